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

The modules, each importing only those before it: sentences (the passages as sentences, and the word tests every
rule shares), asked (what the question asks), meets (whether a sentence meets it), spans (the answers a sentence
holds), rank (the candidates scored); this one finds them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import partial
from itertools import accumulate
from typing import TYPE_CHECKING, Any

from assistant.candidates.asked import _asked
from assistant.candidates.meets import (
    _YEAR,
    _anchored,
    _appointed_otherwise,
    _asks_where_based,
    _context,
    _continues,
    _counted,
    _cut_at_verb,
    _dateline,
    _denies,
    _described,
    _described_otherwise,
    _elided,
    _figure_alone,
    _keyed,
    _keys_relation,
    _label,
    _leads_another,
    _left_office,
    _meets,
    _mentioned,
    _of_place,
    _owned_otherwise,
    _ranked_otherwise,
    _record_key,
    _record_key_of,
    _record_value,
    _spoken_of,
    _title,
    _titled_otherwise,
)
from assistant.candidates.rank import (
    _ROLE_BONUS,
    Candidate,
    _alias,
    _among,
    _at_a_branch,
    _by_role,
    _canonical,
    _clause_terms,
    _evidence,
    _marked,
    _names_a_thing,
    _relevance,
    _specificity,
    _spelling,
)
from assistant.candidates.sentences import (
    _LEGAL_FORMS,
    _SINCE_YEAR,
    _called,
    _first_conjunct,
    _folded,
    _key,
    _located,
    _people,
    _related,
    _says_related,
    _says_relation,
    _Sentence,
    _sentences,
    _words,
)
from assistant.candidates.spans import (
    UNTAGGED,
    _agent_of_another,
    _answers,
    _distance,
    _doer_of_another,
    _field_key,
    _in_asked_phrase,
    _respective,
)
from assistant.evidence import HE_OR_SHE
from assistant.question import DATE, NUMBER, noun_kind
from index.annotate import annotate, parse
from index.text import date_line as _dated
from index.text import is_question

if TYPE_CHECKING:
    from assistant.question import Analysis
    from index.embed import Embedder
    from index.types import Hit

__all__ = ["Candidate", "Findings", "conjoined", "find", "situated"]

_FIELD = re.compile(r"[^\W\d]\w*(\s\w+){0,2}:\s\w")  # a record's field, on a line of its own
# Fewer words than this make a heading, a date line or a label, not a statement.
_LEAST_WORDS = 4
# MiniLM similarity to the question below which a sentence is off its topic (unrelated pairs score ~0.1-0.2).
_ON_TOPIC = 0.25
# What the uncertainty of an untagged proper noun's kind costs it.
_UNTAGGED_COST = 0.1
# How far back a sentence's names reach in its paragraph, in words: about three sentences of news.
_REACH_BACK = 60


@dataclass(frozen=True)
class Findings:
    candidates: list[Candidate]
    mentioned: list[str]
    """The question's names and years that the retrieved passages do mention, for saying what is missing."""


