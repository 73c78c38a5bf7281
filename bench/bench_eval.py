"""How long `assistant eval` takes on the bundled dataset (46 questions) with the default local model.

    python bench/bench_eval.py [--out DIR]

Writes the full report (results.json, report.md, plots) to --out; docs/eval/ holds the committed one.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=Path("docs/eval"))
    args = ap.parse_args()
    from assistant.services import Services
    from assistant.settings import Settings
    from eval.report import write_report
    from eval.run import METRICS, evaluate

    started = time.perf_counter()
    services = Services(Settings(_env_file=None, data_dir=Path(tempfile.mkdtemp(prefix="bench-eval-"))))  # type: ignore[call-arg]
    services.ensure_corpus()
    results = evaluate(services, progress=lambda i, n, q: print(f"\r{i}/{n} {q:30}", end="", flush=True))
    elapsed = time.perf_counter() - started
    print()
    write_report(results, args.out)
    for name in METRICS:
        print(f"{name:22} {results.metrics[name]:.3f}")
    print(
        f"{results.config['questions']} questions in {elapsed:.0f} s including start-up ({elapsed / 60:.1f} min; target < 10 min)"
    )


if __name__ == "__main__":
    main()
