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


SPIP = """La Voix du Nord-Est — site d'information indépendant
Accueil > Monde > Irak
Rechercher :  [OK]

Kirkouk : un couvre-feu décrété après des heurts
mardi 17 octobre 2017
par Odile Marchal
Les autorités de Kirkouk ont décrété lundi soir un couvre-feu après des heurts entre manifestants kurdes et forces irakiennes dans le centre de la ville.
Selon un responsable local, deux personnes ont été blessées par balles près du siège du gouvernorat.
Mots-clés : Irak | Kirkouk | Kurdes

{title}
jeudi 19 octobre 2017
par Laurent Vigier
Pour comprendre ce qui se joue à Kirkouk, il faut revenir à l'été 2014, quand les peshmergas ont pris le contrôle de la ville abandonnée par l'armée irakienne.
Lundi, les forces fédérales irakiennes sont entrées dans Kirkouk et ont repris les champs pétroliers de Baba Gurgur sans rencontrer de résistance.
Mardi, des combats ont opposé les peshmergas aux unités de la Mobilisation populaire près d'Altun Kupri, au nord de la ville.
L. V.
Mots-clés : Irak | Kirkouk | Pétrole

Dans la même rubrique
Erbil : la fin d'un rêve ?
Mossoul, un an après

Forum de l'article
3 Messages
{title}
20 octobre 2017 10:05, par Karim B.
Excellent rappel historique, merci.
Répondre à ce message
> {title}
20 octobre 2017 12:40, par Jeanne L.
Et les Turkmènes dans tout ça ?
Répondre à ce message
{title}
21 octobre 2017 08:12, par Hugo R.
Personne ne parle du référendum.
Répondre à ce message
"""


def test_second_article_whose_title_the_forum_repeats_is_an_article() -> None:
    title = "Kirkouk, la ville que tout le monde revendique"
    texts, lab = _run(SPIP.format(title=title))
    i = texts.index(title)
    assert (lab.kinds[i], lab.arts[i]) == ("title", 2)
    for start in ("Lundi, les forces fédérales", "Mardi, des combats"):
        j = _at(texts, start)
        assert (lab.kinds[j], lab.arts[j]) == ("body", 2)
    assert len(lab.articles) == 2
    # its later occurrences are the forum's, never a third article
    assert all(lab.kinds[j] != "title" for j, t in enumerate(texts) if t == title and j != i)


def test_a_repeated_line_without_date_or_byline_is_no_headline() -> None:
    # a section label the page repeats (three times) over plain text never opens an article
    page = SPIP.format(title="Kirkouk, la ville que tout le monde revendique").replace(
        "jeudi 19 octobre 2017\npar Laurent Vigier\n", ""
    )
    texts, lab = _run(page)
    title = "Kirkouk, la ville que tout le monde revendique"
    assert all(lab.kinds[j] != "title" for j, t in enumerate(texts) if t == title)
    # session 15 (clean/failsafe.py): its news paragraphs are not thrown away as chrome; they
    # are an untitled story of their own
    for start in ("Lundi, les forces fédérales", "Mardi, des combats"):
        j = _at(texts, start)
        assert (lab.kinds[j], lab.arts[j]) == ("body", 2)
    assert lab.articles[1].title_line is None


DIGEST = """Afficher cet e-mail dans le navigateur
LE BULLETIN DU LEVANT — n° 112 — jeudi 7 juin 2018
Chaque semaine, deux textes choisis pour vous.

* * *

{label1}
Deraa : l'armée syrienne masse des renforts au sud
Publié le 6 juin 2018 sur bulletin-levant.example
par Claire Moreau
L'armée syrienne a acheminé mardi des renforts vers la province de Deraa, selon des sources locales, alors que les rebelles refusent toute reddition.
Des hélicoptères ont largué des tracts sur les villes de Busra al-Harir et Nawa appelant les combattants à déposer les armes.
Mercredi, des obus de mortier tirés par les rebelles sont tombés sur le quartier gouvernemental de Deraa al-Mahatta, blessant trois civils.
* * *

{label2}
Quand Deraa s'est soulevée
Publié le 18 mars 2011
par Youssef Haddad
Vendredi, des milliers de manifestants sont descendus dans les rues de Deraa après la prière pour réclamer la libération d'adolescents arrêtés pour des graffitis.
Les forces de sécurité ont ouvert le feu sur la foule devant la mosquée al-Omari, tuant au moins quatre personnes selon des témoins.
Samedi, les funérailles des victimes se sont transformées en une nouvelle manifestation contre le gouverneur de la province.

Soutenez le Bulletin : 5 € par mois.
Vous recevez cet e-mail parce que vous êtes inscrit · Se désinscrire
"""


