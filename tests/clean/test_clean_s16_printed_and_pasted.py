# ruff: noqa: E501  (the pages below keep one paragraph per line, as pages do)
"""Cleaning fails safe on printed text and on articles pasted into threads (session 16).

Why: on fresh sets an essay exported from PDF lost most of its prose and came back split into
several articles: its hard-wrapped lines, read one by one, looked like headlines and labels,
and its page marks and notes stood between the halves of a sentence; and a whole dated article
pasted into a thread's reply was read as a comment. ``newsift.clean.failsafe`` now reads a
hard-wrapped paragraph as prose, steps over page furniture, and takes a reply's block with its
own headline and dated outlet line over several paragraphs for an article. The pages under
fixtures/failsafe/ are written for this test (invented outlets and people).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsift.clean import failsafe
from newsift.clean.lexicon import markers
from newsift.clean.lines import Line, analyse
from newsift.clean.segmenter import Labelled, label_lines

PAGES = Path(__file__).parent / "fixtures" / "failsafe"
TEXT = ("title", "body")


def _run(name: str) -> tuple[list[Line], Labelled]:
    lines = analyse((PAGES / name).read_text(encoding="utf-8"), markers())
    return lines, label_lines(lines)


def _at(lines: list[Line], start: str) -> int:
    return next(n for n, ln in enumerate(lines) if ln.text.startswith(start))


# page, articles, starts of lines that must be article text, that must stay comments, that
# must not be article text
CASES = [
    (
        "thesis_pdf_fr.txt",
        1,
        [
            "Au cours de l'été 2012",
            "Quartiers orientaux",
            "la ville vit au rythme",
            "En juillet 2016",
            "saut final",
            "Le 22 décembre 2016",
            "complète de la ville",
            "Dans les mois qui suivent",
        ],
        [],
        [
            "— 112 —",
            "Chapitre 3. Alep-Est, la ville coupée en deux | 113",
            "14. Sur la géographie",
            "Thèse consultable",
        ],
    ),
    (
        "report_pdf_en.txt",
        1,
        ["On 9 October 2019", "tinued around Tal Tamr", "six soldiers dead"],
        [],
        [],
    ),
    (
        "speaker_notes_fr.txt",
        1,
        ["L'offensive sur Mossoul", "Le 29 juin 2017", "de combats qui ont fait"],
        [],
        [],
    ),
    (
        "mailing_list_quote_en.txt",
        1,
        ["Syrian government forces broke", "Russian warships"],
        [],
        ["Thanks Hana"],
    ),
    (
        "forum_pasted_dispatch_fr.txt",
        1,
        ["Les forces irakiennes ont lancé", "Quelque 2 000"],
        [],
        ["Merci beaucoup"],
    ),
    (
        "blog_comment_pastes_article_fr.txt",
        2,
        ["Les Forces démocratiques", "Un accord négocié", "Dans la nuit"],
        ["Merci pour le suivi", "Et les civils"],
        [],
    ),
    (
        "thread_pasted_article_fr.txt",
        1,
        ["« Des combats", "Des drones turcs"],
        ["Merci pour le partage"],
        [],
    ),
]


@pytest.mark.parametrize(
    ("page", "arts", "text", "comments", "chrome"), CASES, ids=[c[0] for c in CASES]
)
def test_printed_and_pasted_article_prose_is_kept(
    page: str, arts: int, text: list[str], comments: list[str], chrome: list[str]
) -> None:
    lines, lab = _run(page)
    assert len(lab.articles) == arts, page
    for start in text:
        assert lab.kinds[_at(lines, start)] in TEXT, (page, start)
    for start in comments:
        assert lab.kinds[_at(lines, start)] == "comment", (page, start)
    for start in chrome:
        assert lab.kinds[_at(lines, start)] not in TEXT, (page, start)


def test_a_printed_essay_is_one_article_across_its_page_breaks() -> None:
    lines, lab = _run("thesis_pdf_fr.txt")
    body = [
        _at(lines, s)
        for s in ("Au cours de l'été 2012", "Le 22 décembre 2016", "Dans les mois qui suivent")
    ]
    assert {lab.arts[i] for i in body} == {1}


PRINTED = """Les lignes d'un paragraphe imprimé vont jusqu'au bord de la page et
se poursuivent à la ligne suivante, parfois au milieu d'un mot coupé par un trait d'u-
nion, sans que rien ne marque la fin de la ligne. Une phrase finit ici.

