"""Who acts, from the whole sentence and article (session 9, fixer G), through the whole
pipeline on sentences written for these tests:

- a capture whose subject points back to an armed group ("Ceux-ci s'étaient emparés de X",
  "the group overran X", "le groupe avait conquis X") or a relative clause with a group of its
  own ("une ville dont l'État islamique s'était emparé"): the group overtook it, not the state
  force the story follows (belligerent.anaphoric_capturer);
- a capture backed by another side's aircraft ("l'armée, appuyée par l'aviation russe, a
  repris X"): the capture's own subject is actor1, not the backer (merge._type_with_doer);
- bare words for rebels ("les insurgés", "the rebels") and "the regime" in an event placed in
  another country than the one they were linked to (sides.local_state / local_rebels).
Near misses: a pronoun for the army, a group word with no group named before, a strike told
as its own act, rebels and the regime at home.
"""

from __future__ import annotations

import pytest
from helpers import pipeline_run, real_kb_here  # noqa: F401 (fixtures)

NSO = "Non-state actor overtakes territory"
GRT = "Government regains territory"


def _in_year(events: list[dict], year: str) -> list[dict]:
    return [e for e in events if (e.get("event_date") or "").startswith(year)]


def _at(events: list[dict], place: str) -> list[dict]:
    return [e for e in events if place in (e.get("location") or "")]


@pytest.mark.parametrize(
    ("text", "year", "actor"),
    [
        (
            "Irak\n\nLe 12 avril 2016\n\nL'armée irakienne a repris jeudi le centre de Hit. "
            "C'était une humiliation pour les jihadistes de l'État islamique. Ceux-ci s'étaient "
            "emparés de Mossoul le 10 juin 2014.\n",
            "2014",
            "Islamic State",
        ),
        (
            "Iraq\n\nApril 12, 2016\n\nIraqi troops retook the centre of Hit on Thursday. The "
            "Islamic State had held the town since 2014. In February 2015 the group overran "
            "the town of Baghdadi, further north.\n",
            "2015",
            "Islamic State",
        ),
        (
            "Irak\n\nLe 20 juin 2016\n\nLes forces irakiennes ont pris lundi le contrôle de "
            "Falloujah, bastion de Daech. En janvier 2014, le groupe avait conquis la ville en "
            "quelques jours.\n",
            "2014",
            "Islamic State",
        ),
        (
            "Irak\n\nLe 15 avril 2016\n\nL'armée irakienne a repris jeudi le centre de Hit, "
            "une ville dont l'État islamique s'était emparé en octobre 2014.\n",
            "2014",
            "Islamic State",
        ),
    ],
)
def test_capture_pointing_back_to_a_group_is_the_groups(run, text, year, actor) -> None:  # noqa: ANN001
    rows = _in_year(run(text), year)
    assert rows, "no background capture"
    assert rows[0]["sub_event_type"] == NSO, rows
    assert rows[0]["actor1"] == actor, rows


def test_pronoun_for_the_army_keeps_the_army(run) -> None:  # noqa: ANN001
    text = (
        "Irak\n\nLe 12 avril 2016\n\nL'armée irakienne a repris jeudi le centre de Hit, tenu "
        "par l'État islamique. Elle avait déjà repris Ramadi en décembre 2015.\n"
    )
    rows = _in_year(run(text), "2015")
    assert rows, "no earlier retaking"
    assert rows[0]["sub_event_type"] == GRT, rows
    assert rows[0]["actor1"] == "Military Forces of Iraq", rows


def test_group_word_with_no_group_named_keeps_its_reading(run) -> None:  # noqa: ANN001
    text = (
        "Iraq\n\nApril 12, 2016\n\nIraqi troops retook the centre of Hit on Thursday. "
        "In February 2015 the group overran the town of Baghdadi.\n"
    )
    rows = _in_year(run(text), "2015")
    assert all(r["actor1"] != "Islamic State" for r in rows), rows


@pytest.mark.parametrize(
    "text",
    [
        "Syrie\n\nLe 3 mars 2017\n\nC'est officiel : l'armée arabe syrienne, épaulée par "
        "l'aviation russe et par des conseillers militaires, a repris jeudi le contrôle total "
        "de Palmyre.\n",
        "Syria\n\nMarch 3, 2017\n\nBacked by Russian air power, the Syrian army recaptured "
        "Palmyra on Thursday after weeks of fighting.\n",
        "Syrie\n\nLe 3 mars 2017\n\nJeudi, avec l'appui de l'aviation russe, les troupes "
        "syriennes ont reconquis la ville de Palmyre.\n",
        "Syria\n\nMarch 3, 2017\n\nThe Syrian army, supported by Russian warplanes, regained "
        "full control of Palmyra on Thursday, a military source said.\n",
    ],
)
def test_capture_backed_by_aircraft_is_the_capturers(run, text) -> None:  # noqa: ANN001
    rows = [e for e in _at(run(text), "Palmyra") if e["event_type"] == "Battles"]
    assert rows, "no capture of Palmyra"
    assert rows[0]["actor1"] == "Military Forces of Syria", rows


