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

This module keeps the orchestration (:class:`_Pass`: page kinds read whole first, then
article / tail / rest in turn; :func:`label_lines`: the pass, then the page-kind relabellers).
Each kind of decision lives in its own module, one mixin each over
:class:`newsift.clean.segment_model.PassBase`:

* ``comment_heads`` (with ``comment_stamps``): which lines head a comment or a post;
* ``titles``: what can be a headline, and widget lines shaped like one;
* ``boundaries`` (with ``wire_leads``): openers, second articles, dispatches in a thread;
* ``article_headers``: title, byline, dateline and post header above a body;
* ``article_body``: where a body ends, what stays in it, its tail;
* ``comment_threads``: the thread or the chrome after an article.

After the pass and the page-kind relabellers, ``failsafe`` has the last word: prose that no
structure shows to be comment or chrome (no comment head, commenter line or reply bar near it),
and posts by the article's own author right under it, go back to the articles.
"""

from __future__ import annotations

from newsift.clean.article_body import ArticleBody
from newsift.clean.article_headers import ArticleHeaders
from newsift.clean.boundaries import ArticleBoundaries
from newsift.clean.comment_heads import CommentHeads
from newsift.clean.comment_threads import CommentThreads
from newsift.clean.feeds import feed_items
from newsift.clean.footed import footed_post
from newsift.clean.lines import Line
from newsift.clean.posts import PostStream, post_stream
from newsift.clean.posts import hit as post_hit
from newsift.clean.scroll import scroll_page
from newsift.clean.segment_model import ArticleInfo, Labelled
from newsift.clean.titles import Headlines, widget_line

__all__ = ["ArticleInfo", "Labelled", "label_lines"]


class _Pass(
    CommentHeads, Headlines, ArticleBoundaries, ArticleHeaders, ArticleBody, CommentThreads
):
    """One structure pass over a document's lines (see the module docstring)."""

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


def label_lines(lines: list[Line]) -> Labelled:
    """Label every line of a plain-text dump (see the module docstring)."""
    from newsift.clean import blogs, credits, failsafe, furniture, marked, notes, pagekinds, release
    from newsift.clean.social import relabel

    structure = _Pass(lines)
    lab = structure.run()
    relabel(lines, lab)  # a social page: its comments close on an action bar
    pagekinds.relabel(lines, lab)  # digests, paginated articles, headers, forms and footers
    release.relabel(lines, lab)  # a press release: its genre line, signature and letterhead
    notes.relabel(lines, lab)  # a reblogging blog: its notes and its reblog line
    credits.relabel(lines, lab)  # the outlet a closing credit or a byline names
    credits.section_headings(lines, lab)  # a short heading between two parts of the text
    blogs.relabel(lines, lab)  # a blog's "published in" line, journal masthead, subject line
    furniture.relabel(lines, lab)  # funding notes, page headers, footnotes, a thread's last post
    _no_widget_titles(lines, lab)
    failsafe.relabel(lines, lab, structure.comment_heads)  # prose nothing showed to be chrome
    # what a line's own marks say it is (database exports, tracked changes, talk pages) beats
    # its look, the fail-safe's included
    marked.relabel(lines, lab)
    return lab


def _no_widget_titles(lines: list[Line], lab: Labelled) -> None:
    """Whatever pass chose it, a widget line ("Message suivant : …", "Connexion   Mail") is
    page chrome, never a title: the article keeps no title rather than a wrong one."""
    for art in lab.articles:
        t = art.title_line
        if t is not None and widget_line(lines[t].text):
            lab.kinds[t], lab.arts[t] = "boilerplate", None
            art.title_line = None
