"""Where an announced or conjectured move goes: the place a plan names.

A plan often names its place in ways that the ranking of an asserted event's places sets
aside: the destination of a movement verb ("se diriger vers Maaret al-Noomane puis Saraqeb",
"advance towards al-Bab") is the move's own place, not where someone else was heading; the
other side of a "next target" copula ("the next target is Jurf al-Sakhar", "la prochaine
étape sera Idlib") is the target, even when the parser makes the town the subject.
:meth:`ArticleExtractor.places` asks these questions of one place mention.

It also owns a plan's modality where no war verb carries it (cues in
``data/events/prospects.toml``): a nominal trigger followed by an announced or possible start
(:func:`nominal_prospect`), hopes and threats that are no events (:func:`wished`), and a verb
describing the plan's object rather than planned itself (:func:`described_under_plan`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from newsift.events.resources import data_toml, schema

if TYPE_CHECKING:
    from newsift.events.extract import ArticleExtractor, Cand
    from newsift.events.index import MentionRef

# at most two short words between a movement trigger and the place it heads to ("se diriger
# vers | Maaret", "advance | towards the | town of")
_OWN_GAP = re.compile(r"^\W*(?:[\w'’]+\W+){0,2}$")
_COPULAS = frozenset({"be", "être"})
# the auxiliary of a perfect infinitive under a modal ("may have hit", "pourrait avoir tué")
_PERFECT = frozenset({"have", "avoir"})
# auxiliaries of a told-as-done "a pu" (not the conditional "aurait pu")
_DONE_AUX = frozenset({"a", "ont", "avait", "avaient", "eut", "eurent"})
# dependency labels of a clause that modifies a noun: a participle or a relative clause
_MODIFIER = frozenset({"acl", "acl:relcl", "relcl"})
# prepositions introducing a source ("selon l'OSDH", "according to the UN")
_SOURCE_CASE = frozenset({"selon", "according", "d'après", "d’après"})
# links to a clause of its own ("« Qui peut le croire ? », a dit X, après que l'aviation a
# frappé Y": the modal of the quote is not the strike's)
_OTHER_CLAUSE = frozenset({"advcl", "parataxis", "conj"})
# "the next one" a clause describes ("la prochaine à tomber", "the next to fall")
_NEXT_WORDS = frozenset({"prochain", "prochaine", "prochains", "prochaines", "next"})
# a cleft before the modified noun ("ce sont les milices qui ...", "it was the army that ..."):
# its relative clause is the sentence's news, not an aside
_CLEFT = re.compile(
    r"\b(?:c['’]est|ce sont|c['’]était|c['’]etait|ce furent|it was|it is|it were)\b[^.;:]*$"
)
# the copula just before the target ("is", "will be", "sera", "serait", "c'est", ":")
_COPULA_BEFORE = re.compile(
    r"(?:\b(?:is|are|will be|would be|be|est|sont|sera|seront|serait|seraient|c['’]est)|:)"
    r"\s*(?:(?:the|la|le|les|l['’]|ville\s+d[eu']?|town\s+of|city\s+of)\s*)*$"
)


def own_destination(x: ArticleExtractor, r: MentionRef, c: Cand) -> bool:
    """Is the place the first destination of the trigger's own movement phrase (the trigger
    ends just before it), so the move happens there?"""
    if r.start < c.end:
        return False
    return bool(_OWN_GAP.match(x.ix.folded[c.end : r.start]))


def next_target(x: ArticleExtractor, r: MentionRef, c: Cand) -> bool:
    """Is the place the other argument of the copula whose subject (or predicate) is a "next
    step" trigger ("The next target, commanders say, is Jurf al-Sakhar")?"""
    ix = x.ix
    if c.trig.sub != "@next":
        return False
    if r.start >= c.end and _COPULA_BEFORE.search(ix.folded[c.end : r.start][-40:]):
        return True  # "The next target, militia commanders say, is | Jurf al-Sakhar"
    if not ix.parsed or r.head is None:
        return False
    j = r.head
    for _ in range(3):  # from a name's inner token to its head ("Jurf al-Sakhar")
        t = ix.tokens[j]
        if t.dep in ("flat", "flat:name", "compound", "appos") and t.head != j:
            j = t.head
            continue
        break
    verb = ix.tokens[c.tok].head
    if verb == j:
        return True  # "la prochaine étape est Idlib": the name carries the copula
    if ix.tokens[j].head == c.tok:
        return True  # "la prochaine étape, Idlib": an apposition, or the noun's complement
    if ix.tokens[j].head != verb or verb == j:
        return False
    if ix.lemma(verb) in _COPULAS:
        return True
    return any(ix.tokens[ch].dep == "cop" for ch in ix.children[verb]) or verb == c.tok