def test_strike_told_as_its_own_act_stays_the_strikers(run) -> None:  # noqa: ANN001
    text = (
        "Syria\n\nMarch 3, 2017\n\nRussian jets struck Islamic State positions near Palmyra "
        "on Wednesday. On Thursday the Syrian army recaptured the town.\n"
    )
    strikes = [e for e in run(text) if e["sub_event_type"] == "Air/drone strike"]
    assert strikes and strikes[0]["actor1"] == "Military Forces of Russia", strikes


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Irak : Amerli sous le feu\n\nLe 27 août 2014\n\nEn Syrie voisine, les rebelles "
            "syriens ont pris un village près d'Alep. À Amerli, au moins douze habitants ont été "
            "tués mardi par des tirs d'obus de mortier des insurgés sur les quartiers nord.\n",
            "Amirli",
        ),
        (
            "Iraq: Amerli under fire\n\nAugust 27, 2014\n\nIn neighbouring Syria, Syrian rebels "
            "seized a village near Aleppo. In Amerli, at least twelve residents were killed on "
            "Tuesday when insurgents fired mortar rounds at the northern districts.\n",
            "Amirli",
        ),
        (
            "Irak\n\nLe 27 août 2014\n\nLes rebelles ont tiré mardi des roquettes sur Kirkouk, "
            "tuant deux civils, selon la police.\n",
            "Kirkuk",
        ),
        (
            "Iraq\n\nAugust 27, 2014\n\nThe rebels attacked a police checkpoint in Kirkuk on "
            "Tuesday, killing three policemen.\n",
            "Kirkuk",
        ),
    ],
)
def test_bare_rebels_abroad_are_not_syrias(run, text, place) -> None:  # noqa: ANN001
    rows = _at(run(text), place)
    assert rows, "no event in Iraq"
    assert rows[0]["actor1"] != "Opposition Rebels (Syria)", rows


def test_bare_rebels_abroad_are_the_group_the_article_names(run) -> None:  # noqa: ANN001
    text = (
        "Irak\n\nLe 27 août 2014\n\nL'État islamique assiège Amerli depuis juin. Mardi, au "
        "moins douze habitants ont été tués par des tirs d'obus de mortier des insurgés sur "
        "Amerli.\n"
    )
    rows = [e for e in _at(run(text), "Amirli") if e["event_type"] != "Battles"]
    assert rows and rows[0]["actor1"] == "Islamic State", rows


def test_rebels_at_home_stay_syrias(run) -> None:  # noqa: ANN001
    text = (
        "Syrie\n\nLe 27 août 2014\n\nLes rebelles ont tiré mardi des obus de mortier sur un "
        "quartier d'Alep, tuant trois civils.\n"
    )
    rows = _at(run(text), "Aleppo")
    assert rows and rows[0]["actor1"] == "Opposition Rebels (Syria)", rows


def test_regime_of_an_event_abroad_is_that_countrys(run) -> None:  # noqa: ANN001
    text = (
        "Iraq: Amerli\n\nAugust 27, 2014\n\nIraqi troops are still fighting near Amerli. In "
        "neighbouring Syria, regime jets struck Douma on Tuesday, killing nine civilians.\n"
    )
    rows = _at(run(text), "Douma")
    assert rows and rows[0]["actor1"] == "Military Forces of Syria", rows


@pytest.mark.parametrize(
    ("text", "place", "actor"),
    [
        (
            "Syria: Mayadin\n\nOctober 23, 2017\n\nSyrian troops, backed by Russian airpower, had "
            "liberated al-Mayadin a week earlier. The Russian Defence Ministry said on Sunday "
            "that its jets had destroyed dozens of Islamic State positions in strikes east of "
            "al-Mayadin.\n",
            "Mayadin",
            "Military Forces of Russia",
        ),
        (
            "Irak : Hawija\n\nLe 5 octobre 2017\n\nL'armée irakienne progresse vers Hawija. La "
            "coalition menée par Washington affirme avoir effectué une centaine de frappes "
            "aériennes autour de Hawija depuis le 21 septembre.\n",
            "Hawija",
            "Global Coalition Against Daesh",
        ),
        (
            "Irak : Baïji\n\nLe 18 octobre 2015\n\nLes forces irakiennes avancent sur Baïji. Le "
            "Pentagone assure que ses avions ont mené samedi sept frappes près de Baïji.\n",
            "Baiji",
            "Military Forces of the United States",
        ),
        (
            "Iraq: Ramadi\n\nMay 19, 2015\n\nIraqi troops fled Ramadi on Sunday. The coalition "
            "said its aircraft had carried out 19 air strikes near Ramadi over the previous "
            "three days.\n",
            "Ramadi",
            "Global Coalition Against Daesh",
        ),
    ],
)
def test_strike_told_by_its_author_is_the_speakers(run, text, place, actor) -> None:  # noqa: ANN001
    rows = [e for e in _at(run(text), place) if e["event_type"] == "Explosions/Remote violence"]
    assert rows, "no strike"
    assert rows[0]["actor1"] == actor, rows


