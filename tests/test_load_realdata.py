"""Every dataset in ../shared/realdata loads with the counts its README gives (read at run time, never
copied). Each dataset is loaded once per module."""

from __future__ import annotations

import pandas as pd
import pytest

from framing.load import DATASETS, load_dataset
from framing.schema import validate_articles

pytestmark = pytest.mark.realdata

_CACHE: dict[str, tuple] = {}


@pytest.fixture(scope="module")
def load(realdata_dir):
    def get(name):
        if name not in _CACHE:
            _CACHE[name] = load_dataset(name, realdata_dir / DATASETS[name][1])
        return _CACHE[name]

    return get


def _report_is_consistent(articles, report):
    validate_articles(articles)
    assert report.loaded == len(articles)
    assert report.read == report.loaded + len(report.skipped)
    assert articles["doc_id"].is_unique


def test_basil(load):
    articles, report = load("basil")
    _report_is_consistent(articles, report)
    assert len(articles) == 300 and report.skipped.empty
    assert articles["outlet"].value_counts().to_dict() == {
        "Fox News": 100,
        "HuffPost": 100,
        "New York Times": 100,
    }
    assert articles["event_id"].nunique() == 100
    assert (articles.groupby("event_id")["outlet"].nunique() == 3).all()
    # upper-case raw labels (12 files) are normalised with the rest
    assert (articles["outlet_raw"].str.isupper()).sum() == 12
    assert str(articles["published"].min().date()) == "2010-02-20"
    assert str(articles["published"].max().date()) == "2019-03-28"
    assert articles.groupby("outlet")["lean"].first().to_dict() == {
        "Fox News": "right",
        "HuffPost": "left",
        "New York Times": "center",
    }


def test_polnear(load):
    articles, report = load("polnear")
    _report_is_consistent(articles, report)
    assert len(articles) == 1008
    counts = articles["outlet"].value_counts()
    assert len(counts) == 7 and (counts == 144).all()
    assert articles["split"].value_counts().to_dict() == {"train": 840, "dev": 84, "test": 84}
    assert str(articles["published"].min().date()) == "2015-11-08"
    assert str(articles["published"].max().date()) == "2016-11-07"
    wires = set(articles["wire"].dropna())
    assert wires <= {"AP", "AFP", "UPI", "Reuters"} and {"AP", "AFP", "UPI", "Reuters"} <= wires


def test_allsides_neus(load):
    articles, report = load("allsides_neus")
    _report_is_consistent(articles, report)
    assert len(articles) == 1479
    assert articles["outlet_raw"].nunique() == 145
    sizes = articles.groupby("event_id").size()
    assert (sizes == 3).sum() == 469
    # the story without any outlet article is reported, not silently dropped
    assert len(sizes) + len(report.problems) == 506
    assert set(articles["lean"]) == {"left", "center", "right"}
    assert str(articles["published"].min().date()) == "2021-04-22"
    assert str(articles["published"].max().date()) == "2021-10-18"


def test_allsides_baly2020(load):
    articles, report = load("allsides_baly2020")
    _report_is_consistent(articles, report)
    assert len(articles) == 2180
    assert articles["event_id"].nunique() == 450
    assert articles["outlet_raw"].nunique() == 118
    assert (articles.groupby("event_id")["lean"].nunique() == 3).all()
    assert str(articles["published"].min().date()) == "2012-06-20"
    assert str(articles["published"].max().date()) == "2020-07-18"
    # the headline repeated as the first paragraph (newspaper3k output) is gone
    first = articles["text"].str.split("\n\n").str[0]
    assert (first == articles["headline"]).sum() == 0


def test_allsides_baly2020_metadata_dates(realdata_dir):
    from framing.load.allsides_baly2020 import load_metadata

    meta, report = load_metadata(realdata_dir / "allsides_baly2020")
    assert len(meta) == 37554 and meta["outlet_raw"].nunique() == 491
    assert meta["lean"].value_counts().to_dict() == {"right": 13734, "left": 13005, "center": 10815}
    # 4,407 empty dates stay missing; the M/D/YY fragments parse; impossible years are reported, not guessed
    assert meta["published"].isna().sum() == 4407 + len(report.problems)
    assert report.problems["value"].tolist() == ["0001-11-30", "0001-11-30"]
    assert meta["published"].dropna().dt.year.between(2012, 2020).mean() > 0.95


