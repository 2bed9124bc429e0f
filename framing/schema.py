"""The canonical tables every stage passes along: articles (one row per ``doc_id``) and frame rows
(one row per detection). Loaders produce the first, :func:`framing.extract_frames` the second.

Column by column documentation lives in ``docs/schema.md``; this module is its executable form.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

import pandas as pd

#: Articles table: canonical columns, in order. Loaders may append dataset-specific columns after these
#: (for example ``lean`` for AllSides or BASIL labels); they never rename or drop a canonical one.
ARTICLE_COLUMNS: tuple[str, ...] = (
    "doc_id",  # stable id derived from provenance and content, never from row order
    "outlet",  # normalised outlet name (framing/data/outlets.yaml)
    "outlet_raw",  # the outlet string as the source gave it
    "section",  # site section ("World News"), when known
    "headline",
    "published",  # publication date (datetime64, midnight); NaT when unknown, never guessed
    "dateline",  # place of the dateline ("Moscow"), when the text has one
    "wire",  # agencies in order of appearance, joined by "; " ("AP; PTI"); missing when none
    "url",
    "text",  # clean body; paragraphs separated by one blank line
    "event_id",  # groups articles that report the same event, when the dataset says so
    "source_file",  # provenance: the file the record came from
    "source_record",  # provenance: line, row or key within that file
)

#: Frame rows: the output contract of ``extract_frames`` (``../shared/spec/framing-features.md``), in order.
#: Detectors may append further columns after these (e.g. ``speaker``/``content`` for quotes).
FRAME_COLUMNS: tuple[str, ...] = (
    "doc_id",
    "sent_id",
    "start",
    "end",
    "feature",
    "cue",
    "sentence",
    "senior",
    "junior",
    "claimant",
    "voice",
    "qualified",
    "issue",
    "blamer",
    "blamed",
    "reason",
    "polarity",
)

#: Separator of agencies in the ``wire`` column.
WIRE_SEP = "; "

_STRING_COLUMNS = tuple(c for c in ARTICLE_COLUMNS if c != "published")


class ArticlesError(ValueError):
    """An articles table does not follow the canonical schema; the message lists every problem found."""


def make_doc_id(*parts: object, length: int = 16) -> str:
    """Return a stable id from provenance and content parts (sha1 hex, ``length`` characters).

    Examples
    --------
    >>> make_doc_id("basil", "fox", "Some body text")
    '407ed9bdfbfb1acb'
    >>> make_doc_id("basil", "fox", "Some body text") == make_doc_id("basil", "fox", "Some body text")
    True
    """
    digest = hashlib.sha1("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8"))
    return digest.hexdigest()[:length]


def split_wire(value: object) -> list[str]:
    """Split a ``wire`` cell into its agencies, in order.

    Examples
    --------
    >>> split_wire("AP; PTI")
    ['AP', 'PTI']
    >>> split_wire(None)
    []
    """
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA:
        return []
    return [w.strip() for w in str(value).split(WIRE_SEP.strip()) if w.strip()]


def join_wire(agencies: Iterable[str]) -> str | None:
    """Join agencies into a ``wire`` cell, keeping first appearances in order; ``None`` when empty.

    Examples
    --------
    >>> join_wire(["AP", "PTI", "AP"])
    'AP; PTI'
    >>> join_wire([]) is None
    True
    """
    seen: list[str] = []
    for agency in agencies:
        if agency and agency not in seen:
            seen.append(agency)
    return WIRE_SEP.join(seen) if seen else None


def empty_articles() -> pd.DataFrame:
    """An articles table with the canonical columns and no rows."""
    frame = pd.DataFrame({c: pd.Series(dtype="object") for c in ARTICLE_COLUMNS})
    frame["published"] = pd.Series(dtype="datetime64[ns]")
    return frame


def conform_articles(df: pd.DataFrame) -> pd.DataFrame:
    """Return a copy with every canonical column present (missing ones filled with ``None``/``NaT``),
    canonical columns first in canonical order, ``published`` as datetime64 and empty strings as missing."""
    out = df.copy()
    for column in ARTICLE_COLUMNS:
        if column not in out.columns:
            out[column] = pd.NaT if column == "published" else None
    extras = [c for c in out.columns if c not in ARTICLE_COLUMNS]
    out = out[list(ARTICLE_COLUMNS) + extras]
    out["published"] = pd.to_datetime(out["published"], errors="coerce").astype("datetime64[ns]")
    for column in _STRING_COLUMNS:
        if column == "text":
            continue
        out[column] = out[column].map(lambda v: None if v is None or (isinstance(v, str) and not v.strip())
                                      or (not isinstance(v, str) and pd.isna(v)) else v).astype("object")
    return out.reset_index(drop=True)


def validate_articles(df: pd.DataFrame) -> pd.DataFrame:
    """Check that ``df`` is a canonical articles table and return it unchanged.

    Raises
    ------
    ArticlesError
        Listing every problem: missing columns, duplicate or missing ``doc_id``, non-string text, a
        ``published`` column that is not a date, empty strings where a missing value belongs.

    Examples
    --------
    >>> good = conform_articles(pd.DataFrame({"doc_id": ["a"], "text": ["Body."], "outlet": ["X"]}))
    >>> validate_articles(good) is good
    True
    >>> validate_articles(pd.DataFrame({"doc_id": ["a", "a"]}))
    Traceback (most recent call last):
    ...
    framing.schema.ArticlesError: articles table is invalid:
      - missing columns: outlet, outlet_raw, ...
      - doc_id is not unique: 'a' (2 rows)
    """
    if not isinstance(df, pd.DataFrame):
        raise ArticlesError(f"articles must be a pandas DataFrame; got {type(df).__name__}")
    problems: list[str] = []
    missing = [c for c in ARTICLE_COLUMNS if c not in df.columns]
    if missing:
        problems.append("missing columns: " + ", ".join(missing))
    if "doc_id" in df.columns:
        ids = df["doc_id"]
        if ids.isna().any():
            problems.append(f"doc_id is missing in {int(ids.isna().sum())} rows")
        dup = ids[ids.duplicated(keep=False) & ids.notna()]
        if len(dup):
            counts = dup.value_counts().sort_index()
            shown = ", ".join(f"{k!r} ({v} rows)" for k, v in list(counts.items())[:5])
            more = f" and {len(counts) - 5} more" if len(counts) > 5 else ""
            problems.append(f"doc_id is not unique: {shown}{more}")
    if "text" in df.columns:
        bad = df.index[~df["text"].map(lambda v: isinstance(v, str))]
        if len(bad):
            problems.append(f"text is not a string in {len(bad)} rows (first at index {bad[0]!r})")
    if "published" in df.columns and not pd.api.types.is_datetime64_any_dtype(df["published"]):
        problems.append(f"published must be datetime64 (NaT when unknown); got dtype {df['published'].dtype}")
    for column in _STRING_COLUMNS:
        if column in df.columns and column != "text":
            empty = df[column].map(lambda v: isinstance(v, str) and not v.strip())
            if empty.any():
                problems.append(f"{column} has {int(empty.sum())} empty strings; use None for missing values")
    if problems:
        raise ArticlesError("articles table is invalid:\n" + "\n".join(f"  - {p}" for p in problems))
    return df
