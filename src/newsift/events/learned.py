"""A learned event typer: a linear model over words and characters, combined with the rules.

Why: the trigger rules type the snippets they were tuned on well but generalise poorly to new
wordings ("wrested control", "bundled him into a van"). A TF-IDF + linear SVM model
trained on labelled sentences (``data/events/typing/*.tsv``: ACLED sub-event type or ``NONE``)
knows the wording of every type at once; the rules still decide *whether* there is an event
and who, where and when. :func:`combine` decides, per rule event, whether the model re-types it
and how confident the event is, so that a snippet's most confident event is the right one.

Training takes about 6 s on one core (4,700 sentences, a calibrated linear SVM) and is the
only use of scikit-learn: the fitted model is exported to plain arrays
(:class:`newsift.events.learned_arrays.ArrayTyper`), which predict with numpy alone, so a
pipeline worker never imports scikit-learn when the model is cached. With ``cache_dir`` set the
arrays are saved (one ``.npz``, nothing pickled) under a key made of the data files' hash, the
settings and the scikit-learn version (read from its metadata, not imported; never
downloaded); older cached models are removed and a damaged one is retrained.
scikit-learn is imported inside functions so that importing this module stays cheap.
"""

from __future__ import annotations

import functools
import glob as globmod
import hashlib
import os
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources as ir
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsift.events.actors import territory_by_inter
from newsift.treearrays import STALE_CACHE_SECONDS as STALE_CACHE_SECONDS  # re-exported
from newsift.treearrays import cached_model, sklearn_version

if TYPE_CHECKING:
    from newsift.events.extract import ArticleExtractor, Cand
    from newsift.events.learned_arrays import ArrayTyper
    from newsift.model import Event

NONE = "NONE"
MODEL_VERSION = "learned-v1"
CACHE_FORMAT = "arrays-v1"  # how a fitted model is cached (part of the cache key)
DEFAULT_GLOB = "events/typing/*.tsv"
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_SPACES = re.compile(r"\s+")

# Sub-event types the rules fall back to when nothing more specific fits, and type families
# inside which the wording (which the model reads better) decides between close types.
WEAK_RULE_TYPES = frozenset({"Armed clash", "Attack", "Peaceful protest"})
# The rules give these strategic types on specific cues (a proclaimed autonomy, night letters,
# a signed truce, "without a fight", "handed over"), and the model confuses them with their
# neighbours (Other with Attack, Agreement with Change to group/activity): a higher bar.
STRICT_RULE_TYPES = frozenset({"Other", "Agreement", "Non-violent transfer of territory"})
FAMILIES: tuple[frozenset[str], ...] = (
    frozenset(
        {
            "Peaceful protest",
            "Protest with intervention",
            "Excessive force against protesters",
            "Violent demonstration",
            "Mob violence",
            "Arrests",
        }
    ),
    frozenset(
        {
            "Air/drone strike",
            "Shelling/artillery/missile attack",
            "Remote explosive/landmine/IED",
            "Suicide bomb",
            "Grenade",
            "Chemical weapon",
            "Disrupted weapons use",
        }
    ),
    frozenset(
        {
            "Armed clash",
            "Attack",
            "Government regains territory",
            "Non-state actor overtakes territory",
            "Non-violent transfer of territory",
            "Abduction/forced disappearance",
            "Sexual violence",
            "Looting/property destruction",
            "Mob violence",
        }
    ),
    frozenset(
        {
            "Agreement",
            "Arrests",
            "Change to group/activity",
            "Headquarters or base established",
            "Non-violent transfer of territory",
            "Other",
            "Abduction/forced disappearance",
            "Disrupted weapons use",
        }
    ),
)


# Told apart by who acts (a state force or not), which the rules read from the actor base and
# the model does not know: the model's probability of either counts for taking territory, and
# the rule event's actor1 decides which of the two it is.
GRT, NSA = "Government regains territory", "Non-state actor overtakes territory"
ACTOR_DECIDED = frozenset({GRT, NSA})


@dataclass(frozen=True, slots=True)
class Example:
    """One labelled text of a typing data file."""

    label: str
    lang: str
    style: str
    text: str


