"""Verify stage: an offline support judge for answer sentences, and the answerability gate.

A sentence is supported by a quote when (1) they are semantically close (cosine of the bundled
embedder >= `support_threshold`), (2) every number, date and named entity in the sentence
appears in the quote, and (3) where both say who did something ("produced by X"), they name the
same doer. Thresholds are calibrated on eval/datasets/articles.jsonl (see README).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

import numpy as np

from assistant.question import AUXILIARIES, analyse
from index.annotate import parse
from index.text import MONTHS, STOP_WORDS, content_words, date_line, is_question, stem, stems, uncapitalised

if TYPE_CHECKING:
    from assistant.types import Evidence
    from index.embed import Embedder

_ABBREVIATED = [*(m[:3] for m in MONTHS), "sept"]
_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
_MONTHS = frozenset([*MONTHS, *_ABBREVIATED, *_WEEKDAYS])
_NUMBER = re.compile(r"(?<![\w.])\$?\d[\d,.]*\s?(?:%|percent\b|per cent\b)?")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# "this year", said of the year a text was written in.
_THIS_YEAR = re.compile(r"\bthis year\b", re.I)
_NAME_RUN = re.compile(r"\b[A-Z][\w\-']*(?:\s+[A-Z][\w\-']*)*")
# Names too general to decide whether the articles cover a question.
_GENERIC = {"ai", "tv", "us", "china", "chinese", "america", "american", "ceo"}
_COMMON_CAPITALISED = frozenset(
    "the a an in on at for of and but or it its he she they we i you this that these those there their "
    "his her according however while despite during after before when where what which who why how is are "
    "was were yes no so as if also then thus sources source answer question article articles meanwhile "
    "moreover furthermore first second finally recently today yesterday within for by with from".split()
)
# Words that name the kind of answer a question wants.
_WANTS_NUMBER = re.compile(
    r"\b(how (many|much|large|big|long|old|fast)|what (price|cost|percentage|share|number|amount))\b", re.I
)
_WANTS_DATE = re.compile(r"\b(when|what (year|date|day|month|time)|on what date)\b", re.I)
# The dependencies by which a verb takes a clause ("says that ...", "discusses how ...").
_CLAUSES = frozenset("ccomp xcomp advcl conj parataxis".split())
# Closed class: the words a question uses for the sources themselves ("what do the articles say ...").
_SOURCES = frozenset("article passage source text".split())
_WANTS_PERSON = re.compile(r"^\s*who(m|se)?\b", re.I)
_TITLES = re.compile(
    r"\b(ceo|chief|founder|president|minister|secretary|advisor|adviser|chairman|director|spokesperson|analyst)\b", re.I
)


# Words that may stand between a subject and its verb: "Huawei has itself produced".
_BETWEEN_SUBJECT_AND_VERB = frozenset("has have had is was are were also itself themselves now then reportedly".split())
# A passive verb and its doer: "produced by SMIC". The doer runs to the next punctuation, at most 5 words.
_DONE_BY = re.compile(
    r"\b([a-z]+(?:ed|en)|made|built|led|run|owned|held|sold|bought|won|set|taught|brought|said|told)\s+by\s+"
    r"([^,.;:!?\"“”()]{1,80})",
    re.I,
)


def _norm(text: str) -> str:
    text = text.lower().replace("u.s.", "us").replace("’", "'").replace("per cent", "%").replace("percent", "%")
    return re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text)


def numbers(text: str) -> set[str]:
    return {re.sub(r"\s", "", m.group()).rstrip(".,").replace("$", "") for m in _NUMBER.finditer(_norm(text))} - {""}


def dates(text: str) -> set[str]:
    """Month and weekday names (capitalised, so the verb "may" is not May) and years."""
    names = {w.lower() for w in re.findall(r"\b[A-Z][a-z]+\b", text)} & set(_MONTHS)
    return names | set(_YEAR.findall(text))


def _this_year(e: Evidence) -> set[str]:
    """The year "this year" means in a quote: that of the date line its paragraph opens with ("Aug 29, 2022 ...
    she's the No. 11 seed in this year's event"), as a search result's snippet is dated; else none."""
    if not _THIS_YEAR.search(e.quote):
        return set()
    before = e.chunk.text[: max(0, e.start - e.chunk.start)]
    if "\n\n" not in before and e.chunk.start > 0:
        return set()  # the paragraph opens in an earlier chunk, whose first line is not here
    opens = e.chunk.start + (before.rfind("\n\n") + 2 if "\n\n" in before else 0)
    first = next((text for text, start, _ in e.chunk.sentence_texts() if start >= opens), "")
    return set(_YEAR.findall(date_line(first)))


def entities(text: str) -> set[str]:
    """Runs of capitalised words (names), acronyms and model numbers (H20), lower-cased; a possessive ends a run."""
    found = set()
    text = text.replace("’", "'").replace("U.S.", "US").replace("U.K.", "UK")
    for m in _NAME_RUN.finditer(text):
        run: list[str] = []
        for i, word in enumerate(m.group().split()):
            bare = re.sub(r"'s?$", "", word)
            # A stop word opening a run is a sentence's first word ("Under which ..."), inside one a name ("Fox News");
            # the text's first word is capitalised by its place, and names nothing if English lists it as a function
            # word ("Besides singles and doubles, which ...?").
            low = bare.lower()
            opening = not run and (low in STOP_WORDS or (i == 0 and m.start() == 0 and low in _function_words()))
            common = low in _COMMON_CAPITALISED or (opening and low not in _MONTHS)
            if not common and len(bare) > 1:
                run.append(bare)
            if bare != word or common:
                if run:
                    found.add(_norm(" ".join(run)))
                run = []
        if run:
            found.add(_norm(" ".join(run)))
    return found


@cache
def _function_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH  # spaCy's list; loaded with the pipeline anyway

    return frozenset(ENGLISH)


def _close(a: str, b: str) -> bool:
    """Equal, or one edit apart for longer words (Sacks ~ Sachs)."""
    if a == b:
        return True
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) <= 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def missing_facts(claim: str, evidence: str) -> list[str]:
    """Numbers, dates and entities of the claim that the evidence does not contain."""
    ev = _norm(evidence)
    ev_words = set(re.findall(r"[\w\-]+", ev))
    ev_numbers = numbers(evidence)
    missing = [n for n in numbers(claim) if n not in ev_numbers and n not in ev]
    missing += [d for d in dates(claim) if d not in ev_words and d not in ev]
    missing += missing_entities(entities(claim), evidence)
    return list(dict.fromkeys(missing + wrong_doers(claim, evidence)))


