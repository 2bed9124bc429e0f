"""``load_html``: one web page to article fields (text, title, published, outlet, ...), with trafilatura plus
the project's own general cleanup. See ``docs/corpus.md`` for the measured F1 of each variant."""

from __future__ import annotations

import json
import re
from typing import Any

from framing.clean import parse_date

#: Pages whose extracted body is shorter than this (in characters) are not treated as articles.
MIN_ARTICLE_CHARS = 200


class NotAnArticle(ValueError):
    """The page holds no article text (an index page, an error page, a form, binary data)."""


def _to_text(html: str | bytes) -> str:
    if isinstance(html, bytes):
        from framing.load._io import decode

        head = html[:4096].decode("ascii", errors="ignore")
        declared = re.search(r"charset=[\"']?([A-Za-z0-9_\-]+)", head)
        if declared:
            try:
                return html.decode(declared.group(1), errors="replace")
            except LookupError:
                pass
        return decode(html)[0]
    if not isinstance(html, str):
        raise TypeError(f"html must be str or bytes; got {type(html).__name__}")
    return html


def _json_ld_objects(tree: Any) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for node in tree.xpath('//script[@type="application/ld+json"]'):
        raw = (node.text or "").strip()
        if not raw:
            continue
        try:
            data = json.loads(raw)
        except json.JSONDecodeError:
            try:
                data = json.loads(re.sub(r"[\x00-\x1f]", " ", raw))
            except json.JSONDecodeError:
                continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                out.append(item)
                if isinstance(item.get("@graph"), list):
                    stack.extend(item["@graph"])
                if isinstance(item.get("mainEntity"), (dict, list)):
                    stack.append(item["mainEntity"])
    return out


_ARTICLE_TYPES = re.compile(
    r"(?:News|Report|Blog|Opinion|Analysis|Review|Satirical|Scholarly|Tech)?Article"
    r"|BlogPosting|LiveBlogPosting|SocialMediaPosting",
    re.IGNORECASE,
)


def json_ld_article(html: str | bytes) -> dict[str, Any]:
    """The first schema.org article object (``NewsArticle``, ``Article``, ``BlogPosting``...) found in the page's
    JSON-LD, or ``{}``."""
    import lxml.html

    try:
        tree = lxml.html.fromstring(_to_text(html))
    except (ValueError, TypeError, lxml.etree.ParserError):
        return {}
    for obj in _json_ld_objects(tree):
        kind = obj.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if any(isinstance(k, str) and _ARTICLE_TYPES.fullmatch(k) for k in kinds):
            return obj
    return {}


def _paragraphs(text: str | None) -> list[str]:
    return [p for p in (re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in (text or "").split("\n")) if p]


