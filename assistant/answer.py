"""The answering flow: condense -> retrieve -> select -> prompt -> generate -> cite -> verify -> Answer.

The steps before generation form a LangChain runnable sequence, each taking the previous step's typed
result; `as_runnable()` adds generation and verification, so other LangChain code can `invoke` the chain.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from assistant.assemble import Assembler, PartAnswer
from assistant.candidates import Candidate, conjoined, find, situated
from assistant.cite import ABSTAIN_TEXT, parse_draft
from assistant.errors import UserError
from assistant.evidence import numbered_quotes, select_evidence
from assistant.llm import LLMError, Message, Usage
from assistant.prompts import load_prompt
from assistant.question import Analysis, PartText, analyse, by_noun, resolve, split_parts, truecase, unframe
from assistant.types import Answer, Event, Final, Token
from assistant.verify import Answerability, answerability, entities

if TYPE_CHECKING:
    from langchain_core.runnables import Runnable

    from assistant.llm import ChatBackend
    from assistant.settings import Settings
    from assistant.types import Evidence
    from assistant.verify import SupportJudge
    from index.embed import Embedder
    from index.retrieve import Retriever
    from index.types import Hit


# The model chooses among at most this many candidates: more makes a longer prompt and a harder choice.
_PICK_AMONG = 3


@dataclass(frozen=True)
class Ask:
    """A question as the user put it, with the conversation so far."""

    question: str
    history: list[Message] = field(default_factory=list)
    doc_ids: list[str] | None = None
    timings: dict[str, float] = field(default_factory=dict)
    usage: Usage = field(default_factory=dict)
    started: float = field(default_factory=time.perf_counter)


@dataclass(frozen=True)
class Query:
    """The condensed question: `standalone` is searched for, evidence is chosen for `focus`."""

    ask: Ask
    standalone: str
    focus: str


@dataclass(frozen=True)
class Retrieved:
    query: Query
    hits: list[Hit]


@dataclass(frozen=True)
class Selected:
    """The evidence sentences for the question, and whether they can answer it."""

    retrieved: Retrieved
    evidence: list[Evidence]
    gate: Answerability


@dataclass(frozen=True)
class Prepared:
    """Everything the model is given."""

    selected: Selected
    messages: list[Message]

    @property
    def evidence(self) -> list[Evidence]:
        return self.selected.evidence


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
    """Answers from the retrieved articles with its parts passed in: nothing here builds a model or a store."""

    def __init__(
        self, settings: Settings, *, retriever: Retriever, embedder: Embedder, judge: SupportJudge, llm: ChatBackend
    ) -> None:
        self.settings = settings
        self.retriever = retriever
        self.embedder = embedder
        self.judge = judge
        self.llm = llm
        self.prompt = load_prompt(settings.prompts_dir, settings.prompt, frozenset({"sources", "question"}))
        self.pick_prompt = load_prompt(settings.prompts_dir, "pick", frozenset({"sources", "question", "options"}))
        self.condense_prompt = load_prompt(settings.prompts_dir, "condense", frozenset({"history", "question"}))
        self.assembler = Assembler(judge)

    # -- the steps before generation -------------------------------------------------------

    def condense(self, ask: Ask) -> Query:
        """A follow-up becomes standalone: by default the previous question is prepended for retrieval."""
        earlier = [m["content"] for m in ask.history if m.get("role") == "user" and m.get("content")]
        if earlier and self.settings.condense == "llm":
            rewritten = self._condense_with_llm(ask) or f"{earlier[-1]} {ask.question}"
            return Query(ask, rewritten, rewritten)
        if earlier:
            # Evidence is chosen for this question with its pronoun resolved ("Which companies use it?" after
            # "Ascend [1]."), or else with the names the last exchange was about; a request frame ("Can you tell
            # me ...") is no part of it, as for a first question.
            question = unframe(ask.question)
            replies = [m.get("content", "") for m in ask.history if m.get("role") == "assistant"]
            resolved = resolve(question, [*replies[-1:], earlier[-1]])
            last = " ".join(m.get("content", "") for m in ask.history[-2:])
            focus = resolved or " ".join([question, *sorted(entities(last))])
            return Query(ask, f"{earlier[-1]} {question}", focus)
        return Query(ask, ask.question, ask.question)

    def retrieve(self, query: Query) -> Retrieved:
        t = time.perf_counter()
        hits = self.retriever.search(query.standalone, k=self.settings.top_k, doc_ids=query.ask.doc_ids)
        query.ask.timings["retrieval_ms"] = _ms(t)
        return Retrieved(query, hits)

    def select(self, retrieved: Retrieved) -> Selected:
        t = time.perf_counter()
        query, hits = retrieved.query, retrieved.hits
        context = query.standalone if query.focus != query.standalone else None
        evidence = select_evidence(query.focus, hits, self.embedder, self.settings.evidence_tokens, context)
        passages = " ".join(f"{h.chunk.title} {h.chunk.outlet} {h.chunk.text}" for h in hits)
        gate = answerability(query.standalone, evidence, self.settings.answerable_threshold, passages)
        query.ask.timings["select_ms"] = _ms(t)
        return Selected(retrieved, evidence, gate)

    def render(self, selected: Selected) -> Prepared:
        ask = selected.retrieved.query.ask
        earlier = [m["content"] for m in ask.history if m.get("role") == "user"]
        history = f"Earlier question: {earlier[-1][:300]}\n\n" if earlier else ""
        messages = self.prompt.render(
            sources=numbered_quotes(selected.evidence), question=ask.question, history=history, abstain=ABSTAIN_TEXT
        )
        return Prepared(selected, messages)

    def prepare(self) -> Runnable[Ask, Prepared]:
        from langchain_core.runnables import RunnableLambda

        return RunnableLambda(self.condense, name="condense") | self._to_prompt

    def prepare_from(self, query: Query) -> Prepared:
        return self._to_prompt.invoke(query)

    @cached_property
    def _to_prompt(self) -> Runnable[Query, Prepared]:
        """retrieve -> select -> prompt, built once per chain (every part of every question runs it)."""
        from langchain_core.runnables import RunnableLambda

        return (
            RunnableLambda(self.retrieve, name="retrieve")
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
        """Token events while the answer is written, then one Final with the verified Answer."""
        q = check_question(question, self.settings.max_question_chars)
        ask = Ask(q, [dict(m) for m in history or []], list(doc_ids) if doc_ids else None)
        query = self.condense(ask)
        # A follow-up is one question, searched for with the one before it.
        parts = [PartText(q, query.standalone)] if ask.history else split_parts(unframe(q))
        answers = []
        for part in parts:
            part_query = query if ask.history else Query(ask, part.query, part.query)
            lead = f"{part.text} " if len(parts) > 1 else ""
            answers.append((yield from self._answer_part(part_query, part.text, lead)))
        yield Final(self.assembler.build(ask, query.standalone, answers, self.prompt.name,
                                         self.settings.llm_backend, self.llm.model))  # fmt: skip

    def _answer_part(self, query: Query, question: str, lead: str) -> Iterator[Event]:
        """One part: a factoid is picked among the candidates its sentences hold, or declined, naming what is
        missing; any other question is drafted by the model and verified, or declined by the gate."""
        prepared = self.prepare_from(query)
        selected, hits = prepared.selected, prepared.selected.retrieved.hits
        analysis = analyse(truecase(query.focus, (h.chunk.text for h in hits)))
        # A follow-up ("Where did he say that?") leaves its names to the conversation: it is drafted, not picked.
        # A description that asks with a noun of no known kind is picked when a sentence names that noun's thing,
        # else drafted as any other description.
        named = None if analysis.factoid or query.ask.history else by_noun(analysis)
        if (analysis.factoid and not query.ask.history) or named is not None:
            picking = named or analysis
            t = time.perf_counter()
            findings = find(picking, hits, self.embedder)
            query.ask.timings["candidates_ms"] = query.ask.timings.get("candidates_ms", 0.0) + _ms(t)
            if findings.candidates:
                chosen = conjoined(picking, self._pick(picking, findings.candidates, query.ask), findings.candidates)
                chosen = situated(picking, chosen, findings.candidates)
                cited = self.assembler.stated(chosen, lead)
                yield Token(cited[0][0].text + " ")
                return PartAnswer(question, analysis.kind, cited, "picked", hits=hits)
            if named is None:
                message = _missing(analysis, findings.mentioned)
                yield Token(f"{lead}{message} ")
                cited = self.assembler.abstain(f"{lead}{message}", selected.evidence, closest=1)
                return PartAnswer(question, analysis.kind, cited, "abstained", message, hits)
        if not selected.gate.ok:
            message = f"{lead}{ABSTAIN_TEXT} ({selected.gate.reason})."
            yield Token(message + " ")
            return PartAnswer(question, analysis.kind, self.assembler.abstain(message, selected.evidence), "abstained",
                              selected.gate.reason, hits)  # fmt: skip
        draft: list[str] = []
        error = yield from self._generate(prepared, draft)
        drafted = parse_draft("".join(draft), len(selected.evidence))
        cited, mode = self.assembler.verify(drafted, selected.evidence, query.standalone, query.ask.timings)
        return PartAnswer(question, analysis.kind, cited, mode, hits=hits, draft="".join(draft), error=error)

    def _pick(self, analysis: Analysis, candidates: list[Candidate], ask: Ask) -> Candidate:
        """The model chooses among the best candidates, constrained to their texts; the ranking decides when
        the model cannot be asked (`ASSISTANT_PICK=rank`, or it fails)."""
        top = candidates[:_PICK_AMONG]
        if self.settings.pick == "rank" or len(top) == 1:
            return top[0]
        sources = "\n".join(f"[{i}] {c.evidence.quote}" for i, c in enumerate(top, 1))
        options = [c.text for c in top]
        messages = self.pick_prompt.render(sources=sources, question=analysis.text, options="; ".join(options))
        t = time.perf_counter()
        try:
            choice = self.llm.choose(messages, options, ask.usage)
        except LLMError:
            return top[0]
        finally:
            ask.timings["pick_ms"] = ask.timings.get("pick_ms", 0.0) + _ms(t)
        return top[options.index(choice)] if choice in options else top[0]

    def _generate(self, prepared: Prepared, draft: list[str]) -> Iterator[Event]:
        """Stream the model's draft into `draft`; returns the backend's error, if any."""
        ask = prepared.selected.retrieved.query.ask
        t = time.perf_counter()
        try:
            for piece in self.llm.stream(prepared.messages, self.settings.max_answer_tokens, ask.usage):
                if not draft and "ttft_ms" not in ask.timings:
                    ask.timings["ttft_ms"] = _ms(ask.started)
                draft.append(piece)
                yield Token(piece)
        except LLMError as exc:
            return str(exc)
        finally:
            gen_s = time.perf_counter() - t
            ask.timings["generation_ms"] = ask.timings.get("generation_ms", 0.0) + gen_s * 1000
            if len(draft) > 1:
                first = ask.timings["ttft_ms"] / 1000 - (t - ask.started)
                ask.timings["tokens_per_s"] = (len(draft) - 1) / max(1e-6, gen_s - first)
        return None

    def _condense_with_llm(self, ask: Ask) -> str:
        history = "\n".join(f"{m['role']}: {m['content'][:300]}" for m in ask.history[-4:])
        try:
            text = "".join(
                self.llm.stream(self.condense_prompt.render(history=history, question=ask.question), 60, ask.usage)
            )
        except LLMError:
            return ""
        return text.strip().splitlines()[0] if text.strip() else ""


# What joins two of the question's names into one as it writes them: a name's own particle (a closed class: "Tour
# de France", "Bank of America"), a possessive or a hyphen; a preposition or a verb between them parts them ("Mia in
# La La Land", "US President did Joe Biden").
_NAME_JOINT = re.compile(r" (?:of|de|du|da|di|del|der|van|von|la|le|al|el|bin) |['’]s |-")


def _missing(analysis: Analysis, mentioned: list[str]) -> str:
    """ "The articles do not say who won the 2019 Tour de France: they mention Tour, France and 2019, but no
    sentence there answers it." """
    said = f"{ABSTAIN_TEXT} {analysis.wh}"
    if not mentioned:
        return f"{said}: nothing retrieved mentions it."
    mentioned = _as_written(mentioned, analysis.text)
    listed = ", ".join(mentioned[:-1]) + f" and {mentioned[-1]}" if len(mentioned) > 1 else mentioned[0]
    return f"{said}: they mention {listed}, but no sentence there answers it."


def _as_written(names: list[str], question: str) -> list[str]:
    """Each name as the question writes it, with the short words that analysis leaves out ("Legend Zelda Ocarina
    Time" -> "Legend of Zelda: Ocarina of Time"), and names the question writes together one ("Tour", "France"
    -> "Tour de France"; "Marvel", "Spider", "Man 2" -> "Marvel's Spider-Man 2")."""
    spans: list[tuple[int, int]] = []
    out: list[str] = []
    for name in names:
        words = [re.escape(w) for w in name.split()]
        found = re.search(r"\b" + r"\W+(?:[a-z]{1,3}\W+)?".join(words) + r"\b", question) if words else None
        if found is None:
            spans.append((-1, -1))
            out.append(name)
        elif spans and spans[-1][1] >= 0 and _NAME_JOINT.fullmatch(question[spans[-1][1] : found.start()]):
            spans[-1] = (spans[-1][0], found.end())  # "Tour" and "France" in "Tour de France"
            out[-1] = question[spans[-1][0] : found.end()]
        else:
            spans.append((found.start(), found.end()))
            out.append(found.group())
    return out


def _ms(since: float) -> float:
    return (time.perf_counter() - since) * 1000
