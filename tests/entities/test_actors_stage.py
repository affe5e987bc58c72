"""The actors stage on realistic snippets: one id across languages, case rules, metonymy."""

from __future__ import annotations

import pytest

from newsift.entities.actors import acled_name
from newsift.entities.actors_stage import ActorsStage
from newsift.model import Article, Document, Mention, NerSpan, Segment
from newsift.nlp.stage import NlpStage


@pytest.fixture(scope="module")
def nlp() -> NlpStage:
    st = NlpStage()
    st.setup()
    return st


@pytest.fixture(scope="module")
def actors() -> ActorsStage:
    st = ActorsStage()
    st.setup()
    return st


def make_doc(body: str, lang: str | None, title: str | None = None, **kw: object) -> Document:
    text, segments = "", []
    if title:
        segments.append(Segment(0, len(title), "title", 1, lang))
        text = title + "\n\n"
    segments.append(Segment(len(text), len(text) + len(body), "body", 1, lang))
    text += body
    return Document(
        doc_id="d",
        source="test",
        external_id="t",
        format="txt",
        text=text,
        segments=segments,
        articles=[Article(k=1, lang=lang)],
        **kw,  # type: ignore[arg-type]
    )


def run(
    nlp: NlpStage, actors: ActorsStage, body: str, lang: str | None = "en", **kw: object
) -> Document:
    doc = make_doc(body, lang, **kw)
    nlp.process(doc)
    actors.process(doc)
    for m in doc.mentions:
        assert m.text == doc.text[m.start : m.end]
        assert m.extractor.startswith("actors:")
        assert m.kind in ("actor", "person", "org")
    return doc


def actor_ids(doc: Document) -> list[str | None]:
    return [m.kb_id for m in doc.mentions if m.kind == "actor"]


def find(doc: Document, text: str) -> Mention:
    hits = [m for m in doc.mentions if m.text == text]
    assert hits, (text, [(m.text, m.kb_id) for m in doc.mentions])
    return hits[0]


@pytest.mark.parametrize(
    ("body", "lang", "span"),
    [
        ("ISIS fighters attacked the checkpoint at dawn.", "en", "ISIS fighters"),
        ("The ISIL commander was killed near the border.", "en", "ISIL"),
        ("Daesh claimed the bombing in a statement.", "en", "Daesh"),
        ("Les islamistes de Daech ont revendiqué l'attentat.", "fr", "Daech"),
        ("L’État islamique a perdu sa dernière ville.", "fr", "État islamique"),
        ("Des combattants de l'EI se sont rendus.", "fr", "combattants de l'EI"),
        ("Trois membres de l'EI se sont rendus.", "fr", "EI"),
        ("Боевики ИГИЛ отступили из города.", "ru", "Боевики ИГИЛ"),
        ("Члены ИГИЛ отступили из города.", "ru", "ИГИЛ"),
        ("Исламского государства больше нет в городе.", "ru", "Исламского государства"),
        ("وأعلن تنظيم داعش مسؤوليته عن الهجوم.", "ar", "تنظيم داعش"),
        ("Die Terrormiliz IS hat sich zu dem Anschlag bekannt.", "de", "Terrormiliz IS"),
        ("El Estado Islámico reivindicó el atentado.", "es", "Estado Islámico"),
    ],
)
def test_islamic_state_in_every_language(
    nlp: NlpStage, actors: ActorsStage, body: str, lang: str, span: str
) -> None:
    doc = run(nlp, actors, body, lang)
    m = find(doc, span)
    assert m.kb_id == "is" and m.canonical == "Islamic State" and m.kind == "actor"
    assert m.extractor == "actors:alias" and m.article == 1


