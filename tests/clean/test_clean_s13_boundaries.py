# ruff: noqa: E501  (the pages below keep one paragraph per line, as pages do)
"""Article boundaries (session 13): a body that resumes after a sponsored block, a second
article after the first one's closing lines.

Why: a portal's "Contenu sponsorisé" grid between two paragraphs read as a recurring user name,
so the rest of the story became comments; a second dated article under the first one's tag
line was taken for the page's chrome. Every page below is written for this test.
"""

from __future__ import annotations

import pytest

from newsift.clean.lexicon import markers
from newsift.clean.lines import analyse
from newsift.clean.segmenter import Labelled, label_lines


def _run(text: str) -> tuple[list[str], Labelled]:
    lines = analyse(text, markers())
    return [ln.text for ln in lines], label_lines(lines)


def _at(texts: list[str], start: str) -> int:
    return next(n for n, t in enumerate(texts) if t.startswith(start))


PORTAL = """Horizon Infos
Accueil   Monde   Politique   Sport   Météo
Se connecter   Mail

MONDE
Irak : un attentat-suicide frappe un marché de Bagdad
Presse Continentale · lundi 3 juillet 2017 à 09:15 · 3 min de lecture
BAGDAD (Irak) - Un kamikaze s'est fait exploser dimanche soir dans un marché du quartier de Sadr City, tuant au moins 11 personnes, selon une source policière.
L'attentat n'a pas été revendiqué dans l'immédiat, mais l'Etat islamique a mené plusieurs attaques similaires dans la capitale ces derniers mois.
{label}
Cette astuce de grand-mère pour dormir fait fureur
Les retraités qui ont un livret A doivent lire ceci
Lundi matin, des échanges de tirs ont opposé l'armée irakienne à des jihadistes dans la vieille ville de Mossoul, où quelques centaines de combattants sont retranchés.
Selon le commandement militaire, les forces irakiennes contrôlent désormais la quasi-totalité de la rive ouest du Tigre.
(Avec agences)

😢 88   😡 41   👍 7
Plus d'articles
Liban : heurts à la frontière syrienne
{label}
Ce petit village du Jura attire des milliers de visiteurs
Commentaires (2)
Trier par : Meilleurs ▾
Bernard T. · il y a 3 heures
Encore des civils qui paient le prix de cette guerre sans fin.
👍 12   👎 2   Répondre
Sylvie_69 · il y a 1 heure
Mossoul sera bientôt libérée, enfin.
👍 8   👎 1   Répondre
"""


@pytest.mark.parametrize(
    "label",
    [
        "Contenu sponsorisé",
        "Contenus partenaires",
        "Sponsored stories",
        "Promoted",
        "Recommandé par Outbrain",
    ],
)
def test_body_resumes_after_a_sponsored_block(label: str) -> None:
    texts, lab = _run(PORTAL.format(label=label))
    for start in ("Lundi matin, des échanges", "Selon le commandement"):
        assert lab.kinds[_at(texts, start)] == "body", (label, start)
    assert lab.kinds[_at(texts, "Cette astuce")] == "boilerplate"
    assert lab.kinds[_at(texts, "Mossoul sera bientôt")] == "comment"
