"""One writer per embedded index: embedded Chroma is a single-process store, so the process that writes a
data folder (the app for its lifetime, or one `assistant index` run) holds an exclusive lock on it, and
another writer waits for it with a message (or, for a second app, is refused). A Chroma server needs none.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path


class FolderBusy(RuntimeError):
    """Another process writes this data folder; the message names it and what to do."""


class FolderUnwritable(RuntimeError):
    """The data folder cannot be written (read-only, full, not ours): nothing was changed."""


@contextmanager
def exclusive(folder: Path, wait: bool, say: Callable[[str], None] = lambda _: None) -> Iterator[None]:
    """Hold the folder's writer lock; released when the block ends or the process dies (the kernel's flock)."""
    path = folder / "writer.lock"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle = path.open("a+")
    except OSError as exc:
        raise FolderUnwritable(
            f"cannot write the data folder {folder} ({exc.strerror}): make it writable or free disk space, or set "
            "ASSISTANT_DATA_DIR to another folder; the index in it is unchanged."
        ) from exc
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            busy = (
                f"the index in {folder} is being written by {holder}; embedded Chroma takes one writer at a time. "
                "Add articles through the running app (its upload), or stop it, or point ASSISTANT_CHROMA_URL at a "
                "Chroma server."
            )
            if not wait:
                raise FolderBusy(busy) from None
            say(f"waiting: {busy}")
            fcntl.flock(handle, fcntl.LOCK_EX)
        handle.seek(0)
        handle.truncate()
        handle.write(f"process {os.getpid()}")
        handle.flush()
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
