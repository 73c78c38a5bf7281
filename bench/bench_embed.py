"""Issue 12's indexing figures, side by side in one run: the design before it (fp32 torch embedder at batch
64, an in-memory BM25 rebuilt from Chroma, each group annotated, embedded and written in turn:
bench/baseline.py) against today's (int8 ONNX embedder, the SQLite FTS5 lexical index, embedding and
writing overlapped with loading and annotating), sharing the loading, splitting and annotating code.

    python bench/bench_embed.py [--max-files 40] [--repeat 3]

- whole-pipeline indexing of --max-files Python-docs HTML files (Debian's python3.11-doc, installed when
  missing), and re-indexing them unchanged;
- retrieval recall@5 on the bundled questions and on rgb-dev (../shared/eval), each design over its own index;
- cosine between the two embedders' vectors of every chunk.
Model loading is outside every timing. The int8 export is built (once) before anything is timed.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
from scratch import scratch  # noqa: E402  (bench/ is on the path of a script run from it)

DATASETS = {
    "bundled": (ROOT / "data" / "articles", ROOT / "eval" / "datasets" / "articles.jsonl"),
    "rgb-dev": (ROOT.parent / "shared" / "eval" / "rgb-dev" / "articles", ROOT.parent / "shared" / "eval" / "rgb-dev" / "questions.jsonl"),
}  # fmt: skip


def services_for(design: str, data_dir: Path) -> Any:
    """Services of one design over a fresh data folder, its models loaded."""
    from baseline import OLD_EMBED_BATCH, RebuiltBM25, SerialIndexer

    from assistant.services import Services
    from assistant.settings import Settings
    from index.annotate import pipeline
    from index.retrieve import Retriever
    from index.store import Store, connect

    if design == "today":
        services = Services(Settings(_env_file=None, data_dir=data_dir, max_file_mb=50))  # type: ignore[call-arg]
    else:
        settings = Settings(_env_file=None, data_dir=data_dir, max_file_mb=50, embed_int8=False, embed_batch=OLD_EMBED_BATCH)  # type: ignore[call-arg]  # fmt: skip
        base = Services(settings)
        location = str(settings.chroma_path)
        store = Store(connect(location), settings.collection, base.embedder.name, location)  # no lexical mirror
        retriever = Retriever(store, base.embedder, RebuiltBM25(), k=settings.top_k)  # type: ignore[arg-type]
        services = Services(settings, embedder=base.embedder, store=store, retriever=retriever)
        built = base.indexer
        services._indexer = SerialIndexer(store, base.embedder, built.splitter, settings.catalog, built.max_bytes)
    _ = services.embedder.dimension, services.store, pipeline()
    return services


def recall(services: Any, questions: Path) -> float:
    from eval.metrics import retrieval_recall

    rows = [json.loads(line) for line in questions.read_text().splitlines() if line.strip()]
    scores = []
    for row in rows:
        if row.get("sources") and row.get("answerable", True):
            query = " ".join([m["content"] for m in row.get("history", []) if m["role"] == "user"] + [row["question"]])
            ranked = [h.chunk.doc_id for h in services.retriever.search(query, k=5)]
            scores.append(retrieval_recall(ranked, row["sources"], 5))
    return sum(scores) / len(scores)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--max-files", type=int, default=40)
    ap.add_argument("--repeat", type=int, default=3, help="first indexes per design, interleaved; medians reported")
    args = ap.parse_args()
    from bench_index import DOC_HTML, ensure_corpus, pick_files

    files = pick_files(ensure_corpus(), args.max_files)
    work = scratch("bench-embed-")
    src = work / "src"
    src.mkdir()
    for f in files:  # a flat copy: doc ids are file stems
        shutil.copy(f, src / f"{'_'.join(f.relative_to(DOC_HTML).with_suffix('').parts)}.html")
    runs: dict[str, list[float]] = {"before": [], "today": []}
    out: dict[str, dict[str, float]] = {"before": {}, "today": {}}
    last: dict[str, Any] = {}
    for rep in range(args.repeat):  # interleaved, so a noisy minute falls on both designs
        for design in ("before", "today"):
            print(f"{design}, run {rep + 1}/{args.repeat}: indexing {len(files)} files", flush=True)
            services = services_for(design, work / f"{design}-{rep}")
            first = services.indexer.index([src], progress=lambda i, n, _: print(f"\r  {i}/{n}", end="", flush=True))
            print(f"  {first.seconds:.1f}s")
            runs[design].append(first.seconds)
            out[design]["chunks"] = first.chunks_added
            last[design] = services
    for design, services in last.items():
        out[design]["index_s"] = statistics.median(runs[design])
        out[design]["reindex_s"] = services.indexer.index([src]).seconds
        for name, (articles, questions) in DATASETS.items():
            if questions.exists():
                s = services_for(design, work / f"{design}-{name}")
                s.indexer.index([articles])
                out[design][f"recall5_{name}"] = recall(s, questions)
    texts = [c.text for c in last["today"].store.all_chunks()]
    cos = (last["before"].embedder.encode(texts) * last["today"].embedder.encode(texts)).sum(1)
    b, t = out["before"], out["today"]
    ratios = [x / y for x, y in zip(runs["before"], runs["today"], strict=True)]
    print(json.dumps(runs | out, indent=2))
    print(
        f"\n{len(files)} files, {t['chunks']:.0f} chunks; first index: median of {args.repeat} interleaved runs each\n"
    )
    print("| | before issue 12 | today | ratio |\n|---|---|---|---|")
    print(f"| first index (s) | {b['index_s']:.1f} | {t['index_s']:.1f} | {b['index_s'] / t['index_s']:.2f}x faster "
          f"(per run {', '.join(f'{r:.2f}' for r in ratios)}) |")  # fmt: skip
    print(f"| chunks / s | {b['chunks'] / b['index_s']:.1f} | {t['chunks'] / t['index_s']:.1f} | |")
    print(f"| re-index unchanged (s) | {b['reindex_s']:.2f} ({b['reindex_s'] / b['index_s']:.1%}) | "
          f"{t['reindex_s']:.2f} ({t['reindex_s'] / t['index_s']:.1%}) | |")  # fmt: skip
    for name in DATASETS:
        if f"recall5_{name}" in t:
            print(f"| recall@5, {name} | {b[f'recall5_{name}']:.3f} | {t[f'recall5_{name}']:.3f} | |")
    print(
        f"| cosine int8 vs fp32, mean / min | | {cos.mean():.4f} / {cos.min():.4f} | median {statistics.median(cos):.4f} |"
    )


if __name__ == "__main__":
    main()
