"""Candidates stage: the sentences that answer a factoid question, and the answers they hold.

A sentence answers only if
- it holds a named entity of the kind the question wants (a person for "who", a date for "when"...) that is
  not itself part of the question;
- it, with the sentences beside it in the same paragraph, names what the question names (each name, or
  most of its words), states the question's years and numbers, and says the question's relation: the
  verb or role noun that ties the answer to those names ("won", "director", "runner-up"), compared as
  lemmas so that "won" meets "winner" and "directed" meets "director".
When no retrieved sentence does, the question is not answered: the caller abstains and says which part
is missing. Entities and lemmas come from indexing (index/annotate.py).
"""

from __future__ import annotations

import datetime
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

from assistant.question import (
    ABBREVIATED_ROLES,
    AGE,
    AMOUNT,
    DURATION,
    INTRODUCED,
    LIGHT_VERBS,
    NOUN_NAMED,
    PLANS,
    ROLE_NOUNS,
    SCORE,
    TIME_UNITS,
    TYPE_WORDS,
    WORK_NOUNS,
    naming_nouns,
    noun_kind,
)
from assistant.types import Evidence
from index.annotate import annotate, parse
from index.text import MONTHS, STOP_WORDS, is_question

if TYPE_CHECKING:
    from assistant.question import Analysis
    from index.embed import Embedder
    from index.types import Chunk, Hit

