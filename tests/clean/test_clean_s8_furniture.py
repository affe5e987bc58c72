# ruff: noqa: E501  (the page dumps below keep one paragraph per line, as the pages do)
"""The clean stage on layouts of session 8: replies under an unrolled social thread, a report
turned from PDF into text (running headers and footers, superscript footnotes), a site's note on
its own funding between two paragraphs, a numbered thread's closing post.

Why: lines kept as article text feed the events stage spurious events (a reply's "les Russes
ont frappé X" read as the author's), and dropped lines lose events. Every page and sentence
below is written for this test (names, outlets, handles and figures invented).
"""

from __future__ import annotations

import pytest

from newsift.clean.comment_stamps import _handle_head
from newsift.clean.furniture import _contact, _counters, _match
from newsift.clean.stage import CleanStage
from newsift.eval.segments import line_labels
from newsift.model import Document


@pytest.fixture(scope="module")
def clean() -> CleanStage:
    st = CleanStage()
    st.setup()
    return st


def run(clean: CleanStage, text: str) -> tuple[list[str], list[str]]:
    doc = clean.process(Document(doc_id="t", source="t", external_id="t", format="txt", text=text))
    pred = line_labels(text, [(s.start, s.end, s.kind, s.article) for s in doc.segments])
    return text.splitlines(), pred


def label(lines: list[str], pred: list[str], needle: str) -> str:
    return pred[next(i for i, ln in enumerate(lines) if needle in ln)]


# -- 1. a social post's head: name, handle, a year-less stamp --------------------------------
@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Margaux Ledru @mledru_geo · 12 mars", "Margaux Ledru"),  # French short date
        ("Tom H. @tomh_osint · Mar 12", "Tom H."),  # English month first
        ("Farid_78 @farid78 · 3 h", "Farid_78"),  # hours ago
        ("Kestrel Watch @kestrel@toot.example · 2d", "Kestrel Watch"),  # an instance handle
        ("Ana Ruiz @anaruiz · 5 days ago", "Ana Ruiz"),
    ],
)
def test_handle_head(line: str, name: str) -> None:
    assert _handle_head(line) == name


@pytest.mark.parametrize(
    "line",
    [
        "Suivre @mledru_geo sur X",  # a follow button: no stamp
        "Selon @OSDH_fr · l'armée a repris la colline",  # a sentence, no stamp after the dot
        "Thread de Margaux Ledru @mledru_geo — 12 mars 2018 • 9 tweets",  # the thread's own head
        "Merci @tomh_osint pour la carte, on en reparle le 12 mars",  # prose naming a handle
    ],
)
def test_not_a_handle_head(line: str) -> None:
    assert _handle_head(line) is None


# -- 2. lexicons: funding notes, footnotes, page tails, counters -----------------------------
@pytest.mark.parametrize(
    "line",
    [
        "La Gazette du Levant ne vit que de ses lecteurs. Aucune publicité, aucun actionnaire.",
        "Cette émission vous a plu ? Radio Cèdre ne vit que de ses auditeurs.",
        "Orient Ledger is 100% reader-funded. No ads, no corporate sponsors.",
        "We are funded entirely by our readers — thank you.",
        "Aimez-vous ce fil ? Passez Premium pour 4 €/mois, sans publicité.",
        "Chèques à l'ordre de « Amis du Levant », BP 12, 75001 Paris.",
    ],
)
def test_funding_lines(line: str) -> None:
    assert _match("funding", line)


@pytest.mark.parametrize(
    "line",
    [
        "Le régime ne vit que de la rente pétrolière et des subsides iraniens.",
        "L'armée, soutenue par ses alliés russes, a repris la colline mardi.",
        "The militia was funded by Gulf donors until 2015, according to the report.",
        "Les rebelles ont chassé les jihadistes sans aucune aide extérieure.",
    ],
)
def test_not_funding_lines(line: str) -> None:
    assert not _match("funding", line)


def test_footnote_page_tail_and_counters() -> None:
    assert _match("media", "[Carte : la ligne de front au 19/02, FDS en jaune]")
    assert _match("media", "📷 [Photo : un char T-72 près de Palmyre]")
    assert not _match("media", "[Mise à jour : l'armée dément avoir perdu la colline.]")
    assert _contact("Amis du Levant - 4, place Bellecour, 69002 Lyon - amis@levant.example")
    assert _contact("Syria Desk | 10 Main St | Tel. +1 202 555 0100")
    assert not _contact("Écrivez-nous à redaction@levant.example pour toute correction.")
    assert _match("footnote", "² Entretien avec un médecin de Qamichli, 3 mai 2016.")
    assert _match("footnote", "↑ « L'armée reprend la colline », dépêche du 4 mai 2016.")
    assert _match("footnote", "↑ a b Rapport annuel de l'ONG, p. 12.")
    assert not _match("footnote", "1. Contexte")
    assert not _match("footnote", "Le 3 mai, l'armée a repris la colline.")
    assert _match("page_tail", "Collectif Jazira - Note n° 4                       Page 2")
    assert _match("page_tail", "BULLETIN DU CERCLE — N° 12 — JUIN 2016          — 3 —")
    assert not _match("page_tail", "Page 2")  # a bare page number is the segmenter's already
    assert not _match("page_tail", "Les combats ont fait 12 morts, selon la page 3 du rapport.")
    assert _match("rule", "——") and _match("rule", "------------") and _match("rule", "_____")
    assert _counters("🔁 1 204  ❤ 2 987") and _counters("💬 0  ❤ 9")
    assert not _counters("12 morts") and not _counters("2016") and not _counters("1/9")


