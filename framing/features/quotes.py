"""The ``quote`` feature: who is given a voice in an article, with which reporting cue, saying what.

One frame row per attribution: direct quotes (straight or curly marks), indirect speech ("Li said that ..."),
"according to X", the speaker after the quote ("..., he said", with "he" resolved to the person it refers to
when that is unambiguous) and passive reports ("X was quoted as saying"). Cues are data
(``framing/features/quotes.yaml``); the detector reads the spaCy dependency parse.

Columns this detector adds to the frame rows (after ``FRAME_COLUMNS``; missing values are ``None``):

========================  ==============================================================================
``speaker``               the source as a canonical actor when the codebook resolves it ("the Kremlin",
                          "Putin" -> ``Russia``), else the person's full name or the head of the noun
                          phrase ("the opposition"); ``None`` for an unnamed source ("it is said that")
``speaker_text``          the source as written in the sentence ("he", "the Kremlin", "Li")
``speaker_start/_end``    character offsets of ``speaker_text`` in the document
``person``                the person's full name when the source is a person ("Vladimir Putin")
``channel``               the conduit when a quote is relayed: "he said, according to the Kremlin" ->
                          speaker ``Russia`` (Putin), channel "the Kremlin"
``content``               the quoted or reported content as written (direct quotes keep their marks)
``content_start/_end``    character offsets of ``content`` in the document
``cue_start/_end``        character offsets of the cue in the document
``quote_kind``            ``direct`` (content is a quotation in marks), ``mixed`` (a clause that contains
                          a quotation), ``indirect`` (reported speech without marks), ``according_to``
========================  ==============================================================================

``start``/``end`` of a row span the evidence: the source mention and the cue together ("he said, according
to the Kremlin", "Li said"); ``sent_id`` is the sentence of the cue.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from framing.features.syntax import is_dateline

#: The ``feature`` value of rows from this detector.
FEATURE = "quote"

#: Where the cue lexicon lives (one entry per lemma or phrase, each with a note).
LEXICON_PATH = Path(__file__).with_name("quotes.yaml")

#: Cue kinds emitted as ``quote`` rows by default; ``"stance"`` (believe, think, show, ...) only on request.
QUOTE_KINDS: tuple[str, ...] = ("speech", "writing")
ALL_KINDS: tuple[str, ...] = ("speech", "writing", "stance")

#: Extra columns of quote rows, in order (see the module docstring).
QUOTE_COLUMNS: tuple[str, ...] = (
    "speaker", "speaker_text", "speaker_start", "speaker_end", "person", "channel",
    "content", "content_start", "content_end", "cue_start", "cue_end", "quote_kind",
)

# Opening and closing marks of direct quotes. Straight double quotes toggle; curly and guillemet pairs open and
# close. Single quotes are left out on purpose: the apostrophe (’) is the same character as the closing single
# quote, and "the countries’ relations" would otherwise open or close quotations.
#: The last Doc whose text was asked for and that text: ``Doc.text`` joins every token each time it is read,
#: and a window's detectors read it dozens of times (a reference, so the identity check cannot be fooled).
_LAST_TEXT: list[Any] = [None, ""]


def _text(doc: Any) -> str:
    """``doc.text``, computed once per Doc in a row of calls."""
    if _LAST_TEXT[0] is not doc:
        _LAST_TEXT[0], _LAST_TEXT[1] = doc, doc.text
    return _LAST_TEXT[1]


_OPENERS = {"\u201c": "\u201d", "\u201e": "\u201d", "\u00ab": "\u00bb"}
_CLOSERS = {"\u201d", "\u00bb"}
_STRAIGHT = "\""
#: A quotation longer than this (characters) is not believed: the mark is treated as stray.
MAX_QUOTE_CHARS = 3000

_PRONOUNS_PERSON = {"he", "she", "him", "her"}
_PRONOUNS_OTHER = {"it", "they", "we", "i", "you", "them", "us", "one"}
_RELATIVE = {"who", "which", "that", "whom"}
_SUBJECT_DEPS = ("nsubj", "csubj")
_CONTENT_DEPS = ("ccomp", "parataxis", "xcomp", "advcl", "dobj", "conj")


# --------------------------------------------------------------------------------------------- lexicon


@functools.lru_cache(maxsize=8)
def load_lexicon(path: str | None = None) -> dict[str, Any]:
    """Read the reporting-cue lexicon (``quotes.yaml`` beside this module unless ``path`` is given).

    Returns a mapping with ``verbs`` (lemma -> ``{"kind", "needs_content", "note"}``) and ``phrases``
    (phrase -> ``{"kind", "source", "note"}``).

    Raises
    ------
    ValueError
        When an entry lacks a ``kind`` or ``note``, or uses an unknown ``kind``.

    Examples
    --------
    >>> lex = load_lexicon()
    >>> lex["verbs"]["say"]["kind"]
    'speech'
    >>> "according to" in lex["phrases"]
    True
    """
    file = Path(path) if path else LEXICON_PATH
    data = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
    verbs = {str(k).lower(): dict(v) for k, v in (data.get("verbs") or {}).items()}
    phrases = {str(k).lower(): dict(v) for k, v in (data.get("phrases") or {}).items()}
    nouns = {str(k).lower(): dict(v) for k, v in (data.get("nouns") or {}).items()}
    for section, entries in (("verbs", verbs), ("phrases", phrases), ("nouns", nouns)):
        for key, entry in entries.items():
            if entry.get("kind") not in ALL_KINDS:
                raise ValueError(
                    f"{file}: {section}.{key} has kind={entry.get('kind')!r}; expected one of {ALL_KINDS}"
                )
            if not entry.get("note"):
                raise ValueError(f"{file}: {section}.{key} has no note; every cue entry says why it is there")
    voice = {str(k).lower(): dict(v) for k, v in (data.get("voice_nouns") or {}).items()}
    for key, entry in voice.items():
        if not entry.get("note"):
            raise ValueError(f"{file}: voice_nouns.{key} has no note; every entry says why it is there")
    return {"verbs": verbs, "phrases": phrases, "nouns": nouns, "voice_nouns": voice}


def _check_kinds(kinds: str | Sequence[str]) -> tuple[str, ...]:
    if isinstance(kinds, str):
        kinds = ALL_KINDS if kinds == "all" else (kinds,)
    bad = [k for k in kinds if k not in ALL_KINDS]
    if bad:
        raise ValueError(f"kinds={list(kinds)!r} has unknown kinds {bad}; expected 'all' or a subset of {ALL_KINDS}")
    return tuple(kinds)


@functools.lru_cache(maxsize=1)
def cue_regex() -> re.Pattern[str]:
    """Cheap gate on raw sentence text: any quotation mark or any inflection of a reporting cue.

    The gate over-fires on purpose (a sentence holding only a quotation mark may be the start of a quote whose
    speaker follows in the next sentence); the parse decides.

    Examples
    --------
    >>> bool(cue_regex().search("Li said that relations are stable."))
    True
    >>> bool(cue_regex().search("“We are working,” he added."))
    True
    >>> bool(cue_regex().search("The two armies held joint drills."))
    False
    """
    lex = load_lexicon()
    stems = sorted({stem for lemma in lex["verbs"] for stem in _stems(lemma)}, key=lambda s: (-len(s), s))
    words = "|".join(re.escape(s) for s in stems)
    phrases = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(lex["phrases"]))
    marks = re.escape(_STRAIGHT + "".join(_OPENERS) + "".join(_CLOSERS))
    # irregular past forms of common reporting verbs whose stem does not prefix them
    irregular = "said|told|wrote|written|thought|knew|known|felt|found|read|spoke|spoken|saw|seen"
    # a speaker label opening the text ("PENCE: ...", "Ana Ruiz: ...") and a dash signature ("― Ana Ruiz")
    signed = r"(?-i:^\W{0,2}[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}:\s|[\u2015\u2014]\s*[A-Z])"
    return re.compile(rf"[{marks}]|{signed}|\b(?:{phrases})\b|\b(?:{irregular})\b|\b(?:{words})\w*",
                      re.IGNORECASE)


def _stems(lemma: str) -> tuple[str, ...]:
    """Prefixes that every regular inflection of ``lemma`` starts with: "argue" -> "argu" (argued, arguing),
    "deny" -> "deny", "deni" (denies, denied); irregular forms are listed in :func:`cue_regex`."""
    if lemma.endswith("e") and len(lemma) > 3:
        return (lemma[:-1],)
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        return (lemma, lemma[:-1] + "i")
    return (lemma,)


# --------------------------------------------------------------------------------------------- quotation marks


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of direct quotations in ``text``, marks included, in order.

    Rules: curly (“ ”) and guillemet (« ») pairs open and close; straight double quotes alternate; two
    apostrophes ('') not preceded by a letter open a quotation that the next '' closes (a house style). A quotation
    never crosses a paragraph break (a newline) and is at most :data:`MAX_QUOTE_CHARS` long. An opening mark
    left open at the end of a paragraph is kept as a quotation to the paragraph's end only when the next
    paragraph opens with a quotation mark too (the newspaper convention for quotes running over several
    paragraphs); otherwise it is a stray mark and ignored, so an unbalanced mark never swallows the rest of a
    document.

    Examples
    --------
    >>> text = 'He said: “Yes.” Then "no" and a stray ” mark.'
    >>> [text[s:e] for s, e in quote_spans(text)]
    ['“Yes.”', '"no"']
    >>> quote_spans('An unclosed “quote runs on. And on.')
    []
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    n = len(text)
    while pos < n:
        ch = text[pos]
        if text.startswith("''", pos) and (pos == 0 or not text[pos - 1].isalnum()):
            # two apostrophes as a quotation mark (some newspapers' house style): ''Hopefully,'' he said
            end = _find_double_apostrophe(text, pos)
            if end is not None:
                spans.append((pos, end))
                pos = end
                continue
            pos += 2
            continue
        if ch in _OPENERS or ch == _STRAIGHT:
            end = _find_close(text, pos)
            if end is not None:
                spans.append((pos, end))
                pos = end
                continue
        pos += 1
    return spans


def _find_double_apostrophe(text: str, start: int) -> int | None:
    para_end = text.find("\n", start)
    limit = min(para_end if para_end >= 0 else len(text), start + MAX_QUOTE_CHARS)
    close = text.find("''", start + 2, limit)
    return close + 2 if close >= 0 else None


def _find_close(text: str, start: int) -> int | None:
    """End offset (exclusive) of the quotation opened at ``start``, or ``None`` when the mark is stray."""
    opener = text[start]
    para_end = text.find("\n", start)
    if para_end < 0:
        para_end = len(text)
    limit = min(para_end, start + MAX_QUOTE_CHARS)
    if opener == _STRAIGHT:
        close = text.find(_STRAIGHT, start + 1, limit)
        ok_closers = None
    else:
        ok_closers = _OPENERS[opener]
        close = text.find(ok_closers, start + 1, limit)
        # a second opener of the same kind before the closer means this one was never closed
        again = text.find(opener, start + 1, close if close >= 0 else limit)
        if again >= 0:
            return None
    if close >= 0:
        return close + 1
    if limit == para_end and para_end < len(text):
        nxt = text[para_end:].lstrip()
        if nxt[:1] == opener:
            return para_end
    return None


# --------------------------------------------------------------------------------------------- attributions


@dataclass
class Attribution:
    """One attribution found in a parsed document; offsets are character offsets in ``doc.text``."""

    cue: str
    cue_start: int
    cue_end: int
    kind: str
    speaker_text: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker: str | None = None
    person: str | None = None
    channel: str | None = None
    content_start: int | None = None
    content_end: int | None = None
    quote_kind: str = "indirect"
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def start(self) -> int:
        points = [self.cue_start] + ([self.speaker_start] if self.speaker_start is not None else [])
        return min(points)

    @property
    def end(self) -> int:
        points = [self.cue_end] + ([self.speaker_end] if self.speaker_end is not None else [])
        return max(points)


def find_attributions(doc: Any, *, kinds: str | Sequence[str] = QUOTE_KINDS,
                      lexicon: str | None = None,
                      quotes: Sequence[tuple[int, int]] | None = None,
                      prior_text: str = "", cue_range: tuple[int, int] | None = None,
                      document_text: str | None = None) -> list[Attribution]:
    """All attributions in a parsed spaCy ``doc``, sorted by cue offset.

    Parameters
    ----------
    doc
        A spaCy ``Doc`` with a dependency parse (and ideally named entities).
    kinds
        Cue kinds to report: the default ``("speech", "writing")`` are quotes; ``"all"`` adds ``stance`` cues
        (believe, think, show, ...) for attribution studies such as PolNeAR.
    lexicon
        Path of an alternative cue lexicon (same format as ``quotes.yaml``).
    quotes
        Direct-quotation spans in ``doc.text`` offsets; default :func:`quote_spans` of ``doc.text`` (pass them
        when ``doc`` is a window of a longer text whose quotation marks lie outside it).
    prior_text
        Document text before ``doc`` (when ``doc`` is a window): searched for a speaker's full name ("Li" ->
        "Gen Li Shangfu" a few paragraphs up).
    cue_range
        Only cues whose first character lies in this ``(start, end)`` range of ``doc.text`` are reported (the
        target sentence of a window); the rest of ``doc`` is context.
    document_text
        The whole document when ``doc`` is a window of it: an all-capitals speaker label ("MAYOR: ...") counts
        when the document uses it at least twice.

    Examples
    --------
    >>> import spacy
    >>> find_attributions(spacy.blank("en")("No parse, no attributions."))
    []
    """
    kinds = _check_kinds(kinds)
    if not doc.has_annotation("DEP"):
        return []
    lex = load_lexicon(lexicon)
    quotes = quote_spans(_text(doc)) if quotes is None else list(quotes)
    found: list[Attribution] = []
    seen_cues: set[int] = set()
    tokens = doc if cue_range is None else (doc.char_span(cue_range[0], cue_range[1], alignment_mode="expand")
                                            or doc)
    for tok in tokens:
        if tok.i in seen_cues or _inside(tok.idx, quotes):
            continue
        att = None
        if tok.lower_ == "according" and _next_is(tok, "to"):
            entry = lex["phrases"].get("according to")
            if entry and entry["kind"] in kinds:
                att = _according_to(tok, quotes, found)
        elif tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in lex["verbs"]:
            entry = lex["verbs"][tok.lemma_.lower()]
            if entry["kind"] in kinds:
                att = _verb_cue(tok, entry, quotes, attribution_mode="stance" in kinds)
        elif tok.pos_ == "NOUN" and "stance" in kinds and tok.lemma_.lower() in lex["nouns"]:
            # reporting nouns are attribution-mode cues: quote rows are verb-cued (the bundled gold's convention)
            entry = lex["nouns"][tok.lemma_.lower()]
            if entry["kind"] in kinds:
                att = _noun_cue(tok, entry, quotes, attribution_mode="stance" in kinds)
        if att is not None:
            seen_cues.add(tok.i)
            found.append(att)
    if "speech" in kinds:
        taken = {a.cue_start for a in found}
        lo, hi = cue_range if cue_range is not None else (0, len(_text(doc)))
        found.extend(a for a in _signed_quotes(doc, quotes, document_text or prior_text + _text(doc))
                     if lo <= a.cue_start < hi and a.cue_start not in taken)
    found = _merge_channels(found)
    # a report inside another report's content ("the ministry said Xi told Biden that ...") is part of that
    # content, not a second voice (PolNeAR and the codebook annotate the outer one)
    found = [a for a in found if not any(
        o is not a and o.content_start is not None and o.content_start <= a.cue_start < o.content_end
        and not (o.content_start <= o.cue_start < o.content_end) for o in found)]
    previous: Attribution | None = None
    for att in sorted(found, key=lambda a: a.cue_start):
        att.extra["prior_text"] = prior_text
        if previous is not None and previous.person and _sentences_apart(doc, previous.cue_start, att.cue_start) <= 2:
            att.extra["previous_person"] = (previous.person, previous.speaker)
        _resolve_speaker(att, doc, quotes)
        previous = att
    found.sort(key=lambda a: (a.cue_start, a.cue_end))
    return found


def _sentences_apart(doc: Any, a: int, b: int) -> int:
    """How many sentence starts lie between character offsets ``a`` < ``b``."""
    return sum(1 for s in doc.sents if a < s.start_char <= b)


def _next_is(tok: Any, word: str) -> bool:
    return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == word


def _inside(offset: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s < offset < e - 1 for s, e in spans)


def _span_chars(tokens: Iterable[Any]) -> tuple[int, int] | None:
    toks = [t for t in tokens]
    if not toks:
        return None
    return min(t.idx for t in toks), max(t.idx + len(t.text) for t in toks)


_TRIM = set(",;:-–—()[]") | {"\u201c", "\u201d", '"', "'s"}


def _np_tokens(head: Any) -> list[Any]:
    """The noun phrase of ``head`` as a source mention: its whole subtree (appositives and relative clauses
    included, as PolNeAR marks sources), never across a line break, without edge punctuation."""
    toks = list(head.subtree)
    # keep the contiguous run around the head, never across a line break
    run = [head]
    by_i = {t.i: t for t in toks}
    i = head.i - 1
    while i in by_i and "\n" not in by_i[i].text:
        run.insert(0, by_i[i])
        i -= 1
    i = head.i + 1
    while i in by_i and "\n" not in by_i[i].text:
        run.append(by_i[i])
        i += 1
    toks = [t for t in run if not is_dateline(t)] or run  # "ASHGABAT — Turkmenistan's foreign ministry said"
    while toks and (toks[0].is_punct or toks[0].is_space or toks[0].text in _TRIM or toks[0].dep_ == "cc"):
        toks.pop(0)
    while toks and (toks[-1].is_punct or toks[-1].is_space or toks[-1].text in _TRIM or toks[-1].dep_ == "cc"):
        toks.pop()
    return toks or [head]


def _subject(verb: Any) -> tuple[Any | None, bool]:
    """Subject token of a reporting verb, following shared subjects up ``conj``/``advcl``/``xcomp`` chains.

    Returns ``(token, passive)``; ``passive`` is True when the subject is a passive one (an unnamed source
    unless an agent is given, e.g. "It was reported that ...").
    """
    node = verb
    for _ in range(4):
        for child in node.children:
            if child.dep_ in _SUBJECT_DEPS:
                return child, False
        for child in node.children:
            if child.dep_ == "agent":
                objs = [c for c in child.children if c.dep_ == "pobj"]
                if objs:
                    return objs[0], False
        for child in node.children:
            if child.dep_ in ("nsubjpass", "csubjpass"):
                # "X was quoted as saying": X is the source; "it is said that": no source
                if child.lower_ in ("it", "this") or node is verb:
                    return None, True
                return child, False
        if node.dep_ in ("conj", "advcl", "xcomp", "pcomp", "prep") and node.head.i != node.i:
            node = node.head
            continue
        if node.dep_ == "relcl" and node.head.i != node.i:
            return node.head, False
        break
    return None, False


def _clause_tokens(tok: Any, exclude: Iterable[int] = ()) -> list[Any]:
    skip = set(exclude)
    return [t for t in tok.subtree if t.i not in skip]


def _content_for_verb(verb: Any, quotes: Sequence[tuple[int, int]], subject: Any | None, *,
                      kind: str = "speech", infinitive: bool = False, predicative: bool = False,
                      objects: bool | Sequence[str] = False) -> tuple[tuple[int, int] | None, str]:
    """Content span of a reporting verb and its quote kind, or ``(None, "")`` when it has none.

    ``objects``: also take the direct object as content (``True``), or what the listed slots hold
    (``["dobj", "for"]``: the direct object and the object of "for").
    """
    text = _text(verb.doc)
    subj_idx = {t.i for t in subject.subtree} if subject is not None else set()
    clause = None
    for child in verb.children:
        # an infinitive ("agreed to reopen", "urged them to leave", "continued to shell") reports an act, not
        # speech, so xcomp is content only for cues marked `infinitive: true` ("claims to be neutral")
        if child.dep_ in ("ccomp", "parataxis") or (child.dep_ == "xcomp" and infinitive and child.i > verb.i):
            toks = [t for t in _clause_tokens(child, subj_idx) if not t.is_space]
            span = _span_chars(toks)
            if span:
                clause = span if clause is None else (min(clause[0], span[0]), max(clause[1], span[1]))
    # "asked whether ..." / "said it was" parsed with the clause as dobj
    if clause is None:
        for child in verb.children:
            if child.dep_ == "dobj" and child.pos_ in ("VERB", "AUX") and child.i > verb.i:
                clause = _span_chars(child.subtree)
    # "told reporters after the talks that ...": the parser may hang the that-clause on the nearest noun as a
    # relative clause, but a relative clause never opens with the conjunction "that" (SCONJ, dep mark)
    if clause is None:
        for t in verb.subtree:
            if t.i > verb.i and t.dep_ in ("relcl", "acl", "advcl") and any(
                    c.dep_ == "mark" and c.lower_ == "that" and c.i == t.left_edge.i for c in t.children):
                clause = _span_chars(t.subtree)
                break
    # "As Li noted, relations are stable" / "As one adviser put it, ...": the clause the as-clause modifies is
    # the content
    if clause is None and _as_clause(verb):
        own = {t.i for t in verb.subtree}
        toks = [t for t in verb.head.subtree if t.i not in own and not t.is_space and not t.is_punct]
        span = _span_chars(toks)
        if span:
            clause = span
    # an inserted reporting clause ("His town, he added, depends on ..."; "X met Y, the Kremlin said, in ..."):
    # the parser hangs the cue on the reported clause, which is then the content
    if clause is None and verb.dep_ == "parataxis" and verb.head.pos_ in ("VERB", "AUX") and kind != "stance":
        own = {t.i for t in verb.subtree}
        toks = [t for t in verb.head.subtree if t.i not in own and not t.is_space and not t.is_punct]
        span = _span_chars(toks)
        if span:
            clause = span
    # attribution studies count what a source calls for, proposes or describes ("called for a repeal",
    # "proposed a tax cut"): an object or the object of the verb's listed preposition is the content
    if clause is None and objects:
        takes = _object_slots(objects)
        for child in verb.children:
            if child.i < verb.i:
                continue
            if (child.dep_ == "dobj" and "dobj" in takes) or (child.dep_ == "prep" and child.lower_ in takes):
                span = _span_chars(child.subtree)
                if span:
                    clause = span if clause is None else (min(clause[0], span[0]), max(clause[1], span[1]))
    # characterisations: object + predicate ("called the measures illegal", "describes X as Y")
    if clause is None and predicative:
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        # "as" may hang on the verb or on its object ("described the visit as a matter between ...")
        heads = [verb] + objs
        preds = [c for h in heads for c in h.children if (c.dep_ == "oprd" and h is verb)
                 or (c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pobj" for g in c.children))]
        if objs and preds:
            toks = sorted({t for c in objs + preds for t in c.subtree if t.i > verb.i or c.lower_ in _WH},
                          key=lambda t: t.i)
            span = _span_chars(toks)
            if span:
                clause = span
        return (_strip_span(text, clause), "indirect") if clause else (None, "")
    # stance cues report a position on something: the object or prepositional object is the content
    if clause is None and kind == "stance":
        listed = _object_slots(objects) if objects and objects is not True else None
        for child in verb.children:
            if child.dep_ == "prep" and listed is not None and child.lower_ not in listed:
                continue  # "spoke to reporters / at a rally": an audience or a place, not what was said
            if child.dep_ in ("dobj", "prep", "oprd", "attr", "xcomp") and child.i > verb.i:
                span = _span_chars(child.subtree)
                if span:
                    clause = span if clause is None else (min(clause[0], span[0]), max(clause[1], span[1]))
    cue_lo = verb.idx
    cue_hi = verb.idx + len(verb.text)
    if subject is not None:
        sub = _span_chars(subject.subtree)
        if sub:
            cue_lo, cue_hi = min(cue_lo, sub[0]), max(cue_hi, sub[1])
    # direct quotations touching the clause or sitting right next to the source and cue
    touching: list[tuple[int, int]] = []
    sent_lo, sent_hi = verb.sent.start_char, verb.sent.end_char
    for s, e in quotes:
        other_sentence = e <= sent_lo or s >= sent_hi
        if other_sentence and not (_quote_leads_in(text, s, e, cue_lo) or _quote_follows(text, cue_hi, s)):
            continue  # a quotation in another sentence is this cue's content only when punctuation ties them
        if clause is not None and s < clause[1] and e > clause[0]:
            touching.append((s, e))
        elif _adjacent(text, e, cue_lo, allowed=" ,\u2014-\t") or _adjacent(text, cue_hi, s, allowed=" ,:\u2014-\t\n"):
            touching.append((s, e))
    if clause is not None and touching:
        lo = min([clause[0]] + [s for s, _ in touching])
        hi = max([clause[1]] + [e for _, e in touching])
        whole_quote = any(s <= clause[0] and e >= clause[1] for s, e in touching)
        return (lo, hi), ("direct" if whole_quote and not _outside_quotes(text, clause, touching) else "mixed")
    if clause is not None:
        return _strip_span(text, clause), "indirect"
    if touching:
        return (min(s for s, _ in touching), max(e for _, e in touching)), "direct"
    return None, ""


def _quote_leads_in(text: str, s: int, e: int, cue_lo: int) -> bool:
    """'“We will win,” he said' / '“Why?” she asked': the quotation ends on a comma, question or exclamation
    mark inside the closing mark and the source or cue follows at once (a full stop would end the sentence)."""
    inner = text[s:e].rstrip("\"'\u201d\u00bb").rstrip()
    return bool(inner) and inner[-1] in ",?!\u2014-" and _adjacent(text, e, cue_lo, allowed=" \t")


def _quote_follows(text: str, cue_hi: int, s: int) -> bool:
    """'He added: “...”' / 'Trump boasted, “...”': a colon or comma right after the cue opens the quotation."""
    gap = text[cue_hi:s]
    return len(gap) <= 3 and gap.strip() in (":", ",")


def _outside_quotes(text: str, clause: tuple[int, int], quotes: Sequence[tuple[int, int]]) -> bool:
    """True when the clause has letters outside all quotations."""
    for i in range(clause[0], clause[1]):
        if text[i].isalpha() and not any(s <= i < e for s, e in quotes):
            return True
    return False


def _adjacent(text: str, left_end: int, right_start: int, *, allowed: str) -> bool:
    """True when only ``allowed`` characters (at most a few) lie between two offsets: '“...,” he said' and
    'he said: “...”' are adjacent; '“...”. He said' is not (a full stop ends the first sentence)."""
    if right_start < left_end:
        return False
    gap = text[left_end:right_start]
    return len(gap) <= 4 and all(c in allowed for c in gap)


def _strip_span(text: str, span: tuple[int, int], *, final_stop: bool = False) -> tuple[int, int]:
    s, e = span
    while s < e and (text[s] in ",;:" or text[s].isspace()):
        s += 1
    while e > s and (text[e - 1] in ",;:" or text[e - 1].isspace() or final_stop and text[e - 1] in ".!?"):
        e -= 1
    return s, e


#: Cue verbs with a particle that gives them a sense other than reporting ("show up" is to arrive).
_OTHER_SENSES = frozenset({("show", "up"), ("show", "off")})


def _verb_cue(verb: Any, entry: dict[str, Any], quotes: Sequence[tuple[int, int]], *,
              attribution_mode: bool = False) -> Attribution | None:
    if verb.dep_ in ("amod", "compound") or verb.tag_ == "JJ":
        return None  # "the said document"
    if (verb.lemma_.lower(), next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)) in _OTHER_SENSES:
        return None  # "Trump showed up at the rally": the particle makes it another verb
    subject, passive = _subject(verb)
    content, qkind = _content_for_verb(verb, quotes, subject, kind=entry["kind"],
                                       # attribution studies (PolNeAR) count "urged X to ..." as well
                                       infinitive=bool(entry.get("infinitive")) or attribution_mode,
                                       predicative=bool(entry.get("predicative")),
                                       objects=entry.get("object_content", False) if attribution_mode else False)
    if entry.get("as_clause_only") and not (_as_clause(verb) and any(
            c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children)):
        return None  # "put" reports speech only in "as X put it"
    if content is not None and qkind == "indirect" and subject is not None and _narrated_wh(verb, subject):
        return None  # "Xi's trip emphasised how ...": a thing 'emphasising' is the narrator's voice
    if content is None and (entry.get("needs_content") or subject is None):
        return None
    if subject is None and not passive:
        return None  # imperatives and headline fragments ("Also Read | ...")
    cue_text = verb.text
    cue_start, cue_end = verb.idx, verb.idx + len(verb.text)
    # "pointed out that": the particle belongs to the cue
    for child in verb.children:
        if child.dep_ == "prt" and child.i == verb.i + 1:
            cue_end = child.idx + len(child.text)
            cue_text = _text(verb.doc)[cue_start:cue_end]
    att = Attribution(cue=cue_text, cue_start=cue_start, cue_end=cue_end, kind=entry["kind"],
                      quote_kind=qkind or "indirect")
    if content is not None:
        att.content_start, att.content_end = content
    if subject is not None:
        if subject.lower_ in _RELATIVE and subject.dep_.startswith("nsubj") and subject.head.dep_ == "relcl":
            toks = [subject]
            att.extra["antecedent"] = subject.head.head
        elif verb.dep_ == "relcl" and subject.i == verb.head.i:
            # "Smith, who said ...": the relative pronoun is the mention; the head noun is the speaker
            toks = [subject]
        else:
            toks = _np_tokens(subject)
        s, e = _span_chars(toks)  # type: ignore[misc]
        att.speaker_text = _text(verb.doc)[s:e]
        att.speaker_start, att.speaker_end = s, e
        att.extra["subject"] = subject
    return att


def _object_slots(value: bool | Sequence[str]) -> set[str]:
    """The slots an ``object_content`` lexicon entry names: ``true`` is the direct object."""
    return {"dobj"} if value is True else set(value)


def _noun_cue(noun: Any, entry: dict[str, Any], quotes: Sequence[tuple[int, int]], *,
              attribution_mode: bool = False) -> Attribution | None:
    """A reporting noun with its source and content: "Trump's claim that ...", "a statement by the ministry
    that ...", "the Kremlin's warning: “...”". The source is the possessor, the object of "by"/"from", or a
    proper-noun compound ("a Times report that"); the content a that-clause or a quotation right after the
    noun (in attribution mode also the objects listed in ``object_content``: "his plan for ...")."""
    doc, text = noun.doc, _text(noun.doc)
    source = next((c for c in noun.children if c.dep_ == "poss"), None)
    if source is None:
        for c in noun.children:
            if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from") and c.i > noun.i:
                source = next((g for g in c.children if g.dep_ == "pobj"), None)
                break
    if source is None:
        names = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        source = names[-1] if names else None
    if source is None:
        return None
    content = None
    for c in noun.children:
        if c.i > noun.i and c.dep_ in ("acl", "ccomp", "relcl", "appos") and any(
                g.dep_ == "mark" and g.lower_ == "that" and g.i == c.left_edge.i for g in c.children):
            content = _span_chars(c.subtree)
            break
    end = noun.idx + len(noun.text)
    if content is None:
        content = next(((s, e) for s, e in quotes if _adjacent(text, end, s, allowed=" ,:\u2014-\t")), None)
    if content is None and attribution_mode and entry.get("object_content"):
        takes = _object_slots(entry["object_content"])
        for c in noun.children:
            if c.i > noun.i and c.dep_ == "prep" and c.lower_ in takes:
                content = _span_chars(c.subtree)
                break
    if content is None:
        return None
    if source.dep_ == "compound":
        toks = [t for t in doc[noun.left_edge.i:noun.i] if t.dep_ == "compound" and t.pos_ == "PROPN"]
    elif source.dep_ == "poss":
        toks = [t for t in _np_tokens(source) if t.dep_ != "case"]
    else:
        toks = _np_tokens(source)
    span = _span_chars(toks)
    if span is None:
        return None
    att = Attribution(cue=noun.text, cue_start=noun.idx, cue_end=end, kind=entry["kind"], quote_kind="indirect",
                      speaker_text=text[span[0]:span[1]], speaker_start=span[0], speaker_end=span[1])
    att.content_start, att.content_end = _strip_span(text, content)
    if any(s <= att.content_start and e >= att.content_end for s, e in quotes):
        att.quote_kind = "direct"
    att.extra["subject"] = source
    return att


_WH = {"how", "why", "what", "whether", "where", "when"}


def _as_clause(verb: Any) -> bool:
    """The cue heads a comment clause opened by "as" ("As Li noted, ..."; "..., as one adviser pointed out, ...")."""
    return verb.dep_ in ("advcl", "parataxis") and verb.head.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("mark", "prep") and c.lower_ == "as" and c.i < verb.i for c in verb.children)


def _narrated_wh(verb: Any, subject: Any) -> bool:
    """True when a clause opened by a wh-word hangs on a verb whose subject is a thing, not an actor."""
    clause = [c for c in verb.children if c.dep_ == "ccomp"]
    if not clause:
        return False
    first = next(iter(clause[0].subtree))
    if first.lower_ not in _WH:
        return False
    if subject.pos_ == "PRON" or subject.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return False
    actors = _actors()
    return actors.describe_span(actors.noun_phrase(subject)).get("kind") == "non-actor"


def _according_to(tok: Any, quotes: Sequence[tuple[int, int]], found: list[Attribution]) -> Attribution | None:
    doc = tok.doc
    to = doc[tok.i + 1]
    objs = [c for c in to.children if c.dep_ == "pobj"] or [c for c in tok.children if c.dep_ == "pobj"]
    if not objs:
        return None
    source = objs[0]
    src_toks = _np_tokens(source)
    s, e = _span_chars(src_toks)  # type: ignore[misc]
    cue_start, cue_end = tok.idx, to.idx + len(to.text)
    sent = tok.sent
    phrase = (min(cue_start, s), max(cue_end, e))
    left = _strip_span(_text(doc), (sent.start_char, phrase[0]))
    right = _strip_span(_text(doc), (phrase[1], sent.end_char), final_stop=True)
    content = max((left, right), key=lambda sp: sp[1] - sp[0])
    if content[1] <= content[0]:
        content = None  # type: ignore[assignment]
    qkind = "according_to"
    att = Attribution(cue=_text(doc)[cue_start:cue_end], cue_start=cue_start, cue_end=cue_end, kind="speech",
                      quote_kind=qkind, speaker_text=_text(doc)[s:e], speaker_start=s, speaker_end=e)
    att.extra["subject"] = source
    att.extra["according_tok"] = tok
    if content is not None:
        att.content_start, att.content_end = _strip_span(_text(doc), content)
    return att


def _merge_channels(found: list[Attribution]) -> list[Attribution]:
    """An "according to X" that hangs on a reporting verb with its own source names the channel of that
    quote ("he said, according to the Kremlin"; "According to state media, Xi said ..."): one row, X kept as
    ``channel``."""
    by_cue = {a.cue_start: a for a in found if a.extra.get("according_tok") is None and a.speaker_text}
    out = []
    for att in found:
        tok = att.extra.get("according_tok")
        if tok is not None:
            host = next((by_cue[a.idx] for a in tok.ancestors if a.idx in by_cue), None)
            if host is not None:
                host.extra["channel_span"] = (att.speaker_start, att.speaker_end)
                continue
        out.append(att)
    return out


# --------------------------------------------------------------------------------------------- signed and labelled quotes

_SPACE = "[ \t\u00a0]"
_NAME_WORD = r"[A-Z][\w'’.-]*"
#: "― Ana Ruiz" after a quotation, or alone on its line: the dash signs the quotation before it
_SIGNATURE = re.compile(
    rf"[\u2015\u2014]{_SPACE}*(?P<name>{_NAME_WORD}(?:{_SPACE}+(?:{_NAME_WORD}|(?:de|del|da|van|von|la)(?={_SPACE}+[A-Z]))){{0,4}})"
    rf"(?={_SPACE}*(?:\n|$|[“\"«])|\.?\s*$|\.\s)")
#: "NAME: ..." at the start of a line or sentence, or after its opening quotation mark (transcripts, "Name: claim"
#: headlines)
_LABEL = re.compile(rf"{_SPACE}*[“\"']?{_SPACE}*(?P<name>{_NAME_WORD}(?:{_SPACE}+{_NAME_WORD}){{0,3}}):"
                    rf"{_SPACE}+(?=\S)")
#: "Said Ellis: ..." / "Added Ortiz, ..." at the start of a sentence
_INVERTED = re.compile(rf"(?P<cue>Said|Says|Added|Adds|Wrote|Writes|Asked|Asks){_SPACE}+"
                       rf"(?P<name>{_NAME_WORD}(?:{_SPACE}+{_NAME_WORD}){{0,3}}){_SPACE}*[:,]")
_OPEN_MARKS = set(_OPENERS) | {_STRAIGHT}
_CLOSE_MARKS = _CLOSERS | {_STRAIGHT, "'"}


def _signed_quotes(doc: Any, quotes: Sequence[tuple[int, int]], document_text: str) -> list[Attribution]:
    """Quotations signed by their source rather than introduced by a verb: a dash signature after the
    quotation ("...shame.” ― Ana Ruiz", collected reader comments), a speaker label at the start of a line
    ("PENCE: Well, ...", "Pat Caddell: Voters worried ...") and an inverted cue opening a sentence ("Said
    Ellis: ..."). The signature or label is the cue; the name is the source."""
    text = _text(doc)
    out: list[Attribution] = []
    for m in _SIGNATURE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        left = text[line_start:m.start()].rstrip(" \t\u00a0")
        if left and left[-1] not in _CLOSE_MARKS and left[-1] not in ".!?":
            continue  # a dash inside a sentence ("The film ― which ...") is punctuation
        name = _trim_name(text, m.start("name"), m.end("name"))
        content = next(((s, e) for s, e in quotes if e <= m.start() and not text[e:m.start()].strip()), None)
        if content is None and left:
            content = (line_start, line_start + len(left))
        att = _named_attribution(doc, m.start(), m.start() + 1, name, content)
        if att is not None:
            out.append(att)
    labels: dict[str, list[re.Match[str]]] = {}
    starts = sorted({0} | {m.end() for m in re.finditer("\n", text)} | {sent.start_char for sent in doc.sents})
    for pos in starts:
        m = _LABEL.match(text, pos)
        if m is not None:
            labels.setdefault(m.group("name"), []).append(m)
    for label, matches in labels.items():
        for m in matches:
            if not _is_speaker_label(doc, label, m, document_text):
                continue
            colon = m.end("name")
            line_end = text.find("\n", colon)
            line_end = len(text) if line_end < 0 else line_end
            content = _strip_span(text, (colon + 1, line_end))
            att = _named_attribution(doc, colon, colon + 1, (m.start("name"), m.end("name")), content)
            if att is not None:
                out.append(att)
    for m in _INVERTED.finditer(text):
        span = doc.char_span(m.start(), m.end("cue"), alignment_mode="expand")
        if span is None or not span[0].is_sent_start and span[0].i > 0 and doc[span[0].i - 1].text not in _OPEN_MARKS:
            continue
        name = _trim_name(text, m.start("name"), m.end("name"))
        sent_end = span.sent.end_char
        att = _named_attribution(doc, m.start("cue"), m.end("cue"), name, _strip_span(text, (m.end(), sent_end)))
        if att is not None:
            out.append(att)
    return out


#: Words that open a line with a colon without naming a speaker ("UPDATE: ...", "The Latest: ...").
_NOT_LABELS = frozenset({"update", "updated", "breaking", "watch", "video", "photos", "photo", "note", "editor's note",
                         "editor’s note", "correction", "related", "read more", "the latest", "latest", "live",
                         "exclusive", "analysis", "opinion", "q", "a", "source", "sources", "credit", "via",
                         "warning", "spoiler", "tl;dr", "ps", "p.s.", "pictured", "above", "below", "top", "bottom"})


def _is_speaker_label(doc: Any, label: str, match: re.Match[str], document_text: str) -> bool:
    """A line-initial "X:" names a speaker when X is a person (a PERSON entity, a person or state the
    gazetteer knows) or an all-capitals label used at least twice (a transcript), and X is not a heading word."""
    if label.lower().rstrip(".") in _NOT_LABELS or len(label) < 2 or _INVERTED.match(label + ":"):
        return False
    letters = [c for c in label if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return _label_uses(label, document_text) >= 2
    span = doc.char_span(match.start("name"), match.end("name"), alignment_mode="expand")
    if span is None:
        return False
    if all(t.ent_type_ == "PERSON" for t in span):
        return True
    actors = _actors()
    return bool(actors.person_for(label)) or actors.canonical_actor(label) is not None and len(span) > 1


@functools.lru_cache(maxsize=256)
def _label_uses(label: str, document_text: str) -> int:
    """How often ``label:`` opens a line or sentence of the document (every window of it asks again)."""
    return len(re.findall(rf"(?:^|[\n.?!]){_SPACE}*[“\"']?{_SPACE}*{re.escape(label)}:", document_text))


def _trim_name(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a sentence-final stop from a signed name ("Karen Ruiz." -> "Karen Ruiz"; "Edwin G." keeps it)."""
    if text[start:end].endswith(".") and len(text[start:end].split()[-1]) > 2:
        end -= 1
    return start, end


def _named_attribution(doc: Any, cue_start: int, cue_end: int, name: tuple[int, int],
                       content: tuple[int, int] | None) -> Attribution | None:
    span = doc.char_span(name[0], name[1], alignment_mode="expand")
    if span is None or not len(span):
        return None
    att = Attribution(cue=_text(doc)[cue_start:cue_end], cue_start=cue_start, cue_end=cue_end, kind="speech",
                      quote_kind="direct" if content is not None and _text(doc)[content[0]] in _OPEN_MARKS
                      else "indirect",
                      speaker_text=_text(doc)[name[0]:name[1]], speaker_start=name[0], speaker_end=name[1])
    att.extra["subject"] = span.root
    att.extra["signed"] = True
    if content is not None and content[1] > content[0]:
        att.content_start, att.content_end = content
    return att


# --------------------------------------------------------------------------------------------- speakers


def _actors() -> Any:
    from framing import actors

    return actors


def _person_entity(tokens: Sequence[Any]) -> Any | None:
    for t in tokens:
        if t.ent_type_ == "PERSON":
            doc = t.doc
            for ent in doc.ents:
                if ent.start <= t.i < ent.end:
                    return ent
    return None


def _full_name(name: str, doc: Any, before: int, prior_text: str = "") -> str:
    """Expand a short name ("Li") to the longest earlier PERSON mention that holds it ("Gen Li Shangfu"), in the
    parsed text or else, by capitalised words around it, in the document text before the window."""
    best = name
    if len(name.split()) == 1 and prior_text:
        pattern = (r"(?:\b[A-Z][\w'’.-]*\s+){0,3}\b" + re.escape(name) + r"\b(?:\s+[A-Z][\w'’-]*){0,2}")
        for m in re.finditer(pattern, prior_text):
            if len(m.group(0)) > len(best) and "\n" not in m.group(0):
                best = m.group(0)
    last = name.split()[-1].lower() if name.split() else ""
    for ent in doc.ents:
        if ent.label_ != "PERSON" or ent.start_char >= before:
            continue
        words = [w.lower() for w in ent.text.split()]
        if last and last in words and len(ent.text) > len(best) and name.lower() in ent.text.lower():
            best = ent.text
    return best


def _antecedent_person(doc: Any, before: int, quotes: Sequence[tuple[int, int]]) -> Any | None:
    """The one person a pronoun at ``before`` can refer to: the single PERSON in the nearest sentence (this
    one before the pronoun, then up to two earlier) that names any, outside quotations; when that sentence
    names several, the one that is its subject. ``None`` when still ambiguous."""
    sents = [s for s in doc.sents if s.start_char < before]
    for sent in reversed(sents[-3:]):
        persons = [ent for ent in doc.ents if ent.label_ == "PERSON" and sent.start_char <= ent.start_char
                   and ent.end_char <= min(sent.end_char, before) and not _inside(ent.start_char, quotes)]
        if not persons:
            continue
        names = {}
        for ent in persons:
            names.setdefault(ent.text.split()[-1].lower(), ent)
        if len(names) == 1:
            return persons[0]
        subjects = [ent for ent in persons if ent.root.dep_ in ("nsubj", "nsubjpass")
                    or (ent.root.dep_ == "conj" and ent.root.head.dep_ == "nsubj")]
        if len({e.text.split()[-1].lower() for e in subjects}) == 1 and subjects[0].root.dep_ == "nsubj":
            return subjects[0]
        return None
    return None


_DANGLING = re.compile(r"(?:\s+(?:of|for|at|in|from|the|and|to|with))+$")


def _resolve_speaker(att: Attribution, doc: Any, quotes: Sequence[tuple[int, int]]) -> None:
    """Fill ``speaker`` (canonical actor / person / head noun) and ``person`` from the source mention."""
    _resolve_speaker_raw(att, doc, quotes)
    # an entity that ran into a following phrase ("Sun-hee Park of the Ashgrove Foundation" -> "Sun-hee Park of")
    if isinstance(att.speaker, str):
        att.speaker = _DANGLING.sub("", att.speaker) or att.speaker
    if isinstance(att.person, str):
        att.person = _DANGLING.sub("", att.person) or att.person


def _resolve_speaker_raw(att: Attribution, doc: Any, quotes: Sequence[tuple[int, int]]) -> None:
    actors = _actors()
    channel_span = att.extra.get("channel_span")
    if channel_span is not None:
        att.channel = _text(doc)[channel_span[0]:channel_span[1]]
    subject = att.extra.get("subject")
    if subject is None or att.speaker_text is None:
        return
    if att.extra.get("signed"):  # a signature or label is a name as written ("Ana Ruiz", "PENCE")
        actor = actors.canonical_actor(att.speaker_text)
        if actor is not None and not actors.person_for(att.speaker_text):
            att.speaker = actor
        else:
            _set_person(att, att.speaker_text, doc, actors)
        return
    low = subject.lower_
    head = att.extra.get("antecedent")
    if head is not None:  # "Smith, who said ...": the relative pronoun speaks for the noun the clause hangs on
        subject = head
        low = subject.lower_
    if low in _PRONOUNS_PERSON and subject.pos_ == "PRON":
        ent = _antecedent_person(doc, att.speaker_start or att.cue_start, quotes)
        if ent is not None:
            _set_person(att, ent.text, doc, actors)
        elif att.extra.get("previous_person"):
            # no person named nearby, but the quote before this one was a person's: the same voice goes on
            # ('"...," said Sun-hee Park of the foundation. "...," she said.')
            att.person, att.speaker = att.extra["previous_person"]
        return
    if low in _PRONOUNS_OTHER and subject.pos_ == "PRON":
        # "it"/"they": an actor named before, when unambiguous. Mentions inside the reported content do not
        # count ("Beijing's stance is a sham, they add": they are not Beijing); "they" first looks for a plural
        # subject of the previous sentence ("Experts say ... . ..., they add" -> experts).
        sents = [s for s in doc.sents if s.start_char <= subject.idx]
        previous = sents[-2] if len(sents) >= 2 else None
        sentence = sents[-1] if sents else None
        if sentence is not None and att.content_start is not None and att.content_start < subject.idx:
            sentence = doc[subject.i:subject.i]  # the content comes first: only earlier sentences count
        if low == "they" and previous is not None:
            plural = [t for t in previous if t.dep_ == "nsubj" and t.tag_ in ("NNS", "NNPS")]
            if len(plural) == 1:
                info = actors.describe_span(actors.noun_phrase(plural[0]))
                att.speaker = info.get("actor") or _head_phrase(plural[0], plural[0].text)
                return
        att.speaker = actors.resolve_antecedent(subject, sentence=sentence, previous=previous)
        return
    np = actors.noun_phrase(subject)
    info = actors.describe_span(np)
    before = att.extra.get("prior_text", "") + _text(doc)[:subject.idx]
    voice = _voice_actor(subject, doc, actors, info, before)
    if voice is not None:
        att.speaker = voice
        return
    ent = _person_entity([subject])
    if ent is not None and ent.start_char <= att.cue_start < ent.end_char:
        # the tagger ran the name into the cue ("Said Ortiz: ..."): the name starts after the cue
        ent = doc.char_span(att.cue_end, ent.end_char, alignment_mode="contract")
        ent = ent if ent is not None and len(ent) else None
    if ent is not None or info.get("person"):
        _set_person(att, ent.text if ent is not None else info["person"], doc, actors)
        if att.speaker is None:
            att.speaker = info.get("actor")
        return
    att.speaker = info.get("actor") or actors.canonical_actor(att.speaker_text)
    if att.speaker is None and info.get("kind") == "non-actor":
        # a thing as the source ("the report", "a poll"): keep its head noun phrase, like unnamed parties
        att.speaker = _head_phrase(subject, att.speaker_text)


def _voice_actor(subject: Any, doc: Any, actors: Any, info: dict[str, Any], before_text: str = "") -> str | None:
    """The actor a voice noun speaks for ("Ukraine's emergency service" -> Ukraine, "the foreign ministry" ->
    the one state named in this or the previous sentence), or the bare third party ("Ukraine's allies" ->
    "allies"); ``None`` when the rule does not apply."""
    voice_nouns = load_lexicon()["voice_nouns"]
    head = subject.lower_
    lemma = subject.lemma_.lower()
    gaz = actors.gazetteer()
    if head not in voice_nouns and lemma not in voice_nouns:
        possessed = any(c.dep_ == "poss" for c in subject.children)
        if possessed and subject.pos_ == "NOUN" and (head in gaz["party_nouns"] or lemma in gaz["party_nouns"]):
            return head  # "Ukraine's allies" speak for themselves, not for Ukraine
        return None
    if info.get("actor") and str(info["actor"]).lower() not in (head, "the " + head, lemma, "the " + lemma):
        return info["actor"]  # the gazetteer knows the whole phrase ("the Kremlin spokesman")
    # a named actor inside the noun phrase: possessor, adjective, compound, or "of/for X"
    candidates = [t for t in subject.subtree if t.i != subject.i]
    for tok in candidates:
        # "its foreign ministry", "the island's government": the possessor is itself an anaphor
        if tok.dep_ == "poss" and (tok.lower_ in ("its", "their") or
                                   doc[tok.left_edge.i:tok.i + 1].text.lower().replace("'s", "").replace(
                                       "’s", "") in actors.DEFINITE_ANAPHORS):
            sents = [sp for sp in doc.sents if sp.start <= tok.i]
            actor = actors.resolve_antecedent(tok if tok.lower_ in ("its", "their") else tok.head,
                                              sentence=sents[-1] if sents else None,
                                              previous=sents[-2] if len(sents) >= 2 else None)
            if actor:
                return actor
            continue
        if tok.dep_ == "amod" and "-" in tok.text:  # "Russian-installed officials"
            actor = actors.canonical_actor(tok.text.split("-")[0] + " officials")
            if actor:
                return actor
        if tok.dep_ in ("poss", "amod", "compound", "pobj", "nmod") or tok.ent_type_ in ("GPE", "NORP", "ORG"):
            phrase = doc[tok.left_edge.i:tok.i + 1].text if tok.dep_ in ("poss", "pobj") else tok.text
            phrase = re.sub(r"['’]s?$", "", phrase)
            actor = actors.canonical_actor(phrase) or (actors.canonical_actor(phrase + " officials")
                                                       if tok.dep_ in ("amod", "compound", "npadvmod")
                                                       or tok.ent_type_ == "NORP" else None)
            if actor:
                return actor
    # a definite voice without a name: the one actor named just before
    # a named-looking modifier that did not resolve ("Some European officials") blocks any guess from context;
    # plain ones ("the foreign ministry", "a commerce ministry spokesperson") do not
    modified = any(c.dep_ in ("amod", "compound", "poss") and (c.ent_type_ in ("NORP", "GPE", "ORG", "PERSON")
                                                               or c.pos_ == "PROPN" or c.text[:1].isupper())
                   for c in subject.children)
    if any(c.lower_ == "the" for c in subject.children) and not modified:
        sents = [sp for sp in doc.sents if sp.start <= subject.i]
        window = []
        if len(sents) >= 2:
            window += [a for _, a in actors.mentions(sents[-2])]
        if sents:
            # the whole sentence: an actor named in the content makes the voice ambiguous, not resolved
            window += [a for _, a in actors.mentions(sents[-1])]
        distinct = list(dict.fromkeys(window))
        if len(distinct) == 1 and actors.canonical_actor(distinct[0]) == distinct[0]:
            return distinct[0]
        if len(distinct) > 1:
            return None  # several actors nearby: ambiguous, no guess
    if not modified and subject.tag_ != "NNS":  # "officials said" stays a group, never an earlier state
        # "the foreign ministry said", "a ministry spokesperson said", nothing named nearby: the same voice
        # named in full earlier in the article ("China's foreign ministry", "the Chinese foreign ministry")
        for noun in [head] + [c.lower_ for c in subject.children if c.dep_ == "compound" and c.pos_ == "NOUN"]:
            actor = _earlier_voice(noun, before_text, actors)
            if actor:
                return actor
    return None


def _earlier_voice(head: str, before_text: str, actors: Any) -> str | None:
    """The actor of the last earlier mention of the voice noun ``head`` with a named owner, if any."""
    if not before_text:
        return None
    pattern = re.compile(r"\b((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*?)(?:['’]s)?\s+(?:[a-z-]+\s+){0,2}"
                         + re.escape(head) + r"\b")
    found = None
    for m in pattern.finditer(before_text[-PRIOR_CHARS:]):
        name = re.sub(r"^(?:The|A|An)\s+", "", m.group(1))
        for cand in (name, name.split()[-1]):
            actor = actors.canonical_actor(cand) or actors.canonical_actor(cand + " officials")
            if actor:
                found = actor
                break
    return found


def _set_person(att: Attribution, name: str, doc: Any, actors: Any) -> None:
    """A person speaks: full name from the gazetteer or an earlier fuller mention ("Li" -> "Li Shangfu"); the
    speaker is the state the gazetteer says they act for, else the person."""
    name = re.sub(r"(?:\s+[a-z][\w-]*)+$", "", name.strip())  # "Sun-hee Park of" -> "Sun-hee Park"
    full = _full_name(name, doc, att.cue_start, att.extra.get("prior_text", ""))
    person = actors.person_for(full) or actors.person_for(name) or _strip_title(full, actors)
    att.person = person
    att.speaker = actors.canonical_actor(full) or actors.canonical_actor(name) or person


def _strip_title(name: str, actors: Any) -> str:
    titles = {t.lower().rstrip(".") for t in actors.gazetteer().get("titles", [])}
    words = name.replace("’", "'").split()
    while len(words) > 1 and words[0].lower().rstrip(".") in titles:
        words.pop(0)
    name = " ".join(words)
    return name[:-2] if name.endswith("'s") else name


def _head_phrase(subject: Any | None, fallback: str) -> str:
    """The head of a noun phrase with its determiner and compounds ("the opposition", "campaign officials")."""
    if subject is None:
        return fallback
    keep = [t for t in subject.children if t.dep_ in ("det", "compound", "amod") and t.i < subject.i]
    keep = sorted(keep + [subject], key=lambda t: t.i)
    words = [t.lower_ if t.dep_ == "det" else t.text for t in keep]
    return " ".join(words)


# --------------------------------------------------------------------------------------------- rows


def attribution_row(att: Attribution, doc: Any, *, offset: int = 0) -> dict[str, Any]:
    """A frame-row dict (document offsets shifted by ``offset``) for one :class:`Attribution`."""
    text = _text(doc)

    def shift(v: int | None) -> int | None:
        return None if v is None else v + offset

    content = None
    if att.content_start is not None and att.content_end is not None:
        content = text[att.content_start:att.content_end]
    return {
        "start": att.start + offset,
        "end": att.end + offset,
        "feature": FEATURE,
        "cue": att.cue,
        "speaker": att.speaker,
        "speaker_text": att.speaker_text,
        "speaker_start": shift(att.speaker_start),
        "speaker_end": shift(att.speaker_end),
        "person": att.person,
        "channel": att.channel,
        "content": content,
        "content_start": shift(att.content_start),
        "content_end": shift(att.content_end),
        "cue_start": shift(att.cue_start),
        "cue_end": shift(att.cue_end),
        "quote_kind": att.quote_kind,
    }


# --------------------------------------------------------------------------------------------- detector interface

#: Characters of document text before a window searched for a speaker's fuller name ("Li" -> "Li Shangfu").
PRIOR_CHARS = 20_000

#: Sentences before/after a target that the window needs: two before for the antecedent of "he"/"she".
CONTEXT: tuple[int, int] = (2, 1)


def _window_map(sentences: Any) -> list[tuple[int, int, int]]:
    """``(window_start_char, window_end_char, doc_start_char)`` per sentence of the window."""
    out = []
    ordered = [(sentences.sent_id - 1 - i, sp) for i, sp in enumerate(sentences.before)]
    ordered += [(sentences.sent_id, sentences.target)]
    ordered += [(sentences.sent_id + 1 + i, sp) for i, sp in enumerate(sentences.after)]
    for k, sp in sorted(ordered, key=lambda x: x[0]):
        if sp is not None and 0 <= k < len(sentences.spans):
            out.append((sp.start_char, sp.end_char, sentences.spans[k][0]))
    return out


def _to_doc(wmap: list[tuple[int, int, int]], ch: int | None) -> int | None:
    if ch is None:
        return None
    for ws, we, ds in wmap:
        if ws <= ch <= we:
            return ds + (ch - ws)
    return None


def _to_window(wmap: list[tuple[int, int, int]], span: tuple[int, int]) -> tuple[int, int] | None:
    """A document span clipped to the window, in window offsets (``None`` when it lies outside)."""
    lo = hi = None
    for ws, we, ds in wmap:
        de = ds + (we - ws)
        a, b = max(span[0], ds), min(span[1], de)
        if a < b:
            lo = ws + (a - ds) if lo is None else lo
            hi = ws + (b - ds)
    return None if lo is None else (lo, hi)


def detect(doc: Any, *, sentences: Any, actors: Any) -> list[dict[str, Any]]:
    """Quote rows for the target sentence of a window (the detector interface of
    :mod:`framing.features.extract`).

    Quotation marks are found on the whole document text (``sentences.doc_text``), so a quotation that opens
    before the window still gives its full content. Only attributions whose cue lies in ``sentences.target``
    are reported, and only when :func:`cue_regex` matches the target (gated and full modes agree).
    ``actors`` is accepted for the interface; speakers are resolved with :mod:`framing.actors` directly,
    because "he"/"she" need the person antecedents that the helper's state-level resolution leaves out.
    """
    target = sentences.target
    if target is None or not cue_regex().search(target.text):
        return []
    text = sentences.doc_text
    wmap = _window_map(sentences)
    if not wmap:
        return []
    # quotation marks of the whole document, computed once per document (detect runs once per target)
    all_quotes = _document_quotes(text)
    lo_doc = wmap[0][2]
    hi_doc = wmap[-1][2] + (wmap[-1][1] - wmap[-1][0])
    first = max(0, bisect.bisect_left(all_quotes, (lo_doc - MAX_QUOTE_CHARS, 0)))
    doc_quotes = [q for q in all_quotes[first:bisect.bisect_right(all_quotes, (hi_doc, len(text)))]
                  if q[1] > lo_doc and q[0] < hi_doc]
    win_quotes = [w for w in (_to_window(wmap, q) for q in doc_quotes) if w is not None]
    allowed = _allowed_columns()
    rows = []
    prior = text[max(0, wmap[0][2] - PRIOR_CHARS):wmap[0][2]]
    for att in find_attributions(doc, quotes=win_quotes, prior_text=prior,
                                 cue_range=(target.start_char, target.end_char), document_text=text):
        if not (target.start_char <= att.cue_start < target.end_char):
            continue
        row: dict[str, Any] = {"start": att.start, "end": att.end, "cue": att.cue,
                               "speaker": att.speaker, "person": att.person}
        content = _doc_content(att, wmap, doc_quotes, text)
        row["content"] = content[2] if content else None
        extras = {"speaker_text": att.speaker_text, "channel": att.channel, "quote_kind": att.quote_kind,
                  "speaker_start": _to_doc(wmap, att.speaker_start), "speaker_end": _to_doc(wmap, att.speaker_end),
                  "cue_start": _to_doc(wmap, att.cue_start), "cue_end": _to_doc(wmap, att.cue_end),
                  "content_start": content[0] if content else None,
                  "content_end": content[1] if content else None}
        row.update({k: v for k, v in extras.items() if k in allowed})
        rows.append(row)
    return rows


@functools.lru_cache(maxsize=16)
def _document_quotes(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(quote_spans(text))


def _doc_content(att: Attribution, wmap: list[tuple[int, int, int]], doc_quotes: Sequence[tuple[int, int]],
                 text: str) -> tuple[int, int, str] | None:
    """Content in document offsets, widened to whole quotations that run beyond the window."""
    lo, hi = _to_doc(wmap, att.content_start), _to_doc(wmap, att.content_end)
    if lo is None or hi is None:
        return None
    for s, e in doc_quotes:
        if s < hi and e > lo:
            lo, hi = min(lo, s), max(hi, e)
    return lo, hi, text[lo:hi]


def _allowed_columns() -> frozenset[str]:
    """Extra columns that ``extract_frames`` accepts from detectors (its ``EXTRA_COLUMNS``)."""
    from framing.features import extract

    return frozenset(getattr(extract, "EXTRA_COLUMNS", ()))
