"""Any OpenAI-compatible server (vLLM, Ollama, llama.cpp server, OpenAI) through langchain-openai."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from assistant.llm import LLMError, LLMUnreachable, Message, Usage, add_usage, require

if TYPE_CHECKING:
    from assistant.settings import Settings


class OpenAIBackend:
    """A chat model behind an OpenAI-compatible `/v1` API."""

    name = "openai"

    def __init__(self, settings: Settings) -> None:
        chat_openai = require("langchain_openai", "langchain-openai", "openai").ChatOpenAI
        self.model = settings.llm_model
        self.base_url = settings.llm_base_url or ""
        self._chat = chat_openai(
            base_url=self.base_url,
            api_key=settings.llm_api_key,  # type: ignore[arg-type]
            model=settings.llm_model,
            temperature=0.0,
            timeout=settings.llm_timeout,
            max_retries=1,
            stream_usage=True,  # the last streamed chunk carries the token counts
        )

    def stream(self, messages: list[Message], max_tokens: int, usage: Usage | None = None) -> Iterator[str]:
        with self._errors():
            for chunk in self._chat.stream(messages, max_tokens=max_tokens):
                _count(chunk, usage)
                text = chunk.content if isinstance(chunk.content, str) else ""
                if text:
                    yield text

    @contextmanager
    def _errors(self) -> Iterator[None]:
        import openai

        try:
            yield
        except openai.APIConnectionError as exc:
            raise LLMUnreachable(
                f"The LLM server at {self.base_url} is unreachable; start it or fix ASSISTANT_LLM_BASE_URL."
            ) from exc
        except (openai.OpenAIError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise LLMError(f"The LLM server at {self.base_url} answered with an error or garbage: {exc}") from exc

    def choose(self, messages: list[Message], options: list[str], usage: Usage | None = None) -> str:
        """One of `options`, decoded under a JSON schema whose only value is an enum of them (llama.cpp turns
        it into a grammar; vLLM and OpenAI apply it as structured output). A reply outside the options means
        the server ignored the schema: that is an error, never an answer."""
        import json

        schema = {
            "type": "object",
            "properties": {"answer": {"type": "string", "enum": options}},
            "required": ["answer"],
            "additionalProperties": False,
        }
        fmt = {"type": "json_schema", "json_schema": {"name": "choice", "strict": True, "schema": schema}}
        longest = max(len(o) for o in options)
        with self._errors():
            # The JSON grammar lets a model write spaces before the value: leave room for them.
            reply = self._chat.invoke(messages, max_tokens=longest + 96, response_format=fmt)
            _count(reply, usage)
            text = reply.content if isinstance(reply.content, str) else ""
            try:
                choice = json.loads(text)["answer"]
            except (ValueError, KeyError, TypeError) as exc:
                raise LLMError(f"The LLM server at {self.base_url} ignored the answer schema: {text[:80]!r}") from exc
        if choice not in options:
            raise LLMError(f"The LLM server at {self.base_url} chose {choice!r}, which is not one of the options.")
        return str(choice)

    def complete(self, messages: list[Message], max_tokens: int) -> str:
        with self._errors():
            reply = self._chat.invoke(messages, max_tokens=max_tokens)
        return reply.content if isinstance(reply.content, str) else ""

    def health(self) -> bool:
        from assistant.remote import responds

        return responds(self.base_url.rstrip("/") + "/models")


def _count(message: object, usage: Usage | None) -> None:
    meta = getattr(message, "usage_metadata", None)
    if meta:
        add_usage(usage, int(meta.get("input_tokens", 0)), int(meta.get("output_tokens", 0)))
