"""The indexing flow: load -> split -> embed -> store, incremental, idempotent and crash-safe."""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable, Collection, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from index.annotate import annotate
from index.embed import Embedder
from index.load import LoadError, doc_id_for, iter_files, load_catalog, load_file
from index.split import Splitter
from index.store import DocRecord, Store
from index.types import CHUNK_FORMAT, Article, Chunk

log = logging.getLogger("index")
Progress = Callable[[int, int, str], None]
# Documents are annotated, then embedded and written, in groups of about this many chunks. Small groups
# shorten the start and end of a run, where annotating (the first group) or embedding (the last) runs
# alone: 96 took 21 s where 256 took 26 s (bench/bench_embed.py); encode batches are smaller still.
_GROUP_CHUNKS = 96


@dataclass
class _Ready:
    """A document loaded and split, waiting to be embedded and written."""

    article: Article
    digest: str  # of the extracted text: the same text from another file is a twin
    file_hash: str  # of the file's bytes: the same bytes next run are not even parsed
    chunks: list[Chunk]


@dataclass
class IndexReport:
    indexed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    chunks_added: int = 0
    seconds: float = 0.0
    embed_seconds: float = 0.0

    def summary(self) -> str:
        parts = [f"{len(self.indexed)} indexed ({self.chunks_added} chunks)", f"{len(self.unchanged)} unchanged"]
        if self.removed:
            parts.append(f"{len(self.removed)} removed")
        if self.skipped:
            parts.append(f"{len(self.skipped)} skipped")
        return ", ".join(parts) + f" in {self.seconds:.1f}s"


class Indexer:
    def __init__(
        self, store: Store, embedder: Embedder, splitter: Splitter, catalog: Path | None, max_bytes: int
    ) -> None:
        self.store = store
        self.embedder = embedder
        self.splitter = splitter
        self.catalog = load_catalog(catalog)
        self.max_bytes = max_bytes

    def index(
        self,
        paths: Iterable[Path],
        sync: bool = True,
        progress: Progress | None = None,
        origins: dict[str, str] | None = None,
    ) -> IndexReport:
        """Index files and folders. With sync, documents whose file left an indexed folder are deleted.
        `origins` maps a file's name to the path it is recorded under (an upload's path on its sender's disk)."""
        started, report, paths = time.perf_counter(), IndexReport(), [Path(p) for p in paths]
        files = collect_files(paths, report)
        manifest = self.store.manifest()
        by_hash = {rec.content_hash: rec.doc_id for rec in manifest.values()}
        seen_ids: dict[str, str] = {}
        pending: list[_Ready] = []
        with ThreadPoolExecutor(1, thread_name_prefix="index-write") as writer:
            # Embedding and writing a group (ONNX Runtime and Chroma release the GIL) overlap with loading,
            # splitting and annotating the next one; one group in flight keeps memory bounded.
            writing: Future[None] | None = None
            for i, path in enumerate(files, 1):
                if progress:
                    progress(i, len(files), path.name)
                if (ready := self._prepare(path, origins, manifest, by_hash, seen_ids, report)) is not None:
                    pending.append(ready)
                last = i == len(files)
                if pending and (last or sum(len(r.chunks) for r in pending) >= _GROUP_CHUNKS):
                    annotate([c for r in pending for c in r.chunks], {r.article.id: r.article.text for r in pending})
                    if writing is not None:
                        writing.result()
                    writing, pending = writer.submit(self._write, pending, report), []
            if writing is not None:
                writing.result()

        if sync:
            self._sync(paths, manifest, seen_ids, report)
        self._sweep_orphans()
        report.seconds = time.perf_counter() - started
        return report

    def _prepare(
        self,
        path: Path,
        origins: dict[str, str] | None,
        manifest: dict[str, DocRecord],
        by_hash: dict[str, str],
        seen_ids: dict[str, str],
        report: IndexReport,
    ) -> _Ready | None:
        """One file loaded, checked against the manifest and split; None when there is nothing to write
        (unchanged, skipped, or a twin of another document)."""
        old = manifest.get(doc_id_for(path))
        if old and old.chunk_format != CHUNK_FORMAT:
            old = None  # written before its chunks carried what the answering stage reads now: split it again
        file_hash = _file_hash(path)
        if old and file_hash and old.file_hash == file_hash:  # the same bytes as last time: not even parsed
            seen_ids[old.doc_id] = str(path)
            report.unchanged.append(old.doc_id)
            return None
        try:
            article = _load(path, self.catalog, self.max_bytes)
            article.path = (origins or {}).get(path.name) or str(path.resolve())
        except LoadError as exc:
            report.skipped.append((str(path), exc.reason))
            seen_ids.setdefault(doc_id_for(path), str(path))  # a bad file must not cost its old copy
            return None
        digest = hashlib.sha256(article.text.encode()).hexdigest()
        if twin := _twin(article, digest, seen_ids, by_hash):
            report.skipped.append((str(path), twin))
            return None
        seen_ids[article.id] = str(path)
        by_hash[digest] = article.id
        old = manifest.get(article.id)
        if old and old.content_hash == digest and old.chunk_format == CHUNK_FORMAT:
            report.unchanged.append(article.id)
            return None
        chunks = self._split(article, path, report)
        return None if chunks is None else _Ready(article, digest, file_hash, chunks)

    def _split(self, article: Article, path: Path, report: IndexReport) -> list[Chunk] | None:
        try:
            return self.splitter.split(article)
        except Exception as exc:  # noqa: BLE001 - one file's text must not stop the run
            report.skipped.append((str(path), f"could not be split ({type(exc).__name__}: {exc})"))
            return None

    def _write(self, pending: list[_Ready], report: IndexReport) -> None:
        texts = [c.text for r in pending for c in r.chunks]
        t = time.perf_counter()
        vectors = self.embedder.encode(texts) if texts else None
        report.embed_seconds += time.perf_counter() - t
        if vectors is not None:
            self.store.check_dimension(vectors.shape[1])
        offset = 0
        for r in pending:  # an article with no chunks still gets its manifest entry
            part = vectors[offset : offset + len(r.chunks)] if vectors is not None else []
            self.store.replace_doc(self._record(r, report), r.chunks, part)  # type: ignore[arg-type]
            offset += len(r.chunks)
        log.info("wrote %d documents (%d chunks)", len(pending), len(texts))

    @staticmethod
    def _record(r: _Ready, report: IndexReport) -> DocRecord:
        report.indexed.append(r.article.id)
        report.chunks_added += len(r.chunks)
        a = r.article
        return DocRecord(
            doc_id=a.id,
            content_hash=r.digest,
            chunks=len(r.chunks),
            title=a.title,
            outlet=a.outlet,
            url=a.url,
            path=a.path,
            indexed_at=round(time.time(), 3),
            file_hash=r.file_hash,
            chunk_format=CHUNK_FORMAT,
        )

    def _sync(
        self, paths: list[Path], manifest: dict[str, DocRecord], seen: dict[str, str], report: IndexReport
    ) -> None:
        for doc_id in vanished(manifest.values(), paths, seen):
            self.store.delete_doc(doc_id)
            report.removed.append(doc_id)

    def _sweep_orphans(self) -> None:
        # A write killed mid-way leaves its marker (store.replace_doc writes one first and removes it last):
        # before its manifest entry, the chunks it wrote belong to no document and go; after it, only the
        # marker does. Reads the markers, not every chunk: the sweep costs the same at any index size.
        abandoned = self.store.abandoned_writes()
        manifest = self.store.manifest() if abandoned else {}
        for doc_id in abandoned:
            if doc_id in manifest:
                self.store.clear_marker(doc_id)
            else:
                self.store.delete_doc(doc_id)


