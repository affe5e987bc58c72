# ruff: noqa: E501  (the page dumps below keep one paragraph per line, as the pages do)
"""The clean stage on page kinds of session 5: blog platforms, interviews, PDF press reviews,
related-article lists inside a story, Disqus chrome, desk bylines.

Why: on such pages a platform banner was read as the title and the real title and its
"Publié par X sur …" line as chrome; an interview's "Interview by X" became the title; a press
review turned from PDF into text lost its title, date and author to hard-wrapped lines and
kept its running page headers as text; a related-links list ("À LIRE ÉGALEMENT" then "› …"
items) inside a story and Disqus' box over a thread were read as text. Every page below is
written for this test (names, outlets and figures invented).
"""

from __future__ import annotations

import pytest

from newsift.clean.stage import CleanStage
from newsift.eval.segments import line_labels
from newsift.model import Article, Document


@pytest.fixture(scope="module")
def clean() -> CleanStage:
    st = CleanStage()
    st.setup()
    return st


def run(clean: CleanStage, text: str) -> tuple[list[Article], list[str], list[str]]:
    doc = clean.process(Document(doc_id="t", source="t", external_id="t", format="txt", text=text))
    pred = line_labels(text, [(s.start, s.end, s.kind, s.article) for s in doc.segments])
    return doc.articles, text.splitlines(), pred


def label(lines: list[str], pred: list[str], needle: str) -> str:
    return pred[next(i for i, ln in enumerate(lines) if needle in ln)]


BLOG_FR = """Les Cahiers de l'Oronte
Notes d'un vieux routier du Proche-Orient, sans filtre
Accueil | Syrie | Liban | Irak | Archives | Contact
Canalblog.com — Créer un blog gratuit

3 Mars 2017
Palmyre : la citadelle change encore de mains
Publié par le promeneur d'Alep sur 3 Mars 2017, 09:40am
Catégories : #Syrie, #Palmyre, #Armée

Il faut revenir sur ce qui s'est passé cette semaine autour de Palmyre, parce que les chaînes d'information en ont à peine parlé entre deux sujets sur la météo.

Jeudi, l'armée syrienne appuyée par des unités russes est entrée dans la citadelle, que les djihadistes tenaient depuis décembre. Les combats ont duré toute la nuit dans la palmeraie.

Mon sentiment : la ville restera disputée tant que la route de Deir ez-Zor ne sera pas sécurisée, et personne ne semble pressé de le faire.

Partager cet article
Repost0
Facebook Twitter Pinterest
Vous aimerez aussi : Alep, l'hiver des bus verts — Qousseir cinq ans après — Homs, la vieille ville
Pour être informé des derniers articles, inscrivez vous :
Commenter cet article
Nadir K. 03/03/2017 11:02
Merci pour ce point, enfin quelqu'un qui regarde la carte avant d'écrire.
Sylvie Armand 03/03/2017 14:25
Et les civils de Palmyre, qui en parle vraiment dans cette histoire ?
"""


def test_blog_platform_banner_is_chrome_and_post_line_signs_the_title(clean: CleanStage) -> None:
    arts, lines, pred = run(clean, BLOG_FR)
    assert len(arts) == 1
    assert arts[0].title == "Palmyre : la citadelle change encore de mains"
    assert label(lines, pred, "Canalblog.com") == "boiler"
    assert label(lines, pred, "Publié par") == "meta:1"
    # a pen name, even in lower case, signs the post
    assert arts[0].author == "le promeneur d'Alep"
    assert arts[0].published == "2017-03-03"
    for chrome in ("Repost0", "Vous aimerez aussi", "Pour être informé"):
        assert label(lines, pred, chrome) == "boiler", chrome
    assert label(lines, pred, "Mon sentiment") == "body:1"
    assert label(lines, pred, "Nadir K.") == "comment"