def wrong_doers(claim: str, evidence: str) -> list[str]:
    """ "<verb> by X" in the claim where the evidence says "<same verb> by Y" and X shares no word with Y.

    Closeness of meaning cannot tell "produced by SMIC" from "produced by Huawei"; this can.
    """
    said: dict[str, list[list[str]]] = {}
    for m in _DONE_BY.finditer(evidence):
        said.setdefault(m.group(1).lower(), []).append(_doer(m.group(2)))
    wrong = []
    for m in _DONE_BY.finditer(claim):
        doer = _doer(m.group(2))
        theirs = said.get(m.group(1).lower())
        if theirs and doer and not any(_close(a, b) for words in theirs for a in words for b in doer):
            wrong.append(f"{m.group(1).lower()} by {' '.join(doer)}")
    for verb, theirs in said.items():  # the same verb in the active voice: "Huawei produced them"
        for subject, used in _active_subjects(claim, verb):
            if not any(_close(a, b) for words in theirs for a in words for b in subject):
                wrong.append(f"{' '.join(subject)} {used}")
    return list(dict.fromkeys(wrong))


def _active_subjects(claim: str, verb: str) -> list[tuple[list[str], str]]:
    """The names written just before an active use of `verb` ("Huawei has produced"), with the form used."""
    target = stems(verb)  # empty for a stop word ("said"): nothing to match
    words = re.findall(r"[A-Za-z0-9][\w'’\-]*", claim)
    found = []
    for i, word in enumerate(words):
        if not target or stems(word) != target or (i + 1 < len(words) and words[i + 1].lower() == "by"):
            continue
        j = i - 1
        while j >= 0 and words[j].lower() in _BETWEEN_SUBJECT_AND_VERB:
            j -= 1
        run: list[str] = []
        while j >= 0 and words[j][0].isupper() and words[j].lower() not in _COMMON_CAPITALISED and len(run) < 4:
            run.insert(0, re.sub(r"['’]s$", "", words[j]).lower())
            j -= 1
        if run:
            found.append((run, word.lower()))
    return found


