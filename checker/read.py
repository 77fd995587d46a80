"""Stage 1: files and folders -> Documents (text plus title, date and outlet when known).

This is the only stage that reads the disk. It finds the files (folders recursively, symbolic
links followed once, loops refused), tells text from binary, works out the character encoding
(UTF-8 with or without BOM, UTF-16/32 with BOM, otherwise detected with charset-normalizer) and the
format (by the file's extension, or by sniffing the content when there is none).

Plain text and Markdown keep their characters where they were (front matter, code blocks and link
targets are blanked with spaces, so offsets still point into the file); HTML is parsed and only its
visible article text is kept. Line ends become LF, and a few characters that only look different
(full-width digits, thin spaces) are mapped one to one onto the ones the extractor reads, so a
claim's offsets count the same characters as the text it came from.
"""

from __future__ import annotations

import codecs
import errno
import os
import re
import stat
from collections.abc import Iterable, Iterator
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path

from checker.model import Document, ReadError
from checker.places import Chunk, source_places
from checker.suppress import html_marker, markdown_directives, suppressed_spans, take_markers

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
# A date opens with a digit or a month's first letter: the look-ahead for them lets the regex engine
# skip ahead (twice as fast over an article).
_DATE_START = "".join(sorted({month[0] for month in _MONTHS}))
_DATE = re.compile(rf"(?=[\d{_DATE_START}])(?:{_ISO_DATE}|{_DOTTED_DATE}|{_WORDED_DATE})", re.IGNORECASE)
# Every date above holds a four-digit year, at most this many characters after the date's start
# ("September 30, 2026"): a line is searched for a date only from just before its first such year.
_YEAR_DIGITS = re.compile(r"\d{4}")
_YEAR_AT_MOST = 40
_FILE_NAME = re.compile(r"^(?P<outlet>.+?)_(?P<date>\d{4}-\d{2}-\d{2})$")
_FOOTER_OUTLET = re.compile(r"^\s*(?P<outlet>[A-Z][\w.&' -]{1,40}),\s+\d{1,2}\.\d{1,2}\.\d{4}\s*$", re.MULTILINE)

_FRONT_MATTER = re.compile(r"\A(?P<fence>---|\+\+\+)[ \t]*\n(?P<body>.*?\n)(?P=fence)[ \t]*(?:\n|\Z)", re.DOTALL)
_FENCE = re.compile(r"^[ \t]{0,3}(?P<fence>```+|~~~+).*?(?:^[ \t]{0,3}(?P=fence)[ \t]*$|\Z)", re.DOTALL | re.MULTILINE)
_INLINE_CODE = re.compile(r"(?<!`)(?P<ticks>`+)(?!`)[^\n]+?(?<!`)(?P=ticks)(?!`)")
_LINK_TARGET = re.compile(
    r"\]\([^)\n]*\)|<!--.*?(?:-->|\Z)|<https?://[^>\n]*>|<(?P<raw>script|style)\b.*?(?:</(?P=raw)\s*>|\Z)",
    re.DOTALL | re.IGNORECASE,
)
_META_KEYS = {"title": "title", "date": "date", "published": "date", "outlet": "outlet", "source": "outlet"}

# Characters that only look different from the ones the extractor reads, mapped one to one so that
# no offset moves: full-width digits and signs, and the thin, figure, hair and zero-width spaces
# that typesetters put between digit groups (mapped to the narrow no-break space).
_LOOKALIKES = {0xFF10 + digit: str(digit) for digit in range(10)}
_LOOKALIKES.update({ord(a): b for a, b in zip("，．％＋－＄€", ",.%+-$€", strict=True)})
_LOOKALIKES.update(dict.fromkeys(map(ord, "\u2007\u2008\u2009\u200a\u200b\u2060\ufeff"), "\u202f"))
_HAS_LOOKALIKE = re.compile("[" + "".join(map(chr, _LOOKALIKES)) + "]")

