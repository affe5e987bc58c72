"""Places: far-away readings the text's own region must overrule, each on sentences written for
this file.

A namesake far from every other place of the text, in a country nothing else points to, is a
different place (Taza near Kirkuk is not Taza in Morocco, Salwa near Idlib not Salwá in Kuwait);
months next to numbers, rivers, descriptive phrases ("the western desert", "the White House"),
ships named after towns are no places at all; towns missing from cities500 and plural facilities
still resolve. NER spans are given by hand where a sentence needs the model's labels.
"""

from __future__ import annotations

import pytest

from newsift.entities.gazetteer import get_gazetteer
from newsift.entities.places_stage import PlacesStage
from newsift.model import Document, Mention, NerSpan, Segment


@pytest.fixture(scope="module")
def stage() -> PlacesStage:
    st = PlacesStage()
    st.setup()
    return st


def _ner(text: str, labels: dict[str, str]) -> list[NerSpan]:
    out = []
    for words, label in labels.items():
        start = text.index(words)
        out.append(NerSpan(start, start + len(words), label, "test"))
    return out


def _places(st: PlacesStage, text: str, labels: dict[str, str] | None = None,
            lang: str = "en") -> list[Mention]:  # fmt: skip
    doc = Document(
        doc_id="t",
        source="test",
        external_id="t",
        format="txt",
        text=text,
        segments=[Segment(0, len(text), "body", 1, lang)],
        ner=_ner(text, labels or {}),
    )
    return [m for m in st.process(doc).mentions if m.kind == "place"]


def _on(mentions: list[Mention], text: str, name: str) -> Mention | None:
    start = text.index(name)
    return next((m for m in mentions if m.start <= start < m.end), None)


def _has_namesake(name: str, country: str) -> bool:
    """The gazetteer does list the far-away namesake (else the test would prove nothing)."""
    g = get_gazetteer()
    return any(g.cc[h.row] == country for h in g.lookup(name))


# --------------------------------------------------------------------------- dates
def test_month_abbreviation_in_a_dateline_is_no_place(stage: PlacesStage) -> None:
    text = "BEIRUT, Nov 25 (Agency) - Syrian troops entered Mayadin after heavy fighting."
    assert _has_namesake("Nov", "TJ")
    found = _places(stage, text, {"Nov 25": "DATE", "BEIRUT": "GPE", "Mayadin": "GPE"})
    assert _on(found, text, "Nov") is None
    assert _on(found, text, "Mayadin") is not None


def test_month_after_a_day_number_is_no_place(stage: PlacesStage) -> None:
    text = "The convoy left Raqqa on 25 Nov and reached Tabqa the next day."
    found = _places(stage, text, {"Raqqa": "GPE", "Tabqa": "GPE"})
    assert _on(found, text, "Nov") is None
    assert {m.text for m in found} >= {"Raqqa", "Tabqa"}


def test_a_place_inside_a_time_span_stays_a_place(stage: PlacesStage) -> None:
    # small models swallow the name into "Mayadeen overnight" (TIME): not a date word
    text = "Russian jets struck positions near Albu Kamal and Mayadeen overnight, Moscow said."
    found = _places(stage, text, {"Mayadeen overnight": "TIME", "Albu Kamal": "GPE"})
    m = _on(found, text, "Mayadeen")
    assert m is not None and m.country == "SY"


# --------------------------------------------------------------------------- far namesakes
def test_short_name_of_a_town_near_the_text_beats_a_far_city(stage: PlacesStage) -> None:
    text = "Clashes broke out south of Kirkuk, near Taza, as Iraqi troops moved up from Tikrit."
    assert _has_namesake("Taza", "MA")
    m = _on(_places(stage, text, {"Taza": "GPE", "Kirkuk": "GPE", "Tikrit": "GPE"}), text, "Taza")
    assert m is not None and m.country == "IQ", m and m.canonical
    assert m.lat is not None and abs(m.lat - 35.3) < 0.5 and abs(m.lon - 44.3) < 0.5


