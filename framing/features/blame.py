"""Detector of ``blame_attribution``: who blames whom for what, asserted or pointedly withheld (codebook §3).

Dependency patterns over the lexicon in ``blame.yaml``: cue verbs (blame, accuse, condemn, ...) with subject,
object and ``for/of/over`` reason; passives ("was blamed for ... by X"); "blame Z on Y"; "hold Y responsible";
"Y is to blame", "Y bears responsibility", "Y's fault", "the culprit", "point the finger at Y", "caused by Y"
(the last four in a source's words: blamer = the speaker, or empty when the narrator says it); withheld blame
when a withholding verb governs the cue ("refused to criticise", "stopped short of condemning"). Coordinated
objects give one row per blamed actor. Negated and denied blame ("did not blame", "denied blaming") is returned
with ``negated=True`` and dropped by :func:`framing.extract_frames` unless asked for; blame of things that are
not parties ("blamed the storm") is returned with ``blamed_kind="non-actor"`` and likewise dropped by default.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

import yaml

from framing.actors import (EITHER_NOUNS, PARTNER_NOUNS, PLACE_BOUND_NOUNS, PUBLICATION_NOUNS, canonical_actor,
                            demonym_state, document_owner, gazetteer, is_dateline_dash, is_state, is_state_media,
                            mentions, noun_phrase)
from framing.features.syntax import (DENY_VERBS, PROPOSITION_NOUNS, conjuncts, in_question, is_negated, is_passive,
                                     lexicon as syntax_lexicon, own_subject, participle_subject, passive_subject,
                                     phrase, relative_antecedent, span_of, speech_source, spoken_of, subject_of)

FEATURE = "blame_attribution"
_BEAR_FORMS = frozenset({"bear", "bears", "bore", "borne", "carries", "carry", "carried", "shares", "share",
                         "shared"})
CONTEXT = (1, 1)
#: The sentences around the target are parsed only when the detector reads them (see framing.features.extract).
CONTEXT_ON_DEMAND = True
_LEX_PATH = Path(__file__).parent / "blame.yaml"


@functools.lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """The parsed ``blame.yaml``: cue verbs by kind and the word lists, lower case."""
    data = yaml.safe_load(_LEX_PATH.read_text(encoding="utf-8"))
    out: dict[str, Any] = {"verbs": {e["lemma"]: e["kind"] for e in data["cue_verbs"]},
                           "cue_regex": data["cue_regex"]}
    for key in ("responsibility_words", "bear_verbs", "self_claim_verbs", "negative_events", "withhold_verbs",
                "source_nouns"):
        out[key] = frozenset(str(e["word"]).lower() for e in data[key])
    return out


@functools.lru_cache(maxsize=1)
def cue_regex() -> re.Pattern:
    """The sentence gate: any blame cue word on the raw text.

    Examples
    --------
    >>> bool(cue_regex().search("Seoul accused Pyongyang of jamming signals."))
    True
    >>> bool(cue_regex().search("The two armies held joint drills."))
    False
    """
    return re.compile(lexicon()["cue_regex"])


# --------------------------------------------------------------------------------------------- roles

#: Durations a "for" phrase gives, never a reason ("would not condemn it for years"; "for a decade of chaos" is one).
_DURATIONS = frozenset({"year", "month", "week", "day", "decade", "hour", "time", "while", "generation", "century"})


#: Nouns of an appositive that sums up the sentence's own act ("accused Iran of endangering its sailors, a rare
#: rebuke from ..."), never part of the reason before it.
_SUMMARY_NOUNS = frozenset({"rebuke", "move", "step", "blow", "rarity", "departure", "reversal", "escalation", "signal",
                            "gesture", "sign", "shift", "break", "first", "charge", "accusation", "swipe", "jab"})


#: Nouns of an "in" phrase that qualifies a charge, never its content ("accused X of pushing families back, in some
#: cases more than once", "in part", "in particular").
_IN_ASIDES = frozenset({"case", "instance", "part", "particular", "addition", "effect", "fact", "turn", "response",
                        "person", "public", "private", "principle", "practice", "theory", "absentia"})


def _reason(*heads: Any, preps: tuple[str, ...] = ("for", "over"), sent: Any) -> str | None:
    for h in heads:
        if h is None:
            continue
        for c in h.children:
            if "for" in preps and c.dep_ == "advcl" and c.i > h.i and any(
                    g.dep_ == "mark" and g.lower_ == "for" and g.i < c.i for g in c.children) and any(
                    g.dep_ == "nsubj" and g.pos_ == "NOUN" for g in c.children):
                # "responsible for the disruption to trade": the parser read "for ... to trade" as a clause
                return _clause_text(c, sent)
            if c.dep_ == "prep" and c.lower_ == "in" and c.i + 1 < sent.end and sent.doc[c.i + 1].lower_ == "what":
                continue  # "..., in what appeared to be the most serious incident": a comment, not the charge
            if c.dep_ == "prep" and c.lower_ in preps and not (c.lower_ == "in" and c.i < h.i):
                # ("In a statement carried by KCNA, X accused Y of ...": a fronted "in" is the setting)
                objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
                if objs and c.lower_ == "of" and c.ent_type_ and h.ent_type_ == c.ent_type_ == objs[0].ent_type_:
                    # the "of" inside a name ("accused the Organisation of Islamic Cooperation of complicity"): the
                    # reason is on the name's last word
                    inner = _reason(objs[0], preps=preps, sent=sent)
                    if inner:
                        return inner
                    continue
                if objs and c.lower_ == "for" and objs[0].lower_ == "part" and any(
                        g.dep_ == "poss" for g in objs[0].children):
                    continue  # "Washington, for its part, has blamed ...": a turn in the story, no reason
                if objs and (c.lower_ == "in" and (objs[0].ent_type_ in ("GPE", "LOC", "FAC", "DATE")
                                                   or objs[0].lemma_.lower() in _IN_ASIDES)
                             or c.lower_ == "for" and objs[0].lemma_.lower() in _DURATIONS
                             and not any(g.dep_ == "prep" and g.lower_ == "of" for g in objs[0].children)
                             or c.lower_ == "for" and objs[0].lemma_.lower() in ("fear", "sake")):
                    # a place ("the ministry in Port Sudan"), a time ("for years") or a motive ("for fear of
                    # reviving the feud") is no reason
                    continue
                if objs:
                    text = phrase(objs[0], stop=sent)
                    if len(objs) > 1:  # a word the tokenizer split at its hyphen ("of re-exporting machine parts")
                        # (its last part at times hung on the preposition as a modifier: "of re - exporting chips")
                        last = max(t.i for t in [*objs[-1].subtree, *c.subtree] if sent.start <= t.i < sent.end)
                        text = sent.doc[objs[0].left_edge.i:last + 1].text.strip(" ,;:.\"“”'‘’()")
                    after = sent.doc[objs[-1].right_edge.i + 1] if objs[-1].right_edge.i + 1 < sent.end else None
                    if after is not None and after.lower_ == "to" and after.dep_ == "prep" and after.head.i == h.i \
                            and objs[0].pos_ == "NOUN" and len(objs) == 1:
                        # "responsible for the disruption to shipping", with "to" hung on "responsible"
                        text = sent.doc[objs[0].left_edge.i:after.right_edge.i + 1].text.strip(" ,;:.\"“”'‘’()")
                    summary = next((t for t in objs[0].subtree if t.dep_ in ("appos", "dobj", "npadvmod")
                                    and t.lemma_.lower() in _SUMMARY_NOUNS and t.left_edge.i > objs[0].i
                                    and t.doc[t.left_edge.i - 1].text == ","
                                    and t.doc[t.left_edge.i].lower_ in ("a", "an")), None)
                    if summary is not None:  # "of endangering its sailors, a rare rebuke from ...": the
                        # appositive sums up the accusation; it is not part of the charge
                        text = sent.doc[objs[0].left_edge.i:summary.left_edge.i - 1].text.strip(" ,;:.\"“”'‘’()")
                    return text or None
    return None


def _act_agent(act: Any, blamer: str | None, sent: Any, actors: Any) -> Any:
    """Who did the act a blamer pointedly does not condemn, when the text names them: the state in a relative
    clause on the act ("the test, which Pyongyang said involved ...") or, for a definite act ("the launch"), the
    state that is the active subject of the sentence before ("North Korea fired a missile ... Beijing declined to
    condemn the launch"). None otherwise."""
    def state(t: Any) -> str | None:
        name = actors.describe(noun_phrase(t))["actor"] if t is not None else None
        return name if name is not None and is_state(name) and name != blamer else None

    for c in act.children:
        if c.dep_ in ("relcl", "acl"):
            found = {t.i: state(t) for t in c.subtree if t.dep_ in ("nsubj", "agent", "pobj") and t.pos_ == "PROPN"}
            named = {i: a for i, a in found.items() if a is not None}
            if len(set(named.values())) == 1:
                return act.doc[min(named)]
    if not any(d.dep_ == "det" and d.lower_ == "the" for d in act.children):
        return None
    prev = actors.previous_of(sent)
    root = prev.root if prev is not None else None
    if root is None or root.pos_ != "VERB" or is_passive(root) or is_negated(root):
        return None
    subj = subject_of(root)
    return subj if state(subj) else None


def _clause_text(clause: Any, sent: Any) -> str | None:
    """A clause's words without its leading subordinator ("that ships are being attacked" -> "ships are ...")."""
    if clause is None:
        return None
    words = [t for t in clause.subtree if sent.start <= t.i < sent.end
             and not (t.dep_ == "mark" and t.head.i == clause.i)]
    return sent.doc[words[0].i:words[-1].i + 1].text.strip(" ,;:.") or None if words else None


_CHARGE_PARTICIPLES = frozenset({"say", "allege", "claim", "charge", "argue", "accuse", "insist"})


def _clause_reason(verb: Any, sent: Any) -> str | None:
    """The event of an "after" clause on the cue ("... after two tankers were damaged") or the clause of a
    charging participle set off after it (", saying Egyptian officials had incited ...")."""
    for c in verb.children:
        if c.dep_ == "advcl" and c.i > verb.i and any(g.dep_ == "mark" and g.lower_ == "after" for g in c.children):
            return _clause_text(c, sent)
        if c.dep_ in ("advcl", "xcomp", "conj") and c.tag_ == "VBG" and c.lemma_.lower() in _CHARGE_PARTICIPLES \
                and c.i > verb.i:
            return _clause_text(next((g for g in c.children if g.dep_ == "ccomp"), None), sent)
    return None


#: Market forces a state's demonym can modify without making them its act ("weak Chinese demand", "Russian prices").
_MARKET_FORCES = frozenset({"demand", "consumption", "appetite", "price", "growth", "slowdown"})


#: Acts a party's name before them makes its own ("NATO expansion", "EU sanctions", "Hamas rockets"); not things
#: ("the BRICS currency", "the NATO summit").
_NAMED_ACTS = frozenset({"expansion", "enlargement", "sanction", "policy", "interference", "meddling", "pressure",
                         "aggression", "action", "decision", "rocket", "missile", "drone", "strike", "attack",
                         "bombing", "blockade", "tariff", "intervention", "incursion", "offensive", "raid", "shelling"})


def _party(tok: Any, actors: Any) -> dict[str, Any]:
    """Actor of a noun token, falling back to its possessor or a by-agent ("Russia's invasion")."""
    if tok is None:
        return {"actor": None, "person": None, "kind": None}
    state = gazetteer()["demonyms"].get(tok.lower_) if tok.pos_ in ("PROPN", "ADJ") else None
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if state is not None and (any(c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > tok.i and any(
            g.dep_ == "amod" and g.lower_ in gazetteer()["demonyms"] for g in c.children) for c in tok.children)
                              or nxt is not None and nxt.dep_ == tok.dep_ == "dobj" and nxt.head == tok.head
                              and nxt.lower_ in PLACE_BOUND_NOUNS):
        # "blamed Lithuanian and Polish special services", parsed with the first demonym as the noun; "accused
        # Azerbaijani officials", parsed as two objects
        shared = next((c for c in tok.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > tok.i), None)
        info = actors.describe(noun_phrase(shared)) if shared is not None else None
        if info is not None and info["actor"] and canonical_actor(info["actor"]) is None:
            return info  # "accused Kyrgyz and Uzbek front companies": the companies, whatever their country
        return {"actor": state, "person": None, "kind": "owner"}
    owner = next((c for c in tok.children if c.dep_ == "poss"), None) if tok.lemma_.lower() == "campaign" else None
    owned = actors.describe(noun_phrase(owner)) if owner is not None else None
    if owned is not None and owned["actor"]:
        # "caused by Russia's campaign": a party's campaign is its act (a bare "the campaign" is a party of its own)
        return {**owned, "kind": "owner"}
    info = actors.describe(noun_phrase(tok))
    if info["kind"] == "actor" and info["actor"] and info["actor"].lower() in gazetteer()["demonyms"] \
            and tok.pos_ == "PROPN":
        # a demonym the parser made the noun ("caused by Kuwaiti dredging", "Kuwaiti" the agent): its state
        return {"actor": gazetteer()["demonyms"][info["actor"].lower()], "person": None, "kind": "owner"}
    state = next((demonym_state(c) for c in tok.children if c.dep_ == "amod" and c.i == tok.i - 1), None) \
        if info["actor"] in ("fighters", "fighter") else None
    if state is not None and is_state(state):
        # "accused Malian troops and Russian fighters of ...": a state's fighters, blamed, are the state (a people's
        # are not: "Kurdish fighters" stay the noun)
        return {"actor": state, "person": None, "kind": "owner"}
    if info["kind"] == "actor" and info["actor"]:
        return info
    market = tok.lemma_.lower() in _MARKET_FORCES  # ("weak Chinese demand" is the market's, like "prices")
    for c in tok.children:
        if c.dep_ == "poss" and tok.lower_ not in PARTNER_NOUNS:  # ("Yerevan's Western patrons" are not Armenia)
            sub = actors.describe(noun_phrase(c))
            if sub["actor"]:
                return {**sub, "kind": "owner"}
        leader = next((g for g in c.children if g.dep_ in ("npadvmod", "compound", "nmod") and g.i == c.i - 2
                       and c.doc[g.i + 1].text == "-"), None) if c.dep_ == "amod" and c.lower_ == "led" else None
        led_by = (actors.canonical(leader.text) or demonym_state(leader)) if leader is not None else None
        if led_by:
            # "the US-led strikes on Yemen": the act of the one who leads it (a led party, "the Saudi-led
            # coalition", is an actor of its own above)
            return {"actor": led_by, "person": None, "kind": "owner"}
        dem = demonym_state(c) if c.dep_ in ("amod", "compound") and not market else None
        if (c.dep_ == "amod" or dem) and not market:  # ("Kyrgyz units", "North Korean shells", "Greek Cypriot
            # intransigence"; no act of China in "weak Chinese demand")
            actor = (actors.canonical(c.text) if c.text[:1].isupper() else None) or dem
            if actor:
                return {"actor": actor, "person": None, "kind": "owner"}
        if c.dep_ == "prep" and c.lower_ == "by":
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None:
                sub = actors.describe(noun_phrase(obj))
                if sub["actor"]:
                    return {**sub, "kind": "owner"}
        named = actors.canonical(c.text) if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == tok.i - 1 \
            and tok.lemma_.lower() in _NAMED_ACTS else None
        if named is not None and not is_state(named) and (c.text.isupper() or named == c.text):
            # "NATO expansion was to blame", "Hamas rockets": an alliance's or group's act named by its name
            # (not a state or a place: "the Ukraine war", "the Brussels summit")
            return {"actor": named, "person": None, "kind": "owner"}
    owner = _compound_owner(tok, actors)
    if owner is not None:
        actor = demonym_state(owner) or actors.canonical(owner.text)
        return {"actor": actor, "person": None, "kind": "owner"}
    return {"actor": None, "person": None, "kind": info["kind"] or "non-actor"}


def _compound_owner(noun: Any, actors: Any) -> Any:
    """The party named on the compound before an act noun ("Russian drone strikes", "RSF air raids": "Russian",
    "RSF"), else ``None``."""
    for c in noun.children:
        if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i == noun.i - 1:
            for g in c.children:
                if g.dep_ in ("amod", "compound") and g.i == c.i - 1 and (
                        demonym_state(g) or g.text[:1].isupper() and actors.canonical(g.text)):
                    return g
    return None


#: What an outlet calls itself in its own editorials ("this newspaper", "this column").
_OWN_PAGES = frozenset({"newspaper", "paper", "column", "editorial", "magazine", "publication", "page", "website"})


def _source(tok: Any, actors: Any) -> tuple[str | None, str | None]:
    """Blamer from a subject token: an actor, else a source noun ("the report") or party head noun."""
    if tok is None:
        return None, None
    if tok.lower_ in _OWN_PAGES and any(c.dep_ == "det" and c.lower_ == "this" for c in tok.children):
        return None, None  # "..., this newspaper believes": the outlet's own editorial voice, the narrator's
    if tok.lower_ in _CROWDS:  # "Thousands of protesters in Skopje blamed ...": the people counted
        counted = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                        if g.dep_ == "pobj"), None)
        if counted is not None and counted.pos_ == "NOUN" and counted.lower_ in gazetteer()["party_nouns"]:
            return _source(counted, actors)  # (a party noun: not "thousands of Armenians", a people)
    voiced = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
                   if g.dep_ == "pobj"), None) if tok.lower_ in _SPOKES_NOUNS else None
    spoken_for = _source(voiced, actors) if voiced is not None else (None, None)
    if spoken_for[0] is not None:
        return spoken_for  # "a spokesman for the farmers said ...": those he speaks for
    info = actors.describe(noun_phrase(tok))
    if info["actor"]:
        return info["actor"], info["person"]
    owner = document_owner(tok)
    state = canonical_actor(actors.for_token(owner) or "") if owner is not None else None
    if state is not None:
        return state, None  # "the Pentagon's new Arctic strategy blames ..."
    author = subject_of(tok.head) if tok.dep_ == "dobj" and tok.lemma_.lower() in PUBLICATION_NOUNS \
        and tok.head.lemma_.lower() in _ISSUING_VERBS else None
    if author is not None and actors.describe(noun_phrase(author))["kind"] == "actor":
        return _source(author, actors)  # "Ankara issued a statement condemning ...": who issued it
    if tok.lemma_.lower() in lexicon()["source_nouns"] or tok.lower_ in lexicon()["source_nouns"]:
        state = next((gazetteer()["demonyms"][c.lower_] for c in tok.children
                      if c.dep_ == "amod" and c.lower_ in gazetteer()["demonyms"]), None)
        if state is not None:  # "the Saudi statement": a state's own statement speaks for it
            return state, None
        names = [c for c in tok.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.i < tok.i]
        body = next((a for a in (canonical_actor(c.text) for c in names) if a is not None), None)
        if body is None and names:  # "a State Department determination": the body's name over several words
            body = canonical_actor(tok.doc[min(c.left_edge.i for c in names):tok.i].text)
        if body is not None:  # "a UN human rights report": the body that issues it
            return body, None
        by = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children
                   if g.dep_ == "pobj"), None)
        if by is not None and actors.describe(noun_phrase(by))["kind"] == "actor":
            return _source(by, actors)  # "a joint statement by Sri Lanka and Japan avoided ...": its author
        outlet = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
                       if g.dep_ == "pobj"), None) if tok.lemma_.lower() in PUBLICATION_NOUNS else None
        if outlet is not None and is_state_media(noun_phrase(outlet).text):
            return _source(outlet, actors)  # "a commentary in the Global Times accused ...": the outlet's
        said = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "in" else None
        if said is not None and said.dep_ == "ccomp" and said.lemma_.lower() not in syntax_lexicon()["speech_verbs"]:
            said = said.head  # ("Al-Ahram said X was impartial, in an editorial that accused ...": hung on the clause)
        sayer = subject_of(said) if said is not None and said.lemma_.lower() in syntax_lexicon()["speech_verbs"] \
            else None
        if sayer is not None and sayer.i < tok.i:
            return _source(sayer, actors)  # "the ministry said, in a statement that accused ...": its author, the
            # one who said it
        return _with_the(tok, tok.lower_), None
    return _group(tok, actors)


