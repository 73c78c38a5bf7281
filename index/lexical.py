"""Lexical index: each chunk's BM25 terms in SQLite FTS5, on disk, changed per document as documents change.

Chroma keeps the chunks; this is a per-machine mirror of their text for keyword search, so start-up opens
it instead of rebuilding it, a write touches only its document's rows, and a query is answered by FTS5's
inverted index instead of a Python pass over every chunk. Replicas sharing one Chroma
server each keep their own mirror and catch up from the manifest: a document whose stamp (content hash and
write time) differs from the mirror's is re-read from Chroma, one missing from the manifest is dropped.

Ranking is Lucene's BM25 (bm25s's default, which this index replaced), not FTS5's own bm25(): FTS5's idf,
log((N - df + 0.5) / (df + 0.5)), is floored at ~0 for a term in over half the chunks, so in a small corpus
the words every article shares (its subject) stop counting and a chunk matching one stray word outranks one
matching the subject three times (recall@5 on the bundled questions fell 1.000 -> 0.973 with it). FTS5 finds
and pre-ranks the candidates; the best `_WINDOW` are rescored here from their stored terms.
"""

from __future__ import annotations

import contextlib
import logging
import math
import re
import sqlite3
import threading
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from index.text import content_words, demonyms
from index.types import Chunk

if TYPE_CHECKING:
    from index.store import DocRecord, Store

log = logging.getLogger("index")

