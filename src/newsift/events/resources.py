"""Language data of the events stage, read once per process from ``newsift/data/events``.

Everything language-specific (trigger words, cue sets, modality vocabulary, number words, the
words around places and actors) and the ACLED schema live in data files; this module only
compiles them into lookup tables. English and French have full lexicons read on spaCy lemmas;
Russian, Arabic, German and Spanish have basic ones read on word forms, with "stem*" entries
and Arabic proclitics stripped (the pipeline has no parser for them).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsift.model import Mention

LANGS: tuple[str, ...] = ("en", "fr", "ru", "ar", "de", "es")
# Arabic proclitics (conjunctions, prepositions, the article) stripped before matching a word
_AR_CLITICS = re.compile(r"^(?:و|ف)?(?:ب|ل|ك)?(?:ال|لل)?")
_WORD = re.compile(r"\w+['’]|[\w-]+|[^\w\s]")


def data_text(*parts: str) -> str:
    """A file of ``data/events`` as text (TSV tables and the like)."""
    return resources.files("newsift.data").joinpath("events", *parts).read_text("utf-8")


def data_toml(*parts: str) -> dict[str, Any]:
    """A TOML file of ``data/events/`` (``parts``: its path below that folder), parsed."""
    return tomllib.loads(data_text(*parts))


def fold(text: str) -> str:
    """Lower case with typographic apostrophes unified (same length: offsets are kept)."""
    return text.lower().replace("’", "'").replace("ʼ", "'")


def place_identity(m: Mention) -> object:
    """A place's identity across its mentions: its GeoNames id, else its folded name.

    A key for grouping, so one value per mention: a listed "Raqqa" and an unlisted one differ.
    Comparing two mentions, :func:`same_place` can do better."""
    return m.geonameid or fold(m.name)


def same_place(a: Mention, b: Mention) -> bool:
    """Are two mentions one place? GeoNames ids when both have one, else folded names: an
    unlisted spelling of a town the gazetteer also lists by that name is that town."""
    if a.geonameid and b.geonameid:
        return a.geonameid == b.geonameid
    return fold(a.name) == fold(b.name)


# ---------------------------------------------------------------------------- ACLED schema
@dataclass(frozen=True, slots=True)
class Schema:
    event_type: dict[str, str]  # sub-event type -> event type
    plover: dict[str, str]
    verb: dict[str, str]
    rank: dict[str, int]  # sub-event type -> precedence rank (0 = wins)
    inter_names: dict[int, str]


@cache
def schema() -> Schema:
    data = data_toml("acled.toml")
    subs: dict[str, dict[str, str]] = data["sub"]
    order: list[str] = data["precedence"]
    missing = set(subs) ^ set(order)
    if missing:
        raise ValueError(f"acled.toml: precedence and sub tables differ: {sorted(missing)}")
    return Schema(
        event_type={k: v["event_type"] for k, v in subs.items()},
        plover={k: v["plover"] for k, v in subs.items()},
        verb={k: v["verb"] for k, v in subs.items()},
        rank={name: i for i, name in enumerate(order)},
        inter_names={int(k): v for k, v in data["inter"].items()},
    )


@dataclass(frozen=True, slots=True)
class Country:
    iso2: str
    isonumeric: int
    name: str
    capital: str = ""


@cache
def countries() -> dict[str, Country]:
    """ISO alpha-2 -> numeric code and the name as ACLED writes it."""
    out: dict[str, Country] = {}
    rows = [r for r in data_text("countries.tsv").splitlines() if r and not r.startswith("#")]
    for row in rows[1:]:
        iso2, num, name, *rest = row.split("\t")
        out[iso2] = Country(iso2, int(num), name, rest[0].strip() if rest else "")
    return out


def country_by_name() -> dict[str, Country]:
    return {fold(c.name): c for c in countries().values()}


# ---------------------------------------------------------------------------- triggers
@dataclass(slots=True)
class Trigger:
    """One trigger entry of a lexicon (see the header of triggers_en.toml)."""

    sub: str
    weight: float = 0.7
    pos: str = "any"
    requires: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    object_not: tuple[str, ...] = ()  # an object of these cue sets: another sense of the word
    head_not: tuple[str, ...] = ()  # governed by a word of these cue sets: not the event itself
    needs_arg: bool = False
    requires_place: bool = False
    town: bool = False  # needs a place finer than a country
    plover: str | None = None
    label: str = ""
    prospective: bool = False  # only an announced or conjectured event (planned/speculative)
    target_subject: bool = False  # the subject is the target ("came under fire"): actor2
    alone: bool = False  # a fallback: no candidate when another trigger reads the sentence
    dated: bool = False  # an event only with a date in its own clause ("prise par X en 2014")


@dataclass(slots=True)
class Lexicon:
    """Compiled triggers and cue sets of one language."""

    lang: str
    words: dict[str, list[Trigger]] = field(default_factory=dict)
    # (regex, trigger, needle): the needle is a literal every match contains, a cheap test
    # that spares running hundreds of regexes over each sentence
    phrases: list[tuple[re.Pattern[str], Trigger, str]] = field(default_factory=list)
    cue_words: dict[str, frozenset[str]] = field(default_factory=dict)
    cue_phrases: dict[str, re.Pattern[str] | None] = field(default_factory=dict)
    # "stem*" entries (languages matched without a lemmatizer): first letter -> (stem, trigger)
    stems: dict[str, list[tuple[str, Trigger]]] = field(default_factory=dict)
    cue_stems: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def forms(self, word: str) -> tuple[str, ...]:
        """The forms of a token to look up: itself and, in Arabic, without its proclitics."""
        if self.lang != "ar" or len(word) < 4:
            return (word,)
        bare = _AR_CLITICS.sub("", word)
        return (word, bare) if bare and bare != word and len(bare) >= 2 else (word,)

    def stem_triggers(self, word: str) -> list[Trigger]:
        """Triggers whose "stem*" entry starts ``word`` (or one of its forms)."""
        out: list[Trigger] = []
        for form in self.forms(word):
            for stem, trig in self.stems.get(form[:1], ()):
                if form.startswith(stem) and trig not in out:
                    out.append(trig)
        return out

    def stem_cue(self, name: str, word: str) -> bool:
        stems = self.cue_stems.get(name)
        return bool(stems) and any(f.startswith(stems) for f in self.forms(word))


# a French first-group verb opening a trigger phrase, as infinitive or past participle
# ("tomber aux mains", "tombée aux mains"): its stem takes every tense's ending, so the phrase
# also reads the historic present, the passé simple and the imperfect of essays and
# chronologies ("X tombe aux mains de", "les rebelles lancèrent l'offensive")
_FR_VERB = re.compile(r"^([^\W\d_]{3,}?)(?:er|é|ée|és|ées)$")
_FR_ENDINGS = (
    "(?:er|é|ée|és|ées|e|es|ent|a|as|ai|âmes|èrent|ait|ais|aient|ant|ons|ez"
    "|era|eras|erai|eront|erait|eraient|erons)"
)


@cache
def _fr_irregular() -> dict[str, tuple[str, ...]]:
    """Each form of a French irregular verb (``fr_irregular_verbs.toml``) -> the forms a phrase
    written with it reads, longest first: the forms that tell an act ("pris le contrôle" also
    reads "prirent", "reprend"), and the infinitive, future and conditional only when the
    phrase is written with one of them ("prendre le contrôle", never "pris base")."""
    out: dict[str, tuple[str, ...]] = {}
    for verb in data_toml("fr_irregular_verbs.toml")["verb"].values():
        for prefix in ("", *verb.get("prefixes", ())):
            told = {fold(prefix + f) for f in verb["forms"]}
            untold = {fold(prefix + f) for f in verb.get("untold", ())}
            for group, reads in ((told, told), (untold, told | untold)):
                ordered = tuple(sorted(reads, key=len, reverse=True))
                for f in group:
                    out.setdefault(f, ordered)
    return out


@cache
def _fr_not_verbs() -> frozenset[str]:
    """Words spelt like a first-group infinitive that are no verb ("premier")."""
    return frozenset(fold(w) for w in data_toml("fr_irregular_verbs.toml")["not_first_group"])


def _fr_irregular_forms(part: str, rest: list[str]) -> tuple[str, ...] | None:
    """All forms of the irregular verb ``part`` is a form of, when a content word of three
    letters or more follows ("mis le feu"); "prise de" stays the noun, never "prend de", and
    "pris par" the participle."""
    forms = _fr_irregular().get(part)
    small = _fr_function_words()
    if forms is None or not any(len(w) >= 3 and w.isalpha() and w not in small for w in rest):
        return None
    return forms


@cache
def _fr_function_words() -> frozenset[str]:
    return frozenset(fold(w) for w in data_toml("fr_irregular_verbs.toml")["function_words"])


def _fr_verb_stem(part: str, rest: list[str]) -> str | None:
    """The stem of a first-group verb form ("tombée": "tomb"), else None; None too when the
    rest of the phrase is only short words ("livré à", "tiré sur"), where the present's "livre"
    or "tire" would read nouns."""
    m = _FR_VERB.match(part)
    if m is None or part in _fr_not_verbs() or not any(len(w) >= 4 and w.isalpha() for w in rest):
        return None
    return m.group(1)


def phrase_needle(phrase: str, fr_verbs: bool = False) -> str:
    """The first word of a phrase as its regex matches it literally (folded, no inflection);
    with ``fr_verbs``, a verb's stem without the ç of "lança", and for an irregular verb
    ("mis le feu": "mirent", "met") the longest word after it."""
    parts = _WORD.findall(fold(phrase))
    for i, part in enumerate(parts):
        if part not in ("-", "*"):
            if fr_verbs and _fr_irregular_forms(part, parts[i + 1 :]):
                return max((w.rstrip("'") for w in parts[i + 1 :] if w.isalpha()), key=len)
            stem = _fr_verb_stem(part, parts[1:]) if fr_verbs else None
            if stem:
                return stem[:-1] if stem.endswith("c") else stem
            return part.rstrip("'")
    return ""


def phrase_regex(phrase: str, gap: int = 0, fr_verbs: bool = False) -> str:
    """A surface regex for a phrase: parts may take a short inflection and up to ``gap`` words
    may stand between two parts; hyphen, space and apostrophe variants are equivalent. With
    ``fr_verbs``, a first-group French verb opening the phrase takes any tense's ending."""
    parts = _WORD.findall(fold(phrase))
    out: list[str] = []
    for i, part in enumerate(parts):
        if part in ("-", "*"):
            continue
        body = re.escape(part.rstrip("'")) + ("'" if part.endswith("'") else "")
        stem = _fr_verb_stem(part, parts[i + 1 :]) if fr_verbs and not out else None
        forms = _fr_irregular_forms(part, parts[i + 1 :]) if fr_verbs and not out else None
        if forms:
            body = "(?:" + "|".join(re.escape(f) for f in forms) + ")"
        elif stem:
            # "lancer": "lança", "lançait" (ç before a and o); "changer": "changea"
            body = re.escape(stem[:-1]) + "(?:c|ç)" if stem.endswith("c") else re.escape(stem)
            body += ("e?" if stem.endswith("g") else "") + _FR_ENDINGS
        elif i + 1 < len(parts) and parts[i + 1] == "*":
            body += r"\w*"  # "удар*": any ending
        elif part[-1].isalnum() and len(part) >= 4:
            body += r"\w{0,3}"
        if i:
            sep = r"[\s\-–']*" if parts[i - 1].endswith("'") else r"[\s\-–]+"
            if gap:
                # a number with thousands ("some 2,000 civilians", "2 000") is one word
                sep = rf"{sep}(?:(?:\d{{1,3}}(?:[,.\s]\d{{3}})+|[\w'\-]+)[\s']+){{0,{gap}}}"
            out.append(sep)
        out.append(body)
    return r"(?<!\w)" + "".join(out) + r"(?!\w)"


