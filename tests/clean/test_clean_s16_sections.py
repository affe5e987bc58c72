# ruff: noqa: E501  (the pages below keep one paragraph per line, as pages do)
"""An essay's numbered sections are one article (session 16).

Why: an essay whose abstract ends on a keywords line was read as an article of its abstract
alone, its numbered sections ("1. Introduction", "2. La ville qu'on prend") as chrome, and a
later section heading as a new article's headline: its story split into several articles and
its first sections lost. ``newsift.clean.failsafe`` reads a numbered section heading as a
heading inside the fail-safe's prose blocks, and joins an article titled "n. ..." to the
article above when the section "n-1. ..." stands between them as no article's title. Text
written for this test.
"""

from __future__ import annotations

from newsift.clean import failsafe
from newsift.clean.lexicon import markers
from newsift.clean.lines import Line, analyse
from newsift.clean.segment_model import ArticleInfo
from newsift.clean.segmenter import Labelled, label_lines


def _at(lines: list[Line], start: str) -> int:
    return next(n for n, ln in enumerate(lines) if ln.text.startswith(start))


ESSAY = """Revue des mondes arabes — Numéro 12
Accueil > Numéros > 12

Les sièges de Homs, 2011-2014
Par Antoine Merveil
Publié le 3 mars 2015
Résumé : l'article retrace les trois années de siège de la vieille ville de Homs.
Mots-clés : Syrie, Homs, siège

1. Introduction
Homs fut la première grande ville syrienne à se soulever, et la première à être assiégée par l'armée. Ses quartiers du centre restèrent encerclés pendant près de trois ans. La ville devint ainsi le laboratoire d'une méthode que le régime appliqua ensuite ailleurs.

2. Baba Amr, février 2012
Le 4 février 2012, l'armée syrienne commença à bombarder le quartier de Baba Amr, tenu par des groupes de l'Armée syrienne libre. Après près d'un mois de pilonnage, les rebelles se retirèrent le 1er mars et les troupes gouvernementales entrèrent dans le quartier.
Des centaines de civils avaient été tués pendant le siège, selon les comités locaux.

3. La vieille ville
En mai 2014, un accord permit aux derniers combattants de quitter la vieille ville en autobus vers le nord de la province, sous la supervision des Nations unies.
"""

NEWSLETTER = """La Lettre du Levant — édition du 3 mars 2015

1. Homs : l'armée bombarde Baba Amr
Publié le 3 mars 2015 par Leïla Haddad
L'armée syrienne a bombardé mardi le quartier de Baba Amr, selon des militants joints par téléphone. Au moins dix civils ont été tués, d'après les comités locaux de coordination.

2. Alep : combats autour de la citadelle
Publié le 2 mars 2015 par Marc Aubert
Des combats ont opposé mardi les rebelles à l'armée près de la citadelle d'Alep, selon un correspondant local. Les deux camps revendiquent des gains dans la vieille ville.
"""


def test_an_essays_numbered_sections_are_one_article_a_newsletters_stories_are_not() -> None:
    lines = analyse(ESSAY, markers())
    lab = label_lines(lines)
    for start in ("Le 4 février 2012", "Des centaines de civils", "En mai 2014"):
        assert lab.kinds[_at(lines, start)] == "body", start
    assert len(lab.articles) == 1
    # the rule alone, on labels made by hand: two stories titled "1." and "2." stay two; a
    # "2." article whose "1." section is no article's title goes on with the article above
    lines = analyse(NEWSLETTER, markers())
    for title_of_first, expected in ((2, 2), (3, 1)):
        kinds = ["boilerplate", "empty", "title", "meta", "body", "empty", "title", "meta", "body"]
        arts: list[int | None] = [None, None, 1, 1, 1, None, 2, 2, 2]
        if title_of_first == 3:
            kinds[2], arts[2] = "boilerplate", None
        first = ArticleInfo(k=1, title_line=title_of_first if title_of_first == 2 else None)
        lead = 2 if title_of_first == 2 else 0  # the "1." line under the article's start
        first.first_line, first.last_line, first.lead_line = lead, 4, lead
        second = ArticleInfo(k=2, title_line=6, first_line=6, last_line=8, lead_line=8)
        lab = Labelled(kinds, arts, [first, second], set())
        failsafe._numbered_sections(lines, lab)
        assert len(lab.articles) == expected
    assert failsafe.section_number("3.1. Chypre, ou la partition") == (3, 1)
    assert failsafe.section_number("2014 : l'année du califat") is None
