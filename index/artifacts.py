"""Files derived once from bundled weights (a repacked GGUF, an int8 ONNX export), cached by their source."""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Callable
from pathlib import Path


def source_key(*paths: Path) -> str:
    """A short key that changes when any source file changes (path, size, modification time)."""
    parts = [f"{p.resolve()}:{p.stat().st_size}:{p.stat().st_mtime_ns}" for p in paths]
    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:12]


def built_once(target: Path, build: Callable[[Path], None]) -> Path:
    """`target` (a file or folder), made by `build(partial)` on first use and moved into place atomically, so
    replicas sharing the folder never read half of it; a replica that loses the race keeps the winner's."""
    if target.exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f"{target.name}.{os.getpid()}.partial")
    try:
        build(partial)
        try:
            os.replace(partial, target)
        except OSError:  # another process moved its folder there first
            if not target.exists():
                raise
    finally:
        if partial.is_dir():
            shutil.rmtree(partial, ignore_errors=True)
        else:
            partial.unlink(missing_ok=True)
    return target
