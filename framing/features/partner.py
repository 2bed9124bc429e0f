"""Detector of ``partner_hierarchy``: language that ranks two parties, one senior (leads, provides, is needed
more), one junior (follows, receives, depends) (codebook §1).

Patterns over ``partner.yaml``: rank nouns ("the senior/junior partner", "plays second fiddle to"), status
nouns ("a vassal/client state/satellite of X"), patron nouns, provision nouns ("provides Y with political
cover", "a lifeline for Y"), dependence ("depends on", "reliant on", "at the mercy of"), control verbs
("bankrolls", "props up") and idioms ("calls the shots", "leverage over", "needs X more than X needs Y").
Business titles ("a senior partner at the consultancy"), dependence on things ("depends on tourism") and
denials ("no senior partner") give no row (denials come back as ``negated=True`` and are dropped by default).
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

import yaml

from framing.actors import (EITHER_NOUNS, GLOSS_WORDS, PERSONAL_PRONOUNS, PLACE_BOUND_NOUNS, POSSESSIVE_PRONOUNS,
                            POSTED_NOUNS, canonical_actor, comma_name, demonym_state, gazetteer, is_alias, is_state,
                            compass_point, mentions, modifier_state, noun_phrase)
from framing.features.syntax import (DENY_VERBS, PROCESS_NOUNS, PROPOSITION_NOUNS, WISH_NOUNS, cast_antecedent,
                                     conjuncts, in_question, is_dateline, is_negated, is_passive, own_subject,
                                     passive_subject, relative_antecedent, span_of, speech_source, subject_of)

FEATURE = "partner_hierarchy"
CONTEXT = (1, 1)
#: The sentences around the target are parsed only when the detector reads them (see framing.features.extract).
CONTEXT_ON_DEMAND = True
_LEX_PATH = Path(__file__).parent / "partner.yaml"


@functools.lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """The parsed ``partner.yaml``."""
    data = yaml.safe_load(_LEX_PATH.read_text(encoding="utf-8"))
    words = lambda key, f="word": frozenset(str(e[f]).lower() for e in data[key])  # noqa: E731
    return {
        "cue_regex": data["cue_regex"],
        "rank": {(e["modifier"], e["noun"]): e["rank"] for e in data["rank_nouns"]},
        "rank_nouns": frozenset(e["noun"] for e in data["rank_nouns"]),
        "status": words("status_nouns", "noun"),
        "patron": words("patron_nouns", "noun"),
        "provision": words("provision_nouns", "noun"),
        "provision_verbs": words("provision_verbs"),
        "cover_mods": words("cover_modifiers"),
        "dependence": {str(e["word"]).lower(): tuple(e["prep"]) for e in data["dependence_words"]},
        "control": words("control_verbs"),
        # their forms the small model tags as other parts of speech: past participles as an adjective in a passive
        # ("is largely underwritten by"), the present as a plural noun ("Beijing bankrolls Laos"; not "props" or
        # "bails", which need their particle)
        "control_participles": {form: v for v in words("control_verbs")
                                for form in (v + "ed", v + "d", v + v[-1:] + "ed", v[:-1] + "ten")},
        # (and the plain form after plural subjects: "Ankara and Doha bankroll much of Mogadishu's budget")
        "control_presents": {f: v for v in words("control_verbs") if v not in ("prop", "bail") for f in (v + "s", v)},
        "idioms": tuple(str(e["phrase"]).lower() for e in data["senior_idioms"]),
        "relations": words("relation_nouns"),
        "business": words("business_nouns"),
    }


@functools.lru_cache(maxsize=1)
def cue_regex() -> re.Pattern:
    """The sentence gate.

    Examples
    --------
    >>> bool(cue_regex().search("Ankara depends on Moscow for gas."))
    True
    >>> bool(cue_regex().search("The two armies held joint drills."))
    False
    """
    return re.compile(lexicon()["cue_regex"])


def _pobj(tok: Any, preps: tuple[str, ...]) -> Any:
    """The object of the first of ``tok``'s prepositions in ``preps`` that names no time ("for decades", "for half
    a century", "for most of the Cold War" are how long, not a party)."""
    for c in tok.children:
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ in preps:
            obj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if obj is not None and obj.ent_type_ not in ("DATE", "TIME") and obj.lemma_.lower() not in _TIME_NOUNS \
                    and not (c.lower_ == "for" and obj.lemma_.lower() in ("most", "much", "part") and any(
                        t.ent_type_ in ("DATE", "TIME", "EVENT") or t.lemma_.lower() in _TIME_NOUNS
                        for t in obj.subtree)):  # ("for most of the twentieth century / the Cold War")
                return obj
    return None


#: Nouns of quantity before "of leverage" ("a degree of leverage", "a measure of influence").
_AMOUNT_NOUNS = frozenset({"degree", "measure", "amount", "lot", "bit", "deal", "kind", "sort", "level"})
_TIME_NOUNS = frozenset({"decade", "year", "century", "month", "week", "day", "generation", "while", "time",
                         "period", "era", "now", "long"})


#: An owner's armed force stands for the owner ("Haftar's forces").
_ARMED_NOUNS = frozenset({"forces", "troops", "army", "military"})


#: What a party decides, taken "in" its capital ("decisions made in Riyadh and Doha").
_DECISION_NOUNS = frozenset({"decision", "choice", "whim", "policy", "order", "instruction", "calculation"})


#: What a party relies on for knowledge, not for its survival: their owner is no patron.
_INFORMATION_NOUNS = frozenset({"finding", "data", "figure", "estimate", "statistic", "study", "research", "analysis",
                                "assessment", "testimony", "forecast", "survey", "evidence"})


#: Parties named by whom they oppose: "X's enemies" are not X.
_RIVAL_NOUNS = frozenset({"enemy", "adversary", "foe", "rival", "opponent", "critic", "detractor"})


def _party(tok: Any, actors: Any, _depth: int = 0) -> tuple[str | None, str | None, str | None]:
    """(actor, person, kind) of a noun token, with owner fallbacks ("Russian gas", "Moscow's money")."""
    if tok is None:
        return None, None, None
    tok = relative_antecedent(tok)
    if tok is not None and any(c.dep_ == "relcl" for c in tok.children):
        tok = cast_antecedent(tok)  # (a relative clause on "as a partner that ...": the party cast as one)
    if tok is None:
        return None, None, None
    if tok.pos_ == "ADJ" or tok.lower_ in gazetteer()["demonyms"]:
        actor = demonym_state(tok)  # (not the pronoun "us")
        if actor:
            return actor, None, "owner"
    if tok.lower_.endswith("-led") and len(tok.text) > 4:  # "the U.S.-led coalition" as one token: its leader
        name = tok.text[:-4]
        actor = gazetteer()["demonyms"].get(name.lower()) or actors.canonical(name)
        return (actor, None, "owner") if actor else (None, None, "non-actor")
    if tok.lower_ == "capital":  # "Chinese capital", money or the city, is China's either way
        owner = modifier_state(tok)
        if owner is not None:
            return owner, None, "owner"
    # ("Russian air power" is a thing its owner has; "the Western powers" are parties)
    info = actors.describe(noun_phrase(tok)) if tok.lower_ != "power" else {"actor": None, "kind": "non-actor"}
    if info["actor"] and info["actor"].removeprefix("the ") == tok.lower_ and tok.lower_ in _ARMED_NOUNS:
        # "Jubaland's security forces", "Haftar's forces": the armed force of a place or leader the gazetteer does
        # not list is its owner's, as a state's forces are the state (not "Libya's militias", "the opposition")
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        sub = actors.describe(noun_phrase(owner)) if owner is not None else {"actor": None}
        if sub["actor"]:
            return sub["actor"], sub["person"], "owner"
    if info["actor"]:
        return info["actor"], info["person"], "actor"
    if info["kind"] is None:
        return None, None, None  # unresolved pronoun: a party we cannot name
    if tok.lemma_.lower() in _INFORMATION_NOUNS:
        return None, None, "non-actor"  # "would rely on the Commission's technical findings": facts, not a patron
    if tok.lemma_.lower() in _RIVAL_NOUNS and any(c.dep_ == "poss" for c in tok.children):
        return tok.lower_, None, "actor"  # "the patrons of Tripoli's rivals": the rivals, not Tripoli
    for c in tok.children:
        if c.dep_ == "poss":
            owner = relative_antecedent(c)  # ("China, whose rollover of loans has become a lifeline")
            sub = actors.describe(noun_phrase(owner)) if owner is not None else {"actor": None}
            if sub["actor"]:
                return sub["actor"], sub["person"], "owner"
        if c.dep_ in ("amod", "compound") or c.dep_ == "nmod" and any(g.dep_ == "conj" for g in c.children):
            # (coordinated demonyms read as a name: "Emirati and Qatari investment")
            # (a name of several words, "World Bank loans", after a capitalised first word of the sentence:
            # "Fresh World Bank financing")
            start = c.left_edge.i
            named = demonym_state(c) if not compass_point(c, tok) else None
            actor = named or (actors.canonical(c.doc[start:c.i + 1].text) or (
                actors.canonical(c.doc[start + 1:c.i + 1].text) if start == c.sent.start and start < c.i else None)
                if c.text[:1].isupper() else None)
            if actor:
                return actor, None, "owner"
    src = _pobj(tok, ("from", "by", "of"))  # "purchases by Beijing", "the economy of Belarus"
    if src is None:  # "electricity bought from Ethiopia", "loans provided by Beijing": the participle's source
        # (and the place a decision is taken: "tethered to decisions made in Riyadh and Doha")
        places = ("from", "by", "in") if tok.lemma_.lower() in _DECISION_NOUNS else ("from", "by")
        src = next((g for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"
                    for p in c.children if p.dep_ in ("prep", "agent") and p.lower_ in places
                    for g in p.children if g.dep_ == "pobj"), None)
    if src is not None:
        sub = actors.describe(noun_phrase(src))
        if sub["actor"]:
            return sub["actor"], sub["person"], "owner"
        if sub["kind"] == "non-actor" and _depth < 2:  # "a third of Cambodia's public debt"
            nested = _party(src, actors, _depth=_depth + 1)
            if nested[2] == "owner":
                return nested
    return None, None, "non-actor"


