# ruff: noqa: E501 - the TimeML sample below keeps its lines
"""TimeML reading and TempEval-3 style scoring of dates, with floors on newsift's own gold."""

from __future__ import annotations

from pathlib import Path

from newsift.eval.time import evaluate_timeml, format_time, read_timeml

GOLD = Path(__file__).resolve().parents[1] / "gold" / "timeml"

TML = """<?xml version="1.0"?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2017-11-21" functionInDocument="CREATION_TIME">Nov 21</TIMEX3></DCT>
<TEXT>
<EVENT eid="e1">Strikes</EVENT> hit Idlib &amp; Hama <TIMEX3 tid="t1" type="DATE" value="2017-11-20">yesterday</TIMEX3>,
after a lull of <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>. Talks ended on
<TIMEX3 tid="t3" type="DATE" value="2017-11-14">Tuesday</TIMEX3> and resume <TIMEX3 tid="t4" type="DATE" value="PRESENT_REF">now</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_reader_strips_tags_decodes_entities_and_keeps_offsets(tmp_path: Path) -> None:
    f = tmp_path / "a.tml"
    f.write_text(TML, encoding="utf-8")
    doc = read_timeml(f)
    assert doc.dct == "2017-11-21"
    assert "Strikes hit Idlib & Hama yesterday," in doc.text
    assert [(t.text, t.type, t.value) for t in doc.timexes] == [
        ("yesterday", "DATE", "2017-11-20"),
        ("three days", "DURATION", "P3D"),
        ("Tuesday", "DATE", "2017-11-14"),
        ("now", "DATE", "PRESENT_REF"),
    ]
    assert all(doc.text[t.start : t.end] == t.text for t in doc.timexes)


def test_scoring_counts_dates_only_and_checks_values(tmp_path: Path) -> None:
    (tmp_path / "a.tml").write_text(TML, encoding="utf-8")
    r = evaluate_timeml(tmp_path, "en")
    # gold DATEs: yesterday, Tuesday (2017-11-14 = last week's; newsift says today's), now
    assert r["gold"] == 3
    assert r["relaxed"]["r"] == 1.0
    assert r["value"]["accuracy"] < 1.0
    assert any(e["kind"] == "value" and "Tuesday" in e["gold"] for e in r["errors"])
    text = format_time(r)
    assert "strict" in text and "relaxed" in text and "value" in text


def test_relaxed_match_accepts_overlap_but_strict_does_not(tmp_path: Path) -> None:
    tml = TML.replace(">yesterday</TIMEX3>,", ">yesterday</TIMEX3>, at dawn,").replace(
        '<TIMEX3 tid="t1" type="DATE" value="2017-11-20">yesterday</TIMEX3>',
        'struck <TIMEX3 tid="t1" type="DATE" value="2017-11-20">Hama yesterday</TIMEX3>',
    )
    (tmp_path / "b.tml").write_text(tml, encoding="utf-8")
    r = evaluate_timeml(tmp_path, "en")
    assert r["strict"]["r"] < r["relaxed"]["r"]


def test_floors_on_newsift_timeml_gold() -> None:
    r = evaluate_timeml(GOLD)
    assert r["files"] >= 12 and set(r["langs"]) == {"en", "fr"}
    assert r["gold"] >= 70
    assert r["strict"]["f1"] >= 0.85, format_time(r)
    assert r["relaxed"]["f1"] >= 0.92, format_time(r)
    assert r["value"]["f1"] >= 0.90, format_time(r)


def test_floors_per_language(tmp_path: Path) -> None:
    for lang in ("en", "fr"):
        sub = tmp_path / lang
        sub.mkdir()
        files = sorted(GOLD.glob(f"{lang}*.tml"))
        assert len(files) >= 6
        for f in files:
            (sub / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
        r = evaluate_timeml(sub, lang)
        assert r["relaxed"]["f1"] >= 0.9, format_time(r)
        assert r["value"]["f1"] >= 0.85, format_time(r)
