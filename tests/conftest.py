"""Shared fixtures: the real bundled embedder and model, real Chroma in temp folders, no outside network."""

from __future__ import annotations

import ctypes
import json
import os
import shutil
import signal
import socket
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "articles"
DATASET = ROOT / "eval" / "datasets" / "articles.jsonl"
# rgb-dev (RGB, CC BY-NC-SA) is read from ../shared, never copied into the project.
RGB = ROOT.parent / "shared" / "eval"

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
for key in [k for k in os.environ if k.startswith("ASSISTANT_")]:
    del os.environ[key]  # tests build their own settings
# Derived weights (the repacked model, the int8 embedder) are built once for every test's data folder.
os.environ["ASSISTANT_CACHE_DIR"] = str(ROOT / "var" / "models")

_real_connect = socket.socket.connect


def _loopback_only(self: socket.socket, address: object) -> object:
    host = address[0] if isinstance(address, tuple) else address
    loopback = isinstance(host, str) and (host.startswith("127.") or host in ("localhost", "::1", "0.0.0.0"))
    if self.family in (socket.AF_INET, socket.AF_INET6) and isinstance(host, str) and not loopback:
        raise OSError(f"network blocked in tests: {host}")
    return _real_connect(self, address)


socket.socket.connect = _loopback_only  # type: ignore[method-assign]


def make_settings(data_dir: Path, **overrides: object):  # type: ignore[no-untyped-def]
    from assistant.settings import Settings

    return Settings(_env_file=None, data_dir=data_dir, **overrides)  # type: ignore[call-arg]


@pytest.fixture(scope="session")
def embedder():  # type: ignore[no-untyped-def]
    from assistant.settings import Settings
    from index.embed import Embedder

    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    e = Embedder(settings.embed_model_path(), settings.embed_batch, settings.embed_int8, settings.models_dir)
    _ = e.dimension
    return e


@pytest.fixture
def services(tmp_path: Path, embedder):  # type: ignore[no-untyped-def]
    """Fresh, empty services on a temp Chroma folder."""
    from assistant.services import Services

    s = Services(make_settings(tmp_path / "var"), embedder=embedder)
    yield s
    s.close()


@pytest.fixture(scope="session")
def corpus_services(tmp_path_factory: pytest.TempPathFactory, embedder):  # type: ignore[no-untyped-def]
    """Services over an index of the bundled corpus, built once per session."""
    from assistant.services import Services

    s = Services(make_settings(tmp_path_factory.mktemp("corpus") / "var"), embedder=embedder)
    s.indexer.index([CORPUS])
    return s


@pytest.fixture
def corpus_copy(tmp_path: Path) -> Path:
    dst = tmp_path / "articles"
    shutil.copytree(CORPUS, dst)
    return dst


@pytest.fixture(scope="session")
def dataset() -> list[dict]:
    return [json.loads(line) for line in DATASET.read_text().splitlines() if line.strip()]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def local_llm():  # type: ignore[no-untyped-def]
    """The bundled SmolLM2-135M through llama.cpp, loaded once per test session."""
    from assistant.llm.local import LocalBackend
    from assistant.settings import Settings

    return LocalBackend(Settings(_env_file=None))  # type: ignore[call-arg]


@pytest.fixture(scope="session")
def answering(corpus_services, local_llm):  # type: ignore[no-untyped-def]
    """Services over the bundled corpus with the real local model."""
    from assistant.services import Services

    s = corpus_services
    return Services(s.settings, embedder=s.embedder, store=s.store, retriever=s.retriever, llm=local_llm)


@pytest.fixture(scope="session")
def bundled_eval(answering, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The bundled dataset answered once by the real chain and model, scored, and written out."""
    from eval.report import write_report
    from eval.run import evaluate

    results = evaluate(answering)
    out = tmp_path_factory.mktemp("eval")
    write_report(results, out)
    return results, out


@pytest.fixture(scope="session")
def rgb_services(tmp_path_factory: pytest.TempPathFactory, embedder, local_llm):  # type: ignore[no-untyped-def]
    """Services over rgb-dev's passages (text nobody here wrote), with the real local model."""
    from assistant.services import Services

    if not (RGB / "rgb-dev" / "articles").exists():
        pytest.skip(f"rgb-dev is read from {RGB}; put ../shared beside the project")
    s = Services(make_settings(tmp_path_factory.mktemp("rgb") / "var"), embedder=embedder, llm=local_llm)
    s.indexer.index([RGB / "rgb-dev" / "articles"])
    return s


def start_chroma(path: Path, port: int):  # type: ignore[no-untyped-def]
    """A real `chroma run` server on loopback, once it answers its heartbeat."""
    import subprocess
    import sys

    chroma = Path(sys.executable).parent / "chroma"
    proc = subprocess.Popen(
        [str(chroma), "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, preexec_fn=die_with_pytest,
    )  # fmt: skip
    if up(proc, f"http://127.0.0.1:{port}/api/v2/heartbeat", 60):
        return proc
    proc.kill()
    pytest.fail("chroma run did not start")


# Looked up here, not in the forked child, where loading a library could wait on a lock another thread held.
_PRCTL = ctypes.CDLL(None, use_errno=True).prctl


def die_with_pytest() -> None:
    """`preexec_fn` for the servers tests start: the kernel ends them when pytest ends, however it ends (an
    interrupted run left app servers and their models spinning, which skewed the benchmarks run after it)."""
    _PRCTL(1, signal.SIGTERM)  # 1 = PR_SET_PDEATHSIG (Linux)


def up(proc, url: str, seconds: float, headers: dict[str, str] | None = None) -> bool:  # type: ignore[no-untyped-def]
    """Poll `url` until it answers 200 (True), the process exits or `seconds` pass (False)."""
    import time

    import httpx

    deadline = time.time() + seconds
    while time.time() < deadline and proc.poll() is None:
        try:
            if httpx.get(url, timeout=2, headers=headers).status_code == 200:
                return True
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    return False
