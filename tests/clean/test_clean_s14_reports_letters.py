# ruff: noqa: E501  (the pages below keep one paragraph per line, as pages do)
"""Reports, letters and consent walls (session 14): pages whose structure the pass misread.

Why: a humanitarian update exported from PDF had its section headings ("Faits saillants",
"Key Figures") read as readers' names over comments, so the whole report became a thread; a
letter's agenda under the signed story was read as that story's text; an e-mail newsletter's
second story, after a long rule, was glued to the first; a photo caption under a standfirst
and its byline opened a second article; a cookie box was taken for the article. Every page
below is written for this test.
"""

from __future__ import annotations

import pytest

from newsift.clean.consent import consent_notice
from newsift.clean.lexicon import markers
from newsift.clean.lines import analyse
from newsift.clean.segmenter import Labelled, label_lines


def _run(text: str) -> tuple[list[str], Labelled]:
    lines = analyse(text, markers())
    return [ln.text for ln in lines], label_lines(lines)


def _at(texts: list[str], start: str) -> int:
    return next(n for n, t in enumerate(texts) if t.startswith(start))


def _label(texts: list[str], lab: Labelled, start: str) -> str:
    i = _at(texts, start)
    kind = lab.kinds[i]
    return f"{kind}:{lab.arts[i]}" if kind in ("title", "body", "meta") else kind


# -- 1. a report's section headings are no commenters ------------------------------------------
FLASH_FR = """Bureau de coordination humanitaire pour le Levant (BCHL)
Au service des partenaires depuis 2012

Syrie : escalade des hostilités dans le gouvernorat d'Idleb
Mise à jour flash n° 2 | Au 14 février 2020

Ce rapport est établi par le BCHL avec ses partenaires humanitaires. Il couvre la période du 8 au 14 février 2020. La prochaine mise à jour paraîtra vers le 18 février.

{h1}
• Les frappes aériennes et les tirs d'artillerie se sont intensifiés dans le sud et l'est du gouvernorat d'Idleb depuis le 8 février.
• Environ 140 000 personnes ont fui leurs foyers en une semaine, la plupart vers la frontière turque.
• Deux hôpitaux ont cessé leurs activités après avoir été endommagés.

{h2}
140 000 personnes déplacées depuis le 8 février
900 000 personnes dans les zones touchées par les combats
12 structures de santé suspendues

{h3}
Selon des sources locales, des frappes aériennes ont touché Saraqeb et Maarat al-Noomane le 9 février, tuant au moins onze civils, dont quatre enfants.
Le 11 février, les forces gouvernementales ont pris le contrôle de la ville de Saraqeb, selon des médias officiels. La plupart des habitants l'avaient quittée les jours précédents.
Le 12 février, des obus tirés depuis des zones tenues par des groupes armés non étatiques ont frappé un quartier d'Alep, tuant deux civils, selon l'agence officielle.
Les partenaires humanitaires s'attendent à ce que les combats s'étendent vers l'ouest du gouvernorat dans les prochains jours.

Syrie : escalade des hostilités dans le gouvernorat d'Idleb | Mise à jour flash n° 2 | 1

{h4}
Les livraisons transfrontalières se poursuivent, mais les routes d'accès au sud du gouvernorat sont coupées depuis le 10 février.
Les partenaires du secteur santé signalent une pénurie de kits de traumatologie et de carburant pour les générateurs.

{contact}
Claire Fontanel, cheffe de bureau, fontanel@bchl-levant.org, Tél : +961 1 555 0192
Karim Nasrallah, chargé de l'information publique, nasrallah@bchl-levant.org

Coordonner l'aide sauve des vies | Syrie : escalade des hostilités dans le gouvernorat d'Idleb | Mise à jour flash n° 2 | 2
"""
HEADINGS = [
    ("Faits saillants", "Chiffres clés", "Aperçu de la situation", "Réponse humanitaire"),
    ("FAITS SAILLANTS", "CHIFFRES CLÉS", "APERÇU DE LA SITUATION", "RÉPONSE HUMANITAIRE"),
    ("Highlights", "Key Figures", "Situation Overview", "Humanitarian Response"),
]


