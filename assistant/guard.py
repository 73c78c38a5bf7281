"""Limits before work, as one ASGI middleware in front of everything the app serves.

- The API key is checked on /api and /v1 from the headers alone, before a byte of the body is read.
- Every body is counted as it arrives, whether its length is declared or it comes chunked: past the limit
  the request ends with 413 and nothing more is read. Uploads (REST and the UI's own upload route) have
  the upload limit, everything else the JSON limit.
- Failed UI logins are counted per client: after a few in a minute, the client gets 429 with Retry-After.
"""

from __future__ import annotations

import hmac
import json
import logging
import threading
import time
from collections import defaultdict, deque
from typing import Any

log = logging.getLogger("assistant")
JSON_LIMIT = 1_000_000  # bytes of JSON a request may carry
_UPLOADS = ("/api/documents", "/api/eval", "/gradio_api/upload")  # files, and datasets
_LOGINS = ("/login", "/gradio_api/login")
LOGIN_TRIES = 5  # failed logins one client may make in LOGIN_WINDOW seconds
LOGIN_WINDOW = 60.0


def key_matches(given: str, key: str) -> bool:
    """Constant-time comparison: how long it takes says nothing about how much of the key was right."""
    return hmac.compare_digest(given.encode(), key.encode())


class Guard:
    def __init__(self, app: Any, api_key: str | None, upload_limit: int, json_limit: int = JSON_LIMIT) -> None:
        self.app = app
        self.api_key = api_key
        self.upload_limit = upload_limit
        self.json_limit = json_limit
        self._failures: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        path: str = scope["path"]
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        if path.startswith(("/api/", "/v1/")) and self.api_key and not self._authorised(headers):
            return await _json(send, 401, "Missing or wrong API key: send `Authorization: Bearer <ASSISTANT_API_KEY>`.")
        limit = self.upload_limit if path.startswith(_UPLOADS) else self.json_limit
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            return await _json(send, 413, f"Request body is {int(declared):,} bytes; the limit is {limit:,}.")
        if headers.get("user-agent") == "assistant-cli":
            log.info("request from the CLI: %s %s", scope["method"], path)
        login = scope["method"] == "POST" and path.endswith(_LOGINS)
        client = (scope.get("client") or ("?", 0))[0]
        if login and (wait := self._throttled(client)):
            return await _json(send, 429, f"Too many failed logins; try again in {wait} s.", {"retry-after": str(wait)})
        await self._serve(scope, receive, send, limit, client if login else None)

    async def _serve(self, scope: dict[str, Any], receive: Any, send: Any, limit: int, login: str | None) -> None:
        seen = 0
        status: list[int] = []
        cut = False

        async def counted() -> dict[str, Any]:
            nonlocal seen, cut
            if cut:
                return {"type": "http.disconnect"}
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > limit:
                # Answer now and tell the app the client is gone: whatever it catches, it reads no further.
                cut = True
                if not status:
                    status.append(413)
                    await _json(send, 413, f"Request body is over the limit of {limit:,} bytes.")
                return {"type": "http.disconnect"}
            return message

        async def watched(message: dict[str, Any]) -> None:
            if cut:
                return  # the 413 is the answer
            if message["type"] == "http.response.start":
                status.append(message["status"])
            await send(message)

        await self.app(scope, counted, watched)
        if login is not None and status:
            self._record(login, ok=status[0] < 400)

    def _authorised(self, headers: dict[str, str]) -> bool:
        given = headers.get("authorization", "")
        return given.lower().startswith("bearer ") and key_matches(given[7:].strip(), self.api_key or "")

    def _throttled(self, client: str) -> int:
        """Seconds the client must wait before another login, or 0."""
        now = time.monotonic()
        with self._lock:
            tries = self._failures[client]
            while tries and now - tries[0] > LOGIN_WINDOW:
                tries.popleft()
            return int(LOGIN_WINDOW - (now - tries[0])) + 1 if len(tries) >= LOGIN_TRIES else 0

    def _record(self, client: str, ok: bool) -> None:
        with self._lock:
            if ok:
                self._failures.pop(client, None)
            else:
                self._failures[client].append(time.monotonic())


async def _json(send: Any, status: int, message: str, extra: dict[str, str] | None = None) -> None:
    body = json.dumps({"error": {"status": status, "message": message}}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    headers += [(k.encode(), v.encode()) for k, v in (extra or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
