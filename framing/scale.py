"""The Dask backend: frame rows and the document table over a ``dask.dataframe``, or over a large corpus on
any Dask cluster, giving the same rows as the in-process functions.

Two ways in:

* :func:`extract_frames_dask` / :func:`document_table_dask` take a ``dask.dataframe`` of articles and
  return lazy ``dask.dataframe`` results, partition by partition (``map_partitions``).
* :func:`extract_stream_dask` runs the chunk plan of :func:`framing.stream.extract_stream` on a cluster: one
  task per chunk, each writing the same Parquet partitions (same names, same bytes) the in-process run writes,
  with the same manifest and resume rules. Workers must see the input and output folders (a shared
  filesystem on a cluster).

The spaCy pipeline is loaded once per worker process: :func:`framing.nlp.get_nlp` is cached per process, and
:func:`warm_up` loads it on every worker before the first task. Nothing here schedules work itself; start a
``distributed.LocalCluster`` (see :func:`local_client`) or connect to a Slurm/Kubernetes cluster with
dask-jobqueue or dask-kubernetes (``docs/scale.md``).
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

import pandas as pd

from framing.schema import conform_articles
from framing.stream import StreamResult, _finished, _progress, prepare, process_chunk

#: Integer columns of frame rows; kept int64 in every partition so partitions concatenate to the in-process
#: dtypes.
_FRAME_INT_COLUMNS = ("sent_id", "start", "end")


def _default_extract() -> Callable[..., pd.DataFrame]:
    from framing.features import extract_frames

    return extract_frames


def _default_document_table() -> Callable[..., pd.DataFrame]:
    from framing.features import document_table

    return document_table


def _plain_objects(frame: pd.DataFrame) -> pd.DataFrame:
    """Turn Arrow-backed string columns (Dask's default) into plain object columns, as pandas loads them."""
    converted = {c: "object" for c in frame.columns if pd.api.types.is_string_dtype(frame[c].dtype)
                 and frame[c].dtype != object}
    return frame.astype(converted) if converted else frame


def _fix_frame_dtypes(frames: pd.DataFrame) -> pd.DataFrame:
    frames = _plain_objects(frames)
    for column in _FRAME_INT_COLUMNS:
        if column in frames.columns and frames[column].dtype != "int64":
            frames[column] = frames[column].astype("int64")
    return frames


def _frames_partition(articles: pd.DataFrame, features: list[str] | None, mode: str, batch_size: int,
                      extract: Callable[..., pd.DataFrame] | None, cache: str | None = None) -> pd.DataFrame:
    # Runs on a worker: the default extractor reaches the per-process cached pipeline (framing.nlp.get_nlp).
    options: dict[str, Any] = dict(features=features, mode=mode, batch_size=batch_size, n_process=1)
    if extract is None:
        func = _default_extract()
        options["cache"] = cache
    else:
        func = extract
    frames = func(_plain_objects(articles).reset_index(drop=True), **options)
    return _fix_frame_dtypes(frames)


def _documents_partition(frames: pd.DataFrame, articles: pd.DataFrame,
                         document_table: Callable[..., pd.DataFrame] | None) -> pd.DataFrame:
    func = document_table if document_table is not None else _default_document_table()
    return _plain_objects(func(_fix_frame_dtypes(frames).reset_index(drop=True),
                               _plain_objects(articles).reset_index(drop=True)))


def _empty_articles() -> pd.DataFrame:
    return conform_articles(pd.DataFrame({"doc_id": pd.Series([], dtype=object), "text": pd.Series([], dtype=object)}))


def _check_dask_frame(articles: Any, name: str = "articles") -> None:
    import dask.dataframe as dd

    if not isinstance(articles, dd.DataFrame):
        raise TypeError(
            f"{name} must be a dask.dataframe.DataFrame; got {type(articles).__name__}. Wrap a pandas table "
            "with dask.dataframe.from_pandas(articles, npartitions=...), or use framing.extract_frames directly"
        )
    missing = [c for c in ("doc_id", "text") if c not in articles.columns]
    if name == "articles" and missing:
        raise ValueError(f"articles lacks the column(s) {', '.join(missing)}; it needs doc_id and text")


def extract_frames_dask(articles: Any, *, features: Sequence[str] | None = None, mode: str = "gated",
                        batch_size: int = 64, cache: str | None = "off",
                        extract: Callable[..., pd.DataFrame] | None = None) -> Any:
    """Frame rows of a ``dask.dataframe`` of articles, computed partition by partition.

    Parameters
    ----------
    articles : dask.dataframe.DataFrame
        Articles with at least ``doc_id`` and ``text`` (any partitioning; an article never spans partitions).
    features, mode, batch_size
        As for :func:`framing.extract_frames`.
    cache
        Parse cache mode of :func:`framing.extract_frames` in the workers; default ``"off"`` (workers parse
        each article once; pass ``None`` to follow ``FRAMING_PARSE_CACHE``).
    extract
        The function applied to each partition; default :func:`framing.extract_frames` (``cache`` is then
        passed to it; another function is called without it).

    Returns
    -------
    dask.dataframe.DataFrame
        Lazy frame rows with the columns and dtypes of :func:`framing.extract_frames`. After ``.compute()``
        and sorting by ``doc_id, sent_id, start, end, feature`` and the role columns, the rows equal
        ``extract_frames(articles.compute())`` sorted the same way.

    Examples
    --------
    >>> import dask.dataframe as dd, pandas as pd
    >>> def no_rows(articles, **options):  # a stand-in extractor, so the example needs no model
    ...     return pd.DataFrame({"doc_id": pd.Series([], dtype=object), "sent_id": pd.Series([], dtype="int64")})
    >>> articles = dd.from_pandas(pd.DataFrame({"doc_id": ["a", "b"], "text": ["x", "y"]}), npartitions=2)
    >>> extract_frames_dask(articles, extract=no_rows).compute().shape
    (0, 2)
    """
    _check_dask_frame(articles)
    chosen = list(features) if features is not None else None
    probe = _frames_partition(_empty_articles(), chosen, mode, batch_size, extract, cache)
    return articles.map_partitions(_frames_partition, chosen, mode, batch_size, extract, cache, meta=probe,
                                   enforce_metadata=False)


def document_table_dask(frames: Any, articles: Any, *,
                        document_table: Callable[..., pd.DataFrame] | None = None) -> Any:
    """The document table (one row per article) of a ``dask.dataframe`` of articles, partition by partition.

    Parameters
    ----------
    frames : dask.dataframe.DataFrame
        Frame rows from :func:`extract_frames_dask` of the same ``articles`` (partition ``i`` of ``frames``
        holds the rows of partition ``i`` of ``articles``).
    articles : dask.dataframe.DataFrame
        The articles.
    document_table
        The function applied per partition; default :func:`framing.features.document_table`.

    Raises
    ------
    ValueError
        When ``frames`` and ``articles`` have different numbers of partitions (``frames`` did not come from
        :func:`extract_frames_dask` of these articles).
    """
    _check_dask_frame(articles)
    _check_dask_frame(frames, "frames")
    if frames.npartitions != articles.npartitions:
        raise ValueError(
            f"frames has {frames.npartitions} partitions and articles {articles.npartitions}; pass the frames "
            "that extract_frames_dask(articles) returned, so partition i of both holds the same articles"
        )
    import dask.dataframe as dd

    # meta from a one-article probe with an empty text, so integer count columns get their real dtypes
    probe_articles = conform_articles(pd.DataFrame({"doc_id": ["probe"], "text": [""]}))
    probe = _documents_partition(_no_rows_extract(probe_articles), probe_articles, document_table).iloc[:0]
    return dd.map_partitions(_documents_partition, frames, articles, document_table, meta=probe,
                             align_dataframes=False, enforce_metadata=False)


def _no_rows_extract(articles: pd.DataFrame, **options: Any) -> pd.DataFrame:
    # Used only to build the (empty) meta of the document table without loading a model.
    from framing.schema import FRAME_COLUMNS

    return pd.DataFrame({c: pd.Series([], dtype="int64" if c in _FRAME_INT_COLUMNS else object)
                         for c in FRAME_COLUMNS})


def _load_pipeline() -> str:
    from framing.nlp import get_nlp

    nlp = get_nlp()
    return f"{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')} in pid {os.getpid()}"


def warm_up(client: Any) -> dict[str, str]:
    """Load the spaCy pipeline once on every worker of ``client`` (before the first task needs it).

    Returns the pipeline name and process id per worker address.
    """
    return client.run(_load_pipeline)


@contextlib.contextmanager
def local_client(n_workers: int = 2, *, threads_per_worker: int = 1, processes: bool = True,
                 memory_limit: str | int = "auto") -> Iterator[Any]:
    """A ``distributed.Client`` on a fresh ``LocalCluster``, closed on exit.

    Parameters
    ----------
    n_workers
        Worker processes (or threads when ``processes=False``).
    threads_per_worker
        Threads per worker; 1 keeps one chunk (and one pipeline) per process at a time.
    processes
        Workers as separate processes (each loads its own pipeline once).
    memory_limit
        Per-worker memory limit passed to ``LocalCluster``.
    """
    if isinstance(n_workers, bool) or not isinstance(n_workers, int) or n_workers < 1:
        raise ValueError(f"n_workers={n_workers!r} is invalid; expected a positive integer")
    from distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=n_workers, threads_per_worker=threads_per_worker, processes=processes,
                           memory_limit=memory_limit, dashboard_address=None)
    client = Client(cluster)
    try:
        yield client
    finally:
        client.close()
        cluster.close()