def _leader(noun: Any) -> Any:
    """The leader named in "the US-led patrols" / "the U.S.-led coalition" (one token or three), or in a relative
    clause on it ("the Mekong-Lancang framework, which Beijing dominates"), or None."""
    for c in noun.children:
        if c.dep_ == "relcl" and c.lemma_.lower() in ("lead", "dominate", "run", "control", "head", "command"):
            subj = next((g for g in c.children if g.dep_ in ("nsubj", "compound") and g.pos_ == "PROPN"
                         and g.i < c.i), None)  # (the subject read as a compound of the verb)
            if subj is not None:
                return subj
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in ("lead", "dominate", "run", "control", "head"):
            agent = next((g for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"), None)
            if agent is not None:  # "trade talks dominated by the United States"
                return agent
        if c.dep_ in ("amod", "compound") and c.lower_.endswith("-led") and len(c.text) > 4:
            return c
        if c.dep_ == "amod" and c.lower_ == "led" and c.i >= 2 and c.doc[c.i - 1].text == "-":
            return next((g for g in c.children if g.i == c.i - 2), None)
    return None


#: Verbs that bring their object down to a rank ("reduced X to a subordinate role"): their subject holds the other.
_REDUCING_VERBS = frozenset({"reduce", "relegate", "demote", "consign", "downgrade"})
#: Heads of the names of structures ("the Demerara Harbour Bridge"), which are no party.
_FACILITIES = frozenset({"bridge", "crossing", "road", "highway", "railway", "railroad", "tunnel", "pipeline", "canal",
                         "airport", "dam", "causeway", "line"})


def _acts_as_patron(tok: Any) -> bool:
    """Is the patron noun ``tok`` what its holder is, acts as or plays ("was a generous patron", "acted as patron
    of ...", "is playing patron"), one party and no list or generic class?"""
    if tok.tag_ != "NN" or any(c.dep_ == "det" and c.lower_ in ("no", "any", "every") for c in tok.children):
        return False
    if tok.dep_ == "conj" and tok.head.pos_ == "NOUN" and tok.head.i < tok.i:
        tok = tok.head  # "has become the region's paymaster and patron": as the first noun is
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("as", "like") else tok.head
    if tok.dep_ == "pobj" and verb.lemma_.lower() == "see" and is_passive(verb):
        return True  # "wants to be seen as a patron"
    if tok.dep_ in ("attr", "oprd"):
        return verb.lemma_.lower() in ("be", "become", "remain")
    if tok.dep_ == "dobj":
        return verb.lemma_.lower() == "play"
    return tok.dep_ == "pobj" and verb.pos_ == "VERB" and verb.lemma_.lower() in (
        "act", "behave", "serve", "emerge", "cast", "present", "position")


def _ends_up(verb: Any) -> bool:
    """"end up" / "wind up" with its predicate noun read as an object ("could end up a Chinese satellite")."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in ("end", "wind") and any(
        c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)


def _quote_read_as_possessive(tok: Any) -> bool:
    """"called Cambodia 'a Chinese satellite'", parsed with the opening quote as the possessive ending of the name
    before it: a quote mark, then an article."""
    doc = tok.doc
    return tok.dep_ == "poss" and tok.i + 2 < len(doc) and doc[tok.i + 1].text in ("'", "‘") \
        and doc[tok.i + 1].whitespace_ == "" and doc[tok.i].whitespace_ != "" and doc[tok.i + 2].pos_ == "DET"


def _holder(noun: Any) -> Any:
    """The party a rank/status noun is predicated of."""
    dep, head = noun.dep_, noun.head
    named = next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i == noun.i + 2
                  and noun.doc[noun.i + 1].text == "," and c.right_edge.i + 1 < len(noun.doc)
                  and noun.doc[c.right_edge.i + 1].text == ","), None) if dep in ("nsubj", "nsubjpass") else None
    if named is not None:
        return named  # "Armenia's traditional patron, Russia, was ...": the name set off in apposition
    if dep == "nsubj" and noun.i > 0 and noun.doc[noun.left_edge.i - 1].text == ",":
        # "Beijing, long the chief patron of the Maldives, has offered ...", with the name hung on the verb
        # (only a comma and adverbs between them: "Beijing, long the chief patron ...")
        first = noun.left_edge
        lead = next((c for c in head.children if c.dep_ in ("npadvmod", "dep", "nmod") and c.pos_ == "PROPN"
                     and c.i + 1 < first.i and noun.doc[c.i + 1].text == ","
                     and all(t.pos_ in ("ADV", "PUNCT") for t in noun.doc[c.i + 1:first.i])), None)
        if lead is not None:
            return lead
    if dep == "pobj" and head.lower_ == "than":  # "is little more than Putin's puppet"
        t = head
        while t.dep_ in ("prep", "amod", "advmod", "npadvmod", "quantmod") and t.head.i != t.i:
            t = t.head
        as_ = next((c for c in t.children if c.lower_ == "as" and c.i < t.i), None)
        if as_ is not None and t.head.pos_ == "VERB" and t.dep_ in ("advcl", "xcomp", "oprd", "acomp"):
            obj = next((c for c in t.head.children if c.dep_ == "dobj"), None)
            if obj is not None:  # "see Belarus as little more than a Russian satellite" ("as" parsed on "more")
                return obj
        if t.dep_ in ("attr", "acomp", "oprd") or t.pos_ in ("AUX", "VERB"):
            verb = t.head if t.dep_ in ("attr", "acomp", "oprd") else t
            return subject_of(verb) if verb.pos_ in ("AUX", "VERB") else None
        if t.dep_ == "pobj" and t.head.lower_ in ("as", "like"):  # "speak of Minsk as little more than a satellite"
            return _as_holder(t.head)
    if dep == "pobj" and head.lower_ == "but" and head.head.lower_ == "nothing" and head.head.dep_ == "attr" \
            and head.head.head.pos_ in ("AUX", "VERB"):
        return subject_of(head.head.head)  # "Niger was nothing but a French vassal"
    if dep == "conj":
        return _holder(head)
    if _swapped(noun) is not None:  # "traded French tutelage for a Russian protectorate": the one who trades
        return subject_of(_swapped(noun))
    if dep == "pobj" and head.lower_ == "of" and (head.head.lemma_.lower() in _ROLE_NOUNS or head.head.lower_ == "one"
                                                 and noun.tag_ in ("NNS", "NNPS")):
        return _holder(head.head)  # "has slipped into the role of junior partner", "one of the Taliban's patrons"
    if dep in ("attr", "oprd", "acomp") and head.pos_ in ("AUX", "VERB"):
        obj = next((c for c in head.children if c.dep_ == "dobj"), None)
        if dep == "oprd" and obj is None:  # "called Hungary a Russian satellite" with both read as predicates
            obj = next((c for c in head.children if c.dep_ == "oprd" and c.i < noun.left_edge.i
                        and c.pos_ == "PROPN"), None)
        if dep == "oprd" and obj is not None:  # "call X a vassal", "made X a client state"
            return obj
        if head.dep_ == "pcomp" and head.head.lower_ == "as" and head.head.head.pos_ == "VERB":
            # "described the DPRK as becoming a satellite of Moscow": the object of "describe"
            obj = next((c for c in head.head.head.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return obj
        return subject_of(head)
    if dep in ("ccomp", "xcomp") and noun.pos_ in ("NOUN", "PROPN"):
        own = next((c for c in noun.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if own is not None:  # "make Russia a client of ..." parsed as a small clause with its own subject
            return own
    if dep == "dobj" and _ends_up(head):
        return subject_of(head)  # "the country could end up a Chinese satellite"
    if dep == "dobj" and head.pos_ == "VERB":
        given = next((c for c in head.children if c.dep_ == "dative" and c.lower_ not in ("to", "for")), None) or next(
            (c for c in head.children if c.dep_ == "dobj" and c.i < noun.i), None)  # (the receiver read as an object)
        if given is not None and head.lemma_.lower() in ("give", "hand", "grant", "lend", "offer"):
            return given  # "That gives it the upper hand over Havana": the one given the rank
        if head.lemma_.lower() in _CASTING_VERBS or head.lemma_.lower() in ("make", "render"):
            # "Cambodia, which diplomats call a Chinese satellite"; "made Armenia Moscow's satellite"
            first = next((c for c in head.children if c.dep_ == "dobj" and c.i < noun.i), None) or next(
                (c for c in noun.children if c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN"
                 and c.i == noun.left_edge.i), None)  # ("call Panama and Peru satellites of Beijing": one noun)
            owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
            if first is None and owner is not None:
                # "call Azerbaijan NATO's satellite", the one called read as a modifier of the owner's name
                first = next((c for c in owner.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"
                              and c.i == noun.left_edge.i and canonical_actor(c.text) is not None), None)
            if first is not None:
                return first
        if head.lemma_.lower() in ("play", "have", "hold", "gain", "take", "assume", "accept", "enjoy", "wield",
                                   "retain", "keep", "embrace", "adopt", "relish", "welcome", "resent") and not any(
                c.dep_ in ("acomp", "oprd", "ccomp", "xcomp", "advcl") and c.pos_ == "ADJ" and c.i > noun.i
                for c in head.children):
            # (not a small clause: "held Pakistan and its proxies responsible" holds no role)
            return subject_of(head)
        return None
    if dep == "pobj" and head.lower_ in ("as", "like") and (head.head.pos_ in ("VERB", "AUX")
                                                         or head.head.dep_ == "pobj"):
        return _as_holder(head)  # "behaving like a Kremlin vassal" as "acting as a vassal"
    if dep == "pobj" and head.lower_ == "for" and head.head.pos_ == "VERB" \
            and head.head.lemma_.lower() in ("settle", "opt", "accept", "volunteer"):
        return subject_of(head.head)  # "Brussels has settled for a junior role to Washington"
    if dep == "pobj" and head.lower_ == "in" and head.head.pos_ in ("VERB", "AUX") \
            and noun.lemma_.lower() in ("role", "position"):
        # "Havana is in a subordinate position to Moscow", "has been placed in a junior role", "left Minsk in a
        # subordinate position": who is in it
        verb = head.head
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        return obj if obj is not None else passive_subject(verb) if is_passive(verb) else subject_of(verb)
    if dep == "pobj" and head.lower_ in ("into", "to") and head.head.pos_ in ("VERB", "AUX"):
        verb = head.head
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if head.lower_ in ("into", "to") and obj is None and is_passive(verb):
            return passive_subject(verb)
        return obj if obj is not None else subject_of(verb)
    if dep == "appos" and is_dateline(head) and head.dep_ == "nsubj" and head.head.pos_ in ("AUX", "VERB"):
        # "BELGRADE — Serbia's most dependable patron remains Moscow": the dateline parsed as the subject
        return next((c for c in head.head.children if c.dep_ == "attr"), None)
    if dep == "appos" and head.dep_ == "pobj":
        # "It is, in the words of one Lithuanian diplomat, a client state of the Kremlin": the predicate noun the
        # parser hung on the attribution's noun is the copula's, said of its subject
        be = next((a for a in head.ancestors if a.pos_ in ("AUX", "VERB")), None)
        if be is not None and be.lemma_ in ("be", "remain", "become") and not any(
                c.dep_ in ("attr", "acomp") for c in be.children) and noun.i > be.i:
            return subject_of(be)
    if dep == "appos":
        return head
    named = comma_name(noun)
    if named is not None:
        return named
    if dep in ("nsubj",) and head.pos_ in ("AUX", "VERB") and head.lemma_ in ("be", "remain", "become"):
        return next((c for c in head.children if c.dep_ == "attr"), None)  # "Serbia's patron remains Moscow"
    return None


def _foreign_turner(noun: Any, holder: Any, actors: Any) -> Any:
    """Who turns a party into a status noun with no senior of its own, when that is another state: "Tehran accused
    Riyadh of turning Bahrain into a vassal" (Saudi Arabia). A party's own government turning its country into a
    vassal names no senior ("the government turned the country into a vassal"), nor does a non-state subject."""
    if not (noun.dep_ == "pobj" and noun.head.lower_ == "into" and noun.head.head.lemma_.lower() in (
            "turn", "make", "transform", "reduce", "convert")):
        return None
    subj = subject_of(noun.head.head)
    if subj is None:
        return None
    mine, _, kind = _party(subj, actors)
    theirs = _party(holder, actors)[0]
    if kind != "actor" or mine is None or not is_state(canonical_actor(mine)) or theirs is None \
            or canonical_actor(mine) == canonical_actor(theirs):
        return None
    return subj


def _fronted(noun: Any) -> Any:
    """The main clause's subject when ``noun`` heads a fronted descriptive phrase set off by a comma ("Once Moscow's
    junior partner on energy, Kazakhstan now ships ..."), else ``None``."""
    sent = noun.sent
    comma = next((t for t in sent if t.i > noun.i and t.text == ","), None)
    if comma is None or noun.left_edge.i > sent.start + 2 or any(
            t.pos_ in ("VERB", "AUX") or t.lower_ in ("not", "whether", "if") for t in sent.doc[sent.start:comma.i]):
        return None  # ("Dominant partner or not, Beijing insists ...": no one is cast)
    root = sent.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > comma.i), None)
    return subj


def _treater(noun: Any) -> Any:
    """Who treats or runs a party as ``noun`` ("Egypt treated Sudan as a junior ally", "accused Mogadishu of
    treating Somaliland as a vassal"): the one who casts another as its dependant is the senior side."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "than" and noun.head.head.dep_ == "pobj":
        noun = noun.head.head  # "treated Niger as little more than a uranium satellite"
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("as", "like"):
        return None
    verb = noun.head.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _TREATING_VERBS:
        return None
    if is_passive(verb):  # "Romania is treated as a subordinate partner by Paris": the agent treats
        return next((g for c in verb.subtree if c.dep_ == "agent" or c.lower_ == "by" and c.dep_ == "prep"
                     and c.i > noun.i for g in c.children if g.dep_ == "pobj"), None)
    return subject_of(verb)


def _contrasted(party: Any) -> Any:
    """The party set against ``party`` in "X, not Y, ..." ("Riyadh, not Moscow, calls the shots": the one
    denied the lead is the other side), else ``None``."""
    if party is None:
        return None
    doc = party.doc
    end = party.i + 1
    while end < len(doc) and doc[end].dep_ == "flat":
        end += 1
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ != "not":
        return None
    close = next((t for t in doc[end + 2:party.sent.end] if t.text == ","), None)
    if close is None or close.i - end > 6:
        return None
    names = [t for t in doc[end + 2:close.i] if t.pos_ in ("PROPN", "NOUN")]
    return names[-1] if names else None


def _as_holder(prep_as: Any) -> Any:
    """Who is cast "as" something: the object of the verb ("regards Minsk as a satellite"), the object of its
    "of"/"about" ("speak of Minsk as ..."), else its subject ("serves as Moscow's lifeline")."""
    verb = prep_as.head
    passive = verb.head.head if verb.dep_ == "pobj" and verb.head.dep_ == "agent" else verb
    if passive.lemma_.lower() in _SUPPLANTING_VERBS:
        # "Paris has been eclipsed by Rome as Tunisia's main sponsor": the one that took the role (the "as" hung on
        # the agent or on the verb)
        agent = next((g for c in passive.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        if agent is not None:
            return agent
    while verb.pos_ not in ("VERB", "AUX") and verb.dep_ in ("pobj", "agent", "prep") and verb.head.i != verb.i:
        verb = verb.head  # "described by rights groups as a client": "as" hung on the agent's noun
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subj = subject_of(verb)
    if subj is not None and prep_as.i < subj.i < verb.i and prep_as.i == prep_as.sent.start:
        return subj  # fronted: "As the junior partner in the pact, Lisbon has no say over ..." (not "say")
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:  # ("refer to Georgia's government as Moscow's junior partner", "looks to Moscow as its protector")
        obj = _pobj(verb, ("of", "about") + (("to",) if verb.lemma_.lower() in ("refer", "look", "turn") else ()))
        obj = obj if obj is not None and obj.i > verb.i else None  # (not a fronted "To many Arab critics, X looks")
    return obj if obj is not None else subject_of(verb)


def _place_object(tok: Any, actors: Any) -> Any:
    """The object of an "in <capital>" hanging on ``tok`` when it names a state ("patron in Beijing")."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "in" and actors.place(c) is not None:
            obj = next(g for g in c.children if g.dep_ == "pobj")
            return None if _is_relation(obj) else obj  # ("in the OPEC+ alliance" is the relationship itself)
    return None


def _is_relation(tok: Any) -> bool:
    """``tok`` names a relationship between parties ("alliance", "talks", "dealings")."""
    relations = lexicon()["relations"]
    return tok.lemma_.lower() in relations or tok.lower_ in relations


def _only_other_party(sent: Any, verb: Any, senior: Any, actors: Any) -> Any:
    """"Kim Jong Un now calls the shots in the relationship, extracting oil from a Kremlin desperate for shells":
    with no junior in the phrase, the one other party named in the sentence, leaving out the source that reports
    it ("..., according to a Lithuanian intelligence report"); ``None`` when there are several or none."""
    mine = _party(senior, actors)[0]
    found = speech_source(verb)
    quoted = {t.i for t in found[0].subtree} if found is not None else set()
    # states only: a bloc or movement named beside them is where the shots are called ("within the CSTO")
    others: dict[str, int] = {}
    for i, actor in mentions(sent):
        if actor != mine and i not in quoted and is_state(actor):
            others.setdefault(actor, i)
    if not others:
        return _speaker_state(verb, mine)
    first = sent.doc[next(iter(others.values()))]
    # one party, or one coordination of them: "Turkey calls the shots, with Romania and Bulgaria supplying ships"
    together = {t.i for t in conjuncts(first)}
    return first if len(others) == 1 or all(i in together for i in others.values()) else None


def _speaker_state(cue: Any, mine: str | None) -> Any:
    """The state of the source that reports the ranking, when the sentence names no other party ("Officials in
    Tashkent concede that China is the dominant partner", "Critics in the Iraqi parliament say Washington calls the
    shots"): a local voice speaks of its own state's relationship. Its mention token, else ``None`` (several
    states, none, the ranked party itself, or diplomats posted there)."""
    found = speech_source(cue)
    if found is None or found[0].lower_ in POSTED_NOUNS:
        return None
    speaker = found[0]
    voice = range(speaker.left_edge.i, speaker.right_edge.i + 1)
    if any(i not in voice and not is_state(a) and canonical_actor(a) is not None for i, a in mentions(cue.sent)):
        return None  # the ranking is within a bloc ("Within the Eurasian Economic Union it is Moscow that calls the
        # shots, a Kazakh economist said"): its other members, not the speaker's state
    named = {a: i for i, a in mentions(cue.doc[voice.start:voice.stop]) if is_state(a)}
    if len(named) != 1 or mine in named:
        return None
    return cue.doc[next(iter(named.values()))]


def _hyphen_pair_other(rel: Any, mine: str, actors: Any) -> Any:
    """"the Cambodia-China relationship": the relation's compound modifiers name two parties; the one that is not
    ``mine``, else ``None``."""
    found, stack = {}, [c for c in rel.children if c.dep_ == "compound"]
    while stack:
        t = stack.pop()
        stack += [c for c in t.children if c.dep_ == "compound"]
        name, _, kind = _party(t, actors)
        if name is not None and kind == "actor":
            found.setdefault(name, t)
    if len(found) != 2 or mine not in found:
        return None
    return next(t for name, t in found.items() if name != mine)


def _pair_partner(sent: Any, first: Any, actors: Any) -> Any:
    """The other party of a relationship named in the sentence, when ``first`` is one of its two parties:
    "a friendship between Russia and China" (first China -> Russia); "a relationship in which Moscow once set
    the terms" (the relative clause's subject)."""
    if first is None:
        return None
    mine = _party(first, actors)[0]
    if mine is None:
        return None
    for tok in sent:
        if not _is_relation(tok):
            continue
        pair = _pobj(tok, ("between",))
        if pair is not None:
            members = conjuncts(pair)
            names = [(m, _party(m, actors)[0]) for m in members]
            if len(names) == 2 and mine in (names[0][1], names[1][1]):
                other = names[1][0] if names[0][1] == mine else names[0][0]
                if _party(other, actors)[0] not in (None, mine):
                    return other
        other = _hyphen_pair_other(tok, mine, actors)
        if other is not None:
            return other
        for c in tok.children:
            if c.dep_ == "relcl":
                subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
                name, _, kind = _party(subj, actors) if subj is not None else (None, None, None)
                if name not in (None, mine) and kind == "actor":
                    return subj
    return None


