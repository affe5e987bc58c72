"""Second-hand datelines, post footers with counters, issues' running heads.

Class (session 15): the publication date of an unfamiliar layout anchors every relative day of
an article. A dateline the structure chose may be second-hand -- an edit's day ("Mis à jour :
3 sept. 2019" under the post's "2 sept. 2019"), a quoted message's ("Le 02/09/2019 à 18:40, X
a écrit :" under the list's "Date:" header), a month heading inside the story -- and then the
header's own stamp is the page's day. A channel's or network's post footer carries its day
among counters ("2,4 k vues · modifié · 3 févr. 2023 à 08:15"). A periodical's running head
("REVUE · N° 23 · JUIN 2008") dates its issue by month. Every page below is written for this
test (names, outlets and figures invented).
"""

from __future__ import annotations

import pytest
from line_docs import dates, make_doc

from newsift.model import Document
from newsift.time.stage import TimeStage


def _dated(doc: Document, needle: str, value: str, precision: str = "day") -> Document:
    """The first article dated by the clean stage from the line holding ``needle``."""
    start = doc.text.index(needle)
    art = doc.articles[0]
    art.published, art.published_precision, art.published_basis = value, precision, "dateline"
    art.published_start, art.published_end = start, start + len(needle)
    return doc


def test_an_edit_line_yields_to_the_posts_earlier_stamp_fr() -> None:
    doc = make_doc(
        [
            ("boilerplate", "Carnets du Levant", None),
            ("boilerplate", "Sophie Marchal", None),
            ("boilerplate", "14 janv. 2021", None),
            ("boilerplate", "6 min de lecture", None),
            ("meta", "Mis à jour : 16 janv. 2021", 1),
            ("title", "Deir ez-Zor, la nuit des drones", 1),
            ("body", "Hier soir, des drones ont frappé un dépôt d'armes près de la ville.", 1),
        ]
    )
    _dated(doc, "16 janv. 2021", "2021-01-16")
    TimeStage().process(doc)
    assert doc.articles[0].published == "2021-01-14"
    assert dates(doc)["Hier soir"] == "2021-01-13"


def test_an_edit_line_with_no_other_stamp_stays_the_date() -> None:
    doc = make_doc(
        [
            ("meta", "Updated March 9, 2021", 1),
            ("title", "Shelling resumes near the river", 1),
            ("body", "Artillery hit two villages on Sunday, residents said.", 1),
        ],
        lang="en",
    )
    _dated(doc, "March 9, 2021", "2021-03-09")
    TimeStage().process(doc)
    assert doc.articles[0].published == "2021-03-09"


def test_a_quoted_messages_day_yields_to_the_lists_date_header() -> None:
    doc = make_doc(
        [
            ("boilerplate", "From: Paul Mercier <pm@liste-solidarite.example>", None),
            ("boilerplate", "Subject: Re: [solidarite-orient] Idleb", None),
            ("boilerplate", "Date: Wed, 4 Sep 2019 09:12:00 +0200", None),
            ("meta", "Le 02/09/2019 à 18:40, Anne L. a écrit :", 1),
            ("title", "Idleb : la trêve n'a pas tenu", 1),
            ("body", "Lundi, des avions ont bombardé le marché de Maarat al-Nouman.", 1),
        ]
    )
    _dated(doc, "02/09/2019", "2019-09-02")
    TimeStage().process(doc)
    assert doc.articles[0].published == "2019-09-04"
    assert dates(doc)["Lundi"] == "2019-09-02"


def test_a_month_heading_inside_the_story_yields_to_the_header_day_en() -> None:
    doc = make_doc(
        [
            ("boilerplate", "The Frontline Letter", None),
            ("boilerplate", "Feb 12, 2020", None),
            ("title", "Idlib's long winter", 1),
            ("body", "The offensive that began in December has not stopped.", 1),
            ("meta", "II. Maarat al-Numan, January 2020", 1),
            ("body", "On Tuesday, government troops entered Saraqib after a week of shelling.", 1),
        ],
        lang="en",
    )
    _dated(doc, "January 2020", "2020-01", "month")
    TimeStage().process(doc)
    assert doc.articles[0].published == "2020-02-12"
    assert dates(doc)["Tuesday"] == "2020-02-11"


