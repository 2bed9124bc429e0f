"""Dependency helpers shared by the detectors: subjects across ``xcomp``/``conj`` chains, coordinated objects,
negation, reported speech and phrase text. Model-agnostic (spaCy English dependency labels).

Kept in one module so every detector (quotes included) reads subjects and speakers the same way.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import yaml

from framing.actors import (DAY_NAMES, PARTNER_NOUNS, PLACE_BOUND_NOUNS, canonical_actor, is_alias, is_dateline_dash,
                            noun_phrase)

_LEX = Path(__file__).parent / "syntax.yaml"


@functools.lru_cache(maxsize=1)
def lexicon() -> dict[str, frozenset[str]]:
    """Word lists of ``syntax.yaml`` (speech verbs, negators, ...), lower-case lemmas."""
    data = yaml.safe_load(_LEX.read_text(encoding="utf-8"))
    return {k: frozenset(str(e["word"]).lower() for e in v) for k, v in data.items()}


SUBJ = ("nsubj", "nsubjpass", "csubj")
FINITE = ("VBZ", "VBD", "VBP", "MD")


def is_dateline(token: Any) -> bool:
    """Is ``token`` in a dateline opening its sentence ("KABUL — The Taliban ...", "BEIJING (Reuters) --")? The
    small model often parses the place or the agency as a subject."""
    sent = token.sent
    if token.i - sent.start > 6 or not (sent[0].is_upper and len(sent[0].text) > 1):
        return False
    dash = next((t.i for t in token.doc[sent.start:min(sent.start + 8, sent.end)] if is_dateline_dash(t)), None)
    # the sentence proper starts after the dash with a capital ("KABUL — The ..."; not "NATO — the alliance — ...")
    return dash is not None and token.i < dash and dash + 1 < sent.end and token.doc[dash + 1].text[:1].isupper()


def _past_dateline(tok: Any) -> Any:
    """``tok``, or for a dateline the phrase the parser hung on it as apposition ("ASHGABAT — Turkmenistan's
    foreign ministry said": "ministry" is an appos of "ASHGABAT"), else ``None``."""
    if not is_dateline(tok):
        return tok
    # (or as a conjunct: "ALGIERS, Jan 12 - Algeria's foreign minister said" with "minister" a conj)
    return next((c for c in tok.children if c.dep_ in ("appos", "conj") and not is_dateline(c)), None)


def passive_subject(verb: Any) -> Any:
    """The passive subject of ``verb`` (not a dateline), else ``None``."""
    found = (_past_dateline(c) for c in verb.children if c.dep_ == "nsubjpass")
    return next((c for c in found if c is not None), None)


def _parenthetical_subjects(verb: Any) -> tuple | None:
    """(main subject, inserted subject) when an inserted attribution verb ("X, officials said, has ...") was given
    both subjects, the first closed off by a comma before the second; else ``None``."""
    if verb.head.i <= verb.i:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if len(subjects) == 1:  # "Belarus, a senior official said, is ...": the speaker parsed as an apposition
        subjects += [c for c in subjects[0].children if c.dep_ == "appos" and c.right_edge.i == verb.i - 1]
    if len(subjects) != 2:
        return None
    first, second = subjects
    between = verb.doc[first.i + 1:second.left_edge.i]
    return (first, second) if len(between) == 1 and between[0].text == "," else None


#: Verbs in the third person ("risks", "threatens") that the parser can read as a plural noun subject of the
#: gerund or infinitive after them, with the true subject hung on them.
_VERBS_READ_AS_NOUNS = frozenset({"risk", "threat", "hope", "plan", "aim", "fear", "need", "want", "seek", "vow",
                                  "pledge", "promise", "threaten"})


#: Verbs of supplying whose third-person form the parser can read as a plural noun ("Tehran arms and bankrolls").
_SUPPLY_NOUNS = frozenset({"arm", "fund", "fuel", "back", "train", "equip", "finance", "supply", "feed"})


def _run_into_with(phrase_head: Any, verb: Any) -> Any:
    """The subject the parser ran into a fronted "With X and Y now in NATO," phrase (headed by ``phrase_head``, the
    preposition or, with "With" read as a mark, the phrase's first name): the first name coordinated after the
    phrase's comma with an object inside it, when its coordination ends right before ``verb``; else None."""
    later = [t for t in phrase_head.subtree if t.dep_ == "conj" and t.pos_ == "PROPN" and t.doc[t.i - 1].text == ","
             and t.head.dep_ == "pobj" and t.head.i != phrase_head.i]
    if later and conjuncts(later[0])[-1].right_edge.i + 1 == verb.i:
        return later[0]
    return None


def own_subject(verb: Any) -> Any:
    subjects = [s for s in (_past_dateline(c) if c.dep_ != "expl" else c for c in verb.children
                            if c.dep_ in ("nsubj", "nsubjpass", "expl")) if s is not None]
    if not subjects and verb.dep_ in ("dep", "ccomp", "parataxis") and verb.head.i < verb.i \
            and verb.doc[verb.i - 1].text == "," and verb.head.lemma_.lower() in lexicon()["speech_verbs"]:
        # "Bangladesh, the foreign adviser insisted, keeps its distance ...", parsed with the inserted "insisted" as
        # the root holding both subjects and the main verb hung after it
        both = [c for c in verb.head.children if c.dep_ == "nsubj" and c.i < verb.head.i]
        if len(both) == 2 and [t.text for t in verb.doc[both[0].i + 1:both[1].left_edge.i]] == [","] \
                and both[0].pos_ in ("PROPN", "NOUN"):
            return both[0]
    if not subjects and verb.dep_ == "ccomp" and verb.head.i < verb.i and verb.left_edge.i > 0 \
            and verb.left_edge.text in ('"', "“") and verb.head.lemma_.lower() in lexicon()["speech_verbs"]:
        # 'insisted the UAE "does not take sides"': the quote opening after the subject cut it off as the speech
        # verb's object
        cut = next((c for c in verb.head.children if c.dep_ == "dobj" and c.right_edge.i == verb.left_edge.i - 1
                    and c.pos_ in ("PROPN", "NOUN")), None)
        if cut is not None:
            return cut
    if not subjects:
        for c in verb.children:  # "Venezuela, one senator said, has become ...": the parser gave the
            # main clause's subject to the inserted "said"
            split = _parenthetical_subjects(c) if c.dep_ == "parataxis" and c.i < verb.i else None
            if split is not None:
                return split[0]
        if verb.pos_ == "VERB":
            glued = next((c for c in verb.children if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")
                          and c.i < verb.i and verb.dep_ == "ROOT" or c.dep_ == "amod" and c.i == verb.i - 1
                          and c.text[:1].isupper() and c.ent_type_ in ("GPE", "ORG", "PERSON")
                          and verb.tag_ in ("VBZ", "VBD")), None)
            # ("Copenhagen bankrolls ...", the capital tagged an adjective of the verb)
            if glued is not None:  # "Russian state media portray China as ...": the subject read as a modifier
                return glued
        for c in verb.children:  # "Washington has for decades bankrolled ...": the subject hung on the auxiliary
            if c.dep_ == "aux" and c.i < verb.i:
                hung = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
                if hung is not None:
                    return hung
        for c in verb.children:  # "On Friday Beijing accused ...", parsed with the name as the date's object
            obj = next((g for g in c.children if g.dep_ == "pobj"), None) \
                if c.dep_ == "prep" and c.i < verb.i and c.lower_ in ("on", "by", "in") else None
            if obj is not None and obj.pos_ == "PROPN" and obj.i == verb.i - 1 and any(
                    g.dep_ == "compound" and g.lower_ in DAY_NAMES for g in obj.children):
                return obj
        for c in verb.children:  # "Saied, analysts say, now has ...": a bare name read as a clausal subject
            if c.dep_ == "csubj" and c.i < verb.i and c.text[:1].isupper() and not any(True for _ in c.children) \
                    and c.i + 1 < len(c.doc) and c.doc[c.i + 1].text == "," and any(
                    g.dep_ == "parataxis" and g.i > c.i for g in verb.children):
                return c
        for c in verb.children:
            # "Unlike Sweden and Finland, Austria and Ireland remain neutral": the subject run into the fronted
            # comparison's coordination after its comma
            obj = next((g for g in c.children if g.dep_ == "pobj"), None) \
                if c.dep_ == "prep" and c.lower_ in ("unlike", "like") and c.i == c.sent.start else None
            later = [t for t in conjuncts(obj)[1:] if t.i > 0 and t.doc[t.i - 1].text == ","] if obj is not None else []
            if later and later[0].pos_ == "PROPN" and later[0].i < verb.i:
                return later[0]
            run_in = _run_into_with(c, verb) if c.dep_ == "prep" and c.lower_ == "with" and c.i == c.sent.start \
                else None
            if run_in is not None:  # ("With Finland and Sweden now inside NATO, Austria and Ireland are ...")
                return run_in
        misread = next((c for c in verb.head.children if c.dep_ == "amod" and c.tag_ in ("VBD", "VBN")
                        and c.i < verb.head.i and any(g.dep_ == "nsubj" for g in c.children)), None) \
            if verb.dep_ == "conj" and verb.head.dep_ == "ROOT" and verb.head.pos_ == "NOUN" else None
        if misread is not None:  # "X blamed Y ... and accused Z", the first verb read as a modifier of Y (the root)
            return next(c for c in misread.children if c.dep_ == "nsubj")
        for c in verb.children:  # "Cairo, however, has accused ...": the name read as an adverbial noun
            if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") \
                    and c.left_edge.i == c.sent.start and c.i + 1 < verb.i \
                    and c.doc[c.i + 1].text == "," and verb.pos_ == "VERB" and verb.tag_ != "VBG":
                return c
        return None
    if subjects[0].dep_ == "expl":
        return None
    if subjects[0].lower_ in ("both", "all", "each") and subjects[0].pos_ == "PRON" and subjects[0].i > 0:
        named = subjects[0].doc[subjects[0].i - 1]
        while named.dep_ == "conj" and named.head.i < named.i:
            named = named.head
        if named.pos_ == "PROPN" and named.dep_ in ("intj", "npadvmod", "dep", "nmod") and named.head == verb \
                and named.left_edge.i == named.sent.start:
            return named  # "Nauru and Tuvalu both depend on ...", parsed with "both" as the subject
        if verb.dep_ == "conj" and verb.head.i < verb.i and not any(True for _ in subjects[0].children):
            first = own_subject(verb.head)
            if first is not None and first.pos_ == "PROPN" and len(conjuncts(first)) > 1:
                return first  # "India and Brazil abstained, and both refused to ...": the parties of the first clause
    if len(subjects) > 1 and subjects[0].pos_ not in ("NOUN", "PROPN", "PRON", "NUM") \
            and subjects[-1].pos_ in ("NOUN", "PROPN", "PRON"):
        return subjects[-1]  # "Ostensibly non-aligned, Turkmenistan depends ...": "non" is no subject
    split = _parenthetical_subjects(verb) if verb.dep_ == "parataxis" else None
    if split is not None:
        return split[1]  # the inserted clause's own subject ("one senator")
    if len(subjects) > 1 and subjects[1].pos_ == "PROPN" and subjects[1].left_edge.i == subjects[0].i + 1:
        return subjects[1]  # "State news agency Xinhua accused ...": the parser split the name off its noun
    met = next((c for c in subjects[0].children if c.dep_ == "compound" and c.tag_ == "NNS"), None) \
        if subjects[0].lower_ in ("meeting", "gathering") and subjects[0].tag_ == "NN" else None
    if met is not None:
        return met  # "Arab League foreign ministers meeting in Cairo avoided ...", the participle read as the head
    mark = verb.doc[subjects[0].i - 1] if subjects[0].i > 0 else None
    if len(subjects) > 1 and mark is not None and mark.lower_ in ("as", "like") and mark.head == verb \
            and mark.i == mark.sent.start:
        return subjects[-1]  # "As chair of the council, Vietnam has been even-handed": the role is no subject
    first = subjects[0]
    run_in = _run_into_with(first, verb) if first.i == first.sent.start + 1 and first.i < verb.i \
        and first.doc[first.sent.start].lower_ == "with" else None
    if run_in is not None:
        return run_in  # ("With Sweden and Finland now in NATO, Malta and Cyprus are ...", "With" read as a mark)
    verbal = next((c for c in subjects[0].children if c.dep_ == "nsubj" and c.i == subjects[0].i - 1
                   and c.pos_ in ("PROPN", "NOUN", "PRON")), None) \
        if subjects[0].tag_ == "NNS" and subjects[0].lemma_.lower() in _VERBS_READ_AS_NOUNS else None
    if verbal is not None:
        return verbal  # "Mongolia risks becoming a Chinese satellite", "risks" read as the subject of "becoming"
    return subjects[0]


def is_passive(verb: Any) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def subject_of(verb: Any, *, depth: int = 0) -> Any:
    """The subject token of ``verb``, climbing ``xcomp``/``conj``/``advcl``/participial chains when the verb has
    none of its own; for a relative clause, the noun it modifies. ``None`` when not found.

    A finite verb conjoined to a non-finite one ("has refused to criticise X and blames Y", where the small
    model attaches "blames" to "criticise") takes the subject of the finite verb above the chain.
    """
    if verb is None or depth > 6:
        return None
    s = own_subject(verb)
    if s is not None:
        if s.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
            return relative_antecedent(s)  # (a plural verb takes a whole coordination: "A and B, which say ...")
        if s.lower_ in ("who", "that") and verb.dep_ == "ccomp" and verb.head.lemma_ == "be":
            attr = next((c for c in verb.head.children if c.dep_ == "attr"), None)  # "it is X that ..."
            if attr is not None:
                return attr
        return s
    head = verb.head
    if head == verb:
        return None
    if verb.dep_ == "conj" and head.pos_ == "NOUN" and head.tag_ == "NNS" and head.lemma_.lower() in _SUPPLY_NOUNS:
        named = next((c for c in head.children if c.dep_ in ("compound", "amod", "nmod")
                      and c.pos_ in ("PROPN", "NOUN") and c.i == head.i - 1
                      and c.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")), None)
        if named is not None and head.i == named.i + 1 and named.i == named.sent.start:
            return named  # "Tehran arms and bankrolls the Houthis", with "arms" read as a noun and "Tehran" on it
    if verb.dep_ == "conj":
        rel_subject = own_subject(head) if head.dep_ == "relcl" else None
        if head.dep_ == "relcl" and head.head.dep_ == "ROOT" and head.head.pos_ in ("PROPN", "NOUN") \
                and (rel_subject is None or rel_subject.lower_ not in ("who", "which", "that")):
            # "Egypt, whose revenues have slumped, avoided blaming ...": the main verb the parser joined to the
            # relative clause (the noun it modifies has no verb of its own)
            return head.head
        if verb.tag_ in FINITE and head.tag_ in ("VB", "VBG") and head.dep_ in ("xcomp", "pcomp", "advcl"):
            top = head
            while top.dep_ in ("xcomp", "pcomp", "prep", "advcl") and top.head.i != top.i:
                top = top.head
                if own_subject(top) is not None:
                    break
            return subject_of(top, depth=depth + 1)
        return subject_of(head, depth=depth + 1)
    if verb.dep_ == "relcl":
        return head
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and head.dep_ == "dobj" and head.head.lemma_.lower() in (
            "spend", "waste") and head.head.pos_ == "VERB":
        return subject_of(head.head, depth=depth + 1)  # "has spent years propping up X": who spent them
    if verb.dep_ == "advcl" and head.lower_ == "far" and head.head.lemma_.lower() == "go":
        return subject_of(head.head, depth=depth + 1)  # "went so far as to condemn X"
    if verb.dep_ in ("xcomp", "advcl", "pcomp", "acl", "ccomp", "oprd", "acomp") and head.pos_ in ("VERB", "AUX", "ADJ"):
        # object control: "urged X to ..." -> X
        if verb.dep_ == "xcomp":
            obj = next((c for c in head.children if c.dep_ == "dobj"), None)
            if obj is not None and head.lemma_ in lexicon()["object_control"]:
                return obj
        if verb.dep_ == "ccomp":
            # "insisted his country was even-handed" with "his country" read as the object of "insisted": the
            # object just before a finite clause that has no subject is that clause's subject
            obj = next((c for c in head.children if c.dep_ == "dobj" and c.right_edge.i == verb.i - 1), None)
            if obj is not None and verb.tag_ in FINITE and obj.pos_ in ("NOUN", "PROPN"):
                return obj
            return None
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.doc[verb.i - 1].text == "," \
                and head.dep_ == "pcomp" and head.head.head.pos_ in ("VERB", "AUX"):
            # "accused Caracas of sheltering rebels, scoffing at ...": a participle after a comma belongs to the
            # clause of the main verb, not to the gerund it was hung on
            return subject_of(head.head.head, depth=depth + 1)
        if head.lemma_.lower() in ("leave", "keep", "find", "see", "watch", "make", "send", "get") and verb.tag_ in (
                "VBG", "VBN", "VB") and verb.doc[verb.i - 1].text != ",":
            # (not a participle set off by a comma: "Mali left the bloc, accusing France of ...")
            # "the alliance leaves South Korea playing second fiddle": the object does what follows it
            obj = next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)
            if obj is not None:
                return obj
        return subject_of(head, depth=depth + 1)
    if verb.dep_ == "pcomp" or (verb.dep_ == "pobj" and verb.pos_ == "VERB"):
        prep = head
        if prep.head.pos_ == "ADJ" and prep.head.dep_ == "amod" and prep.head.head.pos_ in ("PROPN", "NOUN"):
            return prep.head.head  # "Kampala, tired of being at Beijing's mercy, ...": the noun it describes
        if prep.head.pos_ == "ADJ" and prep.head.dep_ in ("acomp", "amod", "xcomp"):
            # "Kazakhstan is tired of playing second fiddle": the subject of the adjective's copula
            return subject_of(prep.head.head, depth=depth + 1) if prep.head.head.pos_ in ("VERB", "AUX") else None
        if (prep.lower_ in ("of", "for", "as") or prep.lower_ == "with" and prep.head.lemma_.lower() in (
                "charge", "credit", "task")) and prep.head.pos_ == "VERB":
            # "accused Beijing of acting as ...", "praised Hanoi for keeping ...", "charged Addis Ababa with
            # treating ...", "portray Moscow as playing second fiddle": the object does it
            obj = next((c for c in prep.head.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return obj
        if prep.lower_ == "but" and prep.head.dep_ == "dobj" and prep.head.head.pos_ in ("VERB", "AUX"):
            # "Guinea has little choice but to play second fiddle": who has no other choice does it
            return subject_of(prep.head.head, depth=depth + 1)
        return subject_of(prep.head, depth=depth + 1) if prep.head.pos_ in ("VERB", "AUX") else None
    if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):
        if head.dep_ in ("ROOT", "ccomp", "conj") and head.tag_ in ("VBZ", "NNS") and verb.tag_ == "VBG":
            own_ = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if own_ is not None:  # "Brazil risks playing second fiddle": "risks" taken for a noun that has a subject
                return own_
        return head
    return None


def conjuncts(token: Any) -> list[Any]:
    """``token`` and the tokens coordinated with it ("the United States and NATO" -> States, NATO), with the
    parties set beside it by "along with" / "together with" ("Kuwait, along with Saudi Arabia and the UAE, has
    bankrolled Cairo" -> Kuwait, Arabia, Emirates). A state's body in several places is one party per place
    ("military governments in Mali, Burkina Faso and Niger" -> Mali, Faso, Niger)."""
    places = _places_of(token) or _examples(token)
    out = [token] if not places else []
    stack = [c for c in token.children if c.dep_ == "conj"] + _companions(token) + places + _listed_appositive(token)
    while stack:
        t = stack.pop(0)
        if t in out:
            continue
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ == "conj")
    # (not the pieces of a hyphenated name the parser coordinated: "Jaish-e-Mohammed" is one conjunct, not also
    # "Mohammed")
    kept = {t.i for t in out}
    # (nor a floating quantifier the parser coordinated: "Chile and Peru both insist ...")
    return sorted((t for t in out if t.i == token.i or t.text != "-" and not _hyphen_pieces(t) & kept
                   and not _name_tail(t) and not _split_name(t)
                   and not (t.pos_ == "PRON" and t.lower_ in ("both", "all", "each"))),
                  key=lambda t: t.i)


def _split_name(token: Any) -> bool:
    """Is ``token`` a noun whose possessor ends a name with "and" in it that the parser cut after its first half
    ("Trinidad and Tobago's prime minister", parsed as "Trinidad" and "Tobago's prime minister")?"""
    head, first = token.head, token.left_edge
    if token.dep_ != "conj" or head.i >= first.i or first.pos_ != "PROPN" or first.dep_ not in ("poss", "compound"):
        return False
    between = token.doc[head.i + 1:first.i]
    return len(between) == 1 and between[0].dep_ == "cc" and is_alias(token.doc[head.i:first.i + 1].text)


def _name_tail(token: Any) -> bool:
    """Is ``token`` the second half of one name with "and" in it ("Trinidad and Tobago", "Bosnia and
    Herzegovina"), which the parser coordinated with its first half?"""
    head = token.head
    if token.dep_ != "conj" or head.i >= token.i:
        return False
    start = min([head.i] + [c.i for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN"])
    name = token.doc[start:token.i + 1]  # (from "Sao" in "Sao Tome and Principe")
    # (with "the" inside: "Saint Vincent and the Grenadines")
    return all(t.pos_ == "PROPN" or t.dep_ == "cc" or t.lower_ == "the" for t in name) and is_alias(name.text)


def _hyphen_pieces(token: Any) -> set[int]:
    """The indices of the earlier pieces of a word joined by hyphens without spaces that ``token`` ends ("Jaish" and
    "e" for "Mohammed" in "Jaish-e-Mohammed")."""
    doc = token.doc
    pieces, i = set(), token.i
    while i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        i -= 2
        pieces.add(i)
    return pieces


def _companions(token: Any) -> list[Any]:
    """The objects of "along with" / "together with" attached to ``token``, or to its verb between the two when
    ``token`` is the subject ("France, along with Germany, blamed ...")."""
    preps = [c for c in token.children if c.dep_ == "prep"]
    if token.dep_ in ("nsubj", "nsubjpass") and token.head.i != token.i:
        preps += [c for c in token.head.children if c.dep_ == "prep" and token.i < c.i < token.head.i]
    out = []
    for p in preps:
        if p.lower_ == "along":  # "along" (prep) -> "with" (prep) -> object
            p = next((c for c in p.children if c.dep_ == "prep" and c.lower_ == "with"), None)
        elif not (p.lower_ == "with" and any(c.lower_ in ("along", "together") and c.i == p.i - 1
                                             for c in p.children)):
            continue
        obj = next((c for c in p.children if c.dep_ == "pobj"), None) if p is not None else None
        if obj is not None:
            out.append(obj)
    return out


#: Nouns of intent that "no" turns into a refusal ("has no wish to take sides", "no intention of playing second
#: fiddle"), shared by the detectors.
WISH_NOUNS = frozenset({"wish", "intention", "desire", "appetite", "interest", "plan", "ambition"})
#: Nouns for a proposition a denial rejects, and the verbs that reject it ("rejected any suggestion that New Delhi
#: was Washington's junior partner", "rejects the notion that it bears any responsibility"), shared by the detectors.
PROPOSITION_NOUNS = frozenset({"suggestion", "claim", "notion", "idea", "charge", "accusation", "allegation",
                               "assertion", "talk", "characterisation", "characterization", "perception", "impression",
                               "view"})
DENY_VERBS = frozenset({"reject", "deny", "dismiss", "refute", "rebuff", "scoff", "bristle", "disown", "repudiate"})
#: Processes a mediator or guarantor vouches for, which are no party: the issue of "an impartial broker of the talks"
#: and no junior of "a guarantor of Colombia's peace talks".
PROCESS_NOUNS = frozenset({"talks", "negotiation", "negotiations", "process", "dialogue", "ceasefire", "truce",
                           "agreement", "deal", "accord", "settlement", "election", "elections", "vote", "referendum"})
#: Those a party hosts or owes, placed in their capitals ("its tenants in Washington, Paris and Beijing").
_HOSTED_NOUNS = frozenset({"tenant", "donor", "lender", "investor", "landlord"})  # (creditors: PARTNER_NOUNS)


def _listed_appositive(token: Any) -> list[Any]:
    """A list the parser read as an apposition ("Saudi Arabia, the United Arab Emirates and Egypt condemned ...",
    with "Emirates" an appositive of "Arabia"): the appositive name, when it is itself coordinated with a name and
    is another party; else ``[]``."""
    if token.pos_ != "PROPN":
        return []
    for c in token.children:
        if c.dep_ == "appos" and c.pos_ == "PROPN" and c.left_edge.i == token.i + 2 and token.nbor(1).text == "," \
                and any(g.dep_ == "conj" and g.pos_ == "PROPN" for g in c.children) \
                and is_alias(noun_phrase(c).text) and is_alias(noun_phrase(token).text) \
                and canonical_actor(noun_phrase(c).text) != canonical_actor(noun_phrase(token).text):
            return [c]
    return []


def _examples(token: Any) -> list[Any]:
    """The named examples of a plural noun ("smaller neighbours such as Sri Lanka and the Maldives" -> Lanka,
    Maldives; "upstream states such as Uganda"): the parties the passage names for the group; empty when it names
    none."""
    if token.tag_ != "NNS":
        return []
    prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "as"
                 and any(g.lower_ == "such" for g in c.children)), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if obj is None or obj.pos_ != "PROPN":
        return []
    return [obj] + [c for c in conjuncts(obj)[1:] if c.pos_ == "PROPN"]


def _places_of(token: Any) -> list[Any]:
    """The coordinated places of a state body's "in"/"of" phrase ("governments in Bamako, Niamey and
    Ouagadougou" -> Bamako, Niamey, Ouagadougou), each standing for its own state; empty for one place."""
    if token.pos_ != "NOUN":
        return []
    bound = token.lower_ in PLACE_BOUND_NOUNS or token.lemma_.lower() in PLACE_BOUND_NOUNS
    # (a party's friends are placed only by "in": "its Gulf backers in Riyadh and Abu Dhabi", "its tenants in
    # Washington, Paris and Beijing"; "the allies of Kyiv and Chisinau" are theirs, not them)
    friends = token.lower_ in PARTNER_NOUNS or token.lemma_.lower() in _HOSTED_NOUNS
    if not (bound or friends):
        return []
    preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ in (("in", "of", "from") if bound else ("in",))]
    obj = next((c for c in preps[0].children if c.dep_ == "pobj"), None) if len(preps) == 1 else None
    if obj is None or obj.pos_ != "PROPN":
        return []
    places = [obj] + [c for c in conjuncts(obj)[1:] if c.pos_ == "PROPN"]
    return places if len(places) > 1 else []


#: Negators of a state, not of an act ("is hardly even-handed", but "can hardly claim to be neutral").
_HARDLY = frozenset({"hardly", "scarcely"})


def is_negated(token: Any) -> bool:
    """Negated by ``not``/``never``/``no longer`` on the token, its auxiliaries, or the verb of its copula."""
    negs = lexicon()["negators"]
    heads = [token]
    if token.dep_ in ("acomp", "attr", "oprd", "xcomp") and token.head.pos_ in ("AUX", "VERB"):
        heads.append(token.head)
    for h in heads:
        for c in h.children:
            if c.i > h.i and c.i > 0 and c.doc[c.i - 1].text == "," and c.lower_ == "not":
                continue  # a contrast after the word, not its negation: "ECOWAS's fault, not ours", "neutral, not idle"
            if c.lower_ == "not" and c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ in ("only", "just", "merely",
                                                                                         "solely", "simply"):
                continue  # "not only the ruling party's fault": it is, among others
            if c.lower_ == "never" and h.lemma_ in ("be", "become", "look", "seem") and any(
                    g.dep_ in ("acomp", "attr") and (g.tag_ == "JJR" and g.lower_ != "less" or any(
                        m.lower_ == "more" for m in g.children)) for g in h.children):
                continue  # "has never been greater / more dependent": more than ever, no denial
            if c.lower_ in _HARDLY and h.tag_ in ("VB", "VBP", "VBZ", "VBD", "VBG"):
                continue  # "can hardly claim to be neutral" still makes the claim; "is hardly neutral" does not
            if c.dep_ == "neg" or (c.dep_ in ("advmod", "det", "neg") and c.lower_ in negs):
                return True
            if c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children):
                return True
    return False


def _inserted(clause: Any) -> bool:
    """A parenthetical clause set off by a comma before it (", analysts say,")."""
    if clause.dep_ != "parataxis":
        return False
    first = next((t for t in clause.subtree if not t.is_punct), clause)
    subj = own_subject(clause)
    if subj is not None and subj.left_edge.i > first.i:
        first = subj.left_edge  # "Belize, its foreign minister said, favours ..." with "Belize" hung on "said"
    return first.i > 0 and clause.doc[first.i - 1].text == ","


def participle_subject(verb: Any) -> Any:
    """The main clause's subject for a participle set off by a comma ("Accra said the rebels were to blame,
    saying they ..."), which the small model often hangs on the nearest verb; ``None`` when ``verb`` is not such a
    participle or the main clause has no subject."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp", "conj") or verb.i == 0 \
            or verb.doc[verb.i - 1].text != "," or own_subject(verb) is not None:
        return None
    root = verb.sent.root
    if root.i > verb.i or root.i == verb.i:
        return None
    return subject_of(root)


#: Quotation marks that open or close a quotation (a lone straight apostrophe too: the tokenizer keeps "'s" apart).
QUOTE_MARKS = frozenset({'"', "'", "“", "”", "‘", "’"})


def speech_source(token: Any) -> tuple[Any, Any] | None:
    """If ``token`` sits in reported speech, return ``(speaker_token, speech_verb)``.

    Covers "X said (that) Y ...", "Y ..., X said", "according to X, ..." and "X accused/claimed ...". The
    speaker is the subject of the nearest speech verb above the token's clause.
    """
    speech = lexicon()["speech_verbs"]
    t = token
    for _ in range(8):
        if t.head == t:
            break
        parent = t.head
        if t.dep_ == "ccomp" and parent.tag_ == "VBG" and parent.dep_ == "xcomp" and parent.i == parent.head.i + 1 \
                and parent.head.lemma_.lower() in speech:
            parent = parent.head  # "told visiting European leaders that ...", the addressee's participle read as a verb
        if (t.dep_ in ("ccomp", "parataxis") or (t.dep_ == "advcl" and t.pos_ in ("VERB", "AUX"))
                or (t.dep_ == "dobj" and parent.tag_ == "VBG")) and parent.lemma_.lower() in speech:
            # (a fronted adjective is no reported clause: "Officially neutral, X rarely comments on ...")
            subj = subject_of(parent) or stranded_speaker(parent)
            main = participle_subject(parent)
            if main is not None:
                subj = main
            if subj is not None:
                return subj, parent
        if parent.lemma_.lower() in speech and t.dep_ in ("ccomp",):
            return None
        if t.dep_ == "relcl" and parent.dep_ in ("dobj", "dative") and parent.head.lemma_.lower() in speech \
                and any(c.lower_ == "that" and c.i < t.i for c in t.children) \
                and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "that" for c in t.children):
            # "told foreign journalists that Belarus was staying out", the reported clause read as a relative
            # clause on the addressee
            subj = subject_of(parent.head)
            if subj is not None:
                return subj, parent.head
        t = parent
    # a trailing or inverted attribution hanging off the reported clause: "X is to blame, critics said",
    # "..., said Fang Jiarui"
    ancestors = [token, *token.ancestors]
    for a in ancestors:
        for c in a.children:
            if c.dep_ in ("parataxis", "ccomp", "advcl", "conj") and c.lemma_.lower() in speech \
                    and not (c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ != "as" for g in c.children)) \
                    and (c.i > token.i or _inserted(c)) \
                    and c not in ancestors and c.tag_ in ("VBD", "VBZ", "VBP", "VBG"):
                subj = own_subject(c) or stranded_speaker(c)
                if subj is not None:
                    return subj, c
    # (one clause further down, after a closing quote mark: "'Vietnam is neutral, and we will stay neutral,' the
    # defence minister told delegates", with "told" hung on the second clause)
    for a in ancestors:
        for v in a.children:
            if v.dep_ != "conj" or v.pos_ not in ("VERB", "AUX") or v.i < token.i:
                continue
            for c in v.children:
                if c.dep_ in ("conj", "parataxis") and c.lemma_.lower() in speech and c.tag_ in ("VBD", "VBZ", "VBP") \
                        and any(t.text in QUOTE_MARKS for t in token.doc[token.i:c.i]):
                    subj = own_subject(c)
                    if subj is not None:
                        return subj, c
    root = token.sent.root if token.doc.has_annotation("DEP") else token
    # a speech verb that the parser made the root with the reported clause as its ccomp/parataxis
    for c in root.children:
        if c.dep_ in ("ccomp", "parataxis") and root.lemma_.lower() in speech and token in c.subtree:
            subj = subject_of(root)
            if subj is not None and subj not in c.subtree:
                return subj, root
    inserted = _inserted_root_speaker(root)
    if inserted is not None and token in inserted[0].subtree and token not in inserted[1].subtree:
        return inserted[1], root
    # "according to X"
    for tok in token.sent:
        if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "to":
            pobj = next((c for c in tok.nbor(1).children if c.dep_ == "pobj"), None)
            if pobj is None:
                pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if pobj is None:
                for c in tok.children:
                    pobj = next((g for g in c.children if g.dep_ == "pobj"), pobj)
            if pobj is not None:
                return pobj, tok
    return None


def _inserted_root_speaker(root: Any) -> tuple[Any, Any] | None:
    """(main subject, speaker) when an attribution inserted between commas after the main clause's subject was
    parsed as the root, with the main verb hung after it: "Austria's neutrality, a Polish diplomat remarked, ends
    where ..." (two subjects of "remarked"), "The so-called neutrality of Switzerland, a Ukrainian lawmaker wrote,
    has become ..." (the speaker an apposition closing the subject); else ``None``."""
    if root.lemma_.lower() not in lexicon()["speech_verbs"] or root.pos_ != "VERB":
        return None
    doc = root.doc
    subjects = [c for c in root.children if c.dep_ == "nsubj" and c.i < root.i]
    if not subjects or subjects[0].left_edge.i != root.sent.start:
        return None
    main = subjects[0]
    if len(subjects) == 2:
        speaker = subjects[1]
    elif len(subjects) == 1:
        speaker = next((t for t in main.subtree if t.dep_ == "appos" and t.right_edge.i == root.i - 1), None)
    else:
        return None
    if speaker is None or speaker.pos_ not in ("NOUN", "PROPN") or doc[speaker.left_edge.i - 1].text != "," \
            or (speaker.dep_ == "nsubj" and main.right_edge.i + 1 < speaker.left_edge.i - 1):
        return None
    # the main clause's verb after the inserted one, set off by a comma, with no subject of its own
    rest = next((c for c in root.children if c.dep_ in ("ccomp", "conj", "parataxis") and c.i > root.i
                 and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ","
                 and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)), None)
    return (main, speaker) if rest is not None else None


