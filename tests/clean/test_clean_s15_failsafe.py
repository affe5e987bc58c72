# ruff: noqa: E501  (the page below keeps one paragraph per line, as pages do)
"""Cleaning fails safe on page kinds no layout rule was written for (session 15).

Why: on fresh sets the largest loss was whole articles thrown away by cleaning: a magazine's
running head read as a user name turned the rest of an essay into a "thread"; the numbered
posts of one author's thread were read as comments under its first post; a second story under
"À lire aussi" was read as the page's chrome. ``newsift.clean.failsafe`` gives prose back to
the articles when nothing shows it is comment or chrome. The pages under fixtures/failsafe/
are written for this test (see its README): each asserts that its article prose is article
text and its comments and furniture are not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsift.clean import failsafe
from newsift.clean.failsafe import author_key
from newsift.clean.lexicon import markers
from newsift.clean.lines import Line, analyse
from newsift.clean.segmenter import Labelled, label_lines

PAGES = Path(__file__).parent / "fixtures" / "failsafe"
TEXT = ("title", "body")


def _run(name: str) -> tuple[list[Line], Labelled]:
    lines = analyse((PAGES / name).read_text(encoding="utf-8"), markers())
    return lines, label_lines(lines)


def _kind(lines: list[Line], lab: Labelled, start: str) -> tuple[str, int | None]:
    i = next(n for n, ln in enumerate(lines) if ln.text.startswith(start))
    return lab.kinds[i], lab.arts[i]


# page, the starts of lines that must be article text, of lines that must stay comments, and of
# lines that must stay chrome (boilerplate)
CASES = [
    (
        "substack.txt",
        ["Quand les Forces", "Dans les quartiers de l'est", "Une partie des anciens"],
        ["Merci pour ce reportage", "J'ai de la famille"],
        ["Merci de lire Le Carnet", "© 2022"],
    ),
    (
        "notes_academic.txt",
        ["Les premiers affrontements", "En février 2012", "Le 7 mai 2014"],
        [],
        ["© Centre"],
    ),
    (
        "chat_export.txt",
        ["[03/09/2017 07:41]", "[03/09/2017 07:44]", "[03/09/2017 07:52]"],
        [],
        [],
    ),
    ("parliament.txt", ["M. Olivier Laurent. Monsieur", "M. Jean-Marc Sorel"], [], []),
    (
        "email_print.txt",
        ["Nous avons reçu ce soir", "Le père Youssef"],
        [],
        ["Se désinscrire", "Imprimer"],
    ),
    ("mapfeed.txt", ["Idleb : des frappes", "Hama : les rebelles", "Lattaquié :"], [], []),
    (
        "mastodon.txt",
        ["1/4", "2/4", "3/4", "4/4"],
        ["Merci pour ce fil", "Honteux silence"],
        [],
    ),
    (
        "x_thread_en.txt",
        ["1/5", "2/5", "3/5", "4/5", "5/5"],
        ["Any word on the hospital", "@samharlow Not yet"],
        ["Terms of Service"],
    ),
    (
        "ocr_review_fr.txt",
        [
            "À l'été 2017",
            "À Raqqa, les Forces",
            "quitter la ville en convoi",
            "viennent les villes",
        ],
        [],
        ["Mentions légales"],
    ),
    (
        "aggregator_read_also_fr.txt",
        ["Une roquette Katioucha", "Deux manifestants ont été tués", "La commission"],
        [],
        ["Sponsorisé", "Articles liés", "Conditions d'utilisation"],
    ),
    (
        "channel_days.txt",
        ["Les forces turques et l'Armée", "L'armée syrienne est entrée lundi soir"],
        [],
        ["Télécharger l'application"],
    ),
]


@pytest.mark.parametrize(("page", "text", "comments", "chrome"), CASES, ids=[c[0] for c in CASES])
def test_article_prose_is_kept_and_comments_stay(
    page: str, text: list[str], comments: list[str], chrome: list[str]
) -> None:
    lines, lab = _run(page)
    for start in text:
        assert _kind(lines, lab, start)[0] in TEXT, (page, start)
    for start in comments:
        assert _kind(lines, lab, start)[0] == "comment", (page, start)
    for start in chrome:
        assert _kind(lines, lab, start)[0] == "boilerplate", (page, start)


def test_one_authors_numbered_posts_are_one_article_up_to_another_author() -> None:
    lines, lab = _run("x_thread_en.txt")
    assert len(lab.articles) == 1
    # each later post's head is the article's meta, its counter bar chrome
    assert _kind(lines, lab, "Levant Monitor @levantmonitor · Mar 3, 2023, 10:22") == ("meta", 1)
    assert _kind(lines, lab, "💬 7") == ("boilerplate", None)
    # the author answering a reader after someone else's reply is a comment again
    assert _kind(lines, lab, "Levant Monitor @levantmonitor · Mar 3, 2023, 10:52")[0] == "comment"


def test_a_second_story_under_read_also_is_its_own_article() -> None:
    lines, lab = _run("aggregator_read_also_fr.txt")
    assert len(lab.articles) == 2
    assert _kind(lines, lab, "Irak : deux manifestants tués") == ("title", 2)
    assert _kind(lines, lab, "13 janvier 2020") == ("meta", 2)
    assert _kind(lines, lab, "(Avec AFP)") == ("meta", 2)
    assert _kind(lines, lab, "Irak : le Parlement vote")[0] == "boilerplate"  # a headline list


def test_a_running_head_between_pages_does_not_open_a_thread() -> None:
    lines, lab = _run("ocr_review_fr.txt")
    assert len(lab.articles) == 1
    assert _kind(lines, lab, "stade municipal") == ("body", 1)
    assert not any(
        k == "body" for k, ln in zip(lab.kinds, lines, strict=True) if "n° 40" in ln.text
    )


THREAD_OF_SHORT_COMMENTS = """Le Veilleur de Hama
Hama : nuit de bombardements sur les quartiers nord
Par Samir Haddad
Des obus sont tombés toute la nuit sur les quartiers nord de Hama, selon des habitants joints par téléphone. Au moins quatre civils ont été tués, dont deux enfants, d'après un médecin de l'hôpital national.
L'armée affirme avoir visé des positions de groupes armés dans les vergers au nord de la ville.

