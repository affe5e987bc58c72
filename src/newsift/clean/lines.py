"""Per-line features of a plain-text dump and each line's local type.

The local type says what a line looks like on its own (prose, a heading, a name, a dateline,
donation chrome...). It is only evidence: the segmenter decides the final label from the
document's structure (position, neighbours, repetition, comment chrome).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, OrderedDict
from dataclasses import dataclass

from newsift.clean.consent import consent_notice
from newsift.clean.dates import (
    DateHit,
    dated_fields,
    dateline,
    find_date,
    is_count,
    is_field_label,
    is_filler,
    publication_stamp,
)
from newsift.clean.lexicon import Markers

URL = re.compile(
    r"(?:https?://|www\.)\S+|\S+@\S+\.\w{2,}"
    # a bare domain with a path ("t.me/channel", "vk.com/page"): a link however it is written
    r"|\b(?:[a-z0-9\-]+\.)+[a-z]{2,6}/[\w\-./?=&%#]+",
    re.I,
)
EMAIL = re.compile(r"\S+@\S+\.\w{2,}")
_TERMINAL = frozenset(".!?…:;»\"”'’)]")
_SENT_END = frozenset(".!?…")
_CLOSERS = " »\"”'’)]"
# Separators of list lines (menus, breadcrumbs, tickers, prev/next links) when they stand
# between spaces: typographic symbols, never letters, digits, dashes or sentence punctuation.
_LIST_CHARS = "|¦•·●○◦▪▫■□▸▹►▻▶▷◂◀◆◇★☆✦✧→⇒›‹/"
_SYMBOL_SEP = re.compile(r"\s+[" + re.escape(_LIST_CHARS) + r"]\s+")
_LIST_CHAR = re.compile(r"\s[" + re.escape(_LIST_CHARS) + r"]\s")
_EDGE_QUOTES = " «»‹›<>"
_STAMP_EDGE = " •·–—-|:>[]()"
_DATE_TAIL = re.compile(r"\s*[|·•]\s*[^|·•]*\d{4}[^|·•]*$")  # " | September 5, 2017"
_HASHTAG = re.compile(r"#[^\W\d_][\w\-]*")
_CLOCK = re.compile(r"(?<![\d:])(?:[01]?\d|2[0-3])\s?[:h]\s?[0-5]\d(?![\d:])")
_TOKEN = re.compile(r"\S+")
_CLOCK_12H = re.compile(
    r"(?:[01]?\d|2[0-3])\s?[:.]\s?[0-5]\d\s?(?:[ap]\.?\s?m\.?|gmt|utc|bst|cet|cest|edt|est)",
    re.I,
)
# an account number: "FR76 1027 8089 7100 0203 3880 143" (a quotation never carries one)
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){3,7}(?:\s?[A-Z0-9]{1,3})?\b")
_BYLINE_FIELDS = re.compile(r"\s*\|\s*|\s+[–—·•]\s+")
_CLOCK_LEAD = re.compile(
    r"^(?:(?:à|a|at|um|alle|в)\s+)?(?:[01]?\d|2[0-3])\s?[:h]\s?[0-5]\d\s*[,|–—-]?\s*", re.I
)
_SPLIT_SHARE = re.compile(r"[\s|·•,/]+")
_LIST_SEP = re.compile(r"\s*(?:[|·•›‹]|\s[/>»]\s|\s{2,}|\t)\s*")
_PARTICLES = frozenset(
    {"de", "du", "des", "la", "le", "van", "von", "der", "den", "da", "di", "del", "della"}
    | {"dos", "al", "el", "ibn", "bin", "ben", "y", "d'", "of", "the"}
)
_UPPER_START = re.compile(r"[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ\u0600-\u06FF\u0590-\u05FF]")
_NAME_TOKEN = re.compile(r"[\w'’.\-]+\Z")
_BYLINE_TRIM = re.compile(
    r"^\s*(?:posted|published|publié|publiée|mis en ligne|veröffentlicht|publicado|опубликовано)?"
    r"\s*(?:on|le|am|el|the)?\s*",
    re.I,
)
_LINK_WORD = re.compile(r"\s+(\w+)\s*\Z")
# what a report or a review says of its date before it ("Revue établie le", "Report compiled
# on", "Note rédigée le"): a noun, a participle or two, the date's preposition
_DATE_LABEL = re.compile(
    r"[A-ZÀ-ÖØ-Þ][\w'’\-]+(?:\s+[a-zà-öø-ÿ][\w'’\-]*){1,3}\s+(?:le|du|au|on|am|el|il)\Z"
)
# what may follow a post line's date: its time ("18:05pm", "à 09h40")
_CLOCK_ONLY = re.compile(
    r"(?:(?:à|a|at|um)\s+)?\d{1,2}\s?[:h.]\s?\d{2}\s*(?:[ap]\.?\s?m\.?)?", re.I
)
# a blog post's line "Publié par X sur 24 Août 2016": the verb, then whoever signs (a pen name
# may be a phrase, "Le vieux du port"), then the word that ties it to the date
_POST_BY = re.compile(
    r"(?i:publié|publiée|posté|postée|rédigé|rédigée|écrit|écrite|posted|published|written)"
    r"\s+(?i:par|by)\s+(?P<name>[\w@][\w'’.\-]*(?:\s+[\w'’.\-]+){0,5}?)"
    r"\s+(?i:sur|le|on|am|el|à|at)\s*\Z"
)
# where a post line's rubric follows the author's name ("by X in Iraq", "par X dans Syrie")
# the site a date line names after its date: "… sur exemple.info", "… on The Levant Ledger"
_ON_SITE = re.compile(
    r"\s+(?:sur|on|at|chez)\s+(?:le site |the website |le blog |the blog )?"
    r"(?:(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,12}(?:/\S*)?"
    r"|(?-i:[A-ZÀ-ÖØ-Þ])[\w'’&.-]*(?:\s+[\w'’&.-]+){0,3})\s*\Z",
    re.I,
)
_RUBRIC_TAIL = re.compile(r"\s+(?:in|dans|en|im|unter|filed under|under)\s+(?=[A-ZÀ-ÖØ-Þ])")


def _trailer(rest: str) -> bool:
    """What may follow a byline's date: a rubric or a comment count ("dans Syrie",
    "| 14 Comments"), a few words and no sentence."""
    return (
        len(rest) <= 60
        and len(rest.split()) <= 6
        and not any(c in rest for c in '.!?;«»"')
        and _CLOCK.search(rest) is None  # "par X (ip) 16 octobre 2017 19:20": a post stamp
        and any(sum(map(str.isalpha, w)) >= 3 for w in rest.split())
    )


# an agency's credit under a dispatch: "(APN) — kh/mdr", "(AFP) - jm/ob"
_AGENCY_CREDIT = re.compile(
    r"\(\s*[A-Z][\w.&\- ]{1,20}\)\s*[—–\-]?\s*(?:[a-z]{1,4}(?:\s*/\s*[a-z]{1,4})+"
    r"|[A-Z]{1,4}(?:\s*/\s*[A-Z]{1,4})+)"  # "(AOP) BR/ML": the desk's initials in capitals
)
# a line that opens on its source label ("Source :", "Sources:", "Quelle:")
_SOURCE_LABEL = re.compile(r"(?i)(?:sources?|fuente|quelle|fonte|источник|المصدر)\s*[:：]")
_HEADING_START = re.compile(r"[\w«“\"'‘(\[¿¡]")
# after "Source :", the outlet's name ends at a date, a link, a slash or a bracket
_SOURCE_CUT = re.compile(r"\s*(?:[,;/(\[|]|\s[-–—]\s|\s(?:via|le|on|am|del)\s|https?:).*$", re.I)
_SOURCE_NAME = re.compile(r"(?-i:[A-ZÀ-ÖØ-Þ])[\w'’.&-]*(?:\s+[\w'’.&-]+){0,5}")


_NO_SOURCE = frozenset({"moi", "me", "nous", "us", "ici", "here", "web", "net", "sur", "on", "les"})


def _source_outlet(text: str) -> str | None:
    """The outlet a "Source : Orient Info, 18 février 2016" line names (a capitalised name of
    at most six words, no digits), else None."""
    rest = _SOURCE_LABEL.sub("", text, count=1).strip()
    name = _SOURCE_CUT.sub("", rest).strip(" .:")
    if not name or any(c.isdigit() for c in name):
        return None
    if _SOURCE_NAME.fullmatch(name) or (
        re.fullmatch(r"[a-z]{2,4}", name) and name not in _NO_SOURCE
    ):
        return name  # "Orient Info", or an agency's short name in lower case ("dpa")
    return None


@dataclass(slots=True)
class Line:
    """One line of ``text.splitlines()`` with its offsets and features."""

    idx: int
    start: int  # offset of the first character of the line
    end: int  # offset just past the line's content (before its newline)
    text: str  # stripped content
    lead: int = 0  # characters of leading space before ``text`` (offset of text = start + lead)
    kind: str = "empty"  # local type, see classify()
    words: int = 0
    site: str | None = None  # site name from "Support X"
    outlet: str | None = None  # the outlet "Read the full story at X" names
    author: str | None = None  # name from a byline
    date: DateHit | None = None  # dateline
    repeats: int = 1  # occurrences of the same text in the document
    name_like: bool = False
    heading_like: bool = False
    prose: bool = False


def split_lines(text: str) -> list[Line]:
    """Lines exactly as ``str.splitlines()`` cuts them, with their offsets in ``text``."""
    out: list[Line] = []
    pos = 0
    for i, raw in enumerate(text.splitlines(keepends=True)):
        content = raw.rstrip("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
        # splitlines() removes exactly one line break; \r\n counts as one
        stripped = content.strip()
        lead = len(content) - len(content.lstrip())
        out.append(Line(idx=i, start=pos, end=pos + len(content), text=stripped, lead=lead))
        pos += len(raw)
    return out


def sentence_end(text: str) -> str:
    """The character that really ends a line: the one before closing quotes and brackets.

    `... « zone démilitarisée »` ends on a word (a headline quoting a phrase), `« ... forces
    armées. »` on a full stop (a paragraph closing a quotation).
    """
    core = text.rstrip(_CLOSERS)
    if not core or len(core) == len(text):
        return text[-1:]
    return core[-1]


def list_items(text: str) -> list[str] | None:
    """The items of a list line split by a symbol separator used at least twice (a menu, a
    breadcrumb, a ticker, prev/next links), edge quotes stripped; None if it is no such line."""
    if _LIST_CHAR.search(f" {text} ") is None:
        return None
    parts = _SYMBOL_SEP.split(f" {text} ")
    if len(parts) < 4 and not (len(parts) == 3 and all(p.strip(_EDGE_QUOTES) for p in parts)):
        return None
    items = [p.strip().strip(_EDGE_QUOTES).strip() for p in parts]
    items = [x for x in items if x]
    return items if len(items) >= 3 else None


_QUOTE_MARKS = re.compile('[«»“”"]')
_ADDRESS_SPLIT = re.compile(r"[^\w\-]+")


def _appeal(text: str, m: Markers) -> bool:
    """A donation appeal written as a sentence: a support/donation word and the site speaking
    to its reader ("we", "you", "nous", "Sie"), not a quotation (a paragraph quoting an appeal
    is article text)."""
    if len(text) > 500:
        return False
    words = _ADDRESS_SPLIT.split(text)
    if m.address_cased.isdisjoint(words) and m.address.isdisjoint(w.lower() for w in words):
        return False
    return _QUOTE_MARKS.search(text) is None and m.donate_any.search(text) is not None


def _speaker(text: str, details: bool, m: Markers) -> bool:
    """A reader's own sentence about giving ("Je fais un don ce mois-ci."): first person
    singular, ending like a sentence, no one addressed and no payment detail."""
    if details or "@" in text or sentence_end(text) not in ".!…":
        return False
    words = _ADDRESS_SPLIT.split(text)
    low = {w.lower() for w in words}
    if not m.address_cased.isdisjoint(words) or not m.address.isdisjoint(low):
        return False
    return not m.speaker.isdisjoint(low)


def name_like(text: str) -> bool:
    """Whether ``text`` reads as a person's name (see ``_name_like``)."""
    return _name_like(text, _TOKEN.findall(text))