def _other(noun: Any, holder: Any) -> Any:
    """The other party of a relationship noun: possessor, of/to/with/over object, or the partner in
    "in its relationship with X"."""
    for c in noun.children:
        if c.dep_ == "poss" and c.lower_ not in ("its", "their", "his", "her") and (holder is None or c.i != holder.i):
            return c
    casting = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "as" else None
    if casting is not None and casting.lemma_.lower() in _SEEING_VERBS and any(
            c.dep_ == "poss" and c.lower_ in ("its", "their") for c in noun.children):
        # "Port Moresby treats Canberra as its senior partner": "its" is the one who casts
        subj = own_subject(casting)
        if subj is not None and (holder is None or subj.i != holder.i) and subj.lower_ not in ("which", "who", "that"):
            return subj
    for c in noun.children:  # gapping: "Paris was the senior partner and Bonn the junior one"
        if c.dep_ == "conj" and c.pos_ == "PROPN" and (holder is None or c.i != holder.i):
            return c
    obj = _pobj(noun, ("of", "to", "with", "over", "for"))
    if obj is not None and obj.head.lower_ == "with" and any(c.dep_ == "acl" and c.tag_ in ("VBN", "VBG")
                                                             for c in obj.children):
        obj = None  # "with 10,000 American troops stationed on Polish soil": a circumstance, not a partner
    if obj is not None and not _is_relation(obj) and (holder is None or obj.i != holder.i):
        return obj
    reducer = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "to" else None
    if reducer is not None and reducer.pos_ == "VERB" and reducer.lemma_.lower() in _REDUCING_VERBS \
            and not is_passive(reducer):
        # "the IMF has reduced Egypt's finance ministry to a subordinate role": the one who did, when the rank
        # names no other party ("reduced Sri Lanka to a subordinate partner of India" does)
        subj = subject_of(reducer)
        if subj is not None and (holder is None or subj.i != holder.i) and subj.lower_ not in ("which", "who", "that"):
            return subj
    # "in its dealings with Beijing", "in the relationship with Beijing"
    chain = [noun]
    for a in noun.ancestors:  # up to the clause's verb: "slipped into the role of junior partner in a ... relationship"
        chain.append(a)
        if a.pos_ in ("VERB", "AUX") or len(chain) > 5:
            break
    inside = _pobj(noun, ("in", "within"))
    owner = next((c for c in inside.children if c.dep_ == "poss"), None) \
        if inside is not None and inside.lemma_.lower() in _DESIGN_NOUNS else None
    if owner is not None and owner.lower_ not in POSSESSIVE_PRONOUNS and (holder is None or owner.i != holder.i):
        return owner  # "a subordinate partner in Washington's Indo-Pacific strategy": the owner of the design
    for t in chain:
        # "accepted a junior role alongside Washington"; "slipped into a junior role behind Beijing"
        beside = _pobj(t, ("alongside", "beside", "behind"))
        if beside is not None:
            return beside
        rel = _pobj(t, ("in", "within"))
        if rel is not None and _is_relation(rel):
            partner = _pobj(rel, ("with", "to"))
            if partner is not None:
                return partner
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _ROLE_NOUNS:
        noun = noun.head.head  # "accepted the role of a junior partner to Washington" ("to" hung on the verb)
        to = _pobj(noun, ("to",))  # ("slipped into the role of junior partner to China": "to" hung on the role)
        if to is not None and not _is_relation(to) and (holder is None or to.i != holder.i):
            return to
    verb = noun.head if noun.dep_ in ("attr", "dobj", "oprd") else None
    if verb is not None:
        # "For Minsk, Moscow is the senior partner" ("to" first: "For all the talk of X, Seoul plays second fiddle to
        # Washington")
        obj = _pobj(verb, ("to",)) or _pobj(verb, ("over",)) or _pobj(verb, ("for",))
        if obj is not None:
            return obj
    for t in chain:  # last: "the dominant partner in any joint lithium strategy with Argentina", a named party
        rel = _pobj(t, ("in", "within"))
        with_ = _pobj(rel, ("with",)) if rel is not None else None
        if with_ is not None and with_.pos_ == "PROPN" and canonical_actor(noun_phrase(with_).text) is not None \
                and (holder is None or with_.i != holder.i):
            return with_
    return None


def _forum(tok: Any) -> bool:
    """A group of states, not a business group: "the BRICS working group", "the contact group on Libya"."""
    return tok.lemma_.lower() == "group" and any(c.lower_ in ("working", "contact", "negotiating", "expert", "steering")
                                                 for c in tok.children)


def _business(noun: Any) -> bool:
    """A job title or a venture: "a senior partner at the Turin law firm X", "junior partner in the joint venture"."""
    biz = lexicon()["business"]
    # (the phrase may hang on the copula: "it was a junior partner in the offshore joint venture")
    copula = [noun.head] if noun.dep_ == "attr" and noun.head.lemma_ in ("be", "become", "remain") else []
    for c in [g for t in [noun, *copula] for g in t.children if t is noun or g.i > noun.i]:
        if c.dep_ == "prep" and c.lower_ in ("at", "in", "of", "with") and not any(g.dep_ == "pcomp"
                                                                                   for g in c.children):
            # (not an absolute clause: "..., with Chinese state companies deciding how much is pumped")
            # (not inside a relative clause on the party named: "its relationship with France, whose energy giant
            # steers the oil project")
            aside = {g.i for t in c.subtree if t.dep_ == "relcl" for g in t.subtree}
            if any(t.lemma_.lower() in biz and not _forum(t) and t.i not in aside for t in c.subtree):
                return True
    if noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.pos_ == "VERB":
        # "joined the Dublin office of an international law firm as a senior partner" (or "served as junior partner
        # in the consortium", the venture after the verb)
        return any(t.lemma_.lower() in biz for c in noun.head.head.children if c.dep_ == "dobj" or c.dep_ == "prep"
                   and c.lower_ in ("in", "at") and c.i > noun.i for t in c.subtree)
    return False


#: Decision makers another party leans on to act ("leaned on Japanese officials to drop the tariffs": pressure).
_DECIDER_NOUNS = frozenset({"official", "leader", "minister", "diplomat", "government", "authority", "negotiator",
                            "lawmaker", "regulator", "ally", "partner"})
#: A party's designs or arrangements in which another is ranked ("a junior partner in Beijing's Belt and Road plan",
#: "the senior partner in Poland's security arrangements": the owner is the other party).
_DESIGN_NOUNS = frozenset({"strategy", "plan", "plans", "initiative", "project", "scheme", "vision", "design",
                           "designs", "ambition", "ambitions", "agenda", "order", "architecture", "arrangement",
                           "arrangements"})
#: Nouns a status noun can qualify as a compound ("a client state", "an Emirati proxy militia").
_STATUS_HEADS = frozenset({"state", "regime", "government", "kingdom", "militia", "force", "group", "army"})
#: Verbs that cast their object (or passive subject) "as" something ("seen as a lifeline for Cairo"); negated, they
#: deny a rank ("does not see Denmark as a junior partner").
_SEEING_VERBS = frozenset({"see", "regard", "view", "describe", "consider", "hail", "portray", "present", "call",
                           "cast", "depict", "characterise", "characterize", "treat"})
#: Verbs whose subject receives a provision from the party after "from" ("enjoys diplomatic cover from Beijing").
_RECEIVING_VERBS = frozenset({"enjoy", "receive", "get", "obtain", "win", "secure", "seek", "need", "want"})
#: Events a party can pay for in a place that is not thereby its junior ("bankrolled the talks in Doha").
_EVENT_NOUNS = frozenset({"talk", "talks", "conference", "summit", "negotiation", "meeting", "election", "campaign",
                          "operation", "mission", "tournament", "festival", "games", "forum"})
#: Verbs whose subject, a party's cover or shield, works for their object ("X's diplomatic cover has shielded Y").
_SHIELDING_VERBS = frozenset({"allow", "shield", "protect", "let", "enable", "spare", "insulate", "save"})
#: Verbs with which orders taken from a party rank it above the taker.
_ORDER_VERBS = frozenset({"take", "follow", "receive", "get", "await", "obey"})
#: Nouns whose "of" names a rank ("the role of junior partner").
_ROLE_NOUNS = frozenset({"role", "position", "status", "place"})
#: Verbs that give their object a status in a second object ("call X a satellite").
_CASTING_VERBS = frozenset({"call", "label", "brand", "dub", "deem", "consider", "term", "name"})
#: Verbs whose agent takes over a role from their subject ("was eclipsed by Rome as Tunisia's main sponsor").
_SUPPLANTING_VERBS = frozenset({"eclipse", "replace", "supplant", "overtake", "displace", "surpass", "succeed",
                                "outstrip", "usurp"})
#: Verbs whose subject handles its object as a dependant ("treats X as a vassal", "ran X as a protectorate").
_TREATING_VERBS = frozenset({"treat", "handle", "run", "rule", "govern", "administer", "use"})
#: Causes a person is the patron of ("a patron of a temple charity", "patron of the arts"): no party ranked.
_GOOD_CAUSES = frozenset({"charity", "foundation", "art", "arts", "festival", "museum", "orchestra", "hospital",
                          "school", "society", "trust", "appeal", "hospice", "gallery", "library", "theatre"})
#: Verbs whose subject gains dependants as its object ("is collecting client states", "cultivated proxies").
_ACQUIRING_VERBS = frozenset({"collect", "acquire", "gather", "cultivate", "amass", "accumulate", "recruit"})
#: Verbs that reject a suggestion or an idea named as their object ("objects to any suggestion that ..."); not a
#: ranking itself ("objected to being cast as the junior partner" accepts that it is one).
_DENY_CLAIM_VERBS = DENY_VERBS | {"balk", "baulk", "object", "bridle"}
#: Currencies are propped up, but they are not parties (an economy or a market names its owner instead).
#: Modifiers of "satellite" that make it hardware in orbit, not a client state.
_HARDWARE = frozenset({"spy", "reconnaissance", "surveillance", "military", "communications", "communication",
                       "weather", "navigation", "imaging", "earth-observation", "observation", "commercial", "orbiting",
                       "internet", "broadband", "television", "tv", "radar", "early-warning", "geostationary", "lunar",
                       "artificial", "space", "nuclear", "missile", "launch", "orbital"})
_NOT_PARTIES = frozenset({"naira", "rouble", "ruble", "rupee", "lira", "yuan", "renminbi", "peso", "rand", "dollar",
                          "euro", "pound", "sterling", "won", "yen", "dong", "kwacha", "cedi", "shilling", "hryvnia",
                          "tenge", "dinar", "rial", "riyal", "dirham", "real", "baht", "ringgit", "rupiah", "currency",
                          "currencies"})


def _denied(cue: Any) -> bool:
    """The ranking sits in a claim the text's source rejects ("rejected any suggestion that X was Y's junior
    partner", "denied that Minsk is a vassal")."""
    noun = cue.head if cue.dep_ == "compound" else cue
    than = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "than" else next(
        (c for c in noun.head.children if c.dep_ == "cc" and c.lower_ == "than"), None) if noun.dep_ == "conj" else None
    if than is not None and any(g.lower_ == "rather" for g in than.children):
        return True  # "portrays X as a loyal ally rather than a client state": the ranking set aside
    climbed = [cue]
    for a in list(cue.ancestors)[:8]:
        if climbed and climbed[-1].dep_ == "conj" and climbed[-1].pos_ in ("VERB", "AUX"):
            break  # a coordinated clause asserts on its own ("X rejects the idea ..., but diplomats say Y relies on Z")
        climbed.append(a)
        if a.pos_ == "NOUN" and a.lemma_.lower() in PROPOSITION_NOUNS and (
                a.head.lemma_.lower() in _DENY_CLAIM_VERBS or a.dep_ == "pobj" and a.head.lower_ in ("at", "to")
                and a.head.head.lemma_.lower() in _DENY_CLAIM_VERBS):
            return True  # (and "bristles at / objects to any suggestion that ...", the verb even read as a noun)
        if a.pos_ in ("VERB", "AUX") and a.lemma_.lower() in DENY_VERBS and a.i < cue.i:
            below = climbed[-2] if len(climbed) > 1 else None
            if below is not None and below.dep_ == "advcl" and any(c.dep_ == "nsubj" for c in below.children):
                return False  # "commentators bristled when a paper cast Hanoi as ...": the paper's act, reported
            noun = cue.head if cue.dep_ == "compound" else cue  # ("a Saudi client state")
            while noun.dep_ == "pobj" and noun.head.lower_ == "than" and noun.head.head.dep_ == "pobj":
                noun = noun.head.head  # "dismiss X as little more than an Emirati proxy"
            if noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.i == a.i:
                return False  # "dismiss Manila as an American pawn" casts it; it does not deny a ranking
            return True
    return False


def _disavowed(cue: Any) -> bool:
    """The ranking is something a party has no wish for ("has no intention of playing second fiddle")."""
    for a in list(cue.ancestors)[:4]:
        if a.pos_ == "NOUN" and a.lemma_.lower() in WISH_NOUNS and any(
                c.dep_ == "det" and c.lower_ == "no" for c in a.children):
            return True
    return False


def _providers(tok: Any, actors: Any) -> list[Any]:
    """The parties behind a providing thing, one per coordinated name ("deposits from Riyadh, Abu Dhabi and
    Doha", "Gulf money, mostly from Saudi Arabia and the UAE"); ``[tok]`` when it names no such list."""
    if tok is None or _party(tok, actors)[2] != "owner":
        return [tok]
    for t in tok.subtree:
        if t.dep_ == "prep" and t.lower_ in ("from", "by"):
            src = next((g for g in t.children if g.dep_ == "pobj"), None)
            if src is not None and _party(src, actors)[2] == "actor":
                named = [c for c in conjuncts(src) if _party(c, actors)[2] == "actor"]
                return named if len(named) > 1 else [tok]
    return [tok] + _more_owners(tok, actors)  # ("Saudi and Qatari deposits": each demonym a provider)


#: A party's own firms, which it may subsidise or bail out without ranking anyone ("its electrolyser makers").
_OWN_FIRMS = frozenset({"maker", "company", "firm", "producer", "manufacturer", "exporter", "industry", "carmaker",
                        "automaker", "bank", "lender", "farmer", "business", "champion", "shipyard", "airline"})


def _both_named(senior: Any, junior: Any, actors: Any) -> tuple[str, list[str]] | None:
    """For a side written "both <capitals/sides/...>" ("its leverage over both capitals", "dependent on both
    capitals"): which side it is and the two parties the passage sets side by side (``Actors.paired_parties``,
    the other side excluded); ``None`` when there is no such side or no such pair."""
    for name, side, other in (("junior", junior, senior), ("senior", senior, junior)):
        if side is None or side.lemma_.lower() not in EITHER_NOUNS or not any(
                c.dep_ == "det" and c.lower_ == "both" for c in side.children) or any(
                c.dep_ == "conj" for c in side.children):
            continue
        names = actors.paired_parties(side, {_party(other, actors)[0] if other is not None else None})
        if names:
            return name, names
    return None


def _cannot_remain(cue: Any) -> bool:
    """"cannot / could not remain (at the mercy of) X": the state is presupposed, only its lasting is refused."""
    verb = next((a for a in [cue, *list(cue.ancestors)[:3]] if a.lemma_.lower() in ("remain", "stay")), None)
    return verb is not None and any(c.dep_ == "neg" for c in verb.children) and any(
        c.dep_ == "aux" and c.lower_ in ("can", "could", "ca") for c in verb.children)


#: Plural party nouns that, on their own, name no party in particular ("smaller states", "African governments").
_GENERIC_PLURALS = frozenset({"states", "countries", "governments", "nations", "regimes", "capitals"})
#: Nouns that count what their "of" names ("a growing number of governments").
_COUNT_NOUNS = frozenset({"number", "handful", "host", "string", "series", "clutch"})