def stranded_speaker(verb: Any) -> Any:
    """The subject of a trailing speech verb that the parser hung inside the reported clause as an apposition
    ("France is to blame for the chaos in Libya, Italy's deputy prime minister said": "minister" an appos of
    "Libya", "said" with no subject), else ``None``."""
    if verb.i == 0 or verb.lemma_.lower() not in lexicon()["speech_verbs"] or verb.pos_ != "VERB" \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    noun = verb.doc[verb.i - 1]
    doc = verb.doc
    body = noun
    while body.dep_ in ("pobj", "prep") and body.head.i < body.i and body.head.right_edge.i == verb.i - 1:
        body = body.head  # (up a name with "of" in it: "..., the Department of Foreign Affairs said")
    if body.dep_ == "conj" and body.ent_type_ == "ORG" and body.lower_ in ("department", "ministry", "office"):
        noun = body
    if noun.dep_ == "conj" and (noun.pos_ == "PROPN" and noun.ent_type_ in ("PERSON", "ORG")
                                or noun.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "poss" for c in noun.children)) \
            and noun.left_edge.i > 0 and doc[noun.left_edge.i - 1].text == ",":
        # "... between Washington and Beijing, Economy Secretary Marcelo Ebrard said": the speaker joined to the
        # last name of the clause by a comma alone (no "and" or "or" since the conjunct before it); or an owned
        # office ("... between Chisinau and Tiraspol, Ukraine's foreign ministry said")
        before = max((c.right_edge.i for c in noun.head.children if c.dep_ == "conj" and c.i < noun.i),
                     default=noun.head.i)
        if not any(t.dep_ == "cc" for t in doc[before + 1:noun.left_edge.i]):
            return noun
    while noun.dep_ in ("pobj", "prep", "conj") and noun.head.i < noun.i and noun.head.right_edge.i == verb.i - 1:
        noun = noun.head  # "..., a senior adviser to the Czech prime minister said": up to the apposition (and
        # over a coordinated name: "a spokeswoman for the Department of Foreign Affairs and Trade said")
    # the reported clause: the verb's ccomp, or the clause the parser joined the verb to ("New Delhi will remain
    # neutral in any dispute over the Strait, India's minister told parliament" with "told" a conj of "remain")
    clause = {t.i for c in verb.children if c.dep_ in ("ccomp", "parataxis") for t in c.subtree}
    if verb.dep_ in ("conj", "parataxis") and verb.head.i < verb.i and verb.doc[verb.i - 1].pos_ != "PUNCT":
        # (or hung on it as a parataxis: "Rome will stay out of the row between Madrid and Rabat, Italy's foreign
        # minister said")
        clause |= {t.i for t in verb.head.subtree} - {t.i for t in verb.subtree}
    # (or as an object after a comma: "Australia does not take sides in the dispute, a spokeswoman ... said")
    if noun.dep_ in ("appos", "dobj", "npadvmod") and noun.pos_ in ("NOUN", "PROPN") and noun.left_edge.i > 0 \
            and verb.doc[noun.left_edge.i - 1].text == "," and noun.head.i < noun.i and noun.i in clause:
        return noun
    # (or hung on a fronted participle's place: "Speaking in Baku, Italy's foreign minister said ...", "minister"
    # an apposition of "Baku")
    if noun.dep_ == "appos" and noun.pos_ == "NOUN" and noun.left_edge.i > 0 \
            and verb.doc[noun.left_edge.i - 1].text == "," and any(
                c.dep_ == "advcl" and c.i < verb.i and c.tag_ == "VBG"
                and c.left_edge.i <= noun.head.i <= c.right_edge.i for c in verb.children):
        return noun
    return None