def _name_like(text: str, tokens: list[str]) -> bool:
    """A person's or user's name: 1-5 short tokens, capitalised words or particles, no digits."""
    if not 1 <= len(tokens) <= 5 or len(text) > 40 or any(c.isdigit() for c in text):
        return False
    if text[-1] in "!?:;," or (text[-1] == "." and not re.search(r"(?:^|\s|\w\.-)\w\.$", text)):
        return False
    caps = 0
    for t in tokens:
        if not _NAME_TOKEN.match(t):
            return False
        if _UPPER_START.match(t):
            caps += 1
        elif t.lower() not in _PARTICLES:
            return False
    return caps >= 1


def _user_like(text: str, tokens: list[str]) -> bool:
    """A loose user name ("jerry hamilton", "dawn_of_svarog"): short, no sentence punctuation."""
    if not 1 <= len(tokens) <= 4 or len(text) > 32 or not any(c.isalpha() for c in text):
        return False  # ("__________________" is a signature rule, not a name)
    return text[-1] not in ".!?:;,…" and all(_NAME_TOKEN.match(t) for t in tokens)


def _share(text: str, m: Markers, prose: bool = False) -> bool:
    if len(text) > 160:
        return False
    if m.share_line.match(text) and len(text) <= 100:
        return True
    if prose:
        return False  # a sentence is never a bar of share buttons
    toks = [t for t in _SPLIT_SHARE.split(text.lower()) if t]
    if not toks:
        return False
    strong = sum(1 for t in toks if t in m.share_words)
    if strong == 0:
        return False
    return all(t in m.share_words or t in m.share_fillers for t in toks) and (
        strong >= 2 or len(toks) <= 2
    )


