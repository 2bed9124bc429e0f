"""``extract_frames``: run the feature detectors over texts and return frame rows (the output contract of
``../shared/spec/framing-features.md``), plus ``document_table`` (counts per article) derived from those rows.

How a text is processed
-----------------------
1. **Sentences.** :func:`framing.nlp.split_sentences` (rule-based, model-free) splits each document; its order
   gives ``sent_id`` (0-based) here and ``n_sentences`` in :func:`document_table`.
2. **Gate.** Each detector module has a ``cue_regex()``: a cheap pattern on the raw sentence text. In
   ``mode="gated"`` (default) a sentence is a *target* when any detector's pattern matches it; in
   ``mode="full"`` every sentence is a target (the reference mode: all sentences parsed, all detectors run on
   all of them). Every detector must only fire where its own ``cue_regex`` matches, so both modes give
   identical rows (``tests/test_features_extract.py`` checks this on the dev set).
3. **Parse.** Each needed sentence is parsed on its own with :func:`framing.nlp.parse` (batched ``nlp.pipe``,
   ``n_process``, parse cache): the targets plus ``CONTEXT`` sentences before and after them (default one
   before, for antecedents, and one after, for qualifiers such as "However, ..."). Parsing sentence by
   sentence is what makes gated and full parses identical.
4. **Detect.** For each target, the parsed sentences of its window (before + target + after) are joined with
   ``Doc.from_docs`` into one ``doc`` and every active detector is called as
   ``detect(doc, sentences=..., actors=...)``.
5. **Rows.** Evidence spans are mapped back to character offsets in the document text; rows of the same
   feature in the same sentence whose roles are a subset of another row's roles are absorbed by it (so
   "senior partner ... provides Russia with cover" is one row, senior China / junior Russia), as are rows with
   the same roles whose evidence follows within a few characters (coordinated cues: "political cover and an
   economic lifeline"); otherwise each cue gives its row; exact duplicates are dropped; rows are sorted by document order, ``sent_id``, ``start``, ``end``, ``feature`` and roles.

The detector interface (how ``quotes.py`` and any new detector plug in)
-----------------------------------------------------------------------
A detector is a module in ``framing/features/`` with:

``FEATURE: str``
    The ``feature`` value of its rows (``"blame_attribution"``, ``"quote"``, ...).
``cue_regex() -> re.Pattern``
    Searched (``.search``) on each sentence's raw text; a sentence without a match is never given to
    ``detect`` in gated mode, so ``detect`` must return nothing there in full mode either.
``detect(doc, *, sentences, actors) -> list[dict]``
    ``doc`` is the spaCy ``Doc`` of the window; ``sentences`` a :class:`Sentences`; ``actors`` an
    :class:`Actors`. Report detections whose cue lies in ``sentences.target``. Each dict has:

    - ``"span"``: a ``Span`` of ``doc`` (the evidence: cue plus a few words) **or** ``"start"``/``"end"``
      (character offsets in ``doc.text``);
    - ``"cue"``: the trigger text;
    - role fields of the contract (``senior``, ``junior``, ``claimant``, ``voice``, ``qualified``, ``issue``,
      ``blamer``, ``blamed``, ``reason``, ``polarity``) and extras from :data:`EXTRA_COLUMNS`
      (``speaker``, ``content``, ``blamed_kind``, ``negated``, ``person``); omitted keys are missing values.
      Unknown keys raise an error naming the detector.
``CONTEXT: tuple[int, int]`` (optional, default ``(1, 1)``)
    Sentences before/after the target the detector needs parsed in its window (a multi-sentence quote may
    ask for more). The window of every target uses the largest ``CONTEXT`` among active detectors, in both
    modes.

``Sentences`` gives ``target``, ``previous`` and ``next`` (``Span`` of ``doc`` or ``None``), ``before`` and
``after`` (lists of ``Span``, nearest first), ``sent_id`` (the target's index in the document),
``doc_text`` (the whole document text) and ``spans`` (``(start, end)`` offsets of all the document's
sentences), so a detector may look at raw text beyond its parsed window.
``Actors`` gives ``describe(span)`` (``{"actor", "person", "kind"}`` with pronouns and "the country"
resolved to an antecedent in the same or the previous sentence when unambiguous), ``for_span(span)``,
``for_token(token)`` (the token's noun phrase), ``person(span)``, ``canonical(text)``
(:func:`framing.actors.canonical_actor`), ``one_before(token, exclude, states_only=...)`` (the one actor named
before a token, else in the previous sentence, outside ``exclude``) and ``state_before(token, exclude)`` (the
same for "the country" / "the island", states only).
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import math
import multiprocessing
import re
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from framing import actors as actors_mod
from framing import nlp as nlp_mod
from framing.features.syntax import QUOTE_MARKS, conjuncts, relative_antecedent, speech_source
from framing.schema import FRAME_COLUMNS

#: Built-in feature names, in output order of preference.
FEATURES: tuple[str, ...] = ("partner_hierarchy", "neutrality_claim", "blame_attribution", "quote")

#: Documented extra columns that follow ``FRAME_COLUMNS``, in order.
EXTRA_COLUMNS: tuple[str, ...] = ("speaker", "content", "blamed_kind", "negated", "person", "speaker_text", "channel",
                                  "quote_kind")

ROLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "partner_hierarchy": ("senior", "junior"),
    "neutrality_claim": ("claimant", "voice", "qualified", "issue"),
    "blame_attribution": ("blamer", "blamed", "reason", "polarity"),
    "quote": ("speaker", "content"),
}

MODES = ("gated", "full")
_SAME_PHRASE_GAP = 25  # characters between two evidence spans with the same roles that still count as one phrase
_DETECTOR_MODULES = {
    "partner_hierarchy": "framing.features.partner",
    "neutrality_claim": "framing.features.neutrality",
    "blame_attribution": "framing.features.blame",
    "quote": "framing.features.quotes",
}
_ALLOWED_KEYS = frozenset(FRAME_COLUMNS[7:]) | frozenset(EXTRA_COLUMNS) | {"span", "start", "end", "cue"}


def detectors(features: Sequence[str] | None = None) -> list[Any]:
    """Import and return the detector modules for ``features`` (default: all available).

    The quotes detector (``framing.features.quotes``) is included whenever that module exists; asking for
    ``"quote"`` explicitly when it does not exist is an error.

    Examples
    --------
    >>> [m.FEATURE for m in detectors(["blame_attribution"])]
    ['blame_attribution']
    """
    if features is None:
        wanted = [f for f in FEATURES if f != "quote" or importlib.util.find_spec(_DETECTOR_MODULES[f])]
    else:
        if isinstance(features, str):
            features = [features]
        wanted = list(dict.fromkeys(features))
        bad = [f for f in wanted if f not in _DETECTOR_MODULES]
        if bad:
            raise ValueError(f"features={bad!r} is invalid; expected names from {', '.join(FEATURES)}")
    mods = []
    for f in wanted:
        try:
            mods.append(importlib.import_module(_DETECTOR_MODULES[f]))
        except ModuleNotFoundError as err:
            if err.name == _DETECTOR_MODULES[f]:
                raise ValueError(f"features includes {f!r} but {_DETECTOR_MODULES[f]} is not installed") from err
            raise
    return mods


# --------------------------------------------------------------------------------------------- helpers

@dataclass
class Sentences:
    """Sentence context of one window (see the module docstring)."""

    target: Any
    before: list[Any]
    after: list[Any]
    sent_id: int
    doc_text: str
    spans: list[tuple[int, int]]

    @property
    def previous(self) -> Any:
        return self.before[0] if self.before else None

    @property
    def next(self) -> Any:
        return self.after[0] if self.after else None


@functools.lru_cache(maxsize=None)
def _body_names(noun: str) -> re.Pattern:
    """A pattern for every gazetteer alias of a non-state actor that has ``noun`` as a word ("court": "International
    Criminal Court", "ICC" is not one), longest first."""
    names = {str(alias) for e in actors_mod.gazetteer()["entries"] if not actors_mod.is_state(e["actor"])
             for alias in [e["actor"], *e.get("aliases", [])] if noun in str(alias).lower().split()}
    alts = sorted(names, key=lambda n: (-len(n), n))
    return re.compile(r"\b(?:%s)\b" % "|".join(map(re.escape, alts)) if alts else r"(?!x)x", re.IGNORECASE)


def _named_place(prep: Any) -> str | None:
    """The state named by an "in X" / "of X" preposition when X is a place alias of the gazetteer (places, not
    people): "(the regime) in Tehran" -> Iran."""
    if prep.dep_ != "prep" or prep.lower_ not in ("in", "of"):
        return None
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    if obj is None:
        return None
    first = obj  # the whole compound, however the parser nested it ("the Pacific Islands Forum")
    while any(c.dep_ == "compound" and c.i < first.i for c in first.children):
        first = min((c for c in first.children if c.dep_ == "compound" and c.i < first.i), key=lambda c: c.i)
    name = " ".join(t.text for t in obj.doc[first.i:obj.i + 1])
    entry = actors_mod._lookup(name) or actors_mod._lookup(obj.text)  # "in Addis Ababa", "in Tehran"
    return entry.actor if entry is not None and entry.kind == "alias" else None


#: Nouns for the other party of a relation: "its larger neighbour" is the state next to the owner, not the owner.
_RELATION_NOUNS = frozenset({"neighbour", "neighbor", "ally", "patron", "benefactor", "protector", "creditor"})
#: People who speak for the body after "for" ("a spokeswoman for the Kremlin").
_VOICE_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokespeople"})
#: Aides who speak for the office holder they advise ("a senior adviser to the Czech prime minister").
_AIDE_NOUNS = frozenset({"adviser", "advisor", "advisers", "advisors", "aide", "aides"})
#: Nouns for people or texts that speak for the body they come from ("observers from the OSCE").
_FROM_BOUND_NOUNS = (actors_mod.PLACE_BOUND_NOUNS | actors_mod.PUBLICATION_NOUNS
                     | {"observers", "delegates", "representatives", "monitors", "statement"}) - {"people"}


#: "The North" / "the South" in a passage about Korea (see Actors.describe).
_KOREAN_HALVES = {"north": "North Korea", "south": "South Korea"}
#: A passage that speaks of the European Union (or of a member state), where "the Commission" is its executive.
_EU = re.compile(r"\b(?:EU|E\.U\.|European Union|Brussels|BRUSSELS|eurozone|euro zone|member states?"
                 r"|European Parliament)\b")
#: A fund named by its own name ("the Global Fund", "the Public Investment Fund"), which "the Fund" may refer to.
_OTHER_FUND = re.compile(r"\b([A-Z][a-z]+) Fund\b")
_KOREA = re.compile(r"\b(?:Korean?s?|Seoul|Pyongyang|DPRK|Kim Jong[ -]?Un)\b")
#: Names of organisations a "<state>-led" bloc description can refer back to (and acronyms such as NATO, CSTO).
_BLOC_NAME = re.compile(r"\b(?:(?i:organi[sz]ation|alliance|treaty|union|pact|community|council|cooperation|league|"
                        r"bloc|coalition|group|partnership|forum)|[A-Z]{3,})\b")


@dataclass
class Actors:
    """Actor resolution bound to one window: pronouns resolve within the target and the previous sentence."""

    sentences: Sentences
    _memo: dict[tuple[int, int], dict[str, Any]] = field(default_factory=dict)

    def describe(self, span: Any) -> dict[str, Any]:
        """``{"actor", "person", "kind"}`` of a noun-phrase span, antecedents resolved (kind ``"actor"``)."""
        if span is None:
            return {"actor": None, "person": None, "kind": None}
        key = (span.start, span.end)
        if key not in self._memo:
            info = dict(actors_mod.describe_span(span))
            root = span.root
            non_state = any(c.dep_ in ("amod", "compound") and (
                c.lower_ in actors_mod.NON_STATE_MODIFIERS  # "opposition leaders in Tbilisi" are not Georgia
                or c.lower_ in actors_mod.gazetteer()["demonyms"]  # "Western envoys in Astana" are not Kazakhstan
                or c.pos_ == "PROPN" and actors_mod.canonical_actor(c.text) is not None) for c in root.children)
            friends = actors_mod.PARTNER_NOUNS  # ("its allies in Washington" are the United States, not the owner)
            if info["kind"] == "actor" and info["actor"] and root.lower_ in actors_mod.PLACE_BOUND_NOUNS | friends \
                    and actors_mod.canonical_actor(info["actor"]) is None and not non_state \
                    and not (root.pos_ == "PROPN" and info["actor"][:1].isupper() and " " in info["actor"]):
                # (a body named by its own title keeps it: "the Government of National Unity in Tripoli")
                # "the regime in Damascus", "the government of Iraq", "his country"
                # "its inspectors in Iran" are the owner's ("its allies in Washington" are the United States)
                owned = any(c.dep_ == "poss" for c in root.children) and root.lower_ not in friends
                for c in root.children:
                    posted = c.lower_ == "in" and root.lower_ in actors_mod.POSTED_NOUNS
                    # (a party's friends are placed only by "in": "the allies of Kyiv" are Kyiv's, not Kyiv)
                    theirs = root.lower_ in friends and c.lower_ != "in"
                    place = _named_place(c) if not (posted or theirs) else None
                    if place is not None and not owned:
                        info = {"actor": place, "person": None, "kind": "actor"}
                    if c.dep_ == "poss" and root.lower_ in actors_mod.PLACE_BOUND_NOUNS and c.lower_ not in (
                            "its", "their", "his", "her"):
                        # "Mali's junta", "Greenland's home-rule government", "the country's generals": the state
                        # that owns the institution
                        # (a definite description is not resolved here: "the island's government" stays the head
                        # noun, as the codebook's example has it)
                        owner = actors_mod.describe_span(actors_mod.noun_phrase(c))
                        # (a listed leader's government is the state: "President Ortega's government")
                        leaders = owner["person"] and actors_mod.is_state(owner["actor"]) \
                            and root.lower_ in ("government", "administration", "regime", "cabinet", "presidency")
                        # (and a place the gazetteer does not list: "Ontario's premier" speaks for Ontario)
                        if owner["kind"] == "actor" and owner["actor"] and (not owner["person"] or leaders) \
                                and (actors_mod.canonical_actor(owner["actor"]) is not None or c.ent_type_ == "GPE"):
                            info = {"actor": owner["actor"], "person": None, "kind": "actor"}
                    if c.dep_ == "poss" and c.lower_ in ("its", "their") and root.lower_ in ("allies", "backers",
                                                                                          "partners"):
                        sent = self._sentence_of(c)
                        ante = actors_mod.resolve_antecedent(c, sentence=sent, previous=self._previous_of(sent))
                        if ante in ("United States", "NATO", "European Union", "Western countries"):
                            info = {"actor": "Western countries", "person": None, "kind": "actor"}
                    # (X's allies are not X)
                    if c.dep_ == "poss" and c.lower_ in ("his", "her", "its", "their") and root.lower_ not in friends:
                        sent = self._sentence_of(c)
                        ante = actors_mod.resolve_antecedent(c, sentence=sent, previous=self._previous_of(sent))
                        if ante is not None and (actors_mod.canonical_actor(ante) is not None
                                                 or ante[:1].isupper() and c.lower_ in ("its", "their")):
                            # (a named body outside the gazetteer too: "the International Maritime Organization
                            # said its experts would stay neutral")
                            info = {"actor": ante, "person": None, "kind": "actor"}
            if non_state and info["kind"] == "actor" and root.lower_ in actors_mod.PLACE_BOUND_NOUNS \
                    and actors_mod.canonical_actor(info["actor"] or "") is None:
                # "separatist leaders in Tiraspol": the seat of a breakaway region the gazetteer lists is theirs
                # (where "opposition leaders in Tbilisi" are not Georgia)
                seat = next((p for p in map(_named_place, root.children) if p is not None), None)
                if seat is not None and any(c.dep_ == "amod" and c.lower_ in ("separatist", "breakaway")
                                            for c in root.children):
                    info = {"actor": seat, "person": None, "kind": "actor"}
            if info["kind"] in ("actor", "non-actor") and (root.lower_ in _VOICE_NOUNS or root.lower_ in _AIDE_NOUNS) \
                    and not non_state and actors_mod.canonical_actor(info["actor"] or "") is None:
                # "a spokesman for China's coast guard": a spokesperson speaks for the body named after "for"; "a
                # senior adviser to the Czech prime minister" for the one advised
                for c in root.children:
                    body = next((g for g in c.children if g.dep_ == "pobj"), None) \
                        if c.dep_ == "prep" and c.lower_ == ("for" if root.lower_ in _VOICE_NOUNS else "to") else None
                    named = self.describe(actors_mod.noun_phrase(body)) if body is not None else None
                    if named is not None and named["kind"] == "actor" and named["actor"] \
                            and actors_mod.canonical_actor(named["actor"]) is not None:
                        info = {"actor": actors_mod.canonical_actor(named["actor"]), "person": None, "kind": "actor"}
                        break
                    if named is not None and named["kind"] == "actor" and named["actor"] and body.pos_ == "PROPN" \
                            and body.ent_type_ == "ORG" and root.lower_ in _VOICE_NOUNS:
                        # ("a spokesman for the Ambazonia Governing Council": a body the gazetteer does not list)
                        info = {"actor": named["actor"], "person": None, "kind": "actor"}
                        break
            if (info["kind"] == "non-actor" and root.lemma_.lower() in actors_mod.PUBLICATION_NOUNS
                    or info["kind"] == "actor" and root.lower_ in _FROM_BOUND_NOUNS) and not non_state \
                    and actors_mod.canonical_actor(info["actor"] or "") is None:
                # "observers from the OSCE", "a statement from the Gulf Cooperation Council": the body they
                # come from speaks (a named body or state only: "officials from both countries" stay officials)
                for c in root.children:  # (and people "at" a body: "officials at Japan's trade ministry")
                    src = next((g for g in c.children if g.dep_ == "pobj"), None) \
                        if c.dep_ == "prep" and (c.lower_ == "from" or c.lower_ == "at"
                                                 and root.lower_ in actors_mod.PLACE_BOUND_NOUNS) else None
                    named = actors_mod.actor_for_span(actors_mod.noun_phrase(src)) if src is not None else None
                    if named is not None and actors_mod.canonical_actor(named) is not None:
                        info = {"actor": actors_mod.canonical_actor(named), "person": None, "kind": "actor"}
                        break
            if info["kind"] == "non-actor" and root.lemma_.lower() in actors_mod.PUBLICATION_NOUNS:
                # "an editorial carried by Xinhua", "Beijing's white paper": the text voices its carrier
                voice = next((c for c in root.children if c.dep_ == "poss"), None)
                if voice is None:
                    for c in root.children:
                        if c.dep_ == "acl":
                            agent = next((g for g in c.children if g.dep_ == "agent"), None)
                            voice = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent else None
                        if c.dep_ == "prep" and c.lower_ == "by" and voice is None:  # "a report by the EU's agency"
                            voice = next((g for g in c.children if g.dep_ == "pobj"), None)
                if voice is None:
                    voice = next((c for c in root.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
                if voice is not None:
                    carrier = self.describe(actors_mod.noun_phrase(voice))
                    if carrier["kind"] == "actor" and carrier["actor"]:
                        info = dict(carrier)
            if info["kind"] == "pronoun" and span.root.lower_ in actors_mod.PLACE_BOUND_NOUNS:
                # "the regime in Tehran", "the government of Iraq": the place names the party, no antecedent needed
                # (also when the parser hangs "in Tehran" on the verb right after the noun phrase)
                doc = span.doc
                after = [doc[span.end]] if span.end < len(doc) and doc[span.end].lower_ in ("in", "of") else []
                for c in [*span.root.children, *after]:
                    place = _named_place(c)
                    if place is not None:
                        info = {"actor": place, "person": None, "kind": "actor"}
                        break
            if info["kind"] == "actor" and info["person"] and info["person"] == info["actor"] \
                    and " " not in info["person"] and actors_mod.canonical_actor(info["actor"]) is None:
                # a surname after the first mention ("Fu said" after "said Fu Jingwen, a researcher"): the full name
                full = self._full_name(info["person"], span)
                if full != info["person"]:
                    info = {"actor": full, "person": full, "kind": "actor"}
            if info["kind"] == "actor" and info["actor"] and actors_mod.canonical_actor(info["actor"]) is None:
                # "Russian state broadcasters", "Chinese state-owned banks": a state's own bodies speak for it
                mods = [c for c in root.children if c.dep_ in ("amod", "compound")]
                dem = actors_mod.modifier_state(root)
                if dem is not None and any(c.lower_ in ("state", "state-owned", "state-run", "state-controlled")
                                           or c.lower_ == "owned" and any(g.lower_ == "state" for g in c.children)
                                           for c in mods):
                    info = {"actor": dem, "person": None, "kind": "actor"}
            if info["kind"] == "actor" and (info["person"] or root.pos_ == "PROPN" and root.ent_type_ in ("", "PERSON")) \
                    and actors_mod.canonical_actor(info["actor"] or "") is None:
                # "Senegal's Faye", "Hungary's Orban": a person tied to a named state by a possessive acts for it,
                # as a leader the gazetteer knows does ("Putin" -> Russia)
                poss = next((c for c in root.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
                owner = actors_mod.canonical_actor(actors_mod.noun_phrase(poss).text) if poss is not None else None
                if owner is not None:
                    info = {"actor": owner, "person": info["person"] or info["actor"], "kind": "actor"}
            whose = next((c for c in root.children if c.dep_ == "poss" and c.lower_ == "whose"), None)
            if whose is not None and root.lower_ in actors_mod.PLACE_BOUND_NOUNS:
                # "the breakaway Transnistria region, whose authorities ...": the antecedent's state
                ante = relative_antecedent(whose)
                np_ = actors_mod.noun_phrase(ante) if ante is not None and ante is not root else None
                owner = self.describe(np_)["actor"] if np_ is not None else None
                if actors_mod.canonical_actor(owner or "") is None and np_ is not None:
                    # ("the breakaway Transnistria region"; "Georgia's breakaway Abkhazia region" is the region's own)
                    named = ({actors_mod.canonical_actor(c.text) for c in ante.children if c.dep_ == "compound"}
                             - {None}) \
                        or {a for _, a in actors_mod.mentions(np_) if actors_mod.canonical_actor(a) is not None}
                    owner = named.pop() if len(named) == 1 else None
                if owner and actors_mod.canonical_actor(owner) is not None:
                    info = {"actor": actors_mod.canonical_actor(owner), "person": None, "kind": "actor"}
            if root.lower_ in ("homeland", "motherland", "country") and any(
                    c.dep_ == "poss" and c.lower_ in ("their", "our") for c in root.children) \
                    and actors_mod.canonical_actor(info["actor"] or "") is None:
                # "Turkmen dissidents ... their homeland", "Kyrgyz economists grumble that their country ...": the
                # one state a demonym before it names
                sent = self._sentence_of(root)
                dems = {actors_mod.gazetteer()["demonyms"][t.lower_] for t in root.doc[sent.start:root.i]
                        if t.dep_ in ("amod", "compound") and t.lower_ in actors_mod.gazetteer()["demonyms"]}
                state = dems.pop() if len(dems) == 1 else None
                if state is not None:
                    info = {"actor": state, "person": None, "kind": "actor"}
                elif root.lower_ != "country":
                    # (else unresolved: a group's homeland is not the group - "activists ... their homeland")
                    info = {"actor": None, "person": None, "kind": None}
            if info["actor"] is None or actors_mod.canonical_actor(info["actor"]) is None:
                # "hackers working for Beijing", "agents acting for Tehran": whom they work for
                for c in root.children:
                    if c.dep_ == "acl" and c.lemma_.lower() in ("work", "act", "operate", "spy") and c.tag_ == "VBG":
                        boss = next((g for p in c.children if p.dep_ == "prep" and p.lower_ == "for"
                                     for g in p.children if g.dep_ == "pobj"), None)
                        named = actors_mod.canonical_actor(actors_mod.noun_phrase(boss).text) if boss is not None \
                            else None
                        if named is not None and actors_mod.is_state(named):
                            info = {"actor": named, "person": None, "kind": "actor"}
            owner_tok = next((c for c in root.children if c.dep_ == "poss"
                              and c.lower_ not in actors_mod.POSSESSIVE_PRONOUNS), None)
            named_by = actors_mod.modifier_state(root)
            owned = owner_tok is not None or any(c.dep_ == "poss" for c in root.children)  # ("its Russian partners")
            if root.lower_ in actors_mod.PARTNER_NOUNS and owned and named_by \
                    and info["actor"] in (None, "the " + root.lower_):
                # a party's friends are never the party (actors._lookup); a demonym names them: "Israel's American
                # allies" -> United States, "Kyiv's Western backers" -> Western countries
                info = {"actor": named_by, "person": None, "kind": "actor"}
            if root.lower_ in _RELATION_NOUNS and info["actor"] in (None, "the " + root.lower_):
                # "Russia and its Belarusian ally": a demonym names the other party; else the one named before it
                sent = self._sentence_of(root)
                other = named_by or self._counterpart(root, sent, self._previous_of(sent))
                if other is not None:
                    info = {"actor": other, "person": None, "kind": "actor"}
            half = _KOREAN_HALVES.get(span.text.lower().removeprefix("the ").strip())
            if half is not None and span.text.lower().startswith("the ") and (
                    info["actor"] is None or info["actor"].lower().removeprefix("the ") in _KOREAN_HALVES):
                # "the North" / "the South" are the two Koreas where the sentence or the one before speaks of Korea
                if any(_KOREA.search(w.text) for w in self._window(span.root)):
                    info = {"actor": half, "person": None, "kind": "actor"}
            if span.text.removeprefix("the ").removeprefix("The ") == "Commission" \
                    and actors_mod.canonical_actor(info["actor"] or "") is None:
                # "the Commission" is the European Commission where the sentence or the one before speaks of the EU
                window = self._window(span.root)
                if any(_EU.search(w.text) for w in window) or any(
                        a in actors_mod.gazetteer()["eu_members"] for w in window for _, a in actors_mod.mentions(w)):
                    info = {"actor": "European Union", "person": None, "kind": "actor"}
            if span.text.removeprefix("the ").removeprefix("The ") == "Fund" and span.root.text == "Fund" \
                    and actors_mod.canonical_actor(info["actor"] or "") is None:
                # "the Fund" with a capital F is the IMF (financial usage), unless the sentence or the one before
                # names another fund: a listed one is that fund, an unlisted one ("the Global Fund") leaves it be
                window = self._window(span.root)
                named = {a for w in window for _, a in actors_mod.mentions(w) if "Fund" in a
                         and actors_mod.canonical_actor(a) is not None}
                other = any(m.group(1) not in ("Monetary", "The") for w in window for m in _OTHER_FUND.finditer(w.text))
                if len(named) == 1 or not named and not other:
                    info = {"actor": named.pop() if named else "International Monetary Fund", "person": None,
                            "kind": "actor"}
            state = actors_mod.gazetteer()["context_capitals"].get(actors_mod.clean_name(span.text))  # ("Georgetown's")
            if state is not None and actors_mod.canonical_actor(info["actor"] or "") is None \
                    and self._speaks_of(span, state):
                # "Georgetown" is Guyana where the sentence or the one before speaks of Guyana or of a state in its
                # region ("Brasilia has leverage over both Caracas and Georgetown")
                info = {"actor": state, "person": None, "kind": "actor"}
            if info["kind"] == "pronoun":
                sent = self._sentence_of(span.root)
                prev = self._previous_of(sent)
                actor = actors_mod.resolve_antecedent(span.root, sentence=sent, previous=prev)
                if actor and actor in actors_mod.PLACE_BOUND_NOUNS:
                    # "Officials in Dushanbe concede that they are ...": the antecedent's place names its state
                    ante = next((t for w in (sent, prev) if w is not None for t in w if t.lower_ == actor
                                 and t.i < span.root.i and t.pos_ == "NOUN"), None)
                    placed = self.describe(actors_mod.noun_phrase(ante))["actor"] if ante is not None else None
                    actor = placed if actors_mod.canonical_actor(placed or "") is not None else actor
                if actor == "Commission":
                    # "The Commission describes its stance as balanced": "its" is the Commission as "the Commission"
                    # itself reads (the European Union where the passage speaks of it or of a member state)
                    named = next((t for w in (sent, prev) if w is not None for t in w if t.text == "Commission"
                                  and t.i < span.root.i), None)
                    actor = self.describe(actors_mod.noun_phrase(named))["actor"] if named is not None else actor
                if span.root.lower_ in actors_mod.BLOC_NOUNS and actors_mod.led_modified(span) \
                        and not (actor and _BLOC_NAME.search(actor)):
                    # "the Russian-led alliance" after "the Collective Security Treaty Organization" is that body;
                    # with no organisation named before, "the Saudi-led coalition" is its own name (not the Houthis
                    # it fights, named just before)
                    actor = actors_mod.clean_name(span.text)
                if actor is None and span.root.lower_ in actors_mod.BODY_NOUNS and span[0].lower_ == "the":
                    # "The court has no police force of its own": the body of that kind the article named last, in
                    # any sentence before (a gazetteer name with the noun in it, "the International Criminal Court")
                    actor = self._body_named_before(span.root.lower_)
                capital = actors_mod.gazetteer()["context_capitals"].get(actor or "")
                if capital is not None and self._speaks_of(span, capital):
                    actor = capital  # "Georgetown leaned on Brasilia, which has become its lifeline", as the name
                if actor is None and span.root.pos_ in ("NOUN", "PROPN"):
                    # an unresolved definite description keeps its head noun ("the emirate"); pronouns stay empty
                    actor = "the " + span.root.lower_
                info = {"actor": actor, "person": None, "kind": "actor" if actor else None}
            ours = any(c.dep_ == "poss" and c.lower_ == "our" for c in root.children) and root.pos_ == "NOUN" \
                and actors_mod.canonical_actor(info["actor"] or "") is None
            if root.lower_ in ("we", "us", "our") and root.pos_ == "PRON" and not info["actor"] or ours:
                # "'Beijing has leverage over us,' Australia's trade minister said": a state's voice speaks of its
                # state; "'Our inspectors are impartial,' the IAEA's director general said": of its body
                found = speech_source(root) or self._quote_closer(root)
                voice = self.describe(actors_mod.noun_phrase(found[0]))["actor"] if found is not None else None
                state = actors_mod.canonical_actor(voice or "")
                head_of = next((g for c in found[0].children if c.dep_ == "prep" and c.lower_ == "of"
                                for g in c.children if g.dep_ == "pobj"), None) if found is not None else None
                if state is None and head_of is not None and found[0].lower_ in actors_mod.OFFICE_NOUNS:
                    # "'We are an impartial body,' the president of the Venice Commission said": the body headed
                    body = self.describe(actors_mod.noun_phrase(head_of))["actor"]
                    state = actors_mod.canonical_actor(body or "") or (body if head_of.pos_ == "PROPN" else None)
                    ours = ours or state is not None
                if state is not None and (actors_mod.is_state(state) or ours):
                    info = {"actor": state, "person": None, "kind": "actor"}
            self._memo[key] = info
        return self._memo[key]

    def one_before(self, token: Any, exclude: set, *, states_only: bool) -> str | None:
        """The one actor (state, with ``states_only``) named before ``token`` in its sentence, else in the previous
        sentence, that is not in ``exclude``; ``None`` when there are none or several."""
        def keep(a: str) -> bool:
            return a not in exclude and (actors_mod.is_state(a) if states_only else
                                         actors_mod.canonical_actor(a) is not None)

        sent = self._sentence_of(token)
        named = {a for i, a in actors_mod.mentions(sent) if i < token.i and keep(a)}
        prev = self._previous_of(sent) if not named else None
        if prev is not None:
            named = {a for _, a in actors_mod.mentions(prev) if keep(a)}
        return named.pop() if len(named) == 1 else None

    def paired_parties(self, token: Any, exclude: set) -> list[str]:
        """The two parties ``token``'s sentence sets side by side - coordinated ("both Kyiv and Moscow", "between
        Pakistan and Afghanistan", "Iranian and American negotiators") or subject and object of one verb ("Ankara
        accused Athens") - when it holds exactly one such pair, neither in ``exclude``; else the previous sentence's
        pair; else ``[]``. What "either side" stands for ("... while Brussels declined to blame either government")."""
        def pairs(sent: Any) -> set[tuple[str, str]]:
            named = [(sent.doc[i], a) for i, a in actors_mod.mentions(sent)
                     if a not in exclude and actors_mod.canonical_actor(a) is not None]
            found = set()
            for x, (t, a) in enumerate(named):
                for u, b in named[x + 1:]:
                    side_by_side = u in conjuncts(t) or (
                        t.head.i == u.head.i and t.dep_ in ("nsubj", "nsubjpass") and u.dep_ == "dobj")
                    if a != b and side_by_side:
                        found.add((a, b))
            return found

        sent = self._sentence_of(token)
        found = pairs(sent)
        if not found:
            prev = self._previous_of(sent)
            found = pairs(prev) if prev is not None else found
        return list(found.pop()) if len(found) == 1 else []

    def state_before(self, token: Any, exclude: set) -> str | None:
        """For "the country" / "the island" / "their country" left unresolved: the one state named before it other
        than those in ``exclude`` (the other party of the relation: "Western diplomats in Tashkent note that the
        country still depends on Moscow" -> Uzbekistan), else ``None``."""
        if token is None or token.lower_ not in actors_mod.COUNTRY_NOUNS:
            return None
        return self.one_before(token, exclude, states_only=True)

    def _counterpart(self, root: Any, sent: Any, prev: Any) -> str | None:
        """"its larger neighbour", "its ally": the one party named before it, in its sentence or the previous one,
        other than the party "its" stands for (``None`` when there are several)."""
        poss = next((c for c in root.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
        owner = actors_mod.resolve_antecedent(poss, sentence=sent, previous=prev) if poss is not None else None
        return self.one_before(root, {owner}, states_only=False) if owner is not None else None

    def _full_name(self, name: str, span: Any) -> str:
        """The longest earlier mention of a person holding ``name`` (in the window, else in the document before it)."""
        from framing.features.quotes import PRIOR_CHARS, _full_name

        # the raw document text before the target sentence (no parse of the context needed)
        start = self.sentences.spans[self.sentences.sent_id][0] if self.sentences.spans else 0
        prior = self.sentences.doc_text[max(0, start - PRIOR_CHARS):start]
        return _full_name(name, span.doc, span.start_char, prior)

    def _sentence_of(self, token: Any) -> Any:
        target = self.sentences.target
        if target.start <= token.i < target.end:  # without reading the context (it may not be parsed yet)
            return target
        for s in [*self.sentences.before, *self.sentences.after]:
            if s.start <= token.i < s.end:
                return s
        return self.sentences.target

    def _speaks_of(self, span: Any, state: str) -> bool:
        """Does the sentence of ``span`` or the one before name ``state`` outside ``span`` (a name, alias or
        demonym of the gazetteer), or a state of its region (by name or demonym: "a senior Venezuelan diplomat")?"""
        demonyms = actors_mod.gazetteer()["demonyms"]
        near = actors_mod.gazetteer()["neighbours"].get(state, {state})
        for w in self._window(span.root):
            if any(a in near and not span.start <= i < span.end for i, a in actors_mod.mentions(w)):
                return True
            if any(demonyms.get(t.lower_) in near for t in w if not span.start <= t.i < span.end):
                return True
        return False

    def _body_named_before(self, noun: str) -> str | None:
        """The non-state actor of the gazetteer whose name has ``noun`` in it ("court": the International Criminal
        Court) mentioned last in the document before the target sentence, else ``None``."""
        start = self.sentences.spans[self.sentences.sent_id][0] if self.sentences.spans else 0
        found = None
        for m in _body_names(noun).finditer(self.sentences.doc_text, 0, start):
            found = m
        return actors_mod.canonical_actor(found.group(0)) if found is not None else None

    def _window(self, token: Any) -> list[Any]:
        """The sentence of ``token`` and the one before it (when there is one): the context a description reads."""
        sent = self._sentence_of(token)
        prev = self._previous_of(sent)
        return [sent] + ([prev] if prev is not None else [])

    def previous_of(self, sent: Any) -> Any:
        """The sentence before ``sent`` in this window, or None."""
        return self._previous_of(sent)

    def _quote_closer(self, token: Any) -> Any:
        """The source of a quotation that opens before ``token`` and runs on into the next sentence, where it closes
        ("'We are neutral. We sell lithium to whoever pays,' Chile's mining minister said"): ``(speaker, verb)`` as
        :func:`speech_source`, else ``None``. The next sentence is the parser's when it lies in the target (the
        window keeps a quotation whole) and the window's next sentence otherwise."""
        target = self.sentences.target
        sent = token.sent if target.start <= token.sent.start and token.sent.end <= target.end else target
        if not sent.start <= token.i < sent.end:
            return None
        marks = [t.i for t in sent if t.text in QUOTE_MARKS]
        if len(marks) % 2 == 0 or marks[0] > token.i:
            return None  # (the quotation closes in its own sentence, or opens after the token)
        if sent.end < target.end:
            after = token.doc[sent.end].sent
        elif self.sentences.after:
            after = self.sentences.after[0]
        else:
            return None
        close = next((t for t in after if t.text in QUOTE_MARKS), None)
        inside = [t for t in after if close is not None and t.i < close.i and not t.is_punct]
        return speech_source(inside[-1]) if inside else None

    def _previous_of(self, sent: Any) -> Any:
        ordered = [*reversed(self.sentences.before), self.sentences.target, *self.sentences.after]
        for i, s in enumerate(ordered):
            if s.start == sent.start:
                return ordered[i - 1] if i > 0 else None
        return None

    def for_span(self, span: Any) -> str | None:
        return self.describe(span)["actor"]

    def for_token(self, token: Any) -> str | None:
        return self.describe(actors_mod.noun_phrase(token))["actor"] if token is not None else None

    def person(self, span: Any) -> str | None:
        return self.describe(span)["person"]

    @staticmethod
    def canonical(text: str) -> str | None:
        return actors_mod.canonical_actor(text)

    @staticmethod
    def place(prep: Any) -> str | None:
        """The state an "in X" / "of X" preposition names (:func:`_named_place`)."""
        return _named_place(prep)


# ----------------------------------------------------------------------------------------- windows


class ContextNeeded(BaseException):
    """Raised when a detector reads a sentence around its target that has not been parsed (yet).

    A ``BaseException``, so that no ``except Exception`` in a detector can swallow it and return rows computed
    without the context it asked for.
    """


class _Unparsed(list):
    """Stands in for ``Sentences.before``/``after`` while only the target is parsed: any read raises."""

    def _need(self, *args: Any, **kwargs: Any) -> Any:
        raise ContextNeeded

    __iter__ = __len__ = __bool__ = __getitem__ = __reversed__ = __contains__ = _need


def _on_demand(mod: Any) -> bool:
    """Whether the detector module takes its context on demand (``CONTEXT_ON_DEMAND = True``)."""
    return bool(getattr(mod, "CONTEXT_ON_DEMAND", False)) and _CONTEXT_ON_DEMAND


#: Off only in tests that compare on-demand context with always parsing the whole window.
_CONTEXT_ON_DEMAND = True


def _window_ids(s: int, n: int, before: int, after: int) -> list[int]:
    return list(range(max(0, s - before), min(n, s + after + 1)))


class _Window:
    """The parsed sentences ``ids`` around target ``s`` of document ``d``, joined into one ``Doc``."""

    def __init__(self, text: str, spans: list[tuple[int, int]], s: int, ids: list[int],
                 parsed: dict[tuple[int, int], Any], d: int, *, partial: bool = False) -> None:
        from spacy.tokens import Doc

        self.text, self.spans, self.ids = text, spans, ids
        parts = [parsed[(d, k)] for k in ids]
        # Cached parses carry no tensor while fresh ones do; detectors never read it, so leave it out
        # rather than fail to join a window that mixes the two.
        self.doc = (Doc.from_docs(parts, ensure_whitespace=True, exclude=["tensor"])
                    if len(parts) > 1 else parts[0])
        self.char_starts, tok_starts, c, t = [], [], 0, 0
        for k, p in zip(ids, parts):
            self.char_starts.append(c)
            tok_starts.append(t)
            # (the sentence's own string: a parse keeps its text, and Doc.text rebuilds it token by token)
            part_text = text[spans[k][0]:spans[k][1]]
            c += len(part_text) + (0 if part_text[-1:].isspace() or len(parts) == 1 else 1)
            t += len(p)
        sent_spans = {k: self.doc[tok_starts[n]:tok_starts[n] + len(parts[n])] for n, k in enumerate(ids)}
        if partial:
            self.sentences = Sentences(target=sent_spans[s], before=_Unparsed(), after=_Unparsed(),
                                       sent_id=s, doc_text=text, spans=spans)
        else:
            self.sentences = Sentences(target=sent_spans[s],
                                       before=[sent_spans[k] for k in reversed(ids) if k < s],
                                       after=[sent_spans[k] for k in ids if k > s],
                                       sent_id=s, doc_text=text, spans=spans)
        self.actors = Actors(self.sentences)

    def detect(self, mod: Any) -> list[dict[str, Any]]:
        found = list(mod.detect(self.doc, sentences=self.sentences, actors=self.actors))
        for det in found:
            unknown = set(det) - _ALLOWED_KEYS
            if unknown:
                raise ValueError(f"detector {mod.__name__} returned unknown keys {sorted(unknown)}; "
                                 f"allowed: {sorted(_ALLOWED_KEYS)}")
        return found

    def _to_doc_offset(self, ch: int) -> tuple[int, int]:
        n = max(i for i, cs in enumerate(self.char_starts) if cs <= ch)
        k = self.ids[n]
        return k, self.spans[k][0] + min(ch - self.char_starts[n], self.spans[k][1] - self.spans[k][0])

    def row(self, det: dict[str, Any], mod: Any, *, keep_negated: bool, keep_non_actor: bool
            ) -> dict[str, Any] | None:
        """The frame row of one detection (document offsets), or ``None`` when it is filtered out."""
        if "span" in det:
            a, b = det["span"].start_char, det["span"].end_char
        else:
            a, b = int(det["start"]), int(det["end"])
        k, start = self._to_doc_offset(a)
        _, end = self._to_doc_offset(max(a, b - 1))
        end = max(end + 1, start) if b > a else start
        row = {c: None for c in FRAME_COLUMNS[7:] + EXTRA_COLUMNS}
        row.update({c: det.get(c) for c in det if c not in ("span", "start", "end")})
        row.update({"sent_id": k, "start": start, "end": end, "feature": mod.FEATURE,
                    "sentence": self.text[self.spans[k][0]:self.spans[k][1]]})
        for c in row:
            if isinstance(row[c], str) and not row[c].strip():
                row[c] = None
        if row.get("negated") and not keep_negated:
            return None
        if row.get("blamed_kind") == "non-actor" and not keep_non_actor:
            return None
        if mod.FEATURE != "quote" and not row.get("negated"):
            row["negated"] = False
        return row


def _texts_and_ids(texts: Any) -> tuple[list[str], list[Any]]:
    if isinstance(texts, str):
        return [texts], [0]
    if isinstance(texts, pd.DataFrame):
        missing = [c for c in ("doc_id", "text") if c not in texts.columns]
        if missing:
            raise ValueError(f"texts is a DataFrame without column(s) {missing}; pass an articles table "
                             "with `doc_id` and `text` (framing.load_corpus gives one)")
        out = []
        for i, (doc_id, t) in enumerate(zip(texts["doc_id"], texts["text"])):
            if t is None or (isinstance(t, float) and math.isnan(t)):
                t = ""
            if not isinstance(t, str):
                raise TypeError(f"texts row {i} (doc_id={doc_id!r}) has text of type {type(t).__name__}; "
                                "expected str")
            out.append(t)
        return out, list(texts["doc_id"])
    if isinstance(texts, (list, tuple, pd.Series)):
        items = list(texts)
        for i, t in enumerate(items):
            if not isinstance(t, str):
                raise TypeError(f"texts[{i}] is {type(t).__name__}, not str; pass strings or an articles table")
        return items, list(range(len(items)))
    raise TypeError(f"texts is {type(texts).__name__}; expected a str, a list of str or an articles DataFrame")


def empty_frames() -> pd.DataFrame:
    """A frame-rows table with all the columns and no rows.

    Examples
    --------
    >>> list(empty_frames().columns)[:4]
    ['doc_id', 'sent_id', 'start', 'end']
    """
    cols = list(FRAME_COLUMNS) + list(EXTRA_COLUMNS)
    frame = pd.DataFrame({c: pd.Series(dtype="object") for c in cols})
    for c in ("sent_id", "start", "end"):
        frame[c] = pd.Series(dtype="int64")
    return frame


def _missing(v: Any) -> bool:
    return v is None or (isinstance(v, float) and math.isnan(v))


def _absorb(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop rows whose roles are a strict subset of another row's roles, or equal to the roles of an earlier row
    whose evidence ends at most ``_SAME_PHRASE_GAP`` characters before (same doc, sentence, feature): one row per
    cue, except that coordinated cues of one phrase and one-sided cue rows are absorbed."""
    keep = []
    for i, r in enumerate(rows):
        roles = ROLE_COLUMNS.get(r["feature"], ())
        if r["feature"] == "quote":
            keep.append(r)
            continue
        filled = {k: r.get(k) for k in roles if not _missing(r.get(k))}
        absorbed = False
        for j, o in enumerate(rows):
            if j == i or o["feature"] != r["feature"] or o["doc_index"] != r["doc_index"] \
                    or o["sent_id"] != r["sent_id"]:
                continue
            ofilled = {k: o.get(k) for k in roles if not _missing(o.get(k))}
            if len(ofilled) > len(filled) and all(ofilled.get(k) == v for k, v in filled.items()):
                absorbed = True
                break
            if ofilled == filled and (o["start"], o["end"]) < (r["start"], r["end"]) \
                    and r["start"] - o["end"] <= _SAME_PHRASE_GAP:
                absorbed = True  # coordinated cues of one phrase ("cover and an economic lifeline"): one row
                break
        if not absorbed:
            keep.append(r)
    return keep


def _sort_key(r: dict[str, Any]) -> tuple:
    rest = tuple("" if _missing(r.get(c)) else str(r.get(c)) for c in FRAME_COLUMNS[7:] + EXTRA_COLUMNS)
    return (r["doc_index"], r["sent_id"], r["start"], r["end"], FEATURES.index(r["feature"])
            if r["feature"] in FEATURES else len(FEATURES), r["feature"], rest)


# --------------------------------------------------------------------------------------------- main

def extract_frames(texts: Any, *, features: Sequence[str] | None = None, nlp: Any = None, n_process: int = 1,
                   batch_size: int = 64, mode: str = "gated", cache: str | None = None,
                   keep_negated: bool = False, keep_non_actor: bool = False) -> pd.DataFrame:
    """Detect framing features and return one frame row per detected instance (per role pair).

    Parameters
    ----------
    texts
        A string, a list of strings (``doc_id`` = list position) or an articles DataFrame (``doc_id``, ``text``).
    features
        Features to detect (default: all, quotes included when ``framing.features.quotes`` exists).
    nlp
        A spaCy pipeline; default :func:`framing.nlp.get_nlp`.
    n_process
        Worker processes. Above 1, contiguous chunks of documents are parsed *and* searched in forked workers
        (same rows as one process); where ``fork`` is unavailable it goes to ``nlp.pipe`` instead.
    batch_size
        Passed to ``nlp.pipe`` through :func:`framing.nlp.parse`.
    mode
        ``"gated"`` (parse only cue sentences and their context) or ``"full"`` (parse everything); same rows.
    cache
        Parse cache mode ``"disk"``, ``"memory"`` or ``"off"`` (default ``FRAMING_PARSE_CACHE`` or disk).
    keep_negated
        Also return denials and negated cues ("no senior partner", "did not blame") with ``negated=True``.
    keep_non_actor
        Also return blame of things that are not parties ("blamed the storm") with ``blamed_kind="non-actor"``
        (never counted by :func:`document_table` or :mod:`framing.evaluate`).

    Returns
    -------
    pandas.DataFrame
        ``FRAME_COLUMNS`` in order, then :data:`EXTRA_COLUMNS`; missing values are ``None``.

    Examples
    --------
    >>> rows = extract_frames([""])  # nothing to find: an empty table with every column
    >>> rows.empty, list(rows.columns[:5])
    (True, ['doc_id', 'sent_id', 'start', 'end', 'feature'])
    """
    if mode not in MODES:
        raise ValueError(f"mode={mode!r} is invalid; expected one of {', '.join(MODES)}")
    docs, doc_ids = _texts_and_ids(texts)
    if not isinstance(n_process, int) or n_process < 1:
        raise ValueError(f"n_process={n_process!r} is invalid; expected an integer >= 1")
    options = dict(features=features, batch_size=batch_size, mode=mode, cache=cache, keep_negated=keep_negated,
                   keep_non_actor=keep_non_actor)
    if n_process > 1 and len(docs) > 1 and "fork" in multiprocessing.get_all_start_methods():
        return _extract_in_processes(docs, doc_ids, nlp=nlp, n_process=n_process, options=options)
    mods = detectors(features)
    regexes = [(m, m.cue_regex()) for m in mods]
    before = max([getattr(m, "CONTEXT", (1, 1))[0] for m in mods] or [1])
    after = max([getattr(m, "CONTEXT", (1, 1))[1] for m in mods] or [1])

    # 1-2: sentences and targets
    plan: list[tuple[int, list[tuple[int, int]], dict[int, list[Any]]]] = []
    needed: dict[tuple[int, int], str] = {}
    for d, text in enumerate(docs):
        spans = nlp_mod.split_sentences(text)
        targets: dict[int, list[Any]] = {}
        for s, (a, b) in enumerate(spans):
            sent_text = text[a:b]
            active = [m for m, rx in regexes if mode == "full" or rx.search(sent_text)]
            if active:
                targets[s] = active
        for s, active in targets.items():
            needed[(d, s)] = text[spans[s][0]:spans[s][1]]
            if not all(_on_demand(m) for m in active):
                for k in _window_ids(s, len(spans), before, after):
                    needed[(d, k)] = text[spans[k][0]:spans[k][1]]
        plan.append((d, spans, targets))
    if not needed:
        return empty_frames()

    # 3: parse every needed sentence once, in document order
    parsed: dict[tuple[int, int], Any] = {}

    def parse_more(keys: Sequence[tuple[int, int]]) -> None:
        order = sorted(k for k in set(keys) if k not in parsed)
        parsed.update(zip(order, nlp_mod.parse([needed[k] for k in order], nlp=nlp, n_process=n_process,
                                               batch_size=batch_size, cache=cache)))

    parse_more(list(needed))

    # 4: detect; detectors that take context on demand first see the target alone, and are run again on the
    # whole window (parsed now) when they ask for a sentence around it
    detections: dict[tuple[int, int, int], list[tuple[dict[str, Any], Any]]] = {}
    deferred: list[tuple[int, int, int]] = []
    for d, spans, targets in plan:
        for s, active in sorted(targets.items()):
            full = all((d, k) in parsed for k in _window_ids(s, len(spans), before, after))
            window = None
            for m, mod in enumerate(active):
                if full or not _on_demand(mod):
                    continue
                window = window or _Window(docs[d], spans, s, [s], parsed, d, partial=True)
                try:
                    detections[(d, s, m)] = [(det, window) for det in window.detect(mod)]
                except ContextNeeded:
                    deferred.append((d, s, m))
    if deferred:
        more = {(d, k) for d, s, _ in deferred for k in _window_ids(s, len(plan[d][1]), before, after)}
        for d, k in more:
            needed[(d, k)] = docs[d][plan[d][1][k][0]:plan[d][1][k][1]]
        parse_more(list(more))

    rows: list[dict[str, Any]] = []
    for d, spans, targets in plan:
        text = docs[d]
        for s, active in sorted(targets.items()):
            window = None
            for m, mod in enumerate(active):
                found = detections.get((d, s, m))
                if found is None:
                    window = window or _Window(text, spans, s, _window_ids(s, len(spans), before, after), parsed, d)
                    found = [(det, window) for det in window.detect(mod)]
                for det, win in found:
                    row = win.row(det, mod, keep_negated=keep_negated, keep_non_actor=keep_non_actor)
                    if row is not None:
                        row["doc_index"] = d
                        rows.append(row)
    if not rows:
        return empty_frames()

    # 5: absorb partial rows, drop duplicates, sort
    rows = _absorb(rows)
    seen, unique = set(), []
    for r in sorted(rows, key=_sort_key):
        key = _sort_key(r)
        if key not in seen:
            seen.add(key)
            unique.append(r)
    out = pd.DataFrame([{**{c: r.get(c) for c in FRAME_COLUMNS + EXTRA_COLUMNS if c != "doc_id"},
                         "doc_id": doc_ids[r["doc_index"]]} for r in unique])
    out = out[list(FRAME_COLUMNS) + list(EXTRA_COLUMNS)]
    for c in ("sent_id", "start", "end"):
        out[c] = out[c].astype("int64")
    for c in out.columns:
        if c not in ("sent_id", "start", "end", "doc_id"):
            out[c] = out[c].astype("object").where(out[c].notna(), None)
    return out.reset_index(drop=True)



# --------------------------------------------------------------------------------------------- processes

# The pipeline handed to forked workers: set just before the pool forks, read by the children, never pickled.
_WORKER_NLP: Any = None
# Chunks per worker: small chunks let a worker that finishes early take the next one, so the last chunk leaves less
# of a tail (80 PolNeAR articles on 2 cores: 1.81-1.87x with 4 per worker, 1.85-1.92x with 16; docs/benchmarks.md).
_CHUNKS_PER_PROCESS = 16


def _extract_chunk(chunk: list[str], options: dict[str, Any]) -> pd.DataFrame:
    return extract_frames(chunk, nlp=_WORKER_NLP, n_process=1, **options)


def _extract_in_processes(docs: list[str], doc_ids: list[Any], *, nlp: Any, n_process: int,
                          options: dict[str, Any]) -> pd.DataFrame:
    """Run parse *and* detection for contiguous chunks of documents in ``n_process`` forked workers.

    Parallelising only the parse (``nlp.pipe(n_process=...)``) leaves detection in this process and ships every
    parsed sentence back through a pipe; whole chunks scale with the cores instead. Rows of one document never
    depend on another, and chunks are contiguous and returned in order, so the rows equal the one-process rows.
    """
    global _WORKER_NLP
    _WORKER_NLP = nlp if nlp is not None else nlp_mod.get_nlp()  # load once, before forking
    sizes = [len(t) for t in docs]
    n_chunks = min(len(docs), _CHUNKS_PER_PROCESS * n_process)
    target = max(1, sum(sizes) // n_chunks)
    bounds, start, acc = [], 0, 0
    for i, n in enumerate(sizes):
        acc += n
        if acc >= target and i + 1 < len(docs):
            bounds.append((start, i + 1))
            start, acc = i + 1, 0
    bounds.append((start, len(docs)))
    try:
        with ProcessPoolExecutor(max_workers=n_process, mp_context=multiprocessing.get_context("fork")) as pool:
            parts = list(pool.map(_extract_chunk, [docs[a:b] for a, b in bounds], [options] * len(bounds)))
    finally:
        _WORKER_NLP = None
    frames = []
    for (a, _), part in zip(bounds, parts):
        if not part.empty:
            part = part.copy()
            part["doc_id"] = [doc_ids[a + int(i)] for i in part["doc_id"]]
            frames.append(part)
    if not frames:
        return empty_frames()
    return pd.concat(frames, ignore_index=True)


def document_table(frames: pd.DataFrame, articles: Any) -> pd.DataFrame:
    """One row per article: ``doc_id``, ``n_sentences`` (same splitter as ``sent_id``), then one count column per
    feature (named exactly as the feature), derived from frame rows only.

    Rows with ``blamed_kind == "non-actor"`` are not counted as ``blame_attribution`` (codebook).

    Parameters
    ----------
    frames
        Output of :func:`extract_frames`.
    articles
        The same input given to :func:`extract_frames` (articles DataFrame, list of str or str).

    Examples
    --------
    >>> table = document_table(empty_frames(), ["One. Two.", ""])
    >>> table[["doc_id", "n_sentences", "blame_attribution"]].values.tolist()
    [[0, 2, 0], [1, 0, 0]]
    """
    docs, doc_ids = _texts_and_ids(articles)
    if not isinstance(frames, pd.DataFrame) or "feature" not in frames.columns or "doc_id" not in frames.columns:
        raise ValueError("frames must be the DataFrame returned by extract_frames (columns doc_id, feature, ...)")
    counted = frames
    if "blamed_kind" in frames.columns:
        counted = frames[~((frames["feature"] == "blame_attribution") & (frames["blamed_kind"] == "non-actor"))]
    feats = list(FEATURES) + sorted(set(counted["feature"].dropna()) - set(FEATURES))
    table = pd.DataFrame({"doc_id": doc_ids,
                          "n_sentences": [len(nlp_mod.split_sentences(t)) for t in docs]})
    counts = counted.groupby(["doc_id", "feature"]).size()
    for f in feats:
        table[f] = [int(counts.get((i, f), 0)) for i in doc_ids]
    return table
