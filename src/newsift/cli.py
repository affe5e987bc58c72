"""The ``newsift`` command line.

Exit codes: 0 every input succeeded, 3 some inputs or stages were rejected (see
out/rejects.jsonl), 2 usage errors (bad option, missing path, unwritable out dir, bad config).
User errors are one clear line on stderr, never a traceback.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from newsift import __version__

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="newsift: sourced events, claims and signals from noisy multilingual news.",
    pretty_exceptions_enable=False,
)
eval_app = typer.Typer(no_args_is_help=True, help="Score newsift against gold annotations.")
app.add_typer(eval_app, name="eval")

err = Console(stderr=True, soft_wrap=True)
EXIT_OK, EXIT_USAGE, EXIT_REJECTED = 0, 2, 3


class UserError(Exception):
    """A problem the user can fix; printed as one line, exit code 2."""


def fail(message: str) -> typer.Exit:
    err.print(f"[bold red]error:[/] {message}", highlight=False, markup=True)
    return typer.Exit(EXIT_USAGE)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"newsift {__version__}")
        raise typer.Exit(EXIT_OK)


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show version.")
    ] = False,
) -> None:
    """newsift: sourced events, claims and signals from noisy multilingual news."""


def db_url_for(db: str | None, out: Path) -> str:
    if not db:
        return f"sqlite:///{(out / 'newsift.db').resolve()}"
    if "://" in db:
        return db
    return f"sqlite:///{Path(db).resolve()}"


def check_out_dir(out: Path) -> None:
    try:
        out.mkdir(parents=True, exist_ok=True)
        probe = out / f".newsift-write-test-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise UserError(f"cannot write to output folder {out}: {exc.strerror or exc}") from None


def parse_field_map(values: list[str] | None) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for item in values or []:
        for part in item.split(","):
            if not part.strip():
                continue
            key, sep, value = part.partition("=")
            if not sep or not key.strip() or not value.strip():
                raise UserError(f"--field-map expects NEWSIFT_FIELD=COLUMN, got {part!r}")
            mapping[key.strip()] = value.strip()
    return mapping


def print_stages(summary: Any) -> None:
    table = Table(title="stages", title_justify="left")
    for col in ("stage", "documents", "errors", "seconds", "docs/s"):
        table.add_column(col, justify="left" if col == "stage" else "right")
    for name, row in summary.stages.items():
        rate = row["documents"] / row["seconds"] if row["seconds"] > 0 else 0.0
        table.add_row(
            name, str(row["documents"]), str(row["errors"]), f"{row['seconds']:.2f}", f"{rate:.1f}"
        )
    err.print(table)


@app.command()
def run(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders or globs to read.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = Path("out"),
    db: Annotated[
        str | None,
        typer.Option(help="Store: SQLite path or SQLAlchemy URL (postgresql+psycopg://…)."),
    ] = None,
    config: Annotated[Path | None, typer.Option(help="TOML config overriding defaults.")] = None,
    workers: Annotated[
        int | None, typer.Option(min=1, help="Worker processes (default: CPU cores).")
    ] = None,
    engine: Annotated[str | None, typer.Option(help="local or ray.")] = None,
    anchor_date: Annotated[
        str | None, typer.Option(help="Publication date (YYYY-MM-DD) anchoring relative dates.")
    ] = None,
    field_map: Annotated[
        list[str] | None,
        typer.Option(help="Column names for JSONL/CSV, e.g. text=body,published=date."),
    ] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")
    ] = False,
    report: Annotated[bool, typer.Option(help="Write out/report.html.")] = True,
    reprocess: Annotated[
        bool,
        typer.Option(
            help="Process every input again, even documents stored by this same code and "
            "settings (those stored by other ones are always processed again)."
        ),
    ] = False,
) -> None:
    """Read every input, extract, store, and write out/ (documents, events, mentions, report)."""
    from newsift.config import ConfigError, load_config
    from newsift.ingest import check_ingest_settings, missing_inputs
    from newsift.pipeline import EngineError, run_job

    try:
        missing = missing_inputs(inputs)
        if missing:
            raise UserError("input not found: " + ", ".join(missing))
        overrides: dict[str, Any] = {}
        if engine:
            overrides.setdefault("run", {})["engine"] = engine
        if anchor_date:
            _check_date(anchor_date)
            overrides.setdefault("stages", {}).setdefault("time", {})["anchor_date"] = anchor_date
        fmap = parse_field_map(field_map)
        if fmap:
            overrides.setdefault("ingest", {})["field_map"] = fmap
        try:
            conf = load_config(config, overrides)
            check_ingest_settings(conf.ingest)
        except (ConfigError, ValueError) as exc:
            raise UserError(str(exc)) from None
        check_out_dir(out)
    except UserError as exc:
        raise fail(str(exc)) from None

    progress = None
    bar = None
    if not quiet:
        from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        bar = Progress(
            SpinnerColumn(),
            TextColumn("[bold]newsift[/]"),
            BarColumn(bar_width=None),
            TextColumn("{task.completed} docs"),
            TextColumn("{task.fields[rate]:.1f} docs/s"),
            TimeElapsedColumn(),
            console=err,
            transient=False,
        )
        task = bar.add_task("run", total=None, rate=0.0)
        t0 = time.perf_counter()
        bar.start()

        def progress(n: int) -> None:
            done = bar.tasks[0].completed + n
            bar.update(task, advance=n, rate=done / max(time.perf_counter() - t0, 1e-9))

    try:
        summary = run_job(
            inputs, out, db_url_for(db, out), conf, workers, progress, report, reprocess
        )
    except KeyboardInterrupt:
        err.print("interrupted: finished documents are stored; run again to resume.")
        raise typer.Exit(130) from None
    except EngineError as exc:
        raise fail(str(exc)) from None
    finally:
        if bar is not None:
            bar.stop()
    if not quiet:
        print_stages(summary)
        err.print(
            f"{summary.documents_new} new documents, "
            f"{summary.documents_reprocessed} reprocessed (stored by other code or settings), "
            f"{summary.documents_skipped} already stored, "
            f"{summary.rejected} rejected, {summary.outputs.get('events', 0)} events "
            f"in {summary.seconds:.1f}s"
        )
        skipped = summary.ingest.get("skipped") or {}
        if skipped:
            err.print("skipped: " + ", ".join(f"{n} {why}" for why, n in sorted(skipped.items())))
        if summary.rejected:
            err.print(f"rejects: {out / 'rejects.jsonl'}")
        if summary.report:
            typer.echo(f"report: {summary.report}")
    raise typer.Exit(EXIT_REJECTED if summary.rejected else EXIT_OK)


def _check_date(value: str) -> None:
    from datetime import date

    try:
        date.fromisoformat(value)
    except ValueError:
        raise UserError(f"--anchor-date expects YYYY-MM-DD, got {value!r}") from None


@app.command()
def export(
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = Path("out"),
    db: Annotated[str | None, typer.Option(help="Store (default OUT/newsift.db).")] = None,
    report: Annotated[bool, typer.Option(help="Also write report.html.")] = True,
) -> None:
    """Re-write the out/ files (and report) from the store."""
    from newsift.export import export_all
    from newsift.pipeline import write_report_from_store
    from newsift.store import Store

    url = db_url_for(db, out)
    if url.startswith("sqlite:///") and not Path(url.removeprefix("sqlite:///")).exists():
        raise fail(f"no store at {url.removeprefix('sqlite:///')}: run `newsift run` first")
    try:
        check_out_dir(out)
    except UserError as exc:
        raise fail(str(exc)) from None
    store = Store(url)
    try:
        counts = export_all(store, out)
        if report:
            write_report_from_store(store, out)
    finally:
        store.close()
    typer.echo(", ".join(f"{k}: {v}" for k, v in counts.items()))


DocsOption = Annotated[
    Path | None, typer.Option(help="Folder holding NAME.txt (default: gold's parent).")
]
EventsPredOption = Annotated[
    Path | None,
    typer.Option(help="events.csv (or the run's out folder) to score (default: run the pipeline)."),
]


def _pred_file(pred: Path | None, name: str) -> Path | None:
    """Accept the run's out folder as well as the file; a missing file is a user error."""
    if pred is None:
        return None
    if pred.is_dir():
        pred = pred / name
    if not pred.is_file():
        raise fail(f"predictions not found: {pred}")
    return pred


