"""The events stage's building blocks: schema, dates, fatalities, actors, precedence."""

from __future__ import annotations

import datetime as dt

from helpers import make_doc

from newsift.events.actors import actor_info, interaction
from newsift.events.extract import ArticleExtractor
from newsift.events.index import DocIndex
from newsift.events.resources import countries, lexicon, schema
from newsift.events.when import parse_value


def test_schema_has_acled_25_sub_event_types_and_six_event_types() -> None:
    s = schema()
    assert len(s.event_type) == 25
    assert set(s.event_type.values()) == {
        "Battles",
        "Explosions/Remote violence",
        "Violence against civilians",
        "Protests",
        "Riots",
        "Strategic developments",
    }
    assert s.event_type["Government regains territory"] == "Battles"
    assert s.event_type["Air/drone strike"] == "Explosions/Remote violence"
    assert s.event_type["Excessive force against protesters"] == "Protests"
    assert s.event_type["Mob violence"] == "Riots"
    assert s.rank["Suicide bomb"] < s.rank["Remote explosive/landmine/IED"]
    assert s.rank["Government regains territory"] < s.rank["Armed clash"]
    assert s.rank["Sexual violence"] < s.rank["Attack"]
    assert max(s.rank, key=s.rank.get) == "Other"
    assert s.plover["Armed clash"] == "FIGHT" and s.plover["Agreement"] == "AGREE"


def test_lexicons_load_for_every_language() -> None:
    for lang in ("en", "fr", "ru", "ar", "de", "es"):
        lex = lexicon(lang)
        assert lex.lang == lang and (lex.words or lex.stems) and lex.phrases
    assert any(t.sub == "@territory" for t in lexicon("fr").words["libérée"])
    assert lexicon("it").lang == "en"  # no lexicon: English triggers as a fallback


def test_stems_and_arabic_proclitics() -> None:
    ru = lexicon("ru")
    assert any(t.sub == "@territory" for t in ru.stem_triggers("освободили"))
    assert any(t.sub == "Air/drone strike" for t in ru.stem_triggers("авиаудары"))
    ar = lexicon("ar")
    assert "انفجار" in ar.forms("بانفجار")  # "by an explosion": the preposition comes off
    assert ar.stem_cue("fighting", "والاشتباكات")


def test_countries_use_acled_names_and_numeric_codes() -> None:
    c = countries()
    assert (c["SY"].isonumeric, c["SY"].name) == (760, "Syria")
    assert c["CD"].name == "Democratic Republic of Congo"
    assert c["PS"].name == "Palestine"
    assert c["XK"].isonumeric == 0


def test_interaction_codes() -> None:
    assert interaction(1, 2) == 12
    assert interaction(3, 1) == 13
    assert interaction(6, None) == 60
    assert interaction(None, None) is None


def test_actor_names_fall_back_on_acled_conventions(monkeypatch) -> None:
    from newsift.events import actors

    monkeypatch.setattr(actors, "_kb", lambda: None)
    actors.actor_info.cache_clear()
    assert actor_info(None, "Military Forces of Iraq").inter == 1
    assert actor_info(None, "Civilians (Kenya)").inter == 7
    assert actor_info(None, "Protesters (Iraq)").inter == 6
    actors.actor_info.cache_clear()


def test_date_values() -> None:
    day = parse_value("2017-11-03")
    assert day and (day.value, day.precision) == ("2017-11-03", 1)
    month = parse_value("2017-11")
    assert month and (month.precision, month.end) == (3, dt.date(2017, 11, 30))
    week = parse_value("2017-W45")
    assert week and week.precision == 2 and week.start == dt.date(2017, 11, 6)
    rng = parse_value("2017-11-01/2017-11-04")
    assert rng and (rng.value, rng.range_end, rng.precision) == ("2017-11-01", "2017-11-04", 2)
    listed = parse_value("2017-11-01/2017-11-04", listed=True)
    assert listed and listed.precision == 1
    assert parse_value("P3Y") is None and parse_value(None) is None
    assert parse_value("1861") and parse_value("1861").precision == 3  # type: ignore[union-attr]


def _fatalities(text: str, lang: str = "en") -> int | None:
    doc = make_doc(text, lang=lang)
    ix = DocIndex.build(doc)  # no parse needed for figures
    ext = ArticleExtractor(ix, 1, doc.articles[0], lang)
    return ext.fatalities(ext.views[ext.sents[0]])


def test_fatality_figures_take_the_lowest() -> None:
    assert _fatalities("At least 5 people were killed, and later reports said 8 died.") == 5
    assert _fatalities("The strikes killed dozens of civilians.") == 12
    assert _fatalities("Hundreds of people died in the shelling.") == 100
    assert _fatalities("Several soldiers were killed in the ambush.") == 3
    assert _fatalities("The bombing killed 1,200 people.") == 1200
    assert _fatalities("Twelve fighters were wounded in the clashes.") is None
    assert _fatalities("In 2014, the army entered the town.") is None
    assert _fatalities("Des dizaines de civils ont été tués.", "fr") == 12
    assert _fatalities("L'attaque a fait trois morts et dix blessés.", "fr") == 3