def _emit(rows: list, *, sent: Any, cue: Any, senior: Any, junior: Any, actors: Any, negated: bool,
          tokens: tuple = (), require_both: bool = False, thing_senior: bool = False,
          junior_name: str | None = None, senior_name: str | None = None) -> None:
    if any(who is not None and who.lemma_.lower() in _NOT_PARTIES for who in (senior, junior)):
        return  # "sold reserves to prop up the naira"
    paired = _both_named(senior, junior, actors) if junior_name is None and senior_name is None else None
    if paired is not None:
        side, names = paired
        for name in names:
            _emit(rows, sent=sent, cue=cue, senior=senior, junior=junior, actors=actors, negated=negated,
                  tokens=tokens, require_both=require_both, thing_senior=thing_senior,
                  junior_name=name if side == "junior" else None, senior_name=name if side == "senior" else None)
        return
    if not isinstance(cue, str) and _denied(cue):
        negated = True
    if negated and not isinstance(cue, str) and _cannot_remain(cue):
        negated = False  # "Ethiopia cannot remain at the mercy of Djibouti": it is, and says it must not stay so
    for who in (senior, junior):  # "plays second fiddle to neither Moscow nor Beijing": a denial of each
        while who is not None and who.dep_ == "conj" and who.head.i != who.i:
            who = who.head
        if who is not None and any(c.dep_ == "preconj" and c.lower_ == "neither" for c in who.children):
            negated = True
        if who is not None and who.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in who.children):
            negated = True  # "would take orders from no foreign capital": a denial
    if not isinstance(cue, str) and in_question(cue):
        return  # "Asked whether Belgrade was Beijing's junior partner, ...": raised, not asserted
    s_actor, s_person, s_kind = _party(senior, actors) if senior is not None else (None, None, None)
    j_actor, j_person, j_kind = _party(junior, actors) if junior is not None else (None, None, None)
    patron = junior_name is None and junior is not None and not isinstance(cue, str) \
        and cue.lemma_.lower() in lexicon()["patron"]
    counted = (_pobj(junior, ("of",)) if junior.lemma_.lower() in _COUNT_NOUNS else junior) if patron else None
    if counted is not None and counted.tag_ == "NNS" and counted.lower_ in _GENERIC_PLURALS \
            and actors.canonical(j_actor or "") is None:
        # "a patron of small Himalayan states", "patron to a growing number of African governments": no party in
        # particular
        j_actor, j_person, j_kind = None, None, None
    if junior_name is not None:
        j_actor, j_person, j_kind = junior_name, None, "actor"
    if senior_name is not None:
        s_actor, s_person, s_kind = senior_name, None, "actor"
    if any(who is not None and who.lower_ in _FACILITIES and who.pos_ == "PROPN"
           and actors.canonical(noun_phrase(who).text) is None for who in (senior, junior)):
        return  # "The Demerara Harbour Bridge remains a lifeline for commuters": a named structure, no party
    if thing_senior and s_kind == "non-actor":
        if senior is None or not _is_relation(senior):
            return  # "the ferry is a lifeline for the smaller island": dependence on a thing no party provides
        s_kind = None  # "call the agreement a lifeline for the regime": a relationship, its other party unnamed
    if s_actor is not None and s_actor == j_actor:  # "the country" resolved to the other party: a party is never
        # its own junior, so it is the one other state named before it, if any
        for who in (junior, senior):
            other = actors.state_before(who, {s_actor}) if who is not None else None
            if other is not None:
                s_actor, j_actor = (s_actor, other) if who is junior else (other, j_actor)
                break
    if j_actor is not None and j_actor == "the " + (junior.lower_ if junior is not None else ""):
        j_actor = actors.state_before(junior, {s_actor}) or j_actor  # "the country still depends on Moscow"
    if s_actor is not None and s_actor == "the " + (senior.lower_ if senior is not None else ""):
        s_actor = actors.state_before(senior, {j_actor}) or s_actor
    if "non-actor" in (s_kind, j_kind):
        return
    if junior is not None and s_actor is not None and junior.lemma_.lower() in _OWN_FIRMS and any(
            c.dep_ == "poss" and c.lower_ in ("its", "their") and actors.for_token(c) == s_actor
            for c in junior.children):
        return  # "Beijing was accused of subsidising its electrolyser makers": a party's own firms rank no one
    people = gazetteer()["people_nouns"]
    if any(name is not None and name.lower().removeprefix("the ") in people for name in (s_actor, j_actor)) and not (
            cue.lower_ == "mercy" and j_actor is not None and j_actor.lower().removeprefix("the ") in people
            and s_actor is not None and actors.canonical(s_actor) is not None):
        # people groups (the gazetteer's) rank no one ("residents depend on the ferry"), but a named party can hold
        # them at its mercy ("Farmers in the Mekong Delta are at the mercy of Beijing")
        return
    if s_actor is None and j_actor is None:
        return
    if require_both and (s_actor is None or j_actor is None):
        return
    if s_actor is not None and s_actor == j_actor:
        return
    for who in (senior, junior):  # "a satellite of either neighbour": no particular party
        if who is not None and any(c.dep_ == "det" and c.lower_ in ("either", "any", "neither", "every")
                                   for c in who.children):
            return
    for who, name in ((senior, s_actor), (junior, j_actor)):  # people outside the gazetteer (a partner at a firm)
        # are not state parties ("Downstream Sudan", tagged as a person, still names Sudan)
        if who is not None and (who.ent_type_ == "PERSON" or who.lower_ in PERSONAL_PRONOUNS | {"my", "your"}) \
                and actors.canonical(noun_phrase(who).text) is None and actors.canonical(name or "") is None:
            return  # (or a pronoun for such a person: "Maria Solís ... said her clients")
    cue_text = cue.text if not isinstance(cue, str) else cue
    if any(r["cue"] == cue_text and r["senior"] == s_actor and r["junior"] == j_actor for r in rows):
        return  # "Russian mercenaries and Russian wheat have propped up ...": one pair, one row
    span = span_of([cue, *tokens], sent)
    rows.append({"span": span, "cue": cue_text, "senior": s_actor,
                 "junior": j_actor, "negated": negated, "person": s_person or j_person})


