"""Select stage: the sentences of the retrieved chunks that best answer the question, within a token budget."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from assistant.types import Evidence
from assistant.verify import entities
from index.annotate import annotate
from index.text import count_tokens, is_question, stems
from index.types import Chunk, Hit

if TYPE_CHECKING:
    from index.embed import Embedder

# Lines that are bylines or links, not statements.
_META = re.compile(r"^\s*(source|sourse|original|statement|url|link|photo|image)\s*:", re.I)
# Text addressed to an AI rather than to readers: article text is data, never instructions.
_INJECTION = re.compile(
    r"(ignore|disregard|forget)\s+(all\s+|any\s+)?(the\s+)?(previous|prior|above|earlier)\s+(instructions|prompts?|rules)"
    r"|\byou are now\b|\bsystem prompt\b|\bas an ai\b|\bnew instructions\b|\breply (only )?with\b",
    re.I,
)
_MAX_SENTENCES = 8
# An article's own question ("So why did the US allow it?") echoes the user's but states nothing.
_ASKS_PENALTY = 0.3
_WANTS_NAME = re.compile(r"^\s*(which|who|whom|whose)\b", re.I)
# MiniLM similarity to the question below which a sentence is off its topic (unrelated pairs score ~0.1-0.2).
_ON_TOPIC = 0.3
# Sentences this close are neighbours in the article: at most a space or a paragraph break apart.
_ADJACENT = 3
# Closed class: the pronouns that open a sentence about the one person the sentence before it names.
HE_OR_SHE = re.compile(r"^(he|she)\b", re.I)
# Closed class: the connectives that state a cause. They say what "why" asks, as a sentence's word says the same
# word of the question: a question that asks why counts them as one more of its words.
_CAUSE = re.compile(r"\b(because|due to|owing to|as a result of|thanks to|caused by|in order to|so that)\b", re.I)
_WHY = re.compile(r"\bwhy\b", re.I)
_CAUSED = "<cause>"


class _Scored(NamedTuple):
    score: float
    similarity: float
    hit: Hit
    quote: str
    start: int
    end: int
    stems: set[str]


def looks_like_injection(text: str) -> bool:
    return bool(_INJECTION.search(text))


def _is_heading(text: str) -> bool:
    """Too short to state anything, or a headline: few words and no closing punctuation."""
    words = len(text.split())
    return words < 4 or (words < 12 and not text.rstrip("\"'”’)").endswith((".", "!", "?")))


def select_evidence(
    question: str, hits: Sequence[Hit], embedder: Embedder, budget_tokens: int, context: str | None = None
) -> list[Evidence]:
    """Score every sentence of the hits against the question; keep the best that fit the budget, numbered from 1.

    For a follow-up, `context` is the standalone question: sentences are scored against both, equally.
    """
    candidates: list[tuple[Hit, str, int, int]] = []
    read: list[str] = []  # each sentence as it is scored: its opening "he" or "she" as the person it is
    seen: set[tuple[str, int]] = set()
    annotate([h.chunk for h in hits])
    for hit in hits:
        sentences = hit.chunk.sentence_texts()
        for k, (quote, start, end) in enumerate(sentences):
            key = (hit.chunk.doc_id, start)
            if key in seen or _is_heading(quote) or _META.match(quote) or looks_like_injection(quote):
                continue
            seen.add(key)
            candidates.append((hit, quote, start, end))
            read.append(_resolved(hit.chunk, quote, sentences[k - 1][1:] if k else None))
    if not candidates:
        return []
    queries = embedder.encode_cached([question] if context is None else [question, context])
    similarity = (embedder.encode_cached(read) @ queries.T).mean(axis=1)
    terms, words = _stems(question, read)
    # A question word few of these sentences share ("spurred") says more than one most share ("China").
    weight = {t: math.log(1 + len(words) / (1 + sum(t in w for w in words))) for t in terms}
    total = sum(weight.values())
    scored = []
    for (hit, quote, start, end), sim, have in zip(candidates, similarity, words, strict=True):
        overlap = sum(weight[t] for t in terms & have) / total if total else 0.0
        penalty = _ASKS_PENALTY if is_question(quote) and ":" not in quote else 0.0
        scored.append(_Scored(float(sim) + 0.25 * overlap - penalty, float(sim), hit, quote, start, end, have))
    scored.sort(key=lambda s: -s.score)
    _follow_with_continuation(scored, question, terms)

    chosen: list[Evidence] = []
    used = 0
    for _, sim, hit, quote, start, end, _ in scored:
        cost = count_tokens(quote) + 3  # the "[n] " marker
        if chosen and used + cost > budget_tokens:
            continue
        chosen.append(Evidence(n=len(chosen) + 1, chunk=hit.chunk, quote=quote, start=start, end=end, relevance=sim))
        used += cost
        if len(chosen) >= _MAX_SENTENCES:
            break
    return chosen


def _stems(question: str, read: list[str]) -> tuple[set[str], list[set[str]]]:
    """The question's word stems and each sentence's; a question that asks why counts a stated cause as a word."""
    terms, words = stems(question), [stems(text) for text in read]
    if _WHY.search(question):
        terms |= {_CAUSED}
        words = [w | {_CAUSED} if _CAUSE.search(text) else w for w, text in zip(words, read, strict=True)]
    return terms, words


def _resolved(chunk: Chunk, quote: str, before: tuple[int, int] | None) -> str:
    """ "He also worried, ..." after "Huang Renxun said, ..." is scored as "Huang Renxun also worried, ...": a
    sentence that opens with "he" or "she" is about the one person the sentence before it (`before`, its article
    span) names; the quote keeps the article's words."""
    opening = HE_OR_SHE.match(quote)
    if opening is None or before is None:
        return quote
    start, end = before
    people = {chunk.text[s - chunk.start : e - chunk.start] for s, e, label in chunk.entities
              if label == "PERSON" and start <= s and e <= end}  # fmt: skip
    return f"{people.pop()}{quote[opening.end() :]}" if len(people) == 1 else quote


def _follow_with_continuation(scored: list[_Scored], question: str, terms: set[str]) -> None:
    """News often states the question's premise in one sentence and answers it in the next ("the US agreed to
    negotiate in May. A very important reason was ..."). When the sentence after the best one has question
    words the best one lacks, or new names for a "which/who" question, it moves up to second place, so the
    model and the quoted answer see both."""
    best = scored[0]
    lacking = terms - best.stems
    for i, candidate in enumerate(scored[1:], start=1):
        if _adjacent(best.hit.chunk.doc_id, best.end, candidate.hit.chunk.doc_id, candidate.start):
            names = (
                _WANTS_NAME.match(question)
                and candidate.similarity >= _ON_TOPIC
                and entities(candidate.quote) - entities(best.quote + " " + question)
            )
            if lacking & candidate.stems or names:
                scored.insert(1, scored.pop(i))
            return


def continues(first: Evidence, second: Evidence) -> bool:
    """`second` is the sentence right after `first` in the same article."""
    return _adjacent(first.chunk.doc_id, first.end, second.chunk.doc_id, second.start)


def _adjacent(doc: str, end: int, next_doc: str, next_start: int) -> bool:
    return doc == next_doc and 0 <= next_start - end <= _ADJACENT


def numbered_quotes(evidence: Sequence[Evidence]) -> str:
    """The evidence as the prompt shows it: one "[n] quote" line each."""
    return "\n".join(f"[{e.n}] {e.quote}" for e in evidence)
