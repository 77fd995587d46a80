"""factcheck: find the figures that disagree across news articles.

The library API: `check(paths)`, or `check(drafts, against=sources)`, runs the whole pipeline and
returns a RunResult with its findings; `extract_text(text)` returns the claims in one text;
`load_rules(folder)` reads rule files.
"""

from checker.model import Claim, Document, Finding, Group, ReadError, RunResult, Verdict
from checker.pipeline import check, extract_text
from checker.rules import RuleError, RuleSet, load_rules

__version__ = "0.1.0"

__all__ = [
    "Claim",
    "Document",
    "Finding",
    "Group",
    "ReadError",
    "RuleError",
    "RuleSet",
    "RunResult",
    "Verdict",
    "__version__",
    "check",
    "extract_text",
    "load_rules",
]