_DIGIT = re.compile(r"[0-9٠-٩۰-۹]")
_YEAR = re.compile(r"(?:19|20|١٩|٢٠|۱۹|۲۰)[0-9٠-٩۰-۹]{2}")
_AMOUNT = re.compile(r"(?:[$€£¥₽₴]\s?\d[\d.,]*|\d[\d.,]*\s?(?:[$€£¥₽₴]|usd|eur|rub|руб\.?))", re.I)


def _amount_list(text: str) -> bool:
    """ "5 € 10 € 25 € Autre montant": a donation widget's amount buttons."""
    found = _AMOUNT.findall(text)
    if len(found) < 2:
        return False
    return len(_AMOUNT.sub(" ", text).split()) <= 3


_SEPARATORS = ("|", "·", "•", "›", "‹", "\t", "  ", " / ", " > ", " » ")


def _link_list(text: str) -> bool:
    """Prev/next links, a ticker, a long breadcrumb: items of up to 12 words between symbol
    separators ("« A  |  Accueil  |  B »", "EN DIRECT ▸ 18:02 X ▸ 17:40 Y"), not sentences."""
    items = list_items(text)
    if items is None or "://" in text:
        return False
    ends = sum(1 for x in items if x[-1] in _SENT_END)
    return ends <= 1 and all(len(x.split()) <= 12 for x in items)