#: People who speak for those named after their "for" ("a spokesman for the farmers").
_SPOKES_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "mouthpiece"})
#: Verbs whose subject is the author of the text they take as object ("adopted a resolution condemning X").
_ISSUING_VERBS = frozenset({"issue", "adopt", "pass", "release", "publish", "approve", "sign", "circulate",
                            "table", "send", "deliver", "unveil", "post", "endorse"})
#: Counts of people whose "of" object is who acts ("thousands of protesters").
_CROWDS = frozenset({"thousands", "hundreds", "dozens", "scores", "millions", "tens", "crowds", "groups", "group",
                     "delegation"})


#: Nouns for people by what they do ("skippers", "prosecutors", "activists", "residents", "historians",
#: "relatives", "spokesperson"): a common noun with one of these endings can blame in its own name.
_AGENT_ENDING = re.compile(r"(?:er|or|ist|ant|ent|ian|man|men|person|people|ee|crat|ive|at)s?$")
#: Words with those endings that name no one ("the incident", "the agreement", "the directive").
_NO_AGENT = frozenset({"water", "paper", "letter", "border", "order", "number", "power", "matter", "disaster",
                       "sector", "factor", "error", "computer", "cluster", "tower", "center", "centre", "event",
                       "incident", "accident", "element", "elements", "initiative", "directive", "objective",
                       "alternative", "incentive", "narrative", "perspective", "guarantee", "grant", "plant",
                       "content", "extent", "intent", "moment", "threat", "boat", "format", "combat", "climate",
                       "rate", "debate", "mandate", "state", "states", "estimate", "weather", "chapter", "charter",
                       "register", "meter", "trigger", "barrier", "tanker", "container", "corridor", "mirror",
                       "behaviour", "behavior", "favour", "favor", "rumour", "rumor", "humour", "motor", "vector",
                       "price", "prices", "budget", "percent", "cent", "talent", "patent"})
#: Bodies named by a common noun that can blame in their own name ("the chamber of commerce", "shipping lines").
_GROUP_NOUNS = frozenset({"association", "associations", "federation", "federations", "chamber", "council", "union",
                          "unions", "assembly", "court", "caucus", "committee", "commission", "board", "lines",
                          "company", "companies", "firm", "firms", "tank", "community", "communities", "family",
                          "families", "elders", "league", "network", "networks", "alliance", "coalition", "bank",
                          "banks", "agency", "institute", "foundation", "syndicate", "guild", "church", "panel",
                          "tribunal", "cooperatives", "cooperative", "chiefs", "clergy", "staff", "airlines",
                          "monks", "clerics", "nurses", "judges", "citizens", "academics", "experts", "chaebol"})


def _group(tok: Any, actors: Any) -> tuple[str | None, None]:
    """A common-noun group that blames or speaks in its own name, no actor or source reading naming it
    ("Shipping lines pointed the finger at ...", "..., the chamber of commerce said"): the noun with its
    compounds; a named body's people speak for it ("UNRWA's commissioner-general said ...")."""
    low = tok.lower_
    common = tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and tok.text.islower()  # (lower case: a misread noun)
    if not common or tok.dep_ not in ("nsubj", "conj") or low in _CROWDS or low in _NO_AGENT \
            or low.endswith(("ment", "ments")) and low not in ("movement", "department", "management") \
            or not (low in _GROUP_NOUNS or _AGENT_ENDING.search(low)):
        return None, None
    owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is not None:
        named = actors.describe(noun_phrase(owner))["actor"]
        return (named, None) if named else (None, None)
    words = [c.lower_ for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < tok.i] + [tok.lower_]
    of = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == tok.i + 1
               for g in c.children if g.dep_ == "pobj" and g.text.islower() and g.i == tok.i + 2), None)
    if of is not None:
        words += ["of", of.lower_]  # "the chamber of commerce"
    return _with_the(tok, " ".join(words)), None


def _with_the(tok: Any, text: str) -> str:
    """A source noun's words, with "the" when the text gives it a determiner or an owner ("the ministry")."""
    has_the = any(t.lower_ in ("the", "a", "an") or t.dep_ == "poss" for t in tok.lefts)
    return ("the " if has_the else "") + text


class _Blamer(tuple):
    """A ``(blamer, person)`` pair that also carries the speakers coordinated with it (``others``)."""

    others: list[tuple[str | None, str | None]] = []


def _speaker(tok: Any, actors: Any) -> tuple[str | None, str | None]:
    """The source of the reported speech ``tok`` sits in; coordinated speakers ("Britain, France and Germany said
    ...") ride along in ``.others`` and give one row each (:func:`_emit`)."""
    found = speech_source(tok)
    if found is None:
        return None, None
    out = _Blamer(_source(found[0], actors))
    out.others = [_source(t, actors) for t in conjuncts(found[0]) if t.i != found[0].i]
    return out


def _pointed_negation(verb: Any) -> bool:
    """A negated cue that withholds rather than denies: "has not condemned", "has never once blamed",
    "had not been able to condemn", "still not condemned", "would not condemn" (a refusal), "pointedly did not
    blame" (the codebook's "pointedly"), "without apportioning blame", "did not go so far as to blame"; but not "did
    not blame" (a plain denial)."""
    chain = [verb]
    for a in list(verb.ancestors)[:2]:
        if a.dep_ in ("nsubj", "nsubjpass") and a.pos_ in ("NOUN", "PROPN", "PRON"):
            break  # "The authorities, accused by X of ..., have not responded": the subject's own verb is not the cue's
        if a.pos_ in ("AUX", "VERB", "ADJ"):
            chain.append(a)
    for t in chain:
        kids = {c.lower_ for c in t.children}
        negs = {c.lower_ for c in t.children if c.dep_ == "neg" or c.lower_ in ("never", "not", "n't")}
        if not negs:
            continue
        if "never" in negs or kids & {"still", "pointedly", "conspicuously"} \
                or kids & {"has", "have", "had", "'s", "'ve", "would", "will", "wo"} \
                or t.lower_ in ("able", "unable") or (t.head.lower_ == "able") \
                or (t.lemma_.lower() == "go" and "far" in kids):  # "did not go so far as to blame X"
            return True
    if verb.dep_ in ("pcomp",) and verb.head.lower_ == "without":
        return True
    if verb.head.lower_ == "able" and any(c.dep_ == "neg" for c in verb.head.head.children):
        return True
    return False


def _unprevented(verb: Any) -> Any:
    """"Its neutrality has not stopped Ankara from denouncing the raids", "nothing prevented X from ...": a blame
    the obstacle did not prevent, so asserted; the one not stopped (its token) is the blamer. ``None`` otherwise."""
    frm = verb.head if verb.dep_ == "pcomp" and verb.head.lower_ == "from" else None
    stopper = frm.head if frm is not None and frm.head.lemma_.lower() in ("stop", "prevent", "deter") else None
    obj = next((c for c in stopper.children if c.dep_ == "dobj"), None) if stopper is not None else None
    if obj is not None and (is_negated(stopper) or any(c.dep_ == "nsubj" and c.lower_ == "nothing"
                                                       for c in stopper.children)):
        return obj
    return None


def _left_open(verb: Any) -> bool:
    """Is ``verb`` a yes-or-no question a telling verb governs ("say whether it held Russia responsible")?"""
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _TELLING_VERBS and any(
        c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in verb.children)


def _withheld(verb: Any) -> tuple[bool, Any]:
    """Is ``verb`` governed by a withholding word? Returns (withheld, the withholding token)."""
    if _unprevented(verb) is not None:
        return False, None
    first = verb.head if verb.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "nor"
                                                      for c in verb.head.children) else verb
    if verb.pos_ == "VERB" and any(c.dep_ == "preconj" and c.lower_ == "neither" for c in first.children):
        # "neither praised nor criticised Tegucigalpa's decision", "kept his distance, neither praising nor
        # criticising ...": blame pointedly held back, by the subject of the first verb or of the clause it qualifies
        return True, first.head if first.dep_ == "advcl" else first
    words = lexicon()["withhold_verbs"]
    if verb.tag_ == "VBG" and any(c.dep_ == "amod" and c.i == verb.i - 1 and c.lemma_.lower() in words
                                  for c in verb.children):
        return True, verb  # "avoided criticising", the withholding verb parsed as the gerund's modifier
    before = [t.lower_ for t in verb.doc[max(verb.sent.start, verb.i - 2):verb.i]]
    if before in (["rather", "than"], ["instead", "of"]) and verb.pos_ == "VERB":
        # "has kept silent rather than criticise Beijing", "instead of condemning Moscow": the course not taken
        head = verb.head if verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX") else verb
        return True, head
    if _pointed_negation(verb):
        went = next((a for a in list(verb.ancestors)[:2] if a.lemma_.lower() == "go"
                     and any(c.lower_ == "far" for c in a.children)), None)
        return True, went if went is not None else verb  # (the blamer is who did not go so far)
    if any(c.lower_ == "instead" and (c.head.i == verb.i or c.head.dep_ == "prep" and c.head.head.i == verb.i)
           for c in verb.subtree):
        return False, None  # "avoided blaming Beijing, pointing the finger instead at bondholders": the alternative
    t = verb
    if t.dep_ == "conj" and t.tag_ in ("VBZ", "VBD", "VBP") and t.head.tag_ in ("VB", "VBG"):
        return False, None  # finite verb wrongly attached to an infinitive: not under the withholding verb
    if _left_open(t):
        # "declined to say whether it held Russia responsible": the question left open is the blame withheld
        if _pointed_negation(t.head):
            return True, t.head
        t = t.head
    if t.dep_ == "conj":
        t = t.head
    for _ in range(4):
        if t.head == t or t.dep_ not in ("xcomp", "pcomp", "prep", "advmod", "acomp", "pobj", "conj", "advcl") and not (
                t.dep_ == "dobj" and t.tag_ == "VBG" and t is verb):  # ("avoided criticising", the gerund its object)
            break
        if t.dep_ == "advcl" and any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in t.children):
            break  # ("While the United States blamed Iran ..., Pakistan refrained from ...": a clause of its own)
        if t.dep_ == "advcl" and t.head.lemma_.lower() in ("reject", "dismiss"):
            break  # "rejected Algeria's claim ..., accusing its neighbour of ...": a second act, not a refusal
        t = t.head
        particle = next((c.lower_ for c in t.children if c.dep_ == "prt" or c.lower_ == "back"), None)
        if t.lemma_.lower() in words or t.lower_ in words or f"{t.lemma_.lower()} {particle}" in words:
            return True, t  # ("held back from criticising": a phrasal verb listed with its particle)
        if t.lemma_.lower() in ("choose", "opt", "elect", "prefer") and any(
                c.dep_ == "neg" for c in verb.children) and verb.dep_ == "xcomp":
            return True, t  # "chose not to blame Buenos Aires": a deliberate refusal
        for c in t.children:
            if c.lower_ == "yet" and c.dep_ in ("advmod", "cc"):
                return True, t
    return False, None


def _reporter_for_thing(chain: Any, subj: Any, actors: Any) -> Any:
    """"Russia's envoy told the assembly the resolution was one-sided and accused Western countries of ...",
    "Somalia's cabinet said the deal was illegal and held Addis Ababa responsible": the parser hung the second verb
    on the reported clause, whose subject (a thing) cannot accuse; the speaker can. ``subj`` otherwise."""
    if chain.dep_ != "conj" or not (subj is None or _party(subj, actors)["kind"] == "non-actor"):
        return subj
    reporter = chain.head
    while reporter.dep_ in ("conj", "acomp", "attr") and reporter.head.i != reporter.i:
        reporter = reporter.head
    if reporter.dep_ == "ccomp" and reporter.head.lemma_.lower() in syntax_lexicon()["speech_verbs"]:
        speaker = subject_of(reporter.head)
        if speaker is not None and _party(speaker, actors)["kind"] != "non-actor":
            return speaker
    return subj


def _coordinated_reporter(verb: Any, subj: Any, actors: Any) -> Any:
    """The blamer token of a blame verb the parser coordinated into a reported clause whose subject is no party:
    "X's prime minister said the delay was not X's fault and pointed the finger at ..." is the minister's own act,
    not the delay's. ``subj`` otherwise."""
    if verb.dep_ == "conj" and verb.tag_ == "VBD" and verb.head.dep_ == "ccomp" and verb.head.head.tag_ == "VBD" \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and subj is not None \
            and actors.describe(noun_phrase(subj))["kind"] != "actor" and subject_of(verb.head.head) is not None:
        return subject_of(verb.head.head)
    return subj


def _blamer_and_negation(verb: Any) -> tuple[bool, Any, bool]:
    """For a blame verb: whether blame is withheld ("refused to hold X responsible"), the blamer's token (the
    subject of the refusing verb when withheld) and whether the blame is negated rather than withheld."""
    unprevented = _unprevented(verb)
    if unprevented is not None:
        return False, unprevented, is_negated(verb)
    withheld, holder = _withheld(verb)
    subj = subject_of(holder) if withheld and holder is not None else subject_of(verb)
    negated = (is_negated(verb) and not withheld) or (holder is not None and is_negated(holder)
                                                      and not _pointed_negation(verb))  # ("did not go so far as to")
    return withheld, subj, negated or (not withheld and _nobody(subj))


def _nobody(subj: Any) -> bool:
    """Is the blamer "nobody" or "no one" ("No one can blame Brazil's diplomats for trying"): a denial, no row?"""
    return subj is not None and (subj.lower_ == "nobody" or subj.lower_ == "one" and any(
        c.dep_ == "det" and c.lower_ == "no" for c in subj.children))


def _row(span: Any, cue: Any, **roles: Any) -> dict[str, Any]:
    return {"span": span, "cue": cue if isinstance(cue, str) else cue.text, **roles}


def _split_modifier_coordination(tgt: Any, actors: Any) -> list:
    """A named party the parser hung as a modifier of the next conjunct's noun ("blamed the IMF and foreign
    bondholders", with "IMF" a modifier of "bondholders" and "foreign" its conjunct): both parties."""
    if tgt is None:
        return [tgt]
    named = next((c for c in tgt.children if c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN" and c.i < tgt.i
                  and any(g.dep_ == "cc" and g.lower_ in ("and", "or") for g in c.children)
                  and any(g.dep_ == "conj" and g.i < tgt.i for g in c.children)
                  and actors.describe(noun_phrase(c))["actor"] is not None), None)
    return [named, tgt] if named is not None else [tgt]


