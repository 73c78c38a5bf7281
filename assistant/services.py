"""The one place heavy objects are built: embedder, store, retriever, indexer, LLM, answer chain."""

from __future__ import annotations

import logging
import threading
import time
from functools import cached_property
from typing import TYPE_CHECKING

from assistant.settings import Settings, get_settings

if TYPE_CHECKING:
    from assistant.answer import AnswerChain
    from assistant.llm import ChatBackend
    from assistant.verify import SupportJudge
    from index.embed import Embedder
    from index.ingest import Indexer
    from index.retrieve import Retriever
    from index.store import Store

log = logging.getLogger("assistant")


class Services:
    """Built lazily, once per process, and shared by the CLI, the app and the eval."""

    def __init__(self, settings: Settings | None = None, **parts: object) -> None:
        self.settings = settings or get_settings()
        self._lock = threading.RLock()
        # Prebuilt parts (e.g. one embedder shared by several test indexes) take the place of lazy ones.
        self.__dict__.update(parts)

    def _timed(self, stage: str, build):  # type: ignore[no-untyped-def]
        started = time.perf_counter()
        value = build()
        log.info("%s ready in %.2fs", stage, time.perf_counter() - started)
        return value

    @cached_property
    def embedder(self) -> Embedder:
        from index.embed import Embedder

        return Embedder(self.settings.embed_model_path(), self.settings.embed_batch)

    @cached_property
    def store(self) -> Store:
        from index.store import Store, connect

        with self._lock:
            location = self.settings.chroma_url or str(self.settings.chroma_path)
            client = self._timed(f"Chroma ({location})", lambda: connect(self.settings))
            return Store(client, self.settings.collection, self.embedder.name, location)

    @cached_property
    def retriever(self) -> Retriever:
        from index.retrieve import Retriever

        s = self.settings
        return Retriever(self.store, self.embedder, k=s.top_k, mmr=s.mmr, mmr_lambda=s.mmr_lambda)

    @cached_property
    def indexer(self) -> Indexer:
        from index.ingest import Indexer
        from index.split import Splitter

        s = self.settings
        splitter = Splitter(s.chunk_tokens, s.chunk_overlap, self.embedder.count_wordpieces, self.embedder.window)
        return Indexer(self.store, self.embedder, splitter, s.catalog, int(s.max_file_mb * 1e6))

    @cached_property
    def llm(self) -> ChatBackend:
        from assistant.llm import make_backend

        return self._timed(f"LLM backend '{self.settings.llm_backend}'", lambda: make_backend(self.settings))

    @cached_property
    def judge(self) -> SupportJudge:
        from assistant.verify import SupportJudge

        return SupportJudge(self.embedder, self.settings.support_threshold, self.settings.support_coverage)

    @cached_property
    def chain(self) -> AnswerChain:
        from assistant.answer import AnswerChain

        return AnswerChain(self)

    def warm_up(self) -> None:
        """Load every model now rather than on the first request, logging each stage."""
        self._timed("embedder", lambda: self.embedder.dimension)
        self._timed("lexical index", lambda: self.retriever.lexical())
        _ = self.llm

    def ensure_corpus(self) -> None:
        """Index the bundled articles when the index is empty (first run)."""
        if self.store.count() == 0 and self.settings.corpus_dir.exists():
            report = self.indexer.index([self.settings.corpus_dir], sync=False)
            log.info("indexed bundled corpus: %s", report.summary())
