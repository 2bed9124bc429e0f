"""Cleaning: the visible pipeline of named steps that turns a loaded article body into the clean ``text`` of
the articles table, plus outlet and date normalisation.

Loaders call :func:`clean_articles` (unless ``clean=False``); nothing is cleaned silently anywhere else. The
pipeline is a tuple of :class:`Step` objects (:data:`DEFAULT_STEPS`) that a user can list with
:func:`list_steps`, reorder, drop, or extend with their own ``str -> str`` functions via
:meth:`Step.from_text`. Every step records what it removed, so the removal log says exactly what went.
Patterns live in data files: ``framing/data/boilerplate.yaml`` (promo, inserts, disclaimers),
``framing/data/wires.yaml`` (agencies), ``framing/data/outlets.yaml`` (aliases), ``framing/data/dates.yaml``.
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from framing.schema import ARTICLE_COLUMNS, conform_articles, join_wire, split_wire

DATA_DIR = Path(__file__).resolve().parent / "data"

#: Columns of the removal log returned by :func:`clean_articles`.
REMOVED_COLUMNS: tuple[str, ...] = ("doc_id", "step", "removed")

# ----------------------------------------------------------------------------------------------------------
# data files


@dataclass(frozen=True)
class Wire:
    """One wire agency from ``wires.yaml``."""

    name: str
    tags: tuple[str, ...]
    names: tuple[str, ...]
    note: str = ""


@functools.lru_cache(maxsize=8)
def load_wires(path: str | None = None) -> tuple[Wire, ...]:
    """Read the wire agencies (default ``framing/data/wires.yaml``).

    Examples
    --------
    >>> [w.name for w in load_wires() if "MPA" in w.tags]
    ['MPA']
    """
    data = yaml.safe_load(Path(path or DATA_DIR / "wires.yaml").read_text(encoding="utf-8"))
    return tuple(
        Wire(
            str(e["name"]),
            tuple(str(t) for t in e.get("tags", [])),
            tuple(str(n) for n in e.get("names", [])),
            str(e.get("note", "")),
        )
        for e in data["wires"]
    )


@functools.lru_cache(maxsize=8)
def load_boilerplate(path: str | None = None) -> dict[str, Any]:
    """Read and compile the boilerplate patterns (default ``framing/data/boilerplate.yaml``).

    Returns a dict with ``promo``, ``inserts``, ``disclaimers`` (lists of ``(id, compiled pattern)``) and
    ``max_paragraph_chars``.
    """
    data = yaml.safe_load(Path(path or DATA_DIR / "boilerplate.yaml").read_text(encoding="utf-8"))
    out: dict[str, Any] = {"max_paragraph_chars": int(data.get("max_paragraph_chars", 700))}
    for group in ("promo", "inserts", "disclaimers", "tail_markers", "block_markers"):
        compiled = []
        for entry in data.get(group, []):
            flags = 0 if entry.get("case") else re.IGNORECASE
            try:
                compiled.append((str(entry["id"]), re.compile(entry["pattern"], flags)))
            except re.error as exc:  # a broken user pattern must say which one
                raise ValueError(
                    f"boilerplate pattern {entry.get('id')!r} in group {group!r} is not a valid "
                    f"regular expression ({exc}); fix it in the pattern file"
                ) from exc
        out[group] = compiled
        if group != "promo" and compiled:
            # one alternation per group: a single match per paragraph instead of one per pattern
            out[group + "_any"] = re.compile(
                "|".join(f"(?:{p.pattern})" for _i, p in compiled), re.IGNORECASE
            )
    out["not_places"] = frozenset(str(e["word"]).upper() for e in data.get("not_places", []))
    lead = r"\(?\s*(?:get|read|find|catch|follow|like|liked|enjoyed|join|click|tap|download|subscribe|sign|stay|keep)\b"
    out["promo_lead"] = re.compile(lead, re.IGNORECASE)
    return out


@functools.lru_cache(maxsize=8)
def _outlet_table(path: str | None = None) -> tuple[dict[str, str], tuple[re.Pattern, ...]]:
    data = yaml.safe_load(Path(path or DATA_DIR / "outlets.yaml").read_text(encoding="utf-8"))
    table: dict[str, str] = {}
    for entry in data["outlets"]:
        name = str(entry["name"])
        for alias in [name, *entry.get("aliases", [])]:
            table.setdefault(_outlet_key(str(alias)), name)
    qualifiers = tuple(re.compile(q["pattern"], re.IGNORECASE) for q in data.get("qualifiers", []))
    return table, qualifiers


def _outlet_key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", unicodedata.normalize("NFKD", name).lower())


def normalise_outlet(name: object, *, path: str | None = None) -> str | None:
    """Return the canonical outlet name for ``name`` (aliases from ``outlets.yaml``), or the tidied raw name
    when it is unknown; ``None`` for a missing value.

    Examples
    --------
    >>> [normalise_outlet(n) for n in ["hpo", "HPO", "HuffPost", "thehuffingtonpost", "The Huffington Post"]]
    ['HuffPost', 'HuffPost', 'HuffPost', 'HuffPost', 'HuffPost']
    >>> normalise_outlet("Fox News (Online News)"), normalise_outlet("New York Times - News")
    ('Fox News', 'New York Times')
    >>> normalise_outlet("  Some   Local Paper "), normalise_outlet(None)
    ('Some Local Paper', None)
    """
    if name is None or (not isinstance(name, str) and pd.isna(name)):
        return None
    return _normalise_outlet_text(str(name), path)


@functools.lru_cache(maxsize=50_000)
def _normalise_outlet_text(name: str, path: str | None) -> str | None:
    raw = re.sub(r"\s+", " ", name).strip()
    if not raw:
        return None
    table, qualifiers = _outlet_table(path)
    candidates = [raw]
    stripped = raw
    for q in qualifiers:
        stripped = q.sub("", stripped).strip()
    if stripped and stripped != raw:
        candidates.append(stripped)
    for cand in candidates:
        key = _outlet_key(cand)
        for k in (key, key[3:] if key.startswith("the") else None):
            if k and k in table:
                return table[k]
    return stripped or raw


def known_outlet(name: object) -> str | None:
    """The canonical outlet when ``name`` is an alias listed in ``outlets.yaml``, else ``None``.

    Examples
    --------
    >>> known_outlet("latestly"), known_outlet("putin")
    ('LatestLY', None)
    """
    if not isinstance(name, str) or not name.strip():
        return None
    table, _ = _outlet_table(None)
    return table.get(_outlet_key(name))


# ----------------------------------------------------------------------------------------------------------
# dates


_DIRECTIVE_SHAPES = {
    "Y": r"\d{4}",
    "y": r"\d{2}",
    "m": r"\d{1,2}",
    "d": r"\d{1,2}",
    "H": r"\d{1,2}",
    "I": r"\d{1,2}",
    "M": r"\d{1,2}",
    "S": r"\d{1,2}",
    "f": r"\d{1,6}",
    "b": r"[A-Za-z]{3,4}",
    "B": r"[A-Za-z]{3,9}",
    "p": r"(?:AM|PM|am|pm)",
    "z": r"(?:Z|[+-]\d\d:?\d\d)",
    "%": "%",
}


def _shape(fmt: str) -> re.Pattern:
    """A cheap regex that a string must fullmatch before strptime (slow when it fails) is tried."""
    parts, i = [], 0
    while i < len(fmt):
        if fmt[i] == "%" and i + 1 < len(fmt):
            parts.append(_DIRECTIVE_SHAPES.get(fmt[i + 1], ".+?"))
            i += 2
        else:
            parts.append(re.escape(fmt[i]))
            i += 1
    return re.compile("".join(parts))


@functools.lru_cache(maxsize=4)
def _date_rules(path: str | None = None) -> tuple[tuple[re.Pattern, ...], tuple[tuple[str, re.Pattern], ...]]:
    data = yaml.safe_load(Path(path or DATA_DIR / "dates.yaml").read_text(encoding="utf-8"))
    prefixes = tuple(re.compile(p["pattern"], re.IGNORECASE) for p in data.get("prefixes", []))
    formats = tuple((str(f["format"]), _shape(str(f["format"]))) for f in data["formats"])
    return prefixes, formats


_HAS_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")


def parse_date(value: object) -> pd.Timestamp | None:
    """Parse a publication date in any format of ``dates.yaml``; ``None`` when missing or unparseable.

    The calendar date as written is kept (no time zone conversion), at midnight. A string without a year is
    never completed with a guessed one.

    Examples
    --------
    >>> [str(parse_date(v).date()) for v in ["2016-09-28", "21:06, 17-Feb-2022", "Updated: 2022-02-18 09:31",
    ...  "Published: Feb 17, 2022 09:10 PM", "2021-10-18T16:15:00-07:00", "7/23/17"]]
    ['2016-09-28', '2022-02-17', '2022-02-18', '2022-02-17', '2021-10-18', '2017-07-23']
    >>> parse_date("Apr 16") is None, parse_date("") is None, parse_date("0001-11-30") is None
    (True, True, True)
    """
    if value is None:
        return None
    if isinstance(value, pd.Timestamp):
        return (
            None
            if pd.isna(value)
            else value.tz_localize(None).normalize()
            if value.tzinfo
            else value.normalize()
        )
    if isinstance(value, (_dt.datetime, _dt.date)):
        return pd.Timestamp(value.year, value.month, value.day)
    if not isinstance(value, str):
        if pd.isna(value):
            return None
        value = str(value)
    return _parse_date_text(value)


@functools.lru_cache(maxsize=200_000)
def _parse_date_text(value: str) -> pd.Timestamp | None:
    text = re.sub(r"\s+", " ", value).strip()
    if not text or text.lower() in {"none", "nan", "nat", "na", "n/a", "null"}:
        return None
    prefixes, formats = _date_rules(None)
    for p in prefixes:
        text = p.sub("", text, count=1).strip()
    for fmt, shape in formats:
        if not shape.fullmatch(text):
            continue
        try:
            parsed = _dt.datetime.strptime(text, fmt)
        except ValueError:
            continue
        return _plausible(parsed)
    if not _HAS_YEAR.search(text):
        return None
    try:
        from dateutil import parser as _dparser

        default = _dt.datetime(1, 1, 1)
        parsed = _dparser.parse(text, default=default, fuzzy=False)
    except (ValueError, OverflowError, TypeError):
        return None
    return _plausible(parsed)


#: Publication years outside this range are treated as errors (e.g. "0001-11-30" in Baly 2020's metadata).
PLAUSIBLE_YEARS = (1800, 2100)


def _plausible(parsed: _dt.datetime) -> pd.Timestamp | None:
    if not PLAUSIBLE_YEARS[0] <= parsed.year <= PLAUSIBLE_YEARS[1]:
        return None
    return pd.Timestamp(parsed.year, parsed.month, parsed.day)


# ----------------------------------------------------------------------------------------------------------
# the pipeline


@dataclass
class Draft:
    """An article while it is being cleaned: its paragraphs, the fields steps may fill, and the log.

    Steps read and change ``paragraphs``, may fill ``fields`` (``outlet_raw``, ``section``, ``dateline``,
    ``published``) when they are missing, append agencies to ``wires`` in order of appearance, and call
    :meth:`remove` for everything they take out.
    """

    paragraphs: list[str]
    fields: dict[str, Any] = field(default_factory=dict)
    wires: list[str] = field(default_factory=list)
    log: list[tuple[str, str]] = field(default_factory=list)
    step: str = ""

    def remove(self, text: str) -> None:
        """Record that the current step removed ``text``."""
        if text and text.strip():
            self.log.append((self.step, text.strip()))

    def fill(self, name: str, value: Any) -> None:
        """Set ``fields[name]`` unless it already holds a value (source metadata wins over the text)."""
        current = self.fields.get(name)
        if value is not None and (current is None or (not isinstance(current, str) and pd.isna(current))):
            self.fields[name] = value

    def add_wire(self, name: str) -> None:
        if name and name not in self.wires:
            self.wires.append(name)


@dataclass(frozen=True)
class Step:
    """A named cleaning step: ``func(draft)`` changes a :class:`Draft` in place and logs what it removed."""

    name: str
    func: Callable[[Draft], None]
    description: str = ""

    @classmethod
    def from_text(cls, name: str, func: Callable[[str], str], description: str = "") -> "Step":
        """Wrap a plain ``str -> str`` function (applied to the whole body, paragraphs joined by blank lines);
        paragraphs that disappear or change are logged as removed.

        Examples
        --------
        >>> step = Step.from_text("drop_bylines", lambda t: re.sub(r"(?m)^By [A-Z].*$", "", t))
        >>> clean_text("By Jane Roe\\n\\nThe body.", steps=[step])
        'The body.'
        """

        def run(draft: Draft) -> None:
            before = "\n\n".join(draft.paragraphs)
            after = func(before)
            if not isinstance(after, str):
                raise TypeError(f"cleaning step {name!r} must return str; got {type(after).__name__}")
            new = _split_paragraphs(after)
            kept = set(new)
            for para in draft.paragraphs:
                if para not in kept:
                    draft.remove(para)
            draft.paragraphs = new

        return cls(name, run, description or (func.__doc__ or "").strip().split("\n")[0])


def _split_paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


# --- steps ---------------------------------------------------------------------------------------------


# zero-width characters and soft hyphens are deleted; control characters become spaces
_WS_TABLE = {ord(c): None for c in "\u200b\u200c\u200d\u2060\ufeff\u00ad"}
_WS_TABLE.update({c: " " for c in (*range(0, 9), 11, 12, *range(14, 32), 127)})
_WS_SPECIAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def _normalise_whitespace(draft: Draft) -> None:
    out = []
    for para in draft.paragraphs:
        # a paragraph is one line in the clean text: hard-wrapped lines are joined, runs of spaces collapsed
        if _WS_SPECIAL.search(para):
            para = para.translate(_WS_TABLE)
        cleaned = " ".join(para.split())
        if cleaned:
            out.append(cleaned)
    draft.paragraphs = out


_SENTENCE_BOUNDARY = re.compile(r"[.!?\"”’)]\s+")


def _sentence_starts(para: str) -> list[int]:
    return [0] + [m.end() for m in _SENTENCE_BOUNDARY.finditer(para)]


def _strip_promo(draft: Draft) -> None:
    rules = load_boilerplate()
    patterns, lead = rules["promo"], rules["promo_lead"]
    out = []
    for para in draft.paragraphs:
        changed = True
        while changed:  # a promo sentence is only ever a whole sentence: try each pattern at sentence starts
            changed = False
            for start in _sentence_starts(para):
                if not lead.match(para, start):
                    continue
                for _pid, pattern in patterns:
                    match = pattern.match(para, start)
                    if match is None:
                        continue
                    end = match.end()
                    if end < len(para) and not para[end].isspace():
                        continue
                    groups = match.groupdict()
                    if groups.get("outlet"):
                        draft.fill("outlet_raw", groups["outlet"].strip())
                    if groups.get("section"):
                        draft.fill("promo_section", groups["section"].strip())
                    draft.remove(match.group(0))
                    para = re.sub(r"\s{2,}", " ", (para[:start] + para[end:]).strip())
                    changed = True
                    break
                if changed:
                    break
        if para:
            out.append(para)
    draft.paragraphs = out


def _paragraph_filter(group: str, *, wires_from_removed: bool) -> Callable[[Draft], None]:
    def run(draft: Draft) -> None:
        rules = load_boilerplate()
        limit = rules["max_paragraph_chars"]
        out = []
        for para in draft.paragraphs:
            if len(para) <= limit and group + "_any" in rules and rules[group + "_any"].match(para):
                draft.remove(para)
                if wires_from_removed:
                    for name in wires_in(para):
                        draft.add_wire(name)
                continue
            out.append(para)
        draft.paragraphs = out

    return run


_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_DATE_IN_DATELINE = (
    rf"(?:{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}\s+{_MONTH}\.?(?:,?\s+\d{{4}})?)"
)
_PLACE_WORD = r"[A-Z][A-Za-z'’.\-]*"
_PLACE = rf"{_PLACE_WORD}(?:\s(?:{_PLACE_WORD}|de|del|la|al|el|of|on|am|upon))" + "{0,3}"
_STATE = rf"(?!{_MONTH}\b){_PLACE_WORD}(?:\s{_PLACE_WORD})?"
_TAG = r"[A-Z][A-Za-z\-]{1,20}(?:\s[A-Z][A-Za-z\-]{1,20})?"
_DATELINE = re.compile(
    rf"^(?P<place>{_PLACE})(?:\s*\[(?P<country>[^\]\n]{{1,40}})\])?(?:,\s(?P<state>{_STATE}))?"
    rf"(?:,?\s+(?P<date>{_DATE_IN_DATELINE}))?"
    rf"(?:\s*\((?P<tags>{_TAG}(?:\s*[/,&]\s*{_TAG}){{0,3}})\))?"
    rf"(?P<sep>\s*(?:—|–|--|-|:)\s*|\s+)"
)
_SENTENCE_START = re.compile(r"[\"“‘'(]?[A-Z0-9]")


def _match_dateline(para: str) -> re.Match | None:
    match = _DATELINE.match(para)
    if match is None:
        return None
    rest = para[match.end() :]
    if not rest or not _SENTENCE_START.match(rest):
        return None
    place, tags, date, sep = match["place"], match["tags"], match["date"], match["sep"].strip()
    if place.upper().strip(" .") in load_boilerplate()["not_places"]:
        return None
    if tags:
        return match
    if date and (sep or match["state"] is None):
        return match if sep else None
    # no tag and no date: only an upper-case place followed by a dash or colon ("WASHINGTON —")
    letters = re.sub(r"[^A-Za-z]", "", place)
    if sep in {"—", "–", "--", "-"} and len(letters) >= 3 and letters.isupper():
        return match
    return None


def _tidy_place(place: str) -> str:
    letters = re.sub(r"[^A-Za-z]", "", place)
    if letters.isupper() and len(letters) > 2:
        return " ".join(w.capitalize() if not re.match(r"^[A-Z]\.$", w) else w for w in place.split(" "))
    return place


def _strip_dateline(draft: Draft) -> None:
    # the dateline opens the body; with a repeated lede it opens the second paragraph
    for index in range(min(2, len(draft.paragraphs))):
        para = draft.paragraphs[index]
        match = _match_dateline(para)
        if match is None:
            continue
        place = _tidy_place(match["place"])
        if match["state"]:
            place = f"{place}, {_tidy_place(match['state'])}"
        draft.fill("dateline", place)
        if match["tags"]:
            for tag in re.split(r"\s*[/,&]\s*", match["tags"]):
                name = wire_for_tag(tag)
                if name:
                    draft.add_wire(name)
        if match["date"]:
            parsed = parse_date(match["date"])
            if parsed is not None:
                draft.fill("published", parsed)
        draft.remove(match.group(0))
        rest = para[match.end() :].strip()
        again = _match_dateline(rest)
        while again is not None and again["place"] == match["place"]:
            # the same dateline repeated ("Moscow, Apr 16 (AP) Moscow, Apr 16 (AP) ..."): all of it is boilerplate,
            # so one pass removes every copy and cleaning twice changes nothing more
            draft.remove(again.group(0))
            rest = rest[again.end() :].strip()
            again = _match_dateline(rest)
        draft.paragraphs[index] = rest
        return


def _tag_alternation() -> str:
    tags = sorted({t for w in load_wires() for t in w.tags}, key=lambda t: (-len(t), t))
    return "|".join(re.escape(t) for t in tags)


@functools.lru_cache(maxsize=1)
def _closing_tag_re() -> re.Pattern:
    alt = _tag_alternation()
    return re.compile(rf"\s*[(\[]\s*(?:{alt})(?:\s*[/,&]\s*(?:{alt}))*\s*[)\]]\s*$")


@functools.lru_cache(maxsize=1)
def _bare_tag_re() -> re.Pattern:
    alt = _tag_alternation()
    return re.compile(rf"^(?:[-—–]+\s*)?[(\[]?\s*(?:{alt})(?:\s*[/,&]\s*(?:{alt}))*\s*[)\]]?\.?$")


def _is_disclaimer(para: str) -> bool:
    rules = load_boilerplate()
    return (
        len(para) <= rules["max_paragraph_chars"]
        and "disclaimers_any" in rules
        and rules["disclaimers_any"].match(para) is not None
    )


def _strip_closing_tag(draft: Draft) -> None:
    # the tag closes the story body, which may be followed by disclaimers (handled by their own step)
    index = len(draft.paragraphs) - 1
    while index >= 0 and _is_disclaimer(draft.paragraphs[index]) and index >= len(draft.paragraphs) - 3:
        index -= 1
    while index >= 0:
        last = draft.paragraphs[index]
        if _bare_tag_re().match(last):
            draft.remove(last)
            for name in wires_in(last, tags_only=True):
                draft.add_wire(name)
            del draft.paragraphs[index]
            index -= 1
            continue
        match = _closing_tag_re().search(last)
        if match is None or not last[: match.start()].strip():
            break
        draft.remove(match.group(0))
        for name in wires_in(match.group(0), tags_only=True):
            draft.add_wire(name)
        draft.paragraphs[index] = last[: match.start()].rstrip()


def _comparable(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def _strip_repeated_lede(draft: Draft) -> None:
    out: list[str] = []
    for index, para in enumerate(draft.paragraphs):
        if out:
            if para == out[-1]:  # an exact repeat anywhere: keep one
                draft.remove(para)
                continue
            if index <= 3:  # near the top, a summary that repeats (the start of) the next paragraph
                prev = _comparable(re.sub(r"(?:\.\.\.|…)\s*$", "", out[-1]))
                if len(prev) >= 40 and _comparable(para).startswith(prev):
                    draft.remove(out.pop())
                elif prev and _comparable(para) == prev:
                    draft.remove(para)
                    continue
        out.append(para)
    draft.paragraphs = out


def wire_for_tag(tag: str) -> str | None:
    """The agency name for a bracketed tag (case-sensitive), e.g. ``"AP" -> "AP"``, ``"MPA" -> "MPA"``.

    Examples
    --------
    >>> wire_for_tag("Reuters"), wire_for_tag("CNN")
    ('Reuters', None)
    """
    tag = tag.strip()
    for wire in load_wires():
        if tag in wire.tags:
            return wire.name
    return None


def wires_in(text: str, *, tags_only: bool = False) -> list[str]:
    """Agencies named in ``text`` (tags as whole words, long names case-insensitively), in order of appearance.

    Examples
    --------
    >>> wires_in("authored by Press Trust of India (PTI) staff, with AP inputs")
    ['PTI', 'AP']
    """
    hits: list[tuple[int, str]] = []
    for wire in load_wires():
        positions = []
        for tag in wire.tags:
            for m in re.finditer(rf"(?<![\w-]){re.escape(tag)}(?![\w-])", text):
                positions.append(m.start())
        if not tags_only:
            for name in wire.names:
                for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE):
                    positions.append(m.start())
        if positions:
            hits.append((min(positions), wire.name))
    return [name for _pos, name in sorted(hits)]


def _strip_headline_repeat(draft: Draft) -> None:
    headline = draft.fields.get("headline")
    if not isinstance(headline, str) or not draft.paragraphs:
        return
    if _comparable(draft.paragraphs[0]) == _comparable(headline) and _comparable(headline):
        draft.remove(draft.paragraphs.pop(0))


STRIP_HEADLINE_REPEAT = Step(
    "strip_headline_repeat",
    _strip_headline_repeat,
    "the headline repeated as the first paragraph (scraper output)",
)
STRIP_PROMO = Step(
    "strip_promo",
    _strip_promo,
    "site promo sentences ('Get latest articles and stories on World at LatestLY.'); fills outlet_raw",
)
STRIP_DATELINE = Step(
    "strip_dateline",
    _strip_dateline,
    "opening dateline 'Moscow, Apr 16 (AP)' -> dateline place, wire tags; year-less dates are not used",
)
STRIP_REPEATED_LEDE = Step(
    "strip_repeated_lede",
    _strip_repeated_lede,
    "a lede repeated in the next paragraph (summary + body) is kept once",
)
STRIP_INSERTS = Step(
    "strip_inserts",
    _paragraph_filter("inserts", wires_from_removed=False),
    "inserted link lines ('Also Read | ...', 'READ MORE: ...')",
)
STRIP_CLOSING_TAG = Step(
    "strip_closing_tag",
    _strip_closing_tag,
    "closing agency tag '(AP)' at the end of the body; adds the agency to wire",
)
STRIP_DISCLAIMERS = Step(
    "strip_disclaimers",
    _paragraph_filter("disclaimers", wires_from_removed=True),
    "publisher/syndication disclaimers ('(The above story is ... PTI ...)'); adds agencies named",
)
NORMALISE_WHITESPACE = Step(
    "normalise_whitespace",
    _normalise_whitespace,
    "zero-width and control characters, runs of spaces, hard-wrapped lines, empty paragraphs",
)

#: The default pipeline, in order. Order matters where agencies are collected (dateline and closing tag before
#: disclaimers keeps them in order of appearance) and where the lede is compared (after the dateline is cut).
DEFAULT_STEPS: tuple[Step, ...] = (
    NORMALISE_WHITESPACE,
    STRIP_HEADLINE_REPEAT,
    STRIP_PROMO,
    STRIP_INSERTS,
    STRIP_DATELINE,
    STRIP_REPEATED_LEDE,
    STRIP_CLOSING_TAG,
    STRIP_DISCLAIMERS,
)


def list_steps(steps: Sequence[Step] | None = None) -> pd.DataFrame:
    """The steps of a pipeline as a table (``name``, ``description``), in order.

    Examples
    --------
    >>> list_steps()["name"].tolist()[:3]
    ['normalise_whitespace', 'strip_headline_repeat', 'strip_promo']
    """
    steps = DEFAULT_STEPS if steps is None else steps
    return pd.DataFrame({"name": [s.name for s in steps], "description": [s.description for s in steps]})


def _check_steps(steps: Sequence[Step] | None) -> tuple[Step, ...]:
    if steps is None:
        return DEFAULT_STEPS
    if isinstance(steps, Step) or not isinstance(steps, Iterable):
        raise TypeError(f"steps must be a list of framing.clean.Step; got {type(steps).__name__}")
    out = tuple(steps)
    for s in out:
        if not isinstance(s, Step):
            raise TypeError(
                f"steps must hold framing.clean.Step objects; got {s!r}. Wrap a str -> str "
                "function with Step.from_text(name, func)"
            )
    return out


def _run(draft: Draft, steps: tuple[Step, ...]) -> Draft:
    # repeat while a pass removes something, so that cleaning clean text changes nothing: each removal can expose
    # another piece (a promo line behind two stacked datelines needs three passes, and stacks can be deeper); every
    # pass that goes on has removed text, so this ends, and _MAX_PASSES only bounds pathological input
    for _ in range(_MAX_PASSES):
        before = list(draft.paragraphs)
        logged = len(draft.log)
        for step in steps:
            draft.step = step.name
            step.func(draft)
        if draft.paragraphs == before or len(draft.log) == logged:
            break
    return draft


def clean_text(text: str, *, steps: Sequence[Step] | None = None) -> str:
    """Clean one body text with the pipeline; paragraphs in the result are separated by one blank line.

    Examples
    --------
    >>> body = ("Get latest articles and stories on World at SomeSite. The summit opened.\\n"
    ...         "Geneva, Mar 3 (MPA) The summit opened.\\nAlso Read | Another story\\nDelegates met. (MPA)")
    >>> print(clean_text(body))
    The summit opened.
    <BLANKLINE>
    Delegates met.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str; got {type(text).__name__}")
    checked = _check_steps(steps)
    # Removing one piece can expose another (a promo line behind two stacked datelines), so run the steps until
    # nothing changes: cleaning a cleaned text then changes nothing.
    for _ in range(_MAX_PASSES):
        cleaned = "\n\n".join(_run(Draft(_paragraphs_of(text)), checked).paragraphs)
        if cleaned == text:
            break
        text = cleaned
    return cleaned


