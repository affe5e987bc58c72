"""The date a page's header gives its article, when no dateline was recognised.

Pages put their own day in furniture the cleaner cannot all know: a video page's "23 417 vues
27 janv. 2016", a forum post's "Message Posté le: Dim 17 Sep 2017, 10:14", an agency
site's "15:27 06.09.2017 (mis à jour ...)", a newsletter's "Lettre datée du vendredi 15 mai
2015". When such a stamp is missed, the article is dated from its body alone, and a body that
tells an older story ("le 17 septembre 2016, ...") puts every relative day of the article in
the wrong year. This module reads the short lines around an article's start (the chrome
since the previous article, its title, the first lines of its body) for a full date, and
:func:`fits` says whether the body's own evidence allows it.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib.resources import files
from typing import Any

from newsift.model import Document

# a header line longer than this is prose, not furniture
MAX_LINE = 160
# a line of more words than this that names no publication is a sentence of the story
MAX_WORDS = 14
# how long after a header stamp that says it dates the page a second-hand edit's day may be
UPDATE_SAID_DAYS = 3 * 366
# body lines read after the article's first body line (a forum post's header, a byline)
BODY_LINES = 3
# a header line in Arabic script on a page in another language (a Hijri and Gregorian stamp)
_ARABIC = re.compile(r"[\u0600-\u06FF]")


@dataclass(frozen=True, slots=True)
class Stamp:
    """A full date on a header line: the day, its span and whether the line says it is the
    page's date ("Posté le", "vues")."""

    day: date
    start: int
    end: int
    said: bool
    # a sentence of the article's text ("Le 1er mars 2017, le gouvernement annonce ..."), not
    # a line of the page's furniture: the weakest evidence of the page's own day
    in_text: bool = False


@cache
def _stamp_data() -> dict[str, Any]:
    """``data/time/stamps.toml``, read once for every word list below."""
    return tomllib.loads((files("newsift.data") / "time" / "stamps.toml").read_text("utf-8"))


def _word_pattern(words: list[str]) -> re.Pattern[str]:
    """Any of ``words`` as a whole word, the longest first, case-insensitive."""
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)", re.I)


@cache
def _words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = _stamp_data()
    return _word_pattern(data["publication"]["words"]), _word_pattern(
        data["not_publication"]["words"]
    )


@cache
def _short_dates() -> tuple[re.Pattern[str], dict[str, int]]:
    """Day, month and year as page furniture writes them, abbreviations without their dot
    ("Dim 17 Sep 2017", "Sam 3 Fév 2018", "Sep 17, 2017"): every month name and dotless
    abbreviation of the French and English date words, and each name's first three letters
    when no other month shares them."""
    from newsift.time.lexicon import load_lexicon

    names: dict[str, set[int]] = {}
    for lang in ("fr", "en"):
        for word, month in load_lexicon(lang).months.items():
            for form in (word.rstrip("."), word.rstrip(".")[:3]):
                if len(form) >= 3:
                    names.setdefault(form.lower(), set()).add(month)
    month_of = {w: next(iter(ms)) for w, ms in names.items() if len(ms) == 1}
    alts = "|".join(re.escape(w) for w in sorted(month_of, key=len, reverse=True))
    mon = rf"(?P<mon>{alts})\.?"
    year = r"(?P<year>(?:19|20)\d\d)(?!\d)"
    pattern = re.compile(
        rf"(?<!\w)(?:(?P<day>[0-3]?\d)(?:er|st|nd|rd|th)?\.?\s+{mon}\s+{year}"
        rf"|{mon.replace('mon', 'mon2')}\s+(?P<day2>[0-3]?\d),?\s+{year.replace('year', 'year2')})",
        re.I,
    )
    return pattern, month_of


def _short_date(text: str, a: int, b: int) -> tuple[date, int, int] | None:
    pattern, month_of = _short_dates()
    m = pattern.search(text, a, b)
    if m is None:
        return None
    mon, day, year = (
        (m["mon"], m["day"], m["year"]) if m["mon"] else (m["mon2"], m["day2"], m["year2"])
    )
    try:
        return date(int(year), month_of[mon.lower()], int(day)), m.start(), m.end()
    except (KeyError, ValueError):
        return None