@pytest.mark.parametrize(
    ("body", "lang", "span", "kb"),
    [
        ("The SDF said its fighters held the dam.", "en", "SDF", "sy-sdf"),
        ("Les FDS ont repris le barrage.", "fr", "FDS", "sy-sdf"),
        ("СДС заявили о взятии плотины.", "ru", "СДС", "sy-sdf"),
        ("وسيطرت قوات سوريا الديمقراطية على السد.", "ar", "قوات سوريا الديمقراطية", "sy-sdf"),
        ("The SAA entered the town.", "en", "SAA", "sy-military"),
        ("L'AAS est entrée dans la ville.", "fr", "AAS", "sy-military"),
        (
            "L’armée arabe syrienne est entrée dans la ville.",
            "fr",
            "armée arabe syrienne",
            "sy-military",
        ),
        ("L'armée syrienne est entrée dans la ville.", "fr", "armée syrienne", "sy-military"),
        ("Подразделения сирийской армии вошли в город.", "ru", "сирийской армии", "sy-military"),
        ("ودخل الجيش العربي السوري المدينة.", "ar", "الجيش العربي السوري", "sy-military"),
        ("Die syrische Armee rückte in die Stadt ein.", "de", "syrische Armee", "sy-military"),
        ("Tropas del ejército sirio entraron en la ciudad.", "es", "ejército sirio", "sy-military"),
        ("Kata’ib Hezbollah denied any role.", "en", "Kata’ib Hezbollah", "iq-kataib-hezbollah"),
        ("Kata'ib Hezbollah denied any role.", "en", "Kata'ib Hezbollah", "iq-kataib-hezbollah"),
        ("Kataib Hezbollah denied any role.", "en", "Kataib Hezbollah", "iq-kataib-hezbollah"),
        (
            "Hay’at Tahrir ash-Sham fighters shelled the area.",
            "en",
            "Hay’at Tahrir ash-Sham",
            "sy-hts",
        ),
        ("ВКС России нанесли удары.", "ru", "ВКС России", "ru-air-force"),
    ],
)
def test_aliases_resolve_to_one_id(
    nlp: NlpStage, actors: ActorsStage, body: str, lang: str, span: str, kb: str
) -> None:
    doc = run(nlp, actors, body, lang)
    assert find(doc, span).kb_id == kb


def test_elision_is_not_part_of_the_mention(nlp: NlpStage, actors: ActorsStage) -> None:
    doc = run(nlp, actors, "Selon l’armée syrienne et d'après l'OSDH, la ville est tombée.", "fr")
    army = find(doc, "armée syrienne")
    assert doc.text[army.start - 2 : army.start] == "l’"
    assert find(doc, "OSDH").kb_id == "sy-sohr"


def test_is_only_matches_upper_case(nlp: NlpStage, actors: ActorsStage) -> None:
    doc = run(nlp, actors, "It is clear that the town is calm and is now quiet.", "en")
    assert "is" not in actor_ids(doc)
    doc = run(nlp, actors, "IS militants fled the town, which is now calm.", "en")
    assert actor_ids(doc).count("is") == 1
    headline = make_doc("Syrian troops advanced.", "en", title="WHAT IS NEXT FOR THE TOWN")
    nlp.process(headline)
    ActorsStage().process(headline)
    assert "is" not in actor_ids(headline)


def test_capital_as_subject_is_the_government(nlp: NlpStage, actors: ActorsStage) -> None:
    doc = run(
        nlp,
        actors,
        "Moscow said on Monday that the strikes would continue. "
        "Damascus accused Ankara of backing the rebels. "
        "Many families fled to Damascus last year.",
        "en",
    )
    moscow = find(doc, "Moscow")
    assert moscow.kb_id == "ru-government" and moscow.extractor == "actors:metonymy"
    damascus = [m for m in doc.mentions if m.text == "Damascus"]
    assert [m.kb_id for m in damascus] == ["sy-government"], "the place must not be an actor"


def test_coordinated_capitals_share_the_verb(nlp: NlpStage, actors: ActorsStage) -> None:
    doc = run(
        nlp, actors, "Damascus, Baghdad and Tehran coordinate their efforts against the group."
    )
    assert {m.kb_id for m in doc.mentions if m.extractor == "actors:metonymy"} == {
        "sy-government",
        "iq-government",
        "ir-government",
    }


def test_country_with_military_verb_is_the_army(nlp: NlpStage, actors: ActorsStage) -> None:
    doc = run(nlp, actors, "Turkey launched a new offensive against Kurdish fighters on Sunday.")
    assert find(doc, "Turkey").kb_id == "tr-military"
    doc = run(nlp, actors, "Turkey is a member of NATO and borders Syria.")
    assert "tr-military" not in actor_ids(doc) and "tr-government" not in actor_ids(doc)


def test_french_metonymy_and_demonyms(nlp: NlpStage, actors: ActorsStage) -> None:
    doc = run(
        nlp, actors, "Moscou a annoncé la fin des opérations. Les Américains ont démenti.", "fr"
    )
    assert find(doc, "Moscou").kb_id == "ru-government"
    assert find(doc, "Américains").kb_id == "us-government"


def test_agents_seats_and_coordination(nlp: NlpStage, actors: ActorsStage) -> None:
    doc = run(
        nlp,
        actors,
        "In 1991 the United States and the United Kingdom imposed two no-fly zones. "
        "Later the troops from Baghdad retook the districts annexed by Erbil.",
    )
    assert find(doc, "United States").kb_id == "us-government"
    assert find(doc, "United Kingdom").kb_id == "gb-government"
    assert find(doc, "troops").kb_id == "iq-military"
    assert find(doc, "Erbil").kb_id == "krg"
    doc = run(
        nlp, actors, "According to Moscow, the talks failed. According to Syria TV, ten died."
    )
    assert find(doc, "Moscow").kb_id == "ru-government"
    assert "sy-government" not in actor_ids(doc)


