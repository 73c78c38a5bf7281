"""The answers a sentence that meets the question holds: its entities of the wanted kind, and the spans found by
their form, less those that belong to another relation, field or clause."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable
from functools import lru_cache, partial
from typing import TYPE_CHECKING, Any

from assistant.candidates.asked import _Asked, _asked
from assistant.candidates.constructions import _FROM, _WORKING
from assistant.candidates.meets import (
    _WEEKDAY,
    _alike,
    _genders,
    _occurs,
    _of_place,
    _prize_field,
    _role_titled,
)
from assistant.candidates.sentences import (
    _CARDINALS,
    _LEGAL_FORMS,
    _ORDINALS,
    _WORD,
    _called,
    _entity_text,
    _first_conjunct,
    _folded,
    _governing_verb,
    _lemmas_and_forms,
    _located,
    _name_head,
    _named,
    _preceded,
    _related,
    _says,
    _says_relation,
    _Sentence,
    _token_at,
    _tokens_span,
    _words,
)
from assistant.question import (
    ABBREVIATED_ROLES,
    AGE,
    ALIAS,
    AMOUNT,
    DURATION,
    INTRODUCED,
    LIGHT_VERBS,
    NAME,
    NOUN_NAMED,
    ORDINAL,
    ROLE_NOUNS,
    SCORE,
    SHARED_ROLES,
    TIME_UNITS,
    TIMES,
    asks_count,
    noun_kind,
)
from index.annotate import parse
from index.text import MONTH_WORD as _MONTH
from index.text import STOP_WORDS
from index.text import YEAR_IN as _YEAR_IN

if TYPE_CHECKING:
    from assistant.question import Analysis
    from index.types import Chunk

# A unit joined to a figure by a hyphen ("80-page", "12-inch"): part of the figure.
_UNIT = re.compile(r"-[a-z]+\b")
_MEASURE = re.compile(r"\s[A-Za-z]{1,3}\b")  # the unit after a bare figure: "256 GB", "4614 mAh"
# The kinds of answer a code of capitals and digits can be ("T1" is a team, no place or date).
_NAMED_KINDS = frozenset({"person", "organisation", "title", "name"})
_CODE = re.compile(r"[A-Z]{1,3}\d{1,2}")  # a team's or a model's code: "T1", "G2", "A14"
_CURRENCY = "$€£¥"
_FIGURE = re.compile(rf"^([{_CURRENCY}]|(us|usd|rmb)\s?)?(\d[\d,.]*({_UNIT.pattern})?|[a-z]+)(\s|[%″′°]|$)", re.I)
# A score: two numbers of a game joined by a dash, each set's after a comma, a tie-break in brackets ("6–4, 7-6
# (5)"); not a year span ("2013-14") nor part of a name ("COVID-19").
_SET = r"\d{1,3}\s?[-–]\s?\d{1,3}(?:\s?\(\d{1,2}(?:[-–]\d{1,2})?\))?"
_TALLY = re.compile(rf"(?<![\w.,/–-]){_SET}(?:,\s?{_SET})*(?![\w–-])")
# A month and day before a year ("Aug 12, "), which the tagger may leave out of the year's date.
_MONTH_DAY = re.compile(rf"{_MONTH.pattern}\s\d{{1,2}},\s$", re.I)
# The marks that separate a list's items on one line ("Ming-Na Wen as Mulan · Eddie Murphy as Mushu").
_SEPARATOR = re.compile(r"\s+[·•|;]\s+")
# Words an unspaced hyphen or dash joins into one name ("Jumbo–Visma", "Deceuninck–Quick-Step"): after an entity's
# last letter, or before its first.
_DASHED_ON = re.compile(r"(?:[-–][^\W\d_][\w']*)+")
_DASHED_INTO = re.compile(r"(?:[^\W\d_][\w']*[-–])+$")
# A possessive and the capitalised words it owns ("'s Creed"), which a work's title may run on with.
_POSSESSING = re.compile(r"['’]s(?: [A-Z][\w'’-]*)+")
# Closed class: verbs that report what someone said.
_SAYING = frozenset({"say", "tell", "add", "explain", "claim", "report"})
# Closed class: nouns that stand for one said before, or count the occasions of what the verb says.
_STANDING_FOR = frozenset({"other", "others", "one", "ones", "more", "time", "times"})
# A year, with the day and month in figures before it ("09/02/2022", "2.9.2022") when it has them; not the end
# of another figure ("3.2014", "$2016").
_DATED_YEAR = re.compile(rf"(?<![\w.,/{_CURRENCY}])(?:\d{{1,2}}([/.])\d{{1,2}}\1)?{_YEAR_IN.pattern}")
# A time of day ("7 p.m.", "9:30am"), which dates an event its day is known for.
_CLOCK = re.compile(r"\d{1,2}(:\d\d)?\s?[ap]\.?m\.?", re.I)
# Where a news story was filed: the place in capitals, its country or the agency, a dash ("COPENHAGEN, Denmark — ",
# or an em dash set close: "SACRAMENTO—State Superintendent ..."). Not the date line of a snippet ("Oct 19, 2021
# ..."), which _dateline reads.
_FILED_AT = re.compile(
    r"[A-Z]{3,}(?:[ .'-][A-Z]{2,})*(?:,[^—–\n]{1,30}?|\s\([^)]{1,20}\))?(?:\s[—–-]{1,2}\s|[—–]{1,2})"
)
# A field of a record as web pages list facts ("(HQ: Kyoto; CEO: John Hanke)"): a short key after the record's
# start, a bracket or a separator, and a value that runs to the next separator, a bracket or the end.
_FIELD_KEY = re.compile(r"(?:^|[(（;|])\s*([^\W\d][^():;（）|.,]{0,40}?)\s*:\s*$")
_FIELD_END = re.compile(r"\s*,?\s*(\.\.\.|…|\.$)?\s*([;)）|]|$)")  # a value cut after its comma ("Bristol, ;") ends too
# The signature of an embedded social media post: its author's handle, then the day it was posted.
_POSTED = re.compile(r"\(@\w+\)\s*$")
# Closed class: the modals of possibility. A clause they govern says what may happen, not what did or will.
_POSSIBILITY = frozenset("could might may".split())
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
# A count of occasions: "twice", "115 times", "on two occasions", or the ordinal of the last ("for the fifth time").
_OCCASIONS = re.compile(
    rf"\b(twice|thrice|{_SMALL_NUMBER}\s+(times|occasions)|({'|'.join(_ORDINALS[2:])}|\d+(st|nd|rd|th))\s+time)\b", re.I
)
# A rank: "46th", "the fifty-ninth" (indexing keeps no ordinal entities).
_RANK = re.compile(rf"\b(\d+(st|nd|rd|th)|{'|'.join(_ORDINALS[1:])})\b", re.I)
# Another name, after a verb of naming: "known as “Ms. Earth”", "better known around Texas as Johnny Football",
# "nicknamed 'The Cannibal'", "dubbed Ms. Earth": the name in quotes, or its capitalised words.
_ALIAS = re.compile(
    r"\b(?:(?:[Kk]nown|referred to)\b[^.;,“\"]{0,25}?\bas|nicknamed|dubbed)\s+"
    r"(?:[“\"'‘](?P<quoted>[^”\"'’]{2,40})[”\"'’]|(?P<name>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|of|the))*))"
)
# Above any person's age in years: a bigger number set off after a name is no age.
_OLDEST = 125
# What _by_form finds by its form, each label with its pattern (the span is its named group, if it has one).
_FORMS = {SCORE: _TALLY, AGE: _AGE, DURATION: _DURATION, TIMES: _OCCASIONS, ORDINAL: _RANK, ALIAS: _ALIAS}
# Closed class: role nouns that name one role ("Which actor ...?" is answered by "X, the star of ...").
_ROLE_KIN = (
    frozenset("actor actress star lead".split()),
    frozenset("writer author".split()),
    frozenset("winner champion".split()),
    frozenset("ceo chief president head leader chair chairman chairwoman".split()),
)
# Closed class: the nouns that end a building's or a ground's name ("the Dolby Theatre", "Barclays Center").
_FACILITIES = frozenset(
    "stadium arena theatre theater center centre hall park field dome coliseum museum airport".split()
)
# "respectively", and the names of a list it pairs ("Pixel 6 and Pixel 6 Pro"), joined by commas and "and".
_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
_LIST_JOINT = re.compile(r",?\s+and\s+|,\s+")
_LIST_NAME = r"[A-Z][\w+'’.-]*(?:\s+(?:[A-Z][\w+'’.-]*|\d[\w.]*))*"
_NAME_LIST = re.compile(rf"{_LIST_NAME}(?:,\s+{_LIST_NAME})*,?\s+and\s+{_LIST_NAME}")
# What the end of a list item (a comma) adds, in words, to a figure's distance from the relation word.
_ITEM = 5
# The label of a proper noun the entity tagger missed, and what the uncertainty of its kind costs it.
UNTAGGED = "PROPN"
# Closed class: the lower-case particles inside a personal or family name ("Wout van Aert", "Ursula von der
# Leyen", "Vicente del Bosque"), which join its proper nouns into one name.
_PARTICLES = frozenset("van von der den de del della da di du dos das ten ter bin ibn".split())
_PER_CENT = re.compile(r"(%|\bper ?cent|\bpct)$", re.I)
# A figure that ends in a currency's name is a sum (a closed class: the currencies news spells out by name, and the
# wires' abbreviations of them; not "pounds", a weight too).
_CURRENCIES = r"dollars?|dlrs?|cents?|cts|euros?|yen|yuan|rupees?|francs?|pesos?|stg|sterling|crowns|riyals"
_CURRENCY_NOUN = re.compile(rf"\b({_CURRENCIES})$", re.I)
# The words after a figure that the tagger leaves out of it: its scale and its unit, as wires abbreviate them too
# ("300 mln dlrs", "82 pct", "22.26 Canadian dlrs"): closed classes of number words, per cent and currency names.
_AFTER_FIGURE = re.compile(
    rf"(?:\s(?:thousand|million|billion|trillion|mln|bln|bn|tn)\b)?"
    rf"(?:\s(?P<sum>(?:[A-Z][a-z]+\s)?(?:{_CURRENCIES}))\b|\s(?P<share>pct|percent|per cent)\b)?"
)


def _respective(
    analysis: Analysis, s: _Sentence, window: list[_Sentence], answers: list[tuple[str, str, int]]
) -> list[tuple[str, str, int]]:
    """ "Pixel 6 and Pixel 6 Pro. The new models start at $599 and $899, respectively": of answers listed together
    in a "respectively" sentence, the one at the asked name's place in the list of names before them."""
    if not _RESPECTIVELY.search(s.text):
        return answers
    # The names the question's verb acts on, when it names them: "Mulan" is the work in "Who voiced Shan Yu in Mulan?"
    asked = {n.lower() for n in _asked(analysis).theme or analysis.names}
    place = None
    for x in (y for y in window if y.start <= s.start):
        for m in _NAME_LIST.finditer(x.text):
            items = [i.rstrip(".").lower() for i in _LIST_JOINT.split(m.group())]
            # An item may title the asked name ("Captain Li Shang" for "Li Shang").
            if len(hits := [k for k, item in enumerate(items) if any(_titles(item, a) for a in asked)]) == 1:
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