def _doer(phrase: str) -> list[str]:
    return [re.sub(r"['’]s$", "", w) for w in content_words(phrase)[:5]]


def missing_entities(names: set[str], evidence: str, any_part: bool = False) -> list[str]:
    """Names not in the evidence, whole or part by part (each, or with any_part one, within one edit)."""
    ev = _norm(evidence)
    ev_words = set(re.findall(r"[\w\-]+", ev))
    missing = []
    for ent in sorted(names):
        if re.search(rf"(?<![\w-]){re.escape(ent)}(?![\w-])", ev):
            continue
        found = [any(_close(p, w) for w in ev_words) for p in re.findall(r"[^\W_]+", ent) if p not in _GENERIC]
        if found and not (any(found) if any_part else all(found)):
            missing.append(ent)
    return missing


def added_words(claim: str, quote: str, given: str = "", relation: Sequence[str] = ()) -> tuple[list[str], float]:
    """The claim's own words (those not in `given`, the question) that the quote lacks, and the share it has.

    A small model pads a true sentence with invented detail ("agreed to negotiate in May to avoid a trade
    war"); closeness of meaning does not see the padding, counting words does. The question's words
    restate rather than claim, except its `relation` ("runner-up", "director", "won"): a sentence that
    attaches that to a name of the quote claims it ("The runner-up was Germany" against "winner - Germany").
    """
    claimed = {stem(r) for r in relation}
    known = stems(quote)
    asked = {w for w in stems(given) if not any(w.startswith(r) for r in claimed)}
    own = [w for w in dict.fromkeys(content_words(claim)) if stem(w) not in asked]
    added = [w for w in own if stem(w) not in known]
    return added, 1 - len(added) / len(own) if own else 1.0


def unsaid_relation(claim: str, quote: str, relation: Sequence[str]) -> list[str]:
    """The question's relation words the claim asserts and the quote does not say, in any form ("runner-up"
    against "winner"; "director" is said by "directed")."""
    have = stems(quote)
    out = []
    for word in dict.fromkeys(content_words(claim)):
        root = stem(word)
        if any(root.startswith(stem(r)) for r in relation) and not any(
            h.startswith(stem(r)) for r in relation for h in have
        ):
            out.append(word)
    return out


def _relation(question: str) -> tuple[str, ...]:
    if not question.strip():
        return ()
    return analyse(question).relation


@dataclass
class Judgement:
    n: int | None
    score: float
    supported: bool
    missing: list[str]
    added: list[str] = field(default_factory=list)


