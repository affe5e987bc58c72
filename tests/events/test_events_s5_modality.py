"""Denied, accused, planned and guessed acts (session 5; sentences written for these tests).

- A party denying an act of its own ("a démenti avoir exécuté", "denied taking part in") gives
  a `denied` event of that act with the denier as actor1, even after another side's event of
  the same kind, and no date unless the act's own words give one.
- Killing prisoners is an `Attack`, even when the prisoners are soldiers.
- An accused act ("accuse X of executing", "accusé X d'avoir enlevé") is written, reported by
  the accuser, and is not dated by the accusation's day.
- A "next target" under "pourrait" / "could" is a guess (`speculative`), by the side whose move
  the article told; stated plainly it stays `planned`.
- Armed men preparing to march on a town plan an `Armed clash` there, not a protest.
"""

from __future__ import annotations

from helpers import one

from newsift.model import Event


def _denied(events: list[Event]) -> list[Event]:
    return [e for e in events if e.modality == "denied"]


# ------------------------------------------------------------------ denials of one's own act
def test_fr_denied_execution_of_prisoners_is_an_undated_attack_of_the_denier(extract) -> None:
    text = (
        "Mercredi, de violents combats ont opposé l'armée aux jihadistes à Idlib. "
        "Hayat Tahrir al-Cham a démenti jeudi avoir exécuté des soldats faits prisonniers à "
        "Idlib, comme l'affirme la télévision officielle."
    )
    events = extract(
        text,
        lang="fr",
        actors=[("l'armée", "Military Forces of Syria"), ("Hayat Tahrir", "Hayat Tahrir al-Sham")],
        places=[("Idlib", "Idlib"), ("Idlib@2", "Idlib")],
        dates=[("Mercredi", "2017-03-15"), ("jeudi", "2017-03-16")],
        published="2017-03-17",
    )
    e = one(_denied(events))
    assert e.sub_event_type == "Attack"  # prisoners are out of the fight
    assert e.location == "Idlib"
    assert e.actor1 == "Hayat Tahrir al-Sham"
    assert e.event_date is None  # "jeudi" is the day of the denial
    assert any(x.sub_event_type == "Armed clash" and x.modality == "asserted" for x in events)


def test_en_denied_part_in_a_rival_assault_is_its_own_undated_event(extract) -> None:
    text = (
        "Islamic State fighters attacked an army base near Hama on Saturday, killing eight "
        "soldiers. Hayat Tahrir al-Sham denied taking part in the assault."
    )
    events = extract(
        text,
        actors=[
            ("Islamic State", "Islamic State"),
            ("Hayat Tahrir al-Sham", "Hayat Tahrir al-Sham"),
        ],
        places=[("Hama", "Hama")],
        dates=[("Saturday", "2017-09-16")],
        published="2017-09-18",
    )
    e = one(_denied(events))
    assert e.sub_event_type == "Armed clash"
    assert e.actor1 == "Hayat Tahrir al-Sham"
    assert e.location == "Hama"  # the assault's place, told before
    assert e.event_date is None  # "the assault" names the act, not its day
    first = [x for x in events if x.modality != "denied"]
    assert first and first[0].actor1 == "Islamic State"


def test_fr_same_side_denying_its_own_assault_adds_no_row(extract) -> None:
    """Must not fire: the denier is the doer of the event told before, so the denial contests
    it (no second row)."""
    text = (
        "Samedi, le Hezbollah a attaqué des positions rebelles près de Hama. Le Hezbollah a "
        "démenti avoir pris part à l'assaut."
    )
    events = extract(
        text,
        lang="fr",
        actors=[("le Hezbollah", "Hezbollah"), ("Le Hezbollah", "Hezbollah")],
        places=[("Hama", "Hama")],
        dates=[("Samedi", "2017-09-16")],
        published="2017-09-18",
    )
    assert not _denied(events), [(e.sub_event_type, e.modality) for e in events]


