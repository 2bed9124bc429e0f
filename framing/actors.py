"""Actors: who fills a role. Gazetteer lookup with metonymy (``the Kremlin`` -> ``Russia``), named entities
for actors the gazetteer does not know, head nouns for unnamed parties (``the opposition``), and antecedents for
pronouns and ``the country`` within the sentence and the previous one.

The gazetteer is data: ``framing/data/actors.yaml`` (states and blocs with capitals, leaders, ministries, state
media, demonyms; institution nouns; titles; party nouns), each entry with a note. Detectors reach these functions
through the ``actors`` helper that :mod:`framing.features.extract` hands them.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from framing.nlp import HYPHENATED_TITLES

GAZETTEER_PATH = Path(__file__).parent / "data" / "actors.yaml"

#: Pronouns (and pronoun-like noun phrases) resolved to an antecedent.
PRONOUNS = frozenset({"it", "its", "itself", "they", "their", "them", "themselves"})
#: Personal pronouns: resolved only to people (a listed leader stands for the state).
PERSONAL_PRONOUNS = frozenset({"he", "him", "his", "himself", "she", "her", "herself"})
DEFINITE_ANAPHORS = frozenset({"the country", "the nation", "the state", "the government", "the regime",
                               "the kingdom", "the republic", "the emirate", "the island", "the alliance",
                               "the bloc", "the capital", "the sultanate", "the principality", "the monarchy",
                               "the archipelago", "the island nation", "the island state", "the islands",
                               "the federation", "the court", "the tribunal", "the agency", "the watchdog",
                               "the organisation", "the organization", "the fund", "the council",
                               "the grouping", "the coalition", "the paper", "the newspaper", "the broadcaster",
                               "the tabloid", "the group", "the militia", "the mission", "the force"})
#: Definite descriptions of an outlet ("the paper" after "the Global Times"): their antecedent is an outlet, never a
#: state named by its own name or capital.
MEDIA_NOUNS = frozenset({"paper", "newspaper", "broadcaster", "tabloid"})
#: Definite descriptions of a movement or armed group ("the group" after "the Houthis"): never a state.
GROUP_NOUNS = frozenset({"group", "militia"})
#: Definite descriptions of an organisation or alliance ("the bloc" after "the African Union", "the Russian-led
#: alliance" after "the Collective Security Treaty Organization"): their antecedent is an organisation, not a state.
BLOC_NOUNS = frozenset({"alliance", "bloc", "union", "grouping", "coalition", "organisation", "organization"})
#: Modifiers that keep a definite description anaphoric ("the Russian-led alliance", "the Saudi-backed coalition").
_LED_WORDS = frozenset({"led", "backed", "dominated", "based", "sponsored", "funded"})
#: Definite descriptions of a named body ("the court" after "the International Criminal Court"): their antecedent
#: is an actor whose name holds the same noun.
BODY_NOUNS = frozenset({"court", "tribunal", "agency", "watchdog", "organisation", "organization", "fund", "council",
                        "mission", "force"})
_ACTOR_ENTS = ("GPE", "ORG", "NORP", "PERSON")
#: Regions the small model tags LOC that the news treats as collective parties ("Europe's dependence on Russian
#: gas"), unlike rivers, seas and mountains.
_REGION_PARTIES = frozenset({"europe", "africa", "asia", "latin america", "south america", "north america",
                             "middle east", "balkans", "gulf", "global south", "central asia", "caucasus", "sahel",
                             "southeast asia", "south asia", "east asia", "scandinavia", "eastern europe",
                             "western europe", "central europe", "the americas", "americas", "arab world"})
#: Named things that are never parties (rivers, canals, buildings, products, dates, sums); the gazetteer is asked
#: first, so "the White House" (FAC) stays the United States.
_NON_ACTOR_ENTS = frozenset({"LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "DATE", "TIME", "MONEY",
                             "QUANTITY", "PERCENT", "CARDINAL", "ORDINAL"})
#: The hyphenated titles the tokenizer keeps whole, singular ("secretary-general", "commander-in-chief"): office holders
#: that speak for the body or state of their noun phrase.
_TITLE_WORDS = frozenset(t for t in HYPHENATED_TITLES if not t.split("-")[0].endswith("s"))
#: Party nouns that take their state from "in/of X" or a possessive pronoun ("the regime in Damascus", "his country").
PLACE_BOUND_NOUNS = frozenset({"country", "nation", "government", "regime", "state", "people", "kingdom",
                               "republic", "capital", "authorities", "administration", "leadership", "junta",
                               "officials", "official", "diplomats", "leaders", "spokesman", "spokeswoman",
                               "ministry", "military", "army", "forces", "troops", "contingent", "police",
                               "parliament",
                               # office holders speak for the state of their noun phrase ("its foreign secretary",
                               # "the president of Brazil", "Brazil's president")
                               "minister", "secretary", "president", "premier", "chancellor", "ambassador",
                               "envoy", "spokesperson", "emir", "king", "monarch", "mission", "delegation",
                               "taoiseach", "sultan", "embassy", "navy", "generals", "rulers", "ruler", "presidents",
                               "mediators", "ombudsman",
                               "negotiators", "negotiator", "secretariat", "board",
                               "diplomat", "coordinator", "rapporteur", "representative", "adviser", "advisor",
                               "ministers", "governments", "regimes", "administrations", "panel", "commission",
                               "committee", "experts",
                               "investigators", "inspectors", "monitors", "observers", "envoys", "presidency", "force",
                               "officers", "director", "commissioner", "chairman", "chairwoman", "chair", "head",
                               "heads",
                               "governor", "authority",
                               # a state that hosts ("the Saudi hosts", "the hosts in Doha")
                               "host", "hosts"}) | _TITLE_WORDS
#: First words of political parties named after their country ("Progressive Slovakia", "Civic Platform"): such a
#: name is the party, not the state a capitalised epithet runs into ("Landlocked Nepal", "Neutral Switzerland").
_PARTY_NAME_WORDS = frozenset({"progressive", "civic", "democratic", "liberal", "conservative", "socialist", "social",
                               "green", "free", "patriotic", "popular", "national", "republican", "labour", "united",
                               "renew", "alternative", "freedom", "forward", "together", "solidarity"})
#: Last words of place names the model may tag as people ("calling at Cam Ranh Bay").
_PLACE_WORDS = frozenset({"bay", "island", "islands", "strait", "port", "sea", "river", "gulf", "lake", "base",
                          "airport", "harbour", "harbor", "valley", "peninsula", "province", "corridor", "canal"})
#: Offices whose holder a "he" / "she" can stand for when no person is named ("Russia's envoy ... he").
OFFICE_NOUNS = frozenset({"minister", "secretary", "president", "premier", "chancellor", "ambassador", "envoy",
                          "spokesman", "spokeswoman", "spokesperson", "emir", "king", "monarch", "leader",
                          "taoiseach", "sultan"}) \
    | _TITLE_WORDS
#: People and bodies posted abroad: "diplomats in Bangkok" are mostly foreign diplomats, not Thailand, and do not
#: speak for it ("the ambassador of Chile" still is Chile).
POSTED_NOUNS = frozenset({"diplomats", "diplomat", "envoys", "envoy", "ambassador", "ambassadors", "embassy",
                          "embassies", "mission", "delegation", "correspondents", "inspectors", "monitors",
                          "observers", "investigators", "peacekeepers", "force", "secretariat", "board", "nuncio"})
#: Modifiers that set a group against the state it is placed in: "opposition leaders in Tbilisi", "Georgian
#: opposition leaders" and "rebel commanders in Goma" are not Georgia or Congo.
NON_STATE_MODIFIERS = frozenset({"opposition", "rebel", "rebels", "separatist", "separatists", "exiled", "exile",
                                 "dissident", "dissidents", "protest", "insurgent", "militant", "guerrilla",
                                 "jihadist", "anti-government", "pro-democracy", "breakaway", "paramilitary",
                                 "militia", "mercenary"})
#: Heads of a named organisation whose name stands before them ("the ruling Georgian Dream party").
NAMED_GROUP_NOUNS = frozenset({"party", "movement", "group", "militia", "coalition", "alliance", "front", "faction",
                               "network", "organisation", "organization", "bloc",
                               # companies named before their noun ("the SMB-Winning consortium")
                               "consortium", "company", "firm", "conglomerate", "corporation", "utility",
                               "operator", "contractor", "lender", "insurer", "miner", "shipowner"})
#: People who work for the body a compound names ("IMF staff", "World Bank economists").
#: Observers of an election or a ceasefire, who stand for the body that sent them.
_OBSERVER_NOUNS = frozenset({"observers", "observer", "monitors", "monitor"})
_STAFF_NOUNS = frozenset({"staff", "economists", "researchers", "team", "auditors", "lawyers", "analysts", "experts",
                          "executives", "managers", "engineers", "executive", "economist", "researcher", "lawyer",
                          "analyst", "expert", "manager", "engineer"})
#: Possessive pronouns: a possessor that names no party by itself ("its stake", "their allies").
POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her", "our", "my", "your"})
#: A party's friends and sponsors ("Manila's allies", "Kyiv's Western backers"): never the party that owns them.
PARTNER_NOUNS = frozenset({"ally", "allies", "backer", "backers", "patron", "patrons", "partner", "partners", "friend",
                           "friends", "sponsor", "sponsors", "benefactor", "benefactors", "protector", "protectors",
                           "creditor", "creditors", "supporter", "supporters"})
#: Heads of a state organ's name ("National Security Council", "Joint Chiefs of Staff", "National Police Agency").
#: (Not a bare "council": an electoral council is a party of its own when called impartial.)
STATE_BODY_HEADS = frozenset({"security council", "ministry", "police", "forces", "force", "guard", "command",
                              "agency", "service", "army", "navy", "staff", "chiefs", "directorate", "cabinet",
                              "office", "bureau", "authority", "treasury", "department", "administration",
                              "committee",
                              # a ruling council ("Sudan's Sovereign Council") and a state's security service
                              # named by its acronym ("Belarus's KGB")
                              "sovereign council", "sovereignty council", "kgb"})
#: Weather and its kin, never a party, even when the parser reads them as a name ("thick fog").
WEATHER_NOUNS = frozenset({"fog", "mist", "haze", "smog", "drought", "droughts", "heatwave", "heatwaves", "flood",
                           "floods", "flooding", "rain", "rains", "rainfall", "snow", "snowfall", "storm", "storms",
                           "monsoon", "monsoons", "frost", "hail", "weather", "winds", "wildfire", "wildfires",
                           "harmattan"})
#: Definite descriptions of a state ("the country", "the kingdom"): their antecedent is a state.
COUNTRY_NOUNS = frozenset({"country", "nation", "state", "kingdom", "republic", "emirate", "island", "islands",
                           "archipelago", "sultanate", "principality", "monarchy", "federation"})
#: Objects that continue the topic, the subject of an earlier clause ("accused it of ...", "blamed the group").
_OBJECT_ANAPHORS = frozenset({"it", "them"}) | COUNTRY_NOUNS | GROUP_NOUNS
#: Nouns that stand for one of two (or more) parties after "either" / "neither" / "both" and name none of them
#: themselves ("either side", "both governments", "would not favour either party").
EITHER_NOUNS = frozenset({"side", "government", "capital", "party", "country", "state", "neighbour", "neighbor",
                          "faction", "camp"})
#: Members of an armed or political group, who stand for the group named before them ("Wagner fighters").
MEMBER_NOUNS = frozenset({"fighters", "fighter", "militants", "gunmen", "members", "commanders", "militiamen",
                          "mercenaries", "operatives", "guerrillas", "insurgents", "rebels", "cadres", "loyalists",
                          "gang", "gangs", "militia", "group"})
#: Verbs whose object does the act of their "of"-gerund ("accused X of exploiting its leverage").
_ACCUSING_VERBS = frozenset({"accuse", "suspect", "charge", "convict"})
#: Region words that describe a state without naming it ("the Pacific nation", "the Central Asian republic").
REGION_WORDS = frozenset({"pacific", "atlantic", "arctic", "gulf", "baltic", "balkan", "caribbean", "nordic",
                          "scandinavian", "himalayan", "alpine", "andean", "asian", "african", "european", "arab",
                          "mediterranean", "sahelian", "central", "southeast", "south", "north", "east", "west",
                          "southern", "northern", "eastern", "western", "latin"})
#: Texts that voice whoever carries or signs them ("an editorial carried by Xinhua", "Beijing's white paper").
PUBLICATION_NOUNS = frozenset({"editorial", "commentary", "statement", "article", "op-ed", "column", "communique",
                               "communiqué", "paper", "readout", "declaration", "broadcast", "report", "post",
                               "letter", "note", "bulletin", "dispatch", "resolution", "indictment", "review",
                               "assessment", "audit", "ruling", "verdict", "complaint", "lawsuit", "suit",
                               "petition", "filing"})


@dataclass(frozen=True)
class Entry:
    """One gazetteer alias: the canonical actor, the person it names (if any) and what kind of alias it is."""

    actor: str
    person: str | None
    kind: str  # alias | leader | media


def _fold(text: str) -> str:
    """Text without diacritics ("Luiz Inácio Lula da Silva" matches "Luiz Inacio Lula da Silva")."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _norm(text: str) -> str:
    text = _fold(text).replace("’", "'").replace("‘", "'")
    text = re.sub(r"\s+", " ", text).strip(" \t\n,.;:\"“”()[]")
    text = re.sub(r"'s$|'$", "", text).strip()
    low = text.lower()
    for det in ("the ", "a ", "an "):
        if low.startswith(det):
            low = low[len(det):]
            break
    return low


