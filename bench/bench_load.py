"""Load on /api/ask: 1 client, then N concurrent clients, against one real server process with the local model.

    python bench/bench_load.py [--clients 8] [--questions 4]

Prints throughput, p50/p95 latency and errors for each level, and the server's peak RSS (VmHWM).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def start(port: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "ASSISTANT_PORT": str(port), "ASSISTANT_DATA_DIR": tempfile.mkdtemp(prefix="bench-load-")}
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "app.py")], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    for _ in range(360):
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.5)
    proc.kill()
    raise SystemExit("server did not start")


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def level(url: str, clients: int, per_client: int, questions: list[str]) -> dict[str, float]:
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()

    def worker(k: int) -> None:
        nonlocal errors
        with httpx.Client(timeout=300) as client:
            for j in range(per_client):
                q = questions[(k * per_client + j) % len(questions)]
                t = time.perf_counter()
                try:
                    ok = client.post(f"{url}/api/ask", json={"question": q}).status_code == 200
                except httpx.HTTPError:
                    ok = False
                with lock:
                    latencies.append((time.perf_counter() - t) * 1000)
                    errors += not ok

    started = time.perf_counter()
    threads = [threading.Thread(target=worker, args=(k,)) for k in range(clients)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    wall = time.perf_counter() - started
    from eval.metrics import percentile

    return {
        "clients": clients,
        "requests": len(latencies),
        "throughput_rps": len(latencies) / wall,
        "p50_ms": percentile(latencies, 0.5),
        "p95_ms": percentile(latencies, 0.95),
        "errors": errors,
    }


def engine_ceiling(clients: int) -> dict[str, float]:
    """The same concurrency straight into llama.cpp (no retrieval, no HTTP): how much batching alone gives."""
    from assistant.llm import LocalBackend
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
            prompt.render(sources=sources, question=items[i % len(items)].question, history=""), 60
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
    ap.add_argument("--questions", type=int, default=4, help="Questions each client asks.")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    from eval.dataset import BUNDLED, load_dataset

    questions = [i.question for i in load_dataset(BUNDLED)[0] if i.answerable and not i.history]
    from tests.conftest import free_port

    port = free_port()
    proc = start(port)
    url = f"http://127.0.0.1:{port}"
    try:
        level(url, 1, 2, questions)  # warm-up
        one = level(url, 1, args.questions * 2, questions)
        many = level(url, args.clients, args.questions, questions)
        rss = peak_rss_mb(proc.pid)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    engine = engine_ceiling(args.clients)
    result = {
        "single": one,
        "concurrent": many,
        "speedup": many["throughput_rps"] / one["throughput_rps"],
        "peak_rss_mb": rss,
        "engine_only": engine,
    }
    print(json.dumps(result, indent=2))
    print("| clients | requests | throughput (answers/s) | p50 (ms) | p95 (ms) | errors |")
    print("|---|---|---|---|---|---|")
    for r in (one, many):
        print(
            f"| {r['clients']} | {r['requests']} | {r['throughput_rps']:.2f} | {r['p50_ms']:.0f} | {r['p95_ms']:.0f} | {r['errors']} |"
        )
    print(f"\nthroughput ratio {args.clients} vs 1 client: {result['speedup']:.2f}x; server peak RSS {rss:.0f} MB")
    print(f"llama.cpp alone, {args.clients} fresh prompts serial vs concurrent: {engine['speedup']:.2f}x")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