# -- 3. whole layouts ------------------------------------------------------------------------
THREAD_FR = """Déroulés | Connexion
Déroulé par @DerouleBot

Fil de Margaux Ledru @mledru_geo — 12 mars 2017 • 5 tweets

1/5 🧵 Ce qu'on sait de la frappe de cette nuit sur l'aéroport de Chayrat, au sud-est de Homs. Selon le ministère russe, deux avions ont tiré six missiles depuis l'espace aérien libanais.
🔁 640  ❤ 1 210

2/5 La défense antiaérienne syrienne affirme avoir intercepté quatre missiles. Les deux autres ont touché un hangar et un dépôt de carburant, selon l'OSDH qui compte six morts parmi les soldats.
🔁 412  ❤ 980

3/5 Personne n'a revendiqué la frappe, mais c'est la troisième fois depuis janvier que la base est visée, et chaque fois les mêmes appareils sont soupçonnés par Damas.
🔁 305  ❤ 744

📷 [Carte : les positions autour de Chayrat — source : @cartes_sy]

4/5 Côté terrain, l'armée syrienne a poursuivi mardi son avance vers Palmyre, reprenant deux collines à l'ouest de la ville après des combats contre l'EI.
🔁 288  ❤ 702

5/5 Fin du fil. Si ça vous a aidé, partagez et soutenez le compte : ko-fi.com/mledru
🔁 190  ❤ 655

Suivre @mledru_geo sur X
Réponses les plus pertinentes

Thibault R. @thib_r · 12 mars
Les Russes ont frappé eux-mêmes Chayrat en 2016, tout le monde l'a oublié. Merci pour le fil.
🔁 4  ❤ 31

Margaux Ledru @mledru_geo · 12 mars
@thib_r Non, c'étaient des missiles américains, en avril. Je corrige rien.
🔁 2  ❤ 19

Salwa K. @salwa_k · 13 mars
Des amis à Homs parlent de dix morts et d'un incendie jusqu'au matin dans le dépôt.
🔁 7  ❤ 40
"""


def test_thread_replies_are_comments_fr(clean: CleanStage) -> None:
    lines, pred = run(clean, THREAD_FR)
    assert label(lines, pred, "1/5 🧵") == "body:1"
    assert label(lines, pred, "4/5 Côté terrain") == "body:1"
    assert label(lines, pred, "5/5 Fin du fil") == "body:1"  # the author's last post
    assert label(lines, pred, "📷 [Carte") == "meta:1"  # a picture's placeholder
    assert label(lines, pred, "🔁 640") in ("meta:1", "boiler")  # counters are no text
    assert label(lines, pred, "Thibault R. @thib_r") == "comment"
    assert label(lines, pred, "Les Russes ont frappé eux-mêmes") == "comment"
    assert label(lines, pred, "@thib_r Non") == "comment"
    assert label(lines, pred, "Des amis à Homs") == "comment"


THREAD_EN = """Home   Explore   Notifications

Levant Mapper @levmapper
Maps and sources on the Syrian war. Retweets are not endorsements.

(1/4) The Syrian army entered Khanasser on Tuesday after two days of fighting with rebel units south-east of Aleppo, a military source told state media.
9:12 AM · Oct 24, 2016

(2/4) Rebels say they withdrew in order and lost four fighters; the Syrian Observatory puts the toll at eleven on both sides, including six soldiers killed by a car bomb.
9:15 AM · Oct 24, 2016

(3/4) The road from Hama to Aleppo through Khanasser is the only supply line of the government-held west of the city, which makes the town worth any price.
9:18 AM · Oct 24, 2016

(4/4) End of thread. Maps tomorrow. If this helps, buy me a coffee: ko-fi.com/levmapper
9:20 AM · Oct 24, 2016

Most relevant replies

Jon P. @jonp_geo · Oct 24
So the army took it back in a day? Rebels held it for a week last time, then bombed the road for a month.
💬 1  ❤ 12

Levant Mapper @levmapper · Oct 24
@jonp_geo Two days, and the road is still under fire from the hills.
💬 0  ❤ 8

Dana K. @danak · 5h
Russian jets struck the town of Khanasser again this morning, locals say.
💬 0  ❤ 3
"""


def test_thread_replies_are_comments_en(clean: CleanStage) -> None:
    lines, pred = run(clean, THREAD_EN)
    assert label(lines, pred, "Levant Mapper @levmapper") == "boiler"  # the account, no title
    assert label(lines, pred, "Maps and sources") == "boiler"  # its bio
    assert label(lines, pred, "(1/4) The Syrian army") == "body:1"
    assert label(lines, pred, "(3/4) The road") == "body:1"
    assert label(lines, pred, "Jon P. @jonp_geo") == "comment"
    assert label(lines, pred, "So the army took it back") == "comment"
    assert label(lines, pred, "Russian jets struck the town") == "comment"


