# ruff: noqa: E501  (the dumps below keep one paragraph per line, as the pages do)
"""The clean stage on syndication feeds saved as text and on channels copied from a messenger's
web view (session 6, wave B).

Why: an RSS file's items were read as one article (the second item's fields lost, pubDate and
creator lines taken as chrome), and a channel scroll with day separators and counter-and-clock
lines lost its headline, publication and outlet. Every page below is written for this test
(names, outlets and figures invented).
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


def run(clean: CleanStage, text: str) -> tuple[list[str], list[str], Document]:
    doc = clean.process(Document(doc_id="t", source="t", external_id="t", format="txt", text=text))
    pred = line_labels(text, [(s.start, s.end, s.kind, s.article) for s in doc.segments])
    return text.splitlines(), pred, doc


def label(lines: list[str], pred: list[str], needle: str) -> str:
    return pred[next(i for i, ln in enumerate(lines) if needle in ln)]


RSS_FR = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>La Sentinelle de l'Oronte | actualité du Levant</title>
<link>https://sentinelle.example.net</link>
<description>Un regard libre sur la Syrie</description>
<lastBuildDate>Tue, 14 Apr 2015 20:02:11 +0000</lastBuildDate>

<item>
<title>Jisr al-Choughour : l'étau se resserre autour de l'hôpital</title>
<link>https://sentinelle.example.net/2015/04/14/jisr/</link>
<pubDate>Tue, 14 Apr 2015 19:40:00 +0000</pubDate>
<dc:creator><![CDATA[Nadia Ferhat]]></dc:creator>
<category><![CDATA[Syrie]]></category>
<content:encoded><![CDATA[
Les rebelles ont encerclé mardi l'hôpital de la ville, où plusieurs dizaines de soldats sont retranchés depuis le début de la semaine selon une source locale.
L'aviation a multiplié les raids sur les faubourgs nord pendant toute la journée, a rapporté un militant joint par téléphone depuis la frontière turque.
]]></content:encoded>
</item>

<item>
<title>
Deraa : nouveaux combats près du poste-frontière
</title>
<link>https://sentinelle.example.net/2015/04/01/deraa/</link>
<pubDate>Wed, 01 Apr 2015 08:10:00 +0000</pubDate>
<dc:creator><![CDATA[Yanis Morel]]></dc:creator>
<content:encoded><![CDATA[
Des combats ont opposé mercredi l'armée à des groupes rebelles aux abords du poste-frontière de Nassib, selon des habitants de la région.
Les insurgés affirment avoir détruit deux chars, une information que l'agence officielle n'a pas confirmée dans la soirée.
]]></content:encoded>
</item>

<item>
<title>Soutenez-nous</title>
<link>https://sentinelle.example.net/don/</link>
<pubDate>Sun, 01 Mar 2015 08:00:00 +0000</pubDate>
<description><![CDATA[Faites un don pour une presse indépendante.]]></description>
</item>
</channel>
</rss>
"""