def find(analysis: Analysis, hits: Sequence[Hit], embedder: Embedder) -> Findings:
    """Candidates of the wanted kind from sentences that meet the question's constraints, best first."""
    annotate([h.chunk for h in hits])
    sentences = _sentences(hits, since=bool(_SINCE_YEAR.search(analysis.text)))
    found = _not_at_a_branch(analysis, sentences, _found(analysis, sentences))
    if not found:
        return Findings([], _mentioned(analysis, sentences))
    relevance = _relevance(analysis.text, [_read(s, ctx, sentences) for s, *_, ctx in found], embedder)
    names = _canonical([(text, label) for _, text, label, _, _ in found], _people(sentences))
    votes = Counter(names[_key(text)] for _, text, _, _, _ in found)
    terms, kind_nouns = set(analysis.terms), _asked(analysis).kind_nouns
    said_in: dict[tuple[str, int], set[str]] = {}  # each paragraph's own words, without its article's title
    for x in sentences:
        said_in.setdefault(x.paragraph, set()).update(x.words)
    ranked: dict[str, Candidate] = {}
    said: dict[str, list[tuple[float, str, str]]] = {}  # each answer's sentences, with the words it has there
    spelled: dict[str, str] = {}
    spellers: dict[str, Candidate] = {}  # each answer from the best sentence that spells it as it is named
    for (s, text, label, distance, context), rel in zip(found, relevance, strict=True):
        if not _on_topic(analysis, s, at := s.start + s.text.find(text), rel, context):
            continue  # meets the letter of the question, not its topic
        name = names[_key(text)]
        score = (
            rel + 0.1 * min(votes[name], 3) - 0.002 * min(distance, 100)
            + 0.1 * _specificity(text, analysis) + 0.05 * len(terms & s.lemmas)
            - 0.1 * _dated_by_title(analysis, s, said_in) - (_UNTAGGED_COST if label == UNTAGGED else 0.0)
            - (_ROLE_BONUS if analysis.kind == "date" and _names_a_thing(s, text) else 0.0)
            + 0.1 * bool(kind_nouns & set(_words(text)))  # "Which team ...?": "UAE Team Emirates" says it is one
            + 0.05 * _clause_terms(analysis, s, text, found)
            - 0.2 * (_owned_otherwise(analysis, s, at) + _left_office(analysis, s, at))  # another's, or no more
        )  # fmt: skip
        said.setdefault(name, []).append((score, text, s.text))
        if _key(text) == _key(name) and (name not in spellers or score > spellers[name].score):
            spellers[name] = Candidate(
                name, label, _evidence(s, rel), _evidence(context, rel) if context else None, score, votes[name]
            )
        best = ranked.get(name)
        if best is None or score > best.score:
            evidence = _evidence(s, rel)
            ctx = _evidence(context, rel) if context else None
            ranked[name] = Candidate(name, label, evidence, ctx, score, votes[name])
            spelled[name] = _spelling(text, name, label)
    if not ranked:  # every answer was off the topic: the message still says what the passages mention
        return Findings([], _mentioned(analysis, sentences))
    best = _by_role(analysis, sorted(ranked.values(), key=lambda c: -c.score), said)
    # Each answer as its quote spells it ("6–4" there, "6-4" in another passage), with another name a sentence
    # gives it ("Meta Platform, an American company whose former name is Facebook"): either may be asked for.
    marked = _marked(sentences)
    spelled_out = [_as_spelled(c, spelled[c.text], spellers.get(c.text)) for c in best]
    return Findings([replace(c, **_alias(c.text, marked)) for c in spelled_out], [])


# A question asserts nothing, but one asking how or why something came about presupposes it: "How did 2,300 ...
# warheads come to be stored on a Canadian businessman's facility?" says they were stored there.
_PRESUPPOSING = re.compile(r"^\W*(how|why) (did|do|does|was|were|is|are|has|have|had) ", re.I)


def _on_topic(analysis: Analysis, s: _Sentence, at: int, rel: float, context: _Sentence | None) -> bool:
    """On the question's topic by MiniLM, or titled by the asked role in a sentence that, with its `context` (the
    neighbour before or after it that gives the names it lacks, _context), names the asked names: a short one
    MiniLM scores low ("Pakistan Foreign Minister Abdul Sattar warned that the dispute was growing dangerously
    tense", 0.20; "Sony has announced that God of War will be released ... In a post on the PlayStation Blog,
    director Cory Barlog ...", 0.24; "... director Garry Marshall and screenwriter J. F. Lawton. PRETTY WOMAN: THE
    MUSICAL ...") says the relation of the answer in so many words."""
    if _asks_where_based(analysis) and _of_place(analysis, s, at):
        return True  # "to <Sedio N.V.> of Lugano, Switzerland for 50,000 dlrs" (0.20) says where Sedio is
    said = [x for x in (s, context) if x is not None]
    return rel >= _ON_TOPIC or (
        _title(analysis, s, at) is not None
        and all(any(_called(n, x.words, x.text) for x in said) for n in analysis.names)
    )


