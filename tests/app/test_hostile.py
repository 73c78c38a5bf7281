"""Hostile input: each hole found by trying the app as an attacker would, one test each (every one of them
failed on the main before this suite), plus a fuzzing run over the loaders."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

from tests.app.conftest import API_KEY
from tests.conftest import CORPUS

ASSISTANT = str(Path(sys.executable).parent / "assistant")
MB = 1_000_000


def _rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def _chunked(total: int, block: int = 1 << 20):  # type: ignore[no-untyped-def]
    sent = 0
    while sent < total:
        yield b"x" * min(block, total - sent)
        sent += block


def test_chunked_body_is_refused_before_it_is_read(keyed_server) -> None:  # type: ignore[no-untyped-def]
    """Before: an unauthenticated chunked 50 MB POST was read and parsed (422), and RSS grew with it."""
    before = _rss_kb(keyed_server.proc.pid)
    r = httpx.post(keyed_server.url + "/api/ask", content=_chunked(50 * MB), timeout=120)
    assert r.status_code == 401
    keyed = {"Authorization": f"Bearer {API_KEY}"}
    r = httpx.post(keyed_server.url + "/api/ask", content=_chunked(50 * MB), headers=keyed, timeout=120)
    assert r.status_code == 413 and "limit" in r.json()["error"]["message"]
    assert _rss_kb(keyed_server.proc.pid) - before < 30_000  # kB


def test_gradio_upload_route_has_the_limit(server) -> None:  # type: ignore[no-untyped-def]
    """Before: /gradio_api/upload took a file of any size."""
    big = ("big.txt", _chunked_bytes(12 * MB), "text/plain")
    r = httpx.post(server.url + "/gradio_api/upload", files={"files": big}, timeout=120)
    assert r.status_code == 413


def _chunked_bytes(n: int) -> bytes:
    return b"a" * n


def test_wrong_method_is_405_with_allow(server) -> None:  # type: ignore[no-untyped-def]
    r = httpx.get(server.url + "/api/ask")
    assert r.status_code == 405 and r.headers["allow"] == "POST"


def test_reserved_ids_stay_internal(server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    r = httpx.delete(server.url + "/api/documents/__generation__")
    assert r.status_code == 400 and "internal record" in r.json()["error"]["message"]
    assert "__generation__" not in {d["doc_id"] for d in httpx.get(server.url + "/api/documents").json()}
    env = {**os.environ, "ASSISTANT_DATA_DIR": str(tmp_path / "var")}
    out = subprocess.run(
        [ASSISTANT, "docs", "rm", "__generation__"], capture_output=True, text=True, env=env, timeout=300
    )
    assert out.returncode == 1 and "internal record" in out.stderr and "removed" not in out.stdout


def test_login_is_throttled(keyed_server) -> None:  # type: ignore[no-untyped-def]
    """Before: any number of wrong passwords, each answered at once."""
    # From a client address of its own: the throttle lasts a minute, and other tests log in from 127.0.0.1.
    with httpx.Client(transport=httpx.HTTPTransport(local_address="127.0.0.2")) as client:
        codes = [
            client.post(keyed_server.url + "/login", data={"username": "me", "password": f"guess{i}"}).status_code
            for i in range(7)
        ]
        assert codes[:5] == [400] * 5 and codes[-1] == 429
        r = client.post(keyed_server.url + "/login", data={"username": "me", "password": API_KEY})
        assert r.status_code == 429 and int(r.headers["retry-after"]) > 0  # even the right key waits its turn


def _broken_pdf(seed: int) -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    from io import BytesIO

    buf = BytesIO()
    writer.write(buf)
    data = bytearray(buf.getvalue())
    rng = random.Random(seed)
    for _ in range(40):
        data[rng.randrange(len(data))] = rng.randrange(256)
    return bytes(data)


def test_one_corrupt_pdf_costs_only_itself(tmp_path: Path) -> None:
    """Before: a PDF on which pypdf raised anything but its own errors stopped the run: 0 of 4 indexed."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for src in CORPUS.glob("*.txt"):
        (folder / src.name).write_bytes(src.read_bytes())
    (folder / "broken.pdf").write_bytes(
        b"%PDF-1.7\n1 0 obj << /Type /Pages /Kids [1 0 R] /Count 1 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF"
    )
    env = {**os.environ, "ASSISTANT_DATA_DIR": str(tmp_path / "var")}
    out = subprocess.run([ASSISTANT, "index", str(folder)], capture_output=True, text=True, env=env, timeout=600)
    assert "4 indexed" in out.stdout and "broken.pdf" in out.stderr and "Traceback" not in out.stderr
    assert out.returncode == 1  # something was skipped, and the exit code says so


def test_a_fifo_is_refused_at_once(tmp_path: Path) -> None:
    """Before: `assistant index some/fifo.txt` waited for ever."""
    fifo = tmp_path / "fifo.txt"
    os.mkfifo(fifo)
    env = {**os.environ, "ASSISTANT_DATA_DIR": str(tmp_path / "var")}
    started = time.monotonic()
    out = subprocess.run([ASSISTANT, "index", str(fifo)], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 1 and "not a regular file" in out.stderr
    assert time.monotonic() - started < 5  # refused before anything loads (0.2 s here); never a wait on the pipe


def test_fuzzed_files_are_indexed_or_skipped_never_raised(services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Mutated PDF, HTML, Markdown and text files from a seed: each is indexed or skipped with a reason."""
    rng = random.Random(20261123)
    seeds = {
        ".html": b"<html><head><title>T</title></head><body><article><p>Nvidia sold chips.</p></article></body></html>",
        ".md": b"# Title\n\n![img](http://x/y.png) [a](javascript:alert(1)) Nvidia sold *chips*.\n",
        ".txt": b"Nvidia sold chips to Alibaba in 2025.\n",
    }
    folder = tmp_path / "fuzz"
    folder.mkdir()
    names = []
    for i in range(12):
        suffix = [".html", ".md", ".txt", ".pdf"][i % 4]
        data = bytearray(_broken_pdf(i) if suffix == ".pdf" else seeds[suffix] * 3)
        for _ in range(rng.randrange(1, 30)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        name = f"f{i}{suffix}"
        (folder / name).write_bytes(bytes(data))
        names.append(name)
    report = services.indexer.index([folder])
    accounted = set(report.indexed) | {Path(p).name for p, _ in report.skipped} | set(report.unchanged)
    assert all(n in accounted or n.rsplit(".", 1)[0] in accounted for n in names)
    assert all(reason for _, reason in report.skipped)


def test_uploads_leave_nothing_behind(server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    good = ("hostile_ok.txt", b"Nvidia ships Blackwell chips\nNvidia shipped 9,000 Blackwell chips to Humain.\n")
    bad = ("hostile_bad.pdf", b"%PDF-1.7 broken")
    r = httpx.post(server.url + "/api/documents", files=[("files", good), ("files", bad)], timeout=120)
    assert r.status_code == 200 and r.json()["indexed"] == ["hostile_ok"]
    assert [s["file"] for s in r.json()["skipped"]] == ["hostile_bad.pdf"]
    httpx.delete(server.url + "/api/documents/hostile_ok")


def test_concurrent_oversized_uploads_are_cut_off(server) -> None:  # type: ignore[no-untyped-def]
    codes: list[int] = []

    def send() -> None:
        files = {"files": ("huge.txt", _chunked_bytes(12 * MB), "text/plain")}
        codes.append(httpx.post(server.url + "/api/documents", files=files, timeout=120).status_code)

    threads = [threading.Thread(target=send) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert codes == [413, 413, 413]