@pytest.mark.parametrize("heads", HEADINGS)
def test_report_sections_are_body_not_a_thread(heads: tuple[str, ...]) -> None:
    text = FLASH_FR.format(
        h1=heads[0],
        h2=heads[1],
        h3=heads[2],
        h4=heads[3],
        contact="Pour plus d'informations, veuillez contacter :",
    )
    texts, lab = _run(text)
    assert "comment" not in lab.kinds
    assert len(lab.articles) == 1
    for start in (
        "• Les frappes",
        "• Deux hôpitaux",
        "Selon des sources locales",
        "Le 12 février",
        "Les livraisons",
    ):
        assert _label(texts, lab, start) == "body:1", start
    assert _label(texts, lab, "Claire Fontanel") == "boilerplate"


def test_contact_block_lead_in_is_chrome_en() -> None:
    text = FLASH_FR.format(
        h1="Highlights",
        h2="Key Figures",
        h3="Situation Overview",
        h4="Humanitarian Response",
        contact="For further information, please contact:",
    )
    texts, lab = _run(text)
    assert _label(texts, lab, "For further information") == "boilerplate"
    assert _label(texts, lab, "Karim Nasrallah") == "boilerplate"


BLOG_THREAD = """Le Carnet du Levant

Alep : les bus verts quittent les quartiers est
Publié le 16 décembre 2016 par Hugo Ferrand

Les premiers convois d'évacués ont quitté jeudi les quartiers est d'Alep, sous escorte du Croissant-Rouge, après l'accord conclu entre la Russie et la Turquie.
Selon des témoins, une vingtaine de bus et une dizaine d'ambulances ont franchi le point de passage de Ramoussa en fin de matinée, en direction de la province d'Idleb.
L'évacuation a été interrompue vendredi matin après des tirs sur un convoi, chaque camp accusant l'autre d'avoir violé l'accord.
Plusieurs milliers de civils attendaient encore dans le froid, près des ruines du quartier d'al-Amiriya, selon les organisations humanitaires présentes sur place.

3 commentaires

Mathilde R.
Merci pour ce récit, on lit si peu de choses précises ailleurs.

Yanis_42
Les bus verts, encore. Toujours la même méthode depuis Homs.

Paul-Henri
Et les habitants qui restent, qui s'en occupe ?
"""


def test_readers_names_after_the_article_still_head_comments() -> None:
    texts, lab = _run(BLOG_THREAD)
    assert _label(texts, lab, "Les premiers convois") == "body:1"
    assert _label(texts, lab, "Les bus verts, encore") == "comment"
    assert _label(texts, lab, "Et les habitants") == "comment"


# -- 2. a letter: the signed story, then the letter's own sections -----------------------------
LETTER_FR = """Lettre des Amis de Saint-Élie – Solidarité avec Homs
Lettre n° 31 – Automne 2014

Homs : la vieille ville vidée, les cloches se taisent
Homs, le 2 octobre 2014
par sœur Marie-Noël, notre correspondante

Trois mois après l'évacuation des derniers combattants, la vieille ville de Homs reste presque déserte, et les familles qui reviennent trouvent leurs maisons pillées.
Mardi, deux obus de mortier sont tombés près de l'église Saint-Élie, blessant un sacristain, selon le curé de la paroisse.
Le gouverneur a promis la réouverture des écoles du quartier de Hamidiyé avant la fin du mois, mais l'électricité n'y revient que deux heures par jour.

Sœur Marie-Noël

CALENDRIER DE L'ASSOCIATION
– Samedi 18 octobre : assemblée générale à la maison paroissiale, à 14 h 30.
– Dimanche 9 novembre : messe pour les défunts de Homs, suivie d'un repas partagé.

NOUS SOUTENIR
Vos dons financent les repas chauds distribués chaque semaine par les sœurs. Un reçu fiscal vous sera adressé.
"""


