"""Lines at the edges of an article that were mislabelled (held-out set 4, cause 3).

* a byline made of fields ("Rédaction | rubric | 2 réactions") under a headline right after
  the menu: it was read as a menu, so the headline became chrome;
* "Rédigé le <date> à 07h30 par la rédaction dans <rubric>": a dateline signed by the desk;
* a support appeal between two paragraphs, glued to its payment line, and a framed appeal
  with an IBAN after the article;
* "Avec agences" under the signature: a source line, not the author;
* a bare "Réagir (…)" button after a thread;
* a masthead with a preposition and an elided article ("Regard sur l'Orient").
"""

from __future__ import annotations

from newsift.clean.lexicon import markers
from newsift.clean.lines import analyse
from newsift.clean.outlet import _clean_name
from newsift.clean.segmenter import label_lines

PARA = (
    "Les forces gouvernementales ont repris jeudi le contrôle de la localité de Busra al-Harir, "
    "après trois jours de combats avec les rebelles, selon l'agence officielle."
)
PARA2 = (
    "Selon une ONG, au moins huit civils ont été tués dans les frappes aériennes qui ont "
    "précédé l'assaut, et des centaines de familles ont fui vers la frontière jordanienne."
)
PARA3 = (
    "L'armée compte ensuite se tourner vers la ville de Deraa, dont les quartiers sud sont "
    "tenus par les rebelles depuis 2012, a indiqué un officier à la télévision d'État."
)


def _label(text: str):  # type: ignore[no-untyped-def]
    lines = analyse(text, markers())
    return lines, label_lines(lines)


def _at(lines, prefix: str) -> int:  # type: ignore[no-untyped-def]
    return next(i for i, ln in enumerate(lines) if ln.text.startswith(prefix))


def test_headline_under_the_menu_with_a_field_byline_and_a_desk_dateline() -> None:
    text = (
        "SOUTH SYRIA WATCH\n"
        "Accueil | Dossiers | Vidéos | Contact\n\n"
        "Deraa : l'armée reprend Busra al-Harir\n"
        "Rédaction | Sud syrien | 4 réactions\n"
        "Rédigé le samedi 23 juin 2018 à 09h15 par la rédaction dans Sud syrien\n\n"
        f"{PARA}\n\n{PARA2}\n"
    )
    lines, lab = _label(text)
    t = _at(lines, "Deraa :")
    assert lab.kinds[t] == "title"
    b = _at(lines, "Rédaction |")
    assert lines[b].kind == "byline" and lines[b].author == "Rédaction"
    assert lab.kinds[b] == "body"
    d = _at(lines, "Rédigé le")
    assert lines[d].kind == "date" and lines[d].date is not None
    assert lines[d].date.value == "2018-06-23"
    assert lab.kinds[d] == "meta"


def test_appeals_inside_and_after_the_article_are_chrome() -> None:
    text = (
        "Deraa : l'armée reprend Busra al-Harir\n"
        "samedi 23 juin 2018 – Paul Lemaire – 2 commentaires\n\n"
        f"{PARA}\n\n"
        "Support independent journalism. We take no money from governments or parties.\n"
        "PayPal: dons@example.org | BTC: 3AbCdEfGhJkLmNpQrStUvWxYz123456789\n\n"
        f"{PARA2}\n\n{PARA3}\n\n"
        "Paul Lemaire\n\n"
        "LE SITE A BESOIN DE VOUS !\n"
        "Nous vivons de vos dons. Soutenez « Le Site » : chèque à l'ordre de « Les Amis », "
        "ou virement IBAN FR76 1234 5678 9012 3456 7890 123.\n"
    )
    lines, lab = _label(text)
    assert lab.kinds[_at(lines, "Support independent")] == "boilerplate"
    assert lab.kinds[_at(lines, "Selon une ONG")] == "body"
    assert lab.kinds[_at(lines, "L'armée compte")] == "body"
    assert lab.kinds[_at(lines, "LE SITE A BESOIN")] == "boilerplate"
    assert lab.kinds[_at(lines, "Nous vivons de vos dons")] == "boilerplate"


