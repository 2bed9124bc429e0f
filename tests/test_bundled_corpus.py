"""The bundled corpus (``data/corpus``) and its gold annotation (``data/gold/frames.jsonl``).

The corpus is fictional text written for the project (see ``data/README.md``). These tests check that it is what
the datasheet says: it loads completely and cleanly, it has the promised size and event overlap, every gold
evidence string sits in the cleaned text of its article, gold roles use canonical actors, no boilerplate survives
cleaning, the syndicated copies are found, and the planted outlet differences are present in the gold.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from pathlib import Path

import pandas as pd
import pytest

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "data" / "corpus"
GOLD = REPO / "data" / "gold" / "frames.jsonl"
DATASHEET = REPO / "data" / "README.md"

OUTLETS = {
    "Meridian Press Agency": "mpa",
    "FeedCascade": "feedcascade",
    "The Daily Klaxon": "daily-klaxon",
    "The Northgate Ledger": "northgate-ledger",
    "Jadeport Daily": "jadeport-daily",
}
FEATURES = ("partner_hierarchy", "neutrality_claim", "blame_attribution", "quote")
ROLE_KEYS = {
    "partner_hierarchy": {"senior", "junior"},
    "neutrality_claim": {"claimant", "voice", "qualified", "issue"},
    "blame_attribution": {"blamer", "blamed", "reason", "polarity"},
    "quote": {"speaker", "cue"},
}
ACTOR_KEYS = ("senior", "junior", "claimant", "blamer", "blamed", "speaker")
#: Metonyms and variants the codebook resolves to a canonical actor; none may appear as a gold role value.
NOT_CANONICAL = {
    "Beijing", "Moscow", "Kremlin", "the Kremlin", "Washington", "White House", "the White House", "Pentagon",
    "Kyiv", "Brussels", "Minsk", "Pyongyang", "Seoul", "Tehran", "Riyadh", "Ankara", "Tokyo", "London",
    "Pretoria", "New Delhi", "Taipei", "Xi", "Xi Jinping", "Putin", "Vladimir Putin", "Biden", "Joe Biden",
    "Lukashenko", "Kim Jong Un", "Zelensky", "the West", "West", "Western allies", "Western governments",
    "Chinese officials", "Russian forces", "American officials", "US", "USA", "America", "UK", "Britain",
    "EU", "DPRK", "PRC", "",
}


def _gold() -> list[dict]:
    with open(GOLD, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _metadata() -> pd.DataFrame:
    return pd.read_csv(CORPUS / "metadata.csv", dtype=str, keep_default_na=False)


@pytest.fixture(scope="module")
def loaded():
    """The bundled corpus as ``load_corpus`` returns it (loaded once for this module)."""
    load = pytest.importorskip("framing.load")
    return load.load_corpus(CORPUS)


@pytest.fixture(scope="module")
def gold_texts(loaded):
    """Gold records paired with the cleaned text of the article each one points at."""
    articles = loaded.articles
    # source_file is reported as the loader saw it (relative or absolute): compare resolved paths
    resolved = articles["source_file"].map(lambda f: str(Path(f).resolve()))
    pairs = []
    for record in _gold():
        rows = articles[resolved == str((REPO / record["file"]).resolve())]
        if "record" in record:
            rows = rows[rows["source_record"].astype(str) == str(record["record"])]
        pairs.append((record, rows))
    return pairs


# --- files and metadata (no loader needed) -------------------------------------------------------------------


def test_metadata_lists_exactly_the_text_and_html_files():
    meta = _metadata()
    assert list(meta.columns) == ["file", "outlet", "published", "url", "event_id", "section"]
    on_disk = sorted(str(p.relative_to(CORPUS)) for p in CORPUS.rglob("*") if p.suffix in {".txt", ".html"})
    assert sorted(meta["file"]) == on_disk
    assert meta["file"].is_unique
    assert (meta != "").all().all(), "metadata.csv has an empty cell"
    assert meta["published"].str.fullmatch(r"2023-\d\d-\d\d").all()
    pd.to_datetime(meta["published"], format="%Y-%m-%d")  # raises on an impossible date
    assert set(meta["outlet"]) <= set(OUTLETS)
    for row in meta.itertuples():
        if row.file.startswith("text/"):
            assert row.file.split("/")[1] == OUTLETS[row.outlet], row.file


def test_text_files_follow_the_seed_format():
    for path in sorted((CORPUS / "text").rglob("*.txt")):
        lines = path.read_text(encoding="utf-8").splitlines()
        section, sep, headline = lines[0].partition(" | ")
        assert sep and section.strip() and headline.strip(), f"{path}: line 1 is not 'Section | Headline'"
        assert sum(1 for line in lines[1:] if line.strip()) >= 5, f"{path}: too few paragraphs"


def test_tabular_part_uses_canonical_columns():
    rows = []
    for path in sorted((CORPUS / "tabular").glob("*.jsonl")):
        with open(path, encoding="utf-8") as handle:
            rows += [json.loads(line) for line in handle if line.strip()]
    assert len(rows) >= 10
    for row in rows:
        assert set(row) == {"outlet", "headline", "published", "url", "section", "event_id", "text"}
        assert row["outlet"] in OUTLETS and "\n\n" in row["text"]


def test_html_pages_carry_metadata_and_boilerplate():
    pages = sorted((CORPUS / "html").glob("*.html"))
    assert len(pages) >= 4
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert 'property="og:title"' in html and "application/ld+json" in html and "<nav" in html
        assert "<footer" in html and "article:published_time" in html


def test_everything_is_marked_fictional():
    meta = _metadata()
    assert meta["url"].str.match(r"https://[a-z.]+\.example/").all()
    assert "fictional" in DATASHEET.read_text(encoding="utf-8").lower()


# --- gold file (no loader needed) ------------------------------------------------------------------------------


def test_gold_records_are_well_formed():
    gold = _gold()
    assert len({g["id"] for g in gold}) == len(gold)
    assert len({(g["file"], g.get("record")) for g in gold}) == len(gold)
    for g in gold:
        assert g["file"].startswith("data/corpus/") and (REPO / g["file"]).is_file(), g["id"]
        for frame in g["frames"]:
            feature = frame["feature"]
            assert feature in FEATURES, g["id"]
            assert frame["evidence"].strip() == frame["evidence"] and len(frame["evidence"]) >= 8, g["id"]
            extra = set(frame) - {"feature", "evidence"} - ROLE_KEYS[feature]
            assert not extra, f"{g['id']}: {feature} has keys {extra}"
            if feature == "neutrality_claim":
                assert frame["voice"] in {"self", "narrator", "other"} and isinstance(frame["qualified"], bool)
            if feature == "blame_attribution":
                assert frame["polarity"] in {"asserted", "withheld"}


def test_gold_roles_use_canonical_actors():
    values = {frame[key] for g in _gold() for frame in g["frames"] for key in ACTOR_KEYS if key in frame}
    assert not values & NOT_CANONICAL, values & NOT_CANONICAL
    assert all(isinstance(v, str) and v == v.strip() for v in values)
    actors = pytest.importorskip("framing.actors")
    # Wherever the project's gazetteer knows a value, the gold uses its canonical form.
    disagree = {v: actors.canonical_actor(v) for v in values if actors.canonical_actor(v) not in (None, v)}
    assert not disagree, disagree


def test_datasheet_counts_match_the_gold():
    """The table of expected counts in data/README.md is the gold's, number for number."""
    counts = _gold_counts()
    text = DATASHEET.read_text(encoding="utf-8")
    block = text.split("<!-- gold-counts:start -->")[1].split("<!-- gold-counts:end -->")[0]
    assert block.strip() == _counts_table(counts).strip()


