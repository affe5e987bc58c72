"""An article's body and tail: where the prose ends, what stays inside it, what closes it.

The body runs until hard chrome (comment chrome, a thread's share bar, a footnote list, a
comment head, the next strong opener) or soft chrome no more prose follows; inside it, inline
links, rules, a newsletter's section headers and a PDF's page furniture are boilerplate. The
tail holds the signature, footnotes, captions, source and date lines.
"""

from __future__ import annotations

import re

from newsift.clean.lexicon import line_match
from newsift.clean.lines import name_like
from newsift.clean.segment_model import (
    CHROME,
    END_MARKS,
    META_KINDS,
    SEPARATOR,
    SOFT_END,
    ArticleInfo,
    PassBase,
)

_INLINE_LINK = re.compile(r"^.{3,40}?(?:\s*[:：]\s*|\s{2,}|\s[»›]\s)\w.{10,}")
# a printed page's number ("Page 2 / 3", "p. 4 sur 12", "— 3 —", "2/3")
PAGE_NUMBER = re.compile(
    r"(?i:page|p\.)\s*\d{1,3}\s*(?:/|(?i:sur|of|de|von))\s*\d{1,3}"
    r"|[-–—]\s*\d{1,3}\s*[-–—]|\d{1,3}\s*/\s*\d{1,3}"
)
# a list item's mark at the start of a line ("› Golan : …", "• Deraa …", "- Idleb …")
# lines that sign or source a story: a section header after one opens the page's next part
SIGNED = END_MARKS - {"date"}
_BULLET = re.compile(r"[›»►▶▸▹→⇒➤•·■▪◆◇★✓✔\-–—]\s+\S")


class ArticleBody(PassBase):
    """Labelling of an article's body and tail."""

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
        closed = False  # chrome ("Lire la suite [2]") passed since the last paragraph
        paragraphs = 0  # prose lines of the body so far
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
            if i != start and SEPARATOR.fullmatch(ln.text) and not self._more_prose(i, in_thread):
                break  # a rule closing the story, the page's chrome under it (an appeal box)
            if (
                i != start
                and SEPARATOR.fullmatch(ln.text)
                and (head := self.next_story(i, closed, prev_kind)) is not None
            ):
                # the story closed, a rule, then a headline over paragraphs: the next story
                self.openers.add(head)
                break
            if i != start and SEPARATOR.fullmatch(ln.text):
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
                and paragraphs >= 2  # a standfirst, its byline and date, then a caption: one story
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
                closed = True
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
                if prev_kind in SIGNED:
                    break  # the story signed, then the letter's next section ("AGENDA", "DONS")
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
            closed = closed and kind != "prose"
            paragraphs += kind == "prose"
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

    def next_story(self, rule: int, closed: bool, prev_kind: str) -> int | None:
        """A rule after a story that closed (its "read more" link, its source or signature
        line) with a set-off headline over paragraphs right under it: a newsletter's or a print
        page's next story, not a section of this one (an intertitle follows a paragraph)."""
        if not (closed or prev_kind in SIGNED):
            return None
        nxt = self.following(rule, 1)
        if nxt and self.soft_opener(rule, min(self.n, rule + 12), 0) == nxt[0]:
            return nxt[0]
        return None

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

    def _list_heading(self, j: int) -> bool:
        """A heading that is no signature with its role ("Jean Dupont, envoyé spécial")."""
        if self.lines[j].kind != "heading":
            return False
        who = self.lines[j].text.split(",")[0]
        return not (len(who.split()) >= 2 and name_like(who))

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
