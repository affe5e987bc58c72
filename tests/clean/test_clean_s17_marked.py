# ruff: noqa: E501  (the pages below keep one paragraph per line, as pages do)
"""Documents whose lines carry their own marks are read by them (session 17).

Why: on the last blind sets a press-database export lost its text blocks ("TD" over them
looked like a user name, so the block became a reader's comment), a draft printed with its
tracked changes gave events from text the author had deleted, and a wiki talk page's signed
replies were read as the article they discuss. ``newsift.clean.marked`` reads the field codes,
the revision balloons and the signatures. The pages under fixtures/marked/ are written for this
test (invented outlets, users and people), each a layout no tuning set holds: an English
MediaWiki talk page, an English draft with tracked changes, a LexisNexis export of two records,
a French ProQuest record, a French Factiva export.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsift.clean import marked
from newsift.clean.lexicon import markers
from newsift.clean.lines import analyse
from newsift.clean.segmenter import label_lines
from newsift.clean.stage import CleanStage
from newsift.model import Document

PAGES = Path(__file__).parent / "fixtures" / "marked"
ARTICLE = ("title", "body")


@pytest.fixture(scope="module")
def stage() -> CleanStage:
    st = CleanStage()
    st.setup()
    return st


def _kinds(stage: CleanStage, text: str) -> tuple[Document, dict[str, tuple[str, int | None]]]:
    """The full clean stage (line corrector included): each line start -> (kind, article)."""
    doc = stage.process(Document(doc_id="d", source="d", external_id="d", format="txt", text=text))
    out: dict[str, tuple[str, int | None]] = {}
    pos = 0
    for raw in text.splitlines(keepends=True):
        line = raw.strip()
        if line:
            mid = pos + raw.index(line[0])
            seg = next(s for s in doc.segments if s.start <= mid < s.end)
            out[line] = (seg.kind, seg.article)
        pos += len(raw)
    return doc, out


def _find(kinds: dict[str, tuple[str, int | None]], start: str) -> tuple[str, int | None]:
    return next(v for k, v in kinds.items() if k.startswith(start))


# page, articles, lines that must be article text (start: article number), lines that must be
# comments, lines that must be neither article text nor comment
CASES = [
    (
        "talk_page_en.txt",
        1,
        {
            "RAS AL-AIN, Oct 13 (Levant Wire)": 1,
            "Kurdish-led fighters said": 1,
            "Aid groups said the water station": 1,
        },
        [
            "I am pasting the wire copy",
            ":The Observatory gives eleven dead",
            "::Agreed, I have put",
            ":::Please wait",
            ":Note: the Observatory now reports",
            "Should this be",
            "[Comment removed by an administrator",
        ],
        ["== Casualty figures ==", "== Title =="],
    ),
    (
        "tracked_changes_en.txt",
        1,
        {
            "Idlib after Saraqeb": 1,
            "On 27 February 2020, an air strike": 1,
            "Within two days Turkish drones": 1,
            "The road itself tells the story": 1,
            "Moscow and Ankara will meet": 1,
        },
        [
            "Comment [RH1]:",
            "Comment [RH2]:",
            "Comment [OM3R2]:",
            "Comment [RH4]:",
        ],
        [
            "Deleted: On 1 March",
            "Deleted: Rebels shot down",
            "Inserted: the first open battle",
            "Formatted: Font: 16 pt",
            "Formatted: Font: 12 pt, Italic",
        ],
    ),
    (
        "lexisnexis_en.txt",
        2,
        {
            "Gunmen riding motorcycles stormed": 1,
            "Reinforcements arrived from the T4": 1,
            "No group claimed the attack": 1,
            "A truck packed with explosives": 2,
            "Civil defence volunteers": 2,
        },
        [],
        [],
    ),
    (
        "proquest_fr.txt",
        1,
        {
            "Plusieurs roquettes se sont abattues": 1,
            "Les tirs seraient partis": 1,
            "En représailles, l'artillerie": 1,
        },
        [],
        ["Subject: Conflits armés", "Database: Global Newsstream"],
    ),
    (
        "factiva_fr.txt",
        1,
        {
            "Daraa : un engin explosif tue": 1,
            "Un engin explosif a détruit": 1,
            "Le lendemain, des hommes armés": 1,
            "La province vit depuis": 1,
        },
        [],
        ["TD", "HD"],
    ),
]


@pytest.mark.parametrize(("name", "n", "text", "comments", "neither"), CASES)
def test_marked_documents_keep_their_text_and_lose_the_rest(
    stage: CleanStage,
    name: str,
    n: int,
    text: dict[str, int],
    comments: list[str],
    neither: list[str],
) -> None:
    doc, kinds = _kinds(stage, (PAGES / name).read_text(encoding="utf-8"))
    assert len(doc.articles) == n
    for start, k in text.items():
        kind, art = _find(kinds, start)
        assert kind in ARTICLE and art == k, (start, kind, art)
    for start in comments:
        assert _find(kinds, start)[0] == "comment", start
    for start in neither:
        kind, _ = _find(kinds, start)
        assert kind not in (*ARTICLE, "comment"), (start, kind)


def test_a_draft_keeps_its_headline_over_the_format_balloons(stage: CleanStage) -> None:
    doc, _ = _kinds(stage, (PAGES / "tracked_changes_en.txt").read_text(encoding="utf-8"))
    assert doc.articles[0].title == "Idlib after Saraqeb: a front that moves every night"


def test_an_export_record_is_dated_by_its_date_field(stage: CleanStage) -> None:
    doc, _ = _kinds(stage, (PAGES / "factiva_fr.txt").read_text(encoding="utf-8"))
    assert doc.articles[0].published == "2021-03-14"


PLAIN = """Le Veilleur de Hama – carnet de route