def _compile_cues(
    cues: dict[str, list[str]], fr_verbs: bool = False
) -> tuple[dict[str, frozenset[str]], dict, dict[str, tuple[str, ...]]]:
    """Cue sets as words, phrase regexes and stems; with ``fr_verbs`` a French phrase's opening
    verb reads every tense, as in trigger phrases ("ouvrirent le feu" is a lethal cue)."""
    words: dict[str, frozenset[str]] = {}
    phrases: dict[str, re.Pattern[str] | None] = {}
    stems: dict[str, tuple[str, ...]] = {}
    for name, items in cues.items():
        stem = tuple(fold(w[:-1]) for w in items if w.endswith("*"))
        items = [w for w in items if not w.endswith("*")]
        single = {fold(w) for w in items if not re.search(r"[\s'’]", w)}
        multi = [w for w in items if re.search(r"[\s'’]", w)]
        words[name] = frozenset(single)
        rx = [phrase_regex(m, fr_verbs=fr_verbs) for m in multi]
        rx += [rf"(?<!\w){re.escape(x)}\w*" for x in stem]
        phrases[name] = re.compile("|".join(rx)) if rx else None
        stems[name] = stem
    return words, phrases, stems


@cache
def lexicon(lang: str) -> Lexicon:
    """The trigger lexicon of ``lang`` (English when the language has none)."""
    if lang not in LANGS:
        lang = "en"
    data = data_toml(f"triggers_{lang}.toml")
    lex = Lexicon(lang=lang)
    cues = _compile_cues(data.get("cues", {}), fr_verbs=lang == "fr")
    lex.cue_words, lex.cue_phrases, lex.cue_stems = cues
    known = set(schema().rank) | {"@territory", "@violence", "@protest", "@loss", "@next"}
    for n, entry in enumerate(data.get("t", [])):
        sub = entry["sub"]
        if sub not in known:
            raise ValueError(f"triggers_{lang}.toml: entry {n}: unknown sub {sub!r}")
        trig = Trigger(
            sub=sub,
            weight=float(entry.get("weight", 0.7)),
            pos=entry.get("pos", "any"),
            requires=tuple(entry.get("requires", ())),
            unless=tuple(entry.get("unless", ())),
            object_not=tuple(entry.get("object_not", ())),
            head_not=tuple(entry.get("head_not", ())),
            needs_arg=bool(entry.get("needs_arg", False)),
            requires_place=bool(entry.get("requires_place", False)),
            town=bool(entry.get("town", False)),
            plover=entry.get("plover"),
            label=f"{lang}:{n}",
            prospective=bool(entry.get("prospective", False)),
            target_subject=bool(entry.get("target_subject", False)),
            alone=bool(entry.get("alone", False)),
            dated=bool(entry.get("dated", False)),
        )
        for cue in (*trig.requires, *trig.unless, *trig.object_not, *trig.head_not):
            if cue == "@actor":  # an actor mention (object_not)
                continue
            if cue not in lex.cue_words:
                raise ValueError(f"triggers_{lang}.toml: entry {n}: unknown cue set {cue!r}")
        gap = int(entry.get("gap", 2))
        fr = lang == "fr"
        seen: set[str] = set()  # "tomber/tombé/tombée aux mains": one regex once conjugated
        for w in entry.get("words", []):
            if w.endswith("*"):
                stem = fold(w[:-1])
                lex.stems.setdefault(stem[:1], []).append((stem, trig))
            elif re.search(r"[\s\-'’]", w):
                rx = phrase_regex(w, fr_verbs=fr)
                if rx not in seen:
                    seen.add(rx)
                    lex.phrases.append((re.compile(rx), trig, phrase_needle(w, fr)))
            else:
                lex.words.setdefault(fold(w), []).append(trig)
        for p in entry.get("phrases", []):
            rx = phrase_regex(p, gap, fr_verbs=fr)
            if rx not in seen:
                seen.add(rx)
                lex.phrases.append((re.compile(rx), trig, phrase_needle(p, fr)))
    return lex


