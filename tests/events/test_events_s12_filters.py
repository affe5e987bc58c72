"""Drop rules of the extractor scoped to what they are for (session 12, the filters audit),
through the whole pipeline on texts written for these tests:

- a definite event noun under a planned or speculative verb ("les FDS lanceraient d'ici
  mardi l'assaut final", "would launch the final assault") is the move announced when no
  prospect of its kind was told before, not "a reference to an event already told"; a
  definite noun repeating an announced offensive stays one event;
- a period a main verb takes as its object ("la ville avait connu trois jours
  d'affrontements", "the city had seen three days of clashes") is the clash told, while a
  period framing another act ("Après une semaine de combats, les FDS ont repris ...") still
  gives way to that act;
- a denial of a remote act by other means than the one told before ("a démenti que des avions
  de la coalition aient frappé X" after roadside bombs at X) is a denied event of its own, while
  a denial of the same means still contests the strike told;
- a change of ground with no place of its own that is announced, reported or denied ("un
  officier a assuré que l'armée reprendrait le point de passage") is placed at the story's
  town instead of vanishing; one asserted in the author's voice ("pour libérer toute la
  région") is still no event.
"""

from __future__ import annotations

from typing import Any

from helpers import pipeline_run  # noqa: F401 (fixtures)


def _rows(events: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return [(e["sub_event_type"], e["location"], e["event_date"], e["modality"]) for e in events]


def _told_in(events: list[dict[str, Any]], words: str) -> list[dict[str, Any]]:
    return [e for e in events if words in (e.get("evidence_text") or "")]


FR_FINAL_ASSAULT = (
    "RAQQA, 5 juillet 2017 - Des jihadistes de l'EI sont toujours retranchés dans l'hôpital "
    "national de Raqqa, a indiqué mercredi un porte-parole des FDS.\n\n"
    "Le porte-parole a affirmé que les FDS lanceraient « dans les prochaines heures » l'assaut "
    "final contre les bâtiments nord de l'hôpital, où des dizaines de combattants restent "
    "retranchés.\n"
)

EN_FINAL_ASSAULT = (
    "RAQQA, July 5, 2017 - Islamic State fighters are still holed up in the national hospital "
    "of Raqqa, an SDF spokesman said on Wednesday.\n\n"
    "He said the SDF would launch the final assault on the northern wing of the hospital in "
    "the coming hours.\n"
)

FR_PLAN_REPEATED = (
    "DEIR EZ-ZOR, 2 septembre 2017 - L'armée syrienne prépare une offensive contre les "
    "positions de l'EI autour de Deir ez-Zor, selon une source militaire.\n\n"
    "L'offensive pourrait commencer dans les prochains jours, a ajouté cette source.\n"
)


def test_fr_first_announced_definite_assault_is_a_planned_event(run) -> None:  # noqa: ANN001
    events = run(FR_FINAL_ASSAULT)
    planned = [e for e in _told_in(events, "assaut") if e["modality"] == "planned"]
    assert planned and planned[0]["event_type"] == "Battles", _rows(events)


def test_en_first_announced_definite_assault_is_a_planned_event(run) -> None:  # noqa: ANN001
    events = run(EN_FINAL_ASSAULT)
    planned = [e for e in _told_in(events, "final assault") if e["modality"] == "planned"]
    assert planned and planned[0]["event_type"] == "Battles", _rows(events)


def test_fr_repeated_announced_offensive_stays_one_event(run) -> None:  # noqa: ANN001
    events = run(FR_PLAN_REPEATED)
    planned = [e for e in events if e["modality"] in ("planned", "speculative")]
    assert len(planned) == 1, _rows(events)


FR_PERIOD_TOLD = (
    "QAMICHLI, 22 avril 2016 - Une trêve a été conclue jeudi à Qamichli entre les Asayish et "
    "les miliciens progouvernementaux.\n\n"
    "En mars, la ville avait déjà connu trois jours d'affrontements entre les deux camps.\n"
)

EN_PERIOD_TOLD = (
    "QAMISHLI, April 22, 2016 - A truce was agreed on Thursday in Qamishli between the Asayish "
    "and pro-government militiamen.\n\n"
    "In March, the city had already seen three days of clashes between the two sides.\n"
)

FR_PERIOD_FRAME = (
    "RAQQA, 5 juillet 2017 - Après une semaine de combats, les FDS ont repris mercredi le "
    "quartier de Senaa à Raqqa.\n"
)


def test_fr_period_object_of_the_main_verb_is_the_clash(run) -> None:  # noqa: ANN001
    events = run(FR_PERIOD_TOLD)
    clash = [e for e in _told_in(events, "affrontements") if e["sub_event_type"] == "Armed clash"]
    assert clash and clash[0]["event_date"] == "2016-03", _rows(events)


def test_en_period_object_of_the_main_verb_is_the_clash(run) -> None:  # noqa: ANN001
    events = run(EN_PERIOD_TOLD)
    clash = [e for e in _told_in(events, "clashes") if e["sub_event_type"] == "Armed clash"]
    assert clash and clash[0]["event_date"] == "2016-03", _rows(events)


def test_fr_period_framing_a_capture_gives_way_to_it(run) -> None:  # noqa: ANN001
    events = run(FR_PERIOD_FRAME)
    assert not [e for e in events if e["sub_event_type"] == "Armed clash"], _rows(events)
    assert [e for e in events if e["event_type"] == "Battles"], _rows(events)


FR_DENIED_OTHER_MEANS = (
    "RAMADI, 26 octobre 2014 - Plusieurs engins explosifs ont explosé samedi au passage d'un "
    "convoi de l'armée irakienne à l'entrée de Ramadi, tuant au moins six soldats.\n\n"
    "Le ministère irakien de la Défense a démenti samedi que des avions de la coalition menée "
    "par les États-Unis aient frappé Ramadi.\n"
)

EN_DENIED_OTHER_MEANS = (
    "RAMADI, October 26, 2014 - Several roadside bombs exploded on Saturday as an Iraqi army "
    "convoy entered Ramadi, killing at least six soldiers.\n\n"
    "The Iraqi defence ministry on Saturday denied that aircraft of the US-led coalition had "
    "struck Ramadi.\n"
)

FR_DENIED_SAME_MEANS = (
    "RAMADI, 26 octobre 2014 - Des avions ont bombardé samedi un marché de Ramadi, tuant au "
    "moins six civils, selon des témoins.\n\n"
    "Le Pentagone a démenti samedi que des avions de la coalition aient frappé Ramadi.\n"
)


def _denied_strikes(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        e for e in events if e["modality"] == "denied" and e["sub_event_type"] == "Air/drone strike"
    ]


def test_fr_denied_strike_after_a_bombing_is_its_own_event(run) -> None:  # noqa: ANN001
    events = run(FR_DENIED_OTHER_MEANS)
    assert _denied_strikes(events), _rows(events)
    assert [e for e in events if e["sub_event_type"] == "Remote explosive/landmine/IED"]


def test_en_denied_strike_after_a_bombing_is_its_own_event(run) -> None:  # noqa: ANN001
    events = run(EN_DENIED_OTHER_MEANS)
    assert _denied_strikes(events), _rows(events)


def test_fr_denial_of_the_strike_told_contests_it(run) -> None:  # noqa: ANN001
    events = run(FR_DENIED_SAME_MEANS)
    assert not _denied_strikes(events), _rows(events)
    assert len([e for e in events if e["sub_event_type"] == "Air/drone strike"]) == 1


FR_PLACELESS_PLAN = (
    "QUNEITRA, 20 juillet 2018 - Les rebelles ont commencé vendredi à quitter la province de "
    "Quneitra, selon l'OSDH.\n\n"
    "Un officier syrien a assuré que l'armée reprendrait le point de passage « dans les jours "
    "qui viennent ».\n"
)

EN_PLACELESS_PLAN = (
    "QUNEITRA, July 20, 2018 - Rebels began leaving Quneitra province on Friday, the "
    "Observatory said.\n\n"
    "A Syrian officer said the army would retake the crossing point within days.\n"
)

FR_PLACELESS_GENERALITY = (
    "QUNEITRA, 20 juillet 2018 - Les rebelles ont commencé vendredi à quitter la province de "
    "Quneitra, selon l'OSDH.\n\n"
    "Il aura fallu moins d'un mois aux troupes gouvernementales pour libérer toute la région.\n"
)


def test_fr_placeless_announced_retaking_is_placed_at_the_story_town(run) -> None:  # noqa: ANN001
    events = run(FR_PLACELESS_PLAN)
    plan = [e for e in _told_in(events, "point de passage") if e["modality"] == "planned"]
    assert plan and plan[0]["location"] == "Quneitra", _rows(events)
    assert plan[0]["geo_precision"] >= 2, _rows(events)


def test_en_placeless_announced_retaking_is_placed_at_the_story_town(run) -> None:  # noqa: ANN001
    events = run(EN_PLACELESS_PLAN)
    plan = [e for e in _told_in(events, "crossing point") if e["modality"] == "planned"]
    assert plan and plan[0]["location"] == "Quneitra", _rows(events)


def test_fr_placeless_asserted_generality_is_no_event(run) -> None:  # noqa: ANN001
    events = run(FR_PLACELESS_GENERALITY)
    assert not _told_in(events, "libérer toute la région"), _rows(events)