def test_a_month_dateline_in_the_header_stays() -> None:
    doc = make_doc(
        [
            ("boilerplate", "Feb 12, 2020", None),
            ("meta", "Beirut, January 2020", 1),
            ("title", "A report on the camps", 1),
            ("body", "The camps received new families during the month.", 1),
        ],
        lang="en",
    )
    _dated(doc, "January 2020", "2020-01", "month")
    TimeStage().process(doc)
    assert doc.articles[0].published == "2020-01"


def test_a_post_footer_with_counters_dates_the_post_fr() -> None:
    doc = make_doc(
        [
            ("boilerplate", "Résistance Info Canal", None),
            ("boilerplate", "18,2 k abonnés", None),
            ("body", "Hier, l'aviation a frappé un convoi près d'Al-Bab.", 1),
            ("body", "En 2016, la ville avait déjà été reprise après des mois de combats.", 1),
            ("boilerplate", "❤️ 312  🔥 88", None),
            ("boilerplate", "2,4 k vues · modifié · 3 févr. 2023 à 08:15", None),
        ]
    )
    TimeStage().process(doc)
    assert doc.articles[0].published == "2023-02-03"
    assert dates(doc)["Hier"] == "2023-02-02"


def test_a_post_footer_with_views_dates_the_post_en() -> None:
    doc = make_doc(
        [
            ("boilerplate", "Levant Watch @levantwatch", None),
            ("body", "Two rockets hit the base on Sunday, a spokesman said.", 1),
            ("body", "The base was first attacked in 2019.", 1),
            ("boilerplate", "9:41 AM · Mar 14, 2022 · 12.7K Views", None),
        ],
        lang="en",
    )
    TimeStage().process(doc)
    assert doc.articles[0].published == "2022-03-14"
    assert dates(doc)["Sunday"] == "2022-03-13"


def test_an_issues_running_head_dates_its_essay_by_the_month_fr() -> None:
    doc = make_doc(
        [
            ("boilerplate", "Lire en ligne   Télécharger le PDF", None),
            ("boilerplate", "REGARDS SUR L'EUPHRATE · N° 9 · OCTOBRE 2016", None),
            ("title", "Raqqa, capitale d'un califat en sursis", 1),
            (
                "body",
                "En juin 2016, les Forces démocratiques syriennes ont lancé l'assaut sur Manbij.",
                1,
            ),
        ]
    )
    TimeStage().process(doc)
    assert doc.articles[0].published == "2016-10"


def test_a_newsletters_issue_line_dates_it_en() -> None:
    doc = make_doc(
        [
            ("boilerplate", "FRIENDS OF THE VALLEY — No. 31 — May 2019", None),
            ("title", "News from the villages", 1),
            ("body", "In March 2019, shelling forced forty families to leave the village.", 1),
        ],
        lang="en",
    )
    TimeStage().process(doc)
    assert doc.articles[0].published == "2019-05"


def test_a_menu_with_a_month_is_no_issue_line() -> None:
    doc = make_doc(
        [
            ("boilerplate", "Accueil | Archives | Contact | mars 2018", None),
            ("title", "Les villages de la vallée", 1),
            ("body", "En janvier 2017, les bombardements ont chassé quarante familles.", 1),
        ]
    )
    TimeStage().process(doc)
    assert doc.articles[0].published == "2017-01"


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("jeu. 5 déc. 2024 à 18:02", "2024-12-05"),
        ("Posté le: Lun Avr 12, 2004 10:42", "2004-04-12"),
        ("Message par Karim » dim. 8 sept. 2019 22:05", "2019-09-08"),
        ("12:04 PM · Dec 5, 2024", "2024-12-05"),
        ("[2015-04-02 09:14] <Nadia>", "2015-04-02"),
    ],
)
def test_abbreviated_post_stamps_over_the_text_date_it(stamp: str, day: str) -> None:
    doc = make_doc(
        [
            ("boilerplate", stamp, None),
            ("body", "Des miliciens ont incendié jeudi trois maisons à Tal Afar.", 1),
        ]
    )
    TimeStage().process(doc)
    assert doc.articles[0].published == day