def spoken_of(cue: Any) -> Any:
    """What the source of a reported claim speaks of, after it (the issue or reason it is about): "..., the foreign
    minister said of the Essequibo dispute", "..., the minister told reporters, referring to the row over deportation
    flights"; else ``None``."""
    spoken = speech_source(cue)
    if spoken is None:
        return None
    for c in spoken[1].children:
        preps = [c] if c.dep_ == "prep" and c.lower_ == "of" else [
            d for d in c.children if d.dep_ == "prep" and d.lower_ == "to"] \
            if c.dep_ == "advcl" and c.lemma_.lower() == "refer" else []
        for p in preps:
            about = next((g for g in p.children if g.dep_ == "pobj"), None)
            if about is not None and p.i > cue.i:
                return about
    return None


def phrase(token: Any, *, stop: Any = None) -> str:
    """Text of ``token``'s subtree (trimmed of edge punctuation), within the sentence ``stop`` if given."""
    toks = list(token.subtree)
    if stop is not None:
        toks = [t for t in toks if stop.start <= t.i < stop.end]
    stranded = stranded_speaker(token.doc[toks[-1].i + 1]) if toks and toks[-1].i + 1 < len(token.doc) else None
    if stranded is not None and token.i < stranded.left_edge.i <= toks[-1].i:
        toks = [t for t in toks if t.i < stranded.left_edge.i]  # "the chaos in Libya, Italy's minister said"
    while len(toks) > 1 and toks[-1].pos_ == "ADV" and toks[-1].dep_ == "advmod" and toks[-1].head.i == token.i \
            and token.pos_ in ("NOUN", "PROPN"):
        toks = toks[:-1]  # "for the riots squarely on X": an adverb hung on the noun belongs to the verb
    if not toks:
        return ""
    doc = token.doc
    span = doc[toks[0].i:toks[-1].i + 1]
    text = span.text.strip()
    return text.strip(" ,;:.\"“”'‘’()")


