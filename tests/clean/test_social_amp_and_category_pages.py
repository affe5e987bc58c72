"""Social-page dumps, bare-stamp channel exports, AMP pages, category pages, agency credits.

Causes (held-out set 9, session 4):
* a social page dump: the page's name over the post's stamp became the title, the readers'
  comments (name / text / "Like · Reply · 1d") body, the outlet "Facebook";
* a channel export whose posts carry bare "[dd.mm.yyyy hh:mm]" stamps: the first posts were
  boiler, one post the title, the date the second post's;
* an AMP page dumped without blank lines: its footer menu made the whole page a "masthead", so
  the title and the numeric date line "15/04/2018 à 10h20" were boiler;
* a long "Publié le … | 64 commentaires | Temps de lecture : 14 min" line read as a menu;
* a category page's second story under "Rubrique : X" after "* * *" was boiler;
* "(AGENCE) — ab/cd" credits and "Source : agence X / traduction Y" were body, a one-line reply
  form a comment; outlets came out as "Apn" or in the Arabic half of a bilingual masthead.
"""

from __future__ import annotations

from newsift.clean.stage import CleanStage
from newsift.model import Document

_STAGE = CleanStage()


def clean(text: str) -> Document:
    doc = Document(doc_id="t", source="t.txt", external_id="t.txt", format="txt", text=text)
    return _STAGE.process(doc)


def label_of(doc: Document, needle: str) -> tuple[str, int | None]:
    at = doc.text.index(needle)
    seg = next(s for s in doc.segments if s.start <= at < s.end)
    return seg.kind, seg.article


PAGE_EN = "\n".join(
    [
        "Facebook",
        "Log In · Sign Up",
        "Friends of Qamishli Clinic",
        "@qamishliclinic · Nonprofit · 2,310 people like this",
        "Home · Posts · Photos · About",
        "",
        "Friends of Qamishli Clinic",
        "4 May 2019 at 18:05 · 🌍",
        "THE CLINIC REOPENS AFTER THE SHELLING",
        "Posted by Hanna Lorquet for the association",
        "The clinic in the western district reopened this morning after three days of repairs, "
        "our team on the ground said.",
        "Shells fired on Tuesday night damaged the roof and the pharmacy, and two nurses were "
        "lightly wounded, according to the local council.",
        "Thank you to everyone who donated last week.",
        "👍❤️ 412 · 37 comments · 58 shares",
        "Like · Comment · Share",
        "",
        "Most relevant ▾",
        "Bernard Okafor",
        "So glad to hear it. Sending love from Leeds.",
        "Like · Reply · 2h",
        "Lucie M.",
        "Is the children's ward open too?",
        "Like · Reply · 1h",
        "↳ Friends of Qamishli Clinic",
        "Yes, since noon. Thank you Lucie!",
        "Like · Reply · 1h",
        "View 31 more comments",
        "Privacy · Terms · Cookies · Facebook © 2019",
    ]
)


def test_social_page_comments_outlet_title_author_en() -> None:
    doc = clean(PAGE_EN)
    assert len(doc.articles) == 1
    art = doc.articles[0]
    assert art.title == "THE CLINIC REOPENS AFTER THE SHELLING"
    assert art.outlet == "Friends of Qamishli Clinic"
    assert art.author == "Hanna Lorquet"
    assert art.published == "2019-05-04"
    assert label_of(doc, "Bernard Okafor")[0] == "comment"
    assert label_of(doc, "Is the children's ward")[0] == "comment"
    assert label_of(doc, "Yes, since noon")[0] == "comment"
    assert label_of(doc, "Most relevant")[0] == "boilerplate"
    assert label_of(doc, "Shells fired on Tuesday") == ("body", 1)


