"""The CLI as a client of the running app: one warm engine per machine and data folder.

The app writes `app.json` (its URL and pid) into its data folder once it is ready and removes it when it
stops; the CLI finds it there (or at ASSISTANT_APP_URL), checks that it answers, and asks it instead of
loading a second embedder and starting a second model process.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.errors import NotFound, Rejected, UserError

if TYPE_CHECKING:
    from assistant.settings import Settings
    from assistant.types import Event

PORT_FILE = "app.json"


def announce(data_dir: Path, url: str, model: dict[str, str] | None = None) -> Path:
    """Write the port file; `model` ({"url", "name"}) is the app's local model process, for other processes."""
    path = data_dir / PORT_FILE
    data_dir.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"url": url, "pid": os.getpid(), "model": model}))
    return path


def _announced(settings: Settings) -> dict[str, Any] | None:
    """The live app's port file in this data folder, or None (none, unreadable, or its process is gone)."""
    try:
        found = json.loads((settings.data_dir / PORT_FILE).read_text())
        os.kill(int(found["pid"]), 0)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return found if isinstance(found, dict) else None


def running_model(settings: Settings) -> dict[str, str] | None:
    """The running app's local model process ({"url", "name"}) when it answers: a process here that wants
    the bundled model (`--local`, an eval with the NLI judge) uses it instead of starting a second one."""
    model = (_announced(settings) or {}).get("model")
    if not isinstance(model, dict) or not model.get("url"):
        return None
    return model if responds(f"{model['url']}/v1/models") else None


def find_app(settings: Settings) -> str | None:
    """The URL of a live app serving this data folder (or ASSISTANT_APP_URL), or None."""
    url = settings.app_url
    if not url:
        found = _announced(settings)
        if found is None or not found.get("url"):
            return None
        url = str(found["url"])
    return url if responds(f"{url}/api/health", _auth(settings)) else None


def responds(url: str, headers: dict[str, str] | None = None) -> bool:
    """A server answers at `url` (any status below 500) within 3 s."""
    import httpx

    try:
        return httpx.get(url, timeout=3, headers=headers).status_code < 500
    except httpx.HTTPError:
        return False


def _server_events(response: Any) -> Iterator[tuple[str, Any]]:
    """(event name, JSON data) of a server-sent event stream."""
    event = ""
    for line in response.iter_lines():
        if line.startswith("event: "):
            event = line[7:]
        elif line.startswith("data: "):
            yield event, json.loads(line[6:])


def _auth(settings: Settings) -> dict[str, str]:
    return {"Authorization": f"Bearer {settings.api_key}"} if settings.api_key else {}


class AppClient:
    """The REST API, spoken to by the CLI; errors come back as the same UserError messages."""

    def __init__(self, url: str, settings: Settings) -> None:
        import httpx

        self.url = url
        self._http = httpx.Client(base_url=url, headers=_auth(settings) | {"User-Agent": "assistant-cli"}, timeout=300)

    def documents(self) -> list[dict[str, Any]]:
        return self._json(self._http.get("/api/documents"))

    def delete(self, doc_id: str) -> None:
        self._json(self._http.delete(f"/api/documents/{doc_id}"))

    def search(self, question: str, k: int, doc_ids: list[str] | None, mmr: bool) -> list[dict[str, Any]]:
        params: dict[str, Any] = {"q": question, "k": k, "mmr": mmr, "doc": doc_ids or []}
        return self._json(self._http.get("/api/search", params=params))

    def upload(self, files: list[Path]) -> dict[str, Any]:
        """Index files through the app; each is recorded under its path here."""
        with contextlib.ExitStack() as stack:
            parts = [("files", (f.name, stack.enter_context(f.open("rb")))) for f in files]
            sources = {"sources": [str(f.resolve()) for f in files]}
            return self._json(self._http.post("/api/documents", files=parts, data=sources))

    def evaluate(self, dataset: Path, judge: str, progress: Callable[[int, int, str], None]) -> dict[str, Any]:
        """The app scores the dataset; returns its results (Results.from_json reads them)."""
        body = {"dataset": dataset.read_text(encoding="utf-8"), "name": str(dataset), "judge": judge}
        with self._http.stream("POST", "/api/eval", json=body, timeout=None) as response:
            if response.status_code >= 400:
                response.read()
                self._json(response)
            for event, data in _server_events(response):
                if event == "progress":
                    progress(data["done"], data["total"], data["id"])
                elif event == "results":
                    return data
                elif event == "error":
                    raise UserError(data["message"])
        raise RuntimeError(f"the app at {self.url} ended the evaluation without results; its log says why")

    def stream(self, question: str, doc_ids: list[str] | None) -> Iterator[Event]:
        from assistant.types import Answer, Final, Token

        body = {"question": question, "doc_ids": doc_ids}
        with self._http.stream("POST", "/api/ask/stream", json=body) as response:
            if response.status_code >= 400:
                response.read()
                self._json(response)
            for event, data in _server_events(response):
                if event == "token":
                    yield Token(data["text"])
                elif event == "answer":
                    yield Final(Answer.model_validate(data))

    @staticmethod
    def _json(response: Any) -> Any:
        try:
            data = response.json()
        except ValueError:  # a proxy's HTML page, say: the status and text still say what happened
            data = None
        if response.status_code < 400 and data is not None:
            return data
        message = data.get("error", {}).get("message", response.text) if isinstance(data, dict) else response.text[:200]
        kind = {404: NotFound, 413: Rejected, 422: Rejected}.get(response.status_code, UserError)
        if response.status_code >= 500 or data is None:
            raise RuntimeError(f"the app at {response.url.host}: {message}")
        raise kind(message)
