"""Compare outlets: feature rates, same-event differences, keyness, topic prevalence and actor tables,
each with an interval that says how sure the number is.

This is the last stage of the flow: it takes the articles table (``outlet``, optional ``event_id``,
``published``, ``cluster_id``), the per-article counts of :func:`framing.features.document_table`
(``doc_id``, ``n_sentences``, one count column per feature) and the frame rows of
:func:`framing.extract_frames`, and returns tidy tables with a stable row order.

Uncertainty comes from a bootstrap that resamples *articles*, or whole *events* when an ``event_id`` is
present (articles on the same event are not independent draws: the event drives what gets written), so
the interval reflects the unit that was actually sampled. Every interval is a percentile interval of the
bootstrap draws. Where an interval cannot be estimated the row says why in its ``note`` column instead of
leaving an unexplained ``NaN``. Formulas and the simulation check of coverage are in ``docs/compare.md``.
"""

from __future__ import annotations

import itertools
import warnings
from collections.abc import Sequence

import numpy as np
import pandas as pd
from scipy import sparse, stats

from framing.settings import SEED

#: The two rate measures reported for every feature.
MEASURES: tuple[str, ...] = ("per_1000_sentences", "share_of_articles")

#: Syndication handling: keep every copy, keep one copy of a cluster per outlet, or one copy overall.
SYNDICATION_OPTIONS: tuple[str, ...] = ("keep", "once_per_outlet", "once")

#: Role columns of the frame rows that hold actors, and the feature each belongs to.
ROLE_COLUMNS: dict[str, str] = {
    "senior": "partner_hierarchy",
    "junior": "partner_hierarchy",
    "claimant": "neutrality_claim",
    "blamer": "blame_attribution",
    "blamed": "blame_attribution",
}

#: Labels used for empty blame roles in who-blames-whom tables (codebook: an empty blamer is the narrator).
NARRATOR = "(narrator)"
UNNAMED = "(unnamed)"

_CLUSTER_OPTIONS = ("auto", "event_id", "cluster_id", "article")

#: Below this many resampling units carrying a feature, a percentile interval is flagged as unreliable.
FEW_UNITS = 5


# ----------------------------------------------------------------------------------------------------------
# validation helpers


def _invalid(name: str, value: object, expected: str) -> ValueError:
    return ValueError(f"`{name}`={value!r} is invalid; expected {expected}")


def _check_ci(ci: float) -> None:
    if not (isinstance(ci, (int, float)) and 0.0 < float(ci) < 1.0):
        raise _invalid("ci", ci, "a coverage level strictly between 0 and 1, such as 0.95")


def _check_n_boot(n_boot: int) -> None:
    if not isinstance(n_boot, (int, np.integer)) or n_boot < 10:
        raise _invalid("n_boot", n_boot, "an integer >= 10 (1000 or more for reported intervals)")


def _as_list(by: str | Sequence[str]) -> list[str]:
    return [by] if isinstance(by, str) else list(by)


def _require_columns(df: pd.DataFrame, columns: Sequence[str], name: str, hint: str = "") -> None:
    if not isinstance(df, pd.DataFrame):
        raise TypeError(f"`{name}` must be a pandas DataFrame; got {type(df).__name__}")
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise ValueError(f"`{name}` lacks column(s) {', '.join(missing)}; it has {', '.join(map(str, df.columns))}"
                         + (f". {hint}" if hint else ""))


def _feature_columns(documents: pd.DataFrame, features: Sequence[str] | None) -> list[str]:
    if features is None:
        cols = [c for c in documents.columns if c not in ("doc_id", "n_sentences")
                and pd.api.types.is_numeric_dtype(documents[c])]
        if not cols:
            raise ValueError("`documents` has no feature count columns; expected doc_id, n_sentences and one "
                             "count column per feature (framing.features.document_table)")
        return cols
    features = [features] if isinstance(features, str) else list(features)
    missing = [f for f in features if f not in documents.columns]
    if missing:
        raise _invalid("features", missing, f"column(s) of `documents`: {', '.join(map(str, documents.columns))}")
    return features


def _apply_syndication(articles: pd.DataFrame, syndication: str, by: list[str]) -> tuple[pd.DataFrame, int]:
    """Drop syndicated copies as asked; return the kept articles and how many were dropped."""
    if syndication not in SYNDICATION_OPTIONS:
        raise _invalid("syndication", syndication, f"one of {', '.join(SYNDICATION_OPTIONS)}")
    if syndication == "keep":
        return articles, 0
    if "cluster_id" not in articles.columns:
        raise ValueError(f"`syndication`={syndication!r} needs a cluster_id column in `articles`; add it with "
                         "framing.syndication.add_clusters(articles) or pass syndication='keep'")
    keyed = articles.copy()
    keyed["_cluster"] = keyed["cluster_id"].where(keyed["cluster_id"].notna(), "doc:" + keyed["doc_id"].astype(str))
    # prefer the copy syndication marked as original, then the earliest, then the smallest doc_id
    order = []
    if "is_original" in keyed.columns:
        keyed["_not_original"] = ~keyed["is_original"].fillna(False).astype(bool)
        order.append("_not_original")
    if "published" in keyed.columns:
        order.append("published")
    order.append("doc_id")
    keyed = keyed.sort_values(order, kind="mergesort", na_position="last")
    subset = ["_cluster"] + ([c for c in by if c in keyed.columns] if syndication == "once_per_outlet" else [])
    kept = keyed.drop_duplicates(subset=subset, keep="first")
    kept = kept.drop(columns=[c for c in ("_cluster", "_not_original") if c in kept.columns])
    return kept.sort_values("doc_id", kind="mergesort"), len(articles) - len(kept)


def _units(table: pd.DataFrame, cluster: str) -> tuple[pd.Series, str]:
    """The resampling unit of each row and a description of it."""
    if cluster not in _CLUSTER_OPTIONS:
        raise _invalid("cluster", cluster, f"one of {', '.join(_CLUSTER_OPTIONS)}")
    ids = "doc:" + table["doc_id"].astype(str)
    for column in (("event_id", "cluster_id") if cluster == "auto" else (cluster,)):
        if column == "article":
            break
        if column in table.columns and table[column].notna().any():
            if column == "cluster_id" and cluster == "auto" and table[column].nunique() == len(table):
                continue
            unit = (column + ":" + table[column].astype(str)).where(table[column].notna(), ids)
            return unit, column
        if cluster == column:
            raise ValueError(f"`cluster`={cluster!r} but `articles` has no non-missing {column}; "
                             "use cluster='auto' or cluster='article'")
    return ids, "article"


