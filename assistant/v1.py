"""The OpenAI-compatible API under /v1: the assistant as a chat model that the clients people already use accept.

The last user message is the question, earlier messages the conversation. Content may be a string or a list
of text parts. Sampling parameters (temperature, top_p, max_tokens, max_completion_tokens, stop, seed, user,
presence/frequency penalties) are accepted and ignored: the answer is assembled from verified quotes, and the
model under it always runs at temperature 0. What the assistant cannot honour (n > 1, tools) is a 400.
"""

from __future__ import annotations

import re
import time
import uuid
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Literal

from fastapi import APIRouter, Depends
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, ConfigDict, Field

from assistant.api import bearer, sse
from assistant.errors import Rejected, UserError
from assistant.render import with_sources

if TYPE_CHECKING:
    from assistant.services import Services
    from assistant.types import Answer

MODEL_ID = "news-assistant"
_MAX_CHARS = 100_000


class Message(BaseModel):
    role: Literal["system", "developer", "user", "assistant"]
    content: str | list[dict[str, Any]] | None = Field(None, description="A string, or a list of text parts.")


class StreamOptions(BaseModel):
    include_usage: bool = False


class ChatRequest(BaseModel):
    model_config = ConfigDict(extra="ignore")  # other OpenAI parameters are accepted and ignored

    model: str = MODEL_ID
    messages: list[Message] = Field(min_length=1, max_length=100)
    stream: bool = False
    stream_options: StreamOptions | None = None
    n: int | None = Field(None, ge=1, description="Only 1: one verified answer per request.")
    tools: list[dict[str, Any]] | None = Field(None, description="Not supported: the assistant calls no tools.")
    max_tokens: int | None = Field(None, ge=1, description="Accepted, ignored.")
    max_completion_tokens: int | None = Field(None, ge=1, description="Accepted, ignored.")
    temperature: float | None = Field(None, description="Accepted, ignored: the model runs at temperature 0.")
    top_p: float | None = Field(None, description="Accepted, ignored.")
    stop: str | list[str] | None = Field(None, description="Accepted, ignored.")
    user: str | None = Field(None, description="Accepted, ignored.")


def text_of(message: Message) -> str:
    """A message's text: the string, or its text parts joined. Any other part is refused by name."""
    content = message.content
    if content is None:
        return ""
    if isinstance(content, str):
        text = content
    else:
        kinds = [str(part.get("type", "?")) for part in content]
        other = [k for k in kinds if k != "text"]
        if other:
            raise UserError(
                f"messages: a '{other[0]}' content part cannot be read; the assistant reads text parts only "
                '({"type": "text", "text": "..."}).'
            )
        # Parts are pieces of one message (OpenAI concatenates them), not lines: a break inside a sentence would
        # split the question.
        text = " ".join(str(part.get("text") or "").strip() for part in content)
    if len(text) > _MAX_CHARS:
        raise UserError(f"messages: a message is {len(text):,} characters long; the limit is {_MAX_CHARS:,}.")
    return text


def _turns(req: ChatRequest) -> list[dict[str, str]]:
    if req.n is not None and req.n > 1:
        raise UserError(f"n={req.n}: the assistant writes one verified answer per request; send n=1 or leave it out.")
    if req.tools:
        raise UserError("tools are not supported: the assistant answers from its articles and calls no tools.")
    turns = [{"role": m.role, "content": text_of(m)} for m in req.messages if m.role in ("user", "assistant")]
    if not turns or turns[-1]["role"] != "user":
        raise Rejected("The last message must come from the user: it is the question.")
    return turns


def router(services: Services) -> APIRouter:
    api = APIRouter(prefix="/v1", dependencies=[Depends(bearer(services))], tags=["openai"])

    @api.get("/models", summary="The assistant, as an OpenAI model")
    def models() -> dict[str, Any]:
        return {
            "object": "list",
            "data": [{"id": MODEL_ID, "object": "model", "created": 0, "owned_by": "news-assistant"}],
        }

    @api.post("/chat/completions", summary="OpenAI-compatible chat: the last user message is the question")
    def chat(req: ChatRequest) -> Any:
        turns = _turns(req)
        answer = services.chain.answer(turns[-1]["content"], turns[:-1])
        if req.stream:
            usage = req.stream_options is not None and req.stream_options.include_usage
            return StreamingResponse(_chunks(answer, usage), media_type="text/event-stream")
        return _completion(answer)

    return api


def _usage(answer: Answer) -> dict[str, int]:
    """The tokens the model read and wrote for this answer (an answer picked from the sources may need none)."""
    used = answer.provenance.usage
    prompt, completion = used.get("prompt_tokens", 0), used.get("completion_tokens", 0)
    return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}


def _extra(answer: Answer) -> dict[str, Any]:
    return {"citations": [c.model_dump() for c in answer.citations], "answer": answer.model_dump()}


def _completion(answer: Answer) -> dict[str, Any]:
    message = {"role": "assistant", "content": with_sources(answer)}
    return {
        "id": f"chatcmpl-{uuid.uuid4().hex[:24]}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": MODEL_ID,
        "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
        "usage": _usage(answer),
        **_extra(answer),
    }


def _chunks(answer: Answer, include_usage: bool) -> Iterator[str]:
    """The verified answer, streamed word by word (what the model drafted may not survive verification); with
    `include_usage`, a last chunk with no choices carries the usage, as the OpenAI API sends it."""
    base = {"id": f"chatcmpl-{uuid.uuid4().hex[:24]}", "object": "chat.completion.chunk",
            "created": int(time.time()), "model": MODEL_ID}  # fmt: skip
    if include_usage:
        base["usage"] = None
    yield sse(base | {"choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}]})
    for piece in re.findall(r"\S+\s*", with_sources(answer)):
        yield sse(base | {"choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}]})
    yield sse(base | {"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]} | _extra(answer))
    if include_usage:
        yield sse(base | {"choices": [], "usage": _usage(answer)})
    yield "data: [DONE]\n\n"
