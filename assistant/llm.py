"""Generate stage: chat backends that stream tokens, chosen in one factory."""

from __future__ import annotations

import importlib
import queue
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from assistant.settings import Settings

Message = dict[str, str]


class LLMError(RuntimeError):
    """The LLM backend is down or answered something unusable; the message says which and what to do."""


class ChatBackend(Protocol):
    name: str
    model: str

    def stream(self, messages: list[Message], max_tokens: int) -> Iterator[str]:
        """Yield the reply's text pieces as they are generated."""
        ...

    def complete(self, messages: list[Message], max_tokens: int) -> str:
        """The whole reply at once (no streaming)."""
        ...

    def health(self) -> bool:
        """Whether the backend answers right now."""
        ...


def make_backend(settings: Settings) -> ChatBackend:
    match settings.llm_backend:
        case "local":
            return LocalBackend(settings)
        case "openai":
            if not settings.llm_base_url:
                raise LLMError(
                    "ASSISTANT_LLM_BACKEND=openai needs ASSISTANT_LLM_BASE_URL (e.g. http://127.0.0.1:8000/v1)."
                )
            return OpenAIBackend(settings)
        case other:
            raise LLMError(f"Unknown ASSISTANT_LLM_BACKEND '{other}'; use 'local' or 'openai'.")


def _require(module: str, package: str, backend: str) -> Any:
    """Import a backend's library when that backend is chosen, or say what to install."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise LLMError(f"The {backend} backend needs {package}: `pip install {package}`.") from exc


class LocalBackend:
    """llama.cpp's own server engine in-process (xllamacpp): thread-safe, batches concurrent requests."""

    name = "local"

    def __init__(self, settings: Settings) -> None:
        xlc = _require("xllamacpp", "xllamacpp", "local")
        path = settings.gguf_path()
        params = xlc.CommonParams()
        params.model.path = str(path)
        params.n_ctx = settings.llm_ctx
        params.n_parallel = settings.llm_parallel
        params.cpuparams.n_threads = settings.llm_threads
        params.cpuparams_batch.n_threads = settings.llm_threads
        params.sampling.temp = 0.0
        params.verbosity = -1
        self.model = path.name
        self.timeout = settings.llm_timeout
        self._server = xlc.Server(params)

    @property
    def url(self) -> str:
        """llama.cpp's own OpenAI-compatible HTTP endpoint for this model (loopback only)."""
        return str(self._server.listening_address)

    def stream(self, messages: list[Message], max_tokens: int) -> Iterator[str]:
        pieces: queue.Queue[Any] = queue.Queue()
        cancelled = threading.Event()
        done = object()

        def on_chunk(chunk: Any) -> bool:
            pieces.put(chunk)
            return cancelled.is_set()  # True stops generation when the reader went away

        def run() -> None:
            try:
                request = {"messages": messages, "max_tokens": max_tokens, "stream": True, "temperature": 0.0}
                self._server.handle_chat_completions(request, on_chunk)
            except Exception as exc:  # noqa: BLE001 - surfaced to the reader below
                pieces.put(exc)
            finally:
                pieces.put(done)

        threading.Thread(target=run, daemon=True).start()
        try:
            while True:
                try:
                    item = pieces.get(timeout=self.timeout)
                except queue.Empty:
                    raise LLMError(f"The local model gave no output for {self.timeout:.0f}s.") from None
                if item is done:
                    return
                if isinstance(item, Exception):
                    raise LLMError(f"The local model failed: {item}") from item
                if isinstance(item, dict) and "error" in item:
                    raise LLMError(f"The local model failed: {item['error']}")
                for choice in item.get("choices", []) if isinstance(item, dict) else []:
                    text = (choice.get("delta") or {}).get("content")
                    if text:
                        yield text
        finally:
            cancelled.set()

    def complete(self, messages: list[Message], max_tokens: int) -> str:
        request = {"messages": messages, "max_tokens": max_tokens, "temperature": 0.0}
        try:
            reply = self._server.handle_chat_completions(request)
            return str(reply["choices"][0]["message"]["content"] or "")
        except (ValueError, KeyError, IndexError, TypeError) as exc:
            raise LLMError(f"The local model failed: {exc}") from exc

    def health(self) -> bool:
        return self._server is not None


class OpenAIBackend:
    """Any OpenAI-compatible server (vLLM, Ollama, llama.cpp server, OpenAI) through langchain-openai."""

    name = "openai"

    def __init__(self, settings: Settings) -> None:
        chat_openai = _require("langchain_openai", "langchain-openai", "openai").ChatOpenAI
        self.model = settings.llm_model
        self.base_url = settings.llm_base_url or ""
        self._chat = chat_openai(
            base_url=self.base_url,
            api_key=settings.llm_api_key,  # type: ignore[arg-type]
            model=settings.llm_model,
            temperature=0.0,
            timeout=settings.llm_timeout,
            max_retries=1,
        )

    def stream(self, messages: list[Message], max_tokens: int) -> Iterator[str]:
        with self._errors():
            for chunk in self._chat.stream(messages, max_tokens=max_tokens):
                text = chunk.content if isinstance(chunk.content, str) else ""
                if text:
                    yield text

    @contextmanager
    def _errors(self) -> Iterator[None]:
        import openai

        try:
            yield
        except openai.APIConnectionError as exc:
            raise LLMError(
                f"The LLM server at {self.base_url} is unreachable; start it or fix ASSISTANT_LLM_BASE_URL."
            ) from exc
        except (openai.APIError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise LLMError(f"The LLM server at {self.base_url} answered with an error or garbage: {exc}") from exc

    def complete(self, messages: list[Message], max_tokens: int) -> str:
        with self._errors():
            reply = self._chat.invoke(messages, max_tokens=max_tokens)
        return reply.content if isinstance(reply.content, str) else ""

    def health(self) -> bool:
        import httpx

        try:
            return httpx.get(self.base_url.rstrip("/") + "/models", timeout=3).status_code < 500
        except httpx.HTTPError:
            return False
