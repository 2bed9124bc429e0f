"""``load_corpus``: files, folders and globs of news articles into one canonical articles table.

Each file is read by its extension (or ``format=``): the seed's text format, CSV/TSV, JSONL/JSON, Parquet and
HTML, optionally compressed (``.gz``, ``.bz2``, ``.xz``). A ``metadata.csv`` sidecar supplies or overrides
canonical fields for the files it lists. Every record read is either loaded or reported as skipped, with the
file, the record and the reason; then the cleaning pipeline (:mod:`framing.clean`) runs unless ``clean=False``.
"""

from __future__ import annotations

import csv
import glob
import io
import json
import re
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from framing.clean import clean_articles, known_outlet, normalise_outlet, parse_date
from framing.load._io import DEFAULT_MAX_BYTES, SkipFile, decode, read_bytes, split_suffix
from framing.load.report import LoadReport, LoadResult
from framing.schema import ARTICLE_COLUMNS, conform_articles, join_wire, make_doc_id, validate_articles

#: File suffix -> format name. ``format=`` takes the names on the right.
EXTENSIONS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".parquet": "parquet",
    ".pq": "parquet",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}
FORMATS: tuple[str, ...] = ("text", "csv", "tsv", "jsonl", "json", "parquet", "html")
SIDECAR = "metadata.csv"

# canonical fields a source may give (doc_id is computed unless the source has one)
_SOURCE_FIELDS = tuple(c for c in ARTICLE_COLUMNS if c not in ("source_file", "source_record"))
_MISSING_WORDS = {"", "none", "nan", "null", "na", "n/a", "nat"}


def _missing(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return value.strip().lower() in _MISSING_WORDS
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


# ----------------------------------------------------------------------------------------------------------
# finding files


def _expand(path: str | Path) -> tuple[list[tuple[Path, str]], Path | None]:
    """Return ``[(file, shown name)]`` sorted, and the load root (folder) or ``None`` for a glob."""
    text = str(path)
    p = Path(text)
    if p.is_dir():
        files = []
        for f in p.rglob("*"):
            rel = f.relative_to(p)
            if f.is_file() and not any(part.startswith(".") for part in rel.parts):
                files.append(f)
        files.sort(key=lambda f: f.relative_to(p).as_posix())
        return [(f, (p / f.relative_to(p)).as_posix()) for f in files], p
    if p.is_file():
        return [(p, p.as_posix())], p.parent
    if any(ch in text for ch in "*?["):
        matches = sorted(glob.glob(text, recursive=True))
        return [(Path(m), Path(m).as_posix()) for m in matches if Path(m).is_file()], None
    raise FileNotFoundError(
        f"path={text!r} is not a file, folder or glob pattern that exists; check the path "
        "(relative paths are read from the current folder)"
    )


# ----------------------------------------------------------------------------------------------------------
# the metadata.csv sidecar


# parsed sidecars, keyed by (path, mtime, size, encoding): per-file loads of a big folder read each once
_SIDECAR_CACHE: dict[tuple, tuple[dict[str, dict[str, Any]] | None, list[tuple]]] = {}


def _parse_sidecar(
    sidecar: Path, encoding: str | None
) -> tuple[dict[str, dict[str, Any]] | None, list[tuple]]:
    problems: list[tuple] = []
    rows: dict[str, dict[str, Any]] | None = None
    try:
        text, _enc = decode(read_bytes(sidecar), encoding=encoding)
        frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, sep=None, engine="python")
        if "file" not in frame.columns:
            problems.append(
                (
                    sidecar.as_posix(),
                    None,
                    "file",
                    None,
                    f"{SIDECAR} has no 'file' column (columns: {', '.join(frame.columns)}); "
                    "it was not applied",
                )
            )
        else:
            rows = {}
            for i, rec in enumerate(frame.to_dict("records"), start=1):
                key = Path(str(rec.pop("file")).strip()).as_posix()
                if key in rows:
                    problems.append(
                        (
                            sidecar.as_posix(),
                            i,
                            "file",
                            key,
                            "listed twice in the sidecar; the first row is used",
                        )
                    )
                    continue
                rows[key] = {k: v for k, v in rec.items() if not _missing(v)}
    except (SkipFile, ValueError, pd.errors.ParserError) as exc:
        problems.append((sidecar.as_posix(), None, "file", None, f"{SIDECAR} could not be read: {exc}"))
    return rows, problems


