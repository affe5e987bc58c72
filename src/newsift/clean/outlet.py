"""The site's own name, read from its chrome: masthead, copyright line, "Support X".

Why: a plain-text dump has no metadata, yet nearly every page names its site twice, in the
masthead above the menu and in the copyright line of the footer. The masthead is often in
capitals ("THE LEVANT LEDGER") and the footer gives the spelling ("© 2018 The Levant Ledger"),
or the footer abbreviates ("© 2017 SDD") and the masthead spells it out: both are read and
reconciled. Lines are those of :mod:`newsift.clean.lines`, labels those of the segmenter.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsift.clean.lexicon import Markers
from newsift.clean.lines import Line

_MARK = re.compile(r"©|\(c\)|\bcopyright\b", re.I)
_YEAR_RANGE = re.compile(r"(?<!\d)(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d)?(?!\d)")
_PARTS = re.compile(r"\s+[|–—·•]\s+|\s+-\s+|\s{2,}|\t|(?<=[^\W\d_]{2})[.;]\s+|\s*\|\s*")
_NAME_OK = re.compile(r"[«“\"'‘]?(?:[^\W\d_]|\d(?=\w*[^\W\d_]))")
_QUOTES = " «»“”\"'‘’.,:;!?|–—-·•"
_TLD = re.compile(
    r"\.(?:com|net|org|info|fr|ru|ua|uk|de|es|it|tr|ir|sy|iq|lb|ae|news|media|tv)$", re.I
)
_PARTICLES = frozenset(
    {"de", "du", "des", "la", "le", "les", "of", "the", "and", "et", "d", "l", "al", "el"}
    | {"sur", "en", "au", "aux", "pour", "on", "in", "for"}  # "Regard sur l'Orient"
)
_ELISION = re.compile(r"^[dlDL]['’](?=\w)")
_INITIALS_AFTER = re.compile(r"\s+\([A-ZÀ-ÖØ-Þ]{2,8}\)\s*\Z")
HEAD_KINDS = frozenset({"name", "user", "heading", "short"})
_INITIAL_END = re.compile(r"(?:^|\s)[A-ZÀ-ÖØ-ÞА-ЯЁ]\.$")
_APOS = re.compile(r"['’]")
_VOWEL = re.compile(r"[AEIOUYÀ-ÆÈ-ÏÒ-ÖØ-Ý]", re.I)


def _clean_name(text: str) -> str | None:
    """A site name from a fragment of chrome, or None when it does not look like one:
    at most six words, most of them capitalised ("Independent news from Libya" is a tagline).
    """
    name = " ".join(text.split()).strip(_QUOTES)
    if _INITIAL_END.search(text.strip()):
        name += "."  # "Le blog de Jean-Marc D.": the initial keeps its full stop
    words = name.split()
    if not name or len(name) > 50 or len(words) > 6 or "@" in name or "://" in name:
        return None
    if not _NAME_OK.match(name) or name.lower() in ("all", "the", "le", "la"):
        return None
    content = [
        _ELISION.sub("", w) for w in words if w.lower().strip(_QUOTES) not in _PARTICLES
    ]  # "l'Orient" is cased as "Orient"
    cased = [w for w in content if w.lower() != w.upper()]
    if cased and sum(1 for w in cased if not w.strip(_QUOTES)[:1].islower()) < len(cased) / 2:
        return None
    return name


def copyright_name(text: str, rights: re.Pattern[str]) -> str | None:
    """ "© 2018 Sana'a Monitor. All rights reserved." -> "Sana'a Monitor"."""
    mark = _MARK.search(text)
    rm = rights.search(text)
    if mark is None and rm is None:
        return None
    stripped = rights.sub(" | ", text)
    parts = [p for p in _PARTS.split(stripped) if p and p.strip(_QUOTES)]
    if not parts:
        return None
    # the fragment holding the © sign, else the one just before "all rights reserved"
    pick = next((i for i, p in enumerate(parts) if _MARK.search(p)), None)
    order = [pick, 0, pick - 1, pick + 1] if pick is not None else [0]
    for i in order:
        if not 0 <= i < len(parts):
            continue
        frag = _YEAR_RANGE.sub(" ", _MARK.sub(" ", parts[i]))
        name = _clean_name(frag)
        if name:
            return name
    return None


def _menu_logo(text: str, nav_words: frozenset[str] | set[str]) -> str | None:
    """The site's name in capitals inside a top bar of icons and menu words, set off by wide
    spaces ("≡ Menu      ORIENT SOUVERAIN      🔍"), cased as a title."""
    for part in re.split(r"\s{3,}", text.strip()):
        words = part.split()
        if (
            2 <= len(words) <= 4
            and part.isupper()
            and all(w.isalpha() for w in words)
            and not any(w.lower() in nav_words for w in words)
            and part.lower() not in nav_words
        ):
            return _title_case(part)
    return None


def _lead_logo(text: str, nav_words: frozenset[str] | set[str]) -> str | None:
    """The site's name in capitals opening a bar of links after a dash or a bar ("ROJ INFO
    KURDISTAN — Agence de nouvelles | Kurdî | English | Français"): the name as written."""
    parts = re.split(r"\s+[|–—·•]\s+", text.strip())
    first = parts[0].strip()
    words = first.split()
    if (
        len(parts) >= 3
        and 1 <= len(words) <= 4
        and first.isupper()
        and all(w.isalpha() for w in words)
        and not any(w.lower() in nav_words for w in words)
    ):
        return first
    return None


