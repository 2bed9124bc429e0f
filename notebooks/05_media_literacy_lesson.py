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
# # 05 · Media-literacy lesson: reading an aggregator article
#
# *For a class of 45–60 minutes. Teacher's notes are in `docs/lesson.md`.*
#
# Much of the international news people read online is not written by the site that shows it. An **aggregator**
# takes a story from a **wire service** (a news agency that sells copy to many outlets), changes the headline,
# wraps it in its own promotion — "Get latest articles…", "Also Read | …" links, a disclaimer — and publishes it.
# The words about the world are the agency's; the packaging is the aggregator's.
#
# In this lesson we take one such article from the bundled corpus (all outlets in it are fictional; the events
# are real) and ask four questions a careful reader asks:
#
# 1. **Which parts are packaging, and which are the wire story?**
# 2. **Who is presented as the senior partner** in a relationship, and which words do it?
# 3. **Whose neutrality is described**, in whose voice, and does the text take it at face value?
# 4. **Who blames whom** — and who pointedly does *not* blame?
#
# The highlighting comes from `framing`, a program that follows a written codebook. It can be wrong: part of the
# exercise is to check it. Answers are folded away — click **Answer** to open one.

# %% tags=["parameters"]
corpus = "../data/corpus"  # a file, folder or glob that framing.load_corpus reads, or a dataset name
output_dir = "../reports/05_media_literacy_lesson"  # where pages/ and tables/ are written
random_state = 20240601  # seed of the syndication clusters
outlet = None  # the aggregator to study; None picks the outlet whose pages carry the most promo/insert lines
article = None  # a doc_id or part of a file name (e.g. "fc-07"); None picks the aggregator's richest article

# %%
import html
from pathlib import Path

import pandas as pd
from IPython.display import HTML, Markdown, display

import framing
from framing import settings
from framing.reproduce import load_input, save_table

pd.set_option("display.max_colwidth", 200)
FEATURES = ["partner_hierarchy", "neutrality_claim", "blame_attribution"]


def answer(body_html: str, summary: str = "Answer") -> HTML:
    """An answer folded away in an HTML <details> block (opens on click, in Jupyter and in the HTML report)."""
    return HTML(f"<details><summary><b>{summary}</b></summary><div style='margin:.5em 1em'>{body_html}"
                "</div></details>")


def rows_html(rows: pd.DataFrame, columns: list[str]) -> str:
    return rows[columns].to_html(index=False, na_rep="—", escape=True)


# %% [markdown]
# ## Choosing the article
#
# The aggregator is the outlet whose pages needed the most packaging removed (promo lines, "Also Read" inserts,
# disclaimers); the article is its page with the most kinds of framing in it.

# %%
articles, report = load_input(corpus)
removed = report.removed.merge(articles[["doc_id", "outlet"]], on="doc_id", how="left")
packaging = removed[removed["step"].isin(["strip_promo", "strip_inserts", "strip_disclaimers"])]
if outlet is None:
    if packaging.empty:
        raise ValueError("no promo, insert or disclaimer lines were removed in this corpus; set `outlet` to the "
                         "outlet to study")
    outlet = packaging.groupby("outlet")["doc_id"].size().sort_index().idxmax()
pages = articles[articles["outlet"] == outlet]
if pages.empty:
    raise ValueError(f"outlet={outlet!r} has no article in this corpus; expected one of "
                     f"{sorted(articles['outlet'].dropna().unique())}")
frames = framing.extract_frames(pages)
if article is None:
    kinds = frames[frames["feature"].isin(FEATURES)].groupby("doc_id")["feature"].agg(["nunique", "size"])
    ranked = kinds.reset_index().sort_values(["nunique", "size", "doc_id"], ascending=[False, False, True],
                                             kind="mergesort")
    doc_id = ranked["doc_id"].iloc[0] if len(ranked) else pages["doc_id"].iloc[0]
else:
    match = pages[(pages["doc_id"] == article)
                  | pages["source_file"].astype(str).str.contains(str(article), regex=False)]
    if match.empty:
        raise ValueError(f"article={article!r} matches no doc_id or file name of {outlet}")
    doc_id = match["doc_id"].iloc[0]
