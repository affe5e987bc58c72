# ruff: noqa: E501
"""A video page's chapter list and transcript (furniture._transcript): lines opening on a
running time that starts near 0:00 and only goes forward are what the video says (body), not
the page's chrome. Layouts written for these tests (no set's text)."""

from __future__ import annotations

import pytest

from newsift.clean.stage import CleanStage
from newsift.model import Document

VIDEO_FR = """VidéoTube
Rechercher
Accueil  Shorts  Abonnements

DEIR EZ-ZOR : l'armée syrienne brise le siège de l'aéroport après trois ans
Front Est Info
21,7 k abonnés
S'abonner
1,1 k  J'aime   Partager   Enregistrer
18 402 vues
6 sept. 2017

Mardi, les unités de l'armée syrienne venues de l'ouest ont fait leur jonction avec la garnison encerclée de Deir ez-Zor, mettant fin à un siège de près de trois ans.
Notre envoyé revient sur l'offensive dans le désert et sur ce qu'elle change pour la ville.

CHAPITRES
0:00 Introduction
0:58 La traversée du désert depuis Palmyre
3:20 La jonction du 5 septembre
6:45 Et maintenant, la rive est ?

Afficher moins
Transcription
0:04 bonsoir à tous on se retrouve aujourd'hui pour parler de Deir ez-Zor
0:40 alors la ville était encerclée depuis 2014 par les jihadistes de l'EI
1:32 et mardi les colonnes venues de l'ouest ont atteint les lignes de la garnison
2:50 les habitants sont sortis dans les rues pour accueillir les soldats
4:15 reste la question de la rive est où avancent les forces kurdes
7:02 merci de nous avoir suivis abonnez-vous

214 commentaires
Trier par
@karim_dz
il y a 2 ans
Enfin, après trois ans de siège.
18   Répondre
"""

VIDEO_EN = """ClipStream
Search

MOSUL: Iraqi forces reach the Old City, explained
Frontline Desk
9.3K subscribers
Subscribe
12,044 views
Jun 19, 2017

Iraqi troops pushed into the Old City of Mosul on Sunday, the last district held by the Islamic State group west of the Tigris.

Transcript
0:02 hello and welcome back to the channel today we look at Mosul
0:35 the Old City is a maze of narrow streets where vehicles cannot pass
1:50 commanders say several hundred fighters remain inside with civilians
3:12 that is all for today thanks for watching
Show less
"""

SCHEDULE_EN = """Shelling resumes on the outskirts of Daraa

June 20, 2018

Government forces shelled rebel-held districts on the outskirts of Daraa on Wednesday, a local monitor said, as talks on a truce stalled.

Residents reported heavy artillery fire through the night and the closure of the main road to the border.

TONIGHT ON OUR CHANNEL
20:00 The evening news bulletin
20:45 Documentary: the rivers of the Levant
22:10 Late debate with our guests
"""


@pytest.fixture(scope="module")
def clean() -> CleanStage:
    stage = CleanStage()
    stage.setup()
    return stage


def _kinds(clean: CleanStage, text: str, needles: list[str]) -> list[tuple[str, int | None]]:
    doc = clean.process(
        Document(doc_id="v", source="v.txt", external_id="v.txt", format="txt", text=text)
    )
    out = []
    for n in needles:
        seg = doc.segment_at(text.index(n) + 1)
        assert seg is not None
        out.append((seg.kind, seg.article))
    return out


def test_french_chapters_and_transcript_are_body(clean: CleanStage) -> None:
    needles = [
        "0:58 La traversée",
        "6:45 Et maintenant",
        "0:04 bonsoir",
        "1:32 et mardi",
        "7:02 merci",
    ]
    assert _kinds(clean, VIDEO_FR, needles) == [("body", 1)] * len(needles)
    # the chrome around them stays chrome, the comments comments
    assert _kinds(clean, VIDEO_FR, ["Afficher moins", "Enfin, après trois ans"]) == [
        ("boilerplate", None),
        ("comment", None),
    ]


def test_english_transcript_is_body(clean: CleanStage) -> None:
    needles = ["0:02 hello", "1:50 commanders", "3:12 that is all"]
    assert _kinds(clean, VIDEO_EN, needles) == [("body", 1)] * len(needles)


def test_a_clock_schedule_is_not_a_transcript(clean: CleanStage) -> None:
    """Near miss: times of day (from 20:00) under an article are the channel's programme."""
    needles = ["20:00 The evening", "22:10 Late debate"]
    assert all(k != "body" for k, _ in _kinds(clean, SCHEDULE_EN, needles))
