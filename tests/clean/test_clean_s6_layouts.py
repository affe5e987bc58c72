# ruff: noqa: E501  (the page dumps below keep one paragraph per line, as the pages do)
"""The clean stage on layouts of session 6: US-order chat stamps, channel exports whose posts end
with their stamp, press releases, a reblogging blog's notes, closing credits naming the outlet,
broadcast pages, reading platforms and personal journals.

Why: the classes behind fresh sets' article-field and segment failures (publication a month off
from "08/07/2017 9:12 AM", the genre line "PRESS RELEASE" taken as title, the platform taken as
outlet, notes "name said: …" read as chrome, a host line "Presented by X" as title). Every page
and sentence below is written for this test (names, outlets, handles and figures invented).
"""

from __future__ import annotations

import pytest

from newsift.clean.credits import credit
from newsift.clean.dates import find_date
from newsift.clean.footed import role_author
from newsift.clean.posts import stamp
from newsift.clean.release import is_genre, signatory
from newsift.clean.stage import CleanStage
from newsift.eval.segments import line_labels
from newsift.model import Article, Document


@pytest.fixture(scope="module")
def clean() -> CleanStage:
    st = CleanStage()
    st.setup()
    return st


def run(clean: CleanStage, text: str) -> tuple[list[str], list[str], Article]:
    doc = clean.process(Document(doc_id="t", source="t", external_id="t", format="txt", text=text))
    pred = line_labels(text, [(s.start, s.end, s.kind, s.article) for s in doc.segments])
    return text.splitlines(), pred, doc.articles[0]


def label(lines: list[str], pred: list[str], needle: str) -> str:
    return pred[next(i for i, ln in enumerate(lines) if needle in ln)]


# -- 1. numeric stamps with a 12-hour clock are month first ---------------------------------
@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("DeskBot  BOT  — 03/05/2016 7:40 PM", "2016-03-05"),  # chat log head
        ("mapper_12 — 11/02/2015, 10:05 a.m.", "2015-11-02"),  # comma, dotted a.m.
        ("Posté le 04/09/2017 à 8:15 PM par Karim", "2017-04-09"),  # French page, US stamp
        ("Last edited 12/06/2018 at 11:59 pm", "2018-12-06"),  # "at" before the clock
        ("02/25/2019 9:00 AM", "2019-02-25"),  # the second number is no month anyway
    ],
)
def test_twelve_hour_stamp_is_month_first(line: str, day: str) -> None:
    hit = find_date(line)
    assert hit is not None and hit.value == day


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Publié le 03/05/2016 à 19:40", "2016-05-03"),  # a 24-hour clock: day first
        ("03.05.2016 19:40:12", "2016-05-03"),
        ("2016/03/05 7:40 PM", "2016-03-05"),  # ISO order is never swapped
    ],
)
def test_other_stamps_keep_their_order(line: str, day: str) -> None:
    hit = find_date(line)
    assert hit is not None and hit.value == day


def test_channel_stamp_with_clock_suffix_is_month_first() -> None:
    st = stamp("[4/9/17 8:15 PM] Front Info")
    assert st is not None and st.day.isoformat() == "2017-04-09"
    st = stamp("[04.09.17 20:15] Front Info")
    assert st is not None and st.day.isoformat() == "2017-09-04"


# -- 2. a channel export whose posts end with their stamp and counter --------------------------
TELEGRAM_FR = """\
Telegram
Exported Data
Vigie du Nord 🛰
8 210 abonnés
Chaîne publique · t.me/vigie_nord_demo
Message épinglé
📌 Aidez la chaîne : PayPal vigie.nord@example.org — merci pour votre soutien
03.03.2017 09:00:00
👁 1,2K

🎥 Vidéo non chargée (taille : 12 Mo). Ouvrir dans Telegram pour la voir.
04.03.2017 10:10:10
👁 2,2K

🔴 Les forces gouvernementales entrent dans Tell Rifaat-Est

Par notre correspondant à Alep, Nizar B.

Les forces gouvernementales sont entrées jeudi dans le village de Tell Rifaat-Est après une journée de combats contre les groupes rebelles, selon une source militaire citée par la télévision d'État.

Dans la soirée, des roquettes sont tombées sur un quartier voisin, blessant quatre civils, a rapporté l'observatoire local.

05.03.2017 18:20:31
👁 6,4K
🔁 Partager · 💬 Discussion (afficher 8 commentaires dans le groupe lié)

Export généré le 07.03.2017 — Telegram Desktop
"""

