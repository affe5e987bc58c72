"""Page kinds the structure pass reads wrongly on its own, fixed after it (a post-pass).

- A mailing-list digest: a digest header, then messages, each opened by e-mail headers
  ("Message: 2", "Date:", "De:", "Objet:") and closed by a rule of dashes. A message that
  forwards an article ("-------- Message transféré --------") carries article k: its headers
  are the article's meta (the forum rule), the sender's own note around the forwarded text is a
  comment, the forwarded title, date line ("Outlet — publié le …", which also names the
  outlet), byline and text are the article's. A reply (its subject "Re: …", a "X a écrit :"
  line, "> " quotes) is a comment, whole: its words are never article text. Rules, markers,
  the digest header and the list footer are chrome.
- A paginated article: pager lines ("Pages: 1 2 3 | Next page ›", "Page 2 sur 3"), the site's
  header repeated over every page and the title repeated with its page number are chrome; the
  body goes on.
- A header the structure pass left as chrome or as body: a fact-check's title and its date
  line with " | " fields (read as a menu), a transcript's broadcast line ("diffusé le …"), a
  translated site's "Date de publication : …" and "City / Agency" credit lines are the
  article's title and meta; a transcript's notices ("Transcription automatique …", "▶ Voir la
  vidéo") are chrome.
- Comment forms and site footers after a thread are chrome, not comments; a tip-off line
  ("Une info ? Écrivez-nous : …") closing a story is chrome, not body.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from newsift.clean.dates import find_date
from newsift.clean.lexicon import line_patterns
from newsift.clean.lines import Line

if TYPE_CHECKING:
    from newsift.clean.segmenter import ArticleInfo, Labelled

_RULE = re.compile(r"[-_=*~#]{8,}")
_SIG = re.compile(r"--\s*")
_FIELD_SEP = re.compile(r"\s+[—–|·•-]\s+|\s*\|\s*")
_PAGE_WORD = re.compile(r"\b(?:pages?|next|previous|suivante|précédente|suivant|précédent)\b", re.I)
_NUMBER = re.compile(r"\b\d{1,2}\b")
# how a tip-off line reaches the desk: an address, or a French "écrivez-nous"
_TIP_CONTACT = re.compile(
    r"\S+@\S+\.\w{2,}|https?://|www\.|\b(?:écrivez|contactez|signalez|envoyez|écris)-", re.I
)
_CREDIT = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’.\- ]{1,30}\s/\s[A-ZÀ-ÖØ-Þ][\w'’.\- ]{1,40}")


@lru_cache(maxsize=1)
def _words() -> dict[str, list[re.Pattern[str]]]:
    return line_patterns("pagekinds.toml")


def _is(kind: str, text: str) -> bool:
    return any(p.match(text) for p in _words()[kind])


def relabel(lines: list[Line], lab: Labelled) -> None:
    """Fix the labels of the page kinds above in place (see the module docstring)."""
    if _digest(lines, lab):
        return
    _pages(lines, lab)
    _header(lines, lab)
    _tail(lines, lab)


# -- mailing-list digests -------------------------------------------------------------------
def _header_blocks(lines: list[Line]) -> list[tuple[int, int]]:
    """(first, last) line of every run of e-mail header fields with a date or a sender."""
    blocks: list[tuple[int, int]] = []
    i, n = 0, len(lines)
    while i < n:
        if lines[i].text and _is("mail_header", lines[i].text):
            j = i
            keys = 0
            while j < n and lines[j].text and _is("mail_header", lines[j].text):
                keys += _is("mail_key", lines[j].text)
                j += 1
            if keys >= 2:
                blocks.append((i, j - 1))
            i = j
        else:
            i += 1
    return blocks


def _digest(lines: list[Line], lab: Labelled) -> bool:
    """Relabel a digest of two messages or more; False (nothing changed) for any other page."""
    from newsift.clean.segmenter import ArticleInfo

    blocks = _header_blocks(lines)
    # the headers a forwarded e-mail keeps under "---------- Forwarded message ----------" belong
    # to the message that forwards it
    blocks = [b for b in blocks if not _after_forward(lines, b[0])]
    if len(blocks) < 2:
        return False
    n = len(lines)
    kinds = ["empty" if not ln.text else "boilerplate" for ln in lines]
    arts: list[int | None] = [None] * n
    articles: list[ArticleInfo] = []
    starts: set[int] = set()
    for b, (top, head_end) in enumerate(blocks):
        stop = blocks[b + 1][0] if b + 1 < len(blocks) else n
        # the message ends at the last rule before the next header (or the list footer)
        end = stop
        for i in range(head_end + 1, stop):
            t = lines[i].text
            if _RULE.fullmatch(t) or (b + 1 == len(blocks) and _is("list_footer", t)):
                end = i
                break
        text_lines = [i for i in range(head_end + 1, end) if lines[i].text]
        heads = range(top, head_end + 1)
        opener = next((i for i in text_lines if _is("forward_open", lines[i].text)), None)
        reply = any(_is("reply_subject", lines[i].text) for i in heads) or any(
            lines[i].text.startswith(">") or _is("attribution", lines[i].text) for i in text_lines
        )
        if opener is None and (reply or not _prose(lines, text_lines)):
            for i in (*heads, *text_lines):
                kinds[i] = "comment"
            starts.add(top)
            continue
        art = ArticleInfo(k=len(articles) + 1, first_line=top, last_line=top)
        articles.append(art)
        for i in heads:
            kinds[i], arts[i] = "meta", art.k
        if opener is None:
            # a message of its own carrying news: its text is the article, its headers its meta
            fwd = text_lines
            note: list[int] = []
        else:
            close = next(
                (i for i in text_lines if i > opener and _is("forward_close", lines[i].text)),
                end,
            )
            fwd = [i for i in text_lines if opener < i < close]
            note = [i for i in text_lines if i < opener or i > close]
            kinds[opener] = "boilerplate"
            if close < end:
                kinds[close] = "boilerplate"
        _forwarded(lines, fwd, art, kinds, arts)
        if note:
            for i in note:
                kinds[i] = "comment"
            starts.add(note[0])  # the sender's note, above and below the article: one comment
        # the message's own date is the article's last resort
        art.date_lines.extend(i for i in heads if lines[i].text.lower().startswith("date"))
        art.last_line = max([top, *fwd])
    if not articles:
        return False
    lab.kinds[:] = kinds
    lab.arts[:] = arts
    lab.articles[:] = articles
    lab.comment_starts.clear()
    lab.comment_starts.update(starts)
    return True


def _after_forward(lines: list[Line], i: int) -> bool:
    """The line above ``i`` (blank lines skipped) marks a forwarded message."""
    j = i - 1
    while j >= 0 and not lines[j].text:
        j -= 1
    return j >= 0 and _is("forward_open", lines[j].text)


def _prose(lines: list[Line], idx: list[int]) -> bool:
    """Two prose lines, or one long one: an article rather than a note."""
    prose = [i for i in idx if lines[i].kind == "prose"]
    return len(prose) >= 2 or sum(lines[i].words for i in prose) >= 80


def _forwarded(
    lines: list[Line],
    fwd: list[int],
    art: ArticleInfo,
    kinds: list[str],
    arts: list[int | None],
) -> None:
    """Title, date line (with its outlet), byline and text of a forwarded article."""
    rest = list(fwd)
    while rest and _is("mail_header", lines[rest[0]].text):
        # the forwarded e-mail's own headers: the article's meta, its date a last resort
        kinds[rest[0]], arts[rest[0]] = "meta", art.k
        if lines[rest[0]].text.lower().startswith("date"):
            art.date_lines.append(rest[0])
        rest = rest[1:]
    if rest and _title_like(lines[rest[0]]) and not _dated_line(lines[rest[0]]):
        art.title_line = rest[0]
        kinds[rest[0]], arts[rest[0]] = "title", art.k
        rest = rest[1:]
    for i in rest[:3]:
        if _dated_line(lines[i]):
            kinds[i], arts[i] = "meta", art.k
            art.date_lines.insert(0, i)
            art.outlet = art.outlet or _outlet_of(lines[i].text)
            rest.remove(i)
            break
    for i in rest:
        kinds[i], arts[i] = "body", art.k
        if lines[i].kind == "byline":
            art.byline_lines.append(i)
    body = [i for i in rest if lines[i].kind == "prose"]
    art.lead_line = body[0] if body else None


def _title_like(ln: Line) -> bool:
    return ln.kind != "prose" or (ln.words <= 20 and not ln.text.endswith("."))


def _dated_line(ln: Line) -> bool:
    """A short line whose date is its point: "Outlet — publié le 27/03/2017 à 18h02"."""
    if ln.words > 24 or ln.text.endswith("."):
        return False
    hit = find_date(ln.text)
    return hit is not None and hit.precision == "day"


def _outlet_of(text: str) -> str | None:
    """The outlet a date line names before its date ("Le Courrier — publié le …")."""
    fields = [f.strip() for f in _FIELD_SEP.split(text) if f.strip()]
    if len(fields) < 2:
        return None
    first = fields[0]
    if any(c.isdigit() for c in first) or len(first.split()) > 6 or find_date(first):
        return None
    if re.match(r"(?i)(?:publiée?|posted|published|mis en ligne|par|by)\b|(?:le|on)\s+\d", first):
        return None
    return first


# -- paginated articles ---------------------------------------------------------------------
def _pager(text: str) -> bool:
    if len(text) > 90 or not _is("pager", text):
        return False
    if not any(c.isdigit() for c in text):
        # "Page suivante »", "‹ Previous page": a page word and a direction, nothing else
        return bool(re.search(r"(?i)\bpage\b", text)) and len(_PAGE_WORD.findall(text)) >= 2
    return bool(_PAGE_WORD.search(text)) or len(_NUMBER.findall(text)) >= 2


def _bare_title(text: str) -> str:
    """A title without the page number its continuation pages add."""
    t = re.sub(
        r"[\s(\[—–-]*(?:page|p\.)\s*\d{1,2}\s*(?:(?:sur|of|de|/)\s*\d{1,2})?[)\]]?\s*$",
        "",
        text,
        flags=re.I,
    )
    t = re.sub(r"\s*[(\[]\s*(?:suite|continued|cont\.|fin|end)\s*[)\]]\s*$", "", t, flags=re.I)
    return t.strip().lower()


def _pages(lines: list[Line], lab: Labelled) -> None:
    for art in lab.articles:
        own = [i for i, k in enumerate(lab.arts) if k == art.k]
        if not own:
            continue
        title = lines[art.title_line].text if art.title_line is not None else None
        chrome_above = {
            lines[i].text
            for i in range(0, art.title_line if art.title_line is not None else own[0])
            if lab.kinds[i] == "boilerplate" and lines[i].text
        }
        pagers = [i for i in own if lab.kinds[i] == "body" and _pager(lines[i].text)]
        for i in own:
            if lab.kinds[i] != "body":
                continue
            t = lines[i].text
            if i in pagers:
                _chrome(lab, i)
            elif title and i != art.title_line and _bare_title(t) == _bare_title(title):
                _chrome(lab, i)  # the title again, over a continuation page
            elif (
                lines[i].repeats >= 2
                and t in chrome_above
                and lines[i].kind != "prose"
                and lines[i].words <= 8
            ):
                _chrome(lab, i)  # the site's header again, over a continuation page


def _chrome(lab: Labelled, i: int) -> None:
    lab.kinds[i], lab.arts[i] = "boilerplate", None
    lab.comment_starts.discard(i)


# -- headers --------------------------------------------------------------------------------
def _header(lines: list[Line], lab: Labelled) -> None:
    for art in lab.articles:
        own = [i for i, k in enumerate(lab.arts) if k == art.k]
        if not own:
            continue
        if art.title_line is None and not art.date_lines:
            _header_above(lines, lab, art, own[0])
        _profile_header(lines, lab, art)
        _header_below(lines, lab, art)


_FEDI_HANDLE = re.compile(r"@[\w.-]+@[\w-]+(?:\.[\w-]+)+")


def _profile_header(lines: list[Line], lab: Labelled, art: ArticleInfo) -> None:
    """A thread export's profile header (Mastodon-style): the display name over the account's
    "@user@instance" handle, then its bio, until the first post's stamp. The display name is
    no headline and the bio no text: all of it is chrome."""
    t = art.title_line
    if t is None:
        return
    nxt = next((j for j in range(t + 1, len(lines)) if lines[j].text), None)
    if nxt is None or not _FEDI_HANDLE.fullmatch(lines[nxt].text.strip()):
        return
    stamp = next((j for j in art.date_lines if j > t), None)
    if stamp is None or any(
        lab.kinds[j] == "body" and lines[j].kind == "prose" and lines[j].words > 25
        for j in range(t, stamp)
    ):
        return  # a long paragraph before the first stamp: an article, not a bio
    for j in range(t, stamp):
        if lines[j].text and lab.arts[j] == art.k:
            _chrome(lab, j)
    art.title_line = None
    art.first_line = stamp
    if art.lead_line is not None and art.lead_line < stamp:
        art.lead_line = next((j for j in range(stamp, len(lines)) if lab.kinds[j] == "body"), None)


def _header_above(lines: list[Line], lab: Labelled, art: ArticleInfo, first: int) -> None:
    """A date line with " | " fields and the headline over it, both left as chrome."""
    j = first - 1
    while j >= 0 and not lines[j].text:
        j -= 1
    if j < 0 or lab.kinds[j] != "boilerplate" or not _dated_line(lines[j]):
        return
    if not _is("dated_header", lines[j].text) and lines[j].kind != "date":
        return
    date_line = j
    j -= 1
    while j >= 0 and not lines[j].text:
        j -= 1
    if j < 0 or lab.kinds[j] != "boilerplate":
        return
    ln = lines[j]
    if ln.kind not in ("heading", "short") or ln.words < 4 or ln.repeats > 1:
        return
    if " > " in ln.text or " › " in ln.text or "|" in ln.text:
        return  # a breadcrumb or a menu
    lab.kinds[date_line], lab.arts[date_line] = "meta", art.k
    art.date_lines.insert(0, date_line)
    lab.kinds[j], lab.arts[j] = "title", art.k
    art.title_line = j
    art.first_line = min(art.first_line, j)


def _header_below(lines: list[Line], lab: Labelled, art: ArticleInfo) -> None:
    """Under the title: a broadcast or publication line, notices, a credit line."""
    top = art.title_line if art.title_line is not None else art.first_line - 1
    i = top + 1
    seen = 0
    while i < len(lines) and seen < 5:
        ln = lines[i]
        if not ln.text:
            i += 1
            continue
        seen += 1
        t = ln.text
        if lab.arts[i] != art.k and lab.kinds[i] != "boilerplate":
            break
        if lab.kinds[i] in ("body", "boilerplate") and _dated_line(ln) and _is("dated_header", t):
            # a broadcast or publication line under the title (read as text or as chrome)
            lab.kinds[i], lab.arts[i] = "meta", art.k
            art.date_lines.insert(0, i)
        elif lab.kinds[i] == "body" and _is("header_notice", t) and ln.words <= 30:
            _chrome(lab, i)
        elif lab.kinds[i] == "body" and _credit_line(ln, bool(art.date_lines)):
            lab.kinds[i] = "meta"
            art.source_lines.append(i)
        elif lab.kinds[i] == "body" and ln.kind == "prose":
            break  # the text has begun
        i += 1
    if art.lead_line is not None and lab.kinds[art.lead_line] != "body":
        art.lead_line = next(
            (j for j in range(art.lead_line, len(lines)) if lab.kinds[j] == "body"), None
        )


def _credit_line(ln: Line, dated: bool) -> bool:
    """Under a date line, "Bagdad / Sawt al-Furat" (a place and an agency alone on a line);
    anywhere in the header, "Source : X (traduction automatique)"."""
    if dated and ln.words <= 7 and _CREDIT.fullmatch(ln.text) is not None:
        return True
    return ln.words <= 16 and _is("translation_credit", ln.text)


# -- after the article ------------------------------------------------------------------------
def _tail(lines: list[Line], lab: Labelled) -> None:
    last_body = max((i for i, k in enumerate(lab.kinds) if k == "body"), default=-1)
    nxt: int | None = None  # the next non-empty line (walking up from the end)
    for i in range(len(lines) - 1, -1, -1):
        ln = lines[i]
        t = ln.text
        if not t:
            continue
        kind = lab.kinds[i]
        if kind == "comment" and ln.words <= 30 and _is("form_footer", t):
            # the form or the footer closes the thread (or opens it): never inside a comment
            if nxt is None or lab.kinds[nxt] != "comment" or nxt in lab.comment_starts:
                _chrome(lab, i)
        elif (
            kind == "body"
            and ln.words <= 30
            and _is("tipoff", t)
            and _TIP_CONTACT.search(t) is not None
            and _tip_at_end(lab, i, last_body)
        ):
            _chrome(lab, i)
        nxt = i


def _tip_at_end(lab: Labelled, i: int, last_body: int) -> bool:
    """A tip-off line closes the text: nothing but one more short line of body after it."""
    later = [j for j in range(i + 1, last_body + 1) if lab.kinds[j] == "body"]
    return len(later) <= 1