@pytest.mark.parametrize(
    "label1,label2",
    [
        ("ARTICLE 1", "ARTICLE 2 (archives)"),
        ("▶ Premier texte", "▶ Second texte"),
        ("Document 1 :", "Document 2 :"),
        ("First piece", "Second piece"),
    ],
)
def test_a_digest_gives_each_piece_its_own_article_and_date(label1: str, label2: str) -> None:
    texts, lab = _run(DIGEST.format(label1=label1, label2=label2))
    assert len(lab.articles) == 2
    i = texts.index("Quand Deraa s'est soulevée")
    assert (lab.kinds[i], lab.arts[i]) == ("title", 2)
    j = _at(texts, "Vendredi, des milliers")
    assert (lab.kinds[j], lab.arts[j]) == ("body", 2)
    d = texts.index("Publié le 18 mars 2011")
    assert d in lab.articles[1].date_lines


def test_a_date_line_naming_its_site_is_a_date_line() -> None:
    for text in (
        "Publié le 6 juin 2018 sur bulletin-levant.example",
        "Posted on June 6, 2018 on The Levant Ledger",
    ):
        ln = analyse(text + "\n", markers())[0]
        assert ln.kind == "date" and ln.date is not None and ln.date.value == "2018-06-06"
    # a sentence with a date and "sur" stays a sentence
    ln = analyse(
        "Le 6 juin 2018 sur la route de Deraa, un convoi militaire a été pris pour cible par des rebelles.\n",
        markers(),
    )[0]
    assert ln.kind == "prose"


PRINT = """Kiosque numérique · La Gazette du Rhône · 14 févr. 2018 · Page 6
< Page précédente   Page suivante >   Imprimer

INTERNATIONAL

Syrie : Ankara poursuit son offensive contre Afrin
Par Jérôme Lavergne
L'armée turque et ses alliés rebelles syriens ont pris mardi le contrôle de trois villages au nord-ouest d'Afrin, selon l'agence officielle Anadolu.
Des frappes aériennes turques ont touché lundi le village de Jandairis, où l'OSDH fait état de sept civils tués.
Les YPG ont tiré des roquettes sur la ville turque de Kilis, blessant deux personnes, selon le gouverneur.
(Avec AFP)

{ad}
Boulangerie Martin — pains et viennoiseries — 04 78 22 31 09

Afrin, le piège kurde d'Erdogan
{sig}
Lancée le 20 janvier, l'opération « Rameau d'olivier » devait durer quelques semaines, selon les dirigeants turcs qui promettaient une victoire rapide.
Samedi, un hélicoptère turc a été abattu près de la frontière par les combattants kurdes, a reconnu le président Erdogan.
Damas a menacé d'abattre les avions turcs qui survoleraient son territoire, sans jamais passer à l'acte depuis le début de l'offensive.

La Gazette du Rhône · 14 févr. 2018 · Page 6     © 2018 La Gazette du Rhône
"""


@pytest.mark.parametrize(
    "ad,sig", [("PUBLICITÉ", "J. L."), ("Publicité", "Jérôme Lavergne"), ("Advertisement", "M. R.")]
)
def test_a_print_page_second_piece_after_an_ad_is_its_own_article(ad: str, sig: str) -> None:
    texts, lab = _run(PRINT.format(ad=ad, sig=sig))
    assert len(lab.articles) == 2
    i = texts.index("Afrin, le piège kurde d'Erdogan")
    assert (lab.kinds[i], lab.arts[i]) == ("title", 2)
    j = _at(texts, "Samedi, un hélicoptère")
    assert (lab.kinds[j], lab.arts[j]) == ("body", 2)
    assert lab.kinds[_at(texts, "Boulangerie Martin")] == "boilerplate"


def test_an_ad_inside_a_story_without_a_new_headline_keeps_the_story() -> None:
    page = PRINT.format(ad="PUBLICITÉ", sig="J. L.").replace("(Avec AFP)\n", "")
    page = page.replace("\nAfrin, le piège kurde d'Erdogan\nJ. L.\n", "\n")
    texts, lab = _run(page)
    assert len(lab.articles) == 1
    assert lab.kinds[_at(texts, "Samedi, un hélicoptère")] == "body"


