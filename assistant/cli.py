"""The `assistant` command: index, docs, search, ask, serve, eval."""

from __future__ import annotations

import contextlib
import functools
import json
import logging
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Optional

import typer

app = typer.Typer(help="Question answering over news articles, with verified citations.", no_args_is_help=True)
docs_app = typer.Typer(help="List indexed documents, or remove one.", invoke_without_command=True)
app.add_typer(docs_app, name="docs")


@functools.cache
def _settings():  # type: ignore[no-untyped-def]
    """The one Settings of this command, read once (the client check and the local services share it)."""
    from assistant.settings import Settings

    return Settings()


def _services():  # type: ignore[no-untyped-def]
    from pydantic import ValidationError

    from assistant.services import Services

    try:
        return Services(_settings())
    except ValidationError as exc:
        problems = "; ".join(f"ASSISTANT_{'_'.join(map(str, e['loc'])).upper()}: {e['msg']}" for e in exc.errors())
        _fail(f"invalid settings: {problems}")


def _fail(message: str, code: int = 1) -> None:
    typer.secho(f"error: {message}", fg=typer.colors.RED, err=True)
    raise typer.Exit(code)


def _say(message: str) -> None:
    typer.secho(message, fg=typer.colors.YELLOW, err=True)


def _guard(fn):  # type: ignore[no-untyped-def]
    """Turn expected failures (unreachable Chroma, model mismatch, bad input) into one clear line."""
    from assistant.errors import UserError
    from index.store import StoreError

    try:
        return fn()
    except (StoreError, UserError, RuntimeError, FileNotFoundError) as exc:  # FolderBusy is a RuntimeError
        _fail(str(exc))


@contextmanager
def _progress_bar(unit: str) -> Iterator[Callable[[int, int, str], None]]:
    """A progress bar on stderr, fed by the (done, total, name) callbacks of long operations."""
    from tqdm import tqdm

    bar = tqdm(total=0, unit=unit, disable=None, file=sys.stderr)

    def progress(done: int, total: int, name: str) -> None:
        bar.total = total
        bar.set_postfix_str(name[:40])
        bar.update(done - bar.n)

    try:
        yield progress
    finally:
        bar.close()


def _floors(specs: list[str], metrics: Sequence[str]) -> dict[str, float]:
    """--fail-under METRIC=VALUE options, checked."""
    floors: dict[str, float] = {}
    for spec in specs:
        name, _, value = spec.partition("=")
        if name not in metrics:
            _fail(f"--fail-under {spec}: unknown metric '{name}'; use one of {', '.join(metrics)}")
        try:
            floors[name] = float(value)
        except ValueError:
            _fail(f"--fail-under {spec}: '{value}' is not a number")
    return floors


_MODE = {"local": False}


@app.callback()
def main(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log each stage.")] = False,
    local: Annotated[bool, typer.Option("--local", help="Run here even when an app serves this data folder.")] = False,
) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(asctime)s %(name)s %(message)s")
    _MODE["local"] = local


def _client():  # type: ignore[no-untyped-def]
    """The running app's client when one serves this data folder (and --local is not given), else None; says
    on stderr which of the two this command uses."""
    from pydantic import ValidationError

    from assistant.remote import AppClient, find_app

    if _MODE["local"]:
        return None
    try:
        settings = _settings()
    except ValidationError:
        return None  # _services() reports it
    url = find_app(settings)
    if url is None:
        return None
    typer.secho(f"using the app at {url} (--local to run here)", dim=True, err=True)
    return AppClient(url, settings)


@app.command()
def index(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders of articles (.txt .md .html .pdf).")],
    rebuild: Annotated[bool, typer.Option(help="Drop the index first (after changing the embedder).")] = False,
    sync: Annotated[bool, typer.Option(help="Delete documents whose file left an indexed folder.")] = True,
) -> None:
    """Index articles: only new or changed files are embedded."""
    # Pipes, devices and sockets are refused before anything loads (reading one would wait for ever).
    special = [p for p in paths if p.exists() and not p.is_dir() and not p.is_file()]
    for p in special:
        typer.secho(
            f"skipped {p}: is not a regular file (a pipe, device or socket); only files are read",
            fg=typer.colors.YELLOW,
            err=True,
        )
    paths = [p for p in paths if p not in special]
    if not paths:
        _fail("nothing was indexed: see the skipped files above")
    client = _client()
    if client is not None and rebuild:
        _fail("--rebuild replaces the index that the running app serves: stop the app first, then run it again")

    def run() -> None:
        if client is not None:
            with _progress_bar("file") as progress:
                report = _index_through(client, paths, sync, progress)
        else:
            services = _services()
            with services.writer_lock(wait=True, say=_say), _progress_bar("file") as progress:
                if rebuild:
                    services.rebuild_index()
                report = services.indexer.index(paths, sync=sync, progress=progress)
        _report(report, len(special))

    _guard(run)


