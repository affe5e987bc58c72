"""The cleaner's last word: prose it cannot show to be comment or chrome stays article text.

Every earlier pass reads layouts it knows; on a layout it has never seen, one misread line (a
magazine's running head taken for a user name, a day divider in a channel, an "À lire aussi"
over a second story) turns everything under it into a thread or the page's chrome, and the
articles written there are lost. This pass runs after all the others and only ever gives text
back to articles, on structure alone (no vocabulary), so it holds on layouts no rule was
written for:

* **a thread by the article's own author** -- the posts right under an article whose head
  names the same author as the article's head ("Name @handle · stamp" over post 1/9, 2/9 ...)
  continue the article, up to the first post by anyone else;
* **orphan prose** -- a block of well-formed prose (several sentences, many words) labelled
  comment or chrome with no comment structure near it (no comment head, no commenter line, no
  reply bar right above or under it) is article text: the continuation of the article just
  above when only page furniture (page numbers, running heads) stands between them, else a new
  article under the headline right above it (a second story under "À lire aussi", a channel's
  later post under a day divider). A block with neither is left as it was;
* **an article pasted into a thread** -- a block with its own headline and a line dating it or
  naming its outlet right over several paragraphs is an article even inside a comment (a
  reader's own head, name and stamp, is never that line);
* **an essay's numbered sections** -- a numbered section heading is a heading inside a block,
  and an article titled "n. ..." goes on with the article above when the section "n-1. ..."
  stands between them as no article's title.

Printed text (a PDF or OCR export) is read as such: a paragraph hard-wrapped over several
lines (most breaks fall mid-sentence: the next line goes on in lower case or after a hyphen
or comma) is prose whatever each line looks like alone (a wrapped line ending on a noun reads
as a headline, a short last line as a label); the page furniture between two pages (a page
number, a running head with its page number, the numbered notes beside them) neither breaks
a block nor counts as the gap between an article and its continuation, and stays chrome.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsift.clean.comment_stamps import stamp_in
from newsift.clean.dates import find_date
from newsift.clean.lines import Line
from newsift.clean.segment_model import ArticleInfo

if TYPE_CHECKING:
    from newsift.clean.segment_model import Labelled

# a block of orphan prose: at least this many words, prose lines and sentence ends; a block
# under a headline is a story with fewer words than one that would go on with the article above
# with no headline of its own
MIN_WORDS_STORY = 50
MIN_WORDS_CONTINUED = 80
MIN_PROSE_LINES = 3
MIN_SENTENCES = 3
# page furniture that may stand between an article and its continuation: page numbers,
# running heads (a short line, a name-like line, a heading, a row of separated items)
FURNITURE = frozenset({"short", "name", "heading", "nav"})
MAX_FURNITURE = 3
MAX_PAGE_BREAK = 8  # page marks and notes skipped on the way up to the article above
# lines that show a comment: a commenter line, a reply bar, a comment counter
COMMENT_SIGNS = frozenset({"commenter", "cci", "cc"})
MAX_CLOSING = 3  # lines under a story's text that may still be its meta
# lines between a headline and its story's first paragraph
HEADER_KINDS = frozenset({"date", "byline", "name", "source", "short", "user"})
_SENTENCE_END = re.compile(r"[.!?…](?:[»”\")]*)(?=\s|$)")
_WORD = re.compile(r"\w+")
_BULLET = re.compile(r"\s*[-–—•·*▪►]\s")
# a chat line or a one-line comment: a speaker's name (up to four words) and a colon first
_SPEAKER = re.compile(r"\W{0,3}(?:[\w@.'’\-]+ ){0,3}[\w@.'’\-]+ ?: \S")
_STAMP_START = re.compile(r"\d")
_PAGE_NUMBER = re.compile(r"\d{1,4}")
_HANDLE = re.compile(r"[@_.]|\w\d")
_HEAD_SEPARATORS = ("·", "|", " - ", " – ", " — ", "•")
# a printed page's mark: a page number alone ("— 115 —") or beside a running head
# ("114 | Revue ..., n° 58", "Kirkouk, ou la sécession empêchée | 115")
_PAGE_MARK = re.compile(
    r"\W{0,3}\d{1,4}\W{0,3}|\d{1,4}\s*[|·•]\s*\S.{0,100}|\S.{0,100}[|·•]\s*\d{1,4}"
)
_NOTE = re.compile(r"\d{1,3}[.)]?\s+\S")  # a numbered note under a page: "2. Entretiens ..."
PAGE_NOTE_REACH = 3  # non-empty lines between a note and its page's mark
# a line break inside a sentence: the line ends on a word, a comma or a hyphen and the next
# goes on in lower case (or a hyphen or comma ends the line)
_OPEN_END = re.compile(r"[\w,\-–]$")
_WRAP_END = re.compile(r"\w[\-‐]$|,$")
MIN_WRAP_BREAKS = 2  # mid-sentence breaks that show a paragraph is hard-wrapped
# a numbered section heading: "2. La ville qu'on prend", "3.1. Chypre, ou ..."
_SECTION = re.compile(r"(\d{1,2}(?:\.\d{1,2})*)[.)]\s+[^\W\d]")


def relabel(lines: list[Line], lab: Labelled, heads: set[int]) -> None:
    """Give back to articles the text the structure pass could not show to be anything else.

    ``heads``: the lines the structure pass read as comment heads (name and stamp)."""
    if not lab.articles:
        return
    for art in list(lab.articles):
        _own_thread(lines, lab, heads, art)
    _orphan_prose(lines, lab, heads, _Print(lines))
    _numbered_sections(lines, lab)


class _Print:
    """A printed page's structure: the lines of hard-wrapped paragraphs and its page furniture."""

    def __init__(self, lines: list[Line]) -> None:
        self.furniture = page_furniture(lines)
        self.wrapped = wrapped_lines(lines) - self.furniture

    def prose(self, lines: list[Line], i: int) -> bool:
        return i not in self.furniture and (lines[i].kind == "prose" or i in self.wrapped)