REVIEW = """Regards sur l'Orient — la revue de presse du samedi
Accueil · Revues · Archives

Revue de presse – samedi 9 juin 2018
Comme chaque semaine, deux articles sur un même sujet, sans commentaire.

▶ Premier article
Source : Le Quotidien d'Amman, 4 juin 2018
Deraa : les rebelles rejettent l'ultimatum russe
Par Samir Aoun

Les groupes rebelles du sud de la Syrie ont rejeté lundi l'ultimatum des négociateurs russes, selon un de leurs porte-parole.

Des combats ont éclaté mardi près de Busra al-Harir entre l'armée syrienne et les rebelles, faisant au moins six morts selon l'OSDH.

▶ Second article
Source : Gazette de Damas, 8 juin 2018
Deraa : l'armée annonce une trêve locale

L'armée syrienne a annoncé jeudi une trêve de 48 heures dans l'est de la province de Deraa pour permettre l'évacuation des blessés.

Vendredi, des notables de la ville de Nawa ont négocié la remise des armes lourdes, selon l'agence officielle.

Partager : Facebook · Twitter · E-mail
"""


def test_a_press_review_piece_label_over_its_source_and_headline_opens_an_article() -> None:
    texts, lab = _run(REVIEW)
    assert len(lab.articles) == 2
    i = texts.index("Deraa : l'armée annonce une trêve locale")
    assert (lab.kinds[i], lab.arts[i]) == ("title", 2)
    j = _at(texts, "Vendredi, des notables")
    assert (lab.kinds[j], lab.arts[j]) == ("body", 2)
    src = texts.index("Source : Gazette de Damas, 8 juin 2018")
    assert (lab.kinds[src], lab.arts[src]) == ("meta", 2)
    assert lab.kinds[texts.index("▶ Second article")] == "boilerplate"


WIRE = """Agence Levant Presse
Fil info   Monde   Moyen-Orient   Économie

Fil Moyen-Orient — mercredi 14 juin 2017

14/06/2017 18:20
Syrie : les FDS resserrent l'étau sur la vieille ville de Raqqa
RAQQA (Syrie), 14 juin 2017 (ALP)
Les Forces démocratiques syriennes ont pris mercredi le quartier d'al-Jazra, à l'ouest de Raqqa, selon un porte-parole de l'alliance.
La coalition menée par Washington a mené au moins douze frappes sur la ville depuis mardi soir, selon l'OSDH.
Plusieurs milliers de civils restent pris au piège dans la vieille ville, selon les Nations unies.
ab/cd

— — —

14/06/2017 15:05
Irak : l'armée irakienne avance dans la vieille ville de Mossoul
MOSSOUL (Irak), 14 juin 2017 (ALP)
Les forces irakiennes ont repris mercredi deux quartiers de la vieille ville de Mossoul aux jihadistes de l'Etat islamique, selon le commandement militaire.
Des tireurs embusqués de l'EI ont tué au moins trois soldats lors de l'assaut, selon une source médicale.
Les jihadistes ne contrôlent plus que quelques kilomètres carrés le long du Tigre.
ef/gh

Dépêches précédentes
12:40 — Liban : un incendie ravage un camp de réfugiés
© ALP 2017 — Reproduction interdite
"""


def test_a_page_of_dispatches_gives_each_its_own_article_not_comments() -> None:
    texts, lab = _run(WIRE)
    assert len(lab.articles) == 2
    i = texts.index("Irak : l'armée irakienne avance dans la vieille ville de Mossoul")
    assert (lab.kinds[i], lab.arts[i]) == ("title", 2)
    j = _at(texts, "Des tireurs embusqués")
    assert (lab.kinds[j], lab.arts[j]) == ("body", 2)
    t = texts.index("Syrie : les FDS resserrent l'étau sur la vieille ville de Raqqa")
    assert (lab.kinds[t], lab.arts[t]) == ("title", 1)
    assert "comment" not in lab.kinds


def test_an_undated_piece_of_a_print_page_takes_the_page_date() -> None:
    from newsift.clean.stage import CleanStage
    from newsift.model import Document

    page = PRINT.format(ad="PUBLICITÉ", sig="J. L.").replace(
        "INTERNATIONAL\n", "INTERNATIONAL\nLa Gazette du Rhône — mercredi 14 février 2018\n"
    )
    doc = Document(doc_id="p", source="p.txt", external_id="p.txt", format="txt", text=page)
    arts = CleanStage().process(doc).articles
    assert [a.published for a in arts] == ["2018-02-14", "2018-02-14"]
    # a digest's pieces keep their own dates
    doc = Document(
        doc_id="d",
        source="d.txt",
        external_id="d.txt",
        format="txt",
        text=DIGEST.format(label1="ARTICLE 1", label2="ARTICLE 2"),
    )
    arts = CleanStage().process(doc).articles
    assert [a.published for a in arts] == ["2018-06-06", "2011-03-18"]
