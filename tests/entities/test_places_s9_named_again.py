"""Places, session 9 (fixer P): one reading per name and article. A town the statistical
tagger reads as a person where nothing around it says "place" ("Hajin, que ...", "Kerzat est
tombée") is still a place when the same article places that name confidently elsewhere ("à
Kerzat", "the town of Kerzat"); a title before it ("le général X") or a longer person's name
keeps the person. Sentences written for this file (the towns are real Syrian and Iraqi towns
of the gazetteer).
"""

from __future__ import annotations

from typing import Any

import pytest

from newsift.model import Document


@pytest.fixture(scope="module")
def stages() -> list[Any]:
    pytest.importorskip("spacy")
    from newsift.config import default_toml
    from newsift.stage import build_stage

    conf = default_toml()
    out = []
    for name in conf["pipeline"]["stages"]:
        if name == "events":
            break
        st = build_stage(name, conf.get("stages", {}).get(name) or {})
        st.setup()
        out.append(st)
    return out


def _places(stages: list[Any], text: str) -> list[tuple[int, str | None]]:
    from newsift.stage import DocumentStage

    docs = [Document(doc_id=str(abs(hash(text))), source="t.txt", external_id="t.txt",
                     format="txt", text=text)]  # fmt: skip
    for st in stages:
        docs = (
            [st.process(d) for d in docs] if isinstance(st, DocumentStage) else list(st.run(docs))
        )
    return [(m.start, m.canonical) for m in docs[0].mentions if m.kind == "place"]


def _at(text: str, name: str, nth: int) -> int:
    at = -1
    for _ in range(nth):
        at = text.index(name, at + 1)
    return at


@pytest.mark.parametrize(
    ("text", "name", "nth"),
    [
        (  # FR: a relative clause after the bare name, the name placed later with "à"
            "Deir ez-Zor\n\n3 février 2019\n\nRappelons le chemin parcouru : Hajin, que les "
            "FDS avaient reprise à l'EI en décembre, a servi de base. Les FDS sont entrées à "
            "Hajin le 14 décembre.\n",
            "Hajin",
            1,
        ),
        (  # FR: the name as the subject of "est tombée", placed earlier in the article
            "Deir ez-Zor\n\n20 janvier 2019\n\nLes combats se poursuivent près de Soussa, à "
            "l'est de Deir ez-Zor, depuis une semaine. Soussa est tombée dimanche, selon les "
            "FDS.\n",
            "Soussa",
            2,
        ),
        (  # EN: sentence-initial name, placed by "the town of" before
            "Raqqa\n\nJune 10, 2017\n\nThe SDF entered the town of Hajin on Friday. Hajin "
            "had served as a refuge for the group's commanders.\n",
            "Hajin",
            2,
        ),
        (  # EN: a name placed by "around", then the bare name opening a sentence
            "Deir ez-Zor\n\nMarch 1, 2019\n\nAirstrikes hit positions around Soussa on "
            "Monday. Soussa, which ISIS still held, was shelled again on Tuesday.\n",
            "Soussa",
            2,
        ),
    ],
)
def test_name_placed_elsewhere_is_a_place(
    stages: list[Any], text: str, name: str, nth: int
) -> None:
    got = _places(stages, text)
    assert any(s == _at(text, name, nth) for s, _ in got), got


def test_a_title_keeps_the_person(stages: list[Any]) -> None:
    text = (
        "Deir ez-Zor\n\n3 février 2019\n\nLes FDS sont entrées à Hajin le 14 décembre. Le "
        "général Hajin a démenti toute exécution.\n"
    )
    got = _places(stages, text)
    assert not any(s == _at(text, "Hajin", 2) for s, _ in got), got
