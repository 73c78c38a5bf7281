"""Store stage: chunks and vectors in Chroma (embedded folder or server), plus a document manifest."""

from __future__ import annotations

import contextlib
import functools
import json
import os
import socket
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import urlparse

from index.lexical import stamp
from index.types import Chunk

if TYPE_CHECKING:
    import numpy as np
    from chromadb.api import ClientAPI
    from chromadb.api.models.Collection import Collection

    from index.lexical import LexicalIndex

T = TypeVar("T")
_PAGE = 2000
_GENERATION = "__generation__"
_WRITING = "__writing__:"  # + doc id: a write under way, with its owner
_ABANDONED_AFTER = 3600.0
_INT8 = "+int8"  # how index/embed.py names its int8 export of a model  # seconds after which any writer's marker is taken as abandoned


def _owner() -> dict[str, Any]:
    return {"pid": os.getpid(), "host": socket.gethostname(), "at": time.time()}


def _abandoned(marker: dict[str, Any]) -> bool:
    """A marker whose writer is provably gone: its process is dead on this host, or it is an hour old."""
    if time.time() - float(marker.get("at", 0)) > _ABANDONED_AFTER:
        return True
    if marker.get("host") != socket.gethostname():
        return False
    try:
        os.kill(int(marker.get("pid", 0)), 0)
    except ProcessLookupError:
        return True
    except (PermissionError, ValueError):
        return False
    return False


class StoreError(RuntimeError):
    """Chroma cannot be used as configured; the message says what to do."""


class StoreUnavailable(StoreError):
    """The Chroma server stopped answering: a known outage, safe to retry, not a bug."""


class StoreUnwritable(StoreError):
    """The embedded index's folder cannot be written (disk full, read-only): what is indexed stays intact."""


# SQLite's own words for a write the disk refused (its result codes SQLITE_FULL, SQLITE_IOERR,
# SQLITE_READONLY, SQLITE_CANTOPEN), as embedded Chroma passes them on.
_DISK_REFUSED = ("disk is full", "disk i/o error", "readonly database", "unable to open database file")


def _unwritable(location: str, exc: Exception) -> StoreUnwritable | None:
    text = str(exc).lower()
    if not (isinstance(exc, OSError) or any(words in text for words in _DISK_REFUSED)):
        return None
    return StoreUnwritable(
        f"Cannot write the index in {location}: the disk is full or the folder is read-only ({str(exc)[-120:]}); "
        "embedded Chroma writes to it even to read. Free disk space or make the folder writable, then run it "
        "again; what was indexed before is intact."
    )


def _remote(method: Callable[..., T]) -> Callable[..., T]:
    """On a Chroma server, any failure of a call is the server's outage (chromadb raises many kinds for a
    refused or broken connection): say so, naming it. On embedded Chroma, a write the disk refused says so;
    other errors stay what they are."""

    @functools.wraps(method)
    def call(self: Store, *args: Any, **kwargs: Any) -> T:
        try:
            return method(self, *args, **kwargs)
        except (StoreError, ReservedId):
            raise
        except Exception as exc:
            if not self.location.startswith(("http://", "https://")):
                refused = _unwritable(self.location, exc)
                if refused is None:
                    raise
                raise refused from exc
            raise StoreUnavailable(
                f"The index server (Chroma at {self.location}) is not answering ({type(exc).__name__}); "
                "nothing is lost, and it is safe to retry once it is back."
            ) from exc

    return call


class ReservedId(ValueError):
    """An id the index keeps for itself (document ids, made from file stems, never start with "__")."""


def is_reserved(doc_id: str) -> bool:
    return doc_id.startswith("__")


