"""The learned typer exported to plain arrays (newsift.events.learned_arrays).

Training uses scikit-learn; prediction must not import it, must give scikit-learn's
probabilities (within 1e-4) and labels, and the cache must survive damage. The sentences are
written for these tests (EN + FR); one test trains on a slice of the project's typing data to
check the exported model on real vocabulary and every class.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import newsift
from newsift.events.learned import LearnedTyper, data_files, read_examples, train_from_files
from newsift.events.learned_arrays import ArrayTyper, CacheError

pytest.importorskip("sklearn")

ROWS: dict[str, list[tuple[str, str]]] = {
    "Arrests": [
        ("en", "Police detained six opposition activists at dawn in the capital."),
        ("en", "Security forces arrested a local journalist accused of spreading rumours."),
        ("en", "Officers picked up two students who had painted slogans on a wall."),
        ("fr", "La police a arrêté trois militants de l'opposition devant leur siège."),
        ("fr", "Un journaliste a été interpellé par les services de sécurité à l'aéroport."),
        ("fr", "Les gendarmes ont placé en garde à vue deux syndicalistes."),
    ],
    "Shelling/artillery/missile attack": [
        ("en", "Artillery shells landed on a residential block on the edge of the town."),
        ("en", "Rockets fired from across the river hit the outskirts of the city overnight."),
        ("en", "Mortar rounds struck a market in the north of the district."),
        ("fr", "Des obus d'artillerie sont tombés sur un quartier résidentiel de la ville."),
        ("fr", "Des roquettes tirées depuis la rive opposée ont frappé la périphérie."),
        ("fr", "Des tirs de mortier ont touché le marché central dans la nuit."),
    ],
    "Peaceful protest": [
        ("en", "Hundreds of farmers marched to the governor's office over water shortages."),
        ("en", "Residents staged a peaceful sit-in against the closure of the clinic."),
        ("en", "Teachers rallied outside the ministry to demand unpaid wages."),
        ("fr", "Des centaines d'agriculteurs ont manifesté devant la préfecture."),
        ("fr", "Les enseignants se sont rassemblés devant le ministère pour leurs salaires."),
        ("fr", "Des habitants ont organisé un sit-in pacifique contre la fermeture du centre."),
    ],
    "NONE": [
        ("en", "The ministry of finance published its quarterly report on Tuesday."),
        ("en", "A new stadium will be built on the outskirts of the city next year."),
        ("en", "The weather service expects heavy rain along the coast this weekend."),
        ("fr", "Le ministère des finances a publié son rapport trimestriel mardi."),
        ("fr", "Un nouveau stade sera construit en périphérie de la ville l'an prochain."),
        ("fr", "Météo France annonce de fortes pluies sur la côte ce week-end."),
    ],
}

UNSEEN = [
    "Gendarmes detained four traders at the checkpoint near the bridge.",
    "Heavy shelling hit the eastern districts of the city on Monday morning.",
    "Nurses gathered peacefully in front of the hospital to demand new staff.",
    "The central bank kept its interest rates unchanged.",
    "Les forces de l'ordre ont interpellé cinq manifestants près de la gare.",
    "Des obus sont tombés sur le village, selon des habitants.",
    "Des retraités ont défilé dans le calme contre la réforme.",
    "La banque centrale a maintenu ses taux directeurs.",
    "",  # no feature at all: the intercepts alone decide
    "Ça   va?\n\nDeux  morts, 12 blessés — l’armée dément.",  # odd spacing, accents, digits
]


def write_tsv(path: Path, rows: dict[str, list[tuple[str, str]]]) -> Path:
    lines = ["# written for tests/events/test_learned_arrays.py", "label\tlang\tstyle\ttext"]
    lines += [f"{label}\t{lang}\twire\t{text}" for label, rs in rows.items() for lang, text in rs]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def fitted(rows: dict[str, list[tuple[str, str]]]) -> LearnedTyper:
    texts = [t for rs in rows.values() for _, t in rs]
    labels = [label for label, rs in rows.items() for _ in rs]
    return LearnedTyper().fit(texts, labels)


def sklearn_proba(m: LearnedTyper, texts: list[str]) -> np.ndarray:
    return m._clf.predict_proba(m._vec.transform(texts))


def assert_same(m: LearnedTyper, a: ArrayTyper, texts: list[str]) -> None:
    want = sklearn_proba(m, texts)
    got = a.proba_matrix(texts)
    assert a.classes == m.classes
    assert np.abs(want - got).max() < 1e-4
    assert list(want.argmax(axis=1)) == list(got.argmax(axis=1))


@pytest.fixture(scope="module")
def tsv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_tsv(tmp_path_factory.mktemp("arrays") / "typing.tsv", ROWS)


@pytest.fixture(scope="module")
def model(tsv: Path) -> LearnedTyper:
    return fitted(ROWS)


def test_exported_arrays_give_sklearns_probabilities(model: LearnedTyper) -> None:
    a = model.export()
    train = [t for rs in ROWS.values() for _, t in rs]
    assert_same(model, a, train + UNSEEN)
    # the obvious unseen sentences get their type, in both languages
    assert a.predict(UNSEEN[1])[0] == "Shelling/artillery/missile attack"
    assert a.predict(UNSEEN[5])[0] == "Shelling/artillery/missile attack"
    probs = a.predict_proba(UNSEEN[0])
    assert abs(sum(probs.values()) - 1.0) < 1e-9
    # the linear scores themselves, before calibration
    clf = model._clf.calibrated_classifiers_[0].estimator
    want = clf.decision_function(model._vec.transform(UNSEEN))
    assert np.abs(want - a.decision_function(UNSEEN)).max() < 1e-5


def test_two_classes_and_the_uncalibrated_fallback(model: LearnedTyper) -> None:
    two = {k: ROWS[k] for k in ("Arrests", "NONE")}
    m2 = fitted(two)
    assert_same(m2, m2.export(), UNSEEN)
    # one example of a label: too few to calibrate, the SVM scores through a softmax
    tiny = {**two, "Peaceful protest": ROWS["Peaceful protest"][:1]}
    m3 = fitted(tiny)
    a3 = m3.export()
    assert a3.method == "softmax"
    assert_same(m3, a3, UNSEEN)


def test_saved_file_holds_no_pickle_and_reads_back_the_same(
    model: LearnedTyper, tmp_path: Path
) -> None:
    a = model.export()
    path = tmp_path / "typer.npz"
    a.save(path)
    with np.load(path, allow_pickle=False) as z:  # raises on any object (pickled) array
        meta = json.loads(bytes(z["meta"]).decode())
        assert z["coef0"].dtype == np.float32
        assert all(z[k].dtype != object for k in z.files)
    assert meta["classes"] == model.classes
    b = ArrayTyper.load(path)
    assert np.array_equal(a.proba_matrix(UNSEEN), b.proba_matrix(UNSEEN))


def test_real_typing_data_sample_agrees_with_sklearn() -> None:
    """A slice of the project's own data (every class, real vocabulary), checked on held-out
    rows of the same files and on the written sentences above."""
    ex = read_examples(data_files())
    if len(ex) < 200:
        pytest.skip("the project's typing data is not installed")
    train = [e for i, e in enumerate(ex) if i % 3 == 0]
    rest = [e.text for i, e in enumerate(ex) if i % 3 and i % 7 == 1]
    m = LearnedTyper().fit([e.text for e in train], [e.label for e in train])
    assert_same(m, m.export(), rest + UNSEEN)


def run_python(code: str, env_extra: dict[str, str] | None = None) -> str:
    src = str(Path(newsift.__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": src, **(env_extra or {})}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_a_cached_model_predicts_without_importing_sklearn(tsv: Path, tmp_path: Path) -> None:
    pattern = str(tsv.parent / "*.tsv")
    trained = train_from_files(pattern, tmp_path)
    assert trained is not None
    code = (
        "import json, sys\n"
        "from newsift.events.learned import train_from_files\n"
        f"m = train_from_files({pattern!r}, {str(tmp_path)!r})\n"
        f"p = m.predict_proba_many({UNSEEN!r})\n"
        "print(json.dumps({'sklearn': any(k.split('.')[0] == 'sklearn' for k in sys.modules),"
        " 'p': p}))\n"
    )
    out = json.loads(run_python(code))
    assert out["sklearn"] is False
    assert out["p"] == trained.predict_proba_many(UNSEEN)


def test_a_damaged_cache_is_retrained_and_a_valid_one_is_not(
    tsv: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pattern = str(tsv.parent / "*.tsv")
    (tmp_path / "typer-0123456789abcdef01234567.pkl").write_bytes(b"an older pickled model")
    first = train_from_files(pattern, tmp_path)
    assert first is not None
    (cache,) = tmp_path.glob("typer-*.npz")
    assert not list(tmp_path.glob("typer-*.pkl"))  # older formats are pruned
    good = cache.read_bytes()
    for damage in (b"not a zip file", good[: len(good) // 2], b""):
        cache.write_bytes(damage)
        with pytest.raises(CacheError):
            ArrayTyper.load(cache)
        again = train_from_files(pattern, tmp_path)
        assert again is not None
        assert again.predict_proba_many(UNSEEN) == first.predict_proba_many(UNSEEN)
        ArrayTyper.load(cache)  # rewritten whole
    # a valid cache is read, never retrained
    monkeypatch.setattr(LearnedTyper, "fit", lambda *a, **k: pytest.fail("retrained"))
    cached = train_from_files(pattern, tmp_path)
    assert cached is not None and cached.classes == first.classes


def test_vocabulary_lookup_is_exact() -> None:
    """Sorted UTF-8 terms: a prefix, a longer word, an unknown or non-Latin term never
    borrows a neighbour's column."""
    from newsift.events.learned_arrays import Part

    vocab = {"shell": 0, "shelling": 1, "obus": 2, "قصف": 3, " sh": 4, "zz": 5}
    terms, cols = Part.sorted_vocabulary(vocab)
    part = Part("word", (1, 1), r"(?u)\b\w+\b", False, None, terms, cols, None)
    queries = ["shelling", "shell", "shel", "shellings", "قصف", "قص", " sh", "sh", "zzz", "a" * 80]
    got = [int(j) for j in part.lookup(queries)]
    assert got == [1, 0, -1, -1, 3, -1, 4, -1, -1, -1]
    assert list(part.lookup([])) == []


def test_ngrams_are_sklearns_analysers() -> None:
    """The word 1-2-grams and char_wb 3-5-grams, n-gram for n-gram, short words included."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    from newsift.events.learned import normalise
    from newsift.events.learned_arrays import Part

    pattern = r"(?u)\b\w[\w'-]*\b"
    words = TfidfVectorizer(preprocessor=normalise, ngram_range=(1, 2), token_pattern=pattern)
    chars = TfidfVectorizer(preprocessor=normalise, analyzer="char_wb", ngram_range=(3, 5))
    pw = Part("word", (1, 2), pattern, True, "l2", None, None, None)
    pc = Part("char_wb", (3, 5), "", True, "l2", None, None, None)
    memo: dict[str, list[str]] = {}
    for text in [*UNSEEN, "a b cd efg hijk", "x  y\t\tz 0 12,5", "L'ONU a dit : « non »."]:
        assert pw.ngrams(normalise(text)) == words.build_analyzer()(text)
        assert pc.ngrams(normalise(text), memo) == chars.build_analyzer()(text)