def page_furniture(lines: list[Line]) -> set[int]:
    """Page marks (a page number, a running head beside one) and the numbered notes
    (sentences) printed next to them."""
    marks = {
        i
        for i, ln in enumerate(lines)
        if ln.text and len(ln.text) <= 120 and _PAGE_MARK.fullmatch(ln.text)
    }
    out = set(marks)
    for m in marks:
        for step in (-1, 1):
            for j in _nonempty_around(lines, m, step, PAGE_NOTE_REACH):
                t = lines[j].text
                if j in marks:
                    continue
                if not (_NOTE.match(t) and _SENTENCE_END.search(t)):
                    break
                out.add(j)
    return out


def wrapped_lines(lines: list[Line]) -> set[int]:
    """Lines of paragraphs hard-wrapped over several lines: in a run of adjacent lines with at
    least two breaks mid-sentence, the two lines at each such break."""
    out: set[int] = set()
    i, n = 0, len(lines)
    while i < n:
        if not lines[i].text:
            i += 1
            continue
        j = i
        while j + 1 < n and lines[j + 1].text:
            j += 1
        breaks = [k for k in range(i, j) if _mid_sentence(lines[k].text, lines[k + 1].text)]
        if len(breaks) >= MIN_WRAP_BREAKS:
            text = " ".join(lines[k].text for k in range(breaks[0], breaks[-1] + 2))
            if len(_SENTENCE_END.findall(text)) >= 2:
                out.update(k for b in breaks for k in (b, b + 1))
        i = j + 1
    return out


def _mid_sentence(line: str, nxt: str) -> bool:
    if not _OPEN_END.search(line) or len(line.split()) < 4:
        return False
    return bool(_WRAP_END.search(line)) or nxt[:1].islower()


def author_key(text: str) -> str | None:
    """Who a post head names: its text before the stamp ("Name @handle · 8 déc. 2024 à 09:12"
    -> "name @handle"), or None when the line holds no stamp or too few letters."""
    if not stamp_in(text):
        return None
    m = _STAMP_START.search(text)
    head = text[: m.start()] if m else text
    cut = max(head.rfind(sep) for sep in _HEAD_SEPARATORS)
    if cut > 0:
        head = head[:cut]  # "Name @handle · Mar 3, …": the month is the stamp's
    key = " ".join(head.lower().strip(" ·|,-–—:").split())
    if sum(map(str.isalpha, key)) < 3:
        return None
    # a name: two words or a handle ("alt" alone, a forum's old-post mark over every post's
    # stamp, names no one)
    return key if " " in key or _HANDLE.search(key) else None


