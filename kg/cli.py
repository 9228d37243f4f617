"""The ``kg`` command: parse the arguments, call one library function, print.

Errors a user can cause print one ``Error: ...`` line on stderr and exit 1;
usage errors exit 2 (argparse's convention).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from kg import api
from kg.errors import KGError
from kg.formats import FACT_FORMATS, write_facts
from kg.text import one_line

RESULT_FORMATS = ("table", "csv", "tsv", "json", "xml", "turtle", "ttl", "nt", "jsonld")
EXPORT_FORMATS = ("trig", "nq", "ttl", "nt", "jsonld", *api.GRAPH_FORMATS)
LANG_CHOICES = ("auto", "fr", "en")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``kg`` command line; return its exit code."""
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        for spec in args.model or ():
            _set_model(spec)
        return int(args.run(args) or 0)
    except KGError as exc:
        _error(str(exc))
        return 1
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`kg extract ... | head`): not an error.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


def cmd_build(args: argparse.Namespace) -> int:
    """``kg build``: read documents into the store."""
    if args.nquads and args.store != api.DEFAULT_STORE:
        raise KGError("give --store or --nquads, not both: --nquads writes files for a bulk loader instead of a store")
    progress = None if args.quiet or not sys.stderr.isatty() else _Progress(args.paths)
    summary = api.build(
        args.paths,
        store=args.store,
        lang=args.lang,
        report=_reporter(args.quiet),
        progress=progress,
        workers=args.workers,
        dask=args.dask,
        base_iri=args.base_iri,
        nquads=args.nquads,
    )
    if progress is not None:
        progress.done()
    if not args.quiet:
        print(
            f"{summary.added} document(s) added, {summary.unchanged} already in the store, "
            f"{summary.skipped} input(s) skipped; {summary.sentences} sentences, "
            f"{summary.facts} facts, {summary.entities} entities, {summary.triples} triples, "
            f"{summary.warnings} warning(s){f', {summary.errors} error(s)' if summary.errors else ''} "
            f"in {summary.seconds:.1f} s → "
            f"{(args.nquads or args.store) if summary.added or summary.unchanged else '(nothing stored)'}",
            file=sys.stderr,
        )
    return 0 if summary.documents else 1


def cmd_extract(args: argparse.Namespace) -> int:
    """``kg extract``: print facts without storing them."""
    out = sys.stdout
    documents = 0
    for extracted in api.extract(
        args.paths,
        lang=args.lang,
        sentences=args.sentences,
        report=_reporter(False),
        workers=args.workers,
        dask=args.dask,
    ):
        documents += 1
        write_facts(extracted.extraction, extracted.resolution, args.format, out)
    out.flush()
    return 0 if documents else 1


def cmd_query(args: argparse.Namespace) -> int:
    """``kg query``: run SPARQL and print the result."""
    from kg.sparql import format_result

    if (args.query is None) == (args.file is None):
        raise KGError("give a query, or a file of one with -f FILE.rq (not both)")
    text = args.query if args.query is not None else _read_query_file(args.file)
    params = dict(_parse_param(p) for p in args.param or ())
    limit = args.max_rows or None
    result = api.query(text, store=args.store, params=params or None, timeout=args.timeout, limit=limit)
    _write_output(format_result(result, args.format))
    if result.truncated:
        print(
            f"Warning: the answer was cut at {result.limit} rows (--max-rows); "
            "raise the cap, or narrow the query with LIMIT/FILTER",
            file=sys.stderr,
        )
    return 0


def cmd_view(args: argparse.Namespace) -> int:
    """``kg view``: write an interactive HTML view."""
    api.view(
        store=args.store,
        output=args.output,
        focus=args.focus,
        depth=args.depth,
        sparql=args.sparql,
        doc=args.doc,
        max_nodes=args.max_nodes,
    )
    print(f"View written to {args.output} (open it in a browser; it works offline).", file=sys.stderr)
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    """``kg show``: print an entity's card."""
    from kg.sparql.card import format_card

    sys.stdout.write(format_card(api.show(args.entity, store=args.store)))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """``kg export``: write the graph in an RDF or network format."""
    data = api.export(store=args.store, format=args.format, output=args.output)
    if data is not None:
        _write_output(data)
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    """``kg remove``: take documents out of the store."""
    for doc_id in api.remove(args.ids, store=args.store):
        print(f"Removed document {doc_id}.", file=sys.stderr)
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    """``kg serve``: run the SPARQL endpoint until interrupted."""
    api.serve(
        store=args.store,
        host=args.host,
        port=args.port,
        allow_update=args.allow_update,
        timeout=args.timeout,
        max_rows=args.max_rows,
        views=args.views,
    )
    return 0