# ---------------------------------------------------------------------------- modality
@dataclass(frozen=True, slots=True)
class ModalityCues:
    speech: frozenset[str]
    attribution: re.Pattern[str] | None
    sources: frozenset[str]
    local: frozenset[str]
    deny: frozenset[str]
    plan: frozenset[str]
    plan_phrases: re.Pattern[str] | None
    modal: frozenset[str]
    modal_phrases: re.Pattern[str] | None
    future: frozenset[str]
    future_phrases: re.Pattern[str] | None
    negation: frozenset[str]
    pronouns: frozenset[str]
    titles: frozenset[str]
    without: frozenset[str] = frozenset()  # "sans", "without"
    blanket: frozenset[str] = frozenset()  # "any", "toute": a blanket denial
    trailing: re.Pattern[str] | None = None  # "..., a annoncé le ministère." -> group "who"
    trailing_before: re.Pattern[str] | None = None  # "..., the army said."
    anchor: re.Pattern[str] | None = None  # "lors de son arrivée": tied to an act told before
    definite: re.Pattern[str] | None = None  # "the", "les": a noun naming an act told before
    # verbs under which a French simple conditional tells an act to come: `speech`, `plan` and
    # the `foretell` list ("a fait savoir que ses unités nettoieraient X")
    foretell: frozenset[str] = frozenset()


