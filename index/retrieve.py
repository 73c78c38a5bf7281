"""Retrieve stage: dense (Chroma) + lexical (BM25 in SQLite FTS5, index/lexical.py) fused by reciprocal rank,
optional MMR."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import numpy as np

from index.embed import Embedder
from index.lexical import LexicalIndex
from index.store import Store
from index.types import Hit

if TYPE_CHECKING:
    from langchain_core.retrievers import BaseRetriever

log = logging.getLogger("index")
_RRF_K = 60
# How often a process checks whether another process changed the index (one small Chroma read).
_FRESHNESS_SECONDS = 2.0


class Retriever:
    """Hybrid search over the store. Thread-safe; its lexical index is a mirror any replica can rebuild."""

    def __init__(
        self,
        store: Store,
        embedder: Embedder,
        lexical_index: LexicalIndex,
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
        self._lexical = lexical_index
        self._generation: str | None = None
        self._checked = 0.0
        self._writes = 0
        self._lock = threading.Lock()

    def lexical(self) -> LexicalIndex:
        """The lexical index, caught up with writes of other processes (checked every few seconds)."""
        now = time.monotonic()
        if now - self._checked < _FRESHNESS_SECONDS and self._writes == self.store.local_writes:
            return self._lexical
        with self._lock:
            generation = self.store.generation()
            if generation != self._generation:
                started = time.perf_counter()
                changed = self._lexical.catch_up(self.store)
                log.debug("lexical index: %d documents caught up in %.2fs", changed, time.perf_counter() - started)
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
        if not lex.size or not query.strip():
            return []
        pool = max(self.candidates, k * 3)
        vector = self.embedder.encode([query])[0]
        # The lexical index mirrors every chunk: its size bounds the query without another round trip.
        dense = self.store.query(vector, min(pool, lex.size), doc_ids)
        lexical = lex.search(query, pool, doc_ids)

        fused: dict[str, float] = {}
        for ranking in (dense, lexical):
            for rank, (cid, _) in enumerate(ranking):
                fused[cid] = fused.get(cid, 0.0) + 1.0 / (_RRF_K + rank + 1)
        dense_by_id, lexical_by_id = dict(dense), dict(lexical)
        firsts = [ranking[0][0] for ranking in (dense, lexical) if ranking]
        ranked = _with_firsts(sorted(fused, key=lambda cid: -fused[cid]), firsts, k)
        if mmr if mmr is not None else self.mmr:
            ranked = self._mmr(vector, ranked[: k * 3], k)
        chunks = lex.chunks(ranked)
        ranked = [cid for cid in ranked if cid in chunks]  # a chunk added since the last catch-up waits for it
        return [
            Hit(
                chunk=chunks[cid],
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


def _with_firsts(ranked: list[str], firsts: list[str], k: int) -> list[str]:
    """The fused ranking with each search's first chunk inside the k, in its last places when the fusion left it
    out: a chunk one search ranks first and the other not at all scores half of one both rank middling, so the one
    passage that holds all of a question's rare words ("Who is the Small Business Minister?", said in an article
    about a ship) fell out of the k."""
    kept = [c for c in dict.fromkeys(firsts) if c in ranked[k:]]
    rest = [c for c in ranked if c not in kept]
    return rest[: k - len(kept)] + kept + rest[k - len(kept) :]


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
