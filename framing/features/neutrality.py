"""Detector of ``neutrality_claim``: a party presented as neutral, impartial, non-aligned or not taking sides
(codebook §2), with ``claimant``, ``voice`` (self / narrator / other), ``qualified`` and ``issue``.

Cues and exclusions are data (``neutrality.yaml``). A row needs a party whose neutrality is described: the
subject of a predicate ("China remains neutral"), the noun a neutral adjective modifies when that noun is a
named party or a party's stance ("neutral Switzerland", "China's impartial position"), the possessor or holder of
"neutrality", or the subject of "does not take sides" / "is not a party to" / "stays out of". Generic classes
("urged neutral states to join sanctions"), venues, carbon-neutral and the like, and denials ("is no longer
neutral") give no row (denials are returned with ``negated=True`` and dropped by default).
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

import yaml

from framing import actors as actors_mod
from framing.actors import noun_phrase
from framing.features.syntax import (PROCESS_NOUNS, WISH_NOUNS, conjuncts, is_negated, is_passive, own_subject,
                                     phrase, relative_antecedent, span_of, speech_source, spoken_of, subject_of)
from framing.features.syntax import lexicon as syntax_lexicon

FEATURE = "neutrality_claim"
CONTEXT = (1, 1)
#: The sentences around the target are parsed only when the detector reads them (see framing.features.extract).
CONTEXT_ON_DEMAND = True
_LEX_PATH = Path(__file__).parent / "neutrality.yaml"

#: Documents that fix a state's status ("Moldova's constitution enshrines permanent neutrality").
_CHARTER_NOUNS = frozenset({"constitution", "charter", "treaty", "law", "statute", "doctrine"})
_HOLD_VERBS = frozenset({"maintain", "declare", "proclaim", "keep", "preserve", "uphold", "insist", "stress",
                         "enshrine", "codify", "mandate",
                         "emphasise", "emphasize", "profess", "value", "pursue", "practise", "practice", "follow",
                         "observe", "adopt", "have", "claim", "cite", "guarantee", "respect", "reaffirm", "affirm",
                         "champion", "espouse", "tout", "trumpet", "invoke", "retain", "prize", "cherish", "pride",
                         "defend", "protect", "show", "demonstrate", "display", "signal", "stick", "cling",
                         "remain", "be"})
_END_VERBS = frozenset({"abandon", "end", "drop", "shed", "renounce", "give", "ditch", "jettison", "violate",
                        "breach", "lose", "question", "doubt", "undermine", "compromise", "erode"})
_CHAR_VERBS = frozenset({"describe", "call", "consider", "see", "regard", "view", "portray", "present", "paint",
                         "cast", "depict", "characterise", "characterize", "label", "dub", "brand", "deem",
                         "find", "judge", "hail", "praise", "style", "bill", "tout", "position", "dismiss",
                         "deride", "ridicule", "mock", "question", "welcome", "commend", "doubt", "scoff",
                         "sneer", "credit", "accept", "cite"})
_SELF_VERBS = frozenset({"pretend", "purport", "say", "insist", "maintain", "claim", "declare", "proclaim", "profess", "stress",
                         "emphasise", "emphasize", "reaffirm", "affirm", "reiterate", "state", "assert",
                         "describe", "tell", "announce", "repeat", "pledge", "vow", "promise", "assure", "argue",
                         "contend", "note", "add", "explain", "signal", "position", "present", "style", "pride",
                         "offer", "deny",  # ("denied taking sides": its own denial)
                         "cite", "invoke"})  # ("Switzerland, citing its neutrality, declined ...": its own reason)
_FIRST_PERSON = frozenset({"we", "us", "i", "me"})
#: Private persons whose nationality makes them no voice of their state ("a Fijian academic").
_PRIVATE_VOICES = frozenset({"academic", "analyst", "scholar", "professor", "economist", "expert", "commentator",
                             "journalist", "researcher", "historian", "lawyer", "columnist", "blogger", "critic",
                             "writer", "activist", "student", "businessman", "businesswoman", "pundit"})
_REFLEXIVES = frozenset({"itself", "themselves", "herself", "himself"})
#: Claiming verbs that distance the text from the claim (qualified=True): the party claims, pretends. Not
#: "insist" or "proclaim": the codebook lists "insists" among plain self claims, and independent annotators of
#: the blind sets code an insisted or proclaimed neutrality without a contrast as unqualified (session 7).
_DISTANCING_VERBS = frozenset({"claim", "profess", "purport", "pretend",
                               "question", "doubt", "dispute",  # (a claim put in doubt: "questioned whether ...")
                               "mock", "deride", "ridicule", "scoff", "sneer", "laugh"})  # (or derided; "dismissed X as a relic" is not)
#: Reflexive self-descriptions that stage an image ("styles itself", "bills itself as") qualify the claim;
#: plain ones ("describes itself as", "calls itself", "sees itself as", and since session 7 "presents /
#: positions itself as", which independent annotators code as unqualified without a contrast) state it.
_IMAGE_VERBS = frozenset({"style", "bill", "tout", "pose", "fashion", "market", "sell", "advertise",
                          "parade", "pretend"})
#: Modifiers of the cue that make the party itself the voice ("its professed neutrality").
_SELF_MARKERS = frozenset({"professed", "self-declared", "self-proclaimed", "self-described", "self-styled",
                           "avowed", "declared", "proclaimed", "self-description", "stated",
                           "claimed"})  # ("dismissed Beijing's claimed neutrality": the neutrality Beijing claims)
#: Objects of "a party to" that are agreements, not conflicts ("not a party to the Rome Statute").
_NOT_CONFLICTS = frozenset({"statute", "treaty", "convention", "agreement", "deal", "accord", "pact", "protocol",
                            "contract", "case", "lawsuit", "negotiations", "talks", "scheme", "plan", "charter",
                            "club", "consortium"})
#: (Not "diplomat": an unnamed diplomat is mostly another state's voice - "Uzbekistan has kept its distance from the
#: feud, a regional diplomat said" - as independent annotators code it.)
_OFFICIAL_VOICES = frozenset({"spokesman", "spokeswoman", "spokesperson", "ministry", "department", "official",
                              "office", "presidency", "government", "minister", "secretary", "ambassador", "envoy",
                              "statement", "cabinet", "chairman", "chairwoman", "chairperson", "chair",
                              "commissioner", "commander", "president", "secretary-general", "head", "leader"})
_NAME_ENTS = frozenset({"ORG", "FAC", "EVENT", "LAW", "WORK_OF_ART", "GPE", "LOC", "PRODUCT"})
#: Subordinators that undercut a claim made inside their clause ("despite its neutrality, ...") but concede
#: against a claim they modify ("despite pressure, it stayed neutral").
_CONCESSIVE = frozenset({"despite", "although", "though", "notwithstanding"})
#: What a concessive phrase brings against a claim when it undercuts it ("despite reports / a UN panel's finding
#: that ...") rather than conceding a pressure the claim withstands ("despite pressure from both camps").
_EVIDENCE_NOUNS = frozenset({"report", "finding", "evidence", "accusation", "allegation", "charge", "sign",
                             "indication", "claim", "testimony", "investigation", "photograph", "image", "complaint"})
#: Nouns of a claim that distance the text from it, as their verbs do (_DISTANCING_VERBS).
_DISTANCING_NOUNS = frozenset({"claim", "pretension"})
#: Nouns of a party's own claim ("Hungary's claim / bid / insistence to be ...").
_CLAIM_NOUNS = frozenset({"claim", "insistence", "assertion", "pledge", "promise", "vow", "ambition", "bid",
                          "aspiration", "desire", "wish", "assurance", "assurances", "guarantee", "commitment"})
#: The conflict words that name the parties rather than their conflict ("from both camps").
_CAMPS = frozenset({"side", "sides", "power", "powers", "camp", "camps", "bloc", "blocs", "alliance"})
#: Bodies that are themselves the party when called neutral ("the impartial electoral council").
_BODY_HEADS = frozenset({"council", "commission", "court", "tribunal", "judiciary", "broadcaster", "regulator",
                         "watchdog", "agency", "mission", "panel", "body", "authority", "ombudsman", "arbitrator",
                         "board", "committee", "secretariat"})
#: A party's own deeds named as nouns, which undercut its claimed neutrality after "despite".
_OWN_ACT_NOUNS = frozenset({"presence", "stake", "decision", "sale", "purchase", "deployment", "involvement",
                            "backing", "shipment", "investment", "adoption", "participation", "delivery", "supply"})
#: Plural nouns of a group of states, whose "in Europe" / "of the EU" says where the group is, not an issue.
_GROUP_MEMBERS = frozenset({"state", "country", "nation", "member", "power", "democracy", "republic"})
#: A state's own government, called neutral only where the phrase names whose it is: "the ostensibly non-aligned
#: government in Niamey", "Mali's neutral junta" (not "a neutral caretaker government", which is a demand).
_GOVERNMENT_HEADS = frozenset({"government", "regime", "junta", "administration"})
#: What a party stays out of when it stays neutral ("stays out of the war", "of their quarrel").
_CONFLICTS = frozenset({"war", "conflict", "dispute", "fight", "fighting", "quarrel", "row", "feud", "standoff",
                        "stand-off", "crisis", "confrontation", "rivalry", "tussle", "struggle", "battle",
                        "hostilities", "fray", "spat", "clash", "tension", "tensions", "argument", "contest",
                        "showdown", "squabble", "wrangle", "controversy", "matter", "affair", "issue", "question",
                        "politics", "power", "powers", "camp", "camps", "bloc", "blocs", "alliance", "side", "sides",
                        "invasion", "offensive", "campaign", "sanctions", "embargo", "coup", "tug-of-war",
                        "turmoil", "unrest", "infighting", "upheaval", "strife", "boycott", "boycotts", "debate",
                        "strike", "escalation", "skirmish", "wrangling", "haggling", "bickering"})
#: What rival parties contest, on which a state may take no position ("no position on Taiwan's sovereignty").
_CONTESTED = frozenset({"sovereignty", "status", "claim", "independence", "annexation", "ownership", "recognition"})
_ISSUE_PREPS = ("in", "on", "over", "throughout", "towards", "toward", "regarding", "about", "between", "during",
                "amid", "vis-a-vis", "concerning", "in relation to")


@functools.lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """The parsed ``neutrality.yaml`` (lower-case word sets, the cue pattern and the phrase heads)."""
    data = yaml.safe_load(_LEX_PATH.read_text(encoding="utf-8"))
    out: dict[str, Any] = {"cue_regex": data["cue_regex"]}
    for key in ("adjectives", "nouns", "stance_nouns", "role_nouns", "excluded_heads", "excluded_prefixes", "distancing",
                "contrast", "evidence_sources", "debunking"):
        out[key] = frozenset(str(e["word"]).lower() for e in data[key])
    out["phrases"] = {str(e["head"]).lower(): bool(e["need_negation"]) for e in data["phrases"]}
    out["matter_heads"] = frozenset(str(e["word"]).lower() for e in data["excluded_heads"] if e.get("matter"))
    return out


@functools.lru_cache(maxsize=1)
def cue_regex() -> re.Pattern:
    """The sentence gate.

    Examples
    --------
    >>> bool(cue_regex().search("Officially, China remains neutral."))
    True
    >>> bool(cue_regex().search("The leaders held talks."))
    False
    """
    return re.compile(lexicon()["cue_regex"])


@functools.lru_cache(maxsize=1)
def _next_contrast() -> re.Pattern:
    words = sorted(lexicon()["contrast"], key=len, reverse=True)
    alts = "|".join(re.escape(w) for w in words)
    # at the start of the next sentence, or set off by commas after its first words ("Serbian officials, however,
    # say ...")
    # ("Serbian officials, however, say ...", "Its decision to sign the deal, however, was read as a tilt")
    return re.compile(r"^\W{0,3}(?:" + alts + r")\b|^[^,;:\"“”]{1,140}?[\w'’-],\s+(?:however|though|nonetheless|"
                      r"nevertheless|in fact|in practice|in reality),|[,;]\s+yet\s(?!another|more|again|to\b)"
                      # ("It has nonetheless frozen more Russian assets ...": unset off, early in the sentence)
                      r"|^[^,;:.\"“”]{1,40}?\b(?:nonetheless|nevertheless)\b"
                      # ("Its dependence on Chinese loans tells another story.")
                      r"|\b(?:tells?|told|telling) (?:a (?:different|very different)|another) story\b"
                      r"|\b(?:suggests?|suggested|says?|said|shows?|showed) otherwise\b", re.IGNORECASE)


#: Words whose infinitive a party refuses ("refuses to take sides", "reluctant to side with either").
_WITHHOLDING = frozenset({"refuse", "decline", "avoid", "resist", "reluctant", "unwilling"})


def _negated_or_withheld(verb: Any) -> bool:
    """"does not choose", "refuses to side with", "taking care not to side with": a negation or a withholding verb."""
    return is_negated(verb) or verb.head.lemma_.lower() in _WITHHOLDING and verb.dep_ == "xcomp" \
        or verb.dep_ in ("advcl", "xcomp") and verb.head.lemma_ == "be" and is_negated(verb.head)  # "I am not here
    # to take sides"


def _excluded_prefix(tok: Any) -> bool:
    doc = tok.doc
    pre = lexicon()["excluded_prefixes"]
    i = tok.i
    first = tok.sent.start  # never look into the sentence before: it may not be in the window
    if i >= first + 2 and doc[i - 1].text in ("-", "‐", "–") and doc[i - 2].lower_ in pre:
        return True
    if i >= first + 1 and doc[i - 1].lower_ in pre and doc[i - 1].idx + len(doc[i - 1].text) >= tok.idx - 1:
        return True
    if "-" in tok.text and tok.text.split("-")[0].lower() in pre:
        return True
    return False


#: Verbs that move an analyst's rating ("cut its rating on the bonds to neutral").
_RATING_VERBS = frozenset({"move", "cut", "downgrade", "upgrade", "raise", "lower", "lift", "revise", "reduce"})


def _rating(tok: Any) -> bool:
    """"downgraded Egyptian bonds to neutral", "moved its recommendation to neutral": a market rating, no stance."""
    if tok.lower_ != "neutral" or tok.i == 0 or tok.doc[tok.i - 1].lower_ not in ("to", "from") \
            or any(c.dep_ not in ("aux", "punct") for c in tok.children):
        return False
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head  # ("to neutral" read as an infinitive, too)
    return verb.lemma_.lower() in _RATING_VERBS


#: Nouns whose "of" phrase names the other side of a relation, never the party described ("a neutral friend of both
#: Pakistanis and Afghans" is said of the subject).
_COUNTERPART_NOUNS = frozenset({"friend", "ally", "neighbour", "neighbor", "partner"})


def _self_description(noun: Any) -> Any:
    """For a noun after "as" that the parser hung on the verb ("scoff at Hungary's description of itself as a
    neutral broker"): the owner of the "description of itself" between them (its ``poss`` token), else ``None``."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "as":
        return None
    for t in noun.doc[noun.head.head.i + 1:noun.head.i]:
        if t.pos_ == "NOUN" and any(c.dep_ == "poss" for c in t.children) and any(
                c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in ("itself", "themselves") for g in c.children)
                for c in t.children):
            return next(c for c in t.children if c.dep_ == "poss")
    return None


