"""`framing compare ...` commands over small files written for the test."""

from __future__ import annotations

import pandas as pd
from typer.testing import CliRunner

from framing.cli import app

runner = CliRunner()


def _files(tmp_path):
    articles = pd.DataFrame({"doc_id": list("abcdef"), "outlet": list("XXXYYY"), "event_id": list("pqrpqr"),
                             "published": ["2020-01-01", "2020-02-01", "2020-02-03"] * 2,
                             "text": ["China blamed NATO. Talks stalled.", "Tariff talks. Trade deal.",
                                      "Trade tariff export.", "Missile strike. Troops moved.",
                                      "Troops border missile.", "Strike troops border."]})
    documents = pd.DataFrame({"doc_id": list("abcdef"), "n_sentences": [2, 2, 1, 2, 1, 1],
                              "blame_attribution": [1, 0, 0, 0, 0, 0]})
    frames = pd.DataFrame({"doc_id": ["a"], "feature": ["blame_attribution"], "blamer": ["China"],
                           "blamed": ["NATO"], "polarity": ["asserted"]})
    paths = {}
    for name, table in (("articles", articles), ("documents", documents), ("frames", frames)):
        paths[name] = tmp_path / f"{name}.csv"
        table.to_csv(paths[name], index=False)
    return paths


def test_help_lists_every_command():
    result = runner.invoke(app, ["compare", "--help"])
    assert result.exit_code == 0
    for command in ("rates", "keyness", "topics", "blame"):
        assert command in result.output
        assert runner.invoke(app, ["compare", command, "--help"]).exit_code == 0


def test_rates_keyness_blame_write_tables(tmp_path):
    p = _files(tmp_path)
    out = tmp_path / "rates.csv"
    result = runner.invoke(app, ["compare", "rates", str(p["frames"]), str(p["articles"]), "--documents",
                                 str(p["documents"]), "--n-boot", "50", "--out", str(out)])
    assert result.exit_code == 0, result.output
    rates = pd.read_csv(out)
    assert set(rates["outlet"]) == {"X", "Y"} and set(rates["measure"]) == {"per_1000_sentences", "share_of_articles"}
    result = runner.invoke(app, ["compare", "rates", str(p["frames"]), str(p["articles"]), "--documents",
                                 str(p["documents"]), "--n-boot", "50", "--paired"])
    assert result.exit_code == 0 and "n_events" in result.output
    result = runner.invoke(app, ["compare", "keyness", str(p["articles"]), "--top", "3"])
    assert result.exit_code == 0 and "(rest)" in result.output
    result = runner.invoke(app, ["compare", "blame", str(p["frames"]), str(p["articles"])])
    assert result.exit_code == 0 and "NATO" in result.output


def test_topics_command_writes_tables(tmp_path):
    p = _files(tmp_path)
    result = runner.invoke(app, ["compare", "topics", str(p["articles"]), "--k", "2", "--by", "",
                                 "--out-dir", str(tmp_path / "topics")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "topics" / "topics.csv").exists()


def test_bad_input_gives_a_clear_error(tmp_path):
    p = _files(tmp_path)
    result = runner.invoke(app, ["compare", "rates", str(tmp_path / "nope.csv"), str(p["articles"])])
    assert result.exit_code == 2 and "does not exist" in result.output
    result = runner.invoke(app, ["compare", "rates", str(p["frames"]), str(p["articles"]), "--documents",
                                 str(p["documents"]), "--by", "section"])
    assert result.exit_code == 2 and "section" in result.output
