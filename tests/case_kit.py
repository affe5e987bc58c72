"""Checks shared by the CASE-2021-style snippet sets (tests/heldout_case2, _case3, _case4).

Why: every such set is checked the same way -- ACLED's 25 sub-types equally often with their
event types, snippets shaped like CASE 2021 task 2 (English, one to three sentences), hard cases
explained, no text taken from another set, and a floor on newsift's typing from one pipeline
run. Each set's test module keeps its own counts and floors and calls these. The table below is
the tests' own copy of ACLED's codebook, so the gold is not checked against the code it measures.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

# ACLED's sub-event types and their event types (ACLED codebook).
ACLED: dict[str, str] = {
    "Armed clash": "Battles",
    "Government regains territory": "Battles",
    "Non-state actor overtakes territory": "Battles",
    "Chemical weapon": "Explosions/Remote violence",
    "Air/drone strike": "Explosions/Remote violence",
    "Suicide bomb": "Explosions/Remote violence",
    "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence",
    "Grenade": "Explosions/Remote violence",
    "Sexual violence": "Violence against civilians",
    "Attack": "Violence against civilians",
    "Abduction/forced disappearance": "Violence against civilians",
    "Peaceful protest": "Protests",
    "Protest with intervention": "Protests",
    "Excessive force against protesters": "Protests",
    "Violent demonstration": "Riots",
    "Mob violence": "Riots",
    "Agreement": "Strategic developments",
    "Arrests": "Strategic developments",
    "Change to group/activity": "Strategic developments",
    "Disrupted weapons use": "Strategic developments",
    "Headquarters or base established": "Strategic developments",
    "Looting/property destruction": "Strategic developments",
    "Non-violent transfer of territory": "Strategic developments",
    "Other": "Strategic developments",
}
# "On 14 March 2019, ... in Place (Admin, Country) ..." -- ACLED's note opening and location.
ACLED_NOTE = re.compile(r"^On \d{1,2} [A-Z][a-z]+ \d{4}, .*\([^()]+, [^()]+\)")


def read_rows(path: Path) -> list[dict[str, Any]]:
    """The snippets of a JSONL file, one object per non-empty line."""
    return [json.loads(x) for x in path.read_text("utf-8").splitlines() if x.strip()]


def check_every_subtype(rows: list[dict[str, Any]], per_type: int) -> None:
    """``per_type`` snippets of each sub-type, event types as in ACLED's table, unique ids."""
    assert len(rows) == per_type * len(ACLED)
    assert len({r["id"] for r in rows}) == len(rows)
    assert Counter(r["sub_event_type"] for r in rows) == {t: per_type for t in ACLED}
    for r in rows:
        assert r["event_type"] == ACLED[r["sub_event_type"]], r["id"]


def check_case_shape(rows: list[dict[str, Any]]) -> None:
    """English snippets of one to three sentences, 15-60 words, with a valid date."""
    for r in rows:
        assert r["lang"] == "en", r["id"]
        assert 15 <= len(r["text"].split()) <= 60, r["id"]
        assert 1 <= r["text"].count(". ") + 1 <= 3, r["id"]
        dt.date.fromisoformat(r["published"])


def check_styles(rows: list[dict[str, Any]], counts: dict[str, int]) -> None:
    """ACLED-note rows open with the date and give (admin, country); wire rows do neither."""
    assert Counter(r["style"] for r in rows) == counts
    for r in rows:
        assert bool(ACLED_NOTE.match(r["text"])) == (r["style"] == "acled"), r["id"]


def check_note_dates(rows: list[dict[str, Any]]) -> None:
    """An ACLED note's event day is on or before the snippet's publication date."""
    for r in rows:
        if r["style"] != "acled":
            continue
        day = dt.datetime.strptime(" ".join(r["text"][3:].split(",")[0].split()), "%d %B %Y")
        assert day.date() <= dt.date.fromisoformat(r["published"]), r["id"]


def check_hard_cases(
    rows: list[dict[str, Any]], at_least: int, types_at_least: int, min_words: int
) -> None:
    """Enough hard cases, over enough sub-types, each with a reason of ``min_words`` words."""
    notes = [r for r in rows if "note" in r]
    assert len(notes) >= at_least
    assert len({r["sub_event_type"] for r in notes}) >= types_at_least
    for r in notes:
        assert len(r["note"].split()) >= min_words, r["id"]


def check_fresh(rows: list[dict[str, Any]], others: tuple[Path, ...], heads: bool) -> None:
    """No snippet text (and, with ``heads``, not its first eight words) occurs in the other
    sets; skips when none of them is present."""
    present = [p for p in others if p.exists()]
    if not present:
        pytest.skip("the other CASE-style sets are absent")
    mine = {r["text"] for r in rows}
    my_heads = {" ".join(t.split()[:8]) for t in mine}
    for path in present:
        old = [r["text"] for r in read_rows(path)]
        assert not set(old) & mine, path
        if heads:
            assert not {" ".join(t.split()[:8]) for t in old} & my_heads, path


def score_set(scorer: Path, snippets: Path) -> dict[str, Any]:
    """One pipeline run over a set through its scorer script (skips without spaCy, the events
    stage or the English model)."""
    if importlib.util.find_spec("spacy") is None:
        pytest.skip("spaCy is not installed")
    if importlib.util.find_spec("newsift.events") is None:
        pytest.skip("newsift.events does not exist")
    from newsift.nlp.models import DEFAULT_MODELS

    if importlib.util.find_spec(DEFAULT_MODELS["en"]) is None:
        pytest.skip(f"spaCy model {DEFAULT_MODELS['en']} is not installed")
    spec = importlib.util.spec_from_file_location(scorer.stem, scorer)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    result: dict[str, Any] = mod.score(snippets)
    return result
