# ruff: noqa: E501  (the page dumps below keep one paragraph per line, as the pages do)
"""The clean stage on page kinds of session 5, wave 2: mailing-list digests, paginated
articles, fact-check and broadcast-transcript headers, translated sites' date and credit
lines, comment forms and footers, tip-off lines (newsift.clean.pagekinds).

Why: a digest was read as one article (its second forwarded article, the reply e-mails and
the rules became body of the first: a reply's "I agree" gave an Agreement event); a paginated
article kept its repeated site header and page titles as body; a fact-check's title and " | "
date line were read as a menu; a transcript's broadcast line and notices and a translated
site's date and credit lines were read as body (the date only to the month); a comment form
and a footer were read as comments and a tip-off line as body. Every page below is written for
this test (names, outlets, addresses and figures invented).
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


def run(clean: CleanStage, text: str) -> tuple[list[Article], list[str], list[str], Document]:
    doc = clean.process(Document(doc_id="t", source="t", external_id="t", format="txt", text=text))
    pred = line_labels(text, [(s.start, s.end, s.kind, s.article) for s in doc.segments])
    return doc.articles, text.splitlines(), pred, doc


def label(lines: list[str], pred: list[str], needle: str) -> str:
    return pred[next(i for i, ln in enumerate(lines) if needle in ln)]


DIGEST_FR = """Orient-Veille Digest, Vol 12, Numéro 4
Envoyez vos messages pour la liste Orient-Veille à
	orient-veille@listes.exemple-asso.org
Pour vous (dés)abonner, consultez
	https://listes.exemple-asso.org/mailman/listinfo/orient-veille

Thèmes du jour :
   1. [OV] Raqqa : la digue (Paul Marchal)
   2. [OV] Deir ez-Zor (Inès Roubaud)
   3. Re: [OV] Raqqa : la digue (Alain Vidal)

----------------------------------------------------------------------

Message: 1
Date: Tue, 14 Feb 2017 20:11:05 +0100
De: Paul Marchal <p.marchal@exemple-courriel.fr>
Objet: [OV] Raqqa : la digue
Bonsoir, je transmets ce papier de la Gazette de l'Oronte, utile pour suivre le front. Paul
-------- Message transféré --------
Raqqa : les FDS prennent le village de Jazra après deux jours de combats
La Gazette de l'Oronte — publié le 13/02/2017 à 17h40
Par Samia Berthier
Les Forces démocratiques syriennes ont pris lundi le village de Jazra, à l'ouest de Raqqa, après deux jours de combats contre les jihadistes de l'EI, selon un porte-parole de l'alliance.
Les combattants de l'EI se sont repliés vers les faubourgs de la ville, laissant derrière eux des engins piégés, a ajouté ce responsable joint par téléphone.
-------- Fin du message transféré --------

----------------------------------------------------------------------

Message: 2
Date: Tue, 14 Feb 2017 22:30:51 +0100
De: Inès Roubaud <ines.r@exemple-net.org>
Objet: [OV] Deir ez-Zor
Côté gouvernemental, ceci de dimanche (source officielle, prudence). Inès
-------- Message transféré --------
Deir ez-Zor : l'armée repousse une attaque sur l'aéroport
Damas Matin — dimanche 12 février 2017
par Karim Haddou
L'armée syrienne a repoussé samedi une attaque de l'EI contre l'aéroport militaire de Deir ez-Zor, tuant une vingtaine d'assaillants, selon une source militaire.
L'aviation a ensuite bombardé les positions jihadistes dans le quartier de Hweiqa, a précisé la même source.
-------- Fin du message transféré --------

----------------------------------------------------------------------

Message: 3
Date: Wed, 15 Feb 2017 08:02:44 +0100
De: Alain Vidal <alain.vidal@exemple-web.fr>
Objet: Re: [OV] Raqqa : la digue
Le 14/02/2017 à 20:11, Paul Marchal a écrit :
> Les Forces démocratiques syriennes ont pris lundi le village de Jazra
Je suis d'accord avec toi, et l'accord de cessez-le-feu signé à Astana ne change rien là-bas.
--
Alain

----------------------------------------------------------------------

_______________________________________________
Orient-Veille mailing list
orient-veille@listes.exemple-asso.org