@dataclass(frozen=True, slots=True)
class Settings:
    """How the model's opinion is combined with the rules' (see :func:`combine`)."""

    retype_min: float = 0.4  # the model's type needs at least this probability ...
    retype_margin: float = 0.1  # ... and this much more than the rule's type
    family_min: float = 0.3  # inside a family of close types, or over a weak rule type
    family_margin: float = 0.2
    strict_min: float = 0.7  # over a rule type of STRICT_RULE_TYPES
    article_min: float = 0.6  # the only bar in articles longer than a snippet, where the
    article_margin: float = 0.4  # rules read the context better than a one-sentence model
    rank_all: bool = True  # mix the model into every event's confidence, not only re-typed ones
    weight: float = 0.5  # share of the model's probability in the event's confidence
    langs: tuple[str, ...] = ("en", "fr")  # languages the model is used for
    # languages whose short texts get the lower snippet bars; the others (French: a smaller
    # training set, cross-validated 0.87 against 0.92) always get the article bar
    snippet_langs: tuple[str, ...] = ("en",)


@dataclass(frozen=True, slots=True)
class Decision:
    """The combined type and confidence of one rule event."""

    sub: str
    confidence: float
    prob: float  # the model's probability of ``sub``
    retyped: bool
    rule_sub: str


def normalise(text: str) -> str:
    """Lower case, accents folded, numbers as one token shape: what the features read."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return _SPACES.sub(" ", _DIGITS.sub("0", text)).strip()


def read_examples(paths: list[Path]) -> list[Example]:
    """Examples of TSV files: '#' comment lines, a ``label lang style text`` header row, rows."""
    out: list[Example] = []
    for path in paths:
        for line in path.read_text("utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) < 4 or parts[0] == "label":
                continue
            label, lang, style, text = parts[0].strip(), parts[1].strip(), parts[2], parts[3]
            if label and text.strip():
                out.append(Example(label, lang.lower() or "en", style.strip(), text.strip()))
    return out


def data_files(pattern: str = DEFAULT_GLOB) -> list[Path]:
    """The typing data files: ``pattern`` under the package's data folder (or absolute)."""
    if Path(pattern).is_absolute():
        return sorted(Path(p) for p in globmod.glob(pattern))
    base = Path(str(ir.files("newsift") / "data"))
    return sorted(base.glob(pattern))


class LearnedTyper:
    """TF-IDF word 1-2-grams + char 3-5-grams, a linear SVM with calibrated probabilities.

    The trainer (scikit-learn); :meth:`export` gives the predictor the pipeline uses."""

    def __init__(self, c: float = 0.5, chars: bool = True, calib: int = 3) -> None:
        self.c = c
        self.chars = chars
        self.calib = calib
        self._vec: Any = None
        self._clf: Any = None
        self.classes: list[str] = []

    def _vectorizer(self) -> Any:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.pipeline import FeatureUnion

        parts: list[tuple[str, Any]] = [
            (
                "words",
                TfidfVectorizer(
                    preprocessor=normalise,
                    ngram_range=(1, 2),
                    min_df=1,
                    sublinear_tf=True,
                    token_pattern=r"(?u)\b\w[\w'-]*\b",
                ),
            )
        ]
        if self.chars:
            parts.append(
                (
                    "chars",
                    TfidfVectorizer(
                        preprocessor=normalise,
                        analyzer="char_wb",
                        ngram_range=(3, 5),
                        min_df=2,
                        sublinear_tf=True,
                        max_features=60000,
                    ),
                )
            )
        return FeatureUnion(parts)

    def fit(self, texts: list[str], labels: list[str]) -> LearnedTyper:
        """Fit on texts and their labels (ACLED sub-event types or ``NONE``)."""
        from sklearn.calibration import CalibratedClassifierCV
        from sklearn.svm import LinearSVC

        self._vec = self._vectorizer()
        x = self._vec.fit_transform(texts)
        for _name, part in self._vec.transformer_list:
            part.stop_words_ = None  # the dropped rare n-grams: only pickle weight
        counts: dict[str, int] = {}
        for label in labels:
            counts[label] = counts.get(label, 0) + 1
        svm = LinearSVC(C=self.c, random_state=0)  # the same model on every machine
        folds = min(self.calib, min(counts.values()))
        if folds >= 2:
            self._clf = CalibratedClassifierCV(svm, cv=folds, method="sigmoid", ensemble=False)
        else:  # too few examples of some label to calibrate: plain SVM scores, squashed
            self._clf = _Softmax(svm)
        self._clf.fit(x, labels)
        self.classes = [str(c) for c in self._clf.classes_]
        return self

    def export(self) -> ArrayTyper:
        """The fitted model as plain arrays that predict without scikit-learn."""
        from newsift.events.learned_arrays import ArrayTyper

        if self._clf is None:
            raise ValueError("the typer is not fitted")
        return ArrayTyper.from_sklearn(self._vec, self._clf)

    def predict_proba_many(self, texts: list[str]) -> list[dict[str, float]]:
        """For each text, the probability of every label (scikit-learn's own prediction)."""
        if self._clf is None or not texts:
            return [{} for _ in texts]
        probs = self._clf.predict_proba(self._vec.transform(texts))
        return [dict(zip(self.classes, map(float, row), strict=True)) for row in probs]

    def predict_proba(self, text: str) -> dict[str, float]:
        """The probability of every label for one sentence or clause."""
        return self.predict_proba_many([text])[0]

    def predict(self, text: str) -> tuple[str, float]:
        """The most probable label and its probability."""
        probs = self.predict_proba(text)
        if not probs:
            return NONE, 0.0
        label = max(probs, key=probs.__getitem__)
        return label, probs[label]


