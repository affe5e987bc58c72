# ruff: noqa: E501  (the page dumps below keep one paragraph per line, as the pages do)
"""The clean stage on comment heads of session 5, wave 3: Reddit replies whose head carries
the reply's score ("u/name · 12 points · 3 hours ago") and Mastodon replies whose head
carries the poster's handle after the display name ("Name @handle@instance · date"); a
thread's posts, each under its stamp and over its counters, up to a closing appeal; and the
account's profile header (display name over "@user@instance", bio) above the first post.

Why: such heads were no comment heads (the score or the handle broke the poster's name), so
the replies were read as body of the article or as chrome; and a thread's post followed only
by a closing appeal was cut from the body (it lost an event); the display name was taken as
the title and the bio as text. Every page below is written for
this test (names, handles and figures invented).
"""

from __future__ import annotations

import pytest

from newsift.clean.stage import CleanStage
from newsift.eval.segments import line_labels
from newsift.model import Document


@pytest.fixture(scope="module")
def clean() -> CleanStage:
    st = CleanStage()
    st.setup()
    return st


def run(clean: CleanStage, text: str) -> tuple[list[str], list[str]]:
    return run_doc(clean, text)[:2]


def run_doc(clean: CleanStage, text: str) -> tuple[list[str], list[str], Document]:
    doc = clean.process(Document(doc_id="t", source="t", external_id="t", format="txt", text=text))
    pred = line_labels(text, [(s.start, s.end, s.kind, s.article) for s in doc.segments])
    return text.splitlines(), pred, doc


def label(lines: list[str], pred: list[str], needle: str) -> str:
    return pred[next(i for i, ln in enumerate(lines) if needle in ln)]


REDDIT_EN = """\
reddit  r/MideastWatch  Search  Log in
r/MideastWatch · Posted by u/Tigris_watcher · 120 points
Militants seize a checkpoint near the river crossing
Militants seize a checkpoint near the river crossing
NORTHTOWN, March 4 (Wire) - Gunmen of a local militia seized a checkpoint on the road to the river crossing on Tuesday, two security sources said, after a clash that lasted several hours.
The sources said four guards were killed and the rest withdrew towards the town, where the army sent reinforcements in the evening.
A spokesman for the militia said the group would hold the checkpoint until its prisoners were released.
(Wire)
54 comments · Share · Save · Report
Sort by: Best
u/desert_fox_22 · 31 points · 4 hours ago
That road carries half the grain trucks of the province, prices will jump by next week.
    u/Tigris_watcher · 12 points · 3 hours ago
    True, and the drivers are already parking on the other bank waiting for news.
u/quietmapper · 9 points · 2 hours ago
Nobody will report the guards' names, as usual.
View more comments (50)
"""

MASTODON_FR = """\
pouet.exemple.org
La Vigie du Nord
@vigie@pouet.exemple.org
Cartes et fronts. Pas de messages privés.

3 mars 2019, 18:02 · 🌐
(1/4) Point du soir : les forces gouvernementales ont repris ce matin le village de Tell Hamra après deux jours de combats contre des groupes armés.
↩ 4  🔁 20  ⭐ 31

3 mars 2019, 18:05 · 🌐
(2/4) Selon une source locale, trois civils ont été tués par des tirs d'artillerie sur le marché du village voisin, une information invérifiable à cette heure.
↩ 2  🔁 11  ⭐ 15

3 mars 2019, 18:09 · 🌐
(3/4) Les renforts attendus sont arrivés dans la soirée et la route du nord est de nouveau ouverte à la circulation.
↩ 1  🔁 6  ⭐ 12

3 mars 2019, 18:11 · 🌐
(4/4) Fin du fil, carte demain. Soutien : BTC 1QzRt8vW4kYx7PmNc2LdA9eZ
↩ 0  🔁 3  ⭐ 9

Réponses

Hugo P. @hugop@masto.exemple.net · 3 mars 2019, 18:40
Merci pour le fil, une source pour le marché ?
↩ 0  🔁 0  ⭐ 2

nord_info @ninfo@pouet.exemple.org · 3 mars 2019, 19:02
Le village était tombé dès hier soir, les vidéos circulaient déjà.
↩ 0  🔁 1  ⭐ 3
"""


def test_reddit_replies_with_scores_are_comments(clean: CleanStage) -> None:
    lines, pred = run(clean, REDDIT_EN)
    assert label(lines, pred, "Gunmen of a local militia").startswith("body")
    for needle in ("half the grain trucks", "drivers are already parking", "guards' names"):
        assert label(lines, pred, needle) == "comment", needle
    assert label(lines, pred, "u/desert_fox_22") == "comment"


def test_mastodon_replies_with_handles_are_comments(clean: CleanStage) -> None:
    lines, pred, doc = run_doc(clean, MASTODON_FR)
    assert label(lines, pred, "Merci pour le fil") == "comment"
    assert label(lines, pred, "Le village était tombé") == "comment"
    assert label(lines, pred, "Hugo P. @hugop") == "comment"
    # the profile header: display name over "@user@instance", then the bio, is chrome
    assert label(lines, pred, "La Vigie du Nord") == "boiler"
    assert label(lines, pred, "Cartes et fronts") == "boiler"
    assert doc.articles[0].title is None
    # the thread's last post of text, above a closing post that only asks for money, is body
    assert label(lines, pred, "(3/4) Les renforts").startswith("body")
    assert label(lines, pred, "(2/4) Selon une source").startswith("body")


def test_a_byline_with_a_score_word_in_a_sentence_is_no_comment_head(clean: CleanStage) -> None:
    # a single "name · stamp" line, not recurring with two names: the article's own byline
    text = """\
Le conseil municipal vote le budget
Par Julie M. · 12 points · 4 juin 2019
Le conseil municipal a adopté mardi soir le budget de l'année, par vingt-deux voix contre sept, après un débat de trois heures sur les travaux de la gare.
L'opposition a dénoncé une hausse des impôts locaux et annoncé un recours devant le tribunal administratif.
"""
    lines, pred = run(clean, text)
    assert label(lines, pred, "Le conseil municipal a adopté").startswith("body")
    assert label(lines, pred, "L'opposition a dénoncé").startswith("body")
    assert "comment" not in pred


def test_a_headline_over_a_contact_handle_and_a_long_lead_stays_a_title(clean: CleanStage) -> None:
    # a handle under a headline, then a long paragraph: an article, not a profile header
    text = """\
Les forces kurdes reprennent le pont de la route nord
@redaction@info.exemple.org
Les forces kurdes ont repris mercredi le pont de la route nord après une journée de combats contre les groupes armés qui le tenaient depuis dimanche, selon un communiqué diffusé dans la soirée par leur commandement local.
12 mai 2019
Le commandement a ajouté que les habitants des villages voisins pourraient regagner leurs maisons dans les prochains jours, une fois les routes déminées.
"""
    lines, pred, doc = run_doc(clean, text)
    assert label(lines, pred, "Les forces kurdes ont repris").startswith("body")