# A word; a trailing "+" is part of a name ("Disney+" is not "Disney").
_WORD = re.compile(r"[a-z0-9]+\+*")
_YEAR = re.compile(r"^(1[5-9]|20)\d\d$")
_YEAR_IN = re.compile(r"\b(1[5-9]|20)\d\d\b")
# A unit joined to a figure by a hyphen ("80-page", "12-inch"): part of the figure.
_UNIT = re.compile(r"-[a-z]+\b")
_MEASURE = re.compile(r"\s[A-Za-z]{1,3}\b")  # the unit after a bare figure: "256 GB", "4614 mAh"
_CURRENCY = "$€£¥"
_FIGURE = re.compile(rf"^([{_CURRENCY}]|(us|usd|rmb)\s?)?(\d[\d,.]*({_UNIT.pattern})?|[a-z]+)(\s|[%″′°]|$)", re.I)
# A score: two numbers of a game joined by a dash, each set's after a comma, a tie-break in brackets ("6–4, 7-6
# (5)"); not a year span ("2013-14") nor part of a name ("COVID-19").
_SET = r"\d{1,3}\s?[-–]\s?\d{1,3}(?:\s?\(\d{1,2}(?:[-–]\d{1,2})?\))?"
_TALLY = re.compile(rf"(?<![\w.,/–-]){_SET}(?:,\s?{_SET})*(?![\w–-])")
# A time of day ("7 p.m.", "9:30am"), which dates an event its day is known for.
_CLOCK = re.compile(r"\d{1,2}(:\d\d)?\s?[ap]\.?m\.?", re.I)
_WEEKDAY = re.compile(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)
# "the first since 2018": a year after "since" dates an earlier event the sentence measures from, not its own.
_SINCE_YEAR = re.compile(r"\bsince\s+(1[5-9]|20)\d\d\b", re.I)
# Where a news story was filed: the place in capitals, its country or the agency, a dash ("COPENHAGEN, Denmark — ",
# or an em dash set close: "SACRAMENTO—State Superintendent ..."). Not the date line of a snippet ("Oct 19, 2021
# ..."), which _dateline reads.
_FILED_AT = re.compile(
    r"[A-Z]{3,}(?:[ .'-][A-Z]{2,})*(?:,[^—–\n]{1,30}?|\s\([^)]{1,20}\))?(?:\s[—–-]{1,2}\s|[—–]{1,2})"
)
# A past copula, the regex precheck before a sentence is parsed for a role held once ("was the CEO").
_PAST_COPULA = re.compile(r"\b(was|were)\b", re.I)
# A field of a record as web pages list facts ("(HQ: Kyoto; CEO: John Hanke)"): a short key after the record's
# start, a bracket or a separator, and a value that runs to the next separator, a bracket or the end.
_FIELD_KEY = re.compile(r"(?:^|[(（;|])\s*([^\W\d][^():;（）|.,]{0,40}?)\s*:\s*$")
_FIELD_END = re.compile(r"\s*,?\s*(\.\.\.|…|\.$)?\s*([;)）|]|$)")  # a value cut after its comma ("Bristol, ;") ends too
_FIELD = re.compile(r"[^\W\d]\w*(\s\w+){0,2}:\s\w")  # a record's field, on a line of its own
# Closed class: the words that give a name another one ("whose former name is", "formerly", "also known as").
_ALIAS = re.compile(
    r"\b(whose (former|previous) name (is|was)|formerly( known as| called)?|previously (known as|called)|"
    r"renamed from|also known as)\s+",
    re.I,
)
_NAMES = frozenset("PERSON ORG GPE PRODUCT WORK_OF_ART FAC".split())
# The signature of an embedded social media post: its author's handle, then the day it was posted.
_POSTED = re.compile(r"\(@\w+\)\s*$")
_POSSESSIVE = re.compile(r"['’]s$")
_MONTH = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b", re.I)
# Closed class: words that put a role or title in another time or rank than the one asked about.
_MODIFIERS = frozenset("former ex late next future incoming outgoing vice deputy acting interim".split())
# Closed class: seasons, each of which names another event of a series ("the winter Olympic Games" are not the
# Summer ones).
_SEASONS = frozenset("summer winter spring autumn".split())
# Of those, the ones that put the role in the past: a question asked in the past tense ("Who was the president of
# FIFA when ...?") is answered by a former holder.
_PAST_MODIFIERS = frozenset("former ex late outgoing".split())
# Of those, the ones that make a work another of its series ("the next Avengers movie").
_NEXT = frozenset("next future".split())
# ... of which these stand alone: "the sequel" is another work whatever follows it.
_OTHER_WORK = frozenset({"sequel"})
# Closed class: the determiners that point back to what the article names ("the game", "its release").
_BACK = frozenset("the this his her its their".split())
# Closed class: the role nouns that name an office, held for a term and then by someone else; not a role in a work
# ("director", "star") nor one won at an event ("winner"), which a past tense does not take from its holder.
_OFFICES = frozenset(
    "ceo chief president chairman chairwoman minister secretary governor mayor head leader coach captain owner "
    "spokesperson manager".split()
)
# Closed class: small numbers are written as words and ordinals as often as in digits ("season 4" is the
# "fourth season", "4th season" or "season four").
_CARDINALS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty"
).split()
_ORDINALS = (
    "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
_SUFFIX = {1: "st", 2: "nd", 3: "rd"}
# A small number in figures or words, and the ages ("18-year-old", "aged 18", "eight years old") and durations
# ("30-minute", "two hours") it counts.
_SMALL_NUMBER = (
    rf"(\d{{1,3}}|{'|'.join(_CARDINALS[1:])}|(?:thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?)"
)
_AGE = re.compile(rf"\b(aged?\s+{_SMALL_NUMBER}|{_SMALL_NUMBER}[-\s]years?[-\s]old)\b", re.I)
_DURATION = re.compile(
    rf"\b(?:(?:nearly|almost|about|around|roughly|over|some|more than|less than|at least)\s)?"
    rf"{_SMALL_NUMBER}[-\s](?:(?:consecutive|straight|more|full|long|whole)\s)?"
    rf"(?:{'|'.join(f'{u}s?' for u in TIME_UNITS)})\b(?![-\s]old)",
    re.I,
)  # "30-minute", "nearly 300 consecutive weeks": closed classes of the words a count of time units takes
_NUMBER_FORMS = {
    str(i): {str(i), _CARDINALS[i], _ORDINALS[i], f"{i}{_SUFFIX.get(i % 10 if i // 10 != 1 else 0, 'th')}"}
    for i in range(len(_CARDINALS))
}
# The ordinal of the last of several times ("for the fifth time"), which says how many times.
_NTH_TIME = re.compile(rf"\b({'|'.join(_ORDINALS[2:])}|\d+(?:st|nd|rd|th))\s+time\b", re.I)
# Closed class: the words that place a part in its whole by position, as a number does ("the final stage of").
_POSITIONS = frozenset(["last", "final", "opening", "closing", *_ORDINALS[1:]])
# A numbered part of a whole: "stage 13 of", "Game 7 of", "the final stage of".
_PART_OF = re.compile(rf"\b[A-Za-z]+\s+(\d+|[IVX]+)\s+of\b|\b({'|'.join(sorted(_POSITIONS))})\s+[a-z]+\s+of\b", re.I)
# A numbered version or update of a product ("2.0.0", "v1.5.2", "version 1.2", "Ver. 3"): another thing than the
# product, unless the question numbers one too.
_VERSION = re.compile(r"\bv?\d+\.\d+\.\d+\b|\b(version|ver\.|update|patch)\s+\d", re.I)
# Closed classes: the words that say a category is women's or men's, and the pronouns that say the same of a person.
_FEMALE = (
    frozenset("women woman ladies lady girls girl female womens".split()),
    frozenset("she her hers herself".split()),
)
_MALE = (frozenset("men man boys boy male mens gentlemen".split()), frozenset("he him his himself".split()))
_Gender = tuple[frozenset[str], frozenset[str]]  # its qualifiers, its pronouns
# Closed class: what follows a surname without being a name ("Joseph R. Biden Jr.").
_NAME_SUFFIXES = frozenset("jr sr ii iii iv".split())
# Closed class: the verb a role noun's holder is the doer of, where it is not the noun's own stem ("winner" and
# "director" are "win"'s and "direct"'s): "France are world champions" says France won; one plays a role.
_ROLE_VERBS = {"champion": "win", "author": "write", "role": "play"}
# Closed class: verbs of speaking to someone, which say the same relation ("spoke to AFP", "told AFP").
_REPORTING_VERBS = frozenset("say tell speak talk".split())
# Closed class: verbs of buying, whose subject is the buyer, and their nouns ("Facebook bought Instagram for $1
# billion", "Facebook's acquisition of Instagram"): each says who acquired what and what was paid. Not "sell",
# whose subject is the seller.
_BUYING = frozenset("buy purchase acquire acquisition pay".split())
# The plan verbs that say a plan in a sentence whatever follows them: "go" and "set" do only as "going to" and "set
# to" ("continuing to go strong", "set a record").
_PLANNED = PLANS - {"go", "set"}
# Verbs that say where an event is: for them "the 2004 Olympic Games, held in Athens" and "the Games in Athens"
# state who hosted.
_LOCATIVE_VERBS = frozenset("host hold stage locate".split())
# Closed class: the nouns that end a building's or a ground's name ("the Dolby Theatre", "Barclays Center").
_FACILITIES = frozenset(
    "stadium arena theatre theater center centre hall park field dome coliseum museum airport".split()
)
# Verbs of occurring (and "take place"): any says when or where an event was held, played, staged or ran.
_OCCURRING = frozenset("hold play stage occur happen run".split())
# How a phrase modifies a noun: as a compound, a number, an adjective or a possessive.
_MODIFIER_DEPS = frozenset("compound nmod nummod amod poss".split())
# "respectively", and the names of a list it pairs ("Pixel 6 and Pixel 6 Pro"), joined by commas and "and".
_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
_LIST_JOINT = re.compile(r",?\s+and\s+|,\s+")
_LIST_NAME = r"[A-Z][\w+'’.-]*(?:\s+(?:[A-Z][\w+'’.-]*|\d[\w.]*))*"
_NAME_LIST = re.compile(rf"{_LIST_NAME}(?:,\s+{_LIST_NAME})*,?\s+and\s+{_LIST_NAME}")
# What a verb says of its subject: its objects, complements and the clauses it governs.
_COMPLEMENTS = frozenset("dobj ccomp xcomp attr acomp advcl agent dative oprd parataxis conj".split())
# Derivations a relation word takes ("win" -> "winner", "direct" -> "director", "release" -> "released").
_MAX_SUFFIX = 4
_LEAST_WORDS = 4
# What the end of a list item (a comma) adds, in words, to a figure's distance from the relation word.
_ITEM = 5
# MiniLM similarity to the question below which a sentence is off its topic (unrelated pairs score ~0.1-0.2).
_ON_TOPIC = 0.25
# How many of the best candidates are parsed for their role, and what being the doer is worth.
_PARSED = 6
_READ = 3
_ROLE_BONUS = 0.15
# The label of a proper noun the entity tagger missed, and what the uncertainty of its kind costs it.
UNTAGGED = "PROPN"
_UNTAGGED_COST = 0.1


@dataclass(frozen=True)
class Candidate:
    """One possible answer, in the words of the sentence that states it."""

    text: str
    label: str
    evidence: Evidence
    context: Evidence | None
    """A neighbouring sentence that states what this one leaves to it (the names, the year), quoted too."""
    score: float
    votes: int
    """How many answering sentences state the same answer."""
    alias: str = ""
    """Another name a retrieved sentence gives the answer ("formerly Facebook"), with the words that say so."""
    alias_evidence: Evidence | None = None


@dataclass(frozen=True)
class Findings:
    candidates: list[Candidate]
    mentioned: list[str]
    """The question's names and years that the retrieved passages do mention, for saying what is missing."""


@dataclass(frozen=True)
class _Sentence:
    chunk: Chunk
    text: str
    start: int
    end: int
    lemmas: set[str]
    words: set[str]
    paragraph: tuple[str, int]


def find(analysis: Analysis, hits: Sequence[Hit], embedder: Embedder) -> Findings:
    """Candidates of the wanted kind from sentences that meet the question's constraints, best first."""
    annotate([h.chunk for h in hits])
    sentences = _sentences(hits, since=bool(_SINCE_YEAR.search(analysis.text)))
    found, labelled = _found(analysis, sentences)
    if elsewhere := _at_a_branch(analysis, sentences):
        found = [
            (s, text, label, *rest)
            for s, text, label, *rest in found
            if not (label == "PERSON" and _among(text, elsewhere))
        ]
    if not found:
        return Findings([], _mentioned(analysis, sentences))
    # A labelled name, or a record's field on a line of its own, is judged on the topic with its neighbour.
    short = [len(s.words) < _LEAST_WORDS for s, *_ in found]
    read = [f"{s.text} {ctx.text}" if ctx and few else s.text for (s, *_, ctx), few in zip(found, short, strict=True)]
    relevance = _relevance(analysis.text, read, embedder)
    names = _canonical([(text, label) for _, text, label, _, _ in found], _people(sentences))
    votes = Counter(names[_key(text)] for _, text, _, _, _ in found)
    terms, kind_nouns = set(analysis.terms), _asked(analysis).kind_nouns
    ranked: dict[str, Candidate] = {}
    said: dict[str, list[tuple[float, str, str]]] = {}  # each answer's sentences, with the words it has there
    spelled: dict[str, str] = {}
    for (s, text, label, distance, context), rel in zip(found, relevance, strict=True):
        if rel < _ON_TOPIC:
            continue  # meets the letter of the question, not its topic
        name = names[_key(text)]
        score = (
            rel + 0.1 * min(votes[name], 3) - 0.002 * min(distance, 100)
            + 0.1 * _specificity(text, analysis) + 0.05 * len(terms & s.lemmas)
            - (_UNTAGGED_COST if label == UNTAGGED else 0.0)
            - (_ROLE_BONUS if analysis.kind == "date" and _names_a_thing(s, text) else 0.0)
            + 0.1 * bool(kind_nouns & set(_words(text)))  # "Which team ...?": "UAE Team Emirates" says it is one
        )  # fmt: skip
        said.setdefault(name, []).append((score, text, s.text))
        best = ranked.get(name)
        if best is None or score > best.score:
            evidence = _evidence(s, rel)
            ctx = _evidence(context, rel) if context else None
            ranked[name] = Candidate(name, label, evidence, ctx, score, votes[name])
            spelled[name] = text if _key(text) == _key(name) else name
    if not ranked:  # every answer was off the topic: the message still says what the passages mention
        return Findings([], _mentioned(analysis, sentences))
    best = _by_role(analysis, sorted(ranked.values(), key=lambda c: -c.score), said)
    # Each answer as its quote spells it ("6–4" there, "6-4" in another passage), with another name a sentence
    # gives it ("Meta Platform, an American company whose former name is Facebook"): either may be asked for.
    marked = _marked(sentences)
    spelled_out = [replace(c, text=spelled[c.text]) for c in best]
    return Findings([replace(c, **_alias(c.text, marked)) for c in spelled_out], [])


def conjoined(analysis: Analysis, chosen: Candidate, candidates: Sequence[Candidate]) -> Candidate:
    """The chosen answer with the other answers conjoined with it in the sentence that states it, worded as that
    sentence words them ("founded ... by Jan Koum and Brian Acton", "co-founded Tesla, SpaceX, Neuralink and The
    Boring Company"): they share its role. Not when the question asks for one thing ("Which company ...?", "Who
    is the CEO ...?"), nor for a date or a figure."""
    quote = chosen.evidence.quote
    if analysis.kind in ("date", "number") or chosen.text not in quote or _asked(analysis).one:
        return chosen
    doc = parse(quote)

    def head(text: str) -> Any:  # the token that ends the answer's first mention in the quote
        end = quote.index(text) + len(text)
        return next((t for t in doc if t.idx < end <= t.idx + len(t.text)), None)

    first = head(chosen.text)
    while first is not None and first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first is None or (first.dep_ == "pobj" and first.head.lower_ != "by"):
        return chosen  # "votes between Trump and Biden": what a preposition relates, not the answer's role
    group = {first.i}
    for t in doc[first.i :]:
        # "A, B and C": the small parser may make B an apposition of A, with C joined to it.
        listed = t.dep_ == "conj" or (t.dep_ == "appos" and any(c.dep_ == "conj" for c in t.children))
        if listed and t.head.i in group:
            group.add(t.i)
    # Of the chosen one's kind; for "which award" any name is, however the tagger labelled it ("Maxwell, Bednarik").
    alike = [c for c in candidates if c.label == chosen.label or analysis.kind == "name"]
    members = [c.text for c in alike if c.text in quote and (h := head(c.text)) is not None and h.i in group]
    if chosen.text not in members or len(members) < 2:
        return chosen
    start = min(quote.index(m) for m in members)
    end = max(quote.index(m) + len(m) for m in members)
    # The list goes on where the parser lost it ("Maxwell, Bednarik, Walter Camp player-of-the-year awards").
    spans = {(quote.index(c.text), quote.index(c.text) + len(c.text)) for c in alike if c.text in quote}
    while nxt := next((b for a, b in spans if a > end and quote[end:a] in (", ", " and ", ", and ")), None):
        end = nxt
    return replace(chosen, text=quote[start:end])


def situated(analysis: Analysis, chosen: Candidate, candidates: Sequence[Candidate]) -> Candidate:
    """For "where", a venue with the town its sentence puts it in, in the sentence's words: "at Raymond James Stadium
    in Tampa, Florida" says "Raymond James Stadium in Tampa, Florida", and "in Tampa Bay, Florida, at Raymond James
    Stadium" says "Raymond James Stadium, Tampa Bay, Florida"; the venue alone leaves out where it is."""
    quote = chosen.evidence.quote
    if analysis.kind != "place" or chosen.label != "FAC" or chosen.text not in quote:
        return chosen
    venue = re.escape(chosen.text)
    for town in (c.text for c in candidates if c.label in ("GPE", "LOC") and c.text in quote):
        place = re.escape(town)
        if found := re.search(rf"{venue}(,? in |, ){place}\b", quote):
            return replace(chosen, text=found.group())
        if re.search(rf"\bin {place},? at (the )?{venue}", quote):
            return replace(chosen, text=f"{chosen.text}, {town}")
    return chosen


def _found(
    analysis: Analysis, sentences: list[_Sentence]
) -> tuple[list[tuple[_Sentence, str, str, int, _Sentence | None]], dict[tuple[str, int], _Sentence]]:
    """(sentence, answer, label, distance to the relation, context) for each answer the sentences that meet the
    question hold; and the bare names labelled by the bare role after them."""
    # Each paragraph's words with its article's title and outlet, gathered once for all its sentences.
    paragraphs: dict[tuple[str, int], set[str]] = {}
    articles: dict[str, set[str]] = {}
    for x in sentences:
        paragraphs.setdefault(x.paragraph, set(_words(f"{x.chunk.title} {x.chunk.outlet}"))).update(x.words)
        articles.setdefault(x.chunk.doc_id, set()).update(paragraphs[x.paragraph])
    found: list[tuple[_Sentence, str, str, int, _Sentence | None]] = []
    labelled: dict[tuple[str, int], _Sentence] = {}  # a bare name -> the bare role after it
    people = frozenset(map(_folded, _people(sentences)))
    for i, s in enumerate(sentences):
        window = [x for x in sentences[max(0, i - 1) : i + 2] if x.paragraph == s.paragraph]
        if len(s.words) < _LEAST_WORDS and not _FIELD.match(s.text):  # "Location: Bristol, Connecticut." states
            role = _label(analysis, s, window)
            if role is None:
                continue  # a heading or a date line ("Jun 20, 2023 ..."), not a statement
            labelled[(s.chunk.doc_id, s.start)] = role
        # A question asserts nothing ("What would a Christopher Nolan-directed version of 'The Avengers' look like?").
        words = paragraphs[s.paragraph]
        article = articles[s.chunk.doc_id]
        if _continues(analysis, s, words, article) or _anchored(analysis, s, words, article):
            words = words | {w for n in analysis.names for w in _words(n)}  # the subject's names, not its years
        if is_question(s.text) or not _meets(analysis, s, window, words):
            continue
        context = labelled.get((s.chunk.doc_id, s.start)) or _context(analysis, s, window)
        answers = [] if _denies(analysis, s) or _cut_at_verb(s) else _answers(analysis, s, people)
        dateline = None if answers else _dateline(analysis, s, window)
        if dateline:
            found.append((s, _dated(dateline.text), "DATE", 100, dateline))
        said_here = any(_related(r, s.lemmas | s.words) for r in analysis.relation)
        for text, label, at in _respective(analysis, s, window, answers):
            if not said_here and _titled_otherwise(analysis, s, at):
                continue  # "... is Delaware's 2020 State Teacher of the Year. Governor John Carney made the ..."
            placed = _located(s, at) or analysis.kind in map(noun_kind, _field_key(s, at, at + len(text)) or ())
            if not said_here and analysis.relation and analysis.kind == "place" and not placed:
                continue  # "Argentina v France | Final" beside "Mbappe's best plays": a team, nowhere; "Location:
                # Bristol, Connecticut." is a place
            found.append((s, text, label, _distance(analysis, s, at), context))
    return found, labelled


def _at_a_branch(analysis: Analysis, sentences: list[_Sentence]) -> list[list[str]]:
    """For a role in a named organisation ("Who is the CEO of Nintendo?"), the persons a sentence places beside a
    body whose name is the asked one narrowed by "of" ("Doug Bowser, president of Nintendo of America"): a
    branch is another organisation, and its officer is not the asked one's, whatever a looser mention says
    ("Nintendo's CEO Doug Bowser"). Each person as the words of the name."""
    if analysis.kind != "person" or not analysis.relation or not analysis.names:
        return []
    branches = tuple(f"{_folded(n)} of " for n in analysis.names)
    out = []
    for s in sentences:
        spans = [(a, b, label) for a, b, label in s.chunk.entities if s.start <= a < s.end]
        if any(label == "ORG" and _folded(_entity_text(s.chunk, a, b)).startswith(branches) for a, b, label in spans):
            out += [_words(_entity_text(s.chunk, a, b)) for a, b, label in spans if label == "PERSON"]
    return out


def _among(name: str, people: list[list[str]]) -> bool:
    """`name` is one of `people` ("Doug Bowser" of "Doug Spencer Bowser"): its first and last words are theirs."""
    words = _words(name)
    return bool(words) and any(words[0] == p[0] and words[-1] == p[-1] for p in people if p)


def _by_role(
    analysis: Analysis, ranked: list[Candidate], said: dict[str, list[tuple[float, str, str]]]
) -> list[Candidate]:
    """Among the best few, one that is the subject of a sentence that states it ("Meta acquired Instagram") or
    the doer of a passive verb ("acquired by Facebook") is what a "who/what ... <verb>" question asks for; an
    object ("defeated Serena Williams") is not. A candidate's best few sentences are read, not only its best
    one: the small parser misreads headlines ("US Open 2021: Emma Raducanu beats ..."). Parsed here, on a
    handful of sentences, since indexing skips the parser."""
    if analysis.kind in ("date", "number") or len(ranked) < 2:
        return ranked
    head = ranked[:_PARSED]
    best = {c.text: sorted(said[c.text], reverse=True)[:_READ] for c in head}
    related = lambda verb: any(_related(r, _named_by(verb)) for r in analysis.relation)  # noqa: E731
    if not analysis.relation and (taken := _taken(analysis.text)):
        # "Who took the women's title?": a light verb says nothing, what it takes does ("defeated ... to win the
        # ladies' singles title"): any verb that takes it says the relation.
        related = lambda verb: any(c.dep_ == "dobj" and c.lemma_.lower() in taken for c in verb.children)  # noqa: E731
    itself = _asked(analysis).itself
    doers = {
        c.text for c in head if any(_is_doer(text, parse(quote), related, itself) for _, text, quote in best[c.text])
    }
    # Nobody does the asked verb: one its agent noun titles does ("best director Damien Chazelle" directed). Not
    # for a role noun asked as itself: "best actress Oscar" names an award.
    if not doers and set(analysis.relation) - ROLE_NOUNS:
        doers = {c.text for c in head if any(_titled(text, parse(quote), related) for _, text, quote in best[c.text])}
    # "Who is the King of the Gerudo Thieves?": the name the sentence sets beside what the question describes.
    if not doers and analysis.kind == "person":
        asked = _asked(analysis).named
        doers = {c.text for c in head if any(_equated(text, parse(quote), asked) for _, text, quote in best[c.text])}
    # No candidate does the asked verb: the doer of any verb is the likelier answer, but not for "where" (the
    # match "was contested by France and Croatia" at the stadium).
    if not doers and analysis.kind != "place":
        doers = {c.text for c in head if any(_is_doer(text, parse(quote)) for _, text, quote in best[c.text])}
    bonus = [_ROLE_BONUS if c.text in doers else 0.0 for c in head]
    head = [h for _, h in sorted(zip(bonus, head, strict=True), key=lambda x: -(x[1].score + x[0]))]
    return head + ranked[_PARSED:]


@lru_cache(maxsize=512)
def _taken(question: str) -> frozenset[str]:
    """What a light verb of the question takes ("title" in "Who took the women's title?")."""
    verbs = [t for t in parse(question) if t.pos_ == "VERB" and t.lemma_.lower() in LIGHT_VERBS]
    return frozenset(c.lemma_.lower() for v in verbs for c in v.children if c.dep_ == "dobj" and c.pos_ == "NOUN")


def _named_by(token: Any) -> set[str]:
    """A word's lemma, with its modifiers' for a noun: "chief executive officer" is said by "officer"."""
    modifiers = {c.lemma_.lower() for c in token.children if c.dep_ in ("amod", "compound")}
    return {token.lemma_.lower()} | (modifiers if token.pos_ in ("NOUN", "PROPN") else set())


def _respective(
    analysis: Analysis, s: _Sentence, window: list[_Sentence], answers: list[tuple[str, str, int]]
) -> list[tuple[str, str, int]]:
    """ "Pixel 6 and Pixel 6 Pro. The new models start at $599 and $899, respectively": of answers listed together
    in a "respectively" sentence, the one at the asked name's place in the list of names before them."""
    if not _RESPECTIVELY.search(s.text):
        return answers
    asked = {n.lower() for n in analysis.names}
    place = None
    for x in (y for y in window if y.start <= s.start):
        for m in _NAME_LIST.finditer(x.text):
            items = [i.rstrip(".").lower() for i in _LIST_JOINT.split(m.group())]
            if len(hits := [k for k, item in enumerate(items) if item in asked]) == 1:
                place = (hits[0], len(items))
    if place is None:
        return answers
    listed: list[list[tuple[str, str, int]]] = []  # runs of answers joined by commas and "and"
    for a in sorted(answers, key=lambda a: a[2]):
        last = listed[-1][-1] if listed else None
        joint = s.chunk.text[last[2] + len(last[0]) - s.chunk.start : a[2] - s.chunk.start] if last else ""
        if last and _LIST_JOINT.fullmatch(joint.rstrip(_CURRENCY)):  # "$599 and $899": the tagger leaves out the "$"
            listed[-1].append(a)
        else:
            listed.append([a])
    index, size = place
    return [a for run in listed for k, a in enumerate(run) if len(run) != size or k == index]


def _names_a_thing(s: _Sentence, date: str) -> bool:
    """The date modifies a noun ("Tesla's Q4 2020 earnings call in January 2021", "the 2012 Heisman winner"): it
    names which thing, not when the sentence's event was. Parsed only when a content word follows it."""
    at = s.text.find(date)
    after = re.match(r"\s+([A-Za-z][a-z-]*)\b", s.text[at + len(date) :]) if at >= 0 else None
    if after is None or after.group(1).lower() in STOP_WORDS:
        return False
    doc = parse(s.text)
    span = [t for t in doc if at <= t.idx < at + len(date)]
    roots = [t for t in span if not at <= t.head.idx < at + len(date)]
    return len(roots) == 1 and roots[0].dep_ in _MODIFIER_DEPS and roots[0].head.pos_ in ("NOUN", "PROPN")


def _is_doer(
    text: str, doc: Any, related: Callable[[Any], bool] | None = None, itself: frozenset[str] = frozenset()
) -> bool:
    """`text` names the subject of a verb in `doc`, or the agent of a passive one ("acquired by Facebook"). With
    `related`, only of a verb that says the relation or whose clause leads to it ("defeated Djokovic to win" for
    "won"), or as the object of a participle that says it ("a film starring Liu Yifei"), or of a verb whose
    subject is one of the words for the asked thing, `itself` ("The film stars Julia Roberts")."""
    for token in _mentions(text, doc):
        head = _name_head(token)
        verb = head.head
        subject = head.dep_ in ("nsubj", "nsubjpass") and verb.pos_ in ("VERB", "AUX")
        if subject and (related is None or _says(verb, related)):
            return True
        agent = head.dep_ == "pobj" and verb.lower_ == "by" and verb.dep_ == "agent"
        if agent and (related is None or related(verb.head)):
            return True
        if related is not None and head.dep_ == "dobj" and verb.dep_ == "acl" and related(verb):
            return True
        subjects = {c.lower_ for c in verb.children if c.dep_ == "nsubj"}
        if related is not None and head.dep_ == "dobj" and subjects & itself and related(verb):
            return True
    return False


def _equated(text: str, doc: Any, asked: frozenset[str]) -> bool:
    """`text` names someone in apposition with a phrase that holds the question's names ("Ganondorf, the King of
    the Gerudo Thieves"): the sentence says who that is. Not one of names joined by "and", which the phrase may
    pair with its own list ("Jeffrey Webb and Jack Warner – the current and former presidents of CONCACAF")."""
    # A description: a common noun, or a title with its article ("the King of ...").
    described = lambda c: c.pos_ == "NOUN" or any(d.dep_ == "det" for d in c.children)  # noqa: E731
    for token in _mentions(text, doc):
        head = _name_head(token)
        if head.dep_ == "conj" or any(c.dep_ == "conj" for c in head.children):
            continue
        beside = [c for c in head.children if c.dep_ == "appos" and described(c)]
        if any(asked & {t.lower_ for t in b.subtree} for b in beside):
            return True
    return False


def _titled(text: str, doc: Any, related: Callable[[Any], bool]) -> bool:
    """`text` names someone whom the role noun before the name gives the relation ("best director Damien
    Chazelle", "screenwriter J. F. Lawton"): a noun of a role, or an agent noun, which the small parser may tag
    a verb."""
    words = set(_words(text))
    for token in _mentions(text, doc):
        if not token.i:
            continue
        title = doc[token.i - 1]
        lower = title.lower_
        agent = lower in ROLE_NOUNS or lower.endswith(("er", "or"))
        if lower not in words and title.is_lower and agent and related(title):
            return True
    return False


def _mentions(text: str, doc: Any) -> list[Any]:
    """The proper-noun tokens of `doc` that are words of the name `text`."""
    words = set(_words(text))
    return [t for t in doc if t.lower_.replace(".", "") in words and t.pos_ == "PROPN"]


def _name_head(token: Any) -> Any:
    """Up a name's own words ("Liu" -> "Yifei"), not into a noun it modifies ("Disney fans")."""
    while token.dep_ in ("compound", "flat", "amod") and token.head.i != token.i and token.head.pos_ == "PROPN":
        token = token.head
    return token


def _says(verb: Any, related: Callable[[Any], bool]) -> bool:
    """The verb says the relation, or a clause it governs does ("defeated Djokovic to win the US Open"), or it
    gives its subject the role ("is the winner", "stood atop the podium as champion"), or a verb joined to it
    with the same subject does ("resigned as CEO and became chairman")."""
    for c in verb.children:
        if c.dep_ in ("xcomp", "advcl", "ccomp", "conj", "attr", "oprd") and related(c):
            return True
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and _says(c, related):
            return True
        if c.dep_ == "prep" and c.lower_ == "as" and any(related(o) for o in c.children if o.dep_ == "pobj"):
            return True
    return related(verb)


def _denies(analysis: Analysis, s: _Sentence) -> bool:
    """The sentence says the relation only as not happening ("no Nobel Prize will be awarded", "he did not win"):
    its verb negated, or its subject "no ..." or "nobody", or only planned once. Parsed here, on the sentences
    that meet the question."""
    if not analysis.relation or not any(_related(r, s.lemmas) for r in analysis.relation):
        return False
    if _asked(analysis).negated:
        return False  # "Who did not win ...?" is answered by a sentence that says so
    verbs = [t for t in parse(s.text) if _says_relation(analysis, t)]
    planned = not PLANS & {*analysis.relation, *analysis.terms}
    return bool(verbs) and all(_negated(v) or (planned and _planned_before(v)) for v in verbs)


def _planned_before(verb: Any) -> bool:
    """The verb is what a past plan was ("was originally scheduled to be held at Barclays Center"), which may not
    have happened as planned: for a question that asks what happened, not what was planned."""
    plan = verb.head
    past = plan.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in plan.children)
    return verb.dep_ == "xcomp" and plan.lemma_.lower() in _PLANNED and past