TELEGRAM_EN = """\
Telegram Desktop
Exported Data
Levant Monitor EN
31,004 subscribers
📊 Poll: should we post maps every night?
Yes — 70 % · No — 30 %
11.08.2016 08:00:00
👁 5.1K

From our reporter in the south, Omar T.

Government troops recaptured the hilltop village of Kafr Demo on Tuesday after two days of clashes with insurgents, a military source told state television.

Residents who had fled last month began returning in the afternoon, the source said, as engineers cleared the main road.

12.08.2016 21:05:44
👁 9.8K
"""


def test_footed_channel_fr(clean: CleanStage) -> None:
    lines, pred, art = run(clean, TELEGRAM_FR)
    assert art.title == "🔴 Les forces gouvernementales entrent dans Tell Rifaat-Est"
    assert art.published == "2017-03-05"  # the news post's own stamp, not the pinned post's
    assert art.outlet == "Vigie du Nord"  # the channel, not the messenger
    assert art.author == "Nizar B."
    assert label(lines, pred, "03.03.2017") == "boiler"
    assert label(lines, pred, "Vidéo non chargée") == "boiler"
    assert label(lines, pred, "05.03.2017") == "meta:1"
    assert label(lines, pred, "Dans la soirée") == "body:1"
    assert label(lines, pred, "Partager") == "boiler"


def test_footed_channel_en_without_title(clean: CleanStage) -> None:
    lines, pred, art = run(clean, TELEGRAM_EN)
    assert art.published == "2016-08-12"
    assert art.outlet == "Levant Monitor EN"
    assert art.author == "Omar T."
    assert label(lines, pred, "Poll: should") == "boiler"
    assert label(lines, pred, "Government troops") == "body:1"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Par notre correspondant dans le Nord, Nizar B.", "Nizar B."),
        ("De notre envoyée spéciale à Homs, Léa Marchand", "Léa Marchand"),
        ("By our correspondent in Aleppo, Sami Rahal", "Sami Rahal"),
        ("From our reporter in the south: Omar T.", "Omar T."),
    ],
)
def test_role_byline(line: str, name: str) -> None:
    assert role_author(line) == name


def test_role_byline_near_miss() -> None:
    # a sentence that names a correspondent's report, no byline
    assert (
        role_author("Par notre correspondant, les combats ont repris à l'aube près du pont.")
        is None
    )


# -- 3. press releases --------------------------------------------------------------------------
RELEASE_FR = """\
Communiqué Alep - Google Docs
Fichier  Édition  Affichage  Insertion  Format  Outils  Aide
Lecture seule · Partager

AMITIÉS FRANCE-LEVANT
Association loi 1901 — 3, place Carnot, 69002 Lyon

COMMUNIQUÉ DE PRESSE — pour diffusion immédiate
Lyon, le lundi 6 mars 2017

Les vergers de Kafr Demo rendus à leurs paysans

Les Amitiés France-Levant se félicitent du retour des familles dans les vergers de Kafr Demo, que l'armée a repris dimanche aux groupes armés après trois jours de combats.

L'association appelle les élus de la région à financer la reconstruction des écoles du village.

Pour les Amitiés : Hélène Garnier-Roux, présidente

Contact presse : 04 00 00 00 00 — Dons : IBAN FR00 0000 0000 0000
"""

RELEASE_EN = """\
FRIENDS OF THE ORONTES
PRESS RELEASE
London, 14 March 2016

Aid convoy reaches the besieged town of Demo Wadi

A convoy of twenty trucks reached the besieged town of Demo Wadi on Sunday, the Friends of the Orontes said, the first delivery in four months.

The charity urged all parties to keep the road open for the coming weeks.

John Carver-Smith, spokesperson
"""


def test_release_fr(clean: CleanStage) -> None:
    lines, pred, art = run(clean, RELEASE_FR)
    assert art.title == "Les vergers de Kafr Demo rendus à leurs paysans"
    assert art.author == "Hélène Garnier-Roux"
    assert art.outlet == "Amitiés France-Levant"  # the letterhead, as the text writes it
    assert art.published == "2017-03-06"
    assert label(lines, pred, "COMMUNIQUÉ DE PRESSE") == "boiler"
    assert label(lines, pred, "Pour les Amitiés") == "body:1"


