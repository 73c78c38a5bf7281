"""Verify and assemble: judge each drafted sentence against the evidence, fall back to quoting it, and build
the Answer with citations numbered in order of use."""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from assistant.cite import ABSTAIN_TEXT, DraftSentence, is_abstention
from assistant.evidence import continues
from assistant.types import Answer, Citation, Provenance, Sentence

if TYPE_CHECKING:
    from assistant.answer import Selected
    from assistant.types import Evidence
    from assistant.verify import SupportJudge

# A sentence this close to its quote already says what the quote says.
_VERBATIM = 0.9
# A sentence of the answer and the evidence it cites (indexes into the evidence list).
Cited = tuple[Sentence, list[int]]


class Assembler:
    """Turns one question's evidence and the model's draft into the Answer."""

    def __init__(self, selected: Selected, judge: SupportJudge, prompt: str, backend: str, model: str) -> None:
        self.selected = selected
        self.evidence = selected.evidence
        self.question = selected.retrieved.query.standalone
        self.judge = judge
        self.provenance = {"prompt": prompt, "backend": backend, "model": model}

    def verify(self, drafted: Sequence[DraftSentence], draft: str, error: str | None, verify_started: float) -> Answer:
        ev = self.evidence
        drafted = [d for d in drafted if not is_abstention(d.text)]
        sims = self.judge.similarities([d.text for d in drafted], [e.quote for e in ev])
        sentences = [self._check(d, row) for d, row in zip(drafted, sims, strict=True)]
        self.selected.retrieved.query.ask.timings["verify_ms"] = (time.perf_counter() - verify_started) * 1000
        if not any(s.supported for s, _ in sentences):
            return self._assemble(self._extractive(), "extractive", draft, error)
        # A small model's true sentence may still miss what the best passage says: quote that too, and the
        # sentence that continues it, unless the model's words are a near-verbatim copy of them.
        copied = {i for s, idx in sentences if s.score >= _VERBATIM for i in idx}
        quotes = self._extractive(with_close=False) if ev else []
        return self._assemble(sentences + [q for q in quotes if q[1][0] not in copied], "generated", draft, error)

    def abstain(self, reason: str) -> Answer:
        lead = f"{ABSTAIN_TEXT} ({reason})." if reason else f"{ABSTAIN_TEXT}."
        closest = [
            (Sentence(text=f'Closest passage: "{e.quote}"', supported=True, score=1.0, note="closest passage"), [i])
            for i, e in enumerate(self.evidence[:2])
        ]
        return self._assemble([(Sentence(text=lead, supported=True, note="abstention"), []), *closest], "abstained")

    def _check(self, d: DraftSentence, sims: Any) -> Cited:
        """Judge one draft sentence: keep its citation, re-attribute it to the source that supports it, or flag it."""
        judge, ev = self.judge, self.evidence
        cited = [n - 1 for n in d.cited]
        verdict = judge.judge(d.text, ev, sims, cited, self.question) if cited else None
        note = ""
        if verdict is None or not verdict.supported:
            alt = judge.judge(d.text, ev, sims, range(len(ev)), self.question)
            if alt.supported:
                note = f"re-attributed from [{', '.join(map(str, d.cited))}]" if d.cited else "citation added"
                verdict = alt
            else:
                verdict = verdict or alt
                if verdict.missing:
                    why = f"missing from the sources: {', '.join(verdict.missing)}"
                elif verdict.added and verdict.score >= judge.threshold:
                    why = f"adds what its source does not say: {', '.join(verdict.added[:8])}"
                else:
                    why = "no source says this"
                note = f"unsupported: {why}"
        if d.dropped:
            note = (note + "; " if note else "") + f"dropped markers to unknown sources {d.dropped}"
        idx = [verdict.n - 1] if verdict.supported and verdict.n else []
        return Sentence(text=d.text, supported=verdict.supported, score=round(verdict.score, 4), note=note), idx

    def _extractive(self, with_close: bool = True) -> list[Cited]:
        """Say what the best evidence says, in its own words, quoted: with the sentence that continues it, or
        else (`with_close`) with a nearly as relevant one."""
        ev = self.evidence
        close = [i for i in range(1, min(len(ev), 3)) if ev[i].relevance >= 0.9 * ev[0].relevance]
        keep = [0, 1] if len(ev) > 1 and continues(ev[0], ev[1]) else [0, *close[:1]] if with_close else [0]
        quoted = "quoted from the source"
        return [(Sentence(text=f'"{ev[i].quote}"', supported=True, score=1.0, note=quoted), [i]) for i in keep]

    def _assemble(self, sentences: list[Cited], mode: str, draft: str = "", error: str | None = None) -> Answer:
        """Renumber citations 1..m in order of use and build the Answer."""
        number: dict[int, int] = {}
        citations: list[Citation] = []
        parts: list[str] = []
        for sentence, idx in sentences:
            for i in idx:
                if i not in number:
                    number[i] = len(number) + 1
                    citations.append(_citation(number[i], self.evidence[i], sentence.score))
                sentence.citations.append(number[i])
            marks = "".join(f"[{n}]" for n in sentence.citations)
            parts.append(f"{sentence.text} {marks}".strip() if marks else sentence.text)
        return Answer(
            answer=" ".join(parts),
            sentences=[s for s, _ in sentences],
            citations=citations,
            abstained=mode == "abstained",
            error=error,
            provenance=self._provenance(mode, draft),
        )

    def _provenance(self, mode: str, draft: str) -> Provenance:
        retrieved = self.selected.retrieved
        ask = retrieved.query.ask
        ask.timings["total_ms"] = (time.perf_counter() - ask.started) * 1000
        hits = [
            {"chunk_id": h.chunk.id, "doc_id": h.chunk.doc_id, "score": round(h.score, 6),
             "dense_score": h.dense_score, "lexical_score": h.lexical_score}
            for h in retrieved.hits
        ]  # fmt: skip
        return Provenance(
            question=ask.question,
            standalone_question=retrieved.query.standalone,
            hits=hits,
            mode=mode,
            draft=draft,
            timings={k: round(v, 2) for k, v in ask.timings.items()},
            **self.provenance,
        )


def _citation(n: int, e: Evidence, score: float) -> Citation:
    c = e.chunk
    return Citation(
        n=n, doc_id=c.doc_id, title=c.title, outlet=c.outlet, url=c.url, chunk_id=c.id,
        quote=e.quote, quote_start=e.start, quote_end=e.end, passage=c.text, score=score,
    )  # fmt: skip