Fin de Orient-Veille Digest, Vol 12, Numéro 4
"""


def test_digest_forwarded_articles_and_replies(clean: CleanStage) -> None:
    arts, lines, pred, doc = run(clean, DIGEST_FR)
    assert len(arts) == 2
    a1, a2 = arts
    assert a1.title == "Raqqa : les FDS prennent le village de Jazra après deux jours de combats"
    assert a1.published == "2017-02-13"
    assert a1.outlet == "La Gazette de l'Oronte"
    assert a1.author == "Samia Berthier"
    assert a2.title == "Deir ez-Zor : l'armée repousse une attaque sur l'aéroport"
    assert a2.published == "2017-02-12"
    assert a2.outlet == "Damas Matin"
    assert a2.author == "Karim Haddou"
    # headers of a message that forwards an article are its meta; the sender's note a comment
    assert label(lines, pred, "Message: 2") == "meta:2"
    assert label(lines, pred, "De: Paul Marchal") == "meta:1"
    assert label(lines, pred, "je transmets ce papier") == "comment"
    assert label(lines, pred, "Côté gouvernemental") == "comment"
    assert label(lines, pred, "repoussé samedi") == "body:2"
    assert label(lines, pred, "ont pris lundi") == "body:1"
    # a reply is a comment, whole: its agreement never reaches article text
    for reply in ("Message: 3", "Objet: Re:", "a écrit :", "> Les Forces", "Je suis d'accord"):
        assert label(lines, pred, reply) == "comment", reply
    assert pred[lines.index("Alain")] == pred[lines.index("--")] == "comment"  # signature
    body = " ".join(doc.text[s.start : s.end] for s in doc.segments if s.kind == "body")
    assert "d'accord" not in body
    for chrome in (
        "Orient-Veille Digest",
        "Thèmes du jour",
        "Message transféré",
        "-----",
        "mailing list",
        "Fin de Orient",
    ):
        assert label(lines, pred, chrome) == "boiler", chrome


DIGEST_EN = """Levant-Watch Digest, Vol 4, Issue 19

Today's Topics:
   1. Mosul: east bank (Tom Reeve)
   2. Re: Mosul: east bank (Jane Olds)

----------------------------------------------------------------------

Message: 1
Date: Sat, 21 Jan 2017 18:40:00 +0000
From: Tom Reeve <tom.reeve@example-mail.net>
Subject: Mosul: east bank
Forwarding this from the Tigris Courier, FYI.
---------- Forwarded message ----------
Iraqi forces retake Mosul university as IS retreats across the Tigris
Tigris Courier | January 20, 2017
By Hannah Leigh
Iraqi counter-terrorism forces retook the campus of Mosul University on Friday after a week of fighting with Islamic State militants, a military spokesman said.
The militants fled across the river to the western half of the city, blowing up parts of the last standing bridge, the spokesman added.

----------------------------------------------------------------------

Message: 2
Date: Sun, 22 Jan 2017 09:12:31 +0000
From: Jane Olds <jane.olds@example-mail.org>
Subject: Re: Mosul: east bank
On Sat, 21 Jan 2017 at 18:40, Tom Reeve wrote:
> Iraqi counter-terrorism forces retook the campus of Mosul University
I agree, and the agreement to reopen the road to Erbil may follow soon.
Jane

----------------------------------------------------------------------

_______________________________________________
Levant-Watch mailing list
"""


def test_english_digest(clean: CleanStage) -> None:
    arts, lines, pred, _ = run(clean, DIGEST_EN)
    assert len(arts) == 1
    assert arts[0].title == "Iraqi forces retake Mosul university as IS retreats across the Tigris"
    assert arts[0].published == "2017-01-20"
    assert arts[0].outlet == "Tigris Courier"
    assert label(lines, pred, "Subject: Mosul") == "meta:1"
    assert label(lines, pred, "Forwarding this") == "comment"
    assert label(lines, pred, "I agree") == "comment"
    assert label(lines, pred, "> Iraqi") == "comment"
    assert label(lines, pred, "blowing up parts") == "body:1"


def test_one_mail_header_in_a_story_is_no_digest(clean: CleanStage) -> None:
    text = """Le Petit Observateur
Accueil | Monde | Syrie

Alep : un courriel d'un habitant raconte la nuit
Publié le 3 décembre 2016

