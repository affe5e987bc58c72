"""Held-out set 24: gold consistency (fast), segment floors (fast), event/article floors (slow).

Why: this set was written and its gold committed (ab66a66) before newsift ever ran on it, so it
measures generalisation. Blind (README, the session's starting code in /work/wt-base, run right
after the gold commit): segments acc 0.862, article-text F1 0.763, comment F1 0.940, articles
8/8; events P 0.583 R 0.424 F1 0.491 (main's strict scorer); fields 30/36. The floors sit a
little below those figures: they are regression gates, not targets. The shared checks live in
tests/heldout_kit.py; this module keeps the set's own shape.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from heldout_kit import Floors, Shape, make_tests  # noqa: E402

FLOORS = Floors(
    lines=348,
    accuracy=0.84,
    text_f1=0.74,
    comment_f1=0.92,
    articles_ok=7,
    gold_events=66,
    precision=0.55,
    recall=0.40,
    f1=0.46,
    fields_right=28,
)
SHAPE = Shape(
    frozenset({"depeche_routba_fr"}),
)
globals().update(make_tests(HERE, FLOORS, SHAPE))


def test_comments_outnumber_article_five_to_one() -> None:
    """The comment-heavy page has at least five comment lines per article line."""
    lines = (HERE / "commentaires_baiji_raffinerie_fr.lines.tsv").read_text("utf-8").splitlines()
    labels = [r.split("\t")[1] for r in lines]
    article = sum(lab.split(":")[0] in ("title", "body", "meta") for lab in labels)
    assert labels.count("comment") >= 5 * article