#: Passes of the pipeline at most, in :func:`_run` and in :func:`clean_text` (real pages settle after one or two).
_MAX_PASSES = 20


def _paragraphs_of(text: str) -> list[str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if re.search(r"\n\s*\n", text):
        return _split_paragraphs(text)
    return [line.strip() for line in text.split("\n") if line.strip()]


def clean_article(
    record: dict[str, Any], *, steps: Sequence[Step] | None = None
) -> tuple[dict[str, Any], list]:
    """Clean one article record (a dict with at least ``text``); returns the new record and its log
    (list of ``(step, removed)``)."""
    steps = _check_steps(steps)
    fields = dict(record)
    text = fields.get("text")
    text = text if isinstance(text, str) else ""
    draft = Draft(_paragraphs_of(text), fields=fields, wires=split_wire(fields.get("wire")))
    _run(draft, steps)
    out = draft.fields
    out["text"] = "\n\n".join(draft.paragraphs)
    out["wire"] = join_wire(draft.wires)
    promo_section = out.pop("promo_section", None)
    if out.get("section") is None and promo_section:
        out["section"] = promo_section
    return out, draft.log


def clean_articles(
    articles: pd.DataFrame, *, steps: Sequence[Step] | None = None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Clean the ``text`` of every article with the pipeline; return ``(articles, removed)``.

    Fills ``dateline``, ``wire`` (agencies appended in order of appearance after any the source gave),
    ``published`` (only from a dateline with a year), ``outlet_raw`` and ``section`` (from promo lines) where
    they are missing, and normalises ``outlet``. ``removed`` has one row per removal: ``doc_id``, ``step``,
    ``removed`` (the text taken out). The input is not changed.

    Examples
    --------
    >>> df = pd.DataFrame({"doc_id": ["d1"], "text": ["Moscow, Apr 16 (AP) Talks began.\\n(With inputs from PTI)"]})
    >>> out, removed = clean_articles(df)
    >>> out.loc[0, ["text", "dateline", "wire"]].tolist()
    ['Talks began.', 'Moscow', 'AP; PTI']
    >>> removed["step"].tolist()
    ['strip_dateline', 'strip_disclaimers']
    """
    if not isinstance(articles, pd.DataFrame):
        raise TypeError(f"articles must be a pandas DataFrame; got {type(articles).__name__}")
    if "text" not in articles.columns:
        raise ValueError(
            "articles has no 'text' column; load it with framing.load_corpus or name the body column 'text'"
        )
    steps = _check_steps(steps)
    records = articles.to_dict("records")
    cleaned, log_rows = [], []
    for i, record in enumerate(records):
        new, log = clean_article(record, steps=steps)
        doc_id = record.get("doc_id", i)
        log_rows.extend((doc_id, step, removed) for step, removed in log)
        cleaned.append(new)
    out = pd.DataFrame(
        cleaned,
        columns=list(articles.columns)
        + [
            c for c in ("dateline", "wire", "published", "outlet_raw", "section") if c not in articles.columns
        ],
    )
    if "outlet_raw" in out.columns:
        if "outlet" not in out.columns:
            out["outlet"] = None
        fill = out["outlet"].isna() & out["outlet_raw"].notna()
        out.loc[fill, "outlet"] = out.loc[fill, "outlet_raw"].map(normalise_outlet)
    if "outlet" in out.columns:
        out["outlet"] = out["outlet"].map(normalise_outlet)
    if "published" in out.columns:
        out["published"] = pd.to_datetime(out["published"], errors="coerce").astype("datetime64[ns]")
    if all(c in out.columns for c in ARTICLE_COLUMNS):
        out = conform_articles(out)
    removed = pd.DataFrame(log_rows, columns=list(REMOVED_COLUMNS))
    return out, removed