# File signatures of formats that are certainly not articles, named for the error line.
_SIGNATURES = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a zip archive (or an Office document)"),
    (b"PK\x05\x06", "an empty zip archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x28\xb5\x2f\xfd", "a zstd archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document"),
    (b"\x7fELF", "a program"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"RIFF", "a media file (RIFF)"),
    (b"OggS", "an audio file (Ogg)"),
    (b"ID3", "an audio file (MP3)"),
    (b"\x00\x00\x01\x00", "an icon"),
    (b"wOFF", "a web font"),
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: its BOM starts the same way
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SNIFF = 64 * 1024  # bytes looked at to tell text from binary and to guess an encoding
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


class ReadProblem(ValueError):
    """Why a file's bytes are not an article's text, in words for the editor."""


def find_files(paths: Iterable[Path]) -> Iterator[tuple[Path, str] | ReadError]:
    """Each article file under `paths` with a unique document id, or a ReadError for a path that fails.

    Folders are walked in name order, hidden entries (".name") left out; symbolic links are followed,
    but a link back into a folder being walked is reported once instead of looping, and a file or
    folder reached twice is read once.
    """
    ids: set[str] = set()
    visited: set[tuple[int, int]] = set()
    for root in paths:
        try:
            info = root.stat()
        except OSError as error:
            yield ReadError(str(root), _reason(error, "no such file or folder"))
            continue
        if stat.S_ISDIR(info.st_mode):
            found: Iterable[tuple[Path, str] | ReadError] = _walk(root, info, visited)
        elif not stat.S_ISREG(info.st_mode):
            found = [ReadError(str(root), "not a regular file (a device, pipe or socket)")]
        elif (info.st_dev, info.st_ino) in visited:
            continue
        else:
            visited.add((info.st_dev, info.st_ino))
            found = [(root, root.name)]
        for item in found:
            if isinstance(item, ReadError):
                yield item
                continue
            path, doc_id = item
            doc_id = path.as_posix() if doc_id in ids else doc_id
            ids.add(doc_id)
            yield path, doc_id


def _walk(
    folder: Path,
    info: os.stat_result,
    visited: set[tuple[int, int]],
    root: Path | None = None,
    ancestors: tuple[tuple[int, int], ...] = (),
) -> Iterator[tuple[Path, str] | ReadError]:
    """Article files below `folder` in path order, each with its path relative to `root`."""
    root = root or folder
    key = (info.st_dev, info.st_ino)
    if key in visited:
        return
    visited.add(key)
    ancestors = (*ancestors, key)
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as error:
        yield ReadError(str(folder), _reason(error, "folder vanished during the run"))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            target = entry.stat()
        except OSError as error:
            if entry.is_symlink():
                yield ReadError(str(path), _reason(error, "broken symbolic link"))
            elif _is_article_name(path):
                yield ReadError(str(path), _reason(error, "vanished during the run"))
            continue
        key = (target.st_dev, target.st_ino)
        if stat.S_ISDIR(target.st_mode):
            if key in ancestors:
                yield ReadError(str(path), "symbolic link loop (leads back to a folder above it); not followed")
            else:
                yield from _walk(path, target, visited, root, ancestors)
        elif stat.S_ISREG(target.st_mode) and _is_article_name(path) and key not in visited:
            visited.add(key)
            yield path, path.relative_to(root).as_posix()


def _is_article_name(path: Path) -> bool:
    """Whether a file found in a folder is read: a known extension, or none (then the content decides)."""
    return path.suffix.lower() in SUFFIXES or not path.suffix


def _reason(error: OSError, missing: str) -> str:
    """An OSError in words for the editor; `missing` says what a vanished path means here."""
    if isinstance(error, FileNotFoundError):
        return missing
    if isinstance(error, PermissionError):
        return "permission denied"
    if error.errno == errno.ELOOP:
        return "symbolic link loop; not followed"
    return error.strerror or str(error)


