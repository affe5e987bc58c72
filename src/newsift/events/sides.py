"""Who the sides of an event are, where the actors stage could only guess.

Generic references ("the army", "l'armée", "civilians", "les civils") name no country; the
actors stage gives them the country of a state force named just before, else the article's
main country, and records which (``doc.meta["actors.generic_basis"]``: ``"start:end"`` ->
``named`` | ``focus`` | ``regime``). Once an event is placed, ACLED's conventions decide:

- civilians are coded by the country the event happens in ("Civilians (Saudi Arabia)" for a
  Yemeni resident killed in Jizan), whatever nationality the text gives them;
- an unnamed army, police or government that only took the article's main country (no state
  force named next to it) is the one of the country the event happens in: in a live blog or a
  round-up, "the army" of an entry on Syria is Syria's even when the page opens on Egypt.

The stage calls :func:`civilians_of`, :func:`branch_name` (a transnational group's branch in
the event's country) and :func:`local_state` on placed events. :class:`SideRules`, a mixin of
the extractor, owns the role rules read from the sentence: the group a generic reference
stands for, the event noun's genitive agent or nationality adjective, the captor of "tombée aux
mains de X", the accused of "accuse X d'avoir", "entre X et Y", a country as the subject, the
speaker's own forces.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from newsift.events.actors import CHANGES_OF_HANDS, NON_STATE, actor_info, in_family, ref_info
from newsift.events.index import DocIndex, MentionRef
from newsift.events.resources import Lexicon, countries, data_toml, fold, schema
from newsift.model import Document, Event

if TYPE_CHECKING:
    from newsift.events.extract import Cand, SentView

_CIVILIANS = re.compile(r"^Civilians \((?P<where>[^)]+)\)$")
_STATE_ID = re.compile(r"^(?P<iso>[a-z]{2})-(?P<role>military|police|government)$")


def civilians_of(name: str | None, country: str | None) -> str | None:
    """ "Civilians (X)" recoded to the event's country (ACLED codes civilians by place)."""
    if not name or not country:
        return name
    m = _CIVILIANS.match(name)
    if m is None or m.group("where") == country:
        return name
    return f"Civilians ({country})"


def branch_name(ref: MentionRef | None, iso2: str | None) -> str | None:
    """ACLED's name of a transnational group's branch in the event's country ("Islamic State
    (Libya)" for "l'EI" in Sirte), when the actor KB has one (a child armed group of that
    country); else None."""
    if ref is None or not ref.m.kb_id or not iso2:
        return None
    info = actor_info(ref.m.kb_id, None)
    if info.country or info.kind != "armed_group":
        return None
    child = _branches().get((ref.m.kb_id, iso2.upper()))
    return actor_info(child, None).name if child else None


_BRANCHES: list[tuple[object, dict[tuple[str, str], str]]] = []  # (the KB, its branches)


def _branches() -> dict[tuple[str, str], str]:
    """(parent id, ISO2) -> the branch's id, for the KB in use (read once per KB object)."""
    from newsift.events.actors import _kb

    kb = _kb()
    if _BRANCHES and _BRANCHES[0][0] is kb:
        return _BRANCHES[0][1]
    out: dict[tuple[str, str], str] = {}
    records = kb.values() if isinstance(kb, dict) else ()
    for rec in records:
        get = rec.get if isinstance(rec, dict) else lambda k, r=rec: getattr(r, k, None)
        parent, country, kind = get("parent"), get("country"), get("kind")
        if not (parent and country and kind == "armed_group"):
            continue
        # a branch carries its parent's name ("Islamic State (Libya)"); an allied group
        # ("Jaysh Khalid ibn al-Walid") is another actor
        up = actor_info(str(parent), None).name
        if up and str(get("name") or "").startswith(up + " ("):
            out.setdefault((str(parent), str(country).upper()), str(get("id")))
    _BRANCHES[:] = [(kb, out)]
    return out


_RIVAL_FORCES: list[tuple[object, dict[str, str]]] = []  # (the KB, government id -> forces id)


def _government_forces() -> dict[str, str]:
    """Government id -> the id of its own state force, for governments below a country's
    generic government in the KB ("ly-gna" -> "ly-gna-forces"), read once per KB object."""
    from newsift.events.actors import _kb

    kb = _kb()
    if _RIVAL_FORCES and _RIVAL_FORCES[0][0] is kb:
        return _RIVAL_FORCES[0][1]
    out: dict[str, str] = {}
    for rec in kb.values() if isinstance(kb, dict) else ():
        get = rec.get if isinstance(rec, dict) else lambda k, r=rec: getattr(r, k, None)
        parent, kind = get("parent"), get("kind")
        if not parent or kind != "state_force":
            continue
        up = actor_info(str(parent), None)
        if up.kind != "government" or _STATE_ID.match(str(parent)) or not up.country:
            continue
        # a government ACLED codes as the country's own ("Government of Libya" for the GNA),
        # under the country's generic government, with military forces of its own (not a
        # ministry's police, not a region's government)
        iso = up.country.lower()
        if up.parent != f"{iso}-government" or not up.name.startswith("Government of "):
            continue
        if str(get("name") or "").startswith("Military Forces of "):
            out.setdefault(str(parent), str(get("id")))
    _RIVAL_FORCES[:] = [(kb, out)]
    return out


def named_government_forces(doc: Document, name: str | None, iso2: str | None) -> str | None:
    """ "Les forces gouvernementales" in a Libyan article that names the Government of National
    Accord are that government's forces: the generic "Military Forces of X" becomes the forces
    of the one government of X (below X's generic government in the KB) the document names,
    or of which it names the forces. None when it names none, or two."""
    if not name or not iso2 or not name.startswith("Military Forces of "):
        return None
    generic = actor_info(f"{iso2.lower()}-military", None)
    if not generic.name or generic.name != name:
        return None
    forces = _government_forces()
    govs: set[str] = set()  # governments the document names
    armies: set[str] = set()  # their forces it names
    for m in doc.mentions:
        if m.kind != "actor" or not m.kb_id:
            continue
        if m.kb_id in forces:
            gov, into = m.kb_id, govs
        else:
            gov, into = next((g for g, f in forces.items() if f == m.kb_id), ""), armies
        if gov and (actor_info(gov, None).country or "").upper() == iso2.upper():
            into.add(forces[gov])
    found = govs or armies  # a named government before named forces (Haftar's are no one's)
    if len(found) != 1:
        return None
    return actor_info(next(iter(found)), None).name or None


def agreement_party(e: Event) -> None:
    """A state signs, accepts or brokers a deal as its government, not its army: actor1
    "Military Forces of X" of an `Agreement` ("l'armée a conclu une trêve avec les rebelles",
    "the army accepted the evacuation deal") is "Government of X", as ACLED codes deals."""
    if e.sub_event_type == "Agreement" and e.actor1 and e.actor1.startswith(_FORCES_OF):
        e.actor1 = "Government of " + e.actor1[len(_FORCES_OF) :].split(" (")[0]


_FORCES_OF = "Military Forces of "


def local_state(doc: Document, ref: MentionRef | None, iso2: str | None) -> tuple[str, int] | None:
    """The ACLED name and inter code of the event country's force when ``ref`` is a generic
    reference ("the army") that only took the article's main country; else None."""
    if ref is None or not iso2 or not ref.m.kb_id:
        return None
    if ref.m.extractor != "actors:context":
        return local_rebels(doc, ref, iso2)
    basis = (doc.meta.get("actors.generic_basis") or {}).get(f"{ref.m.start}:{ref.m.end}")
    if basis not in ("focus", "regime"):
        return None  # "regime forces" took the article's country, not the event's
    people = _people_forces().get(ref.m.kb_id)
    if people is not None:  # "les forces kurdes" of an event in Iraq: the Peshmerga
        here = people.get(iso2.upper())
        info = actor_info(here, None) if here and here != ref.m.kb_id else None
        return (info.name, info.inter or 2) if info is not None and info.name else None
    m = _STATE_ID.match(ref.m.kb_id)
    if m is None or m.group("iso") == iso2.lower():
        return None
    kb_id = f"{iso2.lower()}-{m.group('role')}"
    info = actor_info(kb_id, None)
    if not info.name or info.name == kb_id:
        return None
    return info.name, info.inter if info.inter is not None else 1


@cache
def _generic_rebels() -> tuple[frozenset[str], tuple[str, ...]]:
    data = data_toml("local_sides.toml").get("generic_rebels", {})
    dets = tuple(sorted((fold(d) for d in data.get("determiners", ())), key=len, reverse=True))
    return frozenset(fold(w) for w in data.get("words", ())), dets


