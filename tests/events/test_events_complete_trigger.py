"""ArticleExtractor.complete_trigger: a trigger found outside the rules (the learned typer's
proposal) gets the rules' own arguments and checks. Sentences written for these tests (EN + FR);
mentions placed by hand (helpers.make_doc)."""

from __future__ import annotations

from helpers import make_doc

from newsift.events.extract import ArticleExtractor
from newsift.events.index import DocIndex
from newsift.events.resources import Trigger
from newsift.model import Document


def extractor(nlp_stage, doc: Document) -> ArticleExtractor:  # noqa: ANN001
    """The extractor of the document's one article, as the events stage builds it."""
    nlp_stage.process(doc)
    article = doc.articles[0]
    return ArticleExtractor(DocIndex.build(doc), article.k, article, article.lang or "en")


def root_of(ext: ArticleExtractor, si: int) -> int:
    return next(i for i in ext.views[si].toks if ext.ix.tokens[i].dep in ("ROOT", "root"))


def test_en_a_proposed_trigger_takes_the_sentence_actor_place_and_date(nlp_stage) -> None:  # noqa: ANN001
    doc = make_doc(
        "Syrian warplanes pounded the outskirts of Saraqib on Tuesday.",
        actors=[("Syrian warplanes", "Military Forces of Syria")],
        places=[("Saraqib", "Saraqib")],
        dates=[("Tuesday", "2019-08-20")],
        published="2019-08-21",
    )
    ext = extractor(nlp_stage, doc)
    si = ext.sents[0]
    trig = Trigger(sub="Air/drone strike", weight=0.8, label="test")
    made = [c for c in ext.complete_trigger(trig, root_of(ext, si), si) if c.dropped is None]
    assert len(made) == 1
    c = made[0]
    assert c.sub == "Air/drone strike" and c.trig is trig and c.sent == si
    assert c.actor1 is not None and c.actor1.m.canonical == "Military Forces of Syria"
    assert c.place is not None and c.place.ref.m.canonical == "Saraqib"
    assert c.when is not None and c.when.value == "2019-08-20"


def test_fr_a_proposed_trigger_under_a_condition_makes_no_asserted_event(nlp_stage) -> None:  # noqa: ANN001
    doc = make_doc(
        "Si les négociations échouent, l'armée syrienne bombardera Saraqeb.",
        actors=[("l'armée syrienne", "Military Forces of Syria")],
        places=[("Saraqeb", "Saraqib")],
        lang="fr",
        published="2019-08-21",
    )
    ext = extractor(nlp_stage, doc)
    si = ext.sents[0]
    verb = next(i for i in ext.views[si].toks if ext.ix.low(i).startswith("bombardera"))
    trig = Trigger(sub="Shelling/artillery/missile attack", weight=0.8, label="test")
    made = [c for c in ext.complete_trigger(trig, verb, si) if c.dropped is None]
    assert all(c.modality != "asserted" for c in made)