def test_release_en(clean: CleanStage) -> None:
    lines, pred, art = run(clean, RELEASE_EN)
    assert art.title == "Aid convoy reaches the besieged town of Demo Wadi"
    assert art.author == "John Carver-Smith"
    assert label(lines, pred, "PRESS RELEASE") == "boiler"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Pour le Comité : Jeanne Roux, porte-parole", "Jeanne Roux"),
        ("For the Committee: John Smith, spokesperson", "John Smith"),
        ("Au nom du bureau, Paul Martin — secrétaire général", "Paul Martin"),
        ("Marie Dubois, porte-parole du Collectif", "Marie Dubois"),
        ("Ahmed Khalil — chairman of the Friends", "Ahmed Khalil"),
    ],
)
def test_signatory(line: str, name: str) -> None:
    assert signatory(line) == name


def test_signatory_near_miss() -> None:
    assert signatory("Pour le Collectif, la libération de la ville est une victoire.") is None
    assert signatory("Les Amis du Levant, une association lyonnaise") is None


@pytest.mark.parametrize(
    "line",
    ["COMMUNIQUÉ DE PRESSE", "Press release", "For immediate release", "Déclaration commune"],
)
def test_genre_line(line: str) -> None:
    assert is_genre(line)


def test_genre_near_miss() -> None:
    assert not is_genre("Déclaration de guerre : Damas accuse Ankara")
    assert not is_genre("Les communiqués de l'armée se contredisent")


# -- 4. a reblogging blog's notes -------------------------------------------------------------
TUMBLR_EN = """\
levant-notes-weekly
Archive · Ask me anything · Submit

levant-notes-weekly reblogged this from river-chronicles

Old bridge of Demo Wadi rebuilt after four years

river-chronicles:
Engineers reopened the old stone bridge of Demo Wadi on Monday, four years after it was blown up during the fighting, the provincial governor said.
Traders said the bridge cuts the trip to the market town by two hours.

Tuesday 9 May 2017
#bridge #syria
57 notes

stonemason-k said: they used the original stones, you can see the marks
orontes-girl reblogged this and added: my grandfather crossed it every week
river-chronicles replied to stonemason-k: yes, the arches are the old ones
desert-owl liked this
"""


def test_blog_notes_en(clean: CleanStage) -> None:
    lines, pred, art = run(clean, TUMBLR_EN)
    assert art.outlet == "levant-notes-weekly"
    assert art.author == "river-chronicles"
    assert label(lines, pred, "river-chronicles:") == "body:1"
    assert label(lines, pred, "stonemason-k said") == "comment"
    assert label(lines, pred, "orontes-girl reblogged") == "comment"
    assert label(lines, pred, "replied to stonemason-k") == "comment"
    assert label(lines, pred, "desert-owl liked") == "boiler"


TUMBLR_FR = """\
carnet-du-levant
Archive · Me poser une question

Le pont de Demo Wadi reconstruit

Les ingénieurs ont rouvert lundi le vieux pont de pierre de Demo Wadi, quatre ans après sa destruction pendant les combats, a déclaré le gouverneur.
Les commerçants disent que le pont raccourcit de deux heures le trajet vers le marché.

mardi 9 mai 2017
31 notes

pierre-seche a dit : ils ont réutilisé les pierres d'origine
oronte-fille a répondu à pierre-seche : oui, les arches sont anciennes
hibou-du-desert a aimé ceci
"""


def test_blog_notes_fr(clean: CleanStage) -> None:
    lines, pred, _art = run(clean, TUMBLR_FR)
    assert label(lines, pred, "pierre-seche a dit") == "comment"
    assert label(lines, pred, "a répondu à pierre-seche") == "comment"
    assert label(lines, pred, "hibou-du-desert") == "boiler"


def test_one_said_line_in_the_text_is_no_note(clean: CleanStage) -> None:
    text = TUMBLR_FR.replace(
        "Les commerçants disent",
        "gouverneur-demo a dit : « le pont est sûr ». Les commerçants disent",
    )
    text = text.split("31 notes")[0]
    lines, pred, _art = run(clean, text)
    assert label(lines, pred, "gouverneur-demo a dit") == "body:1"


