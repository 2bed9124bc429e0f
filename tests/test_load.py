"""Loading: every format, the metadata sidecar, and bad input reported as skips (never a crash)."""

from __future__ import annotations

import gzip
import json

import pandas as pd
import pytest

from framing.load import load_corpus, parse_text_article
from framing.schema import ARTICLE_COLUMNS, validate_articles

BODY = (
    "Geneva, Mar 3 (MPA) Delegates from twelve countries met on Monday to discuss the ceasefire.\n"
    "Also Read | Unrelated story about the weather\n"
    "The talks will continue for three days, officials said. (MPA)\n"
)


def _write(path, text, encoding="utf-8"):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding) if isinstance(text, str) else text)
    return path


def test_text_folder_with_sidecar(tmp_path):
    _write(tmp_path / "text" / "planet" / "a.txt", "World | Talks open in Geneva\n" + BODY)
    _write(
        tmp_path / "text" / "planet" / "b.txt",
        "Talks close\n\nFirst paragraph of b,\nwrapped.\n\nSecond one.",
    )
    _write(
        tmp_path / "metadata.csv",
        "file,outlet,published,event_id,lean\n"
        "text/planet/a.txt,The Daily Planet,2024-03-03,e1,left\n"
        "text/planet/b.txt,The Daily Planet,03/04/24,e1,left\n"
        "text/planet/missing.txt,The Daily Planet,2024-03-05,e2,left\n",
    )
    articles, report = load_corpus(tmp_path)
    validate_articles(articles)
    assert list(articles.columns[: len(ARTICLE_COLUMNS)]) == list(ARTICLE_COLUMNS)
    assert report.read == 2 and report.loaded == 2 and report.skipped.empty
    a = articles.set_index("source_record", drop=False).iloc[0]
    assert (
        a["outlet"] == "The Daily Planet"
        and a["section"] == "World"
        and a["headline"] == "Talks open in Geneva"
    )
    assert a["dateline"] == "Geneva" and a["wire"] == "MPA" and a["event_id"] == "e1" and a["lean"] == "left"
    assert a["text"] == (
        "Delegates from twelve countries met on Monday to discuss the ceasefire.\n\n"
        "The talks will continue for three days, officials said."
    )
    assert str(a["published"].date()) == "2024-03-03"
    b = articles.iloc[1]
    assert b["headline"] == "Talks close" and b["section"] is None
    assert b["text"] == "First paragraph of b, wrapped.\n\nSecond one."
    assert str(b["published"].date()) == "2024-03-04"
    # the sidecar row for a file that does not exist is reported
    assert "text/planet/missing.txt" in report.problems["value"].tolist()
    assert set(report.removed["step"]) >= {"strip_dateline", "strip_inserts", "strip_closing_tag"}


def test_doc_id_is_stable_and_independent_of_order(tmp_path):
    _write(tmp_path / "a.txt", "A | One\nBody one is here.")
    _write(tmp_path / "b.txt", "B | Two\nBody two is here.")
    first, _ = load_corpus(tmp_path)
    (tmp_path / "c.txt").write_text("C | Three\nBody three.")
    second, _ = load_corpus(tmp_path)
    assert first["doc_id"].tolist() == second["doc_id"].tolist()[:2]
    single, _ = load_corpus(tmp_path / "b.txt")
    assert single["doc_id"].iloc[0] == first["doc_id"].iloc[1]


def test_csv_tsv_jsonl_parquet_with_column_mapping(tmp_path):
    rows = pd.DataFrame(
        {
            "body": ["Moscow, Apr 16 (AP) Putin met Li.", "Plain body two."],
            "source": ["hpo", "Fox News (Online News)"],
            "date": ["2023-04-16", "Apr 16"],
            "title": ["H1", "H2"],
        }
    )
    rows.to_csv(tmp_path / "t.csv", index=False)
    rows.to_csv(tmp_path / "t.tsv", index=False, sep="\t")
    rows.to_parquet(tmp_path / "t.parquet")
    with open(tmp_path / "t.jsonl", "w") as fh:
        for rec in rows.to_dict("records"):
            fh.write(json.dumps(rec) + "\n")
    mapping = {"body": "text", "source": "outlet", "date": "published", "title": "headline"}
    articles, report = load_corpus(tmp_path, columns=mapping)
    assert report.read == 8 and report.loaded == 8
    assert sorted(set(articles["outlet"])) == ["Fox News", "HuffPost"]
    assert set(articles["source_record"]) == {"1", "2"}
    first = articles[articles["source_record"] == "1"]
    assert set(first["dateline"]) == {"Moscow"} and set(first["wire"]) == {"AP"}
    # "Apr 16" has no year: reported, left missing (never guessed)
    assert articles.loc[articles["source_record"] == "2", "published"].isna().all()
    assert (report.problems["field"] == "published").sum() == 4


def test_semicolon_csv_with_bom_and_cp1252(tmp_path):
    _write(tmp_path / "bom.csv", '\ufefftext;outlet\n"Café talks, in Genève.";Reuters\n')
    _write(tmp_path / "win.csv", "text,outlet\n\u201cQuoted\u201d caf\u00e9 news.,AP\n", encoding="cp1252")
    _write(tmp_path / "latin.txt", "World | Caf\u00e9\nNa\u00efve body \u00e0 la carte.", encoding="latin-1")
    articles, report = load_corpus(tmp_path)
    assert report.skipped.empty, report.summary()
    texts = set(articles["text"])
    assert "Café talks, in Genève." in texts and "“Quoted” café news." in texts
    assert "Naïve body à la carte." in texts


