"""The pipeline: paths -> documents -> figures -> claims -> groups and verdicts -> findings.

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
from itertools import chain
from pathlib import Path

from checker.attribute import describe
from checker.extract import find_figures
from checker.findings import find_findings
from checker.judge import judge
from checker.model import Claim, Document, ReadError, RunResult, changed
from checker.read import find_files, read_document
from checker.rules import RuleSet, load_rules

# Below this many files, starting worker processes costs more than it saves.
_FILES_PER_WORKER = 16
_Analysed = tuple[Document, list[Claim]] | ReadError
Progress = Callable[[int, int], None]  # called with (files done, files in all) as the run goes


def extract_text(text: str, rules: RuleSet | None = None, document: str = "-") -> list[Claim]:
    """The claims in one text, numbered in order, without grouping."""
    claims = _claims_of(Document(id=document, path=document, text=text), rules or load_rules())
    return [changed(claim, id=f"C{number:04d}") for number, claim in enumerate(claims, start=1)]


def check(
    paths: Iterable[Path],
    rules: RuleSet | None = None,
    on_error: Callable[[ReadError], None] | None = None,
    jobs: int = 1,
    against: Iterable[Path] = (),
    accepted: frozenset[str] = frozenset(),
    progress: Progress | None = None,
) -> RunResult:
    """Read, extract, group and judge every article under `paths`, with `jobs` processes (0: one per core).

    With `against`, the articles under `paths` are drafts checked against those sources; `accepted`
    holds the fingerprints of findings signed off in a baseline.
    """
    rules = rules or load_rules()
    against = list(against)
    drafts: set[str] = set()
    if against:
        paths = list(paths)
        drafts = {str(found[0]) for found in find_files(paths) if not isinstance(found, ReadError)}
    documents: list[Document] = []
    errors: list[ReadError] = []
    claims: list[Claim] = []
    with _collector_paused():
        for item in analyse(chain(paths, against), rules, jobs, progress):
            if isinstance(item, ReadError):
                errors.append(item)
                if on_error:
                    on_error(item)
                continue
            documents.append(item[0])
            claims.extend(item[1])
        documents.sort(key=lambda doc: doc.id)
        claims.sort(key=lambda claim: (claim.document, claim.start, claim.end))
        claims = [changed(claim, id=f"C{number:04d}") for number, claim in enumerate(claims, start=1)]
        draft_ids = tuple(doc.id for doc in documents if doc.path in drafts)
        claims, groups = judge(claims, documents, rules.uncounted, frozenset(draft_ids))
    result = RunResult(tuple(documents), tuple(claims), tuple(groups), tuple(errors), draft_ids)
    return changed(result, findings=find_findings(result, dict(rules.levels), accepted))


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


def analyse(
    paths: Iterable[Path], rules: RuleSet, jobs: int = 1, progress: Progress | None = None
) -> Iterator[_Analysed]:
    """Each document with its claims, or a ReadError, in file order; `progress` hears of each file done."""
    files = list(find_files(paths))
    for done, items in enumerate(_analysed(files, rules, jobs), start=1):
        yield from items
        if progress:
            progress(done, len(files))


def _analysed(files: list[tuple[Path, str] | ReadError], rules: RuleSet, jobs: int) -> Iterator[list[_Analysed]]:
    """What `_analyse_one` gives for each file, in file order."""
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


def _analyse_one(found: tuple[Path, str] | ReadError) -> list[_Analysed]:
    """The document with its claims, or its ReadError, after any caveats of reading it (as ReadErrors)."""
    if isinstance(found, ReadError):
        return [found]
    notes: list[ReadError] = []
    document = read_document(*found, notes=notes)
    if isinstance(document, ReadError):
        return [*notes, document]
    return [*notes, (document, _claims_of(document, _worker_rules[0]))]


def _claims_of(document: Document, rules: RuleSet) -> list[Claim]:
    """The claims of one document, in order, not yet numbered (`check` numbers them across documents)."""
    return describe(document, find_figures(document.text, rules), rules)