REPORT_FR = """Collectif Jazira pour les civils

Qamichli, mai 2016 : trois jours de combats dans la ville
Note d'information sur les affrontements entre les Asayich et les forces gouvernementales

Juin 2016

Sommaire
1. Contexte ...................................... 2
2. Déroulement des combats ....................... 3

1. Contexte

Depuis 2012, Qamichli est partagée entre les forces kurdes et les forces gouvernementales, qui tiennent l'aéroport et quelques quartiers du centre. Les incidents entre les deux camps sont fréquents mais restent d'ordinaire limités à des échanges de tirs isolés.

Collectif Jazira - Note n° 4                                                   Page 2

2. Déroulement des combats

Le 20 avril 2016, des combats ont éclaté près de la prison d'Alaya après qu'une patrouille des Asayich a été arrêtée à un barrage des forces de défense nationale¹. Les Asayich ont pris le contrôle de la prison le lendemain, selon des habitants.

Au moins 17 civils ont été tués pendant les trois jours de combats, d'après l'Observatoire syrien des droits de l'homme². Un cessez-le-feu négocié par des officiers russes est entré en vigueur le 22 avril³.

¹ Entretien avec un membre du conseil local, 25 avril 2016.
² Observatoire syrien des droits de l'homme, communiqué du 23 avril 2016.
³ Source : déclaration du centre russe de réconciliation, 22 avril 2016.

Collectif Jazira - Note n° 4                                                   Page 3
Collectif Jazira - 8, rue des Lilas, 69003 Lyon - contact@jazira-civils.example
"""


def test_pdf_report_furniture_fr(clean: CleanStage) -> None:
    lines, pred = run(clean, REPORT_FR)
    assert label(lines, pred, "Depuis 2012") == "body:1"
    assert label(lines, pred, "Le 20 avril 2016") == "body:1"
    assert label(lines, pred, "Au moins 17 civils") == "body:1"
    assert label(lines, pred, "Note n° 4                          ") == "boiler"
    assert pred[lines.index(next(ln for ln in lines if ln.endswith("Page 3")))] == "boiler"
    assert label(lines, pred, "¹ Entretien") == "meta:1"
    assert label(lines, pred, "³ Source") == "meta:1"
    # the cover's headline is the title, the numbered section a heading of the text
    assert label(lines, pred, "Qamichli, mai 2016 : trois jours") == "title:1"
    assert label(lines, pred, "Note d'information sur") == "body:1"
    assert label(lines, pred, "Juin 2016") == "meta:1"
    assert pred[lines.index("1. Contexte")] == "body:1"
    assert label(lines, pred, "1. Contexte ....") == "boiler"  # the table of contents
    assert label(lines, pred, "rue des Lilas") == "boiler"  # the contact line


REPORT_EN = """LEVANT MONITORING GROUP — BRIEFING NO. 12 — MARCH 2018

Afrin: the first seven weeks of Operation Olive Branch
Civilian harm and displacement in the Kurdish-held district

March 2018

Contents
I. Background ............................. 2
II. Military developments ................ 2
III. Displacement ........................ 4

I. Background

Turkey and allied Syrian factions launched their offensive against the Kurdish YPG in the Afrin district on 20 January 2018, after weeks of threats from Ankara.

LEVANT MONITORING GROUP — BRIEFING NO. 12 — MARCH 2018                  Page 2

II. Military developments

Turkish-backed forces captured the town of Jandairis on 8 March after heavy shelling, according to the Syrian Observatory for Human Rights.

Turkish aircraft struck the Afrin dam area on 2 March, local officials said, killing at least eight civilians.

LEVANT MONITORING GROUP — BRIEFING NO. 12 — MARCH 2018                  Page 3
Levant Monitoring Group | 14 Harbour Street, Bristol BS1 4RN | Tel. +44 117 496 0000
"""


def test_pdf_report_furniture_en(clean: CleanStage) -> None:
    lines, pred = run(clean, REPORT_EN)
    assert label(lines, pred, "Afrin: the first seven weeks") == "title:1"
    assert label(lines, pred, "Turkish-backed forces captured") == "body:1"
    assert label(lines, pred, "Turkish aircraft struck") == "body:1"
    assert pred[lines.index("II. Military developments")] == "body:1"
    assert all(
        pred[i] == "boiler" for i, ln in enumerate(lines) if ln.startswith("LEVANT MONITORING")
    )
    assert label(lines, pred, "14 Harbour Street") == "boiler"


FUNDED_EN = """Orient Ledger — independent reporting from the Levant

Syrian army retakes Qaryatayn as Islamic State fighters pull back into the desert

April 4, 2016 | By Hannah Meyer

The Syrian army and allied militias took full control of the town of Qaryatayn on Sunday after three days of fighting with Islamic State fighters, state television said, a week after the recapture of Palmyra to the north-east.

——
Orient Ledger is 100% reader-funded. No ads, no corporate sponsors, no billionaire owner.
——

The militants had seized Qaryatayn in August 2015 and abducted dozens of its Christian residents, some of whom were later released after their families paid ransoms, according to church officials in Homs.

Military engineers were clearing mines from the streets on Monday, the Syrian Observatory for Human Rights said.

Share this: Twitter | Facebook | Email
"""


def test_funding_note_between_paragraphs_en(clean: CleanStage) -> None:
    lines, pred = run(clean, FUNDED_EN)
    assert label(lines, pred, "The Syrian army and allied") == "body:1"
    assert label(lines, pred, "The militants had seized") == "body:1"
    assert label(lines, pred, "Military engineers") == "body:1"
    assert label(lines, pred, "100% reader-funded") == "boiler"
    assert all(pred[i] == "boiler" for i, ln in enumerate(lines) if ln == "——")


TRANSCRIPT_FR = """Radio Cèdre — Le grand entretien

Alep : « la bataille des quartiers est ne fait que commencer »

Transcription de l'entretien de Claire Besson avec Samir Haddad, chercheur, diffusé le 30 novembre 2016.

Claire Besson : L'armée syrienne a repris ce week-end tout le nord des quartiers est d'Alep. Comment l'expliquer ?

Samir Haddad : Les rebelles ont perdu Hanano samedi, puis Jabal Badro et Haydariya dimanche. Quand Hanano tombe, tout le nord suit, c'était prévisible.

Claire Besson : Et la suite ?

Samir Haddad : L'armée va maintenant pousser vers le sud, vers Cheikh Saïd, et les combats seront beaucoup plus durs dans la vieille ville.

Cette émission vous a plu ? Radio Cèdre ne vit que de ses auditeurs. Aucune publicité, aucun sponsor.
"""