def test_quoted_appeal_without_payment_details_stays_article_text() -> None:
    text = "Le ministre a lancé : « Soutenez nos soldats, faites un don à l'armée » mardi à Damas."
    lines, _ = _label(text + "\n")
    assert lines[0].kind == "prose"


def test_agencies_line_is_a_source_and_the_name_above_signs() -> None:
    text = (
        "Deraa : l'armée reprend Busra al-Harir\n"
        "Mardi 29 mai 2018 - 08:15 | Rubrique Défense | Lecture 4 min\n\n"
        f"{PARA}\n\n{PARA2}\n\n"
        "Marc-Antoine Ferrand\n\n"
        "Avec agences\n\n"
        "RÉACTIONS (2)\n\n"
        "Tonton_Jean — 29/05/2018 à 10:02\n"
        "Encore une victoire en trompe-l'œil, personne ne tient le Sud.\n\n"
        "Kamel75 — 29/05/2018 à 11:37\n"
        "Qui a armé les rebelles du Sud ? Personne n'a jamais été jugé pour ça.\n\n"
        "Réagir (réservé aux abonnés)\n"
    )
    lines, lab = _label(text)
    s = _at(lines, "Avec agences")
    assert lines[s].kind == "source" and lab.kinds[s] == "meta"
    art = lab.articles[0]
    assert _at(lines, "Marc-Antoine") in art.signature_lines
    assert lab.kinds[_at(lines, "Réagir")] == "boilerplate"
    assert lab.kinds[_at(lines, "Encore une victoire")] == "comment"


def test_site_name_with_a_preposition_and_an_elided_article() -> None:
    assert _clean_name("Regard sur l'Orient") == "Regard sur l'Orient"
    assert _clean_name("Carnets de guerre du nord syrien") is None  # a tagline


def test_stage_fields_of_a_desk_signed_story() -> None:
    from newsift.clean.stage import CleanStage
    from newsift.model import Document

    text = (
        "SOUTH SYRIA WATCH\n"
        "Accueil | Dossiers | Vidéos | Contact\n\n"
        "Deraa : l'armée reprend Busra al-Harir\n"
        "Rédaction | Sud syrien | 4 réactions\n"
        "Rédigé le samedi 23 juin 2018 à 09h15 par la rédaction dans Sud syrien\n\n"
        f"{PARA}\n\n{PARA2}\n\n{PARA3}\n\n"
        "La rédaction\n\n"
        "South Syria Watch © 2018\n"
    )
    doc = Document(doc_id="d", source="d", external_id="d", format="txt", text=text)
    art = CleanStage().process(doc).articles[0]
    assert art.title == "Deraa : l'armée reprend Busra al-Harir"
    assert art.published == "2018-06-23"
    assert art.author == "La rédaction"


def test_publication_stamp_left_among_the_chrome_still_dates_the_article() -> None:
    from newsift.clean.stage import CleanStage
    from newsift.model import Document

    text = (
        "SOUTH SYRIA WATCH\n"
        "Accueil | Dossiers | Vidéos | Contact\n\n"
        "Deraa : l'armée reprend Busra al-Harir\n\n"
        f"{PARA}\n\n{PARA2}\n\n{PARA3}\n\n"
        "Publié le 23/06/2018 à 14:05. Cet article a été lu 1 240 fois, partagez-le !\n\n"
        "South Syria Watch © 2018\n"
    )
    doc = Document(doc_id="d", source="d", external_id="d", format="txt", text=text)
    art = CleanStage().process(doc).articles[0]
    assert (art.published, art.published_precision) == ("2018-06-23", "day")
    assert text[art.published_start : art.published_end] == "23/06/2018"  # type: ignore[misc]
