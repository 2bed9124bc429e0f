"""Score frame rows against an annotated set (dev, held-out or gold) (JSON Lines; format in docs/features.md).

Matching: a predicted row matches a gold frame when it is in the same record, has the same feature, and the gold
``evidence`` lies inside the predicted row's sentence; pairs are matched one to one, greedily, best role agreement
first. Per feature: precision, recall, F1. Role accuracy: the share of matched pairs whose every role field given
in the gold frame equals the prediction, plus accuracy per role.

Role values are compared after normalisation (case, surrounding spaces/punctuation, a leading "the"/"a", a
trailing "'s"); two names of one gazetteer actor agree ("International Atomic Energy Agency" ~ "IAEA"); two
non-gazetteer actors also agree when their head nouns (last words) agree ("the island's government" ~ "the
government"). Free-text roles (``reason``, ``issue``, ``content``) agree when one contains the
other or their word overlap (Jaccard) is at least 0.5. ``qualified`` compares booleans. Blame rows with
``blamed_kind="non-actor"`` are never counted (codebook: not blame between actors).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from framing._callable import make_module_callable
from framing.actors import canonical_actor
from framing.nlp import split_sentences
from framing.settings import REPO_ROOT

ROLES: dict[str, tuple[str, ...]] = {
    "partner_hierarchy": ("senior", "junior"),
    "neutrality_claim": ("claimant", "voice", "qualified", "issue"),
    "blame_attribution": ("blamer", "blamed", "reason", "polarity"),
    "quote": ("speaker", "cue", "content"),
}
_ACTOR_ROLES = frozenset({"senior", "junior", "claimant", "blamer", "blamed", "speaker"})
_TEXT_ROLES = frozenset({"reason", "issue", "content"})


def read_records(path_or_records: str | Path | Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Read annotation records (JSONL path or an iterable of dicts); resolve ``file`` records to their text.

    Raises ``ValueError`` naming the line and the problem for malformed records.

    Examples
    --------
    >>> recs = read_records([{"id": "a", "text": "Moscow blamed Kyiv.", "frames": []}])
    >>> recs[0]["text"]
    'Moscow blamed Kyiv.'
    """
    if isinstance(path_or_records, (str, Path)):
        path = Path(path_or_records)
        if not path.is_file():
            raise FileNotFoundError(f"path={str(path)!r} is not a file; give a JSONL file of annotation records")
        raw = []
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                raw.append(json.loads(line))
            except json.JSONDecodeError as err:
                raise ValueError(f"{path}: line {n} is not valid JSON ({err.msg}); fix or remove it") from err
    else:
        raw = list(path_or_records)
    out = []
    loaded: dict[str, pd.DataFrame] = {}
    for n, rec in enumerate(raw, 1):
        if not isinstance(rec, dict) or "frames" not in rec or not isinstance(rec["frames"], list):
            raise ValueError(f"record {n} has no `frames` list; every record needs `frames` ([] for a negative)")
        text = rec.get("text")
        if text is None and rec.get("file"):
            text = _text_of_file(rec, loaded)
        if not isinstance(text, str):
            raise ValueError(f"record {n} (id={rec.get('id')!r}) has neither `text` nor a readable `file`")
        for f in rec["frames"]:
            if f.get("feature") not in ROLES:
                raise ValueError(f"record {n} (id={rec.get('id')!r}): feature={f.get('feature')!r} is invalid; "
                                 f"expected one of {', '.join(ROLES)}")
            if not isinstance(f.get("evidence"), str) or f["evidence"] not in text:
                raise ValueError(f"record {n} (id={rec.get('id')!r}): evidence {f.get('evidence')!r} is not a "
                                 "verbatim substring of the text")
        out.append({**rec, "text": text, "id": rec.get("id", f"record-{n}")})
    return out


def _text_of_file(rec: dict[str, Any], cache: dict[str, pd.DataFrame]) -> str | None:
    from framing.load import load_corpus

    path = (REPO_ROOT / rec["file"]).resolve()
    key = str(path)
    if key not in cache:
        cache[key] = load_corpus(path).articles
    arts = cache[key]
    if "record" in rec and rec["record"] is not None and "source_record" in arts.columns:
        arts = arts[arts["source_record"].astype(str) == str(rec["record"])]
    return str(arts["text"].iloc[0]) if len(arts) else None