class _Softmax:
    """A linear model's decision scores as probabilities (for tiny training sets only)."""

    def __init__(self, clf: Any) -> None:
        self.clf = clf
        self.classes_: Any = None

    def fit(self, x: Any, y: list[str]) -> _Softmax:
        self.clf.fit(x, y)
        self.classes_ = self.clf.classes_
        return self

    def predict_proba(self, x: Any) -> Any:
        import numpy as np

        d = self.clf.decision_function(x)
        if d.ndim == 1:
            d = np.stack([-d, d], axis=1)
        e = np.exp(3.0 * (d - d.max(axis=1, keepdims=True)))
        return e / e.sum(axis=1, keepdims=True)


def data_key(paths: list[Path], c: float, chars: bool) -> str:
    """A cache key: the data files' bytes, the model's settings, the scikit-learn version."""
    head = f"{MODEL_VERSION}|{CACHE_FORMAT}|{sklearn_version()}|{c}|{chars}|rs0"
    h = hashlib.sha256(head.encode())
    for p in paths:
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:24]


def train_from_files(
    pattern: str = DEFAULT_GLOB,
    cache_dir: str | Path | None = None,
    c: float = 0.5,
    chars: bool = True,
) -> ArrayTyper | None:
    """A typer fitted on the data files (None when there are none), as arrays that predict
    without scikit-learn; read from the cache when set and valid (scikit-learn is then not
    imported at all), else trained with scikit-learn, exported and cached."""
    from newsift.events.learned_arrays import ArrayTyper

    paths = data_files(pattern)
    examples = read_examples(paths)
    if len({e.label for e in examples}) < 2:
        return None

    def train() -> ArrayTyper:
        fitted = LearnedTyper(c=c, chars=chars).fit(
            [e.text for e in examples], [e.label for e in examples]
        )
        return fitted.export()

    return cached_model(
        cache_dir,
        "typer",
        data_key(paths, c, chars),
        ArrayTyper.load,  # a damaged file raises CacheError, a ValueError: retrained
        train,
        ArrayTyper.save,
        legacy=("typer-*.pkl",),  # the pickled format of old
    )


@functools.cache
def required_cues() -> dict[str, re.Pattern[str]]:
    """Sub-type -> the cue its text needs before the model may choose it (cues.toml)."""
    from newsift.events.resources import data_toml

    table = data_toml("typing", "cues.toml").get("requires", {})
    return {sub: re.compile("|".join(f"(?:{r})" for r in rxs)) for sub, rxs in table.items()}


def same_family(a: str, b: str) -> bool:
    return any(a in f and b in f for f in FAMILIES)