def _parser() -> argparse.ArgumentParser:
    """The argument parser of every command."""
    parser = argparse.ArgumentParser(
        prog="kg",
        description="Turn documents into an RDF knowledge graph, query it with SPARQL, and view it.",
    )
    parser.add_argument("--version", action="version", version=f"kg {_version()}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    def command(name: str, run, help: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help, description=help)
        sub.set_defaults(run=run, command=name)
        sub.add_argument(
            "--model",
            action="append",
            metavar="LANG=NAME",
            help="spaCy pipeline to use for a language (also KG_MODEL_FR, KG_MODEL_EN)",
        )
        return sub

    def store_option(sub: argparse.ArgumentParser) -> None:
        sub.add_argument(
            "--store",
            default=api.DEFAULT_STORE,
            help=f"store directory, or URL of a SPARQL endpoint (default: ./{api.DEFAULT_STORE})",
        )

    def input_options(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("paths", nargs="+", metavar="PATH", help="files, directories, or - for stdin")
        sub.add_argument(
            "--lang", choices=LANG_CHOICES, default="auto", help="language of the documents (default: identify each)"
        )
        sub.add_argument(
            "--workers",
            type=int,
            default=1,
            metavar="N",
            help="processes for parsing (and extraction, when they leave no core free), 0 to parse in this one (default: 1)",
        )
        sub.add_argument(
            "--dask", metavar="ADDRESS", help="run parsing and extraction on a Dask cluster: tcp://HOST:PORT, or local"
        )

    sub = command("build", cmd_build, "Read documents into the knowledge graph store.")
    input_options(sub)
    store_option(sub)
    sub.add_argument("-q", "--quiet", action="store_true", help="print only warnings and errors")
    sub.add_argument(
        "--base-iri",
        metavar="IRI",
        help="base of every IRI minted, kept with a new store (default: https://kg.example/); "
        "e.g. https://data.example.org/kg/, or the URL kg serve answers at, for Linked Data",
    )
    sub.add_argument(
        "--nquads",
        metavar="DIR",
        help="write each batch of documents as an N-Quads file in DIR (with manifest.jsonl; resumable) "
        "for a triplestore's bulk loader, instead of a store",
    )

    sub = command("extract", cmd_extract, "Print the facts of documents without storing them.")
    input_options(sub)
    sub.add_argument("--sentences", action="store_true", help="treat every input line as one sentence, kept verbatim")
    sub.add_argument("--format", choices=FACT_FORMATS, default="jsonl", help="output format (default: jsonl)")

    sub = command("query", cmd_query, "Run a SPARQL 1.1 query over the store.")
    sub.add_argument("query", nargs="?", help="the query text")
    sub.add_argument("-f", "--file", help="read the query from this .rq file (- for stdin)")
    store_option(sub)
    sub.add_argument(
        "--format",
        choices=RESULT_FORMATS,
        default=None,
        help="result format (default: table, or turtle for CONSTRUCT/DESCRIBE)",
    )
    sub.add_argument(
        "--param", action="append", metavar="NAME=VALUE", help="bind ?NAME to VALUE (an IRI in <>, or a literal)"
    )
    sub.add_argument("--timeout", type=float, default=None, help="stop the query after this many seconds")
    sub.add_argument(
        "--max-rows",
        type=int,
        default=api.DEFAULT_QUERY_LIMIT,
        metavar="N",
        help=f"print at most N rows or triples, and say so when cut; 0 for no cap (default: {api.DEFAULT_QUERY_LIMIT})",
    )

    sub = command("view", cmd_view, "Write an interactive HTML network view of the graph.")
    store_option(sub)
    sub.add_argument("-o", "--output", default="kg-view.html", help="HTML file to write (default: kg-view.html)")
    sub.add_argument("--focus", metavar="LABEL", help="draw the neighbourhood of this entity")
    sub.add_argument("--depth", type=int, default=1, help="hops around --focus (default: 1)")
    sub.add_argument("--sparql", metavar="QUERY", help="draw the result of a CONSTRUCT or SELECT ?s ?p ?o")
    sub.add_argument("--doc", metavar="ID", help="draw one document's facts")
    sub.add_argument("--max-nodes", type=int, default=None, help="keep at most N nodes, the most important")

    sub = command("show", cmd_show, "Print an entity's card: labels, types, aliases, and its facts with their sources.")
    sub.add_argument("entity", metavar="ENTITY", help="a label or alias (any case), kge:KEY, or the entity's IRI")
    store_option(sub)

    sub = command("export", cmd_export, "Write the graph as RDF (or GraphML/GEXF for Gephi).")
    store_option(sub)
    sub.add_argument("--format", choices=EXPORT_FORMATS, default="trig", help="output format (default: trig)")
    sub.add_argument("-o", "--output", help="file to write (default: stdout)")

    sub = command("remove", cmd_remove, "Take documents and the facts only they support out of the store.")
    sub.add_argument("ids", nargs="+", metavar="DOC_ID", help="document ids (or prefixes of 8+ characters)")
    store_option(sub)

    sub = command("serve", cmd_serve, "Serve the store as a SPARQL endpoint with a query page and views.")
    store_option(sub)
    sub.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1)")
    sub.add_argument("--port", type=int, default=7878, help="port (default: 7878)")
    sub.add_argument("--allow-update", action="store_true", help="accept SPARQL updates (default: read-only)")
    sub.add_argument("--timeout", type=float, default=30.0, help="query timeout in seconds (default: 30)")
    sub.add_argument("--max-rows", type=int, default=10_000, help="result rows cap (default: 10000)")
    sub.add_argument("--views", metavar="DIR", help="also serve the kg view pages of this directory under /views/")
    return parser


def _reporter(quiet: bool):
    """Print problems as one ``Warning:``/``Error:`` line each on stderr."""

    def report(level: str, message: str) -> None:
        prefix = "Error" if level == "error" else "Warning"
        print(f"{prefix}: {one_line(message)}", file=sys.stderr)

    return report


class _Progress:
    """A progress bar on stderr: documents done, documents per second, time left."""

    def __init__(self, paths: Sequence[str]) -> None:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        from kg.ingest.reader import count_documents

        self._progress = Progress(
            TextColumn("building"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]} docs/s"),
            TimeElapsedColumn(),
            TextColumn("left"),
            TimeRemainingColumn(),
            transient=True,
        )
        self._task = self._progress.add_task("build", total=count_documents(paths), rate="-")
        self._progress.start()

    def __call__(self, done: int) -> None:
        elapsed = self._progress.tasks[0].elapsed or 1e-9
        self._progress.update(self._task, completed=done, rate=f"{done / elapsed:.1f}")

    def done(self) -> None:
        self._progress.stop()


