"""Places, session 17: where a village the gazetteer lacks is put.

With no phrase tying it to a place ("près de Y", "Kx, à l'est de Y"), an unlisted village
borrows the coordinates of a place the text ties it to later ("Kx, au nord de Y"), else of the
nearest known town of the article's country -- the capital included (a first version passed
the capital over for another town of the country; on fresh pages that put a suburb of Beirut at
Hermel, 100 km away, so it was taken back). Sentences written for this file.
"""

from __future__ import annotations

from place_helpers import mention_on, places_in

from newsift.entities.places_stage import PlacesStage


def test_the_capital_when_it_is_the_only_town(places: PlacesStage) -> None:
    text = (
        "Les forces de sécurité ont bouclé mardi le village de Kfar Zoubeidat, a annoncé Damas, "
        "après une attaque contre un barrage."
    )
    m = mention_on(places_in(places, text, "fr"), text, "Kfar Zoubeidat")
    assert m is not None and m.country == "SY" and m.precision == 2


def test_a_village_is_placed_by_a_later_locating_phrase(places: PlacesStage) -> None:
    text = (
        "À Kfar Zoubeidat, les habitants ont enterré mardi deux soldats venus de Lattaquié. "
        "Damas a promis de "
        "riposter. Le lendemain, des obus sont tombés sur Kfar Zoubeidat, au sud de Hama, "
        "blessant un enfant."
    )
    ms = places_in(places, text, "fr")
    m = mention_on(ms, text, "Kfar Zoubeidat")
    assert m is not None and m.country == "SY"
    assert m.lat is not None and abs(m.lat - 35.13) < 0.1  # Hama's point, from "au sud de Hama"


def test_a_comma_clause_does_not_locate_a_village(places: PlacesStage) -> None:
    text = (
        "À Kfar Zoubeidat, les habitants ont enterré mardi deux soldats venus de Hama. Les "
        "rebelles ont nié toute attaque contre Kfar Zoubeidat, sans convaincre Lattaquié."
    )
    m = mention_on(places_in(places, text, "fr"), text, "Kfar Zoubeidat")
    assert m is not None and m.lat is not None
    assert abs(m.lat - 35.13) < 0.1  # Hama, the nearest town; not Latakia from ", sans ..."
