"""``FrameVectorizer``: per-document framing feature vectors for scikit-learn pipelines.

Every number is derived from :func:`framing.extract_frames` rows through :func:`framing.features.document_table`
(the same counts compare and the notebooks use), never from a second detector. Columns are one count (or rate)
per feature and, optionally, one per role value seen while fitting ("blame_attribution:blamed=NATO").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils.validation import check_is_fitted

VALUES = ("count", "rate")


class FrameVectorizer(TransformerMixin, BaseEstimator):
    """Map texts or an articles table to per-document framing feature vectors.

    Parameters
    ----------
    features
        Features to count (default: every feature :func:`framing.extract_frames` emits, quotes included).
    roles
        Role columns to break down by value, e.g. ``("blamed", "speaker")``: each value seen in at least
        ``min_count`` rows during ``fit`` becomes a column ``"<feature>:<role>=<value>"``; values first seen in
        ``transform`` are ignored (like an unknown word in ``CountVectorizer``).
    value
        ``"count"`` (rows per document) or ``"rate"`` (rows per sentence, sentences counted by the splitter
        that numbers ``sent_id``; 0 for a document without sentences).
    min_count
        Minimum number of rows in the fitting data for a role value to get a column.
    mode, n_process, batch_size
        Passed to :func:`framing.extract_frames`.
    nlp
        Name of an installed spaCy pipeline (default: :func:`framing.settings.model_name`). A name rather than
        a pipeline object keeps the vectorizer cheap to ``clone`` and pickle.

    Attributes
    ----------
    feature_names_out_ : numpy.ndarray of str
        Column names, in order: features, then role-value columns sorted by feature, role and value.
    vocabulary_ : dict
        Column name -> column index.
    features_ : list of str
        The features counted.

    Examples
    --------
    >>> vec = FrameVectorizer(features=["quote"], roles=("speaker",))
    >>> vec.get_params()["value"]
    'count'
    """

    def __init__(self, *, features: Sequence[str] | None = None, roles: Sequence[str] | None = None,
                 value: str = "count", min_count: int = 1, mode: str = "gated", n_process: int = 1,
                 batch_size: int = 64, nlp: str | None = None) -> None:
        self.features = features
        self.roles = roles
        self.value = value
        self.min_count = min_count
        self.mode = mode
        self.n_process = n_process
        self.batch_size = batch_size
        self.nlp = nlp

    # ----------------------------------------------------------------------------------------- helpers

    def _check_params(self) -> None:
        if self.value not in VALUES:
            raise ValueError(f"value={self.value!r} is invalid; expected one of {', '.join(VALUES)}")
        if not isinstance(self.min_count, (int, np.integer)) or self.min_count < 1:
            raise ValueError(f"min_count={self.min_count!r} is invalid; expected an integer >= 1")
        if isinstance(self.roles, str):
            raise ValueError(f"roles={self.roles!r} is a string; pass a list of role columns, e.g. ['{self.roles}']")

    @staticmethod
    def _as_input(X: Any) -> Any:
        """Texts as ``extract_frames`` takes them: an articles DataFrame stays, anything else becomes a list."""
        if isinstance(X, pd.DataFrame):
            if X["doc_id"].duplicated().any() if "doc_id" in X.columns else False:
                dup = X.loc[X["doc_id"].duplicated(), "doc_id"].iloc[0]
                raise ValueError(f"X has duplicate doc_id {dup!r}; each article needs its own doc_id")
            return X
        if isinstance(X, str):
            raise ValueError("X is a single string; pass a list of texts (e.g. [text]) or an articles DataFrame")
        return list(X)

    def _frames(self, X: Any) -> tuple[pd.DataFrame, pd.DataFrame]:
        from framing.features import document_table, extract_frames

        from framing.nlp import get_nlp

        if self.nlp is not None and not isinstance(self.nlp, str):
            raise ValueError(f"nlp={type(self.nlp).__name__} object; pass the pipeline's name (e.g. "
                             "'en_core_web_sm') so the vectorizer can be cloned and pickled")
        frames = extract_frames(X, features=self.features, nlp=get_nlp(self.nlp), n_process=self.n_process,
                                batch_size=self.batch_size, mode=self.mode)
        return frames, document_table(frames, X)

    def _counted(self, frames: pd.DataFrame) -> pd.DataFrame:
        # the same rows document_table counts: blame of a non-actor is not blame between actors (codebook)
        if "blamed_kind" in frames.columns:
            frames = frames[~((frames["feature"] == "blame_attribution") & (frames["blamed_kind"] == "non-actor"))]
        return frames

    def _role_columns(self, frames: pd.DataFrame) -> list[tuple[str, str, str]]:
        out: set[tuple[str, str, str]] = set()
        frames = self._counted(frames)
        for role in self.roles or ():
            if role not in frames.columns:
                raise ValueError(f"roles includes {role!r}, which is not a column of the frame rows; "
                                 f"expected one of {', '.join(c for c in frames.columns if c not in ('doc_id',))}")
            sub = frames[frames[role].notna()]
            counts = sub.groupby(["feature", sub[role].astype(str)]).size()
            for (feat, val), n in counts.items():
                if n >= self.min_count and feat in self.features_:
                    out.add((feat, role, val))
        return sorted(out)

    # ----------------------------------------------------------------------------------------- API

    def fit(self, X: Any, y: Any = None) -> FrameVectorizer:
        """Learn the columns (features and role values) from ``X``; returns ``self``."""
        self._fit(X)
        return self

    def _fit(self, X: Any) -> tuple[Any, pd.DataFrame, pd.DataFrame]:
        self._check_params()
        X = self._as_input(X)
        frames, table = self._frames(X)
        from framing.features import FEATURES

        if self.features is None:
            feats = list(FEATURES) + [c for c in table.columns[2:] if c not in FEATURES]
        else:
            feats = [self.features] if isinstance(self.features, str) else list(dict.fromkeys(self.features))
        self.features_ = [f for f in feats if f in table.columns or self.features is not None]
        self.role_columns_ = self._role_columns(frames)
        names = list(self.features_) + [f"{f}:{r}={v}" for f, r, v in self.role_columns_]
        self.feature_names_out_ = np.asarray(names, dtype=object)
        self.vocabulary_ = {n: i for i, n in enumerate(names)}
        return X, frames, table

    def _matrix(self, X: Any, frames: pd.DataFrame, table: pd.DataFrame) -> np.ndarray:
        n_docs = len(table)
        out = np.zeros((n_docs, len(self.feature_names_out_)), dtype=float)
        row_of = {doc_id: i for i, doc_id in enumerate(table["doc_id"])}
        for j, feat in enumerate(self.features_):
            if feat in table.columns:
                out[:, j] = table[feat].to_numpy(dtype=float)
        counted = self._counted(frames)
        for j, (feat, role, val) in enumerate(self.role_columns_, start=len(self.features_)):
            sub = counted[(counted["feature"] == feat) & (counted[role].notna())]
            sub = sub[sub[role].astype(str) == val]
            for doc_id, n in sub.groupby("doc_id").size().items():
                out[row_of[doc_id], j] = n
        if self.value == "rate":
            n_sent = table["n_sentences"].to_numpy(dtype=float)
            with np.errstate(divide="ignore", invalid="ignore"):
                out = np.where(n_sent[:, None] > 0, out / np.maximum(n_sent, 1)[:, None], 0.0)
        return out

    def transform(self, X: Any) -> np.ndarray:
        """Feature vectors of ``X`` (one row per document, columns :meth:`get_feature_names_out`)."""
        check_is_fitted(self, "feature_names_out_")
        X = self._as_input(X)
        frames, table = self._frames(X)
        return self._matrix(X, frames, table)

    def fit_transform(self, X: Any, y: Any = None, **fit_params: Any) -> np.ndarray:
        """``fit`` then ``transform`` with one extraction pass."""
        X, frames, table = self._fit(X)
        return self._matrix(X, frames, table)

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        """Column names: features, then ``"<feature>:<role>=<value>"`` columns."""
        check_is_fitted(self, "feature_names_out_")
        return self.feature_names_out_.copy()