# --- the loaded corpus -----------------------------------------------------------------------------------------


def test_corpus_loads_completely(loaded):
    articles, report = loaded
    assert report.read == report.loaded == len(articles) >= 120
    assert report.skipped.empty
    assert articles["doc_id"].is_unique
    assert articles["outlet"].nunique() >= 5 and set(articles["outlet"]) == set(OUTLETS)
    assert articles["published"].notna().all() and articles["event_id"].notna().all()
    words = articles["text"].str.split().str.len()
    assert words.between(120, 500).all(), articles.loc[~words.between(120, 500), "source_file"].tolist()


def test_events_are_shared_across_outlets(loaded):
    outlets_per_event = loaded.articles.groupby("event_id")["outlet"].nunique()
    assert (outlets_per_event >= 3).sum() >= 12


def test_wire_copy_is_attributed(loaded):
    articles = loaded.articles
    mpa = articles[articles["outlet"] == "Meridian Press Agency"]
    assert (mpa["wire"] == "MPA").all() and mpa["dateline"].notna().all()
    assert (articles.loc[articles["outlet"] == "FeedCascade", "wire"] == "MPA").all()
    assert articles.loc[articles["outlet"].isin(["Jadeport Daily", "The Northgate Ledger"]), "wire"].isna().all()


def test_no_boilerplate_survives_cleaning(loaded):
    texts = loaded.articles["text"]
    patterns = [r"Get latest articles", r"Also Read", r"\(MPA\)", r"views expressed in it do not reflect",
                r"^\w[\w ]*, [A-Z][a-z]{2} \d{1,2} ", r"cookies", r"Subscribe", r"All rights"]
    for pattern in patterns:
        hits = texts[texts.str.contains(pattern, regex=True, flags=re.MULTILINE)]
        assert hits.empty, f"{pattern!r} survives in {len(hits)} articles"
    assert loaded.report.removed["step"].nunique() >= 5


