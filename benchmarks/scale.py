"""Scale benchmark: wall time, peak memory (RSS, child processes included) and articles per second of
streamed extraction at 10k / 30k / 100k articles, in-process and on a 2-worker Dask LocalCluster.

The corpus is built at run time from real article text in ``../shared/realdata`` (PolNeAR, BASIL and the
AllSides sample of Baly et al. 2020): each base article is replicated with a new ``doc_id`` and a small edit
(one sentence dropped, a short edition line appended), so no two replicas are identical. It is written as
Parquet under ``benchmarks/_work/`` (gitignored) and never committed.

Each configuration runs as its own command (``python benchmarks/scale.py run ...``) while this script samples
the RSS of that process and all its descendants (the Dask scheduler, nannies and workers) every 0.2 s.
Results go to ``benchmarks/results/scale.json`` (merged with earlier points, so sizes can be added later).

Usage::

    .venv/bin/python benchmarks/scale.py --sizes 10000 30000 --features partner_hierarchy neutrality_claim blame_attribution --n-process 2
    .venv/bin/python benchmarks/scale.py --sizes 100000 --backends dask --features ... --time-limit 4800
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import random
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
WORK = HERE / "_work"
RESULTS = HERE / "results" / "scale.json"
SEED = 20240601


# ------------------------------------------------------------------------------------------- corpus


def _base_articles(realdata: Path) -> list[dict]:
    """Real article bodies with their outlet, in a fixed order."""
    base: list[dict] = []
    for path in sorted((realdata / "polnear").glob("*/text/*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace").strip()
        if text:
            base.append({"outlet": path.name.split("_", 1)[0], "headline": None, "text": text,
                         "source": f"polnear/{path.relative_to(realdata / 'polnear').as_posix()}"})
    for path in sorted((realdata / "basil" / "articles").glob("*/*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        paragraphs = [" ".join(p) if isinstance(p, list) else str(p) for p in record.get("body-paragraphs", [])]
        text = "\n\n".join(p.strip() for p in paragraphs if p and p.strip())
        if text:
            base.append({"outlet": str(record.get("source", "")).lower() or None, "headline": record.get("title"),
                         "text": text, "source": f"basil/{path.relative_to(realdata / 'basil').as_posix()}"})
    sample = realdata / "allsides_baly2020" / "articles_same_day_topic_lcr_sample.jsonl.gz"
    with gzip.open(sample, "rt", encoding="utf-8") as handle:
        for line_no, line in enumerate(handle, start=1):
            record = json.loads(line)
            text = (record.get("content_original") or "").strip()
            if text:
                base.append({"outlet": record.get("source"), "headline": record.get("title"), "text": text,
                             "source": f"allsides_baly2020/{sample.name}:{line_no}"})
    return base


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'])")


def _edit(text: str, replica: int, rng: random.Random) -> str:
    """A small, deterministic edit: drop one sentence and append an edition line (replica 0 is unchanged)."""
    if replica == 0:
        return text
    starts = [0] + [m.end() for m in _SENTENCE_END.finditer(text)]
    if len(starts) > 3:
        k = rng.randrange(1, len(starts))
        end = starts[k + 1] if k + 1 < len(starts) else len(text)
        text = text[:starts[k]] + text[end:]
    return text.rstrip() + f"\n\nEdition {replica}."


def build_corpus(n: int, realdata: Path) -> Path:
    """Write (or reuse) an n-article Parquet corpus under benchmarks/_work/corpus-<n>/."""
    import pandas as pd

    folder = WORK / f"corpus-{n}"
    done = folder / "_complete"
    if done.is_file():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    base = _base_articles(realdata)
    rng = random.Random(SEED)
    per_file = 10_000
    for first in range(0, n, per_file):
        rows = []
        for i in range(first, min(n, first + per_file)):
            article = base[i % len(base)]
            replica = i // len(base)
            rows.append({"doc_id": f"bench-{i:06d}", "outlet": article["outlet"], "headline": article["headline"],
                         "text": _edit(article["text"], replica, rng), "source_file": article["source"],
                         "source_record": str(replica)})
        pd.DataFrame(rows).to_parquet(folder / f"articles-{first // per_file:03d}.parquet", row_group_size=1000,
                                      index=False)
    done.write_text(f"{n} articles from {len(base)} real base articles\n")
    return folder


# ------------------------------------------------------------------------------------------- one run


def run_one(args: argparse.Namespace) -> None:
    """Child command: run one configuration and print its own timing as JSON on the last line."""
    start = time.perf_counter()
    features = None if args.features == ["all"] else args.features
    if args.backend == "inprocess":
        from framing.stream import extract_stream

        result = extract_stream(args.input, args.output, chunk_size=args.chunk_size, progress=False,
                                overwrite=True, features=features, n_process=args.n_process)
    else:
        from framing.scale import extract_stream_dask, local_client

        with local_client(args.workers, threads_per_worker=1, processes=True) as client:
            started = time.perf_counter()
            result = extract_stream_dask(args.input, args.output, client=client, chunk_size=args.chunk_size,
                                         progress=False, overwrite=True, features=features)
            print(json.dumps({"cluster_start_s": started - start}), flush=True)
    elapsed = time.perf_counter() - start
    import pyarrow.parquet as pq

    # counted from the partition footers: loading every frame row would inflate the measured peak memory
    n_rows = sum(pq.read_metadata(p).num_rows for p in sorted(Path(args.output, "frames").glob("part-*.parquet")))
    print(json.dumps({"inner_s": elapsed, "n_articles": result.n_articles, "n_partitions": result.n_partitions,
                      "n_frame_rows": n_rows}), flush=True)


def _tree_rss(proc) -> int:
    import psutil

    total = 0
    try:
        members = [proc] + proc.children(recursive=True)
    except psutil.NoSuchProcess:
        return 0
    for member in members:
        try:
            total += member.memory_info().rss
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            pass
    return total


def measure(backend: str, corpus: Path, n: int, *, chunk_size: int, workers: int, time_limit: float,
            features: list[str], n_process: int) -> dict:
    import psutil

    output = WORK / f"out-{backend}-{n}"
    command = [sys.executable, str(Path(__file__).resolve()), "run", "--backend", backend, "--input", str(corpus),
               "--output", str(output), "--chunk-size", str(chunk_size), "--workers", str(workers),
               "--n-process", str(n_process), "--features", *features]
    env = dict(os.environ, PYTHONHASHSEED="0")
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    proc = psutil.Process(child.pid)
    peak = 0
    timed_out = False
    while child.poll() is None:
        peak = max(peak, _tree_rss(proc))
        if time.perf_counter() - start > time_limit:
            timed_out = True
            for member in proc.children(recursive=True) + [proc]:
                try:
                    member.kill()
                except psutil.NoSuchProcess:
                    pass
            break
        time.sleep(0.2)
    out, err = child.communicate()
    wall = time.perf_counter() - start
    point = {"backend": backend, "n_articles": n, "chunk_size": chunk_size,
             "workers": workers if backend == "dask" else 1, "wall_s": round(wall, 1), "features": features,
             "n_process": n_process if backend == "inprocess" else 1,
             "peak_rss_mb": round(peak / 2**20, 1)}
    if timed_out or child.returncode != 0:
        point["status"] = "timed out" if timed_out else f"failed (exit {child.returncode}): {err.strip()[-400:]}"
        return point
    info = {}
    for line in out.splitlines():
        if line.startswith("{"):
            info.update(json.loads(line))
    # when each partition was finished, in seconds after the manifest was written (time per chunk)
    manifest_time = (output / "_manifest.json").stat().st_mtime
    point["partition_done_s"] = sorted(round(p.stat().st_mtime - manifest_time, 1)
                                       for p in (output / "documents").glob("part-*.parquet"))
    point.update({"status": "ok", "articles_per_s": round(n / wall, 2),
                  "extract_s": round(info["inner_s"], 1), "n_partitions": info["n_partitions"],
                  "n_frame_rows": info["n_frame_rows"]})
    if "cluster_start_s" in info:
        point["cluster_start_s"] = round(info["cluster_start_s"], 1)
    return point


def code_fingerprint() -> str:
    """Hash of the package's code and data files, to tell whether two runs used the same extractor."""
    import hashlib

    digest = hashlib.sha1()
    package = HERE.parent / "framing"
    # what extraction runs: detectors and their data, the NLP layer, actors, the streaming code
    used = ("features/", "data/", "nlp.py", "actors.py", "schema.py", "settings.py", "stream.py", "scale.py")
    for path in sorted(p for p in package.rglob("*") if p.suffix in (".py", ".yaml", ".yml", ".csv")
                       and p.relative_to(package).as_posix().startswith(used)):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