# ------------------------------------------------------------------ accused acts
def test_fr_accused_abduction_is_reported_by_the_accuser_and_undated(extract) -> None:
    text = (
        "Les Forces démocratiques syriennes ont pris mardi un quartier de Raqqa. Lundi, "
        "l'agence SANA a accusé les Forces démocratiques syriennes d'avoir enlevé une dizaine de "
        "fonctionnaires à Raqqa."
    )
    events = extract(
        text,
        lang="fr",
        actors=[
            ("Forces démocratiques syriennes", "Syrian Democratic Forces"),
            ("Forces démocratiques syriennes@2", "Syrian Democratic Forces"),
            ("SANA", "SANA"),
        ],
        places=[("Raqqa", "Raqqa"), ("Raqqa@2", "Raqqa")],
        dates=[("mardi", "2017-06-13"), ("Lundi", "2017-06-12")],
        published="2017-06-14",
    )
    e = one(events, "Abduction/forced disappearance")
    assert e.modality == "reported"
    assert e.location == "Raqqa"
    assert e.event_date is None  # "Lundi" is the accusation's day
    assert e.actor1 == "Syrian Democratic Forces"


def test_en_accused_execution_takes_its_own_day_only(extract) -> None:
    base = "Iraqi forces entered western Mosul on Thursday. "
    loose = (
        base + "Activists accuse the Popular Mobilization Forces of executing prisoners in Mosul."
    )
    dated = (
        base
        + "Activists accuse the Popular Mobilization Forces of executing prisoners in Mosul on "
        "Friday."
    )
    kw = dict(
        actors=[
            ("Iraqi forces", "Military Forces of Iraq"),
            ("Popular Mobilization Forces", "Popular Mobilization Forces"),
        ],
        places=[("Mosul", "Mosul"), ("Mosul@2", "Mosul")],
        published="2017-03-12",
    )
    e = one(extract(loose, dates=[("Thursday", "2017-03-09")], **kw), "Attack")
    assert e.event_date is None  # neither the story's Thursday nor the publication
    assert e.location == "Mosul"
    e = one(
        extract(dated, dates=[("Thursday", "2017-03-09"), ("Friday", "2017-03-10")], **kw),
        "Attack",
    )
    assert e.event_date == "2017-03-10"  # the act's own day stays


# ------------------------------------------------------------------ next target, march
def test_fr_next_target_under_pourrait_is_speculative_by_the_side_told_before(extract) -> None:
    text = (
        "Les Forces démocratiques syriennes ont pris mardi le contrôle de Manbij. Selon "
        "plusieurs analystes, Raqqa pourrait être la prochaine cible."
    )
    events = extract(
        text,
        lang="fr",
        actors=[("Forces démocratiques syriennes", "Syrian Democratic Forces")],
        places=[("Manbij", "Manbij"), ("Raqqa", "Raqqa")],
        dates=[("mardi", "2016-08-09")],
        published="2016-08-10",
    )
    e = one([x for x in events if x.location == "Raqqa"])
    assert e.sub_event_type == "Armed clash"
    assert e.modality == "speculative"
    assert e.event_date is None
    assert e.actor1 == "Syrian Democratic Forces"


def test_en_next_target_guessed_or_announced(extract) -> None:
    kw = dict(
        actors=[("Syrian troops", "Military Forces of Syria")],
        places=[("Homs", "Homs"), ("Idlib", "Idlib")],
        dates=[("Friday", "2017-05-12")],
        published="2017-05-13",
    )
    base = "Syrian troops retook Homs on Friday. "
    guess = one(
        [
            e
            for e in extract(base + "Idlib could be the next target.", **kw)
            if e.location == "Idlib"
        ]
    )
    assert guess.modality == "speculative"
    assert guess.actor1 == "Military Forces of Syria"
    # must not fire: a next target stated plainly is an announced move
    told = one(
        [
            e
            for e in extract(base + "Commanders say the next target is Idlib.", **kw)
            if e.location == "Idlib"
        ]
    )
    assert told.modality == "planned"


def test_fr_armed_side_preparing_to_march_on_a_town_plans_a_clash(extract) -> None:
    text = "Un commandant a assuré que le Hezbollah s'apprête à marcher sur Homs."
    events = extract(
        text,
        lang="fr",
        actors=[("Hezbollah", "Hezbollah")],
        places=[("Homs", "Homs")],
        published="2016-11-05",
    )
    e = one(events)
    assert e.sub_event_type == "Armed clash"  # a named armed side, not marchers
    assert e.modality == "planned"
    assert e.actor1 == "Hezbollah"
    assert e.event_date is None