def _merge(documents: pd.DataFrame, articles: pd.DataFrame, by: list[str], features: list[str]) -> pd.DataFrame:
    _require_columns(documents, ["doc_id", "n_sentences"], "documents",
                     "Build it with framing.features.document_table(frames, articles).")
    _require_columns(articles, ["doc_id"] + by, "articles")
    if documents["doc_id"].duplicated().any():
        dup = documents.loc[documents["doc_id"].duplicated(), "doc_id"].iloc[0]
        raise ValueError(f"`documents` has duplicate doc_id {dup!r}; expected one row per article")
    keep = ["doc_id"] + [c for c in dict.fromkeys(by + ["event_id", "cluster_id", "published"]) if c in articles]
    merged = articles[keep].merge(documents[["doc_id", "n_sentences"] + features], on="doc_id", how="left",
                                  validate="one_to_one")
    absent = merged["n_sentences"].isna()
    if absent.any():
        raise ValueError(f"{int(absent.sum())} article(s) of `articles` have no row in `documents` (first doc_id "
                         f"{merged.loc[absent, 'doc_id'].iloc[0]!r}); build `documents` from the same articles")
    for f in features + ["n_sentences"]:
        merged[f] = pd.to_numeric(merged[f], errors="raise").fillna(0).astype(float)
    return merged


def _drop_missing_groups(table: pd.DataFrame, by: list[str]) -> tuple[pd.DataFrame, int]:
    missing = table[by].isna().any(axis=1)
    if missing.any():
        warnings.warn(f"{int(missing.sum())} article(s) have a missing {'/'.join(by)} and are left out "
                      f"(first doc_id {table.loc[missing, 'doc_id'].iloc[0]!r})", stacklevel=3)
    return table.loc[~missing], int(missing.sum())


# ----------------------------------------------------------------------------------------------------------
# the bootstrap engine: unit-level sums, multinomial weights, percentile intervals


def _boot_weights(unit_strata: np.ndarray | None, n_units: int, n_boot: int, rng: np.random.Generator) -> np.ndarray:
    """Bootstrap counts (n_boot x n_units): how often each unit is drawn in each replicate.

    With strata, units are resampled within their stratum (each stratum keeps its size)."""
    weights = np.zeros((n_boot, n_units))
    if unit_strata is None:
        weights[:] = rng.multinomial(n_units, np.full(n_units, 1.0 / n_units), size=n_boot)
        return weights
    for stratum in np.unique(unit_strata):
        idx = np.flatnonzero(unit_strata == stratum)
        weights[:, idx] = rng.multinomial(len(idx), np.full(len(idx), 1.0 / len(idx)), size=n_boot)
    return weights


def _unit_sums(codes_unit: np.ndarray, codes_group: np.ndarray, values: np.ndarray, n_units: int,
               n_groups: int) -> np.ndarray:
    """Sum ``values`` (rows x k) into a (k, n_units, n_groups) array."""
    out = np.zeros((values.shape[1], n_units, n_groups))
    for j in range(values.shape[1]):
        m = sparse.coo_matrix((values[:, j], (codes_unit, codes_group)), shape=(n_units, n_groups))
        out[j] = m.toarray()
    return out


def _percentile(draws: np.ndarray, ci: float) -> tuple[np.ndarray, np.ndarray]:
    alpha = (1.0 - ci) / 2.0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        low, high = np.nanquantile(draws, [alpha, 1.0 - alpha], axis=0)
    return low, high


class _Design:
    """Articles coded into groups and resampling units, shared by the rate functions."""

    def __init__(self, table: pd.DataFrame, by: list[str], cluster: str):
        self.table = table.reset_index(drop=True)
        self.by = by
        grouped = self.table.groupby(by, sort=True)
        self.group_code = grouped.ngroup().to_numpy()
        self.groups = [k if isinstance(k, tuple) else (k,) for k in grouped.groups.keys()]
        unit, self.unit_kind = _units(self.table, cluster)
        self.unit_code, self.unit_labels = pd.factorize(unit, sort=True)
        self.n_units = len(self.unit_labels)
        # stratify by group when every unit lies inside one group (articles, or clusters within an outlet)
        per_unit = pd.Series(self.group_code).groupby(self.unit_code).nunique()
        if len(per_unit) and per_unit.max() == 1:
            strata = np.zeros(self.n_units, dtype=int)
            strata[self.unit_code] = self.group_code
            self.strata: np.ndarray | None = strata
        else:
            self.strata = None
        self.n_articles = np.bincount(self.group_code, minlength=len(self.groups))
        pairs = np.unique(np.column_stack([self.group_code, self.unit_code]), axis=0)
        self.n_units_group = np.bincount(pairs[:, 0], minlength=len(self.groups))

    def sums(self, values: np.ndarray) -> np.ndarray:
        return _unit_sums(self.unit_code, self.group_code, values, self.n_units, len(self.groups))


def _rate_draws(design: _Design, merged: pd.DataFrame, features: list[str], n_boot: int,
                random_state: int) -> dict:
    """Point estimates and bootstrap draws for each feature and measure (arrays over groups)."""
    rng = np.random.default_rng(random_state)
    weights = _boot_weights(design.strata, design.n_units, n_boot, rng)
    counts = merged[features].to_numpy(dtype=float)
    values = np.column_stack([counts, (counts > 0).astype(float), merged["n_sentences"].to_numpy(float),
                              np.ones(len(merged))])
    sums = design.sums(values)  # (2F+2, units, groups)
    k = len(features)
    sent, arts = sums[2 * k], sums[2 * k + 1]
    boot_sent, boot_arts = weights @ sent, weights @ arts
    out = {}
    with np.errstate(divide="ignore", invalid="ignore"):
        for j, feature in enumerate(features):
            hits, with_any = sums[j], sums[k + j]
            out[(feature, "units_with")] = hits > 0  # (units, groups): which units carry the feature
            out[(feature, "per_1000_sentences")] = (
                1000.0 * hits.sum(0) / sent.sum(0), 1000.0 * (weights @ hits) / boot_sent, hits.sum(0), sent.sum(0))
            out[(feature, "share_of_articles")] = (
                with_any.sum(0) / arts.sum(0), (weights @ with_any) / boot_arts, with_any.sum(0), arts.sum(0))
    return out


def _zero_upper(measure: str, denominator: float, ci: float) -> float:
    """Exact upper bound when nothing was observed: Poisson for rates, Clopper-Pearson for shares."""
    alpha = (1.0 - ci) / 2.0
    if denominator <= 0:
        return float("nan")
    if measure == "per_1000_sentences":
        return 1000.0 * stats.chi2.ppf(1.0 - alpha, 2) / 2.0 / denominator
    return 1.0 - alpha ** (1.0 / denominator)


def _prepare(documents, articles, by, features, syndication, cluster, n_boot, ci):
    _check_ci(ci)
    _check_n_boot(n_boot)
    by = _as_list(by)
    features = _feature_columns(documents, features)
    _require_columns(articles, ["doc_id"] + by, "articles")
    kept, n_syndicated = _apply_syndication(articles, syndication, by)
    merged = _merge(documents, kept, by, features)
    merged, n_missing = _drop_missing_groups(merged, by)
    if merged.empty:
        raise ValueError(f"no articles left to compare (after dropping {n_missing} with a missing "
                         f"{'/'.join(by)} and {n_syndicated} syndicated copies)")
    return by, features, merged, n_syndicated


