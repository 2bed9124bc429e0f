"""Syndication: find copies of the same story (wire copy republished by several outlets) so that comparisons
can count each story once, and say what each outlet changed.

Near-duplicates are found with MinHash LSH (datasketch) over word 5-gram shingles of the article body, then
each candidate pair is checked exactly: the share of the smaller article's shingles found in the other
(overlap coefficient) must reach ``threshold``. Pairs are merged into clusters (connected components). One
member per cluster is the *original* (the copy kept when counting once): an article whose outlet is a wire
agency, else the earliest published, else the one with the fewest lines of its own; ties by ``doc_id``.
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np
import pandas as pd

from framing.schema import join_wire, split_wire
from framing.settings import SEED

#: Columns of :func:`syndication_clusters`.
CLUSTER_COLUMNS: tuple[str, ...] = (
    "doc_id",
    "cluster_id",
    "is_original",
    "cluster_size",
    "wire",
    "headline_changed",
    "n_inserted",
    "n_cut",
    "inserted_lines",
    "cut_lines",
    "changes",
)

_TOKEN = re.compile(r"\w+")


def _shingles(text: str, n: int) -> set[str]:
    tokens = _TOKEN.findall(text.lower())
    if len(tokens) < n:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1)}


def _norm_line(line: str) -> str:
    return " ".join(_TOKEN.findall(line.lower()))


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n|\n", text or "") if p.strip()]


def _is_wire_outlet(outlet: Any) -> bool:
    from framing.clean import load_wires

    if not isinstance(outlet, str):
        return False
    low = outlet.strip().lower()
    return any(low == n.lower() for w in load_wires() for n in (w.name, *w.names, *w.tags))


def _check(articles: pd.DataFrame, threshold: float, num_perm: int, shingle: int) -> None:
    if not isinstance(articles, pd.DataFrame):
        raise TypeError(f"articles must be a pandas DataFrame; got {type(articles).__name__}")
    missing = [c for c in ("doc_id", "text") if c not in articles.columns]
    if missing:
        raise ValueError(f"articles lacks column(s) {', '.join(missing)}; load it with framing.load_corpus")
    if not articles["doc_id"].is_unique:
        raise ValueError("articles has duplicate doc_id values; syndication needs one row per article")
    if not 0 < threshold <= 1:
        raise ValueError(f"threshold={threshold!r} must be in (0, 1]; 0.6 finds copies with cuts and inserts")
    if not isinstance(num_perm, int) or num_perm < 16:
        raise ValueError(f"num_perm={num_perm!r} must be an integer of at least 16 (default 128)")
    if not isinstance(shingle, int) or shingle < 1:
        raise ValueError(f"shingle={shingle!r} must be a positive integer (words per shingle, default 5)")


def _bands(threshold: float, num_perm: int) -> tuple[int, int]:
    """Bands and rows whose S-curve midpoint ``(1/b)**(1/r)`` is closest to ``threshold`` (the closed form
    instead of datasketch's numerical optimisation, which is slow)."""

    def gap(bands: int, rows: int) -> float:
        return abs((1 / bands) ** (1 / rows) - threshold)

    best = (1, num_perm)
    for rows in range(1, num_perm + 1):
        bands = num_perm // rows
        if (gap(bands, rows), -bands) < (gap(*best), -best[0]):
            best = (bands, rows)
    return best


def _candidate_pairs(
    shingle_sets: list[set[str]], *, num_perm: int, random_state: int, lsh_threshold: float
) -> list[tuple[int, int]]:
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(num_perm=num_perm, params=_bands(lsh_threshold, num_perm))
    hashes = []
    for i, shingles in enumerate(shingle_sets):
        mh = MinHash(num_perm=num_perm, seed=random_state)
        if shingles:
            mh.update_batch([s.encode("utf-8") for s in sorted(shingles)])
            lsh.insert(str(i), mh)
        hashes.append(mh)
    pairs = set()
    for i, shingles in enumerate(shingle_sets):
        if not shingles:
            continue
        for key in lsh.query(hashes[i]):
            j = int(key)
            if j != i:
                pairs.add((min(i, j), max(i, j)))
    return sorted(pairs)


def _components(n: int, edges: list[tuple[int, int]]) -> list[int]:
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return [find(i) for i in range(n)]


def syndication_clusters(
    articles: pd.DataFrame,
    *,
    threshold: float = 0.6,
    num_perm: int = 128,
    shingle: int = 5,
    random_state: int = SEED,
    removed: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Cluster near-duplicate articles and describe each copy's changes against its cluster's original.

    Parameters
    ----------
    articles
        Articles table (``doc_id``, ``text``; ``headline``, ``outlet``, ``published``, ``wire`` are used when
        present).
    threshold
        Share of the shorter article's word 5-grams that must occur in the other for two articles to be copies
        of one story (overlap coefficient). Copies with a cut last paragraph and inserted lines stay well
        above 0.6; different reports of the same event share quotes but stay far below.
    num_perm, random_state
        MinHash permutations and seed (same seed, same clusters).
    shingle
        Words per shingle.
    removed
        The cleaning log of the load (``report.removed``: ``doc_id``, ``step``, ``removed``). When given, each
        row also lists ``boilerplate_lines`` (what cleaning removed from that article: promo lines, "Also Read"
        inserts, disclaimers, datelines, agency tags) and the summary counts them, so the changes an
        aggregator made stay visible after cleaning removed them from ``text``.

    Returns
    -------
    DataFrame
        One row per article, in the input order, with :data:`CLUSTER_COLUMNS`: ``cluster_id`` (the original's
        ``doc_id``; a singleton is its own cluster), ``is_original``, ``cluster_size``, ``wire`` (the cluster's
        agencies: the original's outlet when it is a wire, then agencies named by members' ``wire``),
        ``headline_changed``, ``n_inserted``/``inserted_lines`` (lines of this copy not in the original),
        ``n_cut``/``cut_lines`` (lines of the original missing here), ``changes`` (a readable summary).

    Examples
    --------
    >>> body = "\\n\\n".join(f"Paragraph {i} of the wire story about the summit in Geneva today." for i in range(6))
    >>> arts = pd.DataFrame({"doc_id": ["w", "c", "x"], "outlet": ["Meridian Press Agency", "FeedCascade", "Other"],
    ...     "headline": ["Summit opens", "WATCH: Summit opens in Geneva", "Unrelated"],
    ...     "text": [body, "Also Read | Other news\\n\\n" + body.rsplit("\\n\\n", 1)[0], "A different story entirely."]})
    >>> out = syndication_clusters(arts)
    >>> out[["doc_id", "cluster_id", "is_original", "wire", "changes"]].values.tolist()
    [['w', 'w', True, 'MPA', 'original'], ['c', 'w', False, 'MPA', 'headline changed; 1 line inserted; 1 line cut'], ['x', 'x', True, None, 'original']]
    """
    _check(articles, threshold, num_perm, shingle)
    texts = [t if isinstance(t, str) else "" for t in articles["text"]]
    shingle_sets = [_shingles(t, shingle) for t in texts]
    n = len(texts)
    lsh_threshold = max(0.05, min(0.9, threshold * 0.5))
    candidates = _candidate_pairs(
        shingle_sets, num_perm=num_perm, random_state=random_state, lsh_threshold=lsh_threshold
    )
    edges = []
    for i, j in candidates:
        a, b = shingle_sets[i], shingle_sets[j]
        smaller = min(len(a), len(b))
        if smaller and len(a & b) / smaller >= threshold:
            edges.append((i, j))
    roots = _components(n, edges)
    members: dict[int, list[int]] = {}
    for i, r in enumerate(roots):
        members.setdefault(r, []).append(i)

    doc_ids = articles["doc_id"].astype(str).tolist()
    outlets = articles["outlet"].tolist() if "outlet" in articles.columns else [None] * n
    headlines = articles["headline"].tolist() if "headline" in articles.columns else [None] * n
    published = (
        pd.to_datetime(articles["published"], errors="coerce").tolist()
        if "published" in articles.columns
        else [pd.NaT] * n
    )
    wires = articles["wire"].tolist() if "wire" in articles.columns else [None] * n
    lines = [[_norm_line(p) for p in _paragraphs(t)] for t in texts]
    raw_lines = [_paragraphs(t) for t in texts]

    rows: list[dict[str, Any] | None] = [None] * n
    for group in members.values():

        def own_lines(i: int, group: list[int] = group) -> int:
            others = set().union(*(set(lines[j]) for j in group if j != i)) if len(group) > 1 else set()
            return sum(1 for line in lines[i] if line not in others)

        def key(i: int) -> tuple:
            date = published[i]
            return (
                not _is_wire_outlet(outlets[i]),
                pd.isna(date),
                date if not pd.isna(date) else 0,
                own_lines(i),
                doc_ids[i],
            )

        original = min(group, key=key) if len(group) > 1 else group[0]
        agencies: list[str] = []
        if _is_wire_outlet(outlets[original]):
            from framing.clean import wire_for_tag, wires_in

            name = wire_for_tag(str(outlets[original])) or next(iter(wires_in(str(outlets[original]))), None)
            if name:
                agencies.append(name)
        for i in sorted(group, key=lambda i: (i != original, i)):
            agencies.extend(split_wire(wires[i]))
        wire = join_wire(agencies)
        original_lines = set(lines[original])
        for i in group:
            if i == original:
                inserted, cut, changed = [], [], False
            else:
                mine = set(lines[i])
                inserted = [raw for raw, norm in zip(raw_lines[i], lines[i]) if norm not in original_lines]
                cut = [raw for raw, norm in zip(raw_lines[original], lines[original]) if norm not in mine]
                h_i, h_o = headlines[i], headlines[original]
                changed = isinstance(h_i, str) and isinstance(h_o, str) and _norm_line(h_i) != _norm_line(h_o)
            parts = []
            if changed:
                parts.append("headline changed")
            if inserted:
                parts.append(f"{len(inserted)} line{'s' if len(inserted) != 1 else ''} inserted")
            if cut:
                parts.append(f"{len(cut)} line{'s' if len(cut) != 1 else ''} cut")
            summary = "original" if i == original else ("; ".join(parts) or "identical")
            rows[i] = {
                "doc_id": doc_ids[i],
                "cluster_id": doc_ids[original],
                "is_original": i == original,
                "cluster_size": len(group),
                "wire": wire,
                "headline_changed": bool(changed),
                "n_inserted": len(inserted),
                "n_cut": len(cut),
                "inserted_lines": inserted,
                "cut_lines": cut,
                "changes": summary,
            }
    out = pd.DataFrame(rows, columns=list(CLUSTER_COLUMNS))
    out["cluster_size"] = out["cluster_size"].astype(np.int64)
    if removed is not None:
        if not {"doc_id", "removed"} <= set(removed.columns):
            raise ValueError(
                "removed must be the cleaning log (columns doc_id, step, removed), e.g. report.removed"
            )
        by_doc: dict[str, list[str]] = {}
        for doc_id, text in zip(removed["doc_id"].astype(str), removed["removed"].astype(str)):
            by_doc.setdefault(doc_id, []).append(text)
        out["boilerplate_lines"] = [by_doc.get(d, []) for d in out["doc_id"]]
        counts = out["boilerplate_lines"].map(len)
        out["changes"] = [
            f"{c}; {n} boilerplate line{'s' if n != 1 else ''} removed by cleaning" if n else c
            for c, n in zip(out["changes"], counts)
        ]
    return out


def add_clusters(articles: pd.DataFrame, **options: Any) -> pd.DataFrame:
    """Return a copy of ``articles`` with ``cluster_id`` and ``is_original`` columns (options as in
    :func:`syndication_clusters`). Singletons get their own ``doc_id`` as ``cluster_id``.

    Examples
    --------
    >>> arts = pd.DataFrame({"doc_id": ["a", "b"], "text": ["One story here.", "Another one."]})
    >>> add_clusters(arts)["cluster_id"].tolist()
    ['a', 'b']
    """
    clusters = syndication_clusters(articles, **options)
    out = articles.copy()
    out["cluster_id"] = clusters["cluster_id"].to_numpy()
    out["is_original"] = clusters["is_original"].to_numpy()
    return out


def count_once(articles: pd.DataFrame, **options: Any) -> pd.DataFrame:
    """Keep one article per syndication cluster (the original), computing clusters when ``cluster_id`` and
    ``is_original`` are not there yet.

    Examples
    --------
    >>> arts = pd.DataFrame({"doc_id": ["a", "b"], "text": ["Same story told twice here today."] * 2})
    >>> count_once(arts)["doc_id"].tolist()
    ['a']
    """
    if not {"cluster_id", "is_original"} <= set(articles.columns):
        articles = add_clusters(articles, **options)
    return articles[articles["is_original"].astype(bool)].reset_index(drop=True)


_HEADLINE_TEMPLATES = (
    "WATCH: {h}",
    "{h} | Latest Updates",
    "Breaking News: {h}",
    "{h}: What We Know So Far",
    "Explained: {h}",
)


def aggregator_copy(
    article: dict[str, Any],
    *,
    site: str = "NewsFeedHub",
    section: str = "World",
    agency: str = "Press Trust of India (PTI)",
    also_read: list[str] | tuple[str, ...] = (),
    random_state: int = SEED,
) -> dict[str, Any]:
    """Republish an article the way a news aggregator does, for testing syndication detection: a new
    headline, a promo line that repeats the lede, "Also Read | ..." lines inserted between paragraphs, a
    syndication disclaimer at the end, and the last paragraph cut.

    Returns a new article dict (``doc_id`` suffixed with ``-copy``, ``outlet`` = ``site``); the input is not
    changed. The wording is the project's own; only the shape follows real aggregator pages.

    Examples
    --------
    >>> art = {"doc_id": "a1", "headline": "Talks open", "text": "First para. More.\\n\\nSecond.\\n\\nThird."}
    >>> copy = aggregator_copy(art, also_read=["Another story"], random_state=1)
    >>> copy["text"].split("\\n\\n")[0]
    'Get latest articles and stories on World at NewsFeedHub. First para.'
    >>> "Third." in copy["text"], copy["text"].count("Also Read | ")
    (False, 1)
    """
    rng = np.random.default_rng(random_state)
    paragraphs = _paragraphs(str(article.get("text") or ""))
    body = paragraphs[:-1] if len(paragraphs) > 1 else paragraphs
    lede = re.split(r"(?<=[.!?])\s+", body[0])[0] if body else ""
    out = [f"Get latest articles and stories on {section} at {site}. {lede}".strip()] + list(body)
    for headline in also_read:
        position = int(rng.integers(2, len(out) + 1)) if len(out) > 2 else len(out)
        out.insert(position, f"Also Read | {headline}")
    out.append(
        f"(The above story is verified and authored by {agency} staff. {agency.split(' (')[0]} runs a wide "
        f"network of reporters across the country. The views appearing in the above post do not reflect "
        f"the opinions of {site})"
    )
    template = _HEADLINE_TEMPLATES[int(rng.integers(len(_HEADLINE_TEMPLATES)))]
    copy = dict(article)
    copy.update(
        {
            "doc_id": f"{article.get('doc_id')}-copy",
            "outlet": site,
            "outlet_raw": site,
            "headline": template.format(h=article.get("headline") or "Update"),
            "text": "\n\n".join(out),
        }
    )
    return copy


def evaluate_syndication(
    articles: pd.DataFrame,
    *,
    n_copies: int = 60,
    n_double: int = 15,
    clean: bool = False,
    random_state: int = SEED,
    **options: Any,
) -> dict[str, Any]:
    """Hide aggregator copies (:func:`aggregator_copy`) of ``n_copies`` randomly chosen articles among
    ``articles`` (``n_double`` of them copied by two aggregators) and score :func:`syndication_clusters` on
    the pairs of articles that tell one story: precision, recall, the share of clusters whose original is the
    true original, and the share of copies whose headline change and cut last paragraph are reported.

    ``clean=True`` runs :func:`framing.clean.clean_articles` on the mixed table first (as a load would).
    """
    if len(articles) < n_copies + 2:
        raise ValueError(f"articles has {len(articles)} rows; need more than n_copies={n_copies}")
    rng = np.random.default_rng(random_state)
    base = articles.reset_index(drop=True).copy()
    if "published" in base.columns:
        base["published"] = pd.to_datetime(base["published"], errors="coerce")
    chosen = sorted(rng.choice(len(base), size=n_copies, replace=False).tolist())
    doubles = set(chosen[:n_double])
    headlines = [h for h in base.get("headline", pd.Series(dtype=object)).dropna().astype(str)] or [
        "More news"
    ]
    copies, truth = [], []
    sites = ("NewsFeedHub", "DailyWireDigest")
    for index in chosen:
        source = base.iloc[index].to_dict()
        for k, site in enumerate(sites[: 2 if index in doubles else 1]):
            picks = rng.choice(len(headlines), size=2, replace=False)
            copy = aggregator_copy(
                source,
                site=site,
                also_read=[headlines[int(p)] for p in picks],
                random_state=int(rng.integers(1_000_000)),
            )
            copy["doc_id"] = f"{source['doc_id']}-copy{k + 1}"
            if isinstance(source.get("published"), pd.Timestamp) and not pd.isna(source["published"]):
                copy["published"] = source["published"] + pd.Timedelta(days=1)
            copy["wire"] = None
            copies.append(copy)
            truth.append((str(source["doc_id"]), copy["doc_id"]))
    mixed = pd.concat([base, pd.DataFrame(copies)], ignore_index=True)
    if clean:
        from framing.clean import clean_articles

        mixed, _removed = clean_articles(mixed)
    clusters = syndication_clusters(mixed, random_state=random_state, **options)
    true_pairs: set[tuple[str, str]] = set()
    groups: dict[str, list[str]] = {}
    for original, copy_id in truth:
        groups.setdefault(original, [original]).append(copy_id)
    for members in groups.values():
        true_pairs |= {(a, b) if a < b else (b, a) for i, a in enumerate(members) for b in members[i + 1 :]}
    predicted: set[tuple[str, str]] = set()
    for _cid, frame in clusters.groupby("cluster_id", sort=True):
        ids = sorted(frame["doc_id"])
        predicted |= {(a, b) for i, a in enumerate(ids) for b in ids[i + 1 :]}
    tp = len(true_pairs & predicted)
    by_id = clusters.set_index("doc_id")
    originals_right = sum(bool(by_id.loc[o, "is_original"]) for o in groups)
    copy_rows = by_id.loc[[c for _o, c in truth]]
    return {
        "articles": int(len(base)),
        "copies": len(copies),
        "true_pairs": len(true_pairs),
        "predicted_pairs": len(predicted),
        "true_positive_pairs": tp,
        "precision": round(tp / len(predicted), 4) if predicted else 0.0,
        "recall": round(tp / len(true_pairs), 4) if true_pairs else 0.0,
        "original_accuracy": round(originals_right / len(groups), 4),
        "headline_change_reported": round(float(copy_rows["headline_changed"].mean()), 4),
        "cut_reported": round(float((copy_rows["n_cut"] >= 1).mean()), 4),
        "clean": clean,
    }
