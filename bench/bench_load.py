"""Load on /api/ask: 1 client, then N concurrent clients, against one real server process with the local model.

    python bench/bench_load.py [--clients 8] [--rounds 2]

Both levels ask the same 46 bundled questions (each round, on a fresh server, one level asks one half and the
other level the other half). Prints throughput, p50/p95 latency and errors per level, and the server's peak
RSS (VmHWM of the app and its model process), plus how much CPU the model process used per answer: when one
client already keeps every core busy, concurrency can only win what batching saves per answer.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from scratch import scratch  # noqa: E402  (bench/ is on the path of a script run from it)

from tests.conftest import up  # noqa: E402


def start(port: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "ASSISTANT_PORT": str(port), "ASSISTANT_DATA_DIR": str(scratch("bench-load-"))}
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "app.py")], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    if up(proc, f"http://127.0.0.1:{port}/api/health", 180):
        return proc
    proc.kill()
    raise SystemExit("server did not start")


def family(pid: int) -> list[int]:
    """The server and every process under it (the local model runs in a child)."""
    kids = [int(k) for task in Path(f"/proc/{pid}/task").iterdir() for k in (task / "children").read_text().split()]
    return [pid, *(p for k in kids for p in family(k))]


def peak_rss_mb(pids: list[int]) -> float:
    """Sum of each process's own peak (VmHWM): an upper bound on the family's peak."""
    total = 0
    for pid in pids:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                total += int(line.split()[1])
    return total / 1024


def cpu_s(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def level(url: str, clients: int, questions: list[dict[str, Any]], model_pid: int | None = None) -> dict[str, Any]:
    """`clients` threads share out `questions` (each question asked once) and ask as fast as answers come."""
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()

    def worker(k: int) -> None:
        nonlocal errors
        with httpx.Client(timeout=300) as client:
            for q in questions[k::clients]:
                t = time.perf_counter()
                try:
                    ok = client.post(f"{url}/api/ask", json=q).status_code == 200
                except httpx.HTTPError:
                    ok = False
                with lock:
                    latencies.append((time.perf_counter() - t) * 1000)
                    errors += not ok

    cpu = cpu_s(model_pid) if model_pid else 0.0
    started = time.perf_counter()
    threads = [threading.Thread(target=worker, args=(k,)) for k in range(clients)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    wall = time.perf_counter() - started
    model_cpu = cpu_s(model_pid) - cpu if model_pid else 0.0
    from eval.metrics import percentile

    return {
        "clients": clients,
        "requests": len(latencies),
        "wall_s": wall,
        "throughput_rps": len(latencies) / wall,
        "p50_ms": percentile(latencies, 0.5),
        "p95_ms": percentile(latencies, 0.95),
        "errors": errors,
        "model_cpu_s": model_cpu,
        "latencies": latencies,
    }


def engine_ceiling(clients: int) -> dict[str, float]:
    """The same concurrency straight into llama.cpp (no retrieval, no HTTP): how much batching alone gives."""
    from assistant.cite import ABSTAIN_TEXT
    from assistant.llm.local import LocalBackend
    from assistant.prompts import load_prompt
    from assistant.settings import Settings
    from eval.dataset import BUNDLED, load_dataset

    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    backend = LocalBackend(settings)
    prompt = load_prompt(settings.prompts_dir, settings.prompt)
    text = " ".join(p.read_text() for p in sorted(settings.corpus_dir.glob("*.txt"))).split()
    items = load_dataset(BUNDLED)[0]

    def ask(i: int) -> None:
        sources = "\n".join(f"[{k + 1}] " + " ".join(text[(i * 53 + k * 61) % 1500 :][:55]) for k in range(4))
        for _ in backend.stream(
            prompt.render(sources=sources, question=items[i % len(items)].question, history="", abstain=ABSTAIN_TEXT),
            60,
        ):
            pass

    t = time.perf_counter()
    for i in range(clients):
        ask(100 + i)
    serial = time.perf_counter() - t
    threads = [threading.Thread(target=ask, args=(200 + i,)) for i in range(clients)]
    t = time.perf_counter()
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    concurrent = time.perf_counter() - t
    return {"serial_s": serial, "concurrent_s": concurrent, "speedup": serial / concurrent}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument(
        "--rounds", type=int, default=2, help="Fresh servers; each swaps which half of the questions each level asks."
    )
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    from eval.dataset import BUNDLED, load_dataset
    from tests.conftest import free_port

    # Every question is asked once per server: a repeat would find its prompt in llama.cpp's cache and skip
    # the prompt reading that dominates here. Over two rounds each level asks every question once.
    questions = [{"question": i.question, "history": i.history} for i in load_dataset(BUNDLED)[0]]
    halves = questions[0::2], questions[1::2]
    totals = {n: {"requests": 0, "wall": 0.0, "errors": 0, "cpu": 0.0, "latencies": []} for n in (1, args.clients)}
    rounds, rss = [], 0.0
    for r in range(args.rounds):
        port = free_port()
        proc = start(port)
        url = f"http://127.0.0.1:{port}"
        try:
            pids = family(proc.pid)
            model = pids[-1] if len(pids) > 1 else None
            warm_up = [{"question": "What did Nvidia's chief executive say about China?"}]  # not in the set
            level(url, 1, warm_up)
            one = level(url, 1, halves[r % 2], model)
            many = level(url, args.clients, halves[(r + 1) % 2], model)
            rss = max(rss, peak_rss_mb(pids))
        finally:
            proc.terminate()
            proc.wait(timeout=30)
        rounds.append({"single": one, "concurrent": many, "speedup": many["throughput_rps"] / one["throughput_rps"]})
        for res in (one, many):
            tot = totals[int(res["clients"])]
            tot["requests"] += res["requests"]
            tot["wall"] += res["wall_s"]
            tot["errors"] += res["errors"]
            tot["cpu"] += res["model_cpu_s"]
            tot["latencies"] += res.pop("latencies")
    from eval.metrics import percentile

    summary = {
        n: {
            "clients": n,
            "requests": t["requests"],
            "throughput_rps": t["requests"] / t["wall"],
            "p50_ms": percentile(t["latencies"], 0.5),
            "p95_ms": percentile(t["latencies"], 0.95),
            "errors": t["errors"],
            "model_cpu_s_per_answer": t["cpu"] / t["requests"],
            "model_cores_busy": t["cpu"] / t["wall"],
        }
        for n, t in totals.items()
    }
    one, many = summary[1], summary[args.clients]
    engine = engine_ceiling(args.clients)
    result = {
        "single": one,
        "concurrent": many,
        "speedup": many["throughput_rps"] / one["throughput_rps"],
        "rounds": rounds,
        "peak_rss_mb": rss,
        "engine_only": engine,
    }
    print(json.dumps(result, indent=2))
    print(
        "| clients | requests | throughput (answers/s) | p50 (ms) | p95 (ms) | errors | model CPU s/answer | model cores busy |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for r in (one, many):
        print(
            f"| {r['clients']} | {r['requests']} | {r['throughput_rps']:.2f} | {r['p50_ms']:.0f} | {r['p95_ms']:.0f} "
            f"| {r['errors']} | {r['model_cpu_s_per_answer']:.2f} | {r['model_cores_busy']:.2f} of {os.cpu_count()} |"
        )
    per_round = ", ".join(f"{r['speedup']:.2f}x" for r in rounds)
    print(f"\nthroughput ratio {args.clients} vs 1 client: {result['speedup']:.2f}x (rounds: {per_round})")
    print(f"server peak RSS {rss:.0f} MB (app + model process)")
    print(f"llama.cpp alone, {args.clients} fresh prompts serial vs concurrent: {engine['speedup']:.2f}x")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