def _own_thread(lines: list[Line], lab: Labelled, heads: set[int], art: ArticleInfo) -> None:
    """Posts right under ``art`` by the author of its head are its continuation."""
    own = [i for i, a in enumerate(lab.arts) if a == art.k]
    body = [i for i in own if lab.kinds[i] == "body"]
    if not body:
        return
    first_body = body[0]
    keys = {
        author_key(lines[i].text)
        for i in range(max(0, art.first_line - 1), first_body)
        if lines[i].text and (i in heads or i in art.date_lines or i in art.byline_lines)
    } - {None}
    if not keys:
        return
    last = own[-1]
    mine = False
    taken: list[int] = []
    for i in range(last + 1, len(lines)):
        ln = lines[i]
        if not ln.text:
            continue
        if lab.arts[i] is not None or lab.kinds[i] not in ("comment", "boilerplate"):
            break
        key = author_key(ln.text) if (i in heads or ln.kind == "date") else None
        if key is not None:
            if key not in keys:
                break
            mine = True
            lab.kinds[i], lab.arts[i] = "meta", art.k
            taken.append(i)
            continue
        if lab.kinds[i] == "comment" and not mine:
            break  # someone else's comment first: the thread is not the author's
        if mine and lab.kinds[i] == "comment":
            text_line = ln.kind in ("prose", "heading")
            lab.kinds[i], lab.arts[i] = ("body", art.k) if text_line else ("boilerplate", None)
            taken.append(i)
    for i in taken:
        lab.comment_starts.discard(i)
    kept = [i for i in taken if lab.arts[i] == art.k]
    if kept:
        art.last_line = max(art.last_line, kept[-1])


def _blocks(lines: list[Line], lab: Labelled, page: _Print) -> list[list[int]]:
    """Runs of prose and heading lines (blank lines and page furniture allowed) labelled
    comment or chrome."""
    out: list[list[int]] = []
    cur: list[int] = []
    for i, ln in enumerate(lines):
        if not ln.text:
            continue
        if i in page.furniture and cur:
            cur.append(i)
            continue
        textual = ln.kind in ("prose", "heading") or i in page.wrapped or _section(ln.text)
        if lab.kinds[i] in ("comment", "boilerplate") and textual:
            cur.append(i)
            continue
        if cur:
            out.append(cur)
        cur = []
    if cur:
        out.append(cur)
    # a block ends on its last paragraph: a heading or page furniture under it (a licence
    # line, a running head) is not the story's
    out = [
        b[: max(k for k, i in enumerate(b) if page.prose(lines, i)) + 1]
        for b in out
        if any(page.prose(lines, i) for i in b)
    ]
    return out


def _prose_words(lines: list[Line], block: list[int], page: _Print) -> int:
    """Words of the block's paragraphs when it reads as running prose, else 0: enough prose
    lines and sentence ends, not a list (bulleted items, or a headline over each teaser)."""
    prose = [i for i in block if page.prose(lines, i) and not _BULLET.match(lines[i].text)]
    headings = sum(1 for i in block if _heading(lines, i, page) and not _section(lines[i].text))
    if len(prose) < MIN_PROSE_LINES or 2 * headings > len(prose):
        return 0
    text = " ".join(lines[i].text for i in prose)
    if len(_SENTENCE_END.findall(text)) < MIN_SENTENCES:
        return 0
    return len(_WORD.findall(text))


def _heading(lines: list[Line], i: int, page: _Print) -> bool:
    return lines[i].kind == "heading" and i not in page.wrapped and i not in page.furniture


def _nonempty_around(lines: list[Line], i: int, step: int, count: int) -> list[int]:
    out: list[int] = []
    j = i + step
    while 0 <= j < len(lines) and len(out) < count:
        if lines[j].text:
            out.append(j)
        j += step
    return out


def _commented(
    lines: list[Line], lab: Labelled, heads: set[int], block: list[int], page: _Print
) -> bool:
    """Comment structure right above the block (a head, a commenter line, a counter, a name the
    page repeats right over its first paragraph), a reply bar right under it, or a speaker's
    name opening most of its lines (a chat, a list of short comments)."""
    if 2 * sum(1 for i in block if _SPEAKER.match(lines[i].text)) >= len(block):
        return True
    lead = next(i for i in block if page.prose(lines, i))
    over = _nonempty_around(lines, lead, -1, 1)
    if (
        over
        and lines[over[0]].kind in ("name", "user")
        and _recurs(lines, over[0])
        and not _running_head(lines, over[0])
    ):
        return True  # a name the page repeats right over the text: a commenter's
    for j in _nonempty_around(lines, block[0], -1, 3):
        if lab.arts[j] is not None:
            break
        if j in heads or lines[j].kind in COMMENT_SIGNS:
            return True
    below = _nonempty_around(lines, block[-1], 1, 1)
    return any(lines[j].kind in ("cci", "commenter") for j in below)