def read_documents(paths: Iterable[Path]) -> Iterator[Document | ReadError]:
    """Read every article under `paths`; a file that cannot be read yields a ReadError."""
    for found in find_files(paths):
        if isinstance(found, ReadError):
            yield found
            continue
        notes: list[ReadError] = []
        document = read_document(*found, notes=notes)
        yield from notes
        yield document


def read_document(path: Path, doc_id: str, notes: list[ReadError] | None = None) -> Document | ReadError:
    """One file as a Document, or the reason it cannot be one.

    A file that is read with a caveat (invalid bytes replaced) is a Document, and the caveat is
    appended to `notes` as a ReadError naming the file.
    """
    try:
        with path.open("rb") as stream:
            if not stat.S_ISREG(os.fstat(stream.fileno()).st_mode):
                return ReadError(str(path), "not a regular file (a device, pipe or socket)")
            data = stream.read()
    except IsADirectoryError:
        return ReadError(str(path), "is a folder, not a file")
    except OSError as error:
        return ReadError(str(path), _reason(error, "vanished (deleted or moved during the run)"))
    try:
        text, caveat = decode(data)
        del data
        kind = SUFFIXES.get(path.suffix.lower()) or sniff_format(text)
        meta: dict[str, str | None] = {}
        directives = markdown_directives(text) if kind == "markdown" else []  # factcheck comments
        chunks: list[Chunk] = []  # for HTML: the visible text's pieces and their places in the source
        source = text
        if kind == "html":
            text, meta, chunks = _html_text(text)
            text, directives = take_markers(text)
        elif kind == "markdown":
            text, meta = _markdown_text(text)
        text = normalize_characters(text)
        if not text.strip():
            raise ReadProblem("no article text (only markup, front matter or code)")
    except ReadProblem as problem:
        return ReadError(str(path), str(problem))
    if caveat and notes is not None:
        notes.append(ReadError(str(path), caveat))
    return Document(
        id=doc_id,
        path=str(path),
        text=text,
        title=_clean(meta.get("title")) or _first_line_title(text),
        published=_clean(meta.get("date")) or _published(text, path),
        outlet=_clean(meta.get("outlet")) or _outlet(text, path),
        suppressed=suppressed_spans(text, directives),
        source_places=source_places(text, source, chunks),
    )


def _clean(value: str | None) -> str | None:
    """Metadata on one line, without control characters, at most 300 characters."""
    if not value:
        return None
    return " ".join(_CONTROL.sub(" ", value).split())[:300] or None


def normalize_characters(text: str) -> str:
    """`text` with look-alike digits and digit-group spaces mapped one to one (offsets do not move)."""
    return text.translate(_LOOKALIKES) if _HAS_LOOKALIKE.search(text) else text


