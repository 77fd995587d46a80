"""Stage 1: files and folders -> Documents (text plus title, date and outlet when known).

This is the only stage that reads the disk. Plain text and Markdown keep their characters where
they were (front matter, code blocks and link targets are blanked with spaces, so offsets still
point into the file); HTML is parsed and only its visible article text is kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from html.parser import HTMLParser
from pathlib import Path

from checker.model import Document, ReadError

SUFFIXES = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}

_ISO_DATE = r"(?P<iso>\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?)"
_DOTTED_DATE = r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})(?:\s+(?P<time>\d{1,2}:\d{2}(?::\d{2})?))?"
_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_WORDED_DATE = r"(?P<mname>" + "|".join(_MONTHS) + r")\s+(?P<mday>\d{1,2}),?\s+(?P<myear>\d{4})"
_DATE = re.compile(f"{_ISO_DATE}|{_DOTTED_DATE}|{_WORDED_DATE}", re.IGNORECASE)
_FILE_NAME = re.compile(r"^(?P<outlet>.+?)_(?P<date>\d{4}-\d{2}-\d{2})$")
_FOOTER_OUTLET = re.compile(r"^\s*(?P<outlet>[A-Z][\w.&' -]{1,40}),\s+\d{1,2}\.\d{1,2}\.\d{4}\s*$", re.MULTILINE)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>.*?\n)---[ \t]*(?:\n|\Z)", re.DOTALL)
_FENCE = re.compile(r"^(```|~~~).*?^\1[ \t]*$", re.DOTALL | re.MULTILINE)
_LINK_TARGET = re.compile(r"\]\([^)\n]*\)|<!--.*?-->|<https?://[^>\n]*>", re.DOTALL)


def find_files(paths: Iterable[Path]) -> Iterator[tuple[Path, str] | ReadError]:
    """Each article file with a unique document id, or a ReadError for a path that is not there."""
    seen: set[str] = set()
    for root in paths:
        if root.is_dir():
            found = sorted(p for p in root.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file())
            files = [(p, p.relative_to(root).as_posix()) for p in found]
            files = [(p, doc_id) for p, doc_id in files if not any(part.startswith(".") for part in doc_id.split("/"))]
        elif root.is_file():
            files = [(root, root.name)]
        else:
            yield ReadError(str(root), "no such file or folder")
            continue
        for path, doc_id in files:
            doc_id = path.as_posix() if doc_id in seen else doc_id
            seen.add(doc_id)
            yield path, doc_id


def read_documents(paths: Iterable[Path]) -> Iterator[Document | ReadError]:
    """Read every article under `paths`; a file that cannot be read yields a ReadError."""
    for found in find_files(paths):
        yield found if isinstance(found, ReadError) else read_document(*found)


def read_document(path: Path, doc_id: str) -> Document | ReadError:
    """One file as a Document, or the reason it cannot be one."""
    try:
        data = path.read_bytes()
    except OSError as error:
        return ReadError(str(path), error.strerror or str(error))
    try:
        text = _decode(data)
    except ValueError as error:
        return ReadError(str(path), str(error))
    kind = SUFFIXES.get(path.suffix.lower(), "text")
    meta: dict[str, str | None] = {}
    if kind == "html":
        text, meta = _html_text(text)
    elif kind == "markdown":
        text, meta = _markdown_text(text)
    return Document(
        id=doc_id,
        path=str(path),
        text=text,
        title=meta.get("title") or _first_line_title(text),
        published=meta.get("date") or _published(text, path),
        outlet=meta.get("outlet") or _outlet(text, path),
    )


def _decode(data: bytes) -> str:
    """The text of a file's bytes; ValueError says why there is none."""
    if b"\x00" in data[:4096]:
        raise ValueError("binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValueError(f"not UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start})") from None
    if not text.strip():
        raise ValueError("empty file")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _blank(text: str, pattern: re.Pattern[str]) -> str:
    """Replace each match with spaces (newlines kept), so offsets stay where they were."""
    return pattern.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), text)


def _markdown_text(text: str) -> tuple[str, dict[str, str | None]]:
    meta: dict[str, str | None] = {}
    front = _FRONT_MATTER.match(text)
    if front:
        for line in front.group("body").splitlines():
            key, _, value = line.partition(":")
            if key.strip().lower() in ("title", "date", "published", "outlet", "source"):
                name = {"published": "date", "source": "outlet"}.get(key.strip().lower(), key.strip().lower())
                meta.setdefault(name, value.strip().strip("'\"") or None)
        text = _blank(text, _FRONT_MATTER)
    text = _blank(_blank(text, _FENCE), _LINK_TARGET)
    return text, meta


_SKIP_TAGS = frozenset("script style noscript nav header footer aside form template svg".split())
_BLOCK_TAGS = frozenset(
    "p div br li h1 h2 h3 h4 h5 h6 tr section article blockquote figcaption pre table ul ol title".split()
)


class _ArticleParser(HTMLParser):
    """Collects the visible text of an HTML page, leaving out scripts, styles and navigation."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.meta: dict[str, str | None] = {}
        self._skipping = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag in _SKIP_TAGS:
            self._skipping += 1
        elif tag == "title":
            self._in_title = True
        elif tag == "meta":
            name = (attributes.get("property") or attributes.get("name") or "").lower()
            key = {
                "article:published_time": "date",
                "og:site_name": "outlet",
                "og:title": "title",
                "date": "date",
                "pubdate": "date",
            }.get(name)
            if key and attributes.get("content"):
                self.meta.setdefault(key, attributes["content"])
        elif tag == "time" and attributes.get("datetime"):
            self.meta.setdefault("date", attributes["datetime"])
        if tag in _BLOCK_TAGS and not self._skipping:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS and self._skipping:
            self._skipping -= 1
        elif tag == "title":
            self._in_title = False
        if tag in _BLOCK_TAGS and not self._skipping:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.meta.setdefault("title", data.strip() or None)
        elif not self._skipping:
            self.parts.append(data)


def _html_text(html: str) -> tuple[str, dict[str, str | None]]:
    parser = _ArticleParser()
    parser.feed(html)
    parser.close()
    lines = (re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in "".join(parser.parts).split("\n"))
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"
    return text, parser.meta


def _first_line_title(text: str) -> str | None:
    lines = (line.strip() for line in text.splitlines() if line.strip())
    first = next((line for line in lines if not (_DATE.search(line) and len(line) < 40)), "")
    return first if 0 < len(first) <= 200 and not first.endswith((".", ":")) else None


def _published(text: str, path: Path) -> str | None:
    name = _FILE_NAME.match(path.stem)
    if name:
        return name.group("date")
    lines = [line for line in text.splitlines() if line.strip()]
    for line in lines[:3] + lines[-3:]:
        match = _DATE.search(line)
        if match:
            return _iso(match)
    return None


def _iso(match: re.Match[str]) -> str:
    if match.group("iso"):
        return match.group("iso").replace(" ", "T")
    if match.group("year"):
        date = f"{match.group('year')}-{int(match.group('month')):02d}-{int(match.group('day')):02d}"
        time = match.group("time")
        return f"{date}T{time if time.count(':') == 2 else time + ':00'}" if time else date
    month = _MONTHS.index(match.group("mname").lower()) + 1
    return f"{match.group('myear')}-{month:02d}-{int(match.group('mday')):02d}"


def _outlet(text: str, path: Path) -> str | None:
    name = _FILE_NAME.match(path.stem)
    if name:
        return name.group("outlet")
    footer = _FOOTER_OUTLET.search(text)
    return footer.group("outlet").strip() if footer else None
