"""Posts and live entries anchor their own relative words; decades are background.

Causes (held-out set 6): in a channel export of dated posts, "ce matin" under the 21 July stamp
was resolved against the last post's date; in a live page an entry's words chained to "le
14 janvier" given by an earlier entry; "built in the 1980s" was a range an event could take.
"""

from __future__ import annotations

from newsift.model import Article, Document, Segment
from newsift.time.resolve import tag_spans
from newsift.time.stage import TimeStage


def make_doc(parts: list[tuple[str, str]], published: str | None = None) -> Document:
    """A one-article document from (kind, line) pairs, one line each."""
    text = "\n".join(line for _, line in parts)
    segs, pos = [], 0
    for kind, line in parts:
        k = 1 if kind in ("title", "body", "meta") else None
        segs.append(Segment(pos, pos + len(line), kind, k, "fr"))
        pos += len(line) + 1
    art = Article(k=1, lang="fr", published=published, published_precision="day")
    return Document("d", "t", "t.txt", "txt", text, segments=segs, articles=[art])


def dates(doc: Document) -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in doc.mentions if m.kind == "date"]


def test_each_post_stamp_anchors_its_own_post() -> None:
    doc = make_doc(
        [
            ("meta", "[04.03.18 07:12] Chaîne du front"),
            ("body", "Les unités ont lancé ce matin un assaut sur la colline."),
            ("meta", "[05.03.18 21:40] Chaîne du front"),
            ("body", "Un communiqué a démenti ce soir toute trêve."),
            ("meta", "[07.03.18 08:05] Chaîne du front"),
            ("body", "Les combattants ont pris hier le village voisin."),
        ],
        published="2018-03-04",
    )
    TimeStage().process(doc)
    got = dates(doc)
    assert ("ce matin", "2018-03-04") in got
    assert ("ce soir", "2018-03-05") in got
    assert ("hier", "2018-03-06") in got


def test_one_dated_line_over_the_body_does_not_reanchor_it() -> None:
    # a single date line (no posts): the article's publication date stays the anchor
    doc = make_doc(
        [
            ("title", "L'armée progresse au nord"),
            ("meta", "Mis à jour le 6 mars 2018 à 10:00"),
            ("body", "Les unités ont lancé hier un assaut sur la colline."),
        ],
        published="2018-03-04",
    )
    TimeStage().process(doc)
    assert ("hier", "2018-03-03") in dates(doc)


def test_a_live_entry_does_not_chain_to_another_entry_s_date() -> None:
    text = (
        "13:20 – Le négociateur avait été tué le 14 janvier par un tireur.\n"
        "11:05 – Le lendemain de l'accord, les bus sont partis."
    )
    lines = text.split("\n")
    spans = [(0, len(lines[0]), "fr"), (len(lines[0]) + 1, len(text), "fr")]
    plain = {e.text: e.value for e in tag_spans(text, spans, "2017-01-29")}
    assert plain["Le lendemain"] == "2017-01-15"  # without entries: chains to 14 January
    entries = [(0, None), (len(lines[0]) + 1, None)]
    got = {e.text: e.value for e in tag_spans(text, spans, "2017-01-29", stamps=entries)}
    assert got["Le lendemain"] != "2017-01-15"


def test_clock_stamped_entries_are_found_by_the_stage() -> None:
    doc = make_doc(
        [
            ("title", "Direct : la vallée"),
            ("body", "13:20 – Le négociateur avait été tué le 14 janvier par un tireur."),
            ("body", "11:05 – Le lendemain de l'accord, les bus sont partis."),
        ],
        published="2017-01-29",
    )
    TimeStage().process(doc)
    got = dict(dates(doc))
    assert got["14 janvier"] == "2017-01-14"
    assert got["Le lendemain"] != "2017-01-15"


def test_decades_have_decade_precision() -> None:
    text = "Construite à la fin des années 1970, la raffinerie. The dam was built in the 1980s."
    got = {e.text: (e.value, e.precision) for e in tag_spans(text, [(0, len(text), "fr")], None)}
    assert got["des années 1970"] == ("1970/1979", "decade")
    got_en = {
        e.text: (e.value, e.precision)
        for e in tag_spans(text, [(51, len(text), "en")], "2015-02-18")
    }
    assert got_en["the 1980s"] == ("1980/1989", "decade")


def test_a_bare_part_of_the_day_in_a_live_entry_is_that_entry_s_day() -> None:
    text = (
        "13:20 – Le négociateur avait été tué le 14 janvier par un tireur.\n"
        "11:05 – Des hélicoptères ont largué des barils à l'aube sur le village."
    )
    first = text.index("\n")
    spans = [(0, first, "fr"), (first + 1, len(text), "fr")]
    entries = [(0, None), (first + 1, None)]
    got = {e.text: e.value for e in tag_spans(text, spans, "2017-01-29", stamps=entries)}
    assert got["à l'aube"] == "2017-01-29"
    # outside a page of entries a bare part of the day dates nothing by itself
    plain = {e.text for e in tag_spans(text, spans, "2017-01-29")}
    assert "à l'aube" not in plain


def test_a_part_of_the_day_beside_a_date_is_not_doubled() -> None:
    text = "[04.03.18 07:12] Canal\nLes unités ont lancé ce matin à l'aube un assaut."
    first = text.index("\n")
    spans = [(0, first, "fr"), (first + 1, len(text), "fr")]
    got = [e.text for e in tag_spans(text, spans, "2018-03-04", stamps=[(0, None)])]
    assert "à l'aube" not in got and "ce matin" in got
