"""HTML left in plain text (feed descriptions, CMS exports, scrapers): references and tags.

A text copied out of an RSS ``<description>`` or a CMS field often keeps the page's escapes:
``d&#8217;une``, ``tu&eacute;``, ``&laquo; massacre &raquo;``, escaped paragraph tags
``&lt;p&gt;``. Left as they are, the words they sit in are no words (``tu&eacute;`` is no verb,
``l&#8217;armée`` no article and noun) and every later stage reads them wrong.

When a text clearly carries such escapes (at least ``MIN_REFERENCES`` valid references), each
line is decoded on its own and padded with trailing spaces to its raw length, so the lines of
the stored text start and end where the file's lines do (``text.splitlines()`` still maps to the
file's lines and to line-labelled gold) and every span inside a line indexes the decoded, stored
text exactly. Escaped markup (``&lt;p&gt;``, ``&lt;a href=&quot;…&quot;&gt;``) is removed, a
reference that decodes to a line break becomes a space, and a doubly escaped reference
(``&amp;eacute;``) is decoded twice. HTML tags of an article's text (``<strong>``, ``<a
href=…>``, ``<br />``, ``<p>``) and a blog platform's shortcodes (``[caption …]``,
``[embed]``) are removed the same way, line by line, when a text carries at least
``MIN_TAGS``: a "Lire aussi" link in tags is no chrome line to the clean stage, and a caption
in a shortcode no caption.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from html.entities import html5

MIN_REFERENCES = 2

# a numeric reference, or a named one ending in ";" that HTML5 knows (checked in _valid)
_REFERENCE = re.compile(r"&(?:#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)")
# escaped markup: an opening, closing or empty tag written with &lt; ... &gt;
_ESCAPED_TAG = re.compile(r"&(?:amp;)?lt;/?[A-Za-z][\w:-]*(?:\s.*?)?/?&(?:amp;)?gt;")
_BREAKS = re.compile(r"[\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_LINE_ENDS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"  # what str.splitlines splits on


def _each_line(text: str, fix: Callable[[str], str]) -> str:
    """``text`` with ``fix`` applied to every line (its break kept) and each fixed line padded
    with spaces to its raw length, so line offsets, line-labelled gold and evidence spans stay
    put; a fix that would lengthen a line is not applied."""
    parts: list[str] = []
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip(_LINE_ENDS)
        end = raw[len(body) :]
        out = fix(body)
        if out != body and len(out) <= len(body):
            body = out + " " * (len(body) - len(out))
        parts.append(body + end)
    return "".join(parts)


def _valid(ref: str) -> bool:
    if ref.startswith("&#"):
        return True
    return ref[1:] in html5


def count_references(text: str) -> int:
    """Number of valid HTML character references in ``text``."""
    return sum(1 for m in _REFERENCE.finditer(text) if _valid(m.group()))


def _one(m: re.Match[str]) -> str:
    ref = m.group()
    return html.unescape(ref) if _valid(ref) else ref


def decode_line(line: str) -> str:
    """Only references ending in ";" are decoded: a URL's "&copy=2" or "&not" stays as it is."""
    out = _ESCAPED_TAG.sub("", line)
    for _ in range(2):  # "&amp;eacute;" -> "&eacute;" -> "é"
        if "&" not in out:
            break
        decoded = _REFERENCE.sub(_one, out)
        if decoded == out:
            break
        out = decoded
    return _BREAKS.sub(" ", out)


def decode_references(text: str) -> tuple[str, int]:
    """(text with its references decoded line by line, references decoded); unchanged text and
    0 when the text carries fewer than ``MIN_REFERENCES``. Every line keeps its length."""
    found = count_references(text)
    if found < MIN_REFERENCES:
        return text, 0
    return _each_line(text, lambda body: decode_line(body) if "&" in body else body), found


MIN_TAGS = 2

