# ruff: noqa: E501
"""Printed reports turned into text (furniture._report, _one_report): a table of contents with
page numbers means no reader thread, running headers/footers that repeat, and one article
from the cover to the notes. Layouts written for these tests (no set's text)."""

from __future__ import annotations

import pytest

from newsift.clean.stage import CleanStage
from newsift.model import Document

REVIEW_FR = """OBSERVATOIRE DU BASSIN DE L'ORONTE (OBO) — SYNTHÈSE DE PRESSE SYRIE
Document interne — diffusion réservée aux membres

Hama : les combats du nord de la province (mars – avril 2017)
Synthèse n° 3/2017 — arrêtée le 2 mai 2017

Sommaire
1. L'offensive sur Souran ............................................ p. 1
2. La contre-attaque gouvernementale .................................. p. 1
3. Bombardements sur Latamné ......................................... p. 2

1. Mardi 21 mars 2017 — L'offensive sur Souran
Les groupes rebelles ont lancé mardi une offensive contre les positions de l'armée au nord de Hama et se sont emparés de la localité de Souran, selon plusieurs sources locales.
Source : agence Orient Info, 22/03/2017
Les combats ont fait au moins trente morts dans les rangs des deux camps au cours des premières vingt-quatre heures, a indiqué l'observatoire de la région.
Source : quotidien Al-Watan (Damas), 23/03/2017

2. Lundi 3 avril 2017 — La contre-attaque gouvernementale
L'armée syrienne, appuyée par l'aviation russe, a repris lundi plusieurs villages perdus la semaine précédente, dont Maardes et Khattab, a annoncé un communiqué militaire.
Source : agence Orient Info, 04/04/2017
OBO — Synthèse de presse Syrie n° 3/2017 — page 1/2
OBSERVATOIRE DU BASSIN DE L'ORONTE (OBO) — SYNTHÈSE DE PRESSE SYRIE
3. Vendredi 14 avril 2017 — Bombardements sur Latamné
Des frappes aériennes ont visé vendredi la ville de Latamné, tenue par les rebelles, tuant six civils dont deux enfants, selon les secouristes de la défense civile.
Source : Syria Direct, 15/04/2017
OBO — Synthèse de presse Syrie n° 3/2017 — page 2/2
"""

NOTE_EN = """INSTITUTE FOR EUPHRATES STUDIES (IES)
Policy Brief No. 9
The battle for Tabqa dam: a turning point on the Euphrates
Daniel R. Whitcombe, senior fellow at IES
May 2017

CONTENTS
1. Background ............................................................ 2
2. The airborne landing ................................................... 3
3. Outlook ................................................................ 4

IES - Policy Brief No. 9 - May 2017                                       2
1. Background
In late March 2017 the Syrian Democratic Forces, backed by US air power, crossed the Euphrates west of Raqqa and began to close in on the town of Tabqa and its dam.
The dam, the largest in Syria, had been held by the Islamic State group since early 2014, and engineers warned that fighting near its turbines could cause a collapse.
IES - Policy Brief No. 9 - May 2017                                       3
2. The airborne landing
On 22 March US helicopters landed SDF fighters and American advisers on the southern bank, and the airbase of Tabqa was taken four days later after heavy clashes.
IES - Policy Brief No. 9 - May 2017                                       4
3. Outlook
The town itself fell on 10 May, when the last jihadist fighters left under a negotiated deal, according to the SDF command.
"""

THREAD_EN = """Shelling hits Idlib market, nine dead

March 4, 2017

Shelling struck a crowded market in the town of Maaret Misrin on Saturday, killing nine people, a local rescue group said.

Residents said the shells came from government positions to the south of the town.

3 comments

Karim_S
2 hours ago
Same thing every week. Nobody cares any more.

Karim_S
1 hour ago
Same thing every week, and the world looks away.

Jo Bennett
40 minutes ago
Praying for the families.
"""


@pytest.fixture(scope="module")
def clean() -> CleanStage:
    stage = CleanStage()
    stage.setup()
    return stage


def _doc(clean: CleanStage, text: str) -> Document:
    return clean.process(
        Document(doc_id="r", source="r.txt", external_id="r.txt", format="txt", text=text)
    )


def _kind(doc: Document, text: str, needle: str) -> tuple[str, int | None]:
    seg = doc.segment_at(text.index(needle) + 1)
    assert seg is not None
    return seg.kind, seg.article


def test_press_review_items_after_a_page_footer_are_text(clean: CleanStage) -> None:
    doc = _doc(clean, REVIEW_FR)
    assert not [s for s in doc.segments if s.kind == "comment"]
    for needle in ("L'armée syrienne, appuyée", "Des frappes aériennes ont visé"):
        assert _kind(doc, REVIEW_FR, needle) == ("body", 1)
    # the running footer and the header repeated on the second page
    assert _kind(doc, REVIEW_FR, "OBO — Synthèse de presse Syrie n° 3/2017 — page 1/2")[0] == (
        "boilerplate"
    )
    second = REVIEW_FR.index("page 1/2") + 9
    header = REVIEW_FR.index("OBSERVATOIRE DU BASSIN", second)
    seg = doc.segment_at(header + 1)
    assert seg is not None and seg.kind == "boilerplate"
    # near miss: the sources repeat ("agence Orient Info" three times) but stay meta
    src = REVIEW_FR.index("Source : agence Orient Info, 04/04/2017")
    seg = doc.segment_at(src + 1)
    assert seg is not None and seg.kind == "meta"
    assert len(doc.articles) == 1


def test_policy_brief_is_one_article_under_its_cover_headline(clean: CleanStage) -> None:
    doc = _doc(clean, NOTE_EN)
    assert len(doc.articles) == 1
    assert doc.articles[0].title == "The battle for Tabqa dam: a turning point on the Euphrates"
    assert _kind(doc, NOTE_EN, "Policy Brief No. 9\n")[0] == "boilerplate"
    assert _kind(doc, NOTE_EN, "Daniel R. Whitcombe")[0] == "body"
    for page in ("2\n1. Background", "3\n2. The airborne", "4\n3. Outlook"):
        footer = NOTE_EN.rindex("IES - Policy Brief", 0, NOTE_EN.index(page))
        seg = doc.segment_at(footer + 1)
        assert seg is not None and seg.kind == "boilerplate"
    assert _kind(doc, NOTE_EN, "On 22 March US helicopters") == ("body", 1)
    assert _kind(doc, NOTE_EN, "The town itself fell") == ("body", 1)


def test_a_thread_without_contents_keeps_its_comments(clean: CleanStage) -> None:
    """Near miss: no table of contents, so a repeated user name is a commenter, not a running
    header, and the thread stays comments."""
    doc = _doc(clean, THREAD_EN)
    assert _kind(doc, THREAD_EN, "Shelling struck") == ("body", 1)
    assert [s.kind for s in doc.segments if s.start >= THREAD_EN.index("Karim_S")] == [
        "comment"
    ] * 3