def _generic_rebel_word(text: str) -> bool:
    """Is ``text`` a bare word for rebels ("les insurgés", "the rebels"), naming no country?"""
    words, dets = _generic_rebels()
    low = fold(text).strip()
    for d in dets:
        if low.startswith(d) and (d.endswith("'") or low[len(d) : len(d) + 1] == " "):
            low = low[len(d) :].strip()
            break
    return low in words


def local_rebels(doc: Document, ref: MentionRef, iso2: str) -> tuple[str, int] | None:
    """ "Les insurgés", "the rebels" linked to one country's rebels (the Syrian opposition)
    for an event placed in another country: the non-state armed group the document names most
    that fights in that country (its own or a transnational one: "des tirs d'obus des insurgés
    sur Amerli" in an article on the Islamic State in Iraq), else "Unidentified Armed Group
    (COUNTRY)" (CONVENTIONS 5). None when the words name a country or the event is at home."""
    info = actor_info(ref.m.kb_id, None)
    if info.inter not in NON_STATE or not info.country or info.country.upper() == iso2.upper():
        return None
    if not _generic_rebel_word(ref.m.text):
        return None
    counts: dict[str, int] = {}
    for m in doc.mentions:
        if m.kind != "actor" or not m.kb_id or m.kb_id == ref.m.kb_id:
            continue
        other = actor_info(m.kb_id, None)
        if other.inter not in NON_STATE or other.media or other.kind in ("person", "party"):
            continue
        if other.country and other.country.upper() != iso2.upper():
            continue
        if m.kb_id in _stand_ins() or not other.name:
            continue
        counts[other.name] = counts.get(other.name, 0) + 1
    if counts:
        name = max(counts, key=lambda n: counts[n])
        return name, 2
    country = countries().get(iso2.upper())
    return (f"Unidentified Armed Group ({country.name})", 3) if country else None


@cache
def _people_forces() -> dict[str, dict[str, str]]:
    """Actor id of a people's force -> ISO2 -> the same people's force in that country
    (``[people_forces]`` of the actors' context.toml: "les forces kurdes" by country)."""
    from newsift.entities.actors import load_context

    out: dict[str, dict[str, str]] = {}
    for table in (load_context().get("people_forces") or {}).values():
        by_iso = {iso.upper(): aid for iso, aid in table.items()}
        for aid in by_iso.values():
            out[aid] = by_iso
    return out


def _side_key(kb_id: str | None) -> str | None:
    """One key for a people's forces in every country ("les Kurdes": the YPG, the Peshmerga)."""
    people = _people_forces().get(kb_id or "")
    return min(people.values()) if people else kb_id


@cache
def _stand_ins() -> dict[str, frozenset[str]]:
    data = data_toml("stand_ins.toml")
    return {key: frozenset(v.get("families", ())) for key, v in data.items()}


@cache
def _min_named() -> dict[str, int]:
    return {key: int(v.get("min_named", 1)) for key, v in data_toml("stand_ins.toml").items()}


def stand_in(refs: list[MentionRef], ref: MentionRef | None) -> MentionRef | None:
    """The named group a generic reference stands for ("les jihadistes" in an article on the
    Islamic State is the Islamic State): the family member most named among ``refs`` (the
    article's actor mentions), the first named on a tie; None when it names none."""
    if ref is None or not ref.m.kb_id:
        return None
    return family_lead(refs, ref.m.kb_id)


def family_lead(refs: list[MentionRef], generic: str) -> MentionRef | None:
    """The member of generic reference ``generic``'s family (stand_ins.toml) most named
    among ``refs``, the first named on a tie; None when none is named."""
    families = _stand_ins().get(generic)
    if not families:
        return None
    counts: dict[str, list[MentionRef]] = {}
    for r in refs:
        kb_id = r.m.kb_id
        if not kb_id or kb_id == generic or actor_info(kb_id, None).kind == "person":
            continue
        if actor_info(kb_id, None).media or not in_family(kb_id, families):
            continue
        counts.setdefault(kb_id, []).append(r)
    if not counts:
        return None
    best = max(counts.values(), key=lambda rs: (len(rs), -rs[0].start))
    return best[0] if len(best) >= _min_named().get(generic, 1) else None