ATOM_EN = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Frontline Notes - independent war reporting</title>
<updated>2016-08-03T10:00:00Z</updated>
<entry>
<title>Militia pushes into western suburbs after night of shelling</title>
<published>2016-08-02T21:15:00Z</published>
<author><name>Tom Baxter</name></author>
<content type="html">
Fighters of the militia advanced into the western suburbs on Tuesday after a night of heavy shelling, residents said by phone.
At least four civilians were wounded when a mortar round hit a bakery near the main square, a local doctor told reporters.
</content>
</entry>
</feed>
"""


def test_rss_items_are_articles(clean: CleanStage) -> None:
    lines, pred, doc = run(clean, RSS_FR)
    assert len(doc.articles) == 2
    a1, a2 = doc.articles
    assert a1.title == "Jisr al-Choughour : l'étau se resserre autour de l'hôpital"
    assert str(a1.published)[:10] == "2015-04-14" and a1.author == "Nadia Ferhat"
    assert a2.title == "Deraa : nouveaux combats près du poste-frontière"
    assert str(a2.published)[:10] == "2015-04-01" and a2.author == "Yanis Morel"
    assert a1.outlet == a2.outlet == "La Sentinelle de l'Oronte"
    assert label(lines, pred, "Les rebelles ont encerclé") == "body:1"
    assert label(lines, pred, "Des combats ont opposé") == "body:2"
    assert label(lines, pred, "<pubDate>Wed, 01 Apr") == "meta:2"
    assert label(lines, pred, "]]></content:encoded>") == "boiler"
    assert label(lines, pred, "Faites un don") == "boiler"  # an item with no story


def test_atom_entry_is_an_article(clean: CleanStage) -> None:
    lines, pred, doc = run(clean, ATOM_EN)
    assert len(doc.articles) == 1
    art = doc.articles[0]
    assert art.title == "Militia pushes into western suburbs after night of shelling"
    assert str(art.published)[:10] == "2016-08-02"
    assert art.outlet == "Frontline Notes"
    assert label(lines, pred, "At least four civilians") == "body:1"


def test_xml_snippet_in_prose_is_no_feed(clean: CleanStage) -> None:
    """Near miss: an article quoting a feed tag in its prose stays an ordinary page."""
    text = (
        "Comment suivre le conflit en direct\n\nPar Léa Martin\n\n"
        "Pour recevoir nos dépêches, ajoutez l'adresse du flux qui commence par <rss> dans votre lecteur, puis choisissez la rubrique Syrie dans la liste.\n"
        "Chaque <item> du flux correspond à une dépêche de notre rédaction, publiée le jour même et mise à jour dans la soirée si nécessaire.\n"
    )
    lines, pred, doc = run(clean, text)
    assert len(doc.articles) == 1
    assert label(lines, pred, "Chaque <item>") == "body:1"


SCROLL_FR = """← Écho du Front 🇸🇾 Dépêches
8 310 abonnés
📌 Message épinglé
👁 4,2K  modifié

3 mars 2016

⚡️ HAMA NORD : les lignes bougent autour de Morek

Les troupes gouvernementales ont repris ce jeudi matin deux collines au nord de la ville, après une nuit de combats contre les insurgés, selon nos contacts.

👁 3,1K  08:45

↪️ Transféré de : Canal Ami Syrie
Les rebelles affirment avoir détruit un blindé à l'entrée du village voisin, une information invérifiable à cette heure.

👁 2,7K  10:02

📊 SONDAGE — Qui tiendra Morek ce soir ?
Armée — 70 %
Rebelles — 30 %
🔗 Partager ce canal : t.me/echodufront
"""

SCROLL_EN = """Levant Watch ⚡ Live
12 004 subscribers

September 9, 2017

Deir ez-Zor: siege broken

Government troops reached the besieged garrison on Tuesday afternoon, ending a siege of almost three years, state television said.

👁 15.2K  2:14 PM

Russian jets struck convoys fleeing east of the city overnight, according to a monitoring group based in London.

👁 9.8K  11:40 PM
"""


@pytest.mark.parametrize(
    ("text", "title", "day", "outlet", "forwarded"),
    [
        (
            SCROLL_FR,
            "⚡️ HAMA NORD : les lignes bougent autour de Morek",
            "2016-03-03",
            "Écho du Front",
            True,
        ),
        (SCROLL_EN, "Deir ez-Zor: siege broken", "2017-09-09", "Levant Watch", False),
    ],
)
def test_channel_scroll(
    clean: CleanStage, text: str, title: str, day: str, outlet: str, forwarded: bool
) -> None:
    lines, pred, doc = run(clean, text)
    assert len(doc.articles) == 1
    art = doc.articles[0]
    assert art.title == title
    assert str(art.published)[:10] == day
    assert art.outlet == outlet
    counters = [pred[i] for i, ln in enumerate(lines) if ln.startswith("👁") and ":" in ln]
    assert counters and all(k == "meta:1" for k in counters)
    if forwarded:
        assert label(lines, pred, "Transféré de") == "boiler"
        assert label(lines, pred, "Rebelles — 30 %") == "boiler"
        assert label(lines, pred, "Les rebelles affirment") == "body:1"


def test_single_counter_is_no_scroll(clean: CleanStage) -> None:
    """Near miss: one counter line under a dated article is not a channel scroll."""
    from newsift.clean.lines import split_lines
    from newsift.clean.scroll import scroll_page

    text = (
        "12 mai 2017\n\nUn titre court\n\n"
        "Les forces kurdes ont avancé vers le barrage dans la matinée, selon un porte-parole joint sur place par téléphone.\n\n"
        "👁 1,2K  09:12\n"
    )
    assert scroll_page(split_lines(text)) is None


CACHED_EN = """This is Bing's cache of https://www.northdesk.example/2019/05/02/idlib-raids/. It is a snapshot of the page as it appeared on 3 May 2019 10:12:44 GMT.
The current page could have changed in the meantime. Learn more.
Full version | Text-only version | View source