page = pages.loc[pages["doc_id"] == doc_id].iloc[0]
page_frames = frames[frames["doc_id"] == doc_id]
display(Markdown(f"**Outlet:** {outlet}  \n**Headline:** {page['headline']}  \n**Wire credited:** "
                 f"{page['wire'] or '—'}  \n**Dateline:** {page['dateline'] or '—'}  \n"
                 f"**Published:** {page['published'].date() if pd.notna(page['published']) else 'unknown'}"))

# %% [markdown]
# ## Step 1 — Packaging or wire copy?
#
# Here is the page as the reader met it. The lines struck through are what `framing`'s cleaning steps took out
# as packaging (each step is named in the margin). Everything else is the body of the story.

# %%
raw_path = Path(str(page["source_file"]))
raw_path = raw_path if raw_path.is_absolute() else settings.REPO_ROOT / raw_path
page_removed = report.removed[report.removed["doc_id"] == doc_id]
raw_text = raw_path.read_text(encoding="utf-8") if raw_path.suffix in {".txt", ".text"} else None
if raw_text is not None:
    # longest passages first, each replaced by a placeholder, so that a short one such as "(MPA)" is matched
    # where cleaning took it (the closing tag), not inside a dateline already marked
    marked, slots = raw_text, []
    for step, text in sorted(page_removed[["step", "removed"]].itertuples(index=False), key=lambda p: -len(p[1])):
        at = marked.find(text)
        if at >= 0:
            marked = f"{marked[:at]}\x00{len(slots)}\x00{marked[at + len(text):]}"
            slots.append((step, text))
    marked = html.escape(marked)
    for n, (step, text) in enumerate(slots):
        marked = marked.replace(f"\x00{n}\x00", f"<del style='background:#eee;color:#777'>{html.escape(text)}</del>"
                                f"<sup style='color:#a00'>[{html.escape(step)}]</sup>")
    display(HTML(f"<div style='white-space:pre-wrap;font-family:Georgia,serif;max-width:52em;"
                 f"border:1px solid #ccc;padding:1em'>{marked}</div>"))
save_table(page_removed, "removed_from_page", output_dir=output_dir)

# %% [markdown]
# **Exercise 1.** Before opening the answer: which lines would you call the aggregator's own, and which the
# agency's? How does the page tell you where the story came from (look at the line starting with a place name, and
# at the last lines)?

# %%
steps = page_removed.groupby("step", sort=True)["removed"].apply(list)
items = "".join(f"<li><code>{html.escape(step)}</code>: " + "; ".join(f"“{html.escape(t)}”" for t in texts)
                + "</li>" for step, texts in steps.items())
answer(
    f"<p>Cleaning removed {len(page_removed)} passages:</p><ul>{items}</ul>"
    f"<p>The wire credited is <b>{html.escape(str(page['wire'] or 'none'))}</b>. A dateline such as "
    "“Moscow, Mar 20 (MPA)” and a closing tag “(MPA)” are the agency's signature: the text between them is the "
    "agency's story. Promo sentences, “Also Read” links and the disclaimer are the aggregator's packaging — they "
    "are not news about the world, and a researcher counting words or frames must not count them as the outlet's "
    "reporting.</p>"
)

# %% [markdown]
# ### The same story elsewhere
#
# Syndication detection finds the other copies of this story in the corpus and says what each copy changed.

# %%
clusters = framing.syndication_clusters(articles, random_state=random_state)
cluster_id = clusters.loc[clusters["doc_id"] == doc_id, "cluster_id"].iloc[0]
copies = clusters[clusters["cluster_id"] == cluster_id].merge(
    articles[["doc_id", "outlet", "headline"]], on="doc_id", how="left")
save_table(copies, "copies_of_the_story", output_dir=output_dir)
copies[["outlet", "headline", "is_original", "wire", "changes"]]

# %% [markdown]
# ## Step 2 — The story with its evidence highlighted
#
# Each coloured span is a **frame row**: a sentence where the codebook's cue was found, with its roles. Hover over a
# highlight to see them; the table under the text lists every row.

