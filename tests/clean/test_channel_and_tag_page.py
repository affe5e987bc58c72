"""Channel exports, rubrics between the stories of a tag page, pointer chrome, readers' words.

Causes (held-out set 6):
* a messenger channel export: the channel name became the title, the post stamps, view counts
  and the linked discussion became body;
* on a tag page the second story's rubric (the same capital line over each story) and the
  "« Articles plus anciens" link were read as comments, so the second story lost its outlet;
* "► À LIRE AUSSI : …" between two paragraphs was body;
* a reader's "Je fais un don ce mois-ci." under a comment head ended the thread as an appeal.
"""

from __future__ import annotations

import pytest

from newsift.clean.lexicon import markers
from newsift.clean.lines import analyse
from newsift.clean.posts import post_stream, stamp
from newsift.clean.segmenter import label_lines
from newsift.clean.stage import CleanStage
from newsift.model import Document

POSTS = [
    "Les combattants ont lancé ce matin un assaut contre les positions des jihadistes sur "
    "les hauteurs à l'est de la ville, selon une source sur le terrain.",
    "L'aviation a mené plusieurs raids sur la vallée voisine. Les terroristes reculent vers "
    "le nord et abandonnent leurs dépôts de munitions.",
    "Un communiqué de l'armée a démenti ce soir toute participation à l'offensive, qui reste "
    "menée par les seules unités de la Résistance.",
    "Les unités ont pris hier la colline stratégique qui domine la route, après six heures "
    "de combats acharnés.",
]


def _channel() -> str:
    out = [
        "Front du Jurd – FR 📡",
        "Chaîne · 4 210 abonnés",
        "Export · 02/05/2018 – 06/05/2018",
        "",
    ]
    stamps = ["02.05.18 06:40", "02.05.18 14:05", "03.05.18 22:10", "06.05.18 09:30"]
    for n, (st, post) in enumerate(zip(stamps, POSTS, strict=True)):
        out.append(f"[{st}] Front du Jurd – FR")
        if n == 1:
            out.append("Forwarded from: Média Central")
        out += [post, f"👁 {n + 3},2K", ""]
    out += [
        "💬 Commentaires (discussion liée)",
        "Samir_B: Que Dieu protège nos combattants",
        "↪ Front du Jurd – FR: @Samir_B merci à vous",
        "Leila 77: Et les otages ? Aucune nouvelle depuis des mois…",
    ]
    return "\n".join(out) + "\n"


@pytest.fixture(scope="module")
def clean() -> CleanStage:
    st = CleanStage()
    st.setup()
    return st


def _kinds(doc: Document) -> dict[str, tuple[str, int | None]]:
    out: dict[str, tuple[str, int | None]] = {}
    for line_start, line in _offsets(doc.text):
        seg = next(s for s in doc.segments if s.start <= line_start < s.end)
        out[line] = (seg.kind, seg.article)
    return out


def _offsets(text: str) -> list[tuple[int, str]]:
    pos, out = 0, []
    for line in text.split("\n"):
        if line.strip():
            out.append((pos + len(line) - len(line.lstrip()), line.strip()))
        pos += len(line) + 1
    return out


def test_post_stamp_forms() -> None:
    st = stamp("[21.07.17 06:10] Channel name")
    assert st is not None and st.name == "Channel name" and st.day.isoformat() == "2017-07-21"
    st2 = stamp("Channel name, [21.07.2017 06:10:33]")
    assert st2 is not None and st2.day.isoformat() == "2017-07-21"
    st3 = stamp("[7/21/17 6:10 AM] Channel name")
    assert st3 is not None and st3.day.isoformat() == "2017-07-21"
    assert stamp("[Photo] La ville de Homs") is None
    assert stamp("21.07.17 06:10 Les combattants ont avancé") is None