def _nav(text: str, tokens: list[str], m: Markers) -> bool:
    seps = any(sep in text for sep in _SEPARATORS)
    items = [x for x in _LIST_SEP.split(text) if x] if seps else [text]
    # « » at the edges of a menu's items are arrows; inside a line split only by double
    # spaces they may be a quotation
    symbols = _LIST_CHAR.search(f" {text} ") is not None
    if symbols:
        items = [y for x in items if (y := x.strip(_EDGE_QUOTES))]
    if (
        len(items) >= 3
        and "://" not in text
        and (symbols or "«" not in text)
        and all(len(x.split()) <= 5 and len(x) <= 40 for x in items)
    ):
        return True  # a menu, a breadcrumb, a footer link list
    if symbols and _link_list(text):
        return True
    if len(tokens) > 8 or len(text) > 80:
        return False
    low = text.lower().replace("’", "'")
    if low in m.nav_words:
        return True
    if len(items) >= 2 and all(x.lower().replace("’", "'") in m.nav_words for x in items):
        return True  # "Se connecter   S’abonner"
    toks = [t for t in _SPLIT_SHARE.split(low) if t]
    if len(toks) >= 2 and all(t in m.nav_words for t in toks):
        return True
    # "Politique Société International Culture Idées": capitalised menu words, mostly known
    return (
        len(toks) >= 4
        and all(t[:1].isupper() for t in tokens)
        and not any(c in text for c in '.,:;!?"«»“”')
        and sum(t in m.nav_words for t in toks) >= 0.6 * len(toks)
    )


_CREDIT_WORD = re.compile(r"photo|crédit|credit|image|illustration|фото|foto|bild|صورة", re.I)
_COMMENTER_VERB = re.compile(
    r"\s+(?:says|said|wrote|writes|replied|dit|a dit|a écrit|écrit|répond|schreibt|schrieb|"
    r"escribió|dice|scrive|пишет|написал[аи]?|пише|كتب|قال|yazdı|نوشت)\b",
    re.I,
)
_STAFF_CUT = re.compile(
    r"\s*(?:[,;|(]|\s[-–—]\s|\s(?:avec|with|mit|con|с|مع)\s"
    r"|\s(?:dans|in|at|from|à|depuis|en|aus|в|из)\s+(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ])).*\Z",
    re.I,
)


def _commenter_name_ok(text: str) -> bool:
    """ "Abu Omar says:" names a user; "Yemen: cholera cases pass 750,000, WHO says" is a
    headline: the part before the verb must be a short name without clause punctuation."""
    mv = _COMMENTER_VERB.search(text)
    if mv is None:
        # "Message par X »", "En réponse à X" name someone; "Répondre à cet article",
        # "Reply to this topic" are buttons: no word after the first is a name
        return any(
            t[:1].isupper() or t[:1] == "@" or any(c.isdigit() or c == "_" for c in t)
            for t in text.split()[1:]
        )
    before = text[: mv.start()]
    return len(before.split()) <= 4 and not any(c in before for c in ':,;!?«»"')


def _field_author(fields: list[str], m: Markers) -> str | None:
    """The one field of a dateline that names a person ("Kevin Royer", "par Sara Demir")."""
    names: list[str] = []
    for f in fields:
        mb = m.byline.match(f)
        if mb:
            if mb.group("name").strip()[:1].isupper():  # "suivi par la rédaction": no person
                names.append(mb.group("name").strip())
        elif (
            _name_like(f, _TOKEN.findall(f))
            and not is_field_label(f.split()[0])
            and not is_count(f)
            and len(f.split()) >= 2
        ):
            names.append(f)
    return names[0] if len(names) == 1 else None


def _field_byline(text: str, m: Markers) -> str | None:
    """The author of a byline made of fields: "Rédaction | Actualité syrienne | 2 réactions",
    "Jean Dupont | Analyses | 4 commentaires": a name or a desk, then a rubric or a count."""
    parts = [p.strip() for p in _BYLINE_FIELDS.split(text) if p.strip()]
    if not 2 <= len(parts) <= 4 or not any(is_count(p) for p in parts[1:]):
        return None
    for p in parts[1:]:
        if not is_count(p) and (len(p.split()) > 4 or any(c.isdigit() for c in p)):
            return None
    first = parts[0]
    mb = m.byline.match(first)
    if mb:
        return mb.group("name").strip()
    if m.staff_byline.match(first):
        return _staff_author(first, m)
    if _name_like(first, _TOKEN.findall(first)) and len(first.split()) >= 2:
        return first
    return None


_INITIALS_TAIL = re.compile(r"\s+\([A-Z]{2,6}\)\Z")
_AGENCY_WORD = re.compile(r"\b(?:agence|agency|agentur|agencia|agenzia)\b", re.I)


def _agency_dateline(text: str, m: Markers) -> tuple[DateHit, str] | None:
    """(date, agency) of an agency's header line: "Agence Levant Presse · 28/08/2016 · 17:55",
    "Gulf News Agency | March 3, 2017": the agency's name first, then only date fields."""
    parts = [p.strip() for p in _BYLINE_FIELDS.split(text) if p.strip()]
    if not 2 <= len(parts) <= 4 or not m.agency_name.match(parts[0]):
        return None
    if dateline(" · ".join(parts[1:])) is None:
        return None
    hit = find_date(text)  # offsets in the line itself
    name = _INITIALS_TAIL.sub("", parts[0])  # "Agence Orient Presse (AOP)": the name alone
    return (hit, name) if hit is not None else None


def _date_label(rest: str) -> bool:
    """ "Revue établie le", "Revue établie le mercredi": a label naming the date after it."""
    words = rest.split()
    if len(words) >= 4 and is_filler(words[-1]):
        words = words[:-1]  # the weekday before the date
    return _DATE_LABEL.fullmatch(" ".join(words)) is not None


def _desk_author(part: str, m: Markers) -> str | None:
    """The desk a dated post line names: "… par la rédaction" (the desk in lower case, inside
    a date line) is no author; "… by the Levant Analysis newsroom" names one."""
    desk = _staff_author(part, m)
    if desk and desk[1:] == desk[1:].lower() and (desk[:1].lower() + desk[1:]) in part:
        return None
    return desk


