"""Real client libraries against the running server: the openai SDK on /v1 and gradio_client on the UI."""

import openai
import pytest


@pytest.fixture(scope="module")
def oai(server):  # type: ignore[no-untyped-def]
    return openai.OpenAI(base_url=f"{server.url}/v1", api_key="unused", timeout=120, max_retries=0)


def test_models(oai) -> None:  # type: ignore[no-untyped-def]
    assert [m.id for m in oai.models.list().data] == ["news-assistant"]


def test_chat_completion_with_citations(oai) -> None:  # type: ignore[no-untyped-def]
    r = oai.chat.completions.create(
        model="news-assistant", messages=[{"role": "user", "content": "What did David Sacks call the H20 chip?"}]
    )
    content = r.choices[0].message.content
    assert "[1]" in content and "Sources:" in content and "outdated component" in content
    extra = r.model_extra or {}
    assert extra["citations"][0]["doc_id"] == "000_b0153485063bb50e" and extra["answer"]["abstained"] is False


def test_chat_completion_streaming_and_follow_up(oai) -> None:  # type: ignore[no-untyped-def]
    stream = oai.chat.completions.create(
        model="news-assistant",
        stream=True,
        messages=[
            {"role": "system", "content": "You are helpful."},
            {"role": "user", "content": "What did David Sacks call the H20 chip?"},
            {"role": "assistant", "content": 'He called it an "outdated component" [1].'},
            {"role": "user", "content": "Where did he say that?"},
        ],
    )
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert len(chunks) > 3 and "CNBC" in text
    assert chunks[-1].choices[0].finish_reason == "stop" and (chunks[-1].model_extra or {})["citations"]


def test_gradio_client_ask(server) -> None:  # type: ignore[no-untyped-def]
    from gradio_client import Client

    client = Client(server.url + "/", verbose=False)
    result = client.predict("Which smartphone uses chips made by SMIC?", api_name="/ask")
    assert "Mate 60" in result["answer"] and result["citations"][0]["doc_id"] == "002_7b9cc7402f1a85e1"
    unanswerable = client.predict("How many H200 chips did Alibaba buy?", api_name="/ask")
    assert unanswerable["abstained"] is True