def _twin(article: Article, digest: str, seen_ids: dict[str, str], by_hash: dict[str, str]) -> str | None:
    """Why this article is not indexed: another file of this run has its id, or a document has its text."""
    if article.id in seen_ids:
        return f"has the same id '{article.id}' as {seen_ids[article.id]}; rename one"
    twin = by_hash.get(digest)
    if twin and twin != article.id:
        return f"has the same text as document '{twin}'; not indexed twice"
    return None


def vanished(records: Iterable[DocRecord], paths: Iterable[Path], seen: Collection[str]) -> list[str]:
    """Documents whose file was in one of the indexed folders and is gone (not seen in this run)."""
    folders = [p.resolve() for p in paths if p.is_dir()]
    return [
        r.doc_id
        for r in records
        if r.doc_id not in seen and any(Path(r.path).is_relative_to(f) for f in folders) and not Path(r.path).exists()
    ]


def _file_hash(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""  # unreadable: _load says why


def _load(path: Path, catalog: dict[str, dict[str, str]], max_bytes: int) -> Article:
    """load_file, with any failure of any parser (HTML, PDF, encodings) made this file's LoadError."""
    try:
        return load_file(path, catalog, max_bytes)
    except LoadError:
        raise
    except Exception as exc:  # noqa: BLE001 - a hostile file may break a parser in any way
        raise LoadError(path, f"could not be read ({type(exc).__name__}: {exc}); check the file") from exc


def collect_files(paths: list[Path], report: IndexReport) -> list[Path]:
    """The supported files under `paths`; a missing path is reported as skipped, not fatal."""
    files: list[Path] = []
    for p in paths:
        try:
            files.extend(iter_files([p]))
        except LoadError as exc:
            report.skipped.append((str(exc.path), exc.reason))
    return files