Réactions des lecteurs
Abou Samer: Que Dieu protège les gens de Hama, encore une nuit sans sommeil pour nos familles là-bas, comme la semaine dernière.
Lina_H: Mon oncle habite près du rond-point, il dit que les tirs venaient de la colline au nord, là où l'armée a installé ses canons.
Karim 77: Personne n'en parle en Europe, comme toujours, et les enfants meurent dans le silence le plus total.
↪ Lina_H: Merci Karim, partagez l'article autour de vous pour que les gens sachent ce qui se passe.
"""


def test_a_list_of_name_prefixed_comments_is_not_rescued() -> None:
    """Prose that a pass labelled comment stays comment when a speaker's name opens each line,
    even with no comment head above it."""
    lines = analyse(THREAD_OF_SHORT_COMMENTS, markers())
    lab = label_lines(lines)
    names = ("Abou Samer:", "Lina_H:", "Karim 77:", "↪ Lina_H:")
    said = [i for i, ln in enumerate(lines) if ln.text.startswith(names)]
    for i in said:
        lab.kinds[i], lab.arts[i] = "comment", None
    failsafe.relabel(lines, lab, set())
    assert [lab.kinds[i] for i in said] == ["comment"] * 4
    # the same paragraphs without the names are prose no structure claims: article text again
    bare = [ln.text.split(": ", 1)[1] if ln.text.startswith(names) else ln.text for ln in lines]
    lines = analyse("\n".join(bare) + "\n", markers())
    lab = label_lines(lines)
    for i in said:
        lab.kinds[i], lab.arts[i] = "comment", None
    failsafe.relabel(lines, lab, set())
    assert [lab.kinds[i] for i in said] == ["body"] * 4


@pytest.mark.parametrize(
    ("head", "key"),
    [
        (
            "Veille Orient @veille.bsky.social · 8 déc. 2024 à 09:12",
            "veille orient @veille.bsky.social",
        ),
        ("Levant Monitor @levantmonitor · Mar 3, 2023, 10:12 AM", "levant monitor @levantmonitor"),
        ("Un titre sans date ni heure", None),
        ("· 12 min", None),
    ],
)
def test_author_key_is_the_head_before_its_stamp(head: str, key: str | None) -> None:
    assert author_key(head) == key


def test_a_closing_emoji_does_not_turn_a_paragraph_into_a_headline() -> None:
    text = "Titre\n\nLa milice a promis de frapper de nouveau les bases de la coalition. La riposte viendra. ✊\n"
    line = analyse(text, markers())[2]
    assert line.kind == "prose"
    assert not line.heading_like
    emoji_only = analyse("🔴🔴🔴\n", markers())[0]
    assert emoji_only.kind != "prose"


LONG_COMMENT_UNDER_A_NAME = """Bilan d'une semaine de combats à Tal Tamr
Les combats se sont poursuivis toute la semaine autour de Tal Tamr, selon des sources locales.
Mots-clés : Syrie | Kurdes
Bravo pour cet article, enfin quelqu'un qui en parle
Paul Girard
Je connais bien la région pour y avoir travaillé dix ans. Les villages assyriens du Khabour ont déjà été vidés en 2015, quand les jihadistes ont enlevé des centaines d'habitants.
Aujourd'hui ce sont les familles kurdes et arabes qui partent vers Hassaké, et personne ne sait si elles pourront revenir un jour dans leurs maisons.
Il faudrait que les journalistes aillent voir sur place au lieu de recopier les communiqués des uns et des autres, sinon on ne comprend rien à ce qui se passe.
Paul Girard
Et j'ajoute que les routes sont coupées depuis lundi.
"""


def test_a_long_comment_under_a_name_the_page_repeats_stays_a_comment() -> None:
    lines = analyse(LONG_COMMENT_UNDER_A_NAME, markers())
    lab = label_lines(lines)
    start = next(i for i, ln in enumerate(lines) if ln.text.startswith("Bravo pour"))
    for i in range(start, len(lines)):
        if lines[i].text:
            lab.kinds[i], lab.arts[i] = "comment", None
    failsafe.relabel(lines, lab, set())
    said = [i for i, ln in enumerate(lines) if ln.text.startswith(("Je connais", "Aujourd'hui"))]
    assert [lab.kinds[i] for i in said] == ["comment", "comment"]
    assert len(lab.articles) == 1


def test_a_rescued_post_is_dated_by_the_stamp_under_its_reactions() -> None:
    """A channel's later post given back as a story of its own keeps its closing stamp as its
    date line, past the row of reactions between them; the next post's chrome stays chrome."""
    lines, lab = _run("channel_days.txt")
    first = next(i for i, ln in enumerate(lines) if ln.text.startswith("15 octobre"))
    for i in range(first, len(lines)):
        if lines[i].text:
            lab.kinds[i], lab.arts[i] = "boilerplate", None
    failsafe.relabel(lines, lab, set())
    assert len(lab.articles) == 2
    art = lab.articles[1]
    assert art.title_line is not None and lines[art.title_line].text.startswith("MANBIJ")
    stamp = next(i for i, ln in enumerate(lines) if ln.text.startswith("14 200 vues"))
    assert _kind(lines, lab, "👍 1 100") == ("boilerplate", None)
    assert stamp not in art.date_lines  # "14 200 vues · 22:47": a clock, no day
    assert _kind(lines, lab, "Télécharger")[0] == "boilerplate"


def test_a_rescued_story_takes_a_dated_closing_stamp() -> None:
    page = (PAGES / "channel_days.txt").read_text(encoding="utf-8")
    page = page.replace("14 200 vues · 22:47", "14 200 vues · 15 oct. 2019 à 22:47")
    lines = analyse(page, markers())
    lab = label_lines(lines)
    first = next(i for i, ln in enumerate(lines) if ln.text.startswith("15 octobre"))
    for i in range(first, len(lines)):
        if lines[i].text:
            lab.kinds[i], lab.arts[i] = "boilerplate", None
    failsafe.relabel(lines, lab, set())
    stamp = next(i for i, ln in enumerate(lines) if ln.text.startswith("14 200 vues"))
    assert (lab.kinds[stamp], lab.arts[stamp]) == ("meta", 2)
    assert stamp in lab.articles[1].date_lines
