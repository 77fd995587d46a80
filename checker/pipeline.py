"""The pipeline: paths -> documents -> figures -> claims -> groups and verdicts.

`check` composes the stages for a run; `extract_text` runs the extraction stages on one text.
Neither writes anything: reports are the caller's business (see `checker.report`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path

from checker.attribute import describe
from checker.extract import find_figures
from checker.judge import judge
from checker.model import Claim, Document, ReadError, RunResult
from checker.read import read_documents
from checker.rules import RuleSet, load_rules


def extract_text(text: str, rules: RuleSet | None = None, document: str = "-") -> list[Claim]:
    """The claims in one text, numbered in order, without grouping."""
    return _claims_of(Document(id=document, path=document, text=text), rules or load_rules())


def check(
    paths: Iterable[Path],
    rules: RuleSet | None = None,
    on_error: Callable[[ReadError], None] | None = None,
) -> RunResult:
    """Read, extract, group and judge every article under `paths`."""
    rules = rules or load_rules()
    documents: list[Document] = []
    errors: list[ReadError] = []
    claims: list[Claim] = []
    for item in read_documents(paths):
        if isinstance(item, ReadError):
            errors.append(item)
            if on_error:
                on_error(item)
            continue
        documents.append(item)
        claims.extend(_claims_of(item, rules))
    documents.sort(key=lambda doc: doc.id)
    claims.sort(key=lambda claim: (claim.document, claim.start, claim.end))
    claims = [replace(claim, id=f"C{number:04d}") for number, claim in enumerate(claims, start=1)]
    claims, groups = judge(claims, documents)
    return RunResult(tuple(documents), tuple(claims), tuple(groups), tuple(errors))


def _claims_of(document: Document, rules: RuleSet) -> list[Claim]:
    claims = describe(document, find_figures(document.text, rules), rules)
    return [replace(claim, id=f"C{number:04d}") for number, claim in enumerate(claims, start=1)]