def detect(doc: Any, *, sentences: Any, actors: Any) -> list[dict[str, Any]]:
    """Partner-hierarchy rows for the target sentence (see the module docstring)."""
    sent = sentences.target
    if not cue_regex().search(sent.text):
        return []
    lex = lexicon()
    rows: list[dict[str, Any]] = []
    for tok in sent:
        low, lemma = tok.lower_, tok.lemma_.lower()
        if lemma in lex["rank_nouns"] and tok.pos_ in ("NOUN", "PROPN"):
            mods = [c.lower_ for c in tok.children if c.dep_ in ("amod", "compound", "nummod")]
            rank = next((lex["rank"][(m, lemma)] for m in mods if (m, lemma) in lex["rank"]), None)
            if rank is None or _business(tok):
                continue
            holder = relative_antecedent(_holder(tok))
            owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
            if owner is not None and lemma in ("role", "status", "position"):
                holder = owner  # "Canada's junior role": a role is its owner's ("China's junior partner" is not)
            if (holder is None or holder.lower_ in ("what", "which")) and lemma in ("role", "status", "position"):
                holder = _pobj(tok, ("for",)) or holder  # "what they see as a junior role for South Korea"
            if holder is None and tok.dep_ in ("nsubj", "npadvmod", "dep", "appos") and tok.head.pos_ != "VERB" \
                    or holder is None and _fronted(tok):
                holder = _fronted(tok)  # "Once Moscow's junior partner on energy, Kazakhstan now ships ..."
            other = _other(tok, holder) or _contrasted(holder)
            if other is None and rank == "junior":
                other = _treater(tok)  # (before any other party of the sentence: "X had treated Y as a junior partner")
            if other is None:
                other = _pair_partner(sent, holder, actors)
            if other is None and holder is not None:
                other = _speaker_state(tok, _party(holder, actors)[0])
            if other is None and lemma == "role":  # "a junior role in Beijing's ambitions"
                inside = _pobj(tok, ("in",))
                other = next((c for c in inside.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None) \
                    if inside is not None else None
            if other is None and rank == "junior":
                # "a junior partner in the US-led patrols", "accepted a junior role in the U.S.-led coalition": the
                # leader of what the junior takes part in
                inside = _pobj(tok, ("in", "within")) or (_pobj(tok.head, ("in", "within"))
                                                          if tok.dep_ in ("dobj", "attr") else None)
                other = _leader(inside) if inside is not None else None
            inferred = other is None and holder is not None
            if inferred:  # "As the subordinate partner in the alliance, Tokyo has little say over where US bombers
                # are based": the one other state the sentence names
                other = _only_other_party(sent, tok, holder, actors)
            first = len(rows)
            negated = is_negated(tok) or any(c.lower_ in ("no", "neither") for c in tok.children) or _disavowed(tok) or any(
                c.lower_ in ("neither", "none") and c.dep_ in ("nsubj", "preconj", "det")
                for a in list(tok.ancestors)[:3] for c in a.children) or \
                (tok.head.pos_ in ("AUX", "VERB") and is_negated(tok.head)) or \
                (holder is not None and any(c.lower_ in ("neither", "no") for c in holder.children)) or \
                (tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.pos_ == "VERB"
                 and tok.head.head.lemma_.lower() in _SEEING_VERBS and is_negated(tok.head.head))
            # ("does not see Denmark as a junior partner": the ranking denied)
            for h in members(holder, actors) if holder is not None else [None]:  # "Kyiv and Chisinau are junior ..."
                # (and each party on the other side: "in its corridor with Azerbaijan and Turkey")
                for o in members(other, actors) if other is not None else [None]:
                    senior, junior = (h, o) if rank == "senior" else (o, h)
                    _emit(rows, sent=sent, cue=tok, senior=senior, junior=junior, actors=actors, negated=negated,
                          tokens=tuple(c for c in tok.children if c.dep_ == "amod"))
            for row in rows[first:] if inferred and other is not None else []:
                row["inferred"] = True
        elif lemma in lex["status"] and (tok.pos_ in ("NOUN", "PROPN") or tok.dep_ in ("amod", "compound")
                                          and tok.lower_ in ("vassal", "client", "satellite", "puppet", "proxy")
                                          and tok.head.lemma_.lower() in _STATUS_HEADS):
            # ("a vassal state" with "vassal" tagged as an adjective, as a modifier or a compound)
            if lemma == "tributary" and tok.dep_ == "conj" and actors.describe(noun_phrase(tok.head))["kind"] \
                    == "non-actor":
                continue  # "the Tigris and its tributaries": a river's
            if lemma == "satellite" and any(c.dep_ in ("compound", "amod") and (
                    c.pos_ in ("NOUN", "ADJ") and c.lower_ in _HARDWARE or any(ch.isdigit() for ch in c.text))
                    for c in tok.children):
                continue  # "his spy satellites", "a weather satellite", "its Formosat-5 satellite": hardware in orbit
            if lemma == "satellite" and tok.dep_ in ("nsubj", "nsubjpass", "dobj") and tok.head.pos_ == "VERB" \
                    and tok.head.lemma_.lower() not in ("be", "become", "remain", "call", "make", "turn") \
                    and not _ends_up(tok.head) \
                    and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
                continue  # "A Japanese satellite tracked the missile", "launched a satellite": the machine acts
            if lemma == "client" and not any(t.lemma_.lower() in _STATUS_HEADS
                                             for t in [tok.head] + list(tok.rights)) and not (
                    _pobj(tok, ("of",)) is not None or any(c.dep_ in ("poss", "amod") for c in tok.children)
                    or any(c.dep_ == "compound" and (actors.canonical(c.text) or c.lower_ in gazetteer()["demonyms"])
                           for c in tok.children) or _treater(tok) is not None):
                # ("an Emirati client", the demonym parsed as a name; "treated the island as a client")
                continue  # "client" alone is a customer; "a client of Beijing", "a Soviet client" rank
            if lemma == "client" and tok.dep_ == "pobj" and tok.head.lower_ not in ("as", "like", "of") \
                    and tok.head.head.pos_ == "NOUN" and any(t.lemma_.lower() in lexicon()["business"]
                                                             for t in tok.head.head.subtree if t.i < tok.head.i):
                continue  # "the caution of Kyrgyz banks toward Russian clients": a business's customers
            noun = tok.head if tok.dep_ in ("compound", "amod") and tok.head.lemma_.lower() in _STATUS_HEADS else tok
            holder = relative_antecedent(_holder(noun))
            if tok.dep_ in ("compound", "nmod") and tok.head.pos_ == "PROPN":
                holder = tok.head  # "Russia's poodle Belarus"
                senior_ = next((c for c in holder.children if c.dep_ == "poss"), None)
                if senior_ is not None:
                    _emit(rows, sent=sent, cue=tok, senior=senior_, junior=holder, actors=actors, negated=False)
                    continue
            senior = next((c for c in noun.children if c.dep_ == "poss"), None) or _pobj(noun, ("of", "for", "to"))
            if senior is not None and _quote_read_as_possessive(senior):
                # "called Cambodia 'a Chinese satellite'": the opening quote read as a possessive ending
                holder, senior = senior, None
            if senior is None:  # "a Soviet client", "a Kremlin client"
                for c in [*noun.children, *tok.children]:
                    if c.dep_ in ("amod", "compound", "nmod") and c.i != tok.i and (
                            c.lower_ in gazetteer()["demonyms"] or actors.canonical(c.text)):
                        senior = c
            if senior is None:
                senior = _treater(noun)
            if holder is None:
                holder = _fronted(noun)  # "Once Moscow's most loyal satellite in the Middle East, Syria is now ..."
            if senior is None and holder is not None:
                senior = _foreign_turner(noun, holder, actors)
            if senior is None and holder is None and noun.dep_ == "dobj" and noun.head.pos_ == "VERB" \
                    and noun.head.lemma_.lower() in _ACQUIRING_VERBS:
                senior = subject_of(noun.head)  # "Beijing is quietly collecting client states across the region"
            if holder is None and senior is None:
                continue
            if senior is not None and any(c.lower_ in ("either", "neither") for c in senior.children):
                continue  # "a satellite of either Moscow or Beijing": no particular party
            if senior is not None and holder is not None and holder.head.i == senior.i \
                    and holder.dep_ in ("compound", "nmod") and actors.canonical(senior.text) is not None:
                # "call Azerbaijan NATO's satellite": the owner is its own name, without the one called
                _emit(rows, sent=sent, cue=tok, senior=senior, junior=holder, actors=actors, negated=is_negated(noun),
                      senior_name=actors.canonical(senior.text))
                continue
            for j in members(holder, actors) if holder is not None else [None]:  # "Mali and Niger are satellites"
                # (and each named senior: "a client of both Moscow and Beijing")
                for sr in members(senior, actors) if senior is not None and senior.pos_ == "PROPN" else [senior]:
                    # ("is nobody's satellite and nobody's protectorate": each denied by its own possessor)
                    _emit(rows, sent=sent, cue=tok, senior=sr, junior=j, actors=actors,
                          negated=is_negated(noun) or (noun.head.pos_ in ("AUX", "VERB") and is_negated(noun.head))
                          or any(c.dep_ == "poss" and c.lower_ in ("nobody", "noone", "none") for c in noun.children)
                          or noun.i >= 2 and noun.doc[noun.i - 2].lower_ in ("nobody", "noone")
                          and noun.doc[noun.i - 1].lower_ in ("'s", "’s"))
        elif lemma in lex["patron"] and tok.pos_ == "NOUN":
            as_ = tok.head if tok.dep_ == "pobj" and tok.head.lower_ == "as" else None
            with_ = None if as_ is None else as_.head if as_.head.lower_ == "with" else \
                as_.head.head if as_.head.dep_ == "pobj" and as_.head.head.lower_ == "with" else None
            named = next((g for g in with_.children if g.dep_ == "pobj"), None) if with_ is not None else None
            if named is not None and with_.head.pos_ in ("VERB", "AUX") \
                    and actors.canonical(noun_phrase(named).text) is not None and any(
                    c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children):
                # "With the Kremlin as its patron, Minsk can shrug off ...": the one named is the patron of the
                # clause's subject
                _emit(rows, sent=sent, cue=tok, senior=named, junior=subject_of(with_.head), actors=actors,
                      negated=False)
                continue
            if tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("have", "gain", "find", "acquire", "lose", "seek",
                                                                  "need", "want"):
                # "North Korea has gained a second patron": the subject is the client
                place = _pobj(tok, ("in",)) or _pobj(tok.head, ("in",))  # (the "in" also hung on the verb)
                _emit(rows, sent=sent, cue=tok, senior=place, junior=subject_of(tok.head),
                      actors=actors, negated=is_negated(tok.head) or any(
                          c.dep_ == "det" and c.lower_ == "no" for c in tok.children))  # ("has no patron it ...")
                continue
            holder = relative_antecedent(_holder(tok))
            junior = next((c for c in tok.children if c.dep_ == "poss"), None) or _pobj(tok, ("of", "to", "for"))
            if junior is not None and junior.lemma_.lower() in _GOOD_CAUSES:
                continue  # "the former king, long a patron of a temple charity": a benefactor of a cause, no ranking
            if junior is not None and {junior.lower_, junior.lemma_.lower()} & PROCESS_NOUNS \
                    and tok.lower_.startswith("guarantor"):
                continue  # "a guarantor of Colombia's peace talks": of a process, not of a dependent party
            if junior is None and (tok.dep_ in ("attr", "oprd") or tok.dep_ == "dobj" and tok.head.lemma_ == "play") \
                    and tok.head.pos_ in ("VERB", "AUX"):  # (and "has long played patron to Yaoundé")
                # "For Yerevan, Paris has become a new patron", "has become a financial patron to Mogadishu" ("to"
                # hung on the verb)
                junior = _pobj(tok.head, ("for", "to"))
            if junior is None and tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.pos_ == "VERB":
                # "cast itself as a patron to Solomon Islands" ("to" on the verb); "For N'Djamena, the UAE has
                # emerged as a new patron"
                junior = _pobj(tok.head.head, ("to", "for"))
            looker = subject_of(tok.head.head) if junior is not None and junior.lower_ in ("its", "their") \
                and tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.pos_ == "VERB" else None
            if looker is not None and holder is not None and looker.i != holder.i:
                junior = looker  # "Hezbollah and the Houthis both look to Tehran as their patron": each who looks
            if holder is None:  # "Cairo's Gulf patrons, Saudi Arabia and the United Arab Emirates, have ...": the names
                holder = next((c for c in tok.children if c.dep_ in ("appos", "conj") and c.pos_ == "PROPN"
                               and c.i > tok.i and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text == ","
                               and actors.canonical(noun_phrase(c).text) is not None), None)
            if holder is None:  # "Pyongyang's patron in Beijing"
                holder = _place_object(tok, actors)
            if holder is None:  # "his Iranian patrons": the demonym names the patron
                holder = next((c for c in tok.children if c.dep_ in ("amod", "compound")
                               and gazetteer()["demonyms"].get(c.lower_)), None)
            if holder is not None and junior is not None and tok.lemma_.lower() == "patron" and _acts_as_patron(tok) \
                    and _party(junior, actors)[2] == "non-actor":  # (not "a guarantor of the ceasefire")
                junior = None  # "acts as patron to more than one client", "of the whole North Atlantic": no party
            if holder is not None and junior is None and _acts_as_patron(tok) \
                    and actors.canonical(noun_phrase(holder).text) is not None:
                # "Caracas was for years a generous patron in the region", "Beijing is increasingly playing patron":
                # a state cast as a patron with no client named, a senior-only row
                for h in members(holder, actors):
                    _emit(rows, sent=sent, cue=tok, senior=h, junior=None, actors=actors,
                          negated=tok.head.pos_ in ("AUX", "VERB") and is_negated(tok.head))
                continue
            if holder is None or junior is None:
                continue
            for h in members(holder, actors):  # "describe Belgrade and Moscow as the twin patrons"
                for j in members(junior, actors):  # ("the patron of Laos and Cambodia")
                    _emit(rows, sent=sent, cue=tok, senior=h, junior=j, actors=actors,
                          negated=tok.head.pos_ in ("AUX", "VERB") and is_negated(tok.head))
        elif lemma in lex["provision"] and tok.pos_ == "NOUN":
            _provision(tok, rows, sent=sent, actors=actors)
        elif low in lex["dependence"] or lemma in lex["dependence"]:
            _dependence(tok, rows, sent=sent, actors=actors)
        elif lemma == "keep" and tok.pos_ == "VERB" and any(c.lower_ == "afloat" for c in tok.children):
            # "the West has kept the Ukrainian government afloat"; passive "kept afloat by Beijing"
            afloat = tuple(c for c in tok.children if c.lower_ == "afloat")
            if is_passive(tok) or (tok.tag_ in ("VBN", "VBD") and _pobj(tok, ("by",)) is not None
                                   and not any(c.dep_ == "dobj" for c in tok.children)):
                own = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                # (a participle with "by" is passive even where the parser gave it a subject or hung it on a noun)
                junior = passive_subject(tok) if is_passive(tok) else own if own is not None else (
                    tok.head if tok.dep_ in ("acl", "relcl") else None)
                giver = _pobj(tok, ("by",))
                givers = conjuncts(giver) if giver is not None else []
                for sr in [g for t in givers for g in [t, *_more_owners(t, actors)]]:  # ("by Saudi and Chinese loans")
                    _emit(rows, sent=sent, cue=tok, senior=sr, junior=junior, actors=actors, negated=is_negated(tok),
                          tokens=(sr, *afloat))
                continue
            junior = next((c for c in tok.children if c.dep_ in ("dobj", "nsubj") and c.i > tok.i), None)
            keeper = subject_of(tok)
            for j in conjuncts(junior) if junior is not None else []:
                for sr in [keeper, *_more_owners(keeper, actors)]:  # "Chinese and French loans have kept X afloat"
                    _emit(rows, sent=sent, cue=tok, senior=sr, junior=j, actors=actors,
                          negated=is_negated(tok), tokens=(j, *afloat))
        elif lemma == "lead" and tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() == "follow":
            # "Vientiane follows Beijing's lead on the dispute": the one followed leads
            leader = next((c for c in tok.children if c.dep_ == "poss"), None) or _pobj(tok, ("of",))
            # (or "followed the lead of France")
            follower = subject_of(tok.head)
            for junior in (conjuncts(follower) if follower is not None else [None]) \
                    if leader is not None and leader.pos_ == "PROPN" else []:  # ("Belgium and the Netherlands": each)
                _emit(rows, sent=sent, cue=tok, senior=leader, junior=junior, actors=actors,
                      negated=is_negated(tok.head), tokens=(tok.head,))
        elif lemma == "lead" and tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() == "take" \
                and any(c.dep_ == "poss" for c in tok.children) \
                and (leader := _pobj(tok, ("from",)) or _pobj(tok.head, ("from",))) is not None:
            # "Bissau takes its lead from Dakar" (not "took the lead from Accra", which takes it over)
            follower = subject_of(tok.head)
            for junior in conjuncts(follower) if follower is not None else []:
                _emit(rows, sent=sent, cue=tok, senior=leader, junior=junior, actors=actors,
                      negated=is_negated(tok.head), tokens=(tok.head,))
        elif lemma == "pay" and tok.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lemma_.lower() == "bill"
                                                          for c in tok.children):
            # "Moscow now pays the bills for Burkina Faso's new drone units": bankrolling in other words
            bill = next(c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() == "bill")
            junior = _pobj(bill, ("for",)) or _pobj(tok, ("for",))
            if junior is not None:
                _emit(rows, sent=sent, cue=tok, senior=subject_of(tok), junior=junior, actors=actors,
                      negated=is_negated(tok), tokens=(bill,), require_both=True)
        elif (lemma in lex["control"] and tok.pos_ == "VERB") or (
                tok.pos_ == "ADJ" and low in lex["control_participles"] and is_passive(tok)) or (
                tok.pos_ == "NOUN" and low in lex["control_presents"]
                and (tagged := _noun_tagged_parties(tok, actors))[0] is not None):
            forms = {"ADJ": lex["control_participles"], "NOUN": lex["control_presents"]}.get(tok.pos_, {})
            lemma = forms.get(low, lemma)
            if lemma == "prop" and not any(c.lower_ == "up" for c in tok.children):
                continue
            if lemma == "bail" and not any(c.lower_ == "out" for c in tok.children):
                continue
            if tok.pos_ == "NOUN":  # (a verb tagged as a noun: the name before it and the phrase after it)
                senior, junior = tagged
            elif is_passive(tok):
                junior = passive_subject(tok)
                if junior is None and tok.dep_ == "pcomp" and tok.head.lower_ == "as":
                    # "Hamas's leadership is widely seen as being propped up by Doha": who is seen so
                    junior = passive_subject(tok.head.head)
                senior = _pobj(tok, ("by",))
            elif tok.tag_ == "VBN" and tok.dep_ in ("acl", "relcl") and _pobj(tok, ("by",)) is not None:
                junior, senior = tok.head, _pobj(tok, ("by",))  # "rebel factions bankrolled by Ankara"
                if junior.dep_ == "pobj" and (junior.ent_type_ in ("DATE", "TIME") or junior.lemma_.lower() in (
                        "year", "decade", "month")) and junior.head.head.lemma_ == "be":
                    junior = subject_of(junior.head.head)  # "was for years propped up by Tehran", hung on "years"
            elif tok.tag_ in ("VBN", "VBD") and any(c.dep_ == "agent" for c in tok.children) and not any(
                    c.dep_ in ("aux", "auxpass") for c in tok.children) and subject_of(tok) is not None:
                # "Transnistria, a sliver of Moldova propped up by Moscow, ...": a participle with its agent that
                # the parser made the main verb
                junior, senior = subject_of(tok), _pobj(tok, ("by",))
            else:
                senior = subject_of(tok)
                junior = next((c for c in tok.children if c.dep_ == "dobj"), None)
                prt = next((c for c in tok.children if c.dep_ == "prt" and c.i == tok.i + 1), None)
                if junior is None and prt is not None and prt.i + 1 < sent.end:
                    after = sent.doc[prt.i + 1]  # "Cairo props up Asmara", the name read as an adverb
                    junior = after if after.dep_ in ("advmod", "npadvmod") and after.head.i == tok.i \
                        and actors.canonical(after.text) is not None else None
                if junior is not None and junior.lower_ in PLACE_BOUND_NOUNS and not any(
                        c.dep_ == "prep" for c in junior.children):
                    # "propped up successive governments in Niamey": the place hung on the verb names them
                    junior = _place_object(tok, actors) or junior
                elif junior is not None and _party(junior, actors)[0] is None:
                    # "bankrolls roughly a third of public investment in Laos": the share of spending in a place
                    junior = next((g for t in junior.subtree if t.dep_ == "prep" and t.lower_ == "in"
                                   and t.head.dep_ == "pobj" and actors.place(t) is not None
                                   for g in t.children if g.dep_ == "pobj"), None) \
                        or _named_owner(list(junior.subtree), actors) or (next(
                            (g for t in [*junior.subtree, *tok.children] if t.dep_ == "prep" and t.lower_ == "in"
                             and t.i > junior.i and (t.head.i == tok.i or t.head.dep_ in ("dobj", "conj"))
                             and is_state(actors.place(t)) for g in t.children if g.dep_ == "pobj"), None)
                            if junior.lemma_.lower() not in _EVENT_NOUNS else None) or junior
                    # (or the state where the things paid for are: "has bankrolled motorways and a steel mill in
                    # Serbia", the place hung on the last thing or on the verb)
                    # (or the party owning what is paid for: "bankrolls most of the training for Ghana's coastguard")
                if junior is None and tok.pos_ == "VERB":
                    # the object misparsed as a clause or an adverb's phrase: "has bankrolled Addis Ababa's
                    # hard-currency needs", "bankrolls close to a quarter of Thimphu's development spending"
                    junior = _named_owner([t for c in tok.rights if c.dep_ in ("ccomp", "advmod", "prep")
                                           for t in c.subtree], actors)
            # "Riyadh and Abu Dhabi"; "Russian air power and Iranian money" (things owned by parties)
            seniors = [t for t in conjuncts(senior) if t in _named_conjuncts(senior, actors)
                       or _party(t, actors)[2] == "owner"] if senior is not None else [None]
            if senior is not None and senior.head.dep_ == "agent" and senior.head.head.i == tok.i:
                # "propped up by Ankara and, increasingly, by Rome": a second by-phrase on the same verb
                # (or "by Ankara and by Rome", the second "by" a conjunct of the first)
                later = [c for c in tok.children if c.dep_ == "agent" and c.i > senior.i] + [
                    c for c in senior.head.children if c.dep_ == "conj" and c.lower_ == "by"]
                seniors += [t for c in later for g in c.children if g.dep_ == "pobj" for t in conjuncts(g)
                            if t in _named_conjuncts(g, actors)]
            owners = {_party(t, actors)[0] for t in seniors if t is not None and _party(t, actors)[2] == "owner"}
            # ("Russian mercenaries and Russian wheat": one party, Russia, not also "mercenaries")
            seniors = [t for t in seniors if t is None or not any(
                c.dep_ == "amod" and gazetteer()["demonyms"].get(c.lower_) in owners for c in t.children)
                or _party(t, actors)[2] == "owner"] or seniors
            juniors = conjuncts(junior) if junior is not None else []
            if juniors and any(c.dep_ == "poss" for c in junior.children) and _party(junior, actors)[2] == "owner":
                # "bankrolls Greenland's hospitals, schools and police": the things listed after the owned one are
                # the same owner's, not parties of their own
                juniors = [j for j in juniors if j is junior or j.pos_ == "PROPN"
                           or any(c.dep_ == "poss" for c in j.children)]
            for sr in [p for t in seniors for p in _providers(t, actors)]:  # ("money from Riyadh and Abu Dhabi")
                for j in juniors:
                    _emit(rows, sent=sent, cue=tok, senior=sr, junior=j, actors=actors, negated=is_negated(tok),
                          tokens=(j,))
        elif lemma in _ORBIT_NOUNS and tok.pos_ == "NOUN" and tok.dep_ == "pobj" \
                and tok.head.lower_ in ("into", "under", "within", "in") and (
                    tok.head.head.pos_ in ("VERB", "AUX") or tok.head.lower_ == "under"
                    and tok.head.head.pos_ == "PROPN" and tok.head.head.i < tok.head.i):
            # ("Pakistan, long under Beijing's patronage, ...": the name the phrase hangs on is inside it)
            _orbit(tok, rows, sent=sent, actors=actors)
        elif lemma == "owe" and tok.pos_ == "VERB":
            # "Gambia's government owes its survival to the ECOWAS force": the one it is owed to is senior
            owed = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in ("survival", "existence")),
                        None)
            senior = _pobj(tok, ("to",)) or (_pobj(owed, ("to",)) if owed is not None else None)
            if owed is not None and senior is not None:
                for sr in conjuncts(senior):
                    _emit(rows, sent=sent, cue=tok, senior=sr, junior=subject_of(tok), actors=actors,
                          negated=is_negated(tok), tokens=(owed, sr))
        elif lemma in _ORBIT_NOUNS and tok.pos_ == "NOUN" and _swapped(tok) is not None:
            _traded(tok, _swapped(tok), rows, sent=sent, actors=actors)
        elif low in ("shots", "cards", "sway", "leverage", "influence", "leash", "grip"):
            _idiom(tok, rows, sent=sent, actors=actors)
        elif lemma == "need" and tok.pos_ == "VERB":
            _needs_more(tok, rows, sent=sent, actors=actors)
    # a pair inferred from the rest of the sentence is dropped where another cue names it ("accepted a junior role
    # ..., deferring to Moscow"): one row per pair of parties
    named = {(r["senior"], r["junior"]) for r in rows if not r.get("inferred")}
    return [r for r in rows if not (r.pop("inferred", False) and (r["senior"], r["junior"]) in named)]


