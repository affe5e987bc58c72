"""The line corrector's per-line features (newsift.clean.line_features): the document-at-once
computation gives the rows of a plain line-by-line reading (the definition the training table
was built with), marker sections hit as their patterns tried one by one, and distances break
ties toward the earlier target."""

from __future__ import annotations

import math
from collections import Counter

import numpy as np
import pytest

from newsift.clean import line_features as lf

PAGE = [
    "",
    "Accueil | Monde | Défense | Contact",
    "",
    "Frappes sur un dépôt près d'Idleb : au moins 12 morts",
    "Par Claire Martin, notre correspondante · 14 mars 2021 à 09h40",
    "",
    "Des avions ont visé mardi un dépôt de carburant à l'est de la ville, selon l'ONG.",
    "Des civils fuient les combats près du marché / AFP",
    "Photo : Karim Haddad",
    "« Nous n'avons plus rien », confie un habitant. 🙏",
    "",
    "Partager : Facebook Twitter",
    "Partager : Facebook Twitter",
    "ÉCRIT PAR LA RÉDACTION",
    "3 commentaires",
    "jeanpaul75 — 14/03/2021 11:02",
    "Quelle horreur, encore des civils.",
    "marie_l — 14/03/2021 12:15",
    "Soutenez notre travail : IBAN FR76 3000 4000 5000 6000 7000 123",
    "",
]
RULE = [
    "none",
    "boiler",
    "none",
    "title:1",
    "meta:1",
    "none",
    "body:1",
    "body:1",
    "body:1",
    "body:2",
    "none",
    "boiler",
    "boiler",
    "odd:3",  # a kind the one-hot does not know: all zeros
    "comment",
    "comment",
    "comment",
    "comment",
    "boiler",
    "none",
]


def _reference(lines: list[str], rule: list[str]) -> np.ndarray:
    """The rows read line by line, column after column, as the feature names list them."""
    idx = [i for i, ln in enumerate(lines) if ln.strip()]
    n = len(idx)
    rk = [lf.kind_of(rule[i]) for i in idx]
    ra = [lf.art_of(rule[i]) for i in idx]
    titles = [j for j in range(n) if rk[j] == "title"]
    bodies = [j for j in range(n) if rk[j] == "body"]
    heads = [j for j in range(n) if rk[j] == "comment" and (j == 0 or rk[j - 1] != "comment")]
    counts = Counter(lines[i].strip() for i in idx)
    total = sum(len(ln) + 1 for ln in lines)
    starts = [sum(len(ln) + 1 for ln in lines[:i]) for i in range(len(lines))]

    def nearest(targets: list[int], j: int) -> float:
        if not targets:
            return 50.0
        t = min(targets, key=lambda t: abs(t - j))
        return float(max(-50, min(50, j - t)))

    rows = []
    for j, i in enumerate(idx):
        s = lines[i].strip()
        f: list[float] = []
        for off in (-2, -1, 0, 1, 2):
            lab = rk[j + off] if 0 <= j + off < n else "pad"
            f += [1.0 if lab == k else 0.0 for k in (*lf.RULE_KINDS, "pad")]
        f.append(1.0 if j > 0 and ra[j] is not None and ra[j - 1] not in (None, ra[j]) else 0.0)
        f.append(1.0 if j + 1 < n and ra[j] is not None and ra[j + 1] not in (None, ra[j]) else 0.0)
        words = s.split()
        alpha = sum(c.isalpha() for c in s)
        f += [
            min(len(s), 1000) / 100.0,
            math.log1p(len(s)),
            min(len(words), 200) / 10.0,
            alpha / len(s),
            sum(c.isdigit() for c in s) / len(s),
            sum(not c.isalnum() and not c.isspace() for c in s) / len(s),
            sum(c.isupper() for c in s) / max(1, alpha),
            sum(w[:1].isupper() for w in words) / max(1, len(words)),
            float(s.endswith(lf.END_SENT)),
            float(s.endswith(":")),
            float(i == 0 or not lines[i - 1].strip()),
            float(i + 1 >= len(lines) or not lines[i + 1].strip()),
            j / max(1, n - 1),
            starts[i] / total,
        ]
        for rx in (lf.RE_BULLET, lf.RE_NUMSTART, lf.RE_HANDLE):
            f.append(float(bool(rx.match(s))))
        for rx in (lf.RE_DATE, lf.RE_TIME, lf.RE_URL, lf.RE_MAIL, lf.RE_IBAN, lf.RE_COUNT):
            f.append(float(bool(rx.search(s))))
        for _sec, pats in lf.marker_sections():  # every pattern on its own
            f.append(
                float(
                    len(s) <= 300 and any((p.fullmatch(s) if w else p.search(s)) for w, p in pats)
                )
            )
        dt = nearest(titles, j)
        before = [t for t in heads if t <= j]
        f += [
            dt,
            abs(dt),
            float(min(50, j - before[-1])) if before else 50.0,
            float(bool(before)),
            abs(nearest(bodies, j)),
            float(counts[s] > 1),
        ]
        rows.append(f)
    return np.asarray(rows, dtype=float)