def _norm(v: Any) -> str | None:
    if v is None or (isinstance(v, float) and pd.isna(v)):
        return None
    s = str(v).replace("’", "'").lower().strip(" \t\n.,;:\"“”'()")
    s = re.sub(r"'s$", "", s)
    s = re.sub(r"^(the|a|an) ", "", s)
    return re.sub(r"\s+", " ", s) or None


def role_equal(role: str, gold: Any, pred: Any) -> bool:
    """Do a gold and a predicted role value agree (see the module docstring)?

    Examples
    --------
    >>> role_equal("blamer", "the government", "government"), role_equal("blamed", "Russia", "China")
    (True, False)
    >>> role_equal("reason", "provoking Moscow", "provoking Moscow into war")
    True
    >>> role_equal("speaker", "International Atomic Energy Agency", "IAEA")
    True
    """
    if role == "qualified":
        if gold is None:
            return pred is None or (isinstance(pred, float) and pd.isna(pred))
        return pred is not None and not (isinstance(pred, float) and pd.isna(pred)) and bool(pred) == bool(gold)
    g, p = _norm(gold), _norm(pred)
    if g is None or p is None:
        return g is None and p is None
    if g == p:
        return True
    if role in _ACTOR_ROLES:
        cg, cp = canonical_actor(str(gold)), canonical_actor(str(pred))
        if cg is None and cp is None:
            return g.split(" ")[-1] == p.split(" ")[-1]
        return cg == cp  # two names of one actor ("IAEA" and "International Atomic Energy Agency")
    if role in _TEXT_ROLES:
        if g in p or p in g:
            return True
        gw, pw = set(re.findall(r"\w+", g)), set(re.findall(r"\w+", p))
        return bool(gw | pw) and len(gw & pw) / len(gw | pw) >= 0.5
    return False


def match(records: Sequence[dict[str, Any]], frames: pd.DataFrame, *,
          features: Sequence[str]) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """Match predictions to gold. Returns (pairs, false positives, false negatives) as lists of dicts."""
    pairs, fps, fns = [], [], []
    for i, rec in enumerate(records):
        text = rec["text"]
        spans = split_sentences(text)
        preds = frames[(frames["doc_id"] == i) & frames["feature"].isin(features)]
        if "blamed_kind" in preds.columns:
            preds = preds[preds["blamed_kind"] != "non-actor"]
        preds = preds.to_dict("records")
        golds = [g for g in rec["frames"] if g["feature"] in features]
        cands = []
        for gi, g in enumerate(golds):
            occ = [m.start() for m in re.finditer(re.escape(g["evidence"]), text)]
            for pi, p in enumerate(preds):
                if p["feature"] != g["feature"] or p["sent_id"] >= len(spans):
                    continue
                a, b = spans[p["sent_id"]]
                if not any(a <= o and o + len(g["evidence"]) <= b for o in occ):
                    continue
                roles = [r for r in ROLES[g["feature"]] if r in g]
                agree = sum(role_equal(r, g[r], p.get(r)) for r in roles)
                cands.append((-agree, abs(p["start"] - (occ[0] if occ else 0)), gi, pi))
        used_g, used_p = set(), set()
        for _, _, gi, pi in sorted(cands):
            if gi in used_g or pi in used_p:
                continue
            used_g.add(gi)
            used_p.add(pi)
            pairs.append({"id": rec["id"], "gold": golds[gi], "pred": preds[pi]})
        fns += [{"id": rec["id"], "gold": g} for gi, g in enumerate(golds) if gi not in used_g]
        fps += [{"id": rec["id"], "pred": p} for pi, p in enumerate(preds) if pi not in used_p]
    return pairs, fps, fns