def line_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The non-blank lines of ``text[start:end]`` as (start, end) offsets."""
    out: list[tuple[int, int]] = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        if text[pos:stop].strip():
            out.append((pos, stop))
        pos = stop + 1
    return out


def head_zone(doc: Document, k: int) -> tuple[int, int] | None:
    """Where article k's header may stand: from the end of the previous article (or the
    text's start) to article k's first body line; None when it has no body."""
    first = min(
        (s.start for s in doc.segments if s.article == k and s.kind == "body"), default=None
    )
    if first is None:
        return None
    prev = max(
        (s.end for s in doc.segments if s.article not in (None, k) and s.end <= first), default=0
    )
    return prev, first


def _head_lines(doc: Document, k: int) -> list[tuple[int, int]]:
    """Article k's header lines, nearest to its body first: the chrome and title above its
    first body line (back to the previous article), then its first body lines."""
    zone = head_zone(doc, k)
    if zone is None:
        return []
    prev, first = zone
    above: list[tuple[int, int]] = []
    segs = sorted(doc.segments, key=lambda s: s.start)
    for i, s in enumerate(segs):
        if not (prev <= s.start and s.end <= first):
            continue
        if s.kind != "comment":
            above.extend(line_spans(doc.text, s.start, s.end))
        else:
            # a header block (one or more comment lines) running straight into article k
            nxt = next((t for t in segs[i + 1 :] if t.kind != "comment"), None)
            if nxt is not None and nxt.article == k:
                above.extend(_mail_date_fields(doc.text, s.start, s.end, nxt.start))
    return [*reversed(above), *_lines_below(doc, k, first)]


@cache
def _mail_fields() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A message header's date field ("Envoyé : mardi 5 septembre 2023 09:14", "Sent:") and
    any labelled field line ("À :", "Cc:", "Objet :")."""
    words = _stamp_data()["mail"]["date_fields"]
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return (
        re.compile(rf"^\s*(?:{alts})\s?:", re.I),
        re.compile(r"^\s*[^\W\d][\w'’ .\-]{0,24}?\s?:(?:\s|$)"),
    )


def _mail_date_fields(text: str, start: int, end: int, block_end: int) -> list[tuple[int, int]]:
    """The date field of a message header the cleaner set aside as a comment, when only
    labelled fields follow it to the block's end and the block runs straight into the
    article: a mail thread's message is dated by its own header, a comment's stamp (followed by
    the comment's words) never dates the article under it."""
    lines = line_spans(text, start, block_end)
    date_re, field_re = _mail_fields()
    for i, (a, b) in enumerate(lines):
        if b > end:
            break
        if date_re.match(text[a:b]) and all(field_re.match(text[x:y]) for x, y in lines[i + 1 :]):
            return [(a, b)]
    return []


def _lines_below(doc: Document, k: int, first: int) -> list[tuple[int, int]]:
    """Article k's first body lines, and the furniture lines between its first body segment
    and its next one: a reading platform's "Suivre · 7 min de lecture · 1 mars 2017" between
    the byline (a body line) and the text. Furniture after the article's last body line is
    its footer, not its header."""
    segs = sorted(doc.segments, key=lambda s: s.start)
    body = next(s for s in segs if s.article == k and s.kind == "body" and s.start == first)
    out = line_spans(doc.text, body.start, body.end)[:BODY_LINES]
    between: list[tuple[int, int]] = []
    for s in segs:
        if s.start < body.end:
            continue
        if s.kind == "comment" or s.article not in (k, None):
            break
        if s.kind == "body":
            return out + between[:BODY_LINES]
        between.extend(line_spans(doc.text, s.start, s.end))
    return out


def head_stamps(doc: Document, k: int, lang: str, today: date | None = None) -> list[Stamp]:
    """Full dates on article k's short header lines, the line saying it dates the page first,
    then nearest to the body. Dates after ``today`` and lines naming another kind of date
    ("Inscrit le 12 mars 2009") are left out."""
    from newsift.time.candidates import find_candidates
    from newsift.time.grammar import full_day

    said_re, not_re = _words()
    today = today or date.today()
    out: list[Stamp] = []
    body = [(s.start, s.end) for s in doc.segments if s.article == k and s.kind == "body"]
    for a, b in _head_lines(doc, k):
        line = doc.text[a:b]
        if len(line.strip()) > MAX_LINE or not_re.search(line):
            continue
        said = bool(said_re.search(line))
        in_text = (
            not said and line.rstrip()[-1:] in ".!?" and any(x <= a and b <= y for x, y in body)
        )
        if not said and len(line.split()) > MAX_WORDS:
            continue
        langs = [lang] + [x for x in ("fr", "en") if x != lang]
        if lang != "ar" and _ARABIC.search(line):
            langs.append("ar")  # "الثلاثاء 17 جمادى الأولى 1438 - 14 فبراير 2017" on a French page
        for lg in langs:
            found = None
            for c, _ in find_candidates(doc.text, [(a, b, lg)]):
                day = full_day(c.spec)
                if day is not None and day.year >= 1990 and day <= today:
                    found = Stamp(day, c.start, c.end, said, in_text)
                    break
            if found is not None:
                break
        if found is None:
            short = _short_date(doc.text, a, b)
            if short is not None and short[0].year >= 1990 and short[0] <= today:
                found = Stamp(short[0], short[1], short[2], said, in_text)
        if found is not None:
            out.append(found)
    return sorted(out, key=lambda s: not s.said)  # stable: nearest first within each kind