def _cut_at_verb(s: _Sentence) -> bool:
    """A snippet cut off right after its main verb, which has no object or clause of its own ("In 2019, Federer has
    ...", "Mark Cavendish wins ..."), does not say what its subject has or won; "..., Biden said ..." and "While
    Meta bought Instagram as the company was ..." do say something."""
    if not s.text.rstrip().endswith(("...", "…")):
        return False
    words = [t for t in parse(s.text) if not t.is_punct]
    verb = words[-1] if words else None
    if verb is None or verb.dep_ != "ROOT" or verb.pos_ not in ("VERB", "AUX"):
        return False
    return not any(c.dep_ in _COMPLEMENTS for c in verb.children)


def _negated(verb: Any) -> bool:
    """The verb has "not" or "never", or its subject is "nobody", "none", "nothing" or "no ..."."""
    for c in verb.children:
        if c.dep_ == "neg" or c.lower_ in ("nobody", "none", "nothing"):
            return True
        if c.dep_ in ("nsubj", "nsubjpass") and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children):
            return True
    return False


def _narrowed_role(analysis: Analysis, s: _Sentence) -> bool:
    """The sentence names the role the question asks about ("Who is the director of X?"), or the one its verb
    gives ("founder" for "Who founded X?"), only as another one: narrowed by a noun the question lacks ("video
    director") or held of something the question does not name ("a director of music videos", "founder and CEO
    of Illumination")."""
    roles = set(analysis.relation) & ROLE_NOUNS
    verbs = set(analysis.relation) - ROLE_NOUNS
    holders = {w for w in s.lemmas if w not in verbs and any(_derived(v, w) for v in verbs)}  # "founder": "found"
    holders |= {w for w in s.lemmas & ROLE_NOUNS if _ROLE_VERBS.get(w) in verbs}  # "champion": "win"
    if not (roles | holders) & s.lemmas:
        return False
    doc = parse(s.text)
    if not roles & s.lemmas and any(_says_relation(analysis, t) for t in doc):
        return False  # the verb itself says it ("founded"), whoever else the sentence calls a founder
    said = [t for t in doc if t.lemma_.lower() in roles | holders and t.pos_ in ("NOUN", "PROPN")]
    return bool(said) and not any(_own_role(t, _asked(analysis).words) for t in said)


def _own_role(role: Any, asked: frozenset[str]) -> bool:
    if role.dep_ == "poss":
        return False  # "The Director's Cut", "the president's office": a thing of the role, not its holder
    if role.head.lower_ == "for" and role.dep_ == "pobj":
        return False  # "won an Oscar for best director": what an award is for, not who holds the role
    first = role.i
    while first >= 2 and role.doc[first - 1].text == "-" and not role.doc[first - 2].whitespace_:
        first -= 2  # "co-founder": a prefix of the role's own word, which the tokenizer splits off
    before = role.doc[first - 1] if first else None
    if before is not None and before.tag_ in ("NN", "NNS") and before.lower_ not in asked | TYPE_WORDS:
        return False
    # "founder and CEO of Illumination": the parser hangs the shared phrase on the first of the conjoined roles.
    shared = [t for t in role.head.rights if t.i > role.i] if role.dep_ == "conj" else []
    for prep in [*role.rights, *shared]:
        if prep.lower_ in ("of", "for", "at") and not _when(prep):
            said_of = [t for obj in prep.children for t in _noun_phrase(obj) if not (t.is_stop or t.is_punct)]
            if WORK_NOUNS & asked and any(
                o.dep_ == "pobj" and o.pos_ == "PROPN" and o.lower_.rstrip(".") not in asked for o in prep.children
            ):
                return False  # "creative director of Assassin's Creed Syndicate": a longer title is another work
            return not said_of or any(t.lower_ in asked or t.lemma_.lower() in asked for t in said_of)
    return True


