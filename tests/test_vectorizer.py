"""FrameVectorizer: scikit-learn conventions, counts equal to document_table, Pipeline use."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from sklearn.base import clone
from sklearn.exceptions import NotFittedError
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline

from framing.features.sklearn import FrameVectorizer


@pytest.fixture(scope="module", autouse=True)
def _memory_parse_cache():
    # parses stay in memory for these tests: a window that mixes disk-cached parses (no tensor) with fresh ones
    # trips Doc.from_docs in extract_frames (reported to the features engineer); not what these tests check
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("FRAMING_PARSE_CACHE", "memory")
        yield

TEXTS = [
    "Beijing blames Washington for the crisis. The minister said that talks would continue.",
    "The harbour reopened on Tuesday after repairs. Tourists returned.",
    "“We are ready,” the mayor said. Analysts said the plan was risky.",
    "The harbour master said that the storm had passed.",
]
OTHER = ["Seoul accused Pyongyang of jamming signals. The general said that the border was calm."]


def test_params_and_errors_without_a_model():
    vec = FrameVectorizer(features=["quote"], roles=("speaker",), value="rate")
    assert clone(vec).get_params() == vec.get_params()
    with pytest.raises(NotFittedError):
        vec.get_feature_names_out()
    with pytest.raises(ValueError, match="value='share' is invalid"):
        FrameVectorizer(value="share").fit([""])
    with pytest.raises(ValueError, match="roles='speaker' is a string"):
        FrameVectorizer(roles="speaker").fit([""])
    with pytest.raises(ValueError, match="single string"):
        FrameVectorizer().fit("one text")


@pytest.fixture(scope="module")
def fitted(nlp):
    vec = FrameVectorizer(features=["quote", "blame_attribution"], roles=("speaker",))
    return vec, vec.fit_transform(TEXTS)


@pytest.mark.model
def test_counts_match_frame_rows(fitted):
    from framing import extract_frames
    from framing.features import document_table

    vec, X = fitted
    names = list(vec.get_feature_names_out())
    assert names[:2] == ["quote", "blame_attribution"]
    assert all(n.startswith("quote:speaker=") for n in names[2:])
    rows = extract_frames(TEXTS, features=["quote", "blame_attribution"])
    table = document_table(rows, TEXTS)
    assert X.shape == (4, len(names))
    assert X[:, 0].tolist() == table["quote"].tolist()
    assert X[:, 1].tolist() == table["blame_attribution"].tolist()
    # every quote row lands in exactly one speaker column when it has a speaker
    with_speaker = rows[(rows.feature == "quote") & rows.speaker.notna()].groupby("doc_id").size()
    assert X[:, 2:].sum(axis=1).tolist() == [with_speaker.get(i, 0) for i in range(4)]
    assert np.array_equal(vec.transform(TEXTS), X)  # transform after fit_transform: same numbers


@pytest.mark.model
def test_fit_twice_relearns_columns(nlp):
    vec = FrameVectorizer(features=["quote"], roles=("speaker",))
    first = list(vec.fit(TEXTS).get_feature_names_out())
    second = list(vec.fit(OTHER).get_feature_names_out())
    again = list(vec.fit(TEXTS).get_feature_names_out())
    assert first == again and first != second
    assert vec.fit(TEXTS) is vec


@pytest.mark.model
def test_unseen_role_values_are_ignored_and_rates_divide_by_sentences(nlp):
    vec = FrameVectorizer(features=["quote"], roles=("speaker",), value="rate").fit(TEXTS)
    X = vec.transform(OTHER)
    n_quotes = FrameVectorizer(features=["quote"]).fit(OTHER).transform(OTHER)[0, 0]
    assert X[0, 0] == pytest.approx(n_quotes / 2)  # two sentences
    assert X.shape[1] == len(vec.get_feature_names_out())


@pytest.mark.model
def test_articles_table_and_pipeline(nlp):
    articles = pd.DataFrame({"doc_id": ["a", "b", "c", "d"], "text": TEXTS})
    pipe = Pipeline([("frames", FrameVectorizer(features=["quote", "blame_attribution"])),
                     ("clf", LogisticRegression())])
    y = [1, 0, 1, 0]
    pipe.fit(articles, y)
    assert pipe.predict(articles).shape == (4,)
    assert list(pipe[:-1].get_feature_names_out()) == ["quote", "blame_attribution"]


@pytest.mark.model
def test_unknown_role_is_named(nlp):
    with pytest.raises(ValueError, match="roles includes 'villain'"):
        FrameVectorizer(features=["quote"], roles=["villain"]).fit(TEXTS)
