"""Sentences that tell no new act though they hold a trigger word (session 14, fixer M),
through the whole pipeline on texts written for these tests, French and English:

- an act that is what someone demands ("des manifestants exigeaient le retrait des milices",
  "called for the release of the hostages") is asked for, not told: no event (plans.demanded);
  the protest of the demanders stays, and so does an act told beside the demand ("ont exigé une
  rançon après avoir enlevé ...") or a verb whose other preposition is no demand ("called in
  air strikes on the village");
- an aid convoy entering a town ("un convoi d'aide humanitaire est entré à X", "a Red Crescent
  aid convoy entered X") brings relief: no fight (prospective._relief_entry);
- what became of captives taken before ("les otages sont rentrés", "the hostages were
  released", "restent détenus", "on ignore où ils sont détenus", "it is unknown where they are
  being held") is no new abduction, arrest or recapture (prospective._captive_state).
"""

from __future__ import annotations

from typing import Any

from helpers import pipeline_run  # noqa: F401 (fixtures)


def _rows(events: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return [(e["sub_event_type"], e["location"], e["event_date"], e["modality"]) for e in events]


def _subs(events: list[dict[str, Any]]) -> list[str]:
    return sorted(e["sub_event_type"] for e in events)


FR_DEMAND = (
    "Journal de Damas\nSoueida : la colère monte\nPublié le jeudi 20 avril 2017\n\n"
    "Des manifestants à Soueida exigeaient mercredi le retrait des "
    "milices de la ville.\n\n"
    "Les dignitaires ont décidé d'exiger la libération immédiate des otages de Chahba.\n"
    "Les ravisseurs ont exigé une rançon après avoir enlevé deux commerçants à Qanawat lundi.\n"
)

EN_DEMAND = (
    "Daily Levant Report\nAnger in Sweida\nPublished Thursday, 20 April 2017\n\n"
    "Protesters in Sweida demanded on Wednesday the withdrawal of the "
    "militias from the city.\n\n"
    "Druze leaders called for the release of the hostages held in Shahba.\n"
    "The army called in air strikes on the village of Ariqa on Wednesday.\n"
)

FR_AFTER = (
    "Journal de Damas\nSoueida : retour des otages\nPublié le jeudi 20 avril 2017\n\n"
    "Des hommes armés ont enlevé en mars six habitants du village de "
    "Chahba, selon des proches.\n\n"
    "Aujourd'hui, les otages sont rentrés chez eux.\n"
    "Les deux otages ont été libérés mercredi à Chahba.\n"
    "Quatre autres restent détenus par le groupe à Chahba.\n"
    "On ignore encore où ils sont détenus.\n"
)

EN_AFTER = (
    "Daily Levant Report\nHostages home in Sweida\nPublished Thursday, 20 April 2017\n\n"
    "Gunmen abducted six residents of the village of Shahba in March, "
    "relatives said.\n\n"
    "Today the hostages returned home.\n"
    "Two hostages were released on Wednesday in Shahba.\n"
    "It is still unknown where the others are being held.\n"
)


def test_fr_a_demanded_act_is_no_event(run) -> None:  # noqa: ANN001
    events = run(FR_DEMAND)
    assert _subs(events) == ["Abduction/forced disappearance", "Peaceful protest"], _rows(events)


def test_en_a_demanded_act_is_no_event(run) -> None:  # noqa: ANN001
    events = run(EN_DEMAND)
    assert _subs(events) == ["Air/drone strike", "Peaceful protest"], _rows(events)


def test_fr_what_became_of_captives_is_no_new_act(run) -> None:  # noqa: ANN001
    events = run(FR_AFTER)
    assert _rows(events) == [("Abduction/forced disappearance", "Shahbā", "2017-03", "reported")], (
        _rows(events)
    )


def test_en_what_became_of_captives_is_no_new_act(run) -> None:  # noqa: ANN001
    events = run(EN_AFTER)
    assert _rows(events) == [("Abduction/forced disappearance", "Shahbā", "2017-03", "reported")], (
        _rows(events)
    )


FR_RELIEF = (
    "Journal de Damas\nMadaya : l'aide arrive enfin\nPublié le mardi 12 janvier 2016\n\n"
    "Un convoi d'aide humanitaire du Croissant-Rouge est entré lundi dans la ville de Douma.\n"
    "Les rebelles sont entrés lundi dans le village de Kafraya après de violents combats.\n"
)

EN_RELIEF = (
    "Daily Levant Report\nAid reaches Douma\nPublished Tuesday, 12 January 2016\n\n"
    "A Red Crescent aid convoy entered the town of Douma on Monday.\n"
    "Rebel fighters entered the village of Kafraya on Monday after heavy fighting.\n"
)


def test_fr_an_aid_convoy_entering_a_town_is_no_fight(run) -> None:  # noqa: ANN001
    events = run(FR_RELIEF)
    assert not [e for e in events if e["location"] == "Douma"], _rows(events)
    assert [e for e in events if e["location"] == "Kafriya"], _rows(events)


def test_en_an_aid_convoy_entering_a_town_is_no_fight(run) -> None:  # noqa: ANN001
    events = run(EN_RELIEF)
    assert not [e for e in events if e["location"] == "Douma"], _rows(events)
    assert [e for e in events if e["location"] == "Kafriya"], _rows(events)
