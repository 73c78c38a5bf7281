"""A scratch folder for one benchmark run, removed when the run ends, however it ends but a kill -9: a run's
indexes and repacked model weights take ~100 MB, and the folders the benchmarks left behind filled this
machine's disk (49 GB after a session of runs)."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path


def scratch(prefix: str) -> Path:
    path = Path(tempfile.mkdtemp(prefix=prefix))
    atexit.register(shutil.rmtree, path, ignore_errors=True)
    return path
