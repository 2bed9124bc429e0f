"""``framing.show``: an article as HTML with every evidence span highlighted, its feature and roles in a tooltip,
a legend and a table of the rows, for notebooks and the media-literacy lesson.

The HTML is self-contained (inline CSS, no JavaScript, nothing fetched from the web), every piece of text is
escaped, and the same input always gives the same bytes.
"""

from __future__ import annotations

import html
import math
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from framing._callable import make_module_callable

#: Highlight colours of the built-in features (background, border); other features take :data:`_EXTRA_COLOURS`.
COLOURS: dict[str, tuple[str, str]] = {
    "partner_hierarchy": ("#fde2b8", "#c77800"),
    "neutrality_claim": ("#d4ecd0", "#2e7d32"),
    "blame_attribution": ("#f8d0d0", "#c62828"),
    "quote": ("#d6e4f5", "#1f5fa8"),
}
_EXTRA_COLOURS = [("#e6daf2", "#6a3d9a"), ("#f2f0c4", "#8a7f00"), ("#d9f0ef", "#00796b"), ("#eeeeee", "#555555")]

#: Role columns shown per feature (in this order), then any other filled extra column.
ROLE_ORDER: dict[str, tuple[str, ...]] = {
    "partner_hierarchy": ("senior", "junior"),
    "neutrality_claim": ("claimant", "voice", "qualified", "issue"),
    "blame_attribution": ("blamer", "blamed", "reason", "polarity"),
    "quote": ("speaker", "person", "channel", "speaker_text", "content"),
}
_NOT_ROLES = {"doc_id", "sent_id", "start", "end", "feature", "cue", "sentence", "speaker_start", "speaker_end",
              "content_start", "content_end", "cue_start", "cue_end"}

_CSS = """
.framing-show{font-family:Georgia,serif;line-height:1.6;max-width:52em;color:#222}
.framing-show h3{font-family:Helvetica,Arial,sans-serif;margin:0 0 .4em 0}
.framing-show .legend{font-family:Helvetica,Arial,sans-serif;font-size:.85em;margin:.3em 0 .8em 0}
.framing-show .legend span{display:inline-block;margin-right:1em;padding:0 .4em;border-radius:3px}
.framing-show mark{padding:0 .1em;border-radius:3px;color:inherit}
.framing-show mark.multi{outline:2px dashed #444}
.framing-show .content{text-decoration:underline dotted #1f5fa8;text-underline-offset:3px}
.framing-show sup{font-family:Helvetica,Arial,sans-serif;font-size:.65em;color:#555}
.framing-show table{border-collapse:collapse;font-family:Helvetica,Arial,sans-serif;font-size:.8em;margin-top:1em}
.framing-show td,.framing-show th{border:1px solid #ccc;padding:2px 6px;vertical-align:top;text-align:left}
""".strip()


class FrameHTML:
    """HTML of one highlighted article: ``.html`` (str), ``str(obj)``, ``_repr_html_()`` for Jupyter, ``save()``.

    Examples
    --------
    >>> h = FrameHTML("<p>x</p>")
    >>> str(h), h._repr_html_()
    ('<p>x</p>', '<p>x</p>')
    """

    def __init__(self, html_text: str) -> None:
        self.html = html_text

    def __str__(self) -> str:
        return self.html

    def __repr__(self) -> str:
        return f"FrameHTML({len(self.html)} characters; display in a notebook or call .save(path))"

    def _repr_html_(self) -> str:
        return self.html

    def save(self, path: str | Path) -> Path:
        """Write a standalone HTML page (UTF-8) and return its path."""
        path = Path(path)
        page = ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>framing</title></head><body>\n"
                + self.html + "\n</body></html>\n")
        path.write_text(page, encoding="utf-8")
        return path


def _missing(v: Any) -> bool:
    return v is None or (isinstance(v, float) and math.isnan(v)) or (v is pd.NA) or (v is pd.NaT)


def _article(text_or_article: Any) -> tuple[str, Any, str | None]:
    """(text, doc_id or None, headline or None) from a str, a mapping/Series or a one-row DataFrame."""
    if isinstance(text_or_article, str):
        return text_or_article, None, None
    if isinstance(text_or_article, pd.DataFrame):
        if len(text_or_article) != 1:
            raise ValueError(f"text_or_article is a DataFrame with {len(text_or_article)} rows; pass one article "
                             "(e.g. articles.iloc[0]) or its text")
        text_or_article = text_or_article.iloc[0]
    if isinstance(text_or_article, (Mapping, pd.Series)):
        if "text" not in text_or_article:
            raise ValueError("text_or_article has no 'text'; pass a string or an articles row with a text column")
        text = text_or_article["text"]
        text = "" if _missing(text) else text
        if not isinstance(text, str):
            raise TypeError(f"text_or_article['text'] is {type(text).__name__}; expected str")
        doc_id = text_or_article.get("doc_id")
        headline = text_or_article.get("headline")
        return text, (None if _missing(doc_id) else doc_id), (None if _missing(headline) else str(headline))
    raise TypeError(f"text_or_article is {type(text_or_article).__name__}; expected a str, an articles row "
                    "(Series or dict with 'text') or a one-row articles DataFrame")