def test_funding_note_after_transcript_fr(clean: CleanStage) -> None:
    lines, pred = run(clean, TRANSCRIPT_FR)
    assert label(lines, pred, "Samir Haddad : Les rebelles") == "body:1"
    assert label(lines, pred, "Samir Haddad : L'armée va") == "body:1"
    assert label(lines, pred, "ne vit que de ses auditeurs") == "boiler"


# -- 4. a dated chronology under the article is its text, not a reader's comment --------------
CHRONO_FR = """Amicale franco-syrienne de Lyon
Accueil | Actualités | Agenda | Contact

Deir ez-Zor : le siège est brisé après trois ans
Mis en ligne le mercredi 6 septembre 2017 par Nadia Khoury

La nouvelle est arrivée mardi soir : les colonnes de l'armée syrienne venues de l'ouest ont fait leur jonction avec la garnison assiégée de Deir ez-Zor, selon la télévision d'État.

Pour les familles restées dans les quartiers ouest, c'est la fin de trois années de largages de vivres et de pénurie, disent nos amis sur place.

Chronologie - 1000 jours de siège
14 juillet 2014 : l'EI prend le contrôle de la plus grande partie de la province.
17 janvier 2016 : massacre d'al-Baghiliya, plus de 130 civils tués selon l'OSDH.
5 septembre 2017 : l'armée brise le siège.

Partager : Facebook | Twitter | E-mail

Réactions (3)

Rami - 06/09/2017 21:14
Enfin ! Mon oncle y est depuis le début.
Claire B. - 06/09/2017 22:40
Pensées pour les habitants, et pour les soldats tombés en route.
Yacine - 07/09/2017 08:02
Reste à voir ce que feront les Russes maintenant.

Ajouter une réaction
Pseudo :   Message :   Envoyer
"""


def test_dated_chronology_is_body_fr(clean: CleanStage) -> None:
    lines, pred = run(clean, CHRONO_FR)
    assert label(lines, pred, "Chronologie - 1000 jours") == "body:1"
    assert label(lines, pred, "14 juillet 2014") == "body:1"
    assert label(lines, pred, "5 septembre 2017 : l'armée") == "body:1"
    assert label(lines, pred, "Rami - 06/09/2017") == "comment"
    assert label(lines, pred, "Reste à voir") == "comment"
    assert label(lines, pred, "Ajouter une réaction") == "boiler"
    assert label(lines, pred, "Pseudo :") == "boiler"


def test_relative_stamp_ends_a_head() -> None:
    from newsift.clean.comment_stamps import _AGO, _words_after

    for head in ("Mark · 3 days ago", "Mark · 3 days ago · edited", "@Yassine B. · il y a 8 ans"):
        m = _AGO.search(head)
        assert m is not None and _words_after(head, m.end()) < 2
    for heading in ("Repères - Kobanê, 134 jours de résistance", "Timeline: 90 days of siege"):
        m = _AGO.search(heading)
        assert m is not None and _words_after(heading, m.end()) >= 2


# -- 5. a label in capitals over a second post shown whole: a second article -------------------
CATEGORY_FR = """Veille Syrie Libre
Accueil   Syrie   Irak   Contact

Idleb : l'armée reprend l'aéroport d'Abou Douhour
Publié le 21 janvier 2018 par Sami Haddad

L'armée syrienne et ses alliés ont repris samedi l'aéroport militaire d'Abou Douhour, tenu depuis 2015 par les jihadistes, selon une source militaire citée par l'agence officielle.

Les combats ont fait au moins 30 morts dans les rangs des rebelles, d'après l'Observatoire syrien des droits de l'homme, qui fait état de frappes aériennes intenses sur les villages voisins.

Sami Haddad

Partager : Facebook   Twitter

DANS LA MÊME CATÉGORIE
Hama : les rebelles chassés de trois villages au nord de la ville
Publié le 12 janvier 2018 par Sami Haddad

Les forces gouvernementales ont repris jeudi trois villages au nord-est de Hama après deux jours de combats avec les rebelles de Hayat Tahrir al-Cham, selon la télévision d'État.

Les rebelles, qui tenaient ces villages depuis l'automne, se sont repliés vers le nord après avoir perdu une dizaine de combattants, d'après des sources locales.

À LIRE AUSSI SUR LE SITE
Alep : la reconstruction de la vieille ville commence
Deraa : nouvelles frappes sur les positions rebelles

© 2018 Veille Syrie Libre
"""


def test_post_under_capital_label_is_second_article_fr(clean: CleanStage) -> None:
    lines, pred = run(clean, CATEGORY_FR)
    assert label(lines, pred, "L'armée syrienne et ses alliés") == "body:1"
    assert label(lines, pred, "DANS LA MÊME CATÉGORIE") == "boiler"
    assert label(lines, pred, "Hama : les rebelles chassés") == "title:2"
    assert label(lines, pred, "Les forces gouvernementales ont repris") == "body:2"
    assert label(lines, pred, "Alep : la reconstruction") == "boiler"  # a list, no article