def _comparable(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _link_like(para: str) -> bool:
    return len(para.split()) < 25 and not para.rstrip().endswith((".", "!", "?", '"', "”", "’", ":"))


def _repeats_title(para: str, title: str) -> bool:
    """A short first paragraph that is the headline (possibly with or without the site name)."""
    words, title_words = _comparable(para).split(), set(_comparable(title).split())
    if not words or not title_words or len(words) > 40 or para.rstrip().endswith("."):
        return _comparable(para) == _comparable(title)
    inside = sum(1 for w in words if w in title_words) / len(words)
    covered = sum(1 for w in title_words if w in set(words)) / len(title_words)
    return inside >= 0.8 and covered >= 0.6


def tidy_extracted(
    paragraphs: list[str], *, title: str | None = None, inserts: bool = True, promo: bool = True
) -> list[str]:
    """The project's general cleanup of an extractor's output (no rule is keyed to a site).

    1. a first paragraph that repeats the page title is dropped;
    2. from the first comment-section heading (``tail_markers`` in ``boilerplate.yaml``) in the second half
       of the text, the rest is cut;
    3. related-link blocks (``block_markers``: "You may also like", "DON'T MISS", tag lists) lose their
       heading and the link lines right after it (short lines that do not end like a sentence);
    4. with ``inserts``/``promo``, the cleaning steps ``strip_inserts`` ("Read more: ...", "Related: ...")
       and ``strip_promo`` (social-media and newsletter calls) of :mod:`framing.clean` run on the result.

    Disclaimers, datelines and agency tags are *not* removed here: that is the job of the visible cleaning
    pipeline (:func:`framing.clean.clean_articles`), which :func:`framing.load_corpus` runs on HTML files as on
    every other format (and which logs what it removes).

    Examples
    --------
    >>> tidy_extracted(["Talks open", "Delegates met on Monday.", "You may also like:", "Other story",
    ...                 "They agreed.", "2 comments", "Great piece!"], title="Talks open")
    ['Delegates met on Monday.', 'They agreed.']
    """
    from framing.clean import STRIP_INSERTS, STRIP_PROMO, Draft, load_boilerplate

    rules = load_boilerplate()
    paras = list(paragraphs)
    if paras and title and _repeats_title(paras[0], title):
        paras = paras[1:]
    for index in range(max(1, len(paras) // 2), len(paras)):
        if len(paras[index]) <= 250 and any(m.match(paras[index]) for _i, m in rules["tail_markers"]):
            paras = paras[:index]
            break
    out: list[str] = []
    skipping = False
    for para in paras:
        if len(para) <= 80 and any(m.match(para) for _i, m in rules["block_markers"]):
            skipping = True
            continue
        if skipping and _link_like(para):
            continue
        skipping = False
        out.append(para)
    if inserts:
        draft = Draft(out)
        for step in (STRIP_INSERTS, STRIP_PROMO) if promo else (STRIP_INSERTS,):
            draft.step = step.name
            step.func(draft)
        out = draft.paragraphs
    return out


#: How :func:`load_html` extracts the body; the benchmark (``benchmarks/load_html_f1.py``) scores each.
VARIANTS = ("trafilatura", "trafilatura_recall", "trafilatura_precision", "switch", "switch_tidy")


_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def trafilatura_extract(html: str, *, url: str | None = None, **options: Any) -> tuple[str, dict[str, Any]]:
    """trafilatura's body text and metadata for a page (tables kept, comments dropped); ``("", {})`` when it
    finds nothing."""
    import trafilatura

    # dates only from the page's markup (meta tags, JSON-LD, <time>), never inferred from its text: a
    # publication date is left missing rather than guessed
    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        date_extraction_params=_DATE_PARAMS,
        **options,
    )
    if doc is None:
        return "", {}
    meta = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    return meta.get("text") or "", meta


def choose_extraction(precise: str, default: str) -> str:
    """The precision-oriented extraction unless it kept less than half of what the default one found (then it
    pruned part of the article, not just boilerplate).

    Examples
    --------
    >>> choose_extraction("a" * 90, "a" * 100), choose_extraction("a" * 10, "a" * 100) == "a" * 100
    ('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', True)
    """
    return default if len(precise) < 0.5 * len(default) else precise


def extract_body(
    html: str, *, url: str | None = None, variant: str = "switch_tidy"
) -> tuple[str, dict[str, Any]]:
    """Extract the article body (paragraphs separated by blank lines) and trafilatura's metadata.

    ``variant``: ``"trafilatura"`` (defaults), ``"trafilatura_recall"`` / ``"trafilatura_precision"``
    (``favor_recall`` / ``favor_precision``), ``"switch"`` (:func:`choose_extraction` between the precision
    and the default extraction), ``"switch_tidy"`` (``switch`` plus :func:`tidy_extracted`; the default).
    """
    if variant not in VARIANTS:
        raise ValueError(f"variant={variant!r} is not known; expected one of {', '.join(VARIANTS)}")
    if variant == "trafilatura":
        text, meta = trafilatura_extract(html, url=url)
    elif variant == "trafilatura_recall":
        text, meta = trafilatura_extract(html, url=url, favor_recall=True)
    elif variant == "trafilatura_precision":
        text, meta = trafilatura_extract(html, url=url, favor_precision=True)
    else:
        precise, meta = trafilatura_extract(html, url=url, favor_precision=True)
        default, meta_default = trafilatura_extract(html, url=url)
        text = choose_extraction(precise, default)
        if text is not precise:
            meta = meta_default
    paragraphs = _paragraphs(text)
    if variant == "switch_tidy":
        paragraphs = tidy_extracted(paragraphs, title=meta.get("title"))
    return "\n\n".join(paragraphs), meta


def load_html(html: str | bytes, *, url: str | None = None) -> dict[str, Any]:
    """Extract the article from one HTML page.

    Returns a dict with ``text`` (paragraphs separated by blank lines), ``title``, ``published`` (a
    ``Timestamp`` or ``None``), ``outlet`` (site name), ``section``, ``url``, ``author``, ``dateline`` and
    ``wire`` (these two are filled by cleaning, :func:`framing.clean.clean_articles`; here ``None``).

    Raises
    ------
    NotAnArticle
        When no article body of at least :data:`MIN_ARTICLE_CHARS` characters is found.

    Examples
    --------
    >>> page = ("<html><head><title>Talks open | Daily Planet</title></head><body><article><h1>Talks open</h1>"
    ...         + "<p>" + "Delegates met in Geneva on Monday to discuss the ceasefire. " * 3 + "</p>"
    ...         + "<p>" + "The talks will continue for three days, officials said. " * 3 + "</p></article></body></html>")
    >>> out = load_html(page)
    >>> out["title"], "Delegates met in Geneva" in out["text"]
    ('Talks open', True)
    """
    text_html = _to_text(html)
    if not text_html.strip():
        raise NotAnArticle("empty page")
    try:
        body, meta = extract_body(text_html, url=url)
    except (ValueError, TypeError, RecursionError) as exc:
        raise NotAnArticle(f"page could not be parsed ({type(exc).__name__}: {exc})") from exc
    if len(body) < MIN_ARTICLE_CHARS:
        raise NotAnArticle(
            f"no article text found (extracted {len(body)} characters, need at least "
            f"{MIN_ARTICLE_CHARS}); an index, error or non-article page?"
        )
    categories = meta.get("categories") or []
    if isinstance(categories, str):
        categories = [c for c in categories.split(",") if c.strip()]
    return {
        "text": body,
        "title": (meta.get("title") or None),
        "published": parse_date(meta.get("date")),
        "outlet": meta.get("sitename") or None,
        "section": categories[0].strip() if categories else None,
        "url": url or meta.get("url") or None,
        "author": meta.get("author") or None,
        "dateline": None,
        "wire": None,
    }
