"""The event vetter's features and model (newsift.events.vetting; an experiment, not wired).

The vetter reads only Event and Document fields, so its features are the same for a pipeline
run and for a written run (examples/tools/train_event_vetter.py). These tests check them on
articles written for them (EN + FR): a plain dispatch of a shelling and an essay's rhetorical
paragraph about old bombings; then that the tree ensemble exported to plain arrays predicts as
scikit-learn does, survives a save/load, and that Vetter.apply sets confidences and drops below
its threshold. Mentions are placed by hand as in the other events tests.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from helpers import make_doc

from newsift.events.vetting import (
    CATEGORICAL,
    Forest,
    Vetter,
    cue_counts,
    encode,
    event_features,
    feature_names,
    vetter_from_settings,
)
from newsift.model import Document, Event

DISPATCH_EN = {
    "text": "The Syrian army shelled Saraqib on Monday, killing three civilians, a local "
    "monitor said.",
    "title": "Army shells Saraqib",
    "actors": [("Syrian army", "Military Forces of Syria")],
    "places": [("Saraqib", "Saraqib")],
    "dates": [("Monday", "2019-05-06")],
    "published": "2019-05-07",
}
DISPATCH_FR = {
    "text": "L'armée syrienne a bombardé Saraqib lundi, tuant trois civils, selon un "
    "observateur local.",
    "title": "L'armée bombarde Saraqib",
    "actors": [("armée syrienne", "Military Forces of Syria")],
    "places": [("Saraqib", "Saraqib")],
    "dates": [("lundi", "2019-05-06")],
    "published": "2019-05-07",
    "lang": "fr",
}
ESSAY_FR = {
    "text": (
        "Pourquoi faisons-nous semblant ? Nos dirigeants connaissent la vérité, et ils doivent "
        "en répondre.\n\n"
        "Souvenez-vous : le régime a bombardé Idlib en 2012, puis en 2016, et nous n'avons "
        "rien dit, comme toujours.\n\n"
        "L'histoire nous jugera : chaque année depuis 2012, les mêmes mensonges, la même "
        "propagande, les mêmes crimes."
    ),
    "title": "Qu'attendons-nous ?",
    "actors": [("le régime", "Military Forces of Syria")],
    "places": [("Idlib", "Idlib")],
    "dates": [("2012", "2012"), ("2016", "2016")],
    "published": "2019-05-07",
    "lang": "fr",
}


@pytest.fixture()
def events_of(process: Callable[[Document], list[Event]]) -> Callable[..., Document]:
    def run(spec: dict[str, Any]) -> Document:
        doc = make_doc(**spec)
        process(doc)
        return doc

    return run


@pytest.mark.parametrize("spec", [DISPATCH_EN, DISPATCH_FR], ids=["en", "fr"])
def test_dispatch_features(events_of: Callable[..., Document], spec: dict[str, Any]) -> None:
    doc = events_of(spec)
    assert doc.events, "the rules find the shelling"
    f = event_features(doc, doc.events)[0]
    assert f["sub_event_type"] == "Shelling/artillery/missile attack"
    assert (f["seg_kind"], f["prev_kind"], f["lang"]) == ("body", "title", spec.get("lang", "en"))
    assert (f["has_date"], f["has_place"], f["time_precision"]) == (1.0, 1.0, 1.0)
    assert f["years_before_pub"] == 0.0 and f["old_year_in_text"] == 0.0
    assert f["cue_speech"] >= 1 and f["cue_recent"] >= 1  # "said"/"selon", "Monday"/"lundi"
    assert f["cue_person12"] == 0 and f["cue_question"] == 0
    assert 0.0 < f["rel_pos"] < 0.5


def test_essay_features(events_of: Callable[..., Document]) -> None:
    doc = events_of(ESSAY_FR)
    assert len(doc.events) == 2, "the rules find the two old bombings of the essay"
    feats = event_features(doc, doc.events)
    assert sorted(f["years_before_pub"] for f in feats) == [3.0, 7.0]  # 2016 and 2012
    for f in feats:
        assert f["old_year_in_text"] == 1.0
        assert f["same_sentence"] == 1.0 and f["same_sentence_type"] == 1.0
        assert f["cue_person12"] >= 1 and f["cue_negation"] >= 1 and f["cue_general"] >= 1
        assert f["para_index"] == 2.0  # the body's second paragraph, after the title
        assert f["art_questions"] == 2.0


def test_cue_counts_en_fr() -> None:
    assert cue_counts("Would the army really shell the town?", "en")["cue_question"] == 1
    assert cue_counts("Would the army really shell the town?", "en")["cue_conditional"] >= 1
    assert (
        cue_counts("L'armée bombarderait la ville, selon nos sources.", "fr")["cue_conditional"]
        >= 1
    )
    plain = cue_counts("The army shelled the town.", "en")
    assert plain["cue_question"] == plain["cue_conditional"] == plain["cue_person12"] == 0


def _rows(docs: list[Document]) -> list[dict[str, Any]]:
    """Feature rows of the documents' events with a made-up label (dated to the day)."""
    rows = []
    for doc in docs:
        for f in event_features(doc, doc.events):
            rows.append({**f, "label": int(f["time_precision"] == 1.0)})
    return rows