def for_articles(s: Settings) -> Settings:
    """The settings for an event of a long article: one high bar, no lower family bars."""
    from dataclasses import replace

    return replace(
        s,
        retype_min=s.article_min,
        retype_margin=s.article_margin,
        family_min=s.article_min,
        family_margin=s.article_margin,
        strict_min=max(s.strict_min, s.article_min),
        rank_all=False,  # an article's events are not ranked against each other
    )


def territory(probs: dict[str, float], rule_sub: str, inter: int | None) -> dict[str, float]:
    """``probs`` with the two territory types as one, named by the rule type or the actor."""
    mass = probs.get(GRT, 0.0) + probs.get(NSA, 0.0)
    if not mass:
        return probs
    if rule_sub in ACTOR_DECIDED:
        label = rule_sub
    else:
        likelier = GRT if probs.get(GRT, 0.0) >= probs.get(NSA, 0.0) else NSA
        label = territory_by_inter(inter, likelier, likelier) or likelier
    out = {k: v for k, v in probs.items() if k not in ACTOR_DECIDED}
    out[label] = mass
    return out


def combine(
    rule_sub: str,
    rule_conf: float,
    probs: dict[str, float],
    s: Settings | None = None,
    inter: int | None = None,
) -> Decision:
    """The rule event's type and confidence once the model has read its sentence.

    The model re-types the event when its own type is probable and clearly more probable
    than the rule's; the bar is lower when the rule's type is a fallback (Armed clash, Attack,
    Peaceful protest) or when both types are of one family of close types (protest/riot, the
    remote-violence means, clash/attack/territory), higher over the rules' "Other". The two
    territory types are one for the model; the rule event's actor1 (``inter``) names it.
    ``NONE`` never re-types: whether there is an event stays the rules' call. The confidence
    mixes the rule's confidence with the model's probability of the chosen type, so that in a
    text with several events the one both agree on ranks first.
    """
    s = s or Settings()
    if not probs:
        return Decision(rule_sub, rule_conf, 0.0, False, rule_sub)
    probs = territory(probs, rule_sub, inter)
    p_rule = probs.get(rule_sub, 0.0)
    best = max((k for k in probs if k != NONE), key=probs.__getitem__, default=rule_sub)
    p_best = probs.get(best, 0.0)
    sub, p = rule_sub, p_rule
    if best != rule_sub:
        close = rule_sub in WEAK_RULE_TYPES or same_family(rule_sub, best)
        lo, margin = (s.family_min, s.family_margin) if close else (s.retype_min, s.retype_margin)
        if rule_sub in STRICT_RULE_TYPES:
            lo, margin = max(lo, s.strict_min), s.retype_margin
        if p_best >= lo and p_best - p_rule >= margin:
            sub, p = best, p_best
    if sub == rule_sub and not s.rank_all:
        return Decision(rule_sub, rule_conf, round(p, 3), False, rule_sub)
    conf = (1 - s.weight) * rule_conf + s.weight * p
    return Decision(
        sub, round(min(0.99, max(0.05, conf)), 3), round(p, 3), sub != rule_sub, rule_sub
    )


# ---------------------------------------------------------------------------- in the pipeline
LEARNED_LABEL = "learned"  # Trigger.label of an event the model proposed


