"""Metric functions, each over one question; the runner aggregates them."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence


def _dedupe(ranked: Sequence[str]) -> list[str]:
    """Chunk hits name documents; a document counts once, at its best rank (BEIR over doc ids)."""
    seen: list[str] = []
    for d in ranked:
        if d not in seen:
            seen.append(d)
    return seen


def retrieval_recall(ranked_docs: Sequence[str], gold: Sequence[str], k: int = 5) -> float:
    if not gold:
        return 0.0
    top = set(_dedupe(ranked_docs)[:k])
    return len(top & set(gold)) / len(set(gold))


def mrr(ranked_docs: Sequence[str], gold: Sequence[str], k: int = 10) -> float:
    for i, d in enumerate(_dedupe(ranked_docs)[:k], 1):
        if d in gold:
            return 1.0 / i
    return 0.0


def ndcg(ranked_docs: Sequence[str], gold: Sequence[str], k: int = 10) -> float:
    docs = _dedupe(ranked_docs)[:k]
    dcg = sum(1.0 / math.log2(i + 2) for i, d in enumerate(docs) if d in gold)
    ideal = sum(1.0 / math.log2(i + 2) for i in range(min(len(set(gold)), k)))
    return dcg / ideal if ideal else 0.0


def key_fact_score(answer: str, key_facts: Sequence[str]) -> float:
    """Share of key facts the answer contains, case-insensitively."""
    if not key_facts:
        return 1.0
    text = answer.lower()
    return sum(k.lower() in text for k in key_facts) / len(key_facts)


def _rgb_form(text: str) -> str:
    """Lower case, ordinal day suffixes dropped ("17th" -> "17") and "of" before a year dropped, as RGB scores."""
    text = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text.lower())
    return re.sub(r"\bof\s+(\d{4})\b", r"\1", text)


def gold_match(text: str, gold: Sequence[Sequence[str]]) -> bool:
    """RGB's check: every required part has one accepted spelling in the text, case-insensitively."""
    have = _rgb_form(text)
    return bool(gold) and all(any(_rgb_form(s) in have for s in part) for part in gold)


def alce_citation_scores(
    statements: Sequence[tuple[str, Sequence[str]]], entails: Callable[[str, Sequence[str]], bool]
) -> tuple[float, float]:
    """Citation recall and precision of one answer, after ALCE (Gao et al. 2023).

    `statements` pairs each answer sentence with the passages it cites; `entails(sentence, passages)`
    stands in for ALCE's NLI model. Recall: share of sentences their citations entail. Precision: share
    of citations that are needed: a citation is irrelevant when it alone does not entail its sentence
    and the sentence's other citations still do.
    """
    if not statements:
        return 0.0, 0.0
    entailed = 0
    precise = 0
    total_citations = sum(len(cited) for _, cited in statements)
    for sentence, cited in statements:
        joint = bool(cited) and entails(sentence, cited)
        entailed += joint
        if joint and len(cited) > 1:
            for i, passage in enumerate(cited):
                if entails(sentence, [passage]) or not entails(sentence, [p for j, p in enumerate(cited) if j != i]):
                    precise += 1
        else:
            precise += joint
    return entailed / len(statements), (precise / total_citations if total_citations else 0.0)


def abstention_scores(abstained: Sequence[bool], answerable: Sequence[bool]) -> tuple[float, float]:
    """Precision and recall of abstaining, where abstaining on an unanswerable question is correct."""
    right = sum(a and not ans for a, ans in zip(abstained, answerable, strict=True))
    made = sum(abstained)
    should = sum(not ans for ans in answerable)
    return (right / made if made else 1.0), (right / should if should else 1.0)


def percentile(values: Sequence[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q
    lo, hi = math.floor(pos), math.ceil(pos)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)
