"""Support judges for the eval: does a set of passages support a sentence?"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from assistant.prompts import load_prompt

if TYPE_CHECKING:
    from assistant.services import Services


class Judge(Protocol):
    name: str

    def entails(self, sentence: str, passages: Sequence[str], question: str = "") -> bool:
        """Do the passages support the sentence, given the question it answers (its words are not claims)?"""


class EmbeddingJudge:
    """The answer chain's own support judge: similarity to the closest passage plus fact matching."""

    def __init__(self, services: Services) -> None:
        self.inner = services.judge
        self.name = self.inner.name

    def entails(self, sentence: str, passages: Sequence[str], question: str = "") -> bool:
        return verbatim(sentence, passages) or self.inner.supports(sentence, passages, question)[0]


def verbatim(sentence: str, passages: Sequence[str]) -> bool:
    """A quote, or an answer stated in its source's words ("Who won X? Angelique Kerber."), is a span of the
    passage it cites: entailed by it, whatever a similarity judge makes of a bare name."""
    text = sentence.removeprefix("Closest passage: ").strip().strip('"').rstrip(".").split("? ")[-1].strip()
    return bool(text) and any(text in p for p in passages)


class LLMJudge:
    """RAGAS-style: the configured LLM splits a sentence into claims and checks each against the passages."""

    def __init__(self, services: Services) -> None:
        self.llm = services.llm
        folder = services.settings.prompts_dir
        self.claims = load_prompt(folder, "claims", frozenset({"question", "answer"}))
        self.verdict = load_prompt(folder, "verdict", frozenset({"context", "claim"}))
        self.name = f"llm ({services.settings.llm_backend}: {self.llm.model})"

    def entails(self, sentence: str, passages: Sequence[str], question: str = "") -> bool:
        if not passages:
            return False
        listed = self.llm.complete(self.claims.render(question=question, answer=sentence), 120)
        claims = [c.strip(" -*•\t") for c in listed.splitlines() if len(c.strip(" -*•\t").split()) >= 3][:5] or [
            sentence
        ]
        context = "\n".join(passages)
        for claim in claims:
            reply = self.llm.complete(self.verdict.render(context=context, claim=claim), 3)
            if not reply.strip().lower().startswith("yes"):
                return False
        return True


class NLIJudge:
    """A local NLI / cross-encoder model folder: entailment when its top label is 'entailment' (or its score >= 0.5)."""

    def __init__(self, model_dir: Path) -> None:
        from sentence_transformers import CrossEncoder

        if not model_dir.exists():
            raise FileNotFoundError(f"No NLI model folder at {model_dir}.")
        self.model = CrossEncoder(str(model_dir), device="cpu")
        labels = {int(k): v.lower() for k, v in (self.model.config.id2label or {}).items()}
        self.entail_index = next((i for i, v in labels.items() if "entail" in v), None)
        self.name = f"nli ({model_dir.name})"

    def entails(self, sentence: str, passages: Sequence[str], question: str = "") -> bool:
        if not passages:
            return False
        scores = self.model.predict([(" ".join(passages), sentence)])[0]
        if getattr(scores, "shape", ()) and len(scores.shape) and scores.shape[0] > 1:
            return int(scores.argmax()) == self.entail_index
        return float(scores) >= 0.5


def make_judge(kind: str, services: Services, model_dir: Path | None = None) -> Judge:
    match kind:
        case "embedding":
            return EmbeddingJudge(services)
        case "llm":
            return LLMJudge(services)
        case "nli":
            if model_dir is None:
                raise ValueError("--judge nli needs --judge-model DIR (a local NLI or cross-encoder model folder).")
            return NLIJudge(model_dir)
        case other:
            raise ValueError(f"Unknown judge '{other}': use embedding, llm or nli.")