def _named_owner(tokens: list[Any], actors: Any) -> Any:
    """The first named party among ``tokens`` that owns a thing ("Thimphu's" in "a quarter of Thimphu's development
    spending"), else None."""
    return next((t for t in tokens if t.dep_ == "poss" and t.pos_ == "PROPN"
                 and actors.canonical(noun_phrase(t).text) is not None), None)


def _noun_tagged_parties(tok: Any, actors: Any) -> tuple[Any, Any]:
    """For a control verb the small model tagged as a plural noun ("Beijing bankrolls Laos" with "bankrolls" a
    compound of "Laos", "Copenhagen bankrolls roughly half of Greenland's budget" with the name an adjective of it):
    ``(senior, junior)`` tokens, the senior the party named just before it and the junior the phrase after it; the
    senior is ``None`` when no party is named just before (then it is a noun)."""
    doc = tok.doc
    before = doc[tok.i - 1] if tok.i > tok.sent.start else None
    if before is None or before.pos_ != "PROPN" and actors.canonical(before.text) is None:
        return None, None
    start = before.i
    while start > tok.sent.start and doc[start - 1].pos_ == "PROPN":
        start -= 1  # ("Abu Dhabi bankrolls ...")
    if actors.canonical(doc[start:tok.i].text) is None and actors.describe(doc[start:tok.i])["kind"] != "actor":
        return None, None
    if tok.dep_ == "compound" and tok.head.i > tok.i:
        junior = tok.head  # "Beijing bankrolls Laos"
    else:
        junior = next((c for c in tok.children if c.dep_ in ("appos", "dobj", "npadvmod") and c.i > tok.i), None)
    senior = doc[start:tok.i].root
    while senior.dep_ == "conj" and senior.head.i < senior.i:
        senior = senior.head  # (the first of coordinated names: "Ankara and Doha bankroll ...")
    return senior, junior


def _needs_more(tok: Any, rows: list, *, sent: Any, actors: Any) -> None:
    """"X needs Y more than Y needs X": X is the junior; "X needs Y less than Y needs X": X is the senior.

    The object is the words between "needs" and "more/less than" (the small model often hangs them on the
    comparison: "Ethiopia needs Somaliland more than ..." gives "Somaliland" as a subject); a thing owned by a
    party stands for it ("needs Mongolia's transit corridor more than ...")."""
    doc = tok.doc
    comp = next((t for t in doc[tok.i + 2:min(sent.end, tok.i + 14)]
                 if t.lower_ in ("more", "less") and t.i + 1 < sent.end and doc[t.i + 1].lower_ == "than"), None)
    subj = subject_of(tok)
    if comp is None or subj is None:
        return
    obj_span = doc[tok.i + 1:comp.i]
    obj = next((t for t in obj_span if t.dep_ == "poss" and _party(t, actors)[0] is not None), None) or \
        next((t for t in obj_span if t.pos_ == "PROPN" and _party(t, actors)[0] is not None), None) or \
        next((t for t in obj_span if t.dep_ in ("dobj", "nsubj") and t.head.i in (tok.i, comp.i)), None)
    if obj is None:
        return
    for one in conjuncts(subj):  # "Burkina Faso and Niger need Russia more than Russia needs them": each
        senior, junior = (obj, one) if comp.lower_ == "more" else (one, obj)
        _emit(rows, sent=sent, cue=tok, senior=senior, junior=junior, actors=actors, negated=is_negated(tok),
              tokens=(obj,), require_both=True)


def _bare_cover_for_state(noun: Any, actors: Any) -> bool:
    """"Russia again provided cover for Tehran": bare "cover" given to a state named by its name or capital (not
    "jets provided cover for the troops", military cover)."""
    verb = noun.head
    if noun.lower_ != "cover" or noun.dep_ != "dobj" or verb.lemma_.lower() not in ("provide", "give", "offer", "lend"):
        return False
    taker = _pobj(noun, ("for", "to")) or _pobj(verb, ("for", "to"))
    return taker is not None and taker.pos_ == "PROPN" and is_state(actors.canonical(taker.text) or "")


#: Nouns of quantity before a provision ("a measure of political cover", "a degree of diplomatic cover").
_MEASURE_NOUNS = frozenset({"measure", "degree", "amount", "layer", "modicum", "kind", "form", "bit"})


def _provision(tok: Any, rows: list, *, sent: Any, actors: Any) -> None:
    lex = lexicon()
    noun = tok
    while noun.dep_ == "conj" and noun.head.i != noun.i:  # "missiles and diplomatic cover"
        noun = noun.head
    mods = {c.lower_ for t in (tok, noun) for c in t.children if c.dep_ in ("amod", "compound")}
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _MEASURE_NOUNS:
        noun = noun.head.head  # "offered the Houthis a measure of political cover": the measure is what is given
    if tok.lemma_.lower() in ("cover", "backing", "shield", "umbrella") and not (mods & lex["cover_mods"]) \
            and not _bare_cover_for_state(noun, actors):
        return
    head = noun.head
    verb, senior, junior = None, None, None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if noun.dep_ == "pobj" and head.lower_ == "under" and owner is not None and owner.lower_ not in (
            "its", "their", "his", "her"):
        # "Armenia has long sheltered under Moscow's security umbrella", "Belarus, under Russia's nuclear
        # umbrella, ...": who is under it is the junior side
        under = head.head
        junior = subject_of(under) if under.pos_ in ("VERB", "AUX") else (
            under if under.pos_ in ("PROPN", "NOUN") and under.i < head.i else None)
        if junior is not None:
            _emit(rows, sent=sent, cue=tok, senior=owner, junior=junior, actors=actors,
                  negated=under.pos_ in ("VERB", "AUX") and is_negated(under), tokens=(owner,))
        return
    if noun.dep_ in ("dobj", "attr", "oprd") and head.lemma_.lower() in lex["provision_verbs"]:
        verb = head
    elif noun.dep_ == "pobj" and head.lower_ in ("with", "as") and head.head.lemma_.lower() in lex["provision_verbs"]:
        verb = head.head
    if verb is None and noun.dep_ == "pobj" and head.lower_ == "as" and head.head.pos_ == "VERB" \
            and head.head.lemma_.lower() in _SEEING_VERBS:
        # "Abu Dhabi's commitment was widely seen as a lifeline for Cairo": what is seen as one provides it
        junior = next((c for c in noun.children if c.dep_ == "poss"), None) or _pobj(noun, ("for", "to"))
        provider = _as_holder(head)
        seer = subject_of(head.head) if not is_passive(head.head) else None
        if junior is None and provider is not None and seer is not None and provider.i != seer.i \
                and head.head.lemma_.lower() in ("see", "regard", "view", "consider") \
                and actors.canonical(_party(seer, actors)[0] or "") is not None:
            junior = seer  # "Kyiv came to regard Bucharest as a lifeline": a named party's own lifeline
        if junior is not None and provider is not None:
            for sr in _providers(provider, actors):
                _emit(rows, sent=sent, cue=tok, senior=sr, junior=junior, actors=actors,
                      negated=is_negated(head.head), tokens=(junior,), thing_senior=True)
        return
    looked_to = _pobj(head.head, ("to",)) if verb is None and noun.dep_ == "pobj" and head.lower_ == "for" \
        and head.head.lemma_.lower() in ("look", "turn") else None
    if looked_to is not None:  # "ZANU-PF has long looked to Pretoria for political cover": the subject seeks it
        for sr in conjuncts(looked_to):
            _emit(rows, sent=sent, cue=tok, senior=sr, junior=subject_of(head.head), actors=actors,
                  negated=is_negated(head.head), tokens=(head.head, sr))
        return
    if verb is None and noun.dep_ == "nsubj" and head.lemma_.lower() in _SHIELDING_VERBS:
        # "Beijing's diplomatic cover has allowed Phnom Penh to block ...", "Diplomatic cover from Beijing has
        # shielded Islamabad from censure": the provider's cover works for the verb's object
        provider = owner if owner is not None and owner.lower_ not in POSSESSIVE_PRONOUNS else _pobj(noun, ("from",))
        shielded = next((c for c in head.children if c.dep_ == "dobj"), None) or next(
            (g for c in head.children if c.dep_ in ("ccomp", "xcomp") and c.i > head.i for g in c.children
             if g.dep_ == "nsubj" and g.i < c.i), None)  # ("has allowed Iran to keep selling crude")
        if provider is not None and shielded is not None:
            for sr in conjuncts(provider):
                for jr in conjuncts(shielded):
                    _emit(rows, sent=sent, cue=tok, senior=sr, junior=jr, actors=actors, negated=is_negated(head),
                          tokens=(sr, jr))
        return
    if verb is None and noun.dep_ == "dobj" and head.lemma_.lower() in _RECEIVING_VERBS:
        provider = _pobj(noun, ("from",)) or _pobj(head, ("from",)) or (
            owner if owner is not None and owner.lower_ not in POSSESSIVE_PRONOUNS else None)
        # ("Rabat has enjoyed Washington's diplomatic cover": the owner provides it)
        if provider is not None:  # "Naypyidaw enjoys diplomatic cover from Beijing": the subject receives it
            for sr in conjuncts(provider):
                _emit(rows, sent=sent, cue=tok, senior=sr, junior=subject_of(head), actors=actors,
                      negated=is_negated(head), tokens=(head, sr))
        return
    named = comma_name(noun)
    if verb is None and (noun.dep_ == "appos" and head.pos_ == "PROPN" or named is not None):
        # "China, North Korea's lifeline, ...", "Beijing, long Pyongyang's main economic lifeline, ...": the name
        junior = owner or _pobj(noun, ("for", "to"))
        if junior is not None:
            _emit(rows, sent=sent, cue=tok, senior=head if noun.dep_ == "appos" else named,
                  junior=junior, actors=actors, negated=False, tokens=(junior,))
        return
    if verb is None and noun.dep_ in ("oprd", "attr") and head.pos_ == "VERB":
        # "Critics call the agreement a lifeline for the regime": the provider is the verb's object
        junior = next((c for c in noun.children if c.dep_ == "poss"), None) or _pobj(noun, ("for", "to"))
        provider = next((c for c in head.children if c.dep_ == "dobj"), None)
        if junior is not None:
            _emit(rows, sent=sent, cue=tok, senior=provider, junior=junior, actors=actors,
                  negated=is_negated(head), tokens=(junior,), thing_senior=True)
        return
    if verb is None and tok.lemma_.lower() == "lifeline" and owner is not None and owner.pos_ == "PROPN":
        # "Beijing's economic lifeline to Pyongyang has survived every round of sanctions": the owner provides it
        junior = _pobj(noun, ("to", "for"))
        if junior is not None:
            _emit(rows, sent=sent, cue=tok, senior=owner, junior=junior, actors=actors, negated=False,
                  tokens=(owner, junior))
        return
    if verb is None:
        return
    if verb.lemma_.lower() in ("be", "become", "remain", "serve", "act", "represent", "emerge", "prove"):
        senior = subject_of(verb)
        if senior is not None and senior.lemma_.lower() in lex["relations"] and _party(senior, actors)[2] == "non-actor":
            # "Trade with Iran has become an economic lifeline for Armenia": the partner in the ties provides it
            senior = _pobj(senior, ("with",)) or senior
        junior = next((c for c in noun.children if c.dep_ == "poss"), None) or _pobj(noun, ("for", "to")) \
            or _pobj(tok, ("for", "to")) or _pobj(verb, ("for",))  # "For Tanzania, loans ... became a lifeline"
    else:
        senior = subject_of(verb)
        if is_passive(verb):
            junior = passive_subject(verb)
            senior = _pobj(verb, ("by",))
        else:
            junior = next((c for c in verb.children if c.dep_ == "dative"), None)
            if noun.dep_ == "pobj":  # "provides Russia with cover"
                junior = next((c for c in verb.children if c.dep_ == "dobj"), None)
            owner = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ not in POSSESSIVE_PRONOUNS),
                         None)
            if junior is None and owner is not None and any(
                    c.dep_ in ("amod", "compound", "nmod") and c.is_alpha and c.lower_ not in lex["cover_mods"]
                    and c.tag_ in ("NN", "NNS", "JJ") and owner.i < c.i < noun.i for c in noun.children):
                junior = owner  # "give Myanmar's junta diplomatic cover": the receiver's noun parsed as a modifier
            if junior is None:  # "gives the Cambodian government political cover", the receiver parsed as nmod
                # (before a "for" on the verb: "has given Damascus cover for more than a decade")
                junior = next((c for c in noun.children if c.dep_ == "nmod" and c.i < noun.i
                               and (c.pos_ in ("NOUN", "PROPN") or actors.canonical(c.text))), None)
            if junior is None:  # "gave Skopje the political cover it needed", parsed with two objects
                junior = next((c for c in verb.children if c.dep_ == "dobj" and c.i < noun.i and c.pos_ == "PROPN"),
                              None)
            if junior is None:
                junior = _pobj(verb, ("to", "for")) or _pobj(noun, ("to", "for"))
            if junior is None:  # (a capital can be parsed as an adjective: "has given Malabo diplomatic cover")
                junior = next((c for c in noun.children if c.i < noun.i and (
                    c.dep_ in ("nmod", "compound") and c.pos_ in ("NOUN", "PROPN")
                    or c.dep_ == "amod" and c.text[:1].isupper() and (is_alias(c.text) or actors.canonical(c.text))
                    and demonym_state(c) is None)),  # (or a leader's name: "has given Saied political cover")
                    None)
            if junior is not None and junior.dep_ == "dative" and junior.lower_ in ("to", "for"):
                junior = next((g for g in junior.children if g.dep_ == "pobj"), None)
    if junior is None:
        return
    seniors = [p for sr in conjuncts(senior) for p in _providers(sr, actors)] if senior is not None else [None]
    for sr in seniors:  # "Beijing and Moscow have given ... cover", "deposits from Riyadh, Abu Dhabi and Doha"
        for j in conjuncts(junior):
            _emit(rows, sent=sent, cue=tok, senior=sr, junior=j, actors=actors, negated=is_negated(verb),
                  tokens=(verb,), thing_senior=True)


def _whoever_rules(tok: Any, actors: Any) -> Any:
    """The place a "whoever" clause after "at the mercy of" names ("at the mercy of whoever governs in Rome", "of
    whoever occupies the White House"): the state that rules there, as a token; else ``None``."""
    clause = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                   if g.dep_ == "pcomp"), None)
    if clause is None or not any(c.dep_ == "nsubj" and c.lower_ == "whoever" for c in clause.children):
        return None
    for c in clause.children:
        if c.dep_ == "prep" and c.lower_ == "in" and is_state(actors.place(c)):
            return next((g for g in c.children if g.dep_ == "pobj"), None)
        if c.dep_ == "dobj" and is_state(actors.canonical(noun_phrase(c).text)):
            return c
    return None