def _pasted_article(
    lines: list[Line], lab: Labelled, heads: set[int], block: list[int], page: _Print
) -> bool:
    """A whole article pasted into a post or a reply: its own headline, then a line dating it
    or naming its outlet, right over its paragraphs. A comment's own head is a name over a
    stamp; a forum reply's subject line repeats over every reply (and its text is short)."""
    lead = next(i for i in block if page.prose(lines, i))
    over = [j for j in _nonempty_around(lines, lead, -1, 3) if lines[j].kind != "byline"]
    if len(over) < 2 or any(lab.arts[j] is not None or j in heads for j in over[:2]):
        return False
    stamp, title = over[0], over[1]
    ln = lines[stamp]
    hit = ln.date or (find_date(ln.text) if len(ln.text) <= 80 else None)
    dated = ln.kind in ("date", "source") or (hit is not None and hit.precision == "day")
    return dated and _heading(lines, title, page) and not _recurs(lines, title)


def _recurs(lines: list[Line], i: int) -> bool:
    text = lines[i].text
    return sum(1 for ln in lines if ln.text == text) > 1


def _running_head(lines: list[Line], i: int) -> bool:
    """A line beside a page number (a printed page's running head, not a commenter's name)."""
    near = [*_nonempty_around(lines, i, -1, 1), *_nonempty_around(lines, i, 1, 1)]
    return any(_PAGE_NUMBER.fullmatch(lines[j].text) for j in near)


def _orphan_prose(lines: list[Line], lab: Labelled, heads: set[int], page: _Print) -> None:
    changed = False
    for block in _blocks(lines, lab, page):
        words = _prose_words(lines, block, page)
        if words < MIN_WORDS_STORY:
            continue
        if words >= MIN_WORDS_CONTINUED and _pasted_article(lines, lab, heads, block, page):
            changed |= _new_article(lines, lab, block, page)
            continue
        if _commented(lines, lab, heads, block, page):
            continue
        above = [
            j
            for j in _nonempty_around(lines, block[0], -1, MAX_FURNITURE + 1 + MAX_PAGE_BREAK)
            if j not in page.furniture or lab.arts[j] is not None
        ][: MAX_FURNITURE + 1]
        prev = next((j for j in above if lab.arts[j] is not None), None)
        gap = above[: above.index(prev)] if prev is not None else above
        if (
            prev is not None
            and words >= MIN_WORDS_CONTINUED
            and len(gap) <= MAX_FURNITURE
            and all(lines[j].kind in FURNITURE for j in gap)
            and lab.kinds[prev] in ("body", "meta")
        ):
            _continue(lines, lab, block, lab.arts[prev] or 0, page)
            changed = True
        elif _new_article(lines, lab, block, page):
            changed = True
    if changed:
        _renumber(lab)


def _continue(lines: list[Line], lab: Labelled, block: list[int], k: int, page: _Print) -> None:
    """The block goes on with article k (its sub-headings and paragraphs are body; the page
    furniture inside it stays chrome)."""
    for i in block:
        if i in page.furniture:
            continue
        lab.kinds[i], lab.arts[i] = "body", k
        lab.comment_starts.discard(i)
    art = next(a for a in lab.articles if a.k == k)
    art.last_line = max(art.last_line, block[-1])


def _new_article(lines: list[Line], lab: Labelled, block: list[int], page: _Print) -> bool:
    """The block is a story of its own under the headline that heads it or stands right above
    it (header lines -- a date, a byline, an outlet's name -- between them)."""
    lead = next(i for i in block if page.prose(lines, i))
    title: int | None = None
    over = [i for i in block if i < lead and i not in page.furniture]
    if over:
        title = over[-1]
    elif lead == block[0]:
        for j in _nonempty_around(lines, lead, -1, 3):
            if lab.arts[j] is not None or j in page.furniture:
                break
            if _heading(lines, j, page):
                title = j
                break
            if lines[j].kind not in HEADER_KINDS:
                break
    if title is None:
        return False
    first = title
    if _recurs(lines, title):
        # a line the page repeats (a section label, a forum's subject line) is no headline:
        # the story is kept untitled
        title = None
    art = ArticleInfo(k=len(lab.articles) + 1, first_line=first, last_line=block[-1])
    art.title_line, art.lead_line = title, lead
    if title is not None:
        lab.kinds[title], lab.arts[title] = "title", art.k
    for j in range(first + 1, lead):
        if not lines[j].text:
            continue
        if lines[j].kind == "date":
            lab.kinds[j], lab.arts[j] = "meta", art.k
            art.date_lines.append(j)
        elif lines[j].kind == "byline":
            lab.kinds[j], lab.arts[j] = "body", art.k
            art.byline_lines.append(j)
    for i in block:
        if i > first and i not in page.furniture:
            lab.kinds[i], lab.arts[i] = "body", art.k
    _closing_lines(lines, lab, art, block[-1])
    for i in range(first, art.last_line + 1):
        lab.comment_starts.discard(i)
    lab.articles.append(art)
    return True


