"""The local backend: repacked weights, its own model process, and what happens when that process is gone."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import make_settings

ROOT = Path(__file__).resolve().parents[2]


def _types(path: Path) -> set[str]:
    from gguf import GGUFReader

    return {t.tensor_type.name for t in GGUFReader(str(path)).tensors}


def test_bundled_weights_are_repacked_once(tmp_path: Path) -> None:
    from assistant.llm.weights import repacked

    source = make_settings(tmp_path).gguf_path()
    assert "Q4_1" in _types(source)
    first = repacked(source, tmp_path / "models")
    assert first != source and "Q4_1" not in _types(first) and "Q8_0" in _types(first)
    made = first.stat().st_mtime_ns
    assert repacked(source, tmp_path / "models") == first and first.stat().st_mtime_ns == made
    assert repacked(first, tmp_path / "other") == first  # nothing left to repack: used as it is
    assert [p.name for p in (tmp_path / "models").iterdir()] == [first.name]  # no partial files left behind


def test_model_process_failures_are_explained_and_recovered(tmp_path: Path) -> None:
    from assistant.llm import LLMError
    from assistant.llm.local import LocalBackend

    bad = tmp_path / "broken.gguf"
    bad.write_bytes(b"GGUF" + b"\0" * 64)
    with pytest.raises(LLMError, match="did not start from .*broken.gguf"):
        LocalBackend(make_settings(tmp_path, llm_model_path=bad, llm_repack=False))

    backend = LocalBackend(make_settings(tmp_path, llm_parallel=1, llm_ctx=1024))
    assert backend.health() and backend.model == "SmolLM2-135M-Instruct.Q4_1.gguf"
    assert backend.complete([{"role": "user", "content": "Say yes."}], 8)
    first = backend._proc
    first.kill()
    first.wait()
    assert not backend.health()
    # The next question starts a new model process rather than failing until someone restarts the app.
    assert "".join(backend.stream([{"role": "user", "content": "Say yes."}], 8))
    assert backend.health() and backend._proc.pid != first.pid

    stream = backend.stream([{"role": "user", "content": "Write a long story."}], 400)
    next(stream)
    backend._proc.kill()  # dies while answering
    with pytest.raises(LLMError, match="exited .* while answering; it starts again"):
        list(stream)


def test_model_process_starts_in_an_app_holding_many_files(tmp_path: Path) -> None:
    """A long-lived app (or this test run) can hold over 1024 open files; select() cannot watch past that."""
    from assistant.llm import LLMError
    from assistant.llm.local import LocalBackend

    bad = tmp_path / "broken.gguf"
    bad.write_bytes(b"GGUF" + b"\0" * 64)
    held = [os.open(os.devnull, os.O_RDONLY) for _ in range(1100)]
    try:
        assert max(held) >= 1024
        with pytest.raises(LLMError, match="did not start from .*broken.gguf"):
            LocalBackend(make_settings(tmp_path, llm_model_path=bad, llm_repack=False))
    finally:
        for fd in held:
            os.close(fd)


def test_model_process_ends_with_the_app(tmp_path: Path) -> None:
    """Killing the app outright (no clean-up code runs) must not leave the model process behind."""
    script = (
        "import sys; from tests.conftest import make_settings; from assistant.llm.local import LocalBackend; "
        f"b = LocalBackend(make_settings(__import__('pathlib').Path({str(tmp_path)!r}), llm_parallel=1, llm_ctx=1024)); "
        "print(b._proc.pid, flush=True); sys.stdin.read()"
    )
    app = subprocess.Popen(
        [sys.executable, "-c", script], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert app.stdout is not None
    child = int(app.stdout.readline())
    os.kill(child, 0)  # running
    app.kill()
    app.wait()
    for _ in range(300):  # a loaded CI machine can be slow to end it
        try:
            os.kill(child, 0)
        except ProcessLookupError:
            return
        if Path(f"/proc/{child}/stat").read_text().split(")")[1].split()[0] == "Z":
            return  # exited; only its process-table entry waits for init to reap it
        time.sleep(0.1)
    os.kill(child, 9)
    pytest.fail("the model process outlived the app that started it")
