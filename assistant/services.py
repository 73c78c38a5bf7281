"""The one place heavy objects are built: embedder, store, retriever, indexer, LLM, answer chain, documents."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from typing import TYPE_CHECKING, Any, TypeVar

from assistant.settings import Settings, get_settings

if TYPE_CHECKING:
    from assistant.answer import AnswerChain
    from assistant.documents import Documents
    from assistant.llm import ChatBackend
    from assistant.verify import SupportJudge
    from index.embed import Embedder
    from index.ingest import Indexer
    from index.lexical import LexicalIndex
    from index.retrieve import Retriever
    from index.store import Store

log = logging.getLogger("assistant")
T = TypeVar("T")


class Services:
    """Built lazily, once per process, and shared by the CLI, the app and the eval.

    Parts given to the constructor (one embedder shared by several test indexes, a scripted model) are
    used instead of building them.
    """

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        embedder: Embedder | None = None,
        store: Store | None = None,
        retriever: Retriever | None = None,
        llm: ChatBackend | None = None,
    ) -> None:
        self.settings = settings or get_settings()
        self._lock = threading.RLock()
        self._embedder, self._store, self._retriever, self._llm = embedder, store, retriever, llm
        self._shared_store = store is not None  # another Services' to close, not ours
        self._indexer: Indexer | None = None
        self._lexical: LexicalIndex | None = None
        self._judge: SupportJudge | None = None
        self._chain: AnswerChain | None = None
        self._documents: Documents | None = None

    def _once(self, attr: str, build: Callable[[], T], stage: str = "") -> T:
        """The part stored in `attr`, built on first use (timed and logged when `stage` names it)."""
        value = getattr(self, attr)
        if value is None:
            with self._lock:
                value = getattr(self, attr)
                if value is None:
                    value = _timed(stage, build) if stage else build()
                    setattr(self, attr, value)
        return value

    def close(self) -> None:
        """Release the index files this object opened: Chroma keeps a client's files open for the life of the
        process, so one that opens many indexes (the tests, the benchmarks) would run out of them."""
        if self._store is not None and not self._shared_store:
            self._store.client.close()
        if self._lexical is not None:
            self._lexical.close()

    @property
    def embedder(self) -> Embedder:
        from index.embed import Embedder

        s = self.settings
        return self._once(
            "_embedder", lambda: Embedder(s.embed_model_path(), s.embed_batch, s.embed_int8, s.models_dir)
        )

    @property
    def lexical(self) -> LexicalIndex:
        """This machine's lexical index of the collection (index/lexical.py)."""
        from index.lexical import LexicalIndex

        return self._once("_lexical", lambda: LexicalIndex(self.settings.lexical_path))

    @property
    def store(self) -> Store:
        from index.store import Store, connect

        s = self.settings
        location = s.chroma_url or str(s.chroma_path)
        return self._once(
            "_store",
            lambda: Store(connect(location), s.collection, self.embedder.name, location, self.lexical),
            f"Chroma ({location})",
        )

    @property
    def retriever(self) -> Retriever:
        from index.retrieve import Retriever

        s = self.settings
        return self._once(
            "_retriever",
            lambda: Retriever(
                self.store,
                self.embedder,
                self.store.mirror or self.lexical,
                k=s.top_k,
                mmr=s.mmr,
                mmr_lambda=s.mmr_lambda,
            ),
        )

    @property
    def indexer(self) -> Indexer:
        return self._once("_indexer", self._build_indexer)

    def _build_indexer(self) -> Indexer:
        from index.ingest import Indexer
        from index.split import Splitter

        s = self.settings
        splitter = Splitter(s.chunk_tokens, s.chunk_overlap, self.embedder.count_wordpieces, self.embedder.window)
        return Indexer(self.store, self.embedder, splitter, s.catalog, int(s.max_file_mb * 1e6))

    @property
    def llm(self) -> ChatBackend:
        from assistant.llm import make_backend

        return self._once("_llm", lambda: make_backend(self.settings), f"LLM backend '{self.settings.llm_backend}'")

    @property
    def judge(self) -> SupportJudge:
        from assistant.verify import SupportJudge

        s = self.settings
        return self._once("_judge", lambda: SupportJudge(self.embedder, s.support_threshold, s.support_coverage))

    @property
    def chain(self) -> AnswerChain:
        from assistant.answer import AnswerChain

        return self._once(
            "_chain",
            lambda: AnswerChain(
                self.settings, retriever=self.retriever, embedder=self.embedder, judge=self.judge, llm=self.llm
            ),
        )

    @property
    def documents(self) -> Documents:
        from assistant.documents import Documents

        return self._once("_documents", lambda: Documents(self.settings, lambda: self.store, lambda: self.indexer))

    def writer_lock(self, wait: bool, say: Callable[[str], None] = lambda _: None) -> AbstractContextManager[None]:
        """The embedded index's one-writer lock (index/lock.py); nothing to hold on a Chroma server."""
        from index.lock import exclusive

        return nullcontext() if self.settings.chroma_url else exclusive(self.settings.data_dir, wait, say)

    def rebuild_index(self) -> None:
        """Drop the index; the next use of the store starts an empty one (after changing the embedder)."""
        from index.store import connect, drop

        s = self.settings
        with self._lock:  # not through self.store: it refuses an index another embedder built
            drop(connect(s.chroma_url or str(s.chroma_path)), s.collection)
            self.lexical.clear()
            self._store = self._retriever = self._indexer = self._chain = None

    def warm_up(self) -> None:
        """Load every model now rather than on the first request, logging each stage."""
        _timed("embedder", lambda: self.embedder.dimension)
        _timed("lexical index", self.retriever.lexical)
        _ = self.llm

    def health(self) -> dict[str, Any]:
        """Each dependency, ok or its error. "down" when the index or the embedder fails (nothing can be
        answered); "degraded" when only the model does (answers are then quoted from the articles)."""
        checks: dict[str, dict[str, Any]] = {}
        report: dict[str, Any] = {
            "chroma": self.settings.chroma_url or "embedded",
            "backend": self.settings.llm_backend,
        }
        for name, probe in (("index", self._probe_index), ("embedder", self._probe_embedder), ("llm", self._probe_llm)):
            try:
                report.update(probe())
                checks[name] = {"ok": True}
            except Exception as exc:  # noqa: BLE001 - a health check reports every failure, it never raises
                checks[name] = {"ok": False, "error": str(exc) or type(exc).__name__}
        report["backend_reachable"] = checks["llm"]["ok"]
        down = not (checks["index"]["ok"] and checks["embedder"]["ok"])
        report["status"] = "down" if down else "ok" if checks["llm"]["ok"] else "degraded"
        return {"status": report.pop("status"), "checks": checks, **report}

    def _probe_index(self) -> dict[str, Any]:
        return {"documents": len(self.store.manifest()), "chunks": self.store.count()}

    def _probe_embedder(self) -> dict[str, Any]:
        _ = self.embedder.dimension
        return {"embedder": self.embedder.name}

    def _probe_llm(self) -> dict[str, Any]:
        llm = self.llm
        if not llm.health():
            raise RuntimeError(f"the {self.settings.llm_backend} model backend does not answer")
        return {"model": llm.model}

    def ensure_corpus(self) -> None:
        """Index the bundled articles when the index is empty (first run)."""
        if self.store.count() == 0 and self.settings.corpus_dir.exists():
            report = self.indexer.index([self.settings.corpus_dir], sync=False)
            log.info("indexed bundled corpus: %s", report.summary())


def _timed(stage: str, build: Callable[[], T]) -> T:
    started = time.perf_counter()
    value = build()
    log.info("%s ready in %.2fs", stage, time.perf_counter() - started)
    return value
