"""Soak: 8 clients ask for several minutes while another uploads and deletes documents; nothing may be lost.

    python bench/bench_soak.py [--minutes 4] [--clients 8] [--chroma-server]

Starts the app on a temporary data folder (the bundled articles, embedded Chroma or a `chroma run` server),
then runs the askers (the bundled eval questions, round robin, through /api/ask) and one writer (uploads a
variant of a bundled article under a new id, deletes the one before, over and over). Reports answers and
errors by kind, answer p50/p95, peak RSS of the app and of its model process, and checks at the end that
the index holds exactly the documents the writer left (no lost or duplicated document, no stray chunk).
"""

from __future__ import annotations

import argparse
import collections
import json
import statistics
import sys
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench_load import family, peak_rss_mb  # noqa: E402
from scratch import scratch  # noqa: E402  (bench/ is on the path of a script run from it)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--minutes", type=float, default=4.0)
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--chroma-server", action="store_true", help="Index on a `chroma run` server.")
    args = ap.parse_args()
    from eval.dataset import BUNDLED
    from tests.app.conftest import start_server, stop
    from tests.conftest import CORPUS, free_port, start_chroma

    tmp = scratch("bench-soak-")
    env = {"ASSISTANT_CORPUS_DIR": str(CORPUS)}
    chroma = None
    if args.chroma_server:
        port = free_port()
        chroma = start_chroma(tmp / "chroma", port)
        env["ASSISTANT_CHROMA_URL"] = f"http://127.0.0.1:{port}"
    questions = [json.loads(line)["question"] for line in BUNDLED.read_text().splitlines() if line.strip()]
    articles = sorted(CORPUS.glob("*.txt"))
    app = start_server(tmp, **env)
    deadline = time.time() + args.minutes * 60
    latencies: list[float] = []
    outcomes: collections.Counter[str] = collections.Counter()
    lock = threading.Lock()
    live: dict[str, int] = {}  # what the writer left: doc id -> chunks it was indexed with

    def record(kind: str, seconds: float | None = None) -> None:
        with lock:
            outcomes[kind] += 1
            if seconds is not None:
                latencies.append(seconds)

    def asker(n: int) -> None:
        with httpx.Client(base_url=app.url, timeout=300) as http:
            i = n
            while time.time() < deadline:
                started = time.perf_counter()
                try:
                    r = http.post("/api/ask", json={"question": questions[i % len(questions)]})
                except httpx.HTTPError as exc:
                    record(f"ask: {type(exc).__name__}")
                    continue
                kind = "ask: answered" if r.status_code == 200 else f"ask: {r.status_code} {r.text[:80]}"
                record(kind, time.perf_counter() - started if r.status_code == 200 else None)
                i += args.clients

    def writer() -> None:
        with httpx.Client(base_url=app.url, timeout=300) as http:
            previous, n = None, 0
            while time.time() < deadline:
                src = articles[n % len(articles)]
                name = f"soak{n}_{src.name}"
                text = src.read_text() + f"\nSoak edition {n}.\n"
                r = http.post("/api/documents", files=[("files", (name, text.encode()))])
                if r.status_code == 200:
                    record("upload: indexed")
                    live[Path(name).stem] = r.json()["chunks"]
                else:
                    record(f"upload: {r.status_code} {r.text[:80]}")
                if previous:
                    d = http.delete(f"/api/documents/{previous}")
                    record("delete: done" if d.status_code == 200 else f"delete: {d.status_code} {d.text[:80]}")
                    if d.status_code == 200:
                        live.pop(previous, None)
                previous, n = Path(name).stem, n + 1
                time.sleep(1.0)

    threads = [threading.Thread(target=asker, args=(i,)) for i in range(args.clients)]
    threads.append(threading.Thread(target=writer))
    started = time.time()
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        docs = {d["doc_id"]: d["chunks"] for d in httpx.get(app.url + "/api/documents", timeout=60).json()}
        health = httpx.get(app.url + "/api/health", timeout=60).json()
        pids = family(app.proc.pid)  # the app and its model process: each one's own peak (VmHWM)
        peak = {"app": peak_rss_mb(pids[:1]), "model": peak_rss_mb(pids[1:])}
    finally:
        stop(app)
        if chroma:
            chroma.kill()
    expected = {a.stem: docs.get(a.stem, -1) for a in articles} | live
    lost = sorted(set(expected) - set(docs))
    extra = sorted(set(docs) - set(expected))
    stray = health["chunks"] - sum(docs.values())
    mismatched = sorted(d for d in live if d in docs and docs[d] != live[d])
    errors = {k: v for k, v in outcomes.items() if not k.endswith((": answered", ": indexed", ": done"))}
    latencies.sort()
    print(f"soak: {args.clients} askers + 1 writer for {(time.time() - started) / 60:.1f} min, "
          f"{'chroma run server' if args.chroma_server else 'embedded Chroma'}")  # fmt: skip
    print("| | value |\n|---|---|")
    for kind in sorted(outcomes):
        print(f"| {kind} | {outcomes[kind]} |")
    print(f"| errors (any kind) | {sum(errors.values())} |")
    if latencies:
        p95 = latencies[int(0.95 * (len(latencies) - 1))]
        print(f"| answer p50 / p95 | {statistics.median(latencies):.2f} s / {p95:.2f} s |")
    print(f"| peak RSS: app / model process | {peak['app']:.0f} MB / {peak['model']:.0f} MB |")
    print(f"| documents at the end: expected / found | {len(expected)} / {len(docs)} |")
    print(f"| lost / unexpected documents | {len(lost)} {lost[:3]} / {len(extra)} {extra[:3]} |")
    print(f"| documents whose chunk count changed | {len(mismatched)} |")
    print(f"| chunks not owned by a listed document | {stray} |")
    sys.exit(1 if errors or lost or extra or stray or mismatched else 0)


if __name__ == "__main__":
    main()
