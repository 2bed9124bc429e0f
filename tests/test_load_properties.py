"""Property-based tests of the loaders: arbitrary bytes in any supported format never crash a load, and every
record read is either loaded or reported as skipped."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from framing.load import load_corpus, parse_text_article

EXTENSIONS = st.sampled_from([".txt", ".csv", ".tsv", ".jsonl", ".json", ".html", ".parquet", ".txt.gz"])
CONTENT = st.one_of(
    st.binary(max_size=400),
    st.text(max_size=400).map(lambda t: t.encode("utf-8")),
    st.text(max_size=200).map(lambda t: ("text,outlet\n" + t).encode("utf-8", "replace")),
    st.text(max_size=200).map(lambda t: ('{"text": "' + t).encode("utf-8", "replace")),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(EXTENSIONS, CONTENT), min_size=1, max_size=4))
def test_any_bytes_any_format_never_crash(files):
    with tempfile.TemporaryDirectory() as folder:
        for i, (ext, data) in enumerate(files):
            (Path(folder) / f"f{i}{ext}").write_bytes(data)
        articles, report = load_corpus(folder)
        assert report.read == report.loaded + len(report.skipped) == len(articles) + len(report.skipped)
        assert report.skipped["reason"].map(lambda r: isinstance(r, str) and len(r) > 5).all()


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=500))
def test_parse_text_article_never_raises(text):
    out = parse_text_article(text)
    assert set(out) == {"section", "headline", "text"} and isinstance(out["text"], str)
