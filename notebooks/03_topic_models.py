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
# # 03 · Topic models: what each outlet writes about, and how sure we are
#
# Framing features say *how* outlets write; topics say *what about*. A difference in blame rates means less if one
# outlet simply covers more wars. This notebook:
#
# 1. builds the document-term matrix with the news stop words visible (`framing.topics.news_stop_words`);
# 2. **chooses K** over a grid by NPMI coherence (do the top words co-occur in the corpus?) and exclusivity (are
#    they specific to their topic?) — the two pull in opposite directions, so read the whole table;
# 3. fits the chosen model and labels each topic with its FREX terms (frequent *and* exclusive);
# 4. estimates **topic prevalence by outlet with intervals** that carry the topic model's own uncertainty
#    (method of composition for LDA, as stm's `estimateEffect`; refits for NMF), resampling events where the
#    corpus has an `event_id`, and the **differences between outlets**.
#
# Topic models are a reading aid, not a measurement of truth: always open the top documents of a topic before
# naming it.

# %% tags=["parameters"]
corpus = "../data/corpus"  # a file, folder or glob that framing.load_corpus reads, or a dataset name ("basil")
output_dir = "../reports/03_topic_models"  # where figures/ and tables/ are written
random_state = 20240601  # seed of the topic models and the bootstrap
k_grid = [4, 6, 8, 10, 12]  # numbers of topics compared
k = None  # the K to fit; None takes the K that select_k marks as chosen
method = "lda"  # "lda" (intervals by the method of composition) or "nmf" (intervals by refits: slower)
n_boot = 500  # bootstrap draws for the prevalence intervals
ci = 0.95  # interval level
syndication = "keep"  # "keep" every copy, or "once": fit on one copy per syndication cluster
n_docs = 3  # top documents shown per topic

# %%
import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import Markdown, display

import framing
from framing import compare, plots, topics
from framing.reproduce import corpus_label, figure_grid, load_input, save_figure, save_table

pd.set_option("display.max_colwidth", 120)
pd.set_option("display.width", 160)

# %% [markdown]
# ## 1. The corpus and the vocabulary

# %%
articles, report = load_input(corpus)
if syndication == "once":
    clusters = framing.syndication_clusters(articles, random_state=random_state)
    keep = clusters.loc[clusters["is_original"], "doc_id"]
    print(f"syndication='once': {len(articles) - len(keep)} syndicated copies set aside")
    articles = articles[articles["doc_id"].isin(keep)].reset_index(drop=True)
elif syndication != "keep":
    raise ValueError(f"syndication={syndication!r} is invalid; expected 'keep' or 'once'")
print(f"corpus: {corpus_label(corpus)} — {len(articles)} articles from {articles['outlet'].nunique()} outlets")

vectorizer = topics.make_vectorizer()
stop_words = topics.news_stop_words()
boilerplate = topics.news_stop_words(english=False)
print(f"{len(stop_words)} stop words, of which {len(boilerplate)} news boilerplate terms, e.g.: "
      + ", ".join(sorted(boilerplate)[:15]))

# %% [markdown]
# ## 2. Choosing K
#
# One model per K on the same document-term matrix. `coherence` is the mean NPMI of each topic's top ten words
# (between -1 and 1; higher means the words really appear together in the corpus's articles); `exclusivity` the
# mean share of a top word's weight that falls in its own topic. `chosen` marks the best mean of the two after
# scaling — a suggestion, not a verdict.

# %%
k_table = topics.select_k(articles, ks=k_grid, method=method, vectorizer=vectorizer, random_state=random_state)
save_table(k_table, "k_selection", output_dir=output_dir)
fig, (ax_c, ax_e) = plt.subplots(1, 2, figsize=(8, 3), layout="constrained")
for ax, column in ((ax_c, "coherence"), (ax_e, "exclusivity")):
    ax.plot(k_table["k"], k_table[column], marker="o", color="#0072B2")
    chosen_k = k_table.loc[k_table["chosen"], "k"]
    ax.axvline(chosen_k.iloc[0], color="0.6", linestyle="--", linewidth=0.8)
    ax.set_xlabel("K (number of topics)")
    ax.set_ylabel("mean NPMI" if column == "coherence" else "mean exclusivity")
    ax.set_title(column, fontsize=10)
