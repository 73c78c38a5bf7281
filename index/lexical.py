"""Lexical index: each chunk's BM25 terms in SQLite FTS5, on disk, changed per document as documents change.

Chroma keeps the chunks; this is a per-machine mirror of their text for keyword search, so start-up opens
it instead of rebuilding it, a write touches only its document's rows, and a query is answered by FTS5's
inverted index (bm25 ranking in C) instead of a Python pass over every chunk. Replicas sharing one Chroma
server each keep their own mirror and catch up from the manifest: a document whose stamp (content hash and
write time) differs from the mirror's is re-read from Chroma, one missing from the manifest is dropped.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from index.text import content_words
from index.types import Chunk

if TYPE_CHECKING:
    from index.store import DocRecord, Store

log = logging.getLogger("index")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS docs(doc_id TEXT PRIMARY KEY, stamp TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS chunks(n INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, doc_id TEXT NOT NULL, data TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS chunks_doc ON chunks(doc_id);
CREATE VIRTUAL TABLE IF NOT EXISTS terms USING fts5(body, tokenize='unicode61 remove_diacritics 0');
CREATE VIRTUAL TABLE IF NOT EXISTS vocab USING fts5vocab(terms, 'row');
"""
_CATCH_UP_BATCH = 200  # documents read back from Chroma per call when catching up
# In a large index, a query term found in more than _COMMON of all chunks is left out of the match: scoring
# its long posting list is most of a query's cost (65 ms p50 at 100k chunks with it, 9 ms without), and its
# BM25 weight is small (FTS5's idf is at most log(9) for it against 7-10 for a rare term). Below _PRUNE_FROM
# chunks every term is scored; a query of common terms only keeps its rarest.
_PRUNE_FROM = 10_000
_COMMON = 0.10


def lexical_terms(text: str) -> list[str]:
    """BM25 terms: content words with a light plural fold, so 'chips' matches 'chip'."""
    return [w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in content_words(text)]


def stamp(record: DocRecord) -> str:
    """What identifies one write of a document: its text's hash and when it was written (to the millisecond:
    Chroma gives floats back a few digits short)."""
    return f"{record.content_hash}@{record.indexed_at:.3f}"


