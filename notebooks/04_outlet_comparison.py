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
# # 04 · Outlet comparison: words, same-event differences, trends
#
# Three ways to compare outlets, each with its uncertainty:
#
# 1. **Fightin' Words** (Monroe, Colaresi & Quinn 2008): which words each outlet uses more than the others, as a
#    log-odds ratio with an informative Dirichlet prior and a z-score — so rare words do not top the list by
#    chance. Each outlet against the rest, and pairwise.
# 2. **Rate differences** of the framing features between outlets, with bootstrap intervals, and — where articles
#    share an `event_id` — **same-event (paired) differences**: on the *same* event, does outlet A use the framing
#    more than outlet B? Pairing removes the effect of which events each outlet chose to cover.
# 3. **Trends**: rates over time.

# %% tags=["parameters"]
corpus = "../data/corpus"  # a file, folder or glob that framing.load_corpus reads, or a dataset name ("basil")
output_dir = "../reports/04_outlet_comparison"  # where figures/ and tables/ are written
random_state = 20240601  # seed of the bootstrap
n_boot = 2000  # bootstrap draws per interval
ci = 0.95  # interval level
n_terms = 12  # words shown per outlet in Fightin' Words
freq = "month"  # period of the trends ("month", "quarter", "year", ...)
n_process = 1  # spaCy processes used by extract_frames
features = None  # a list of feature names to extract, or None for all of them

# %%
import pandas as pd
from IPython.display import Markdown, display

import framing
from framing import compare, plots
from framing.features import document_table
from framing.reproduce import corpus_label, figure_grid, load_input, save_figure, save_table

pd.set_option("display.max_colwidth", 120)
pd.set_option("display.width", 160)

# %%
articles, report = load_input(corpus)
print(f"corpus: {corpus_label(corpus)} — {len(articles)} articles from {articles['outlet'].nunique()} outlets")
frames = framing.extract_frames(articles, features=features, n_process=n_process)
documents = document_table(frames, articles)

# %% [markdown]
# ## 1. Fightin' Words: the words each outlet owns
#
# `z` above about 1.96 marks a word the outlet uses reliably more than the comparison group. The vectoriser drops
# English and news-boilerplate stop words (`framing.topics.make_vectorizer`).

# %%
words = compare.fightin_words(articles, comparison="both")
save_table(words, "fightin_words", output_dir=output_dir)
against_rest = words[words["versus"] == "(rest)"]
top_words = (against_rest.sort_values(["group", "z"], ascending=[True, False], kind="mergesort")
             .groupby("group", sort=True, group_keys=False).head(n_terms))
top_words[["group", "term", "count", "count_versus", "log_odds_ratio", "z"]]

# %%
groups = sorted(against_rest["group"].unique())
fig, axes = figure_grid(len(groups), ncols=2)
for group, ax in zip(groups, axes):
    plots.plot_fightin_words(against_rest, group=group, n_labels=n_terms // 2, ax=ax)
save_figure(fig, "fightin_words", output_dir=output_dir)

# %% [markdown]
# ## 2. Framing rates: differences between outlets
#
# Every pair of outlets, every feature, rows per 1,000 sentences (`group_a` minus `group_b`). Intervals resample
# articles, or events where the corpus has `event_id`.

# %%
differences = compare.rate_differences(documents, articles, features=features, n_boot=n_boot, ci=ci,
                                       random_state=random_state)
save_table(differences, "rate_differences", output_dir=output_dir)

def pair_panels(table, name):
    """One framing.plots.plot_differences panel per outlet pair, saved as one figure."""
    pairs = table[["group_a", "group_b"]].drop_duplicates().values.tolist()
    if not pairs:
        return
    fig, axes = figure_grid(len(pairs), ncols=2, panel_size=(5.0, 2.4))
    for (a, b), ax in zip(pairs, axes):
        plots.plot_differences(table[(table["group_a"] == a) & (table["group_b"] == b)], ax=ax)
    save_figure(fig, name, output_dir=output_dir)


per_1000 = differences[differences["measure"] == "per_1000_sentences"]
pair_panels(per_1000, "rate_differences")
clear = differences[(differences["low"] > 0) | (differences["high"] < 0)]
display(Markdown(f"{len(clear)} of {len(differences)} outlet-pair × feature differences have an interval that "
                 "excludes zero."))
clear

# %% [markdown]
# ### Same event, different outlets
#
# Within each event covered by both outlets, the difference of their rates; then the mean over events, with an
# interval from resampling events. `a_higher`, `ties` and `b_higher` count the events where outlet A's rate is
# above, equal to or below B's — a sign test you can read off directly.

# %%
if articles["event_id"].notna().any():
    paired = compare.paired_differences(documents, articles, features=features, n_boot=n_boot, ci=ci,
                                        random_state=random_state)
    save_table(paired, "paired_differences", output_dir=output_dir)
    pair_panels(paired, "paired_differences")
    display(paired)
else:
    display(Markdown("This corpus has no `event_id`: no same-event comparison is possible."))

# %% [markdown]
# ## 3. Trends: rates over time
#
# Rows per 1,000 sentences per period and outlet. Periods with few articles have wide intervals (or none, with
# the reason in `note`): read the trend, not single points.

# %%
if articles["published"].notna().any():
    trends = compare.rates_over_time(documents, articles, features=features, freq=freq, n_boot=n_boot,
                                     ci=ci, random_state=random_state)
    save_table(trends, "rates_over_time", output_dir=output_dir)
    features = sorted(trends["feature"].unique())
    fig, axes = figure_grid(len(features), ncols=2, panel_size=(6.0, 3.0))
    for feature, ax in zip(features, axes):
        plots.plot_time_series(trends, feature=feature, ax=ax)
        ax.set_title(feature, fontsize=10)
    save_figure(fig, "rates_over_time", output_dir=output_dir)
    display(trends.head(20))
else:
    display(Markdown("No article in this corpus has a date: no trend can be drawn."))