def _when(prep: Any) -> bool:
    """The phrase says when or how often, not of what ("champion for the first time", "coach for 2019")."""
    said = [t for obj in prep.children for t in _noun_phrase(obj)]
    return any(t.ent_type_ in ("DATE", "TIME", "ORDINAL") or t.lemma_.lower() == "time" for t in said)


def _noun_phrase(head: Any) -> list[Any]:
    """The head noun with its modifiers, without the clauses and phrases that follow it ("music videos", not
    "music videos whose work included ...")."""
    cut = {t.i for c in head.children if c.dep_ in ("relcl", "acl", "prep") for t in c.subtree}
    return [t for t in head.subtree if t.i not in cut]


def _canonical(found: list[tuple[str, str]], named: set[str]) -> dict[str, str]:
    """Each person's fullest name among the others: "Biden" -> "Joe Biden", "Shuntaro" -> "Shuntaro Furukawa";
    else, for a name of one word, the one full name the retrieved passages give it (`named`: their people),
    as news names a person in full once and by one name after ("Nadal" -> "Rafael Nadal"; not when two full
    names share the word, nor from an initial, "R. Nadal"). Only people: a longer place or organisation name is
    another thing ("Tampa" -> "Tampa Bay Buccaneers")."""
    people = [t for t, label in found if label == "PERSON" and "(" not in t]
    dated = [t for t, label in found if label == "DATE" and _day(t) and _YEAR_IN.search(t)]
    out = {}
    for text, label in found:
        words = set(_words(text))
        fuller = [t for t in people if words < set(_words(t))] if label == "PERSON" and words else []
        if label == "PERSON" and not fuller and len(words) == 1:
            full = {n for n in named if _full_name_of(n, next(iter(words)))}
            fuller = list(full) if len(full) == 1 else []
        if label == "DATE" and _day(text) and not _YEAR_IN.search(text):
            fuller = [t for t in dated if _day(t) == _day(text)]  # "Nov 15" is "15 November 2020" said again
        out[_key(text)] = max(fuller, key=len) if fuller else text
    return out


def _full_name_of(name: str, word: str) -> bool:
    """`name` is a full name (two or three words, none an initial) whose first or last word is `word`."""
    parts = [p for p in name.split() if p.lower().rstrip(".") not in _NAME_SUFFIXES]
    if not 2 <= len(parts) <= 3 or any(len(p.rstrip(".")) < 2 or p.endswith(".") for p in parts):
        return False
    said = _words(" ".join(parts))
    return word in (said[0], said[-1])


def _people(sentences: list[_Sentence]) -> set[str]:
    """The people the retrieved sentences name, as they name them."""
    return {
        _entity_text(s.chunk, start, end)
        for s in sentences for start, end, label in s.chunk.entities if label == "PERSON" and s.start <= start < s.end
    }  # fmt: skip


def _day(text: str) -> tuple[str, str] | None:
    """(month, day) of a date that names both: "15 November 2020" and "Nov. 15" -> ("nov", "15")."""
    month = _MONTH.search(text)
    day = re.search(r"\b([0-3]?\d)(st|nd|rd|th)?\b(?!\d)", text)
    return (month.group(1).lower(), day.group(1).lstrip("0")) if month and day and len(day.group(1)) <= 2 else None


def _specificity(text: str, analysis: Analysis) -> int:
    """A date with day, month and year says more than a month or a year alone."""
    if analysis.kind != "date":
        return 0
    return len(re.findall(r"\d+", text)) + bool(re.search(r"[A-Za-z]{3}", text))


def _sentences(hits: Sequence[Hit], since: bool = False) -> list[_Sentence]:
    """Every sentence of the hits once, in article order per document, with its paragraph number. A year after
    "since" is left out of a sentence's words unless the question asks `since` a year too ("Who has led X since
    2018?")."""
    out: dict[tuple[str, int], _Sentence] = {}
    paragraph_of = _paragraphs(hits)
    for hit in hits:
        c = hit.chunk
        for k, (text, start, end) in enumerate(c.sentence_texts()):
            lemmas = set((c.lemmas or [""] * len(c.sentences))[k].split())
            paragraph = (c.doc_id, paragraph_of(c.doc_id, start))
            out.setdefault(
                (c.doc_id, start),
                _Sentence(
                    c, text, start, end, lemmas, set(_words(text if since else _SINCE_YEAR.sub(" ", text))), paragraph
                ),
            )
    return sorted(out.values(), key=lambda s: (s.chunk.doc_id, s.start))


def _paragraphs(hits: Sequence[Hit]) -> Callable[[str, int], int]:
    """Where a sentence's paragraph starts in its article, read from all the hits of the article together (the
    same for every chunk that holds the sentence); when the start lies before the retrieved text, a mark of
    where that text starts."""
    spans: dict[str, list[tuple[int, int]]] = {}
    breaks: dict[str, list[int]] = {}
    for hit in hits:
        c = hit.chunk
        spans.setdefault(c.doc_id, []).append((c.start, c.start + len(c.text)))
        breaks.setdefault(c.doc_id, []).extend(c.start + m.start() for m in re.finditer("\n", c.text))
    runs: dict[str, list[tuple[int, int]]] = {}
    for doc, parts in spans.items():
        for lo, hi in sorted(parts):
            if runs.get(doc) and lo <= runs[doc][-1][1]:
                runs[doc][-1] = (runs[doc][-1][0], max(hi, runs[doc][-1][1]))
            else:
                runs.setdefault(doc, []).append((lo, hi))

    def paragraph_of(doc: str, start: int) -> int:
        lo = max((a for a, b in runs[doc] if a <= start < b), default=start)
        before = [b for b in breaks[doc] if lo <= b < start]
        return max(before) + 1 if before else -1 - lo

    return paragraph_of


def _words(text: str) -> list[str]:
    return _WORD.findall(_folded(text).replace(".", "").replace("'s", ""))


def _continues(analysis: Analysis, s: _Sentence, words: set[str], article: set[str]) -> bool:
    """The paragraph's `words` name nothing of a name the question has, its `article` names it, and the subject
    of the sentence's verb that says the relation points back ("The match was played at ...", "It will take place
    ..."): the sentence continues its article's subject. A person ("she") or a role ("the director") is not it."""
    missing = _left_to_article(analysis, words, article)
    if not missing or any(w in words for n in missing for w in _words(n) if w not in STOP_WORDS):
        return False  # named, or named otherwise ("Super Bowl LVII" for LV)
    if not any(_related(r, s.lemmas) for r in analysis.relation) and not _occurs(analysis, s.lemmas):
        return False  # no word of the relation, so no verb of it: spare the parse

    def related(verb: Any) -> bool:
        said = [c for c in verb.children if c.dep_ == "dobj" or (verb.lemma_ == "be" and c.dep_ == "nsubj")]
        lemmas = {verb.lemma_.lower()} | {t.lemma_.lower() for c in said for t in c.subtree}  # "His base salary was"
        return any(_related(r, lemmas) for r in analysis.relation) or _occurs(analysis, lemmas)

    def points_back(t: Any) -> bool:
        if t.lower_ in ("it", "they"):
            return True
        # The noun phrase opens with "the" or a possessive pronoun, wherever the parser hung it ("The season 11
        # trilogy": "The" on "season"): a definite description, or one owned by whom the article names.
        opener = t
        while opener.i > 0 and opener.nbor(-1).pos_ in ("NOUN", "NUM", "ADJ", "DET") and opener.lower_ not in _BACK:
            opener = opener.nbor(-1)
        definite = opener.lower_ in _BACK or any(c.dep_ in ("det", "poss") and c.lower_ in _BACK for c in t.children)
        return definite and t.pos_ == "NOUN" and t.lemma_.lower() not in ROLE_NOUNS

    return any(
        t.dep_ in ("nsubj", "nsubjpass")
        and t.head.pos_ in ("VERB", "AUX")
        and points_back(t)
        and _says(t.head, related)
        for t in parse(s.text)
    )


def _anchored(analysis: Analysis, s: _Sentence, words: set[str], article: set[str]) -> bool:
    """The sentence names a person the question names, and its article names the question's other names that
    its paragraph leaves out ("Emma Stone plays Mia" for "Who plays Mia in La La Land?"; "Robyn M. Denholm has
    served as a director since August 2014" for "... a director of Tesla?"). A person's name holds the sentence to
    the question; a work or a company the snippet leaves unsaid is the article's context. A name that takes an
    article ("win an Oscar") is a thing, and one that owns a proper noun ("Assassin's Creed") is part of a title,
    not a person."""
    if not _left_to_article(analysis, words, article):
        return False
    people = _people_asked(analysis.text)
    return any(n in people and _named(n, s.words) for n in analysis.names)


def _left_to_article(analysis: Analysis, words: set[str], article: set[str]) -> list[str]:
    """The question's names the paragraph's `words` leave out, when its `article` names them all; else none."""
    missing = [n for n in analysis.names if not _named(n, words)]
    return missing if all(_named(n, article) for n in missing) else []


@lru_cache(maxsize=512)
def _people_asked(question: str) -> frozenset[str]:
    """The persons a question names, read once per question, not once per sentence."""
    doc = parse(question)
    return frozenset(_POSSESSIVE.sub("", e.text) for e in doc.ents if e.label_ == "PERSON" and _a_person(e))


def _a_person(name: Any) -> bool:
    """A name the tagger labels a person that no article ("an Oscar") or possessed proper noun ("Assassin's
    Creed") shows to be a thing."""
    determined = name.start > 0 and name.doc[name.start - 1].pos_ == "DET"
    return not determined and not (name.root.dep_ == "poss" and name.root.head.pos_ == "PROPN")


def _meets(analysis: Analysis, s: _Sentence, window: list[_Sentence], words: set[str]) -> bool:
    """Names and years anywhere in the paragraph's `words` (with the title); the relation in the sentence or
    beside it."""
    if _narrowed_role(analysis, s) or _without_particle(analysis, s):
        return False  # "will be coming to PC" does not say when it "came out"
    # A figure is said by its own clause: "Nadal has won 22 Grand Slam ..." beside "finished ... five times"; so is
    # a plan: "The draft was held on November 18" beside "was originally scheduled ... on June 25".
    beside = [s] if analysis.kind == "number" or PLANS & set(analysis.relation) else window
    lemmas = set().union(*(x.lemmas | x.words for x in beside if x is s or not _narrowed_role(analysis, x)))
    if not all(
        _named(n, words) or _named(lemma, words) or _surnamed(n, s.text)
        for n, lemma in zip(analysis.names, analysis.name_lemmas, strict=True)
    ):
        return False
    if not all(_stated(y, words) for y in analysis.years):
        return False
    asked_years = {y for y in analysis.years if _YEAR.match(y)}
    if asked_years and (set(filter(_YEAR.match, s.words)) - asked_years) and not asked_years & s.words:
        return False  # the sentence dates itself to another year
    if _other_role(analysis, s) or _former_holder(analysis, s):
        return False  # "the former president" is not "the president"
    asked_season = _SEASONS & _asked(analysis).words
    if asked_season and (_SEASONS & s.words) - asked_season and not asked_season & s.words:
        return False  # "The winter Olympic Games were first held in 1924" for the Summer Games
    if _other_gender(analysis, words):
        return False  # "Djokovic will clinch the end of year No.1 ... he won't give up" for the women's No 1
    if _VERSION.search(s.text) and not _asked(analysis).versioned:
        return False  # "2.0.0 (Released September 13, 2018)": a numbered version the question does not ask about
    if _numbered_part(analysis, s):
        return False  # "wins stage 13 of the Tour de France" does not say who won the Tour
    if _counted_not_numbered(analysis, s):
        return False  # "After 21 frantic stages ..., Pogačar stood atop the podium" for who won stage 21
    if _other_theme(analysis, s) or _subtitled(analysis, s):
        return False  # "OpenAI released GPT-3 in June 2020, in contrast to GPT-2" does not date GPT-2
    return (
        not analysis.relation
        or any(_related(r, lemmas) for r in analysis.relation)
        or _locates(analysis, s)
        or _occurs(analysis, lemmas)
        or _counts_by_name(analysis, s)
    )


def _without_particle(analysis: Analysis, s: _Sentence) -> bool:
    """The question's verb takes a particle ("come out", "break out") and the sentence says that verb without it:
    a phrasal verb means other than its verb alone. Parsed only when the sentence has the verb."""
    relation = analysis.relation[0] if analysis.relation else ""
    if relation not in s.lemmas or not (particle := _particle(analysis.text, relation)):
        return False
    verbs = [t for t in parse(s.text) if t.lemma_.lower() == relation]
    return bool(verbs) and not any(c.dep_ == "prt" and c.lower_ == particle for t in verbs for c in t.children)


