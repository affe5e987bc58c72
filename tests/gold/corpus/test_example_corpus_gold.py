"""The example corpus and its gold stay consistent and keep the shape the project relies on."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[3]
CORPUS = ROOT / "examples" / "corpus"
GOLD = Path(__file__).resolve().parent


def _checker() -> ModuleType:
    """Load examples/tools/check_gold.py (not a package) by path."""
    spec = importlib.util.spec_from_file_location(
        "check_gold", ROOT / "examples" / "tools" / "check_gold.py"
    )
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("txt", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.stem)
def test_gold_matches_document(txt: Path) -> None:
    assert _checker().check_doc(txt, GOLD) == []


def test_checker_catches_broken_gold(tmp_path: Path) -> None:
    """A wrong evidence quote and a mislabelled blank line must be reported."""
    src = CORPUS / "orient_veille_abou_kamal_fr.txt"
    (tmp_path / src.name).write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    gold = json.loads((GOLD / "orient_veille_abou_kamal_fr.json").read_text(encoding="utf-8"))
    gold["articles"][0]["events"][0]["evidence"] += " (paraphrase)"
    (tmp_path / "orient_veille_abou_kamal_fr.json").write_text(json.dumps(gold), encoding="utf-8")
    rows = (GOLD / "orient_veille_abou_kamal_fr.lines.tsv").read_text(encoding="utf-8")
    rows = rows.replace("3\tempty", "3\tboiler")
    (tmp_path / "orient_veille_abou_kamal_fr.lines.tsv").write_text(rows, encoding="utf-8")
    problems = _checker().check_doc(tmp_path / src.name, tmp_path)
    assert any("evidence not in document" in p for p in problems)
    assert any("line 3 empty/non-empty mismatch" in p for p in problems)


def test_every_text_dump_has_gold() -> None:
    stems = {p.stem for p in CORPUS.glob("*.txt")}
    assert len(stems) >= 8
    assert stems == {p.name.removesuffix(".lines.tsv") for p in GOLD.glob("*.lines.tsv")}
    assert stems == {p.stem for p in GOLD.glob("*.json")}


def test_one_dump_holds_two_articles() -> None:
    counts = [
        len(json.loads(p.read_text(encoding="utf-8"))["articles"]) for p in GOLD.glob("*.json")
    ]
    assert max(counts) == 2


def test_html_pages_have_comment_sections() -> None:
    pages = sorted(CORPUS.glob("*.html"))
    assert len(pages) == 3
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert 'class="comments"' in html
        assert len(re.findall(r'class="comment[ "]', html)) >= 3
        assert "<time datetime=" in html and "<script" in html


def test_warc_holds_two_html_pages_and_one_other_response() -> None:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    types: list[str] = []
    with (CORPUS / "crawl-2017-11.warc.gz").open("rb") as fh:
        for rec in ArchiveIterator(fh, record_types=WarcRecordType.response):
            rec.parse_http()
            types.append(rec.http_headers.get("Content-Type", ""))
    assert sum(t.startswith("text/html") for t in types) == 2
    assert sum(not t.startswith("text/html") for t in types) == 1


def test_wire_rows_have_the_row_fields() -> None:
    lines = (CORPUS / "wire.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    assert len(rows) >= 6
    assert len({r["id"] for r in rows}) == len(rows)
    for row in rows:
        assert set(row) == {"id", "title", "text", "published", "url", "outlet", "lang"}
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", row["published"])