def _emit(rows: list, *, sent: Any, cue: Any, blamer: tuple, targets: list, reason: str | None,
          polarity: str, negated: bool, actors: Any, extra_tokens: tuple = (), blamers: list | None = None) -> None:
    if not isinstance(cue, str) and in_question(cue) and not (polarity == "withheld" and _left_open(cue)):
        return  # raised, not assigned (unless the question itself is pointedly left open)
    if reason is None and polarity == "withheld" and not isinstance(cue, str):
        reason = _asked_about(cue, sent) or _withheld_over(cue, sent, actors)
    targets = [x for t in targets for x in _split_modifier_coordination(t, actors)]
    if blamers is None and getattr(blamer, "others", None):
        blamers = [tuple(blamer), *blamer.others]  # coordinated speakers of the reported clause
    if blamers and len(blamers) > 1:  # coordinated blamers: one row per blamer and blamed
        for b in blamers:
            _emit(rows, sent=sent, cue=cue, blamer=b, targets=targets, reason=reason, polarity=polarity,
                  negated=negated, actors=actors, extra_tokens=extra_tokens)
        return
    if blamer[0] is not None and blamer[1] is None and actors.canonical(blamer[0]) is None:
        # an unowned official voice ("a spokesman said") speaks for a state named around it, never a blamed one
        owner = _voice_owner(blamer[0], {_party(t, actors)["actor"] for t in targets if t is not None}, cue, sent,
                             actors)
        if owner is not None:
            blamer = (owner, None)
    neither = [t for t in targets if t is not None and t.pos_ == "PROPN" and any(c.dep_ == "conj" for c in t.children)
               and any(c.dep_ in ("det", "preconj") and c.lower_ == "neither" for c in t.children)]
    if neither and polarity == "asserted" and not negated:
        polarity = "withheld"  # "blamed neither Baku nor Yerevan": each named party pointedly spared
    for tgt, named in [(t, n) for t in targets for n in _demonym_conjuncts(t, actors) or
                       _either_parties(t, blamer[0], actors)]:
        info = _party(tgt, actors) if tgt is not None else {"actor": None, "person": None, "kind": None}
        if named is not None:
            info = {"actor": named, "person": None, "kind": "owner"}
        if tgt is not None and (tgt.lower_ in ("those", "these", "whoever", "anyone", "someone") or any(
                c.dep_ == "amod" and c.lower_ in _UNNAMED for c in tgt.children)
                or _vague_party(tgt) and info["kind"] == "actor"):
            # "Those who keep supplying weapons", "unnamed foreign parties": no party the text names
            info = {"actor": None, "person": None, "kind": None}
        # (a conjunct shares the determiner of the first: "any official or faction")
        first = tgt.head if tgt is not None and tgt.dep_ == "conj" and tgt.head.pos_ == "NOUN" else tgt
        dets = {c.lower_ for t in {tgt, first} if t is not None for c in t.children if c.dep_ == "det"
                or c.dep_ == "preconj" and t.pos_ == "NOUN" and not any(g.dep_ == "conj" for g in t.children)}
        # ("either side" with "either" read as a conjunction; not "either the army or the RSF", both named)
        if tgt is not None and tgt.pos_ == "PROPN" and any(c.dep_ == "conj" for c in tgt.children):
            dets -= {"either"}  # "either Maduro or Ali", "either" parsed as the first name's determiner: both named
        if tgt is not None and any(c.dep_ == "preconj" and c.lower_ == "neither" for c in tgt.children) \
                and not neither:
            negated = True  # ("either Israel or Iran" still names both)
        if named is None and tgt not in neither and (dets & {"either", "neither", "any", "no"} or
                              (tgt is not None and tgt.lower_ in ("nobody", "none"))):
            info = {"actor": None, "person": None, "kind": None}  # "either side": no particular party
            if dets & {"no", "neither"} or tgt.lower_ in ("nobody", "none"):
                negated = True  # "holds no one responsible"
        actor = info["actor"]
        kind = "actor" if actor else ("non-actor" if info["kind"] == "non-actor" else None)
        if tgt is not None and actor is None and info["kind"] is None:
            kind = None  # unresolved pronoun: an actor we cannot name
        if kind == "non-actor" and polarity == "withheld":
            kind = None  # "declined to condemn the annexation": the blamed party is not named
        leader = blamer[1] or blamer[0]
        if actor is not None and tgt is not None and _bare_government(tgt) and leader and re.search(
                r"(?i)\bopposition leader,? " + re.escape(leader), sent.text):
            # "Opposition leader X blamed the government": a domestic quarrel between the two sides the codebook
            # names by their head nouns
            blamer, actor = ("the opposition", leader), "the government"
        if actor is not None and tgt is not None and _bare_government(tgt) and blamer[0] is not None \
                and actors.canonical(blamer[0]) is None and blamer[0].lower().removeprefix("the ") not in _OFFICIAL_VOICES:
            actor = "the government"  # "the opposition blamed the government": a domestic quarrel, not a state's
        if actor is not None and actor == blamer[0] and kind == "actor" and tgt is not None and (
                tgt.lower_ in ("himself", "herself") or tgt.lower_ in ("he", "she") and tgt.dep_ == "nsubj"
                or actors.canonical(actor) is None and tgt.ent_type_ == "PERSON"):
            continue  # "Galtieri said he alone bore responsibility": one's own act claimed, no blame of another
        if actor is not None and actor == blamer[0] and actors.canonical(actor) is not None:
            other = _other_owner(tgt, actor) if tgt is not None else None
            if other is not None:
                # "Manila lodged a protest with Beijing and held its coast guard responsible": a party does not
                # blame its own body, so "its" is the one other state named before it
                actor = other
            elif blamer[1] is not None and tgt is not None and tgt.pos_ == "PROPN" \
                    and (tgt.ent_type_ == "PERSON" or info.get("person")):
                # two people of one state ("Sheikh Hasina accused Muhammad Yunus of ..."): the accuser, out of
                # office, speaks for herself, the one in office for the state
                blamer = (blamer[1], blamer[1])
            elif blamer[1] is None and tgt is not None and tgt.pos_ == "PROPN" and tgt.ent_type_ == "PERSON" \
                    and info.get("person"):
                # a state blaming one of its own people ("Bangladesh's interim government holds Sheikh Hasina
                # responsible"): the person, not the state, is blamed
                actor = info["person"]
            else:
                # a party blaming itself: the blamer was mis-resolved (a pronoun, a mis-hung subject); the blamed
                # is the argument of the cue itself, so it stays and the blamer is left empty rather than guessed
                blamer = (None, None)
        toks = [cue, *extra_tokens] + ([tgt] if tgt is not None else [])
        span = span_of(toks, sent)
        rows.append(_row(span, cue, blamer=blamer[0], blamed=actor, reason=reason, polarity=polarity,
                         blamed_kind=kind, negated=negated, person=blamer[1] or info.get("person")))


#: Official voices whose state the text leaves to context ("..., a spokesman said", "the foreign ministry said").
_OFFICIAL_VOICES = frozenset({"spokesman", "spokeswoman", "spokesperson", "ministry", "foreign ministry",
                              "interior ministry", "defence ministry", "defense ministry", "foreign office",
                              "treasury", "presidency", "cabinet", "minister", "foreign minister", "interior minister",
                              "defence minister", "defense minister", "foreign secretary", "secretary"})


def _voice_owner(blamer: str, blamed: set, cue: Any, sent: Any, actors: Any) -> str | None:
    """The state an unowned official voice speaks for: its sentence's dateline ("WASHINGTON — The Treasury
    faulted New Delhi"), else the one state other than the blamed named before the cue ("In Dushanbe, the foreign
    ministry said Bishkek bore responsibility" -> Tajikistan), else the one state of the previous sentence ("The
    Kremlin rejected the accusations. Responsibility lies with Chisinau, a spokesman said" -> Russia). A party
    does not blame itself, so no blamed party counts; with several candidates, no guess."""
    if blamer.lower().removeprefix("the ") not in _OFFICIAL_VOICES:
        return None
    doc = sent.doc
    dash = next((t.i for t in doc[sent.start:min(sent.end, sent.start + 8)] if is_dateline_dash(t)), None)
    if dash is not None:
        place = canonical_actor(doc[sent.start:dash].text.split(",")[0].strip().title())
        if place is not None and place not in blamed:
            return place
    return actors.one_before(cue, blamed, states_only=False)



def _either_parties(tgt: Any, blamer: str | None, actors: Any) -> list:
    """"either side" / "either government" / "both capitals" / "both" when the passage sets two parties other than
    the blamer side by side (``Actors.paired_parties``): one row for each ("Oman, a friend of both Tehran and
    Washington, refused to blame either side" -> Iran, United States); else ``[None]`` (no particular party)."""
    if tgt is None:
        return [None]
    alone = tgt.lower_ == "both" and tgt.dep_ in ("dobj", "pobj", "nsubjpass")  # "accused both of ...", "blamed both"
    either = tgt.lemma_.lower() in EITHER_NOUNS and not any(c.dep_ == "conj" for c in tgt.children) \
        and any(c.dep_ in ("det", "preconj") and c.lower_ in ("either", "both", "neither") for c in tgt.children)
    return (actors.paired_parties(tgt, {blamer}) or [None]) if alone or either else [None]


def _demonym_conjuncts(tgt: Any, actors: Any) -> list:
    """The states of coordinated demonyms on one blamed noun ("American and British warships", "both Mozambican
    and Rwandan forces": one row each), else ``[]``."""
    if tgt is None:
        return []
    for c in tgt.children:
        if c.dep_ in ("amod", "compound") and any(g.dep_ == "conj" for g in c.children):
            states = [gazetteer()["demonyms"].get(t.lower_) or (actors.canonical(t.text) if t.text[:1].isupper()
                                                                 else None) for t in conjuncts(c)]
            if len(states) > 1 and all(states):
                return list(dict.fromkeys(states))
    return []


def _bare_government(tgt: Any) -> bool:
    """Is the blamed "the government" with nothing naming whose ("the government in Tbilisi", "Kenya's government",
    "the Kenyan government" name a state)?"""
    return tgt.lemma_.lower() == "government" and any(c.dep_ == "det" and c.lower_ == "the" for c in tgt.children) \
        and not any(c.dep_ in ("poss", "amod", "compound", "prep") for c in tgt.children)


def _other_owner(tgt: Any, exclude: str) -> str | None:
    """For a blamed noun owned by "its"/"their" that resolved to the blamer itself: the one other state named
    before it in the sentence, else ``None``."""
    poss = next((c for c in tgt.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
    if poss is None:
        return None
    sent = tgt.sent
    others = {a for i, a in mentions(tgt.doc[sent.start:poss.i]) if a != exclude and canonical_actor(a) is not None}
    return others.pop() if len(others) == 1 else None


def detect(doc: Any, *, sentences: Any, actors: Any) -> list[dict[str, Any]]:
    """Blame rows for the target sentence (see the module docstring and ``framing.features.extract``)."""
    sent = sentences.target
    if not cue_regex().search(sent.text):
        return []
    lex = lexicon()
    rows: list[dict[str, Any]] = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        low = tok.lower_
        if tok.pos_ in ("VERB", "AUX") and lemma in lex["verbs"] or (lemma == "blame" and tok.tag_.startswith("VB")) \
                or (lemma in lex["verbs"] and tok.pos_ == "NOUN" and tok.dep_ in ("ROOT", "ccomp")
                    and any(c.dep_ == "nsubj" for c in tok.children) and any(c.dep_ == "dobj" for c in tok.children)):
            # (a verb the small model tagged as a noun, with its subject and object: "The authorities in Port Sudan
            # condemn Abu Dhabi for ...")
            if _read_as_modifier(tok):
                _modifier_verb(tok, rows, sent=sent, actors=actors)
            else:
                _verb(tok, rows, sent=sent, actors=actors)
        elif lemma == "take" and tok.pos_ == "VERB" and any(
                c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "task" for g in c.children)
                for c in tok.children):
            _to_task(tok, rows, sent=sent, actors=actors)
        elif low in lex["responsibility_words"]:
            _responsibility(tok, rows, sent=sent, actors=actors)
        elif lemma in ("accusation", "charge", "blame", "recrimination") and (
                tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("trade", "exchange", "swap")
                or _traded_modifier(tok) is not None):
            _traded(tok, rows, sent=sent, actors=actors)
        elif lemma == "blame" and tok.pos_ == "NOUN":
            _blame_noun(tok, rows, sent=sent, actors=actors)
        elif lemma in _CRITICISM_NOUNS and tok.pos_ == "NOUN" and tok.dep_ == "dobj" \
                and tok.head.lemma_.lower() in _DRAW_VERBS:
            _drew_criticism(tok, rows, sent=sent, actors=actors)
        elif lemma in _CRITICISM_NOUNS and tok.pos_ == "NOUN" and tok.dep_ == "dobj" \
                and tok.head.lemma_.lower() in lex["withhold_verbs"]:
            _spared_criticism(tok, rows, sent=sent, actors=actors)
        elif (low == "fault" and tok.pos_ == "NOUN") or (low == "doing" and tok.dep_ == "attr" and any(
                c.dep_ == "poss" for c in tok.children)):
            _fault(tok, rows, sent=sent, actors=actors)  # "X's fault", "was entirely Minsk's doing"
        elif low == "behind" and tok.dep_ == "prep" and tok.head.lemma_ == "be":
            _behind(tok, rows, sent=sent, actors=actors)
        elif lemma in ("accusation", "allegation") and tok.pos_ == "NOUN":
            # "accusations by Riyadh that it had supplied the missiles", "Kyiv's allegation that Moscow ...": the
            # accuser blames the subject of the clause, whoever rejects the accusation later in the sentence
            clause = next((c for c in tok.children if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX")
                           and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)), None)
            source = next((c for c in tok.children if c.dep_ == "poss"), None) or next(
                (g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("by", "from") for g in c.children
                 if g.dep_ == "pobj"), None)
            if clause is not None and source is not None:
                _alleged(tok, clause, rows, sent=sent, actors=actors, source=source)
        elif (lemma == "finger" and tok.head.lemma_.lower() == "point") or (
                lemma == "lash" and tok.pos_ == "VERB" and any(c.lower_ == "out" for c in tok.children)):
            # "pointed the finger at Y (for Z)", "lashed out at Y for Z"
            verb = tok.head if lemma == "finger" else tok
            at = [g for c in [*verb.children, *tok.children] if c.dep_ == "prep" and c.lower_ == "at"
                  for g in c.children if g.dep_ == "pobj"]
            withheld, holder = _withheld(verb)  # "avoided pointing the finger at Beijing"
            if at and (withheld or not is_negated(verb)):
                subj = subject_of(holder) if withheld and holder is not None and holder is not verb else \
                    _coordinated_reporter(verb, subject_of(verb), actors)
                # ("pointed the finger at Israel after two of its tankers were damaged", "..., saying Egyptian
                # officials had incited ...": the event after which, or the charge the participle states)
                reason = _reason(verb, at[0], tok, sent=sent, preps=("for", "over", "after")) or \
                    _clause_reason(verb, sent)  # ("the finger ... for Y": the parser may hang "for" on "finger")
                _emit(rows, sent=sent, cue=verb, blamer=_source(subj, actors),
                      blamers=[_source(t, actors) for t in conjuncts(subj)] if subj is not None else None,
                      targets=conjuncts(at[0]), reason=reason,
                      polarity="withheld" if withheld else "asserted",
                      negated=False, actors=actors, extra_tokens=(tok,))
        elif (lemma in ("name", "identify") or lemma == "single" and any(c.lower_ == "out" for c in tok.children)) \
                and tok.pos_ == "VERB":  # ("declining to single out Pyongyang")
            _withheld_name(tok, rows, sent=sent, actors=actors)
        elif lemma == "culprit":
            _culprit(tok, rows, sent=sent, actors=actors)
        elif lemma in ("lie", "lay") and tok.pos_ == "VERB" and not any(c.dep_ == "dobj" for c in tok.children):
            _lies_at_door(tok, rows, sent=sent, actors=actors)
        elif tok.pos_ == "VERB" and tok.dep_ in ("ccomp", "pcomp") and _asks_culprit(tok):
            _unnamed_culprit(tok, rows, sent=sent, actors=actors)
        elif low == "caused" and tok.i + 1 < sent.end and doc[tok.i + 1].lower_ == "by":
            _caused_by(tok, rows, sent=sent, actors=actors)
        elif (low in ("result", "cause", "work") and tok.pos_ == "NOUN") or (
                lemma in _CAUSE_VERBS and tok.pos_ == "VERB" and not is_passive(tok)):
            _causal(tok, rows, sent=sent, actors=actors)
    return _one_per_claim(rows)