# Bodies are lexical_terms joined by spaces; '-' and "'" are word characters so that FTS5's tokens are
# exactly those terms ("export-control" is one term, as in the ranking below).
_SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE docs(doc_id TEXT PRIMARY KEY, stamp TEXT NOT NULL);
CREATE TABLE chunks(n INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, doc_id TEXT NOT NULL, length INTEGER NOT NULL, data TEXT NOT NULL);
CREATE INDEX chunks_doc ON chunks(doc_id);
CREATE VIRTUAL TABLE terms USING fts5(body, tokenize="unicode61 remove_diacritics 0 tokenchars '-'''");
CREATE VIRTUAL TABLE vocab USING fts5vocab(terms, 'row');
"""
_TABLES = ("vocab", "terms", "chunks", "docs", "meta")
_VERSION = "2"  # a file of another layout is emptied, and refilled from Chroma by the next catch-up
_CATCH_UP_BATCH = 200  # documents read back from Chroma per call when catching up
# In a large index, a query term found in more than _COMMON of all chunks is left out of the match: scoring
# its long posting list is most of a query's cost (65 ms p50 at 100k chunks with it, 9 ms without), and its
# BM25 weight is small (FTS5's idf is at most log(9) for it against 7-10 for a rare term). Below _PRUNE_FROM
# chunks every term is scored; a query of common terms only keeps its rarest.
_PRUNE_FROM = 10_000
_COMMON = 0.10
_WINDOW = 200  # FTS5's best candidates rescored (at least 4x the request): more than a small corpus holds
_K1, _B = 1.5, 0.75  # bm25s's defaults


_INNER_NAME = re.compile(r"(?<=[\w,] )[A-Z][a-z]{3,}\b")


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
        self._threads: dict[int, sqlite3.Connection] = {}  # each thread's connection, so close() reaches all
        self._opening = threading.Lock()  # not _write: a thread's first connection may be made inside a write
        self._write = threading.Lock()
        self._db().execute("PRAGMA journal_mode=WAL")
        with self._write, self._transaction() as db:
            self._migrate(db)
        self.size, self.length = self._count()

    @staticmethod
    def _migrate(db: sqlite3.Connection) -> None:
        """Create the tables, or replace those of another layout (the mirror is refilled from Chroma)."""
        try:
            version = db.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
        except sqlite3.OperationalError:  # a new file
            version = None
        if version and version[0] == _VERSION:
            return
        for table in _TABLES:
            db.execute(f"DROP TABLE IF EXISTS {table}")  # noqa: S608 - fixed table names
        for statement in _SCHEMA.strip().rstrip(";").split(";\n"):
            db.execute(statement)
        db.execute("INSERT INTO meta(key, value) VALUES ('version', ?), ('length', '0')", (_VERSION,))

    def _db(self) -> sqlite3.Connection:
        db = self._threads.get(threading.get_ident())
        if db is None:
            db = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
            db.execute("PRAGMA synchronous=NORMAL")
            with self._opening:
                alive = {t.ident for t in threading.enumerate()}
                for ended in [i for i in self._threads if i not in alive]:  # a pool's idle threads come and go
                    self._threads.pop(ended).close()
                self._threads[threading.get_ident()] = db
        return db

    def close(self) -> None:
        """Close every thread's connection (a process that opens many indexes, as tests do, runs out of files)."""
        with self._opening:
            for db in self._threads.values():
                db.close()
            self._threads.clear()

    def _count(self) -> tuple[int, int]:
        """Chunks held, and their terms in all (for BM25's average chunk length; kept in meta by every write,
        since summing it reads the whole table: half a second at 100k chunks)."""
        db = self._db()
        length = db.execute("SELECT value FROM meta WHERE key = 'length'").fetchone()
        return int(db.execute("SELECT count(*) FROM chunks").fetchone()[0]), int(length[0]) if length else 0

    @staticmethod
    def _add_length(db: sqlite3.Connection, terms: int) -> None:
        db.execute("UPDATE meta SET value = CAST(value AS INTEGER) + ? WHERE key = 'length'", (terms,))

    # -- writes (each one transaction: a kill leaves the document as it was, or as it is now) -------------

    def replace(self, doc_id: str, doc_stamp: str, chunks: Sequence[Chunk]) -> None:
        with self._write, self._transaction() as db:
            dropped, dropped_length = self._drop(db, doc_id)
            added = 0
            for c in chunks:
                terms = lexical_terms(c.text)
                added += len(terms)
                n = db.execute(
                    "INSERT INTO chunks(id, doc_id, length, data) VALUES (?, ?, ?, ?)",
                    (c.id, doc_id, len(terms), c.model_dump_json()),
                ).lastrowid
                db.execute("INSERT INTO terms(rowid, body) VALUES (?, ?)", (n, " ".join(terms)))
            db.execute("INSERT INTO docs(doc_id, stamp) VALUES (?, ?)", (doc_id, doc_stamp))
            self._add_length(db, added - dropped_length)
            self.size += len(chunks) - dropped
            self.length += added - dropped_length

    def delete(self, doc_ids: Iterable[str]) -> None:
        with self._write, self._transaction() as db:
            for doc_id in doc_ids:
                dropped, dropped_length = self._drop(db, doc_id)
                self._add_length(db, -dropped_length)
                self.size -= dropped
                self.length -= dropped_length

    def clear(self) -> None:
        with self._write, self._transaction() as db:
            for table in ("docs", "chunks", "terms"):
                db.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed table names
            db.execute("DELETE FROM meta WHERE key NOT IN ('version', 'length')")
            db.execute("UPDATE meta SET value = '0' WHERE key = 'length'")
        self.size = self.length = 0

    @staticmethod
    def _drop(db: sqlite3.Connection, doc_id: str) -> tuple[int, int]:
        """Remove a document's rows; how many chunks and terms it had."""
        held = db.execute(
            "SELECT count(*), coalesce(sum(length), 0) FROM chunks WHERE doc_id = ?", (doc_id,)
        ).fetchone()
        db.execute("DELETE FROM terms WHERE rowid IN (SELECT n FROM chunks WHERE doc_id = ?)", (doc_id,))
        db.execute("DELETE FROM chunks WHERE doc_id = ?", (doc_id,))
        db.execute("DELETE FROM docs WHERE doc_id = ?", (doc_id,))
        return int(held[0]), int(held[1])

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
        asked = Counter(lexical_terms(query))  # a term asked twice weighs twice, as in bm25s
        # A place asked by its name may be named by its people's adjective alone ("Nigerian President Olusegun
        # Obasanjo" for Nigeria's): a capitalised word inside the query adds its demonyms, each standing in for
        # the name where a chunk lacks it (where it has the name, the name counts, once).
        stands_for = {d: w.lower() for w in _INNER_NAME.findall(query) for d in demonyms(w.lower())}
        asked.update(list(stands_for))
        df = self._frequencies(list(asked))
        terms = self._discriminating([t for t in asked if df.get(t)], df)
        if not terms or limit <= 0:
            return []
        match = " OR ".join('"' + t.replace('"', '""') + '"' for t in terms)
        # The FTS table alone is pre-ranked (a join would be scored row by row); ids are looked up for the winners.
        sql, args = "SELECT rowid, body FROM terms WHERE terms MATCH ?", [match]
        if doc_ids:
            sql += f" AND rowid IN (SELECT n FROM chunks WHERE doc_id IN ({','.join('?' * len(doc_ids))}))"
            args += list(doc_ids)
        db = self._db()
        rows = db.execute(sql + " ORDER BY bm25(terms) LIMIT ?", [*args, max(_WINDOW, 4 * limit)]).fetchall()
        chunks, mean_length = max(self.size, 1), max(self.length / max(self.size, 1), 1.0)
        weight = {t: asked[t] * math.log(1 + (chunks - df[t] + 0.5) / (df[t] + 0.5)) for t in terms}
        scored = []
        for n, body in rows:
            words = body.split()
            norm = _K1 * (1 - _B + _B * len(words) / mean_length)
            named = [t for t in weight if t not in stands_for or stands_for[t] not in words]
            scored.append((sum(weight[t] * tf / (tf + norm) for t in named if (tf := words.count(t))), n))
        best = sorted(scored, key=lambda pair: (-pair[0], pair[1]))[:limit]
        if not best:
            return []
        ids = dict(db.execute(f"SELECT n, id FROM chunks WHERE n IN ({','.join('?' * len(best))})", [n for _, n in best]).fetchall())  # fmt: skip
        return [(str(ids[n]), score) for score, n in best if n in ids]

    def _frequencies(self, terms: list[str]) -> dict[str, int]:
        """How many chunks hold each term (FTS5's vocabulary table)."""
        if not terms:
            return {}
        marks = ",".join("?" * len(terms))
        return dict(self._db().execute(f"SELECT term, doc FROM vocab WHERE term IN ({marks})", terms).fetchall())

    def _discriminating(self, terms: list[str], df: dict[str, int]) -> list[str]:
        if self.size < _PRUNE_FROM or not terms:
            return terms
        kept = [t for t in terms if df[t] <= _COMMON * self.size]
        return kept or sorted(terms, key=lambda t: df[t])[:1]

    def chunks(self, ids: Sequence[str]) -> dict[str, Chunk]:
        if not ids:
            return {}
        rows = (
            self._db()
            .execute(f"SELECT id, data FROM chunks WHERE id IN ({','.join('?' * len(ids))})", list(ids))
            .fetchall()
        )
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
        self.size, self.length = self._count()  # another process on this machine may share the file
        return len(gone) + len(changed)