class LexicalIndex:
    """Thread-safe: one SQLite connection per thread (readers never wait), one writer at a time."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        self._write = threading.Lock()
        with self._db() as db:
            db.execute("PRAGMA journal_mode=WAL")
            db.executescript(_SCHEMA)
        self.size = self._count()

    def _db(self) -> sqlite3.Connection:
        db: sqlite3.Connection | None = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
            db.execute("PRAGMA synchronous=NORMAL")
            self._local.db = db
        return db

    def _count(self) -> int:
        return int(self._db().execute("SELECT count(*) FROM chunks").fetchone()[0])

    # -- writes (each one transaction: a kill leaves the document as it was, or as it is now) -------------

    def replace(self, doc_id: str, doc_stamp: str, chunks: Sequence[Chunk]) -> None:
        with self._write, self._transaction() as db:
            dropped = self._drop(db, doc_id)
            for c in chunks:
                n = db.execute(
                    "INSERT INTO chunks(id, doc_id, data) VALUES (?, ?, ?)", (c.id, doc_id, c.model_dump_json())
                ).lastrowid
                db.execute("INSERT INTO terms(rowid, body) VALUES (?, ?)", (n, " ".join(lexical_terms(c.text))))
            db.execute("INSERT INTO docs(doc_id, stamp) VALUES (?, ?)", (doc_id, doc_stamp))
            self.size += len(chunks) - dropped

    def delete(self, doc_ids: Iterable[str]) -> None:
        with self._write, self._transaction() as db:
            self.size -= sum(self._drop(db, doc_id) for doc_id in doc_ids)

    def clear(self) -> None:
        with self._write, self._transaction() as db:
            for table in ("docs", "chunks", "terms", "meta"):
                db.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed table names
        self.size = 0

    @staticmethod
    def _drop(db: sqlite3.Connection, doc_id: str) -> int:
        """Remove a document's rows; how many chunks it had."""
        db.execute("DELETE FROM terms WHERE rowid IN (SELECT n FROM chunks WHERE doc_id = ?)", (doc_id,))
        dropped = db.execute("DELETE FROM chunks WHERE doc_id = ?", (doc_id,)).rowcount
        db.execute("DELETE FROM docs WHERE doc_id = ?", (doc_id,))
        return dropped

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any error (the connection runs in autocommit mode)."""
        db = self._db()
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")

    # -- reads ------------------------------------------------------------------------------------------

    def stamps(self) -> dict[str, str]:
        return dict(self._db().execute("SELECT doc_id, stamp FROM docs").fetchall())

    def search(self, query: str, limit: int, doc_ids: Sequence[str] | None = None) -> list[tuple[str, float]]:
        """Chunk ids and BM25 scores (higher is better) of the best `limit` chunks holding any query term."""
        terms = self._discriminating(list(dict.fromkeys(lexical_terms(query))))
        if not terms or limit <= 0:
            return []
        match = " OR ".join('"' + t.replace('"', '""') + '"' for t in terms)
        # The FTS table alone is ranked (a join would be scored row by row); ids are looked up for the winners.
        sql, args = "SELECT rowid, -bm25(terms) FROM terms WHERE terms MATCH ?", [match]
        if doc_ids:
            sql += f" AND rowid IN (SELECT n FROM chunks WHERE doc_id IN ({','.join('?' * len(doc_ids))}))"
            args += list(doc_ids)
        db = self._db()
        rows = db.execute(sql + " ORDER BY bm25(terms) LIMIT ?", [*args, limit]).fetchall()
        if not rows:
            return []
        ids = dict(db.execute(f"SELECT n, id FROM chunks WHERE n IN ({','.join('?' * len(rows))})", [n for n, _ in rows]).fetchall())  # fmt: skip
        return [(str(ids[n]), float(score)) for n, score in rows if n in ids]

    def _discriminating(self, terms: list[str]) -> list[str]:
        if self.size < _PRUNE_FROM or not terms:
            return terms
        marks = ",".join("?" * len(terms))
        df = dict(self._db().execute(f"SELECT term, doc FROM vocab WHERE term IN ({marks})", terms).fetchall())
        kept = [t for t in terms if df.get(t, 0) <= _COMMON * self.size]
        return kept or sorted(terms, key=lambda t: df.get(t, 0))[:1]

    def chunks(self, ids: Sequence[str]) -> dict[str, Chunk]:
        if not ids:
            return {}
        rows = self._db().execute(
            f"SELECT id, data FROM chunks WHERE id IN ({','.join('?' * len(ids))})", list(ids)
        ).fetchall()
        return {str(cid): Chunk.model_validate_json(data) for cid, data in rows}

    # -- catching up with Chroma ---------------------------------------------------------------------

    def catch_up(self, store: Store) -> int:
        """Make the mirror hold what the store's manifest says, reading back only the documents that differ
        (written or removed by another process since). Returns how many documents changed here."""
        collection = str(store.chunks.id)
        held = self._db().execute("SELECT value FROM meta WHERE key = 'collection'").fetchone()
        if held is None or held[0] != collection:  # a rebuilt or different collection: nothing here is its
            self.clear()
            with self._write:
                self._db().execute("INSERT INTO meta(key, value) VALUES ('collection', ?)", (collection,))
        wanted = {doc_id: stamp(rec) for doc_id, rec in store.manifest().items()}
        have = self.stamps()
        gone = [d for d in have if d not in wanted]
        changed = [d for d, s in wanted.items() if have.get(d) != s]
        if gone:
            self.delete(gone)
        if len(changed) > 50:
            log.info("lexical index: catching up on %d documents", len(changed))
        for i in range(0, len(changed), _CATCH_UP_BATCH):
            part = changed[i : i + _CATCH_UP_BATCH]
            by_doc: dict[str, list[Chunk]] = {d: [] for d in part}
            for chunk in store.chunks_of(part):
                by_doc[chunk.doc_id].append(chunk)
            for doc_id, chunks in by_doc.items():
                self.replace(doc_id, wanted[doc_id], sorted(chunks, key=lambda c: c.start))
        self.size = self._count()  # another process on this machine may share the file
        return len(gone) + len(changed)