def test_every_article_has_a_gold_record_and_evidence_is_in_cleaned_text(loaded, gold_texts):
    assert len(gold_texts) == len(loaded.articles)
    for record, rows in gold_texts:
        assert len(rows) == 1, f"{record['id']} matches {len(rows)} articles"
        text = rows["text"].iloc[0]
        for frame in record["frames"]:
            assert frame["evidence"] in text, f"{record['id']}: {frame['evidence']!r} not in cleaned text"


def test_syndicated_copies_are_found(loaded, gold_texts):
    syndication = pytest.importorskip("framing.syndication")
    clusters = syndication.syndication_clusters(loaded.articles)
    cluster_of = dict(zip(clusters["doc_id"], clusters["cluster_id"]))
    doc_of = {record["id"]: rows["doc_id"].iloc[0] for record, rows in gold_texts}
    copies = [(record["id"], re.search(r"syndicated copy of (\S+)", record["note"]).group(1).rstrip("."))
              for record, _ in gold_texts if "syndicated copy of" in record.get("note", "")]
    assert len(copies) >= 25
    missed = [c for c, o in copies if cluster_of[doc_of[c]] != cluster_of[doc_of[o]]]
    assert not missed, missed
    originals = {o for _, o in copies}
    copy_ids = {c for c, _ in copies}
    # No two independently written articles share a cluster.
    by_cluster = defaultdict(set)
    for record_id, doc_id in doc_of.items():
        by_cluster[cluster_of[doc_id]].add(record_id)
    for members in by_cluster.values():
        assert len(members - copy_ids) <= 1, members
    assert originals <= set(doc_of)
    # Counting each wire story once keeps exactly one article per cluster: the wire's own story.
    assert clusters.groupby("cluster_id")["is_original"].sum().eq(1).all()
    kept = {record_id for record_id, doc_id in doc_of.items()
            if clusters.loc[clusters["doc_id"] == doc_id, "is_original"].item()}
    assert originals <= kept
    # The per-copy change log sees the tabloid's inserted paragraph and the cut last paragraphs.
    changes = dict(zip(clusters["doc_id"], clusters["changes"]))
    for copy_id, _ in copies:
        if copy_id.startswith("bundled-dk-"):
            assert "inserted" in changes[doc_of[copy_id]] and "cut" in changes[doc_of[copy_id]], copy_id


