"""Role accuracy and F1 of the three framing features on every blind set, reported per set (counts only) and in
aggregate for the sealed and the read sets.

The blind sets are ``data/dev/frames_blind*.jsonl`` (written by helpers who read only the codebook and
``docs/blind-set-brief.md``); the sealed ones are listed in ``data/dev/sealed_blind_sets.txt``. This script prints
no passage and no error of any set (read the errors of a read set with ``framing evaluate PATH``; a sealed set's
errors are never read), so it can run at any time without unsealing anything. Writes
``benchmarks/results/blind_sets.json`` (sorted keys; per set and feature: ``tp``, ``fp``, ``fn``, ``role_ok`` - the
matched pairs with every role right; per role over the sealed sets: ``n``, ``correct``).

    .venv/bin/python benchmarks/blind_sets.py                 # every set, two processes (about 4 minutes)
    .venv/bin/python benchmarks/blind_sets.py --sets 311 312  # some sets only (printed, not written)
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEV = ROOT / "data" / "dev"
FEATURES = ("partner_hierarchy", "neutrality_claim", "blame_attribution")


def sealed_sets(path: Path = DEV / "sealed_blind_sets.txt") -> set[int]:
    """The sealed set numbers of ``path`` (one number or an inclusive range "a-b" per line, "#" comments)."""
    out: set[int] = set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        m = re.fullmatch(r"(\d+)(?:\s*-\s*(\d+))?", line)
        if m is None:
            raise ValueError(f"{path}:{n}: expected a set number or a range a-b, got {line!r}")
        lo, hi = int(m.group(1)), int(m.group(2) or m.group(1))
        if hi < lo:
            raise ValueError(f"{path}:{n}: empty range {line!r}")
        out.update(range(lo, hi + 1))
    return out


def blind_files(folder: Path = DEV) -> dict[int, Path]:
    """Set number -> file (``frames_blind.jsonl``, the first set, is number 1)."""
    out = {}
    for p in folder.glob("frames_blind*.jsonl"):
        m = re.fullmatch(r"frames_blind(\d*)\.jsonl", p.name)
        if m:
            out[int(m.group(1) or 1)] = p
    return dict(sorted(out.items()))


def set_counts(result: dict) -> dict:
    """Per-feature counts of one :func:`framing.evaluate.evaluate` result (no error text)."""
    feats = {}
    for r in result["scores"].to_dict("records"):
        ok = round(r["role_accuracy"] * r["tp"]) if r["tp"] else 0
        feats[r["feature"]] = {"tp": int(r["tp"]), "fp": int(r["fp"]), "fn": int(r["fn"]), "role_ok": int(ok)}
    roles = {f"{r['feature']}.{r['role']}": [int(r["n"]), int(r["correct"])]
             for r in result["roles"].to_dict("records")}
    return {"features": feats, "roles": roles}


def aggregate(per_set: dict[str, dict], keys: list[str]) -> dict:
    """Micro-averaged figures over ``keys``: role accuracy, precision / recall / F1 per feature, per-role accuracy."""
    out: dict = {"sets": len(keys)}
    ok = n = 0
    for f in FEATURES:
        tp = sum(per_set[k]["features"][f]["tp"] for k in keys)
        fp = sum(per_set[k]["features"][f]["fp"] for k in keys)
        fn = sum(per_set[k]["features"][f]["fn"] for k in keys)
        rok = sum(per_set[k]["features"][f]["role_ok"] for k in keys)
        ok, n = ok + rok, n + tp
        out[f] = {"tp": tp, "fp": fp, "fn": fn, "role_ok": rok,
                  "precision": round(tp / (tp + fp), 4) if tp + fp else None,
                  "recall": round(tp / (tp + fn), 4) if tp + fn else None,
                  "f1": round(2 * tp / (2 * tp + fp + fn), 4) if tp else None}
    out["role_ok"], out["pairs"] = ok, n
    out["role_accuracy"] = round(ok / n, 4) if n else None
    roles: dict[str, list[int]] = {}
    for k in keys:
        for name, (rn, rc) in per_set[k]["roles"].items():
            acc = roles.setdefault(name, [0, 0])
            acc[0] += rn
            acc[1] += rc
    out["roles"] = {name: {"n": rn, "correct": rc, "accuracy": round(rc / rn, 4) if rn else None}
                    for name, (rn, rc) in sorted(roles.items())}
    return out


def run(sets: list[int] | None = None, *, n_process: int = 2) -> dict:
    from framing.evaluate import evaluate, read_records
    from framing.features import extract_frames

    files = blind_files()
    chosen = [s for s in files if sets is None or s in sets]
    missing = sorted(set(sets or []) - set(files))
    if missing:
        raise SystemExit(f"no blind set file for {missing} in {DEV}")
    records, spans = [], {}
    for s in chosen:
        recs = read_records(files[s])
        spans[s] = (len(records), len(records) + len(recs))
        records += recs
    frames = extract_frames([r["text"] for r in records], features=list(FEATURES), n_process=n_process)
    per_set = {}
    for s, (a, b) in spans.items():
        sub = frames[(frames["doc_id"] >= a) & (frames["doc_id"] < b)].copy()
        sub["doc_id"] -= a
        per_set[str(s)] = set_counts(evaluate(records[a:b], frames=sub, features=list(FEATURES)))
    sealed = sealed_sets()
    keys_sealed = [str(s) for s in chosen if s in sealed]
    keys_read = [str(s) for s in chosen if s not in sealed]
    return {"sets": per_set, "sealed": aggregate(per_set, keys_sealed) if keys_sealed else None,
            "read": aggregate(per_set, keys_read) if keys_read else None,
            "sealed_sets": sorted(int(k) for k in keys_sealed), "passages": len(records)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", type=int, nargs="*", help="set numbers (default: every blind set)")
    ap.add_argument("--n-process", type=int, default=2)
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "blind_sets.json"))
    args = ap.parse_args()
    result = run(args.sets, n_process=args.n_process)
    for name in ("sealed", "read"):
        agg = result[name]
        if agg:
            print(f"{name}: {agg['sets']} sets, role accuracy {agg['role_accuracy']:.4f} "
                  f"({agg['role_ok']}/{agg['pairs']}); F1 " + " / ".join(f"{agg[f]['f1']:.3f}" for f in FEATURES))
    if args.sets is None:
        Path(args.out).write_text(json.dumps(result, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
