"""Stage 3: figures -> claims: what each figure counts, what happened to it, who said it, when.

Works on the words of the figure's sentence: the counted noun phrase after the figure (or named
before it: "the number of X ... has risen to N"), the nearest event word (rules/events.toml), the
speaker (rules/attribution.toml), a date in the sentence, and revision cues (rules/revisions.toml).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import combinations, groupby, pairwise
from typing import NamedTuple

from checker.model import Claim, Document, Figure, Interval, changed
from checker.numbers import find_numbers
from checker.persons import Person, age_of, names_in
from checker.rules import Rule, RuleSet
from checker.text import PhraseMatch, Token, lemmatize, lower, sentence_spans, tokenize, without_by
from checker.units import lexicon

# Words that end a counted noun phrase: function words and the commonest verbs of news.
_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "their",
        "his",
        "her",
        "our",
        "my",
        "your",
        "they",
        "he",
        "she",
        "we",
        "you",
        "i",
        "there",
        "here",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "am",
        "has",
        "have",
        "had",
        "will",
        "would",
        "them",
        "him",
        "could",
        "can",
        "may",
        "might",
        "must",
        "shall",
        "should",
        "do",
        "does",
        "did",
        "remain",
        "remains",
        "remained",
        "stay",
        "stayed",
        "say",
        "said",
        "says",
        "tell",
        "told",
        "including",
        "include",
        "who",
        "which",
        "whom",
        "whose",
        "where",
        "when",
        "while",
        "whereas",
        "and",
        "or",
        "but",
        "nor",
        "in",
        "on",
        "at",
        "to",
        "from",
        "for",
        "with",
        "by",
        "as",
        "after",
        "before",
        "during",
        "since",
        "than",
        "into",
        "onto",
        "out",
        "over",
        "under",
        "among",
        "across",
        "near",
        "per",
        "about",
        "around",
        "up",
        "down",
        "off",
        "also",
        "still",
        "only",
        "just",
        "even",
        "already",
        "now",
        "then",
        "yet",
        "more",
        "most",
        "less",
        "least",
        "all",
        "both",
        "each",
        "every",
        "some",
        "any",
        "no",
        "not",
        "of",
        "if",
        "so",
        "because",
        "although",
        "though",
        "until",
        "unless",
        "whether",
        "like",
    ]
)
# Nouns that take an "of" phrase naming what is counted ("250 units of equipment").
_PARTITIVE = frozenset(
    ["unit", "piece", "member", "round", "kind", "type", "item", "page", "barrel", "ton", "gallon", "count", "case"]
)
# Partitives that also name things on their own ("55,000 pages"), unlike "30 rounds" (of what?).
_WHOLE = frozenset(["page"])
# Nouns too general to name a population when the sentence names a better one.
_GENERIC = frozenset(["people", "person", "individual"])
_AMOUNTS = frozenset(["measure", "money"])  # kinds of figure that are an amount of something, in a unit
# Nouns that name no thing: occurrences, manners, amounts ("three times", "a total of 30 days").
_NOT_THINGS = frozenset(["time", "way", "thing", "other", "one", "total", "number", "period", "matter"])
# Words for an amount itself, before "of" and a sum or measure: "an amount of $5 million", "in excess of 3 tons".
_AMOUNT_WORDS = frozenset(["amount", "sum", "excess", "region", "order", "tune", "upwards", "value", "worth", "total"])
_IRREGULAR_SINGULARS = frozenset(["man", "woman", "child", "person", "foot", "tooth", "mouse"])
# Past tenses without -ed that name no thing, so end a noun phrase as a verb in -ed does ("the rest
# took pay cuts", "four found shot"). Not those that are nouns or events too ("shot", "cut", "hit").
_IRREGULAR_PASTS = frozenset(
    "took made gave held told kept lost won ran fled found saw came went got sent spent paid sold bought "
    "brought built caught fought thought taught met fell rose grew drew threw wrote spoke broke chose drove "
    "rode hid began became stood sat struck laid slept left knew heard felt meant led fed".split()
)
# Words of time that end a counted noun phrase ("13 people last night").
_TIME = frozenset(
    "last next yesterday today tonight morning afternoon evening night week weekend month year ago earlier later "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
# Words that make a figure part of a total: "including two", "among them three", "another three",
# "a further 12", "two of them", "one of the victims", "of those, 1,200".
_PART_BEFORE = re.compile(
    r"\b(?:including|included|among (?:them|those)|of (?:whom|those|them|these)|another|a further|an additional"
    r"|all but),?\s+(?:\w+\s+)?$",
    re.I,
)
# A sentence opening with the total its figures are parts of: "Of the dead, 12 were children", "Of those held, 23".
_OF_OPENING = re.compile(r"\W*of\s+(?:the|those|these)\s+(?:[\w-]+\s+){0,2}?[\w-]+,\s+$", re.I)
_OWNED = re.compile(r"\b(?:its|their|our)\s+$", re.I)  # "cut 3,000 of its 40,000 jobs": what it has
_ALL_BUT = re.compile(r"\ball but\s+$", re.I)  # "all but five had been released": not those five
# Words that count the dead among the shot: "six were shot, including the one killed", "three shot, one fatally",
# "7 shot, 1 killed", "shot two people, killing one".
_AMONG = re.compile(
    r"\b(?:including|included|among (?:them|those)|of (?:whom|them|those)|fatally)\b"
    r"|\b(?:shot|stabbed),\s+[\w-]+\s+(?:killed|dead)\b|,\s+killing\b",
    re.I,
)
# A preposition between a group and an age puts the age on someone else: "two men ... in the beating of a 21-year-old".
_APART = re.compile(r"\b(?:of|at|with|by|on|for|from|to|after|before|against|in(?!\s+their\b))\b", re.I)
_BOTH = re.compile(r"\s*both\b", re.I)  # "Both are suspects, ages 28 and 21": the two just counted
_ASIDE = re.compile(r"\bincluding\b[^,;:.]*$", re.I)  # "including a 17-year-old boy and four women"
# "Four others were also hospitalized", "six victims were hurt as well": an addition to a count given before.
_ALSO = re.compile(r"(?:(?!\b(?:and|but|while|or)\b)[^,;:.])*?\b(?:also|as well)\b", re.I)
_OF_BEFORE = re.compile(r"\bof\s+(?:the|these|those)\s+$", re.I)  # "one of the five ... was also shot"
_REST_BEFORE = re.compile(r"\b(?:the\s+)?(?:other|remaining)\s+$", re.I)
_REST_WIDTH = 20  # characters before a figure searched for "the other"
_LAST_BEFORE = re.compile(r"\bthe\s+(?:last|final)\s+$", re.I)  # "found the last two missing": what is left
_OTHERS = re.compile(r"\s+others?\b", re.I)  # "five others were shot", "five other victims"
# "one of them died". It opens with the letter (no word character before it) so that the regex
# engine can skip ahead to it: a whole article is searched.
_ONE_OF = re.compile(r"[oO](?<!\w[oO])(?i:ne\s+of\s+(?:them|whom|those|these|the)\b)[^.;:!?]*")
_OF_TOTAL = re.compile(r"\s+of\s+(?:the|these|those|its|their|his|her)\s+", re.I)  # between a part and its total
_PART_AFTER = re.compile(r"\s+of\s+(?:them|those|the|whom|these)\b", re.I)
# "two more victims died", "three additional people": what a count may have grown by.
_MORE = re.compile(r"\s+(?:more|additional|further)\b(?!\s+than\b)", re.I)
# Between two figures of one breakdown: the first figure's noun, then a comma or "and".
# A figure with the verb left out, right before its place: "(three were taken to Mercy,) two to St. Luke's".
_GAPPED = re.compile(r"\s+(?:to|at)\s+(?:the\s+)?[A-Z]")
_BREAKDOWN_JOIN = re.compile(r"\s+[\w'-]+(?:\s+[\w'-]+)?\s*(?:,\s*and|,|and)\s+", re.I)
# A breakdown whose last part is one person: "Two men and a woman were killed" (a plural, then "and a").
_AND_ONE = re.compile(
    r"\s+(?:[a-z'-]*(?:men|s)|people|children)\s*,?\s+and\s+an?\s+(?:[\w'-]+\s+)?"
    r"(?:man|woman|boy|girl|child|teen|teenager|toddler|baby|infant|adult|person|victim|bystander|officer|student)\b",
    re.I,
)
# A rate and what it applies to, right after a percentage: "(tariff) on (imported) steel".
_RATE_ON = re.compile(
    r"\s+(?:[a-z]+\s+)?on\s+(?:imported\s+|foreign\s+|the\s+|all\s+)?(?P<noun>[a-z]+)\b(?!\s+(?:of|to|for)\b)"
)
# Where people were, right after them: "300 people (were) in the club", "100 guests at a party".
_PRESENT_AT = re.compile(
    r"\s+[a-z]+(?:\s+(?:were|was))?\s+(?:in|inside|at)\s+(?P<article>the|a|an)\s+(?P<place>[a-z]+)\b"
    r"(?:\s+(?P<next>[a-z]+))?"
)
_ACTOR_WORDS = 4  # words from a figure to the verb its people do ("300 people may have attended")
_BE = frozenset("be is are was were been being".split())  # "two men were ambushed": done to them, not by them
# The noun that opens a clause, after an article or an owner and one modifier, if any (what a level
# or a change below is of), and what the clause says before it ("said on Monday its profit ...").
_CLAUSE_NOUN = (
    r"(?:^|[,;:]|\b(?:said|says|say)(?:\s+(?:on\s+|last\s+|this\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday|today|yesterday|week|month|year))?(?:\s+that)?|\b(?:and|but|with|while|whereas)\b)\W*"
    r"(?:(?:the|a|an|its|their|\w[\w&.-]*['’]s)\s+)?(?:(?!(?:was|is|were|are)\b)[a-z][\w-]*(?:['’]s)?\s+)??"
    r"(?P<noun>[a-z]+(?:\s+rate)?)\s+"
)
# The noun a rate or an amount is the level of, opening its clause right before it ("turnout was 61
# percent", "with turnout at 58%", "Acme's quarterly revenue rose 11% to $4.15 billion", "said on
# Monday its profit rose to $1.2 billion").
_LEVEL_OF = re.compile(
    _CLAUSE_NOUN
    + r"(?:(?:was|is|were|are|stood\s+at|stands\s+at|remained|remains|reached|hit|at|totaled|totalled|came\s+to"
    r"|amounted\s+to)|(?:rose|fell|grew|jumped|climbed|dropped|declined|increased|decreased|slipped|surged)"
    r"(?:\s+(?:by\s+)?[\d.,]+\s*(?:%|percent|per\s+cent))?\s+to)\s+$",
    re.IGNORECASE,
)
# The noun a change is of, opening its clause before its change word ("profit rose 20%", "shares were up 4.8%").
_CHANGE_OF = re.compile(_CLAUSE_NOUN + r"(?:(?:was|were|is|are|has|have|had)\s+)?$", re.IGNORECASE)
# A name in capitals opening a clause, then at most three words before a figure: "Labour won", "the
# Conservatives were reduced to".
_NAME_OPENING = re.compile(
    r"(?:^|[,;:]\s*|\b(?:and|while|but|whereas|said|says|say|that)\s+)(?:[Tt]he\s+)?(?P<name>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,2})"
    r"\s+(?:[a-z]+\s+){1,3}$"
)
_NOT_DOERS = frozenset("It They He She We I You This That There Police Officials".split())
_PRONOUNS = frozenset("it this that which what there here he she they we i you".split())
# What a length of time is the length of, right before it: "the spree lasted", "a delay of".
_LASTED = re.compile(r"\b(?P<noun>[a-z]+)\s+(?:(?:that|which)\s+)?(?:lasted|lasting|of)\s+$")
# A length of time said of a verb or noun before it: "for 30 days", "for a final 30 days", "another 30 days".
_FOR_LENGTH = re.compile(
    r"\b(?:for(?:\s+(?:a|an|another|the))?(?:\s+(?:final|further|additional|next))?|another)\s+$", re.IGNORECASE
)
_NAMED_BEFORE = re.compile(
    r"\b(?:the\s+)?(?:number|total|death toll|toll|count|tally)\s+(?:of|among)\s+(?:the\s+)?", re.IGNORECASE
)
# A toll and the figure it comes to: "the death toll (from the quake) has risen to", "the number of dead
# stands at", "a toll of", "up from". Whose toll it is, the event words between say.
_TOLL_BEFORE = re.compile(
    r"\b(?:toll|number(?:\s+of)?)\b[^;:]*?\b(?:to|at|from|of|reached|hit|is|was|passed|topped)\s+$"
)
# A total and the noun it totals, right before its figure: "homicide total (rose) to", "arrest count of".
_TOTAL_BEFORE = re.compile(
    r"\b(?P<noun>[a-z]+)\s+(?:total|tally|count)\s+(?:(?:now\s+)?(?:\w+\s+)?(?:to|at|of|is|was|stands\s+at)\s+)?$",
    re.IGNORECASE,
)
# Verbs that make a bare figure the subject of its clause ("Two were killed", "three remain").
_PERFECT = frozenset([("had", "been"), ("have", "been"), ("has", "been")])
_SUBJECT_VERBS = frozenset(
    "were was are is remain remains remained died has have had suffered sustained received".split()
)
_LIST_JOIN = re.compile(r"\s*(?:,|,?\s*(?:or|and|to|nor))\s*", re.IGNORECASE)
_CLAUSE_BREAK = frozenset(";:") | {"but", "while", "whereas", "although", "though", "including"}
_MONTH_DAY = re.compile(
    r"\b(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?P<day>\d{1,2})\b"
    r"|\b(?P<day2>\d{1,2})\s+(?P<month2>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b",
    re.IGNORECASE,
)
# A year. The look-behind after its first two digits stands for a \b before them, which would keep the
# regex engine from skipping ahead to a 1 or a 2: whole articles are searched for years.
_YEAR = re.compile(r"(?:19|20)(?<!\w\d\d)\d\d\b")
# A label that names a year, before a tally of it: "Shootings in 2016: 4,331 shot, 762 killed".
_YEAR_LABEL = re.compile(r"[^.:;\n]{0,60}\b(?:in|of|during)\s+(?:19|20)\d\d\s*:", re.I)
# A year that opens a sentence and so dates all of it: "In 2005, ...", "And in June 2005 ...".
_IN_YEAR = re.compile(r"\W*(?:(?:and|but|then|also)\s+)?in\s+(?:[a-z]+\s+)?(?P<year>(?:19|20)\d\d)\b", re.I)
# A year in a figure's own clause after it: "four were wounded there in 2021" (up to a comma, a
# relative clause or a time of the figure's own, after which a year is of something else: "at a bar
# that opened in 2015", "who killed five last week was jailed in 2006").
_YEAR_AFTER = re.compile(
    r"(?:(?!\b(?:that|which|who|where|when|since|after|before|last|this|yesterday|today"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)[^,;.:])*?"
    r"\bin\s+(?:[a-z]+\s+)?(?P<year>(?:19|20)\d\d)\b",
    re.I,
)
# A month that opens a sentence without a day: "In March, ...", "In early June ...".
_IN_MONTH = re.compile(
    r"\W*(?:(?:and|but|then|also)\s+)?in\s+(?:early\s+|late\s+|mid-)?"
    r"(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b(?![\s.]*\d)",
    re.I,
)
_DAYS_BEFORE = 7  # days a date in a sentence lies before its article's when its figures are of an earlier event
# "on Monday", "Monday night": a day of the week gone by ("next Monday", "by Monday" are ahead).
_WEEKDAY = re.compile(
    r"(?<!next )(?<!until )(?<!by )\b(?P<weekday>(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.IGNORECASE
)
# Words for a span of days, whose other events a sentence naming a day of the week may go on about.
_DAYS_SPAN = re.compile(r"\b(?:weekend|week|holiday)s?\b")
_WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
# A speaker the attribution names only by a pronoun or a title ("him", "the President").
_STAND_IN = re.compile(r"(?i:he|she|him|her)|(?P<title>[A-Z][a-z]+)")
_SPEAKER_LOOKBACK = 3  # sentences searched for where a quotation closes
_PAIR_LOOKBACK = 2  # sentences searched back for the two "Both" stands for
_TITLE_LOOKBACK = 20  # sentences searched back for the person a title ("the President") means
_QUOTE = re.compile(r"[“”\"]")
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_EVENT_AFTER, _EVENT_BEFORE = 14, 12
_APPOSITION_OPENS, _APPOSITION_WIDTH = 3, 20  # tokens to the comma after a figure's noun, and within the commas
_OBJECT_GAP = 2  # tokens between a verb and the figure it governs ("killed at least 49")
# Words that put a figure after a verb out of its object: "shot with only four hurt", "injured in 2016".
_PREPOSITIONS = frozenset("with by in on for from to after before".split())
_LIST_WORDS = frozenset([",", "and", "or", ";"])  # "injured and three arrested": a new clause, not an object
# Words that open a clause of its own after a verb: "injured when two shooters fired" (not injured two).
_SUBORDINATORS = frozenset("when whenever where as because since until if".split())
_RELATIVES = frozenset("who whom which".split())
# An earthquake's magnitude, written before or after its figure: "magnitude 6.8", "a 6.8-magnitude quake".
_MAGNITUDE_BEFORE = re.compile(r"\bmagnitude(?:\s+of)?\s+$", re.IGNORECASE)
_MAGNITUDE_AFTER = re.compile(r"[- ]magnitude\b", re.IGNORECASE)
_COMPARISON_BASES = frozenset("from than with versus vs".split())  # "up from", "more than", "compared with"


@dataclass(frozen=True)
class _Counted:
    """The noun phrase a figure counts: as written, its lemma key, and its canonical alias."""

    surface: str
    key: str
    alone: bool = False  # counted as it is: no event word changes what is counted ("19 shots", "the homicide total")


@dataclass(frozen=True)
class _Sentence:
    """A sentence that holds figures, analysed once for all of them."""

    start: int
    end: int
    lowered: str  # the sentence in lower case
    tokens: list[Token]
    lemmas: list[str]  # the lemma of each token
    events: list[PhraseMatch]
    verbs: list[PhraseMatch]  # event words only for the figure they govern ("shooting 13")
    breaks: list[int]
    attribution: str | None
    scope: Rule | None  # a scope rule the sentence's words match ("in another shooting")
    aside: (
        tuple[int, int] | None
    )  # tokens of the relative clause all its scope words are in ("the bar, which opened last month")
    role: str | None  # the one role its event words give people ("accused"), if only one

    @classmethod
    def of(cls, text: str, spans: list[tuple[int, int]], index: int, rules: RuleSet) -> _Sentence:
        """Tokens, event words, clause breaks and speaker of the sentence at spans[index]."""
        start, end = spans[index]
        tokens = tokenize(text[start:end], start)
        breaks = [i for i, t in enumerate(tokens) if t.lower in _CLAUSE_BREAK]
        lemmas = list(map(lemmatize, [t.text for t in tokens]))
        # Scope words after "from", "than" or "with" are what a figure is compared with: "up 12% from a year earlier".
        scoped = [m for m in rules.scopes.find_all(tokens, lemmas) if not _compared_with(tokens, m.first)]
        scopes = {m.id for m in scoped}
        scope = next((r for r in rules.of("scope") if r.id in scopes), None)
        found = rules.events.find_all(tokens, lemmas)
        # "when shots rang out": a plural naming things ("shots") is no event of the people near it.
        events = [m for m in found if not _names_things(tokens[m.first], lemmas, m.first, rules)]
        # Scope words in a clause with no event of its own are said of the clause's noun alone.
        clauses = {_relative_clause(tokens, m.first) for m in scoped}
        aside = clauses.pop() if len(clauses) == 1 else None
        if aside and any(aside[0] <= m.first < aside[1] for m in events):
            aside = None
        verbs = rules.event_verbs.find_all(tokens, lemmas)
        roles = {rules.roles[m.id] for m in events if m.id in rules.roles}
        role = roles.pop() if len(roles) == 1 else None
        speaker = _speaker(text, spans, index, rules)
        lowered = lower(text[start:end])
        return cls(start, end, lowered, tokens, lemmas, events, verbs, breaks, speaker, scope, aside, role)


def _compared_with(tokens: list[Token], index: int) -> bool:
    """Whether the words at tokens[index] follow a word that makes them a base of comparison."""
    return index > 0 and tokens[index - 1].lower in _COMPARISON_BASES


def describe(document: Document, figures: list[Figure], rules: RuleSet) -> list[Claim]:
    """Claims for the figures of one document, in order (ids are filled in later).

    Each sentence with a figure is analysed once, for all its figures, and let go before the next:
    a long document never holds the tokens of all its sentences at once.
    """
    text = document.text
    spans = sentence_spans(text)
    starts = [start for start, _ in spans]
    year = _document_year(document)
    claims: list[Claim] = []
    in_order = sorted(figures, key=lambda figure: figure.start)
    previous: tuple[int, _Sentence] | None = None
    for index, in_sentence in groupby(in_order, key=lambda f: max(0, bisect.bisect_right(starts, f.start) - 1)):
        sentence = _Sentence.of(text, spans, index, rules)
        if previous and _goes_on_about_another(text, spans, index, previous, sentence):
            sentence = changed(sentence, scope=previous[1].scope)
        previous = (index, sentence)
        found = _sentence_claims(document, sentence, list(in_sentence), rules, year, _last_count(claims))
        since = starts[max(0, index - _PAIR_LOOKBACK)]
        recent = claims[bisect.bisect_left(claims, since, key=lambda claim: claim.start) :]  # claims are in order
        claims += _ranked_ages(text, sentence, found, recent)
    return _without_unclear_things(
        _without_rests(text, _hit_as_wounded(text, _without_breakdowns(text, claims), rules))
    )


def _goes_on_about_another(
    text: str, spans: list[tuple[int, int]], index: int, previous: tuple[int, _Sentence], sentence: _Sentence
) -> bool:
    """Whether a sentence with no scope of its own goes on about the other events the one before it is about.

    "The shooting was one of 55 across the city over the weekend. Eleven people were killed.": in
    its paragraph, right after a sentence about other events (a scope that goes on), a sentence
    with no words of its own for what it is about tells of those events.
    """
    before, about = previous[0], previous[1].scope
    goes_on = (
        about is not None
        and about.goes_on
        and previous[1].aside is None
        and not _own_day(previous[1].lowered, sentence.lowered)
    )
    return goes_on and sentence.scope is None and before == index - 1 and _same_paragraph(text, spans, index)


def _own_day(scoped: str, sentence: str) -> bool:
    """Whether a sentence names a day of the week of its own, which the sentence about other events does not.

    "Last month, four were wounded at the bar. On Sunday, two were killed there.": Sunday is the
    story's; a sentence about days of the other events ("over the weekend") may go on by its days.
    """
    days = {m["weekday"].lower() for m in _WEEKDAY.finditer(sentence)}
    return (
        bool(days)
        and not _DAYS_SPAN.search(scoped)
        and not days <= {m["weekday"].lower() for m in _WEEKDAY.finditer(scoped)}
    )


def _sentence_claims(
    document: Document,
    sentence: _Sentence,
    figures: list[Figure],
    rules: RuleSet,
    year: str | None,
    before: Claim | None,
) -> list[Claim]:
    """Claims for the figures of one sentence, in order; `before` is the last claim with a subject before it."""
    text = document.text
    said = " ".join(text[sentence.start : sentence.end].split())
    located = [(figure, _counted(text, sentence, figure, rules)) for figure in figures]
    figure_tokens = [_token_at(sentence, figure.start) for figure in figures]
    claims: list[Claim] = []
    earlier = _of_an_earlier_time(text[sentence.start : sentence.end], year, document.published)
    # A year after a figure (see _YEAR_AFTER) is a year of the sentence: most have none, and the match is slow.
    has_year = bool(year) and _YEAR.search(text, sentence.start, sentence.end) is not None
    for index, (figure, counted) in enumerate(located):
        person = age_of(text, figure.start, figure.end, figure.value, figure.kind == "age")
        if person or figure.kind == "age":
            claims.append(_age_claim(document, sentence, said, figure, person, year, sentence.role))
            continue
        if counted is None and figure.kind == "count":
            counted = _shared_noun(text, located, index) or _implicit_people(sentence, figure, rules)
        event = None if counted and counted.alone else _event(sentence, figure, figure_tokens, rules)
        event = event or _direction(figure)
        if event in rules.hits and _is_rest(text, sentence, figure):
            event = "injured"  # "one died and five others were shot": the others are the wounded
        scope = sentence.scope
        if sentence.aside and not sentence.aside[0] <= figure_tokens[index] < sentence.aside[1]:
            scope = None  # "four were wounded at the bar, which opened last month": the bar's time, not theirs
        unmatched = bool(scope and scope.unmatched)
        lasting = None if unmatched else _lasting(text, sentence, figure, counted, rules)
        if lasting and figure.kind == "count":  # "a 13-minute spree": 13 minutes, the spree's length
            figure = changed(figure, kind="measure", unit=lasting.unit)
            counted = _Counted(lasting.noun, lemmatize(lasting.noun))
        subject, key = (lasting.subject, lasting.key) if lasting else _subject(figure, counted, event, scope, rules)
        if event is None and counted and not unmatched and (key is None or key.endswith("|count")):
            actor = _actor(text, sentence, figure, counted, rules)  # "300 guests", "two gunmen": people as actors
            if actor:
                counted, event = _Counted("people", "people"), actor
                subject, key = _subject(figure, counted, event, scope, rules)
            elif key is None and counted.key == "people":
                subject, key = _placed(text, figure)
        if figure.kind == "percent" and key is None and not unmatched:
            subject, key = _levied_on(text, figure, sentence)
        if key is None and not unmatched and (figure.kind == "percent" or _is_amount(figure)):
            subject, key = _level_of(text, figure, sentence)
        if key is None and not unmatched and figure.kind == "change":
            subject, key = _change_of(text, sentence, figure, rules)
        if figure.kind == "percent" and key is None and not unmatched and counted and counted.key in rules.owned:
            subject, key = f"share of the {counted.surface}", f"{counted.key}|share|{figure.unit}"  # "52% of the vote"
        if key and counted and counted.key in rules.owned:
            # "LeBron James scored 34 points": his points, not those of whoever scored 30; whose, or unmatched
            doer = _doer(text, sentence, figure)
            subject, key = (f"{subject} ({doer})", f"{key}|by {doer}") if doer else (None, None)
        # A part of a total names its own subject only by its own noun ("including two children").
        if key and (key.startswith("people|") or key.endswith("|count")) and _is_part(text, sentence, figure):
            total = _last_count(claims)
            if total is None and _PART_AFTER.match(text, figure.end):
                total = before  # "Seven people were shot. Two of them died.": the total is given before
            if not _own_event(text, sentence, figure, figure_tokens[index], event, total):
                subject, key = None, None  # part of a total: which part, the words do not say
        if key and index and _OF_TOTAL.fullmatch(text, located[index - 1][0].end, figure.start):
            subject, key = None, None  # the total a part is of: "two of the 13 victims died", "411 of the 650 seats"
        if key and len(figures) > 1 and _MORE.match(text, figure.end):
            # "rose to 22 after two more victims died": how much a count grew, beside the count. A
            # figure alone may be the story's own, more than a tally ("4 more killed in a shooting").
            subject, key = None, None
        if key and key.endswith("|count") and _OWNED.search(text, sentence.start, figure.start):
            subject, key = None, None  # "its 40,000 jobs", "their 150 seats": what one has, not what befell them
        dated = _YEAR_AFTER.match(text, figure.end, sentence.end) if has_year else None
        if earlier or (dated and year and dated["year"] < year):
            subject, key = None, None  # "In 2005, four were killed", "four were hurt in 2021": another event
        claim = _claim(
            document,
            sentence,
            said,
            figure,
            year,
            unit=counted.surface if counted and figure.kind == "count" else figure.unit,
            kind=figure.kind,
            counted=counted.surface if counted else None,
            event=event,
            subject=subject,
            key=key,
            revision=_revision(sentence, figure, rules),
            role=rules.roles.get(event or ""),
        )
        if figure.kind == "count" and _long_before(claim.as_of, document.published):
            claim = changed(claim, subject=None, key=None)  # "A shooting on Aug. 2 left one dead", told on Aug. 15
        claims.append(claim)
    return _hit_beside_dead(text[sentence.start : sentence.end], claims, rules.hits)


def _doer(text: str, sentence: _Sentence, figure: Figure) -> str | None:
    """Who did what a figure counts: the person last named in its clause before it, not the one who said it.

    Else a name in capitals opening its clause, a few words before it: a party or a team ("Labour
    won 412 seats", "while the Conservatives were reduced to 121 seats").
    """
    clause = max((t.end for t in sentence.tokens if t.lower in ";:" and t.end <= figure.start), default=sentence.start)
    said = sentence.attribution or ""
    person = next((name for name in reversed(list(names_in(text[clause : figure.start]))) if name not in said), None)
    if person:
        return person
    opening = _NAME_OPENING.search(text[clause : figure.start])
    return opening["name"] if opening and opening["name"] not in said and opening["name"] not in _NOT_DOERS else None


def _of_an_earlier_time(sentence: str, year: str | None, published: str | None) -> bool:
    """Whether a sentence opens with a time before the article's, or a whole year: another event, or a tally.

    A year before the article's ("In 2005, four were killed"), a label naming a year ("Shootings in
    2016: 4,331 shot"), or a month other than the one it was published in ("In March, two were
    wounded at the same bar", told in May).
    """
    match = _IN_YEAR.match(sentence)
    if (match and year and match["year"] < year) or _YEAR_LABEL.match(sentence):
        return True
    month = _IN_MONTH.match(sentence)
    return bool(month and published and _MONTHS.index(month["month"].lower()) + 1 != int(published[5:7]))


def _long_before(as_of: str | None, published: str | None) -> bool:
    """Whether a figure's date lies more than a week before its article's, so it is of an earlier event."""
    try:
        gap = date.fromisoformat(published[:10]) - date.fromisoformat(as_of) if as_of and published else None
    except ValueError:
        return False
    return gap is not None and gap.days > _DAYS_BEFORE


def _last_count(claims: list[Claim]) -> Claim | None:
    """The last of `claims` with a subject that is not an age: the total a part may belong to."""
    return next((c for c in reversed(claims) if c.key and c.kind != "age"), None)


def _claim(document: Document, sentence: _Sentence, said: str, figure: Figure, year: str | None, **fields) -> Claim:
    """A figure of a sentence (`said`: its text on one line) as a claim, with the given subject `fields`."""
    text = document.text
    return Claim(
        id="",
        document=document.id,
        start=figure.start,
        end=figure.end,
        surface=text[figure.start : figure.end],
        sentence=said,
        value=figure.value,
        low=figure.interval.low,
        high=figure.interval.high,
        qualifier=figure.qualifier,
        attribution=sentence.attribution,
        as_of=_as_of(text[sentence.start : figure.start], year, document.published),
        **fields,
    )


def _is_part(text: str, sentence: _Sentence, figure: Figure) -> bool:
    """Whether a figure counts part of a total ("including two", "two of them", "another three", "three also")."""
    before = (_PART_BEFORE, _ASIDE)
    if any(p.search(text, sentence.start, figure.start) for p in before) or _PART_AFTER.match(text, figure.end):
        return True
    if _OF_OPENING.match(text, sentence.start, figure.start):  # "Of the dead, 12 were children"
        return True
    if _ALSO.match(text, figure.end, sentence.end) and not _OF_BEFORE.search(text, sentence.start, figure.start):
        return True
    # "Two of them were flown out; the other three were driven": the rest of a part is a part.
    rest = _REST_BEFORE.search(text, sentence.start, figure.start)
    return bool(rest and _PART_AFTER.search(text, sentence.start, rest.start()))


def _is_rest(text: str, sentence: _Sentence, figure: Figure) -> bool:
    """Whether a figure counts the others, beside those named before ("five others", "the other five")."""
    return bool(_OTHERS.match(text, figure.end) or _REST_BEFORE.search(text, sentence.start, figure.start))


def _hit_beside_dead(sentence: str, claims: list[Claim], hits: frozenset[str]) -> list[Claim]:
    """ "15 people were shot and two were killed": beside the dead, those shot or stabbed are the wounded.

    Not where the sentence counts the dead among them ("six were shot, including the one killed").
    """
    if not any(c.event == "killed" for c in claims) or _AMONG.search(sentence):
        return claims
    return _hit_as_injured(claims, hits)


def _hit_as_wounded(text: str, claims: list[Claim], rules: RuleSet) -> list[Claim]:
    """In an article that counts no one killed, the people shot or stabbed are the wounded ("13 people were shot").

    Nor where it tells of a death by the age of the dead ("a 27-year-old man was pronounced dead"),
    by a figure of no noun ("one later died") or by one of those counted ("one of them died").
    """
    if any(
        (c.event == "killed" and c.value and ((c.key and c.key.endswith("|killed")) or c.counted is None))
        or (c.kind == "age" and c.role == "killed")
        for c in claims
    ) or any(_is_death(match.group(), match.start(), rules) for match in _ONE_OF.finditer(text)):
        return claims
    return _hit_as_injured(claims, rules.hits)


def _is_death(words: str, start: int, rules: RuleSet) -> bool:
    """Whether the words tell of a death ("one of them died at the hospital")."""
    tokens = tokenize(words, start)
    return any(m.id == "killed" for m in rules.events.find_all(tokens, [t.lemma for t in tokens]))


def _hit_as_injured(claims: list[Claim], hits: frozenset[str]) -> list[Claim]:
    return [_with_event(c, "injured") if c.event in hits else c for c in claims]


def _with_event(claim: Claim, event: str) -> Claim:
    """The claim with another event, its subject and key renamed to match."""
    if claim.key is None or claim.subject is None or claim.counted is None:
        return changed(claim, event=event)
    counted, _, *scope = claim.key.split("|")  # "people|shot", "people|shot|this year"
    key = "|".join([counted, event, *scope])
    subject = f"{claim.counted} {event}{claim.subject.removeprefix(f'{claim.counted} {claim.event}')}"
    return changed(claim, event=event, subject=subject, key=key)


def _own_event(
    text: str, sentence: _Sentence, figure: Figure, first: int, event: str | None, total: Claim | None
) -> bool:
    """Whether a part of a total says something else happened to it, and so is a subject of its own.

    "13 injured, including one critically": the total's figure has another event. "Victims were
    taken to hospitals, including two flown to Memphis": the aside's sentence has only other events.
    """
    if _REST_BEFORE.search(text, sentence.start, figure.start) or _ALL_BUT.search(text, sentence.start, figure.start):
        return False  # "two of them were flown; the other three were driven": which total, unclear
    opening = _OF_OPENING.match(text, sentence.start, figure.start)
    if opening:  # "Of the injured, three are in critical condition": the total is the one named
        return event not in {m.id for m in sentence.events if sentence.tokens[m.first].start < opening.end()}
    if total is not None:
        return event is not None and total.event != event  # "18 injured, six of them seriously": no event, no subject
    earlier = {m.id for m in sentence.events if m.last <= first}
    return bool(_ASIDE.search(text, sentence.start, figure.start) and earlier and event not in earlier)


def _without_breakdowns(text: str, claims: list[Claim]) -> list[Claim]:
    """Figures listed side by side with one subject ("Three women and two men were injured").

    They are parts of a total the sentence does not give, so neither is that subject's figure; so
    are figures its verb is left out for, by place ("Three were taken to Mercy Hospital, two to St. Luke's"),
    and a figure listed with one more person ("Two men and a woman were killed").
    """
    parts = {c.start for c in claims if c.key and c.kind == "count" and _AND_ONE.match(text, c.end)}
    for first, second in pairwise(claims):
        if not first.key or first.sentence != second.sentence or second.key not in (None, first.key):
            continue
        listed = first.key == second.key and _BREAKDOWN_JOIN.fullmatch(text, first.end, second.start)
        if listed or (first.value != second.value and _GAPPED.match(text, second.end)):
            parts |= {first.start, second.start}
    return [changed(c, subject=None, key=None) if c.start in parts else c for c in claims]


def _without_unclear_things(claims: list[Claim]) -> list[Claim]:
    """Things an article counts by their noun alone, unmatched where it gives that noun several figures.

    "The party won 142 of the 300 seats; the alliance took 118 seats": the noun does not say whose
    seats each figure counts, so none of them is compared. Figures that may be one ("19", "at least
    19"), a vague amount ("several") and a revision ("up from") are no other figure.
    """
    figures: dict[str, list[Interval]] = {}
    for claim in claims:
        if claim.key and claim.key.split("|")[1] == "count" and claim.revision is None and claim.value is not None:
            figures.setdefault(claim.key, []).append(claim.interval)
    unclear = {key for key, found in figures.items() if not all(a.overlaps(b) for a, b in combinations(found, 2))}
    return [changed(c, subject=None, key=None) if c.key in unclear else c for c in claims]


def _without_rests(text: str, claims: list[Claim]) -> list[Claim]:
    """ "The other four" after a larger figure of their subject ("five wounded ... who shot the other four").

    They are the rest of that total beside some of it, so not the subject's figure; nor is "the
    last two" ("rescuers found the last two missing"), what is left of a total told before.
    """
    largest: dict[str, float] = {}
    kept = []
    for claim in claims:
        if claim.key and claim.value is not None:
            before = max(0, claim.start - _REST_WIDTH)
            rest = _REST_BEFORE.search(text, before, claim.start) and claim.value < largest.get(claim.key, 0)
            if rest or _LAST_BEFORE.search(text, before, claim.start):
                claim = changed(claim, subject=None, key=None)
            else:
                largest[claim.key] = max(claim.value, largest.get(claim.key, 0))
        kept.append(claim)
    return kept


def _age_claim(
    document: Document,
    sentence: _Sentence,
    said: str,
    figure: Figure,
    person: Person | None,
    year: str | None,
    role: str | None,
) -> Claim:
    """A claim about a person's age: its own subject, never a count of people; `role` is the one its sentence gives."""
    named = person is not None and bool(person.key)
    return _claim(
        document,
        sentence,
        said,
        figure,
        year,
        unit="year",
        kind="age",
        counted=person.surface if person else None,
        subject=f"age of {person.surface}" if named else None,
        key=f"age|{person.key}" if named else None,
        role=role,
    )


def _ranked_ages(text: str, sentence: _Sentence, claims: list[Claim], before: list[Claim]) -> list[Claim]:
    """Ages given for an unnamed group of people in a role, each keyed by its rank in the group.

    "Two men, ages 28 and 21, were arrested" gives the ages of the older and the younger of two
    accused, only when there are as many ages as people; "two men in their 20s were arrested" gives
    each of them that decade (a claim for each). The ages stand between the group's count and the
    next event word, with no preposition between: neither "two men were arrested in the deaths of
    a 21-year-old and a 28-year-old" nor "two men held in the beating of a 21-year-old and a
    28-year-old" gives ages of theirs.
    """
    found = _group(text, sentence, claims, before)
    if found is None:
        return claims
    group, role = found
    start, people = group.end if any(group is c for c in claims) else sentence.start, int(group.value or 0)
    end = min(
        (t.start for t in (sentence.tokens[m.first] for m in sentence.events) if t.start >= start), default=sentence.end
    )
    ages = [
        c
        for c in claims
        if c.kind == "age" and c.key is None and c.value is not None and start <= c.start < end
        if not _APART.search(text, start, c.start)
    ]
    if len(ages) == people and all(c.low == c.high for c in ages):
        ranks = {c.start: [rank] for rank, c in enumerate(sorted(ages, key=lambda c: -(c.value or 0)), start=1)}
    elif len(ages) == 1 and ages[0].low != ages[0].high and ages[0].high is not None:
        ranks = {ages[0].start: list(range(1, people + 1))}  # "two men in their 20s": both
    else:
        return claims
    ranked = []
    for claim in claims:
        at = ranks.get(claim.start, []) if any(claim is age for age in ages) else []
        ranked += [
            changed(
                claim,
                subject=f"age of the {_by_age(rank, people)} of the {people} {role}",
                key=f"age|ranked:{role} {people} {rank}",
                role=role,
            )
            for rank in at
        ] or [claim]
    return ranked


def _group(text: str, sentence: _Sentence, claims: list[Claim], before: list[Claim]) -> tuple[Claim, str] | None:
    """The count of a group of people in the sentence's role, and that role, if there is one count.

    The count is in the role, else in none ("two men in their 20s, also wounded, were arrested").
    A sentence opening with "Both" means the last two counted in `before`, the sentences before.
    """
    counts = [c for c in claims if c.kind == "count" and c.key and c.value and c.value >= 2]
    groups = [c for c in counts if c.role and c.role == sentence.role] or [
        c for c in counts if c.role is None and c.key.startswith("people|")
    ]
    if not counts and _BOTH.match(text, sentence.start):
        pairs = [c for c in before if c.kind == "count" and c.key and c.value == 2][-1:]
        groups = [c for c in pairs if c.role and c.role == (sentence.role or c.role)]
    role = sentence.role or (groups[0].role if groups else None)
    if len(groups) != 1 or role is None or not float(groups[0].value or 0).is_integer():
        return None
    return groups[0], role


def _by_age(rank: int, people: int) -> str:
    """Which of a group a rank by age names: "older" of two, "oldest", "youngest", "2nd oldest" of more."""
    if people == 2:
        return "older" if rank == 1 else "younger"
    return {1: "oldest", people: "youngest"}.get(rank, f"number {rank} by age")


def _implicit_people(sentence: _Sentence, figure: Figure, rules: RuleSet) -> _Counted | None:
    """Whether a bare figure counts people: "Three were treated", "five dead", "13 shot", "hundreds marched"."""
    first = _token_at(sentence, figure.start)
    if any(m.last == first for m in sentence.events + sentence.verbs):  # the object of a verb: "that wounded eight"
        return _Counted("people", "people")
    index = _token_from(sentence, figure.end)
    if index == len(sentence.tokens):
        return None
    while index + 1 < len(sentence.tokens) and sentence.tokens[index].lemma in rules.neutral:
        index += 1  # "four more killed"
    after = sentence.tokens[index]
    written = after.lower in rules.event_words  # "five deaths" counts people; "11 shots" does not
    if after.lower in _SUBJECT_VERBS or (
        any(m.first == index for m in sentence.events) and (written or not _is_head(after))
    ):
        return _Counted("people", "people")
    if rules.actor_verbs.match_at(sentence.lemmas, index):  # "Thousands took to the streets", "Hundreds attended"
        return _Counted("people", "people")
    return None


def _shared_noun(text: str, located: list[tuple[Figure, _Counted | None]], index: int) -> _Counted | None:
    """The noun a figure shares with its neighbour in the sentence: "three or four officers", "two ... and one".

    None for a figure joined by a hyphen to the word after it, which modifies that word ("a four-year deal").
    """
    figure, _ = located[index]
    if text.startswith("-", figure.end):
        return None
    if index + 1 < len(located):
        following, counted = located[index + 1]
        if _LIST_JOIN.fullmatch(text, figure.end, following.start):
            return counted
    if index > 0 and located[index - 1][0].kind == "count":
        return located[index - 1][1]
    return None


def _counted(text: str, sentence: _Sentence, figure: Figure, rules: RuleSet) -> _Counted | None:
    if figure.kind == "age":
        return None
    tokens = sentence.tokens
    after = tokens[_token_from(sentence, figure.end) :]
    aged = len(after) >= 3 and after[0].text.isdigit() and (after[1].lower, after[2].lower) == ("year", "old")
    if aged and text[figure.start : figure.end].lower() in ("a", "an"):
        after = after[3:]  # "a 25-year-old man was arrested": one man (but "two 18-year-old women": which two?)
    if figure.kind in _AMOUNTS:
        first = _token_at(sentence, figure.start)
        return _amount_of(after, figure.kind, rules) or _amount_named_before(tokens[max(0, first - 2) : first], rules)
    if _MAGNITUDE_BEFORE.search(text, max(sentence.start, figure.start - 16), figure.start) or _MAGNITUDE_AFTER.match(
        text, figure.end
    ):
        return _Counted("magnitude", "magnitude", alone=True)  # "a magnitude 6.8 earthquake": no 6.8 earthquakes
    if after and after[0].lower == "of":
        after = after[1:]  # "two of the victims"
        if after and after[0].lower in ("the", "these", "those"):
            after = after[1:]
            if len(after) > 1 and after[0].text[0].isdigit():
                after = after[1:]  # "411 of the 650 seats"
    phrase = _noun_phrase(after, rules, figure.kind)
    if phrase is None or phrase.key.split()[-1] in _GENERIC:
        named = _named_before(text, sentence.start, figure.start, tokens, rules)
        phrase = (
            named
            or phrase
            or _total_before(text, sentence.start, figure.start, rules)
            or _toll(sentence, figure, rules)
        )
    if phrase is None and figure.kind == "ratio":
        before = [t for t in tokens if t.end <= figure.start]
        phrase = _noun_phrase(list(reversed(before))[:3][::-1], rules)
    return phrase


def _amount_of(after: list[Token], kind: str, rules: RuleSet) -> _Counted | None:
    """What an amount is of, named right after it: "2 tons of cocaine", "$5 billion in damage".

    Only after "of" (or "in", for money): "$1.7 billion sent to Iran" names no thing, nor "90
    miles north". A quotation may end first ('"half a ton" of files'), and the words must be whole
    ("$50 billion of U.S. goods" is not of "u"). A name after "in" is a place: "$5 million in Florida".
    """
    if after and _QUOTE.fullmatch(after[0].text):
        after = after[1:]
    joined = len(after) > 1 and (after[0].lower == "of" or (kind == "money" and after[0].lower == "in"))
    if not joined or (after[0].lower == "in" and not after[1].text.islower()):
        return None
    phrase = _noun_phrase(after[1:], rules, kind)
    return phrase if phrase and all(len(word) > 1 for word in phrase.key.split()) else None


def _amount_named_before(before: list[Token], rules: RuleSet) -> _Counted | None:
    """What an amount is, named right before "of" it: "a fine of $2 million", "losses of $5 billion".

    Not a word for an amount itself: "a total of", "in excess of", "upwards of".
    """
    if len(before) < 2 or before[1].lower != "of" or not before[0].text[1:].islower():  # not "U.S."
        return None
    phrase = _noun_phrase(before[:1], rules, "money")
    return None if phrase is None or phrase.key in _NOT_THINGS | _AMOUNT_WORDS else phrase


def _named_before(
    text: str, sentence_start: int, figure_start: int, tokens: list[Token], rules: RuleSet
) -> _Counted | None:
    """The population named as "the number of X", "the toll among X" earlier in the sentence."""
    for match in _NAMED_BEFORE.finditer(text, sentence_start, figure_start):
        found = _noun_phrase([t for t in tokens if match.end() <= t.start < figure_start], rules)
        if found:
            return found
    return None


def _total_before(text: str, sentence_start: int, figure_start: int, rules: RuleSet) -> _Counted | None:
    """A running total named before its figure: "the city's homicide total rose to 104".

    Not a toll of an event ("the death toll rose to 17"): that counts people.
    """
    match = _TOTAL_BEFORE.search(text, sentence_start, figure_start)
    if match is None:
        return None
    noun = match.group("noun").lower()
    if noun in _STOP or rules.events.match_at([lemmatize(noun)], 0):
        return None
    return _Counted(f"{noun} total", f"{lemmatize(noun)} total", alone=True)


def _toll(sentence: _Sentence, figure: Figure, rules: RuleSet) -> _Counted | None:
    """People, for the figure a toll of an event comes to: "the death toll has risen to 152", "up from 120"."""
    return _Counted("people", "people") if _tolled(sentence, figure, rules) else None


def _tolled(sentence: _Sentence, figure: Figure, rules: RuleSet) -> str | None:
    """The event of the toll a figure comes to ("death toll", "number injured"), if it comes to one.

    Only an event of counts: "the number of victims rose to eight" tells of no victims' event.
    """
    match = _TOLL_BEFORE.search(sentence.lowered, 0, figure.start - sentence.start)
    if match is None:
        return None
    first, last = _token_at(sentence, sentence.start + match.start()), _token_at(sentence, figure.start)
    if any(first <= index < last for index in sentence.breaks):
        return None
    counts = [m for m in sentence.events if "count" in rules.event_kinds[m.id]]
    return next((m.id for m in counts if m.first < last and m.last > first), None)


def _noun_phrase(tokens: list[Token], rules: RuleSet, kind: str = "count") -> _Counted | None:
    """The noun phrase a figure of `kind` counts at the start of `tokens`, coordinations and partitives included."""
    words = _content_words(tokens, rules, kind)
    if not words:
        return None
    rest = tokens[len(words) :]
    if len(rest) >= 2 and rest[0].lower == "and" and rest[1].is_word and not find_numbers(rest[1].text):
        more = _content_words(rest[1:], rules, kind)
        # "secret files and other evidence": the figure counts the files, not the other things;
        # and not a new clause with its own figure: "killed two people and left five others wounded",
        # or a verb before "to": "cut 1,500 jobs and expects to spend".
        neutral = rest[1].lemma in rules.neutral
        after = rest[1 + len(more) : 2 + len(more)]  # "injured 460 people and left 1,800 homes": a new clause
        counts = any(find_numbers(t.text) for t in [*more, *after])
        verb = bool(after) and after[0].lower == "to"
        if more and rest[1].lower not in _STOP and not neutral and not counts and not verb:
            words = [*words, rest[0], *more]
            rest = rest[1 + len(more) :]
    if words[-1].lemma in _PARTITIVE and len(rest) >= 2 and rest[0].lower == "of":
        complement = _content_words(rest[1:], rules, kind)
        if complement:
            words = [*words, rest[0], *complement]
    return _canonical(words, rules)


def _content_words(tokens: list[Token], rules: RuleSet, kind: str = "count") -> list[Token]:
    """The words of the noun phrase at the start of `tokens`, up to and including its head.

    An event word first ("five dead", "13 shot") leaves no noun: the figure counts people. A
    word in -ed, or another past tense ("took"), is a modifier only before a noun ("wounded
    officers", "stolen cars"); after the head, or before an event word, it is a verb ("victims
    sustained", "three suffered non-life-threatening injuries", "the rest took pay cuts"), and so
    is an actor's verb ("two opened fire"). A plural noun is the head: the phrase ends there.
    """
    model = len(tokens) > 2 and tokens[0].text.isupper() and tokens[1].text.isdigit()
    if model and tokens[1].start - tokens[0].end <= 1:
        tokens = tokens[2:]  # a model's name before the noun: "two B-52 bombers", "12 F-35 jets"
    # Lemmas only as far as a phrase starting at one of the first five tokens can reach.
    lemmas = [t.lemma for t in tokens[: 5 + max(rules.events.longest, rules.subjects.longest)]]
    words: list[Token] = []
    for index, token in enumerate(tokens[:4]):
        if not token.is_word or token.lower in _STOP or token.text[0].isdigit() or token.lower.endswith("ly"):
            break
        event = rules.events.match_at(lemmas, index)
        if event and kind not in rules.event_kinds[event.id]:
            event = None  # "$5 billion in damage": damage befalls things counted, and is what money measures
        modifies = index + 1 < len(tokens) and _is_noun_like(tokens[index + 1])
        # "3,000 collapsed buildings", "five wounded officers": an event's participle before a plural.
        participle = (
            event is not None
            and event.last == index + 1
            and token.lower.endswith("ed")
            and modifies
            and _is_head(tokens[index + 1])
            and not rules.events.match_at(lemmas, index + 1)
        )
        if participle:
            continue  # what happened to them, not what they are: "five wounded officers" counts officers
        if token.lower in _TIME or (event and not _names_things(token, lemmas, index, rules)):
            break
        past = token.lower.endswith("ed") or token.lower in _IRREGULAR_PASTS
        if past and (words or not modifies or rules.events.match_at(lemmas, index + 1)):
            break
        if past and rules.actor_verbs.match_at(lemmas, index):
            break  # an actor's verb: "two opened fire", not two "opened fires"
        words.append(token)
        if _is_head(token):
            break
    return words


def _names_things(token: Token, lemmas: list[str], index: int, rules: RuleSet) -> bool:
    """Whether an event word is a plural that names a subject of things ("19 shots", not "13 shot")."""
    return _is_plural(token.lower, token.lemma) and rules.subjects.match_at(lemmas, index) is not None


def _is_head(token: Token) -> bool:
    """A plural noun ("officers", "men") or a word for people: the head of its noun phrase."""
    return token.lemma in _GENERIC or _is_plural(token.lower, token.lemma)


def _is_plural(written: str, lemma: str) -> bool:
    """Whether a word, lower case, is the plural of its lemma ("officers", "men"; not "laid")."""
    return written != lemma and (written.endswith("s") or lemma in _IRREGULAR_SINGULARS)


def _is_noun_like(token: Token) -> bool:
    lowered = token.lower
    return token.is_word and lowered not in _STOP and lowered not in _TIME and not lowered.endswith(("ed", "ly"))


def _canonical(words: list[Token], rules: RuleSet) -> _Counted:
    """The counted phrase by its alias ("victims" -> people); "other" and the like change no population."""
    kept = [w for w in words if w.lemma not in rules.neutral]
    if not kept:
        return _Counted("people", "people")
    lemmas = [w.lemma for w in kept]
    alias = rules.subjects.match_at(lemmas, 0)
    if alias and alias.last == len(kept):
        return _Counted(alias.id, alias.id, alias.id in rules.eventless)
    return _Counted(" ".join(w.lower for w in kept), " ".join(lemmas))


def _token_at(sentence: _Sentence, offset: int) -> int:
    """Index of the first token of a sentence that ends after `offset`."""
    return bisect.bisect_right(sentence.tokens, offset, key=lambda token: token.end)


def _token_from(sentence: _Sentence, offset: int) -> int:
    """Index of the first token of a sentence that starts at or after `offset` (the number of tokens if none)."""
    return bisect.bisect_left(sentence.tokens, offset, key=lambda token: token.start)


def _event(sentence: _Sentence, figure: Figure, figures: list[int], rules: RuleSet) -> str | None:
    """The event word nearest the figure: after it in its clause first, then before it.

    An event word right before another figure is that figure's ("... people, wounding 13"):
    `figures` holds the first token of every figure in the sentence.
    """
    first = _token_at(sentence, figure.start)
    tokens = sentence.tokens
    owned = {m.first for m in sentence.events for f in figures if f != first and _is_object(tokens, m, f)}
    matches = [m for m in sentence.events if figure.kind in rules.event_kinds[m.id] and m.first not in owned]
    verbs = [m for m in sentence.verbs if figure.kind in rules.event_kinds[m.id] and m.last == first]
    governing = [m for m in matches if _is_object(tokens, m, first)] + verbs
    if governing:  # the verb whose object the figure is: "injured 13 people, including one critically"
        return max(governing, key=lambda m: m.last).id
    tolled = _tolled(sentence, figure, rules) if figure.kind == "count" else None
    if tolled:  # "the death toll climbed to 21, with 17 still missing": the dead
        return tolled
    position = _token_from(sentence, figure.end)
    other = _relative_of_another(tokens, position)
    # Not past another figure opening a clause, whose event it is: "5,000 people marched, and 12 were arrested".
    beyond = min((f for f in figures if f >= position + 2 and _opens_clause(tokens, f)), default=other)
    after = [
        m
        for m in matches
        if position <= m.first < min(_past_apposition(tokens, sentence.events, position) + _EVENT_AFTER, other, beyond)
        and not any(position <= b < m.first and _closes(tokens, b, m.first) for b in sentence.breaks)
    ]
    if _is_absolute(tokens, first, position):  # "With 20 people looking on, he was shot dead": not the 20
        return next((m.id for m in after if not any(t.text == "," for t in tokens[position : m.first])), None)
    # "taken to a hospital with minor injuries": the injuries say what happened to them, the hospital where.
    hurt = [m for m in after[1:] if m.id == "injured" and "with" in [t.lower for t in tokens[after[0].last : m.first]]]
    if hurt and after[0].id == "hospitalised":
        return hurt[0].id
    if after:
        # A perfect passive is the clause's own verb: "three taken to hospital had been discharged";
        # not past another figure, whose verb it is ("35 missing and 2,000 homes had been destroyed").
        perfect = [
            m
            for m in after
            if m.first >= 2
            and (tokens[m.first - 2].lower, tokens[m.first - 1].lower) in _PERFECT
            and not any(position <= f < m.first for f in figures)
        ]
        return (perfect or after)[0].id
    # Not an event after another figure, which is that figure's ("5,000 were evacuated and 800 homes were
    # flooded"), unless the figure is an aside of that one ("12 were injured, including two children").
    aside = _ASIDE.search(sentence.lowered, 0, figure.start - sentence.start)
    before = [
        m
        for m in matches
        if m.last <= first
        and first - m.last < _EVENT_BEFORE
        and _reaches(tokens, m, first)
        and (aside or not any(f < m.first for f in figures))
    ]
    return before[-1].id if before else None


def _past_apposition(tokens: list[Token], events: list[PhraseMatch], position: int) -> int:
    """Where the figure's clause goes on past names or ages set off by commas after its noun.

    "Two others, Ann Ray, 31, and Tom Lee, 17, were wounded": the apposition ends at the comma
    before the clause's verb; with no such apposition (or an event word in it), `position`.
    """
    opening = next(
        (i for i in range(position, min(position + _APPOSITION_OPENS, len(tokens))) if tokens[i].text == ","), None
    )
    if opening is None:
        return position
    for index in range(opening + 1, min(opening + _APPOSITION_WIDTH, len(tokens) - 1)):
        if tokens[index].text in ";:" or any(m.first == index for m in events):
            return position
        if tokens[index].text == "," and tokens[index + 1].lower in _SUBJECT_VERBS:
            return index
    return position


def _relative_clause(tokens: list[Token], at: int) -> tuple[int, int] | None:
    """The tokens of the relative clause set off by a comma that token `at` is in (", which opened last month")."""
    for index in range(at, 0, -1):
        if tokens[index].text in ",;":
            return None
        if tokens[index].lower in _RELATIVES and tokens[index - 1].text == ",":
            return index, next((i for i in range(at, len(tokens)) if tokens[i].text in ",;"), len(tokens))
    return None


def _relative_of_another(tokens: list[Token], position: int) -> int:
    """Where a relative clause about another noun opens after a figure ("striking the suspect, who died").

    Its events are that noun's; a clause about the figure's own noun ("three men, who were hurt") is
    no other. `position` is the token after the figure; without such a clause, the sentence's end.
    """
    for index in range(position + 2, len(tokens)):
        if tokens[index].lower in _RELATIVES and tokens[index - 1].text == ",":
            return index if index - 2 > position else len(tokens)
    return len(tokens)


def _reaches(tokens: list[Token], event: PhraseMatch, at: int) -> bool:
    """Whether an event before the figure at token `at` is said of it.

    Not across a clause of the figure's own ("13 were injured when two shooters fired"), nor of the
    doer ("shot by two men", "a party attended by 100 people").
    """
    return tokens[at - 1].lower != "by" and not any(t.lower in _SUBORDINATORS for t in tokens[event.last : at])


def _is_absolute(tokens: list[Token], first: int, position: int) -> bool:
    """Whether a figure heads a "with" phrase of its own: "with about 20 people looking on", "with five hurt"."""
    with_ = first > 0 and tokens[first - 1].lower == "with"
    return with_ and any(t.lower.endswith("ing") and t.is_word for t in tokens[position : position + 3])


def _is_object(tokens: list[Token], event: PhraseMatch, at: int) -> bool:
    """Whether the figure at token `at` is the object of `event` ("wounded 13"), with no new clause between."""
    between = tokens[event.last : at]
    return event.last <= at <= event.last + _OBJECT_GAP and not any(
        t.lower in _LIST_WORDS | _CLAUSE_BREAK | _PREPOSITIONS | _SUBORDINATORS for t in between
    )


def _opens_clause(tokens: list[Token], index: int) -> bool:
    """Whether the figure at tokens[index] opens a clause joined on by a comma and "and" or "but"."""
    return index >= 2 and tokens[index - 1].lower in ("and", "but") and tokens[index - 2].text == ","


def _closes(tokens: list[Token], at: int, until: int) -> bool:
    """Whether the clause break at token `at` still holds at `until`: "including X," ends at its comma."""
    return tokens[at].lower != "including" or not any(t.text == "," for t in tokens[at:until])


def _direction(figure: Figure) -> str | None:
    """What a ratio says happened: "doubling" is an increase, "halved" a decrease."""
    if figure.kind != "ratio" or figure.value is None:
        return None
    return "increased" if figure.value > 1 else "decreased"


def _subject(
    figure: Figure, counted: _Counted | None, event: str | None, scope: Rule | None, rules: RuleSet
) -> tuple[str | None, str | None]:
    """The subject as an editor reads it ("children killed") and the key groups compare (lemmas).

    A figure in a sentence about something else (a scope rule) is unmatched, or a subject of
    that scope's own ("people killed (this year)"); so is one of what no event of the story
    befalls ("charged with four felonies in the shooting that left two wounded").
    """
    if counted is None or (scope and scope.unmatched) or counted.key in rules.outside:
        return None, None
    fraction = figure.value is not None and not float(figure.value).is_integer()
    if fraction and figure.kind == "count" and not counted.alone:
        return None, None  # no count of 2.5 people, or of a third ("a third of the workers")
    if figure.kind == "ratio":
        subject, key = f"{counted.key} change", f"{counted.key}|change"
    elif event and figure.kind == "count":
        subject, key = f"{counted.surface} {event}", f"{counted.key}|{event}"
    elif figure.kind == "count" and (counted.alone or _is_thing(figure, counted, rules)):
        subject, key = counted.surface, f"{counted.key}|count"
    elif _is_amount(figure):
        # "2 tons of cocaine", "$5 billion in damage": an amount of a thing, in its unit, whatever the
        # verb ("dropped 50,000 gallons of retardant" is no decrease). Amounts in different units are
        # different subjects, as lengths of time are: "half a ton" never meets "500 kg".
        subject, key = _amount_subject(counted.surface, counted.key, figure.unit)
    else:
        return None, None
    return (f"{subject} ({scope.id})", f"{key}|{scope.id}") if scope else (subject, key)


def _is_amount(figure: Figure) -> bool:
    """Whether a figure is a sum or a measure of something other than time (a length of time: see `_lasting`)."""
    unit = lexicon().get(figure.unit or "") if figure.kind in _AMOUNTS else None
    return unit is not None and unit.entity != "time"


def _is_thing(figure: Figure, counted: _Counted, rules: RuleSet) -> bool:
    """Whether a whole number counts things named specifically enough to need no event ("10 shell casings").

    People need an event to say which of them are counted; units of time or measure ("four
    months"), occurrences ("three times"), a bare partitive ("30 rounds": of what?) and phrases of
    more than three words do not name things.
    """
    words = counted.key.split()
    head = words[0] if "of" in words else words[-1]
    if (figure.value is not None and not figure.value.is_integer()) or len(words) > 3 or not counted.surface.isascii():
        return False
    if head in _GENERIC | _NOT_THINGS or (head in _PARTITIVE - _WHOLE and len(words) == 1):
        return False
    people = rules.people.match_at([head], 0)
    written = counted.surface.split()[words.index(head)]
    # Not "laid" (lay), nor "tells" after "one" ("one source tells"): a plural after one is a verb.
    plural = _is_plural(written, head) and figure.value != 1
    alphabetic = counted.surface.replace(" ", "").isalpha()
    return plural and alphabetic and people is None and lexicon().get(counted.surface.split()[-1]) is None


class _Lasting(NamedTuple):
    """A length of time as a subject: its words and key, its unit, and the noun of what lasted it."""

    subject: str
    key: str
    unit: str
    noun: str


def _lasting(
    text: str, sentence: _Sentence, figure: Figure, counted: _Counted | None, rules: RuleSet
) -> _Lasting | None:
    """A length of time and what lasted it: "a 30-day delay", "the spree lasted 13 minutes", "a delay of 30 days".

    Lengths in different units are different subjects, so "two hours" never clashes with "120 minutes".
    """
    if figure.kind == "count" and counted and len(counted.key.split()) > 1:
        unit = lexicon().get(counted.key.split()[0])  # "30-day delay": the unit, then the noun
        words = [w for w in counted.surface.split()[1:] if not w.endswith("ing")] or counted.surface.split()[1:]
        noun = words[-1]
    elif figure.kind == "measure" and figure.unit:
        unit = lexicon().get(figure.unit)
        match = _LASTED.search(text, sentence.start, figure.start)
        noun = match.group("noun") if match else _lasting_word(text, sentence, figure, rules)
    else:
        return None
    if unit is None or unit.entity != "time" or not noun or noun in _STOP | _TIME | _NOT_THINGS:
        return None
    alias = rules.subjects.match_at([lemmatize(noun)], 0)  # "rampage": a spree
    noun = alias.id if alias and alias.last == 1 else noun
    return _Lasting(f"length of {noun} ({unit.name}s)", f"{lemmatize(noun)}|lasted|{unit.name}", unit.name, noun)


def _lasting_word(text: str, sentence: _Sentence, figure: Figure, rules: RuleSet) -> str:
    """The word of a thing that lasts, earlier in the clause of "for 30 days": "delayed the tariffs for 30 days"."""
    if not _FOR_LENGTH.search(text, sentence.start, figure.start):
        return ""
    first = _token_at(sentence, figure.start)
    start = max((b + 1 for b in sentence.breaks if b < first), default=0)
    words = [rules.lasting.match_at(sentence.lemmas, i) for i in range(start, first)]
    return next((match.id for match in reversed(words) if match and match.last == match.first + 1), "")


def _placed(text: str, figure: Figure) -> tuple[str | None, str | None]:
    """A count of people and the place they were in, with no event: "five people in the house"."""
    place = _place(text, figure)
    return (f"people at the {place}", f"people|at|{lemmatize(place)}") if place else (None, None)


def _place(text: str, figure: Figure, venues: frozenset[str] = frozenset()) -> str | None:
    """The place people were in, right after their figure ("300 people in the club"), if the words name one.

    Not a time ("at the time"), nor a modifier of the next noun ("in the club parking lot"), unless
    that noun is one of `venues` ("at a house party": the party); after "a" only a venue is a place.
    """
    match = _PRESENT_AT.match(text, figure.end)
    if match is None or match["place"] in _TIME | _NOT_THINGS:
        return None
    place = match["next"] if lemmatize(match["next"] or "") in venues else match["place"]
    if match["next"] not in _STOP | _TIME | {None, place} or (
        match["article"] != "the" and lemmatize(place) not in venues
    ):
        return None
    return place


def _actor(text: str, sentence: _Sentence, figure: Figure, counted: _Counted, rules: RuleSet) -> str | None:
    """What the people a figure with no event counts did or where they were (rules: actor), if the words say.

    Their word says it ("about 300 guests", "two gunmen"). For people, also the place they were in
    ("300 people in the club": one of the places of an actor), or a verb of an actor they do
    ("300 people may have attended.", "two men opened fire"), are the doers of ("a party attended
    by 100 people") or the targets of ("fired on more than 100 people"). An actor of some places
    needs nothing after its verb, or one of them: "200 people attended a vigil" are not the people
    present; people in another place ("in the house") are no actors.
    """
    tokens, lemmas = sentence.tokens, sentence.lemmas
    first, after = _token_at(sentence, figure.start), _token_at(sentence, figure.end)
    place = _place(text, figure, frozenset().union(*rules.actor_places.values())) if counted.key == "people" else None
    if place is not None:
        return next((actor for actor, places in rules.actor_places.items() if lemmatize(place) in places), None)
    noun = rules.actor_words.match_at(lemmas, after) if after < len(tokens) else None
    if noun or counted.key != "people":
        return noun.id if noun else None
    for start in range(max(0, first - rules.actor_targets.longest), first):  # "fired on more than 100 people"
        target = rules.actor_targets.match_at(lemmas, start)
        if target and target.last == first:
            return target.id
    if first >= 3 and tokens[first - 1].lower == "by":  # "a party attended by 100 people"
        verb = rules.actor_verbs.match_at(lemmas, first - 2)
        places = rules.actor_places.get(verb.id) if verb else None
        return verb.id if verb and (places is None or lemmas[first - 3] in places) else None
    for index in range(after, min(after + _ACTOR_WORDS, len(tokens))):
        verb = rules.actor_verbs.match_at(lemmas, index)
        if not tokens[index].is_word or (
            verb and tokens[index - 1].lower in _BE and tokens[index].lower.endswith("ed")
        ):
            return None
        if verb:
            places = rules.actor_places.get(verb.id)
            following = tokens[verb.last : verb.last + 3]
            ends = not following or not following[0].is_word
            return verb.id if places is None or ends or any(t.lemma in places for t in following) else None
    return None


def _levied_on(text: str, figure: Figure, sentence: _Sentence) -> tuple[str | None, str | None]:
    """A rate and what it is levied on: "a 25 percent tariff on steel", "duties of 10% on aluminum"."""
    match = _RATE_ON.match(text, figure.end, sentence.end)
    if match is None or match.group("noun") in _TIME:
        return None, None
    noun = match.group("noun")
    return f"{figure.unit} on {noun}", f"rate on|{lemmatize(noun)}|{figure.unit}"


def _level_of(text: str, figure: Figure, sentence: _Sentence) -> tuple[str | None, str | None]:
    """A rate or an amount and the noun it is the level of, opening its clause right before it (see `_LEVEL_OF`).

    Only a noun that opens its clause (or what is said): not "it was", "the share of the party was".
    """
    found = _clause_noun(_LEVEL_OF.search(text[sentence.start : figure.start]))
    if found is None:
        return None, None
    noun, lemmas = found
    if figure.kind == "percent":
        return f"{noun} ({figure.unit})", f"rate of|{lemmas}|{figure.unit}"
    return _amount_subject(noun, lemmas, figure.unit)


def _change_of(text: str, sentence: _Sentence, figure: Figure, rules: RuleSet) -> tuple[str | None, str | None]:
    """A change and the noun it is the change of, opening its clause before its change word (see `_CHANGE_OF`).

    A rise and a fall are different subjects: "profit rose 20%" never agrees with "profit fell 20%".
    """
    before = without_by(sentence.lowered[: figure.start - sentence.start])
    change = rules.phrase_ending("change", before)
    match = _CHANGE_OF.search(before, 0, change.start()) if change else None
    found = _clause_noun(match)
    if match is None or found is None or (match.start("noun") and text[sentence.start + match.start("noun")].isupper()):
        return None, None  # a name inside the sentence ("Foot Locker was down 1.9%") is no noun of a thing
    noun, lemmas = found
    way = "rise" if figure.qualifier == "up" else "fall"
    return f"{way} in {noun} ({figure.unit})", f"{way} of|{lemmas}|{figure.unit}"


def _clause_noun(match: re.Match[str] | None) -> tuple[str, str] | None:
    """The noun a match of `_CLAUSE_NOUN` found, in lower case on one line, and its lemmas.

    None where there is none, or it is a word that names no thing ("it", "week").
    """
    if match is None:
        return None
    noun = " ".join(match["noun"].lower().split())
    if noun in _STOP | _TIME | _PRONOUNS:
        return None
    return noun, " ".join(lemmatize(word) for word in noun.split())


def _amount_subject(surface: str, key: str, unit: str | None) -> tuple[str, str]:
    """The subject and key of an amount of a thing, in its unit: "cocaine (short ton)", "revenue (USD)"."""
    return f"{surface} ({unit})", f"{key}|amount|{unit}"


def _speaker(text: str, spans: list[tuple[int, int]], index: int, rules: RuleSet) -> str | None:
    """Who said the sentence at spans[index].

    Its own attribution, where a pronoun ("according to him") stands for the person the sentence
    before names first and a title ("the President said") for the person last named with it. A
    sentence that only quotes is given to the speaker named where its quotation closes ("“... from
    three directions. ...,” Ann Ray said"), or, when it quotes a few words, to the speaker of the
    sentence before it in its paragraph.
    """
    start, end = spans[index]
    sentence = text[start:end]
    source = _attribution(sentence, rules)
    if source is None:
        return _quoted_speaker(text, spans, index, rules) if _QUOTE.search(sentence) else None
    stand_in = _STAND_IN.fullmatch(source)
    if stand_in is None or (stand_in["title"] and not re.search(rf"\b[Tt]he {source}\b", sentence)):
        return source
    if not stand_in["title"]:
        return next(names_in(text[slice(*spans[index - 1])]), source) if index else source
    for earlier in range(index - 1, max(-1, index - 1 - _TITLE_LOOKBACK), -1):
        named = [name for name in names_in(text[slice(*spans[earlier])]) if source in name.split()]
        if named:
            return named[-1]
    return source


def _quoted_speaker(text: str, spans: list[tuple[int, int]], index: int, rules: RuleSet) -> str | None:
    """The speaker of the sentence at spans[index], which quotes and names no one (see `_speaker`)."""
    sentence = text[slice(*spans[index])]
    straight_open = sentence.lstrip().startswith('"') and sentence.count('"') % 2
    if sentence.count("“") > sentence.count("”") or straight_open:  # the quotation goes on after it
        for later in range(index + 1, min(len(spans), index + 1 + _SPEAKER_LOOKBACK)):
            if not _same_paragraph(text, spans, later):
                return None
            if _QUOTE.search(text, *spans[later]):
                return _attribution(text[slice(*spans[later])], rules)
        return None
    return _speaker(text, spans, index - 1, rules) if index and _same_paragraph(text, spans, index) else None


def _same_paragraph(text: str, spans: list[tuple[int, int]], index: int) -> bool:
    """Whether the sentence at spans[index] goes on the paragraph of the one before it."""
    return "\n" not in text[spans[index - 1][0] : spans[index][0]].rstrip(" \t")


def _attribution(sentence: str, rules: RuleSet) -> str | None:
    lowered = lower(sentence)
    for rule in rules.attributions:
        match = next(rule.finditer(sentence, lowered), None)
        if match:
            source = re.sub(r"^[Tt]he ", "", " ".join(sentence[slice(*match.span("source"))].split())).strip(" ,")
            outlet = sentence[slice(*match.span("outlet"))].strip(" .,") if "outlet" in match.groupdict() else None
            outlet = outlet or None
            return f"{source} (via {outlet})" if outlet else source
    return None


def _document_year(document: Document) -> str | None:
    if document.published:
        return document.published[:4]
    years = _YEAR.findall(document.text)
    return max(years) if years else None


def _as_of(before: str, year: str | None, published: str | None) -> str | None:
    """The date the sentence gives before the figure ("On January 9", "on Monday"), else the article's.

    A weekday is the last such day up to the day the article was published.
    """
    dates = list(_MONTH_DAY.finditer(before)) if year else []
    if dates:
        month = (dates[-1].group("month") or dates[-1].group("month2")).lower()[:3]
        day = int(dates[-1].group("day") or dates[-1].group("day2"))
        return f"{year}-{_MONTHS.index(month) + 1:02d}-{day:02d}"
    try:
        issued = date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return published[:10] if published else None
    weekdays = list(_WEEKDAY.finditer(before)) if issued else []
    if weekdays:
        named = _WEEKDAYS.index(weekdays[-1].group("weekday").lower()[:3])
        return (issued - timedelta(days=(issued.weekday() - named) % 7)).isoformat()
    return issued.isoformat() if issued else None


def _revision(sentence: _Sentence, figure: Figure, rules: RuleSet) -> str | None:
    """ "newer" or "older" when a revision cue for its kind of figure stands before the figure in its sentence.

    The nearest cue in its reach decides; a contrast ("but") ends the reach of the cues before it.
    """
    before = figure.start - sentence.start
    cues = list(rules.phrase_pattern("revision").finditer(sentence.lowered, 0, before))
    for cue in reversed(cues):
        rule = rules.rule_of("revision", cue)
        if before - cue.end() <= rule.window and figure.kind in rule.kinds:
            return None if rule.direction == "neither" else rule.direction
    return None
