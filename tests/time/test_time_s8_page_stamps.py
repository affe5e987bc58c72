"""Page stamps the body's own evidence used to override (session 8).

Classes: (1) a full stamp above an article whose body gives only yearless days, their year lent
by a background year ("le 17 octobre passé" beside "en juin 2014"): the lent year is a guess, the
stamp wins; (2) a reading platform's or thread unroller's stamp line, under the byline or with a
reading time and counts on it ("7 min de lecture", "14 tweets", "5 min read"), or a mirror's
"copie du"; (3) a report's or letter's cover month alone on its line ("Septembre 2016").
"""

from __future__ import annotations

from line_docs import dates, make_doc

from newsift.time.stage import TimeStage


def test_a_hijri_and_gregorian_stamp_beats_a_year_lent_by_the_background() -> None:
    doc = make_doc(
        [
            ("boilerplate", "Agence de presse — édition française", None),
            ("boilerplate", "Mardi 9 Rabi al-Awwal 1438 H correspondant au 8 décembre 2016", None),
            ("title", "Les forces irakiennes entrent dans un nouveau quartier", 1),
            (
                "body",
                "Les forces ont repris aujourd'hui mardi le quartier, après que l'offensive a "
                "commencé le 17 octobre passé. Daech avait pris la ville en juin 2014.",
                1,
            ),
        ]
    )
    TimeStage().process(doc)
    assert doc.articles[0].published == "2016-12-08"


def test_an_english_stamp_beats_a_year_lent_to_yearless_days() -> None:
    doc = make_doc(
        [
            ("boilerplate", "Monday, 13 March 2017 — 10:02", None),
            ("title", "Army pushes into the old city", 1),
            (
                "body",
                "The push began on February 19, two years after the militants seized the city "
                "in 2015. Troops entered the museum on Sunday.",
                1,
            ),
        ],
        lang="en",
    )
    TimeStage().process(doc)
    assert doc.articles[0].published == "2017-03-13"
    assert dates(doc)["Sunday"] == "2017-03-12"


def test_a_reading_platform_stamp_under_the_byline() -> None:
    doc = make_doc(
        [
            ("boilerplate", "Plateforme", None),
            ("title", "Ce que la prise de la ville change au nord", 1),
            ("body", "Marc Durand", 1),
            ("boilerplate", "Suivre · 6 min de lecture · 12 avril 2018", None),
            ("boilerplate", "540 · 12 réponses", None),
            (
                "body",
                "Les rebelles ont pris la ville mardi, deux ans après l'offensive d'août 2016.",
                1,
            ),
        ]
    )
    TimeStage().process(doc)
    assert doc.articles[0].published == "2018-04-12"
    assert dates(doc)["mardi"] == "2018-04-10"


def test_an_unrolled_thread_line_with_counts_dates_the_thread() -> None:
    doc = make_doc(
        [
            ("boilerplate", "Dérouleur de fils    Accueil | Connexion", None),
            (
                "boilerplate",
                "Fil de Jeanne Martin @JeanneObs — 3 mai 2019 • 9 tweets • 4 min de lecture",
                None,
            ),
            ("body", "1/9 Ce mercredi, une frappe a visé un dépôt près de la ville en 2019.", 1),
        ]
    )
    TimeStage().process(doc)
    assert doc.articles[0].published == "2019-05-03"
    assert dates(doc)["Ce mercredi"] == "2019-05-01"


def test_an_english_min_read_line_and_a_mirrors_copy_day() -> None:
    doc = make_doc(
        [
            ("title", "Why the dam matters", 1),
            ("body", "By Sam Reed", 1),
            ("boilerplate", "5 min read · Jun 14, 2018", None),
            ("body", "Fighters seized the dam on Tuesday, three years after the 2015 assault.", 1),
        ],
        lang="en",
    )
    TimeStage().process(doc)
    assert doc.articles[0].published == "2018-06-14"
    mirror = make_doc(
        [
            ("boilerplate", "Miroir — l'encyclopédie en copie", None),
            ("title", "Chronologie du siège (2015-2016)", 1),
            (
                "body",
                "Un article du miroir, copie du 9 février 2017. Pour la version à jour, "
                "consultez la source d'origine de ce texte.",
                1,
            ),
            ("body", "12 mars 2016 : l'armée reprend la colline.", 1),
        ]
    )
    TimeStage().process(mirror)
    assert mirror.articles[0].published == "2017-02-09"


def test_a_report_cover_month_alone_on_its_line() -> None:
    doc = make_doc(
        [
            ("boilerplate", "Collectif Entraide — Note de situation n° 3", None),
            ("boilerplate", "Mars 2018", None),
            ("title", "La situation des déplacés", 1),
            (
                "body",
                "Selon les informations recueillies par nos équipes entre le 1er et le 20 février "
                "2018, les combats autour de la ville ont fait au moins 30 morts parmi les civils.",
                1,
            ),
        ]
    )
    TimeStage().process(doc)
    assert doc.articles[0].published == "2018-03"


def test_near_misses_a_cover_month_before_the_body_and_a_registered_line() -> None:
    # a chronology's heading month older than the body's latest day is no cover date
    doc = make_doc(
        [
            ("boilerplate", "Juin 2015", None),
            ("title", "Chronologie", 1),
            ("body", "Le 14 octobre 2016, l'armée a repris la colline.", 1),
        ]
    )
    TimeStage().process(doc)
    assert doc.articles[0].published != "2015-06"
    # a member's sign-up day is not the page's, even on a line with a reading time
    doc = make_doc(
        [
            ("boilerplate", "Inscrit le 4 mai 2011 · 3 min de lecture", None),
            ("title", "Le front sud", 1),
            ("body", "Les rebelles ont attaqué le 5 juin 2016 la base aérienne.", 1),
        ]
    )
    TimeStage().process(doc)
    assert doc.articles[0].published != "2011-05-04"
