"""A Chroma server outage under a running app: named 503s while it is down, full service when it is back."""

from __future__ import annotations

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
    try:
        assert httpx.get(app.url + "/api/health").json()["checks"]["index"] == {"ok": True}
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
    finally:
        stop(app)
        chroma.kill()