def span_of(tokens: list[Any], sentence: Any) -> Any:
    """The smallest span of ``sentence`` covering ``tokens``."""
    idx = [t.i for t in tokens if t is not None and sentence.start <= t.i < sentence.end]
    doc = sentence.doc
    return doc[min(idx):max(idx) + 1] if idx else sentence


def in_span(token: Any, span: Any) -> bool:
    return token is not None and span.start <= token.i < span.end


def cast_antecedent(ante: Any) -> Any:
    """For the antecedent of a relative clause: the party an indefinite description is said of, when the clause
    hangs on what an object is cast as or a subject has become ("portraying Armenia as a junior partner that owes
    its survival to Moscow", "Oslo has become a client state that follows the Pentagon's lead"); else ``ante``."""
    if ante is None or ante.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                                      for c in ante.children):
        return ante
    if ante.dep_ == "pobj" and ante.head.lower_ == "as":
        obj = next((c for c in ante.head.head.children if c.dep_ == "dobj" and c.i < ante.i), None)
        return obj if obj is not None and obj.pos_ in ("PROPN", "NOUN") else ante
    if ante.dep_ == "attr" and ante.head.lemma_.lower() in ("be", "become", "remain"):
        subj = next((c for c in ante.head.children if c.dep_ == "nsubj" and c.i < ante.i), None)
        return subj if subj is not None and subj.pos_ == "PROPN" else ante
    return ante


