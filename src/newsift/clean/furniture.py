"""Whole-document corrections of lines kept as article text that no article holds.

Run after the structure pass: it has decided where each article's text runs, and some lines
inside that run are the page's, not the author's:

* the site on its own funding or an upsell ("X ne vit que de ses lecteurs", "100%
  reader-funded", "Passez Premium") between two paragraphs, or its paywall's cut ("La suite
  est réservée aux abonnés"): boilerplate;
* a rule ("——", "_____") or a button ("Afficher moins", "Show more") between paragraphs:
  boilerplate;
* a printed page's running header or footer (a document turned from PDF into text): a line
  ending in a page number after a wide gap, and every line the pages repeat with it (the same
  words, other digits): boilerplate;
* an organisation's contact line (fields, one an e-mail or a telephone): boilerplate;
* a footnote marked by a superscript number or a back-link ("¹ …", "↑ …"): meta;
* a row of engagement counters under a post ("🔁 1 204  ❤ 2 987"), no word in it, a view
  count ("1,2K vues · il y a 3 jours", "Lu 12 458 fois") and a picture's placeholder
  ("[Carte : …]"): meta;
* a label in capitals right over a headline (a rubric, "DANS LA MÊME CATÉGORIE"): boilerplate;
* a report's first numbered section taken for its title under a table of contents: the
  title is the cover's headline;
* an undated article's stamp among other fields in its head (views, reading time, a Hijri
  date, the thread's counts): meta, the article's date line;
* a headline right over the line taken for the title, when that is a channel's name or a
  long standfirst: the headline is the title;
* writers' initials closing a dispatch ("(N.B./M.R.)"): body (a signature), not a source;
* a breadcrumb or an e-mail's "Subject:" taken for the title: chrome; and an e-mail's own
  chrome inside the letter ("Si ce message ne s'affiche pas correctement…"): boilerplate;
* a wiki's section headings with their edit links: text; a mirror's "copy of <date>" notice:
  chrome, its date the article's when it has none;
* an aggregator's or a portal's teasers of other stories kept as text: a run of two or more
  cards (blank-separated blocks of two to four lines: a headline, then a cut excerpt ending
  in "…" or a "Source · il y a 2 h" line) is chrome; an article whose title was a teaser takes
  the first headline of its own text;
* a blog's "recent comments" widget kept as text (its heading, then "Reader on Post title —
  words" lines): comments;
* a voting forum's thread under the post (blocks opened by a score between arrows and the
  reader, "▲ 203 ▼  u/x · il y a 5 h", closed by the reply bar): comments, two heads at least;
* a forum counted under the article ("Messages" / "2 messages") whose messages open on a
  dated byline ("Par X, le 25 février 2016 à 18h11", SPIP's layout) read as a second article:
  the messages are comments, the heading and count chrome.

And one line the pass drops that is the author's: in a numbered thread ("1/9 …", "(2/8) …"),
the last posts carry the author's sign-off ("9/9 Fin du fil. Un café ?") and read as an
appeal; a post numbered like the thread's body posts is body. Above its first post, the
account's head ("Name @handle") and bio are chrome, not a headline and a standfirst.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from newsift.clean.dates import find_date
from newsift.clean.lexicon import line_match
from newsift.clean.lines import EMAIL, Line

if TYPE_CHECKING:
    from newsift.clean.segmenter import Labelled

_TEXT = frozenset({"body", "title"})
_QUOTE = re.compile(r"[«»“”\"]")
# "3/14 ", "(2/8) ", "14/14 🧵": a numbered post of a thread
_THREAD_NO = re.compile(r"\(?(\d{1,2})\s?/\s?(\d{1,2})\)?(?=\s|$)")
# "1. Contexte", "2) Chronologie", "IV. Recommandations": a numbered section heading
_SECTION = re.compile(r"(?:\d{1,2}|[IVX]{1,4})\s?[.)]\s+\S")
_LEADERS = re.compile(r"\S\s?(?:\.\s?){4,}\s*\d{1,3}$|\S\s{3,}\d{1,3}$")
_HANDLE = re.compile(r"(?<![\w@])@[A-Za-z0-9_]{2,30}\b")
_TEASER_CHARS = 280  # a teaser's cut excerpt: a sentence or two, never a paragraph
_HEAD_WINDOW = 6  # lines above an article's first paragraph that may hold its stamp
# a breadcrumb or a masthead's fields: "Accueil > Syrie", "AOP - Agence X - Fil", "A | B"
_CRUMBS = re.compile(r"\s[>›»‹<|]\s|\s[-–—]\s")
# "(N.B./M.R.)", "(AOP) BR/ML", "(J.-P. R./LM)": initials of writer and editor
_INITIALS = re.compile(r"(?:\([A-Z]{2,8}\)\s+)?\(?[A-Z][A-Z.\- ]{0,8}/\s?[A-Z][A-Z.\- ]{0,8}\)?")
_CRUMB_MARK = re.compile(r"\s[>›»‹]\s")
_QUOTED = re.compile(r"«[^»]*»")
_WORD = re.compile(r"[^\W\d_]{2,}")
_FIELDS = re.compile(r"\s+[-–—|·•]\s+|\s*\|\s*")
_COMMA = re.compile(r",\s+")
_PHONE = re.compile(r"(?i:t[ée]l\.?|phone|tel)\s*:?\s*\+?\d[\d .]{7,}")
_LETTER = re.compile(r"[^\W\d_]")
# a page number closing a running header or footer: "— page 2/5", "p. 3", "   4" after a gap
_PAGE_NO = re.compile(
    r"(?i:\b(?:page|p\.)\s*\d{1,3}(?:\s*(?:/|sur|of)\s*\d{1,3})?|\S\s{3,}\d{1,3})\s*$"
)
# a table of contents' entry: dot leaders, then its page ("2. Contexte ....... p. 4")
_TOC_ENTRY = re.compile(r"\S\s?(?:\.\s?){4,}\s*(?i:p\.|page)?\s*\d{1,3}$")
# a report's series and number ("Note d'analyse n° 14", "Revue de presse n° 7/2016"): not its
# headline
_ISSUE_NO = re.compile(r"(?i)\b(?:n°|no\.|n[ou]m(?:éro|ber|ero)\.?)\s?\d")
# a running time opening a chapter or transcript line: "0:41 ", "01:12 ", "1:02:05 "
_RUNNING_TIME = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?\s+(?=\S)")
_META_KINDS = frozenset(
    {"source", "date", "caption", "caption_file", "footnote", "footnote_heading"}
)


def _match(kind: str, text: str) -> bool:
    return line_match("furniture.toml", kind, text) is not None


def _shape(text: str) -> str:
    """A line's words of letters, in order: a running header has the same on every page
    whatever its page number and dashes ("LA LETTRE — N° 31 — MAI 2015   — 2 —")."""
    return " ".join(_WORD.findall(text.lower()))


def _contact(text: str) -> bool:
    """An organisation's contact line: three or more short fields, one an e-mail address or a
    telephone ("Collectif X - 8, rue des Lilas, 69003 Lyon - contact@x.org")."""
    if len(text) > 200 or not (EMAIL.search(text) or _PHONE.search(text)):
        return False
    fields = [f for f in _FIELDS.split(text) if f.strip()]
    if len(fields) < 3:
        # "Maren Holtz, Head of Office, holtz@x.org, Tel: +962 …": a report's contact card
        fields = [f for f in _COMMA.split(text) if f.strip()]
    return len(fields) >= 3 and all(len(f.split()) <= 8 for f in fields)


def _counters(text: str) -> bool:
    """A row of counts with icons and no word ("🔁 1 204  ❤ 2 987", "💬 0  ❤ 9")."""
    return (
        len(text) <= 60
        and _LETTER.search(text) is None
        and any(c.isdigit() for c in text)
        and any(not c.isascii() and not c.isspace() for c in text)
    )


def relabel(lines: list[Line], lab: Labelled) -> None:
    """Apply the corrections of the module docstring to ``lab`` in place."""
    kinds = lab.kinds
    _report(lines, lab)
    _teasers(lines, lab)
    _comment_widget(lines, lab)
    _voted_comments(lines, lab)
    _counted_forum(lines, lab)
    running = {_shape(ln.text) for ln in lines if ln.text and _match("page_tail", ln.text)}
    running = {r for r in running if len(r.split()) >= 2}  # words, not a bare number
    for i, ln in enumerate(lines):
        text = ln.text
        if not text or kinds[i] not in ("body", "meta"):
            continue
        if (
            kinds[i] == "body"
            and len(text) <= 300
            and (
                (_match("funding", text) and not _QUOTE.search(text))
                or _match("rule", text)
                or _match("button", text)
                or _match("mail", text)
                or _match("paywall", text)
            )
        ):
            kinds[i], lab.arts[i] = "boilerplate", None
            continue
        if len(text) <= 160 and (
            _match("page_tail", text) or _shape(text) in running or _contact(text)
        ):
            kinds[i], lab.arts[i] = "boilerplate", None
            continue
        if kinds[i] == "body" and (
            _match("footnote", text)
            or _counters(text)
            or _match("media", text)
            or _match("views", text)
        ):
            kinds[i] = "meta"
    _thread_posts(lines, lab)
    _transcript(lines, lab)
    _kickers(lines, lab)
    _cover(lines, lab)
    _head_stamp(lines, lab)
    _headline_above(lines, lab)
    _not_headlines(lines, lab)
    _wiki(lines, lab)
    _initials(lines, lab)


def _aged(text: str) -> bool:
    """A teaser's source-and-age line: "Le Journal du Golfe · il y a 2 h", "hier", "Desk -
    5 hours ago" (at most three short fields, one of them a relative age)."""
    if len(text) > 80:
        return False
    fields = [f.strip() for f in _FIELDS.split(text) if f.strip()]
    return 1 <= len(fields) <= 3 and any(_match("teaser_age", f) for f in fields)