def test_rows_are_the_line_by_line_reading() -> None:
    lf.line_shape.cache_clear()
    x, idx = lf.doc_features(PAGE, RULE)
    assert idx == [i for i, ln in enumerate(PAGE) if ln.strip()]
    assert x.shape == (len(idx), len(lf.feature_names()))
    assert np.array_equal(x, _reference(PAGE, RULE))
    again, _ = lf.doc_features(PAGE, RULE)  # now from the per-line cache
    assert np.array_equal(again, x)
    names = lf.feature_names()
    row = dict(
        zip(
            names,
            x[idx.index(PAGE.index("Des civils fuient les combats près du marché / AFP"))],
            strict=True,
        )
    )
    assert row["mk_caption"] == 1.0  # "... / AFP": the credit pattern searched on its own
    assert row["rule+0_body"] == 1.0 and row["rule+2_body"] == 1.0 and row["rule-1_body"] == 1.0
    odd = dict(zip(names, x[idx.index(13)], strict=True))
    assert not any(odd[f"rule+0_{k}"] for k in (*lf.RULE_KINDS, "pad"))


def test_a_short_document_pads_its_neighbours() -> None:
    x, idx = lf.doc_features(
        ["", "Un seul paragraphe, sans titre.", ""], ["none", "body:1", "none"]
    )
    assert idx == [1]
    assert np.array_equal(
        x, _reference(["", "Un seul paragraphe, sans titre.", ""], ["none", "body:1", "none"])
    )
    empty, none = lf.doc_features(["", "  "], ["none", "none"])
    assert empty.shape == (0, len(lf.feature_names())) and none == []


@pytest.mark.parametrize(
    "line",
    [
        "Crédit photo : Sami Benali / Reuters",
        "Un convoi humanitaire bloqué à la frontière / DR",
        "Soldiers patrol the road north of the city / Getty Images",
        "By the time the convoy arrived, the road was closed.",
        "Tous droits réservés © 2021 Le Courrier du Levant",
        "Lire aussi : la trêve rompue dans le nord",
    ],
)
def test_section_hits_are_those_of_each_pattern_alone(line: str) -> None:
    alone = [
        float(any((p.fullmatch(line) if w else p.search(line)) for w, p in pats))
        for _sec, pats in lf.marker_sections()
    ]
    assert lf.marker_hits(line) == alone


def test_nearest_target_breaks_ties_toward_the_earlier_one() -> None:
    assert lf._signed([2, 6], 4) == 2.0  # equally far from 2 and 6: the earlier one
    assert lf._signed([2, 6], 5) == -1.0
    assert lf._signed([2, 6], 6) == 0.0
    assert lf._signed([3], 90) == 50.0 and lf._signed([80], 0) == -50.0
    assert lf._signed([], 4) == 50.0