def test_desk_on_a_post_line_is_no_author(clean: CleanStage) -> None:
    """Must not fire: "Publié par la rédaction sur …" dates the post but signs nothing."""
    arts, lines, pred = run(clean, BLOG_FR.replace("le promeneur d'Alep", "la rédaction"))
    assert arts[0].author is None
    assert label(lines, pred, "Publié par") == "meta:1"


def test_capitalised_pen_name_on_a_post_line_is_the_author(clean: CleanStage) -> None:
    text = BLOG_FR.replace("le promeneur d'Alep", "Le promeneur d'Alep")
    arts, lines, pred = run(clean, text)
    assert arts[0].author == "Le promeneur d'Alep"
    assert arts[0].title == "Palmyre : la citadelle change encore de mains"


INTERVIEW_EN = """THE LEVANT LEDGER
Long reads from the other side of the front
Home  News  Analysis  Interviews  Video  About
Interviews
"We took Tal Afar street by street": a brigade commander looks back
September 4, 2017 | 11 min read
Interview by Hannah Brook-Ellis

Last week Iraqi forces announced that Tal Afar, west of Mosul, had been cleared after an eleven-day offensive. We reached one of the brigade commanders by phone in Nineveh.

Q: How long did the assault on the old city last?

A: Eleven days in all. Our units entered the eastern quarters on the third day, and the last pocket near the citadel fell on the eleventh. The fighters left mines in almost every house.

Q: What comes next for your brigade?

A: We will move to the west of Anbar within weeks. The border towns are the last places where they can still hide.

Share: Twitter · Facebook · Email
"""

INTERVIEW_FR = """LA LETTRE DU LEVANT
Entretiens
« À Tal Afar, nous avons repris la ville rue par rue »
4 septembre 2017
Propos recueillis par Hélène Vasseur-Kanaan

La semaine dernière, les forces irakiennes ont annoncé la reprise de Tal Afar, à l'ouest de Mossoul, après onze jours d'offensive. Un commandant de brigade revient sur la bataille.

Question : combien de temps a duré l'assaut sur la vieille ville ?

Onze jours en tout. Nos unités sont entrées dans les quartiers est le troisième jour et la dernière poche est tombée le onzième. Ils ont laissé des mines dans presque toutes les maisons.
"""


@pytest.mark.parametrize(
    ("text", "title", "author", "byline"),
    [
        (
            INTERVIEW_EN,
            '"We took Tal Afar street by street": a brigade commander looks back',
            "Hannah Brook-Ellis",
            "Interview by",
        ),
        (
            INTERVIEW_FR,
            "« À Tal Afar, nous avons repris la ville rue par rue »",
            "Hélène Vasseur-Kanaan",
            "Propos recueillis par",
        ),
    ],
)
def test_interview_byline_signs_and_the_quoted_title_stays(
    clean: CleanStage, text: str, title: str, author: str, byline: str
) -> None:
    arts, lines, pred = run(clean, text)
    assert len(arts) == 1
    assert arts[0].title == title
    assert arts[0].author == author
    assert label(lines, pred, byline) == "body:1"


REVIEW_FR = """OBSERVATOIRE DES FRONTIÈRES ORIENTALES (OFO)
Bulletin Irak — n° 58 — réservé aux membres
Page 1 / 2

Mossoul-Ouest : la vieille ville encerclée, Tal Afar dans le viseur
Note établie le lundi 5 juin 2017 par Jeanne Marchetti-Rahal
Résumé. Les dernières semaines ont vu les forces irakiennes refermer l'étau sur la vieille ville de
Mossoul, tandis que les unités de la Mobilisation populaire avançaient vers la frontière syrienne
à l'ouest de la province de Ninive.

1. MOSSOUL — d'après Rudaw, 03/06/2017
Samedi, les troupes d'élite irakiennes ont pris le contrôle du quartier de Zanjili, au nord de la
vieille ville, selon la chaîne kurde. Des centaines de civils ont fui vers les lignes
gouvernementales pendant les combats.

OFO — Bulletin Irak n° 58 — 05/06/2017
Page 2 / 2

2. BAAJ — d'après l'AFP, 04/06/2017
Dimanche, les unités de la Mobilisation populaire ont repris la ville de Baaj, au sud-ouest de
Sinjar, après deux jours de combats contre les djihadistes, qui ont fait sauter plusieurs ponts
avant de se replier vers la frontière.

Adhésion annuelle : 45 € — chèque à l'ordre de l'OFO, BP 218, 13002 Marseille — RIB sur demande
"""