def _card(lines: list[Line], block: list[int]) -> bool:
    """A teaser card: a headline, then a cut excerpt ("…") or a source-and-age line last."""
    if not 2 <= len(block) <= 4:
        return False
    head = lines[block[0]].text
    if len(head) > 160 or head[-1] in ".!?;:…" or len(head.split()) < 3 or _aged(head):
        return False
    cut = any(
        len(lines[i].text) <= _TEASER_CHARS and lines[i].text.rstrip().endswith(("…", "..."))
        for i in block[1:]
    )
    return cut or _aged(lines[block[-1]].text)


def _teasers(lines: list[Line], lab: Labelled) -> None:
    """Runs of two or more teaser cards inside article text are chrome (module docstring)."""
    kinds = lab.kinds
    blocks: list[list[int]] = []
    cur: list[int] = []
    for i, ln in enumerate(lines):
        if ln.text:
            cur.append(i)
        elif cur:
            blocks.append(cur)
            cur = []
    if cur:
        blocks.append(cur)
    run: list[list[int]] = []
    chrome: list[int] = []
    for block in [*blocks, []]:
        if (
            block
            and kinds[block[0]] in _TEXT
            and all(kinds[i] in _TEXT or kinds[i] == "boilerplate" for i in block)
            and _card(lines, block)
        ):
            run.append(block)
            continue
        if len(run) >= 2:
            chrome.extend(i for b in run for i in b)
        run = []
    if not chrome:
        return
    gone = set(chrome)
    empty = {
        art.k
        for art in lab.articles
        if all(i in gone for i, a in enumerate(lab.arts) if a == art.k and kinds[i] in _TEXT)
    }
    if len(empty) == len(lab.articles):
        return  # nothing but teasers: a portal's front page, left as it is
    for i in chrome:
        kinds[i], lab.arts[i] = "boilerplate", None
    drop_articles(lab, empty)  # an "article" made of teasers: its head is the portal's too
    for art in lab.articles:
        if art.title_line is None or art.title_line not in gone:
            continue
        art.title_line = None
        own = [i for i, a in enumerate(lab.arts) if a == art.k and kinds[i] == "body"]
        for i in own:
            ln = lines[i]
            if ln.kind == "prose":
                break
            if ln.kind == "heading" and ln.words >= 3 and not ln.text.isupper():
                kinds[i] = "title"
                art.title_line = i
                break


