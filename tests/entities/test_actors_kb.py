"""The actor knowledge base: size, integrity, ACLED-compatible names and roll-ups."""

from __future__ import annotations

import re
from importlib import resources

from newsift.entities.actors import (
    KINDS,
    ROLES,
    acled_name,
    actor_inter,
    load_actor_kb,
    load_countries,
    state_actor_id,
)


def test_kb_size_ids_parents_codes() -> None:
    kb = load_actor_kb()
    assert len(kb) >= 400
    hand = [a for a in kb.values() if a.role is None]
    assert len(hand) >= 300, "the hand-written part alone should be substantial"
    countries = load_countries()
    for aid, actor in kb.items():
        assert aid == actor.id and re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", aid), aid
        assert 1 <= actor.inter <= 8, aid
        assert actor.kind in KINDS, aid
        assert actor.name.strip() == actor.name and actor.name, aid
        if actor.parent is not None:
            assert actor.parent in kb, (aid, actor.parent)
            assert actor.parent != aid
        if actor.country is not None:
            assert re.fullmatch(r"[A-Z]{2}", actor.country), aid
        for c in actor.scope:
            assert re.fullmatch(r"[A-Z]{2}", c), aid
        assert actor.aliases, aid
        for alias in actor.aliases:
            assert alias.text and alias.text == alias.text.strip(), (aid, alias)
            assert not alias.text.startswith("~"), (aid, alias)
            assert alias.lang in ("en", "fr", "ru", "ar", "de", "es")
    assert len(countries) >= 40


def test_parent_chains_have_no_cycles() -> None:
    kb = load_actor_kb()
    for actor in kb.values():
        seen = {actor.id}
        cur = actor
        while cur.parent:
            assert cur.parent not in seen, f"cycle through {actor.id}"
            seen.add(cur.parent)
            cur = kb[cur.parent]


def test_every_country_has_its_state_actors() -> None:
    kb = load_actor_kb()
    for iso in load_countries():
        for role in ("government", "military", "police", "air_force", "civilians"):
            assert state_actor_id(iso, role) in kb, (iso, role)
    assert set(ROLES) >= {a.role for a in kb.values() if a.role}


def test_names_compatible_with_the_gold() -> None:
    names = {a.name for a in load_actor_kb().values()}
    for expected in (
        "Military Forces of Syria",
        "Military Forces of Russia",
        "Military Forces of Iraq",
        "Military Forces of the United States",
        "Government of the United States",
        "Islamic State",
        "Popular Mobilization Forces",
        "Hezbollah",
        "Syrian Democratic Forces",
        "Kurdistan Regional Government",
        "Peshmerga (Kurdistan Regional Government)",
        "Civilians (Iraq)",
        "Government of Spain",
        "Military Forces of Panama",
        "Global Coalition Against Daesh",
        "Military Forces of the Philippines",
    ):
        assert expected in names, expected


def test_issue_examples_are_in_the_kb() -> None:
    kb = load_actor_kb()
    for aid in (
        "sy-tiger-forces",
        "sy-republican-guard",
        "sy-4th-armoured-division",
        "ru-air-force",
        "iq-cts",
        "cjtf-oir",
        "is",
        "sy-hts",
        "sy-sdf",
        "sy-ypg",
        "iq-pmf",
        "iq-kataib-hezbollah",
        "lb-hezbollah",
        "sy-fsa",
        "sy-jaysh-al-islam",
        "sy-ahrar-al-sham",
        "ru-wagner",
        "ye-houthis",
        "aqap",
        "jnim",
        "ps-hamas",
        "ps-pij",
        "af-taliban",
        "ly-lna",
        "sy-sana",
        "ru-sputnik",
        "ru-rt",
        "ru-southfront",
        "media-bbc",
        "qa-al-jazeera",
        "media-reuters",
        "media-afp",
        "sy-sohr",
        "sy-bashar-al-assad",
        "ru-vladimir-putin",
        "ir-qassem-soleimani",
        "lb-hassan-nasrallah",
        "tr-recep-tayyip-erdogan",
    ):
        assert aid in kb, aid
    assert kb["ru-air-force"].name == "Russian Aerospace Forces"
    is_aliases = {a.text for a in kb["is"].aliases}
    assert {
        "ISIS",
        "ISIL",
        "IS",
        "Daesh",
        "Daech",
        "EI",
        "État islamique",
        "ИГИЛ",
        "داعش",
    } <= is_aliases
    sdf = {a.text for a in kb["sy-sdf"].aliases}
    assert {"SDF", "FDS"} <= sdf
    saa = {a.text for a in kb["sy-military"].aliases}
    assert {"SAA", "AAS", "Armée arabe syrienne", "armée syrienne"} <= saa


def test_acled_roll_up_and_inter() -> None:
    assert acled_name("sy-tiger-forces") == "Military Forces of Syria"
    assert acled_name("sy-4th-armoured-division") == "Military Forces of Syria"
    assert acled_name("ru-air-force") == "Military Forces of Russia"
    assert acled_name("ru-defence-ministry") == "Military Forces of Russia"
    assert acled_name("ru-vladimir-putin") == "Government of Russia"
    assert acled_name("ru-foreign-ministry") == "Government of Russia"
    assert acled_name("iq-pmf") == "Popular Mobilization Forces"
    assert acled_name("is") == "Islamic State"
    assert acled_name("nope") is None
    assert actor_inter("sy-military") == 1
    assert actor_inter("sy-sdf") == 2
    assert actor_inter("sy-civilians") == 7
    assert actor_inter("sy-protesters") == 6
    assert actor_inter("ru-wagner") == 8
    assert actor_inter("nope") is None


def test_data_files_are_documented() -> None:
    base = resources.files("newsift.data").joinpath("actors")
    for name in ("countries.tsv", "state_templates.toml", "context.toml"):
        head = base.joinpath(name).read_text("utf-8").splitlines()[0]
        assert head.startswith("#") and "newsift" in head, name
    for item in base.joinpath("kb").iterdir():
        if item.name.endswith(".toml"):
            text = item.read_text("utf-8")
            assert text.startswith("#") and "Format" in text.split("[[actor]]")[0], item.name
    assert "inter" in base.joinpath("README.md").read_text("utf-8")
