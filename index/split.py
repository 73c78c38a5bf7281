"""Split stage: Article -> Chunk[], sentence-respecting, token-counted, with overlap."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence

from index.text import count_tokens, sentence_spans, years
from index.types import Article, Chunk

# BERT-style embedders add [CLS] and [SEP] to every input.
SPECIAL_TOKENS = 2


class Splitter:
    """Packs whole sentences into chunks of at most `max_tokens` cl100k tokens.

    `window` counts the embedder's own word pieces; with it, no chunk exceeds `window_limit`
    of them either, so the embedder never truncates a chunk.
    """

    def __init__(
        self,
        max_tokens: int = 160,
        overlap: int = 32,
        window: Callable[[Sequence[str]], list[int]] | None = None,
        window_limit: int = 256,
    ) -> None:
        if overlap >= max_tokens:
            raise ValueError("chunk overlap must be smaller than the chunk size")
        self.max_tokens = max_tokens
        self.overlap = overlap
        self.window = window
        self.window_limit = window_limit - SPECIAL_TOKENS

    def split(self, article: Article) -> list[Chunk]:
        text = article.text
        spans = self._fit(text, sentence_spans(text))
        costs = self._costs([text[s:e] for s, e in spans])
        chunks: list[Chunk] = []
        named = years(f"{article.title}\n{text}")
        i = 0
        while i < len(spans):
            j, total = i, 0
            while j < len(spans) and (j == i or total + costs[j] <= self._limit):
                total += costs[j]
                j += 1
            chunks.append(self._chunk(article, spans[i:j], named))
            if j >= len(spans):
                break
            # Start the next chunk with trailing sentences that fit in the overlap, always moving forward.
            back, carried = j, 0
            while back - 1 > i and carried + costs[back - 1] <= self.overlap:
                back -= 1
                carried += costs[back]
            i = back
        return chunks

    @property
    def _limit(self) -> int:
        return min(self.max_tokens, self.window_limit) if self.window else self.max_tokens

    def _costs(self, sentences: list[str]) -> list[int]:
        tiktoken_counts = [count_tokens(s) for s in sentences]
        if not self.window or not sentences:
            return tiktoken_counts
        return [max(a, b) for a, b in zip(tiktoken_counts, self.window(sentences), strict=True)]

    def _fit(self, text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Break sentences longer than a chunk at word boundaries."""
        out: list[tuple[int, int]] = []
        costs = self._costs([text[s:e] for s, e in spans])
        for (s, e), cost in zip(spans, costs, strict=True):
            if cost <= self._limit:
                out.append((s, e))
                continue
            words = [(m.start() + s, m.end() + s) for m in re.finditer(r"\S+", text[s:e])]
            step = max(1, int(len(words) * self._limit / cost * 0.9))
            for k in range(0, len(words), step):
                group = words[k : k + step]
                out.append((group[0][0], group[-1][1]))
        return out

    @staticmethod
    def _chunk(article: Article, spans: list[tuple[int, int]], named: list[str]) -> Chunk:
        start, end = spans[0][0], spans[-1][1]
        body = article.text[start:end]
        digest = hashlib.sha256(f"{article.id}\x00{start}\x00{body}".encode()).hexdigest()[:24]
        return Chunk(
            id=digest,
            doc_id=article.id,
            text=body,
            start=start,
            end=end,
            sentences=spans,
            title=article.title,
            outlet=article.outlet,
            url=article.url,
            years=named,
        )