# HTML elements of an article's text and a blog platform's shortcodes, as a scraper or a CMS
# export leaves them in plain text ("<strong>Lire aussi :</strong> <a href=…>", "<br />",
# "[caption id=…]<img …/> Légende[/caption]"); a feed's own elements (<item>, <title>,
# <pubDate>, <description>) are not among them: the clean stage reads a feed by them
_INLINE_TAG = re.compile(
    r"</?(?:a|abbr|b|cite|code|del|em|font|i|img|ins|mark|q|s|small|source|span|strong|sub|sup"
    r"|u|wbr)\b[^<>]{0,600}?/?>",
    re.I,
)
_SPACES = re.compile(r"[ \t]{2,}")
_BLOCK_TAG = re.compile(
    r"\s*</?(?:blockquote|br|div|figcaption|figure|h[1-6]|hr|iframe|li|ol|p|picture|table|tbody|td"
    r"|th|thead|tr|ul|video)\b[^<>]{0,600}?/?>\s*",
    re.I,
)
_SHORTCODE = re.compile(
    r"\[/?(?:caption|embed|video|audio|gallery|playlist|vc_\w+|et_pb_\w+|su_\w+)\b[^\[\]]{0,600}\]"
)


def count_tags(text: str) -> int:
    """Number of HTML tags and shortcodes of the kinds ``strip_tags`` removes."""
    return sum(len(rx.findall(text)) for rx in (_INLINE_TAG, _BLOCK_TAG, _SHORTCODE))


def strip_tags(text: str) -> tuple[str, int]:
    """(text without its HTML tags and shortcodes, tags removed); unchanged text and 0 when it
    carries fewer than ``MIN_TAGS``. A block tag leaves a space (two paragraphs glued on one
    line stay two sentences), an inline one nothing; every line keeps its length (padded)."""
    found = count_tags(text)
    if found < MIN_TAGS:
        return text, 0
    return _each_line(text, _strip_line), found


def _strip_line(body: str) -> str:
    if "<" not in body and "[" not in body:
        return body
    rest = body.lstrip()
    out = _SHORTCODE.sub("", _INLINE_TAG.sub("", _BLOCK_TAG.sub(" ", rest)))
    if out == rest:
        return body
    lead = body[: len(body) - len(rest)]  # a reply's indent stays
    return lead + _SPACES.sub(" ", out).strip()


MIN_MOJIBAKE = 3

# what cp1252 shows for the bytes of a UTF-8 character: a lead byte (Â-ô), then continuation
# bytes (0x80-0xBF), some of which cp1252 maps to typographic characters ("â€™" is "’")
_CONT = (
    "\x80-\xbf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014"
    "\u2018\u2019\u201a\u201c\u201d\u201e\u2020\u2021\u2022\u2026\u2030\u2039\u203a"
    "\u20ac\u2122"
)
_MOJIBAKE = re.compile(rf"[\xc2-\xf4][{_CONT}]{{1,3}}")
_LOST_NBSP = re.compile(r"Ã ?(?= )")  # "Ã" + a space for the no-break one, or none left


def _redecode(m: re.Match[str]) -> str:
    run = m.group()
    try:
        return run.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return run


def repair_mojibake(text: str) -> tuple[str, int]:
    """(text with UTF-8 read as cp1252 repaired, characters repaired): "lâ€™armÃ©e" ->
    "l’armée", when a text carries at least ``MIN_MOJIBAKE`` such sequences (a page saved
    twice through the wrong encoding); only sequences that decode as UTF-8 change, and every
    line keeps its length (padded), as for the references."""
    found = sum(1 for m in _MOJIBAKE.finditer(text) if _redecode(m) != m.group())
    if found < MIN_MOJIBAKE:
        return text, 0
    # "Ã " is "à" whose no-break space a copy turned into a plain one
    return _each_line(text, lambda body: _LOST_NBSP.sub("à", _MOJIBAKE.sub(_redecode, body))), found


def tidy_text(text: str) -> tuple[str, dict[str, int]]:
    """(text with mojibake repaired, references decoded and inline tags stripped -- every line
    kept at its length --, the counts of each repair for the document's meta): the one order
    both plain-text files and row texts are tidied in."""
    text, repaired = repair_mojibake(text)
    text, references = decode_references(text)
    text, tags = strip_tags(text)
    counts = {"mojibake_repaired": repaired, "references_decoded": references, "tags_removed": tags}
    return text, {key: n for key, n in counts.items() if n}