def test_narrative_framing_climate(load):
    articles, report = load("narrative_framing_climate")
    _report_is_consistent(articles, report)
    assert len(articles) == 428
    assert articles["outlet_raw"].nunique() == 63
    assert articles["outlet"].nunique() < 40
    raw_to_outlet = dict(zip(articles["outlet_raw"], articles["outlet"]))
    assert raw_to_outlet["thehuffingtonpost"] == raw_to_outlet["The Huffington Post"] == "HuffPost"
    assert raw_to_outlet["rt"] == raw_to_outlet["RT"]
    assert articles["lean"].value_counts().to_dict() == {
        "left": 132,
        "left-center": 108,
        "right": 114,
        "questionable": 74,
    }
    assert {f: int(articles[f].sum()) for f in ("CO", "RE", "EC", "HI", "MO")} == {
        "CO": 268,
        "RE": 191,
        "EC": 127,
        "HI": 49,
        "MO": 44,
    }
    assert str(articles["published"].min().date()) == "2017-04-02"
    assert str(articles["published"].max().date()) == "2019-12-24"


def test_semeval(load):
    articles, report = load("semeval2023_task3_en")
    _report_is_consistent(articles, report)
    assert articles["split"].value_counts().to_dict() == {"train": 453, "dev": 83}
    assert articles["genre"].value_counts().to_dict() == {"opinion": 382, "reporting": 41, "satire": 10}
    frames = articles["frames"].dropna().str.split(",").explode().value_counts()
    assert frames["Political"] == 235 and frames["Crime_and_punishment"] == 227
    assert articles["outlet"].isna().all() and articles["headline"].notna().all()


def test_china_state_media_headlines(load):
    articles, report = load("china_state_media_headlines")
    _report_is_consistent(articles, report)
    assert len(articles) == 39247
    table = articles.groupby(["outlet", "section"]).size().to_dict()
    assert table == {
        ("CGTN", "CHINA"): 5083,
        ("CGTN", "WORLD"): 9727,
        ("Xinhua", "CHINA"): 4930,
        ("Xinhua", "WORLD"): 5576,
        ("Global Times", "CHINA"): 3578,
        ("Global Times", "WORLD"): 2267,
        ("China Daily", "CHINA"): 2420,
        ("China Daily", "WORLD"): 2139,
        ("BBC News", "WORLD"): 1523,
        ("BBC News", "UK"): 2004,
    }
    # five timestamp formats, all parsed
    assert report.problems.empty and articles["published"].notna().all()
    assert (articles["text"] == articles["headline"]).all()


def test_babe(load):
    articles, report = load("babe_mbic")
    _report_is_consistent(articles, report)
    assert articles["group"].value_counts().to_dict() == {"SG2": 3674, "SG1": 1700}
    sg2 = articles[articles["group"] == "SG2"]
    counts = sg2["outlet"].value_counts()
    assert counts["Breitbart"] == 943 and counts["Alternet"] == 773 and counts["Reuters"] == 761
    assert sg2["label_bias"].value_counts()[["Biased", "Non-biased"]].tolist() == [1810, 1863]
    assert sg2["topic"].nunique() == 23
    # SG1's lower-case labels land on the same outlets as SG2's
    assert set(articles.loc[articles["group"] == "SG1", "outlet"]) <= set(counts.index)


def test_ukraine_news_bias(load):
    articles, report = load("ukraine_news_bias")
    _report_is_consistent(articles, report)
    assert len(articles) == 90 and articles["n_sentences"].sum() == 2057


def test_loads_are_deterministic(load, realdata_dir):
    first, _ = load("basil")
    again, _ = load_dataset("basil", realdata_dir / "basil")
    pd.testing.assert_frame_equal(first, again)


def test_dataset_path_errors(realdata_dir, tmp_path):
    with pytest.raises(FileNotFoundError, match="does not hold the 'basil' dataset"):
        load_dataset("basil", tmp_path)
    with pytest.raises(ValueError, match="name='bsil'"):
        load_dataset("bsil")
    # the real-data root itself is accepted: the dataset's folder inside it is used
    articles, _ = load_dataset("ukraine_news_bias", realdata_dir)
    assert len(articles) == 90
