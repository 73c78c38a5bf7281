"""Issue 12 at newsroom size: >= 100k chunks on a `chroma run` server, today's design beside the one before.

    python bench/bench_scale.py [--chunks 100000] [--base-files 40] [--queries 200]

How the size is reached: --base-files Python-docs HTML files (Debian's python3.11-doc) are indexed for real
through the pipeline (that run's throughput is the index rate reported), then their chunks are written again
under new document and chunk ids until the collection holds --chunks, reusing each chunk's embedding with a
little noise (so the HNSW graph holds no exact duplicates) instead of embedding the same text again.

Measured, each design in its own fresh process against the same server:
- start-up: settings to first answered search (models loaded, lexical index ready);
- hybrid retrieval p50 / p95 over --queries queries drawn from the corpus text;
- an article written by one replica, searchable on a second replica: from the start of the write to the
  first search on the second replica that returns it;
- peak RSS (VmHWM) of that process.
Today's design is also started as the real app (`app.py`, local model included), to time its start-up and
RSS as a user would see them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
from scratch import scratch  # noqa: E402  (bench/ is on the path of a script run from it)

PHRASE = "Zanzibar quokka telemetry"  # in no Python docs page: only the uploaded article holds it


def settings(data_dir: Path, url: str, **extra: Any) -> Any:
    from assistant.settings import Settings

    return Settings(_env_file=None, data_dir=data_dir, chroma_url=url, max_file_mb=50, **extra)  # type: ignore[call-arg]


def design_services(design: str, data_dir: Path, url: str) -> Any:
    from assistant.services import Services

    if design == "today":
        return Services(settings(data_dir, url))
    from baseline import OLD_EMBED_BATCH, RebuiltBM25

    from index.retrieve import Retriever
    from index.store import Store, connect

    s = settings(data_dir, url, embed_int8=False, embed_batch=OLD_EMBED_BATCH)
    base = Services(s)
    # The one collection was written with int8 vectors; the fp32 queries of the design before search it as is
    # (cosine 0.99 to int8), so both designs answer from the same chunks.
    store = Store(connect(url), s.collection, base.embedder.name + "+int8", url)
    return Services(s, embedder=base.embedder, store=store, retriever=Retriever(store, base.embedder, RebuiltBM25()))  # type: ignore[arg-type]


def grow(services: Any, target: int) -> tuple[int, float]:
    """Copies of the indexed documents under new ids until the collection holds `target` chunks."""
    import numpy as np

    from index.store import DocRecord

    store, rng = services.store, np.random.default_rng(7)
    base = {d: store.chunks_of([d]) for d in store.manifest()}
    vectors = store.embeddings([c.id for cs in base.values() for c in cs])
    count, copy, started = store.count(), 0, time.perf_counter()
    while count < target:
        copy += 1
        for doc_id, chunks in base.items():
            new_id = f"{doc_id}-copy{copy}"
            new = [c.model_copy(update={"id": hashlib.sha1(f"{new_id}:{c.id}".encode()).hexdigest()[:16], "doc_id": new_id}) for c in chunks]  # fmt: skip
            vec = np.asarray([vectors[c.id] for c in chunks], dtype=np.float32)
            vec += rng.normal(0, 0.01, vec.shape).astype(np.float32)
            vec /= np.linalg.norm(vec, axis=1, keepdims=True)
            record = DocRecord(new_id, f"copy{copy}-{doc_id}", len(new), chunks[0].title if chunks else "", "", "", "", round(time.time(), 3))  # fmt: skip
            store.replace_doc(record, new, vec)
            count += len(new)
        print(f"\r  {count} chunks", end="", flush=True)
    print()
    return count, time.perf_counter() - started


def child(design: str, data_dir: Path, url: str, queries: list[str]) -> None:
    """One replica of one design: start-up, latency, then wait for the parent's article and time it."""
    import logging

    from eval.metrics import percentile

    logging.basicConfig(format="%(asctime)s %(name)s %(message)s")
    logging.getLogger("index").setLevel(logging.DEBUG)
    started = time.perf_counter()
    services = design_services(design, data_dir, url)
    services.retriever.search("warm up the index")
    startup = time.perf_counter() - started
    lat = []
    for q in queries:
        t = time.perf_counter()
        services.retriever.search(q, k=5)
        lat.append((time.perf_counter() - t) * 1000)
    print("READY", flush=True)
    expected = sys.stdin.readline().strip()
    while not any(h.chunk.doc_id == expected for h in services.retriever.search(PHRASE, k=3)):
        time.sleep(0.05)
    found = time.time()
    rss = max(int(line.split()[1]) for line in Path("/proc/self/status").read_text().splitlines() if line.startswith("VmHWM"))  # fmt: skip
    print(json.dumps({"startup_s": startup, "p50_ms": statistics.median(lat), "p95_ms": percentile(lat, 0.95),
                      "found_at": found, "rss_mb": rss / 1024}), flush=True)  # fmt: skip