@lru_cache(maxsize=512)
def _particle(question: str, verb: str) -> str:
    """The particle the question's `verb` takes ("out" in "come out"), read once per question; "" for none."""
    return next(
        (c.lower_ for t in parse(question) if t.lemma_.lower() == verb for c in t.children if c.dep_ == "prt"), ""
    )


def _counts_by_name(analysis: Analysis, s: _Sentence) -> bool:
    """ "How many Grand Slam titles ...?": a figure before the name that qualifies the counted noun counts it ("has
    won 22 Grand Slam ...", "22 Grand Slams"), the noun left out."""
    if analysis.kind != "number" or len(analysis.relation) != 1:
        return False
    counted = re.escape(analysis.relation[0])
    return any(
        re.search(rf"\b{re.escape(n)}\s+{counted}", analysis.text, re.I)
        and re.search(rf"(?<![\w.,])(\d[\d,]*|{'|'.join(_CARDINALS[2:])})\s+{re.escape(n)}\b", s.text, re.I)
        for n in analysis.names
    )


def _occurs(analysis: Analysis, lemmas: set[str]) -> bool:
    """When or where an event was held, played or staged: any verb of occurring says it ("It will take place at")."""
    if analysis.kind not in ("date", "place") or not set(analysis.relation) & _OCCURRING:
        return False
    return bool(_OCCURRING & lemmas) or {"take", "place"} <= lemmas


def _counted_not_numbered(analysis: Analysis, s: _Sentence) -> bool:
    """The question numbers a thing ("stage 21", a number after its noun) and the sentence gives that number only
    as a count of such things ("21 frantic stages")."""
    for number in analysis.years:
        noun = re.search(rf"\b([a-z]+)\s+{re.escape(number)}\b", analysis.text)
        if not noun or noun.group(1) in STOP_WORDS:
            continue
        counted = re.search(rf"\b{re.escape(number)}\s+(?:[a-z-]+\s+)?{noun.group(1)}s\b", s.text, re.I)
        if counted and not re.search(rf"\b{noun.group(1)}\s+{re.escape(number)}\b", s.text, re.I):
            return True
    return False


def _numbered_part(analysis: Analysis, s: _Sentence) -> bool:
    """The sentence names the question's thing only as the whole a numbered part belongs to ("stage 13 of the
    Tour de France", "Game 7 of the NBA Finals"), a number the question does not give. Parsed here, on the
    sentences that meet the question."""
    asked = _asked(analysis)
    if not _PART_OF.search(s.text) or not asked.named & s.words:
        return False
    mentions = [t for t in parse(s.text) if t.lower_ in asked.named]
    return bool(mentions) and all(_part_of(t, asked.words) for t in mentions)


def _other_theme(analysis: Analysis, s: _Sentence) -> bool:
    """The question's verb acts on a name ("When was GPT-2 released?") and each of the sentence's verbs that say
    the relation acts on another name ("OpenAI released GPT-3 ..."). A verb acting on a pronoun or a common noun
    ("the game was released") may be about the asked thing. Parsed here, on the sentences that meet the question."""
    theme = _asked(analysis).theme
    if not theme or not any(_related(r, s.lemmas) for r in analysis.relation):
        return False
    doc = parse(s.text)
    verbs = [t for t in doc if _says_relation(analysis, t)]
    acted = [_acted_on(v) for v in verbs]
    if not verbs or not all(objects and all(c.pos_ == "PROPN" for c in objects) for objects in acted):
        return False
    said = [set(_words(_phrase(c))) for objects in acted for c in objects]
    return not any(_named(name, words) for name in theme for words in said)


def _subtitled(analysis: Analysis, s: _Sentence) -> bool:
    """The sentence names the work the question's verb acts on only with a subtitle the question lacks
    ("directed Avengers: Infinity War and Avengers: Endgame" for "Who directed The Avengers?"): a title and a
    subtitle after its colon name another work of a series. Nor does an account's handle or a hashtag name it
    ("directed @avengers #avengersendgame")."""
    for name in _unsubtitled(analysis.text, _asked(analysis).theme):
        said = list(re.finditer(rf"(?<![\w@#]){re.escape(name)}\b", s.text, re.I))
        tags = re.search(rf"[@#]{re.escape(name)}", s.text, re.I)
        if (said or tags) and all(_subtitle_after(s, m.end()) for m in said):
            return True
    return False


@lru_cache(maxsize=512)
def _unsubtitled(question: str, theme: tuple[str, ...]) -> tuple[str, ...]:
    """The names the question's verb acts on that it gives no subtitle, read once per question."""
    return tuple(name for name in theme if not re.search(rf"{re.escape(name)}\s*:", question))


def _subtitle_after(s: _Sentence, end: int) -> bool:
    """A colon and a proper noun or a number follow offset `end` of the sentence ("Avengers: Infinity War"), not
    a statement ("Avatar: Directed by James Cameron")."""
    colon = re.match(r"\s*:\s*", s.text[end:])
    token = _token_at(s, s.start + end + colon.end()) if colon else None
    return token is not None and token.pos_ in ("PROPN", "NUM")


def _part_of(name: Any, asked: frozenset[str]) -> bool:
    t = name
    while t.dep_ in ("compound", "nmod", "amod") and t.head.i != t.i:
        t = t.head  # "Tour" -> "France" in "Tour de France"
    if t.dep_ != "pobj" or t.head.lower_ != "of":
        return False
    whole = t.head.head  # "stage" in "stage 13 of", or "13" when the parser hangs "of" on the number
    forms = set().union(*(_NUMBER_FORMS.get(w, {w}) for w in asked))  # "the fourth season" for "season 4"
    if whole.dep_ == "nummod":
        return whole.lower_ not in forms
    return whole.pos_ in ("NOUN", "PROPN") and any(
        (c.dep_ == "nummod" or c.lower_ in _POSITIONS) and c.lower_ not in forms for c in whole.children
    )


def _locates(analysis: Analysis, s: _Sentence) -> bool:
    """For "which city hosted the 2004 Olympic Games?": the sentence names the event and puts it in a place
    ("the 2004 Olympic Games, held in Athens", "the Games in Athens")."""
    if analysis.kind != "place" or not set(analysis.relation) <= _LOCATIVE_VERBS:
        return False
    named = all(_named(n, s.words) for n in analysis.names)
    named = named and all(_related(t, s.lemmas | s.words) for t in analysis.terms)
    return named and any(_located(s, start) for start, _, label in s.chunk.entities if label in analysis.labels)


def _located(s: _Sentence, start: int) -> bool:
    """The place at article offset `start` follows "in" or "at" in the sentence."""
    return _preceded(s, start, " in ", " at ")


def _preceded(s: _Sentence, start: int, *words: str) -> bool:
    """The name at article offset `start` follows one of `words` (" in ") in the sentence."""
    if not s.start <= start < s.end:
        return False
    before = s.chunk.text[max(0, start - s.chunk.start - 6) : start - s.chunk.start].lower()
    return before.endswith(words)


def _label(analysis: Analysis, s: _Sentence, window: list[_Sentence]) -> _Sentence | None:
    """The bare role that follows a bare name, as a table reads when flattened into text ("Teams. Croatia.
    Runner-up. 7. Matches played."): it labels the name."""
    after = [x for x in window if x.start > s.start]
    if not after or not analysis.relation or analysis.kind in ("date", "number") or not s.text[:1].isupper():
        return None  # a date line ("Jun 20, 2023 ...") is no name
    label = after[0]
    related = any(_related(r, label.words | label.lemmas) for r in analysis.relation)
    return label if len(label.words) <= 2 and related else None


def _dateline(analysis: Analysis, s: _Sentence, window: list[_Sentence]) -> _Sentence | None:
    """For "when": the date line that opens the paragraph ("Oct 19, 2021 ... Google has officially announced its
    new Pixel 6") dates a statement of what has just happened (the present perfect, or "today"), which gives no
    date of its own. A statement in the past tense is not dated by it ("Jun 6, 2023 ... The event was held on
    October 19th")."""
    before = [x for x in window if x.start < s.start]
    if analysis.kind != "date" or not before or not _dated(before[-1].text):
        return None
    doc = parse(s.text)
    now = any(t.lower_ == "today" for t in doc) or any(
        t.tag_ == "VBN" and any(a.dep_ == "aux" and a.tag_ in ("VBZ", "VBP") and a.lemma_ == "have" for a in t.children)
        for t in doc
    )
    # "Feb 19, 2014 ... Facebook announced ... on Wednesday": the weekday the date line falls on is that day.
    that_day = {w.lower() for w in _WEEKDAY.findall(s.text)} == {_weekday(_dated(before[-1].text))}
    return before[-1] if now or that_day else None


def _weekday(date: str) -> str:
    """The weekday stem of a date with day, month and year ("Feb 19, 2014" -> "wednes"), else ""."""
    day, year = _day(date), _YEAR_IN.search(date)
    if not day or not year:
        return ""
    month = next(i for i, m in enumerate(MONTHS, 1) if m.startswith(day[0]))
    try:
        return datetime.date(int(year.group()), month, int(day[1])).strftime("%A").lower().removesuffix("day")
    except ValueError:
        return ""  # "Feb 30": no such day


def _dated(text: str) -> str:
    """The date a date line is ("Oct 19, 2021 ..." -> "Oct 19, 2021"), or "" when the line says more than a date."""
    date = text.strip().removesuffix("...").removesuffix("…").strip(" .")
    return date if _day(date) and _YEAR_IN.search(date) and len(_words(date)) == 3 else ""


def _stated(number: str, words: set[str]) -> bool:
    parts = _words(number)
    if len(parts) > 1:
        return all(_stated(p, words) for p in parts)  # a season, "2013/14" or "2013-14": each of its numbers
    return bool(_NUMBER_FORMS.get(number, {number.lower()}) & words)


def _other_gender(analysis: Analysis, words: set[str]) -> bool:
    """The question asks about the women's or the men's (closed class: women, ladies, girls, female; men, boys,
    male) and the paragraph speaks only of the other: its qualifier or its pronouns, none of the asked one's."""
    genders = _genders(analysis)
    if genders is None:
        return False
    own, other = genders
    return bool(words & (other[0] | other[1])) and not words & (own[0] | own[1])


def _genders(analysis: Analysis) -> tuple[_Gender, _Gender] | None:
    """(the asked gender, the other), when the question asks about one of them only."""
    asked = _asked(analysis).words
    pairs = ((_FEMALE, _MALE), (_MALE, _FEMALE))
    return next(((own, other) for own, other in pairs if asked & own[0] and not asked & other[0]), None)


def _titled_otherwise(analysis: Analysis, s: _Sentence, start: int) -> bool:
    """The answer is titled by another role than the asked one ("Governor John Carney"): in a sentence that does
    not say the relation itself, that role is what it says of him."""
    before = re.search(r"([A-Za-z-]+)\s+$", s.text[: start - s.start])
    role = before.group(1).lower() if before else ""
    return role in ROLE_NOUNS and not any(_related(r, {role}) for r in analysis.relation)


def _identifies(s: _Sentence, start: int) -> bool:
    """The figure follows the noun it numbers ("stage 13", "season 11"): an identifier, not a count. Parsed only
    when a word comes right before it."""
    if not re.search(r"[A-Za-z]\s+$", s.text[: start - s.start]) or (token := _token_at(s, start)) is None:
        return False
    return token.dep_ == "nummod" and token.head.i < token.i and token.head.pos_ in ("NOUN", "PROPN")


def _scored(s: _Sentence, start: int) -> bool:
    """The figure is one side of a game's score ("an impressive 1-0 victory"), which counts no other thing."""
    at = start - s.start
    return any(m.start() <= at < m.end() for m in _TALLY.finditer(s.text))


def _other_gender_clause(analysis: Analysis, s: _Sentence, start: int) -> bool:
    """In a sentence that speaks of the women's and the men's, the answer's own clause (its verb with all but the
    clauses conjoined to it) speaks only of the other one. Parsed only for such sentences."""
    genders = _genders(analysis)
    own, other = (genders[0][0], genders[1][0]) if genders else (frozenset(), frozenset())
    if not (s.words & own and s.words & other) or (token := _token_at(s, start)) is None:
        return False
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    clause = {verb.lower_} | {t.lower_ for c in verb.children if c.dep_ not in ("conj", "cc") for t in c.subtree}
    return bool(clause & other) and not clause & own


