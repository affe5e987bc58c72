"""HTML pages: main text, reader comments with their span, metadata, broken markup.

The clean stage labels comments from meta["comment_spans"], so the spans must point exactly
at the comment text; a page trafilatura cannot parse must still give its visible text.
"""

from __future__ import annotations

from pathlib import Path

from newsift.ingest import read_inputs
from newsift.model import Document, Reject, content_id

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Shelling hits Deir ez-Zor market | Levant Daily</title>
<meta property="og:site_name" content="Levant Daily">
<meta name="author" content="Sami Haddad">
<meta property="article:published_time" content="2017-11-08T10:00:00Z">
<link rel="canonical" href="https://levant.example/news/deir-market">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Shelling hits Deir ez-Zor market</h1>
<p>Artillery shells struck a crowded market in Deir ez-Zor on Tuesday, killing at least
twelve civilians, local medics said.</p>
<p>The Syrian Observatory for Human Rights blamed government forces for the attack, which
came a day after clashes near the airport.</p>
<p>No group has claimed responsibility. Residents said the market had reopened only a week
earlier after months of closure.</p>
</article>
<section id="comments" class="comments"><h3>Comments</h3>
<div class="comment"><p class="comment-author">reader1</p>
<p>This is terrible news, my family lives near there and we could not reach them.</p></div>
<div class="comment"><p class="comment-author">reader2</p>
<p>Who is supplying these shells? Nobody asks the real questions about it.</p></div>
</section>
<footer>Copyright 2017 Levant Daily. All rights reserved.</footer>
<script>var tracker = "do not keep me";</script>
</body></html>
"""


def read(path: Path) -> Document | Reject:
    items = list(read_inputs([str(path)]))
    assert len(items) == 1, items
    return items[0]


def test_html_main_text_comments_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    doc = read(path)
    assert isinstance(doc, Document)
    assert doc.format == "html" and doc.external_id == "page.html"
    assert doc.doc_id == content_id(PAGE.encode())
    assert "Artillery shells struck a crowded market" in doc.text
    assert "Home" not in doc.text and "tracker" not in doc.text
    assert doc.meta["title"] == "Shelling hits Deir ez-Zor market"
    assert doc.meta["author"] == "Sami Haddad"
    assert doc.meta["published"] == "2017-11-08"
    assert doc.meta["sitename"] == "Levant Daily"
    assert doc.meta["url"] == "https://levant.example/news/deir-market"
    assert doc.meta["encoding"] == "utf-8"
    ((start, end),) = doc.meta["comment_spans"]
    comments = doc.text[start:end]
    assert "my family lives near there" in comments and "real questions" in comments
    assert "Artillery" not in comments
    assert end == len(doc.text) and doc.text[start - 2 : start] == "\n\n"
    assert "my family" not in doc.text[:start]  # comments only inside the span


def test_html_without_comments_has_no_span(tmp_path: Path) -> None:
    path = tmp_path / "plain.htm"
    start = PAGE.index('<section id="comments"')
    path.write_text(PAGE[:start] + PAGE[PAGE.index("</section>") + 10 :])
    doc = read(path)
    assert isinstance(doc, Document)
    assert doc.meta["comment_spans"] == []
    assert "reader1" not in doc.text


def test_broken_html_does_not_crash(tmp_path: Path) -> None:
    path = tmp_path / "broken.html"
    path.write_text(
        "<html><head><title>Raqqa</head><body><div><p>Fighters withdrew from Raqqa"
        " on <b>Sunday <i>after a deal</b></p><p>brokered by tribal elders</div></span>"
        "<table><tr><td>unclosed cell <<>> & stray ampersand"
    )
    doc = read(path)
    assert isinstance(doc, Document)
    assert "Fighters withdrew from Raqqa" in doc.text
    assert "<b>" not in doc.text


def test_fallback_when_trafilatura_finds_nothing(tmp_path: Path) -> None:
    path = tmp_path / "tiny.html"
    path.write_text("<html><body><span>Idlib</span><span>ceasefire</span></body></html>")
    doc = read(path)
    assert isinstance(doc, Document)
    assert "Idlib" in doc.text and "ceasefire" in doc.text


def test_html_without_text_rejected(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><head><script>var a = 1;</script></head><body>  </body></html>")
    rej = read(path)
    assert isinstance(rej, Reject)
    assert rej.error == "HTML without any visible text"


def test_html_declared_legacy_charset(tmp_path: Path) -> None:
    path = tmp_path / "legacy.html"
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
        "</head><body><p>L’armée syrienne a repris la ville d’Alep après des mois de siège,"
        " selon l’agence officielle.</p></body></html>"
    )
    path.write_bytes(html.encode("cp1252"))
    doc = read(path)
    assert isinstance(doc, Document)
    assert "L’armée syrienne a repris la ville d’Alep après" in doc.text
    assert doc.meta["encoding"] == "cp1252"