def relative_antecedent(tok: Any) -> Any:
    """The noun a relative pronoun stands for ("Bahrain, which one newspaper called a Saudi satellite", "Switzerland,
    whose neutrality ..."); any other token (or ``None``) as it is, and ``None`` for a "whose" outside a clause."""
    if tok is None:
        return None
    if tok.lower_ in ("which", "who", "whom", "that") and tok.head.dep_ == "relcl":
        ante, verb = tok.head.head, tok.head
        plural = tok.dep_ in ("nsubj", "nsubjpass") and (verb.tag_ == "VBP" or verb.lower_ in ("are", "were") or any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in ("are", "were", "have") for c in verb.children))
        while plural and ante.dep_ == "conj" and ante.head.i < ante.i:
            ante = ante.head  # "Brazil and Colombia, which describe themselves as ...": the whole coordination
        return ante
    if tok.lower_ in ("which", "who") and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "conj" \
            and tok.head.head.dep_ == "relcl":
        return relative_antecedent(next((c for c in tok.head.head.children if c.lower_ in ("which", "who", "whom")),
                                        None)) or tok.head.head.head  # "Abkhazia, which X considers ... and which
        # functions as ...": a second relative clause joined to the first
    if tok.lower_ in ("which", "who", "that") and tok.dep_ == "nsubj" and tok.head.dep_ == "ccomp" \
            and tok.head.head.dep_ == "relcl" and not any(c.dep_ == "mark" for c in tok.head.children):
        return tok.head.head.head  # "Kigali, which they said props it up": the parser's subject of the inner verb
    if tok.lower_ in ("which", "whom") and tok.dep_ == "pobj" and tok.head.dep_ == "prep" \
            and tok.head.i == tok.i - 1 and tok.head.head.dep_ in ("relcl", "advcl"):
        # "New Delhi, on which Thimphu relies": a fronted preposition's object (the clause parsed as adverbial
        # stands for the noun before its comma)
        before = tok.doc[tok.head.i - 2] if tok.head.i >= 2 and tok.doc[tok.head.i - 1].text == "," else None
        if before is not None and before.pos_ in ("PROPN", "NOUN"):
            return before  # (also when the parser hung the clause on an earlier noun: "Any move is watched in X, on")
        return tok.head.head.head if tok.head.head.dep_ == "relcl" else tok
    if tok.lower_ == "whose":
        rel = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
        return rel.head if rel is not None else None
    return tok


def in_question(cue: Any) -> bool:
    """The cue sits in a question or condition ("asked whether Belgrade was Beijing's junior partner", "if Kyiv is
    to blame"): the framing is raised, not asserted."""
    for a in [cue, *list(cue.ancestors)[:4]]:
        if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in a.children):
            return True
        if a.dep_ in ("ccomp", "advcl") and a.head.lemma_.lower() in ("ask", "wonder", "question"):
            return True
        if a.dep_ in ("advcl", "relcl") and any(c.dep_ == "mark" for c in a.children):
            return False  # a clause of its own ("whether X can mediate after Lula suggested Kyiv shared blame")
    return False
