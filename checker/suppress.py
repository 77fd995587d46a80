"""Inline suppression: `<!-- factcheck ignore -->`, and `<!-- factcheck off -->` … `<!-- factcheck on -->`.

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

Directive = tuple[int, int, str]  # where the comment starts and ends in the text, and what it says

_COMMENT = r"\s*factcheck\s+(ignore|off|on)\s*"
_DIRECTIVE = re.compile(f"<!--{_COMMENT}-->", re.IGNORECASE)
# Unicode noncharacters (reserved for a program's internal use) stand for the comments in HTML text.
_MARKERS = {"ignore": "\ufdd0", "off": "\ufdd1", "on": "\ufdd2"}
_KIND_OF_MARKER = {marker: kind for kind, marker in _MARKERS.items()}
_SPLIT = re.compile(f"([{''.join(_MARKERS.values())}])")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_WORD = re.compile(r"\s*\S+")
_SPACE = re.compile(r"\s*")


def markdown_directives(text: str) -> list[Directive]:
    """The factcheck comments in a Markdown text."""
    return [(match.start(), match.end(), match.group(1).lower()) for match in _DIRECTIVE.finditer(text)]


def html_marker(comment: str) -> str:
    """The marker character that stands for an HTML comment's directive in the visible text, or ""."""
    match = re.fullmatch(_COMMENT, comment, re.IGNORECASE)
    return _MARKERS[match.group(1).lower()] if match else ""


def take_markers(text: str) -> tuple[str, list[Directive]]:
    """The text without its marker characters, and the directive each stood for, at its place."""
    kept: list[str] = []
    directives: list[Directive] = []
    offset = 0
    for piece in _SPLIT.split(text):
        if piece in _KIND_OF_MARKER:
            directives.append((offset, offset, _KIND_OF_MARKER[piece]))
        else:
            kept.append(piece)
            offset += len(piece)
    return "".join(kept), directives


def suppressed_spans(text: str, directives: list[Directive]) -> tuple[tuple[int, int], ...]:
    """The spans of `text` that the directives silence."""
    spans = []
    off_since: int | None = None
    for start, end, kind in directives:
        if kind == "off" and off_since is None:
            off_since = start
        elif kind == "on" and off_since is not None:
            spans.append((off_since, end))
            off_since = None
        elif kind == "ignore":
            spans.append(_ignored(text, start, end))
    if off_since is not None:
        spans.append((off_since, len(text)))
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