def _dated_by_title(analysis: Analysis, s: _Sentence, said_in: dict[tuple[str, int], set[str]]) -> bool:
    """Only the article's title states the question's years, not the sentence's paragraph: "Now, Faker is the only
    player ... to win four titles" under "T1 are your Worlds 2023 champions!" may be of another year."""
    years = [y for y in analysis.years if _YEAR.match(y)]
    return bool(years) and not all(y in said_in[s.paragraph] for y in years)


def _labelled(
    analysis: Analysis, s: _Sentence, window: list[_Sentence], record: tuple[_Sentence, str] | None
) -> tuple[bool, _Sentence | None]:
    """Whether the sentence can state an answer, and what labels it. A flattened record's value states one when
    the key before it says the relation, and is labelled by it ("Bill Collage · Adam Cooper ; Producers." after
    "; Screenwriters." names no producer). A short one ("Location: Bristol, Connecticut." is no short one) only
    as a labelled name or a keyed value: otherwise it is a heading or a date line ("Jun 20, 2023 ...")."""
    if record is not None:
        keyed = _keys_relation(analysis, record[1])
        return keyed, record[0] if keyed else None
    if len(s.words) < _LEAST_WORDS and not _FIELD.match(s.text):
        role = _label(analysis, s, window) or _keyed(analysis, s, window) or _counted(analysis, s, window)
        return role is not None, role
    return True, None


def _read(s: _Sentence, context: _Sentence | None, sentences: list[_Sentence]) -> str:
    """What a sentence is judged on the topic by: a labelled name, or a record's field on a line of its own, with
    its neighbour; a flattened record's value with its key and the record's title, the first field of its line
    ("Who's making Assassin's Creed: Crew List Producers. Jean-Julien Baronnet"); one that opens with "he" or "she"
    with the sentence before it, which names whom it speaks of."""
    record = _record_key(s, [context]) if context is not None and context.paragraph == s.paragraph else None
    if record is not None:
        title = next(x for x in sentences if x.paragraph == s.paragraph)
        return f"{_record_value(title.text)} {record[1]}. {_record_value(s.text)}"
    if HE_OR_SHE.match(s.text) and (
        before := [x for x in sentences if x.paragraph == s.paragraph and x.end <= s.start]
    ):
        return f"{before[-1].text} {s.text}"  # "Shuntaro Furukawa is ... He is the sixth and current president of"
    return f"{s.text} {context.text}" if context and len(s.words) < _LEAST_WORDS else s.text


