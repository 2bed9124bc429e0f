"""SemEval-2023 Task 3, English (Piskorski et al.): 453 labelled training articles and 83 unlabelled dev
articles; first line the title, then one paragraph per line. No outlets.

Extra columns: ``split`` (train/dev), ``genre`` (subtask 1), ``frames`` (subtask 2, ","-joined), ``semeval_id``.
"""

from __future__ import annotations

from pathlib import Path

from framing.load._build import finish
from framing.load._io import SkipFile, decode
from framing.load.report import LoadReport, LoadResult

FOLDER = "semeval2023_task3_en"
SPLITS = (("train", "train-articles"), ("dev", "dev-articles"))


def _labels(file: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    if file.is_file():
        for line in file.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) >= 2:
                out[parts[0].strip()] = parts[1].strip()
    return out


def load(path: Path, *, clean: bool = True) -> LoadResult:
    report = LoadReport()
    genre = _labels(path / "train-labels-subtask-1.txt")
    frames = _labels(path / "train-labels-subtask-2.txt")
    records = []
    for split, folder in SPLITS:
        for file in sorted((path / folder).glob("article*.txt")):
            shown = f"{FOLDER}/{folder}/{file.name}"
            report.read += 1
            try:
                raw, _enc = decode(file.read_bytes())
            except SkipFile as exc:
                report.skip(shown, None, str(exc))
                continue
            lines = [line.strip() for line in raw.replace("\r\n", "\n").split("\n")]
            title = lines[0] if lines else None
            article_id = file.stem.removeprefix("article")
            records.append(
                {
                    "native_id": article_id,
                    "headline": title or None,
                    "text": "\n\n".join(line for line in lines[1:] if line),
                    "source_file": shown,
                    "source_record": None,
                    "split": split,
                    "genre": genre.get(article_id),
                    "frames": frames.get(article_id),
                    "semeval_id": article_id,
                }
            )
    return finish(records, report, dataset="semeval2023_task3_en", clean=clean)
