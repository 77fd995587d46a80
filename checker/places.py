"""Where the visible text of an HTML page stands in its source: line and column of the markup.

The reader keeps an HTML page's visible text, without its tags, with its entities decoded and its
white space folded, so an offset into that text is not a place in the file an editor opens. While
parsing, the reader notes where each run of text (a data chunk) starts in the source;
`source_places` lines those chunks up with the finished text and keeps an anchor (visible offset,
source line, source column) wherever the two stop moving in step: at each source line, wherever
white space was folded and around each entity (`&nbsp;`, `&pound;`). Between anchors, an offset
moves along its anchor's line one column per character.

The finished text differs from the chunks only in white space, in the marker characters that
stand for factcheck comments and in invisible characters the reader turns into spaces, so the
other characters of both, in order, are the same.
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Iterator, Sequence

Place = tuple[int, int, int]  # offset into the visible text, 1-based source line and column
Chunk = tuple[str, int, int]  # text as the parser got it, with the 1-based line and 0-based column it starts at

# Characters either side may drop, fold or turn into a space: white space, the comment markers,
# and the invisible characters the reader maps to a narrow space.
_WORD = re.compile("[^\\s\ufdd0-\ufdd2\u200b\u2060\ufeff]+")
_GAP = re.compile("[\\s\ufdd0-\ufdd2\u200b\u2060\ufeff]*")
_INVISIBLE = re.compile("[\ufdd0-\ufdd2\u200b\u2060\ufeff]")
_ENTITY = re.compile(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)")  # as html.unescape reads them
_NEWLINE = re.compile("\n")


def source_places(text: str, source: str, chunks: Sequence[Chunk]) -> tuple[Place, ...]:
    """Anchors that map offsets in `text` back to `source`, the markup the `chunks` were read from."""
    line_starts = [0, *(match.end() for match in _NEWLINE.finditer(source))]
    places: list[Place] = []

    def anchor(offset: int, where: int) -> None:
        line = bisect.bisect_right(line_starts, where)
        column = where - line_starts[line - 1] + 1
        if not places or places[-1][1] != line or places[-1][2] + offset - places[-1][0] != column:
            places.append((offset, line, column))

    position = _GAP.match(text).end()  # the next character of `text` to match
    for chunk, line, column in chunks:
        for literal, at, spelled in _literal_runs(chunk, line_starts[line - 1] + column, source):
            if position >= len(text):
                return tuple(places)
            first = _GAP.match(literal).end()
            inner = literal[first : len(literal.rstrip())]
            folded = " ".join(inner.split()) != inner or _INVISIBLE.search(inner)
            if inner and not folded and text.startswith(inner, position):
                pieces = [(first, inner)]  # the usual case: the run's words stand in the text as they are
            else:
                pieces = [(piece.start(), piece.group()) for piece in _WORD.finditer(literal)]
            for start, piece in pieces:
                anchor(position, at + start)
                if spelled != len(literal):  # an entity: the character after it is past its spelling
                    anchor(position + len(piece), at + spelled)
                position = _GAP.match(text, position + len(piece)).end()
    return tuple(places)


def _literal_runs(chunk: str, start: int, source: str) -> Iterator[tuple[str, int, int]]:
    """The chunk cut where its source spells a character as an entity: each run, its source offset and length."""
    done, at = 0, start  # characters of the chunk done, and where the source stands
    while done < len(chunk) and at < len(source):
        entity = source.find("&", at, at + len(chunk) - done)
        if entity < 0:
            yield chunk[done:], at, len(chunk) - done
            return
        if entity > at:
            yield chunk[done : done + entity - at], at, entity - at
            done, at = done + entity - at, entity
        match = _ENTITY.match(source, entity)
        spelled = match.group() if match else "&"
        decoded = html.unescape(spelled)
        if decoded == spelled:  # a bare "&"
            decoded, spelled = "&", "&"
        else:  # "&pound500" is "£500": the entity, then literal text the next run takes
            kept = 0
            while kept < min(len(decoded), len(spelled)) - 1 and decoded[-1 - kept] == spelled[-1 - kept]:
                kept += 1
            decoded, spelled = decoded[: len(decoded) - kept], spelled[: len(spelled) - kept]
        yield chunk[done : done + len(decoded)], at, len(spelled)
        done, at = done + len(decoded), at + len(spelled)


def source_line_column(places: Sequence[Place], offset: int) -> tuple[int, int]:
    """1-based source line and column of an offset into the visible text (the anchor before it, or the first)."""
    at = max(bisect.bisect_right(places, offset, key=lambda place: place[0]) - 1, 0)
    start, line, column = places[at]
    return line, column + offset - start
