"""Datelines that carry more fields after the date (author, rubric, count, source).

Cause (held-out set 4): "samedi 13 août 2016 – X – 3 commentaires", "Mardi 29 décembre 2015 -
08:15 | Rubrique Défense | Lecture 4 min" and "Publié le 23/03/2019 à 14:05 – Source : Agence"
were read as boilerplate, so the article lost its publication date, and on a category page the
second article (after "* * *") was lost with its date line.
"""

from __future__ import annotations

from newsift.clean.dates import dated_fields
from newsift.clean.lexicon import markers
from newsift.clean.lines import analyse
from newsift.clean.segmenter import label_lines


def test_dated_fields_reads_the_date_and_keeps_the_fields() -> None:
    hit, fields = dated_fields("vendredi 3 mars 2017 – Paul Lemaire – 5 commentaires") or (
        None,
        [],
    )
    assert hit is not None and hit.value == "2017-03-03"
    assert fields == ["Paul Lemaire", "5 commentaires"]
    hit2, _ = dated_fields("Lundi 4 avril 2016 - 10:20 | Rubrique Monde | Lecture 3 min") or (
        None,
        [],
    )
    assert hit2 is not None and hit2.value == "2016-04-04"


def test_sentences_and_comment_heads_are_not_dated_fields() -> None:
    assert dated_fields("3 mars 2017 - Les rebelles ont repris la ville après des combats.") is None
    assert dated_fields("Jean_Dupont — 03/03/2017 à 10:02") is None  # the date is not first


def _lines(text: str):  # type: ignore[no-untyped-def]
    lines = analyse(text, markers())
    return lines, label_lines(lines)


def test_date_line_with_author_and_count_is_meta_and_names_the_author() -> None:
    text = (
        "MON BLOG DE GUERRE\n"
        "Accueil   Syrie   Irak   Archives\n\n"
        "Raqqa : la bataille commence\n"
        "mardi 6 juin 2017 – Paul Lemaire – 2 commentaires\n\n"
        "Les forces kurdes ont lancé mardi l'assaut sur Raqqa, selon un porte-parole de la "
        "coalition qui a fait état de combats dans les faubourgs est de la ville.\n\n"
        "Des frappes aériennes ont visé les positions des jihadistes toute la nuit, selon des "
        "habitants joints par téléphone depuis la frontière turque.\n"
    )
    lines, lab = _lines(text)
    i = next(i for i, ln in enumerate(lines) if ln.text.startswith("mardi 6 juin"))
    assert lines[i].kind == "date"
    assert lines[i].date is not None and lines[i].date.value == "2017-06-06"
    assert lines[i].author == "Paul Lemaire"
    assert lab.kinds[i] == "meta"


def test_rubric_and_source_fields_name_no_author() -> None:
    text = "Publié le 14/02/2018 à 09:10 – Source : Agence\n"
    lines, _ = _lines(text)
    assert lines[0].kind == "date" and lines[0].author is None
    lines, _ = _lines("Jeudi 1 mars 2018 - 08:15 | Rubrique Défense | Lecture 4 min\n")
    assert lines[0].kind == "date" and lines[0].author is None


def test_two_articles_split_by_asterisks_on_a_category_page() -> None:
    text = (
        "LE CARNET DU NORD\n"
        "Accueil   Syrie   Irak   Archives\n\n"
        "Catégorie : Hassaké\n\n"
        "SYRIE\n"
        "Hassaké : les Kurdes reprennent le quartier de Ghwayran\n"
        "lundi 5 septembre 2016 – Paul Lemaire – 2 commentaires\n\n"
        "Les unités kurdes ont repris lundi le quartier de Ghwayran, après trois jours de "
        "combats contre les forces du régime, selon un responsable local.\n\n"
        "Un cessez-le-feu négocié par la Russie devait entrer en vigueur dans la soirée, a "
        "précisé la même source, sans donner de bilan.\n\n"
        "P. L.\n\n"
        "* * *\n\n"
        "SYRIE\n"
        "Jarablous : les rebelles entrent dans la ville\n"
        "mercredi 24 août 2016 – Paul Lemaire – Aucun commentaire\n\n"
        "Des rebelles syriens appuyés par des chars turcs sont entrés mercredi dans Jarablous, "
        "selon un commandant rebelle joint par téléphone.\n\n"
        "Les jihadistes ont quitté la ville presque sans combattre, selon des habitants de la "
        "ville qui ont fui vers le sud pendant la nuit.\n\n"
        "P. L.\n\n"
        "« Articles plus anciens\n"
    )
    lines, lab = _lines(text)
    assert len(lab.articles) == 2
    second = next(i for i, ln in enumerate(lines) if ln.text.startswith("Jarablous :"))
    assert lab.kinds[second] == "title" and lab.arts[second] == 2
    body2 = next(i for i, ln in enumerate(lines) if ln.text.startswith("Des rebelles syriens"))
    assert lab.kinds[body2] == "body" and lab.arts[body2] == 2


