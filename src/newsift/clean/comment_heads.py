"""Which lines head a comment: structure that recurs with the same shape and other names.

A name over a stamp, a stamp over a name (forums), a name and a stamp on one line, "X says:",
a user name that recurs over blocks of text; and whether such a head is followed by a comment
(not by the tags and chrome under an author's signature).
"""

from __future__ import annotations

from newsift.clean.comment_stamps import (
    _AGO,
    _HAS_DIGIT,
    _HEAD_REST,
    _handle_head,
    _name_after_stamp,
    _stamp_name,
    _words_after,
    carries_stamp,
    profile_name,
    stamp_line,
)
from newsift.clean.dates import find_date
from newsift.clean.segment_model import AFTER_SIGNATURE, CHROME, SEPARATOR, PassBase
from newsift.clean.wire_leads import WIRE_LINE


class CommentHeads(PassBase):
    """Comment and post heads of the page (computed once per pass)."""

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
                if nxt and SEPARATOR.fullmatch(self.lines[nxt[0]].text):
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
            and stamp_line(self.lines[i + 1])
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
                or stamp_line(self.lines[j])
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
            and not self.section_header(i)
            and self.blank_before(i)
            and i + 1 < self.n
            and self.lines[i + 1].kind in ("prose", "short", "heading", "user")
        ]
        if len(users) >= 3 and self.follows_the_text(users):
            heads.update(users)
        return heads

    def follows_the_text(self, heads: list[int]) -> bool:
        """Bare names head a thread that follows the page's text: the prose above the first of
        them after the page's first paragraph outweighs the prose under them. Short lines over
        most of the page's text ("Key Figures", "Chiffres clés", "Situation Overview" in a
        report turned from PDF) are its section headings, not readers' names."""
        first = next((i for i in heads if i > self.first_prose), None)
        if first is None:
            return True
        above = under = 0
        for i in self.nonempty:
            if self.lines[i].kind == "prose":
                if i < first:
                    above += len(self.lines[i].text)
                else:
                    under += len(self.lines[i].text)
        return above >= under

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
                if name and not stamp_line(nxt) and nxt.kind not in ("name", "user"):
                    inline[i] = name
                continue
            poster = (
                nxt.text
                if nxt.kind in ("name", "user") and len(nxt.text) <= 40 and nxt.words <= 4
                else profile_name(nxt.text)
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
            dateline = dateline or WIRE_LINE.fullmatch(ln.text) is not None
            name = None if dateline else _stamp_name(ln.text, hit.start)
            if name is None and i > self.first_prose:
                # "13 octobre 2017, par Lucien M." (SPIP): the stamp first, then the name;
                # an article's own "jeudi 12 octobre 2017, par X" comes before any prose
                name = _name_after_stamp(ln.text, hit.start, hit.end)
            if name and not stamp_line(nxt) and nxt.kind not in ("name", "user"):
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
        if len(nxt) == 2 and profile_name(self.lines[nxt[0]].text):
            nxt = nxt[1:]  # the poster's profile line under the stamp, then the post
        return bool(nxt) and self.lines[nxt[0]].kind not in AFTER_SIGNATURE

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

    def header_like(self, i: int) -> bool:
        """A line of a post's header: a name, a stamp, a profile field ("Messages : 8 907")."""
        ln = self.lines[i]
        return (
            ln.kind in ("name", "user", "commenter", "date")
            or ":" in ln.text
            or self.is_comment_head(i)
            or carries_stamp(ln)
        )