def _post_author(before: str, m: Markers) -> str | None:
    """Who signs a blog post's date line ("Publié par Le vieux du port sur", "Posted by
    sandstorm_77 on"): a short name or pen name, no sentence in it; "" for a desk ("Publié
    par la rédaction le"), which is no author."""
    mp = _POST_BY.fullmatch(before.strip(" |–—-,·•"))
    if mp is None:
        return None
    name = mp.group("name").strip()
    if any(c in name for c in ',;:!?«»"') or any(c.isdigit() for c in name[:1]):
        return None
    if m.staff_byline.match(name) or m.staff_byline.match(f"par {name}"):
        return ""
    return name


def _staff_author(text: str, m: Markers) -> str | None:
    """The desk a staff byline names: "Reporting by the X newsroom" -> "X newsroom"."""
    mp = m.byline_prefix.match(text)
    rest = text[mp.end() :] if mp else text
    rest = _STAFF_CUT.sub("", rest).strip(" .:–—-")
    return rest[:1].upper() + rest[1:] if rest else None


# a pointer before a chrome label ("► À LIRE AUSSI : …", "→ Read more")
_LEAD_MARK = re.compile(r"[►▶▸▹→⇒➤➔➜»>•■▪◆◇★☞👉🔗]+\s*")


def _unmarked(text: str) -> str:
    m = _LEAD_MARK.match(text)
    return text[m.end() :] if m else text


def _trailing_symbols(text: str) -> str:
    """``text`` without the pictographs that close it (emoji, flags, their joiners and
    selectors); ``text`` itself when nothing else is left."""
    end = len(text)
    while end and (
        text[end - 1].isspace() or unicodedata.category(text[end - 1]) in ("So", "Sk", "Cf", "Mn")
    ):
        end -= 1
    return text[:end] if end else text