def _masthead(
    lines: Sequence[Line], labels: Sequence[str], nav_words: frozenset[str] | set[str] = frozenset()
) -> str | None:
    """The site name heading the page: the first chrome line, or the one after a top menu."""
    seen = 0
    for ln, lab in zip(lines, labels, strict=True):
        if not ln.text:
            continue
        if lab != "boilerplate":
            return None  # the page opens with its article: no masthead
        seen += 1
        if seen > 2:
            return None
        if seen == 1 and (ln.kind == "boiler" or (ln.kind == "prose" and ln.text[-1] in ".!")):
            # a newsletter's preheader ("Si ce message ne s'affiche pas correctement,
            # consultez-le dans votre navigateur.", "View this email in your browser") over
            # its masthead
            seen = 0
            continue
        logo = ln.text.isupper() and len(ln.text.split()) <= 4 and not _PARTS.search(ln.text)
        if ln.kind == "nav" and seen == 1 and not logo:
            inline = _menu_logo(ln.text, nav_words) or _lead_logo(ln.text, nav_words)
            if inline:
                return inline  # "≡ Menu      ORIENT SOUVERAIN      🔍": the logo in the bar
            continue  # "Log in  Subscribe  Evening edition" above the site's name
        if ln.kind not in HEAD_KINDS and not logo:
            return None  # (a logo in capitals may be made of menu words: "IRAK ACTUALITÉS")
        if ln.text[-1] in ".!?:;," and not _INITIAL_END.search(ln.text):
            return None
        parts = re.split(r"\s+[|–—·•]\s+|\s{2,}", ln.text)
        first = _same_script(parts, " ".join(x.text for x in lines[:80]))
        # "CENTRE D'ÉTUDES DU CROISSANT FERTILE (CECF)": the name without its initials
        first = _INITIALS_AFTER.sub("", first) or first
        if any(c.isdigit() for c in first):
            return None
        return _clean_name(first)
    return None


def _latin(s: str) -> float:
    """Share of the letters of ``s`` that are Latin."""
    letters = [c for c in s if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if c < "\u0250") / len(letters)


def _same_script(parts: list[str], text: str) -> str:
    """The part of a bilingual masthead written in the page's script ("الرافدين نيوز |
    Rafidain News" on a French page: "Rafidain News")."""
    page = _latin(text[:4000]) >= 0.5
    for p in parts:
        if p.strip() and (_latin(p) >= 0.5) == page:
            return p
    return parts[0]