# -- 5. closing credits naming the outlet -------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Levant Desk · levantdesk.example/sy/1708-demo", "Levant Desk"),
        ("Source : Orient Presse — www.orient-presse.example/a/12", "Orient Presse"),
        ("Via: Al Demo News | aldemonews.example", "Al Demo News"),
        ("Lien : La Vigie Kurde – https://lavigiekurde.example/2018/03/x", "La Vigie Kurde"),
    ],
)
def test_credit(line: str, name: str) -> None:
    assert credit(line) == name


@pytest.mark.parametrize(
    "line",
    [
        "Partager · facebook.com/levantdesk",  # a share button, not a name of the host
        "Syrie · levantdesk.example/sy",  # a rubric
        "Suivez-nous : t.me/levantdesk",
    ],
)
def test_credit_near_miss(line: str) -> None:
    assert credit(line) is None


CHAT_EN = """\
Discord
DEMO WATCHERS  ▾
# general
# syria-news

NewsBot  BOT  — 03/05/2016 7:40 PM
Army retakes the hill town of Demo Wadi
By Jane Roe, Orontes Wire
DAMASCUS, March 5 (Orontes Wire) - Syrian troops retook the hill town of Demo Wadi on Saturday, a military source said, after a week of fighting with insurgents.
The source said engineers were clearing mines from the main road on Saturday evening.
Residents who fled last year are expected to return in the coming weeks, the source added.

kasim_r — 03/05/2016 7:52 PM
about time, that road was cut for months
HalabiRose — 03/05/2016 8:03 PM
anyone has the map?

Message #syria-news
Jump to present  ·  3 people are typing...
"""


def test_chat_log_en(clean: CleanStage) -> None:
    lines, pred, art = run(clean, CHAT_EN)
    assert art.published == "2016-03-05"
    assert art.outlet == "Orontes Wire"  # the byline's tail, repeated by the dateline
    assert art.author == "Jane Roe"
    assert label(lines, pred, "Message #syria-news") == "boiler"
    assert label(lines, pred, "people are typing") == "boiler"
    assert label(lines, pred, "about time") == "comment"


# -- 6. broadcast pages -----------------------------------------------------------------------
RADIO_FR = """\
RADIO DEMO — 101.1 FM — La voix du Sud
Direct | Podcasts | Émissions | Contact

Émissions › Le monde arabe
Alep, l'hiver de tous les dangers
Diffusée le mardi 6 décembre 2016 de 18h00 à 18h30
Présentée par Jeanne Roux

▶ Écouter (28 min) | ⬇ Télécharger le MP3

Transcription
(Transcription automatique relue par l'équipe ; des erreurs peuvent subsister.)

[00:00:10] JEANNE ROUX : Bonsoir à tous. Notre invité revient d'Alep, où l'armée a repris lundi plusieurs quartiers de l'est de la ville.
[00:00:40] L'INVITÉ : Oui, les combats ont été très violents, et des milliers de civils ont fui vers l'ouest dans la nuit de dimanche à lundi.
[Fin de l'extrait transcrit — la suite est disponible en audio uniquement]
"""

RADIO_EN = """\
DEMO RADIO — News talk
Live | Podcasts | Shows

Shows › Middle East Hour
Aleppo's hardest winter
Aired on Tuesday, December 6, 2016
Hosted by John Carver

Transcript
[00:00:10] JOHN CARVER: Good evening. Our guest is just back from Aleppo, where the army retook several eastern districts on Monday.
[00:00:40] GUEST: Yes, the fighting was heavy and thousands of civilians fled west overnight.
[End of transcript]
"""


def test_broadcast_fr(clean: CleanStage) -> None:
    lines, pred, art = run(clean, RADIO_FR)
    assert art.title == "Alep, l'hiver de tous les dangers"
    assert art.author == "Jeanne Roux"
    assert art.published == "2016-12-06"
    assert label(lines, pred, "Transcription automatique") == "boiler"
    assert label(lines, pred, "Fin de l'extrait") == "boiler"


def test_broadcast_en(clean: CleanStage) -> None:
    lines, pred, art = run(clean, RADIO_EN)
    assert art.title == "Aleppo's hardest winter"
    assert art.author == "John Carver"
    assert art.published == "2016-12-06"
    assert label(lines, pred, "End of transcript") == "boiler"


