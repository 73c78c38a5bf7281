"""HTTP API: REST under /api (the OpenAI-compatible /v1 is in v1.py), errors, limits and the API key."""

from __future__ import annotations

import json
import logging
import secrets
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Literal

from fastapi import APIRouter, Depends, FastAPI, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match, Mount

from assistant.errors import NotFound, Rejected, UserError
from assistant.types import Answer, Final, Token
from index.store import StoreError, StoreUnwritable

if TYPE_CHECKING:
    from assistant.services import Services

log = logging.getLogger("assistant.api")


class ChatMessage(BaseModel):
    role: Literal["system", "user", "assistant"]
    content: str = Field(max_length=100_000)


class AskRequest(BaseModel):
    question: str = Field(description="A question about the indexed articles.", max_length=100_000)
    history: list[ChatMessage] = Field(default_factory=list, max_length=50, description="Earlier turns, oldest first.")
    doc_ids: list[str] | None = Field(None, description="Only answer from these documents.")


class FeedbackRequest(BaseModel):
    question: str = Field(max_length=100_000)
    answer: dict[str, Any] = Field(description="The answer object being rated.")
    rating: Literal["up", "down"]
    comment: str = Field("", max_length=5_000)


def error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": {"status": status, "message": message}}, status_code=status)


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        problems = []
        for e in exc.errors():
            where = ".".join(str(p) for p in e.get("loc", []) if p != "body") or "body"
            problems.append(f"{where}: {e.get('msg', 'invalid')}")
        return error(422, "Invalid request: " + "; ".join(problems))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        return error(exc.status_code, str(exc.detail))

    @app.exception_handler(UserError)
    async def user_error(_: Request, exc: UserError) -> JSONResponse:
        return error(404 if isinstance(exc, NotFound) else 422 if isinstance(exc, Rejected) else 400, str(exc))

    @app.exception_handler(StoreError)
    async def store_error(_: Request, exc: StoreError) -> JSONResponse:
        return error(507 if isinstance(exc, StoreUnwritable) else 503, str(exc))  # full disk, or an outage

    @app.exception_handler(Exception)
    async def unexpected(_: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error")
        return error(500, "Internal error; the server log has the details.")


def unknown_routes(app: FastAPI) -> None:
    """API paths that match no route answer in JSON, not with the UI's 404 page (the UI is mounted at /)."""

    @app.api_route("/api/{path:path}", methods=["GET", "POST", "PUT", "PATCH", "DELETE"], include_in_schema=False)
    @app.api_route("/v1/{path:path}", methods=["GET", "POST", "PUT", "PATCH", "DELETE"], include_in_schema=False)
    def not_found(request: Request, path: str) -> JSONResponse:
        allowed = _methods_for(app, request)
        if allowed:
            response = error(
                405, f"Method {request.method} is not allowed on {request.url.path}; use {', '.join(allowed)}."
            )
            response.headers["Allow"] = ", ".join(allowed)
            return response
        return error(404, f"Not Found: no API route '{path}'; see /docs.")


def _methods_for(app: FastAPI, request: Request) -> list[str]:
    """The methods that a real route (not the catch-all, not the UI) takes at this path."""
    allowed = []
    for method in ("GET", "POST", "PUT", "PATCH", "DELETE"):
        scope = {**request.scope, "method": method}
        for route in app.routes:
            if isinstance(route, Mount) or str(getattr(route, "path", "")).endswith("{path:path}"):
                continue
            if route.matches(scope)[0] == Match.FULL:
                allowed.append(method)
                break
    return allowed


def bearer(services: Services):  # type: ignore[no-untyped-def]
    """A dependency that checks `Authorization: Bearer KEY` when an API key is configured."""

    def check(request: Request) -> None:
        key = services.settings.api_key
        if not key:
            return
        given = request.headers.get("authorization", "")
        if not given.lower().startswith("bearer ") or not secrets.compare_digest(given[7:].strip(), key):
            raise HTTPException(401, "Missing or wrong API key: send `Authorization: Bearer <ASSISTANT_API_KEY>`.")

    return check


def _history(messages: list[ChatMessage]) -> list[dict[str, str]]:
    return [{"role": m.role, "content": m.content} for m in messages if m.role != "system"]


def rest_router(services: Services) -> APIRouter:
    router = APIRouter(prefix="/api", dependencies=[Depends(bearer(services))], tags=["assistant"])

    @router.post("/ask", response_model=Answer, summary="Answer a question with verified citations")
    def ask(req: AskRequest) -> Answer:
        return services.chain.answer(req.question, _history(req.history), req.doc_ids)

    @router.get("/search", summary="Hybrid search: the passages most relevant to a query")
    def search(
        q: str = Query(min_length=1, max_length=2000), k: int = Query(5, ge=1, le=100),
        doc: list[str] = Query(default_factory=list), mmr: bool = False,
    ) -> list[dict[str, Any]]:  # fmt: skip
        return [h.to_json() for h in services.retriever.search(q, k=k, doc_ids=doc or None, mmr=mmr)]

    @router.post("/ask/stream", summary="Answer as server-sent events: `token` events, then one `answer` event")
    def ask_stream(req: AskRequest) -> StreamingResponse:
        events = services.chain.stream(req.question, _history(req.history), req.doc_ids)
        first = next(events)  # bad input raises here, before the stream starts, as a 400

        def server_events() -> Iterator[str]:
            for event in _chain(first, events):
                if isinstance(event, Token):
                    yield f"event: token\ndata: {json.dumps({'text': event.text})}\n\n"
                elif isinstance(event, Final):
                    yield f"event: answer\ndata: {event.answer.model_dump_json()}\n\n"

        return StreamingResponse(server_events(), media_type="text/event-stream")

    @router.get(
        "/health", summary="Each dependency (index, embedder, LLM) ok or its error; 503 when no answer can be given"
    )
    def health() -> JSONResponse:
        report = services.health()
        return JSONResponse(report, status_code=200 if report["status"] != "down" else 503)

    return router


def documents_router(services: Services) -> APIRouter:
    """Documents and feedback: the documents service over HTTP."""
    router = APIRouter(prefix="/api", dependencies=[Depends(bearer(services))], tags=["documents"])

    @router.get("/documents", summary="Indexed documents with their chunk counts")
    def documents() -> list[dict[str, Any]]:
        return [r.to_json() for r in services.documents.list()]

    @router.post("/documents", summary="Upload and index articles (.txt .md .html .pdf)")
    def upload(
        files: list[UploadFile] = File(...),  # noqa: B008
        sources: list[str] = Form([], description="Each file's path on the sender's disk (optional)."),  # noqa: B008
    ) -> dict[str, Any]:
        return services.documents.upload([(f.filename or "", f.file) for f in files], sources=sources).to_json()

    @router.delete("/documents/{doc_id}", summary="Remove a document and its chunks")
    def delete(doc_id: str) -> dict[str, str]:
        services.documents.delete(doc_id)
        return {"deleted": doc_id}

    @router.post("/feedback", summary="Thumbs up or down on an answer, appended to the feedback log")
    def feedback(req: FeedbackRequest) -> dict[str, str]:
        services.documents.feedback(req.question, req.answer, req.rating, req.comment)
        return {"status": "recorded"}

    return router


def sse(payload: dict[str, Any]) -> str:
    """One server-sent event of JSON, as OpenAI's streaming API sends it."""
    return f"data: {json.dumps(payload)}\n\n"


def _chain(first: Any, rest: Iterator[Any]) -> Iterator[Any]:
    yield first
    yield from rest