def _stance_owner(noun: Any, actors: Any, *, role: bool = False) -> Any:
    """The party behind a stance noun: its possessor, or the subject when the noun is a predicate."""
    if noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN") and not any(c.dep_ == "poss"
                                                                               for c in noun.children):
        return _stance_owner(noun.head, actors, role=role)  # "an objective and impartial mediator" mis-parsed
    if role and noun.dep_ == "attr" and noun.head.pos_ in ("AUX", "VERB") and any(
            c.dep_ == "poss" for c in noun.children):
        # "Oman has been the Gulf's neutral go-between", "Qatar is Washington's neutral channel": the possessor names
        # the region or the party served; the subject is the one called neutral
        subj = subject_of(noun.head)
        if subj is not None and subj.lower_ not in ("what", "which", "that", "this", "there"):
            return subj
    if role and noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.dep_ == "acl" \
            and noun.head.head.tag_ == "VBN" and noun.head.head.head.pos_ == "PROPN" \
            and any(c.dep_ == "poss" for c in noun.children):
        return noun.head.head.head  # "Oman, long seen as the region's impartial go-between": so too after "seen as"
    credited = _credited(noun)
    if credited is not None and credited.head.pos_ == "VERB" and any(
            c.dep_ == "poss" and c.lower_ in ("its", "their") for c in noun.children):
        return credited  # "praised India and the UAE for their balanced stance": "their" is the ones praised
    for c in noun.children:
        if c.dep_ == "poss":
            # (a person's fair handling of a match or a case is no party's neutrality: "praised for his impartial
            # handling of the derby")
            return None if c.lower_ in ("his", "her") and noun.lemma_.lower() in ("handling", "conduct") else c
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "of" and noun.lemma_.lower() not in _COUNTERPART_NOUNS:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and actors.describe(noun_phrase(obj))["actor"]:
                return obj
    if noun.lemma_.lower() in ("position", "stance", "policy", "posture", "approach", "line") and noun.dep_ == "dobj":
        named = [c for c in noun.children
                 if c.dep_ in ("amod", "compound") and actors_mod.demonym_state(c) is not None]
        if len(named) == 1:
            return named[0]  # "described the Saudi position as objective and fair": the demonym's state
    if noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.pos_ == "NOUN":
        # "its self-description / reputation / image as an even-handed mediator": the noun's owner
        owner = next((c for c in noun.head.head.children if c.dep_ == "poss"), None)
        if owner is not None:
            return owner
    owner = _self_description(noun)
    if owner is not None:
        return owner
    if noun.dep_ in ("attr", "oprd", "pobj") and noun.head.pos_ in ("AUX", "VERB", "ADP"):
        verb = noun.head if noun.dep_ != "pobj" else noun.head.head
        if noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.i < verb.i and verb.pos_ in ("VERB", "AUX") \
                and verb.lemma_.lower() not in _CHAR_VERBS and subject_of(verb) is not None:
            return subject_of(verb)  # "As a neutral mediator, Qatar has sent envoys": the subject it describes
        if noun.dep_ == "pobj" and noun.head.lower_ == "as" and _as_char_verb(noun.head) is not None:
            verb = _as_char_verb(noun.head)  # "regarded Sweden, which handles US cases, as an even-handed broker"
        if (noun.dep_ == "pobj" and noun.head.lower_ == "as") or noun.dep_ == "oprd":
            # "described Turkey as a neutral mediator", "called Turkey a neutral mediator": the object
            rel = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in ("which", "whom")), None)
            if rel is not None and verb.dep_ == "relcl":
                return verb.head  # "Switzerland, which they called an impartial broker"
            obj = next((c for c in verb.children if c.dep_ == "dobj"
                        and c.lower_ not in ("what", "which", "that", "whom")), None)
            if obj is not None and obj.lower_ in _REFLEXIVES and subject_of(verb) is not None:
                return subject_of(verb)  # "Brazil and Colombia cast themselves as impartial mediators": each
            if obj is not None:  # (not "what it calls a balanced position": the caller's own)
                return obj
            if noun.dep_ == "oprd":
                # "called Kazakhstan a neutral player" parsed with both objects as predicates: the first names
                # the party
                first = next((c for c in verb.children if c.dep_ == "oprd" and c.i < noun.i
                              and actors.describe(noun_phrase(c))["kind"] == "actor"), None)
                if first is not None:
                    return first
        if noun.dep_ == "pobj" and noun.head.lower_ == "to" and verb.pos_ == "VERB" \
                and verb.lemma_.lower() in actors_mod.BINDING_VERBS:
            bound = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if bound is not None:  # "the constitution commits the country to a non-aligned foreign policy"
                return subject_of(verb) if bound.lower_ in _REFLEXIVES else bound
        if credited is not None:
            # "Western allies credit Cairo with a balanced position", "praised Belgium for an even-handed approach":
            # the object credited, not the crediting
            return credited
        subj = subject_of(verb)
        before = verb.doc[verb.i - 2] if verb.i >= 2 and verb.doc[verb.i - 1].lower_ == "to" else None
        if before is not None and before.lemma_.lower() in _CLAIM_NOUNS and verb.lemma_ == "be" and any(
                c.dep_ == "poss" for c in before.children):
            # "dismissed Russia's claims to be an impartial peacekeeper" parsed with "be" on the verb
            return next(c for c in before.children if c.dep_ == "poss")
        if verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and (subj is None or subj.i == verb.head.i):
            # "Hungary's claim to be a neutral broker": the owner of the claim (bid, ambition) is the party
            subj = next((c for c in verb.head.children if c.dep_ == "poss"), None)
        return subj
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return None
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and not role:
        return subject_of(noun.head)  # "maintained a balanced position", "adopted an impartial stance"
    if noun.dep_ == "appos":
        return noun.head
    return None


#: Verbs that credit their object with a stance ("credit Cairo with a balanced position").
_CREDIT_VERBS = frozenset({"credit", "praise", "commend", "laud"})


def _credited(noun: Any) -> Any:
    """The object of a crediting verb whose "with" / "for" phrase holds ``noun`` ("credit Cairo with a balanced
    position", "praised Belgium for its even-handed approach", "credit Qatar with being impartial"), else None."""
    verb = noun.head.head if noun.dep_ in ("pobj", "pcomp") and noun.head.lower_ in ("with", "for") else None
    if verb is None or verb.lemma_.lower() not in _CREDIT_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj"), None)

def _claim_to(tok: Any) -> Any:
    """The claim noun just before the "to" that introduces ``tok`` ("Ankara's claim to neutrality", the "to" hung on
    the noun or on the verb), else None."""
    doc = tok.doc
    to = tok.head if tok.dep_ == "pobj" and tok.head.lower_ == "to" else (
        doc[tok.i - 1] if tok.i >= 1 and doc[tok.i - 1].lower_ == "to" else None)
    if to is None or to.i <= tok.sent.start:
        return None
    return doc[to.i - 1] if doc[to.i - 1].lemma_.lower() in _CLAIM_NOUNS else None


#: What a party runs and can call impartial in its own name ("describes his office / its mission as impartial").
_RUN_BODY_NOUNS = frozenset({"office", "mission", "team", "force", "tribunal", "commission", "agency", "court",
                           "institution", "service", "staff", "monitors", "observers"})


def _acting_party(subj: Any, actors: Any) -> Any:
    """The party behind an act that takes or favours no side ("Oman's mediation did not favour either side",
    "China's peace plan takes no sides"): the possessor of a subject that is no party itself, else the subject."""
    if subj is None or subj.pos_ != "NOUN" or actors.describe(noun_phrase(subj))["kind"] != "non-actor":
        return subj
    return next((c for c in subj.children if c.dep_ == "poss"), subj)


def _noun_verb(tok: Any) -> bool:
    """A verb the tagger read as a noun at the root, with a subject and an object ("Diplomats in Bangkok praise
    Singapore as an even-handed broker")."""
    return tok.pos_ == "NOUN" and tok.dep_ == "ROOT" and {"nsubj", "dobj"} <= {c.dep_ for c in tok.children}


def _as_char_verb(prep_as: Any) -> Any:
    """The characterising verb an "as" phrase belongs to: its head, or - when the parser hung it on a relative
    clause closed by a comma ("regarded Sweden, which handles US cases, as an even-handed intermediary") - the
    verb whose object the clause describes; None if neither characterises."""
    verb = prep_as.head
    if verb.pos_ == "VERB" and verb.lemma_.lower() in _CHAR_VERBS:
        return verb
    if _noun_verb(verb) and verb.lemma_.lower() in _CHAR_VERBS:
        return verb
    if verb.dep_ == "relcl" and verb.head.head.pos_ == "VERB" and verb.head.head.lemma_.lower() in _CHAR_VERBS:
        return verb.head.head
    return None


