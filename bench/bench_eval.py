"""The evaluation side by side: the bundled set, its held-out set, rgb-dev and rgb-dev-multi, one run each,
with the default local model, scored against gold answers (and key facts), not with the chain's own judge.

    python bench/bench_eval.py [--out DIR] [--sets bundled,heldout,rgb-dev,rgb-dev-multi]

The bundled and held-out reports go to --out (docs/eval/ holds the committed ones); rgb-dev's stay in
bench/out/ (its licence is non-commercial share-alike: nothing of it is committed). The table it prints
is the one in README ("Evaluation").
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
RGB = ROOT.parent / "shared" / "eval"
SETS = {
    "bundled": ("corpus", ROOT / "eval" / "datasets" / "articles.jsonl"),
    "heldout": ("corpus", ROOT / "eval" / "datasets" / "heldout.jsonl"),
    "rgb-dev": ("rgb", RGB / "rgb-dev" / "questions.jsonl"),
    "rgb-dev-multi": ("rgb", RGB / "rgb-dev-multi" / "questions.jsonl"),
}
SHOWN = (
    "answer_accuracy", "headline_accuracy", "rejection_rate", "false_rejection_rate", "verified_wrong",
    "part_accuracy", "multi_accuracy", "key_fact_accuracy", "citation_precision", "retrieval_recall@5", "answer_p50_ms",
)  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "eval")
    ap.add_argument("--sets", default=",".join(SETS), help="Comma-separated: " + ", ".join(SETS))
    args = ap.parse_args()
    from assistant.services import Services
    from assistant.settings import Settings
    from eval.report import format_metric, write_report
    from eval.run import evaluate

    names = [n for n in args.sets.split(",") if n]
    unknown = [n for n in names if n not in SETS]
    if unknown:
        sys.exit(f"unknown set {', '.join(unknown)}; use {', '.join(SETS)}")
    if any(SETS[n][0] == "rgb" for n in names) and not RGB.exists():
        sys.exit(f"no {RGB}: rgb-dev lives in ../shared/eval beside the project")
    started = time.perf_counter()
    first = Services(Settings(_env_file=None, data_dir=Path(tempfile.mkdtemp(prefix="bench-eval-"))))  # type: ignore[call-arg]
    first.ensure_corpus()
    rgb = Services(
        Settings(_env_file=None, data_dir=Path(tempfile.mkdtemp(prefix="bench-rgb-"))),  # type: ignore[call-arg]
        embedder=first.embedder,
        llm=first.llm,  # one model process: two on these two cores thrash
    )
    if any(SETS[n][0] == "rgb" for n in names):
        print("indexing rgb-dev:", rgb.indexer.index([RGB / "rgb-dev" / "articles"], sync=False).summary())
    table: dict[str, dict[str, float | None]] = {}
    for name in names:
        index, path = SETS[name]
        services = first if index == "corpus" else rgb
        results = evaluate(services, path, progress=lambda i, n, q, s=name: print(f"\r{s} {i}/{n} {q:30}", end=""))
        print()
        out = {"bundled": args.out, "heldout": args.out / "heldout"}.get(name, ROOT / "bench" / "out" / name)
        write_report(results, out)
        table[name] = results.metrics
    print(f"\n| metric | {' | '.join(names)} |\n|---|{'---|' * len(names)}")
    for metric in SHOWN:
        print(f"| `{metric}` | {' | '.join(format_metric(metric, table[n].get(metric)) for n in names)} |")
    print(f"\n{len(names)} sets in {time.perf_counter() - started:.0f} s including start-up and indexing")


if __name__ == "__main__":
    main()
