"""HTML character references left in plain text and rows (feed descriptions, CMS exports).

Why: a dump copied from an RSS description kept ``tu&eacute;``, ``l&#8217;armée`` and escaped
``&lt;p&gt;`` tags, so its verbs and place names were no words for any later stage. The
decoded text must keep every line where the file has it (line-labelled gold, segments) and
leave text without references, and URLs' query strings, alone. Texts written for this test.
"""

from __future__ import annotations

import json
from pathlib import Path

from newsift.ingest import read_inputs
from newsift.ingest.entities import (
    count_references,
    decode_line,
    decode_references,
    repair_mojibake,
    strip_tags,
)
from newsift.model import Document, content_id

ESCAPED = (
    "<item>\n"
    "<title>Idleb : l&#8217;armée avance vers Saraqeb</title>\n"
    "<description>&lt;p&gt;Les forces gouvernementales ont repris mardi le village de "
    "Tell Mardikh, a indiqu&eacute; l&#8217;agence officielle.&lt;/p&gt;\r\n"
    "&lt;p&gt;Deux civils ont &eacute;t&eacute; tu&eacute;s par des tirs de roquettes sur "
    "&laquo;&nbsp;le quartier nord&nbsp;&raquo;.&lt;/p&gt;</description>\n"
    "<link>https://exemple.org/article?id=12&copy=2&lang=fr</link>\n"
)


def test_references_decoded_lines_keep_their_length() -> None:
    text, n = decode_references(ESCAPED)
    assert n >= 8
    raw_lines = ESCAPED.splitlines(keepends=True)
    new_lines = text.splitlines(keepends=True)
    assert [len(x) for x in new_lines] == [len(x) for x in raw_lines]
    assert "a indiqué l’agence officielle." in new_lines[2]
    assert new_lines[2].endswith(" \r\n")  # padding sits before the line break
    assert "Deux civils ont été tués" in new_lines[3]
    assert "«\u00a0le quartier nord\u00a0»" in new_lines[3]
    assert "&lt;" not in text and "<p>" not in text
    assert "?id=12&copy=2&lang=fr" in new_lines[4]  # no ";": a query string, not a reference


def test_text_without_references_is_untouched() -> None:
    plain = "AT&T et Procter & Gamble; l'armée a tiré sur R&D.\nSeconde ligne.\n"
    assert decode_references(plain) == (plain, 0)
    one = "Un seul &eacute; égaré dans un long texte.\n"
    assert decode_references(one) == (one, 0)


def test_double_escape_and_breaks() -> None:
    assert decode_line("d&amp;eacute;cid&amp;eacute; &amp;lt;br/&amp;gt;ici") == "décidé ici"
    assert decode_line("avant&#10;apr&egrave;s") == "avant après"
    assert count_references("&bogus; &eacute; &#233;") == 2


def test_txt_and_jsonl_documents_are_decoded(tmp_path: Path) -> None:
    txt = tmp_path / "flux.txt"
    txt.write_text(ESCAPED, encoding="utf-8")
    row = {
        "id": "r1",
        "title": "Homs : l&#8217;&eacute;tau se resserre",
        "text": (
            "Les rebelles ont &eacute;vacu&eacute; le quartier.\n"
            "L&#8217;arm&eacute;e y est entr&eacute;e."
        ),
    }
    rows = tmp_path / "rows.jsonl"
    rows.write_text(json.dumps(row) + "\n", encoding="utf-8")
    docs = [d for d in read_inputs([str(txt), str(rows)]) if isinstance(d, Document)]
    by_fmt = {d.format: d for d in docs}
    doc = by_fmt["txt"]
    assert len(doc.text) == len(ESCAPED)
    assert "tués par des tirs" in doc.text
    assert doc.meta["references_decoded"] >= 8
    assert doc.doc_id == content_id(ESCAPED.encode())  # still the hash of the raw bytes
    jdoc = by_fmt["jsonl"]
    assert jdoc.text.splitlines()[0].rstrip() == "Les rebelles ont évacué le quartier."
    assert jdoc.meta["title"] == "Homs : l’étau se resserre"


TAGGED = (
    "Idleb : l'armée reprend Saraqeb\n"
    '[caption id="attachment_7" width="640"]<img src="https://ex.org/s.jpg" /> Des '
    "soldats à l'entrée de la ville[/caption]\n"
    "L'armée a repris <strong>lundi</strong> la ville de Saraqeb.<br />\n"
    "<p>Premier paragraphe.</p><p>Second paragraphe.</p>\n"
    '<strong>Lire aussi :</strong> <a href="https://ex.org/x">Idleb : l\'offensive</a>\n'
    "   <em>Une réponse</em> indentée\n"
    "Accueil  Monde  Sports\n"
    "<item>\n"
)


def test_tags_removed_lines_keep_their_length() -> None:
    text, n = strip_tags(TAGGED)
    assert n >= 8
    old, new = TAGGED.splitlines(keepends=True), text.splitlines(keepends=True)
    assert [len(x) for x in new] == [len(x) for x in old]
    assert new[1].rstrip() == "Des soldats à l'entrée de la ville"
    assert new[2].rstrip() == "L'armée a repris lundi la ville de Saraqeb."
    assert new[3].rstrip() == "Premier paragraphe. Second paragraphe."
    assert new[4].rstrip() == "Lire aussi : Idleb : l'offensive"
    assert new[5].rstrip() == "   Une réponse indentée"  # a reply's indent stays
    assert new[6] == "Accueil  Monde  Sports\n"  # no tag: untouched
    assert new[7] == "<item>\n"  # a feed's element is the clean stage's to read


def test_one_stray_tag_is_left_alone() -> None:
    text = "Il écrit <b> pour gras, et c'est tout.\nSeconde ligne.\n"
    assert strip_tags(text) == (text, 0)


MOJIBAKE = (
    "Alep : lâ€™armÃ©e reprend le quartier de Cheikh SaÃ¯d\n"
    "Les soldats sont entrÃ©s Ã  lâ€™aube, selon lâ€™agence officielle ; Â« une victoire Â», "
    "a dit un officier.\n"
    "Seconde ligne sans accent.\n"
)


def test_mojibake_repaired_lines_keep_their_length(tmp_path: Path) -> None:
    text, n = repair_mojibake(MOJIBAKE)
    assert n >= 6
    old, new = MOJIBAKE.splitlines(keepends=True), text.splitlines(keepends=True)
    assert [len(x) for x in new] == [len(x) for x in old]
    assert new[0].rstrip() == "Alep : l’armée reprend le quartier de Cheikh Saïd"
    assert new[1].startswith("Les soldats sont entrés à l’aube, selon l’agence officielle ; « une")
    path = tmp_path / "double.txt"
    path.write_text(MOJIBAKE, encoding="utf-8")
    doc = next(d for d in read_inputs([str(path)]) if isinstance(d, Document))
    assert "l’armée reprend" in doc.text and doc.meta["mojibake_repaired"] == n


def test_sound_text_is_not_repaired() -> None:
    sound = "Le café de l’été à Alep ; Ãle n'est pas un mot, Â non plus.\n"
    assert repair_mojibake(sound) == (sound, 0)