def test_social_page_comments_fr() -> None:
    text = "\n".join(
        [
            "Collectif Alep Solidaire",
            "Accueil · Publications · Photos · À propos",
            "",
            "Collectif Alep Solidaire",
            "12 mars 2017 à 10:20 · 🌍",
            "LE CONVOI EST ARRIVÉ À DESTINATION",
            "Publié par Samia Haddad pour le collectif",
            "Le convoi de vivres parti samedi de Gaziantep est arrivé hier soir dans le nord "
            "de la province, selon nos bénévoles sur place.",
            "Deux camions ont été retenus à un barrage pendant six heures avant d'être "
            "autorisés à passer, ont-ils précisé.",
            "J'aime · Commenter · Partager",
            "",
            "Les plus pertinents ▾",
            "Karim Z.",
            "Bravo à toute l'équipe, on continue !",
            "J'aime · Répondre · 3 h",
            "Élodie P.",
            "Comment peut-on aider depuis Lyon ?",
            "J'aime · Répondre · 2 h",
            "Voir plus de commentaires",
        ]
    )
    doc = clean(text)
    art = doc.articles[0]
    assert art.title == "LE CONVOI EST ARRIVÉ À DESTINATION"
    assert art.author == "Samia Haddad"
    assert art.outlet == "Collectif Alep Solidaire"
    assert label_of(doc, "Karim Z.")[0] == "comment"
    assert label_of(doc, "Comment peut-on aider")[0] == "comment"
    assert label_of(doc, "Deux camions") == ("body", 1)


def test_a_single_action_bar_is_no_social_thread() -> None:
    # must NOT fire: one "J'aime · Répondre" line under an article is not a thread
    text = "\n".join(
        [
            "Le Courrier de l'Oronte",
            "",
            "Hama : les combats reprennent au nord de la ville",
            "Publié le 3 octobre 2017 à 09:10",
            "",
            "Les combats ont repris lundi au nord de Hama entre l'armée et les rebelles, "
            "selon une source militaire citée par l'agence officielle.",
            "",
            "Au moins six combattants ont été tués dans la journée, d'après l'OSDH, qui "
            "dispose d'un réseau de sources sur le terrain.",
            "J'aime · Répondre · 1 h",
        ]
    )
    doc = clean(text)
    assert label_of(doc, "Au moins six combattants") == ("body", 1)


def test_bare_stamp_channel_export() -> None:
    posts = [
        "URGENT : l'armée a repris ce matin la colline qui domine la route de Homs, selon nos "
        "sources sur le terrain.",
        "L'aviation a effectué une vingtaine de sorties autour de la ville au cours de la nuit, "
        "frappant des dépôts de munitions.",
        "Les unités d'élite sont à moins d'un kilomètre du centre. Les combats continuent.",
        "La ville est libérée ! Les sapeurs commencent le déminage des rues principales.",
    ]
    lines = ["Le Front en Direct | Infos 🇸🇾", "canal · 12 400 abonnés", ""]
    for n, p in enumerate(posts):
        lines += [f"[{10 + n:02d}.03.2016 1{n}:05]", p, f"👁 {9 + n}.2K  ✏️ modifié", ""]
    lines.insert(11, "📢 Rejoignez notre groupe de discussion : t.me/exemple")
    doc = clean("\n".join(lines))
    assert len(doc.articles) == 1
    art = doc.articles[0]
    assert art.title is None
    assert art.published == "2016-03-10"
    assert art.outlet == "Le Front en Direct | Infos"
    assert label_of(doc, "URGENT : l'armée") == ("body", 1)
    assert label_of(doc, "Les unités d'élite") == ("body", 1)
    assert label_of(doc, "[10.03.2016")[0] == "meta"
    assert label_of(doc, "👁 9.2K")[0] == "boilerplate"
    assert label_of(doc, "📢 Rejoignez")[0] == "boilerplate"


def test_amp_page_without_blank_lines() -> None:
    text = "\n".join(
        [
            "≡ Menu      LE LEVANT LIBRE      🔍",
            "Vous lisez la version AMP de cet article. Afficher la version complète",
            "Accueil › Syrie › Idleb",
            "Idleb : trêve fragile après une nuit de bombardements",
            "03/02/2019 à 08h40 — Mis à jour le 03/02/2019 à 11h05",
            "Par Samir Haddad (avec agences)",
            "Une trêve annoncée samedi soir par Moscou et Ankara tenait difficilement dimanche "
            "matin dans la province d'Idleb, selon des habitants.",
            "Des frappes aériennes ont touché dans la nuit plusieurs villages au sud de la "
            "province, faisant au moins sept morts, selon les secouristes.",
            "Mots-clés : Idleb, trêve, frappes",
            "Partager  |  Facebook  |  Twitter  |  WhatsApp",
            "Retour en haut ↑   |   Version complète   |   Mentions légales",
        ]
    )
    doc = clean(text)
    art = doc.articles[0]
    assert art.title == "Idleb : trêve fragile après une nuit de bombardements"
    assert art.published == "2019-02-03"
    assert art.outlet == "Le Levant Libre"
    assert label_of(doc, "03/02/2019 à 08h40")[0] == "meta"


