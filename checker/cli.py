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
from checker.baseline import DEFAULT_BASELINE, BaselineError, baseline_json, read_baseline
from checker.exit_codes import INTERRUPTED_LINE, ExitCode, decide, exit_code
from checker.model import Claim, ReadError, RunResult
from checker.pipeline import check, extract_text
from checker.read import read_documents
from checker.report import FORMATS, OutputError, check_out, report_process, write_atomic, write_reports
from checker.report.lines import finding_lines
from checker.report.progress import ProgressBar
from checker.report.terminal import findings_summary, summary
from checker.rules import RuleError, RuleSet, load_rules

app = typer.Typer(
    help="Find the figures that disagree across news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class FailOn(StrEnum):
    """Which new findings fail the gate (conflict and update are the old names of error and warning)."""

    error = "error"
    warning = "warning"
    never = "never"
    conflict = "conflict"
    update = "update"


class Format(StrEnum):
    """Report files to write, or `lines`: one line per finding on the terminal."""

    csv = "csv"
    json = "json"
    html = "html"
    sarif = "sarif"
    lines = "lines"


# readable=False: a file that cannot be read is one line of the run, not a usage error that stops it.
PathsArgument = Annotated[
    list[Path], typer.Argument(help="Article files or folders (.txt, .md, .html).", readable=False)
]
RulesOption = Annotated[
    Optional[Path], typer.Option("--rules", help="Folder of rule files (default: the shipped rules).")
]
AgainstOption = Annotated[
    Optional[list[Path]],
    typer.Option(
        "--against",
        help="Sources (files or folders) to check the articles against; every path after it, up to the next option.",
    ),
]
BaselineOption = Annotated[
    Optional[Path],
    typer.Option(
        "--baseline", help=f"File of accepted findings (see `accept`); default: {DEFAULT_BASELINE}, read if it exists."
    ),
]
LevelOption = Annotated[
    Optional[list[str]],
    typer.Option(
        "--level", help="NAME=LEVEL: a finding's level for this run (name or code; error, warning, info, off)."
    ),
]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="Print no summary and no progress bar.")]
JobsOption = Annotated[int, typer.Option("--jobs", "-j", min=0, help="Worker processes (0: one per core).")]


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


def _error_line(error: ReadError) -> str:
    return f"factcheck: {error.path}: {error.reason}"


@app.command()
def run(
    paths: PathsArgument,
    out: Annotated[Path, typer.Option("--out", help="Folder for the reports.")] = Path("reports"),
    formats: Annotated[
        Optional[list[Format]],
        typer.Option(
            "--format",
            help="Report file to write, or lines (the findings, one a line); repeat for several (default: all files).",
        ),
    ] = None,
    rules: RulesOption = None,
    against: AgainstOption = None,
    fail_on: Annotated[
        FailOn, typer.Option("--fail-on", help="Exit 1 on a new finding of this level or worse.")
    ] = FailOn.error,
    baseline: BaselineOption = None,
    level: LevelOption = None,
    quiet: QuietOption = False,
    jobs: JobsOption = 0,
) -> None:
    """Check the figures in articles against each other, or drafts against sources, and write reports."""
    chosen = {f.value for f in formats} if formats else set(FORMATS)
    reports = tuple(f for f in FORMATS if f in chosen)
    with report_process(reports, jobs) as second:
        ruleset = _ruleset(rules, level)
        check_out(out, [*paths, *(against or ())])
        result = _checked(paths, against, ruleset, jobs, quiet, read_baseline(baseline))
        gate = decide(result, fail_on.value)
        written = write_reports(result, out, reports, gate, second) if reports else []
    if "lines" in chosen:
        typer.echo(finding_lines(result), nl=False)
    elif not quiet:
        typer.echo(f"{summary(result)}\n\n{findings_summary(result)}")
        typer.echo(f"reports: {', '.join(str(path) for path in written)}")
    raise typer.Exit(exit_code(gate))


@app.command()
def accept(
    paths: PathsArgument,
    rules: RulesOption = None,
    against: AgainstOption = None,
    baseline: BaselineOption = None,
    level: LevelOption = None,
    quiet: QuietOption = False,
    jobs: JobsOption = 0,
) -> None:
    """Accept the current findings: write them to the baseline, so later runs list them without failing."""
    result = _checked(paths, against, _ruleset(rules, level), jobs, quiet, frozenset())
    baseline = baseline or DEFAULT_BASELINE
    baseline.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(baseline, baseline_json(result))
    if not quiet:
        accepted = len({f.fingerprint for f in result.findings if f.status != "suppressed"})
        typer.echo(f"{finding_lines(result)}accepted {accepted} findings into {baseline}")


def _ruleset(folder: Path | None, levels: list[str] | None) -> RuleSet:
    """The rules, with the findings' levels given as --level NAME=LEVEL."""
    overrides = {}
    for item in levels or ():
        name, equals, value = item.partition("=")
        if not equals:
            raise typer.BadParameter(f"'{item}' is not NAME=LEVEL", param_hint="--level")
        overrides[name.strip()] = value.strip()
    return load_rules(folder).with_levels(overrides)


def _checked(
    paths: list[Path], against: list[Path] | None, rules: RuleSet, jobs: int, quiet: bool, accepted: frozenset[str]
) -> RunResult:
    """The checked run, with a progress bar; exits 2 when no article (or, with --against, no draft) is readable."""
    with ProgressBar(sys.stderr, enabled=not quiet) as progress:
        result = check(paths, rules, lambda e: progress.note(_error_line(e)), jobs, against or (), accepted, progress)
    if not result.documents or (against and not result.drafts):
        typer.echo(f"factcheck: no readable {'draft' if result.documents else 'article'} among the inputs", err=True)
        raise typer.Exit(ExitCode.USAGE)
    return result


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
            typer.echo(_error_line(item), err=True)
        else:
            yield item.id, extract_text(item.text, ruleset, document=item.id)


def spread_against(args: list[str]) -> list[str]:
    """`--against A B` as the option parser takes it, `--against A --against B`: the paths up to the next option."""
    spread: list[str] = []
    sources = False
    for number, arg in enumerate(args):
        if arg == "--":
            return spread + args[number:]
        if arg.startswith("-") and arg != "-":
            sources = arg == "--against"
        elif sources and spread[-1] != "--against":
            spread.append("--against")
        spread.append(arg)
    return spread


def main() -> None:
    """Run the command line; bad rules, baseline or --out, or a bug, is one line (a traceback only with --debug)."""
    try:
        signal.signal(signal.SIGINT, _interrupt)
        signal.signal(signal.SIGTERM, _interrupt)
        app(args=spread_against(sys.argv[1:]))
    except Interrupted:
        typer.echo(INTERRUPTED_LINE, err=True)
        sys.exit(ExitCode.INTERRUPTED)
    except (RuleError, BaselineError, OutputError) as error:
        typer.echo(f"factcheck: {error}", err=True)
        sys.exit(ExitCode.USAGE)
    except Exception as error:
        if "--debug" in sys.argv:
            traceback.print_exc()
        typer.echo(f"factcheck: internal error: {error!r} (run with --debug for details)", err=True)
        sys.exit(ExitCode.USAGE)
