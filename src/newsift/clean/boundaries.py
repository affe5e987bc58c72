"""Where articles start: openers, a second article after the first, a dispatch in a thread.

An opener is a headline followed by a byline or a dateline and prose (or a dateline then a
headline, or a digest's piece label over a headline); after an article's end, a set-off
headline over paragraphs (a soft opener); inside a thread, a headline over a long run of
paragraphs; on a page of several stories, a separator or a second dated header.
"""

from __future__ import annotations

from newsift.clean.dates import find_date
from newsift.clean.lexicon import line_match
from newsift.clean.segment_model import PLACE_SOURCE, SEPARATOR, ArticleInfo, PassBase
from newsift.clean.wire_leads import WIRE_LEAD

PROSE_MIN_CHARS = 400  # prose an opener needs after it, unless it has two prose lines


class ArticleBoundaries(PassBase):
    """Article starts and breaks."""

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
                        headline = headline and not PLACE_SOURCE.fullmatch(self.lines[j].text)
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

    def wire_lead(self, i: int) -> bool:
        """Does line i open on a wire dateline ("PLACE (Country), 13 novembre (AOP) - ")?"""
        return WIRE_LEAD.match(self.lines[i].text) is not None

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

    def soft_opener(self, a: int, b: int, min_chars: int = PROSE_MIN_CHARS) -> int | None:
        """A headline after an article's end, before any comment chrome, with paragraphs
        (sentences, not a list of other headlines) under it: two, dated or of ``min_chars``."""
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
                if count >= 2 and (dated or chars >= min_chars):
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

    def article_break(self, i: int, art: ArticleInfo) -> bool:
        """Where a page of several articles (a category page, a blog's front page) starts its
        next one: a separator ("* * *", "———") with a headline-and-dateline opener under it, or
        such an opener with a dated header of its own while the current article already has one.
        """
        ln = self.lines[i]
        if SEPARATOR.fullmatch(ln.text):
            return any(j in self.openers for j in self.following(i, 3))
        if i not in self.openers or not any(self.lines[d].date for d in art.date_lines):
            return False
        return any(
            self.lines[j].kind == "date" and self.lines[j].date is not None
            for j in self.following(i, 3)
        )

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
