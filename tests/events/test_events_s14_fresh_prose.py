"""Acts told in the tenses and voices of essays and chronologies, end to end through the
events rules: irregular verbs in the passé simple and the historic present ("prirent le
contrôle", "mettent en déroute", "ouvre le feu", "firent disparaître") and the participle of a
capture with its agent opening the sentence ("Prise par l'armée le 9 juillet 2017, la vieille
ville de Mossoul ..."). Near misses: evidence made to disappear, a garrison taken by surprise,
a report taken up by the media. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsift.model import Event

Extract = Callable[..., list[Event]]


def subs(events: list[Event]) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.location, e.event_date) for e in events]


@pytest.mark.parametrize(
    ("text", "place", "date", "sub"),
    [
        (
            "Le 24 août 2016, les djihadistes de l'État islamique prirent le contrôle de "
            "Jarabulus après une courte bataille.",
            "Jarabulus",
            ("24 août 2016", "2016-08-24"),
            "Non-state actor overtakes territory",
        ),
        (
            "Le 2 avril 2015, les combattants de l'État islamique mettent en déroute une "
            "colonne de l'armée près de Manbij.",
            "Manbij",
            ("2 avril 2015", "2015-04-02"),
            "Armed clash",
        ),
        (
            "Le 25 avril 2011, l'armée ouvre le feu sur les manifestants à Homs.",
            "Homs",
            ("25 avril 2011", "2011-04-25"),
            "Excessive force against protesters",
        ),
        (
            "Le 14 mai 2012, les services de renseignement firent disparaître des dizaines "
            "d'opposants à Hama.",
            "Hama",
            ("14 mai 2012", "2012-05-14"),
            "Abduction/forced disappearance",
        ),
        (
            "Prise par l'armée le 9 juillet 2017, la vieille ville de Mossoul n'est plus qu'un "
            "champ de ruines.",
            "Mossoul=Mosul",
            ("9 juillet 2017", "2017-07-09"),
            "Government regains territory",
        ),
    ],
)
def test_fresh_french_prose_gives_the_event(
    extract: Extract, text: str, place: str, date: tuple[str, str], sub: str
) -> None:
    surface, _, place = place.rpartition("=") if "=" in place else (place, "", place)
    actors = [("État islamique", "Islamic State")] if "État islamique" in text else []
    if "l'armée" in text:
        army = "Military Forces of Iraq" if place == "Mosul" else "Military Forces of Syria"
        actors.append(("l'armée", army))
    events = extract(
        text,
        actors=actors,
        places=[(surface, place)],
        dates=[date],
        lang="fr",
        published="2019-06-01",
    )
    assert (sub, place, date[1]) in subs(events)


@pytest.mark.parametrize(
    "text",
    [
        "Le 3 mai 2016, le ministre fit disparaître les preuves de la corruption à Hama.",
        "Le 3 mai 2016, la garnison fut prise par surprise à Hama.",
    ],
)
def test_near_misses_are_no_abduction_nor_capture(extract: Extract, text: str) -> None:
    events = extract(
        text, places=[("Hama", "Hama")], dates=[("3 mai 2016", "2016-05-03")], lang="fr"
    )
    kinds = {e.sub_event_type for e in events}
    assert not kinds & {
        "Abduction/forced disappearance",
        "Government regains territory",
        "Non-state actor overtakes territory",
    }


def test_a_dated_battle_framed_by_a_verb_is_an_event(extract: Extract) -> None:
    # the battle carries its own date: an act told in passing, though "marquer" frames it
    events = extract(
        "La bataille de Manbij, en octobre 2016, a marqué un tournant de la guerre.",
        places=[("Manbij", "Manbij")],
        dates=[("octobre 2016", "2016-10")],
        lang="fr",
        published="2019-06-01",
    )
    assert [e.sub_event_type for e in events] == ["Armed clash"]


def test_an_undated_battle_framing_an_episode_is_no_event_of_its_own(extract: Extract) -> None:
    events = extract(
        "La bataille de Manbij avait vu des épisodes sanglants.",
        places=[("Manbij", "Manbij")],
        lang="fr",
        published="2019-06-01",
    )
    assert events == []