NORTH DESK
Home | Syria | Iraq | About

Warplanes Pound Southern Idlib Villages for Third Day
May 2, 2019 | By Rana Stewart

Warplanes struck at least six villages in southern Idlib on Thursday, killing nine civilians, according to rescue workers who spoke from the area.

— Advertisement —

Residents said most families had already fled north toward the Turkish border, leaving behind farms and livestock as the strikes intensified.
"""

CACHED_FR = """Ceci est la version en cache de https://www.levigile.example/2017/03/10/raqqa/. Il s'agit d'un instantané de la page telle qu'elle s'affichait le 11 mars 2017.
La page actuelle peut avoir été modifiée entre-temps. En savoir plus
Version complète | Version en texte seul | Afficher la source

Raqqa : les FDS coupent la route de Deir ez-Zor
Par Julien Carré, le 10 mars 2017

Les Forces démocratiques syriennes ont coupé vendredi la dernière route reliant Raqqa à Deir ez-Zor, selon un communiqué de la coalition publié dans la soirée.

— Publicité —
[Annonce] Séjours linguistiques à Beyrouth et à Amman, départs chaque semaine
— Fin de la publicité —

Les jihadistes ne peuvent plus quitter la ville que par l'Euphrate, a estimé un responsable kurde interrogé par notre correspondant sur place.
"""


@pytest.mark.parametrize(
    ("text", "title", "banner", "ads"),
    [
        (
            CACHED_EN,
            "Warplanes Pound Southern Idlib Villages for Third Day",
            "Bing's cache",
            ["— Advertisement —"],
        ),
        (
            CACHED_FR,
            "Raqqa : les FDS coupent la route de Deir ez-Zor",
            "version en cache",
            ["— Publicité —", "[Annonce] Séjours", "— Fin de la publicité —"],
        ),
    ],
)
def test_cache_banner_and_ad_frames_are_chrome(
    clean: CleanStage, text: str, title: str, banner: str, ads: list[str]
) -> None:
    lines, pred, doc = run(clean, text)
    assert len(doc.articles) == 1
    assert doc.articles[0].title == title
    assert label(lines, pred, banner) == "boiler"
    assert label(lines, pred, "Full version" if "Bing" in text else "Version complète") == "boiler"
    for ad in ads:
        assert label(lines, pred, ad) == "boiler"


def test_cache_and_advert_words_in_prose_stay_body(clean: CleanStage) -> None:
    """Near miss: prose naming an arms cache or an advert is no chrome."""
    text = (
        "Une cache d'armes découverte près de Manbij\n\nPar Léa Martin, le 4 juin 2017\n\n"
        "Voici la cache d'armes que les combattants kurdes ont découverte dimanche dans une ferme abandonnée au sud de Manbij, selon leur porte-parole.\n\n"
        "Publicité mensongère : le groupe avait diffusé une vidéo montrant des missiles qui n'ont jamais été retrouvés sur place, ont ajouté les enquêteurs.\n"
    )
    lines, pred, doc = run(clean, text)
    assert label(lines, pred, "Voici la cache") == "body:1"
    assert label(lines, pred, "Publicité mensongère") == "body:1"


BLOG_TWO_POSTS = """Carnets du Levant — le blog de Sami Aubert-Lenoir
Accueil | Archives | Me soutenir

Homs : le quartier de Waer évacué après deux ans de siège
14 mai 2014