# -- 7. reading platforms and personal journals -----------------------------------------------
MEDIUM_EN = """\
Quill
Home · Our story · Membership · Write · Sign in

Karim J. Nasser
Published in The Levant Review · 9 min read · Mar 3, 2016
Follow

Demo Wadi: what the evening news did not tell you

They held the town when the army collapsed. Now they are called militias, and their dead go uncounted while the capital forgets who saved it in the summer.

Last Friday, the army and the volunteer brigades retook Demo Wadi after a week of fighting, and the road to the south was reopened to traffic.

Share · Save

Written by Karim J. Nasser — independent analyst.
"""

JOURNAL_FR = """\
orient_notes — Carnet du Levant
Journal · Amis · Profil · Archive
‹ Entrée précédente | Entrée suivante ›

dimanche 12 mars 2017, 09:15
Demo Wadi, la fin ? Pas encore.
Les rebelles ont annoncé samedi leur retrait de Demo Wadi, dernier bastion de la vallée, et l'armée a aussitôt pris position dans le centre du bourg, selon plusieurs témoins.
D'abord, la bataille a été longue : les bombardements ont duré plus de trois semaines et des centaines de familles ont fui vers le nord.

4 commentaires · Répondre

(Anonyme) 2017-03-12 10:02 (UTC)
Et les prisonniers, on en parle quand ?
Répondre
lyon_rouge 2017-03-12 11:15 (UTC)
Merci pour ce billet.
Répondre
Publier un nouveau commentaire
"""


def test_reading_platform_en(clean: CleanStage) -> None:
    lines, pred, art = run(clean, MEDIUM_EN)
    assert art.author == "Karim J. Nasser"
    assert art.outlet == "The Levant Review"  # the publication, not the platform
    assert art.published == "2016-03-03"
    assert label(lines, pred, "Karim J. Nasser") == "body:1"
    assert label(lines, pred, "Published in") == "meta:1"


def test_personal_journal_fr(clean: CleanStage) -> None:
    lines, pred, art = run(clean, JOURNAL_FR)
    assert art.title == "Demo Wadi, la fin ? Pas encore."
    assert art.author == "orient_notes"
    assert art.outlet == "Carnet du Levant"
    assert label(lines, pred, "(Anonyme)") == "comment"
    assert label(lines, pred, "Et les prisonniers") == "comment"
    assert label(lines, pred, "Publier un nouveau") == "boiler"


def test_journal_subject_near_miss(clean: CleanStage) -> None:
    # a first paragraph as long as the next one is no subject line
    text = JOURNAL_FR.replace(
        "Demo Wadi, la fin ? Pas encore.",
        "Les habitants de la vallée ont vécu samedi une journée d'angoisse, entre rumeurs de retrait et tirs sporadiques, sans savoir qui tenait encore le bourg.",
    )
    _lines, _pred, art = run(clean, text)
    assert art.title is None


# -- 8. chrome lines under an article and around its thread --------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        "Laisser un commentaire — Votre adresse ne sera pas publiée. Les champs requis sont marqués *",
        "Leave a Reply - Your email address will not be published. Required fields are marked *",
        "Nom *   Courriel *   [ Envoyer ]",
        "Name *  Email *  Website",
        "Trier : Les plus récents | Les plus anciens",
        "Sort by: Newest | Oldest",
        "Répondre à cet article · Imprimer",
        "[Lire l'article complet]",
        "[Read the full story →]",
        "Merci de lire La Vigie ! Abonnez-vous pour recevoir chaque billet.",
        "Thanks for reading Demo Notes! Subscribe for free to receive new posts.",
        "Message #general",
        "Jump to present · 2 people are typing...",
        "Karim est en train d'écrire…",
        "(Transcription automatique, non relue.)",
        "[End of transcript]",
        "Cette dépêche est réservée aux abonnés de l'Agence Demo. Toute reproduction est interdite.",
        "This bulletin is reserved for subscribers of Demo Wire and may not be forwarded.",
        "Pour vous désabonner, écrivez à liste@demo.example",
        "To unsubscribe, reply with STOP",
    ],
)
def test_chrome_lines(line: str) -> None:
    from newsift.clean.lexicon import markers
    from newsift.clean.lines import analyse

    assert analyse(line, markers())[0].kind in ("end", "boiler")


