"""Quote attribution on PolNeAR: source and cue precision, recall and F1 of ``framing``'s quote detector.

PolNeAR (Newell, Margolin & Ruths, LREC 2018) annotates every attribution in 1,008 US election articles as BRAT
standoff: ``Source``, ``Cue`` and ``Content`` spans tied together by ``E`` events. This script reads the split
at run time from ``framing.settings.realdata_dir() / "polnear"`` (nothing of it is copied into the repo), runs
the quote detector over each article and scores the spans.

Scoring (stated in docs/quotes.md too):

* Gold: for each article, the annotation of the FIRST annotator listed in ``metadata.tsv`` (a few articles were
  annotated by six people; one annotation per article keeps gold counts honest). Every event with a ``Cue`` is a
  gold cue; every event with a ``Source`` is a gold source.
* Predictions: one per attribution the detector (:func:`framing.features.quotes.find_attributions`, the code
  behind ``detect``) finds in the whole article parsed by ``framing``'s pipeline, with its cue and source spans.
* **exact**: spans equal after trimming spaces and edge punctuation. **overlap**: spans share a character.
  Matching is one-to-one and greedy in document order.
* **cue** and **source** are scored as span sets; **relation_overlap** needs the source AND cue of one
  prediction to overlap the source and cue of one gold event; **source_given_cue** is the share of predictions
  whose cue matches a gold cue that also get that relation's source right (the "speaker match" of quote
  attribution studies).
* Settings: ``quotes`` is what ``extract_frames`` emits (speech and writing cues); ``attribution`` adds stance
  cues (believe, think, show, find, call, want, ...) because PolNeAR also annotates beliefs, evaluations and
  evidence. ``quotes_recall_on_speech_cues`` keeps precision against all gold relations but counts recall only
  on gold relations whose cue holds a speech/writing verb of the lexicon or "according to" (the relations a
  quote detector is meant to find; the subset is defined by the same lexicon, so it measures source and cue
  finding, not lexicon coverage - the full-gold figures measure that). ``quotes_recall_on_common_cues`` does the
  same for a subset fixed outside the project: relations whose cue is one of the most common PolNeAR cues its
  README lists (say, tell, write, add, "according to").
* ``extract_frames`` scores the product path (sentence splitter, gate, windows) on cues (and on sources when
  its rows carry ``speaker_text``).

Run (a few minutes on one core)::

    .venv/bin/python benchmarks/polnear_quotes.py --split test

Results go to ``benchmarks/results/polnear_quotes.json`` (sorted keys, 4-decimal floats) for the test split;
other splits print only unless ``--out`` is given.
"""

from __future__ import annotations

import argparse
import csv
import json
import platform
import re
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from framing import settings  # noqa: E402
from framing.features import quotes  # noqa: E402

_BRAT_T = re.compile(r"^(T\d+)\t(\S+) ([\d ;]+)(?:\t|$)")
_EDGE = " \t\n,.;:\"'“”‘’()[]—–-"


def read_ann(path: Path) -> tuple[dict[str, tuple[str, list[tuple[int, int]]]], list[dict[str, str]]]:
    """BRAT standoff: text-bound spans (``T``) and events (``E``); other lines (notes) are ignored."""
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        m = _BRAT_T.match(line)
        if m:
            ranges = [tuple(int(x) for x in part.split()) for part in m.group(3).split(";") if part.strip()]
            spans[m.group(1)] = (m.group(2), [(a, b) for a, b in ranges])
        elif line.startswith("E"):
            fields = line.split("\t")
            if len(fields) >= 2:
                events.append(dict(arg.split(":", 1) for arg in fields[1].split() if ":" in arg))
    return spans, events


