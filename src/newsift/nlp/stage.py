"""The ``nlp`` stage: sentences, tokens (lemma, POS, dependency) and NER hints per article.

Only article text (title and body segments) is parsed: comments and boilerplate never feed
facts, and skipping them keeps the stage cheap. Each segment is cut into *units* (a line, or
hard-wrapped lines joined back into a paragraph; very long units are chunked under
``max_chars``), so sentences never cross a title/body or paragraph boundary. Units of one
language go through ``nlp.pipe`` together and every offset is mapped back to document offsets.

Fields filled: ``doc.sentences``, ``doc.tokens`` (``head`` and ``sent`` are indices into the
document lists; whitespace tokens are dropped), ``doc.ner`` (spaCy labels as hints).
Meta: ``doc.meta["nlp.langs"]`` -- the pipeline language used per article ``{k: lang}``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from newsift.model import Document, NerSpan, Segment, Sentence, Token
from newsift.nlp.lang import guess_lang
from newsift.nlp.models import DEFAULT_MODELS, load_pipeline
from newsift.stage import DocumentStage

_LINE = re.compile(r"[^\n]+")
_TERMINAL = frozenset(".!?…:;»\"”’')]")
_SENT_BREAK = re.compile(r"[.!?…][\"'”’»)]*\s+")


@dataclass(slots=True)
class _Unit:
    """A piece of article text parsed as one spaCy doc (``start`` is its document offset)."""

    start: int
    text: str
    article: int | None
    lang: str
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)  # head/sent local to the unit
    ner: list[NerSpan] = field(default_factory=list)


def _split_long(start: int, text: str, cap: int) -> list[tuple[int, str]]:
    """Chunk ``text`` under ``cap`` characters, cutting at a sentence end, else at a space."""
    out: list[tuple[int, str]] = []
    pos = 0
    while len(text) - pos > cap:
        window = text[pos : pos + cap]
        cut = 0
        for m in _SENT_BREAK.finditer(window):
            if m.end() > cap // 2:
                cut = m.end()
        if not cut:
            cut = window.rfind(" ", cap // 2) + 1 or cap
        piece = text[pos : pos + cut]
        stripped = piece.rstrip()
        if stripped:
            out.append((start + pos, stripped))
        pos += cut
        while pos < len(text) and text[pos].isspace():
            pos += 1
    if pos < len(text):
        out.append((start + pos, text[pos:]))
    return out


def segment_units(text: str, seg: Segment, cap: int) -> list[tuple[int, str]]:
    """Cut one segment into ``(offset, text)`` units: lines, re-joining hard-wrapped lines.

    A line is joined to the previous one when the previous does not end a sentence and this one
    starts in lower case: that is a wrapped paragraph, not a new paragraph or a heading.
    """
    spans: list[list[int]] = []
    for m in _LINE.finditer(text, seg.start, seg.end):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s == e:
            continue
        if spans and text[spans[-1][1] - 1] not in _TERMINAL and text[s].islower():
            spans[-1][1] = e
        else:
            spans.append([s, e])
    units: list[tuple[int, str]] = []
    for s, e in spans:
        if e - s > cap:
            units.extend(_split_long(s, text[s:e], cap))
        else:
            units.append((s, text[s:e]))
    return units


def _fill(unit: _Unit, sdoc: Any, extractor: str) -> None:
    """Copy one spaCy doc into the unit, with document offsets and whitespace tokens dropped."""
    base = unit.start
    keep: dict[int, int] = {}
    for tok in sdoc:
        if not tok.is_space:
            keep[tok.i] = len(keep)
    sent_of: dict[int, int] = {}
    for sent in sdoc.sents:
        idx = [t.i for t in sent if t.i in keep]
        if not idx:
            continue
        first, last = sdoc[idx[0]], sdoc[idx[-1]]
        for i in idx:
            sent_of[i] = len(unit.sentences)
        unit.sentences.append(
            Sentence(
                start=base + first.idx, end=base + last.idx + len(last.text), article=unit.article
            )
        )
    for tok in sdoc:
        if tok.i not in keep:
            continue
        head = keep.get(tok.head.i, keep[tok.i])
        unit.tokens.append(
            Token(
                start=base + tok.idx,
                end=base + tok.idx + len(tok.text),
                lemma=tok.lemma_ or tok.lower_,
                pos=tok.pos_,
                dep=tok.dep_,
                head=head,
                sent=sent_of[tok.i],
            )
        )
    for ent in sdoc.ents:
        s, e = ent.start_char, ent.end_char
        span = sdoc.text[s:e]
        s += len(span) - len(span.lstrip())
        e -= len(span) - len(span.rstrip())
        if s < e:
            unit.ner.append(
                NerSpan(start=base + s, end=base + e, label=ent.label_, extractor=extractor)
            )


class NlpStage(DocumentStage):
    """Sentence split, tokenise, tag, parse and NER the article text of each document.

    Settings: ``models`` (lang -> spaCy package, merged over :data:`DEFAULT_MODELS`),
    ``max_chars`` (longest unit handed to spaCy), ``batch_size`` (``nlp.pipe``),
    ``default_lang`` (when nothing says and the guess is unsure), ``preload`` (languages to
    load in :meth:`setup`; others load on first use).
    """

    name = "nlp"

    def __init__(
        self,
        models: dict[str, str] | None = None,
        max_chars: int = 20_000,
        batch_size: int = 64,
        default_lang: str = "en",
        preload: list[str] | None = None,
        **settings: Any,
    ) -> None:
        super().__init__(**settings)
        self.models = {**DEFAULT_MODELS, **(models or {})}
        self.max_chars = max(200, int(max_chars))
        self.batch_size = int(batch_size)
        self.default_lang = default_lang
        self.preload = list(preload or [])

    def setup(self) -> None:
        for lang in self.preload:
            load_pipeline(lang, self.models)

    def _lang_of(self, doc: Document, seg: Segment, guessed: dict[int | None, str]) -> str:
        if seg.lang:
            return seg.lang
        art = doc.article(seg.article) if seg.article is not None else None
        if art is not None and art.lang:
            return art.lang
        if seg.article not in guessed:
            text = " ".join(doc.text[s.start : s.end] for s in doc.article_segments(seg.article))
            guessed[seg.article] = guess_lang(text, self.default_lang)
        return guessed[seg.article]

    def process(self, doc: Document) -> Document:
        doc.sentences, doc.tokens, doc.ner = [], [], []
        if doc.duplicate_of:
            return doc
        segments = doc.article_segments()
        if not doc.segments and doc.text.strip():
            # No clean stage ran: treat the whole text as the body of article 1.
            segments = [Segment(start=0, end=len(doc.text), kind="body", article=1)]
        guessed: dict[int | None, str] = {}
        units: list[_Unit] = []
        for seg in sorted(segments, key=lambda s: s.start):
            lang = (self._lang_of(doc, seg, guessed) or self.default_lang).lower()
            for start, text in segment_units(doc.text, seg, self.max_chars):
                units.append(_Unit(start=start, text=text, article=seg.article, lang=lang))
        by_lang: dict[str, list[_Unit]] = {}
        for unit in units:
            by_lang.setdefault(unit.lang, []).append(unit)
        used: dict[str, str] = {}
        for lang, group in by_lang.items():
            nlp, extractor = load_pipeline(lang, self.models)
            for unit, sdoc in zip(
                group, nlp.pipe((u.text for u in group), batch_size=self.batch_size), strict=True
            ):
                _fill(unit, sdoc, extractor)
            for unit in group:
                used.setdefault(str(unit.article), lang)
        for unit in units:  # document order
            s0, t0 = len(doc.sentences), len(doc.tokens)
            doc.sentences.extend(unit.sentences)
            for tok in unit.tokens:
                tok.head += t0
                tok.sent += s0
            doc.tokens.extend(unit.tokens)
            doc.ner.extend(unit.ner)
        doc.meta["nlp.langs"] = used
        return doc
