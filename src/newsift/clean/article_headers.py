"""An article's header: its title, byline, dateline, place-and-source line, signature.

Read forward from an opener or backward from the first dense prose; the header of a forum
post carrying the article is the article's meta and its stamp dates it.
"""

from __future__ import annotations

from newsift.clean.segment_model import PLACE_SOURCE, QUOTE_LABEL, ArticleInfo, PassBase


class ArticleHeaders(PassBase):
    """Labelling of the lines above an article's body."""

    def quote_label_above(self, i: int) -> int | None:
        """The "Citation :" / "Quote:" line right above line i (a post quoting what follows)."""
        j = i - 1
        if j >= 0 and self.lines[j].kind == "short" and QUOTE_LABEL.fullmatch(self.lines[j].text):
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
            and PLACE_SOURCE.fullmatch(ln.text)
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
