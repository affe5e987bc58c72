"""Comment threads of session 11: stamp-and-vote action bars, comments shown above the story.

Causes (tuning sets heldout33/34, session 10):
* a social page's comments closed by a bar that puts the stamp and the votes around the reply
  link ("3 mars 2019 à 18:20 · Répondre · 7 👍", "Répondre · 👍 4 👎 1") were boilerplate: only
  "J'aime · Répondre" bars were known;
* a forum's reply posts whose head is a stamp over a profile line ("Bear_W   Member   Posts:
  611", "Kestrel | Modérateur | Messages : 8 907") were boilerplate: only a bare name under
  the stamp made a post head;
* a thread showing no comment head or stamp at all ("3 commentaires" over the blog's
  sidebar): its "Vous aimerez aussi" headline list and archive widget ("▼ 2016 (14)") were
  comments;
* a blog's comment widget shown above the story ("Name — stamp" heads): its first comment
  became article 1 and the story article 2, and, the page being read as one thread, a dated
  teaser story after the article ("Dans nos archives") became comments.
"""

from __future__ import annotations

from newsift.clean.social import is_action
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


def test_stamp_and_vote_bars_are_comment_action_bars() -> None:
    assert is_action("3 mars 2019 à 18:20 · Répondre · 7 👍")
    assert is_action("14 March 2019 at 09:02 · Reply · 3 likes")
    assert is_action("Répondre · 👍 4 👎 1")
    assert is_action("2 h · Reply · Report")
    # must NOT fire: a bare link, a reply link with a name, the post's own bar, a sentence
    assert not is_action("Répondre")
    assert not is_action("Répondre à @marc_b")
    assert not is_action("12 commentaires · Répondre · Partager")
    assert not is_action("Il a refusé de répondre · hier")


PAGE_FR = "\n".join(
    [
        "VK",
        "Fil d'actualité   Messages   Amis   Communautés",
        "",
        "Front du Levant — page francophone",
        "Communauté publique · 2 310 abonnés",
        "",
        "Front du Levant a publié · 3 mars 2019 à 17:05",
        "Frappe de drone sur un convoi près de Deir Hafer",
        "Un drone a frappé dimanche après-midi un convoi de trois véhicules sur la route de "
        "Deir Hafer, à l'est d'Alep, tuant quatre combattants, selon une source locale.",
        "La même route avait été visée deux fois en février, sans faire de victimes, d'après "
        "les habitants joints par téléphone.",
        "",
        "👍 J'aime 96   💬 Commenter   ↪ Partager 12",
        "",
        "Commentaires les plus pertinents ▾",
        "Mathilde Ferrand",
        "Encore une fois personne n'en parlera ici.",
        "3 mars 2019 à 18:20 · Répondre · 7 👍",
        "Yusuf Demir-Laval",
        "Qui a tiré ? Le communiqué ne le dit pas.",
        "3 mars 2019 à 18:41 · Répondre",
        "Karim Oudjane",
        "@Yusuf Demir-Laval personne ne revendique jamais ces frappes.",
        "3 mars 2019 à 19:02 · Répondre · 2 👍",
        "Afficher 9 autres commentaires",
        "Écrire un commentaire…",
    ]
)


def test_comments_closed_by_stamp_and_reply_bars() -> None:
    doc = clean(PAGE_FR)
    assert len(doc.articles) == 1
    assert label_of(doc, "La même route") == ("body", 1)
    for needle in ("Mathilde Ferrand", "Encore une fois", "3 mars 2019 à 18:41", "@Yusuf"):
        assert label_of(doc, needle)[0] == "comment", needle


BLOG_FR = "\n".join(
    [
        "LE CRI DU LEVANT — blog indépendant",
        "Accueil > Proche-Orient > Syrie",
        "",
        "3 réactions",
        "Bernard L. — 12 avril 2019 à 20h15",
        "Toujours les mêmes qui tirent et jamais les mêmes qui paient. Qui a intérêt à cela ?",
        "Répondre · 👍 9 👎 2",
        "Aïcha M. — 12 avril 2019 à 21h03",
        "@Bernard merci de rappeler le contexte, on l'oublie trop souvent dans les médias.",
        "Répondre · 👍 14",
        "Luc Ferrandi — 13 avril 2019 à 07h40",
        "Très bon papier, clair et documenté. À partager largement.",
        "Répondre · 👍 3",
        "Laisser un commentaire — Votre adresse e-mail ne sera pas publiée.",
        "",
        "Idleb : nouvelle nuit de bombardements sur Khan Cheikhoun",
        "vendredi 12 avril 2019, par Hélène Vautrin",
        "",
        "Des frappes aériennes ont visé dans la nuit de jeudi à vendredi plusieurs quartiers "
        "de Khan Cheikhoun, dans le sud de la province d'Idleb, selon les secouristes locaux.",
        "Au moins sept civils ont été tués, dont deux enfants, et une boulangerie a été "
        "détruite, a précisé un responsable de la défense civile joint par téléphone.",
        "Les bombardements se sont poursuivis vendredi matin sur les villages voisins de "
        "Maaret al-Noomane et de Kafranbel, d'après les mêmes sources.",
        "H. V.",
        "Catégories : Syrie, Idleb",
        "",
        "* * *",
        "Dans nos archives",
        "Alep : un marché touché par des obus de mortier",
        "mardi 5 mars 2019, par la rédaction",
        "Trois personnes ont été tuées mardi par des obus de mortier tombés sur un marché du "
        "quartier d'Al-Midan, à Alep, selon l'agence officielle.",
        "Le quartier avait déjà été visé à plusieurs reprises en janvier, sans faire de victimes.",
        "Partager sur : Facebook · Twitter",
        "Le Cri du Levant — blog libre — 2019",
    ]
)