def _dependence(tok: Any, rows: list, *, sent: Any, actors: Any) -> None:
    lex = lexicon()
    preps = lex["dependence"].get(tok.lower_) or lex["dependence"].get(tok.lemma_.lower())
    if tok.lower_ in ("orders", "instructions") and tok.head.lemma_.lower() not in _ORDER_VERBS:
        return  # ("issued orders from the capital" ranks no one; "takes its orders from Moscow" does)
    if tok.lower_ == "bidding":  # "doing Moscow's bidding"
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if owner is not None and tok.head.lemma_.lower() == "do":
            _emit(rows, sent=sent, cue=tok, senior=owner, junior=subject_of(tok.head), actors=actors,
                  negated=is_negated(tok.head), tokens=(tok.head,))
        return
    if tok.lemma_.lower() in ("debt", "hock") and not (tok.dep_ == "pobj" and tok.head.lower_ == "in"):
        return  # only "in debt to X" / "in hock to X": "Zambia's debt to China" is an amount owed
    senior = _pobj(tok, preps)
    if senior is None and tok.lower_ in ("orders", "instructions"):
        senior = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ not in POSSESSIVE_PRONOUNS), None)
    if senior is None and tok.lower_ in ("dependent", "reliant") and tok.dep_ == "amod" \
            and tok.head.lemma_.lower() in ("ally", "partner", "client", "neighbour", "neighbor") \
            and tok.head.dep_ in ("attr", "appos"):
        # "Tajikistan is Moscow's most dependent ally": the owner of the ally is senior, the party it is said of junior
        noun = tok.head
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        junior = subject_of(noun.head) if noun.dep_ == "attr" else noun.head
        if owner is not None and junior is not None:
            _emit(rows, sent=sent, cue=tok, senior=owner, junior=junior, actors=actors, negated=is_negated(noun.head),
                  tokens=(noun,), require_both=True)
        return
    if tok.lower_ == "mercy" and (senior is None or senior.dep_ == "pcomp"):
        senior = _whoever_rules(tok, actors) or _pobj(tok, ("of",))
    if senior is None and tok.lower_ in ("mercy", "beck", "pocket"):  # "at Washington's beck and call / mercy"
        senior = next((c for c in tok.children if c.dep_ == "poss"), None)
    if senior is None and tok.dep_ in ("acomp", "oprd", "xcomp", "ccomp") and tok.head.pos_ in ("VERB", "AUX"):
        senior = _pobj(tok.head, preps)  # "has become increasingly reliant on China": prep on the copula
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if senior is None and nxt is not None and nxt.lower_ in preps and nxt.head.i == tok.head.i:
        # the preposition right after the cue word belongs to it, wherever the parser hung it
        senior = next((g for g in nxt.children if g.dep_ == "pobj"), None)
    if senior is None and nxt is not None and nxt.lower_ in preps and tok.dep_ == "pobj" \
            and nxt.head.i == tok.head.head.i:
        # ... also on the verb of the cue's own phrase ("left Angola in hock to Beijing")
        senior = next((g for g in nxt.children if g.dep_ == "pobj"), None)
    if senior is None and tok.pos_ in ("VERB", "ADJ"):
        # "depends in practice on the RAF": an adverbial phrase between the cue and its preposition, which the
        # parser then hangs on the adverbial's noun
        gap = next((t for t in tok.doc[tok.i + 1:min(tok.i + 5, tok.sent.end)] if t.lower_ in preps
                    and t.dep_ == "prep" and t.head.i != tok.i and t.head.dep_ == "pobj"
                    and t.head.head.head.i == tok.i), None)
        senior = next((g for g in gap.children if g.dep_ == "pobj"), None) if gap is not None else None
    if senior is None or any(c.dep_ == "csubj" for c in tok.children):
        return  # (what depends is a clause: "Whether the deal goes ahead depends on New Delhi's review")
    frm = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "from" and c.i == senior.right_edge.i + 1),
               None)
    src = next((g for g in frm.children if g.dep_ == "pobj"), None) if frm is not None else None
    if src is not None and _party(senior, actors)[2] == "non-actor" and _party(src, actors)[2] == "actor":
        senior = src  # "its budget relied on aid from Paris": the parser hangs the giver's "from" on the verb
    if tok.lemma_.lower() == "answer" and actors.describe(noun_phrase(senior))["kind"] != "actor":
        return  # "answered to questions from lawmakers": only a party answered to ranks
    if tok.lemma_.lower() == "lean" and not any(c.lower_ == "heavily" for c in tok.children) and any(
            c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "advcl" and any(
            g.dep_ == "aux" and g.lower_ == "to" for g in c.children)) for c in tok.children) \
            and not (senior is not None and senior.pos_ == "NOUN" and senior.lemma_.lower() not in _DECIDER_NOUNS
                     and (_party(senior, actors)[2] == "owner" or modifier_state(senior) is not None)):
        return  # "Washington leaned on Seoul to drop the tariffs" is pressure, not dependence ("leans on Kenyan
        # officers to keep its airport open", a party's means, is)
    if tok.lemma_.lower() == "lean" and any(c.lower_ in ("hard", "harder", "hardest") or (
            c.dep_ == "prep" and c.lower_ == "over") for c in tok.children):
        return  # "how hard it can lean on the Americans over the dam": pressure on them about an issue
    obj = next((c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i), None) \
        if tok.dep_ in ("oprd", "dobj") and (tok.pos_ != "NOUN" or tok.lower_ == "hostage") or tok.dep_ == "advcl" \
        and any(c.lower_ == "as" and c.i < tok.i for c in tok.children) or tok.dep_ == "advmod" and tok.pos_ == "ADJ" \
        and tok.head.lemma_.lower() in ("leave", "make", "keep", "render") else None
    # (or "leaves Armenia dependent on Washington", the adjective read as an adverb of the verb)
    # (and "describe Mozambique as heavily dependent on Kigali", with "as" read as an adverb of the cue)
    if obj is None and (tok.lower_ == "hostage" or tok.tag_ in ("VBN", "VBD")) and tok.dep_ == "dobj":
        # "left Paraguay hostage to Brazil", "leaves Rome tethered to Tunis" read as one noun: the name before it
        obj = next((c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
    if obj is not None:  # "leaves Serbia tethered to Moscow"
        # ("leaves Hanoi reliant on Beijing upstream and on Washington downstream")
        _emit_each(rows, sent=sent, cue=tok, seniors=conjuncts(senior) + _later_preps(tok, senior, preps, actors),
                   junior=obj, actors=actors,
                   negated=is_negated(tok.head))
        return
    if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() not in ("tethered", "beholden", "subservient"):
        junior = subject_of(tok) if not is_passive(tok) else passive_subject(tok)
        verb = tok
    elif tok.pos_ == "NOUN":
        junior = next((c for c in tok.children if c.dep_ == "poss"), None)
        verb = tok.head if tok.head.pos_ in ("VERB", "AUX") else tok
        if verb is not tok and verb.lemma_.lower() == "put" and verb.dep_ == "advcl" and tok.dep_ == "conj" and any(
                c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) and any(
                c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children):
            verb = verb.head  # "Seoul is, as one trade official put it, hostage to ...": the aside's clause
        if junior is not None and junior.lower_ in ("its", "their") and verb is not tok \
                and subject_of(verb) is not None and _party(junior, actors)[0] is None:
            junior = subject_of(verb)  # "the junta takes its orders from Moscow": the one who takes them
        if junior is not None and senior is not None and junior.i == senior.i and verb is not tok:
            junior = subject_of(verb)  # "Minsk follows Moscow's orders": the possessor gives them
        if tok.lower_ in ("mercy", "thrall", "pocket", "beck", "hock", "debt") and tok.dep_ == "pobj":
            verb = tok.head.head
            junior = subject_of(verb) if verb.pos_ in ("VERB", "AUX") else (verb if verb.pos_ in ("NOUN", "PROPN") else None)
            obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < tok.i), None) \
                if verb.pos_ in ("VERB", "AUX") else None
            if obj is not None:  # "a share that leaves Ulaanbaatar at the mercy of Beijing"
                junior = obj
            elif verb.pos_ == "NOUN" and verb.dep_ == "attr" and verb.head.pos_ in ("VERB", "AUX") \
                    and _party(verb, actors)[0] is None:
                junior = subject_of(verb.head)  # "Malaysia had become a debtor at Beijing's mercy"
        elif junior is None and verb is not tok:
            junior = subject_of(verb)
        if junior is None and tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.pos_ == "VERB" \
                and tok.head.head.lemma_.lower() in ("trade", "swap", "exchange"):
            junior = subject_of(tok.head.head)  # "is trading dependence on Washington for dependence on Beijing"
        if junior is None and tok.dep_ == "pobj" and tok.head.lower_ in ("into", "to", "in") \
                and tok.head.head.pos_ == "VERB":
            # "will lock Hungary into dependence on Moscow", "pushed Minsk into dependence on Moscow"
            junior = next((c for c in tok.head.head.children if c.dep_ == "dobj"), None)
        if junior is None:  # the verb mis-tagged as a noun with its own subject: "Tehran relies/NOUN on ..."
            junior = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)

    else:  # adjectives and participles: dependent, reliant, tethered, beholden
        verb = tok.head
        own = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None) if tok.dep_ in ("oprd", "ccomp") else None
        if own is not None or obj is not None:  # "making Islamabad dependent on Riyadh"
            junior = own if own is not None else obj
        elif tok.dep_ in ("acomp", "oprd", "xcomp", "attr") or (tok.dep_ == "ROOT"):
            junior = subject_of(verb) if tok.dep_ != "ROOT" else next(
                (c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if tok.dep_ == "ROOT":
                verb = tok
        elif tok.dep_ in ("pcomp", "amod") and verb.pos_ == "ADP" and verb.head.lemma_ == "be":
            verb = verb.head  # "Moldova was for years beholden to Moscow": the adjective hung on "for"
            junior = subject_of(verb)
        elif tok.dep_ == "amod" and tok.head.i < tok.i and tok.head.dep_ == "pobj" \
                and tok.head.head.head.lemma_ in ("be", "remain", "become"):
            # "Chile is in practice reliant on Beijing": the adjective hung on the adverbial's noun after it
            verb = tok.head.head.head
            junior = subject_of(verb)
        elif tok.dep_ in ("amod", "acl", "appos", "pobj") and tok.head.lower_ == "as" \
                and tok.head.head.pos_ == "VERB":
            # "describe Djibouti as increasingly tethered to Beijing": the object of "describe" ("Mogadishu is seen
            # as dependent on Ankara": the passive's subject)
            junior = next((c for c in tok.head.head.children if c.dep_ == "dobj"), None) or (
                passive_subject(tok.head.head) if is_passive(tok.head.head) else None)
        elif tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children) \
                and any(c.dep_ == "dobj" for c in verb.children):
            junior = next(c for c in verb.children if c.dep_ == "dobj")  # the same, "as" parsed as a marker
        elif tok.dep_ in ("amod", "acl", "appos"):
            junior = tok.head
        elif tok.dep_ in ("advcl", "conj", "ccomp") or (tok.dep_ == "advmod" and verb.pos_ in ("VERB", "AUX")):
            junior = subject_of(verb)  # (also "could end up beholden to Beijing", the adjective parsed as an adverb)
        else:
            junior = None
    if junior is None and tok.dep_ == "ROOT":  # the subject parsed as a compound: "Landlocked Ethiopia leans on"
        junior = next((c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i), None)
    negated = is_negated(tok) or (verb is not tok and verb.pos_ in ("VERB", "AUX") and is_negated(verb))
    # (the second preposition may hang on the one before the cue: "at the mercy of X and of Y")
    beside = [c for c in tok.head.children if c.i > tok.i] if tok.dep_ == "pobj" else []
    listed = _named_list(senior, actors)
    if listed:
        senior = listed[0]  # "reliant on donor governments, chiefly the United States, Australia and Germany"
    seniors = conjuncts(senior) + _later_preps(tok, senior, preps, actors, beside)  # "on Moscow ... and on Beijing"
    # (also on a later conjunct: "dependence on Chinese, Saudi and Emirati rollovers", parsed as "Chinese" and
    # "Saudi and Emirati rollovers")
    seniors += [m for t in seniors for m in _more_owners(t, actors)] if junior is not None \
        and actors.canonical(_party(junior, actors)[0] or "") is not None else []
    _emit_each(rows, sent=sent, cue=tok, seniors=seniors, junior=junior, actors=actors, negated=negated)


def _later_preps(tok: Any, senior: Any, preps: Any, actors: Any, beside: Any = ()) -> list[Any]:
    """Named parties after a second preposition joined to the first ("reliant on Moscow and on Beijing")."""
    return [g for t in [*tok.subtree, *beside] if t.dep_ == "conj" and t.lower_ in preps and t.i > senior.i
            for g in t.children if g.dep_ == "pobj" and actors.canonical(_party(g, actors)[0] or "")]


def _named_list(noun: Any, actors: Any) -> list[Any]:
    """The named parties a plural common noun is glossed with after a comma ("donor governments, chiefly the United
    States, Australia and Germany", "foreign donors, chiefly Washington and Ottawa"), wherever the parser hung the
    list; else ``[]``."""
    if noun is None or noun.tag_ != "NNS" or actors.canonical(noun_phrase(noun).text) is not None:
        return []
    doc = noun.doc
    comma = noun.i + 1
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return []
    name = next((t for t in doc[comma + 1:min(comma + 6, len(doc))] if t.dep_ in ("appos", "conj")
                 and t.pos_ == "PROPN" and t.left_edge.i == comma + 1), None)
    if name is None or not any(t.lower_ in GLOSS_WORDS for t in doc[comma + 1:name.i]):
        return []
    return [t for t in conjuncts(name) if actors.canonical(noun_phrase(t).text) is not None]


def _more_owners(thing: Any, actors: Any) -> list[Any]:
    """The further demonyms coordinated on a thing that a party owns ("Russian and Chinese credit", "Chinese and
    French loans": "Chinese" and "French"), each naming another senior; ``[]`` for a party itself."""
    if thing is None or _party(thing, actors)[2] != "owner":
        return []
    more = [d for c in thing.children if c.dep_ in ("amod", "compound", "nmod") and c.lower_ in gazetteer()["demonyms"]
            for d in conjuncts(c)[1:] if d.lower_ in gazetteer()["demonyms"]
            or d.pos_ == "PROPN" and actors.canonical(noun_phrase(d).text) is not None]  # ("Spanish and EU aid",
    # "Australian and New Zealand training")
    # ... or the further givers after its "from"/"by" ("budget support from the European Union and the World Bank")
    src = _pobj(thing, ("from", "by"))
    if src is None and thing.lemma_.lower() in _DECISION_NOUNS:  # "decisions made in Riyadh and Doha"
        src = next((g for c in thing.children if c.dep_ == "acl" and c.tag_ == "VBN" for p in c.children
                    if p.dep_ == "prep" and p.lower_ == "in" for g in p.children if g.dep_ == "pobj"), None)
    if src is not None and actors.canonical(_party(src, actors)[0] or "") is not None:
        more += [d for d in conjuncts(src)[1:] if actors.canonical(_party(d, actors)[0] or "") is not None]
    return more


def _emit_each(rows: list, *, sent: Any, cue: Any, seniors: list, junior: Any, actors: Any, negated: bool) -> None:
    """One row per coordinated senior ("leaned on Russia and Iran") and per coordinated junior ("Mali and Burkina
    Faso have become dependent on the Kremlin"); none when the junior is a thing."""
    if junior is not None and _party(junior, actors)[2] == "non-actor":
        return
    # ("reliant on Nigeria's money and troops": a bare conjunct shares the first one's owner, no second senior)
    seniors = [s for s in seniors if not (
        s is not None and s.dep_ == "conj" and s.pos_ == "NOUN" and s.head.pos_ == "NOUN"
        and _party(s.head, actors)[2] == "owner" and not any(
            c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in s.children))]
    for j in members(junior, actors) if junior is not None else [None]:
        for s in seniors:
            _emit(rows, sent=sent, cue=cue, senior=s, junior=j, actors=actors, negated=negated, tokens=(s,))


def _named_conjuncts(tok: Any, actors: Any) -> list[Any]:
    """``tok`` and the conjuncts after it that name a party ("Saudi Arabia and the UAE"), not the things or generic
    groups listed with it ("Russian subsidies and some 1,500 troops")."""
    found = conjuncts(tok)
    if tok not in found:  # a state body in several places: one party per place (syntax.conjuncts)
        return found
    return [tok] + [c for c in found[1:] if c.i > tok.i and (
        c.pos_ == "PROPN" or actors.canonical(noun_phrase(c).text) is not None)]


#: Verbs of the one who follows another's lead ("..., while Canberra and London largely follow").
_FOLLOW_VERBS = frozenset({"follow", "comply", "obey", "defer", "acquiesce", "nod", "tag", "trail", "submit"})


def members(tok: Any, actors: Any) -> list[Any]:
    """The coordinated parties at ``tok`` (:func:`_named_conjuncts`), plus a list the parser hung as apposition
    ("Mali, Burkina Faso and Niger": Faso is an appos of Mali): an appositive that names a different gazetteer
    actor."""
    out = _named_conjuncts(tok, actors)
    if tok.tag_ == "NNS" and tok.lemma_.lower() in PLACE_BOUND_NOUNS and len(out) == 1:
        # "the juntas in Mali, Burkina Faso and Niger": one party per place
        places = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "of")
                  for g in c.children if g.dep_ == "pobj"]
        listed = [t for g in places[:1] for t in members(g, actors)]
        if len(listed) > 1 and all(actors.canonical(noun_phrase(t).text) is not None for t in listed):
            return listed
    own = actors.canonical(noun_phrase(tok).text)
    if own is not None:
        for c in tok.children:
            other = actors.canonical(noun_phrase(c).text) if c.dep_ == "appos" and c.pos_ == "PROPN" else None
            if any(t.lower_ == "not" for t in tok.doc[tok.i + 1:c.i]):
                continue  # "Riyadh, not Moscow, ...": set against it, not listed with it (_contrasted)
            if other is not None and other != own:
                out += [t for t in conjuncts(c) if t not in out]
    return sorted(out, key=lambda t: t.i)


