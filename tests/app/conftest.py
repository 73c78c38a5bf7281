"""A real app server process per test module group, on a free loopback port."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT, die_with_pytest, free_port, up

API_KEY = "test-key-123"


class Server:
    def __init__(self, url: str, data_dir: Path, proc: subprocess.Popen[bytes], log: Path) -> None:
        self.url, self.data_dir, self.proc, self.log = url, data_dir, proc, log


def start_server(tmp: Path, **env: str) -> Server:
    port = free_port()
    log = tmp / "server.log"
    environ = {
        **os.environ, "ASSISTANT_DATA_DIR": str(tmp / "var"), "ASSISTANT_PORT": str(port),
        "GRADIO_TEMP_DIR": str(tmp / "gradio-cache"), **env,
    }  # fmt: skip
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "app.py")], env=environ, stdout=log.open("wb"), stderr=subprocess.STDOUT,
        preexec_fn=die_with_pytest,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    headers = {"Authorization": f"Bearer {env['ASSISTANT_API_KEY']}"} if "ASSISTANT_API_KEY" in env else {}
    if up(proc, f"{url}/api/health", 180, headers):
        return Server(url, tmp / "var", proc, log)
    exited = proc.poll() is not None
    proc.kill()
    pytest.fail(f"server {'exited' if exited else 'did not start'}: {log.read_text()[-2000:]}")


def stop(server: Server) -> None:
    server.proc.terminate()
    try:
        server.proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        server.proc.kill()


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """The app with default settings, the bundled corpus indexed at start-up."""
    s = start_server(tmp_path_factory.mktemp("server"))
    yield s
    stop(s)


@pytest.fixture(scope="session")
def keyed_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    s = start_server(tmp_path_factory.mktemp("keyed"), ASSISTANT_API_KEY=API_KEY)
    yield s
    stop(s)