— 12 —

3. Voir le rapport cité plus haut.

Un titre court sur sa ligne
Une phrase complète qui finit sur sa ligne.
"""


def test_wrapped_lines_and_page_furniture() -> None:
    lines = analyse(PRINTED, markers())
    at = {ln.text[:12]: i for i, ln in enumerate(lines) if ln.text}
    wrapped = failsafe.wrapped_lines(lines)
    assert {at["Les lignes d"], at["se poursuive"], at["nion, sans q"]} <= wrapped
    assert at["Un titre cou"] not in wrapped  # a headline over a sentence: no break mid-sentence
    furniture = failsafe.page_furniture(lines)
    assert {at["— 12 —"], at["3. Voir le r"]} <= furniture
    assert at["Une phrase c"] not in furniture


def test_an_article_pasted_into_a_reply_is_an_article() -> None:
    """The structure pass is made to read the pasted article as part of the reply: the fail-safe
    gives it back as an article of its own (headline, dated outlet line, paragraphs)."""
    lines, lab = _run("blog_comment_pastes_article_fr.txt")
    first = _at(lines, "Lisa Verdier")
    end = _at(lines, "Paul H.")
    for i in range(first, end):
        if lines[i].text:
            lab.kinds[i], lab.arts[i] = "comment", None
    lab.articles = [a for a in lab.articles if a.k == 1]
    failsafe.relabel(lines, lab, {first, _at(lines, "Karim_D"), end})
    assert len(lab.articles) == 2
    assert (
        lab.kinds[_at(lines, "Raqqa : un convoi")],
        lab.arts[_at(lines, "Raqqa : un convoi")],
    ) == ("title", 2)
    assert lab.kinds[_at(lines, "La Gazette du Levant")] == "meta"
    for start in ("Un accord négocié", "La coalition internationale", "Dans la nuit"):
        assert (lab.kinds[_at(lines, start)], lab.arts[_at(lines, start)]) == ("body", 2)
    assert lab.kinds[_at(lines, "Pour compléter")] == "comment"  # the reader's own words


LONG_COMMENT = """Kirkouk : la ville que tout le monde revendique
jeudi 19 octobre 2017
Les forces fédérales irakiennes sont entrées lundi dans Kirkouk et ont repris les champs pétroliers sans rencontrer de résistance.
Mardi, des combats ont opposé les peshmergas aux unités de la Mobilisation populaire près d'Altun Kupri.

Forum de l'article
Un point de vue d'ancien du Kurdistan
20 octobre 2017 10:05, par Karim B.
J'ai vécu six ans à Kirkouk et je peux vous dire que personne là-bas ne croyait vraiment au référendum, surtout pas les familles turkmènes du centre-ville.
Les gens voulaient surtout que les salaires soient payés et que les routes vers Bagdad restent ouvertes, le reste leur paraissait une affaire de partis.
Quand les peshmergas se sont retirés, beaucoup ont été soulagés qu'il n'y ait pas eu de combats dans les quartiers, même ceux qui avaient voté oui.
Je crains seulement que les milices ne fassent payer aux Kurdes des quartiers nord leur vote, comme cela s'est vu ailleurs dans la province.
Répondre à ce message
"""


def test_a_titled_reader_comment_under_its_authors_head_stays_a_comment() -> None:
    lines = analyse(LONG_COMMENT, markers())
    lab = label_lines(lines)
    head = _at(lines, "20 octobre 2017 10:05")
    for i in range(_at(lines, "Un point de vue"), _at(lines, "Répondre")):
        lab.kinds[i], lab.arts[i] = "comment", None
    failsafe.relabel(lines, lab, {head})
    assert lab.kinds[_at(lines, "J'ai vécu six ans")] == "comment"
    assert len(lab.articles) == 1
