"""Cleaning steps: each removes what it should (and logs it), keeps what it should, and is general."""

from __future__ import annotations

import pandas as pd
import pytest

from framing.clean import (
    DEFAULT_STEPS,
    Step,
    clean_article,
    clean_articles,
    clean_text,
    list_steps,
    normalise_outlet,
    parse_date,
    wires_in,
)


def _clean(text, **fields):
    record, log = clean_article({"text": text, **fields})
    return record, [step for step, _ in log]


@pytest.mark.parametrize(
    "promo, outlet, section",
    [
        ("Get latest articles and stories on World at LatestLY.", "LatestLY", "World"),
        ("Get the latest news and updates on Sports at News Daily.", "News Daily", "Sports"),
        ("Read latest stories on India at DailyNewsHub.", "DailyNewsHub", "India"),
    ],
)
def test_promo_sentence_is_removed_and_names_the_outlet(promo, outlet, section):
    record, steps = _clean(f"{promo} The minister arrived on Monday.\nSecond paragraph here.")
    assert record["text"] == "The minister arrived on Monday.\n\nSecond paragraph here."
    assert record["outlet_raw"] == outlet and record["section"] == section
    assert steps == ["strip_promo"]


def test_promo_inside_a_sentence_is_kept():
    text = "He said people should get latest articles and stories on World at LatestLY. Then he left."
    assert clean_text(text) == text


@pytest.mark.parametrize(
    "line",
    [
        "Also Read | Another headline entirely",
        "ALSO READ: Something else",
        "READ MORE: A link",
        "Related: More coverage here",
    ],
)
def test_insert_lines(line):
    record, steps = _clean(f"First paragraph.\n{line}\nLast paragraph.")
    assert record["text"] == "First paragraph.\n\nLast paragraph."
    assert steps == ["strip_inserts"]


def test_reporting_in_running_text_is_kept():
    text = "Body.\n\nReporting by the team showed that the plan failed badly, officials said."
    assert clean_text(text) == text


def test_also_read_in_running_text_is_kept():
    text = "Readers should also read the report in full before judging."
    assert clean_text(text) == text


@pytest.mark.parametrize(
    "para, wire",
    [
        (
            "(The above story is verified and authored by Press Trust of India (PTI) staff. The views appearing in "
            "the above post do not reflect the opinions of SomeSite)",
            "PTI",
        ),
        ("(The above article first appeared on the IANS wire.)", "IANS"),
        (
            "(Except for the headline, this story has not been edited by XYZ staff and is published from a "
            "syndicated feed.)",
            None,
        ),
        ("(With inputs from Reuters)", "Reuters"),
        ("Disclaimer: This content is provided by our partners.", None),
        ("(Reporting by Jane Roe in Geneva; Editing by John Doe)", None),
        ("Reporting by Jane Roe; Editing by John Doe", None),
        ("Associated Press writer Jane Roe in Paris contributed to this report.", "AP"),
    ],
)
def test_disclaimers(para, wire):
    record, steps = _clean(f"Body paragraph one.\n{para}")
    assert record["text"] == "Body paragraph one."
    assert steps == ["strip_disclaimers"]
    assert record["wire"] == wire


@pytest.mark.parametrize(
    "opening, place, wire, published",
    [
        ("Moscow, Apr 16 (AP)", "Moscow", "AP", None),
        ("Geneva, Mar 3 (MPA)", "Geneva", "MPA", None),
        ("WASHINGTON (AP) —", "Washington", "AP", None),
        ("LONDON (Reuters) -", "London", "Reuters", None),
        ("BEIJING, March 3, 2022 (Xinhua) --", "Beijing", "Xinhua", "2022-03-03"),
        ("New Delhi [India], April 16 (ANI):", "New Delhi", "ANI", None),
        ("ST. PAUL, Minn. (AP) —", "St. Paul, Minn.", "AP", None),
        ("NEW YORK —", "New York", None, None),
        ("Kyiv, Feb 24 (AP/PTI)", "Kyiv", "AP; PTI", None),
    ],
)
def test_datelines(opening, place, wire, published):
    record, steps = _clean(f"{opening} Officials met on Sunday to talk.\nMore text.")
    assert record["text"] == "Officials met on Sunday to talk.\n\nMore text."
    assert record["dateline"] == place and record["wire"] == wire
    got = record.get("published")
    assert (None if got is None else str(got.date())) == published
    assert steps == ["strip_dateline"]


@pytest.mark.parametrize(
    "text",
    [
        "President Biden said on Monday that talks would resume.",
        "In Moscow, officials said nothing.",
        "China (officially) remains neutral.",
        "Apple, Google and Microsoft reported results.",
        "BREAKING — Officials met on Sunday.",
        "UPDATE: Officials met on Sunday.",
        "NATO: allies met on Sunday.",
    ],
)
def test_no_false_datelines(text):
    record, steps = _clean(text)
    assert record["text"] == text and record.get("dateline") is None and steps == []


def test_closing_tag_and_metadata_wire_order():
    record, _ = _clean("Talks began.\nTalks ended. (AP)", wire="UPI")
    assert record["text"] == "Talks began.\n\nTalks ended."
    assert record["wire"] == "UPI; AP"


