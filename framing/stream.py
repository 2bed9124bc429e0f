"""Streaming, resumable extraction: frame rows and the document table over corpora larger than memory.

The input (a Parquet file or dataset folder of articles, or a folder of text files read by
:func:`framing.load_corpus`) is cut into chunks of ``chunk_size`` articles by a plan computed from file
metadata alone. Each chunk is loaded, run through :func:`framing.extract_frames` and
:func:`framing.features.document_table`, and written as one Parquet partition per table::

    output/
      _manifest.json                 input fingerprint + parameters (a resume must match them)
      frames/part-000000.parquet     frame rows of the chunk's articles
      documents/part-000000.parquet  document table (one row per article)
      articles/part-000000.parquet   the chunk's articles without ``text`` (outlet, published, event_id, ...)
      skipped/part-000000.parquet    records that could not be processed: file, record, doc_id, reason

Only one chunk is in memory at a time, so memory is bounded by ``chunk_size`` (and the row-group size of the
input), not by the corpus. Partitions are written to a temporary name and renamed when complete, so an
interrupted run leaves only whole partitions; running the same command again skips them. Partition names and
contents depend only on the input and the parameters, never on timing, worker count or resume points.
:mod:`framing.scale` runs the same chunks on a Dask cluster and writes the same partitions.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.metadata
import json
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from framing.schema import conform_articles, make_doc_id

#: The tables written per partition, in the order they are renamed into place (``documents`` last: a
#: partition counts as finished when all of them exist).
TABLES: tuple[str, ...] = ("skipped", "articles", "frames", "documents")

#: Name of the manifest file in the output folder.
MANIFEST_NAME = "_manifest.json"

#: Version of the output layout; a resume refuses a folder written with another layout.
LAYOUT_VERSION = 1

#: Integer columns of frame rows (kept int64 even in partitions without rows).
_FRAME_INT_COLUMNS = ("sent_id", "start", "end")

_SKIPPED_COLUMNS = ("file", "record", "doc_id", "reason")

_SIDECAR = "metadata.csv"


class StreamParameterError(ValueError):
    """An output folder was written from another input or with other parameters than this run asks for."""


class StreamResult(NamedTuple):
    """What :func:`extract_stream` did.

    Attributes
    ----------
    output : Path
        The output folder.
    n_partitions : int
        Partitions the plan has (finished ones included).
    n_written : int
        Partitions written by this call.
    n_resumed : int
        Partitions found finished and skipped.
    n_articles : int
        Input records in the plan.
    """

    output: Path
    n_partitions: int
    n_written: int
    n_resumed: int
    n_articles: int


# --------------------------------------------------------------------------------------------- sources


@dataclass(frozen=True)
class Chunk:
    """One chunk of the plan: its index and the pieces of input it reads.

    For Parquet input a piece is ``(file, row_group, first_row, stop_row, group_start)``
    (rows within the row group) plus the row group's first row in the file; for a text folder a piece is one
    file path relative to the folder.
    """

    index: int
    pieces: tuple
    n_records: int


@dataclass
class _ParquetSource:
    """A Parquet file or a folder of ``*.parquet`` files holding articles (one row per article)."""

    root: Path
    files: list[Path]
    columns: dict[str, str] = field(default_factory=dict)
    kind: str = "parquet"

    def fingerprint(self) -> dict[str, Any]:
        digest = hashlib.blake2b(digest_size=16)
        n_rows = 0
        for path in self.files:
            digest.update(_relative(path, self.root).encode("utf-8") + b"\0")
            _hash_file(path, digest)
            n_rows += pq.ParquetFile(path).metadata.num_rows
        return {"kind": self.kind, "files": len(self.files), "records": n_rows, "hash": digest.hexdigest()}

    def plan(self, chunk_size: int) -> list[Chunk]:
        # Walk row groups in file order and cut every `chunk_size` rows, from metadata only.
        chunks: list[Chunk] = []
        pieces: list[tuple] = []
        filled = 0
        for path in self.files:
            meta = pq.ParquetFile(path).metadata
            rel = _relative(path, self.root)
            group_start = 0
            for group in range(meta.num_row_groups):
                rows = meta.row_group(group).num_rows
                first = 0
                while first < rows:
                    take = min(rows - first, chunk_size - filled)
                    pieces.append((rel, group, first, first + take, group_start))
                    filled += take
                    first += take
                    if filled == chunk_size:
                        chunks.append(Chunk(len(chunks), tuple(pieces), filled))
                        pieces, filled = [], 0
                group_start += rows
        if pieces:
            chunks.append(Chunk(len(chunks), tuple(pieces), filled))
        return chunks

    def read(self, chunk: Chunk) -> tuple[pd.DataFrame, pd.DataFrame]:
        parts: list[pd.DataFrame] = []
        for rel, group, first, stop, group_start in chunk.pieces:
            path = self.root / rel if self.root.is_dir() else self.root
            handle = pq.ParquetFile(path)
            offset = 0
            for batch in handle.iter_batches(batch_size=max(1024, stop - first), row_groups=[group]):
                lo, hi = max(first - offset, 0), min(stop - offset, batch.num_rows)
                if lo < hi:
                    frame = batch.slice(lo, hi - lo).to_pandas()
                    frame["source_file"] = frame["source_file"] if "source_file" in frame.columns else rel
                    rows = [group_start + offset + lo + i for i in range(len(frame))]
                    frame["_record"] = [f"{rel} row {r}" for r in rows]
                    if "source_record" not in frame.columns:
                        frame["source_record"] = [str(r) for r in rows]
                    parts.append(frame)
                offset += batch.num_rows
                if offset >= stop:
                    break
        raw = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame()
        return _articles_from_records(raw, self.columns)


@dataclass
class _TextSource:
    """A folder of article files (the seed's text format, HTML pages, ...) read file by file by ``load_corpus``,
    which applies ``metadata.csv`` sidecars and reports files it cannot read."""

    root: Path
    files: list[Path]
    kind: str = "text"

    def fingerprint(self) -> dict[str, Any]:
        digest = hashlib.blake2b(digest_size=16)
        # metadata.csv sidecars inside the folder and above it (the loader looks up to 8 levels up) change the
        # articles, so they are part of the input.
        sidecars = sorted(p for p in self.root.rglob(_SIDECAR) if not _hidden(p, self.root, prefixes="."))
        above = [parent / _SIDECAR for parent in list(self.root.resolve().parents)[:8]]
        for path in list(self.files) + sidecars:
            digest.update(_relative(path, self.root).encode("utf-8") + b"\0")
            _hash_file(path, digest)
        for path in above:
            if path.is_file():
                digest.update(path.as_posix().encode("utf-8") + b"\0")
                _hash_file(path, digest)
        return {"kind": self.kind, "files": len(self.files), "records": len(self.files), "hash": digest.hexdigest()}

    def plan(self, chunk_size: int) -> list[Chunk]:
        rels = [_relative(p, self.root) for p in self.files]
        return [
            Chunk(i, tuple(rels[start:start + chunk_size]), len(rels[start:start + chunk_size]))
            for i, start in enumerate(range(0, len(rels), chunk_size))
        ]

    def read(self, chunk: Chunk) -> tuple[pd.DataFrame, pd.DataFrame]:
        from framing.load import load_corpus

        frames: list[pd.DataFrame] = []
        skipped: list[dict[str, Any]] = []
        for rel in chunk.pieces:
            articles, report = load_corpus(self.root / rel)
            articles["_record"] = rel
            frames.append(articles)
            for row in report.skipped.itertuples(index=False):
                record = getattr(row, "record", None)
                skipped.append({"file": str(row.file), "record": None if pd.isna(record) else str(record),
                                "doc_id": None, "reason": str(row.reason)})
        articles = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
        articles, dropped = _articles_from_records(articles, {})
        return articles, pd.concat([_skipped_frame(skipped), dropped], ignore_index=True)


def _hidden(path: Path, root: Path, *, prefixes: str | tuple[str, ...] = (".", "_")) -> bool:
    # Names starting with "." or "_" are temporary or bookkeeping files (as in Spark/Dask/Hive layouts); text
    # folders skip only "." names, as framing.load_corpus does.
    return any(part.startswith(prefixes) for part in path.relative_to(root).parts)


def _hash_file(path: Path, digest: Any) -> None:
    with open(path, "rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)


def _relative(path: Path, root: Path) -> str:
    if root.is_file():
        return path.name
    return path.relative_to(root).as_posix()


def open_source(path: str | os.PathLike[str], *, format: str | None = None,
                columns: Mapping[str, str] | None = None) -> _ParquetSource | _TextSource:
    """Return the chunkable source for ``path`` (a Parquet file, a folder of Parquet files, or a text folder).

    Parameters
    ----------
    path
        Input file or folder.
    format
        ``"parquet"`` or ``"text"``; guessed from the path when ``None`` (a folder holding ``*.parquet``
        files is Parquet, else text).
    columns
        Renames Parquet columns to canonical names, ``{"body": "text", "id": "doc_id"}``.

    Raises
    ------
    FileNotFoundError
        When ``path`` does not exist.
    ValueError
        When ``format`` is not one of the known values or the folder holds no usable files.
    """
    root = Path(path)
    if not root.exists():
        raise FileNotFoundError(f"input={str(path)!r} does not exist; give a Parquet file or a folder of articles")
    if format is None:
        if root.is_file():
            format = "parquet" if root.suffix == ".parquet" else "text"
        else:
            format = "parquet" if any(root.rglob("*.parquet")) else "text"
    if format == "parquet":
        files = [root] if root.is_file() else sorted(
            (p for p in root.rglob("*.parquet") if not _hidden(p, root)), key=lambda p: p.relative_to(root).as_posix()
        )
        if not files:
            raise ValueError(f"input={str(path)!r} holds no *.parquet files; pass format='text' for a text folder")
        return _ParquetSource(root, files, dict(columns or {}))
    if format == "text":
        if columns:
            raise ValueError("columns= applies to Parquet input only; text files carry canonical fields")
        if root.is_file():
            raise ValueError(f"input={str(path)!r} is a single file; text input must be a folder of articles")
        # Every file but the sidecars goes to the loader, which loads it or reports why it skipped it.
        files = sorted((p for p in root.rglob("*")
                        if p.is_file() and p.name != _SIDECAR and not _hidden(p, root, prefixes=".")),
                       key=lambda p: p.relative_to(root).as_posix())
        if not files:
            raise ValueError(f"input={str(path)!r} holds no files")
        return _TextSource(root, files)
    raise ValueError(f"format={format!r} is invalid; expected 'parquet', 'text' or None (guess from the path)")


def _skipped_frame(records: Sequence[Mapping[str, Any]]) -> pd.DataFrame:
    frame = pd.DataFrame(list(records), columns=list(_SKIPPED_COLUMNS))
    return frame.astype({c: "object" for c in _SKIPPED_COLUMNS})


def _articles_from_records(raw: pd.DataFrame, columns: Mapping[str, str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Canonical articles from raw rows, plus the skipped records (no usable text, duplicate doc_id)."""
    if raw.empty and not len(raw.columns):
        return conform_articles(pd.DataFrame({"doc_id": []})), _skipped_frame([])
    frame = raw.rename(columns=dict(columns))
    if "text" not in frame.columns:
        raise ValueError(
            f"input has no 'text' column (columns: {', '.join(map(str, raw.columns))}); map the body column "
            "with columns={'<name>': 'text'}"
        )
    record = frame.pop("_record") if "_record" in frame.columns else pd.Series([""] * len(frame))
    if "doc_id" not in frame.columns:
        # Same rule as the loaders: the id comes from provenance and content, never from row position alone.
        frame["doc_id"] = [make_doc_id(f, r, t) for f, r, t in
                           zip(frame["source_file"], frame["source_record"], frame["text"].astype(str))]
    good_text = frame["text"].map(lambda v: isinstance(v, str))
    good_id = frame["doc_id"].map(lambda v: isinstance(v, str) and bool(v.strip()))
    duplicate = frame["doc_id"].duplicated(keep="first") & good_id
    reasons = pd.Series([None] * len(frame), dtype="object")
    reasons[~good_text.to_numpy()] = "text is missing or not a string"
    reasons[~good_id.to_numpy()] = "doc_id is missing or empty"
    reasons[duplicate.to_numpy() & reasons.isna().to_numpy()] = "doc_id repeats an earlier record of the chunk"
    bad = reasons.notna().to_numpy()
    skipped = _skipped_frame([
        {"file": str(f), "record": str(r), "doc_id": None if not isinstance(d, str) else d, "reason": why}
        for f, r, d, why in zip(frame["source_file"][bad], record[bad], frame["doc_id"][bad], reasons[bad])
    ])
    return conform_articles(frame[~bad]), skipped


def iter_article_chunks(path: str | os.PathLike[str], *, chunk_size: int = 1000, format: str | None = None,
                        columns: Mapping[str, str] | None = None) -> Iterator[pd.DataFrame]:
    """Yield the input's articles ``chunk_size`` at a time, as canonical articles tables.

    Records that cannot be used (no text, duplicate ``doc_id``) are left out of the chunk; use
    :func:`extract_stream` to have them reported in the ``skipped`` table.

    Examples
    --------
    >>> import tempfile, pandas as pd
    >>> folder = tempfile.mkdtemp()
    >>> pd.DataFrame({"doc_id": list("abcde"), "text": ["x"] * 5}).to_parquet(folder + "/a.parquet")
    >>> [len(c) for c in iter_article_chunks(folder, chunk_size=2)]
    [2, 2, 1]
    """
    _check_chunk_size(chunk_size)
    source = open_source(path, format=format, columns=columns)
    for chunk in source.plan(chunk_size):
        yield source.read(chunk)[0]


def _check_chunk_size(chunk_size: int) -> None:
    if isinstance(chunk_size, bool) or not isinstance(chunk_size, int) or chunk_size < 1:
        raise ValueError(f"chunk_size={chunk_size!r} is invalid; expected a positive integer (articles per chunk)")


# ----------------------------------------------------------------------------------------- processing


@dataclass(frozen=True)
class _Job:
    """Everything a worker needs to process chunks: picklable, so Dask workers get it too."""

    source: _ParquetSource | _TextSource
    output: Path
    features: tuple[str, ...] | None
    mode: str
    batch_size: int
    n_process: int
    extract: Callable[..., pd.DataFrame] | None
    document_table: Callable[..., pd.DataFrame] | None
    parse_cache: str | None = "off"


@contextlib.contextmanager
def _parse_cache(mode: str | None) -> Iterator[None]:
    # framing.nlp reads FRAMING_PARSE_CACHE at each parse; a streamed corpus is parsed once, so caching its
    # parses would only grow memory (the in-memory LRU) and disk without ever being read back.
    if mode is None:
        yield
        return
    before = os.environ.get("FRAMING_PARSE_CACHE")
    os.environ["FRAMING_PARSE_CACHE"] = mode
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("FRAMING_PARSE_CACHE", None)
        else:
            os.environ["FRAMING_PARSE_CACHE"] = before


def _extract_function(job: _Job) -> Callable[..., pd.DataFrame]:
    if job.extract is not None:
        return job.extract
    from framing.features import extract_frames

    return extract_frames


def _document_function(job: _Job) -> Callable[..., pd.DataFrame]:
    if job.document_table is not None:
        return job.document_table
    from framing.features import document_table

    return document_table


def process_chunk(job: _Job, chunk: Chunk) -> int:
    """Read, extract and write one chunk's partitions (atomically); return the number of frame rows."""
    articles, skipped = job.source.read(chunk)
    options = dict(features=list(job.features) if job.features is not None else None, mode=job.mode,
                   batch_size=job.batch_size, n_process=job.n_process)
    if job.extract is None:  # framing.extract_frames takes the parse-cache mode as an argument
        frames = _extract_function(job)(articles, cache=job.parse_cache, **options)
    else:  # another extractor may parse through framing.nlp, which reads FRAMING_PARSE_CACHE
        with _parse_cache(job.parse_cache):
            frames = _extract_function(job)(articles, **options)
    documents = _document_function(job)(frames, articles)
    meta = articles.drop(columns=["text"])
    name = partition_name(chunk.index)
    tables = {"skipped": skipped, "articles": meta, "frames": frames, "documents": documents}
    temps = {}
    for table in TABLES:
        folder = job.output / table
        folder.mkdir(parents=True, exist_ok=True)
        temp = folder / f".{name}.tmp-{os.getpid()}"
        _write_parquet(tables[table], temp)
        temps[table] = temp
    for table in TABLES:
        os.replace(temps[table], job.output / table / name)
    return len(frames)


def _write_parquet(frame: pd.DataFrame, path: Path) -> None:
    frame = frame.reset_index(drop=True)
    table = pa.Table.from_pandas(frame, preserve_index=False)
    pq.write_table(table, path, compression="zstd")


def _read_parquet(path: Path) -> pd.DataFrame:
    """Read a partition back with the pandas dtypes it was written with.

    Arrow turns an object column holding only booleans (``negated``) into a numpy bool column; the
    pandas metadata in the file says it was ``object``, so it is turned back, and the rows read equal the
    rows written.
    """
    table = pq.read_table(path)
    frame = table.to_pandas()
    for column in (table.schema.pandas_metadata or {}).get("columns", []):
        name = column.get("name")
        if name in frame.columns and column.get("numpy_type") == "object" and frame[name].dtype != object:
            frame[name] = frame[name].astype(object).where(frame[name].notna(), None)
    return frame


def partition_name(index: int) -> str:
    """File name of partition ``index``.

    Examples
    --------
    >>> partition_name(123)
    'part-000123.parquet'
    """
    return f"part-{index:06d}.parquet"


def _finished(output: Path, index: int) -> bool:
    name = partition_name(index)
    return all((output / table / name).is_file() for table in TABLES)


def _model_info() -> dict[str, str | None]:
    from framing.settings import model_name

    try:
        name = model_name()
    except RuntimeError:
        return {"model": None, "model_version": None}
    try:
        version = importlib.metadata.version(name.replace("_", "-"))
    except importlib.metadata.PackageNotFoundError:
        version = None
    return {"model": name, "model_version": version}


def _callable_name(func: Callable[..., Any] | None, default: str) -> str:
    if func is None:
        return default
    return f"{getattr(func, '__module__', '?')}.{getattr(func, '__qualname__', repr(func))}"


def prepare(path: str | os.PathLike[str], output: str | os.PathLike[str], *, chunk_size: int = 1000,
            features: Sequence[str] | None = None, mode: str = "gated", batch_size: int = 64,
            n_process: int = 1, format: str | None = None, columns: Mapping[str, str] | None = None,
            overwrite: bool = False, extract: Callable[..., pd.DataFrame] | None = None,
            document_table: Callable[..., pd.DataFrame] | None = None,
            parse_cache: str | None = "off") -> tuple[_Job, list[Chunk]]:
    """Plan a run: open the input, write or check the manifest, and return the job and all chunks.

    Used by :func:`extract_stream` and :func:`framing.scale.extract_stream_dask`; see them for the parameters.

    Raises
    ------
    StreamParameterError
        When ``output`` holds a manifest from another input or other parameters (and ``overwrite`` is false).
    """
    _check_chunk_size(chunk_size)
    for name, value in (("batch_size", batch_size), ("n_process", n_process)):
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise ValueError(f"{name}={value!r} is invalid; expected a positive integer")
    if parse_cache not in (None, "off", "memory", "disk"):
        raise ValueError(f"parse_cache={parse_cache!r} is invalid; expected 'off', 'memory', 'disk' or None")
    if features is not None and (isinstance(features, str) or not all(isinstance(f, str) for f in features)):
        raise ValueError(f"features={features!r} is invalid; expected a list of feature names or None (all)")
    out = Path(output)
    if Path(path).is_dir() and out.resolve().is_relative_to(Path(path).resolve()):
        raise ValueError(
            f"output={str(output)!r} lies inside input={str(path)!r}; its partitions would be read as input. "
            "Choose an output folder outside the input folder."
        )
    source = open_source(path, format=format, columns=columns)
    chunks = source.plan(chunk_size)
    manifest = {
        "layout_version": LAYOUT_VERSION,
        "input": source.fingerprint(),
        "parameters": {
            "chunk_size": chunk_size,
            "features": sorted(features) if features is not None else None,
            "mode": mode,
            "columns": dict(sorted((columns or {}).items())),
            "extract": _callable_name(extract, "framing.extract_frames"),
            "document_table": _callable_name(document_table, "framing.features.document_table"),
            **_model_info(),
        },
        "n_partitions": len(chunks),
        "tables": list(TABLES),
    }
    manifest_path = out / MANIFEST_NAME
    if manifest_path.is_file() and not overwrite:
        _check_manifest(json.loads(manifest_path.read_text(encoding="utf-8")), manifest, out)
    else:
        if out.exists() and any(out.iterdir()) and not manifest_path.is_file() and not overwrite:
            raise StreamParameterError(
                f"output={str(out)!r} exists, is not empty and has no {MANIFEST_NAME}; choose an empty or new "
                "folder (or pass overwrite=True / --overwrite to replace its partitions)"
            )
        if overwrite and out.exists():
            _clear_partitions(out)
        out.mkdir(parents=True, exist_ok=True)
        temp = out / f".{MANIFEST_NAME}.tmp-{os.getpid()}"
        temp.write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        os.replace(temp, manifest_path)
    _remove_stale_temps(out)
    job = _Job(source, out, tuple(features) if features is not None else None, mode, batch_size, n_process,
               extract, document_table, parse_cache)
    return job, chunks


def _clear_partitions(out: Path) -> None:
    for table in TABLES:
        for path in (out / table).glob("*part-*"):
            path.unlink()
    (out / MANIFEST_NAME).unlink(missing_ok=True)


def _remove_stale_temps(out: Path) -> None:
    for table in TABLES:
        for path in (out / table).glob(".part-*.tmp-*"):
            path.unlink(missing_ok=True)


def _check_manifest(old: Mapping[str, Any], new: Mapping[str, Any], out: Path) -> None:
    differences = []
    for section in ("layout_version", "input", "parameters"):
        before, now = old.get(section), new.get(section)
        if isinstance(now, dict) and isinstance(before, dict):
            for key in sorted(set(before) | set(now)):
                if before.get(key) != now.get(key):
                    differences.append(f"{section}.{key}: {before.get(key)!r} in the folder, {now.get(key)!r} now")
        elif before != now:
            differences.append(f"{section}: {before!r} in the folder, {now!r} now")
    if differences:
        raise StreamParameterError(
            f"output={str(out)!r} was written from another input or with other parameters, so its partitions "
            "cannot be resumed:\n" + "\n".join(f"  - {d}" for d in differences) +
            "\nRun with the original input and parameters to resume, choose a new output folder, or pass "
            "overwrite=True (--overwrite) to discard the old partitions."
        )


def extract_stream(path: str | os.PathLike[str], output: str | os.PathLike[str], *, chunk_size: int = 1000,
                   features: Sequence[str] | None = None, mode: str = "gated", batch_size: int = 64,
                   n_process: int = 1, format: str | None = None, columns: Mapping[str, str] | None = None,
                   overwrite: bool = False, progress: bool = True,
                   extract: Callable[..., pd.DataFrame] | None = None,
                   document_table: Callable[..., pd.DataFrame] | None = None,
                   parse_cache: str | None = "off",
                   on_partition: Callable[[int], None] | None = None) -> StreamResult:
    """Extract frame rows and the document table from a large corpus, chunk by chunk, into Parquet partitions.

    Parameters
    ----------
    path
        A Parquet file or folder of Parquet files of articles (``doc_id``, ``text`` and any article columns),
        or a folder of article text files read by :func:`framing.load_corpus`.
    output
        Folder for the partitions and ``_manifest.json`` (created; a finished run there is resumed).
    chunk_size
        Articles per partition; bounds memory. Part of the manifest: a resume must use the same value.
    features, mode
        Passed to :func:`framing.extract_frames` (part of the manifest).
    batch_size, n_process
        Passed to :func:`framing.extract_frames`; they change speed, not results, so a resume may change them.
    format, columns
        See :func:`open_source`.
    overwrite
        Discard the partitions and manifest already in ``output`` instead of resuming.
    progress
        Show a tqdm progress bar (articles done, rate, ETA) on stderr.
    extract, document_table
        The functions applied to each chunk; default :func:`framing.extract_frames` and
        :func:`framing.features.document_table`. Called as ``extract(articles, features=..., mode=...,
        batch_size=..., n_process=...)`` and ``document_table(frames, articles)``.
    parse_cache
        ``FRAMING_PARSE_CACHE`` mode while extracting: ``"off"`` (default; a streamed corpus is parsed once,
        so caching parses would only cost memory and disk), ``"memory"``, ``"disk"``, or ``None`` to leave
        the environment as it is. Does not change results.
    on_partition
        Called with the partition index after each partition is written (for logging or tests).

    Returns
    -------
    StreamResult

    Raises
    ------
    StreamParameterError
        When ``output`` was written from another input or with other parameters.
    """
    job, chunks = prepare(path, output, chunk_size=chunk_size, features=features, mode=mode,
                          batch_size=batch_size, n_process=n_process, format=format, columns=columns,
                          overwrite=overwrite, extract=extract, document_table=document_table,
                          parse_cache=parse_cache)
    pending = [c for c in chunks if not _finished(job.output, c.index)]
    total = sum(c.n_records for c in chunks)
    done = total - sum(c.n_records for c in pending)
    with _progress(total, done, enabled=progress) as bar:
        for chunk in pending:
            process_chunk(job, chunk)
            bar.update(chunk.n_records)
            if on_partition is not None:
                on_partition(chunk.index)
    return StreamResult(job.output, len(chunks), len(pending), len(chunks) - len(pending), total)


def _progress(total: int, done: int, *, enabled: bool):
    from tqdm.auto import tqdm

    return tqdm(total=total, initial=done, unit="article", desc="extract", disable=not enabled,
                dynamic_ncols=True, smoothing=0.1)


# -------------------------------------------------------------------------------------------- reading


def read_manifest(output: str | os.PathLike[str]) -> dict[str, Any]:
    """Return the manifest of an output folder.

    Raises
    ------
    FileNotFoundError
        When ``output`` has no ``_manifest.json`` (not an :func:`extract_stream` output).
    """
    path = Path(output) / MANIFEST_NAME
    if not path.is_file():
        raise FileNotFoundError(f"output={str(output)!r} has no {MANIFEST_NAME}; is it an extract_stream output?")
    return json.loads(path.read_text(encoding="utf-8"))


def iter_partitions(output: str | os.PathLike[str], table: str = "frames", *,
                    complete: bool = True) -> Iterator[pd.DataFrame]:
    """Yield one table's partitions in partition order (one DataFrame per partition; bounded memory).

    Raises
    ------
    ValueError
        When ``table`` is unknown, or when ``complete`` is true and some partitions are missing (the run
        has not finished: resume it first).
    """
    if table not in TABLES:
        raise ValueError(f"table={table!r} is invalid; expected one of {', '.join(TABLES)}")
    out = Path(output)
    manifest = read_manifest(out)
    n = int(manifest["n_partitions"])
    missing = [i for i in range(n) if not _finished(out, i)]
    if missing and complete:
        raise ValueError(
            f"output={str(out)!r} is incomplete: {len(missing)} of {n} partitions missing (first "
            f"{partition_name(missing[0])}); resume the run with the same command, or pass complete=False"
        )
    for index in range(n):
        if index in missing:
            continue
        frame = _read_parquet(out / table / partition_name(index))
        if table == "frames":
            for column in _FRAME_INT_COLUMNS:
                if column in frame.columns:
                    frame[column] = frame[column].astype("int64")
        yield frame


def read_partitions(output: str | os.PathLike[str], table: str = "frames", *,
                    complete: bool = True) -> pd.DataFrame:
    """Concatenate one table's partitions in partition order (a stable order: same folder, same frame).

    Parameters
    ----------
    output
        An :func:`extract_stream` (or :func:`framing.scale.extract_stream_dask`) output folder.
    table
        ``"frames"``, ``"documents"``, ``"articles"`` (metadata without text) or ``"skipped"``.
    complete
        Refuse to read a folder whose run has not finished (default).
    """
    parts = list(iter_partitions(output, table, complete=complete))
    nonempty = [p for p in parts if len(p)]
    if not nonempty:
        return parts[0].iloc[0:0].reset_index(drop=True) if parts else pd.DataFrame()
    columns: list[str] = []
    for part in parts:
        columns.extend(c for c in part.columns if c not in columns)
    frame = pd.concat(nonempty, ignore_index=True)
    return frame.reindex(columns=columns)


def stream_rates(output: str | os.PathLike[str], *, by: str = "outlet",
                 features: Sequence[str] | None = None) -> pd.DataFrame:
    """Feature counts and rates per group from an output folder, aggregated partition by partition.

    Memory stays bounded by one partition: only running sums per group are kept. The figures are exact (no
    intervals); for bootstrap intervals pass the concatenated tables to :func:`framing.compare.feature_rates`.

    Parameters
    ----------
    output
        An :func:`extract_stream` output folder (finished).
    by
        Article column that defines the groups (``outlet``, ``event_id``, ``section``, ...). Articles with
        no value form a group whose ``by`` value is missing.
    features
        Count columns of the document table to report (default: every integer column except ``n_sentences``).

    Returns
    -------
    DataFrame
        One row per group and feature, sorted by group then feature: the ``by`` column, ``feature``,
        ``n_articles``, ``n_sentences``, ``count`` (frame rows), ``articles_with`` (articles with at least one),
        ``per_1000_sentences`` and ``share_of_articles`` (missing when the group has no sentences).
    """
    sums: dict[tuple[Any, str], list[int]] = {}
    totals: dict[Any, list[int]] = {}
    chosen: list[str] | None = list(features) if features is not None else None
    for documents, articles in zip(iter_partitions(output, "documents"), iter_partitions(output, "articles")):
        if by not in articles.columns:
            raise ValueError(f"by={by!r} is not an article column; expected one of {', '.join(articles.columns)}")
        if chosen is None:
            chosen = [c for c in documents.columns if c not in ("doc_id", "n_sentences")
                      and pd.api.types.is_integer_dtype(documents[c])]
        missing = [f for f in chosen if f not in documents.columns]
        if missing:
            raise ValueError(f"features={missing!r} are not document-table columns; expected some of "
                             f"{', '.join(c for c in documents.columns if c not in ('doc_id', 'n_sentences'))}")
        merged = documents.merge(articles[["doc_id", by]], on="doc_id", how="left", validate="one_to_one")
        keys = merged[by].astype(object).where(merged[by].notna(), None)
        for key, group in merged.groupby(keys.map(lambda v: ("", v) if v is not None else ("~", None)),
                                         sort=False):
            total = totals.setdefault(key, [0, 0])
            total[0] += len(group)
            total[1] += int(group["n_sentences"].sum())
            for feature in chosen:
                values = group[feature].fillna(0).astype("int64")
                entry = sums.setdefault((key, feature), [0, 0])
                entry[0] += int(values.sum())
                entry[1] += int((values > 0).sum())
    rows = []
    for key in sorted(totals):
        n_articles, n_sentences = totals[key]
        for feature in chosen or []:
            count, with_feature = sums.get((key, feature), [0, 0])
            rows.append({by: key[1], "feature": feature, "n_articles": n_articles, "n_sentences": n_sentences,
                         "count": count, "articles_with": with_feature,
                         "per_1000_sentences": 1000.0 * count / n_sentences if n_sentences else None,
                         "share_of_articles": with_feature / n_articles if n_articles else None})
    columns = [by, "feature", "n_articles", "n_sentences", "count", "articles_with", "per_1000_sentences",
               "share_of_articles"]
    return pd.DataFrame(rows, columns=columns)


__all__ = [
    "Chunk",
    "MANIFEST_NAME",
    "StreamParameterError",
    "StreamResult",
    "TABLES",
    "extract_stream",
    "iter_article_chunks",
    "iter_partitions",
    "open_source",
    "partition_name",
    "prepare",
    "process_chunk",
    "read_manifest",
    "read_partitions",
    "stream_rates",
]
