"""Places stage: transliteration variants, cues and precision, context, false positives."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from newsift.entities import gazetteer as gz
from newsift.entities.places_stage import PlacesStage
from newsift.model import Document, Mention, NerSpan, Segment

ABU_KAMAL, DEIR_CITY, DEIR_GOV, MAYADIN, QAIM = 174448, 170794, 170792, 173480, 92138
RAQQA, ALEPPO, HOMS_SY = 172955, 170063, 169577


@pytest.fixture(scope="module")
def stage() -> PlacesStage:
    st = PlacesStage()
    st.setup()
    return st


def _doc(text: str, lang: str | None = "en", ner: list[NerSpan] | None = None) -> Document:
    return Document(
        doc_id="t",
        source="test",
        external_id="t",
        format="txt",
        text=text,
        segments=[Segment(0, len(text), "body", 1, lang)],
        ner=ner or [],
    )


def _places(stage: PlacesStage, text: str, **kw: object) -> list[Mention]:
    doc = stage.process(_doc(text, **kw))  # type: ignore[arg-type]
    return [m for m in doc.mentions if m.kind == "place"]


def _at(mentions: list[Mention], text: str, name: str) -> Mention:
    start = text.index(name)
    found = [m for m in mentions if m.start <= start < m.end]
    assert found, f"no place mention on {name!r} in {[m.text for m in mentions]}"
    return found[0]


@pytest.mark.parametrize(
    ("names", "gid"),
    [
        (
            ["Abu Kamal", "al-Bukamal", "Albou Kamal", "Al-Boukamal", "Abou Kamal", "Ālbū Kamāl"],
            ABU_KAMAL,
        ),
        (["Deir ez-Zor", "Deir Ezzor", "Dayr az Zawr", "Deir el-Zor"], DEIR_CITY),
        (["Al-Mayadin", "Mayadeen", "al-Mayadin"], MAYADIN),
        (["al-Qaim", "Al-Qaem"], QAIM),
        (["Raqqa", "Rakka"], RAQQA),
        (["Aleppo", "Alep", "Halab"], ALEPPO),
    ],
)
def test_spelling_variants_resolve_to_one_place(
    stage: PlacesStage, names: list[str], gid: int
) -> None:
    for name in names:
        text = f"Heavy fighting was reported in {name} on Sunday, activists said."
        m = _at(_places(stage, text), text, name)
        assert m.geonameid == gid, (name, m.canonical)
        assert m.kb_id == f"geonames:{gid}"
        assert m.precision == 1


@pytest.mark.parametrize(
    ("text", "name", "gid"),
    [
        ("Бои продолжаются в Алеппо, сообщают источники.", "Алеппо", ALEPPO),
        ("Российская авиация нанесла удары в районе Дейр-эз-Зора.", "Дейр-эз-Зора", DEIR_CITY),
        ("Сирийская армия освободила Абу-Камаль.", "Абу-Камаль", ABU_KAMAL),
        ("قصفت طائرات التحالف مواقع في الرقة أمس.", "الرقة", RAQQA),
        ("أعلن الجيش السيطرة على مدينة البوكمال.", "البوكمال", ABU_KAMAL),
        ("Die Armee hat Deir ez-Zor zurückerobert.", "Deir ez-Zor", DEIR_CITY),
        ("Los bombardeos en Alepo dejaron decenas de muertos.", "Alepo", ALEPPO),
    ],
)
def test_other_scripts_and_languages_without_ner(stage: PlacesStage, text: str, name: str,
                                                 gid: int) -> None:  # fmt: skip
    m = _at(_places(stage, text, lang=None), text, name)
    assert m.geonameid == gid


def test_offsets_are_exact(stage: PlacesStage) -> None:
    text = "Syrian troops entered Abu Kamal on Thursday.\nThe army also shelled Mayadeen."
    ms = _places(stage, text)
    assert [m.text for m in ms] == ["Abu Kamal", "Mayadeen"]
    for m in ms:
        assert text[m.start : m.end] == m.text
        assert m.article == 1
        assert m.lat is not None and m.lon is not None and m.country == "SY"
        assert m.admin1 == "Deir ez-Zor"


def test_near_gives_precision_2_and_province_precision_3(stage: PlacesStage) -> None:
    text = "Air strikes hit villages near Raqqa and two towns in Deir Ezzor province."
    ms = _places(stage, text)
    near = _at(ms, text, "Raqqa")
    assert near.geonameid == RAQQA and near.precision == 2
    prov = _at(ms, text, "Deir Ezzor")
    assert prov.geonameid == DEIR_GOV and prov.precision == 3
    assert prov.text == "Deir Ezzor province"
    fr = "Les combats se poursuivent dans la province de Deir ez-Zor et aux abords d'Alep."
    ms = _places(stage, fr, lang="fr")
    assert _at(ms, fr, "Deir ez-Zor").precision == 3
    alep = _at(ms, fr, "Alep")
    assert alep.geonameid == ALEPPO and alep.precision == 2


def test_features_resolve_to_nearest_place_with_precision_2(stage: PlacesStage) -> None:
    text = "Drones attacked the T2 pumping station and Deir Ezzor airport overnight."
    ms = _places(stage, text)
    t2 = _at(ms, text, "T2")
    assert t2.precision == 2 and t2.geonameid == ABU_KAMAL
    airport = _at(ms, text, "Deir Ezzor")
    assert airport.precision == 2 and airport.geonameid == DEIR_CITY
    assert airport.text == "Deir Ezzor airport"


def test_country_has_precision_3(stage: PlacesStage) -> None:
    text = "Russia and Iran back the government of Syria."
    ms = _places(stage, text)
    assert {m.country for m in ms} == {"RU", "IR", "SY"}
    assert all(m.precision == 3 for m in ms)


def test_context_disambiguates_tripoli(stage: PlacesStage) -> None:
    lb = "Clashes broke out in Tripoli as the army deployed in Beirut and the Bekaa, Lebanon."
    ly = "Militias from Misrata and Benghazi advanced on Tripoli, the Libyan capital."
    assert _at(_places(stage, lb), lb, "Tripoli").country == "LB"
    assert _at(_places(stage, ly), ly, "Tripoli").country == "LY"
    homs = "Government shelling hit Homs, residents said."
    assert _at(_places(stage, homs), homs, "Homs").geonameid == HOMS_SY


def test_ner_person_labels_are_hints_only(stage: PlacesStage) -> None:
    text = "Iraqi forces retook al-Qaim. Les forces ont repris Albou Kamal."
    ner = [
        NerSpan(text.index("al-Qaim"), text.index("al-Qaim") + 7, "PERSON", "spacy"),
        NerSpan(text.index("Albou"), text.index("Albou") + 11, "PER", "spacy"),
    ]
    ms = _places(stage, text, ner=ner)
    assert _at(ms, text, "al-Qaim").geonameid == QAIM
    assert _at(ms, text, "Albou Kamal").geonameid == ABU_KAMAL


def test_no_places_on_common_words_and_person_names(stage: PlacesStage) -> None:
    text = (
        "Mission accomplished, the Rebel commander said. Of course, Victoria Nuland disagreed. "
        "Bashar al-Assad met the Secretary of the White House."
    )
    ner = [NerSpan(text.index("Bashar"), text.index("Bashar") + 15, "PERSON", "spacy")]
    assert _places(stage, text, ner=ner) == []
    # Demonyms are not places either.
    text = "A Syrian official and Turkish troops met Iraqi officers."
    assert _places(stage, text) == []


def test_rerun_is_idempotent_and_duplicates_skipped(stage: PlacesStage) -> None:
    doc = _doc("Rebels shelled Aleppo and Idlib.")
    stage.process(doc)
    n = len(doc.mentions)
    assert n == 2
    stage.process(doc)
    assert len(doc.mentions) == n
    dup = _doc("Rebels shelled Aleppo and Idlib.")
    dup.duplicate_of = "other"
    assert stage.process(dup).mentions == []


def test_comments_are_not_scanned(stage: PlacesStage) -> None:
    text = "Troops entered Raqqa.\nGreat article, greetings from Aleppo!"
    doc = _doc(text)
    doc.segments = [Segment(0, 22, "body", 1, "en"), Segment(22, len(text), "comment", None, "en")]
    stage.process(doc)
    assert [m.text for m in doc.mentions] == ["Raqqa"]


def test_index_is_built_once_when_missing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[Path] = []

    def fake_build(target: Path) -> dict[str, object]:
        calls.append(target)
        (target / "meta.json").write_text(json.dumps({"version": "test"}))
        return {}

    monkeypatch.setattr(gz, "build_index", fake_build)
    first = gz.ensure_index(tmp_path)
    second = gz.ensure_index(tmp_path)
    assert first == second and len(calls) == 1
    assert (first / "meta.json").exists()
    assert not list((tmp_path / "places").glob(".gaz-tmp-*"))  # published by rename
    (first / "meta.json").unlink()  # a broken or missing index is rebuilt
    gz.ensure_index(tmp_path)
    assert len(calls) == 2


def test_index_load_time_is_measured(capsys: pytest.CaptureFixture[str]) -> None:
    path = gz.ensure_index()
    t0 = time.perf_counter()
    g = gz.Gazetteer(path)
    seconds = time.perf_counter() - t0
    assert g.lookup("Abu Kamal")
    with capsys.disabled():
        print(f"\n[places] gazetteer index load: {seconds:.2f} s, {len(g.names)} places")
