"""The answer contracts. Everything downstream serialises these; nothing re-parses text."""

from __future__ import annotations

from dataclasses import dataclass

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
    usage: dict[str, int] = Field(
        default_factory=dict,
        description="Tokens the model read and wrote for this answer (prompt_tokens, completion_tokens).",
    )


class Part(BaseModel):
    """One part of the question (most questions have one) and how the answer covers it."""

    question: str
    kind: str = Field("", description="The kind of answer it wants: person, place, date, number, name, description...")
    abstained: bool = False
    missing: str = Field("", description="For an abstained part: what the articles do not say, and what they do.")
    sentences: list[int] = Field(default_factory=list, description="Indexes of this part's sentences in `sentences`.")

    def headline(self, answer: Answer) -> str:
        """The part's first sentence: its answer, or that the articles do not say."""
        return answer.sentences[self.sentences[0]].text if self.sentences else ""


class Answer(BaseModel):
    answer: str
    sentences: list[Sentence] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)
    parts: list[Part] = Field(default_factory=list, description="The question's parts, in order.")
    abstained: bool = False
    error: str | None = None
    provenance: Provenance


# The answer stream's events: the model's words as they come, then the verified answer.
@dataclass
class Token:
    text: str


@dataclass
class Final:
    answer: Answer


Event = Token | Final