# -- 6. an undated article's stamp among other fields in its head ------------------------------
HIJRI_FR = """Agence Nahrain — édition française
Accueil | Irak | Monde arabe | Sécurité | Économie
Vous êtes ici : Accueil > Sécurité
Jeudi 17 Rabi al-Awal 1438 H correspondant au 15 décembre 2016 — 11:05
Les forces irakiennes reprennent le quartier d'al-Salam au sud-est de Mossoul après deux jours de combats
Bagdad / Nahrain / Correspondant
Le commandement des opérations conjointes a annoncé aujourd'hui jeudi que les forces de la 9e division avaient repris le quartier d'al-Salam, après des combats qui ont duré deux jours contre les bandes terroristes de Daech.
Et il a ajouté que l'aviation avait visé hier mercredi des positions des terroristes près de l'hôpital, tuant plusieurs d'entre eux, selon le communiqué.
© 2016 Agence Nahrain
"""


def test_head_stamp_dates_the_article_fr(clean: CleanStage) -> None:
    doc = clean.process(
        Document(doc_id="t", source="t", external_id="t", format="txt", text=HIJRI_FR)
    )
    lines = HIJRI_FR.splitlines()
    pred = line_labels(HIJRI_FR, [(s.start, s.end, s.kind, s.article) for s in doc.segments])
    assert label(lines, pred, "Rabi al-Awal") == "meta:1"
    assert label(lines, pred, "Les forces irakiennes reprennent") == "title:1"
    assert label(lines, pred, "Le commandement des opérations") == "body:1"
    assert str(doc.articles[0].published)[:10] == "2016-12-15"


READING_EN = """Quill
Write   Sign in   Get started

Manbij after the handover: who holds the line now
A look at the town's front lines, one year after the SDF took it from the Islamic State

Daniel Roy
Follow · 6 min read · Aug 14, 2017

812   ·   21 responses

A year ago this week, the Syrian Democratic Forces drove the Islamic State out of Manbij after a siege of more than two months, backed by American air strikes.

Since then the town has become the hinge of northern Syria: Turkish-backed rebels hold the hills to the west, and the Syrian army moved into villages to the south in March.

Clashes between Turkish-backed factions and the SDF near al-Arima killed at least six fighters last week, according to the Syrian Observatory for Human Rights.
"""


def test_head_stamp_dates_the_article_en(clean: CleanStage) -> None:
    doc = clean.process(
        Document(doc_id="t", source="t", external_id="t", format="txt", text=READING_EN)
    )
    lines = READING_EN.splitlines()
    pred = line_labels(READING_EN, [(s.start, s.end, s.kind, s.article) for s in doc.segments])
    assert label(lines, pred, "Follow · 6 min read") == "meta:1"
    assert label(lines, pred, "A year ago this week") == "body:1"
    assert str(doc.articles[0].published)[:10] == "2017-08-14"


def test_dated_article_keeps_its_date_line(clean: CleanStage) -> None:
    # a dated article: a stamp in the page's chrome above it is not taken
    text = CATEGORY_FR.replace(
        "Veille Syrie Libre\n", "Veille Syrie Libre — mise à jour le 3 février 2018\n", 1
    )
    doc = clean.process(Document(doc_id="t", source="t", external_id="t", format="txt", text=text))
    assert str(doc.articles[0].published)[:10] == "2018-01-21"


# -- 7. a headline over a channel's name; initials closing a dispatch --------------------------
VIDEO_FR = """VidéoTube
Rechercher
Accueil   Tendances   Abonnements   Bibliothèque

Raqqa : les FDS entrent dans la vieille ville, Daech recule vers le stade
Canal Levant Direct
52,1 k abonnés
S'abonner
2,4 k   Partager   Enregistrer
61 208 vues  4 juil. 2017
Point de situation par Yanis Farah.

Transcription
Bonsoir à tous. Les Forces démocratiques syriennes ont percé lundi la muraille de la vieille ville de Raqqa, avec l'appui de frappes américaines, selon la coalition.
Les jihadistes se sont repliés vers le stade et l'hôpital national, où ils retiennent des civils, d'après des habitants joints par téléphone.
"""


def test_video_title_over_channel_name_fr(clean: CleanStage) -> None:
    lines, pred = run(clean, VIDEO_FR)
    assert label(lines, pred, "Raqqa : les FDS entrent") == "title:1"
    assert label(lines, pred, "Canal Levant Direct") == "boiler"
    assert label(lines, pred, "Les jihadistes se sont repliés") == "body:1"


def test_headline_over_standfirst_en(clean: CleanStage) -> None:
    lines, pred = run(clean, READING_EN)
    assert label(lines, pred, "Manbij after the handover") == "title:1"
    assert label(lines, pred, "A look at the town's front lines") == "body:1"


DISPATCH_FR = """Agence Orient Info

Alep : l'armée reprend le quartier de Cheikh Saïd

ALEP (Syrie), 12 décembre (Agence Orient Info) - L'armée syrienne a repris lundi le quartier de Cheikh Saïd, dans le sud-est d'Alep, après deux jours de combats avec les rebelles, a annoncé une source militaire.

Selon l'Observatoire syrien des droits de l'homme, les combats ont fait au moins quinze morts parmi les rebelles et huit parmi les soldats.

(K.L./P.M.)

(Avec AFP)
"""


def test_initials_close_the_text_fr(clean: CleanStage) -> None:
    lines, pred = run(clean, DISPATCH_FR)
    assert label(lines, pred, "Selon l'Observatoire") == "body:1"
    assert label(lines, pred, "(K.L./P.M.)") == "body:1"
    assert label(lines, pred, "(Avec AFP)") == "meta:1"