def _gathered(sentences: list[_Sentence]) -> tuple[dict[tuple[str, int], set[str]], dict[str, set[str]]]:
    """The words each sentence's names may come from, and each article's, gathered once for all their sentences:
    its article's title and outlet, its paragraph's years, and its paragraph within reach. A paragraph of news is
    a few sentences; one of many (a passage with no paragraph marks, a bulletin of several items: "Meanwhile, ...
    Hewitt ... beat Switzerland" in a story of Spain's win) names what a sentence speaks of in the sentences just
    before it or the next one, a person's whole name where the surname is. A title that is the article's first
    sentence (no headline given) is a sentence."""
    reach: dict[tuple[str, int], set[str]] = {}
    articles: dict[str, set[str]] = {}
    by_paragraph: dict[tuple[str, int], list[_Sentence]] = {}
    people: dict[tuple[str, int], list[list[str]]] = {}  # each sentence's people, as words
    named: dict[tuple[str, str], set[str]] = {}  # (article, surname) -> the whole names' words
    firms: dict[tuple[str, int], list[list[str]]] = {}  # each sentence's organisations, as words
    for x in sentences:
        by_paragraph.setdefault(x.paragraph, []).append(x)
        people[(x.chunk.doc_id, x.start)] = [_words(p) for p in _people([x])]
        for parts in people[(x.chunk.doc_id, x.start)]:
            if len(parts) > 1:
                named.setdefault((x.chunk.doc_id, parts[-1]), set()).update(parts)
        firms[(x.chunk.doc_id, x.start)] = [_words(o) for o in _people([x], "ORG")]
    in_full: dict[str, list[list[str]]] = {}  # article -> its companies named in full, with their legal form
    for (doc, _), names in firms.items():
        in_full.setdefault(doc, []).extend(n for n in names if len(n) > 1 and n[-1] in _LEGAL_FORMS)
    for paragraph in by_paragraph.values():
        years = {w for y in paragraph for w in y.words if _YEAR.match(w)}  # a date line dates its paragraph
        counts = list(accumulate((len(y.words) for y in paragraph), initial=0))
        for i, x in enumerate(paragraph):
            title = "" if x.chunk.title.endswith(".") else x.chunk.title  # a headline ends with no full stop
            near_by = paragraph[bisect_left(counts, counts[i] - _REACH_BACK, 0, i) : i + 2]
            near = set(_words(f"{title} {x.chunk.outlet}")).union(years, *(y.words for y in near_by))
            # News names a person in full once, then by the surname: a surname said as a person within reach
            # ("Reid is charged"), not as a word of another name ("the Doak Walker Award"), says the whole name.
            surnames = {ws[0] for y in near_by for ws in people[(y.chunk.doc_id, y.start)] if len(ws) == 1}
            # So is a company, by its registered name, then by its first words ("Exco Chairman Richard Lacy" after
            # "Exco International Plc").
            short = [ws for y in near_by for ws in firms[(y.chunk.doc_id, y.start)]]
            whole = [
                n
                for n in in_full.get(x.chunk.doc_id, ())
                if any(len(ws) < len(n) and n[: len(ws)] == ws for ws in short)
            ]
            reach[(x.chunk.doc_id, x.start)] = near.union(
                *(named.get((x.chunk.doc_id, w), ()) for w in surnames), *whole
            )
            articles.setdefault(x.chunk.doc_id, set()).update(near)
    _dated_by_article(sentences, reach)
    return reach, articles


def _dated_by_article(sentences: list[_Sentence], reach: dict[tuple[str, int], set[str]]) -> None:
    """An article that names one year and no other (anywhere, `Chunk.years`) is of that year, and so is each of
    its paragraphs: "Doak Walker Award for best running back: Bryce Love" in a collection on the 2017 college
    football awards. Added to the words each sentence's names may come from."""
    for x in sentences:
        if len(x.chunk.years) == 1:
            reach[(x.chunk.doc_id, x.start)].add(x.chunk.years[0])


def _referent(analysis: Analysis, s: _Sentence, window: list[_Sentence]) -> tuple[str, str, int, _Sentence] | None:
    """For "who": a sentence whose subject is "he" or "she", of a verb that says the relation, speaks of the one
    person the sentence before it names ("Doug Spencer Bowser is ... of Nintendo of America. He succeeded Reggie
    Fils-Aimé as president"), or whom the copula gives the role ("... misstated Shaygan Kheradpir's title. He is
    Chief Information Officer for Verizon Communications."): that person answers, quoted with the sentence that
    names them. Parsed only then."""
    before = [x for x in window if x.end <= s.start]
    if analysis.kind != "person" or not before or not HE_OR_SHE.match(s.text):
        return None
    named = {w for n in analysis.names for w in _words(n)}
    # One word in capitals is an abbreviation the tagger took for a person ("7:05 a.m. PDT"), not whom "he" means.
    people = {p for p in _people(before[-1:]) if not set(_words(p)) & named and not (p.isupper() and " " not in p)}
    subject = parse(s.text)[0]
    verb = subject.head
    # "He is Chief Information Officer for Verizon": the copula gives him the role its complement says.
    role = verb.lemma_ == "be" and any(
        _related(r, {t.lemma_.lower() for t in c.subtree})
        for c in verb.children
        if c.dep_ == "attr"
        for r in analysis.relation
    )
    if len(people) != 1 or subject.dep_ != "nsubj" or not (_says_relation(analysis, verb) or role):
        return None
    return people.pop(), "PERSON", 0, before[-1]


