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


_ARTICLE_TYPES = re.compile(r"(?:News|Report|Blog|Opinion|Analysis|Review|Satirical|Scholarly|Tech)?Article"
                            r"|BlogPosting|LiveBlogPosting|SocialMediaPosting", re.IGNORECASE)


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


def _clean_extracted(text: str) -> str:
    paragraphs = [re.sub(r"[ \t\u00a0]+", " ", p).strip() for p in text.split("\n")]
    return "\n\n".join(p for p in paragraphs if p)


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
    import trafilatura

    text_html = _to_text(html)
    if not text_html.strip():
        raise NotAnArticle("empty page")
    try:
        doc = trafilatura.bare_extraction(text_html, url=url, with_metadata=True, include_comments=False,
                                          include_tables=False, favor_precision=False)
    except (ValueError, TypeError, RecursionError) as exc:
        raise NotAnArticle(f"page could not be parsed ({type(exc).__name__}: {exc})") from exc
    meta: dict[str, Any] = {}
    if doc is not None:
        meta = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    body = _clean_extracted(meta.get("text") or "")
    if len(body) < MIN_ARTICLE_CHARS:
        raise NotAnArticle(f"no article text found (extracted {len(body)} characters, need at least "
                           f"{MIN_ARTICLE_CHARS}); an index, error or non-article page?")
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
