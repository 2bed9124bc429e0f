"""Figures for outlet comparisons (matplotlib). Each function draws one tidy table from
:mod:`framing.compare` or :mod:`framing.topics` on an optional ``ax`` and returns the ``Axes``; none
computes a statistic and none calls ``plt.show()``. :func:`save_svg` writes byte-identical SVG files.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg", force=False)  # headless by default; a notebook backend already chosen is kept

import matplotlib.pyplot as plt  # noqa: E402
import matplotlib.ticker  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

#: Colour-blind-safe palette (Okabe & Ito 2008), assigned to groups in sorted order.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000")

#: Fixed salt for SVG element ids so that two runs write identical files.
SVG_HASHSALT = "framing"


def _axes(ax, size=(6.0, 4.0)):
    if ax is None:
        _, ax = plt.subplots(figsize=size, layout="constrained")
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.tick_params(labelsize=9)
    return ax


def _need(table: pd.DataFrame, columns, name: str) -> None:
    if not isinstance(table, pd.DataFrame):
        raise TypeError(f"`{name}` must be a pandas DataFrame; got {type(table).__name__}")
    missing = [c for c in columns if c not in table.columns]
    if missing:
        raise ValueError(f"`{name}` lacks column(s) {', '.join(missing)}; pass the table of the matching "
                         "framing.compare / framing.topics function")


def _errors(frame: pd.DataFrame) -> np.ndarray:
    est, low, high = (frame[c].to_numpy(float) for c in ("estimate", "low", "high"))
    return np.vstack([np.where(np.isnan(low), 0, est - low), np.where(np.isnan(high), 0, high - est)])


def plot_rates(rates: pd.DataFrame, *, measure: str = "per_1000_sentences", by: str = "outlet", ax=None):
    """Dot-and-interval chart of :func:`framing.compare.feature_rates`: one row per feature, one colour per
    group. Rows without an interval (see their ``note``) are drawn as hollow dots.

    Examples
    --------
    >>> t = pd.DataFrame({"outlet": ["X", "Y"], "feature": ["blame"] * 2, "measure": ["per_1000_sentences"] * 2,
    ...                   "estimate": [1.0, 2.0], "low": [0.5, float("nan")], "high": [1.5, float("nan")]})
    >>> plot_rates(t).get_xlabel()
    'rate per 1,000 sentences'
    """
    _need(rates, [by, "feature", "measure", "estimate", "low", "high"], "rates")
    data = rates[rates["measure"] == measure]
    ax = _axes(ax)
    features = sorted(data["feature"].unique())
    groups = sorted(data[by].unique(), key=str)
    step = 0.7 / max(len(groups), 1)
    for i, group in enumerate(groups):
        part = data[data[by] == group].set_index("feature").reindex(features).dropna(subset=["estimate"])
        y = np.array([features.index(f) for f in part.index]) + (i - (len(groups) - 1) / 2) * step
        colour = PALETTE[i % len(PALETTE)]
        ax.errorbar(part["estimate"], y, xerr=_errors(part), fmt="none", ecolor=colour, elinewidth=1.5, capsize=2)
        hollow = part["low"].isna().to_numpy()
        ax.scatter(part["estimate"][~hollow], y[~hollow], color=colour, s=28, zorder=3, label=str(group))
        ax.scatter(part["estimate"][hollow], y[hollow], facecolor="white", edgecolor=colour, s=28, zorder=3)
    ax.set_yticks(range(len(features)), [f.replace("_", " ") for f in features])
    ax.set_xlabel("rate per 1,000 sentences" if measure == "per_1000_sentences" else "share of articles with at least one")
    ax.axvline(0, color="0.7", linewidth=0.8, zorder=0)
    ax.legend(frameon=False, fontsize=8, title=by, title_fontsize=8)
    return ax


def plot_differences(differences: pd.DataFrame, *, label: str | None = None, ax=None):
    """stm-style difference plot: one row per topic (or feature), the estimate of ``group_a`` minus
    ``group_b`` and its interval, a line at zero. Works on :func:`framing.compare.topic_differences`,
    :func:`~framing.compare.rate_differences` (one measure) and :func:`~framing.compare.paired_differences`.

    Examples
    --------
    >>> d = pd.DataFrame({"group_a": ["X"] * 2, "group_b": ["Y"] * 2, "label": ["trade", "war"],
    ...                   "estimate": [0.1, -0.05], "low": [0.02, -0.1], "high": [0.2, 0.0]})
    >>> plot_differences(d).get_title()
    'X minus Y'
    """
    _need(differences, ["group_a", "group_b", "estimate", "low", "high"], "differences")
    if label is None:
        label = "label" if "label" in differences.columns else "feature"
    _need(differences, [label], "differences")
    ax = _axes(ax)
    pairs = differences[["group_a", "group_b"]].drop_duplicates().values.tolist()
    labels = list(dict.fromkeys(differences[label].astype(str)))
    # dodge pairs only when several pairs share a row label
    shared = differences.groupby(differences[label].astype(str))["group_a"].size().max() > 1
    step = 0.7 / max(len(pairs), 1) if shared else 0.0
    for i, (a, b) in enumerate(pairs):
        part = differences[(differences["group_a"] == a) & (differences["group_b"] == b)]
        y = np.array([labels.index(str(v)) for v in part[label]]) + (i - (len(pairs) - 1) / 2) * step
        colour = PALETTE[i % len(PALETTE)] if len(pairs) > 1 and shared else "0.15"
        ax.errorbar(part["estimate"], y, xerr=_errors(part), fmt="o", color=colour, markersize=4, elinewidth=1.2,
                    capsize=2, label=f"{a} minus {b}")
    ax.axvline(0, color="0.5", linestyle="--", linewidth=0.8)
    ax.set_yticks(range(len(labels)), labels)
    ax.invert_yaxis()
    ax.set_xlabel("difference (with interval)")
    if len(pairs) == 1:
        ax.set_title(f"{pairs[0][0]} minus {pairs[0][1]}", fontsize=10)
    elif shared:
        ax.legend(frameon=False, fontsize=8)
    return ax


def plot_fightin_words(keyness: pd.DataFrame, *, group: str, versus: str = "(rest)", n_labels: int = 8,
                       z_threshold: float = 1.96, ax=None):
    """Fightin' Words scatter (Monroe et al. 2008): term frequency (log scale) against z-score for one
    comparison of :func:`framing.compare.fightin_words`; terms beyond ``z_threshold`` coloured, the
    ``n_labels`` most extreme on each side labelled.

    Examples
    --------
    >>> k = pd.DataFrame({"group": ["X"] * 3, "versus": ["(rest)"] * 3, "term": ["a", "b", "c"],
    ...                   "count": [5.0, 1.0, 0.0], "count_versus": [0.0, 1.0, 6.0], "z": [2.5, 0.0, -2.6]})
    >>> plot_fightin_words(k, group="X").get_ylabel()
    'z-score (log-odds ratio, informative Dirichlet prior)'
    """
    _need(keyness, ["group", "versus", "term", "count", "count_versus", "z"], "keyness")
    part = keyness[(keyness["group"] == group) & (keyness["versus"] == versus)]
    if part.empty:
        raise ValueError(f"no rows for group={group!r}, versus={versus!r}; available: "
                         + ", ".join(sorted({f"{g} vs {v}" for g, v in zip(keyness['group'], keyness['versus'])})))
    ax = _axes(ax, size=(6.5, 4.5))
    freq = (part["count"] + part["count_versus"]).to_numpy(float)
    z = part["z"].to_numpy(float)
    colour = np.where(z >= z_threshold, PALETTE[0], np.where(z <= -z_threshold, PALETTE[1], "0.75"))
    ax.scatter(freq, z, c=colour, s=8, linewidths=0)
    ax.set_xscale("log")
    ax.xaxis.set_minor_formatter(matplotlib.ticker.NullFormatter())
    order = np.argsort(z, kind="stable")
    for idx in list(order[-n_labels:]) + list(order[:n_labels]):
        if abs(z[idx]) >= z_threshold:
            ax.annotate(str(part["term"].iloc[idx]), (freq[idx], z[idx]), fontsize=7, xytext=(2, 1),
                        textcoords="offset points")
    ax.axhline(0, color="0.6", linewidth=0.8)
    ax.set_xlabel("term frequency (both sides)")
    ax.set_ylabel("z-score (log-odds ratio, informative Dirichlet prior)")
    ax.set_title(f"{group} vs {versus}", fontsize=10)
    return ax


def plot_termite(topic_terms: pd.DataFrame, *, value: str = "weight", label: pd.DataFrame | None = None, ax=None):
    """Termite plot (Chuang et al. 2012): terms (rows) by topics (columns), circle area proportional to
    ``value`` from :meth:`framing.topics.TopicModeler.topic_terms`. Terms are ordered by the topic where
    they first appear, so each topic's block reads down the diagonal. ``label`` (``topic``, ``label``)
    names the columns.

    Examples
    --------
    >>> tt = pd.DataFrame({"topic": [0, 0, 1], "term": ["tariff", "trade", "missile"], "weight": [0.3, 0.2, 0.4]})
    >>> len(plot_termite(tt).get_yticks())
    3
    """
    _need(topic_terms, ["topic", "term", value], "topic_terms")
    data = topic_terms.sort_values(["topic", value], ascending=[True, False], kind="mergesort")
    terms = list(dict.fromkeys(data["term"]))
    topics = sorted(data["topic"].unique())
    ax = _axes(ax, size=(1.2 + 0.45 * len(topics), 1.0 + 0.18 * len(terms)))
    x = data["topic"].map({t: i for i, t in enumerate(topics)}).to_numpy()
    y = data["term"].map({t: i for i, t in enumerate(terms)}).to_numpy()
    size = data[value].to_numpy(float)
    ax.scatter(x, y, s=400 * size / max(size.max(), 1e-12), color=PALETTE[0], alpha=0.8, linewidths=0)
    names = [str(t) for t in topics]
    if label is not None:
        lookup = dict(zip(label["topic"], label["label"]))
        names = [f"{t}: {lookup.get(t, '')}" for t in topics]
    ax.set_xticks(range(len(topics)), names, rotation=60, ha="right", fontsize=8)
    ax.set_yticks(range(len(terms)), terms, fontsize=8)
    ax.set_xlim(-0.7, len(topics) - 0.3)
    ax.invert_yaxis()
    ax.grid(color="0.92", linewidth=0.6)
    ax.set_axisbelow(True)
    return ax


def plot_blame_network(blame: pd.DataFrame, *, group: str | None = None, by: str = "outlet",
                       min_rows: int = 1, ax=None):
    """Who-blames-whom network from :func:`framing.compare.who_blames_whom`: arrows from blamer to
    blamed, width proportional to ``n_rows``; withheld blame dashed. Nodes sit on a circle in sorted
    order, so the layout is the same every run.

    Examples
    --------
    >>> b = pd.DataFrame({"outlet": ["X", "X"], "blamer": ["China", "(narrator)"], "blamed": ["NATO", "Russia"],
    ...                   "polarity": ["asserted", "withheld"], "n_rows": [3, 1]})
    >>> plot_blame_network(b, group="X").get_title()
    'who blames whom: X'
    """
    import networkx as nx

    _need(blame, ["blamer", "blamed", "n_rows"], "blame")
    data = blame if group is None else blame[blame[by] == group]
    data = data[data["n_rows"] >= min_rows]
    polarity = data["polarity"] if "polarity" in data.columns else pd.Series("asserted", index=data.index)
    graph = nx.MultiDiGraph()
    nodes = sorted(set(data["blamer"]) | set(data["blamed"]), key=str)
    graph.add_nodes_from(nodes)
    for (blamer, blamed, n), pol in zip(data[["blamer", "blamed", "n_rows"]].itertuples(index=False), polarity):
        graph.add_edge(blamer, blamed, weight=float(n), polarity=pol)
    ax = _axes(ax, size=(5.5, 5.5))
    ax.set_axis_off()
    ax.set_title("who blames whom" + (f": {group}" if group is not None else ""), fontsize=10)
    if not nodes:
        ax.text(0.5, 0.5, "no blame rows", ha="center", va="center", transform=ax.transAxes)
        return ax
    pos = nx.circular_layout(nodes)
    top = max(float(data["n_rows"].max()), 1.0)
    for style in ("asserted", "withheld"):
        edges = [(u, v) for u, v, d in graph.edges(data=True) if (d["polarity"] == "withheld") == (style == "withheld")]
        widths = [0.8 + 4.0 * d["weight"] / top for u, v, d in graph.edges(data=True)
                  if (d["polarity"] == "withheld") == (style == "withheld")]
        nx.draw_networkx_edges(graph, pos, edgelist=edges, width=widths, ax=ax, arrows=True, arrowsize=12,
                               edge_color=PALETTE[1] if style == "asserted" else "0.5",
                               style="solid" if style == "asserted" else "dashed", connectionstyle="arc3,rad=0.1",
                               node_size=900)
    nx.draw_networkx_nodes(graph, pos, ax=ax, node_size=900, node_color="#f2f2f2", edgecolors="0.3")
    nx.draw_networkx_labels(graph, pos, ax=ax, font_size=7)
    return ax


def plot_time_series(rates: pd.DataFrame, *, feature: str | None = None, measure: str = "per_1000_sentences",
                     by: str | None = "outlet", x: str = "period", ax=None):
    """Rates (or prevalence) over time: one line per group with a shaded interval, from
    :func:`framing.compare.rates_over_time` (or :func:`~framing.compare.topic_prevalence` with ``freq``).

    Examples
    --------
    >>> t = pd.DataFrame({"outlet": ["X", "X"], "period": pd.to_datetime(["2020-01-01", "2020-02-01"]),
    ...                   "feature": ["blame"] * 2, "measure": ["per_1000_sentences"] * 2,
    ...                   "estimate": [1.0, 2.0], "low": [0.5, 1.0], "high": [1.5, 3.0]})
    >>> len(plot_time_series(t, feature="blame").get_lines())
    1
    """
    _need(rates, [x, "estimate", "low", "high"], "rates")
    data = rates
    if "measure" in data.columns:
        data = data[data["measure"] == measure]
    if feature is not None:
        data = data[data["feature"] == feature]
    ax = _axes(ax, size=(7.0, 3.5))
    groups = sorted(data[by].unique(), key=str) if by else [None]
    for i, group in enumerate(groups):
        part = (data if group is None else data[data[by] == group]).sort_values(x, kind="mergesort")
        colour = PALETTE[i % len(PALETTE)]
        ax.plot(part[x], part["estimate"], color=colour, marker="o", markersize=3, linewidth=1.4,
                label=None if group is None else str(group))
        ax.fill_between(part[x], part["low"], part["high"], color=colour, alpha=0.15, linewidth=0)
    ax.set_ylabel("rate per 1,000 sentences" if measure == "per_1000_sentences" else measure.replace("_", " "))
    if by:
        ax.legend(frameon=False, fontsize=8)
    return ax


def save_svg(figure_or_ax, path: str | Path) -> Path:
    """Write an SVG that is byte-identical across runs (fixed ``svg.hashsalt``, no date metadata).

    Examples
    --------
    >>> import tempfile, os
    >>> ax = plot_differences(pd.DataFrame({"group_a": ["X"], "group_b": ["Y"], "feature": ["blame"],
    ...                                     "estimate": [1.0], "low": [0.0], "high": [2.0]}))
    >>> with tempfile.TemporaryDirectory() as d:
    ...     a, b = save_svg(ax, os.path.join(d, "a.svg")), save_svg(ax, os.path.join(d, "b.svg"))
    ...     a.read_bytes() == b.read_bytes()
    True
    """
    figure = figure_or_ax.figure if hasattr(figure_or_ax, "figure") and not isinstance(figure_or_ax, plt.Figure) \
        else figure_or_ax
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # settle constrained layout first: otherwise the first save of a figure lays it out differently
    figure.draw_without_rendering()
    with matplotlib.rc_context({"svg.hashsalt": SVG_HASHSALT, "svg.fonttype": "path"}):
        figure.savefig(path, format="svg", metadata={"Date": None, "Creator": "framing"})
    return path