class SupportJudge:
    """Scores how well evidence supports a sentence; offline, with the bundled embedder."""

    name = "embedding similarity + fact, doer and word checks (all-MiniLM-L6-v2)"

    def __init__(self, embedder: Embedder, threshold: float = 0.6, coverage: float = 0.6) -> None:
        self.embedder = embedder
        self.threshold = threshold
        self.coverage = coverage

    def similarities(self, claims: Sequence[str], quotes: Sequence[str]) -> np.ndarray:
        if not claims or not quotes:
            return np.zeros((len(claims), len(quotes)))
        # Each claim alone, like the quotes (Embedder.encode_cached): a verdict must not depend on the others.
        return self.embedder.encode(list(claims), 1) @ self.embedder.encode_cached(list(quotes)).T

    def judge(
        self, claim: str, evidence: Sequence[Evidence], sims: np.ndarray, among: Sequence[int], question: str = ""
    ) -> Judgement:
        """The best evidence (by position in `among`) that supports the claim, or the closest one."""
        best = self._best(claim, evidence, sims, among, question, _beside_the_question(claim, question))
        # A drafted sentence with no verb asserts nothing ("The 2020 NBA Draft 2021 NBA"), nor one of the sources
        # ("The article concludes ..."); parsed only when it would pass. A picked answer's headline is no draft and
        # is not judged here.
        if best.supported and (not _has_verb(claim) or _of_the_sources(claim)):
            best = self._best(claim, evidence, sims, among, question, True)
        return best

    def _best(
        self,
        claim: str,
        evidence: Sequence[Evidence],
        sims: np.ndarray,
        among: Sequence[int],
        question: str,
        beside: bool,
    ) -> Judgement:
        best = Judgement(None, 0.0, False, [])
        for i in among:
            verdict = self._verdict(claim, evidence[i].quote, float(sims[i]), question, beside)
            verdict.n = evidence[i].n
            if (verdict.supported, verdict.score) > (best.supported, best.score):
                best = verdict
        return best

    def supports(self, claim: str, quotes: Sequence[str], question: str = "") -> tuple[bool, float]:
        """One claim against the quotes it cites (closest by meaning; facts and words from all): the eval's judge."""
        if not quotes:
            return False, 0.0
        score = float(self.similarities([claim], list(quotes)).max())
        verdict = self._verdict(claim, " ".join(quotes), score, question, _beside_the_question(claim, question))
        return verdict.supported, score

    def _verdict(self, claim: str, quote: str, score: float, question: str, beside: bool) -> Judgement:
        relation = _relation(question)
        missing = missing_facts(claim, quote) + unsaid_relation(claim, quote, relation)
        added, share = added_words(claim, quote, question, relation)
        # An article's question ("has this accelerated China's capabilities?") supports no assertion of it.
        asked = is_question(quote) and not is_question(claim)
        ok = score >= self.threshold and not missing and share >= self.coverage and not asked and not beside
        return Judgement(None, score, ok, missing, added if share < self.coverage else [])


def _of_the_sources(claim: str) -> bool:
    """The sentence speaks of the sources ("The article concludes with the answer: <a phrase>", "The answer is
    1935."), and what it says they say is no clause: it asserts nothing of the world. "The article discusses how
    export controls have intensified competition" asserts its clause, and is judged on it as any sentence is."""
    for root in (t for t in parse(claim) if t.dep_ == "ROOT"):
        subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
        # "The text of the law was published": a text of something is a thing in the world.
        framed = any(
            c.lemma_.lower() in _SOURCES | {"answer"} and not any(x.dep_ == "prep" for x in c.children)
            for c in subjects
        )
        clauses = [c for c in root.children if c.dep_ in _CLAUSES and c.pos_ in ("VERB", "AUX")]
        if framed and not clauses:
            return True
    return False


def _has_verb(claim: str) -> bool:
    """The sentence has a verb (or an auxiliary), so it can assert something."""
    return any(t.pos_ in ("VERB", "AUX") for t in parse(claim))


def _beside_the_question(claim: str, question: str) -> bool:
    """The claim answers nothing: it only restates the question ("The 2021 NBA Draft was the 2021 NBA Draft."),
    or it names none of the names the question asks about ("The Legend of Zelda ... is a game" for "What kind of
    animal is Zabivaka?")."""
    if not question.strip():
        return False
    if not set(stems(claim)) - set(stems(question)):
        return True
    names = [set(content_words(n)) for n in analyse(question).names]
    said = set(content_words(claim))
    return bool(names) and not any(n & said for n in names)


@dataclass
class Answerability:
    ok: bool
    reason: str
    best_relevance: float
    coverage: float