def _as_phrase_claimant(verb: Any, lex: dict[str, Any], actors: Any) -> tuple[Any, Any]:
    """Claimant of "describes itself / its stance as neutral": the object (or the owner of a stance noun), else
    the verb's subject; returned with the verb that carries the claim."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None:
        if obj.lower_ in lex["stance_nouns"] or obj.lemma_.lower() in lex["stance_nouns"]:
            owner = _stance_owner(obj, actors)
            subj = subject_of(verb)
            if owner is not None and owner.lower_ == "their" and subj is not None and len(conjuncts(subj)) > 1:
                return subj, verb  # "Both Indonesia and Thailand describe their policies as non-aligned": each
            return owner, verb
        if obj.lower_ in ("which", "who", "whom", "that") and verb.dep_ == "relcl":
            return verb.head, verb  # "the Red Cross, which officials described as impartial"
        owner = next((c for c in obj.children if c.dep_ == "poss"), None)
        if owner is not None and obj.lemma_.lower() in _RUN_BODY_NOUNS:
            return owner, verb  # "describes his office as strictly impartial": the office holder's
        if obj.lower_ in _REFLEXIVES and subject_of(verb) is not None:
            return subject_of(verb), verb  # "Brazil and Colombia cast themselves as impartial": each subject
        return obj, verb
    subj = subject_of(verb)
    if subj is not None and is_passive(verb) and (subj.lower_ in lex["stance_nouns"]
                                                  or subj.lemma_.lower() in lex["stance_nouns"]):
        return _stance_owner(subj, actors), verb  # "Hungary's stance on the war has been described as neutral"
    return subj, verb



def _as_ancestor_claimant(tok: Any, actors: Any) -> tuple[Any, Any]:
    """Claimant of a cue inside "<verb> X as ..." when the parse hangs the cue below the "as" ("Officials describe
    Vietnam as careful not to favour either side"): the verb's object, as in :func:`_as_phrase_claimant`."""
    for t in list(tok.ancestors)[:5]:
        if t.lower_ == "as" and t.head.pos_ == "VERB" and t.head.lemma_.lower() in _CHAR_VERBS:
            return _as_phrase_claimant(t.head, lexicon(), actors)
    return None, None


def _claimant_token(tok: Any, actors: Any) -> tuple[Any, Any]:
    """Return ``(claimant token, predicate head)`` for an adjective cue, or ``(None, None)``."""
    lex = lexicon()
    dep, head = tok.dep_, tok.head
    first = head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    stance_ = next((c for c in tok.children if c.dep_ == "compound" and c.i < tok.i and (
        c.lower_ in lex["stance_nouns"] or c.lemma_.lower() in lex["stance_nouns"])), None)
    owner = next((c for t in (stance_, tok) if t is not None for c in t.children
                  if c.dep_ == "poss" and c.lower_ not in actors_mod.POSSESSIVE_PRONOUNS), None)
    if stance_ is not None and owner is not None and dep in ("oprd", "acomp", "ccomp", "xcomp") \
            and head.pos_ in ("VERB", "AUX"):
        return owner, head  # "Critics call India's stance neutral", the stance parsed as a modifier of the adjective
        # and the owner hung on either
    credited = _credited(head) if dep == "acomp" and head.lower_ == "being" else None
    if credited is not None:
        # "credit Qatar with being impartial in the talks", "praised Oman for being even-handed": the one credited
        return credited, credited.head
    named = next((c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == tok.i - 1), None)
    if named is not None and dep == "oprd" and head.pos_ == "VERB" and head.lemma_.lower() in _CHAR_VERBS:
        return named, head  # "Iranian state television calls Oman neutral", the name parsed as a modifier
    if dep == "oprd" and head.pos_ == "VERB" and head.lemma_.lower() in _CHAR_VERBS:
        # "A Japanese diplomat called New Delhi even-handed", both parsed as predicates: the name comes first
        first = next((c for c in head.children if c.dep_ == "oprd" and c.i < tok.left_edge.i and c.pos_ == "PROPN"
                      and actors.describe(noun_phrase(c))["kind"] == "actor"), None)
        if first is not None:
            return first, head
    if dep == "conj" and (head.lower_ in lex["adjectives"] or head.dep_ in ("oprd", "acomp", "attr")
                          or head.pos_ == "ADJ" and first.pos_ == "ADJ" and first.head.lower_ == "as"
                          or head.pos_ == "ADJ" and head.dep_ == "amod"):  # ("a fair and impartial broker")
        # ("as sovereign and non-aligned", "as open, pragmatic and non-aligned")
        return _claimant_token(head, actors)  # "calls its foreign policy multi-vector and balanced"
    if dep in ("pobj", "amod", "advmod", "acomp", "pcomp") and head.lower_ == "as" and _verbal(head.head):
        # (a participle cue as the object: "described Bangladesh as scrupulously even-handed")
        return _as_phrase_claimant(head.head, lex, actors)
    if dep in ("pobj", "amod", "advmod", "acomp") and head.lower_ == "as" and head.head.dep_ == "dobj" \
            and head.head.head.pos_ == "VERB" and head.head.head.lemma_.lower() in _CHAR_VERBS:
        # "described Kuala Lumpur's mediation as impartial" with "as" hung on the object
        return _as_phrase_claimant(head.head.head, lex, actors)
    if (head.pos_ == "VERB" or _noun_verb(head)) and head.lemma_.lower() in _CHAR_VERBS and any(
            c.lower_ == "as" and c.i < tok.i for c in tok.children):
        return _as_phrase_claimant(head, lex, actors)  # "describe Thailand's stance as balanced", "as" on the cue
        # (the verb at times tagged as a noun: "Diplomats in Geneva regard Paraguay as genuinely even-handed")
    if any(c.lower_ == "as" and c.i < tok.i for c in tok.children):
        # "describe Oman as genuinely even-handed, a rare quality" parsed with the cue on the appositive noun and
        # "as" on the cue: the characterising verb above it
        verb = next((a for a in list(tok.ancestors)[:3] if a.pos_ in ("VERB", "AUX")), None)
        if verb is not None and verb.lemma_.lower() in _CHAR_VERBS:
            return _as_phrase_claimant(verb, lex, actors)
    for a in list(tok.ancestors)[:4]:
        # "describes its foreign policy as sovereign and non-aligned", "describes his office as strictly impartial"
        # with the cue hung on the described noun or on an adjective before it, and "as" left on the verb
        if a.pos_ in ("VERB", "AUX"):
            if a.lemma_.lower() in _CHAR_VERBS and any(c.dep_ == "prep" and c.lower_ == "as" and c.i < tok.i
                                                         and not list(c.children) for c in a.children):
                return _as_phrase_claimant(a, lex, actors)
            break
    if dep == "amod" and head.pos_ in ("VERB", "AUX") and tok.i < head.i and tok.left_edge.i <= tok.sent.start + 1 \
            and subject_of(head) is not None and subject_of(head).i > tok.i:
        subj = subject_of(head)  # "Ostensibly even-handed, Ankara has closed ...", the cue hung on the verb
        owner = next((c for c in subj.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None) \
            if subj.pos_ == "NOUN" and subj.lower_ not in lex["excluded_heads"] else None
        if owner is not None and actors.canonical(noun_phrase(subj).text) is None:
            return owner, tok  # "Ostensibly even-handed, Qatar's mediation team has leaned ...": the team's owner
        return subj, head
    if dep == "amod" or (dep == "compound" and head.pos_ in ("NOUN", "PROPN")):
        owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if (head.lower_ in lex["excluded_heads"] or head.lemma_.lower() in lex["excluded_heads"]) \
                and not _referee_of_party(head, lex, actors):
            distanced = any(c.lower_ in lex["distancing"] for c in [*tok.children, *head.children]) \
                or _so_called(tok) is not None or _scare_quoted(tok)
            if owner is not None and distanced:
                return owner, head  # "Russia's ostensibly neutral election observers": a state's own observers
            if distanced and any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in head.children):
                return head, head  # "The so-called neutral observers sent by the SCO": that group, so described
            return None, None  # ("neutral observers say ...": onlookers, no party)
        if owner is not None and head.pos_ == "NOUN" and (head.lower_ in actors_mod.POSTED_NOUNS
                                                        or head.lower_ in actors_mod.PLACE_BOUND_NOUNS
                                                        or head.lemma_.lower() in actors_mod.POSTED_NOUNS):
            return owner, head  # "Moscow's 'neutral' peacekeepers", "Russia's ostensibly neutral election observers"
        if head.pos_ == "PROPN" or actors.canonical(noun_phrase(head).text) is not None:
            return head, head  # "neutral Switzerland", "the so-called neutral Swiss government"
        if head.lower_ in lex["stance_nouns"] or head.lemma_.lower() in lex["stance_nouns"]:
            return _stance_owner(head, actors), head
        listed = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > head.i
                       and actors.canonical(noun_phrase(c).text) is not None), None) if head.tag_ == "NNS" else None
        if listed is not None:
            return listed, head  # "Two neutral states, Switzerland and Austria, have offered ...": the states named
        if (head.tag_ == "NN" or head.tag_ == "NNS" and any(c.dep_ == "conj" for c in head.head.children)) \
                and head.dep_ == "appos" and head.head.pos_ == "PROPN" \
                and actors.canonical(noun_phrase(head.head).text) is not None:
            # ("Switzerland and Sweden, the two neutral nations that ...": each named party)
            # "Ireland, a militarily neutral EU member, ...": said of the named party, before any "of" inside the
            # apposition ("Mauritius, a non-aligned state of 1.3 million people")
            return head.head, head
        hyphened = (head.doc[head.i - 2].lower_ + "-" + head.lower_) if head.i >= 2 and \
            head.doc[head.i - 1].text == "-" else None  # "a neutral go-between" split by the tokenizer
        among = head.head.head if head.tag_ in ("NNS", "NNPS") and head.dep_ == "pobj" \
            and head.head.lower_ == "among" and head.lemma_.lower() in _GROUP_MEMBERS else None
        grouped = subject_of(among) if among is not None and among.pos_ in ("AUX", "VERB") \
            and among.lemma_ in ("be", "remain") else None
        if grouped is not None:
            return grouped, among  # "Austria and Ireland are among the few neutral states / EU members"
        if head.lower_ in lex["role_nouns"] or head.lemma_.lower() in lex["role_nouns"] \
                or hyphened in lex["role_nouns"]:
            predicated = head.dep_ in ("attr", "oprd") or (head.dep_ == "pobj" and head.head.lower_ == "as")
            one = head.head.head if _one_of_group(head) else None
            if one is not None and one.dep_ == "pobj" and one.head.lower_ == "as" and one.head.head.pos_ == "VERB" \
                    and one.head.head.lemma_.lower() in _CHAR_VERBS:
                return _as_phrase_claimant(one.head.head, lex, actors)  # "regard X as one of the most neutral states"
            if one is not None and one.dep_ in ("attr", "oprd") and one.head.pos_ in ("AUX", "VERB") \
                    and subject_of(one.head) is not None:
                return subject_of(one.head), one.head  # "Ireland remains one of the few neutral countries"
            if head.dep_ == "dobj" and head.head.lemma_.lower() in _CHAR_VERBS and any(
                    c.dep_ in ("dative", "dobj") and c.lower_ in _REFLEXIVES and c.i < head.i
                    for c in head.head.children):
                return subject_of(head.head), head.head  # "Qatar styles itself a neutral broker" (two objects)
            own = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if own is not None and head.dep_ in ("ccomp", "xcomp", "oprd") and head.head.pos_ == "VERB":
                # "Qatar considers itself an impartial broker": the small clause's subject (its own, reflexively)
                return (subject_of(head.head) if own.lower_ in _REFLEXIVES else own), head.head
            if head.tag_ in ("NNS", "NNPS") and not predicated:
                return None, None  # a generic class ("urged neutral states to join"): no one's neutrality
            # ("described Norway and Cuba as impartial guarantors": plural, but said of named parties)
            as_verb = _as_char_verb(head.head) if head.dep_ == "pobj" and head.head.lower_ == "as" else None
            if as_verb is not None and as_verb.i != head.head.head.i:
                # ("regarded Sweden, which handles US cases, as an even-handed intermediary": the regarding verb)
                return _stance_owner(head, actors, role=True), as_verb
            return _stance_owner(head, actors, role=True), head
        named = subject_of(head.head) if head.dep_ == "attr" and head.head.lemma_.lower() in ("be", "remain") \
            else None
        if head.lower_ in _BODY_HEADS and named is not None and named.pos_ == "PROPN" \
                and actors.canonical(noun_phrase(named).text) is not None:
            return named, head.head  # "the ICJ was an impartial court": the court named as the subject
        if head.lower_ in _BODY_HEADS and head.tag_ == "NN" and any(
                c.dep_ in ("det", "poss") for c in head.children):
            return head, head  # "Venezuela's ostensibly impartial electoral council": the body itself
        if head.tag_ == "NNS" and (head.lower_ in actors_mod.gazetteer()["party_nouns"]
                                   or head.lower_ in actors_mod.POSTED_NOUNS) \
                and (_so_called(tok) is not None or _scare_quoted(tok)) \
                and any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in head.children):
            return head, head  # "The so-called 'neutral' monitoring groups flown in by Minsk": that group
        if head.lower_ in _GOVERNMENT_HEADS and any(c.dep_ == "poss" and c.pos_ == "PROPN" or c.lower_ == "in" and any(
                g.dep_ == "pobj" and actors_mod.canonical_actor(g.text) is not None for g in c.children)
                                                     for c in head.children):
            return head, head
        if head.tag_ == "NN" and head.dep_ == "pobj" and head.head.lower_ == "as" \
                and _as_char_verb(head.head) is not None:
            return _as_phrase_claimant(_as_char_verb(head.head), lex, actors)  # "describe X as a neutral neighbour"
        return None, None
    own = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if own is not None and dep in ("ccomp", "xcomp", "oprd", "advcl"):
        if own.lower_ in lex["stance_nouns"] or own.lemma_.lower() in lex["stance_nouns"]:
            return _stance_owner(own, actors), head  # "Mongolia's stance is balanced, the president said"
        if own.lower_ in _REFLEXIVES and head.pos_ in ("VERB", "AUX") and subject_of(head) is not None:
            return subject_of(head), head  # "Costa Rica, which ... declared itself perpetually neutral"
        return own, head  # small clause: "declared the country neutral"
    if dep in ("acomp", "oprd", "attr", "xcomp", "ccomp", "advmod") and head.pos_ in ("AUX", "VERB"):
        if head.lemma_.lower() in _CHAR_VERBS or dep == "oprd":  # "declared the country neutral"
            obj = next((c for c in head.children if c.dep_ == "dobj"), None)
            if obj is not None and (obj.lower_ in lex["stance_nouns"] or obj.lemma_.lower() in lex["stance_nouns"]):
                return _stance_owner(obj, actors), head  # "Minsk calls its stance 'neutral'"
            if obj is not None and obj.lower_ in _REFLEXIVES and subject_of(head) is not None:
                return subject_of(head), head  # "Although it calls itself neutral, Caracas ...": who calls itself so
            if obj is not None:
                return obj, head
        subj = subject_of(head)
        if subj is not None and (subj.lower_ in lex["stance_nouns"] or subj.lemma_.lower() in lex["stance_nouns"]):
            return _stance_owner(subj, actors), head
        if subj is not None and subj.lemma_.lower() in _CLAIM_NOUNS and subj.i < head.i and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
            owner = next((c for c in subj.children if c.dep_ == "poss"), None)
            if owner is not None:  # "Kuwait's claim to be impartial ... is hard to take seriously"
                return owner, head
        if head.dep_ == "acl" and head.head.pos_ == "NOUN" and (subj is None or subj.i == head.head.i):
            # "Italy's claim to be impartial": the owner of the claim (bid, ambition) is the party
            owner = next((c for c in head.head.children if c.dep_ == "poss"), None)
            if owner is not None:
                return owner, head
        return subj, head
    if dep in ("pobj", "amod", "advmod") and head.lower_ == "as" and head.head.pos_ in ("VERB", "AUX"):
        return _as_phrase_claimant(head.head, lex, actors)
    if dep in ("advcl", "npadvmod", "dep", "amod", "ccomp", "conj") and head.pos_ in ("VERB", "AUX"):
        named = _epithet_holder(tok, tok, actors) if tok.i > head.i else None
        if named is not None and named.i > head.i:
            return named, None  # "accused Ankara, officially neutral in the war, of ...": an epithet on the object
        subj = subject_of(head)
        if subj is None and dep == "advcl" and tok.i <= tok.sent.start + 2:
            subj = _fronted_appos_subject(tok)  # ("Officially neutral on Ukraine, Ulaanbaatar ...", on "Ukraine")
        return subj, head  # "Nominally neutral, the emirate has ..."
    if dep == "advcl" and head.dep_ == "ROOT" and tok.i < head.i:
        # "Officially neutral in the disputes, Singapore nonetheless hosts US warships" with the verb read as a noun
        subj = next((c for c in head.children if c.dep_ == "nsubj" and c.i > tok.i), None)
        if subj is not None:
            return subj, head
    if dep == "nsubj" and tok.pos_ == "ADJ" and tok.i <= tok.sent.start + 2 and tok.i + 1 < tok.sent.end \
            and tok.doc[tok.i + 1].text == ",":
        # "Officially neutral, Trinidad and Tobago has nonetheless signed ...", the adjective made the subject and
        # the name its apposition
        named = next((c for c in tok.children if c.dep_ == "appos" and c.i == tok.i + 2
                      and c.pos_ in ("PROPN", "NOUN")), None)
        if named is not None:
            return named, head
    if dep == "ROOT":
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None and tok.pos_ == "ADJ" and tok.i + 1 < tok.sent.end and tok.doc[tok.i + 1].text == ",":
            # "Ostensibly neutral, the Russian peacekeepers ... are regarded ...": the fronted adjective was made
            # the root; the subject of the clause after the comma is the party described
            subj = next((t for t in tok.sent if t.i > tok.i and t.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None and tok.pos_ == "ADJ" and tok.i <= tok.sent.start + 2:
            subj = _fronted_appos_subject(tok)
        if subj is not None and (subj.lower_ in lex["stance_nouns"] or subj.lemma_.lower() in lex["stance_nouns"]):
            return _stance_owner(subj, actors), tok  # "Algeria's stance on the war is balanced" (read as a passive)
        return subj, tok
    return None, None


def _fronted_appos_subject(adj: Any) -> Any:
    """The subject after a fronted adjective phrase that the parser made the root and hung the subject on as an
    apposition or a conjunct ("Officially neutral, Trinidad and Tobago has ...", "Officially neutral on Ukraine,
    Ulaanbaatar nevertheless laid ...", with the name on "Ukraine"): the first name after the phrase's comma, when a
    verb hung on the adjective follows it."""
    comma = next((t for t in adj.sent if t.i > adj.i and t.text == ","), None)
    if comma is None or not all(t.i == adj.i or adj in t.ancestors for t in adj.doc[adj.i:comma.i]):
        return None  # the comma must close the adjective's own phrase
    subj = adj.doc[comma.i + 1] if comma.i + 1 < adj.sent.end else None
    while subj is not None and subj.dep_ in ("det", "compound", "amod") and subj.head.i > subj.i:
        subj = subj.head
    if subj is None or subj.dep_ not in ("appos", "conj") or subj.pos_ not in ("PROPN", "NOUN") \
            or not (subj.head.i == adj.i or adj in subj.head.ancestors):
        return None
    verb = next((t for t in adj.sent if t.i > subj.right_edge.i and t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.head.i != adj.i and not (verb.dep_ == "aux" and verb.head.head.i == adj.i) \
            and not (adj.dep_ == "advcl" and verb.i == adj.head.i and own_subject(verb) is None):
        return None  # (or the verb the adjective hangs on, which was left without a subject)
    return subj


def _verbal(tok: Any) -> bool:
    """A verb, or a characterising verb of a relative clause that the model tagged as a noun ("which both Tehran and
    Washington regard as impartial")."""
    return tok.pos_ in ("VERB", "AUX") or tok.dep_ == "relcl" and tok.lemma_.lower() in _CHAR_VERBS \
        or _noun_verb(tok) and tok.lemma_.lower() in _CHAR_VERBS  # ("Diplomats in Santiago regard X as neutral")


def _one_of_group(noun: Any) -> bool:
    """Is ``noun`` the plural group of "one of the ..." ("one of the few neutral countries")?"""
    return noun.tag_ in ("NNS", "NNPS") and noun.dep_ == "pobj" and noun.head.lower_ == "of" \
        and noun.head.head.lower_ == "one"


#: Verbs that hold a stance ("kept / maintained / adopted a neutral posture"): the stance's issue may hang on them.
_STANCE_VERBS = frozenset({"keep", "maintain", "adopt", "take", "hold", "pursue", "retain", "preserve", "strike",
                            "steer", "chart", "follow", "walk", "tread"})  # ("steering a neutral course in the war")

#: Stances taken "to" something ("its approach to the Venezuelan crisis", "attitude to the war").
_TO_STANCES = frozenset({"approach", "attitude", "response", "policy", "stance"})
#: Occasions on which a party is called neutral, never what it is neutral about ("during a visit to Cairo").
_OCCASIONS = frozenset({"visit", "trip", "tour", "stopover", "call", "meeting", "conference", "ceremony",
                        "dinner", "reception"})
#: Heads of an "in" phrase that give the setting of a claim, never its issue ("in a speech", "in the region").
_SETTING_NOUNS = frozenset({"contrast", "speech", "statement", "interview", "address", "remarks", "letter", "briefing",
                            "communique", "post", "op-ed", "editorial", "name", "region", "world", "neighbourhood",
                            "neighborhood", "water", "area", "public", "private", "principle", "theory", "practice",
                            "person", "writing", "secret"})
# ("in these waters": where; "praise Sudan's neutrality in public": how)


#: Roles a neutral party acts in whose "of" / "for" phrase names what it handles ("a neutral broker for the
#: pipeline", "an impartial guarantor of returns").
_AGENT_ROLES = frozenset({"facilitator", "guarantor", "regulator", "arbiter", "custodian", "mediator", "broker",
                          "intermediary", "go-between", "peacemaker", "umpire", "steward", "overseer"})


def _referee_of_party(head: Any, lex: dict[str, Any], actors: Any) -> bool:
    """A sport-sense role noun said of a named party ("describe the IMF as the one neutral referee among the
    creditors", "Oman is a neutral referee"): the role, not a match official."""
    if head.lemma_.lower() not in lex["role_nouns"]:
        return False
    if head.dep_ == "pobj" and head.head.lower_ == "as" and head.head.head.pos_ == "VERB":
        party = next((c for c in head.head.head.children if c.dep_ == "dobj"), None)
    elif head.dep_ == "attr" and head.head.pos_ in ("AUX", "VERB"):
        party = subject_of(head.head)
    elif head.dep_ == "oprd" and head.head.pos_ == "VERB":  # "called the Commission an impartial referee"
        party = next((c for c in head.head.children if c.dep_ == "dobj"), None)
    else:
        return False
    return party is not None and actors.describe(noun_phrase(party))["kind"] == "actor"


def _names_parties(prep: Any) -> bool:
    """Whether the object of ``prep`` is a party rather than a matter ("a neutral mediator for Khartoum", "for both
    sides")."""
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    return obj is None or obj.lemma_.lower() in _CAMPS | actors_mod.EITHER_NOUNS | {"party", "parties"} \
        or actors_mod.describe_span(noun_phrase(obj))["kind"] == "actor"


def _capital(tok: Any) -> bool:
    """Is ``tok`` a bare capital or other metonym of a state ("Doha", "Niamey"), sharing no word with the state's
    own name ("Bosnia", "eastern Congo" and "Ukraine" are the country)?"""
    if any(c.dep_ in ("amod", "compound", "det") for c in tok.children):
        return False
    state = actors_mod.canonical_actor(tok.text)
    return state is not None and actors_mod.is_state(state) \
        and not set(tok.lower_.split()) & set(state.lower().split())


def _issue(*heads: Any, sent: Any) -> str | None:
    for h in heads:
        if h is None:
            continue
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in ("through", "until", "till"):
                # "stayed neutral through / until the final weeks of the Second World War": the war it outlasted
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                war = [obj] + [g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                               if g.dep_ == "pobj"] if obj is not None else []
                war = [g for g in war if g.lemma_.lower() in _CONFLICTS or g.ent_type_ == "EVENT"]
                if war:
                    return phrase(war[0], stop=sent) or None
                continue
            if c.dep_ == "prep" and any(g.dep_ == "pobj" and (g.ent_type_ in ("DATE", "TIME") or g.like_num)
                                        for g in c.children):
                continue  # a time, not an issue: "declared itself neutral in 1983"
            if c.lower_ == "in" and any(g.dep_ == "pobj" and g.lemma_.lower() in _SETTING_NOUNS for g in c.children) \
                    or c.lower_ == "on" and any(g.dep_ == "pobj" and g.lower_ == "paper" for g in c.children):
                continue  # where or how it is said, not what about: "in a speech to parliament", "in name only",
                # "neutral on paper"
            if c.lower_ in ("in", "of") and h.tag_ == "NNS" and h.lemma_.lower() in _GROUP_MEMBERS and any(
                    g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC", "ORG") for g in c.children):
                continue  # where the group is: "among the few neutral states in Europe / of the EU"
            if c.lower_ == "in" and h.lower_ in _BODY_HEADS | _GOVERNMENT_HEADS and any(
                    g.dep_ == "pobj" and (g.ent_type_ == "GPE"
                                          or actors_mod.is_state(actors_mod.canonical_actor(g.text)))
                    for g in c.children):
                continue  # where the body sits: "the officially neutral electoral tribunal in Tegucigalpa"
            if c.lower_ == "in" and h.lemma_.lower() in _AGENT_ROLES | {"voice"} and any(
                    g.dep_ == "pobj" and actors_mod.canonical_actor(noun_phrase(g).text) is not None
                    and not actors_mod.is_state(actors_mod.canonical_actor(noun_phrase(g).text)) for g in c.children):
                continue  # the body it acts within: "the most impartial voice in ASEAN on the Myanmar crisis"
            if c.lower_ == "in" and any(g.dep_ == "pobj" and g.ent_type_ == "GPE" and _capital(g)
                                        for g in c.children):
                continue  # a capital is where, not what about: "described Qatar as a neutral mediator in Doha"
            if c.lower_ == "in" and h.lemma_.lower() in _CHAR_VERBS and any(
                    g.dep_ == "pobj" and (actors_mod.canonical_actor(g.text) is not None or g.ent_type_ == "GPE"
                                          or g.lemma_.lower() == "capital") for g in c.children):
                continue  # where the judges are: "Turkey, seen in Baku and Moscow as even-handed"
            # (a stance "to" something: "its approach to the Venezuelan crisis", "attitude to the war")
            # (and what it handles: "its even-handed handling of the port audits")
            if c.dep_ == "prep" and (c.lower_ in _ISSUE_PREPS or c.lower_ == "to" and h.lemma_.lower() in _TO_STANCES
                    or c.lower_ == "of" and h.lemma_.lower() in ("handling", "conduct", "view")
                    or c.lower_ == "of" and h.lemma_.lower() in _AGENT_ROLES
                    or c.lower_ == "for" and h.lemma_.lower() in _AGENT_ROLES and not _names_parties(c)
                    or c.lower_ == "among" and h.lemma_.lower() in _AGENT_ROLES):
                # (what a neutral agent handles: "an impartial facilitator of returns", "a neutral broker for the
                # pipeline"; "a balanced mediator among Bosnia's communities")
                obj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
                if obj is not None and c.lower_ == "between":
                    # the parties it stands between give way to the dispute named beside them ("an impartial broker
                    # between Kinshasa and Kigali in the dispute over coltan")
                    # (also hung on the verb: "called himself an impartial broker between ... in the dispute")
                    beside = [*h.children, *(h.head.children if h.head.pos_ in ("VERB", "AUX") else [])]
                    # ("between Dushanbe and Tashkent over the Rogun dam": what they are at odds over)
                    obj = next((g for d in beside if d.dep_ == "prep" and d.i > c.i and d.lower_ in _ISSUE_PREPS
                                for g in d.children if g.dep_ == "pobj" and (
                                    g.lemma_.lower() in _CONFLICTS or d.lower_ in ("over", "on")
                                    and g.ent_type_ not in ("DATE", "TIME") and not g.like_num
                                    and g.lemma_.lower() not in _SETTING_NOUNS | {"sideline", "behalf", "basis"})),
                               obj)  # (and "on" a topic: "between Washington and Beijing on chip export rules")
                if obj is not None and c.lower_ == "during" and obj.lemma_.lower() in _SETTING_NOUNS | _OCCASIONS:
                    continue  # when it was said, not what about: "during a visit to the locks"
                if obj is not None:
                    text = phrase(obj, stop=sent)
                    label = next((t for t in obj.subtree if t.dep_ == "appos" and t.i > obj.i
                                  and t.lemma_.lower() in _LABEL_NOUNS | {"role", "image", "reputation"}
                                  and t.doc[t.left_edge.i - 1].text == ","), None)
                    fronted = next((t for t in sent.doc[sent.start:min(sent.start + 3, sent.end)]
                                    if t.pos_ == "ADJ" and t.dep_ in ("ROOT", "advcl")), None)
                    if label is None and fronted is not None:
                        label = _fronted_appos_subject(fronted)  # the subject hung on the issue by the parser
                        label = label if label is not None and obj.i < label.i <= obj.right_edge.i else None
                    if label is not None:  # "between Yerevan and Baku, a role few in Armenia still accept"
                        text = sent.doc[obj.left_edge.i:label.left_edge.i - 1].text.strip(" ,;:.\"“”'‘’()")
                    return text or None
    return _asked_about(sent)


def _asked_about(sent: Any) -> str | None:
    """What a source was asked about in a participle opening the sentence ("Asked about the clashes, the Indian
    envoy said ..."): the question the claim answers, else None."""
    first = sent[0] if len(sent) else None
    if first is None or first.lower_ != "asked" or first.dep_ != "advcl":
        return None
    obj = next((g for c in first.children if c.dep_ == "prep" and c.lower_ == "about" for g in c.children
                if g.dep_ == "pobj"), None)
    return phrase(obj, stop=sent) or None if obj is not None else None


def _within_claim(tok: Any, chain: set[int]) -> bool:
    """Is ``tok`` on the claim's clause chain, or on a verb that continues the claimant's own act without a subject
    of its own ("has adopted a balanced position, declining to back Cairo despite Sisi's appeals")?"""
    for _ in range(4):
        if tok.i in chain:
            return True
        if tok.pos_ not in ("VERB", "AUX") or tok.dep_ not in ("xcomp", "advcl") or own_subject(tok) is not None \
                or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _clause_chain(cue: Any) -> set[int]:
    """Token indices from the cue up its heads to the predicate of its clause (through copulas, objects,
    prepositions and reporting verbs; not out of adverbial, relative or coordinated verb clauses)."""
    chain, t = {cue.i}, cue
    while t.head.i != t.i and not (t.dep_ in ("advcl", "relcl", "acl", "parataxis")
                                   or (t.dep_ == "conj" and t.pos_ in ("VERB", "AUX"))):
        t = t.head
        chain.add(t.i)
    return chain


def _qualified(cue: Any, sent: Any, sentences: Any, speech_verb: Any) -> bool:
    lex = lexicon()
    text = sent.text.lower()
    # multi-word markers anywhere in the sentence: "so-called", "on paper", "In practice, its neutrality ..."
    for w in [*lex["distancing"], *lex["contrast"]]:
        if (" " in w or "-" in w) and re.search(r"\b" + re.escape(w) + r"\b", text):
            return True
    chain = _clause_chain(cue)
    first = cue.i - 2 if cue.i >= 2 and cue.doc[cue.i - 1].text == "-" else cue.i  # "non-aligned" starts at "non"
    for t in sent:
        # a one-word marker counts where it bears on the claim's own clause: "Officially, China remains neutral",
        # not "Finland formally joined NATO, ending decades of non-alignment"
        if t.lower_ in lex["distancing"] and (t.i in chain or t.head.i in chain or t.i == first - 1):
            return True
        if t.lower_ in lex["contrast"] and " " not in t.lower_:
            if t.lower_ in ("but", "yet") and t.i < cue.i:
                continue  # "X is said to be a satellite, but it keeps its distance": the claim is the contrast
            if t.lower_ == "still" and t.i != sent.start:
                continue  # "and still maintains no relations": time, not contrast ("Still, ..." is)
            if t.lower_ == "yet" and t.i != sent.start and t.dep_ != "cc" \
                    and t.doc[t.i - 1].lower_ not in (",", ";", "and", "—", "-"):
                continue  # "not yet certain": time, not contrast ("..., yet it sells arms" is)
            # "despite granting refuge to ...": the party's own act undercuts it ("despite lobbying by Hargeisa", an
            # act of others the claim withstands, does not)
            act = any(c.dep_ == "pcomp" and (c.tag_ == "VBG" or c.tag_ == "VBN" and any(
                g.dep_ == "aux" and g.lower_ == "having" for g in c.children))  # ("despite having opened ...")
                and c.lemma_.lower() not in ("be", "have") and not any(
                g.dep_ in ("prep", "agent") and g.lower_ in ("by", "from") for g in c.children) for c in t.children)
            # (and the party's own ties or record: "despite its close ties to Belgrade")
            act = act or any(c.dep_ == "pobj" and c.lemma_.lower() in _TIES and any(
                g.dep_ == "poss" and (g.lower_ in ("its", "their") or g.lemma_.lower() in _GOVERNMENT_HEADS and any(
                    o.dep_ == "poss" and o.lower_ in ("its", "their") for o in g.children))
                for g in c.children) for c in t.children)  # (or "its government's warming ties with Moscow")
            # (or its own deeds named as nouns: "despite the presence of thousands of Burundian troops", "despite
            # Nouakchott's own heavy stake", "despite Astana's decision to name Rosatom"; not others' pressure)
            act = act or any(c.dep_ == "pobj" and c.lemma_.lower() in _OWN_ACT_NOUNS for c in t.children)
            # (the clause a "though" marks is its head's: "Although it calls itself neutral, X ..." concedes the
            # claim itself)
            conceded = t.head.subtree if t.dep_ == "mark" else t.subtree
            if t.lower_ in _CONCESSIVE and t.dep_ in ("prep", "mark") and cue.i not in {g.i for g in conceded} \
                    and _within_claim(t.head, chain) and not act and not any(
                        c.dep_ == "pobj" and c.lemma_.lower() in _EVIDENCE_NOUNS for c in t.children):
                continue  # "Despite pressure from both camps, Ghana has stayed neutral": the claim stands
                # (but "..., despite reports that its drones struck ..." undercuts it)
            if t.lower_ in ("while", "whereas") and t.dep_ == "mark" and _parties_contrasted(t, cue):
                continue  # "While Moscow and Beijing compete for influence, Turkmenistan has remained neutral"
            if t.lower_ == "while" and t.dep_ == "mark" and t.head.lemma_.lower() in _PRAISE_VERBS \
                    and own_subject(t.head) is None and cue.i in {g.i for g in t.head.subtree}:
                continue  # "Washington blamed Hamas for ..., while praising Egypt's even-handed role": two acts of one
                # speaker, the praise not contrasted
            if t.lower_ == "but" and t.dep_ == "cc" and t.i > cue.i and t.head.pos_ == "NOUN" \
                    and t.head.i not in chain and t.head.dep_ in ("dobj", "pobj"):
                continue  # "..., offering technical advice but no fuel": two things joined, no claim contrasted
            if t.i > cue.i and t.lower_ in ("but", "while") and _even_handed(t):
                continue  # "would stay neutral but would keep talking to every capital": more of the same stance
            if t.i > cue.i and _clarifies(sent.doc[t.i:sent.end]):
                continue  # "neutral, 'but neutral does not mean defenceless'": what the stance means, not a doubt
            if t.dep_ in ("cc", "mark", "advmod", "prep", "preconj") or t.i == sent.start:
                return True
    if _scare_quoted(cue):
        return True
    if cue.dep_ == "pobj" and cue.head.lower_ == "behind" and cue.head.head.lemma_.lower() in _HIDING_VERBS:
        return True  # "accused Hungary of hiding behind a neutrality it does not practise": a pretext
    if cue.dep_ in ("nsubj", "nsubjpass") and cue.head.lemma_.lower() in ("stop", "prevent", "deter", "keep") \
            and is_negated(cue.head) and any(c.dep_ == "prep" and c.lower_ == "from" for c in cue.head.children) \
            and speech_source(cue) is None:
        # "Moldova's neutrality has not stopped it from accepting EU funding for radars", in the narrator's words
        # (the party's own "our neutrality does not prevent us from ..." states it: read sets 3, 43, 51)
        return True
    for t in sent:  # "Ireland's neutrality is a fiction", "regard Malta's neutrality as a legal fiction", "call
        # Mongolia's neutrality a fiction" (the second object read as an apposition)
        if t.lemma_.lower() in lex["debunking"] and (t.dep_ in ("attr", "pobj", "oprd")
                                                     or t.dep_ == "appos" and t.head.i == cue.i) and (
                t.head.i in chain or t.head.lower_ == "as" and t.head.head.i in chain):
            return True
    for t in sent:  # "calls Minsk a neutral mediator, a description that Kyiv rejects": the label is disputed
        if t.i > cue.i and t.lemma_.lower() in _LABEL_NOUNS and t.doc[t.i - 2].text == "," and any(
                c.dep_ == "relcl" and not is_negated(c) and (c.lemma_.lower() in _REJECTING_VERBS or any(
                    s.dep_ == "nsubj" and s.lemma_.lower() in _CRITICS for s in c.children))
                or c.dep_ == "relcl" and is_negated(c) and c.lemma_.lower() in ("share", "accept", "endorse")
                or c.dep_ in ("relcl", "acl") and not is_negated(c) and _found_hard(c) for c in t.children):
            return True  # (or "..., a position his critics find hard to square with ...", "..., a view X do not share")
    if speech_verb is not None and speech_verb.lemma_.lower() in _DISTANCING_VERBS:
        return True
    for t in cue.ancestors:  # "praised what they call Turkey's neutral stance": the label is held at arm's length
        if t.lemma_.lower() in ("call", "term", "dub", "describe") and any(
                c.lower_ == "what" and c.dep_ in ("dobj", "nsubj", "oprd") for c in t.children):
            return True
        if t.dep_ == "ROOT":
            break
    for t in cue.ancestors:  # "insists (that) it is impartial", "pretends to be neutral", "calls itself non-aligned"
        lemma = t.lemma_.lower()
        if lemma in _DISTANCING_VERBS and t.pos_ in ("VERB", "AUX"):  # (not "raised questions about")
            return True
        if lemma in _IMAGE_VERBS and any(c.lower_ in ("itself", "themselves") for c in t.children):
            return True
        if t.dep_ == "ROOT":
            break
    # the critics' reply in a clause after a semicolon: "Analysts call Mongolia neutral; critics counter that ..."
    if any(t.text == ";" and t.i > cue.i and t.i + 2 < sent.end and _critics_reply(sent.doc[t.i + 1:sent.end])
           for t in sent):
        return True
    nxt = sentences.next
    if nxt is not None and (_next_contrast().search(nxt.text) and not _clarifies(nxt) or _critics_reply(nxt)):
        return True
    return False


#: Verbs whose subject takes on the role named after "as" ("would act as an honest broker that favoured neither").
_ACTING_VERBS = frozenset({"act", "serve", "function", "operate"})
#: Verbs of praise whose object's neutrality a speaker commends ("while praising Egypt's even-handed role").
_PRAISE_VERBS = frozenset({"praise", "commend", "hail", "laud", "applaud", "salute", "thank"})
#: Verbs of hiding behind a stance ("accused Hungary of hiding behind a neutrality it does not practise").
_HIDING_VERBS = frozenset({"hide", "shelter", "cower"})


def _clarifies(tokens: Any) -> bool:
    """Does a contrast only say what the stance does not mean ("But neutrality does not mean we will sit in the
    dark")? Such a clarification keeps the claim (fourteen of fifteen annotated passages with one code it so)."""
    return any(t.lemma_.lower() == "mean" and t.pos_ in ("VERB", "AUX") and is_negated(t) for t in tokens)


#: Acts toward every side that continue a neutral stance rather than undercut it ("..., while urging both sides to
#: respect the treaties", "but will support any agreement the two sides reach").
_EVEN_HANDED_VERBS = frozenset({"urge", "call", "appeal", "talk", "speak", "engage", "encourage", "invite", "press",
                                "ask", "support", "welcome", "respect", "help", "mediate", "keep", "continue"})
_EVERY_SIDE = frozenset({"both", "all", "every", "each", "either", "any"})


def _even_handed(word: Any) -> bool:
    """Does the clause a "but" / "while" introduces only address every side alike (see ``_EVEN_HANDED_VERBS``)?"""
    if word.dep_ == "cc":
        clause = next((c for c in word.head.children if c.dep_ == "conj" and c.i > word.i), None)
    elif word.dep_ == "mark":
        clause = word.head
    else:
        return False
    if clause is None or clause.pos_ != "VERB" or is_negated(clause):
        return False
    subj = own_subject(clause)
    if subj is not None and subj.lower_ not in ("it", "they", "we", "he", "she"):
        return False  # ("..., but critics urge both sides to ...": someone else's act)
    verb = clause
    if verb.lemma_.lower() in ("keep", "continue"):  # "keep talking to", not "keep selling arms to"
        verb = next((c for c in clause.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    if verb is None:
        return False
    # ("..., but it wants the rule of law upheld at sea", "but urged restraint": a principle, not a side)
    principle = verb.lemma_.lower() in _EVEN_HANDED_VERBS | {"want", "hope", "insist", "favour", "favor"} and any(
        t.lemma_.lower() in _PRINCIPLES and t.dep_ in ("dobj", "pobj", "nsubj", "ccomp") for t in clause.subtree)
    return principle or verb.lemma_.lower() in _EVEN_HANDED_VERBS - {"keep", "continue"} and any(
        t.lower_ in _EVERY_SIDE and t.dep_ in ("det", "predet", "dobj", "pobj", "nsubj") for t in clause.subtree)


#: What a neutral party may still call for without taking a side ("but it wants the rule of law upheld").
_PRINCIPLES = frozenset({"rule", "law", "dialogue", "restraint", "peace", "calm", "stability", "de-escalation",
                         "negotiation", "negotiations", "talks", "ceasefire", "diplomacy"})


def _one_against_another(tok: Any) -> bool:
    """"(side with) one country against another", "one against the other": any one party over any other."""
    one = tok.lower_ == "one" or any(c.dep_ == "nummod" and c.lower_ == "one" for c in tok.children)
    return one and any(c.dep_ == "prep" and c.lower_ == "against" and any(
        g.lower_ in ("another", "other", "others") for g in c.subtree) for c in tok.children)


def _parties_contrasted(mark: Any, cue: Any) -> bool:
    """Does a "while" clause only set two different named parties side by side ("Cairo accused Addis Ababa ...,
    while Khartoum said it would stay neutral")? Then it does not undercut the claim; a clause about the claimant
    or its own ("while its airports refuel US jets", "while keeping troops in Doha") does."""
    inner = mark.head
    outer = inner.head if inner.dep_ in ("advcl", "conj") and inner.head.i != inner.i else None
    if outer is None:
        return False
    inner_ids = {t.i for t in inner.subtree}
    claim, other = (inner, outer) if cue.i in inner_ids else (outer, inner)
    names = []
    for clause in (claim, other):
        subj = subject_of(clause)
        if subj is None or subj.pos_ != "PROPN":
            return False
        found = {actors_mod.canonical_actor(noun_phrase(t).text) for t in conjuncts(subj)}
        if None in found:
            return False
        names.append(found)
    other_words = [t for t in other.subtree if other.i == inner.i or t.i not in inner_ids]
    own = subject_of(other)
    claimants = names[0]
    there = {t.i for t in other_words}
    named_there = {a for i, a in actors_mod.mentions(cue.sent) if i in there}
    if any(t.lower_ in ("its", "it", "their", "they", "them") and not (
            t.lower_ == "its" and own.tag_ == "NNP" and len(conjuncts(own)) == 1 and own.i < t.i
            and not claimants & named_there) for t in other_words):
        return False  # ("while NATO jets use its airspace"; but "Somalia accused Ethiopia of violating its
        # sovereignty, while ...": a singular state named first, the claimant nowhere in its clause, owns its "its")
    return not (names[0] & names[1])


#: Subjects of a next sentence that contest what came before ("Critics reply that ...", "Its critics note ...").
_CRITICS = frozenset({"critic", "sceptic", "skeptic", "detractor", "doubter"})


def _found_hard(clause: Any) -> bool:
    """A clause that finds a claim hard to believe ("a claim that exiled students find hard to take seriously",
    "which diplomats find difficult to credit")."""
    words = list(clause.subtree)
    return any(t.lower_ in ("hard", "difficult", "impossible") for t in words) and any(
        t.lemma_.lower() in ("believe", "take", "credit", "accept", "swallow", "square") for t in words)


def _critics_reply(nxt: Any) -> bool:
    """Does the next sentence open with the claim's critics answering it, or accuse "it"/"them" ("Western
    governments accuse it of arming Moscow")? A named party accused there is often accused of something else
    ("The United States has accused China of unfair trade practices"), so only a pronoun counts."""
    root = nxt.root
    if is_negated(root) or (root.pos_ not in ("VERB", "AUX") and not any(c.dep_ == "nsubj" for c in root.children)):
        return False  # (a root with a subject is a verb the small model tagged as a noun: "Sceptics ... point to")
    if any(c.dep_ == "nsubj" and (c.lemma_.lower() in _CRITICS or c.lower_.rstrip("s") in _CRITICS)
           for c in root.children):
        return True
    return root.lemma_.lower() in _CONTEST_VERBS and any(
        c.dep_ == "dobj" and c.lower_ in ("it", "them") for c in root.children)


_OPEN_MARKS, _CLOSE_MARKS = ("'", "‘", '"', "“"), ("'", "’", '"', "”")


def _scare_quoted(cue: Any) -> bool:
    """Is the cue inside a short quoted label ("'military neutrality'", "“neutrality”", '"positive neutrality"')?

    A quotation of speech ("is “strictly neutral and will remain so”") has a verb in it and is not a label.
    """
    doc, sent = cue.doc, cue.sent
    left = next((i for i in range(cue.i - 1, max(sent.start, cue.i - 4) - 1, -1) if doc[i].text in _OPEN_MARKS), None)
    right = next((i for i in range(cue.i + 1, min(sent.end, cue.i + 4)) if doc[i].text in _CLOSE_MARKS), None)
    if left is None or right is None or right - left - 1 > 4:
        return False
    inside = doc[left + 1:right]
    if inside[0].lower_ in _INTENSIFIERS and inside[0].i < cue.i and speech_source(cue) is not None:
        return False  # "told Al Jazeera that Oman had been 'truly impartial'": the speaker's praise, quoted
    return not any(t.is_quote or t.text in _OPEN_MARKS + _CLOSE_MARKS for t in inside) and all(
        t.i == cue.i or t.pos_ in ("ADJ", "NOUN", "PROPN", "ADV", "PUNCT") for t in inside)


#: Adverbs that strengthen a quoted label into praise ("'truly impartial'", "'scrupulously neutral'").
_INTENSIFIERS = frozenset({"truly", "genuinely", "strictly", "completely", "entirely", "totally", "scrupulously",
                           "absolutely", "fully", "perfectly", "utterly"})


def _contested(cue: Any, claimant: str | None, actors: Any) -> bool:
    """Is the claim contested right after it in the same sentence, without a contrast word ("The UAE describes itself
    as neutral; Western officials accuse it of turning a blind eye", "Switzerland, which calls itself impartial, has
    been accused of ...")? The accusation must name the claimant or refer to it with "it"/"they". An accusation in
    the next sentence is often about something else ("... China's balanced position. The United States has accused
    China of unfair trade practices"), so only a contrast word there qualifies (:func:`_qualified`)."""
    if claimant is None:
        return False
    for t in cue.sent:
        if t.i <= cue.i:
            continue
        if t.pos_ != "VERB" or t.lemma_.lower() not in _CONTEST_VERBS or is_negated(t) \
                or t.dep_ == "xcomp" and t.head.lemma_.lower() in ("decline", "refuse", "avoid"):
            continue  # (nor "... and declined to criticise China": criticism held back contests nothing)
        for obj in (c for c in t.children if c.dep_ in ("dobj", "nsubjpass")):
            if obj.lower_ in ("it", "them", "they") or actors.describe(noun_phrase(obj))["actor"] == claimant:
                return True
    return False


#: A party's own bonds to one side, which undercut its neutrality when conceded ("despite its close ties to
#: Belgrade"; not "despite its size").
_TIES = frozenset({"tie", "link", "relation", "relationship", "connection", "dealing", "alignment", "closeness",
                   "dependence", "reliance", "friendship", "alliance", "sympathy"})


#: Appositive nouns that restate a characterisation ("..., a description that Kyiv rejects").
_LABEL_NOUNS = frozenset({"description", "characterisation", "characterization", "label", "claim", "portrayal",
                          "assertion", "depiction", "view", "position", "stance"})
_REJECTING_VERBS = frozenset({"reject", "dispute", "deny", "dismiss", "contest", "challenge", "ridicule", "mock",
                              "deride", "question", "doubt"})
_CONTEST_VERBS = frozenset({"accuse", "blame", "fault", "criticise", "criticize", "condemn", "denounce", "charge"})


def _governing_verb(cue: Any) -> Any:
    """The nearest claiming or characterising verb above the cue (through copulas, xcomp, prepositions)."""
    t = cue
    for _ in range(4):
        if t.head == t or (t.i != cue.i and t.dep_ in ("nsubj", "nsubjpass")):
            return None  # "Venezuela's impartial electoral council declared ...": the subject's verb is not a claim
        t = t.head
        lemma = t.lemma_.lower()
        if (t.pos_ in ("VERB", "AUX") or _noun_verb(t)) and (lemma in _CHAR_VERBS or lemma in _SELF_VERBS):
            if lemma == "maintain" and not any(c.dep_ == "ccomp" for c in t.children):
                return None  # "maintained its neutrality" keeps a status; "maintains that ..." claims
            return t
        if t.dep_ == "ccomp" and t.head.lemma_.lower() in _SELF_VERBS | _CHAR_VERBS:
            return t.head  # "pretend (that) it is a neutral peacemaker", "insists it is impartial"
        if t.dep_ in ("ccomp", "ROOT", "relcl", "conj"):
            return None
    return None


def _so_called(cue: Any) -> Any:
    """The "called" of a "so-called" on the cue or on its noun, else ``None``."""
    doc = cue.doc
    for t in (cue, cue.head):
        for c in t.children:
            if c.lower_ == "called" and c.i >= 2 and doc[c.i - 1].text == "-" and doc[c.i - 2].lower_ == "so":
                return c
    return None


#: Verbs whose subject characterises the object's stance ("Moscow accuses the so-called neutral Swiss government").
#: (Praise judges too: "The White House praised Cairo's even-handed role", "Kyiv thanked Ankara for its even-handed
#: role".)
_JUDGING_VERBS = frozenset({"accuse", "dismiss", "mock", "deride", "ridicule", "scoff", "sneer", "attack", "criticise",
                            "criticize", "condemn", "denounce", "question", "reject", "slam", "blast", "lambast",
                            "fault",
                            "thank", "hail", "applaud", "salute", "endorse"}) | _CREDIT_VERBS


def _in_description(cue: Any) -> bool:
    """Is the cue inside a relative clause or apposition set off by commas after the party it describes
    ("Switzerland, which is neutral, ...", "Oman, which stayed out of the war, ...", "Malta, a neutral state, ...")
    with no verb of saying or describing on the way ("South Africa, which says it favours neither side" is its own
    claim)? Also an adjective phrase between commas right after its clause's subject, parsed as an adjunct of the
    verb ("Switzerland, neutral since 1815, has offered ...")."""
    if cue.pos_ == "ADJ" and cue.dep_ in ("advcl", "dep", "npadvmod") and cue.head.pos_ in ("VERB", "AUX"):
        subj = subject_of(cue.head)
        left = cue.left_edge.i
        if subj is not None and subj.right_edge.i == left - 2 and cue.doc[left - 1].text == "," \
                and cue.right_edge.i + 1 < len(cue.doc) and cue.doc[cue.right_edge.i + 1].text == ",":
            return True
    for a in [cue, *list(cue.ancestors)[:6]]:
        if (a.pos_ in ("VERB", "AUX") or a.dep_ == "relcl") and a.lemma_.lower() in _SELF_VERBS | _CHAR_VERBS:
            return False  # (a relative clause's verb may be tagged as a noun: "which X and Y regard as impartial")
        if a.dep_ in ("relcl", "appos") and a.head.pos_ in ("PROPN", "NOUN") and a.head.i < a.i:
            left = a.left_edge.i
            relative = a.dep_ == "appos" or any(c.lower_ in ("which", "who") and c.dep_ in ("nsubj", "nsubjpass")
                                                for c in a.children)
            return relative and left > a.sent.start and a.doc[left - 1].text == ","
    return False


def _voice(cue: Any, claimant: str | None, char_verb: Any, actors: Any) -> tuple[str, Any]:
    """Voice and the speech verb (if any)."""
    called = _so_called(cue)
    if called is not None:
        # "so-called" labels the stance as someone else's: a third party's when the sentence credits one (a source,
        # or the subject of a verb that judges it), else the narrator's own distancing
        found = speech_source(cue)
        if found is not None and actors.describe(noun_phrase(found[0]))["actor"] not in (None, claimant):
            return "other", found[1]
        judge = next((a for a in cue.ancestors if a.pos_ == "VERB" and a.lemma_.lower() in _JUDGING_VERBS), None)
        subj = subject_of(judge) if judge is not None else None
        if subj is not None and actors.describe(noun_phrase(subj))["actor"] not in (None, claimant):
            return "other", judge
        for a in cue.ancestors:  # "Russian diplomats refer to X's so-called neutrality", "officials speak of ..."
            own = next((c for c in a.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
                if a.pos_ in ("VERB", "AUX") else None
            if own is not None and cue not in own.subtree and own.pos_ == "NOUN" \
                    and actors.describe(noun_phrase(own))["actor"] != claimant:
                return "other", a  # (a person or group, not a pronoun for the party itself)
            if a.dep_ in ("ROOT", "relcl", "advcl"):
                break
        for c in [t for a in [cue, *cue.ancestors] for t in a.children if t.dep_ in ("parataxis", "ccomp")
                  and t.lemma_.lower() in syntax_lexicon()["speech_verbs"] and t.i > cue.i]:
            own = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
            if own is not None and own.pos_ == "NOUN":  # "X's so-called neutrality, a former army chief argued, ..."
                return "other", c
        return "narrator", None
    claim_ = next((a for a in list(cue.ancestors)[:3] if a.pos_ == "NOUN" and a.lemma_.lower() in _CLAIM_NOUNS),
                  None) or _claim_to(cue)  # ("dismiss Ankara's claim to neutrality", the "to" hung on the verb)
    if claim_ is not None and claimant is not None and any(
            c.dep_ == "poss" and actors.describe(noun_phrase(c))["actor"] == claimant for c in claim_.children):
        # "Western diplomats dismiss Ankara's claim to neutrality": the claim is the party's own, however judged
        return "self", None
    adj = cue.head if cue.head.text == "-" and cue.head.i == cue.i - 1 else cue
    head = adj.head
    if head.lemma_.lower() in ("appear", "seem", "look") and head.dep_ == "xcomp" and head.head.lemma_.lower() in (
            "seek", "try", "want", "hope", "aim", "strive", "wish", "work", "labour", "labor") \
            and speech_source(cue) is None:  # (not "Analysts say Panama has tried to appear neutral")
        return "self", head.head  # "has sought to appear even-handed": the party's own aim
    if cue.pos_ in ("ADJ", "PROPN", "NOUN", "VERB") and cue.i < head.i and head.pos_ in ("VERB", "AUX") \
            and adj.dep_ in ("advcl", "npadvmod", "dep", "amod", "acomp") \
            and min(adj.left_edge.i, cue.i - 2) <= cue.sent.start + 1 and head.dep_ == "ROOT" \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in adj.children):  # (a clause with its subject is
        # reported speech the parser hung as an adverbial: "Singapore will not choose ..., its prime minister told")
        # a fronted adjunct ("Officially non-aligned, Indonesia has ...") is the narrator's description, even
        # when a source is credited for the rest of the sentence ("..., according to a white paper")
        return "narrator", None
    before = cue.left_edge.i - 1
    while before > cue.sent.start and cue.doc[before].lower_ in ("both", "all", "each"):
        before -= 1  # "Austria and Ireland, both militarily neutral, ..."
    if cue.dep_ == "amod" and before > cue.sent.start and cue.doc[before].text == "," \
            and cue.head.i < cue.i and cue.head.pos_ == "PROPN":
        # "Switzerland, neutral for two centuries, has offered ...", "Austria and Ireland, both militarily
        # neutral, ...": an epithet
        return "narrator", None
    first = cue.doc[cue.i - 2] if cue.i >= 2 and cue.doc[cue.i - 1].text == "-" else cue
    if _epithet_holder(first, cue, actors) is not None:
        return "narrator", None  # the same epithet with a broken parse ("Serbia, officially non-aligned, ...")
    if cue.dep_ in ("amod", "compound") and cue.i < cue.head.i and cue.head.pos_ == "PROPN" \
            and actors_mod.canonical_actor(cue.head.text) is not None:
        # an epithet on a named party ("Neutral Austria has ended its gas contract, the ministry said") is the
        # narrator's description, even inside reported speech
        return "narrator", None
    if _in_description(cue):
        # "Switzerland, which is neutral, has offered ..., the foreign ministry said", "Malta, a neutral state under
        # its constitution, ...": background the writer gives about a party, not what the source says
        return "narrator", None
    if char_verb is not None and char_verb.lemma_.lower() == "maintain" and not any(
            c.dep_ == "ccomp" for c in char_verb.children):
        char_verb = None  # "has long maintained a studied neutrality" keeps a status (codebook), it claims nothing
    if char_verb is None or char_verb.lemma_.lower() not in _CHAR_VERBS | _SELF_VERBS:
        char_verb = _governing_verb(cue) or char_verb
    if char_verb is not None and char_verb.lemma_.lower() == "accept" and not any(
            c.lower_ == "as" for c in char_verb.children):
        char_verb = None  # "accepted X as impartial" judges X; "accepted the verdict of the neutral panel" does not
    if char_verb is not None and char_verb.lemma_.lower() in _CHAR_VERBS | _SELF_VERBS:
        subj = subject_of(char_verb)
        relative = None
        if char_verb.dep_ == "relcl":
            # "which both Tehran and Washington regard as impartial", the subject parsed as a modifier (and the verb
            # at times as a noun): they, not the noun the clause hangs on; the relative pronoun is what they regard so
            relative = next((c for c in char_verb.children if c.lower_ in ("which", "who", "whom") and (
                c.dep_ == "dobj" or char_verb.pos_ == "NOUN")), None)
            subj = next((c for c in char_verb.children if c.dep_ in ("nsubj", "nmod", "compound")
                         and c.pos_ in ("PROPN", "NOUN") and c.i < char_verb.i), None) or subj
        obj = relative or next((c for c in char_verb.children if c.dep_ == "dobj"), None) or next(
            (c for c in cue.children if c.dep_ == "compound" and c.i < cue.i and c.pos_ in ("NOUN", "PROPN")), None)
        # (the object may be parsed as a modifier of the adjective: "Critics call India's stance neutral", "Iranian
        # state television calls Oman neutral")
        if obj is not None and obj.lower_ in _REFLEXIVES:
            return "self", char_verb
        if is_passive(char_verb) and char_verb.head.lemma_.lower() in ("want", "seek", "hope", "aim", "try",
                                                                        "wish", "like", "strive"):
            return "self", char_verb  # "wants to be seen as an even-handed broker"
        if (is_passive(char_verb) or char_verb.tag_ == "VBN" and char_verb.dep_ in ("acl", "advcl") and not any(
                c.dep_ in ("nsubj", "aux") for c in char_verb.children)) and char_verb.lemma_.lower() in _CHAR_VERBS:
            # "Finland was presented abroad as a model neutral state", "Turkey, seen in Baku as even-handed, ..."
            return "other", char_verb
        if subj is not None:
            # (each of coordinated subjects speaks for itself: "Both Egypt and the UAE claim to be neutral")
            whos = {actors.describe(noun_phrase(t))["actor"] for t in conjuncts(subj)} - {None}
            owner = actors_mod.document_owner(subj)
            whos |= {actors.for_token(owner)} - {None} if owner is not None else set()
            # (a state's own charter speaks for it: "Uzbekistan's foreign policy concept describes the country as")
            if (obj is not None or char_verb.lemma_.lower() in _JUDGING_VERBS) and \
                    char_verb.lemma_.lower() in _CHAR_VERBS:  # ("critics scoffed at Bern's neutrality")
                own = claimant in whos or (
                    char_verb.lemma_.lower() not in _JUDGING_VERBS and subj.pos_ in ("NOUN", "PROPN")
                    and subj.tag_ not in ("NNS", "NNPS") and obj is not None
                    and obj.lemma_.lower() in lexicon()["stance_nouns"]
                    and not any(actors_mod.canonical_actor(w) is not None for w in whos)
                    and claimant is not None and actors_mod.is_state(actors_mod.canonical_actor(claimant))
                    and _unowned_official(subj, claimant))
                # ("The foreign ministry describes Mexico's foreign policy as neutral": one official voice naming no
                # state, describing a state's own policy, is that state's; "officials regard X as neutral" are others)
                return ("self" if own else "other"), char_verb
            if char_verb.lemma_.lower() in _SELF_VERBS and claimant in whos:
                return "self", char_verb
            if obj is None and claimant in whos:
                return "self", char_verb  # "New Delhi, which calls its stance neutral": its own description
    judge = next((a for a in list(cue.ancestors)[:5] if a.pos_ == "VERB" and a.lemma_.lower() in _JUDGING_VERBS
                  and not is_negated(a) and a.i < cue.i), None)  # (what follows the judging verb is judged)
    judges = {actors.describe(noun_phrase(t))["actor"] for t in conjuncts(subject_of(judge))} - {None} \
        if judge is not None and subject_of(judge) is not None else set()
    if judges and claimant not in judges:
        # "Critics in Kyiv mock Ankara's balanced approach", "Baku accuses Tehran of posing as an even-handed
        # mediator": the stance as the judges put it
        return "other", judge
    found = speech_source(cue)
    if found is None:
        return "narrator", None
    speaker, verb = found
    if verb.lower_ == "according" and {speaker.lemma_.lower(), speaker.lower_} & lexicon()["evidence_sources"]:
        return "narrator", None  # "..., according to customs figures": evidence, not a voice
    np_ = noun_phrase(speaker)
    who = actors.describe(np_)["actor"]
    if who is not None and claimant is not None and who == claimant:
        return "self", verb
    if claimant is not None and claimant in {a for _, a in actors_mod.mentions(np_)} \
            and speaker.lemma_.lower() not in _PRIVATE_VOICES:
        # "The United Nations mission says it remains neutral": the claimant is in the speaker (not "a Fijian
        # academic said Suva's neutrality was ...": a private person of that country is another voice)
        return "self", verb
    owner = next((c for c in speaker.children if c.dep_ == "poss"), None)
    if owner is not None and claimant is not None and actors.for_token(owner) == claimant:
        return "self", verb  # "..., the bloc's special representative said": the bloc's own envoy
    if (who is None or actors_mod.canonical_actor(who) is None) and _unowned_official(speaker, claimant):
        # "It favours neither side, a foreign ministry spokesman said": an official voice that names no other state
        # speaks for the state whose stance it states ("diplomats in Hanoi", posted there from elsewhere, do not)
        return "self", verb
    return "other", verb


def _unowned_official(speaker: Any, claimant: str | None) -> bool:
    """Is ``speaker`` an official voice that names no state of its own ("a foreign ministry spokesman", "the
    chancellor", "The foreign ministry")? It then speaks for the state whose stance it states."""
    np_ = noun_phrase(speaker)
    named = {a for _, a in actors_mod.mentions(np_) if actors_mod.canonical_actor(a) is not None}
    titled = any(t.lower_ in _OFFICIAL_VOICES or t.lower_ in actors_mod.gazetteer()["titles"]
                 for t in np_ if t.i < speaker.i and t.dep_ == "compound")  # "Foreign Minister Sugiono"
    posted = speaker.lower_ in actors_mod.POSTED_NOUNS and any(c.dep_ == "prep" and c.lower_ == "in"
                                                       for c in speaker.children)
    # ("the chancellor said": a title as the head; "The Federal Council says": a state's executive council)
    # (not a retired or former office holder: "a retired army general told a committee")
    titled = titled or speaker.lower_ in actors_mod.gazetteer()["titles"] and not any(
        c.lower_ in ("retired", "former", "ex") for c in speaker.children) or (
        speaker.lower_ == "council" and any(c.lower_ == "federal" for c in speaker.children))
    # (a state's own organs speak for a state, not for a court or a body they describe: "The government insists
    # the reformed Constitutional Tribunal is impartial" is another's voice)
    organ = speaker.lemma_.lower() in ("government", "ministry", "cabinet", "presidency")
    titled = titled or speaker.lemma_.lower() == "administration" and any(
        c.lower_ == "presidential" for c in speaker.children)  # ("the presidential administration says")
    return not named and not posted and (speaker.lemma_.lower() in _OFFICIAL_VOICES or titled) and not (
        organ and claimant is not None and not actors_mod.is_state(actors_mod.canonical_actor(claimant)))


#: Adverbs of impartial conduct ("has acted impartially", "deals even-handedly with both").
_ADVERBS = frozenset({"impartially", "neutrally", "even-handedly", "evenhandedly"})


def detect(doc: Any, *, sentences: Any, actors: Any) -> list[dict[str, Any]]:
    """Neutrality rows for the target sentence (see the module docstring)."""
    sent = sentences.target
    if not cue_regex().search(sent.text):
        return []
    lex = lexicon()
    rows: list[dict[str, Any]] = []
    for tok in sent:
        low, lemma = tok.lower_, tok.lemma_.lower()
        claim_tok = pred = None
        negated = False
        issue_heads: list[Any] = []
        after_side = None  # an issue phrase on the verb after the side ("not on anyone's side in the standoff")
        if tok.i >= sent.start + 2 and doc[tok.i - 1].text == "-" and \
                (doc[tok.i - 2].lower_ + "-" + low) in lex["adjectives"]:
            low = doc[tok.i - 2].lower_ + "-" + low  # "non-aligned", "even-handed" split by the tokenizer
        if low == "aligned" and tok.pos_ in ("ADJ", "VERB"):
            # "not aligned with any bloc", "aligned with none"
            partner_ = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
                        if g.dep_ == "pobj"]
            none_ = bool(partner_) and (partner_[0].lower_ in ("none", "neither", "nobody", "anyone", "anybody")
                                        or any(c.lower_ in ("any", "either", "no") for c in partner_[0].children))
            if not none_ or (partner_[0].lower_ not in ("none", "neither") and not (is_negated(tok) or any(
                    c.dep_ == "neg" for c in tok.head.children))):
                continue
            claim_tok, pred = _claimant_token(tok, actors)
            if claim_tok is None and tok.dep_ == "conj":
                claim_tok, pred = _claimant_token(tok.head, actors)
            # ("is not aligned with anyone in the confrontation over Cuban oil")
            _add(rows, tok, claim_tok, pred, False, _issue(tok, tok.head, sent=sent), sent, sentences, actors)
            continue
        if low == "outside" and tok.head.lemma_.lower() in ("stay", "remain", "keep", "be"):
            obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if obj is None or obj.lemma_.lower() not in ("bloc", "alliance", "pact", "coalition", "camp"):
                continue
            if not is_negated(tok.head):
                _add(rows, tok, subject_of(tok.head), tok.head, False, None, sent, sentences, actors)
            continue
        if low == "handedly" and tok.i >= sent.start + 2 and doc[tok.i - 1].text == "-" \
                and doc[tok.i - 2].lower_ == "even":
            low = "even-handedly"
        if low in _ADVERBS and tok.dep_ == "advmod":
            # "Oslo maintains that it administers the archipelago impartially", "Egypt had behaved impartially
            # during the exchanges": the manner of the subject's own conduct (the adverb may hang on the verb's
            # object or preposition: "would chair the meeting impartially", "deals even-handedly with both")
            verb = tok.head.head if tok.head.dep_ in ("dobj", "prep") else tok.head
            if verb.pos_ in ("VERB", "AUX"):
                _add(rows, tok, subject_of(verb), verb, is_negated(verb), _issue(verb, sent=sent), sent, sentences,
                     actors)
            continue
        if low in lex["adjectives"] or (low.startswith("non-") and low in lex["adjectives"]):
            if _excluded_prefix(tok) or _rating(tok) or _inside_name(tok, actors):
                continue  # part of a name: "the Non-Aligned Movement", "Neutral Bay"
            if low == "honest" and not (tok.dep_ == "amod" and tok.head.lemma_.lower() == "broker"):
                continue  # only "an honest broker"
            if any(g.dep_ == "pobj" and (g.lower_ in lex["excluded_heads"] or g.lemma_.lower() in lex["excluded_heads"])
                   for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children):
                continue  # "the statement was neutral in tone": the same sense as "a neutral tone"
            stance_ = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else None
            if stance_ is not None and stance_.dep_ == "dobj" and tok.head.lower_ == "on" \
                    and stance_.lemma_.lower() in lex["stance_nouns"] and stance_.head.lemma_.lower() in _CHAR_VERBS \
                    and (low != "objective" or any(c.lower_ in ("fair", "impartial") for c in tok.children)):
                # "Beijing calls its position on the Ukraine war objective and fair", "Santiago calls its position on
                # the rivalry 'neutral'", parsed with the cue as the object of "on": the stance's owner claims it,
                # and the words between "on" and the cue are the issue
                issue_ = doc[tok.head.i + 1:tok.i].text or None
                _add(rows, tok, _stance_owner(stance_, actors), stance_.head, False, issue_, sent, sentences, actors)
                continue
            if low in ("balanced", "objective"):
                adj = tok.head if tok.dep_ == "conj" and tok.head.pos_ == "ADJ" else tok  # "multi-vector and balanced"
                if adj.head.lower_ == "as" and adj.head.head.pos_ == "VERB":  # "describing X's position as balanced"
                    cands = [c for c in adj.head.head.children if c.dep_ == "dobj"]
                elif adj.dep_ == "amod":
                    cands = [adj.head]
                else:
                    cands = [subject_of(adj.head), next((c for c in adj.head.children if c.dep_ == "dobj"), None)] \
                        if adj.head.pos_ in ("AUX", "VERB") else []
                # "Mongolia's stance on the war is balanced, the president said": the small model reads a passive
                # participle whose own subject is the stance
                if adj.pos_ == "VERB" and not any(c.dep_ == "agent" for c in adj.children):
                    cands += [c for c in adj.children if c.dep_ == "nsubjpass"]  # (not "balanced by new deals")
                # "claims to be balanced in its approach to the Gulf dispute": balanced in the party's own stance
                cands += [g for c in adj.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
                          if g.dep_ == "pobj" and any(d.dep_ == "poss" for d in g.children)]
                stance = next((c for c in cands if c is not None and c.lemma_.lower() in
                               lex["stance_nouns"] | lex["role_nouns"]), None)
                if low == "objective" and not any(c.lower_ in ("fair", "impartial", "neutral") for c in
                                                  [*tok.children, tok.head]):
                    continue
                party = subject_of(adj.head) if low == "objective" and adj.dep_ == "acomp" \
                    and adj.head.pos_ in ("AUX", "VERB") else None
                if party is not None and actors.canonical(actors.for_token(party) or "") is None:
                    party = None  # ("Oman has always been fair and objective": a named party so described)
                if party is None and low == "objective" and adj.head.lower_ == "as":
                    # "described the CIS observer mission as objective and fair": a party so described
                    party = next((c for c in cands if c is not None
                                  and actors.describe(noun_phrase(c))["kind"] == "actor"), None)
                if party is None and (stance is None or stance.lemma_.lower() not in
                                      lex["stance_nouns"] | lex["role_nouns"]):
                    continue
            claim_tok, pred = _claimant_token(tok, actors)
            hyphen = tok.head if tok.head.text == "-" and tok.head.i == tok.i - 1 else None
            if claim_tok is None and "-" in low and tok.i >= sent.start + 2 and doc[tok.i - 1].text == "-" \
                    and doc[tok.i - 2].head.i != tok.i:
                # "calls itself non-aligned" parsed non/oprd -/oprd aligned/acomp: the first part carries the
                # word's role in the clause
                claim_tok, pred = _claimant_token(doc[tok.i - 2], actors)
            if claim_tok is None and hyphen is not None and hyphen.head.pos_ in ("VERB", "AUX") \
                    and hyphen.dep_ in ("advcl", "npadvmod", "dep", "amod", "acomp"):
                # "Ostensibly non-aligned, Belgrade ...": the split word hangs on the main verb through its hyphen
                claim_tok = next((c for c in hyphen.head.children if c.dep_ in ("nsubj", "nsubjpass")
                                  and c.i not in (tok.i - 2, tok.i - 1)), None)  # not the "non" of the cue
                pred = hyphen.head
            if claim_tok is None:
                claim_tok = _epithet_holder(doc[tok.i - 2] if "-" in low and tok.i >= 2 else tok, tok, actors)
                pred = tok if claim_tok is not None else pred
            first_part = doc[tok.i - 2] if "-" in low and tok.i >= sent.start + 2 else tok
            negated = is_negated(tok) or (pred is not None and pred is not tok and is_negated(pred)
                                          and tok.dep_ in ("acomp", "attr", "oprd", "xcomp")
                                          # not a fronted adjunct: "Non-aligned since independence, Indonesia has
                                          # never allowed a foreign base" (the split word hung on the main verb)
                                          and not (first_part.dep_ in ("advcl", "npadvmod", "dep")
                                                   and first_part.head.i == pred.i and first_part.i < pred.i))
            # a fronted adjunct ("Nominally neutral, X depends on China ...") says nothing about what the main
            # verb's objects are: the issue comes from the cue alone
            adjunct = tok.dep_ in ("advcl", "npadvmod", "dep") or (hyphen is not None and claim_tok is not None
                                                                     and pred is not None and pred.i > tok.i) \
                or (tok.dep_ == "amod" and tok.head.pos_ in ("VERB", "AUX") and tok.i < tok.head.i)
            # (also hung on the main verb as a modifier: "Officially neutral, Turkmenistan votes with Moscow on ...")
            # ("Mongolia's stance on the war is balanced, the president told reporters in Tokyo": the participle's
            # own stance subject holds the issue, before the reporting verb)
            issue_heads = [tok] + [c for c in tok.children if c.dep_ == "nsubjpass" and
                                   c.lemma_.lower() in lex["stance_nouns"]] + ([] if adjunct else [pred])
            if pred is not None and pred.dep_ == "pobj" and pred.head.lower_ == "as" and pred.head.head.pos_ == "VERB" \
                    and pred.head.head.lemma_.lower() in _CHAR_VERBS and pred.lemma_.lower() in lex["role_nouns"]:
                issue_heads.append(pred.head.head)  # "praised Montenegro as an even-handed neighbour throughout the
                # crisis", the phrase hung on the verb
            if pred is not None and pred.pos_ in ("VERB", "AUX"):
                # "described China's stance on the Gaza war as impartial": the stance noun holds the issue
                held = [c for c in pred.children if c.dep_ == "dobj" and c.lemma_.lower() in lex["stance_nouns"]]
                issue_heads += held
                if adjunct and any(h.i + 1 < sent.end and doc[h.i + 1].dep_ == "prep" and doc[h.i + 1].head.i == pred.i
                                   and doc[h.i + 1].lower_ in ("on", "over", "towards", "toward") for h in held):
                    issue_heads.append(pred)  # (its "on" hung on the verb: "describe X's stance on Y as balanced")
        elif low in lex["nouns"] or lemma in lex["nouns"] or (
                tok.i >= sent.start + 2 and doc[tok.i - 1].text == "-"
                and (doc[tok.i - 2].lower_ + "-" + low) in lex["nouns"]):
            if _excluded_prefix(tok) or _rating(tok):
                continue
            owner = next((c for c in tok.children if c.dep_ == "poss"), None)
            holder = tok
            if owner is None and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
                holder = tok.head.head  # "its policy of neutrality", "a tradition of neutrality"
                owner = next((c for c in holder.children if c.dep_ == "poss"), None)
            claim_ = _claim_to(tok)
            if owner is None and claim_ is not None:
                # "dismiss Ankara's claim to neutrality as ..." (the "to" at times hung on the verb): the claim's owner
                holder = claim_
                owner = next((c for c in holder.children if c.dep_ == "poss"), None)
            if owner is None:
                of = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                      if g.dep_ == "pobj"]
                owner = of[0] if of else None
            if owner is None:  # "Swiss neutrality", "Austrian neutrality": the demonym names the state
                owner = next((c for c in tok.children if c.dep_ in ("amod", "compound") and c.i == tok.i - 1
                              and c.lower_ in actors_mod.gazetteer()["demonyms"]), None)
            verb = holder.head if holder.dep_ in ("dobj", "pobj", "nsubj", "attr") else None
            if verb is not None and verb.pos_ == "ADP":
                verb = verb.head
            if owner is None and verb is not None and verb.dep_ == "dobj" and holder.head.lower_ == "as" \
                    and verb.lemma_.lower() in lex["stance_nouns"] and verb.head.lemma_.lower() in _CHAR_VERBS:
                # "described Serbia's policy as military neutrality", "as" hung on the stance: the stance's owner
                owner, verb = _stance_owner(verb, actors), verb.head
            if verb is not None and verb.dep_ == "acomp" and verb.lower_ in ("committed", "wedded", "devoted"):
                verb = verb.head  # "remains committed to military neutrality": the copula holds it
            # (with an ending verb, "ending decades of neutrality", the party's past neutrality is still described:
            # a narrator row)
            if owner is None and verb is not None and verb.pos_ in ("VERB", "AUX") \
                    and verb.lemma_.lower() in _HOLD_VERBS | _END_VERBS and holder.dep_ != "nsubj":
                owner = subject_of(verb)
            if owner is None and holder.dep_ == "pobj" and holder.head.lower_ == "as" and verb is not None \
                    and verb.pos_ == "VERB" and verb.lemma_.lower() in _CHAR_VERBS:
                # "Beijing has portrayed Laos as a model of neutrality": the party portrayed
                owner = next((c for c in verb.children if c.dep_ == "dobj"), None)
            one = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
            if owner is None and one is not None and one.lower_ == "one" and one.dep_ == "pobj" \
                    and one.head.lower_ == "as" and one.head.head.pos_ == "VERB" \
                    and one.head.head.lemma_.lower() in _CHAR_VERBS:
                # "describes the country's stance as one of strict neutrality": what is described
                verb = one.head.head
                owner = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if owner is not None and owner.dep_ == "dobj" and verb is not None and owner.head.i == verb.i \
                    and owner.lemma_.lower() in lex["stance_nouns"]:
                owner = _stance_owner(owner, actors)  # (a stance so described is its owner's)
            if owner is None and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ == "one" \
                    and tok.head.head.dep_ == "attr" and tok.head.head.head.pos_ in ("AUX", "VERB"):
                # "Brazil's stance is one of neutrality": the stance's owner
                verb = tok.head.head.head
                stance_ = subject_of(verb)
                if stance_ is not None and stance_.lemma_.lower() in lex["stance_nouns"]:
                    owner = _stance_owner(stance_, actors)
            called = next((c for c in tok.head.children if c.dep_ == "dobj" and c.lower_ != "what"), None) \
                if tok.dep_ == "oprd" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in _CHAR_VERBS else None
            if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in _CHAR_VERBS:
                # (the stance so called read as a modifier of the cue: "calls its approach 'positive neutrality'")
                called = next((c for c in tok.children if c.dep_ == "nmod" and c.i < tok.i
                               and c.lemma_.lower() in lex["stance_nouns"]), None)
            if tok.dep_ == "appos" and tok.head.dep_ == "dobj" and tok.head.lemma_.lower() in lex["stance_nouns"] \
                    and tok.head.head.lemma_.lower() in _CHAR_VERBS:
                called = tok.head  # (or as its apposition: "calls its foreign policy 'permanent neutrality'")
            if owner is None and called is not None:
                # "Bishkek calls its approach 'positive neutrality'", "calls Mongolia's policy permanent neutrality":
                # what is so called, or the owner of the stance so called
                verb = tok.head
                owner = _stance_owner(called, actors) if called.lemma_.lower() in lex["stance_nouns"] else called
            if owner is None and tok.dep_ == "oprd" and tok.head.pos_ == "VERB" and any(
                    c.dep_ == "dobj" and c.lower_ == "what" for c in tok.head.children):
                # "Mauritania has maintained what it calls positive neutrality": the one who calls it so
                verb = tok.head
                owner = subject_of(verb)
            hide = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "behind" else None
            if hide is not None and hide.lemma_.lower() in _HIDING_VERBS and (
                    owner is None or owner.lower_ in ("its", "their")):
                # "accused Hungary of hiding behind a neutrality it does not practise", "faulted Bern for hiding
                # behind its neutrality": the one accused hides behind it
                accuser = hide.head.head if hide.dep_ == "pcomp" and hide.head.dep_ == "prep" else None
                accused = next((c for c in accuser.children if c.dep_ == "dobj"), None) \
                    if accuser is not None and accuser.pos_ == "VERB" else None
                owner = accused if accused is not None else subject_of(hide) if owner is None else owner
                verb = accuser if accused is not None else hide
            owner = relative_antecedent(owner)  # "Switzerland, whose neutrality ..."
            if owner is not None and owner.pos_ == "NOUN" and owner.lemma_.lower() in _CHARTER_NOUNS:
                # "Moldova's constitution enshrines permanent neutrality": the state whose charter it is
                owner = relative_antecedent(next((c for c in owner.children if c.dep_ == "poss"), None))
            claim_tok, pred = owner, verb if verb is not None and verb.pos_ in ("VERB", "AUX") else tok
            # only a negated holding verb denies it ("does not maintain neutrality"); "its neutrality has not
            # stopped it from ..." negates something else
            negated = (verb is not None and verb.lemma_.lower() in _HOLD_VERBS and is_negated(verb)
                       and holder.dep_ != "nsubj") or is_negated(tok)
            # ("the country's neutrality was not up for debate" negates the debate, not the neutrality)
            issue_heads = [tok, holder]
            topic = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in _ISSUE_PREPS and c.i > holder.i] \
                if verb is not None and holder.dep_ == "dobj" and verb.lemma_.lower() in _HOLD_VERBS else []
            if topic and (topic[0].lower_ in ("on", "over", "towards", "toward", "regarding") or topic[0].lower_ == "in"
                          and any(g.lemma_.lower() in _CONFLICTS for g in topic[0].children)):
                issue_heads.append(verb)  # "has kept a studied neutrality on the question", the "on" on the verb
                # (and "keeps strict neutrality in international disputes")
        elif tok.dep_ == "pobj" and (low == "camp" and tok.head.lower_ in ("in", "to") or low == "side"
                                     and tok.head.lower_ == "on") \
                and tok.head.head.lemma_.lower() in ("be", "remain", "stay", "belong", "sit", "stand"):
            # "Indonesia is not in anyone's camp", "belongs to no camp", "sits in neither camp": no side taken
            # (and "We are not on anyone's side", "is on neither side")
            verb = tok.head.head
            owner = next((c for c in tok.children if c.dep_ in ("poss", "det")), None)
            some = owner is not None and owner.lower_ in ("anyone", "anybody", "either", "any") and is_negated(verb)
            none_ = owner is not None and owner.lower_ in ("no", "neither", "nobody", "noone") and not is_negated(verb)
            if not (some or none_):
                continue
            # (the issue after the side: "not on anyone's side in the standoff"; not "in anyone's camp" itself)
            after_side = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "over", "on")
                               and c.i > tok.i for g in c.children if g.dep_ == "pobj"
                               and g.lemma_.lower() in _CONFLICTS), None)
            claim_tok, pred, issue_heads, negated = subject_of(verb), verb, [tok], False
        elif low in ("side", "sides") and tok.dep_ == "pobj" and tok.head.lower_ == "for" \
                and tok.head.head.lower_ == "brief" and tok.head.head.head.lemma_.lower() == "hold":
            # "China holds no brief for either side": the idiom for not taking sides
            brief = tok.head.head
            verb = brief.head
            if not (is_negated(verb) or any(c.lower_ == "no" for c in brief.children)):
                continue
            claim_tok, pred, issue_heads = subject_of(verb), verb, [verb, tok]
        elif lemma in ("side", "align") and tok.pos_ == "VERB" and any(
                g.lower_ in ("one", "nobody", "none", "neither", "either") and (g.lower_ != "one" or any(
                    d.lower_ == "no" for d in g.children))
                or _negated_or_withheld(tok) and g.lower_ in ("anyone", "anybody")  # "will not side with anyone"
                or _negated_or_withheld(tok) and _one_against_another(g)  # "does not side with one country
                # against another"
                or _negated_or_withheld(tok) and any(d.dep_ in ("det", "preconj") and d.lower_ in ("either", "any")
                                                     for d in g.children)
                for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
                if g.dep_ == "pobj"):
            # ("would not align with any side", "taking care not to side with either capital")
            # "says it sides with no one in the standoff": the verb "side" with nobody
            claim_tok, pred, issue_heads = subject_of(tok), tok, [tok]
            issue_heads += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
                            if g.dep_ == "pobj"]
        elif lemma in ("side",) and low in ("side", "sides") and tok.dep_ not in ("nsubj", "nsubjpass"):
            # (not "with neither side taking the lead": the side is the one that takes)
            verb = tok.head
            tilt = tok.dep_ == "pobj" and verb.lower_ in ("towards", "toward") and verb.head.lemma_.lower() in (
                "tilt", "lean")
            if tilt:  # "would not tilt towards either side"
                verb = verb.head
            elif verb.lemma_.lower() not in ("take", "pick", "choose", "favour", "favor", "back", "support", "join"):
                if not (tok.dep_ == "pobj" and verb.lower_ == "with"):
                    continue
                if verb.head.lemma_.lower() in ("stand", "align") and not any(c.dep_ in ("amod", "acl")
                                                                             for c in tok.children):
                    verb = verb.head  # "said it stood with neither side": the party that stands
            # ("not taking anyone's side"; "Neither Oman nor Kuwait has taken sides": a denial for each subject)
            subj_ = subject_of(verb)
            neg = _negated_or_withheld(verb) or any(c.lower_ in (("neither",) if tilt else (
                "neither", "either", "no", "any", "anyone", "anybody")) for c in tok.children) or (
                subj_ is not None and any(c.dep_ in ("det", "preconj") and c.lower_ == "neither"
                                          for c in subj_.children))
            gov = verb.head
            withholding = gov.lemma_.lower() in _WITHHOLDING \
                or (verb.dep_ == "pcomp" and gov.lower_ == "without") or gov.lower_ == "without"
            # "Cairo had no wish / no intention to take sides": the party's wish that it denies
            no_wish = verb.dep_ == "acl" and gov.lemma_.lower() in WISH_NOUNS and any(
                c.lower_ == "no" for c in gov.children) and gov.head.pos_ in ("VERB", "AUX")
            # ("Mexico denied it was taking sides between the nuclear powers": a denial is the claim not to)
            denied = verb.dep_ in ("ccomp", "xcomp") and gov.lemma_.lower() == "deny" and not is_negated(gov)
            if not (neg or withholding or no_wish or denied):
                continue
            gerund = verb.dep_ == "dobj" and verb.tag_ == "VBG" and gov.lemma_.lower() in _WITHHOLDING
            # ("Tokyo had avoided favouring either side", the gerund parsed as the object: the avoider)
            claim_tok = _acting_party(subject_of(gov.head if no_wish else gov if gerund else verb), actors)
            pred = verb
            if claim_tok is None:  # "describe Vietnam as careful not to favour either side"
                claim_tok, _char = _as_ancestor_claimant(verb, actors)
            issue_heads = [tok] if tilt else [verb, tok]  # (not "towards either side" itself)
        elif lemma in ("favour", "favor", "back", "support", "prefer") and tok.pos_ == "VERB" and any(
                g.dep_ in ("preconj", "det") and (g.lower_ == "neither" or g.lower_ == "either" and is_negated(tok)
                                                  or g.lower_ == "any" and is_negated(tok)
                                                  and c.lemma_.lower() in actors_mod.EITHER_NOUNS)
                for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() != "side" for g in c.children) or any(
                c.dep_ == "dobj" and (c.lower_ == "neither" or c.lower_ == "either" and is_negated(tok))
                and any(g.dep_ == "prep" and g.lower_ == "of" for g in c.children) for c in tok.children):
            # ("favours neither of its neighbours")
            # "the sultanate favours neither Tehran nor Washington", "favours neither giant", "does not favour either
            # Washington or Beijing in their trade rivalry"; "its foreign policy does not favour either": the owner's
            claim_tok, pred = _acting_party(subject_of(tok), actors), tok
            # ("would not favour either party in the Kashmir crisis": the "in" hung on the generic party noun)
            generic = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in actors_mod.EITHER_NOUNS]
            _add(rows, tok, claim_tok, pred, False, _issue(tok, *generic, sent=sent), sent, sentences, actors)
            continue
        elif low in ("party", "parties") and tok.dep_ == "attr" and any(c.lower_ == "to" and c.i > tok.i
                                                           for c in [*tok.children, *tok.head.children]):
            # ("claims to be no party to the conflict": "to" hung on "be")
            if not (is_negated(tok.head) or any(c.lower_ in ("no", "not") for c in tok.children)):
                continue
            claim_tok, pred = subject_of(tok.head), tok.head
            obj = [g for c in [*tok.children, *tok.head.children] if c.lower_ == "to" and c.i > tok.i
                   for g in c.children if g.dep_ == "pobj"]
            # (or a treaty's name: "not a party to New START", "to the CTBT")
            named = actors.canonical(noun_phrase(obj[0]).text) if obj else None
            if obj and (obj[0].lemma_.lower() in _NOT_CONFLICTS or obj[0].ent_type_ == "LAW" or any(
                    t.lemma_.lower() in _NOT_CONFLICTS for t in obj[0].subtree)
                    and obj[0].lemma_.lower() not in _CONFLICTS  # (but "the contract dispute" is a dispute)
                    or named is not None and not actors_mod.is_state(named)  # ("not a party to the Paris Club")
                    or re.fullmatch(r"(?:the )?(?:New )?[A-Z]{3,}(?: [IVX]+)?", phrase(obj[0], stop=sent) or "")):
                continue  # "not a party to the Rome Statute / any arms deal / the Paris Club": a legal status or a
                # membership, not neutrality
            rows_issue = phrase(obj[0], stop=sent) if obj else None
            if obj and any(c.dep_ == "poss" and c.lower_ in ("anyone", "anybody", "everyone", "nobody")
                           for c in obj[0].children):
                rows_issue = None  # "not a party to anyone's quarrel": no quarrel in particular
            issue_heads = []
            _add(rows, tok, claim_tok, pred, False, rows_issue, sent, sentences, actors)
            continue
        elif lemma in ("choose", "pick") and tok.pos_ == "VERB" and _negated_or_withheld(tok) and any(
                c.dep_ == "prep" and c.lower_ == "between" for c in tok.children):
            # "Singapore will not choose between the United States and China"
            claim_tok, pred = subject_of(tok), tok
            _add(rows, tok, claim_tok, pred, False, None, sent, sentences, actors)
            continue
        elif low == "fray" and tok.head.lower_ == "above" and tok.head.head.pos_ in ("VERB", "AUX"):
            # "stays above the fray", "Ostensibly above the fray, the Arab League has ..."
            verb = tok.head.head
            if is_negated(verb):
                continue
            claim_tok, pred = subject_of(verb), verb
            _add(rows, tok, claim_tok, pred, False, None, sent, sentences, actors)
            continue
        elif lemma in ("favourite", "favorite") and tok.pos_ in ("NOUN", "ADJ") and tok.dep_ == "dobj" \
                and tok.head.lemma_.lower() == "have" and any(c.lower_ == "no" for c in tok.children):
            # "Moscow says it has no favourite in Bolivia's presidential race"
            issue_ = _issue(tok, tok.head, sent=sent)
            _add(rows, tok, subject_of(tok.head), tok.head, False, issue_, sent, sentences, actors)
            continue
        elif low == "position" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("take", "adopt") and (
                any(c.lower_ == "no" for c in tok.children) or is_negated(tok.head)):
            # "Officially, Peru takes no position on the Venezuelan standoff": no position on a conflict (or on
            # named parties) is not taking sides; "takes no position on the merger" is no neutrality
            on = [g for h in (tok, tok.head) for c in h.children if c.dep_ == "prep" and c.lower_ in ("on", "in")
                  for g in c.children if g.dep_ == "pobj"]
            # (an open question is a contested matter too: "takes no position on who should succeed the Dalai Lama",
            # "on whether the islands are Japanese")
            asked = [g for h in (tok, tok.head) for c in h.children if c.dep_ == "prep" and c.lower_ == "on"
                     for g in c.children if g.dep_ == "pcomp" and any(
                         t.lower_ in ("who", "whether", "which", "whose") and t.i < g.i for t in g.subtree)]
            if asked and any(t.lemma_.lower() in _CONFLICTS | _CONTESTED | {"succeed", "belong", "win"}
                             or t.pos_ == "PROPN" and actors.describe(noun_phrase(t))["kind"] == "actor"
                             for t in asked[0].subtree):
                claim_tok, pred = subject_of(tok.head), tok.head
                _add(rows, tok, claim_tok, pred, False, doc[asked[0].left_edge.i:asked[0].right_edge.i + 1].text,
                     sent, sentences, actors)
                continue
            # ("would not take a position on the release": a refusal to take any position, on whatever is at issue)
            taker = subject_of(tok.head)
            taker = actors.describe(noun_phrase(taker))["actor"] if taker is not None else None
            refused = is_negated(tok.head) and any(c.lower_ in ("a", "any") for c in tok.children) \
                and actors.canonical(taker or "") is not None  # (a named party: not "the union")
            if not on or not (refused or on[0].lemma_.lower() in _CONFLICTS | _CONTESTED or on[0].lower_ in _CONFLICTS
                              or any(actors.describe(noun_phrase(t))["kind"] == "actor" for t in conjuncts(on[0]))):
                continue
            claim_tok, pred = subject_of(tok.head), tok.head
            _add(rows, tok, claim_tok, pred, False, phrase(on[0], stop=sent), sent, sentences, actors)
            continue
        elif low == "distance" and tok.dep_ == "pobj" and tok.head.lower_ == "at" and any(
                c.lower_ in ("equal", "same") for c in tok.children) and tok.head.head.pos_ in ("VERB", "AUX"):
            # "his country stands at an equal distance from the two sides in Sudan's war"
            verb = tok.head.head
            if is_negated(verb):
                continue
            frm = [g for h in (tok, verb) for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
                   for g in c.children if g.dep_ == "pobj"]
            # the issue is a conflict it stands apart from ("from the feud"); from parties ("from all its Gulf
            # neighbours", "from the two sides in Sudan's war") only a phrase on them names one
            conflict = bool(frm) and frm[0].lemma_.lower() in _CONFLICTS - _CAMPS
            issue_ = phrase(frm[0], stop=sent) if conflict else (_issue(frm[0], verb, sent=sent) if frm else None)
            _add(rows, tok, subject_of(verb), verb, False, issue_, sent, sentences, actors)
            continue
        elif low == "distance" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("keep", "maintain"):
            claim_tok, pred = subject_of(tok.head), tok.head
            negated = is_negated(tok.head)
            frm = [g for h in (tok, tok.head) for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
                   for g in c.children if g.dep_ == "pobj"]
            # the issue is what the distance is from, unless that names the parties ("from both Washington and
            # Beijing"): then a phrase on the parties or the verb ("in the chip dispute"), if any
            # (named parties: "the Libyan factions" are what it keeps its distance from)
            parties = bool(frm) and all(actors.canonical(actors.describe(noun_phrase(t))["actor"] or "") is not None
                                        for t in conjuncts(frm[0])) \
                and frm[0].lemma_.lower() not in _CONFLICTS - _CAMPS  # ("from the U.S. campaign against Caracas")
            # (the generic sides are parties too: "keeps its distance from both camps" names no issue)
            parties = parties or bool(frm) and frm[0].lemma_.lower() in _CAMPS | actors_mod.EITHER_NOUNS and any(
                c.dep_ in ("det", "preconj", "nummod", "predet") and c.lower_ in ("both", "either", "all", "two")
                for c in frm[0].children)  # (not "from military alliances", "from the Libyan factions")
            parties = parties or bool(frm) and frm[0].lower_ in ("both", "either", "all", "each", "them")
            # ("kept its distance from both": the parties named before)
            issue_ = _issue(frm[0], tok.head, sent=sent) if parties else (phrase(frm[0], stop=sent) if frm else None)
            if not frm:  # "has kept its distance on the war in Ukraine"
                on = [g for h in (tok, tok.head) for c in h.children if c.dep_ == "prep" and c.lower_ in ("on", "over")
                      for g in c.children if g.dep_ == "pobj"]
                issue_ = phrase(on[0], stop=sent) if on else None
            if not negated and claim_tok is not None:
                for claimant_tok in _named_conjuncts(claim_tok, actors):  # "Djibouti and Eritrea have kept their
                    _add(rows, tok, claimant_tok, pred, False, issue_, sent, sentences, actors)  # distance"
            continue
        elif low in ("out", "clear") and tok.head.lemma_.lower() in ("stay", "keep", "remain", "steer") \
                and (low == "clear" or tok.head.lemma_.lower() != "steer") \
                and tok.i + 1 < sent.end and doc[tok.i + 1].lower_ == "of":
            # "stays out of the war"; "has kept (well) clear of the quarrel", "steered clear of the row"
            claim_tok, pred = subject_of(tok.head), tok.head
            negated = is_negated(tok.head)
            of = next((c for c in [*tok.children, *tok.head.children] if c.lower_ == "of"), None)
            obj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
            if obj is not None and obj.lower_ == "it":
                # "Albania, which has no stake in the language quarrel, has kept well clear of it": the conflict
                # named before it in the sentence, else no claim the text makes plain
                obj = next((t for t in reversed(doc[sent.start:obj.i]) if t.pos_ == "NOUN"
                            and t.lemma_.lower() in _CONFLICTS - {"matter", "affair", "issue", "question"}), None)
            # (what a conflict is made of counts: "the latest round of strikes")
            inner = [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                     if g.dep_ == "pobj"] if obj is not None else []
            if obj is None or not (obj.lemma_.lower() in _CONFLICTS or obj.lower_ in _CONFLICTS  # ("politics")
                                   or actors.describe(noun_phrase(obj))["kind"] == "actor"
                                   or any(g.lemma_.lower() in _CONFLICTS for g in [*obj.children, *inner])):
                continue  # "stayed out of the public eye / of jail", "kept clear of the reef": not a conflict
            issue = phrase(obj, stop=sent)
            if not negated and claim_tok is not None:
                for claimant_tok in _named_conjuncts(claim_tok, actors):  # "Both Algeria and Mauritania have stayed
                    _add(rows, tok, claimant_tok, pred, False, issue, sent, sentences, actors)  # out of ..."
            continue
        else:
            continue
        if claim_tok is None:
            continue
        # (the subject of a characterising verb is who characterises: "opposition parties in Vienna call ...")
        judged = pred is not None and pred.pos_ in ("VERB", "AUX") and pred.lemma_.lower() not in _CHAR_VERBS
        # (and the stance a characterising verb describes: "describe Algeria's stance on the expulsions as balanced")
        described = next((c for c in pred.children if c.dep_ == "dobj" or c.dep_ == "nsubjpass"), None) \
            if pred is not None and pred.lemma_.lower() in _CHAR_VERBS else None  # (or "X's stance was described")
        stance = [h for h in (tok.head, subject_of(pred) if judged else None, described)
                  if h is not None and (h.lemma_.lower() in lex["stance_nouns"] | lex["role_nouns"]
                                        or _predicated_noun(tok, h))]
        # (a noun predicated of the party carries the issue too: "an even-handed government on Ukraine"; not the
        # group of "one of the most neutral states in Asia", whose "in" names the group, not an issue)
        # ("has kept a non-aligned posture in the rivalry": the "in" the parser hung on the verb that holds the stance)
        held = [h.head for h in stance if h.dep_ == "dobj" and h.head.lemma_.lower() in _STANCE_VERBS]
        issue = _issue(*issue_heads, *[h for h in stance if not _one_of_group(h)], *held, sent=sent)
        if issue is None and after_side is not None:
            issue = phrase(after_side, stop=sent) or None
        if issue is None:  # "praised Hanoi's even-handed approach to the two Koreas", "to" hung on the verb
            to = next((g for h in stance if h.dep_ == "dobj" and h.lemma_.lower() in _TO_STANCES
                       for c in h.head.children if c.dep_ == "prep" and c.lower_ == "to" and c.i > h.i
                       for g in c.children if g.dep_ == "pobj"), None)
            issue = phrase(to, stop=sent) or None if to is not None else None
        if issue is None:
            # "the non-aligned position of Bolivia's government on the war": the "on" hung on the stance's owner
            owners = [g for h in stance for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"]
            issue = next((phrase(g, stop=sent) for o in owners for c in o.children if c.dep_ == "prep"
                          and c.lower_ in ("on", "over", "towards", "toward", "regarding") for g in c.children
                          if g.dep_ in ("pobj", "pcomp")), None) or None
        if issue is None:
            # "impartial guarantors of the talks", "an impartial party to the Ukraine crisis", "an objective and
            # impartial mediator on the crisis" (the phrase hung on the first conjunct)
            roles = [h for h in stance if h.lemma_.lower() in lex["role_nouns"] or _predicated_noun(tok, h)]
            roles += [h.head for h in roles if h.dep_ == "conj"]
            # ("claims to be a neutral party to the war": the parser hangs the "to" on the copula)
            roles += [h.head for h in roles if h.dep_ == "attr" and h.head.lemma_.lower() == "be"]
            issue = next((phrase(g, stop=sent) for h in roles for c in h.children
                          if c.dep_ == "prep" and c.lower_ in ("of", "to", "on", "in", "over")
                          for g in c.children if g.dep_ == "pobj"
                          and {g.lower_, g.lemma_.lower()} & (_CONFLICTS | PROCESS_NOUNS)), None) or None
        for claimant_tok in _named_conjuncts(claim_tok, actors):  # "described Norway and Cuba as impartial"
            _add(rows, tok, claimant_tok, pred, negated, issue, sent, sentences, actors)
    return rows


def _epithet_holder(first: Any, last: Any, actors: Any) -> Any:
    """The named party an epithet set off by commas describes, read from the surface when the parse is broken
    ("Tanzania, officially non-aligned, awarded ...": the split "non-aligned" parsed as an apposition), else
    ``None``."""
    doc, i = first.doc, first.i - 1
    while i > first.sent.start and doc[i].tag_ == "RB":
        i -= 1  # "officially", "nominally"
    after = max(last.i, last.right_edge.i) + 1  # (with its phrase: "Serbia, officially neutral in the war, ...")
    if i <= first.sent.start or doc[i].text != "," or after >= len(doc) or doc[after].text != ",":
        return None
    name = doc[i - 1]
    return name if name.pos_ == "PROPN" and actors.canonical(noun_phrase(name).text) is not None else None


def _predicated_noun(cue: Any, noun: Any) -> bool:
    """``noun`` is the plain noun the cue adjective describes, itself said of a party ("Ireland, a neutral EU
    member", "describe Mongolia as a neutral neighbour")."""
    return cue.dep_ == "amod" and noun.i == cue.head.i and noun.tag_ == "NN" and (
        noun.dep_ == "appos" or noun.dep_ == "pobj" and noun.head.lower_ == "as")


def _named_conjuncts(tok: Any, actors: Any) -> list[Any]:
    """The claimant and the named parties coordinated with it ("Norway and Cuba"); a generic conjunct is not
    another claimant."""
    return [tok] + [c for c in conjuncts(tok) if c.i != tok.i and (
        c.pos_ == "PROPN" or actors.canonical(noun_phrase(c).text) is not None)]


def _inside_name(tok: Any, actors: Any) -> bool:
    """The cue word is part of a proper name ("the Non-Aligned Movement"), not a modifier of a named party
    ("Neutral Oman": the name without the cue is an actor)."""
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if tok.text[:1].isupper() and after is not None and after.text == "Movement":
        return True  # the movement's name where the model tagged no entity ("the Non-Aligned Movement summit")
    if not (tok.ent_iob_ in ("B", "I") and tok.ent_type_ in _NAME_ENTS and tok.pos_ == "PROPN"):
        return False
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    if ent is None:
        return False
    rest = [t for t in ent if t.i != tok.i and t.text != "-" and t.lower_ != "non"]
    return not (rest and actors.canonical(" ".join(t.text for t in rest)) is not None)


def _prescriptive(cue: Any, pred: Any) -> bool:
    """A demand or wish, not a description: "should adopt an impartial position", "needs Beijing to stay out"."""
    for t in [cue, *([pred] if pred is not None else []), *list(cue.ancestors)[:3]]:
        if any(c.dep_ == "aux" and c.lower_ in ("should", "must", "ought") for c in t.children):
            own = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if own is not None and own.lower_ in ("it", "we") and t.dep_ == "ccomp" \
                    and t.head.lemma_.lower() in ("say", "insist", "stress", "maintain", "argue", "state"):
                continue  # "The Red Cross, which says it must stay impartial": its own principle, a claim
            return True
        if t.dep_ == "xcomp" and t.head.lemma_.lower() in ("need", "want", "urge", "ask", "press", "call", "expect",
                                                           "wish", "hope", "encourage", "push", "persuade") \
                and any(c.dep_ == "dobj" for c in t.head.children):
            return True  # "Kyiv needs Beijing to stay out of the war" (but not "wants to be seen as ...")
    return False


#: Verbs of a charge whose "of/for" gerund is what the accused did ("accused X of abandoning its neutrality").
_CHARGING_VERBS = frozenset({"accuse", "fault", "criticise", "criticize", "condemn", "blame", "denounce", "attack",
                             "charge", "castigate", "rebuke"})


def _charged_abandonment(cue: Any) -> bool:
    """"Moscow accused Switzerland of abandoning its neutrality": the charge says the neutrality is gone, so no party
    is presented as neutral (read sets 62, 289, 306 code none); a neutrality the charge calls professed or a pretence
    ("of abandoning its professed neutrality") is still the party's own claim, held at arm's length."""
    first = cue.doc[cue.i - 2] if cue.i >= 2 and cue.doc[cue.i - 1].text == "-" else cue  # ("non-alignment")
    if cue.dep_ not in ("dobj", "pobj") or any(c.lower_ in _SELF_MARKERS or c.lower_ in ("so-called", "supposed")
                                               or c.lower_ == "self" for t in {cue, first} for c in t.children):
        return False
    verb = cue.head if cue.dep_ == "dobj" else None
    if verb is None or verb.lemma_.lower() not in _END_VERBS or verb.dep_ != "pcomp":
        return False
    prep = verb.head
    return prep.lower_ in ("of", "for") and prep.head.lemma_.lower() in _CHARGING_VERBS


def _add(rows: list, cue: Any, claim_tok: Any, pred: Any, negated: bool, issue: str | None, sent: Any,
         sentences: Any, actors: Any) -> None:
    if claim_tok is None or _prescriptive(cue, pred) or claim_tok.lower_ in lexicon()["matter_heads"]:
        # (physics or chemistry: "the treated water's pH is neutral")
        return
    if _charged_abandonment(cue):
        return
    if claim_tok.lower_ in ("which", "who", "that"):
        claim_tok = relative_antecedent(claim_tok)  # "India, which he said had refused to take sides"
        if claim_tok is None:
            return
    if issue is None or issue.lower().startswith(("this ", "that ")):
        # (a demonstrative issue is the one the speaker speaks of: "'We are not a party to this conflict,' the
        # minister said of the war in Ukraine")
        about = spoken_of(cue)
        if about is not None and actors.describe(noun_phrase(about))["kind"] != "actor":
            issue = phrase(about, stop=sent) or issue
    if claim_tok.pos_ == "NOUN" and claim_tok.dep_ == "attr" and claim_tok.head.lemma_ == "be" \
            and cue.i > claim_tok.i and any(c.dep_ == "relcl" and cue.i in {t.i for t in c.subtree}
                                            for c in claim_tok.children) \
            and subject_of(claim_tok.head) is not None and subject_of(claim_tok.head).pos_ == "PROPN":
        # "Kenya was the only government in the region that had remained neutral": the subject it is said of
        claim_tok = subject_of(claim_tok.head)
    if claim_tok.pos_ == "NOUN" and claim_tok.dep_ == "pobj" and claim_tok.head.lower_ == "as" \
            and claim_tok.head.head.pos_ == "VERB" and claim_tok.head.head.lemma_.lower() in _ACTING_VERBS \
            and subject_of(claim_tok.head.head) is not None:
        # "France would act as a balancing power that would not take sides": the one acting as it
        claim_tok = subject_of(claim_tok.head.head)
    if claim_tok.pos_ == "NOUN" and claim_tok.dep_ == "pobj" and claim_tok.head.lower_ == "as" \
            and claim_tok.head.head.pos_ == "VERB" and claim_tok.head.head.lemma_.lower() in _CHAR_VERBS:
        # "describe Djibouti as a reliable partner that keeps its distance": the noun stands for the party described
        claim_tok, pred = _as_phrase_claimant(claim_tok.head.head, lexicon(), actors)
        if claim_tok is None:
            return
    if re.search(r"\b(?:central bank|reserve bank|bank of \w+|federal reserve|monetary|interest rates?"
                 r"|rates unchanged"
                 r"|policy rates?)\b", cue.sent.text, re.IGNORECASE) \
            and any(t.lemma_.lower() in ("stance", "policy", "position", "setting", "rate", "level")
                    and not any(c.dep_ == "prep" and c.lower_ == "between" for c in t.children)
                    for t in [cue.head, *(c for c in cue.head.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")),
                              *(c for c in cue.head.head.children if c.dep_ == "dobj" and cue.head.lower_ == "as")]):
        # "the central bank would keep a neutral policy stance", "kept its policy stance neutral", "described its
        # monetary policy stance as neutral": monetary policy, not a party's neutrality (but a stance "between" two
        # creditors is a side not taken, whoever states it)
        return
    if claim_tok.tag_ in ("NNS",) and not any(c.dep_ in ("det", "poss") for c in claim_tok.children) \
            and actors.canonical(noun_phrase(claim_tok).text) is None:
        return  # a generic class ("governments that call themselves neutral")
    span = span_of([cue, pred if pred is not None and abs(pred.i - cue.i) <= 6 else None], sent)

    def row(claimant: str | None, voice: str, qualified: bool, person: str | None = None) -> None:
        rows.append({"span": span, "cue": cue.text, "claimant": claimant, "voice": voice, "qualified": qualified,
                     "issue": issue, "negated": negated, "person": person})

    if claim_tok.lower_ in _FIRST_PERSON:
        # "We are not a party to this conflict," the minister said: the speaker's side claims it
        found = speech_source(cue)
        speaker = actors.describe(noun_phrase(found[0]))["actor"] if found else None
        claimant = speaker if speaker is not None and actors.canonical(speaker) is not None else None
        # ("we" resolved as every other mention is: "..., the president of the Venice Commission said")
        claimant = claimant or actors.describe(noun_phrase(claim_tok))["actor"]
        row(claimant, "self", _qualified(cue, sent, sentences, found[1] if found else None))
        return
    if claim_tok.pos_ == "PRON" and claim_tok.lower_ in ("it", "they") and claim_tok.head.dep_ in ("acl", "ccomp") \
            and claim_tok.head.head.lemma_.lower() in _CLAIM_NOUNS:
        owner = next((c for c in claim_tok.head.head.children if c.dep_ == "poss"), None)
        if owner is not None and owner.pos_ == "PROPN":
            claim_tok = owner  # "Abu Dhabi's insistence that it favours neither side": the claim's owner
    if claim_tok.pos_ == "PRON" and claim_tok.lower_ in ("it", "they") and claim_tok.dep_ in ("nsubj", "nsubjpass") \
            and actors_mod.clause_host(claim_tok) is None:  # (not "said Kazakhstan had shown it favours neither")
        # "Both Kazakhstan and Uzbekistan have said they will stay neutral": the pronoun in a state's own reported
        # claim is that state (one row per coordinated speaker), as in the codebook's "said the country would
        # remain militarily neutral"
        found = speech_source(cue)
        if found is not None:
            found = (relative_antecedent(found[0]), found[1])  # "The Red Cross, which says it must stay impartial"
        if found is not None:
            # (the speaker may be a pronoun resolved in turn, "It says it wants to remain neutral", or a named body,
            # "KFOR says it is impartial", "Venezuela's National Electoral Council insists it is impartial")
            coord = conjuncts(found[0])
            whole = actors.canonical(noun_phrase(found[0]).text if len(coord) == 1 else found[0].doc[
                min(c.left_edge.i for c in coord):max(c.right_edge.i for c in coord) + 1].text)
            # ("Trinidad and Tobago" is one state; "Austria and Ireland" are two)
            names = [whole] if whole is not None else [actors.describe(noun_phrase(t))["actor"]
                                                       for t in conjuncts(found[0])]
            named = (found[0].pos_ in ("PRON", "PROPN") or found[0].ent_type_ in ("ORG", "GPE", "NORP")) \
                and not (found[0].ent_type_ == "PERSON" and claim_tok.lower_ == "it")
            # (a person is never "it": "'Turkey is neutral, and it will stay neutral,' Hakan Fidan said" is Turkey)
            if all(n is not None and (actors.canonical(n) is not None or named) for n in names) \
                    and (len(names) == 1 or claim_tok.lower_ == "they"):
                qualified = _qualified(cue, sent, sentences, found[1])
                for name in dict.fromkeys(names):
                    row(actors.canonical(name) or name, "self", qualified)
                return
    info = actors.describe(noun_phrase(claim_tok))
    if info["kind"] == "non-actor":
        return
    claimant = info["actor"]
    voice, speech_verb = _voice(cue, claimant, pred if pred is not None and _verbal(pred) else None, actors)
    def self_marked(c: Any) -> bool:  # "self-described" split into "self - described" by the tokenizer
        return c.lower_ in _SELF_MARKERS or (c.i >= 2 and c.doc[c.i - 1].text == "-" and c.doc[c.i - 2].lower_ == "self"
                                             and "self-" + c.lower_ in _SELF_MARKERS)

    # (a word the tokenizer split at its hyphen carries its modifiers on the first part: "its professed non-alignment")
    first = cue.doc[cue.i - 2] if cue.i >= 2 and cue.doc[cue.i - 1].text == "-" else cue
    if any(self_marked(c) for t in {cue, cue.head, first} for c in [t, *t.children]) and cue.head.dep_ != "appos":
        # "its professed neutrality", "its self-description as an even-handed mediator" (an appositive epithet,
        # "Qatar, a self-styled neutral mediator, ...", stays the narrator's, qualified)
        voice = "self"
    surface = [t for t in cue.doc[max(cue.sent.start, cue.i - 6):cue.i] if t.lemma_.lower() in _CLAIM_NOUNS
               and t.i + 2 < cue.i and cue.doc[t.i + 1].lower_ == "to" and cue.doc[t.i + 2].lemma_ == "be"]
    if any(a.pos_ == "NOUN" and (a.lemma_.lower() in _CLAIM_NOUNS or any(c.lower_ == "self" or self_marked(c)
                                                                         for c in a.children)
                                 or any(c.dep_ == "prep" and c.lower_ == "of" and any(
                                     g.lower_ in ("itself", "themselves") for g in c.children) for c in a.children))
           and any(c.dep_ == "poss" for c in a.children) for a in [*list(cue.ancestors)[:4], *surface]):
        # "Hungary's claim to be a neutral broker", "its self-description as ...", "Bolivia's self-styled role as a
        # neutral broker": its own claim
        voice = "self"
    if _self_description(cue.head) is not None:
        voice = "self"  # "Hungary's description of itself as a neutral broker"
    if speech_verb is None:
        found = speech_source(cue)
        speech_verb = found[1] if found else None
    staked = any(a.pos_ == "NOUN" and a.lemma_.lower() in _DISTANCING_NOUNS for a in list(cue.ancestors)[:4])
    # ("Belgrade's claim to be neutral" holds the claim at arm's length, as "claims to be" does)
    row(claimant, voice, staked or _qualified(cue, sent, sentences, speech_verb) or _contested(cue, claimant, actors),
        info["person"])