def drop_articles(lab: Labelled, empty: set[int]) -> None:
    """Remove the articles ``empty`` (their remaining lines become chrome) and renumber."""
    if not empty:
        return
    for i, a in enumerate(lab.arts):
        if a in empty:
            lab.kinds[i], lab.arts[i] = "boilerplate", None
    lab.articles[:] = [art for art in lab.articles if art.k not in empty]
    lab.renumber()


_FORUM_END = frozenset({"end", "form", "boiler", "share", "nav", "cc", "donate", "url"})


def _counted_forum(lines: list[Line], lab: Labelled) -> None:
    """A forum's count, then messages opening on dated bylines: comments (module docstring)."""
    kinds = lab.kinds
    filled = [i for i, ln in enumerate(lines) if ln.text]
    for n, i in enumerate(filled):
        text = lines[i].text
        if len(text) > 40 or not _match("thread_count", text) or n + 1 >= len(filled):
            continue
        head = filled[n + 1]
        if not _message_head(lines[head]) or kinds[head] not in ("title", "body", "meta"):
            continue
        chrome = [i]
        if n and _match("thread_heading", lines[filled[n - 1]].text):
            chrome.append(filled[n - 1])
        owner = lab.arts[head]
        thread: list[int] = []
        rest = filled[n + 1 :]
        for m, j in enumerate(rest):
            if lines[j].kind in _FORUM_END or kinds[j] in ("comment", "boilerplate"):
                # a reply button between two messages ("Répondre à ce message") ends nothing
                if m + 1 < len(rest) and _message_head(lines[rest[m + 1]]):
                    chrome.append(j)
                    continue
                break
            thread.append(j)
        if sum(_message_head(lines[j]) for j in thread) < 1:
            continue
        for j in chrome:
            kinds[j], lab.arts[j] = "boilerplate", None
        for j in thread:
            kinds[j], lab.arts[j] = "comment", None
            if _message_head(lines[j]):
                lab.comment_starts.add(j)
        own = [j for j, a in enumerate(lab.arts) if a == owner and kinds[j] in _TEXT]
        if owner is not None and not own and len(lab.articles) > 1:
            drop_articles(lab, {owner})
        return


