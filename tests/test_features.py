"""Tests of framing.features: the output contract, gated == full, the dev-set targets, detector behaviours
(coordination, xcomp/conj subjects, passives, reported speech, negation, next-sentence qualifiers, the codebook's
hard negatives) and the document table. The dev set is parsed once per session (memory cache)."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from framing.schema import FRAME_COLUMNS
from framing.settings import REPO_ROOT

DEV = REPO_ROOT / "data" / "dev" / "frames_dev.jsonl"
HELDOUT = REPO_ROOT / "data" / "dev" / "frames_heldout.jsonl"
THREE = ["partner_hierarchy", "neutrality_claim", "blame_attribution"]


def _texts(path):
    return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def dev_frames():
    from framing import extract_frames

    return extract_frames(_texts(DEV), cache="memory")


@pytest.fixture(scope="session")
def dev_frames_full():
    from framing import extract_frames

    return extract_frames(_texts(DEV), cache="memory", mode="full")


# ----------------------------------------------------------------------------------------------- contract

def test_empty_inputs_give_empty_tables_with_the_columns():
    from framing import extract_frames
    from framing.features import EXTRA_COLUMNS

    for texts in ([], [""], "", ["   \n\n  "]):
        rows = extract_frames(texts)
        assert rows.empty
        assert list(rows.columns) == list(FRAME_COLUMNS) + list(EXTRA_COLUMNS)


def test_bad_arguments_name_the_problem():
    from framing import extract_frames

    with pytest.raises(ValueError, match="mode='fast'"):
        extract_frames("x", mode="fast")
    with pytest.raises(ValueError, match="features=.*'blame'"):
        extract_frames("x", features=["blame"])
    with pytest.raises(TypeError, match=r"texts\[1\]"):
        extract_frames(["ok", 3])
    with pytest.raises(ValueError, match="doc_id"):
        extract_frames(pd.DataFrame({"text": ["x"]}))


@pytest.mark.model
def test_contract_columns_offsets_and_missing_values(dev_frames):
    texts = _texts(DEV)
    assert list(dev_frames.columns[:len(FRAME_COLUMNS)]) == list(FRAME_COLUMNS)
    assert set(dev_frames["feature"]) <= {"partner_hierarchy", "neutrality_claim", "blame_attribution", "quote"}
    for row in dev_frames.to_dict("records"):
        text = texts[row["doc_id"]]
        assert 0 <= row["start"] <= row["end"] <= len(text)
        assert text[row["start"]:row["end"]] in row["sentence"] or row["feature"] == "quote"
        assert row["sentence"] in text
        for col, value in row.items():
            assert value != "", (col, row)
    # roles of other features stay missing
    blame = dev_frames[dev_frames["feature"] == "blame_attribution"]
    assert blame["senior"].isna().all() and blame["claimant"].isna().all()
    assert set(blame["polarity"]) <= {"asserted", "withheld"}
    neut = dev_frames[dev_frames["feature"] == "neutrality_claim"]
    assert set(neut["voice"]) <= {"self", "narrator", "other"}
    assert neut["qualified"].map(lambda v: isinstance(v, bool)).all()


@pytest.mark.model
def test_gated_equals_full_on_the_dev_set(dev_frames, dev_frames_full):
    pd.testing.assert_frame_equal(dev_frames, dev_frames_full)


@pytest.mark.model
def test_context_on_demand_gives_the_whole_window_rows(monkeypatch, dev_frames):
    """The three framing detectors first see their target sentence alone and get the sentences around it parsed
    only when they read them; that must give exactly the rows of always parsing the whole window."""
    from framing import extract_frames, load_corpus
    from framing.features import extract as extract_mod

    articles, _ = load_corpus(REPO_ROOT / "data" / "corpus")
    texts = _texts(DEV) + articles["text"].tolist()
    on_demand = extract_frames(texts, features=THREE, cache="memory")
    monkeypatch.setattr(extract_mod, "_CONTEXT_ON_DEMAND", False)
    whole_window = extract_frames(texts, features=THREE, cache="memory")
    assert len(on_demand) > 400
    pd.testing.assert_frame_equal(on_demand, whole_window)
    monkeypatch.undo()
    pd.testing.assert_frame_equal(extract_frames(_texts(DEV), cache="memory"), dev_frames)


@pytest.mark.model
def test_context_on_demand_still_resolves_from_the_previous_sentence():
    from framing import extract_frames

    rows = extract_frames(["Russian officials met on Monday. They blamed Ukraine for the attack on the bridge."],
                          features=["blame_attribution"], cache="memory")
    assert rows[["blamer", "blamed", "sent_id"]].values.tolist() == [["Russia", "Ukraine", 1]]


def test_unparsed_context_raises_past_broad_excepts():
    from framing.features.extract import ContextNeeded, _Unparsed

    unparsed = _Unparsed()
    for read in (bool, len, list, lambda u: u[0], lambda u: next(reversed(u))):
        with pytest.raises(ContextNeeded):
            try:
                read(unparsed)
            except Exception:  # a detector's own broad except must not turn "needs context" into "no rows"
                pytest.fail("ContextNeeded was caught by `except Exception`")


@pytest.mark.model
def test_two_processes_give_the_one_process_rows(dev_frames):
    from framing import extract_frames

    pd.testing.assert_frame_equal(extract_frames(_texts(DEV), cache="memory", n_process=2), dev_frames)


def test_same_input_same_output(dev_frames):
    from framing import extract_frames

    again = extract_frames(_texts(DEV), cache="memory")
    pd.testing.assert_frame_equal(dev_frames, again)


@pytest.mark.model
def test_dataframe_input_keeps_doc_ids():
    from framing import extract_frames

    arts = pd.DataFrame({"doc_id": ["b", "a"], "text": ["Nothing here.", "Moscow blamed Kyiv for the blast."]})
    rows = extract_frames(arts, features=["blame_attribution"], cache="memory")
    assert rows["doc_id"].tolist() == ["a"]


# ----------------------------------------------------------------------------------------------- dev targets

@pytest.mark.model
def test_dev_set_meets_the_targets(dev_frames):
    from framing.evaluate import evaluate

    result = evaluate(DEV, frames=dev_frames)
    scores = result["scores"].set_index("feature")
    for feature in THREE:
        assert scores.loc[feature, "f1"] >= 0.90, scores
    assert result["role_accuracy"] >= 0.85
    assert len(_texts(DEV)) >= 150


@pytest.mark.model
def test_heldout_is_scored_and_reasonable():
    """The held-out set was written before tuning; it is reported, not tuned on. Guard against collapse."""
    from framing.evaluate import evaluate

    result = evaluate(HELDOUT)
    scores = result["scores"].set_index("feature")
    for feature in THREE:
        assert scores.loc[feature, "f1"] >= 0.7, scores


# ----------------------------------------------------------------------------------------------- behaviours

CASES = [
    # (text, feature, expected list of role dicts (subset match), note)
    ("China blames the United States and NATO for provoking Moscow.", "blame_attribution",
     [{"blamer": "China", "blamed": "United States", "reason": "provoking Moscow", "polarity": "asserted"},
      {"blamer": "China", "blamed": "NATO", "reason": "provoking Moscow", "polarity": "asserted"}],
     "coordination: one row per blamed actor"),
    ("China has refused to criticise Russia's military actions in Ukraine and blames the United States for "
     "provoking Moscow.", "blame_attribution",
     [{"blamer": "China", "blamed": "Russia", "polarity": "withheld"},
      {"blamer": "China", "blamed": "United States", "polarity": "asserted"}],
     "finite conj attached to the infinitive takes the top subject"),
    ("The attack was blamed on rebels by the government.", "blame_attribution",
     [{"blamer": "the government", "blamed": "rebels"}], "passive blame on, agent"),
    ("Officials said Kyiv was to blame for the blast.", "blame_attribution",
     [{"blamer": "officials", "blamed": "Ukraine", "reason": "the blast"}], "reported speech"),
    ("Washington did not blame Beijing for the outage.", "blame_attribution", [], "negation: no row"),
    ("Officials blamed the storm for the power cuts.", "blame_attribution", [], "non-actor: no row"),
    ("The group claimed responsibility for the attack.", "blame_attribution", [], "claimed responsibility"),
    ("The minister responsible for energy resigned.", "blame_attribution", [], "in charge of"),
    ("China is angry with Japan. It accuses Tokyo of militarising the region.", "blame_attribution",
     [{"blamer": "China", "blamed": "Japan"}], "pronoun subject resolved in the previous sentence"),
    ("Officially, China remains neutral in the Ukraine conflict. However, its trade with Russia has soared.",
     "neutrality_claim", [{"claimant": "China", "voice": "narrator", "qualified": True}],
     "next-sentence qualifier"),
    ("Ireland's foreign minister said the country would remain militarily neutral.", "neutrality_claim",
     [{"claimant": "Ireland", "voice": "self", "qualified": False}], "self voice, the country"),
    ("The final will be played at a neutral venue.", "neutrality_claim", [], "neutral venue"),
    ("The airline aims to be carbon-neutral by 2030.", "neutrality_claim", [], "carbon-neutral"),
    ("Kyiv urged neutral states to join the sanctions.", "neutrality_claim", [], "call on neutral states"),
    ("Analysts now describe Moscow as the junior partner in its dealings with Beijing.", "partner_hierarchy",
     [{"senior": "China", "junior": "Russia"}], "describe X as the junior partner"),
    ("Ankara depends on Moscow for almost half of its gas.", "partner_hierarchy",
     [{"senior": "Russia", "junior": "Turkey"}], "dependence"),
    ("Maria Keller is a senior partner at the consultancy.", "partner_hierarchy", [], "business title"),
    ("The leaders insisted they are equals with no senior partner.", "partner_hierarchy", [], "denial"),
    ("The region depends on tourism.", "partner_hierarchy", [], "dependence on things"),
    ("The two armies held joint drills near the border.", "partner_hierarchy", [], "cooperation"),
    ("Moscow props up the regime in Minsk.", "partner_hierarchy",
     [{"senior": "Russia", "junior": "Belarus"}], "'the regime in Minsk' names the state"),
    ("Damascus in particular relies on Iranian credit.", "partner_hierarchy",
     [{"senior": "Iran", "junior": "Syria"}], "'relies' tagged as a noun; demonym owner"),
    ("Austria formally applied for membership, ending its policy of neutrality.", "neutrality_claim",
     [{"claimant": "Austria", "qualified": False}], "a distancing adverb on another verb does not qualify"),
    ("In practice, Serbia's neutrality has tilted towards Moscow.", "neutrality_claim",
     [{"claimant": "Serbia", "qualified": True}], "multi-word contrast in the same sentence"),
    ("The junta has only itself to blame.", "blame_attribution",
     [{"blamer": None, "polarity": "asserted"}], "has only itself to blame (narrator)"),
    ("Pyongyang has no one to blame but itself.", "blame_attribution",
     [{"blamer": None, "blamed": "North Korea"}], "no one to blame but itself"),
    ("Ankara urged calm without assigning blame.", "blame_attribution",
     [{"blamer": "Turkey", "blamed": None, "polarity": "withheld"}], "without assigning blame"),
    ("The decision drew criticism from Berlin.", "blame_attribution", [],
     "criticism of a thing, not a party: no row"),
    ("Analysts describe Belarus as becoming a satellite of Moscow.", "partner_hierarchy",
     [{"senior": "Russia", "junior": "Belarus"}], "describe X as becoming a satellite: the object is junior"),
    ("The loans make Laos a client of the Chinese banking system.", "partner_hierarchy",
     [{"senior": "China", "junior": "Laos"}], "make X a client of (small clause), demonym owner"),
    ("The pipeline gives Moscow influence over Budapest.", "partner_hierarchy",
     [{"senior": "Russia", "junior": "Hungary"}], "give X influence over Y"),
    ("Moscow has become a lifeline for the hermit kingdom.", "partner_hierarchy",
     [{"senior": "Russia", "junior": "North Korea"}], "'the hermit kingdom' is North Korea"),
    ("Turkey holds no brief for either side in the dispute.", "neutrality_claim",
     [{"claimant": "Turkey", "voice": "narrator", "issue": "the dispute"}], "holds no brief for either side"),
    ("Hungary's veto drew sharp criticism from Brussels.", "blame_attribution",
     [{"blamer": "European Union", "blamed": "Hungary", "polarity": "asserted"}], "drew criticism from X"),
    ("Commentators talk of Yerevan as little more than a client of Moscow.", "partner_hierarchy",
     [{"senior": "Russia", "junior": "Armenia"}], "talk of X as (little more than) a client"),
    ("Despite the talk of a partnership between Russia and Iran, it is Tehran that holds the cards.",
     "partner_hierarchy", [{"senior": "Iran", "junior": "Russia"}], "the other party of 'between A and B'"),
    ("In the old alliance Washington was the senior partner and Tokyo the junior one.", "partner_hierarchy",
     [{"senior": "United States", "junior": "Japan"}], "gapping: 'and Y the junior one'"),
    ("The loan agreement leaves Armenia tethered to Moscow.", "partner_hierarchy",
     [{"senior": "Russia", "junior": "Armenia"}], "leave X tethered to Y: the object is junior"),
    ("Myanmar's junta increasingly relies on Beijing.", "partner_hierarchy",
     [{"senior": "China", "junior": "Myanmar"}], "a state's junta is the state named"),
    ("A senior NATO official accused Tehran of acting as Moscow's arsenal and lifeline.", "partner_hierarchy",
     [{"senior": "Iran", "junior": "Russia"}], "accuse X of acting as a lifeline: X provides"),
    ("Hezbollah is widely seen as a proxy of Tehran.", "partner_hierarchy",
     [{"senior": "Iran", "junior": "Hezbollah"}], "proxy of X"),
    ("Minsk has long deferred to Moscow on foreign policy.", "partner_hierarchy",
     [{"senior": "Russia", "junior": "Belarus"}], "defer to"),
    ("Cuba leaned on Caracas for cheap oil.", "partner_hierarchy",
     [{"senior": "Venezuela", "junior": "Cuba"}], "lean on X for Y is dependence"),
    ("Brussels leaned on Budapest to lift its veto.", "partner_hierarchy", [],
     "lean on X to do Y is pressure: no row"),
    ("Europe kept the Greek government afloat for years.", "partner_hierarchy",
     [{"junior": "Greece"}], "keep X afloat"),
    ("Ottawa resents Canada's junior role in its relationship with Washington.", "partner_hierarchy",
     [{"senior": "United States", "junior": "Canada"}], "X's junior role: the owner is junior"),
    ("The president denied that his country was a satellite of any neighbour.", "partner_hierarchy", [],
     "'any neighbour' names no party"),
    ("Despite heavy pressure from Washington, Vietnam has stayed neutral.", "neutrality_claim",
     [{"claimant": "Vietnam", "qualified": False}], "a concession against the claim does not undercut it"),
    ("Despite its professed neutrality, Austria sold the shells.", "neutrality_claim",
     [{"qualified": True}], "the claim inside the concessive phrase is undercut"),
    ("The finance minister has stayed out of the spotlight since May.", "neutrality_claim", [],
     "staying out of the spotlight is not staying out of a conflict"),
    ("Chile, a founding member of the Non-Aligned Movement, keeps its distance from both blocs.",
     "neutrality_claim", [{"claimant": "Chile"}], "'Non-Aligned' inside a name is no cue"),
    ("Kenya, which calls itself non-aligned, abstained again.", "neutrality_claim",
     [{"claimant": "Kenya", "voice": "self"}], "itself in a relative clause takes the noun it modifies"),
    ("Peru has kept a balanced position on the dispute, its foreign minister told reporters.", "neutrality_claim",
     [{"claimant": "Peru", "voice": "self"}], "'its foreign minister' speaks for its state"),
    ("A commentary carried by Xinhua described Beijing's stance on the conflict as impartial.",
     "neutrality_claim", [{"claimant": "China", "voice": "self", "issue": "the conflict"}],
     "state media text voices its carrier; the stance noun holds the issue"),
    ("The Red Cross delegation says it remains neutral in the fighting.", "neutrality_claim",
     [{"voice": "self"}], "the pronoun's antecedent lies in the speaker's noun phrase"),
    ("Officially neutral, Ashgabat rarely comments on the quarrels of its neighbours.", "neutrality_claim",
     [{"claimant": "Turkmenistan", "voice": "narrator", "qualified": True, "issue": None}],
     "a fronted adjective is not reported content; the main verb's objects are not the issue"),
    ("Ostensibly non-aligned, Belgrade still buys Russian gas.", "neutrality_claim",
     [{"claimant": "Serbia", "qualified": True}], "hyphen-split cue fronted"),
    ("Tbilisi calls its stance 'balanced'.", "neutrality_claim",
     [{"claimant": "Georgia", "voice": "self"}], "call a stance neutral: the stance's owner"),
    ("Hungary vetoed the package. Its foreign minister blamed Kyiv for the delay.", "blame_attribution",
     [{"blamer": "Hungary", "blamed": "Ukraine"}], "'its foreign minister' resolves through 'its'"),
    ("Seoul holds Pyongyang largely to blame for the shelling.", "blame_attribution",
     [{"blamer": "South Korea", "blamed": "North Korea", "reason": "the shelling"}], "hold X to blame"),
    ("Serbian officials said the unrest in the north was entirely Pristina's doing.", "blame_attribution",
     [{"blamer": "Serbia", "blamed": "Kosovo", "reason": "the unrest in the north"}], "X's doing, in a source's words"),
    ("Tokyo said Beijing was behind the cyberattack.", "blame_attribution",
     [{"blamer": "Japan", "blamed": "China", "reason": "the cyberattack"}], "X was behind (a bad event), reported"),
    ("Moscow said the embassy was behind the cathedral.", "blame_attribution", [],
     "'behind' a place is no blame"),
    ("India and Pakistan traded accusations over the border clash.", "blame_attribution",
     [{"blamer": "Pakistan", "blamed": "India"}, {"blamer": "India", "blamed": "Pakistan"}], "traded accusations"),
    ("Beijing again declined to say who was to blame for the collision.", "blame_attribution",
     [{"blamer": "China", "blamed": None, "polarity": "withheld"}], "declined to say who was to blame"),
    ("Manila said Beijing bore most of the responsibility for the collision.", "blame_attribution",
     [{"blamer": "Philippines", "blamed": "China", "reason": "the collision"}], "bore most of the responsibility"),
    ("Jakarta has declined to condemn the coup in Myanmar.", "blame_attribution",
     [{"blamer": "Indonesia", "blamed": None, "reason": "the coup in Myanmar", "polarity": "withheld"}],
     "what is not condemned is the act"),
    ("In a statement carried by TASS, Moscow accused Kyiv of shelling the plant.", "blame_attribution",
     [{"blamer": "Russia", "blamed": "Ukraine", "reason": "shelling the plant"}], "a fronted 'in' is no reason"),
    ("Ghanaian President John Mahama blamed Lomé for the border closure.", "blame_attribution",
     [{"blamer": "Ghana", "blamed": "Togo"}], "demonym + title + a name the gazetteer lacks: the state"),
    ("Chilean President Ana Ruiz has refused to blame either Lima or La Paz for the dispute.", "blame_attribution",
     [{"blamer": "Chile", "blamed": "Peru", "polarity": "withheld"},
      {"blamer": "Chile", "blamed": "Bolivia", "polarity": "withheld"}], "'either X or Y' names both"),
    ("The senator accused his old ally Carlos Vega of leaking the memo.", "blame_attribution",
     [{"blamed": "Carlos Vega", "reason": "leaking the memo"}], "the name split off the object is the object"),
    ("Much of the blame for the blackout lies with Tehran.", "blame_attribution",
     [{"blamed": "Iran", "reason": "the blackout"}], "much of the blame lies with X"),
    ("Canberra condemned Beijing's latest naval drills as reckless.", "blame_attribution",
     [{"blamer": "Australia", "blamed": "China", "reason": "latest naval drills"}],
     "condemning an actor's act: the act is the reason"),
    ("Armenian Prime Minister Nikol Pashinyan said his country had been too dependent on Moscow.",
     "partner_hierarchy", [{"senior": "Russia", "junior": "Armenia"}], "'his country' of a titled leader"),
    ("The drought leaves Lesotho at the mercy of Pretoria.", "partner_hierarchy",
     [{"senior": "South Africa", "junior": "Lesotho"}], "leave X at the mercy of Y"),
    ("The leader was described by analysts as a Kremlin client. Minsk denies it.", "partner_hierarchy",
     [{"senior": "Russia"}], "a Kremlin client ('as' hung on the agent)"),
    ("Tokyo bankrolls about half of Palau's budget.", "partner_hierarchy",
     [{"senior": "Japan", "junior": "Palau"}], "the owner inside 'half of X's budget'"),
    ("Diplomats say Kyrgyzstan is tired of playing second fiddle to Beijing.", "partner_hierarchy",
     [{"senior": "China", "junior": "Kyrgyzstan"}], "tired of playing: the adjective's subject"),
    ("Neutral Ireland hosted the talks.", "neutrality_claim",
     [{"claimant": "Ireland", "voice": "narrator"}], "'Neutral Ireland' is not a name"),
    ("Officially non-aligned, Jakarta buys jets from Paris, according to a white paper.", "neutrality_claim",
     [{"claimant": "Indonesia", "voice": "narrator", "qualified": True}], "a fronted adjunct is the narrator's"),
    ("Both Chile and Peru have said they will stay neutral in the dispute.", "neutrality_claim",
     [{"claimant": "Chile", "voice": "self"}, {"claimant": "Peru", "voice": "self"}],
     "'they' in the speakers' own claim: one row per speaker"),
    ("The minister rejected any suggestion that Lisbon was Madrid's junior partner.", "partner_hierarchy", [],
     "a rejected suggestion of ranking is a denial"),
    ("The central bank sold reserves to prop up the rupee.", "partner_hierarchy", [], "a currency is no party"),
    ("The weekly barge is a lifeline for the residents of the northern islands.", "partner_hierarchy", [],
     "a thing for people: no parties"),
    ("Seoul's patron in Washington has said little.", "partner_hierarchy",
     [{"senior": "United States", "junior": "South Korea"}], "X's patron in <capital>"),
    ("Tunisia's foreign ministry said the republic favours neither Algiers nor Rabat.", "neutrality_claim",
     [{"claimant": "Tunisia", "voice": "self"}], "favours neither X nor Y; 'the republic' takes the state"),
    ("Chile's president insisted his country was not taking anyone's side.", "neutrality_claim",
     [{"claimant": "Chile", "voice": "self"}], "not taking anyone's side"),
    ("The Red Crescent, which Sudanese officials described as impartial, reached the camp.", "neutrality_claim",
     [{"claimant": "Red Crescent", "voice": "other"}], "'which X described as impartial'"),
    ("Georgia expelled two Russian diplomats. It accused them of spying.", "blame_attribution",
     [{"blamer": "Georgia", "blamed": "Russia"}], "'them' takes the plural mention"),
    ("Washington calls the shots and Tokyo follows.", "partner_hierarchy",
     [{"senior": "United States", "junior": "Japan"}], "the subject of the clause joined to 'calls the shots'"),
    ("Critics say Ankara is making Baku its client.", "partner_hierarchy",
     [{"senior": "Turkey", "junior": "Azerbaijan"}], "'its' in a clause refers to that clause's subject"),
    ("Paris and Berlin held Moscow and Minsk responsible for the outage.", "blame_attribution",
     [{"blamer": "France", "blamed": "Belarus"}, {"blamer": "France", "blamed": "Russia"},
      {"blamer": "Germany", "blamed": "Belarus"}, {"blamer": "Germany", "blamed": "Russia"}],
     "coordinated holders and held: one row per pair"),
    ("Asked whether Kyiv bore responsibility for the blast, the minister declined to answer.", "blame_attribution",
     [], "responsibility raised in a question is not assigned"),
    ("The treaty leaves Moldova playing second fiddle to Bucharest.", "partner_hierarchy",
     [{"senior": "Romania", "junior": "Moldova"}], "leave X doing: the object"),
    ("Peru's foreign minister, Elena Ramos, met reporters. She accused Quito of closing the border.",
     "blame_attribution", [{"blamer": "Peru", "blamed": "Ecuador"}], "'she' of an office holder named in apposition"),
    ("Bolivia would not favour either side, Foreign Minister Ana Cruz told reporters.", "neutrality_claim",
     [{"claimant": "Bolivia", "voice": "self"}], "a titled official speaking of the state's stance"),
    ("Rabat, commentators say, has kept its distance from both camps.", "neutrality_claim",
     [{"claimant": "Morocco", "voice": "other"}], "an inserted 'commentators say' is a third party's voice"),
    ("Hanoi calls its foreign policy independent and balanced.", "neutrality_claim",
     [{"claimant": "Vietnam", "voice": "self"}], "a coordinated 'balanced'"),
    ("The junta was accused by rights groups of firing on civilians.", "blame_attribution",
     [{"reason": "firing on civilians"}], "passive accuse, 'of' hung on the agent"),
    # session 4: constructions from the misses of blind sets 7 and 8 (new sentences)
    ("MINSK — Minsk holds Vilnius responsible for the border closures.", "blame_attribution",
     [{"blamer": "Belarus", "blamed": "Lithuania"}], "a dateline is not part of the subject"),
    ("Monitors from the OSCE accused the police of beating reporters.", "blame_attribution",
     [{"blamer": "OSCE", "blamed": "the police"}], "'monitors from X' speak for X"),
    ("Opposition leaders in Caracas accuse the ruling party of rigging the count.", "blame_attribution",
     [{"blamer": "leaders", "blamed": "the party"}], "opposition leaders in a capital are not its state"),
    ("Armenian officials accused Russian peacekeepers of standing aside.", "blame_attribution",
     [{"blamer": "Armenia", "blamed": "Russia"}], "a demonym's peacekeepers are its state"),
    ("Syria was accused by the IAEA's board of hiding a reactor site.", "blame_attribution",
     [{"blamer": "International Atomic Energy Agency", "blamed": "Syria"}], "a body's board speaks for the body"),
    ("The Hungarian opposition accused the governing Fidesz party of buying votes.", "blame_attribution",
     [{"blamed": "Fidesz"}], "a named party keeps its name, not 'the party'"),
    ("The International Criminal Court opened a case on Monday. The court accused Moscow of war crimes.",
     "blame_attribution", [{"blamer": "International Criminal Court"}], "'the court' takes the named court"),
    ("Quito says the cartels bear responsibility for the prison riots.", "blame_attribution",
     [{"blamer": "Ecuador", "blamed": "the cartels"}], "reported 'bear responsibility'"),
    ("Kyiv has gone to court, saying Moscow bears the blame for the dam's collapse.", "blame_attribution",
     [{"blamer": "Ukraine", "blamed": "Russia", "reason": "the dam's collapse"}], "'bears the blame for'"),
    ("Bamako expelled the French envoy. It later charged Paris with arming the rebels.", "blame_attribution",
     [{"blamer": "Mali", "blamed": "France", "reason": "arming the rebels"}], "'charged X with' an act"),
    ("The bank charged a fee with every transfer.", "blame_attribution", [], "'charged a fee' is no accusation"),
    ("Attacks on two refineries were blamed on Kyiv by Moscow.", "blame_attribution",
     [{"blamer": "Russia", "blamed": "Ukraine"}], "passive 'blamed on X by Y'"),
    ("The navy declined to say which country it held responsible for the attack.", "blame_attribution",
     [{"polarity": "withheld", "blamed": None}], "a withheld 'which X it held responsible' is no accusation"),
    ("Paris and Berlin named Iran's cyber unit as the culprit behind the outage.", "blame_attribution",
     [{"blamer": "France", "blamed": "Iran"}, {"blamer": "Germany", "blamed": "Iran"}],
     "'named X as the culprit', coordinated namers"),
    ("Danish police said they hold the captain of a freighter responsible for the spill.", "blame_attribution",
     [{"blamed": "the captain"}], "'responsible' hung on the of-phrase of the object"),
    ("Juba has grown dependent on Khartoum for fuel. Rebel groups accuse it of shelling villages.",
     "blame_attribution", [{"blamed": "South Sudan"}], "an object 'it' continues the previous sentence's subject"),
    ("Guinea and Chad have both become dependent on the Kremlin for security.", "partner_hierarchy",
     [{"junior": "Chad"}, {"junior": "Guinea"}], "coordinated juniors of a predicate adjective"),
    ("Niger, Mali and Chad are Moscow's satellites, one diplomat said.", "partner_hierarchy",
     [{"junior": "Chad"}, {"junior": "Mali"}, {"junior": "Niger"}], "plural status noun; list parsed as apposition"),
    ("Qatar and Kuwait have propped up Amman with cheap loans.", "partner_hierarchy",
     [{"senior": "Kuwait", "junior": "Jordan"}, {"senior": "Qatar", "junior": "Jordan"}], "coordinated seniors"),
    ("In return Moscow wants help with its spy satellites.", "partner_hierarchy", [], "hardware satellites"),
    ("Cuba has leaned heavily on Caracas to keep its power plants running.", "partner_hierarchy",
     [{"senior": "Venezuela", "junior": "Cuba"}], "'leaned heavily on' is dependence even with an infinitive"),
    ("Norway describes itself as impartial in the talks.", "neutrality_claim",
     [{"claimant": "Norway", "voice": "self", "qualified": False}], "a plain self-description does not qualify"),
    ("Oman presents itself as an impartial host.", "neutrality_claim",
     [{"claimant": "Oman", "voice": "self", "qualified": False}],
     "'presents itself as' without a contrast is a plain self claim (session 7)"),
    ("Oman bills itself as an impartial host.", "neutrality_claim",
     [{"claimant": "Oman", "voice": "self", "qualified": True}], "'bills itself as' stages an image"),
    ("Serbia describes itself as neutral; Western capitals accuse it of helping Moscow evade sanctions.",
     "neutrality_claim", [{"claimant": "Serbia", "qualified": True}], "an accusation in the same sentence contests"),
    ("Ghana says it is neutral, though the decision is not yet final.", "neutrality_claim",
     [{"claimant": "Ghana", "qualified": True}], "'though' contrasts"),
    ("Ghana has stayed out of the dispute and still trades with both sides.", "neutrality_claim",
     [{"claimant": "Ghana", "qualified": False}], "'still' mid-sentence is time, not contrast"),
    ("Laos keeps its distance from the dispute, in which it has no claim of its own.", "neutrality_claim",
     [{"claimant": "Laos", "qualified": False}], "'claim of its own' is not 'claim of neutrality'"),
    ("Diplomats in Nairobi praise Ghana's balanced position on the crisis.", "neutrality_claim",
     [{"claimant": "Ghana", "voice": "other"}], "praise by a third party: other voice"),
    ("Neutral Ireland has ended the contract, the ministry in Dublin said.", "neutrality_claim",
     [{"claimant": "Ireland", "voice": "narrator"}], "an epithet on a named state is the narrator's"),
    ("Officials in Ankara praised what they call Hungary's neutral stance.", "neutrality_claim",
     [{"claimant": "Hungary", "qualified": True}], "'what they call' holds the label at arm's length"),
    ("EU leaders accused Belgrade of helping Moscow, dismissing its professed neutrality as a sham.",
     "neutrality_claim", [{"claimant": "Serbia"}], "'its' agrees in number: not 'EU leaders'"),
    ("Mediators from both camps described Ghana and Norway as impartial hosts of the talks.", "neutrality_claim",
     [{"claimant": "Ghana", "voice": "other", "issue": "the talks"},
      {"claimant": "Norway", "voice": "other", "issue": "the talks"}],
     "coordinated claimants; a plural role noun said of named parties; 'of the talks' as issue"),
    ("DOHA — Qatar, a neutral go-between for years, hosted the talks on Monday.", "neutrality_claim",
     [{"claimant": "Qatar", "voice": "narrator"}], "hyphenated role noun split by the tokenizer"),
    ("Malta says it sides with no one in the dispute between the two navies.", "neutrality_claim",
     [{"claimant": "Malta", "voice": "self", "issue": "the dispute between the two navies"}], "'sides with no one'"),
    ("Kenya's supposedly impartial electoral commission announced the results without a recount.",
     "neutrality_claim", [{"claimant": "Kenya", "voice": "narrator", "qualified": True}],
     "an impartial body of a named state (the state, codebook); its own verb is no claim"),
    ("The supposedly impartial electoral council announced the results without a recount.",
     "neutrality_claim", [{"claimant": "the council", "voice": "narrator", "qualified": True}],
     "an impartial body is itself the claimant"),
    ("Analysts in Paris describe Senegal as careful not to favour either side in the feud.", "neutrality_claim",
     [{"claimant": "Senegal", "voice": "other"}], "'describe X as careful not to favour either side'"),
    ("Diplomats in Hanoi describe Vietnam's stance on the feud as balanced.", "neutrality_claim",
     [{"claimant": "Vietnam", "voice": "other"}], "diplomats in a capital are not its state; 'as' on the cue"),
    ("The deal leaves Astana with real leverage over Bishkek, officials said.", "partner_hierarchy",
     [{"senior": "Kazakhstan", "junior": "Kyrgyzstan"}], "'leaves X with leverage over Y'"),
    ("Beijing's share of the country's debt gives it leverage over Vientiane.", "partner_hierarchy",
     [{"senior": "China", "junior": "Laos"}], "an object 'it' may be the subject's possessor"),
    ("The militia, whom Western officials regard as a client of Tehran, denied the report.", "partner_hierarchy",
     [{"senior": "Iran", "junior": "the militia"}], "a relative pronoun stands for its antecedent"),
    ("For Minsk, Beijing has become a new patron.", "partner_hierarchy",
     [{"senior": "China", "junior": "Belarus"}], "a fronted 'for X' names the client of a patron"),
    ("Nepal's foreign ministry declined to assign blame for the landslide deaths, citing an inquiry.",
     "blame_attribution", [{"blamer": "Nepal", "blamed": None, "polarity": "withheld"}],
     "'declined to assign blame' with nobody named"),
    ("Oman says it is neutral, yet European Union monitors have accused it of smuggling fuel.",
     "blame_attribution", [{"blamer": "European Union", "blamed": "Oman"}],
     "an object 'it' continues an earlier clause's subject; a multi-word name as compound"),
    ("Sudanese paramilitary leaders accused Cairo of arming the army.", "blame_attribution",
     [{"blamer": "leaders", "blamed": "Egypt"}], "paramilitary leaders are not the state of their demonym"),
    ("Once Beijing's junior partner in mining, Mongolia now sells its coal elsewhere.", "partner_hierarchy",
     [{"senior": "China", "junior": "Mongolia"}], "a fronted 'X's junior partner' describes the main subject"),
    ("Junior partner or not, Lisbon insists the treaty is one of equals.", "partner_hierarchy", [],
     "'... or not' casts no one"),
    ("Critics see Armenia as little more than a Russian satellite.", "partner_hierarchy",
     [{"senior": "Russia", "junior": "Armenia"}], "'see X as little more than a satellite'"),
    ("Economists warn that Laos has slipped into the role of junior partner in a lopsided relationship with "
     "China.", "partner_hierarchy", [{"senior": "China", "junior": "Laos"}],
     "'in a relationship with X' hung on the verb above the rank noun"),
    ("HANOI — Hanoi's foreign ministry said the country would keep its status of neutrality.", "neutrality_claim",
     [{"claimant": "Vietnam", "voice": "self"}], "a dateline the parser made the subject, the real one its appos"),
    ("RIGA — The separatists have been blamed by monitors for the shelling.", "blame_attribution",
     [{"blamer": "monitors", "blamed": "the separatists"}], "a dateline is no passive subject"),
    ("NATO — the alliance — blamed Moscow for the strike.", "blame_attribution",
     [{"blamer": "NATO", "blamed": "Russia"}], "an acronym subject with a dash aside is no dateline"),
    ("Turkey's envoy told the council the draft was unbalanced and accused Western states of stoking the war.",
     "blame_attribution", [{"blamer": "Turkey", "blamed": "states"}],
     "a second verb hung on the reported clause: the speaker accuses, not the draft"),
    ("Foreign Office sources accused Tehran of piracy.", "blame_attribution",
     [{"blamer": "United Kingdom", "blamed": "Iran"}], "a multi-word alias before an institution noun"),
    ("The sanctions are to blame, said Zhao Minghui, an economist in Shanghai. The United States bears "
     "responsibility for the slump, Zhao said.", "blame_attribution",
     [{"blamer": "Zhao Minghui", "blamed": "United States"}],
     "a surname after the first mention takes the full name (the first sentence blames no party)"),
    ("Kenya is an impartial party to the Sudan conflict.", "neutrality_claim",
     [{"claimant": "Kenya", "issue": "the Sudan conflict"}], "'party to the conflict' names the issue"),
    ("Namibia calls itself non-aligned, though its navy drilled with Russian ships.", "neutrality_claim",
     [{"claimant": "Namibia", "voice": "self", "qualified": True}],
     "a hyphen-split cue whose first part carries the clause role"),
    ("Beijing declined to criticise Moscow, which sits uneasily with its self-description as an even-handed "
     "mediator.", "neutrality_claim", [{"claimant": "China", "voice": "self"}],
     "'its self-description as X': the owner, in its own voice"),
    ("Rabat would not condemn the seizure of the port, saying only that talks must resume.", "blame_attribution",
     [{"blamer": "Morocco", "polarity": "withheld"}], "'would not condemn' is a refusal"),
    ("The Arab League steered clear of criticising Damascus over the shelling.", "blame_attribution",
     [{"blamer": "Arab League", "blamed": "Syria", "polarity": "withheld"}], "'steered clear of criticising'"),
    ("Accra said the rebels bore responsibility for the raid.", "blame_attribution",
     [{"blamer": "Ghana", "blamed": "the rebels", "reason": "the raid"}],
     "'bore' (sometimes lemmatised 'bore') as the verb of responsibility"),
    ("Accra said the rebels were to blame, saying they had planned the raid.", "blame_attribution",
     [{"blamer": "Ghana", "blamed": "the rebels"}],
     "a comma-set participle belongs to the main clause; 'they' is the rebels, not the state"),
    ("Poland, Latvia and Lithuania said Minsk bore full responsibility for the border crisis.", "blame_attribution",
     [{"blamer": "Latvia"}, {"blamer": "Lithuania"}, {"blamer": "Poland"}],
     "coordinated speakers of a reported blame: one row each"),
    ("Estonia and Latvia both pointed the finger at Moscow over the jamming.", "blame_attribution",
     [{"blamer": "Estonia", "blamed": "Russia"}, {"blamer": "Latvia", "blamed": "Russia"}],
     "coordinated subjects of 'pointed the finger'"),
    ("Seoul was criticised by Beijing and by the opposition in Tokyo for the drills.", "blame_attribution",
     [{"blamer": "China", "reason": "the drills"}, {"blamer": "the opposition", "reason": "the drills"}],
     "passive with two 'by' agents; the reason hung on the second"),
    ("Bamako pinned the ambush that killed ten soldiers on Algiers.", "blame_attribution",
     [{"blamer": "Mali", "blamed": "Algeria", "reason": "the ambush that killed ten soldiers"}],
     "'pinned X on Y', the on-phrase hung inside the object"),
    ("The firm pinned its hopes on a new model.", "blame_attribution", [], "'pinned its hopes on' is no blame"),
    ("Ottawa charged that New Delhi had ordered the killing.", "blame_attribution",
     [{"blamer": "Canada", "blamed": "India", "reason": "ordered the killing"}], "'charged that X did Y'"),
    ("Baku alleged that Yerevan had shelled its positions.", "blame_attribution",
     [{"blamer": "Azerbaijan", "blamed": "Armenia"}], "'alleged that X did Y'"),
    ("Critics say the country is now hostage to Beijing.", "partner_hierarchy",
     [{"senior": "China"}], "'hostage to X'"),
    ("The treaty would leave Tuvalu at Canberra's beck and call.", "partner_hierarchy",
     [{"senior": "Australia", "junior": "Tuvalu"}], "'at X's beck and call'"),
    ("Asked whether Minsk was Moscow's vassal, the minister said the two were equals.", "partner_hierarchy", [],
     "a question raises the hierarchy, it does not assert it"),
    ("Egypt relies on the Nile for most of its water.", "partner_hierarchy", [], "a river is no party"),
    ("Analysts say Tehran calls the shots in the Iraqi government.", "partner_hierarchy",
     [{"senior": "Iran", "junior": "Iraq"}], "'calls the shots in <a state's body>'"),
    ("BEIRUT - The IAEA's director general stopped short of blaming Kyiv for the strike.", "blame_attribution",
     [{"blamer": "International Atomic Energy Agency", "blamed": "Ukraine", "polarity": "withheld"}],
     "a hyphen dateline; a body's director general speaks for it"),
    ("ASEAN leaders steered clear of criticising Naypyitaw by name.", "blame_attribution",
     [{"blamer": "ASEAN"}], "an acronym body before an office noun"),
    ("The brine is treated until it is chemically neutral.", "neutrality_claim", [], "chemistry, not a party"),
    ("The strike on the depot was blamed on Kyiv by Russian officials; Ukrainian officials denied any role.",
     "blame_attribution", [{"blamer": "Russia", "blamed": "Ukraine"}],
     "a denial with its own object does not negate the clause hung on it"),
    ("The UN human rights office held Russian forces responsible for the deaths.", "blame_attribution",
     [{"blamer": "United Nations", "blamed": "Russia"}], "a body's office speaks for it"),
    ("The bombing was blamed on Lashkar-e-Taiba by Indian investigators.", "blame_attribution",
     [{"blamer": "India", "blamed": "Lashkar-e-Taiba"}], "a hyphen-joined name; a demonym's investigators"),
    ("Havana laid the blame for the blackout on the opposition and its allies in Washington.", "blame_attribution",
     [{"blamed": "the opposition", "reason": "the blackout"}, {"blamed": "United States", "reason": "the blackout"}],
     "'laid the blame for X on Y' with the on-phrase hung on X; 'its allies in Washington'"),
    ("Officials in Manila blamed Typhoon Doksuri for the floods.", "blame_attribution", [],
     "a named storm is no party"),
    ("Hungary's central bank said it would keep a neutral policy stance.", "neutrality_claim", [],
     "monetary policy, not neutrality"),
    ("Analysts say Kyiv needs the International Monetary Fund more than the Fund needs Kyiv.", "partner_hierarchy",
     [{"senior": "International Monetary Fund", "junior": "Ukraine"}], "'needs X more than X needs Y' with a long name"),
    ("Oman, which prides itself on its neutrality, declined to comment.", "neutrality_claim",
     [{"claimant": "Oman", "voice": "self"}], "'prides itself on its neutrality'"),
    ("Brasilia, which calls its stance neutral, abstained again.", "neutrality_claim",
     [{"claimant": "Brazil", "voice": "self"}], "'calls its stance neutral' is its own description"),
    ("Chinese officials said it would hold Washington responsible for the crash.", "blame_attribution",
     [{"blamer": "China", "blamed": "United States"}], "'officials said it ...': it is the state they speak for"),
    ("Georgia insists it is neutral. Critics in Brussels, however, say it has become a Russian client.",
     "partner_hierarchy", [{"senior": "Russia", "junior": "Georgia"}],
     "'Critics in Brussels say it ...': it is not the critics' place"),
    ("The loan will lock Belgrade into dependence on Moscow for fuel.", "partner_hierarchy",
     [{"senior": "Russia", "junior": "Serbia"}], "'lock X into dependence on Y'"),
    ("Niger's ruling council met Russian envoys in Niamey. It remains beholden to Moscow.", "partner_hierarchy",
     [{"senior": "Russia", "junior": "Niger"}], "'It' takes the possessor of the previous subject"),
    ("Austria, neutral since 1955, has offered to host the talks, the ministry in Vienna said.", "neutrality_claim",
     [{"claimant": "Austria", "voice": "narrator"}], "an epithet between commas is the narrator's"),
    ("Kyiv dismisses Beijing's self-described balanced position on the war.", "neutrality_claim",
     [{"claimant": "China", "voice": "self"}], "'self-described' split by the tokenizer is still a self marker"),
    ("Ankara says it is not taking sides in the dispute. Greek officials, however, say it has armed one side.",
     "neutrality_claim", [{"claimant": "Turkey", "qualified": True}], "', however,' after the next subject"),
    ("The tabloid nonetheless calls itself politically neutral.", "neutrality_claim",
     [{"claimant": "the tabloid", "voice": "self"}], "a reflexive whose subject is an unnamed party"),
    ("Laos has long maintained a studied neutrality among its neighbours.", "neutrality_claim",
     [{"claimant": "Laos", "voice": "narrator"}], "'maintained neutrality' keeps a status: narrator"),
    ("The OSCE insists its monitors in Georgia are impartial.", "neutrality_claim",
     [{"claimant": "OSCE", "voice": "self"}], "'its monitors in X': the owner, not the host state"),
    ("Oman, which hosts the offices of Hamas and a US base, describes itself as an impartial host.",
     "neutrality_claim", [{"claimant": "Oman", "voice": "self"}], "a reflexive's subject without its relative clause"),
    ("Ostensibly neutral, the Turkish peacekeepers in the zone are seen by many as partisan.", "neutrality_claim",
     [{"claimant": "Turkey", "voice": "narrator", "qualified": True}],
     "a fronted adjective the parser made the root"),
    ("Serbia's claim to be a neutral broker carries little weight in Pristina.", "neutrality_claim",
     [{"claimant": "Serbia", "voice": "self", "qualified": True}],
     "the owner of a 'claim to be' is the claimant, in its own voice"),
    ("Kazakhstan has declined to condemn Russia's annexation of Crimea.", "blame_attribution",
     [{"blamer": "Kazakhstan", "blamed": "Russia", "reason": "annexation of Crimea", "polarity": "withheld"}],
     "withheld criticism of a party's act: the party is blamed, the act is the reason (session 8)"),
    ("Tunisia declined to condemn the Libyan strikes on the border post.", "blame_attribution",
     [{"blamer": "Tunisia", "blamed": "Libya", "reason": "the Libyan strikes on the border post",
       "polarity": "withheld"}], "an act named by its state's adjective is the reason, the state the blamed"),
    ("Quito condemned the Peruvian naval raids last week.", "blame_attribution",
     [{"blamer": "Ecuador", "blamed": "Peru", "reason": "the Peruvian naval raids",
       "polarity": "asserted"}], "asserted criticism of a state's act named by its adjective"),
    ("Malta and Austria, both constitutionally neutral, sent observers to the vote, officials said.",
     "neutrality_claim", [{"claimant": "Austria", "voice": "narrator"}, {"claimant": "Malta", "voice": "narrator"}],
     "an epithet with its own modifiers between commas is the narrator's"),
    ("Budapest's 'strategic neutrality' has not stopped it from buying Russian gas.", "neutrality_claim",
     [{"claimant": "Hungary", "qualified": True}], "a quoted two-word label is a scare quote"),
    ('Officials said Ireland was "strictly neutral and would stay so".', "neutrality_claim",
     [{"claimant": "Ireland", "qualified": False}], "a quotation with a verb is speech, not a scare quote"),
    ("Despite its declared neutrality, Laos has let foreign troops train on its soil.", "neutrality_claim",
     [{"claimant": "Laos", "qualified": True}], "a possessive fronted before its clause's subject refers forward"),
    ("For all its neutrality, Oman shipped fuel to both sides, according to port records.", "neutrality_claim",
     [{"claimant": "Oman", "voice": "narrator"}], "'according to records' is evidence, not a third party's voice"),
    ("The Arab League's secretary-general called the bloc an impartial mediator.", "neutrality_claim",
     [{"claimant": "Arab League"}], "'the bloc' takes the organisation that owns the subject"),
    ("Mali left the Economic Community of West African States, accusing the French-backed bloc of strangling "
     "its economy.", "blame_attribution",
     [{"blamer": "Mali", "blamed": "ECOWAS"}],
     "'the French-backed bloc' is a description of the organisation named before"),
    ("Niger left the alliance, accusing Paris of meddling in its affairs.", "blame_attribution",
     [{"blamer": "Niger", "blamed": "France"}], "a participle after a comma takes the main subject, not the object"),
    ("Bhutan has accepted a junior role in its hydropower pact with New Delhi.", "partner_hierarchy",
     [{"senior": "India", "junior": "Bhutan"}], "'a junior role in its pact with X': the other party of the pact"),
    ("Canberra took a junior role alongside Washington in the patrols.", "partner_hierarchy",
     [{"senior": "United States", "junior": "Australia"}], "'a junior role alongside X'"),
    ("Armenia is the junior partner in its rail corridor with Georgia and Iran.", "partner_hierarchy",
     [{"senior": "Georgia", "junior": "Armenia"}, {"senior": "Iran", "junior": "Armenia"}],
     "each coordinated party on the other side of the relationship"),
    ("Laos now takes its cues from Beijing on the Mekong dams, diplomats say.", "partner_hierarchy",
     [{"senior": "China", "junior": "Laos"}], "'takes its cues from X'"),
    ("Kuwait followed Riyadh's lead and recalled its ambassador.", "partner_hierarchy",
     [{"senior": "Saudi Arabia", "junior": "Kuwait"}], "'followed X's lead'"),
    ("The separatist leadership in Tskhinvali answers directly to Moscow, Georgian officials say.", "partner_hierarchy",
     [{"senior": "Russia"}], "'answers to X' (a party)"),
    ("The minister answered to questions from reporters.", "partner_hierarchy", [],
     "'answered to questions' ranks no party"),
    ("Cuba's economy, kept afloat by Caracas for years, is shrinking.", "partner_hierarchy",
     [{"senior": "Venezuela", "junior": "Cuba"}], "passive 'kept afloat by X', the owner of the economy junior"),
    ("Hungarian officials mocked Austria's claim to be impartial in the dispute.", "neutrality_claim",
     [{"claimant": "Austria", "voice": "self"}], "'X's claim to be impartial' with an adjective"),
    ("Swiss neutrality is under strain, a Ukrainian diplomat said.", "neutrality_claim",
     [{"claimant": "Switzerland", "voice": "other"}], "a demonym before 'neutrality' names the state"),
    ("Hanoi's envoy, describing Vietnam's position as objective and fair, urged restraint.", "neutrality_claim",
     [{"claimant": "Vietnam"}], "'describing X's position as objective and fair'"),
    ("Norway presents itself as an honest broker in the talks.", "neutrality_claim",
     [{"claimant": "Norway", "voice": "self", "qualified": False}], "'honest broker' is an impartial go-between"),
    ("The auditor was praised as an honest official.", "neutrality_claim", [], "'honest' alone is no neutrality"),
    ("Indonesia says it does not favour either Washington or Beijing in their rivalry.", "neutrality_claim",
     [{"claimant": "Indonesia", "voice": "self", "issue": "their rivalry"}], "'does not favour either X or Y'"),
    ("Greek officials called Malta an honest and neutral host for the talks.", "neutrality_claim",
     [{"claimant": "Malta", "voice": "other"}], "'called X a neutral host': the object, not the caller"),
    ("Ankara laid the blame for the border clash at the door of the Kurdish militia.", "blame_attribution",
     [{"blamer": "Turkey", "blamed": "the militia", "reason": "the border clash"}], "'laid the blame at the door of X'"),
    ("Seoul lays the blame at Pyongyang's door.", "blame_attribution",
     [{"blamer": "South Korea", "blamed": "North Korea"}], "'lays the blame at X's door' (lemmatised as 'lie')"),
    ("Vilnius lashed out at Minsk for pushing migrants across the border.", "blame_attribution",
     [{"blamer": "Lithuania", "blamed": "Belarus", "reason": "pushing migrants across the border"}],
     "'lashed out at X for Y' is criticism"),
    ("Minsk said it bore no responsibility for the crisis on the border.", "blame_attribution", [],
     "'bore no responsibility' is a denial"),
    ("Berlin accused Russian state-backed hackers of breaching the parliament's network.", "blame_attribution",
     [{"blamer": "Germany", "blamed": "Russia"}], "state-backed hackers stand for their state"),
    ("Manila attributed the hack to Chinese military hackers.", "blame_attribution",
     [{"blamer": "Philippines", "blamed": "China", "reason": "the hack"}], "'attributed the hack to X'"),
    ("Oslo would not attribute the sabotage of the cable to any country.", "blame_attribution",
     [{"blamer": "Norway", "blamed": None, "polarity": "withheld"}], "'would not attribute X to any country'"),
    ("Archivists traced the letter to a Lisbon printer.", "blame_attribution", [],
     "tracing a harmless thing is no blame"),
    ("Budapest, the last capital to back the plan, declined to criticise Moscow.", "blame_attribution",
     [{"blamer": "Hungary", "blamed": "Russia", "polarity": "withheld"}],
     "a description in apposition to a name ('Budapest, the last capital ...') is that name"),
    ("Armenian Prime Minister Nikol Pashinyan met envoys after Azerbaijan's offensive, and he accused the CSTO of "
     "abandoning Yerevan.", "blame_attribution", [{"blamer": "Armenia", "blamed": "CSTO"}],
     "'he' is the person named before, not a state the model tagged as a person"),
    ("Critics argue that Serbia risks playing second fiddle to Moscow.", "partner_hierarchy",
     [{"senior": "Russia", "junior": "Serbia"}], "'risks playing' with 'risks' taken for a noun"),
    ("Analysts question whether Qatar can mediate after Doha said Israel bore responsibility for the strike.",
     "blame_attribution", [{"blamer": "Qatar", "blamed": "Israel"}],
     "a clause of its own inside a question is asserted"),
    ("Some in Tokyo resent what they see as a junior role for Japan in its alliance with Washington.",
     "partner_hierarchy", [{"senior": "United States", "junior": "Japan"}], "'a junior role for X'"),
    ("Kyiv has questioned whether Ankara can be an impartial host.", "neutrality_claim",
     [{"claimant": "Turkey", "voice": "other", "qualified": True}], "a neutrality questioned by a third party"),
    ("Bishkek buys its fuel from Russia, leaving the landlocked country dependent on Moscow's goodwill.",
     "partner_hierarchy", [{"senior": "Russia", "junior": "Kyrgyzstan"}], "'the landlocked country' is an anaphor"),
    ("The country remains reliant on Beijing for loans, Laos's finance ministry conceded in a report.",
     "partner_hierarchy", [{"senior": "China", "junior": "Laos"}],
     "'the country' in a state's own reported words, credited after the clause"),
    ("The country is dependent on Moscow, Western officials said.", "partner_hierarchy",
     [{"senior": "Russia", "junior": "the country"}], "third parties' 'the country' stays unresolved"),
    ("Caracas has drifted towards Tehran, and an exiled opposition leader described the country as an Iranian "
     "client.", "partner_hierarchy", [{"senior": "Iran", "junior": "Venezuela"}],
     "an object 'the country' continues the earlier subject"),
    ("Egypt plays a junior role in its currency swap with Beijing.", "partner_hierarchy",
     [{"senior": "China", "junior": "Egypt"}], "'a currency swap with X'"),
    ("Moscow accuses the so-called neutral Irish government of siding with Kyiv.", "neutrality_claim",
     [{"claimant": "Ireland", "voice": "other", "qualified": True}], "'so-called' in a third party's judgement"),
    ("Budapest's so-called neutral stance has not stopped it from buying Russian gas.", "neutrality_claim",
     [{"claimant": "Hungary", "voice": "narrator", "qualified": True}], "'so-called' with no other source"),
    ("The Arab League does not favour either side in Libya's conflict, its secretary-general told reporters.",
     "neutrality_claim", [{"claimant": "Arab League", "voice": "self"}], "the body's own chief speaks for it"),
    ("State broadcaster TRT said Turkey would not take sides in the dispute.", "neutrality_claim",
     [{"claimant": "Turkey", "voice": "self"}], "state media voice the state"),
    ("UNMISS, the UN mission in South Sudan, says it is impartial.", "neutrality_claim",
     [{"claimant": "UNMISS", "voice": "self"}], "a named body that says 'it is impartial' claims it itself"),
    ("Singapore's foreign minister said the city-state would not take sides in the dispute.", "neutrality_claim",
     [{"claimant": "Singapore", "voice": "self"}], "'the city-state' is an anaphor"),
    ("Observers describe Eritrea as increasingly tethered to Cairo.", "partner_hierarchy",
     [{"senior": "Egypt", "junior": "Eritrea"}], "'describe X as tethered to Y': the object of 'describe'"),
    ("The junta, propped up by Russian air power and Turkish drones, held the capital.", "partner_hierarchy",
     [{"senior": "Russia", "junior": "the junta"}, {"senior": "Turkey", "junior": "the junta"}],
     "each owner of coordinated support is a senior ('air power' is a thing, not a power)"),
    ("Analysts say Republika Srpska has become a client of Belgrade.", "partner_hierarchy",
     [{"senior": "Serbia", "junior": "Republika Srpska"}], "an entity the model tags as a person is in the gazetteer"),
    ("The militias bankrolled by Tehran control the border crossing.", "partner_hierarchy",
     [{"senior": "Iran", "junior": "the militias"}], "a participle 'bankrolled by X' on its noun"),
    ("President Claudia Sheinbaum declined to fault Washington for the tariffs.", "blame_attribution",
     [{"blamer": "Mexico", "blamed": "United States", "polarity": "withheld"}],
     "a sitting head of state in the gazetteer acts for the state"),
    ("Greek officials said Turkish jets had violated the airspace first, accusing Ankara of provocation.",
     "blame_attribution", [{"blamer": "Greece", "blamed": "Turkey"}],
     "a participle after a reported clause belongs to the reporting clause"),
    ("Opposition deputies in Belgrade blamed the government for the crisis, but they declined to criticise Moscow.",
     "blame_attribution", [{"blamer": "deputies", "blamed": "the government"},
                           {"blamer": "deputies", "blamed": "Russia", "polarity": "withheld"}],
     "'they' after a plural group subject is that group"),
    ("Austria, whose constitution enshrines permanent neutrality, has joined the air-defence scheme.",
     "neutrality_claim", [{"claimant": "Austria"}], "a charter's owner ('whose constitution enshrines neutrality')"),
    ("Costa Rica's constitution enshrines permanent neutrality.", "neutrality_claim",
     [{"claimant": "Costa Rica"}], "'X's constitution enshrines neutrality'"),
    ("Liechtenstein, whose neutrality is rarely tested, hosted the talks.", "neutrality_claim",
     [{"claimant": "Liechtenstein"}], "'whose neutrality': the noun the relative clause hangs on"),
    ("The ICRC, which says it must stay neutral to reach detainees, declined to comment.", "neutrality_claim",
     [{"claimant": "Red Cross", "voice": "self"}], "'which says it must stay neutral' is the body's own principle"),
    ("Kyiv should stay neutral, a Chinese envoy said.", "neutrality_claim", [], "a demand on another party"),
    ("The Arctic Council describes itself as a neutral technical body.", "neutrality_claim",
     [{"claimant": "Arctic Council", "voice": "self"}], "'a neutral technical body'"),
    ("Diplomats praise Qatar's impartial mediation in the hostage talks.", "neutrality_claim",
     [{"claimant": "Qatar"}], "'impartial mediation'"),
    ("Tbilisi long dismissed Moscow's claims to be an impartial peacekeeper in Abkhazia.", "neutrality_claim",
     [{"claimant": "Russia", "voice": "self", "qualified": True}], "'X's claims to be impartial' parsed on the verb"),
    ("Armenian officials said the shortages were the direct result of Baku's blockade.", "blame_attribution",
     [{"blamer": "Armenia", "blamed": "Azerbaijan", "reason": "the shortages"}],
     "'Y was the result of X's act' in a source's words"),
    ("Iran's envoy said the unrest was the result of American meddling.", "blame_attribution",
     [{"blamer": "Iran", "blamed": "United States"}], "a demonym owns the act ('American meddling')"),
    ("Kyiv says Russia's blockade is the cause of the food crisis.", "blame_attribution",
     [{"blamer": "Ukraine", "blamed": "Russia", "reason": "the food crisis"}], "'X's act is the cause of Y'"),
    ("Serbian officials say NATO's bombing provoked the crisis.", "blame_attribution",
     [{"blamer": "Serbia", "blamed": "NATO"}], "'X's act provoked Y' in a source's words"),
    ("The crisis was the result of NATO's expansion.", "blame_attribution", [],
     "a causal claim without a source is not coded (as 'caused by')"),
    ("Officials said Kenya's reforms sparked growth.", "blame_attribution", [], "a good effect is no blame"),
    ("Vilnius said the arson was the work of Russian intelligence.", "blame_attribution",
     [{"blamer": "Lithuania", "blamed": "Russia"}], "'the work of X'"),
    ("Brasilia described its approach to the Venezuelan crisis as neutral.", "neutrality_claim",
     [{"claimant": "Brazil", "issue": "the Venezuelan crisis"}], "the issue of 'its approach to X'"),
    ("Hanoi has kept its distance from both Washington and Beijing in the chip dispute.", "neutrality_claim",
     [{"claimant": "Vietnam", "issue": "the chip dispute"}], "distance from the parties: the issue is elsewhere"),
    ("Seoul has kept its distance from both Washington and Tokyo.", "neutrality_claim",
     [{"claimant": "South Korea", "issue": None}], "distance from parties only: no issue"),
    ("Analysts raised questions about the tribunal's impartiality.", "neutrality_claim",
     [{"qualified": False}], "a noun 'questions' does not qualify"),
    ("TASHKENT - Uzbekistan describes its position on the dispute as strictly even-handed.", "neutrality_claim",
     [{"claimant": "Uzbekistan", "voice": "self"}], "a dateline with a hyphen is not part of the name"),
    ("Kazakhstan has declared itself neutral on the war.", "neutrality_claim",
     [{"claimant": "Kazakhstan", "voice": "self"}], "'declared itself neutral' parsed as a small clause"),
    ("Trinidad and Tobago insists it takes no side in the border row.", "neutrality_claim",
     [{"claimant": "Trinidad and Tobago", "voice": "self"}], "a coordinated state name is one speaker"),
    ("The two ministers said their countries were equals, with neither acting as senior partner.",
     "partner_hierarchy", [], "'with neither acting as senior partner' is a denial"),
    ("Whether the arms deal goes ahead depends on Ankara's budget review, officials said.", "partner_hierarchy",
     [], "a clause depending on a party's decision ranks no party"),
    ("Belgrade has become a client of both Moscow and Beijing, diplomats say.", "partner_hierarchy",
     [{"senior": "China", "junior": "Serbia"}, {"senior": "Russia", "junior": "Serbia"}],
     "'a client of both X and Y': one row per patron"),
    ("Astana has avoided becoming a satellite of either Moscow or Beijing.", "partner_hierarchy", [],
     "'either X or Y' names no particular patron"),
    ("Rights groups say Hanoi treats Vientiane as a junior ally in every regional forum.", "partner_hierarchy",
     [{"senior": "Vietnam", "junior": "Laos"}], "'treats X as a junior ally': the one who treats is senior"),
    ("Georgian officials charged Moscow with running Abkhazia as a protectorate.", "partner_hierarchy",
     [{"senior": "Russia", "junior": "Abkhazia"}], "'charged X with running Y as a protectorate': X runs it"),
    ("Officials regard Armenia as a Russian satellite.", "partner_hierarchy",
     [{"senior": "Russia", "junior": "Armenia"}], "'regard X as a satellite': the regarder ranks no one"),
    ("Laos, which some diplomats call a Chinese client state, signed the rail deal.", "partner_hierarchy",
     [{"senior": "China", "junior": "Laos"}], "'which they call a client state': the relative's antecedent"),
    ("Critics said Canberra had taken the role of a junior partner to Washington in the pact.",
     "partner_hierarchy", [{"senior": "United States", "junior": "Australia"}],
     "'the role of a junior partner to X' with 'to X' hung on the verb"),
    ("Oslo, not Stockholm, calls the shots in the fisheries pact, officials admit.", "partner_hierarchy",
     [{"senior": "Norway", "junior": "Sweden"}], "'X, not Y, calls the shots': Y is the junior side"),
    ("Paris, not Berlin, was the senior partner in those years, historians say.", "partner_hierarchy",
     [{"senior": "France", "junior": "Germany"}], "'X, not Y, was the senior partner'"),
    ("Riyadh, not Moscow, is the senior partner.", "partner_hierarchy",
     [{"senior": "Saudi Arabia", "junior": "Russia"}], "a contrasted appositive is not a second holder"),
    ("In its long talks with Canberra, it is Jakarta that calls the shots, one diplomat said.", "partner_hierarchy",
     [{"senior": "Indonesia", "junior": "Australia"}], "cleft 'it is X that calls the shots' in talks with Y"),
    ("Beijing calls the shots in the alliance, an analyst said.", "partner_hierarchy",
     [{"senior": "China", "junior": None}], "the relationship itself is not the junior party"),
    ("Officials said on Tuesday that the M23 could not last a month without Kigali, which they said props it up.",
     "partner_hierarchy", [{"senior": "Rwanda", "junior": "M23"}], "'X, which they say props ...': the relative's antecedent"),
    ("Kampala, tired of being at Beijing's mercy over loan terms, hired a Turkish builder.", "partner_hierarchy",
     [{"senior": "China", "junior": "Uganda"}], "'X, tired of being at Y's mercy': the noun the adjective describes"),
    ("Cuba, one Spanish diplomat said, has become a client state of Moscow.", "partner_hierarchy",
     [{"senior": "Russia", "junior": "Cuba"}], "'X, one diplomat said, has become': the inserted clause's subject"),
    ("Armenia, a senior official said, is no longer a Russian satellite.", "partner_hierarchy", [],
     "inserted attribution parsed as apposition: the main clause keeps its subject (negated)"),
    ("For Malawi, loans from Beijing have become a lifeline, lawmakers said.", "partner_hierarchy",
     [{"senior": "China", "junior": "Malawi"}], "'For X, loans from Y have become a lifeline'"),
    ("Moscow has given Minsk diplomatic cover for more than a decade.", "partner_hierarchy",
     [{"senior": "Russia", "junior": "Belarus"}], "the receiver before a 'for' of time"),
    ("Analysts say Ankara calls the shots on Baku's gas exports.", "partner_hierarchy",
     [{"senior": "Turkey", "junior": "Azerbaijan"}], "'calls the shots on X's policy': X is the junior"),
    ("For years Seoul was content to let Washington call the shots.", "partner_hierarchy",
     [{"senior": "United States", "junior": "South Korea"}], "'X let Y call the shots': X is the junior"),
    ("Critics say the bloc's charter lets Pretoria call the shots.", "partner_hierarchy",
     [{"senior": "South Africa", "junior": None}], "a thing that lets a party lead is no party"),
    ("Khartoum condemned the group, which its envoy called a Chadian proxy militia.", "partner_hierarchy",
     [{"senior": "Chad", "junior": "the group"}], "'a proxy militia' with a demonym: the status noun's head"),
    ("Georgian officials accused Moscow of arming the separatists, scoffing at Russia's supposed neutrality.",
     "neutrality_claim", [{"claimant": "Russia", "voice": "other", "qualified": True}],
     "'supposed neutrality' qualifies; a comma participle after 'accused X of Ving' is the accusers' act"),
    ("Opposition leaders sneered at Vienna's neutrality.", "neutrality_claim",
     [{"claimant": "Austria", "voice": "other", "qualified": True}], "sneering at a party's neutrality contests it"),
    ("The Kremlin dismissed Finland's neutrality as a relic.", "neutrality_claim",
     [{"claimant": "Finland", "voice": "other", "qualified": False}], "dismissing as a relic does not contest it"),
    ("Ankara calls Baku an impartial host for the talks, a description that Yerevan rejects.", "neutrality_claim",
     [{"claimant": "Azerbaijan", "voice": "other", "qualified": True}],
     "an appositive 'a description that X rejects' contests the label"),
    ("Oman's insistence that it favours neither side is well known in the region.",
     "neutrality_claim", [{"claimant": "Oman", "voice": "self", "qualified": False}],
     "'X's insistence that it favours neither side': the claim's owner; insisting alone does not qualify"),
    ("Peru insists it is neutral in the dispute.", "neutrality_claim",
     [{"claimant": "Peru", "voice": "self", "qualified": False}],
     "'insists' without a contrast: a plain self claim, as the codebook lists it (session 7)"),
    ("Ghana has proclaimed its neutrality since independence.", "neutrality_claim",
     [{"claimant": "Ghana", "voice": "self", "qualified": False}], "'proclaimed' alone does not qualify"),
    ("Ghana insists it is neutral. Sceptics in Lagos point to its new arms deal with Moscow.", "neutrality_claim",
     [{"claimant": "Ghana", "voice": "self", "qualified": True}], "the claim's sceptics answer it in the next sentence"),
    ("Peru insists it is impartial. Its neighbours accuse it of sheltering the rebels.", "neutrality_claim",
     [{"claimant": "Peru", "voice": "self", "qualified": True}], "a next-sentence accusation of 'it' contests the claim"),
    ("Peru insists it is impartial. Its neighbours accuse Chile of sheltering the rebels.", "neutrality_claim",
     [{"claimant": "Peru", "voice": "self", "qualified": False}],
     "a named third party accused in the next sentence does not contest the claim"),
    ("Ghana says it keeps out of the feud. Its vote at the regional summit last month, however, favoured Togo.",
     "neutrality_claim", [{"claimant": "Ghana", "voice": "self", "qualified": True}],
     "a long subject then ', however,' in the next sentence"),
    ("Ghana calls itself impartial in the feud. The port deal it signed with Lome, yet another sign of drift, "
     "was sealed last week.", "neutrality_claim", [{"claimant": "Ghana", "voice": "self", "qualified": False}],
     "'yet another' is not a contrast"),
    ("Mongolia says it is neutral. Its herders, the minister added, sell most of their wool to China, yet the "
     "deals are private.", "neutrality_claim", [{"claimant": "Mongolia", "voice": "self", "qualified": True}],
     "', yet' in the next sentence is a contrast"),
    ("Peru insists it stays out of the war despite reports that its ports refuel Russian ships.", "neutrality_claim",
     [{"claimant": "Peru", "voice": "self", "qualified": True}], "'despite reports that ...' undercuts the claim"),
    ("Peru insists it stays out of the war despite pressure from Washington.", "neutrality_claim",
     [{"claimant": "Peru", "voice": "self", "qualified": False}], "'despite pressure' is conceded: the claim stands"),
    ("Chad says it is not a party to the war, a stance its critics call naive.", "neutrality_claim",
     [{"claimant": "Chad", "voice": "self", "qualified": True}], "an appositive stance that the critics dispute"),
    ("Kenyan truckers say the government is to blame for the lost jobs.", "blame_attribution",
     [{"blamer": "truckers", "polarity": "asserted"}], "a non-state source keeps its head noun"),
    ("Seoul lodged a protest with Pyongyang, blaming it for a missile launch.", "blame_attribution",
     [{"blamer": "South Korea", "blamed": "North Korea"}],
     "an object pronoun of a participle is not the main clause's subject"),
    ("The EU has held back from criticising Budapest over the media law.", "blame_attribution",
     [{"blamer": "European Union", "blamed": "Hungary", "polarity": "withheld"}], "'held back from criticising'"),
    ("The president laid the massacres at the door of foreign-backed militias.", "blame_attribution",
     [{"blamed": "militias", "reason": "the massacres", "polarity": "asserted"}],
     "'laid the act at the door of X'"),
    ("She laid the groundwork at the door of the palace.", "blame_attribution", [],
     "'laid ... at the door' of a place is no blame"),
    ("Israel said Lebanon's government was also culpable for letting the group operate.", "blame_attribution",
     [{"blamer": "Israel", "blamed": "Lebanon", "reason": "letting the group operate"}],
     "'culpable for' needs no harmful reason"),
    ("The Saudi statement avoided any criticism of Damascus for the war.", "blame_attribution",
     [{"blamer": "Saudi Arabia", "blamed": "Syria", "polarity": "withheld"}],
     "'avoided any criticism of X': withheld; a state's statement speaks for it"),
    ("A spokeswoman for the Kremlin blamed Kyiv for the attack.", "blame_attribution",
     [{"blamer": "Russia", "blamed": "Ukraine"}], "a spokeswoman for X speaks for X"),
    ("Berlin stopped short of naming Minsk and spoke only of hybrid threats.", "blame_attribution",
     [{"blamer": "Germany", "blamed": "Belarus", "polarity": "withheld"}], "'stopped short of naming X' in a harm story"),
    ("Estonia, hit by a similar cyberattack, declined to name any state.", "blame_attribution",
     [{"blamer": "Estonia", "blamed": None, "polarity": "withheld"}], "'declined to name any state': no one named"),
    ("The ministry declined to name the countries taking part in the talks.", "blame_attribution", [],
     "declining to name parties where no harm is at stake is no blame"),
    ("\"This is entirely Kyiv's fault,\" the governor of Belgorod said.", "blame_attribution",
     [{"blamed": "Ukraine", "reason": None}], "a demonstrative subject names no reason"),
    ("Analysts portray Minsk as playing second fiddle to Moscow.", "partner_hierarchy",
     [{"senior": "Russia", "junior": "Belarus"}], "'portray X as playing second fiddle': the object plays it"),
    ("She joined the Vienna office of a law firm as a senior partner.", "partner_hierarchy", [],
     "'joined a law firm as a senior partner' is a job title"),
    ("Washington hopes to wean Maduro away from his Cuban patrons.", "partner_hierarchy",
     [{"senior": "Cuba", "junior": "Venezuela"}], "'his Cuban patrons': the demonym names the patron"),
    ("State media in Beijing dismiss Canberra as an American pawn.", "partner_hierarchy",
     [{"senior": "United States", "junior": "Australia"}], "'dismiss X as a pawn' casts X; it denies nothing"),
    ("Kuwait, long content with a junior role beside Riyadh, charted its own course.", "partner_hierarchy",
     [{"senior": "Saudi Arabia"}], "'a junior role beside X'"),
    ("The ferry between the two islands is a lifeline for the smaller island.", "partner_hierarchy", [],
     "dependence on a thing no party provides"),
    ("Pakistan turned to China, whose rollover of loans has become a lifeline for Islamabad.", "partner_hierarchy",
     [{"senior": "China", "junior": "Pakistan"}], "'whose rollover' is the relative's antecedent's"),
    ("Critics say the junta takes its orders from Moscow.", "partner_hierarchy",
     [{"senior": "Russia", "junior": "the junta"}], "'takes its orders from X'"),
    ("The general issued orders from the capital.", "partner_hierarchy", [], "orders issued rank no party"),
    ("Opposition figures accuse Budapest of doing Moscow's bidding inside the EU.", "partner_hierarchy",
     [{"senior": "Russia", "junior": "Hungary"}], "'doing X's bidding'"),
    ("Beijing has become Guinea's indispensable partner.", "partner_hierarchy",
     [{"senior": "China", "junior": "Guinea"}], "'X's indispensable partner' is the senior side"),
    ("Hanoi has no intention of playing second fiddle to Washington, a diplomat said.", "partner_hierarchy", [],
     "'no intention of playing second fiddle' disavows the rank"),
    ("Belgrade relies on Moscow for gas and on Beijing for loans.", "partner_hierarchy",
     [{"senior": "Russia", "junior": "Serbia"}, {"senior": "China", "junior": "Serbia"}],
     "'relies on X for a and on Y for b': one row per party"),
    ("Deposits from Riyadh, Abu Dhabi and Doha have become a lifeline for Cairo.", "partner_hierarchy",
     [{"senior": "Qatar", "junior": "Egypt"}, {"senior": "Saudi Arabia", "junior": "Egypt"},
      {"senior": "United Arab Emirates", "junior": "Egypt"}], "a thing from several parties: one row per party"),
    ("Analysts describe Ankara and Moscow as the twin patrons of Tripoli's rivals.", "partner_hierarchy",
     [{"senior": "Russia"}, {"senior": "Turkey"}], "coordinated patrons"),
    ("Diplomats said Pyongyang enjoys diplomatic cover from Moscow at the Security Council.", "partner_hierarchy",
     [{"senior": "Russia", "junior": "North Korea"}], "'enjoys cover from X': the subject receives it"),
    ("Bamako is heavily reliant on Russia's Africa Corps for security.", "partner_hierarchy",
     [{"senior": "Russia", "junior": "Mali"}], "Russia's Africa Corps is the state's force"),
    ("Western diplomats see Qatar as a neutral channel to the Taliban.", "neutrality_claim",
     [{"claimant": "Qatar", "voice": "other", "qualified": False}], "'a neutral channel' is a role noun"),
    ("Austria and Ireland told EU partners on Monday that they intend to remain militarily neutral.",
     "neutrality_claim", [{"claimant": "Austria", "voice": "self"}, {"claimant": "Ireland", "voice": "self"}],
     "'X and Y said they ...': one row per state (unlike 'Trinidad and Tobago')"),
    ("Houthi leaders blamed the United States for the deaths.", "blame_attribution",
     [{"blamer": "Houthis", "blamed": "United States"}], "'Houthi leaders' speak for the Houthis"),
    ("The authorities in Port Sudan condemn Abu Dhabi for arming the Rapid Support Forces.", "blame_attribution",
     [{"blamer": "Sudan", "blamed": "United Arab Emirates", "reason": "arming the Rapid Support Forces"}],
     "a blame verb the small model tags as a noun, with its subject and object"),
    ("The embassy pinned the worst crisis in Bosnia since the 1990s war on Banja Luka.", "blame_attribution",
     [{"blamed": "Republika Srpska", "reason": "the worst crisis in Bosnia since the 1990s war"}],
     "'pinned X since ... on Y' with the on-phrase hung on a later phrase"),
    ("Hanoi said Chinese maritime forces were responsible for an assault on fishermen.", "blame_attribution",
     [{"blamer": "Vietnam", "blamed": "China"}], "'responsible for an assault'"),
    ("Bamako holds Algiers responsible for harbouring separatist leaders.", "blame_attribution",
     [{"blamer": "Mali", "blamed": "Algeria", "reason": "harbouring separatist leaders"}],
     "'responsible for harbouring'"),
    ("Mogadishu charged that Addis Ababa was behind the arming of clan militias.", "blame_attribution",
     [{"blamer": "Somalia", "blamed": "Ethiopia", "reason": "the arming of clan militias"}],
     "a charge and its 'behind' are one claim, one row"),
    ("Russian commentators refer to Armenia's government as Moscow's junior partner.", "partner_hierarchy",
     [{"senior": "Russia", "junior": "Armenia"}], "'refer to X as Y's junior partner'"),
    ("Abkhazia, a breakaway sliver of Georgia propped up by Moscow for decades, lost its subsidies.",
     "partner_hierarchy", [{"senior": "Russia", "junior": "Abkhazia"}],
     "a participle with its agent that the parser made the main verb"),
    ("Kataib Hezbollah is widely seen as Tehran's most loyal proxy in Iraq.", "partner_hierarchy",
     [{"senior": "Iran", "junior": "Kataib Hezbollah"}], "Kataib Hezbollah is not Lebanon's Hezbollah"),
    ("Iraqi critics of the government say Iran treats their country as a client state.", "partner_hierarchy",
     [{"senior": "Iran", "junior": "Iraq"}], "'their country' of a group named by its demonym; 'their' is not Iran"),
    ("Dublin depends in practice on the RAF to police its airspace.", "partner_hierarchy",
     [{"senior": "United Kingdom", "junior": "Ireland"}], "the RAF is the United Kingdom's"),
    ("Ireland, a militarily neutral EU member, has asked NATO partners for help.", "neutrality_claim",
     [{"claimant": "Ireland", "voice": "narrator", "qualified": False}], "an appositive 'a neutral EU member'"),
    ("Russian diplomats describe Mongolia as a neutral neighbour.", "neutrality_claim",
     [{"claimant": "Mongolia", "voice": "other"}], "'describe X as a neutral neighbour'"),
    ("Senegal avoided pointing the finger at Beijing over the depletion of its fishing grounds.",
     "blame_attribution", [{"blamer": "Senegal", "blamed": "China", "polarity": "withheld"}],
     "'avoided pointing the finger at X' is withheld"),
    ("Sweden refused to point the finger at any country over the cable break.", "blame_attribution",
     [{"blamer": "Sweden", "blamed": None, "polarity": "withheld"}], "'refused to point the finger at any country'"),
    ("\"The Russians are behind this,\" a Latvian navy spokesman said of the damaged cable.", "blame_attribution",
     [{"blamer": "Latvia", "blamed": "Russia", "reason": "the damaged cable"}],
     "'behind this' takes its event from 'said of'"),
    ("Washington said it held Tehran ultimately responsible.", "blame_attribution",
     [{"blamer": "United States", "blamed": "Iran"}], "'held X ultimately responsible' (the adjective as an adverbial)"),
    ("Hanoi lodged a protest with Beijing and held its coast guard responsible for the injuries.",
     "blame_attribution", [{"blamer": "Vietnam", "blamed": "China"}],
     "a party does not blame its own body: 'its' is the other state"),
    ("Russian instructors are responsible for training several army battalions, a spokesman in Bangui said.",
     "blame_attribution", [], "'responsible for training several battalions' is a duty ('several' is no harm)"),
    ("Laos has increasingly fallen under Beijing's sway, diplomats say.", "partner_hierarchy",
     [{"senior": "China", "junior": "Laos"}], "'fallen under X's sway'"),
    ("The loans could pull Peru further into Beijing's economic orbit.", "partner_hierarchy",
     [{"senior": "China", "junior": "Peru"}], "'pull Y into X's orbit': the object is drawn in"),
    ("Kyiv has moved out of Moscow's orbit.", "partner_hierarchy", [], "leaving an orbit ranks no one"),
    ("The astronaut returned after a month in orbit.", "partner_hierarchy", [], "orbit in space"),
    ("Abu Dhabi's commitment was widely seen as a lifeline for Cairo.", "partner_hierarchy",
     [{"senior": "United Arab Emirates", "junior": "Egypt"}], "'seen as a lifeline for X': what is seen provides it"),
    ("Ostensibly non-aligned, Turkmenistan nonetheless depends on China to buy its gas.", "partner_hierarchy",
     [{"senior": "China", "junior": "Turkmenistan"}], "a split 'non-aligned' is no subject"),
    ("Downstream Sudan is at the mercy of Addis Ababa whenever the gates are opened.", "partner_hierarchy",
     [{"senior": "Ethiopia", "junior": "Sudan"}], "a state the parser tags as a person still names the state"),
    ("Tanzania, officially non-aligned, awarded the contracts to Chinese builders.", "neutrality_claim",
     [{"claimant": "Tanzania", "voice": "narrator", "qualified": True}],
     "an epithet between commas with a split 'non-aligned' the parser breaks"),
    ("Serbia, officially non-aligned, relies on Moscow for gas, analysts say.", "neutrality_claim",
     [{"claimant": "Serbia", "voice": "narrator", "qualified": True}], "the epithet stays the narrator's"),
    ("The talks, neutral in tone, ended early.", "neutrality_claim", [], "an epithet of no named party"),
    ("The African Union declined to name those responsible for the massacre.", "blame_attribution",
     [{"blamer": "African Union", "blamed": None, "reason": "the massacre", "polarity": "withheld"}],
     "'declined to name those responsible for X'"),
    ("Jakarta issued a statement on the missile tests, declining to single out Pyongyang.", "blame_attribution",
     [{"blamer": "Indonesia", "blamed": "North Korea", "polarity": "withheld"}], "'declining to single out X'"),
    # session 7: actors the phrase or the context names
    ("Bolivia depends on the Organization of American States for election monitors.", "partner_hierarchy",
     [{"senior": "Organization of American States", "junior": "Bolivia"}],
     "a known name the noun phrase cut at its 'of'"),
    ("Chile's Ortuzar refused to blame Lima for the strike.", "blame_attribution",
     [{"blamer": "Chile", "blamed": "Peru", "polarity": "withheld"}], "'X's <person>' acts for state X"),
    ("The Kremlin denied the report. Responsibility for the attack lies with Kyiv, a spokeswoman said.",
     "blame_attribution", [{"blamer": "Russia", "blamed": "Ukraine"}],
     "an unowned spokeswoman: the one other state, from the previous sentence"),
    ("In Yerevan, the foreign ministry said Baku was responsible for the shelling.", "blame_attribution",
     [{"blamer": "Armenia", "blamed": "Azerbaijan"}], "an unowned ministry: the one state other than the blamed"),
    ("ANKARA — The Treasury blamed Athens for the currency slide, citing a report from Paris.", "blame_attribution",
     [{"blamer": "Turkey", "blamed": "Greece"}], "among several states, the dateline's"),
    ("The foreign ministry said Baku and Moscow were responsible for the shelling.", "blame_attribution",
     [{"blamer": "the ministry", "blamed": "Azerbaijan"}, {"blamer": "the ministry", "blamed": "Russia"}],
     "no state left for the ministry once both blamed are out: no guess"),
    ("Nigerian traders say the government is to blame for the fuel queues.", "blame_attribution",
     [{"blamer": "traders", "blamed": "the government"}], "a domestic group blaming 'the government' keeps it"),
    ("Ukrainian officials blamed the government in Minsk for the drone incursions.", "blame_attribution",
     [{"blamer": "Ukraine", "blamed": "Belarus"}], "'the government in X' names the state"),
    ("Laos sells its hydropower to Thailand at a discount, leaving Vientiane at the mercy of its bigger neighbour.",
     "partner_hierarchy", [{"senior": "Thailand", "junior": "Laos"}], "'its neighbour': the other state named"),
    ("Nepal imports nearly all of its fuel from India. Critics say Kathmandu is at the mercy of its southern "
     "neighbour.", "partner_hierarchy", [{"senior": "India", "junior": "Nepal"}],
     "'its neighbour': the other state of the previous sentence"),
    ("Cuba sold sugar to Russia and China while depending on its northern neighbour for remittances.",
     "partner_hierarchy", [{"senior": "the neighbour", "junior": "Cuba"}], "several other states: no guess"),
    ("Both Kenya and Djibouti say they are neutral in the dispute.", "neutrality_claim",
     [{"claimant": "Djibouti", "voice": "self"}, {"claimant": "Kenya", "voice": "self"}],
     "each of coordinated subjects claims for itself"),
    ("Latvian diplomats laughed at Serbia's portrayal of itself as an impartial mediator.", "neutrality_claim",
     [{"claimant": "Serbia", "voice": "self", "qualified": True}],
     "'X's portrayal of itself as ...': X's own claim, mocked"),
    ("Lithuanian officials scoff at Hungary's description of itself as a neutral broker on Ukraine.",
     "neutrality_claim", [{"claimant": "Hungary", "voice": "self", "qualified": True}],
     "'X's description of itself' with 'as' hung on the verb"),
    ("For years, analysts say, Belgium played second fiddle to Paris on defence.", "partner_hierarchy",
     [{"senior": "France", "junior": "Belgium"}], "'For years' is a time, not the other party"),
    ("Chilean officials said Argentina had treated Uruguay as a junior partner for decades.", "partner_hierarchy",
     [{"senior": "Argentina", "junior": "Uruguay"}], "the treater before any other party of the sentence"),
    ("Japan has cast itself as a patron to Palau.", "partner_hierarchy",
     [{"senior": "Japan", "junior": "Palau"}], "'a patron to X' with 'to' hung on the verb"),
    ("Tajikistan, long under Moscow's security umbrella, has opened its border to Chinese patrols.",
     "partner_hierarchy", [{"senior": "Russia", "junior": "Tajikistan"}], "'X, under Y's security umbrella, ...'"),
    ("South Korea has sheltered under Washington's nuclear umbrella since 1953.", "partner_hierarchy",
     [{"senior": "United States", "junior": "South Korea"}], "'sheltered under Y's nuclear umbrella'"),
    ("Rebel commanders pointed the finger at Turkish and Qatari drones.", "blame_attribution",
     [{"blamed": "Qatar"}, {"blamed": "Turkey"}], "coordinated demonyms on one blamed noun: one row each"),
    ("Uzbek officials said Kazakh patrols were to blame for the shooting.", "blame_attribution",
     [{"blamer": "Uzbekistan", "blamed": "Kazakhstan", "reason": "the shooting"}],
     "a demonym the parser made a compound ('Kazakh patrols')"),
    ("Moldova claims to be no party to the conflict.", "neutrality_claim",
     [{"claimant": "Moldova", "voice": "self", "qualified": True, "issue": "the conflict"}],
     "'no party to' with 'to' hung on 'be'"),
    ("Portugal says it stays out of Angolan domestic politics.", "neutrality_claim",
     [{"claimant": "Portugal", "voice": "self", "issue": "Angolan domestic politics"}],
     "'stays out of X's politics' (lemma 'politic')"),
    ("Oman's government said it would not align with any side in the Gulf dispute.", "neutrality_claim",
     [{"claimant": "Oman", "voice": "self", "issue": "the Gulf dispute"}], "'would not align with any side'"),
    ("Vietnam will not choose between Washington and Beijing.", "neutrality_claim",
     [{"claimant": "Vietnam", "voice": "narrator"}], "'will not choose between X and Y'"),
    ("The committee chose between two candidates.", "neutrality_claim", [], "choosing between is no claim"),
    ("Kazakhstan has called itself a disinterested party in the dispute.", "neutrality_claim",
     [{"claimant": "Kazakhstan", "voice": "self", "issue": "the dispute"}], "'a disinterested party'"),
    ("Nominally above the fray, the African Union has held its talks in Addis Ababa.", "neutrality_claim",
     [{"claimant": "African Union", "voice": "narrator", "qualified": True}], "'above the fray'"),
    ("Algeria has taken Madrid to task for backing Rabat's plan for Western Sahara.", "blame_attribution",
     [{"blamer": "Algeria", "blamed": "Spain", "reason": "backing Rabat's plan for Western Sahara"}],
     "'took X to task for Y'"),
    ("The teacher took the class to task.", "blame_attribution", [], "'took the class to task' names no party"),
    ("The sinking of the ferry was blamed by Greek investigators on Turkish forces.", "blame_attribution",
     [{"blamer": "Greece", "blamed": "Turkey", "reason": "The sinking of the ferry"}],
     "'blamed by X on Y' with 'on' hung on the agent"),
    ("Most of the looting was the fault of retreating Syrian soldiers.", "blame_attribution",
     [{"blamed": "Syria", "reason": "Most of the looting"}], "'the fault of retreating X troops'"),
    ("An army spokesman said the rebels' advance was the fault of Rwandan police.", "blame_attribution",
     [{"blamed": "Rwanda", "reason": "the rebels' advance"}],
     "an event owned by a party is still the reason"),
    ("Cheap Chinese loans have given Beijing a measure of leverage over Vientiane, bankers say.", "partner_hierarchy",
     [{"senior": "China", "junior": "Laos"}], "'given X a measure of leverage over Y'"),
    ("The gas deal gives Baku fresh leverage over Tbilisi, a trader said.", "partner_hierarchy",
     [{"senior": "Azerbaijan", "junior": "Georgia"}], "'gives X fresh leverage' with X parsed as a modifier"),
    ("China praised Kenya's reforms, though diplomats in Nairobi note that the country still depends on Beijing "
     "for loans.", "partner_hierarchy", [{"senior": "China", "junior": "Kenya"}],
     "'the country': the one state named before it other than the other party"),
    ("Filipino commentators have taken to calling their country a junior partner.", "partner_hierarchy",
     [{"senior": None, "junior": "Philippines"}], "'their country' of a demonym's people"),
    ("Venezuela and Colombia met in Bogota, and analysts say the country depends on Washington.",
     "partner_hierarchy", [{"senior": "United States", "junior": "the country"}],
     "two states before 'the country': no guess"),
    ("Paris bankrolls much of Bangui's police force.", "partner_hierarchy",
     [{"senior": "France", "junior": "Central African Republic"}], "'X's police force' is X's"),
    ("The peacekeeping force in Lebanon was accused by Israel of turning a blind eye.", "blame_attribution",
     [{"blamer": "Israel", "blamed": "the force"}], "a force posted 'in X' is not X"),
    ("Chile has been a balanced voice on the crisis in Venezuela.", "neutrality_claim",
     [{"claimant": "Chile", "issue": "the crisis in Venezuela"}], "'a balanced voice on X'"),
    ("Tokyo said Pyongyang was guilty of firing missiles over Hokkaido.", "blame_attribution",
     [{"blamer": "Japan", "blamed": "North Korea", "reason": "firing missiles over Hokkaido"}],
     "'X was guilty of Y'"),
    ("The former minister pleaded guilty to bribery.", "blame_attribution", [], "pleading guilty is one's own act"),
    ("The Red Cross declined to say who was responsible for the shelling of the clinic.", "blame_attribution",
     [{"blamer": "Red Cross", "blamed": None, "reason": "the shelling of the clinic",
       "polarity": "withheld"}], "'declined to say who was responsible for X'"),
    ("Polish prosecutors would not speculate on who was responsible for the fire.", "blame_attribution",
     [{"blamer": "Poland", "blamed": None, "reason": "the fire", "polarity": "withheld"}],
     "'would not speculate on who was responsible'"),
    ("The minister asked who was responsible for the blackout.", "blame_attribution", [],
     "a question asked is no withheld blame"),
    ("Egypt counts on Riyadh to roll over its deposits.", "partner_hierarchy",
     [{"senior": "Saudi Arabia", "junior": "Egypt"}], "'counts on X' relies on X"),
    ("We can count on the weather.", "partner_hierarchy", [], "counting on a thing ranks no party"),
    ("Russia is Armenia's security guarantor.", "partner_hierarchy", [{"senior": "Russia", "junior": "Armenia"}],
     "'X's security guarantor'"),
    ("Turkey and Russia are guarantors of the ceasefire.", "partner_hierarchy", [],
     "guarantors of a ceasefire rank no party"),
    ("Some analysts argue that Tehran now calls the shots, extracting cheap wheat from a Kremlin short of drones.",
     "partner_hierarchy", [{"senior": "Iran", "junior": "Russia"}],
     "'X calls the shots' with no junior in the phrase: the one other state of the sentence"),
    ("Since the gas deal was signed with Yerevan, it is Moscow that calls the shots, according to a Georgian study.",
     "partner_hierarchy", [{"senior": "Russia", "junior": "Armenia"}],
     "the state of the reporting source is left out"),
    ("Within the Shanghai Cooperation Organisation it is Beijing that calls the shots.", "partner_hierarchy",
     [{"senior": "China", "junior": None}], "a bloc is where the shots are called, not the junior"),
    ("Tokyo calls the shots whenever Seoul and Washington meet.", "partner_hierarchy",
     [{"senior": "Japan", "junior": None}], "two other states: no guess"),
    ("Kenya blamed Chinese state lenders for the delays.", "blame_attribution",
     [{"blamer": "Kenya", "blamed": "China", "reason": "the delays"}], "a state's own lenders speak for it"),
    ("Latvia faulted Russian broadcasters for stoking panic.", "blame_attribution",
     [{"blamer": "Latvia", "blamed": "broadcasters"}], "broadcasters not said to be the state's keep their noun"),
    # session 8
    ("Kenya's stance on the border dispute is balanced, the foreign minister told reporters in Addis Ababa.",
     "neutrality_claim", [{"claimant": "Kenya", "voice": "self", "issue": "the border dispute"}],
     "a stance the small model reads as a passive 'is balanced'; the issue is the stance's"),
    ("Uruguay's trade position was balanced by new beef contracts, officials said.", "neutrality_claim", [],
     "'balanced by' with an agent is an act of balancing, not a neutral stance"),
    ("Seychelles, a non-aligned archipelago of 120,000 people, will host the talks.", "neutrality_claim",
     [{"claimant": "Seychelles", "voice": "narrator"}], "an apposition's 'of' phrase does not take the claim"),
    ("Bankers regard Singapore as one of the most even-handed hubs in the region.", "neutrality_claim",
     [{"claimant": "Singapore", "voice": "other", "issue": None}], "'regard X as one of the most even-handed'"),
    ("Costa Rica remains one of the few neutral countries in the hemisphere.", "neutrality_claim",
     [{"claimant": "Costa Rica", "voice": "narrator", "issue": None}],
     "'one of the few neutral countries': the subject; 'in the hemisphere' names the group, not an issue"),
    ("Norway considers itself an impartial mediator, a ministry spokeswoman said.", "neutrality_claim",
     [{"claimant": "Norway", "voice": "self"}], "'considers itself an impartial broker'"),
    ("Chile and Peru have cast themselves as impartial mediators in the dispute.", "neutrality_claim",
     [{"claimant": "Chile", "voice": "self"}, {"claimant": "Peru", "voice": "self"}],
     "coordinated subjects of 'cast themselves as impartial' each claim it"),
    ("Caracas needs Havana less than Havana needs Caracas, a Venezuelan economist argued.", "partner_hierarchy",
     [{"senior": "Venezuela", "junior": "Cuba"}], "'X needs Y less than Y needs X': X is the senior"),
    ("Kazakhstan needs China's rail link to the Caspian ports more than Beijing needs Kazakh wheat.",
     "partner_hierarchy", [{"senior": "China", "junior": "Kazakhstan"}],
     "'needs X's thing more than': the owner, past a long object the parser misreads"),
    ("The ministry said Belarusian helicopters were at fault for the airspace violations.", "blame_attribution",
     [{"blamer": "the ministry", "blamed": "Belarus", "reason": "the airspace violations"}],
     "'were at fault for': the reason the parser hangs on the copula"),
    ("Chad blamed Sudan and the RSF for the refugee influx.", "blame_attribution",
     [{"blamer": "Chad", "blamed": "Sudan", "reason": "the refugee influx"},
      {"blamer": "Chad", "blamed": "Rapid Support Forces", "reason": "the refugee influx"}],
     "coordinated objects of 'blamed ... for' each get the reason"),
    ("Ghana recalled the envoy, whom Togo accused of meddling in its election.", "blame_attribution",
     [{"blamer": "Togo", "blamed": "the envoy", "reason": "meddling in its election"}],
     "a relative 'whom' object is its antecedent"),
    ("Iranian exiles blame the Revolutionary Guards for the crackdown.", "blame_attribution",
     [{"blamer": "exiles"}], "a group of exiles keeps its head noun as blamer"),
    ("Activists say the rail deal has made their homeland a Chinese dependency.", "partner_hierarchy",
     [{"senior": "China", "junior": None}], "'their homeland' without one state's demonym stays unresolved"),
    ("Eritrean exiles say the port deal has reduced their homeland to a Saudi client state.", "partner_hierarchy",
     [{"senior": "Saudi Arabia", "junior": "Eritrea"}], "'their homeland' of a group named by a demonym"),
    ("Jordan, seen in Riyadh and Tehran as even-handed, offered to host the talks.", "neutrality_claim",
     [{"claimant": "Jordan", "voice": "other", "issue": None}],
     "a reduced passive 'seen in X as even-handed' is a third party's view; where the viewers are is no issue"),
    ("Kuwait, citing its neutrality, declined to join the coalition.", "neutrality_claim",
     [{"claimant": "Kuwait", "voice": "self"}], "'citing its neutrality': the party's own reason"),
    ("Ghanaian officials praised Norway, which they called an impartial broker, for hosting the talks.",
     "neutrality_claim", [{"claimant": "Norway", "voice": "other"}],
     "'which they called an impartial broker': the antecedent, in the callers' voice"),
    ("As an impartial mediator, Oman has passed messages between the two navies.", "neutrality_claim",
     [{"claimant": "Oman", "voice": "narrator"}], "a fronted 'As an impartial mediator' describes the subject"),
    ("Georgian officials insist the country is not choosing sides in the standoff.", "neutrality_claim",
     [{"claimant": "Georgia", "voice": "self"}], "'not choosing sides'"),
    ("Hungary's foreign minister said Budapest would not tilt toward either side.", "neutrality_claim",
     [{"claimant": "Hungary", "voice": "self", "issue": None}], "'would not tilt towards either side'"),
    ("The vote could tilt towards either side.", "neutrality_claim", [],
     "an un-negated 'tilt towards either side' claims no neutrality"),
    ("In the currency deal it is the People's Bank of China that calls the shots over Pakistan.", "partner_hierarchy",
     [{"senior": "China", "junior": "Pakistan"}], "China's central bank is the state"),
    ("Georgia's breakaway Abkhazia region, whose authorities are kept afloat by Moscow, held a vote.",
     "partner_hierarchy", [{"senior": "Russia", "junior": "Abkhazia"}],
     "'whose authorities': the state of the relative's antecedent"),
    ("Tajik bankers complain that their country plays second fiddle to Moscow.", "partner_hierarchy",
     [{"senior": "Russia", "junior": "Tajikistan"}], "'their country' of a group named by one demonym"),
    ("The governments of Laos and Cambodia lean heavily on Beijing.", "partner_hierarchy",
     [{"senior": "China", "junior": "Cambodia"}, {"senior": "China", "junior": "Laos"}],
     "'the governments of X and Y': one junior per state"),
    ("Nicaragua has become the Kremlin's ward in Central America.", "partner_hierarchy",
     [{"senior": "Russia", "junior": "Nicaragua"}], "'the Kremlin's ward'"),
    ("The patient was moved to the hospital's ward.", "partner_hierarchy", [], "a hospital ward is no party"),
    ("Investigators declined to say which country was behind the pipeline blast.", "blame_attribution",
     [{"blamer": "investigators", "blamed": None, "polarity": "withheld"}],
     "'declined to say which country was behind' leaves the question open on purpose"),
    ("Lithuania blamed Russia and its Belarusian ally for the balloon incursions.", "blame_attribution",
     [{"blamed": "Russia"}, {"blamed": "Belarus"}], "'its Belarusian ally': the demonym names the ally"),
    ("The outage was blamed on hackers working for Pyongyang, officials said.", "blame_attribution",
     [{"blamer": "officials", "blamed": "North Korea"}], "'hackers working for X' act for X"),
    ("Canadian officials held American gun makers responsible for the smuggling.", "blame_attribution",
     [{"blamer": "Canada", "blamed": "makers"}], "companies of a country are not the state"),
    ("Diplomats in Rabat say Mauritania keeps its distance from the Western Sahara dispute.", "neutrality_claim",
     [{"claimant": "Mauritania", "voice": "other"}], "diplomats posted in a capital are not the claimant's voice"),
    ("An envoy in Vientiane says Laos keeps its distance from the dispute.", "neutrality_claim",
     [{"claimant": "Laos", "voice": "other"}], "any posted voice (actors.POSTED_NOUNS) in a capital is a third party's"),
    ("Washington's grip on Managua loosened after the election.", "partner_hierarchy",
     [{"senior": "United States", "junior": "Nicaragua"}], "'X's grip on Y'"),
    ("The generals kept a firm grip on power.", "partner_hierarchy", [], "a grip on power ranks no party"),
    ("Belarus is Moscow's most dependent ally.", "partner_hierarchy", [{"senior": "Russia", "junior": "Belarus"}],
     "'X's most dependent ally'"),
    ("Zambia has grown reliant on Chinese and Emirati loans.", "partner_hierarchy",
     [{"senior": "United Arab Emirates", "junior": "Zambia"}, {"senior": "China", "junior": "Zambia"}],
     "coordinated demonyms of what a state relies on: one senior each"),
    ("MONTEVIDEO — Uruguay, which disbanded its navy and declared itself perpetually neutral in 1990, wants help.",
     "neutrality_claim", [{"claimant": "Uruguay", "voice": "self", "issue": None}],
     "'which ... declared itself neutral' past a dateline; a year is no issue"),
    ("The Bank of Korea kept its policy stance neutral on Thursday.", "neutrality_claim", [],
     "a central bank's neutral policy stance is monetary policy"),
    ("Armenia refrained from censuring Baku.", "blame_attribution",
     [{"blamer": "Armenia", "blamed": "Azerbaijan", "polarity": "withheld"}],
     "a gerund the parser glued to the name it governs ('censuring Baku') is still the withheld cue"),
    ("Nigerian police said militants were behind the ambush on the convoy.", "blame_attribution",
     [{"blamer": "Nigeria", "blamed": "militants", "reason": "the ambush on the convoy"}],
     "an ambush is a harmful act someone can be behind"),
    ("A Sahel jihadist group said it was responsible for the ambush on the convoy.", "blame_attribution", [],
     "'said it was responsible': a claim of its own act (codebook: not blame)"),
    ("Chad accused the RSF of recruiting across the border.", "blame_attribution",
     [{"blamer": "Chad", "blamed": "Rapid Support Forces"}], "RSF is the Rapid Support Forces, not a state"),
    ("Turkey blamed the Syrian Democratic Forces for the attack.", "blame_attribution",
     [{"blamed": "Syrian Democratic Forces"}], "the SDF are not the Syrian state"),
    ("Mountainous Bhutan depends on India for most of its trade.", "partner_hierarchy",
     [{"senior": "India", "junior": "Bhutan"}], "a capitalised first word run into a name"),
    ("New Delhi calls its position on the Gaza war objective and fair.", "neutrality_claim",
     [{"claimant": "India", "voice": "self", "issue": "the Gaza war"}],
     "'calls its position on X objective and fair' with 'objective' misparsed as the object of 'on'"),
    ("Talks between Serbian and Kosovar negotiators stalled in Brussels on Monday. Hungary refused to blame either "
     "side.", "blame_attribution",
     [{"blamer": "Hungary", "blamed": "Kosovo", "polarity": "withheld"},
      {"blamer": "Hungary", "blamed": "Serbia", "polarity": "withheld"}],
     "'either side' is the two parties the previous sentence coordinates"),
    ("Malaysia, which trades with both Hanoi and Manila, avoided faulting either government for the collision.",
     "blame_attribution",
     [{"blamer": "Malaysia", "blamed": "Philippines", "reason": "the collision"},
      {"blamer": "Malaysia", "blamed": "Vietnam", "reason": "the collision"}],
     "'either government' is the pair 'both X and Y' in the blamer's own clause"),
    ("Egypt accused Ethiopia of filling the dam too fast, while the African Union declined to blame either capital.",
     "blame_attribution",
     [{"blamer": "Egypt", "blamed": "Ethiopia", "polarity": "asserted"},
      {"blamer": "African Union", "blamed": "Egypt", "polarity": "withheld"},
      {"blamer": "African Union", "blamed": "Ethiopia", "polarity": "withheld"}],
     "'either capital' is the accuser and the accused of the same sentence"),
    ("Ghana refrained from blaming either side for the clashes.", "blame_attribution",
     [{"blamer": "Ghana", "blamed": None, "polarity": "withheld"}], "'either side' with no pair named stays empty"),
    ("Brazil, a partner of Moscow, Beijing and Washington, declined to blame either side.", "blame_attribution",
     [{"blamer": "Brazil", "blamed": None, "polarity": "withheld"}],
     "'either side' among three named parties is not guessed"),
    ("Jordan pointedly did not criticise Damascus over the shelling.", "blame_attribution",
     [{"blamer": "Jordan", "blamed": "Syria", "polarity": "withheld"}],
     "'pointedly did not criticise' withholds (the codebook's 'pointedly'); a plain 'did not' denies"),
    ("Mongolia, squeezed between Moscow and Beijing, has conspicuously not faulted either neighbour for the fuel "
     "shortages.", "blame_attribution",
     [{"blamer": "Mongolia", "blamed": "China", "polarity": "withheld"},
      {"blamer": "Mongolia", "blamed": "Russia", "polarity": "withheld"}],
     "'between X and Y' ... 'either neighbour'"),
    ("Relatives of the crew blamed the trawler's owner, Ocean Star Fisheries, for the sinking.", "blame_attribution",
     [{"blamer": "relatives", "blamed": "Ocean Star Fisheries", "reason": "the sinking"}],
     "a common noun with a name in apposition is that name; relatives keep their head noun"),
    ("Ghanaian officials dismissed Togo as a French client state and accused it of harbouring smugglers.",
     "blame_attribution", [{"blamer": "Ghana", "blamed": "Togo", "reason": "harbouring smugglers"}],
     "what an object is described as ('as a French client state') is no antecedent for 'it'"),
    ("Ghanaian officials dismissed Togo as a French client state and accused it of harbouring smugglers.",
     "partner_hierarchy", [{"senior": "France", "junior": "Togo"}],
     "'dismissed X as a French client state' casts X (the status noun is a compound of 'state')"),
    ("The opposition held the government in Lilongwe responsible for the fuel shortages.", "blame_attribution",
     [{"blamer": "the opposition", "reason": "the fuel shortages"}],
     "'held X in Y responsible' with 'responsible' hung on the place the parser put on the verb"),
    ("Finnish officials said Russia was behind the GPS jamming over Lapland.", "blame_attribution",
     [{"blamer": "Finland", "blamed": "Russia", "reason": "the GPS jamming over Lapland"}],
     "GPS jamming is a harm someone can be behind"),
    ("The loans have left Zambia in hock to Beijing.", "partner_hierarchy", [{"senior": "China", "junior": "Zambia"}],
     "'in hock to X'"),
    ("Sri Lanka is deeply in debt to Tokyo.", "partner_hierarchy", [{"senior": "Japan", "junior": "Sri Lanka"}],
     "'in debt to X'"),
    ("Kenya's debt to China rose last year.", "partner_hierarchy", [], "a debt to X alone is an amount owed"),
    ("Officials in Riga reject the idea that Latvia is a vassal, but analysts say Latvia still relies on American "
     "troops.", "partner_hierarchy", [{"senior": "United States", "junior": "Latvia"}],
     "a denial does not reach into a coordinated clause with its own speaker"),
    ("Qatar, which prides itself on neutrality, hosted the talks.", "neutrality_claim",
     [{"claimant": "Qatar", "voice": "self"}], "'prides itself on neutrality' without a possessive"),
    ("A Norwegian envoy said Qatar's mediation did not favour either side.", "neutrality_claim",
     [{"claimant": "Qatar", "voice": "other"}], "the party behind a mediation that favours no side"),
    ("Samoa's prime minister said the islands would not take sides between Canberra and Beijing.",
     "neutrality_claim", [{"claimant": "Samoa", "voice": "self"}], "'the islands' is an island state's description"),
    ("Residents of Gozo depend on the ferry for hospital visits.", "partner_hierarchy", [],
     "residents depending on a ferry rank no parties"),
    ("Ireland, which is militarily neutral, will not join the naval mission, the defence ministry in Dublin said.",
     "neutrality_claim", [{"claimant": "Ireland", "voice": "narrator"}],
     "a relative clause describing the party is the writer's background, not the source's words"),
    ("Liechtenstein, neutral since 1868, has offered to host the talks, its foreign office said.", "neutrality_claim",
     [{"claimant": "Liechtenstein", "voice": "narrator"}], "an epithet between commas parsed as the verb's adjunct"),
    ("Kazakhstan, which says it favours neither side, hosted both delegations, officials in Astana said.",
     "neutrality_claim", [{"claimant": "Kazakhstan", "voice": "self"}],
     "a relative clause with a verb of saying is the party's own claim"),
    ("Moldova, a neutral state under its constitution, expelled two Russian diplomats, the foreign ministry said.",
     "neutrality_claim", [{"claimant": "Moldova", "voice": "narrator"}], "an apposition describing the party"),
    ("Tehran said Britain and the United States bore responsibility for the explosion.", "blame_attribution",
     [{"blamer": "Iran", "blamed": "United Kingdom"}, {"blamer": "Iran", "blamed": "United States"}],
     "coordinated subjects of 'bore responsibility' when the parser reads 'bore' as a noun: one row each"),
    ("Georgia's envoy said Abkhazia and South Ossetia were Russian protectorates, and he accused both of blocking the "
     "monitors.", "blame_attribution",
     [{"blamer": "Georgia", "blamed": "Abkhazia"}, {"blamer": "Georgia", "blamed": "South Ossetia"}],
     "'accused both' is the coordinated pair; 'he' with no name is the office holder named before"),
    ("Kenyan commanders say their officers are impartial.", "neutrality_claim",
     [{"claimant": "Kenya", "voice": "self"}], "'their officers' are the state the demonym before names"),
    ("The African Union suspended Gabon after the coup, but Beijing declined to condemn the officers who seized "
     "power.", "blame_attribution", [{"blamer": "China", "blamed": "the officers", "polarity": "withheld"}],
     "officers who seized power are a party (head noun)"),
    ("The International Maritime Organization said its experts would stay neutral.", "neutrality_claim",
     [{"claimant": "International Maritime Organization", "voice": "self"}],
     "'its experts' are the named body outside the gazetteer"),
    ("Polish exporters turned to Brussels, and officials in Riga concede that the country depends on the European "
     "Union.", "partner_hierarchy", [{"senior": "European Union", "junior": "Latvia"}],
     "'officials in X concede that the country ...': the state the officials sit in"),
    ("Polish exporters turned to Brussels, and diplomats in Riga say that the country depends on the European Union.",
     "partner_hierarchy", [{"senior": "European Union", "junior": "the country"}],
     "diplomats posted in a capital do not make it 'the country' (several states named before)"),
]


@pytest.fixture(scope="session")
def case_frames():
    from framing import extract_frames

    return extract_frames([c[0] for c in CASES], features=THREE, cache="memory")


@pytest.mark.model
@pytest.mark.parametrize("i", range(len(CASES)), ids=[c[3] for c in CASES])
def test_behaviour(case_frames, i):
    text, feature, expected, note = CASES[i]
    got = case_frames[(case_frames["doc_id"] == i) & (case_frames["feature"] == feature)]
    assert len(got) == len(expected), (note, got.to_dict("records"))
    for exp, row in zip(expected, got.to_dict("records")):
        for key, value in exp.items():
            assert row[key] == value, (note, key, row)


@pytest.mark.model
def test_keep_negated_and_non_actor_rows_on_request():
    from framing import extract_frames

    texts = ["Washington did not blame Beijing for the outage.", "Officials blamed the storm for the power cuts."]
    rows = extract_frames(texts, features=["blame_attribution"], cache="memory", keep_negated=True,
                          keep_non_actor=True)
    assert rows.loc[rows["doc_id"] == 0, "negated"].tolist() == [True]
    assert rows.loc[rows["doc_id"] == 1, "blamed_kind"].tolist() == ["non-actor"]


# ----------------------------------------------------------------------------------------------- document table

@pytest.mark.model
def test_document_table_counts_agree_with_rows(dev_frames):
    from framing.features import document_table
    from framing.nlp import split_sentences

    texts = _texts(DEV)
    table = document_table(dev_frames, texts)
    assert list(table.columns[:2]) == ["doc_id", "n_sentences"]
    assert len(table) == len(texts)
    for feature in THREE + ["quote"]:
        assert table[feature].sum() == (dev_frames["feature"] == feature).sum()
    merged = dev_frames.groupby("doc_id")["sent_id"].max()
    for doc_id, top in merged.items():
        assert top < table.loc[doc_id, "n_sentences"] == len(split_sentences(texts[doc_id]))


def test_cue_regexes_cover_their_lexicons():
    """Gating must never hide a lexicon word: every cue word of every detector matches its cue_regex."""
    from framing.features import blame, neutrality, partner

    probes = {"charge": "{w}d them with", "allege": "{w}d that", "pin": "{w}ned it on"}  # cues only in context
    for word, kind in blame.lexicon()["verbs"].items():
        probe = ("{w}d it to" if word in blame._PIN_PREPS else probes.get(kind, "{w}")).format(w=word)
        if word == "lay":
            probe = "laid the attack at the door of"  # "lay" blames only with a door
        assert blame.cue_regex().search(probe), word
    for word in blame.lexicon()["responsibility_words"]:
        assert blame.cue_regex().search(word), word
    for key in ("adjectives", "nouns"):
        for word in neutrality.lexicon()[key]:
            probe = "honest broker" if word == "honest" else word  # a cue only in that phrase
            assert neutrality.cue_regex().search(probe), word
    lex = partner.lexicon()
    for (mod, noun) in lex["rank"]:
        assert partner.cue_regex().search(f"{mod} {noun}"), (mod, noun)
    for key in ("status", "patron", "provision", "control"):
        for word in lex[key]:
            assert partner.cue_regex().search(word if word != "ward" else "wards of"), word
    for word in lex["dependence"]:
        probe = {"hostage": "hostage to", "beck": "beck and call", "cues": "cues from", "cue": "cue from",
                 "answer": "answer to", "answers": "answers to", "orders": "orders from",
                 "instructions": "instructions from", "count": "counts on"}.get(word, word)  # cues only as phrases
        assert partner.cue_regex().search(probe), word


@pytest.mark.model
def test_windows_join_cached_and_fresh_parses(tmp_path, monkeypatch):
    # A re-run after an edit parses only the new sentences; those carry a tensor, the ones read back from the
    # disk cache do not, and the two must still join into one window.
    from framing import extract_frames
    from framing import nlp as nlp_mod

    monkeypatch.setenv("FRAMING_CACHE", str(tmp_path))
    first = "“We are ready,” the mayor said."
    assert list(extract_frames(first, cache="disk")["feature"]) == ["quote"]
    monkeypatch.setattr(nlp_mod, "_CACHES", {})  # as in a new process: parses come back from disk
    rows = extract_frames(first + " China blames NATO for the crisis, an official said.", cache="disk")
    assert sorted(set(rows["feature"])) == ["blame_attribution", "quote"]
