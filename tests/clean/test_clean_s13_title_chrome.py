# ruff: noqa: E501  (the page dumps below keep one paragraph per line, as the pages do)
"""A line of page chrome shaped like a headline is never the article's title.

Why: widget and account lines ("S'abonner · Message", "3,1k abonnés   S'abonner", "Curated by
X · 2.1k views", "Log in   Mail"), a content warning, a list archive's "Next message:" and a
newsletter's issue masthead are short, capitalised and unpunctuated, so they were chosen over
the real headline; a post's headline in capitals behind a pictograph ("🔴 …") was passed over
because the line classes read it as a short line or a paragraph. The pages below are written
for this test (sites, names and figures invented).
"""

from __future__ import annotations

import pytest

from newsift.clean.stage import CleanStage
from newsift.clean.titles import shouted_headline, widget_line
from newsift.model import Document


@pytest.fixture(scope="module")
def clean() -> CleanStage:
    st = CleanStage()
    st.setup()
    return st


def _title(clean: CleanStage, text: str) -> str | None:
    doc = clean.process(Document(doc_id="t", source="t", external_id="t", format="txt", text=text))
    assert doc.articles
    return doc.articles[0].title


@pytest.mark.parametrize(
    "text",
    [
        "S'abonner · Envoyer un message",
        "3,1k abonnés   S'abonner",
        "Page · 2 310 followers",
        "Follow   Message",
        "Log in   Mail",
        "Se connecter | Mon compte",
        "Curated by Jeanne Ortiz · 2.1k views",
        "Vues : 4 512",
        "Nadia_R — MP",
        "CW : violences, guerre",
        "Content warning: war, deaths",
        "Next message: [levant-watch] Meeting on Saturday",
        "Message précédent : [veille] Rendez-vous jeudi",
        "LE COURRIER DE L'ORONTE — n° 12 — lundi 3 avril 2017",
        "Transcription réalisée par Paul Ferrand",
        "View this email in your browser",
        "Messages triés par : [ date ] [ sujet ]",
        "Paul Ferrand p.ferrand at liste-levant.example",
        "Sign the petition",
        "par Lucie Arnaud",
        "Par le Dr Samir Haddad, chirurgien à Homs",
        "By Fr. Michael Doyle, parish priest",
        "Version du 14 juin 2018",
        "Published on 3 May 2017 in Analysis",
        "Lettre datée du lundi 4 juin 2018",
        "Reposted from Levant Solidarity",
        "Homs – Agence Oronte – de notre correspondante Rima Saleh",
        "Le Courrier du Levant — version imprimable",
        "Search the archive...",
        "Direct – mis à jour toutes les 5 minutes",
        "Des soldats à l'entrée de Palmyre (photo d'archives)",
        "© Levant Images / Ministère de la Défense",
    ],
)
def test_chrome_lines_are_widgets(text: str) -> None:
    assert widget_line(text)


@pytest.mark.parametrize(
    "text",
    [
        "Alep : l'armée reprend le quartier de Cheikh Saïd",
        "Syria · Aleppo",
        "Raqqa : 200 civils pris au piège",
        "Comment Daech a perdu Manbij",
        "Message from Damascus: the ceasefire holds",
        "Notes from Homs by a returning doctor",
        "Deir ez-Zor, trois ans de siège",
        "By the numbers: what Raqqa lost",
        "Search and rescue teams reach Aleppo",
        "Alep : l'armée avance dans le sud (vidéo)",
        "Publié en 2016, le rapport reste ignoré",
        "Version officielle : Damas dément",
    ],
)
def test_headlines_are_not_widgets(text: str) -> None:
    assert not widget_line(text)


def test_shouted_headline() -> None:
    assert shouted_headline("🔴 HOMS : LE QUARTIER DE WAER ÉVACUÉ")
    assert shouted_headline("⚡ ALEPPO IS FREE! After four years of siege")
    assert not shouted_headline("DAMAS, 3 mars (ALP) - Les forces gouvernementales ont avancé.")
    assert not shouted_headline("EN BREF")


