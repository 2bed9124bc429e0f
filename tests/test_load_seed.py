"""The seed article loads exactly as ../shared/seed/README.md says (read at run time, never copied)."""

from __future__ import annotations

import pytest

from framing.load import load_corpus

pytestmark = pytest.mark.realdata


@pytest.fixture(scope="module")
def seed(seed_dir):
    articles, report = load_corpus(seed_dir)
    return articles, report, next(seed_dir.glob("latestly-*.txt")).read_text(encoding="utf-8")


def test_seed_fields(seed):
    articles, report, _raw = seed
    assert report.loaded == 1
    art = articles.iloc[0]
    assert art["outlet"] == "LatestLY"
    assert art["section"] == "World News"
    assert art["headline"] == "Putin Meets with China's Defence Minister in Moscow"
    assert art["dateline"] == "Moscow"
    assert art["published"] != art["published"]  # NaT: the dateline has no year, nothing was supplied
    assert art["wire"] == "AP; PTI"


def test_seed_body(seed):
    articles, report, raw = seed
    text = articles.iloc[0]["text"]
    paragraphs = text.split("\n\n")
    assert len(paragraphs) == 7
    assert paragraphs[0].startswith("Russian President Vladimir Putin met")
    assert not text.startswith("Moscow")
    assert paragraphs[-1].startswith("Li said that") and not paragraphs[-1].endswith("(AP)")
    assert "Get latest articles" not in text and "Also Read" not in text and "above story" not in text
    lede = paragraphs[0]
    assert text.count(lede) == 1 and raw.count(lede) == 2
    # the two direct quotes are intact (verbatim from the raw file)
    quotes = [line for line in raw.splitlines() if "\u201c" in line]
    assert len(quotes) == 2
    assert quotes[0] in text
    assert quotes[1].replace(" (AP)", "") in text
    removed = report.removed
    assert (removed["step"] == "strip_inserts").sum() == 2
    assert removed.loc[removed["step"] == "strip_promo", "removed"].tolist() == [
        "Get latest articles and stories on World at LatestLY."
    ]
    assert removed["removed"].str.startswith("(The above story").sum() == 1
