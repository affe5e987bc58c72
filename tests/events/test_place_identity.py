"""One place across mentions: the grouping key and the pairwise test (events.resources)."""

from newsift.events.resources import place_identity, same_place
from newsift.model import Mention


def _place(text: str, geonameid: int | None = None, canonical: str | None = None) -> Mention:
    return Mention(
        start=0, end=len(text), text=text, kind="place", canonical=canonical, geonameid=geonameid
    )


def test_two_spellings_of_a_listed_town_are_one_place() -> None:
    a = _place("Abou Kamal", 170017, "Abu Kamal")
    b = _place("al-Boukamal", 170017, "Abu Kamal")
    assert same_place(a, b)
    assert place_identity(a) == place_identity(b)


def test_namesakes_with_different_ids_are_not_one_place() -> None:
    assert not same_place(
        _place("Mansoura", 1, "Al Mansurah"), _place("Mansoura", 2, "Al Mansurah")
    )


def test_an_unlisted_mention_matches_the_listed_town_of_that_name_pairwise_only() -> None:
    listed = _place("Raqqa", 163915, "Raqqa")
    unlisted = _place("RAQQA")
    assert same_place(listed, unlisted)  # the pair falls back to folded names
    assert place_identity(listed) != place_identity(unlisted)  # a key is one value per mention


def test_unlisted_villages_compare_by_folded_name() -> None:
    assert same_place(_place("Kafr Zita"), _place("kafr zita"))
    assert not same_place(_place("Kafr Zita"), _place("Latamné"))
