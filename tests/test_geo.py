"""The one geo helper: distances the scorers' 25 km rule and the places stage rely on."""

import numpy as np
import pytest

from newsift.geo import haversine_km, haversine_km_many, moved


def test_deir_ez_zor_to_mayadin_is_about_forty_km() -> None:
    # Deir ez-Zor (35.336, 40.140) to al-Mayadin (35.021, 40.452): ~45 km by road, ~44 straight
    assert haversine_km(35.336, 40.140, 35.021, 40.452) == pytest.approx(44.6, abs=1.5)


def test_distance_is_symmetric_and_zero_on_itself() -> None:
    assert haversine_km(36.2, 37.16, 36.2, 37.16) == 0.0
    a = haversine_km(36.2, 37.16, 33.51, 36.29)
    assert a == pytest.approx(haversine_km(33.51, 36.29, 36.2, 37.16))
    assert 300 < a < 320  # Aleppo - Damascus


def test_many_agrees_with_one_by_one() -> None:
    lats = np.array([36.2, 33.51, 35.336])
    lons = np.array([37.16, 36.29, 40.140])
    many = haversine_km_many(34.8, 38.9, lats, lons)
    one = [haversine_km(34.8, 38.9, float(a), float(b)) for a, b in zip(lats, lons, strict=True)]
    assert many.tolist() == pytest.approx(one)


@pytest.mark.parametrize("bearing", [0, 90, 180, 270, 45])
def test_moved_lands_the_given_distance_away(bearing: float) -> None:
    lat, lon = moved(36.0, 38.0, 30.0, bearing)
    assert haversine_km(36.0, 38.0, lat, lon) == pytest.approx(30.0, rel=0.02)


def test_moved_north_raises_latitude_only() -> None:
    lat, lon = moved(36.0, 38.0, 30.0, 0)
    assert lat > 36.0 and lon == pytest.approx(38.0)
