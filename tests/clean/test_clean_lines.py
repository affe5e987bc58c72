"""Datelines and the local type of single lines."""

from __future__ import annotations

import pytest

from newsift.clean.dates import dateline, find_date
from newsift.clean.lexicon import markers
from newsift.clean.lines import Line, classify, split_lines


@pytest.mark.parametrize(
    ("line", "value", "precision"),
    [
        ("mercredi 14 décembre 2016", "2016-12-14", "day"),
        ("date 2017-10", "2017-10", "month"),
        ("Published on November 3, 2017 at 10:20 am", "2017-11-03", "day"),
        ("Mis à jour le 1er novembre 2017 à 10h20", "2017-11-01", "day"),
        ("14 декабря 2016 г.", "2016-12-14", "day"),
        ("الأربعاء ١ تشرين الثاني ٢٠١٧", "2017-11-01", "day"),
        ("Publié le 22/11/2017 à 09:14 | Mis à jour le 22/11/2017 à 11:30", "2017-11-22", "day"),
        ("novembre 2017", "2017-11", "month"),
        ("11/23/2017", "2017-11-23", "day"),
    ],
)
def test_datelines(line: str, value: str, precision: str) -> None:
    hit = dateline(line)
    assert hit is not None, line
    assert (hit.value, hit.precision) == (value, precision)


@pytest.mark.parametrize(
    "line",
    [
        "The SAA lifted the siege on September 5, 2017 and moved east.",
        "Hier, lundi 20 novembre, le Président a reçu son homologue.",
        "Trump and secessionism",
        "14 décembre",  # no year: not a publication date
    ],
)
def test_not_datelines(line: str) -> None:
    assert dateline(line) is None


def test_find_date_span_points_at_the_date() -> None:
    text = "Posted on November 19, 2017 by the desk"
    hit = find_date(text)
    assert hit is not None
    assert text[hit.start : hit.end] == "November 19, 2017"


def _kind(text: str) -> Line:
    line = Line(idx=0, start=0, end=len(text), text=text)
    classify(line, markers())
    return line


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("2,500 $", "amount"),
        ("5 € 10 € 25 € 50 € Autre montant", "amount"),
        ("PayPal: editor@example.org", "donate"),
        ("BTC: 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", "donate"),
        ("ETH: 0x4be81c07d2a95f3e6c0b71d48f29aa3c65e1d7f0", "donate"),
        ("Soutenez Orient-Info : chaque don compte !", "donate"),
        ("Notify of", "cc"),
        ("Newest Most Voted", "cc"),
        ("5 commentaires", "cc"),
        ("Commentaires", "cc"),
        ("Комментарии (2)", "cc"),
        ("التعليقات", "cc"),
        ("Facebook Twitter Delicious Seenthis Digg RSS", "share"),
        ("Partager : Facebook Twitter Imprimer", "share"),
        ("JPEG – 78.9 kb", "caption_file"),
        ("PNG - 12,4 ko", "caption_file"),
        ("[3] Statement of the coalition spokesman, 16 October 2017.", "footnote"),
        ("by Thierry Meyssan", "byline"),
        ("Par Claire Duvivier", "byline"),
        ("Abu Omar says:", "commenter"),
        ("Rafale_92 a écrit :", "commenter"),
        ("Accueil | Syrie | Liban | Irak | Contact", "nav"),
        ("Tags: Syria, Palmyra", "tags"),
        ("Votre adresse e-mail ne sera pas publiée.", "form"),
        ("Reply", "cci"),
        ("Antoine de Lacoste", "name"),
        # thread ends, in-article chrome, captions credited last, language switchers
        ("Load more comments", "end"),
        ("Voir plus de commentaires", "end"),
        ("Показать еще комментарии", "end"),
        ("Ajouter un commentaire (réservé aux abonnés)", "end"),
        ("ALSO ON THE EUPHRATES POST", "end"),
        ("Proudly powered by WordPress", "end"),
        ("Lecture 4 min.", "boiler"),
        ("8 min read", "boiler"),
        ("Recommended: Raqqa after the battle, in ten pictures", "boiler"),
        ("Read the full story at Gulf Sentinel »", "boiler"),
        ("Des habitants devant la mosquée, le 3 mars. Photo : DR", "caption"),
        ("Soldiers near the citadel on Sunday. (Photo: Sam Reed/AFP)", "caption"),
        ("English | عربي", "nav"),
        ("Sana'a, 16 June 2018", "date"),
        ("Entrez votre commentaire...", "form"),
        ("Name (required)", "form"),
    ],
)
def test_local_kinds(text: str, kind: str) -> None:
    assert _kind(text).kind == kind


@pytest.mark.parametrize(
    "text",
    [
        "Yemen: cholera cases pass 750,000, WHO says",  # a headline ending in a reporting verb
        "The photo: a soldier raising the flag over the citadel, as the army says it is over",
    ],
)
def test_not_comment_heads_nor_captions(text: str) -> None:
    assert _kind(text).kind not in ("commenter", "caption")


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("Libya Daily Monitor staff", "Libya Daily Monitor staff"),
        ("Reporting by the Sana'a Monitor newsroom", "Sana'a Monitor newsroom"),
        ("Rédaction Syrie-Actu, avec AFP", "Rédaction Syrie-Actu"),
        ("Reporting by Borders Desk staff in Baghdad and Ramadi", "Borders Desk staff"),
        ("Staff writer", "Staff writer"),
    ],
)
def test_staff_bylines_name_the_desk(text: str, author: str) -> None:
    line = _kind(text)
    assert (line.kind, line.author) == ("byline", author)


def test_read_at_line_names_the_outlet() -> None:
    assert _kind("Lire la suite sur Le Messager de Beyrouth »").outlet == "Le Messager de Beyrouth"