@functools.lru_cache(maxsize=1)
def gazetteer() -> dict[str, Any]:
    """The parsed gazetteer: ``aliases`` (normalised alias -> :class:`Entry`), ``demonyms`` (demonym ->
    actor), ``institutions``, ``titles``, ``party_nouns`` and ``people_nouns`` (sets of lower-case strings).

    Examples
    --------
    >>> gazetteer()["aliases"]["kremlin"].actor
    'Russia'
    """
    data = yaml.safe_load(GAZETTEER_PATH.read_text(encoding="utf-8"))
    aliases: dict[str, Entry] = {}
    demonyms: dict[str, str] = {}
    for state in data["states"]:
        actor = state["actor"]
        for alias in [actor, *state.get("aliases", [])]:
            aliases.setdefault(_norm(str(alias)), Entry(actor, None, "alias"))
        for dem in state.get("demonyms", []):
            demonyms.setdefault(str(dem).lower(), actor)
        for leader in state.get("leaders", []):
            name = str(leader["name"])
            for alias in [name, *leader.get("short", [])]:
                aliases.setdefault(_norm(str(alias)), Entry(actor, name, "leader"))
        for medium in state.get("media", []):
            aliases.setdefault(_norm(str(medium)), Entry(actor, None, "media"))
    # short all-capital aliases ("US", "IS", "UN"): as lower-case words they are other words ("us", "is")
    acronyms = frozenset(_norm(str(a)) for state in data["states"] for a in state.get("aliases", [])
                         if str(a).isupper() and len(str(a)) <= 4)
    # names of several capitalised words ("Foreign Office", "Home Office"): in lower case they are ordinary words
    # ("a foreign office spokeswoman in Islamabad" is Pakistan's)
    titled = frozenset(_norm(str(a)) for state in data["states"] for a in state.get("aliases", [])
                       if " " in str(a).strip() and str(a).istitle())
    return {
        "aliases": aliases,
        "acronyms": acronyms,
        "titled": titled,
        "entries": tuple(data["states"]),  # every actor's entry as written (name, aliases, leaders, media)
        "demonymless_states": frozenset(map(str, data.get("demonymless_states", []))),
        "eu_members": frozenset(map(str, data.get("eu_members", []))),
        # capital -> state, only where the context speaks of that state (framing.features.extract)
        "context_capitals": {str(k): str(v) for k, v in data.get("context_capitals", {}).items()},
        "demonyms": demonyms,
        "institutions": frozenset(str(e["noun"]).lower() for e in data["institution_nouns"]),
        "titles": tuple(sorted({str(t).lower() for t in data["titles"]}, key=lambda t: (-len(t), t))),
        "party_nouns": frozenset(str(e["noun"]).lower() for e in data["party_nouns"]),
        # the states a description of a state fits, by region words or kind ("pacific", "kingdom")
        "description_states": {str(k).lower(): frozenset(map(str, v)) for key in ("description_regions",
                               "description_kinds") for k, v in data.get(key, {}).items()},
        # each state with the states that share a region with it, for a capital read in context ("Georgetown"
        # beside Caracas and Brasilia)
        "neighbours": _neighbours(data.get("description_regions", {})),
        # people groups among them ("residents", "farmers"): parties in blame, never ranked as partners
        "people_nouns": frozenset(str(e["noun"]).lower() for e in data["party_nouns"] if e.get("people")),
        # rivers and seas the model may tag as organisations: places, never parties
        "waters": frozenset(_norm(str(w)) for w in data.get("waters", [])),
    }


#: Day names the small model runs into the name after them ("On Monday Kyiv blamed ...": "Monday Kyiv").
DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY_PREFIX = re.compile(r"^(?:%s)\s+(?=\S)" % "|".join(DAY_NAMES))


#: A named organ of an organisation ("permanent council of the oas"); one "of" a state is left to the other rules.
_ORGAN_OF = re.compile(r"^((?:[a-z-]+ ){0,3}(?:council|commission|assembly|secretariat|committee|"
                       r"directorate|office)) of (?:the )?(.+)$")


def _lookup(text: str) -> Entry | None:
    g = gazetteer()
    key = _DAY_PREFIX.sub("", _norm(text))
    bare = text.strip(" ,.;:\"“”'‘’()")
    if key in g["acronyms"] and bare.islower():
        return None  # a word, not the acronym: "us" is not the US, "is" not the Islamic State
    if key in g["titled"] and bare.islower():
        return None  # "foreign office" in lower case is any state's, not the Foreign Office
    if not key:
        return None
    if key in g["aliases"]:
        return g["aliases"][key]
    organ = _ORGAN_OF.match(key)
    if organ is not None and organ.group(2) in g["aliases"] and not is_state(g["aliases"][organ.group(2)].actor):
        # "the Permanent Council of the OAS": an organisation's organ speaks for it (not "the Minerals Council of
        # Australia", an industry body)
        return g["aliases"][organ.group(2)]
    # strip titles and demonym/state prefixes before a person's name: "Russian President Vladimir Putin"
    words = key.split(" ")
    for i in range(1, len(words)):
        tail = " ".join(words[i:])
        entry = g["aliases"].get(tail)
        if entry is not None and entry.kind == "leader":
            office = _office_holder(text, key) if re.search(r"\b(?:minister|president|chancellor|premier)\b",
                                                            " ".join(words[:i])) else None
            if office is not None and office.actor != entry.actor and is_state(office.actor):
                # the office the text gives wins over the one the gazetteer lists: "Estonian Prime Minister Kaja
                # Kallas" spoke for Estonia before she spoke for the EU
                return office
            return entry
    # an office holder the gazetteer does not list, presented as acting for a state: "Kenyan President William
    # Ruto", "Malaysia's Prime Minister Anwar Ibrahim" -> the state, with the person's name
    office = _office_holder(text, key)
    if office is not None:
        return office
    # "<demonym> <institution>" / "<state>'s <institution>" / "<institution> of <state>"
    if NON_STATE_MODIFIERS.intersection(words):
        return None  # "Georgian opposition leaders", "Belarus's exiled opposition": not the state
    if len(words) > 2 and " ".join(words[:2]) in g["demonyms"] and _institution_tail(" ".join(words[2:])):
        # a two-word demonym before the institution: "Turkish Cypriot administration" is not Turkey's
        return Entry(g["demonyms"][" ".join(words[:2])], None, "institution")
    # (every split: "foreign office sources" is "foreign office" + "sources", not "foreign" + "office sources")
    for m in (re.match(r"^(.+?)(?:'s)? ((?:[a-z-]+ ){0,2}[a-z-]+)$", key),
              *(re.match(r"^(.+)(?:'s)? ((?:[a-z-]+ ){%d}[a-z-]+)$" % k, key) for k in (0, 1))):
        if not m:
            continue
        head, rest = m.group(1), m.group(2)
        inst = _institution_tail(rest)
        if inst and rest.split(" ")[-1] in PARTNER_NOUNS and key[len(head):].startswith("'s"):
            continue  # a state's allies or backers are not the state ("Manila's allies"; "NATO allies" are NATO)
        if inst:
            if head in g["demonyms"]:
                # (a name that begins with the demonym: "Georgian Dream officials" are the party's)
                longer = next((g["aliases"][h] for k in range(len(words) - 1, len(head.split(" ")), -1)
                               for h in [" ".join(words[:k])] if h in g["aliases"]
                               and _institution_tail(" ".join(words[k:]))), None)
                return Entry(longer.actor if longer is not None else g["demonyms"][head], None, "institution")
            entry = g["aliases"].get(head) if not (head in g["titled"] and bare.islower()) else None
            if entry is None:  # "President Zelensky's government": strip titles before the leader's name
                hw = head.split(" ")
                entry = next((g["aliases"][" ".join(hw[i:])] for i in range(1, len(hw))
                              if " ".join(hw[i:]) in g["aliases"]), None)
            if entry is not None and entry.kind in ("alias", "leader", "media"):
                return Entry(entry.actor, None, "institution")
    m = re.match(r"^((?:[a-z-]+ ){0,2}[a-z-]+) of (.+)$", key)
    if m and _institution_tail(m.group(1)) and m.group(1).split(" ")[-1] not in PARTNER_NOUNS:
        entry = g["aliases"].get(_norm(m.group(2)))
        if entry is not None and entry.kind == "alias":
            return Entry(entry.actor, None, "institution")
    # a demonym among the modifiers of an institution ("Chinese state media outlets", "the so-called neutral
    # Swiss government"); two-word demonyms ("North Korean") first
    if _institution_tail(words[-1]) or _institution_tail(" ".join(words[-2:])):
        for size in (2, 1):
            for i in range(len(words) - size):
                dem = " ".join(words[i:i + size])
                if dem in g["demonyms"]:
                    return Entry(g["demonyms"][dem], None, "institution")
    return None


def _neighbours(regions: dict[str, Any]) -> dict[str, frozenset[str]]:
    """Each state of ``regions`` (region -> states) with itself and every state it shares a region with."""
    out: dict[str, set[str]] = {}
    for states in regions.values():
        for state in map(str, states):
            out.setdefault(state, {state}).update(map(str, states))
    return {k: frozenset(v) for k, v in out.items()}


@functools.lru_cache(maxsize=1)
def _office_pattern() -> re.Pattern[str]:
    titles = "|".join(re.escape(t) for t in gazetteer()["titles"] if t.isalpha() or " " in t or "-" in t)
    # (the office's body between the state and the title: "Kenyan government spokesman Isaac Mwaura", "Congolese
    # army spokesman ...")
    body = "(?:(?:government|state|army|military|presidential|police|navy|ministry|foreign ministry) )?"
    # (a portfolio before "minister" that the titles do not list: "Eritrean Information Minister Yemane
    # Gebremeskel")
    return re.compile(rf"^(?P<head>.+?)(?:'s)? {body}(?:acting |interim |then-)?(?:{titles}|[a-z]+ minister) "
                      r"(?P<name>[^ ].*)$")


def _office_holder(text: str, key: str) -> Entry | None:
    m = _office_pattern().match(key)
    if m is None or len(m.group("name").split()) > 4:
        return None
    g = gazetteer()
    head = m.group("head")
    actor = g["demonyms"].get(head)
    if actor is None:
        entry = g["aliases"].get(head)
        actor = entry.actor if entry is not None and entry.kind == "alias" else None
    if actor is None:
        return None
    words = re.sub(r"\s+", " ", _fold(text)).strip(" \t\n,.;:\"“”()[]").split(" ")
    person = " ".join(words[-len(m.group("name").split()):])
    if not person[:1].isupper():
        return None  # "the Kenyan president himself": no name
    return Entry(actor, person, "leader")


def _institution_tail(words: str) -> bool:
    insts = gazetteer()["institutions"]
    parts = words.split(" ")
    for i in range(len(parts)):
        if " ".join(parts[i:]) in insts:
            return True
    return False


@functools.lru_cache(maxsize=1)
def _states() -> frozenset:
    return (frozenset(gazetteer()["demonyms"].values()) | gazetteer()["demonymless_states"]) \
        - {"Western countries", "European Union"}


def is_state(actor: str | None) -> bool:
    """Is ``actor`` a state of the gazetteer (one with a demonym, or listed in ``demonymless_states``), not a bloc,
    body or movement?

    >>> is_state("Uzbekistan"), is_state("NATO"), is_state("Western countries")
    (True, False, False)
    """
    return actor in _states()