def _alternatives(items: list[str]) -> str:
    return "|".join(re.escape(fold(w)).replace(r"\ ", r"\s+") for w in sorted(items, key=len)[::-1])


_WHO = r"(?P<who>[^,;:«»\"“”()]{2,90}?)"
# after the speaker: an aside in brackets, then a short phrase or a relative clause describing
# the speaker, which may quote it ("..., a indiqué le ministère, qui affirme avoir détruit « une
# dizaine » de positions.")
_TAIL = (
    r"(?:\s*\([^)]{0,40}\))?"
    r"(?:,(?:[^,«»\"“”]{0,140}|\s*(?:qui|dont|which|who)\b[^.!?]{0,240}?))?"
    r"\s*[.!?…]*[\"»”’)]*\s*$"
)


def _split(items: list[str]) -> tuple[frozenset[str], re.Pattern[str] | None]:
    single = frozenset(fold(w) for w in items if not re.search(r"[\s'’]", w))
    multi = [w for w in items if re.search(r"[\s'’]", w)]
    return single, (re.compile("|".join(phrase_regex(m) for m in multi)) if multi else None)


@cache
def modality_cues(lang: str) -> ModalityCues:
    data = data_toml("modality.toml")
    d = data.get(lang) or data["en"]
    speech, _ = _split(d["speech"])
    plan, plan_p = _split(d["plan"])
    modal, modal_p = _split(d["modal"])
    future, future_p = _split(d["future"])
    attribution = re.compile("|".join(phrase_regex(a) for a in d["attribution"]))
    trailing = trailing_before = None
    if d.get("trailing_verbs"):
        verbs = _alternatives(d["trailing_verbs"])
        aux = _alternatives(d.get("trailing_aux") or [])
        lead = rf"(?:(?:{aux})[\s-]+)*" if aux else ""
        clitic = r"(?:(?:m|t)'|(?:nous|lui|leur|me|te)\s+)?" if lang == "fr" else ""
        trailing = re.compile(rf",\s*{clitic}{lead}(?:\w+ment\s+)?(?:{verbs})\s+{_WHO}{_TAIL}")
        if lang == "en":
            trailing_before = re.compile(
                rf",\s*{_WHO}\s+{lead}(?:{verbs})(?:\s+(?:on|in|late|early|this|last|at)\b"
                rf"[^,;«»\"“”]{{0,40}})?{_TAIL}"
            )
    return ModalityCues(
        anchor=_split(d.get("anchor") or [])[1],
        definite=re.compile(d["definite"]) if d.get("definite") else None,
        without=frozenset(fold(w) for w in d.get("without") or []),
        blanket=frozenset(fold(w) for w in d.get("blanket") or []),
        trailing=trailing,
        trailing_before=trailing_before,
        speech=speech,
        attribution=attribution,
        sources=frozenset(fold(w) for w in d["sources"]),
        local=frozenset(fold(w) for w in d["local"]),
        deny=_split(d["deny"])[0],
        plan=plan,
        plan_phrases=plan_p,
        modal=modal,
        modal_phrases=modal_p,
        future=future,
        future_phrases=future_p,
        negation=frozenset(fold(w) for w in d["negation"]),
        pronouns=frozenset(fold(w) for w in d["pronouns"]),
        titles=frozenset(fold(w) for w in d["titles"]),
        foretell=speech | plan | frozenset(fold(w) for w in d.get("foretell") or []),
    )