def feature_rates(documents: pd.DataFrame, articles: pd.DataFrame, *, by: str | Sequence[str] = "outlet",
                  features: Sequence[str] | None = None, syndication: str = "keep", cluster: str = "auto",
                  n_boot: int = 2000, ci: float = 0.95, random_state: int = SEED) -> pd.DataFrame:
    """Feature rates per group (per 1,000 sentences and share of articles with at least one), with intervals.

    Parameters
    ----------
    documents
        One row per article: ``doc_id``, ``n_sentences`` and one count column per feature
        (:func:`framing.features.document_table`).
    articles
        Articles table with ``doc_id`` and the ``by`` column(s); ``event_id`` / ``cluster_id`` are used for
        clustering and syndication when present.
    by
        Column(s) that define the groups, usually ``"outlet"``.
    features
        Count columns of ``documents`` to report (default: every numeric column except ``n_sentences``).
    syndication
        ``"keep"`` every copy; ``"once_per_outlet"``: one copy of each syndication cluster (``cluster_id``)
        per outlet; ``"once"``: one copy overall (the one marked ``is_original``, else the earliest).
    cluster
        Resampling unit: ``"auto"`` (events when ``event_id`` is present, else syndication clusters, else
        articles), ``"event_id"``, ``"cluster_id"`` or ``"article"``.
    n_boot, ci, random_state
        Bootstrap replicates, interval coverage and seed.

    Returns
    -------
    DataFrame
        One row per group, feature and measure: the ``by`` columns, ``feature``, ``measure``, ``estimate``,
        ``low``, ``high``, ``n_articles``, ``n_units`` (resampled units in the group), ``numerator``,
        ``denominator``, ``unit`` (what was resampled) and ``note`` (why an interval is missing or special).

    Examples
    --------
    >>> docs = pd.DataFrame({"doc_id": list("abcd"), "n_sentences": [10, 20, 10, 10], "blame": [1, 0, 2, 0]})
    >>> arts = pd.DataFrame({"doc_id": list("abcd"), "outlet": ["X", "X", "Y", "Y"]})
    >>> out = feature_rates(docs, arts, n_boot=200)
    >>> out[["outlet", "measure", "estimate"]].round(3).to_string(index=False)
    'outlet            measure  estimate\\n     X per_1000_sentences    33.333\\n     X  share_of_articles     0.500\\n     Y per_1000_sentences   100.000\\n     Y  share_of_articles     0.500'
    """
    by, features, merged, n_syndicated = _prepare(documents, articles, by, features, syndication, cluster,
                                                  n_boot, ci)
    design = _Design(merged, by, cluster)
    draws = _rate_draws(design, merged, features, n_boot, random_state)
    empty_docs = merged.groupby(design.group_code)["n_sentences"].apply(lambda s: int((s == 0).sum()))
    rows = []
    for g, key in enumerate(design.groups):
        for feature in features:
            for measure in MEASURES:
                est, boot, num, den = draws[(feature, measure)]
                low, high = _percentile(boot[:, g], ci)
                notes = []
                if int(empty_docs.get(g, 0)):
                    notes.append(f"{int(empty_docs.get(g, 0))} article(s) with no sentences count as articles "
                                 "but add no sentences")
                if den[g] == 0:
                    low = high = float("nan")
                    notes.append("no sentences in this group: rate undefined")
                elif design.n_units_group[g] < 2:
                    low = high = float("nan")
                    notes.append(f"only one {design.unit_kind} in this group: no interval can be estimated")
                elif num[g] == 0:
                    low, high = 0.0, _zero_upper(measure, den[g], ci)
                    notes.append("feature never occurs here: exact upper bound (Poisson / Clopper-Pearson), "
                                 "the bootstrap is degenerate at 0")
                else:
                    carriers = int(draws[(feature, "units_with")][:, g].sum())
                    if carriers < FEW_UNITS:
                        notes.append(f"only {carriers} {design.unit_kind}(s) with the feature: too few to "
                                     "resample, the interval is unreliable")
                    missing_share = float(np.mean(~np.isfinite(boot[:, g])))
                    if missing_share > 0:
                        notes.append(f"group absent from {missing_share:.1%} of replicates")
                if n_syndicated:
                    notes.append(f"{n_syndicated} syndicated copies counted once ({syndication})")
                rows.append(dict(zip(by, key)) | {
                    "feature": feature, "measure": measure, "estimate": float(est[g]), "low": float(low),
                    "high": float(high), "n_articles": int(design.n_articles[g]),
                    "n_units": int(design.n_units_group[g]), "numerator": float(num[g]),
                    "denominator": float(den[g]), "unit": design.unit_kind, "note": "; ".join(notes) or None})
    return pd.DataFrame(rows).reset_index(drop=True)


def _pairs(groups: list, pairs, reference) -> list[tuple[int, int]]:
    labels = [k[0] for k in groups]
    if pairs is not None:
        out = []
        for a, b in pairs:
            for value in (a, b):
                if value not in labels:
                    raise _invalid("pairs", (a, b), f"pairs of groups present in the data: {', '.join(map(str, labels))}")
            out.append((labels.index(a), labels.index(b)))
        return out
    if reference is not None:
        if reference not in labels:
            raise _invalid("reference", reference, f"one of {', '.join(map(str, labels))}")
        r = labels.index(reference)
        return [(i, r) for i in range(len(labels)) if i != r]
    return list(itertools.combinations(range(len(labels)), 2))


