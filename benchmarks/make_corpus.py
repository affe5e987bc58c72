"""Generate a benchmark corpus: N plain-text news dumps of real article length.

    python benchmarks/make_corpus.py N OUTDIR [--seed S]

Each file is what a scraper leaves behind: site chrome, a headline, a byline with the date,
1,500-6,000 characters in total of article text about plausible conflict events (actors,
places, dates, casualty figures, sources), a donation appeal with payment addresses, related
links, and a reader comment thread with replies. Languages are mixed like the target feeds:
mostly English and French, some Russian and Arabic. About 3% of the documents are republished
copies of an earlier one under another outlet's chrome, so deduplication has work to do.

Every sentence comes from the templates in corpus_templates.toml, written for this
benchmark; output is random but fully determined by the seed. Files are named
``NNNNN_<outlet>_<lang>.txt`` so the benchmark's floor can group texts by language without
detecting it.
"""

from __future__ import annotations

import argparse
import random
import re
import tomllib
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

LANG_WEIGHTS = {"en": 0.45, "fr": 0.40, "ru": 0.08, "ar": 0.07}
DUPLICATE_SHARE = 0.03
MIN_CHARS, MAX_CHARS = 1500, 6000

TEMPLATES = Path(__file__).with_name("corpus_templates.toml")
_T = tomllib.loads(TEMPLATES.read_text("utf-8"))
PLACES: list[list[str]] = _T["places"]  # [en, fr, ru, ar]
ACTORS: list[list[str]] = _T["actors"]
FR_PLURAL: list[bool] = _T["actors_fr_plural"]
SOURCES: dict[str, list[str]] = _T["sources"]
SENTENCES: dict[str, list[str]] = _T["sentences"]
HEADLINES: dict[str, list[str]] = _T["headlines"]
OUTLETS: dict[str, list[str]] = _T["outlets"]
MONTHS: dict[str, list[str]] = _T["months"]
WEEKDAYS: dict[str, list[str]] = _T["weekdays"]
YESTERDAY: dict[str, str] = _T["yesterday"]
CHROME: dict[str, dict] = _T["chrome"]
USERNAMES: list[str] = _T["usernames"]
assert len(FR_PLURAL) == len(ACTORS)

_AGREE = re.compile(r"\[(b:)?([^|\]]*)\|([^\]]*)\]")
_FR_FIXES = [
    (re.compile(r"\b([dD])e le "), r"\1u "),
    (re.compile(r"\b([dD])e les "), r"\1es "),
    (re.compile(r"\b([dD])e des "), r"\1e "),
    (re.compile(r"\b([àÀ]) le "), "au "),
    (re.compile(r"\b([àÀ]) les "), "aux "),
    (re.compile(r"\b([dD])e ([AEIOUÉ])"), r"\1'\2"),
    (re.compile(r"\bque ([AEIOUÉ])"), r"qu'\1"),
]


@dataclass
class Generated:
    path: Path
    lang: str
    text: str
    copy_of: int | None = None  # index of the document this one republishes


def _lang_index(lang: str) -> int:
    return {"en": 0, "fr": 1, "ru": 2, "ar": 3}[lang]


def _date_expr(rng: random.Random, lang: str, pub: date) -> str:
    """A date expression relative to (or absolute from) the publication date."""
    back = rng.choice([0, 1, 1, 2, 3, 5])
    day = pub - timedelta(days=back)
    if back == 1 and rng.random() < 0.5:
        return YESTERDAY[lang]
    if rng.random() < 0.55:
        return WEEKDAYS[lang][day.weekday()]
    month = MONTHS[lang][day.month - 1]
    return {
        "en": f"on {day.day} {month}",
        "fr": f"le {day.day} {month}",
        "ru": f"{day.day} {month}",
        "ar": f"في {day.day} {month}",
    }[lang]


def _fill(template: str, rng: random.Random, lang: str, pub: date, focus: list[int]) -> str:
    li = _lang_index(lang)
    a, b = rng.sample(range(len(ACTORS)), 2)
    p = rng.choice(focus) if rng.random() < 0.75 else rng.randrange(len(PLACES))
    q = rng.randrange(len(PLACES))
    if lang == "fr":  # verb agreement with the actor's grammatical number
        template = _AGREE.sub(
            lambda m: m.group(2) if FR_PLURAL[b if m.group(1) else a] else m.group(3), template
        )
    text = template.format(
        a=ACTORS[a][li],
        b=ACTORS[b][li],
        p=PLACES[p][li],
        q=PLACES[q][li],
        d=_date_expr(rng, lang, pub),
        n=rng.choice([2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 14, 17, 19, 23, 27, 31, 40, 52, 68, 120]),
        s=rng.choice(SOURCES[lang]),
    )
    if lang == "fr":
        for pattern, repl in _FR_FIXES:
            text = pattern.sub(repl, text)
    return text[0].upper() + text[1:] if text[0].islower() else text


