"""Plans, guesses and denials that gave nothing (session 6; sentences written for these tests).

Classes, each with French and English phrasings and near-misses that must not fire:
- an intention verb governing a launch or a march, with a time phrase put before the object
  ("compte lancer dans les prochains jours l'assaut sur X") or "vouloir" ("ont annoncé vouloir
  marcher sur X"): planned, undated;
- a threat to carry out a named military act on a named town ("a menacé de lancer une offensive
  contre les Kurdes à X"): planned; a vague threat ("d'une intervention", "to fight to the end")
  stays no event;
- an announced entry into "the districts" of the story's town, even with its own day ("entrera
  jeudi dans les quartiers évacués"): planned, at that town, undated;
- an armed group guessed to strike again at a named town ("pourraient frapper de nouveau à X"):
  speculative armed clash there, undated; a state's jets are not this rule;
- denials of a specific act that named no trigger the lexicon knew (chemical agents as munition
  modifiers, white phosphorus, a state denying it "struck" a site): denied, undated; the day of
  the claim being denied ("comme l'affirmait la veille X") does not date the act; a denial of
  "coordination" stays no event.
"""

from __future__ import annotations

from typing import Any

import pytest

from newsift.model import Event

PUB = "2016-05-12"


@pytest.fixture()
def extra_actors() -> dict[str, dict[str, Any]]:
    return {
        "ru-mod": {
            "id": "ru-mod",
            "name": "Russian Ministry of Defence",
            "inter": None,
            "kind": "ministry",
            "country": "RU",
            "parent": None,
        },
        "kurds": {
            "id": "kurds",
            "name": "People's Protection Units",
            "inter": 2,
            "kind": "armed_group",
            "country": "SY",
            "parent": None,
        },
    }


def _show(events: list[Event]) -> list[tuple[object, ...]]:
    return [(e.sub_event_type, e.location, e.event_date, e.modality, e.actor1) for e in events]


def _at(events: list[Event], place: str, modality: str) -> list[Event]:
    return [e for e in events if e.location == place and e.modality == modality]


# ------------------------------------------------------------------ intentions
def test_fr_intention_with_a_time_phrase_before_the_object_is_planned(extract) -> None:
    text = (
        "Selon un officier, l'armée compte lancer dans les prochains jours l'assaut sur "
        "Saraqib, dernier bastion rebelle de la région."
    )
    events = extract(
        text,
        lang="fr",
        actors=[("l'armée", "Military Forces of Syria")],
        places=[("Saraqib", "Saraqib")],
        published=PUB,
    )
    at = _at(events, "Saraqib", "planned")
    assert at and at[0].sub_event_type == "Armed clash", _show(events)
    assert all(e.event_date is None for e in at), _show(events)


def test_en_intention_with_a_time_phrase_before_the_object_is_planned(extract) -> None:
    text = "Army commanders intend to launch within days an assault on Manbij."
    events = extract(
        text,
        actors=[("Army", "Military Forces of Syria")],
        places=[("Manbij", "Manbij")],
        published=PUB,
    )
    at = _at(events, "Manbij", "planned")
    assert at and all(e.event_date is None for e in at), _show(events)


def test_fr_wanting_to_march_on_a_town_is_planned(extract) -> None:
    text = (
        "Lundi, les rebelles ont pris Idlib. Enhardis, leurs chefs ont annoncé vouloir "
        "marcher sur Hama."
    )
    events = extract(
        text,
        lang="fr",
        actors=[("les rebelles", "Hayat Tahrir al-Sham")],
        places=[("Idlib", "Idlib"), ("Hama", "Hama")],
        dates=[("Lundi", "2016-05-09")],
        published=PUB,
    )
    at = [e for e in events if e.location == "Hama"]
    assert at and all(e.modality == "planned" and e.event_date is None for e in at), _show(events)