def rate_differences(documents: pd.DataFrame, articles: pd.DataFrame, *, by: str = "outlet",
                     features: Sequence[str] | None = None, pairs: Sequence[tuple[str, str]] | None = None,
                     reference: str | None = None, syndication: str = "keep", cluster: str = "auto",
                     n_boot: int = 2000, ci: float = 0.95, random_state: int = SEED) -> pd.DataFrame:
    """Differences of feature rates between groups (``group_a`` minus ``group_b``), with bootstrap intervals.

    The draws are those of :func:`feature_rates` with the same arguments, so each difference is computed
    inside one replicate: when events are resampled, an outlet pair shares the events, and the interval
    accounts for that pairing.

    Parameters
    ----------
    documents, articles, features, syndication, cluster, n_boot, ci, random_state
        As in :func:`feature_rates`.
    by
        One column naming the groups (``"outlet"``).
    pairs
        Explicit ``(a, b)`` pairs; default every pair in sorted order, or each group against ``reference``.

    Returns
    -------
    DataFrame
        ``group_a``, ``group_b``, ``feature``, ``measure``, ``estimate``, ``low``, ``high``, ``unit``,
        ``note``. A single group gives an empty table and a warning.

    Examples
    --------
    >>> docs = pd.DataFrame({"doc_id": list("abcdef"), "n_sentences": [10] * 6, "blame": [1, 0, 1, 3, 2, 4]})
    >>> arts = pd.DataFrame({"doc_id": list("abcdef"), "outlet": ["X"] * 3 + ["Y"] * 3})
    >>> d = rate_differences(docs, arts, n_boot=200)
    >>> d.loc[0, ["group_a", "group_b", "measure"]].tolist(), round(float(d.loc[0, "estimate"]), 2)
    (['X', 'Y', 'per_1000_sentences'], -233.33)
    """
    if not isinstance(by, str):
        raise _invalid("by", by, "one column name, such as 'outlet'")
    columns = ["group_a", "group_b", "feature", "measure", "estimate", "low", "high", "unit", "note"]
    by_list, features, merged, _ = _prepare(documents, articles, by, features, syndication, cluster, n_boot, ci)
    design = _Design(merged, by_list, cluster)
    if len(design.groups) < 2:
        warnings.warn(f"only one {by} ({design.groups[0][0]!r}): there is nothing to compare", stacklevel=2)
        return pd.DataFrame(columns=columns)
    draws = _rate_draws(design, merged, features, n_boot, random_state)
    rows = []
    for a, b in _pairs(design.groups, pairs, reference):
        for feature in features:
            for measure in MEASURES:
                est, boot, num, den = draws[(feature, measure)]
                diff = boot[:, a] - boot[:, b]
                low, high = _percentile(diff, ci)
                note = None
                if min(design.n_units_group[a], design.n_units_group[b]) < 2:
                    low = high = float("nan")
                    note = f"a group has only one {design.unit_kind}: no interval can be estimated"
                elif den[a] == 0 or den[b] == 0:
                    low = high = float("nan")
                    note = "a group has no sentences: rate undefined"
                elif num[a] == 0 and num[b] == 0:
                    note = "feature never occurs in either group: the difference is exactly 0 in every replicate"
                else:
                    carriers = int(draws[(feature, "units_with")][:, [a, b]].any(axis=1).sum())
                    if carriers < FEW_UNITS:
                        note = (f"only {carriers} {design.unit_kind}(s) with the feature in either group: too few "
                                "to resample, the interval is unreliable")
                rows.append({"group_a": design.groups[a][0], "group_b": design.groups[b][0], "feature": feature,
                             "measure": measure, "estimate": float(est[a] - est[b]), "low": float(low),
                             "high": float(high), "unit": design.unit_kind, "note": note})
    return pd.DataFrame(rows, columns=columns)


def _period(published: pd.Series, freq: str) -> pd.Series:
    codes = {"month": "M", "week": "W-MON", "year": "Y", "quarter": "Q", "day": "D"}
    if freq not in codes:
        raise _invalid("freq", freq, f"one of {', '.join(codes)}")
    return pd.to_datetime(published).dt.to_period(codes[freq]).dt.start_time