def _lower_case_subject(question: str) -> set[str]:
    """For a question typed without capitals, where case cannot tell a name, what its main verb's subject names
    ("what did amd say ...?", "what did the european union decide ...?"): a thing the passages must mention."""
    if not uncapitalised(question):
        return set()
    doc = parse(question)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")] if root is not None else []
    # A question puts its subject after the auxiliary ("what did amd say"): before it, the parser has misread the
    # asked phrase ("on which tv network did ..."). A subject with a question word is what is asked.
    aux = next((t.i for t in doc if t.lower_ in AUXILIARIES), None)
    phrases = [
        list(c.subtree) for c in subjects
        if (aux is None or c.left_edge.i > aux) and not any(t.tag_.startswith("W") for t in c.subtree)
    ]  # fmt: skip
    words = [t.text for p in phrases for t in p if t.is_alpha and not t.is_stop and t.lemma_.lower() not in _SOURCES]
    return {_norm(" ".join(words))} if words else set()


def _names_unmet(question: str, asked: set[str], evidence: Sequence[Evidence], retrieved: str) -> str:
    """Why the question's names are not met, or "": one the retrieved text lacks; or no quoted passage that names
    them all, each somewhere is not enough ("the HIV infection rate in Malawi" says nothing of Zambia's, though
    another article retrieved lists Zambia), a passage's title and outlet ("according to the Newsera piece")
    counting as its own."""
    if missing := missing_entities(asked, retrieved, any_part=True):
        return f"the articles do not mention {', '.join(_as_written(missing, question))}"
    if len(asked) > 1 and all(
        missing_entities(asked, f"{e.chunk.title} {e.chunk.outlet} {e.chunk.text}", any_part=True) for e in evidence
    ):
        return f"no passage speaks of {' and '.join(_as_written(sorted(asked), question))} together"
    return ""


def _as_written(names: Sequence[str], question: str) -> list[str]:
    """The names as the question spells them ("Zambia", not the compared "zambia")."""
    return [m.group() if (m := re.search(re.escape(n), question, re.I)) else n for n in names]


def answerability(
    question: str, evidence: Sequence[Evidence], min_relevance: float, context: str = ""
) -> Answerability:
    """Can these quotes answer the question? Refuses when a named thing or the wanted kind of fact is absent.

    `context` (the retrieved passages and their titles) is where names are looked for.
    """
    if not evidence:
        return Answerability(False, "nothing relevant is indexed", 0.0, 0.0)
    best = max(e.relevance for e in evidence)
    quotes = [e.quote for e in evidence]
    joined = " ".join(quotes)
    terms = set(content_words(question))
    coverage = max((len(terms & set(content_words(q))) / len(terms) for q in quotes), default=0.0) if terms else 0.0
    asked = entities(question) or _lower_case_subject(question)
    if unmet := _names_unmet(question, asked, evidence, joined + " " + context):
        return Answerability(False, unmet, best, coverage)
    if best < min_relevance:
        return Answerability(False, "no passage is close enough to the question", best, coverage)
    years = sorted(set(_YEAR.findall(question)))
    if years and not any(set(years) & (dates(e.quote) | _this_year(e)) for e in evidence):
        # "What was Tim Cook's salary for 2019?" is not answered by his pay in 2021, however close the sentence.
        return Answerability(False, f"no passage close to the question speaks of {' or '.join(years)}", best, coverage)
    if _WANTS_NUMBER.search(question) and not any(numbers(q) for q in quotes):
        return Answerability(False, "no passage gives a figure", best, coverage)
    if _WANTS_DATE.search(question) and not any(dates(q) for q in quotes):
        return Answerability(False, "no passage gives a date", best, coverage)
    if _WANTS_PERSON.search(question):
        title = _TITLES.search(question)

        def names_holder(q: str) -> bool:
            return (
                bool(title)
                and title.group().lower() in q.lower()
                and not missing_entities(asked, q, any_part=True)
                and bool(entities(q) - asked)
            )

        if title and not any(names_holder(q) for q in quotes):
            return Answerability(False, f"no passage names the {title.group().lower()}", best, coverage)
    return Answerability(True, "", best, coverage)
