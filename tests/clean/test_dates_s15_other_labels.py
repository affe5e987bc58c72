# ruff: noqa: E501  (the page dump below keeps one paragraph per line, as the page does)
"""Dates on a line whose label says they are no publication's.

Class (session 15): a forum's member line "Inscrit le: 03 Mar 2003" beside (or under) the post
head "Posté le: Lun Avr 12, 2004 10:42" was read as the post's date, and every weekday of the
thread landed a year early. Every line below is written for this test (names invented).
"""

from __future__ import annotations

import pytest

from newsift.clean.dates import find_date


@pytest.mark.parametrize(
    "line",
    [
        "Membre depuis le 14 février 2009 · 312 messages",
        "Inscrite le : 11 nov. 2007  Messages : 1 204  Localisation : Grenoble",
        "Joined: Thu Jan 10, 2008 3:22 pm   Posts: 57",
        "Member since March 2011",
        "Dernière visite : 02/03/2015",
        "Born 3 May 1961 in Aleppo",
        "Née le 21 juin 1978 à Tunis",
        "Inscrit le : Lun 03 Mar 2003 · Messages : 12",
    ],
)
def test_a_member_or_birth_date_is_no_date_of_the_line(line: str) -> None:
    assert find_date(line) is None


def test_the_post_head_keeps_its_date_beside_the_member_line() -> None:
    line = "Sentinelle_69   Posté le: Mer Fév 04, 2009 21:17   Inscrit le: 11 Nov 2007"
    hit = find_date(line)
    assert hit is not None and hit.value == "2009-02-04"
    line = "Inscrit le: 11 Nov 2007 | Posté le 4 février 2009"
    hit = find_date(line)
    assert hit is not None and hit.value == "2009-02-04"


def test_a_label_far_from_the_date_does_not_hide_it() -> None:
    # "inscrit" opens a sentence; the date is the sentence's own
    hit = find_date("Le mouvement s'est inscrit dans la durée depuis l'attaque du 3 mars 2015")
    assert hit is not None and hit.value == "2015-03-03"
    hit = find_date("Publié le 5 mars 2015 par Karim")
    assert hit is not None and hit.value == "2015-03-05"


FORUM_FR = """Le Comptoir des Insurgés :: Forum
FAQ   Rechercher   Membres   Profil   Connexion
Index du Forum -> Syrie -> Actualité du front
Douma : la nuit des barils
Poster un nouveau sujet   Répondre au sujet

Auteur   Message
Grognon_13   Posté le: Mer Fév 04, 2009 21:17    Sujet du message: Douma : la nuit des barils
Grognon_13 [avatar]  Membre  Inscrit le: 11 Nov 2007  Messages: 845  Localisation: Marseille

Douma sous les bombes, encore
par Selma Haddad
Mardi soir, des hélicoptères ont largué des barils d'explosifs sur le marché central de Douma, tuant au moins douze civils selon un médecin du quartier.
Lundi, les rebelles avaient attaqué un poste de l'armée à l'entrée de la ville.
Les habitants redoutent une nouvelle nuit de bombardements.
S. H.

_________________
« La vérité d'abord. »
Revenir en haut
"""


def test_a_forum_post_is_dated_by_its_head_not_by_the_member_line() -> None:
    from newsift.clean.stage import CleanStage
    from newsift.model import Document
    from newsift.time.stage import TimeStage

    clean = CleanStage()
    clean.setup()
    doc = clean.process(
        Document(doc_id="t", source="t", external_id="t", format="txt", text=FORUM_FR)
    )
    TimeStage().process(doc)
    arts = [a for a in doc.articles if a.published]
    assert arts and arts[0].published == "2009-02-04"
    got = {m.text: m.value for m in doc.mentions if m.kind == "date"}
    assert got.get("Mardi soir") == "2009-02-03"
