"""Date expression rules: regexes built from a language's lexicon, each yielding a :class:`Spec`.

A :class:`Spec` says what an expression means *before* anchoring ("November 3, year unknown",
"yesterday", "three years"); :mod:`newsift.time.resolve` turns specs into ISO values. Keeping
the two apart lets the publication date be inferred from the same specs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from newsift.time.lexicon import Lexicon, alt, alt_as_written, load_lexicon, norm

# Arabic-Indic and Persian digits read as ASCII (one char for one char: offsets are kept).
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


@dataclass(slots=True)
class Spec:
    """What a date expression says, before it is anchored."""

    kind: str  # date|weekday|relday|chain|ago|in|relunit|chainunit|duration|ref|season|
    #            quarter|decade|range|list
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # Monday = 0
    offset: int = 0
    unit: str | None = None
    n: int | None = None
    mod: str | None = None  # START|MID|END (part of a period), LESS_THAN|MORE_THAN|APPROX
    tod: str | None = None  # MO|AF|EV|NI: a part of the day makes a TimeML TIME
    code: str | None = None  # PRESENT_REF..., season code SP|SU|FA|WI
    direction: str | None = None  # last|next|this (for weekday, month, season, unit)
    parts: list[Cand] = field(default_factory=list)  # members of a range or list
    timex_type: str = "DATE"


@dataclass(slots=True)
class Cand:
    """A candidate expression: a span of the text and what it says."""

    start: int
    end: int
    spec: Spec
    rule: str
    priority: int = 0


Handler = Callable[[re.Match[str], str], Spec | None]


@dataclass(slots=True)
class Rule:
    name: str
    regex: re.Pattern[str]
    handler: Handler
    priority: int = 0
    group: str | None = None  # named group giving the span (default: the whole match)


_D = r"(?:3[01]|[12]\d|0?[1-9])"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_DASH = r"\s*[-–—]\s*"


class Grammar:
    """All rules of one language, compiled once per process."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        m = lex.meta
        cap = bool(m.get("capitalized"))
        clit = m.get("clitics")
        self.lb = rf"(?:(?<!\w)|(?<=(?<!\w){clit}))" if clit else r"(?<!\w)"
        lb = self.lb
        W = lex.words  # noqa: N806

        def words(table: str, key: str) -> str:
            return alt(W(table, key))

        months = alt([w for ws in m.get("months", []) for w in ws], capitalized=cap)
        months_plain = alt([w for ws in m.get("months", []) for w in ws], capitalized=cap)
        weekdays = alt([w for ws in m.get("weekdays", []) for w in ws], capitalized=cap)
        ordsfx = m.get("ordinal_suffix") or ""
        ords = f"(?:{ordsfx})?" if ordsfx else ""
        ysfx = m.get("year_suffix") or ""
        ys = f"(?P<ysfx>{ysfx})?" if ysfx else ""
        dm = m.get("day_month_sep") or []
        my = m.get("month_year_sep") or []
        dm_sep = rf"(?:\s+{alt(dm)}\s+|\s+)" if dm else r"\s+"
        my_sep = rf"(?:\s*,\s*|\s+{alt(my)}\s+|\s+)" if my else r"(?:\s*,\s*|\s+)"
        dpre = m.get("day_prefix") or []
        day_pre = rf"(?:{alt(dpre)}\s+)?" if dpre else ""
        wpre = m.get("weekday_prefix") or []
        wd_pre = rf"(?:{alt(wpre)}\s+)?" if wpre else ""
        mpre = m.get("month_prefix") or []
        mon_pre = rf"(?:{alt(mpre)}\s*)?" if mpre else ""
        # a second month name after a slash or in brackets (Arabic: "تشرين الثاني/نوفمبر")
        mon2 = rf"(?:\s*/\s*{months_plain}|\s*\(\s*{months_plain}\s*\))?"
        parts = alt(list(lex.month_parts))
        sep = r"(?:(?<=[-'’])\s*|\s+)"  # after "mi-" or "d'" no space is needed
        lastw, nextw, thisw = (
            words("modifiers", "last"),
            words("modifiers", "next"),
            words("modifiers", "this"),
        )
        lastp, nextp, thisp = (
            words("modifiers", "last_post"),
            words("modifiers", "next_post"),
            words("modifiers", "this_post"),
        )
        dets = W("modifiers", "determiners")
        det = rf"(?:{alt(dets)}{sep})?" if dets else ""
        det_mod = det if m.get("det_before_mod") else ""
        usfx = m.get("unit_suffix")
        unit_sfx = f"(?P<usfx>{usfx})?" if usfx else ""
        tod = alt(list(lex.times_of_day))
        nums = alt(list(lex.numbers))
        # "trente-quatre ans plus tard", "twenty-five years later": a ten and a unit word
        tens = [w for w, v in lex.numbers.items() if v in range(20, 100, 10)]
        ones = [w for w, v in lex.numbers.items() if 1 <= v <= 9 and " " not in w]
        if tens and ones:
            nums = rf"(?:{alt(tens)})[-\s]+(?:(?:et|and)[-\s]+)?(?:{alt(ones)})\b|{nums}"

        def numr(g: str) -> str:
            core = rf"(?P<{g}>(?<![\d.,])\d{{1,3}}|{nums})"
            return rf"(?:{core}\s+)?" if m.get("number_optional") else core + r"[\s-]+"

        num, num2 = numr("n"), numr("n2")
        units = alt(list(lex.units) + list(lex.units_dual))
        big_units = alt(
            [w for w, u in lex.units.items() if u in ("week", "weekend", "month", "year")]
        )
        from_w, to_w, and_w = (
            words("ranges", "from"),
            words("ranges", "to"),
            words("ranges", "list_and"),
        )
        day = rf"(?<![\w.,:/+-])(?P<d>{_D}){ords}(?![\w:]|[.,/]\d)"
        day1 = day.replace("(?P<d>", "(?P<d1>")
        day2 = day.replace("(?P<d>", "(?P<d2>").replace(r"(?<![\w.,:/+-])", r"(?<![\w.,:/+])")
        year = rf"(?<![\w.,/-])(?P<y>{_YEAR})(?![\w%]|[.,/:-]\d){ys}"
        wd_opt = rf"(?:{wd_pre}(?P<wd>{weekdays})\s*,?\s+{day_pre})?"
        mon = rf"{mon_pre}(?P<m>{months}){mon2}"

        r: list[Rule] = []

        def add(
            name: str, pattern: str, handler: Handler, prio: int = 0, group: str | None = None
        ) -> None:
            r.append(Rule(name, re.compile(pattern, re.IGNORECASE), handler, prio, group))

        pats = m.get("patterns", ["dmy"])
        # --- absolute dates --------------------------------------------------------------
        add(
            "iso",
            r"(?<![\w./-])(?P<y>\d{4})(?P<s>[-/])(?P<m>\d\d)(?P=s)(?P<d>\d\d)(?![\w/]|[-.]\d)",
            self._iso,
            5,
        )
        add(
            "numeric",
            r"(?<![\w.,/:+-])(?P<a>\d{1,2})(?P<s>[/.-])(?P<b>\d{1,2})(?P=s)(?P<y>\d{4}|\d{2})(?!\w|[.,/:-]\d)",
            self._numeric,
            4,
        )
        if "dmy" in pats:
            add(
                "dmy",
                rf"{lb}{wd_opt}{day}{dm_sep}{mon}(?:{my_sep}{year}|\s+(?P<post>{lastp}|{nextp}))?",
                self._date,
                3,
            )
        if "mdy" in pats:
            add(
                "mdy",
                rf"{lb}{wd_opt}{mon}\s*,?\s+(?:the\s+)?{day}(?:\s*,\s*|\s+){year}",
                self._date,
                3,
            )
            add("md", rf"{lb}{wd_opt}{mon}\s*,?\s+(?:the\s+)?{day}(?!\s*,?\s*\d)", self._date, 3)
        add(
            "month_year",
            rf"{lb}(?:{det}(?P<part>{parts}){sep})?{mon}{my_sep}{year}",
            self._date,
            2,
        )
        add(
            "month",
            rf"{lb}(?:{det}(?P<part>{parts}){sep}|(?P<dir>{lastw}|{nextw}|{thisw})\s+)?{mon}(?:\s+(?P<post>{lastp}|{nextp}|{thisp}))?",
            self._month,
            1,
        )
        # --- a month of a year told relative to now: "May last year", "en mai l'an dernier",
        # "le 5 mai de l'année dernière": ONE date in that year (not this year's May + a year)
        of_w = alt(W("modifiers", "part_of"))
        rel_year = (
            rf"(?:{det_mod}(?P<dir>{lastw}|{nextw}|{thisw})\s+(?P<u>{big_units}){unit_sfx}"
            rf"|{det}(?P<u2>{big_units}){unit_sfx.replace('usfx', 'usfx2')}\s+"
            rf"(?P<post>{lastp}|{nextp}|{thisp}))"
        )
        add(
            "month_relyear",
            rf"{lb}(?:{day}{dm_sep})?{mon}(?:\s*,)?(?:\s+{of_w})?{sep}{rel_year}(?!\w)",
            self._month_relyear,
            4,
        )
        if "mdy" in pats:
            add(
                "md_relyear",
                rf"{lb}{mon}\s+(?:the\s+)?{day}(?:\s*,)?(?:\s+{of_w})?\s+{rel_year}(?!\w)",
                self._month_relyear,
                4,
            )
        # --- named days: "Christmas Day", "le jour de l'An", "Eid al-Fitr" (+ a year) ---------
        if lex.holiday_words:
            hol = alt_as_written(lex.holiday_words) if cap else alt(lex.holiday_words)
            add("holiday", rf"{lb}(?P<hol>{hol})(?:{my_sep}{year})?", self._holiday, 3)
        year_part = rf"(?:{lb}(?P<part>{parts}){sep}|(?<![\w.,/-]))"
        add("year", rf"{year_part}(?P<y>{_YEAR})(?![\w%]|[.,/:-]\d){ys}", self._year, 1)
        for i, pat in enumerate(lex.raw.get("years", {}).get("decade_patterns", [])):
            add(f"decade{i}", rf"{lb}{pat}", self._decade, 2)
        add(
            "year_range",
            rf"(?<![\w.,/-])(?P<y1>{_YEAR}){_DASH}(?P<y2>{_YEAR}|\d\d)(?![\w%]|[.,/:-]\d)",
            self._year_range,
            3,
        )
        # --- ranges and lists of days inside one month -------------------------------------
        to_or_dash = rf"(?P<conn>\s+{to_w}\s+{day_pre}|{_DASH})"
        add(
            "day_range",
            rf"{lb}(?:(?P<fr>{from_w})\s+{day_pre})?{day1}{to_or_dash}{day2}{dm_sep}{mon}(?:{my_sep}{year})?",
            self._day_range,
            6,
        )
        if "mdy" in pats:
            add(
                "mday_range",
                rf"{lb}(?:(?P<fr>{from_w})\s+)?{mon}\s+{day1}{to_or_dash}(?:{months}\s+)?{day2}(?:\s*,\s*{year})?",
                self._day_range,
                6,
            )
        dlist = rf"(?P<days>{_D}{ords}(?:\s*,\s*{_D}{ords})*\s*,?\s+{and_w}\s+{_D}{ords})"
        add(
            "day_list",
            rf"{lb}(?<![\w.,/-]){dlist}(?![\w:]|[.,/]\d){dm_sep}{mon}(?:{my_sep}{year})?",
            self._day_list,
            6,
        )
        if "mdy" in pats:
            add(
                "mday_list",
                rf"{lb}{mon}\s+{dlist}(?![\w:]|[.,/]\d)(?:\s*,\s*{year})?",
                self._day_list,
                6,
            )
        # --- a night across two days: "la nuit du 6 au 7 avril", "the night of Saturday to
        # Sunday", "Saturday night into Sunday": both days, one span (not the second day alone)
        nights, n_of, n_to = (
            words("nights", "words"),
            words("nights", "of"),
            words("nights", "to"),
        )
        if W("nights", "words"):
            art = r"(?:the\s+)?" if "mdy" in pats else ""
            nd1, nd2 = day1, day2
            n_mon = rf"(?:{dm_sep}{mon}(?:{my_sep}{year})?)?"
            n_wd1 = rf"(?:{alt(W('nights', 'weekday_pre'))}\s+)?(?P<wd1>{weekdays})"
            n_wd2 = rf"(?:{alt(W('nights', 'weekday_pre'))}\s+)?(?P<wd2>{weekdays})"
            add(
                "night_days",
                rf"{lb}(?P<nw>{nights})\s+(?:{n_of}\s+)?{art}{nd1}\s+{n_to}\s+{art}{nd2}{n_mon}",
                self._night,
                7,
            )
            if "mdy" in pats:
                add(
                    "night_mdays",
                    rf"{lb}(?P<nw>{nights})\s+(?:{n_of}\s+)?{mon}\s+{nd1}\s+{n_to}\s+{nd2}"
                    rf"(?:\s*,\s*{year})?",
                    self._night,
                    7,
                )
            add(
                "night_weekdays",
                rf"{lb}(?:(?P<nw>{nights})\s+(?:{n_of}\s+)?{n_wd1}|{n_wd1.replace('wd1', 'wx1')}"
                rf"\s+(?P<nw2>{nights}))\s+{n_to}\s+{n_wd2}",
                self._night,
                7,
            )
        # --- a day of the month told alone: "Le 5, l'armée ...", "le 3 courant", "on the 5th,"
        # (the month of the date told before it, or the current one; resolve.py)
        dom_lead, dom_cur = W("day_of_month", "lead"), W("day_of_month", "current")
        if dom_lead:
            dom_tail = alt(W("day_of_month", "tail")) if W("day_of_month", "tail") else None
            ends = r"\s*[,;:)]|\.(?:\s|$)" + (rf"|\s+(?:{dom_tail})(?!\w)" if dom_tail else "")
            cur = rf"(?:\s+(?P<cur>{alt(dom_cur)}))?" if dom_cur else ""
            dsfx = m.get("day_of_month_suffix")
            dom_day = rf"(?P<d>{_D})" + (rf"(?:{dsfx})" if dsfx else ords)
            add(
                "day_of_month",
                rf"{lb}(?:{alt(dom_lead)})\s+{dom_day}{cur}(?=(?:{ends})|(?(cur)\W|(?!)))",
                self._day_of_month,
                1,
            )
        # --- weekdays and relative days ----------------------------------------------------
        add(
            "weekday",
            rf"{lb}(?:(?P<dir>{lastw}|{nextw}|{thisw})\s+)?{wd_pre}(?P<wd>{weekdays})(?:\s+(?P<post>{lastp}|{nextp}))?(?:\s*,?\s+(?P<tod>{tod}))?",
            self._weekday,
            1,
        )
        add(
            "relday",
            rf"{lb}(?P<rd>{alt(list(lex.relative_days))})(?:\s*,?\s+(?P<tod>{tod}))?",
            self._relday,
            2,
        )
        add("todphrase", rf"{lb}(?P<tp>{alt(list(lex.tod_phrases))})", self._todphrase, 2)
        add("chain", rf"{lb}(?P<ch>{alt(list(lex.chain_days))})", self._chain, 3)
        ago_pre, ago_post = words("relative", "ago_pre"), words("relative", "ago_post")
        add(
            "ago",
            rf"{lb}(?:{ago_pre}\s+{num}(?P<u>{units})(?!\s*\d)|{num2}(?P<u2>{units})\s+{ago_post})",
            self._ago,
            4,
        )
        add("in", rf"{lb}{words('relative', 'in_pre')}\s+{num}(?P<u>{units})", self._in, 3)
        later, earlier = words("relative", "later_post"), words("relative", "earlier_post")
        add(
            "later",
            rf"{lb}(?:{num}(?P<u>{units})\s+(?P<lp>{later}|{earlier})|(?P<lp2>{later}|{earlier})\s+{num2}(?P<u2>{units}))",
            self._later,
            4,
        )
        # --- periods relative to the anchor: last week, cette année, earlier this month ------
        el = alt(W("modifiers", "earlier") + W("modifiers", "later"))
        add(
            "relunit",
            rf"{lb}{det_mod}(?:(?P<el>{el})\s+)?(?P<dir>{lastw}|{nextw}|{thisw})\s+(?P<u>{big_units}){unit_sfx}",
            self._relunit,
            2,
        )
        add(
            "relunit_post",
            rf"{lb}{det}(?P<u>{big_units}){unit_sfx}\s+(?P<post>{lastp}|{nextp}|{thisp})",
            self._relunit,
            2,
        )
        of = alt(W("modifiers", "part_of"))
        add(
            "part_unit",
            rf"{lb}{det}(?P<part>{parts})(?:\s+{of})?{sep}{det}(?P<u>{big_units})(?!\s*\d)",
            self._part_unit,
            2,
        )
        if W("modifiers", "that"):  # "later that year", "la même année": the previous date's
            add(
                "that_unit",
                rf"{lb}(?:(?P<el>{el})\s+)?(?P<that>{words('modifiers', 'that')})\s+"
                rf"(?P<u>{big_units})(?!\s*\d)",
                self._that_unit,
                2,
            )
        cn, cp = words("modifiers", "chain_next"), words("modifiers", "chain_prev")
        cnp, cpp = words("modifiers", "chain_next_post"), words("modifiers", "chain_prev_post")
        add(
            "chainunit",
            rf"{lb}(?:(?P<cpre>{cn}|{cp})\s+(?P<u>{units})|{det}(?P<u2>{units})\s+(?P<cpost>{cnp}|{cpp}))",
            self._chainunit,
            3,
        )
        # --- durations ---------------------------------------------------------------------
        approx = alt(W("durations", "approx"))
        dpost = alt(W("durations", "post"))
        dpre = alt(W("durations", "pre"))
        add(
            "duration",
            rf"{lb}(?:(?P<ap>{approx}){sep})?{num}(?P<u>{units})(?:(?:\s+|-)(?P<long>{dpost}))?(?!\s*\d)",
            self._duration,
            1,
        )
        add(
            "duration_the",
            rf"{lb}(?P<pre>{dpre})\s+(?P<u>{units})(?!\s+(?:ago|\d))",
            self._duration_unit,
            1,
        )
        # --- references, seasons, quarters -------------------------------------------------
        add("ref", rf"{lb}(?P<ref>{alt(list(lex.refs))})", self._ref, 0)
        # "in the past 24 hours": a reference word opening a period is not a reference
        self._unit_after = re.compile(rf"\s*(?:{nums}|\d+)?[\s-]*(?:{units})(?!\w)", re.I)
        seasons = alt(list(lex.seasons))
        add(
            "season",
            rf"{lb}(?:(?P<dir>{lastw}|{nextw}|{thisw})\s+|(?P<det>{alt(dets)}){sep})?"
            rf"(?P<sn>{seasons})(?:\s+(?P<post>{lastp}|{nextp}))?(?:{my_sep}{year})?",
            self._season,
            2,
        )
        qw = alt(W("quarters", "words"))
        add(
            "quarter",
            rf"{lb}{det}(?P<q>{alt(list(lex.quarter_ordinals))})\s+{qw}(?:\s+(?:of\s+|de\s+|del\s+)?{year})?",
            self._quarter,
            3,
        )
        self.rules = [x for x in r if x is not None]

    # ---------------------------------------------------------------- context helpers
    def _before(self, m: re.Match[str], text: str, n: int = 3) -> list[str]:
        """The last ``n`` words before the match (normalised), nearest last."""
        left = text[max(0, m.start() - 60) : m.start()]
        return [norm(w) for w in re.findall(r"[\w'’-]+", left)][-n:]

    def _prev_phrase_in(self, m: re.Match[str], text: str, words: list[str]) -> bool:
        left = norm(text[max(0, m.start() - 40) : m.start()])
        left = left.rstrip()
        clit = self.lex.opt("clitics")
        for w in words:
            w = norm(w)
            if w.endswith(("-", "'")):
                if left.endswith(w.rstrip()) or left.endswith(w.rstrip("-'")):
                    return True
            else:
                plain = left == w or left.endswith((" " + w, "'" + w))
                clitic = (
                    bool(clit) and re.search(rf"(?:^|\s){clit}{re.escape(w)}$", left) is not None
                )
                if plain or clitic:
                    return True
        return False

    # ---------------------------------------------------------------- handlers
    def _month_of(self, m: re.Match[str], group: str = "m") -> int | None:
        return self.lex.months.get(norm(m.group(group)))

    def _iso(self, m: re.Match[str], text: str) -> Spec | None:
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
        return Spec("date", year=y, month=mo, day=d) if _valid(y, mo, d) else None

    def _numeric(self, m: re.Match[str], text: str) -> Spec | None:
        a, b, ys = int(m["a"]), int(m["b"]), m["y"]
        if len(ys) == 2:
            if m["s"] == "-":
                return None
            y = 2000 + int(ys) if int(ys) < 50 else 1900 + int(ys)
        else:
            y = int(ys)
        if not 1800 <= y <= 2100:
            return None
        if a > 12 and b <= 12:
            d, mo = a, b
        elif b > 12 and a <= 12:
            d, mo = b, a
        elif self.lex.opt("numeric_order") == "MDY" and m["s"] == "/":
            mo, d = a, b
        else:
            d, mo = a, b
        return Spec("date", year=y, month=mo, day=d) if _valid(y, mo, d) else None

    def _date(self, m: re.Match[str], text: str) -> Spec | None:
        mo = self._month_of(m)
        if mo is None:
            return None
        gd = m.groupdict()
        d = int(gd["d"]) if gd.get("d") else None
        y = int(gd["y"]) if gd.get("y") else None
        if d is None and y is None:
            return None
        wd = self.lex.weekdays.get(norm(gd["wd"])) if gd.get("wd") else None
        if d is not None and not _valid(y or 2000, mo, d):
            return None
        mod = self.lex.month_parts.get(norm(gd["part"])) if gd.get("part") else None
        ambiguous = norm(m["m"]) in self.lex.ambiguous_months
        # "May 2016" is fine; a lone lower-case ambiguous word before a number is not
        capitalized = bool(self.lex.opt("capitalized"))
        if d is None and ambiguous and mod is None and capitalized and not m["m"][:1].isupper():
            return None
        direction = self._direction(gd.get("post"))
        return Spec("date", year=y, month=mo, day=d, weekday=wd, mod=mod, direction=direction)

    def _month(self, m: re.Match[str], text: str) -> Spec | None:
        mo = self._month_of(m)
        if mo is None:
            return None
        direction = self._direction(m["dir"] or m["post"])
        mod = self.lex.month_parts.get(norm(m["part"])) if m["part"] else None
        if direction is None and mod is None:
            if not self._prev_phrase_in(m, text, self.lex.words("years", "before")):
                return None
            if norm(m["m"]) in self.lex.ambiguous_months and self._before(m, text, 1) in (
                ["and"],
                ["of"],
                ["to"],
                ["by"],
                ["from"],
                ["و"],
            ):
                return None  # "Trump and May", "the Ides of March"
        return Spec("date", month=mo, direction=direction, mod=mod)

    def _year(self, m: re.Match[str], text: str) -> Spec | None:
        y = int(m["y"])
        mod = self.lex.month_parts.get(norm(m["part"])) if m["part"] else None
        lex = self.lex
        pre = text[max(0, m.start() - 3) : m.start()]
        post = text[m.end() : m.end() + 25]
        if re.search(r"[$€£¥#№]\s*$", pre) or re.match(r"\s*(?:[$€£¥%]|\w+\s*%)", post):
            return None
        ok = mod is not None or bool(m.groupdict().get("ysfx"))
        if not ok and self._prev_phrase_in(m, text, lex.words("years", "before")):
            ok = True
        nxt = re.match(r"\s*([\w'’-]+)", post)
        nxt_word = norm(nxt.group(1)) if nxt else ""
        count_nouns = {norm(w) for w in lex.words("years", "count_nouns")}
        if nxt_word in count_nouns:
            return None
        if not ok and re.match(r"\s*(?:[,.;:)!?»”\"]|['’]s\b|$)", post):
            ok = not re.search(r"\d[\s,.]*$", text[max(0, m.start() - 6) : m.start()])
        if not ok and self._prev_phrase_in(m, text, lex.words("years", "attributive")) and nxt_word:
            ok = True
        if (
            not ok
            and not re.search(r"\w", text[max(0, m.start() - 2) : m.start()])
            and nxt_word == ""
        ):
            ok = True
        return Spec("date", year=y, mod=mod) if ok else None

    def _decade(self, m: re.Match[str], text: str) -> Spec | None:
        gd = m.groupdict()
        if gd.get("dec"):
            return Spec("decade", year=int(gd["dec"]) // 10)
        if gd.get("dec2"):
            d2 = int(gd["dec2"])
            return Spec("decade", year=(1900 + d2) // 10 if d2 >= 20 else (2000 + d2) // 10)
        return None

    def _year_range(self, m: re.Match[str], text: str) -> Spec | None:
        y1 = int(m["y1"])
        y2s = m["y2"]
        y2 = (y1 // 100) * 100 + int(y2s) if len(y2s) == 2 else int(y2s)
        if not 0 < y2 - y1 <= 60:
            return None
        s1, e1 = m.span("y1")
        s2, e2 = m.span("y2")
        p1 = Cand(s1, e1, Spec("date", year=y1), "year")
        p2 = Cand(s2, e2, Spec("date", year=y2), "year") if len(y2s) == 4 else None
        parts = [p1] + ([p2] if p2 else [])
        return Spec("range", parts=parts, year=y1, n=y2)

    def _day_range(self, m: re.Match[str], text: str) -> Spec | None:
        mo = self._month_of(m)
        d1, d2 = int(m["d1"]), int(m["d2"])
        y = int(m["y"]) if m.groupdict().get("y") else None
        if mo is None or not _valid(y or 2000, mo, d2) or not 1 <= d1 <= 31:
            return None
        if d1 >= d2:
            return None  # "30 to 2 November" would cross a month: leave to the parts
        if m["conn"].strip() not in ("-", "–", "—") and not m["fr"]:
            return None  # "3 and 4 November" is a list, "between 3 and 4 November" a range
        s1, e1 = m.span("d1")
        ordsfx = self.lex.opt("ordinal_suffix")
        if ordsfx and (o := re.match(ordsfx, text[e1 : m.end()])):
            e1 += o.end()  # "du 1er au 3 novembre": the ordinal belongs to the day
        p1 = Cand(s1, e1, Spec("date", year=y, month=mo, day=d1), "day")
        s2 = m.start("d2")
        if m.re.pattern.find("(?P<d2>") > m.re.pattern.find("(?P<m>"):  # "November 1-4"
            p1 = Cand(m.start("m"), e1, Spec("date", year=y, month=mo, day=d1), "day")
            p2 = Cand(s2, m.end(), Spec("date", year=y, month=mo, day=d2), "day")
        else:
            p2 = Cand(s2, m.end(), Spec("date", year=y, month=mo, day=d2), "day")
        return Spec("range", parts=[p1, p2], year=y, month=mo)

    def _night(self, m: re.Match[str], text: str) -> Spec | None:
        """A night across two days: a range of the day it starts and the next (resolved later)."""
        g = m.groupdict()
        if g.get("d1"):
            d1, d2 = int(g["d1"]), int(g["d2"])
            if not (d2 == d1 + 1 or (d2 == 1 and d1 >= 28)):
                return None
            mo = self._month_of(m) if g.get("m") else None
            y = int(g["y"]) if g.get("y") else None
            return Spec("night", year=y, month=mo, day=d1, n=d2, tod="NI")
        w1 = self.lex.weekdays.get(norm(g.get("wd1") or g.get("wx1") or ""))
        w2 = self.lex.weekdays.get(norm(g.get("wd2") or ""))
        if w1 is None or w2 is None or w2 != (w1 + 1) % 7:
            return None
        return Spec("night", weekday=w1, n=w2, unit="weekday", tod="NI")

    def _day_list(self, m: re.Match[str], text: str) -> Spec | None:
        mo = self._month_of(m)
        y = int(m["y"]) if m.groupdict().get("y") else None
        if mo is None:
            return None
        base = m.start("days")
        found = [
            (base + x.start(), base + x.end(), int(x.group(1)))
            for x in re.finditer(
                rf"({_D})(?:{self.lex.opt('ordinal_suffix') or '(?!x)x'})?(?!\d)", m["days"]
            )
        ]
        if len(found) < 2 or any(not _valid(y or 2000, mo, d) for _, _, d in found):
            return None
        parts = [Cand(s, e, Spec("date", year=y, month=mo, day=d), "day") for s, e, d in found]
        # the last day carries the month (and year) in its span
        last = parts[-1]
        if m.start("m") > last.start:
            parts[-1] = Cand(last.start, m.end(), last.spec, "day")
        else:
            parts[0] = Cand(m.start("m"), parts[0].end, parts[0].spec, "day")
        return Spec("list", parts=parts, year=y, month=mo)

    def _direction(self, word: str | None) -> str | None:
        if not word:
            return None
        w = norm(word)
        for key, d in (
            ("last", "last"),
            ("last_post", "last"),
            ("next", "next"),
            ("next_post", "next"),
            ("this", "this"),
            ("this_post", "this"),
        ):
            if w in {norm(x) for x in self.lex.words("modifiers", key)}:
                return d
        return None

    def _weekday(self, m: re.Match[str], text: str) -> Spec | None:
        wd = self.lex.weekdays.get(norm(m["wd"]))
        if wd is None:
            return None
        tod = self.lex.times_of_day.get(norm(m["tod"])) if m["tod"] else None
        return Spec(
            "weekday",
            weekday=wd,
            direction=self._direction(m["dir"] or m["post"]),
            tod=tod,
            timex_type="TIME" if tod else "DATE",
        )

    def _relday(self, m: re.Match[str], text: str) -> Spec | None:
        key = norm(m["rd"])
        neg = self.lex.negative_left.get(key)
        if neg and self._prev_phrase_in(m, text, neg):
            return None
        tod = self.lex.times_of_day.get(norm(m["tod"])) if m["tod"] else None
        return Spec(
            "relday",
            offset=self.lex.relative_days[key],
            tod=tod,
            timex_type="TIME" if tod else "DATE",
        )

    def _todphrase(self, m: re.Match[str], text: str) -> Spec | None:
        off, code = self.lex.tod_phrases[norm(m["tp"])]
        return Spec("relday", offset=off, tod=code, timex_type="TIME")

    def _chain(self, m: re.Match[str], text: str) -> Spec | None:
        return Spec("chain", offset=self.lex.chain_days[norm(m["ch"])], unit="day")

    def _num(self, m: re.Match[str], unit_word: str) -> int | None:
        if unit_word and norm(unit_word) in self.lex.units_dual:
            return 2
        gd = m.groupdict()
        n = gd.get("n") or gd.get("n2")
        if n is None:
            return 1 if self.lex.opt("number_optional") else None
        if n.isdigit():
            return int(n)
        v = self.lex.numbers.get(norm(n))
        return v if v is not None else _compound(norm(n), self.lex.numbers)

    def _unit(self, word: str) -> str | None:
        w = norm(word)
        return self.lex.units.get(w) or self.lex.units_dual.get(w)

    def _ago(self, m: re.Match[str], text: str) -> Spec | None:
        uw = m["u"] or m["u2"]
        n, unit = self._num(m, uw), self._unit(uw)
        if n is None or unit is None or unit in ("hour",):
            return None
        if unit == "decade" and n:
            n, unit = n * 10, "year"
        return Spec("ago", n=n, unit=unit, offset=-n)

    def _in(self, m: re.Match[str], text: str) -> Spec | None:
        n, unit = self._num(m, m["u"]), self._unit(m["u"])
        if n is None or unit in (None, "hour", "decade"):
            return None
        return Spec("in", n=n, unit=unit, offset=n)

    def _later(self, m: re.Match[str], text: str) -> Spec | None:
        uw = m["u"] or m["u2"]
        n, unit = self._num(m, uw), self._unit(uw)
        if not n or unit in (None, "hour", "decade"):
            return None
        lp = norm(m["lp"] or m["lp2"])
        sign = 1 if lp in {norm(w) for w in self.lex.words("relative", "later_post")} else -1
        return Spec("chainunit", n=n, unit=unit, offset=sign * n)

    def _relunit(self, m: re.Match[str], text: str) -> Spec | None:
        unit = self._unit(m["u"])
        gd = m.groupdict()
        direction = self._direction(gd.get("dir") or gd.get("post"))
        if unit is None or direction is None:
            return None
        off = {"last": -1, "next": 1, "this": 0}[direction]
        if direction == "this" and (gd.get("usfx") or "").endswith(("là", "la")):
            return Spec("chainunit", n=0, unit=unit, offset=0)  # "cette année-là": that year
        mod = None
        if gd.get("el"):
            earl = {norm(w) for w in self.lex.words("modifiers", "earlier")}
            mod = "START" if norm(gd["el"]) in earl else "END"
        return Spec("relunit", unit=unit, offset=off, mod=mod, direction=direction)

    def _month_relyear(self, m: re.Match[str], text: str) -> Spec | None:
        """A month of a year told relative to now ("May last year"), resolved on the anchor."""
        gd = m.groupdict()
        unit = self._unit(gd.get("u") or gd.get("u2") or "")
        direction = self._direction(gd.get("dir") or gd.get("post"))
        mo = self._month_of(m)
        if unit != "year" or direction is None or mo is None:
            return None
        if direction == "this" and (gd.get("usfx") or gd.get("usfx2") or "").endswith(("là", "la")):
            return None  # "cette année-là": that year, the previous date's
        day = int(gd["d"]) if gd.get("d") else None
        if day is not None and not _valid(2000, mo, day):
            return None
        off = {"last": -1, "next": 1, "this": 0}[direction]
        return Spec("monthrel", month=mo, day=day, offset=off)

    def _part_unit(self, m: re.Match[str], text: str) -> Spec | None:
        unit = self._unit(m["u"])
        if unit not in ("month", "year", "week"):
            return None
        mod = self.lex.month_parts.get(norm(m["part"]))
        return Spec("relunit", unit=unit, offset=0, mod=mod, direction="this")

    def _chainunit(self, m: re.Match[str], text: str) -> Spec | None:
        uw = m["u"] or m["u2"]
        unit = self._unit(uw)
        if unit in (None, "hour", "decade"):
            return None
        word = norm(m["cpre"] or m["cpost"])
        nxt = {
            norm(w)
            for w in self.lex.words("modifiers", "chain_next")
            + self.lex.words("modifiers", "chain_next_post")
        }
        return Spec("chainunit", n=1, unit=unit, offset=1 if word in nxt else -1)

    def _duration(self, m: re.Match[str], text: str) -> Spec | None:
        n, unit = self._num(m, m["u"]), self._unit(m["u"])
        if n is None or unit is None:
            return None
        if (
            m.groupdict().get("n") is None
            and not m["ap"]
            and norm(m["u"]) not in self.lex.units_dual
        ):
            return None  # a bare unit word ("يوم") is not a duration
        mod = None
        if m["ap"]:
            a = norm(m["ap"])
            mod = (
                "LESS_THAN"
                if any(
                    x in a for x in ("less", "moins", "weniger", "menos", "менее", "меньше", "أقل")
                )
                else (
                    "MORE_THAN"
                    if any(
                        x in a
                        for x in (
                            "more",
                            "plus",
                            "mehr",
                            "más",
                            "более",
                            "больше",
                            "свыше",
                            "أكثر",
                            "over",
                            "über",
                        )
                    )
                    else "APPROX"
                )
            )
        return Spec("duration", n=n, unit=unit, mod=mod, timex_type="DURATION")

    def _duration_unit(self, m: re.Match[str], text: str) -> Spec | None:
        unit = self._unit(m["u"])
        pre = norm(m["pre"])
        if unit is None or not pre.startswith(("the ", "over the", "in the")):
            return None
        return Spec("duration", n=1, unit=unit, timex_type="DURATION")

    def _ref(self, m: re.Match[str], text: str) -> Spec | None:
        mods = {
            norm(w)
            for key in ("last", "next", "last_post", "next_post")
            for w in self.lex.words("modifiers", key)
        }
        last_word = norm(m["ref"]).split()[-1]
        if last_word in mods and self._unit_after.match(text, m.end()):
            return None  # "the past 24 hours", "in the past two weeks": a period
        nxt = re.match(r"\s+([\w'’]+)", text[m.end() : m.end() + 30])
        if nxt and (
            norm(nxt.group(1)) in self.lex.ref_not_before
            or norm(nxt.group(1))[:2] in self.lex.ref_not_before  # French "d'"
        ):
            return None  # "the future of Idlib", "l'avenir du pays": a noun
        return Spec("ref", code=self.lex.refs[norm(m["ref"])])

    def _day_of_month(self, m: re.Match[str], text: str) -> Spec | None:
        """ "le 5", "le 3 courant": a day whose month is the text's (``direction`` "this" for
        the current month)."""
        return Spec("dom", day=int(m["d"]), direction="this" if m["cur"] else None)

    def _holiday(self, m: re.Match[str], text: str) -> Spec | None:
        key = norm(m["hol"])
        nxt = re.match(r"\s+([\w'’-]+)", text[m.end("hol") : m.end("hol") + 30])
        if nxt and norm(nxt.group(1)) in self.lex.holiday_not_before:
            return None  # "Christmas Island", "le Nouvel An chinois"
        if self._before(m, text, 1) and self._before(m, text, 1)[0] in {
            norm(w) for w in self.lex.words("holidays", "not_after")
        }:
            return None  # "Chinese New Year"
        y = int(m["y"]) if m.groupdict().get("y") else None
        if key in self.lex.movable:
            return Spec("holiday", code=self.lex.movable[key], year=y)
        mo, d = self.lex.holidays[key]
        return Spec("date", year=y, month=mo, day=d)

    def _that_unit(self, m: re.Match[str], text: str) -> Spec | None:
        unit = self._unit(m["u"])
        if unit is None:
            return None
        mod = None
        if m["el"]:
            earl = {norm(w) for w in self.lex.words("modifiers", "earlier")}
            mod = "START" if norm(m["el"]) in earl else "END"
        return Spec("chainunit", n=0, unit=unit, offset=0, mod=mod)

    def _season(self, m: re.Match[str], text: str) -> Spec | None:
        code = self.lex.seasons[norm(m["sn"])]
        gd = m.groupdict()
        direction = self._direction(gd.get("dir") or gd.get("post"))
        y = int(gd["y"]) if gd.get("y") else None
        before = self.lex.words("years", "before")
        bare = direction is None and y is None and not gd.get("det")
        if bare and not self._prev_phrase_in(m, text, before):
            return None
        return Spec("season", code=code, year=y, direction=direction)

    def _quarter(self, m: re.Match[str], text: str) -> Spec | None:
        q = self.lex.quarter_ordinals.get(norm(m["q"]))
        if q is None:
            return None
        y = int(m["y"]) if m.groupdict().get("y") else None
        return Spec("quarter", n=q, year=y)

    # ---------------------------------------------------------------- running
    def candidates(self, text: str) -> Iterator[Cand]:
        """Every rule match in ``text`` as a candidate (overlaps are resolved by the caller)."""
        scan = text.translate(_DIGITS)
        for rule in self.rules:
            for m in rule.regex.finditer(scan):
                if m.end() <= m.start():
                    continue
                spec = rule.handler(m, scan)
                if spec is None:
                    continue
                start, end = m.span(rule.group) if rule.group else m.span()
                start, end = _trim(text, start, end)
                if end > start:
                    yield Cand(start, end, spec, rule.name, rule.priority)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop leading/trailing spaces and commas from a span."""
    while start < end and text[start] in " \t\r\n,":
        start += 1
    while end > start and text[end - 1] in " \t\r\n,":
        end -= 1
    return start, end


def _valid(y: int, m: int, d: int) -> bool:
    import calendar

    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


def full_day(s: Spec) -> date | None:
    """The day a dated expression names when it gives year, month and day; None otherwise,
    also for a day no calendar has ("31 février 2016")."""
    if s.kind != "date" or not (s.year and s.month and s.day):
        return None
    return date(s.year, s.month, s.day) if _valid(s.year, s.month, s.day) else None


@cache
def grammar(lang: str) -> Grammar:
    """The compiled grammar of ``lang`` (cached: compiled once per process)."""
    return Grammar(load_lexicon(lang))


def _compound(word: str, numbers: dict[str, int]) -> int | None:
    """The value of a compound number word ("trente-quatre", "vingt et un", "thirty-four"):
    its ten and its unit, each a word of the language's numbers."""
    parts = [p for p in re.split(r"[-\s]+", word) if p not in ("et", "and")]
    if len(parts) != 2 or parts[0] not in numbers or parts[1] not in numbers:
        return None
    ten, one = numbers[parts[0]], numbers[parts[1]]
    if ten not in range(20, 100, 10) or not 1 <= one <= 9:
        return None
    return ten + one
