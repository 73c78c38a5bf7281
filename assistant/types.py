"""The contracts between stages. Everything downstream serialises these; nothing re-parses text."""

from __future__ import annotations

from pydantic import BaseModel, Field


class Article(BaseModel):
    """One loaded source document."""

    id: str
    title: str
    outlet: str = ""
    url: str = ""
    text: str
    path: str = ""


class Chunk(BaseModel):
    """A passage of an article, as stored in Chroma."""

    id: str
    doc_id: str
    text: str
    start: int = Field(description="Character offset of the chunk in the article text.")
    end: int
    sentences: list[tuple[int, int]] = Field(default_factory=list, description="Sentence spans, article offsets.")
    title: str = ""
    outlet: str = ""
    url: str = ""

    def sentence_texts(self) -> list[tuple[str, int, int]]:
        """Each sentence of the chunk with its article span."""
        return [(self.text[s - self.start : e - self.start], s, e) for s, e in self.sentences]


class Hit(BaseModel):
    """A retrieved chunk with the scores that ranked it."""

    chunk: Chunk
    dense_score: float | None = None
    lexical_score: float | None = None
    score: float = Field(description="Fused (RRF) score.")

    def to_json(self) -> dict[str, object]:
        c = self.chunk
        return {
            "doc_id": c.doc_id,
            "chunk_id": c.id,
            "score": round(self.score, 6),
            "dense_score": None if self.dense_score is None else round(self.dense_score, 4),
            "lexical_score": None if self.lexical_score is None else round(self.lexical_score, 4),
            "title": c.title,
            "outlet": c.outlet,
            "url": c.url,
            "start": c.start,
            "end": c.end,
            "text": c.text,
        }


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
