"""`POST /api/eval`: the running app scores a dataset sent by `assistant eval`, with its warm engine (no second
model process or embedder on the machine). Progress and the results stream back as server-sent events."""

from __future__ import annotations

import json
import queue
import threading
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from fastapi import APIRouter, Depends
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field

from assistant.api import bearer

if TYPE_CHECKING:
    from assistant.services import Services


class EvalRequest(BaseModel):
    dataset: str = Field(description="The dataset's JSONL text (one question per line).")
    name: str = Field("<sent>", max_length=500, description="The dataset's file name, for the report.")
    judge: Literal["embedding", "llm"] = Field("embedding", description="Support judge (nli runs in the CLI only).")


class _Cancelled(Exception):
    """The client went away: stop answering its questions."""


def router(services: Services) -> APIRouter:
    router = APIRouter(prefix="/api", dependencies=[Depends(bearer(services))], tags=["evaluation"])

    @router.post("/eval", summary="Score a dataset: `progress` events, then one `results` (or `error`) event")
    def run_eval(req: EvalRequest) -> StreamingResponse:
        return StreamingResponse(_events(services, req), media_type="text/event-stream")

    return router


def _events(services: Services, req: EvalRequest) -> Iterator[str]:
    from eval.run import evaluate

    events: queue.Queue[tuple[str, Any]] = queue.Queue()
    gone = threading.Event()

    def progress(done: int, total: int, item: str) -> None:
        if gone.is_set():
            raise _Cancelled
        events.put(("progress", {"done": done, "total": total, "id": item}))

    def work() -> None:
        try:
            results = evaluate(services, Path(req.name), judge=req.judge, progress=progress, text=req.dataset)
            payload = results.to_json() | {"problem_fields": [asdict(p) for p in results.problems]}
            events.put(("results", payload))
        except _Cancelled:
            pass
        except Exception as exc:  # noqa: BLE001 - the client gets the message; the log has the trace
            events.put(("error", {"message": str(exc) or type(exc).__name__}))
        events.put(("end", None))

    threading.Thread(target=work, name="eval", daemon=True).start()
    try:
        while (item := events.get())[0] != "end":
            yield f"event: {item[0]}\ndata: {json.dumps(item[1], ensure_ascii=False)}\n\n"
    finally:
        gone.set()