Un habitant de l'est d'Alep nous a fait parvenir ce courriel, dont nous publions l'en-tête avec son accord.
Objet : la nuit à Alep
Les bombardements ont repris à minuit sur le quartier de Chaar, écrit-il, et des dizaines de familles ont fui vers l'ouest de la ville sous les tirs.
L'armée syrienne a annoncé mercredi avoir repris le quartier de Tariq al-Bab, ce que les rebelles ont démenti.
"""
    arts, lines, pred, _ = run(clean, text)
    assert len(arts) == 1
    assert label(lines, pred, "Les bombardements ont repris") == "body:1"
    assert label(lines, pred, "Tariq al-Bab") == "body:1"


PAGES_EN = """THE EASTERN LEDGER
News and analysis from the Levant
Home | Syria | Iraq | Opinion | Donate
Syria › Homs
Army retakes the last rebel pocket north of Homs
Monday, May 14, 2018 | 7 min read
By Aaron Pryce
HOMS — The Syrian army entered Rastan on Wednesday after the last buses carrying rebels and their families left for the north under a Russian-brokered deal.
Soldiers raised the flag over the town hall, state television showed, as engineers began clearing mines from the main road.
Pages: 1 2 | Next page ›
THE EASTERN LEDGER
Home | Syria | Iraq | Opinion | Donate
Army retakes the last rebel pocket north of Homs (page 2 of 2)
The deal, reached at the start of the month, ended six years of rebel rule over the pocket, which had been besieged since 2012.
Residents who stayed said shops had begun to reopen, although many houses on the edge of the town were destroyed.
Pages: ‹ Previous page | 1 2
Share: Twitter | Facebook | Email
"""


def test_paginated_article_repeats_are_chrome(clean: CleanStage) -> None:
    arts, lines, pred, _ = run(clean, PAGES_EN)
    assert len(arts) == 1
    assert arts[0].title == "Army retakes the last rebel pocket north of Homs"
    assert arts[0].published == "2018-05-14"
    for chrome in ("Pages: 1 2", "(page 2 of 2)", "Pages: ‹ Previous"):
        assert label(lines, pred, chrome) == "boiler", chrome
    assert [p for p, ln in zip(pred, lines, strict=True) if ln == "THE EASTERN LEDGER"] == [
        "boiler",
        "boiler",
    ]
    assert label(lines, pred, "The deal, reached") == "body:1"
    assert label(lines, pred, "Residents who stayed") == "body:1"


PAGES_FR = """LE VEILLEUR DU SUD
Accueil | Syrie | Irak | Tribunes
Deraa : les rebelles acceptent un accord de reddition
Publié le 6 juillet 2018 à 19h05
Par Julien Barrès
Les groupes rebelles de l'est de Deraa ont accepté vendredi un accord négocié par la Russie, prévoyant la remise de leurs armes lourdes, selon un négociateur.
L'armée syrienne avait pris la veille le poste-frontière de Nassib, à la frontière jordanienne, après des jours de frappes aériennes.
Page 1 sur 2 | Page suivante »
Deraa : les rebelles acceptent un accord de reddition (suite)
Les premiers combattants qui refusent l'accord devraient être transférés vers la province d'Idleb dans les prochains jours, selon la même source.
« Page précédente | Page 2 sur 2
"""


def test_paginated_french_article(clean: CleanStage) -> None:
    arts, lines, pred, _ = run(clean, PAGES_FR)
    assert len(arts) == 1
    assert label(lines, pred, "Page 1 sur 2") == "boiler"
    assert label(lines, pred, "(suite)") == "boiler"
    assert label(lines, pred, "Page 2 sur 2") == "boiler"
    assert label(lines, pred, "Les premiers combattants") == "body:1"


def test_page_word_in_prose_stays_body(clean: CleanStage) -> None:
    text = PAGES_EN.replace(
        "Residents who stayed", "Page 2 of the deal lists 12 villages. Residents who stayed"
    )
    _, lines, pred, _ = run(clean, text)
    assert label(lines, pred, "Page 2 of the deal") == "body:1"


FACTCHECK_FR = """LE CONTRE-POINT
Vérifier avant de partager
Actualité | Monde | Vrai ou faux ? | Enquêtes | Nous soutenir
Accueil > Vrai ou faux ?
Vrai ou faux ? Non, l'aviation russe n'a pas bombardé l'hôpital de Saraqeb
Publié le mardi 6 février 2018 à 09h15 | Rubrique : Vrai ou faux ? | Lecture : 4 min
Par Élodie Massart
LA RUMEUR — Un message largement partagé depuis dimanche affirme que des avions russes ont détruit l'hôpital principal de Saraqeb, faisant des dizaines de morts.
NOTRE VERDICT : FAUX.

