"""A read-only view of one document's parse for the events stage: tokens per sentence,
dependency children and subtrees, and mentions mapped onto tokens.

When the nlp stage did not run (no sentences or tokens), sentences are cut with a regex and
each word becomes a token without a parse, so triggers still match and arguments fall back to
word order.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newsift.events.resources import fold
from newsift.model import Document, Mention, Sentence, Token

if TYPE_CHECKING:
    from newsift.events.extract import Cand

_SENT = re.compile(r"[^.!?…\n]+(?:[.!?…]+[\"'”’»)]*|$)")
_TOKEN = re.compile(r"\d{1,3}(?:[,\u202f]\d{3})+|\w+(?:[-'’]\w+)*|[^\w\s]")


@dataclass(slots=True)
class MentionRef:
    """A mention with the tokens it covers and its syntactic head token."""

    m: Mention
    toks: list[int]
    head: int | None
    sent: int | None

    @property
    def start(self) -> int:
        return self.m.start

    @property
    def geo_precision(self) -> int:
        """A place mention's ACLED geo precision: 1 a town, 2 near one, 3 a region or country
        (1 when the places stage gave none)."""
        try:
            return max(1, min(3, int(self.m.precision)))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return 1

    @property
    def end(self) -> int:
        return self.m.end


@dataclass(slots=True)
class DocIndex:
    doc: Document
    tokens: list[Token]
    sentences: list[Sentence]
    folded: str
    parsed: bool
    children: list[list[int]] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    sent_tokens: dict[int, range] = field(default_factory=dict)
    mentions: dict[str, list[MentionRef]] = field(default_factory=dict)
    lows: list[str] = field(default_factory=list)  # folded surface form per token
    lemmas: list[str] = field(default_factory=list)  # folded lemma per token (else its form)
    _subtrees: dict[int, frozenset[int]] = field(default_factory=dict)

    @classmethod
    def build(cls, doc: Document) -> DocIndex:
        tokens, sentences, parsed = doc.tokens, doc.sentences, True
        if not sentences or not tokens:
            tokens, sentences = _fallback(doc)
            parsed = False
        ix = cls(doc=doc, tokens=tokens, sentences=sentences, folded=fold(doc.text), parsed=parsed)
        ix.children = [[] for _ in tokens]
        for i, t in enumerate(tokens):
            if 0 <= t.head < len(tokens) and t.head != i:
                ix.children[t.head].append(i)
        ix.starts = [t.start for t in tokens]
        ix.lows = [ix.folded[t.start : t.end] for t in tokens]
        ix.lemmas = [fold(t.lemma or "") or low for t, low in zip(tokens, ix.lows, strict=True)]
        first: dict[int, int] = {}
        last: dict[int, int] = {}
        for i, t in enumerate(tokens):
            first.setdefault(t.sent, i)
            last[t.sent] = i
        ix.sent_tokens = {s: range(first[s], last[s] + 1) for s in first}
        for m in doc.mentions:
            toks = ix.tokens_in(m.start, m.end)
            head = ix.span_head(toks)
            sent = tokens[head].sent if head is not None else ix.sentence_at(m.start)
            ix.mentions.setdefault(m.kind, []).append(MentionRef(m, toks, head, sent))
        for refs in ix.mentions.values():
            refs.sort(key=lambda r: (r.start, -r.end))
        return ix

    def text(self, start: int, end: int) -> str:
        return self.doc.text[start:end]

    def low(self, i: int) -> str:
        return self.lows[i]

    def lemma(self, i: int) -> str:
        return self.lemmas[i]

    def trigger_tokens(self, c: Cand) -> list[int]:
        """The tokens of a candidate's trigger span, else its head token alone."""
        return self.tokens_in(c.start, c.end) or [c.tok]

    def tokens_in(self, start: int, end: int) -> list[int]:
        """Indices of the tokens overlapping ``[start, end)``."""
        i = bisect.bisect_right(self.starts, start) - 1
        i = max(i, 0)
        out: list[int] = []
        while i < len(self.tokens) and self.tokens[i].start < end:
            if self.tokens[i].end > start:
                out.append(i)
            i += 1
        return out

    def span_head(self, toks: list[int]) -> int | None:
        """The token of a span whose head lies outside it (the span's syntactic head)."""
        if not toks:
            return None
        inside = set(toks)
        for i in toks:
            h = self.tokens[i].head
            if h == i or h not in inside:
                return i
        return toks[0]

    def sentence_at(self, offset: int) -> int | None:
        for si, s in enumerate(self.sentences):
            if s.start <= offset < s.end:
                return si
        return None

    def subtree(self, i: int) -> frozenset[int]:
        got = self._subtrees.get(i)
        if got is None:
            out = {i}
            stack = [i]
            while stack:
                for c in self.children[stack.pop()]:
                    if c not in out:
                        out.add(c)
                        stack.append(c)
            got = frozenset(out)
            self._subtrees[i] = got
        return got

    def ancestors(self, i: int) -> list[int]:
        out: list[int] = []
        seen = {i}
        while True:
            h = self.tokens[i].head
            if h == i or h in seen or not (0 <= h < len(self.tokens)):
                return out
            out.append(h)
            seen.add(h)
            i = h

    def in_sentence(self, kind: str, si: int) -> list[MentionRef]:
        return [r for r in self.mentions.get(kind, []) if r.sent == si]


def _fallback(doc: Document) -> tuple[list[Token], list[Sentence]]:
    """Regex sentences and word tokens over the article text (no parse)."""
    segs = doc.article_segments()
    if not segs and doc.text.strip() and not doc.segments:
        from newsift.model import Segment

        segs = [Segment(start=0, end=len(doc.text), kind="body", article=1)]
    sentences: list[Sentence] = []
    tokens: list[Token] = []
    for seg in sorted(segs, key=lambda s: s.start):
        for m in _SENT.finditer(doc.text, seg.start, seg.end):
            s, e = m.start(), m.end()
            while s < e and doc.text[s].isspace():
                s += 1
            while e > s and doc.text[e - 1].isspace():
                e -= 1
            if s >= e:
                continue
            si = len(sentences)
            sentences.append(Sentence(start=s, end=e, article=seg.article))
            for t in _TOKEN.finditer(doc.text, s, e):
                i = len(tokens)
                word = t.group()
                tokens.append(
                    Token(
                        start=t.start(),
                        end=t.end(),
                        lemma=word.lower(),
                        pos="",
                        dep="",
                        head=i,
                        sent=si,
                    )
                )
    return tokens, sentences
