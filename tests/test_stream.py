"""Streaming extraction (framing.stream): chunk plans, resumable partitions, refused resumes, reading back.

The corpora are written here, in the test; extraction uses the real ``framing.extract_frames`` (model tests are
marked ``model``), and one uninterrupted run is shared by the tests that compare against it.
"""

from __future__ import annotations

import filecmp
import json
import os

import pandas as pd
import pyarrow.parquet as pq
import pytest

from framing import stream
from framing.stream import StreamParameterError

# Sentences written for this test (not from any dataset): cues of the four features, and plain news filler.
_SENTENCES = [
    "Beijing blamed Washington for the collapse of the trade talks.",
    "India insists it is neutral in the conflict.",
    "However, it kept buying discounted oil from Russia.",
    "Russia has become China's junior partner, analysts said.",
    '"We will not take sides," the foreign minister told reporters.',
    "Brazil has declined to condemn the invasion.",
    "According to the ministry, talks will resume next month.",
    "Seoul accused Pyongyang of jamming GPS signals near the border.",
    "The weather in the capital was mild on Tuesday.",
    "Markets closed slightly higher after a quiet session.",
    "The delegation arrived late in the evening.",
]
_OUTLETS = ["Harbour Times", "Daily Ledger", "Evening Courier"]


def _corpus(n: int = 17) -> pd.DataFrame:
    rows = []
    for i in range(n):
        picks = [_SENTENCES[(i * 3 + k * 5) % len(_SENTENCES)] for k in range(2 + i % 4)]
        rows.append({"doc_id": f"art-{i:03d}", "outlet": _OUTLETS[i % 3], "headline": f"Story {i}",
                     "published": pd.Timestamp("2024-03-01") + pd.Timedelta(days=i), "text": " ".join(picks)})
    return pd.DataFrame(rows)


@pytest.fixture(scope="module")
def articles() -> pd.DataFrame:
    return _corpus()


@pytest.fixture(scope="module")
def parquet_input(tmp_path_factory, articles) -> str:
    """The corpus as a Parquet dataset of two files with small row groups (chunks cross both boundaries)."""
    folder = tmp_path_factory.mktemp("input")
    articles.iloc[:7].to_parquet(folder / "a.parquet", row_group_size=3)
    articles.iloc[7:].to_parquet(folder / "b.parquet", row_group_size=4)
    return str(folder)


# ------------------------------------------------------------------------------------------ no model


def test_plan_covers_every_row_once_in_bounded_chunks(parquet_input, articles):
    source = stream.open_source(parquet_input)
    for chunk_size in (1, 2, 5, 6, 100):
        chunks = source.plan(chunk_size)
        assert [c.index for c in chunks] == list(range(len(chunks)))
        assert all(c.n_records <= chunk_size for c in chunks)
        assert all(c.n_records == chunk_size for c in chunks[:-1])
        assert sum(c.n_records for c in chunks) == len(articles)
    chunks = list(stream.iter_article_chunks(parquet_input, chunk_size=5))
    assert [len(c) for c in chunks] == [5, 5, 5, 2]
    joined = pd.concat(chunks, ignore_index=True)
    assert joined["doc_id"].tolist() == articles["doc_id"].tolist()
    assert joined["text"].tolist() == articles["text"].tolist()
    assert joined["outlet"].tolist() == articles["outlet"].tolist()


def test_reading_a_chunk_reads_only_its_row_groups(tmp_path):
    # One file, 10 row groups of 100 rows: the plan comes from metadata, and chunk 3 touches one row group.
    frame = pd.DataFrame({"doc_id": [f"d{i}" for i in range(1000)], "text": ["x"] * 1000})
    frame.to_parquet(tmp_path / "big.parquet", row_group_size=100)
    source = stream.open_source(tmp_path)
    chunks = source.plan(100)
    assert len(chunks) == 10
    assert chunks[3].pieces == (("big.parquet", 3, 0, 100, 300),)
    part, skipped = source.read(chunks[3])
    assert part["doc_id"].tolist() == [f"d{i}" for i in range(300, 400)] and skipped.empty


