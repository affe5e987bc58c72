"""Structure pass over a plain-text dump: label every line, find the articles.

Local line types (``lines.py``) are evidence; this pass reads the document as a sequence:

* **header** -- before the first article: navigation, donation appeals, taglines;
* **article** -- a title (the last heading before the body), byline/dateline, then the body:
  a run of prose that ends at hard chrome (comment chrome, a share bar inside a thread, a
  footnote list, a recurring user name) or at a block of chrome that no more prose follows;
* **tail** -- the article's signature and translator (body), footnotes, captions, source and
  date lines (meta) mixed with share/donation chrome (boilerplate);
* **rest** -- what follows: comments once comment chrome appeared (or when the article was
  itself found inside a thread), else boilerplate (related links, footers).

A new article opens at an *opener*: a headline followed by a byline or a dateline and prose
(or a dateline then a headline), anywhere outside an article body -- also inside a comment
thread; and, inside a thread, at a headline followed by a long unbroken run of paragraphs, or
by three or more news-length paragraphs right under it (a dispatch pasted into a comment).

Structure beats vocabulary wherever it can:

* comment heads are lines that recur with the same shape and different names: a name over a
  stamp, a stamp over a name (forums), a name and a stamp on one line, "X says:";
* a forum post whose head stands right above a headline and its paragraphs carries the
  article: the post's header is the article's meta and its stamp dates it;
* a line or two of prose before the page's first opener, with far less prose than the
  opener's article, is header chrome (an appeal, a tagline), not an article;
* in a thread whose comments carry heads or stamps, a block without one that reads as a form
  (field labels ending in ":"), a list of headlines or the page's chrome ends the thread, and
  a zero count ("Commentaires (0)") means no thread at all;
* a live page (a stamp over each paragraph) ends at its last stamped entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from newsift.clean.blogs import post_divider
from newsift.clean.dates import day_month, find_date
from newsift.clean.feeds import feed_items
from newsift.clean.footed import footed_post
from newsift.clean.lexicon import line_match
from newsift.clean.lines import Line, name_like, sentence_end
from newsift.clean.posts import PostStream, post_stream
from newsift.clean.posts import hit as post_hit
from newsift.clean.scroll import scroll_page

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
_INLINE_LINK = re.compile(r"^.{3,40}?(?:\s*[:：]\s*|\s{2,}|\s[»›]\s)\w.{10,}")
_PLACE_SOURCE = re.compile(r"[^\s].{0,40}?\s[-–—]\s.{1,40}")
# a line that only separates two stories: "* * *", "***", "———", "• • •", "~~~", "⁂", "━━━"
_SEPARATOR = re.compile(r"(?:[*•·⁂~=_#—–\-\u2015\u2500-\u257f\u25ac]\s*){3,40}")
# the label a forum puts over a quotation ("Citation :", "Quote:", "Zitat:")
_QUOTE_LABEL = re.compile(r"(?i:citation|quote|zitat|cita|citazione|цитата|اقتباس)\s*[:：]")
# a wire dateline: place (country), date, (AGENCY)
_WIRE_DATELINE = (
    r"[A-ZÀ-ÖØ-Þ][\w'’\-]+(?:[ \-][\w'’\-]+){0,3}\s*(?:\([^()]{2,30}\))?\s*,\s*"
    r"[^()!?]{0,25}?\d[^()!?]{0,20}?\([A-Z][\w.\-]{1,15}(?:\s[A-Z][\w.\-]{1,15}){0,2}\)"
)
# a wire dispatch's first words: the dateline, then a dash
_WIRE_LEAD = re.compile(_WIRE_DATELINE + r"\s?[-–—]\s")
# the same dateline alone on its line, over the dispatch's first paragraph
_WIRE_LINE = re.compile(_WIRE_DATELINE + r"\s*[-–—]?\s*")
# a printed page's number ("Page 2 / 3", "p. 4 sur 12", "— 3 —", "2/3")
PAGE_NUMBER = re.compile(
    r"(?i:page|p\.)\s*\d{1,3}\s*(?:/|(?i:sur|of|de|von))\s*\d{1,3}"
    r"|[-–—]\s*\d{1,3}\s*[-–—]|\d{1,3}\s*/\s*\d{1,3}"
)
# a list item's mark at the start of a line ("› Golan : …", "• Deraa …", "- Idleb …")
_BULLET = re.compile(r"[›»►▶▸▹→⇒➤•·■▪◆◇★✓✔\-–—]\s+\S")
PROSE_MIN_CHARS = 400  # prose an opener needs after it, unless it has two prose lines


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


class _Pass:
    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.n = len(lines)
        self.kinds: list[str] = ["empty" if not ln.text else "boilerplate" for ln in lines]
        self.arts: list[int | None] = [None] * self.n
        self.articles: list[ArticleInfo] = []
        self.comment_starts: set[int] = set()
        self.nonempty = [i for i, ln in enumerate(lines) if ln.text]
        # index into self.nonempty of the first non-empty line at or after each line
        self._next_ne = [0] * (self.n + 1)
        j = len(self.nonempty)
        self._next_ne[self.n] = j
        for i in range(self.n - 1, -1, -1):
            if lines[i].text:
                j -= 1
            self._next_ne[i] = j
        self.first_prose = next((i for i in self.nonempty if lines[i].kind == "prose"), self.n)
        self.usernames = self._usernames()
        self.masthead = self.masthead_block()
        # the site's own name, from "Support X" lines: a short line naming it is chrome
        self.sites = {ln.site.lower() for ln in lines if ln.site and len(ln.site) >= 4}
        self.comment_heads = self._comment_heads()
        self.openers, self.strong_openers = self._openers()

    # -- helpers ---------------------------------------------------------------------------
    def following(self, i: int, count: int, stop: int | None = None) -> list[int]:
        """Indices of the next ``count`` non-empty lines strictly after line i."""
        start = self._next_ne[i + 1] if i + 1 <= self.n else len(self.nonempty)
        out = self.nonempty[start : start + count]
        if stop is not None:
            out = [x for x in out if x < stop]
        return out

    def is_username(self, i: int) -> bool:
        ln = self.lines[i]
        return ln.kind in ("name", "user") and ln.text in self.usernames

    def _usernames(self) -> set[str]:
        """Names that recur as lines and head a block of text: comment authors. A name the
        page shows before any prose (its masthead: "Levant Analysis" over the menu and again
        over the Disqus box) is the site's, not a reader's."""
        names: set[str] = set()
        site: set[str] = set()
        for i in self.nonempty:
            ln = self.lines[i]
            if ln.kind in ("name", "user") and ln.repeats >= 2:
                if i < self.first_prose:
                    site.add(ln.text)
                    continue
                nxt = self.following(i, 1)
                if nxt and _SEPARATOR.fullmatch(self.lines[nxt[0]].text):
                    site.add(ln.text)  # "K. R." over "* * *": each story's signature
                elif nxt and self.lines[nxt[0]].kind not in ("name", "user", "cc"):
                    names.add(ln.text)
        return names - site

    def _comment_heads(self) -> set[int]:
        """Lines that open a comment: "X says:", or a name/stamp pair seen at least twice."""
        heads = {i for i in self.nonempty if self.lines[i].kind == "commenter"}
        cands = {
            i
            for i in self.nonempty
            if (
                self.lines[i].kind in ("name", "user", "short", "heading")
                or (self.lines[i].kind == "cci" and self.lines[i].name_like)  # "Guest"
            )
            and len(self.lines[i].text) <= 40
            and self.lines[i].words <= 4
            and ":" not in self.lines[i].text
            and i + 1 < self.n
            and _is_stamp(self.lines[i + 1])
        }
        pairs: list[int] = []
        for i in sorted(cands):
            # a name and a stamp head a comment when text follows them; a list of short
            # headlines with their dates ("Related") has another headline or chrome there
            after = self.following(i + 1, 1)
            if not after:
                continue
            j = after[0]
            if (
                j in cands
                or _is_stamp(self.lines[j])
                or (self.lines[j].kind in CHROME and self.lines[j].kind != "cci")
            ):
                continue
            pairs.append(i)
        if len(pairs) >= 2:
            heads.update(pairs)
        heads.update(self._post_heads())
        # "Mark" / "Guest" right above a line of text, after a blank line, again and again
        users = [
            i
            for i in self.nonempty
            if self.lines[i].kind in ("name", "user", "cci")
            and len(self.lines[i].text) <= 30
            and self.blank_before(i)
            and i + 1 < self.n
            and self.lines[i + 1].kind in ("prose", "short", "heading", "user")
        ]
        if len(users) >= 3:
            heads.update(users)
        return heads

    def _post_heads(self) -> set[int]:
        """Post heads that carry their own stamp (forums, blog comment widgets):

        * a stamp line opening a block with the poster's name right under it
          ("10/07/2017, 22h41  #261" / "Kestrel": vBulletin);
        * one line holding a name then a stamp ("Samira B. 24/06/2017 13:47", "par Gaspard »
          mar. 13 déc. 2016 09:18", "Corentin L. — 18 octobre 2017 à 09h02").

        Each kind counts when it recurs with at least two different names, and the post's text
        must follow the head directly: "Posté par Lucien, 19 octobre 2017" closing a comment,
        or "Publié le 24/03/2018" over two stories of a page, are no heads.
        """
        stamp_first: dict[int, str] = {}
        inline: dict[int, str] = {}
        for i in self.nonempty:
            ln = self.lines[i]
            # "Jane D. @jane_d · 9 avr.", "Sam @sam · Mar 5": a network's post head, a name and
            # a handle over a year-less stamp (a reply under a thread; read as prose)
            name = _handle_head(ln.text) if i + 1 < self.n else None
            if name and self.lines[i + 1].text and self.lines[i + 1].kind not in ("name", "user"):
                inline[i] = name
                continue
            if (
                len(ln.text) > 80
                or ln.kind in ("prose", "byline", "commenter", "source", "caption", "tags")
                or i + 1 >= self.n
                or not self.lines[i + 1].text
            ):
                continue
            hit = ln.date or (find_date(ln.text) if _HAS_DIGIT.search(ln.text) else None)
            nxt = self.lines[i + 1]
            if hit is None or hit.precision != "day":
                # "@Yassine B. · il y a 8 ans", "Mark · 3 days ago": a name, then a relative stamp
                ago = _AGO.search(ln.text) if len(ln.text) <= 60 else None
                if ago is None or ago.start() == 0 or _words_after(ln.text, ago.end()) >= 2:
                    continue  # "Repères - Kobanê, 134 jours de résistance": a heading
                name = _stamp_name(ln.text, ago.start())
                if name and not _is_stamp(nxt) and nxt.kind not in ("name", "user"):
                    inline[i] = name
                continue
            poster = (
                nxt.text
                if nxt.kind in ("name", "user") and len(nxt.text) <= 40 and nxt.words <= 4
                else _profile_name(nxt.text)
            )
            if (
                self.blank_before(i)
                and len(ln.text) <= 60
                and len(_HEAD_REST.sub("", ln.text[: hit.start]).split()) <= 1
                and poster
            ):
                stamp_first[i] = poster
                continue
            # "Beyrouth, 12 mars 2017", "Damas, 24/02/2018 17:45": a place's dateline, no poster
            dateline = ln.kind == "date" and ln.date is not None and ln.date.start > 0
            # "ERBIL (Irak), 3 mai 2016 (AOP)": a dispatch's own dateline on its line, the
            # agency after the date; a page of dispatches repeats it with other places
            dateline = dateline or _WIRE_LINE.fullmatch(ln.text) is not None
            name = None if dateline else _stamp_name(ln.text, hit.start)
            if name is None and i > self.first_prose:
                # "13 octobre 2017, par Lucien M." (SPIP): the stamp first, then the name;
                # an article's own "jeudi 12 octobre 2017, par X" comes before any prose
                name = _name_after_stamp(ln.text, hit.start, hit.end)
            if name and not _is_stamp(nxt) and nxt.kind not in ("name", "user"):
                inline[i] = name
        heads: set[int] = set()
        for found in (stamp_first, inline):
            if len(found) >= 2 and len(set(found.values())) >= 2:
                heads.update(found)
        return heads

    def is_comment_head(self, i: int) -> bool:
        return i in self.comment_heads or self.is_username(i)

    def heads_text(self, i: int) -> bool:
        """Whether a comment head at line i is followed by a comment (not by the tags, source
        or chrome that follow an author's signature: "Hervé" signs the post and comments)."""
        if self.lines[i].kind == "commenter":
            return True
        nxt = self.following(i, 2)
        if len(nxt) == 2 and _profile_name(self.lines[nxt[0]].text):
            nxt = nxt[1:]  # the poster's profile line under the stamp, then the post
        return bool(nxt) and self.lines[nxt[0]].kind not in AFTER_SIGNATURE

    def masthead_block(self) -> set[int]:
        """Lines of the page's first block when it holds a menu: site name, tagline, menu."""
        if not self.nonempty:
            return set()
        block: list[int] = []
        i = self.nonempty[0]
        # a page dumped without blank lines is one block: its masthead ends at the first
        # paragraph or dateline (the footer's menu is no part of it)
        while i < self.n and self.lines[i].text and self.lines[i].kind not in ("prose", "date"):
            block.append(i)
            i += 1
        last_nav = max((j for j in block if self.lines[j].kind == "nav"), default=None)
        return set() if last_nav is None else {j for j in block if j < last_nav}

    def title_candidate(self, i: int, echoed: bool = False) -> bool:
        """A line that can be a headline; ``echoed``: even one said three times or more when
        this is its first occurrence (a forum under the story repeats its title over every
        reply: "Titre", "> Titre"), which only an opener's date or byline under it confirms."""
        ln = self.lines[i]
        if not ln.heading_like or ln.text in self.usernames:
            return False
        if widget_line(ln.text):
            return False  # "S'abonner · Message", "12,4k abonnés", "CW : …": page chrome
        if i in self.masthead or (
            i + 1 < self.n
            and self.lines[i + 1].kind == "nav"
            and not self._dated(i + 1)
            and not widget_line(self.lines[i + 1].text)
        ):
            return False  # a site tagline over the menu (not over a dated line or counters)
        if self.account_name(i):
            return False
        if ln.text.isupper() and ln.words <= 4:
            return False  # a logo / site name in capitals
        if (
            ln.kind == "name"
            and ln.words <= 3
            and i + 1 < self.n
            and (self.lines[i + 1].kind in ("date", "byline") or self._dated(i + 1))
        ):
            return False  # "Hervé Jadis" over "13 décembre 2016": the author, not a title
        if self.sites and ln.words <= 8:
            low = ln.text.lower()
            if any(site in low for site in self.sites):
                return False  # "Help Frontline Digest stay online"
        if ln.kind not in ("heading", "name", "user", "prose"):
            return False
        if ln.text[-1] in ".,;:":
            return False
        if ln.repeats <= 2:
            return True
        return echoed and not any(self.lines[j].text == ln.text for j in range(i))

    def account_name(self, i: int) -> bool:
        """A short name over a widget line ("Regard TV" over "18,4 k abonnés"): the account
        or channel that posted, neither a headline nor the article's signature."""
        return (
            self.lines[i].words <= 5
            and i + 1 < self.n
            and audience_line(self.lines[i + 1].text)
            and not self._dated(i + 1)  # a dateline with a comment count: a headline above
        )

    def set_apart(self, i: int) -> bool:
        """A headline stands apart: a blank line or the page's chrome (a menu) above it."""
        if self.blank_before(i) or self.lines[i - 1].kind in ("nav", "boiler", "share"):
            return True
        if _SEPARATOR.fullmatch(self.lines[i - 1].text):
            return True  # a rule over it ("━━━━", "* * *")
        if self.lines[i - 1].kind == "short" and _QUOTE_LABEL.fullmatch(self.lines[i - 1].text):
            return True  # "Citation :", "Quote:" over a dispatch a forum post quotes
        if (
            self.lines[i - 1].kind == "prose"
            and self.lines[i - 1].text.endswith(":")
            and len(self.lines[i - 1].text) <= 200
        ):
            return True  # "Je vous colle la dépêche :" introducing the dispatch under it
        # a rubric in capitals over it ("SYRIEN", "PROCHE-ORIENT", "DÉPÊCHE 2") or a labelled
        # one ("Rubrique : Front nord"), itself set apart by a blank line or a rule; "DANS LA
        # MÊME CATÉGORIE" over a post shown whole is such a label too
        above = self.lines[i - 1]
        rubric = (above.text.isupper() and above.words <= 5) or (
            above.kind == "tags" and above.words <= 6 and ":" in above.text
        )
        return rubric and (self.blank_before(i - 1) or (i >= 2 and self.rule(i - 2)))

    def rule(self, i: int) -> bool:
        """A line that only separates ("* * *", "━━━━")."""
        return _SEPARATOR.fullmatch(self.lines[i].text) is not None

    def blank_before(self, i: int) -> bool:
        return i == 0 or not self.lines[i - 1].text

    def blank_after(self, i: int) -> bool:
        return i + 1 >= self.n or not self.lines[i + 1].text

    def prose_after(self, i: int, limit: int = 12) -> tuple[int, int]:
        """(prose lines, prose chars) in the lines after i, until chrome/username/limit."""
        count = chars = 0
        for j in self.following(i, limit):
            ln = self.lines[j]
            if ln.kind in ("cc", "share") or self.is_comment_head(j):
                break
            if ln.kind == "prose":
                count += 1
                chars += len(ln.text)
        return count, chars

    def _opener_ok(self, last_header: int) -> bool:
        count, chars = self.prose_after(last_header)
        return count >= 2 or chars >= PROSE_MIN_CHARS

    def _openers(self) -> tuple[set[int], set[int]]:
        """Lines that open an article: headline + byline/dateline + prose, or date + headline."""
        openers: set[int] = set()
        strong: set[int] = set()
        for i in self.nonempty:
            ln = self.lines[i]
            if self.piece_label(i):
                # "▶ Second article" over "Source : X, 29 décembre 2018" and a headline: a
                # press review's or a digest's next piece, whatever its header holds
                for j in self.following(i, 4):
                    kj = self.lines[j].kind
                    if self.title_candidate(j) and kj != "prose":
                        last = j
                        for k in self.following(j, 2):
                            if self.lines[k].kind not in ("date", "byline", "name", "source"):
                                break
                            last = k
                        if self._opener_ok(last):
                            openers.add(i)
                            strong.add(i)
                        break
                    if kj not in ("date", "source", "byline", "caption"):
                        break
            elif (
                self.title_candidate(i, echoed=True) and self.headline_kind(i) and self.set_apart(i)
            ):
                nxt = self.following(i, 5)
                saw_byline = saw_date = False
                last = i
                for n, j in enumerate(nxt):
                    kj = self.lines[j].kind
                    if kj == "prose" and self.wire_lead(j):
                        # "SINJAR (Irak), 13 novembre (AOP) - …": the dispatch's own dateline
                        # opens its first paragraph (a forum post quoting it, a pasted wire)
                        saw_date = True
                        last = self.nonempty[self._next_ne[j] - 1]
                        break
                    if kj == "prose" and n == 0 and len(self.lines[j].text) <= 300:
                        last = j  # a standfirst between the headline and the byline
                        continue
                    if kj == "byline":
                        saw_byline = True
                        last = j
                    elif kj == "date":
                        saw_date = True
                        last = j
                    elif kj in ("caption", "caption_file", "name", "translator", "share", "source"):
                        last = j
                        if kj == "source" and self.lines[j].outlet and self.quote_label_above(i):
                            saw_date = True  # "Citation :", a title, "Agence X (AX)": a dispatch
                        continue
                    else:
                        # "Fil Moyen-Orient — 3 mai 2016", then "03/05/2016 19:42" over a
                        # headline: the stamp is that headline's (a list of dated dispatches),
                        # the first line, dated itself, the page's rubric ("Damas - SANA" under
                        # the date is no headline)
                        under_date = self.lines[last].kind == "date" and not saw_byline
                        under_date = under_date and find_date(ln.text) is not None
                        headline = self.title_candidate(j) and kj != "prose"
                        headline = headline and not _PLACE_SOURCE.fullmatch(self.lines[j].text)
                        if under_date and headline:
                            saw_date = False
                        break
                if (saw_byline or saw_date) and self._opener_ok(last):
                    openers.add(i)
                    if saw_byline:
                        strong.add(i)
            elif ln.kind == "date" and not self.closes_header(i):
                nxt = self.following(i, 2)
                if nxt and self.title_candidate(nxt[0]) and self.lines[nxt[0]].kind != "prose":
                    last = nxt[0]
                    if len(nxt) > 1 and self.lines[nxt[1]].kind == "byline":
                        last = nxt[1]
                    if self._opener_ok(last):
                        openers.add(i)
        return openers, strong

    def piece_label(self, i: int) -> bool:
        """The label a digest, a press review or a print page puts over each piece it
        reprints ("ARTICLE 2 (archives)", "▶ Second article", "Document 3 :"), set apart."""
        ln = self.lines[i]
        return (
            ln.kind in ("heading", "short", "user", "name", "boiler")
            and ln.words <= 5
            and (self.blank_before(i) or (i >= 1 and self.rule(i - 1)))
            and line_match("pagekinds.toml", "piece_label", ln.text) is not None
        )

    def headline_kind(self, i: int) -> bool:
        """Not a paragraph; or a headline asking a question ("Dabiq est tombée : la fin du
        mythe de Daech ?"), which reads as a sentence but stands alone over its date line."""
        ln = self.lines[i]
        if ln.kind != "prose":
            return True
        if not (ln.heading_like and ln.text.endswith("?") and len(ln.text) <= 150):
            return False
        nxt = self.following(i, 1)
        return bool(nxt) and self.lines[nxt[0]].kind in ("date", "byline")

    def named_in_a_head(self, i: int) -> bool:
        """Is line i a name some post head of the page names ("DesertFox_UK" under the post
        "Post by DesertFox_UK » …")? It signs that post."""
        ln = self.lines[i]
        if ln.kind not in ("name", "user") or ln.words > 3:
            return False
        return any(
            self.lines[h].kind == "commenter" and ln.text in self.lines[h].text
            for h in self.nonempty
        )

    def section_header(self, i: int) -> bool:
        """A short line in capitals with no sentence in it ("THE BORDER FRONT", "EN BREF")."""
        ln = self.lines[i]
        return (
            ln.text.isupper()
            and ln.words <= 5
            and ln.kind in ("name", "heading", "short", "user", "boiler")
            and ln.text[-1] not in ".!?"
        )

    def wire_lead(self, i: int) -> bool:
        """Does line i open on a wire dateline ("PLACE (Country), 13 novembre (AOP) - ")?"""
        return _WIRE_LEAD.match(self.lines[i].text) is not None

    def closes_header(self, i: int) -> bool:
        """A date line right under a headline (and its standfirst) dates that headline's
        article: it cannot open the next one with whatever line follows it (a caption)."""
        above = [j for j in self.nonempty[max(0, self._next_ne[i] - 2) : self._next_ne[i]]]
        if not above or above[-1] < i - 2:
            return False
        j = above[-1]
        if self.lines[j].kind == "prose" and len(self.lines[j].text) <= 300 and len(above) > 1:
            j = above[0]  # a standfirst between the headline and its date line
        return self.title_candidate(j) and self.lines[j].kind != "prose"

    def next_opener(self, i: int) -> int:
        cands = [o for o in self.openers if o >= i]
        return min(cands) if cands else self.n

    def soft_opener(self, a: int, b: int) -> int | None:
        """A headline after an article's end, before any comment chrome, with paragraphs
        (sentences, not a list of other headlines) under it."""
        for i in self.nonempty[self._next_ne[a] : self._next_ne[b]]:
            ln = self.lines[i]
            if ln.kind == "cc" or self.is_comment_head(i):
                return None
            if self.title_candidate(i) and ln.kind != "prose" and self.set_off(i):
                count = chars = 0
                dated = False
                for n, j in enumerate(self.following(i, 6, b)):
                    lj = self.lines[j]
                    if n == 0 and lj.kind in ("date", "byline"):
                        dated = True  # the story's own "samedi 11 janvier 2020, par X"
                        continue
                    if n == 0 and lj.kind == "name":
                        continue  # its author's name or initials ("P. C.") under a print headline
                    if lj.kind != "prose":
                        break
                    if lj.text[-1] in '.!?…»"”)' and lj.words >= 8:
                        count += 1
                        chars += len(lj.text)
                # a dated headline over two paragraphs is a story (as an opener's is)
                if count >= 2 and (dated or chars >= PROSE_MIN_CHARS):
                    return i
        return None

    def set_off(self, i: int) -> bool:
        """A headline after an article's end is set off: a blank line or a rule above it, or a
        short label set off so ("Dans nos archives", "Also read", "Sur le même sujet")."""
        if self.blank_before(i) or self.rule(i - 1):
            return True
        above = self.lines[i - 1]
        return (
            above.kind in ("heading", "short", "boiler")
            and above.words <= 4
            and above.text[-1] not in ".!?,;"
            and (self.blank_before(i - 1) or (i >= 2 and self.rule(i - 2)))
        )

    def long_run_opener(self, i: int, stop: int) -> bool:
        """Inside a thread: a headline followed by a long unbroken run of paragraphs."""
        if not self.title_candidate(i) or self.lines[i].kind == "prose":
            return False
        apart = self.blank_before(i) and self.blank_after(i)
        count = chars = long = 0
        for j in self.following(i, 60, stop):
            ln = self.lines[j]
            if ln.kind in ("cc", "cci") or self.is_comment_head(j) or ln.kind in ("name", "user"):
                break
            if ln.kind == "prose":
                count += 1
                chars += len(ln.text)
                long += len(ln.text) >= 150
            elif not apart:
                break
        if apart:
            return count >= 6 and chars >= 2500
        # a headline right over a run of news paragraphs, inside a comment: a pasted dispatch
        return count >= 3 and long >= 3 and chars >= 800

    # -- labelling -------------------------------------------------------------------------
    def set(self, i: int, kind: str, k: int | None = None) -> None:
        if self.lines[i].text:
            self.kinds[i] = kind
            self.arts[i] = k

    def run(self) -> Labelled:
        if (feed := feed_items(self.lines)) is not None:
            return feed  # an RSS/Atom file: one article per item with a story
        if (page := scroll_page(self.lines)) is not None:
            return page  # a channel copied from its web view: posts closed by counter + clock
        if (single := footed_post(self.lines)) is not None:
            return single  # a channel export with one news post among chrome posts
        stream = post_stream(self.lines)
        if stream is not None:
            return self.channel(stream)
        pos = 0
        in_thread = False
        while pos < self.n:
            nxt = self.next_opener(pos)
            if pos in self.openers:
                body_start, art = self.header_from_opener(pos)
            else:
                body_start = self.find_body_start(pos, nxt)
                if body_start is not None and self.weak_lead(body_start, nxt, in_thread):
                    body_start = None
                if body_start is None:
                    in_thread = self.label_rest(pos, nxt, in_thread)
                    pos = nxt
                    continue
                art = self.header_backward(pos, body_start)
            if body_start is None:
                # an opener whose body never came (should not happen): skip the line
                self.set(pos, "boilerplate")
                pos += 1
                continue
            art.in_thread = in_thread
            body_end = self.scan_body(art, body_start, in_thread)
            self.live_page(art, body_start, body_end)
            tail_end = self.scan_tail(art, body_end)
            art.last_line = max(art.last_line, tail_end - 1)
            if art.quoted:
                tail_end = self.quote_tail(art, tail_end)
                art.last_line = max(
                    [art.first_line, *(j for j in range(tail_end) if self.arts[j] == art.k)]
                )
            nxt = self.next_opener(tail_end)
            if not in_thread:
                # after an article's end, a headline with paragraphs under it is the next one
                soft = self.soft_opener(tail_end, nxt)
                if soft is not None:
                    self.openers.add(soft)
                    nxt = soft
            in_thread = self.label_rest(tail_end, nxt, in_thread, after_article=True)
            pos = nxt
        return Labelled(self.kinds, self.arts, self.articles, self.comment_starts)

    def channel(self, stream: PostStream) -> Labelled:
        """A channel export (:mod:`newsift.clean.posts`): one untitled article of dated posts
        by the channel, its linked discussion as the thread."""
        art = self.new_article(min(stream.stamps))
        art.site = stream.name or None
        for i, st in stream.stamps.items():
            self.lines[i].date = post_hit(st)
        art.date_lines = sorted(stream.stamps)
        for i, kind in stream.kinds.items():
            self.set(i, kind, art.k if kind in ("meta", "body") else None)
        art.last_line = max(i for i, kind in stream.kinds.items() if kind in ("meta", "body"))
        self.comment_starts |= stream.comment_starts
        return Labelled(self.kinds, self.arts, self.articles, self.comment_starts)

    def quote_tail(self, art: ArticleInfo, end: int) -> int:
        """After a dispatch a forum post quotes: the poster's signature ("Tiberius78",
        a motto) closes the post, not the dispatch: comment up to the next post's head."""
        body = [j for j in self.nonempty[: self._next_ne[end]] if self.arts[j] == art.k]
        # a user name ("Tiberius78") closing it signs the post: a dispatch ends on prose or
        # its source line
        while (
            body
            and (
                self.lines[body[-1]].kind == "user"
                or self.is_username(body[-1])
                or self.named_in_a_head(body[-1])
            )
            and self.kinds[body[-1]] == "body"
        ):
            j = body.pop()
            self.set(j, "comment")
            if j in art.signature_lines:
                art.signature_lines.remove(j)
        i = end
        for i in self.nonempty[self._next_ne[end] :]:
            ln = self.lines[i]
            if ln.kind in CHROME or self.is_comment_head(i) or i in self.openers:
                return i
            if ln.kind == "prose" or ln.words > 12:
                return i
            self.set(i, "comment")
            end = i + 1
        return end

    def weak_lead(self, body_start: int, nxt: int, in_thread: bool) -> bool:
        """A line or two of prose before the page's first headline-and-byline opener: a
        support appeal, a tagline, a widget's sentence ("Merci à nos 312 donateurs !"), not an
        article: the article is the opener's, with far more prose."""
        if self.articles or in_thread or nxt >= self.n:
            return False
        count = chars = 0
        for i in self.nonempty[self._next_ne[body_start] : self._next_ne[nxt]]:
            if self.lines[i].kind == "prose":
                count += 1
                chars += len(self.lines[i].text)
        if count > 2 or chars >= 600:
            return False
        _, after = self.prose_after(nxt, 40)
        return after >= 2 * chars

    def new_article(self, first: int) -> ArticleInfo:
        art = ArticleInfo(k=len(self.articles) + 1, first_line=first, last_line=first)
        self.articles.append(art)
        return art

    def quote_label_above(self, i: int) -> int | None:
        """The "Citation :" / "Quote:" line right above line i (a post quoting what follows)."""
        j = i - 1
        if j >= 0 and self.lines[j].kind == "short" and _QUOTE_LABEL.fullmatch(self.lines[j].text):
            return j
        return None

    def header_from_opener(self, i: int) -> tuple[int | None, ArticleInfo]:
        """Label an opener's header (title, byline, dateline...) up to the first prose line."""
        art = self.new_article(i)
        art.quoted = self.quote_label_above(i) is not None
        header: list[int] = []
        body_start = None
        for j in self.nonempty[self._next_ne[i] :]:
            if self.lines[j].kind == "prose" and j != i:
                body_start = j
                break
            header.append(j)
        if self.title_candidate(i, echoed=True) and not self.piece_label(i):
            title: int | None = i
        else:  # a dateline or a piece label first: the title is the headline after it
            title = next((j for j in header if j != i and self.title_candidate(j)), None)
        if title is not None:
            art.title_line = title
            self.set(title, "title", art.k)
        for j in header:
            if j == title:
                continue
            self.label_header_line(art, j, between=True)
        prev = self.articles[-2].last_line + 1 if len(self.articles) > 1 else 0
        self.post_header(art, i, prev)
        return body_start, art

    def post_header(self, art: ArticleInfo, top: int, floor: int) -> None:
        """The header of the forum post that carries an article is the article's meta.

        Above the article's first line (``top``), up to the first prose line: when a post head
        stands there ("10/07/2017, 22h41  #261", "par X » date", a name over a stamp), the
        lines of its block (subject "Re: …", user, rank, join date, post count) are meta and
        the stamp dates the article. A comment introducing a pasted article is prose: its post
        keeps its labels (the comment stays a comment).
        """
        above: list[int] = []
        for i in reversed(self.nonempty[self._next_ne[floor] : self._next_ne[top]]):
            if self.lines[i].kind == "prose" or len(above) >= 10:
                break
            above.append(i)
        head = next((i for i in above if self.is_comment_head(i)), None)
        if head is None:
            return
        start = head
        while (
            start > floor
            and head - start < 2
            and self.lines[start - 1].text
            and self.lines[start - 1].kind not in ("prose", "nav", "cc", "end")
        ):
            start -= 1
        header = [i for i in range(start, top) if self.lines[i].text]
        stamps = [i for i in [*header, top] if self._dated(i)][:1]
        if not stamps:
            return  # a post's header carries its date; a site name over the menu does not
        for i in header:
            self.set(i, "meta", art.k)
            art.first_line = min(art.first_line, i)
        art.in_post = True
        art.date_lines[:0] = [i for i in stamps if i not in art.date_lines and i != top]

    def label_header_line(self, art: ArticleInfo, j: int, between: bool) -> None:
        """A line between an article's title and its body (``between``) or above them."""
        ln = self.lines[j]
        if ln.kind == "date" and between:
            art.date_lines.append(j)
            self.set(j, "meta", art.k)
        elif ln.kind == "byline" and between:
            art.byline_lines.append(j)
            self.set(j, "body", art.k)
        elif ln.kind in ("caption", "caption_file", "source", "tags") and between:
            self.set(j, "meta", art.k)
            if ln.kind == "source":
                art.source_lines.append(j)
        elif (
            between
            and ln.kind in ("heading", "short", "name", "user")
            and ln.words <= 7
            and _PLACE_SOURCE.fullmatch(ln.text)
        ):
            self.set(j, "meta", art.k)  # "Damascus - SANA": place and source of the story
        elif ln.kind in ("name", "translator") and between and ln.repeats <= 2:
            if not (ln.text.isupper() and ln.words <= 4) and not self.account_name(j):
                art.signature_lines.append(j)
                self.set(j, "body", art.k)
            else:
                self.set(j, "boilerplate")
        else:
            self.set(j, "boilerplate")
            if ln.kind == "donate" and ln.site and art.site is None:
                art.site = ln.site

    def find_body_start(self, a: int, b: int) -> int | None:
        """First prose line of [a, b) that starts a dense run of prose (not a lone tagline)."""
        first = None
        for i in self.nonempty[self._next_ne[a] :]:
            if i >= b:
                break
            ln = self.lines[i]
            if ln.kind != "prose" or self.shouted_title(i):
                continue
            if first is None:
                first = i
            window = [i, *self.following(i, 5, b)]
            prose = [j for j in window if self.lines[j].kind == "prose"]
            chars = sum(len(self.lines[j].text) for j in prose)
            if len(prose) >= 2 or chars >= 300 or len(window) == 1:
                return i
        return first

    def shouted_title(self, i: int) -> bool:
        """A headline in capitals (``shouted_headline``) standing right over prose."""
        ln = self.lines[i]
        if ln.kind not in ("prose", "short", "heading", "user", "name") or ln.repeats > 2:
            return False
        nxt = self.following(i, 1)
        return bool(nxt) and self.lines[nxt[0]].kind == "prose" and shouted_headline(ln.text)

    def header_backward(self, a: int, body_start: int) -> ArticleInfo:
        """Find the title above the body; label the header lines between them."""
        art = self.new_article(body_start)
        title = None
        above = self.nonempty[self._next_ne[a] : self._next_ne[body_start]]
        for seen, i in enumerate(reversed(above), start=1):
            ln = self.lines[i]
            if seen == 1 and self.shouted_title(i):
                title = i  # "🔴 KOBANÊ EST LIBRE !" right over the post's text
                break
            if seen > 15 or ln.kind in ("prose", "cc"):
                break
            if self.title_candidate(i) and ln.kind != "prose":
                title = i
                break
        if title is not None:
            art.title_line = title
            art.first_line = title
            self.set(title, "title", art.k)
            self.post_header(art, title, a)
            # a dateline or a post stamp right above the title belongs to the article
            above = self.nonempty[
                max(self._next_ne[a], self._next_ne[title] - 2) : self._next_ne[title]
            ]
            for i in reversed(above):
                if self.lines[i].kind not in ("date", "commenter"):
                    break
                self.set(i, "meta", art.k)
                if self.lines[i].kind == "date":
                    art.date_lines.append(i)
        lo = title + 1 if title is not None else a
        header = self.nonempty[self._next_ne[lo] : self._next_ne[body_start]]
        near = set(header[-1:]) if title is None else set(header)
        for i in self.nonempty[self._next_ne[a] : self._next_ne[body_start]]:
            if i == title:
                continue
            if i < lo:
                if self.kinds[i] != "meta":
                    self.set(i, "boilerplate")
                continue
            self.label_header_line(art, i, between=i in near)
        # a site name in the header above the title ("Support X") is the outlet's
        for i in self.nonempty[self._next_ne[a] : self._next_ne[lo]]:
            ln = self.lines[i]
            if ln.kind == "donate" and ln.site and art.site is None:
                art.site = ln.site
        return art

    def _more_prose(self, i: int, in_thread: bool) -> bool:
        """After a soft end at line i: does the article go on (two prose lines before chrome)?

        After an inline link ("Recommended: X", "Read more: X", "À lire aussi  X") or an
        embedded video, post or ad slot (``data/clean/embeds.toml``) one paragraph right below
        is enough: such lines sit inside articles, not after them. So is one paragraph closed
        by the article's own tag or source line ("Tags : Alep, Syrie"): a share bar under the
        lead does not end the story.
        """
        count = 0
        text = self.lines[i].text
        inline = _INLINE_LINK.search(text) and self.lines[i].kind == "boiler"
        need = 1 if inline or line_match("embeds.toml", "inline_media", text) else 2
        nxt = self.following(i, 1)
        # "À LIRE ÉGALEMENT" over "› A", "› B": the same inline links, listed
        bullets = self.lines[i].kind == "boiler" and bool(nxt) and self._bullet(nxt[0])
        if bullets:
            need = 1
        for n, j in enumerate(self.following(i, 8)):
            ln = self.lines[j]
            if bullets and count == 0 and self._bullet(j):
                continue
            if ln.kind in ("cc", "footnote", "footnote_heading") or self.is_comment_head(j):
                return False
            if ln.kind == "share" and in_thread:
                return False
            if j in self.strong_openers:
                return False
            if count and ln.kind in ("tags", "source"):
                return True  # the article's own closing lines under its last paragraph
            if ln.kind == "prose":
                count += 1
                if count >= need:
                    return True
            elif ln.kind in SOFT_END:
                need = 2
                continue
            if n == 0:
                need = 2
        return False

    def _next_post(self, i: int, art: ArticleInfo) -> bool:
        """After a post's counter line ("↩ 4  🔁 13  ⭐ 30"): the thread's next post, its own
        stamp line then a paragraph, when the body already holds two such stamps (a social
        thread: one post of text under each stamp, the last one before the replies)."""
        if self.lines[i].kind != "nav" or len(art.date_lines) < 2:
            return False
        nxt = self.following(i, 2)
        return (
            len(nxt) == 2
            and self.lines[nxt[0]].kind == "date"
            and self.lines[nxt[1]].kind == "prose"
            and not self.is_comment_head(nxt[0])
            and nxt[0] not in self.strong_openers
        )

    def scan_body(self, art: ArticleInfo, start: int, in_thread: bool) -> int:
        """Label the body from ``start``; return the index just past its last line."""
        last = start
        prev_caption_file = False
        prev_kind = ""
        in_list = False  # after "Related Coverage" inside the body: its headlines are chrome
        i = start
        while i < self.n:
            ln = self.lines[i]
            if not ln.text:
                i += 1
                continue
            kind = ln.kind
            if i != start and (i in self.strong_openers or kind in ("cc", "end")):
                break
            if kind in ("footnote", "footnote_heading", "tags"):
                break
            if i != start and self.article_break(i, art):
                break  # "* * *" then a headline and its date line: the page's next article
            if i != start and _SEPARATOR.fullmatch(ln.text) and not self._more_prose(i, in_thread):
                break  # a rule closing the story, the page's chrome under it (an appeal box)
            if i != start and _SEPARATOR.fullmatch(ln.text):
                # a rule inside the story only separates; a newsletter's section header in
                # capitals under it ("THE BORDER FRONT") is the letter's, not the story's
                self.set(i, "boilerplate")
                nxt = self.following(i, 1)
                if nxt and self.section_header(nxt[0]):
                    self.set(nxt[0], "boilerplate")
                    i = nxt[0]
                i += 1
                continue
            if (
                prev_kind in END_MARKS
                and self.title_candidate(i)
                and kind != "prose"
                and self.blank_before(i)
            ):
                break  # "Source: agencies", then a new headline: the next article
            if i in self.comment_heads and self.heads_text(i):
                # the next post's subject line ("Re: …") right above its head is the post's
                top = i - 1
                if (
                    top > start
                    and top == last
                    and self.lines[top].kind != "prose"
                    and self.blank_before(top)
                ):
                    self.set(top, "boilerplate")
                    last = self.nonempty[self._next_ne[top] - 1]
                break
            if self.is_username(i) and self.heads_text(i):
                nxt = self.following(i, 1)
                if nxt and self.lines[nxt[0]].kind not in ("name", "user"):
                    break
            if kind == "share" and in_thread:
                break
            if i != start and self.page_furniture(i):
                # a PDF's page break inside the text: the page number and the running
                # header or footer beside it are chrome; the story goes on under them
                self.set(i, "boilerplate")
                i += 1
                continue
            if kind in SOFT_END:
                if not self._more_prose(i, in_thread) and not self._next_post(i, art):
                    break
                if prev_kind in END_MARKS and self.soft_opener(i, min(self.n, i + 10)) is not None:
                    # the story closed ("(Avec AFP)", its tags), then chrome (an ad and its
                    # text) and a headline over paragraphs: a print page's or a blog's next piece
                    break
                self.set(i, "boilerplate")
                in_list = kind == "boiler" and not _INLINE_LINK.search(ln.text)
                if kind == "donate" and ln.site and art.site is None:
                    art.site = ln.site
                if ln.outlet and art.outlet is None:
                    art.outlet = ln.outlet
                i += 1
                continue
            if in_list and (kind in ("heading", "name", "user", "short") or self._bullet(i)):
                self.set(i, "boilerplate")
                i += 1
                continue
            in_list = False
            if (
                i != start
                and self.blank_before(i)
                and self.section_header(i)
                and "." not in ln.text
                and (nxt := self.following(i, 1))
                and self.lines[nxt[0]].kind == "prose"
            ):
                # a newsletter's section header in capitals between two paragraphs ("ON THE
                # BORDER", "EN BREF"): the letter's, not the story's (initials sign it: "J. M.")
                self.set(i, "boilerplate")
                i += 1
                continue
            if kind in ("caption", "caption_file", "date", "source"):
                self.set(i, "meta", art.k)
                if kind == "date":
                    art.date_lines.append(i)
                elif kind == "source":
                    art.source_lines.append(i)
            elif prev_caption_file and len(ln.text) <= 180 and ln.text[-1] in '.!?…»”"':
                self.set(i, "meta", art.k)  # the caption's own text after "JPEG - 78 kb"
            else:
                self.set(i, "body", art.k)
                if kind == "byline":
                    art.byline_lines.append(i)
                elif kind == "prose" and art.lead_line is None:
                    art.lead_line = i
            prev_caption_file = kind == "caption_file"
            prev_kind = kind
            last = i
            i += 1
        # a heading after the last paragraph heads a list of links or the page's buttons
        # ("Vous aimerez aussi", "Diskutieren Sie mit / Zur Startseite"): an intertitle has a
        # paragraph under it; from that heading on, the short lines are chrome
        run: list[int] = []
        for j in reversed(self.nonempty[self._next_ne[start] : self._next_ne[last] + 1]):
            if self.kinds[j] != "body":
                continue
            if self.lines[j].kind == "prose":
                break
            run.append(j)
        run.reverse()
        first = next((j for j in run if self._list_heading(j)), None)
        if first is not None and first > start:
            cut = [
                j
                for j in run
                if j >= first and self.lines[j].kind in ("heading", "name", "user", "short")
            ]
            for j in cut:
                self.set(j, "boilerplate")
            if cut and max(cut) == last:
                last = max(
                    j
                    for j in self.nonempty[self._next_ne[start] : self._next_ne[last]]
                    if self.kinds[j] != "boilerplate" or j == start
                )
        # trailing names of the body are the author's signature / translator
        j = last
        while j > start:
            ln = self.lines[j]
            if ln.text:
                if ln.kind == "source" and j == last:
                    j -= 1
                    continue  # "Marc Dupont" then "Avec agences": the signature is above
                if ln.kind not in ("name", "translator", "byline"):
                    break
                art.signature_lines.insert(0, j)
            j -= 1
        return last + 1

    def _bullet(self, i: int) -> bool:
        """A list item: a mark, then a headline-length line."""
        ln = self.lines[i]
        return len(ln.text) <= 200 and _BULLET.match(ln.text) is not None

    def page_furniture(self, i: int) -> bool:
        """A page number, or a short line right beside one (the running header or footer
        of a document turned from PDF into text: "CECF — Revue n° 147 — 03/01/2018")."""
        if PAGE_NUMBER.fullmatch(self.lines[i].text):
            return True
        ln = self.lines[i]
        if ln.kind == "prose" or len(ln.text) > 100:
            return False
        for j in (i - 1, i + 1):
            if 0 <= j < self.n and self.lines[j].text and PAGE_NUMBER.fullmatch(self.lines[j].text):
                return True
        if ln.repeats < 2:
            return False
        # a header the pages repeat, a blank line away from the number ("Page 2 / 3", "",
        # "CECF — Revue n° 147"); a line said once there (the next item's head) is text
        near = [*self.following(i, 1)]
        k = self._next_ne[i] - 1
        if k >= 0:
            near.append(self.nonempty[k])
        return any(PAGE_NUMBER.fullmatch(self.lines[j].text) for j in near)

    def article_break(self, i: int, art: ArticleInfo) -> bool:
        """Where a page of several articles (a category page, a blog's front page) starts its
        next one: a separator ("* * *", "———") with a headline-and-dateline opener under it, or
        such an opener with a dated header of its own while the current article already has one.
        """
        ln = self.lines[i]
        if _SEPARATOR.fullmatch(ln.text):
            return any(j in self.openers for j in self.following(i, 3))
        if i not in self.openers or not any(self.lines[d].date for d in art.date_lines):
            return False
        return any(
            self.lines[j].kind == "date" and self.lines[j].date is not None
            for j in self.following(i, 3)
        )

    def _list_heading(self, j: int) -> bool:
        """A heading that is no signature with its role ("Jean Dupont, envoyé spécial")."""
        if self.lines[j].kind != "heading":
            return False
        who = self.lines[j].text.split(",")[0]
        return not (len(who.split()) >= 2 and name_like(who))

    def _dated(self, i: int, limit: int = 80) -> bool:
        """A line holding a date or a stamp (short lines only)."""
        ln = self.lines[i]
        return ln.date is not None or (len(ln.text) <= limit and _stamp_in(ln.text))

    def live_page(self, art: ArticleInfo, start: int, end: int) -> None:
        """A live page: every entry is a stamp line ("17h45", "Nov 24, 2017 – 22:15") over its
        paragraph. A paragraph after the last entry with no stamp of its own is the page's
        standing text ("This live page is compiled by…"): boilerplate."""
        body = [
            i
            for i in self.nonempty[self._next_ne[start] : self._next_ne[end]]
            if self.kinds[i] == "body" and self.lines[i].kind == "prose"
        ]
        stamped = []
        for i in body:
            j = self.nonempty[self._next_ne[i] - 1] if self._next_ne[i] > 0 else None
            if j is not None and i - j <= 2 and self.lines[j].kind == "date":
                stamped.append(i)
        if len(stamped) < 3 or 2 * len(stamped) < len(body):
            return
        for i in body:
            if i > stamped[-1]:
                self.set(i, "boilerplate")
            elif i < stamped[0] and self._dated(i, 120):
                # "Updated Nov 24, 2017 – 23:50. Newest entries first.": the page's own stamp
                self.set(i, "meta", art.k)

    def scan_tail(self, art: ArticleInfo, i: int) -> int:
        """Signature, footnotes, captions and chrome right after the body."""
        end = i
        in_notes = False
        in_chrome = False  # a name after the share bar or "Related" heads a list, not a signature
        while i < self.n:
            ln = self.lines[i]
            if not ln.text:
                i += 1
                continue
            kind = ln.kind
            if kind in ("cc", "end") or i in self.openers:
                break
            if kind == "tags" and i + 1 in self.openers:
                break  # "Rubrique : Front nord" right over the next story's headline
            if self.is_comment_head(i) and self.heads_text(i):
                break
            if kind in ("name", "translator", "byline") and not in_notes:
                if kind == "name" and in_chrome:
                    break
                self.set(i, "body", art.k)
                art.signature_lines.append(i)
            elif kind in META_KINDS:
                self.set(i, "meta", art.k)
                in_notes = in_notes or kind in ("footnote", "footnote_heading")
                if kind == "date":
                    art.date_lines.append(i)
                elif kind == "source":
                    art.source_lines.append(i)
            elif kind in ("share", "donate", "amount", "boiler", "nav", "cci", "form"):
                self.set(i, "boilerplate")
                in_chrome = True
                if kind == "donate" and ln.site and art.site is None:
                    art.site = ln.site
                if ln.outlet and art.outlet is None:
                    art.outlet = ln.outlet
            else:
                break
            end = i + 1
            i += 1
        return end

    def label_rest(self, a: int, b: int, in_thread: bool, after_article: bool = False) -> bool:
        """Lines between an article's tail and the next opener; returns whether in a thread."""
        idx = self.nonempty[self._next_ne[a] : self._next_ne[b]]
        start_comments: int | None = None
        if in_thread:
            start_comments = a
        else:
            start_comments = next((i for i in idx if self.lines[i].kind == "cc"), None)
            quoting = b < self.n and self.quote_label_above(b) is not None
            if after_article or quoting:
                # the first comment head, when it comes before the section's chrome (a
                # forum's reply posts, a comment's own "2 Replies" counter)
                # a head whose next line is the next article's headline is that article's
                # rubric ("FRONT DU NORD" over each story of a tag page), not a commenter
                first_head = next(
                    (
                        i
                        for i in idx
                        if self.is_comment_head(i)
                        and self.heads_text(i)
                        and any(j < b for j in self.following(i, 1))
                    ),
                    None,
                )
                if first_head is not None and (
                    start_comments is None or first_head < start_comments
                ):
                    start_comments = first_head
                    top = first_head - 1
                    if (
                        top >= a
                        and self.lines[top].text
                        and self.lines[top].kind != "prose"
                        and self.blank_before(top)
                    ):
                        start_comments = top  # the post's subject line "Re: …" over its head
        if start_comments is None:
            for i in idx:
                self.set(i, "boilerplate")
            return False
        part: list[int] = []
        for n, i in enumerate(idx):
            if i < start_comments:
                self.set(i, "boilerplate")
                continue
            if post_divider(self.lines[i].text):
                # "— Article suivant —": the thread ends, the blog's next post follows
                self.label_thread(part)
                for j in idx[n:]:
                    self.set(j, "boilerplate")
                return False
            if self.lines[i].kind not in CHROME and self.long_run_opener(i, b):
                # a headline and a long article inside the thread: hand over to the caller
                self.label_thread(part)
                self.label_article_in_thread(i, b)
                return True
            part.append(i)
        closed = self.label_thread(part)
        if b < self.n and (q := self.quote_label_above(b)) is not None and q >= a:
            self.set(q, "boilerplate")  # "Citation :" over the quoted dispatch
        # a thread its page closed (the reply form, "load more comments") before the next
        # headline-and-byline opener: that story is the page's own, not one a reader pasted
        return not (closed and b < self.n and b in self.openers)

    def is_evidence(self, i: int) -> bool:
        """A line only a comment holds: its author's head, its text, a quote."""
        kind = self.lines[i].kind
        return kind not in CHROME and kind not in ("cci", "url")

    def chrome_block(self, block: list[int]) -> bool:
        """A block of section chrome before a thread ("Comments / Login / Sort by Best")."""
        chrome = sum(1 for i in block if self.lines[i].kind in CHROME)
        if chrome == 0 or chrome < len(block) - chrome:
            return False
        return not any(
            self.lines[i].kind in ("prose", "commenter", "date")
            or self.lines[i].text.startswith(">")
            or (self.is_comment_head(i) and self.heads_text(i))
            for i in block
        )

    def marked_block(self, block: list[int]) -> bool:
        """A block holding a comment's head or its stamp (name + date, "X a écrit :")."""
        for i in block:
            ln = self.lines[i]
            if ln.kind == "commenter" or (self.is_comment_head(i) and self.heads_text(i)):
                return True
            if ln.kind != "prose" and _stamped(ln):
                return True
        return False

    def list_block(self, block: list[int], last: bool = False) -> bool:
        """Lines that are mostly no sentences and read as the page's, not a reader's: a form
        (two field labels "Pseudo :", "Votre message :"), a block holding page chrome, or a
        list of three or more headlines (each starts a new item: capital first, no comma or
        full stop at the end; a reader's hard-wrapped lines run on from one to the next)."""
        n = len(block)
        if n < 2:
            return False
        lines = [self.lines[i] for i in block]
        prose = sum(1 for ln in lines if ln.kind == "prose" or ln.text.startswith(">"))
        if 2 * prose >= n or all(ln.kind in ("cci", "share") for ln in lines):
            return False
        if sum(1 for ln in lines if ln.text.endswith(":")) >= 2:
            return True
        if last and prose == 0:
            return True  # the page's last lines, no sentence among them: its footer
        if any(ln.kind in THREAD_END or ln.kind == "nav" for ln in lines[: n - 1 if n < 3 else n]):
            return True  # (a short comment over its action bar "Like · Reply" is no chrome)
        if n < 3:
            return False
        ends = sum(1 for ln in lines if ln.text[-1] in ".!?…")
        return ends <= 1 and all(
            _ITEM_START.match(ln.text) and ln.text[-1] not in ",;" for ln in lines
        )

    def label_thread(self, part: list[int]) -> bool:
        """Label the lines of a comment section (non-empty line indices, in order); return
        whether the page's chrome closed the thread after its last comment.

        Leading blocks of section chrome are boilerplate. The thread then runs comment by
        comment; a line of the page's own chrome (``THREAD_END``: "load more comments", the
        reply form, "most read", the footer) ends it, and what follows is boilerplate unless a
        comment head starts a comment again. Action lines ("Reply", "41 △ ▽ • Reply •",
        "Share ›") are comment inside a comment's block, boilerplate on their own.
        """
        if not part:
            return False
        blocks: list[list[int]] = [[part[0]]]
        for i in part[1:]:
            if i == blocks[-1][-1] + 1:
                blocks[-1].append(i)
            else:
                blocks.append([i])
        k = 0
        while k < len(blocks) and self.chrome_block(blocks[k]):
            for i in blocks[k]:
                self.set(i, "boilerplate")
            k += 1
        label: dict[int, str] = {}
        block_of: dict[int, int] = {}
        # "Commentaires (0)", "0 Comments": the section is empty, what follows is the page's
        # chrome until a comment head proves otherwise
        terminated = any(
            self.lines[i].kind == "cc" and _ZERO.search(self.lines[i].text) for i in part[:4]
        )
        seen = False
        last_ev: int | None = None
        marked = [self.marked_block(b) for b in blocks]
        headed = sum(marked[k:]) >= 2
        # a thread showing no head and no stamp at all ("5 commentaires" over the blog's
        # sidebar): a block with no sentence that reads as a list is the page's, not a reader's
        unmarked = not any(marked[k:])
        for bi in range(k, len(blocks)):
            block = blocks[bi]
            last = bi == len(blocks) - 1
            if (headed and not marked[bi] and self.list_block(block, last)) or (
                # (not "the page's last lines": "гость" over a one-line question is a comment)
                unmarked
                and not any(self.lines[i].kind == "prose" for i in block)
                and self.list_block(block)
            ):
                # in a thread whose comments carry heads, a block of short lines without one is
                # the page's chrome (reply form, "most read" list, footer): the thread ends
                for i in block:
                    block_of[i] = bi
                    label[i] = "boilerplate"
                terminated = terminated or seen
                continue
            for i in block:
                block_of[i] = bi
                kind = self.lines[i].kind
                head = kind == "commenter" or (self.is_comment_head(i) and self.heads_text(i))
                if head:
                    terminated = False
                if (
                    kind == "cc"
                    and not terminated
                    and i != block[0]
                    and any(self.is_evidence(j) for j in block if j < i)
                ):
                    label[i] = "action"  # "2 Replies" under a comment's text: its own counter
                elif kind in THREAD_END and not head:
                    label[i] = "boilerplate"
                    # an ad or a "read more" link between two comments does not end the
                    # thread: a section heading ("Related", "Most read") has no sentence below
                    nxt = self.following(i, 1, part[-1] + 1)
                    soft = (
                        kind in SOFT_THREAD_END and bool(nxt) and self.lines[nxt[0]].kind == "prose"
                    )
                    terminated = terminated or (seen and not soft)
                elif terminated:
                    label[i] = "boilerplate"
                elif kind in ("share", "nav"):
                    label[i] = "action"  # decided by its block below
                else:
                    label[i] = "comment"
                    if self.is_evidence(i):
                        seen = True
                        last_ev = i
        # a thread without author lines or stamps: each block of text is a comment
        headless = not any(
            self.is_comment_head(i)
            or self.lines[i].kind in ("name", "user")
            or _stamped(self.lines[i])
            for i, lab in label.items()
            if lab == "comment"
        )
        ev_blocks = {
            block_of[i] for i, lab in label.items() if lab == "comment" and self.is_evidence(i)
        }
        prev = -1
        pending = False  # a comment started and none of its text has come yet
        for bi in range(k, len(blocks)):
            for i in blocks[bi]:
                lab = label[i]
                if lab == "action":
                    lab = "comment" if bi in ev_blocks else "boilerplate"
                if lab == "comment" and (last_ev is None or i > last_ev):
                    # after the last comment's text: its own action lines only
                    same = last_ev is not None and block_of[i] == block_of[last_ev]
                    if not same and self.lines[i].kind != "cci":
                        lab = "boilerplate"
                self.set(i, lab)
                if lab == "comment":
                    ln = self.lines[i]
                    gap = i - prev - 1 if prev >= 0 else 2
                    # after a blank line, a comment starts below the last one's action line
                    # ("Reply") or at a line carrying its stamp ("Olga · 19 June 2017, 08:15")
                    # a head right under a user name continues it ("En réponse à X")
                    stacked = gap == 0 and (
                        self.lines[prev].kind in ("name", "user", "commenter")
                        or self.is_comment_head(prev)
                    )
                    start = not stacked and (
                        self.is_comment_head(i)
                        or ln.kind in ("name", "user")
                        or gap >= 2
                        or (
                            gap >= 1
                            and (
                                headless
                                or self.lines[prev].kind == "cci"
                                or _stamped(ln)
                                or _stamped(self.lines[prev])
                            )
                        )
                    )
                    # still in a post's header (no text yet): its head under the subject line
                    # ("Re: …" / "par X » date") or a quote's intro ("X a écrit :") goes on
                    if (
                        start
                        and pending
                        and (ln.kind == "commenter" or (gap == 0 and self.is_comment_head(i)))
                    ):
                        start = False
                    if start:
                        top = i - 1
                        if (
                            gap == 0
                            and self.is_comment_head(i)
                            and self.blank_before(top)
                            and self.kinds[top] == "comment"
                            and self.lines[top].kind != "prose"
                        ):
                            i_start = top  # the post's subject line over its head opens it
                        else:
                            i_start = i
                        self.comment_starts.add(i_start)
                        pending = True
                    elif not self.header_like(i):
                        pending = False
                prev = i
        return seen and terminated

    def header_like(self, i: int) -> bool:
        """A line of a post's header: a name, a stamp, a profile field ("Messages : 8 907")."""
        ln = self.lines[i]
        return (
            ln.kind in ("name", "user", "commenter", "date")
            or ":" in ln.text
            or self.is_comment_head(i)
            or _stamped(ln)
        )

    def label_article_in_thread(self, i: int, b: int) -> None:
        """An article found inside a thread by its length (no byline/dateline)."""
        art = self.new_article(i)
        art.title_line = i
        art.in_thread = True
        self.set(i, "title", art.k)
        nxt = self.following(i, 1, b)
        if not nxt:
            return
        body_end = self.scan_body(art, nxt[0], True)
        tail_end = self.scan_tail(art, body_end)
        art.last_line = max(art.last_line, tail_end - 1)
        self.label_rest(tail_end, b, True, after_article=True)


_ITEM_START = re.compile(r"[\dA-ZÀ-ÖØ-ÞА-ЯЁ\u0600-\u06FF«“\"'‘›•·*–—\-▼►▶◄▸▾]")
_HAS_DIGIT = re.compile(r"\d")
_ZERO = re.compile(r"(?<![\d.,])0(?![\d.,])")
_AGO = re.compile(
    r"\d+\s*(?:years?|months?|weeks?|days?|hours?|minutes?|ans?|mois|semaines?|jours?|heures?)"
    r"\b|\bil y a\b|\bago\b|назад",
    re.I,
)


def _is_stamp(ln: Line) -> bool:
    """A comment's time stamp on its own line: a date, or "2 hours ago", "il y a 3 ans"."""
    if ln.kind == "date":
        return True
    return len(ln.text) <= 40 and ln.words <= 6 and _AGO.search(ln.text) is not None


def _stamped(ln: Line) -> bool:
    """A short line carrying a comment's time stamp."""
    if len(ln.text) > 80 or ln.kind == "prose":
        return False
    return ln.date is not None or _stamp_in(ln.text)


@lru_cache(maxsize=8192)
def _stamp_in(text: str) -> bool:
    """Whether a short line holds a date or a relative stamp (cached: stamps recur)."""
    if _AGO.search(text) is not None:
        return True
    return _HAS_DIGIT.search(text) is not None and find_date(text) is not None


# what may stand around a stamp and a poster's name on a head line: separators, clock times,
# post numbers, weekday abbreviations ("mar.", "Mon,")
_HEAD_REST = re.compile(
    r"#\s*\d+|\d{1,2}\s?[:h]\s?\d{2}(?:\s?[ap]\.?m\.?)?|[|»«·•–—,↳→]|\s-\s"
    r"|(?<!\S)[a-zà-ÿ]{2,4}\.(?=\s|$)|(?<!\S)[A-Z][a-z]{2},(?=\s|$)"
)
_DATE_LEAD = frozenset({"le", "on", "am", "el", "il", "à", "at", "the"})
_NAME_PARTICLES = frozenset({"de", "du", "des", "la", "le", "van", "von", "der", "da", "di", "al"})
_SCORE = re.compile(r"(?<!\S)[+-]?\d[\d\s.,]*\s*(?:points?|pts|votes?)(?=\s|$|[·•|])", re.I)
_REDDIT_USER = re.compile(r"u/[\w-]{3,}")
_LOWER_WORD = re.compile(r"^[a-zß-öø-ÿа-яё][a-zß-öø-ÿа-яё'’]*$")


def _stamp_name(text: str, date_start: int) -> str | None:
    """The poster's name on a "name stamp" head line, or None: one to four capitalised or
    user-name tokens before the stamp, after at most two lower-case words ("par", "posted by"),
    with only separators between the name and the stamp ("Publié le 24/03/2018" has a verb)."""
    before = text[:date_start]
    if ":" in before:
        return None  # "Date d'inscription : 12/03/2009": a profile field
    # "u/name · 38 points · il y a 3 h" (Reddit): the post's score is no part of the name
    before = _SCORE.sub(" ", before)
    tokens = _HEAD_REST.sub(" ", before).split()
    if len(tokens) >= 2 and tokens[-1].startswith("@") and not tokens[-2].startswith("@"):
        tokens = tokens[:-1]  # "Salim R. @salimr@inst.example · date": a handle after a name
    lead = 0
    while lead < len(tokens) and lead < 2 and _LOWER_WORD.match(tokens[lead]):
        lead += 1
    name = tokens[lead:]
    # "Farid de Bizerte — le 02/08/2016": the article before the date is no part of the name
    while name and name[-1].lower() in _DATE_LEAD:
        name = name[:-1]
    if not 1 <= len(name) <= 4:
        return None
    for n, t in enumerate(name):
        t = t.removeprefix("@")  # "@Yassine Bel.": a handle
        if len(t) > 2 and t[0] in "([" and t[-1] in ")]":
            t = t[1:-1]  # "(Anonyme)", "[Guest]": a blog's unnamed commenter
        if 0 < n < len(name) - 1 and t.lower() in _NAME_PARTICLES:
            continue  # "Farid de Bizerte"
        if _REDDIT_USER.fullmatch(t):
            continue  # "u/orontes": a Reddit user name
        if not (t[:1].isupper() or "_" in t or any(c.isdigit() for c in t)):
            return None
    return " ".join(name)


_AFTER_AGO = frozenset({"ago", "назад", "edited", "modifié", "modifiée", "bearbeitet"})


def _words_after(text: str, end: int) -> int:
    """Words (of letters) after a relative stamp: a head ends there ("3 days ago · edited"),
    a heading goes on ("134 jours de résistance")."""
    return sum(1 for w in re.findall(r"[^\W\d_]{2,}", text[end:]) if w.lower() not in _AFTER_AGO)


# "Name @handle · 9 avr.", "Name @handle · 3 h", "Name @handle@inst.example · 2d": the head of
# a post on a social network (name, handle, separator, a short stamp with a digit)
_HANDLE_HEAD = re.compile(
    r"(?P<name>[^@·•|]{1,40}?)\s+@[\w.]{2,30}(?:@[\w.\-]+)?\s*[·•|]\s*(?P<stamp>[^·•|]{1,30})"
)
_SHORT_AGO = re.compile(r"\d{1,2}\s?(?:h|min|m|s|d|j|sem|w|mo)\.?", re.I)


def _handle_head(text: str) -> str | None:
    """The poster's name on a social post head ("Jane D. @jane_d · 9 avr."), else None."""
    if len(text) > 90 or "@" not in text:
        return None
    m = _HANDLE_HEAD.fullmatch(text.strip())
    if m is None:
        return None
    stamp = m.group("stamp").strip()
    if not (
        day_month(stamp) is not None
        or _SHORT_AGO.fullmatch(stamp) is not None
        or _AGO.search(stamp) is not None
    ):
        return None
    return _stamp_name(m.group("name") + " 1", len(m.group("name")) + 1)


_FIELD_GAP = re.compile(r"\s{3,}|\s[|·•]\s")
_PROFILE_FIELD = re.compile(r"\d|:")


_WIDGET_FIELD = re.compile(r"\s+[·|•—–]\s+|\s{2,}")
_WIDGET_KINDS = ("field_control", "field_count", "field_issue")


def widget_line(text: str) -> bool:
    """A line of page chrome shaped like a headline (short, capitalised, no stop): a field of
    it is an interface control, an audience count or an issue number, or it opens as a content
    warning, a list's navigation or a curation credit (cues: data/clean/title_chrome.toml)."""
    if not text or len(text) > 160:
        return False
    if line_match("title_chrome.toml", "start", text) or line_match(
        "title_chrome.toml", "anywhere", text
    ):
        return True
    return _widget_fields(text, _WIDGET_KINDS)


def audience_line(text: str) -> bool:
    """A line of an account's interface: its buttons or its audience ("18,4 k abonnés",
    "S'abonner · Message"), as under a channel's or a page's name."""
    return bool(text) and len(text) <= 160 and _widget_fields(text, _WIDGET_KINDS[:2])


def _widget_fields(text: str, kinds: tuple[str, ...]) -> bool:
    fields = [f.strip(" ·|•—–") for f in _WIDGET_FIELD.split(text)]
    return any(line_match("title_chrome.toml", kind, f) for f in fields if f for kind in kinds)


_PICTO = re.compile(r"[^\w«“\"'‘(\[]+")
_CAPS_WORD = re.compile(r"[^\W\d_]{2,}")


def shouted_headline(text: str) -> bool:
    """A post's headline written in capitals, often behind a pictograph ("🔴 KIRKOUK : CE
    QUI S'EST PASSÉ", "🔥 KOBANÊ EST LIBRE ! 134 jours…"): the line classes read it as a
    short line or a paragraph, yet it stands over the post's text as its title."""
    if len(text) > 180 or widget_line(text) or sentence_end(text) in ".,;:…":
        return False
    core = _PICTO.sub(" ", text).split()
    if not 3 <= len(core) <= 25:
        return False
    opening = [w for w in core[:4] if _CAPS_WORD.search(w)][:3]
    return len(opening) >= 2 and all(w.isupper() for w in opening)


def _profile_name(text: str) -> str | None:
    """The poster on a forum post's profile line, its name then its fields set apart by wide
    gaps or bars ("Bear_Watcher   Member   Posts: 611", "Kestrel | Modérateur | Messages :
    8 907"): the first field when it is a user name and a later one is a count or a
    "label: value" field. None for anything else."""
    if len(text) > 120:
        return None
    fields = [f.strip() for f in _FIELD_GAP.split(text) if f.strip()]
    if len(fields) < 2 or not any(_PROFILE_FIELD.search(f) for f in fields[1:]):
        return None
    name = fields[0]
    if len(name) > 32 or len(name.split()) > 3 or ":" in name:
        return None
    if not _stamp_name(name + " 1", len(name) + 1):
        return None
    return name


def _name_after_stamp(text: str, date_start: int, date_end: int) -> str | None:
    """The poster's name after a stamp that opens the line ("13/10/2017 10:02, par X")."""
    if _HEAD_REST.sub(" ", text[:date_start]).strip():
        return None
    after = text[date_end:]
    if ":" in after:
        return None
    return _stamp_name(after + " 1", len(after) + 1)


def label_lines(lines: list[Line]) -> Labelled:
    """Label every line of a plain-text dump (see the module docstring)."""
    from newsift.clean import blogs, credits, furniture, notes, pagekinds, release
    from newsift.clean.social import relabel

    lab = _Pass(lines).run()
    relabel(lines, lab)  # a social page: its comments close on an action bar
    pagekinds.relabel(lines, lab)  # digests, paginated articles, headers, forms and footers
    release.relabel(lines, lab)  # a press release: its genre line, signature and letterhead
    notes.relabel(lines, lab)  # a reblogging blog: its notes and its reblog line
    credits.relabel(lines, lab)  # the outlet a closing credit or a byline names
    credits.section_headings(lines, lab)  # a short heading between two parts of the text
    blogs.relabel(lines, lab)  # a blog's "published in" line, journal masthead, subject line
    furniture.relabel(lines, lab)  # funding notes, page headers, footnotes, a thread's last post
    _no_widget_titles(lines, lab)
    return lab


def _no_widget_titles(lines: list[Line], lab: Labelled) -> None:
    """Whatever pass chose it, a widget line ("Message suivant : …", "Connexion   Mail") is
    page chrome, never a title: the article keeps no title rather than a wrong one."""
    for art in lab.articles:
        t = art.title_line
        if t is not None and widget_line(lines[t].text):
            lab.kinds[t], lab.arts[t] = "boilerplate", None
            art.title_line = None