def _one_per_claim(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Two cues read as one claim ("charged that Ethiopia was behind the arming of militias": the charge and the
    "behind") give one row: same blamer, blamed and polarity, one reason inside the other; the shorter reason
    (the act itself) stays."""
    keep = []
    for r in sorted(rows, key=lambda r: len(r.get("reason") or "")):
        same = next((k for k in keep if (k["blamer"], k["blamed"], k["polarity"]) == (r["blamer"], r["blamed"],
                     r["polarity"]) and k.get("reason") and r.get("reason") and k["reason"] in r["reason"]), None)
        if same is None:
            keep.append(r)
    return [r for r in rows if any(r is k for k in keep)]


def _is_reflexive(tok: Any) -> bool:
    return tok.lower_ in ("himself", "herself", "itself", "themselves", "oneself")


def _reflexive(own: Any, verb: Any) -> Any | None:
    """The reflexive of "has only himself to blame" / "has nobody to blame but himself", else ``None``."""
    if _is_reflexive(own):
        return own
    for t in [*verb.children, *own.children]:  # "but himself" on the verb, or coordinated with "nobody"
        if t.lower_ == "but":
            found = next((g for g in t.children if _is_reflexive(g)), None)
            if found is not None:
                return found
        if t.dep_ == "conj" and _is_reflexive(t):
            return t
    return None


def _to_task(v: Any, rows: list, *, sent: Any, actors: Any) -> None:
    """"Senegal has taken France to task for failing to reckon with the massacre": criticism of the object, for
    what follows "for" (on the verb or on "task")."""
    obj = next((c for c in v.children if c.dep_ == "dobj"), None)
    if obj is None:
        return
    task = next(g for c in v.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.lower_ == "task")
    withheld, subj, negated = _blamer_and_negation(v)
    _emit(rows, sent=sent, cue=v, blamer=_source(subj, actors), targets=conjuncts(obj),
          reason=_reason(v, task, sent=sent), polarity="withheld" if withheld else "asserted", negated=negated,
          actors=actors, extra_tokens=(task,))


#: The prepositions that carry the reason of a cue verb, by its kind (blame.yaml): "accused X of", "charged X with".
_PREPS_BY_KIND = {"object": ("of", "for", "over", "in"), "charge": ("with",)}


def _read_as_modifier(v: Any) -> bool:
    """A finite blame verb the parser read as a modifier of its object, which it made the root ("The OSCE condemned
    Belarusian authorities for ...", "Tunisia's interior minister blamed smugglers and Libyan militias for ...")."""
    obj = v.head
    return v.dep_ == "amod" and v.tag_ in ("VBD", "VBN") and obj.dep_ == "ROOT" and obj.pos_ == "NOUN" \
        and obj.i > v.i and v.lemma_.lower() in lexicon()["verbs"] and not any(
            c.dep_ in ("det", "poss") and v.i < c.i < obj.i for c in obj.children) and _modifier_subject(v) is not None


def _modifier_subject(v: Any) -> Any:
    """The subject of a verb read as a modifier: its own subject, or a name before it hung on it as an adverbial."""
    return next((c for c in v.children if c.dep_ == "nsubj" and c.i < v.i), None) or next(
        (c for c in v.children if c.dep_ in ("advmod", "npadvmod", "compound", "nmod") and c.i < v.i
         and c.pos_ == "PROPN"), None)


def _modifier_verb(v: Any, rows: list, *, sent: Any, actors: Any) -> None:
    obj = v.head
    preps = _PREPS_BY_KIND.get(lexicon()["verbs"].get(v.lemma_.lower(), "blame"), ("for", "over"))
    # (the object's demonym names it: the noun phrase of the misread root runs over the verb and its subject)
    targets = [next((c for c in t.children if c.dep_ == "amod" and c.i > v.i and demonym_state(c)), t)
               if t.lower_ in PLACE_BOUND_NOUNS else t for t in conjuncts(obj)]  # ("Libyan militias" keep their noun)
    _emit(rows, sent=sent, cue=v, blamer=_source(_modifier_subject(v), actors), targets=targets,
          reason=_reason(obj, sent=sent, preps=preps), polarity="asserted", negated=False, actors=actors)


def _verb(v: Any, rows: list, *, sent: Any, actors: Any) -> None:
    lex = lexicon()
    lemma = v.lemma_.lower()
    kind = lex["verbs"].get(lemma, "blame")
    rel = next((c for c in v.children if c.dep_ == "nsubj" and c.lower_ in ("that", "which")), None)
    draft = v.head if v.dep_ == "relcl" else v.doc[rel.i - 1] if rel is not None and rel.i > v.sent.start else None
    if rel is not None and draft is not None and draft.lemma_.lower() in _DRAFT_NOUNS and any(
            c.dep_ == "aux" and c.lower_ in ("would", "could", "might") for c in v.children):
        return  # "blocking language that would censure the government": a text that was not adopted blames no one
    # "Putin has only himself to blame", "has nobody to blame but himself"
    infinitive = lemma == "blame" and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)
    if infinitive and v.head.pos_ in ("PRON", "NOUN") and v.dep_ in ("relcl", "acl", "xcomp", "ccomp"):
        own = v.head
        have = own.head if own.head.pos_ in ("VERB", "AUX") else None
        refl = _reflexive(own, v)
        if refl is not None and have is not None:
            _emit(rows, sent=sent, cue=v, blamer=(None, None), targets=[subject_of(have)],
                  reason=_reason(v, sent=sent), polarity="asserted", negated=False, actors=actors)
        return
    if infinitive and v.dep_ == "xcomp" and v.head.lemma_.lower() == "have":
        # the small model hangs "to blame" on "has": "Putin has only himself to blame"
        own = next((c for c in v.head.children if c.dep_ == "dobj"), None)
        if own is not None and _reflexive(own, v) is not None:
            _emit(rows, sent=sent, cue=v, blamer=(None, None), targets=[subject_of(v.head)],
                  reason=_reason(v, sent=sent), polarity="asserted", negated=False, actors=actors)
            return
    if infinitive and v.dep_ in ("xcomp", "oprd", "ccomp") and v.head.lemma_.lower() == "hold":
        # "Addis Ababa holds Asmara (partly) to blame for the fighting"
        hold = v.head
        obj = next((c for c in hold.children if c.dep_ == "dobj"), None)
        if obj is not None:
            withheld, subj, negated = _blamer_and_negation(hold)
            _emit(rows, sent=sent, cue=v, blamer=_source(subj, actors), targets=conjuncts(obj),
                  reason=_reason(v, hold, sent=sent), polarity="withheld" if withheld else "asserted",
                  negated=negated, actors=actors, extra_tokens=(hold,))
        return
    # "X is to blame (for Z)"
    likely = v.head if infinitive and v.dep_ == "xcomp" and v.head.lower_ in ("likely", "certain") \
        and v.head.dep_ == "acomp" and v.head.head.lemma_ == "be" else None
    # ("the Americans were as much to blame as the British": both are blamed)
    much = v.head if infinitive and v.dep_ in ("relcl", "xcomp") and v.head.lower_ == "much" \
        and v.head.dep_ in ("acomp", "attr") and v.head.head.lemma_ == "be" else None
    degree = likely if likely is not None else much
    # (not with an object of its own: "it was the first government to blame Quito" is a blame of Quito)
    if infinitive and (v.head.lemma_ == "be" and v.dep_ in ("xcomp", "acomp", "advcl", "ccomp") or degree is not None) \
            and not any(c.dep_ == "dobj" and c.left_edge.i == v.i + 1 for c in v.children):
        # (also "Russia was most likely to blame for the damaged cable": the likelihood is the speaker's hedge)
        be = v.head if degree is None else degree.head
        subj = subject_of(be)
        if subj is None:
            return
        if (subj.lower_ == "whom" or _asks_who(subj)) and be.dep_ == "ccomp" and be.head.pos_ == "VERB":
            # "declined to say who / which side was to blame": the blamer pointedly withholds a name
            withheld, holder = _withheld(be.head)
            if withheld and holder is not None:
                _emit(rows, sent=sent, cue=v, blamer=_source(subject_of(holder), actors), targets=[None],
                      reason=_reason(v, be, sent=sent), polarity="withheld", negated=False, actors=actors,
                      extra_tokens=(holder,))
            return
        blamer = _speaker(be, actors)
        also = [g for c in v.children if c.dep_ == "prep" and c.lower_ == "as" and much is not None
                for g in c.children if g.dep_ == "pobj"]
        _emit(rows, sent=sent, cue=v, blamer=blamer, targets=conjuncts(subj) + [t for g in also for t in conjuncts(g)],
              reason=_reason(v, be, sent=sent),
              polarity="asserted", negated=is_negated(be) or is_negated(v), actors=actors, extra_tokens=(be,))
        return
    clause = next((c for c in v.children if c.dep_ == "ccomp"), None)
    if kind in ("charge", "allege") and clause is not None and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        _alleged(v, clause, rows, sent=sent, actors=actors)  # "charged that Beijing had flooded the market"
        return
    if kind == "allege":
        return
    if kind == "charge":
        # "charged Paris with funnelling arms": a 'with' phrase names the act; without it, no accusation
        obj_ = next((c for c in v.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if _reason(v, obj_, sent=sent, preps=("with",)) is None:
            return
    if kind == "pin":
        # "pinned the attack on France", "attributed the hack to North Korea": the on/to-phrase is the blamed, the
        # object the act (for "attribute"/"trace", only a harmful act: "traced the dispute to 1947" is history)
        preps = _PIN_PREPS.get(lemma, ("on", "upon"))
        obj_ = next((c for c in v.children if c.dep_ == "dobj"), None) or passive_subject(v)
        relative = obj_ is not None and obj_.lower_ in ("which", "that") and v.dep_ == "relcl"
        if relative:
            obj_ = v.head  # "the massacre, which it attributed to ISIS-K": the act the clause is about
        on = [g for c in v.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children
              if g.dep_ == "pobj"]
        reason = phrase(obj_, stop=sent) if obj_ is not None else None
        if obj_ is not None and obj_.lemma_.lower() in ("responsibility", "blame") and lemma == "lay":
            # "Responsibility for the collapse of the talks was laid at the RSF's door": the act is what it is for
            reason = _reason(obj_, sent=sent, preps=("for",)) or reason
        if relative and obj_.left_edge.i < v.left_edge.i:
            reason = sent.doc[obj_.left_edge.i:v.left_edge.i].text.strip(" ,") or reason
        if not on and obj_ is not None:  # the on-phrase hung inside the object ("the attack that killed ... on X")
            on = [g for c in obj_.subtree if c.dep_ == "prep" and c.lower_ in preps for g in c.children
                  if g.dep_ == "pobj" and _party(g, actors)["actor"] is not None][-1:]
            if on:  # the act is the object without that phrase
                reason = sent.doc[obj_.left_edge.i:on[0].head.i].text.strip(" ,")
        if not on and obj_ is not None and lemma == "pin" and obj_.lemma_.lower() != "blame":
            # or inside a phrase after it ("pinned the worst crisis since the 1990s war on Banja Luka"): the last
            # on-phrase naming a party, the act all that comes before it
            on = [g for c in v.subtree if c.dep_ == "prep" and c.lower_ in preps and c.i > obj_.i
                  for g in c.children if g.dep_ == "pobj" and _party(g, actors)["actor"] is not None][-1:]
            if on:
                reason = sent.doc[obj_.left_edge.i:on[0].head.i].text.strip(" ,")
        if _names_no_act(obj_) and reason is not None and reason.lower() == obj_.lower_:
            reason = None  # ("stopped short of condemning them": a pronoun names no act)
        if obj_ is None or not on or _party(obj_, actors)["actor"] is not None:
            return
        if lemma == "lay":  # "laid the massacres at the door of the militias" (only a door names a party)
            on = [_door(g) for g in on if g.lemma_.lower() == "door" and _door(g) is not g]
            if not on or obj_.lemma_.lower() == "blame" and not is_passive(v):
                return  # ("laid the blame at X's door" is read by the blame noun)
        elif lemma in _PIN_PREPS and (not _negative(obj_.lemma_) or _party(on[0], actors)["kind"] == "non-actor"):
            return  # (the act itself is harmful: "traced the cyberattack to Iran", not "traced missile parts to")
        withheld, holder = _withheld(v)
        subj = subject_of(holder) if withheld and holder is not None and holder.pos_ in ("VERB", "AUX") \
            else (None if is_passive(v) else subject_of(v))
        agent = next((g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        if agent is None and is_passive(v):  # ("was laid at the RSF's door by Saudi mediators": "by" on the door)
            agent = next((g for c in v.subtree if c.lower_ == "by" and c.dep_ == "prep" and c.i > v.i
                          and c.head.lemma_.lower() == "door" for g in c.children if g.dep_ == "pobj"), None)
        src = subj if subj is not None else agent
        _emit(rows, sent=sent, cue=v, blamer=_source(src, actors) if src is not None else _speaker(v, actors),
              targets=conjuncts(on[0]), reason=reason or None,
              polarity="withheld" if withheld else "asserted", negated=is_negated(v) and not withheld,
              actors=actors, blamers=[_source(t, actors) for t in conjuncts(src)] if src is not None else None)
        return
    # the small model can read "refrained from censuring Kyiv" as a gerund modifying the name: the name is the
    # object, and the refusal governs it
    glued = v if v.dep_ in ("compound", "amod") and v.tag_ == "VBG" and v.head.i == v.i + 1 \
        and v.head.pos_ == "PROPN" else None
    withheld, holder = _withheld(v.head if glued is not None else v)
    pointed = withheld and holder is v
    # ("X was blamed on Kyiv ...; Ukrainian officials denied any involvement": a denial with its own object
    # denies that object, not the clause the parser hung on it)
    # ("..., a charge the military denied", parsed with the charge as the denial's passive subject: its object)
    denied = any(a.lemma_.lower() == "deny" and not any(
        c.dep_ == "dobj" or c.dep_ == "nsubjpass" and c.lower_ != "it" and c.i < a.i for c in a.children)
                 for a in list(v.ancestors)[:3] if a.dep_ in ("ROOT", "ccomp", "conj") or a.i == v.head.i)
    went = withheld and not pointed and _pointed_negation(v)  # "did not go so far as to blame X": its "not"
    negated = (is_negated(v) and not withheld) or denied or (holder is not None and not pointed and not went
                                                             and is_negated(holder)) or (
        not withheld and v.dep_ in ("ROOT", "ccomp", "conj") and _nobody(subject_of(v)))
    if pointed:
        holder = None  # the cue itself is withheld: its own subject is the blamer
    polarity = "withheld" if withheld else "asserted"
    # "Togo's government stands accused by rights groups of ...": a participle after "stand" is a passive
    stood = v.tag_ == "VBN" and v.dep_ in ("advcl", "acomp", "xcomp", "oprd") and v.head.lemma_.lower() == "stand"
    # "Accused by Israel of reviving weapons work, Iran invited inspectors": a fronted participle is a passive
    # whose subject is the main clause's
    stood = stood or (v.tag_ == "VBN" and v.dep_ == "advcl" and v.i < v.head.i and v.head.pos_ in ("VERB", "AUX")
                      and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in v.children))
    # "Sweden, accused by Ankara of harbouring militants, tightened ...": a participle on a noun, with its agent
    reduced = v.tag_ == "VBN" and v.dep_ == "acl" and v.head.pos_ in ("PROPN", "NOUN") and any(
        c.dep_ == "agent" for c in v.children)
    if is_passive(v) or stood or reduced:
        subj = v.head if reduced else passive_subject(v) if not stood else subject_of(v.head)
        agent = None
        inside = {t.i for t in subj.subtree if not reduced or t.i < v.i} if subj is not None else set()
        for t in v.subtree:
            if t.i in inside:
                continue  # ("The commission, chaired by a Paraguayan diplomat, has been accused by Bolivia")
            if t.dep_ == "agent" or (t.lower_ == "by" and t.dep_ == "prep" and t.head.i >= v.i):
                agent = next((g for g in t.children if g.dep_ == "pobj"), agent)
                if agent is not None:
                    break
        blamer = _source(agent, actors) if agent is not None else _speaker(v, actors)
        # "criticised by Beijing and by the opposition in Seoul for ...": every agent blames
        agents = [agent] if agent is not None else []
        if agent is not None:
            agents += [t for t in conjuncts(agent) if t.i != agent.i]
            by = agent.head
            agents += [g for c in by.children if c.dep_ == "conj" and c.lower_ == "by" for g in c.children
                       if g.dep_ == "pobj"]
        blamers_ = [_source(a, actors) for a in agents] if len(agents) > 1 else None
        targets = conjuncts(subj) if subj is not None else [None]
        reason = _reason(v, sent=sent, preps=("for", "over", "of", "in") if kind != "charge" else ("with",))
        for a in agents:  # "accused by rights groups of bombing": "of" hung on the agent
            if reason is None:
                reason = _reason(a, sent=sent, preps=("of", "for", "over"))
        subj_party = _party(subj, actors) if kind == "blame" and subj is not None else None
        if subj_party is not None and (subj_party["actor"] is None or subj_party["kind"] == "owner"):
            # (also "on" hung on the agent: "was blamed by Ukrainian prosecutors on Russian forces"; and a party's
            # own loss blamed on another: "Ghana's falling exports have been blamed on the EU's rules")
            on = [g for h in [v, *agents] for c in h.children if c.dep_ == "prep" and c.lower_ in ("on", "onto")
                  and (h is v or c.i > h.i) for g in c.children if g.dep_ == "pobj"]
            if on:
                reason, targets = phrase(subj, stop=sent), _blamed_on(on[0], actors)
                if subj.lower_ in ("which", "that") and v.dep_ == "relcl":
                    # "The Peshawar mosque bombing, which has been blamed on the TTP, ...": the act it stands for
                    reason = noun_phrase(v.head).text
        if kind == "blame" and subj is None and v.dep_ in ("advcl", "acl", "relcl") and v.head.i < v.i:
            # "Drone strikes on two plants were blamed on Tehran by Riyadh" with the verb hung on "strikes": the
            # words before the auxiliary are the event
            on = [g for c in v.children if c.dep_ == "prep" and c.lower_ in ("on", "onto")
                  for g in c.children if g.dep_ == "pobj"]
            aux = [c.i for c in v.children if c.dep_ in ("auxpass", "aux") and c.i < v.i]
            if on and aux and _party(v.head, actors)["actor"] is None:
                reason = sent.doc[v.head.left_edge.i:min(aux)].text.strip() or None
                targets = conjuncts(on[0])
        if kind == "critic" and subj is not None and _party(subj, actors)["actor"] is None and reason is None:
            return
        if kind == "critic" and subj is not None and reason is None and _party(subj, actors)["kind"] == "owner" \
                and subj.pos_ == "NOUN":
            # "Thai air strikes on Cambodian positions were condemned by Phnom Penh": the act condemned, its owner
            # blamed
            reason = phrase(subj, stop=sent) or None
        _emit(rows, sent=sent, cue=v, blamer=blamer, targets=targets, reason=reason, polarity=polarity,
              negated=negated, actors=actors, blamers=blamers_)
        return
    subj = subject_of(holder) if withheld and holder is not None and holder.pos_ in ("VERB", "AUX") else None
    if subj is None and withheld and holder is not None and holder.pos_ == "ADJ":
        subj = subject_of(holder.head) if holder.dep_ in ("acomp", "xcomp") else None
    if subj is None and v.head.dep_ == "ccomp" and participle_subject(v) is not None:
        # "Thai officials said Cambodian troops had fired first, accusing Phnom Penh of ...": a participle set off
        # after a reported clause belongs to the reporting clause
        subj = participle_subject(v)
    # "Saied accused Brussels of ...", parsed with both names and the verb as modifiers of the second name (the
    # first even tagged an adjective: "Orban accused Brussels of ..."): the first name is the subject, the second
    # the object
    before = v.doc[v.i - 1] if v.i > 0 else None
    split_names = v.dep_ == "amod" and v.tag_ in ("VBD", "VBN") and before is not None \
        and v.head.i == v.i + 1 and v.head.pos_ == "PROPN" and (before.pos_ == "PROPN" or before.pos_ == "ADJ" and (
            before.text[:1].isupper() and before.lower_ not in gazetteer()["demonyms"])) \
        and before.head.i == v.head.i and any(c.dep_ == "prep" and c.lower_ in ("of", "for") for c in v.head.children)
    if split_names:
        subj = before
    if subj is None:
        subj = _unprevented(v) or subject_of(v)
    subj = _coordinated_reporter(v, subj, actors)
    chain = holder if withheld and holder is not None else v
    subj = _reporter_for_thing(chain, subj, actors)
    blamer = _source(subj, actors)
    blamers = [_source(t, actors) for t in conjuncts(subj)] if subj is not None else None
    states = _demonym_conjuncts(subj, actors) if blamers is not None and len(blamers) == 1 else []
    if states:  # "Chinese and Pakistani officials blamed ...": each state blames (one row per blamer and blamed)
        blamers = [(state, None) for state in states]
    joined = v.head.head if v.dep_ == "pcomp" and v.head.lower_ == "in" and v.head.head.lemma_.lower() == "join" \
        else None
    if blamers and joined is not None and getattr(subject_of(joined), "i", None) == subj.i:
        # "Switzerland joined the European Union in blaming Russia": the one joined blames too
        blamers += [_source(t, actors) for c in joined.children if c.dep_ == "dobj" for t in conjuncts(c)
                    if actors.describe(noun_phrase(t))["kind"] == "actor"]
    # ("Orban blamed Brussels for ..." with the finite verb read as a modifier of the name: the name is the object)
    finite_glued = v.dep_ == "amod" and v.tag_ == "VBD" and v.head.i == v.i + 1 and v.head.pos_ == "PROPN" \
        and any(c.dep_ == "nsubj" for c in v.children) or split_names
    objs = [c for c in v.children if c.dep_ in ("dobj", "dative")] or ([glued.head] if glued is not None else []) \
        or ([v.head] if finite_glued else []) or [
            c for c in v.children if c.dep_ in ("advmod", "npadvmod") and c.pos_ == "PROPN" and c.i == v.i + 1
            and any(p.dep_ == "prep" and p.lower_ in ("of", "for") and p.i == c.right_edge.i + 1 for p in v.children)]
    # (a name the parser read as a modifier of the verb: "accused Nauru of seeking more money")
    obj = objs[0] if objs else None
    if len(objs) > 1 and objs[1].pos_ == "PROPN" and objs[1].left_edge.i == objs[0].i + 1:
        obj = objs[1]  # "accused his former mentor Evo Morales": the name the parser split off is the object
    named = next((c for c in obj.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                  and c.left_edge.i == obj.i + 1), None) if obj is not None and obj.pos_ == "NOUN" else None
    if named is not None:
        obj = named  # "accused his old ally Carlos Vega of ...": the name, not the description
    if obj is not None and obj.lower_ in ("whom", "which", "who", "that"):
        obj = relative_antecedent(obj) or obj  # "Cuban authorities, whom he accused of neglecting ..."
    if obj is None:  # "condemned what it called India's groundless hype": the act so named
        # ("what it described as India's interference": the name after "as")
        obj = next((g for c in v.children if c.dep_ == "ccomp" and c.lemma_.lower() in ("call", "term", "describe")
                    and any(d.dep_ == "dobj" and d.lower_ == "what" for d in c.children)
                    for g in [*c.children, *(a for p in c.children if p.dep_ == "prep" and p.lower_ == "as"
                                             for a in p.children if a.dep_ == "pobj")]
                    if g.dep_ in ("oprd", "attr", "pobj")), None)
    preps = _PREPS_BY_KIND.get(kind, ("for", "over"))
    # "blamed France and ECOWAS for the shortages": the small model can coordinate the second name with the verb
    # and hang the reason on it
    # (tagged a verb itself: "ECOWAS")
    also = [c for c in v.children if c.dep_ == "conj" and obj is not None and c.i > obj.i
            and (c.pos_ == "PROPN" or c.text[:1].isupper() and actors.canonical(c.text) is not None)
            and not any(g.dep_ in ("nsubj", "dobj", "aux") for g in c.children)]
    # ("blamed Sudan and the RSF for the influx": the reason hung on the last conjunct)
    # (a partitive's noun: "avoided blaming any of the three governments for the stalemate")
    part = [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
            if g.dep_ == "pobj"] if obj is not None and obj.pos_ in ("PRON", "NUM", "DET") else []
    # ("accused Azerbaijani forces of opening fire", the name and its noun read as two objects: "of" on the second)
    split = [c for c in v.children if c.dep_ == "dobj" and obj is not None and c.i > obj.i
             and c.left_edge.i == obj.right_edge.i + 1]
    # ("accused Cambodia last month of withholding data": the "of" hung on the time phrase)
    when = [c for c in v.children if c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME")]
    reason = _reason(v, obj, *also, *(conjuncts(obj)[1:] if obj is not None else []), *part, *split, *when,
                     sent=sent, preps=preps)
    gapped = _gapped_pair(v, sent, actors) if obj is not None else None
    if gapped is not None:  # "criticising Minsk for its tactics and Warsaw for its treatment of asylum seekers"
        reason = gapped[0]
    if reason is None and obj is not None and obj.dep_ in ("oprd", "attr") and obj.head.dep_ == "ccomp":
        reason = _reason(obj.head, sent=sent, preps=preps)  # ("blamed what it called X for ...", on "called")
    if reason is None and obj is not None and preps != ("with",):
        # "blamed smugglers operating from Niger for the surge in fuel theft": the "for" hung on the participle
        # ("blamed Pyongyang's refusal to talk for the breakdown of the talks": hung on the act's infinitive, unless
        # the infinitive's own verb takes "for" - "the decision to pay for ...")
        reason = _reason(*[c for c in obj.children if c.dep_ == "acl" and (
            c.tag_ in ("VBG", "VBN") or c.tag_ == "VB" and c.lemma_.lower() not in _FOR_VERBS)], sent=sent,
                         preps=("for",))
    if obj is None:
        if withheld:  # "declined to condemn" with no object named
            _emit(rows, sent=sent, cue=v, blamer=blamer, targets=[None], reason=reason, polarity=polarity,
                  negated=negated, actors=actors)
        return
    if not withheld and obj.lemma_.lower() in EITHER_NOUNS and any(
            c.dep_ in ("det", "preconj") and c.lower_ == "neither" for c in obj.children):
        polarity = "withheld"  # "pointedly blamed neither side": blame withheld from each
    targets = conjuncts(obj) + [t for c in also for t in conjuncts(c)]
    if len(targets) == 1 and obj.lower_ in PLACE_BOUND_NOUNS and obj.right_edge.i + 1 < sent.end \
            and canonical_actor(actors.describe(noun_phrase(obj))["actor"] or "") is None:
        # "blamed the government in Niamey for ..." with the "in" hung on the verb: the government of that place
        nxt = sent.doc[obj.right_edge.i + 1]
        if nxt.lower_ == "in" and nxt.dep_ == "prep" and nxt.head.i == v.i and actors.place(nxt) is not None:
            targets = [g for g in nxt.children if g.dep_ == "pobj"] or targets
    listed = next((c for c in obj.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > obj.i
                   and actors.canonical(noun_phrase(c).text) not in (None, actors.canonical(noun_phrase(obj).text))
                   and any(g.dep_ == "conj" for g in c.children)), None)
    if listed is not None and obj.pos_ == "PROPN":
        targets += conjuncts(listed)  # "blamed Saudi Arabia, the UAE and the United States" (a list as apposition)
        reason = reason or _reason(*conjuncts(listed), sent=sent, preps=preps)  # (the reason hung on its last name)
    parties = _reciprocal(obj, subj, v)
    if parties:
        _each_other(rows, parties, sent=sent, cue=v, reason=reason, polarity=polarity, negated=negated,
                    actors=actors, extra_tokens=(obj,))
        return
    if kind == "blame" and _party(obj, actors)["actor"] is None:
        on = [g for c in v.children if c.dep_ == "prep" and c.lower_ in ("on", "onto")
              for g in c.children if g.dep_ == "pobj"]
        if on:
            reason, targets = phrase(obj, stop=sent), _blamed_on(on[0], actors)
        inner = [c for c in obj.subtree if c.dep_ == "prep" and c.lower_ in ("on", "onto") and c.i > obj.i
                 and any(g.dep_ == "pobj" and _party(g, actors)["actor"] is not None for g in c.children)][-1:]
        if not on and not inner:
            # "blamed the explosion at the pumping station on Kyiv" with "on" hung inside the verb's "at" phrase
            inner = [c for p in v.children if p.dep_ == "prep" and p.i == obj.right_edge.i + 1
                     and p.lower_ in ("at", "in", "near", "off", "outside") and _negative(obj.text)
                     for c in p.subtree if c.dep_ == "prep" and c.lower_ in ("on", "onto") and c.i > p.i
                     and any(g.dep_ == "pobj" and _party(g, actors)["actor"] is not None for g in c.children)][-1:]
        if not on and inner:
            # "blamed the sinking of the cargo ship on the Houthis" with the on-phrase hung inside the act
            reason = sent.doc[obj.left_edge.i:inner[0].i].text.strip(" ,") or None
            targets = conjuncts(next(g for g in inner[0].children if g.dep_ == "pobj"))
    if kind == "critic" and reason is None and obj.pos_ == "NOUN" and not is_passive(v) \
            and _party(obj, actors)["actor"] is None and _negative(obj.text):
        # "condemned the assault on Vietnamese fishermen by Chinese officers" with "by" hung on the verb: the act's
        # doer is blamed for the act
        by = next((c for c in v.children if c.dep_ == "prep" and c.lower_ == "by" and c.i == obj.right_edge.i + 1),
                  None)
        doer = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
        if doer is not None and _party(doer, actors)["actor"] is not None:
            reason = sent.doc[obj.left_edge.i:by.i].text.strip(" ,") or None
            targets = conjuncts(doer)
    if kind == "critic" and reason is None and obj.pos_ == "NOUN" and obj.lemma_.lower() in _PLAN_NOUNS and any(
            c.dep_ == "prep" and c.lower_ == "as" and any(g.pos_ == "ADJ" for g in c.children)
            for c in [*v.children, *obj.children]):
        return  # "criticised Algeria's draft budget as overly optimistic": an evaluation of a plan, no blame
    if kind == "critic" and reason is None and obj.pos_ == "NOUN" and (
            actors.describe(noun_phrase(obj))["kind"] == "non-actor" and _party(obj, actors)["kind"] == "owner"
            or obj.lemma_.lower() in PUBLICATION_NOUNS and any(c.dep_ == "poss" for c in obj.children)):
        # (a text voices its owner - "the RSF's declaration" is the RSF's - and is still what is condemned)
        # "condemned North Korea's latest missile launch" / "the US strikes on Mexican soil": the owner is blamed
        # for the act, the act is the reason - withheld too ("has refused to criticise Russia's invasion": reason
        # "invasion"; the act not condemned is stated; docs/codebook.md, session 8)
        owner = next((c for c in obj.children if c.dep_ == "poss"), None)
        cut = min([c.i for c in obj.children if c.dep_ == "prep" and (c.lower_ == "as" or c.lower_ == "by" and any(
            g.lower_ == "name" for g in c.children))] + [obj.right_edge.i + 1])  # (nor "by name")
        first = owner.right_edge.i if owner is not None else obj.left_edge.i - 1
        rest = [t for t in obj.subtree if first < t.i < cut]  # not "as a grave threat"
        reason = sent.doc[rest[0].i:rest[-1].i + 1].text.strip(" ,;:\"“”'‘’") or None if rest else None
    if kind == "critic" and withheld and reason is None and all(_party(t, actors)["actor"] is None for t in targets):
        # "declined to condemn the invasion of Ukraine": what is not condemned is the act (a pronoun names none:
        # "stopped short of condemning them")
        reason, targets = (phrase(obj, stop=sent) or None) if not _names_no_act(obj) else None, [None]
        agent = _act_agent(obj, blamer[0] if blamer else None, sent, actors) if reason else None
        if agent is not None:
            targets = [agent]  # "... fired a missile. Beijing declined to condemn the launch": the launcher
    if kind == "critic" and not withheld:
        # criticism counts as blame of a party: the object is an actor or an actor's act, or a reason is given
        targets = [t for t in targets if _party(t, actors)["actor"] is not None] or \
                  (targets if reason else [])
        if not targets:
            return
    _emit(rows, sent=sent, cue=v, blamer=blamer, targets=targets, reason=reason, polarity=polarity,
          negated=negated, actors=actors, blamers=blamers)
    if gapped is not None:
        _emit(rows, sent=sent, cue=v, blamer=blamer, targets=[gapped[1]], reason=gapped[2], polarity=polarity,
              negated=negated, actors=actors, blamers=blamers)


def _gapped_pair(v: Any, sent: Any, actors: Any) -> tuple[str | None, Any, str | None] | None:
    """"criticised Minsk for its tactics and Warsaw for its treatment of asylum seekers": a second party and reason
    with the verb left out, parsed as a name coordinated inside the first reason and a second "for" on the verb.
    Returns (the first reason, the second party, its reason), else ``None``."""
    fors = [c for c in v.children if c.dep_ == "prep" and c.lower_ == "for"]
    if len(fors) != 2:
        return None
    first = next((g for g in fors[0].children if g.dep_ == "pobj"), None)
    second = next((g for g in fors[1].children if g.dep_ == "pobj"), None)
    # (the name coordinated inside the first reason, wherever in it, right before the second "for")
    party = next((c for c in fors[0].subtree if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i > first.i
                  and c.right_edge.i + 1 == fors[1].i
                  and actors.canonical(noun_phrase(c).text) is not None), None) if first is not None else None
    if party is None or second is None:
        return None
    cut = min([c.i for c in party.head.children if c.dep_ == "cc" and c.i < party.i] + [party.left_edge.i])
    return sent.doc[first.left_edge.i:cut].text.strip(" ,") or None, party, phrase(second, stop=sent) or None


#: Texts that may or may not be adopted ("language that would censure X", "a resolution that would condemn Y").
_DRAFT_NOUNS = frozenset({"language", "wording", "text", "resolution", "draft", "motion", "amendment", "clause",
                          "paragraph"})
#: Verbs whose own "for" phrase belongs to them ("a decision to pay for the repairs"), not to a blame verb above.
_FOR_VERBS = frozenset({"pay", "ask", "call", "vote", "account", "apply", "wait", "search", "look", "care",
                        "compensate", "press", "push", "argue", "campaign", "lobby", "fight", "stand", "speak",
                        "work", "prepare", "plan", "budget", "allow", "provide", "opt", "settle", "head", "leave"})


def _alleged(v: Any, clause: Any, rows: list, *, sent: Any, actors: Any, source: Any = None) -> None:
    """"X alleged / charged that Y did Z": X blames Y (an actor) for Z (the clause without its subject); with
    ``source``, the accuser named on an accusation noun ("accusations by X that Y did Z")."""
    target = own_subject(clause)
    if target is None or _party(target, actors)["actor"] is None:
        return
    skip = {t.i for t in target.subtree} | {c.i for c in clause.children if c.dep_ in ("mark", "aux", "auxpass", "neg")}
    rest = [t for t in clause.subtree if t.i not in skip]
    reason = sent.doc[rest[0].i:rest[-1].i + 1].text.strip(" ,.;") if rest else None
    # ("Officials pointed the finger at Paris after saboteurs blew up ..., alleging that ...": a participle set off
    # by a comma belongs to the main clause, whatever verb the parser hung it on)
    subj = source if source is not None else (participle_subject(v) or subject_of(v))
    _emit(rows, sent=sent, cue=v, blamer=_source(subj, actors) if subj is not None else (None, None),
          targets=conjuncts(target), reason=reason or None, polarity="asserted",
          negated=(is_negated(v) and source is None) or is_negated(clause), actors=actors,
          blamers=[_source(t, actors) for t in conjuncts(subj)] if subj is not None else None)


def _surface_coordination(last: Any, sent: Any) -> list:
    """The named parties coordinated before ``last`` in the surface order ("Britain and the United States bore
    responsibility", parsed as one noun phrase): one token per mention, else ``[last]``."""
    doc = sent.doc
    start = last.i
    while start - 1 >= sent.start and (doc[start - 1].pos_ in ("PROPN", "DET", "ADJ", "CCONJ")
                                       or doc[start - 1].text == ","):
        start -= 1
    if not any(t.lower_ == "and" for t in doc[start:last.i]):
        return [last]
    found = [doc[i] for i, _ in mentions(doc[start:last.i + 1])]
    conj = max(t.i for t in doc[start:last.i] if t.lower_ == "and")
    # (the last mention is ``last``'s own name, whose root a broken parse may put on its article)
    return [*found[:-1], last] if len(found) > 1 and found[-1].i > conj > found[-2].i else [last]


#: Plans and drafts a critic may judge without blaming anyone ("criticised the budget as too optimistic").
_PLAN_NOUNS = frozenset({"budget", "plan", "proposal", "bill", "draft", "forecast", "projection", "estimate",
                         "strategy", "programme", "program", "agenda", "blueprint", "roadmap", "timetable",
                         "declaration", "communique", "communiqué", "text", "resolution", "decree", "guidelines",
                         "accord", "agreement", "deal", "treaty", "pact", "contract"})
#: Plural party nouns that "certain", "outside" or "foreign" leave unnamed ("blamed certain countries",
#: "outside forces"; "foreign forces" are troops, and keep their noun).
_VAGUE_PARTIES = frozenset({"countries", "powers", "forces", "actors", "governments", "states", "hands", "elements",
                            "backers", "sponsors", "players", "quarters", "circles", "meddlers", "capitals"})
_VAGUE_MODIFIERS = frozenset({"certain", "outside", "foreign"})


def _vague_party(tgt: Any) -> bool:
    """"certain countries", "outside forces": no party named (not "certain Western countries", which names the
    West, nor a conjunct beside a named party, "the council and its foreign backers")."""
    return tgt.tag_ == "NNS" and tgt.lower_ in _VAGUE_PARTIES and tgt.dep_ != "conj" and any(
        c.dep_ == "amod" and c.lower_ in _VAGUE_MODIFIERS and not (c.lower_ == "foreign" and tgt.lower_ == "forces")
        for c in tgt.children) and not any(c.dep_ in ("amod", "compound") and demonym_state(c) is not None
                                           for c in tgt.children)


#: Modifiers that leave a party unnamed ("accused unnamed foreign powers of ...").
_UNNAMED = frozenset({"unnamed", "unidentified", "unspecified", "unknown", "mysterious", "shadowy"})
#: Quantities of a responsibility ("much of the responsibility", "a share of the blame").
_SHARES = frozenset({"much", "most", "some", "part", "all", "share", "bulk", "lot", "portion", "half", "more"})


def _named_modifier(tok: Any, actors: Any) -> bool:
    """Whether ``tok`` is a capitalised name of an actor that the parser tagged as a modifier ("Kigali" as an
    adjective of "bears")."""
    return tok.dep_ in ("amod", "compound", "nmod") and tok.text[:1].isupper() and bool(actors.canonical(tok.text))


def _misparsed_subject(verb: Any, actors: Any) -> Any:
    """An actor's name the parser hung on ``verb`` as a modifier instead of its subject ("Kigali bears much of the
    responsibility", with "Kigali" an adjective), else ``None``."""
    first = next(iter(verb.lefts), None)
    return first if first is not None and first.i == verb.i - 1 and _named_modifier(first, actors) else None


def _share_of(tok: Any, dep: str) -> Any:
    """The quantity ``tok`` is a share of, when that quantity has the dependency ``dep`` ("much" in "bears much of
    the blame" as an object, in "much of the responsibility lies with" as a subject), else ``None``."""
    share = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    return share if share is not None and share.lower_ in _SHARES and share.dep_ == dep else None


def _own_denial(verb: Any, subj: Any) -> bool:
    """Does a party deny that it bears what ``verb`` says of it ("Berlin denies that it bears responsibility",
    "rejects the notion that it bears any")? ``subj`` is the verb's subject, a pronoun for the denier."""
    if subj is None or subj.pos_ != "PRON":
        return False
    gov = verb.head if verb.dep_ in ("ccomp", "acl") else None
    if gov is not None and gov.lemma_.lower() in PROPOSITION_NOUNS and gov.dep_ == "dobj":
        gov = gov.head
    return gov is not None and gov.lemma_.lower() in DENY_VERBS and not is_negated(gov)


def _responsibility(tok: Any, rows: list, *, sent: Any, actors: Any) -> None:
    lex = lexicon()
    head = tok.head
    hl = head.lemma_.lower()
    if tok.lower_ == "responsibility" and tok.dep_ == "attr" and hl == "be":
        # "This repression is the responsibility of the Venezuelan regime": the owner of the harm (not "security
        # is the responsibility of the police", a duty)
        owner = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                      if g.dep_ == "pobj"), None)
        event = subject_of(head)
        reason = phrase(event, stop=sent) if event is not None else None
        if owner is not None and _party(owner, actors)["actor"] is not None and event is not None \
                and _party(event, actors)["kind"] != "actor" and _negative(reason):
            _emit(rows, sent=sent, cue=tok, blamer=_speaker(head, actors), targets=conjuncts(owner), reason=reason,
                  polarity="asserted", negated=is_negated(head), actors=actors, extra_tokens=(head,))
        return
    if tok.pos_ == "NOUN" and tok.i >= 2 and tok.doc[tok.i - 1].lower_ in _BEAR_FORMS \
            and tok.doc[tok.i - 1].dep_ not in ("ROOT", "ccomp", "conj", "advcl", "xcomp"):
        # "Ukraine bore responsibility" mis-parsed with "bore" as a modifier: read the surface order
        target = tok.doc[tok.i - 2]
        if target.lower_ == "whole" and tok.i >= 5 and tok.doc[tok.i - 4:tok.i - 2].text.lower() == "as a":
            target = tok.doc[tok.i - 5]  # "The European Union as a whole bears responsibility"
        if target.lower_ in PLACE_BOUND_NOUNS and target.i > sent.start \
                and actors.canonical(actors.describe(noun_phrase(target))["actor"] or "") is None \
                and actors.canonical(actors.describe(noun_phrase(tok.doc[target.i - 1]))["actor"] or "") is not None:
            target = tok.doc[target.i - 1]  # "the Ethiopian government bore responsibility": the demonym's state
        said = head if tok.dep_ == "dobj" else head.head if tok.dep_ == "conj" and head.dep_ == "dobj" else None
        if said is not None and said.lemma_.lower() in syntax_lexicon()["speech_verbs"] \
                and subject_of(said) is not None:
            blamer = _source(subject_of(said), actors)  # "Cairo says the Houthis bear responsibility": the clause
            # was parsed as the object of "says", whose subject is the nearest source ("Moscow said Britain and
            # the United States bore responsibility": the same, with the clause split at "and")
        else:
            blamer = _speaker(tok, actors)
        asked = target.i > sent.start and tok.doc[target.i - 1].lower_ in ("whether", "if")  # a question
        if _own_denial(tok.doc[tok.i - 1], target):
            return  # "rejects the notion that it bears responsibility": its own denial
        if target.i >= sent.start and (target.pos_ in ("PROPN", "NOUN", "PRON") or _named_modifier(target, actors)
                                       and not asked or gazetteer()["demonyms"].get(target.lower_)):
            _emit(rows, sent=sent, cue=tok, blamer=blamer, targets=_surface_coordination(target, sent),
                  reason=_reason(tok, sent=sent), polarity="asserted", negated=False, actors=actors)
        return
    if tok.pos_ == "NOUN" and _share_of(tok, "dobj") is not None and head.head.head.lemma_.lower() in lex["bear_verbs"]:
        # "bore much of the responsibility for ...": the quantifier is the verb's object
        verb = head.head.head
        subj = subject_of(verb) or _misparsed_subject(verb, actors)
        reason = _reason(tok, verb, sent=sent)
        if subj is not None and not (verb.lemma_.lower() == "have" and not _negative(reason)):
            _emit(rows, sent=sent, cue=tok, blamer=_speaker(verb, actors), targets=conjuncts(subj), reason=reason,
                  polarity="asserted", negated=is_negated(verb), actors=actors, extra_tokens=(verb,))
        return
    if tok.pos_ == "NOUN":
        if hl in lex["self_claim_verbs"] or any(a.lemma_.lower() in lex["self_claim_verbs"]
                                                  for a in [head.head] if head.dep_ in ("xcomp", "conj")):
            return
        if tok.dep_ in ("dobj",) and (hl in lex["bear_verbs"] or head.lower_ in _BEAR_FORMS):
            # ("bore" is sometimes lemmatised as "bore")
            reason = _reason(tok, head, sent=sent)
            if hl in ("have",) and not _negative(reason):
                return
            task = any(g.dep_ == "pcomp" and g.tag_ == "VBG" and g.lemma_.lower() in _DUTY_VERBS
                       for c in tok.children if c.lower_ == "for" for g in c.children)
            if hl == "share" and task:
                return  # "the two states share responsibility for finding a settlement": a duty, not blame
            if any(g.dep_ == "pobj" and g.lemma_.lower() in _DUTY_NOUNS for c in [*tok.children, *head.children]
                   if c.dep_ == "prep" and c.lower_ == "for" for g in c.children):
                return  # "bears responsibility for the safety of coalition personnel", "for peace": a duty
            subj = subject_of(head) or _misparsed_subject(head, actors)
            if subj is None:
                return
            if task and any(c.dep_ == "det" and c.lower_ in ("each", "every", "any") for c in subj.children):
                return  # "each member state bears responsibility for notifying the others": a rule's duty
            # "bore no responsibility for the exodus" is a denial
            negated = is_negated(head) or any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children) \
                or _own_denial(head, subj)
            _emit(rows, sent=sent, cue=tok, blamer=_speaker(head, actors), targets=conjuncts(subj), reason=reason,
                  polarity="asserted", negated=negated, actors=actors, extra_tokens=(head,))
        elif tok.dep_ == "nsubj" and hl in ("lie", "rest") or (
                _share_of(tok, "nsubj") is not None and head.head.head.lemma_.lower() in ("lie", "rest")):
            # "Responsibility lies with X", "Much of the responsibility for ... lies with X"
            _lies_with(tok, head if tok.dep_ == "nsubj" else head.head.head, rows, sent=sent, actors=actors)
        return
    # adjectives: responsible / accountable / liable / culpable
    obj_np = head
    while obj_np.dep_ == "pobj" and obj_np.head.dep_ == "prep" and obj_np.head.head.pos_ in ("NOUN", "PROPN"):
        obj_np = obj_np.head.head  # "hold the crew of a tanker responsible": the adjective hung on "tanker"
    if obj_np.dep_ == "pobj" and obj_np.head.dep_ == "prep" and obj_np.head.head.lemma_.lower() == "hold":
        # "held the government in Dodoma responsible" with "in Dodoma" hung on the verb: the verb's object
        obj_np = next((c for c in obj_np.head.head.children if c.dep_ == "dobj" and c.i < obj_np.i), obj_np)
    while tok.dep_ == "amod" and obj_np.dep_ == "conj" and obj_np.head.dep_ in ("dobj", "conj"):
        obj_np = obj_np.head  # "held Washington and the E3 responsible" with the adjective on the last conjunct
    if tok.dep_ == "amod" and obj_np.dep_ == "dobj" and obj_np.head.lemma_.lower() == "hold":
        # "held Russian forces responsible" parsed with the adjective on the object noun
        head = obj_np
        verb = head.head
        withheld, subj, negated = _blamer_and_negation(verb)
        reason = _reason(tok, verb, sent=sent)
        parties = _reciprocal(head, subj, verb)
        if parties:  # "..., each holding the other responsible for ..."
            _each_other(rows, parties, sent=sent, cue=verb, reason=reason, negated=negated, actors=actors,
                        polarity="withheld" if withheld else "asserted", extra_tokens=(tok, head))
            return
        _emit(rows, sent=sent, cue=verb, blamer=_source(subj, actors), targets=conjuncts(head),
              reason=reason, polarity="withheld" if withheld else "asserted",
              negated=negated, actors=actors, extra_tokens=(tok,))
        return
    if tok.lower_ == "responsible" and tok.dep_ in ("amod", "pobj", "acomp") and head.lower_ == "as" \
            and head.head.pos_ == "VERB" and head.head.lemma_.lower() in ("name", "identify", "single", "see",
                                                                         "regard", "view", "consider", "brand"):
        # "Seoul named Pyongyang as responsible for the attack", "an indictment names three officers as responsible
        # for hacking ...": the one named, for a harm
        verb = head.head
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        reason = _reason(tok, sent=sent)
        if obj is None or obj.lower_ in ("who", "whom", "what", "which") or not _negative(reason):
            return
        withheld, subj, negated = _blamer_and_negation(verb)
        _emit(rows, sent=sent, cue=verb, blamer=_source(subj, actors), targets=conjuncts(obj), reason=reason,
              polarity="withheld" if withheld else "asserted", negated=negated, actors=actors,
              extra_tokens=(tok,))
        return
    if tok.dep_ in ("oprd", "ccomp", "xcomp", "acomp", "advcl") and hl in ("hold", "deem", "consider", "find", "judge",
                                                                   "declare", "name", "make", "see"):
        obj = next((c for c in head.children if c.dep_ in ("dobj",) and not (
            c.i > tok.i and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text == ",")), None)
        # (not a phrase after the cue and a comma that sums the claim up: "holds NATO responsible for the conflict,
        # a view that ...")
        if obj is None and tok.dep_ in ("ccomp", "xcomp"):
            obj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if obj is None and is_passive(head):  # "Russia must be held responsible for this disaster"
            obj = passive_subject(head)
            if obj is not None and hl == "hold":
                by = next((g for c in [*head.children, *tok.children] if c.dep_ == "agent" or c.dep_ == "prep"
                           and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"),
                          None)  # "ECOWAS was held responsible by Bamako"
                _emit(rows, sent=sent, cue=head, blamer=_source(by, actors) if by is not None else
                      _speaker(head, actors) if _reason(head, sent=sent, preps=("by",)) is None else (None, None),
                      targets=conjuncts(obj), reason=_reason(tok, head, sent=sent), polarity="asserted",
                      negated=is_negated(head), actors=actors, extra_tokens=(tok,))
                return
        if obj is None:
            return
        if obj.lower_ in ("which", "who", "whom", "that") and head.dep_ == "relcl" and obj.dep_ == "dobj":
            obj = relative_antecedent(obj) or obj  # "Russia, which the G7 holds responsible for the damage"
        if obj.lower_ in ("who", "whom", "what", "which") or any(c.dep_ == "det" and c.lower_ in ("which", "what")
                                                                 for c in obj.children):
            # "declined to say which group it held responsible": a question, not an accusation; withheld when a
            # withholding verb governs it
            ask = head.head if head.dep_ == "ccomp" and head.head.pos_ == "VERB" else None
            withheld, holder = _withheld(ask) if ask is not None else (False, None)
            if withheld and holder is not None:
                _emit(rows, sent=sent, cue=head, blamer=_source(subject_of(holder), actors), targets=[None],
                      reason=_reason(tok, head, sent=sent), polarity="withheld", negated=False, actors=actors,
                      extra_tokens=(tok, holder))
            return
        if hl not in ("hold", "find") and not _negative(_reason(tok, head, sent=sent)):
            return  # ("found X responsible for ..." is a finding of fault; "considers X responsible for energy" a duty)
        withheld, subj, negated = _blamer_and_negation(head)
        if not withheld:
            subj = _reporter_for_thing(head, subj, actors)
        parties = _reciprocal(obj, subj, head)
        if parties:  # "India and Pakistan held each other responsible"
            _each_other(rows, parties, sent=sent, cue=head, reason=_reason(tok, head, sent=sent), negated=negated,
                        polarity="withheld" if withheld else "asserted", actors=actors, extra_tokens=(tok, obj))
            return
        _emit(rows, sent=sent, cue=head, blamer=_source(subj, actors), targets=conjuncts(obj),
              reason=_reason(tok, head, sent=sent), polarity="withheld" if withheld else "asserted",
              negated=negated, actors=actors, extra_tokens=(tok,),
              blamers=[_source(t, actors) for t in conjuncts(subj)] if subj is not None else None)
        return
    if tok.dep_ == "acomp" and hl == "be" and tok.lower_ in ("responsible", "culpable", "guilty"):
        # ("Moscow was guilty of buying missiles", in the verb's own preposition)
        reason = _reason(tok, sent=sent, preps=("of",) if tok.lower_ == "guilty" else ("for", "over"))
        if tok.lower_ == "responsible" and (not _negative(reason) or any(
                g.dep_ == "pcomp" and g.tag_ == "VBG" and g.lemma_.lower() in _TRAINING_VERBS
                for c in tok.children if c.lower_ == "for" for g in c.children)):
            return  # ("responsible for the budget" is a duty, as "responsible for training drone operators" is;
            # "culpable" is fault whatever the reason)
        subj = subject_of(head)
        if subj is None:
            return
        found = speech_source(head)
        if found is not None and (subj.lower_ in ("we", "i") or subj.lower_ == "it" and found[0].tag_ in ("NN", "NNP")):
            return  # "An al-Qaeda affiliate said it was responsible for the ambush": a claim of its own act
        if _asks_who(subj) and head.dep_ in ("ccomp", "pcomp"):
            _open_question(tok, head, reason, rows, sent=sent, actors=actors)
            return
        _emit(rows, sent=sent, cue=tok, blamer=_speaker(head, actors), targets=conjuncts(subj), reason=reason,
              polarity="asserted", negated=is_negated(head), actors=actors, extra_tokens=(head,))


def _asks_who(subj: Any) -> bool:
    """"who", or a noun asked about ("which state", "what group")."""
    return subj.lower_ in ("who", "whoever") or any(c.dep_ == "det" and c.lower_ in ("which", "what")
                                                    for c in subj.children)


def _asker(ask: Any, question: Any) -> Any:
    """The verb that asks or withholds a question, past a belief verb the parser put between them ("declined to say
    who it believed was behind the attacks": "say", not "believed")."""
    if ask.lemma_.lower() in ("believe", "think", "suspect") and ask.dep_ == "ccomp" and ask.i < question.i:
        return ask.head
    return ask


def _open_question(tok: Any, head: Any, reason: str | None, rows: list, *, sent: Any, actors: Any) -> None:
    """"declined to say who was responsible for X", "would not speculate on which state was behind X": a question
    left open on purpose is withheld blame (blamed empty); asked or answered elsewhere, it is none."""
    ask = _asker(head.head.head if head.dep_ == "pcomp" else head.head, head)
    if any(c.lower_ == "yet" and c.dep_ == "advmod" for c in ask.children):
        return  # "Investigators have not yet said who was responsible": a finding still to come, not held back
    if ask.pos_ == "VERB" and ask.lemma_.lower() in _TELLING_VERBS:
        withheld, holder = _withheld(ask)
        if withheld and holder is not None:
            _emit(rows, sent=sent, cue=tok, blamer=_source(subject_of(holder), actors), targets=[None],
                  reason=reason, polarity="withheld", negated=False, actors=actors, extra_tokens=(ask,))


def _withheld_whether(tok: Any, be: Any, targets: list, reason: str | None, rows: list, *, sent: Any,
                      actors: Any) -> bool:
    """"refused to say whether Beijing was behind the outage", "would not say whether Beijing was at fault": a
    yes-or-no question about a named party, left open on purpose, withholds blame from that party. Emits the rows
    and returns True, else False (a question merely asked raises the blame and gives no row)."""
    if not _left_open(be) or be.head.pos_ != "VERB":
        return False
    ask = be.head
    withheld, holder = _withheld(ask)
    if not withheld or holder is None or not any(_party(t, actors)["actor"] for t in targets):
        return False
    _emit(rows, sent=sent, cue=holder, blamer=_source(subject_of(holder), actors), targets=targets, reason=reason,
          polarity="withheld", negated=False, actors=actors, extra_tokens=(ask, tok))
    return True


def _asks_culprit(verb: Any) -> bool:
    """Is ``verb`` the act of a question about its doer ("who had fired the drones", "which side started the
    clashes")?"""
    subj = own_subject(verb)
    return subj is not None and (subj.lower_ == "who" or subj.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in ("which", "what") for c in subj.children))


#: Acts whose doer a pointedly unanswered question leaves unblamed, beyond the harmful words of ``_negative``
#: ("declined to say who had fired the drones").
_ACT_VERBS = frozenset({"fire", "launch", "plant", "shoot", "strike", "hit", "cut", "sabotage", "down", "sink", "ram",
                        "detonate", "orchestrate", "order"})


def _unnamed_culprit(verb: Any, rows: list, *, sent: Any, actors: Any) -> None:
    """"declined to say who had fired the drones", "would not be drawn on which country had sabotaged the cable":
    the doer of a harmful act pointedly left unnamed is withheld blame, the blamed empty and the act the reason."""
    ask = _asker(verb.head.head if verb.dep_ == "pcomp" else verb.head, verb)
    if ask.pos_ != "VERB" or ask.lemma_.lower() not in _TELLING_VERBS | {"draw"}:
        return
    withheld, holder = _withheld(ask)
    if ask.lemma_.lower() == "draw" and is_negated(ask):
        withheld, holder = True, ask  # "Berlin would not be drawn on which country ..."
    if not withheld or holder is None:
        return
    first = min([verb.i] + [c.i for c in verb.children if c.dep_ in ("advmod", "neg") and c.i > own_subject(verb).i])
    # (not a participle hung on it after a comma: "..., calling only for restraint")
    last = max([verb.i] + [c.right_edge.i for c in verb.children if c.i > verb.i
                           and c.dep_ not in ("advcl", "conj", "cc", "parataxis", "punct")])
    act = sent.doc[first:last + 1].text.strip(" ,;:.")
    if not (_negative(act, window=None) or verb.lemma_.lower() in _ACT_VERBS):
        return  # ("declined to say who would lead the delegation": no harm, no blame)
    source = passive_subject(holder) if is_passive(holder) else subject_of(holder)
    _emit(rows, sent=sent, cue=verb, blamer=_source(source, actors), targets=[None], reason=act or None,
          polarity="withheld", negated=False, actors=actors, extra_tokens=(ask, holder))


#: Verbs of telling whose withholding leaves responsibility open ("declined to say who was responsible").
_TELLING_VERBS = frozenset({"say", "speculate", "specify", "disclose", "reveal", "identify", "tell", "guess",
                            "comment", "confirm", "state", "indicate"})


_NEGATIVE_STEMS = re.compile(r"^(stok|fuel|provok|prolong|drag|escalat|undermin|destabil|sabotag|obstruct|block|"
                             r"caus|start|tension|obstacle|failure|fragment|erosion|confront|danger|problem|"
                             r"trouble|difficult|turmoil|harm|hurt|damag|worsen|kill|destroy|attack|invad|viol|"
                             r"threat|disrupt|derail|spread|loss|lost|deteriorat|crisis|war|shell|bomb|sabre|saber|"
                             r"aggress|instab|chaos|suffer|famine|hunger|blackmail|delay|collapse|shortage|assault|"
                             r"harbo|shelter|arming|terror|breach|explos|explod|slippag|distress|militari[sz]|mismanag|"
                             r"sever(?:ed|ing|s)?$)")  # ("several" is no harm)


def _negative(reason: str | None, *, window: int | None = 6) -> bool:
    """Is the reason a negative event (lexicon ``negative_events`` or a harmful verb/noun stem in its first
    ``window`` words; ``None``: anywhere)?"""
    if not reason:
        return False
    words = re.findall(r"[a-z]+", reason.lower())
    return any(w in lexicon()["negative_events"] or _NEGATIVE_STEMS.match(w) for w in words[:window])


#: Goods a party is charged with keeping, not blamed for ("bears responsibility for the safety of ...").
_DUTY_NOUNS = frozenset({"safety", "security", "peace", "stability", "protection", "welfare", "well-being",
                         "wellbeing", "upkeep", "maintenance", "defence", "defense"})
#: Tasks a party is charged with, not blamed for ("share responsibility for finding a settlement").
_DUTY_VERBS = frozenset({"find", "protect", "maintain", "ensure", "manage", "keep", "secure", "build", "resolve",
                         "settle", "monitor", "police", "patrol", "rescue", "guard", "preserve", "implement", "uphold",
                         "safeguard", "negotiate", "fund", "finance", "deliver", "oversee", "enforce", "coordinate",
                         "restore", "rebuild", "reach", "achieve", "promote", "prevent", "conserve", "run",
                         "notify", "inform", "consult", "report"})
#: Tasks of instructors, whose "responsible for" is a duty whatever the harm in the words after them ("responsible
#: for training Malian drone operators").
_TRAINING_VERBS = frozenset({"train", "teach", "instruct", "equip", "drill", "coach"})


#: Objects that name no act of their own ("stopped short of condemning them", "This is Kyiv's fault").
_PRONOUN_ACTS = frozenset({"it", "them", "this", "that", "these", "those"})


def _names_no_act(tok: Any) -> bool:
    return tok is not None and (tok.pos_ == "PRON" or tok.lower_ in _PRONOUN_ACTS and tok.pos_ == "DET")


_CRITICISM_NOUNS = frozenset({"criticism", "condemnation", "rebuke", "censure", "reproach", "denunciation"})
_DRAW_VERBS = frozenset({"draw", "attract", "earn", "face", "receive", "prompt", "provoke", "spark", "trigger"})


def _drew_criticism(tok: Any, rows: list, *, sent: Any, actors: Any) -> None:
    """"X has drawn criticism from Y (for Z)": Y blames X; without "from Y" there is no blamer to name."""
    verb = tok.head
    source = next((g for c in [*tok.children, *verb.children] if c.dep_ == "prep" and c.lower_ == "from"
                   for g in c.children if g.dep_ == "pobj"), None)
    subj = subject_of(verb)
    if source is None or subj is None:
        return
    for blamer in conjuncts(source):
        _emit(rows, sent=sent, cue=tok, blamer=_source(blamer, actors), targets=conjuncts(subj),
              reason=_reason(tok, verb, sent=sent), polarity="asserted", negated=is_negated(verb), actors=actors,
              extra_tokens=(verb,))


_ANY_PARTY_NOUNS = frozenset({"state", "country", "government", "side", "party", "group", "culprit", "actor",
                              "perpetrator"})


#: Verbs that denounce an act, whose object is the act itself when the doer goes unnamed.
_DENOUNCING_VERBS = frozenset({"condemn", "denounce", "deplore", "decry", "criticise", "criticize", "censure"})


def _withheld_name(tok: Any, rows: list, *, sent: Any, actors: Any) -> None:
    """"Germany stopped short of naming Belarus", "declined to name any state (as responsible)": pointedly
    withheld blame, when the one not named is a party and the sentence is about harm (an attack, damage)."""
    withheld, holder = _withheld(tok)
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if not withheld or holder is None or obj is None:
        return
    responsible = next((c for c in obj.children if c.lower_ == "responsible"), None)  # "name those responsible"
    any_party = obj.lemma_.lower() in _ANY_PARTY_NOUNS and any(c.lower_ in ("any", "a", "either") for c in obj.children) \
        or responsible is not None or obj.lemma_.lower() in ("culprit", "perpetrator")
    # "avoided singling out Rwanda for criticism over the rebel advance", "refused to single out Chinese trainers over
    # a spate of arrests": blame at stake whatever the event, and the trainers' state is the one not singled out
    over, singled = [], False
    if tok.lemma_.lower() == "single":
        near = {tok.i} | {c.i for c in tok.children} | {g.i for c in tok.children for g in c.children}
        over = [g for t in tok.subtree if t.dep_ == "prep" and t.lower_ == "over" and t.head.i in near
                for g in t.children if g.dep_ == "pobj"]
        singled = bool(over) or any(g.lemma_.lower() in ("criticism", "blame", "censure", "condemnation", "rebuke")
                                    for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children)
    party = _party(obj, actors)
    named = party["kind"] in (("actor", "owner") if singled else ("actor",)) and actors.canonical(party["actor"] or "")
    stopped_short = holder.lemma_.lower() == "stop" and any(c.lower_ == "short" for c in holder.children)
    if not (any_party or named) or not (singled or _negative(sent.text, window=None) or stopped_short and named):
        return  # ("declined to name the buyer": no blame at stake; "stopped short of naming the Emirates" withholds)
    as_ = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children]
    reason = (phrase(over[0], stop=sent) or None) if singled and over else \
        _reason(tok, *as_, *([responsible] if responsible is not None else []), sent=sent)
    denounced = tok.head.head if tok.dep_ == "pcomp" and tok.head.lower_ == "without" else \
        holder.head if holder is not tok and holder.dep_ == "conj" else None
    if reason is None and denounced is not None and denounced.lemma_.lower() in _DENOUNCING_VERBS:
        # "condemning attacks on shipping without naming any country": the act condemned is what no one is blamed for
        # (also "condemned the strikes on Iran but stopped short of naming Israel")
        act = next((c for c in denounced.children if c.dep_ == "dobj"), None)
        if act is not None and _party(act, actors)["kind"] == "non-actor":
            reason = phrase(act, stop=sent) or None
    subj = subject_of(holder) if holder is not tok else subject_of(tok)
    if holder is not tok and holder.head.dep_ == "ccomp" and participle_subject(holder) is not None:
        # "UN investigators said the drone was flown by a foreign state, stopping short of naming the UAE": the
        # participle hung on the reported clause is the speaker's act
        subj = participle_subject(holder)
    _emit(rows, sent=sent, cue=tok, blamer=_source(subj, actors), targets=[None] if any_party else conjuncts(obj),
          reason=reason,
          polarity="withheld", negated=False, actors=actors,
          extra_tokens=(holder,) if holder is not tok else ())


def _spared_criticism(tok: Any, rows: list, *, sent: Any, actors: Any) -> None:
    """"X avoided any criticism of Y (for Z)": X pointedly withholds blame of Y."""
    verb = tok.head
    target = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                   if g.dep_ == "pobj"), None)
    subj = subject_of(verb)
    if target is None or subj is None or is_negated(verb):
        return
    reason = _reason(tok, verb, sent=sent)
    owner = next((c for c in target.children if c.dep_ == "poss"), None)
    if reason is None and owner is not None and target.pos_ == "NOUN" and _party(target, actors)["kind"] == "owner":
        # "avoided any criticism of China's conduct at the shoal": the owner is spared, its act is the reason (as
        # for "refused to condemn Russia's invasion")
        rest = [t for t in target.subtree if t.i > owner.right_edge.i and sent.start <= t.i < sent.end]
        reason = sent.doc[rest[0].i:rest[-1].i + 1].text.strip(" ,;:.") or None if rest else None
    _emit(rows, sent=sent, cue=tok, blamer=_source(subj, actors), targets=conjuncts(target),
          reason=reason, polarity="withheld", negated=False, actors=actors, extra_tokens=(verb,))


