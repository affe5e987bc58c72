"""Great-circle distances and offsets in km: one Earth radius and one formula for every stage.

Why: places (namesakes, nearest anchors), events (near/far places of an act), the scorers
(DESIGN.md's 25 km rule) and the report's map clusters all measure distances; one module keeps
them from drifting apart.
"""

from __future__ import annotations

import math

import numpy as np

EARTH_RADIUS_KM = 6371.0088  # IUGG mean radius
KM_PER_DEGREE = 111.2  # of latitude, near enough for offsets of tens of km


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance between two points in degrees."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def haversine_km_many(lat: float, lon: float, lats: np.ndarray, lons: np.ndarray) -> np.ndarray:
    """Great-circle distances from one point to many (vectorised over the gazetteer)."""
    p1, la, lo = math.radians(lat), np.radians(lats), np.radians(lons)
    h = (
        np.sin((la - p1) / 2) ** 2
        + math.cos(p1) * np.cos(la) * np.sin((lo - math.radians(lon)) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(h, 0, 1)))


def moved(lat: float, lon: float, km: float, bearing: float) -> tuple[float, float]:
    """The point ``km`` away on a compass ``bearing`` (degrees from north), flat-Earth
    approximation: "à 30 km au nord de Y" locates a village to a few hundred metres."""
    rad = math.radians(bearing)
    return (
        lat + km * math.cos(rad) / KM_PER_DEGREE,
        lon + km * math.sin(rad) / (KM_PER_DEGREE * math.cos(math.radians(lat))),
    )
