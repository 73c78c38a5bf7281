"""The design issue 12 replaced, kept for the benchmarks to measure beside today's: a lexical index held in
memory (bm25s over every chunk), rebuilt from a full read of Chroma whenever the collection changes, the
fp32 torch embedder at its old batch size, and the serial indexing loop. RebuiltBM25 plugs into
index.retrieve.Retriever in place of LexicalIndex, SerialIndexer into Services in place of Indexer."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from index.annotate import annotate
from index.ingest import Indexer, IndexReport, collect_files
from index.lexical import lexical_terms
from index.store import Store
from index.types import Chunk

OLD_EMBED_BATCH = 64
OLD_GROUP = 256  # chunks annotated, embedded and written together


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


class SerialIndexer(Indexer):
    """The indexing loop before issue 12: each group of documents annotated, embedded and written in turn,
    nothing overlapped, every file parsed even when its bytes are unchanged (the text's hash decides)."""

    def index(self, paths: Iterable[Path], sync: bool = True, progress: Any = None, origins: Any = None) -> IndexReport:
        started, report, paths = time.perf_counter(), IndexReport(), [Path(p) for p in paths]
        files = collect_files(paths, report)
        manifest = {d: replace(r, file_hash="") for d, r in self.store.manifest().items()}
        by_hash = {rec.content_hash: rec.doc_id for rec in manifest.values()}
        seen_ids: dict[str, str] = {}
        pending: list[Any] = []
        for i, path in enumerate(files, 1):
            if progress:
                progress(i, len(files), path.name)
            if (ready := self._prepare(path, origins, manifest, by_hash, seen_ids, report)) is not None:
                pending.append(ready)
            if pending and (i == len(files) or sum(len(r.chunks) for r in pending) >= OLD_GROUP):
                annotate([c for r in pending for c in r.chunks])
                self._write(pending, report)
                pending = []
        if sync:
            self._sync(paths, manifest, seen_ids, report)
        report.seconds = time.perf_counter() - started
        return report
