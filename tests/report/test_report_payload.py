"""The report's data and HTML shell, checked without a browser."""

from __future__ import annotations

import json
import re
from pathlib import Path

from newsift.model import Document
from newsift.report.build import build_payload, contested_clusters, haversine_km, safe_url
from newsift.report.html import json_for_script, render_html


def _data_blocks(html: str) -> list[str]:
    return re.findall(r'<script type="application/json" id="[^"]+">(.*?)</script>', html, re.S)


def test_json_for_script_cannot_close_the_element_and_round_trips() -> None:
    hostile = {
        "t": "</script><script>alert(1)</script>",
        "c": "<!--<script>",
        "ls": "line\u2028para\u2029end",
        "amp": "a & b > c",
    }
    out = json_for_script(hostile)
    assert "</" not in out and "<!--" not in out and "<" not in out
    assert "\u2028" not in out and "\u2029" not in out
    assert json.loads(out) == hostile


def test_safe_url_only_accepts_http_and_https() -> None:
    assert safe_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    assert safe_url("http://example.org") == "http://example.org"
    for bad in (
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "java\tscript:alert(1)",
        " javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox",
        "/relative/path",
        "corpus/file.txt",
        "https:///nohost",
        "http://exa mple.org",
        None,
        42,
    ):
        assert safe_url(bad) is None, bad


def test_haversine_is_about_right() -> None:
    # Abu Kamal (SY) to Al-Qaim (IQ): neighbouring border towns, roughly 20 km apart
    d = haversine_km(34.4506, 40.9171, 34.3686, 41.0944)
    assert 15 < d < 25


def test_payload_overview_counts(kit) -> None:
    docs = kit.sample_documents()
    p = build_payload(docs, kit.sample_rejects(), kit.stats)
    s = p["summary"]
    assert s["documents"] == 6
    assert s["articles"] == 6
    assert s["events"] == 9
    assert s["duplicates"] == 1
    assert s["rejects"] == 2
    assert dict(s["languages"]) == {"en": 3, "fr": 1, "ru": 1, "ar": 1}
    assert s["published_span"] == ["2017-11-09", "2017-11-12"]
    assert s["event_span"] == ["2017-11-08", "2017-11-19"]
    assert dict(s["events_by_type"])["Battles"] == 4
    assert dict(s["events_by_modality"]) == {"reported": 5, "asserted": 3, "planned": 1}
    assert s["comments"] == 8  # 2 + 1 + 1 + 1 + 0, and the mirror copies 2 and adds 1
    stages = {r["stage"]: r for r in p["stages"]}
    assert stages["nlp"]["seconds"] == 1.35 and stages["clean"]["documents"] == 6
    assert p["totals"]["documents_seen"] == 8
    # every event row points at its document and carries its outlet and language
    cols = p["ecols"]
    for row in p["events"]:
        ev = dict(zip(cols, row, strict=True))
        doc = p["docs"][ev["doc"]]
        assert doc["text"][ev["es"] : ev["ee"]] == ev["evtext"]
        assert ev["outlet"] and ev["lang"] in {"en", "fr", "ru", "ar"}


def test_contested_groups_the_abu_kamal_battle_across_outlets(kit) -> None:
    docs = kit.sample_documents()
    p = build_payload(docs, [], {})
    cols = p["ecols"]
    rows = [dict(zip(cols, r, strict=True)) for r in p["events"]]
    groups = p["contested"]
    battle = [g for g in groups if rows[g["ev"][0]]["type"] == "Battles"]
    assert len(battle) == 1
    g = battle[0]
    outlets = {rows[i]["outlet"] for i in g["ev"]}
    # EN, FR and RU reports (24, 40, 60 killed) and the mirror, which counts as its original
    assert {"Levant Observer", "Le Courrier du Levant", "Вестник Леванта"} <= outlets
    assert g["docs"] == 3
    assert "figures" in g["diff"] and "dates" in g["diff"] and "modality" in g["diff"]
    strategic = [g for g in groups if rows[g["ev"][0]]["type"] == "Strategic developments"]
    assert len(strategic) == 1 and set(strategic[0]["diff"]) >= {"dates", "modality"}
    # one air strike report and the Kirkuk/Al-Qaim protests are not contested
    kinds = {rows[g["ev"][0]]["type"] for g in groups}
    assert "Explosions/Remote violence" not in kinds and "Protests" not in kinds


def _ev(i: int, day: int, lat: float, lon: float, doc: str, fat: int | None) -> dict:
    return {
        "i": i,
        "type": "Battles",
        "lat": lat,
        "lon": lon,
        "day": day,
        "date": f"d{day}",
        "doc": doc,
        "root": doc,
        "dup": None,
        "fat": fat,
        "a1": "A",
        "mod": "reported",
    }


def test_contested_respects_distance_and_date_window() -> None:
    base = 736640
    events = [
        _ev(0, base, 34.45, 40.92, "a", 10),
        _ev(1, base + 2, 34.52, 40.95, "b", 12),  # ~8 km, 2 days: same event
        _ev(2, base, 34.45, 41.30, "c", 30),  # ~35 km east: another place
        _ev(3, base + 3, 34.45, 40.92, "d", 50),  # 3 days later: another day
    ]
    groups = contested_clusters(events)
    assert [sorted(g["ev"]) for g in groups] == [[0, 1]]
    # the same document twice is not "several sources"
    same_doc = [_ev(0, base, 34.45, 40.92, "a", 10), _ev(1, base, 34.45, 40.92, "a", 11)]
    assert contested_clusters(same_doc) == []


def test_text_budget_drops_text_of_documents_without_events(kit) -> None:
    docs = kit.sample_documents()
    plain = Document(
        doc_id="f" * 16,
        source="corpus/notes.txt",
        external_id="notes.txt",
        format="txt",
        text="Weather bulletin for the Euphrates valley.\n" * 20,
    )
    p = build_payload([*docs, plain], [], {}, text_budget=100)
    by_id = {d["id"]: d for d in p["docs"]}
    assert by_id["f" * 16]["text"] is None
    assert all(by_id[d.doc_id]["text"] == d.text for d in docs if d.events)
    assert p["summary"]["texts_omitted"] == 1
    hard = build_payload(docs, [], {}, hard_text_budget=len(docs[0].text))
    assert [d["text"] is not None for d in hard["docs"]] == [True] + [False] * (len(docs) - 1)
    assert all(row[hard["ecols"].index("evtext")] for row in hard["events"])


def test_html_shell_is_offline_and_locked_down(kit, tmp_path: Path) -> None:
    html = render_html(build_payload(kit.sample_documents(), kit.sample_rejects(), kit.stats))
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
    assert "default-src 'none'" in csp and "'unsafe-inline'" not in csp
    assert "'unsafe-eval'" not in csp
    assert not re.search(r"(src|href)=\"(https?:)?//", html), "no external resource"
    blocks = _data_blocks(html)
    assert len(blocks) == 2
    data, world = (json.loads(b) for b in blocks)
    assert data["summary"]["documents"] == 6
    assert len(world["countries"]) > 150
    assert any(c[0] == "SYR" for c in world["countries"])
    # exactly three script elements: two data blocks and the page's own script
    assert html.count("<script") == 3
