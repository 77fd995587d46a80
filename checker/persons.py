"""Whose age a figure gives: "Nathan DeSai, 46," / "18-year-old Stef'an Strawder" / "the 46-year-old suspect".

Ages are claims about one person, never counts of people. A person is named by their name where
the text gives it (compared by first and last name, so "Sean Archilles" in one article meets
"Sean Archilles" in another) or else by the role the text gives them ("suspect", "gunman").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checker.text import lemmatize

_NAME = r"(?:(?:[A-Z][\w'’-]*|[A-Z]\.)\s+){0,3}[A-Z][\w'’-]+"
_NOT_NAMES = frozenset(
    "the a an police officers authorities officials he she they it his her their according and but "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december".split()
)
_APPOSITION_BEFORE = re.compile(rf"(?P<name>{_NAME}),\s*(?:aged\s+|age\s+)?$")
_APPOSITION_AFTER = re.compile(r"\s*(?:[,.;:)]|\s+(?:and|was|is|who|of|has|had|were)\b)")
_YEAR_OLD = re.compile(r"[- ](?:years?|months?)[- ]old\s+(?:(?P<name>" + _NAME + r")|(?P<role>[a-z][\w'-]*))")
_OLDEST_AGE = 120
_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())
# Roles that name a person by their tie to another ("Zawahri's 55-year-old father, Samir").
_RELATIONS = frozenset("father mother brother sister son daughter wife husband uncle aunt".split())
_RELATED_NAME = re.compile(r",\s+(?P<name>" + _NAME + r")\s*[,.;]")
_POSSESSOR = re.compile(rf"(?P<name>{_NAME})['’]s\s+$")
# Roles that name one person in a story; "a 38-year-old man" may be anyone, so it stays unmatched.
_SINGLE_ROLES = frozenset("suspect gunman shooter attacker assailant perpetrator".split())


@dataclass(frozen=True)
class Person:
    """Someone whose age a figure gives: as written, and the key that compares them."""

    surface: str
    key: str


def age_of(text: str, start: int, end: int, value: float | None, is_age: bool) -> Person | None:
    """The person a figure at text[start:end] gives the age of, if it is an age.

    `is_age` says the words already mark an age ("46-year-old", "aged 46"); otherwise only an
    apposition after a name ("Nathan DeSai, 46,") makes a bare number an age.
    """
    if value is None or not (0 < value <= _OLDEST_AGE) or not float(value).is_integer():
        return None
    after = _YEAR_OLD.match(text, end)
    if is_age and after:
        if after.group("name") and _is_name(after.group("name")):
            return _named(after.group("name"))
        role = lemmatize(after.group("role"))
        if role in _RELATIONS:
            return _relative(text, start, after)
        return Person(after.group("role"), f"role:{role}" if role in _SINGLE_ROLES else "")
    before = _APPOSITION_BEFORE.search(text, max(0, start - 60), start)
    if before and _is_name(before.group("name")) and (is_age or _APPOSITION_AFTER.match(text, end)):
        return _named(before.group("name"))
    return None


def _relative(text: str, start: int, after: re.Match[str]) -> Person:
    """ "his 26-year-old daughter, Marcela," or "Jackson's 2-year-old son": named, or by whose relative."""
    named = _RELATED_NAME.match(text, after.end())
    if named and _is_name(named.group("name")):
        return _named(named.group("name"))
    owner = _POSSESSOR.search(text, max(0, start - 60), start)
    role = after.group("role")
    if owner and _is_name(owner.group("name")):
        owner_key = _named(owner.group("name")).key.removeprefix("name:")
        return Person(f"{owner.group('name')}'s {role}", f"relative:{owner_key}'s {lemmatize(role)}")
    return Person(role, "")


def _is_name(words: str) -> bool:
    first = words.split()[0].lower()
    return first not in _NOT_NAMES and any(c.islower() for c in words)


def _named(name: str) -> Person:
    words = [
        w
        for w in name.split()
        if w.lower() not in _NOT_NAMES and w.lower() not in _SUFFIXES and w[0].isupper() and not w.isupper()
    ] or name.split()[-1:]
    key = " ".join(w.lower() for w in (words[0], words[-1]) if w) if len(words) > 1 else words[0].lower()
    return Person(" ".join(words), f"name:{key}")