def _other_role(analysis: Analysis, s: _Sentence) -> bool:
    """The sentence speaks of another time or rank of the role ("former CEO", "vice president") or of another
    work ("the sequel"), and the question does not: a modifier counts when a role noun or the relation follows
    it within two words, so "the next chapter" is no "next CEO"."""
    asked = _asked(analysis).words
    if _OTHER_WORK & s.words - asked:
        return True
    modifiers = _MODIFIERS - _PAST_MODIFIERS if _asked(analysis).past else _MODIFIERS
    if not modifiers & s.words or _MODIFIERS & asked:
        return False
    tokens = _words(s.text)
    roles = ROLE_NOUNS | set(analysis.relation)
    for i, w in enumerate(tokens):
        following = tokens[i + 1 : i + 3]
        if w in modifiers and any(t in roles or any(_related(r, {t}) for r in analysis.relation) for t in following):
            return True
        if w in _NEXT and WORK_NOUNS & set(following) and _asked(analysis).named & set(following):
            return True  # "The next Avengers movie, The Kang Dynasty, will be ..." for The Avengers: another work
    return False


def _former_holder(analysis: Analysis, s: _Sentence) -> bool:
    """For who holds an office now ("Who is the CEO of X in 2021?"): the sentence gives the office only with a
    past copula ("Satoru Iwata was the president and CEO of Nintendo") and no date of the asked year, so it names
    someone who held it once. Parsed here, on the sentences that meet the question."""
    roles = set(analysis.relation) & _OFFICES
    if not _PAST_COPULA.search(s.text) or not roles & s.lemmas or set(analysis.years) & s.words:
        return False
    if not _asked(analysis).holder:
        return False
    said = [t for t in parse(s.text) if t.lemma_.lower() in roles and t.pos_ in ("NOUN", "PROPN")]
    return bool(said) and all(_past_attribute(t) for t in said)


def _past_attribute(role: Any) -> bool:
    while role.dep_ == "conj" and role.head.i != role.i:
        role = role.head  # "president and CEO": the CEO is said as the president is
    return role.dep_ == "attr" and _tense_of_be(role.head) == "past"


def _named(name: str, words: set[str]) -> bool:
    """A name is there: every word of a short one, two of three of a longer one ("World Cup" for "World Cup
    Final"), half of one of four or more; so "National Teacher" is not "State Teacher"."""
    parts = [w for w in _words(name) if w not in STOP_WORDS]
    share = 2 if len(parts) >= 4 else 3  # a long title is often shortened: half of it will do
    if not all(_stated(n, words) for n in _numerals(name)):
        return False  # "Super Bowl LIX" is not "Super Bowl 2021", nor "GPT-2" "GPT-3": a name's number is all of it
    last = len(parts) - 1  # only a name's head takes a plural: "Oscars" names the Oscar, "Olympics" no Olympic Games
    return not parts or sum(_has(w, words, i == last) for i, w in enumerate(parts)) * share >= len(parts) * (share - 1)


def _has(word: str, words: set[str], plural: bool = False) -> bool:
    """`word` is among `words`, or with `plural` its plural ("Oscar" in "Oscars 2020"); a month also as its
    abbreviation ("February" in "Feb 9, 2020", "Sept")."""
    return word in words or (plural and f"{word}s" in words) or (word in MONTHS and bool({word[:3], word[:4]} & words))


def _surnamed(name: str, text: str) -> bool:
    """A person's two-word name is named in a sentence by its last word alone, as news writes it after the first
    mention ("Musk, the founder and CEO of SpaceX"), not after another given name ("Kimbal Musk")."""
    parts = name.split()
    if len(parts) != 2 or not all(p[:1].isupper() and p.isalpha() for p in parts):
        return False
    return any(
        not re.search(r"[A-Z][\w.]*\s+$", text[: m.start()]) for m in re.finditer(rf"\b{re.escape(parts[1])}\b", text)
    )


def _numerals(name: str) -> list[str]:
    """The numbers in a name, in digits or Roman numerals ("Pixel 6", "Super Bowl LV"); "I" only after a word ("Part
    I"), since it is a pronoun too."""
    return [w.lower() for w in re.findall(r"\b(?:\d+|[IVXLCDM]{2,}|[VX])\b|(?<=\w )I\b", name)]


def _related(relation: str, lemmas: set[str]) -> bool:
    if any(_ROLE_VERBS.get(lemma) == relation or _ROLE_VERBS.get(relation) == lemma for lemma in lemmas):
        return True
    if relation in _REPORTING_VERBS and _REPORTING_VERBS & lemmas:
        return True
    if relation in _BUYING and _BUYING & lemmas:
        return True
    if relation in ABBREVIATED_ROLES and set(ABBREVIATED_ROLES[relation]) <= lemmas:
        return True  # "CEO" said "chief executive"
    if relation in PLANS and _PLANNED & lemmas:
        return True  # "was supposed to be held": "was scheduled to be held" states the same plan
    return any(_derived(*sorted((relation, lemma), key=len)) or _compounded(relation, lemma) for lemma in lemmas)


def _compounded(stem: str, word: str) -> bool:
    """`word` is a compound whose head is the agent noun of `stem` ("screenwriter", "songwriter": a writer)."""
    return any(
        _derived(stem, word[i:]) and word.endswith(("er", "or")) and word[i:] != stem
        for i in range(3, len(word) - len(stem) + 1)
    )


def _derived(stem: str, word: str) -> bool:
    """`word` is `stem`, or `stem` with a suffix ("winner", "director", "released")."""
    return word.startswith(stem) and len(word) - len(stem) <= _MAX_SUFFIX and len(stem) >= 3


class _Asked(NamedTuple):
    words: frozenset[str]
    """Every word of the question."""
    named: frozenset[str]
    """The words of its names."""
    common: frozenset[str]
    """Its lower-case content words ("men", "tennis"): a name made of them is its topic."""
    negated: bool
    """It asks about what did not happen ("Who was not awarded ...?")."""
    versioned: bool
    """It numbers a version or an update ("version 1.2")."""
    holder: bool
    """It asks who holds an office, in the present tense ("Who is the CEO of X?")."""
    past: bool
    """It asks who held a role, in the past tense ("Who was the president of FIFA when ...?")."""
    acted_on: bool
    """Its wh-word is what its verb acts on ("Who is ranked No. 1?", "Who did Raducanu beat?"), not the doer."""
    doer: bool
    """Its wh-word is the subject of its verb ("Who won X?"): the doer, not what the verb acts on."""
    kind_nouns: frozenset[str]
    """The nouns it names its kind with ("film" in "Which film ...?"), which introduce a name of that kind."""
    one: bool
    """It names what it asks for with a singular noun ("Which company ...?", "Who is the CEO ...?")."""
    theme: tuple[str, ...]
    """The names its verb acts on, whole ("GPT-2" in "When was GPT-2 released?", "Oscar for Best Animated Film")."""
    roles: frozenset[str]
    """The role nouns its verb takes ("director" in "Who won best director?")."""

    @property
    def itself(self) -> frozenset[str]:
        """The words for the asked thing: its names, or a work's noun ("the film")."""
        return self.named | WORK_NOUNS


@lru_cache(maxsize=64)
def _asked(analysis: Analysis) -> _Asked:
    """What the question itself says, read once per question rather than once per sentence."""
    common = re.sub(r"\b[A-Z]\S*", "", analysis.text)
    doc = parse(analysis.text)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    themes = [set(_words(t)) for t in _themes(analysis, doc)]
    return _Asked(
        frozenset(_words(analysis.text)),
        frozenset(w for n in analysis.names for w in _words(n)),
        # Less what qualifies the asked kind ("comics" publisher): a name of that kind may hold it ("Fawcett Comics").
        frozenset(w for w in _words(common) if w not in STOP_WORDS | TYPE_WORDS | _kind_qualifiers(doc)),
        any(_negated(t) for t in doc),
        bool(_VERSION.search(analysis.text)),
        bool(set(analysis.relation) & _OFFICES) and _tense_of_be(root) == "present",
        bool(set(analysis.relation) & ROLE_NOUNS) and _tense_of_be(root) == "past",
        any(w in _acted_on(w.head) for w in _asking(doc)),
        any(
            w.dep_ == "nsubj" and w not in _acted_on(w.head) and _says_relation(analysis, w.head) for w in _asking(doc)
        ),
        naming_nouns(analysis.kind) & frozenset(_words(analysis.text)),
        any(t.tag_ == "NN" for t in _asked_for(doc)),
        tuple(n for n in analysis.names if any(words & set(_words(n)) for words in themes)),
        frozenset(t.lemma_.lower() for t in doc if t.dep_ == "dobj" and t.lemma_.lower() in ROLE_NOUNS),
    )


def _kind_qualifiers(doc: Any) -> set[str]:
    """The words that qualify the noun a question asks with ("Which comics publisher ...?" -> {"comics"})."""
    return {t.lower_ for t in doc if t.dep_ in ("compound", "amod", "nmod") and t.head.lemma_.lower() in TYPE_WORDS}


def _asking(doc: Any) -> list[Any]:
    """The phrase heads that ask: the wh-word, or the noun it determines ("which film")."""
    return [t.head if t.dep_ == "det" else t for t in doc if t.tag_.startswith("W") and t.head.i != t.i]


def _asked_for(doc: Any) -> list[Any]:
    """The nouns that name what the question asks for: the one its wh-word determines ("which company"), or the
    one a copula equates with the wh-word ("Who is the CEO ...?")."""
    asking = _asking(doc)
    said = [c for t in asking if t.dep_ in ("nsubj", "attr") for c in t.head.children if c.dep_ in ("attr", "nsubj")]
    return [t for t in asking if t.pos_ == "NOUN"] + said


def _themes(analysis: Analysis, doc: Any) -> list[str]:
    """What the relation's verbs act on, one noun phrase each: their objects and passive subjects."""
    verbs = [t for t in doc if _says_relation(analysis, t)]
    return [_phrase(c) for v in verbs for c in _acted_on(v) if c.pos_ == "PROPN"]


def _phrase(head: Any) -> str:
    return " ".join(t.text for t in _noun_phrase(head))


