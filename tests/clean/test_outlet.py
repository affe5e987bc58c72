"""The site's name from its chrome: copyright lines, masthead, reconciled spellings."""

from __future__ import annotations

import pytest

from newsift.clean.lexicon import markers
from newsift.clean.outlet import copyright_name
from newsift.clean.stage import CleanStage
from newsift.model import Document


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("© 2016 The Aleppo Post. All rights reserved.  Privacy  Terms", "The Aleppo Post"),
        ("Le Journal de Mossoul © 2017. Reproduction interdite.", "Le Journal de Mossoul"),
        ("© Nord-Levant Hebdo 2018 – Mentions légales – Contact", "Nord-Levant Hebdo"),
        ("Raqqa Today | Independent news since 2013 | © 2018", "Raqqa Today"),
        ("About · Contact · © 2017 Idlib Observer", "Idlib Observer"),
        ("© 2017 «Восточный вестник». Все права защищены.", "Восточный вестник"),
        ("Damas-Info.net – tous droits réservés – contact@damas-info.net", "Damas-Info.net"),
        ("© 2016", None),
        ("Copyright notice: all material may be quoted with a link.", None),
    ],
)
def test_copyright_name(line: str, name: str | None) -> None:
    assert copyright_name(line, markers().rights) == name


def _outlet(text: str) -> str | None:
    st = CleanStage()
    doc = st.process(Document(doc_id="o", source="o", external_id="o", format="txt", text=text))
    return doc.articles[0].outlet


BODY = (
    "Rebel groups shelled the western districts of the city on Friday, the state news agency "
    "said, killing four civilians and wounding a dozen others near the university.\n\n"
    "The army answered with air strikes on the southern outskirts, residents said, and the road "
    "to the airport was closed for the whole afternoon.\n\n"
)


def test_masthead_in_capitals_takes_the_footer_spelling() -> None:
    text = (
        "THE ALEPPO POST\nNews   Analysis   Maps   Contact\n\nShelling hits western Aleppo\n"
        "March 3, 2016\n\n" + BODY + "© 2016 The Aleppo Post\n"
    )
    assert _outlet(text) == "The Aleppo Post"


def test_masthead_spells_out_an_abbreviated_footer() -> None:
    text = (
        "Aleppo Daily Dispatch\nNews | Local | Economy | Sports\n\nShelling hits western Aleppo\n"
        "March 3, 2016\n\n" + BODY + "© 2016 ADD. All rights reserved.\n"
    )
    assert _outlet(text) == "Aleppo Daily Dispatch"


def test_capital_masthead_without_footer_is_title_cased() -> None:
    text = (
        "NORD-LEVANT HEBDO\nSyrie   Irak   Liban   Contact\n\nShelling hits western Aleppo\n"
        "March 3, 2016\n\n" + BODY
    )
    assert _outlet(text) == "Nord-Levant Hebdo"


def test_page_opening_with_its_article_has_no_masthead() -> None:
    assert _outlet("Shelling hits western Aleppo\nMarch 3, 2016\n\n" + BODY) is None