def test_channel_export_is_one_untitled_article_by_the_channel(clean: CleanStage) -> None:
    doc = clean.process(Document("d", "t", "t", "txt", _channel()))
    kinds = _kinds(doc)
    assert kinds["Front du Jurd – FR 📡"][0] == "boilerplate"
    assert kinds["Chaîne · 4 210 abonnés"][0] == "boilerplate"
    assert kinds["[02.05.18 06:40] Front du Jurd – FR"] == ("meta", 1)
    assert kinds["Forwarded from: Média Central"] == ("meta", 1)
    assert kinds["👁 3,2K"][0] == "boilerplate"
    assert all(kinds[p] == ("body", 1) for p in POSTS)
    assert kinds["💬 Commentaires (discussion liée)"][0] == "boilerplate"
    assert kinds["Samir_B: Que Dieu protège nos combattants"][0] == "comment"
    assert kinds["↪ Front du Jurd – FR: @Samir_B merci à vous"][0] == "comment"
    assert len(doc.articles) == 1
    art = doc.articles[0]
    assert art.title is None
    assert art.outlet == "Front du Jurd – FR"
    assert (art.published, art.published_precision) == ("2018-05-02", "day")


def test_two_stamps_are_no_channel(clean: CleanStage) -> None:
    text = "\n".join(_channel().split("\n")[:13])  # two posts only
    assert post_stream(analyse(text, markers())) is None


PARA = (
    "L'armée a repris vendredi les localités de la plaine après trois jours de combats avec les "
    "jihadistes, selon une source militaire citée par l'agence officielle."
)
PARA2 = (
    "Selon une ONG, au moins huit civils ont été tués dans les frappes qui ont précédé "
    "l'assaut, et des centaines de familles ont fui vers le nord de la province."
)


def _story(title: str, day: str) -> str:
    return (
        f"FRONT DE L'EST\n{title}\n{day} · Rédaction La Voix du Levant · 6 commentaires\n"
        f"par Jean Morel\n\n{PARA}\n\n{PARA2}\n\nÉtiquettes : Deir ez-Zor, armée\n"
        "Partager : Facebook · Twitter · VK\n"
    )


def test_a_rubric_over_each_story_of_a_tag_page_is_no_comment() -> None:
    text = (
        "LA VOIX DU LEVANT\nACCUEIL   ACTUALITÉS   DOSSIERS   CONTACT\n\n"
        "Vous êtes ici : Accueil › Étiquette : Deir ez-Zor\n\n"
        + _story("Deir ez-Zor : l'armée reprend la plaine", "12 septembre 2017")
        + "\n* * *\n\n"
        + _story("Al-Mayadin : les jihadistes encerclés", "3 septembre 2017")
        + "\n« Articles plus anciens\n\n© 2017 La Voix du Levant · Contact\n"
    )
    lines = analyse(text, markers())
    lab = label_lines(lines)
    assert len(lab.articles) == 2
    assert "comment" not in lab.kinds
    rubrics = [i for i, ln in enumerate(lines) if ln.text == "FRONT DE L'EST"]
    assert all(lab.kinds[i] == "boilerplate" for i in rubrics)
    assert not lab.articles[1].in_thread


def test_pointer_before_a_read_also_link_is_chrome() -> None:
    text = (
        "Deir ez-Zor : l'armée reprend la plaine\npar Jean Morel\n\n"
        f"{PARA}\n\n► À LIRE AUSSI : Raqqa, la bataille oubliée des Kurdes\n\n{PARA2}\n"
    )
    lines = analyse(text, markers())
    i = next(i for i, ln in enumerate(lines) if ln.text.startswith("►"))
    assert lines[i].kind == "boiler"
    assert label_lines(lines).kinds[i] == "boilerplate"


def test_a_reader_giving_is_no_appeal() -> None:
    lines = analyse(
        "Yves-Marie – 22 octobre 2015 à 09 h 02\nExcellent. Je fais un don ce mois-ci.\n"
        "Répondre\n\nSoutenez-nous : faites un don !\n",
        markers(),
    )
    assert lines[1].kind != "donate"
    assert lines[4].kind == "donate"