def _report(report, special: int) -> None:  # type: ignore[no-untyped-def]
    """What `assistant index` did, and its exit code: 1 when any file was skipped."""
    for path, reason in report.skipped:
        typer.secho(f"skipped {path}: {reason}", fg=typer.colors.YELLOW, err=True)
    if report.removed:
        typer.echo(f"removed: {', '.join(report.removed)}")
    typer.echo(report.summary())
    if not report.indexed and not report.unchanged:
        _fail(
            "nothing was indexed: " + ("see the skipped files above" if report.skipped else "no supported files found")
        )
    if report.skipped or special:  # the good files are indexed; the exit code still says not everything was
        _fail(f"{len(report.skipped) + special} file(s) skipped; the rest are indexed")


_BATCH_FILES, _BATCH_BYTES = 32, 4_000_000  # per upload request to the app: big enough to embed in bulk


def _batches(files: list[Path]) -> list[list[Path]]:
    batches: list[list[Path]] = []
    size = 0
    for f in files:
        here = f.stat().st_size
        if not batches or len(batches[-1]) >= _BATCH_FILES or size + here > _BATCH_BYTES:
            batches.append([])
            size = 0
        batches[-1].append(f)
        size += here
    return batches


def _add(report, result: dict, batch: list[Path]) -> None:  # type: ignore[no-untyped-def, type-arg]
    """One upload's outcome into the report, skipped files named by their path here."""
    by_name = {f.name: f for f in batch}
    report.indexed += result["indexed"]
    report.unchanged += result["unchanged"]
    report.chunks_added += result["chunks"]
    report.skipped += [(str(by_name.get(s["file"], s["file"])), s["reason"]) for s in result["skipped"]]


def _index_through(client, paths: list[Path], sync: bool, progress: Callable[[int, int, str], None]):  # type: ignore[no-untyped-def]
    """`assistant index` as uploads to the running app: the same report, and --sync as deletes."""
    import time

    from assistant.errors import Rejected
    from index.ingest import IndexReport, collect_files, vanished
    from index.load import doc_id_for
    from index.store import DocRecord

    started, report = time.perf_counter(), IndexReport()
    files = collect_files(paths, report)
    batches = _batches(files)
    done = 0
    while batches:
        batch = batches.pop(0)
        progress(done, len(files), batch[0].name)
        try:
            result = client.upload(batch)
        except Rejected as exc:
            if len(batch) > 1:  # one by one, so that each file gets its own reason
                batches[:0] = [[f] for f in batch]
                continue
            result = {
                "indexed": [],
                "unchanged": [],
                "chunks": 0,
                "skipped": [{"file": batch[0].name, "reason": str(exc)}],
            }
        _add(report, result, batch)
        done += len(batch)
        progress(done, len(files), batch[-1].name)
    if sync:
        records = [DocRecord(**r) for r in client.documents()]
        for doc_id in vanished(records, paths, {doc_id_for(f) for f in files}):
            client.delete(doc_id)
            report.removed.append(doc_id)
    report.seconds = time.perf_counter() - started
    return report


@docs_app.callback()
def docs(ctx: typer.Context, as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False) -> None:
    """List indexed documents with their chunk counts."""
    if ctx.invoked_subcommand:
        return
    client = _client()
    if client is not None:
        records = _guard(client.documents)
    else:
        services = _services()
        records = [r.to_json() for r in _guard(services.documents.list)]
    if as_json:
        typer.echo(json.dumps(records, indent=2))
        return
    if not records:
        typer.echo("No documents indexed. Add some with `assistant index PATH`.")
    for r in records:
        typer.echo(f"{r['doc_id']}\t{r['chunks']} chunks\t{r['title']}")


@docs_app.command("rm")
def docs_rm(doc_ids: Annotated[list[str], typer.Argument(help="Document ids (see `assistant docs`).")]) -> None:
    """Remove documents and their chunks from the index."""
    from assistant.errors import NotFound

    client = _client()
    services = None if client is not None else _services()
    delete = client.delete if client is not None else services.documents.delete  # type: ignore[union-attr]

    def removed(doc_id: str) -> bool:
        try:
            delete(doc_id)
        except NotFound:
            return False
        return True

    with services.writer_lock(wait=True, say=_say) if services else contextlib.nullcontext():
        missing = [d for d in doc_ids if not _guard(lambda d=d: removed(d))]
    for d in doc_ids:
        if d not in missing:
            typer.echo(f"removed {d}")
    if missing:
        _fail(f"no such document: {', '.join(missing)} (see `assistant docs`)")


