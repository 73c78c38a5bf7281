"""Generate stage: chat backends that stream tokens, chosen in one factory."""

from __future__ import annotations

import importlib
import json
import logging
import select
import subprocess
import sys
import tempfile
import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from assistant.settings import Settings

Message = dict[str, str]
log = logging.getLogger("assistant")


class LLMError(RuntimeError):
    """The LLM backend is down or answered something unusable; the message says which and what to do."""


class LLMUnreachable(LLMError):
    """No connection to the LLM server, or it broke off."""


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
    """The bundled GGUF served by llama.cpp in a child process (assistant/llamaserver.py), spoken to over
    its loopback OpenAI-compatible API: the same client path as any external server, batching included."""

    name = "local"

    def __init__(self, settings: Settings) -> None:
        _require("xllamacpp", "xllamacpp", "local")
        path = settings.gguf_path()
        self.model = path.name
        if settings.llm_repack:
            from assistant.weights import repacked

            path = repacked(path, settings.models_dir)
        self._settings = settings
        self._config = {
            "model": str(path),
            "ctx": settings.llm_ctx,
            "parallel": settings.llm_parallel,
            "threads": settings.llm_threads,
        }
        self._lock = threading.Lock()
        self._start()

    def _start(self) -> None:
        self._proc, self.url = _spawn_server(self._config, self._settings.llm_timeout)
        weakref.finalize(self, _stop, self._proc)
        update = {"llm_base_url": self.url + "/v1", "llm_model": self.model}
        self._http = OpenAIBackend(self._settings.model_copy(update=update))

    def _client(self) -> OpenAIBackend:
        """The client of a running model process: one that died (killed for memory, say) is started again."""
        with self._lock:
            if self._proc.poll() is not None:
                log.warning("the local model's process exited (code %s); starting it again", self._proc.returncode)
                self._start()
            return self._http

    def stream(self, messages: list[Message], max_tokens: int) -> Iterator[str]:
        http = self._client()
        with self._errors():
            yield from http.stream(messages, max_tokens)

    def complete(self, messages: list[Message], max_tokens: int) -> str:
        http = self._client()
        with self._errors():
            return http.complete(messages, max_tokens)

    def health(self) -> bool:
        return self._proc.poll() is None

    @contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except LLMError as exc:
            if isinstance(exc, LLMUnreachable):  # the process may be dying: its sockets close before it is reaped
                with suppress(subprocess.TimeoutExpired):
                    self._proc.wait(timeout=2)
            if self._proc.poll() is not None:
                raise LLMError(
                    f"The local model's process exited (code {self._proc.returncode}) while answering; "
                    "it starts again with the next question."
                ) from exc
            raise


def _spawn_server(config: dict[str, Any], timeout: float) -> tuple[subprocess.Popen[str], str]:
    """Start assistant/llamaserver.py and wait for the URL it prints once the model is loaded."""
    with tempfile.TemporaryFile(mode="w+") as errors:  # the child keeps its own handle on it
        proc = subprocess.Popen(
            [sys.executable, "-m", "assistant.llamaserver", json.dumps(config)],
            stdin=subprocess.PIPE,  # the child exits when this closes: when we stop, however we stop
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
            cwd=Path(__file__).resolve().parent.parent,
        )
        ready, _, _ = select.select([proc.stdout], [], [], max(timeout, 120))
        line = proc.stdout.readline() if ready and proc.stdout else ""
        if not line.startswith("{"):
            _stop(proc)
            errors.seek(0)
            detail = " ".join(errors.read().strip().splitlines()[-3:]) or "no output"
            raise LLMError(f"The local model did not start from {config['model']}: {detail}")
    return proc, json.loads(line)["url"].rstrip("/")


def _stop(proc: subprocess.Popen[str]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


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
            raise LLMUnreachable(
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