def classify(line: Line, m: Markers) -> None:
    """Fill the features and the local type of one line."""
    text = line.text
    if not text:
        line.kind = "empty"
        return
    tokens = _TOKEN.findall(text)
    n = len(tokens)
    line.words = n
    length = len(text)
    # a post's closing emoji ("La vengeance viendra. ✊") does not end its sentence
    core = _trailing_symbols(text)
    last = core[-1]
    url_chars = sum(len(u) for u in URL.findall(text)) if ("/" in text or "@" in text) else 0
    letters = sum(map(str.isalpha, text))
    line.name_like = _name_like(text, tokens)
    # a short question is more often a headline than a paragraph; a line carrying a link is
    # chrome ("Follow us on Telegram: t.me/x"), never a headline
    line.heading_like = (
        2 <= n <= 25
        and length <= 160
        and last not in ".,;:"
        and not url_chars
        and letters >= 0.6 * length
        and bool(_HEADING_START.match(text))
        and (bool(_UPPER_START.match(text)) or text[0] in "«“\"'‘" or text[0].isdigit())
    )
    # a long headline has no closing punctuation: it is not a paragraph however many words;
    # closing quotes and brackets do not end a sentence by themselves ("… « zone tampon »")
    end = sentence_end(core)
    line.prose = letters >= 0.5 * length and (
        (n >= 14 and not (line.heading_like and end not in _TERMINAL))
        or (n >= 5 and end in _TERMINAL and length >= 30 and (end != "?" or n >= 10))
    )
    if line.prose and consent_notice(text):
        line.kind = "boiler"  # a cookie or privacy notice's paragraph: the page's, not a story
        return
    if length > 220:
        # long lines: a paragraph, a long footnote, a donation paragraph with a wallet or a
        # payment link, a cookie notice; the short-chrome patterns cannot match them
        if m.footnote.match(text[:40] + " xx"):
            line.kind = "footnote"
        elif (
            (any(len(t) >= 25 for t in tokens) and m.wallet.search(text))
            or (url_chars and m.donate_any.search(text))
            or (line.prose and _appeal(text, m))
            # a long appeal with its bank details ("… Chèque à l'ordre de X — IBAN FR76 …")
            or (length <= 600 and _IBAN.search(text) is not None and m.donate_any.search(text))
        ):
            line.kind = "donate"
        elif length <= 400 and m.boiler.match(text):
            line.kind = "boiler"
        elif _link_list(text):
            line.kind = "nav"  # a ticker or a row of long links
        elif url_chars >= 0.6 * length:
            line.kind = "url"
        else:
            line.kind = "prose" if line.prose else "short"
        return
    has_digit = _DIGIT.search(text) is not None
    has_year = has_digit and _YEAR.search(text) is not None  # every date pattern needs a year
    if has_digit and (m.amount.match(text) or _amount_list(text)):
        line.kind = "amount"
        return
    if m.comment_chrome.match(text):
        line.kind = "cc"
        return
    if length <= 200 and m.thread_end.match(text):
        line.kind = "end"
        return
    has_url = url_chars > 0
    long_token = any(len(t) >= 25 for t in tokens)
    if (
        (long_token and m.wallet.search(text))
        or (
            length <= 200
            and (has_url or n <= 10 or last == ":" or "@" in text)
            and m.donate_any.search(text)
            and not _speaker(text, has_url or has_digit, m)
        )
        or (line.prose and _appeal(text, m))
        or (line.prose and _IBAN.search(text) is not None and m.donate_any.search(text))
        # "Adhésion annuelle : 60 € — chèque à l'ordre de X": a fee and how to pay it
        or (
            length <= 200
            and has_digit
            and _AMOUNT.search(text) is not None
            and m.donate_any.search(text) is not None
            and _QUOTE_MARKS.search(text) is None
        )
    ):
        line.kind = "donate"
        ms = m.donate_line.match(text)
        if ms and ms.group("site"):
            line.site = ms.group("site").strip()
        return
    ms = m.donate_line.match(text)
    if ms and n <= 5:
        site = ms.group("site").strip()
        if site and _UPPER_START.match(site) and not any(c.isdigit() for c in site):
            line.kind = "donate"
            line.site = site
            return
    if _share(text, m, line.prose and last in _SENT_END):
        line.kind = "share"
        return
    if length <= 220 and m.caption.match(text):
        line.kind = "caption_file" if m.caption_file.match(text) else "caption"
        return
    if _CREDIT_WORD.search(text) and m.caption_tail.search(text):
        line.kind = "caption"  # "… le 18 mars. Photo : DR": the credit closes a caption
        return
    if length <= 220 and m.caption_credit.search(text):
        line.kind = "caption"  # "… à l'est de Mossoul. © AFP": a credit alone closes it
        return
    if length <= 1500 and m.footnote.match(text):
        line.kind = "footnote"
        return
    if n <= 3 and m.footnote_heading.match(text.rstrip(" :")):
        line.kind = "footnote_heading"
        return
    if n <= 3 and length <= 16 and _CLOCK.fullmatch(text.strip(_STAMP_EDGE)):
        line.kind = "date"  # "17h45", "• 14:05 –": a live page's entry stamp
        return
    if n <= 3 and length <= 16 and _CLOCK_12H.fullmatch(text.strip(_STAMP_EDGE)):
        line.kind = "date"  # "7:05 pm", "11.15 GMT": the same stamp, English style
        return
    if n <= 3 and length <= 40 and "/" in text:
        parts = [x.strip().lower() for x in text.split("/")]
        if (
            len(parts) >= 2
            and all(0 < len(x) <= 8 for x in parts)
            and not m.agencies.isdisjoint(parts)
        ):
            line.kind = "source"  # "kaw/dpa/AFP": the editor's initials and the agencies
            return
    if length <= 40 and _AGENCY_CREDIT.fullmatch(text):
        line.kind = "source"  # "(APN) — kh/mdr": the agency and its editors' initials
        return
    if (
        text[0] == "("
        and last == ")"
        and n <= 10
        and text.count("(") == 1
        and not m.boiler.match(text)  # "(Transcription automatique relue …)": chrome
    ):
        line.kind = "source"  # "(Avec agences)", "(With agencies)", "(Mit Material von dpa)"
        return
    if len(_HASHTAG.findall(text)) >= 2 and length <= 300:
        rest = _HASHTAG.sub(" ", text).strip(" ,;:·|/-–")
        if len(rest.split()) <= 3:
            line.kind = "tags"  # "Sujets : #Syrie #Turquie", "#Irak, #Mossoul"
            return
    hit = dateline(text) if has_year else None
    if hit is None and has_year and (site := _ON_SITE.search(text)) is not None:
        # "Publié le 12 mai 2017 sur exemple.info", "Posted on May 3, 2018 on The Levant
        # Ledger": the date line of a piece a digest or a blog reprints, with its site
        hit = dateline(text[: site.start()])
    if hit is not None:
        line.kind = "date"
        line.date = hit
        return
    if length <= 140 and has_year:
        hit = find_date(text)
        if hit is not None:
            # "Posted on November 19, 2017 by Desk", "By Karim Haddad | November 20, 2017"
            before, after = text[: hit.start], text[hit.end :]
            for pos, (part, other) in enumerate(((after, before), (before, after))):
                part = _BYLINE_TRIM.sub("", part).strip(" |–—-,·•")
                linked = False
                if pos == 1:
                    # "Rédigé par X le 15 avril 2018": a word ties the name to the date
                    cut = _LINK_WORD.search(part)
                    if cut and is_filler(cut.group(1)):
                        part, linked = part[: cut.start()], True
                if pos == 0:
                    part = _CLOCK_LEAD.sub("", part)  # "… 2018 à 07h30 par X"
                mb = m.byline.match(part) if part else None
                if mb is None and pos == 0 and part:
                    # "Posted on 26 August 2016 by X in Iraq, Middle East": the rubric after
                    # the name is no part of it
                    cut = _RUBRIC_TAIL.search(part)
                    if cut and _trailer(part[cut.end() :]):
                        mb = m.byline.match(part[: cut.start()])
                    # "Publié le 3 mars 2017 par X · Front militaire": the rubric (or a
                    # comment count) in a field of its own after the name
                    fields = _BYLINE_FIELDS.split(part, maxsplit=1)
                    if mb is None and len(fields) == 2 and _trailer(fields[1]):
                        mb = m.byline.match(fields[0])
                rest = _BYLINE_TRIM.sub("", other).strip(" |–—-,·•:")
                rest_ok = (
                    dateline(other) is not None
                    or not rest
                    or (pos == 1 and _trailer(rest))
                    # "lundi 21 octobre 2019, par X": a weekday before the date
                    or (pos == 0 and all(is_filler(w) for w in rest.split()))
                    # "Revue établie le 3 janvier 2018 par X": the document names its date
                    or (pos == 0 and _date_label(rest))
                )
                if mb is None and pos == 1 and (rest_ok or _CLOCK_ONLY.fullmatch(rest)):
                    post = _post_author(before, m)
                    if post is not None:
                        line.kind, line.date, line.author = "date", hit, post or None
                        return
                if (
                    mb is None
                    and pos == 0
                    and all(is_filler(w) for w in rest.split())
                    and len(part) <= 80
                    and m.byline_prefix.match(part)
                    and m.staff_byline.match(part)
                ):
                    # "Rédigé le 20 juillet 2018 à 07h30 par la rédaction dans Syrie": a post
                    # line signed by the desk
                    line.kind, line.date = "date", hit
                    line.author = _desk_author(_BYLINE_FIELDS.split(part, maxsplit=1)[0], m)
                    return
                if mb and rest_ok:
                    # "By X | date" reads as a byline, "Posted on date by X" and the post line
                    # "Rédigé par X le date dans Syrie" as a dateline
                    line.kind = "byline" if pos == 1 and not linked else "date"
                    line.date = hit
                    line.author = mb.group("name").strip()
                    return
    if has_year and not line.prose and length <= 100:
        agency = _agency_dateline(text, m)
        if agency is not None:
            # "Agence Levant Presse · 28/08/2016 · 17:55": a dispatch's agency and date
            line.kind, line.date, line.outlet = "date", agency[0], agency[1]
            return
    if (
        length <= 70
        and not has_digit
        and m.agency_name.match(text)
        and (_INITIALS_TAIL.search(text) or _AGENCY_WORD.search(text))
    ):
        # "Agence Orient Presse (AOP)" alone under a quoted dispatch's title: its outlet
        line.kind, line.outlet = "source", _INITIALS_TAIL.sub("", text)
        return
    if has_year and (not line.prose or publication_stamp(text) is not None):
        # "Publié le 20 octobre 2017 à 07:15 | 64 commentaires | Temps de lecture : 14 min"
        # is long enough to read as a sentence: its fields say it is a dateline
        df = dated_fields(text)
        if df is not None:
            # "samedi 13 août 2016 – Kevin Royer – 3 commentaires": a dateline with more fields
            line.kind, line.date = "date", df[0]
            line.author = _field_author(df[1], m)
            return
    if length <= 120:
        mb = m.byline.match(text)
        if mb:
            # "Publié par X à 22:15 - Syrie - 4 commentaires": a post's time stamp, not a byline
            line.kind = "date" if _CLOCK.search(text[mb.end("name") :]) else "byline"
            line.author = mb.group("name").strip()
            return
    if length <= 40 and m.source.match(text):
        line.kind = "source"  # "Avec agences" alone: where the story came from, no author
        return
    if length <= 80 and not line.prose and m.staff_byline.match(text):
        # "Par la rédaction", "Staff writer", "Libya Daily Monitor staff": a desk, not a person
        line.kind = "byline"
        line.author = _staff_author(_DATE_TAIL.sub("", text), m)
        if has_year:
            line.date = find_date(text)
        return
    # (after the bylines: "Posted by Levant Analysis staff | September 5, 2017" is a byline,
    # "Message par X » lun. 16 oct. 2017 22:05" a forum post's head)
    if length <= 100 and not has_year and not line.prose:
        desk = _field_byline(text, m)
        if desk is not None:
            # "Rédaction | Actualité syrienne | 2 réactions": who wrote it, the rubric, a count
            line.kind, line.author = "byline", desk
            return
    if length <= 120 and m.commenter.match(text) and _commenter_name_ok(text):
        line.kind = "commenter"
        return
    if length <= 200 and _SOURCE_LABEL.match(text) and m.source.match(text):
        line.kind = "source"  # "Source : agence X / traduction Y": the source first
        return
    if length <= 120 and not line.prose and m.translator.search(text):
        line.kind = "translator"
        return
    if length <= 200 and m.source.match(text):
        line.kind = "source"
        return
    if length <= 300 and m.tags.match(text):
        line.kind = "tags"
        return
    if length <= 400 and (
        m.boiler.match(text) or (_LEAD_MARK.match(text) and m.boiler.match(_unmarked(text)))
    ):
        line.kind = "boiler"
        if length <= 140:
            for pat in m.read_at:
                mr = pat.match(text)
                if mr:
                    line.outlet = mr.group("site").strip(" .»›>→")
                    break
        return
    if length <= 250 and m.comment_form.match(text):
        line.kind = "form"
        return
    if length <= 250 and m.comment_inline.match(text):
        line.kind = "cci"
        return
    if _nav(text, tokens, m):
        line.kind = "nav"
        return
    if url_chars >= 0.6 * length:
        line.kind = "url"
        return
    if line.prose:
        line.kind = "prose"
        return
    if line.name_like:
        line.kind = "name"
        return
    if line.heading_like and n >= 3:
        line.kind = "heading"
        return
    if _user_like(text, tokens):
        line.kind = "user"
        return
    if line.heading_like:
        line.kind = "heading"
        return
    line.kind = "short"


