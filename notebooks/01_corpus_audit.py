# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 01 · Corpus audit: is this table what the outlets published, and nothing else?
#
# Every comparison of outlets rests on the articles table. Before counting anything, this notebook checks it:
#
# 1. **the load report** — what was read, loaded and skipped (with file, record and reason), and which values
#    were left missing rather than guessed;
# 2. **cleaning** — what each named cleaning step removed (promo lines, "Also Read" inserts, disclaimers,
#    datelines and wire tags, repeated ledes), with examples you can check by eye;
# 3. **outlets, dates, wires and events** — who is in the corpus, when, how much of it is agency copy, and
#    which events several outlets covered;
# 4. **syndication** — clusters of near-identical articles (one wire story republished by several outlets), with
#    what each copy changed. Later notebooks can count each wire story once.
#
# It runs on the bundled corpus by default. Set `corpus` to another folder or file, or to a dataset name such as
# `"basil"`, to audit that instead (`framing reproduce --corpus basil`).

# %% tags=["parameters"]
corpus = "../data/corpus"  # a file, folder or glob that framing.load_corpus reads, or a dataset name ("basil")
output_dir = "../reports/01_corpus_audit"  # where figures/ and tables/ are written
random_state = 20240601  # seed of the MinHash signatures (syndication clusters)
n_examples = 3  # removed-text examples shown per cleaning step

# %%
import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import Markdown, display

import framing
from framing.clean import list_steps
from framing.reproduce import corpus_label, load_input, save_figure, save_table

pd.set_option("display.max_colwidth", 120)
pd.set_option("display.width", 160)

# %% [markdown]
# ## 1. The load report

# %%
articles, report = load_input(corpus)
print(f"corpus: {corpus_label(corpus)}")
print(report.summary())
_ = framing.validate_articles(articles)  # raises with the exact problem if the table breaks the schema

# %% [markdown]
# `read == loaded + skipped` always holds: nothing is dropped silently. Skipped records and values left
# missing (for example a date in a format the loader does not know) are listed here and saved as tables.

# %%
save_table(report.skipped, "skipped", output_dir=output_dir)
save_table(report.problems, "problems", output_dir=output_dir)
display(report.skipped.head(20))
display(report.problems.head(20))

# %% [markdown]
# ## 2. What cleaning removed
#
# Cleaning is a pipeline of named steps (`framing.clean.DEFAULT_STEPS`). Each removal is logged with the
# article's `doc_id` and the text taken out, so you can audit it. The counts by step:

# %%
display(list_steps())
removed = report.removed
removed_by_step = (
    removed.groupby("step", sort=True)
    .agg(removals=("doc_id", "size"), articles=("doc_id", "nunique"))
    .reset_index()
)
save_table(removed_by_step, "removed_by_step", output_dir=output_dir)
save_table(removed, "removed", output_dir=output_dir)
removed_by_step

# %% [markdown]
# A few removed passages per step, with the outlet of the article they came from. Read them: anything that looks
# like news text rather than boilerplate is a cleaning error worth reporting.

# %%
examples = (
    removed.merge(articles[["doc_id", "outlet"]], on="doc_id", how="left")
    .groupby("step", sort=True, group_keys=False)
    .head(n_examples)[["step", "outlet", "removed"]]
)
examples

# %% [markdown]
# ## 3. Outlets, dates, wires and events

# %%
per_outlet = (
    articles.assign(
        has_date=articles["published"].notna(),
        has_wire=articles["wire"].notna(),
        has_event=articles["event_id"].notna(),
    )
    .groupby("outlet", sort=True)
    .agg(
        articles=("doc_id", "size"),
        raw_names=("outlet_raw", lambda s: "; ".join(sorted(set(s.dropna().astype(str))))),
        with_date=("has_date", "sum"),
        first=("published", "min"),
        last=("published", "max"),
        with_wire=("has_wire", "sum"),
        with_event=("has_event", "sum"),
    )
    .reset_index()
)
per_outlet["first"] = per_outlet["first"].dt.strftime("%Y-%m-%d")
per_outlet["last"] = per_outlet["last"].dt.strftime("%Y-%m-%d")
save_table(per_outlet, "outlets", output_dir=output_dir)
per_outlet

# %% [markdown]
# `raw_names` shows every spelling the sources used for one outlet after normalisation (from
# `framing/data/outlets.yaml`): check that no two outlets should have been merged, and none split.

# %%
fig, ax = plt.subplots(figsize=(6, 0.45 * len(per_outlet) + 1))
ax.barh(per_outlet["outlet"], per_outlet["articles"], color="#4c72b0")
ax.invert_yaxis()
ax.set_xlabel("articles")
ax.set_title(f"Articles per outlet ({corpus_label(corpus)})")
save_figure(fig, "articles_per_outlet", output_dir=output_dir)

