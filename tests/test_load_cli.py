"""The corpus commands: framing load / load-dataset / audit."""

from __future__ import annotations

import pandas as pd
from typer.testing import CliRunner

from framing.cli import app

runner = CliRunner()


def _corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("World | Talks open\nGeneva, Mar 3 (MPA) Delegates met on Monday.\n(MPA)")
    (folder / "b.csv").write_text("body,source,date\nPlain body text.,hpo,2024-03-05\n")
    (folder / "empty.txt").write_text("")
    return folder


def test_help_lists_the_commands():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("load", "load-dataset", "audit"):
        assert command in result.output
    assert runner.invoke(app, ["load", "--help"]).exit_code == 0


def test_load_writes_table_and_report(tmp_path):
    folder = _corpus(tmp_path)
    out, rep = tmp_path / "out.parquet", tmp_path / "report.md"
    result = runner.invoke(
        app,
        [
            "load",
            str(folder),
            "-o",
            str(out),
            "-r",
            str(rep),
            "-c",
            "body=text",
            "-c",
            "source=outlet",
            "-c",
            "date=published",
        ],
    )
    assert result.exit_code == 0, result.output
    table = pd.read_parquet(out)
    assert sorted(table["outlet"].dropna()) == ["HuffPost"] and len(table) == 2
    assert table.loc[table["dateline"].notna(), "wire"].tolist() == ["MPA"]
    text = rep.read_text()
    assert "# Load report" in text and "empty.txt" in text and "empty file" in text
    csv_out = tmp_path / "out.csv"
    assert (
        runner.invoke(app, ["load", str(folder), "-q", "-o", str(csv_out), "-c", "body=text"]).exit_code == 0
    )
    first = csv_out.read_bytes()
    runner.invoke(app, ["load", str(folder), "-q", "-o", str(csv_out), "-c", "body=text"])
    assert csv_out.read_bytes() == first  # same input, byte-identical output


def test_errors_are_messages_not_tracebacks(tmp_path):
    result = runner.invoke(app, ["load", str(tmp_path / "nope")])
    assert result.exit_code == 2 and "path=" in result.output
    result = runner.invoke(app, ["load", str(tmp_path), "-c", "nonsense"])
    assert result.exit_code != 0 and "SOURCE=CANONICAL" in result.output


def test_audit(tmp_path):
    result = runner.invoke(app, ["audit", str(_corpus(tmp_path))])
    assert result.exit_code == 0, result.output
    assert "articles: 1" in result.output and "syndication:" in result.output
