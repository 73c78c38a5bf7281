"""Retrieve stage: dense (Chroma) + lexical (BM25) fused by reciprocal rank, optional MMR."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import numpy as np

from index.embed import Embedder
from index.store import Store
from index.text import content_words
from index.types import Chunk, Hit

if TYPE_CHECKING:
    from langchain_core.retrievers import BaseRetriever

_RRF_K = 60
# How often a process checks whether another process changed the index.
_FRESHNESS_SECONDS = 2.0


def lexical_terms(text: str) -> list[str]:
    """BM25 terms: content words with a light plural fold, so 'chips' matches 'chip'."""
    return [w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in content_words(text)]


class _Lexical:
    """An in-memory BM25 index over every chunk, rebuilt from Chroma when the index changes."""

    def __init__(self, chunks: list[Chunk]) -> None:
        import bm25s

        logging.getLogger("bm25s").setLevel(logging.ERROR)
        self.chunks = chunks
        self.position = {c.id: i for i, c in enumerate(chunks)}
        self.bm25 = bm25s.BM25()
        if chunks:
            self.bm25.index([lexical_terms(c.text) or ["_"] for c in chunks], show_progress=False)

    def scores(self, query: str) -> np.ndarray:
        terms = lexical_terms(query)
        if not self.chunks or not terms:
            return np.zeros(len(self.chunks))
        return np.asarray(self.bm25.get_scores(terms))


class Retriever:
    """Hybrid search over the store. Thread-safe; holds only a cache that any replica can rebuild."""

    def __init__(
        self,
        store: Store,
        embedder: Embedder,
        k: int = 6,
        mmr: bool = False,
        mmr_lambda: float = 0.7,
        candidates: int = 30,
    ) -> None:
        self.store = store
        self.embedder = embedder
        self.k = k
        self.mmr = mmr
        self.mmr_lambda = mmr_lambda
        self.candidates = candidates
        self._lexical: _Lexical | None = None
        self._generation = ""
        self._checked = 0.0
        self._writes = 0
        self._lock = threading.Lock()

    def lexical(self) -> _Lexical:
        now = time.monotonic()
        fresh = now - self._checked < _FRESHNESS_SECONDS and self._writes == self.store.local_writes
        if self._lexical is not None and fresh:
            return self._lexical
        with self._lock:
            generation = self.store.generation()
            if self._lexical is None or generation != self._generation:
                self._lexical = _Lexical(self.store.all_chunks())
                self._generation = generation
            self._checked = now
            self._writes = self.store.local_writes
            return self._lexical

    def search(
        self, query: str, k: int | None = None, doc_ids: Sequence[str] | None = None, mmr: bool | None = None
    ) -> list[Hit]:
        """The k best chunks for the query, optionally only from the given documents."""
        k = k or self.k
        lex = self.lexical()
        if not lex.chunks or not query.strip():
            return []
        pool = max(self.candidates, k * 3)
        vector = self.embedder.encode([query])[0]
        # The lexical index already holds every chunk: its size bounds the query without another round trip.
        dense = self.store.query(vector, min(pool, len(lex.chunks)), doc_ids)

        scores = lex.scores(query)
        if doc_ids:
            allowed = set(doc_ids)
            scores = np.where([c.doc_id in allowed for c in lex.chunks], scores, 0.0)
        top = np.argsort(-scores)[:pool]
        lexical = [(lex.chunks[i].id, float(scores[i])) for i in top if scores[i] > 0]

        fused: dict[str, float] = {}
        for ranking in (dense, lexical):
            for rank, (cid, _) in enumerate(ranking):
                fused[cid] = fused.get(cid, 0.0) + 1.0 / (_RRF_K + rank + 1)
        dense_by_id, lexical_by_id = dict(dense), dict(lexical)
        ranked = sorted(fused, key=lambda cid: -fused[cid])
        ranked = [cid for cid in ranked if cid in lex.position]  # a chunk added since the last refresh waits for it
        if mmr if mmr is not None else self.mmr:
            ranked = self._mmr(vector, ranked[: k * 3], k)
        return [
            Hit(
                chunk=lex.chunks[lex.position[cid]],
                dense_score=dense_by_id.get(cid),
                lexical_score=lexical_by_id.get(cid),
                score=fused[cid],
            )
            for cid in ranked[:k]
        ]

    def _mmr(self, query_vec: np.ndarray, ids: list[str], k: int) -> list[str]:
        if not ids:
            return []
        vectors = self.store.embeddings(ids)
        ids = [cid for cid in ids if cid in vectors]
        if not ids:
            return ids
        mat = np.asarray([vectors[cid] for cid in ids], dtype=np.float32)
        relevance = mat @ query_vec
        chosen: list[int] = []
        while len(chosen) < min(k, len(ids)):
            best, best_score = -1, -np.inf
            for i in range(len(ids)):
                if i in chosen:
                    continue
                redundancy = max((float(mat[i] @ mat[j]) for j in chosen), default=0.0)
                score = self.mmr_lambda * float(relevance[i]) - (1 - self.mmr_lambda) * redundancy
                if score > best_score:
                    best, best_score = i, score
            chosen.append(best)
        return [ids[i] for i in chosen]

    def as_langchain(self, k: int | None = None, doc_ids: Sequence[str] | None = None) -> BaseRetriever:
        """This retriever as a LangChain BaseRetriever, for reuse in other LangChain code."""
        return _langchain_retriever_class()(hybrid=self, k=k or self.k, doc_ids=list(doc_ids or []))


@lru_cache(maxsize=1)
def _langchain_retriever_class() -> Any:
    from langchain_core.callbacks import CallbackManagerForRetrieverRun
    from langchain_core.documents import Document
    from langchain_core.retrievers import BaseRetriever

    class HybridLangChainRetriever(BaseRetriever):
        hybrid: Any
        k: int = 6
        doc_ids: list[str] = []

        def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
            hits = self.hybrid.search(query, k=self.k, doc_ids=self.doc_ids or None)
            return [
                Document(page_content=h.chunk.text, id=h.chunk.id, metadata=h.to_json() | {"text": None}) for h in hits
            ]

    return HybridLangChainRetriever