def _select_frames(frames: pd.DataFrame, doc_id: Any, text: str) -> pd.DataFrame:
    if not isinstance(frames, pd.DataFrame) or not {"start", "end", "feature"} <= set(frames.columns):
        raise ValueError("frames must be frame rows from extract_frames (columns start, end, feature, ...)")
    if "doc_id" in frames.columns and frames["doc_id"].nunique() > 1:
        if doc_id is None:
            raise ValueError("frames holds rows of several documents; pass the article row (with doc_id) or "
                             "frames[frames.doc_id == ...]")
        frames = frames[frames["doc_id"] == doc_id]
    bad = frames[(frames["start"] < 0) | (frames["end"] > len(text)) | (frames["start"] > frames["end"])]
    if len(bad):
        raise ValueError(f"frames has {len(bad)} row(s) whose start/end lie outside the text (first: "
                         f"{int(bad['start'].iloc[0])}-{int(bad['end'].iloc[0])} for a text of {len(text)} "
                         "characters); were they extracted from another text?")
    return frames


def _colours(features: Sequence[str]) -> dict[str, tuple[str, str]]:
    out = {}
    extra = iter(_EXTRA_COLOURS * (1 + len(features)))
    for f in features:
        out[f] = COLOURS.get(f) or next(extra)
    return out


def _fmt(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def _roles(row: Mapping[str, Any]) -> list[tuple[str, str]]:
    feature = row["feature"]
    order = list(ROLE_ORDER.get(feature, ()))
    others = sorted(k for k in row if k not in _NOT_ROLES and k not in order and k not in
                    {c for cols in ROLE_ORDER.values() for c in cols})
    out = []
    for k in order + others:
        v = row.get(k)
        if not _missing(v):
            out.append((k, _fmt(v)))
    return out


def _content_span(text: str, row: Mapping[str, Any]) -> tuple[int, int] | None:
    """Where a quote row's content lies: its offsets when the table has them, else its first occurrence
    from the start of the row's sentence."""
    cs, ce = row.get("content_start"), row.get("content_end")
    if not _missing(cs) and not _missing(ce):
        return int(cs), int(ce)
    content = row.get("content")
    if _missing(content) or not content:
        return None
    sentence = row.get("sentence")
    base = 0
    if not _missing(sentence) and sentence:
        found = text.find(sentence, max(0, int(row["start"]) - len(sentence)))
        base = found if found >= 0 else 0
    pos = text.find(content, max(0, base - 3000))
    return (pos, pos + len(content)) if pos >= 0 else None


def render(text: str, frames: pd.DataFrame, *, title: str | None = None) -> FrameHTML:
    """HTML of ``text`` with the evidence spans of ``frames`` (rows of this text) highlighted.

    Examples
    --------
    >>> import pandas as pd
    >>> rows = pd.DataFrame([{"doc_id": 0, "sent_id": 0, "start": 0, "end": 7, "feature": "quote",
    ...                       "cue": "said", "speaker": "Li <b>"}])
    >>> h = render("Li said <it> twice.", rows)
    >>> "&lt;it&gt;" in h.html and "Li &lt;b&gt;" in h.html and "<it>" not in h.html
    True
    """
    records = frames.to_dict("records") if len(frames) else []
    records = sorted(records, key=lambda r: (int(r["start"]), int(r["end"]), str(r["feature"]), str(r.get("cue"))))
    features = list(dict.fromkeys([f for f in COLOURS if any(r["feature"] == f for r in records)]
                                  + sorted({str(r["feature"]) for r in records} - set(COLOURS))))
    colours = _colours(features)
    # boundaries of evidence spans (marks) and quote contents (underlines)
    marks = [(int(r["start"]), int(r["end"]), n) for n, r in enumerate(records, start=1) if r["end"] > r["start"]]
    contents = []
    for r in records:
        if r["feature"] == "quote":
            span = _content_span(text, r)
            if span is not None and span[1] > span[0]:
                contents.append(span)
    cuts = sorted({0, len(text)} | {p for s, e, _ in marks for p in (s, e)} | {p for s, e in contents for p in (s, e)})
    parts: list[str] = []
    for a, b in zip(cuts, cuts[1:]):
        piece = _escape_text(text[a:b])
        inside = [n for s, e, n in marks if s <= a and b <= e]
        if any(s <= a and b <= e for s, e in contents):
            piece = f'<span class="content">{piece}</span>'
        if inside:
            rows = [records[n - 1] for n in inside]
            bg, border = colours[str(rows[0]["feature"])]
            tip = "\n".join(_tooltip(n, records[n - 1]) for n in inside)
            cls = "multi" if len({str(r["feature"]) for r in rows}) > 1 else ""
            piece = (f'<mark class="{cls}" style="background:{bg};border-bottom:2px solid {border}" '
                     f'title="{html.escape(tip, quote=True)}">{piece}</mark>')
        parts.append(piece)
        ends = [n for s, e, n in marks if e == b]
        if ends:
            parts.append("<sup>" + ",".join(str(n) for n in ends) + "</sup>")
    body = "".join(parts)
    paragraphs = [p for p in body.split("\n\n")]
    body_html = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in paragraphs)
    legend = "".join(
        f'<span style="background:{colours[f][0]};border-bottom:2px solid {colours[f][1]}">'
        f"{html.escape(f)} ({sum(1 for r in records if r['feature'] == f)})</span>" for f in features)
    legend += '<span class="content">quoted or reported content</span>' if contents else ""
    if not records:
        legend = "<span>no frame rows in this text</span>"
    table = _table(records)
    head = f"<h3>{html.escape(title)}</h3>" if title else ""
    out = (f'<div class="framing-show"><style>{_CSS}</style>{head}<div class="legend">{legend}</div>'
           f"{body_html}{table}</div>")
    return FrameHTML(out)


