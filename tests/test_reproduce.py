"""Tests of the report runner and the deterministic save helpers (tiny notebooks written in tmp_path)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import jupytext
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from typer.testing import CliRunner  # noqa: E402

from framing import reproduce  # noqa: E402

TINY = '''# %% [markdown]
# # Tiny report

# %% tags=["parameters"]
corpus = "input.txt"
output_dir = "out"
random_state = 1
n_points = 5

# %%
import sys
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from framing.reproduce import save_figure, save_table

rng = np.random.default_rng(random_state)
words = open(corpus, encoding="utf-8").read().split()
table = pd.DataFrame({"word": words[:n_points], "score": rng.random(min(n_points, len(words)))})
save_table(table, "scores", output_dir=output_dir)
fig, ax = plt.subplots()
ax.bar(table["word"], table["score"])
ax.set_title(f"{len(words)} words")
save_figure(fig, "scores", output_dir=output_dir)
print(sys.executable)
print(f"{len(words)} words read")
'''

FAILING = '''# %% tags=["parameters"]
corpus = "input.txt"
output_dir = "out"
random_state = 1

# %%
raise ValueError("this notebook fails on purpose")
'''


def _write_notebook(folder: Path, stem: str, text: str) -> Path:
    nb = jupytext.reads(text, fmt="py:percent")
    nb.metadata["kernelspec"] = {"name": "python3", "language": "python", "display_name": "Python 3"}
    (folder / f"{stem}.py").write_text(text, encoding="utf-8")
    jupytext.write(nb, folder / f"{stem}.ipynb")
    return folder / f"{stem}.ipynb"


@pytest.fixture()
def tiny_project(tmp_path):
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    _write_notebook(notebooks, "01_tiny", TINY)
    corpus = tmp_path / "input.txt"
    corpus.write_text("alpha beta gamma delta epsilon zeta eta theta\n", encoding="utf-8")
    return notebooks, corpus


@pytest.mark.slow
def test_runner_writes_reports_and_manifest_and_is_byte_stable(tiny_project, tmp_path):
    notebooks, corpus = tiny_project
    out1 = tmp_path / "reports"
    m1 = reproduce.run_notebooks(corpus=corpus, output=out1, notebooks_dir=notebooks, progress=False,
                                 parameters={"n_points": 4})
    assert m1["status"] == "ok"
    folder = out1 / "01_tiny"
    names = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
    assert names == ["01_tiny.html", "01_tiny.ipynb", "figures/scores.png", "figures/scores.svg",
                     "tables/scores.csv", "tables/scores.parquet"]
    # the executed notebook ran in this interpreter and saw the injected parameters
    executed = (folder / "01_tiny.ipynb").read_text()
    assert json.dumps(sys.executable)[1:-1] in executed
    assert pd.read_csv(folder / "tables" / "scores.csv").shape == (4, 2)
    html = (folder / "01_tiny.html").read_text()
    assert "Tiny report" in html and "8 words read" in html

    manifest = json.loads((out1 / "manifest.json").read_text())
    assert manifest == m1
    entry = manifest["notebooks"]["01_tiny"]
    assert entry["parameters"]["n_points"] == 4
    assert entry["parameters"]["random_state"] == reproduce.settings.SEED
    assert manifest["seed"] == reproduce.settings.SEED
    assert manifest["inputs"]["n_files"] == 1
    assert manifest["inputs"]["files"] == {"input.txt": reproduce.file_sha256(corpus)}
    assert entry["source"]["py_sha256"] == reproduce.file_sha256(notebooks / "01_tiny.py")
    assert set(entry["outputs"]) == {"figures/scores.png", "figures/scores.svg", "tables/scores.csv",
                                     "tables/scores.parquet"}
    assert manifest["packages"]["pandas"] == pd.__version__
    assert "started_utc" not in (out1 / "manifest.json").read_text()
    assert "01_tiny" in json.loads((out1 / "timings.json").read_text())["seconds"]

    # a second run into the same folder: every file (results, executed notebook, HTML, manifest) byte-identical
    snapshot = {p.relative_to(out1).as_posix(): p.read_bytes() for p in sorted(out1.rglob("*")) if p.is_file()}
    reproduce.run_notebooks(corpus=corpus, output=out1, notebooks_dir=notebooks, progress=False,
                            parameters={"n_points": 4})
    again = {p.relative_to(out1).as_posix(): p.read_bytes() for p in sorted(out1.rglob("*")) if p.is_file()}
    assert set(again) == set(snapshot)
    changed = sorted(name for name in snapshot if snapshot[name] != again[name])
    assert changed == ["timings.json"]


@pytest.mark.slow
def test_failing_notebook_is_reported_and_others_still_run(tiny_project, tmp_path):
    notebooks, corpus = tiny_project
    _write_notebook(notebooks, "02_fails", FAILING)
    out = tmp_path / "reports"
    manifest = reproduce.run_notebooks(corpus=corpus, output=out, notebooks_dir=notebooks, progress=False)
    assert manifest["status"] == "failed"
    assert manifest["notebooks"]["01_tiny"]["status"] == "ok"
    failed = manifest["notebooks"]["02_fails"]
    assert failed["status"] == "failed" and "fails on purpose" in failed["error"]
    assert (out / "02_fails" / "02_fails.ipynb").exists()  # the partial notebook is kept for inspection


def test_run_rejects_bad_arguments(tiny_project, tmp_path):
    notebooks, corpus = tiny_project
    with pytest.raises(ValueError, match="declared by none"):
        reproduce.run_notebooks(corpus=corpus, output=tmp_path / "r", notebooks_dir=notebooks,
                                parameters={"n_bootstrap": 3})
    with pytest.raises(ValueError, match="set by run_notebooks"):
        reproduce.run_notebooks(corpus=corpus, output=tmp_path / "r", notebooks_dir=notebooks,
                                parameters={"corpus": "x"})
    with pytest.raises(ValueError, match="matches no notebook"):
        reproduce.run_notebooks(corpus=corpus, output=tmp_path / "r", notebooks_dir=notebooks, only="99")
    with pytest.raises(FileNotFoundError, match="was not found"):
        reproduce.run_notebooks(corpus=tmp_path / "missing", output=tmp_path / "r", notebooks_dir=notebooks)


def test_out_of_sync_pair_is_refused(tiny_project, tmp_path):
    notebooks, corpus = tiny_project
    py = notebooks / "01_tiny.py"
    py.write_text(py.read_text() + "\n# %%\nprint('edited')\n", encoding="utf-8")
    assert not reproduce.notebook_in_sync(notebooks / "01_tiny.ipynb")
    with pytest.raises(RuntimeError, match="jupytext --sync"):
        reproduce.run_notebooks(corpus=corpus, output=tmp_path / "r", notebooks_dir=notebooks)


def test_notebook_without_parameters_cell_is_refused(tmp_path):
    _write_notebook(tmp_path, "01_bare", "# %%\nx = 1\n")
    with pytest.raises(ValueError, match="no cell tagged 'parameters'"):
        reproduce.notebook_parameters(tmp_path / "01_bare.ipynb")


def test_select_notebooks_by_stem_number_or_name():
    nbs = [Path("01_corpus_audit.ipynb"), Path("02_framing_features.ipynb"), Path("03_topic_models.ipynb")]
    assert [p.stem for p in reproduce.select_notebooks(nbs, None)] == [p.stem for p in nbs]
    assert [p.stem for p in reproduce.select_notebooks(nbs, ["03", "corpus_audit"])] == \
        ["01_corpus_audit", "03_topic_models"]


def _figure():
    fig, ax = plt.subplots(figsize=(3, 2))
    ax.plot([0, 1, 2], [2, 0, 1], label="line")
    ax.legend()
    ax.set_title("Outlet rates")
    return fig


def test_save_figure_is_byte_identical_and_carries_no_date(tmp_path):
    fig = _figure()
    first = reproduce.save_figure(fig, "fig", output_dir=tmp_path / "a")
    plt.close(fig)
    fig = _figure()
    second = reproduce.save_figure(fig.axes[0], "fig", output_dir=tmp_path / "b")  # an Axes works too
    plt.close(fig)
    for fmt in ("png", "svg"):
        assert first[fmt].read_bytes() == second[fmt].read_bytes()
    svg = first["svg"].read_text()
    assert "<dc:date>" not in svg
    assert b"Software" not in first["png"].read_bytes()


def test_save_table_is_byte_identical_with_fixed_floats(tmp_path):
    df = pd.DataFrame({"outlet": ["b", "a"], "rate": [np.pi, 1 / 3], "n": [3, 4],
                       "role": ["China", None], "qualified": [True, None]})
    a = reproduce.save_table(df, "t", output_dir=tmp_path / "a")
    b = reproduce.save_table(df.copy(), "t", output_dir=tmp_path / "b")
    for fmt in ("csv", "parquet"):
        assert a[fmt].read_bytes() == b[fmt].read_bytes()
    assert a["csv"].read_text().splitlines()[1] == "b,3.14159,3,China,True"
    back = pd.read_parquet(a["parquet"])
    assert list(back.columns) == list(df.columns) and back["outlet"].tolist() == ["b", "a"]


def test_save_table_keeps_a_meaningful_index_as_columns(tmp_path):
    df = pd.DataFrame({"rate": [1.0, 2.0]}, index=pd.Index(["x", "y"], name="outlet"))
    paths = reproduce.save_table(df, "t", output_dir=tmp_path, formats=["csv"])
    assert paths["csv"].read_text() == "outlet,rate\nx,1\ny,2\n"
    assert set(paths) == {"csv"}
    # unnamed row labels (left by filtering or sorting) are dropped, not written as an "index" column
    shuffled = pd.DataFrame({"a": [1, 2, 3]}).iloc[[2, 0]]
    assert reproduce.save_table(shuffled, "s", output_dir=tmp_path)["csv"].read_text() == "a\n3\n1\n"


@pytest.mark.parametrize("name", ["", "a/b", ".hidden", None])
def test_save_helpers_reject_bad_names(tmp_path, name):
    with pytest.raises(ValueError, match="name="):
        reproduce.save_table(pd.DataFrame({"a": [1]}), name, output_dir=tmp_path)


def test_save_helpers_reject_bad_objects_and_formats(tmp_path):
    with pytest.raises(TypeError, match="not a pandas DataFrame"):
        reproduce.save_table([1, 2], "t", output_dir=tmp_path)
    with pytest.raises(TypeError, match="not a matplotlib Figure"):
        reproduce.save_figure("fig", "f", output_dir=tmp_path)
    with pytest.raises(ValueError, match="formats="):
        reproduce.save_table(pd.DataFrame({"a": [1]}), "t", output_dir=tmp_path, formats=["xlsx"])


def test_dataset_names_and_paths_are_told_apart(tmp_path, monkeypatch):
    assert reproduce.is_dataset_name("basil")
    assert not reproduce.is_dataset_name("corpus.jsonl")
    assert not reproduce.is_dataset_name(str(tmp_path))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "basil").mkdir()  # an existing folder of that name is a path, not the dataset
    assert not reproduce.is_dataset_name("basil")
    assert reproduce.resolve_corpus("basil") == tmp_path / "basil"


def test_input_hashes_change_with_content(tmp_path):
    folder = tmp_path / "c"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "a.txt").write_text("one", encoding="utf-8")
    (folder / "b.txt").write_text("two", encoding="utf-8")
    first = reproduce.input_hashes(folder)
    assert first["n_files"] == 2 and list(first["files"]) == ["b.txt", "sub/a.txt"]
    assert reproduce.input_hashes(folder) == first
    (folder / "b.txt").write_text("three", encoding="utf-8")
    assert reproduce.input_hashes(folder)["sha256"] != first["sha256"]


def test_cli_reproduce_reports_errors_with_exit_code(tmp_path):
    from framing.cli import app

    result = CliRunner().invoke(app, ["reproduce", "--corpus", str(tmp_path / "missing"), "--no-progress",
                                      "--output", str(tmp_path / "r")])
    assert result.exit_code == 2
    assert "was not found" in result.output
    result = CliRunner().invoke(app, ["reproduce", "--param", "novalue"])
    assert result.exit_code != 0