L'hôpital visé par des frappes lundi se trouve à Maarat al-Nouman, à une vingtaine de kilomètres, selon les secouristes et l'OSDH, qui ne mentionnent aucun raid sur Saraqeb ce jour-là.

Une info à vérifier ? Écrivez-nous : verif@exemple-contrepoint.org
Partager : f | t | WhatsApp
Réactions (2)
Marc_L — 06/02/2018 à 10h20
Merci, je l'avais vu passer hier.
Sonia — 06/02/2018 à 11h02
Il faudrait aussi vérifier les photos.
Ajouter une réaction — connectez-vous
Mentions légales | Contact | © 2018 Le Contre-Point
"""


def test_fact_check_header_forms_and_tip_off(clean: CleanStage) -> None:
    arts, lines, pred, _ = run(clean, FACTCHECK_FR)
    assert len(arts) == 1
    assert arts[0].title == (
        "Vrai ou faux ? Non, l'aviation russe n'a pas bombardé l'hôpital de Saraqeb"
    )
    assert arts[0].published == "2018-02-06"
    assert label(lines, pred, "Publié le mardi") == "meta:1"
    assert label(lines, pred, "Accueil > Vrai") == "boiler"
    assert label(lines, pred, "LA RUMEUR") == "body:1"
    assert label(lines, pred, "NOTRE VERDICT") == "body:1"
    assert label(lines, pred, "Écrivez-nous") == "boiler"
    assert label(lines, pred, "Ajouter une réaction") == "boiler"
    assert label(lines, pred, "Mentions légales") == "boiler"
    assert label(lines, pred, "Il faudrait aussi") == "comment"
    assert label(lines, pred, "Merci, je l'avais") == "comment"


TRANSCRIPT_FR = """ORIENT TV — l'actualité du Levant en français
Direct | Replay | Émissions | Transcriptions | Contact
Transcriptions > Le Grand Journal
Mossoul : l'armée irakienne entre dans la vieille ville
Le Grand Journal — diffusé le dimanche 18 juin 2017 à 19h30 — durée du sujet : 4 min 10
Transcription automatique relue par la rédaction. Seule la version diffusée fait foi.
▶ Voir la vidéo | ⤓ Télécharger la transcription (PDF)

[19:30:05] CLAIRE DUVAL (présentatrice) : Bonsoir. L'armée irakienne a lancé ce dimanche l'assaut sur la vieille ville de Mossoul, dernier bastion de l'EI dans la ville.
[19:30:40] VOIX OFF : Les unités antiterroristes ont progressé dans les ruelles du quartier de Farouq, sous les tirs des snipers jihadistes, selon un officier.
[19:31:20] CLAIRE DUVAL : Merci pour ces images.