def _message_head(ln: Line) -> bool:
    """A message's dated byline: "Par X, le 25 février 2016 à 18h11", "X — 3 mars 2017"."""
    return ln.kind in ("date", "byline") and ln.date is not None and len(ln.text) <= 120


def _comment_widget(lines: list[Line], lab: Labelled) -> None:
    """The lines of a "recent comments" widget under its heading are comments."""
    for i, ln in enumerate(lines):
        if not ln.text or len(ln.text) > 40 or not _match("recent_comments", ln.text):
            continue
        for j in range(i + 1, len(lines)):
            text = lines[j].text
            if not text:
                continue
            if lab.kinds[j] not in ("body", "boilerplate") or not _match("widget_comment", text):
                break
            lab.kinds[j], lab.arts[j] = "comment", None
            lab.comment_starts.add(j)


_VOTE_DOWN = re.compile(r"[▼⬇↓▽⇩]\s*")
_READER = re.compile(r"(?:u/|@|\[)")


def _vote_head(text: str) -> bool:
    """A comment's head with its score: the reader after the arrows, named by a handle or
    with the comment's age ("▲ 203 ▼  u/x · il y a 5 h"); a footer ("▲ 14 ▼ 7 · Répondre")
    or the post's own bar ("▲ 412 ▼  187 commentaires  Partager") names nobody."""
    if not _match("vote_head", text):
        return False
    m = _VOTE_DOWN.search(text)
    rest = text[m.end() :] if m else ""
    return bool(_READER.match(rest)) or any(_match("teaser_age", f) for f in _FIELDS.split(rest))