def _acted_on(verb: Any) -> list[Any]:
    """The verb's object, or its subject when it is passive (the parser makes "GPT-2" in "When was GPT-2
    released?" a plain subject beside the passive auxiliary); for a participle that modifies a noun, that noun,
    or what a copula says it is ("GPT-3 is a model released by OpenAI": GPT-3)."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        noun = verb.head
        if noun.dep_ == "attr":
            return [c for c in noun.head.children if c.dep_ == "nsubj"]
        return [noun]
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") or (passive and c.dep_ == "nsubj")]


def _tense_of_be(token: Any) -> str:
    """ "present" or "past" for a form of "be" ("is", "was"), "" for any other token or none."""
    if token is None or token.lemma_ != "be":
        return ""
    return "present" if token.tag_ in ("VBZ", "VBP") else "past" if token.tag_ == "VBD" else ""


def _answers(analysis: Analysis, s: _Sentence, people: frozenset[str] = frozenset()) -> list[tuple[str, str, int]]:
    """Entities of the wanted kind in the sentence, not part of the question: (text, label, offset). `people`: the
    names tagged a person anywhere in the retrieved sentences, folded (_folded)."""
    question = _asked(analysis)
    asked, named, common = question.words, question.named, question.common
    filed_at = s.start + (_filed_at_end(s.text) if analysis.kind != "place" else 0)
    out = []
    spans = _with_towns(analysis, s, _places_joined(s.chunk)) + _untagged(analysis, s) + _introduced(analysis, s)
    spans += _by_form(analysis, s)
    spans += _times(analysis, s) + _of_the_asked(analysis, s) + _doing_org(analysis, s) + _by_noun(analysis, s)
    for start, end, tagged in spans:
        label = _relabelled(analysis, s, start, end, _place_label(analysis, s, start, end, tagged), people)
        if label not in analysis.labels | {UNTAGGED} or not (s.start <= start and end <= s.end):
            continue
        after = s.chunk.text[end - s.chunk.start : end - s.chunk.start + 2]
        if after in ("'s", "’s") and analysis.kind == "date":
            continue  # "2018's Marvel's Spider-Man" dates the name, it does not answer "when"
        if analysis.kind == "number":  # "an 80-page treatment": the figure is "80-page"; "256 GB storage", "256 GB"
            unit = (_UNIT if label == tagged else _MEASURE).match(s.chunk.text, end - s.chunk.start)
            end += len(unit.group()) if unit else 0
        text = _entity_text(s.chunk, start, end)
        words = [w for w in _words(text) if w not in STOP_WORDS]
        ours = named & set(words) and label != NOUN_NAMED  # the asked noun's name is another ("Google Tensor" chipset)
        if not words or all(w in asked or w.removesuffix("s") in asked for w in words) or ours:
            continue  # the question's own names and years are not its answer ("WhatsApp Inc" for WhatsApp)
        if set(words) <= ROLE_NOUNS:
            continue  # "Crew List ; Director.": a role names no one
        if analysis.kind not in ("number", "date") and common & set(words):
            continue  # a name made of the question's common words is its topic: "Men's Tennis ATP Rankings"
        if analysis.kind not in ("number", "date") and not re.search(r"[^\W\d_]", text):
            continue  # a name has letters: "6–4" tagged as a person is a score
        if analysis.kind == "number" and label not in (SCORE, AGE, DURATION) and not _FIGURE.match(text):
            continue  # "H200" names a chip; a figure is "18,000", "$5 billion", "two" or "40%"
        weekday = "day" in analysis.wh.split() and _WEEKDAY.search(text)
        dated = _YEAR_IN.search(text) or _MONTH.search(text) or weekday or _CLOCK.fullmatch(text)
        if analysis.kind == "date" and not dated:
            continue  # "Sunday", "3 days ago" or "this week" dates nothing by itself; "at 7 p.m." does
        if start < filed_at:
            continue  # "COPENHAGEN, Denmark — ...": where the story was filed, not what it says
        if label == "GPE" and analysis.kind in ("person", "organisation") and _located(s, start):
            continue  # "at Raymond James Stadium in Tampa, Florida": where, not who
        if label == "DATE" and _POSTED.search(s.chunk.text[max(0, start - s.chunk.start - 40) : start - s.chunk.start]):
            continue  # "— Adrian Wojnarowski (@wojespn) June 20, 2020": when a quoted post was posted
        if question.acted_on and _by_agent(s, start):
            continue  # "ranked No. 1 by the WTA" for who is ranked: the one who ranks
        if question.doer and _acted_upon(analysis, s, start):
            continue  # "he won the 2022 NCAA men's singles championship" for who won: what was won
        if not _of_another(analysis, s, start, end, label):
            out.append((text, label, start))
    return out


def _relabelled(analysis: Analysis, s: _Sentence, start: int, end: int, label: str, people: frozenset[str]) -> str:
    """The label the question wants, for an entity the tagger labelled otherwise here though the sentences show
    what it is: a name tagged a person in another mention ("Tadej Pogačar", an organisation here, a person
    there); a bare figure that measures the asked amount ("256 GB storage" for how much storage)."""
    if label in analysis.labels:
        return label
    if "PERSON" in analysis.labels and _folded(_entity_text(s.chunk, start, end)) in people:
        return "PERSON"
    if label == "CARDINAL" and analysis.labels == AMOUNT and analysis.relation:
        token = _token_at(s, start)
        heads = [token.head, token.head.head] if token is not None else []
        if any(h.lemma_.lower() == analysis.relation[0] for h in heads):
            return "QUANTITY"
    return label


def _won_another_role(analysis: Analysis, s: _Sentence, start: int) -> bool:
    """The question's verb takes a role ("Who won best director?") and the name at `start` is the subject of
    that verb taking another role ("Emma Stone wins best actress"). Parsed only when the question names a role."""
    roles = _asked(analysis).roles
    token = _token_at(s, start) if roles and ROLE_NOUNS & s.lemmas - roles else None
    head = _name_head(token) if token is not None else None
    if head is None or head.dep_ != "nsubj" or not _says_relation(analysis, head.head):
        return False
    taken = {c.lemma_.lower() for c in head.head.children if c.dep_ == "dobj"}
    return bool(taken & ROLE_NOUNS) and not taken & roles


def _folded(name: str) -> str:
    """A name without case, accents and modifier letters ("Pogačar" = "Pogacar", "Hawaiʻi" = "Hawaii")."""
    return "".join(
        c
        for c in unicodedata.normalize("NFKD", name)
        if not unicodedata.combining(c) and unicodedata.category(c) != "Lm"
    ).lower()


def _of_another(analysis: Analysis, s: _Sentence, start: int, end: int, label: str) -> bool:
    """What the sentence says of the answer makes it another thing than the one asked; these parse it."""
    last = "".join(_words(_entity_text(s.chunk, start, end))[-1:]).removesuffix("s")  # "" names no kind
    if analysis.kind in ("person", "organisation", "place") and noun_kind(last) in ("name", "date"):
        return True  # "Baker Mayfield takes Davey O'Brien, Maxwell Awards": its last noun says it is an award
    if _other_gender_clause(analysis, s, start):
        return True  # "Djokovic won the gentlemen's singles title and Kerber won the ladies'": Kerber's is not asked
    if analysis.kind == "number" and label == "CARDINAL" and (_identifies(s, start) or _scored(s, start)):
        return True  # "wins stage 13": a number after its noun says which stage; "a 1-0 victory", a score
    if _won_another_role(analysis, s, start):
        return True  # "Emma Stone wins best actress ... along with best director Damien Chazelle" for best director
    if _other_field(analysis, s, start, end):
        return True  # "(HQ: Kyoto; CEO: John Hanke)": a record's value belongs to its key and to what it follows
    if _beside_the_relation(analysis, s, start):
        return True  # "The Draft will be held Wednesday, Nov. 18, and negotiations will begin Friday": Nov. 18 is
        # when the draft is held, not when negotiations begin
    return label == "PERSON" and _named_after(s, end)  # "the 2017 Johnny Unitas Golden Arm Award": a thing's name


def _beside_the_relation(analysis: Analysis, s: _Sentence, start: int) -> bool:
    """For "when" or "where": the date or place at `start` is in another verb's clause than the one that says
    the relation (a clause joined by "and" is one of its own). A time or a place is an adjunct of its own verb; a
    subject may be shared ("defeated Williams to win"), so this is not asked of who or what. Parsed only when the
    sentence has the relation's word."""
    if analysis.kind not in ("date", "place") or not any(_related(r, s.lemmas) for r in analysis.relation):
        return False
    token = _token_at(s, start)
    if token is None:
        return False
    verbs = [t for t in token.doc if _says_relation(analysis, t)]
    if not verbs:
        return False
    clause = token  # the nearest verb above the answer, then up through the clauses it is part of
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    while clause not in verbs:
        if clause.dep_ == "conj" or clause.head.i == clause.i:
            return True  # a clause of its own ("..., and part two launched on February 20")
        clause = clause.head
    return False


def _by_agent(s: _Sentence, start: int) -> bool:
    """The name at article offset `start` is the doer of a passive verb ("... ranked No. 1 by the WTA")."""
    if " by " not in s.text:
        return False
    token = _token_at(s, start)
    head = _name_head(token) if token is not None else None
    return head is not None and head.dep_ == "pobj" and head.head.dep_ == "agent"


def _acted_upon(analysis: Analysis, s: _Sentence, start: int) -> bool:
    """The name at article offset `start` is inside the object of a verb that says the relation ("won the 2022
    NCAA men's singles championship"): what the verb acts on, not who does it. Not of a participle, whose object
    may be its doer in all but syntax ("a remake of Mulan starring Liu Yifei"), nor of a verb whose subject is
    the asked thing itself ("The film stars Julia Roberts" for who stars in Pretty Woman: the film is acted in)."""
    token = _token_at(s, start)
    itself = _asked(analysis).itself
    while token is not None and token.head.i != token.i:
        verb = token.head
        if token.dep_ == "dobj" and verb.tag_ not in ("VBG", "VBN") and _says_relation(analysis, verb):
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            return not any(c.lower_ in itself for c in subjects)
        token = token.head
    return False


def _token_at(s: _Sentence, start: int) -> Any:
    """The parsed token that starts at article offset `start`, if one does."""
    return next((t for t in parse(s.text) if s.start + t.idx == start), None)


def _says_relation(analysis: Analysis, verb: Any) -> bool:
    """The token is a verb that says the question's relation ("won" for "win"); not a compound agent noun the
    small parser tags a verb ("screenwriter J. F. Lawton")."""
    lemma = verb.lemma_.lower()
    return verb.pos_ == "VERB" and any(_related(r, {lemma}) and not _compounded(r, lemma) for r in analysis.relation)


def _other_field(analysis: Analysis, s: _Sentence, start: int, end: int) -> bool:
    """The answer is the whole value of a record's field, as web pages list facts ("CEO: John Hanke;", "HQ:
    Kyoto)"), and the field is another one: its key neither says the relation nor names the kind of answer
    ("Representative Director and President:" for who is the CEO), or the record sits in brackets after
    something other than the question's names ("... (HQ: San Francisco; CEO: John Hanke) and Nintendo")."""
    before = s.text[: start - s.start]
    said = _field_key(s, start, end)
    asked = analysis.relation or analysis.terms  # "Location: Bristol" for the first pick: neither is said
    if not asked or said is None:
        return False
    if not any(_related(r, said) for r in asked) and analysis.kind not in map(noun_kind, said):
        return True  # nor does it name the kind asked ("Location: Bristol" for who)
    opened = max(before.rfind("("), before.rfind("（"))
    if opened < 0 or max(before.rfind(")"), before.rfind("）")) > opened:
        return False
    record = set(_words(s.text[:opened] + s.text[opened:].split(")")[0].split("）")[0]))
    return not all(_named(n, record) for n in analysis.names)


def _field_key(s: _Sentence, start: int, end: int) -> set[str] | None:
    """The words of the key of the record field whose whole value the answer is ("Location: Bristol," ->
    {"location"}), or None when it is no field's value."""
    key = _FIELD_KEY.search(s.text[: start - s.start])
    return set(_words(key.group(1))) if key and _FIELD_END.match(s.text[end - s.start :]) else None


def _entity_text(chunk: Chunk, start: int, end: int) -> str:
    """An entity's words, without the article before it, a possessive after it or an aside its span ran into."""
    text = chunk.text[start - chunk.start : end - chunk.start].strip(" ,.;:'\"()")
    text = re.sub(r"\s*\([^)]*$", "", text)  # a name's span ran into an aside: "Tadej Pogačar (UAE Team"
    text = re.sub(r"^(the|a|an)\s+", "", text, flags=re.I)
    return _POSSESSIVE.sub("", text)


def _filed_at_end(text: str) -> int:
    """Where the place a story was filed at ("COPENHAGEN, Denmark — ", "WASHINGTON (Reuters) - ") that opens the
    sentence ends; 0 when there is none."""
    m = _FILED_AT.match(text)
    return m.end() if m else 0


def _named_after(s: _Sentence, end: int) -> bool:
    """The name ending at `end` modifies a proper noun after it: it is part of the name of a thing ("the 2017
    Johnny Unitas Golden Arm Award"), not a person named on its own. Parsed here, on the sentences that meet the
    question, since indexing skips the parser."""
    at = end - s.start
    for t in parse(s.text):
        if t.idx < at <= t.idx + len(t.text):
            return t.dep_ == "compound" and t.head.i > t.i and t.head.pos_ == "PROPN" and t.head.ent_type_ != "PERSON"
    return False


def _place_label(analysis: Analysis, s: _Sentence, start: int, end: int, label: str) -> str:
    """For "where", a place the entity tagger labelled otherwise: "the Dolby Theatre" (an organisation) is a
    building by its last word, and so is one an event is held at; "born in Zanzibar" (a nationality) is a place
    after "in"."""
    if analysis.kind != "place":
        return label
    if label == "ORG" and _FACILITIES & set(_words(s.chunk.text[start - s.chunk.start : end - s.chunk.start])[-1:]):
        return "FAC"
    if label == "ORG" and _occurs(analysis, s.lemmas) and _located(s, start):
        return "FAC"  # where an event runs: "runs April 8-11 at Augusta National Golf Club"
    if label == "ORG" and re.search(r"\bfrom\W*$", analysis.text) and _preceded(s, start, " from "):
        return "GPE"  # "Where is X from?": "an administrator from Blackburn", tagged an organisation, is his town
    return "GPE" if label == "NORP" and _located(s, start) else label


def _by_form(analysis: Analysis, s: _Sentence) -> list[tuple[int, int, str]]:
    """The scores ("a 1-0 win", "won 6–3, 6–3"), ages ("18-year-old Emma Raducanu") or durations ("a 30-minute
    show") in the sentence, for a question that asks for one: the tagger labels none of them as such."""
    forms = ((SCORE, _TALLY), (AGE, _AGE), (DURATION, _DURATION))
    return [
        (s.start + m.start(), s.start + m.end(), k)
        for k, f in forms
        if k in analysis.labels
        for m in f.finditer(s.text)
    ]


def _times(analysis: Analysis, s: _Sentence) -> list[tuple[int, int, str]]:
    """ "How many times ...?" is answered by the ordinal of the last time ("for the fifth time"): a count, which
    the tagger leaves untagged."""
    if analysis.kind != "number" or analysis.relation != ("time",):
        return []
    return [(s.start + m.start(), s.start + m.end(), "CARDINAL") for m in _NTH_TIME.finditer(s.text)]