def _held(analysis: Analysis, s: _Sentence, people: frozenset[str], role: _Sentence | None) -> list[Any]:
    """The answers the sentence holds; a labelled figure the tagger left untagged ("11. Goals.") is one."""
    answers = (
        [] if _denies(analysis, s) or _cut_at_verb(s) or _leads_another(analysis, s) else _answers(analysis, s, people)
    )
    answers = [
        a
        for a in answers
        if not _doer_of_another(analysis, s, a[2] + len(a[0])) and not _agent_of_another(analysis, s, a[2])
    ]
    if not answers and role is not None and (figure := _figure_alone(s.text)):
        return [(figure, "CARDINAL", s.start)]
    return answers


def _not_at_a_branch(analysis: Analysis, sentences: list[_Sentence], found: list[Any]) -> list[Any]:
    """The answers found, less the people named as officers of a branch or of another company (_at_a_branch)."""
    if not (elsewhere := _at_a_branch(analysis, sentences)):
        return found
    return [
        (s, text, label, *rest)
        for s, text, label, *rest in found
        if not (label == "PERSON" and _among(text, elsewhere))
    ]


def _unplaced(analysis: Analysis, s: _Sentence, text: str, at: int, said_here: bool) -> bool:
    """For "where" in a sentence that does not say the relation itself, an answer the sentence does not place
    ("Argentina v France | Final" beside "Mbappe's best plays": a team, nowhere; "Location: Bristol, Connecticut."
    is a place). "Which country does Memphis Depay play for?" asks whose, not where: any country it names is
    placed."""
    if said_here or not analysis.relation or analysis.kind != "place":
        return False
    return not (
        _asked(analysis).affiliation
        or _located(s, at)
        or _of_place(analysis, s, at)
        or analysis.kind in map(noun_kind, _field_key(s, at, at + len(text)) or ())
    )


def _as_spelled(c: Candidate, text: str, speller: Candidate | None) -> Candidate:
    """The answer spelled `text`. When its best sentence spells a date or a figure otherwise ("on 19th October" for
    "Oct 19, 2021", which a date line gives), it is quoted from the best sentence that spells it so: the headline's
    year is its quotes'. A name's surname says the name."""
    quoted = [x.quote for x in (c.evidence, c.context) if x is not None]
    if speller is None or c.label not in DATE | NUMBER or any(text in q for q in quoted):
        return replace(c, text=text)
    return replace(c, text=text, evidence=speller.evidence, context=speller.context)