def test_the_same_name_in_its_own_country_is_kept(stage: PlacesStage) -> None:
    text = "Protests spread from Fez and Oujda to Taza, in northern Morocco, on Sunday."
    m = _on(_places(stage, text, {"Taza": "GPE", "Fez": "GPE", "Oujda": "GPE"}), text, "Taza")
    assert m is not None and m.country == "MA"


def test_namesake_next_door_wins_over_one_across_the_sea(stage: PlacesStage) -> None:
    text = "Russian jets struck Saïda, a village east of Deraa, and shelled Nassib on Monday."
    assert _has_namesake("Saïda", "DZ")
    m = _on(_places(stage, text, {"Saïda": "GPE", "Deraa": "GPE"}), text, "Saïda")
    assert m is None or m.country != "DZ"


def test_saida_in_a_lebanese_text_is_sidon(stage: PlacesStage) -> None:
    text = "Israeli drones flew over Tyre and Nabatieh before a strike hit a car in Saïda."
    found = _places(stage, text, {"Saïda": "GPE", "Tyre": "GPE", "Nabatieh": "GPE"})
    m = _on(found, text, "Saïda")
    assert m is not None and m.country == "LB"


@pytest.mark.parametrize(
    ("text", "name", "far_country", "labels"),
    [
        (
            "Turkish troops set up a post near the village of Salwa, north of Idlib, not far "
            "from Atarib and Darat Izza.",
            "Salwa",
            "KW",
            {"Salwa": "GPE", "Idlib": "GPE", "Atarib": "GPE"},
        ),
        (
            "Government troops cleared the Al-Hamidiya, Al-Ardi and Al-Rashdiya districts of "
            "Deir ez-Zor on Friday.",
            "Al-Ardi",
            "IE",
            {"Al-Ardi": "LOC", "Al-Hamidiya": "LOC", "Deir ez-Zor": "GPE"},
        ),
        (
            "Russian jets bombed Deir ez-Zor and Mayadin as the army pushed toward the Levant "
            "border, Moscow said.",
            "Levant",
            "US",
            {"Levant": "LOC", "Deir ez-Zor": "GPE", "Mayadin": "GPE", "Moscow": "GPE"},
        ),
    ],
)
def test_small_far_namesake_with_nothing_pointing_to_it_is_dropped(
    stage: PlacesStage, text: str, name: str, far_country: str, labels: dict[str, str]
) -> None:
    found = _places(stage, text, labels)
    m = _on(found, text, name)
    assert m is None or m.country != far_country, m and m.canonical
    assert len(found) >= 2  # the text's own places are still there


def test_a_town_of_a_covered_war_is_never_a_far_namesake(stage: PlacesStage) -> None:
    text = "Houthi fighters attacked Marib while Syrian troops shelled Idlib and Hama."
    m = _on(_places(stage, text, {"Marib": "GPE", "Idlib": "GPE", "Hama": "GPE"}), text, "Marib")
    assert m is not None and m.country == "YE"


# --------------------------------------------------------------------------- not places
def test_river_is_no_town_even_in_a_text_naming_that_towns_country(stage: PlacesStage) -> None:
    text = (
        "Sur l'autre rive de l'Euphrate, les FDS soutenues par les États-Unis avancent vers "
        "Hajine et Abou Kamal."
    )
    labels = {"Euphrate": "LOC", "États-Unis": "LOC", "Hajine": "LOC", "Abou Kamal": "LOC"}
    found = _places(stage, text, labels, lang="fr")
    assert _on(found, text, "Euphrate") is None
    assert _on(found, text, "Hajine") is not None


def test_descriptive_phrase_is_not_a_far_country(stage: PlacesStage) -> None:
    # "the western desert" of Iraq is also Western Sahara's Arabic name
    text = "أعلن الجيش العراقي تطهير الصحراء الغربية في الأنبار من فلول داعش قرب القائم والرطبة."
    found = _places(stage, text, lang="ar")
    assert _on(found, text, "الصحراء الغربية") is None
    assert any(m.country == "IQ" for m in found)


