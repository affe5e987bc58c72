"""What can be a headline, and page chrome shaped like one.

A headline is a heading-like line that is not the site's masthead or tagline, an account's
name over its audience line, an author over a date, a logo in capitals or a widget line
("S'abonner · Message", "12,4k abonnés": cues in ``data/clean/title_chrome.toml``); a post's
headline may be shouted in capitals behind a pictograph.
"""

from __future__ import annotations

import re

from newsift.clean.lexicon import line_match
from newsift.clean.lines import sentence_end
from newsift.clean.segment_model import QUOTE_LABEL, SEPARATOR, PassBase

_WIDGET_FIELD = re.compile(r"\s+[·|•—–]\s+|\s{2,}")
_WIDGET_KINDS = ("field_control", "field_count", "field_issue")


def widget_line(text: str) -> bool:
    """A line of page chrome shaped like a headline (short, capitalised, no stop): a field of
    it is an interface control, an audience count or an issue number, or it opens as a content
    warning, a list's navigation or a curation credit (cues: data/clean/title_chrome.toml)."""
    if not text or len(text) > 160:
        return False
    if line_match("title_chrome.toml", "start", text) or line_match(
        "title_chrome.toml", "anywhere", text
    ):
        return True
    return _widget_fields(text, _WIDGET_KINDS)


def audience_line(text: str) -> bool:
    """A line of an account's interface: its buttons or its audience ("18,4 k abonnés",
    "S'abonner · Message"), as under a channel's or a page's name."""
    return bool(text) and len(text) <= 160 and _widget_fields(text, _WIDGET_KINDS[:2])


def _widget_fields(text: str, kinds: tuple[str, ...]) -> bool:
    fields = [f.strip(" ·|•—–") for f in _WIDGET_FIELD.split(text)]
    return any(line_match("title_chrome.toml", kind, f) for f in fields if f for kind in kinds)


_PICTO = re.compile(r"[^\w«“\"'‘(\[]+")
_CAPS_WORD = re.compile(r"[^\W\d_]{2,}")


def shouted_headline(text: str) -> bool:
    """A post's headline written in capitals, often behind a pictograph ("🔴 KIRKOUK : CE
    QUI S'EST PASSÉ", "🔥 KOBANÊ EST LIBRE ! 134 jours…"): the line classes read it as a
    short line or a paragraph, yet it stands over the post's text as its title."""
    if len(text) > 180 or widget_line(text) or sentence_end(text) in ".,;:…":
        return False
    core = _PICTO.sub(" ", text).split()
    if not 3 <= len(core) <= 25:
        return False
    opening = [w for w in core[:4] if _CAPS_WORD.search(w)][:3]
    return len(opening) >= 2 and all(w.isupper() for w in opening)