def canonical_actor(text: str) -> str | None:
    """Return the canonical actor a name or phrase stands for, or ``None`` when the gazetteer does not know it.

    Examples
    --------
    >>> canonical_actor("the Kremlin")
    'Russia'
    >>> canonical_actor("Chinese officials"), canonical_actor("the Chinese foreign ministry")
    ('China', 'China')
    >>> canonical_actor("Russian President Vladimir Putin"), canonical_actor("Washington")
    ('Russia', 'United States')
    >>> canonical_actor("Western allies"), canonical_actor("Brussels"), canonical_actor("the storm")
    ('Western countries', 'European Union', None)
    """
    if not isinstance(text, str):
        return None
    entry = _lookup(text)
    return entry.actor if entry is not None else None


def person_for(text: str) -> str | None:
    """Return the full name of the person a phrase names when the gazetteer lists them (``Xi`` -> ``Xi Jinping``).

    Examples
    --------
    >>> person_for("Chinese leader Xi"), person_for("Beijing")
    ('Xi Jinping', None)
    """
    entry = _lookup(text) if isinstance(text, str) else None
    return entry.person if entry is not None else None


# --------------------------------------------------------------------------------------------- spans

_NP_LEFT_DEPS = frozenset({"det", "compound", "amod", "poss", "nmod", "nummod", "case", "quantmod", "predet"})


def noun_phrase(token: Any) -> Any:
    """The noun phrase a head token stands for: its left modifiers (determiner, compounds, adjectives,
    possessor) and the head, without prepositional phrases or clauses that follow it."""
    doc = token.doc
    left = token.i
    for child in token.lefts:
        if child.dep_ in _NP_LEFT_DEPS or child.dep_ == "punct" and child.text in "'’":
            left = min(left, child.left_edge.i)
    while left >= 2 and doc[left - 1].text == "-" and not doc[left - 1].whitespace_ and not doc[left - 2].whitespace_ \
            and doc[left - 2].is_alpha and doc[left].text[:1].isupper() and doc[left - 2].text[:1].isupper():
        left -= 2  # a name joined by hyphens, ending in the head ("ZANU-PF's spokesman")
    if left == token.i and token.i >= 2 and doc[token.i - 1].lower_ == "of" and doc[token.i - 2].pos_ == "PROPN" \
            and token.text[:1].isupper() and is_alias(doc[token.i - 2:token.i + 1].text):
        left = token.i - 2  # the end of a name with "of" in it, the parser having split it: "Port of Spain's fault"
    right = token.i
    for child in token.rights:
        if child.dep_ in ("compound", "flat", "case") or (child.dep_ == "appos" and child.ent_type_ == "PERSON"):
            right = max(right, child.i)
        elif child.dep_ == "prep" and child.lower_ == "of" and token.text[:1].isupper() and child.i == token.i + 1 \
                and is_alias(doc[token.i:child.right_edge.i + 1].text):
            right = child.right_edge.i  # a gazetteer name with "of" in it: "Port of Spain"
        elif child.dep_ == "conj" and token.text[:1].isupper() and is_alias(doc[left:child.right_edge.i + 1].text):
            right = child.right_edge.i  # ... or with "and" in it: "Saint Vincent and the Grenadines"
    # a name joined by hyphens that the tokenizer split ("Jaish-e-Mohammed", "Tehrik-e-Taliban")
    while right + 2 < len(doc) and doc[right + 1].text == "-" and not doc[right].whitespace_ \
            and not doc[right + 1].whitespace_ and doc[right + 2].is_alpha \
            and not _two_names(doc[right], doc[right + 2]):
        right += 2
    # a dateline ("DUSHANBE — Dushanbe holds ...", "KUALA LUMPUR - ...") is not part of the phrase the parser hung
    # it on
    if token.i - left >= 2 and doc[token.i - 1].text == "-" and not doc[token.i - 2].whitespace_ \
            and not doc[token.i - 1].whitespace_ and _two_names(doc[token.i - 2], token):
        left = token.i  # "the Qatar-Germany deal": "Germany" alone
    dash = max((t.i for t in doc[left:token.i] if is_dateline_dash(t)), default=None)
    if dash is not None:
        left = dash + 1
    cut = detached_demonym(doc[left]) if left < token.i else None
    return doc[cut.i if cut is not None else left:right + 1]


def _two_names(first: Any, second: Any) -> bool:
    """"the Cambodia-China relationship": two names the gazetteer knows, joined by a hyphen, that are not one name
    together ("Guinea-Bissau")."""
    return is_alias(first.text) and is_alias(second.text) \
        and not is_alias(first.doc[first.i:second.i + 1].text)


_DATELINE_DASHES = frozenset({"—", "--", "–", "―"})
#: A dateline at the start of a name (capitals, then a dash or a spaced hyphen, as :func:`is_dateline_dash`).
_DATELINE_PREFIX = re.compile(r"^[A-Z][A-Z .'-]{2,}\s+(?:%s|-)\s+(?=[A-Z])" % "|".join(map(re.escape, _DATELINE_DASHES)))


def is_dateline_dash(token: Any) -> bool:
    """A dash that can close a dateline: an em/en dash or "--", or a hyphen with spaces on both sides
    ("KUALA LUMPUR - ..."), never one inside a word ("Kazakh-Russian")."""
    return token.text in _DATELINE_DASHES or (token.text == "-" and bool(token.whitespace_) and token.i > 0
                                              and bool(token.doc[token.i - 1].whitespace_))


def _ent_at(token: Any) -> Any:
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            if any(is_dateline_dash(t) for t in token.doc[ent.start:token.i]):
                return None  # an entity the model ran across a dateline's dash ("April 3 - Farmers" as a date)
            return ent
    return None


def clean_name(text: str) -> str:
    """A mention as an actor name: spaces and quote marks normalised, edge punctuation, datelines and "'s" off."""
    text = re.sub(r"\s+", " ", text.replace("’", "'")).strip(" ,.;:\"“”()")
    text = _DATELINE_PREFIX.sub("", text)  # "ULAANBAATAR - Mongolia": an entity the model ran into its dateline
    text = re.sub(r"'s$", "", text)
    # a description after the name, in lower case, is not part of it ("the Gerindra party", "the United Steelworkers
    # union"; not "the Labour Party", nor "the Saudi-led coalition")
    text = re.sub(r"^(.*\b[A-Z][\w.]*) (?:party|union|movement|group|militia|coalition|alliance|organi[sz]ation|"
                  r"network)$", r"\1", text)
    if text.lower().startswith("the ") and not text[4:5].isupper():
        return "the " + text[4:]
    return re.sub(r"^[Tt]he ", "", text) if text[:4].lower() == "the " else text


#: First words of names that are not a description run into a name ("North Korea", "New Zealand").
_NAME_PREFIXES = frozenset({"north", "south", "east", "west", "new", "central", "equatorial", "united", "great",
                            "northern", "southern", "eastern", "western", "upper", "lower", "saint", "san", "el", "la"})


def _state_body(ent: Any, span: Any) -> str | None:
    """The state whose organ a named body is: "the Philippine National Security Council", "South Korea's Joint
    Chiefs of Staff" (a demonym first or a state as possessor, and a state-organ head); else None."""
    if ent.label_ != "ORG" or _lookup(ent.text) is not None:
        return None
    words = [t for t in ent if t.lower_ != "the"]
    heads = [i for i, t in enumerate(words) if t.lower_ in STATE_BODY_HEADS or (i and f"{words[i - 1].lower_} "
                                                                                 f"{t.lower_}" in STATE_BODY_HEADS)]
    if not heads or heads == [0] and not (ent.start > span.start and span.doc[ent.start - 1].lower_ in ("'s", "’s")):
        return None  # (a head first is a state's organ only after the state's possessive: "China's Ministry of ...")
    first = gazetteer()["demonyms"].get(words[0].lower_)
    if first is None and words[0].text.replace(".", "").isupper() and is_alias(words[0].text) \
            and is_state(canonical_actor(words[0].text)):
        # a state's abbreviation first, as a demonym would be ("the U.S. Treasury"; not a name with the state's
        # name in it: "the Panama Canal Authority" is the body)
        first = canonical_actor(words[0].text)
    if first is not None:
        return first
    owner = next((c for c in ent.root.children if c.dep_ == "poss" and c.i < ent.start and c.i >= span.start), None)
    if owner is None and ent.start > span.start and span.doc[ent.start - 1].lower_ in ("'s", "’s"):
        owner = span.doc[ent.start - 2] if ent.start - 2 >= span.start else None
    state = canonical_actor(noun_phrase(owner).text) if owner is not None else None
    return state if state is not None and is_state(state) else None


def is_state_media(text: str) -> bool:
    """Is ``text`` a state's own outlet in the gazetteer ("the Global Times", "Al-Ahram")?"""
    entry = _lookup(text)
    return entry is not None and entry.kind == "media"


def is_alias(text: str) -> bool:
    """Is ``text`` a name or alias of one actor of the gazetteer ("Trinidad and Tobago"), not merely a phrase
    that resolves to one through a leader or institution in it ("Putin and Kim")?"""
    entry = _lookup(text)
    return entry is not None and entry.kind == "alias"


def demonym_state(modifier: Any) -> str | None:
    """The state a demonym modifier names, one word or several ("Chinese"; "North Korean", parsed as "North"
    modifying "Korean"; "Greek Cypriot", parsed as two modifiers of one noun), else None."""
    demonyms = gazetteer()["demonyms"]
    if modifier.lower_ in gazetteer()["acronyms"] and modifier.text.islower():
        return None  # "us" is the pronoun, not the demonym "US"
    pair = _demonym_pair(modifier)
    if pair is not None:
        return pair
    if modifier.lower_ in demonyms:
        return demonyms[modifier.lower_]
    words = [t for t in modifier.subtree if not t.is_punct]
    return demonyms.get(" ".join(t.lower_ for t in words)) if 1 < len(words) <= 3 else None


def detached_demonym(first: Any) -> Any:
    """The demonym just before a title that the parser cut off from the office holder's name ("Lao Prime Minister
    Bounmy Sisavath", with "Lao" parsed as a second subject), given the title's first token; else None."""
    if first.i == 0 or first.pos_ != "PROPN":
        return None
    prev = first.doc[first.i - 1]
    if prev.lower_ not in gazetteer()["demonyms"] or not prev.is_title or any(True for _ in prev.children):
        return None
    if first.head.left_edge.i <= prev.head.i <= first.head.right_edge.i:
        return None  # attached to the name already
    words = " ".join(t.lower_ for t in first.doc[first.i:first.i + 4])
    return prev if any(words.startswith(t + " ") for t in gazetteer()["titles"] if " " in t or len(t) > 4) else None


def modifier_state(noun: Any) -> str | None:
    """The state the first demonym modifier of ``noun`` names ("Russian state broadcasters", "its Belarusian ally",
    "North Korean shells"), else None."""
    for c in noun.children:
        if c.dep_ in ("amod", "compound"):
            if compass_point(c, noun):
                continue
            state = demonym_state(c)
            if state is not None:
                return state
    return None


def compass_point(modifier: Any, noun: Any) -> bool:
    """Is a lower-case "western" a compass point, not the West ("the western route", "its western neighbour"),
    given the noun it modifies?"""
    return modifier.text == "western" and noun.lemma_.lower() in _COMPASS_NOUNS


#: Places and directions that lower-case "western" locates rather than makes the political West.
_COMPASS_NOUNS = frozenset({"route", "neighbour", "neighbor", "border", "flank", "province", "region", "coast",
                            "front", "part", "side", "edge", "shore", "city", "town", "district", "corridor",
                            "frontier", "outskirts", "approach", "reach", "slope", "desert", "highlands", "plain",
                            "bank", "half", "sector", "suburb", "state", "county", "island", "port", "tip"})


def _demonym_pair(modifier: Any) -> str | None:
    """The state a two-word demonym names when the parser hung both words on the noun ("Greek Cypriot
    intransigence" is Cyprus's, not Greece's: "Greek" and "Cypriot" each modify "intransigence"), else None."""
    doc, head = modifier.doc, modifier.head
    nxt = doc[modifier.i + 1] if modifier.i + 1 < head.i else None
    if nxt is None or nxt.head.i != head.i:
        return None
    return gazetteer()["demonyms"].get(modifier.lower_ + " " + nxt.lower_)


def comma_name(noun: Any) -> Any:
    """"Beijing, long Pyongyang's main patron, insists ...", parsed with the name as a modifier of the appositive
    noun: that name (a proper noun before the noun, followed by a comma), else ``None``."""
    doc = noun.doc
    return next((c for c in noun.children if c.dep_ in ("npadvmod", "nmod", "dep") and c.pos_ == "PROPN"
                 and c.i < noun.i and c.i + 1 < len(doc) and doc[c.i + 1].text == ","), None)