def test_signed_story_ends_before_the_letters_sections() -> None:
    texts, lab = _run(LETTER_FR)
    assert _label(texts, lab, "Mardi, deux obus") == "body:1"
    assert _label(texts, lab, "Sœur Marie-Noël") == "body:1"
    for start in ("– Samedi 18 octobre", "– Dimanche 9 novembre", "Vos dons financent"):
        assert _label(texts, lab, start) == "boilerplate", start


# -- 3. an e-mail newsletter: two stories between long rules -----------------------------------
RULE = "-" * 64
NEWSLETTER_FR = f"""De : Le Courrier de l'Euphrate <lettre@courrier-euphrate.example>
Objet : [Courrier de l'Euphrate] n° 88 — Raqqa, Tabqa

{RULE}
LE COURRIER DE L'EUPHRATE — n° 88 — jeudi 11 mai 2017
{RULE}

Tabqa : les FDS s'emparent du barrage
Les Forces démocratiques syriennes ont annoncé mercredi avoir pris le contrôle total de la ville de Tabqa et de son barrage, après le retrait des derniers jihadistes vers le sud.
Selon la coalition, environ 70 combattants de l'État islamique ont quitté la ville en vertu d'un accord qui prévoyait le démontage des explosifs posés sur le barrage.
— L. B.
Lire la suite sur le site [1]

{RULE}

Raqqa : l'étau se resserre au nord de la ville
Les unités kurdes ne sont plus qu'à quelques kilomètres des faubourgs nord de Raqqa, où l'aviation de la coalition a multiplié les frappes depuis lundi, selon l'Observatoire syrien des droits de l'homme.
Des habitants joints par téléphone décrivent des files de voitures qui tentent de quitter la ville par la route de l'est, malgré les barrages de l'organisation.
— F. A.
Lire la suite sur le site [2]

{RULE}
Liens :
[1] https://courrier-euphrate.example/tabqa-barrage
[2] https://courrier-euphrate.example/raqqa-etau
"""


def test_newsletter_story_after_a_long_rule_is_a_second_article() -> None:
    texts, lab = _run(NEWSLETTER_FR)
    assert _label(texts, lab, "Tabqa : les FDS") == "title:1"
    assert _label(texts, lab, "Selon la coalition") == "body:1"
    assert _label(texts, lab, "Raqqa : l'étau") == "title:2"
    assert _label(texts, lab, "Des habitants joints") == "body:2"


ESSAY_FR = """Carnets d'Orient

Deir ez-Zor, trois ans de siège
Par Anne Vautrin, 6 septembre 2017

Depuis l'été 2014, la ville de Deir ez-Zor vit coupée du reste du pays, ravitaillée par des largages aériens que l'État islamique tente sans cesse d'intercepter.
Les habitants des quartiers gouvernementaux racontent les files d'attente devant les boulangeries, les prix multipliés par dix et les obus qui tombent sans prévenir.

* * *

La route de Palmyre
Mardi, les colonnes de l'armée syrienne ont atteint la périphérie ouest de la ville après une avancée rapide depuis Palmyre, à travers le désert, avec l'appui de l'aviation russe.
Les soldats assiégés de la base de la Brigade 137 ont accueilli les premiers blindés dans l'après-midi, selon la télévision d'État, qui a diffusé des images de liesse.
"""


def test_rule_and_intertitle_inside_an_essay_keep_one_article() -> None:
    texts, lab = _run(ESSAY_FR)
    assert len(lab.articles) == 1
    assert _label(texts, lab, "Mardi, les colonnes") == "body:1"


# -- 4. a caption under the standfirst, its byline and date ------------------------------------
PRINT_FR = """La Gazette du Proche-Orient
Monde   Proche-Orient   Culture   Opinions

Mossoul : la mosquée al-Nouri réduite en ruines
Le minaret penché, symbole de la ville depuis huit siècles, a été dynamité mercredi soir alors que les troupes irakiennes approchaient.

Par Julien Massart, à Erbil
Publié le 22/06/2017 à 10h05

{caption}

Les jihadistes de l'État islamique ont fait sauter mercredi soir la grande mosquée al-Nouri et son minaret, dans la vieille ville de Mossoul, selon le commandement irakien.
C'est dans cette mosquée qu'Abou Bakr al-Baghdadi avait fait sa seule apparition publique, en juillet 2014, pour proclamer le « califat ».
Les forces d'élite irakiennes se trouvaient à moins de 300 mètres de l'édifice au moment de l'explosion, selon un officier joint par téléphone.
"""


