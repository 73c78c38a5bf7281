"""The CLI with and without a running app, side by side in one run.

    python bench/bench_cli.py [--runs 5]

1. `assistant ask` wall time (median of --runs): with no app (it loads the embedder and starts its own model
   process) and with an app serving the same data folder (it asks the app).
2. The app's answer p50 over a stream of questions (--rounds of them): alone, while a CLI user asks beside
   it back to back (the worst case: two users' questions share one engine), and while a CLI user asks one
   question every --think seconds (a person reading each answer); alone again last, to show the drift.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from scratch import scratch  # noqa: E402  (bench/ is on the path of a script run from it)

ASSISTANT = str(Path(sys.executable).parent / "assistant")
QUESTIONS = [
    "What did David Sacks call the H20 chip?",
    "Which companies have deployed Huawei's Ascend chip?",
    "Which smartphone uses chips made by SMIC?",
    "What has China made a condition for resuming rare earth exports?",
    "What is the H200 chip designed to deliver?",
    "What have the US restrictions spurred within China?",
]


def ask_cli(data_dir: Path, question: str) -> float:
    started = time.perf_counter()
    env = {**os.environ, "ASSISTANT_DATA_DIR": str(data_dir)}
    out = subprocess.run([ASSISTANT, "ask", question], capture_output=True, text=True, env=env, timeout=300)
    if out.returncode != 0:
        sys.exit(f"assistant ask failed: {out.stderr[-500:]}")
    return time.perf_counter() - started


def app_p50(url: str, rounds: int) -> float:
    times = []
    for i in range(rounds):
        started = time.perf_counter()
        httpx.post(f"{url}/api/ask", json={"question": QUESTIONS[i % len(QUESTIONS)]}, timeout=300).raise_for_status()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--rounds", type=int, default=24)
    ap.add_argument("--think", type=float, default=5.0)
    args = ap.parse_args()
    from tests.app.conftest import start_server, stop

    tmp = scratch("bench-cli-")
    data = tmp / "var"
    subprocess.run([ASSISTANT, "index", str(ROOT / "data" / "articles")], env={**os.environ, "ASSISTANT_DATA_DIR": str(data)},
                   capture_output=True, check=True)  # fmt: skip
    alone = [ask_cli(data, QUESTIONS[i % len(QUESTIONS)]) for i in range(args.runs)]
    app = start_server(tmp)
    try:
        app_p50(app.url, 2)  # warm-up
        served = [ask_cli(data, QUESTIONS[i % len(QUESTIONS)]) for i in range(args.runs)]
        p50 = {"alone": app_p50(app.url, args.rounds)}
        for label, pause in (("back to back", 0.0), (f"every {args.think:g} s", args.think)):
            stop_flag = threading.Event()

            def cli_user(pause: float = pause, stop_flag: threading.Event = stop_flag) -> None:
                i = 0
                while not stop_flag.is_set():
                    ask_cli(data, QUESTIONS[i % len(QUESTIONS)])
                    i += 1
                    stop_flag.wait(pause)

            beside = threading.Thread(target=cli_user)
            beside.start()
            p50[label] = app_p50(app.url, args.rounds)
            stop_flag.set()
            beside.join()
        p50["alone, again"] = app_p50(app.url, args.rounds)
    finally:
        stop(app)
    print("| | median | runs |\n|---|---|---|")
    print(
        f"| `assistant ask`, no app (own embedder and model process) | {statistics.median(alone):.2f} s | {args.runs} |"
    )
    print(f"| `assistant ask`, through the running app | {statistics.median(served):.2f} s | {args.runs} |")
    print("\n| app answer p50 | ms | vs alone |\n|---|---|---|")
    for label, value in p50.items():
        print(f"| {label} | {value * 1000:.0f} | {value / p50['alone']:.2f}x |")


if __name__ == "__main__":
    main()
