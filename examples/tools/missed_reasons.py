"""Why each gold event a run missed outright was missed: tabulate the reasons over sets.

Usage: python examples/tools/missed_reasons.py TAG SET... [-v]

For the gold events ``error_classes.py`` calls ``G missed`` in ``/tmp/ms-TAG-SET`` (no near
miss among the unmatched predictions), the documents are run again in-process with the
events extractor traced, and each miss gets one reason:

* ``evidence not found``: the gold quote is not in the text (a gold typo);
* ``not article text``: the quote lies in a comment, boilerplate or meta segment (cleaning);
* ``no trigger``: no candidate was found in the quote's sentence(s) (lexicon or parse gap);
* ``dropped: LINE comment``: every candidate there left ``_complete`` with no event; the
  line (and its comment) of the last ``return []`` says which filter;
* ``made, lost later``: a candidate made an event that is not in the document's output
  (post-filters, merge);
* ``made, other``: an event was written from that sentence but matches neither this gold
  event nor a near miss (two criteria off, or it matched another gold event).
"""

from __future__ import annotations

import collections
import linecache
import sys
from pathlib import Path
from typing import Any

from newsift.eval.events import evaluate_events, read_text

sys.path.insert(0, str(Path(__file__).parent))
from error_classes import SETS, near_miss  # noqa: E402


def missed_golds(tag: str, name: str) -> tuple[Path, list[tuple[str, dict[str, Any]]]]:
    gold_dir, docs_dir = SETS.get(name, (f"tests/{name}", f"tests/{name}"))
    res = evaluate_events(Path(gold_dir), Path(docs_dir), Path(f"/tmp/ms-{tag}-{name}/events.csv"))
    out: list[tuple[str, dict[str, Any]]] = []
    for doc in res["documents"]:
        if "missing" in doc:
            continue
        gold, pred = doc["gold_events"], doc["pred_events"]
        unmatched = set(doc["spurious"])
        for i in doc["missed"]:
            if any(near_miss(gold[i], pred[j]) for j in unmatched):
                continue
            out.append((doc["doc"], gold[i]))
    return Path(docs_dir), out


class Tracer:
    """Records, per sentence start, each candidate and how ``_complete`` ended for it."""

    def __init__(self) -> None:
        self.log: list[dict[str, Any]] = []
        from newsift.events import extract

        self.code = extract.ArticleExtractor._complete.__code__
        self.trig_code = extract.ArticleExtractor.triggers.__code__

    def __call__(self, frame: Any, event: str, arg: Any) -> Any:
        if event == "call" and frame.f_code is self.code:
            return self.local
        if event == "call" and frame.f_code is self.trig_code:
            return self.trig_local
        return None

    def trig_local(self, frame: Any, event: str, arg: Any) -> Any:
        if event == "return" and isinstance(arg, list):
            view = frame.f_locals.get("view")
            for c in arg:
                self.log.append(
                    {
                        "kind": "trigger",
                        "start": view.start,
                        "end": view.end,
                        "sub": c.sub,
                        "tok": c.tok,
                        "label": c.trig.label,
                    }
                )
        return self.trig_local

    def local(self, frame: Any, event: str, arg: Any) -> Any:
        if event == "return":
            c = frame.f_locals.get("c")
            view = frame.f_locals.get("view")
            line = frame.f_lineno
            get = linecache.getline
            parts = get(self.code.co_filename, line).split("#", 1)
            why = parts[1].strip() if len(parts) > 1 else ""
            for back in range(1, 40):  # the condition of the return line
                cond = get(self.code.co_filename, line - back).strip()
                if cond.startswith("if "):
                    why = cond[:45] + " " + why
                    break
            me = frame.f_locals.get("self")
            ranked = frame.f_locals.get("ranked")
            if line and "requires_place" in why and me is not None:
                names = [r.m.text for r in me.ix.in_sentence("place", view.si)]
                why += f" ranked={[r.m.text for r in ranked or []]} sentence places={names}"
            if "_conditional" in why and me is not None:
                head, clause = frame.f_locals.get("head"), frame.f_locals.get("clause")
                from newsift.events import plans

                why += (
                    " [conditional]"
                    if me._conditional(c, view, head, clause)
                    else (" [unreal]" if plans.unreal(me, c) else " [?]")
                )
            self.log.append(
                {
                    "kind": "complete",
                    "start": view.start,
                    "end": view.end,
                    "sub": c.sub,
                    "tok": c.tok,
                    "made": len(arg or []),
                    "line": line,
                    "why": why[:200],
                    "dropped": [e.dropped for e in arg or [] if e.dropped],
                }
            )
        return self.local


