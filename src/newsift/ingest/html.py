"""HTML -> main text + reader comments + page metadata (trafilatura, with a plain fallback).

Web pages carry menus, footers and comment threads; trafilatura finds the article and the
comments, and we keep the comments after it with their span so the clean stage can label them.
"""

from __future__ import annotations

import copy
import re
from html.parser import HTMLParser
from typing import Any

from newsift.ingest.common import IngestError, non_space_chars
from newsift.ingest.text import NotText, decode_text, normalise_charset

_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE
)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_\-.]+)""")

# <title> goes to meta; <head> is not skipped since broken pages often never close it.
_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "title", "iframe", "object"}
_BLOCK_TAGS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
    "section", "article", "header", "footer", "blockquote", "pre", "hr", "dd", "dt", "dl",
    "aside", "nav", "main", "figure", "figcaption", "form", "td", "th",
}  # fmt: skip

_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_config: Any = None


def declared_charset(raw: bytes) -> str | None:
    """The charset a page declares in <meta> or an XML declaration (first 4 KiB)."""
    head = raw[:4096]
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    if match:
        return match.group(1).decode("ascii", "replace")
    return None


def decode_html(raw: bytes, http_charset: str | None = None) -> tuple[str, str]:
    """(html text, encoding): BOM, UTF-8, then the HTTP or <meta> charset, then a guess."""
    hint = http_charset or declared_charset(raw)
    if hint and normalise_charset(hint) is None:
        hint = None
    try:
        return decode_text(raw, hint)
    except NotText as exc:
        raise NotText(str(exc).replace("binary content", "binary content, not HTML")) from None


class _TextOnly(HTMLParser):
    """Tag stripper for pages trafilatura gives up on: keeps all visible text, one block a line."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body":
            self.skip_depth = 0  # an unclosed <title> or <style> must not hide the whole page
        if tag in _SKIP_TAGS:
            self.skip_depth += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "head":
            self.skip_depth = 0
        elif tag in _SKIP_TAGS:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip_depth:
            self.parts.append(data)


def strip_tags(html: str) -> str:
    """Visible text of any HTML, however broken: lines trimmed, blank runs collapsed."""
    parser = _TextOnly()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # noqa: BLE001 - html.parser is lenient; keep whatever it got so far
        pass
    lines = "".join(parser.parts).split("\n")
    trimmed = (_SPACES.sub(" ", line).strip() for line in lines)
    return "\n".join(line for line in trimmed if line)


def _trafilatura_config(max_bytes: int) -> Any:
    global _config
    if _config is None:
        from trafilatura.settings import DEFAULT_CONFIG

        _config = copy.deepcopy(DEFAULT_CONFIG)
        _config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    _config.set("DEFAULT", "MAX_FILE_SIZE", str(max(max_bytes, 20_000_000) * 4))
    return _config


def extract(html: str, url: str | None, max_bytes: int) -> tuple[str, dict[str, Any]]:
    """(text, meta) of a decoded page. Text = main text, then "\\n\\n" + comments if any.

    meta holds title, published (trafilatura's ISO date), author, sitename, url and
    comment_spans ([[start, end]] of the comments in the text), plus "extractor".
    """
    import trafilatura

    meta: dict[str, Any] = {"comment_spans": []}
    result = None
    try:
        result = trafilatura.bare_extraction(
            html,
            url=url,
            include_comments=True,
            include_tables=True,
            with_metadata=True,
            config=_trafilatura_config(max_bytes),
        )
    except Exception:  # noqa: BLE001 - a parser crash on a broken page must not lose it
        result = None
    main = comments = ""
    if result is not None:
        main = (getattr(result, "text", None) or "").strip()
        comments = (getattr(result, "comments", None) or "").strip()
        meta.update(
            title=getattr(result, "title", None),
            published=getattr(result, "date", None),
            author=getattr(result, "author", None),
            sitename=getattr(result, "sitename", None),
            url=getattr(result, "url", None) or url,
        )
    if non_space_chars(main):
        meta["extractor"] = "trafilatura"
        text = main
        if non_space_chars(comments):
            start = len(text) + 2
            text = f"{text}\n\n{comments}"
            meta["comment_spans"] = [[start, len(text)]]
        return text, meta
    # Fallback: everything visible, so a page trafilatura cannot parse is not lost.
    text = strip_tags(html)
    if not non_space_chars(text):
        raise IngestError("HTML without any visible text")
    meta["extractor"] = "tag-strip"
    meta["url"] = meta.get("url") or url
    if not meta.get("title"):
        match = re.search(r"<title[^>]*>(.*?)</title", html[:65536], re.IGNORECASE | re.DOTALL)
        if match:
            meta["title"] = strip_tags(match.group(1)).strip() or None
    return text, meta
