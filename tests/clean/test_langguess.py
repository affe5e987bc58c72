"""The fast language guess used before lingua, and the line-feature cache."""

from __future__ import annotations

import pytest

from newsift.clean.langguess import quick_language
from newsift.clean.lexicon import markers
from newsift.clean.lines import Line, analyse, classify

ALL = frozenset({"en", "fr", "ru", "ar", "de", "es", "uk", "it", "tr", "fa"})


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("They were never going to hold the ridge once the road to the north was cut.", "en"),
        ("Hawija est encerclée depuis plus d’un an, ce sera plus rapide que pour Mossoul.", "fr"),
        ("Und wir haben es schon gesagt, dass die Armee nicht vor dem Winter kommt.", "de"),
        ("El ejército tomó la ciudad y los rebeldes se retiraron hacia el sur del país.", "es"),
        (
            "L'esercito ha preso la città e i ribelli si sono ritirati verso sud, dice l'agenzia.",
            "it",
        ),
        ("Второй раз за год. Надеюсь, в этот раз гарнизон оставят нормальный.", "ru"),
        ("Україна і Росія домовилися про обмін полоненими цього тижня.", "uk"),
        ("أعلنت قيادة العمليات المشتركة صباح الجمعة استعادة السيطرة على المدينة", "ar"),
        ("نیروهای عراقی کنترل شهر را به دست گرفتند و گفتند که جنگ تمام شد", "fa"),
    ],
)
def test_clear_cases(text: str, lang: str) -> None:
    assert quick_language(text, ALL) == lang


@pytest.mark.parametrize(
    "text",
    [
        "Nobody in Afrin misses the PKK.",  # too few function words: lingua decides
        "Abu Kamal, Deir Ezzor, Raqqa, Tabqa, Manbij, Kobane, Hasakah",
        "lol",
    ],
)
def test_unclear_cases_are_left_to_lingua(text: str) -> None:
    assert quick_language(text, ALL) is None


def test_a_language_outside_the_allowed_set_is_not_answered() -> None:
    text = "Второй раз за год. Надеюсь, в этот раз гарнизон оставят нормальный."
    assert quick_language(text, frozenset({"en", "fr"})) is None


def test_cached_features_equal_fresh_ones() -> None:
    text = "Reply\nAbu Omar says:\nNovember 19, 2017 at 2:11 pm\nReply\nShare on Facebook\nReply\n"
    m = markers()
    for _ in range(2):  # the second pass is served from the cache
        for ln in analyse(text, m):
            if not ln.text:
                continue
            fresh = Line(idx=0, start=0, end=len(ln.text), text=ln.text)
            classify(fresh, m)
            assert (ln.kind, ln.author, ln.date, ln.prose) == (
                fresh.kind,
                fresh.author,
                fresh.date,
                fresh.prose,
            )
