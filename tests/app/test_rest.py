"""REST API driven over HTTP with httpx against a running server."""

import json

import httpx
import pytest

SACKS = "000_b0153485063bb50e"


@pytest.fixture(scope="module")
def client(server):  # type: ignore[no-untyped-def]
    with httpx.Client(base_url=server.url, timeout=120) as c:
        yield c


def _alive(client: httpx.Client) -> None:
    assert client.get("/api/health").status_code == 200


def test_health(client: httpx.Client) -> None:
    h = client.get("/api/health").json()
    assert h["documents"] >= 4 and h["chunks"] > 10 and h["embedder"] == "all-MiniLM-L6-v2+int8"
    assert h["backend"] == "local" and h["backend_reachable"] is True


def test_ask_returns_the_answer_object(client: httpx.Client) -> None:
    r = client.post("/api/ask", json={"question": "What did David Sacks call the H20 chip?"})
    assert r.status_code == 200
    a = r.json()
    assert {"answer", "abstained", "sentences", "citations", "provenance"} <= set(a)
    assert a["citations"][0]["doc_id"] == SACKS and "outdated component" in a["answer"]
    assert {"n", "doc_id", "title", "url", "quote", "score"} <= set(a["citations"][0])


def test_ask_stream_sends_tokens_then_the_answer(client: httpx.Client) -> None:
    events = []
    with client.stream("POST", "/api/ask/stream", json={"question": "Which smartphone uses chips made by SMIC?"}) as r:
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
        name = None
        for line in r.iter_lines():
            if line.startswith("event: "):
                name = line[7:]
            elif line.startswith("data: "):
                events.append((name, json.loads(line[6:])))
    assert [n for n, _ in events[:-1]] == ["token"] * (len(events) - 1) and len(events) > 3
    assert events[-1][0] == "answer" and "Mate 60" in events[-1][1]["answer"]


def test_upload_list_delete(client: httpx.Client) -> None:
    text = b"Nvidia ships Blackwell chips to Saudi Arabia\nNvidia shipped 18,000 Blackwell chips to Humain in May.\n"
    r = client.post("/api/documents", files=[("files", ("blackwell.txt", text, "text/plain"))])
    assert r.status_code == 200 and r.json()["indexed"] == ["blackwell"]
    assert "blackwell" in {d["doc_id"] for d in client.get("/api/documents").json()}
    a = client.post(
        "/api/ask", json={"question": "How many Blackwell chips went to Humain?", "doc_ids": ["blackwell"]}
    ).json()
    assert "18,000" in a["answer"]
    assert client.delete("/api/documents/blackwell").json() == {"deleted": "blackwell"}
    assert "blackwell" not in {d["doc_id"] for d in client.get("/api/documents").json()}


def test_feedback_is_logged(client: httpx.Client, server) -> None:  # type: ignore[no-untyped-def]
    answer = {"answer": "It is outdated [1].", "citations": [{"n": 1, "doc_id": SACKS}]}
    r = client.post("/api/feedback", json={"question": "q?", "answer": answer, "rating": "down"})
    assert r.status_code == 200
    row = json.loads((server.data_dir / "feedback.jsonl").read_text().splitlines()[-1])
    assert row["rating"] == "down" and row["question"] == "q?" and row["citations"][0]["doc_id"] == SACKS


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "status", "phrase"),
    [
        ("post", "/api/ask", {"content": b"{not json", "headers": {"content-type": "application/json"}}, 422, "JSON"),
        ("post", "/api/ask", {"json": {}}, 422, "question: Field required"),
        ("post", "/api/ask", {"json": {"question": 42}}, 422, "question"),
        ("post", "/api/ask", {"json": {"question": "ok?", "history": "nope"}}, 422, "history"),
        ("post", "/api/ask", {"json": {"question": "   "}}, 400, "empty"),
        ("post", "/api/ask", {"json": {"question": "x" * 50_000}}, 400, "limit"),
        (
            "post",
            "/api/ask",
            {"content": b"x" * 2_000_000, "headers": {"content-type": "application/json"}},
            413,
            "limit",
        ),
        ("delete", "/api/documents/no-such-doc", {}, 404, "No document 'no-such-doc'"),
        (
            "post",
            "/api/documents",
            {"files": [("files", ("virus.exe", b"MZ\x00", "application/octet-stream"))]},
            422,
            "unsupported",
        ),
        ("post", "/api/documents", {"files": [("files", ("../../", b"hi", "text/plain"))]}, 422, "unsupported"),
        ("post", "/api/documents", {"files": [("files", ("empty.txt", b"", "text/plain"))]}, 422, "empty"),
        ("post", "/v1/chat/completions", {"json": {"messages": []}}, 422, "messages"),
        (
            "post",
            "/v1/chat/completions",
            {"json": {"messages": [{"role": "assistant", "content": "hi"}]}},
            422,
            "last message",
        ),
        ("get", "/api/nothing-here", {}, 404, "Not Found"),
    ],
)
def test_bad_input_is_a_4xx_json_error(
    client: httpx.Client, method: str, path: str, kwargs: dict, status: int, phrase: str
) -> None:  # type: ignore[type-arg]
    r = getattr(client, method)(path, **kwargs)
    assert r.status_code == status, r.text
    body = r.json()
    assert phrase.lower() in body["error"]["message"].lower() and "Traceback" not in r.text
    _alive(client)


def test_path_traversal_name_is_sanitised(client: httpx.Client, server) -> None:  # type: ignore[no-untyped-def]
    r = client.post(
        "/api/documents",
        files=[("files", ("../../../tmp/evil note.txt", b"Evil Corp bought 5 chips in May.", "text/plain"))],
    )
    assert r.status_code == 200 and r.json()["indexed"] == ["evil_note"]
    assert not (server.data_dir.parent.parent / "tmp" / "evil note.txt").exists()
    client.delete("/api/documents/evil_note")
