"""Topic models for outlet comparisons: visible vectorising, NMF and LDA (scikit-learn), K selection by
corpus coherence (NPMI) and exclusivity, FREX labels, and tidy topic-term / document-topic tables.

Topics feed :func:`framing.compare.topic_prevalence`, which adds intervals per outlet. Nothing here cleans
text: the vectoriser's stop words (scikit-learn's English list plus the news boilerplate terms of
``framing/data/topic_stopwords.yaml``) are printed by :func:`news_stop_words` and replaced by passing your own.
Formulas and measured figures are in ``docs/topics.md``.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

import numpy as np
import pandas as pd
import yaml
from scipy import sparse
from sklearn.decomposition import NMF, LatentDirichletAllocation
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, CountVectorizer, TfidfTransformer

from framing.settings import SEED

#: Tokens: words of two or more letters, hyphenated compounds kept, no numbers; possessive "'s" and
#: contractions split off at the apostrophe ("Clinton's" -> "clinton").
TOKEN_PATTERN = r"(?u)\b[^\W\d_]{2,}(?:-[^\W\d_]+)*\b"

METHODS: tuple[str, ...] = ("nmf", "lda")


def _invalid(name: str, value: object, expected: str) -> ValueError:
    return ValueError(f"`{name}`={value!r} is invalid; expected {expected}")


@lru_cache(maxsize=1)
def _boilerplate_terms() -> tuple[str, ...]:
    text = resources.files("framing").joinpath("data/topic_stopwords.yaml").read_text(encoding="utf-8")
    return tuple(entry["term"] for entry in yaml.safe_load(text)["news_boilerplate"])


def news_stop_words(*, english: bool = True, boilerplate: bool = True, extra: Sequence[str] = ()) -> list[str]:
    """The stop words the default vectoriser drops, sorted: scikit-learn's English list, the news boilerplate
    terms of ``framing/data/topic_stopwords.yaml`` (each with a note there) and ``extra``.

    Examples
    --------
    >>> words = news_stop_words()
    >>> "said" in words, "the" in words, "sanctions" in words
    (True, True, False)
    >>> news_stop_words(english=False, boilerplate=False, extra=["Kremlin"])
    ['kremlin']
    """
    words: set[str] = set()
    if english:
        words |= set(ENGLISH_STOP_WORDS)
    if boilerplate:
        words |= set(_boilerplate_terms())
    words |= {w.lower() for w in extra}
    return sorted(words)


def make_vectorizer(*, stop_words: str | Sequence[str] | None = "english+news", extra_stop_words: Sequence[str] = (),
                    min_df: int | float = 2, max_df: int | float = 0.5, max_features: int | None = None,
                    ngram_range: tuple[int, int] = (1, 1), token_pattern: str = TOKEN_PATTERN) -> CountVectorizer:
    """A scikit-learn ``CountVectorizer`` with news-aware defaults, every choice visible as an argument.

    Parameters
    ----------
    stop_words
        ``"english+news"`` (default: :func:`news_stop_words`), ``"english"`` (scikit-learn's list only),
        ``None`` (keep everything) or your own list.
    extra_stop_words
        Added to the chosen list (e.g. the outlets' own names, which would otherwise become topics).
    min_df, max_df, max_features, ngram_range, token_pattern
        Passed to ``CountVectorizer``. ``max_df=0.5`` drops terms in more than half of the articles.

    Examples
    --------
    >>> vec = make_vectorizer(min_df=1, max_df=1.0)
    >>> vec.fit(["Officials said the talks in Geneva stalled on Monday."]).get_feature_names_out().tolist()
    ['geneva', 'officials', 'stalled', 'talks']
    """
    if isinstance(stop_words, str):
        choices = {"english+news": dict(), "english": dict(boilerplate=False)}
        if stop_words not in choices:
            raise _invalid("stop_words", stop_words, "'english+news', 'english', None or a list of words")
        words: list[str] | None = news_stop_words(extra=extra_stop_words, **choices[stop_words])
    elif stop_words is None:
        words = sorted({w.lower() for w in extra_stop_words}) or None
    else:
        words = sorted({w.lower() for w in stop_words} | {w.lower() for w in extra_stop_words})
    return CountVectorizer(lowercase=True, stop_words=words, min_df=min_df, max_df=max_df, max_features=max_features,
                           ngram_range=ngram_range, token_pattern=token_pattern, dtype=np.float64)


def _texts_and_ids(data) -> tuple[list[str], list[str]]:
    if isinstance(data, pd.DataFrame):
        if "text" not in data.columns:
            raise ValueError(f"the articles table has no `text` column; it has {', '.join(map(str, data.columns))}")
        texts = data["text"].fillna("").astype(str).tolist()
        ids = data["doc_id"].astype(str).tolist() if "doc_id" in data.columns else [str(i) for i in range(len(data))]
        return texts, ids
    if isinstance(data, str):
        data = [data]
    texts = ["" if t is None else str(t) for t in data]
    return texts, [str(i) for i in range(len(texts))]


# ----------------------------------------------------------------------------------------------------------
# quality measures


def npmi_coherence(doc_term: sparse.spmatrix, top_terms: np.ndarray) -> np.ndarray:
    """Mean NPMI of each topic's top terms, from document co-occurrence in ``doc_term``.

    NPMI(i, j) = log(p_ij / (p_i p_j)) / -log p_ij with p = share of documents containing the term(s);
    pairs that never co-occur score -1. ``top_terms`` is (n_topics x n) column indices.

    Examples
    --------
    >>> X = sparse.csr_matrix(np.array([[1, 1, 0], [1, 1, 0], [0, 0, 1], [0, 1, 1]]))
    >>> npmi_coherence(X, np.array([[0, 1], [0, 2]])).round(3).tolist()
    [0.415, -1.0]
    """
    binary = (sparse.csc_matrix(doc_term) > 0).astype(np.float64)
    n_docs = binary.shape[0]
    out = np.zeros(top_terms.shape[0])
    for k, idx in enumerate(top_terms):
        sub = binary[:, idx]
        co = np.asarray((sub.T @ sub).todense()) / n_docs
        p = np.diag(co)
        iu = np.triu_indices(len(idx), 1)
        pij, pi, pj = co[iu], p[iu[0]], p[iu[1]]
        with np.errstate(divide="ignore", invalid="ignore"):
            score = np.where(pij > 0, np.log(pij / (pi * pj)) / -np.log(pij), -1.0)
        score = np.where((pij > 0) & (pij >= 1.0), 1.0, score)  # both terms in every document
        out[k] = float(score.mean()) if len(score) else float("nan")
    return out


def _exclusivity(beta: np.ndarray) -> np.ndarray:
    """Share of each term's weight (summed over topics) that belongs to each topic (topics x terms)."""
    totals = beta.sum(axis=0, keepdims=True)
    return np.divide(beta, totals, out=np.zeros_like(beta), where=totals > 0)


def _ecdf_rows(matrix: np.ndarray) -> np.ndarray:
    """Within-row empirical CDF (rank / n), ties broken by column order for determinism."""
    order = np.argsort(matrix, axis=1, kind="stable")
    ranks = np.empty_like(order)
    rows = np.arange(matrix.shape[0])[:, None]
    ranks[rows, order] = np.arange(1, matrix.shape[1] + 1)[None, :]
    return ranks / matrix.shape[1]


def frex(beta: np.ndarray, *, weight: float = 0.5) -> np.ndarray:
    """FREX scores (topics x terms): weighted harmonic mean of the within-topic ECDF of exclusivity and of
    frequency (Bischof & Airoldi 2012, as in stm's ``labelTopics``); ``weight`` is the exclusivity weight.

    Examples
    --------
    >>> beta = np.array([[0.4, 0.4, 0.1, 0.1], [0.4, 0.05, 0.15, 0.4]])
    >>> frex(beta).argmax(axis=1).tolist()
    [1, 3]
    """
    if not 0.0 <= weight <= 1.0:
        raise _invalid("weight", weight, "a number between 0 and 1 (stm's default is 0.5)")
    ex = _ecdf_rows(_exclusivity(beta))
    fr = _ecdf_rows(beta)
    return 1.0 / (weight / ex + (1.0 - weight) / fr)


# ----------------------------------------------------------------------------------------------------------
# the model


class TopicModeler:
    """Fit NMF or LDA topics on an articles table and read them as tidy tables.

    Parameters
    ----------
    n_topics
        Number of topics K (choose with :func:`select_k`).
    method
        ``"nmf"``, ``"lda"``, an unfitted scikit-learn ``NMF`` / ``LatentDirichletAllocation``, or a textacy
        ``TopicModel`` (its ``.model`` is used, so textacy users keep their settings; textacy 0.13's
        ``TopicModel("nmf")`` defaults to ``alpha_W=0.1``, which can zero out topics on small corpora:
        pass ``alpha_W=0.0``).
    vectorizer
        A ``CountVectorizer``-like object (default :func:`make_vectorizer`).
    weighting
        For NMF: ``"tfidf"`` (default; L2-normalised tf-idf, the usual NMF input) or ``"count"``. LDA always
        uses counts.
    max_iter, random_state
        Passed to the estimator (LDA uses at most 100 batch iterations); the same ``random_state`` gives the
        same topics.

    Attributes
    ----------
    vectorizer_, doc_term_, terms_, doc_ids_, model_
        Fitted vectoriser, document-term counts (sparse), vocabulary, document ids, fitted estimator.
    components_ : ndarray (n_topics x n_terms)
        Topic-term distributions (rows sum to 1).
    doc_topic_ : ndarray (n_docs x n_topics)
        Document-topic proportions (rows sum to 1; all zero for a document with no terms).
    doc_topic_concentration_ : ndarray or None
        LDA only: the variational Dirichlet parameters of each document's topic proportions, used by
        :func:`framing.compare.topic_prevalence` to draw from their posterior (method of composition).

    Examples
    --------
    >>> texts = ["tariff trade export tariff", "trade export deal tariff", "missile strike troops",
    ...          "troops missile border strike", "tariff export trade", "strike troops missile"]
    >>> tm = TopicModeler(2, vectorizer=make_vectorizer(min_df=1, max_df=1.0)).fit(texts)
    >>> sorted(tm.labels(n_terms=1)["label"].tolist())
    ['tariff', 'troops']
    """

    def __init__(self, n_topics: int = 10, *, method="nmf", vectorizer=None, weighting: str = "tfidf",
                 max_iter: int = 400, random_state: int = SEED):
        self.n_topics = n_topics
        self.method = method
        self.vectorizer = vectorizer
        self.weighting = weighting
        self.max_iter = max_iter
        self.random_state = random_state

    # -- fitting ------------------------------------------------------------------------------------------
    def _estimator(self):
        method = self.method
        if hasattr(method, "model") and hasattr(method, "top_topic_terms"):  # textacy TopicModel
            method = method.model
        if isinstance(method, (NMF, LatentDirichletAllocation)):
            from sklearn.base import clone

            return clone(method)
        if method == "nmf":
            return NMF(n_components=self.n_topics, init="nndsvda", max_iter=self.max_iter, alpha_W=0.0,
                       random_state=self.random_state)
        if method == "lda":
            return LatentDirichletAllocation(n_components=self.n_topics, learning_method="batch",
                                             max_iter=min(self.max_iter, 100), random_state=self.random_state)
        raise _invalid("method", method, "'nmf', 'lda', an sklearn NMF/LatentDirichletAllocation or a textacy "
                       "TopicModel")

    def fit(self, articles, y=None) -> "TopicModeler":
        """Vectorise ``articles`` (a table with ``text`` and ``doc_id``, or a list of texts) and fit."""
        if not isinstance(self.n_topics, (int, np.integer)) or self.n_topics < 1:
            raise _invalid("n_topics", self.n_topics, "a positive integer")
        texts, ids = _texts_and_ids(articles)
        vectorizer = self.vectorizer if self.vectorizer is not None else make_vectorizer()
        from sklearn.base import clone

        vectorizer = clone(vectorizer)
        try:
            matrix = vectorizer.fit_transform(texts)
        except ValueError as exc:
            raise ValueError(f"could not build a vocabulary from {len(texts)} text(s) ({exc}); with few texts "
                             "lower min_df / raise max_df in make_vectorizer, and check the texts are not empty") from exc
        self.vectorizer_ = vectorizer
        return self.fit_matrix(matrix, terms=vectorizer.get_feature_names_out(), doc_ids=ids)

    def fit_matrix(self, doc_term, *, terms: Sequence[str], doc_ids: Sequence[str] | None = None,
                   warm_start: tuple[np.ndarray, np.ndarray] | None = None) -> "TopicModeler":
        """Fit on an existing document-term count matrix (shared by every K of :func:`select_k`).

        ``warm_start=(W, H)`` starts NMF from a previous solution (``init="custom"``); the bootstrap refits of
        :func:`framing.compare.topic_prevalence` use it so that refits stay near the reference topics."""
        doc_term = sparse.csr_matrix(doc_term, dtype=np.float64)
        if doc_term.shape[1] < self.n_topics:
            raise ValueError(f"{doc_term.shape[1]} terms cannot support n_topics={self.n_topics}; lower n_topics "
                             "or loosen the vectoriser (min_df, max_df, stop words)")
        self.doc_term_ = doc_term
        self.terms_ = np.asarray(terms, dtype=object)
        self.doc_ids_ = np.asarray(doc_ids if doc_ids is not None else [str(i) for i in range(doc_term.shape[0])],
                                   dtype=object)
        estimator = self._estimator()
        self.model_ = estimator
        is_lda = isinstance(estimator, LatentDirichletAllocation)
        if is_lda:
            estimator.fit(doc_term)
            gamma = estimator._unnormalized_transform(doc_term)
            self.doc_topic_concentration_ = gamma
            theta = gamma / gamma.sum(axis=1, keepdims=True)
        else:
            if self.weighting not in ("tfidf", "count"):
                raise _invalid("weighting", self.weighting, "'tfidf' or 'count'")
            self._tfidf = TfidfTransformer().fit(doc_term) if self.weighting == "tfidf" else None
            weighted = self._tfidf.transform(doc_term) if self._tfidf is not None else doc_term
            if warm_start is not None:
                estimator.set_params(init="custom")
                theta = estimator.fit_transform(weighted, W=np.asarray(warm_start[0], dtype=float).copy(),
                                                H=np.asarray(warm_start[1], dtype=float).copy())
            else:
                theta = estimator.fit_transform(weighted)
            self.nmf_w_ = theta.copy()
            self.doc_topic_concentration_ = None
            totals = theta.sum(axis=1, keepdims=True)
            theta = np.divide(theta, totals, out=np.zeros_like(theta), where=totals > 0)
        empty = np.asarray(doc_term.sum(axis=1)).ravel() == 0
        theta[empty] = 0.0
        self.empty_docs_ = empty
        self.doc_topic_ = theta
        beta = np.asarray(estimator.components_, dtype=float)
        totals = beta.sum(axis=1, keepdims=True)
        self.components_ = np.divide(beta, totals, out=np.zeros_like(beta), where=totals > 0)
        return self

    def transform(self, articles) -> np.ndarray:
        """Topic proportions of new texts (rows sum to 1; zero rows for texts with no known terms)."""
        texts, _ = _texts_and_ids(articles)
        matrix = self.vectorizer_.transform(texts)
        if isinstance(self.model_, LatentDirichletAllocation):
            theta = self.model_.transform(matrix)
        else:
            weighted = self._tfidf.transform(matrix) if self._tfidf is not None else matrix
            theta = self.model_.transform(weighted)
            totals = theta.sum(axis=1, keepdims=True)
            theta = np.divide(theta, totals, out=np.zeros_like(theta), where=totals > 0)
        theta[np.asarray(matrix.sum(axis=1)).ravel() == 0] = 0.0
        return theta

    # -- reading ------------------------------------------------------------------------------------------
    def _top(self, n_terms: int) -> np.ndarray:
        return np.argsort(-self.components_, axis=1, kind="stable")[:, :n_terms]

    def coherence(self, *, n_terms: int = 10) -> np.ndarray:
        """NPMI coherence of each topic's top ``n_terms`` terms, measured on the fitted corpus."""
        return npmi_coherence(self.doc_term_, self._top(n_terms))

    def exclusivity(self, *, n_terms: int = 10) -> np.ndarray:
        """Mean exclusivity (share of the term's weight in this topic) of each topic's top terms."""
        ex = _exclusivity(self.components_)
        return np.take_along_axis(ex, self._top(n_terms), axis=1).mean(axis=1)

    def topic_terms(self, *, n_terms: int = 10, frex_weight: float = 0.5) -> pd.DataFrame:
        """Tidy topic-term table: ``topic``, ``rank``, ``term``, ``weight`` (probability), ``exclusivity``,
        ``frex``; top ``n_terms`` by weight per topic."""
        top = self._top(n_terms)
        ex, fx = _exclusivity(self.components_), frex(self.components_, weight=frex_weight)
        rows = [{"topic": k, "rank": r + 1, "term": self.terms_[j], "weight": self.components_[k, j],
                 "exclusivity": ex[k, j], "frex": fx[k, j]}
                for k in range(top.shape[0]) for r, j in enumerate(top[k])]
        return pd.DataFrame(rows)

    def labels(self, *, n_terms: int = 3, frex_weight: float = 0.5) -> pd.DataFrame:
        """One row per topic: ``topic``, ``label`` (top FREX terms joined by " / "), ``top_terms`` (by
        probability), ``coherence`` (NPMI of the top 10), ``exclusivity`` and ``prevalence`` (mean share)."""
        fx = frex(self.components_, weight=frex_weight)
        by_frex = np.argsort(-fx, axis=1, kind="stable")[:, :n_terms]
        by_prob = self._top(max(n_terms, 5))
        coherence, exclusivity = self.coherence(), self.exclusivity()
        prevalence = self.doc_topic_[~self.empty_docs_].mean(axis=0) if (~self.empty_docs_).any() else \
            np.full(self.components_.shape[0], np.nan)
        return pd.DataFrame({
            "topic": np.arange(self.components_.shape[0]),
            "label": [" / ".join(self.terms_[j] for j in row) for row in by_frex],
            "top_terms": [", ".join(self.terms_[j] for j in row) for row in by_prob],
            "coherence": coherence, "exclusivity": exclusivity, "prevalence": prevalence})

    def document_topics(self, *, wide: bool = False) -> pd.DataFrame:
        """Document-topic proportions: long (``doc_id``, ``topic``, ``proportion``) or wide (``doc_id``,
        ``topic_0`` ...). Documents with no terms have all-zero rows and ``empty=True`` in the wide form."""
        k = self.doc_topic_.shape[1]
        if wide:
            out = pd.DataFrame(self.doc_topic_, columns=[f"topic_{i}" for i in range(k)])
            out.insert(0, "doc_id", self.doc_ids_)
            out["empty"] = self.empty_docs_
            return out
        return pd.DataFrame({"doc_id": np.repeat(self.doc_ids_, k), "topic": np.tile(np.arange(k), len(self.doc_ids_)),
                             "proportion": self.doc_topic_.ravel()})

    def top_documents(self, *, n_docs: int = 5) -> pd.DataFrame:
        """The ``n_docs`` documents with the highest proportion of each topic: ``topic``, ``rank``,
        ``doc_id``, ``proportion``."""
        order = np.argsort(-self.doc_topic_, axis=0, kind="stable")[:n_docs]
        rows = [{"topic": k, "rank": r + 1, "doc_id": self.doc_ids_[i], "proportion": self.doc_topic_[i, k]}
                for k in range(self.doc_topic_.shape[1]) for r, i in enumerate(order[:, k])]
        return pd.DataFrame(rows)

    def to_textacy(self):
        """The fitted estimator wrapped in a textacy ``TopicModel`` (for ``top_topic_terms`` etc.)."""
        from textacy.tm import TopicModel

        return TopicModel(self.model_)


def select_k(articles, *, ks: Sequence[int] = (5, 10, 15, 20), method: str = "nmf", vectorizer=None,
             n_terms: int = 10, max_iter: int = 400, random_state: int = SEED, timings: bool = False) -> pd.DataFrame:
    """Fit one model per K on the same document-term matrix and report NPMI coherence and exclusivity.

    ``chosen`` marks the K with the highest mean of the two measures after min-max scaling over the grid
    (ties go to the smaller K). Coherence and exclusivity pull in opposite directions as K grows; look at
    the whole table, not only ``chosen``.

    Returns
    -------
    DataFrame
        ``k``, ``coherence`` (mean NPMI of top ``n_terms``), ``exclusivity``, ``score``, ``chosen``
        (+ ``fit_seconds`` when ``timings=True``; wall time differs between runs).

    Examples
    --------
    >>> texts = ["tariff trade export", "trade export deal", "missile strike troops", "troops missile border"] * 2
    >>> select_k(texts, ks=[2, 3], vectorizer=make_vectorizer(min_df=1, max_df=1.0))[["k", "chosen"]].values.tolist()
    [[2, True], [3, False]]
    """
    ks = sorted({int(k) for k in ks})
    if not ks or ks[0] < 1:
        raise _invalid("ks", ks, "positive integers, such as (5, 10, 15, 20)")
    texts, ids = _texts_and_ids(articles)
    from sklearn.base import clone

    vec = clone(vectorizer) if vectorizer is not None else make_vectorizer()
    matrix = vec.fit_transform(texts)
    terms = vec.get_feature_names_out()
    rows = []
    for k in ks:
        start = time.perf_counter()
        model = TopicModeler(k, method=method, max_iter=max_iter, random_state=random_state).fit_matrix(
            matrix, terms=terms, doc_ids=ids)
        seconds = time.perf_counter() - start
        row = {"k": k, "coherence": float(model.coherence(n_terms=n_terms).mean()),
               "exclusivity": float(model.exclusivity(n_terms=n_terms).mean())}
        if timings:
            row["fit_seconds"] = seconds
        rows.append(row)
    table = pd.DataFrame(rows)

    def scaled(col: pd.Series) -> pd.Series:
        span = col.max() - col.min()
        return (col - col.min()) / span if span > 0 else pd.Series(0.0, index=col.index)

    table["score"] = (scaled(table["coherence"]) + scaled(table["exclusivity"])) / 2.0
    table["chosen"] = False
    table.loc[table["score"].idxmax(), "chosen"] = True
    cols = ["k", "coherence", "exclusivity", "score", "chosen"] + (["fit_seconds"] if timings else [])
    return table[cols]


def align_topics(reference: np.ndarray, other: np.ndarray) -> np.ndarray:
    """Permutation that maps ``other``'s topics onto ``reference``'s (Hungarian matching of cosine similarity
    of topic-term rows): ``other[perm]`` lines up with ``reference``.

    Examples
    --------
    >>> ref = np.array([[0.9, 0.1, 0.0], [0.0, 0.1, 0.9]])
    >>> align_topics(ref, ref[::-1]).tolist()
    [1, 0]
    """
    from scipy.optimize import linear_sum_assignment

    def unit(m):
        norms = np.linalg.norm(m, axis=1, keepdims=True)
        return np.divide(m, norms, out=np.zeros_like(m, dtype=float), where=norms > 0)

    sim = unit(np.asarray(reference, float)) @ unit(np.asarray(other, float)).T
    rows, cols = linear_sum_assignment(-sim)
    perm = np.empty(len(rows), dtype=int)
    perm[rows] = cols
    return perm