# %%
shown = framing.show(page, frames=page_frames)
pages_dir = Path(output_dir) / "pages"
pages_dir.mkdir(parents=True, exist_ok=True)
shown.save(pages_dir / "lesson_article.html")
save_table(page_frames, "frames_of_the_article", output_dir=output_dir)
display(HTML(shown.html))


# %% [markdown]
# If the article lacks one of the three features, the lesson takes a second example of that feature from the same
# outlet (or, failing that, from any outlet), so every question below has something to look at.

# %%
def example_rows(feature: str) -> tuple[pd.DataFrame, str]:
    """Rows of `feature` in the lesson article, else in another article of the outlet, else anywhere."""
    rows = page_frames[page_frames["feature"] == feature]
    if len(rows):
        return rows, "this article"
    other = frames[frames["feature"] == feature]
    where = f"another {outlet} article"
    if other.empty:
        other = framing.extract_frames(articles, features=[feature])
        where = "another outlet's article"
    if other.empty:
        return other, "nowhere in this corpus"
    first = sorted(other["doc_id"].unique())[0]
    return other[other["doc_id"] == first], where


# %% [markdown]
# ## Step 3 — Who is senior?
#
# `partner_hierarchy` marks language that ranks two parties: one **senior** (leads, provides, is needed less), one
# **junior** (depends, receives, follows). Words like *lifeline*, *junior partner*, *vassal*, *dependent on*,
# *economic cover* do this work — often without any source being quoted.
#
# **Exercise 2.** Find the sentence that ranks two countries. Who is senior, who is junior, and is this the
# agency's claim, an analyst's, or a government's?

# %%
partner, where = example_rows("partner_hierarchy")
if len(partner):
    display(Markdown(f"Example from {where}:"))
    display(HTML(framing.show(articles.loc[articles["doc_id"] == partner["doc_id"].iloc[0]].iloc[0],
                              frames=partner).html))
answer(
    (rows_html(partner, ["cue", "senior", "junior", "sentence"]) if len(partner) else "<p>No example.</p>")
    + "<p>The <i>cue</i> is the phrase that ranks the parties. Ask who is speaking in that sentence: if no source is"
      " named, the ranking is the outlet's (or the agency's) own framing, presented as fact.</p>"
)

# %% [markdown]
# ## Step 4 — Whose neutrality?
#
# `neutrality_claim` marks a party presented as neutral, impartial or not taking sides. Two questions matter:
# **whose voice** is it (`self`: the party says so; `narrator`: the text asserts it; `other`: a third party says
# so), and is it **qualified** — does the text distance itself (*officially*, *so-called*, *claims to be*, or a
# *but / however* in the same or the next sentence)?
#
# **Exercise 3.** Whose neutrality is described? Who says it? Does the article take it at face value?

# %%
neutral, where = example_rows("neutrality_claim")
if len(neutral) and where != "this article":
    display(Markdown(f"Example from {where}:"))
    display(HTML(framing.show(articles.loc[articles["doc_id"] == neutral["doc_id"].iloc[0]].iloc[0],
                              frames=neutral).html))
explain = {"self": "the party itself claims it", "narrator": "the text asserts it in its own voice",
           "other": "a third party characterises it"}
notes = "".join(
    f"<li><b>{html.escape(str(r.claimant))}</b>: {explain.get(r.voice, html.escape(str(r.voice)))}; "
    + ("the text <b>qualifies</b> the claim" if r.qualified is True else "taken at face value")
    + "</li>" for r in neutral.itertuples()) if len(neutral) else ""
answer((rows_html(neutral, ["cue", "claimant", "voice", "qualified", "issue", "sentence"]) if len(neutral)
        else "<p>No example.</p>") + f"<ul>{notes}</ul>")

# %% [markdown]
# ## Step 5 — Who blames whom?
#
# `blame_attribution` marks an actor assigning responsibility for something bad to another actor — *blames*,
# *accuses … of*, *holds … responsible*, *condemns … for* — and also **withheld** blame: an actor that pointedly
# *refuses to criticise* or *declines to condemn*. Withheld blame is a framing choice too: reporting it tells the
# reader whose side someone is (not) on.
#
# **Exercise 4.** List every blamer → blamed pair. Is any blame withheld? When a sentence blames two parties at
# once ("the United States and NATO"), how many rows should it give?