def _article(rng: random.Random, lang: str, target: int, pub: date) -> tuple[str, list[str]]:
    """A headline and body paragraphs of about ``target`` characters."""
    focus = rng.sample(range(len(PLACES)), 2)
    title = _fill(rng.choice(HEADLINES[lang]), rng, lang, pub, focus)
    paragraphs: list[str] = []
    size = 0
    pool = SENTENCES[lang]
    while size < target:
        para = " ".join(
            _fill(rng.choice(pool), rng, lang, pub, focus) for _ in range(rng.randint(2, 4))
        )
        paragraphs.append(para)
        size += len(para) + 2
    return title, paragraphs


def render(
    rng: random.Random, lang: str, outlet: str, title: str, body: list[str], pub: date
) -> str:
    """One dump: chrome, headline, byline, body, appeal, related links, comments, footer."""
    c = CHROME[lang]
    lines: list[str] = []
    lines += rng.sample(c["nav"], k=min(len(c["nav"]), rng.randint(1, 2)))
    lines.append("")
    lines.append(title)
    lines.append(
        c["byline"].format(
            author=rng.choice(c["authors"]),
            outlet=outlet,
            day=pub.day,
            month=MONTHS[lang][pub.month - 1],
            year=pub.year,
            hh=f"{rng.randint(6, 23):02d}",
            mm=f"{rng.randint(0, 59):02d}",
        )
    )
    lines.append(rng.choice(c["share"]))
    lines.append("")
    for para in body:
        lines.append(para)
        lines.append("")
    iban = " ".join(f"{rng.randint(0, 9999):04d}" for _ in range(4))
    btc = "".join(rng.choice("023456789acdefghjklmnpqrstuvwxyz") for _ in range(30))
    for line in c["donate"]:
        lines.append(line.format(outlet=outlet, iban=iban, btc=btc))
    lines.append("")
    for _ in range(rng.randint(1, 3)):
        other = _fill(rng.choice(HEADLINES[lang]), rng, lang, pub, [rng.randrange(len(PLACES))])
        lines.append(c["related"].format(h=other))
    lines.append("")
    n_comments = rng.choice([0, 1, 2, 3, 4, 6, 9])
    if n_comments:
        lines.append(c["comments"].format(n=n_comments))
        for i in range(n_comments):
            user = rng.choice(USERNAMES)
            reply = i > 0 and rng.random() < 0.35
            prefix = "  \u21b3 " if reply else ""
            lines.append(f"{prefix}{user} \u00b7 {c['ago'].format(n=rng.randint(1, 23))}")
            lines.append(f"{prefix}{rng.choice(c['comment_texts'])}")
            lines.append(f"{prefix}{c['reply']}")
        lines.append("")
    lines.append(c["footer"].format(year=pub.year, outlet=outlet))
    return "\n".join(lines) + "\n"


def generate(n: int, outdir: Path, seed: int = 20231121) -> list[Generated]:
    """Write ``n`` documents into ``outdir`` and return them (path, language, text)."""
    rng = random.Random(seed)
    outdir.mkdir(parents=True, exist_ok=True)
    langs = list(LANG_WEIGHTS)
    weights = list(LANG_WEIGHTS.values())
    made: list[Generated] = []
    kept: list[tuple[int, str, str, list[str], date, int]] = []
    for i in range(n):
        copy_of = None
        if kept and rng.random() < DUPLICATE_SHARE:
            # republished under another masthead: same story, new chrome and comments
            copy_of, lang, title, body, pub, k0 = rng.choice(kept)
            total = 0
        else:
            lang = rng.choices(langs, weights)[0]
            pub = date(2023, 1, 1) + timedelta(days=rng.randrange(365))
            total = rng.randint(MIN_CHARS, MAX_CHARS)
            title, body = _article(rng, lang, MAX_CHARS, pub)
            k0 = 1
        outlet = rng.choice(OUTLETS[lang])
        chrome_seed = rng.random()  # the same chrome whatever the number of paragraphs

        def page(k: int) -> str:
            return render(random.Random(chrome_seed), lang, outlet, title, body[:k], pub)  # noqa: B023

        k = k0
        while k < len(body) and len(page(k + 1)) <= total:
            k += 1
        while k < len(body) and len(page(k)) < MIN_CHARS:
            k += 1
        while k > 1 and len(page(k)) > MAX_CHARS:
            k -= 1
        text = page(k)
        if copy_of is None:
            kept.append((i, lang, title, body, pub, k))
        slug = (
            "".join(ch for ch in outlet.lower() if ch.isascii() and ch.isalnum())[:16] or "outlet"
        )
        path = outdir / f"{i:05d}_{slug}_{lang}.txt"
        path.write_text(text, "utf-8")
        made.append(Generated(path, lang, text, copy_of))
    return made


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int, help="number of documents")
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--seed", type=int, default=20231121)
    args = ap.parse_args(argv)
    docs = generate(args.n, args.outdir, args.seed)
    chars = sum(len(d.text) for d in docs)
    by_lang: dict[str, int] = {}
    for d in docs:
        by_lang[d.lang] = by_lang.get(d.lang, 0) + 1
    print(f"wrote {len(docs)} documents ({chars / 1e6:.1f} M chars) to {args.outdir}: {by_lang}")


if __name__ == "__main__":
    main()