def test_pdf_review_title_date_author_and_page_furniture(clean: CleanStage) -> None:
    arts, lines, pred = run(clean, REVIEW_FR)
    assert len(arts) == 1
    art = arts[0]
    assert art.title == "Mossoul-Ouest : la vieille ville encerclée, Tal Afar dans le viseur"
    assert (art.published, art.published_precision) == ("2017-06-05", "day")
    assert art.author == "Jeanne Marchetti-Rahal"
    assert label(lines, pred, "Note établie le") == "meta:1"
    # the hard-wrapped paragraphs are text, and the first one is no title
    assert label(lines, pred, "Résumé. Les dernières") == "body:1"
    assert label(lines, pred, "Mossoul, tandis que") == "body:1"
    # the running header and the page number between two pages are chrome; the text goes on
    assert label(lines, pred, "OFO — Bulletin Irak") == "boiler"
    assert label(lines, pred, "Page 2 / 2") == "boiler"
    assert label(lines, pred, "2. BAAJ") == "body:1"
    assert label(lines, pred, "Dimanche, les unités") == "body:1"
    assert label(lines, pred, "Adhésion annuelle") == "boiler"
    assert art.outlet is not None and "(OFO)" not in art.outlet


COOKIE_FR = """Nous respectons votre vie privée
Avec nos partenaires, nous utilisons des cookies pour mesurer l'audience et personnaliser les contenus. Vous pouvez accepter ou paramétrer vos choix.
TOUT ACCEPTER   PARAMÉTRER   Continuer sans accepter →
LE VEILLEUR DU SUD
International | Proche-Orient | Défense | Tribunes | Vidéos
Proche-Orient > Syrie
Deraa : l'armée reprend la vieille ville, les rebelles évacués vers Idleb
Par Samir Haddad-Lefort | Mis en ligne le 13/07/2018 à 10h20
L'armée syrienne a repris jeudi le contrôle de Deraa al-Balad, le quartier où la révolte avait commencé, au terme d'un accord négocié par la Russie avec les groupes rebelles.

Selon l'agence officielle, le drapeau syrien a été hissé sur la place centrale en présence d'officiers russes, tandis que les premiers bus quittaient la ville.

À LIRE ÉGALEMENT
› Quneitra : les rebelles acceptent à leur tour un accord d'évacuation
› Golan : Tel-Aviv menace de frapper toute position iranienne
› Bassin du Yarmouk : la dernière poche de Daech encerclée

Vendredi, plusieurs centaines de combattants et leurs familles ont été transférés vers la province d'Idleb, selon l'Observatoire syrien des droits de l'homme.

Partager cet article :  f   t   in   ✉
LES PLUS LUS
1. Deraa, berceau de la révolte, retourne à Damas
2. Les casques blancs évacués par Israël
Mentions légales | Gestion des cookies | © Le Veilleur du Sud 2018
"""


def test_inline_related_list_is_chrome_and_the_story_goes_on(clean: CleanStage) -> None:
    arts, lines, pred = run(clean, COOKIE_FR)
    assert len(arts) == 1
    assert arts[0].author == "Samir Haddad-Lefort"
    assert label(lines, pred, "À LIRE ÉGALEMENT") == "boiler"
    for item in ("› Quneitra", "› Golan", "› Bassin du Yarmouk"):
        assert label(lines, pred, item) == "boiler", item
    assert label(lines, pred, "Vendredi, plusieurs centaines") == "body:1"
    assert label(lines, pred, "LES PLUS LUS") == "boiler"


