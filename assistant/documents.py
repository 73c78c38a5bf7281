"""The documents service: upload, list, delete, and feedback on answers; used alike by REST, UI and CLI."""

from __future__ import annotations

import json
import re
import shutil
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from assistant.errors import NotFound, Rejected, UserError
from index.load import SUPPORTED
from index.store import is_reserved

if TYPE_CHECKING:
    from assistant.settings import Settings
    from index.ingest import Indexer, Progress
    from index.store import DocRecord, Store

_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")
_feedback_lock = threading.Lock()


@dataclass
class UploadResult:
    indexed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[dict[str, str]] = field(default_factory=list)  # {file, reason} per file
    chunks: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"indexed": self.indexed, "unchanged": self.unchanged, "skipped": self.skipped, "chunks": self.chunks}

    def summary(self) -> list[str]:
        """One line per outcome, for people."""
        lines = [f"Indexed: {', '.join(self.indexed) or 'nothing new'} ({self.chunks} chunks)."]
        if self.unchanged:
            lines.append(f"Already indexed, unchanged: {', '.join(self.unchanged)}.")
        return lines + [f"Skipped {s['file']}: {s['reason']}" for s in self.skipped]


class Documents:
    """What users do with the indexed documents. The store and indexer are built on first use."""

    def __init__(self, settings: Settings, store: Callable[[], Store], indexer: Callable[[], Indexer]) -> None:
        self.settings = settings
        self._store = store
        self._indexer = indexer

    def list(self) -> list[DocRecord]:
        """Indexed documents, by id."""
        return sorted(self._store().manifest().values(), key=lambda r: r.doc_id)

    def delete(self, doc_id: str) -> None:
        if is_reserved(doc_id):
            raise UserError(f"'{doc_id}' is an internal record of the index, not a document; it cannot be removed.")
        if not self._store().delete_doc(doc_id):
            raise NotFound(f"No document '{doc_id}'; list them with GET /api/documents or `assistant docs`.")

    def upload(
        self, files: list[tuple[str, IO[bytes]]], progress: Progress | None = None, sources: list[str] | None = None
    ) -> UploadResult:
        """Index uploaded files from a temporary folder (nothing is kept on this replica's disk). `sources`, one
        per file, are their paths on the sender's disk (the CLI sends them), recorded so that a later
        `assistant index FOLDER` can tell which documents left that folder."""
        if not files:
            raise Rejected("No files uploaded.")
        limit_mb = self.settings.max_upload_mb
        tmp = Path(tempfile.mkdtemp(prefix="upload-"))
        rejected: list[dict[str, str]] = []
        origins: dict[str, str] = {}
        try:
            for i, (name, stream) in enumerate(files):
                safe = safe_filename(name)
                if safe is None:
                    reason = f"unsupported name or type; use {', '.join(sorted(SUPPORTED))}"
                    rejected.append({"file": name, "reason": reason})
                    continue
                target = tmp / safe
                if not _copy_at_most(stream, target, int(limit_mb * 1e6)):
                    target.unlink()
                    rejected.append({"file": name, "reason": f"larger than the {limit_mb:g} MB upload limit"})
                elif sources and i < len(sources) and sources[i]:
                    origins[safe] = sources[i]
            report = self._indexer().index([tmp], sync=False, progress=progress, origins=origins)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        skipped = rejected + [{"file": Path(p).name, "reason": r} for p, r in report.skipped]
        if not report.indexed and not report.unchanged:
            raise Rejected("Nothing was indexed: " + "; ".join(f"{s['file']}: {s['reason']}" for s in skipped))
        return UploadResult(report.indexed, report.unchanged, skipped, report.chunks_added)

    def feedback(self, question: str, answer: dict[str, Any], rating: str, comment: str = "") -> None:
        """Append a rating of an answer to the feedback log."""
        path = self.settings.feedback_log
        path.parent.mkdir(parents=True, exist_ok=True)
        row = {"at": time.time(), "rating": rating, "question": question, "answer": answer.get("answer", ""),
               "citations": answer.get("citations", []), "comment": comment}  # fmt: skip
        with _feedback_lock, path.open("a", encoding="utf-8") as f:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def _copy_at_most(stream: IO[bytes], target: Path, limit: int) -> bool:
    """Copy up to `limit` bytes; False (and stop reading) as soon as there are more."""
    copied = 0
    with target.open("wb") as out:
        while block := stream.read(1 << 20):
            copied += len(block)
            if copied > limit:
                return False
            out.write(block)
    return True


def safe_filename(name: str) -> str | None:
    """A bare, harmless file name with a supported suffix, or None."""
    base = re.split(r"[\\/]", name)[-1]
    base = _SAFE_NAME.sub("_", base).lstrip(".")
    if not base or Path(base).suffix.lower() not in SUPPORTED or not Path(base).stem.strip("._-"):
        return None
    return base[:120]