# -- 8. thread chrome: sort controls spaced as buttons, more replies, suggested videos ---------
@pytest.mark.parametrize(
    ("line", "kinds"),
    [
        ("Oldest   Newest   Most Voted", ("cc",)),
        ("Newest  Oldest", ("cc",)),
        ("14 commentaires — Trier : les plus anciens", ("cc",)),
        ("38 comments · Sort: Top", ("cc",)),
        ("Afficher plus de réponses", ("end",)),
        ("Show more replies", ("end",)),
        ("Vidéos suggérées", ("end",)),
        ("Up next", ("end",)),
    ],
)
def test_thread_chrome_lines(line: str, kinds: tuple[str, ...]) -> None:
    from newsift.clean.lexicon import markers
    from newsift.clean.lines import analyse

    assert analyse(line + "\n", markers())[0].kind in kinds


@pytest.mark.parametrize("line", ["Afficher moins", "Show more", "Lire la suite…", "… plus"])
def test_buttons(line: str) -> None:
    assert _match("button", line)


def test_not_buttons() -> None:
    assert not _match("button", "Voir plus loin que la prise de la ville, c'est l'enjeu.")
    assert not _match("button", "Show more restraint, the envoy urged both sides.")


# -- 9. an e-mail letter and a forum page: no header taken for the headline ------------------
LETTER_FR = """De : Courrier d'Orient <lettre@courrier-orient.example>
À : abonnes@courrier-orient.example
Objet : [Courrier d'Orient n°112] Mossoul : la rive est libérée
Date : mardi 24 janvier 2017 07:05

Si cette lettre ne s'affiche pas correctement, cliquez ici.

Chers lecteurs,

Mossoul : la rive est libérée

Les forces irakiennes ont repris lundi le contrôle de toute la rive est de Mossoul, trois mois après le début de l'offensive, a annoncé le commandement des opérations conjointes.

Selon un officier joint par téléphone, les jihadistes ont fait sauter les derniers ponts sur le Tigre avant de se replier vers la rive ouest.

Vous recevez cette lettre car vous êtes abonné au Courrier d'Orient.
Se désabonner | Gérer mon abonnement
"""


def test_letter_subject_is_no_headline_fr(clean: CleanStage) -> None:
    doc = clean.process(
        Document(doc_id="t", source="t", external_id="t", format="txt", text=LETTER_FR)
    )
    lines = LETTER_FR.splitlines()
    pred = line_labels(LETTER_FR, [(s.start, s.end, s.kind, s.article) for s in doc.segments])
    assert label(lines, pred, "Objet :") == "boiler"
    assert label(lines, pred, "ne s'affiche pas correctement") == "boiler"
    assert pred[lines.index("Mossoul : la rive est libérée")] == "title:1"
    assert label(lines, pred, "Les forces irakiennes ont repris") == "body:1"
    assert doc.articles[0].title == "Mossoul : la rive est libérée"
    assert str(doc.articles[0].published)[:10] == "2017-01-24"


FORUM_EN = """Defence Talk Board
Board index » Middle East » Syria: the operations thread (part 9)

Syria: the operations thread (part 9)
Post Reply   Page 3 of 12   [ 287 posts ]

Post by Kestrel » Tue Dec 26, 2017 10:12 am
Some news from the Idlib front:

The Syrian army launched an offensive south-east of Idlib on Monday and took several villages around Sinjar, according to the Observatory. At least twenty rebels were killed in the fighting.

Russian jets struck the market of Maarat al-Numan, killing ten civilians according to rescuers.

Post by Harrier » Tue Dec 26, 2017 11:40 am
Kestrel wrote:
The Syrian army launched an offensive south-east of Idlib
And Turkey will say nothing, as usual. The Russians bombed Saraqeb this morning too, apparently.

Post by Vauban » Tue Dec 26, 2017 12:05 pm
Source? I see nothing on Saraqeb.
"""


def test_forum_breadcrumb_is_no_headline_en(clean: CleanStage) -> None:
    lines, pred = run(clean, FORUM_EN)
    assert label(lines, pred, "Board index »") == "boiler"
    assert label(lines, pred, "The Syrian army launched") == "body:1"
    assert label(lines, pred, "Russian jets struck") == "body:1"
    assert label(lines, pred, "And Turkey will say nothing") == "comment"


# -- 10. a wiki mirror: section headings with edit links, the copy's date ----------------------
WIKI_FR = """EncycloMiroir — l'encyclopédie libre, en miroir
Accueil · Article au hasard · Rechercher

Siège de Kobané

Un article d'EncycloMiroir, copie du 12 mars 2015.

Le siège de Kobané est une bataille de la guerre civile syrienne qui opposa de septembre 2014 à janvier 2015 l'État islamique aux Unités de protection du peuple kurdes, appuyées par la coalition.

Sommaire
1 Déroulement
2 Bilan

Déroulement[modifier | modifier le code]
16 septembre 2014 : l'État islamique lance une offensive contre les villages du canton[1].
26 janvier 2015 : les YPG annoncent la reprise complète de la ville[2].

Bilan[modifier | modifier le code]
Selon l'OSDH, les combats ont fait plus de 1 600 morts[3].

Catégories : Bataille de la guerre civile syrienne | 2014 en Syrie
"""


def test_wiki_mirror_fr(clean: CleanStage) -> None:
    doc = clean.process(
        Document(doc_id="t", source="t", external_id="t", format="txt", text=WIKI_FR)
    )
    lines = WIKI_FR.splitlines()
    pred = line_labels(WIKI_FR, [(s.start, s.end, s.kind, s.article) for s in doc.segments])
    assert label(lines, pred, "copie du 12 mars 2015") == "boiler"
    assert label(lines, pred, "Le siège de Kobané est") == "body:1"
    assert label(lines, pred, "Déroulement[modifier") == "body:1"
    assert label(lines, pred, "Bilan[modifier") == "body:1"
    assert label(lines, pred, "16 septembre 2014") == "body:1"
    assert str(doc.articles[0].published)[:10] == "2015-03-12"