def _escape_text(s: str) -> str:
    return html.escape(s, quote=False)


def _tooltip(n: int, row: Mapping[str, Any]) -> str:
    roles = "; ".join(f"{k}={v}" for k, v in _roles(row))
    cue = row.get("cue")
    cue_part = f" cue={_fmt(cue)}" if not _missing(cue) else ""
    return f"[{n}] {row['feature']}:{cue_part}" + (f"; {roles}" if roles else "")


def _table(records: list[Mapping[str, Any]]) -> str:
    if not records:
        return ""
    lines = ["<table><tr><th>#</th><th>feature</th><th>cue</th><th>roles</th></tr>"]
    for n, r in enumerate(records, start=1):
        roles = "<br>".join(f"{html.escape(k)}: {html.escape(v)}" for k, v in _roles(r))
        cue = "" if _missing(r.get("cue")) else html.escape(_fmt(r.get("cue")))
        lines.append(f"<tr><td>{n}</td><td>{html.escape(str(r['feature']))}</td><td>{cue}</td><td>{roles}</td></tr>")
    lines.append("</table>")
    return "".join(lines)


def show(text_or_article: Any, *, frames: pd.DataFrame | None = None,
         features: Sequence[str] | None = None) -> FrameHTML:
    """Highlight every evidence span of an article with its feature and roles.

    Parameters
    ----------
    text_or_article
        A text, an articles row (``Series``/dict with ``text``, optionally ``doc_id`` and ``headline``) or a
        one-row articles DataFrame.
    frames
        Frame rows to show (from :func:`framing.extract_frames`); rows of other documents are left out by
        ``doc_id``. Default: extract them from the text now.
    features
        Show only these features.

    Returns
    -------
    FrameHTML
        ``.html`` / ``str()`` give the HTML; Jupyter displays it; ``.save(path)`` writes a page.

    Examples
    --------
    >>> import pandas as pd
    >>> rows = pd.DataFrame([{"doc_id": 0, "sent_id": 0, "start": 0, "end": 7, "feature": "quote",
    ...                       "cue": "said", "speaker": "Li"}])
    >>> h = show("Li said it was fine.", frames=rows)
    >>> "<mark" in h.html and "speaker=Li" in h.html
    True
    """
    text, doc_id, headline = _article(text_or_article)
    if frames is None:
        from framing import extract_frames

        frames = extract_frames(text, features=features) if text.strip() else pd.DataFrame(
            columns=["doc_id", "start", "end", "feature"])
    frames = _select_frames(frames, doc_id, text)
    if features is not None:
        wanted = [features] if isinstance(features, str) else list(features)
        frames = frames[frames["feature"].isin(wanted)]
    return render(text, frames, title=headline)


# ``framing.show`` is both this module and its function: keep ``framing.show(article)`` working after
# ``import framing.show``.
make_module_callable(__name__, show)
