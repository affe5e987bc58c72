"""Missed events, session 8: shots fired at people or positions, told with "tirer sur" (sentences
written for these tests, French and English).

The class: the French verb of shooting at ("ont tiré sur des réfugiés", "tiraient sur la
foule", "aient tiré sur une patrouille", inside a denial or not), the counterpart of "opened
fire on" / "shot at" that the English lexicon has. Civilians hit: an Attack; armed men: a clash.
Not events: figurative pulling ("tirer sur la corde"); shells or rockets fired at a place stay a
shelling, not a shooting.
"""

from __future__ import annotations

from helpers import at_place

from newsift.model import Event

PUB = "2016-04-20"


def _subs(events: list[Event]) -> list[tuple[str, str | None, str | None, str]]:
    return [(e.sub_event_type, e.location, e.event_date, e.modality) for e in events]


def test_fr_border_guards_shot_at_refugees(extract) -> None:
    events = extract(
        "Des gardes-frontières turcs ont tiré mardi sur des réfugiés syriens près de Kilis.",
        lang="fr",
        actors=[("gardes-frontières turcs", "Military Forces of Turkey")],
        places=[("Kilis", "Kilis")],
        dates=[("mardi", "2016-04-19")],
        published=PUB,
    )
    assert ("Attack", "Kilis", "2016-04-19", "asserted") in _subs(events), _subs(events)


def test_fr_denied_shooting_at_refugees(extract) -> None:
    events = extract(
        "Ankara a démenti mercredi que ses soldats aient tiré sur des réfugiés à Kilis.",
        lang="fr",
        actors=[("ses soldats", "Military Forces of Turkey")],
        places=[("Kilis", "Kilis")],
        dates=[("mercredi", "2016-04-20")],
        published=PUB,
    )
    denied = [e for e in at_place(events, "Kilis") if e.modality == "denied"]
    assert [e.sub_event_type for e in denied] == ["Attack"], _subs(events)


def test_fr_police_firing_on_crowd_reported(extract) -> None:
    events = extract(
        "Selon des témoins, des policiers tiraient sur la foule à Idlib dimanche soir.",
        lang="fr",
        places=[("Idlib", "Idlib")],
        dates=[("dimanche", "2016-04-17")],
        published=PUB,
    )
    found = [e for e in at_place(events, "Idlib") if e.event_date == "2016-04-17"]
    assert found and found[0].modality == "reported", _subs(events)


def test_fr_soldiers_shot_at_rebel_patrol_is_a_clash(extract) -> None:
    events = extract(
        "Près de Saraqib, des soldats ont tiré sur une patrouille rebelle jeudi.",
        lang="fr",
        places=[("Saraqib", "Saraqib")],
        dates=[("jeudi", "2016-04-14")],
        published=PUB,
    )
    assert "Armed clash" in [e.sub_event_type for e in at_place(events, "Saraqib")], _subs(events)


def test_en_guards_shot_at_refugees_stays_an_attack(extract) -> None:
    events = extract(
        "Turkish border guards shot at refugees near Kilis on Tuesday, rights groups said.",
        actors=[("Turkish border guards", "Military Forces of Turkey")],
        places=[("Kilis", "Kilis")],
        dates=[("Tuesday", "2016-04-19")],
        published=PUB,
    )
    assert "Attack" in [e.sub_event_type for e in at_place(events, "Kilis")], _subs(events)


# ------------------------------------------------------------------ near misses
def test_fr_pulling_the_rope_is_no_shooting(extract) -> None:
    events = extract(
        "Le gouvernement a tiré sur la corde de la patience des habitants de Hama.",
        lang="fr",
        places=[("Hama", "Hama")],
        published=PUB,
    )
    assert not events, _subs(events)


def test_fr_rockets_fired_on_base_stay_a_shelling(extract) -> None:
    events = extract(
        "Des roquettes ont été tirées mardi sur la base de Hama, selon l'armée.",
        lang="fr",
        places=[("Hama", "Hama")],
        dates=[("mardi", "2016-04-19")],
        published=PUB,
    )
    subs = {e.sub_event_type for e in at_place(events, "Hama")}
    assert "Attack" not in subs and "Armed clash" not in subs, _subs(events)


def test_fr_shot_last_week_at_refugees_inside_denial(extract) -> None:
    events = extract(
        "Ankara a démenti que ses gardes-frontières aient tiré la semaine dernière sur des "
        "réfugiés à Kilis.",
        lang="fr",
        actors=[("ses gardes-frontières", "Military Forces of Turkey")],
        places=[("Kilis", "Kilis")],
        published=PUB,
    )
    denied = [e for e in at_place(events, "Kilis") if e.modality == "denied"]
    assert [e.sub_event_type for e in denied] == ["Attack"], _subs(events)


def test_fr_groups_firing_on_the_road_is_no_shooting(extract) -> None:
    events = extract(
        "Les collines servaient de base aux groupes qui tiraient sur la route de Hama.",
        lang="fr",
        places=[("Hama", "Hama")],
        published=PUB,
    )
    assert "Attack" not in [e.sub_event_type for e in events], _subs(events)


def test_fr_drawing_a_conclusion_on_soldiers_is_no_shooting(extract) -> None:
    events = extract(
        "Le président retira ses troupes quelques mois plus tard, sans que personne à Homs "
        "n'en tire la moindre conclusion sur la présence de soldats en Syrie.",
        lang="fr",
        places=[("Homs", "Homs")],
        published=PUB,
    )
    assert "Attack" not in [e.sub_event_type for e in events], _subs(events)
