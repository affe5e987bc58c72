"""The learned line corrector (newsift.clean.line_corrector), the clean stage's last pass.

Layouts written for these tests (no set's text): a French and an English news page, a page
footer the rules are made to keep as body, stub models that force a kind on every line."""

from __future__ import annotations

import tomllib
from importlib.resources import files
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from newsift.clean.lexicon import markers
from newsift.clean.line_corrector import (
    DEFAULT_CHANGES,
    TreeModel,
    corrected,
    load_model,
    read_table,
    relabel,
    rule_labels,
    table_bytes,
)
from newsift.clean.line_features import feature_names
from newsift.clean.lines import analyse
from newsift.clean.segmenter import label_lines
from newsift.clean.stage import CleanStage
from newsift.model import Document

FR_PAGE = """Accueil | International | Proche-Orient | Vidéos

Irak : un attentat-suicide frappe un marché de Tikrit

Par Hélène Marchal
Publié le 9 octobre 2016 à 08h15

Un kamikaze s'est fait exploser samedi matin dans un marché aux légumes du centre de Tikrit,
tuant au moins sept personnes et en blessant une vingtaine, ont indiqué des responsables locaux.

L'attaque n'a pas été revendiquée dans l'immédiat. La ville, reprise aux jihadistes au printemps
2015, avait été épargnée par les violences depuis plusieurs mois, selon la police.

Les forces de sécurité ont bouclé le quartier et fermé les routes menant à la mosquée voisine.
"""

EN_PAGE = """Syria: shelling hits school in Daraa countryside

June 21, 2018

Government artillery shelled a village school east of Daraa on Thursday, killing three children
and a teacher, according to a local rescue group and residents reached by phone.

The strike came as pro-government forces massed troops near the Jordanian border ahead of an
expected offensive against rebel-held areas of the south.

Aid groups said several thousand people had fled towards the border in the past two days.
"""

FOOTER = """
Restez informé
Recevez chaque soir notre sélection d'articles par courriel
Je m'abonne
© 2016 La Gazette du Tigre - Tous droits réservés
Qui sommes-nous | Nous écrire | Conditions d'utilisation
"""


FOOTER2 = """
Partager cet article
Facebook
Twitter
WhatsApp

Newsletter
Recevez chaque soir notre sélection d'articles par courriel
Je m'abonne

© 2016 La Gazette du Tigre - Tous droits réservés
Qui sommes-nous | Nous écrire | Conditions d'utilisation | Cookies
"""

EN_FOOTER = """
Share this article
Facebook
Twitter
Email

Sign up for our daily briefing
Get the day's top stories in your inbox every morning
Subscribe

© 2018 The Levant Courier. All rights reserved.
About us | Contact | Privacy policy | Terms of use
"""