def _same_partitions(a: Path, b: Path) -> bool:
    import filecmp

    for table in ("frames", "documents", "articles", "skipped"):
        names = sorted(os.listdir(a / table))
        if names != sorted(os.listdir(b / table)):
            return False
        if filecmp.cmpfiles(a / table, b / table, names, shallow=False)[1:] != ([], []):
            return False
    return True


def _save(results: dict, path: Path) -> None:
    """Write the results (after every point, so an interrupted series keeps what it measured)."""
    import psutil

    from framing import settings

    results["points"].sort(key=lambda p: (p["backend"], p["n_articles"]))
    for backend in ("inprocess", "dask"):
        ok = [p for p in results["points"] if p["backend"] == backend and p.get("status") == "ok"]
        if ok:
            results.setdefault("seconds_per_1000_articles", {})[backend] = {
                str(p["n_articles"]): round(1000 * p["wall_s"] / p["n_articles"], 2) for p in ok}
    results["machine"] = {"cpus": os.cpu_count(), "memory_gb": round(psutil.virtual_memory().total / 2**30, 1),
                          "python": platform.python_version(), "platform": platform.platform(terse=True),
                          "load_average_1min_at_save": round(os.getloadavg()[0], 2)}
    results["model"] = settings.model_name()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n")
    print(f"written {path}", flush=True)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command")
    child = sub.add_parser("run", help="(internal) one configuration")
    child.add_argument("--backend", choices=["inprocess", "dask"], required=True)
    child.add_argument("--input", required=True)
    child.add_argument("--output", required=True)
    child.add_argument("--chunk-size", type=int, default=1000)
    child.add_argument("--workers", type=int, default=2)
    child.add_argument("--n-process", type=int, default=1)
    child.add_argument("--features", nargs="+", default=["all"])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 30_000])
    parser.add_argument("--backends", nargs="+", default=["inprocess", "dask"], choices=["inprocess", "dask"])
    parser.add_argument("--chunk-size", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=2, help="Dask workers")
    parser.add_argument("--n-process", type=int, default=1,
                        help="processes of the in-process backend (extract_frames n_process)")
    parser.add_argument("--features", nargs="+", default=["all"],
                        help="features to extract ('all', or names such as partner_hierarchy)")
    parser.add_argument("--time-limit", type=float, default=3600.0, help="seconds per configuration")
    parser.add_argument("--realdata", type=Path, default=HERE.parent.parent / "shared" / "realdata")
    parser.add_argument("--keep", action="store_true", help="keep outputs under benchmarks/_work")
    parser.add_argument("--results", type=Path, default=RESULTS, help="result file (merged with its points)")
    args = parser.parse_args(argv)
    if args.command == "run":
        run_one(args)
        return
    sys.path.insert(0, str(HERE.parent))
    results = json.loads(args.results.read_text()) if args.results.is_file() else {"points": []}
    niceness = os.nice(0)
    command = (f"nice -n {niceness} " if niceness else "") + ".venv/bin/python benchmarks/scale.py " + " ".join(
        argv if argv is not None else sys.argv[1:])
    for n in args.sizes:
        corpus = build_corpus(n, args.realdata)
        for backend in args.backends:
            before = code_fingerprint()
            point = measure(backend, corpus, n, chunk_size=args.chunk_size, workers=args.workers,
                            time_limit=args.time_limit, features=args.features, n_process=args.n_process)
            after = code_fingerprint()
            point["code"] = before if before == after else f"{before} -> {after} (changed during the run)"
            point["command"] = command
            point["date"] = time.strftime("%Y-%m-%d", time.gmtime())
            print(json.dumps(point, sort_keys=True), flush=True)
            results["points"] = [p for p in results["points"]
                                 if (p["backend"], p["n_articles"]) != (backend, n)] + [point]
            _save(results, args.results)
        if set(args.backends) == {"inprocess", "dask"}:
            a, b = WORK / f"out-inprocess-{n}", WORK / f"out-dask-{n}"
            pair = [p for p in results["points"] if p["n_articles"] == n]
            if a.is_dir() and b.is_dir() and all(p.get("status") == "ok" for p in pair):
                codes = {p["code"] for p in pair}
                same = _same_partitions(a, b) if len(codes) == 1 and "changed" not in next(iter(codes)) \
                    else "not compared: the package code changed between the two runs"
                results.setdefault("dask_equals_in_process", {})[str(n)] = same
                print(f"{n}: dask partitions byte-equal to in-process: {same}", flush=True)
        if not args.keep:
            for backend in args.backends:
                shutil.rmtree(WORK / f"out-{backend}-{n}", ignore_errors=True)
    _save(results, args.results)



if __name__ == "__main__":
    main()