@pytest.fixture()
def rows(events_of: Callable[..., Document]) -> list[dict[str, Any]]:
    docs = [events_of(s) for s in (DISPATCH_EN, DISPATCH_FR, ESSAY_FR)]
    return _rows(docs) * 15  # enough rows for leaves of 20


def test_forest_predicts_as_sklearn_and_round_trips(
    rows: list[dict[str, Any]], tmp_path: Path
) -> None:
    sk = pytest.importorskip("sklearn.ensemble")
    forest = Forest.fit(rows, max_iter=30)
    import numpy as np

    x = encode(rows, forest.vocab)
    x[:, np.isnan(x).all(axis=0)] = 0.0  # as Forest.fit does (a column no row gives)
    clf = sk.HistGradientBoostingClassifier(
        max_iter=30,
        learning_rate=0.05,
        max_leaf_nodes=15,
        min_samples_leaf=20,
        l2_regularization=1.0,
        class_weight="balanced",
        random_state=0,
    ).fit(x, [r["label"] for r in rows])
    ours = forest.proba(rows)
    theirs = clf.predict_proba(x)[:, 1]
    assert max(abs(a - b) for a, b in zip(ours, theirs, strict=True)) < 1e-9
    assert ours[0] > 0.5 > ours[-1]  # the dispatch (dated to the day) over the essay (a year)
    path = tmp_path / "vetter.npz"
    forest.save(path)
    assert Forest.load(path).proba(rows) == ours
    assert Forest.fit(rows, max_iter=30).proba(rows) == ours  # deterministic
    assert list(forest.vocab) == list(CATEGORICAL)
    assert len(encode(rows[:1], forest.vocab)[0]) == len(feature_names()) - len(CATEGORICAL) + sum(
        len(v) for v in forest.vocab.values()
    )


def test_vetter_apply_sets_confidence_and_drops(
    rows: list[dict[str, Any]], events_of: Callable[..., Document]
) -> None:
    pytest.importorskip("sklearn")
    forest = Forest.fit(rows, max_iter=30)
    essay = events_of(ESSAY_FR)
    probs = forest.proba(event_features(essay, essay.events))
    assert all(p < 0.5 for p in probs)
    Vetter(forest, threshold=0.5).apply(essay)
    assert essay.events == []  # the essay's year-dated bombings fall under the bar
    again = events_of(ESSAY_FR)
    Vetter(forest, threshold=0.5, keep_min=1).apply(again)
    assert len(again.events) == 1 and again.events[0].confidence == round(max(probs), 3)
    dispatch = events_of(DISPATCH_EN)
    Vetter(forest, threshold=0.5).apply(dispatch)
    assert dispatch.events and all(e.confidence > 0.5 for e in dispatch.events)


def test_vetter_off_or_without_table() -> None:
    assert vetter_from_settings({"enabled": False}) is None
    assert vetter_from_settings({"enabled": True, "data": "/nonexistent/vetting/*.tsv"}) is None


def test_vetter_keeps_rule_confidence_and_skips_short_texts(
    rows: list[dict[str, Any]], events_of: Callable[..., Document]
) -> None:
    """As the stage runs it (set_confidence off): p only decides the drop; a text shorter
    than ``min_chars`` (a one-snippet item, unlike the dumps it learned from) is left alone."""
    pytest.importorskip("sklearn")
    forest = Forest.fit(rows, max_iter=30)
    dispatch = events_of(DISPATCH_EN)
    before = [(e.event_id, e.confidence) for e in dispatch.events]
    Vetter(forest, threshold=0.5, set_confidence=False).apply(dispatch)
    assert dispatch.events and {(e.event_id, e.confidence) for e in dispatch.events} <= set(before)
    essay = events_of(ESSAY_FR)
    n = len(essay.events)
    Vetter(forest, threshold=0.5, min_chars=len(essay.text) + 1).apply(essay)
    assert len(essay.events) == n > 0  # under the bar, but too short to be vetted


def test_events_stage_wires_the_shipped_vetter(tmp_path: Path) -> None:
    """default.toml ships the vetter off (it hurt the real seed dumps); turned on, the events
    stage builds it from the shipped table; `enabled = false` leaves the stage without one."""
    pytest.importorskip("sklearn")
    import tomllib
    from importlib.resources import files

    from newsift.events.stage import EventsStage

    cfg = tomllib.loads(files("newsift.data").joinpath("default.toml").read_text("utf-8"))
    vet = cfg["stages"]["events"]["vetting"]
    assert vet["enabled"] is False and 0.0 < vet["threshold"] < 0.5 and vet["keep_min"] >= 1
    on = EventsStage(vetting={**vet, "enabled": True, "cache_dir": str(tmp_path)})
    on.setup()
    assert on.vetter is not None and on.vetter.threshold == vet["threshold"]
    assert list(tmp_path.glob("vetter-*.npz")), "the fitted trees are cached"
    off = EventsStage(vetting={**vet, "enabled": False})
    off.setup()
    assert off.vetter is None