def decode(data: bytes) -> tuple[str, str | None]:
    """The text of a file's bytes (line ends as LF) and a caveat, if any; ReadProblem says why there is none.

    UTF-8, with or without a byte order mark, and UTF-16 or UTF-32 with one, are read as such. Other
    bytes go to charset-normalizer; Western text it cannot tell from its neighbours is read as
    Windows-1252 (Latin-1's superset for the printable characters). Text that is UTF-8 but for a few
    invalid bytes is read with those bytes replaced by U+FFFD, and the caveat says so.
    """
    if not data.strip():
        raise ReadProblem("empty file")
    encoding = next((name for bom, name in _BOMS if data.startswith(bom)), None)
    caveat = None
    if encoding:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as error:
            raise ReadProblem(f"invalid {encoding.upper()} (byte offset {error.start})") from None
    else:
        kind = next((name for signature, name in _SIGNATURES if data.startswith(signature)), None)
        if kind or data[4:8] == b"ftyp":
            raise ReadProblem(f"binary file ({kind or 'a video or image'}), not text")
        text, caveat = _decode_unmarked(data)
    if len(_CONTROL.findall(text, 0, _SNIFF)) > max(8, len(text[:_SNIFF]) // 100):
        raise ReadProblem("binary file (control characters), not text")
    if not text.strip(" \t\r\n\f\v\ufeff\u00a0"):
        raise ReadProblem("empty file (only white space)")
    return text.replace("\r\n", "\n").replace("\r", "\n"), caveat


def _decode_unmarked(data: bytes) -> tuple[str, str | None]:
    head = data[:_SNIFF]
    if b"\x00" in head:
        return _decode_utf16_unmarked(data), None
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as error:
        first = error.start
    text = data.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    well_formed = sum(1 for char in text if ord(char) > 0x7F) - replaced
    if well_formed >= replaced:
        # Mostly UTF-8 (its multi-byte sequences are there and decode): a few stray bytes.
        plural = "s" if replaced != 1 else ""
        return text, f"read as UTF-8 with {replaced} invalid byte{plural} replaced (first at byte {first})"
    return _decode_detected(data), None


def _decode_utf16_unmarked(data: bytes) -> str:
    """UTF-16 without a byte order mark (one half of every pair of bytes zero), or ReadProblem."""
    head = data[:_SNIFF]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    pairs = max(1, len(head) // 2)
    encoding = "utf-16-le" if odd > pairs * 0.3 > even else "utf-16-be" if even > pairs * 0.3 > odd else None
    if encoding and len(data) % 2 == 0:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            pass
    raise ReadProblem("binary file (it has zero bytes), not text")


def _decode_detected(data: bytes) -> str:
    from charset_normalizer import from_bytes  # only for files that are not UTF-8

    matches = from_bytes(data[: 1024 * 1024])
    best = matches.best()
    if best is None:
        raise ReadProblem("not text: no character encoding fits its bytes")
    # Short Western text reads almost as well in several Latin code pages: then Windows-1252 wins.
    close = [name for match in matches if match.chaos <= best.chaos + 0.02 for name in match.could_be_from_charset]
    encoding = next((name for name in ("cp1252", "latin_1") if name in close), best.encoding)
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return data.decode(encoding, errors="replace")


def sniff_format(text: str) -> str:
    """The format of a text whose file name does not say: "html", "markdown" or "text"."""
    head = text[:2048].lstrip("\ufeff \t\n").lower()
    if head.startswith(("<!doctype html", "<html", "<head", "<body", "<article")):
        return "html"
    if re.search(r"<(?:html|body|p|div|article)\b[^>]*>", head[:1024]) and "</" in head:
        return "html"
    if _FRONT_MATTER.match(text[:4096].lstrip("\ufeff")) or re.search(r"^(?:#{1,6} |```)", head, re.MULTILINE):
        return "markdown"
    return "text"


def _blank(text: str, pattern: re.Pattern[str]) -> str:
    """Replace each match with spaces (newlines kept), so offsets stay where they were."""
    return pattern.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), text)


def _markdown_text(text: str) -> tuple[str, dict[str, str | None]]:
    meta: dict[str, str | None] = {}
    front = _FRONT_MATTER.match(text)
    if front:
        for line in front.group("body").splitlines():
            key, separator, value = line.replace("=", ":", 1 if front.group("fence") == "+++" else 0).partition(":")
            name = _META_KEYS.get(key.strip().lower())
            if separator and name:
                meta.setdefault(name, value.strip().strip("'\"") or None)
        text = _blank(text, _FRONT_MATTER)
    text = _blank(_blank(_blank(text, _FENCE), _INLINE_CODE), _LINK_TARGET)
    return text, meta


# Elements whose content is never article text.
_SKIP_TAGS = frozenset(
    "script style noscript nav header footer aside form template svg math iframe object embed canvas "
    "button select textarea dialog menu".split()
)
_VOID_TAGS = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_BLOCK_TAGS = frozenset(
    "p div br li dd dt h1 h2 h3 h4 h5 h6 tr td th section article main blockquote figcaption pre table ul ol "
    "title hr address details summary".split()
)
_BOILERPLATE_ROLES = frozenset("navigation banner contentinfo complementary search dialog alertdialog menu".split())
# class or id words of page furniture around an article: sharing, cookie banners, teasers, adverts.
_BOILERPLATE = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|cookies?|consent|share|sharing|social|related|recommended|"
    r"newsletter|subscribe|promo|advert|advertisement|ads?|sponsored|comments?|sidebar|site-header|site-footer|"
    r"masthead|toolbar|paywall|popup|modal|skip-link|visually-hidden|sr-only)(?:$|[\s_-])",
    re.IGNORECASE,
)


