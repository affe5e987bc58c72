"""The learned event typer (newsift.events.learned): training, prediction, combination.

The model is trained here from a small TSV written for these tests (not the project's data), so
the tests check the mechanics: it learns the wording of each type, the combination re-types only
when the model is sure enough, a NONE text makes no event, a proposal says where it comes from.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsift.events.learned import (
    NONE,
    Decision,
    LearnedTyper,
    Settings,
    combine,
    for_articles,
    mark,
    read_examples,
    train_from_files,
)
from newsift.model import Event

pytest.importorskip("sklearn")

ROWS = {
    "Abduction/forced disappearance": [
        "Gunmen kidnapped a village headman near the market and took him into the forest.",
        "Unknown men bundled a trader into a car at gunpoint and drove off with him.",
        "Armed men abducted three teachers on their way to school, relatives said.",
        "A journalist was seized by masked men outside his home and has not been seen since.",
        "Kidnappers snatched two aid workers from their vehicle on the highway.",
        "Des hommes armés ont enlevé un commerçant à la sortie du marché.",
        "Deux humanitaires ont été kidnappés par des inconnus sur la route de l'aéroport.",
        "Masked gunmen dragged a farmer from his house and bundled him into a pickup.",
    ],
    "Peaceful protest": [
        "Hundreds of teachers marched to the ministry to demand unpaid salaries.",
        "Residents held a peaceful sit-in outside the town hall against the new tax.",
        "Students rallied on the campus to protest against tuition fees.",
        "Farmers gathered in front of the governor's office demanding water for irrigation.",
        "Nurses staged a demonstration outside the hospital over working conditions.",
        "Des centaines d'habitants ont manifesté devant la mairie contre la hausse des prix.",
        "Des étudiants se sont rassemblés pacifiquement devant l'université.",
        "Taxi drivers marched through the city centre against fuel prices.",
    ],
    "Air/drone strike": [
        "Warplanes bombed a fuel depot on the outskirts of the town overnight.",
        "A drone strike hit a vehicle carrying militants on the road south of the city.",
        "Jets carried out air raids on positions held by the insurgents.",
        "An airstrike destroyed a bridge used by the rebels, the air force said.",
        "Helicopter gunships fired on a convoy near the border.",
        "Des avions de combat ont bombardé un dépôt de munitions près de la ville.",
        "Une frappe de drone a visé un véhicule de la milice au sud du village.",
        "Military aircraft struck a training camp in the hills.",
    ],
    NONE: [
        "The central bank raised interest rates by half a point, citing food prices.",
        "The football federation named a new coach for the national team.",
        "The finance minister presented the draft budget to parliament.",
        "Heavy rain is expected across the region later this week, forecasters said.",
        "The company reported a rise in quarterly profits on strong exports.",
        "Le gouvernement a présenté son projet de budget pour l'année prochaine.",
        "La banque centrale a relevé ses taux d'intérêt d'un demi-point.",
        "The new airport terminal will open to passengers in the spring.",
    ],
}


FR_OPENERS = frozenset({"Des", "Deux", "Une", "Le", "La"})


def write_tsv(path: Path) -> Path:
    lines = ["# test data written for tests/events/test_learned.py", "label\tlang\tstyle\ttext"]
    for label, texts in ROWS.items():
        for t in texts:
            lang = "fr" if t.split()[0] in FR_OPENERS else "en"
            lines.append(f"{label}\t{lang}\twire\t{t}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def tsv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_tsv(tmp_path_factory.mktemp("typing") / "small.tsv")


@pytest.fixture(scope="module")
def model(tsv: Path) -> LearnedTyper:
    ex = read_examples([tsv])
    return LearnedTyper().fit([e.text for e in ex], [e.label for e in ex])


def test_reads_rows_and_skips_comments_and_header(tsv: Path) -> None:
    ex = read_examples([tsv])
    assert len(ex) == sum(len(v) for v in ROWS.values())
    assert {e.label for e in ex} == set(ROWS)
    assert all(e.label != "label" and not e.text.startswith("#") for e in ex)
    assert any(e.lang == "fr" for e in ex)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Armed men kidnapped a local chief and drove off with him into the bush.",
            "Abduction/forced disappearance",
        ),
        ("Fighter jets bombed a weapons store near the airport at dawn.", "Air/drone strike"),
        (
            "Several hundred workers marched to parliament to demand higher wages.",
            "Peaceful protest",
        ),
        ("Des avions ont bombardé une caserne près de la frontière.", "Air/drone strike"),
        ("Le ministre a présenté le budget de l'État devant les députés.", NONE),
    ],
)
def test_predicts_obvious_types(model: LearnedTyper, text: str, label: str) -> None:
    got, p = model.predict(text)
    assert got == label
    probs = model.predict_proba(text)
    assert abs(sum(probs.values()) - 1.0) < 1e-6
    assert p == max(probs.values())


def test_combine_retypes_a_fallback_rule_type_when_the_model_is_sure() -> None:
    probs = {"Abduction/forced disappearance": 0.7, "Attack": 0.1, NONE: 0.2}
    d = combine("Attack", 0.6, probs)
    assert d.retyped and d.sub == "Abduction/forced disappearance" and d.rule_sub == "Attack"
    assert d.confidence == pytest.approx(0.5 * 0.6 + 0.5 * 0.7, abs=1e-3)


def test_combine_keeps_the_rule_type_when_the_model_is_unsure() -> None:
    probs = {"Grenade": 0.32, "Suicide bomb": 0.3, NONE: 0.38}
    d = combine("Suicide bomb", 0.7, probs, Settings(family_min=0.3, family_margin=0.05))
    assert not d.retyped and d.sub == "Suicide bomb"
    # outside a family and over a specific rule type the model needs the full bar
    probs2 = {"Agreement": 0.38, "Air/drone strike": 0.3, NONE: 0.32}
    assert not combine("Air/drone strike", 0.7, probs2).retyped


def test_combine_never_retypes_to_none_and_actors_name_the_territory_type() -> None:
    assert combine("Armed clash", 0.7, {NONE: 0.9, "Armed clash": 0.1}).sub == "Armed clash"
    grt, nsa = "Government regains territory", "Non-state actor overtakes territory"
    # the rules chose by actor1: the model's "recaptured" wording cannot swap the two
    assert combine(nsa, 0.7, {grt: 0.8, nsa: 0.1, NONE: 0.1}).sub == nsa
    assert combine(grt, 0.7, {nsa: 0.8, grt: 0.1, NONE: 0.1}).sub == grt
    # a clash the model reads as taken ground: actor1's kind names the territory type
    probs = {grt: 0.5, nsa: 0.2, "Armed clash": 0.2, NONE: 0.1}
    assert combine("Armed clash", 0.6, probs, inter=2).sub == nsa
    assert combine("Armed clash", 0.6, probs, inter=1).sub == grt
    assert combine("Armed clash", 0.6, probs).sub == grt


def test_articles_need_the_high_bar() -> None:
    probs = {"Attack": 0.55, "Armed clash": 0.25, NONE: 0.2}
    assert combine("Armed clash", 0.6, probs).sub == "Attack"
    assert combine("Armed clash", 0.6, probs, for_articles(Settings())).sub == "Armed clash"
    sure = {"Attack": 0.9, "Armed clash": 0.05, NONE: 0.05}
    assert combine("Armed clash", 0.6, sure, for_articles(Settings())).sub == "Attack"
    # an article event the model does not re-type keeps the rules' confidence
    assert combine("Armed clash", 0.6, probs, for_articles(Settings())).confidence == 0.6


def test_combined_confidence_ranks_the_event_the_model_agrees_with_first() -> None:
    probs = {"Arrests": 0.8, "Armed clash": 0.1, NONE: 0.1}
    clash = combine("Armed clash", 0.75, {**probs, "Arrests": 0.0})  # Arrests taken elsewhere
    arrest = combine("Arrests", 0.7, probs)
    assert arrest.confidence > clash.confidence


def test_mark_names_the_model_in_extractor_and_tags() -> None:
    e = Event(
        event_type="Violence against civilians",
        sub_event_type="Abduction/forced disappearance",
        doc_id="d",
        extractor="newsift.events:rules-v1",
        tags="plover: ABDUCT",
    )
    mark(e, Decision("Abduction/forced disappearance", 0.6, 0.7, True, "Attack"), False)
    assert "learned" in e.extractor and "re-typed from Attack" in (e.tags or "")
    e2 = Event(event_type="Battles", sub_event_type="Armed clash", doc_id="d", extractor="x")
    mark(e2, Decision("Armed clash", 0.6, 0.7, False, "Armed clash"), False)
    assert e2.extractor == "x"


def test_cache_is_written_and_reused(tsv: Path, tmp_path: Path) -> None:
    pattern = str(tsv.parent / "*.tsv")
    first = train_from_files(pattern, tmp_path)
    assert first is not None
    cached = list(tmp_path.glob("typer-*.npz"))
    assert len(cached) == 1
    again = train_from_files(pattern, tmp_path)
    assert again is not None and again.classes == first.classes
    text = "Jets bombed a depot."
    assert again.predict_proba(text) == pytest.approx(first.predict_proba(text))


def test_models_of_other_data_are_kept_until_unused_for_a_week(tsv: Path, tmp_path: Path) -> None:
    import os
    import time

    from newsift.events import learned

    other = tmp_path / "typer-another-checkout.npz"
    stale = tmp_path / "typer-an-old-version.npz"
    other.write_bytes(b"in use by another newsift")
    stale.write_bytes(b"unused")
    old = time.time() - learned.STALE_CACHE_SECONDS - 60
    os.utime(stale, (old, old))
    assert train_from_files(str(tsv.parent / "*.tsv"), tmp_path) is not None
    assert other.exists() and not stale.exists()
    assert len(list(tmp_path.glob("typer-*.npz"))) == 2  # its own model and the one in use


# ---------------------------------------------------------------------------- in the pipeline
@pytest.fixture(scope="module")
def learned_stage(tsv: Path):  # noqa: ANN201 - an EventsStage with the small model
    from newsift.events.stage import EventsStage

    stage = EventsStage(
        learned={
            "enabled": True,
            "data": str(tsv.parent / "*.tsv"),
            "cache_dir": "",
            "langs": ["en", "fr"],
            "propose_min": 0.05,
        }
    )
    stage.setup()
    assert stage.typing is not None
    return stage


def run(nlp_stage, stage, text: str) -> list[Event]:  # noqa: ANN001
    from helpers import make_doc

    doc = make_doc(text)
    nlp_stage.process(doc)
    stage.process(doc)
    return doc.events


def test_a_none_text_makes_no_event(nlp_stage, learned_stage) -> None:  # noqa: ANN001
    text = "The central bank raised its interest rates by a full point on Wednesday."
    assert learned_stage.typing.model.predict(text)[0] == NONE
    assert run(nlp_stage, learned_stage, text) == []


def test_the_model_proposes_an_event_the_rules_miss(nlp_stage, learned_stage) -> None:  # noqa: ANN001
    from newsift.events.stage import EventsStage

    text = (
        "Masked men bundled two aid workers into a car near Kismayo and drove off, a relative said."
    )
    rules_only = EventsStage()
    rules_only.setup()
    assert run(nlp_stage, rules_only, text) == []
    events = run(nlp_stage, learned_stage, text)
    assert [e.sub_event_type for e in events] == ["Abduction/forced disappearance"]
    assert "learned" in events[0].extractor and "proposed" in (events[0].tags or "")
    assert events[0].evidence_text and "bundled" in events[0].evidence_text


def test_rule_and_model_agreeing_keeps_the_rule_extractor(nlp_stage, learned_stage) -> None:  # noqa: ANN001
    text = "Hundreds of nurses marched through Nairobi on Thursday to demand unpaid wages."
    events = run(nlp_stage, learned_stage, text)
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]
    assert events[0].extractor == "newsift.events:rules-v1"
    assert "learned" not in (events[0].tags or "")


def test_excessive_force_needs_someone_hurt(learned_stage) -> None:  # noqa: ANN001
    """ACLED's Excessive force is lethal or seriously injuring force; arrests alone are not."""
    typing = learned_stage.typing
    sub = "Excessive force against protesters"
    assert sub in typing.lacking_cues("Police rounded up 30 demonstrators at the rally.")
    assert sub in typing.lacking_cues("La police a interpellé une trentaine de manifestants.")
    assert sub not in typing.lacking_cues("Troops shot dead four protesters at the sit-in.")
    assert sub not in typing.lacking_cues("Les forces de l'ordre ont tué deux manifestants.")