@dataclass(slots=True)
class Typing:
    """The events stage's use of the model: re-type rule events, propose missing ones."""

    model: ArrayTyper
    settings: Settings
    propose_min: float = 0.5  # a proposal needs this probability (and to beat NONE)
    propose_max_sents: int = 4  # ... in an article (title + body) this short: a snippet

    def lacking_cues(self, text: str) -> set[str]:
        """Types whose required cue (data/events/typing/cues.toml) the text lacks: the model
        reads wording, not whether anyone was hurt, so "rounded up protesters" must not become
        Excessive force."""
        norm = normalise(text)
        return {sub for sub, rx in required_cues().items() if not rx.search(norm)}

    def used_for(self, lang: str) -> bool:
        return lang in self.settings.langs

    def review(
        self, ext: ArticleExtractor, cands: list[Cand], raw: list[Cand] | None = None
    ) -> list[tuple[Cand, Decision]]:
        """Each merged candidate with the model's decision on its type and confidence.

        The model reads the candidate's evidence (its sentence, or the trigger's clause in a
        very long sentence). It never re-types a candidate to a type that
        another candidate of the same sentence already has: the sentence's wording then
        speaks for that other event, not for this one ("clashed ... then aircraft struck");
        ``raw``, the candidates before merging, shows the triggers a merged event absorbed.
        """
        from dataclasses import replace

        settings = self.settings
        if len(ext.sents) > self.propose_max_sents or ext.lang not in settings.snippet_langs:
            settings = for_articles(settings)
        article = settings is not self.settings
        units = [_unit(ext, c, article) for c in cands]
        probs = self.model.predict_proba_many(units)
        out: list[tuple[Cand, Decision]] = []
        for c, p in zip(cands, probs, strict=True):
            others = [o for o in (*cands, *(raw or ())) if o is not c and _same_text(o, c)]
            taken = {o.sub for o in others} - {c.sub}
            info = c.info1()
            inter = info.inter if info is not None else c.actor1_inter
            taken |= self.lacking_cues(units[len(out)])
            probs = {k: v for k, v in p.items() if k not in taken}
            if c.settled:  # a specific rule typed it ("a lancé une offensive"): no re-typing
                probs = {k: v for k, v in probs.items() if k in (c.sub, NONE)}
            d = combine(c.sub, c.confidence, probs, settings, inter)
            if d.retyped:
                c.sub = d.sub
                c.trig = replace(c.trig, sub=d.sub, plover=None)
            c.confidence = d.confidence
            out.append((c, d))
        return out

    def propose(self, ext: ArticleExtractor) -> list[Cand]:
        """In a short article where the rules found no event, the model's event when it is
        confident: the rules' own argument finding (actors, place, date, modality) then runs
        on the sentence the model finds most eventful, and may still drop it."""
        from newsift.events.resources import Trigger, schema

        ix = ext.ix
        if not ext.sents or len(ext.sents) > self.propose_max_sents:
            return []
        whole = ix.doc.text[ix.sentences[ext.sents[0]].start : ix.sentences[ext.sents[-1]].end]
        p = self.model.predict_proba(whole)
        label = max((k for k in p if k != NONE), key=p.__getitem__, default=None)
        if label is None or label not in schema().event_type or label in self.lacking_cues(whole):
            return []
        if p[label] < self.propose_min or p[label] <= p.get(NONE, 0.0):
            return []
        units = [ix.doc.text[ix.sentences[si].start : ix.sentences[si].end] for si in ext.sents]
        per = self.model.predict_proba_many(units)
        pos = max(range(len(ext.sents)), key=lambda j: per[j].get(label, 0.0))
        si = ext.sents[pos]
        toks = list(ext.views[si].toks)
        root = next((i for i in toks if ix.tokens[i].dep in ("ROOT", "root")), None)
        if root is None:
            root = next((i for i in toks if ix.tokens[i].pos in ("VERB", "AUX")), toks[0])
        trig = Trigger(sub=label, weight=round(p[label], 3), label=LEARNED_LABEL)
        made = ext.complete_trigger(trig, root, si)
        for m in made:
            m.sub, m.trig = label, trig  # the rules' re-typing does not apply to a proposal
        return [m for m in made if m.dropped is None]


@functools.cache
def _idioms() -> list[tuple[re.Pattern[str], str]]:
    """Idioms rewritten before the model reads a text (cues.toml [rewrite])."""
    from newsift.events.resources import data_toml

    pairs = data_toml("typing", "cues.toml").get("rewrite", {}).get("idioms", [])
    return [(re.compile(rx, re.IGNORECASE), plain) for rx, plain in pairs]


def _plain(text: str) -> str:
    """``text`` with its idioms in plain words ("à plusieurs reprises" -> "souvent")."""
    for rx, plain in _idioms():
        text = rx.sub(plain, text)
    return text


def _unit(ext: ArticleExtractor, c: Cand, article: bool) -> str:
    """What the model reads for a candidate: its evidence (the sentence, or a long one's
    clause); in an article, the trigger's own clause, since an article's sentence often tells
    one event in a relative clause of another ("the agreement was signed by the brigade,
    which launched an offensive on ..."), where the sentence's wording speaks for the other."""
    text = ext.ix.doc.text
    if article and ext.ix.parsed and c.sent in ext.views:
        _, toks = ext.clause(c.tok, ext.views[c.sent])
        if len(toks) >= 4:
            spans = [ext.ix.tokens[i] for i in toks]
            return _plain(text[min(t.start for t in spans) : max(t.end for t in spans)])
    return _plain(text[c.ev_start : c.ev_end])