def _titles(item: str, name: str) -> bool:
    """A list's `item` is the `name`, or the name after a title ("captain li shang")."""
    return item == name or item.endswith(f" {name}")


def _identifies(s: _Sentence, start: int) -> bool:
    """The figure follows the noun it numbers ("stage 13", "season 11"): an identifier, not a count. Parsed only
    when a word comes right before it."""
    if not re.search(r"[A-Za-z]\s+$", s.text[: start - s.start]) or (token := _token_at(s, start)) is None:
        return False
    return token.dep_ == "nummod" and token.head.i < token.i and token.head.pos_ in ("NOUN", "PROPN")


def _counts_a_compound(analysis: Analysis, s: _Sentence, end: int) -> bool:
    """For "How many stages ...?": the figure counts a noun the asked one modifies ("13 stage winners" counts
    winners), not the asked one ("21 frantic stages"). Parsed only when the asked noun follows the figure."""
    after = re.match(r"\s+([A-Za-z]+)\s+[A-Za-z]", s.text[end - s.start :])
    if not analysis.relation or after is None or not _related(analysis.relation[0], {after.group(1).lower()}):
        return False
    token = _token_at(s, end + after.start(1))
    return token is not None and token.dep_ == "compound" and token.head.pos_ == "NOUN"


def _counts_another_noun(analysis: Analysis, s: _Sentence, start: int, end: int) -> bool:
    """For "How many N ...?": a figure that modifies a noun phrase counts what it names, and one whose nouns are
    not N counts another thing. Not for a count of people, which any noun of people gives ("13 employees"); nor
    by a noun that stands for one said before ("seven others", "two more") or counts occasions ("29 times")."""
    if not analysis.relation or noun_kind(analysis.relation[0]) == "person":
        return False
    if not asks_count(analysis.text):
        return False
    unit = re.search(r"\d-([a-z]+)$", s.text[start - s.start : end - s.start])
    if unit:  # "The 15-member council" counts members, whatever the parser makes of it
        return not _related(analysis.relation[0], {unit.group(1), unit.group(1) + "s"})
    token = _figure_token(s, start, end)
    # A capitalised noun is a label ("Winner: 306 Main Opponent: 232"), not the noun counted.
    if token is None or token.dep_ != "nummod" or token.head.pos_ != "NOUN" or not token.head.text.islower():
        return False
    nouns = [head := token.head]  # the parser may hang the figure on a modifier: "seven men's singles finals"
    while head.dep_ in ("compound", "poss", "amod", "nmod") and head.head.pos_ in ("NOUN", "PROPN"):
        nouns.append(head := head.head)
    said = _lemmas_and_forms(nouns)
    return not said & _STANDING_FOR and not _related(analysis.relation[0], said)