class _Sidecars:
    """Finds the ``metadata.csv`` rows that apply to a file (nearest sidecar first)."""

    def __init__(self, report: LoadReport, encoding: str | None):
        self._cache: dict[Path, dict[str, dict[str, Any]] | None] = {}
        self._report = report
        self._encoding = encoding
        self.used: dict[Path, set[str]] = {}

    def _read(self, sidecar: Path) -> dict[str, dict[str, Any]] | None:
        if sidecar in self._cache:
            return self._cache[sidecar]
        try:
            stat = sidecar.stat()
            key = (str(sidecar.resolve()), stat.st_mtime_ns, stat.st_size, self._encoding)
        except OSError:
            key = None
        if key is not None and key in _SIDECAR_CACHE:
            rows, problems = _SIDECAR_CACHE[key]
        else:
            rows, problems = _parse_sidecar(sidecar, self._encoding)
            if key is not None:
                if len(_SIDECAR_CACHE) > 64:
                    _SIDECAR_CACHE.clear()
                _SIDECAR_CACHE[key] = (rows, problems)
        for problem in problems:  # replayed on every load that uses the sidecar
            self._report.problem(*problem)
        if rows is not None:
            self.used[sidecar] = set()
        self._cache[sidecar] = rows
        return rows

    def lookup(self, file: Path) -> dict[str, Any]:
        merged: dict[str, Any] = {}
        folder = file.parent
        for _ in range(8):  # nearest first; a sidecar applies only to files it lists
            sidecar = folder / SIDECAR
            if sidecar.is_file() and sidecar != file:
                rows = self._read(sidecar)
                if rows:
                    key = file.resolve().relative_to(folder.resolve()).as_posix()
                    if key in rows:
                        self.used[sidecar].add(key)
                        for k, v in rows[key].items():
                            merged.setdefault(k, v)
            if folder.parent == folder:
                break
            folder = folder.parent
        return merged

    def report_unused(self) -> None:
        for sidecar, rows in sorted(self._cache.items(), key=lambda kv: kv[0].as_posix()):
            if not rows:
                continue
            for key in sorted(set(rows) - self.used.get(sidecar, set())):
                if not (sidecar.parent / key).exists():
                    self._report.problem(
                        sidecar.as_posix(), None, "file", key, f"{SIDECAR} lists a file that does not exist"
                    )


# ----------------------------------------------------------------------------------------------------------
# readers: each yields (record, fields) or (record, SkipFile) per record


def _outlet_from_name(file: Path) -> str | None:
    """The file-name prefix ("latestly-...", "wash-post_2016-...") or folder name when it is a known outlet."""
    stem = file.name.split(".")[0]
    candidates = [stem.split("_")[0]]
    dashed = stem.split("-")
    candidates += ["-".join(dashed[:2]), dashed[0]]
    candidates.append(file.parent.name)
    for cand in candidates:
        if cand and known_outlet(cand):
            return cand
    return None