# ---------------------------------------------------------------------------- quantities
@dataclass(frozen=True, slots=True)
class Quantities:
    values: dict[tuple[str, ...], int]  # token sequence -> value (numbers and fuzzy words)
    longest: int
    death: frozenset[str]
    death_phrases: re.Pattern[str] | None
    filler: frozenset[str]
    injury: frozenset[str]


@cache
def quantities(lang: str) -> Quantities:
    data = data_toml("quantities.toml")
    d = data.get(lang) or data["en"]
    values: dict[tuple[str, ...], int] = {}
    for table in ("numbers", "fuzzy"):
        for words, value in d.get(table, {}).items():
            values[tuple(_WORD.findall(fold(words)))] = int(value)
    death, death_p = _split(d["words"]["death"])
    filler = frozenset(fold(w) for w in d["words"]["people"] for w in w.split())
    return Quantities(
        values=values,
        longest=max(len(k) for k in values),
        death=death,
        death_phrases=death_p,
        filler=filler,
        injury=frozenset(fold(w) for w in d["words"]["injury"]),
    )


# ---------------------------------------------------------------------------- place and actor cues
@dataclass(frozen=True, slots=True)
class PlaceCues:
    """Compiled ``places.toml`` of one language (see its header)."""

    reference: re.Pattern[str] | None
    partner: re.Pattern[str] | None
    destination: re.Pattern[str] | None
    since: re.Pattern[str] | None
    backed: re.Pattern[str] | None
    backer: re.Pattern[str] | None
    speech_nouns: frozenset[str]
    locative: frozenset[str]
    coordinators: frozenset[str]
    owner_preps: frozenset[str]
    unnamed_state: tuple[frozenset[str], re.Pattern[str] | None]
    unnamed_police: tuple[frozenset[str], re.Pattern[str] | None]
    unnamed_armed: tuple[frozenset[str], re.Pattern[str] | None]


