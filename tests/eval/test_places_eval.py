"""`newsift eval places`: scoring rules and floors on newsift's own place gold."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from newsift.eval.places import auc_of_errors, evaluate_places, format_places

GOLD = Path(__file__).parents[1] / "gold" / "places" / "places.jsonl"


def test_auc_follows_gritta_et_al() -> None:
    assert auc_of_errors([0.0, 0.0, 0.0]) == 0.0
    assert auc_of_errors([20039.0]) == pytest.approx(1.0, rel=1e-4)
    # Sorted log errors, trapezoid area, normalised by log(20039) and by n - 1.
    errs = [0.0, 100.0, 1000.0]
    s = sorted(math.log(1 + e) / math.log(20039) for e in errs)
    assert auc_of_errors(errs) == pytest.approx(((s[0] + s[1]) / 2 + (s[1] + s[2]) / 2) / 2)
    assert auc_of_errors([]) is None


def test_scoring_counts_overlap_found_and_distance(tmp_path: Path) -> None:
    text = "Shelling hit Homs and Hama on Monday, while Qwertyville stayed calm."
    homs, hama = text.index("Homs"), text.index("Hama")
    rows = [
        {
            "id": "a",
            "lang": "en",
            "text": text,
            "toponyms": [
                {"start": homs, "end": homs + 4, "lat": 34.72405, "lon": 36.72559},
                # Wrong gold coordinates on purpose (Paris): found, but not within 161 km.
                {"start": hama, "end": hama + 4, "lat": 48.85, "lon": 2.35},
                {
                    "start": text.index("Qwerty"),
                    "end": text.index("Qwerty") + 11,
                    "lat": 0,
                    "lon": 0,
                },
            ],
        }
    ]
    gold = tmp_path / "g.jsonl"
    gold.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    r = evaluate_places(gold, use_nlp=False)
    assert r["toponyms"] == 3 and r["found"] == 2
    assert r["found_share"] == pytest.approx(2 / 3)
    assert r["acc161"] == pytest.approx(0.5)
    assert r["misses"][0]["text"] == "Qwertyville"
    assert r["far"][0]["text"] == "Hama" and r["far"][0]["km"] > 2500
    assert "accuracy@161km" in format_places(r)


def test_own_gold_floors_gazetteer_only() -> None:
    """Regression floors on tests/gold/places (NER off: deterministic and fast)."""
    r = evaluate_places(GOLD, use_nlp=False)
    assert r["toponyms"] >= 90 and r["documents"] >= 40
    assert r["found_share"] >= 0.95, format_places(r)
    assert r["acc161"] >= 0.95, format_places(r)
    assert r["auc"] <= 0.08, format_places(r)
    assert r["predicted_not_in_gold"] <= 10, format_places(r)