class SideRules:
    """Mixin of :class:`newsift.events.extract.ArticleExtractor`: the role rules that set
    actor1 / actor2 from the sentence's words (see the module docstring)."""

    ix: DocIndex
    sents: list[int]
    lex: Lexicon
    views: dict[int, SentView]

    def tok_cue(  # ArticleExtractor's
        self, name: str, toks: list[int] | frozenset[int] | range
    ) -> bool: ...

    def _article_actors(self) -> list[MentionRef]:
        cached = getattr(self, "_side_refs", None)
        if cached is None:
            cached = [r for si in self.sents for r in self.ix.in_sentence("actor", si)]
            self._side_refs = cached
        return cached

    def _stand_ins(self, c: Cand) -> None:
        """Replace generic actor1 / actor2 references by the group they stand for."""
        refs = self._article_actors()
        for attr in ("actor1", "actor2"):
            named = self._named_after(getattr(c, attr)) or stand_in(refs, getattr(c, attr))
            if named is not None:
                setattr(c, attr, named)
        if c.actor1 is not None and c.actor2 is not None and c.actor1.m.kb_id == c.actor2.m.kb_id:
            c.actor2 = None  # "IS fighters fought the jihadists": one side, not two
        if c.sub == "Armed clash" and c.actor1 is None and not c.actor1_name and c.actor2:
            c.actor1 = self._protagonist(c.actor2)
        if c.sub == "Suicide bomb" and c.actor1 is None and _unnamed(c.actor1_name):
            # an unclaimed suicide bombing in an article on a jihadist group: that group's
            # hallmark (ACLED's coders read the article the same way)
            lead = self._jihadist_lead(min_named=2)
            if lead is not None:
                c.actor1, c.actor1_name, c.actor1_inter = lead, None, None
        if (
            c.sub in _UNNAMED_JIHADIST_ACTS
            and c.actor1 is None
            and _unnamed(c.actor1_name)
            and self.ix.parsed
            and self._jihadist_subject(c)
        ):
            # "les gangs terroristes ont lancé cinq véhicules piégés", "the jihadists attacked":
            # the jihadist group the story names (the only one), as its coders read it
            lead = self._jihadist_lead(min_named=1)
            if lead is not None:
                c.actor1, c.actor1_name, c.actor1_inter = lead, None, None

    def _named_after(self, ref: MentionRef | None) -> MentionRef | None:
        """ "Les jihadistes du Front al-Nosra", "les rebelles de l'ASL", "the fighters of the
        SDF": a generic reference (a key of stand_ins.toml) followed by "de" / "of" and a
        named armed group is that group, whatever group the article names most."""
        if ref is None or ref.m.kb_id not in _stand_ins():
            return None
        for r in self.ix.in_sentence("actor", ref.sent) if ref.sent is not None else []:
            if r.start < ref.end or not _OF_GAP.match(self.ix.folded[ref.end : r.start]):
                continue
            info = ref_info(r)
            if r.m.kb_id in _stand_ins() or not _fighter(r) or info.inter == 1:
                return None
            return r
        return None

    def _jihadist_lead(self, min_named: int) -> MentionRef | None:
        """The jihadist group the article is about: the one named most, when it is named
        twice, or once with no other jihadist group named and a generic "jihadists" beside it
        (``min_named`` 2) or not (``min_named`` 1); None when the article says the attack
        went unclaimed."""
        refs = self._article_actors()
        lead = family_lead(refs, "jihadists-generic")
        if lead is None or self._unclaimed():
            return None
        named = [r for r in refs if r.m.kb_id == lead.m.kb_id]
        if len(named) >= 2:
            return lead
        families = _stand_ins().get("jihadists-generic", frozenset())
        others = {
            r.m.kb_id
            for r in refs
            if r.m.kb_id
            and r.m.kb_id not in (lead.m.kb_id, "jihadists-generic")
            and in_family(r.m.kb_id, families)
        }
        generic = any(r.m.kb_id == "jihadists-generic" for r in refs)
        if others or not (generic or min_named <= 1):
            return None
        return lead

    def _jihadist_subject(self, c: Cand) -> bool:
        """Is the act's subject a generic "terrorists" / "jihadists" with no name?"""
        view = self.views.get(c.sent)
        if view is None:
            return False
        _head, clause = self.clause(c.tok, view)  # type: ignore[attr-defined]
        words = set(re.findall(r"\w+", self._subject_words(c, clause)))  # type: ignore[attr-defined]
        return bool(words & self.lex.cue_words.get("generic_jihadists", frozenset()))

    def _unclaimed(self) -> bool:
        """Does the article say an attack went unclaimed ("n'a pas été revendiqué", "no group
        has claimed")? Then its perpetrator stays unidentified."""
        for si in self.sents:
            toks = self.views[si].toks
            if self.tok_cue("claim", toks) and self.tok_cue("negation_words", toks):
                return True
        return False

    def _protagonist(self, other: MentionRef) -> MentionRef | None:
        """The other side of a clash told only by its victims ("au moins 26 jihadistes ont été
        tués dans de violents combats"): the fighting force the article names most (a state
        force or an armed group, not the victims' own side); None on a tie."""
        counts: dict[str, list[MentionRef]] = {}
        for r in self._article_actors():
            kb_id = r.m.kb_id
            if not kb_id or kb_id == other.m.kb_id:
                continue
            info = actor_info(kb_id, r.m.name)
            if info.media or info.inter not in (1, 2, 3, 4) or info.kind in _NOT_FIGHTERS:
                continue
            counts.setdefault(info.name, []).append(r)
        ranked = sorted(counts.values(), key=len, reverse=True)
        if not ranked or (len(ranked) > 1 and len(ranked[0]) == len(ranked[1])):
            return None
        return ranked[0][0]

    def _recoded_home(self, c: Cand, where: str) -> bool:
        """Will the events stage recode actor1 to the state force of the event's country
        (:func:`local_state`: "l'armée" that only took the article's focus country)? Then its
        home is that country: the territory type must be decided on the recoded actor, or a
        wrong focus gives "Military Forces of X" a foreign takeover in X."""
        return local_state(self.ix.doc, c.actor1, where) is not None

    def _infinitive_object(self, r: MentionRef) -> bool:
        """ "après en avoir chassé le Front al-Nosra": a name after a perfect infinitive that
        the parse made its subject is its object (an infinitive has no subject of its own)."""
        ix = self.ix
        h = r.head
        if h is None or not ix.parsed or ix.tokens[h].dep not in ("nsubj", "nsubj:pass"):
            return False
        verb = ix.tokens[h].head
        return verb != h and verb < h and self._perfect_infinitive(verb)

    def _perfect_infinitive(self, verb: int) -> bool:
        ix = self.ix
        return any(
            ix.tokens[ch].dep.startswith("aux") and ix.low(ch) in _INFINITIVE_AUX
            for ch in ix.children[verb]
        )

    def _infinitive_doer(self, c: Cand) -> bool:
        """ "Mayadine, que l'EI avait conquise en 2014 après en avoir chassé le Front
        al-Nosra": a perfect infinitive shares the subject of the verb told just before it in
        the sentence (the parse may hang it elsewhere): that subject's actor is actor1."""
        ix = self.ix
        verb = c.tok if ix.tokens[c.tok].pos in ("VERB", "AUX") else ix.tokens[c.tok].head
        if not self._perfect_infinitive(verb):
            return False
        best: MentionRef | None = None
        for r in ix.in_sentence("actor", c.sent):
            h = r.head
            if h is None or r.end > ix.tokens[verb].start:
                continue
            if ix.tokens[h].dep not in ("nsubj", "nsubj:pass") or ix.tokens[h].head >= verb:
                continue
            if _fighter(r):
                best = r
        if best is None:
            return False
        c.actor1 = best
        return True

    def _against(self, r: MentionRef, head: int) -> bool:
        """Is the mention inside a target phrase ("contre les positions de l'armée", "against
        army positions") on its way up to the clause head? The actor there is the target of the
        act, never its doer, whatever agent phrase ("conduites par des kamikazes") the parse
        hangs it on."""
        ix = self.ix
        marks = self.lex.cue_words.get("target_marks", frozenset())
        if not marks or not ix.parsed or r.head is None:
            return False
        j = r.head
        for _ in range(12):
            if j == head:
                return False
            t = ix.tokens[j]
            if ix.low(j) in marks and t.dep == "prep":
                return True  # spaCy English: "against" heads its object
            if any(ix.low(ch) in marks and ix.tokens[ch].dep == "case" for ch in ix.children[j]):
                return True  # UD French: "contre" is the case marker of its noun
            if t.head == j:
                return False
            j = t.head
        return False

    def _motion_subject(self, verb: int) -> bool:
        """ "Les soldats irakiens sont entrés dans Mossoul": a motion verb conjugated with
        "être" (``etre_motion``) is active, although the parse makes its subject passive (the
        auxiliary reads as a passive one): that subject did the act."""
        return self.tok_cue("etre_motion", [verb])

    # ------------------------------------------------------------------ actor1 from the
    # event's own words, when no mention is its subject
    def _own_side(self, c: Cand, view: SentView, clause: frozenset[int]) -> None:
        """actor1 when the parse gave none: the event noun's genitive agent ("des
        bombardements des forces gouvernementales", "strikes of the coalition"), its
        nationality adjective ("des frappes russes", "US airstrikes", "des obus turcs"), the
        speaker's own forces ("le ministère a affirmé que ses bombardiers ont frappé"), and for
        an announced or expected move the side announcing it (:meth:`_planner_side`)."""
        if c.actor1 is None and (c.actor1_name or "Unidentified").startswith("Unidentified"):
            self._fused_striker(c)  # "des frappes de la coalition", "coalition air strikes"
        if c.actor1 is None and not c.actor1_name:
            self._planner_side(c, clause)  # the announcer before the story's last side
        self._own_side_rules(c, view, clause)
        if c.actor1 is None and not c.actor1_name:
            self._adjacent_subject(c)
        if c.actor1 is None and not c.actor1_name:
            self._another_of_kind(c)

    def _fused_striker(self, c: Cand) -> None:
        """A strike whose own words are an actor's name ("des frappes de la coalition",
        "coalition air strikes", "les avions de la coalition"): the actor mention that spans
        the trigger names the striker; it is no target (actor2). Only forces that strike from
        afar (state, external forces) are read so."""
        if c.sub not in _FUSED_STRIKES:
            return
        for r in self.ix.in_sentence("actor", c.sent):
            if r.end <= c.start or r.start >= c.end:
                continue
            info = ref_info(r)
            if info is None or info.inter not in (1, 8) or info.kind in _NOT_FIGHTERS:
                continue
            c.actor1, c.actor1_name, c.actor1_inter = r, None, None
            if c.actor2 is not None and (c.actor2.m.kb_id or c.actor2.m.text) == (
                r.m.kb_id or r.m.text
            ):
                c.actor2 = None
            return

    def _adjacent_subject(self, c: Cand) -> None:
        """A verb the parse left without a subject ("Selon le commandement, des avions irakiens
        ont bombardé ..." read as "commandement des avions"): the fighting side named right
        before it, with only active auxiliaries or adverbs between ("ont", "had", "also"), is
        its subject. Not across a passive auxiliary ("les positions de l'EI ont été
        bombardées": the EI is the target)."""
        ix = self.ix
        if not ix.parsed or ix.tokens[c.tok].pos != "VERB":
            return
        if any(ix.tokens[ch].dep.startswith("nsubj") for ch in ix.children[c.tok]):
            return
        j = c.tok - 1
        while j >= 0 and ix.tokens[j].sent == ix.tokens[c.tok].sent:
            t = ix.tokens[j]
            if t.pos == "ADV" or (t.pos == "AUX" and ix.lemma(j) in _ACTIVE_AUX):
                j -= 1
                continue
            break
        if j < 0 or j == c.tok - 1:
            return  # no auxiliary between: a bare participle ("les positions de l'EI bombardées")
        end = ix.tokens[j].end
        for r in ix.in_sentence("actor", c.sent):
            if r.end != end:
                continue
            if _fighter(r):
                if c.actor2 is not None and c.actor2.start == r.start:
                    c.actor2 = None  # the misparse made the doer the other side
                c.actor1 = r
            return

    def _another_of_kind(self, c: Cand) -> None:
        """ "Une autre frappe a visé X", "a second raid hit Y", "de nouveaux bombardements":
        an act told as a repeat of one of its kind, with no doer named, is done by the doer of
        the latest act of that kind told in the sentences just before."""
        ix = self.ix
        if not ix.parsed:
            return
        span = [c.tok]  # "air raid": the phrase's tokens, and the head of a compound
        while span[-1] + 1 < len(ix.tokens) and ix.tokens[span[-1] + 1].start < c.end:
            span.append(span[-1] + 1)
        span += [ix.tokens[i].head for i in span if ix.tokens[i].dep == "compound"]
        if ix.tokens[c.tok].pos in ("VERB", "AUX"):  # "a second raid hit X": its subject noun
            i = c.tok - 1
            while i >= 0 and ix.tokens[i].sent == ix.tokens[c.tok].sent:
                j, steps = i, 0
                while steps < 3 and ix.tokens[j].head != j and j != c.tok:
                    j, steps = ix.tokens[j].head, steps + 1
                if j == c.tok and ix.tokens[i].pos == "NOUN" and ix.tokens[i].dep in _SUBJ_NOUN:
                    span.append(i)  # a noun of the subject ("hours later a second raid hit")
                i -= 1
        nouns = [i for i in span if ix.tokens[i].pos in ("NOUN", "PROPN")]
        mods = [
            ch
            for i in nouns
            for ch in ix.children[i]
            if ix.tokens[ch].dep in ("amod", "det", "nummod", "advmod") and ch < i
        ]
        if not mods or not self.tok_cue("same_again", mods):
            return
        pos = self.sent_pos(c.sent, -1)
        kind = schema().event_type.get(c.sub)
        for x, _back in self.earlier(pos, _AGAIN_WINDOW):  # type: ignore[attr-defined]
            if x.dropped is not None or x.sent == c.sent:
                continue
            if x.sub != c.sub and schema().event_type.get(x.sub) != kind:
                continue
            if x.actor1 is not None:
                c.actor1 = x.actor1
            elif x.actor1_name:
                c.actor1_name, c.actor1_inter = x.actor1_name, x.actor1_inter
            return

    def _planner_side(self, c: Cand, clause: frozenset[int]) -> None:
        """An announced or expected move whose doer the clause leaves unnamed ("ses hommes
        comptaient nettoyer", "the assault on Raqqa would begin", "les troupes s'apprêtent à")
        is carried out by the fighting side that announces it: the claimant when it is a
        state force or an armed group, the state's forces when it is a government or one of
        its leaders ("Erdogan a prévenu que l'opération serait étendue à Manbij"). Not when
        another fighting side is named in the clause (that side is the doer, or the target),
        nor for a media outlet, an NGO or an analyst."""
        if c.modality not in ("planned", "speculative") or self.tok_cue("falls", [c.tok]):
            return  # "Haditha pourrait tomber, selon un élu": the speaker takes nothing
        ix = self.ix
        refs = ix.in_sentence("actor", c.sent)
        own = [r for r in refs if c.claimant and (r.m.name) == c.claimant]
        own = own or self._announcer(c, refs)
        if not own:
            return
        info = ref_info(own[0])
        if info.media or info.inter in (5, 6, 7):
            return
        if (
            info.inter == 1
            and (c.sub.startswith("@territory") or c.sub in _GROUND)
            and not self._owned_subject(own[0], c)
            and not self._home_ground(info.country, c, own[0])
        ):
            return  # a state's announced recapture: the place's state (typing), not a sponsor
        for r in refs:
            if r in own or r.head is None or r.head not in clause:
                continue
            other = ref_info(r)
            if not other.media and other.inter in (1, 2, 3, 4, 8) and other.name != info.name:
                return  # "selon les FDS, l'EI prépare une contre-attaque"
        if info.kind in ("government", "person") or (info.inter is None and info.country):
            if c.sub == "Agreement" or not info.country:
                return
            forces = actor_info(f"{info.country.lower()}-military", None)
            if forces.name and forces.name != f"{info.country.lower()}-military":
                c.actor1_name, c.actor1_inter = forces.name, 1
            return
        if info.inter in (1, 2, 3, 4, 8):
            c.actor1 = own[0]

    def _home_ground(self, iso: str | None, c: Cand, speaker: MentionRef) -> bool:
        """Does the sentence name a place of the speaker's own country ("Abadi a annoncé la
        libération de Ninive"), other than the speaker itself ("Moscou")? A foreign capital's
        forecast names no taker of its own."""
        return bool(iso) and any(
            (p.m.country or "").upper() == (iso or "").upper()
            and not (p.start < speaker.end and speaker.start < p.end)
            for p in self.ix.in_sentence("place", c.sent)
        )

    def _owned_subject(self, speaker: MentionRef, c: Cand) -> bool:
        """Is a subject between the speaker and the trigger owned by a possessive ("ses
        hommes", "its troops", "leurs unités"): the speaker's own forces?"""
        ix = self.ix
        if speaker.head is None:
            return False
        return any(
            ix.low(i) in _POSSESSIVES
            and ix.tokens[ix.tokens[i].head].dep in ("nsubj", "nsubj:pass")
            for i in range(speaker.head + 1, c.tok)
        )

    def _announcer(self, c: Cand, refs: list[MentionRef]) -> list[MentionRef]:
        """The subject of a verb the trigger depends on ("Ankara a prévenu que l'opération
        serait étendue"): who announces the move when no claimant was recorded."""
        ix = self.ix
        if not ix.parsed:
            return []
        j, seen = c.tok, set()
        while ix.tokens[j].head != j and j not in seen:
            seen.add(j)
            j = ix.tokens[j].head
            subj = [
                r
                for r in refs
                if r.head is not None
                and ix.tokens[r.head].head == j
                and ix.tokens[r.head].dep in ("nsubj", "nsubj:pass")
                and r.head != c.tok
            ]
            if subj:
                return subj[:1]
        return []

    def _own_side_rules(self, c: Cand, view: SentView, clause: frozenset[int]) -> None:
        self._first_nationality(c)  # "Syrian and Russian warplanes": the Syrians lead
        if self._captor(c):
            return  # the captor decides, whatever the parse made the subject ("contrôle de Damas")
        if self.ix.parsed and self._accused(c):
            return
        if self._attributed_to(c):
            return
        if self._fired_from_rebels(c):
            return
        if self._opposed_sides(c):
            return
        if self._latter(c):
            return
        if self._deal_parties(c):
            return
        self._government_party(c)  # "les rebelles et le gouvernement ont conclu un accord"
        if c.actor1 is not None or not self.ix.parsed:
            return
        if self._infinitive_doer(c):
            return
        if self._both_sides(c):
            return
        et = schema().event_type.get(c.sub, "")
        if et not in _AGENT_FAMILIES and not c.sub.startswith("@"):
            # "le porte-parole des YPG a démenti que ses combattants aient incendié": any act
            if not self._speakers_forces(c, view, clause) and not self._possessor(c, clause):
                self._story_side(c, view)
            return
        if self._genitive_agent(c):
            return
        iso = self._nationality_of(c.tok)
        if iso is None and self.ix.tokens[c.tok].pos in ("VERB", "AUX"):
            subjects = [
                ch for ch in self.ix.children[c.tok] if self.ix.tokens[ch].dep in ("nsubj",)
            ]
            heads = (
                [
                    *subjects[:1],
                    *(
                        ch
                        for ch in self.ix.children[subjects[0]]
                        if self.ix.tokens[ch].dep == "compound"  # "Russia's submarine Kolpino"
                    ),
                ]
                if len(subjects) == 1
                else []
            )
            isos = {x for x in map(self._nationality_of, heads) if x is not None}
            iso = next(iter(isos)) if len(isos) == 1 else None
        if iso is not None:
            info = actor_info(f"{iso.lower()}-military", None)
            if info.name:
                c.actor1_name, c.actor1_inter = info.name, 1
                return
        if self._speakers_forces(c, view, clause) or self._possessor(c, clause):
            return
        self._country_subject(c)
        if c.actor1 is None and not c.actor1_name:
            self._story_side(c, view)

    def _first_nationality(self, c: Cand) -> None:
        """ "Syrian and Russian warplanes", "les forces syriennes et russes" read as one
        mention of the second nationality: the first named country's forces are actor1, the
        mention's its ally (assoc)."""
        r = c.actor1
        if r is None:
            return
        before = self.ix.folded[max(0, r.start - 40) : r.start]
        m = _ADJ_AND.search(before)
        if m is None:
            return
        iso = _adjectives().get(m.group(1))
        own = ref_info(r)
        if iso is None or own.media or own.inter != 1 or not own.country or iso == own.country:
            return
        forces = actor_info(f"{iso.lower()}-military", None)
        if not forces.name:
            return
        c.actor1, c.actor1_name, c.actor1_inter = None, forces.name, 1
        if all(a is not r for a in c.assoc):
            c.assoc.insert(0, r)

    def _possessor(self, c: Cand, clause: frozenset[int]) -> bool:
        """ "Le porte-parole des YPG a démenti que ses combattants aient incendié des
        villages", "the group denied that its fighters looted shops": armed men under a
        possessive are the forces of the side named last before them in the sentence (a state
        body's are its country's army)."""
        ix = self.ix
        if c.actor1 is not None or c.actor1_name or not ix.parsed:
            return False
        side = self._subject_side(c, clause)  # type: ignore[attr-defined]
        if not side or not self.tok_cue("armed", side):
            return False
        if not any(
            ix.low(ch) in _POSSESSIVES and ix.tokens[ch].dep in ("det", "poss", "nmod:poss")
            for n in side
            for ch in ix.children[n]
        ):
            return False
        at = ix.tokens[min(side)].start
        before = [r for r in ix.in_sentence("actor", c.sent) if r.end <= at]
        if not before:
            return False
        r = before[-1]
        info = ref_info(r)
        if info.media or info.kind == "person" or info.inter not in (1, 2, 3, 4, 8):
            return False
        if info.kind == "government" and info.country:
            forces = actor_info(f"{info.country.lower()}-military", None)
            if forces.name:
                c.actor1_name, c.actor1_inter = forces.name, 1
                return True
            return False
        c.actor1 = r
        return True

    def _deal_parties(self, c: Cand) -> bool:
        """ "L'accord conclu entre le gouvernement syrien et les groupes rebelles": the parties
        of a deal named after "entre" / "between", also when the parse made one of them the
        subject (then only a reordering: the parse's actor1 must be a party). As
        tests/CONVENTIONS.md codes a deal, the government party (the state of the other
        party's own country) is actor1, else the first named. "X a accepté un accord avec Y"
        (no "entre") keeps its subject, the side that accepts."""
        if c.sub != "Agreement" or not self.ix.parsed:
            return False
        before = (c.actor1, c.actor2)
        if not self._both_sides(c):
            return False
        if before[0] is not None and before[0] not in (c.actor1, c.actor2):
            c.actor1, c.actor2 = before
            return True
        if c.actor1 is not None and c.actor2 is not None:
            i1, i2 = (ref_info(r) for r in (c.actor1, c.actor2))
            if i2.inter == 1 and i1.inter != 1 and i1.country and i1.country == i2.country:
                c.actor1, c.actor2 = c.actor2, c.actor1
        return c.actor1 is not None

    def _government_party(self, c: Cand) -> None:
        """ "Le gouvernement syrien et les rebelles ont conclu un accord", "the rebels and the
        government struck a deal": of the coordinated parties of a deal, the state party of
        the other's own country is actor1 (tests/CONVENTIONS.md), the other actor2; with no
        state party, the second party named is actor2, not an ally."""
        r = c.actor1
        if c.sub != "Agreement" or r is None:
            return
        info = ref_info(r)
        if info.inter == 1 or not info.country:
            return
        for g in self.ix.in_sentence("actor", c.sent):
            if g is r or g.start >= c.start:
                continue
            gi = ref_info(g)
            if gi.inter != 1 or gi.media or gi.country != info.country:
                continue
            lo, hi = (g, r) if g.start < r.start else (r, g)
            gap = re.findall(r"\w+", self.ix.folded[lo.end : hi.start])
            if not gap or len(gap) > 3 or not set(gap) & _AND:
                continue
            c.actor1, c.actor1_name, c.actor1_inter = g, None, None
            c.assoc = [a for a in c.assoc if a is not g and a is not r]
            if c.actor2 is None or c.actor2 is g:
                c.actor2 = r
            return
        if c.actor2 is None and c.assoc:  # "les YPG et l'EI ont conclu": the other party
            c.actor2 = c.assoc.pop(0)

    def _story_side(self, c: Cand, view: SentView) -> bool:
        """actor1 of an event the sentence names no doer of, when the sentence carries on the
        story told just before. A plural pronoun subject ("La veille, elles s'étaient emparées
        de X", "they had retaken") is the first fighting side named in the sentences just
        before. A plan or a conjecture ("Raqqa pourrait être la prochaine cible", "the fighting
        could spread to X") or a definite event noun opening the sentence ("L'attaque a
        commencé par deux voitures piégées") carries on the latest ground operation told
        just before: its actor1, or its loser for a counter-move ("une contre-offensive pour
        reprendre X"). Not for a change of ground without a pronoun: the typing rules give
        an unnamed retaker its state forces."""
        ix = self.ix
        if c.actor1 is not None or c.actor1_name or not ix.parsed:
            return False
        sources = self._attribution_spans(view)  # type: ignore[attr-defined]
        own: set[str | None] = set()  # the sides the sentence names of its own
        for r in ix.in_sentence("actor", c.sent):
            if r is c.actor2 or any(s <= r.start and r.end <= e for s, e in sources):
                continue
            if not ref_info(r).media:
                own.add(_side_key(r.m.kb_id))
        if own and (len(own) > 1 or None in own):
            return False  # the sentence names sides of its own
        pos = self.sent_pos(c.sent, -1)
        if own and self._pronoun_doer(c):
            return False
        if self._pronoun_doer(c):
            named = self._side_named_before(pos, c)
            if named is not None:
                c.actor1 = named
            return named is not None
        if c.sub.startswith("@territory") or c.sub.startswith("@loss") or c.sub in _GROUND:
            return False
        if c.modality not in ("planned", "speculative") and not self._story_opening(c, view):
            return False
        if self._own_subject(c):
            return False  # "Iraqi commanders expect to complete the recapture": a side of its own
        counter = self.tok_cue("counter_moves", view.toks)
        window = 3 if c.modality in ("planned", "speculative") else 2
        for x, _back in self.earlier(pos, window):  # type: ignore[attr-defined]
            if x.dropped is not None or x.sent == c.sent or x.actor1 is None:
                continue
            if schema().event_type.get(x.sub) != "Battles":
                continue  # the operation carried on is fought on the ground, not a strike
            doer = x.actor2 if counter else x.actor1
            if doer is None or not _fighter(doer):
                return False
            if c.actor2 is not None and c.actor2.m.kb_id == doer.m.kb_id:
                continue
            if own and _side_key(doer.m.kb_id) not in own:
                return False  # the sentence names another side: not the story's one
            c.actor1 = doer
            return True
        return False

    def _side_named_before(self, pos: int, c: Cand) -> MentionRef | None:
        """The first fighting side named in the nearest of the two sentences before (outside
        a source phrase), for a plural pronoun subject."""
        for si in self.sents[max(0, pos - 2) : max(0, pos)][::-1]:
            view = self.views.get(si)
            if view is None:
                continue
            sources = self._attribution_spans(view)  # type: ignore[attr-defined]
            for r in self.ix.in_sentence("actor", si):
                if any(s <= r.start and r.end <= e for s, e in sources) or not _fighter(r):
                    continue
                if c.actor2 is not None and c.actor2.m.kb_id == r.m.kb_id:
                    continue
                return r
        return None

    def _story_opening(self, c: Cand, view: SentView) -> bool:
        """Does the sentence open on a definite or demonstrative event noun ("L'attaque",
        "Cette offensive", "The assault") that is not the trigger itself ("La bataille avait
        commencé" names the operation, it tells no new act)?"""
        nouns = self.lex.cue_words.get("story_nouns", frozenset())
        lead = len(view.text) - len(view.text.lstrip())
        m = _STORY_OPENING.match(fold(view.text[lead:]))
        if not (nouns and m and m.group(1) in {fold(n) for n in nouns}):
            return False
        start = view.start + lead + m.start(1)
        return not (start <= c.start < view.start + lead + m.end(1))

    def _own_subject(self, c: Cand) -> bool:
        """Has the trigger's verb (or the verb it is the complement of: "expect to complete
        the recapture") a subject naming a side of its own, by nationality or as armed men
        ("Iraqi commanders", "les soldats")? Not a place ("Raqqa pourrait être la prochaine
        cible") nor the event noun ("the fighting could spread")."""
        ix = self.ix
        verb = c.tok if ix.tokens[c.tok].pos in ("VERB", "AUX") else ix.tokens[c.tok].head
        places = {r.head for r in ix.in_sentence("place", c.sent)}
        for _ in range(3):
            for ch in ix.children[verb]:
                if ix.tokens[ch].dep not in ("nsubj", "nsubj:pass", "nsubjpass"):
                    continue
                if ch == c.tok or ch in places or ix.tokens[ch].pos not in ("NOUN", "PROPN"):
                    continue
                if self._nationality_of(ch) or self.tok_cue("armed", [ch]):
                    return True  # "Iraqi commanders", "les soldats", "rebel fighters"
                if self.tok_cue("nonstate", [ch]):
                    return True
            t = ix.tokens[verb]
            if t.dep != "xcomp" or t.head == verb:
                break
            verb = t.head
        return False

    def _pronoun_doer(self, c: Cand) -> bool:
        """Is the trigger's verb (or the verb it hangs on) led by a plural subject pronoun
        ("elles s'étaient emparées", "they captured")?"""
        ix = self.ix
        pron = self.lex.cue_words.get("side_pronouns", frozenset())
        verb = c.tok if ix.tokens[c.tok].pos in ("VERB", "AUX") else ix.tokens[c.tok].head
        return any(
            ix.tokens[ch].dep in ("nsubj", "nsubj:pass", "nsubjpass") and ix.low(ch) in pron
            for v in (verb, *ix.ancestors(verb)[:2])
            for ch in ix.children[v]
        )

    def _captor(self, c: Cand) -> bool:
        """ "Elle était tombée aux mains de l'EI", "the town fell to IS": the group named
        after the capture phrase took the ground (actor1), whatever the parse made of it."""
        words = re.findall(r"\w+", self.ix.folded[c.start : c.end])
        if not words or words[-1] not in self.lex.cue_words.get("captor", frozenset()):
            return False
        for r in self.ix.in_sentence("actor", c.sent):
            gap = self.ix.folded[c.end : r.start]
            if r.start < c.end or not _CAPTOR_GAP.match(gap):
                continue
            if _SAME.search(gap + " " + self.ix.folded[r.start : r.end]):
                same = self._same_captor(c, r)  # "aux mains de la même coalition"
                if same is not None:
                    if c.actor2 is r:
                        c.actor2 = None
                    r = same
            info = ref_info(r)
            if info.media or info.inter not in (1, 2, 3, 4, 8):
                return False
            if c.actor2 is r or c.actor2 is None:
                c.actor2 = c.actor1 if c.actor1 is not r else None
            c.actor1 = r
            return True
        return False

    def _same_captor(self, c: Cand, r: MentionRef) -> MentionRef | None:
        """ "tombée aux mains de la même coalition", "fell to the same group": the armed group
        named last before this sentence (a state force or a non-state group, not the mention's
        own generic reading, which the actors stage may link to an unrelated coalition)."""
        noun = (re.findall(r"\w+", self.ix.folded[r.start : r.end]) or [""])[-1]
        found = None
        for prev in reversed(self._article_actors()):
            if prev.start >= r.start or prev.sent == c.sent or not prev.m.kb_id:
                continue
            info = ref_info(prev)
            if info.media or info.kind in _NOT_FIGHTERS or info.inter not in NON_STATE:
                continue
            before = self.ix.folded[max(0, prev.start - 30) : prev.end]
            if noun and re.search(rf"\b{re.escape(noun)}\b", before):
                return prev  # "la coalition « Jaych al-Fath »": the one the noun named
            found = found or prev
        return found

    def _fired_from_rebels(self, c: Cand) -> bool:
        """ "Des obus tirés depuis la Ghouta orientale, fief rebelle, ont frappé Damas",
        "rockets fired from the rebel-held enclave": unattributed fire comes from the rebels of
        the place it was fired from, when the article says that place is rebel-held."""
        if c.actor1 is not None or c.sub != "Shelling/artillery/missile attack":
            return False
        ix = self.ix
        view = self.views[c.sent]  # type: ignore[attr-defined]
        rx = self.lex.cue_phrases.get("fired_from")  # type: ignore[attr-defined]
        held = self.lex.cue_phrases.get("rebel_held")  # type: ignore[attr-defined]
        if rx is None or held is None:
            return False
        for m in rx.finditer(view.text):
            end = view.start + m.end()
            source = next(
                (r for r in ix.in_sentence("place", c.sent) if 0 <= r.start - end <= 25), None
            )
            if source is None:
                continue
            if not self._said_rebel_held(source, held):
                return False
            country = self._country_name(c)  # type: ignore[attr-defined]
            if not country:
                return False
            c.actor1_name, c.actor1_inter = f"Opposition Rebels ({country})", 2
            return True
        return False

    def _said_rebel_held(self, source: MentionRef, held: re.Pattern[str]) -> bool:
        """Does the article call ``source`` (any mention of that place) rebel-held, right
        around one of its mentions ("la Ghouta orientale, fief rebelle", "rebel-held Douma")?"""
        key = source.m.kb_id or source.m.text
        text = self.ix.doc.text
        for si in self.sents:  # type: ignore[attr-defined]
            for r in self.ix.in_sentence("place", si):
                if (r.m.kb_id or r.m.text) != key:
                    continue
                near = text[max(0, r.start - 30) : min(len(text), r.end + 30)]
                if held.search(near):
                    return True
        return False

    def _accused(self, c: Cand) -> bool:
        """ "Washington et Londres accusent Damas d'avoir mené une attaque au chlore",
        "accused Russia of bombing the hospital": the accused did it (the accusers report
        it); a country accused acts through its forces."""
        ix = self.ix
        words = self.lex.cue_words.get("accused_by", frozenset())
        if not words:
            return False
        for a in ix.ancestors(c.tok)[:3]:
            if ix.low(a) not in words and ix.lemma(a) not in words:
                continue
            objs = self._accused_objects(c, a)
            if not objs or ix.tokens[objs[0]].start > ix.tokens[c.tok].start:
                return False
            for r in ix.in_sentence("actor", c.sent):
                if r.head == objs[0]:
                    info = ref_info(r)
                    if info.media:
                        return False
                    c.actor1, c.actor1_name = r, None
                    if c.actor2 is r:
                        c.actor2 = None
                    return True
            for p in ix.in_sentence("place", c.sent):
                if p.head == objs[0] and _country_or_capital(p):
                    forces = actor_info(f"{p.m.country.lower()}-military", None)
                    if forces.name:
                        c.actor1, c.actor1_name, c.actor1_inter = None, forces.name, 1
                        return True
            return False
        return False

    def _accused_objects(self, c: Cand, verb: int) -> list[int]:
        """The accusing verb's objects, skipping a day the parse made one ("a accusé lundi les
        YPG", "accused on Monday"): a day's dependent name ("lundi Damas") is the accused."""
        ix = self.ix
        days = [(r.start, r.end) for r in ix.in_sentence("date", c.sent)]

        def day(i: int) -> bool:
            st = ix.tokens[i].start
            return any(s <= st < e for s, e in days) or self.tok_cue("weekdays", [i])

        objs = [ch for ch in ix.children[verb] if ix.tokens[ch].dep in ("obj", "dobj")]
        kept = [o for o in objs if not day(o)]
        if kept:
            return kept
        on_day = [  # "accused on Monday the YPG": the name hangs on the day
            g
            for ch in ix.children[verb]
            if ix.tokens[ch].dep == "prep"
            for g in ix.children[ch]
            if ix.tokens[g].dep == "pobj" and day(g)
        ]
        return [
            ch
            for o in (*objs, *on_day)
            for ch in ix.children[o]
            if ix.tokens[ch].dep in ("nmod", "appos", "flat:name", "obj") and not day(ch)
        ]

    def _attributed_to(self, c: Cand) -> bool:
        """ "Le massacre, que l'ONU a imputé à l'armée", "an attack blamed on IS": the side
        named right after the attribution phrase that follows the act is its author."""
        rx = self.lex.cue_phrases.get("attributed_to")
        view = self.views.get(c.sent)
        if rx is None or view is None:
            return False
        rel = c.end - view.start
        m = rx.search(self.ix.folded[view.start : view.end], max(0, rel))
        if m is None or m.start() - rel > 60:
            return False
        at = view.start + m.end()
        for r in self.ix.in_sentence("actor", c.sent):
            if not 0 <= r.start - at <= 12:
                continue
            info = ref_info(r)
            if info.media or info.inter == 7:
                return False
            if c.actor2 is r:
                c.actor2 = c.actor1 if c.actor1 is not r else None
            c.actor1, c.actor1_name, c.actor1_inter = r, None, None
            return True
        for p in self.ix.in_sentence("place", c.sent):
            if 0 <= p.start - at <= 12 and _country_or_capital(p):
                forces = actor_info(f"{(p.m.country or '').lower()}-military", None)
                if forces.name:
                    c.actor1, c.actor1_name, c.actor1_inter = None, forces.name, 1
                    return True
        return False

    def _both_sides(self, c: Cand) -> bool:
        """ "Des affrontements ont éclaté à Zoummar entre peshmergas et combattants du Hachd",
        "fighting between the Seventh Brigade and militias": the first side named is actor1,
        the second (when named) actor2. Read on the words: parsers attach "entre" anywhere."""
        ix = self.ix
        if (
            schema().event_type.get(c.sub) != "Battles"
            and c.sub != "@violence"
            and c.sub != "Agreement"  # "un accord entre la Résistance et Nosra": its parties
        ):
            return False
        words = self.lex.cue_words.get("sides", frozenset())
        marks = [i for i in self.views[c.sent].toks if ix.low(i) in words]
        marks = [i for i in marks if ix.tokens[i].start >= c.end]
        if not marks:
            return False
        at = ix.tokens[marks[0]].end
        refs = [r for r in ix.in_sentence("actor", c.sent) if r.start >= at]
        if not refs or len(re.findall(r"\w+", ix.folded[at : refs[0].start])) > 2:
            return False
        first = refs[0]
        second = None
        if len(refs) > 1:
            gap = re.findall(r"\w+", ix.folded[first.end : refs[1].start])
            if gap and gap[0] in _AND and len(gap) <= 4:
                second = refs[1]
        for r in (first, second):
            if r is not None and ref_info(r).media:
                return False
        c.actor1 = first
        c.actor2 = second if second is not None else (None if c.actor2 is first else c.actor2)
        return True

    def _source_side(
        self, c: Cand, view: SentView, sources: list[tuple[int, int]]
    ) -> list[MentionRef]:
        """The fighting force named in the sentence's source phrase ("selon un commandant des
        FDS", "according to a PMF spokesman"), for a trigger whose subject is a plural
        pronoun ("elles s'apprêtent à lancer l'assaut", "they captured"): the speaker's side.
        Media, monitors, persons and governments speak for no one's troops here."""
        ix = self.ix
        pron = self.lex.cue_words.get("side_pronouns", frozenset())
        if not any(
            ix.tokens[ch].dep in ("nsubj", "nsubj:pass", "nsubjpass") and ix.low(ch) in pron
            for v in (c.tok, *ix.ancestors(c.tok)[:3])
            for ch in ix.children[v]
        ):
            return []
        for r in ix.in_sentence("actor", view.si):
            if not any(s <= r.start and r.end <= e for s, e in sources) or r.end > c.start:
                continue
            info = ref_info(r)
            if info.media or info.inter not in (1, 2, 3, 4) or info.kind in _NOT_FIGHTERS:
                continue
            if info.kind in ("person", "government"):
                continue
            return [r]
        return []

    def _unnamed_shelling(self, c: Cand, country: str) -> None:
        """Shells, rockets or mortars fired by no one named, in a country where the unnamed
        gunners are the rebels (``stand_ins.toml`` ``[unnamed_shelling]``): those rebels."""
        if c.sub != "Shelling/artillery/missile attack":
            return
        words, by_country = _unnamed_shelling()
        who = by_country.get(country)
        view = self.views[c.sent]
        end = view.end
        nxt = self.views.get(c.sent + 1)
        if nxt is not None:
            end = nxt.end  # "... selon l'OSDH. Ces tirs, attribués aux groupes rebelles, ..."
        said = " " + re.sub(r"[^\w' ]+", " ", self.ix.folded[view.start : end]) + " "
        if who is not None and any(f" {w} " in said for w in words):
            c.actor1_name, c.actor1_inter = who

    def _state_aircraft(self, c: Cand, country: str) -> bool:
        """An air strike of no named author whose sentence says the weapon only a state
        uses there ("barrel bombs", "barils d'explosifs") or the country's own air force
        unqualified ("les raids de l'aviation", "the air force struck"): that state's
        forces, not ACLED's unidentified ones."""
        if c.sub != "Air/drone strike":
            return False
        view = self.views[c.sent]
        said = " " + re.sub(r"[^\w' ]+", " ", self.ix.folded[view.start : view.end]) + " "
        if not (_BARREL.search(said) or _BARE_AIR_FORCE.search(said)):
            return False
        c.actor1_name, c.actor1_inter = f"Military Forces of {country}", 1
        return True

    def _foreign_agents(self, c: Cand, words: str, country: str) -> bool:
        """An arrest by unnamed agents of another country ("des agents turcs arrêtaient X à
        Nairobi", "Israeli commandos seized him in Beirut"): that country's government,
        not the host country's police."""
        if c.sub != "Arrests":
            return False
        said = set(words.split())
        if not said & _AGENT_WORDS:
            return False
        adjs = _adjectives()
        isos = {adjs[w] for w in said if w in adjs}
        names = {countries()[i].name for i in isos if i in countries()}
        names.discard(country)
        if len(names) != 1:
            return False
        c.actor1, c.actor1_name, c.actor1_inter = None, f"Government of {names.pop()}", 1
        return True

    def _latter(self, c: Cand) -> bool:
        """ "Les combats entre l'armée et les insurgés depuis que ces derniers se sont emparés
        de l'est de la ville", "since the latter seized": the subject takes up the side named
        last before it, not the first side of the sentence (nor the victim of the capture)."""
        ix = self.ix
        if not ix.parsed:
            return False
        words = self.lex.cue_words.get("latter", frozenset())
        if not words:
            return False
        verb = c.tok if ix.tokens[c.tok].pos in ("VERB", "AUX") else ix.tokens[c.tok].head
        subj = [
            ch
            for ch in ix.children[verb]
            if ix.tokens[ch].dep in ("nsubj", "nsubj:pass", "nsubjpass") and ix.low(ch) in words
        ]
        if not subj:
            return False
        at = ix.tokens[subj[0]].start
        before = [r for r in ix.in_sentence("actor", c.sent) if r.end <= at]
        if not before:
            return False
        last = before[-1]
        if ref_info(last).media:
            return False
        if c.actor2 is last:
            c.actor2 = None
        if c.actor1 is not None and c.actor1 is not last and c.actor2 is None:
            c.actor2 = c.actor1
        c.actor1, c.actor1_name, c.actor1_inter = last, None, None
        return True

    def _opposed_sides(self, c: Cand) -> bool:
        """ "De violents affrontements ont opposé les Asayich aux miliciens des NDF", "clashes
        pitted the police against the militia": the verb ranges the sides, the first named is
        actor1 and the one after "à" / "against" actor2, whatever the parse made the subject
        (the fighting noun). Read on the words, right after the trigger."""
        ix = self.ix
        if schema().event_type.get(c.sub) != "Battles" and c.sub != "@violence":
            return False
        verbs = self.lex.cue_words.get("opposing", frozenset())
        to = self.lex.cue_words.get("opposing_to", frozenset())
        if not verbs or not to:
            return False
        marks = [
            i for i in self.views[c.sent].toks if ix.low(i) in verbs and ix.tokens[i].start >= c.end
        ]
        if not marks or len(re.findall(r"\w+", ix.folded[c.end : ix.tokens[marks[0]].start])) > 4:
            return False
        at = ix.tokens[marks[0]].end
        refs = [r for r in ix.in_sentence("actor", c.sent) if r.start >= at]
        if len(refs) < 2 or len(re.findall(r"\w+", ix.folded[at : refs[0].start])) > 3:
            return False
        first = refs[0]
        # "aux miliciens pro-Damas des NDF": a name glued by a hyphen qualifies, it is no side
        later = [r for r in refs[1:] if ix.doc.text[r.start - 1 : r.start] != "-"]
        if not later:
            return False
        second = later[0]
        gap = re.findall(r"\w+", ix.folded[first.end : second.start])
        if not set(gap[:3]) & to or len(gap) > 8:  # "SDF fighters against IS militants"
            return False
        for r in (first, second):
            if ref_info(r).media:
                return False
        c.actor1, c.actor2, c.actor1_name, c.actor1_inter = first, second, None, None
        return True

    def _genitive_agent(self, c: Cand) -> bool:
        ix = self.ix
        if ix.tokens[c.tok].pos != "NOUN":
            return False
        for r in ix.in_sentence("actor", c.sent):
            h = r.head
            if h is None or h == c.tok:
                continue
            t = ix.tokens[h]
            via = h
            if t.dep == "pobj" and ix.tokens[t.head].head == c.tok:
                via = t.head  # "strikes of the coalition": of -> coalition
            elif not (t.head == c.tok and t.dep.startswith("nmod")):
                continue
            if ix.tokens[via].head != c.tok or r.start < c.end:
                continue
            words = {ix.low(ch) for ch in ix.children[h] if ix.tokens[ch].dep == "case"}
            if via != h:
                words.add(ix.low(via))
            if not words & _OF or any(
                ix.tokens[j].start < r.start
                and ix.tokens[j].dep.startswith(("nmod", "prep"))
                and ix.tokens[j].head == c.tok
                for j in ix.children[c.tok]
                if j != via
            ):
                continue  # "strikes on positions of IS": the first complement is the target
            info = ref_info(r)
            if info.media or info.inter not in (1, 2, 3, 8):
                return False
            c.actor1 = r
            if c.actor2 is r:
                c.actor2 = None
            return True
        return False

    def _nationality_of(self, i: int) -> str | None:
        ix = self.ix
        if ix.tokens[i].pos not in ("NOUN", "PROPN"):
            return None
        adjs = _adjectives()
        found = {
            adjs[ix.low(ch)]
            for ch in ix.children[i]
            if ix.tokens[ch].dep in ("amod", "compound", "nmod")
            and ix.low(ch) in adjs
            and (
                ix.low(ch) not in _short_names()
                or ix.text(ix.tokens[ch].start, ix.tokens[ch].end).isupper()
            )
        }
        names = _country_names()
        found |= {  # "Russia's attack submarine"
            names[ix.low(ch)]
            for ch in ix.children[i]
            if ix.tokens[ch].dep in ("poss", "nmod:poss") and ix.low(ch) in names
        }
        return next(iter(found)) if len(found) == 1 else None

    def _country_subject(self, c: Cand) -> None:
        """ "La Turquie a poursuivi ses tirs d'artillerie", "Israel struck ...": a country
        named as the subject of the act (not read as an actor upstream) acts through its
        forces."""
        ix = self.ix
        verb = c.tok
        if ix.tokens[verb].pos not in ("VERB", "AUX"):
            if ix.tokens[verb].dep not in ("obj", "dobj") or ix.tokens[verb].head == verb:
                return
            verb = ix.tokens[verb].head  # "mener des frappes", "poursuivre ses tirs"
        subjects = [ch for ch in ix.children[verb] if ix.tokens[ch].dep in ("nsubj",)]
        if len(subjects) != 1:
            return
        for p in ix.in_sentence("place", c.sent):
            if p.head != subjects[0] or str(p.m.precision) != "3" or not p.m.country:
                continue
            info = actor_info(f"{p.m.country.lower()}-military", None)
            if info.name:
                c.actor1_name, c.actor1_inter = info.name, 1
            return

    def _speakers_forces(self, c: Cand, view: SentView, clause: frozenset[int]) -> bool:
        ix = self.ix
        if not c.claimant:
            return False
        side = self._subject_side(c, clause) | (
            {c.tok} if ix.tokens[c.tok].pos == "NOUN" else set()
        )
        owner = [
            ch
            for n in side
            for ch in ix.children[n]
            if ix.low(ch) in _POSSESSIVES and ix.tokens[ch].dep in ("det", "poss", "nmod:poss")
        ]
        # "Russian MoD: six bombers struck ...": a state's own report of unnamed aircraft
        aircraft = self.tok_cue("aircraft", side) if side else False
        if not owner and not aircraft:
            return False
        for r in ix.in_sentence("actor", c.sent):
            if (r.m.name) != c.claimant:
                continue
            info = ref_info(r)
            if info.media or info.inter not in ((1, 2, 3, 8) if owner else (1,)):
                return False
            c.actor1 = r
            return True
        return False