def _voted_comments(lines: list[Line], lab: Labelled) -> None:
    """Blank-separated blocks opened by a vote head are comments (two heads at least)."""
    heads = [i for i, ln in enumerate(lines) if ln.text and _vote_head(ln.text)]
    if len(heads) < 2:
        return
    for h in heads:
        if lab.kinds[h] == "comment" and h in lab.comment_starts:
            continue
        lab.comment_starts.add(h)
        j = h
        while j < len(lines) and lines[j].text:
            if lab.kinds[j] in ("body", "boilerplate", "meta", "comment"):
                lab.kinds[j], lab.arts[j] = "comment", None
            j += 1


def _headline_above(lines: list[Line], lab: Labelled) -> None:
    """A headline right over the line taken for the title, when that line is the channel's
    name ("Regard TV" under a video's title) or a long standfirst under it: the headline is
    the title; the channel is chrome, the standfirst text."""
    for art in lab.articles:
        t = art.title_line
        if t is None:
            continue
        above = [i for i in range(max(0, t - 2), t) if lines[i].text]
        if not above:
            continue
        h = above[-1]
        head, cur = lines[h], lines[t]
        if (
            h == next(i for i, ln in enumerate(lines) if ln.text)  # the page's own name
            or lab.kinds[h] != "boilerplate"
            or head.kind != "heading"
            or head.words < 5
            or head.text.isupper()
            or head.text[-1] in ".:;"
            or _crumbs(head.text)
        ):
            continue
        if cur.kind == "name" and cur.words <= 4:
            lab.kinds[t], lab.arts[t] = "boilerplate", None
        elif cur.kind == "heading" and cur.words >= 10 and not _crumbs(cur.text):
            lab.kinds[t] = "body"
        else:
            continue
        lab.kinds[h], lab.arts[h] = "title", art.k
        art.title_line = h


def _not_headlines(lines: list[Line], lab: Labelled) -> None:
    """A breadcrumb ("Index du forum » Syrie » Le fil") or an e-mail's subject header taken
    for the title is chrome; a letter's own headline over its first paragraph is the title."""
    for art in lab.articles:
        t = art.title_line
        if t is None:
            continue
        text = lines[t].text
        crumbs = len(_CRUMB_MARK.findall(_QUOTED.sub("", text)))
        if crumbs < 2 and not _match("mail_header", text):
            continue
        lab.kinds[t], lab.arts[t] = "boilerplate", None
        art.title_line = None
        own = [i for i, a in enumerate(lab.arts) if a == art.k and lab.kinds[i] == "body"]
        prose = next((i for i in own if lines[i].kind == "prose"), None)
        for i in own:
            if prose is None or i >= prose:
                break
            ln = lines[i]
            if ln.kind == "heading" and ln.words >= 3 and not ln.text.isupper():
                lab.kinds[i] = "title"
                art.title_line = i
                break


def _wiki(lines: list[Line], lab: Labelled) -> None:
    """A wiki page: its section headings ("Bilan [modifier | modifier le code]") over the
    text are the text's; a mirror's notice ("copie du 3 janvier 2017") is chrome, and its date
    dates the article when nothing else does."""
    for i, ln in enumerate(lines):
        if not ln.text or lab.kinds[i] != "boilerplate" or not _match("wiki_heading", ln.text):
            continue
        nxt = next((j for j in range(i + 1, len(lines)) if lines[j].text), None)
        if nxt is not None and lab.kinds[nxt] == "body":
            lab.kinds[i], lab.arts[i] = "body", lab.arts[nxt]
    for art in lab.articles:
        own = [i for i, a in enumerate(lab.arts) if a == art.k]
        if not own:
            continue
        for i in range(max(0, own[0] - 3), min(len(lines), own[0] + 6)):
            ln = lines[i]
            if not ln.text or lab.kinds[i] not in ("body", "boilerplate") or len(ln.text) > 240:
                continue
            if not _match("mirror", ln.text):
                continue
            hit = find_date(ln.text)
            if hit is None:
                continue
            lab.kinds[i], lab.arts[i] = "boilerplate", None
            if art.lead_line == i:  # the text opens under it
                art.lead_line = next(
                    (j for j in own if j > i and lab.kinds[j] == "body" and lines[j].prose),
                    None,
                )
            if not any(lines[j].date is not None for j in art.date_lines):
                art.date_lines.append(i)
            break