class Headlines(PassBase):
    """Headline tests over the page's lines."""

    def masthead_block(self) -> set[int]:
        """Lines of the page's first block when it holds a menu: site name, tagline, menu."""
        if not self.nonempty:
            return set()
        block: list[int] = []
        i = self.nonempty[0]
        # a page dumped without blank lines is one block: its masthead ends at the first
        # paragraph or dateline (the footer's menu is no part of it)
        while i < self.n and self.lines[i].text and self.lines[i].kind not in ("prose", "date"):
            block.append(i)
            i += 1
        last_nav = max((j for j in block if self.lines[j].kind == "nav"), default=None)
        return set() if last_nav is None else {j for j in block if j < last_nav}

    def title_candidate(self, i: int, echoed: bool = False) -> bool:
        """A line that can be a headline; ``echoed``: even one said three times or more when
        this is its first occurrence (a forum under the story repeats its title over every
        reply: "Titre", "> Titre"), which only an opener's date or byline under it confirms."""
        ln = self.lines[i]
        if not ln.heading_like or ln.text in self.usernames:
            return False
        if widget_line(ln.text):
            return False  # "S'abonner · Message", "12,4k abonnés", "CW : …": page chrome
        if i in self.masthead or (
            i + 1 < self.n
            and self.lines[i + 1].kind == "nav"
            and not self._dated(i + 1)
            and not widget_line(self.lines[i + 1].text)
        ):
            return False  # a site tagline over the menu (not over a dated line or counters)
        if self.account_name(i):
            return False
        if ln.text.isupper() and ln.words <= 4:
            return False  # a logo / site name in capitals
        if (
            ln.kind == "name"
            and ln.words <= 3
            and i + 1 < self.n
            and (self.lines[i + 1].kind in ("date", "byline") or self._dated(i + 1))
        ):
            return False  # "Hervé Jadis" over "13 décembre 2016": the author, not a title
        if self.sites and ln.words <= 8:
            low = ln.text.lower()
            if any(site in low for site in self.sites):
                return False  # "Help Frontline Digest stay online"
        if ln.kind not in ("heading", "name", "user", "prose"):
            return False
        if ln.text[-1] in ".,;:":
            return False
        if ln.repeats <= 2:
            return True
        return echoed and not any(self.lines[j].text == ln.text for j in range(i))

    def account_name(self, i: int) -> bool:
        """A short name over a widget line ("Regard TV" over "18,4 k abonnés"): the account
        or channel that posted, neither a headline nor the article's signature."""
        return (
            self.lines[i].words <= 5
            and i + 1 < self.n
            and audience_line(self.lines[i + 1].text)
            and not self._dated(i + 1)  # a dateline with a comment count: a headline above
        )

    def set_apart(self, i: int) -> bool:
        """A headline stands apart: a blank line or the page's chrome (a menu) above it."""
        if self.blank_before(i) or self.lines[i - 1].kind in ("nav", "boiler", "share"):
            return True
        if SEPARATOR.fullmatch(self.lines[i - 1].text):
            return True  # a rule over it ("━━━━", "* * *")
        if self.lines[i - 1].kind == "short" and QUOTE_LABEL.fullmatch(self.lines[i - 1].text):
            return True  # "Citation :", "Quote:" over a dispatch a forum post quotes
        if (
            self.lines[i - 1].kind == "prose"
            and self.lines[i - 1].text.endswith(":")
            and len(self.lines[i - 1].text) <= 200
        ):
            return True  # "Je vous colle la dépêche :" introducing the dispatch under it
        # a rubric in capitals over it ("SYRIEN", "PROCHE-ORIENT", "DÉPÊCHE 2") or a labelled
        # one ("Rubrique : Front nord"), itself set apart by a blank line or a rule; "DANS LA
        # MÊME CATÉGORIE" over a post shown whole is such a label too
        above = self.lines[i - 1]
        rubric = (above.text.isupper() and above.words <= 5) or (
            above.kind == "tags" and above.words <= 6 and ":" in above.text
        )
        return rubric and (self.blank_before(i - 1) or (i >= 2 and self.rule(i - 2)))

    def headline_kind(self, i: int) -> bool:
        """Not a paragraph; or a headline asking a question ("Dabiq est tombée : la fin du
        mythe de Daech ?"), which reads as a sentence but stands alone over its date line."""
        ln = self.lines[i]
        if ln.kind != "prose":
            return True
        if not (ln.heading_like and ln.text.endswith("?") and len(ln.text) <= 150):
            return False
        nxt = self.following(i, 1)
        return bool(nxt) and self.lines[nxt[0]].kind in ("date", "byline")

    def section_header(self, i: int) -> bool:
        """A short line in capitals with no sentence in it ("THE BORDER FRONT", "EN BREF")."""
        ln = self.lines[i]
        return (
            ln.text.isupper()
            and ln.words <= 5
            and ln.kind in ("name", "heading", "short", "user", "boiler")
            and ln.text[-1] not in ".!?"
        )

    def shouted_title(self, i: int) -> bool:
        """A headline in capitals (``shouted_headline``) standing right over prose."""
        ln = self.lines[i]
        if ln.kind not in ("prose", "short", "heading", "user", "name") or ln.repeats > 2:
            return False
        nxt = self.following(i, 1)
        return bool(nxt) and self.lines[nxt[0]].kind == "prose" and shouted_headline(ln.text)