def conjoined(analysis: Analysis, chosen: Candidate, candidates: Sequence[Candidate]) -> Candidate:
    """The chosen answer with the other answers conjoined with it in the sentence that states it, worded as that
    sentence words them ("founded ... by Jan Koum and Brian Acton", "co-founded Tesla, SpaceX, Neuralink and The
    Boring Company"): they share its role. Not when the question asks for one thing ("Which company ...?", "Who
    is the CEO ...?"), nor for a date or a figure."""
    quote = chosen.evidence.quote
    if analysis.kind in ("date", "number") or chosen.text not in quote or _asked(analysis).one:
        return chosen
    context = chosen.context
    if context is not None and context.end <= chosen.evidence.start and _record_key_of(context.quote):
        # A flattened record's value lists what its key labels ("Screenwriters. Bill Collage · Adam Cooper ;").
        value = _record_value(quote)
        at = sorted((value.index(c.text), c.text) for c in candidates if c.label == chosen.label and c.text in value)
        if len(at) < 2 or chosen.text not in value:
            return chosen
        return replace(chosen, text=value[at[0][0] : at[-1][0] + len(at[-1][1])])
    doc = parse(quote)

    def head(text: str) -> Any:  # the token that ends the answer's first mention in the quote
        end = quote.index(text) + len(text)
        return next((t for t in doc if t.idx < end <= t.idx + len(t.text)), None)

    first = head(chosen.text)
    first = _first_conjunct(first) if first is not None else None
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
    Stadium" says "Raymond James Stadium, Tampa Bay, Florida"; the venue alone leaves out where it is. A place
    that possesses another ("South Australia's Spencer Gulf") is said with it, either one chosen: the possessor
    says where the other is, and alone it leaves out which part of it."""
    quote = chosen.evidence.quote
    if analysis.kind != "place" or chosen.text not in quote:
        return chosen
    for other in (c.text for c in candidates if c.text != chosen.text and c.text in quote):
        for a, b in ((other, chosen.text), (chosen.text, other)):
            if found := re.search(rf"(?<!\w){re.escape(a)}['’]s {re.escape(b)}\b", quote):
                return replace(chosen, text=found.group())
    if chosen.label != "FAC":
        return chosen
    venue = re.escape(chosen.text)
    for town in (c.text for c in candidates if c.label in ("GPE", "LOC") and c.text in quote):
        place = re.escape(town)
        if found := re.search(rf"{venue}(,? in |, ){place}\b", quote):
            return replace(chosen, text=found.group())
        if re.search(rf"\bin {place},? at (the )?{venue}", quote):
            return replace(chosen, text=f"{chosen.text}, {town}")
    return chosen


def _found(analysis: Analysis, sentences: list[_Sentence]) -> list[tuple[_Sentence, str, str, int, _Sentence | None]]:
    """(sentence, answer, label, distance to the relation, context) for each answer the sentences that meet the
    question hold; a bare name's context is the bare role after it, a flattened record's value's its key."""
    paragraphs, articles = _gathered(sentences)
    found: list[tuple[_Sentence, str, str, int, _Sentence | None]] = []
    labelled: dict[tuple[str, int], _Sentence] = {}  # a bare name -> the bare role after it
    people = frozenset(map(_folded, _people(sentences)))
    anchored = partial(_anchored, people=people)
    for i, s in enumerate(sentences):
        window = [x for x in sentences[max(0, i - 1) : i + 2] if x.paragraph == s.paragraph]
        record = _record_key(s, window) if analysis.relation else None
        states, role = _labelled(analysis, s, window, record)
        if not states:
            continue
        if role is not None:
            labelled[(s.chunk.doc_id, s.start)] = role
        # A question asserts nothing ("What would a Christopher Nolan-directed version of 'The Avengers' look like?").
        words = paragraphs[(s.chunk.doc_id, s.start)]
        article = articles[s.chunk.doc_id]
        if any(f(analysis, s, words, article) for f in (_continues, anchored, _elided, _described)) or _spoken_of(
            analysis, s, sentences, people
        ):
            words = words | {w for n in analysis.names for w in _words(n)}  # the subject's names, not its years
        if (is_question(s.text) and not _PRESUPPOSING.match(s.text)) or not _meets(analysis, s, window, words):
            continue
        context = labelled.get((s.chunk.doc_id, s.start)) or _context(analysis, s, window)
        answers = _held(analysis, s, people, role)
        if record is not None:  # the value the key labels, not the next field's
            answers = [a for a in answers if a[2] < s.start + len(_record_value(s.text))]
        answers = _in_asked_phrase(analysis, s, answers)
        if not answers and (referent := _referent(analysis, s, window)):
            found.append((s, *referent))
        dateline = None if answers else _dateline(analysis, s, window)
        if dateline:
            found.append((s, _dated(dateline.text), "DATE", 100, dateline))
        said_here = _says_related(analysis, s)
        for text, label, at in _respective(analysis, s, window, answers):
            if _titled_otherwise(analysis, s, at, said_here) or _ranked_otherwise(analysis, s, at):
                continue  # "... is Delaware's 2020 State Teacher of the Year. Governor John Carney made the ..."
            if _described_otherwise(analysis, s, at):
                continue  # "race marshall Graham Beveridge" is whose death the coroner investigates
            if _appointed_otherwise(analysis, s, at + len(text)):
                continue  # "with Hamid Karzai as Prime Minister" for the defence minister
            if _unplaced(analysis, s, text, at, said_here):
                continue
            found.append((s, text, label, _distance(analysis, s, at), context))
    return found
