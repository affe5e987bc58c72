"""Fixtures for the report tests: hand-written documents and a headless Chromium.

Documents are built the way the pipeline leaves them: text made of labelled lines (segments
that tile the text), articles, mentions found in the text, and events whose evidence span is
an exact quote of the text. The browser is Debian's chromium driven by Playwright; the tests
skip with the reason when it is not installed.
"""

from __future__ import annotations

import hashlib
import os
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsift.model import Article, Document, Event, Mention, Reject, Segment

CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

# name -> (lat, lon, country, geonameid)
PLACES: dict[str, tuple[float, float, str, int]] = {
    "Abu Kamal": (34.4506, 40.9171, "SY", 171451),
    "Albou Kamal": (34.4506, 40.9171, "SY", 171451),
    "Deir ez-Zor": (35.3359, 40.1408, "SY", 170794),
    "Mayadin": (35.0200, 40.4500, "SY", 167046),
    "Raqqa": (35.9528, 39.0079, "SY", 172955),
    "Kirkuk": (35.4681, 44.3922, "IQ", 94787),
    "Al-Qaim": (34.3686, 41.0944, "IQ", 99450),
    "Atarib": (36.1389, 36.8300, "SY", 174186),
}


def build_doc(
    name: str,
    lines: list[tuple[str, str]],
    *,
    outlet: str,
    lang: str,
    published: str,
    author: str | None = None,
    url: str | None = None,
    mentions: list[tuple[str, str, dict[str, Any]]] = (),  # type: ignore[assignment]
    events: list[dict[str, Any]] = (),  # type: ignore[assignment]
    duplicate_of: str | None = None,
) -> Document:
    """A document from labelled lines (kind is title/body/meta/comment/boilerplate).

    Mentions are (surface text, kind, extra fields) located at their first occurrence in the
    article; each event names its evidence quote, which must occur verbatim in the text.
    """
    text = ""
    segments: list[Segment] = []
    for kind, line in lines:
        start = len(text)
        text += line + "\n"
        art = 1 if kind in ("title", "body", "meta") else None
        segments.append(Segment(start, len(text), kind, art, lang if art else None))
    doc_id = hashlib.sha256(text.encode()).hexdigest()[:16]
    title = next(line for kind, line in lines if kind == "title")
    doc = Document(
        doc_id=doc_id,
        source=url or f"corpus/{name}",
        external_id=name,
        format="txt",
        text=text,
        meta={"url": url} if url else {},
        segments=segments,
        articles=[
            Article(
                k=1,
                title=title,
                lang=lang,
                published=published,
                published_precision="day",
                author=author,
                outlet=outlet,
            )
        ],
        duplicate_of=duplicate_of,
    )
    body_end = max(s.end for s in segments if s.kind in ("title", "body"))
    for surface, kind, extra in mentions:
        at = text.find(surface)
        assert 0 <= at < body_end, f"mention {surface!r} not in the article of {name}"
        doc.mentions.append(
            Mention(at, at + len(surface), surface, kind, extractor="test", article=1, **extra)
        )
    for n, spec in enumerate(events):
        spec = dict(spec)
        quote = spec.pop("evidence")
        at = text.find(quote)
        assert at >= 0, f"evidence {quote!r} not in {name}"
        place = PLACES.get(spec.get("location", ""))
        ev = Event(
            event_id=f"{doc_id}-{n}",
            doc_id=doc_id,
            article=1,
            lang=lang,
            evidence_start=at,
            evidence_end=at + len(quote),
            evidence_text=quote,
            extractor="test",
            confidence=spec.pop("confidence", 0.8),
            source=outlet,
            **spec,
        )
        if place:
            ev.latitude, ev.longitude, ev.country, ev.geonameid = place
        ev.year = int(ev.event_date[:4]) if ev.event_date else None
        doc.events.append(ev)
    return doc


def _place(name: str) -> dict[str, Any]:
    lat, lon, cc, gid = PLACES[name]
    return {"lat": lat, "lon": lon, "country": cc, "geonameid": gid, "canonical": name}


