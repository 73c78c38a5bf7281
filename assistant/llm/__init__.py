"""Generate stage: chat backends that stream tokens, chosen in one factory.

`local.py` runs the bundled GGUF in its own llama.cpp process (`server.py`, weights from `weights.py`);
`openai_api.py` speaks to any OpenAI-compatible server. Both stream through the same client.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from assistant.settings import Settings

log = logging.getLogger("assistant")

Message = dict[str, str]
Usage = dict[str, int]
"""Tokens the model read and wrote, summed over calls: {"prompt_tokens": n, "completion_tokens": m}."""


def add_usage(usage: Usage | None, prompt: int, completion: int) -> None:
    if usage is not None:
        usage["prompt_tokens"] = usage.get("prompt_tokens", 0) + prompt
        usage["completion_tokens"] = usage.get("completion_tokens", 0) + completion


class LLMError(RuntimeError):
    """The LLM backend is down or answered something unusable; the message says which and what to do."""


class LLMUnreachable(LLMError):
    """No connection to the LLM server, or it broke off."""


class ChatBackend(Protocol):
    name: str
    model: str

    def stream(self, messages: list[Message], max_tokens: int, usage: Usage | None = None) -> Iterator[str]:
        """Yield the reply's text pieces as they are generated; add the tokens used to `usage`."""
        ...

    def complete(self, messages: list[Message], max_tokens: int) -> str:
        """The whole reply at once (no streaming)."""
        ...

    def choose(self, messages: list[Message], options: list[str], usage: Usage | None = None) -> str:
        """One of `options`, by constrained decoding; LLMError when the backend cannot constrain its reply."""
        ...

    def health(self) -> bool:
        """Whether the backend answers right now."""
        ...


def make_backend(settings: Settings) -> ChatBackend:
    match settings.llm_backend:
        case "local":
            from assistant.llm.local import LocalBackend
            from assistant.remote import running_model

            shared = running_model(settings)
            if shared is None:
                return LocalBackend(settings)
            # One model process per machine and data folder: the running app's (two on a few cores thrash).
            from assistant.llm.openai_api import OpenAIBackend

            log.info("using the app's model process at %s", shared["url"])
            update = {"llm_base_url": shared["url"] + "/v1", "llm_model": shared["name"]}
            return OpenAIBackend(settings.model_copy(update=update))
        case "openai":
            if not settings.llm_base_url:
                raise LLMError(
                    "ASSISTANT_LLM_BACKEND=openai needs ASSISTANT_LLM_BASE_URL (e.g. http://127.0.0.1:8000/v1)."
                )
            from assistant.llm.openai_api import OpenAIBackend

            return OpenAIBackend(settings)
        case other:
            raise LLMError(f"Unknown ASSISTANT_LLM_BACKEND '{other}'; use 'local' or 'openai'.")


def require(module: str, package: str, backend: str) -> Any:
    """Import a backend's library when that backend is chosen, or say what to install."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise LLMError(f"The {backend} backend needs {package}: `pip install {package}`.") from exc