# ------------------------------------------------------------------ threats
def test_fr_threat_to_launch_an_offensive_on_a_town_is_planned(extract) -> None:
    text = (
        "Le gouvernement turc a de nouveau menacé de lancer une offensive contre les Kurdes "
        "à Manbij."
    )
    events = extract(
        text,
        lang="fr",
        actors=[("gouvernement turc", "Military Forces of Turkey")],
        places=[("Manbij", "Manbij")],
        published=PUB,
    )
    at = _at(events, "Manbij", "planned")
    assert at and at[0].sub_event_type == "Armed clash", _show(events)
    assert all(e.event_date is None for e in at), _show(events)


def test_en_threat_to_storm_a_town_is_planned(extract) -> None:
    text = "Turkey's president threatened on Tuesday to launch an offensive on Jarabulus."
    events = extract(
        text,
        actors=[("Turkey", "Military Forces of Turkey")],
        places=[("Jarabulus", "Jarabulus")],
        dates=[("Tuesday", "2016-05-10")],
        published=PUB,
    )
    at = _at(events, "Jarabulus", "planned")
    assert at and all(e.event_date is None for e in at), _show(events)


def test_vague_threats_are_no_events(extract) -> None:
    """Must not fire: a threat with a noun complement, or an act with no town of its own."""
    text = (
        "Ankara a menacé jeudi d'une intervention militaire. Le groupe menace de se battre "
        "jusqu'au bout."
    )
    events = extract(
        text,
        lang="fr",
        actors=[("Ankara", "Military Forces of Turkey")],
        dates=[("jeudi", "2016-05-12")],
        published=PUB,
    )
    assert not [e for e in events if e.modality == "planned"], _show(events)


# ------------------------------------------------------------------ announced entries
def test_fr_quoted_entry_into_the_districts_is_planned_and_undated(extract) -> None:
    text = (
        "Mercredi, les derniers rebelles ont été évacués de la vieille ville de Homs. "
        "« L'armée entrera jeudi dans les quartiers évacués », a annoncé le gouverneur."
    )
    events = extract(
        text,
        lang="fr",
        actors=[("L'armée", "Military Forces of Syria")],
        places=[("Homs", "Homs")],
        dates=[("Mercredi", "2016-05-11"), ("jeudi", "2016-05-12")],
        published=PUB,
    )
    at = _at(events, "Homs", "planned")
    assert at, _show(events)
    assert all(e.event_date is None for e in at), _show(events)


def test_en_announced_entry_on_a_given_day_is_undated(extract) -> None:
    text = (
        "The last rebels left the old city of Homs on Wednesday. Our troops will enter the "
        "district on Saturday, the governor told reporters."
    )
    events = extract(
        text,
        actors=[("troops", "Military Forces of Syria")],
        places=[("Homs", "Homs")],
        dates=[("Wednesday", "2016-05-11"), ("Saturday", "2016-05-14")],
        published=PUB,
    )
    planned = [e for e in events if e.modality == "planned"]
    assert planned and all(e.event_date is None for e in planned), _show(events)


# ------------------------------------------------------------------ guessed renewed attacks
def test_fr_cells_that_could_strike_again_at_a_town_are_speculative(extract) -> None:
    text = (
        "L'armée a repris jeudi Abu Kamal. Selon des analystes, les cellules dormantes de "
        "l'EI pourraient frapper à nouveau à Raqqa dans les semaines qui viennent."
    )
    events = extract(
        text,
        lang="fr",
        actors=[("L'armée", "Military Forces of Syria"), ("l'EI", "Islamic State")],
        places=[("Abu Kamal", "Abu Kamal"), ("Raqqa", "Raqqa")],
        dates=[("jeudi", "2016-05-12")],
        published=PUB,
    )
    at = _at(events, "Raqqa", "speculative")
    assert at and at[0].sub_event_type == "Armed clash", _show(events)
    assert at[0].actor1 == "Islamic State" and at[0].event_date is None, _show(events)


def test_en_group_that_could_attack_again_in_a_town_is_speculative(extract) -> None:
    text = (
        "The army retook Deir ez-Zor on Thursday. Officials warned that Islamic State "
        "could attack again in Al-Mayadin."
    )
    events = extract(
        text,
        actors=[("army", "Military Forces of Syria"), ("Islamic State", "Islamic State")],
        places=[("Deir ez-Zor", "Deir ez-Zor"), ("Al-Mayadin", "Al-Mayadin")],
        dates=[("Thursday", "2016-05-12")],
        published=PUB,
    )
    at = _at(events, "Al-Mayadin", "speculative")
    assert at and all(e.event_date is None for e in at), _show(events)