@dataclass(frozen=True, slots=True)
class ProspectCues:
    planned: re.Pattern[str] | None
    speculative: re.Pattern[str] | None
    wish: frozenset[str] = frozenset()
    threat: frozenset[str] = frozenset()
    area: frozenset[str] = frozenset()
    possible: frozenset[str] = frozenset()
    exclude: frozenset[str] = frozenset()
    ought: frozenset[str] = frozenset()
    if_marks: frozenset[str] = frozenset()
    expect: frozenset[str] = frozenset()
    future_say: frozenset[str] = frozenset()
    demand: frozenset[str] = frozenset()


def _after(patterns: list[str]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    return re.compile(r"^[^,;.]{0,70}?(?:" + "|".join(f"(?:{p})" for p in patterns) + ")")


@cache
def prospect_cues(lang: str) -> ProspectCues:
    """The cues of ``data/events/prospects.toml`` for one language (none for others)."""
    d = data_toml("prospects.toml").get(lang, {})
    return ProspectCues(
        _after(d.get("planned") or []),
        _after(d.get("speculative") or []),
        frozenset(d.get("wish") or []),
        frozenset(d.get("threat") or []),
        frozenset(d.get("area") or []),
        frozenset(d.get("possible") or []),
        frozenset(d.get("exclude") or []),
        frozenset(d.get("ought") or []),
        frozenset(d.get("if_marks") or []),
        frozenset(d.get("expect") or []),
        frozenset(d.get("future_say") or []),
        frozenset(d.get("demand") or []),
    )


def nominal_prospect(x: ArticleExtractor, c: Cand) -> str | None:
    """ "speculative" under "s'attendre à ce que"; "planned" or "speculative" when a nominal
    trigger ("une contre-offensive", "a counter-offensive") is followed, in its clause, by a
    start verb that is announced or only possible ("... will begin within days", "...
    pourrait éclater"); else None."""
    ix = x.ix
    if ix.parsed and x.lang == "fr" and any(_expects(x, a) for a in ix.ancestors(c.tok)[:4]):
        return "speculative"  # "des observateurs s'attendent à ce que HTS lance une offensive"
    if ix.parsed and x.lang == "fr" and _intends(x, c.tok):
        return "planned"  # "Bagdad entend désormais reprendre le point de passage"
    if ix.parsed and ix.tokens[c.tok].pos in ("VERB", "AUX") and not _infinitive(x, c.tok):
        return None  # "an offensive to retake Mosul will begin": the purpose goes with it
    cues = prospect_cues(x.lang)
    after = ix.folded[c.end : min(c.end + 140, x.views[c.sent].end)]
    if cues.speculative and cues.speculative.search(after):
        return "speculative"
    if cues.planned and cues.planned.search(after):
        return "planned"
    return None


def _expects(x: ArticleExtractor, a: int) -> bool:
    """Is token ``a`` the reflexive "s'attendre (à ce que)", to expect?"""
    ix = x.ix
    if ix.lemma(a) != "attendre" and not ix.low(a).startswith("attend"):
        return False
    near = [*ix.children[a], ix.tokens[a].head]
    if any(ix.lemma(k) == "faire" or ix.low(k).startswith(("fai", "fit")) for k in near):
        return False  # "la riposte ne s'est pas fait attendre": it came at once, no forecast
    return any(ix.low(ch) in ("se", "s'", "s’") for ch in ix.children[a])


def _intends(x: ArticleExtractor, i: int) -> bool:
    """Is the verb ``i`` (or the verb above a nominal trigger) the infinitive complement of
    "entendre", to intend ("Bagdad entend reprendre Fichkhabour")? "On entend des tirs" (to
    hear) has a noun object, not an infinitive."""
    ix = x.ix
    for _ in range(2):
        t = ix.tokens[i]
        if t.pos in ("VERB", "AUX") and t.dep == "xcomp" and t.head != i:
            h = t.head
            return ix.lemma(h) == "entendre" or ix.low(h).startswith("entend")
        if t.head == i:
            return False
        i = t.head
    return False


def _infinitive(x: ArticleExtractor, i: int) -> bool:
    """Is verb ``i`` a bare purpose infinitive ("to retake", "pour reprendre")?"""
    ix = x.ix
    if i == 0 or ix.tokens[i - 1].sent != ix.tokens[i].sent:
        return False
    return ix.low(i - 1) in ("to", "pour", "afin", "de", "d'", "d’")


def wished(x: ArticleExtractor, c: Cand) -> bool:
    """Is a planned move only hoped for or vaguely threatened ("He hoped to annex Andorra",
    "Ankara menace d'une intervention militaire")? Those are no events. A threat to carry out
    a military act on a named place ("a menacé de lancer une offensive contre les Kurdes à
    Qamichli", "threatened to storm X") announces that act: it is planned."""
    if c.modality != "planned":
        return False
    ix = x.ix
    cues = prospect_cues(x.lang)
    if not cues.wish:
        return False
    near = ix.ancestors(c.tok)[:3] if ix.parsed else []
    view = x.views[c.sent]
    near += [i for i in view.toks if i < c.tok][-3:]
    hits = [i for i in near if ix.low(i) in cues.wish or ix.lemma(i) in cues.wish]
    if not hits:
        return False
    if all(ix.low(i) in cues.threat or ix.lemma(i) in cues.threat for i in hits):
        return not _threatened_act(x, c, hits)
    return True


# how what is demanded hangs below the verb of demanding, link by link ("exigeaient | le retrait
# | des milices", "called | for | the release | of | the hostages"); not an adverbial clause
# ("ont exigé une rançon après avoir enlevé six habitants": the abduction is told)
_DEMANDED = frozenset(
    {"obj", "dobj", "obl", "obl:arg", "nmod", "prep", "pobj", "ccomp", "xcomp", "case", "mark"}
)


def demanded(x: ArticleExtractor, c: Cand) -> bool:
    """Is the trigger what someone demands ("des manifestants exigeaient le retrait des
    milices", "ont décidé d'exiger la libération des otages", "called for the release of the
    hostages")? A demanded act is no event: it is neither told as done nor planned by its
    doer. A protest trigger is left alone ("called for protests" is a protest called, planned)."""
    ix = x.ix
    cues = prospect_cues(x.lang)
    if not cues.demand or not ix.parsed or c.modality not in ("asserted", "reported"):
        return False
    if c.sub.startswith("@protest") or schema().event_type.get(c.sub) in ("Protests", "Riots"):
        return False
    n, seen = c.tok, [c.tok]
    for _ in range(5):
        t = ix.tokens[n]
        if t.head == n or t.dep not in _DEMANDED:
            return False
        n = t.head
        seen.append(n)
        if ix.tokens[n].pos not in ("VERB", "AUX"):
            continue
        lemma = ix.lemma(n)
        if lemma in cues.demand or ix.low(n) in cues.demand:
            return True
        # the preposition on the way down ("called | for", "appelé à | la libération"), not
        # another one of the verb ("called in air strikes on the village")
        marks = [*seen[:-1], *(ch for k in seen[:-1] for ch in ix.children[k])]
        if any(
            f"{lemma} {ix.low(p)}" in cues.demand
            for p in marks
            if ix.tokens[p].dep in ("prep", "case", "mark")
        ):
            return True
    return False


def _threatened_act(x: ArticleExtractor, c: Cand, threats: list[int]) -> bool:
    """Does a threat verb govern, through an infinitive, a military act on a named town ("a
    menacé de lancer une offensive contre les Kurdes à Qamichli", "threatened to attack X")?
    A noun complement ("menace d'une intervention") or an act with no town of its own ("de
    se battre jusqu'au bout") is only a threat."""
    ix = x.ix
    if not ix.parsed:
        return False
    verb = next(
        (
            n
            for n in [c.tok, *ix.ancestors(c.tok)[:2]]
            if ix.tokens[n].pos in ("VERB", "AUX") and n not in threats
        ),
        None,
    )
    if verb is None or not any(t in ix.ancestors(verb)[:2] for t in threats):
        return False
    own = ix.subtree(verb)
    return any(
        r.head in own and r.geo_precision < 3
        for r in ix.in_sentence("place", c.sent)
        if r.head is not None
    )


def told_area(x: ArticleExtractor, c: Cand, clause: frozenset[int]) -> bool:
    """Does an announced or conjectured move go into (or take) a part of the town told before,
    named by a definite area noun ("« L'armée entrera jeudi dans les quartiers évacués »", "les
    quartiers de l'est pourraient être nettoyés", "the remaining neighborhoods are expected to
    be liberated")? It has a place then: the story's town."""
    if c.modality not in ("planned", "speculative") or not x.ix.parsed:
        return False
    ix = x.ix
    words = prospect_cues(x.lang).area
    t = ix.tokens[c.tok]
    if t.dep in ("acl", "amod") and (ix.low(t.head) in words or ix.lemma(t.head) in words):
        return False  # "les quartiers évacués": the participle describes the area, no move
    return any(
        (ix.low(i) in words or ix.lemma(i) in words)
        and any(ix.low(ch) in _DEFINITE and ix.tokens[ch].dep == "det" for ch in ix.children[i])
        for i in (ix.subtree(c.tok) | clause)
        if i != c.tok
    )


_DEFINITE = frozenset(
    {
        "the",
        "this",
        "that",
        "these",
        "those",
        "le",
        "la",
        "les",
        "l'",
        "l’",
        "ce",
        "cet",
        "cette",
        "ces",
    }
)


_RELATIVE = frozenset(
    {"où", "qui", "que", "qu'", "dont", "lequel", "laquelle", "where", "which", "who", "whose"}
)


def described_under_plan(x: ArticleExtractor, c: Cand) -> bool:
    """Is a "planned" trigger's verb a relative clause describing the plan's object ("compte
    nettoyer les monts Makhoul, d'où les jihadistes bombardent la route")? The plan does not
    reach it: it tells a habit, not a planned event."""
    ix = x.ix
    if c.modality != "planned" or not ix.parsed:
        return False
    plan = x.mod.plan
    for n in [c.tok, *ix.ancestors(c.tok)[:3]]:
        if ix.lemma(n) in plan or ix.low(n) in plan:
            return False  # reached the plan first
        if ix.tokens[n].pos in ("VERB", "AUX") and any(
            ix.low(ch) in _RELATIVE and ix.tokens[ch].pos == "PRON" and ch < n
            for ch in ix.children[n]
        ):
            return True
    return False


def hedge(x: ArticleExtractor, c: Cand) -> None:
    """Settle the modality the modality rules gave ``c`` against hedges and asides: a
    possibility modal or a "not ruled out" makes a guess (:func:`possible`); "a pu reprendre"
    (managed to) is told as done (:func:`managed`); a dated aside in a modifier clause is the
    author's fact (:func:`dated_aside`). A denial stands."""
    if c.modality == "denied":
        return
    if c.modality == "speculative" and managed(x, c):
        c.modality = "asserted"
    c.modality = possible(x, c) or c.modality
    if c.modality == "planned" and expected_outcome(x, c):
        c.modality = "speculative"  # "Rawa devrait être libérée d'ici la fin du mois"
    if c.modality in ("reported", "speculative", "planned") and dated_aside(x, c):
        c.modality, c.claimant = "asserted", None


# what a trigger is when it names a change of hands (an outcome), not an operation launched
_OUTCOMES = frozenset(
    {
        "@territory",
        "@loss",
        "Government regains territory",
        "Non-state actor overtakes territory",
    }
)


def expected_outcome(x: ArticleExtractor, c: Cand) -> bool:
    """Is a capture or fall only expected ("X devrait être libérée dans les prochains jours",
    "les dernières poches devraient tomber d'ici peu")? An outcome said to be due is a
    forecast, speculative; an operation said to be due ("l'armée devrait lancer une
    opération de ratissage") is an announced plan and stays planned."""
    if c.sub not in _OUTCOMES:
        return False
    words = prospect_cues(x.lang).expect
    if not words:
        return False
    ix = x.ix
    if not ix.parsed or ix.tokens[c.tok].pos not in ("VERB", "AUX"):
        return False  # "devrait lancer une opération de ratissage": the noun is the operation's
    near = [i for i in x.views[c.sent].toks if i < c.tok][-4:]
    for a in ix.ancestors(c.tok)[:2]:
        if ix.tokens[a].pos not in ("VERB", "AUX"):
            break
        near.append(a)
    return any(ix.low(i) in words for i in near)


def imagined_objection(x: ArticleExtractor, c: Cand) -> bool:
    """Is the trigger in what someone is yet to say, a speech verb in the future or the
    conditional above it ("On nous répondra que la Russie a bombardé des hôpitaux", "Some
    will say that the coalition bombed Raqqa too")? The author imagines an objection; no
    one has claimed the act yet, so it is no event."""
    ix = x.ix
    words = prospect_cues(x.lang).future_say
    if not ix.parsed or not words:
        return False
    for a in [c.tok, *ix.ancestors(c.tok)][:5]:  # the learned typer may pick the verb itself
        if ix.tokens[a].pos not in ("VERB", "AUX"):
            continue
        auxes = [ix.low(k) for k in ix.children[a] if ix.tokens[k].dep.startswith("aux")]
        forms = {ix.low(a), *(f"{w} {ix.low(a)}" for w in auxes)}
        if forms & words:
            return True
        if ix.lemma(a) in x.mod.speech:
            return False  # the nearest saying is told as said
    return False


def managed(x: ArticleExtractor, c: Cand) -> bool:
    """Is the trigger governed by a perfect of "pouvoir" ("l'armée a pu reprendre X", "avait
    pu entrer"), which tells the act as achieved? Not under a conditional ("aurait pu")."""
    ix = x.ix
    if not ix.parsed or x.lang != "fr":
        return False
    for n in [c.tok, *ix.ancestors(c.tok)][:4]:
        if ix.low(n) != "pu":
            continue
        auxes = {ix.low(a) for a in ix.children[n] if ix.tokens[a].dep.startswith("aux")}
        return bool(auxes & _DONE_AUX)
    return False


def possible(x: ArticleExtractor, c: Cand) -> str | None:
    """ "speculative" when the trigger's clause is only held possible: a possibility modal
    governs it ("X pourrait être la prochaine à tomber", "the army could then storm X") or an
    exclusion verb under a negation does ("n'exclut pas que l'armée attaque X", "did not rule
    out an assault on X", "il n'est pas exclu que ..."); a plan said possible is a guess, not
    an announced intention. A past or perfect "a pu reprendre" (managed to) is no such modal.
    Else None (``possible`` and ``exclude`` in data/events/prospects.toml)."""
    ix = x.ix
    if not ix.parsed:
        return None
    cues = prospect_cues(x.lang)
    chain = [c.tok, *ix.ancestors(c.tok)][:5]
    for k, n in enumerate(chain):
        if ix.tokens[n].dep in _MODIFIER and ix.low(ix.tokens[n].head) in _NEXT_WORDS:
            continue  # "pourrait être la prochaine à être reprise": the next one's own clause
        if ix.tokens[n].dep in _MODIFIER | _OTHER_CLAUSE:
            chain = chain[: k + 1]  # "les FDS, qui ont pris X, pourraient ...": not the aside
            break
    for k, n in enumerate(chain):
        kids = [ch for ch in ix.children[n] if ix.tokens[ch].dep.startswith("aux")]
        if any(ix.lemma(a) in _PERFECT for m in chain[: k + 1] for a in ix.children[m]):
            return None  # "pourraient avoir été tués", "may have hit": a hedged report
        for w in (n, *kids):
            if ix.tokens[w].pos in ("VERB", "AUX") and ix.low(w) in cues.possible:
                return "speculative"  # "pourrait être reprise", "could be stormed"
        if (ix.lemma(n) in cues.exclude or ix.low(n) in cues.exclude) and _negated(x, n):
            return "speculative"  # "n'exclut pas que l'armée lance une offensive"
    return None


def _negated(x: ArticleExtractor, n: int) -> bool:
    """Does a negation word hang on verb ``n`` (or its auxiliaries, "did not rule out")?"""
    ix = x.ix
    neg = x.mod.negation
    return any(
        ix.low(ch) in neg and ix.tokens[ch].dep in ("neg", "advmod", "aux", "det")
        for ch in ix.children[n]
    ) or any(
        ix.low(g) in neg
        for ch in ix.children[n]
        if ix.tokens[ch].dep.startswith("aux")
        for g in ix.children[ch]
    )


def dated_aside(x: ArticleExtractor, c: Cand) -> bool:
    """Is the trigger an act the sentence only mentions in passing, with its own time, in a
    clause that modifies a noun ("l'offensive lancée le 19 juin", "the army, which broke the
    siege early this month, ...", "Sinjar, tombée aux mains de l'EI en août 2014")? The
    sentence's attribution ("..., selon l'ONU", "a annoncé X") or hedge ("pourraient pousser
    vers le sud") is about its main clause; the author tells the aside as a fact."""
    ix = x.ix
    if not ix.parsed:
        return False
    dates = [set(r.toks) for r in ix.in_sentence("date", c.sent) if not _fresh(x, r)]
    if not dates:
        return False
    t = ix.tokens[c.tok]
    spans: list[int] = []
    if t.pos in ("NOUN", "PROPN"):
        # the event noun carries a dated participle: "l'offensive | lancée le 19 juin"
        spans += [ch for ch in ix.children[c.tok] if ix.tokens[ch].dep in _MODIFIER]
    for a in [c.tok, *ix.ancestors(c.tok)][:3]:
        if ix.tokens[a].dep in _MODIFIER and ix.tokens[a].pos in ("VERB", "AUX", "ADJ"):
            spans.append(a)  # the trigger is the participle or relative clause itself
            break
        if ix.tokens[a].dep in ("ROOT", "root", "ccomp", "advcl", "conj"):
            break
    for s in spans:
        if _infinitive(x, s) or (x.lang == "fr" and ix.low(s) == ix.lemma(s)):
            continue  # "compte lancer l'offensive le 2 avril": a plan misparsed as a modifier
        sub = ix.subtree(s)
        head = ix.tokens[s].head
        if _CLEFT.search(ix.folded[max(0, ix.tokens[head].start - 200) : ix.tokens[head].start]):
            continue  # "ce sont des miliciens ... qui ont chassé dimanche": the news itself
        if any(ix.low(k) in _SOURCE_CASE for k in ix.children[head]):
            continue  # "selon l'OSDH, des frappes ont tué ...": misparsed as the source's aside
        view = x.views[c.sent]
        if not any(
            ix.tokens[i].pos in ("VERB", "AUX") and i not in sub
            for i in view.toks
            if ix.tokens[i].dep not in _MODIFIER
        ):
            continue  # no main clause outside it: the modifier is the sentence's news
        if any(d & sub for d in dates) and not _speech_inside(x, sub):
            return True
    return False


def _fresh(x: ArticleExtractor, r: MentionRef) -> bool:
    """Is the date mention within a week before publication ("la veille", "jeudi")? A fresh
    act told in passing is news the sentence's source reports, not background."""
    from newsift.events.when import parse_value

    pub = x.published
    if pub is None:
        return True
    try:
        w = parse_value(str(r.m.value)) if r.m.value else None
    except Exception:  # noqa: BLE001 - an unreadable value counts as fresh (no change)
        return True
    if w is None:
        return True
    return (pub.start - w.start).days <= 7


def _speech_inside(x: ArticleExtractor, sub: frozenset[int]) -> bool:
    """Does the clause hold its own attribution or speech verb ("qui, selon l'OSDH, ont pris")?"""
    ix = x.ix
    words = {ix.low(i) for i in sub} | {ix.lemma(i) for i in sub if ix.tokens[i].pos == "VERB"}
    return bool(words & (x.mod.speech | {"selon", "according"}))


def unreal(x: ArticleExtractor, c: Cand) -> bool:
    """Is the trigger in a clause that tells no act: a direct question ("L'armée va-t-elle
    reprendre X ?", "Will the army retake X?"), an opinion on what should happen ("il
    faudrait que l'armée reprenne X", "il faut reprendre X"), or the consequence of an
    unreal condition ("si X tombait, ce serait un désastre, avec des églises dynamitées",
    "if X fell, it would be ..., with temples blown up")? Conventions: questions, opinions
    on what should happen and conditions are not events."""
    ix = x.ix
    if imagined_objection(x, c):
        return True  # "On nous répondra que la Russie a bombardé des hôpitaux"
    view = x.views[c.sent]
    rest = ix.folded[c.end : view.end]
    q = rest.find("?")
    if q >= 0 and not re.search(r"[.!;:]", rest[:q]) and not re.search(r"\w", rest[q + 1 :]):
        return True  # the trigger's sentence ends on its question mark
    if not ix.parsed:
        return False
    cues = prospect_cues(x.lang)
    chain = [c.tok, *ix.ancestors(c.tok)][:6]
    for k, n in enumerate(chain):
        if (
            ix.low(n) in cues.ought
            and k > 0
            and ix.tokens[chain[k - 1]].dep in ("ccomp", "xcomp", "csubj")
            and not any(ix.lemma(m) in x.mod.speech for m in chain[:k])
            and _own_complement(x, chain[:k])
        ):
            return True  # "il faudrait que l'armée reprenne X", not "il faut rappeler que"
        if ix.tokens[n].pos in ("VERB", "AUX", "NOUN", "ADJ") and _unreal_condition(x, n):
            return True
        if ix.tokens[n].dep in ("advcl", "parataxis"):
            break  # "Il faut le rappeler : selon X, des bombardiers avaient frappé Y"
    return False


def _own_complement(x: ArticleExtractor, below: list[int]) -> bool:
    """Is the trigger the complement of "il faut" itself ("il faudrait que l'armée reprenne
    X"), or a noun under its one infinitive ("il faudrait lancer une offensive")? Not an act
    told in the clause of another verb ("il faut se souvenir que ... le massacre de 2012")."""
    ix = x.ix
    verbs = [m for m in below[1:] if ix.tokens[m].pos == "VERB"]
    if not verbs:
        return True
    return ix.tokens[below[0]].pos == "NOUN" and verbs == [below[-1]] and len(below) <= 3


def _past_form(x: ArticleExtractor, k: int) -> bool:
    """Is the verb of an if-clause in a past form, the unreal condition ("si X tombait", "si
    X venait à tomber", "if X fell", "if X were to fall") rather than a real one ("si la
    pression se maintient", "if pressure holds")?"""
    ix = x.ix
    words = [k, *(a for a in ix.children[k] if ix.tokens[a].dep.startswith("aux"))]
    for w in words:
        low, lem = ix.low(w), ix.lemma(w)
        if x.lang == "fr" and low.endswith(("ait", "aient")) and low != lem:
            return True
        if x.lang == "en" and (
            low in ("were", "was", "had") or (low != lem and low.endswith("ed"))
        ):
            return True
        if x.lang == "en" and low != lem and not low.endswith("s") and ix.tokens[w].pos == "VERB":
            return True  # "fell", "took": an irregular past
    return False


def _unreal_condition(x: ArticleExtractor, n: int) -> bool:
    """Does ``n`` head a conditional-mood clause ("ce serait", "it would be") that carries an
    "if"/"si" clause: the apodosis of an unreal condition?"""
    from newsift.events.extract import _CONDITIONAL_FR

    ix = x.ix
    cues = prospect_cues(x.lang)
    kids = ix.children[n]
    if not any(
        ix.tokens[k].dep == "advcl"
        and any(ix.low(m) in cues.if_marks for m in ix.children[k] if ix.tokens[m].dep == "mark")
        and _past_form(x, k)
        for k in kids
    ):
        return False  # "pourrait tomber si la pression se maintient": a real condition
    if any(ix.low(k) in cues.possible for k in [n, *kids]):
        return False  # "si X tombait, l'armée pourrait reprendre Y": a guess, speculative
    words = [
        n,
        *(k for k in kids if ix.tokens[k].dep.startswith("aux") or ix.tokens[k].dep == "cop"),
    ]
    if x.lang == "fr":
        return any(x._conditional_form(w, _CONDITIONAL_FR) for w in words)
    return any(ix.low(w) in ("would", "'d") for w in words)