def test_bad_input_is_reported_not_raised(tmp_path):
    _write(tmp_path / "empty.txt", "")
    _write(tmp_path / "blank.txt", "  \n\n ")
    _write(tmp_path / "binary.txt", bytes(range(256)) * 4)
    _write(tmp_path / "header_only.txt", "World | Only a headline\n")
    _write(tmp_path / "lines.jsonl", '{"text": "Good line."}\n{"text": "Trunc\n[1, 2]\n')
    _write(tmp_path / "nocol.csv", "body,outlet\nSome text,AP\n")
    _write(tmp_path / "ragged.csv", "text,outlet\nfine row,AP\nbad,row,extra\n")
    _write(tmp_path / "notes.xyz", "whatever")
    _write(tmp_path / "page.html", "<html><body><nav><a href='/'>Home</a></nav><p>Login</p></body></html>")
    _write(tmp_path / "broken.parquet", b"PAR1 not really parquet")
    _write(tmp_path / "big.txt", "World | Big\n" + ("word " * 10_600_000))
    articles, report = load_corpus(tmp_path)
    assert report.read == report.loaded + len(report.skipped)
    assert sorted(articles["text"]) == ["Good line.", "fine row"]
    reasons = {(r.file.rsplit("/", 1)[-1], r.record): r.reason for r in report.skipped.itertuples()}
    assert reasons[("empty.txt", None)].startswith("empty file")
    assert reasons[("blank.txt", None)].startswith("empty file")
    assert reasons[("binary.txt", None)].startswith("binary file")
    assert "no body text" in reasons[("header_only.txt", None)]
    assert "invalid JSON" in reasons[("lines.jsonl", "2")]
    assert "expected an object" in reasons[("lines.jsonl", "3")]
    assert "columns={" in reasons[("nocol.csv", "1")]
    assert "3 fields" in reasons[("ragged.csv", "2")]
    assert "unsupported file type" in reasons[("notes.xyz", None)]
    assert "no article text" in reasons[("page.html", None)]
    assert "Parquet" in reasons[("broken.parquet", None)]
    assert "MB" in reasons[("big.txt", None)]


def test_large_jsonl_streams(tmp_path):
    line = json.dumps({"text": "x" * 5000, "outlet": "AP"}) + "\n"
    path = tmp_path / "big.jsonl.gz"
    with gzip.open(path, "wt") as fh:
        for _ in range(200):
            fh.write(line)
    articles, report = load_corpus(path, clean=False)
    assert report.loaded == 200 and articles["doc_id"].is_unique


def test_errors_name_the_argument(tmp_path):
    with pytest.raises(FileNotFoundError, match="path="):
        load_corpus(tmp_path / "nowhere")
    with pytest.raises(ValueError, match="format='docx'"):
        load_corpus(tmp_path, format="docx")
    with pytest.raises(TypeError, match="columns"):
        load_corpus(tmp_path, columns=["text"])


def test_parse_text_article_without_section():
    out = parse_text_article("Headline only\nPara one.\nPara two.")
    assert out == {"section": None, "headline": "Headline only", "text": "Para one.\n\nPara two."}


def test_outlet_argument_and_glob(tmp_path):
    _write(tmp_path / "x1.txt", "S | H1\nBody one.")
    _write(tmp_path / "x2.txt", "S | H2\nBody two.")
    articles, _ = load_corpus(str(tmp_path / "x*.txt"), outlet="thehuffingtonpost")
    assert articles["outlet"].tolist() == ["HuffPost", "HuffPost"]
    assert articles["outlet_raw"].tolist() == ["thehuffingtonpost", "thehuffingtonpost"]


def test_single_file_load_uses_the_sidecar_above_it(tmp_path):
    _write(tmp_path / "text" / "x" / "a.txt", "World | H\nBody text here.")
    _write(tmp_path / "metadata.csv", "file,outlet,event_id\ntext/x/a.txt,hpo,e9\n")
    for _ in range(2):  # the second load uses the parsed-sidecar cache and must give the same
        articles, report = load_corpus(tmp_path / "text" / "x" / "a.txt")
        assert articles.loc[0, ["outlet", "event_id"]].tolist() == ["HuffPost", "e9"]


def test_sidecar_without_file_column_is_reported(tmp_path):
    _write(tmp_path / "a.txt", "World | H\nBody text here.")
    _write(tmp_path / "metadata.csv", "name,outlet\na.txt,hpo\n")
    articles, report = load_corpus(tmp_path)
    assert articles.loc[0, "outlet"] is None
    assert "no 'file' column" in report.problems["problem"].iloc[0]


def test_report_views(tmp_path):
    _write(tmp_path / "a.txt", "World | H\nAlso Read | x\nBody text here.")
    _write(tmp_path / "b.jsonl", '{"text": "ok", "published": "someday"}\n{"text": \n')
    articles, report = load_corpus(tmp_path)
    frame = report.to_frame()
    assert list(frame.columns) == ["kind", "file", "record", "doc_id", "what", "detail"]
    assert sorted(frame["kind"].unique()) == ["problem", "removed", "skipped"]
    markdown = report.to_markdown()
    assert "## Skipped" in markdown and "## Problems" in markdown and "strip_inserts" in markdown
    _, raw_report = load_corpus(tmp_path, clean=False)
    assert raw_report.removed.empty and raw_report.loaded == report.loaded