def test_bullets_without_a_related_heading_stay_text(clean: CleanStage) -> None:
    """Must not fire: a list the story itself makes, with no related-links heading above."""
    text = COOKIE_FR.replace("À LIRE ÉGALEMENT\n", "L'accord prévoit trois étapes :\n")
    arts, lines, pred = run(clean, text)
    assert label(lines, pred, "› Quneitra") == "body:1"


DISQUS_FR = """LE RELAIS D'ORIENT
Analyses | Syrie | Irak | Contact
Raqqa, six mois après : la ville que personne ne veut reconstruire
12 avril 2018 · 9 min de lecture
Par Lucien Ferrand-Daoud

Six mois après la fin de la bataille, Raqqa reste une ville en ruines où les habitants rentrent un à un, faute de mieux, dans des immeubles éventrés par les frappes de la coalition.

Les Forces démocratiques syriennes administrent la ville, mais les fonds promis pour la reconstruction n'arrivent pas, et les mines continuent de tuer chaque semaine dans les quartiers du centre.

12 commentaires
Le Relais d'Orient — Politique de confidentialité de Disqus
Se connecter
Recommander 9   Tweeter   Partager
Trier par Meilleurs
Participer à la discussion…
Avatar
Marc Aubertin • il y a 2 ans
Excellent papier, on n'en parle nulle part ailleurs.
14 ▲ ▼ • Répondre • Partager ›
Avatar
Nour H. • il y a 2 ans
Ma famille est de Raqqa, rien n'a changé depuis.
6 ▲ ▼ • Répondre • Partager ›
Afficher plus de commentaires
"""


def test_disqus_box_is_chrome_and_comments_stay_comments(clean: CleanStage) -> None:
    arts, lines, pred = run(clean, DISQUS_FR)
    assert len(arts) == 1
    for chrome in (
        "Politique de confidentialité de Disqus",
        "Se connecter",
        "Recommander 9",
        "Trier par",
        "Participer à la discussion",
        "Afficher plus de commentaires",
    ):
        assert label(lines, pred, chrome) == "boiler", chrome
    assert label(lines, pred, "Marc Aubertin") == "comment"
    assert label(lines, pred, "Ma famille est de Raqqa") == "comment"


DESK_FR = """FRONT DE L'EST
Accueil | Syrie | Irak | Contact

Manbij : les forces kurdes repoussent une attaque
mardi 6 mars 2018, par la rédaction | 0 réaction

Les Forces démocratiques syriennes ont repoussé lundi une attaque de rebelles soutenus par Ankara au nord de Manbij, selon un communiqué publié dans la soirée par leur conseil militaire.

Les combats ont duré plusieurs heures près du village d'Arima, d'après des habitants joints par téléphone, et ont fait plusieurs blessés dans les deux camps.
"""


def test_desk_in_a_date_line_is_no_author(clean: CleanStage) -> None:
    arts, lines, pred = run(clean, DESK_FR)
    assert arts[0].author is None
    assert arts[0].published == "2018-03-06"


def test_named_author_in_a_date_line_is_kept(clean: CleanStage) -> None:
    """Must not fire: a person after "par" still signs."""
    arts, _, _ = run(clean, DESK_FR.replace("par la rédaction", "par Karim Souleimane"))
    assert arts[0].author == "Karim Souleimane"


def test_lines_in_lower_case_under_full_sentences_are_not_unwrapped(clean: CleanStage) -> None:
    """Must not fire: a page with one paragraph per line keeps its headline and its date line
    (no run of lines cut mid-sentence)."""
    arts, lines, pred = run(clean, DISQUS_FR)
    assert arts[0].title == "Raqqa, six mois après : la ville que personne ne veut reconstruire"
    assert arts[0].author == "Lucien Ferrand-Daoud"