@eval_app.command("segments")
def eval_segments(
    gold: Annotated[Path, typer.Option(help="Gold folder with NAME.lines.tsv and NAME.json.")],
    docs: DocsOption = None,
    pred: Annotated[
        Path | None,
        typer.Option(
            help="documents.jsonl (or the run's out folder) to score (default: run clean)."
        ),
    ] = None,
) -> None:
    """Line labels: accuracy, article-text and comment F1, article count (DESIGN.md rules)."""
    from newsift.eval.segments import evaluate_segments, format_segments

    if not gold.is_dir():
        raise fail(f"gold folder not found: {gold}")
    pred = _pred_file(pred, "documents.jsonl")
    typer.echo(format_segments(evaluate_segments(gold, docs, pred)))


@eval_app.command("events")
def eval_events(
    gold: Annotated[Path, typer.Option(help="Gold folder with NAME.json (DESIGN.md format).")],
    docs: DocsOption = None,
    pred: EventsPredOption = None,
    errors: Annotated[bool, typer.Option(help="List missed and spurious events.")] = False,
) -> None:
    """Events matched by place, date and type: P/R/F1, then sub-type, actor1, modality."""
    from newsift.eval.events import evaluate_events, format_events

    if not gold.is_dir():
        raise fail(f"gold folder not found: {gold}")
    pred = _pred_file(pred, "events.csv")
    typer.echo(format_events(evaluate_events(gold, docs, pred), errors=errors))


