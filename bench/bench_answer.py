"""Answer latency with the default local backend: time to first token, decode speed, whole answer.

    python bench/bench_answer.py [--questions 30] [--runs 1]

Uses the answerable questions of eval/datasets/articles.jsonl on a fresh index of the bundled corpus.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from scratch import scratch  # noqa: E402  (bench/ is on the path of a script run from it)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--questions", type=int, default=30)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()

    from assistant.services import Services
    from assistant.settings import Settings
    from eval.dataset import BUNDLED, load_dataset
    from eval.metrics import percentile

    services = Services(Settings(_env_file=None, data_dir=scratch("bench-answer-")))  # type: ignore[call-arg]
    services.ensure_corpus()
    services.warm_up()
    items = [i for i in load_dataset(BUNDLED)[0] if i.answerable][: args.questions]
    services.chain.answer(items[0].question)  # warm-up: first-call allocations in llama.cpp
    ttft, decode, total, modes = [], [], [], []
    for item in items:
        a = services.chain.answer(item.question, item.history)
        t = a.provenance.timings
        modes.append(a.provenance.mode)
        total.append(t["total_ms"])
        if "ttft_ms" in t:
            ttft.append(t["ttft_ms"])
        if "tokens_per_s" in t:
            decode.append(t["tokens_per_s"])
        print(
            f"{item.id:22} ttft {t.get('ttft_ms', 0):7.0f} ms  decode {t.get('tokens_per_s', 0):5.1f} tok/s  total {t['total_ms']:7.0f} ms  {a.provenance.mode}"
        )
    figures = {
        "questions": len(items),
        "ttft_p50_ms": percentile(ttft, 0.5),
        "ttft_p95_ms": percentile(ttft, 0.95),
        "decode_tokens_per_s_median": statistics.median(decode),
        "answer_p50_ms": percentile(total, 0.5),
        "answer_p95_ms": percentile(total, 0.95),
        "modes": {m: modes.count(m) for m in set(modes)},
    }
    print(json.dumps(figures, indent=2))
    print(
        f"| {len(items)} questions | TTFT p50 {figures['ttft_p50_ms']:.0f} ms, p95 {figures['ttft_p95_ms']:.0f} ms | "
        f"decode {figures['decode_tokens_per_s_median']:.1f} tok/s | answer p50 {figures['answer_p50_ms']:.0f} ms, p95 {figures['answer_p95_ms']:.0f} ms |"
    )
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
