"""Custom spaCy components (this module imports spaCy: import it lazily).

``newsift_sentence_guard`` runs before the parser and forbids a sentence start after a token
that cannot end a sentence (a word, a hyphen, a comma). The statistical parser otherwise splits
names such as "Al-Mayadin" or "Deir Ezzor" mid-sentence in news text; units are already cut at
line breaks, so a heading without a full stop still ends its own unit.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

_CAN_END = frozenset(".!?…:;»\"”“'’)]»")


@Language.component("newsift_sentence_guard")
def sentence_guard(doc: Doc) -> Doc:
    prev = None
    for tok in doc:
        if tok.is_space:
            continue
        if prev is not None and not (set(prev.text[-1:]) & _CAN_END):
            tok.is_sent_start = False
        prev = tok
    return doc
