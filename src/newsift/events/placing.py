"""Where an event happened, second wave: the dateline's own day, evacuees' destinations, places a
move only protects, whole countries in background events, and places the gazetteer lacks.

Why each rule:

* An agency dateline ("Beyrouth, dimanche -", "BAGHDAD, April 14 (Agency) -") dates the
  dispatch, not the clause after it: when the clause tells its own day ("a pris samedi le
  contrôle"), the dateline's day is no second date of the event (it made two events, one a day
  late).
* A place after an evacuation or transfer word ("l'évacuation des combattants vers Jarablus",
  "the evacuation of fighters to Idlib") is where evacuees are taken; no event of the sentence
  (the deal, the offensive that forced it) happened there.
* A place a move is only meant to protect ("les avions commencèrent à bombarder les forces de
  Kadhafi pour protéger Benghazi") is the motive's place: it ranks after the sentence's other
  places and does not replace the country the sentence names. So does where a road leads ("le
  poste-frontière de X, sur la route de la Syrie", "on the road to Syria"): the place is the
  one on the road, not the country or town it leads to.
* A background event told of a whole country, named in its own clause, years before the story
  ("En mars 2003, les troupes envahirent l'Irak") happened in that country: the towns the
  article names belong to its story, so the country is not narrowed to one of them.
* A capital after "les troupes de" / "the forces of" names the government whose troops act
  ("les troupes de Bagdad ont hissé leur drapeau"), not where they act.
* "La ville" right after a sentence whose town only fell in a background clause ("Idleb, le
  chef-lieu, était tombée le 28 mars") is the town the article is about (its focus town),
  when the article named it in the sentences just before, not that background town.
* An act done on the way out ("Avant de fuir, les jihadistes ont incendié les puits", "Before
  fleeing, ISIS blew up the bridge"), with no place of its own, happened where the group fled
  from: the place of the capture the sentence just before told, not the article's focus.
* A definite town noun in the trigger's own clause ("les peshmergas sont partis à l'assaut de
  la ville", "la ville a été libérée", "strikes in and around the city") stands for the town
  the discourse is about: a town named before it in its sentence ("Il reste Rawa : ... l'assaut
  sur la petite ville"), else the town the sentences before give (as for a sentence without a
  town) -- not a town the sentence names in passing after it (the two ends of a road, an
  origin, a destination). Such a noun stands for a town, not for a site (an air base, a dam)
  the sentence before also names.
* A capture of a valley, hill or hamlet the gazetteer does not list ("a pris le contrôle de
  Wadi al-Kheil") is still an event: ACLED places it at the nearest known town (precision 2),
  here the story's place the extractor falls back on.

Words: ``[<lang>.placing]`` in ``data/events/place_topic.toml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from newsift.events import where
from newsift.events.actors import CHANGES_OF_HANDS
from newsift.events.resources import data_toml, fold, place_identity
from newsift.geo import haversine_km

if TYPE_CHECKING:
    from newsift.events.extract import Cand, Place, SentView
    from newsift.events.index import DocIndex, MentionRef
    from newsift.events.when import When

    Dated = tuple[MentionRef, When]


@dataclass(frozen=True, slots=True)
class PlacingCues:
    evacuated_to: re.Pattern[str] | None
    purpose: re.Pattern[str] | None
    unlisted_prefix: frozenset[str]
    unlisted_lead: re.Pattern[str] | None
    capital_forces: re.Pattern[str] | None
    background_aux: frozenset[str]
    fled: re.Pattern[str] | None = None
    road_to: re.Pattern[str] | None = None
    story_nouns: frozenset[str] = frozenset()
    story_dets: frozenset[str] = frozenset()
    story_not_after: frozenset[str] = frozenset()
    site_words: frozenset[str] = frozenset()
    refuge_to: re.Pattern[str] | None = None
    fronted_locative: re.Pattern[str] | None = None


def _ending(patterns: list[str]) -> re.Pattern[str] | None:
    return re.compile("(?:" + "|".join(f"(?:{p})" for p in patterns) + ")$") if patterns else None


@cache
def placing_cues(lang: str) -> PlacingCues:
    """The cues of ``lang`` (a language without a table has none)."""
    d = (data_toml("place_topic.toml").get(lang) or {}).get("placing") or {}
    return PlacingCues(
        evacuated_to=_ending(d.get("evacuated_to") or []),
        purpose=_ending(d.get("purpose") or []),
        unlisted_prefix=frozenset(w.lower() for w in d.get("unlisted_prefix") or []),
        unlisted_lead=_ending(d.get("unlisted_lead") or []),
        capital_forces=_ending(d.get("capital_forces") or []),
        background_aux=frozenset(w.lower() for w in d.get("background_aux") or []),
        fled=re.compile("|".join(f"(?:{p})" for p in d["fled"])) if d.get("fled") else None,
        road_to=_ending(d.get("road_to") or []),
        story_nouns=frozenset(w.lower() for w in d.get("story_nouns") or []),
        story_dets=frozenset(w.lower() for w in d.get("story_dets") or []),
        story_not_after=frozenset(w.lower() for w in d.get("story_not_after") or []),
        site_words=frozenset(fold(w) for w in d.get("site_words") or []),
        refuge_to=_ending(d.get("refuge_to") or []),
        fronted_locative=_ending(d.get("fronted_locative") or []),
    )


_TERRITORY = CHANGES_OF_HANDS
# a town this far from the article's focus, in another country, is named in passing (_far_abroad)
_FAR_ABROAD_KM = 1000.0
# a trigger noun that is the object or subject of a light verb ("mener des frappes", "l'offensive
# a été lancée"): the verb's phrase is the trigger's own
_LIGHT_OBJ = frozenset({"obj", "dobj", "nsubj", "nsubj:pass", "nsubjpass"})
_PREDICATE = frozenset({"attr", "ROOT", "root", "appos"})
_NAME_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][\w’'-]*")
_PARTICLE = frozenset({"al", "el", "ad", "ar", "as", "ash", "az", "an", "at", "ed", "es", "ech"})


class PlacingRules:
    """Mixin of :class:`newsift.events.extract.ArticleExtractor` (see the module docstring)."""

    ix: DocIndex
    lang: str
    published: When | None

    # -------------------------------------------------------------- dateline's own day
    def _without_dateline_dates(
        self, inside: list[Dated], rest: list[Dated], view: SentView
    ) -> list[Dated]:
        """``inside`` without the dateline's day when the sentence gives another day."""
        if not inside:
            return inside
        end = self._dateline_end(view)
        if end is None:
            return inside
        own = [x for x in inside if x[0].start >= end]
        others = own or [x for x in rest if x[0].start >= end]
        return own if others and len(own) < len(inside) else inside

    def _dateline_end(self, view: SentView) -> int | None:
        """Where the dateline opening the sentence ends (after its dash), if it opens one."""
        for p in self.ix.in_sentence("place", view.si):
            end = where.dateline_end(self, p, view)  # type: ignore[arg-type]
            if end is not None:
                return end
        return None

    # -------------------------------------------------------------- places ruled out or demoted
    def _evacuees_destination(self, r: MentionRef, view: SentView) -> bool:
        """Is ``r`` where evacuees are taken ("l'évacuation des combattants vers Jarablus")?"""
        rx = placing_cues(self.lang).evacuated_to
        lead = self.ix.folded[max(view.start, r.start - 90) : r.start]
        return bool(rx and rx.search(lead))

    def _purpose_place(self, r: MentionRef, view: SentView) -> bool:
        """Is ``r`` only what a move is meant to protect ("pour protéger Benghazi"), or where
        the road a place lies on leads ("le poste de X, sur la route de la Syrie")?"""
        cues = placing_cues(self.lang)
        lead = self.ix.folded[max(view.start, r.start - 60) : r.start]
        return any(rx is not None and rx.search(lead) for rx in (cues.purpose, cues.road_to))

    def _road_end(self, r: MentionRef, floor: int) -> bool:
        """Is ``r`` where a road leads or one of the towns it links ("la route 47, qui relie
        Raqqa à Mossoul"), in a sentence starting at ``floor``? No antecedent of "la ville"."""
        rx = placing_cues(self.lang).road_to
        return rx is not None and bool(
            rx.search(self.ix.folded[max(floor, r.start - 60) : r.start])
        )

    def _capital_forces(self, r: MentionRef) -> bool:
        """Is ``r`` a capital naming the government whose forces act ("les troupes de
        Bagdad")?"""
        rx = placing_cues(self.lang).capital_forces
        if rx is None:
            return False
        names = {fold(r.m.canonical or ""), fold(r.m.text)}
        if not names & where.seats():
            return False
        return bool(rx.search(self.ix.folded[max(0, r.start - 40) : r.start]))

    def _background_town(self, r: MentionRef) -> bool:
        """Is ``r`` the town of a pluperfect clause ("Idleb était tombée le 28 mars")?"""
        ix = self.ix
        aux = placing_cues(self.lang).background_aux
        if not ix.parsed or r.head is None or not aux:
            return False
        for a in [r.head, *ix.ancestors(r.head)][:6]:
            if ix.tokens[a].pos == "VERB":
                return any(
                    ix.low(ch) in aux and ix.tokens[ch].dep.startswith("aux")
                    for ch in ix.children[a]
                )
        return False

    def _reported_event_place(self, c: Cand, r: MentionRef) -> bool:
        """Is ``r`` inside the complement a speech verb introduces, on the trigger's side
        ("Rappelons que cette région reste marquée par l'attentat de 2006 contre le mausolée, à
        Samarra", "recall that the region was scarred by the 2006 bombing, in Samarra")? Such a
        place belongs to the event told, not to where the speaker spoke."""
        ix = self.ix
        if not ix.parsed or r.head is None:
            return False
        speech = self.mod.speech  # type: ignore[attr-defined]
        child = c.tok
        for a in ix.ancestors(c.tok):
            if ix.lemma(a) in speech:
                if ix.tokens[child].dep in ("ccomp", "xcomp", "obj", "advcl"):
                    return r.head in ix.subtree(child)
                return False
            child = a
        return False

    def _quoted_town_before(self, c: Cand, view: SentView) -> MentionRef | None:
        """For "la ville" / "the town" with no other place in the sentence: a town named
        earlier in the same sentence inside a quotation ("au nom d'une colonne qui allait
        « massacrer Benghazi », les avions ouvrirent le feu aux portes de la ville"): the
        quotation is no place of the event, yet the town it names is the antecedent."""
        quotes = self._quote_spans(view)  # type: ignore[attr-defined]
        towns = [
            r
            for r in self.ix.in_sentence("place", view.si)
            if r.geo_precision < 3
            and r.end <= c.start
            and any(s <= r.start < e and not s <= c.start < e for s, e in quotes)
        ]
        return towns[-1] if towns else None

    def _story_town_over(self, r: MentionRef, pos: int) -> MentionRef | None:
        """For a "la ville" whose nearest antecedent ``r`` is a background clause's town: the
        article's focus town, when one of the three sentences before ``pos`` names it."""
        focus = self.focus  # type: ignore[attr-defined]
        if focus is None or focus.geo_precision >= 3 or not self._background_town(r):
            return None
        key = place_identity(focus.m)
        if key == place_identity(r.m):
            return None
        for back in range(1, 4):
            if pos - back < 0:
                break
            for p in self.ix.in_sentence("place", self.sents[pos - back]):  # type: ignore[attr-defined]
                if place_identity(p.m) == key:
                    return focus
        return None

    def _background_country(self, inside: list[Dated], rest: list[Dated]) -> bool:
        """Is the event dated a year or more before the article (its clause's dates, else its
        sentence's)? A whole country it names then stays its place."""
        pub = self.published
        dated = inside or rest
        if pub is None or not dated:
            return False
        return all(w.end.year < pub.start.year for _r, w in dated)

    # -------------------------------------------------------------- the place fled from
    def _fled_place(self, c: Cand, view: SentView, pos: int) -> MentionRef | None:
        """For an act told "before fleeing" ("Avant de fuir, les jihadistes ont incendié ..."):
        the place of the territory event the sentence just before told (where they fled)."""
        rx = placing_cues(self.lang).fled
        if rx is None or pos < 1:
            return None
        if not rx.search(self.ix.folded[view.start : c.start]):
            return None
        prev = self.sents[pos - 1]  # type: ignore[attr-defined]
        for x in reversed(self._made):  # type: ignore[attr-defined]
            if x.sent != prev or x.dropped is not None or x.place is None:
                continue
            if x.sub in _TERRITORY:
                return x.place.ref
        return None

    # -------------------------------------------------------------- a town near, over an area
    def _near_town_first(
        self, out: list[tuple[tuple[int, ...], MentionRef]], view: SentView
    ) -> list[tuple[tuple[int, ...], MentionRef]]:
        """When the sentence's best place is a region or a country and it gives a town as a
        reference point ("à Nabi X, près de Hermel, dans la Békaa", "10 km north of Palmyra,
        in Homs province"): that town first. Both only approximate where the event happened,
        and the named town nearest to it is the finer (ACLED's precision 2)."""
        if not out or out[0][1].geo_precision < 3:
            return out
        rx = self.pc.reference  # type: ignore[attr-defined]
        if rx is None:
            return out
        for item in out[1:]:
            r = item[1]
            if item[0][0] != 1 or r.geo_precision >= 3:
                continue
            if rx.search(self.ix.folded[max(view.start, r.start - 60) : r.start]):
                return [item, *(x for x in out if x is not item)]
        return out

    def _dated_part_place(
        self, pool: list[MentionRef], prev_date_end: int, floor: int
    ) -> MentionRef | None:
        """The place of one dated part of a sentence telling several ("hit a centre near
        Masyaf on 7 September, and the T4 airbase east of Homs in April"): the last place
        between the previous date and this one that is not a reference point locating
        another ("east of Homs", "à l'est de Homs"); the last place before the date when
        that part names none."""
        if not pool:
            return None
        part = [r for r in pool if r.start >= prev_date_end]
        if len(part) > 1:
            part = self._not_reference_points(part, floor) or part  # type: ignore[attr-defined]
        return (part or pool)[-1]

    def _refuge(self, r: MentionRef, floor: int) -> bool:
        """Is ``r`` where people fled to ("les habitants ont fui vers Lattaquié", "residents
        fled to Latakia")? A sentence naming only refuges is no antecedent of a later sentence
        without a place: that sentence tells of the place they fled from."""
        rx = placing_cues(self.lang).refuge_to
        lead = self.ix.folded[max(floor, r.start - 80) : r.start]
        return rx is not None and rx.search(lead) is not None

    def _fronted(self, chain: list[MentionRef], view: SentView) -> bool:
        """Does the list of places ``chain`` open its sentence as a detached locative adjunct
        ("À X et à Y, le même jour, ...", "In X and Y, ..."; cues ``fronted_locative``)? Its
        places are the act's own though written before the verb."""
        rx = placing_cues(self.lang).fronted_locative
        lead = self.ix.folded[view.start : chain[0].start]
        return rx is not None and bool(rx.search(lead))

    def _far_abroad(self, r: MentionRef) -> bool:
        """Is ``r`` a town far abroad from the article's story ("selon un porte-parole de
        l'Unesco à Paris", "we heard him speak in Paris") in an article about another country?
        Such a town, named in passing, is no antecedent of a later sentence without a place
        ("les bulldozers l'ont rasé", "pour reprendre la ville"): that sentence goes on with
        the story's own places."""
        focus: MentionRef | None = self.focus  # type: ignore[attr-defined]
        if focus is None or not focus.m.country or not r.m.country:
            return False
        if r.m.country.upper() == focus.m.country.upper():
            return False
        if None in (focus.m.lat, focus.m.lon, r.m.lat, r.m.lon):
            return False
        return not _near(r, focus, _FAR_ABROAD_KM)

    def _only_governments(self, c: Cand, ranked: list[MentionRef]) -> bool:
        """Are the sentence's places all capitals naming a government, as the subject of a
        verb or outside the trigger's clause ("il avait fallu deux mois pour que Washington
        daigne s'en soucier")? With "la ville" in the trigger's own phrase ("frappé les
        positions autour de la ville"), the town is the one told before."""
        ix = self.ix
        if not ranked or not ix.parsed:
            return False

        def government(r: MentionRef) -> bool:
            if not where.is_seat(r):
                return False
            if self._place_is_actor(r) or where.in_other_clause(self, r, c.tok):  # type: ignore[attr-defined,arg-type]
                return True
            return r.head is not None and ix.tokens[r.head].dep.startswith("nsubj")

        return all(government(r) for r in ranked)

    # -------------------------------------------------------------- places the gazetteer lacks
    def _unlisted_site(self, c: Cand, clause: frozenset[int]) -> bool:
        """Does the trigger's own phrase name a place the gazetteer lacks: a capitalised name
        opening with a word of a valley, hill or hamlet ("Wadi al-Kheil", "Jabal X"), or
        introduced by such a noun ("le village de X"), covered by no mention?"""
        ix = self.ix
        cues = placing_cues(self.lang)
        if not cues.unlisted_prefix and cues.unlisted_lead is None:
            return False
        own = ix.subtree(c.tok) if ix.parsed else frozenset(clause)
        text = ix.doc.text
        for i in sorted(own & clause if ix.parsed else own):
            t = ix.tokens[i]
            if t.start < c.end or t.start - c.end > 60:
                continue
            word = text[t.start : t.end]
            if not _NAME_WORD.fullmatch(word) or self._covered(t.start, t.end):
                continue
            low = word.lower()
            prefix = low in cues.unlisted_prefix and self._name_follows(t.end)
            lead = ix.folded[max(0, t.start - 40) : t.start]
            led = cues.unlisted_lead is not None and bool(cues.unlisted_lead.search(lead))
            if prefix or (led and low not in _PARTICLE):
                return True
        return False

    def _only_roads_by_unlisted(
        self, c: Cand, ranked: list[MentionRef], view: SentView, clause: frozenset[int]
    ) -> bool:
        """Does the trigger's own phrase name a place the gazetteer lacks ("repris le village
        voisin de X") while the sentence's only places are where a road leads or what a move
        protects ("d'où les tireurs harcelaient la route de Damas")? Those are no place of the
        event: it falls back on the story's nearest town, like any unlisted place."""
        if not ranked or not all(self._purpose_place(r, view) for r in ranked):
            return False
        return self._unlisted_site(c, clause)

    def _name_follows(self, end: int) -> bool:
        """Does a capitalised word or an Arabic article follow ("Wadi al-Kheil", "Jabal Druze")?"""
        nxt = self.ix.doc.text[end : end + 30].lstrip(" ")
        return bool(re.match(r"(?:[A-ZÀ-ÖØ-Þ]|(?:al|el|ad|ar|as|ash|az|an)-)", nxt))

    def _covered(self, start: int, end: int) -> bool:
        """Is the span inside a mention of any kind (an actor, a person, a place, a date)?"""
        for kind in ("actor", "place", "person", "org", "date"):
            for m in self.ix.mentions.get(kind, []):
                if m.start <= start and end <= m.end:
                    return True
        return False

    # -------------------------------------------------------------- "la ville": the story's town
    def _story_noun(self, c: Cand, view: SentView, clause: frozenset[int]) -> int | None:
        """The definite town noun ("la ville", "cette bourgade", "the city") of the trigger's
        own clause, if one stands there for a town told elsewhere (no name follows it: "la
        ville de Raqqa", "the town of Hit" name their town; "la vieille ville" is a quarter)."""
        ix = self.ix
        pc = placing_cues(self.lang)
        if not ix.parsed or not pc.story_nouns:
            return None
        own = ix.subtree(c.tok)
        t = ix.tokens[c.tok]
        if t.dep in _LIGHT_OBJ and t.head != c.tok and ix.tokens[t.head].pos in ("VERB", "AUX"):
            own = own | ix.subtree(t.head)  # "mener des frappes ... sur la ville"
        own = own & clause if clause else own
        for i in view.toks:
            if i not in own or i == c.tok or ix.tokens[i].pos != "NOUN":
                continue
            if ix.tokens[i].dep in _PREDICATE or any(
                ix.tokens[k].dep == "cop" for k in ix.children[i]
            ):
                continue  # "C'est la deuxième ville à tomber": a predicate, no anaphor
            if ix.low(i) not in pc.story_nouns and ix.lemma(i) not in pc.story_nouns:
                continue
            kids = ix.children[i]
            if not any(ix.low(k) in pc.story_dets and k < i for k in kids):
                continue  # "une ville", "sa ville", "villes": no definite anaphor
            if any(ix.low(k) in pc.story_not_after for k in kids if k < i):
                continue  # "la vieille ville": the old quarter
            tail = ix.doc.text[ix.tokens[i].end : ix.tokens[i].end + 40]
            if re.match(r"\s*(?:\w+\s+){0,2}?(?:de|d[’']|du|of|,|:|\()\s*[A-ZÀ-ÖØ-Þ]", tail):
                continue  # "la ville de Raqqa", "the city of Hit", "la ville, Sinjar"
            if any(
                r.start >= ix.tokens[i].end and r.start - ix.tokens[i].end <= 4
                for r in ix.in_sentence("place", view.si)
            ):
                continue  # "la ville Raqqa": named right after
            return i
        return None

    def _town_before(self, view: SentView, noun: int) -> MentionRef | None:
        """The town named before the town noun at ``noun`` in its own sentence ("À Hassaké
        même, l'offensive ... contre la ville", "Il reste Rawa : ... l'assaut sur la petite
        ville"): the story's town if it is one of them, else the nearest. A capital speaking
        for its government, an origin, a monitor's seat, a comparison, a road's end are none."""
        ix = self.ix
        x = self  # the extractor itself (the mixin's host)
        start = ix.tokens[noun].start
        focus = self.focus  # type: ignore[attr-defined]
        if focus is not None and focus.geo_precision >= 3:
            focus = where.story_town(x, focus)  # type: ignore[arg-type]
        fkey = place_identity(focus.m) if focus is not None else None

        def ok(r: MentionRef) -> bool:
            if r.geo_precision >= 3 or r.end > start:
                return False
            if where.no_antecedent(x, r, frozenset()):  # type: ignore[arg-type]
                return False
            if where.is_seat(r) and place_identity(r.m) != fkey:
                return False  # "Ankara, qui se posait en protecteur, ... : la ville"
            if self._origin_place(r) or where.seat(x, r):  # type: ignore[attr-defined,arg-type]
                return False
            return bool(self._antecedent_ok(r, view.start))  # type: ignore[attr-defined]

        before = [r for r in ix.in_sentence("place", view.si) if ok(r)]
        if not before:
            return None
        return next((r for r in before if place_identity(r.m) == fkey), before[-1])

    def _story_anaphor(
        self,
        c: Cand,
        view: SentView,
        clause: frozenset[int],
        pos: int,
        variants: list[tuple[Place | None, When | None, str]],
    ) -> list[tuple[Place | None, When | None, str]]:
        """One place chosen for a trigger whose own clause holds "la ville" / "the city": a
        town named before the noun in its sentence (:meth:`_town_before`); else, when the
        place chosen is a town the sentence names in passing, the antecedent the sentences
        before give (``fallback_place``, as for a sentence without a town). A place near that
        town (a quarter, its airport) stays."""
        if len(variants) != 1:
            return variants
        place, w, basis = variants[0]
        noun = self._story_noun(c, view, clause)
        if noun is None:
            return variants
        ix = self.ix
        if (
            place is not None
            and place.ref.geo_precision < 3
            and place.ref.head is not None
            and place.ref.head in ix.subtree(c.tok)
            and not where.nested_below(self, place.ref, c.tok)  # type: ignore[arg-type]
        ):
            return variants  # "exécuté des détenus dans la prison de Tadmor": its own town
        ante = self._town_before(view, noun)
        if ante is None and place is not None and place.basis in ("clause", "sentence"):
            back = self.fallback_place(c, view, clause)  # type: ignore[attr-defined]
            if back is not None and back.basis != "focus" and back.ref.geo_precision < 3:
                ante = back.ref
        if ante is None:
            return variants
        if place is not None:
            if place_identity(place.ref.m) == place_identity(ante.m):
                return variants
            if place.ref.geo_precision < 3 and _near(place.ref, ante, 15.0):
                return variants  # "le quartier de X", "l'aéroport de X": finer than the town
        from newsift.events.extract import Place as _Place

        return [(_Place(ante, "anaphor", ante.geo_precision), w, basis)]

    def _towns_before_sites(self, prev: list[MentionRef]) -> list[MentionRef]:
        """For "la ville" / "la cité": the towns of an earlier sentence without its sites
        ("a repris Palmyre, au terme d'une offensive menée depuis la base aérienne de T4. La
        cité, ..."): a town noun stands for a town, not for an air base, a dam or a field."""
        words = placing_cues(self.lang).site_words
        if not words:
            return prev

        def site(r: MentionRef) -> bool:
            text = fold(f"{r.m.text} {r.m.canonical or ''}")
            return r.geo_precision == 2 and bool(words & set(re.findall(r"\w+", text)))

        towns = [r for r in prev if not site(r)]
        return towns or prev


def _near(a: MentionRef, b: MentionRef, km: float) -> bool:
    """Are two places within ``km`` of each other (False when either has no coordinates)?"""
    if None in (a.m.lat, a.m.lon, b.m.lat, b.m.lon):
        return False
    return haversine_km(a.m.lat, a.m.lon, b.m.lat, b.m.lon) <= km  # type: ignore[arg-type]