@cache
def _footer_words() -> re.Pattern[str]:
    return _word_pattern(_stamp_data()["footer"]["words"])


def foot_stamp(doc: Document, k: int, lang: str, today: date | None = None) -> Stamp | None:
    """The full date on a line under article k that says when the page was published or last
    changed ("La dernière modification de cette page a été faite le 5 novembre 2019", "This
    page was last edited on …", "Mis à jour le …"), read in the chrome between the article's
    last body line and the next article (comments left out: their stamps are theirs). A wiki
    or a portal stamps its page there only; without it the page is dated by the first day its
    text names. Lines naming another kind of date ("archivé le", "captured") are left out."""
    from newsift.time.candidates import find_candidates
    from newsift.time.grammar import full_day

    _, not_re = _words()
    said_re = _footer_words()
    segs = sorted(doc.segments, key=lambda s: s.start)
    last = max((s.end for s in segs if s.article == k and s.kind == "body"), default=None)
    if last is None:
        return None
    nxt = min(
        (s.start for s in segs if s.article not in (None, k) and s.start >= last), default=None
    )
    today = today or date.today()
    for s in segs:
        if s.start < last or (nxt is not None and s.start >= nxt):
            continue
        if s.kind not in ("boilerplate", "meta") or s.article not in (None, k):
            continue
        for a, b in line_spans(doc.text, s.start, s.end):
            line = doc.text[a:b]
            if len(line.strip()) > MAX_LINE or not said_re.search(line) or not_re.search(line):
                continue
            for lg in [lang] + [x for x in ("fr", "en") if x != lang]:
                for c, _ in find_candidates(doc.text, [(a, b, lg)]):
                    day = full_day(c.spec)
                    if day is not None and day.year >= 1990 and day <= today:
                        return Stamp(day, c.start, c.end, True)
            short = _short_date(doc.text, a, b)
            if short is not None and short[0].year >= 1990 and short[0] <= today:
                return Stamp(short[0], short[1], short[2], True)
    return None


@cache
def _second_hand_words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    words = _stamp_data()["second_hand"]
    return (
        _word_pattern(words["update"]),
        _word_pattern(words["published"]),
        _word_pattern(words["quote"]),
    )