def evaluate(path_or_records: str | Path | Iterable[dict[str, Any]], *, frames: pd.DataFrame | None = None,
             features: Sequence[str] | None = None, mode: str = "gated", n_process: int = 1) -> dict[str, Any]:
    """Score :func:`framing.extract_frames` (or given ``frames``) against annotation records.

    Parameters
    ----------
    path_or_records
        A JSONL file in the annotation format, or its records.
    frames
        Predicted frame rows with ``doc_id`` = record position; default: run ``extract_frames`` on the texts.
    features
        Features to score; default: every feature that occurs in the gold frames.

    Returns
    -------
    dict
        ``scores`` (DataFrame: feature, n_gold, n_pred, tp, fp, fn, precision, recall, f1, role_accuracy),
        ``roles`` (DataFrame: feature, role, n, correct, accuracy), ``role_accuracy`` (float, all features),
        ``errors`` (DataFrame of false positives, false negatives and role mismatches, for reading).
    """
    records = read_records(path_or_records)
    if features is None:
        features = [f for f in ROLES if any(g["feature"] == f for r in records for g in r["frames"])]
    features = list(features)
    if frames is None:
        from framing.features import extract_frames

        frames = extract_frames([r["text"] for r in records], features=features, mode=mode, n_process=n_process)
    pairs, fps, fns = match(records, frames, features=features)
    score_rows, role_rows, errors = [], [], []
    all_ok = all_n = 0
    for f in features:
        fp_ = [x for x in fps if x["pred"]["feature"] == f]
        fn_ = [x for x in fns if x["gold"]["feature"] == f]
        pf = [x for x in pairs if x["gold"]["feature"] == f]
        tp = len(pf)
        prec = tp / (tp + len(fp_)) if tp + len(fp_) else float("nan")
        rec_ = tp / (tp + len(fn_)) if tp + len(fn_) else float("nan")
        f1 = 2 * prec * rec_ / (prec + rec_) if tp else (0.0 if (fp_ or fn_) else float("nan"))
        ok = 0
        for x in pf:
            roles = [r for r in ROLES[f] if r in x["gold"]]
            bad = [r for r in roles if not role_equal(r, x["gold"][r], x["pred"].get(r))]
            ok += not bad
            if bad:
                errors.append({"id": x["id"], "feature": f, "kind": "role", "evidence": x["gold"]["evidence"],
                               "detail": "; ".join(f"{r}: gold={x['gold'][r]!r} pred={x['pred'].get(r)!r}"
                                                   for r in bad)})
        for role in ROLES[f]:
            given = [x for x in pf if role in x["gold"]]
            correct = sum(role_equal(role, x["gold"][role], x["pred"].get(role)) for x in given)
            role_rows.append({"feature": f, "role": role, "n": len(given), "correct": correct,
                              "accuracy": correct / len(given) if given else float("nan")})
        all_ok += ok
        all_n += tp
        score_rows.append({"feature": f, "n_gold": tp + len(fn_), "n_pred": tp + len(fp_), "tp": tp,
                           "fp": len(fp_), "fn": len(fn_), "precision": prec, "recall": rec_, "f1": f1,
                           "role_accuracy": ok / tp if tp else float("nan")})
        errors += [{"id": x["id"], "feature": f, "kind": "fp", "evidence": x["pred"]["sentence"],
                    "detail": _roles_text(x["pred"], f)} for x in fp_]
        errors += [{"id": x["id"], "feature": f, "kind": "fn", "evidence": x["gold"]["evidence"],
                    "detail": _roles_text(x["gold"], f)} for x in fn_]
    return {"scores": pd.DataFrame(score_rows), "roles": pd.DataFrame(role_rows),
            "role_accuracy": all_ok / all_n if all_n else float("nan"),
            "errors": pd.DataFrame(errors, columns=["id", "feature", "kind", "evidence", "detail"])}


def _roles_text(row: dict[str, Any], feature: str) -> str:
    return ", ".join(f"{r}={row.get(r)!r}" for r in ROLES[feature] if row.get(r) is not None
                     and not (isinstance(row.get(r), float) and pd.isna(row.get(r))))


def format_report(result: dict[str, Any]) -> str:
    """A plain-text report of :func:`evaluate`'s result (fixed float formatting)."""
    lines = ["feature              n_gold n_pred   tp   fp   fn  precision  recall     f1  role_acc"]
    for r in result["scores"].to_dict("records"):
        lines.append(f"{r['feature']:<20} {r['n_gold']:>6} {r['n_pred']:>6} {r['tp']:>4} {r['fp']:>4} {r['fn']:>4}"
                     f"  {r['precision']:>9.3f} {r['recall']:>7.3f} {r['f1']:>6.3f} {r['role_accuracy']:>9.3f}")
    lines.append(f"role accuracy (all matched pairs): {result['role_accuracy']:.3f}")
    lines.append("per role:")
    for r in result["roles"].to_dict("records"):
        if r["n"]:
            lines.append(f"  {r['feature']:<20} {r['role']:<10} {r['correct']:>4}/{r['n']:<4} {r['accuracy']:.3f}")
    return "\n".join(lines)


# ``framing.evaluate`` is both this module and its function: keep ``framing.evaluate(path)`` working after
# ``import framing.evaluate``.
make_module_callable(__name__, evaluate)