def _crumbs(text: str) -> bool:
    """A breadcrumb or a masthead's fields (quotations « … » aside)."""
    return _CRUMBS.search(_QUOTED.sub("", text)) is not None


def _initials(lines: list[Line], lab: Labelled) -> None:
    """The writers' and editors' initials closing a dispatch ("(N.B./M.R.)", "(AOP) BR/ML"):
    a signature, the text's (not a source line)."""
    for i, ln in enumerate(lines):
        if (
            ln.text
            and lab.kinds[i] == "meta"
            and len(ln.text) <= 40
            and _INITIALS.fullmatch(ln.text.strip())
        ):
            lab.kinds[i] = "body"


def _head_stamp(lines: list[Line], lab: Labelled) -> None:
    """An article without a date line, whose head holds a stamp among other fields ("Vendredi
    4 Safar 1438 H correspondant au 4 novembre 2016 — 15:20", "Suivre · 7 min de lecture · 1
    mars 2017", "Thread de X @x — 9 avr. 2018 • 14 tweets"): the stamp nearest its first
    paragraph, in the lines just above it, dates it (meta). A headline right under that stamp,
    over the text, is its title."""
    floor = 0
    for art in lab.articles:
        own = [i for i, a in enumerate(lab.arts) if a == art.k]
        if not own:
            continue
        body = [i for i in own if lab.kinds[i] == "body"]
        dated = any(lines[i].date is not None for i in art.date_lines)  # "0:31" dates nothing
        if dated or not body:
            floor = max(own) + 1
            continue
        # its first paragraph (a byline may stand over the stamp: "Name" / "Follow · 7 min")
        first = next((i for i in body if lines[i].kind == "prose"), body[0])
        window = [i for i in range(floor, first) if lines[i].text][-_HEAD_WINDOW:]
        stamp = None
        for i in reversed(window):
            ln = lines[i]
            if lab.kinds[i] != "boilerplate" or ln.kind == "prose" or len(ln.text) > 160:
                continue
            if ln.words > 20 or ln.text.count("|") >= 2:
                continue  # a menu
            hit = ln.date or (find_date(ln.text) if any(c.isdigit() for c in ln.text) else None)
            if hit is not None and hit.precision == "day":
                stamp = i
                break
        floor = max(own) + 1
        if stamp is None:
            continue
        lab.kinds[stamp], lab.arts[stamp] = "meta", art.k
        art.date_lines.append(stamp)
        if art.title_line is None:
            nxt = next((i for i in window if i > stamp), None)
            if (
                nxt is not None
                and lab.kinds[nxt] == "boilerplate"
                and lines[nxt].kind == "heading"
                and lines[nxt].words >= 5
            ):
                lab.kinds[nxt], lab.arts[nxt] = "title", art.k
                art.title_line = nxt


def _toc(lines: list[Line], end: int) -> int | None:
    """The first line of a table of contents before ``end`` ("Sommaire", "1. X ....... 2")."""
    leaders = [i for i in range(end) if lines[i].text and _LEADERS.search(lines[i].text)]
    heads = [i for i in range(end) if lines[i].text and _match("toc", lines[i].text)]
    if heads:
        return heads[0]
    return leaders[0] if len(leaders) >= 2 else None


