"""Run every notebook headless into ``reports/``, with a manifest, and save result files deterministically.

This is the last stage of the flow: the notebooks in ``notebooks/`` hold the analysis (thin, calling ``framing``),
and :func:`run_notebooks` executes them with papermill into ``reports/<notebook>/`` (executed ``.ipynb``, HTML,
``figures/`` as PNG and SVG, ``tables/`` as CSV and Parquet) and writes ``reports/manifest.json`` (package
versions, parameters, input hashes, seed, notebook and output hashes). Wall-clock times go to a separate
``reports/timings.json`` so that the manifest itself is byte-stable.

Notebooks save their results with :func:`save_figure` and :func:`save_table`, which write byte-identical files
for the same figure or table: SVG with a fixed ``svg.hashsalt`` and no date, PNG without software/time metadata,
CSV with a fixed float format and ``\\n`` line ends, Parquet with fixed compression and no row index.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator, Mapping, Sequence

from framing import settings

#: Folder holding the paired notebooks (``NN_name.py`` in py:percent format + ``NN_name.ipynb``).
NOTEBOOKS_DIR = settings.REPO_ROOT / "notebooks"

#: The bundled corpus, the default input of every notebook.
DEFAULT_CORPUS = settings.REPO_ROOT / "data" / "corpus"

#: Kernel name written in the notebooks; at run time it is bound to the running interpreter (see `_kernelspec`).
KERNEL_NAME = "python3"

#: Float format of every CSV written by :func:`save_table` (enough digits for rates, z-scores and shares).
FLOAT_FORMAT = "%.6g"

#: Salt for matplotlib's SVG element ids; fixed so that the same figure gives the same SVG bytes.
SVG_HASHSALT = "framing"

#: Parameters every notebook declares in its ``parameters`` cell.
COMMON_PARAMETERS = ("corpus", "output_dir", "random_state")

#: Distributions whose versions are recorded in the manifest (missing ones are recorded as ``null``).
RECORDED_PACKAGES = (
    "framing", "numpy", "pandas", "pyarrow", "scipy", "scikit-learn", "spacy", "textacy", "datasketch",
    "trafilatura", "matplotlib", "papermill", "nbclient", "nbconvert", "ipykernel", "jupytext", "tqdm",
)

#: Environment of the notebook kernels: hash seed fixed, progress bars off (they would print times into the
#: executed notebooks), the inline matplotlib backend.
KERNEL_ENV = {
    "PYTHONHASHSEED": "0",
    "TQDM_DISABLE": "1",
    "MPLBACKEND": "module://matplotlib_inline.backend_inline",
}

_FIGURE_FORMATS = ("png", "svg")
_TABLE_FORMATS = ("csv", "parquet")


# --------------------------------------------------------------------------------------------------------------
# helpers the notebooks call
# --------------------------------------------------------------------------------------------------------------

def _check_name(name: str) -> str:
    if not isinstance(name, str) or not name or any(c in name for c in "/\\") or name.startswith("."):
        raise ValueError(
            f"name={name!r} is invalid; expected a plain file stem such as 'rates_by_outlet' "
            "(no folders, no leading dot, no extension needed)"
        )
    return name


def _check_formats(formats: Sequence[str], allowed: tuple[str, ...], argument: str) -> tuple[str, ...]:
    formats = tuple(formats)
    bad = [f for f in formats if f not in allowed]
    if bad or not formats:
        raise ValueError(f"{argument}={formats!r} is invalid; expected one or more of {allowed}")
    return formats


def save_figure(
    fig: Any,
    name: str,
    *,
    output_dir: str | os.PathLike,
    formats: Sequence[str] = _FIGURE_FORMATS,
    dpi: int = 150,
) -> dict[str, Path]:
    """Save a matplotlib figure as ``<output_dir>/figures/<name>.png`` and ``.svg``, byte for byte reproducibly.

    The PNG carries no ``Software`` entry and no time; the SVG no ``Date`` and element ids derived from a fixed
    salt, so saving the same figure twice (or in another run) gives identical files.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
        The figure (an ``Axes`` is accepted too; its figure is saved).
    name : str
        File stem, e.g. ``"rates_by_outlet"``.
    output_dir : path
        The notebook's report folder (its ``output_dir`` parameter).
    formats : sequence of {"png", "svg"}
        Which files to write.
    dpi : int
        Resolution of the PNG.

    Returns
    -------
    dict
        Format -> path written.

    Examples
    --------
    >>> import tempfile, matplotlib
    >>> matplotlib.use("Agg")
    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> _ = ax.plot([0, 1], [1, 0])
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     paths = save_figure(fig, "line", output_dir=tmp)
    ...     sorted(p.name for p in paths.values())
    ['line.png', 'line.svg']
    >>> plt.close(fig)
    """
    import matplotlib

    name = _check_name(name)
    formats = _check_formats(formats, _FIGURE_FORMATS, "formats")
    figure = getattr(fig, "figure", None) if not hasattr(fig, "savefig") else fig
    if figure is None or not hasattr(figure, "savefig"):
        raise TypeError(f"fig={type(fig).__name__} is not a matplotlib Figure or Axes; pass the figure to save")
    folder = Path(output_dir) / "figures"
    folder.mkdir(parents=True, exist_ok=True)
    written: dict[str, Path] = {}
    with matplotlib.rc_context({"svg.hashsalt": SVG_HASHSALT, "svg.fonttype": "path"}):
        for fmt in formats:
            path = folder / f"{name}.{fmt}"
            metadata = {"Date": None} if fmt == "svg" else {"Software": None}
            figure.savefig(path, format=fmt, dpi=dpi, bbox_inches="tight", metadata=metadata)
            written[fmt] = path
    return written


def save_table(
    table: Any,
    name: str,
    *,
    output_dir: str | os.PathLike,
    formats: Sequence[str] = _TABLE_FORMATS,
    float_format: str = FLOAT_FORMAT,
) -> dict[str, Path]:
    """Save a DataFrame as ``<output_dir>/tables/<name>.csv`` and ``.parquet``, byte for byte reproducibly.

    Row order is kept as given (result tables from ``framing`` already have a stable order). A named index (e.g.
    ``outlet``) is turned into columns first, so both files hold the same table; unnamed row labels are dropped. The
    CSV uses ``float_format`` and ``\\n`` line ends; the Parquet file is written by pyarrow without the index and
    with snappy compression, which is deterministic for the same table and library versions.

    Parameters
    ----------
    table : pandas.DataFrame
        The result table.
    name : str
        File stem, e.g. ``"rates_by_outlet"``.
    output_dir : path
        The notebook's report folder (its ``output_dir`` parameter).
    formats : sequence of {"csv", "parquet"}
        Which files to write.
    float_format : str
        printf-style format of floats in the CSV.

    Returns
    -------
    dict
        Format -> path written.

    Examples
    --------
    >>> import tempfile, pandas as pd
    >>> df = pd.DataFrame({"outlet": ["a", "b"], "rate": [1 / 3, 2.0]})
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     paths = save_table(df, "rates", output_dir=tmp)
    ...     print(paths["csv"].read_text())
    outlet,rate
    a,0.333333
    b,2
    <BLANKLINE>
    """
    import pandas as pd

    name = _check_name(name)
    formats = _check_formats(formats, _TABLE_FORMATS, "formats")
    if isinstance(table, pd.Series):
        table = table.to_frame()
    if not isinstance(table, pd.DataFrame):
        raise TypeError(f"table={type(table).__name__} is not a pandas DataFrame; pass the result table")
    # a named index carries meaning (e.g. outlet) and becomes columns; unnamed row labels are dropped
    named = any(name is not None for name in table.index.names)
    frame = table.reset_index(drop=not named)
    frame.columns = [str(c) for c in frame.columns]
    folder = Path(output_dir) / "tables"
    folder.mkdir(parents=True, exist_ok=True)
    written: dict[str, Path] = {}
    if "csv" in formats:
        path = folder / f"{name}.csv"
        frame.to_csv(path, index=False, float_format=float_format, lineterminator="\n", encoding="utf-8")
        written["csv"] = path
    if "parquet" in formats:
        path = folder / f"{name}.parquet"
        parquet_frame = frame.copy()
        parquet_frame.attrs = {}  # attrs go into the file's metadata; keep only the table itself
        for column in parquet_frame.columns:
            # mixed-type object columns (e.g. None + str + bool roles) cannot be typed by pyarrow; store as text
            if parquet_frame[column].dtype == object:
                kinds = {type(v) for v in parquet_frame[column].dropna()}
                if len(kinds) > 1:
                    parquet_frame[column] = parquet_frame[column].map(lambda v: None if _isna(v) else str(v))
        parquet_frame.to_parquet(path, index=False, engine="pyarrow", compression="snappy")
        written["parquet"] = path
    return written


def figure_grid(n_panels: int, *, ncols: int = 2, panel_size: tuple[float, float] = (5.5, 3.8)) -> tuple[Any, list]:
    """A figure with ``n_panels`` axes in a grid (unused cells hidden), for one ``framing.plots`` panel per group.

    Returns
    -------
    (Figure, list of Axes)

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> fig, axes = figure_grid(3)
    >>> len(axes), sum(ax.get_visible() for ax in fig.axes)
    (3, 3)
    """
    import matplotlib.pyplot as plt

    if not isinstance(n_panels, int) or n_panels < 1:
        raise ValueError(f"n_panels={n_panels!r} is invalid; expected a positive int")
    ncols = max(1, min(int(ncols), n_panels))
    nrows = -(-n_panels // ncols)
    fig, grid = plt.subplots(nrows, ncols, figsize=(panel_size[0] * ncols, panel_size[1] * nrows),
                             layout="constrained", squeeze=False)
    cells = list(grid.flat)
    for ax in cells[n_panels:]:
        ax.set_visible(False)
    return fig, cells[:n_panels]


def _isna(value: Any) -> bool:
    try:
        return bool(value != value) or value is None  # NaN is the only value unequal to itself
    except (TypeError, ValueError):
        return False


def is_dataset_name(corpus: str | os.PathLike) -> bool:
    """Whether ``corpus`` names a dataset for ``load_dataset`` (e.g. ``"basil"``) rather than a path.

    A plain word (letters, digits, ``_`` or ``-``; no folder separator, no file suffix) that is not an existing
    path is taken as a dataset name.

    Examples
    --------
    >>> is_dataset_name("basil"), is_dataset_name("../data/corpus"), is_dataset_name("articles.csv")
    (True, False, False)
    """
    text = os.fspath(corpus)
    if not text or any(sep in text for sep in ("/", "\\", os.sep)) or "." in text:
        return False
    if Path(text).exists():
        return False
    return all(ch.isalnum() or ch in "_-" for ch in text)


def resolve_corpus(corpus: str | os.PathLike) -> str | Path:
    """Return a dataset name unchanged, or the absolute path of a corpus path.

    A relative path is read against the working directory first and, when nothing is there, against the
    ``notebooks/`` folder (the notebooks' default ``"../data/corpus"`` then works from any working directory).

    Raises
    ------
    FileNotFoundError
        When the path exists in neither place.

    Examples
    --------
    >>> resolve_corpus("basil")
    'basil'
    >>> resolve_corpus("../data/corpus") == DEFAULT_CORPUS
    True
    """
    if is_dataset_name(corpus):
        return os.fspath(corpus)
    path = Path(corpus).expanduser()
    if path.is_absolute():
        candidates = [path]
    else:
        candidates = [Path.cwd() / path, NOTEBOOKS_DIR / path]
    for candidate in candidates:
        if candidate.exists() or any(Path(candidate.parent).glob(candidate.name)):
            return candidate.resolve()
    raise FileNotFoundError(
        f"corpus={os.fspath(corpus)!r} was not found (looked at {', '.join(str(c) for c in candidates)}); "
        "pass an existing file, folder or glob, or a dataset name such as 'basil'"
    )


def load_input(corpus: str | os.PathLike, **kwargs: Any) -> Any:
    """Load the notebooks' ``corpus`` parameter: ``load_dataset(name)`` for a dataset name, else ``load_corpus``.

    Keyword arguments go to the loader. Returns the loader's ``LoadResult`` (``articles, report``).
    """
    from framing import load as load_module

    target = resolve_corpus(corpus)
    if isinstance(target, Path):
        return load_module.load_corpus(target, **kwargs)
    return load_module.load_dataset(target, **kwargs)


def corpus_label(corpus: str | os.PathLike) -> str:
    """A short, machine-independent label of a corpus for titles and the manifest.

    Dataset names stay as they are; a path inside the repository is given relative to it, any other path as is.

    Examples
    --------
    >>> corpus_label("basil"), corpus_label(DEFAULT_CORPUS)
    ('basil', 'data/corpus')
    """
    target = resolve_corpus(corpus)
    if isinstance(target, Path):
        try:
            return target.relative_to(settings.REPO_ROOT).as_posix()
        except ValueError:
            return target.as_posix()
    return target


# --------------------------------------------------------------------------------------------------------------
# hashing and the manifest
# --------------------------------------------------------------------------------------------------------------

def file_sha256(path: str | os.PathLike) -> str:
    """SHA-256 of a file's bytes, as hex."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


#: Above this many files an input is recorded by its combined hash and file count only.
MAX_LISTED_INPUT_FILES = 5000


def input_hashes(corpus: str | os.PathLike) -> dict[str, Any]:
    """Hashes of the files a corpus is read from: per file (sorted relative paths) and one combined hash.

    A dataset name is hashed in its folder under ``framing.settings.realdata_dir()``.
    """
    target = resolve_corpus(corpus)
    root = target if isinstance(target, Path) else settings.realdata_dir() / target
    if root.is_file():
        files = [root]
        base = root.parent
    elif root.is_dir():
        files = sorted(p for p in root.rglob("*") if p.is_file() and not p.name.startswith("."))
        base = root
    else:
        matches = sorted(Path(root.parent).glob(root.name)) if not isinstance(target, str) else []
        files = [p for p in matches if p.is_file()]
        base = root.parent
    per_file = {p.relative_to(base).as_posix(): file_sha256(p) for p in files}
    combined = hashlib.sha256()
    for rel, digest in sorted(per_file.items()):
        combined.update(f"{rel}\t{digest}\n".encode())
    result: dict[str, Any] = {"corpus": corpus_label(corpus), "n_files": len(per_file),
                              "sha256": combined.hexdigest()}
    if len(per_file) <= MAX_LISTED_INPUT_FILES:
        result["files"] = per_file
    return result


def package_versions(packages: Sequence[str] = RECORDED_PACKAGES) -> dict[str, str | None]:
    """Installed versions of ``packages`` and of the configured spaCy model (``None`` when not installed)."""
    versions: dict[str, str | None] = {}
    for name in packages:
        try:
            versions[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            versions[name] = None
    try:
        model = settings.model_name()
    except RuntimeError:
        model = None
    if model:
        for candidate in (model, model.replace("_", "-")):
            try:
                versions[f"spacy-model:{model}"] = importlib.metadata.version(candidate)
                break
            except importlib.metadata.PackageNotFoundError:
                versions[f"spacy-model:{model}"] = None
    return versions


def _git_state() -> dict[str, Any]:
    try:
        commit = subprocess.run(["git", "rev-parse", "HEAD"], cwd=settings.REPO_ROOT, capture_output=True,
                                text=True, timeout=20, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=settings.REPO_ROOT,
                               capture_output=True, text=True, timeout=20, check=True).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return {"commit": None, "dirty": None}
    return {"commit": commit, "dirty": bool(dirty)}


def _write_json(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------------------------------------------
# the runner
# --------------------------------------------------------------------------------------------------------------

def list_notebooks(notebooks_dir: str | os.PathLike | None = None) -> list[Path]:
    """The runnable notebooks: every ``*.ipynb`` in the folder (sorted by name), each paired with a ``.py``.

    Raises
    ------
    FileNotFoundError
        When the folder holds no notebook, or a notebook lacks its ``py:percent`` twin.
    """
    folder = Path(notebooks_dir) if notebooks_dir is not None else NOTEBOOKS_DIR
    notebooks = sorted(folder.glob("*.ipynb"))
    if not notebooks:
        raise FileNotFoundError(f"notebooks_dir={os.fspath(folder)!r} holds no .ipynb notebook")
    missing = [nb.name for nb in notebooks if not nb.with_suffix(".py").exists()]
    if missing:
        raise FileNotFoundError(
            f"notebooks without their py:percent twin in {folder}: {', '.join(missing)}; "
            "create it with `jupytext --set-formats ipynb,py:percent <notebook>.ipynb`"
        )
    return notebooks


def select_notebooks(notebooks: Sequence[Path], only: Sequence[str] | str | None) -> list[Path]:
    """Keep the notebooks named in ``only`` (full stem ``01_corpus_audit``, its number ``01`` or its name).

    Examples
    --------
    >>> nbs = [Path("01_corpus_audit.ipynb"), Path("02_framing_features.ipynb")]
    >>> [p.stem for p in select_notebooks(nbs, "framing_features")]
    ['02_framing_features']
    """
    if only is None or (not isinstance(only, str) and len(only) == 0):
        return list(notebooks)
    wanted = [only] if isinstance(only, str) else list(only)
    chosen: list[Path] = []
    for key in wanted:
        matches = [nb for nb in notebooks
                   if key in (nb.stem, nb.stem.split("_", 1)[0], nb.stem.split("_", 1)[-1])]
        if not matches:
            raise ValueError(f"only={key!r} matches no notebook; expected one of {[nb.stem for nb in notebooks]}")
        chosen.extend(m for m in matches if m not in chosen)
    return sorted(chosen)


def notebook_in_sync(notebook: str | os.PathLike) -> bool:
    """Whether a notebook's ``.ipynb`` and its ``py:percent`` twin hold the same cells (type and source)."""
    import jupytext
    import nbformat

    ipynb = Path(notebook).with_suffix(".ipynb")
    script = Path(notebook).with_suffix(".py")
    from_py = jupytext.read(script, fmt="py:percent")
    from_nb = nbformat.read(ipynb, as_version=4)

    def cells(nb: Any) -> list[tuple[str, str, tuple[str, ...]]]:
        return [(c.cell_type, c.source.strip(), tuple(c.metadata.get("tags", ()))) for c in nb.cells]

    return cells(from_py) == cells(from_nb)


def notebook_parameters(notebook: str | os.PathLike) -> dict[str, Any]:
    """Names and default values of a notebook's ``parameters`` cell (via papermill's inspector).

    Raises
    ------
    ValueError
        When the notebook has no cell tagged ``parameters``.
    """
    import nbformat
    import papermill

    path = Path(notebook).with_suffix(".ipynb")
    nb = nbformat.read(path, as_version=4)
    if not any("parameters" in c.metadata.get("tags", ()) for c in nb.cells):
        raise ValueError(f"notebook={os.fspath(notebook)!r} has no cell tagged 'parameters'; tag its first code cell")
    inferred = papermill.inspect_notebook(str(path))
    return {name: info["default"] for name, info in inferred.items()}


@contextmanager
def _kernelspec(kernel_name: str = KERNEL_NAME) -> Iterator[Path]:
    """Bind ``kernel_name`` to the running interpreter for the duration of a run.

    A kernelspec pointing at ``sys.executable`` (with :data:`KERNEL_ENV`) is written to a temporary folder put
    first on ``JUPYTER_PATH``, so the notebooks run in this environment whatever other ``python3`` kernels a
    user has installed.
    """
    with tempfile.TemporaryDirectory(prefix="framing-kernel-") as tmp:
        folder = Path(tmp) / "kernels" / kernel_name
        folder.mkdir(parents=True)
        spec = {
            # log_level: keep the kernel's start-up warnings (e.g. "running over TCP without encryption") off the
            # console; errors still show, and cell errors are reported by papermill
            "argv": [sys.executable, "-m", "ipykernel_launcher", "--IPKernelApp.log_level=ERROR", "-f",
                     "{connection_file}"],
            "display_name": f"Python 3 (framing, {sys.executable})",
            "language": "python",
            "env": KERNEL_ENV,
        }
        _write_json(folder / "kernel.json", spec)
        previous = os.environ.get("JUPYTER_PATH")
        os.environ["JUPYTER_PATH"] = tmp + (os.pathsep + previous if previous else "")
        try:
            yield folder
        finally:
            if previous is None:
                os.environ.pop("JUPYTER_PATH", None)
            else:
                os.environ["JUPYTER_PATH"] = previous


def _strip_volatile(nb: Any, *, repo_relative: Mapping[str, str]) -> None:
    """Remove wall-clock times and random cell ids from an executed notebook so that it is byte-stable across runs."""
    meta = nb.metadata.get("papermill", {})
    for key in ("start_time", "end_time", "duration"):
        meta.pop(key, None)
    for key in ("input_path", "output_path"):
        if key in meta:
            meta[key] = repo_relative.get(key, meta[key])
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
        if "injected-parameters" in cell.metadata.get("tags", ()):
            cell["id"] = "injected-parameters"  # papermill gives the cell a random id
        cell_meta = cell.metadata.get("papermill")
        if cell_meta:
            for key in ("start_time", "end_time", "duration"):
                cell_meta.pop(key, None)


def _to_html(nb: Any) -> str:
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="lab")
    body, _ = exporter.from_notebook_node(nb)
    return body


def _relative(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def _clear_outputs(folder: Path, stem: str) -> None:
    for sub in ("figures", "tables"):
        if (folder / sub).is_dir():
            shutil.rmtree(folder / sub)
    for suffix in (".ipynb", ".html"):
        (folder / f"{stem}{suffix}").unlink(missing_ok=True)


def run_notebooks(
    *,
    corpus: str | os.PathLike | None = None,
    only: Sequence[str] | str | None = None,
    output: str | os.PathLike = "reports",
    parameters: Mapping[str, Any] | None = None,
    notebooks_dir: str | os.PathLike | None = None,
    random_state: int = settings.SEED,
    progress: bool = True,
    start_timeout: int = 120,
) -> dict[str, Any]:
    """Execute the notebooks headless into ``<output>/<notebook>/`` and write ``<output>/manifest.json``.

    Each notebook gets ``corpus``, ``output_dir`` (its report folder, absolute), ``random_state`` and those of
    ``parameters`` that its ``parameters`` cell declares. A failing notebook does not stop the others: its
    partly executed notebook is still written, and the manifest marks it ``"failed"`` with the error.

    Parameters
    ----------
    corpus : path or dataset name, optional
        What the notebooks analyse; default the bundled corpus (``data/corpus``).
    only : str or list of str, optional
        Run only these notebooks (stem ``01_corpus_audit``, number ``01`` or name ``corpus_audit``).
    output : path
        Report root (created).
    parameters : mapping, optional
        Extra notebook parameters, e.g. ``{"n_boot": 200, "k_grid": [4, 6]}``; each goes to the notebooks that
        declare it. A name no selected notebook declares is an error.
    notebooks_dir : path, optional
        Folder of the notebooks (default ``notebooks/`` of the repository).
    random_state : int
        Seed passed to every notebook.
    progress : bool
        Show a tqdm progress bar over the notebooks.
    start_timeout : int
        Seconds to wait for a kernel to start.

    Returns
    -------
    dict
        The manifest (also written to ``<output>/manifest.json``); wall-clock times go to
        ``<output>/timings.json``.
    """
    import nbformat
    import papermill
    from tqdm.auto import tqdm

    if not isinstance(random_state, int) or isinstance(random_state, bool):
        raise TypeError(f"random_state={random_state!r} is invalid; expected an int such as {settings.SEED}")
    corpus = DEFAULT_CORPUS if corpus is None else corpus
    target = resolve_corpus(corpus)
    corpus_param = os.fspath(target)
    notebooks = select_notebooks(list_notebooks(notebooks_dir), only)
    out_root = Path(output).resolve()
    out_root.mkdir(parents=True, exist_ok=True)
    extra = dict(parameters or {})
    reserved = sorted(set(extra) & set(COMMON_PARAMETERS))
    if reserved:
        raise ValueError(f"parameters={reserved} are set by run_notebooks itself; use its corpus/random_state "
                         "arguments (output_dir is always the notebook's report folder)")
    declared = {nb: notebook_parameters(nb) for nb in notebooks}
    unknown = sorted(k for k in extra if not any(k in d for d in declared.values()))
    if unknown:
        raise ValueError(f"parameters {unknown} are declared by none of the notebooks "
                         f"{[nb.stem for nb in notebooks]}; check the name against their parameters cells")
    for nb in notebooks:
        if not notebook_in_sync(nb):
            raise RuntimeError(
                f"{nb.name} and {nb.with_suffix('.py').name} differ; run `jupytext --sync {nb.with_suffix('.py')}` "
                "so the executed notebook is the reviewed one"
            )

    manifest: dict[str, Any] = {
        "framing_version": package_versions(("framing",))["framing"],
        "python": platform.python_version(),
        "platform": f"{platform.system()}-{platform.machine()}",
        "packages": package_versions(),
        "git": _git_state(),
        "seed": random_state,
        "corpus": corpus_label(corpus),
        "inputs": input_hashes(corpus),
        "kernel": {"name": KERNEL_NAME, "executable": sys.executable, "env": KERNEL_ENV},
        "notebooks": {},
    }
    timings: dict[str, Any] = {"started_utc": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "seconds": {}}
    failed: list[str] = []
    bar = tqdm(notebooks, desc="notebooks", unit="nb", disable=not progress)
    with _kernelspec():
        for nb in bar:
            bar.set_postfix_str(nb.stem)
            folder = out_root / nb.stem
            folder.mkdir(parents=True, exist_ok=True)
            _clear_outputs(folder, nb.stem)
            executed = folder / f"{nb.stem}.ipynb"
            params = {"corpus": corpus_param, "output_dir": str(folder), "random_state": random_state}
            params.update({k: v for k, v in extra.items() if k in declared[nb]})
            entry: dict[str, Any] = {
                "source": {"py": _relative(nb.with_suffix(".py"), settings.REPO_ROOT),
                           "py_sha256": file_sha256(nb.with_suffix(".py")),
                           "ipynb_sha256": file_sha256(nb)},
                "parameters": {**params, "corpus": corpus_label(corpus),
                               "output_dir": _relative(folder, out_root.parent)},
            }
            started = time.perf_counter()
            error = None
            try:
                papermill.execute_notebook(
                    str(nb), str(executed), parameters=params, kernel_name=KERNEL_NAME, language="python",
                    progress_bar=False, cwd=str(nb.parent), start_timeout=start_timeout,
                )
            except Exception as exc:  # noqa: BLE001  (report it, run the other notebooks)
                error = f"{type(exc).__name__}: {str(exc).strip().splitlines()[-1] if str(exc).strip() else ''}"
            timings["seconds"][nb.stem] = round(time.perf_counter() - started, 3)
            if executed.exists():
                result = nbformat.read(executed, as_version=4)
                _strip_volatile(result, repo_relative={
                    "input_path": _relative(nb, settings.REPO_ROOT),
                    "output_path": _relative(executed, out_root.parent)})
                nbformat.write(result, executed)
                (folder / f"{nb.stem}.html").write_text(_to_html(result), encoding="utf-8")
            entry["status"] = "failed" if error else "ok"
            if error:
                entry["error"] = error
                failed.append(nb.stem)
            entry["outputs"] = {
                p.relative_to(folder).as_posix(): file_sha256(p)
                for p in sorted(folder.rglob("*")) if p.is_file() and p.parent != folder
            }
            entry["executed_sha256"] = {p.name: file_sha256(p) for p in sorted(folder.glob(f"{nb.stem}.*"))}
            manifest["notebooks"][nb.stem] = entry
    manifest["status"] = "failed" if failed else "ok"
    _write_json(out_root / "manifest.json", manifest)
    _write_json(out_root / "timings.json", timings)
    return manifest


__all__ = [
    "COMMON_PARAMETERS", "DEFAULT_CORPUS", "FLOAT_FORMAT", "KERNEL_NAME", "NOTEBOOKS_DIR", "corpus_label",
    "figure_grid", "file_sha256", "input_hashes", "is_dataset_name", "list_notebooks", "load_input", "notebook_in_sync",
    "notebook_parameters", "package_versions", "resolve_corpus", "run_notebooks", "save_figure", "save_table",
    "select_notebooks",
]