@pytest.mark.parametrize(
    "caption",
    [
        "Le minaret al-Hadba, à Mossoul, photographié en 2013. Photo K. Saadi / Levant Images",
        "Le minaret al-Hadba vu depuis la rive est du Tigre, à Mossoul, en avril 2013",
    ],
)
def test_caption_under_the_header_opens_no_second_article(caption: str) -> None:
    texts, lab = _run(PRINT_FR.format(caption=caption))
    assert len(lab.articles) == 1
    assert _label(texts, lab, "Mossoul : la mosquée") == "title:1"
    assert _label(texts, lab, "Les jihadistes de l'État") == "body:1"


def test_photo_credit_with_agency_closes_a_caption() -> None:
    caption = "Le minaret al-Hadba, à Mossoul, photographié en 2013. Photo K. Saadi / Levant Images"
    texts, lab = _run(PRINT_FR.format(caption=caption))
    assert _label(texts, lab, "Le minaret al-Hadba") == "meta:1"


# -- 5. a consent wall around the article --------------------------------------------------------
CONSENT_FR = """L'Écho du Levant
Le respect de votre vie privée
En acceptant, vous permettez à nos partenaires et à nous-mêmes de déposer des cookies et d'utiliser des traceurs pour mesurer l'audience et vous proposer des publicités personnalisées. Vous pouvez retirer votre consentement à tout moment depuis notre politique de confidentialité.
Nos partenaires traitent ces informations pour la mesure d'audience, la géolocalisation approximative et l'affichage de contenus personnalisés sur votre terminal.
Tout accepter   Tout refuser   Personnaliser

Actualités › Monde › Proche-Orient

Irak : Tall Afar reprise à l'État islamique
L'Écho du Levant | 27.08.2017 à 18:40
Par Sami Hadjadj

Les forces irakiennes ont annoncé dimanche avoir repris le centre de Tall Afar, l'un des derniers bastions de l'État islamique dans le nord du pays, au terme d'une semaine d'offensive.
Selon le commandement des opérations conjointes, les jihadistes se sont repliés vers la localité d'al-Ayadiya, à une dizaine de kilomètres au nord-ouest.
La coalition internationale a mené plus de cinquante frappes en appui à l'offensive, selon un communiqué publié samedi.

Gérer mes cookies
Ce site utilise des cookies nécessaires à son fonctionnement et, avec votre accord, des cookies de mesure d'audience. Conformément au RGPD, vous disposez d'un droit d'accès et de rectification de vos données personnelles.
"""


def test_consent_box_is_no_article() -> None:
    texts, lab = _run(CONSENT_FR)
    assert len(lab.articles) == 1
    assert _label(texts, lab, "Irak : Tall Afar reprise") == "title:1"
    assert _label(texts, lab, "Selon le commandement") == "body:1"
    for start in (
        "En acceptant, vous permettez",
        "Nos partenaires traitent",
        "Ce site utilise des cookies",
    ):
        assert _label(texts, lab, start) == "boilerplate", start


@pytest.mark.parametrize(
    ("text", "notice"),
    [
        (
            "We and our partners use cookies to store and access personal data such as browsing data, for personalised ads and audience measurement.",
            True,
        ),
        (
            "Selon nos partenaires sur le terrain, la géolocalisation des vidéos montre que les frappes ont touché le marché de Maarat al-Noomane.",
            False,
        ),
        (
            "Les cookies publicitaires de nos partenaires servent à vous proposer des annonces adaptées à vos centres d'intérêt.",
            True,
        ),
        (
            "Le ministère a accusé les rebelles d'avoir utilisé des données de géolocalisation fournies par leurs partenaires étrangers.",
            False,
        ),
    ],
)
def test_consent_notice(text: str, notice: bool) -> None:
    assert consent_notice(text) is notice
