"""The pipeline: paths -> documents -> figures -> claims -> groups and verdicts.

`check` composes the stages for a run; `extract_text` runs the extraction stages on one text.
Neither writes anything: reports are the caller's business (see `checker.report`). Documents are
read and analysed independently, so `check` spreads them over worker processes when asked.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from checker.attribute import describe
from checker.extract import find_figures
from checker.judge import judge
from checker.model import Claim, Document, ReadError, RunResult
from checker.read import find_files, read_document
from checker.rules import RuleSet, load_rules

# Below this many files, starting worker processes costs more than it saves.
_FILES_PER_WORKER = 16
_Analysed = tuple[Document, list[Claim]] | ReadError


def extract_text(text: str, rules: RuleSet | None = None, document: str = "-") -> list[Claim]:
    """The claims in one text, numbered in order, without grouping."""
    claims = _claims_of(Document(id=document, path=document, text=text), rules or load_rules())
    return [replace(claim, id=f"C{number:04d}") for number, claim in enumerate(claims, start=1)]


def check(
    paths: Iterable[Path],
    rules: RuleSet | None = None,
    on_error: Callable[[ReadError], None] | None = None,
    jobs: int = 1,
) -> RunResult:
    """Read, extract, group and judge every article under `paths`, with `jobs` processes (0: one per core)."""
    rules = rules or load_rules()
    documents: list[Document] = []
    errors: list[ReadError] = []
    claims: list[Claim] = []
    with _collector_paused():
        for item in analyse(paths, rules, jobs):
            if isinstance(item, ReadError):
                errors.append(item)
                if on_error:
                    on_error(item)
                continue
            documents.append(item[0])
            claims.extend(item[1])
        documents.sort(key=lambda doc: doc.id)
        claims.sort(key=lambda claim: (claim.document, claim.start, claim.end))
        claims = [replace(claim, id=f"C{number:04d}") for number, claim in enumerate(claims, start=1)]
        claims, groups = judge(claims, documents)
    return RunResult(tuple(documents), tuple(claims), tuple(groups), tuple(errors))


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a run builds its documents and claims.

    The stages make no reference cycles (reference counting frees everything), yet the collector
    walks every live object again and again as the claims pile up: about a sixth of a run. When the
    run is done its objects are frozen (moved out of the collector's sight) for the same reason,
    since they live on until the reports are written.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def analyse(paths: Iterable[Path], rules: RuleSet, jobs: int = 1) -> Iterator[_Analysed]:
    """Each document with its claims, or a ReadError, in file order."""
    files = list(find_files(paths))
    workers = min(jobs or os.cpu_count() or 1, max(1, len(files) // _FILES_PER_WORKER))
    if workers <= 1:
        rules_of_worker(rules)
        yield from map(_analyse_one, files)
        return
    with ProcessPoolExecutor(workers, initializer=_start_worker, initargs=(rules,)) as pool:
        yield from pool.map(_analyse_one, files, chunksize=8)


_worker_rules: list[RuleSet] = []


def rules_of_worker(rules: RuleSet) -> None:
    """Give this process the rules its documents are analysed with."""
    _worker_rules[:] = [rules]


def _start_worker(rules: RuleSet) -> None:
    """Set up a worker process: its rules, and no cyclic collector (see `_collector_paused`)."""
    gc.disable()
    rules_of_worker(rules)


def _analyse_one(found: tuple[Path, str] | ReadError) -> _Analysed:
    if isinstance(found, ReadError):
        return found
    document = read_document(*found)
    if isinstance(document, ReadError):
        return document
    return document, _claims_of(document, _worker_rules[0])


def _claims_of(document: Document, rules: RuleSet) -> list[Claim]:
    """The claims of one document, in order, not yet numbered (`check` numbers them across documents)."""
    return describe(document, find_figures(document.text, rules), rules)