def test_changed_parameters_or_input_are_refused(tmp_path, parquet_input):
    out = tmp_path / "out"
    stream.prepare(parquet_input, out, chunk_size=5)
    stream.prepare(parquet_input, out, chunk_size=5, batch_size=8)  # speed-only options may change
    for changed, named in (({"chunk_size": 4}, "parameters.chunk_size"),
                           ({"features": ["quote"]}, "parameters.features"),
                           ({"mode": "full"}, "parameters.mode")):
        with pytest.raises(StreamParameterError, match=named.replace(".", r"\.")) as info:
            stream.prepare(parquet_input, out, **{"chunk_size": 5, **changed})
        assert "--overwrite" in str(info.value) and "new output folder" in str(info.value)
    other = tmp_path / "other"
    other.mkdir()
    _corpus(9).to_parquet(other / "a.parquet")
    with pytest.raises(StreamParameterError, match=r"input\.hash"):
        stream.prepare(other, out, chunk_size=5)
    stream.prepare(other, out, chunk_size=5, overwrite=True)  # an explicit overwrite starts afresh
    assert stream.read_manifest(out)["input"]["records"] == 9


def test_bad_arguments_say_what_is_wrong(tmp_path, parquet_input):
    with pytest.raises(ValueError, match="chunk_size=0"):
        stream.prepare(parquet_input, tmp_path / "o", chunk_size=0)
    with pytest.raises(ValueError, match="lies inside input"):
        stream.prepare(parquet_input, os.path.join(parquet_input, "out"))
    with pytest.raises(ValueError, match="format='csv'"):
        stream.open_source(parquet_input, format="csv")
    with pytest.raises(FileNotFoundError, match="does not exist"):
        stream.open_source(tmp_path / "missing")
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "notes.txt").write_text("someone else's file")
    with pytest.raises(StreamParameterError, match="not empty"):
        stream.prepare(parquet_input, tmp_path / "full")
    with pytest.raises(ValueError, match="no 'text' column"):
        pd.DataFrame({"doc_id": ["a"], "body": ["x"]}).to_parquet(tmp_path / "nobody.parquet")
        next(stream.iter_article_chunks(tmp_path / "nobody.parquet"))
    # ... and the column mapping fixes it
    chunk = next(stream.iter_article_chunks(tmp_path / "nobody.parquet", columns={"body": "text"}))
    assert chunk["text"].tolist() == ["x"]


def test_missing_doc_id_is_derived_from_provenance_and_content(tmp_path):
    pd.DataFrame({"text": ["one", "two"]}).to_parquet(tmp_path / "a.parquet")
    first = next(stream.iter_article_chunks(tmp_path))
    again = next(stream.iter_article_chunks(tmp_path))
    assert first["doc_id"].tolist() == again["doc_id"].tolist()
    assert first["doc_id"].nunique() == 2 and first["source_record"].tolist() == ["0", "1"]


# --------------------------------------------------------------------------------------------- model


@pytest.fixture(scope="module")
def full_run(tmp_path_factory, parquet_input):
    """One uninterrupted in-process run, chunk_size 5 (4 partitions), shared by the tests below."""
    out = tmp_path_factory.mktemp("full") / "out"
    result = stream.extract_stream(parquet_input, out, chunk_size=5, progress=False)
    return result, out


@pytest.mark.model
def test_streamed_rows_equal_the_in_process_rows(full_run, articles):
    from framing import extract_frames
    from framing.features import document_table

    result, out = full_run
    assert (result.n_partitions, result.n_written, result.n_resumed, result.n_articles) == (4, 4, 0, 17)
    for table in stream.TABLES:
        assert sorted(os.listdir(out / table)) == [stream.partition_name(i) for i in range(4)]
    expected = extract_frames(articles, cache="off")
    got = stream.read_partitions(out, "frames")
    assert len(expected) > 5 and set(expected["feature"]) >= {"blame_attribution", "quote"}
    pd.testing.assert_frame_equal(got, expected)
    pd.testing.assert_frame_equal(stream.read_partitions(out, "documents"), document_table(expected, articles))
    meta = stream.read_partitions(out, "articles")
    assert "text" not in meta.columns and meta["doc_id"].tolist() == articles["doc_id"].tolist()
    assert stream.read_partitions(out, "skipped").empty