def test_closing_tag_before_disclaimer_keeps_order():
    record, _ = _clean("Body.\nLast line. (AP)\n(The above story is authored by PTI staff.)")
    assert record["wire"] == "AP; PTI" and record["text"] == "Body.\n\nLast line."


def test_repeated_lede_kept_once():
    lede = "The defence minister met the president on Sunday in a show of closer ties between the two."
    record, steps = _clean(f"{lede}\nMoscow, Apr 16 (AP) {lede}\nSecond paragraph.")
    assert record["text"] == f"{lede}\n\nSecond paragraph."
    assert steps == ["strip_dateline", "strip_repeated_lede"]


def test_truncated_lede_summary_dropped():
    full = "The defence minister met the president on Sunday in a show of closer ties, officials said."
    record, _ = _clean(f"The defence minister met the president on Sunday in a show...\n{full}")
    assert record["text"] == full


def test_clean_articles_does_not_mutate_and_logs():
    df = pd.DataFrame(
        {"doc_id": ["a", "b"], "text": ["Also Read | x\nKept.", "Plain."], "outlet": ["hpo", None]}
    )
    before = df.copy(deep=True)
    out, removed = clean_articles(df)
    pd.testing.assert_frame_equal(df, before)
    assert out["text"].tolist() == ["Kept.", "Plain."]
    assert out["outlet"].tolist() == ["HuffPost", None]
    assert removed.to_dict("records") == [
        {"doc_id": "a", "step": "strip_inserts", "removed": "Also Read | x"}
    ]


def test_steps_can_be_listed_reordered_and_extended():
    names = list_steps()["name"].tolist()
    assert names == [s.name for s in DEFAULT_STEPS] and len(set(names)) == len(names)
    byline = Step.from_text(
        "drop_bylines", lambda t: "\n\n".join(p for p in t.split("\n\n") if not p.startswith("By "))
    )
    df = pd.DataFrame({"doc_id": ["a"], "text": ["By Jane Roe\nAlso Read | x\nBody."]})
    out, removed = clean_articles(df, steps=[byline, *DEFAULT_STEPS])
    assert out.loc[0, "text"] == "Body."
    assert removed["step"].tolist() == ["drop_bylines", "strip_inserts"]
    only_ws, _ = clean_articles(df, steps=[s for s in DEFAULT_STEPS if s.name == "normalise_whitespace"])
    assert "Also Read" in only_ws.loc[0, "text"]
    with pytest.raises(TypeError, match="Step.from_text"):
        clean_articles(df, steps=[lambda t: t])


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("hpo", "HuffPost"),
        ("HPO", "HuffPost"),
        ("HuffPost", "HuffPost"),
        ("thehuffingtonpost", "HuffPost"),
        ("The Huffington Post", "HuffPost"),
        ("huff-post", "HuffPost"),
        ("fox", "Fox News"),
        ("Fox Online News", "Fox News"),
        ("CNN (Web News)", "CNN"),
        ("New York Times - News", "New York Times"),
        ("wash-post", "Washington Post"),
        ("rt", "RT"),
        ("RT", "RT"),
        ("TheBlaze.com", "TheBlaze"),
        ("Unknown  Gazette", "Unknown Gazette"),
    ],
)
def test_outlet_aliases(raw, expected):
    assert normalise_outlet(raw) == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("2016-09-28", "2016-09-28"),
        ("2022-06-30T13:58:52.000Z", "2022-06-30"),
        ("21:06, 17-Feb-2022", "2022-02-17"),
        ("Updated: 2022-02-18 09:31", "2022-02-18"),
        ("Published: Feb 17, 2022 09:10 PM", "2022-02-17"),
        ("2022-02-20 22:11:43", "2022-02-20"),
        ("2021-10-18T16:15:00-07:00", "2021-10-18"),
        ("7/23/17", "2017-07-23"),
        ("12/1/16", "2016-12-01"),
        ("March 3, 2022", "2022-03-03"),
        ("3 March 2022", "2022-03-03"),
        ("Apr 16", None),
        ("", None),
        ("None", None),
        ("yesterday", None),
        ("2022-13-45", None),
    ],
)
def test_parse_date(raw, expected):
    got = parse_date(raw)
    assert (None if got is None else str(got.date())) == expected


def test_wires_in_order():
    assert wires_in("Reuters and AP, later Agence France-Presse") == ["Reuters", "AP", "AFP"]
    assert wires_in("CAPTAIN and APPLE") == []


def test_repeated_dateline_is_removed_in_one_pass():
    """A dateline repeated at the start of a body is boilerplate as a whole: cleaning twice changes nothing more
    (found by the idempotence property test with five copies of "Moscow, Apr 16 (AP)")."""
    frame = pd.DataFrame({"doc_id": ["d0"], "text": ["Moscow, Apr 16 (AP) " * 5 + "Talks resumed on Tuesday."]})
    once, removed = clean_articles(frame)
    twice, _ = clean_articles(once)
    assert once["text"].tolist() == ["Talks resumed on Tuesday."] == twice["text"].tolist()
    assert (removed["step"] == "strip_dateline").sum() >= 1
