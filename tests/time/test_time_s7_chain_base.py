"""A chained day ("Le même jour", "La veille", "The same day") counts from the day the story is
on, not from a day told in a phrase describing a noun.

Cause (session 7, G:date): "Des rebelles s'étaient emparés dimanche de X, au terme d'une
offensive lancée vendredi ... Le même jour, la chasse turque a abattu un avion" dated the
downing on Friday, the last day named, though the offensive's day only describes it.
``data/time/<lang>.toml`` [chain_base] modifier.
"""

from __future__ import annotations

import pytest

from newsift.time.resolve import parse_dates

WEDNESDAY = "2014-03-26"


def values(text: str, lang: str) -> dict[str, str | None]:
    return {e.text: e.value for e in parse_dates(text, lang, WEDNESDAY)}


@pytest.mark.parametrize(
    ("lang", "text", "chain", "value"),
    [
        (
            "fr",
            "Les insurgés s'étaient emparés dimanche du village, au terme d'une offensive "
            "lancée vendredi. Le même jour, un hélicoptère a été abattu près de la frontière.",
            "Le même jour",
            "2014-03-23",
        ),
        (
            "fr",
            "L'armée a pris mardi la colline, deux jours après l'assaut déclenché dimanche. "
            "La veille, des obus étaient tombés sur la ville.",
            "La veille",
            "2014-03-24",
        ),
        (
            "en",
            "Rebels overran the border post on Monday after an offensive launched on Saturday. "
            "The same day, a jet was shot down near the border.",
            "The same day",
            "2014-03-24",
        ),
        (
            "fr",
            "Les rebelles ont encerclé le 3 mars la caserne et l'ont prise le 5 mars, après un "
            "assaut lancé le 1er mars. Le lendemain, l'aviation a bombardé le quartier.",
            "Le lendemain",
            "2014-03-06",
        ),
        (
            "en",
            "Troops entered the town on Tuesday, ending a siege which began on Sunday. "
            "The next day, the first convoys arrived.",
            "The next day",
            "2014-03-26",
        ),
    ],
)
def test_a_chain_counts_from_the_sentence_s_own_day(
    lang: str, text: str, chain: str, value: str
) -> None:
    assert values(text, lang)[chain] == value


@pytest.mark.parametrize(
    ("lang", "text", "chain", "value"),
    [
        # near misses: both days are the story's own; the chain counts from the last one
        (
            "fr",
            "Les rebelles ont lancé vendredi une offensive et ont pris la ville dimanche. "
            "Le même jour, un avion a été abattu.",
            "Le même jour",
            "2014-03-23",
        ),
        (
            "fr",
            "Les combattants ont été chassés vendredi de la colline, puis de la ville dimanche. "
            "Le lendemain, l'armée est entrée dans le centre.",
            "Le lendemain",
            "2014-03-24",
        ),
        (
            "en",
            "Rebels launched an offensive on Friday and seized the town on Sunday. "
            "The same day, a jet was shot down.",
            "The same day",
            "2014-03-23",
        ),
    ],
)
def test_a_chain_after_two_own_days_counts_from_the_last(
    lang: str, text: str, chain: str, value: str
) -> None:
    assert values(text, lang)[chain] == value