def test_long_publication_line_with_fields_is_a_dateline() -> None:
    text = "\n".join(
        [
            "LA PLUME ET L'ÉPÉE",
            "Accueil | Géopolitique | Tribunes | Contact",
            "",
            "Essais",
            "Mossoul, ou le retour de l'État : ce que la bataille dit de l'Irak de demain",
            "Publié le 12 juillet 2017 à 06:30 | 18 commentaires | Temps de lecture : 11 min",
            "par Alain Desbordes",
            "",
            "Il y a des victoires qui disent plus que des batailles. La reprise de Mossoul par "
            "l'armée irakienne, annoncée dimanche, en est une, et elle mérite qu'on s'y arrête.",
            "",
            "Car ce n'est pas seulement une ville que Bagdad a reprise : c'est l'idée même d'un "
            "État irakien capable de tenir ses frontières intérieures.",
        ]
    )
    doc = clean(text)
    art = doc.articles[0]
    assert art.title and art.title.startswith("Mossoul, ou le retour de l'État")
    assert art.published == "2017-07-12"
    assert art.author == "Alain Desbordes"


def test_second_story_of_a_category_page_under_a_labelled_rubric() -> None:
    def story(title: str, date: str, body: list[str]) -> list[str]:
        return ["Rubrique : Front sud", title, date, "", *body, "Étiquettes : Deraa, Syrie"]

    text = "\n".join(
        [
            "La Sentinelle du Sud",
            "ACCUEIL  SYRIE  IRAK  LIBAN",
            "",
            *story(
                "Deraa : l'armée avance dans les quartiers sud",
                "mardi 3 juillet 2018 — 4 commentaires",
                [
                    "L'armée syrienne a pris mardi le contrôle de plusieurs villages à l'est de "
                    "Deraa, selon la télévision d'État, après une semaine de combats.",
                    "Les rebelles se sont repliés vers la frontière jordanienne, d'après "
                    "l'OSDH, qui fait état de dizaines de morts.",
                ],
            ),
            "",
            "* * *",
            "",
            *story(
                "Nassib : le poste-frontière repris par Damas",
                "vendredi 6 juillet 2018, par Luc Ferrand — 2 commentaires",
                [
                    "Les forces gouvernementales ont repris vendredi le poste-frontière de "
                    "Nassib, fermé depuis trois ans, selon l'agence officielle.",
                    "La Jordanie a fermé sa frontière aux déplacés, a indiqué son ministre des "
                    "Affaires étrangères, malgré les appels des ONG.",
                ],
            ),
        ]
    )
    doc = clean(text)
    assert len(doc.articles) == 2
    second = doc.articles[1]
    assert second.title == "Nassib : le poste-frontière repris par Damas"
    assert second.published == "2018-07-06"
    assert second.author == "Luc Ferrand"
    assert label_of(doc, "Les forces gouvernementales") == ("body", 2)
    # the rubric over the second story is chrome, not the first story's meta
    second_rubric = doc.text.rindex("Rubrique : Front sud")
    seg = next(s for s in doc.segments if s.start <= second_rubric < s.end)
    assert seg.kind == "boilerplate"


