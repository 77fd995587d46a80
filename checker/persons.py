"""Whose age a figure gives: "Ann Ray, 46," / "46-year-old Ann Ray" / "the 46-year-old suspect".

Ages are claims about one person, never counts of people. A person is named by their name where
the text gives it (every word of it; `judge` meets "Ray" or "Ann Ray" in one article with "Ann
Lee Ray" in another), else by the role the text gives them ("suspect", "gunman"), else, when
they are only "an 18-year-old woman", by that role and age.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from checker.text import lemmatize

# Up to four capitalised words on one line; a nickname in quotes may sit among them ('Samuel "Sam" Ray').
_NAME = r"(?:(?:[A-Z][\w'’-]*|[A-Z]\.|\"[A-Z][\w'’-]*\")[ \t]+){0,3}[A-Z][\w'’-]+"
_NAMES = re.compile(rf"\b{_NAME}")
_NOT_NAMES = frozenset(
    "the a an police officers authorities officials he she they it his her their according and but "
    "in on at from for to by with after before since during last this that when while as near "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december".split()
)
# "Ann Ray, 46," / "Ann Ray, aged 46" / "Ann Ray, who was 46," / "Ann Ray, a 46-year-old nurse" /
# "Ann Ray, in her 40s," / "Ann Ray (w/f, 46)".
_AGE_LEAD = r"(?:who\s+(?:is|was)\s+)?(?:aged\s+|age\s+|an?\s+|in\s+(?:his|her|their)\s+(?:(?:early|mid|late)[- ]?)?)?"
_APPOSITION_BEFORE = re.compile(rf"(?P<name>{_NAME})(?:,\s*{_AGE_LEAD}|\s*\([^(),]{{1,12}},\s*)$")
_APPOSITION_AFTER = re.compile(r"\s*(?:[,.;:)—–]|\s+(?:and|was|is|who|of|has|had|were)\b)")
# "The 45-year-old man has been identified as Ann Ray."
_IDENTIFIED = re.compile(rf"\s+(?:(?:has|had)\s+been|was|is)\s+identified\s+as\s+(?P<name>{_NAME})")
_YEAR_OLD = re.compile(r"[- ](?:years?|months?)[- ]old\s+(?:(?P<name>" + _NAME + r")|(?P<role>[a-z][\w'-]*))")
# "an unidentified woman in her 50s": someone known only by the decade of their age.
_UNNAMED_DECADE = re.compile(r"\b(?P<role>[a-z]+)\s+in\s+(?P<pronoun>his|her)\s+$")
# "a man, 45, and a woman, 38", "The suspect, 25,", "a man aged 31"
_UNNAMED_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?P<role>[a-z]+)(?:,\s*|\s+aged\s+)$")
_ARTICLE = re.compile(r"\ban?\s+$", re.IGNORECASE)
_OLDEST_AGE = 120
_NICKNAME = 4  # the shortest first name read as a nickname of a longer one
_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())
# Roles that name a person by their tie to another ("Zawahri's 55-year-old father, Samir").
_RELATIONS = frozenset("father mother brother sister son daughter wife husband uncle aunt".split())
_RELATED_NAME = re.compile(r",\s+(?P<name>" + _NAME + r")\s*[,.;]")
_POSSESSOR = re.compile(rf"(?P<name>{_NAME})['’]s\s+$")
# Roles that name one person in a story ("a 38-year-old man" may be anyone); where an article counts
# two or more in one ("two suspects"), `judge` meets none of their ages.
_SINGLE_ROLES = frozenset("suspect gunman shooter attacker assailant perpetrator".split())
# People known only by their age: "an 18-year-old woman" in two articles is taken for one woman,
# but two ages are as likely two women, so their figures never clash (the age is in the key).
_UNNAMED = frozenset("man woman boy girl child kid toddler baby infant teen teenager person".split())
# Roles that a bare number set off after them gives the age of ("the victim, 19,"); any other word
# there may be a count ("The total, 45, is a record").
_APPOSED_ROLES = _UNNAMED | _SINGLE_ROLES | frozenset("victim driver passenger pedestrian officer".split())
# Words for a child, and the more specific words the same child may be called by ("a 2-year-old
# child" may be "a 2-year-old boy", who may be "Ann Ray's 2-year-old son"). Children are few in a
# story; a man of 30 may be anyone's son, so grown-ups are never joined this way.
_CHILD = {
    "boy": frozenset({"son"}),
    "girl": frozenset({"daughter"}),
    **dict.fromkeys(("child", "kid", "toddler", "baby", "infant"), frozenset({"boy", "girl", "son", "daughter"})),
}


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
            # "a 37-year-old Springfield man": after "a", capitalised words say where they are from.
            return (
                Person(after.group("name"), "")
                if _ARTICLE.search(text, max(0, start - 4), start)
                else _named(after.group("name"))
            )
        role = lemmatize(after.group("role"))
        if role in _RELATIONS:
            return _relative(text, start, after)
        # Before "a 46-year-old nurse" only a full name: "Meanwhile, a 46-year-old man" names no one.
        identified = _IDENTIFIED.match(text, after.end())
        for named in (_name_before(text, start), identified):
            if named and _is_name(named.group("name")) and _is_full_name(named.group("name")):
                return _named(named.group("name"))
        if role in _UNNAMED and role == after.group("role"):  # one person, not "18-year-old women"
            return Person(f"the {text[start:end]}-year-old {role}", f"unnamed:{role} {value:g}")
        return Person(after.group("role"), f"role:{role}" if role in _SINGLE_ROLES else "")
    apposition = _APPOSITION_AFTER.match(text, end)
    if not (is_age or apposition):
        return None  # a bare number set off by nothing after it is no one's age
    before = _name_before(text, start)
    if before and _is_name(before.group("name")):
        return _named(before.group("name"))
    unnamed = _UNNAMED_BEFORE.search(text, max(0, start - 20), start) if apposition else None
    if unnamed and unnamed.group("role") in _APPOSED_ROLES:  # "a man, 45,", "the suspect, 25,": as "a 45-year-old man"
        role = unnamed.group("role")
        if role in _UNNAMED:
            return Person(f"the {value:g}-year-old {role}", f"unnamed:{role} {value:g}")
        return Person(role, f"role:{role}" if role in _SINGLE_ROLES else "")
    decade = _UNNAMED_DECADE.search(text, max(0, start - 40), start) if is_age else None
    if decade and decade.group("role") in _UNNAMED:  # "a woman in her 50s", not "women in their 50s"
        role, pronoun = decade.group("role"), decade.group("pronoun")
        return Person(f"the {role} in {pronoun} {value:g}s", f"unnamed:{role} {value:g}s")
    return None


def _name_before(text: str, start: int) -> re.Match[str] | None:
    """A name set off before a figure at `start` as an apposition: "Ann Ray, 46", "Ann Ray, aged 46"."""
    return _APPOSITION_BEFORE.search(text, max(0, start - 60), start)


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
    return first not in _NOT_NAMES and first not in _UNNAMED and any(c.islower() for c in words)


def _is_full_name(words: str) -> bool:
    return len(words.split()) > 1 and not any(w.lower() in _NOT_NAMES for w in words.split())


def _named(name: str) -> Person:
    words = [
        w
        for w in name.split()
        if w.lower() not in _NOT_NAMES and w.lower() not in _SUFFIXES and w[0].isupper() and not w.isupper()
    ] or name.split()[-1:]
    return Person(" ".join(words), "name:" + " ".join(w.lower() for w in words))


def child_may_be(key: str, other: str) -> bool:
    """Whether the unnamed child of person key `key` ("unnamed:child 2") may be the person of `other`.

    `other` is an unnamed child with a more specific word ("unnamed:boy 2") or someone's son or
    daughter ("relative:ann ray's son"); their ages are compared by the caller.
    """
    return key.startswith("unnamed:") and _role(other) in _CHILD.get(_role(key), ())


def _role(key: str) -> str:
    """The word for a person in their key: "child" in "unnamed:child 2", "son" in "relative:ann ray's son"."""
    kind, _, words = key.partition(":")
    if kind == "relative":
        return words.rsplit(" ", 1)[-1]
    return words.split(" ", 1)[0] if kind == "unnamed" else ""


def shortens(short: str, full: str) -> bool:
    """Whether the name `short` may be `full` written shorter, both given as person keys' words.

    A short name is the last name alone ("Archilles"), or keeps the first name and some of the
    other words in order ("Sean", "Sean Archilles" for "Sean Travis Archilles"); the first name may
    be cut to a nickname of four letters or more ("Chris Ray" for "Christopher Ray"). Words without
    the first name ("Travis Archilles") may be another person's first and last name (a son named
    after his father), so they shorten nothing.
    """
    a, b = short.split(), full.split()
    if a == b or len(a) > len(b):
        return False
    if a == b[-1:]:
        return True
    first = a[0] == b[0] or (len(a) > 1 and len(a[0]) >= _NICKNAME and b[0].startswith(a[0]))
    rest = iter(b[1:])
    return first and all(word in rest for word in a[1:])


def drops_first_name(short: str, full: str) -> bool:
    """Whether the name `short` keeps words of `full` in order up to its last name, but not its first.

    "Navarro Franco" may be "Carlos Navarro Franco" without his first name, or a person of its own
    ("Samir Ray", the father of "John Samir Ray"): only their ages can tell.
    """
    a, b = short.split(), full.split()
    rest = iter(b[1:])
    return 1 < len(a) < len(b) and a[-1] == b[-1] and a[0] != b[0] and all(word in rest for word in a)


def names_in(text: str) -> Iterator[str]:
    """The names of two capitalised words or more in `text`, in order ("Kazakh President Ann Ray").

    Capitalised words before a name that are no part of it ("During", "The") are left out.
    """
    for match in _NAMES.finditer(text):
        words = match.group().split()
        while words and words[0].lower() in _NOT_NAMES:
            words.pop(0)
        if _is_full_name(" ".join(words)):
            yield " ".join(words)