Les derniers combattants ont quitté mercredi le quartier de Waer à bord de bus verts, sous la supervision de l'ONU, selon le gouverneur de la province.
Les habitants qui restent attendent l'entrée des services de l'État, qui doivent rétablir l'eau et l'électricité dans les prochains jours.
S. A.-L.
Publié dans Homs | 2 commentaires

Rania_H — 14 mai 2014 à 18:02
Enfin ! Ma famille pourra rentrer chez elle.
Karim_44 — 14 mai 2014 à 19:10
@Rania_H : courage à vous, la reconstruction prendra du temps mais elle viendra.

« Billet précédent dans la même rubrique »

Hama : l'armée repousse une offensive sur Mhardeh
2 septembre 2014

Les troupes gouvernementales ont repoussé mardi une offensive des rebelles contre la ville chrétienne de Mhardeh, au nord-ouest de Hama, selon une source militaire.
Les combats ont fait au moins vingt morts parmi les assaillants, a ajouté cette source, un bilan qui n'a pu être vérifié de manière indépendante.
S. A.-L.
Publié dans Hama | 0 commentaire
"""


def test_blog_page_second_post_and_initials(clean: CleanStage) -> None:
    lines, pred, doc = run(clean, BLOG_TWO_POSTS)
    assert len(doc.articles) == 2
    a1, a2 = doc.articles
    assert a1.author == a2.author == "S. A.-L."  # closing initials sign the post
    assert a2.title == "Hama : l'armée repousse une offensive sur Mhardeh"
    assert a2.outlet == a1.outlet and a1.outlet
    assert label(lines, pred, "Billet précédent") == "boiler"
    assert label(lines, pred, "Les troupes gouvernementales") == "body:2"


@pytest.mark.parametrize(
    ("text", "is_name"),
    [
        ("N. H.-F.", True),
        ("J.-P. R.", True),
        ("A.-M. D.", True),
        ("Le pré-F.", False),  # near miss: a cut word, not initials
    ],
)
def test_hyphenated_initials_read_as_a_name(text: str, is_name: bool) -> None:
    from newsift.clean.lines import name_like

    assert name_like(text) is is_name


def test_next_post_link_in_prose_is_no_divider() -> None:
    """Near miss: a sentence naming the next article is no divider."""
    from newsift.clean.blogs import post_divider

    assert post_divider("— Article suivant dans la même catégorie —")
    assert post_divider("Next post in this category »")
    assert not post_divider(
        "Dans l'article suivant, nous reviendrons sur la bataille de Qousseir et ses suites pour le Hezbollah."
    )


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Source : Orient Nouvelles, 3 avril 2016", "Orient Nouvelles"),
        ("Source: Levant Daily, March 3, 2016", "Levant Daily"),
        ("Source : Al-Masdar News (lien)", "Al-Masdar News"),
        ("Source : Ministère de la Défense russe", "Ministère de la Défense russe"),
        ("Sources : notre correspondant sur place", None),  # near miss: no name
        ("Source : agences / traduction Pierre M.", None),
    ],
)
def test_source_line_names_its_outlet(line: str, outlet: str | None) -> None:
    from newsift.clean.lexicon import markers
    from newsift.clean.lines import analyse

    ln = analyse(line, markers())[0]
    assert ln.kind == "source" and ln.outlet == outlet


FORUM_COPY = """Forum Défense Orient - Powered by phpBB
Index du forum > Conflits > Syrie

12/03/2016, 10h05 #88
Lynx_31
Membre - Messages : 2 104

Palmyre : l'armée aux portes de la ville
Je vous copie l'article paru ce matin sur Levant Réalités, très complet :
L'armée syrienne, appuyée par l'aviation russe, a repris samedi les collines qui dominent Palmyre par l'ouest, selon une source militaire citée par l'agence officielle.
Les jihadistes de l'État islamique ont perdu plusieurs dizaines d'hommes dans ces combats, selon l'Observatoire syrien des droits de l'homme, qui n'a pas donné de bilan pour l'armée.
Source : Levant Réalités, 12 mars 2016

