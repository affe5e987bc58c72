"""A generic name followed by the group it belongs to is that group (session 8,
sides._named_after), and the southern FSA factions are the generic Syrian opposition (ACLED,
CONVENTIONS 5), through the whole pipeline on articles written for these tests:

- "les jihadistes du Front al-Nosra", "the jihadists of the Islamic State", "les
  jihadistes de Hayat Tahrir al-Cham": that group, even when the article names another
  jihadist group more often;
- near miss: "les jihadistes d'Alep" names a town, not a group: the article's lead group;
- "les rebelles du Front du Sud" are "Opposition Rebels (Syria)".
"""

from __future__ import annotations

import pytest
from helpers import pipeline_run, real_kb_here  # noqa: F401 (fixtures)

NSO = "Non-state actor overtakes territory"


def _captures(events: list[dict]) -> list[dict]:
    return [e for e in events if e.get("sub_event_type") == NSO]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Taftanaz\n\nLe 12 janvier 2013\n\nAl-Qaïda étend son influence dans le nord. "
            "L'organisation d'Al-Qaïda recrute. La base aérienne de Taftanaz, que les jihadistes "
            "du Front al-Nosra et leurs alliés d'Ahrar al-Cham ont fini par investir vendredi, "
            "était assiégée depuis des mois.\n",
            "Jabhat al-Nusra",
        ),
        (
            "Hama\n\nLe 23 mars 2017\n\nL'État islamique recule à l'est. L'État islamique a "
            "perdu Palmyre. Au nord de Hama, les jihadistes de Hayat Tahrir al-Cham ont pris "
            "mercredi le village de Souran.\n",
            "Hayat Tahrir al-Sham",
        ),
        (
            "Mosul\n\nJune 12, 2014\n\nThe jihadists of the Islamic State seized Mosul on "
            "Tuesday.\n",
            "Islamic State",
        ),
        (
            "Bosra\n\nLe 26 mars 2015\n\nLes rebelles du Front du Sud ont pris mercredi la ville "
            "de Bosra al-Cham.\n",
            "Opposition Rebels (Syria)",
        ),
    ],
)
def test_generic_followed_by_its_group(run, text: str, actor: str) -> None:  # noqa: ANN001
    rows = _captures(run(text))
    assert rows, "no capture"
    assert rows[-1]["actor1"] == actor, rows


def test_generic_followed_by_a_town_is_the_lead_group_fr(run) -> None:  # noqa: ANN001
    text = (
        "Alep\n\nLe 2 mai 2016\n\nLe Front al-Nosra domine le nord. Le Front al-Nosra a "
        "renforcé ses positions. Les jihadistes d'Alep ont pris lundi le village de Khan "
        "Touman.\n"
    )
    rows = _captures(run(text))
    assert rows, "no capture"
    assert rows[-1]["actor1"] == "Jabhat al-Nusra", rows