_CAPTOR_GAP = re.compile(
    r"^\s*(?:de|du|des|d'|of)?\s*(?:l'|la|le|les|the)?\s*(?:m[eê]mes?|same)?\s*$"
)
_SAME = re.compile(r"\b(?:m[eê]mes?|same)\b")
_AND = frozenset({"et", "and"})
_GROUND = CHANGES_OF_HANDS


# acts whose unnamed jihadist doer ("les terroristes") is the story's named jihadist group
_UNNAMED_JIHADIST_ACTS = frozenset(
    {"Suicide bomb", "Remote explosive/landmine/IED", "Attack", "Armed clash"}
)


# "syrian and " / "syriens et " just before a mention (folded text)
_ADJ_AND = re.compile(r"\b([^\W\d_][\w-]*)\s*(?:and|et|,)\s*$")


def fighter(r: MentionRef) -> bool:
    """Is the mention a fighting side (a state force or an armed group, not the media, a
    person, a ministry or a party)?"""
    info = ref_info(r)
    return not info.media and info.inter in (1, 2, 3, 4, 8) and info.kind not in _NOT_FIGHTERS


_fighter = fighter  # the name this module's rules use


_INFINITIVE_AUX = frozenset({"avoir", "être", "having"})
_STORY_OPENING = re.compile(r"^(?:l'|l’|la |le |les |cette |cet |ce |the |this )([\w-]+)")
_FUSED_STRIKES = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})
_NOT_FIGHTERS = frozenset({"government", "person", "party", "org", "agency", "media"})
_ACTIVE_AUX = frozenset({"avoir", "have", "will", "would", "could", "may", "might", "shall"})
_SUBJ_NOUN = frozenset({"nsubj", "nsubj:pass", "appos", "compound"})  # not "le même jour"
_AGAIN_WINDOW = 5  # sentences back an act told as "another" may find the one it repeats
_AGENT_FAMILIES = frozenset({"Explosions/Remote violence", "Violence against civilians"})
_OF = frozenset({"de", "du", "des", "d'", "d’", "of"})
_OF_GAP = re.compile(r"^\s*(?:de la |de l'|du |des |d'|de |of the |of )\s*$")
_POSSESSIVES = frozenset({"ses", "son", "sa", "leurs", "leur", "its", "their"})