VIDEO_FR = """vidéothèque
Rechercher des vidéos   Se connecter   S'inscrire
▶ 0:00 / 4:12   HD   Plein écran
Syrie : l'armée reprend Khan Cheikhoun après cinq ans de combats
Orient Direct
3,1k abonnés   S'abonner
Publiée le 21 août 2019 · 5 204 vues
♥ 88   Partager   Ajouter à   Signaler
L'armée syrienne est entrée mercredi dans Khan Cheikhoun, dans le sud de la province d'Idleb, selon l'agence officielle.
Les rebelles se sont retirés dans la nuit vers le nord, a indiqué une source militaire, après une semaine de bombardements intenses sur la ville.
"""


def test_video_page_title_is_the_headline_not_the_channel_widget(clean: CleanStage) -> None:
    assert _title(clean, VIDEO_FR) == (
        "Syrie : l'armée reprend Khan Cheikhoun après cinq ans de combats"
    )


PORTAL_EN = """Meridian News
Home   World   Business   Sport   Weather
Search Meridian News
Log in   Mail

WORLD
Aleppo: rebels cut the government's last supply road to the city
Levant Wire World · Tuesday 9 August 2016 at 10:15 · 2 min read
Rebel groups said on Tuesday they had cut the Ramouseh road, the last route into the government-held west of Aleppo, after three days of fighting.
Government forces answered with air strikes on the southern districts, a monitoring group said, and several civilians were reported killed.
"""


def test_portal_title_is_the_headline_over_its_dated_source_line(clean: CleanStage) -> None:
    assert _title(clean, PORTAL_EN) == (
        "Aleppo: rebels cut the government's last supply road to the city"
    )


SOCIAL_FR = """Comité Oronte Solidarité
Association · 2 310 abonnés
S'abonner · Message

Comité Oronte Solidarité
3 mars 2016 à 18:40 · 🌍
🔴 HOMS : LES DERNIERS HABITANTS DU VIEUX QUARTIER ÉVACUÉS
Les derniers habitants du vieux quartier de Homs ont été évacués mardi sous escorte de l'ONU, après des mois de siège et de pénuries.
Selon le gouverneur, les combattants restés sur place doivent quitter la ville dans les prochains jours, en échange de la libération de prisonniers.
Partagez, faites circuler, ne les oubliez pas.
"""


def test_social_post_title_is_its_shouted_headline(clean: CleanStage) -> None:
    assert _title(clean, SOCIAL_FR) == "🔴 HOMS : LES DERNIERS HABITANTS DU VIEUX QUARTIER ÉVACUÉS"


ARCHIVE_EN = """[levant-watch] Aleppo evacuation: this morning's wire
Daniel Hart d.hart at levant-list.example
Fri Dec 16 10:42:11 CET 2016
Previous message: [levant-watch] Any news of the buses?
Next message: [levant-watch] Meeting on Saturday
Messages sorted by: [ date ] [ thread ] [ subject ] [ author ]

Nothing more than the wire below, pasted as it came.

The evacuation of the last rebel-held districts of eastern Aleppo was suspended on Friday morning, a day after the first convoys left the city, officials said.
Buses were stopped at a checkpoint on the southern edge of the city, and the government accused rebel fighters of trying to take out prisoners.
"""


def test_list_archive_navigation_is_never_the_title(clean: CleanStage) -> None:
    title = _title(clean, ARCHIVE_EN)
    assert title is None or not widget_line(title)


VIDEO_EN = """ClipTube  Home  Trending  Subscriptions  Library
Search

Palmyra retaken: Syrian troops enter the ancient city after a three-week push
24,310 views  ·  👍 1.4K  👎 96  ·  SHARE  SAVE
Levant Report TV
52.1K subscribers    SUBSCRIBE
Published on 27 Mar 2016
Syrian troops backed by Russian air strikes entered the ancient city of Palmyra on Sunday, state television said, ten months after Islamic State fighters seized it.
Army engineers began clearing mines from the archaeological site, a military source said, while fighting went on east of the town near the airport.
"""


def test_video_headline_over_its_counters_and_channel_not_the_author(
    clean: CleanStage,
) -> None:
    doc = clean.process(
        Document(doc_id="t", source="t", external_id="t", format="txt", text=VIDEO_EN)
    )
    art = doc.articles[0]
    assert art.title == (
        "Palmyra retaken: Syrian troops enter the ancient city after a three-week push"
    )
    assert art.author != "Levant Report TV"