class _ArticleParser(HTMLParser):
    """Collects the visible text of an HTML page, leaving out scripts, styles, navigation and boilerplate.

    When the page marks its article (<article>, <main> or role="main"), only that text is kept. A block
    whose text is mostly link text (menus, teaser lists, "related" boxes) is dropped, as jusText and
    readability do.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.main_parts: list[str] = []
        self.chunks: list[Chunk] = []  # the data in `parts`, with where each piece starts in the source
        self.main_chunks: list[Chunk] = []
        self.meta: dict[str, str | None] = {}
        self._skip: tuple[str, int] | None = None  # the element that started skipping, and its nesting
        self._main: tuple[str, int] | None = None
        self._title: list[str] | None = None
        self._in_link = False  # inside <a> (which cannot nest: a new one closes the last, as in browsers)
        # text since the last block boundary: (text, in main, in link, source line and column of data)
        self._block: list[tuple[str, bool, bool, tuple[int, int] | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: value or "" for name, value in attrs}
        self._read_meta(tag, attributes)
        self._finish_title()
        if tag == "title" and "title" not in self.meta and self._skip is None:
            self._title = []
        self._skip = _deeper(self._skip, tag)
        self._main = _deeper(self._main, tag)
        if tag in _VOID_TAGS:
            self._add("\n" if tag in _BLOCK_TAGS else "")
            return
        if self._skip is None and tag != "title" and _is_boilerplate(tag, attributes):
            self._skip = (tag, 1)
        if self._main is None and (tag in ("article", "main") or attributes.get("role") == "main"):
            self._main = (tag, 1)
        if tag in _BLOCK_TAGS:
            self._add("\n")
        elif tag == "a":
            self._in_link = True

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._finish_title()
        self._read_meta(tag, {name: value or "" for name, value in attrs})
        if tag in _BLOCK_TAGS:
            self._add("\n")

    def handle_endtag(self, tag: str) -> None:
        self._finish_title()
        if tag in _BLOCK_TAGS:
            self._add("\n")
        elif tag == "a":
            self._in_link = False
        self._skip = _shallower(self._skip, tag)
        self._main = _shallower(self._main, tag)

    def handle_comment(self, data: str) -> None:
        self._add(html_marker(data))  # a factcheck comment stays in the text as a marker character

    def handle_data(self, data: str) -> None:
        if self._title is not None:
            self._title.append(data)
        else:
            self._add(data, self.getpos())

    def close(self) -> None:
        """Finish the page (a title left open ends here)."""
        super().close()
        self._finish_title()
        self._add("\n")

    def _finish_title(self) -> None:
        if self._title is not None:
            self.meta.setdefault("title", " ".join("".join(self._title).split()) or None)
            self._title = None

    def _add(self, data: str, place: tuple[int, int] | None = None) -> None:
        """Add visible text to the current block, or (a newline) end the block: kept unless mostly link text."""
        if data != "\n":
            if self._skip is None:
                self._block.append((data, self._main is not None, self._in_link, place))
            return
        letters = sum(len("".join(text.split())) for text, _, _, _ in self._block)
        linked = sum(len("".join(text.split())) for text, _, in_link, _ in self._block if in_link)
        if linked * 2 <= letters:
            self.parts.extend(text for text, _, _, _ in self._block)
            self.main_parts.extend(text for text, in_main, _, _ in self._block if in_main)
            self.chunks.extend((text, *place) for text, _, _, place in self._block if place)
            self.main_chunks.extend((text, *place) for text, in_main, _, place in self._block if in_main and place)
        self._block = []
        if self._skip is None:
            self.parts.append(data)
            if self._main is not None:
                self.main_parts.append(data)

    def _read_meta(self, tag: str, attributes: dict[str, str]) -> None:
        if tag == "meta":
            name = (attributes.get("property") or attributes.get("name") or attributes.get("itemprop") or "").lower()
            key = {
                "article:published_time": "date",
                "datepublished": "date",
                "og:site_name": "outlet",
                "og:title": "title",
                "date": "date",
                "pubdate": "date",
            }.get(name)
            if key and attributes.get("content"):
                self.meta.setdefault(key, attributes["content"])
        elif tag == "time" and attributes.get("datetime"):
            self.meta.setdefault("date", attributes["datetime"])


def _deeper(open_element: tuple[str, int] | None, tag: str) -> tuple[str, int] | None:
    if open_element and open_element[0] == tag and tag not in _VOID_TAGS:
        return tag, open_element[1] + 1
    return open_element


def _shallower(open_element: tuple[str, int] | None, tag: str) -> tuple[str, int] | None:
    if open_element and open_element[0] == tag:
        return (tag, open_element[1] - 1) if open_element[1] > 1 else None
    return open_element


def _is_boilerplate(tag: str, attributes: dict[str, str]) -> bool:
    if tag in _SKIP_TAGS or "hidden" in attributes or attributes.get("aria-hidden", "").lower() == "true":
        return True
    if attributes.get("role", "").lower() in _BOILERPLATE_ROLES:
        return True
    style = attributes.get("style", "").replace(" ", "").lower()
    if "display:none" in style or "visibility:hidden" in style:
        return True
    return bool(_BOILERPLATE.search(f"{attributes.get('class', '')} {attributes.get('id', '')}"))


def _html_text(html: str) -> tuple[str, dict[str, str | None], list[Chunk]]:
    parser = _ArticleParser()
    try:
        parser.feed(html)
        parser.close()
    except (AssertionError, ValueError, IndexError) as error:  # the standard parser on badly broken markup
        raise ReadProblem(f"HTML that cannot be parsed ({error})") from None
    main = bool("".join(parser.main_parts).strip())
    parts = parser.main_parts if main else parser.parts
    lines = (re.sub(r"[ \t\u00a0\f\v]+", " ", line).strip() for line in "".join(parts).split("\n"))
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"
    return text, parser.meta, parser.main_chunks if main else parser.chunks


def _first_line_title(text: str) -> str | None:
    lines = (line.strip() for line in text.splitlines() if line.strip())
    first = next((line for line in lines if not (len(line) < 40 and _first_date(line))), "")
    return first if 0 < len(first) <= 200 and not first.endswith((".", ":")) else None


def _published(text: str, path: Path) -> str | None:
    name = _FILE_NAME.match(path.stem)
    if name:
        return name.group("date")
    lines = [line for line in text.splitlines() if line.strip()]
    for line in lines[:3] + lines[3:][-3:]:  # the first and last three lines, each once
        match = _first_date(line)
        if match:
            return _iso(match)
    footer = _footer(text)
    return _iso(_DATE.search(footer.group())) if footer else None


def _first_date(line: str) -> re.Match[str] | None:
    """The first date in a line: searched from just before its first four-digit run, which a date needs."""
    year = _YEAR_DIGITS.search(line)
    return _DATE.search(line, max(0, year.start() - _YEAR_AT_MOST)) if year else None


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
    footer = _footer(text)
    return footer.group("outlet").strip() if footer else None


@lru_cache(maxsize=1)
def _footer(text: str) -> re.Match[str] | None:
    """The line naming the outlet and the date above a page's furniture ("Daily Bugle, 10.01.2022").

    Kept for the text last asked about: its date and its outlet are asked for one after the other.
    """
    return _FOOTER_OUTLET.search(text)