def extract_stream_dask(path: str | os.PathLike[str], output: str | os.PathLike[str], *, client: Any = None,
                        n_workers: int = 2, chunk_size: int = 1000, features: Sequence[str] | None = None,
                        mode: str = "gated", batch_size: int = 64, format: str | None = None,
                        columns: Mapping[str, str] | None = None, overwrite: bool = False,
                        progress: bool = True, extract: Callable[..., pd.DataFrame] | None = None,
                        document_table: Callable[..., pd.DataFrame] | None = None,
                        parse_cache: str | None = "off") -> StreamResult:
    """:func:`framing.stream.extract_stream` on a Dask cluster: one task per unfinished chunk.

    Writes exactly the partitions and manifest the in-process run writes (so either can resume the other).

    Parameters
    ----------
    path, output, chunk_size, features, mode, batch_size, format, columns, overwrite, progress, extract,
    document_table, parse_cache
        As for :func:`framing.stream.extract_stream`.
    client
        A ``distributed.Client`` of any cluster whose workers see ``path`` and ``output``; when ``None`` a
        ``LocalCluster`` with ``n_workers`` single-threaded worker processes is started and closed.
    n_workers
        Workers of the local cluster (ignored when ``client`` is given).

    Returns
    -------
    StreamResult
    """
    job, chunks = prepare(path, output, chunk_size=chunk_size, features=features, mode=mode,
                          batch_size=batch_size, n_process=1, format=format, columns=columns,
                          overwrite=overwrite, extract=extract, document_table=document_table,
                          parse_cache=parse_cache)
    pending = [c for c in chunks if not _finished(job.output, c.index)]
    total = sum(c.n_records for c in chunks)
    done = total - sum(c.n_records for c in pending)
    if client is None:
        with local_client(n_workers) as own:
            _run_on(own, job, pending, total, done, progress, extract is None)
    else:
        _run_on(client, job, pending, total, done, progress, extract is None)
    return StreamResult(job.output, len(chunks), len(pending), len(chunks) - len(pending), total)


def _run_on(client: Any, job: Any, pending: list, total: int, done: int, progress: bool, needs_nlp: bool) -> None:
    from distributed import as_completed

    if not pending:
        return
    if needs_nlp:
        warm_up(client)
    run = uuid.uuid4().hex[:8]  # distinct task keys per run, so two runs on one client never share results
    # the job (with the input's file list) goes to every worker once, not once per task
    shared = client.scatter(job, broadcast=True, hash=False)
    futures = [client.submit(process_chunk, shared, chunk, key=f"framing-chunk-{run}-{chunk.index:06d}",
                             pure=False) for chunk in pending]
    sizes = {f.key: c.n_records for f, c in zip(futures, pending)}
    with _progress(total, done, enabled=progress) as bar:
        for future in as_completed(futures):
            future.result()  # re-raises a worker's error here, naming the chunk's task
            bar.update(sizes[future.key])


__all__ = [
    "document_table_dask",
    "extract_frames_dask",
    "extract_stream_dask",
    "local_client",
    "warm_up",
]
