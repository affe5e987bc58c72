"""Events the clause rules used to miss, mixed into the extractor.

Why each rule:

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

Words: ``data/events/missed.toml``.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any

from newsift.events.actors import actor_info
from newsift.events.resources import countries, data_toml

if TYPE_CHECKING:
    from newsift.events.extract import Cand, SentView
    from newsift.events.index import DocIndex, MentionRef
    from newsift.events.resources import PlaceCues

_TERRITORY = frozenset(
    {"@territory", "Government regains territory", "Non-state actor overtakes territory"}
)


@cache
def _words(lang: str) -> dict[str, Any]:
    data = data_toml("missed.toml")
    d = data.get(lang) or data["en"]
    return {
        "air": tuple(data.get("air_power_actors") or ()),
        **{k: frozenset(w.lower() for w in d.get(k) or ()) for k in d},
    }


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

    if TYPE_CHECKING:

        def _own_mentions(self, c: Cand, kind: str) -> list[MentionRef]: ...
        def _lead(self, r: MentionRef, floor: int) -> str: ...

    # ------------------------------------------------------------------ triggers
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
        copula = _words(self.lang).get("copula", frozenset())
        prev = c.tok
        for a in ix.ancestors(c.tok):
            dep = ix.tokens[prev].dep
            if dep in ("relcl", "acl:relcl") and a in heads:
                return heads[a]
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

    def _antecedent_first(self, c: Cand, ranked: list[MentionRef]) -> list[MentionRef]:
        """``ranked`` with the place the trigger's relative or predicate clause describes
        first (see :meth:`_antecedent_place`)."""
        if c.sub not in _TERRITORY and c.sub != "Armed clash":
            return ranked
        r = self._antecedent_place(c)
        if r is None:
            return ranked
        return [r, *(x for x in ranked if x is not r)]

    def _district_named(self, clause: frozenset[int]) -> bool:
        """Does the clause name a district ("dans le quartier d'Al-Jolan") whose name the
        gazetteer may not know? It stands for a place of the story's town."""
        words = _words(self.lang).get("district", frozenset())
        return any(self.ix.low(i) in words for i in clause)

    def _denied_places(self, c: Cand) -> set[str]:
        """The places a denial names, without reference points ("à l'ouest d'Alep") when it
        names another place."""
        own = self._own_mentions(c, "place")
        floor = max(0, min((r.start for r in own), default=0) - 80)
        rx = self.pc.reference
        plain = [r for r in own if not (rx and rx.search(self._lead(r, floor)))]
        return {r.m.canonical or r.m.text for r in plain or own}

    # ------------------------------------------------------------------ typing
    def _air_power_retype(self, c: Cand) -> None:
        """A bombing told of a state that fights only from the air there ("Moscou a démenti
        avoir bombardé", "Russia denied bombing") is an air strike."""
        if c.sub != "Shelling/artillery/missile attack" or c.actor1 is None:
            return
        w = _words(self.lang)
        if self.ix.lemma(c.tok) not in w.get("bomb_lemmas", frozenset()):
            return
        m = c.actor1.m
        name = actor_info(m.kb_id, m.canonical or m.text).name or ""
        if name in w["air"]:
            c.sub = "Air/drone strike"

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