Hama : la nuit où la ligne de front a bougé
Auteur : Paul Verdier
Rubrique : Reportages
Langue : français
Résumé : ce que j'ai vu à Soran.

Le convoi est parti de Hama à la tombée de la nuit. Les artilleurs tiraient depuis la colline, et les villageois descendaient vers la ville avec leurs matelas. Personne ne savait si Soran tiendrait jusqu'au matin.
Au petit matin, les combattants sont revenus épuisés. Deux d'entre eux avaient été blessés par des éclats près de l'école. Ils disaient que la route de Morek était coupée.
On reparle, depuis, d'une trêve. Personne n'y croit vraiment ici, et les familles ne rentrent pas encore.

3 commentaires
Julie_M — 12 mars 2020 à 21:04
Merci pour ce texte, on n'entend jamais parler de Soran.
Karim B. — 13 mars 2020 à 08:15
Courage à vous, et prudence sur la route.
"""


def test_an_ordinary_blog_with_labelled_fields_is_left_as_it_was(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A page with a few "Label : value" lines and a reader thread is no export, no draft and no
    talk page: the pass changes none of its labels."""
    with_marks = label_lines(analyse(PLAIN, markers()))
    monkeypatch.setattr(marked, "relabel", lambda lines, lab: None)
    without = label_lines(analyse(PLAIN, markers()))
    assert with_marks.kinds == without.kinds
    assert with_marks.arts == without.arts


def test_a_blog_with_many_labelled_fields_keeps_its_thread(stage: CleanStage) -> None:
    """Enough "Label : value" lines to look like an export's record: the text under its
    "Résumé :" field is the article's, the readers' comments under it stay comments."""
    page = PLAIN.replace(
        "Rubrique : Reportages", "Rubrique : Reportages\nSource : blog\nLongueur : 300 mots"
    )
    doc, kinds = _kinds(stage, page)
    assert len(doc.articles) == 1
    assert _find(kinds, "Le convoi est parti")[0] == "body"
    assert _find(kinds, "Au petit matin")[0] == "body"
    assert _find(kinds, "Merci pour ce texte")[0] == "comment"
    assert _find(kinds, "Courage à vous")[0] == "comment"


def test_a_slide_bullet_its_note_retells_is_the_notes_outline(stage: CleanStage) -> None:
    """A deck's timeline bullet and the speaker note telling the same day are one fact: the
    note is the article's text, the dated bullet its meta; a bullet the notes do not retell
    stays text."""
    doc, kinds = _kinds(stage, (PAGES / "slides_notes_en.txt").read_text(encoding="utf-8"))
    assert len(doc.articles) == 1
    assert _find(kinds, "- 20 January 2018: first Turkish")[0] == "meta"
    assert _find(kinds, "- 18 March 2018: Afrin town falls")[0] == "meta"
    assert _find(kinds, "Speaker notes: On 20 January 2018")[0] == "body"
    assert _find(kinds, "Speaker notes: On 18 March 2018")[0] == "body"
    assert _find(kinds, "Speaker notes: Tens of thousands")[0] == "body"