# ------------------------------------------------------------------ predictions, renewed acts
def test_fr_capture_told_for_a_later_year_is_an_undated_speculation(extract) -> None:
    text = "Selon le gouverneur, Mossoul serait libérée en 2016."
    events = extract(
        text,
        lang="fr",
        places=[("Mossoul", "Mosul")],
        dates=[("2016", "2016")],
        published="2015-03-03",
    )
    e = one(events)
    assert e.sub_event_type == "Government regains territory"
    assert e.modality == "speculative"
    assert e.event_date is None  # a deadline, not the act's day


def test_fr_capture_told_for_a_past_year_keeps_its_year(extract) -> None:
    """Must not fire: the year is before the publication, so the act happened then."""
    text = "Selon le gouverneur, Mossoul aurait été libérée en 2016."
    events = extract(
        text,
        lang="fr",
        places=[("Mossoul", "Mosul")],
        dates=[("2016", "2016")],
        published="2018-03-03",
    )
    e = one(events)
    assert e.modality == "reported"
    assert e.event_date == "2016"


def test_en_and_fr_strike_again_is_a_speculative_strike_of_the_same_side(extract) -> None:
    en = (
        "Turkish jets struck a Hezbollah convoy near Homs on Tuesday. Turkey could strike "
        "again, an official said."
    )
    fr = (
        "Mardi, l'aviation turque a frappé un convoi du Hezbollah près de Homs. La Turquie "
        "pourrait frapper à nouveau, a prévenu un responsable."
    )
    for text, lang, day, who in (
        (
            en,
            "en",
            "Tuesday",
            [
                ("Turkish jets", "Military Forces of Turkey"),
                ("Turkey", "Military Forces of Turkey"),
            ],
        ),
        (
            fr,
            "fr",
            "Mardi",
            [
                ("aviation turque", "Military Forces of Turkey"),
                ("La Turquie", "Military Forces of Turkey"),
            ],
        ),
    ):
        events = extract(
            text,
            lang=lang,
            actors=who,
            places=[("Homs", "Homs")],
            dates=[(day, "2017-02-28")],
            published="2017-03-02",
        )
        strikes = [e for e in events if e.sub_event_type == "Air/drone strike"]
        guessed = [e for e in strikes if e.modality == "speculative"]
        assert len(guessed) == 1, [(e.modality, e.event_date) for e in strikes]
        assert guessed[0].event_date is None
        assert guessed[0].location == "Syria"  # a threat names no target: the country
        assert guessed[0].actor1 == "Military Forces of Turkey"
        assert any(e.event_date == "2017-02-28" and e.modality == "asserted" for e in strikes)


def test_fr_denied_ongoing_fight_is_undated(extract) -> None:
    """A present-tense denied act ("combattent") is undated like any denied act whose own
    words give no time (tests/CONVENTIONS.md section 7; heldout5's gold for this phrasing)."""
    text = (
        "Lundi, l'aviation libyenne a bombardé les positions des jihadistes à Sirte. "
        "Ankara a démenti que des forces spéciales turques combattent au sol à Sirte."
    )
    events = extract(
        text,
        lang="fr",
        actors=[
            ("aviation libyenne", "Military Forces of Libya"),
            ("Ankara", "Military Forces of Turkey"),
            ("forces spéciales turques", "Military Forces of Turkey"),
        ],
        places=[("Sirte", "Sirte"), ("Sirte@2", "Sirte")],
        dates=[("Lundi", "2016-08-01")],
        published="2016-08-03",
    )
    e = one(_denied(events))
    assert e.sub_event_type == "Armed clash"
    assert e.event_date is None


def test_fr_accusation_coordinated_with_a_denial_is_not_denied(extract) -> None:
    """Must not fire as a denial: the act hangs on "accusent", beside "ont démenti"."""
    text = (
        "Les rebelles ont toujours démenti et accusent l'armée syrienne d'avoir détruit la "
        "station de pompage de Homs."
    )
    events = extract(
        text,
        lang="fr",
        actors=[("l'armée syrienne", "Military Forces of Syria")],
        places=[("Homs", "Homs")],
        published="2017-01-20",
    )
    assert events and not _denied(events), [(e.sub_event_type, e.modality) for e in events]
    assert all(e.modality == "reported" for e in events)
