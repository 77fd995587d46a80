"""Text helpers shared by the stages: sentences, word tokens, lemmas and phrase matching."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

import simplemma

_WORD = re.compile(r"(?:[A-Z]\.){2,}(?![^\W_])|[^\W_]+(?:['’][^\W_]+)*|[^\w\s-]")
# A sentence ends at ".", "!" or "?" (with closing quotes), a blank line, or a line break before a
# capital. The pattern opens with a class of those characters, so the regex engine skips ahead to them.
_SENTENCE_END = re.compile(r"""[.!?\n](?:(?<=[.!?])[.!?]*["”’)\]]*|(?<=\n)\s*\n|(?<=\n)(?=\s*[A-Z"“]))\s*""")
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Col|Lt|Sgt|Capt|Cpl|Rep|Sen|Gov|Rev|Prof|Inc|Co|Corp|Ltd|"
    r"vs|etc|No|Nos|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mt|Ft|Ave|Blvd|Rd|"
    r"[A-Z]|[a-z]\.[a-z]))\.$"
)


class Token(NamedTuple):
    """A word or punctuation mark with its offsets in the text it came from.

    A named tuple rather than a frozen dataclass: every sentence with a figure is tokenized, and
    a tuple is made several times faster.
    """

    text: str
    start: int
    end: int
    lower: str  # the token in lower case: asked for of most tokens, often more than once

    @property
    def lemma(self) -> str:
        """The dictionary form of the word ("officers" -> "officer")."""
        return lemmatize(self.text)

    @property
    def is_word(self) -> bool:
        """Whether the token is a word (letters or digits), not punctuation."""
        return self.text[0].isalnum()


def lower(text: str) -> str:
    """`text` with ASCII letters in lower case: same length, so offsets stay valid.

    bytes.lower() changes only ASCII letters, and in UTF-8 every byte of a non-ASCII character is
    above 127: a round trip through it is exact, and many times faster than str.translate.
    """
    return text.encode("utf-8", "surrogatepass").lower().decode("utf-8", "surrogatepass")


@lru_cache(maxsize=65536)
def lemmatize(word: str) -> str:
    """The English lemma of a word, in lower case."""
    lower = word.lower()
    return simplemma.lemmatize(lower, lang="en").lower() if lower.isalpha() else lower


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Words and punctuation of `text`; hyphens split words and are dropped; "U.S." is one word."""
    new = tuple.__new__  # what Token(...) calls, without the keyword handling around it
    words = _WORD.finditer(text)
    return [new(Token, (word := m.group(), m.start() + offset, m.end() + offset, word.lower())) for m in words]


# A period after a digit ends no sentence when a word goes on right after it ("3.5 million", "wave3.com"),
# but does where a space follows: "aged 17 to 28. Five are in stable condition." Nor does one that opens
# a number (".45-caliber", "a .5 percent rise").
_DECIMAL = re.compile(r"\d\.\w|\W\.\d")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in `text`, covering it without gaps."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        if "\n" not in match.group() and (
            _ABBREVIATION.search(text, max(start, match.start() - 12), match.start() + 1)
            or _DECIMAL.match(text, match.start() - 1)
        ):
            continue
        if end > start and text[start:end].strip():
            spans.append((start, end))
            start = end
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def without_by(text: str) -> str:
    """`text` without the white space that ends it and a "by" before that: "rose by " -> "rose"."""
    stripped = text.rstrip()
    if len(stripped) == len(text):
        return text  # "by" counts only before white space: "rose by$5" stays as it is
    if stripped.endswith("by") and stripped[-3:-2].isspace():
        return stripped[:-2].rstrip()
    return stripped


def phrase_regex(phrases: Iterable[str]) -> str:
    r"""A regex alternation matching any of `phrases` as whole words, longest first.

    Each phrase opens with its first character and checks the word boundary before it after it
    ("n(?<!\wn)o\b" for "no"), the phrases grouped by that character. A pattern so opened lets the
    regex engine skip ahead to those characters, where one opening with a look-ahead or `\b` is
    tried at every position: whole-text searches for "no", "several" or "doubled" run 1.2 to 6
    times faster.
    """
    by_first: dict[str, list[str]] = {}
    for phrase in sorted({" ".join(p.split()) for p in phrases}, key=len, reverse=True):
        words = phrase.split()
        rest = r"\s+".join(re.escape(word) for word in [words[0][1:], *words[1:]])
        tail = r"\b" if phrase[-1].isalnum() else ""
        by_first.setdefault(phrase[0], []).append(rest + tail)
    if not by_first:
        return "(?!)"
    openings = (
        re.escape(first) + (rf"(?<!\w{re.escape(first)})" if first.isalnum() else "") + f"(?:{'|'.join(rests)})"
        for first, rests in by_first.items()
    )
    return f"(?:{'|'.join(openings)})"


@dataclass(frozen=True)
class PhraseMatch:
    """Tokens [first, last) of a token list that spell a phrase of rule `id`."""

    id: str
    first: int
    last: int


class PhraseMatcher:
    """Finds phrases in token lists by lemma, so "officers were killed" meets "officer kill"."""

    def __init__(self, phrases: Mapping[str, Iterable[str]]):
        # By first lemma, then second (None for one-word phrases): many phrases share a first word
        # ("a separate shooting", "a separate incident"), few the first two.
        self._by_first: dict[str, dict[str | None, list[tuple[tuple[str, ...], str]]]] = {}
        for rule_id, rule_phrases in phrases.items():
            for phrase in rule_phrases:
                lemmas = tuple(token.lemma for token in tokenize(phrase) if token.is_word)
                if lemmas:
                    second = lemmas[1] if len(lemmas) > 1 else None
                    self._by_first.setdefault(lemmas[0], {}).setdefault(second, []).append((lemmas, rule_id))
        for by_second in self._by_first.values():
            for candidates in by_second.values():
                candidates.sort(key=lambda item: -len(item[0]))
        lengths = (len(c[0][0]) for by_second in self._by_first.values() for c in by_second.values())
        self.longest = max(lengths, default=0)  # words of the longest phrase

    def match_at(self, lemmas: list[str], index: int) -> PhraseMatch | None:
        """The longest phrase starting at token `index`, if any."""
        by_second = self._by_first.get(lemmas[index])
        if by_second is None:
            return None
        if index + 1 < len(lemmas):
            for phrase, rule_id in by_second.get(lemmas[index + 1], ()):
                if tuple(lemmas[index : index + len(phrase)]) == phrase:
                    return PhraseMatch(rule_id, index, index + len(phrase))
        one_word = by_second.get(None)
        return PhraseMatch(one_word[0][1], index, index + 1) if one_word else None

    def find_all(self, tokens: list[Token], lemmas: list[str] | None = None) -> list[PhraseMatch]:
        """Every non-overlapping phrase in `tokens` (whose `lemmas` may be given), left to right."""
        lemmas = lemmas or [lemmatize(token.text) for token in tokens]
        if self._by_first.keys().isdisjoint(lemmas):
            return []  # many sentences hold no first word of any phrase: no need to walk their tokens
        found, index = [], 0
        while index < len(tokens):
            match = self.match_at(lemmas, index) if lemmas[index] in self._by_first else None
            if match:
                found.append(match)
                index = match.last
            else:
                index += 1
        return found

    def search(self, text: str) -> PhraseMatch | None:
        """The first phrase in `text`, if any."""
        found = self.find_all(tokenize(text))
        return found[0] if found else None