def _closing_lines(lines: list[Line], lab: Labelled, art: ArticleInfo, last: int) -> None:
    """The story's source line and the stamp that closes a post ("44K views · Dec 6, 2024 at
    08:17", past a row of reactions) under its text are its meta; the first dated one ends it."""
    for j in _nonempty_around(lines, last, 1, MAX_CLOSING):
        if lab.arts[j] is not None or lab.kinds[j] == "comment":
            break
        ln = lines[j]
        hit = ln.date or (find_date(ln.text) if len(ln.text) <= 80 else None)
        dated = hit is not None and hit.precision == "day"
        if ln.kind not in ("date", "source") and not dated:
            if ln.kind in ("prose", "heading"):
                break
            continue  # a row of reactions or counters between the text and its stamp
        lab.kinds[j], lab.arts[j] = "meta", art.k
        (art.date_lines if dated or ln.kind == "date" else art.source_lines).append(j)
        art.last_line = j
        if dated:
            break


def _renumber(lab: Labelled) -> None:
    """Articles numbered in page order again after new ones were found between them."""
    lab.articles.sort(key=lambda a: a.first_line)
    lab.renumber()


def _section(text: str) -> bool:
    """A numbered section heading: a short line, its number first, no sentence end."""
    closed = text.rstrip().endswith((".", "!", "…", ";"))
    return len(text) <= 100 and not closed and section_number(text) is not None


def section_number(text: str) -> tuple[int, ...] | None:
    """The number of a numbered section heading ("3.1. Chypre" -> (3, 1)), else None."""
    m = _SECTION.match(text)
    return tuple(int(n) for n in m.group(1).split(".")) if m else None


def _numbered_sections(lines: list[Line], lab: Labelled) -> None:
    """An essay read as several articles because each numbered section looked like a new
    headline: an article titled "n. ..." goes on with the article above when the section
    "n-1. ..." stands between them as no article's title (a newsletter numbering its stories
    titles every story with its number)."""
    titles = {a.title_line for a in lab.articles}
    merged = False
    for prev, art in zip(list(lab.articles), list(lab.articles)[1:], strict=False):
        t = art.title_line
        num = section_number(lines[t].text) if t is not None else None
        if num is None or num[-1] < 2 or art.in_thread or art.quoted:
            continue
        before = (*num[:-1], num[-1] - 1)
        start = prev.lead_line if prev.lead_line is not None else prev.first_line
        if not any(
            lines[j].text and j not in titles and section_number(lines[j].text) == before
            for j in range(start, t)
        ):
            continue
        target = next(a for a in lab.articles if a.k == _alive(lab, prev))
        gap = range(target.last_line + 1, art.first_line)
        for i in range(min(art.first_line, target.last_line + 1), len(lines)):
            if lab.arts[i] == art.k or (
                i in gap and lab.kinds[i] == "boilerplate" and lines[i].kind == "prose"
            ):
                kind = lab.kinds[i]
                numbered = section_number(lines[i].text) is not None
                if kind == "title" or (kind == "meta" and numbered) or lab.arts[i] is None:
                    kind = "body"
                lab.kinds[i], lab.arts[i] = kind, target.k
        target.date_lines += [j for j in art.date_lines if lab.kinds[j] == "meta"]
        target.source_lines += art.source_lines
        target.last_line = max(target.last_line, art.last_line)
        art.k = -art.k  # merged: dropped below
        merged = True
    if merged:
        lab.articles = [a for a in lab.articles if a.k > 0]
        lab.renumber()


def _alive(lab: Labelled, art: ArticleInfo) -> int:
    """The article an article was merged into (itself when it was not)."""
    return art.k if art.k > 0 else _merged_into(lab, art)


def _merged_into(lab: Labelled, art: ArticleInfo) -> int:
    earlier = [a for a in lab.articles if a.k > 0 and a.first_line < art.first_line]
    return max(earlier, key=lambda a: a.first_line).k