def _counts_another_people(analysis: Analysis, s: _Sentence, start: int, end: int) -> bool:
    """For "How many Australian soldiers ...?", a figure whose noun phrase another country or people qualifies
    ("some 250 British soldiers") counts theirs. Compared by first letters ("Australian", "Australia")."""
    asked = _nationals(analysis.text)
    token = _figure_token(s, start, end) if asked else None
    if token is None:
        return False
    phrase = token.head if token.dep_ == "nummod" else token
    own = {c.lower_ for c in phrase.children if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")}
    return bool(own) and not _alike(own, asked)


# Closed class: the prepositions that place what a phrase or its verb says ("five in Victoria", "died on
# Queensland roads"); not "with" or "to", which join another party or a destination.
_PLACING = frozenset("in on at across around near throughout within inside outside".split())
# Those before a place that say where, as they are matched before a name; not "on", which may say what a verb acts
# on ("sanctions on Iran").
_WHERE_BEFORE = tuple(f" {p} " for p in sorted(_PLACING - {"on"}))
# A hyphen that joins a name to the lower-case word after it ("New Jersey-based").
_HYPHENED = re.compile(r"-[a-z]")


def _placed(s: _Sentence, start: int, end: int) -> bool:
    """The place at article offset `start` follows a preposition that says where ("in", "near"), or a hyphen joins
    it to the word after it, which it places ("a New Jersey-based messenger company")."""
    return bool(_HYPHENED.match(s.chunk.text, end - s.chunk.start)) or _preceded(s, start, *_WHERE_BEFORE)


def _counts_another_place(analysis: Analysis, s: _Sentence, start: int, end: int) -> bool:
    """For "How many ...?" asked of a place ("on Australia's roads"), a figure the sentence places at a place the
    question does not name, by a preposition on its noun phrase or on the verb that phrase is subject or object
    of ("five in Victoria", "Seven people have died on Queensland roads"), counts what happened there. A place
    inside a phrase the figure only completes ("10 of the 26 deaths in Australia") places the whole, not it."""
    asked = _places_asked(analysis.text) if asks_count(analysis.text) else frozenset()
    token = _figure_token(s, start, end) if asked else None
    if token is None:
        return False
    phrase = token.head if token.dep_ == "nummod" else token
    holders = [phrase] + [phrase.head] * (phrase.dep_ in ("nsubj", "nsubjpass", "dobj") and phrase.head.pos_ == "VERB")
    objects = [o for h in holders for p in h.children if p.lower_ in _PLACING for o in p.children if o.dep_ == "pobj"]
    objects += [g for o in objects for c in o.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    said = [t for o in objects for t in (o, *o.children, *o.conjuncts) if t.ent_type_ in ("GPE", "LOC")]
    said += [c for c in phrase.children if c.dep_ in ("compound", "poss") and c.ent_type_ in ("GPE", "LOC")]
    places = {_place_name(t) for t in said}
    return bool(places) and not places & (asked | {n.lower() for n in analysis.names})


def _place_name(token: Any) -> str:
    """The whole name of the place a token is part of ("Western Australia" for "Australia"), lower-cased."""
    span = next((e for e in token.doc.ents if e.start <= token.i < e.end), token.doc[token.i : token.i + 1])
    return re.sub(r"^the\s+", "", span.text.lower())


@lru_cache(maxsize=256)
def _places_asked(question: str) -> frozenset[str]:
    """The places a question names ("Australia" in "How many people have died on Australia's roads?")."""
    return frozenset(_place_name(e[0]) for e in parse(question).ents if e.label_ in ("GPE", "LOC"))


@lru_cache(maxsize=256)
def _nationals(question: str) -> frozenset[str]:
    """The peoples or countries that qualify the noun "how many" counts ("Australian" in "How many Australian
    soldiers ...?")."""
    doc = parse(question)
    many = next((t for t in doc if t.lower_ == "many" and t.i > 0 and t.nbor(-1).lower_ == "how"), None)
    if many is None or many.head.pos_ != "NOUN":
        return frozenset()
    return frozenset(
        c.lower_ for c in many.head.children if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")
    )


def _figure_token(s: _Sentence, start: int, end: int) -> Any:
    """The figure of a span, its last word ("an estimated 500"); parsed only for a sentence that meets the question."""
    return next((t for t in reversed(parse(s.text)) if start <= s.start + t.idx < end), None)


def _done_otherwise(analysis: Analysis, s: _Sentence, start: int, end: int) -> bool:
    """The figure is what a participle after it says of it ("hundreds injured", "five arrested"), a verb other
    than the relation, which the sentence says of another figure: it counts those that verb was done to. For
    "How many N V?", so does a figure whose noun phrase a verb of none of the question's words takes or describes
    ("police rescued four people", "50 people trapped", "Dozens were injured" for how many died)."""
    token = _figure_token(s, start, end)
    if token is None:
        return False
    done = [c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    if done:
        return not any(_related(r, {done[0].lemma_.lower()}) for r in analysis.relation)
    asked = _question_verbs(analysis.text)
    if not asked or not asks_count(analysis.text):
        return False
    if any(c.lower_ == "between" for c in token.children) and not any(c.lower_ == "and" for c in token.children):
        return False  # "stand between 2 million people and disaster": the parser took the preposition into the figure
    phrase = token.head if token.dep_ == "nummod" else token
    # Some of a phrase ("four people, including two policemen, have been killed") had done to them what it had.
    while phrase.dep_ == "appos" or (phrase.dep_ == "pobj" and phrase.head.lower_ == "including"):
        phrase = phrase.head.head if phrase.dep_ == "pobj" else phrase.head
    # A past participle after the noun ("50 people trapped"), or between the figure and its noun ("21 injured
    # people"), says what was done to them; one before the figure hedges the figure itself ("an estimated 500
    # residents"), and "32 charges following inquiries" says when.
    verbs = [
        c for c in phrase.children if (c.dep_ == "acl" and c.tag_ == "VBN") or (c.dep_ == "amod" and c.i > token.i)
    ]
    # Those a verb is done to: its object or passive subject ("police rescued four people", "Dozens of people were
    # injured"), or the subject of a "be" that takes the verb ("are to be relocated"). Not a doer: what "Five films
    # are competing" does may be said in other words than the question's ("were nominated").
    if phrase.dep_ in ("nsubjpass", "dobj") and phrase.head.pos_ == "VERB":
        verbs.append(phrase.head)
    if phrase.dep_ == "nsubj" and phrase.head.lemma_ == "be":
        verbs += [c for c in phrase.head.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    lemmas = {v: lemma for v in verbs if (lemma := _participle(v))}
    # What each verb says of the phrase, with its complement ("left 26 people dead"): the question's verb there
    # makes it the asked count.
    said = {t.lemma_.lower() for v in lemmas for c in v.children if c.dep_ in _COMPLEMENTS for t in c.subtree}
    said |= set(lemmas.values())
    content = set(lemmas.values()) - LIGHT_VERBS - {"be", "have"}
    return bool(content) and not any(_related(r, said) for r in asked | set(analysis.relation))


def _participle(t: Any) -> str | None:
    """The verb of a past participle, whether the tagger calls it one or an adjective ("injured" in "21 injured
    people": "injure")."""
    if t.tag_ in ("VBN", "VBD") or t.pos_ == "VERB":
        return t.lemma_.lower()
    from lemminflect import getInflection, getLemma  # imported when first needed: nothing heavy at import time

    def participle(word: str) -> str | None:
        return next((v for v in getLemma(word, upos="VERB") if word in getInflection(v, "VBN")), None)

    # A negated participle says a state, not an event ("unregistered", "unidentified"): nothing was done to them.
    if t.tag_ != "JJ" or (t.lower_.startswith("un") and participle(t.lower_[2:])):
        return None
    return participle(t.lower_)


# The dependents that complete what a verb says of its object or subject ("left them dead", "were found guilty").
_COMPLEMENTS = frozenset("acomp oprd xcomp attr prt".split())


@lru_cache(maxsize=256)
def _question_verbs(question: str) -> frozenset[str]:
    """The content verbs of a question's clauses, as lemmas ("die", "collapse"); none for one that only asks what
    is. Not a modifier: "weather-related cancellations" asks what was had, not what is related."""
    return frozenset(
        t.lemma_.lower() for t in parse(question)
        if t.pos_ == "VERB" and t.lemma_.lower() not in LIGHT_VERBS and t.dep_ not in ("amod", "compound")
    )  # fmt: skip


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


def _answers(analysis: Analysis, s: _Sentence, people: frozenset[str] = frozenset()) -> list[tuple[str, str, int]]:
    """Entities of the wanted kind in the sentence, not part of the question: (text, label, offset). `people`: the
    names tagged a person anywhere in the retrieved sentences, folded (_folded)."""
    question = _asked(analysis)
    asked, named, common, verbs = question.words, question.named, question.common, set(analysis.relation)
    filed_at = s.start + (_filed_at_end(s.text) if analysis.kind != "place" else 0)
    out = []
    owners: list[tuple[int, int]] = []  # titles that own the proper nouns after them
    spans = _with_towns(analysis, s, _entities_mended(s.chunk)) + _untagged(analysis, s) + _introduced(analysis, s)
    spans += _by_form(analysis, s) + _role_titled(analysis, s) + _apposed_age(analysis, s) + _untagged_year(analysis, s)
    spans += _of_the_asked(analysis, s) + _doing_org(analysis, s) + _by_noun(analysis, s)
    for start, end, tagged in dict.fromkeys(spans):  # a name found twice, as tagged and as titled, is one
        label = _relabelled(analysis, s, start, end, _place_label(analysis, s, start, end, tagged), people)
        if label not in analysis.labels | {UNTAGGED} or not (s.start <= start and end <= s.end):
            continue
        if (span := _widened(analysis, s, (start, end), label, tagged, owners)) is None:
            continue
        start, end = span
        text, end = _in_asked_region(analysis, _entity_text(s.chunk, start, end), start, end, named)
        words = [w for w in _words(text) if w not in STOP_WORDS]
        ours = named & set(words) and label not in (NOUN_NAMED, ALIAS)  # but "Google Tensor" chipset, "Johnny Football"
        if not words or all(w in asked or w.removesuffix("s") in asked or w in verbs for w in words) or ours:
            continue  # the question's names, years, verbs: no answer ("WhatsApp Inc" for WhatsApp; "Draft", drafted)
        if set(words) <= ROLE_NOUNS:
            continue  # "Crew List ; Director.": a role names no one
        if analysis.kind not in ("number", "date") and common & set(words) - _kind_ending(question, words):
            continue  # a name made of the question's common words is its topic: "Men's Tennis ATP Rankings"
        if analysis.kind not in ("number", "date") and not re.search(r"[^\W\d_]", text):
            continue  # a name has letters: "6–4" tagged as a person is a score
        if analysis.kind == "number" and label not in _FORMS and not _FIGURE.match(text):
            continue  # "H200" names a chip; a figure is "18,000", "$5 billion", "two" or "40%"
        weekday = _WEEKDAY.search(text) and ("day" in analysis.wh.split() or _times_the_relation(analysis, s, start))
        dated = _YEAR_IN.search(text) or _MONTH.search(text) or weekday or _CLOCK.fullmatch(text)
        if analysis.kind == "date" and not dated:
            continue  # "Sunday", "3 days ago" or "this week" dates nothing by itself; "at 7 p.m." does
        if start < filed_at:
            continue  # "COPENHAGEN, Denmark — ...": where the story was filed, not what it says
        if _modifier_only(analysis, s, start, end, tagged):
            continue  # "an Aboriginal boy": an adjective, no one's name; "the US Defence Secretary": whose, not where
        if label == "GPE" and analysis.kind in ("person", "organisation") and _placed(s, start, end):
            continue  # "at Raymond James Stadium in Tampa, Florida", "near Nablus", "New Jersey-based": where, not who
        if label == "DATE" and _dates_no_fact(analysis, s, start):
            continue  # "(@wojespn) June 20, 2020": when a post was posted; "could end as early as 2025": may be
        if question.acted_on and _by_agent(s, start):
            continue  # "ranked No. 1 by the WTA" for who is ranked: the one who ranks
        if question.doer and _acted_upon(analysis, s, start):
            continue  # "he won the 2022 NCAA men's singles championship" for who won: what was won
        if not _of_another(analysis, s, start, end, label):
            out.append((text, label, start))
    return out


def _dates_no_fact(analysis: Analysis, s: _Sentence, start: int) -> bool:
    """The date at article offset `start` dates no fact the sentence states: the day a quoted post was posted
    ("— Adrian Wojnarowski (@wojespn) June 20, 2020"), or a day something may come (_hedged)."""
    posted = _POSTED.search(s.chunk.text[max(0, start - s.chunk.start - 40) : start - s.chunk.start])
    return posted is not None or _hedged(analysis, s, start)


def _hedged(analysis: Analysis, s: _Sentence, start: int) -> bool:
    """The date at article offset `start` is said by a verb a modal of possibility governs ("could end as early
    as 2025"), in a sentence that answers a question asking what did or will happen (no such modal of its own)."""
    if not _POSSIBILITY & s.words or _POSSIBILITY & _asked(analysis).words:
        return False  # parsed only when the sentence has a modal and the question none
    if (token := _token_at(s, start)) is None:
        return False
    return any(c.dep_ == "aux" and c.lower_ in _POSSIBILITY for c in _governing_verb(token).children)


def _modifier_only(analysis: Analysis, s: _Sentence, start: int, end: int, tagged: str) -> bool:
    """The name only modifies a noun: an adjective the tagger took for a name ("an Aboriginal boy"), unless a
    nationality is asked (an ordinal is an adjective too, and an answer: "the 59th election"); or, for "where", a
    country before a role, which says whose office it is ("the US Defence Secretary"), not where anything happened."""
    span = [t for t in parse(s.text) if start <= s.start + t.idx < end]
    if not span:
        return False
    last, head = span[-1], span[-1].head
    adjective = len(span) == 1 and last.pos_ == "ADJ" and last.dep_ == "amod"
    if tagged in NAME | {"NORP"} and adjective and head.pos_ == "NOUN":
        return "NORP" not in analysis.labels
    while head.dep_ == "compound" and head.head is not head:
        head = head.head
    return analysis.kind == "place" and last.dep_ in _MODIFIES and head.lemma_.lower() in ROLE_NOUNS


_MODIFIES = frozenset("compound amod poss nmod".split())


def _kind_ending(question: _Asked, words: list[str]) -> set[str]:
    """The last word of a name when it is the noun the question asks a name of: "Mirwais Hospital" for "What is
    the name of the hospital ...?" is one of that kind, not its topic."""
    return set(words[-1:]) & (question.identified | question.kind_nouns)


def _widened(
    analysis: Analysis, s: _Sentence, span: tuple[int, int], label: str, tagged: str, owners: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """The span with the words that belong to the answer: a figure's unit, the proper nouns a title owns (kept in
    `owners`), not a person's title the tagger took into the name. None for no answer: a name inside a title
    already taken, or a possessive date."""
    start, end = span
    if analysis.kind == "date" and s.chunk.text[end - s.chunk.start : end - s.chunk.start + 2] in ("'s", "’s"):
        return None  # "2018's Marvel's Spider-Man" dates the name, it does not answer "when"
    if analysis.kind == "number":
        return _figure(s, start, end, label, tagged)
    if analysis.kind != "title" and label != "PERSON":
        return span
    if analysis.kind != "title":
        title = _untitled(s.chunk.text[start - s.chunk.start : end - s.chunk.start], _asked(analysis).common)
        return start + title, end
    if any(a <= start and end <= b for a, b in owners):
        return None  # "Creed" of "Assassin's Creed"
    if (owned := _possessed_title(s, end)) > end:
        owners.append((start, owned))
    return start, owned


def _possessed_title(s: _Sentence, end: int) -> int:
    """A work's name that owns the proper nouns after it, which the tagger left untagged, is the start of its
    title ("Assassin's Creed: Directed by ...", "Schindler's List"), not a name of its own."""
    owned = _POSSESSING.match(s.chunk.text, end - s.chunk.start)
    if not owned or any(end < a < end + owned.end() - owned.start() for a, _, _ in s.chunk.entities):
        return end
    return min(s.end, end + owned.end() - owned.start())


def _in_asked_region(analysis: Analysis, text: str, start: int, end: int, named: frozenset[str]) -> tuple[str, int]:
    """For "where ... in Scotland?", the town of a place the tagger joined to the asked region ("Aberdeen,
    Scotland"): the region is the question's, the town the answer."""
    town, comma, region = text.rpartition(", ")
    if comma and analysis.kind == "place" and town and set(_words(region)) <= named:
        return town, start + len(town)
    return text, end


def _figure(s: _Sentence, start: int, end: int, label: str, tagged: str) -> tuple[int, int]:
    """A figure's span with its unit ("an 80-page treatment": "80-page"; "256 GB storage": "256 GB"; "300 mln dlrs")
    and the currency sign the tagger left out of a sum ("$29.99")."""
    unit = _AFTER_FIGURE.match(s.chunk.text, end - s.chunk.start)
    if not (unit and unit.group()):
        unit = (_UNIT if label == tagged else _MEASURE).match(s.chunk.text, end - s.chunk.start)
        unit = None if unit and unit.group().strip().lower() in STOP_WORDS else unit  # "75 per cent of", no "of"
    end += len(unit.group()) if unit else 0
    signed = label == "MONEY" and s.start < start and s.chunk.text[start - s.chunk.start - 1] in _CURRENCY
    return start - signed, end


def _relabelled(analysis: Analysis, s: _Sentence, start: int, end: int, label: str, people: frozenset[str]) -> str:
    """The label the question wants, for an entity the tagger labelled otherwise here though the sentences show
    what it is: a name tagged a person in another mention ("Tadej Pogačar", an organisation here, a person there);
    a bare figure that measures the asked amount ("256 GB storage" for how much storage). A person's name has no
    digit: "John Wick 2" or "Croatia 4-2", tagged a person, is of a kind the sentence does not show; a word of
    capitals run into a figure, tagged one, is a name ("T1 are your Worlds 2023 champions!")."""
    text = _entity_text(s.chunk, start, end)
    if label == "PERSON" and (words := _words(text)) and words[-1] in _LEGAL_FORMS:
        label = "ORG"  # "<Gulfex Inc>", a person to the tagger: a name ending in a legal form is a company's
    if label == "PERSON" and any(c.isdigit() for c in text):
        return UNTAGGED if analysis.kind not in ("number", "date") else label  # "Thu 2 Dec" is no score either
    if label == "CARDINAL" and _CODE.fullmatch(text) and analysis.kind in _NAMED_KINDS:
        return UNTAGGED  # "T1", "G2": capitals run into a figure make a name, not a count
    if label == "MONEY" and _PER_CENT.search(text):
        return "PERCENT"  # the tagger calls "25 per cent" a sum when a sum follows ("sank 25 per cent to $303m")
    if label == "CARDINAL" and _CURRENCY_NOUN.search(text):
        return "MONEY"  # "about half a million dollars", a count to the tagger
    unit = _AFTER_FIGURE.match(s.chunk.text, end - s.chunk.start) if label == "CARDINAL" else None
    if unit is not None and (unit["sum"] or unit["share"]):
        return "MONEY" if unit["sum"] else "PERCENT"  # "300 mln dlrs", "82 pct": the tagger's count of a sum, a share
    if label in analysis.labels:
        return label
    if "PERSON" in analysis.labels and _folded(text) in people:
        return "PERSON"
    if "PERSON" in analysis.labels and label in ("ORG", "GPE", "NORP") and _titled_person(s, end):
        return "PERSON"  # "Binyah Kesselly, chairman of the board ...", an organisation to the tagger
    if label == "CARDINAL" and analysis.labels == AMOUNT and analysis.relation:
        token = _token_at(s, start)
        heads = [token.head, token.head.head] if token is not None else []
        if any(h.lemma_.lower() == analysis.relation[0] for h in heads):
            return "QUANTITY"
    return label


def _titled_person(s: _Sentence, end: int) -> bool:
    """The name ending at article offset `end` has a person's role in apposition after it: ", (the) (executive vice)
    president of", a role no company or country holds (`SHARED_ROLES`)."""
    after = s.chunk.text[end - s.chunk.start : s.end - s.chunk.start]
    if not after.startswith(", "):
        return False
    words = re.findall(r"[a-z-]+", after[2:].split(",")[0].lower())
    words = words[: words.index("of")] if "of" in words else words
    return 0 < len(words) <= 4 and words[-1] in ROLE_NOUNS - SHARED_ROLES


@lru_cache(maxsize=256)
def _named_noun(question: str) -> frozenset[str]:
    """The noun whose name "What is the name of the N?" asks, as lemmas, when it is no kind of its own ("teenager",
    "shopping centre"; not "company", whose kind says what names it), with the common nouns compounded to it (the
    parser may make "Brent goose researchers tracked" one noun): a sentence may say the N by either."""
    for t in parse(question):
        if t.lemma_.lower() == "name" and t.pos_ == "NOUN":
            of = [
                p for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"
            ]
            if of and of[0].pos_ == "NOUN" and noun_kind(of[0].lemma_.lower()) is None:
                compounds = [c for c in of[0].children if c.dep_ == "compound" and c.pos_ == "NOUN"]
                return frozenset(x.lemma_.lower() for x in [of[0], *compounds])
    return frozenset()


def _unnamed_noun(analysis: Analysis, s: _Sentence, start: int, end: int) -> bool:
    """For "What is the name of the N?", the answer is not said to be the N: it is not in the noun phrase the N heads
    ("the Kolonnade shopping centre", "its partner Trevor Bentham"), nor in apposition or equated with it, nor
    does it end in the N ("Mirwais Hospital"). Another name in the sentence is some other thing ("Melbourne" for
    the teenager's name)."""
    noun = _named_noun(analysis.text)
    if not noun:
        return False
    doc = parse(s.text)
    span = [t for t in doc if start <= s.start + t.idx < end]
    nouns = [t for t in doc if t.lemma_.lower() in noun and t.pos_ == "NOUN"]
    if not span or any(t.lemma_.lower() in noun for t in span):
        return False  # "Mirwais Hospital": a name that ends in the N
    if not nouns:
        return True  # the N said only beside the sentence: nothing here says the answer is its name
    for n in nouns:
        clauses = [c for c in n.children if c.dep_ in _CLAUSES and c.lemma_.lower() not in _NAMING]
        phrase = set(n.subtree) - {t for c in clauses for t in c.subtree}  # but "its chip known as Ascend"
        if any(t in phrase for t in span) or n.head in span:
            return False  # in the N's phrase ("the Kolonnade shopping centre"), or the N is said of the answer
        if n.head.lemma_ == "be" and any(t.head == n.head and t.dep_ in ("nsubj", "attr") for t in span):
            return False  # "The shopping centre is the Kolonnade"
    return True


# The clauses a noun phrase takes, which say more of it than its name ("the teenager Gabriel stabbed"), and the
# verbs of one that names it ("known as", "called", "named", "dubbed").
_CLAUSES = frozenset("relcl acl prep".split())
_NAMING = frozenset("know call name dub title".split())


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


def _in_another_role(analysis: Analysis, s: _Sentence, start: int) -> bool:
    """The question asks for a role's holder ("Which actor ...?", "Who is the CEO of X?") and the name at `start`
    stands in apposition with another role noun ("Marc-Alexis Côté, creative director of ..."), or is the agent of
    another role's verb ("Directed by Justin Kurzel"): the role it holds."""
    asked = _kin((_asked(analysis).identified | set(analysis.relation)) & ROLE_NOUNS)
    head = _name_at(s, start) if asked else None
    if head is None:
        return False
    beside = [c for c in head.children if c.dep_ == "appos"] + ([head.head] if head.dep_ == "appos" else [])
    roles = {t.lemma_.lower() for t in beside if t.pos_ == "NOUN"} & ROLE_NOUNS
    if head.dep_ == "pobj" and head.head.lower_ == "by" and head.head.head.tag_ == "VBN":
        verb = head.head.head.lemma_.lower()  # whose agent noun is the role: "directed by" says the director
        roles |= {r for r in ROLE_NOUNS if _related(r, {verb})}
    return bool(roles) and not roles & asked


def _kin(roles: set[str]) -> frozenset[str]:
    """The roles with the role nouns that name the same role (_ROLE_KIN)."""
    return frozenset(roles).union(*(kin for kin in _ROLE_KIN if kin & roles))


def _of_another(analysis: Analysis, s: _Sentence, start: int, end: int, label: str) -> bool:
    """What the sentence says of the answer makes it another thing than the one asked; these parse it."""
    last = "".join(_words(_entity_text(s.chunk, start, end))[-1:]).removesuffix("s")  # "" names no kind
    if analysis.kind in ("person", "organisation", "place") and noun_kind(last) in ("name", "date"):
        return True  # "Baker Mayfield takes Davey O'Brien, Maxwell Awards": its last noun says it is an award
    if _other_gender_clause(analysis, s, start):
        return True  # "Djokovic won the gentlemen's singles title and Kerber won the ladies'": Kerber's is not asked
    if analysis.kind == "number" and label == "CARDINAL" and (_identifies(s, start) or _scored(s, start)):
        return True  # "wins stage 13": a number after its noun says which stage; "a 1-0 victory", a score
    if analysis.kind == "number" and label == "CARDINAL" and _counts_a_compound(analysis, s, end):
        return True  # "21 frantic stages that produced 13 stage winners": 13 counts winners
    if analysis.kind == "number" and label == "CARDINAL" and _counts_another_noun(analysis, s, start, end):
        return True  # "diverted ... under escort by two fighter jets" for how many passengers: two counts jets
    if analysis.kind == "number" and label == "CARDINAL" and _counts_another_people(analysis, s, start, end):
        return True  # "some 250 British soldiers" for how many Australian soldiers
    if analysis.kind == "number" and label == "CARDINAL" and _counts_another_place(analysis, s, start, end):
        return True  # "five in Victoria", "died on Queensland roads" for how many died on Australia's roads
    if analysis.kind == "number" and _done_otherwise(analysis, s, start, end):
        return True  # "at least 20 people were killed and hundreds injured" for how many were killed
    if analysis.kind in ("number", "person", "organisation") and _bracketed_for_another(analysis, s, start):
        return True  # "Moore (2 nominations)": Moore's two, not Nora Twomey's; "Jerry Mitchell (Hairspray, ...": his
    if _prize_field(analysis, s) and "," in s.text[s.text.index(": ") : start - s.start]:
        return True  # "Doak Walker Award for best running back: Bryce Love, Stanford.": the winner's school
    if analysis.kind == "person" and _of_place(analysis, s, start):
        return True  # "President at Nintendo of America" for who heads Nintendo: the branch's name, not its head
    if label != "DATE" and _reporter(analysis, s, start):
        return True  # "... with his partner and a friend, McReddie added." for the partner's name: who says it
    if _won_another_role(analysis, s, start):
        return True  # "Emma Stone wins best actress ... along with best director Damien Chazelle" for best director
    if analysis.kind == "name" and _unnamed_noun(analysis, s, start, end):
        return True  # "Pretoria emergency spokesman Johan Pieterse" for the name of the shopping centre
    if _in_another_role(analysis, s, start):
        return True  # "Marc-Alexis Côté, creative director of ..." for which actor: a director
    if _other_field(analysis, s, start, end):
        return True  # "(HQ: Kyoto; CEO: John Hanke)": a record's value belongs to its key and to what it follows
    if _other_item(analysis, s, start, end):
        return True  # "Pistons select Cunningham with No. 1 pick · ... ; Best chance at Kia ROY": another item's Kia
    if _beside_the_relation(analysis, s, start):
        return True  # "The Draft will be held Wednesday, Nov. 18, and negotiations will begin Friday": Nov. 18 is
        # when the draft is held, not when negotiations begin
    if _one_of_dated_verbs(analysis, s, start):
        return True  # "filming started August 2019 and will end February 2020" for when it was due to wrap
    if analysis.kind == "person" and label != "PERSON" and _modifies_a_noun(s, end):
        return True  # "having played in only one previous Grand Slam event": a kind of event, not who
    return label == "PERSON" and _named_after(s, end)  # "the 2017 Johnny Unitas Golden Arm Award": a thing's name


def _times_the_relation(analysis: Analysis, s: _Sentence, start: int) -> bool:
    """The time at article offset `start` hangs from a verb that says the relation, directly or by "on" ("free
    agent negotiations will begin Friday"): the sentence gives that as its time, a weekday as well as a date."""
    token = _token_at(s, start)
    if token is None:
        return False
    head = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "on" else token.head
    return token.dep_ in ("npadvmod", "pobj", "obl", "nmod") and _says_relation(analysis, head)


def _bracketed_for_another(analysis: Analysis, s: _Sentence, start: int) -> bool:
    """The figure or name at article offset `start` stands in brackets right after a name the question does not
    give ("Moore (2 nominations)", "Tim Cook (61)", "Jerry Mitchell (Hairspray, ..."): it is that name's."""
    token = _token_at(s, start)
    while token is not None and token.dep_ in ("nummod", "compound", "amod", "quantmod") and token.head.i != token.i:
        token = token.head
    if token is None or token.dep_ != "appos" or token.head.pos_ != "PROPN":
        return False
    owner = token.head
    if owner.i + 1 >= len(owner.doc) or owner.doc[owner.i + 1].text != "(":
        return False
    name = {t.lower_ for t in owner.subtree if t.dep_ in ("compound", "flat") or t.i == owner.i}
    return not name & _asked(analysis).named


def _modifies_a_noun(s: _Sentence, end: int) -> bool:
    """The name that ends at article offset `end` modifies a common noun after it ("Grand Slam event", "Yahoo
    employees"): it says what kind of thing that is, and is not itself who did anything."""
    token = next((t for t in parse(s.text) if s.start + t.idx + len(t) == end), None)  # the name's last word
    if token is None or token.dep_ != "compound" or token.head.i < token.i:
        return False
    # A noun coordinated with the names before it is a list's verb misread ("..., Miguel Ferrer, and BD Wong star").
    return token.head.pos_ == "NOUN" and token.head.dep_ != "conj"


def _other_item(analysis: Analysis, s: _Sentence, start: int, end: int) -> bool:
    """The sentence is a list of items ("a ; b · c") and the item that holds the name at `start`..`end` says words
    of its own, none of them the question's: each item states its own fact, as a sentence does."""
    gaps = list(_SEPARATOR.finditer(s.text))
    if not gaps:
        return False
    at, till = start - s.start, end - s.start
    item_start = max([g.end() for g in gaps if g.end() <= at], default=0)
    item_end = min([g.start() for g in gaps if g.start() >= till], default=len(s.text))
    item = s.text[item_start:item_end]
    asked = _asked(analysis).words | set(analysis.relation)
    said = set(_words(item[: at - item_start] + " " + item[till - item_start :])) - STOP_WORDS
    # A bare value ("Nintendo Switch · September 14, 2018 · Action role-playing") is a field of the row it is in.
    return bool(said) and not said & asked and not any(_related(r, said) for r in analysis.relation)


def _says_occurring(analysis: Analysis, verb: Any) -> bool:
    """For when or where an event was held: a verb of occurring says it as the asked one does ("festival held in
    Athens that took place August 13-29, 2004": the festival's dates)."""
    if verb.pos_ != "VERB":
        return False  # "production is on hold": a noun
    place = {"place"} if any(c.dep_ == "dobj" and c.lemma_.lower() == "place" for c in verb.children) else set()
    return _occurs(analysis, {verb.lemma_.lower(), *place})


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
    verbs = [t for t in token.doc if _says_relation(analysis, t) or _says_occurring(analysis, t)]
    if not verbs:
        return False
    # "will be able to perform": a copula with an adjective that takes the verb ("able", "due", "set") says when
    # and where the verb is done, so its clause is the verb's.
    verbs += [t for v in verbs if _predicated(v) for t in (v.head, v.head.head)]
    clause = _governing_verb(token)  # the nearest verb above the answer, then up through the clauses it is part of
    # The relation's own noun on the way up holds the answer in its phrase ("peace talks with the insurgents
    # scheduled for later that month in Thailand"): the place of the talks, whatever clause the phrase is in.
    while clause not in verbs and clause.lemma_.lower() not in analysis.relation:
        if clause.dep_ in ("conj", "ccomp") or clause.head.i == clause.i:
            return True  # a clause of its own ("..., and part two launched on February 20"), or one the relation
            # reports ("announce that God of War will be coming to PC on January 14, 2022": not when it was announced)
        clause = clause.head
    return False


def _one_of_dated_verbs(analysis: Analysis, s: _Sentence, start: int) -> bool:
    """For "when": the date at `start` is said by one of two joined verbs that each take a date of their own and
    neither says the relation ("filming started August 2019 and will end February 2020" for when it was due to
    wrap). Each date is its own verb's, and which of them the question asks, the sentence does not say."""
    # With no relation read from the question, no verb can be said not to say it.
    token = _token_at(s, start) if analysis.kind == "date" and analysis.relation else None
    if token is None:
        return False
    verb = _governing_verb(token)
    if any(_says_relation(analysis, v) for v in (verb, *verb.conjuncts)):
        return False

    def dated(v: Any) -> bool:  # a date hangs from the verb, directly or by a preposition
        return any(c.ent_type_ == "DATE" or any(g.ent_type_ == "DATE" for g in c.children) for c in v.children)

    return verb.pos_ == "VERB" and any(v.pos_ == "VERB" and dated(v) for v in verb.conjuncts)


def _predicated(verb: Any) -> bool:
    """The verb completes an adjective that completes a copula: "be able to perform", "is due to open"."""
    adjective = verb.head
    return (
        verb.dep_ == "xcomp" and adjective.pos_ == "ADJ" and adjective.dep_ == "acomp" and adjective.head.lemma_ == "be"
    )


def _by_agent(s: _Sentence, start: int) -> bool:
    """The name at article offset `start` is the doer of a passive verb ("... ranked No. 1 by the WTA")."""
    return _agent_of(s, start) is not None


def _agent_of(s: _Sentence, start: int) -> Any:
    """The passive verb whose doer ("by ...") the name at article offset `start` is, if it is one."""
    if " by " not in s.text:
        return None
    token = _token_at(s, start)
    head = _name_head(token) if token is not None else None
    return head.head.head if head is not None and head.dep_ == "pobj" and head.head.dep_ == "agent" else None


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
    if label == "ORG" and _WORKING & set(analysis.relation) and _preceded(s, start, " at "):
        return "FAC"  # where one works: "a climate scientist at Princeton University"
    if label == "ORG" and _FROM.search(analysis.text) and _preceded(s, start, " from "):
        return "GPE"  # "Where is X from?": "an administrator from Blackburn", tagged an organisation, is his town
    return "GPE" if label == "NORP" and _located(s, start) else label


def _by_form(analysis: Analysis, s: _Sentence) -> list[tuple[int, int, str]]:
    """The scores ("a 1-0 win", "won 6–3, 6–3"), ages ("18-year-old Emma Raducanu"), durations ("a 30-minute
    show"), counts of occasions ("twice") or ranks ("the 46th president") in the sentence, for a question that
    asks for one: the tagger labels none of them as such, or indexing keeps no such label."""
    return [
        (s.start + m.start(m.lastgroup or 0), s.start + m.end(m.lastgroup or 0), k)
        for k, f in _FORMS.items()
        if k in analysis.labels
        for m in f.finditer(s.text)
    ]


def _apposed_age(analysis: Analysis, s: _Sentence) -> list[tuple[int, int, str]]:
    """For "how old": a bare number set off as an apposition of the asked person's name, as news gives an age
    ("Prelogar, 43, argues ..."); the one after another name ("Alito, 73") is that one's. Parsed only then."""
    asked = _asked(analysis).named
    if AGE not in analysis.labels or not asked & s.words:
        return []
    return [
        (s.start + t.idx, s.start + t.idx + len(t), AGE)
        for t in parse(s.text)
        if t.dep_ == "appos" and t.text.isdigit() and int(t.text) < _OLDEST
        and t.head.pos_ == "PROPN" and t.head.lower_ in asked
    ]  # fmt: skip


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
        gap = s.chunk.text[out[-1][1] - s.chunk.start : at - s.chunk.start] if out else None
        # "Jumbo-Visma", "Wout van Aert"; and a bracketed word before a legal form is part of the name
        # ("Industrial Equity (Pacific) Ltd")
        between = gap.split() if gap else []
        particle = bool(between) and gap[0] == gap[-1] == " " and all(w in _PARTICLES for w in between)
        if gap in (" ", "-", "–") or particle or (gap in (" (", ") ") and _bracketed_form(s, t, gap)):
            out[-1] = (out[-1][0], at + len(t.text), UNTAGGED)
        else:
            out.append((at, at + len(t.text), UNTAGGED))
    # A run joined to a tagged name by a space, a possessive or an unspaced dash is part of it ("FIFA Men's World
    # Cup", "Jumbo–Visma").
    text = s.chunk.text
    between = lambda x, y: text[x - s.chunk.start : y - s.chunk.start] if x <= y else None  # noqa: E731
    joins = (" ", "'s ", "’s ", "-", "–")
    return [
        (a, b, label) for a, b, label in out
        if not any(between(b, c) in joins or between(d, a) in joins for c, d in tagged)
    ]  # fmt: skip


def _untagged_year(analysis: Analysis, s: _Sentence) -> list[tuple[int, int, str]]:
    """For a date question: a year the entity tagger left out, as the small pipeline may at a sentence's start
    ("2016 saw the release of the movie"), with the day and month written in figures before it ("Released
    09/02/2022"); not a number that counts the noun after it ("2016 people"), nor a sum.
    Parsed only when the sentence has such a year."""
    if "DATE" not in analysis.labels:
        return []
    tagged = [(a, b) for a, b, _ in s.chunk.entities]
    years = [
        m
        for m in _DATED_YEAR.finditer(s.text)
        if not any(a < s.start + m.end() and s.start + m.start() < b for a, b in tagged)
    ]
    if not years:
        return []
    counting = {t.idx for t in parse(s.text) if t.dep_ == "nummod"}
    return [(s.start + m.start(), s.start + m.end(), "DATE") for m in years if m.start() not in counting]


def _bracketed_form(s: _Sentence, t: Any, gap: str) -> bool:
    """Token `t` is a bracketed word a company's legal form follows ("(Pacific) Ltd"), or that form after it."""
    if gap == ") ":
        return t.lower_.rstrip(".") in _LEGAL_FORMS
    form = re.match(r"\)\s+([A-Za-z]+)", s.text[t.idx + len(t.text) :])
    return form is not None and form.group(1).lower() in _LEGAL_FORMS


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
        # A determiner makes it the noun the tagger may have missed ("her novel Flights": "novel" an adjective).
        noun = t.pos_ == "NOUN" or (t.i > 0 and doc[t.i - 1].pos_ in ("DET", "PRON"))
        if t.lemma_.lower() not in nouns or not noun or t.i + 1 >= len(doc):
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


# A participle a dash joins to the name that does it: "a Christopher Nolan-directed film".
_DONE_BY = re.compile(r"-([a-z]+ed)\b")


def _doer_of_another(analysis: Analysis, s: _Sentence, end: int) -> bool:
    """A name dashed to a participle does it to the noun that participle modifies ("The Ian Murray-skippered boat"),
    which may point back to what the question names, but not in a sentence that names that apart ("..., after its
    nearest rival, Zeus Two failed to finish": the boat is another), when the participle says the relation; the
    noun it modifies may be the asked name itself ("Miami-based Wallco": where Wallco is based)."""
    dashed = _DONE_BY.match(s.chunk.text, end - s.chunk.start)
    if not dashed or not any(_related(r, {dashed.group(1)}) for r in analysis.relation):
        return False  # "the Washington DC-based Center": where, not who did the asked
    after = s.chunk.text[dashed.end() : s.end - s.chunk.start].lstrip().lower()
    if any(after.startswith(n.lower()) for n in analysis.names):
        return False  # "Miami-based Wallco manufactures ...": the participle modifies the asked name itself
    return any(_called(n, s.words, s.text) for n in analysis.names)


def _reporter(analysis: Analysis, s: _Sentence, start: int) -> bool:
    """The name is who says what the sentence reports ("McReddie added", "Potts says the boy was left ..."), and
    the clause it reports says the relation while the name's own words do not ("Chairman John Smith said ..."
    titles him): the source of the statement, not what it states. Not for what the question asks was said."""
    if not analysis.relation or set(analysis.relation) & _SAYING:
        return False
    head = _name_at(s, start)
    if head is None or head.dep_ != "nsubj" or head.head.lemma_.lower() not in _SAYING:
        return False
    reported = [t for c in head.head.children if c.dep_ == "ccomp" for t in c.subtree]
    said, own = _lemmas_and_forms(reported), _lemmas_and_forms(head.subtree)
    return any(_related(r, said) for r in analysis.relation) and not any(_related(r, own) for r in analysis.relation)


def _agent_of_another(analysis: Analysis, s: _Sentence, start: int) -> bool:
    """The name at `start` is the agent of a passive participle that does not say the relation, in a sentence whose
    verb does ("Shovel Knight was reviewed using code provided by Yacht Club Games": it provided, not reviewed).
    Parsed only after "by"."""
    verb = _agent_of(s, start) if analysis.relation and _preceded(s, start, " by ") else None
    says = partial(_says_relation, analysis)
    return verb is not None and verb.tag_ == "VBN" and not says(verb) and any(map(says, verb.doc))


def _entities_mended(chunk: Chunk) -> list[tuple[int, int, str]]:
    """The chunk's entities, mended where the tagger cuts one: a place followed by ", " and the place that contains
    it made one (in English "Tampa, Florida" and "Mountain View, California" name one place, the city first); a
    date cut to its year given the month and day before it ("Released. Aug 12, 2022." is tagged "2022"); one that
    runs across a list's separator cut there ("Mulan · Eddie Murphy": no name holds a " · "); one cut at an
    unspaced dash made whole ("Jumbo–Visma" tagged "Jumbo"), and one the tagger ran into the participle a dash
    joins to it cut before it ("Ian Murray-skippered")."""
    out: list[tuple[int, int, str]] = []
    for start, end, label in _separated(chunk):
        if label == "DATE" and (
            day := _MONTH_DAY.search(chunk.text[max(0, start - chunk.start - 16) : start - chunk.start])
        ):
            start -= len(day.group())
        if label in NAME:
            start, end = _dashed(chunk, start, end)
            at, to = start - chunk.start, end - chunk.start
            if done := next((m for m in _DONE_BY.finditer(chunk.text, at, to) if m.end() == to), None):
                end = chunk.start + done.start()  # "The Ian Murray-skippered boat": the name, not what it did
        if out and out[-1][0] <= start and end <= out[-1][1]:
            continue  # the rest of a name an unspaced dash joined to the one before
        if out and label == "GPE" == out[-1][2] and chunk.text[out[-1][1] - chunk.start : start - chunk.start] == ", ":
            out[-1] = (out[-1][0], end, label)
        else:
            out.append((start, end, label))
    return out


def _untitled(text: str, common: frozenset[str]) -> int:
    """How much of a person's name is a title the tagger took into it ("Coroner Graeme Johnston said", capitalised
    as a name is at a sentence's start): a role noun, or a common word of the question ("Who is the coroner ...?")
    that a name follows."""
    title = re.match(r"([A-Z][a-z]+)\s+(?=[A-Z])", text)
    return title.end() if title and title.group(1).lower() in common | ROLE_NOUNS else 0


def _dashed(chunk: Chunk, start: int, end: int) -> tuple[int, int]:
    """The span widened over the words an unspaced dash joins to it."""
    at, to = start - chunk.start, end - chunk.start
    if to and chunk.text[to - 1].isalpha() and (after := _DASHED_ON.match(chunk.text, to)):
        end += after.end() - to
    if at < len(chunk.text) and chunk.text[at].isalpha() and (before := _DASHED_INTO.search(chunk.text[:at])):
        start -= at - before.start()
    return start, end


def _separated(chunk: Chunk) -> list[tuple[int, int, str]]:
    """The chunk's entities, each cut where a list's separator stands in it."""
    out: list[tuple[int, int, str]] = []
    for start, end, label in chunk.entities:
        at = start
        for gap in _SEPARATOR.finditer(chunk.text, start - chunk.start, end - chunk.start):
            out += [(at, chunk.start + gap.start(), label)] if chunk.start + gap.start() > at else []
            at = chunk.start + gap.end()
        out += [(at, end, label)] if end > at else []
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


def _in_asked_phrase(
    analysis: Analysis, s: _Sentence, answers: list[tuple[str, str, int]]
) -> list[tuple[str, str, int]]:
    """The sentence's answers that stand where the question asks: in the phrase of its qualifier (_qualified), after
    the preposition it strands (_directed), as the owner of what its "whose" determines (_owner), beside the noun
    it asks a name for (_in_apposition)."""
    answers = _directed(analysis, s, _qualified(analysis, s, answers))
    return _by_antecedent(analysis, s, _in_apposition(analysis, s, _owner(analysis, s, answers)))


def _by_antecedent(analysis: Analysis, s: _Sentence, answers: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
    """For who did it ("Who plays the titular hero in Shazam?"): a relative clause whose pronoun is its subject and
    that says the relation ("Zachary Levi (Chuck), who was recently cast to play the titular hero") says it of the
    name it follows; of a sentence's answers, that name (or one joined to it by "and"), when it is one; "Angel",
    who stars beside him, does not play the part."""
    if len(answers) < 2 or not _asked(analysis).doer:
        return answers
    related = partial(_says_relation, analysis)
    return _those(s, answers, lambda t: _said_by_relative(_first_conjunct(t), related))


def _said_by_relative(token: Any, related: Callable[[Any], bool]) -> bool:
    """A relative clause whose pronoun is its subject ("who was cast", "which follows") follows `token` and says
    the relation (_says: "who was cast to play ...")."""
    return any(
        c.dep_ == "relcl"
        and any(p.dep_ in ("nsubj", "nsubjpass") and p.tag_ in ("WP", "WDT") for p in c.children)
        and _says(c, related)
        for c in token.children
    )


def _owner(analysis: Analysis, s: _Sentence, answers: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
    """ "Whose N ...?" asks for whom N belongs to: of a sentence's answers, the owners of an N there ("the life and
    reign of Queen Elizabeth II", "Queen Elizabeth II's life"), when it has any."""
    nouns = _asked(analysis).possessed
    return _those(s, answers, partial(_owns, nouns=nouns)) if nouns else answers


def _owns(token: Any, nouns: frozenset[str]) -> bool:
    """`token` heads the possessive of, or the "of" phrase after, one of `nouns` (or a noun joined to one)."""
    if token.dep_ == "poss":
        owned = token.head
    elif token.dep_ == "pobj" and token.head.lower_ == "of":
        owned = token.head.head
    else:
        return False
    return owned.lemma_.lower() in nouns or (owned.dep_ == "conj" and owned.head.lemma_.lower() in nouns)


def _in_apposition(analysis: Analysis, s: _Sentence, answers: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
    """A name in apposition with the noun the question asks a name for is that noun's ("Carlos the pimp", "the
    pimp, Carlos", "Tim Cook, the CEO" for "What is the name of the pimp?", "Who is the CEO?"), and so is a name
    that ends in it when a name is asked ("Mirwais Hospital" for the hospital's; not "The Boring Company" alone of
    the companies Musk founded): of a sentence's answers, those, when it has any."""
    nouns = _asked(analysis).identified

    def stands(head: Any) -> bool:
        named = analysis.kind == "name" and head.lemma_.lower() in nouns
        return named or _apposed(head, nouns) or _introduced_as(head, nouns)

    return _those(s, answers, stands) if nouns else answers


def _those(
    s: _Sentence, answers: list[tuple[str, str, int]], stands: Callable[[Any], bool]
) -> list[tuple[str, str, int]]:
    """Of two or more answers, those whose name's head `stands` where the question asks, when any does; all of
    them when none does."""
    if len(answers) < 2:
        return answers
    kept = [a for a in answers if (t := _name_at(s, a[2])) is not None and stands(t)]
    return kept or answers


def _name_at(s: _Sentence, start: int) -> Any:
    """The head word of the name at article offset `start`, past an article the entity starts with ("The Kang
    Dynasty")."""
    token = _token_at(s, start)
    if token is not None and token.dep_ == "det" and token.head.i != token.i:
        token = token.head
    return _name_head(token) if token is not None else None


def _apposed(token: Any, nouns: frozenset[str]) -> bool:
    """`token`, or the first of the names it is joined to by "and", has one of `nouns` in apposition with it, or
    stands in apposition with one ("Jeffrey Webb and Jack Warner – the current and former presidents"). An
    apposition is set off by a comma, a dash or an article ("Carlos the pimp"); a name right after a noun is what
    that noun qualifies ("the best actress Oscar")."""
    token = _first_conjunct(token)
    beside = [c for c in token.children if c.dep_ == "appos"] + ([token.head] if token.dep_ == "appos" else [])
    return any(t.lemma_.lower() in nouns and t.pos_ == "NOUN" and _set_off(token, t) for t in beside)


def _introduced_as(token: Any, nouns: frozenset[str]) -> bool:
    """The name whose head is `token` follows one of `nouns` that compounds with it, as a common noun introduces
    a name of its kind ("accountancy firm Ernst and Young"); not a noun the name qualifies ("the best actress
    Oscar", which the parser reads as the noun's)."""
    token = _first_conjunct(token)
    return any(
        c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < token.i and c.lemma_.lower() in nouns
        for c in token.children
    )


def _set_off(a: Any, b: Any) -> bool:
    """Punctuation or an article stands between tokens `a` and `b`."""
    low, high = sorted((a.i, b.i))
    return any(t.is_punct or t.dep_ == "det" for t in a.doc[low + 1 : high + 1])


def _directed(analysis: Analysis, s: _Sentence, answers: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
    """A question that strands a preposition asks for its object ("Which city did the NFL move Super Bowl LV away
    from?"): of a sentence's answers, the objects of that preposition ("from Los Angeles to Tampa, Florida"), when
    it has any; a destination is not a source."""
    preposition = _asked(analysis).stranded
    if len(answers) < 2 or not preposition:
        return answers
    objects = [a for a in answers if (t := _token_at(s, a[2])) is not None and _object_of(t, preposition)]
    return objects or answers


def _object_of(token: Any, preposition: str) -> bool:
    """`token` heads, or is part of, the object of `preposition` ("Los Angeles" in "from Los Angeles")."""
    token = _phrase_top(token)
    return token.dep_ == "pobj" and token.head.lower_ == preposition


def _qualified(analysis: Analysis, s: _Sentence, answers: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
    """For a date or a figure: a sentence that pairs its values with several phrases ("released worldwide on April
    20, 2018, for the PlayStation 4, and for Windows (PC) through Steam on January 14, 2022") gives the asked one in
    the phrase that holds a name the question qualifies it by ("When did God of War come out on Steam?"): the
    value whose preposition hangs where that name's does. The others are another phrase's; all are kept when no
    such name is in the sentence, once, or no value hangs with it."""
    if analysis.kind not in ("date", "number") or len(answers) < 2:
        return answers
    doc = parse(s.text)
    # A name said once, in a phrase that singles out some of the values (_phrase_head).
    said = Counter(t.lower_ for t in doc)
    named = _asked(analysis).named
    heads = {
        h
        for t in doc
        if t.lower_ in named
        and said[t.lower_] == 1
        and (h := _hung_from(t)) is not None
        and _phrase_head(doc[h], named)
    }
    kept = [a for a in answers if (t := _token_at(s, a[2])) is not None and _hung_from(t) in heads]
    return kept or answers


def _phrase_head(token: Any, named: frozenset[str]) -> bool:
    """A word a phrase of the question's name may single out values by: no verb, whose phrases are all its
    clause's, nor a word of the name, whose phrase is the name's own ("of War" in "God of War")."""
    return token.pos_ not in ("VERB", "AUX") and token.lower_ not in named


def _hung_from(token: Any) -> int | None:
    """The index of the word the prepositional phrase holding `token` hangs from ("Steam" in "for Windows through
    Steam" and "January" in "for Windows ... on January 14": both "for"), or None outside one."""
    token = _phrase_top(token)
    return token.head.head.i if token.dep_ == "pobj" and token.head.head.i != token.head.i else None


def _phrase_top(token: Any) -> Any:
    """The head of the noun phrase `token` is a word of ("Los" -> "Angeles", "14" -> "January")."""
    while token.dep_ in ("compound", "nummod", "appos", "amod", "nmod", "npadvmod") and token.head.i != token.i:
        token = token.head
    return token
