"""A wire dispatch's dateline: place (country), date, (AGENCY) -- "ERBIL (Irak), 3 mai 2016 (AOP)".

At the head of a paragraph, followed by a dash, it opens a dispatch (an article opener, even
pasted in a forum post); alone on its line, over the first paragraph, it is the dispatch's
dateline, not a poster's stamp.
"""

from __future__ import annotations

import re

# a wire dateline: place (country), date, (AGENCY)
_WIRE_DATELINE = (
    r"[A-ZÀ-ÖØ-Þ][\w'’\-]+(?:[ \-][\w'’\-]+){0,3}\s*(?:\([^()]{2,30}\))?\s*,\s*"
    r"[^()!?]{0,25}?\d[^()!?]{0,20}?\([A-Z][\w.\-]{1,15}(?:\s[A-Z][\w.\-]{1,15}){0,2}\)"
)
# a wire dispatch's first words: the dateline, then a dash
WIRE_LEAD = re.compile(_WIRE_DATELINE + r"\s?[-–—]\s")
# the same dateline alone on its line, over the dispatch's first paragraph
WIRE_LINE = re.compile(_WIRE_DATELINE + r"\s*[-–—]?\s*")