@dataclass(frozen=True)
class DocRecord:
    doc_id: str
    content_hash: str
    chunks: int
    title: str
    outlet: str
    url: str
    path: str
    indexed_at: float
    file_hash: str = ""  # of the file's bytes; "" in indexes written before it was recorded
    chunk_format: int = 0  # CHUNK_FORMAT its chunks were written in; 0 before it was recorded

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def connect(location: str | Path) -> ClientAPI:
    """A Chroma client, telemetry off: a server for an http(s) URL, else an embedded index in that folder."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if isinstance(location, str) and location.startswith(("http://", "https://")):
        url = urlparse(location)
        try:
            client = chromadb.HttpClient(
                host=url.hostname or "localhost",
                port=url.port or (443 if url.scheme == "https" else 8000),
                ssl=url.scheme == "https",
                settings=chroma_settings,
            )
            client.heartbeat()
        except Exception as exc:  # chromadb raises several transport errors; all mean the same here
            raise StoreError(
                f"Cannot reach Chroma at {location} ({type(exc).__name__}). "
                "Start it with `chroma run --path var/chroma-server --port 8000`, "
                "or unset ASSISTANT_CHROMA_URL to use the embedded index."
            ) from exc
        return client
    try:
        Path(location).mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(location), settings=chroma_settings)
    except Exception as exc:
        refused = _unwritable(str(location), exc)
        if refused is None:
            raise
        raise refused from exc


class Store:
    """The chunk collection (vectors, text, metadata) and its manifest of documents."""

    def __init__(
        self, client: ClientAPI, name: str, embed_model: str, location: str = "", mirror: LexicalIndex | None = None
    ) -> None:
        self.client = client
        self.name = name
        self.mirror = mirror  # this machine's lexical index, written with each document (index/lexical.py)
        self.local_writes = 0  # this process's own writes: seen at once, other replicas' within seconds
        self.embed_model = embed_model
        self.location = location
        self.chunks: Collection = client.get_or_create_collection(
            name, metadata={"hnsw:space": "cosine", "embed_model": embed_model}, embedding_function=None
        )
        recorded = (self.chunks.metadata or {}).get("embed_model")
        if recorded and recorded != embed_model:
            same_model = recorded.removesuffix(_INT8) == embed_model.removesuffix(_INT8)
            hint = f", or set ASSISTANT_EMBED_INT8={str(recorded.endswith(_INT8)).lower()} to use it as built"
            raise StoreError(
                f"The index '{name}' at {location or 'Chroma'} was built with embedder '{recorded}', "
                f"but '{embed_model}' is configured. Re-index with `assistant index --rebuild PATH...`"
                f"{hint if same_model else ''}, or set ASSISTANT_COLLECTION to a new name."
            )
        self.docs: Collection = client.get_or_create_collection(
            f"{name}_docs", metadata={"hnsw:space": "l2"}, embedding_function=None
        )

    # -- writes -----------------------------------------------------------------------------

    @_remote
    def check_dimension(self, dimension: int) -> None:
        recorded = (self.chunks.metadata or {}).get("dimension")
        if recorded is None:
            kept = {k: v for k, v in (self.chunks.metadata or {}).items() if not k.startswith("hnsw:")}
            self.chunks.modify(metadata={**kept, "dimension": dimension})
        elif int(recorded) != dimension:
            raise StoreError(
                f"The index '{self.name}' holds {recorded}-d vectors but the embedder makes {dimension}-d ones. "
                "Re-index with `assistant index --rebuild PATH...`."
            )

    def replace_doc(self, record: DocRecord, chunks: Sequence[Chunk], vectors: np.ndarray) -> None:
        """Swap a document's chunks in Chroma, then in this machine's lexical index (a kill in between is
        caught up from the manifest)."""
        self._replace_in_chroma(record, chunks, vectors)
        if self.mirror is not None:
            with self._mirror_errors():
                self.mirror.replace(record.doc_id, stamp(record), chunks)

    @_remote
    def _replace_in_chroma(self, record: DocRecord, chunks: Sequence[Chunk], vectors: np.ndarray) -> None:
        """Swap a document's chunks. Its manifest entry goes first and comes back last, so a crash (or a full
        disk) mid-way leaves it to redo, never an old entry over missing chunks. A marker names the writer
        (pid@host) while it writes: another writer's clean-up leaves its chunks alone unless the writer is
        provably gone (a dead process on this host, or an hour old)."""
        marker = _WRITING + record.doc_id
        self.docs.upsert(ids=[marker], embeddings=[[0.0]], metadatas=[{"writing": record.doc_id, **_owner()}])
        self.docs.delete(ids=[record.doc_id])
        self.chunks.delete(where={"doc_id": record.doc_id})
        step = max(1, min(self.client.get_max_batch_size(), 1000))
        for i in range(0, len(chunks), step):
            part = chunks[i : i + step]
            self.chunks.upsert(
                ids=[c.id for c in part],
                embeddings=vectors[i : i + step],
                documents=[c.text for c in part],
                metadatas=[_chunk_meta(c) for c in part],
            )
        self.docs.upsert(ids=[record.doc_id], embeddings=[[1.0]], metadatas=[record.to_json()])
        self.docs.delete(ids=[marker])
        self.bump()

    @_remote
    def abandoned_writes(self) -> set[str]:
        """Documents whose writer died mid-write (its marker's owner is provably gone)."""
        return {str(m["writing"]) for m in self._markers() if _abandoned(m)}

    @_remote
    def clear_marker(self, doc_id: str) -> None:
        self.docs.delete(ids=[_WRITING + doc_id])

    def _markers(self) -> list[dict[str, Any]]:
        got = self.docs.get(where={"writing": {"$ne": ""}}, include=["metadatas"])
        return [dict(m) for m in got["metadatas"] or [] if m and m.get("writing")]

    def delete_doc(self, doc_id: str) -> bool:
        """Remove a document; True if the manifest knew it."""
        known = self._delete_in_chroma(doc_id)
        if self.mirror is not None:
            with self._mirror_errors():
                self.mirror.delete([doc_id])
        return known

    @contextlib.contextmanager
    def _mirror_errors(self) -> Iterator[None]:
        """A lexical index the disk refuses says so, like the embedded index (Chroma already holds the write)."""
        try:
            yield
        except Exception as exc:
            refused = _unwritable(str(self.mirror.path if self.mirror else ""), exc)
            if refused is None:
                raise
            raise refused from exc

    @_remote
    def _delete_in_chroma(self, doc_id: str) -> bool:
        if is_reserved(doc_id):
            raise ReservedId(f"'{doc_id}' is an internal record of the index, not a document; it cannot be removed.")
        known = bool(self.docs.get(ids=[doc_id])["ids"])
        self.chunks.delete(where={"doc_id": doc_id})
        self.docs.delete(ids=[doc_id, _WRITING + doc_id])
        self.bump()
        return known

    @_remote
    def bump(self) -> None:
        """Mark the index changed, so every process rebuilds its lexical index."""
        self.local_writes += 1
        self.docs.upsert(
            ids=[_GENERATION], embeddings=[[0.0]], metadatas=[{"value": uuid.uuid4().hex, "at": time.time()}]
        )

    def reset(self) -> None:
        drop(self.client, self.name)
        if self.mirror is not None:
            self.mirror.clear()

    # -- reads ------------------------------------------------------------------------------

    @_remote
    def generation(self) -> str:
        got = self.docs.get(ids=[_GENERATION], include=["metadatas"])
        metas = got["metadatas"] or []
        return str(metas[0]["value"]) if metas else ""

    @_remote
    def manifest(self) -> dict[str, DocRecord]:
        out: dict[str, DocRecord] = {}
        for _, meta, _ in self._pages(self.docs, ["metadatas"]):
            if "doc_id" in meta:
                fields = {k: meta[k] for k in DocRecord.__dataclass_fields__ if k in meta}
                out[str(meta["doc_id"])] = DocRecord(**fields)  # type: ignore[arg-type]
        return out

    @_remote
    def chunk_doc_ids(self) -> set[str]:
        return {str(meta["doc_id"]) for _, meta, _ in self._pages(self.chunks, ["metadatas"])}

    @_remote
    def all_chunks(self) -> list[Chunk]:
        return [
            _chunk_from(cid, meta, text) for cid, meta, text in self._pages(self.chunks, ["metadatas", "documents"])
        ]

    @_remote
    def chunks_of(self, doc_ids: Sequence[str]) -> list[Chunk]:
        """Every chunk of these documents (a replica catching up reads only what changed)."""
        pages = self._pages(self.chunks, ["metadatas", "documents"], where=_doc_filter(doc_ids))
        return [_chunk_from(cid, meta, text) for cid, meta, text in pages]

    @_remote
    def count(self) -> int:
        return self.chunks.count()

    @_remote
    def query(self, vector: Sequence[float], k: int, doc_ids: Sequence[str] | None = None) -> list[tuple[str, float]]:
        """Chunk ids and cosine similarities of the k nearest chunks (the caller bounds k by the index size)."""
        n = k
        if n <= 0:
            return []
        where: Any = _doc_filter(doc_ids)
        res = self.chunks.query(
            query_embeddings=[[float(x) for x in vector]], n_results=n, where=where, include=["distances"]
        )
        return [(cid, 1.0 - float(d)) for cid, d in zip(res["ids"][0], (res["distances"] or [[]])[0], strict=True)]

    @_remote
    def embeddings(self, ids: Sequence[str]) -> dict[str, list[float]]:
        got = self.chunks.get(ids=list(ids), include=["embeddings"])
        return {cid: list(vec) for cid, vec in zip(got["ids"], got["embeddings"], strict=True)}  # type: ignore[arg-type]

    def _pages(
        self, col: Collection, include: list[str], where: dict[str, Any] | None = None
    ) -> Iterator[tuple[str, dict[str, Any], str]]:
        offset = 0
        while True:
            got = col.get(include=include, limit=_PAGE, offset=offset, where=where)  # type: ignore[arg-type]
            ids = got["ids"]
            metas = got.get("metadatas") or [{}] * len(ids)
            docs = got.get("documents") or [""] * len(ids)
            for row in zip(ids, metas, docs, strict=True):
                yield row[0], dict(row[1] or {}), row[2] or ""
            if len(ids) < _PAGE:
                return
            offset += _PAGE


def drop(client: ClientAPI, name: str) -> None:
    """Delete a collection and its manifest, whatever embedder built them (what `--rebuild` starts from)."""
    for col in (name, f"{name}_docs"):
        with contextlib.suppress(Exception):  # absent already is fine
            client.delete_collection(col)


def _doc_filter(doc_ids: Sequence[str] | None) -> dict[str, Any] | None:
    if not doc_ids:
        return None
    return {"doc_id": doc_ids[0]} if len(doc_ids) == 1 else {"doc_id": {"$in": list(doc_ids)}}


def _chunk_meta(c: Chunk) -> dict[str, Any]:
    return {
        "doc_id": c.doc_id,
        "start": c.start,
        "end": c.end,
        "sentences": json.dumps(c.sentences),
        "entities": json.dumps(c.entities),
        "lemmas": json.dumps(c.lemmas),
        "title": c.title,
        "outlet": c.outlet,
        "url": c.url,
        "years": json.dumps(c.years),
    }


def _chunk_from(cid: str, meta: dict[str, Any], text: str) -> Chunk:
    return Chunk(
        id=cid,
        doc_id=str(meta["doc_id"]),
        text=text,
        start=int(meta["start"]),
        end=int(meta["end"]),
        sentences=[tuple(s) for s in json.loads(str(meta.get("sentences") or "[]"))],
        entities=[tuple(e) for e in json.loads(str(meta.get("entities") or "[]"))],
        lemmas=json.loads(str(meta.get("lemmas") or "null")),  # indexes older than annotation have none
        title=str(meta.get("title", "")),
        outlet=str(meta.get("outlet", "")),
        url=str(meta.get("url", "")),
        years=json.loads(str(meta.get("years") or "[]")),  # indexes older than it name none
    )
