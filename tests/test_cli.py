"""The `assistant` command as users run it: a real process, real env settings."""

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import CORPUS, free_port

ASSISTANT = str(Path(sys.executable).parent / "assistant")


def run(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {**os.environ, "ASSISTANT_DATA_DIR": str(tmp_path / "var"), **env}
    return subprocess.run([ASSISTANT, *args], capture_output=True, text=True, env=environ, timeout=300)


def test_index_docs_search_rm(tmp_path: Path) -> None:
    out = run(tmp_path, "index", str(CORPUS))
    assert out.returncode == 0, out.stderr
    assert "4 indexed" in out.stdout
    docs = run(tmp_path, "docs")
    assert "000_b0153485063bb50e\t6 chunks" in docs.stdout or "000_b0153485063bb50e\t" in docs.stdout
    hits = json.loads(run(tmp_path, "search", "What did David Sacks call the H20 chip?", "-k", "3", "--json").stdout)
    assert len(hits) == 3 and hits[0]["doc_id"] == "000_b0153485063bb50e"
    assert {"doc_id", "chunk_id", "score", "title", "text"} <= set(hits[0])
    rm = run(tmp_path, "docs", "rm", "003_2fb4cbee87364ccb", "nope")
    assert rm.returncode == 1 and "removed 003_2fb4cbee87364ccb" in rm.stdout and "no such document: nope" in rm.stderr
    assert "003_2fb4cbee87364ccb" not in run(tmp_path, "docs").stdout


def test_bad_paths_and_unreachable_chroma(tmp_path: Path) -> None:
    missing = run(tmp_path, "index", str(tmp_path / "nowhere"))
    assert missing.returncode == 1 and "no such file or folder" in missing.stderr and "Traceback" not in missing.stderr
    (tmp_path / "empty").mkdir()
    empty = run(tmp_path, "index", str(tmp_path / "empty"))
    assert empty.returncode == 1 and "no supported files found" in empty.stderr
    down = run(tmp_path, "search", "chips", ASSISTANT_CHROMA_URL=f"http://127.0.0.1:{free_port()}")
    assert down.returncode == 1 and "Cannot reach Chroma" in down.stderr and "Traceback" not in down.stderr
    bad = run(tmp_path, "docs", ASSISTANT_CHROMA_URL="localhost:8000")
    assert bad.returncode == 1 and "ASSISTANT_CHROMA_URL" in bad.stderr