def second_hand(text: str, start: int) -> str | None:
    """What kind of second-hand date the line holding ``start`` gives, if any: "update" (an
    edit's day: "Mis à jour : 3 sept. 2019", and no "Publié" on the line) or "quote" (a quoted
    message's attribution: "Le 29/07/2013 22:51, X a écrit :"). Such a line reads like a
    dateline, but the page was first published before the edit and after the quoted message."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", start)
    line = text[a : b if b >= 0 else len(text)]
    if len(line.strip()) > MAX_LINE:
        return None
    update, published, quote = _second_hand_words()
    if update.search(line) and not published.search(line):
        return "update"
    if quote.search(line):
        return "quote"
    return None


def better_stamp(
    doc: Document, k: int, lang: str, day: date, precision: str, today: date | None = None
) -> Stamp | None:
    """A stamp of article k's header to date it instead of the dateline the page structure
    chose (``day`` at ``precision``, its span in the article's published fields), when that
    dateline is second-hand: an edit's day (the header's earlier stamp within a year is the
    publication), a quoted message's day (the post's own stamp within a month after it), or a
    month told below the article's first body line ("III. Serêkaniyê, octobre 2019": a
    section heading of the story; a header day of that month or the next two wins)."""
    art = doc.article(k)
    if art is None or art.published_start is None:
        return None
    kind = second_hand(doc.text, art.published_start)
    first = min(
        (s.start for s in doc.segments if s.article == k and s.kind == "body"), default=None
    )
    inside = precision == "month" and first is not None and art.published_start > first
    if kind is None and not inside:
        return None
    for st in head_stamps(doc, k, lang, today):
        if st.in_text or st.start == art.published_start:
            continue
        if second_hand(doc.text, st.start) is not None:
            continue
        gap = (st.day - day).days
        # an edit may come years after: a header line saying it dates the page ("Date de la
        # source : 26/03/2017" over "Dernière modification : 2 avril 2018") is believed further
        if kind == "update" and -(UPDATE_SAID_DAYS if st.said else 366) < gap < 0:
            return st
        if kind == "quote" and 0 < gap <= 31:
            return st
        if inside and kind is None and 0 <= gap < 92:
            return st
    return None


def fits(
    stamp: date, anchor: date | None, precision: str | None, guessed: bool, news: bool = False
) -> bool:
    """Whether a header stamp may date an article whose body alone gave ``anchor`` at
    ``precision`` (None: nothing). A month inferred from the body's latest date says the
    article is from that month or later; a year, that year or the next; a day pinned by the
    body (a dateline, "hier, lundi 20 novembre") stands unless the stamp only gives it
    another year. A stamp years after the story is an archive's or a reprint's, unless the
    body tells ``news`` (days named from its own day: "hier", "jeudi", "today"): its dated
    years are then background the story looks back on ("la ville, prise en juin 2014")."""
    if anchor is None or precision is None:
        return True
    if precision == "day":
        return (stamp.month, stamp.day) == (anchor.month, anchor.day) and stamp != anchor
    if guessed:
        return stamp.year >= anchor.year
    if news:  # on or after the body's latest month (or year)
        return stamp >= anchor.replace(day=1, month=anchor.month if precision == "month" else 1)
    if precision == "year":
        return anchor.year <= stamp.year <= anchor.year + 1
    # a month-only expression ("MAI 2015") anchors on the month's last day
    return anchor.replace(day=1) <= stamp and stamp.year <= anchor.year + 1


def head_month(doc: Document, k: int, lang: str, today: date | None = None) -> Stamp | None:
    """A month alone on a header line of article k ("Septembre 2016" on a report's cover, a
    monthly letter's "Mars 2018"), nearest to the body first: the first day of that month.
    Lines naming another kind of date and months after ``today`` are left out."""
    from newsift.time.candidates import find_candidates

    _, not_re = _words()
    today = today or date.today()
    for a, b in _head_lines(doc, k):
        line = doc.text[a:b]
        if (len(line.split()) > 4 and not _issue_like(line)) or not_re.search(line):
            continue
        lead = a + len(line) - len(line.lstrip())
        for c, _ in find_candidates(doc.text, [(a, b, lang)]):
            s = c.spec
            alone = (c.start - lead <= 1 and len(line.rstrip()) - (c.end - a) <= 1) or _issue_field(
                line, c.start - a, c.end - a
            )
            if alone and s.kind == "date" and s.year and s.month and not s.day:
                first = date(s.year, s.month, 1)
                if s.year >= 1990 and first <= today:
                    return Stamp(first, c.start, c.end, False)
            break
    return None


# the fields of a running head: "ORIENTS · N° 23 · JUIN 2008", "LA LETTRE — n° 47 — mars 2018"
_HEAD_FIELDS = re.compile(r"\s*[·•|]\s*|\s+[—–-]\s+")


@cache
def _issue_number() -> re.Pattern[str]:
    words = _stamp_data()["issue"]["words"]
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:{alts})\s*\d{{1,4}}", re.I)


def _issue_like(line: str) -> bool:
    """A periodical's running head: a few short fields, one of them its issue number."""
    fields = [f for f in _HEAD_FIELDS.split(line.strip()) if f]
    return (
        2 <= len(fields) <= 5
        and len(line.strip()) <= 90
        and any(_issue_number().fullmatch(f.strip()) for f in fields)
    )


def _issue_field(line: str, start: int, end: int) -> bool:
    """Whether the month at ``line[start:end]`` is a field of its own on an issue's running
    head ("CAHIERS · N°14 · MAI 2014"): the title and the number stand beside it."""
    if not _issue_like(line):
        return False
    before, after = line[:start].rstrip(), line[end:].strip()
    return (not before or before[-1] in "·•|—–-") and (not after or after[0] in "·•|—–-")


def month_fits(stamp: date, anchor: date | None, precision: str | None) -> bool:
    """Whether a header month may date an article whose body alone gave ``anchor``: none,
    or a month or year the stamp's month does not precede, less than a year before it (a
    report dated the month after the fortnight it covers)."""
    if anchor is None or precision is None:
        return True
    if precision == "day":
        return False
    if precision == "year":
        return stamp.year == anchor.year
    return anchor.replace(day=1) <= stamp and (stamp - anchor).days < 366


def tells_news(text: str, spans: list[tuple[int, int, str]]) -> bool:
    """Does the article name days from its own day ("hier", "aujourd'hui vendredi", "jeudi",
    "on Tuesday")? Such a body is a report of its day, not a text reprinted years on."""
    from newsift.time.candidates import find_candidates

    for c, _ in find_candidates(text, spans):
        s = c.spec
        if s.kind == "relday" or (
            s.kind in ("date", "weekday") and s.weekday is not None and not s.day
        ):
            return True
    return False
