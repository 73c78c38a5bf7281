"""A Chroma server outage under a running app: named 503s while it is down, full service when it is back."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import httpx
import openai
import pytest

from tests.app.conftest import start_server, stop
from tests.conftest import CORPUS, free_port, start_chroma


def test_index_server_outage_is_a_named_503_and_service_resumes(tmp_path: Path) -> None:
    """Before: /api/health, /api/ask and /api/documents all answered a generic 500 while Chroma was down."""
    port = free_port()
    chroma = start_chroma(tmp_path / "chroma", port)
    app = start_server(tmp_path, ASSISTANT_CHROMA_URL=f"http://127.0.0.1:{port}", ASSISTANT_CORPUS_DIR=str(CORPUS))
    statuses: list[int] = []
    stopping = threading.Event()

    def traffic() -> None:  # a user searching and listing all along: before, during and after the outage
        with httpx.Client(base_url=app.url, timeout=120) as http:
            while not stopping.is_set():
                statuses.append(http.get("/api/search", params={"q": "Ascend"}).status_code)
                statuses.append(http.get("/api/documents").status_code)
                time.sleep(0.2)

    user = threading.Thread(target=traffic)
    try:
        assert httpx.get(app.url + "/api/health").json()["checks"]["index"] == {"ok": True}
        user.start()
        time.sleep(2)
        chroma.kill()
        chroma.wait()
        health = httpx.get(app.url + "/api/health")
        assert health.status_code == 503 and health.json()["status"] == "down"
        assert "index server" in health.json()["checks"]["index"]["error"]
        for r in (
            httpx.post(app.url + "/api/ask", json={"question": "What did David Sacks call the H20 chip?"}, timeout=60),
            httpx.get(app.url + "/api/documents"),
        ):
            assert r.status_code == 503, r.text
            assert "index server" in r.json()["error"]["message"] and "safe to retry" in r.json()["error"]["message"]
        client = openai.OpenAI(base_url=app.url + "/v1", api_key="unused", max_retries=0, timeout=60)
        with pytest.raises(openai.InternalServerError, match="index server"):
            client.chat.completions.create(
                model="news-assistant", messages=[{"role": "user", "content": "What is Ascend?"}]
            )
        chroma = start_chroma(tmp_path / "chroma", port)  # back, same data
        time.sleep(3)  # the app's lexical index checks the server's generation every 2 s
        assert httpx.get(app.url + "/api/health").status_code == 200
        a = httpx.post(app.url + "/api/ask", json={"question": "What did David Sacks call the H20 chip?"}, timeout=120)
        assert a.status_code == 200 and "outdated component" in a.json()["answer"]
        assert len(httpx.get(app.url + "/api/documents").json()) == 4  # nothing lost
        stopping.set()
        user.join(timeout=120)
        assert set(statuses) == {200, 503} and statuses[-2:] == [200, 200], statuses  # never a 500
    finally:
        stopping.set()
        stop(app)
        chroma.kill()


def test_the_ui_shows_an_outage_banner_and_clears_it(tmp_path: Path) -> None:
    """The chat page names the unreachable dependency in a banner while it is down (not a stack of failed
    answers), and the banner goes once it is back."""
    from playwright.sync_api import sync_playwright

    from tests.app.test_browser import ARGS, CHROMIUM

    port = free_port()
    chroma = start_chroma(tmp_path / "chroma", port)
    app = start_server(tmp_path, ASSISTANT_CHROMA_URL=f"http://127.0.0.1:{port}", ASSISTANT_CORPUS_DIR=str(CORPUS))
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            page = browser.new_page()
            page.goto(app.url + "/")
            page.wait_for_selector("#question textarea", timeout=60_000)
            assert page.locator("#health .outage").count() == 0
            chroma.kill()
            chroma.wait()
            banner = page.wait_for_selector("#health .outage", timeout=30_000)
            assert "The index store is unavailable" in banner.inner_text() and "index server" in banner.inner_text()
            chroma = start_chroma(tmp_path / "chroma", port)
            page.wait_for_selector("#health .outage", state="detached", timeout=30_000)
            browser.close()
    finally:
        stop(app)
        chroma.kill()
