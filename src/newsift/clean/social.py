"""Social-network page dumps: one post by the page, then its readers' comments.

A page saved as text (Facebook-style) shows the page's name over the post's stamp ("Rojava
Solidarity Network" / "19 March 2018 at 09:41 · 🌍"), the post's capitalised headline, a
"Posted by X" line, the post, its reaction counts, a sort control ("Most relevant ▾") and the
comments: a name line ("↳ Name" for a reply), the text, and an action bar ("Like · Reply ·
1d", "J'aime · Répondre · 3 h") closing each one. Structure decides: the action bar must recur
(at least twice, close together); everything from the first comment's name to the last bar is
the thread, each comment starting after the previous bar. The page's name is the outlet, and
the headline under the stamp is the title, not the name over it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsift.clean.dates import find_date
from newsift.clean.lexicon import line_match
from newsift.clean.lines import Line

if TYPE_CHECKING:
    from newsift.clean.segmenter import ArticleInfo, Labelled

MIN_ACTIONS = 2
MAX_GAP = 8  # non-empty lines between two action bars of the same thread
_NAME_KINDS = frozenset({"name", "user", "short", "heading", "prose", "commenter"})


def _match(kind: str, text: str) -> re.Match[str] | None:
    return line_match("social.toml", kind, text)


def is_action(text: str) -> bool:
    """A comment's action bar ("Like · Reply · 1d", "J'aime · Répondre · 3 h")."""
    return len(text) <= 60 and _match("action", text) is not None


def is_thread_chrome(text: str) -> bool:
    """The thread's sort control or a "more comments" link ("Most relevant ▾")."""
    return len(text) <= 60 and _match("thread_chrome", text) is not None


def posted_by(text: str) -> str | None:
    """The author a "Posted by X for the network" line names, else None."""
    if len(text) > 100:
        return None
    m = _match("posted_by", text)
    return m.group("name").strip() if m else None


def _name_line(ln: Line) -> bool:
    """A comment's author line: "Marion T.", "↳ Rojava Solidarity Network" (a reply), or its
    name and stamp on one line ("Gérard-Marie T. — 15 mars 2020 à 19h02", "Dan K. · 3 May
    2019 at 10:02"): a few words before the stamp, whatever the stamp's length."""
    if ln.kind not in ("name", "user", "short", "heading", "commenter", "date"):
        return False
    if ln.words <= 7 and ln.kind != "date":
        return True
    hit = ln.date or find_date(ln.text)
    return hit is not None and hit.start > 0 and len(ln.text[: hit.start].split()) <= 5


def thread(lines: list[Line]) -> tuple[int, int, list[int], set[int]] | None:
    """(first, last, starts, chrome) of a social page's comment thread, or None.

    ``first`` is the first comment's first line, ``last`` the last action bar, ``starts`` the
    line each comment opens on; ``chrome`` the sort controls and "more comments" links.
    """
    nonempty = [i for i, ln in enumerate(lines) if ln.text]
    pos = {i: n for n, i in enumerate(nonempty)}
    actions = [i for i in nonempty if is_action(lines[i].text)]
    if len(actions) < MIN_ACTIONS:
        return None
    # the run of action bars close to each other (the first such run)
    run = [actions[0]]
    for a in actions[1:]:
        if pos[a] - pos[run[-1]] > MAX_GAP:
            break
        run.append(a)
    if len(run) < MIN_ACTIONS:
        return None
    # the first comment: the lines right above the first bar (a name, the text), up to the
    # page's chrome or a blank line
    first = run[0]
    n = pos[run[0]] - 1
    while n >= 0 and pos[run[0]] - n <= 5:
        i = nonempty[n]
        ln = lines[i]
        if ln.kind not in _NAME_KINDS or is_thread_chrome(ln.text) or not lines[i + 1].text:
            break
        first = i
        n -= 1
    # it opens on its author's name, never on the post's last paragraph
    while first < run[0] and not _name_line(lines[first]):
        first = nonempty[pos[first] + 1]
    if first == run[0]:
        return None
    starts = {first}
    starts.update(nonempty[pos[a] + 1] for a in run[:-1] if pos[a] + 1 < len(nonempty))
    chrome = {i for i in nonempty if is_thread_chrome(lines[i].text)}
    return first, run[-1], sorted(starts), chrome


def relabel(lines: list[Line], lab: Labelled) -> None:
    """Relabel a social page's thread and its post header in ``lab`` (in place)."""
    found = thread(lines)
    if found is None:
        return
    first, last, starts, chrome = found
    moved: set[int] = set()
    for i in range(first, last + 1):
        if lines[i].text:
            if lab.arts[i] is not None:
                moved.add(i)
            lab.kinds[i], lab.arts[i] = "comment", None
    for i in chrome:
        if first < i < last:
            continue  # "View 2 more replies" under a comment: part of the thread
        if lab.arts[i] is not None:
            moved.add(i)
        lab.kinds[i], lab.arts[i] = "boilerplate", None  # "Most relevant ▾" is never text
    lab.comment_starts.update(i for i in starts if i not in chrome)
    # a comment block the structure pass took for an article (comments shown above the
    # story): that "article" has no line left and goes
    kept = {a for a in lab.arts if a is not None}
    empty = {art.k for art in lab.articles if art.k not in kept}
    if empty:
        from newsift.clean.furniture import drop_articles

        drop_articles(lab, empty)
    for art in lab.articles:
        for attr in ("date_lines", "byline_lines", "signature_lines", "source_lines"):
            setattr(art, attr, [i for i in getattr(art, attr) if i not in moved])
        if art.title_line is not None and lab.arts[art.title_line] != art.k:
            art.title_line = None
        if any(art.first_line <= i <= art.last_line for i in moved):
            rest = [i for i in range(len(lines)) if lab.arts[i] == art.k]
            if art.first_line in moved and rest:
                art.first_line = rest[0]
            art.last_line = max([art.first_line, *rest])
        _post_header(lines, lab, art)


def _post_header(lines: list[Line], lab: Labelled, art: ArticleInfo) -> None:
    """The page's name over the post's stamp is the outlet (meta), the headline under the
    stamp the title, "Posted by X" under the title its byline."""
    t = art.title_line
    if t is not None and art.date_lines and art.date_lines[0] > t:
        name = lines[t].text
        if any(ln.text == name for ln in lines[:t]):
            # the page's name shown again over its post, not a headline
            stamp = art.date_lines[0]
            after = [j for j in range(stamp + 1, min(len(lines), stamp + 4)) if lines[j].text]
            head = next(
                (
                    j
                    for j in after
                    if lines[j].heading_like and lines[j].kind in ("heading", "short")
                ),
                None,
            )
            lab.kinds[t] = "meta"
            art.site = art.site or name
            art.title_line = head
            if head is not None:
                lab.kinds[head], lab.arts[head] = "title", art.k
    t = art.title_line
    if t is None:
        return
    nxt = next((j for j in range(t + 1, min(len(lines), t + 3)) if lines[j].text), None)
    who = posted_by(lines[nxt].text) if nxt is not None else None
    if nxt is not None and who:
        lines[nxt].author = who
        lab.kinds[nxt], lab.arts[nxt] = "body", art.k
        if nxt not in art.byline_lines:
            art.byline_lines.insert(0, nxt)