@pytest.mark.model
def test_interrupted_run_resumes_to_the_same_partitions(tmp_path, parquet_input, full_run):
    _, reference = full_run
    out = tmp_path / "out"

    class Interrupted(Exception):
        pass

    def stop_after_two(index: int) -> None:
        if index == 1:
            raise Interrupted

    with pytest.raises(Interrupted):
        stream.extract_stream(parquet_input, out, chunk_size=5, progress=False, on_partition=stop_after_two)
    assert sorted(os.listdir(out / "documents")) == ["part-000000.parquet", "part-000001.parquet"]
    with pytest.raises(ValueError, match="incomplete: 2 of 4 partitions missing"):
        stream.read_partitions(out)
    # a kill in the middle of a write leaves only a temporary file, which the resume removes
    (out / "frames" / ".part-000002.parquet.tmp-99999").write_bytes(b"half a partition")
    finished_before = (out / "frames" / "part-000000.parquet").stat().st_mtime_ns
    result = stream.extract_stream(parquet_input, out, chunk_size=5, progress=False, batch_size=7)
    assert (result.n_written, result.n_resumed) == (2, 2)
    assert (out / "frames" / "part-000000.parquet").stat().st_mtime_ns == finished_before  # not redone
    for table in stream.TABLES:
        names = sorted(os.listdir(reference / table))
        assert sorted(os.listdir(out / table)) == names
        match, mismatch, errors = filecmp.cmpfiles(reference / table, out / table, names, shallow=False)
        assert (mismatch, errors) == ([], []), table
    assert json.loads((out / "_manifest.json").read_text()) == json.loads((reference / "_manifest.json").read_text())
    again = stream.extract_stream(parquet_input, out, chunk_size=5, progress=False)
    assert (again.n_written, again.n_resumed) == (0, 4)


@pytest.mark.model
def test_bad_records_are_reported_not_dropped(tmp_path):
    frame = pd.DataFrame({"doc_id": ["a", "b", "a", None], "outlet": ["X"] * 4,
                          "text": ["Seoul accused Pyongyang of jamming GPS signals.", None, "dup", "no id"]})
    frame.to_parquet(tmp_path / "in.parquet")
    out = tmp_path / "out"
    stream.extract_stream(tmp_path / "in.parquet", out, chunk_size=10, progress=False)
    skipped = stream.read_partitions(out, "skipped")
    assert skipped[["doc_id", "reason"]].values.tolist() == [
        ["b", "text is missing or not a string"],
        ["a", "doc_id repeats an earlier record of the chunk"],
        [None, "doc_id is missing or empty"],
    ]
    assert skipped["record"].tolist() == ["in.parquet row 1", "in.parquet row 2", "in.parquet row 3"]
    assert stream.read_partitions(out, "documents")["doc_id"].tolist() == ["a"]


@pytest.mark.model
def test_stream_rates_agree_with_plain_aggregation(full_run):
    _, out = full_run
    rates = stream.stream_rates(out)
    documents = stream.read_partitions(out, "documents").merge(stream.read_partitions(out, "articles"), on="doc_id")
    assert sorted(rates["outlet"].unique()) == sorted(_OUTLETS)
    for row in rates.itertuples(index=False):
        group = documents[documents["outlet"] == row.outlet]
        assert row.n_articles == len(group) and row.n_sentences == group["n_sentences"].sum()
        assert row.count == group[row.feature].sum()
        assert row.articles_with == (group[row.feature] > 0).sum()
        assert row.per_1000_sentences == pytest.approx(1000 * row.count / row.n_sentences)
    with pytest.raises(ValueError, match="by='lean'"):
        stream.stream_rates(out, by="lean")