def parse_text_article(text: str) -> dict[str, Any]:
    """Split a text article in the seed format: line 1 ``Section | Headline`` (or just the headline), then the
    body, one paragraph per line or paragraphs separated by blank lines.

    Examples
    --------
    >>> parse_text_article("World | Talks open\\nFirst paragraph.\\nSecond paragraph.")
    {'section': 'World', 'headline': 'Talks open', 'text': 'First paragraph.\\n\\nSecond paragraph.'}
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\n")
    first, _, body = text.partition("\n")
    first = first.strip()
    section = headline = None
    if len(first) > 300 or (not body.strip() and len(first) > 0 and first.count(" ") > 40):
        body = text  # no header line: the first line is already body text
    elif " | " in first:
        section, headline = (part.strip() or None for part in first.split(" | ", 1))
    else:
        headline = first or None
    if re.search(r"\n[ \t]*\n", body.strip()):
        paragraphs = [re.sub(r"\s*\n\s*", " ", p).strip() for p in re.split(r"\n[ \t]*\n", body)]
    else:
        paragraphs = [line.strip() for line in body.split("\n")]
    return {"section": section, "headline": headline, "text": "\n\n".join(p for p in paragraphs if p)}


def _read_text(file: Path, *, encoding: str | None, max_bytes: int | None) -> Iterator[tuple[Any, Any]]:
    raw, _enc = decode(read_bytes(file, max_bytes=max_bytes), encoding=encoding)
    fields = parse_text_article(raw)
    if not fields["text"].strip():
        raise SkipFile("no body text after the header line")
    fields["_raw"] = raw
    yield None, fields


def _read_html(file: Path, *, encoding: str | None, max_bytes: int | None) -> Iterator[tuple[Any, Any]]:
    from framing.load.html import NotAnArticle, load_html

    data = read_bytes(file, max_bytes=max_bytes)
    if encoding:
        data = decode(data, encoding=encoding)[0]
    elif b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise SkipFile("binary file (contains NUL bytes); not HTML")
    try:
        page = load_html(data)
    except NotAnArticle as exc:
        raise SkipFile(str(exc)) from exc
    fields = {
        "headline": page.get("title"),
        "text": page["text"],
        "published": page.get("published"),
        "outlet_raw": page.get("outlet"),
        "url": page.get("url"),
        "section": page.get("section"),
        "_raw": page["text"],
    }
    yield None, fields


def _table_records(frame: pd.DataFrame, first: int = 1) -> Iterator[tuple[int, dict[str, Any]]]:
    for i, rec in enumerate(frame.to_dict("records"), start=first):
        yield i, rec


def _sniff_delimiter(sample: str, default: str) -> str:
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        return default


def _read_delimited(
    file: Path, *, fmt: str, encoding: str | None, max_bytes: int | None
) -> Iterator[tuple[Any, Any]]:
    text, _enc = decode(read_bytes(file), encoding=encoding)
    default = "\t" if fmt == "tsv" else ","
    first_line = text.split("\n", 1)[0]
    delimiter = default if fmt == "tsv" else _sniff_delimiter(first_line, default)
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as exc:
        raise SkipFile(f"no header row ({exc})") from exc
    header = [h.strip() for h in header]
    row_no = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            row_no += 1
            yield row_no, SkipFile(f"malformed CSV row ({exc})")
            continue
        if not any(cell.strip() for cell in row):
            continue
        row_no += 1
        if len(row) != len(header):
            yield (
                row_no,
                SkipFile(
                    f"row has {len(row)} fields but the header has {len(header)} "
                    f"(delimiter {delimiter!r}); check quoting"
                ),
            )
            continue
        yield row_no, dict(zip(header, row))


def _read_jsonl(file: Path, *, encoding: str | None, max_bytes: int | None) -> Iterator[tuple[Any, Any]]:
    text, _enc = decode(read_bytes(file), encoding=encoding)
    for line_no, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield line_no, SkipFile(f"invalid JSON ({exc.msg} at column {exc.colno}); truncated line?")
            continue
        if not isinstance(rec, dict):
            yield line_no, SkipFile(f"JSON line is a {type(rec).__name__}, expected an object")
            continue
        yield line_no, rec


def _read_json(file: Path, *, encoding: str | None, max_bytes: int | None) -> Iterator[tuple[Any, Any]]:
    text, _enc = decode(read_bytes(file), encoding=encoding)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        # maybe JSON lines saved as .json
        if "\n" in text.strip():
            yield from _read_jsonl(file, encoding=encoding, max_bytes=max_bytes)
            return
        raise SkipFile(f"invalid JSON ({exc.msg} at line {exc.lineno}); truncated file?") from exc
    if isinstance(data, dict):
        for key in ("articles", "records", "data", "items"):
            if isinstance(data.get(key), list):
                data = data[key]
                break
        else:
            data = [data]
    if not isinstance(data, list):
        raise SkipFile(f"JSON holds a {type(data).__name__}; expected an object or a list of objects")
    for i, rec in enumerate(data, start=1):
        if isinstance(rec, dict):
            yield i, rec
        else:
            yield i, SkipFile(f"JSON item is a {type(rec).__name__}, expected an object")


def _read_parquet(file: Path, *, encoding: str | None, max_bytes: int | None) -> Iterator[tuple[Any, Any]]:
    try:
        frame = pd.read_parquet(file)
    except Exception as exc:  # pyarrow raises many types for broken files  # noqa: BLE001
        raise SkipFile(f"cannot read Parquet ({type(exc).__name__}: {exc})") from exc
    yield from _table_records(frame)


_READERS = {
    "text": _read_text,
    "html": _read_html,
    "jsonl": _read_jsonl,
    "json": _read_json,
    "parquet": _read_parquet,
}
_TABULAR = {"csv", "tsv", "jsonl", "json", "parquet"}


def _reader(fmt: str):
    if fmt in ("csv", "tsv"):
        return lambda file, **kw: _read_delimited(file, fmt=fmt, **kw)
    return _READERS[fmt]


# ----------------------------------------------------------------------------------------------------------
# records -> canonical fields


def _map_columns(rec: Mapping[str, Any], columns: Mapping[str, str] | None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    mapped_targets = set(columns.values()) if columns else set()
    for key, value in rec.items():
        target = columns.get(key, key) if columns else key
        if target in mapped_targets and key not in (columns or {}):
            continue  # a mapped column wins over a same-named original one
        out[str(target)] = value
    return out


def _tidy(value: Any) -> Any:
    if isinstance(value, float) and pd.isna(value):
        return None
    if isinstance(value, str):
        return value if value.strip().lower() not in _MISSING_WORDS else None
    return value


def _check_columns(columns: Mapping[str, str] | None) -> None:
    if columns is None:
        return
    if not isinstance(columns, Mapping):
        raise TypeError(
            f"columns must be a mapping from source column to canonical column, e.g. "
            f"{{'body': 'text'}}; got {type(columns).__name__}"
        )
    for src, dst in columns.items():
        if not isinstance(src, str) or not isinstance(dst, str):
            raise TypeError(f"columns={columns!r}: keys and values must be column names (str)")


def _check_format(format: str | None) -> None:
    if format is not None and format not in FORMATS:
        raise ValueError(
            f"format={format!r} is not supported; expected one of {', '.join(FORMATS)} "
            "(or None to use each file's extension)"
        )


# ----------------------------------------------------------------------------------------------------------
# the public function


def load_corpus(
    path: str | Path,
    *,
    format: str | None = None,
    columns: Mapping[str, str] | None = None,
    outlet: str | None = None,
    clean: bool = True,
    encoding: str | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    progress: bool = False,
) -> LoadResult:
    """Load a file, a folder (recursively) or a glob of articles into the canonical articles table.

    Parameters
    ----------
    path
        A file, a folder, or a glob pattern (``"data/*.jsonl"``).
    format
        Read every file as this format (one of :data:`FORMATS`); default: by each file's extension.
    columns
        For tables (CSV/TSV/JSONL/JSON/Parquet): source column -> canonical column, e.g.
        ``{"body": "text", "source": "outlet"}``. Unmapped columns keep their names (canonical ones are used,
        others are kept as extra columns).
    outlet
        Outlet for records whose source names none.
    clean
        Run the cleaning pipeline (:data:`framing.clean.DEFAULT_STEPS`). Outlets are normalised either way.
    encoding
        Force a text encoding; default: detect (BOM, UTF-8, cp1252, latin-1).
    max_bytes
        Size limit for single-article files (text, HTML); larger ones are skipped with a reason.
    progress
        Show a progress bar over files.

    Returns
    -------
    LoadResult
        ``(articles, report)``: the validated articles table and the :class:`LoadReport`.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("World | Talks open\\nGeneva, Mar 3 (MPA) Delegates met.\\n(MPA)")
    >>> _ = (folder / "metadata.csv").write_text("file,outlet,published\\na.txt,The Daily Planet,2024-03-03\\n")
    >>> _ = (folder / "empty.txt").write_text("")
    >>> articles, report = load_corpus(folder)
    >>> articles.loc[0, ["outlet", "headline", "dateline", "wire", "text"]].tolist()
    ['The Daily Planet', 'Talks open', 'Geneva', 'MPA', 'Delegates met.']
    >>> str(articles.loc[0, "published"].date()), report.read, report.loaded, report.skipped["reason"].tolist()
    ('2024-03-03', 2, 1, ['empty file (0 bytes)'])
    """
    _check_format(format)
    _check_columns(columns)
    files, _root = _expand(path)
    report = LoadReport()
    sidecars = _Sidecars(report, encoding)
    records: list[dict[str, Any]] = []
    iterator: Any = files
    if progress:
        from tqdm.auto import tqdm

        iterator = tqdm(files, desc="loading", unit="file")
    for file, shown in iterator:
        if file.name == SIDECAR and len(files) > 1:
            continue  # the sidecar is metadata, never an article (unless it is the one file asked for)
        fmt_suffix, _compression = split_suffix(file)
        fmt = format or EXTENSIONS.get(fmt_suffix)
        if fmt is None:
            report.read += 1
            if fmt_suffix in (".md", ".rst", ".pdf") or file.name.upper().startswith(("README", "LICENSE")):
                report.skip(
                    shown, None, "documentation file, not an article (pass format= to read it anyway)"
                )
                continue
            report.skip(
                shown,
                None,
                f"unsupported file type {''.join(file.suffixes) or '(no extension)'!r}; "
                f"known: {', '.join(sorted(EXTENSIONS))} (or pass format=)",
            )
            continue
        meta = sidecars.lookup(file) if fmt in ("text", "html") else {}
        try:
            for record, fields in _reader(fmt)(file, encoding=encoding, max_bytes=max_bytes):
                report.read += 1
                if isinstance(fields, SkipFile):
                    report.skip(shown, record, str(fields))
                    continue
                built = _build(
                    fields,
                    fmt=fmt,
                    file=file,
                    shown=shown,
                    record=record,
                    meta=meta,
                    columns=columns,
                    outlet=outlet,
                    report=report,
                )
                if isinstance(built, str):
                    report.skip(shown, record, built)
                else:
                    records.append(built)
        except SkipFile as exc:
            report.read += 1
            report.skip(shown, None, str(exc))
        except (OSError, ValueError, UnicodeError, RecursionError) as exc:  # never crash the whole load
            report.read += 1
            report.skip(shown, None, f"could not read ({type(exc).__name__}: {exc})")
    sidecars.report_unused()
    articles = _finish(records, report)
    if clean:
        articles, removed = clean_articles(articles)
        report.removed = removed.astype("object")
    articles = conform_articles(articles)
    articles["outlet"] = articles["outlet"].map(normalise_outlet).astype("object")
    report.loaded = len(articles)
    return LoadResult(validate_articles(articles), report)


def _build(
    fields: dict[str, Any],
    *,
    fmt: str,
    file: Path,
    shown: str,
    record: Any,
    meta: Mapping[str, Any],
    columns: Mapping[str, str] | None,
    outlet: str | None,
    report: LoadReport,
) -> dict[str, Any] | str:
    """Canonical fields of one record, or the reason it is skipped."""
    raw = fields.pop("_raw", None)
    if fmt in _TABULAR:
        fields = _map_columns(fields, columns)
        fields = {k: _tidy(v) for k, v in fields.items()}
        if "text" not in fields:
            return (
                f"no 'text' column (columns: {', '.join(sorted(map(str, fields)))}); pass "
                "columns={'<your body column>': 'text'}"
            )
    fields.update({k: v for k, v in meta.items()})
    if not _missing(meta.get("outlet")) and _missing(meta.get("outlet_raw")):
        fields["outlet_raw"] = meta["outlet"]  # the sidecar overrides what the page or file name says
    if "outlet" in fields and not _missing(fields.get("outlet")) and _missing(fields.get("outlet_raw")):
        fields["outlet_raw"] = fields["outlet"]
    if _missing(fields.get("outlet_raw")):
        fields["outlet_raw"] = (
            outlet if outlet else (_outlet_from_name(file) if fmt in ("text", "html") else None)
        )
    fields["outlet"] = None  # normalised from outlet_raw after cleaning
    text = fields.get("text")
    if not isinstance(text, str) or not text.strip():
        return (
            "empty text"
            if text is None or isinstance(text, str)
            else f"text is not a string ({type(text).__name__})"
        )
    published = fields.get("published")
    if not _missing(published):
        parsed = parse_date(published)
        if parsed is None:
            report.problem(shown, record, "published", published, "unparseable date; left missing")
        fields["published"] = parsed
    else:
        fields["published"] = None
    wire = fields.get("wire")
    if isinstance(wire, str):
        from framing.clean import wire_for_tag, wires_in

        names = [
            wire_for_tag(w) or (wires_in(w) or [w.strip()])[0]
            for w in re.split(r"\s*[;|]\s*", wire)
            if not _missing(w)
        ]
        fields["wire"] = join_wire(names)
    for key in ("headline", "section", "url", "dateline", "event_id"):
        value = fields.get(key)
        if value is not None and not isinstance(value, str):
            fields[key] = None if _missing(value) else str(value)
    fields["source_file"] = shown
    fields["source_record"] = None if record is None else str(record)
    given = fields.get("doc_id")
    if _missing(given):
        content = raw if raw is not None else f"{fields.get('headline') or ''}\x1f{text}"
        fields["doc_id"] = make_doc_id(file.name, record, content)
        fields["_auto_id"] = True
    else:
        fields["doc_id"] = str(given)
    return fields


def _finish(records: list[dict[str, Any]], report: LoadReport) -> pd.DataFrame:
    """Make doc_ids unique (a collision of computed ids takes the file path into the id) and build the table."""
    seen: dict[str, int] = {}
    kept = []
    for rec in records:
        auto = rec.pop("_auto_id", False)
        doc_id = rec["doc_id"]
        if doc_id in seen:
            if auto:
                doc_id = make_doc_id(rec["source_file"], rec["source_record"], doc_id)
                rec["doc_id"] = doc_id
            if doc_id in seen:
                report.skip(
                    rec["source_file"],
                    rec["source_record"],
                    f"duplicate doc_id {doc_id!r} (same as an earlier record); not loaded twice",
                )
                continue
        seen[doc_id] = 1
        kept.append(rec)
    if not kept:
        from framing.schema import empty_articles

        return empty_articles()
    frame = pd.DataFrame(kept)
    return conform_articles(frame)
