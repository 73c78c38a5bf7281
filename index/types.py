"""The indexing contracts: a loaded article, a stored chunk, a retrieved hit."""

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


# Raised when a chunk gains a field that indexes written before lack: their documents are split again.
CHUNK_FORMAT = 1  # 1: `years`


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
    entities: list[tuple[int, int, str]] = Field(
        default_factory=list, description="Named entities: article span and spaCy label (index/annotate.py)."
    )
    lemmas: list[str] | None = Field(None, description="Per sentence, its words' lemmas; None: not annotated yet.")
    years: list[str] = Field(default_factory=list, description="Every year its article names (index/split.py).")

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