@eval_app.command("main-event")
def eval_main_event(
    gold: Annotated[
        Path, typer.Option(help="JSONL of FA-KES-style records (id, text, location, ...).")
    ],
    pred: EventsPredOption = None,
    errors: Annotated[bool, typer.Option(help="List each article's misses.")] = False,
) -> None:
    """Each article's main event against its record: place, date, toll; split by label."""
    from newsift.eval.mainevent import evaluate_main_event, format_main_event

    if not gold.is_file():
        raise fail(f"gold file not found: {gold}")
    pred = _pred_file(pred, "events.csv")
    typer.echo(format_main_event(evaluate_main_event(gold, pred), errors=errors))


@eval_app.command("time")
def eval_time(
    timeml: Annotated[Path, typer.Option(help="Folder of TimeML .tml files (DCT = anchor).")],
    lang: Annotated[
        str | None, typer.Option(help="Language of the texts (default: guess).")
    ] = None,
) -> None:
    """TIMEX3 DATE: strict and relaxed span F1 and value F1, as TempEval-3 scores them."""
    from newsift.eval.time import evaluate_timeml, format_time

    if not timeml.is_dir():
        raise fail(f"TimeML folder not found: {timeml}")
    typer.echo(format_time(evaluate_timeml(timeml, lang)))


@eval_app.command("places")
def eval_places(
    gold: Annotated[Path, typer.Option(help="JSONL of {id, text, toponyms: [...]}.")],
) -> None:
    """Toponyms: share found, accuracy within 161 km, AUC of log error."""
    from newsift.eval.places import evaluate_places, format_places

    if not gold.is_file():
        raise fail(f"gold file not found: {gold}")
    typer.echo(format_places(evaluate_places(gold)))


def main() -> None:
    """Entry point; an unexpected failure is one line (full traceback with NEWSIFT_DEBUG=1)."""
    try:
        app()
    except UserError as exc:  # pragma: no cover - safety net
        err.print(f"[bold red]error:[/] {exc}")
        sys.exit(EXIT_USAGE)
    except Exception as exc:
        if os.environ.get("NEWSIFT_DEBUG"):
            raise
        err.print(
            f"[bold red]internal error:[/] {type(exc).__name__}: {exc}\n"
            "(a bug in newsift; run again with NEWSIFT_DEBUG=1 for the traceback)",
            highlight=False,
        )
        sys.exit(1)


if __name__ == "__main__":
    main()