def _doing_org(analysis: Analysis, s: _Sentence) -> list[tuple[int, int, str]]:
    """For "which company/network ...?": the name that does the asked verb ("was released by Netflix"), which
    the tagger may label a place or a person. Parsed here, on the sentences that meet the question."""
    if (
        analysis.kind != "organisation"
        or not analysis.relation
        or not any(_related(r, s.lemmas) for r in analysis.relation)
    ):
        return []
    out = []
    for t in parse(s.text):
        agent = t.dep_ == "pobj" and t.head.dep_ == "agent" and _says_relation(analysis, t.head.head)
        subject = t.dep_ == "nsubj" and _says_relation(analysis, t.head)
        at = s.start + t.idx
        if t.pos_ == "PROPN" and (agent or subject):
            out += [(a, b, "ORG") for a, b, label in s.chunk.entities if a <= at < b and label not in analysis.labels]
    return out


def _untagged(analysis: Analysis, s: _Sentence) -> list[tuple[int, int, str]]:
    """Runs of proper nouns the entity tagger left out ("which was acquired by Facebook", "told AFP"), for a
    question whose answer may be an organisation: the small pipeline misses a name at the start of a sentence
    or alone in it. Parsed here, on the sentences that meet the question, since indexing skips the parser."""
    if "ORG" not in analysis.labels:
        return []
    tagged = [(a, b) for a, b, _ in s.chunk.entities]
    out: list[tuple[int, int, str]] = []
    for t in parse(s.text):
        at = s.start + t.idx
        if t.pos_ != "PROPN" or not t.text[:1].isupper() or any(a <= at < b for a, b in tagged):
            continue
        if out and s.chunk.text[out[-1][1] - s.chunk.start : at - s.chunk.start] == " ":
            out[-1] = (out[-1][0], at + len(t.text), UNTAGGED)
        else:
            out.append((at, at + len(t.text), UNTAGGED))
    # A run joined to a tagged name by a space or a possessive is part of it ("FIFA Men's World Cup").
    text = s.chunk.text
    between = lambda x, y: text[x - s.chunk.start : y - s.chunk.start] if x <= y else None  # noqa: E731
    joins = (" ", "'s ", "’s ")
    return [
        (a, b, label) for a, b, label in out
        if not any(between(b, c) in joins or between(d, a) in joins for c, d in tagged)
    ]  # fmt: skip


def _introduced(analysis: Analysis, s: _Sentence) -> list[tuple[int, int, str]]:
    """A name the sentence introduces by the noun the question asks with ("South Korean film Parasite" for
    "Which film ...?", "the company Meta"), of that kind whatever the entity tagger made of it ("Parasite" is no
    nationality). Parsed here, on the sentences that meet the question."""
    nouns = _asked(analysis).kind_nouns
    if not nouns & s.lemmas:
        return []
    tagged = [(a, b) for a, b, label in s.chunk.entities if label in analysis.labels]
    out = []
    doc = parse(s.text)
    for t in doc:
        if t.lemma_.lower() not in nouns or t.pos_ != "NOUN" or t.i + 1 >= len(doc):
            continue
        run = list(itertools.takewhile(lambda x: x.pos_ == "PROPN" or x.is_title, doc[t.i + 1 :]))
        if run:
            start, end = _tokens_span(s, run)
            if not any(a < end and start < b for a, b in tagged):
                out.append((start, end, INTRODUCED[analysis.kind]))
    return out


def _by_noun(analysis: Analysis, s: _Sentence) -> list[tuple[int, int, str]]:
    """For a question that asks with a noun of no known kind (question.by_noun): the name or ordinal beside that
    noun in the sentence, which names the thing: the proper nouns right after it ("its predecessor GPT-2") or
    right before it ("Google Tensor chipset"), an ordinal before it ("the 25th occurrence"), or the value of the
    record's field it keys ("Genre: Action, Adventure")."""
    if NOUN_NAMED not in analysis.labels or analysis.relation[0] not in s.lemmas:
        return []
    doc = parse(s.text)
    out = []

    def modifier(x: Any) -> bool:
        return x.pos_ == "PROPN" or (x.ent_type_ == "ORDINAL" and x.i + 1 < len(doc) and doc[x.i + 1].pos_ == "NOUN")

    for t in doc:
        if t.lemma_.lower() != analysis.relation[0] or t.pos_ != "NOUN":
            continue
        after = list(itertools.takewhile(lambda x: x.pos_ == "PROPN", doc[t.i + 1 :]))
        if t.i + 2 < len(doc) and doc[t.i + 1].text == ":":
            after = list(itertools.takewhile(lambda x: x.text not in (";", ",", "|", "..."), doc[t.i + 2 :]))
        before = list(itertools.takewhile(modifier, reversed(doc[: t.i])))[::-1]
        out += [(*_tokens_span(s, run), NOUN_NAMED) for run in (after, before) if run]
    return out


def _tokens_span(s: _Sentence, tokens: list[Any]) -> tuple[int, int]:
    """The article span of a run of the sentence's parsed tokens."""
    return s.start + tokens[0].idx, s.start + tokens[-1].idx + len(tokens[-1].text)


def _places_joined(chunk: Chunk) -> list[tuple[int, int, str]]:
    """The chunk's entities, with a place followed by ", " and the place that contains it made one: in English
    "Tampa, Florida" and "Mountain View, California" name one place, the city first."""
    out: list[tuple[int, int, str]] = []
    for start, end, label in chunk.entities:
        if out and label == "GPE" == out[-1][2] and chunk.text[out[-1][1] - chunk.start : start - chunk.start] == ", ":
            out[-1] = (out[-1][0], end, label)
        else:
            out.append((start, end, label))
    return out


def _with_towns(analysis: Analysis, s: _Sentence, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """For "where": a place with the proper noun the tagger left out before it and its comma made one ("Durango,
    Colorado, native Sepp Kuss": the town, then the state that holds it). Parsed here, on the sentences that meet
    the question, and only when the sentence has a place."""
    if analysis.kind != "place" or not any(s.start <= a < s.end and label == "GPE" for a, _, label in spans):
        return spans
    doc = parse(s.text)
    tagged = [(a - s.start, b - s.start) for a, b, _ in spans]
    out = []
    for start, end, label in spans:
        at = next((t.i for t in doc if t.idx == start - s.start), None) if label == "GPE" else None
        if at is not None and at >= 2 and doc[at - 1].text == ",":
            run = list(itertools.takewhile(lambda x: x.pos_ == "PROPN", reversed(doc[: at - 1])))
            if run and not any(a <= x.idx < b for x in run for a, b in tagged):
                start = s.start + run[-1].idx
        out.append((start, end, label))
    return out


def _of_the_asked(analysis: Analysis, s: _Sentence) -> list[tuple[int, int, str]]:
    """What the tagger joined to an asked name by "of" in one entity ("Tadej Pogačar of UAE Team Emirates"): the
    name after "of" is one of its own, which the question's name in the span would otherwise rule out."""
    out = []
    for start, end, label in s.chunk.entities:
        if not s.start <= start < s.end:
            continue
        text = s.chunk.text[start - s.chunk.start : end - s.chunk.start]
        for name in analysis.names:
            if text.startswith(f"{name} of ") and end > start + len(name) + 4:
                out.append((start + len(name) + 4, end, label))
    return out


def _distance(analysis: Analysis, s: _Sentence, at: int) -> int:
    """Words between the answer and the nearest relation word in its sentence (far when there is none); between a
    figure and it, a comma or a semicolon ends a list item and counts as _ITEM words ("4614 mAh battery, 256 GB
    storage")."""
    tokens = [(m.start() + s.start, m.group()) for m in _WORD.finditer(s.text.lower())]
    spots = [pos for pos, w in tokens if any(_related(r, _lemmas_of(w, s.lemmas)) for r in analysis.relation)]
    spots = _in_asked_form(analysis, tokens, spots)
    if not spots:
        return 100
    here = min(range(len(tokens)), key=lambda i: abs(tokens[i][0] - at)) if tokens else 0

    def apart(spot: int) -> int:
        i = next(i for i, (pos, _) in enumerate(tokens) if pos == spot)
        lo, hi = sorted((tokens[here][0], spot))
        between = s.text[lo - s.start : hi - s.start]
        items = between.count(",") + between.count(";") if analysis.kind == "number" else 0
        return abs(here - i) + _ITEM * items

    return min(apart(p) for p in spots)


def _in_asked_form(analysis: Analysis, tokens: list[tuple[int, str]], spots: list[int]) -> list[int]:
    """Where the sentence says an abbreviated role in the question's form ("chief executive" or "CEO"); where it
    says it in the other form only when it says it nowhere so: "After Jobs resigned as CEO ..., Cook was named the
    new chief executive officer" names the asked one beside the asked words."""
    roles = {r: ABBREVIATED_ROLES[r] for r in analysis.relation if r in ABBREVIATED_ROLES}
    if not roles:
        return spots
    pairs = zip(tokens, tokens[1:], strict=False)
    spelled = [at for (at, w), (_, nxt) in pairs if (w, nxt) in roles.values()]
    short = [at for at, w in tokens if w in roles]
    asked_short = any(re.search(rf"\b{r}s?\b", analysis.text, re.I) for r in roles)
    own, other = (short, spelled) if asked_short else (spelled, short)
    return [at for at in spots if at not in other] + (own or other)


@lru_cache(maxsize=4096)
def _inflected(word: str) -> frozenset[str]:
    """The lemmas `word` is a form of ("bought" -> "buy", "born" -> "bear")."""
    from lemminflect import getAllLemmas  # imported when first needed: nothing heavy at import time

    return frozenset(lemma for lemmas in getAllLemmas(word).values() for lemma in lemmas)


def _lemmas_of(word: str, lemmas: set[str]) -> set[str]:
    """A word of a sentence with the lemmas the tagger gave it there: an irregular form ("bought", "born") is
    as near the answer as the relation it inflects."""
    return {word} | (_inflected(word) & lemmas)


def _context(analysis: Analysis, s: _Sentence, window: list[_Sentence]) -> _Sentence | None:
    """The neighbour that holds names or years the answering sentence lacks, if any."""
    lacking = [n for n in analysis.names if not _named(n, s.words)]
    lacking += [y for y in analysis.years if not _stated(y, s.words)]
    if not lacking:
        return None
    for x in window:
        if x is not s and any(_named(n, x.words) for n in lacking):
            return x
    return None


def _mentioned(analysis: Analysis, sentences: list[_Sentence]) -> list[str]:
    words = set().union(*(s.words for s in sentences)) if sentences else set()
    return [n for n in (*analysis.names, *analysis.years) if _named(n, words)]


def _relevance(question: str, texts: list[str], embedder: Embedder) -> list[float]:
    vectors = embedder.encode_cached(texts)
    # Cached: evidence selection has just encoded the same question.
    return [float(v) for v in vectors @ embedder.encode_cached([question])[0]]


def _evidence(s: _Sentence, relevance: float) -> Evidence:
    return Evidence(n=0, chunk=s.chunk, quote=s.text, start=s.start, end=s.end, relevance=relevance)


def _marked(sentences: list[_Sentence]) -> list[tuple[_Sentence, re.Match[str]]]:
    """The sentences that give a name another one (_ALIAS), each with its first marker: found once per question."""
    return [(s, m) for s in sentences if (m := _ALIAS.search(s.text))]


def _alias(name: str, marked: list[tuple[_Sentence, re.Match[str]]]) -> dict[str, Any]:
    """The other name a sentence gives `name` after it, with the marker that says which ("formerly X", "also
    known as X"), and the sentence quoted; none when no sentence does. `marked`: _marked(the sentences)."""
    for s, marker in marked:
        mention = s.text.rfind(name, 0, marker.start())
        if mention < 0:
            continue
        if any(s.start + mention + len(name) <= a < s.start + marker.start() and label in _NAMES
               for a, _, label in s.chunk.entities):  # fmt: skip
            continue  # "X met Y, formerly Z": the other name is Y's
        after = s.start + marker.end()
        alias = next((e for e in s.chunk.entities if after <= e[0] <= after + 1 and e[2] in _NAMES), None)
        # A name the tagger missed (at a sentence's end, "whose former name is Facebook.") is its capitalised run.
        run = re.match(_LIST_NAME, s.text[marker.end() :])
        text = _entity_text(s.chunk, alias[0], alias[1]) if alias else run.group().rstrip(".") if run else ""
        if text and _key(text) != _key(name):
            said = "also known as" if "also known" in marker.group().lower() else "formerly"
            return {"alias": f"{said} {text}", "alias_evidence": _evidence(s, 0.0)}
    return {}


def _key(text: str) -> str:
    """Answers compared by their words ("Tadej Pogačar" = "Pogačar"'s full form counts apart; case ignored)."""
    return " ".join(_words(text))
