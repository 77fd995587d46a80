"""Inline suppression: `<!-- factcheck ignore -->`, and `<!-- factcheck off -->` … `<!-- factcheck on -->`.

A comment may name the findings it silences, by code or name (`<!-- factcheck ignore FC03 -->`,
`<!-- factcheck off FC03, FC05 -->`); without any, it silences every finding. `on` ends the
`off` that named the same findings, or, naming none, every `off` still open.

The reader finds the comments (in Markdown where they stand, in HTML at their place in the visible
text, carried there by a marker character) and turns them here into the spans of the document's
text whose findings are silenced:

- `ignore` at the start of a line (alone on it, or before the paragraph's text): the paragraph
  that follows; after text and before a word on the same line: that word, the figure it precedes;
  at the end of a line of text: the paragraph it ends;
- `off` silences everything up to the next `on`, or to the end of the document.
"""

from __future__ import annotations

import re

Codes = tuple[str, ...]  # the findings (codes or names, lower case) a comment names; () is all
Directive = tuple[int, int, str, Codes]  # where the comment starts and ends in the text, and what it says
Span = tuple[int, int, Codes]  # a stretch of text and the findings silenced in it

_COMMENT = r"\s*factcheck\s+(ignore|off|on)((?:[\s,]+[\w-]+)*)\s*"
_DIRECTIVE = re.compile(f"<!--{_COMMENT}-->", re.IGNORECASE)
# Unicode noncharacters (reserved for a program's internal use) stand for the comments in HTML text:
# one per directive, then the findings it names, ended by another.
_MARKERS = {"ignore": "\ufdd0", "off": "\ufdd1", "on": "\ufdd2"}
_END = "\ufdd3"
_KIND_OF_MARKER = {marker: kind for kind, marker in _MARKERS.items()}
_SPLIT = re.compile(f"([{''.join(_MARKERS.values())}])(?:([\\w,-]*){_END})?")
_NAMES = re.compile(r"[\w-]+")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_WORD = re.compile(r"\s*\S+")
_SPACE = re.compile(r"\s*")


def markdown_directives(text: str) -> list[Directive]:
    """The factcheck comments in a Markdown text."""
    return [
        (match.start(), match.end(), match.group(1).lower(), _codes(match.group(2)))
        for match in _DIRECTIVE.finditer(text)
    ]


def html_marker(comment: str) -> str:
    """The marker characters that stand for an HTML comment's directive in the visible text, or ""."""
    match = re.fullmatch(_COMMENT, comment, re.IGNORECASE)
    return f"{_MARKERS[match.group(1).lower()]}{','.join(_codes(match.group(2)))}{_END}" if match else ""


def _codes(names: str | None) -> Codes:
    return tuple(name.lower() for name in _NAMES.findall(names or ""))


def take_markers(text: str) -> tuple[str, list[Directive]]:
    """The text without its marker characters, and the directive each stood for, at its place."""
    kept: list[str] = []
    directives: list[Directive] = []
    offset = 0
    pieces = _SPLIT.split(text)
    for at in range(0, len(pieces), 3):
        kept.append(pieces[at])
        offset += len(pieces[at])
        if at + 1 < len(pieces):
            directives.append((offset, offset, _KIND_OF_MARKER[pieces[at + 1]], _codes(pieces[at + 2])))
    return "".join(kept), directives


def suppressed_spans(text: str, directives: list[Directive]) -> tuple[Span, ...]:
    """The spans of `text` that the directives silence, each with the findings it silences."""
    spans: list[Span] = []
    off_since: dict[Codes, int] = {}  # the open `off`s, by the findings they name
    for start, end, kind, codes in directives:
        if kind == "off":
            off_since.setdefault(codes, start)
        elif kind == "on":
            for closed in [codes] if codes else list(off_since):
                if closed in off_since:
                    spans.append((off_since.pop(closed), end, closed))
        else:
            spans.append((*_ignored(text, start, end), codes))
    spans.extend((since, len(text), codes) for codes, since in off_since.items())
    return tuple(sorted(spans))


def _ignored(text: str, start: int, end: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if not text[line_start:start].strip():
        return _paragraph(text, _SPACE.match(text, end).end())
    if text[end:line_end].strip():
        return end, _WORD.match(text, end).end()
    return _paragraph(text, start)


def _paragraph(text: str, at: int) -> tuple[int, int]:
    """The paragraph (text between blank lines) that `at` is in."""
    before = [match.end() for match in _PARAGRAPH_BREAK.finditer(text, 0, at)]
    after = _PARAGRAPH_BREAK.search(text, at)
    return (before[-1] if before else 0), (after.start() if after else len(text))
