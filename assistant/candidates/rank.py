"""The candidates ranked: one per answer, scored on relevance, votes and role, the doer of the relation first."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from assistant.candidates.asked import _asked
from assistant.candidates.constructions import _slot
from assistant.candidates.sentences import (
    _acted_on,
    _entity_text,
    _folded,
    _governing_verb,
    _key,
    _lemmas_and_forms,
    _mentions,
    _name_head,
    _related,
    _says,
    _Sentence,
    _token_at,
    _words,
)
from assistant.candidates.spans import _LIST_NAME, _said_by_relative
from assistant.question import (
    LIGHT_VERBS,
    ROLE_NOUNS,
)
from assistant.types import Evidence
from index.annotate import parse
from index.text import STOP_WORDS
from index.text import YEAR_IN as _YEAR_IN
from index.text import month_day as _day

if TYPE_CHECKING:
    from assistant.question import Analysis
    from index.embed import Embedder

# Closed class: the words that give a name another one ("whose former name is", "formerly", "also known as").
_ALIAS = re.compile(
    r"\b(whose (former|previous) name (is|was)|formerly( known as| called)?|previously (known as|called)|"
    r"renamed from|also known as)\s+",
    re.I,
)
_NAMES = frozenset("PERSON ORG GPE PRODUCT WORK_OF_ART FAC".split())
# Closed class: what follows a surname without being a name ("Joseph R. Biden Jr.").
_NAME_SUFFIXES = frozenset("jr sr ii iii iv".split())
# How a phrase modifies a noun: as a compound, a number, an adjective or a possessive.
_MODIFIER_DEPS = frozenset("compound nmod nummod amod poss".split())
# How many of the best candidates are parsed for their role, and what being the doer is worth.
_PARSED = 6
_READ = 3
_ROLE_BONUS = 0.15


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


def _at_a_branch(analysis: Analysis, sentences: list[_Sentence]) -> list[list[str]]:
    """For a role in a named organisation ("Who is the CEO of Nintendo?"), the persons a sentence places beside a
    body whose name is the asked one narrowed by "of" ("Doug Bowser, president of Nintendo of America"): a
    branch is another organisation, and its officer is not the asked one's, whatever a looser mention says
    ("Nintendo's CEO Doug Bowser"). Each person as the words of the name."""
    if analysis.kind != "person" or not analysis.relation or not analysis.names:
        return []
    branches, asked = tuple(f"{_folded(n)} of " for n in analysis.names), _folded(analysis.text)
    out = []
    for s in sentences:
        spans = [(a, b, label) for a, b, label in s.chunk.entities if s.start <= a < s.end]
        orgs = [_folded(_entity_text(s.chunk, a, b)) for a, b, label in spans if label == "ORG"]
        if any(o.startswith(branches) and o not in asked for o in orgs):  # unless the branch is the one asked about
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
    if _asked(analysis).acted_on and (
        acted := {c.text for c in head if any(_is_acted_on(text, parse(q), related) for _, text, q in best[c.text])}
    ):
        return _with_bonus(head, acted) + ranked[_PARSED:]  # "Who did Alito succeed?": "to succeed ... O'Connor"
    if slot := _slot(analysis):
        # The construction the relation is read from places its answer ("Eddie Murphy as Mushu" beside others who
        # played others, "Wout van Aert (Jumbo-Visma)", "a goal by Mario Götze").
        doers = {c.text for c in head if any(slot(text, parse(q)) for _, text, q in best[c.text])} or doers
    # Nobody does the asked verb: one its agent noun titles does ("best director Damien Chazelle" directed). Not
    # for a role noun asked as itself: "best actress Oscar" names an award.
    titled = lambda: {c.text for c in head if any(_titled(t, parse(q), related) for _, t, q in best[c.text])}  # noqa: E731
    if not doers and set(analysis.relation) - ROLE_NOUNS:
        doers = titled()
    # "Who is the King of the Gerudo Thieves?": the name the sentence sets beside what the question describes.
    if not doers and analysis.kind == "person":
        asked = _asked(analysis).named
        doers = {c.text for c in head if any(_equated(text, parse(quote), asked) for _, text, quote in best[c.text])}
    # "Who is the deputy leader of X?": the one the asked role titles ("met with deputy leader Aden Ridgeway"),
    # not the doer of another verb in the sentence ("Senator Bartlett met").
    if not doers and analysis.kind == "person" and analysis.relation and set(analysis.relation) <= ROLE_NOUNS:
        doers = titled()
    # No candidate does the asked verb: the doer of any verb is the likelier answer, but not for "where" (the
    # match "was contested by France and Croatia" at the stadium).
    if not doers and analysis.kind != "place":
        doers = {c.text for c in head if any(_is_doer(text, parse(quote)) for _, text, quote in best[c.text])}
    return _with_bonus(head, doers) + ranked[_PARSED:]


def _with_bonus(head: list[Candidate], chosen: set[str]) -> list[Candidate]:
    """The best few reordered with the role bonus for the `chosen` answers."""
    bonus = [_ROLE_BONUS if c.text in chosen else 0.0 for c in head]
    return [h for _, h in sorted(zip(bonus, head, strict=True), key=lambda x: -(x[1].score + x[0]))]


def _is_acted_on(text: str, doc: Any, related: Callable[[Any], bool]) -> bool:
    """`text` names what a verb that says the relation acts on ("to succeed the retiring Justice Sandra Day
    O'Connor"), as a question whose wh-word is the verb's object asks ("Who did Samuel Alito succeed?")."""
    heads = [_name_head(m, through_nouns=True) for m in _mentions(text, doc)]
    verbs = lambda h: [h.head, *(c for c in h.children if c.dep_ == "relcl")]  # noqa: E731  ("X, which was bought")
    return any(v.pos_ == "VERB" and h in _acted_on(v) and related(v) for h in heads for v in verbs(h))


@lru_cache(maxsize=512)
def _taken(question: str) -> frozenset[str]:
    """What a light verb of the question takes ("title" in "Who took the women's title?")."""
    verbs = [t for t in parse(question) if t.pos_ == "VERB" and t.lemma_.lower() in LIGHT_VERBS]
    return frozenset(c.lemma_.lower() for v in verbs for c in v.children if c.dep_ == "dobj" and c.pos_ == "NOUN")


def _named_by(token: Any) -> set[str]:
    """A word's lemma, with its modifiers' for a noun: "chief executive officer" is said by "officer"."""
    modifiers = {c.lemma_.lower() for c in token.children if c.dep_ in ("amod", "compound")}
    return {token.lemma_.lower()} | (modifiers if token.pos_ in ("NOUN", "PROPN") else set())


def _naming(participle: Any) -> list[Any]:
    """The nouns a participle ("named") that gives a name describes: the noun it modifies, climbing the parser's
    misattachment to a prepositional object ("a woman with bangs named ..."), and the noun that one stands in
    apposition to ("boss, a serious woman ...")."""
    noun = participle.head
    while noun.dep_ in ("pobj", "prep") and noun.head is not noun:
        noun = noun.head
    return [noun, noun.head] if noun.dep_ == "appos" else [noun]


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
    subject is one of the words for the asked thing, `itself` ("The film stars Julia Roberts"), or as the name a
    relative clause that says it follows."""
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
        if related is not None and _said_by_relative(head, related):
            return True  # "Zachary Levi, who was cast to play the titular hero"
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
    a verb; or the noun "named" or "called" gives the name to ("Google's human resources boss, a serious woman
    with bangs named Stacey Sullivan")."""
    words = set(_words(text))
    for token in _mentions(text, doc):
        if not token.i:
            continue
        title = doc[token.i - 1]
        lower = title.lower_
        if lower in ("named", "called") and title.dep_ == "acl" and any(map(related, _naming(title))):
            return True
        agent = lower in ROLE_NOUNS or lower.endswith(("er", "or"))
        if lower not in words and title.is_lower and agent and related(title):
            return True
    return False


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


def _spelling(text: str, name: str, label: str) -> str:
    """How the answer `name` is said where its best sentence says `text`: a full name as the quote says it ("Doug
    Bowser", not "Doug Spencer Bowser"); a surname alone, or with an initial, in full ("Biden": "Joe Biden")."""
    words = _words(text)
    full = label == "PERSON" and bool(words) and _full_name_of(text, words[-1])
    return text if _key(text) == _key(name) or full else name


def _full_name_of(name: str, word: str) -> bool:
    """`name` is a full name (two or three words, none an initial) whose first or last word is `word`."""
    parts = [p for p in name.split() if p.lower().rstrip(".") not in _NAME_SUFFIXES]
    if not 2 <= len(parts) <= 3 or any(len(p.rstrip(".")) < 2 or p.endswith(".") for p in parts):
        return False
    said = _words(" ".join(parts))
    return word in (said[0], said[-1])


def _clause_terms(analysis: Analysis, s: _Sentence, text: str, found: Sequence[tuple[Any, ...]]) -> int:
    """How many of the question's other words the clause that says `text` holds: the words whose nearest verb is
    the one `text` hangs from, not a clause's inside it ("Since 1975, 28 women have been ranked No. 1 by the WTA,
    of which 15 have been year-end No. 1": "year-end" is in 15's clause, not 28's); one more when the sentence
    pairs `text` with the question's year, as many figures as years, in order. Read for a figure or a date that
    shares its sentence with another of the answers `found` ((sentence, text, ...) each), which only its clause
    tells apart."""
    if analysis.kind not in ("date", "number") or sum(x is s for x, *_ in found) < 2:
        return 0
    at = s.text.find(text)
    token = _token_at(s, s.start + at) if at >= 0 else None
    if token is None:
        return 0
    verb = _governing_verb(token).i  # tokens are made afresh on each access: compared by index
    clause = [t for t in token.doc if _governing_verb(t).i == verb]
    said = len(set(analysis.terms) & _lemmas_and_forms(clause))
    # As many figures as years pair in order ("from two for the 1988 games to twelve for the 2004 games").
    years = [m.group() for m in _YEAR_IN.finditer(s.text)]
    figures = sorted({s.text.find(t) for x, t, *_ in found if x is s and t not in years} - {-1})
    paired = len(figures) == len(years) and at in figures and years[figures.index(at)] in analysis.years
    return said + paired


def _specificity(text: str, analysis: Analysis) -> int:
    """A date with day, month and year says more than a month or a year alone."""
    if analysis.kind != "date":
        return 0
    return len(re.findall(r"\d+", text)) + bool(re.search(r"[A-Za-z]{3}", text))


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