def test_mirror_and_wiki_lexicons() -> None:
    assert _match("mirror", "Archived copy of 3 May 2016, from levant-news.example")
    assert _match("wiki_heading", "Aftermath [edit]")
    assert not _match("wiki_heading", "Les combats [ont repris] mardi à l'aube.")
    assert _match("button", "See translation") and _match("button", "Voir la traduction")


# -- teasers of other stories on an aggregator or portal page (session 10) ------------------
PORTAL_FR = """Le Fil Levant — l'essentiel de l'info, toutes sources
Accueil  Monde  Proche-Orient  Europe  Culture  Vidéos
Mardi 14 novembre 2017 — mis à jour à 09:40

Liban : Saad Hariri annonce son retour à Beyrouth « dans les prochains jours »
Le Premier ministre démissionnaire a parlé depuis Riyad d'une « décision prise en toute liberté »…
Beyrouth Matin · il y a 3 h

Irak : les forces fédérales reprennent Rawa, dernière ville tenue par Daech
Les troupes irakiennes sont entrées dans la localité sans rencontrer de résistance…
Courrier de Bagdad · il y a 7 h

Yémen : la coalition rouvre l'aéroport d'Aden aux vols humanitaires
L'annonce a été faite lundi soir par le porte-parole de la coalition…
Aden Presse · hier

Source : La Voix du Levant · publié le 14 novembre 2017
Abou Kamal : l'armée syrienne et ses alliés à l'assaut du dernier bastion de Daech
Par Samir Haddad

Les forces gouvernementales syriennes, appuyées par l'aviation russe, ont repris lundi plusieurs quartiers d'Abou Kamal, selon une source militaire citée par l'agence officielle.

Les jihadistes s'étaient emparés de la ville au début du mois, après une contre-offensive lancée depuis la vallée de l'Euphrate, a précisé la même source.

Partager  Facebook  Twitter  Copier le lien
"""

PORTAL_EN = """Levant Wire - every source, one page
Home  World  Middle East  Business  Sport

Turkey shells Kurdish positions near Afrin for a third day
Artillery fire hit villages north-west of the town on Sunday, local officials said...
Anatolia Monitor - 2 hours ago

Iraqi Kurds vote in disputed independence referendum
Polling stations in Kirkuk stayed open late as crowds queued...
Erbil Daily - 5 hours ago

Syria: army breaks the siege of Deir ez-Zor airbase
By Dana Mercer

Syrian government troops broke the three-year siege of the Deir ez-Zor airbase on Tuesday, state media reported, after a rapid advance along the southern road.

Russian aircraft struck militant positions east of the city overnight, the Russian defence ministry said.
"""


def test_portal_teasers_are_chrome_fr(clean: CleanStage) -> None:
    lines, pred = run(clean, PORTAL_FR)
    for needle in (
        "Liban : Saad Hariri",
        "dans la localité sans rencontrer",
        "Courrier de Bagdad",
        "Yémen : la coalition",
        "Aden Presse",
    ):
        assert label(lines, pred, needle) == "boiler", needle
    assert label(lines, pred, "Abou Kamal : l'armée syrienne") == "title:1"
    assert label(lines, pred, "ont repris lundi plusieurs quartiers") == "body:1"


def test_portal_teasers_are_chrome_en(clean: CleanStage) -> None:
    lines, pred = run(clean, PORTAL_EN)
    for needle in (
        "Turkey shells Kurdish",
        "Polling stations in Kirkuk",
        "Erbil Daily - 5 hours ago",
    ):
        assert label(lines, pred, needle) == "boiler", needle
    assert label(lines, pred, "Syria: army breaks the siege") == "title:1"
    assert label(lines, pred, "broke the three-year siege") == "body:1"


def test_headed_paragraphs_with_an_ellipsis_are_no_teasers(clean: CleanStage) -> None:
    """An essay's headed paragraphs that trail off are text: cut excerpts are short."""
    long_par = (
        "Depuis des années, les mêmes chancelleries répètent les mêmes slogans sur la Syrie, "
        "et chaque fois la réalité du terrain les dément, offensive après offensive, ville "
        "après ville, sans que personne ne prenne la peine de revenir sur ses erreurs ni "
        "d'expliquer pourquoi les prévisions d'effondrement du pouvoir ne se réalisent pas…"
    )
    text = (
        "Le Carnet de Damas\n\n"
        "Syrie : ce que l'Occident refuse de voir\n"
        "Publié le 3 avril 2017 par Paul Verdier\n\n"
        "Première leçon : la durée\n" + long_par + "\n\n"
        "Deuxième leçon : le terrain\n"
        + long_par.replace("Depuis des années", "Depuis 2012")
        + "\n\n"
        "L'armée a repris mardi la colline de Tell Qourdi, a annoncé l'agence officielle, après deux jours de combats.\n"
    )
    lines, pred = run(clean, text)
    assert label(lines, pred, "Depuis 2012, les mêmes") == "body:1"
    assert label(lines, pred, "Depuis des années, les mêmes") == "body:1"