def test_a_second_dated_header_starts_the_next_article_without_a_separator() -> None:
    text = (
        "LE CARNET DU NORD\n"
        "Accueil   Syrie   Irak   Archives\n\n"
        "SYRIE\n"
        "Hassaké : les Kurdes reprennent le quartier de Ghwayran\n"
        "lundi 5 septembre 2016 – Paul Lemaire – 2 commentaires\n\n"
        "Les unités kurdes ont repris lundi le quartier de Ghwayran, après trois jours de "
        "combats contre les forces du régime, selon un responsable local.\n\n"
        "Un cessez-le-feu négocié par la Russie devait entrer en vigueur dans la soirée, a "
        "précisé la même source, sans donner de bilan.\n\n"
        "SYRIE\n"
        "Jarablous : les rebelles entrent dans la ville\n"
        "mercredi 24 août 2016 – Paul Lemaire – Aucun commentaire\n\n"
        "Des rebelles syriens appuyés par des chars turcs sont entrés mercredi dans Jarablous, "
        "selon un commandant rebelle joint par téléphone.\n\n"
        "Les jihadistes ont quitté la ville presque sans combattre, selon des habitants de la "
        "ville qui ont fui vers le sud pendant la nuit.\n"
    )
    lines, lab = _lines(text)
    assert len(lab.articles) == 2
    assert [lines[a.date_lines[0]].date.value for a in lab.articles] == [  # type: ignore[union-attr]
        "2016-09-05",
        "2016-08-24",
    ]


def test_post_line_with_author_then_a_rubric_field() -> None:
    """WordPress's "Publié le <date> par <auteur> · <rubrique>" (session 10): the rubric in a
    field of its own after the name hid the whole line, so a blog home's second post lost its
    head and was dropped as chrome."""
    lines, _ = _lines("Publié le 12 mai 2017 par Jean-Luc Ferrand · Front de l'Est\n")
    assert lines[0].kind == "date" and lines[0].date is not None
    assert lines[0].date.value == "2017-05-12" and lines[0].author == "Jean-Luc Ferrand"
    lines, _ = _lines("Posted on June 2, 2018 by Sam Whitaker | 4 Comments\n")
    assert lines[0].kind == "date" and lines[0].author == "Sam Whitaker"
    lines, _ = _lines("Publié le 12 mai 2017 par la rédaction · Front de l'Est\n")
    assert lines[0].kind == "date" and lines[0].author is None  # a desk, and no rubric in it
    # a sentence after the separator is no rubric
    lines, _ = _lines("Publié le 12 mai 2017 par Jean Ferrand · Il a dit que tout était fini.\n")
    assert lines[0].author != "Jean Ferrand" or lines[0].kind != "date"
    text = (
        "LE VEILLEUR DE L'OUEST\n"
        "Accueil · Syrie · Irak · Faire un don\n\n"
        "Raqqa : les FDS atteignent le vieux centre\n"
        "Publié le 4 juillet 2017 par Le Veilleur · Front militaire\n\n"
        "Les Forces démocratiques syriennes ont percé mardi le mur de la vieille ville de "
        "Raqqa, a annoncé la coalition, qui fait état de combats de rue.\n\n"
        "Des frappes aériennes ont visé les positions jihadistes toute la nuit, selon des "
        "habitants joints par téléphone depuis Tall Abyad.\n\n"
        "Étiquettes : Raqqa, FDS, Daech\n\n"
        "☆ ☆ ☆\n\n"
        "Tabqa : le barrage repris aux jihadistes\n"
        "Publié le 10 mai 2017 par Le Veilleur · Front militaire\n\n"
        "Les combattants arabo-kurdes ont repris mercredi la ville de Tabqa et son barrage, "
        "après le départ négocié des derniers jihadistes, selon leur porte-parole.\n\n"
        "Les démineurs se sont mis au travail dans les quartiers du nord, où les jihadistes "
        "ont laissé des engins piégés, a précisé la même source.\n\n"
        "Étiquettes : Tabqa, FDS, Daech\n"
    )
    lines, lab = _lines(text)
    assert len(lab.articles) == 2
    second = next(i for i, ln in enumerate(lines) if ln.text.startswith("Tabqa :"))
    assert lab.kinds[second] == "title" and lab.arts[second] == 2
    body2 = next(i for i, ln in enumerate(lines) if ln.text.startswith("Les démineurs"))
    assert lab.kinds[body2] == "body" and lab.arts[body2] == 2
