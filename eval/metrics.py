"""Metric functions, each over one question; the runner aggregates them."""

from __future__ import annotations

import math
from collections.abc import Sequence


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
