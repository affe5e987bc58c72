"""Acts referred to, not told (session 16, fixer X), through the whole pipeline on texts written
for these tests: a definite event noun that a verb of reaction takes as object is the act
already told, whatever capital the speakers sit in; an act said to recur ("ce n'est pas la
première fois que ...", "it was not the first time ...") is no event of its own, while the
earlier act told after the colon stays one, and so does a claim that names its own place.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from helpers import pipeline_run, real_kb_here  # noqa: F401 (fixtures)


def _rows(events: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return [(e["sub_event_type"], e["location"], e["event_date"], e["modality"]) for e in events]


def _plain(name: str | None) -> str:
    return unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode()


def _places(events: list[dict[str, Any]]) -> set[str]:
    return {_plain(e["location"]) for e in events}


HEAD_FR = "Chronique d'Irak\nLe drone et le palais\nPublié le 8 mai 2022\n\n"
HEAD_EN = "Iraq notebook\nThe drone and the palace\nPublished May 8, 2022\n\n"
ACT_FR = (
    "Dimanche, un drone piégé a frappé la résidence du gouverneur à Bassora, blessant trois "
    "gardes.\n"
)
ERBIL_FR = "Dimanche, des roquettes ont frappé l'aéroport d'Erbil, blessant deux soldats.\n\n"
ACT_EN = (
    "On Sunday, an explosive-laden drone hit the governor's residence in Basra, wounding three "
    "guards.\n"
)


# ---------------------------------------------------------------- reactions
def test_en_condemnation_in_a_capital_is_not_an_attack_there(run) -> None:  # noqa: ANN001
    events = run(HEAD_EN + ACT_EN + "In Riyadh, the minister denounced the attack.\n")
    assert "Riyadh" not in _places(events), _rows(events)
    assert "Basra" in _places(events), _rows(events)


def test_en_speakers_named_as_capitals_tell_no_new_attack(run) -> None:  # noqa: ANN001
    events = run(
        HEAD_EN + ACT_EN + "The governor promised an inquiry.\n\n"
        "Washington, Tehran and Riyadh condemned the attack.\n"
    )
    assert _places(events) == {"Basra"}, _rows(events)


def test_fr_condemnation_by_capitals_is_no_new_event(run) -> None:  # noqa: ANN001
    events = run(
        HEAD_FR + ACT_FR + "Le gouverneur a promis une enquête.\n\n"
        "Washington, Téhéran et Riyad ont condamné l'attaque.\n"
    )
    assert _places(events) == {"Basra"}, _rows(events)


def test_fr_claim_with_its_own_place_and_day_stays_an_event(run) -> None:  # noqa: ANN001
    # near miss: the noun names its own day and town, a new act told through its claim
    events = run(
        HEAD_FR + ACT_FR + "Le gouverneur a promis une enquête.\n\n"
        "L'EI a revendiqué l'attentat de dimanche à Kirkouk.\n"
    )
    assert "Kirkuk" in _places(events), _rows(events)


# ---------------------------------------------------------------- recurrence
RECUR_EN = (
    HEAD_EN + "On Sunday, rockets hit Erbil airport, wounding two soldiers.\n\n"
    "Iraq recalled its ambassador from Tehran.\n\n"
)


def test_en_not_the_first_time_is_no_event(run) -> None:  # noqa: ANN001
    events = run(RECUR_EN + "It was not the first time Iranian missiles have hit the city.\n")
    assert _places(events) == {"Erbil"}, _rows(events)


def test_en_earlier_act_after_the_colon_is_told(run) -> None:  # noqa: ANN001
    events = run(
        RECUR_EN + "It is not the first time: in March 2021, militiamen shelled the airport "
        "of Sulaymaniyah.\n"
    )
    assert "Sulaymaniyah" in _places(events), _rows(events)


def test_fr_not_the_first_time_is_no_event(run) -> None:  # noqa: ANN001
    events = run(
        HEAD_FR + ERBIL_FR + "Bagdad a rappelé son ambassadeur à Téhéran.\n\n"
        "Ce n'est pas la première fois que des missiles iraniens frappent la ville.\n"
    )
    assert _places(events) == {"Erbil"}, _rows(events)


def test_fr_earlier_act_after_the_colon_is_told(run) -> None:  # noqa: ANN001
    events = run(
        HEAD_FR
        + ERBIL_FR
        + "Ce n'est pas la première fois que la ville est visée : en mars 2021, des miliciens "
        "avaient bombardé l'aéroport de Souleimaniyé.\n"
    )
    assert "Sulaymaniyah" in _places(events), _rows(events)


# ---------------------------------------------------------------- a doer who is no one
HEAD_OP_FR = "Tribune\nLa ville et la guerre\nPublié le 8 mai 2022\n\n"
HEAD_OP_EN = "Opinion\nThe city and the war\nPublished May 8, 2022\n\n"


def test_fr_maxim_about_whoever_holds_a_town_is_no_event(run) -> None:  # noqa: ANN001
    events = run(
        HEAD_OP_FR + "L'armée a repris Raqqa mardi.\n\n"
        "Celui qui tiendra Deir ez-Zor devra composer avec les tribus, ou les combattre une à "
        "une.\n"
    )
    assert "Deir ez-Zor" not in _places(events), _rows(events)


def test_en_maxim_about_whoever_takes_a_town_is_no_event(run) -> None:  # noqa: ANN001
    events = run(
        HEAD_OP_EN + "The army retook Raqqa on Tuesday.\n\n"
        "Whoever takes Deir ez-Zor will have to fight the tribes one by one.\n"
    )
    assert _places(events) == {"Raqqa"}, _rows(events)


def test_fr_the_one_who_fired_is_someone(run) -> None:  # noqa: ANN001
    # near miss: told in a compound tense, "celui qui a tiré" did it; his arrest stays an event
    events = run(
        HEAD_OP_FR + "Lundi, à Kirkouk, des policiers ont ouvert le feu sur des manifestants.\n\n"
        "Celui qui a tiré sur la foule a été arrêté mardi à Kirkouk.\n"
    )
    assert "Arrests" in {e["sub_event_type"] for e in events}, _rows(events)
