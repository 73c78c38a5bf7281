"""The bundled GGUF served by llama.cpp in a child process, spoken to over its loopback OpenAI-compatible API."""

from __future__ import annotations

import json
import logging
import selectors
import subprocess
import sys
import tempfile
import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.llm import LLMError, LLMUnreachable, Message, Usage, require
from assistant.llm.openai_api import OpenAIBackend

if TYPE_CHECKING:
    from assistant.settings import Settings

log = logging.getLogger("assistant")


class LocalBackend:
    """The bundled GGUF served by llama.cpp in a child process (assistant/llm/server.py), spoken to over
    its loopback OpenAI-compatible API: the same client path as any external server, batching included."""

    name = "local"

    def __init__(self, settings: Settings) -> None:
        require("xllamacpp", "xllamacpp", "local")
        path = settings.gguf_path()
        self.model = path.name
        if settings.llm_repack:
            from assistant.llm.weights import repacked

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

    def stream(self, messages: list[Message], max_tokens: int, usage: Usage | None = None) -> Iterator[str]:
        http = self._client()
        with self._errors():
            yield from http.stream(messages, max_tokens, usage)

    def choose(self, messages: list[Message], options: list[str], usage: Usage | None = None) -> str:
        http = self._client()
        with self._errors():
            return http.choose(messages, options, usage)

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
    """Start assistant/llm/server.py and wait for the URL it prints once the model is loaded."""
    with tempfile.TemporaryFile(mode="w+") as errors:  # the child keeps its own handle on it
        proc = subprocess.Popen(
            [sys.executable, "-m", "assistant.llm.server", json.dumps(config)],
            stdin=subprocess.PIPE,  # the child exits when this closes: when we stop, however we stop
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
            cwd=Path(__file__).resolve().parents[2],
        )
        line = _first_line(proc, max(timeout, 120))
        if not line.startswith("{"):
            _stop(proc)
            errors.seek(0)
            detail = " ".join(errors.read().strip().splitlines()[-3:]) or "no output"
            raise LLMError(f"The local model did not start from {config['model']}: {detail}")
    return proc, json.loads(line)["url"].rstrip("/")


def _first_line(proc: subprocess.Popen[str], timeout: float) -> str:
    """The child's first line of output, or "" if none comes within timeout."""
    # selectors (epoll), not select.select: a process holding over 1024 files cannot select() a new one.
    with selectors.DefaultSelector() as waiting:
        waiting.register(proc.stdout, selectors.EVENT_READ)  # type: ignore[arg-type]
        return proc.stdout.readline() if waiting.select(timeout) and proc.stdout else ""


def _stop(proc: subprocess.Popen[str]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
