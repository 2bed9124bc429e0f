"""The notebooks: each .py/.ipynb pair in sync, each starts with a papermill parameters cell, and each runs headless
on the bundled corpus (and the audit, features and comparison notebooks on BASIL)."""

from __future__ import annotations

import ast
import json

import jupytext
import nbformat
import pandas as pd
import pytest

from framing import reproduce

NOTEBOOKS = reproduce.list_notebooks()
EXPECTED = ["01_corpus_audit", "02_framing_features", "03_topic_models", "04_outlet_comparison",
            "05_media_literacy_lesson"]

#: Faster settings for CI; the defaults in the notebooks are what `framing reproduce` uses.
FAST = {"n_boot": 300, "k_grid": [4, 6, 8]}
BASIL_FAST = {"n_boot": 200, "features": ["partner_hierarchy", "neutrality_claim", "blame_attribution"]}


def test_every_planned_notebook_is_present():
    assert [nb.stem for nb in NOTEBOOKS] == EXPECTED


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_pair_is_in_sync(notebook):
    assert reproduce.notebook_in_sync(notebook), (
        f"{notebook.name} differs from its .py twin; run `jupytext --sync {notebook.with_suffix('.py')}`")
    # and the .py is a py:percent file that declares the pairing
    text = notebook.with_suffix(".py").read_text(encoding="utf-8")
    assert "formats: ipynb,py:percent" in text and "# %%" in text


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_first_code_cell_is_the_parameters_cell(notebook):
    nb = nbformat.read(notebook, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert "parameters" in code[0].metadata.get("tags", [])
    assert nb.cells[0].cell_type == "markdown" and nb.cells[0].source.startswith("# ")
    names = {t.id for node in ast.parse(code[0].source).body if isinstance(node, ast.Assign) for t in node.targets}
    assert set(reproduce.COMMON_PARAMETERS) <= names
    params = reproduce.notebook_parameters(notebook)
    assert params["corpus"] == '"../data/corpus"'
    assert params["output_dir"] == f'"../reports/{notebook.stem}"'
    assert params["random_state"] == str(reproduce.settings.SEED)
    # no outputs are stored in the paired notebooks: reports/ holds the executed ones
    assert all(not c.get("outputs") for c in code)
    # the notebooks are thin: they import from framing and define at most small display helpers
    source = jupytext.read(notebook.with_suffix(".py")).cells
    assert any("import framing" in c.source or "from framing" in c.source for c in source)


@pytest.mark.slow
@pytest.mark.model
def test_every_notebook_runs_on_the_bundled_corpus(tmp_path):
    out = tmp_path / "reports"
    manifest = reproduce.run_notebooks(output=out, parameters=FAST, progress=False)
    failed = {k: v.get("error") for k, v in manifest["notebooks"].items() if v["status"] != "ok"}
    assert not failed, failed
    assert list(manifest["notebooks"]) == EXPECTED
    assert manifest["corpus"] == "data/corpus"
    for stem, entry in manifest["notebooks"].items():
        folder = out / stem
        assert (folder / f"{stem}.ipynb").exists() and (folder / f"{stem}.html").exists()
        assert any(name.startswith("tables/") and name.endswith(".csv") for name in entry["outputs"]), stem
        if stem != "05_media_literacy_lesson":
            assert any(name.startswith("figures/") and name.endswith(".svg") for name in entry["outputs"]), stem
    # the lesson renders the highlighted evidence and folds its answers away
    lesson = (out / "05_media_literacy_lesson" / "05_media_literacy_lesson.html").read_text(encoding="utf-8")
    assert "<mark" in lesson and "<details>" in lesson
    # the audit saw every outlet of the bundled corpus and at least one syndication cluster
    audit = out / "01_corpus_audit" / "tables"
    assert len((audit / "outlets.csv").read_text().splitlines()) - 1 >= 5
    assert len((audit / "syndication_clusters.csv").read_text().splitlines()) > 1
    assert json.loads((out / "manifest.json").read_text())["status"] == "ok"
    # the per-outlet differences the bundled corpus was written to contain (data/README.md) are recovered
    planted = pd.read_csv(out / "02_framing_features" / "tables" / "planted_differences.csv")
    assert len(planted) >= 10
    assert planted["holds"].all(), planted.loc[~planted["holds"], ["planted", "observed"]].to_string()


@pytest.mark.slow
@pytest.mark.model
@pytest.mark.realdata
def test_audit_features_and_comparison_run_on_basil(realdata_dir, tmp_path):
    out = tmp_path / "reports"
    manifest = reproduce.run_notebooks(corpus="basil", only=["01", "02", "04"], output=out,
                                       parameters=BASIL_FAST, progress=False)
    failed = {k: v.get("error") for k, v in manifest["notebooks"].items() if v["status"] != "ok"}
    assert not failed, failed
    assert manifest["corpus"] == "basil" and manifest["inputs"]["n_files"] > 300
    outlets = (out / "01_corpus_audit" / "tables" / "outlets.csv").read_text().splitlines()
    assert len(outlets) - 1 == 3  # fox, nyt, hpo after normalising HPO -> hpo
    paired = out / "04_outlet_comparison" / "tables" / "paired_differences.csv"
    assert paired.exists()