_FEATURES = (
    "kind",
    "words",
    "site",
    "outlet",
    "author",
    "date",
    "name_like",
    "heading_like",
    "prose",
)
CACHE_SIZE = 8192


class _FeatureCache:
    """Features of recently seen line texts (bounded LRU).

    Chrome, user names and action lines ("Reply", "Share ›") recur within a thread and across
    the pages of a site; their features depend on the text alone, so they are computed once.
    """

    def __init__(self, size: int) -> None:
        self.size = size
        self.owner = 0
        self.data: OrderedDict[str, tuple[object, ...]] = OrderedDict()

    def fill(self, line: Line, m: Markers) -> None:
        if self.owner != id(m):
            self.data.clear()  # other markers: other features
            self.owner = id(m)
        hit = self.data.get(line.text)
        if hit is not None:
            self.data.move_to_end(line.text)
            for name, value in zip(_FEATURES, hit, strict=True):
                setattr(line, name, value)
            return
        classify(line, m)
        self.data[line.text] = tuple(getattr(line, name) for name in _FEATURES)
        if len(self.data) > self.size:
            self.data.popitem(last=False)


_cache = _FeatureCache(CACHE_SIZE)


def wrap_width(lines: list[Line]) -> int | None:
    """The width a hard-wrapped dump was cut at (mail, plain-text archives), else None.

    Wrapped text has many long lines just under one width (at most 100 characters); text with
    one paragraph per line has long lines of every length.
    """
    long = [len(ln.text) for ln in lines if len(ln.text) >= 40]
    if len(long) < 6:
        return None
    width = max(long)
    if width > 100:
        return None
    near = sum(1 for n in long if n >= width - 20)
    return width if near >= 0.6 * len(long) else None


