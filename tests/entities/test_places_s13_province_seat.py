"""Session 13 (fixer P): a province named as such stands at its capital (CONVENTIONS §8, as
ACLED places an event known only to its province), not at the centre of its places, which
for a long or lopsided province lies 50-70 km from any town a reader would name.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from newsift.entities.places_stage import PlacesStage
from newsift.geo import haversine_km
from newsift.model import Document, Mention, Segment

# public GeoNames coordinates of the capitals
TIKRIT, BAQUBAH, RAQQA = (34.6, 43.6833), (33.7466, 44.6437), (35.9528, 39.0079)


def _mention(places: PlacesStage, text: str, name: str, lang: str) -> Mention:
    doc = Document(
        doc_id="t",
        source="test",
        external_id="t",
        format="txt",
        text=text,
        segments=[Segment(0, len(text), "body", 1, lang)],
        ner=[],
    )
    start = text.index(name)
    mentions = places.process(doc).mentions
    out = [m for m in mentions if m.kind == "place" and m.start <= start < m.end]
    assert out, f"no place on {name!r}"
    return out[0]


@pytest.mark.parametrize(
    ("text", "name", "lang", "seat"),
    [
        ("Des combats ont éclaté dans la province de Salaheddine.", "Salaheddine", "fr", TIKRIT),
        ("Gunmen attacked a checkpoint in Diyala province overnight.", "Diyala", "en", BAQUBAH),
        ("L'aviation a frappé plusieurs villages de la province de Raqqa.", "Raqqa", "fr", RAQQA),
    ],
)
def test_province_stands_at_its_capital(
    places: PlacesStage, text: str, name: str, lang: str, seat: tuple[float, float]
) -> None:
    m = _mention(places, text, name, lang)
    assert m.precision == 3, (m.text, m.precision)
    assert m.lat is not None and m.lon is not None
    assert haversine_km(m.lat, m.lon, *seat) < 5, (m.text, m.lat, m.lon)
