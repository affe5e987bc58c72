"""A mail thread's message is dated by its own header, also when the cleaner set it aside.

Class (session 17): an exported mail thread ("De : ... / Envoyé : jeudi 7 septembre 2023 08:41 /
À : ... / Objet : ...") whose header block was read as a comment left the message's body with
no date; its "mercredi" and "Dès le lendemain" stayed unresolved or took another message's
day. The header's date field counts when only labelled fields stand between it and the article;
a comment's stamp followed by the comment's own words never dates the article below it. Every
page here is written for this test (names and addresses invented).
"""

from __future__ import annotations

from line_docs import dates, make_doc

from newsift.time.stage import TimeStage


def test_a_forwarded_thread_dates_each_message_by_its_own_header_fr() -> None:
    doc = make_doc(
        [
            ("boilerplate", "Boîte de réception   Éléments envoyés   Brouillons", None),
            ("comment", "RE: TR: point hebdomadaire – Raqqa", None),
            ("comment", "De : Jeanne Marchal <j.marchal@exemple.org>", None),
            ("comment", "Envoyé : jeudi 7 septembre 2023 08:41", None),
            ("comment", "À : Équipe Nord <nord@exemple.org>", None),
            ("comment", "Cc : Sécurité <securite@exemple.org>", None),
            ("title", "Objet : RE: TR: point hebdomadaire – Raqqa", 1),
            ("body", "Mercredi, des hommes armés ont attaqué un poste de police à Tell Brak.", 1),
            ("body", "Les routes vers Raqqa restent fermées.", 1),
            ("comment", "De : Paul Achard <p.achard@exemple.org>", None),
            ("comment", "Envoyé : lundi 4 septembre 2023 17:05", None),
            ("comment", "Objet : TR: point hebdomadaire – Raqqa", None),
            ("comment", "Le poste de Tell Tamer a été fermé ce matin.", None),
            ("meta", "De : Base Hassaké <base@exemple.org>", 2),
            ("meta", "Envoyé : samedi 2 septembre 2023 21:48", 2),
            ("body", "Des tirs ont été entendus vendredi près de Tell Tamer.", 2),
        ]
    )
    TimeStage().process(doc)
    assert doc.articles[0].published == "2023-09-07"
    assert doc.articles[1].published == "2023-09-02"
    got = dates(doc)
    assert got["Mercredi"] == "2023-09-06"
    assert got["vendredi"] == "2023-09-01"


def test_an_outlook_header_in_english_dates_its_message_en() -> None:
    doc = make_doc(
        [
            ("comment", "From: Sam Ortega <s.ortega@example.org>", None),
            ("comment", "Sent: Tuesday, March 12, 2019 9:14 AM", None),
            ("comment", "To: Field team <field@example.org>", None),
            ("body", "On Sunday, militants shelled a checkpoint near Hajin, killing two.", 1),
        ],
        lang="en",
    )
    TimeStage().process(doc)
    assert doc.articles[0].published == "2019-03-12"
    assert dates(doc)["Sunday"] == "2019-03-10"


def test_a_comment_stamp_followed_by_its_words_does_not_date_the_article_below() -> None:
    doc = make_doc(
        [
            ("comment", "Date : 3 mars 2019", None),
            ("comment", "Bravo pour ce reportage, continuez !", None),
            ("body", "Jeudi, des miliciens ont incendié trois maisons à Tal Afar.", 1),
            ("body", "La ville a été rasée en 1991 par l'armée.", 1),
        ]
    )
    TimeStage().process(doc)
    assert doc.articles[0].published is None
    assert dates(doc).get("Jeudi") is None
