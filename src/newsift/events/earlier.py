"""The acts already told: the candidates made in the sentences before the one being read.

Many rules look back from a sentence to an act told just before it (a toll "in the fighting"
carried by the fight told above, a denial of the raid told two sentences earlier, "again" after
a strike). They all walk the same list the same way -- newest first, by distance in sentences of
the article, stopping past a window -- so that walk is written once here. A mixin of
``ArticleExtractor``: it reads ``sents`` (the article's sentence ids, in order) and ``_made``
(the candidates made so far, in the order their sentences were read).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsift.events.extract import Cand

_UNKNOWN = -99  # a sentence outside the article's: farther back than any window


class EarlierActs:
    """Mixin: where a sentence stands in the article, and the acts told before it."""

    sents: list[int]
    _made: list[Cand]
    _positions: dict[int, int] | None = None

    def sent_pos(self, si: int, default: int = _UNKNOWN) -> int:
        """The position of sentence ``si`` among the article's sentences (``default`` when it
        is not one of them); a dict, not ``list.index``, since rules ask it per candidate."""
        if self._positions is None:
            self._positions = {s: p for p, s in enumerate(self.sents)}
        return self._positions.get(si, default)

    def earlier(
        self, pos: int, window: int | None = None, *, same_sentence: bool = False
    ) -> Iterator[tuple[Cand, int]]:
        """The candidates told before position ``pos``, newest first, each with how many
        sentences back it stands; at most ``window`` back (the walk stops there, the list being
        in reading order), the sentence itself only with ``same_sentence``."""
        for x in reversed(self._made):
            back = pos - self.sent_pos(x.sent)
            if window is not None and back > window:
                break
            if back < 0 or (back == 0 and not same_sentence):
                continue
            yield x, back
