"""Write eval results: results.json, report.md, PNG plots, and RAGAS/DeepEval exports."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eval.run import METRICS

if TYPE_CHECKING:
    from eval.run import Results


def write_report(results: Results, out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = [out / "results.json", out / "report.md", out / "ragas.jsonl", out / "deepeval.json"]
    written[0].write_text(json.dumps(results.to_json(), indent=2, ensure_ascii=False))
    written[2].write_text(
        "".join(
            json.dumps({"question": q["question"], "answer": q["answer"], "contexts": q["contexts"], "ground_truth": q["reference"]}, ensure_ascii=False) + "\n"
            for q in results.questions
        )
    )  # fmt: skip
    written[3].write_text(
        json.dumps(
            [{"input": q["question"], "actual_output": q["answer"], "expected_output": q["reference"], "retrieval_context": q["contexts"]} for q in results.questions],
            indent=2,
            ensure_ascii=False,
        )
    )  # fmt: skip
    written += _plots(results, out)
    written[1].write_text(_markdown(results))
    return written


def format_metric(name: str, value: float | None) -> str:
    if value is None:
        return "n/a"
    counts = ("verified_wrong", "answered_with_gold", "answered_without_gold")
    return f"{value:.0f}" if name.endswith("_ms") or name in counts else f"{value:.3f}"


def _markdown(results: Results) -> str:
    c, m = results.config, results.metrics
    lines = [
        "# Evaluation report",
        "",
        f"Dataset `{Path(c['dataset']).name}`: {c['questions']} questions; backend `{c['backend']}` ({c['model']}); "
        f"judge: {c['judge']}; embedder {c['embedder']}; support threshold {c['support_threshold']}, "
        f"word coverage {c.get('support_coverage', '-')}, "
        f"answerable threshold {c['answerable_threshold']}; {c['seconds']} s in all.",
        "",
        "| metric | value |",
        "|---|---|",
        *[f"| `{k}` | {format_metric(k, m[k])} |" for k in METRICS],
        "",
        "![metrics](metrics.png)",
        "",
        "![latency](latency.png)",
        "",
        "![outcomes](outcomes.png)",
        "",
        "## Per question",
        "",
        "| id | answerable | outcome | mode | key facts | citation recall | answer |",
        "|---|---|---|---|---|---|---|",
    ]
    for q in results.questions:
        answer = q["answer"].replace("|", "\\|").replace("\n", " ")
        answer = answer[:160] + ("..." if len(answer) > 160 else "")
        kf = "" if q.get("key_fact_accuracy") is None else f"{q['key_fact_accuracy']:.2f}"
        cr = "" if q.get("citation_recall") is None else f"{q['citation_recall']:.2f}"
        lines.append(f"| {q['id']} | {q['answerable']} | {q['outcome']} | {q['mode']} | {kf} | {cr} | {answer} |")
    if results.problems:
        lines += ["", "## Skipped dataset lines", "", *[f"- {p}" for p in results.problems]]
    return "\n".join(lines) + "\n"


def _plots(results: Results, out: Path) -> list[Path]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    paths = [out / "metrics.png", out / "latency.png", out / "outcomes.png"]
    for draw, path in zip((_metrics_plot, _latency_plot, _outcomes_plot), paths, strict=True):
        fig = draw(plt, results)
        fig.tight_layout()
        fig.savefig(path, dpi=100)
        plt.close(fig)
    return paths


def _metrics_plot(plt: Any, results: Results) -> Any:
    scores = [k for k in METRICS if not k.endswith("_ms") and k != "verified_wrong" and results.metrics[k] is not None]
    fig, ax = plt.subplots(figsize=(9, 4))
    ax.barh(scores[::-1], [results.metrics[k] for k in scores[::-1]], color="#4c72b0")
    ax.set_xlim(0, 1)
    for i, k in enumerate(scores[::-1]):
        ax.text(min(results.metrics[k] + 0.01, 0.93), i, f"{results.metrics[k]:.2f}", va="center")
    ax.set_title("Answer quality")
    return fig


def _latency_plot(plt: Any, results: Results) -> Any:
    fig, ax = plt.subplots(figsize=(7, 3.5))
    total = [q["answer_ms"] / 1000 for q in results.questions if q["answer_ms"]]
    ttft = [q["ttft_ms"] / 1000 for q in results.questions if q["ttft_ms"]]
    ax.hist([ttft, total], bins=15, label=["time to first token", "whole answer"])
    ax.set_xlabel("seconds")
    ax.set_ylabel("questions")
    ax.legend()
    ax.set_title("Latency")
    return fig


_OUTCOME_COLOURS = {
    "key facts found": "#55a868",
    "gold answer found": "#55a868",
    "gold answer missing": "#dd8452",
    "correct abstention": "#8cc084",
    "key facts missing": "#dd8452",
    "wrongly abstained": "#c44e52",
    "answered unanswerable": "#8c1c13",
}


def _outcomes_plot(plt: Any, results: Results) -> Any:
    fig, ax = plt.subplots(figsize=(8, 0.32 * len(results.questions) + 1))
    ax.axis("off")
    cells = [[q["id"], "yes" if q["answerable"] else "no", q["outcome"], q["mode"]] for q in results.questions]
    table = ax.table(
        cellText=cells, colLabels=["question", "answerable", "outcome", "mode"], loc="center", cellLoc="left"
    )
    for row, q in enumerate(results.questions, 1):
        table[row, 2].set_facecolor(_OUTCOME_COLOURS.get(q["outcome"], "white"))
    table.auto_set_font_size(False)
    table.set_fontsize(8)
    return fig
