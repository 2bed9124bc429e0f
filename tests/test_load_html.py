"""load_html: article pages give text and metadata; non-article pages are refused with a reason."""

from __future__ import annotations

import gzip
import json

import pytest

from framing.load import NotAnArticle, load_corpus, load_html
from framing.load.html import tidy_extracted

PARA = (
    "Delegates from twelve countries met in Geneva on Monday to discuss a ceasefire, officials said, "
    "and the talks are expected to continue for three more days."
)
PAGE = f"""<html><head><title>Talks open in Geneva | Daily Planet</title>
<meta property="og:site_name" content="Daily Planet">
<meta property="article:published_time" content="2024-03-04T10:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Talks open in Geneva</h1><p>{PARA}</p><p>{PARA.replace("Monday", "Tuesday")}</p>
<p>Read more: Another story on the site</p><p>{PARA.replace("Geneva", "Vienna")}</p></article>
<footer>Copyright Daily Planet. All rights reserved.</footer></body></html>"""


def test_article_page():
    out = load_html(PAGE, url="https://example.org/world/talks")
    assert out["title"] == "Talks open in Geneva"
    assert out["outlet"] == "Daily Planet" and str(out["published"].date()) == "2024-03-04"
    paragraphs = out["text"].split("\n\n")
    assert paragraphs[0].startswith("Delegates") and len(paragraphs) == 3
    assert "Read more" not in out["text"] and "Home" not in out["text"]
    assert load_html(PAGE.encode("cp1252"))["text"] == out["text"]


@pytest.mark.parametrize(
    "page",
    [
        "",
        "<html><body><nav><a href='/'>Home</a></nav></body></html>",
        "<html><body><form><input name='q'></form><p>Login</p></body></html>",
    ],
)
def test_non_articles_are_refused(page):
    with pytest.raises(NotAnArticle):
        load_html(page)


def test_html_file_with_sidecar(tmp_path):
    (tmp_path / "p.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("file,outlet,event_id\np.html,The Daily Planet,e7\n")
    articles, report = load_corpus(tmp_path)
    assert report.loaded == 1
    assert articles.loc[0, ["outlet", "event_id", "headline"]].tolist() == [
        "The Daily Planet",
        "e7",
        "Talks open in Geneva",
    ]


def test_tidy_keeps_prose_after_related_block():
    paras = ["Body one.", "Body two.", "DON'T MISS", "Link headline one", "Link headline two", "Body three."]
    assert tidy_extracted(paras) == ["Body one.", "Body two.", "Body three."]


@pytest.mark.realdata
def test_real_pages_sample(realdata_dir):
    folder = realdata_dir / "article_extraction_html"
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    keys = sorted(truth)[:8]
    hits = 0
    for key in keys:
        page = gzip.decompress((folder / "html" / f"{key}.html.gz").read_bytes())
        gold = set(truth[key]["articleBody"].split())
        words = load_html(page)["text"].split()
        hits += sum(w in gold for w in words) / max(1, len(words)) > 0.8
    assert hits >= 7


def test_date_is_not_guessed_from_text():
    page = PAGE.replace('<meta property="article:published_time" content="2024-03-04T10:00:00Z">', "")
    page = page.replace("<p>Read more", "<p>Posted March 1, 2019. Read more")
    assert load_html(page)["published"] is None