def test_descriptive_phrase_is_the_country_where_its_neighbours_are_named(
    stage: PlacesStage,
) -> None:
    text = "قال المغرب إن الصحراء الغربية جزء من أراضيه، ورفضت الجزائر ذلك."
    m = _on(_places(stage, text, lang="ar"), text, "الصحراء الغربية")
    assert m is not None and m.country == "EH"


@pytest.mark.parametrize(
    ("text", "name", "labels"),
    [
        (
            "Officials at the White House said the strikes on Douma and Harasta were justified.",
            "White House",
            {"White House": "FAC", "Douma": "GPE", "Harasta": "GPE"},
        ),
        (
            "Rebels withdrew from the Old City of Homs under a deal brokered by the UN and Iran.",
            "Old City",
            {"Old City": "LOC", "Homs": "GPE", "Iran": "GPE"},
        ),
    ],
)
def test_common_phrase_far_from_the_text_is_no_place(
    stage: PlacesStage, text: str, name: str, labels: dict[str, str]
) -> None:
    found = _places(stage, text, labels)
    assert _on(found, text, name) is None, [(m.text, m.canonical) for m in found]


def test_ship_named_after_a_town_is_not_the_town(stage: PlacesStage) -> None:
    text = "The Kolpino submarine fired Kalibr missiles at targets near Palmyra and Deir ez-Zor."
    labels = {"Kolpino": "GPE", "Palmyra": "GPE", "Deir ez-Zor": "GPE"}
    found = _places(stage, text, labels)
    assert _on(found, text, "Kolpino") is None
    assert _on(found, text, "Palmyra") is not None
    text = "Le sous-marin Kolpino a tiré des missiles Kalibr sur des cibles près de Palmyre."
    assert _on(_places(stage, text, {"Kolpino": "LOC"}, lang="fr"), text, "Kolpino") is None


def test_the_town_itself_is_kept(stage: PlacesStage) -> None:
    text = "Residents of Kolpino, a town near St Petersburg, protested against a landfill."
    m = _on(_places(stage, text, {"Kolpino": "GPE"}), text, "Kolpino")
    assert m is not None and m.country == "RU"


# --------------------------------------------------------------------------- facilities, towns
def test_plural_facility_resolves_near_its_place(stage: PlacesStage) -> None:
    text = "SDF fighters took the Omar oil fields east of Deir ez-Zor from Islamic State."
    found = _places(stage, text, {"Omar": "PERSON"})
    m = _on(found, text, "Omar")
    assert m is not None and m.text == "Omar oil fields"
    assert m.country == "SY" and m.precision == 2


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A coalition air strike hit al-Shafah, a town near Hajin, killing 12 civilians.",
            "al-Shafah",
        ),  # fmt: skip
        (
            "Les derniers jihadistes sont retranchés à Baghouz, près de la frontière irakienne.",
            "Baghouz",
        ),  # fmt: skip
    ],
)
def test_town_missing_from_cities500_resolves_near_a_known_one(
    stage: PlacesStage, text: str, name: str
) -> None:
    m = _on(_places(stage, text), text, name)
    assert m is not None and m.country == "SY" and m.precision == 2
    assert m.lat is not None and 34.3 < m.lat < 34.8 and 40.7 < m.lon < 41.0


# --------------------------------------------------------------------------- memo
def test_memoised_lookups_and_resolutions_give_the_same_answer_twice(stage: PlacesStage) -> None:
    text = "Russian jets struck Saïda, a village east of Deraa, and shelled Nassib on Monday."
    labels = {"Saïda": "GPE", "Deraa": "GPE"}
    first = [(m.start, m.geonameid) for m in _places(stage, text, labels)]
    finder = stage._finder
    hits = finder._lookup("Deraa")
    hits.clear()  # a caller changing its list must not change the remembered answer
    assert finder._lookup("Deraa")
    assert [(m.start, m.geonameid) for m in _places(stage, text, labels)] == first