#: Nouns of a party's sphere that another falls into or under ("into Beijing's orbit", "under Moscow's sway").
_ORBIT_NOUNS = frozenset({"orbit", "sway", "thumb", "tutelage", "wing", "patronage"})
#: Verbs whose object (not subject) is moved into another's sphere ("pull Peru into Beijing's orbit").
_PULL_VERBS = frozenset({"pull", "push", "draw", "drag", "bring", "lure", "drive", "force", "tug", "leave", "keep",
                         "put", "place"})  # (and kept there: "had left Sri Lanka under India's thumb")


#: Verbs that exchange one patron's hold for another's ("traded French tutelage for a Russian protectorate").
_SWAP_VERBS = frozenset({"trade", "swap", "exchange", "replace"})


def _swapped(tok: Any) -> Any:
    """The exchanging verb of a hold ``tok`` is traded away or for ("swapped French tutelage for Russian
    tutelage": both nouns), else ``None``."""
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _SWAP_VERBS:
        return tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.dep_ == "dobj" \
            and tok.head.head.head.lemma_.lower() in _SWAP_VERBS:
        return tok.head.head.head
    return None


def _sphere_owner(tok: Any, actors: Any) -> Any:
    """Whose sway, orbit or tutelage ``tok`` is: its possessor ("Beijing's orbit") or the demonym or name before it
    ("French tutelage"); ``None`` for a bare pronoun ("its orbit"), which names no party by itself."""
    owner = next((c for c in tok.children if c.dep_ == "poss"), None) or next(
        (c for c in tok.children if c.dep_ in ("amod", "compound") and (
            c.lower_ in gazetteer()["demonyms"] or actors.canonical(c.text))), None) or _pobj(tok, ("of",))
    return None if owner is None or owner.lower_ in POSSESSIVE_PRONOUNS else owner  # ("the thumb of X" too)


def _traded(tok: Any, verb: Any, rows: list, *, sent: Any, actors: Any) -> None:
    """"Mali has traded French tutelage for a Russian protectorate": each holder named by its demonym or possessor
    ranks above the subject that trades (one row per hold; "Russia's", "Russian")."""
    owner = _sphere_owner(tok, actors)
    junior = subject_of(verb)
    if owner is None or junior is None:
        return
    for j in conjuncts(junior):
        _emit(rows, sent=sent, cue=tok, senior=owner, junior=j, actors=actors, negated=is_negated(verb),
              tokens=(owner,))


def _orbit(tok: Any, rows: list, *, sent: Any, actors: Any) -> None:
    """"Laos has fallen under Beijing's sway", "pull Peru into Beijing's economic orbit", "remains in Moscow's
    orbit": the owner of the sphere is senior, the one inside it junior."""
    owner = _sphere_owner(tok, actors)
    if owner is None or tok.lemma_.lower() == "patronage" and actors.canonical(_party(owner, actors)[0] or "") is None:
        return  # (a patronage is a state's or a named body's: not "under the patronage of the mayor")
    verb = tok.head.head
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    junior = verb if verb.pos_ == "PROPN" else \
        obj if obj is not None and verb.lemma_.lower() in _PULL_VERBS else subject_of(verb)
    # ("under the thumb of its biggest donors, the European Union and China": the parties the apposition names)
    named = next((c for c in owner.children if c.dep_ == "appos"
                  and actors.canonical(actors.describe(noun_phrase(c))["actor"] or "") is not None), None)
    for j in conjuncts(junior) if junior is not None else []:
        for o in conjuncts(named) if named is not None else [owner]:
            _emit(rows, sent=sent, cue=tok, senior=o, junior=j, actors=actors, negated=is_negated(verb),
                  tokens=(tok.head, owner))


#: Verbs that give up a hold ("lost its grip on", "has lost its leverage over").
_LOSING_VERBS = frozenset({"lose", "loosen", "relax", "relinquish", "forfeit", "squander", "surrender"})


def _owner_inside(tok: Any, head: Any) -> Any:
    """The named owner of what an idiom's "in" phrase (on the cue or its verb) is about: "calls the shots in
    Abidjan's monetary affairs" -> Abidjan, else ``None``."""
    inside = _pobj(tok, ("in",)) or _pobj(head, ("in",))
    return next((c for c in inside.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None) \
        if inside is not None else None


def _scant(noun: Any) -> bool:
    """Does ``noun`` come with a scant amount: "little leverage" (not "a little"), "scant influence", "almost no",
    "hardly any" or "virtually no leverage"?"""
    kids = list(noun.children)
    if any(c.lower_ == "a" and c.dep_ == "det" for c in kids):
        return False
    if any(c.dep_ == "amod" and c.lower_ in ("little", "scant", "scarce", "minimal", "negligible") for c in kids):
        return True
    return any(c.lower_ in ("no", "any") and any(g.lower_ in ("almost", "virtually", "hardly", "scarcely", "barely")
                                                 for g in c.children) for c in kids)


#: Verbs of holding a hold over another ("the leverage Beijing holds over Tokyo").
_HOLDING_VERBS = frozenset({"hold", "have", "wield", "enjoy", "exert", "exercise", "retain", "keep", "gain"})


def _idiom(tok: Any, rows: list, *, sent: Any, actors: Any) -> None:
    text = sent.text.lower()
    low = tok.lower_
    if low == "shots" and not re.search(r"\bcall(s|ed|ing)? the shots\b", text):
        return
    if low == "cards" and not re.search(r"\bhold(s|ing)? (all )?the cards\b", text):
        return
    head = tok.head
    if tok.dep_ == "dobj" and head.lemma_.lower() in _LOSING_VERBS:
        return  # "The Palestinian Authority has lost its grip on the northern West Bank": the ranking is gone
    if low == "leash" and tok.dep_ == "pobj" and head.lower_ == "on" and head.head.pos_ == "VERB" \
            and head.head.lemma_.lower() in ("keep", "hold", "have", "put"):
        # "Moscow keeps Budapest on a short leash", "Budapest is kept on a tight leash by the Kremlin"
        verb = head.head
        if is_passive(verb):  # (the "by" may hang on the leash)
            held, holder = passive_subject(verb) or subject_of(verb), _pobj(verb, ("by",)) or _pobj(tok, ("by",))
        else:
            held, holder = next((c for c in verb.children if c.dep_ == "dobj"), None), subject_of(verb)
        if held is not None and holder is not None:
            for h in conjuncts(held):
                _emit(rows, sent=sent, cue=tok, senior=holder, junior=h, actors=actors, negated=is_negated(verb))
        return
    junior = _pobj(tok, ("over",)) or _pobj(head, ("over",))
    held = next((c for c in tok.children if c.dep_ == "relcl" and c.lemma_.lower() in _HOLDING_VERBS
                 and _pobj(c, ("over",)) is not None), None) if junior is None else None
    if held is not None:  # "the leverage Beijing holds over Tokyo": the relative clause's holder and its "over"
        head, junior = held, _pobj(held, ("over",))
    if low in ("leash", "grip"):  # "a leash on Minsk", "Beijing's grip on Pyongyang"
        junior = _pobj(tok, ("on", "over")) or _pobj(head, ("on",))
    if low in ("influence", "leash", "grip") and junior is None:
        return  # plain influence is not ranking; "influence over X" and "a leash on X" are
    if head.lower_ == "of" and head.head.dep_ == "dobj" and head.head.lemma_.lower() in _AMOUNT_NOUNS:
        head = head.head.head  # "have given Tehran a degree of leverage over Moscow"
        junior = junior or _pobj(tok, ("over",))
    via_with = head.lower_ == "with" and head.head.pos_ in ("VERB", "AUX")
    if via_with:
        head = head.head  # "Kim arrived with unusual leverage over ..."
    if low in ("leverage", "influence", "leash", "grip"):
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        senior = owner if owner is not None else (subject_of(head) if head.pos_ in ("VERB", "AUX") else None)
        if owner is None and via_with and head.lemma_.lower() in ("leave", "give", "hand", "provide", "arm",
                                                                   "equip", "present", "endow"):
            # "the deal leaves Ankara with leverage over Baku": the one left holding it
            senior = next((c for c in head.children if c.dep_ == "dobj"), None) or senior
        if owner is None and head.lemma_.lower() in ("give", "hand", "offer", "grant", "afford", "lend"):
            senior = next((c for c in head.children if c.dep_ in ("dative",)), None)  # "gave Moscow leverage"
            if senior is not None and senior.lower_ in ("to", "for"):
                senior = next((g for g in senior.children if g.dep_ == "pobj"), None)
            if senior is None:  # "gives Beijing influence" with the receiver parsed as a compound of the noun
                senior = next((c for c in tok.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"),
                              None)  # ("gives Doha fresh leverage over Cairo": "Doha" as a modifier)
        if junior is None:
            return
    else:
        senior = subject_of(head) if head.pos_ in ("VERB", "AUX") else None
        denied_lead = _contrasted(senior) if junior is None else None
        if denied_lead is not None:
            # "Mexico, not Russia, now calls the shots in Cuba's fuel market": the owner of what is run, if named,
            # else the one denied the lead
            junior = _owner_inside(tok, head) or denied_lead
        if junior is None:
            cleft = (head.head,) if head.dep_ in ("ccomp", "relcl") and head.head.lemma_ == "be" else ()
            for t in (tok, head, *cleft):  # "In the alliance with Pyongyang, it is Moscow that calls the shots"
                rel = _pobj(t, ("in", "within"))
                if rel is not None and _is_relation(rel):
                    junior = _pobj(rel, ("with",))
        if junior is None:
            junior = _pair_partner(sent, senior, actors)
        if junior is None and head.dep_ in ("ccomp", "xcomp") and head.head.lemma_.lower() in ("let", "allow"):
            letter = subject_of(head.head)  # "Japan was content to let Washington call the shots (on Iran)"
            junior = letter if _party(letter, actors)[2] == "actor" else None  # (not "Mercosur's rules let ...")
        if junior is None:  # "calls the shots on Budapest's energy policy": the owner of what is decided
            # ("calls the shots for the Southern Transitional Council": the party decided for)
            on = _pobj(tok, ("on", "for")) or _pobj(head, ("on", "for"))
            owner = next((c for c in on.children if c.dep_ == "poss" and c.pos_ == "PROPN" or c.dep_ == "amod"
                          and gazetteer()["demonyms"].get(c.lower_)), None) if on else None  # ("on Armenian security")
            junior = owner if owner is not None else on if on is not None and (actors.canonical(
                noun_phrase(on).text) is not None or on.pos_ == "PROPN" and on.ent_type_ == "ORG") else None
        if junior is None:  # "called the shots in Abidjan's monetary affairs": the owner of the affairs
            junior = _owner_inside(tok, head)
        if junior is None and head.pos_ in ("VERB", "AUX"):
            # "Beijing calls the shots and the Kremlin nods along": the subject of the clause joined to it, or set
            # against it by "while" ("Washington calls the shots, while Canberra and London largely follow")
            # (not a reporting verb the parser joined to it: "..., a retired Danish colonel argued")
            found = speech_source(head)
            other = next((c for c in head.children if c.pos_ in ("VERB", "AUX") and (c.dep_ == "conj" or (
                c.dep_ == "advcl" and c.lemma_.lower() in _FOLLOW_VERBS and any(
                    m.dep_ == "mark" and m.lower_ in ("while", "whereas") for m in c.children)))
                and not (found is not None and found[1].i == c.i)), None)
            subj = next((c for c in other.children if c.dep_ in ("nsubj", "nsubjpass")), None) if other else None
            if subj is not None and actors.canonical(noun_phrase(subj).text) is None:
                # "... and smaller producers such as Kuwait and Oman follow its lead": the named examples
                example = next((g for c in subj.children if c.dep_ == "prep" and c.lower_ in ("as", "including")
                                for g in c.children if g.dep_ == "pobj"), None)
                subj = example if example is not None and actors.canonical(noun_phrase(example).text) else subj
            if subj is not None and actors.canonical(noun_phrase(subj).text) is not None:
                junior = subj
        if junior is None:  # "Moscow calls the shots in Bangui": the place's state is the junior
            junior = _place_object(head, actors) or _place_object(tok, actors)
        if junior is None:
            # "calls the shots in the Lebanese government / in the Libyan coast guard's operations": a state's body
            for t in (tok, head):
                inside = _pobj(t, ("in", "within"))
                if inside is None or _is_relation(inside):
                    continue  # ("calls the shots in the alliance": the relationship is not its junior party)
                owner = next((c for c in inside.children if c.dep_ == "poss"), None)
                for cand in (inside, owner):
                    if cand is not None and actors.canonical(noun_phrase(cand).text) is not None:
                        junior = cand
                        break
                if junior is not None:
                    break
        if junior is None and low == "shots" and senior is not None:
            junior = _only_other_party(sent, head, senior, actors)
    scant = _scant(tok)
    if low in ("leverage", "influence", "sway") and scant and junior is None:
        return  # "ministers had little sway on labour reform": too little influence over no one named ranks no one
    if low in ("leverage", "influence", "sway") and senior is not None and junior is not None and scant:
        # "Laos has little leverage over Beijing", "Hanoi has almost no leverage over Beijing": the one without
        # leverage is cast as the weaker party (a bare "no leverage over X" denies the ranking instead)
        senior, junior = junior, senior
    denied = not scant and any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)
    # ("Beijing has no leverage over X")
    denied = denied or head.pos_ in ("VERB", "AUX") and any(  # "none of them calls the shots"
        c.dep_ in ("nsubj", "nsubjpass", "preconj") and c.lower_ in ("none", "neither", "nobody", "noone")
        for c in head.children)  # (or "with neither calling the shots", "neither" parsed as a preconjunction)
    for j in members(junior, actors) if junior is not None else [None]:
        _emit(rows, sent=sent, cue=tok, senior=senior, junior=j, actors=actors,
              negated=denied or head.pos_ in ("VERB", "AUX") and is_negated(head), tokens=(head,))