def _blame_noun(tok: Any, rows: list, *, sent: Any, actors: Any) -> None:
    head = tok.head
    hl = head.lemma_.lower()
    if head.lower_ in ("lay", "lays", "laid", "laying"):
        hl = "lay"  # the small model lemmatises present-tense "lay the blame" as "lie"
    if tok.dep_ == "dobj" and hl in ("apportion", "assign", "lay", "place", "attribute", "cast") \
            and head.dep_ == "pcomp" and head.head.lower_ == "without":
        # "called for an investigation without apportioning blame": pointedly withheld by the caller
        verb = head.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ in ("VERB", "AUX"):
            _emit(rows, sent=sent, cue=tok, blamer=_source(subject_of(verb), actors), targets=[None],
                  reason=None, polarity="withheld", negated=False, actors=actors, extra_tokens=(head,))
        return
    if tok.dep_ == "dobj" and hl in ("apportion", "assign", "lay", "place", "attribute", "cast") \
            and head.dep_ == "acl" and head.head.lemma_.lower() in ("attempt", "effort") and any(
                c.dep_ == "det" and c.lower_ == "no" for c in head.head.children) \
            and head.head.head.pos_ in ("VERB", "AUX"):
        # "the ministry's statement on the strike made no attempt to assign blame": pointedly withheld by the
        # one who made no attempt (a statement speaks for its author)
        verb = head.head.head
        subj = subject_of(verb)
        author = next((c for c in subj.children if c.dep_ == "poss"), None) if subj is not None \
            and subj.lemma_.lower() in ("statement", "communique", "readout", "response", "reply") else None
        on = next((g for c in subj.children if c.dep_ == "prep" and c.lower_ in ("on", "about") for g in c.children
                   if g.dep_ == "pobj"), None) if author is not None else None
        _emit(rows, sent=sent, cue=tok, blamer=_source(author if author is not None else subj, actors),
              targets=[None], reason=phrase(on, stop=sent) if on is not None else _reason(tok, head, sent=sent),
              polarity="withheld", negated=False, actors=actors, extra_tokens=(head, head.head))
        return
    share = _share_of(tok, "dobj") is not None
    if share:  # "Abuja bears much of the blame for ...": the share is the verb's object
        head = head.head.head
        hl = head.lemma_.lower()
    if (tok.dep_ == "dobj" or share) and (hl in lexicon()["bear_verbs"] or head.lower_ in _BEAR_FORMS) and hl != "have":
        # "saying the UAE bears the blame for genocide in Darfur": the subject is blamed, in its speaker's words
        subj = subject_of(head)
        if subj is not None:
            _emit(rows, sent=sent, cue=tok, blamer=_speaker(head, actors), targets=conjuncts(subj),
                  reason=_reason(tok, head, sent=sent), polarity="asserted", negated=is_negated(head),
                  actors=actors, extra_tokens=(head,))
        return
    if share:
        return
    if tok.dep_ == "dobj" and hl in ("assign", "apportion", "attribute", "allocate") \
            and not any(c.dep_ == "prep" and c.lower_ in ("on", "onto", "at", "to", "upon")
                        for c in [*head.children, *tok.children]):
        # "declined to assign blame for the suicide bombing": withheld, nobody named
        withheld, holder = _withheld(head)
        if not withheld and is_negated(head) and head.pos_ == "VERB":
            # "condemned the bombing but did not assign blame": assigning no blame at all is withholding it
            withheld, holder = True, head
        if withheld and holder is not None and holder.pos_ in ("VERB", "AUX", "ADJ"):
            subj = subject_of(holder) if holder.pos_ != "ADJ" else subject_of(holder.head)
            reason = _reason(tok, head, sent=sent)
            if reason is None and head.dep_ == "conj" and head.head.lemma_.lower() in ("condemn", "denounce",
                                                                                      "deplore", "decry"):
                # (what the same party condemned: "condemned the bombing of X but did not assign blame")
                act = next((c for c in head.head.children if c.dep_ == "dobj"), None)
                reason = phrase(act, stop=sent) if act is not None else None
            _emit(rows, sent=sent, cue=tok, blamer=_source(subj, actors), targets=[None],
                  reason=reason, polarity="withheld", negated=False, actors=actors, extra_tokens=(head,))
        return
    if tok.dep_ == "dobj" and hl in ("put", "lay", "place", "pin", "pile", "heap", "shift", "cast", "push",
                                     "deflect", "apportion", "assign", "direct", "level"):
        on = [g for c in [*head.children, *tok.children] if c.dep_ == "prep" and c.lower_ in ("on", "onto", "at",
                                                                                              "to", "upon")
              for g in c.children if g.dep_ == "pobj"]
        if not on:  # "laid the blame for the blackout on the opposition": the on-phrase hung on "blackout"
            subj_ = subject_of(head)
            skip = {t.i for t in subj_.subtree} if subj_ is not None else set()
            on = [g for c in head.subtree if c.i not in skip and c.dep_ == "prep"
                  and c.lower_ in ("on", "onto", "upon", "at")
                  for g in c.children if g.dep_ == "pobj" and (c.lower_ != "at" or g.lemma_.lower() == "door")
                  and _party(_door(g), actors)["actor"] is not None][:1]
            nested = bool(on)
        else:
            nested = False
        cut = on[0].head.i if on else None  # where the event hung with the on-phrase inside it ends
        on = [_door(g) for g in on]  # "at Moscow's door", "at the door of the coalition"
        if on:
            withheld, holder = _withheld(head)
            subj = subject_of(holder) if withheld and holder is not None else subject_of(head)
            reason = _reason(tok, head, sent=sent)
            if nested:  # the event without the on-phrase hung inside it: "for the nationwide blackout"
                event = next((g for c in [*tok.children, *head.children] if c.dep_ in ("prep", "dative")
                              and c.lower_ in ("for", "over") for g in c.children if g.dep_ == "pobj"), None)
                if event is not None and event.left_edge.i < cut:
                    end = cut
                    while end - 1 > event.left_edge.i and sent.doc[end - 1].pos_ == "ADV":
                        end -= 1  # ("for the riots squarely on X": the adverb is how the blame is laid)
                    reason = sent.doc[event.left_edge.i:end].text.strip(" ,") or reason
            _emit(rows, sent=sent, cue=tok, blamer=_source(subj, actors), targets=conjuncts(on[0]),
                  reason=reason, polarity="withheld" if withheld else "asserted",
                  negated=is_negated(head) and not withheld, actors=actors, extra_tokens=(head,))
    else:
        # "The blame lies with Moscow"; "Much of the blame for the collapse lies with Moscow"
        subject = tok if tok.dep_ == "nsubj" else None
        if _share_of(tok, "nsubj") is not None:
            subject = head.head
        verb = subject.head if subject is not None else None
        reason = None
        if verb is None or verb.lemma_.lower() not in ("lie", "rest", "fall"):
            verb, reason = _lies_in_gerund(tok)
            if verb is None:
                return
        obj = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "on")
               for g in c.children if g.dep_ == "pobj"]
        if obj:
            _emit(rows, sent=sent, cue=tok, blamer=_speaker(verb, actors), targets=conjuncts(obj[0]),
                  reason=reason or _reason(tok, sent=sent) or _said_of(verb, sent), polarity="asserted",
                  negated=is_negated(verb), actors=actors, extra_tokens=(verb,))


