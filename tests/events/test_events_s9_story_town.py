"""A definite town noun in the trigger's own clause ("la ville", "la cité", "cette
bourgade", "the city") stands for the town the discourse is about (session 9, fixer P,
``placing.PlacingRules._story_anaphor``): a town named before it in its sentence, after
"cette" / "this" the town of the sentence just before, else the article's story town named
nearby -- not a town the sentence only names in passing after it (the two ends of a road, an
origin). "La ville de X" names its own town and "la vieille ville" is a quarter. Sentences
written for these tests, through the whole pipeline.
"""

from __future__ import annotations

import pytest
from helpers import pipeline_run, real_kb_here  # noqa: F401 (fixtures)


def _places(rows: list[dict[str, object]], sub: str) -> list[object]:
    return [r["location"] for r in rows if r["sub_event_type"] == sub]


@pytest.mark.parametrize(
    ("text", "sub", "town", "not_town"),
    [
        (  # FR: the city after the story town's sentence; a road's two ends named after it
            "Tikrit reprise par l'armée\n\n12 mars 2015\n\nLes forces irakiennes encerclent "
            "Tikrit depuis une semaine. Mercredi, l'armée a repris le contrôle de la ville, "
            "coupant l'autoroute qui relie Bagdad à Mossoul.\n",
            "Government regains territory",
            "Tikrit",
            "Mosul",
        ),
        (  # EN: passive "the city was liberated", a speaking capital before it
            "Fallujah freed\n\nJune 27, 2016\n\nIraqi troops entered central Fallujah last "
            "week. Tehran, which armed the militias, kept quiet on Sunday as the city was "
            "declared liberated, and convoys left for Ramadi.\n",
            "Government regains territory",
            "Fallujah",
            "Ramadi",
        ),
        (  # FR: a town before the noun in its own sentence, with "la petite ville"
            "Al-Qaïm\n\n4 novembre 2017\n\nL'armée a repris al-Qaïm vendredi. Il reste "
            "désormais Rawa : d'après un officier, les troupes s'apprêtent à lancer l'assaut "
            "sur la petite ville dans les prochains jours.\n",
            "Armed clash",
            "Rawa|Rāwah",
            None,
        ),
        (  # FR: "cette localité" is the town told just before, not the story's town
            "Bachiqa\n\n24 octobre 2016\n\nLes peshmergas ont lancé dimanche un assaut sur "
            "Bachiqa. Samedi, des obus sont tombés sur Qaraqosh, selon un prêtre. L'armée "
            "avait repris jeudi cette localité chrétienne.\n",
            "Government regains territory",
            "Al-Hamdaniya",
            "Bashiqa",
        ),
        (  # EN: "in and around the city" after the story town's sentence
            "Sinjar\n\nNovember 13, 2015\n\nKurdish forces stormed Sinjar on Thursday. "
            "Coalition jets carried out 40 strikes on Tuesday in and around the city, cutting "
            "the highway linking Raqqa to Mosul.\n",
            "Air/drone strike",
            "Sinjar",
            "Raqqa",
        ),
    ],
)
def test_town_noun_is_the_story_town(
    run,  # noqa: ANN001
    text: str,
    sub: str,
    town: str,
    not_town: str | None,
) -> None:
    rows = run(text)
    got = _places(rows, sub)
    assert set(town.split("|")) & set(got), rows
    if not_town is not None:
        assert not_town not in got, rows


@pytest.mark.parametrize(
    ("text", "sub", "town"),
    [
        (  # near miss: "la ville de X" names its own town
            "Tikrit\n\n12 mars 2015\n\nLes forces irakiennes encerclent Tikrit depuis une "
            "semaine. Mercredi, l'armée a repris la ville de Baïji.\n",
            "Government regains territory",
            "Baiji",
        ),
        (  # near miss: "the town of X"
            "Ramadi\n\nDecember 28, 2015\n\nIraqi forces retook Ramadi on Monday. On Tuesday "
            "they also recaptured the town of Hit.\n",
            "Government regains territory",
            "Hit",
        ),
    ],
)
def test_named_town_noun_keeps_its_name(run, text: str, sub: str, town: str) -> None:  # noqa: ANN001
    rows = run(text)
    assert town in _places(rows, sub), rows


@pytest.mark.parametrize(
    ("text", "sub", "town"),
    [
        (  # near miss: "la deuxième ville à tomber" is a predicate, no anaphor
            "Idleb\n\n26 avril 2015\n\nLes rebelles ont pris Idleb le mois dernier. C'est la "
            "deuxième ville de la province à leur échapper : Jisr al-Choghour est tombée "
            "samedi aux mains de la même coalition.\n",
            "Non-state actor overtakes territory",
            "Jisr al-Shughur",
        ),
        (  # near miss: "the city" in a clause of its own, after the strike's own town
            "Idlib\n\nApril 26, 2015\n\nRebels took Idlib last month. On Sunday Syrian jets "
            "bombed Maarat al-Numan, a town that lies south of the city.\n",
            "Air/drone strike",
            "Maarat al-Numan",
        ),
        (  # the same in French: "la ville" locates the strike's town, it is not the target
            "Idleb\n\n26 avril 2015\n\nLes rebelles ont pris Idleb le mois dernier. Dimanche, "
            "l'aviation syrienne a bombardé Maaret al-Noomane, une bourgade située au sud de la "
            "ville.\n",
            "Air/drone strike",
            "Maarat al-Numan",
        ),
    ],
)
def test_town_noun_outside_the_trigger_phrase(run, text: str, sub: str, town: str) -> None:  # noqa: ANN001
    rows = run(text)
    assert town in _places(rows, sub), rows
