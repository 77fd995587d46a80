"""The command line: parse options, call the library, print, and choose the exit code.

Only `main` exits; everything below returns or raises.
"""

from __future__ import annotations

import json
import signal
import sys
import traceback
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Optional

import typer

from checker import __version__
from checker.exit_codes import ExitCode, exit_code
from checker.model import Claim, ReadError
from checker.pipeline import check, extract_text
from checker.read import read_documents
from checker.report import FORMATS, OutputError, check_out, write_reports
from checker.report.terminal import summary
from checker.rules import RuleError, RuleSet, load_rules

app = typer.Typer(
    help="Find the figures that disagree across news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class FailOn(StrEnum):
    """Which verdict fails the gate."""

    conflict = "conflict"
    update = "update"
    never = "never"


class Format(StrEnum):
    """Report files to write."""

    csv = "csv"
    json = "json"
    html = "html"


RulesOption = Annotated[
    Optional[Path], typer.Option("--rules", help="Folder of rule files (default: the shipped rules).")
]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factcheck {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show a traceback when factcheck fails.")] = False,
) -> None:
    """Find the figures that disagree across news articles."""


class Interrupted(BaseException):
    """Ctrl-C or a kill: raised past click, which would turn a KeyboardInterrupt into "Aborted!" and exit 1."""


def _interrupt(signum: int, frame: object) -> None:
    raise Interrupted(signum)


def _report_error(error: ReadError) -> None:
    typer.echo(f"factcheck: {error.path}: {error.reason}", err=True)


@app.command()
def run(
    paths: Annotated[list[Path], typer.Argument(help="Article files or folders (.txt, .md, .html).", readable=False)],
    out: Annotated[Path, typer.Option("--out", help="Folder for the reports.")] = Path("reports"),
    formats: Annotated[
        Optional[list[Format]], typer.Option("--format", help="Report to write; repeat for several (default: all).")
    ] = None,
    rules: RulesOption = None,
    fail_on: Annotated[
        FailOn, typer.Option("--fail-on", help="Exit 1 when a group has this verdict or worse.")
    ] = FailOn.conflict,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print no summary.")] = False,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=0, help="Worker processes (0: one per core).")] = 0,
) -> None:
    """Check the figures in articles against each other and write reports."""
    ruleset = load_rules(rules)
    check_out(out, paths)
    result = check(paths, ruleset, on_error=_report_error, jobs=jobs)
    if not result.documents:
        typer.echo("factcheck: no readable article among the inputs", err=True)
        raise typer.Exit(ExitCode.USAGE)
    chosen = tuple(f.value for f in formats) if formats else FORMATS
    written = write_reports(result, out, chosen)
    if not quiet:
        typer.echo(summary(result))
        typer.echo(f"reports: {', '.join(str(path) for path in written)}")
    raise typer.Exit(exit_code(result, fail_on.value))


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Article files or folders, or - for standard input.")],
    rules: RulesOption = None,
) -> None:
    """Print every claim as one JSON object per line."""
    ruleset = load_rules(rules)
    fields = ("document", "start", "end", "surface", "value", "low", "high", "unit", "qualifier", "counted")
    readable = False
    for _document, claims in _extracted(paths, ruleset):
        readable = True
        for claim in claims:
            typer.echo(json.dumps({field: getattr(claim, field) for field in fields}, ensure_ascii=False))
    if not readable:
        raise typer.Exit(ExitCode.USAGE)


def _extracted(paths: list[str], ruleset: RuleSet) -> Iterator[tuple[str, list[Claim]]]:
    """(document id, claims) for standard input and for every readable file."""
    if "-" in paths:
        yield "-", extract_text(sys.stdin.read(), ruleset)
    for item in read_documents(Path(p) for p in paths if p != "-"):
        if isinstance(item, ReadError):
            _report_error(item)
        else:
            yield item.id, extract_text(item.text, ruleset, document=item.id)


def main() -> None:
    """Run the command line; a bad rule file or a bug is one line (a traceback only with --debug)."""
    signal.signal(signal.SIGINT, _interrupt)
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        app()
    except Interrupted:
        typer.echo("factcheck: interrupted; the previous reports are left as they were", err=True)
        sys.exit(ExitCode.INTERRUPTED)
    except (RuleError, OutputError) as error:
        typer.echo(f"factcheck: {error}", err=True)
        sys.exit(ExitCode.USAGE)
    except Exception as error:
        if "--debug" in sys.argv:
            traceback.print_exc()
        typer.echo(f"factcheck: internal error: {error!r} (run with --debug for details)", err=True)
        sys.exit(ExitCode.USAGE)
