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