def _cut_width(lines: list[Line]) -> int | None:
    """The width of a dump cut mid-sentence (a PDF turned into text): many lines run on into
    the next one, which starts in lower case ("… des dernières poches rebelles au sud-ouest de"
    over "Damas, …" over "orientale relançait …"); the width is that of the lines cut so.

    A page with one paragraph per line never has a line starting in lower case under a line
    that does not end its sentence, except in verse or lists: four such cuts, one in four of
    the long lines, and widths under 130 characters are asked for.
    """
    long = [ln for ln in lines if len(ln.text) >= 40]
    cut = [
        len(a.text)
        for a, b in zip(lines, lines[1:], strict=False)
        if len(a.text) >= 40 and b.text[:1].islower() and a.text[-1] not in '.!?…:;»"”'
    ]
    if len(cut) < 4 or len(cut) < 0.25 * len(long) or max(cut) > 130:
        return None
    return max(cut)


_WRAPPED = frozenset({"prose", "heading", "short", "name", "user"})  # what a cut line reads as


def _runs_on(a: Line, b: Line) -> bool:
    """Line b continues line a's sentence: a does not end one, or b starts in lower case."""
    return a.text[-1] not in '.!?…:;»"”' or b.text[:1].islower()


def _unwrap(lines: list[Line], width: int, m: Markers, cut: bool = False) -> None:
    """Give the lines of each wrapped paragraph the type of the paragraph they make up.

    A paragraph runs while a line is full (within 20 characters of the width) and the next
    line is not empty (and, in a dump cut mid-sentence, ``cut``, goes on with the sentence:
    "Sources : …." over "Adhésion annuelle : …" are two lines); when the joined text reads as
    prose, every line of it is prose.
    """
    i = 0
    n = len(lines)
    while i < n:
        if (
            not lines[i].text
            or len(lines[i].text) < width - 20
            or (cut and lines[i].kind not in _WRAPPED)
        ):
            i += 1
            continue
        j = i
        while (
            j + 1 < n
            and lines[j + 1].text
            and len(lines[j].text) >= width - 20
            and (not cut or (_runs_on(lines[j], lines[j + 1]) and lines[j + 1].kind in _WRAPPED))
        ):
            j += 1
        if j > i:
            joined = " ".join(ln.text for ln in lines[i : j + 1])
            probe = Line(idx=i, start=0, end=len(joined), text=joined)
            classify(probe, m)
            if probe.kind == "prose":
                for ln in lines[i : j + 1]:
                    ln.kind, ln.prose, ln.heading_like, ln.name_like = "prose", True, False, False
        i = j + 1


def analyse(text: str, m: Markers) -> list[Line]:
    """Split ``text`` into lines and compute every line's features and local type."""
    lines = split_lines(text)
    counts: Counter[str] = Counter(ln.text for ln in lines if ln.text)
    fill = _cache.fill
    for ln in lines:
        if ln.text:
            fill(ln, m)
            if ln.kind == "source" and ln.outlet is None and _SOURCE_LABEL.match(ln.text):
                ln.outlet = _source_outlet(ln.text)  # "Source : Orient Info, 18 février"
            ln.repeats = counts[ln.text]
    width = wrap_width(lines)
    if width is not None:
        _unwrap(lines, width, m)
    else:
        width = _cut_width(lines)
        if width is not None:
            _unwrap(lines, width, m, cut=True)
    _glued_appeals(lines, m)
    return lines


def _glued_appeals(lines: list[Line], m: Markers) -> None:
    """A short paragraph naming support right above or below payment details, with no blank
    line between ("Support independent journalism. The X takes no money…" over "PayPal: …"),
    is that appeal's text: the site speaks, not the article."""
    for i, ln in enumerate(lines):
        if ln.kind != "prose" or len(ln.text) > 300 or _QUOTE_MARKS.search(ln.text):
            continue
        near = [lines[j] for j in (i - 1, i + 1) if 0 <= j < len(lines)]
        if any(n.kind == "donate" for n in near) and m.donate_any.search(ln.text):
            ln.kind = "donate"
