"""Pages of dated posts and live entries: each entry's events take that entry's day.

A channel export ("[15.04.2017 16:03] ...") or a live page ("14h32 - ...", "17:52 – ...") is a
list of entries, not one narrative: the day an entry tells ("ce matin", "mardi") must not date
the undated events of the next entry. The time stage finds the entries and writes their starts
to ``doc.meta["time_entries"]`` (``{k: [[offset, ISO day or None], ...]}``; None is a clock-only
stamp, of the day line above it or else of the page's own day). At the first sentence of each
entry the story restarts on the entry's day: the post's stamp, the day line over a clock-stamped
entry, else the page's publication day, else no day at all.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from newsift.events.when import When, parse_point

if TYPE_CHECKING:
    from newsift.events.extract import SentView
    from newsift.events.index import DocIndex

ENTRIES_KEY = "time_entries"


class EntryDates:
    """Mixin of :class:`newsift.events.extract.ArticleExtractor`: the story restarts per entry."""

    ix: DocIndex
    k: int | None
    published: When | None

    def _entries(self) -> tuple[list[int], list[When | None]]:
        """The entries' start offsets (sorted) and their days, read once from the doc meta."""
        cached = getattr(self, "_entry_cache", None)
        if cached is not None:
            return cached
        raw = (self.ix.doc.meta.get(ENTRIES_KEY) or {}).get(str(self.k)) or []
        marks: list[tuple[int, When | None]] = []
        for item in raw:
            try:
                offset, value = int(item[0]), item[1]
            except (TypeError, ValueError, IndexError):
                continue
            marks.append((offset, parse_point(value) if isinstance(value, str) else None))
        marks.sort(key=lambda x: x[0])
        cached = ([o for o, _ in marks], [w for _, w in marks])
        self._entry_cache = cached
        self._entry_seen = -1  # the entry the last sentence read belongs to
        return cached

    def _entry_start(
        self, pos: int, view: SentView, last_when: tuple[int, When] | None
    ) -> tuple[int, When] | None:
        """At the first sentence of a new entry, the story's day becomes the entry's day
        (returned as the new ``last_when``); inside an entry nothing changes."""
        starts, days = self._entries()
        if not starts:
            return last_when
        i = bisect.bisect_right(starts, view.start) - 1
        if i < 0 or i == self._entry_seen:
            return last_when
        self._entry_seen = i
        day = days[i]
        if day is None:  # a clock-stamped entry: the day line over it ("Lundi 16 octobre")
            day = next((d for d in reversed(days[:i]) if d is not None), None)
        published = self.published
        if day is None and published is not None and published.precision == 1:
            day = published  # else the live page's own day
        self.story = day
        self._story_pos = pos
        self._story_walks = False
        return (pos, day) if day is not None else None

    def _same_entry(self, a: int, b: int) -> bool:
        """Are offsets ``a`` and ``b`` in the same entry of a channel or live page? A place
        named in one post is not where the next post's event happens ("the previous sentence's
        place" and "the town" stop at an entry's start). True when the page has no entries."""
        starts, _ = self._entries()
        if not starts:
            return True
        return bisect.bisect_right(starts, a) == bisect.bisect_right(starts, b)
