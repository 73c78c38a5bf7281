"""The answer contracts. Everything downstream serialises these; nothing re-parses text."""

from __future__ import annotations

from pydantic import BaseModel, Field

from index.types import Chunk


class Evidence(BaseModel):
    """A numbered source shown to the model: one quoted sentence of an article."""

    n: int
    chunk: Chunk
    quote: str
    start: int
    end: int
    relevance: float = 0.0


class Citation(BaseModel):
    n: int
    doc_id: str
    title: str
    outlet: str
    url: str
    chunk_id: str
    quote: str
    quote_start: int
    quote_end: int
    passage: str = Field("", description="The chunk around the quote, for highlighting.")
    score: float = Field(description="Support score from the judge.")


class Sentence(BaseModel):
    text: str
    citations: list[int] = Field(default_factory=list, description="Citation numbers backing this sentence.")
    supported: bool
    score: float = 0.0
    note: str = Field("", description="Why a sentence was re-attributed or flagged.")


class Provenance(BaseModel):
    question: str
    standalone_question: str
    hits: list[dict[str, object]] = Field(default_factory=list)
    prompt: str = ""
    backend: str = ""
    model: str = ""
    mode: str = Field("generated", description="generated | extractive | abstained | retrieval-only")
    draft: str = ""
    timings: dict[str, float] = Field(default_factory=dict)


class Answer(BaseModel):
    answer: str
    sentences: list[Sentence] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)
    abstained: bool = False
    error: str | None = None
    provenance: Provenance
