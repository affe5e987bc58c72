"""Events the trigger lexicons and clause rules missed, and a few non-events, mixed into the
extractor as two mixins: :class:`MissedRules` (verbs the parser mistagged, places of relative
and predicate clauses, districts, denials, air powers, truces between capitals) and
:class:`OverlookedRules` (clauses of time, control returning, campaigns, second targets,
interception claims, entries, referendums, update paragraphs).

Why each rule of ``MissedRules``:

* A pluperfect participle the small English model tags as a proper-noun modifier ("ISIS had
  overrun Rawa": ``overrun/PROPN/compound``) is still the verb; the "battle tank" filter must
  not drop it. So is a gerund right after a verb ("were filmed looting shops").
* A capture told in a relative clause of a place ("Albu Kamal, which he expected to be
  retaken", "Hama, que l'armée avait reprise en mai") happens at that place, the clause's
  antecedent; a capture told as the predicate of a place ("Fallouja avait été la première ville
  à tomber", "Rawa was the last town to fall") happens at the copula's subject. Neither place
  is inside the trigger's own clause.
* Fighting "in the district of X" (a quarter the gazetteer does not know) is still an event of
  the story's town: the district word stands for the missing place.
* A denial that names its own place ("démenti avoir bombardé un hôpital à Al-Atarib, à l'ouest
  d'Alep") denies an event there; the reference point ("à l'ouest d'Alep") does not make it a
  denial of the strikes told earlier at Aleppo.
* A bombing by a state that fights only from the air there (Russia, the US-led coalition) is
  an air strike even without an aircraft word ("Moscou a démenti avoir bombardé").
* A truce or ceasefire agreed between capitals or states ("conclue entre Moscou et
  Washington") is located at the country it covers, not at the capitals, nor at the town of
  the sentence before.
* A quotation that holds only the trigger phrase (la « cessation des hostilités ») is a term
  quoted, not a slogan.
* A verb of taking in a relative clause of a town ("Tell Abyad, que l'EI avait prise en
  2014", "the border town, which the rebels had taken in 2013") is a capture of that town,
  dated by its own clause: background told in passing is still an event. So is one on a noun
  in apposition to a place ("X, le quartier que les rebelles avaient pris", "X, the district
  the army retook in March"): the clause describes the place.
* A capture told as done in a district the gazetteer lacks ("les YPG ont pris le contrôle du
  quartier de X", "we entered the eastern neighbourhoods") happens in the story's town; a
  facility named by its kind ("plusieurs bâtiments de la base", "cette base") is the one
  whose noun phrase named a place earlier ("la base des véhicules blindés de Harasta").
* An air strike told in the passive with aircraft for agent ("le convoi fut pulvérisé par
  des avions de l'Otan", "was hit by Russian jets") is settled: no later typer makes the
  convoy's destruction a roadside bomb.
* In an interview (an article with "Q:" paragraphs), "we entered X" in an answer is the
  interviewee's force entering: the first armed actor of a sentence that gives his
  affiliation ("a commander of the PMU") is actor1, and "we" stands for the armed party an
  entry needs.
* "Les combats ont repris" is the fighting resuming, not a recapture; a town named like a TV
  channel ("al-Mayadine", Al-Mayadeen) stands for no government.
* A bare fall told as done with a place for subject and a day of its own ("Al-Dour est tombée
  samedi dernier", "the town fell last Saturday"), and a place's phrase "perdue le 19 mai" /
  "lost on May 19", are captures that day (the triggers alone stay conjectures).
* "A government air raid" / "un raid aérien du régime" told after a capture in the same
  sentence is the state's strike: the capturers in the main clause are not its actor.
* Armour with a nationality entering a town outside its country ("les chars américains
  entrèrent dans Bagdad") is a foreign army taking ground (Non-state actor overtakes
  territory); a siege broken from inside ("ont brisé l'encerclement") is ground taken back.
* The first buses leaving a town, under a deal named in the sentence or the three before, are
  an Agreement that day with the government party as actor1 (CONVENTIONS).
* A departure under a deal is told by its vehicles (the first or last, counted, carrying
  people; also when the parser hangs the verb under "transportant") or by its passengers "à
  bord d'autocars", and an agency lead often names the deal only after it: a deal in the three
  sentences before or after will do. "L'évacuation a commencé jeudi" / "the evacuation began
  on Thursday" near a deal is that departure too.
* A past participle in apposition with a date of its own ("la ville, tombée aux mains de
  l'opposition en octobre 2012, est ...", "Manbij, captured by the SDF on August 12, ...") is
  an act told in passing, not a label of the subject; "depuis" / "since" dates a state.
* A relative object clause the parser hung on the main verb ("Saraqeb, que les jihadistes
  avaient envahie en 2013, reste ...": ``advcl`` with "que" as ``mark``) still describes the
  place right before its pronoun.
* "Cette base" points back across the break between two posts of a thread; a place mention
  whose own head is the facility noun ("la base aérienne de X") is that facility.
* An aircraft shot down ("la chasse turque a abattu un avion syrien", "rebels downed a
  helicopter") is a Disrupted weapons use by the shooter, not a killing or a clash.
* "Nous n'oublions pas l'enlèvement de X": not forgetting an act recalls it; "il a fallu
  attendre le 18 août pour que X reprennent Y": the "pour que" clause tells when, no purpose.
* A verb trigger whose object the parser lost ("il avait violé/NOUN son espace aérien") is
  judged by the noun right after it against its ``object_not`` cues.
* An armed party's move toward a place told with the verb parted from its goal or in a form no
  phrase lists ("il n'est pas exclu que l'armée pousse ensuite vers X", "les loyalistes
  progressaient lundi vers X", "pourraient pousser dans les prochains jours vers X") is an
  Armed clash at the goal, whatever its mood; a verb of heading somewhere ("se diriger vers",
  "head for") only when announced or guessed.
* Not events: reinforcements "envoyés de Homs" / "sent from Homs" (where troops come from), a
  "redéploiement" / "redeployment" (the army's word for a town lost), an act nobody reported
  ("aucune ONG n'a fait état d'exécutions", "no NGO reported executions").

Why each rule of ``OverlookedRules``:

* A clause of time ("lorsque l'EI s'empara de Mossoul", "once the army had retaken X") told
  in the past is an event that happened, not a condition: "lorsque" and "once" are conditions
  only with a verb in the future, the conditional or a present with no date.
* The passé simple of a verb in -rer ("s'empara", "entra", "libéra") ends like a future
  ("reprendra"): it is told as done, neither planned nor speculative.
* A clause of time hung on a date ("depuis août 2014, lorsque des jihadistes avaient enlevé
  ...", "in June 2014, when ISIS overran Mosul") happened on that date, even a date of a
  state's start ("depuis") that the clause rules set aside.
* A place that "passes back under the control of" a side ("Touz repassait sous le contrôle de
  Bagdad", "fell back into the hands of the rebels") is the subject; the name after "contrôle
  de" is the side that regains it (a capital or a country: the state's forces; an armed group:
  that group), never the event's place.
* An air campaign named as a noun phrase ("la campagne aérienne déclenchée le 18 février sur
  la Ghouta") is the strike of its start date; with no date of its own it is background.
* A second target added with "ainsi que" / "as well as" ("ont frappé le centre de Barzé, au
  nord de Damas, ainsi que deux sites près de Homs") is a second event at its own place.
* A claim that the missiles of a strike just told were intercepted, with no interceptor named
  ("selon l'armée, la plupart des missiles ont été interceptés"), is the strike's outcome,
  not a disrupted weapons use of its own.
* An undated event told as following an entry ("within hours of entering the city, fighters
  were filmed looting shops") happened on the day of the entry told earlier, not on the day
  of the sentence just before.
* A referendum named as the subject of a verb that does not say it was held ("le référendum
  du 25 septembre devait transformer ce fait accompli en droit") or as a term of comparison
  is background; ACLED codes votes as no event, and only one told as organised or held is
  kept.
* An update paragraph ("MISE À JOUR, samedi 9h30 --") is written after the publication: its
  bare weekdays fall after the publication day, not in the week before it.
* "Sans tirer un coup de feu" in a relative clause of another place ("abandonna Kirkouk, que
  les peshmergas occupèrent sans tirer un coup de feu") tells how that place changed hands,
  not the capture told in the sentence's other clause.

Words: ``data/events/missed.toml``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from functools import cache
from typing import TYPE_CHECKING, Any

from newsift.events.actors import CHANGES_OF_HANDS, NON_STATE, actor_info, ref_info
from newsift.events.resources import Trigger, countries, data_toml

if TYPE_CHECKING:
    from newsift.events.extract import Cand, SentView
    from newsift.events.index import DocIndex, MentionRef
    from newsift.events.resources import Lexicon, ModalityCues, PlaceCues

# captures whose place a relative or predicate clause may name (MissedRules)
_CAPTURES = frozenset(
    {"@territory", "Government regains territory", "Non-state actor overtakes territory"}
)
_AUX_DEPS = ("aux", "aux:tense", "aux:pass", "auxpass")
_RELATIVE = ("relcl", "acl:relcl")
_CONTROLLER = re.compile(r"^\s*(?:de la|de l'|du|des|de|d'|of the|of|to the|to)\s*")
_STRIKES = frozenset({"Shelling/artillery/missile attack", "Air/drone strike"})
# changes of hands an event told as following an entry takes the day of (OverlookedRules)
_TERRITORY = CHANGES_OF_HANDS
_DEFINITE = frozenset({"the", "la", "le", "l'", "l’", "les"})
# "cette base", "this base": the facility named before
_DEMONSTRATIVE = frozenset({"this", "that", "cette", "ce", "cet"})
_FACILITY_BACK = 5  # sentences back a facility may be named
_SUBJECTS = ("nsubj", "nsubj:pass", "nsubjpass")
_REL_DEPS = ("acl", "acl:relcl", "relcl")
_GAP = re.compile(r"^\s*,?\s*$")
# an apposition between two listed places (", dans la province d'Anbar,"), set aside
_APPOSITION = re.compile(r",\s[^,;:()«»\"]{1,60}?,")
# the start of such an apposition: a comma and no other clause punctuation
_APPOSED = re.compile(r"^\s*,\s[^,;:()«»\"]{0,40}$")
_OBJECTS = ("obj", "dobj", "nsubj:pass", "nsubjpass")
_PRESENT_PARTICIPLE = {"en": ("ing",), "fr": ("ant",)}
_MAIN_DEPS = frozenset({"ROOT", "root", "conj", "ccomp", "parataxis", "acl:relcl", "relcl"})
_PASSIVE_DEPS = frozenset({"aux:pass", "auxpass", "nsubj:pass", "nsubjpass", "cop"})
_SINCE_RECENT_DAYS = 10  # "depuis lundi": a day of the news's week, not a state's old start
_FUTURE_FR = ("a", "ai", "as", "ont", "ons", "ez", "ait", "aient", "ais", "ions", "iez")
# an armed party's move toward a place told with the verb parted from its goal (MissedRules)
MOVE = Trigger(sub="Armed clash", weight=0.6, requires_place=True, town=True, label="moves")
# a bare verb of striking with an air power for subject (MissedRules._air_power_strikes)
AIR_POWER_STRIKE = Trigger(
    sub="Air/drone strike",
    weight=0.7,
    needs_arg=True,
    requires_place=True,
    town=True,  # "ont frappé la Syrie": a country struck sums up strikes told elsewhere
    label="air power",
)
# a town's fall named by a noun with a date of its own ("la chute de Hajin en décembre")
FALL_NOUN = Trigger(
    sub="@territory", weight=0.7, needs_arg=True, requires_place=True, town=True, label="falls"
)
# ... with a verb of heading somewhere: only an announced or guessed move is an event
HEAD_FOR = Trigger(
    sub="Armed clash", weight=0.6, requires_place=True, town=True, label="moves", prospective=True
)


@cache
def _words(lang: str) -> dict[str, Any]:
    """The words of ``data/events/missed.toml`` for ``lang``: lists as lower-case sets,
    regexes as strings, and the air powers (``air``) of every language."""
    data = data_toml("missed.toml")
    d = data.get(lang) or data["en"]
    return {
        "air": tuple(data.get("air_power_actors") or ()),
        "air_power_capitals": frozenset(data.get("air_power_capitals") or ()),
        **{k: frozenset(w.lower() for w in v) if isinstance(v, list) else v for k, v in d.items()},
    }


def _place_name(c: Cand) -> str | None:
    if c.place is None:
        return None
    return c.place.ref.m.name


# the lead-in of a sponsor or mediator of a deal, who is no party to it
_SPONSOR = re.compile(
    r"(?:egide|auspices|mediation|parrain\w*|soutenu\w* par|brokered by|sponsored by|mediated by|"
    r"backed by)"
    r"\W+(?:\w+\W+){0,2}$"
)


# the lead-in of the parties of a deal ("entre Moscou et ", "between Russia and ")
_BETWEEN = re.compile(r"\b(?:entre|between)\s+(?:[\w'’-]+\s+){0,3}(?:(?:et|and)\s+)?$")


class MissedRules:
    """Mixin of :class:`newsift.events.extract.ArticleExtractor` (see the module docstring)."""

    ix: DocIndex
    lang: str
    pc: PlaceCues
    focus: MentionRef | None
    k: int | None
    sents: list[int]
    views: dict[int, SentView]

    if TYPE_CHECKING:

        def _own_mentions(self, c: Cand, kind: str) -> list[MentionRef]: ...
        def _lead(self, r: MentionRef, floor: int) -> str: ...
        def _not_reference_points(self, refs: list[MentionRef], floor: int) -> list[MentionRef]: ...
        def _same_section(self, a: int, b: int) -> bool: ...
        def _state_actor_of(self, c: Cand) -> MentionRef | None: ...
        def tok_cue(self, name: str, toks: list[int] | frozenset[int] | range) -> bool: ...
        def _nationality_of(self, i: int) -> str | None: ...
        def _cue_tokens(self, name: str, view: SentView) -> list[int]: ...

    # ------------------------------------------------------------------ triggers
    def _act_since_day(self, r: MentionRef) -> bool:
        """Is date ``r``, told after "depuis" / "since", the first day of an act still going on
        ("les troupes avancent depuis lundi vers X", "jets have pounded X since Monday")? So when
        it is a day of the last days before publication and hangs on a verb of a main clause in
        the active voice; a participle or a passive ("assiégée depuis lundi") tells a state."""
        from newsift.events.when import parse_value

        ix = self.ix
        h = r.head
        pub = getattr(self, "published", None)
        for _ in range(2):  # the date's head, then "since"'s in English
            if h is None or ix.tokens[h].pos == "VERB" or ix.tokens[h].head == h:
                break
            h = ix.tokens[h].head
        if h is None or pub is None or ix.tokens[h].pos != "VERB":
            return False
        if ix.tokens[h].dep not in _MAIN_DEPS:
            return False
        kids = [k for k in ix.subtree(h) if k != h and ix.tokens[k].head == h]
        if any(ix.tokens[k].dep in _PASSIVE_DEPS for k in kids):
            return False
        w = parse_value(r.m.value)
        if w is None or w.precision != 1:
            return False
        return 0 <= (pub.start - w.start).days <= _SINCE_RECENT_DAYS

    def _only_air_base(self, view: SentView) -> bool:
        """Are the sentence's only aircraft words those naming an air base ("la base aérienne
        de X", "the X air base")? Then the base is the target of the fire told, not the weapon:
        rockets fired on it are shelling, and no aircraft is there to make a strike aerial."""
        nouns = _words(self.lang).get("air_base_nouns", frozenset())
        toks = self._cue_tokens("aircraft", view)
        if not nouns or not toks:
            return False
        ix = self.ix
        last = len(ix.tokens) - 1
        return all(
            (i > 0 and ix.low(i - 1) in nouns) or (i < last and ix.low(i + 1) in nouns)
            for i in toks
        )

    def _mistagged_participle(self, i: int) -> bool:
        """Is token ``i`` a lower-case word right after a perfect or passive auxiliary ("had
        overrun"), whatever tag and relation the parser gave it?"""
        ix = self.ix
        aux = _words(self.lang).get("participle_aux", frozenset())
        if not aux or i == 0:
            return False
        text = ix.doc.text[ix.tokens[i].start : ix.tokens[i].end]
        if (  # "were filmed looting shops": a gerund after a verb is a verb, not a modifier
            self.lang == "en"
            and text.islower()
            and text.endswith("ing")
            and ix.tokens[i - 1].pos == "VERB"
            and ix.tokens[i - 1].sent == ix.tokens[i].sent
        ):
            return True
        return text.islower() and ix.low(i - 1) in aux

    def _relative_takes(self, view: SentView, cands: list[Cand]) -> list[Cand]:
        """ "Tell Abyad, que l'EI avait prise en 2014", "the border town, which the rebels had
        taken in 2013": a verb of taking in a relative clause whose antecedent is a town (or
        "la ville", "the town") is a capture of that town, dated by its own clause."""
        from newsift.events.extract import Cand
        from newsift.events.kinds import TAKE

        ix = self.ix
        if not ix.parsed:
            return []
        taken = {c.tok for c in cands}
        w = _words(self.lang)
        pronouns = w.get("relative_objects", frozenset())
        places = {r.head: r for r in ix.in_sentence("place", view.si) if r.head is not None}
        towns = set(places)
        out: list[Cand] = []
        for i in view.toks:
            t = ix.tokens[i]
            if i in taken or t.pos not in ("VERB", "AUX") or t.dep not in _REL_DEPS:
                continue
            if not self._kw("take", [i]):  # type: ignore[attr-defined]
                continue
            if not any(
                ix.low(ch) in pronouns and ix.tokens[ch].dep in ("obj", "dobj", "mark")
                for ch in ix.children[i]
            ) and not self._dated_passive_relative(i, w):
                continue  # "la ville qui a pris le nom de": the town is no object
            if any(ix.low(j) in w.get("take_not", ()) for j in ix.subtree(i) if j > i):
                continue  # "la ville que l'aviation a prise pour cible": a target, not taken
            h = t.head
            if (
                h not in towns
                and not self.tok_cue("anaphor_town", [h])  # type: ignore[attr-defined]
                and self._apposed_place(h, places) is None  # "X, le quartier que ... avaient pris"
            ):
                continue
            out.append(
                Cand(sub="@territory", trig=TAKE, tok=i, start=t.start, end=t.end, sent=view.si)
            )
        return out

    def _dated_passive_relative(self, i: int, w: dict[str, Any]) -> bool:
        """Is relative verb ``i`` a passive whose subject is the relative pronoun and whose
        clause carries its own date ("Mayadine, qui avait déjà été prise par les rebelles en
        mars 2013, fut reprise ...", "X, which had been taken by rebels in March 2013, ...")?
        The antecedent is what was taken, then; without a date of its own the clause only
        describes the town."""
        ix = self.ix
        subjects = w.get("relative_subjects", frozenset())
        kids = ix.children[i]
        if not any(
            ix.low(ch) in subjects and ix.tokens[ch].dep in ("nsubj:pass", "nsubjpass")
            for ch in kids
        ):
            return False
        if not any(ix.tokens[ch].dep in ("aux:pass", "auxpass") for ch in kids):
            return False
        own = ix.subtree(i)
        return any(r.head in own for r in ix.in_sentence("date", ix.tokens[i].sent))

    def _fall_nouns(self, view: SentView, cands: list[Cand]) -> list[Cand]:
        """ "après la chute de Hajin en décembre", "the fall of Mosul in June 2014", "la chute
        de Bosra, le 25 mars, ...": a noun of a place falling (``fall_nouns``) whose complement
        is a town and whose own phrase carries a date is that town's capture on that date,
        background told in passing (CONVENTIONS section 3). Undated ("après la chute de
        Mossoul"), or with no town ("la chute du califat", "la chute des prix"), it names
        no event here."""
        from newsift.events.extract import Cand

        ix = self.ix
        if not ix.parsed:
            return []
        nouns = _words(self.lang).get("fall_nouns", frozenset())
        if not nouns:
            return []
        taken = {c.tok for c in cands}
        towns = [r for r in ix.in_sentence("place", view.si) if r.head is not None]
        towns = [r for r in towns if (r.m.precision or 1) < 3]
        out: list[Cand] = []
        for i in view.toks:
            t = ix.tokens[i]
            if i in taken or t.pos != "NOUN" or ix.low(i) not in nouns:
                continue
            own = ix.subtree(i)
            gap = ix.folded[t.end : t.end + 6]
            if not re.match(r"\s*(?:de|du|d'|d’|of)\b", gap):
                continue  # "la chute" alone, "fall in prices"
            if not any(r.head in own and r.start >= t.end for r in towns):
                continue
            c = Cand(
                sub="@territory", trig=FALL_NOUN, tok=i, start=t.start, end=t.end, sent=view.si
            )
            if self._date_beside_noun(c) or self._fall_announced_on(i, view.si):
                out.append(c)
        return out

    def _fall_announced_on(self, i: int, si: int) -> bool:
        """Is the fall noun ``i`` the object of an announcement dated by its own words ("les
        FDS ont annoncé samedi la chute de X", "the army announced on Sunday the fall of X")?
        The fall is told as done, on the day it was announced. Read on the words (the verb
        right before the noun, only a date and a determiner between), not the parse, which
        often hangs the noun elsewhere."""
        ix = self.ix
        verbs = _words(self.lang).get("fall_announced", frozenset())
        dates = [r for r in ix.in_sentence("date", si) if r.end <= ix.tokens[i].start]
        k = i - 1
        seen_date = False
        while k >= 0 and i - k <= 8:
            t = ix.tokens[k]
            inside = next((r for r in dates if r.start <= t.start < r.end), None)
            if inside is not None:
                seen_date = True
            elif ix.lemma(k) in verbs and t.pos in ("VERB", "AUX"):
                own = ix.subtree(k)
                return seen_date or any(r.head is not None and r.head in own for r in dates)
            elif t.pos not in ("DET", "ADP", "PUNCT", "ADV"):
                return False
            k -= 1
        return False

    def _clitic_takes(self, view: SentView, cands: list[Cand]) -> list[Cand]:
        """ "L'EI l'avait pris à l'armée en mai 2015", "des rebelles l'ont repris en mars": a
        verb of taking whose object is a clitic pronoun (``object_clitics``) standing for the
        town or post just named is a capture of it (the English "seized it" is read by the
        town anaphors). Only a verb no trigger reads already; its place is the story's town
        (:meth:`_clitic_taken` lets it through the place checks)."""
        from newsift.events.extract import Cand
        from newsift.events.kinds import TAKE

        ix = self.ix
        if not ix.parsed or not _words(self.lang).get("object_clitics"):
            return []
        if ix.in_sentence("place", view.si):
            return []  # the pronoun may stand for a post the sentence only describes
        taken = {c.tok for c in cands}
        out: list[Cand] = []
        for i in view.toks:
            t = ix.tokens[i]
            if i in taken or t.pos not in ("VERB", "AUX") or not self._kw("take", [i]):  # type: ignore[attr-defined]
                continue
            if any(ix.low(j) in _words(self.lang).get("take_not", ()) for j in ix.subtree(i)):
                continue  # "l'ont prise pour cible", "l'ont pris en otage"
            if ix.lemma(i) in _words(self.lang).get("plain_take", ()) and not self._taken_from(i):
                continue  # "il l'a prise lundi" (a decision?): only "l'avait pris à l'armée"
            if self._clitic_object(i):
                out.append(
                    Cand(sub="@territory", trig=TAKE, tok=i, start=t.start, end=t.end, sent=view.si)
                )
        return out

    def _air_power_strikes(self, view: SentView, cands: list[Cand]) -> list[Cand]:
        """(session 17) "la coalition a frappé samedi des positions de l'EI", "Washington
        répliquait en frappant 85 cibles à X", "the coalition could strike the town again": a
        bare verb of striking (``strike_verbs``: no aircraft word, so no trigger reads it)
        whose subject is a state that fights only from the air there (``air_power_actors``)
        is an air strike. It needs an object, and none of ``strike_not`` under it (sanctions,
        a deal, "un grand coup")."""
        from newsift.events.extract import Cand

        ix = self.ix
        w = _words(self.lang)
        verbs = w.get("strike_verbs")
        if not ix.parsed or not verbs or not w["air"]:
            return []
        taken = {c.tok for c in cands}
        out: list[Cand] = []
        for i in view.toks:
            t = ix.tokens[i]
            if i in taken or t.pos != "VERB":
                continue
            if ix.low(i) not in verbs and ix.lemma(i) not in verbs:
                continue
            if not any(ix.tokens[ch].dep in ("obj", "dobj") for ch in ix.children[i]):
                continue  # "Washington a frappé" with nothing struck; a passive
            if any(ix.low(j) in w.get("strike_not", ()) for j in ix.subtree(i)):
                continue
            if self._air_power_subject(i):
                out.append(
                    Cand(
                        sub="Air/drone strike",
                        trig=AIR_POWER_STRIKE,
                        tok=i,
                        start=t.start,
                        end=t.end,
                        sent=view.si,
                    )
                )
        return out

    def _air_power_subject(self, i: int) -> bool:
        """Is the subject of verb ``i`` (or, for an infinitive, gerund or coordinated verb
        with none, of the verb it hangs on: "pourrait frapper", "en frappant") an actor
        mention of an ``air_power_actors`` state, or one of ``air_power_capitals``?"""
        ix = self.ix
        w = _words(self.lang)
        heads = {
            r.head: r for r in ix.in_sentence("actor", ix.tokens[i].sent) if r.head is not None
        }
        k = i
        for _ in range(3):
            subj = [ch for ch in ix.children[k] if ix.tokens[ch].dep in ("nsubj",)]
            if subj:
                r = heads.get(subj[0])
                if r is None:  # "Washington pourrait frapper": the capital for its state
                    return ix.low(subj[0]) in w.get("air_power_capitals", ())
                name = actor_info(r.m.kb_id, r.m.name).name or ""
                return any(a in name for a in w["air"])
            if ix.tokens[k].dep not in ("xcomp", "advcl", "conj") or ix.tokens[k].head == k:
                return False
            k = ix.tokens[k].head
        return False

    def _taken_from(self, i: int) -> bool:
        """Does verb ``i`` name whom the place was taken from ("l'avait pris à l'armée
        syrienne", "took it from the rebels"): an actor in a complement opened by one of
        ``from_preps``?"""
        ix = self.ix
        preps = _words(self.lang).get("from_preps", frozenset())
        for r in ix.mentions.get("actor", []):
            h = r.head
            if h is None or h not in ix.subtree(i) or h == i:
                continue
            if any(ix.low(k) in preps for k in ix.children[h] if ix.tokens[k].dep == "case"):
                return True
        return False

    def _clitic_object(self, i: int) -> bool:
        """Is the object of verb ``i`` a clitic pronoun ("l'avait pris", "la reprendre")?"""
        ix = self.ix
        clitics = _words(self.lang).get("object_clitics", frozenset())
        return any(
            ix.low(ch) in clitics and ix.tokens[ch].pos == "PRON" and ix.tokens[ch].dep in _OBJECTS
            for ch in ix.children[i]
        )

    def _clitic_taken(self, c: Cand) -> bool:
        """Is ``c`` a capture whose object is a clitic pronoun standing for a town named in
        the sentence before ("le poste de X ... L'EI l'avait pris en mai 2015")? Its place is
        that town, which the place checks then find as the story's. Not when the sentence
        names places of its own: the pronoun's antecedent may be a post the sentence only
        describes ("ce poste-frontière, sur l'autoroute Damas-Bagdad : l'EI l'avait pris"),
        and the nearest name would be the wrong place."""
        ix = self.ix
        if not ix.parsed or c.sub not in _CAPTURES or not self._clitic_object(c.tok):
            return False
        if ix.in_sentence("place", c.sent):
            return (
                False  # "ce poste, sur l'autoroute Damas-Bagdad : l'EI l'avait pris": not Damascus
            )
        pos = self.sent_pos(c.sent, -1)  # type: ignore[attr-defined]
        return pos > 0 and any(
            (r.m.precision or 1) < 3
            for r in ix.in_sentence("place", self.sents[pos - 1])  # type: ignore[attr-defined]
        )

    def _moves_toward(self, view: SentView, cands: list[Cand]) -> list[Cand]:
        """An armed party's move toward a place, the verb parted from its preposition or
        conjugated in a form no phrase lists ("il n'est pas exclu que l'armée pousse ensuite
        vers X", "les loyalistes progressaient lundi vers X", "the army could push on toward
        X"): a verb of moving (``move_lemmas``) with no object, a goal phrase opened by one of
        ``move_preps`` that holds a place, and a subject holding an actor or an armed word
        (none of ``move_not``: refugees, convoys; or a word of ``move_subjects``: "les
        loyalistes", "the columns"). An Armed clash at the goal; whether it is
        done, planned or guessed is the modality's to say -- but a verb of heading somewhere
        (``head_lemmas``: "se sont dirigés vers X") is an event only announced or guessed."""
        from newsift.events.extract import Cand

        ix = self.ix
        w = _words(self.lang)
        heading = w.get("head_lemmas", frozenset())
        lemmas = w.get("move_lemmas", frozenset()) | heading
        if not ix.parsed or not lemmas:
            return []
        # every token of a place: the parser may split a name over siblings ("al - Qaryatayn")
        places = {j for r in ix.in_sentence("place", view.si) for j in r.toks}
        if not places:
            return []
        actors = {r.head for r in ix.in_sentence("actor", view.si) if r.head is not None}
        taken = {c.tok for c in cands}
        days = {j for r in ix.in_sentence("date", view.si) for j in r.toks}
        out: list[Cand] = []
        for i in view.toks:
            t = ix.tokens[i]
            if i in taken or t.pos != "VERB":
                continue
            if ix.lemma(i) not in lemmas and ix.low(i) not in lemmas:
                continue  # (the small model leaves some forms unlemmatized: "pousse")
            if any(
                ix.tokens[ch].dep in ("obj", "dobj") and ch not in days | places
                for ch in ix.children[i]
            ):
                continue  # "poussé les habitants vers l'exode": someone else is moved
            if not self._move_goal(i, places, w.get("move_preps", frozenset())):
                continue
            subj = self._move_subject(i)
            if not subj or any(ix.low(j) in w.get("move_not", ()) for j in subj):
                continue
            if (
                not (subj & actors)
                and not self.tok_cue("armed", subj)  # type: ignore[attr-defined]
                and not any(ix.low(j) in w.get("move_subjects", ()) for j in subj)
            ):
                continue
            head = ix.lemma(i) in heading or ix.low(i) in heading
            trig = HEAD_FOR if head else MOVE  # "se sont dirigés vers X" told as done: no event
            c = Cand(sub="Armed clash", trig=trig, tok=i, start=t.start, end=t.end, sent=view.si)
            c.settled = True  # a move on a place is fighting there (CONVENTIONS), not a capture
            out.append(c)
        return out

    def _move_goal(self, i: int, places: set[int], preps: frozenset[str]) -> bool:
        """Does verb ``i`` have a goal phrase ("vers X", "toward X", "sur X") holding a place?"""
        ix = self.ix
        for ch in ix.children[i]:
            dep = ix.tokens[ch].dep
            english = dep == "prep" and ix.low(ch) in preps  # verb -> prep -> pobj
            french = dep in ("obl", "obl:arg", "obl:mod", "nmod") and any(
                ix.low(g) in preps and ix.tokens[g].dep in ("case", "fixed")
                for g in ix.children[ch]
            )  # verb -> obl -> case
            if (english or french) and ix.subtree(ch) & places:
                return True
            particle = dep in ("prt", "advmod", "compound:prt") and ix.low(ch) in ("on", "in")
            if particle and self._move_goal(ch, places, preps):
                return True  # "push on toward X": the particle carries the goal phrase
        return False

    def _move_subject(self, i: int) -> frozenset[int]:
        """The subject's tokens of verb ``i``, or of the verb it is the infinitive of ("les
        soldats pourraient pousser vers X", "troops could advance")."""
        ix = self.ix
        for _ in range(3):
            for ch in ix.children[i]:
                if ix.tokens[ch].dep in ("nsubj", "csubj"):
                    return ix.subtree(ch)
            if ix.tokens[i].dep not in ("xcomp", "conj") or ix.tokens[i].head == i:
                return frozenset()
            i = ix.tokens[i].head
        return frozenset()

    def _ongoing_advance(self, c: Cand) -> bool:
        """Is the trigger an advance told in the progressive ("troops were closing in on X",
        "are pushing toward X")? With no date of its own it is the news of the day, not of the
        day the sentence before told."""
        ix = self.ix
        if self.lang != "en" or c.sub != "Armed clash" or not ix.parsed:
            return False
        if not ix.low(c.tok).endswith("ing"):
            return False
        if ix.lemma(c.tok) not in _words(self.lang).get("advance_lemmas", frozenset()):
            return False  # "the soldiers were fighting": the story's day
        return any(ix.tokens[ch].dep == "aux" and ix.lemma(ch) == "be" for ch in ix.children[c.tok])

    # ------------------------------------------------------------------ places
    def _antecedent_place(self, c: Cand) -> MentionRef | None:
        """The place a relative clause holding the trigger describes ("Albu Kamal, which ...
        expected to be retaken"), or the subject of the copula whose predicate noun the
        trigger's infinitive qualifies ("Fallouja avait été la première ville à tomber")."""
        ix = self.ix
        if not ix.parsed:
            return None
        heads = {r.head: r for r in ix.in_sentence("place", c.sent) if r.head is not None}
        if not heads:
            return None
        fronted = self._relative_misparsed(c, heads)
        if fronted is not None:
            return fronted
        copula = _words(self.lang).get("copula", frozenset())
        prev = c.tok
        for a in ix.ancestors(c.tok):
            dep = ix.tokens[prev].dep
            if dep in ("relcl", "acl:relcl") and a in heads:
                return heads[a]
            if dep in _REL_DEPS and prev == c.tok and self._apposed_place(a, heads) is not None:
                pronouns = _words(self.lang).get("relative_objects", frozenset())
                if dep != "acl" or any(ix.low(ch) in pronouns for ch in ix.children[c.tok]):
                    return self._apposed_place(a, heads)  # "X, the district the army retook"
            if dep == "acl" and prev == c.tok and a in heads and self._dated_participle(c):
                return heads[a]  # "Manbij, captured by the SDF on August 12, 2016, ..."
            if dep in ("acl", "relcl", "acl:relcl", "xcomp") and ix.tokens[a].pos == "NOUN":
                # "la première ville à tomber", "the last town to fall": the noun is the
                # predicate of a copula whose subject is the place
                cop = ix.tokens[a].head
                if ix.tokens[a].dep in ("attr",) and ix.lemma(cop) in copula:
                    root = cop
                elif any(
                    ix.tokens[ch].dep == "cop" and ix.lemma(ch) in copula for ch in ix.children[a]
                ):
                    root = a
                else:
                    return None
                for ch in ix.children[root]:
                    if ix.tokens[ch].dep.startswith("nsubj") and ch in heads:
                        return heads[ch]
                return None
            if dep not in ("ccomp", "xcomp", "conj", "dobj", "obj", "advcl"):
                return None
            prev = a
        return None

    def _apposed_place(self, a: int, heads: dict[int, MentionRef]) -> MentionRef | None:
        """The place that noun ``a`` stands in apposition to ("Baba Amr, the neighbourhood
        ...", "Manbij, le quartier ..."): a relative clause on the noun describes the place."""
        ix = self.ix
        t = ix.tokens[a]
        if t.pos != "NOUN" or t.dep != "appos" or t.head not in heads:
            return None
        return heads[t.head]

    def _relative_misparsed(self, c: Cand, heads: dict[int, MentionRef]) -> MentionRef | None:
        """ "Saraqeb, que les jihadistes avaient envahie en 2013, reste ...": the parser may
        hang the relative clause on the main verb (``advcl`` with "que" as ``mark``). A
        relative object pronoun of the trigger right after a place name (and its comma) makes
        that place the clause's antecedent all the same."""
        ix = self.ix
        if ix.tokens[c.tok].dep in _RELATIVE:
            return None  # parsed right: the walk up finds it
        pronouns = _words(self.lang).get("relative_objects", frozenset())
        for ch in ix.children[c.tok]:
            if ch >= c.tok or ix.low(ch) not in pronouns:
                continue
            if ix.tokens[ch].dep not in ("obj", "dobj", "mark"):
                continue
            j = ch - 1
            if j >= 0 and ix.low(j) == ",":
                j -= 1
            if j < 0 or ix.tokens[j].sent != ix.tokens[c.tok].sent:
                continue
            at = ix.tokens[j].start
            for r in heads.values():  # "Tell Abyad, que ...": any token of the name
                if r.start <= at < r.end:
                    return r
        return None

    def _antecedent_first(self, c: Cand, ranked: list[MentionRef]) -> list[MentionRef]:
        """``ranked`` with the place the trigger's relative or predicate clause describes
        first (see :meth:`_antecedent_place`), the patient of a raising verb first (see
        :meth:`_raised_patient`), and the base aircraft took off from last."""
        ranked = self._aircraft_base_last(c, ranked)
        if c.sub not in _CAPTURES and c.sub != "Armed clash":
            return ranked
        r = self._raised_patient(c)
        if r is not None:
            return [r, *(x for x in ranked if x is not r)]
        r = self._antecedent_place(c)
        if r is None:
            return ranked
        return [r, *(x for x in ranked if x is not r)]

    def _raised_patient(self, c: Cand) -> MentionRef | None:
        """The place that is the subject of a verb raising the trigger's passive infinitive or
        fall ("Rawa devrait être libérée d'ici la fin du mois", "Mossoul doit être reprise",
        "Fallujah is expected to be retaken", "la ville devrait tomber"): the place undergoes
        the capture; it neither speaks nor acts, even when a speaker is named after it."""
        ix = self.ix
        if not ix.parsed or ix.tokens[c.tok].dep != "xcomp":
            return None
        kids = ix.children[c.tok]
        passive = any(ix.tokens[ch].dep in ("aux:pass", "auxpass") for ch in kids)
        falls = ix.lemma(c.tok) in _words(self.lang).get("fall_lemmas", frozenset())
        if not (passive or falls) or any(ix.tokens[ch].dep in _OBJECTS[:2] for ch in kids):
            return None
        verb = ix.tokens[c.tok].head
        heads = {r.head: r for r in ix.in_sentence("place", c.sent) if r.head is not None}
        for ch in ix.children[verb]:
            if ix.tokens[ch].dep in _SUBJECTS and ch in heads:
                return heads[ch]
        return None

    def _date_beside_noun(self, c: Cand) -> bool:
        """Does a date the parser hung elsewhere stand inside the event noun's own phrase or
        right after it ("après la reprise d'Alep-Est le mois dernier", "depuis la reprise, le 6
        juillet, du poste-frontière de X", "la reconquête de Hama en mars")? It dates the
        event the noun names. A date set off by commas after the phrase ("après la reprise
        de X, mardi, les Kurdes ...") is the main clause's, unless the noun's complement
        resumes after it ("la reprise, le 6 juillet, du poste-frontière")."""
        ix = self.ix
        if not ix.parsed or ix.tokens[c.tok].pos not in ("NOUN", "PROPN"):
            return False
        own = ix.subtree(c.tok)
        end = max(ix.tokens[j].end for j in own)
        for m in ix.in_sentence("place", c.sent):  # "Alep-Est": a name the parser split
            if c.end <= m.start < end:
                end = max(end, m.end)
        text, low = ix.doc.text, ix.doc.text.lower()
        w = _words(self.lang)
        for r in ix.in_sentence("date", c.sent):
            if r.start <= c.end:
                continue
            if r.start < end:
                return True  # inside the noun's phrase
            between = low[end : r.start]
            if re.fullmatch(w.get("noun_date_gap_rx", r"\s*"), between):
                return True  # "la reprise d'Alep-Est le mois dernier"
            resumes = w.get("noun_resumes_rx")
            if (
                resumes
                and re.fullmatch(r"\s*,\s*\S*\s*", between)
                and re.match(resumes, text[r.end : r.end + 12].lower())
            ):
                return True  # "la reprise, le 6 juillet, du poste-frontière de X"
        return False

    def _aircraft_base_last(self, c: Cand, ranked: list[MentionRef]) -> list[MentionRef]:
        """``ranked`` with the places the aircraft of a strike came from ("des hélicoptères
        partis de Hama ont largué des barils sur X", "jets that took off from Hmeimim struck
        X") after the others: the strike happened where it hit."""
        rx = _words(self.lang).get("aircraft_origin_rx")
        if not rx or c.sub not in _STRIKES or len(ranked) < 2:
            return ranked
        floor = self.views[c.sent].start
        base = [r for r in ranked if re.search(rx + "$", self._lead(r, floor))]
        if not base or len(base) == len(ranked):
            return ranked
        return [*(r for r in ranked if r not in base), *base]

    def _district_named(self, clause: frozenset[int]) -> bool:
        """Does the clause name a district ("dans le quartier d'Al-Jolan") whose name the
        gazetteer may not know? It stands for a place of the story's town."""
        words = _words(self.lang).get("district", frozenset())
        return any(self.ix.low(i) in words for i in clause)

    def _district_told(self, c: Cand, clause: frozenset[int]) -> bool:
        """Is a capture or entry told as done in a district the gazetteer may not know ("les
        YPG ont pris le contrôle du quartier de X", "we entered the eastern neighbourhoods")?
        It happens in the story's town. One only expected ("the remaining neighbourhoods are
        expected to be liberated") is no event of its own."""
        return c.modality in ("asserted", "reported") and self._district_named(clause)

    def _facility_before(self, toks: frozenset[int], si: int) -> MentionRef | None:
        """The facility a definite facility noun with no place of its own stands for ("les
        rebelles se sont emparés de plusieurs bâtiments de la base"): the place whose noun
        phrase the same facility word heads in a sentence before ("la base des véhicules
        blindés de Harasta"), however long that phrase is; None when there is none."""
        ix = self.ix
        if not ix.parsed or not toks:
            return None
        groups = [
            {w.lower() for w in g}
            for g in data_toml("place_topic.toml").get(self.lang, {}).get("facility") or []
        ]
        groups += [{w} for w in _words(self.lang).get("facility", frozenset())]
        kinds: set[str] = set()
        pointing = False  # "cette base": a demonstrative points back across a post's break
        for i in sorted(toks):
            if i and ix.low(i - 1) in _DEFINITE | _DEMONSTRATIVE:
                found = {w for g in groups if ix.low(i) in g for w in g}
                kinds.update(found)
                pointing = pointing or bool(found) and ix.low(i - 1) in _DEMONSTRATIVE
        if not kinds:
            return None
        pos = self.sent_pos(si, 0)
        for back in range(1, min(pos, _FACILITY_BACK) + 1):
            prev = self.sents[pos - back]
            if not self._same_section(prev, si) and not (pointing and back <= 2):
                break
            best: tuple[int, MentionRef] | None = None
            for r in ix.in_sentence("place", prev):
                a = r.head
                if a is not None and ix.low(a) in kinds:  # "la base aérienne de X" is the place
                    best = (0, r)
                    continue
                for steps in range(1, 5):  # "de Harasta" <- "blindés" <- "base"
                    if a is None or ix.tokens[a].head == a:
                        break
                    a = ix.tokens[a].head
                    if ix.low(a) in kinds:
                        if best is None or steps < best[0]:
                            best = (steps, r)  # the nearest: not "la Ghouta" of an apposition
                        break
                    if ix.tokens[a].pos not in ("NOUN", "PROPN", "ADJ", "ADP"):
                        break
            if best is not None:
                return best[1]
        return None

    # ------------------------------------------------------------------ first person
    def _we_subject(self, i: int) -> bool:
        """Is the subject of verb ``i`` the first person plural ("we entered", "nous sommes
        entrés")?"""
        ix = self.ix
        if not ix.parsed:
            return False
        we = _words(self.lang).get("we", frozenset())
        return any(ix.tokens[ch].dep in _SUBJECTS and ix.low(ch) in we for ch in ix.children[i])

    def _we_armed(self, i: int, requires: tuple[str, ...], view: SentView) -> bool:
        """Does a trigger that needs an armed party ("entered") have "we" for subject in an
        interview's answer whose speaker belongs to an armed force? Then "we" is that force
        (:meth:`_speaker_force`)."""
        if "armed" not in requires or not self._we_subject(i):
            return False
        return self._answer(view) and self._speaker_force() is not None

    def _answer(self, view: SentView) -> bool:
        """Is the sentence in an answer of an interview: a question paragraph ("Q:",
        "Question :") comes before it in its article and its own paragraph is not one? The
        interviewer's introduction ("we reached him by phone") is no answer."""
        rx = _words(self.lang).get("question_rx")
        if not rx or not self.sents:
            return False
        text = self.ix.folded
        start = self.ix.sentences[self.sents[0]].start
        para = text.rfind("\n", 0, view.start) + 1
        q = re.compile(rx, re.M)
        if not q.search(text, start, max(start, para)):
            return False
        return not q.match(text, para)

    def _speaker_force(self) -> MentionRef | None:
        """The armed force the interviewee belongs to: the first actor of the article named
        in a sentence that gives someone's affiliation ("Abu Ali is a commander of the
        Popular Mobilization Units", "commande une brigade du Hachd"); None when unnamed."""
        cached = getattr(self, "_speaker_force_ref", False)
        if cached is not False:
            return cached  # type: ignore[return-value]
        ix = self.ix
        aff = _words(self.lang).get("affiliation", frozenset())
        found: MentionRef | None = None
        for si in self.sents:
            toks = ix.sent_tokens.get(si, range(0))
            if not any(ix.low(i) in aff or ix.lemma(i) in aff for i in toks):
                continue
            for r in ix.in_sentence("actor", si):
                info = ref_info(r)
                if info is None or info.media or info.kind == "person":
                    continue
                if info.inter in (1, 2, 3, 4):
                    found = r
                    break
            if found is not None:
                break
        self._speaker_force_ref = found
        return found

    def _speaker_actor(self, c: Cand) -> None:
        """ "We entered Rawa" in an interview's answer: actor1 is the speaker's force. (Also:
        a town's fall named by a noun keeps only the captor its own phrase names.)"""
        self._fall_captor(c)
        if c.actor1 is not None and not self._we_subject(c.tok):
            return
        if not self._we_subject(c.tok) or not self._answer(self.views[c.sent]):
            return
        force = self._speaker_force()
        if force is not None:
            c.actor1, c.assoc = force, []

    def _fall_captor(self, c: Cand) -> None:
        """A town's fall named by a noun (:meth:`_fall_nouns`) has for captor only an actor of
        its own phrase ("la chute de Mossoul aux mains de l'EI", "the fall of Raqqa to the
        SDF"): the subject of the sentence's verb is often the side that lost it ("les
        jihadistes se sont repliés après la chute de X"). With none, the story's sides decide."""
        if c.trig is not FALL_NOUN or not self.ix.parsed:
            return
        ix = self.ix
        own = ix.subtree(c.tok)
        if c.actor1 is not None and c.actor1.head not in own:
            c.actor1, c.assoc = None, []
        if c.actor2 is not None and c.actor2.head not in own:
            c.actor2 = None
        rx = _words(self.lang).get("fall_captor_rx")
        if c.actor1 is not None or not rx:
            return
        for r in ix.in_sentence("actor", c.sent):  # "la chute de X en juin aux mains de l'EI"
            if c.end < r.start <= c.end + 80 and re.search(
                rx + r"\s*$", ix.folded[c.end : r.start]
            ):
                c.actor1 = r
                return

    def _other_target(self, x: Cand, c: Cand) -> bool:
        """Does the denied act name a target of its own ("a démenti que ses appareils aient
        bombardé le marché de X", "denied that its jets struck an aid convoy at X") that the
        earlier event's sentence never names? Then the denial is about another act at that
        place (a denied event of its own), not the strikes told before. Targets are the site
        nouns of ``denied_sites`` heading the denied verb's object."""
        ix = self.ix
        if not ix.parsed or x.sent == c.sent:
            return False
        sites = _words(self.lang).get("denied_sites", frozenset())
        objs = [
            ch
            for ch in ix.children[c.tok]
            if ix.tokens[ch].dep in _OBJECTS and ix.lemma(ch) in sites
        ]
        if not objs:
            return False
        view = self.views[x.sent]
        told = {ix.lemma(i) for i in view.toks} | {ix.low(i) for i in view.toks}
        return not any(ix.lemma(o) in told or ix.low(o) in told for o in objs)

    def _stated_accusation(self, c: Cand) -> bool:
        """Is the trigger the act of an accusation stated in a clause of its own, with its own
        subject ("..., où des responsables accusent des miliciens d'avoir exécuté 49 hommes",
        "zones d'ombre : des combattants accusent les peshmergas d'avoir incendié des
        maisons")? That is a claim told as such, a reported event (CONVENTIONS section 6), not a
        motive phrase ("..., accusing the operators of helping drone strikes", "accusant")."""
        ix = self.ix
        if not ix.parsed:
            return False
        a = self._accused_act(c)  # type: ignore[attr-defined]
        if a is None or ix.low(a).endswith(_PRESENT_PARTICIPLE.get(self.lang, ())):
            return False
        return any(ix.tokens[ch].dep in _SUBJECTS for ch in ix.children[a])

    def _quoted_speech(self, c: Cand, view: SentView) -> bool:
        """Is the short quotation holding the trigger a fragment of reported speech rather than
        a slogan ("les jihadistes « pourraient abandonner X sans combattre »", "the jihadists
        'could abandon X without a fight'")? A modal or auxiliary of the third person inside
        it (``speech_modals``) carries the speaker's statement or estimate; a slogan is an
        imperative or a bare noun phrase ("Libérez Alep !", « Vengeance pour Alep »)."""
        modals = _words(self.lang).get("speech_modals", frozenset())
        if not modals:
            return False
        for s, e in self._quote_spans(view):  # type: ignore[attr-defined]
            if s <= c.start < e:
                inner = self.ix.folded[s + 1 : e - 1]
                return "!" not in inner and any(w in modals for w in re.findall(r"[\w']+", inner))
        return False

    def _denied_places(self, c: Cand) -> set[str]:
        """The places a denial names, without reference points ("à l'ouest d'Alep") when it
        names another place."""
        own = self._own_mentions(c, "place")
        floor = max(0, min((r.start for r in own), default=0) - 80)
        plain = self._not_reference_points(own, floor)
        base = _words(self.lang).get("aircraft_origin_rx")
        if base:  # "des hélicoptères partis de Taftanaz": the base, not the place denied
            away = [r for r in plain or own if not re.search(base + "$", self._lead(r, floor))]
            plain = away if away else plain
        return {r.m.name for r in plain or own}

    def _resumed_fighting(self, c: Cand) -> bool:
        """Is a "reprendre" trigger the fighting resuming ("les combats ont repris entre les
        FDS et l'EI"): its subject a fight and no object? Nothing was retaken."""
        ix = self.ix
        w = _words(self.lang)
        if not ix.parsed or ix.lemma(c.tok) not in w.get("resume_lemmas", frozenset()):
            return False
        kids = ix.children[c.tok]
        if any(ix.tokens[ch].dep in ("obj", "dobj") for ch in kids):
            return False  # "les forces ont repris la ville"
        fights = w.get("resume_subjects", frozenset())
        return any(
            ix.tokens[ch].dep in _SUBJECTS and (ix.lemma(ch) in fights or ix.low(ch) in fights)
            for ch in kids
        )

    def _missed_not_event(self, c: Cand, view: SentView) -> bool:
        """Non-events a trigger found: reinforcements "sent from" a city or troops "redeployed"
        (CONVENTIONS: troops merely deployed or reinforcing positions; the army's
        "redeployment" is its word for a town lost, already counted as the capture; the city
        they come from is no place of an event), and an act named only as what nobody
        reported ("aucune ONG n'a fait état d'exécutions", "no NGO reported executions")."""
        w = _words(self.lang)
        if c.sub == "Change to group/activity":
            said = set(re.findall(r"[\w'-]+", self.ix.folded[c.start : c.end]))
            if said & w.get("redeploy", frozenset()):
                return True  # the army's "redeployment": a town lost, or troops moved
            origin = w.get("sent_from_rx")
            after = self.ix.folded[c.end : view.end]
            if said & w.get("reinforce", frozenset()) and origin and re.match(origin, after):
                return True  # "des renforts envoyés de Homs": where troops come from
        if c.sub == "Agreement" and "departure_vehicle" in c.trig.requires:
            return not self._departure_under_deal(c, view)
        if c.sub != "Agreement" and self._evacuation_began(c, view):
            c.sub, c.settled = "Agreement", True  # a departure under the deal, that day
            c.trig = dataclasses.replace(c.trig, sub=c.sub)
            if c.actor1 is None:
                c.actor1 = self._state_actor_of(c)
        if self._object_after(c):
            return True  # "il avait violé/NOUN son espace aérien": the word's other sense
        rx = w.get("negated_report_rx")
        if rx:
            left = self.ix.folded[view.start : c.start]
            if re.search(rx, left):
                return True
        return False

    def _not_forgotten(self, c: Cand, head: int) -> bool:
        """Is the negation a negated verb of forgetting that governs the trigger ("nous
        n'oublions pas l'enlèvement des religieuses", "we will never forget the massacre")?
        Not forgetting an act is recalling it: the act is told as done."""
        ix = self.ix
        if not ix.parsed or head == c.tok:
            return False
        forget = _words(self.lang).get("forget_lemmas", frozenset())
        return ix.lemma(head) in forget and head in ix.ancestors(c.tok)[:3]

    def _waited_until(self, c: Cand) -> bool:
        """Is the "pour que" clause of the trigger hung on a verb of waiting that carries a
        date ("il a fallu attendre le 18 août pour que les peshmergas reprennent le
        barrage")? The clause tells when the act happened, not a purpose."""
        ix = self.ix
        h = ix.tokens[c.tok].head
        if not ix.parsed or h == c.tok:
            return False
        if ix.lemma(h) not in _words(self.lang).get("wait_lemmas", frozenset()):
            return False
        own = ix.subtree(c.tok)
        return any(
            r.head is not None and r.head in ix.subtree(h) and r.head not in own
            for r in ix.in_sentence("date", c.sent)
        )

    def _object_after(self, c: Cand) -> bool:
        """When the parser gave a verb trigger no object (it read "violé" in "il avait violé
        son espace aérien" as a noun), is the first noun right after it (past a determiner) a
        word of the trigger's ``object_not`` cue sets, the word's other sense?"""
        ix = self.ix
        if not c.trig.object_not or not ix.parsed:
            return False
        if any(ix.tokens[ch].dep in _OBJECTS for ch in ix.children[c.tok]):
            return False  # a parsed object: the trigger's own check judged it
        sent = ix.tokens[c.tok].sent
        for j in range(c.tok + 1, min(len(ix.tokens), c.tok + 4)):
            t = ix.tokens[j]
            if t.sent != sent or t.pos in ("PUNCT", "VERB", "ADP"):
                return False
            if t.pos in ("NOUN", "PROPN"):
                return any(self.tok_cue(n, [j]) for n in c.trig.object_not if n != "@actor")
        return False

    def _foreign_armour(self, e: Cand) -> None:
        """ "Les chars américains entrèrent dans Bagdad", "Turkish tanks rolled into Afrin": a
        ground taken by forces the subject's nationality adjective names, outside their own
        country, is a foreign army taking ground (CONVENTIONS: Non-state actor overtakes
        territory), even with no actor mention to say whose forces they are."""
        ix = self.ix
        where = (e.place.ref.m.country or "").upper() if e.place is not None else ""
        if not where:
            return
        subjects = [ch for ch in ix.children[e.tok] if ix.tokens[ch].dep in _SUBJECTS]
        isos = {x.upper() for x in map(self._nationality_of, subjects) if x is not None}
        if len(isos) == 1 and where not in isos:
            e.sub = "Non-state actor overtakes territory"

    def _departure_under_deal(self, c: Cand, view: SentView) -> bool:
        """Is a leaving verb a departure carried out under a deal: vehicles that leave ("les
        premiers bus ont quitté X", "75 buses left X", "buses carrying fighters left X") or
        people of a besieged side that leave on board of them ("1 500 personnes, dont des
        combattants, ont quitté X à bord d'autocars"), with a deal named in this sentence or
        the three before or after (an agency lead tells the departure first, the deal next)?
        CONVENTIONS: such a departure is an Agreement that day."""
        ix = self.ix
        if not ix.parsed:
            return False
        deals = _words(self.lang).get("deal_words", frozenset())
        if not (self._vehicles_leave(c) or self._evacuees_leave(c, view)):
            return self._convoy_of_article_deal(c, deals)
        pos = self.sent_pos(view.si, 0)
        for si in self.sents[max(0, pos - 3) : pos + 4]:
            if si != view.si and not self._same_section(si, view.si):
                continue
            if set(re.findall(r"\w+(?:-\w+)*", self.views[si].text)) & deals:
                return True
        return self._convoy_of_article_deal(c, deals)

    def _convoy_of_article_deal(self, c: Cand, deals: frozenset[str]) -> bool:
        """Is the departure a convoy told as such ("les premiers autobus verts ont quitté X",
        "75 buses left X"; first, last or counted vehicles leaving a named place) in an article
        that names a deal anywhere? A live blog or a channel of posts tells the deal in its
        first entry and the buses leaving hours later, entries apart; a convoy of buses
        leaving a besieged town is that deal carried out (CONVENTIONS: an Agreement)."""
        ix = self.ix
        marks = _words(self.lang).get("convoy_marks", frozenset())
        subj = [ch for ch in ix.children[c.tok] if ix.tokens[ch].dep in _SUBJECTS]
        if len(subj) != 1:
            return False
        words = sorted(ix.subtree(subj[0]))  # "une soixantaine de bus": the count heads it
        if not self.tok_cue("departure_vehicle", words[:6]):
            return False
        if not any(ix.low(t) in marks or ix.tokens[t].pos == "NUM" for t in words):
            return False
        if not any(r.head is not None and r.head > c.tok for r in self._own_mentions(c, "place")):
            return False  # the town left must be named after the verb
        for si in self.sents:
            if set(re.findall(r"\w+(?:-\w+)*", self.views[si].text.lower())) & deals:
                return True
        return False

    def _evacuation_began(self, c: Cand, view: SentView) -> bool:
        """Is the trigger an evacuation noun told as beginning ("l'évacuation a finalement
        commencé jeudi", "the evacuation began on Thursday"), with a deal named in this
        sentence or the three before or after? The departure under the deal happens that day
        (CONVENTIONS: an Agreement), at the place the story tells."""
        ix = self.ix
        w = _words(self.lang)
        if not ix.parsed or ix.low(c.tok) not in w.get("evacuation_nouns", frozenset()):
            return False
        t = ix.tokens[c.tok]
        if t.dep not in _SUBJECTS or ix.lemma(t.head) not in w.get("begin_lemmas", frozenset()):
            return False
        return self._deal_near(view)

    def _deal_near(self, view: SentView) -> bool:
        """Is a deal named in sentence ``view`` or the three before or after (same section)?"""
        deals = _words(self.lang).get("deal_words", frozenset())
        pos = self.sent_pos(view.si, 0)
        for si in self.sents[max(0, pos - 3) : pos + 4]:
            if si != view.si and not self._same_section(si, view.si):
                continue
            words = set(re.findall(r"\w+(?:-\w+)*", self.views[si].text))
            if si == view.si:  # the evacuation itself is no deal
                words -= _words(self.lang).get("evacuation_nouns", frozenset())
            if words & deals:
                return True
        return False

    def _vehicles_leave(self, c: Cand) -> bool:
        """Do vehicles lead the leaving verb: the parsed subject, or (when the parser hung the
        verb under a participle, "les premiers bus transportant des rebelles ont quitté") a
        vehicle word before it in its clause, told as the first or last, carrying people or
        counted ("75 bus")? "A bus bombing left 20 dead" has none of these marks."""
        ix = self.ix
        marks = _words(self.lang).get("departure_marks", frozenset())

        def marked(toks: list[int]) -> bool:
            return any(ix.low(t) in marks or ix.tokens[t].pos == "NUM" for t in toks)

        for ch in ix.children[c.tok]:
            if ix.tokens[ch].dep in _SUBJECTS and self.tok_cue("departure_vehicle", [ch]):
                return marked(list(ix.subtree(ch)))
        sent = ix.tokens[c.tok].sent
        left = [i for i in range(c.tok - 1, max(-1, c.tok - 14), -1) if ix.tokens[i].sent == sent]
        for i in left:
            if ix.low(i) in (";", ":", "."):
                return False
            if (
                self.tok_cue("departure_vehicle", [i])
                and ix.tokens[i].pos == "NOUN"
                and ix.tokens[i].dep != "compound"  # "a bus bombing left 20 dead"
            ):
                near = [j for j in range(max(0, i - 2), min(c.tok, i + 3)) if j != i]
                return marked(near)
        return False

    def _evacuees_leave(self, c: Cand, view: SentView) -> bool:
        """Do people of a besieged side lead the leaving verb ("1 500 personnes, dont 400
        combattants et leurs familles, ont quitté X") with vehicles named in its sentence
        ("à bord d'une cinquantaine d'autocars")?"""
        ix = self.ix
        people = _words(self.lang).get("evacuee_marks", frozenset())
        for ch in ix.children[c.tok]:
            if ix.tokens[ch].dep in _SUBJECTS and any(ix.low(t) in people for t in ix.subtree(ch)):
                return self.tok_cue("departure_vehicle", list(view.toks))
        return False

    def _dated_participle(self, c: Cand) -> bool:
        """Is the trigger a past participle in apposition to a noun with a date of its own
        ("la ville, tombée aux mains de l'opposition en octobre 2012, est ...", "the town,
        seized by insurgents in July 2012, hosts ...")? CONVENTIONS: an act told in passing
        with its own time is an event, not a label of the sentence's subject. A present
        participle ("armed groups fighting in X signed a truce") or an infinitive stays a label."""
        ix = self.ix
        t = ix.tokens[c.tok]
        if not ix.parsed or t.dep != "acl" or c.modality not in (None, "asserted", "reported"):
            return False
        word = ix.low(c.tok)
        if word.endswith(_PRESENT_PARTICIPLE.get(self.lang, ("ing",))):
            return False
        if any(
            ix.tokens[ch].dep in ("aux", "mark") and ix.low(ch) in ("to", "de", "d'", "à", "pour")
            for ch in ix.children[c.tok]
        ):
            return False
        own = ix.subtree(c.tok)
        since = _words(self.lang).get("since_words", frozenset())
        return any(
            r.head is not None
            and r.head in own
            and not any(  # "encerclé depuis trois ans", "held since 2013": a lasting state
                ix.low(j) in since for j in ix.tokens_in(max(0, r.start - 12), r.end)
            )
            for r in ix.in_sentence("date", c.sent)
        )

    def _fall_told_done(self, c: Cand, clause: frozenset[int]) -> bool:
        """Is a bare fall ("Al-Dour est tombée samedi dernier", "the town fell last
        Saturday") told as done, with a place for subject and a date of its own, or a place
        "perdue le 19 mai" / "lost on May 19" (a participle of its noun phrase, with a date of
        its own)? Those triggers are kept for conjectures ("pourrait tomber"); told as done
        with their own day they are the capture of that place that day."""
        ix = self.ix
        w = _words(self.lang)
        if not ix.parsed or not c.trig.prospective or c.modality not in ("asserted", "reported"):
            return False
        places = ix.in_sentence("place", c.sent)
        own = ix.subtree(c.tok)
        head = ix.tokens[c.tok].head
        if ix.low(c.tok) in w.get("lost_forms", frozenset()):
            # "la base d'al-Mastouma, perdue le 19 mai": a participle of a place's phrase
            if ix.tokens[c.tok].dep != "acl" or ix.tokens[head].pos not in ("NOUN", "PROPN"):
                return False
            if not any(
                r.head is not None and r.head in ix.subtree(head) and r.head not in own
                for r in places
            ):
                return False
            return any(r.head is not None and r.head in own for r in ix.in_sentence("date", c.sent))
        if ix.lemma(c.tok) not in w.get("fall_lemmas", frozenset()) and ix.low(c.tok) not in w.get(
            "fall_lemmas", frozenset()
        ):
            return False
        kids = ix.children[c.tok]
        if any(ix.low(ch) in w.get("fall_not", frozenset()) for ch in kids):
            return False  # "fell silent", "tombée en panne"
        subject = any(  # the subject or its noun's own name ("Plus au sud, Al-Dour est
            # tombée"), not a place further down ("des obus tirés depuis X sont tombés")
            ix.tokens[ch].dep in _SUBJECTS
            and any(
                r.head is not None and (r.head == ch or ix.tokens[r.head].head == ch)
                for r in places
            )
            and ix.lemma(ch) not in w.get("fall_not", frozenset())
            for ch in kids
        )
        if not subject:
            return False
        return any(r.head is not None and r.head in own for r in ix.in_sentence("date", c.sent))

    def _state_modifier(self, e: Cand) -> None:
        """ "A government air raid", "un raid aérien du régime": a strike its noun gives to the
        state has the state's forces as actor1 (so it stays apart from the capture told in the
        same sentence)."""
        ix = self.ix
        if e.sub == "Government regains territory" and e.actor1 is None and ix.parsed:
            self._foreign_armour(e)
        if e.sub == "Agreement" and "departure_vehicle" in e.trig.requires:
            if e.actor1 is None:  # a departure under a deal: the government party
                e.actor1 = self._state_actor_of(e)
            e.settled = True  # the learned typer keeps it (no hand-over: CONVENTIONS)
            return
        if e.sub not in _STRIKES or not ix.parsed:
            return
        info = e.info1()
        if info is not None and info.inter == 1:
            return
        mods = _words(self.lang).get("state_modifiers", frozenset())
        if any(ix.low(ch) in mods or ix.lemma(ch) in mods for ch in ix.children[e.tok]):
            # the subject of the clause it hangs on ("rebels seized X, days after a government
            # air raid") is not the raid's actor
            e.actor1, e.assoc = self._state_actor_of(e), []

    def _media_name(self, a: MentionRef) -> bool:
        """Is actor mention ``a`` a news outlet (a channel named after a town, "Al-Mayadeen")?
        A place read as one stands for no government: "le contrôle d'al-Mayadine" is the
        town's."""
        info = ref_info(a)
        return info is not None and info.media

    # ------------------------------------------------------------------ typing
    def _air_power_retype(self, c: Cand) -> None:
        """A bombing told of a state that fights only from the air there ("Moscou a démenti
        avoir bombardé", "Russia denied bombing") is an air strike. One told in the passive
        with aircraft for agent ("the convoy was hit by NATO jets", "fut pulvérisé par des
        avions de l'Otan") is settled: no later typer makes it a roadside bomb."""
        if c.sub == "Air/drone strike" and self._aircraft_agent(c.tok):
            c.settled = True
            return
        if self._shoot_down(c):
            return
        if c.sub != "Shelling/artillery/missile attack" or c.actor1 is None:
            return
        w = _words(self.lang)
        if self.ix.lemma(c.tok) not in w.get("bomb_lemmas", frozenset()):
            return
        m = c.actor1.m
        name = actor_info(m.kb_id, m.name).name or ""
        if name in w["air"]:
            c.sub = "Air/drone strike"

    def _shoot_down(self, c: Cand) -> bool:
        """ "La chasse turque a abattu un avion syrien", "Turkish F-16s shot down a Russian
        jet", "a drone was downed by air defences": an aircraft shot down is a weapon's use
        disrupted (CONVENTIONS: Strategic developments), not a killing or a clash. The shooter
        (the subject, the passive's agent, or their nationality: "la chasse turque") is
        actor1 and the aircraft's side actor2."""
        ix = self.ix
        w = _words(self.lang)
        if not ix.parsed or ix.tokens[c.tok].pos not in ("VERB", "AUX"):
            return False
        i = c.tok
        if ix.lemma(i) not in w.get("shoot_lemmas", frozenset()) and ix.low(i) not in w.get(
            "shoot_lemmas", frozenset()
        ):
            return False
        kids = ix.children[i]
        particle = w.get("shoot_particle", frozenset())
        if (
            particle
            and ix.lemma(i) not in particle | {"downed"}  # "downed a jet"
            and not any(ix.low(ch) in particle for ch in kids)
            and not (i + 1 < len(ix.tokens) and ix.low(i + 1) in particle)
        ):
            return False  # "shot a civilian": no aircraft brought down
        objects = [ch for ch in kids if ix.tokens[ch].dep in _OBJECTS]
        if not any(self.tok_cue("aircraft", [ch]) for ch in objects):
            return False  # "abattu trois soldats": a killing
        shooters = [
            ch
            for ch in kids
            if ix.tokens[ch].dep in ("nsubj", "agent", "obl:agent")
            or ix.tokens[ch].dep in ("obl", "nmod")
            and any(ix.low(g) in ("par", "by") for g in ix.children[ch])
        ]
        c.sub, c.settled = "Disrupted weapons use", True
        # the word is no killing word here: a rule dropping killings of a shot-down aircraft's
        # crew ("a abattu un drone": a weapon, not a person) must not drop the act itself
        c.trig = dataclasses.replace(c.trig, sub=c.sub)
        refs = ix.in_sentence("actor", c.sent)
        shot = {t for ch in objects for t in ix.subtree(ch)}
        side = {t for ch in shooters for t in ix.subtree(ch)}
        first = next((r for r in refs if r.head in side), None)
        second = next((r for r in refs if r.head in shot), None)
        if second is not None:
            c.actor2 = second
        if first is not None:
            c.actor1, c.actor1_name, c.assoc = first, None, []
            return True
        iso = next((x for x in map(self._nationality_of, shooters) if x is not None), None)
        if iso is not None:
            info = actor_info(f"{iso.lower()}-military", None)
            if info is not None and info.name:
                c.actor1, c.assoc = None, []
                c.actor1_name, c.actor1_inter = info.name, 1
        elif c.actor1 is not None and c.actor1.head in shot:
            c.actor1 = None  # the aircraft's own side is no shooter
        return True

    def _aircraft_agent(self, i: int) -> bool:
        """Is the agent of passive verb ``i`` an aircraft ("by Russian jets", "par
        l'aviation de la coalition")?"""
        ix = self.ix
        if not ix.parsed or ix.tokens[i].pos not in ("VERB", "AUX"):
            return False
        for ch in ix.children[i]:
            dep = ix.tokens[ch].dep
            by = dep in ("agent", "obl:agent") or (
                dep in ("obl", "nmod") and any(ix.low(g) in ("par", "by") for g in ix.children[ch])
            )
            if by and self.tok_cue("aircraft", ix.subtree(ch)):  # type: ignore[attr-defined]
                return True
        return False

    # ------------------------------------------------------------------ agreements
    def _agreement_at_country(
        self, made: list[Cand], view: SentView, clause: frozenset[int]
    ) -> None:
        """A truce agreed with no town of its own in its clause ("conclue entre Moscou et
        Washington", "a ceasefire in Syria agreed by Russia and Turkey") is located at the
        country it covers (the one its clause names, else the story's), precision 3."""
        from newsift.events.extract import Place

        for e in made:
            if e.sub != "Agreement" or e.place is None or e.place.ref.geo_precision >= 3:
                continue
            here = self.ix.in_sentence("place", view.si)
            parties = [
                r
                for r in here
                if self._party_place(r) or (r.geo_precision >= 3 and self._subject_state(r))
            ]
            parties = [r for r in parties if not _SPONSOR.search(self._lead(r, view.start))]
            if not parties:
                continue  # a local truce ("une trêve conclue sous l'égide de la Russie")
            if e.place.basis == "clause" and e.place.ref not in parties:
                continue
            named = [
                r
                for r in self.ix.in_sentence("place", view.si)
                if r.head in clause
                and r.geo_precision >= 3
                and not self._party_place(r)
                and not self._place_is_actor(r)  # "Russia and Turkey agreed": the parties
            ]
            country = named[0] if named else self._story_country(view)
            if country is not None:
                e.place = Place(country, "clause", 3)

    def _party_place(self, r: MentionRef) -> bool:
        """Is ``r`` a capital or state named as a party ("entre Moscou et Washington")?"""
        lead = self.ix.folded[max(0, r.start - 40) : r.start]
        return bool(_BETWEEN.search(lead))

    def _subject_state(self, r: MentionRef) -> bool:
        """Is ``r`` (a country) a subject of the sentence ("Russia and Turkey agreed a
        ceasefire"), not a sponsor ("parrainé par la Russie")?"""
        ix = self.ix
        if not ix.parsed or r.head is None:
            return False
        t = ix.tokens[r.head]
        if t.dep == "conj":
            t = ix.tokens[t.head]
        return t.dep in ("nsubj", "nsubj:pass")

    def _story_country(self, view: SentView) -> MentionRef | None:
        """The article's mention of the country its story happens in (the focus town's
        country), the latest one before ``view`` first; with none, a stand-in mention of that
        country with no coordinates."""
        from newsift.events.index import MentionRef
        from newsift.model import Mention

        focus = self.focus
        iso = (focus.m.country or "").upper() if focus is not None else ""
        row = countries().get(iso)
        if row is None:
            return None
        best: MentionRef | None = None
        for r in self.ix.mentions.get("place", []):
            if r.m.article != self.k or r.geo_precision < 3 or (r.m.country or "").upper() != iso:
                continue
            if (r.m.canonical or "") != row.name:
                continue  # a province, not the country
            if best is None or r.start <= view.start:
                best = r
        if best is not None:
            return best
        m = Mention(
            start=view.start,
            end=view.start,
            text=row.name,
            kind="place",
            canonical=row.name,
            precision=3,
            country=iso,
        )
        return MentionRef(m=m, toks=[], head=None, sent=view.si)


class OverlookedRules:
    """Mixin of :class:`newsift.events.extract.ArticleExtractor` (module docstring)."""

    ix: DocIndex
    lang: str
    lex: Lexicon
    mod: ModalityCues

    # ------------------------------------------------------------------ clauses of time
    def _when_mark(self, n: int, lead: str) -> bool:
        """Is clause ``n`` opened by a conjunction of time ("lorsque", "dès que", "once")
        and by no other condition word ("si")?"""
        ix = self.ix
        marks = {ix.low(ch) for ch in ix.children[n] if ix.tokens[ch].dep == "mark"}
        when = _words(self.lang).get("when_marks", frozenset())
        if (marks - when) & self.lex.cue_words.get("condition", frozenset()):
            return False  # "si": a condition whatever the tense
        if marks & when:
            return True
        return any(" " in w and w in lead for w in when)

    def _told_in_past(self, n: int) -> bool:
        """Is verb ``n`` told in a past tense ("avaient enlevé", "s'empara", "had retaken"),
        or in the present with a date of its own ("lorsque l'EI prend Mossoul en juin 2014")?
        A future, a conditional or an undated present is a condition."""
        ix = self.ix
        w = _words(self.lang)
        auxes = [ch for ch in ix.children[n] if ix.tokens[ch].dep in _AUX_DEPS]
        if any(ix.low(a) in w.get("future_aux", frozenset()) for a in auxes):
            return False
        form, lemma = ix.low(n), ix.lemma(n)
        if self.lang == "fr":
            if auxes:
                return True  # passé composé, plus-que-parfait: "avaient enlevé"
            stem = lemma[:-1] if lemma.endswith("re") else lemma
            if form.startswith(stem) and form[len(stem) :] in _FUTURE_FR and form != lemma:
                return False  # "lorsque l'armée reprendra", "entrerait"
            if form != lemma and form.endswith(tuple(w.get("imperfect_endings", ()))):
                return True
            if form != lemma and form.endswith(tuple(w.get("simple_past_endings", ()))):
                return True  # "s'empara", "occupèrent", "prit"
        elif self.lang == "en":
            if any(ix.low(a) in w.get("past_aux", frozenset()) for a in auxes):
                return True
            if not auxes and form != lemma and not form.endswith(("s", "ing")):
                return True  # "once the army retook the town"
        dates = self.ix.mentions.get("date", [])
        sub = ix.subtree(n)
        return any(r.head in sub for r in dates if r.head is not None)

    def _simple_past_ra(self, i: int) -> bool:
        """Is token ``i`` the passé simple of a verb in -er ending like a future ("s'empara"
        of "s'emparer", "entra" of "entrer"; not "reprendra")?"""
        if self.lang != "fr":
            return False
        form, lemma = self.ix.low(i), self.ix.lemma(i)
        return lemma.endswith("er") and form in (lemma[:-2] + "a", lemma[:-2] + "èrent")

    def _calm_of_other_clause(self, c: Cand, view: SentView) -> bool:
        """Does every "without a fight" cue of the sentence lie in a relative clause that
        does not hold the trigger (module docstring)?"""
        ix = self.ix
        if not ix.parsed:
            return False
        words = self.lex.cue_words.get("negotiated", frozenset())
        rx = self.lex.cue_phrases.get("negotiated")
        spots = [i for i in view.toks if ix.low(i) in words]
        if rx is not None:
            for m in rx.finditer(view.text):
                toks = ix.tokens_in(view.start + m.start(), view.start + m.end())
                spots.extend(toks[:1])
        if not spots:
            return False
        for i in spots:
            rel = next((a for a in [i, *ix.ancestors(i)] if self._relative_clause(a)), None)
            if rel is None or c.tok in ix.subtree(rel):
                return False
        return True

    def _relative_clause(self, a: int) -> bool:
        """Is ``a`` the verb of a relative clause, also one the parser took for a completive
        ("abandonna Kirkouk, que les peshmergas occupèrent": ``ccomp`` with ``que``) of a
        verb that is no speech verb?"""
        ix = self.ix
        t = ix.tokens[a]
        if t.dep in _RELATIVE:
            return True
        if t.dep != "ccomp" or t.pos not in ("VERB", "AUX") or t.head == a:
            return False
        rel = {"que", "qu'", "which", "that"}
        if not any(ix.tokens[ch].dep == "mark" and ix.low(ch) in rel for ch in ix.children[a]):
            return False
        head = t.head
        if ix.lemma(head) in self.mod.speech:
            return False
        return any(  # the head's object, named just before: "abandonna Kirkouk, que"
            ix.tokens[ch].dep in ("obj", "dobj") and ch < a for ch in ix.children[head]
        )

    def _when_clause_dates(self, c: Cand, clause: frozenset[int]) -> list[tuple[Any, Any]]:
        """The date a clause of time holding the trigger is hung on (module docstring), as
        the clause rules' ``(mention, When)`` pairs; none when the clause is not so hung."""
        from newsift.events.when import parse_value

        ix = self.ix
        if not ix.parsed or not clause:
            return []
        first = min(clause)
        if first not in clause or ix.low(first) not in _words(self.lang).get("date_when", ()):
            return []
        start = ix.tokens[first].start
        sent = ix.tokens[c.tok].sent
        for r in ix.in_sentence("date", sent):
            if r.end <= start and _GAP.match(ix.folded[r.end : start]):
                w = parse_value(r.m.value)
                return [(r, w)] if w is not None else []
        return []

    def _control_return(self, c: Cand, ranked: list[MentionRef]) -> list[MentionRef]:
        """``ranked`` without the side a place passes back to (module docstring); that side
        becomes actor1 when it is an armed group, else actor1 is left to the state."""
        ix = self.ix
        w = _words(self.lang)
        words = re.findall(r"[\w']+", ix.folded[c.start : c.end])
        if len(words) < 2 or words[-1] not in w.get("control_nouns", ()):
            return ranked
        if not words[0].startswith(tuple(w.get("return_stems", ()))):
            return ranked
        lead = _CONTROLLER.match(ix.folded[c.end : c.end + 12])
        if lead is None:
            return ranked
        at = c.end + lead.end()
        found = [
            r
            for kind in ("actor", "place")
            for r in ix.in_sentence(kind, c.sent)
            if at <= r.start <= at + 4
        ]
        if not found:
            return ranked
        actors = [r for r in found if r.m.kind == "actor"]
        info = actor_info(actors[0].m.kb_id, actors[0].m.canonical) if actors else None
        if info is not None and info.inter in NON_STATE:
            c.actor1, c.assoc = actors[0], []
        else:
            c.actor1, c.assoc = None, []  # "sous le contrôle de Bagdad": the state's forces
            iso = (found[0].m.country or "").lower()
            forces = actor_info(f"{iso}-military", None) if iso and not actors else None
            if forces is not None and forces.name:
                c.actor1_name, c.actor1_inter = forces.name, 1
        taken = {(r.start, r.end) for r in found}
        return [r for r in ranked if (r.start, r.end) not in taken]

    def _undated_campaign(self, c: Cand, inside: list[Any]) -> bool:
        """Is the trigger an air campaign noun ("la campagne aérienne", "the air campaign")
        with no date in its clause? Only its dated start ("déclenchée le 18 février") tells
        a strike; the campaign named alone is the war's background."""
        if inside:
            return False
        nouns = _words(self.lang).get("campaign_nouns", frozenset())
        return bool(nouns & set(re.findall(r"\w+", self.ix.folded[c.start : c.end])))

    def _also_targets(
        self, best: MentionRef, ranked: list[MentionRef], view: SentView
    ) -> list[MentionRef]:
        """The chosen place and a second target added after it with "ainsi que" / "as well
        as" ("ont frappé le centre de Barzé, ainsi que deux sites près de Homs"), each its own
        event; none when no such addition follows."""
        ix = self.ix
        rx = _words(self.lang).get("also_rx")
        if not rx:
            return []
        also = re.compile(rx)
        for r in ranked:
            if r is best or r.start <= best.end or r.sent != best.sent:
                continue
            if (r.m.precision or 1) >= 3 or r.m.name == best.m.name:
                continue
            if also.search(ix.folded[best.end : r.start]):
                return [best, r]
        return []

    def _agent_noun(self, i: int) -> bool:
        """Is token ``i`` a present participle used as the noun of its doer, right after an
        article ("contre l'occupant", "les assaillants")? The parser tags it a verb lemmatised
        to the infinitive ("occuper"), which a verb trigger would read as the act."""
        ix = self.ix
        endings = _words(self.lang).get("agent_endings")
        if not endings or not ix.parsed or i == 0 or ix.tokens[i - 1].pos != "DET":
            return False
        low = ix.low(i)
        return ix.tokens[i - 1].sent == ix.tokens[i].sent and any(low.endswith(e) for e in endings)

    def _guessed_lemmas(self, i: int) -> frozenset[str]:
        """Infinitives a finite verb form may stand for when the parser tagged it as no verb
        and left it unlemmatised ("les canons pilonnaient/ADJ", "l'armée assiégea/NOUN", "la
        RAF bombarda/ADV"): rare tenses of history writing (imperfect, simple past) are the
        forms the small models miss. Only lower-case words with a ``finite_endings`` ending;
        the caller keeps a guess only if it is a trigger word."""
        ix = self.ix
        endings = _words(self.lang).get("finite_endings")
        t = ix.tokens[i]
        if not endings or not ix.parsed or t.pos in ("VERB", "AUX", "PROPN"):
            return frozenset()
        low = ix.low(i)
        if not low.isalpha() or not ix.doc.text[t.start : t.start + 1].islower():
            return frozenset()
        out: set[str] = set()
        for pair in endings:
            end, inf = pair.split(">")
            stem = low[: -len(end)]
            if not low.endswith(end) or len(stem) < 3:
                continue
            if end == "a" and stem.endswith("ge"):
                stem = stem[:-1]  # "submergea": submerger
            out.add(stem.replace("ç", "c") + inf if stem.endswith("ç") else stem + inf)
        return frozenset(out)

    def _coordinated(self, a: MentionRef, b: MentionRef) -> bool:
        """Is place ``b`` coordinated with the earlier place ``a`` as another place of the same
        act ("sur la base de X, dans la province d'Anbar, et sur une base près de Y", "à X
        comme à Y", "three in western Iraq near X and two in Syria near Y")? The text between
        them, once appositions (", au nord de Z,") are set aside, is a coordinator, a short noun
        phrase and a place preposition (``coord_rx``); a verb between them opens another
        clause, not a list; a coarser place after a town is the town's area, not another place."""
        ix = self.ix
        rx = _words(self.lang).get("coord_rx")
        if not rx or b.start <= a.end or b.sent != a.sent:
            return False
        if (b.m.precision or 1) > (a.m.precision or 1):
            return False  # "à Zamalka et dans les localités voisines de la Ghouta": its area
        if any(ix.tokens[i].pos in ("VERB", "AUX") for i in ix.tokens_in(a.end, b.start)):
            return False
        gap = _APPOSITION.sub(" ", ix.folded[a.end : b.start])
        return bool(re.match(rx, gap))

    def _apposed(self, a: MentionRef, b: MentionRef) -> bool:
        """Is place ``b`` inside an apposition right after place ``a`` (", au nord de B"), a
        reference point that a list of ``a``'s act may skip?"""
        return bool(_APPOSED.match(self.ix.folded[a.end : b.start]))

    def _interception_claim(self, c: Cand, view: SentView) -> bool:
        """Is a disrupted-weapons candidate only a claim that the missiles of a strike told
        just before were intercepted, in the passive with no interceptor ("la plupart des
        missiles ont été interceptés", "most missiles were shot down")? It tells the strike's
        outcome, not an event of its own; "la défense antiaérienne a intercepté 71 missiles"
        names who did it and stays."""
        ix = self.ix
        if c.sub != "Disrupted weapons use" or not ix.parsed or c.actor1 is not None:
            return False
        words = _words(self.lang).get("intercept", frozenset())
        verbs = [i for i in view.toks if ix.lemma(i) in words or ix.low(i) in words]
        if not verbs:
            return False
        for v in verbs:
            deps = {ix.tokens[ch].dep for ch in ix.children[v]}
            if deps & {"nsubj", "agent", "obl:agent"}:
                return False  # "la défense antiaérienne a intercepté": who did it
        made = getattr(self, "_made", [])
        return any(
            m.dropped is None
            and m.sub in _STRIKES
            and 0 <= view.si - m.sent <= 2
            and m.sent != view.si
            for m in made
        )

    def _after_entry_date(self, e: Cand, view: SentView) -> Any:
        """The day of the entry or capture told earlier in the article at the event's place,
        for an undated event told as following it ("within hours of entering the city,
        fighters were filmed looting", "peu après leur entrée dans la ville"); None when not
        so told."""
        rx = _words(self.lang).get("after_entry_rx")
        if not rx or not re.search(rx, self.ix.folded[view.start : e.start]):
            return None
        entry = _words(self.lang).get("entry_lemmas", frozenset())
        here = _place_name(e)
        made = [
            m
            for m in getattr(self, "_made", [])
            if m.sent < e.sent
            and m.dropped is None
            and m.when is not None
            and m.date_basis in ("clause", "sentence")
            and (here is None or _place_name(m) == here)
        ]
        for m in reversed(made):  # the entry itself first, else the latest capture
            if self.ix.lemma(m.tok) in entry:
                return m.when
        for m in reversed(made):
            if m.sub in _TERRITORY:
                return m.when
        return None

    def _entry_reference(self, c: Cand, view: SentView) -> bool:
        """Is the trigger the entry word of "within hours of entering the city" (the entry
        told before, named to date what followed), not a new event?"""
        rx = _words(self.lang).get("after_entry_rx")
        if not rx:
            return False
        ends = [m.end() for m in re.finditer(rx, self.ix.folded[view.start : c.end])]
        return bool(ends) and view.start + ends[-1] == c.end

    def _vote_mentioned(self, c: Cand) -> bool:
        """Is a referendum only named, not told as held: the subject of a verb that does not
        say it took place ("le référendum du 25 septembre devait transformer ...", "the
        referendum was a mistake") or the term of a comparison ("plus loin que le
        référendum")? ACLED codes no vote as an event; only one told as organised or held
        is kept (the seed convention)."""
        ix = self.ix
        if c.sub != "Other" or not ix.parsed:
            return False
        w = _words(self.lang)
        if ix.lemma(c.tok) not in w.get("vote_nouns", frozenset()):
            return False
        t = ix.tokens[c.tok]
        if any(
            ix.tokens[ch].dep == "mark" and ix.low(ch) in w.get("compare", frozenset())
            for ch in ix.children[c.tok]
        ):
            return True  # "plus loin que le référendum du mois dernier"
        if t.dep not in ("nsubj", "nsubj:pass", "nsubjpass") or t.head == c.tok:
            return False
        return ix.lemma(t.head) not in w.get("held_lemmas", frozenset())

    def _launched_campaign(self, c: Cand) -> bool:
        """Is the trigger an air campaign noun described by a participle ("la campagne
        aérienne déclenchée le 18 février")? Its date is its start, not a past event named by
        its date ("les attentats du 13 novembre")."""
        ix = self.ix
        nouns = _words(self.lang).get("campaign_nouns", frozenset())
        if not ix.parsed or ix.low(c.tok) not in nouns:
            return False
        return any(
            ix.tokens[ch].dep in ("acl", "amod") and ix.tokens[ch].pos in ("VERB", "AUX")
            for ch in ix.children[c.tok]
        )

    def _update_weekday(self, r: MentionRef, w: Any) -> Any:
        """A bare weekday in an update paragraph ("MISE À JOUR, samedi 9h30 -- ... a pris
        samedi matin", "UPDATE, Saturday: ...") written after the publication day: the first
        such day after it, not the one before it that the time stage read."""
        from newsift.events.story import day, weekday_of

        published = getattr(self, "published", None)
        rx = _words(self.lang).get("update_rx")
        if published is None or not rx or w is None or w.precision != 1:
            return w
        if w.start >= published.start:
            return w
        text = self.ix.doc.text
        para = text.rfind("\n", 0, r.start) + 1
        if not re.match(rx, self.ix.folded[para : para + 40].lstrip()):
            return w
        wd = weekday_of(text[r.start : r.end], self.dcues)  # type: ignore[attr-defined]
        if wd is None:
            return w
        ahead = (wd - published.start.weekday()) % 7 or 7
        later = day(published.start + dt.timedelta(days=ahead))
        self._update_days = {*getattr(self, "_update_days", ()), later.value}
        return later

    def _update_day(self, w: Any) -> bool:
        """Is ``w`` a day an update paragraph told (:meth:`_update_weekday`)? It becomes the
        story's day although it is after the publication."""
        return w.value in getattr(self, "_update_days", ())

    def _recalled_act(self, c: Cand) -> bool:
        """Is the trigger a past act recalled inside a question or an exhortation ("qui se
        souvient encore qu'à X des soldats tuèrent le 15 mars 2006 ...?", "Remember X, the
        district the army retook in March ...?", "il faut se souvenir de l'attentat qui avait
        ensanglanté X le 20 août"), or an act told inside a denial that a question closes
        ("X a démenti que son armée ait tiré sur Y, mais qui le croit ?")? The question or
        the exhortation is the author's rhetoric; the act, told in a past tense with a date
        of its own in a clause below the sentence's main verb, happened (or is denied). Not
        the question's own verb ("L'armée a-t-elle repris X lundi ?") nor a wish in the
        subjunctive ("il faudrait que l'armée reprenne X en juin")."""
        ix = self.ix
        if not ix.parsed:
            return False
        n = c.tok
        chain = [n, *ix.ancestors(n)]
        if ix.tokens[n].dep in ("ROOT", "root") or len(chain) < 2:
            return False  # the question's (or the wish's) own verb
        if any(ix.lemma(a) in self.mod.deny for a in chain[1:4]):
            return True  # "a démenti que son armée ait tiré": a denied act, whatever the rhetoric
        if not self._past_form(n):
            return False
        while ix.tokens[n].dep == "conj" and ix.tokens[n].head != n:
            n = ix.tokens[n].head  # "avaient alignés en juin 2014 puis fusillés"
        sub = ix.subtree(n)
        dated = any(
            r.head in sub and not str(r.m.value or "").startswith("P")
            for r in ix.mentions.get("date", [])
            if r.head is not None
        )
        if dated:
            self._recalled = {*getattr(self, "_recalled", ()), c.tok}
        return dated

    def _recalled_modality(self, c: Cand) -> None:
        """A past act with its own date recalled inside a question (:meth:`_recalled_act`) is
        told as done: a "would" of another clause of the question ("..., which the media had
        sworn would become X?") makes it neither speculative nor planned."""
        if c.tok in getattr(self, "_recalled", ()) and c.modality in ("speculative", "planned"):
            c.modality, c.claimant = "asserted", None

    def _past_form(self, n: int) -> bool:
        """Is token ``n`` (a verb, or a participle the parser took for a noun) in a past
        tense: a past auxiliary ("avaient fusillées", "had taken"), the passé simple or the
        imperfect ("tuèrent", "s'emparait"), an English past ("retook", "fell")? Never a
        future, a conditional or a subjunctive present ("reprenne")."""
        ix = self.ix
        w = _words(self.lang)
        auxes = [ch for ch in ix.children[n] if ix.tokens[ch].dep in _AUX_DEPS]
        if any(ix.low(a) in w.get("future_aux", frozenset()) for a in auxes):
            return False
        head = ix.tokens[n].head
        if not auxes and ix.tokens[n].dep == "conj" and head != n:
            return self._past_form(head)  # "avaient alignées puis fusillées"
        form, lemma = ix.low(n), ix.lemma(n)
        if self.lang == "fr":
            if auxes:
                return True  # "avaient alignées", "s'était emparé", "ait tiré"
            stem = lemma[:-1] if lemma.endswith("re") else lemma
            if form.startswith(stem) and form[len(stem) :] in _FUTURE_FR and form != lemma:
                return False  # "reprendrait", "entrera"
            ends = (*w.get("simple_past_endings", ()), *w.get("imperfect_endings", ()))
            return form != lemma and form.endswith(tuple(ends))
        if any(ix.low(a) in w.get("past_aux", frozenset()) for a in auxes):
            return True
        if auxes:
            return False  # "did they take", "could retake"
        if form in w.get("past_forms", frozenset()):
            return True  # "retook", "overran" (also taken for a noun)
        return ix.tokens[n].pos == "VERB" and form != lemma and form.endswith("ed")

    def _past_when_clause(self, n: int, lead: str) -> bool:
        """Is clause ``n``, which a condition word opens, a clause of time told in the past
        (module docstring)? Then it tells an event, not a condition."""
        if not self.ix.parsed or self.ix.tokens[n].pos not in ("VERB", "AUX"):
            return False
        return self._when_mark(n, lead) and self._told_in_past(n)