def _ending(patterns: list[str]) -> re.Pattern[str] | None:
    """One regex matching any of ``patterns`` at the end of a lead-in text."""
    if not patterns:
        return None
    return re.compile("|".join(f"(?:{p})" + ("" if p.endswith("$") else "$") for p in patterns))


@cache
def place_cues(lang: str) -> PlaceCues:
    data = data_toml("places.toml")
    d = data.get(lang) or data["en"]
    backed = d.get("backed") or []
    return PlaceCues(
        reference=_ending(d.get("reference") or []),
        partner=_ending(d.get("partner") or []),
        destination=_ending(d.get("destination") or []),
        since=_ending(d.get("since") or []),
        backed=re.compile("|".join(f"(?:{p})" for p in backed)) if backed else None,
        backer=_ending(d.get("backer") or []),
        speech_nouns=frozenset(fold(w) for w in d.get("speech_nouns") or []),
        locative=frozenset(fold(w) for w in d.get("locative") or []),
        coordinators=frozenset(d.get("coordinators") or ()),
        owner_preps=frozenset(d.get("owner_preps") or ()),
        unnamed_state=_split(d.get("unnamed_state") or []),
        unnamed_police=_split(d.get("unnamed_police") or []),
        unnamed_armed=_split(d.get("unnamed_armed") or []),
    )
