"""Session 13 (fixer L): places the gazetteer lacks, through every stage.

* An act on a list of places that holds a name the gazetteer lacks ("ont repris Kafr Zita, Kx
  et Morek", "shelled Khan Shaykhun and Kx") is one event per place: the unknown member is a
  village near the town it is listed with (entities/unlisted.py), not lost to the known one.
* A capture whose object is a bare name no mention covers ("l'armée reprenait Kx", "rebels
  overran Kx") or a site noun ("seized the Kx roundabout", "captured the Kx hill") is still an
  event, at the story's town, instead of being dropped for want of a place.

Invented village and quarter names; sentences written for these tests.
"""

from __future__ import annotations

from typing import Any

from helpers import pipeline_run  # noqa: F401 (fixtures)

FR_LIST = (
    "Idlib : l'armée avance vers le sud\n\n"
    "Publié le 7 juin 2019\n\n"
    "Jeudi, les forces gouvernementales syriennes ont reconquis Kafr Zita, Qarmoudé et Morek, "
    "au terme de trois jours de combats contre les jihadistes.\n"
)

EN_LIST = (
    "Idlib offensive grinds on\n\n"
    "Published on 7 June 2019\n\n"
    "On Thursday Syrian government artillery shelled Khan Shaykhun and Sukayyik, "
    "according to local activists.\n"
)

FR_ROUTE = (
    "Idlib : la route coupée\n\n"
    "Publié le 7 juin 2019\n\n"
    "Jeudi, les jihadistes ont bombardé la route de Khan Cheikhoun à Qarmoudé.\n"
)

FR_BARE = (
    "Alep : l'armée perce les lignes rebelles\n\n"
    "Publié le 30 novembre 2016\n\n"
    "La bataille d'Alep touche à sa fin. Le 28 novembre, l'armée syrienne reprenait Qarmoudiyé, "
    "coupant en deux l'enclave tenue par les rebelles.\n"
)

EN_SITE = (
    "Raqqa: the end of the caliphate\n\n"
    "Published on 18 October 2017\n\n"
    "The battle for Raqqa is nearly over. On Monday SDF fighters seized the al-Qurmuz "
    "roundabout in the city centre.\n"
)


def _rows(events: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return [(e["sub_event_type"], e["location"], e["geo_precision"]) for e in events]


def test_fr_list_with_unlisted_member_is_one_event_per_place(run: Any) -> None:
    rows = _rows(run(FR_LIST))
    assert [loc for sub, loc, _ in rows if sub == "Government regains territory"] == [
        "Kafr Zita",
        "Qarmoudé",
        "Morek",
    ]
    assert ("Government regains territory", "Qarmoudé", 2) in rows  # near a known town


def test_en_list_with_unlisted_member_is_one_event_per_place(run: Any) -> None:
    locs = [loc for sub, loc, _ in _rows(run(EN_LIST)) if sub.startswith("Shelling")]
    assert locs == ["Khan Shaykhun", "Sukayyik"]


def test_route_is_not_a_list(run: Any) -> None:
    assert all(loc != "Qarmoudé" for _, loc, _ in _rows(run(FR_ROUTE)))


def test_bare_name_taken_is_placed_at_the_story_town(run: Any) -> None:
    rows = _rows(run(FR_BARE))
    assert [r[1] for r in rows if r[0] == "Government regains territory"] == ["Aleppo"]


def test_site_noun_taken_is_placed_at_the_story_town(run: Any) -> None:
    rows = _rows(run(EN_SITE))
    assert [r[1] for r in rows if r[0].endswith("territory")] == ["Raqqa"]  # the actor KB
    # decides who the SDF are; the capture stands at the city whose square it took