def test_comments_above_the_story_and_a_dated_teaser_after_it() -> None:
    doc = clean(BLOG_FR)
    assert label_of(doc, "Bernard L. —")[0] == "comment"
    assert label_of(doc, "Toujours les mêmes")[0] == "comment"
    assert label_of(doc, "Idleb : nouvelle nuit") == ("title", 1)
    assert label_of(doc, "Au moins sept civils") == ("body", 1)
    assert doc.articles[0].title == "Idleb : nouvelle nuit de bombardements sur Khan Cheikhoun"
    # the teaser is its own dated story, not a comment
    assert label_of(doc, "Alep : un marché") == ("title", 2)
    assert label_of(doc, "Trois personnes ont été tuées") == ("body", 2)
    assert doc.articles[1].published == "2019-03-05"
    assert label_of(doc, "Dans nos archives")[0] == "boilerplate"


FORUM_FR = "\n".join(
    [
        "Forum Défense & Géopolitique > Proche-Orient > Syrie",
        "S'inscrire   FAQ   Membres   Rechercher",
        "",
        "12/03/2019, 20h02   #1",
        "Kestrel | Modérateur | Messages : 8 907",
        "Raid israélien sur l'aéroport de Damas",
        "Par Julien Morvan | Le Courrier stratégique",
        "Des avions israéliens ont visé dans la nuit de lundi à mardi des entrepôts situés "
        "près de l'aéroport international de Damas, selon l'agence officielle syrienne.",
        "La défense antiaérienne syrienne affirme avoir intercepté la plupart des missiles, "
        "une affirmation impossible à vérifier de source indépendante.",
        "Source : Le Courrier stratégique, 12 mars 2019",
        "",
        "12/03/2019, 21h14   #2",
        "Vautour_31 | Membre | Messages : 412",
        "Encore une fois la défense syrienne n'a rien vu venir, comme d'habitude.",
        "",
        "12/03/2019, 22h40   #3",
        "Orage du Nord | Membre confirmé | Messages : 2 115",
        "Citation de Vautour_31",
        "Ils en ont intercepté une partie, d'après les images qui circulent.",
        "",
        "Réponse rapide   Citer   Multi-citation",
        "Tous les horaires sont au format GMT +1.",
    ]
)


def test_forum_posts_with_profile_lines_are_comments() -> None:
    doc = clean(FORUM_FR)
    assert len(doc.articles) == 1
    assert label_of(doc, "La défense antiaérienne") == ("body", 1)
    assert label_of(doc, "Kestrel | Modérateur") == ("meta", 1)
    for needle in ("12/03/2019, 21h14", "Vautour_31 | Membre", "Encore une fois", "Ils en ont"):
        assert label_of(doc, needle)[0] == "comment", needle


BLOG_SIDEBAR = "\n".join(
    [
        "Carnets de Homs",
        "",
        "Talbiseh : les bus de l'évacuation sont partis",
        "Publié le 16 mai 2018 par Nour Haddad",
        "",
        "Les premiers bus transportant des combattants et leurs familles ont quitté mercredi "
        "Talbiseh et Rastan en direction du nord, selon l'agence officielle.",
        "L'accord conclu la semaine dernière prévoit la remise des armes lourdes à l'armée "
        "avant la fin du mois, d'après des sources locales.",
        "",
        "Partager cet article : Facebook  Twitter  E-mail",
        "3 commentaires",
        "",
        "Vous aimerez aussi :",
        "Rastan, dix ans après",
        "Le pont de Talbiseh rouvert à la circulation",
        "Homs : la vieille ville se reconstruit lentement",
        "",
        "ARCHIVES DU BLOG",
        "▼  2018 (9)",
        "▼  mai (2)",
        "Talbiseh : les bus de l'évacuation sont partis",
        "►  avril (3)",
        "►  2017 (22)",
        "",
        "Propulsé par Blogger.",
    ]
)


def test_sidebar_lists_under_a_thread_with_no_comment_shown_are_chrome() -> None:
    doc = clean(BLOG_SIDEBAR)
    assert label_of(doc, "L'accord conclu") == ("body", 1)
    for needle in ("Rastan, dix ans après", "Homs : la vieille ville", "▼  2018 (9)", "►  2017"):
        assert label_of(doc, needle)[0] == "boilerplate", needle


def test_a_headless_thread_keeps_its_comments() -> None:
    # must NOT fire: comments with no head or stamp are sentences, not a list
    text = "\n".join(
        [
            "Talbiseh : les bus de l'évacuation sont partis",
            "Publié le 16 mai 2018 par Nour Haddad",
            "",
            "Les premiers bus transportant des combattants et leurs familles ont quitté "
            "mercredi Talbiseh et Rastan en direction du nord, selon l'agence officielle.",
            "L'accord conclu la semaine dernière prévoit la remise des armes lourdes à "
            "l'armée avant la fin du mois, d'après des sources locales.",
            "",
            "2 commentaires",
            "",
            "Enfin une bonne nouvelle pour les habitants, après tant d'années de siège.",
            "",
            "Et les disparus, quelqu'un en parle ? Personne ne sait où ils sont.",
        ]
    )
    doc = clean(text)
    assert label_of(doc, "Enfin une bonne nouvelle")[0] == "comment"
    assert label_of(doc, "Et les disparus")[0] == "comment"
