"""Date candidates of a text and the tense of their clause.

Shared by resolution (:mod:`newsift.time.resolve`) and publication-date inference
(:mod:`newsift.time.infer`), which both start from the same selected candidates.
"""

from __future__ import annotations

import re

from newsift.time.grammar import Cand, Spec, grammar
from newsift.time.lexicon import Lexicon, alt

# --------------------------------------------------------------------------- tense
# a line break before a lower-case word is a hard wrap inside a sentence (a subtitle's cue, a
# PDF's or a mail's 72-column lines: "se souviennent de juillet 2018, quand l'EI\navait tué"),
# not its end: the clause's tense is read over the whole sentence
_SENT = re.compile(r"(?:[^.!?\n]|\n(?=[ \t]*[a-zà-öø-ÿœæ]))+(?:[.!?]+|\n|$)")


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    for m in _SENT.finditer(text, start, end):
        if m.end() > m.start():
            out.append((m.start(), m.end()))
    return out or [(start, end)]


def clause_tense(
    text: str, start: int, end: int, lex: Lexicon, sent: tuple[int, int]
) -> str | None:
    """ "past", "future" or None: the tense marker of the sentence nearest to the expression."""
    s0, s1 = sent
    before = text[max(s0, start - 40) : start]
    if any(p.search(before) for p in lex.past_override):
        return "past"  # "prévu initialement jeudi", "originally planned for Friday"
    best: tuple[int, str] | None = None
    chunk = text[s0:s1]
    future_spans: list[tuple[int, int]] = []
    groups = (("future", lex.future, 0), ("past", lex.past, 0), ("past", lex.past_weak, 15))
    for group, pats, penalty in groups:
        for p in pats:
            for m in p.finditer(chunk):
                a, b = s0 + m.start(), s0 + m.end()
                if a < end and b > start:
                    continue  # the expression's own words ("last", "next") are not tense
                label = group
                if label == "future" and any(nf.fullmatch(m.group()) for nf in lex.not_future):
                    label = "past"  # "se retiraient" is no conditional of "retir-"
                if label == "future":
                    future_spans.append((a, b))
                elif any(a < fb and b > fa for fa, fb in future_spans):
                    continue  # "will be held": the participle belongs to a future
                dist = start - b if b <= start else a - end
                between = text[b:start] if b <= start else text[end:a]
                dist += 25 * len(re.findall(r"[,;:()—–]", between))  # another clause
                dist += penalty
                if a >= end:
                    dist += 8  # the governing verb usually comes first: "said on Wednesday"
                if best is None or dist < best[0]:
                    best = (dist, label)
    return best[1] if best else None


# --------------------------------------------------------------------------- selection
def select(cands: list[Cand]) -> list[Cand]:
    """Non-overlapping candidates, longest first (then by rule priority), in text order."""
    chosen: list[Cand] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), -c.priority, c.start)):
        if all(c.end <= o.start or c.start >= o.end for o in chosen):
            chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


def _join_ranges(text: str, cands: list[Cand], lex: Lexicon) -> list[Cand]:
    """Merge "from X to Y" / "X - Y" and lists "X, Y and Z" of whole expressions."""
    from_w = alt(lex.words("ranges", "from"))
    to_w = alt(lex.words("ranges", "to"))
    and_w = alt(lex.words("ranges", "list_and"))
    dpre = lex.opt("day_prefix") or []
    day_pre = rf"(?:{alt(dpre)}\s+)?" if dpre else ""
    to_re = re.compile(rf"\s*(?:{to_w}|[-–—])\s*{day_pre}", re.IGNORECASE)
    from_re = re.compile(rf"(?:^|\W)(?:{from_w})\s+{day_pre}$", re.IGNORECASE)
    list_re = re.compile(rf"\s*(?:,\s*(?:{and_w}\s+)?|{and_w}\s+)", re.IGNORECASE)
    out: list[Cand] = []
    i = 0
    while i < len(cands):
        a = cands[i]
        if a.spec.kind == "date" and i + 1 < len(cands):
            b = cands[i + 1]
            between = text[a.end : b.start]
            if b.spec.kind == "date" and to_re.fullmatch(between) and _same_grain(a.spec, b.spec):
                before = text[max(0, a.start - 30) : a.start]
                dash = between.strip() in ("-", "–", "—") and "\n" not in between
                if from_re.search(before) or dash:
                    spec = Spec("range", parts=[a, b])
                    start = a.start
                    out.append(Cand(start, b.end, spec, "range", 9))
                    i += 2
                    continue
            # a list: at least two dates, the last joined by "and"
            run = [a]
            j = i + 1
            while (
                j < len(cands)
                and cands[j].spec.kind == "date"
                and list_re.fullmatch(text[run[-1].end : cands[j].start])
            ):
                run.append(cands[j])
                j += 1
            last_gap = text[run[-2].end : run[-1].start] if len(run) >= 2 else ""
            all_days = all(c.spec.day is not None for c in run)
            if all_days and re.search(and_w, last_gap, re.IGNORECASE):
                out.append(Cand(run[0].start, run[-1].end, Spec("list", parts=run), "list", 9))
                i = j
                continue
        out.append(a)
        i += 1
    return out


def _same_grain(a: Spec, b: Spec) -> bool:
    def grain(s: Spec) -> str:
        return "day" if s.day is not None else "month" if s.month is not None else "year"

    return grain(a) == grain(b)


# --------------------------------------------------------------------------- resolution


def find_candidates(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[Cand, str]]:
    """Selected (non-overlapping, ranges joined) candidates of every span, in text order."""
    out: list[tuple[Cand, str]] = []
    for start, end, lang in spans:
        g = grammar(lang)
        chunk = text[start:end]
        cands = [
            Cand(c.start + start, c.end + start, _shift_spec(c.spec, start), c.rule, c.priority)
            for c in g.candidates(chunk)
        ]
        chosen = _join_ranges(text, select(cands), g.lex)
        out.extend((c, g.lex.lang) for c in chosen)
    return out


def _shift_spec(spec: Spec, offset: int) -> Spec:
    if offset and spec.parts:
        spec.parts = [
            Cand(p.start + offset, p.end + offset, _shift_spec(p.spec, offset), p.rule, p.priority)
            for p in spec.parts
        ]
    return spec