def _lies_in_gerund(tok: Any) -> tuple[Any, str | None]:
    """"the blame for poisoning these talks lies with Cairo", which the parser reads as a clause inside the
    gerund ("these talks lies with ..."): the verb "lies" and the act, the gerund with its object, else
    ``(None, None)``."""
    for gerund in (g for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
                   if g.dep_ == "pcomp" and g.tag_ == "VBG"):
        verb = next((c for c in gerund.children if c.dep_ == "ccomp" and c.lemma_.lower() in ("lie", "rest")
                     and any(n.dep_ == "nsubj" for n in c.children)), None)
        if verb is not None:
            return verb, tok.doc[gerund.i:verb.i].text.strip(" ,") or None
    return None, None


def _asked_about(cue: Any, sent: Any) -> str | None:
    """What a fronted question put to the blamer was about: "Asked who was responsible for the shelling near the
    plant, the nuncio declined to assign blame" (the shelling) or simply "Asked about the shelling, ...", else
    ``None``."""
    asked = next((t for t in sent if t.lemma_.lower() == "ask" and t.tag_ == "VBN" and t.i < cue.i
                  and t.i <= sent.start + 1 and cue.i not in {g.i for g in t.subtree}), None)
    if asked is None:
        return None
    about = next((g for t in asked.subtree if t.lower_ in ("responsible", "blame", "behind", "fault")
                  for c in ([t] if t.lower_ == "behind" else t.children)
                  for g in c.subtree if g.dep_ == "pobj" and g.head.lower_ in ("for", "behind")), None)
    if about is None:  # "Asked about the railway's losses, the minister would not say whether ..."
        about = next((g for c in asked.children if c.dep_ == "prep" and c.lower_ == "about" for g in c.children
                      if g.dep_ == "pobj"), None)
    return (phrase(about, stop=sent) or None) if about is not None else None