BLOG_WIDGET_FR = """Le Carnet de l'Oronte
Notes d'un ancien coopérant sur la Syrie

Homs : le quartier de Baba Amr rendu à ses habitants
Publié le 12 mars 2017 par Luc Aubertin

Les premiers habitants sont revenus mardi dans le quartier de Baba Amr, repris par l'armée en 2012, où les équipes du gouvernorat ont rouvert deux écoles.

Un responsable local a indiqué que les travaux de déminage se poursuivraient tout le mois dans les rues du sud, encore interdites aux civils.

Partager : Facebook · Twitter · Imprimer

DERNIERS COMMENTAIRES
Hélène R. sur Homs : le quartier de Baba Amr rendu à ses habitants — Les combats ont repris à Talbisseh hier soir, personne n'en parle.
Père Antoine sur Alep : la citadelle rouverte — Que Dieu protège ceux qui reviennent.
Un lecteur sur Homs : le quartier de Baba Amr rendu à ses habitants — Merci pour ces nouvelles.

Propulsé par WordPress
"""


def test_recent_comments_widget_lines_are_comments(clean: CleanStage) -> None:
    lines, pred = run(clean, BLOG_WIDGET_FR)
    for needle in ("Hélène R. sur Homs", "Père Antoine sur Alep", "Un lecteur sur Homs"):
        assert label(lines, pred, needle) == "comment", needle
    assert label(lines, pred, "Les premiers habitants sont revenus") == "body:1"
    assert label(lines, pred, "Un responsable local a indiqué") == "body:1"


VOTED_THREAD_FR = """reddit   r/ProcheOrientFR   Rechercher
Populaire · Tous   |   Se connecter

▲ 230 ▼
Raqqa : les FDS annoncent la prise du stade municipal
Publié par u/carnet_levant · il y a 8 heures

Les Forces démocratiques syriennes ont annoncé dimanche avoir pris le stade municipal de Raqqa, l'un des derniers points tenus par l'État islamique dans le centre de la ville.

La coalition affirme que ses avions ont mené onze frappes sur le quartier voisin pendant la nuit.

▲ 230 ▼   64 commentaires   Partager   Enregistrer

▲ 88 ▼  u/rive_gauche · il y a 7 h
Les Russes ont bombardé Mayadine le même jour, personne n'en parle ici.
Répondre · Partager · Signaler

▲ -4 ▼  u/contre_courant · il y a 6 h
> personne n'en parle
Parce que ce n'est pas le sujet du fil.
Répondre · Partager · Signaler

Voir les 61 autres commentaires
"""


def test_voted_thread_comments_are_comments(clean: CleanStage) -> None:
    lines, pred = run(clean, VOTED_THREAD_FR)
    for needle in (
        "▲ 88 ▼  u/rive_gauche",
        "Les Russes ont bombardé Mayadine",
        "Parce que ce n'est pas le sujet",
        "> personne n'en parle",
    ):
        assert label(lines, pred, needle) == "comment", needle
    assert label(lines, pred, "ont annoncé dimanche avoir pris le stade") == "body:1"
    assert label(lines, pred, "▲ 230 ▼   64 commentaires") != "comment"  # the post's own bar


def test_vote_footers_are_no_heads() -> None:
    from newsift.clean.furniture import _vote_head

    assert _vote_head("▲ 203 ▼  u/abou_gaston · il y a 5 h")
    assert _vote_head("↑ 12 ↓ sam_k · 3 hours ago")
    assert not _vote_head("▲ 14 ▼ 7 · Répondre")
    assert not _vote_head("▲ 412 ▼   187 commentaires   Partager   Enregistrer")


SPIP_FR = """Le Phare du Levant
Accueil > International > Syrie

Qalamoun : l'armée reprend les hauteurs de Ras al-Maarra
mercredi 24 mai 2017, par Odile Ferrand

L'armée syrienne et le Hezbollah ont repris mardi les hauteurs de Ras al-Maarra, à la frontière libanaise, après deux jours de combats contre les combattants de Fateh al-Cham, selon une source militaire.

Les jihadistes se sont repliés vers le Jurd d'Ersal, où l'aviation syrienne a mené plusieurs raids dans la soirée, a rapporté la chaîne Al-Manar.

Messages

3 messages

Par Gaston Mérel, le 24 mai 2017 à 21h02
Les Israéliens ont encore frappé près de Qoussair hier soir, silence total des médias.
Répondre à ce message

Par Leïla Abboud, le 25 mai 2017 à 08h15
Mon cousin est à Ersal, il dit que les réfugiés ont peur d'une nouvelle offensive.

Par Gaston Mérel, le 25 mai 2017 à 09h40
@Leïla courage à votre famille.

Répondre à cet article
"""


def test_counted_forum_with_dated_bylines_is_comments(clean: CleanStage) -> None:
    lines, pred = run(clean, SPIP_FR)
    for needle in (
        "Par Gaston Mérel, le 24 mai",
        "Les Israéliens ont encore frappé",
        "Par Leïla Abboud",
        "réfugiés ont peur",
        "@Leïla courage",
    ):
        assert label(lines, pred, needle) == "comment", needle
    assert label(lines, pred, "3 messages") == "boiler"
    assert label(lines, pred, "Les jihadistes se sont repliés") == "body:1"
    assert not any(p.endswith(":2") for p in pred)  # the forum is no second article


@pytest.mark.parametrize(
    "line",
    [
        "La suite est réservée aux abonnés.",
        "Il vous reste 68 % de cet article à lire.",
        "Pour lire la suite de cet article et tous nos contenus, abonnez-vous dès 1 € le premier mois.",
        "Subscribe to continue reading this story.",
    ],
)
def test_paywall_lines(line: str) -> None:
    assert _match("paywall", line)


def test_not_paywall_lines() -> None:
    assert not _match(
        "paywall", "Les abonnés au gaz de la ville ont été privés de chauffage pendant trois jours."
    )
    assert not _match("paywall", "Pour lire la suite des événements, il faut revenir à 2012.")