def rates_over_time(documents: pd.DataFrame, articles: pd.DataFrame, *, freq: str = "month",
                    by: str | None = "outlet", features: Sequence[str] | None = None, syndication: str = "keep",
                    cluster: str = "auto", n_boot: int = 2000, ci: float = 0.95,
                    random_state: int = SEED) -> pd.DataFrame:
    """Feature rates per period (``"month"``, ``"week"``, ``"quarter"``, ``"year"``, ``"day"``), optionally per outlet.

    Articles without a ``published`` date are left out with a warning, and their number is kept in
    ``result.attrs["n_undated"]``; when no article has a date a ``ValueError`` says so.

    Returns
    -------
    DataFrame
        As :func:`feature_rates`, with a ``period`` column (the first day of the period) after ``by``.

    Examples
    --------
    >>> docs = pd.DataFrame({"doc_id": list("abcd"), "n_sentences": [10] * 4, "blame": [1, 0, 2, 1]})
    >>> arts = pd.DataFrame({"doc_id": list("abcd"), "outlet": ["X"] * 4,
    ...                      "published": pd.to_datetime(["2020-01-03", "2020-01-20", "2020-02-01", "2020-02-09"])})
    >>> rates_over_time(docs, arts, n_boot=100).query("measure == 'per_1000_sentences'")["estimate"].tolist()
    [50.0, 150.0]
    """
    _require_columns(articles, ["doc_id", "published"], "articles",
                     "Rates over time need publication dates (datetime64, NaT when unknown).")
    dated = articles.copy()
    dated["period"] = _period(dated["published"], freq)
    n_undated = int(dated["period"].isna().sum())
    if n_undated == len(dated):
        raise ValueError("no article has a `published` date; rates over time need dates (set `published` or "
                         "use feature_rates for rates without time)")
    if n_undated:
        warnings.warn(f"{n_undated} of {len(dated)} article(s) have no published date and are left out of "
                      "rates over time", stacklevel=2)
        dated = dated[dated["period"].notna()]
    group = ([by] if by else []) + ["period"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # missing groups were handled above
        out = feature_rates(documents[documents["doc_id"].isin(dated["doc_id"])], dated, by=group,
                            features=features, syndication=syndication, cluster=cluster, n_boot=n_boot, ci=ci,
                            random_state=random_state)
    out.attrs["n_undated"] = n_undated
    return out


# ----------------------------------------------------------------------------------------------------------
# same-event (paired) comparisons


def paired_differences(documents: pd.DataFrame, articles: pd.DataFrame, *, by: str = "outlet",
                       features: Sequence[str] | None = None, measure: str = "per_1000_sentences",
                       pairs: Sequence[tuple[str, str]] | None = None, n_boot: int = 2000, ci: float = 0.95,
                       random_state: int = SEED) -> pd.DataFrame:
    """Within-event differences between outlets for articles that share an ``event_id``.

    For each pair of outlets and each event covered by both, the event's difference is the value of
    outlet a minus that of outlet b (several articles of one outlet on one event are pooled). The estimate
    is the mean over events; the interval resamples events. Only events covered by both outlets count.

    Parameters
    ----------
    measure
        ``"per_1000_sentences"`` (pooled rate per event and outlet), ``"share_of_articles"`` (share of the
        outlet's articles on the event with at least one), ``"count"`` (mean count per article) or
        ``"mean"`` (mean of the column per article, e.g. a topic proportion).

    Returns
    -------
    DataFrame
        ``group_a``, ``group_b``, ``feature``, ``measure``, ``n_events``, ``estimate``, ``low``, ``high``,
        ``a_higher``, ``ties``, ``b_higher`` (events by sign of the difference), ``note``.

    Examples
    --------
    >>> docs = pd.DataFrame({"doc_id": list("abcdef"), "n_sentences": [10] * 6, "blame": [2, 0, 3, 1, 1, 1]})
    >>> arts = pd.DataFrame({"doc_id": list("abcdef"), "outlet": ["X", "Y"] * 3, "event_id": list("ppqqrr")})
    >>> row = paired_differences(docs, arts, measure="count", n_boot=200).iloc[0]
    >>> int(row["n_events"]), round(float(row["estimate"]), 3), int(row["a_higher"])
    (3, 1.333, 2)
    """
    measures = ("per_1000_sentences", "share_of_articles", "count", "mean")
    if measure not in measures:
        raise _invalid("measure", measure, f"one of {', '.join(measures)}")
    _check_ci(ci)
    _check_n_boot(n_boot)
    _require_columns(articles, ["doc_id", by, "event_id"], "articles",
                     "Paired comparisons need an event_id shared by articles on the same event.")
    if measure in ("per_1000_sentences",):
        _require_columns(documents, ["doc_id", "n_sentences"], "documents")
    features = _feature_columns(documents, features)
    cols = ["doc_id"] + (["n_sentences"] if "n_sentences" in documents.columns else []) + features
    merged = articles[["doc_id", by, "event_id"]].merge(documents[cols], on="doc_id", how="inner")
    merged = merged[merged[by].notna() & merged["event_id"].notna()]
    columns = ["group_a", "group_b", "feature", "measure", "n_events", "estimate", "low", "high", "a_higher",
               "ties", "b_higher", "note"]
    groups = sorted(merged[by].unique(), key=str)
    if len(groups) < 2:
        warnings.warn(f"fewer than two {by} values with an event_id: there is nothing to compare", stacklevel=2)
        return pd.DataFrame(columns=columns)
    if pairs is None:
        pairs = list(itertools.combinations(groups, 2))
    for pair in pairs:
        for value in pair:
            if value not in groups:
                raise _invalid("pairs", tuple(pair), f"pairs of {by} values present: {', '.join(map(str, groups))}")
    grouped = merged.groupby(["event_id", by], sort=True)
    if measure == "per_1000_sentences":
        sums = grouped[features + ["n_sentences"]].sum()
        per = sums[features].div(sums["n_sentences"].where(sums["n_sentences"] > 0), axis=0) * 1000.0
    elif measure == "share_of_articles":
        per = (merged[features] > 0).astype(float).groupby([merged["event_id"], merged[by]], sort=True).mean()
    else:
        per = grouped[features].mean()
    rng = np.random.default_rng(random_state)
    rows = []
    for a, b in pairs:
        for feature in features:
            wide = per[feature].unstack(by)
            both = wide[[a, b]].dropna() if a in wide and b in wide else pd.DataFrame(columns=[a, b])
            d = (both[a] - both[b]).to_numpy(float)
            n = len(d)
            note = None
            if n == 0:
                est = low = high = float("nan")
                note = f"no event is covered by both {a!r} and {b!r}"
            else:
                est = float(d.mean())
                if n < 2:
                    low = high = float("nan")
                    note = "only one shared event: no interval can be estimated"
                else:
                    idx = rng.integers(0, n, size=(n_boot, n))
                    low, high = (float(v) for v in _percentile(d[idx].mean(axis=1), ci))
                    if not np.any(d):
                        note = "no within-event difference in any event"
                    elif np.count_nonzero(d) < FEW_UNITS:
                        note = (f"only {np.count_nonzero(d)} event(s) with a difference: too few to resample, "
                                "the interval is unreliable")
            if measure == "per_1000_sentences":
                lost = int((sums["n_sentences"] == 0).sum())
                if lost:
                    note = "; ".join(filter(None, [note, f"{lost} event-outlet cell(s) with no sentences left out"]))
            rows.append({"group_a": a, "group_b": b, "feature": feature, "measure": measure, "n_events": n,
                         "estimate": est, "low": low, "high": high, "a_higher": int((d > 0).sum()),
                         "ties": int((d == 0).sum()), "b_higher": int((d < 0).sum()), "note": note})
    return pd.DataFrame(rows, columns=columns)


# ----------------------------------------------------------------------------------------------------------
# keyness: Fightin' Words


def _group_term_counts(articles: pd.DataFrame, by: str, vectorizer) -> tuple[np.ndarray, list, np.ndarray]:
    _require_columns(articles, ["text", by], "articles")
    table = articles[articles[by].notna()]
    texts = table["text"].fillna("").astype(str).tolist()
    if vectorizer is None:
        from framing.topics import make_vectorizer

        vectorizer = make_vectorizer(min_df=1, max_df=1.0)
    try:
        matrix = vectorizer.fit_transform(texts)
    except ValueError as exc:  # sklearn: empty vocabulary
        raise ValueError(f"no terms to compare in `articles['text']` ({exc}); check that the texts are not "
                         "empty and that stop words do not remove everything") from exc
    codes, groups = pd.factorize(table[by], sort=True)
    indicator = sparse.csr_matrix((np.ones(len(codes)), (codes, np.arange(len(codes)))),
                                  shape=(len(groups), len(codes)))
    counts = np.asarray((indicator @ matrix).todense(), dtype=float)
    return counts, list(groups), np.asarray(vectorizer.get_feature_names_out())


def _log_odds(y_i: np.ndarray, y_j: np.ndarray, alpha: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    a0 = alpha.sum()
    n_i, n_j = y_i.sum(), y_j.sum()
    delta = (np.log((y_i + alpha) / (n_i + a0 - y_i - alpha)) - np.log((y_j + alpha) / (n_j + a0 - y_j - alpha)))
    se = np.sqrt(1.0 / (y_i + alpha) + 1.0 / (y_j + alpha))
    return delta, se


def fightin_words(articles: pd.DataFrame, *, by: str = "outlet", comparison: str = "both", vectorizer=None,
                  prior_scale: float = 0.1, min_count: int = 1) -> pd.DataFrame:
    """Keyness by Fightin' Words: log-odds ratios with an informative Dirichlet prior (Monroe et al. 2008).

    For group i against j (another group, or all the other groups together), with term counts y, group
    totals n and prior counts alpha_w = a0 * (corpus count of w) / (corpus total), a0 = ``prior_scale`` x
    corpus total::

        delta_w = log((y_iw + a_w) / (n_i + a0 - y_iw - a_w)) - log((y_jw + a_w) / (n_j + a0 - y_jw - a_w))
        var(delta_w) ~= 1 / (y_iw + a_w) + 1 / (y_jw + a_w);   z_w = delta_w / sqrt(var)

    Parameters
    ----------
    articles
        Table with ``text`` and the ``by`` column.
    by
        Group column; any number of groups (two or more).
    comparison
        ``"vs_rest"`` (each group against the others pooled), ``"pairwise"`` (every ordered pair a < b), or
        ``"both"``.
    vectorizer
        An sklearn vectoriser with ``fit_transform`` (default :func:`framing.topics.make_vectorizer` with
        ``min_df=1``): tokenising and stop words are the caller's to see and change.
    prior_scale
        Strength of the prior as a share of the corpus token count (larger shrinks rare terms more).
    min_count
        Leave out terms used fewer than this many times in the two sides compared.

    Returns
    -------
    DataFrame
        One row per comparison and term: ``group``, ``versus`` (a group or ``"(rest)"``), ``term``,
        ``count``, ``count_versus``, ``log_odds_ratio``, ``se``, ``z``; sorted by group, versus, z
        (descending) and term.

    Examples
    --------
    >>> arts = pd.DataFrame({"outlet": ["X", "X", "Y", "Y"],
    ...                      "text": ["regime regime crackdown talks", "regime talks", "talks summit", "summit talks"]})
    >>> fw = fightin_words(arts, comparison="vs_rest")
    >>> top = fw[fw.group == "X"].iloc[0]
    >>> str(top["term"]), float(top["count"]), float(top["count_versus"])
    ('regime', 3.0, 0.0)
    """
    options = ("vs_rest", "pairwise", "both")
    if comparison not in options:
        raise _invalid("comparison", comparison, f"one of {', '.join(options)}")
    if not prior_scale > 0:
        raise _invalid("prior_scale", prior_scale, "a positive number, such as 0.1")
    counts, groups, terms = _group_term_counts(articles, by, vectorizer)
    if len(groups) < 2:
        raise ValueError(f"Fightin' Words compares groups, but `articles` has only {len(groups)} {by} "
                         f"value(s) ({', '.join(map(str, groups))}); pass articles from two or more")
    total = counts.sum(0)
    alpha = prior_scale * total  # = a0 * total / N with a0 = prior_scale * N
    frames = []
    jobs = []
    if comparison in ("vs_rest", "both"):
        jobs += [(i, None) for i in range(len(groups))]
    if comparison in ("pairwise", "both"):
        jobs += list(itertools.combinations(range(len(groups)), 2))
    for i, j in jobs:
        y_i = counts[i]
        y_j = total - y_i if j is None else counts[j]
        keep = (y_i + y_j) >= max(min_count, 1)
        delta, se = _log_odds(y_i[keep], y_j[keep], alpha[keep])
        frames.append(pd.DataFrame({"group": groups[i], "versus": "(rest)" if j is None else groups[j],
                                    "term": terms[keep], "count": y_i[keep], "count_versus": y_j[keep],
                                    "log_odds_ratio": delta, "se": se, "z": delta / se}))
    out = pd.concat(frames, ignore_index=True)
    out["_rest"] = out["versus"] != "(rest)"
    out = out.sort_values(["_rest", "group", "versus", "z", "term"], ascending=[True, True, True, False, True],
                          kind="mergesort").drop(columns="_rest")
    return out.reset_index(drop=True)


# ----------------------------------------------------------------------------------------------------------
# who blames whom, actor roles


def _frames_with_groups(frames: pd.DataFrame, articles: pd.DataFrame, by: str) -> pd.DataFrame:
    _require_columns(frames, ["doc_id", "feature"], "frames", "Pass the frame rows of framing.extract_frames.")
    _require_columns(articles, ["doc_id", by], "articles")
    merged = frames.merge(articles[["doc_id", by]], on="doc_id", how="left")
    orphan = merged[by].isna()
    if orphan.any():
        warnings.warn(f"{int(orphan.sum())} frame row(s) belong to no article with a {by} (first doc_id "
                      f"{merged.loc[orphan, 'doc_id'].iloc[0]!r}) and are left out", stacklevel=3)
    return merged[~orphan]


def who_blames_whom(frames: pd.DataFrame, articles: pd.DataFrame, *, by: str = "outlet",
                    polarity: str | None = None, include_non_actors: bool = False) -> pd.DataFrame:
    """Blamer x blamed counts per group from ``blame_attribution`` frame rows.

    An empty blamer is the narrator (codebook) and is shown as ``"(narrator)"``; an empty blamed as
    ``"(unnamed)"``. Rows with ``blamed_kind == "non-actor"`` are left out unless ``include_non_actors``.

    Returns
    -------
    DataFrame
        ``by``, ``blamer``, ``blamed``, ``polarity``, ``n_rows``, ``n_articles``, ``share`` (of the group's
        blame rows); sorted by group, ``n_rows`` descending, blamer, blamed, polarity. No blame rows give an
        empty table with these columns.

    Examples
    --------
    >>> frames = pd.DataFrame({"doc_id": ["a", "a", "b"], "feature": ["blame_attribution"] * 3,
    ...     "blamer": ["China", "China", None], "blamed": ["United States", "NATO", "Russia"],
    ...     "polarity": ["asserted"] * 3})
    >>> arts = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"]})
    >>> who_blames_whom(frames, arts)[["outlet", "blamer", "blamed", "n_rows"]].values.tolist()
    [['X', 'China', 'NATO', 1], ['X', 'China', 'United States', 1], ['Y', '(narrator)', 'Russia', 1]]
    """
    columns = [by, "blamer", "blamed", "polarity", "n_rows", "n_articles", "share"]
    merged = _frames_with_groups(frames, articles, by)
    rows = merged[merged["feature"] == "blame_attribution"].copy()
    for column in ("blamer", "blamed", "polarity"):
        if column not in rows:
            rows[column] = None
    if "blamed_kind" in rows and not include_non_actors:
        rows = rows[rows["blamed_kind"].fillna("actor") != "non-actor"]
    if polarity is not None:
        rows = rows[rows["polarity"] == polarity]
    if rows.empty:
        return pd.DataFrame(columns=columns)
    rows["blamer"] = rows["blamer"].fillna(NARRATOR)
    rows["blamed"] = rows["blamed"].fillna(UNNAMED)
    rows["polarity"] = rows["polarity"].fillna("asserted")
    out = (rows.groupby([by, "blamer", "blamed", "polarity"], sort=True)
           .agg(n_rows=("doc_id", "size"), n_articles=("doc_id", "nunique")).reset_index())
    out["share"] = out["n_rows"] / out.groupby(by)["n_rows"].transform("sum")
    out = out.sort_values([by, "n_rows", "blamer", "blamed", "polarity"], ascending=[True, False, True, True, True],
                          kind="mergesort")
    return out[columns].reset_index(drop=True)


def actor_roles(frames: pd.DataFrame, articles: pd.DataFrame, *, by: str = "outlet",
                roles: Sequence[str] = tuple(ROLE_COLUMNS)) -> pd.DataFrame:
    """Who is cast in which role (senior, junior, claimant, blamer, blamed), per group.

    Returns
    -------
    DataFrame
        ``by``, ``role``, ``actor``, ``n_rows``, ``n_articles``, ``share`` (of the group's rows with that role
        filled); sorted by group, role (in the order of ``roles``), ``n_rows`` descending, actor.

    Examples
    --------
    >>> frames = pd.DataFrame({"doc_id": ["a", "b"], "feature": ["partner_hierarchy"] * 2,
    ...                        "senior": ["China", "China"], "junior": ["Russia", None]})
    >>> arts = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "X"]})
    >>> actor_roles(frames, arts, roles=["senior", "junior"])[["role", "actor", "n_rows"]].values.tolist()
    [['senior', 'China', 2], ['junior', 'Russia', 1]]
    """
    bad = [r for r in roles if r not in ROLE_COLUMNS]
    if bad:
        raise _invalid("roles", bad, f"a subset of {', '.join(ROLE_COLUMNS)}")
    columns = [by, "role", "actor", "n_rows", "n_articles", "share"]
    merged = _frames_with_groups(frames, articles, by)
    parts = []
    for role in roles:
        if role not in merged:
            continue
        part = merged.loc[(merged["feature"] == ROLE_COLUMNS[role]) & merged[role].notna(), ["doc_id", by, role]]
        parts.append(part.rename(columns={role: "actor"}).assign(role=role))
    if not parts or all(p.empty for p in parts):
        return pd.DataFrame(columns=columns)
    long = pd.concat(parts, ignore_index=True)
    out = (long.groupby([by, "role", "actor"], sort=True)
           .agg(n_rows=("doc_id", "size"), n_articles=("doc_id", "nunique")).reset_index())
    out["share"] = out["n_rows"] / out.groupby([by, "role"])["n_rows"].transform("sum")
    out["_role"] = out["role"].map({r: i for i, r in enumerate(roles)})
    out = out.sort_values([by, "_role", "n_rows", "actor"], ascending=[True, True, False, True], kind="mergesort")
    return out[columns].reset_index(drop=True)


# ----------------------------------------------------------------------------------------------------------
# topic prevalence with topic-model uncertainty

_PREVALENCE_METHODS = ("auto", "composition", "refit", "fixed")


def _prevalence_draws(model, articles, by, freq, method, cluster, n_boot, random_state):
    """Point estimates (groups x topics), draws (n_boot x groups x topics), the design and notes."""
    from framing.topics import TopicModeler, align_topics

    if not hasattr(model, "doc_topic_"):
        raise TypeError("`model` must be a fitted framing.topics.TopicModeler (call .fit(articles) first); "
                        f"got {type(model).__name__}")
    if method not in _PREVALENCE_METHODS:
        raise _invalid("method", method, f"one of {', '.join(_PREVALENCE_METHODS)}")
    # a posterior to draw from exists when the model keeps each document's Dirichlet parameters (LDA)
    is_lda = getattr(model, "doc_topic_concentration_", None) is not None
    if method == "auto":
        method = "composition" if is_lda else "refit"
    if method == "composition" and not is_lda:
        raise ValueError("method='composition' draws from the posterior of each document's topic proportions, "
                         "which only LDA has; use method='refit' (or 'fixed') for NMF")
    by = [] if by is None else _as_list(by)
    _require_columns(articles, ["doc_id"] + by, "articles")
    table = articles.copy()
    table["doc_id"] = table["doc_id"].astype(str)
    if freq is not None:
        _require_columns(table, ["published"], "articles", "Prevalence over time needs publication dates.")
        table["period"] = _period(table["published"], freq)
        undated = table["period"].isna()
        if undated.all():
            raise ValueError("no article has a `published` date; prevalence over time needs dates")
        if undated.any():
            warnings.warn(f"{int(undated.sum())} article(s) have no published date and are left out", stacklevel=3)
        table = table[~undated]
        by = by + ["period"]
    if not by:
        raise _invalid("by", None, "a column (such as 'outlet') or a freq for prevalence over time")
    position = {d: i for i, d in enumerate(model.doc_ids_)}
    unknown = ~table["doc_id"].isin(position)
    if unknown.any():
        raise ValueError(f"{int(unknown.sum())} article(s) are not in the topic model (first doc_id "
                         f"{table.loc[unknown, 'doc_id'].iloc[0]!r}); fit the model on the same articles table")
    table["_row"] = table["doc_id"].map(position)
    empty = model.empty_docs_[table["_row"].to_numpy()]
    notes = []
    if empty.any():
        notes.append(f"{int(empty.sum())} article(s) with no vocabulary terms left out")
        table = table[~empty]
    table, _ = _drop_missing_groups(table, by)
    if table.empty:
        raise ValueError("no articles left for topic prevalence (all empty or without a group)")
    design = _Design(table, by, cluster)
    rows = design.table["_row"].to_numpy()
    onehot = np.zeros((len(rows), len(design.groups)))
    onehot[np.arange(len(rows)), design.group_code] = 1.0
    theta = model.doc_topic_[rows]
    estimate = (onehot.T @ theta) / onehot.sum(0)[:, None]
    rng = np.random.default_rng(random_state)
    weights = _boot_weights(design.strata, design.n_units, n_boot, rng)
    doc_w = weights[:, design.unit_code]  # (n_boot, docs)
    k = theta.shape[1]
    draws = np.empty((n_boot, len(design.groups), k))
    if method == "fixed":
        draws[:] = np.einsum("bd,dk,dg->bgk", doc_w, theta, onehot)
        notes.append("topic proportions held fixed: sampling uncertainty only")
    elif method == "composition":
        gamma = model.doc_topic_concentration_[rows]
        chunk = max(1, int(2_000_000 // max(1, gamma.size)))
        for start in range(0, n_boot, chunk):
            stop = min(n_boot, start + chunk)
            g = rng.standard_gamma(np.broadcast_to(gamma, (stop - start,) + gamma.shape))
            g /= g.sum(axis=2, keepdims=True)
            draws[start:stop] = np.einsum("bd,bdk,dg->bgk", doc_w[start:stop], g, onehot)
    else:  # refit on each bootstrap sample, topics aligned to the reference fit
        warm = getattr(model, "nmf_w_", None) is not None
        similarity = []
        for b in range(n_boot):
            index = np.repeat(np.arange(len(rows)), doc_w[b].astype(int))
            refit = TopicModeler(model.n_topics, method=model.method, weighting=model.weighting,
                                 max_iter=model.max_iter, random_state=random_state + b + 1)
            start = (model.nmf_w_[rows[index]], model.model_.components_) if warm else None
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # convergence chatter on resampled matrices
                refit.fit_matrix(model.doc_term_[rows[index]], terms=model.terms_, warm_start=start)
            perm = align_topics(model.components_, refit.components_)
            draws[b] = (onehot[index].T @ refit.doc_topic_[:, perm])
            ref, new = model.components_, refit.components_[perm]
            similarity.append(float(np.mean(np.sum(ref * new, axis=1) / np.maximum(
                np.linalg.norm(ref, axis=1) * np.linalg.norm(new, axis=1), 1e-300))))
        notes.append(f"{n_boot} refits on bootstrap samples" + (" (NMF started from the reference solution)"
                                                                 if warm else "")
                     + f", topics aligned to the reference fit (mean cosine similarity "
                       f"{np.mean(similarity):.2f}" + ("; below 0.8 the refits find different topics, so "
                                                         "the intervals mix topics: prefer LDA with "
                                                         "method='composition'" if np.mean(similarity) < 0.8
                                                         else "") + ")")
    draws /= np.maximum(np.einsum("bd,dg->bg", doc_w, onehot), 1e-300)[:, :, None]
    absent = np.einsum("bd,dg->bg", doc_w, onehot) == 0
    draws[absent] = np.nan
    return design, estimate, draws, method, notes


def _topic_labels(model) -> list[str]:
    if hasattr(model, "labels"):
        return model.labels()["label"].tolist()
    return [f"topic {k}" for k in range(model.doc_topic_.shape[1])]


def topic_prevalence(model, articles: pd.DataFrame, *, by: str | Sequence[str] | None = "outlet",
                     freq: str | None = None, method: str = "auto", cluster: str = "auto", n_boot: int = 1000,
                     ci: float = 0.95, random_state: int = SEED) -> pd.DataFrame:
    """Mean topic proportion per group (and period), with intervals that carry topic-model uncertainty.

    Methods:

    - ``"composition"`` (LDA; the default for LDA): each bootstrap replicate resamples articles (events
      when ``event_id`` is present) *and* draws every article's topic proportions from its variational
      posterior Dirichlet(gamma_d), then averages per group: the method of composition of stm's
      ``estimateEffect`` with the regression on group indicators replaced by the group mean, and the normal
      approximation replaced by the bootstrap (so clustering by event is carried through).
    - ``"refit"`` (the default for NMF, which has no posterior): refit the model on each bootstrap sample,
      align its topics to the reference fit (Hungarian matching), and average per group. Slower
      (``n_boot`` fits; 100-200 is usual).
    - ``"fixed"``: proportions taken as known; sampling uncertainty only (for comparison).

    Parameters
    ----------
    model
        A fitted :class:`framing.topics.TopicModeler` on the same articles.
    by
        Group column(s); with ``freq`` the period is added (``by=None`` for time only).
    freq
        ``"month"``, ``"week"``, ... for prevalence over time.

    Returns
    -------
    DataFrame
        The group columns, ``topic``, ``label`` (FREX), ``estimate``, ``low``, ``high``, ``n_articles``,
        ``method``, ``note``.

    Examples
    --------
    >>> from framing.topics import TopicModeler, make_vectorizer
    >>> arts = pd.DataFrame({"doc_id": list("abcdef"), "outlet": ["X"] * 3 + ["Y"] * 3, "text": [
    ...     "tariff trade export", "trade tariff deal", "tariff export missile",
    ...     "missile strike troops", "troops missile strike", "strike trade troops"]})
    >>> tm = TopicModeler(2, method="lda", vectorizer=make_vectorizer(min_df=1, max_df=1.0)).fit(arts)
    >>> prev = topic_prevalence(tm, arts, n_boot=100)
    >>> prev.columns.tolist()[:4], len(prev)
    (['outlet', 'topic', 'label', 'estimate'], 4)
    """
    _check_ci(ci)
    _check_n_boot(n_boot)
    design, estimate, draws, used, notes = _prevalence_draws(model, articles, by, freq, method, cluster, n_boot,
                                                             random_state)
    labels = _topic_labels(model)
    low, high = _percentile(draws, ci)
    rows = []
    for g, key in enumerate(design.groups):
        for k in range(estimate.shape[1]):
            note = list(notes)
            lo, hi = float(low[g, k]), float(high[g, k])
            if design.n_units_group[g] < 2:
                lo = hi = float("nan")
                note.append(f"only one {design.unit_kind} in this group: no interval can be estimated")
            rows.append(dict(zip(design.by, key)) | {
                "topic": k, "label": labels[k], "estimate": float(estimate[g, k]), "low": lo, "high": hi,
                "n_articles": int(design.n_articles[g]), "method": used, "note": "; ".join(note) or None})
    return pd.DataFrame(rows)


def topic_differences(model, articles: pd.DataFrame, *, by: str = "outlet", pairs=None, reference=None,
                      method: str = "auto", cluster: str = "auto", n_boot: int = 1000, ci: float = 0.95,
                      random_state: int = SEED) -> pd.DataFrame:
    """Differences in topic prevalence between groups (``group_a`` minus ``group_b``), stm-style.

    Same draws as :func:`topic_prevalence` with the same arguments; each difference is taken inside a
    replicate. Returns ``group_a``, ``group_b``, ``topic``, ``label``, ``estimate``, ``low``, ``high``,
    ``method``, ``note``; a single group gives an empty table and a warning.

    Examples
    --------
    >>> from framing.topics import TopicModeler, make_vectorizer
    >>> arts = pd.DataFrame({"doc_id": list("abcdef"), "outlet": ["X"] * 3 + ["Y"] * 3, "text": [
    ...     "tariff trade export", "trade tariff deal", "tariff export missile",
    ...     "missile strike troops", "troops missile strike", "strike trade troops"]})
    >>> tm = TopicModeler(2, method="lda", vectorizer=make_vectorizer(min_df=1, max_df=1.0)).fit(arts)
    >>> topic_differences(tm, arts, n_boot=100)[["group_a", "group_b", "topic"]].values.tolist()
    [['X', 'Y', 0], ['X', 'Y', 1]]
    """
    if not isinstance(by, str):
        raise _invalid("by", by, "one column name, such as 'outlet'")
    _check_ci(ci)
    _check_n_boot(n_boot)
    columns = ["group_a", "group_b", "topic", "label", "estimate", "low", "high", "method", "note"]
    design, estimate, draws, used, notes = _prevalence_draws(model, articles, by, None, method, cluster, n_boot,
                                                             random_state)
    if len(design.groups) < 2:
        warnings.warn(f"only one {by} ({design.groups[0][0]!r}): there is nothing to compare", stacklevel=2)
        return pd.DataFrame(columns=columns)
    labels = _topic_labels(model)
    rows = []
    for a, b in _pairs(design.groups, pairs, reference):
        low, high = _percentile(draws[:, a, :] - draws[:, b, :], ci)
        for k in range(estimate.shape[1]):
            note = list(notes)
            lo, hi = float(low[k]), float(high[k])
            if min(design.n_units_group[a], design.n_units_group[b]) < 2:
                lo = hi = float("nan")
                note.append(f"a group has only one {design.unit_kind}: no interval can be estimated")
            rows.append({"group_a": design.groups[a][0], "group_b": design.groups[b][0], "topic": k,
                         "label": labels[k], "estimate": float(estimate[a, k] - estimate[b, k]), "low": lo,
                         "high": hi, "method": used, "note": "; ".join(note) or None})
    return pd.DataFrame(rows, columns=columns)