@cache
def _unnamed_shelling() -> tuple[tuple[str, ...], dict[str, tuple[str, int]]]:
    rows = dict(data_toml("stand_ins.toml").get("unnamed_shelling", {}))
    words = tuple(fold(w) for w in rows.pop("words", ()))
    return words, {k: (str(v["name"]), int(v["inter"])) for k, v in rows.items()}


@cache
def _adjectives() -> dict[str, str]:
    """Folded nationality adjectives (EN, FR; plurals too) and short names ("US") -> ISO2."""
    try:
        from newsift.entities.actors import load_countries
    except Exception:  # noqa: BLE001 - the actors package is optional here
        return {}
    out: dict[str, str] = {}
    ambiguous: set[str] = set()
    for iso, country in load_countries().items():
        words = [*country.get("adj_en"), *country.get("adj_fr_m"), *country.get("adj_fr_f")]
        words += [w + "s" for w in (*country.get("adj_fr_m"), *country.get("adj_fr_f"))]
        words += [n for n in country.get("name_en") if fold(n) in _short_names()]
        for w in words:
            key = fold(w)
            if key in out and out[key] != iso:
                ambiguous.add(key)
            out[key] = iso
    return {k: v for k, v in out.items() if k not in ambiguous}


@cache
def _short_names() -> frozenset[str]:
    """Folded short country names written in capitals ("US", "UK"): they count only when
    written so ("US airstrikes", never "us")."""
    try:
        from newsift.entities.actors import load_countries
    except Exception:  # noqa: BLE001
        return frozenset()
    return frozenset(
        fold(n)
        for country in load_countries().values()
        for n in country.get("name_en")
        if n.isupper() and len(n) <= 3
    )