def replica_run(design: str, data_dir: Path, url: str, qfile: Path, writer: Any, article: Path) -> dict[str, Any]:
    proc = subprocess.Popen(
        [sys.executable, __file__, "--child", design, "--data", str(data_dir), "--url", url, "--qfile", str(qfile)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=(data_dir.parent / f"{design}.log").open("w"), text=True,
    )  # fmt: skip
    assert proc.stdin and proc.stdout
    while (line := proc.stdout.readline()) and line.strip() != "READY":
        pass
    if not line:
        raise SystemExit(f"the {design} replica failed: see {data_dir.parent / f'{design}.log'}")
    write_start = time.time()
    writer.indexer.index([article], sync=False)
    written = time.time()
    proc.stdin.write(article.stem + "\n")
    proc.stdin.flush()
    result = json.loads(proc.stdout.readline())
    proc.wait(timeout=60)
    writer.store.delete_doc(article.stem)
    return result | {"searchable_s": result["found_at"] - write_start, "write_s": written - write_start}


def app_start(data_dir: Path, url: str, port: int) -> dict[str, float]:
    """The real app on a warm data folder: seconds until it serves, and its RSS (alone, and with its model)."""
    from bench_load import family, peak_rss_mb

    from tests.conftest import up

    env = {**os.environ, "ASSISTANT_DATA_DIR": str(data_dir), "ASSISTANT_CHROMA_URL": url, "ASSISTANT_PORT": str(port)}
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, str(ROOT / "app.py")], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        if not up(proc, f"http://127.0.0.1:{port}/api/health", 300):
            raise SystemExit("the app did not start")
        ready = time.perf_counter() - started
        import httpx

        httpx.get(
            f"http://127.0.0.1:{port}/api/search", params={"q": "asyncio event loop"}, timeout=30
        ).raise_for_status()
        return {
            "startup_s": ready,
            "rss_mb": peak_rss_mb([proc.pid]),
            "rss_with_model_mb": peak_rss_mb(family(proc.pid)),
        }
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--chunks", type=int, default=100_000)
    ap.add_argument("--base-files", type=int, default=40)
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--child", choices=["today", "before"])
    ap.add_argument("--data", type=Path)
    ap.add_argument("--url")
    ap.add_argument("--qfile", type=Path)
    args = ap.parse_args()
    if args.child:
        return child(args.child, args.data, args.url, json.loads(args.qfile.read_text()))

    from bench_index import DOC_HTML, ensure_corpus, make_queries, pick_files

    from tests.conftest import free_port, up

    work = scratch("bench-scale-")
    port = free_port()
    chroma = subprocess.Popen(
        [str(Path(sys.executable).parent / "chroma"), "run", "--path", str(work / "server"), "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        if not up(chroma, f"{url}/api/v2/heartbeat", 60):
            raise SystemExit("chroma run did not start")
        src = work / "src"
        src.mkdir()
        for f in pick_files(ensure_corpus(), args.base_files):
            shutil.copy(f, src / f"{'_'.join(f.relative_to(DOC_HTML).with_suffix('').parts)}.html")
        writer = design_services("today", work / "writer", url)
        print(f"indexing {args.base_files} files for real", flush=True)
        report = writer.indexer.index([src])
        rate = report.chunks_added / report.seconds
        print(f"growing to {args.chunks} chunks", flush=True)
        total, grow_s = grow(writer, args.chunks)
        texts = [c.text for c in writer.store.chunks_of(list(writer.store.manifest())[:40])]
        qfile = work / "queries.json"
        qfile.write_text(json.dumps(make_queries(texts, args.queries)))
        article = work / "upload" / "zanzibar_article.txt"
        article.parent.mkdir()
        article.write_text(f"A field report\n\nResearchers deployed {PHRASE} across the island in May. " * 3)
        results: dict[str, Any] = {"chunks": total, "index_rate": rate, "grow_s": grow_s}
        replica = work / "replica"  # today's second replica: its own lexical index, caught up once (cold start)
        started = time.perf_counter()
        design_services("today", replica, url).retriever.lexical()
        results["cold_replica_catch_up_s"] = time.perf_counter() - started
        for design in ("before", "today"):
            print(f"{design}: replica start-up, latency, upload to searchable", flush=True)
            results[design] = replica_run(
                design, replica if design == "today" else work / "before", url, qfile, writer, article
            )
        print("today: the real app, warm", flush=True)
        results["app"] = app_start(replica, url, free_port())
    finally:
        chroma.terminate()
        chroma.wait(timeout=30)
    for log in work.glob("*.log"):
        print(f"--- {log.name}\n{log.read_text()[-1500:]}")
    (ROOT / "bench" / "out").mkdir(exist_ok=True)
    (ROOT / "bench" / "out" / "scale.json").write_text(json.dumps(results, indent=2))
    report_table(results, args)


def report_table(r: dict[str, Any], args: argparse.Namespace) -> None:
    b, t, app = r["before"], r["today"], r["app"]
    print(json.dumps(r, indent=2))
    print(f"\n{r['chunks']} chunks on a chroma run server ({args.base_files} files indexed at {r['index_rate']:.1f} chunks/s, "
          f"then copied in {r['grow_s']:.0f} s); one run\n")  # fmt: skip
    print("| | before issue 12 | today | target |\n|---|---|---|---|")
    print(f"| replica start-up to first search (s) | {b['startup_s']:.1f} | {t['startup_s']:.1f} | |")
    print(f"| app start-up, warm (s) | | {app['startup_s']:.1f} | <= 10 |")
    print(f"| upload searchable on a second replica (s) | {b['searchable_s']:.2f} | {t['searchable_s']:.2f} | <= 3 |")
    print(
        f"| hybrid retrieval p50 / p95 (ms) | {b['p50_ms']:.1f} / {b['p95_ms']:.1f} | {t['p50_ms']:.1f} / {t['p95_ms']:.1f} | <= 40 / 80 |"
    )
    print(f"| peak RSS, replica (MB) | {b['rss_mb']:.0f} | {t['rss_mb']:.0f} | |")
    print(
        f"| peak RSS, app (MB) / with its model process | | {app['rss_mb']:.0f} / {app['rss_with_model_mb']:.0f} | <= 2048 |"
    )
    print(f"| a new replica's first catch-up (s) | | {r['cold_replica_catch_up_s']:.1f} | |")


if __name__ == "__main__":
    main()
