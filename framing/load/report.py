"""The load report: what a load read, kept and skipped (with file, record and reason), what cleaning removed,
and which values could not be used (an unparseable date, a metadata row for a missing file)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

import pandas as pd

SKIPPED_COLUMNS = ("file", "record", "reason")
REMOVED_COLUMNS = ("doc_id", "step", "removed")
PROBLEM_COLUMNS = ("file", "record", "field", "value", "problem")


def _frame(rows: list, columns: tuple[str, ...]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=list(columns)).astype("object")


@dataclass
class LoadReport:
    """What happened during a load.

    Attributes
    ----------
    read : int
        Records read (an article file, a table row, a JSON line; a whole file when it could not be split).
    loaded : int
        Records that became rows of the articles table. ``read == loaded + len(skipped)`` always holds.
    skipped : DataFrame
        One row per record not loaded: ``file``, ``record`` (line/row/key, or missing for a whole file),
        ``reason``.
    removed : DataFrame
        The cleaning log: ``doc_id``, ``step``, ``removed`` (the text a cleaning step took out).
    problems : DataFrame
        Values that were left missing instead of guessed, or sidecar rows that could not be applied:
        ``file``, ``record``, ``field``, ``value``, ``problem``. The record itself was loaded.

    Examples
    --------
    >>> r = LoadReport(read=2, loaded=1)
    >>> r.skip("a.txt", None, "empty file")
    >>> print(r.summary())
    read 2 records, loaded 1, skipped 1
    skipped:
      a.txt: empty file
    """

    read: int = 0
    loaded: int = 0
    removed: pd.DataFrame = field(default_factory=lambda: _frame([], REMOVED_COLUMNS))

    def __post_init__(self) -> None:
        self._skips: list[tuple] = []
        self._problems: list[tuple] = []
        self._cache: dict[str, pd.DataFrame] = {}

    @property
    def skipped(self) -> pd.DataFrame:
        """One row per record not loaded: ``file``, ``record``, ``reason``."""
        if "skipped" not in self._cache:
            self._cache["skipped"] = _frame(list(self._skips), SKIPPED_COLUMNS)
        return self._cache["skipped"]

    @property
    def problems(self) -> pd.DataFrame:
        """Values left missing: ``file``, ``record``, ``field``, ``value``, ``problem``."""
        if "problems" not in self._cache:
            self._cache["problems"] = _frame(list(self._problems), PROBLEM_COLUMNS)
        return self._cache["problems"]

    # builders used by the loaders --------------------------------------------------------------------
    def skip(self, file: object, record: object, reason: str) -> None:
        """Record a skipped record (call :meth:`finish` to update the tables)."""
        self._skips.append(
            (None if file is None else str(file), None if record is None else str(record), reason)
        )
        self._sync()

    def problem(self, file: object, record: object, field_name: str, value: object, problem: str) -> None:
        """Record a value that was left missing (the record itself was kept)."""
        shown = None if value is None else str(value)[:200]
        self._problems.append(
            (
                None if file is None else str(file),
                None if record is None else str(record),
                field_name,
                shown,
                problem,
            )
        )
        self._sync()

    def _sync(self) -> None:
        self._cache.clear()

    # views -----------------------------------------------------------------------------------------------
    def to_frame(self) -> pd.DataFrame:
        """Every entry of the report in one table: ``kind`` (``skipped``, ``problem``, ``removed``), ``file``,
        ``record``, ``doc_id``, ``what`` (step or field) and ``detail`` (reason, problem or removed text)."""
        rows = []
        for r in self.skipped.itertuples(index=False):
            rows.append(("skipped", r.file, r.record, None, None, r.reason))
        for r in self.problems.itertuples(index=False):
            rows.append(("problem", r.file, r.record, None, r.field, f"{r.problem}: {r.value!r}"))
        for r in self.removed.itertuples(index=False):
            rows.append(("removed", None, None, r.doc_id, r.step, r.removed))
        return _frame(rows, ("kind", "file", "record", "doc_id", "what", "detail"))

    def summary(self, *, max_lines: int = 20) -> str:
        """A short plain-text summary (counts, then the first skips and problems)."""
        lines = [f"read {self.read} records, loaded {self.loaded}, skipped {len(self.skipped)}"]
        if len(self.removed):
            counts = self.removed["step"].value_counts().sort_index()
            lines.append("removed by cleaning: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
        if len(self.problems):
            lines.append(f"problems (values left missing): {len(self.problems)}")
        if len(self.skipped):
            lines.append("skipped:")
            for r in self.skipped.head(max_lines).itertuples(index=False):
                where = r.file if r.record is None else f"{r.file} [record {r.record}]"
                lines.append(f"  {where}: {r.reason}")
            if len(self.skipped) > max_lines:
                lines.append(f"  ... and {len(self.skipped) - max_lines} more")
        if len(self.problems):
            lines.append("problems:")
            for r in self.problems.head(max_lines).itertuples(index=False):
                where = r.file if r.record is None else f"{r.file} [record {r.record}]"
                lines.append(f"  {where}: {r.field} {r.value!r}: {r.problem}")
            if len(self.problems) > max_lines:
                lines.append(f"  ... and {len(self.problems) - max_lines} more")
        return "\n".join(lines)

    def to_markdown(self) -> str:
        """The full report as Markdown (counts, skipped records, problems, removal counts by step)."""
        out = [
            "# Load report",
            "",
            f"- records read: {self.read}",
            f"- loaded: {self.loaded}",
            f"- skipped: {len(self.skipped)}",
            f"- problems (values left missing): {len(self.problems)}",
            f"- cleaning removals: {len(self.removed)}",
            "",
        ]

        def table(df: pd.DataFrame) -> list[str]:
            cols = list(df.columns)
            rows = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
            for rec in df.itertuples(index=False):
                cells = [
                    "" if v is None else str(v).replace("|", "\\|").replace("\n", " ")[:300] for v in rec
                ]
                rows.append("| " + " | ".join(cells) + " |")
            return rows

        if len(self.skipped):
            out += ["## Skipped", ""] + table(self.skipped) + [""]
        if len(self.problems):
            out += ["## Problems", ""] + table(self.problems) + [""]
        if len(self.removed):
            counts = self.removed.groupby("step", sort=True).size().rename("removals").reset_index()
            out += ["## Removed by cleaning (per step)", ""] + table(counts) + [""]
        return "\n".join(out)

    def merge(self, other: "LoadReport") -> None:
        """Add another report's counts and entries to this one."""
        self.read += other.read
        self.loaded += other.loaded
        self._skips.extend(other._skips)
        self._problems.extend(other._problems)
        self._sync()
        self.removed = pd.concat([self.removed, other.removed], ignore_index=True).astype("object")

    def __repr__(self) -> str:
        return (
            f"LoadReport(read={self.read}, loaded={self.loaded}, skipped={len(self.skipped)}, "
            f"problems={len(self.problems)}, removed={len(self.removed)})"
        )


class LoadResult(NamedTuple):
    """What every loader returns: ``articles, report = load_corpus(...)``."""

    articles: pd.DataFrame
    report: LoadReport