def _report(lines: list[Line], lab: Labelled) -> None:
    """A printed report turned into text -- a table of contents of three entries or more with
    their page numbers -- has no reader thread: lines read as comments (a dated numbered item
    looks like a post's head) are its text, meta when they are its sources, dates or notes.
    And the lines its pages repeat (the same words twice or more) that carry a page number or
    are set in capitals are its running headers and footers: boilerplate."""
    if sum(1 for ln in lines if ln.text and _TOC_ENTRY.search(ln.text)) < 3:
        return
    shapes = Counter(_shape(ln.text) for ln in lines if ln.text and len(ln.text) <= 160)
    k: int | None = None
    for i, ln in enumerate(lines):
        text = ln.text
        if not text:
            continue
        if lab.kinds[i] in _TEXT or lab.kinds[i] == "meta":
            k = lab.arts[i]
        if lab.kinds[i] == "comment":
            k = k if k is not None else next((a for a in lab.arts[i:] if a is not None), None)
            if k is None:
                continue
            meta = ln.kind in _META_KINDS or _match("footnote", text)
            lab.kinds[i], lab.arts[i] = ("meta" if meta else "body"), k
            lab.comment_starts.discard(i)
        shape = _shape(text)
        if (
            lab.kinds[i] != "boilerplate"
            and len(text) <= 160
            and shapes[shape] >= 2
            and len(shape.split()) >= 2
            and (_PAGE_NO.search(text) or _capitals(text))
        ):
            lab.kinds[i], lab.arts[i] = "boilerplate", None
    _one_report(lines, lab)


def _one_report(lines: list[Line], lab: Labelled) -> None:
    """A report read as two articles -- its cover (author, date) above the table of contents,
    its text from the first numbered section under it -- is one: the cover's lines join the
    text's article (its "title", the author line, becomes text) and the article count drops."""
    if len(lab.articles) != 2:
        return
    toc = next((i for i, ln in enumerate(lines) if ln.text and _TOC_ENTRY.search(ln.text)), None)
    cover, text = sorted(lab.articles, key=lambda a: a.first_line)
    own = {a.k: [i for i, k in enumerate(lab.arts) if k == a.k] for a in (cover, text)}
    if toc is None or not own[cover.k] or not own[text.k]:
        return
    first = own[text.k][0]
    if not (
        own[cover.k][-1] < toc < first
        and lab.kinds[first] == "title"
        and _SECTION.match(lines[first].text)
    ):
        return
    k = min(cover.k, text.k)
    for i in own[cover.k]:
        if lab.kinds[i] == "title":
            lab.kinds[i] = "body"
    for i in (*own[cover.k], *own[text.k]):
        lab.arts[i] = k
    text.k = k
    text.first_line = cover.first_line
    text.date_lines[:0] = cover.date_lines
    text.byline_lines[:0] = cover.byline_lines
    lab.articles[:] = [text]


def _transcript(lines: list[Line], lab: Labelled) -> None:
    """A video's chapter list or transcript -- three lines or more in a row, each opening on a
    running time ("0:41 alors …", "01:12 Le 2 mars …") that starts within the first five
    minutes and only goes forward, words after it (three or more on two lines at least) -- is
    what the video says: text of the article above it, not the page's chrome."""
    run: list[int] = []
    times: list[int] = []
    words: list[int] = []

    def close() -> None:
        if len(run) >= 3 and times[0] < 300 and sum(w >= 3 for w in words) >= 2:
            k = next((lab.arts[j] for j in range(run[0] - 1, -1, -1) if lab.arts[j]), None)
            if k is not None:
                for j in run:
                    if lab.kinds[j] == "boilerplate":
                        lab.kinds[j], lab.arts[j] = "body", k
        run.clear()
        times.clear()
        words.clear()

    last = -1
    for i, ln in enumerate(lines):
        if not ln.text:
            continue
        m = _RUNNING_TIME.match(ln.text)
        secs = -1
        said = len(_WORD.findall(ln.text[m.end() :])) if m else 0
        if m and said >= 1:
            h, mm, ss = m.group(1), m.group(2), m.group(3)
            secs = (int(h) * 3600 if ss else 0) + int(mm if ss else h) * 60 + int(ss or mm)
        if secs < 0 or secs <= last or lab.kinds[i] == "comment":
            close()
            last = -1
            if secs < 0 or lab.kinds[i] == "comment":
                continue
        run.append(i)
        times.append(secs)
        words.append(said)
        last = secs
    close()


