"""factcheck: find the figures that disagree across news articles.

The library API: `check(paths)`, or `check(drafts, against=sources)`, runs the whole pipeline and
returns a RunResult with its findings; `extract_text(text)` returns the claims in one text;
`load_rules(folder)` reads rule files.

The names load on first use (PEP 562), so the command line can start answering Ctrl-C before
the pipeline's libraries are imported.
"""

from importlib import import_module

__version__ = "0.1.0"

_HOMES = {
    "Claim": "checker.model",
    "Document": "checker.model",
    "Finding": "checker.model",
    "Group": "checker.model",
    "ReadError": "checker.model",
    "RunResult": "checker.model",
    "Verdict": "checker.model",
    "check": "checker.pipeline",
    "extract_text": "checker.pipeline",
    "RuleError": "checker.rules",
    "RuleSet": "checker.rules",
    "load_rules": "checker.rules",
}

__all__ = sorted([*_HOMES, "__version__"])


def __getattr__(name: str) -> object:
    if name not in _HOMES:
        raise AttributeError(f"module 'checker' has no attribute {name!r}")
    return getattr(import_module(_HOMES[name]), name)
