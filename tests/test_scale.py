"""Dask backend (framing.scale): the same rows as in-process extraction, on a 2-worker LocalCluster.

One cluster (2 single-threaded worker processes) is started for the module and closed at its end.
"""

from __future__ import annotations

import filecmp
import os

import pandas as pd
import pytest

from framing import stream

dask = pytest.importorskip("dask")
dd = pytest.importorskip("dask.dataframe")

# Sentences written for this test (not from any dataset).
_TEXTS = [
    "Beijing blamed Washington for the collapse of the trade talks. Markets closed slightly higher.",
    "India insists it is neutral in the conflict. However, it kept buying discounted oil from Russia.",
    "Russia has become China's junior partner, analysts said. The delegation arrived late.",
    '"We will not take sides," the foreign minister told reporters.',
    "The weather in the capital was mild on Tuesday.",
    "Seoul accused Pyongyang of jamming GPS signals near the border. According to the ministry, talks resume soon.",
    "Brazil has declined to condemn the invasion.",
    "",
]


@pytest.fixture(scope="module")
def articles() -> pd.DataFrame:
    rows = [{"doc_id": f"doc-{i:02d}", "outlet": ["Harbour Times", "Daily Ledger"][i % 2],
             "text": _TEXTS[i % len(_TEXTS)] + (f" Update {i}." if i >= len(_TEXTS) else "")} for i in range(12)]
    return pd.DataFrame(rows)


@pytest.fixture(scope="module")
def client():
    from framing.scale import local_client

    with local_client(2, threads_per_worker=1, processes=True) as c:
        yield c


def _sorted(frames: pd.DataFrame) -> pd.DataFrame:
    keys = ["doc_id", "sent_id", "start", "end", "feature"] + [c for c in frames.columns if c not in
                                                              ("doc_id", "sent_id", "start", "end", "feature")]
    return frames.sort_values(keys, na_position="first", kind="mergesort", key=lambda s: s.astype(str)
                              if s.dtype == object else s).reset_index(drop=True)


@pytest.mark.model
@pytest.mark.slow
def test_dask_rows_equal_in_process_rows(client, articles):
    from framing import extract_frames
    from framing.features import document_table
    from framing.scale import document_table_dask, extract_frames_dask, warm_up

    warm_up(client)
    expected = extract_frames(articles, cache="off")
    assert len(expected) >= 5
    parts = dd.from_pandas(articles, npartitions=3, sort=False)
    frames = extract_frames_dask(parts)
    got, documents = dask.compute(frames, document_table_dask(frames, parts))  # one pass over the graph
    pd.testing.assert_frame_equal(_sorted(got), _sorted(expected))
    pd.testing.assert_frame_equal(documents.sort_values("doc_id").reset_index(drop=True),
                                  document_table(expected, articles).sort_values("doc_id").reset_index(drop=True))
    # the pipeline was loaded once in each worker process (by warm_up), however many partitions it ran
    loads = client.run(lambda: __import__("framing.nlp").nlp._load.cache_info().misses)
    assert sorted(loads.values()) == [1, 1]


@pytest.mark.model
@pytest.mark.slow
def test_dask_stream_writes_the_in_process_partitions(client, articles, tmp_path):
    from framing.scale import extract_stream_dask

    source = tmp_path / "in"
    source.mkdir()
    articles.to_parquet(source / "articles.parquet", row_group_size=5)
    local = stream.extract_stream(source, tmp_path / "local", chunk_size=3, progress=False)
    # half the partitions written in-process, the rest resumed on the cluster
    resumed = tmp_path / "resumed"

    def stop(index: int) -> None:
        if index == 1:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        stream.extract_stream(source, resumed, chunk_size=3, progress=False, on_partition=stop)
    result = extract_stream_dask(source, resumed, client=client, chunk_size=3, progress=False)
    assert (local.n_partitions, result.n_written, result.n_resumed) == (4, 2, 2)
    for table in stream.TABLES:
        names = sorted(os.listdir(tmp_path / "local" / table))
        assert names == [stream.partition_name(i) for i in range(4)]
        assert filecmp.cmpfiles(tmp_path / "local" / table, resumed / table, names, shallow=False)[1:] == ([], [])


def test_inputs_are_checked():
    from framing.scale import document_table_dask, extract_frames_dask, local_client

    with pytest.raises(TypeError, match="dask.dataframe.from_pandas"):
        extract_frames_dask(pd.DataFrame({"doc_id": ["a"], "text": ["x"]}))
    with pytest.raises(ValueError, match="doc_id and text"):
        extract_frames_dask(dd.from_pandas(pd.DataFrame({"id": ["a"], "body": ["x"]}), npartitions=1))
    arts = dd.from_pandas(pd.DataFrame({"doc_id": list("abcd"), "text": list("wxyz")}), npartitions=2)
    frames = dd.from_pandas(pd.DataFrame({"doc_id": ["a"], "feature": ["quote"]}), npartitions=1)
    with pytest.raises(ValueError, match="1 partitions and articles 2"):
        document_table_dask(frames, arts)
    with pytest.raises(ValueError, match="n_workers=0"):
        with local_client(0):
            pass