@cache
def _country_names() -> dict[str, str]:
    """Folded country names (EN, FR) -> ISO2, for possessives ("Russia's submarine")."""
    try:
        from newsift.entities.actors import load_countries
    except Exception:  # noqa: BLE001
        return {}
    out: dict[str, str] = {}
    for iso, country in load_countries().items():
        for n in (*country.get("name_en"), *country.get("name_fr")):
            if fold(n) not in _short_names():
                out.setdefault(fold(n), iso)
    return out


def _country_or_capital(p: MentionRef) -> bool:
    """Is the place a country, or its capital (a seat of government: "Damas", "Moscow")?"""
    iso = (p.m.country or "").upper()
    if not iso:
        return False
    if str(p.m.precision) == "3":
        return True
    country = countries().get(iso)
    capital = fold(country.capital) if country is not None and country.capital else ""
    return bool(capital) and fold(p.m.name) == capital


def _unnamed(name: str | None) -> bool:
    return not name or name.startswith("Unidentified Armed Group")


# Barrel bombs are dropped by a state's helicopters only; a bare "l'aviation" / "the air force"
# (no nationality after or before it) is the country's own (a foreign one is always qualified).
_BARREL = re.compile(
    r" (barrel[- ]bombs?|barils? (d'|de |d )?explosifs?|bombes?[- ]barils?|barils? piégés?) "
)
_BARE_AIR_FORCE = re.compile(
    r" (?:(?:de|par) l'aviation (?!(?:du |de |des |d'|russe|syrienne|irakienne|turque|israélienne"
    r"|américaine|française|britannique|jordanienne|iranienne|civile|militaire|gouvernementale"
    r"|loyaliste|alliée|étrangère))|l'aviation (?:a|avait) |the air force (?!of ))"
)

_AGENT_WORDS = frozenset(
    [
        "agents",
        "agent",
        "commandos",
        "commando",
        "operatives",
        "spies",
        "espions",
        "services",
        "intelligence",
    ]
)