# --- planted differences (in the gold, i.e. what the corpus was written to contain) ----------------------------


def _gold_counts() -> dict[str, Counter]:
    meta = _metadata().set_index("file")["outlet"].to_dict()
    tabular = {}
    for path in sorted((CORPUS / "tabular").glob("*.jsonl")):
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                tabular[(f"data/corpus/{path.relative_to(CORPUS)}", number)] = json.loads(line)["outlet"]
    counts: dict[str, Counter] = defaultdict(Counter)
    for g in _gold():
        outlet = tabular[(g["file"], g["record"])] if "record" in g else meta[g["file"][len("data/corpus/"):]]
        c = counts[outlet]
        c["articles"] += 1
        for feature in FEATURES:
            rows = [f for f in g["frames"] if f["feature"] == feature]
            c[f"{feature}:rows"] += len(rows)
            c[f"{feature}:articles"] += bool(rows)
        for f in g["frames"]:
            if f["feature"] == "neutrality_claim":
                c["neutrality:qualified"] += f["qualified"]
                c[f"neutrality:voice={f['voice']}"] += 1
            if f["feature"] == "blame_attribution":
                c[f"blame:{f['polarity']}"] += 1
                c["blame:narrator"] += "blamer" not in f
                c["blame:blamed_west"] += f.get("blamed") in {"United States", "Western countries", "NATO",
                                                              "European Union"}
            if f["feature"] == "partner_hierarchy":
                c["partner:china_senior"] += f.get("senior") == "China"
    return counts


def _counts_table(counts: dict[str, Counter]) -> str:
    columns = ["articles", "partner_hierarchy:articles", "partner_hierarchy:rows", "partner:china_senior",
               "neutrality_claim:articles", "neutrality_claim:rows", "neutrality:qualified",
               "blame_attribution:articles", "blame_attribution:rows", "blame:narrator", "blame:withheld",
               "blame:blamed_west", "quote:rows"]
    head = "| outlet | " + " | ".join(columns) + " |"
    lines = [head, "|" + "---|" * (len(columns) + 1)]
    for outlet in sorted(counts):
        lines.append(f"| {outlet} | " + " | ".join(str(counts[outlet][c]) for c in columns) + " |")
    return "\n".join(lines)


def test_planted_outlet_differences_are_in_the_gold():
    c = _gold_counts()
    jade, ledger, klaxon = c["Jadeport Daily"], c["The Northgate Ledger"], c["The Daily Klaxon"]
    wire, aggregator = c["Meridian Press Agency"], c["FeedCascade"]

    def share(counter, key, of="articles"):
        return counter[key] / counter[of]

    # state-aligned outlet: neutrality nearly everywhere, never qualified; blame aimed at the West
    assert share(jade, "neutrality_claim:articles") >= 0.75 and jade["neutrality:qualified"] == 0
    assert jade["blame:blamed_west"] / jade["blame_attribution:rows"] >= 0.75
    # broadsheet: partner hierarchy most often, neutrality mostly qualified, withheld blame present
    assert share(ledger, "partner_hierarchy:articles") == max(share(x, "partner_hierarchy:articles") for x in c.values())
    assert ledger["neutrality:qualified"] / ledger["neutrality_claim:rows"] >= 0.75
    assert ledger["blame:withheld"] >= 5
    # tabloid: blame in every article, the most blame rows per article, and narrator-voiced blame
    assert share(klaxon, "blame_attribution:articles") == 1.0
    assert share(klaxon, "blame_attribution:rows") > max(share(x, "blame_attribution:rows") for x in (wire, ledger))
    assert klaxon["blame:narrator"] >= 10 and wire["blame:narrator"] == 0
    # wire: sparse; aggregator copies mirror it
    assert share(wire, "partner_hierarchy:articles") <= 0.15 and share(wire, "neutrality_claim:articles") <= 0.25
    assert abs(share(aggregator, "blame_attribution:articles") - share(wire, "blame_attribution:articles")) < 0.15