def test_agency_credits_source_line_form_and_outlets() -> None:
    text = "\n".join(
        [
            "ALP — Agence Levant Presse",
            "Fil | International | Défense | Proche-Orient",
            "",
            "Liban : heurts à la frontière près de Hermel",
            "Publié le 14/05/2017 à 10:02",
            "",
            "BEYROUTH, 14 mai (ALP) — Des tirs ont opposé dimanche l'armée libanaise à des "
            "hommes armés venus de Syrie près de Hermel, selon une source sécuritaire.",
            "Deux soldats ont été blessés, a précisé la même source, qui n'a pas donné de bilan "
            "du côté des assaillants.",
            "(ALP) — jm/ob",
            "Source : agence Al-Manar / traduction ALP",
            "",
            "Commentaires (1)",
            "Rami K. — 14/05/2017 11:20",
            "Toujours la même frontière passoire, rien ne change.",
            "Votre nom | Votre commentaire | Envoyer",
        ]
    )
    doc = clean(text)
    art = doc.articles[0]
    assert art.outlet == "ALP"
    assert label_of(doc, "(ALP) — jm/ob") == ("meta", 1)
    assert label_of(doc, "Source : agence Al-Manar") == ("meta", 1)
    assert label_of(doc, "Votre nom | Votre")[0] == "boilerplate"


def test_bilingual_masthead_takes_the_page_script() -> None:
    text = "\n".join(
        [
            "صوت الفرات | Sawt al-Furat — édition française",
            "Accueil | Irak | Syrie | Opinions | العربية",
            "",
            "Baïji : les forces irakiennes reprennent la raffinerie",
            "jeudi 15 octobre 2015",
            "",
            "Les forces irakiennes ont repris jeudi le contrôle de la raffinerie de Baïji, "
            "selon le commandement des opérations conjointes.",
            "Les jihadistes tenaient le site depuis plusieurs mois et l'avaient en partie "
            "détruit, selon des sources locales.",
        ]
    )
    doc = clean(text)
    assert doc.articles[0].outlet == "Sawt al-Furat"


def test_article_suivant_separates_two_stories() -> None:
    text = "\n".join(
        [
            "Le Veilleur du Golan",
            "ACCUEIL  SYRIE  IRAK  LIBAN",
            "",
            "Quneitra : les rebelles évacuent la zone tampon",
            "lundi 16 juillet 2018 — 3 commentaires",
            "",
            "Les premiers bus transportant des rebelles et leurs familles ont quitté lundi la "
            "province de Quneitra vers le nord, selon l'agence officielle.",
            "L'accord conclu la semaine dernière prévoit le retour de l'armée sur la ligne de "
            "1974, selon des sources locales.",
            "Article suivant : Deraa, la fin d'un symbole",
            "Deraa : le drapeau syrien hissé sur la place centrale",
            "jeudi 12 juillet 2018, par Paul Marin",
            "",
            "Le drapeau syrien a été hissé jeudi sur la place centrale de Deraa al-Balad, "
            "selon la télévision d'État.",
            "Les rebelles ont accepté de remettre leurs armes lourdes, a précisé un commandant "
            "cité par l'agence Sana.",
        ]
    )
    doc = clean(text)
    assert [a.published for a in doc.articles] == ["2018-07-16", "2018-07-12"]
    assert doc.articles[1].author == "Paul Marin"
    assert label_of(doc, "Article suivant")[0] == "boilerplate"
    assert label_of(doc, "Les rebelles ont accepté") == ("body", 2)


def test_a_stamped_advert_post_is_chrome_not_news() -> None:
    posts = [
        "Les forces loyalistes ont repris dans la nuit le village de Tal Jabal, selon une "
        "source militaire.",
        "Des drones ont visé ce matin un dépôt d'armes des jihadistes à l'ouest de la ville, "
        "selon le commandement.",
        "Les combats se poursuivent près du barrage, où l'armée progresse lentement.",
    ]
    lines = ["Echo du Front", "channel · 3 100 subscribers", ""]
    for n, p in enumerate(posts):
        lines += [f"[0{n + 2}.05.2018 09:1{n}]", p, "👁 2.1K", ""]
    lines += ["[05.05.2018 20:00]", "Partagez ! Abonnez-vous : t.me/echodufront", "👁 1.9K"]
    doc = clean("\n".join(lines))
    assert label_of(doc, "Partagez ! Abonnez-vous")[0] == "boilerplate"
    assert label_of(doc, "[05.05.2018 20:00]")[0] == "boilerplate"
    assert label_of(doc, "Les combats se poursuivent") == ("body", 1)