Mots-clés : Irak, Mossoul, Daech
Partager cette transcription : Facebook | Twitter
"""


def test_transcript_broadcast_line_is_meta_to_the_day(clean: CleanStage) -> None:
    arts, lines, pred, _ = run(clean, TRANSCRIPT_FR)
    assert len(arts) == 1
    assert arts[0].title == "Mossoul : l'armée irakienne entre dans la vieille ville"
    assert arts[0].published == "2017-06-18"
    assert label(lines, pred, "diffusé le") == "meta:1"
    assert label(lines, pred, "Transcription automatique") == "boiler"
    assert label(lines, pred, "Voir la vidéo") == "boiler"
    assert label(lines, pred, "[19:30:05]") == "body:1"
    assert label(lines, pred, "[19:30:40]") == "body:1"


TRANSLATED_FR = """صوت الشرق | Sawt al-Charq — La Voix de l'Orient
Version française (traduction automatique) — النسخة العربية
La page principale | Nouvelles | Sécurité | Contactez-nous
Nouvelles > Sécurité
Les forces de sécurité libère la ville de Rutba de les gangs terroristes
Date de publication : samedi, 21 mai 2016 - 09:15 | Lectures : 842
Bagdad / Sawt al-Charq
Le commandement de les opérations a annoncé vendredi la libération de la ville de Rutba dans l'ouest de la province d'Anbar après une opération de trois jours.
Et il a dit le porte-parole que les forces ont tué des dizaines de les terroristes et ont saisi des armes nombreuses.
Mots clés : Rutba, Anbar, Daech
Commentaires (3)
1 - Abou Ali : 21/05/2016
Dieu protège nos forces et les fils de les tribus qui ont combattu avec elles.
2 - Samira : 21/05/2016
Et quand retourne les familles déplacées ? Les maisons sont détruites et il n'y a pas d'eau.
3 - Haidar al-Jubouri : 22/05/2016
Maintenant il faut libérer Fallujah s'il plaît à Dieu, avant le mois de Ramadan.
Écrire un commentaire : Nom | Courriel | Commentaire | Envoyer
Tous les droits sont réservés à Sawt al-Charq © 2016
"""


def test_translated_site_date_and_credit_lines(clean: CleanStage) -> None:
    arts, lines, pred, _ = run(clean, TRANSLATED_FR)
    assert len(arts) == 1
    assert arts[0].published == "2016-05-21"
    assert label(lines, pred, "Date de publication") == "meta:1"
    assert label(lines, pred, "Bagdad / Sawt") == "meta:1"
    assert label(lines, pred, "Le commandement") == "body:1"
    assert label(lines, pred, "Écrire un commentaire") == "boiler"
    assert label(lines, pred, "Tous les droits") == "boiler"
    assert label(lines, pred, "Et quand retourne") == "comment"


def test_dated_sentence_under_the_title_stays_body(clean: CleanStage) -> None:
    """A lead that mentions a publication is prose, not a date line."""
    text = TRANSLATED_FR.replace(
        "Date de publication : samedi, 21 mai 2016 - 09:15 | Lectures : 842\nBagdad / Sawt al-Charq\n",
        "Le rapport publié le 20 mai 2016 par le ministère fait état de dizaines de morts parmi les terroristes.\n",
    )
    _, lines, pred, _ = run(clean, text)
    assert label(lines, pred, "Le rapport publié le") == "body:1"


def test_comment_saying_leave_a_comment_stays_a_comment(clean: CleanStage) -> None:
    """A form line only closes (or opens) the thread: inside a comment it is the reader's."""
    text = FACTCHECK_FR.replace(
        "Merci, je l'avais vu passer hier.",
        "Laisser un commentaire ici ne sert à rien,\nles faits sont têtus.",
    )
    _, lines, pred, _ = run(clean, text)
    assert label(lines, pred, "Laisser un commentaire ici") == "comment"


def test_interview_question_asking_to_tell_stays_body(clean: CleanStage) -> None:
    """A closing question's "Tell us" is no tip-off line: it gives no address to write to."""
    text = PAGES_EN.replace(
        "Residents who stayed said",
        "What comes next? Tell us about the road to Hama.\nResidents who stayed said",
    )
    _, lines, pred, _ = run(clean, text)
    assert label(lines, pred, "What comes next?") == "body:1"


def test_digest_forward_keeping_its_own_headers(clean: CleanStage) -> None:
    """A forward that keeps the forwarded e-mail's headers is still one message's article."""
    text = DIGEST_EN.replace(
        "---------- Forwarded message ----------\n",
        "---------- Forwarded message ----------\n"
        "From: Desk <desk@example-courier.net>\n"
        "Date: Fri, 20 Jan 2017 21:05:00 +0000\n"
        "Subject: Courier alert\n",
    )
    arts, lines, pred, _ = run(clean, text)
    assert len(arts) == 1
    assert arts[0].title == "Iraqi forces retake Mosul university as IS retreats across the Tigris"
    assert arts[0].published == "2017-01-20"
    assert label(lines, pred, "Subject: Courier alert") == "meta:1"
    assert label(lines, pred, "Subject: Mosul") == "meta:1"
    assert label(lines, pred, "I agree") == "comment"


def test_broadcast_field_and_bare_next_page_link(clean: CleanStage) -> None:
    text = TRANSCRIPT_FR.replace(
        "Le Grand Journal — diffusé le dimanche 18 juin 2017 à 19h30 — durée du sujet : 4 min 10",
        "Diffusion : dimanche 18 juin 2017, 19h30",
    ).replace(
        "[19:31:20] CLAIRE DUVAL : Merci pour ces images.",
        "Page suivante »\n[19:31:20] CLAIRE DUVAL : Merci pour ces images.",
    )
    arts, lines, pred, _ = run(clean, text)
    assert arts[0].published == "2017-06-18"
    assert label(lines, pred, "Diffusion :") == "meta:1"
    assert label(lines, pred, "Page suivante") == "boiler"