def _acronym(name: str, line: str) -> bool:
    """ "APN" over "Agence de Presse Nouvelle": a masthead's capitals spelt out beside it."""
    if not (name.isupper() and name.isalpha() and 2 <= len(name) <= 6):
        return False
    for p in re.split(r"\s+[|–—·•:]\s+|\s{2,}", line):
        initials = "".join(w[0] for w in p.split() if w[:1].isupper())
        if p.strip() != name and initials.upper() == name.upper():
            return True
    return False


def _case_from_text(name: str, text: str) -> str | None:
    """The same name written in mixed case elsewhere on the page ("Orient-Info")."""
    for cand in (name, _TLD.sub("", name)):
        if len(cand) < 3:
            continue
        pattern = _APOS.sub("['’]", re.escape(cand).replace("’", "'"))
        for m in re.finditer(rf"(?<!\w){pattern}(?!\w)", text, re.I):
            found = m.group()
            if found != found.upper() and found != found.lower():
                return found
    return None


def _cased_like_text(name: str, text: str) -> str:
    """A title-cased name whose later words the page writes in lower case after the word
    before them ("La Lettre de l'Orient Kurde", the footer's "Orient kurde Info": "kurde")."""
    words = name.split()
    for i in range(1, len(words)):
        prev = _ELISION.sub("", words[i - 1])
        low = words[i].lower()
        if low == words[i] or low in _PARTICLES or prev.lower() in _PARTICLES:
            continue  # only a capitalised word before it shows the case ("Orient kurde")
        if not prev[:1].isupper():
            continue
        if f"{prev} {low}" in text and f"{prev} {words[i]}" not in text:
            words[i] = low
    return " ".join(words)


def _title_case(name: str) -> str:
    """ "SANA'A MONITOR" -> "Sana'a Monitor", "PROCHE-ORIENT HEBDO" -> "Proche-Orient Hebdo"."""
    words = []
    for i, w in enumerate(name.split()):
        low = w.lower()
        if i and low in _PARTICLES:
            words.append(low)
        elif w.isalnum() and len(w) <= 4 and not _VOWEL.search(w) and not w.isdigit():
            words.append(w)  # "FRONTLINE TV", "NEWS BFM": an acronym stays in capitals
        else:
            parts = []
            for p in w.split("-"):
                # "L'EUPHRATE" -> "l'Euphrate": the elided article stays small
                el = _APOS.search(p)
                if el and 0 < el.start() <= 2:
                    head, tail = p[: el.end()], p[el.end() :]
                    head = head.lower() if i else head[:1] + head[1:].lower()
                    parts.append(head + tail.title())
                else:
                    parts.append(p[:1].upper() + p[1:].lower())
            words.append("-".join(parts))
    return " ".join(words)


def _norm(name: str) -> str:
    low = _TLD.sub("", name.lower())
    low = re.sub(r"^(?:the|le|la|les|l['’])\s*", "", low)
    return re.sub(r"[\W_]+", "", low)


def site_name(lines: Sequence[Line], labels: Sequence[str], text: str, m: Markers) -> str | None:
    """The site's own name from its chrome (labels: the segmenter's per-line kinds)."""
    footer: str | None = None
    support: str | None = None
    for ln, lab in zip(lines, labels, strict=True):
        if lab != "boilerplate" or not ln.text:
            continue
        if support is None and ln.site:
            support = ln.site
        if (ln.kind in ("boiler", "nav", "heading", "short", "end") and footer is None) or (
            _MARK.search(ln.text)
        ):
            name = copyright_name(ln.text, m.rights)
            if name:
                footer = name
    head = _masthead(lines, labels, m.nav_words)
    top = next((ln.text for ln in lines if ln.text), "")
    if head and _acronym(head, top):
        return head  # an agency's acronym stays in capitals
    if head and head == head.upper() and head != head.lower():
        # capitals: the footer or the text may spell it
        if footer and _norm(footer) == _norm(head):
            return footer
        if footer and footer != footer.upper() and footer.split()[0] == head.split()[0]:
            return head  # "© 2015 ROJNEWS Agence": the brand is written in capitals
        return _case_from_text(head, text) or _cased_like_text(_title_case(head), text)
    if head:
        return head
    return footer or support
