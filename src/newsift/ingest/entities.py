"""HTML character references left in plain text (feed descriptions, CMS exports, scrapers).

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
(``&amp;eacute;``) is decoded twice.
"""

from __future__ import annotations

import html
import re
from html.entities import html5

MIN_REFERENCES = 2

# a numeric reference, or a named one ending in ";" that HTML5 knows (checked in _valid)
_REFERENCE = re.compile(r"&(?:#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)")
# escaped markup: an opening, closing or empty tag written with &lt; ... &gt;
_ESCAPED_TAG = re.compile(r"&(?:amp;)?lt;/?[A-Za-z][\w:-]*(?:\s.*?)?/?&(?:amp;)?gt;")
_BREAKS = re.compile(r"[\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


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
    parts: list[str] = []
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
        end = raw[len(body) :]
        if "&" in body:
            decoded = decode_line(body)
            if len(decoded) <= len(body):
                body = decoded + " " * (len(body) - len(decoded))
        parts.append(body + end)
    return "".join(parts), found