def test_state_jets_that_could_strike_again_are_no_guessed_clash(extract) -> None:
    """Must not fire: jets of a state are not an armed group's renewed attack."""
    text = "The army retook Hama on Thursday. Russian jets could strike again in Idlib."
    events = extract(
        text,
        actors=[
            ("army", "Military Forces of Syria"),
            ("Russian jets", "Military Forces of Russia"),
        ],
        places=[("Hama", "Hama"), ("Idlib", "Idlib")],
        dates=[("Thursday", "2016-05-12")],
        published=PUB,
    )
    assert not [e for e in events if e.location == "Idlib" and e.sub_event_type == "Armed clash"], (
        _show(events)
    )


# ------------------------------------------------------------------ denials
def test_en_denied_white_phosphorus_is_a_denied_chemical_weapon(extract) -> None:
    text = "Ankara has denied that its forces used white phosphorus in Manbij."
    events = extract(
        text,
        actors=[("Ankara", "Military Forces of Turkey")],
        places=[("Manbij", "Manbij")],
        published=PUB,
    )
    at = _at(events, "Manbij", "denied")
    assert at and at[0].sub_event_type == "Chemical weapon", _show(events)
    assert at[0].event_date is None, _show(events)


def test_en_denied_chlorine_barrels_is_a_denied_chemical_weapon(extract) -> None:
    text = (
        "The Syrian government on Sunday denied that its helicopters dropped chlorine "
        "barrels on Idlib."
    )
    events = extract(
        text,
        actors=[("Syrian government", "Military Forces of Syria")],
        places=[("Idlib", "Idlib")],
        dates=[("Sunday", "2016-05-08")],
        published=PUB,
    )
    at = _at(events, "Idlib", "denied")
    assert at and at[0].sub_event_type == "Chemical weapon", _show(events)
    assert all(e.event_date is None for e in at), _show(events)


def test_fr_state_denying_it_struck_a_hospital_is_a_denied_air_strike(extract) -> None:
    text = "Le ministère russe de la Défense dément avoir frappé l'hôpital de Saraqib."
    events = extract(
        text,
        lang="fr",
        actors=[("ministère russe de la Défense", "Military Forces of Russia")],
        places=[("Saraqib", "Saraqib")],
        published=PUB,
    )
    at = _at(events, "Saraqib", "denied")
    assert at and at[0].sub_event_type == "Air/drone strike", _show(events)
    assert at[0].event_date is None, _show(events)


def test_fr_coalition_denial_after_russian_raids_is_its_own_undated_row(extract) -> None:
    text = (
        "L'aviation russe a mené jeudi des raids sur Deir ez-Zor. Le Pentagone a démenti "
        "vendredi que la coalition ait frappé des positions gouvernementales près de "
        "Deir ez-Zor, comme l'affirmait la veille la télévision syrienne."
    )
    events = extract(
        text,
        lang="fr",
        actors=[
            ("L'aviation russe", "Military Forces of Russia"),
            ("la coalition", "Global Coalition Against Daesh"),
        ],
        places=[("Deir ez-Zor", "Deir ez-Zor"), ("Deir ez-Zor@2", "Deir ez-Zor")],
        dates=[("jeudi", "2016-05-05"), ("vendredi", "2016-05-06"), ("la veille", "2016-05-05")],
        published=PUB,
    )
    denied = _at(events, "Deir ez-Zor", "denied")
    assert denied and denied[0].actor1 == "Global Coalition Against Daesh", _show(events)
    assert denied[0].event_date is None, _show(events)
    told = _at(events, "Deir ez-Zor", "asserted")
    assert told and told[0].actor1 == "Military Forces of Russia", _show(events)


