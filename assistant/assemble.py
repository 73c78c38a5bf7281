"""Verify and assemble: judge each drafted sentence against the evidence, fall back to quoting it, state a
picked answer in its source's words, and build the Answer, part by part, with citations numbered in
order of use."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from assistant.cite import DraftSentence, is_abstention
from assistant.evidence import continues
from assistant.types import Answer, Citation, Part, Provenance, Sentence
from index.text import stems

if TYPE_CHECKING:
    from assistant.answer import Ask
    from assistant.candidates import Candidate
    from assistant.types import Evidence
    from assistant.verify import SupportJudge
    from index.types import Hit

# A sentence this close to its quote already says what the quote says.
_VERBATIM = 0.9
STATED = "the answer, as the quoted sentence states it"
QUOTED = "quoted from the source"
CLOSEST = "closest passage"
# A sentence of the answer and the evidence it cites.
Cited = tuple[Sentence, list["Evidence"]]


@dataclass
class PartAnswer:
    """What one part of the question came to."""

    question: str
    kind: str
    sentences: list[Cited]
    mode: str  # generated | extractive | picked | abstained
    missing: str = ""
    hits: list[Hit] = field(default_factory=list)
    draft: str = ""
    error: str | None = None


class Assembler:
    """Turns the evidence and the model's draft into answer sentences, and the parts into one Answer."""

    def __init__(self, judge: SupportJudge) -> None:
        self.judge = judge

    def verify(
        self, drafted: Sequence[DraftSentence], evidence: list[Evidence], question: str, timings: dict[str, float]
    ) -> tuple[list[Cited], str]:
        """The draft's sentences, each kept, re-attributed or flagged; the best evidence quoted beside them."""
        started = time.perf_counter()
        drafted = [d for d in drafted if not is_abstention(d.text)]
        sims = self.judge.similarities([d.text for d in drafted], [e.quote for e in evidence])
        sentences = [self._check(d, row, evidence, question) for d, row in zip(drafted, sims, strict=True)]
        timings["verify_ms"] = timings.get("verify_ms", 0.0) + (time.perf_counter() - started) * 1000
        if not any(s.supported for s, _ in sentences):
            return self.extractive(evidence, question), "extractive"
        # A small model's true sentence may still miss what the best passage says: quote that too, and the
        # sentence that continues it, unless the model's words are a near-verbatim copy of them.
        copied = {id(e) for s, cited in sentences if s.score >= _VERBATIM for e in cited}
        quotes = self.extractive(evidence) if evidence else []
        return sentences + [q for q in quotes if id(q[1][0]) not in copied], "generated"

    def stated(self, candidate: Candidate, lead: str = "") -> list[Cited]:
        """A picked answer: the answer in the source's words, then the sentence that states it, quoted (with
        the sentence beside it that names what it leaves out, or else the one that gives it another name)."""
        e = candidate.evidence
        quotes = [x for x in (candidate.context, e) if x is not None]
        quotes.sort(key=lambda x: (x.chunk.doc_id, x.start))
        # The headline cites the quote that states it; an answer the quote leaves to its neighbour (a date line's
        # date) cites both; another name for it, the sentence that gives that name, while two quotes at most.
        states = all(piece in e.quote for piece in candidate.text.split(", "))  # a venue and its town, apart
        cites = [e] if candidate.context is None or states else quotes
        named = [x for x in [candidate.alias_evidence] if x is not None and x.quote not in (q.quote for q in quotes)]
        aliased = bool(candidate.alias) and len(quotes + named) <= 2
        text = f"{candidate.text} ({candidate.alias})" if aliased else candidate.text
        named = named if aliased else []
        headline = Sentence(text=f"{lead}{text}.", supported=True, score=1.0, note=STATED)
        return [(headline, cites + named), *[(_quote(x), [x]) for x in quotes + named]]

    def abstain(self, message: str, evidence: list[Evidence], closest: int = 2) -> list[Cited]:
        """Say that the articles do not answer (the message says what is missing), with the closest passages."""
        lead = Sentence(text=message, supported=True, note="abstention")
        return [(lead, []), *[(_closest(e), [e]) for e in evidence[:closest]]]

    def extractive(self, evidence: list[Evidence], question: str = "") -> list[Cited]:
        """Say what the best evidence says, in its own words, quoted: with the sentence that continues it, or
        else (given the `question`) with a nearly as relevant one, the one that says most of what the question
        asks and the best leaves out: two sentences that say the same thing answer no more than one."""
        ev = evidence
        close = [i for i in range(1, min(len(ev), 3)) if ev[i].relevance >= 0.9 * ev[0].relevance]
        if len(ev) > 1 and continues(ev[0], ev[1]):
            keep = [0, 1]
        elif question and close:
            asked, said = stems(question), {i: stems(ev[i].quote) for i in [0, *close]}
            keep = [0, max(close, key=lambda i: len((asked - said[0]) & said[i]))]
            # One that adds to the question all the best one adds and more leads ("Johnny Manziel won the Heisman
            # Trophy at Texas A&M in 2012" before "Johnny Manziel won the 2012 Heisman Trophy").
            keep = keep[::-1] if said[keep[0]] - asked < said[keep[1]] - asked else keep
        else:
            keep = [0]
        return [(_quote(ev[i]), [ev[i]]) for i in keep]

    def _check(self, d: DraftSentence, sims: Any, ev: list[Evidence], question: str) -> Cited:
        """Judge one draft sentence: keep its citation, re-attribute it to the source that supports it, or flag it."""
        judge = self.judge
        cited = [n - 1 for n in d.cited]
        verdict = judge.judge(d.text, ev, sims, cited, question) if cited else None
        note = ""
        if verdict is None or not verdict.supported:
            alt = judge.judge(d.text, ev, sims, range(len(ev)), question)
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
        backing = [ev[verdict.n - 1]] if verdict.supported and verdict.n else []
        return Sentence(text=d.text, supported=verdict.supported, score=round(verdict.score, 4), note=note), backing

    def build(
        self, ask: Ask, standalone: str, parts: list[PartAnswer], prompt: str, backend: str, model: str
    ) -> Answer:
        """Number citations 1..m in order of use across the parts and build the Answer."""
        number: dict[tuple[str, int], int] = {}
        citations: list[Citation] = []
        texts: list[str] = []
        sentences: list[Sentence] = []
        shown: list[Part] = []
        for part in parts:
            first = len(sentences)
            for sentence, cited in part.sentences:
                for e in cited:
                    key = (e.chunk.doc_id, e.start)
                    if key not in number:
                        number[key] = len(number) + 1
                        citations.append(_citation(number[key], e, sentence.score))
                    sentence.citations.append(number[key])
                marks = "".join(f"[{n}]" for n in sentence.citations)
                texts.append(f"{sentence.text} {marks}".strip() if marks else sentence.text)
                sentences.append(sentence)
            indexes = list(range(first, len(sentences)))
            shown.append(Part(question=part.question, kind=part.kind, abstained=part.mode == "abstained",
                              missing=part.missing, sentences=indexes))  # fmt: skip
        modes = {p.mode for p in parts}
        mode = modes.pop() if len(modes) == 1 else "mixed"
        provenance = _provenance(ask, standalone, parts, mode, prompt, backend, model)
        errors = [p.error for p in parts if p.error]
        return Answer(
            answer=" ".join(texts),
            sentences=sentences,
            citations=citations,
            parts=shown,
            abstained=all(p.mode == "abstained" for p in parts),
            error=errors[0] if errors else None,
            provenance=provenance,
        )