def test_metonymy_without_a_parser(nlp: NlpStage, actors: ActorsStage) -> None:
    doc = run(nlp, actors, "Москва заявила, что удары будут продолжены.", "ru")
    assert find(doc, "Москва").kb_id == "ru-government"
    doc = run(nlp, actors, "وقالت موسكو إن الضربات ستستمر.", "ar")
    assert find(doc, "موسكو").kb_id == "ru-government"
    doc = run(nlp, actors, "Жители Москвы вышли на улицы.", "ru")
    assert "ru-government" not in actor_ids(doc)


def test_aircraft_references_are_the_air_force(nlp: NlpStage, actors: ActorsStage) -> None:
    doc = run(
        nlp,
        actors,
        "Russian Tu-22M3 strategic bombers struck depots while Syrian jets hit the airport.",
    )
    bombers = find(doc, "Russian Tu-22M3 strategic bombers")
    assert bombers.kb_id == "ru-air-force" and bombers.canonical == "Russian Aerospace Forces"
    assert find(doc, "Syrian jets").kb_id == "sy-air-force"
    doc = run(
        nlp, actors, "Des avions russes et les aviations turque et syrienne ont frappé.", "fr"
    )
    assert find(doc, "avions russes").kb_id == "ru-air-force"
    assert find(doc, "aviations turque").kb_id == "tr-air-force"
    assert find(doc, "syrienne").kb_id == "sy-air-force"
    doc = run(nlp, actors, "Russian-made tanks were seen near the town.")
    assert "ru-air-force" not in actor_ids(doc)


def test_generic_army_follows_the_article_country(nlp: NlpStage, actors: ActorsStage) -> None:
    doc = run(
        nlp,
        actors,
        "Fighting continued in Syria on Friday. "
        "The army advanced toward Idlib while civilians fled.",
    )
    army = find(doc, "army")
    assert army.kb_id == "sy-military" and army.extractor == "actors:context"
    assert find(doc, "civilians").kb_id == "sy-civilians"
    doc = run(
        nlp,
        actors,
        "L'armée irakienne a repris la ville. Plus tard, l'armée a avancé vers Mossoul.",
        "fr",
    )
    assert [m.kb_id for m in doc.mentions if m.text == "armée"] == ["iq-military"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "L'OSDH, basé à Londres, affirme que l'armée a repris jeudi une colline près de "
            "Palmyre, selon la télévision syrienne.",
            "fr",
        ),
        (
            "The monitor, based in London, said the army retook a hill near Palmyra on "
            "Thursday, Syrian television reported.",
            "en",
        ),
    ],
)
def test_an_organisation_s_seat_is_no_focus(
    nlp: NlpStage, actors: ActorsStage, text: str, lang: str
) -> None:
    # "basé à Londres" names where a monitor sits, not where the army fights
    doc = run(nlp, actors, text, lang)
    army = [m for m in doc.mentions if m.text in ("armée", "army")]
    assert [m.kb_id for m in army] == ["sy-military"], [(m.text, m.kb_id) for m in army]


def test_weak_aliases_need_their_country(nlp: NlpStage, actors: ActorsStage) -> None:
    doc = run(nlp, actors, "In Syria, rebels shelled government positions near Aleppo.")
    assert "sy-opposition" in actor_ids(doc)
    doc = run(nlp, actors, "In Colombia, rebels shelled army positions near the coast.")
    assert "sy-opposition" not in actor_ids(doc)


def test_ambiguous_alias_is_decided_by_context(nlp: NlpStage, actors: ActorsStage) -> None:
    doc = run(
        nlp, actors, "In Yemen, coalition warplanes struck Sanaa overnight, the Houthis said."
    )
    assert find(doc, "coalition warplanes").kb_id == "saudi-led-coalition"
    doc = run(nlp, actors, "In Syria, coalition warplanes struck Raqqa overnight, the SDF said.")
    assert find(doc, "coalition warplanes").kb_id == "cjtf-oir"


def _ner_doc(body: str, spans: list[tuple[str, str]]) -> Document:
    doc = make_doc(body, "en")
    for text, label in spans:
        s = doc.text.index(text)
        doc.ner.append(NerSpan(s, s + len(text), label, "test"))
    return doc