def test_denial_of_coordination_is_no_event(extract) -> None:
    """Must not fire: a denial of unspecified coordination (tests/CONVENTIONS.md section 3)."""
    text = "Le ministre turc a démenti mardi toute coordination avec les milices à Manbij."
    events = extract(
        text,
        lang="fr",
        actors=[("ministre turc", "Military Forces of Turkey")],
        places=[("Manbij", "Manbij")],
        dates=[("mardi", "2016-05-10")],
        published=PUB,
    )
    assert not events, _show(events)


def test_fr_denied_execution_after_arrests_is_its_own_denied_row(extract) -> None:
    text = (
        "Plus de 300 hommes ont disparu jeudi après avoir été arrêtés à Mosul. Les chefs du "
        "Hachd ont démenti toute exécution sommaire de prisonniers à Mosul."
    )
    events = extract(
        text,
        lang="fr",
        actors=[("Hachd", "Popular Mobilization Forces")],
        places=[("Mosul", "Mosul"), ("Mosul@2", "Mosul")],
        dates=[("jeudi", "2016-05-05")],
        published=PUB,
    )
    denied = _at(events, "Mosul", "denied")
    assert denied and denied[0].sub_event_type == "Attack", _show(events)
    assert denied[0].event_date is None, _show(events)


def test_en_denied_part_in_a_fight_is_a_denied_event_of_the_named_side(extract) -> None:
    text = (
        "On Saturday, fierce clashes broke out near Manbij. Ankara denied that Turkish "
        "troops had taken part in the fighting in Manbij."
    )
    events = extract(
        text,
        actors=[("Turkish troops", "Military Forces of Turkey")],
        places=[("Manbij", "Manbij"), ("Manbij@2", "Manbij")],
        dates=[("Saturday", "2016-05-07")],
        published=PUB,
    )
    denied = _at(events, "Manbij", "denied")
    assert denied and denied[0].event_date is None, _show(events)
    assert denied[0].actor1 == "Military Forces of Turkey", _show(events)
    assert _at(events, "Manbij", "asserted"), _show(events)


def test_fr_blanket_denial_of_a_generic_attack_still_contests(extract) -> None:
    """Must not add a row: "toute attaque" after the strike told just before contests it."""
    text = (
        "Mardi, des raids aériens ont tué 12 civils à Saraqib. Moscou a démenti toute attaque "
        "contre des civils."
    )
    events = extract(
        text,
        lang="fr",
        actors=[("Moscou", "Military Forces of Russia")],
        places=[("Saraqib", "Saraqib")],
        dates=[("Mardi", "2016-05-10")],
        published=PUB,
    )
    assert not [e for e in events if e.modality == "denied"], _show(events)


# ------------------------------------------------------------------ attribution of an aside
@pytest.mark.parametrize(
    ("lang", "text", "actor", "place"),
    [
        (
            "fr",
            "Mardi, l'aviation turque a bombardé Manbij, visant selon Ankara des positions du PKK.",
            ("l'aviation turque", "Military Forces of Turkey"),
            "Manbij",
        ),
        (
            "fr",
            "Mardi, l'aviation russe a frappé Saraqib, faisant au moins 40 morts selon l'OSDH.",
            ("l'aviation russe", "Military Forces of Russia"),
            "Saraqib",
        ),
        (
            "en",
            "On Tuesday, Russian jets bombed Idlib, killing according to the Observatory at "
            "least 12 civilians.",
            ("Russian jets", "Military Forces of Russia"),
            "Idlib",
        ),
    ],
)
def test_attribution_of_a_participle_aside_leaves_the_strike_asserted(
    extract, lang: str, text: str, actor: tuple[str, str], place: str
) -> None:
    day = "Mardi" if lang == "fr" else "Tuesday"
    events = extract(
        text,
        lang=lang,
        actors=[actor],
        places=[(place, place)],
        dates=[(day, "2016-05-10")],
        published=PUB,
    )
    at = [e for e in events if e.location == place]
    assert at and at[0].modality == "asserted", _show(events)