@pytest.mark.model
@pytest.mark.realdata
def test_text_folder_streams_like_a_folder_load(tmp_path, seed_dir):
    from framing import load_corpus

    out = tmp_path / "out"
    stream.extract_stream(seed_dir, out, chunk_size=1, progress=False)
    expected, report = load_corpus(seed_dir)
    meta = stream.read_partitions(out, "articles")
    pd.testing.assert_frame_equal(meta, expected.drop(columns=["text"]).reset_index(drop=True))
    skipped = stream.read_partitions(out, "skipped")
    assert skipped[["file", "reason"]].values.tolist() == report.skipped[["file", "reason"]].values.tolist()
    assert len(stream.read_partitions(out, "frames")) > 0


@pytest.mark.model
def test_cli_extract_stream_and_compare_stream(tmp_path, parquet_input, full_run):
    from typer.testing import CliRunner

    from framing.cli import app

    _, reference = full_run
    out = tmp_path / "out"
    runner = CliRunner()
    done = runner.invoke(app, ["extract-stream", "--input", parquet_input, "--output", str(out),
                               "--chunk-size", "5", "--no-progress"])
    assert done.exit_code == 0, done.output
    assert "17 articles in 4 partitions: 4 written" in done.output
    for table in stream.TABLES:
        names = sorted(os.listdir(reference / table))
        assert filecmp.cmpfiles(reference / table, out / table, names, shallow=False)[1:] == ([], [])
    refused = runner.invoke(app, ["extract-stream", "--input", parquet_input, "--output", str(out),
                                  "--chunk-size", "6", "--no-progress"])
    assert refused.exit_code == 2 and "parameters.chunk_size" in refused.output
    table = tmp_path / "rates.csv"
    compared = runner.invoke(app, ["compare-stream", str(out), "--out", str(table)])
    assert compared.exit_code == 0, compared.output
    written = pd.read_csv(table)
    expected = stream.stream_rates(out)
    assert written[["outlet", "feature", "count"]].values.tolist() == expected[["outlet", "feature", "count"]].values.tolist()


def test_cli_extract_with_workers_streams_like_extract_stream(tmp_path, parquet_input, full_run):
    """`framing extract --input ... --output DIR --workers N` is the streamed run of extract-stream."""
    from typer.testing import CliRunner

    from framing.cli import app

    _, reference = full_run
    out = tmp_path / "out"
    runner = CliRunner()
    done = runner.invoke(app, ["extract", "--input", parquet_input, "--output", str(out), "--workers", "1",
                               "--chunk-size", "5", "--no-progress"])
    assert done.exit_code == 0, done.output
    for table in stream.TABLES:
        names = sorted(os.listdir(reference / table))
        assert filecmp.cmpfiles(reference / table, out / table, names, shallow=False)[1:] == ([], [])
    both = runner.invoke(app, ["extract", parquet_input, "--input", str(tmp_path), "--output", str(out)])
    assert both.exit_code == 2 and "differ" in both.output
    neither = runner.invoke(app, ["extract", "--output", str(out)])
    assert neither.exit_code == 2 and "no articles given" in neither.output
    docs = runner.invoke(app, ["extract", "--input", parquet_input, "--output", str(out), "--workers", "1",
                               "--documents", str(tmp_path / "d.csv")])
    assert docs.exit_code == 2 and "--documents" in docs.output


def test_partitions_are_plain_parquet(tmp_path):
    # the writer leaves no pandas index column and keeps the column order it is given
    frame = pd.DataFrame({"b": [1, 2], "a": ["x", None]}, index=[5, 6])
    stream._write_parquet(frame, tmp_path / "p.parquet")
    assert pq.read_schema(tmp_path / "p.parquet").names == ["b", "a"]
    pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / "p.parquet"), frame.reset_index(drop=True))