# %%
blame, where = example_rows("blame_attribution")
if len(blame) and where != "this article":
    display(Markdown(f"Example from {where}:"))
    display(HTML(framing.show(articles.loc[articles["doc_id"] == blame["doc_id"].iloc[0]].iloc[0],
                              frames=blame).html))
answer(
    (rows_html(blame, ["cue", "blamer", "blamed", "reason", "polarity", "sentence"]) if len(blame)
     else "<p>No example.</p>")
    + "<p>One row per blamed party: “blames the United States and NATO” gives two rows with the same blamer. An "
      "empty <i>blamer</i> means the text itself assigns the blame, in the narrator's voice.</p>"
)

# %% [markdown]
# ## Step 6 — Same story, different outlets
#
# **Exercise 5.** The aggregator changed the headline and added packaging. Did it change the *framing* of the
# story? Compare the frame rows of its copy with those of the original wire story.

# %%
original = copies[copies["is_original"]]
if len(original) and original["doc_id"].iloc[0] != doc_id:
    original_id = original["doc_id"].iloc[0]
    original_frames = framing.extract_frames(articles[articles["doc_id"] == original_id])

    def feature_counts(rows: pd.DataFrame) -> pd.Series:
        return rows["feature"].value_counts().reindex(FEATURES + ["quote"], fill_value=0)

    table = pd.DataFrame({"aggregator copy": feature_counts(page_frames),
                          f"original ({original['outlet'].iloc[0]})": feature_counts(original_frames)})
    same = table.iloc[:, 0].equals(table.iloc[:, 1])
    verdict = ("The counts are the same: the aggregator changed the packaging and the headline, not the framing "
               "of the body." if same else
               "The counts differ: look at the rows that one copy has and the other lacks — an inserted or cut "
               "paragraph changed what the reader is told.")
    display(answer(table.to_html() + f"<p>{verdict} Compare the headlines too: a headline is framing the "
                   "detectors do not read.</p>"))
else:
    display(Markdown("This article is the original of its cluster (or has no copy): there is nothing to compare."))

# %% [markdown]
# ## Step 7 — What the program cannot see
#
# **Exercise 6.** Each sentence below *looks* like a framing feature but is not one under the codebook. Say why
# before opening the answer.
#
# 1. "Officials blamed the heavy rain for the delays."
# 2. "She is a senior partner at a law firm in Geneva."
# 3. "The talks will be held on neutral ground in Vienna."
# 4. "The group claimed responsibility for the attack."

# %%
answer(
    "<ol><li>The rain is not a party: blame of things is not blame attribution between actors.</li>"
    "<li>A job title, not a ranking of two parties in a relationship.</li>"
    "<li>A neutral <i>venue</i> describes a place, not a party's stance in a conflict.</li>"
    "<li>Claiming one's own act is not assigning blame to someone else.</li></ol>"
    "<p>Check the program on them: <code>framing.extract_frames([...])</code> should return no rows of the three "
    "features for these sentences.</p>"
)

# %%
tricky = ["Officials blamed the heavy rain for the delays.", "She is a senior partner at a law firm in Geneva.",
          "The talks will be held on neutral ground in Vienna.", "The group claimed responsibility for the attack."]
check = framing.extract_frames(tricky, features=FEATURES)
print(f"rows of the three features found in the four sentences: {len(check)}")
check[["doc_id", "feature", "cue", "sentence"]]

# %% [markdown]
# ## To take away
#
# - Separate **packaging** from **reporting**: an outlet that republishes wire copy speaks in the agency's words.
# - Framing is often in **single words** (*lifeline*, *nominally*, *refused to condemn*), not in open opinions.
# - Ask **whose voice** each claim is in: the source's, the agency's, or the outlet's.
# - A program can point at evidence; **reading the sentence** is still the reader's job.
