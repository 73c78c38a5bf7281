"""The answering flow: condense -> retrieve -> select -> prompt -> generate -> cite -> verify -> Answer.

The steps before generation form a LangChain runnable sequence; `as_runnable()` adds generation and
verification, so other LangChain code can `invoke` the whole chain.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from assistant.cite import DraftSentence, is_abstention, parse_draft
from assistant.errors import UserError
from assistant.evidence import continues, render_sources, select_evidence
from assistant.llm import LLMError
from assistant.prompts import load_prompt
from assistant.types import Answer, Citation, Evidence, Hit, Provenance, Sentence
from assistant.verify import Answerability, answerability, entities

if TYPE_CHECKING:
    from langchain_core.runnables import Runnable

    from assistant.services import Services

ABSTAIN_TEXT = "The articles do not say"
# A sentence this close to its quote already says what the quote says.
_VERBATIM = 0.9
Message = dict[str, str]


@dataclass
class Token:
    text: str


@dataclass
class Final:
    answer: Answer


Event = Token | Final


@dataclass
class Turn:
    """What flows between the steps of one question."""

    question: str
    history: list[Message] = field(default_factory=list)
    doc_ids: list[str] | None = None
    standalone: str = ""
    focus: str = ""
    hits: list[Hit] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    gate: Answerability | None = None
    messages: list[Message] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    started: float = field(default_factory=time.perf_counter)


def check_question(question: str, limit: int) -> str:
    """The question, stripped; a clear UserError when it cannot be asked."""
    if not isinstance(question, str):
        raise UserError("The question must be text.")
    q = question.strip()
    if not q:
        raise UserError("The question is empty: type what you want to know about the articles.")
    if not re.search(r"\w", q):
        raise UserError("The question has no words, only punctuation: type what you want to know.")
    if len(q) > limit:
        raise UserError(f"The question is {len(q):,} characters long; the limit is {limit:,}. Ask something shorter.")
    return q


class AnswerChain:
    def __init__(self, services: Services) -> None:
        self.services = services
        self.settings = services.settings
        self.prompt = load_prompt(self.settings.prompts_dir, self.settings.prompt, frozenset({"sources", "question"}))

    # -- the steps -------------------------------------------------------------------------

    def condense(self, turn: Turn) -> Turn:
        """A follow-up becomes standalone: by default the previous question is prepended for retrieval."""
        earlier = [m["content"] for m in turn.history if m.get("role") == "user" and m.get("content")]
        turn.standalone = turn.focus = turn.question
        if earlier and self.settings.condense == "llm":
            turn.standalone = turn.focus = self._condense_with_llm(turn) or f"{earlier[-1]} {turn.question}"
        elif earlier:
            turn.standalone = f"{earlier[-1]} {turn.question}"
            # Evidence is chosen for this question, with the names the last exchange was about ("it", "he").
            last = " ".join(m.get("content", "") for m in turn.history[-2:])
            turn.focus = " ".join([turn.question, *sorted(entities(last))])
        return turn

    def retrieve(self, turn: Turn) -> Turn:
        t = time.perf_counter()
        turn.hits = self.services.retriever.search(turn.standalone, k=self.settings.top_k, doc_ids=turn.doc_ids)
        turn.timings["retrieval_ms"] = _ms(t)
        return turn

    def select(self, turn: Turn) -> Turn:
        t = time.perf_counter()
        context = turn.standalone if turn.focus != turn.standalone else None
        turn.evidence = select_evidence(
            turn.focus, turn.hits, self.services.embedder, self.settings.evidence_tokens, context
        )
        context = " ".join(f"{h.chunk.title} {h.chunk.outlet} {h.chunk.text}" for h in turn.hits)
        turn.gate = answerability(turn.standalone, turn.evidence, self.settings.answerable_threshold, context)
        turn.timings["select_ms"] = _ms(t)
        return turn

    def render(self, turn: Turn) -> Turn:
        earlier = [m["content"] for m in turn.history if m.get("role") == "user"]
        history = f"Earlier question: {earlier[-1][:300]}\n\n" if earlier else ""
        turn.messages = self.prompt.render(
            sources=render_sources(turn.evidence), question=turn.question, history=history
        )
        return turn

    def prepare(self) -> Runnable[Turn, Turn]:
        from langchain_core.runnables import RunnableLambda

        return (
            RunnableLambda(self.condense, name="condense")
            | RunnableLambda(self.retrieve, name="retrieve")
            | RunnableLambda(self.select, name="select")
            | RunnableLambda(self.render, name="prompt")
        )

    def as_runnable(self) -> Runnable[dict[str, Any], Answer]:
        """`{"question": str, "history": [messages], "doc_ids": [...]}` -> Answer, as a LangChain runnable."""
        from langchain_core.runnables import RunnableLambda

        return RunnableLambda(
            lambda inp: self.answer(inp["question"], inp.get("history"), inp.get("doc_ids")),
            name="answer_with_citations",
        )

    # -- running ---------------------------------------------------------------------------

    def answer(
        self, question: str, history: Sequence[Message] | None = None, doc_ids: Sequence[str] | None = None
    ) -> Answer:
        for event in self.stream(question, history, doc_ids):
            if isinstance(event, Final):
                return event.answer
        raise AssertionError("stream ended without an answer")

    def stream(
        self, question: str, history: Sequence[Message] | None = None, doc_ids: Sequence[str] | None = None
    ) -> Iterator[Event]:
        """Token events while the model writes, then one Final with the verified Answer."""
        q = check_question(question, self.settings.max_question_chars)
        turn = self.prepare().invoke(Turn(q, [dict(m) for m in history or []], list(doc_ids) if doc_ids else None))
        assert turn.gate is not None
        if not turn.gate.ok:
            answer = self._abstain(turn, turn.gate.reason)
            yield Token(answer.answer)
            yield Final(answer)
            return

        draft, error = "", None
        t = time.perf_counter()
        pieces = 0
        try:
            for piece in self.services.llm.stream(turn.messages, self.settings.max_answer_tokens):
                if not pieces:
                    turn.timings["ttft_ms"] = _ms(turn.started)
                pieces += 1
                draft += piece
                yield Token(piece)
        except LLMError as exc:
            error = str(exc)
        gen_s = time.perf_counter() - t
        turn.timings["generation_ms"] = gen_s * 1000
        if pieces > 1:
            first = turn.timings["ttft_ms"] / 1000 - (t - turn.started)
            turn.timings["tokens_per_s"] = (pieces - 1) / max(1e-6, gen_s - first)
        answer = self._verify(turn, draft, error)
        yield Final(answer)

    # -- verification and assembly ---------------------------------------------------------

    def _verify(self, turn: Turn, draft: str, error: str | None) -> Answer:
        t = time.perf_counter()
        ev = turn.evidence
        drafted = [d for d in parse_draft(draft, len(ev)) if not is_abstention(d.text)]
        sims = self.services.judge.similarities([d.text for d in drafted], [e.quote for e in ev])
        sentences = [self._check(d, ev, row, turn.standalone) for d, row in zip(drafted, sims, strict=True)]
        turn.timings["verify_ms"] = _ms(t)

        if not any(s.supported for s, _ in sentences):
            mode = "extractive"
            sentences = self._extractive(turn)
        else:
            mode = "generated"
            # A small model's true sentence may still miss what the best passage says: quote that too, and the
            # sentence that continues it, unless the model's words are a near-verbatim copy of them.
            copied = {i for s, idx in sentences if s.score >= _VERBATIM for i in idx}
            quotes = self._extractive(turn, with_close=False) if ev else []
            sentences += [q for q in quotes if q[1][0] not in copied]
        return self._assemble(turn, sentences, mode, draft, error)

    def _check(self, d: DraftSentence, ev: list[Evidence], sims: Any, question: str) -> tuple[Sentence, list[int]]:
        """Judge one draft sentence: keep its citation, re-attribute it to the source that supports it, or flag it."""
        judge = self.services.judge
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
        idx = [verdict.n - 1] if verdict.supported and verdict.n else []
        sentence = Sentence(text=d.text, supported=verdict.supported, score=round(verdict.score, 4), note=note)
        return sentence, idx

    def _extractive(self, turn: Turn, with_close: bool = True) -> list[tuple[Sentence, list[int]]]:
        """Say what the best evidence says, in its own words, quoted: with the sentence that continues it, or
        else (`with_close`) with a nearly as relevant one."""
        ev = turn.evidence
        close = [i for i in range(1, min(len(ev), 3)) if ev[i].relevance >= 0.9 * ev[0].relevance]
        keep = [0, 1] if len(ev) > 1 and continues(ev[0], ev[1]) else [0, *close[:1]] if with_close else [0]
        return [
            (
                Sentence(
                    text=f'"{ev[i].quote}"', citations=[], supported=True, score=1.0, note="quoted from the source"
                ),
                [i],
            )
            for i in keep
        ]

    def _abstain(self, turn: Turn, reason: str) -> Answer:
        lead = f"{ABSTAIN_TEXT} ({reason})." if reason else f"{ABSTAIN_TEXT}."
        closest = [
            (Sentence(text=f'Closest passage: "{e.quote}"', supported=True, score=1.0, note="closest passage"), [i])
            for i, e in enumerate(turn.evidence[:2])
        ]
        sentences = [(Sentence(text=lead, supported=True, note="abstention"), [])] + closest
        return self._assemble(turn, sentences, "abstained", "", None)

    def _assemble(
        self, turn: Turn, sentences: list[tuple[Sentence, list[int]]], mode: str, draft: str, error: str | None
    ) -> Answer:
        """Renumber citations 1..m in order of use and build the Answer."""
        number: dict[int, int] = {}
        citations: list[Citation] = []
        parts: list[str] = []
        for sentence, idx in sentences:
            for i in idx:
                if i not in number:
                    number[i] = len(number) + 1
                    e = turn.evidence[i]
                    c = e.chunk
                    citations.append(
                        Citation(
                            n=number[i], doc_id=c.doc_id, title=c.title, outlet=c.outlet, url=c.url, chunk_id=c.id,
                            quote=e.quote, quote_start=e.start, quote_end=e.end, passage=c.text, score=sentence.score,
                        )
                    )  # fmt: skip
                sentence.citations.append(number[i])
            marks = "".join(f"[{n}]" for n in sentence.citations)
            parts.append(f"{sentence.text} {marks}".strip() if marks else sentence.text)
        turn.timings["total_ms"] = _ms(turn.started)
        backend = self.services.settings.llm_backend
        llm = self.services.__dict__.get("llm")
        provenance = Provenance(
            question=turn.question,
            standalone_question=turn.standalone,
            hits=[
                {
                    "chunk_id": h.chunk.id,
                    "doc_id": h.chunk.doc_id,
                    "score": round(h.score, 6),
                    "dense_score": h.dense_score,
                    "lexical_score": h.lexical_score,
                }
                for h in turn.hits
            ],  # fmt: skip
            prompt=self.prompt.name,
            backend=backend,
            model=getattr(llm, "model", "") if llm else "",
            mode=mode,
            draft=draft,
            timings={k: round(v, 2) for k, v in turn.timings.items()},
        )
        return Answer(
            answer=" ".join(parts),
            sentences=[s for s, _ in sentences],
            citations=citations,
            abstained=mode == "abstained",
            error=error,
            provenance=provenance,
        )

    def _condense_with_llm(self, turn: Turn) -> str:
        prompt = load_prompt(self.settings.prompts_dir, "condense", frozenset({"history", "question"}))
        history = "\n".join(f"{m['role']}: {m['content'][:300]}" for m in turn.history[-4:])
        try:
            text = "".join(self.services.llm.stream(prompt.render(history=history, question=turn.question), 60))
        except LLMError:
            return ""
        return text.strip().splitlines()[0] if text.strip() else ""


def _ms(since: float) -> float:
    return (time.perf_counter() - since) * 1000
