"""Run the answering flow over a dataset and score it. `evaluate()` is the one entry point."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eval.dataset import BUNDLED, Item, Problem, load_dataset
from eval.judges import make_judge
from eval.metrics import (
    abstention_scores,
    alce_citation_scores,
    gold_match,
    key_fact_score,
    mrr,
    ndcg,
    percentile,
    retrieval_recall,
)

_CEILINGS = {"verified_wrong", "false_rejection_rate"}

if TYPE_CHECKING:
    from assistant.services import Services
    from assistant.types import Answer

METRICS = (
    "retrieval_recall@5",
    "mrr@10",
    "ndcg@10",
    "key_fact_accuracy",
    "citation_recall",
    "citation_precision",
    "faithfulness",
    "abstention_precision",
    "abstention_recall",
    "answer_accuracy",
    "headline_accuracy",
    "rejection_rate",
    "false_rejection_rate",
    "verified_wrong",
    "part_accuracy",
    "multi_accuracy",
    "ttft_p50_ms",
    "answer_p50_ms",
)
# Scored against gold answers (RGB's format), never with the chain's own judge; absent without gold.
GOLD_METRICS = ("answer_accuracy", "headline_accuracy", "part_accuracy", "multi_accuracy")


@dataclass
class Results:
    metrics: dict[str, float | None]
    questions: list[dict[str, Any]]
    problems: list[Problem]
    config: dict[str, Any]
    answers: dict[str, Answer] = field(default_factory=dict, repr=False)

    def to_json(self) -> dict[str, Any]:
        return {
            "config": self.config,
            "metrics": self.metrics,
            "problems": [str(p) for p in self.problems],
            "questions": self.questions,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Results:
        """Results computed by the running app (`assistant eval` through it)."""
        problems = [Problem(**p) for p in data["problem_fields"]]
        return cls(data["metrics"], data["questions"], problems, data["config"])

    def missed(self, floors: dict[str, float]) -> list[str]:
        """Floors not met; latency metrics and `verified_wrong` are ceilings (lower is better)."""
        out = []
        for name, bound in floors.items():
            value = self.metrics.get(name)
            if value is None:
                out.append(f"{name} not measured (the dataset has no gold answers)")
                continue
            ceiling = name.endswith("_ms") or name in _CEILINGS
            worse = value > bound if ceiling else value < bound
            if worse:
                out.append(f"{name} = {value:.3f} ({'above' if ceiling else 'below'} {bound})")
        return out


def evaluate(
    services: Services,
    dataset: Path | list[Item] = BUNDLED,
    judge: str = "embedding",
    judge_model: Path | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    text: str | None = None,
) -> Results:
    """Answer every question of the dataset and compute per-question and aggregate metrics. With `text` (the
    dataset's JSONL, sent by a client), `dataset` only names it."""
    problems: list[Problem] = []
    if isinstance(dataset, Path):
        items, problems = load_dataset(dataset if text is None else text, known_docs=set(services.store.manifest()))
        source = str(dataset)
    else:
        items, source = dataset, "<items>"
    scorer = make_judge(judge, services, judge_model)
    rows: list[dict[str, Any]] = []
    answers: dict[str, Answer] = {}
    started = time.perf_counter()
    for i, item in enumerate(items, 1):
        if progress:
            progress(i, len(items), item.id)
        answer = services.chain.answer(item.question, item.history)
        answers[item.id] = answer
        rows.append(_score(item, answer, services, scorer))
    metrics = _aggregate(rows)
    config = {
        "dataset": source,
        "questions": len(items),
        "judge": scorer.name,
        "backend": services.settings.llm_backend,
        "model": getattr(services.llm, "model", ""),
        "embedder": services.embedder.name,
        "support_threshold": services.settings.support_threshold,
        "support_coverage": services.settings.support_coverage,
        "answerable_threshold": services.settings.answerable_threshold,
        "evidence_tokens": services.settings.evidence_tokens,
        "seconds": round(time.perf_counter() - started, 1),
    }
    return Results(metrics, rows, problems, config, answers)


def _score(item: Item, answer: Answer, services: Services, judge: Any) -> dict[str, Any]:
    standalone = answer.provenance.standalone_question
    ranked = [h.chunk.doc_id for h in services.retriever.search(standalone, k=10)]
    quotes = {c.n: c.quote for c in answer.citations}
    row: dict[str, Any] = {
        "id": item.id,
        "question": item.question,
        "answerable": item.answerable,
        "abstained": answer.abstained,
        "answer": answer.answer,
        "reference": item.answer,
        "mode": answer.provenance.mode,
        "ttft_ms": answer.provenance.timings.get("ttft_ms"),
        "answer_ms": answer.provenance.timings.get("total_ms"),
        "retrieved": ranked,
        "contexts": [c.quote for c in answer.citations],
    }
    if item.sources:
        row.update(
            {
                "retrieval_recall@5": retrieval_recall(ranked, item.sources, 5),
                "mrr@10": mrr(ranked, item.sources, 10),
                "ndcg@10": ndcg(ranked, item.sources, 10),
            }
        )
    if item.answerable and item.key_facts:
        row["key_fact_accuracy"] = 0.0 if answer.abstained else key_fact_score(answer.answer, item.key_facts)
    if not answer.abstained:
        statements = [(s.text, [quotes[n] for n in s.citations if n in quotes]) for s in answer.sentences]
        recall, precision = alce_citation_scores(statements, lambda s, p: judge.entails(s, p, standalone))
        row["citation_recall"], row["citation_precision"] = recall, precision
        # Faithfulness: the judge re-checks every sentence against what it cites.
        row["faithfulness"] = recall
        row["unsupported"] = [s.text for s in answer.sentences if not s.supported]
    row.update(_gold_scores(item, answer))
    row["outcome"] = _outcome(item, answer, row)
    return row


def _gold_scores(item: Item, answer: Answer) -> dict[str, Any]:
    """Answer and headline against the gold (RGB's check); for a multi-part question, part by part."""
    if item.parts:
        return _part_scores(item, answer)
    if item.gold is None or not item.answerable:
        return {}
    first = answer.sentences[0].text if answer.sentences else ""
    headline_text = answer.parts[0].headline(answer) if answer.parts else first
    right = not answer.abstained and gold_match(answer.answer, item.gold)
    heads = not answer.abstained and gold_match(headline_text, item.gold)
    supported = not answer.abstained and bool(answer.sentences) and answer.sentences[0].supported
    return {
        "answer_accuracy": float(right),
        "headline_accuracy": float(heads),
        "verified_wrong": float(supported and not heads),
    }


def _part_scores(item: Item, answer: Answer) -> dict[str, Any]:
    """A covered part is right when its gold is in the answer and it was not abstained on; an uncovered part
    when the answer says, for that part, that the articles do not say."""
    aligned = len(answer.parts) == len(item.parts)
    right = []
    for i, part in enumerate(item.parts):
        declined = answer.abstained or (aligned and answer.parts[i].abstained)
        right.append(not declined and gold_match(answer.answer, part.gold) if part.answerable else declined)
    return {"part_accuracy": sum(right) / len(right), "multi_accuracy": float(all(right)), "parts_right": sum(right)}


def _outcome(item: Item, answer: Answer, row: dict[str, Any]) -> str:
    if not item.answerable:
        return "correct abstention" if answer.abstained else "answered unanswerable"
    if "parts_right" in row:
        return f"{row['parts_right']} of {len(item.parts)} parts right"
    if answer.abstained:
        return "wrongly abstained"
    if "answer_accuracy" in row:
        return "gold answer found" if row["answer_accuracy"] else "gold answer missing"
    return "key facts found" if row.get("key_fact_accuracy", 0) == 1.0 else "key facts missing"


def _aggregate(rows: list[dict[str, Any]]) -> dict[str, float | None]:
    def mean(key: str) -> float | None:
        values = [r[key] for r in rows if r.get(key) is not None]
        return round(statistics.fmean(values), 4) if values else None

    precision, recall = abstention_scores([r["abstained"] for r in rows], [r["answerable"] for r in rows])
    metrics: dict[str, float | None] = {name: mean(name) for name in METRICS[:7]}
    metrics["abstention_precision"] = round(precision, 4)
    metrics["abstention_recall"] = round(recall, 4)
    answerable = [r["abstained"] for r in rows if r["answerable"]]
    unanswerable = [r["abstained"] for r in rows if not r["answerable"]]
    metrics["rejection_rate"] = round(statistics.fmean(unanswerable), 4) if unanswerable else None
    metrics["false_rejection_rate"] = round(statistics.fmean(answerable), 4) if answerable else None
    for name in GOLD_METRICS:
        metrics[name] = mean(name) if any(name in r for r in rows) else None
    metrics["verified_wrong"] = (
        sum(r.get("verified_wrong", 0) for r in rows) if any("verified_wrong" in r for r in rows) else None
    )
    metrics["ttft_p50_ms"] = round(percentile([r["ttft_ms"] for r in rows if r["ttft_ms"]], 0.5), 1)
    metrics["answer_p50_ms"] = round(percentile([r["answer_ms"] for r in rows if r["answer_ms"]], 0.5), 1)
    return metrics