def sample_documents() -> list[Document]:
    """Five outlets telling the Abu Kamal story differently, plus Kirkuk and a protest."""
    d1 = build_doc(
        "levant_observer_abukamal_en.txt",
        [
            ("boilerplate", "LEVANT OBSERVER | Home | World | Middle East | Subscribe"),
            ("boilerplate", "Share on Facebook  Share on X  Email this story"),
            ("title", "Government forces retake Abu Kamal after three-day assault"),
            ("meta", "By Hana Sleiman | 9 November 2017, 18:40"),
            (
                "body",
                "Syrian government troops backed by allied militias entered Abu Kamal on "
                "Wednesday, a military source said, ending a three-day assault on the last town "
                "held by Islamic State fighters near the Iraqi border.",
            ),
            (
                "body",
                "At least 24 fighters were killed in the clashes around the grain silos on the "
                "western edge of the town, according to the Syrian Observatory for Human Rights.",
            ),
            (
                "body",
                "Residents who fled toward Mayadin described heavy air strikes on Tuesday night. "
                "The army denied targeting the old market.",
            ),
            ("boilerplate", "Support independent reporting: donate via PayPal or BTC 1F4x...9Qz"),
            ("comment", "desert_fox 2h ago: They said the same thing last month about Mayadin."),
            ("comment", "  > reply from Omar_K: this time the pictures are from inside the town"),
        ],
        outlet="Levant Observer",
        lang="en",
        published="2017-11-09",
        author="Hana Sleiman",
        url="https://levant-observer.example/2017/11/abu-kamal-retaken",
        mentions=[
            ("Syrian government troops", "actor", {"canonical": "Military Forces of Syria"}),
            ("Abu Kamal", "place", _place("Abu Kamal")),
            ("Wednesday", "date", {"value": "2017-11-08", "precision": "day"}),
            ("Islamic State", "actor", {"canonical": "Islamic State"}),
            ("24", "number", {"value": 24}),
            ("Syrian Observatory for Human Rights", "org", {}),
            ("Mayadin", "place", _place("Mayadin")),
        ],
        events=[
            {
                "event_date": "2017-11-08",
                "time_precision": 1,
                "event_type": "Strategic developments",
                "sub_event_type": "Government regains territory",
                "actor1": "Military Forces of Syria",
                "actor2": "Islamic State",
                "location": "Abu Kamal",
                "modality": "reported",
                "claimant": "a military source",
                "evidence": "Syrian government troops backed by allied militias entered Abu "
                "Kamal on Wednesday",
            },
            {
                "event_date": "2017-11-08",
                "time_precision": 1,
                "event_type": "Battles",
                "sub_event_type": "Armed clash",
                "actor1": "Military Forces of Syria",
                "actor2": "Islamic State",
                "location": "Abu Kamal",
                "fatalities": 24,
                "modality": "reported",
                "claimant": "Syrian Observatory for Human Rights",
                "evidence": "At least 24 fighters were killed in the clashes around the grain "
                "silos",
            },
        ],
    )
    d2 = build_doc(
        "courrier_levant_albou_kamal_fr.txt",
        [
            ("boilerplate", "Le Courrier du Levant — Accueil › International › Proche-Orient"),
            ("title", "Albou Kamal : l'armée syrienne annonce la reprise de la ville"),
            ("meta", "Publié le 10 novembre 2017 à 08h12 — par Julien Mercier"),
            (
                "body",
                "L'armée syrienne a annoncé jeudi avoir repris le contrôle d'Albou Kamal, "
                "dernier bastion du groupe État islamique dans la vallée de l'Euphrate.",
            ),
            (
                "body",
                "Selon une ONG basée à Londres, une quarantaine de combattants ont été tués lors "
                "des affrontements, un bilan que Damas n'a pas confirmé.",
            ),
            ("boilerplate", "Abonnez-vous à notre lettre d'information — 1 € le premier mois"),
            ("comment", "Réaction de Citoyen75 : encore une victoire annoncée trop vite ?"),
        ],
        outlet="Le Courrier du Levant",
        lang="fr",
        published="2017-11-10",
        author="Julien Mercier",
        url="https://courrier-levant.example/albou-kamal-reprise",
        mentions=[
            ("L'armée syrienne", "actor", {"canonical": "Military Forces of Syria"}),
            ("jeudi", "date", {"value": "2017-11-09", "precision": "day"}),
            ("Albou Kamal", "place", _place("Albou Kamal")),
            ("État islamique", "actor", {"canonical": "Islamic State"}),
            ("une quarantaine", "number", {"value": 40}),
        ],
        events=[
            {
                "event_date": "2017-11-09",
                "time_precision": 1,
                "event_type": "Battles",
                "sub_event_type": "Armed clash",
                "actor1": "Military Forces of Syria",
                "actor2": "Islamic State",
                "location": "Albou Kamal",
                "fatalities": 40,
                "modality": "reported",
                "claimant": "une ONG basée à Londres",
                "evidence": "une quarantaine de combattants ont été tués lors des affrontements",
            },
            {
                "event_date": "2017-11-09",
                "time_precision": 1,
                "event_type": "Strategic developments",
                "sub_event_type": "Government regains territory",
                "actor1": "Military Forces of Syria",
                "actor2": "Islamic State",
                "location": "Albou Kamal",
                "modality": "asserted",
                "evidence": "L'armée syrienne a annoncé jeudi avoir repris le contrôle d'Albou "
                "Kamal",
            },
        ],
    )
    d3 = build_doc(
        "vestnik_abu_kemal_ru.txt",
        [
            ("title", "Сирийская армия освободила Абу-Кемаль"),
            ("meta", "10.11.2017, 11:05 — Вестник Леванта"),
            (
                "body",
                "Правительственные войска Сирии полностью освободили город Абу-Кемаль, "
                "сообщил источник в командовании. По его словам, уничтожено более 60 боевиков.",
            ),
            ("comment", "Иван_П: Наконец-то хорошие новости."),
        ],
        outlet="Вестник Леванта",
        lang="ru",
        published="2017-11-10",
        mentions=[
            ("Правительственные войска Сирии", "actor", {"canonical": "Military Forces of Syria"}),
            ("Абу-Кемаль", "place", _place("Abu Kamal")),
            ("60", "number", {"value": 60}),
        ],
        events=[
            {
                "event_date": "2017-11-09",
                "time_precision": 1,
                "event_type": "Battles",
                "sub_event_type": "Armed clash",
                "actor1": "Military Forces of Syria",
                "actor2": "Islamic State",
                "location": "Abu Kamal",
                "fatalities": 60,
                "modality": "asserted",
                "evidence": "уничтожено более 60 боевиков",
            }
        ],
    )
    d4 = build_doc(
        "furat_albukamal_ar.txt",
        [
            ("title", "قوات النظام تدخل البوكمال وسط قصف عنيف"),
            ("meta", "٩ تشرين الثاني ٢٠١٧ — فرات نيوز"),
            (
                "body",
                "دخلت قوات النظام السوري مدينة البوكمال يوم الأربعاء بعد قصف جوي عنيف، "
                "وقال ناشطون إن ١٥ مدنياً قتلوا في الغارات على الأحياء الشرقية.",
            ),
            ("comment", "أبو محمد: الله يحمي أهلنا في البوكمال"),
        ],
        outlet="Furat News",
        lang="ar",
        published="2017-11-09",
        mentions=[
            ("قوات النظام السوري", "actor", {"canonical": "Military Forces of Syria"}),
            ("البوكمال", "place", _place("Abu Kamal")),
        ],
        events=[
            {
                "event_date": "2017-11-08",
                "time_precision": 1,
                "event_type": "Explosions/Remote violence",
                "sub_event_type": "Air/drone strike",
                "actor1": "Military Forces of Syria",
                "location": "Abu Kamal",
                "fatalities": 15,
                "modality": "reported",
                "claimant": "ناشطون",
                "evidence": "وقال ناشطون إن ١٥ مدنياً قتلوا في الغارات",
            }
        ],
    )
    d5 = build_doc(
        "northern_wire_kirkuk_en.txt",
        [
            ("title", "Protesters gather in Kirkuk over salary delays"),
            ("meta", "Northern Wire, 12 November 2017"),
            (
                "body",
                "Several hundred public employees protested outside the governorate building in "
                "Kirkuk on Sunday, demanding three months of unpaid salaries. The rally ended "
                "peacefully, police said.",
            ),
            (
                "body",
                "Organisers said a second march is planned for next week in Al-Qaim if the "
                "payments do not arrive.",
            ),
        ],
        outlet="Northern Wire",
        lang="en",
        published="2017-11-12",
        mentions=[
            ("Kirkuk", "place", _place("Kirkuk")),
            ("Sunday", "date", {"value": "2017-11-12", "precision": "day"}),
            ("Al-Qaim", "place", _place("Al-Qaim")),
        ],
        events=[
            {
                "event_date": "2017-11-12",
                "time_precision": 1,
                "event_type": "Protests",
                "sub_event_type": "Peaceful protest",
                "actor1": "Protesters (Iraq)",
                "location": "Kirkuk",
                "modality": "asserted",
                "evidence": "Several hundred public employees protested outside the governorate "
                "building in Kirkuk on Sunday",
            },
            {
                "event_date": "2017-11-19",
                "time_precision": 2,
                "event_type": "Protests",
                "sub_event_type": "Peaceful protest",
                "actor1": "Protesters (Iraq)",
                "location": "Al-Qaim",
                "modality": "planned",
                "evidence": "a second march is planned for next week in Al-Qaim",
            },
        ],
    )
    d6 = build_doc(
        "levant_observer_abukamal_copy_en.txt",
        [(k, t) for k, t in [(s.kind, d1.text[s.start : s.end - 1]) for s in d1.segments]]
        + [("comment", "reposted_by_bot: via Levant Observer")],
        outlet="Levant Observer (mirror)",
        lang="en",
        published="2017-11-09",
        duplicate_of=d1.doc_id,
        events=[
            {
                "event_date": "2017-11-08",
                "time_precision": 1,
                "event_type": "Battles",
                "sub_event_type": "Armed clash",
                "actor1": "Military Forces of Syria",
                "actor2": "Islamic State",
                "location": "Abu Kamal",
                "fatalities": 24,
                "modality": "reported",
                "evidence": "At least 24 fighters were killed",
            }
        ],
    )
    return [d1, d2, d3, d4, d5, d6]


