"""Simulated corpora with planted outlet effects, to check that the intervals of :mod:`framing.compare`
cover the truth as often as they claim.

Corpora are counts, not text: a documents table (``doc_id``, ``n_sentences``, feature counts) and an
articles table (``doc_id``, ``outlet``, ``event_id``) for rates; a document-term matrix with planted topics
for topic prevalence. :func:`rate_coverage` and :func:`topic_coverage` run the real comparison functions
on many corpora and report how often the nominal interval covered the planted difference
(``docs/compare.md`` records the figures; ``tests/test_simulate.py`` checks them in CI).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd
from scipy import sparse

from framing.settings import SEED


def simulate_rates(*, rates: Mapping[str, float] = {"A": 0.02, "B": 0.03, "C": 0.02}, n_events: int = 60,
                   mean_sentences: float = 25.0, event_sd: float = 0.5, article_shape: float = 2.0,
                   feature: str = "feature", random_state: int = SEED) -> tuple[pd.DataFrame, pd.DataFrame]:
    """One corpus of ``n_events`` events, each covered by one article of every outlet.

    Article i of outlet o on event e has ``n_sentences ~ 1 + Poisson(mean_sentences - 1)`` and
    ``count ~ Poisson(rates[o] * n_sentences * u_e * v_i)`` with an event effect ``u_e`` (log-normal,
    mean 1, log-sd ``event_sd``) shared by the outlets and an article effect ``v_i ~ Gamma(article_shape)``
    with mean 1 (overdispersion). The true rate per 1,000 sentences of outlet o is ``1000 * rates[o]``.

    Examples
    --------
    >>> docs, arts = simulate_rates(n_events=3)
    >>> docs.columns.tolist(), arts["outlet"].tolist()[:3]
    (['doc_id', 'n_sentences', 'feature'], ['A', 'B', 'C'])
    """
    rng = np.random.default_rng(random_state)
    outlets = list(rates)
    n_out = len(outlets)
    n = n_events * n_out
    event = np.repeat(np.arange(n_events), n_out)
    outlet = np.tile(np.arange(n_out), n_events)
    sentences = 1 + rng.poisson(mean_sentences - 1.0, size=n)
    u = np.exp(rng.normal(-event_sd ** 2 / 2.0, event_sd, size=n_events))[event]
    v = rng.gamma(article_shape, 1.0 / article_shape, size=n)
    lam = np.array([rates[o] for o in outlets])[outlet] * sentences * u * v
    counts = rng.poisson(lam)
    ids = [f"d{i:05d}" for i in range(n)]
    documents = pd.DataFrame({"doc_id": ids, "n_sentences": sentences, feature: counts})
    articles = pd.DataFrame({"doc_id": ids, "outlet": [outlets[i] for i in outlet],
                             "event_id": [f"e{e:04d}" for e in event]})
    return documents, articles


def rate_coverage(*, n_corpora: int = 400, rates: Mapping[str, float] = {"A": 0.02, "B": 0.03, "C": 0.02},
                  n_events: int = 60, n_boot: int = 400, ci: float = 0.95, random_state: int = SEED,
                  **corpus) -> pd.DataFrame:
    """Coverage of :func:`framing.compare.rate_differences` (per 1,000 sentences) over simulated corpora.

    Returns one row per outlet pair: ``group_a``, ``group_b``, ``truth``, ``coverage`` (share of corpora
    whose interval contains the truth), ``mean_width``, ``mean_estimate``, ``n_corpora``.

    Examples
    --------
    >>> cov = rate_coverage(n_corpora=3, n_boot=50, n_events=10)
    >>> cov.columns.tolist()[:4]
    ['group_a', 'group_b', 'truth', 'coverage']
    """
    from framing.compare import rate_differences

    seeds = np.random.SeedSequence(random_state).generate_state(n_corpora)
    results = []
    for i, seed in enumerate(seeds):
        documents, articles = simulate_rates(rates=rates, n_events=n_events, random_state=int(seed), **corpus)
        diff = rate_differences(documents, articles, features=["feature"], n_boot=n_boot, ci=ci,
                                random_state=int(seed) + 1)
        diff = diff[diff["measure"] == "per_1000_sentences"].assign(corpus=i)
        results.append(diff)
    table = pd.concat(results, ignore_index=True)
    table["truth"] = [1000.0 * (rates[a] - rates[b]) for a, b in zip(table["group_a"], table["group_b"])]
    table["covered"] = (table["low"] <= table["truth"]) & (table["truth"] <= table["high"])
    table["width"] = table["high"] - table["low"]
    out = (table.groupby(["group_a", "group_b"], sort=True)
           .agg(truth=("truth", "first"), coverage=("covered", "mean"), mean_width=("width", "mean"),
                mean_estimate=("estimate", "mean"), n_corpora=("corpus", "nunique")).reset_index())
    return out


def simulate_topics(*, alphas: Mapping[str, Sequence[float]] = {"A": (2.0, 1.0, 1.0), "B": (1.0, 2.0, 1.0)},
                    n_docs: int = 60, doc_length: int = 120, terms_per_topic: int = 20, shared_terms: int = 10,
                    random_state: int = SEED) -> dict:
    """One corpus with planted topics: theta_d ~ Dirichlet(alphas[outlet]), words from the planted topics.

    Each topic puts most of its weight on its own ``terms_per_topic`` terms and a little on
    ``shared_terms`` terms common to all. The true mean prevalence of topic k in outlet o is
    ``alphas[o][k] / sum(alphas[o])``.

    Returns
    -------
    dict
        ``doc_term`` (sparse counts), ``terms``, ``articles`` (``doc_id``, ``outlet``), ``beta`` (planted
        topic-term matrix) and ``truth`` (DataFrame: ``outlet``, ``topic``, ``prevalence``).

    Examples
    --------
    >>> sim = simulate_topics(n_docs=4)
    >>> sim["doc_term"].shape, sim["truth"]["prevalence"].round(2).tolist()[:3]
    ((8, 70), [0.5, 0.25, 0.25])
    """
    rng = np.random.default_rng(random_state)
    outlets = list(alphas)
    k = len(next(iter(alphas.values())))
    n_terms = k * terms_per_topic + shared_terms
    beta = np.full((k, n_terms), 0.0)
    for t in range(k):
        own = slice(t * terms_per_topic, (t + 1) * terms_per_topic)
        beta[t, own] = rng.dirichlet(np.full(terms_per_topic, 5.0)) * 0.9
        beta[t, k * terms_per_topic:] = 0.1 / shared_terms
    alpha = np.array([alphas[o] for o in outlets for _ in range(n_docs)], dtype=float)
    theta = rng.gamma(alpha)
    theta /= theta.sum(axis=1, keepdims=True)
    word_probs = theta @ beta
    counts = np.vstack([rng.multinomial(doc_length, p) for p in word_probs])
    truth = pd.DataFrame([{"outlet": o, "topic": t, "prevalence": alphas[o][t] / sum(alphas[o])}
                          for o in outlets for t in range(k)])
    ids = [f"d{i:05d}" for i in range(len(alpha))]
    return {"doc_term": sparse.csr_matrix(counts.astype(float)), "terms": [f"w{j:03d}" for j in range(n_terms)],
            "articles": pd.DataFrame({"doc_id": ids, "outlet": [o for o in outlets for _ in range(n_docs)]}),
            "beta": beta, "truth": truth}


def _lda_vb(counts: np.ndarray, n_topics: int, *, alpha: float, eta: float, rng: np.random.Generator,
            n_outer: int = 40, n_inner: int = 10) -> tuple[np.ndarray, np.ndarray]:
    """Batch variational-Bayes LDA (the updates of Hoffman, Blei & Bach 2010 that scikit-learn's batch
    ``LatentDirichletAllocation`` uses), vectorised over documents. Returns (gamma: docs x topics,
    lambda: topics x terms). scikit-learn loops over documents in Python (about 2 s per small corpus
    here), which would make 200 corpora too slow for CI; the interval code under test is the same."""
    from scipy.special import digamma

    lam = rng.gamma(100.0, 0.01, (n_topics, counts.shape[1]))
    gamma = rng.gamma(100.0, 0.01, (counts.shape[0], n_topics))

    def expected(param: np.ndarray) -> np.ndarray:
        return np.exp(digamma(param) - digamma(param.sum(axis=1, keepdims=True)))

    for _ in range(n_outer):
        exp_beta = expected(lam)
        for _ in range(n_inner):  # E-step, warm-started from the previous gamma
            exp_theta = expected(gamma)
            gamma = alpha + exp_theta * ((counts / (exp_theta @ exp_beta)) @ exp_beta.T)
        exp_theta = expected(gamma)
        lam = eta + exp_beta * (exp_theta.T @ (counts / (exp_theta @ exp_beta)))
    return gamma, lam


class _FittedLDA:
    """The attributes of a fitted :class:`framing.topics.TopicModeler` that topic prevalence reads."""

    def __init__(self, gamma: np.ndarray, lam: np.ndarray, doc_ids: Sequence[str], counts: np.ndarray):
        self.n_topics = gamma.shape[1]
        self.doc_topic_concentration_ = gamma
        self.doc_topic_ = gamma / gamma.sum(axis=1, keepdims=True)
        self.components_ = lam / lam.sum(axis=1, keepdims=True)
        self.doc_ids_ = np.asarray(doc_ids, dtype=object)
        self.empty_docs_ = counts.sum(axis=1) == 0


def topic_coverage(*, n_corpora: int = 200, alphas: Mapping[str, Sequence[float]] = {"A": (2.0, 1.0, 1.0),
                                                                                       "B": (1.0, 2.0, 1.0)},
                   method: str = "composition", doc_length: int = 300, n_boot: int = 300, ci: float = 0.95,
                   doc_topic_prior: float = 1.0, topic_word_prior: float = 0.1, random_state: int = SEED,
                   **corpus) -> pd.DataFrame:
    """Coverage of :func:`framing.compare.topic_differences` for planted topics over simulated corpora.

    Each corpus is fitted with batch variational LDA (K = number of planted topics; priors
    ``doc_topic_prior`` and ``topic_word_prior``); fitted topics are matched to the planted ones (Hungarian
    matching on topic-term rows) before their differences are compared with the planted difference.

    Returns one row per planted topic: ``topic``, ``truth``, ``coverage``, ``mean_width``,
    ``mean_estimate``, ``sd_estimate`` (over corpora), ``n_corpora``.

    Examples
    --------
    >>> topic_coverage(n_corpora=2, n_boot=50, n_docs=20).columns.tolist()[:3]
    ['topic', 'truth', 'coverage']
    """
    from framing.compare import topic_differences
    from framing.topics import align_topics

    outlets = list(alphas)
    seeds = np.random.SeedSequence(random_state).generate_state(n_corpora)
    results = []
    for i, seed in enumerate(seeds):
        sim = simulate_topics(alphas=alphas, doc_length=doc_length, random_state=int(seed), **corpus)
        counts = sim["doc_term"].toarray()
        k = sim["beta"].shape[0]
        gamma, lam = _lda_vb(counts, k, alpha=doc_topic_prior, eta=topic_word_prior,
                             rng=np.random.default_rng(int(seed)))
        model = _FittedLDA(gamma, lam, sim["articles"]["doc_id"].tolist(), counts)
        diff = topic_differences(model, sim["articles"], pairs=[(outlets[0], outlets[1])], method=method,
                                 n_boot=n_boot, ci=ci, random_state=int(seed) + 1)
        perm = align_topics(sim["beta"], model.components_)  # fitted topic perm[t] is planted topic t
        fitted = diff.set_index("topic")
        a, b = alphas[outlets[0]], alphas[outlets[1]]
        for t in range(k):
            row = fitted.loc[perm[t]]
            results.append({"corpus": i, "topic": t, "truth": a[t] / sum(a) - b[t] / sum(b),
                            "estimate": row["estimate"], "low": row["low"], "high": row["high"]})
    table = pd.DataFrame(results)
    table["covered"] = (table["low"] <= table["truth"]) & (table["truth"] <= table["high"])
    table["width"] = table["high"] - table["low"]
    return (table.groupby("topic", sort=True)
            .agg(truth=("truth", "first"), coverage=("covered", "mean"), mean_width=("width", "mean"),
                 mean_estimate=("estimate", "mean"), sd_estimate=("estimate", "std"),
                 n_corpora=("corpus", "nunique")).reset_index())