def test_strike_by_others_told_by_a_speaker_stays_theirs(run) -> None:  # noqa: ANN001
    text = (
        "Iraq: Ramadi\n\nMay 19, 2015\n\nIraqi troops fled Ramadi on Sunday. The coalition said "
        "Iraqi helicopters had struck Islamic State positions near Ramadi on Monday.\n"
    )
    rows = [e for e in _at(run(text), "Ramadi") if e["event_type"] == "Explosions/Remote violence"]
    assert rows and rows[0]["actor1"] == "Military Forces of Iraq", rows


@pytest.mark.parametrize(
    ("text", "place", "actor"),
    [
        (
            "Irak : Ninive libérée\n\nLe 1er septembre 2017\n\nC'est fait : les forces "
            "irakiennes et le Hachd ont repris jeudi al-Ayadiya, le dernier réduit de Daech dans "
            "la province, a annoncé Haïdar al-Abadi.\n",
            "Ayadiya",
            "Military Forces of Iraq",
        ),
        (
            "Iraq\n\nSeptember 1, 2017\n\nDone: the Iraqi army and the Popular Mobilization "
            "Forces retook the town of Tal Afar on Thursday, Prime Minister Haider al-Abadi "
            "announced.\n",
            "Tal Afar",
            "Military Forces of Iraq",
        ),
        (
            "Irak\n\nLe 1er septembre 2017\n\nJeudi, l'armée irakienne ainsi que les unités du "
            "Hachd al-Chaabi sont entrées dans Tal Afar après une semaine de combats.\n",
            "Tal Afar",
            "Military Forces of Iraq",
        ),
        (
            "Syrie\n\nLe 1er septembre 2017\n\nLes FDS et la coalition ont repris jeudi le "
            "village de Chaddadi à l'État islamique.\n",
            "Shaddadi",
            "Syrian Democratic Forces",
        ),
    ],
)
def test_first_named_of_two_allies_leads(run, text, place, actor) -> None:  # noqa: ANN001
    rows = [e for e in _at(run(text), place) if e["event_type"] == "Battles"]
    assert rows, "no battle"
    assert rows[0]["actor1"] == actor, rows


def test_militia_named_first_keeps_the_lead(run) -> None:  # noqa: ANN001
    text = (
        "Iraq\n\nSeptember 1, 2017\n\nPopular Mobilization Forces units and Iraqi troops "
        "retook the village of Ayadiya on Thursday.\n"
    )
    rows = [e for e in _at(run(text), "Ayadiya") if e["event_type"] == "Battles"]
    assert rows and rows[0]["actor1"] == "Popular Mobilization Forces", rows


@pytest.mark.parametrize(
    "text",
    [
        "Tal Afar\n\nLe 28 août 2017\n\nLe groupe État islamique est très affaibli. L'armée "
        "irakienne est entrée dimanche dans Tal Afar, une ville que les jihadistes avaient "
        "conquise dès le 16 juin 2014.\n",
        "Tal Afar\n\nAugust 28, 2017\n\nThe Islamic State group is weaker than ever. Iraqi "
        "troops entered Tal Afar on Sunday, a town that the jihadists had seized in June 2014.\n",
    ],
)
def test_generic_capturer_is_the_group_the_document_names(run, text) -> None:  # noqa: ANN001
    rows = _in_year(run(text), "2014")
    assert rows and rows[0]["actor1"] == "Islamic State", rows


def test_generic_capturer_with_no_group_named_stays_unnamed(run) -> None:  # noqa: ANN001
    text = (
        "Tal Afar\n\nLe 28 août 2017\n\nL'armée irakienne est entrée dimanche dans Tal Afar, une "
        "ville que les jihadistes avaient conquise dès le 16 juin 2014.\n"
    )
    rows = _in_year(run(text), "2014")
    assert rows and rows[0]["actor1"] != "Islamic State", rows