12/03/2016, 11h20 #89
Gascon_47
Bonne nouvelle, reste à voir si la ville tombera avant l'été.
"""


def test_forum_copied_article_outlet_is_its_source(clean: CleanStage) -> None:
    lines, pred, doc = run(clean, FORUM_COPY)
    assert doc.articles[0].outlet == "Levant Réalités"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("[Image]", "boiler"),  # a text-only copy's picture placeholder
        ("[Vidéo]", "boiler"),
        ("Older comments →", "boiler"),
        ("← Commentaires plus anciens", "boiler"),
        ("(Photo)", "caption"),  # near miss: a caption label stays a caption
    ],
)
def test_placeholders_and_comment_pager_are_chrome(line: str, kind: str) -> None:
    from newsift.clean.lexicon import markers
    from newsift.clean.lines import analyse

    assert analyse(line, markers())[0].kind == kind


APPEAL_MID_TEXT = """Mossoul : la vieille ville sous les décombres

Par Hélène Costa, le 12 juillet 2017

Les forces irakiennes ont annoncé dimanche la fin des combats dans la vieille ville de Mossoul, après neuf mois d'une offensive qui a laissé des quartiers entiers en ruines, selon les habitants rentrés sur place.

🙏 Soutenez notre rédaction indépendante ! Chaque don compte pour financer nos reportages sur le terrain, nos traductions et nos correspondants : chèque à l'ordre de « Amis du Tigre », BP 12, 75011 Paris — ou virement : IBAN FR76 3000 6000 0112 3456 7890 189. Merci !

Des milliers de civils sont toujours portés disparus, a indiqué un responsable local, qui redoute que de nombreux corps soient encore sous les gravats des maisons effondrées.

Les organisations humanitaires estiment que la reconstruction de la rive ouest prendra des années et coûtera plusieurs milliards de dollars, faute de quoi les déplacés ne pourront pas rentrer.
"""


def test_long_appeal_with_bank_details_is_chrome(clean: CleanStage) -> None:
    lines, pred, doc = run(clean, APPEAL_MID_TEXT)
    assert label(lines, pred, "Soutenez notre rédaction") == "boiler"
    assert label(lines, pred, "Des milliers de civils") == "body:1"
    assert label(lines, pred, "Les forces irakiennes") == "body:1"


AGENCY_PAGE = """KURDPRESS INFO — Agence de presse | Kurdî | English | Français | Türkçe
Accueil   Kurdistan   Rojava   Irak   Monde

Les peshmergas reprennent trois villages au sud de Makhmour
12/02/2015 - 09:30

Les forces kurdes ont repris jeudi trois villages au sud de Makhmour, après deux jours de combats contre l'État islamique, selon un commandant joint sur place par téléphone.
Les jihadistes ont laissé derrière eux des dizaines d'engins explosifs, a ajouté ce responsable, qui redoute de nouvelles contre-attaques dans les prochains jours.

© 2015 KURDPRESS Agence. Tous droits réservés.
"""


def test_masthead_before_a_language_bar_is_the_outlet(clean: CleanStage) -> None:
    lines, pred, doc = run(clean, AGENCY_PAGE)
    assert doc.articles[0].outlet == "KURDPRESS INFO"  # as the masthead writes it


def test_lead_logo_needs_a_bar_of_links() -> None:
    """Near miss: a headline in capitals with one dash is no masthead with a menu."""
    from newsift.clean.outlet import _lead_logo

    assert _lead_logo("KURDPRESS INFO — Agence | Kurdî | English", set()) == "KURDPRESS INFO"
    assert _lead_logo("ALEP — la bataille continue", set()) is None


# A feed whose items lost their <title> tags in the copy and whose descriptions hold one
# escaped paragraph a line, opened on the <description> line and closed on the last one (the
# ingest stage has already decoded its references; written for this test).
RSS_BARE_TITLES = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>Le Guetteur de l'Euphrate - Syrie</title>
<link>https://guetteur.example.org</link>
<lastBuildDate>Mon, 05 Nov 2018 08:00:00 +0100</lastBuildDate>

<item>
Deir ez-Zor : les FDS reprennent Hajin après trois semaines de combats
<link>https://guetteur.example.org/2018/11/04/hajin/</link>
<pubDate>Sun, 04 Nov 2018 21:15:00 +0100</pubDate>
<dc:creator>Lucien Arnaud</dc:creator>
<description>Les Forces démocratiques syriennes ont annoncé dimanche avoir repris le bourg de Hajin, dernier réduit de l'État islamique sur la rive orientale de l'Euphrate.
Selon un responsable kurde joint par téléphone, les jihadistes se sont repliés vers Soussa et al-Chaafa, où l'aviation de la coalition a mené plusieurs raids.
Des habitants rapportent que des dizaines de familles ont fui vers le nord pendant la nuit.</description>
</item>

<item>
Idleb : obus sur Jisr al-Choughour, la trêve vacille
<link>https://guetteur.example.org/2018/11/02/jisr/</link>
<pubDate>Fri, 02 Nov 2018 10:40:00 +0100</pubDate>
<dc:creator>Maya Khoury</dc:creator>
<description>Des obus tirés vendredi depuis les positions de l'armée sont tombés sur les faubourgs de Jisr al-Choughour, tuant deux civils selon la Défense civile.
Le ministère russe de la Défense affirme pour sa part que les groupes armés ont violé la trêve à quatorze reprises au cours des dernières vingt-quatre heures.</description>
</item>
</channel>
</rss>
"""