#: Words that open a gloss naming the members of a group ("donor governments, chiefly the United States and Japan").
GLOSS_WORDS = frozenset({"chiefly", "notably", "mainly", "mostly", "principally", "especially", "primarily",
                         "particularly"})
#: Offices a person named with an appositive holds for a state or body ("Olivier Nduhungirehe, Rwanda's foreign
#: minister", "Bertrand Bisimwa, the president of the M23", "..., the Bosniak member of Bosnia's presidency").
_APPOSITIVE_OFFICES = OFFICE_NOUNS | {"member", "chairman", "chairwoman", "chair", "head", "chief", "commander",
                                      "representative", "governor", "adviser", "advisor", "negotiator", "aide",
                                      "speaker", "administrator"}  # ("Panama's canal administrator")
#: Nouns for a state's executive, which an "of" or "in" phrase can tie to its state.
_GOVERNMENT_NOUNS = frozenset({"government", "administration", "cabinet"})


def describe_span(span: Any) -> dict[str, Any]:
    """Classify a noun-phrase span: ``{"actor": str|None, "person": str|None, "kind": ...}`` where kind is
    ``"actor"`` (a named or gazetteer actor or a party noun), ``"pronoun"`` (needs an antecedent),
    ``"non-actor"`` (a thing, event or condition) or ``None`` (empty span).

    A person the gazetteer does not list acts for the state or body an office in apposition names (codebook: "the
    role value is the state they act for when the text presents them as acting for it"): "Olivier Nduhungirehe,
    Rwanda's foreign minister" is ``Rwanda`` with person "Olivier Nduhungirehe"."""
    info = _describe_span(span)
    if info["kind"] == "actor" and info["person"] is not None and info["actor"] == info["person"]:
        office = _appositive_office(span.root)
        if office is not None:
            return {"actor": office, "person": info["person"], "kind": "actor"}
        if span.root.pos_ == "NOUN" and span.root.lower_ in _APPOSITIVE_OFFICES and span.start < span.root.i:
            # the office first, the name in apposition after it: "The EU ambassador, Pawel Herczynski"
            held = _describe_span(span.doc[span.start:span.root.i + 1])
            if held["kind"] == "actor" and canonical_actor(held["actor"] or "") is not None:
                return {"actor": canonical_actor(held["actor"]), "person": info["person"], "kind": "actor"}
    if span.root.lower_ in _APPOSITIVE_OFFICES and span.root.pos_ == "NOUN" and (
            info["kind"] == "non-actor" or _only_its_noun(info, span)):
        # a bare office ("the governor") whose place or body is named by a possessive or an "of" phrase the phrase
        # leaves out: "Okinawa's governor", "the head of the International Maritime Organization"
        owner = _office_owner(span.root)
        if owner is not None:
            return {"actor": owner, "person": None, "kind": "actor"}
    if span.root.lower_ in _GOVERNMENT_NOUNS and span.root.pos_ == "NOUN" and (
            info["kind"] == "pronoun" or _only_its_noun(info, span)):
        # "the government of Lee Jae-myung", "the government in Tokyo": the state its leader or capital names
        owner = _government_of(span.root)
        if owner is not None:
            return {"actor": owner, "person": None, "kind": "actor"}
    return info


def _only_its_noun(info: dict[str, Any], span: Any) -> bool:
    """Did the phrase resolve to nothing but its own head noun ("the governor", "the government")?"""
    return info["kind"] == "actor" and info["actor"] is not None \
        and info["actor"].lower().removeprefix("the ") == span.root.lower_


def _government_of(noun: Any) -> str | None:
    """The state a government noun's "of" leader ("the government of Shigeru Ishiba") or "in" capital ("the
    government in Tokyo") names, else ``None``."""
    p = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if p is None or p.dep_ != "prep" or p.lower_ not in ("of", "in") or not (
            p.head == noun or p.lower_ == "in" and noun.dep_ == "dobj" and p.head == noun.head):
        return None  # (the "in" phrase may hang on the verb: "criticise the government in Tokyo for ...")
    for g in p.children:
        if g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.ent_type_ in ("PERSON", "GPE")):
            entry = _lookup(noun.doc[g.left_edge.i:g.right_edge.i + 1].text) or _lookup(
                noun.doc[g.left_edge.i:g.i + 1].text)
            if entry is not None and is_state(entry.actor) and (p.lower_ == "of") == (entry.kind == "leader"):
                return entry.actor  # (a leader after "of", a capital or state after "in")
    return None


