"""What follows an article: a comment thread, or the page's chrome.

A thread opens at comment chrome or a comment head; it runs block by block; the page's own
chrome (a form, a list of headlines, "load more comments", the footer) ends it, and a zero
count ("Commentaires (0)") means there is none.
"""

from __future__ import annotations

import re

from newsift.clean.blogs import post_divider
from newsift.clean.comment_stamps import carries_stamp
from newsift.clean.segment_model import CHROME, SOFT_THREAD_END, THREAD_END, PassBase

_ITEM_START = re.compile(r"[\dA-ZÀ-ÖØ-ÞА-ЯЁ\u0600-\u06FF«“\"'‘›•·*–—\-▼►▶◄▸▾]")
_ZERO = re.compile(r"(?<![\d.,])0(?![\d.,])")


class CommentThreads(PassBase):
    """Labelling of comment sections and the chrome after articles."""

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
            if ln.kind != "prose" and carries_stamp(ln):
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
            or carries_stamp(self.lines[i])
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
                                or carries_stamp(ln)
                                or carries_stamp(self.lines[prev])
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
