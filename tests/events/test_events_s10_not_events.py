"""Acts that are no events of their own (session 10), through the whole pipeline on texts
written for these tests, French and English:

- the dead counted with no act of their own ("15 soldats ont été tués dans les combats",
  "30 militants were killed in the fighting", "parmi les tués figurent") are the toll of the
  violent event just told (CONVENTIONS section 3: a summary toll is carried by its event); a
  killing that names its own act, place or day stays an event;
- a siege told as a state (a participle describing a noun, "deux villages encerclés par les
  rebelles"; the descriptive past, "qui encerclaient la base") is no clash; a dated siege is,
  and so is a siege broken in a participle of outcome ("..., brisant le blocus");
- a withdrawal's refuge or destination ("Mayadine, où s'était repliée sa direction", "forced to
  pull back to Nubl") is no hand-over there: ground is given up where a side leaves.
"""

from __future__ import annotations

from typing import Any

from helpers import pipeline_run  # noqa: F401 (fixtures)

FR_TOLL = (
    "ALEP, 12 novembre 2015 - Les forces gouvernementales ont lancé mardi un assaut contre les "
    "positions de l'EI autour de la base de Kouweires, à l'est d'Alep, selon l'OSDH.\n\n"
    "Au moins 15 soldats et une vingtaine de jihadistes ont été tués dans les combats des deux "
    "derniers jours, selon l'OSDH.\n\n"
    "Parmi les tués figurent plusieurs officiers, a indiqué l'agence officielle.\n"
)

EN_TOLL = (
    "HOMS, Jan. 17, 2017 - Islamic State fighters attacked army positions around the T4 airbase "
    "on Sunday, the army said.\n\n"
    "According to a military source, at least 30 militants were killed in the fighting over "
    "the past two days.\n"
)


def _rows(events: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return [(e["sub_event_type"], e["location"], e["event_date"]) for e in events]


def _told_in(events: list[dict[str, Any]], words: str) -> list[dict[str, Any]]:
    return [e for e in events if words in (e.get("evidence_text") or "")]


def test_fr_dead_in_the_fighting_are_the_toll_of_the_assault(run) -> None:  # noqa: ANN001
    events = run(FR_TOLL)
    assert not _told_in(events, "Au moins 15 soldats"), _rows(events)
    assert not _told_in(events, "Parmi les tués"), _rows(events)
    assault = [e for e in _told_in(events, "assaut") if e["event_date"] == "2015-11-10"]
    assert assault and assault[0]["fatalities"] == 35, _rows(events)


def test_en_dead_in_the_fighting_are_the_toll_of_the_assault(run) -> None:  # noqa: ANN001
    events = run(EN_TOLL)
    sunday = [e for e in events if e["event_date"] == "2017-01-15"]
    assert sunday and sunday[0]["fatalities"] == 30, _rows(events)
    assert not _told_in(events, "were killed in the fighting"), _rows(events)


def test_fr_dead_of_an_act_of_their_own_stay_events(run) -> None:  # noqa: ANN001
    text = (
        "ALEP, 12 novembre 2015 - Les forces gouvernementales ont lancé mardi un assaut contre "
        "les positions de l'EI autour de la base de Kouweires.\n\n"
        "Lundi, à Manbij, trois civils ont été tués par un tireur embusqué.\n"
    )
    events = run(text)
    assert [e["event_date"] for e in _told_in(events, "tireur")] == ["2015-11-09"], _rows(events)


def test_en_killed_in_new_clashes_elsewhere_stay_events(run) -> None:  # noqa: ANN001
    text = (
        "HOMS, Jan. 17, 2017 - Islamic State fighters attacked army positions around the T4 "
        "airbase on Sunday, the army said.\n\n"
        "On Monday, five soldiers were killed in clashes near Palmyra.\n"
    )
    events = run(text)
    assert [e["event_date"] for e in _told_in(events, "in clashes")] == ["2017-01-16"], _rows(
        events
    )


def test_fr_villages_encircled_by_rebels_are_a_state(run) -> None:  # noqa: ANN001
    text = (
        "Le point sur les évacuations\n\nPublié le 14 avril 2017\n\n"
        "Les rebelles ont pris jeudi le village de Tall Hadiya, au sud d'Alep, selon l'OSDH.\n\n"
        "D'un côté, Madaya, tenue par les rebelles ; de l'autre, Foua et Kefraya, deux villages "
        "chiites encerclés par les rebelles dans la province d'Idleb.\n"
    )
    events = run(text)
    assert _told_in(events, "Tall Hadiya"), _rows(events)
    assert not _told_in(events, "encerclés"), _rows(events)


def test_fr_imperfect_siege_is_a_state_dated_siege_an_act(run) -> None:  # noqa: ANN001
    state = run(
        "ALEP, 13 novembre 2015 - Les jihadistes, qui encerclaient la base de Kouweires, "
        "manquent désormais de munitions, selon l'OSDH.\n"
    )
    assert not [e for e in state if e["location"] == "Kuweires airbase"], _rows(state)
    act = run("ALEP, 13 novembre 2015 - Le 3 mars 2015, les rebelles ont encerclé Foua.\n")
    assert "2015-03-03" in [e["event_date"] for e in _told_in(act, "encerclé")], _rows(act)


def test_fr_refuge_of_a_withdrawal_is_no_hand_over(run) -> None:  # noqa: ANN001
    text = (
        "Le point sur l'Euphrate\n\nPublié le 14 octobre 2017\n\n"
        "L'armée syrienne a repris jeudi la ville de Mayadine, selon l'OSDH.\n\n"
        "C'est à Boukamal, où se seraient repliés les derniers chefs de l'EI, que se jouera la "
        "suite.\n"
    )
    events = run(text)
    assert _told_in(events, "Mayadine"), _rows(events)
    assert not [e for e in events if e["location"] == "Abu Kamal"], _rows(events)


def test_en_destination_of_a_withdrawal_is_no_hand_over(run) -> None:  # noqa: ANN001
    text = (
        "Fighting in Afrin\n\nPosted on March 2, 2018\n\n"
        "On February 20, Turkish artillery shelled a convoy of pro-government militiamen near "
        "Afrin, forcing them to pull back to Nubl.\n"
    )
    events = run(text)
    assert _told_in(events, "shelled"), _rows(events)
    assert not [e for e in events if e["location"] == "Nubl"], _rows(events)


def test_fr_siege_broken_in_a_participle_is_told(run) -> None:  # noqa: ANN001
    text = (
        "Le point sur Kouweires\n\nPublié le 12 novembre 2015\n\n"
        "Les forces gouvernementales ont fait la jonction mardi avec la garnison encerclée de la "
        "base de Kouweires, brisant le blocus que l'EI imposait depuis deux ans.\n"
    )
    events = run(text)
    assert [e["event_type"] for e in _told_in(events, "brisant")] == ["Battles"], _rows(events)
    assert [e["event_date"] for e in _told_in(events, "brisant")] == ["2015-11-10"], _rows(events)