def _office_owner(office: Any) -> str | None:
    """The actor a named possessor or "of" object of an office noun is: canonical when the gazetteer lists it, else
    the name of the place or body the model tagged ("Okinawa's governor" -> "Okinawa"), else ``None``."""
    of = [g for p in office.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    named = [c for c in office.children if c.dep_ == "poss" and c.pos_ == "PROPN"] + [
        g for g in of if g.pos_ == "PROPN" or canonical_actor(_describe_span(noun_phrase(g))["actor"] or "")] + [
        c for g in of for c in g.children if c.dep_ == "poss" and c.pos_ == "PROPN" and canonical_actor(c.text)]
    # (a state's body after "of": "the commander of Poland's border guard")
    if not named:
        return None
    np_ = noun_phrase(named[0])
    found = _describe_span(np_)
    ent = _ent_at(named[0])
    if found["kind"] != "actor" or not found["actor"]:
        return None
    if canonical_actor(found["actor"]) is not None:
        return canonical_actor(found["actor"])
    # (a place's office: "Okinawa's governor", even where the model tags the place as a person)
    if ent is not None and (ent.label_ in ("GPE", "ORG", "NORP") or office.lower_ in ("governor", "mayor")):
        words = [t for t in np_ if t.text[:1].isupper() and t.dep_ not in ("det", "case")]
        return clean_name(" ".join(t.text for t in words)) if words else None  # ("French Polynesia")
    return None


def _appositive_office(root: Any) -> str | None:
    """The canonical state or listed body an office in apposition after a person's name names, else ``None``."""
    for c in root.children:
        if c.dep_ != "appos" or c.i < root.i or c.lower_ not in _APPOSITIVE_OFFICES:
            continue
        # (an adviser or envoy "to" a leader serves the leader's state: "adviser to President Ilham Aliyev")
        # (and a spokesman "for" a body: "spokesman for Niger's ruling council")
        whose = [c] + [g for p in c.children if p.dep_ == "prep" and (p.lower_ == "of" or p.lower_ == "to" and c.lower_
                       in ("adviser", "advisor", "envoy", "ambassador", "aide") or p.lower_ == "for" and c.lower_
                       in ("spokesman", "spokeswoman", "spokesperson")) for g in p.children if g.dep_ == "pobj"]
        # ("Rwanda's foreign minister", "the president of the M23", "secretary of Armenia's Security Council": a
        # state's own body is the state's)
        # (or the body owning the office itself: "Miroslav Lajcak, the EU's special representative")
        # (or a state's body owning it: "Tal Becker, the Israeli foreign ministry's legal adviser")
        for w in whose + [g for w in whose for g in w.children if g.dep_ == "poss" and g.pos_ in ("PROPN", "NOUN")]:
            found = _describe_span(noun_phrase(w))
            if found["kind"] == "actor" and found["actor"] and canonical_actor(found["actor"]) is not None:
                return canonical_actor(found["actor"])
    return None


def _describe_span(span: Any) -> dict[str, Any]:
    if span is None or len(span) == 0:
        return {"actor": None, "person": None, "kind": None}
    root = span.root
    text = span.text
    low = _norm(text)
    if root.lower_ in PRONOUNS and root.pos_ == "PRON" or low in {"it", "they", "them"} \
            or (root.lower_ in PERSONAL_PRONOUNS and len(span) == 1):
        return {"actor": None, "person": None, "kind": "pronoun"}
    joined = next((c for c in root.children if c.dep_ == "conj" and c.i == root.i + 2
                   and root.doc[root.i + 1].lower_ == "and"), None)
    named = _lookup(root.doc[span.start:joined.i + 1].text) if joined is not None else None
    if named is not None and named.kind == "alias":  # a name with "and" in it the parser split: "Law and Justice"
        return {"actor": named.actor, "person": None, "kind": "actor"}
    fronted = comma_name(root) if root.pos_ == "NOUN" and root.dep_ in ("nsubj", "nsubjpass") else None
    if fronted is not None and fronted.i < span.start:
        # "Beijing, long Pyongyang's main patron, insists ...", parsed with the name as a modifier of the
        # appositive noun: the phrase is the name
        return describe_span(noun_phrase(fronted))
    whole = _ent_at(root)
    if whole is not None and whole.start >= span.start and whole.end > span.end and whole.root.i == root.i:
        # a name the phrase cut at its "of" ("the Organization" of "the Organization of American States")
        named = _lookup(whole.text)
        if named is not None:
            return {"actor": named.actor, "person": named.person, "kind": "actor"}
        rest = span.doc[span.end:whole.end]
        if whole.label_ == "ORG" and root.text[:1].isupper() and root.i > root.sent.start and len(rest) > 1 \
                and rest[0].lower_ == "of" and not any(_lookup(e.text) for e in rest.ents) \
                and rest[1].is_alpha \
                and not any(_lookup(t.text) for t in rest):
            # a body named by its own title: "the Government of National Unity" (not "the Government of Iraq"),
            # a state's own organ standing for the state ("South Korea's Joint Chiefs of Staff")
            return {"actor": _state_body(whole, span) or clean_name(whole.text), "person": None, "kind": "actor"}
    if ("the " + low) in DEFINITE_ANAPHORS and text.lower().startswith("the ") and canonical_actor(text) is None:
        return {"actor": None, "person": None, "kind": "pronoun"}
    if root.lower_ in COUNTRY_NOUNS and span[0].lower_ == "the" and canonical_actor(text) is None and all(
            t.dep_ in ("amod", "advmod", "punct", "npadvmod", "compound") and t.lower_ not in gazetteer()["demonyms"]
            and (t.text[:1].islower() or t.is_punct or _lookup(t.text) is None and t.lower_ in REGION_WORDS)
            for t in span if t.i not in (span.start, root.i)) \
            and span.end - span.start <= 4:
        return {"actor": None, "person": None, "kind": "pronoun"}  # "the landlocked country", "the tiny kingdom"
    if ("the " + root.lower_) in DEFINITE_ANAPHORS and root.dep_ == "appos" and root.head.pos_ == "PROPN" \
            and root.head.i < root.i and canonical_actor(text) is None:
        return {"actor": None, "person": None, "kind": "pronoun"}  # "Budapest, the last capital to ratify ..."
    if root.lower_ in BLOC_NOUNS and span[0].lower_ == "the" and canonical_actor(text) is None \
            and led_modified(span):
        return {"actor": None, "person": None, "kind": "pronoun"}  # "the Russian-led alliance"
    if root.lower_ in WEATHER_NOUNS:
        return {"actor": None, "person": None, "kind": "non-actor"}  # "blamed thick fog" (parsed as a name)
    if low.removeprefix("the ") in gazetteer()["waters"]:
        return {"actor": None, "person": None, "kind": "non-actor"}  # "the Mekong" (tagged as an organisation)
    if re.match(r"^(?:the\s+)?(?:(?:cyclone|hurricane|typhoon|tropical storm|storm)\s+[A-Z]"
                r"|(?:el\s+ni[ñn]o|la\s+ni[ñn]a)\b)", text, re.IGNORECASE):
        return {"actor": None, "person": None, "kind": "non-actor"}  # "Cyclone Remal", "El Niño": weather, no party
    entry = None
    first_cap = next((t for t in span if t.i > span.start and t.text[:1].isupper()), None)
    if entry is None and first_cap is not None and span.end - first_cap.i > 1 and all(
            t.text[:1].islower() or t.is_punct for t in span.doc[span.start:first_cap.i]):
        # "the banned Tehreek-e-Taliban Pakistan", "the outlawed Muslim Brotherhood": the name after the lower-case
        # words before it (a name of several words, which the model may tag only in part)
        tail = _lookup(span.doc[first_cap.i:span.end].text)
        entry = tail if tail is not None and tail.kind == "alias" else None
    whole_entry = _lookup(text)
    if entry is None and whole_entry is not None and whole_entry.kind == "alias":
        entry = whole_entry  # "Tehrik-e-Taliban Pakistan" as a whole, before the "Pakistan" the model tagged in it
    named_ent = _ent_at(root) if entry is None else None
    if named_ent is not None and named_ent.root.i == root.i and named_ent.start > span.start \
            and named_ent.end <= span.end:
        # the name itself, when the gazetteer lists it, before the words in front of it: "the eastern-based Libyan
        # National Army" is the force, not "Libyan" + "army"
        found = _lookup(named_ent.text)
        entry = found if found is not None and found.kind == "alias" else None
    entry = entry or whole_entry
    if entry is None:
        # try the whole entity around the root, then the root with its compounds
        ent = _ent_at(root)
        if ent is not None:
            entry = _lookup(ent.text)
            if entry is None and len(ent) > 1 and ent[0].text[:1].isupper() and ent[0].lower_ != "the" \
                    and ent[0].lower_ not in _PARTY_NAME_WORDS:  # (not a party's name: "Progressive Slovakia")
                tail = _lookup(ent[1:].text)  # "Landlocked Nepal", "Neutral Oman": a word run into the name
                entry = tail if tail is not None and tail.kind == "alias" else None
    if entry is None and len(span) > 1 and span[0].is_sent_start and span[0].dep_ in ("compound", "amod") \
            and span[0].text[:1].isupper() and span[0].lower_ not in _NAME_PREFIXES \
            and span[0].lower_ not in _PARTY_NAME_WORDS:
        # the same outside an entity: "Landlocked Nepal depends on India" at the start of a sentence
        tail = _lookup(span[1:].text)
        entry = tail if tail is not None and tail.kind == "alias" else None
    if entry is None:
        for ent in span.ents:
            e = _lookup(ent.text)
            if e is not None and (ent.root == root or ent.end == span.end):
                entry = e
                break
    if entry is None:
        for c in root.children:  # "state news agency Xinhua", "the Kremlin-run broadcaster RT"
            if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" and c.i > root.i \
                    and not any(g.lower_ in GLOSS_WORDS for g in c.children):  # (nor a misplaced gloss, below)
                named = _lookup(c.text)
                if named is not None and named.kind in ("media", "alias"):
                    entry = named
                    break
    if entry is not None:
        return {"actor": entry.actor, "person": entry.person, "kind": "actor"}
    ent = _ent_at(root)
    if ent is not None and span.end > ent.end and "-" in span.text and root.pos_ == "PROPN" \
            and all(not t.whitespace_ for t in span.doc[ent.end - 1:span.end - 1]):
        # a hyphen-joined name the model tagged only in part ("Jaish-e-Mohammed")
        return {"actor": clean_name(span.doc[ent.start:span.end].text), "person": None, "kind": "actor"}
    if ent is not None and ent.label_ in _NON_ACTOR_ENTS and not (ent.label_ == "LOC" and _norm(ent.text) in
                                                                    _REGION_PARTIES):
        return {"actor": None, "person": None, "kind": "non-actor"}  # "the Nile", "the Suez Canal", "2023"
    if ent is not None and ent.label_ in _ACTOR_ENTS:
        name = clean_name(ent.text)
        body = _state_body(ent, span)
        if body is not None:
            return {"actor": body, "person": None, "kind": "actor"}
        if ent.label_ == "NORP":  # "the Houthis", "Kurds" as a group; "the Russians" -> Russia
            plain = name.lower().removeprefix("the ")  # "the Swiss" as it is, "the Russians" without the plural
            dem = gazetteer()["demonyms"].get(plain) or gazetteer()["demonyms"].get(re.sub(r"s$", "", plain))
            if dem is not None and len(span) <= 3:
                return {"actor": dem, "person": None, "kind": "actor"}
            return {"actor": name, "person": None, "kind": "actor"}
        return {"actor": name, "person": name if ent.label_ == "PERSON" else None, "kind": "actor"}
    if root.pos_ == "PROPN" and root.text.islower() and ent is None and root.lower_ not in gazetteer()["party_nouns"] \
            and root.lower_ not in gazetteer()["institutions"] and root.lower_ not in PLACE_BOUND_NOUNS:
        return {"actor": None, "person": None, "kind": "non-actor"}  # a lower-case word the model called a name
    if root.pos_ == "PROPN" and not (root.lower_ in gazetteer()["party_nouns"] and root.is_title and not any(
            c.dep_ in ("compound", "flat") and c.i >= span.start for c in root.children)):
        # (a party noun capitalised at the start of a sentence is not a name: "TASHKENT - Farmers blame ...")
        kept = [t for t in span if t.dep_ in ("compound", "flat") or t == root]
        ids = {t.i for t in kept}
        kept = [t for t in span if t.i in ids or t.text in ("-", "–") and not t.whitespace_ and t.i - 1 in ids
                and t.i + 1 in ids and not t.doc[t.i - 1].whitespace_]  # ("the SPLM-IO": its hyphen kept)
        name = "".join(t.text + (" " if t.whitespace_ else "") for t in kept[:-1]) + kept[-1].text
        return {"actor": clean_name(name), "person": None, "kind": "actor"}
    if root.lower_ in NAMED_GROUP_NOUNS:
        # "the ruling Georgian Dream party", "the Islamic Resistance group": the name before the head
        name = [c for c in root.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        org = _ent_at(root.doc[root.i - 1]) if root.i > span.start else None
        if org is not None and org.label_ == "ORG" and org.end == root.i and org.start >= span.start:
            text = org.text  # a name the parser split ("SMB-Winning" with "Winning" as a modifier)
            if _lookup(text) is None and text[:1].isupper():
                return {"actor": clean_name(text), "person": None, "kind": "actor"}
            group = _listed_group(text)  # (a party the gazetteer lists: "the ruling Georgian Dream party")
            if group is not None:
                return {"actor": group, "person": None, "kind": "actor"}
        if name and name[-1].i == root.i - 1:
            text = root.doc[name[0].left_edge.i:root.i].text
            if _lookup(text) is None and text[:1].isupper():
                return {"actor": clean_name(text), "person": None, "kind": "actor"}
            group = _listed_group(text)
            if group is not None:
                return {"actor": group, "person": None, "kind": "actor"}
    named = next((c for c in root.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > root.i
                  and not any(g.lower_ in GLOSS_WORDS for g in c.children)), None)
    # (not a gloss the parser hung on the wrong noun: "Haiti's council is at the mercy of foreign donors, chiefly
    # Washington and Ottawa")
    if named is not None and root.pos_ == "NOUN" and root.lower_ in _APPOSITIVE_OFFICES and root.i > span.start:
        # "The African Union Commission chairman, Moussa Faki Mahamat": the office's body or state, when the words
        # before the office name one
        served = _lookup(root.doc[span.start:root.i].text)
        if served is not None and served.kind in ("alias", "institution"):
            return {"actor": served.actor, "person": clean_name(noun_phrase(named).text), "kind": "actor"}
    if named is not None and root.pos_ == "NOUN":
        # "the ferry's owner, Bahari Link": a common noun followed by the name in apposition is that name
        info = describe_span(noun_phrase(named))
        if info["kind"] == "actor" and info["actor"]:
            return info
    head = root.lower_ if root.lower_ in gazetteer()["party_nouns"] else root.lemma_.lower()
    if root.lower_ in PLACE_BOUND_NOUNS:
        # "the Russian-installed governor", "the Kremlin-appointed administration": the appointing state's official;
        # "NATO-led troops", "American-led forces": the troops of the state or alliance that leads them (a coalition
        # or mission keeps its own name: "the Saudi-led coalition")
        for c in root.children:
            led = c.lower_ == "led" and root.lower_ in ("troops", "forces")
            if c.dep_ != "amod" or c.i > root.i or not (led or c.lower_ in ("installed", "appointed", "imposed")):
                continue
            by = next((g for g in c.children if g.dep_ in ("npadvmod", "compound", "amod", "nmod") and g.i < c.i),
                      None)
            state = (demonym_state(by) or canonical_actor(by.text)) if by is not None else None
            if state is not None and (led or is_state(state)):
                return {"actor": state, "person": None, "kind": "actor"}
        # "an EU official", "the Nato leadership": a named actor as a compound names the party
        for c in root.children:
            # (a multi-word name: "United Nations investigators")
            entry = _lookup(root.doc[c.left_edge.i:c.i + 1].text) if c.dep_ in ("compound", "nmod") \
                and c.pos_ == "PROPN" and c.i < root.i else None  # ("The UN special coordinator": "UN" as nmod)
            if entry is not None and entry.kind == "alias":
                return {"actor": entry.actor, "person": None, "kind": "actor"}
        body = _body_before(root)
        if body is not None:  # a body the gazetteer does not list speaks through its people: "CARICOM leaders"
            return {"actor": clean_name(body.text), "person": None, "kind": "actor"}
    if root.lower_ in _OBSERVER_NOUNS:
        # "SADC observers", "observers from the Carter Center": a body's observers stand for the body (docs/codebook.md,
        # session 4), listed in the gazetteer or not; a state's observers keep their noun
        sent_from = [_ent_at(g) for c in root.children if c.dep_ == "prep" and c.lower_ == "from"
                     for g in c.children if g.dep_ == "pobj"]
        for body in [_body_before(root, listed=True), *sent_from]:
            entry = _lookup(body.text) if body is not None else None
            if entry is not None and entry.kind == "alias" and not is_state(entry.actor):
                return {"actor": entry.actor, "person": None, "kind": "actor"}
            if body is not None and entry is None and (body.root.ent_type_ == "ORG" or _acronym(body.root)):
                return {"actor": clean_name(body.text), "person": None, "kind": "actor"}
    if root.lower_ in _STAFF_NOUNS:
        # "IMF staff", "World Bank economists": the body a compound names (never a place: "economists in Moscow")
        for c in root.children:
            entry = _lookup(root.doc[c.left_edge.i:c.i + 1].text) if c.dep_ == "compound" and c.pos_ == "PROPN" \
                else None
            if entry is not None and entry.kind == "alias" and not is_state(entry.actor):
                return {"actor": entry.actor, "person": None, "kind": "actor"}
        body = _body_before(root)
        if body is not None and _lookup(body.text) is None:  # ... or a company the gazetteer does not list: "Rapidus
            # executives"
            return {"actor": clean_name(body.text), "person": None, "kind": "actor"}
    if root.lower_ in MEMBER_NOUNS:
        # "Wagner fighters", "JNIM militants", "Hamas gunmen": the named group they belong to
        name = next((c for c in root.children if c.dep_ in ("compound", "amod") and c.pos_ == "PROPN" and c.i < root.i),
                    None)
        start = name.i if name is not None else root.i
        while start > span.start and (span.doc[start - 1].pos_ == "PROPN" or span.doc[start - 1].text == "-"):
            start -= 1  # the whole name before the noun ("al-Shabaab militants", split at its hyphen)
        named = span.doc[start:root.i] if name is not None else None
        entry = _lookup(named.text) if named is not None else None
        if entry is not None and entry.kind == "alias" and not is_state(entry.actor):
            return {"actor": entry.actor, "person": None, "kind": "actor"}
        if entry is None and named is not None and (name.ent_type_ == "ORG" or name.text.isupper() and len(name) > 2):
            return {"actor": clean_name(named.text), "person": None, "kind": "actor"}
    if root.lower_ in gazetteer()["party_nouns"] or head in gazetteer()["party_nouns"] or root.lower_ in PLACE_BOUND_NOUNS:
        has_the = any(t.lower_ == "the" for t in span) or any(t.dep_ == "poss" for t in span)
        return {"actor": ("the " if has_the else "") + root.lower_, "person": None, "kind": "actor"}
    return {"actor": None, "person": None, "kind": "non-actor"}


def _listed_group(text: str) -> str | None:
    """The actor a name of the gazetteer that is no state names ("Georgian Dream"), else ``None``."""
    entry = _lookup(text)
    return entry.actor if entry is not None and entry.kind == "alias" and not is_state(entry.actor) else None


def _acronym(tok: Any) -> bool:
    return tok.text.isupper() and len(tok.text) > 1


def _body_before(root: Any, *, listed: bool = False) -> Any:
    """The name written just before a noun for a body's people, as a span: an organisation or an acronym ("CARICOM
    leaders", "Rapidus executives", "SADC observers", the acronym at times tagged as an adjective); with ``listed``,
    any proper name there, for the caller to look up. Else None."""
    c = root.doc[root.i - 1] if root.i > 0 else None
    if c is None or c.head.i != root.i or not (
            c.dep_ == "compound" and (c.pos_ == "PROPN" or c.ent_type_ == "ORG")
            or c.dep_ in ("amod", "nmod", "compound") and _acronym(c)):
        return None
    if not (listed or c.ent_type_ == "ORG" or _acronym(c)):
        return None
    return root.doc[c.left_edge.i:c.i + 1]


def led_modified(span: Any) -> bool:
    """Is the span "the <Name>-led <noun>" ("the Russian-led alliance"): a description, not a name?"""
    words = [t for t in span if t.i not in (span.start, span.root.i)]
    doc = span.doc
    return bool(words) and any(t.lower_ in _LED_WORDS for t in words) and all(
        t.lower_ in _LED_WORDS or t.text == "-" or (t.i + 1 < len(doc) and doc[t.i + 1].text == "-") for t in words)


def actor_for_span(span: Any) -> str | None:
    """Return the canonical actor of a noun-phrase span (without context: pronouns give ``None``).

    Gazetteer and metonymy first, then named entities (GPE, ORG, NORP, PERSON) by their text, then the head of
    an unnamed party (``the opposition``, ``rebels``); things and events give ``None``.

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("the Kremlin")
    >>> actor_for_span(doc[:])
    'Russia'
    """
    return describe_span(span)["actor"]


def mentions(span: Any) -> list[tuple[int, str]]:
    """Actor mentions in a span: ``(token index, canonical actor)`` for named entities and gazetteer aliases,
    in text order (used to find antecedents)."""
    out: list[tuple[int, str]] = []
    seen: set[int] = set()
    for ent in span.ents:
        entry = _lookup(ent.text)
        demonym = gazetteer()["demonyms"].get(_norm(ent.text))
        if entry is not None:
            out.append((ent.root.i, entry.actor))
            seen.update(range(ent.start, ent.end))
        elif demonym is not None:  # "Kazakh officials": the demonym names the state
            out.append((ent.root.i, demonym))
            seen.update(range(ent.start, ent.end))
        elif ent.label_ in ("GPE", "ORG") and _norm(ent.text) not in gazetteer()["waters"]:
            # (a capital read only in context that bears its state's name is that state as an antecedent: "Critics in
            # Panama City say ... the country")
            capital = gazetteer()["context_capitals"].get(clean_name(ent.text))
            capital = capital if capital is not None and capital.lower() in ent.text.lower() else None  # "Panama City"
            out.append((ent.root.i, capital or _state_body(ent, span) or clean_name(ent.text)))
            seen.update(range(ent.start, ent.end))
    for tok in span:
        if tok.i in seen or tok.pos_ not in ("PROPN", "NOUN", "ADJ"):
            continue
        if tok.dep_ == "compound" and tok.head.i not in seen:
            continue
        np = noun_phrase(tok)
        entry = _lookup(np.text) if tok.pos_ != "ADJ" else None
        if entry is not None:
            out.append((tok.i, entry.actor))
            seen.update(range(np.start, np.end))
    out.sort()
    return out


@functools.lru_cache(maxsize=4096)
def _names_of(actor: str) -> tuple[str, ...]:
    """Every normalised gazetteer alias of ``actor`` ("IAEA" -> "international atomic energy agency", ...)."""
    return (_norm(actor), *(k for k, e in gazetteer()["aliases"].items() if e.actor == actor))


_REPORTING = frozenset({"say", "tell", "add", "insist", "claim", "argue", "warn", "announce", "state", "stress",
                        "declare", "believe", "think", "fear", "hope", "expect", "confirm", "deny", "note", "suggest",
                        "allege", "report", "write", "promise", "pledge", "vow", "threaten"})


#: Reporting verbs with which a state's voice speaks of its own country ("..., the ministry acknowledged").
_OWN_VOICE_VERBS = _REPORTING | {"acknowledge", "admit", "concede"}
#: A state's own founding or policy texts, which speak for it ("Turkmenistan's constitution describes the country as
#: neutral").
STATE_DOCUMENTS = frozenset({"constitution", "concept", "doctrine", "charter", "strategy"})
#: Verbs that bind their object to a stance ("the constitution commits the country to a non-aligned policy").
BINDING_VERBS = frozenset({"commit", "bind", "oblige", "obligate", "pledge", "tie"})
#: Verbs with which a voice casts its object as something ("presented the country as neutral") or binds it to a
#: stance.
_CASTING_VERBS = frozenset({"present", "cast", "describe", "portray", "paint", "depict", "position", "style", "bill",
                            "tout", "brand", "call", "declare", "proclaim"}) | BINDING_VERBS


def document_owner(noun: Any) -> Any:
    """The possessor of a state's own text ("Japan's" in "Japan's new defence strategy"), else None."""
    return next((c for c in noun.children if c.dep_ == "poss"), None) \
        if noun.lemma_.lower() in STATE_DOCUMENTS else None


def _reporting_subjects(token: Any) -> tuple[set[int], set[int]]:
    """Token indices of the subjects of reporting verbs whose clause holds ``token``: those that speak for what they
    name ("Chinese officials said it ...": officials, diplomats, a ministry) and those that do not ("Critics in
    Brussels say it ...": critics, analysts, rebels), whose named places are no antecedent of a singular "it"."""
    speak, outside = set(), set()
    insts = gazetteer()["institutions"]
    for a in token.ancestors:
        if a.pos_ in ("VERB", "AUX") and a.lemma_.lower() in _REPORTING:
            for c in a.children:
                if c.dep_ in ("nsubj", "nsubjpass") and token.i not in {t.i for t in c.subtree}:
                    idx = {t.i for t in c.subtree}
                    if c.lower_ in insts or c.lower_ in PLACE_BOUND_NOUNS or c.pos_ == "PROPN":
                        speak |= idx
                    elif c.tag_ == "NNS":
                        outside |= idx - {c.i}
    return speak, outside


def _speaking_body(token: Any) -> str | None:
    """For "the agency" / "the fund" in a clause reported by one of a body's people ("A Frontex spokeswoman said the
    agency ...", "The fund is impartial, an IMF spokeswoman told reporters"): that body, when the speaker's noun
    phrase names exactly one and it is no state. ``None`` otherwise."""
    for a in token.ancestors:
        if a.pos_ not in ("VERB", "AUX") or a.lemma_.lower() not in _REPORTING | _CASTING_VERBS:
            continue
        for c in a.children:
            if c.dep_ == "nsubj" and c.lower_ in PLACE_BOUND_NOUNS and token.i not in {t.i for t in c.subtree}:
                named = list(dict.fromkeys(x for _, x in mentions(token.doc[c.left_edge.i:c.i + 1])))
                if len(named) == 1 and not is_state(named[0]):
                    return named[0]
        return None
    return None


def _lost_subject(tok: Any) -> bool:
    """A name opening its sentence that the parser hung on the verb as an adverbial, leaving the verb without a
    subject ("Thailand hosted talks ...", with "Thailand" as a noun-phrase adverbial)."""
    verb = tok.head
    return tok.dep_ == "npadvmod" and tok.pos_ == "PROPN" and tok.left_edge.i == tok.sent.start \
        and verb.pos_ in ("VERB", "AUX") and verb.i > tok.i and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _plural_group(token: Any) -> bool:
    """Is the mention at ``token`` a group of people rather than the body itself ("NATO leaders", "Chinese
    officials", "diplomats")? Plural proper names ("the United States", "the Philippines") are singular bodies."""
    head = token.head if token.dep_ in ("compound", "amod") and token.head.i > token.i else token
    if head is not token and head.dep_ == "compound" and head.head.pos_ == "NOUN":
        return False  # (not a verb the tagger read as a plural noun: "Djibouti hosts bases for four militaries")
    return head.tag_ == "NNS"


def described_states(noun: Any) -> frozenset | None:
    """The states a description of a state fits: by the capitalised region words before its noun ("the Pacific
    nation", "the Central Asian republic") or by the noun's kind ("the kingdom", "the Gulf emirate"); ``None`` when
    the description says neither (any state fits "the country")."""
    table = gazetteer()["description_states"]
    # (the words before the noun, however the parser nests them: "Central" may hang on "Asian")
    region = " ".join(t.lower_ for t in noun.doc[noun.left_edge.i:noun.i] if t.text[:1].isupper() and t.lower_ != "the")
    fits = [table[w] for w in (region, noun.lower_) if w in table]
    return frozenset.intersection(*fits) if fits else None


#: Subordinators of an adverbial clause whose pronoun subject continues the subject of the clause it qualifies.
_ADVERBIAL_MARKS = frozenset({"because", "since", "as", "although", "though", "while", "whereas", "when", "after",
                              "before", "until", "unless", "if", "once"})


#: Groups of people who act on their own account, not a state's ("Protesters ... They blamed ...").
_PEOPLE_GROUPS = frozenset({"protesters", "demonstrators", "activists", "critics", "rebels", "separatists",
                            "insurgents", "militants", "nationalists", "hardliners", "students", "farmers",
                            "fishermen", "herders", "workers", "unions", "residents", "villagers", "veterans",
                            "campaigners", "exiles", "refugees", "bloggers", "commentators"})


def _previous_group_subject(token: Any, sent: Any, previous: Any) -> str | None:
    """A sentence-opening subject "They" after a sentence whose subject is a group of people ("Protesters marched
    in Tbilisi. They blamed Moscow ..."): that group, not a place the sentence named; else None."""
    if previous is None or token.lower_ != "they" or token.dep_ != "nsubj" or token.i != sent.start:
        return None
    root = next((t for t in previous if t.dep_ == "ROOT"), None)
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None) if root is not None else None
    while subj is not None and subj.lower_ in ("thousands", "hundreds", "dozens", "tens"):
        subj = next((g for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                     if g.dep_ == "pobj" and g.tag_ == "NNS"), None)  # "Tens of thousands of students marched"
    if subj is None or subj.tag_ != "NNS" or subj.lower_ not in _PEOPLE_GROUPS:
        return None
    info = describe_span(noun_phrase(subj))
    return info["actor"] if info["kind"] == "actor" and canonical_actor(info["actor"] or "") is None else None


def clause_host(token: Any) -> str | None:
    """The party a subject "it" stands for when its clause completes a named party's own verb inside someone else's
    report: "the EU envoy said Kazakhstan had shown it does not favour either side" (the verb nearest above, not the
    reporting voice); else None."""
    if token.lower_ != "it" or token.dep_ not in ("nsubj", "nsubjpass") or token.head.dep_ != "ccomp" \
            or token.head.pos_ not in ("VERB", "AUX") or token.head.head.pos_ not in ("VERB", "AUX"):
        return None  # (not a small clause: "Bamako holds it responsible")
    host = token.head.head
    subj = next((c for c in host.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ != "PROPN" or subj.i > token.i or host.dep_ not in ("ccomp", "conj") \
            or any(c.dep_ == "conj" for c in subj.children) or any(c.dep_ in ("dobj", "dative") for c in host.children):
        return None  # (only a clause inside another's report: the reporting voice itself keeps the old rules)
    found = list(dict.fromkeys(a for _, a in mentions(token.doc[subj.left_edge.i:subj.right_edge.i + 1])))
    return found[0] if len(found) == 1 else None


def _reporting_office(token: Any) -> str | None:
    """The state of an unnamed office holder who reports the clause a "his"/"her" is in: "the Slovak leader repeated
    that his country was neutral" is Slovakia, whoever else the sentence names; else None."""
    if token.dep_ != "poss" or token.lower_ not in ("his", "her"):
        return None
    verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.dep_ != "ccomp":
        return None
    subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ != "NOUN" or subj.lower_ not in OFFICE_NOUNS or subj.i > token.i:
        return None
    held = describe_span(noun_phrase(subj))["actor"]
    return held if held is not None and is_state(canonical_actor(held)) else None


def resolve_antecedent(token: Any, *, sentence: Any = None, previous: Any = None) -> str | None:
    """Resolve a pronoun (``it``, ``its``, ``they``) or ``the country`` at ``token`` to an actor mentioned before
    it in its sentence (``sentence``, default the parser's), else in ``previous`` (the previous sentence's span),
    when that is unambiguous.

    Unambiguous means: one distinct actor among the candidates; or, with several, the subject of the clause the
    candidates come from when the pronoun is itself a subject or possessor. Otherwise ``None`` (never a guess).
    """
    sent = sentence if sentence is not None else token.sent
    if token.lower_ in PERSONAL_PRONOUNS:
        # he/him/his/she/her: the nearest person mention before it (same sentence, else the previous one)
        reporter = _reporting_office(token)
        if reporter is not None:
            return reporter
        bound: set[int] = set()
        if token.lower_ in ("him", "her") and token.dep_ in ("dobj", "dative"):
            # an object pronoun is not the subject of its own clause ("Tusk accused him of ...")
            subj = next((c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            # (the subject itself, not a possessor or phrase inside it: "Zelensky's critics accused him" is Zelensky)
            bound = {t.i for t in subj.subtree} - {t.i for c in subj.children if c.dep_ in ("poss", "prep", "relcl",
                                                                                          "acl") for t in c.subtree} \
                if subj is not None else set()
        for span in (token.doc[sent.start:token.i], previous):
            if span is None:
                continue
            people = [e for e in span.ents if e.label_ == "PERSON" and e.end <= token.i and e.root.i not in bound
                      and getattr(_lookup(e.text), "kind", None) != "alias"  # not a state tagged as a person
                      and e[-1].lower_ not in _PLACE_WORDS]  # nor a place ("Cam Ranh Bay")
            if not people and bound:
                # (a leader the gazetteer lists whom the model did not tag as a person: "Orbán described his trip
                # ... But Tusk accused him of ...")
                leaders = [_lookup(t.text) for t in span if t.pos_ == "PROPN" and t.i < token.i and t.i not in bound
                           and getattr(_lookup(t.text), "kind", None) == "leader"]
                if leaders:
                    return leaders[-1].actor
            place = people[-1].root if people else None
            while place is not None and place.dep_ == "compound" and place.head.pos_ == "NOUN":
                place = place.head  # ("toured the al-Qaim crossing": the name modifies a place noun)
            if people and place.dep_ in ("dobj", "pobj") and any(
                    t.i < token.i and t.pos_ in ("NOUN", "PROPN") and t.lower_ in OFFICE_NOUNS
                    and t.dep_ in ("nsubj", "nsubjpass") for t in span):
                people = []  # "Greece's migration minister visited Crete. He ...": an office holder who acts, not
                # a place the model tagged as a person
            if people and span is previous and token.dep_ in ("nsubj", "nsubjpass"):
                # a subject "He" looks back to the previous sentence's subject, not to the last person it named
                # ("Vucic has met Putin in Moscow and Zelensky in Athens. He says ...")
                people = [e for e in people if e.root.dep_ in ("nsubj", "nsubjpass")] or people
            if people:
                ent = people[-1]
                # the name, else the noun phrase around it ("Armenian Prime Minister Nikol Pashinyan ... his")
                doc_ = ent.doc
                start = min([ent.start] + [c.left_edge.i for c in ent.root.children
                                           if c.dep_ in ("compound", "amod", "poss") and c.i < ent.start])
                cut = detached_demonym(doc_[start])  # ("Lao Foreign Minister Khamphao Vongsa ... his")
                titled = doc_[cut.i if cut is not None else start:ent.end]
                entry = _lookup(ent.text) or _lookup(titled.text)
                if entry is None and ent.root.dep_ == "appos" and ent.root.head.pos_ == "NOUN":
                    office = ent.root.head  # "Poland's foreign minister, Radoslaw Sikorski, ... He"
                    entry = _lookup(doc_[office.left_edge.i:office.i + 1].text)
                if entry is None:  # "Armen Grigoryan, secretary of Armenia's Security Council, ... He"
                    served = _appositive_office(ent.root)
                    if served is not None:
                        return served
                return entry.actor if entry is not None else clean_name(ent.text)
            offices = [t for t in span if t.i < token.i and t.pos_ in ("NOUN", "PROPN") and t.lower_ in OFFICE_NOUNS
                       and t.dep_ in ("nsubj", "nsubjpass")]
            if offices:
                # no name but an office ("Russia's envoy to the OSCE said ..., and he accused ..."): the state the
                # office holder serves, when the phrase names one
                held = describe_span(noun_phrase(offices[-1]))
                if held["actor"] and canonical_actor(held["actor"]) is not None:
                    return held["actor"]
                break
        # no named person: an office holder ("Austria's chancellor ... his country") resolves like "its"
    group = _previous_group_subject(token, sent, previous)
    if group is not None:
        return group
    host = clause_host(token)
    if host is not None:
        return host
    own = [(i, a) for i, a in mentions(token.doc[sent.start:token.i]) if i < token.i]
    # what an object is described as is not another referent ("dismissed Kuwait as a Saudi client state and
    # accused it of ..." is Kuwait)
    described = {t.i for p in token.doc[sent.start:token.i] if p.lower_ == "as" and p.dep_ == "prep"
                 and any(c.dep_ == "dobj" and c.i < p.i for c in p.head.children) for t in p.subtree}
    own = [(i, a) for i, a in own if i not in described]
    prep = token.head.head if token.dep_ == "poss" and token.head.dep_ == "pobj" else None
    if token.lower_ in ("its", "their") and prep is not None and prep.lower_ in ("for", "with", "over", "on") \
            and prep.head.pos_ == "VERB":
        # "praised Oman for its neutral stance", "credited Hanoi with its restraint": the object the verb judges
        obj = next((c for c in prep.head.children if c.dep_ == "dobj" and c.i < prep.i), None)
        named = list(dict.fromkeys(a for i, a in own if obj is not None and obj.left_edge.i <= i <= obj.right_edge.i))
        if named:
            return named[0] if len(named) == 1 else None  # ("praised A and B for their ...": not one of them)
    if token.dep_ == "appos" and token.pos_ == "NOUN":
        # "Budapest, the last capital to ratify ...": a description in apposition to a name is that name
        head = token.head
        start = min([head.i] + [c.left_edge.i for c in head.children if c.dep_ in ("compound", "det")])
        named = list(dict.fromkeys(a for _, a in mentions(token.doc[start:head.i + 1]))) if head.i < token.i else []
        if len(named) == 1:
            return named[0]
    if token.lower_ in ("itself", "themselves"):
        # a reflexive takes the subject of its own clause ("Beijing describes itself as neutral")
        verb = token.head if token.dep_ != "pobj" else token.head.head
        if token.dep_ == "nsubj" and verb.dep_ in ("ccomp", "xcomp", "oprd") and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head  # "has declared itself neutral" parsed as a small clause with "itself" as its subject
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.lower_ in ("which", "who", "that") and verb.dep_ == "relcl":
            subj = verb.head  # "South Africa, which describes itself as non-aligned
        if subj is not None:
            found = mentions(token.doc[subj.left_edge.i:subj.right_edge.i + 1])
            distinct = list(dict.fromkeys(a for _, a in found))
            if len(distinct) > 1:  # "Qatar, which hosts the office of Hamas ..., describes itself": the head's own
                np_ = noun_phrase(subj)
                distinct = list(dict.fromkeys(a for _, a in mentions(np_)))
            if not distinct:  # "The tabloid calls itself neutral": an unnamed party keeps its head noun
                head_np = describe_span(noun_phrase(subj))
                return head_np["actor"] if head_np["kind"] == "actor" else None
            return distinct[0] if len(distinct) == 1 else None
    small_clause = token.lower_ in ("it", "them") and token.dep_ == "nsubj" and token.pos_ == "PRON" \
        and token.head.dep_ in ("ccomp", "xcomp", "oprd") and token.head.pos_ == "ADJ" \
        and token.head.head.pos_ == "VERB"  # "Bamako holds it responsible": the pronoun is the verb's object
    if (token.dep_ in ("dobj", "dative", "pobj") or small_clause) and token.lower_ not in ("its", "their"):
        # an object pronoun does not refer to the subject of its own clause ("X accuses it of ...")
        verb = token.head.head if token.dep_ == "pobj" or small_clause else token.head
        if token.dep_ == "pobj" and verb.pos_ == "NOUN" and verb.dep_ == "dobj":
            verb = verb.head  # "Ankara holds leverage over it": the clause of the noun the phrase hangs on
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        climbed = False
        for _ in range(2):  # a participle or infinitive shares its clause's subject: "Japan protested, blaming it"
            if subj is not None or token.lower_ not in ("it", "them", "him", "her") \
                    or verb.dep_ not in ("advcl", "xcomp", "conj") or verb.head.i == verb.i \
                    or verb.dep_ != "xcomp" and verb.head.dep_ != "ROOT":
                break  # (only a plain object pronoun: "Nepal vowed to keep the country non-aligned" is Nepal, and
                # "describes itself" is its subject; a participle only on the main verb, where it surely belongs)
            verb, climbed = verb.head, True
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            bound = {t.i for c in [subj, *subj.conjuncts] for t in c.subtree}
            # (but a party named inside the subject's apposition may be: "Taipei, once Managua's patron, now accuses
            # it of betrayal")
            bound -= {t.i for c in subj.children if c.dep_ == "appos" and c.pos_ == "NOUN" for t in c.subtree
                      if t.dep_ == "poss"}
            # ... but it may refer to the subject's possessor: "Beijing's share of the debt gives it leverage"
            organ = (subj.lower_ in PLACE_BOUND_NOUNS or subj.lower_ in gazetteer()["institutions"]) \
                and token.lower_ in ("it", "them") and verb.lemma_.lower() not in _CASTING_VERBS
            if (token.lower_ in PRONOUNS or token.lower_ in BLOC_NOUNS) and not climbed and not organ:
                # (unless the subject is the possessor's own organ acting on another: "Sudan's army blames it" is
                # not Sudan, where "the AU's envoy described it as impartial" may be the AU)
                # (a description such as "the government" keeps the old rule; "The African Union's envoy described
                # the bloc" is the possessor's bloc)
                bound -= {t.i for c in subj.children if c.dep_ == "poss" for t in c.subtree}
            own = [(i, a) for i, a in own if i not in bound]
            if subj.pos_ == "PROPN" and token.lower_ in ("it", "them"):
                # nor the party the subject names, mentioned elsewhere ("Algeria claims to be neutral in Mali's
                # conflict ..., but Bamako holds it responsible")
                me = canonical_actor(describe_span(noun_phrase(subj))["actor"] or "")
                own = [(i, a) for i, a in own if me is None or a != me]
    if token.dep_ == "poss" and token.lower_ in ("its", "their") and token.head.dep_ == "conj" \
            and token.head.head.i < token.i:
        # "held Islamabad and its proxies responsible", "Russia and its allies": the conjunct before it
        first = token.head.head
        found = list(dict.fromkeys(a for _, a in mentions(token.doc[first.left_edge.i:first.i + 1])))
        if len(found) == 1:
            return found[0]
    if token.dep_ == "poss" and token.lower_ in ("its", "their"):
        # a possessive in a clause with its own subject refers to that subject ("Beijing is making Moscow its
        # vassal", "Minsk says its army ..."), when the subject names one actor and the pronoun is not inside it
        verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb is not None else None
        if subj is None and verb is not None and verb.dep_ == "pcomp" and verb.head.lower_ == "of" \
                and verb.head.head.lemma_.lower() in _ACCUSING_VERBS:
            # "Kabul accused Islamabad of exploiting its leverage": the accused is who does the act
            subj = next((c for c in verb.head.head.children if c.dep_ == "dobj"), None)
        singular = subj is not None and subj.tag_ in ("NNP", "NN") and not any(c.dep_ == "conj" for c in subj.children)
        if subj is not None and subj.right_edge.i < token.i and not (token.lower_ == "their" and singular):
            # (number agreement: "Iran treats their country" is not Iran's country)
            found = list(dict.fromkeys(a for _, a in mentions(token.doc[subj.left_edge.i:subj.right_edge.i + 1])))
            if len(found) == 1 and not any(c.dep_ == "conj" for c in subj.children):
                return found[0]
    if token.dep_ == "poss" and token.lower_ in ("its", "their") and not own:
        # cataphora: a possessive in a phrase fronted before its clause's subject refers to that subject ("Despite
        # its official neutrality, Egypt has supplied ...", "In its latest report, the agency ...")
        top = next((a for a in token.ancestors if a.dep_ in ("prep", "advcl", "npadvmod")
                    and a.head.pos_ in ("VERB", "AUX") and a.i < a.head.i), None)
        subj = next((c for c in top.head.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
            if top is not None else None
        if subj is not None and subj.i > top.right_edge.i:
            found = list(dict.fromkeys(a for _, a in mentions(token.doc[subj.left_edge.i:subj.right_edge.i + 1])))
            if len(found) == 1 and not any(c.dep_ == "conj" for c in subj.children):
                return found[0]
    if token.lower_ in COUNTRY_NOUNS and token.dep_ == "dobj" and token.head.lemma_.lower() in _CASTING_VERBS:
        # "Brazil's president has presented the country as a neutral voice", "Bahraini officials cast the kingdom as
        # ...": a state's own voice casting "the country" speaks of its own state (not posted diplomats')
        subj = next((c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.pos_ == "NOUN" and subj.lower_ not in POSTED_NOUNS and (
                subj.lower_ in PLACE_BOUND_NOUNS or subj.lower_ in gazetteer()["institutions"]
                or subj.lemma_.lower() in ("leader", "leadership") or subj.lemma_.lower() in STATE_DOCUMENTS
                or subj.lower_ == "media" and any(c.lower_ == "state" for c in subj.children)):
            # (or its state media: "Vietnamese state media cast the country as an impartial bridge")
            # (or the state's own charter: "Uzbekistan's foreign policy concept describes the country as ...")
            voices = list(dict.fromkeys(a for _, a in mentions(token.doc[subj.left_edge.i:subj.right_edge.i + 1])
                                        if is_state(a)))
            if len(voices) == 1:
                return voices[0]
    if token.lower_ in COUNTRY_NOUNS and not own and token.dep_ in ("nsubj", "nsubjpass"):
        # "The country remains too dependent on Washington, Japan's defence ministry acknowledged": a state's own
        # voice, credited after the clause, speaks of its country
        root = token.sent.root if sentence is None else next((t for t in sentence if t.dep_ == "ROOT"), None)
        reported = root is not None and root.i > token.i and root.lemma_.lower() in _OWN_VOICE_VERBS and any(
            c.dep_ in ("ccomp", "parataxis") and token.i in {t.i for t in c.subtree} for c in root.children)
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None) if reported else None
        if subj is not None and subj.tag_ in ("NN", "NNP") and (subj.lower_ in gazetteer()["institutions"]
                                                       or subj.lower_ in PLACE_BOUND_NOUNS):
            # (one institution: "Western officials" are not the country's voice; a party's are not a country's,
            # "Georgian Dream officials")
            voices = list(dict.fromkeys(a for _, a in mentions(token.doc[subj.left_edge.i:subj.right_edge.i + 1])
                                        if canonical_actor(a) is not None and is_state(canonical_actor(a))))
            if len(voices) == 1:
                return voices[0]
    if token.lower_ in COUNTRY_NOUNS and token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "ccomp":
        # "officials in Vilnius concede that the country depends on ...": the state the officials sit in (not a
        # posted diplomat's: "diplomats in Bangkok" are not Thailand's voice)
        verb = token.head.head
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
            if verb.lemma_.lower() in _OWN_VOICE_VERBS else None
        place = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "in"), None) \
            if subj is not None and subj.lower_ in PLACE_BOUND_NOUNS and subj.lower_ not in POSTED_NOUNS else None
        states = list(dict.fromkeys(a for _, a in mentions(token.doc[place.i:place.right_edge.i + 1])
                                    if is_state(a))) if place is not None else []
        if len(states) == 1:
            return states[0]
    if token.lower_ in BODY_NOUNS and token.dep_ in ("nsubj", "nsubjpass", "poss", "dobj"):
        # (also its object or possessor: "A UN spokesperson described the organisation's role as impartial")
        body = _speaking_body(token)
        if body is not None:
            return body
    clause = token.head if token.dep_ in ("nsubj", "nsubjpass") and token.lower_ in ("it", "they") else None
    if clause is not None and clause.dep_ == "advcl" and any(c.dep_ == "mark" for c in clause.children):
        # the subject of an adverbial clause is the subject of the clause it qualifies, when that names one party:
        # "China lacked credibility because it had not condemned ..." (after it; not a voice reporting both
        # clauses), and, fronted, "Though it depends on Riyadh for oil, Pakistan insists ..." (cataphora)
        host_subj = next((c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        fronted = clause.i < clause.head.i and not own and host_subj is not None \
            and host_subj.i > clause.right_edge.i and not any(c.dep_ == "conj" for c in host_subj.children)
        after = host_subj is not None and host_subj.i < token.i and any(
            c.dep_ == "mark" and c.lower_ in _ADVERBIAL_MARKS for c in clause.children)
        if fronted or after:
            found = list(dict.fromkeys(a for _, a in mentions(token.doc[host_subj.left_edge.i:
                                                                        host_subj.right_edge.i + 1])))
            if len(found) == 1:
                return found[0]
    for in_previous, candidates in ((False, own), (True, mentions(previous) if previous is not None else [])):
        if token.lower_ in MEDIA_NOUNS:
            # "The Global Times called Canada a vassal ... In an editorial, the paper blamed Ottawa": the outlet
            candidates = [(i, a) for i, a in candidates if is_state_media(noun_phrase(token.doc[i]).text)
                          or not is_state(a) and token.doc[i].ent_type_ == "ORG"]
        if token.lower_ in GROUP_NOUNS:
            # "Al-Shabaab claimed the bombing. Nairobi blamed the group for ...": a group, never a state
            candidates = [(i, a) for i, a in candidates if not is_state(a)
                          and not (token.doc[i].ent_type_ == "PERSON" and canonical_actor(a) is None)]
        if token.lower_ in BODY_NOUNS and token.lower_ not in BLOC_NOUNS:
            # "the court" -> "the International Criminal Court" (a name with that noun), never a state ("the
            # organisation" is any organisation, as "the bloc" is below: "the UN ... the organisation")
            candidates = [(i, a) for i, a in candidates
                          if token.lower_ in noun_phrase(token.doc[i]).text.lower()
                          or any(token.lower_ in name.split(" ") for name in _names_of(a))]
        if token.lower_ in BLOC_NOUNS:
            # "the bloc": an organisation ("the African Union"), not a state named in between
            # (a bloc of the gazetteer, "the Quad", whatever the model tagged it; never a state, even one the model
            # tagged ORG, "Bamako"; a place the gazetteer does not know is no bloc: "the summit in Wilmington")
            candidates = [(i, a) for i, a in candidates if not is_state(a) and (
                canonical_actor(a) is not None or token.doc[i].ent_type_ not in ("GPE", "LOC", "FAC"))]
        if token.lower_ in ("it", "its", "itself"):
            # number agreement: "its" is not "NATO leaders" (a plural common-noun head) ... unless that group reports
            # the clause the pronoun is in: in "Chinese officials said it would ...", "it" is the state they speak for
            # (and not a place named in a third party's phrase: "Critics in Brussels say it has become ...")
            speakers, outsiders = _reporting_subjects(token)
            candidates = [(i, a) for i, a in candidates
                          if i not in outsiders and (i in speakers or not _plural_group(token.doc[i]))
                          and not (token.doc[i].ent_type_ == "PERSON" and canonical_actor(a) is None)]
            # (nor a person the gazetteer does not place: "'Turkey is neutral, and it will stay neutral,' Foreign
            # Minister Hakan Fidan said")
        if token.lower_ in ("their", "his", "her") and token.dep_ == "poss" and token.head.lower_ in COUNTRY_NOUNS \
                and not in_previous:
            # "Iraqi critics say Iran treats their country as a client state": the group's own country, named
            # by its demonym
            owned = {gazetteer()["demonyms"][c.lower_] for t in token.doc[sent.start:token.i]
                     if t.tag_ == "NNS" and t.lower_ in gazetteer()["party_nouns"]
                     for c in t.children if c.dep_ == "amod" and c.lower_ in gazetteer()["demonyms"]}
            if len(owned) == 1:
                return owned.pop()
        fits = described_states(token) if token.lower_ in COUNTRY_NOUNS else None
        if fits is not None:
            # "the Pacific nation", "the Himalayan republic", "the kingdom": only the states the description fits
            candidates = [(i, a) for i, a in candidates if a in fits]
        if token.lower_ == "government":
            # "An IMF official said the government was to blame": a government is a state's, never a lender's or
            # a bloc's named before it
            candidates = candidates if any(is_state(a) for _, a in candidates) else []
        if token.lower_ in COUNTRY_NOUNS or (token.dep_ == "poss" and token.head.lower_ in COUNTRY_NOUNS):
            # "the country's neutrality", "their country": a state, not "the Federal Council" before it
            states = [(i, a) for i, a in candidates if canonical_actor(a) is not None]
            if not states and token.lower_ in COUNTRY_NOUNS:
                # a body named with its state's demonym is that state ("outside the Philippine Senate. ... the
                # country"); a city or refinery named before it is no country, so look back a sentence
                states = [(i, st) for i, _ in candidates for st in [modifier_state(noun_phrase(token.doc[i]).root)
                                                                      or demonym_state(token.doc[i])] if st]
                if not states and not in_previous and candidates and previous is not None:
                    continue
            candidates = states or candidates
        groups = [t for t in token.doc[sent.start:token.i] if t.tag_ == "NNS" and t.lower_ in
                  gazetteer()["party_nouns"] and t.dep_ in ("nsubj", "nsubjpass")
                  and not (token.dep_ in ("dobj", "dative") and t.head.i == token.head.i)]
        # (an object pronoun is not its own verb's subject: "Armenian officials accused them of ...")
        if token.lower_ in ("they", "them", "their") and not in_previous and groups \
                and all(token.doc[i].tag_ == "NNP" for i, _ in candidates):
            # "Accra said the rebels were to blame, saying they ...", "Opposition lawmakers blamed the government,
            # but they declined to criticise Beijing": the plural group, by its head noun (codebook)
            return describe_span(noun_phrase(groups[-1]))["actor"] if len(groups) == 1 else None
        if token.lower_ in ("they", "them", "their") and len(candidates) > 1:
            plural = [(i, a) for i, a in candidates if token.doc[i].tag_ in ("NNS", "NNPS")]
            if len({a for _, a in plural}) == 1:
                return plural[0][1]  # "expelled two French diplomats. It accused them of ..."
        distinct = list(dict.fromkeys(a for _, a in candidates))
        if len(distinct) == 1:
            return distinct[0]
        if len(distinct) > 1:
            # (the subject, a name compounded into it, or its possessor: "Haiti's transitional council met ... It")
            subjects = [a for i, a in candidates if token.doc[i].dep_ in ("nsubj", "nsubjpass")
                        or (token.doc[i].dep_ in ("compound", "poss")
                            and token.doc[i].head.dep_ in ("nsubj", "nsubjpass")) or _lost_subject(token.doc[i])]
            subjects = list(dict.fromkeys(subjects))
            fronted = [a for i, a in candidates if token.doc[i].head.dep_ in ("nsubj", "nsubjpass")
                       and getattr(comma_name(token.doc[i].head), "i", None) == i]
            if len(set(fronted)) == 1:
                # "Beijing, long Pyongyang's main patron, insists it is neutral", parsed with the name as a modifier
                # of the appositive noun: the name is the subject, not the possessor inside the apposition
                subjects = fronted[:1]
            # (a state's own body beside it is the same party: "Kazakhstan's foreign ministry said Astana ...")
            subjects = [a for a in subjects if canonical_actor(a) is not None] or subjects
            coordinated = any(token.doc[i].dep_ == "conj" and token.doc[i].head.dep_ in ("nsubj", "nsubjpass")
                              for i, _ in candidates)
            verb_ = token.head
            if len(subjects) > 1 and not in_previous and token.dep_ == "dobj" and token.lower_ in ("it", "them") \
                    and not coordinated and verb_.dep_ == "advcl" and verb_.tag_ == "VBG" \
                    and token.doc[verb_.i - 1].text == ",":
                # "Kyiv's border guards say Belarus can no longer refuse Moscow anything, describing it as ...": a
                # comma participle is the reporting voice's act, so its object is the subject of the clause the
                # parser hung it on
                for a in list(token.head.ancestors)[:3]:
                    own_subj = next((c for c in a.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                    if own_subj is not None:
                        inner = [x for i, x in candidates if i == own_subj.i]
                        subjects = inner or subjects
                        break
            if len(subjects) == 1 and not coordinated and (token.dep_ in ("nsubj", "nsubjpass", "poss") or (
                    token.dep_ in ("dobj", "dative") and token.lower_ in _OBJECT_ANAPHORS
                    and (in_previous or token.i > next(i for i, a in candidates if a == subjects[0])))):
                # an object pronoun continues the topic, the subject of an earlier clause (its own clause's subject
                # was removed above): "Naypyitaw has become dependent on Beijing and Moscow. Rebel groups accuse it
                # of ...", "The UAE insists it is neutral, yet UN investigators have accused it of ..."
                return subjects[0]
            if not subjects and not coordinated and token.dep_ in ("nsubj", "nsubjpass", "poss"):
                # no actor is a subject (the subject is a group: "NATO leaders accused Beijing ..., dismissing its
                # professed neutrality"): the main verb's direct object is next in salience
                def main_object(t: Any) -> bool:
                    t = t.head if t.dep_ == "compound" else t
                    return t.dep_ == "dobj" and t.head.dep_ == "ROOT"

                objects = list(dict.fromkeys(a for i, a in candidates if main_object(token.doc[i])))
                if len(objects) == 1:
                    return objects[0]
            return None
    return None
