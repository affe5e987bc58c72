# ruff: noqa: E501  (the page below keeps one paragraph per line, as pages do)
"""An embedded video, post or ad slot left as one line between two paragraphs (session 10).

Why: the structure pass ended the article at such a line unless two paragraphs followed it,
so a closing paragraph under a YouTube link, an "[embed]" shortcode or a "Publicité" label was
taken for the page's chrome and its events were lost. A link to another page of the site (a
related story) still ends the article. Every page below is written for this test.
"""

from __future__ import annotations

import pytest

from newsift.clean.lexicon import markers
from newsift.clean.lines import analyse
from newsift.clean.segmenter import label_lines

PAGE = """Le Rempart — chroniques du Levant
Accueil | Syrie | Irak | Faire un don

Syrie : l'armée entre dans Khan Cheikhoun
20 août 2019 | Par Hélène Marchetti

Les unités de l'armée syrienne sont entrées mardi dans Khan Cheikhoun, dans le sud de la province d'Idleb, après le retrait des jihadistes de Hayat Tahrir al-Cham, selon l'agence officielle.

Un convoi militaire turc qui se dirigeait vers la ville a été visé lundi par une frappe aérienne près de Maarat al-Nouman, a affirmé Ankara.

{between}

Mercredi, les troupes gouvernementales ont achevé l'encerclement du poste d'observation turc de Morek, au nord de la province de Hama, selon un correspondant de l'agence russe Ria Novosti.

Partager : Facebook · Twitter · Imprimer
Vous aimez nos articles ? Faites un don.
"""


def _labels(between: str) -> tuple[list[str], list[str]]:
    text = PAGE.format(between=between)
    lines = analyse(text, markers())
    lab = label_lines(lines)
    return [ln.text for ln in lines], lab.kinds


@pytest.mark.parametrize(
    "between",
    [
        "https://www.youtube.com/watch?v=Xk2P9aQ1",
        "Vidéo : https://rumble.com/v4abc-khan-cheikhoun.html",
        "[embed]https://twitter.com/example_mod/status/1163788[/embed]",
        "[Vidéo]",
        "Publicité",
    ],
)
def test_closing_paragraph_under_an_embed_stays_text(between: str) -> None:
    texts, kinds = _labels(between)
    i = next(n for n, t in enumerate(texts) if t.startswith("Mercredi, les troupes"))
    assert kinds[i] == "body"
    assert kinds[texts.index(between)] == "boilerplate"


def test_a_link_to_another_page_of_the_site_still_ends_the_article() -> None:
    texts, kinds = _labels("https://le-rempart.example.org/2019/08/12/hama-nord/")
    i = next(n for n, t in enumerate(texts) if t.startswith("Mercredi, les troupes"))
    assert kinds[i] == "boilerplate"


SHARED = """Front de l'Information Alternative
Accueil › Moyen-Orient › Syrie

Hama : les rebelles lancent une offensive vers Mhardeh
Par Nadim Qassem | 30 août 2016

Les groupes rebelles ont lancé lundi une offensive dans le nord de la province de Hama et pris le village de Halfaya, selon l'Observatoire syrien des droits de l'homme.

👍 J'aime (412)   👎 (9)   Partager (118)

L'aviation syrienne a mené mardi une dizaine de raids sur Halfaya et Taybat al-Imam, selon la même source.

{after}
Tags : Hama, Halfaya, Syrie
"""


@pytest.mark.parametrize("after", ["", "1,2K vues · il y a 3 jours", "Lu 3 456 fois"])
def test_one_paragraph_under_a_share_bar_closed_by_its_tags_stays_text(after: str) -> None:
    text = SHARED.format(after=after)
    lines = analyse(text, markers())
    kinds = label_lines(lines).kinds
    texts = [ln.text for ln in lines]
    i = next(n for n, t in enumerate(texts) if t.startswith("L'aviation syrienne a mené"))
    assert kinds[i] == "body"
    if after:
        assert kinds[texts.index(after)] == "meta"


def test_an_appeal_under_a_share_bar_is_still_chrome() -> None:
    """Near miss: a share bar, then the site's appeal and no tag line: the story is over."""
    text = SHARED.format(after="").replace("Tags : Hama, Halfaya, Syrie\n", "© Front 2016\n")
    text = text.replace(
        "L'aviation syrienne a mené mardi une dizaine de raids sur Halfaya et Taybat al-Imam, selon la même source.",
        "Notre site ne vit que de vos dons : sans vous, plus d'information libre sur la Syrie, alors soutenez-nous dès aujourd'hui.",
    )
    lines = analyse(text, markers())
    kinds = label_lines(lines).kinds
    i = next(n for n, ln in enumerate(lines) if ln.text.startswith("Notre site ne vit"))
    assert kinds[i] != "body"
