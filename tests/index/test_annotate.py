"""The annotate stage: entities and lemmas stored with each chunk, each article read once."""

from __future__ import annotations

import copy
from pathlib import Path

from index.annotate import annotate, pipeline
from index.load import load_file
from index.split import Splitter

ROOT = Path(__file__).resolve().parents[2]


def test_an_article_is_read_once_and_its_chunks_get_the_same_lemmas(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Chunks overlap: read chunk by chunk, their shared sentences went through spaCy twice."""
    article = load_file(sorted((ROOT / "data" / "articles").glob("*.txt"))[2], {}, 10**7)
    chunks = Splitter(160, 32).split(article)
    assert len(chunks) > 2 and sum(len(c.text) for c in chunks) > len(article.text)  # they overlap
    per_chunk, per_article = copy.deepcopy(chunks), copy.deepcopy(chunks)
    annotate(per_chunk)
    nlp, read = pipeline(), []
    real_pipe = type(nlp).pipe
    monkeypatch.setattr(type(nlp), "pipe", lambda self, texts, **kw: real_pipe(self, read.extend(texts) or read, **kw))
    annotate(per_article, {article.id: article.text})
    assert sum(len(t) for t in read) <= len(article.text)
    assert [c.lemmas for c in per_article] == [c.lemmas for c in per_chunk]
    for c in per_article:  # every entity lies inside its chunk, named by article offsets
        assert c.entities and all(c.start <= s < e <= c.end and article.text[s:e].strip() for s, e, _ in c.entities)
    names = {article.text[s:e] for c in per_article for s, e, label in c.entities if label in ("ORG", "PERSON")}
    assert names & {article.text[s:e] for c in per_chunk for s, e, _ in c.entities}
