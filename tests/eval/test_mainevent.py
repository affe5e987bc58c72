"""The main-event scorer: its rules on invented records and a hand-written run's output."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from newsift.eval.mainevent import (
    at_place,
    days_before,
    evaluate_main_event,
    format_main_event,
    gold_totals,
    label_of,
    main_event,
    place_spellings,
    toll_matches,
)

DATA = Path(__file__).parent / "data" / "mainevent"
FAKES = Path("/work/shared/samples/fakes/fakes-even.jsonl")


def ev(**kw: object) -> dict:
    base = {
        "event_date": "2016-08-18",
        "time_precision": "1",
        "event_type": "Battles",
        "location": "Aleppo",
        "admin1": "Aleppo",
        "fatalities": "",
        "article": "1",
        "modality": "asserted",
        "evidence_start": "0",
        "confidence": "0.5",
        "tags": "",
    }
    return {**base, **{k: str(v) for k, v in kw.items()}}


# ------------------------------------------------------------------ main event rule
def test_main_event_is_the_deadliest_then_the_most_confident() -> None:
    a = ev(fatalities=19, confidence=0.4)
    b = ev(fatalities=3, confidence=0.99)
    assert main_event([b, a]) is a
    c = ev(fatalities=19, confidence=0.7)
    assert main_event([a, c]) is c  # same toll: the more confident
    d = ev(fatalities=19, confidence=0.7, evidence_start=5)
    e = ev(fatalities=19, confidence=0.7, evidence_start=50)
    assert main_event([e, d]) is d  # then the earlier evidence
    assert main_event([]) is None


def test_main_event_without_tolls_prefers_violence_over_confidence() -> None:
    protest = ev(event_type="Protests", confidence=0.95)
    clash = ev(event_type="Battles", confidence=0.3)
    assert main_event([protest, clash]) is clash
    assert main_event([protest]) is protest  # nothing violent: the most confident


def test_main_event_ignores_denied_later_articles_and_year_tallies() -> None:
    told = ev(fatalities=2)
    denied = ev(fatalities=40, modality="denied")
    later = ev(fatalities=10, article=2)
    tally = ev(fatalities=230000, event_date="2011", time_precision=3)
    assert main_event([told, denied, later, tally]) is told
    assert main_event([denied]) is denied  # only denied events: one of them all the same
    assert main_event([tally]) is tally  # no day-dated event: the tally is all there is
    week = ev(fatalities=5, time_precision=2)
    assert main_event([week, tally]) is week  # precision 2 (a week) still names a day


# ------------------------------------------------------------------ place rule
def test_place_spellings_reach_the_governorates_names() -> None:
    hasakeh = place_spellings("hasakeh")
    assert {"hasakah", "hasakeh"} <= hasakeh  # "Al-Hasakah" normalises to "hasakah"
    assert at_place(ev(location="Qamishli", admin1="Al-Hasakah"), hasakeh)
    assert not at_place(ev(location="Qamishli", admin1="Al-Hasakah"), hasakeh, admin1=False)
    assert at_place(ev(location="Latakia", admin1=""), place_spellings("lattakia"))
    assert at_place(ev(location="Tartus", admin1=""), place_spellings("tartous"))
    damascus = place_spellings("damascus")
    assert at_place(ev(location="Mazzeh", admin1="Dimashq"), damascus)
    assert not at_place(ev(location="Douma", admin1="Rif-dimashq"), damascus)
    assert not at_place(ev(location="Syria", admin1=""), damascus)
    # a city not in the admin1 table is matched on its own name only
    assert place_spellings("Khan Shaykhun") == {"khanshaykhun"}
    assert place_spellings("") == set()


# ------------------------------------------------------------------ date rule
def test_date_counts_days_before_publication_only() -> None:
    e = ev(event_date="2016-08-18")
    assert not days_before(e, "2016-08-19", 0)
    assert days_before(e, "2016-08-19", 1)
    assert days_before(e, "2016-08-25", 7)
    assert not days_before(e, "2016-08-26", 7)
    assert not days_before(e, "2016-08-17", 7)  # after publication
    assert not days_before(ev(event_date="2016-08", time_precision=3), "2016-08-19", 7)
    assert not days_before(ev(event_date=""), "2016-08-19", 7)
    ranged = ev(event_date="2014-05-10", tags="date range: 2014-05-10/2014-05-14")
    assert days_before(ranged, "2014-05-21", 7)  # the range's end is 7 days before
    assert not days_before(ranged, "2014-05-22", 7)
    assert not days_before(e, None, 7)


# ------------------------------------------------------------------ fatalities rule
def test_totals_and_ten_percent() -> None:
    t = gold_totals({"children": 12, "civilians": 59, "noncivilians": 11, "women": 0})
    assert t == {"sum": 82, "nested": 70}
    # children outnumbering the civilians field are not inside it
    assert gold_totals({"children": 22, "civilians": 6})["nested"] == 22
    assert toll_matches(10, 10) and toll_matches(9, 10) and toll_matches(11, 10)
    assert not toll_matches(12, 10) and not toll_matches(None, 10)
    assert toll_matches(73, 70) and not toll_matches(78, 70)
    assert toll_matches(None, 0) and toll_matches(0, 0) and not toll_matches(3, 0)


def test_labels() -> None:
    assert label_of({"label": 1}) == "credible"
    assert label_of({"label": "0"}) == "fake"
    assert label_of({"label": "Fake"}) == "fake"
    assert label_of({}) == "unknown"


# ------------------------------------------------------------------ whole file
def test_fixture_scores_by_hand() -> None:
    res = evaluate_main_event(DATA / "records.jsonl", DATA)
    by_id = {r["id"]: r for r in res["records"]}
    assert len(by_id) == 6  # the blank line is skipped
    hk = by_id["hk-1"]
    assert hk["main"]["event_id"] == "e1"  # the year-dated 280000 tally is background
    assert hk["checks"] == {
        "any_event": True,
        "place_main_location": False,  # Qamishli is not "hasakeh"...
        "place_main": True,  # ...but its admin1 Al-Hasakah is
        "place_any_event": True,
        "date_0d": False,
        "date_1d": True,
        "date_7d": True,
        "fatalities_sum": False,  # 19 vs 25
        "fatalities_nested": True,  # 19 vs 20
    }
    assert by_id["lt-2"]["main"]["event_id"] == "e4"
    assert by_id["lt-2"]["checks"]["place_main_location"]
    assert by_id["lt-2"]["checks"]["date_0d"]
    assert not by_id["lt-2"]["checks"]["fatalities_nested"]  # no figure
    dm = by_id["dm-3"]["checks"]
    assert not dm["place_main"] and dm["place_any_event"]  # Douma is Rif Dimashq
    assert not dm["fatalities_sum"] and dm["fatalities_nested"]  # 70 vs 82 / 70
    assert not by_id["afp.2014.4"]["checks"]["any_event"]
    raqqa = by_id["afp.2014.5"]  # a dotted id still finds its events through doc_id
    assert raqqa["main"]["event_id"] == "e10"
    assert raqqa["checks"]["place_main_location"]  # "Ar-Raqqah" is "raqqa"
    assert not raqqa["checks"]["date_1d"] and raqqa["checks"]["date_7d"]
    assert raqqa["checks"]["fatalities_sum"]  # 16 vs 15
    assert not any(by_id["gone-6"]["checks"].values())

    o = res["overall"]
    assert o["articles"] == 6
    assert o["counts"] == {
        "any_event": 4,
        "place_main_location": 2,
        "place_main": 3,
        "place_any_event": 4,
        "date_0d": 1,
        "date_1d": 3,
        "date_7d": 4,
        "fatalities_sum": 1,
        "fatalities_nested": 3,
    }
    cred, fake = res["by_label"]["credible"], res["by_label"]["fake"]
    assert cred["articles"] == 3 and fake["articles"] == 3
    assert cred["counts"]["place_main"] == 2 and fake["counts"]["place_main"] == 1
    assert cred["counts"]["fatalities_nested"] == 2 and fake["counts"]["fatalities_nested"] == 1
    assert cred["shares"]["any_event"] == pytest.approx(2 / 3)
    assert res["missing"] == ["gone-6"]
    assert list(res["doc_errors"]) == ["afp.2014.4"]

    text = format_main_event(res, errors=True)
    assert "credible (3)" in text and "fake (3)" in text
    assert "PLACE dm-3 [fake] gold damascus / main Douma (Rif-dimashq) any=1" in text
    assert "NONE  afp.2014.4" in text
    assert "not in documents.jsonl: 1" in text


def test_cli_main_event_reads_an_out_folder() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "newsift", "eval", "main-event"]
        + ["--gold", str(DATA / "records.jsonl"), "--pred", str(DATA)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert "any event" in proc.stdout and " 0.667     4" in proc.stdout
    missing = subprocess.run(
        [sys.executable, "-m", "newsift", "eval", "main-event"]
        + ["--gold", str(DATA / "records.jsonl"), "--pred", str(DATA / "nothing.csv")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert missing.returncode == 2 and "predictions not found" in missing.stderr


def test_real_fakes_file_scores_every_record() -> None:
    if not FAKES.exists():
        pytest.skip("needs /work/shared/samples/fakes/fakes-even.jsonl")
    # the fixture's predictions hold none of these ids: this checks reading and scoring only
    res = evaluate_main_event(FAKES, DATA / "events.csv")
    assert res["overall"]["articles"] == 402
    assert sum(s["articles"] for s in res["by_label"].values()) == 402
    assert set(res["by_label"]) == {"credible", "fake"}
