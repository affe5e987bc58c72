"""What the structure pass (:mod:`newsift.clean.segmenter`) produces and shares.

The labels it returns (:class:`Labelled`, :class:`ArticleInfo`), the line kinds grouped by the
role they play, the patterns several of its parts read, and :class:`PassBase`: the pass's
state and the moves every part (``comment_heads``, ``titles``, ``boundaries``,
``article_headers``, ``article_body``, ``comment_threads``) makes over the lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsift.clean.comment_stamps import stamp_in
from newsift.clean.lines import Line

# Local types grouped by the role they can play.
CHROME = frozenset(
    {"donate", "amount", "share", "boiler", "nav", "cci", "cc", "url", "form", "end"}
)
SOFT_END = frozenset({"donate", "amount", "boiler", "nav", "cci", "share", "url", "form", "end"})
# Lines after which a comment thread is over (the page's own chrome: "load more comments",
# the reply form, "most read" lists, the footer): what follows is boilerplate unless a new
# comment head starts another comment.
THREAD_END = frozenset({"cc", "end", "form", "boiler", "donate", "amount"})
SOFT_THREAD_END = frozenset({"boiler", "donate", "amount"})
# Lines that may follow an author's signature, never a commenter's name
AFTER_SIGNATURE = frozenset(
    {"tags", "source", "caption", "caption_file", "footnote", "footnote_heading", "boiler"}
    | {"nav", "donate", "amount", "share", "cc", "end", "form", "translator"}
)
META_KINDS = frozenset(
    {"date", "caption", "caption_file", "source", "footnote", "footnote_heading", "tags"}
)
END_MARKS = frozenset({"source", "tags", "name", "translator", "date"})  # lines that close a story
PLACE_SOURCE = re.compile(r"[^\s].{0,40}?\s[-–—]\s.{1,40}")
# a line that only separates two stories: "* * *", "***", "———", "• • •", "~~~", "⁂", "━━━",
# of any length (a plain-text e-mail newsletter draws its rules 60 or 70 characters wide)
SEPARATOR = re.compile(r"(?:[*•·⁂~=_#—–\-\u2015\u2500-\u257f\u25ac]\s*){3,}")
# the label a forum puts over a quotation ("Citation :", "Quote:", "Zitat:")
QUOTE_LABEL = re.compile(r"(?i:citation|quote|zitat|cita|citazione|цитата|اقتباس)\s*[:：]")


@dataclass(slots=True)
class ArticleInfo:
    """What the structure pass learnt about article k (line indices into the line list)."""

    k: int
    title_line: int | None = None
    date_lines: list[int] = field(default_factory=list)
    byline_lines: list[int] = field(default_factory=list)
    signature_lines: list[int] = field(default_factory=list)
    source_lines: list[int] = field(default_factory=list)
    site: str | None = None
    outlet: str | None = None  # the outlet a "read the full story at X" line names
    in_thread: bool = False  # found inside a comment thread (a reader pasted it)
    in_post: bool = False  # carried by a forum post (its header is the post's): no site outlet
    quoted: bool = False  # quoted whole by a forum post ("Citation :" over its title)
    lead_line: int | None = None  # the first paragraph (a wire dispatch opens with its dateline)
    first_line: int = 0
    last_line: int = 0


@dataclass(slots=True)
class Labelled:
    """Per-line labels ("title"/"body"/"meta" with k, "comment", "boilerplate", "empty")."""

    kinds: list[str]
    arts: list[int | None]
    articles: list[ArticleInfo]
    comment_starts: set[int]  # lines that open a new comment (user name lines, after gaps)

    def renumber(self) -> None:
        """Articles numbered 1, 2, ... in list order again, their lines following, after
        articles were dropped or inserted."""
        new = {art.k: n for n, art in enumerate(self.articles, 1)}
        self.arts[:] = [new[a] if a is not None else None for a in self.arts]
        for art in self.articles:
            art.k = new[art.k]


class PassBase:
    """One structure pass's state (set by ``segmenter._Pass``) and its basic moves."""

    lines: list[Line]
    n: int
    kinds: list[str]
    arts: list[int | None]
    articles: list[ArticleInfo]
    comment_starts: set[int]
    nonempty: list[int]
    _next_ne: list[int]  # index into nonempty of the first non-empty line at or after each line
    first_prose: int
    usernames: set[str]
    masthead: set[int]
    sites: set[str]
    comment_heads: set[int]
    openers: set[int]
    strong_openers: set[int]

    def following(self, i: int, count: int, stop: int | None = None) -> list[int]:
        """Indices of the next ``count`` non-empty lines strictly after line i."""
        start = self._next_ne[i + 1] if i + 1 <= self.n else len(self.nonempty)
        out = self.nonempty[start : start + count]
        if stop is not None:
            out = [x for x in out if x < stop]
        return out

    def rule(self, i: int) -> bool:
        """A line that only separates ("* * *", "━━━━")."""
        return SEPARATOR.fullmatch(self.lines[i].text) is not None

    def blank_before(self, i: int) -> bool:
        return i == 0 or not self.lines[i - 1].text

    def blank_after(self, i: int) -> bool:
        return i + 1 >= self.n or not self.lines[i + 1].text

    def set(self, i: int, kind: str, k: int | None = None) -> None:
        if self.lines[i].text:
            self.kinds[i] = kind
            self.arts[i] = k

    def new_article(self, first: int) -> ArticleInfo:
        art = ArticleInfo(k=len(self.articles) + 1, first_line=first, last_line=first)
        self.articles.append(art)
        return art

    def _dated(self, i: int, limit: int = 80) -> bool:
        """A line holding a date or a stamp (short lines only)."""
        ln = self.lines[i]
        return ln.date is not None or (len(ln.text) <= limit and stamp_in(ln.text))