def load_split(root: Path, split: str, limit: int | None = None) -> list[dict]:
    """Articles of one split with their gold cue and source spans (first listed annotator)."""
    first: dict[str, str] = {}
    with open(root / "metadata.tsv", encoding="utf-8", newline="") as fh:
        for rec in csv.DictReader(fh, delimiter="\t"):
            if rec["compartment"] == split:
                first[rec["filename"]] = rec["annotators"].split("|")[0]
    out = []
    for name in sorted(first):
        text_path = root / split / "text" / f"{name}.txt"
        ann_path = root / split / "attributions" / f"{name}_{first[name]}.ann"
        if not text_path.exists() or not ann_path.exists():
            print(f"skip {name}: missing {text_path.name if not text_path.exists() else ann_path.name}",
                  file=sys.stderr)
            continue
        text = text_path.read_text(encoding="utf-8")
        spans, events = read_ann(ann_path)
        gold = []
        for ev in events:
            cue = spans.get(ev.get("Cue", ""), (None, []))[1]
            src = spans.get(ev.get("Source", ""), (None, []))[1]
            if cue:
                gold.append({"cue": _bounds(cue), "source": _bounds(src) if src else None})
        out.append({"name": name, "text": text, "gold": gold})
        if limit and len(out) >= limit:
            break
    return out


def _bounds(ranges: list[tuple[int, int]]) -> tuple[int, int]:
    return min(a for a, _ in ranges), max(b for _, b in ranges)


def _trim(text: str, span: tuple[int, int]) -> tuple[int, int]:
    s, e = span
    while s < e and text[s] in _EDGE:
        s += 1
    while e > s and text[e - 1] in _EDGE:
        e -= 1
    return s, e


def _match_ids(text: str, pred: list[tuple[int, int]], gold: list[tuple[int, int]], how: str) -> list[int]:
    """Indices of gold spans matched one-to-one (greedy, predictions in document order)."""
    used = [False] * len(gold)
    hits = []
    for p in sorted(pred):
        pt = _trim(text, p)
        for j, g in enumerate(gold):
            if used[j]:
                continue
            gt = _trim(text, g)
            ok = pt == gt if how == "exact" else (pt[0] < gt[1] and gt[0] < pt[1])
            if ok:
                used[j] = True
                hits.append(j)
                break
    return hits


def _relations(pred: list[dict], gold: list[dict]) -> int:
    used = [False] * len(gold)
    hits = 0
    for p in pred:
        if p["source"] is None:
            continue
        for j, g in enumerate(gold):
            if used[j] or g["source"] is None:
                continue
            if _overlaps(p["cue"], g["cue"]) and _overlaps(p["source"], g["source"]):
                used[j] = True
                hits += 1
                break
    return hits


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float | int]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp,
            "predicted": n_pred, "gold": n_gold}


def predict_frames(articles: list[dict]) -> list[list[dict]]:
    """Quote rows from ``extract_frames`` (the product path: sentence splitter, gate, windows), as spans."""
    from framing import extract_frames

    frames = extract_frames([a["text"] for a in articles], features=["quote"], cache="off")
    preds: list[list[dict]] = [[] for _ in articles]
    for row in frames.itertuples(index=False):
        text = articles[row.doc_id]["text"]
        preds[row.doc_id].append(_row_spans(text, row))
    return preds


def _row_spans(text: str, row) -> dict:
    """Cue and source offsets of a quote row. The evidence span is the source mention and the cue, one at each
    end, so the cue is found at one end; the source is ``speaker_text`` at the other end when the table has that
    column (``None`` otherwise: then only cues are scored for this path)."""
    start, end, cue = int(row.start), int(row.end), row.cue
    if text[start:start + len(cue)] == cue:
        cue_span = (start, start + len(cue))
    else:
        cue_span = (end - len(cue), end)
    speaker = getattr(row, "speaker_text", None)
    src = None
    if isinstance(speaker, str) and speaker:
        if text[start:start + len(speaker)] == speaker:
            src = (start, start + len(speaker))
        elif text[end - len(speaker):end] == speaker:
            src = (end - len(speaker), end)
    return {"cue": cue_span, "source": src}


def predict_attributions(docs: list, kinds) -> list[list[dict]]:
    """Attributions from :func:`framing.features.quotes.find_attributions` on whole-article parses."""
    preds = []
    for doc in docs:
        rows = []
        for att in quotes.find_attributions(doc, kinds=kinds):
            src = (att.speaker_start, att.speaker_end) if att.speaker_start is not None else None
            rows.append({"cue": (att.cue_start, att.cue_end), "source": src})
        preds.append(rows)
    return preds


#: The most common PolNeAR cues as the dataset's README lists them (said, says, told, "according to", wrote,
#: added): a subset of gold relations defined outside this project's lexicon.
COMMON_CUE_LEMMAS = frozenset({"say", "tell", "write", "add"})


