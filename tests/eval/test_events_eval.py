"""The events scorer: DESIGN.md's matching rules on small hand-made gold and predictions."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

from newsift.eval.events import (
    date_distance,
    evaluate_events,
    format_events,
    match_events,
    norm_actor,
    norm_place,
    same_place,
)


def gold_event(**kw: object) -> dict:
    base = {
        "date": "2017-11-03",
        "date_end": None,
        "time_precision": 1,
        "event_type": "Battles",
        "sub_event_type": "Government regains territory",
        "actor1": "Military Forces of Syria",
        "location": "Deir ez-Zor",
        "lat": 35.3359,
        "lon": 40.1408,
        "modality": "asserted",
        "evidence": "x",
    }
    return {**base, **kw}


def pred_event(**kw: object) -> dict:
    base = {
        "event_date": "2017-11-03",
        "event_type": "Battles",
        "sub_event_type": "Government regains territory",
        "actor1": "Military Forces of Syria (2000-)",
        "location": "Deir Ezzor",
        "latitude": 35.34,
        "longitude": 40.14,
        "geonameid": None,
        "modality": "asserted",
        "confidence": 0.9,
        "tags": "plover: FIGHT",
    }
    return {**base, **kw}


def test_place_by_name_distance_or_id() -> None:
    assert norm_place("Deir ez-Zor") == norm_place("Deir Ezzor")
    assert norm_place("al-Qaim") == norm_place("Al Qaim")
    g = gold_event()
    assert same_place(g, pred_event(latitude=None, longitude=None))  # same name
    assert same_place(g, pred_event(location="Hatla", latitude=35.36, longitude=40.20))  # ~6 km
    assert not same_place(g, pred_event(location="Raqqa", latitude=35.95, longitude=39.01))
    assert same_place(
        {**g, "geonameid": 170794},
        pred_event(location="x", latitude=None, longitude=None, geonameid=170794),
    )


def test_actor_names_ignore_acled_acronym_prefixes_and_periods() -> None:
    assert norm_actor("YPG: People's Protection Units") == norm_actor("People's Protection Units")
    assert norm_actor("SDF: Syrian Democratic Forces (2015-)") == norm_actor(
        "Syrian Democratic Forces"
    )
    # a colon inside a longer name is no acronym prefix; other names stay apart
    assert norm_actor("Islamic State: Sinai Province") != norm_actor("Sinai Province")
    assert norm_actor("YPG: People's Protection Units") != norm_actor("Asayish")
    assert norm_actor(None) == ""


def test_dates_within_a_day_month_precision_and_null_gold() -> None:
    g = gold_event()
    assert date_distance(g, pred_event(event_date="2017-11-04")) == 1.0
    assert date_distance(g, pred_event(event_date="2017-11-05")) is None
    assert date_distance(g, pred_event(event_date="2017-11")) is None  # a month is not a day
    month = gold_event(date="2017-11", time_precision=3)
    assert date_distance(month, pred_event(event_date="2017-11-28")) == 0.0
    assert date_distance(month, pred_event(event_date="2017-12-01")) is None
    year = gold_event(date="1861", time_precision=3)
    assert date_distance(year, pred_event(event_date="1861-04-12")) == 0.0
    assert date_distance(gold_event(date=None), pred_event(event_date=None)) == 0.0
    # an undated gold event (planned, speculative) is not "within one day" of a borrowed date
    assert date_distance(gold_event(date=None), pred_event(event_date="2017-11-03")) is None
    assert date_distance(gold_event(date=None), pred_event(event_date="2017-11")) is None
    rng = gold_event(date="2017-11-01", date_end="2017-11-04", time_precision=2)
    assert date_distance(rng, pred_event(event_date="2017-11-03")) == 0.0
    campaign = pred_event(event_date="2017-10-28", tags="date range: 2017-10-28/2017-11-01")
    assert date_distance(rng, campaign) == 0.0


def test_greedy_one_to_one_by_confidence() -> None:
    gold = [gold_event(), gold_event(sub_event_type="Armed clash")]
    low = pred_event(confidence=0.2, sub_event_type="Armed clash")
    high = pred_event(confidence=0.8)
    other_type = pred_event(confidence=0.99, event_type="Protests")
    pairs = match_events(gold, [low, high, other_type])
    assert sorted(pairs) == [(0, 1), (1, 0)]
    # a single gold event is taken by the most confident prediction only
    assert match_events([gold_event()], [low, high]) == [(0, 1)]


def _write(tmp: Path) -> None:
    gold = tmp / "gold"
    gold.mkdir()
    data = {
        "doc": "doc1",
        "articles": [
            {
                "k": 1,
                "events": [
                    gold_event(),
                    gold_event(
                        date="2017-09-05",
                        location="Raqqa",
                        lat=35.95,
                        lon=39.01,
                        modality="reported",
                    ),
                ],
            }
        ],
        "comments": {"count": 0},
    }
    (gold / "doc1.json").write_text(json.dumps(data), "utf-8")
    out = tmp / "out"
    out.mkdir()
    (out / "documents.jsonl").write_text(
        json.dumps({"doc_id": "abc", "external_id": "doc1.txt", "source": "/x/doc1.txt"}) + "\n",
        "utf-8",
    )
    rows = [
        pred_event(doc_id="abc"),
        pred_event(doc_id="abc", location="Homs", latitude=34.7, longitude=36.7, confidence=0.3),
    ]
    with (out / "events.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)


def test_evaluate_from_an_events_csv(tmp_path: Path) -> None:
    _write(tmp_path)
    res = evaluate_events(tmp_path / "gold", predictions=tmp_path / "out" / "events.csv")
    o = res["overall"]
    assert (o["tp"], o["fp"], o["fn"]) == (1, 1, 1)
    assert o["precision"] == 0.5 and o["recall"] == 0.5 and o["f1"] == 0.5
    assert o["agreement"] == {"sub_event_type": 1.0, "actor1": 1.0, "modality": 1.0}
    table = format_events(res, errors=True)
    assert "overall (micro)" in table and "MISS" in table and "FP" in table


def test_cli_takes_the_out_folder_or_the_file_and_names_a_missing_one(tmp_path: Path) -> None:
    _write(tmp_path)
    gold, out = tmp_path / "gold", tmp_path / "out"
    runs = [
        subprocess.run(
            [sys.executable, "-m", "newsift", "eval", "events", "--gold", str(gold), "--pred", p],
            capture_output=True,
            text=True,
            timeout=120,
        )
        for p in (str(out), str(out / "events.csv"), str(tmp_path / "missing"))
    ]
    assert runs[0].returncode == 0 and runs[0].stdout == runs[1].stdout
    assert "overall (micro)" in runs[0].stdout
    assert runs[2].returncode == 2
    assert "predictions not found" in runs[2].stderr and "Traceback" not in runs[2].stderr