def test_ner_hints_fuzzy_link_and_unlinked(actors: ActorsStage) -> None:
    body = (
        "Qasem Soleymani arrived on Monday. Jane Doerty of the Harmon Relief Foundation said "
        "aid was blocked near Albou Kamal and Idlib."
    )
    doc = _ner_doc(
        body,
        [
            ("Qasem Soleymani", "PERSON"),
            ("Jane Doerty", "PERSON"),
            ("Harmon Relief Foundation", "ORG"),
            ("Albou Kamal", "PERSON"),
            ("Idlib", "ORG"),
        ],
    )
    actors.process(doc)
    soleimani = find(doc, "Qasem Soleymani")
    assert soleimani.kb_id == "ir-qassem-soleimani" and soleimani.extractor == "actors:ner+fuzzy"
    assert 0.5 <= soleimani.confidence < 0.9
    person = find(doc, "Jane Doerty")
    assert person.kind == "person" and person.kb_id is None and person.extractor == "actors:ner"
    assert find(doc, "Harmon Relief Foundation").kind == "org"
    assert not [m for m in doc.mentions if m.text in ("Albou Kamal", "Idlib")]


def test_person_alias_widens_to_the_ner_name(actors: ActorsStage) -> None:
    doc = _ner_doc(
        "Hezbollah leader Hassen Nasrallah said the war was over.", [("Hassen Nasrallah", "PERSON")]
    )
    actors.process(doc)
    m = find(doc, "Hassen Nasrallah")
    assert m.kb_id == "lb-hassan-nasrallah" and m.extractor == "actors:alias"


def test_duplicates_comments_and_idempotence(nlp: NlpStage, actors: ActorsStage) -> None:
    doc = run(nlp, actors, "ISIS attacked.", duplicate_of="other")
    assert doc.mentions == []
    doc = make_doc("The SAA advanced.", "en")
    doc.text += "\n\nHezbollah is great, says a reader."
    doc.segments.append(Segment(len("The SAA advanced.") + 2, len(doc.text), "comment", None, "en"))
    nlp.process(doc)
    actors.process(doc)
    first = [(m.start, m.end, m.kb_id) for m in doc.mentions]
    assert [k for _, _, k in first] == ["sy-military"]
    actors.process(doc)
    assert [(m.start, m.end, m.kb_id) for m in doc.mentions] == first
    assert doc.meta["actors.focus"] == {"1": "SY"}


def test_other_mentions_are_kept(actors: ActorsStage) -> None:
    doc = make_doc("The SAA advanced on Raqqa.", "en")
    place = Mention(start=21, end=26, text="Raqqa", kind="place", extractor="places:gazetteer")
    doc.mentions.append(place)
    actors.process(doc)
    assert place in doc.mentions and not any(
        m.kind == "place" and m is not place for m in doc.mentions
    )


# --- naming/linking errors reported by the events stage ------------------------------------


@pytest.mark.parametrize(
    ("body", "lang", "span"),
    [
        ("Airstrikes by the US-led coalition hit Islamic State positions near Raqqa, Syria.", "en",
         "US-led coalition"),
        ("La coalition menée par les États-Unis a frappé l'EI près de Raqqa, en Syrie.", "fr",
         "coalition menée par les États-Unis"),
        ("La coalition internationale a mené trois frappes contre l'EI en Irak.", "fr",
         "coalition internationale"),
    ],
)  # fmt: skip
def test_us_led_coalition_is_the_global_coalition(
    nlp: NlpStage, actors: ActorsStage, body: str, lang: str, span: str
) -> None:
    m = find(run(nlp, actors, body, lang), span)
    assert m.kb_id == "cjtf-oir"
    assert m.canonical == "Global Coalition Against Daesh"
    assert acled_name("cjtf-oir") == "Global Coalition Against Daesh"


@pytest.mark.parametrize(
    ("body", "lang", "span"),
    [
        ("Houthi officials said the coalition bombed a market in Saada, in northern Yemen.", "en",
         "coalition"),
        ("Au Yémen, les rebelles houthis accusent la coalition d'avoir bombardé un marché.", "fr",
         "coalition"),
        ("Saudi-led coalition jets struck Hodeidah, Yemen; the United States sells arms to "
         "Riyadh and Washington backs the coalition.", "en", "Saudi-led coalition"),
    ],
)  # fmt: skip
def test_coalition_in_yemen_is_the_saudi_led_one(
    nlp: NlpStage, actors: ActorsStage, body: str, lang: str, span: str
) -> None:
    doc = run(nlp, actors, body, lang)
    assert find(doc, span).kb_id == "saudi-led-coalition"
    assert "cjtf-oir" not in actor_ids(doc)