def _capitals(text: str) -> bool:
    """Set in capitals: four letters or more, nine in ten of them upper case."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def _cover(lines: list[Line], lab: Labelled) -> None:
    """A report's cover: when the title found is its first numbered section ("1. Contexte")
    and a table of contents stands above it, the section heading is the text's and the title
    is the cover's headline (the first heading over the contents), its standfirst under it."""
    for art in lab.articles:
        t = art.title_line
        if t is None or not _SECTION.match(lines[t].text) or lines[t].words > 8:
            continue
        toc = _toc(lines, t)
        if toc is None:
            continue
        cover = [i for i in range(toc) if lines[i].text and lab.kinds[i] == "boilerplate"]
        head = next(
            (
                i
                for i in cover
                if i != cover[0]
                and lines[i].kind in ("heading", "prose")
                and lines[i].words >= 4
                and lines[i].text[-1] not in ".:;"
                and not lines[i].text.isupper()
                and not _ISSUE_NO.search(lines[i].text)
            ),
            None,
        )
        if head is None:
            continue
        lab.kinds[t] = "body"
        lab.kinds[head], lab.arts[head] = "title", art.k
        art.title_line = head
        for i in cover:
            if i <= head:
                continue
            if lines[i].kind == "date":
                lab.kinds[i], lab.arts[i] = "meta", art.k
                art.date_lines.append(i)
            elif (
                lines[i].kind == "heading"
                and i == next(j for j in cover if j > head)
                and all(lab.kinds[j] == "boilerplate" for j in range(head + 1, i) if lines[j].text)
            ):
                lab.kinds[i], lab.arts[i] = "body", art.k  # the standfirst


def _profile(lines: list[Line], lab: Labelled, first_post: int) -> None:
    """Above a numbered thread's first post, the account's head ("Name @handle", a reader
    app's "Unrolled by @bot") and its bio are the page's: a thread has no headline."""
    for art in lab.articles:
        t = art.title_line
        if t is None or t > first_post or lab.arts[first_post] != art.k:
            continue
        if not _HANDLE.search(lines[t].text) or lines[t].words > 10:
            continue
        lab.kinds[t], lab.arts[t] = "boilerplate", None
        art.title_line = None
        for i in range(t + 1, first_post):
            if lab.kinds[i] == "body" and len(lines[i].text) <= 200:
                lab.kinds[i], lab.arts[i] = "boilerplate", None


def _kickers(lines: list[Line], lab: Labelled) -> None:
    """A label in capitals right over a headline ("DÉFENSE", "DANS LA MÊME CATÉGORIE") is the
    page's rubric, never the text of the article above it."""
    for art in lab.articles:
        t = art.title_line
        if t is None or t == 0:
            continue
        above = lines[t - 1]
        if (
            above.text
            and lab.kinds[t - 1] in ("body", "meta")
            and above.text.isupper()
            and above.words <= 5
            and above.text[-1] not in ".!?»"
        ):
            lab.kinds[t - 1], lab.arts[t - 1] = "boilerplate", None


def _thread_posts(lines: list[Line], lab: Labelled) -> None:
    """Give a numbered thread's dropped posts back to the article its other posts are in."""
    numbered: dict[int, tuple[int, int]] = {}
    for i, ln in enumerate(lines):
        m = _THREAD_NO.match(ln.text) if ln.text else None
        if m and 1 <= int(m.group(1)) <= int(m.group(2)) and len(ln.text) > len(m.group(0)) + 10:
            numbered[i] = (int(m.group(1)), int(m.group(2)))
    if len(numbered) >= 3:
        _profile(lines, lab, min(numbered))
    for total in {t for _, t in numbered.values()}:
        posts = {i: k for i, (k, t) in numbered.items() if t == total}
        arts = {lab.arts[i] for i in posts if lab.kinds[i] == "body"}
        if len(arts) != 1 or len(posts) < max(3, total // 2):
            continue
        art = arts.pop()
        body = [i for i in posts if lab.kinds[i] == "body"]
        if len(body) < len(posts) / 2:
            continue
        for i in posts:
            if lab.kinds[i] == "boilerplate" and i > min(body):
                lab.kinds[i], lab.arts[i] = "body", art