def speech_subset(articles: list[dict], docs: list, lemmas: frozenset[str] | None = None) -> list[list[bool]]:
    """Per gold relation: does its cue hold one of ``lemmas`` (default: the speech and writing cues of the
    lexicon) or "according to"?"""
    lex = quotes.load_lexicon()
    speech = lemmas if lemmas is not None else {
        k for k, v in lex["verbs"].items() if v["kind"] in quotes.QUOTE_KINDS}
    out = []
    for art, doc in zip(articles, docs):
        flags = []
        for g in art["gold"]:
            span = doc.char_span(g["cue"][0], g["cue"][1], alignment_mode="expand")
            lemmas = {t.lemma_.lower() for t in span} if span is not None else set()
            flags.append(bool(lemmas & speech) or "according to" in art["text"][g["cue"][0]:g["cue"][1]].lower())
        out.append(flags)
    return out


def source_given_cue(articles: list[dict], preds: list[list[dict]]) -> dict:
    """Speaker match: of predictions whose cue overlaps a gold cue that has a source, the share whose source
    overlaps (and equals, exact) that gold source."""
    n = hit_overlap = hit_exact = 0
    for art, pred in zip(articles, preds):
        text = art["text"]
        for p in pred:
            g = next((g for g in art["gold"] if g["source"] is not None and _overlaps(p["cue"], g["cue"])), None)
            if g is None:
                continue
            n += 1
            if p["source"] is not None and _overlaps(p["source"], g["source"]):
                hit_overlap += 1
                hit_exact += _trim(text, p["source"]) == _trim(text, g["source"])
    return {"matched_cues": n, "overlap": round(hit_overlap / n, 4) if n else 0.0,
            "exact": round(hit_exact / n, 4) if n else 0.0}


def score(articles: list[dict], preds: list[list[dict]], subset: list[list[bool]] | None = None) -> dict:
    """P/R/F1 of cue and source spans (exact and overlap) and of relations. With ``subset``, recall counts only
    the flagged gold relations (and precision all gold), i.e. recall on the relations the detector is meant to
    find."""
    totals: dict[str, int] = {}
    n_cue_gold = n_src_gold = 0
    for i, (art, pred) in enumerate(zip(articles, preds)):
        text = art["text"]
        gold = art["gold"]
        if subset is not None:
            # precision against all gold relations; recall against the flagged ones
            flags = subset[i]
            for how in ("exact", "overlap"):
                matched = _match_ids(text, [p["cue"] for p in pred], [g["cue"] for g in gold], how)
                totals[f"cue_{how}_p"] = totals.get(f"cue_{how}_p", 0) + len(matched)
                totals[f"cue_{how}"] = totals.get(f"cue_{how}", 0) + sum(flags[j] for j in matched)
                srcs = [(j, g["source"]) for j, g in enumerate(gold) if g["source"] is not None]
                matched = _match_ids(text, [p["source"] for p in pred if p["source"] is not None],
                                     [s for _, s in srcs], how)
                totals[f"source_{how}_p"] = totals.get(f"source_{how}_p", 0) + len(matched)
                totals[f"source_{how}"] = totals.get(f"source_{how}", 0) + sum(flags[srcs[m][0]] for m in matched)
            n_cue_gold += sum(flags)
            n_src_gold += sum(f for f, g in zip(flags, gold) if g["source"] is not None)
            continue
        g_cue = [g["cue"] for g in gold]
        g_src = [g["source"] for g in gold if g["source"] is not None]
        p_cue = [p["cue"] for p in pred]
        p_src = [p["source"] for p in pred if p["source"] is not None]
        for how in ("exact", "overlap"):
            totals[f"cue_{how}"] = totals.get(f"cue_{how}", 0) + len(_match_ids(text, p_cue, g_cue, how))
            totals[f"source_{how}"] = totals.get(f"source_{how}", 0) + len(_match_ids(text, p_src, g_src, how))
        totals["relation"] = totals.get("relation", 0) + _relations(pred, gold)
        n_cue_gold += len(g_cue)
        n_src_gold += len(g_src)
    n_cue_pred = sum(len(p) for p in preds)
    n_src_pred = sum(1 for p in preds for r in p if r["source"] is not None)
    out: dict = {}
    for part, n_pred, n_gold in (("cue", n_cue_pred, n_cue_gold), ("source", n_src_pred, n_src_gold)):
        out[part] = {}
        for how in ("exact", "overlap"):
            tp_r = totals.get(f"{part}_{how}", 0)
            tp_p = totals.get(f"{part}_{how}_p", tp_r)
            out[part][how] = _prf2(tp_p, n_pred, tp_r, n_gold)
    if subset is None:
        out["relation_overlap"] = _prf(totals.get("relation", 0), n_src_pred, n_src_gold)
        out["source_given_cue"] = source_given_cue(articles, preds)
    return out


