"""How often each drop rule of the events extractor throws away a gold event vs junk.

Usage: python examples/tools/filter_audit.py SET... [-v FILTER_SUBSTRING [-a]]

Every ``.txt`` document of each set is run again in-process with the extractor traced (as
``missed_reasons.py`` does); each candidate that ``_complete`` returns no event for (the
condition of the ``return []`` line, or ``c.dropped``), and each candidate ``run`` marks
dropped after it was made, is one drop. A drop is scored against the gold events whose
evidence overlaps the candidate's sentence and whose event type fits the candidate's
(``@`` placeholders fit any), with the verdict of the same in-process run on its gold:

* ``gold-missed``: such a gold event is missed outright (no near miss): a drop that lost it;
* ``gold-near``: such a gold event has only a near miss;
* ``gold-hit``: such a gold event is matched anyway (the drop cost nothing);
* ``junk``: no such gold event (the drop was right).

A filter whose ``gold-missed`` count is near its ``junk`` count is mis-scoped. ``-v SUB``
prints the gold-missed drops of the filters whose key contains SUB (``-a``: all their drops).
"""

from __future__ import annotations

import collections
import linecache
import sys
from pathlib import Path
from typing import Any

from newsift.eval.events import gold_events, read_gold_json, score_document

sys.path.insert(0, str(Path(__file__).parent))
from error_classes import SETS, near_miss  # noqa: E402
from missed_reasons import run_docs  # noqa: E402


class DropTracer:
    """Records each candidate ``_complete`` returns nothing for and each one ``run`` drops."""

    def __init__(self) -> None:
        from newsift.events import extract

        self.log: list[dict[str, Any]] = []
        self.code = extract.ArticleExtractor._complete.__code__
        self.run_code = extract.ArticleExtractor.run.__code__

    def __call__(self, frame: Any, event: str, arg: Any) -> Any:
        if event == "call" and frame.f_code in (self.code, self.run_code):
            return self.local
        return None

    def local(self, frame: Any, event: str, arg: Any) -> Any:
        if event != "return":
            return self.local
        me = frame.f_locals.get("self")
        if frame.f_code is self.run_code:
            for c in frame.f_locals.get("out") or []:
                if c.dropped:
                    self.add(me, c, f"after: {c.dropped}")
            return self.local
        c = frame.f_locals.get("c")
        if arg or c is None:
            return self.local
        if c.dropped:
            self.add(me, c, f"c.dropped: {c.dropped}")
            return self.local
        line = frame.f_lineno
        get = linecache.getline
        why = ""
        for back in range(0, 40):  # the condition of the return line
            cond = get(self.code.co_filename, line - back).strip()
            if cond.startswith("if ") or cond.startswith("elif "):
                why = cond[:60]
                break
            if back and cond.startswith("return"):
                break
        if not why or why.endswith("("):
            why += " " + get(self.code.co_filename, line).split("#", 1)[-1].strip()[:50]
        self.add(me, c, why)
        return self.local

    def add(self, me: Any, c: Any, why: str) -> None:
        view = me.views[c.sent]
        self.log.append(
            {
                "src": me.ix.doc.external_id,
                "why": why,
                "start": view.start,
                "end": view.end,
                "sub": c.sub,
                "mod": c.modality,
                "tok": me.ix.low(c.tok),
            }
        )


def gold_spans(text: str, golds: list[dict[str, Any]]) -> list[tuple[int, int]]:
    spans = []
    for g in golds:
        ev = (g.get("evidence") or "").strip()
        pos = text.find(ev[:60]) if ev else -1
        spans.append((pos, pos + len(ev)) if pos >= 0 else (-1, -1))
    return spans


def audit(name: str, focus: str | None, every: bool) -> collections.Counter[tuple[str, str]]:
    from newsift.events.resources import schema

    gold_dir, docs_dir = SETS.get(name, (f"tests/{name}", f"tests/{name}"))
    golds = {p.stem: gold_events(read_gold_json(p)) for p in sorted(Path(gold_dir).glob("*.json"))}
    paths = [Path(docs_dir) / f"{n}.txt" for n in golds if (Path(docs_dir) / f"{n}.txt").exists()]
    et = schema().event_type
    counts: collections.Counter[tuple[str, str]] = collections.Counter()
    import newsift.events.extract as extract

    tracer = DropTracer()
    orig = extract.ArticleExtractor.run

    def traced(self: Any) -> Any:
        sys.settrace(tracer)
        try:
            return orig(self)
        finally:
            sys.settrace(None)

    extract.ArticleExtractor.run = traced  # type: ignore[method-assign]
    try:
        runs = run_docs(paths)
    finally:
        extract.ArticleExtractor.run = orig  # type: ignore[method-assign]
    for path in paths:
        doc, _ = runs[path.stem]
        gold, pred = golds[path.stem], [e.to_dict() for e in doc.events]
        d = score_document(gold, pred)
        hit = {i for i, _ in d["pairs"]}
        near = {i for i in d["missed"] if any(near_miss(gold[i], pred[j]) for j in d["spurious"])}
        spans = gold_spans(doc.text, gold)
        for x in (x for x in tracer.log if x["src"] == path.name):
            fits = [
                i
                for i, (s, e) in enumerate(spans)
                if s < x["end"]
                and e > x["start"]
                and (x["sub"].startswith("@") or et.get(x["sub"]) == gold[i].get("event_type"))
            ]
            if any(i not in hit and i not in near for i in fits):
                verdict = "gold-missed"
            elif any(i in near for i in fits):
                verdict = "gold-near"
            elif fits:
                verdict = "gold-hit"
            else:
                verdict = "junk"
            counts[(x["why"], verdict)] += 1
            if focus is not None and focus in x["why"] and (every or verdict == "gold-missed"):
                sent = doc.text[x["start"] : x["end"]].replace("\n", " ")
                cand = f"{x['tok']}/{x['sub']}/{x['mod']}"
                print(f"{verdict} {name} {path.stem[:25]} {cand} | {x['why']} | {sent[:160]}")
    return counts


def main(argv: list[str]) -> int:
    focus = None
    every = "-a" in argv  # with -v: every drop of the filter, not only the gold-missed ones
    argv = [a for a in argv if a != "-a"]
    if "-v" in argv:
        k = argv.index("-v")
        focus = argv[k + 1]
        argv = argv[:k] + argv[k + 2 :]
    total: collections.Counter[tuple[str, str]] = collections.Counter()
    for name in argv:
        total += audit(name, focus, every)
    keys = sorted({k for k, _ in total}, key=lambda k: -total[(k, "gold-missed")])
    print("gold-missed\tgold-near\tgold-hit\tjunk\tfilter")
    for k in keys:
        row = [total[(k, v)] for v in ("gold-missed", "gold-near", "gold-hit", "junk")]
        print("\t".join(str(n) for n in row) + "\t" + k)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