save_figure(fig, "k_selection", output_dir=output_dir)
k_table

# %%
k_fit = int(k) if k is not None else int(k_table.loc[k_table["chosen"], "k"].iloc[0])
model = topics.TopicModeler(k_fit, method=method, vectorizer=vectorizer, random_state=random_state).fit(articles)
display(Markdown(f"Fitted **{method.upper()} with K = {k_fit}** on {model.doc_term_.shape[0]} articles and "
                 f"{model.doc_term_.shape[1]} terms."))

# %% [markdown]
# ## 3. The topics
#
# `label` joins the three top FREX terms; `top_terms` are the most probable terms; `prevalence` is the topic's mean
# share of an article.

# %%
labels = model.labels()
terms = model.topic_terms(n_terms=10)
save_table(labels, "topics", output_dir=output_dir)
save_table(terms, "topic_terms", output_dir=output_dir)
labels

# %%
ax = plots.plot_termite(terms, label=labels)
save_figure(ax.figure, "termite", output_dir=output_dir)

# %% [markdown]
# Read the top documents of each topic before trusting its label:

# %%
top_docs = model.top_documents(n_docs=n_docs).merge(
    articles[["doc_id", "outlet", "headline"]], on="doc_id", how="left"
).merge(labels[["topic", "label"]], on="topic", how="left")
save_table(top_docs, "top_documents", output_dir=output_dir)
top_docs[["topic", "label", "rank", "proportion", "outlet", "headline"]]

# %% [markdown]
# ## 4. Topic prevalence by outlet, with intervals
#
# The mean share of each topic in each outlet's articles. The interval carries two sources of uncertainty: which
# articles (or events) happened to be sampled, and how sure the model is about each article's topic mix.

# %%
prevalence = compare.topic_prevalence(model, articles, n_boot=n_boot, ci=ci, random_state=random_state)
save_table(prevalence, "prevalence_by_outlet", output_dir=output_dir)
# the rates chart draws any tidy estimate/low/high table: one row per topic, one colour per outlet
as_rates = prevalence.assign(feature=prevalence["topic"].map("{:02d}".format) + ": " + prevalence["label"],
                             measure="prevalence")
ax = plots.plot_rates(as_rates, measure="prevalence")
ax.set_xlabel("mean topic proportion (with interval)")
ax.figure.set_size_inches(7, 0.5 * k_fit + 2)
save_figure(ax.figure, "prevalence_by_outlet", output_dir=output_dir)
prevalence.drop(columns=["method"])

# %% [markdown]
# ### Differences between outlets
#
# Each pair of outlets, topic by topic (`group_a` minus `group_b`), taken inside each bootstrap replicate. An
# interval that excludes zero says the outlets' emphasis differs beyond what resampling and model uncertainty
# explain.

# %%
differences = compare.topic_differences(model, articles, n_boot=n_boot, ci=ci, random_state=random_state)
save_table(differences, "prevalence_differences", output_dir=output_dir)
pairs = differences[["group_a", "group_b"]].drop_duplicates().values.tolist()
if pairs:
    fig, axes = figure_grid(len(pairs), ncols=2, panel_size=(5.5, 0.35 * k_fit + 1.5))
    for (a, b), ax in zip(pairs, axes):
        plots.plot_differences(differences[(differences["group_a"] == a) & (differences["group_b"] == b)], ax=ax)
    save_figure(fig, "prevalence_differences", output_dir=output_dir)
clear = differences[(differences["low"] > 0) | (differences["high"] < 0)]
display(Markdown(f"{len(clear)} of {len(differences)} outlet-pair × topic differences have an interval that "
                 "excludes zero."))
clear.drop(columns=["method"]).head(20)
