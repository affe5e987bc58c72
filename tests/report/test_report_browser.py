"""The report driven in headless Chromium: offline load, filters, evidence, hostile input, scale."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from newsift.model import Reject
from newsift.report import write_report

expect = pytest.importorskip("playwright.sync_api", reason="playwright is not installed").expect


def _rows(page: Any) -> int:
    return page.locator("#events-table tbody tr.click").count()


def _count_text(page: Any) -> str:
    return page.locator("#filter-count").inner_text()


def test_loads_offline_without_errors(open_report, sample_report: Path, shots_dir: Path) -> None:
    o = open_report(sample_report)
    page = o.page
    assert o.errors == [], o.errors
    assert o.requests == [], f"the report tried to fetch {o.requests}"
    assert page.locator("[data-kpi=documents] .value").inner_text() == "6"
    assert page.locator("[data-kpi=events] .value").inner_text() == "9"
    assert page.locator("[data-kpi=rejects] .value").inner_text() == "2"
    assert _rows(page) == 9
    assert page.locator("#map path.country").count() > 150
    # Abu Kamal (7 events, the mirror included), Kirkuk, Al-Qaim
    assert page.locator("#map circle.place").count() == 3
    assert page.locator("#map circle.place[data-n='7']").count() == 1
    assert page.locator("#timeline rect.bar").count() >= 4
    page.screenshot(path=str(shots_dir / "sample_overview.png"), full_page=True)
    page.click("#tab-rejects")
    assert "truncated gzip stream" in page.locator("#rejects-table").inner_text()
    page.click("#tab-run")
    assert "nlp" in page.locator("#stages-table").inner_text()


def test_filters_change_map_timeline_and_table(open_report, sample_report: Path) -> None:
    page = open_report(sample_report).page
    circles = page.locator("#map circle.place")
    page.select_option("select[name=lang]", "fr")
    assert _rows(page) == 2
    assert _count_text(page).split() == ["2", "of", "9", "events"]
    assert circles.count() == 1
    assert set(page.locator("#events-table tbody tr.click td:nth-child(7)").all_inner_texts()) == {
        "Le Courrier du Levant"
    }
    page.select_option("select[name=lang]", "")
    page.select_option("select[name=type]", "Protests")
    assert _rows(page) == 2
    assert circles.count() == 2  # Kirkuk and Al-Qaim
    page.select_option("select[name=type]", "")
    page.select_option("select[name=mod]", "asserted")
    assert _rows(page) == 3
    page.select_option("select[name=mod]", "")
    page.fill("input[name=actor]", "islamic state")
    expect(page.locator("#events-table tbody tr.click")).to_have_count(6)  # debounced input
    page.fill("input[name=actor]", "")
    expect(page.locator("#events-table tbody tr.click")).to_have_count(9)
    page.fill("input[name=from]", "2017-11-10")
    page.dispatch_event("input[name=from]", "change")
    assert _rows(page) == 2  # the Kirkuk protest and the planned Al-Qaim march
    bars_after = page.locator("#timeline rect.bar").count()
    assert bars_after == 2
    page.select_option("select[name=outlet]", "Northern Wire")
    page.fill("input[name=to]", "2017-11-12")
    page.dispatch_event("input[name=to]", "change")
    assert _rows(page) == 1
    page.click("#reset")
    assert _rows(page) == 9
    page.check("input[name=nodup]")
    assert _rows(page) == 8


def test_sorting_and_paging(open_report, kit, tmp_path: Path) -> None:
    path = tmp_path / "report.html"
    write_report(kit.synthetic_documents(120), [], {}, path)
    page = open_report(path).page
    assert _rows(page) == 50
    assert page.locator("#events-range").inner_text() == "1–50 of 120"
    page.click("#next-page")
    assert page.locator("#events-range").inner_text() == "51–100 of 120"
    page.click("#events-table th[data-sort=fat]")  # descending first
    first = page.locator("#events-table tbody tr.click td:nth-child(5)").first.inner_text()
    assert first == "20"
    page.click("#events-table th[data-sort=fat]")
    cells = page.locator("#events-table tbody tr.click td:nth-child(5)").all_inner_texts()
    assert cells[0] == ""  # events without a figure sort first ascending


def test_clicking_an_event_highlights_its_evidence(
    open_report, sample_report: Path, shots_dir: Path
) -> None:
    page = open_report(sample_report).page
    quote = "une quarantaine de combattants ont été tués lors des affrontements"
    page.locator("#events-table tbody tr.click", has_text="une quarantaine").click()
    drawer = page.locator("#article")
    assert drawer.is_visible()
    assert page.locator("#article mark#evidence").count() == 1
    assert (
        page.locator("#article-text mark.ev").evaluate_all(
            "ms => ms.map(m => m.textContent).join('')"
        )
        == quote
    )
    # the other mentions of the article are marked too
    assert page.locator("#article-text .mk-place").count() >= 1
    assert page.locator("#article-text .mk-actor").count() >= 2
    assert page.locator("#article-text .mk-date").inner_text() == "jeudi"
    # comments are apart and collapsed, never in the article text
    comments = page.locator("#article details#comments")
    assert comments.count() == 1 and comments.get_attribute("open") is None
    assert "Citoyen75" not in page.locator("#article-text").inner_text()
    assert "Citoyen75" in comments.text_content()
    # the source link is the http(s) URL of the document
    link = page.locator("#article .meta a")
    assert link.get_attribute("href") == "https://courrier-levant.example/albou-kamal-reprise"
    assert link.get_attribute("rel") == "noopener noreferrer nofollow"
    page.screenshot(path=str(shots_dir / "sample_article.png"))
    page.keyboard.press("Escape")
    assert not drawer.is_visible()


def test_keyboard_opens_and_closes_an_article(open_report, sample_report: Path) -> None:
    page = open_report(sample_report).page
    row = page.locator("#events-table tbody tr.click").first
    row.focus()
    page.keyboard.press("Enter")
    assert page.locator("#article").is_visible()
    assert page.evaluate("document.activeElement.id") == "close-article"
    page.keyboard.press("Escape")
    assert not page.locator("#article").is_visible()
    assert page.evaluate("document.activeElement.dataset.ev") == row.get_attribute("data-ev")


def test_clicking_a_place_lists_its_events(open_report, sample_report: Path) -> None:
    page = open_report(sample_report).page
    page.locator("#map circle.place[data-n='7']").dispatch_event("click")  # Al-Qaim overlaps
    items = page.locator("#place-events li")
    assert items.count() == 7
    assert "Abu Kamal" in page.locator(".side h2").first.text_content()
    items.first.click()
    assert page.locator("#article mark#evidence").count() == 1


def test_contested_view_puts_the_reports_side_by_side(
    open_report, sample_report: Path, shots_dir: Path
) -> None:
    page = open_report(sample_report).page
    page.click("#tab-contested")
    clusters = page.locator("#panel-contested .cluster")
    assert clusters.count() == 2
    battle = clusters.filter(has_text="Battles")
    text = battle.inner_text()
    assert "figures differ" in text
    for figure in ("24", "40", "60"):
        assert figure in battle.locator(".kv .differs").all_inner_texts()
    assert "уничтожено более 60 боевиков" in battle.locator("blockquote").all_inner_texts()
    page.screenshot(path=str(shots_dir / "sample_contested.png"), full_page=True)
    page.select_option("select[name=type]", "Protests")
    assert clusters.count() == 0


HOSTILE_TITLE = "<img src=x onerror=\"window.__pwned='title';alert('title')\"> Breaking"
HOSTILE_OUTLET = "<script>window.__pwned='outlet'</script>Evil Wire"


def _hostile_documents(kit) -> list[Any]:
    lines = [
        ("boilerplate", "<a href=\"javascript:window.__pwned='nav'\">Home</a> | <b>Subscribe</b>"),
        ("title", HOSTILE_TITLE),
        ("meta", "By <svg onload=\"window.__pwned='author'\"></svg> staff, 3 March 2018"),
        (
            "body",
            "Shelling hit Raqqa on Saturday </script><script>window.__pwned='text';"
            "alert('text')</script> according to residents.",
        ),
        (
            "body",
            "A second strike <!--<script>window.__pwned='comment-open'</script>--> hit "
            "the same street, and javascript:alert('inline') was painted on a wall.",
        ),
        ("body", "Witnesses said 7 people were killed\u2028in the second strike\u2029."),
        ("comment", "troll: <iframe src=\"javascript:window.__pwned='iframe'\"></iframe>"),
        ("comment", '<style>body{display:none}</style><base href="https://evil.example/">'),
    ]
    doc = kit.build_doc(
        "hostile.txt",
        lines,
        outlet=HOSTILE_OUTLET,
        lang="en",
        published="2018-03-03",
        author="<img src=x onerror=alert('author')>",
        url="javascript:window.__pwned='url'",
        mentions=[("Raqqa", "place", {"canonical": "\"><svg onload=alert('canon')>"})],
        events=[
            {
                "event_date": "2018-03-03",
                "time_precision": 1,
                "event_type": "Explosions/Remote violence",
                "sub_event_type": "<b onmouseover=\"window.__pwned='sub'\">Shelling</b>",
                "actor1": "<script>window.__pwned='actor'</script>",
                "location": "Raqqa",
                "fatalities": 7,
                "modality": "reported",
                "claimant": "<a href='javascript:alert(1)'>residents</a>",
                "evidence": "Shelling hit Raqqa on Saturday </script><script>window.__pwned='text';"
                "alert('text')</script>",
            }
        ],
    )
    doc.meta["title"] = "<script>alert('meta')</script>"
    doc.source = "javascript:window.__pwned='source'"
    return [doc, *kit.sample_documents()[:2]]


def test_hostile_input_never_runs(open_report, kit, tmp_path: Path, shots_dir: Path) -> None:
    path = tmp_path / "report.html"
    rejects = [
        Reject(
            source="<img src=x onerror=alert('rej')>.txt",
            stage="ingest",
            error="</script><script>window.__pwned='reject'</script>",
        )
    ]
    stats = {"stages": {"<img src=x onerror=alert('stage')>": {"documents": 1, "seconds": 0.1}}}
    write_report(_hostile_documents(kit), rejects, stats, path)
    html = path.read_text("utf-8")
    assert html.count("<script") == 3  # two JSON blocks and the report's own script
    o = open_report(path)
    page = o.page

    def nothing_ran() -> None:
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert o.dialogs == []
        assert o.requests == []
        assert page.evaluate("document.querySelectorAll('script').length") == 3
        assert page.evaluate("document.querySelectorAll('iframe, img, base, style').length") == 1
        bad = page.evaluate(
            """() => [...document.querySelectorAll('*')].filter(e =>
                 [...e.attributes].some(a => /^on/i.test(a.name))
                 || (e.getAttribute('href') || '').trim().toLowerCase().startsWith('javascript')
               ).map(e => e.outerHTML.slice(0, 80))"""
        )
        assert bad == []

    nothing_ran()
    assert page.locator("body").is_visible()
    # the hostile strings are shown as text
    page.locator("#events-table tbody tr.click", has_text="Shelling hit Raqqa").click()
    assert page.locator("#article h2").inner_text() == HOSTILE_TITLE
    ev = page.locator("#article-text mark.ev").evaluate_all(
        "ms => ms.map(m => m.textContent).join('')"
    )
    assert "</script><script>window.__pwned='text'" in ev
    assert page.locator("#article .meta a").count() == 0, "javascript: URL became a link"
    page.locator("#article details#comments summary").click()
    page.locator("#article-text").hover()
    page.locator("#article mark#evidence").hover()
    nothing_ran()
    page.keyboard.press("Escape")
    page.click("#tab-documents")
    page.locator("#documents-table tbody tr", has_text="Breaking").click()
    page.click("#close-article")
    page.click("#tab-rejects")
    assert "window.__pwned='reject'" in page.locator("#rejects-table").inner_text()
    page.click("#tab-run")
    page.select_option("select[name=outlet]", HOSTILE_OUTLET)
    assert _rows(page) == 1
    page.locator("#map circle.place").first.click()
    page.locator("#place-events li").first.hover()
    page.screenshot(path=str(shots_dir / "hostile.png"), full_page=True)
    nothing_ran()
    assert o.errors == [], o.errors


def test_ten_thousand_events_stay_usable(open_report, kit, tmp_path: Path, shots_dir: Path) -> None:
    path = tmp_path / "big.html"
    docs = kit.synthetic_documents(10_000)
    t0 = time.perf_counter()
    write_report(docs, [], {}, path)
    build_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    o = open_report(path)
    open_s = time.perf_counter() - t0
    page = o.page
    assert o.errors == [] and o.requests == []
    assert page.locator("#events-range").inner_text() == "1–50 of 10,000"
    assert _rows(page) == 50
    timings: dict[str, float] = {}
    for name, action in (
        ("language", lambda: page.select_option("select[name=lang]", "fr")),
        ("type", lambda: page.select_option("select[name=type]", "Battles")),
        ("sort", lambda: page.click("#events-table th[data-sort=fat]")),
        ("reset", lambda: page.click("#reset")),
    ):
        t0 = time.perf_counter()
        action()
        timings[name] = (time.perf_counter() - t0) * 1000
    shown = page.locator("#filter-count b").inner_text()
    assert shown == "10,000"
    page.select_option("select[name=lang]", "fr")
    n_fr = int(page.locator("#filter-count b").inner_text().replace(",", ""))
    assert 0 < n_fr < 10_000
    page.click("#events-table tbody tr.click >> nth=0")
    assert page.locator("#article mark#evidence").count() == 1
    page.keyboard.press("Escape")
    js = page.evaluate("window.__newsiftTimings")
    page.screenshot(path=str(shots_dir / "ten_thousand.png"))
    print(
        f"\n10k events: report {path.stat().st_size / 1e6:.1f} MB built in {build_s:.2f}s; "
        f"page open+render {open_s * 1000:.0f} ms (script {js['loadMs']:.0f} ms); "
        + "; ".join(f"{k} {v:.0f} ms" for k, v in timings.items())
        + f"; last filter in-page {js['lastFilterMs']:.0f} ms"
    )


def test_empty_run_still_gives_a_working_page(open_report, tmp_path: Path) -> None:
    path = tmp_path / "report.html"
    write_report(
        [], [Reject(source="in/empty.txt", stage="ingest", error="empty file")], None, path
    )
    o = open_report(path)
    assert o.errors == [] and o.requests == []
    page = o.page
    assert page.locator("[data-kpi=documents] .value").inner_text() == "0"
    assert "No events were extracted" in page.locator("#events-table").inner_text()
    assert page.locator("#map path.country").count() > 150
    page.click("#tab-rejects")
    assert "empty file" in page.locator("#rejects-table").inner_text()