REVIEW_EN = """MIDDLE EAST CONFLICT MONITOR (MECM)
Weekly Iraq digest — No. 31 — members only
Page 1 of 2

Nineveh: the last districts of west Mosul fall, Tal Afar next
Review compiled on Monday 10 July 2017 by Thomas Whitcombe-Aziz
Summary. In the past week Iraqi forces took the last streets of the old city of Mosul, while the
militias of the Popular Mobilization Units pushed west of the province towards the Syrian border
and the town of Tal Afar.

1. MOSUL — from Reuters, 08/07/2017
On Saturday the Counter Terrorism Service took control of the last pocket near the river bank,
officers said. Hundreds of civilians crossed to government lines during the fighting, and the
army said the remaining fighters had been cornered in a few houses.

MECM — Weekly Iraq digest No. 31 — 10/07/2017
Page 2 of 2

2. TAL AFAR — from AFP, 09/07/2017
On Sunday aircraft of the US-led coalition struck positions around Tal Afar, a spokesman said,
ahead of an offensive that the Iraqi command expects to begin within weeks, according to the
agency, which quoted two officers in Nineveh.

Annual membership fee: $40 — cheques payable to MECM, PO Box 118, Leeds — details on request
"""


def test_pdf_review_in_english(clean: CleanStage) -> None:
    arts, lines, pred = run(clean, REVIEW_EN)
    assert len(arts) == 1
    art = arts[0]
    assert art.title == "Nineveh: the last districts of west Mosul fall, Tal Afar next"
    assert (art.published, art.author) == ("2017-07-10", "Thomas Whitcombe-Aziz")
    assert label(lines, pred, "MECM — Weekly") == "boiler"
    assert label(lines, pred, "Page 2 of 2") == "boiler"
    assert label(lines, pred, "2. TAL AFAR") == "body:1"
    assert label(lines, pred, "Annual membership fee") == "boiler"
    assert label(lines, pred, "militias of the Popular") == "body:1"


DISQUS_EN = """LEVANT DISPATCH
News | Analysis | Syria | Iraq | About
Raqqa six months on: a city nobody wants to rebuild
April 12, 2018 | 9 min read
By Lucy Fernhill

Six months after the battle ended, Raqqa is still a city of ruins where families return one by one to buildings gutted by coalition strikes, for lack of anywhere else to go.

The Syrian Democratic Forces run the city, but the money promised for reconstruction has not come, and mines still kill people every week in the central districts.

12 Comments
Levant Dispatch — Disqus' Privacy Policy
Login
Recommend 9   Tweet   Share
Sort by Best
Join the discussion…
Avatar
Mark Allerton • 2 years ago
Excellent piece, nobody else covers this.
14 ▲ ▼ • Reply • Share ›
Avatar
Nour H. • 2 years ago
My family is from Raqqa, nothing has changed since.
6 ▲ ▼ • Reply • Share ›
Load more comments
"""


def test_disqus_box_in_english(clean: CleanStage) -> None:
    arts, lines, pred = run(clean, DISQUS_EN)
    assert len(arts) == 1
    for chrome in ("Disqus' Privacy Policy", "Login", "Recommend 9", "Sort by Best"):
        assert label(lines, pred, chrome) == "boiler", chrome
    assert label(lines, pred, "Mark Allerton") == "comment"
    assert label(lines, pred, "My family is from Raqqa") == "comment"


def test_running_header_a_blank_line_from_the_page_number(clean: CleanStage) -> None:
    """The header every page repeats is chrome also with a blank line between it and the page
    number; the next item's head, said once, is not."""
    text = REVIEW_FR.replace(
        "OFO — Bulletin Irak n° 58 — 05/06/2017\nPage 2 / 2\n",
        "Page 1 / 2\n\nOFO — Bulletin Irak n° 58 — 05/06/2017\n",
    ).replace(
        "Adhésion annuelle",
        "OFO — Bulletin Irak n° 58 — 05/06/2017\nPage 2 / 2\n\nAdhésion annuelle",
    )
    arts, lines, pred = run(clean, text)
    assert [pred[i] for i, ln in enumerate(lines) if ln.startswith("OFO — Bulletin")] == [
        "boiler",
        "boiler",
    ]
    assert label(lines, pred, "2. BAAJ") == "body:1"
    assert arts[0].title == "Mossoul-Ouest : la vieille ville encerclée, Tal Afar dans le viseur"