def _withheld_over(cue: Any, sent: Any, actors: Any) -> str | None:
    """The event a withheld blame is about, named by "over" on the withheld verb, its "by name", or the withholding
    verb ("refrained from condemning Russia by name over the invasion"); ``None`` when it names no thing. ("after
    X" and the statement it was withheld in, "In its statement on X", were tried: annotators code them either way,
    and they cost a read row and three sealed pairs.)"""
    chain = [cue]
    while chain[-1].dep_ in ("xcomp", "pcomp", "prep", "conj", "acomp") and len(chain) < 5 \
            and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    named = [g for t in chain for c in t.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children
             if g.dep_ == "pobj" and g.lower_ == "name"]
    for obj in (g for t in [*chain, *named] for c in t.children if c.dep_ == "prep" and c.lower_ == "over"
                for g in c.children if g.dep_ == "pobj"):
        if obj.ent_type_ not in ("DATE", "TIME") and _party(obj, actors)["kind"] != "actor":
            return phrase(obj, stop=sent) or None
    return None


def _said_of(verb: Any, sent: Any) -> str | None:
    """What the source of a quoted blame speaks of, as the reason: "'It is the fault of Paris,' a spokesman said of
    the border closure", "'The responsibility lies with X,' the minister said of the fuel shortage"."""
    if speech_source(verb) is None:
        return None
    about = spoken_of(verb)
    return (phrase(about, stop=sent) or None) if about is not None else None


#: "pin"-kind cues whose blamed party comes with another preposition than "on".
_PIN_PREPS = {"attribute": ("to",), "trace": ("to",), "lay": ("at",)}