def _set_model(spec: str) -> None:
    """Apply one ``--model LANG=NAME``."""
    from kg import nlp

    lang, sep, name = spec.partition("=")
    if not sep or not name:
        raise KGError(f"--model {spec!r} is not LANG=NAME; write e.g. --model en=en_core_web_sm")
    nlp.set_model(lang, name)


def _parse_param(spec: str) -> tuple[str, str]:
    """Split one ``--param NAME=VALUE``."""
    name, sep, value = spec.partition("=")
    if not sep or not name.lstrip("?$").isidentifier():
        raise KGError(f"--param {spec!r} is not NAME=VALUE; write e.g. --param org='\"Alibaba\"'")
    return name.lstrip("?$"), value


def _read_query_file(path: str) -> str:
    """The text of a query file, or stdin for ``-``."""
    if path == "-":
        return sys.stdin.read()
    try:
        return Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise KGError(f"query file {path}: no such file; check the path") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise KGError(f"query file {path}: cannot be read ({exc.__class__.__name__}); give a UTF-8 text file") from None


def _write_output(data: str | bytes) -> None:
    """Write a result to stdout, ending with a newline."""
    if isinstance(data, bytes):
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        if data and not data.endswith(b"\n"):
            sys.stdout.buffer.write(b"\n")
        sys.stdout.buffer.flush()
    else:
        sys.stdout.write(data if data.endswith("\n") or not data else data + "\n")


def _error(message: str) -> None:
    """Print one error line on stderr."""
    print(f"Error: {one_line(message)}", file=sys.stderr)


def _version() -> str:
    """The installed version of ``kg``."""
    from kg import __version__

    return __version__


if __name__ == "__main__":
    raise SystemExit(main())