def sample_rejects() -> list[Reject]:
    return [
        Reject(source="corpus/broken.warc.gz", stage="ingest", error="truncated gzip stream"),
        Reject(source="corpus/photo.txt", stage="ingest", error="binary content (PNG header)"),
    ]


SAMPLE_STATS: dict[str, Any] = {
    "stages": {
        "clean": {"documents": 6, "errors": 0, "seconds": 0.21},
        "dedup": {"documents": 6, "errors": 0, "seconds": 0.02},
        "nlp": {"documents": 6, "errors": 0, "seconds": 1.35},
        "events": {"documents": 6, "errors": 0, "seconds": 0.11},
    },
    "documents_seen": 8,
    "rejected": 2,
    "seconds": 3.4,
}


_EN_OPENERS = [
    "Fighting resumed near {loc} on {day}, residents said,",
    "Local sources in {loc} reported renewed shelling on {day}",
    "A convoy was hit on the road outside {loc} on {day}",
    "Security forces clashed with gunmen in {loc} on {day}",
]
_TYPES = [
    ("Battles", "Armed clash"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Explosions/Remote violence", "Air/drone strike"),
    ("Violence against civilians", "Attack"),
    ("Protests", "Peaceful protest"),
    ("Riots", "Violent demonstration"),
    ("Strategic developments", "Looting/property destruction"),
]
_ACTORS = [
    "Military Forces of Syria",
    "Islamic State",
    "Syrian Democratic Forces",
    "Hayat Tahrir al-Sham",
    "Police Forces of Iraq",
    "Civilians (Syria)",
    "Protesters (Iraq)",
]
_OUTLETS = [
    ("Levant Observer", "en"),
    ("Euphrates Monitor", "en"),
    ("Le Courrier du Levant", "fr"),
    ("Orient Veille", "fr"),
    ("Вестник Леванта", "ru"),
    ("Furat News", "ar"),
]


def synthetic_documents(n_events: int, per_doc: int = 5, seed: int = 7) -> list[Document]:
    """``n_events`` events spread over documents of ``per_doc`` short reports each."""
    rng = random.Random(seed)
    names = list(PLACES)
    docs = []
    made = 0
    d = 0
    while made < n_events:
        outlet, lang = _OUTLETS[d % len(_OUTLETS)]
        k = min(per_doc, n_events - made)
        lines: list[tuple[str, str]] = [("title", f"Daily situation report no. {d + 1}")]
        specs = []
        for _ in range(k):
            loc = rng.choice(names)
            day = f"2017-{rng.randint(9, 12):02d}-{rng.randint(1, 28):02d}"
            et, sub = rng.choice(_TYPES)
            a1, a2 = rng.sample(_ACTORS, 2)
            fat = rng.choice([None, 0, 1, 2, 3, 5, 8, 12, 20])
            sentence = rng.choice(_EN_OPENERS).format(loc=loc, day=day) + (
                f" and {fat} people were killed." if fat is not None else "."
            )
            lines.append(("body", sentence))
            specs.append(
                {
                    "event_date": day,
                    "time_precision": 1,
                    "event_type": et,
                    "sub_event_type": sub,
                    "actor1": a1,
                    "actor2": a2,
                    "location": loc,
                    "fatalities": fat,
                    "modality": rng.choice(["asserted", "reported", "reported", "denied"]),
                    "evidence": sentence,
                    "confidence": round(rng.uniform(0.4, 0.95), 2),
                }
            )
        lines.append(("comment", f"reader{d}: thanks for the update"))
        docs.append(
            build_doc(
                f"sitrep_{d:05d}.txt",
                lines,
                outlet=outlet,
                lang=lang,
                published="2017-12-01",
                events=specs,
            )
        )
        made += k
        d += 1
    return docs


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip(
            "Debian's chromium is not installed (/usr/bin/chromium); apt-get install chromium"
        )
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        try:
            yield b
        finally:
            b.close()


class Opened:
    """A page with the report loaded; records console errors, dialogs and non-file requests."""

    def __init__(self, browser: Any, path: Path, width: int = 1440, height: int = 1000) -> None:
        self.context = browser.new_context(viewport={"width": width, "height": height})
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))

        def on_dialog(d: Any) -> None:
            self.dialogs.append(d.message)
            d.dismiss()

        self.page.on("dialog", on_dialog)

        def route(r: Any) -> None:
            if r.request.url.startswith("file://"):
                r.continue_()
            else:
                self.requests.append(r.request.url)
                r.abort()

        self.context.route("**/*", route)
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_selector("body[data-ready='1']", timeout=60_000)

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def open_report(browser: Any) -> Iterator[Any]:
    opened: list[Opened] = []

    def _open(path: Path, **kw: Any) -> Opened:
        o = Opened(browser, path, **kw)
        opened.append(o)
        return o

    yield _open
    for o in opened:
        o.close()


@pytest.fixture
def shots_dir() -> Path:
    d = Path(os.environ.get("NEWSIFT_SHOTS", "/tmp/newsift-report-shots"))
    d.mkdir(parents=True, exist_ok=True)
    return d


class Kit:
    """The builders above, handed to tests through the ``kit`` fixture."""

    build_doc = staticmethod(build_doc)
    sample_documents = staticmethod(sample_documents)
    sample_rejects = staticmethod(sample_rejects)
    synthetic_documents = staticmethod(synthetic_documents)
    stats = SAMPLE_STATS
    places = PLACES


@pytest.fixture(scope="session")
def kit() -> type[Kit]:
    return Kit


@pytest.fixture(scope="session")
def sample_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from newsift.report import write_report

    path = tmp_path_factory.mktemp("report") / "report.html"
    write_report(sample_documents(), sample_rejects(), SAMPLE_STATS, path)
    return path
