"""The design issue 12 replaced, kept for the benchmarks to measure beside today's: a lexical index held in
memory (bm25s over every chunk), rebuilt from a full read of Chroma whenever the collection changes, and the
fp32 torch embedder at its old batch size. It plugs into index.retrieve.Retriever in place of LexicalIndex."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

import numpy as np

from index.lexical import lexical_terms
from index.store import Store
from index.types import Chunk

OLD_EMBED_BATCH = 64


class RebuiltBM25:
    def __init__(self) -> None:
        self.size = 0
        self._chunks: list[Chunk] = []
        self._by_id: dict[str, Chunk] = {}
        self._bm25: Any = None

    def catch_up(self, store: Store) -> int:
        import bm25s

        logging.getLogger("bm25s").setLevel(logging.ERROR)
        self._chunks = store.all_chunks()
        self._by_id = {c.id: c for c in self._chunks}
        self._bm25 = bm25s.BM25()
        if self._chunks:
            self._bm25.index([lexical_terms(c.text) or ["_"] for c in self._chunks], show_progress=False)
        self.size = len(self._chunks)
        return self.size

    def search(self, query: str, limit: int, doc_ids: Sequence[str] | None = None) -> list[tuple[str, float]]:
        terms = lexical_terms(query)
        if not self._chunks or not terms:
            return []
        scores = np.asarray(self._bm25.get_scores(terms))
        if doc_ids:
            allowed = set(doc_ids)
            scores = np.where([c.doc_id in allowed for c in self._chunks], scores, 0.0)
        top = np.argsort(-scores)[:limit]
        return [(self._chunks[i].id, float(scores[i])) for i in top if scores[i] > 0]

    def chunks(self, ids: Sequence[str]) -> dict[str, Chunk]:
        return {cid: self._by_id[cid] for cid in ids if cid in self._by_id}