def test_yemen_coalition_with_the_us_named_stays_saudi_led(
    nlp: NlpStage, actors: ActorsStage
) -> None:
    doc = run(
        nlp,
        actors,
        "In Yemen, coalition forces hit Houthi positions near Marib. A US official said "
        "Washington was not involved, while the United States reviews arms sales.",
    )
    assert find(doc, "coalition forces").kb_id == "saudi-led-coalition"


@pytest.mark.parametrize(
    ("body", "lang", "span"),
    [
        ("Des combattants de Fatah al-Cham ont pris un village.", "fr", "Fatah al-Cham"),
        ("Le Front Fatah al-Cham a rompu avec Al-Qaïda.", "fr", "Front Fatah al-Cham"),
        ("Jabhat Fatah al-Sham fighters attacked Idlib.", "en", "Jabhat Fatah al-Sham"),
        ("Fateh al-Sham fighters shelled the town of Jisr al-Shughur.", "en", "Fateh al-Sham"),
    ],
)  # fmt: skip
def test_jabhat_fatah_al_sham_is_not_fatah(
    nlp: NlpStage, actors: ActorsStage, body: str, lang: str, span: str
) -> None:
    doc = run(nlp, actors, body, lang)
    assert find(doc, span).kb_id == "sy-nusra-front"
    assert "ps-fatah" not in actor_ids(doc)


@pytest.mark.parametrize(
    ("body", "lang", "span"),
    [
        ("Des avions russes ont bombardé Alep, en Syrie, tandis que les forces du régime "
         "avançaient dans l'est de la ville.", "fr", "forces du régime"),
        ("Russian jets pounded the town as regime forces advanced in Idlib province, Syria.", "en",
         "regime forces"),
    ],
)  # fmt: skip
def test_regime_forces_are_the_local_regime(
    nlp: NlpStage, actors: ActorsStage, body: str, lang: str, span: str
) -> None:
    assert find(run(nlp, actors, body, lang), span).kb_id == "sy-military"


def test_russian_troops_then_the_troops_still_russian(nlp: NlpStage, actors: ActorsStage) -> None:
    doc = run(nlp, actors, "In Syria, Russian troops arrived in Manbij; the troops set up a base.")
    assert find(doc, "troops").kb_id == "ru-military"


def test_seventh_brigade_of_tarhuna(nlp: NlpStage, actors: ActorsStage) -> None:
    doc = run(
        nlp,
        actors,
        "In Libya, the Seventh Brigade, known as Kaniyat, clashed with GNA forces near Tarhuna.",
    )
    assert find(doc, "Seventh Brigade").kb_id == "ly-kaniyat"
    assert find(doc, "Kaniyat").kb_id == "ly-kaniyat"
    doc = run(nlp, actors, "In Ukraine, the Seventh Brigade held the line near Avdiivka.")
    assert "ly-kaniyat" not in actor_ids(doc)


def test_philippine_forces(nlp: NlpStage, actors: ActorsStage) -> None:
    doc = run(
        nlp,
        actors,
        "Philippine troops killed five militants in Marawi. Government forces said the "
        "fighting with Abu Sayyaf continued.",
    )
    assert find(doc, "Philippine troops").kb_id == "ph-military"
    assert find(doc, "Government forces").kb_id == "ph-military"
    assert acled_name("ph-military") == "Military Forces of the Philippines"
    doc = run(nlp, actors, "Government forces pounded rebel camps on Jolo, in the Philippines.")
    assert find(doc, "Government forces").kb_id == "ph-military"


@pytest.mark.parametrize(
    ("body", "lang", "span"),
    [
        ("En Syrie, vingt civils ont été tués, a indiqué l'organisation basée à Londres.", "fr",
         "organisation basée à Londres"),
        ("At least 20 people were killed in Syria, the London-based monitor said.", "en",
         "London-based monitor"),
    ],
)  # fmt: skip
def test_london_based_monitor_is_the_observatory(
    nlp: NlpStage, actors: ActorsStage, body: str, lang: str, span: str
) -> None:
    doc = run(nlp, actors, body, lang)
    assert find(doc, span).kb_id == "sy-sohr"
    assert "gb-military" not in actor_ids(doc)


def test_british_services_are_intelligence_not_the_army(nlp: NlpStage, actors: ActorsStage) -> None:
    doc = run(
        nlp, actors, "Selon les services britanniques, l'attentat a été déjoué à Londres.", "fr"
    )
    assert "gb-military" not in actor_ids(doc)
    doc = run(nlp, actors, "Les services de renseignement britanniques ont averti Londres.", "fr")
    assert find(doc, "services de renseignement britanniques").kb_id == "gb-mi6"