@app.command()
def search(
    question: Annotated[str, typer.Argument(help="What to look for.")],
    k: Annotated[int, typer.Option("-k", min=1, max=100, help="How many passages.")] = 5,
    doc: Annotated[Optional[list[str]], typer.Option("--doc", help="Only these document ids.")] = None,  # noqa: UP045
    mmr: Annotated[bool, typer.Option(help="Diversify results (MMR).")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON list of hits.")] = False,
) -> None:
    """Hybrid search (dense + BM25): the passages most relevant to a question."""
    if not question.strip():
        _fail("the question is empty; say what to look for")
    client = _client()
    if client is not None:
        hits = _guard(lambda: client.search(question, k, doc, mmr))
    else:
        services = _services()
        hits = [h.to_json() for h in _guard(lambda: services.retriever.search(question, k=k, doc_ids=doc, mmr=mmr))]
    if as_json:
        typer.echo(json.dumps(hits, indent=2, ensure_ascii=False))
        return
    if not hits:
        typer.echo("No matching passages. Is anything indexed? See `assistant docs`.")
    for i, h in enumerate(hits, 1):
        typer.secho(f"{i}. [{h['doc_id']}] {h['title']}  (score {h['score']:.4f})", bold=True)
        typer.echo("   " + h["text"].replace("\n", " ")[:400])


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="A question about the indexed articles.")],
    doc: Annotated[Optional[list[str]], typer.Option("--doc", help="Only these document ids.")] = None,  # noqa: UP045
    as_json: Annotated[bool, typer.Option("--json", help="Print the answer object as JSON.")] = False,
) -> None:
    """Answer from the articles, with verified citations; says so when the articles don't hold the answer."""
    from assistant.render import citation_line
    from assistant.types import Final, Token

    client = _client()
    services = None if client is not None else _services()

    def events():  # type: ignore[no-untyped-def]
        if client is not None:
            return client.stream(question, doc)
        services.ensure_corpus()  # type: ignore[union-attr]
        return services.chain.stream(question, doc_ids=doc)  # type: ignore[union-attr]

    def run() -> None:
        final = None
        for event in events():
            if isinstance(event, Token) and not as_json:
                typer.secho(event.text, nl=False, dim=True)
            elif isinstance(event, Final):
                final = event.answer
        assert final is not None
        if as_json:
            typer.echo(final.model_dump_json(indent=2))
            return
        typer.echo("\n")
        typer.secho("Verified answer:", bold=True)
        for s in final.sentences:
            marks = "".join(f"[{n}]" for n in s.citations)
            line = f"  {s.text} {marks}".rstrip()
            typer.secho(
                line if s.supported else f"{line}  <- UNSUPPORTED ({s.note})",
                fg=None if s.supported else typer.colors.RED,
            )
        if final.citations:
            typer.secho("Sources:", bold=True)
        for c in final.citations:
            typer.echo(f"  {citation_line(c)}  (document {c.doc_id}, support {c.score:.2f})")
        if final.error:
            typer.secho(f"note: {final.error}", fg=typer.colors.YELLOW, err=True)

    _guard(run)


@app.command("eval")
def eval_(
    dataset: Annotated[Optional[Path], typer.Argument(help="JSONL dataset (default: the bundled set).")] = None,  # noqa: UP045
    judge: Annotated[str, typer.Option(help="Support judge: embedding (offline), llm, or nli.")] = "embedding",
    judge_model: Annotated[
        Optional[Path], typer.Option(help="NLI / cross-encoder model folder for --judge nli.")
    ] = None,  # noqa: UP045
    out: Annotated[Path, typer.Option(help="Folder for results.json, report.md and plots.")] = Path("var/eval"),
    fail_under: Annotated[
        Optional[list[str]], typer.Option(help="METRIC=VALUE floor; exit 1 when missed (repeatable).")
    ] = None,  # noqa: UP045
) -> None:
    """Score faithfulness, citations, retrieval and abstention over a labelled dataset."""
    from eval.dataset import BUNDLED
    from eval.report import format_metric, write_report
    from eval.run import METRICS, Results, evaluate

    floors = _floors(fail_under or [], METRICS)
    path = dataset or BUNDLED
    if not path.exists():
        _fail(f"no dataset at {path}")
    client = _client() if judge != "nli" else None  # the NLI model folder is on this machine

    def results_here(progress: Callable[[int, int, str], None]) -> Results:
        services = _services()
        services.ensure_corpus()
        return evaluate(services, path, judge=judge, judge_model=judge_model, progress=progress)

    def run() -> None:
        try:
            with _progress_bar("question") as progress:
                if client is not None:
                    results = Results.from_json(client.evaluate(path, judge, progress))
                else:
                    results = results_here(progress)
        except ValueError as exc:
            _fail(str(exc))
        for problem in results.problems:
            typer.secho(f"skipped {path}:{problem}", fg=typer.colors.YELLOW, err=True)
        write_report(results, out)
        for name in METRICS:
            typer.echo(f"{name:22} {format_metric(name, results.metrics[name])}")
        typer.echo(f"report: {out / 'report.md'}")
        missed = results.missed(floors)
        if missed:
            _fail("below floor: " + "; ".join(missed))

    _guard(run)


@app.command()
def serve(
    host: Annotated[Optional[str], typer.Option(help="Address to listen on (ASSISTANT_HOST).")] = None,  # noqa: UP045
    port: Annotated[Optional[int], typer.Option(help="Port (ASSISTANT_PORT).")] = None,  # noqa: UP045
) -> None:
    """Start the chat UI and the HTTP API (indexes the bundled articles on first run)."""
    import os

    if host:
        os.environ["ASSISTANT_HOST"] = host
    if port:
        os.environ["ASSISTANT_PORT"] = str(port)
    from app import main as serve_app

    _guard(serve_app)