def test_feed_items_with_bare_titles_and_open_descriptions(clean: CleanStage) -> None:
    lines, pred, doc = run(clean, RSS_BARE_TITLES)
    assert label(lines, pred, "Deir ez-Zor : les FDS") == "title:1"
    assert label(lines, pred, "Idleb : obus sur Jisr") == "title:2"
    assert label(lines, pred, "<description>Les Forces démocratiques") == "body:1"
    assert label(lines, pred, "familles ont fui vers le nord") == "body:1"
    assert label(lines, pred, "<description>Des obus tirés vendredi") == "body:2"
    assert label(lines, pred, "quatorze reprises") == "body:2"
    assert label(lines, pred, "<link>https://guetteur.example.org/2018/11/02") == "boiler"
    assert [a.published for a in doc.articles] == ["2018-11-04", "2018-11-02"]
    assert [a.author for a in doc.articles] == ["Lucien Arnaud", "Maya Khoury"]


# A channel's web view in the current year: day separators without their year, a counter with
# the bare edit word, and the channel's linked discussion under the last post (session 10;
# written for this test).
SCROLL_YEARLESS = """Rempart du Nord | Infos 🇸🇾
5 920 abonnés
Canal d'actualité sur le nord de la Syrie. Soutien : voir le message épinglé.

4 février

🔴 Idleb | L'armée a repris dimanche le bourg de Khan al-Sobol après deux jours de combats contre les groupes armés, selon une source militaire.
👁 2,4K  08:51

Des frappes russes ont visé dans la nuit les abords de Saraqeb, où les insurgés tentaient de se regrouper, d'après des habitants.
👁 1,9K  edited  13:07

6 février

Les convois militaires turcs continuent d'affluer vers les postes d'observation à l'est d'Idleb, constatent nos correspondants sur place.
👁 3,3K  19:40

Discussion du canal · 2 commentaires
Karim_Homs
Enfin ! Saraqeb sera la prochaine.
20:02
Élodie V.
@Karim_Homs on en reparle dans une semaine.
20:15
"""


def test_channel_scroll_with_yearless_separators_and_discussion(clean: CleanStage) -> None:
    lines, pred, doc = run(clean, SCROLL_YEARLESS)
    assert len(doc.articles) == 1
    assert label(lines, pred, "4 février") == "body:1"  # no year: left for the time stage
    for needle in ("👁 2,4K  08:51", "👁 1,9K  edited  13:07"):
        assert label(lines, pred, needle) == "meta:1", needle
    assert label(lines, pred, "L'armée a repris dimanche") == "body:1"
    assert label(lines, pred, "Les convois militaires turcs") == "body:1"
    assert label(lines, pred, "Rempart du Nord") == "boiler"
    assert label(lines, pred, "Discussion du canal") == "boiler"
    for needle in ("Karim_Homs", "Enfin ! Saraqeb", "20:02", "on en reparle"):
        assert label(lines, pred, needle) == "comment", needle
    assert doc.articles[0].outlet == "Rempart du Nord"