# %% [markdown]
# ### Dates
#
# Dates are parsed, never guessed: an article without a recognisable date keeps `published` missing.

# %%
dated = articles.dropna(subset=["published"])
span_days = (dated["published"].max() - dated["published"].min()).days if len(dated) else 0
freq = "Y" if span_days > 3 * 365 else "M"
counts_over_time = (
    dated.assign(period=dated["published"].dt.to_period(freq).astype(str))
    .groupby(["period", "outlet"], sort=True)
    .size()
    .unstack("outlet", fill_value=0)
)
if len(counts_over_time):  # show empty periods as empty bars rather than leaving them out
    periods = pd.period_range(dated["published"].min(), dated["published"].max(), freq=freq).astype(str)
    counts_over_time = counts_over_time.reindex(periods, fill_value=0).rename_axis("period")
save_table(counts_over_time, "articles_over_time", output_dir=output_dir)
print(f"{articles['published'].isna().sum()} of {len(articles)} articles have no date")

fig, ax = plt.subplots(figsize=(8, 3.5))
counts_over_time.plot(kind="bar", stacked=True, ax=ax, width=0.8, colormap="tab10")
ax.set_xlabel("year" if freq == "Y" else "month")
ax.set_ylabel("articles")
ax.set_title("Articles over time, by outlet")
ax.legend(fontsize=8, frameon=False, bbox_to_anchor=(1.01, 1), loc="upper left")
save_figure(fig, "articles_over_time", output_dir=output_dir)

# %% [markdown]
# ### Wire copy
#
# `wire` lists the agencies an article credits, in order of appearance (dateline tag, closing tag, disclaimer).
# An outlet whose articles are mostly wire copy speaks largely in the agency's words: keep that in mind when its
# rates look like the agency's.

# %%
wire_credits = (
    articles.assign(wire=articles["wire"].fillna("(none)"))
    .groupby(["outlet", "wire"], sort=True)
    .size()
    .rename("articles")
    .reset_index()
)
save_table(wire_credits, "wire_credits", output_dir=output_dir)
wire_credits

# %% [markdown]
# ### Events covered by several outlets
#
# Where the corpus groups articles by `event_id`, same-event comparisons are possible (notebook 04). The table
# counts the outlets and articles per event.

# %%
if articles["event_id"].notna().any():
    events = (
        articles.dropna(subset=["event_id"])
        .groupby("event_id", sort=True)
        .agg(
            articles=("doc_id", "size"),
            outlets=("outlet", "nunique"),
            outlet_names=("outlet", lambda s: "; ".join(sorted(set(s)))),
        )
        .reset_index()
    )
    save_table(events, "events", output_dir=output_dir)
    display(Markdown(
        f"**{len(events)} events**; {int((events['outlets'] >= 2).sum())} covered by two or more outlets, "
        f"{int((events['outlets'] == articles['outlet'].nunique()).sum())} by every outlet."
    ))
    display(events.head(30))
else:
    display(Markdown("This corpus has no `event_id`: same-event comparisons are not possible."))

# %% [markdown]
# ## 4. Syndication: one wire story, many copies
#
# Near-duplicate article bodies are clustered with MinHash LSH (`framing.syndication`). In each cluster one copy
# is marked `is_original` (the copy kept when each story is counted once); for the others, `changes` says what
# that outlet changed (headline, inserted lines, cut lines).

# %%
clusters = framing.syndication_clusters(articles, random_state=random_state)
clustered = clusters.merge(articles[["doc_id", "outlet", "headline"]], on="doc_id", how="left")
sizes = clustered.groupby("cluster_id", sort=True)["doc_id"].transform("size")
multi = clustered[sizes > 1].sort_values(["cluster_id", "is_original", "outlet", "doc_id"],
                                           ascending=[True, False, True, True], kind="mergesort")
save_table(multi, "syndication_clusters", output_dir=output_dir)
n_clusters = multi["cluster_id"].nunique()
display(Markdown(
    f"**{n_clusters} clusters** of two or more near-identical articles hold {len(multi)} of {len(articles)} "
    f"articles; counting each cluster once leaves {len(articles) - len(multi) + n_clusters} distinct stories."
))

# %%
who_copies = (
    multi.assign(role=multi["is_original"].map({True: "original", False: "copy"}))
    .groupby(["outlet", "role"], sort=True)
    .size()
    .unstack("role", fill_value=0)
    .reset_index()
)
save_table(who_copies, "syndication_by_outlet", output_dir=output_dir)
who_copies

# %% [markdown]
# What the copies changed, for the first few clusters:

# %%
multi[["cluster_id", "outlet", "is_original", "wire", "headline", "changes"]].head(12)