def _same_text(a: Cand, b: Cand) -> bool:
    """Do two candidates speak through one sentence? A merged candidate keeps its first
    sentence but may take its evidence from a later one, where another event's trigger sits."""
    return a.sent == b.sent or (a.ev_start < b.ev_end and b.ev_start < a.ev_end)


def mark(e: Event, d: Decision | None, proposed: bool) -> None:
    """Provenance: the extractor name and a tag say what the model did."""
    if proposed:
        e.extractor = f"{e.extractor}+{MODEL_VERSION}"
        e.tags = f"{e.tags}; learned: proposed (p={d.prob if d else 0:.2f})"
    elif d is not None and d.retyped:
        e.extractor = f"{e.extractor}+{MODEL_VERSION}"
        e.tags = f"{e.tags}; learned: re-typed from {d.rule_sub} (p={d.prob:.2f})"


def typing_from_settings(cfg: dict[str, Any]) -> Typing | None:
    """The stage's :class:`Typing` from its ``[stages.events.learned]`` table (None without
    data). ``cache_dir`` "~" is expanded; an empty one trains at every setup."""

    cache = str(cfg.get("cache_dir") or "")
    cache = os.path.expandvars(os.path.expanduser(cache)) if cache else ""
    model = train_from_files(
        str(cfg.get("data", DEFAULT_GLOB)), cache or None, c=float(cfg.get("c", 0.5))
    )
    if model is None:
        return None
    from dataclasses import fields

    d = Settings()
    bars = {  # every probability bar and weight of the settings, by its name
        f.name: float(cfg.get(f.name, getattr(d, f.name)))
        for f in fields(Settings)
        if type(getattr(d, f.name)) is float
    }
    s = Settings(
        **bars,
        langs=tuple(cfg.get("langs", d.langs)),
        snippet_langs=tuple(cfg.get("snippet_langs", d.snippet_langs)),
    )
    return Typing(
        model,
        s,
        propose_min=float(cfg.get("propose_min", 0.5)),
        propose_max_sents=int(cfg.get("propose_max_sents", 4)),
    )


def cross_validate(pattern: str = DEFAULT_GLOB, folds: int = 5, seed: int = 0) -> dict[str, Any]:
    """Stratified k-fold accuracy and support-weighted F1 of the model alone on the data
    files, overall and per language and style (labels with fewer than ``folds`` examples
    are left out). Run: ``python -m newsift.events.learned [GLOB]``."""
    from sklearn.metrics import accuracy_score, f1_score
    from sklearn.model_selection import StratifiedKFold

    ex = read_examples(data_files(pattern))
    counts: dict[str, int] = {}
    for e in ex:
        counts[e.label] = counts.get(e.label, 0) + 1
    ex = [e for e in ex if counts[e.label] >= folds]
    labels = [e.label for e in ex]
    pred = [""] * len(ex)
    split = StratifiedKFold(folds, shuffle=True, random_state=seed).split(ex, labels)
    for train, test in split:
        m = LearnedTyper().fit([ex[i].text for i in train], [labels[i] for i in train])
        for i, p in zip(test, m.predict_proba_many([ex[i].text for i in test]), strict=True):
            pred[i] = max(p, key=p.__getitem__)

    def score(idx: list[int]) -> dict[str, float]:
        g, p = [labels[i] for i in idx], [pred[i] for i in idx]
        return {
            "n": len(idx),
            "accuracy": round(float(accuracy_score(g, p)), 3),
            "weighted_f1": round(float(f1_score(g, p, average="weighted")), 3),
        }

    out: dict[str, Any] = {"all": score(list(range(len(ex))))}
    for key in sorted({f"lang={e.lang}" for e in ex} | {f"style={e.style}" for e in ex}):
        field, value = key.split("=")
        out[key] = score([i for i, e in enumerate(ex) if getattr(e, field) == value])
    return out


if __name__ == "__main__":
    import json
    import sys

    print(json.dumps(cross_validate(*sys.argv[1:2]), indent=1))