def run_docs(paths: list[Path]) -> dict[str, tuple[Any, list[dict[str, Any]]]]:
    from newsift.config import default_toml
    from newsift.model import Document, content_id
    from newsift.stage import CorpusStage, DocumentStage, build_stage

    conf = default_toml()
    stages = []
    for name in conf.get("pipeline", {}).get("stages", []):
        stage = build_stage(name, conf.get("stages", {}).get(name) or {})
        stage.setup()
        stages.append(stage)
    out: dict[str, tuple[Any, list[dict[str, Any]]]] = {}
    for path in paths:
        doc = Document(
            doc_id=content_id(path.read_bytes()),
            source=str(path),
            external_id=path.name,
            format="txt",
            text=read_text(path),
        )
        docs = [doc]
        tracer = Tracer()
        for stage in stages:
            if stage.name == "events":
                sys.settrace(tracer)
            try:
                if isinstance(stage, DocumentStage):
                    docs = [stage.process(d) for d in docs]
                elif isinstance(stage, CorpusStage):
                    docs = list(stage.run(docs))
            finally:
                sys.settrace(None)
        out[path.stem] = (docs[0], tracer.log)
    return out


def reason(doc: Any, log: list[dict[str, Any]], g: dict[str, Any]) -> str:
    ev = (g.get("evidence") or "").strip()
    pos = doc.text.find(ev[:60]) if ev else -1
    if pos < 0:
        return "evidence not found"
    end = pos + len(ev)
    seg = next((s for s in doc.segments if s.start <= pos < s.end), None)
    if seg is None or seg.kind not in ("title", "body"):
        return f"not article text ({seg.kind if seg else 'none'})"
    here = [x for x in log if x["start"] < end and x["end"] > pos]
    trig = [x for x in here if x["kind"] == "trigger"]
    done = [x for x in here if x["kind"] == "complete"]
    if not trig:
        return "no trigger"
    made = [x for x in done if x["made"] and len(x["dropped"]) < x["made"]]
    if not made:
        last = done[-1] if done else None
        return f"dropped: {last['line']} {last['why']}" if last else "trigger, never completed"
    written = [e for e in doc.events if e.evidence_start < end and e.evidence_end > pos]
    if not written:
        return "made, lost later"
    e = written[0]
    detail = "; ".join(
        f"{doc.text[doc.tokens[x['tok']].start : doc.tokens[x['tok']].end]}/{x['sub']}:"
        + (f"made{x['made']}" if x["made"] else f"L{x['line']}")
        for x in done
    )
    return f"made, other: {e.sub_event_type} @ {e.location} {e.event_date} || {detail}"


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    args = [a for a in argv if a != "-v"]
    tag, sets = args[0], args[1:]
    table: collections.Counter[str] = collections.Counter()
    by_sets: dict[str, set[str]] = collections.defaultdict(set)
    for name in sets:
        docs_dir, misses = missed_golds(tag, name)
        if not misses:
            continue
        names = sorted({d for d, _ in misses})
        runs = run_docs([docs_dir / f"{n}.txt" for n in names])
        for d, g in misses:
            doc, log = runs[d]
            r = reason(doc, log, g)
            key = r.split(":")[0] if r.startswith("made, other") else r
            table[key] += 1
            by_sets[key].add(name)
            if verbose:
                where = (
                    g.get("sub_event_type"),
                    g.get("location"),
                    g.get("date"),
                    g.get("modality"),
                )
                print(name, d[:25], "|", r, "|", *where, "|", (g.get("evidence") or "")[:110])
                sys.stdout.flush()
    print("\nreason\tmisses\tsets")
    for key, n in table.most_common():
        print(f"{key}\t{n}\t{len(by_sets[key])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