def test_support_line_names_the_site() -> None:
    line = _kind("Support SouthFront")
    assert line.kind == "donate"
    assert line.site == "SouthFront"


def test_byline_with_date_keeps_both() -> None:
    line = _kind("By Karim Haddad | November 20, 2017")
    assert line.kind == "byline"
    assert line.author == "Karim Haddad"
    assert line.date is not None and line.date.value == "2017-11-20"
    posted = _kind("Posted on November 19, 2017 by Sam Whitfield")
    assert posted.kind == "date"
    assert posted.author == "Sam Whitfield"


def test_prose_with_a_donation_word_stays_prose() -> None:
    text = (
        "Gulf donations to armed groups in the valley were discussed at length by the "
        "ministers, who agreed on nothing but the date of their next meeting."
    )
    assert _kind(text).kind == "prose"


def test_split_lines_matches_splitlines() -> None:
    text = "a\r\nb\n\n  c  \rd\u2028e"
    lines = split_lines(text)
    assert [ln.text for ln in lines] == [x.strip() for x in text.splitlines()]
    for ln in lines:
        assert text[ln.start : ln.end].strip() == ln.text
        assert text[ln.start + ln.lead :].startswith(ln.text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # list lines with symbol separators, whatever the length of their items
        ("« Alep, un an après  |  Accueil  |  Deir ez-Zor : la route est ouverte »", "nav"),
        ("DERNIÈRE MINUTE ● 10:05 Homs : un convoi attaqué ● 09:40 Hama : trêve rompue", "nav"),
        ("Forum › Naher Osten › Irak › Mossul: die Schlacht um die Altstadt (2017)", "nav"),
        ("Seite 3 von 9   « Erste   ‹ Zurück   2   3   4", "nav"),
        # closing lines of a story: parenthesised source, hashtag topics, a post's stamp
        ("(With agencies)", "source"),
        ("(Mit Material von dpa und Reuters)", "source"),
        ("Themen: #Syrien #Rakka #SDF", "tags"),
        ("#Liban, #Hezbollah, #Frontière", "tags"),
        ("Posted by Tom Ellery at 10:32 AM", "date"),
        ("Posté par Jean-Luc R. à 18:40 - Proche-Orient", "date"),
        # an appeal written as a sentence, in the site's voice
        (
            "Si vous appréciez notre travail, soutenez-nous : sans votre don, ce site "
            "fermera ses portes à la fin de l'année.",
            "donate",
        ),
        (
            "Wenn Ihnen dieser Artikel gefallen hat, unterstützen Sie uns bitte mit einer "
            "Spende, damit wir unabhängig bleiben können.",
            "donate",
        ),
    ],
)
def test_structural_kinds(text: str, kind: str) -> None:
    assert _kind(text).kind == kind


@pytest.mark.parametrize(
    "text",
    [
        # a headline quoting a phrase ends on a word, not a full stop
        "Deir ez-Zor : Damas dénonce « une agression caractérisée »",
        "Mossoul : la bataille de la vieille ville (juin-juillet 2017)",
    ],
)
def test_headline_closing_on_a_quotation_is_no_paragraph(text: str) -> None:
    line = _kind(text)
    assert line.kind == "heading"
    assert not line.prose


def test_paragraph_closing_a_quotation_is_prose() -> None:
    text = "« Nous ne partirons pas tant que les civils seront dans le stade », a-t-il dit. »"
    assert _kind("Le commandant est formel : « nous ne partirons pas sans les civils. »").prose
    assert _kind(text).prose


def test_a_headline_never_carries_a_link() -> None:
    line = _kind("Banned on YouTube? Watch us on Rumble: rumble.com/c/frontnews")
    assert not line.heading_like


def test_quoted_appeal_stays_article_text() -> None:
    text = (
        "« Soutenez-nous, nous avons besoin de votre soutien », a lancé le maire de Kobané "
        "devant les délégués de la coalition réunis à Erbil."
    )
    assert _kind(text).kind == "prose"


def test_hyphenated_first_name_in_a_post_footer() -> None:
    line = _kind("Publié par Jean-Marc D. à 09:12 - Syrie - Commentaires [4] - Permalien [#]")
    assert (line.kind, line.author) == ("date", "Jean-Marc D.")


def test_a_signature_rule_is_no_user_name() -> None:
    assert _kind("__________________").kind != "user"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("En réponse à Karim_H", "commenter"),
        ("Message par Tancrède » lun. 16 oct. 2017 22:05", "commenter"),
    ],
)
def test_reply_heads_name_someone(text: str, kind: str) -> None:
    assert _kind(text).kind == kind


@pytest.mark.parametrize("text", ["Répondre à cet article", "Reply to this topic"])
def test_reply_buttons_are_no_comment_heads(text: str) -> None:
    assert _kind(text).kind != "commenter"


@pytest.mark.parametrize(
    "text",
    [
        # the writer narrating ("we", "nous"), a third party's donations: article text
        "We met families in Raqqa who depend on donations from relatives abroad to rebuild.",
        "Nous avons rencontré des familles qui vivent des dons de la diaspora depuis trois ans.",
        "Die Helfer sammeln Spenden, sagen sie, doch das Geld reicht kaum für die Winterhilfe.",
    ],
)
def test_narration_about_donations_is_no_appeal(text: str) -> None:
    assert _kind(text).kind == "prose"


def test_action_bar_is_no_commenter() -> None:
    """ "Répondre" is a button: a commenter verb must end its word ("X répond :")."""
    assert _kind("J'aime · Répondre · 2 sem").kind != "commenter"


@pytest.mark.parametrize("text", ["kaw/dpa/AFP", "jdl/Reuters"])
def test_editor_and_agency_credit_is_a_source(text: str) -> None:
    assert _kind(text).kind == "source"