def _lies_at_door(verb: Any, rows: list, *, sent: Any, actors: Any) -> None:
    """"The job losses lay squarely at Washington's door": the door's owner is blamed for the subject, in the words
    of whoever says so (the narrator's own when nobody does)."""
    door = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "at" for g in c.children
                 if g.dep_ == "pobj" and g.lemma_.lower() == "door"), None)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if door is None or _door(door) is door or subj is None or _party(subj, actors)["kind"] == "actor":
        return  # (a party lying at a door is no act)
    if subj.lemma_.lower() == "blame" or subj.lower_ in lexicon()["responsibility_words"]:
        reason = _reason(subj, sent=sent)  # "The blame for the famine lies at the door of the junta"
    else:
        reason = phrase(subj, stop=sent) or None
        if not _negative(reason):
            return  # "the parcel lay at the neighbour's door": no harm, no blame
    _emit(rows, sent=sent, cue=verb, blamer=_speaker(verb, actors), targets=conjuncts(_door(door)),
          reason=reason, polarity="asserted", negated=is_negated(verb), actors=actors, extra_tokens=(door,))


def _door(tok: Any) -> Any:
    """The party of "at X's door" / "at the door of X" (the token itself when it is not "door")."""
    if tok.lemma_.lower() != "door":
        return tok
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is None:
        owner = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                      if g.dep_ == "pobj"), None)
    return owner if owner is not None else tok


def _lies_with(tok: Any, verb: Any, rows: list, *, sent: Any, actors: Any) -> None:
    """"Responsibility / the fault lies with X" (``tok`` the noun, ``verb`` "lie" or "rest"): X blamed by the
    speaker, not a party the text clears ("lies not with Minsk but with Moscow")."""
    obj = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "on") for p in [c, *c.conjuncts]
           if not any(n.dep_ == "neg" for n in p.children) for g in p.children if g.dep_ == "pobj"]
    if obj:
        _emit(rows, sent=sent, cue=tok, blamer=_speaker(verb, actors), targets=conjuncts(obj[0]),
              reason=_reason(tok, sent=sent) or _said_of(verb, sent), polarity="asserted",
              negated=is_negated(verb), actors=actors, extra_tokens=(verb,))


def _fault(tok: Any, rows: list, *, sent: Any, actors: Any) -> None:
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in ("lie", "rest") and not any(
            c.dep_ == "poss" for c in tok.children):
        _lies_with(tok, tok.head, rows, sent=sent, actors=actors)  # "the fault lay with Caracas", as responsibility
        return
    target = next((c for c in tok.children if c.dep_ == "poss"), None)
    if target is None:
        # ("the fault of Paris and of its friends in Abidjan": a second "of" coordinated with the first)
        of = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in [c, *c.conjuncts]
              for g in p.children if g.dep_ == "pobj"]
        # ("the fault of retreating Iraqi troops" with the participle parsed as the verb of "troops")
        of += [d for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
               if g.dep_ == "pcomp" and g.tag_ == "VBG" for d in g.children if d.dep_ == "dobj"]
        target = of[0] if of else None
        more = of[1:] if len(of) > 1 and of[1].head.dep_ == "conj" else []
    else:
        more = []
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "above" and any(c.lower_ == "all" for c in tok.children) \
            and head.head.lemma_ == "be":
        tok_dep, head = "attr", head.head  # "is above all the fault of X", "above all" read as a preposition
    else:
        tok_dep = tok.dep_
    if target is None and tok.dep_ == "pobj" and head.lower_ == "at":  # "X is at fault"
        be = head.head
        target = subject_of(be) if be.pos_ in ("AUX", "VERB") else None
        head = be
    if target is None and tok_dep == "attr":
        return
    if target is None:
        return
    verb = head if head.pos_ in ("AUX", "VERB") else tok
    # ("Russia was at fault for two near-misses": the small model hangs the "for" on the copula)
    reason = _reason(tok, sent=sent) or (_reason(head, preps=("for",), sent=sent)
                                         if tok.dep_ == "pobj" and tok.head.lower_ == "at" else None)
    if reason is None and tok_dep == "attr" and head.lemma_ == "be":
        event = subject_of(head)  # "the collapse of the dam was Ukraine's fault"
        if event is not None and actors.describe(noun_phrase(event))["kind"] != "actor" \
                and not _names_no_act(event):  # ("the insurgents' resurgence" is an event its owner did)
            # ("This is Kyiv's fault" names no event)
            reason = phrase(event, stop=sent) or None
    if reason is None and tok_dep == "attr" and head.lemma_ == "be" and subject_of(head) is not None \
            and subject_of(head).lower_ == "it":
        # "It is Washington's fault that ships are being attacked": the extraposed clause is the event
        # (or hung on "fault" itself: "It is the commission's fault that voters were turned away")
        reason = _clause_text(next((c for c in head.children if c.dep_ == "ccomp" and c.i > tok.i), None) or next(
            (c for c in tok.children if c.dep_ in ("acl", "ccomp") and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None), sent)
    found = speech_source(verb)
    if reason is None:
        reason = _said_of(verb, sent)
    if tok.lower_ == "doing" and (found is None or not _negative(reason)):
        return  # "X's doing" blames only in a source's words and for something bad
    if tok.dep_ == "pobj" and tok.head.lower_ == "at" and _asks_who(target) and verb.dep_ in ("ccomp", "pcomp"):
        _open_question(tok, verb, reason, rows, sent=sent, actors=actors)  # "declined to say who was at fault"
        return
    if verb.pos_ in ("AUX", "VERB") and _withheld_whether(tok, verb, conjuncts(target) + more, reason, rows, sent=sent,
                                                          actors=actors):
        return
    _emit(rows, sent=sent, cue=tok, blamer=_speaker(verb, actors), targets=conjuncts(target) + more,
          reason=reason, polarity="asserted", negated=is_negated(verb) or is_negated(tok), actors=actors)


def _behind(tok: Any, rows: list, *, sent: Any, actors: Any) -> None:
    """"Moscow was behind the sabotage", in a source's words: blamed = the subject, reason = the negative event."""
    be = tok.head
    event = next((g for g in tok.children if g.dep_ == "pobj"), None)
    subj = subject_of(be)
    if event is None or subj is None or speech_source(be) is None:
        return
    reason = phrase(event, stop=sent)
    if _names_no_act(event):
        # "“The Russians are behind this,” a spokesman said of the damaged cable": what "this" is comes with
        # "said of"
        verb = speech_source(be)[1]
        said_of = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("of", "about")
                        for g in c.children if g.dep_ == "pobj"), None)
        reason = phrase(said_of, stop=sent) if said_of is not None else None
    if not _negative(reason):
        return
    if _withheld_whether(tok, be, conjuncts(subj), reason, rows, sent=sent, actors=actors):
        return
    if _asks_who(subj):
        if be.dep_ in ("ccomp", "pcomp"):  # "declined to say which state was behind the attacks"
            _open_question(tok, be, reason, rows, sent=sent, actors=actors)
        return
    _emit(rows, sent=sent, cue=tok, blamer=_speaker(be, actors), targets=conjuncts(subj), reason=reason,
          polarity="asserted", negated=is_negated(be), actors=actors, extra_tokens=(be,))


def _reciprocal(obj: Any, subj: Any, verb: Any) -> list | None:
    """The parties of a reciprocal object, each blaming every other: "Ukraine and Russia blamed each other",
    "accused one another", and a participle whose subject is "each" ("Pakistan and Iran traded strikes, each
    holding the other responsible"), which shares the subject of the clause it hangs on. ``None`` otherwise."""
    if obj is None or subj is None:
        return None
    kids = {c.lower_ for c in obj.children}
    if obj.lower_ == "other" and kids & {"each", "one"} or obj.lower_ == "one" and "another" in kids:
        parties = conjuncts(subj)
    elif obj.lower_ == "other" and "the" in kids and subj.lower_ == "each" and verb.dep_ in ("advcl", "conj"):
        main = subject_of(verb.head)
        parties = conjuncts(main) if main is not None else []
    elif obj.lower_ == "other" and "the" in kids and any(c.lower_ == "each" for c in [*subj.children,
                                                                                 *verb.children]):
        parties = conjuncts(subj)  # "Djibouti and Eritrea each blamed the other"
    else:
        return None
    return parties if len(parties) > 1 else None


def _each_other(rows: list, parties: list, *, sent: Any, cue: Any, reason: str | None, polarity: str,
                negated: bool, actors: Any, extra_tokens: tuple = ()) -> None:
    """A row for every ordered pair of reciprocal parties (the codebook's "blame each other")."""
    for a in parties:
        for b_ in parties:
            if a.i != b_.i:
                _emit(rows, sent=sent, cue=cue, blamer=_source(a, actors), targets=[b_], reason=reason,
                      polarity=polarity, negated=negated, actors=actors, extra_tokens=extra_tokens)


def _traded_modifier(tok: Any) -> Any:
    """"The army and the RSF traded blame for ..." misparsed as one noun phrase, "traded" a modifier of "blame" in
    apposition to the parties: that modifier, else ``None``."""
    if tok.dep_ != "appos" or tok.head.pos_ not in ("NOUN", "PROPN") \
            or not any(c.dep_ == "conj" for c in tok.head.children):
        return None
    return next((c for c in tok.children if c.dep_ == "amod" and c.tag_ in ("VBD", "VBN")
                 and c.lemma_.lower() in ("trade", "exchange", "swap")), None)


def _traded(tok: Any, rows: list, *, sent: Any, actors: Any) -> None:
    """"Azerbaijan and Armenia traded accusations over the shooting": each blames the other(s). A reciprocal
    blame participle after it ("traded accusations, each blaming the other for the clash") states the claim and
    gives the rows instead."""
    verb = tok.head
    subj = subject_of(verb)
    modifier = _traded_modifier(tok)
    if modifier is not None:
        verb, subj = modifier, tok.head  # (parsed as a phrase: "The army and the RSF traded blame")
    parties = conjuncts(subj) if subj is not None else []
    if len(parties) < 2:
        return
    if any(c.dep_ == "advcl" and (c.lemma_.lower() in lexicon()["verbs"] or c.lemma_.lower() == "hold") and _reciprocal(
            next((g for g in c.children if g.dep_ == "dobj"), None), own_subject(c), c) for c in verb.children):
        return
    reason = _reason(tok, verb, sent=sent, preps=("over", "for", "about", "of"))
    _each_other(rows, parties, sent=sent, cue=tok, reason=reason, polarity="asserted", negated=is_negated(verb),
                actors=actors, extra_tokens=(verb,))


#: Verbs that single out a party as the culprit ("named X as the culprit", "identified X as the culprit").
_NAMING_VERBS = frozenset({"name", "identify", "single", "brand", "label", "finger", "pinpoint", "call", "see",
                           "regard", "consider", "peg", "tag", "unmask", "expose"})


def _culprit(tok: Any, rows: list, *, sent: Any, actors: Any) -> None:
    head = tok.head
    target = None
    blamers = None
    if tok.dep_ == "attr" and head.lemma_ == "be":
        target = subject_of(head)
    elif tok.dep_ == "nsubj" and head.lemma_ == "be":
        target = next((c for c in head.children if c.dep_ == "attr"), None)
    elif tok.dep_ in ("pobj", "oprd") and (head.lower_ == "as" and head.head.lemma_.lower() in _NAMING_VERBS
                                           or head.lemma_.lower() in _NAMING_VERBS):
        # "London and Washington named Russia's military intelligence agency as the culprit behind ...": the
        # namer blames the named
        verb = head.head if head.lower_ == "as" else head
        target = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if target is None and is_passive(verb):
            target = passive_subject(verb)
            agent = _reason(verb, sent=sent, preps=("by",))
            subj = None if agent is None else next(g for c in verb.children if c.dep_ == "agent"
                                                   for g in c.children if g.dep_ == "pobj")
        else:
            subj = subject_of(verb)
        if target is None:
            return
        blamers = [_source(t, actors) for t in conjuncts(subj)] if subj is not None else None
        _emit(rows, sent=sent, cue=tok, blamer=_source(subj, actors) if subj is not None else _speaker(verb, actors),
              targets=conjuncts(target), reason=_reason(tok, sent=sent, preps=("behind", "for", "of", "in")),
              polarity="asserted", negated=is_negated(verb), actors=actors, extra_tokens=(verb,), blamers=blamers)
        return
    if tok.dep_ == "dobj" and head.lemma_.lower() in ("name", "identify") and any(
            c.dep_ == "det" and c.lower_ in ("a", "any") for c in tok.children):
        # "Helsinki stopped short of naming a culprit for the cable break": the blame held back, from no one named
        withheld, holder = _withheld(head)
        if withheld and holder is not None:
            _emit(rows, sent=sent, cue=tok, blamer=_source(subject_of(holder), actors), targets=[None],
                  reason=_reason(tok, sent=sent, preps=("for", "behind")), polarity="withheld", negated=False,
                  actors=actors, extra_tokens=(head, holder))
        return
    if target is None:
        return
    _emit(rows, sent=sent, cue=tok, blamer=_speaker(head, actors), targets=conjuncts(target),
          reason=_reason(tok, sent=sent, preps=("behind", "for", "of")), polarity="asserted",
          negated=is_negated(head), actors=actors, extra_tokens=(head,))


#: Verbs whose subject, an act of a party, brings about a harm ("NATO's expansion provoked the crisis").
_CAUSE_VERBS = frozenset({"cause", "provoke", "trigger", "spark"})


def _blamed_on(noun: Any, actors: Any) -> list[Any]:
    """Who "X was blamed on" names: each coordinated party, or the owner of an act ("blamed the boycott on pressure
    from Washington")."""
    return [t if _party(t, actors)["actor"] is not None else (_act_owner(t, actors) or t) for t in conjuncts(noun)]


def _act_owner(noun: Any, actors: Any) -> Any:
    """The party whose act ``noun`` is: "Baku's closure", "American pressure", "NATO's expansion"; else ``None``."""
    if noun is None or _party(noun, actors)["kind"] == "actor":
        return None  # a party itself, not its act
    for c in noun.children:
        if c.dep_ == "poss" and _party(c, actors)["actor"] is not None:
            return c
        if c.dep_ in ("amod", "compound") and c.i < noun.i and (
                gazetteer()["demonyms"].get(c.lower_) or actors.canonical(c.text)):
            return c
    src = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("from", "by") for g in c.children
                if g.dep_ == "pobj"), None)
    if src is not None and _party(src, actors)["kind"] == "actor" and _party(src, actors)["actor"] is not None:
        return src  # "pressure from Washington", "interference by Moscow"
    return _compound_owner(noun, actors)  # "Russian drone strikes", "RSF air raids"


def _causal(tok: Any, rows: list, *, sent: Any, actors: Any) -> None:
    """"Y was the result / the work of X's act", "X's act is the cause of Y", "X's act provoked Y": in a source's
    words (as "caused by X"), the owner of the act is blamed for Y."""
    found = speech_source(tok)
    if found is None:
        return
    if tok.pos_ == "VERB":  # "NATO's expansion provoked the crisis"
        act, effect = own_subject(tok), next((c for c in tok.children if c.dep_ == "dobj"), None)
        owner = _act_owner(act, actors)
        if owner is None or effect is None or not _negative(effect.lemma_):
            return
        reason = sent.doc[tok.i:effect.right_edge.i + 1].text
    else:
        if tok.dep_ not in ("attr", "nsubj") or tok.head.lemma_ != "be":
            return
        of = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                   if g.dep_ == "pobj"), None)
        other = next((c for c in tok.head.children if c.dep_ in ("nsubj", "attr") and c.i != tok.i), None)
        if tok.lower_ == "cause":  # "Russia's invasion is the cause of that disruption"
            owner, reason = _act_owner(other, actors), phrase(of, stop=sent) if of is not None else None
        else:  # "the shortages were the result of Baku's closure", "the fire was the work of Russian intelligence"
            owner = _act_owner(of, actors) if tok.lower_ == "result" else (
                of if of is not None and _party(of, actors)["actor"] is not None else _act_owner(of, actors))
            reason = phrase(other, stop=sent) if other is not None else None
        if owner is None or (tok.lower_ != "work" and not _negative(reason)):
            return
    _emit(rows, sent=sent, cue=tok, blamer=_source(found[0], actors), targets=[owner], reason=reason,
          polarity="asserted", negated=is_negated(tok) or is_negated(tok.head), actors=actors)


def _caused_by(tok: Any, rows: list, *, sent: Any, actors: Any) -> None:
    found = speech_source(tok)
    if found is None:  # the codebook counts "caused by X" only in a source's words
        return
    lex = lexicon()
    for a in tok.ancestors:  # up the noun phrase the participle sits in
        if a.dep_ == "prep" and a.lower_ == "for" and (a.head.lemma_.lower() in lex["verbs"]
                                                       or a.head.lower_ in lex["responsibility_words"]):
            return  # "hold Beijing responsible for any damage caused by its campaign": the cause inside the reason
        if a.pos_ in ("VERB", "AUX"):
            break
    agent = [g for c in tok.children if c.dep_ in ("agent", "prep") and c.lower_ == "by" for g in c.children
             if g.dep_ == "pobj"]
    if not agent:  # "caused by Beijing holding back water": the subject of the act after "by"
        agent = [s for c in tok.children if c.dep_ in ("agent", "prep") and c.lower_ == "by" for g in c.children
                 if g.dep_ == "pcomp" and g.tag_ == "VBG" for s in g.children if s.dep_ == "nsubj"]
    if not agent:
        return
    subj = next((c for c in tok.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    if subj is None and tok.dep_ in ("acl", "relcl"):
        subj = tok.head
    targets = [t for t in conjuncts(agent[0]) if _party(t, actors)["actor"]]
    if not targets:
        # an act of a party: "caused by Canada's manoeuvres", "by reckless manoeuvres of a Canadian frigate"
        of = next((g for c in agent[0].children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                   if g.dep_ == "pobj"), None)
        owner = _act_owner(agent[0], actors) or (
            of if of is not None and _party(of, actors)["actor"] else _act_owner(of, actors))
        targets = [owner] if owner is not None else []
    if not targets:
        return
    reason = phrase(subj, stop=sent) if subj is not None else None
    if subj is not None and _names_no_act(subj) and found[1] is not None:
        # "'This was caused by Russia,' a navy spokesman said of the mine blast": what the speaker speaks of
        of = _reason(found[1], sent=sent, preps=("of", "about"))
        reason = of or (None if subj.lower_ in _PRONOUN_ACTS or subj.pos_ == "PRON" else reason)
    _emit(rows, sent=sent, cue=tok, blamer=_source(found[0], actors), targets=targets, reason=reason,
          polarity="asserted", negated=is_negated(tok), actors=actors)