def test_sentence_final_attribution_after_a_toll_stays_reported(extract) -> None:
    """Must not fire: ", selon l'agence officielle" closing the sentence reports it all."""
    text = (
        "Mardi, une roquette s'est abattue sur un marché de Hama, tuant 35 personnes, selon "
        "l'agence officielle."
    )
    events = extract(
        text,
        lang="fr",
        places=[("Hama", "Hama")],
        dates=[("Mardi", "2016-05-10")],
        published=PUB,
    )
    at = [e for e in events if e.location == "Hama"]
    assert at and all(e.modality == "reported" for e in at), _show(events)


def test_attribution_of_the_strike_itself_stays_reported(extract) -> None:
    """Must not fire: "selon l'OSDH" heads the sentence and governs the strike."""
    text = "Selon l'OSDH, l'aviation russe a frappé mardi Saraqib, faisant 12 morts."
    events = extract(
        text,
        lang="fr",
        actors=[("l'aviation russe", "Military Forces of Russia")],
        places=[("Saraqib", "Saraqib")],
        dates=[("mardi", "2016-05-10")],
        published=PUB,
    )
    at = [e for e in events if e.location == "Saraqib"]
    assert at and at[0].modality == "reported", _show(events)


def test_fr_present_dement_misread_by_the_parser_still_denies(extract) -> None:
    text = (
        "Vendredi, l'armée et le Hachd ont repris Mosul. Le Hachd dément avoir incendié des "
        "maisons à Mosul, comme l'affirment des ONG."
    )
    events = extract(
        text,
        lang="fr",
        actors=[
            ("Hachd", "Popular Mobilization Forces"),
            ("Hachd@2", "Popular Mobilization Forces"),
        ],
        places=[("Mosul", "Mosul"), ("Mosul@2", "Mosul")],
        dates=[("Vendredi", "2016-05-06")],
        published=PUB,
    )
    burnt = [e for e in events if e.sub_event_type == "Looting/property destruction"]
    assert burnt and all(e.modality == "denied" and e.event_date is None for e in burnt), _show(
        events
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Syrian troops retook most of Deir ez-Zor on Tuesday. The remaining neighborhoods "
            "are expected to be fully liberated within days.",
        ),
        (
            "fr",
            "L'armée a repris mardi l'essentiel de Deir ez-Zor. Les derniers quartiers "
            "pourraient être libérés d'ici quelques jours, selon un officier.",
        ),
    ],
)
def test_districts_expected_to_fall_are_a_guess_at_the_story_town(
    extract, lang: str, text: str
) -> None:
    day = "Tuesday" if lang == "en" else "mardi"
    army = "Syrian troops" if lang == "en" else "L'armée"
    events = extract(
        text,
        lang=lang,
        actors=[(army, "Military Forces of Syria")],
        places=[("Deir ez-Zor", "Deir ez-Zor")],
        dates=[(day, "2016-05-10")],
        published=PUB,
    )
    guessed = _at(events, "Deir ez-Zor", "speculative")
    assert guessed and all(e.event_date is None for e in guessed), _show(events)


@pytest.mark.parametrize(
    ("lang", "text", "army"),
    [
        (
            "fr",
            "Mercredi, un accord d'évacuation a été conclu pour le quartier de Homs. Une fois "
            "l'évacuation achevée, les forces gouvernementales entreraient dans Homs, a indiqué "
            "le gouverneur.",
            "les forces gouvernementales",
        ),
    ],
)
def test_announced_entry_after_an_evacuation_deal_is_a_planned_handover(
    extract, lang: str, text: str, army: str
) -> None:
    day = "Mercredi" if lang == "fr" else "Wednesday"
    events = extract(
        text,
        lang=lang,
        actors=[(army, "Military Forces of Syria")],
        places=[("Homs", "Homs"), ("Homs@2", "Homs")],
        dates=[(day, "2016-05-11")],
        published=PUB,
    )
    planned = _at(events, "Homs", "planned")
    assert planned, _show(events)
    assert all(e.sub_event_type == "Non-violent transfer of territory" for e in planned), _show(
        events
    )
    assert all(e.event_date is None for e in planned), _show(events)