@pytest.mark.parametrize(
    "line",
    [
        "Merci de lire attentivement ce rapport, qui revient sur trois semaines de combats dans la vallée.",
        "Le message du gouverneur, lu à la radio, appelait les habitants à rester chez eux.",
        "La transcription des débats du conseil a été publiée lundi par la présidence.",
    ],
)
def test_chrome_near_miss(line: str) -> None:
    from newsift.clean.lexicon import markers
    from newsift.clean.lines import analyse

    assert analyse(line, markers())[0].kind not in ("end", "boiler")


@pytest.mark.parametrize("line", ["(ADP) KH/ML", "(Demo Presse) — kh/sb", "(DW) AB / CD"])
def test_agency_credit_with_desk_initials(line: str) -> None:
    from newsift.clean.lexicon import markers
    from newsift.clean.lines import analyse

    assert analyse(line, markers())[0].kind == "source"


def test_agency_credit_near_miss() -> None:
    from newsift.clean.lexicon import markers
    from newsift.clean.lines import analyse

    assert analyse("(ADP) Les combats ont repris", markers())[0].kind != "source"


FORUM_EN = """\
r/DemoFront • news and maps
Army enters Demo Wadi — Orontes dispatch [Mar 5]
Posted by u/demo_watch · 3 hr. ago · Orontes Press Agency

Syrian army enters the hill town of Demo Wadi

DEMO WADI, Syria, March 5 (Orontes) — Syrian troops entered the hill town of Demo Wadi on Saturday after the insurgents withdrew under a local deal, a military source said.
Engineers began clearing mines from the main road in the evening, the source added, and the first families returned before nightfall.
The insurgents left for the north in a convoy of buses, residents said.

87 comments · Share · Save
"""


def test_forum_header_names_the_agency_in_full(clean: CleanStage) -> None:
    _lines, _pred, art = run(clean, FORUM_EN)
    assert art.outlet == "Orontes Press Agency"


def test_forum_header_near_miss(clean: CleanStage) -> None:
    # the header's field names another outlet than the dateline's: no outlet from it
    text = FORUM_EN.replace("Orontes Press Agency", "Levant Press Agency")
    _lines, _pred, art = run(clean, text)
    assert art.outlet != "Levant Press Agency"


# -- 9. section headings inside a story, and its end mark --------------------------------------
BULLETIN_EN = """\
DEMO WIRE — SUBSCRIBER EDITION
Home | Wire | Bulletins | Log out

Saturday, 14 March 2015 — 07:30 GMT

Insurgents overrun Demo Wadi, strike at the air base

Compiled by Jane Roe, Demo Wire desk

NORTH: DEMO WADI
Insurgents overran most of Demo Wadi on Thursday, pushing the police back to the river, two officers said.
The army said it would launch a counter-offensive within days.

The Air Base
At least six attackers hit the air base early on Friday, the defence ministry said, and all were killed.

SOUTH
A roadside bomb hit a patrol near Demo Bridge on Wednesday, killing two soldiers, a source said.

— Ends —
"""

BULLETIN_FR = """\
Lettre du Levant — édition abonnés

samedi 14 mars 2015

Les rebelles s'emparent de Demo Wadi

Par Léa Marchand

AU NORD : DEMO WADI
Les rebelles se sont emparés jeudi de la plus grande partie de Demo Wadi, selon deux officiers de police.
L'armée a promis une contre-offensive dans les prochains jours.

Le contexte
La ville avait été reprise par l'armée en 2013 après un siège de plusieurs mois.

Page suivante »
Le gouverneur a appelé les habitants à rester chez eux.

-- FIN --
"""


def test_section_headings_en(clean: CleanStage) -> None:
    lines, pred, _art = run(clean, BULLETIN_EN)
    for head in ("NORTH: DEMO WADI", "The Air Base", "SOUTH"):
        assert label(lines, pred, head) == "body:1", head
    assert label(lines, pred, "— Ends —") == "boiler"


def test_section_headings_fr(clean: CleanStage) -> None:
    lines, pred, _art = run(clean, BULLETIN_FR)
    for head in ("AU NORD : DEMO WADI", "Le contexte"):
        assert label(lines, pred, head) == "body:1", head
    assert label(lines, pred, "Page suivante") == "boiler"  # must NOT fire: a pager
    assert label(lines, pred, "-- FIN --") == "boiler"
