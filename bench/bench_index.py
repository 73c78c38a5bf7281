"""Indexing and retrieval benchmark on a large real corpus, side by side with a naive LangChain pipeline.

    python bench/bench_index.py [--max-files N] [--queries 200] [--skip-naive]

Corpus: the HTML of Debian's python3.11-doc (installed with apt-get when missing), ~1.8M words.
Prints one table; medians and ratios are measured in this one run.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from scratch import scratch  # noqa: E402  (bench/ is on the path of a script run from it)

DOC_HTML = Path("/usr/share/doc/python3.11/html")


def ensure_corpus() -> Path:
    if not DOC_HTML.exists():
        print("installing python3.11-doc (Debian) for the benchmark corpus...", flush=True)
        subprocess.run(["apt-get", "update", "-qq"], check=True)
        subprocess.run(["apt-get", "install", "-y", "-qq", "python3.11-doc"], check=True)
    return DOC_HTML


def pick_files(root: Path, max_files: int) -> list[Path]:
    files = sorted(p for p in root.rglob("*.html") if "_static" not in p.parts and p.stat().st_size > 2000)
    return files[:max_files] if max_files else files


def make_queries(texts: list[str], n: int) -> list[str]:
    rng = random.Random(7)
    out = []
    while len(out) < n:
        words = rng.choice(texts).split()
        if len(words) > 12:
            start = rng.randrange(0, len(words) - 10)
            out.append(" ".join(words[start : start + rng.randint(4, 10)]))
    return out


def timed_queries(fn, queries: list[str]) -> list[float]:  # type: ignore[no-untyped-def]
    for q in queries[:5]:
        fn(q)  # warm-up: caches, lexical index, first-call overheads
    times = []
    for q in queries:
        t = time.perf_counter()
        fn(q)
        times.append((time.perf_counter() - t) * 1000)
    return times


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--max-files", type=int, default=0, help="Index at most this many HTML files (0: all).")
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--skip-naive", action="store_true", help="Only measure this project's pipeline.")
    ap.add_argument("--json", type=Path, help="Also write the figures to this file.")
    args = ap.parse_args()

    from assistant.services import Services
    from assistant.settings import Settings
    from eval.metrics import percentile
    from index.load import LoadError, load_file

    files = pick_files(ensure_corpus(), args.max_files)
    src = scratch("bench-corpus-")
    for f in files:  # a flat copy: doc ids are file stems, and the docs repeat stems across folders
        shutil.copy(f, src / f"{'_'.join(f.relative_to(DOC_HTML).with_suffix('').parts)}.html")
    work = scratch("bench-index-")
    services = Services(Settings(_env_file=None, data_dir=work / "ours", max_file_mb=50))  # type: ignore[call-arg]
    embedder = services.embedder
    _ = embedder.dimension
    results: dict[str, dict[str, float | str]] = {"ours": {}, "raw": {}, "naive": {}}

    print(f"corpus: {len(files)} HTML files from {DOC_HTML}", flush=True)
    report = services.indexer.index([src], progress=lambda i, n, _: print(f"\r  ours {i}/{n}", end="", flush=True))
    print()
    chunks = services.store.all_chunks()
    texts = [c.text for c in chunks]
    wordpieces = sum(embedder.count_wordpieces(texts))
    words = sum(len(t.split()) for t in texts)
    ours = results["ours"]
    ours.update(
        chunks=len(chunks),
        index_s=report.seconds,
        embed_s=report.embed_seconds,
        wordpieces_per_s=wordpieces / report.seconds,
        words_per_chunk=words / max(1, len(chunks)),
    )

    t = time.perf_counter()
    embedder.encode(texts)
    raw_s = time.perf_counter() - t
    results["raw"].update(chunks=len(texts), encode_s=raw_s, wordpieces_per_s=wordpieces / raw_s)
    ours["embed_vs_raw"] = raw_s / report.embed_seconds
    ours["pipeline_vs_raw"] = raw_s / report.seconds

    again = services.indexer.index([src])
    ours["reindex_s"] = again.seconds
    ours["reindex_ratio"] = again.seconds / report.seconds

    queries = make_queries(texts, args.queries)
    lat = timed_queries(lambda q: services.retriever.search(q, k=5), queries)
    ours.update(p50_ms=statistics.median(lat), p95_ms=percentile(lat, 0.95))

    if not args.skip_naive:
        from langchain_chroma import Chroma
        from langchain_core.documents import Document
        from langchain_huggingface import HuggingFaceEmbeddings
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        t = time.perf_counter()
        docs = []
        for f in sorted(src.iterdir()):
            try:
                a = load_file(f, max_bytes=50 << 20)
            except LoadError:
                continue
            docs.append(Document(page_content=a.text, metadata={"doc_id": a.id}))
        splits = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200).split_documents(docs)
        emb = HuggingFaceEmbeddings(
            model_name=services.settings.embed_model_path(), encode_kwargs={"normalize_embeddings": True}
        )
        store = Chroma.from_documents(splits, emb, persist_directory=str(work / "naive"), collection_name="naive")
        naive_s = time.perf_counter() - t
        naive_wp = sum(embedder.count_wordpieces([d.page_content for d in splits]))
        truncated = sum(1 for n in embedder.count_wordpieces([d.page_content for d in splits]) if n > 254)
        naive = results["naive"]
        naive.update(
            chunks=len(splits),
            index_s=naive_s,
            wordpieces_per_s=naive_wp / naive_s,
            truncated_chunks=truncated,
            reindex_s="no incremental mode: re-embeds everything",
        )
        lat = timed_queries(lambda q: store.similarity_search(q, k=5), queries)
        naive.update(p50_ms=statistics.median(lat), p95_ms=percentile(lat, 0.95))

    print(json.dumps(results, indent=2, default=str))
    print()
    print("| metric | this project | naive LangChain | raw encode |")
    print("|---|---|---|---|")
    o, n, r = results["ours"], results["naive"], results["raw"]

    def fmt(v: object, spec: str = ".1f") -> str:
        return format(v, spec) if isinstance(v, float) else str(v if v != {} else "-")

    print(f"| chunks | {o['chunks']} | {n.get('chunks', '-')} | {r['chunks']} |")
    print(
        f"| first index (s) | {fmt(o['index_s'])} | {fmt(n.get('index_s', '-'))} | {fmt(r['encode_s'])} (encode only) |"
    )
    print(
        f"| word pieces / s | {fmt(o['wordpieces_per_s'], '.0f')} | {fmt(n.get('wordpieces_per_s', '-'), '.0f')} | {fmt(r['wordpieces_per_s'], '.0f')} |"
    )
    print(
        f"| embed throughput vs raw encode | {o['embed_vs_raw']:.0%} (whole pipeline {o['pipeline_vs_raw']:.0%}) | | 100% |"
    )
    print(
        f"| re-index unchanged (s) | {fmt(o['reindex_s'], '.2f')} ({o['reindex_ratio']:.1%} of first) | {n.get('reindex_s', '-')} | |"
    )
    print(
        f"| retrieval p50 / p95 (ms), {args.queries} queries | {o['p50_ms']:.1f} / {o['p95_ms']:.1f} | "
        f"{fmt(n.get('p50_ms', '-'))} / {fmt(n.get('p95_ms', '-'))} | |"
    )
    if "truncated_chunks" in n:
        print(f"| chunks truncated by the embedder | 0 | {n['truncated_chunks']} | |")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, default=str))


if __name__ == "__main__":
    main()