def _quote(e: Evidence) -> Sentence:
    return Sentence(text=f'"{e.quote}"', supported=True, score=1.0, note=QUOTED)


def _closest(e: Evidence) -> Sentence:
    return Sentence(text=f'Closest passage: "{e.quote}"', supported=True, score=1.0, note=CLOSEST)


def _provenance(
    ask: Ask, standalone: str, parts: list[PartAnswer], mode: str, prompt: str, backend: str, model: str
) -> Provenance:
    ask.timings["total_ms"] = (time.perf_counter() - ask.started) * 1000
    hits = [
        {"chunk_id": h.chunk.id, "doc_id": h.chunk.doc_id, "score": round(h.score, 6),
         "dense_score": h.dense_score, "lexical_score": h.lexical_score}
        for p in parts for h in p.hits
    ]  # fmt: skip
    return Provenance(
        question=ask.question,
        standalone_question=standalone,
        hits=hits,
        prompt=prompt,
        backend=backend,
        model=model,
        mode=mode,
        draft="\n".join(p.draft for p in parts if p.draft),
        timings={k: round(v, 2) for k, v in ask.timings.items()},
        usage={"prompt_tokens": 0, "completion_tokens": 0} | ask.usage,
    )


def _citation(n: int, e: Evidence, score: float) -> Citation:
    c = e.chunk
    return Citation(
        n=n, doc_id=c.doc_id, title=c.title, outlet=c.outlet, url=c.url, chunk_id=c.id,
        quote=e.quote, quote_start=e.start, quote_end=e.end, passage=c.text, score=score,
    )  # fmt: skip