@pytest.fixture(scope="module")
def cache_dir(pytestconfig: pytest.Config, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fitted arrays are kept in pytest's cache (trained once, then reused)."""
    cache = getattr(pytestconfig, "cache", None)
    if cache is not None:
        return Path(cache.mkdir("newsift-line-corrector"))
    return tmp_path_factory.mktemp("line-corrector")


@pytest.fixture(scope="module")
def model(cache_dir: Path) -> TreeModel:
    return load_model(cache_dir)


@pytest.fixture(scope="module")
def stages(cache_dir: Path) -> tuple[CleanStage, CleanStage]:
    on = CleanStage(corrector_cache_dir=str(cache_dir))
    off = CleanStage(corrector=False)
    on.setup()
    off.setup()
    return on, off


def _segments(stage: CleanStage, text: str) -> list[tuple[int, int, str, int | None]]:
    doc = Document(doc_id="d", source="t.txt", external_id="t.txt", format="txt", text=text)
    stage.process(doc)
    return [(s.start, s.end, s.kind, s.article) for s in doc.segments]


def test_table_shipped_with_the_features_the_code_computes() -> None:
    raw = table_bytes()
    head = raw.decode("utf-8").splitlines()[:10]
    assert head[0].startswith("#") and any("Source" in ln for ln in head)
    cols, x, y, sets = read_table(raw)
    assert cols == list(feature_names())
    assert x.shape == (len(y), len(cols)) and len(y) > 5000
    assert set(y) == {"title", "body", "meta", "comment", "boiler"}
    assert not any(s in {f"heldout{n}" for n in range(27, 31)} for s in set(sets))


def test_exported_trees_predict_what_sklearn_predicts(tmp_path: Path) -> None:
    from sklearn.ensemble import HistGradientBoostingClassifier

    rng = np.random.default_rng(3)
    x = rng.normal(size=(400, 6))
    y = np.where(x[:, 0] > 0.5, "a", np.where(x[:, 1] > 0, "b", "c"))
    params = {"max_iter": 20, "random_state": 0}
    clf = HistGradientBoostingClassifier(**params).fit(x, y)
    tm = TreeModel.from_sklearn(clf, [f"f{i}" for i in range(6)])
    assert np.allclose(tm.predict_proba(x), clf.predict_proba(x), atol=1e-9)
    path = tmp_path / "m.npz"
    tm.save(path)
    back = TreeModel.load(path)  # np.load(allow_pickle=False): no pickle in the file
    assert back.classes == ["a", "b", "c"] and back.columns == tm.columns
    assert np.array_equal(back.predict_proba(x), tm.predict_proba(x))
    again = HistGradientBoostingClassifier(**params).fit(x, y)  # fixed random_state
    assert np.array_equal(again.predict_proba(x), clf.predict_proba(x))


def test_cached_model_is_read_back(cache_dir: Path, model: TreeModel) -> None:
    saved = sorted(cache_dir.glob("linecorr-*.npz"))
    assert saved, "the fitted arrays are cached"
    again = load_model(cache_dir)  # read back, not retrained
    assert again.classes == model.classes
    assert np.array_equal(again.value, model.value)


@pytest.mark.parametrize("text", [FR_PAGE, EN_PAGE])
def test_clean_article_is_unchanged(stages: tuple[CleanStage, CleanStage], text: str) -> None:
    on, off = stages
    assert _segments(on, text) == _segments(off, text)


def test_pass_is_deterministic(stages: tuple[CleanStage, CleanStage]) -> None:
    on, _ = stages
    text = FR_PAGE + FOOTER
    assert _segments(on, text) == _segments(on, text)


def test_off_switch_and_settings(stages: tuple[CleanStage, CleanStage]) -> None:
    on, off = stages
    assert on._corrector is not None and off._corrector is None
    cfg = tomllib.loads(files("newsift.data").joinpath("default.toml").read_text("utf-8"))
    clean = cfg["stages"]["clean"]
    assert clean["corrector"] is True and 0.5 < clean["corrector_threshold"] < 1.0
    assert tuple(clean["corrector_changes"]) == DEFAULT_CHANGES
    assert on.corrector_changes == frozenset(DEFAULT_CHANGES)


@pytest.mark.parametrize(
    ("page", "footers", "first"),
    [
        (FR_PAGE, (FOOTER, FOOTER2), ("Restez informé", "Partager cet article")),
        (EN_PAGE, (EN_FOOTER,), ("Share this article",)),
    ],
)
def test_footer_the_rules_kept_as_body_is_relabelled(
    model: TreeModel, page: str, footers: tuple[str, ...], first: tuple[str, ...]
) -> None:
    """A page footer left in the body (rule labels forced to body:1) comes partly out as
    boilerplate at the default threshold; the article's own lines (the near misses: short
    closing sentences, a byline) keep their labels, and nothing becomes anything but boiler."""
    flips = 0
    for footer, head in zip(footers, first, strict=True):
        text = page + footer
        lines = text.splitlines()
        ana = analyse(text, markers())
        rule = rule_labels(ana, label_lines(ana))
        start = lines.index(head)
        bad = [
            ("body:1" if i >= start and ln.strip() else r)
            for i, (ln, r) in enumerate(zip(lines, rule, strict=True))
        ]
        new = corrected(model, lines, bad, 0.9)
        assert new[:start] == bad[:start]
        changed = [i for i in range(start, len(lines)) if new[i] != bad[i]]
        assert all(new[i] == "boiler" for i in changed)
        flips += len(changed)
    assert flips >= 1


class _Stub:
    """A model that gives one kind (p = 1) to every line."""

    def __init__(self, kind: str) -> None:
        self.columns = list(feature_names())
        self.classes = ["body", "boiler", "comment", "meta", "title"]
        self.kind = kind

    def predict_proba(self, x: Any) -> Any:
        p = np.zeros((len(x), len(self.classes)))
        p[:, self.classes.index(self.kind)] = 1.0
        return p


def test_an_article_is_never_emptied() -> None:
    lines = analyse(EN_PAGE, markers())
    lab = label_lines(lines)
    before = (list(lab.kinds), list(lab.arts))
    assert relabel(EN_PAGE, lines, lab, _Stub("boiler"), 0.9) == 0  # type: ignore[arg-type]
    assert (lab.kinds, lab.arts) == before


def test_a_line_turned_comment_opens_a_comment() -> None:
    text = EN_PAGE + "\nMarwan_77\nWho fired first? Nobody on the ground believes the army.\n"
    lines = analyse(text, markers())
    lab = label_lines(lines)
    target = next(i for i, ln in enumerate(lines) if ln.text == "Marwan_77")

    class _One(_Stub):
        def predict_proba(self, x: Any) -> Any:
            p = np.zeros((len(x), len(self.classes)))
            p[:, self.classes.index("body")] = 1.0  # what the rules say elsewhere: no change
            return p

    stub = _One("body")
    rule = rule_labels(lines, lab)
    idx = [i for i, ln in enumerate(lines) if ln.text]
    probs = stub.predict_proba(np.zeros((len(idx), 1)))
    for j, i in enumerate(idx):
        if rule[i] != "body:1" or i >= target:
            probs[j] = 0.0
            kind = "comment" if i >= target else rule[i].split(":")[0]
            probs[j, stub.classes.index(kind)] = 1.0
    stub.predict_proba = lambda x: probs  # type: ignore[method-assign]
    relabel(text, lines, lab, stub, 0.9)  # type: ignore[arg-type]
    assert lab.kinds[target] == "comment" and target in lab.comment_starts
    assert any(k == "body" for k in lab.kinds)


def test_only_the_allowed_changes_are_made() -> None:
    """A model sure that every line is a comment changes nothing when only body->boiler is
    allowed, and never touches a title even when every change is allowed."""
    lines = analyse(EN_PAGE, markers())
    rule = rule_labels(lines, label_lines(lines))
    raw = EN_PAGE.splitlines()
    stub = _Stub("comment")
    assert corrected(stub, raw, rule, 0.9, {"body->boiler"}) == rule  # type: ignore[arg-type]
    anything = corrected(stub, raw, rule, 0.9)  # type: ignore[arg-type]
    assert [r for r in rule if r.startswith("title")] == [
        a for a in anything if a.startswith("title")
    ]
    assert "comment" in anything