def _prf2(tp_p: int, n_pred: int, tp_r: int, n_gold: int) -> dict[str, float | int]:
    p = tp_p / n_pred if n_pred else 0.0
    r = tp_r / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp_precision": tp_p,
            "tp_recall": tp_r, "predicted": n_pred, "gold": n_gold}


def parse_texts(texts: list[str]) -> list:
    from framing import nlp as nlp_module

    nlp = nlp_module.get_nlp()
    return list(nlp.pipe(texts, batch_size=16))


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", default="test", choices=("train", "dev", "test"))
    ap.add_argument("--limit", type=int, default=None, help="score only the first N articles (development)")
    ap.add_argument("--out", type=Path, default=None,
                    help="result JSON (default benchmarks/results/polnear_quotes.json for --split test)")
    args = ap.parse_args(argv)
    root = settings.realdata_dir() / "polnear"
    if not root.is_dir():
        raise SystemExit(f"PolNeAR not found at {root}; set FRAMING_REALDATA to the folder holding polnear/")
    t0 = time.perf_counter()
    articles = load_split(root, args.split, args.limit)
    docs = parse_texts([a["text"] for a in articles])
    t_parse = time.perf_counter() - t0
    articles = [dict(a, index=i) for i, a in enumerate(articles)]
    result: dict = {
        "dataset": "PolNeAR v1.0.0",
        "split": args.split,
        "articles": len(articles),
        "gold_relations": sum(len(a["gold"]) for a in articles),
        "gold_sources": sum(1 for a in articles for g in a["gold"] if g["source"] is not None),
        "model": settings.model_name(),
        "gold_annotator": "first listed in metadata.tsv",
        "matching": "one-to-one greedy; exact = equal spans after trimming spaces/edge punctuation; "
                    "overlap = at least one shared character; relation = source and cue of one gold event "
                    "both overlap",
    }
    quote_pred = predict_attributions(docs, quotes.QUOTE_KINDS)
    result["quotes"] = score(articles, quote_pred)
    result["quotes_recall_on_speech_cues"] = score(articles, quote_pred, speech_subset(articles, docs))
    result["quotes_recall_on_common_cues"] = score(articles, quote_pred,
                                                   speech_subset(articles, docs, COMMON_CUE_LEMMAS))
    result["common_cues"] = sorted(COMMON_CUE_LEMMAS | {"according to"})
    result["attribution"] = score(articles, predict_attributions(docs, "all"))
    t1 = time.perf_counter()
    frames_pred = predict_frames(articles)
    result["seconds_extract_frames"] = round(time.perf_counter() - t1, 1)
    frames_score = score(articles, frames_pred)
    result["extract_frames"] = {"cue": frames_score["cue"],
                                "source": frames_score["source"] if any(
                                    r["source"] for p in frames_pred for r in p) else "not scored: no speaker_text "
                                "column in extract_frames rows"}
    result["seconds"] = round(time.perf_counter() - t0, 1)
    result["seconds_parse"] = round(t_parse, 1)
    result["date"] = datetime.now(timezone.utc).strftime("%Y-%m-%d")
    result["machine"] = f"{platform.machine()}, {platform.python_implementation()} {platform.python_version()}"
    out = args.out or (REPO / "benchmarks" / "results" / "polnear_quotes.json" if args.split == "test" else None)
    text = json.dumps(result, indent=2, sort_keys=True)
    print(text)
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text + "\n", encoding="utf-8")
    return result


if __name__ == "__main__":
    main()
