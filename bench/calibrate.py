"""Calibrate the support judge's similarity threshold on the labelled questions.

    python bench/calibrate.py

Claims are "question + reference answer". A claim against the best sentence of its gold articles is a
positive; against the best sentence of the other articles, a negative. Prints how many of each pass at
each threshold (fact matching, then fact and word matching, included), so the README's choice can be checked.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    from assistant.settings import Settings
    from assistant.verify import added_words, missing_facts
    from eval.dataset import BUNDLED, load_dataset
    from index.embed import Embedder
    from index.load import load_catalog, load_file
    from index.text import sentence_spans

    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    embedder = Embedder(settings.embed_model_path())
    catalog = load_catalog(settings.catalog)
    docs = {p.stem: load_file(p, catalog).text for p in sorted(settings.corpus_dir.glob("*.txt"))}
    sentences = {d: [t[s:e] for s, e in sentence_spans(t)] for d, t in docs.items()}
    items = [i for i in load_dataset(BUNDLED)[0] if i.answerable and not i.history]
    pos, neg = [], []
    for item in items:
        claim = f"{item.question} {item.answer}"
        vec = embedder.encode([claim])[0]
        for doc, sents in sentences.items():
            sims = embedder.encode_cached(sents) @ vec
            best = int(sims.argmax())
            facts_ok = not missing_facts(item.answer, sents[best])
            words_ok = added_words(item.answer, sents[best], item.question)[1] >= settings.support_coverage
            (pos if doc in item.sources else neg).append((float(sims[best]), facts_ok, facts_ok and words_ok))
    print(f"{len(pos)} positive and {len(neg)} negative pairs")
    print(f"word coverage >= {settings.support_coverage}")
    print("threshold | positives passing (similarity / + facts / + words) | negatives passing (same)")
    for t in (0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75):
        # Columns: similarity alone, then with the fact check, then with the word check too.
        shares = [
            " / ".join(f"{sum(r[0] >= t and (k == 0 or r[k]) for r in rows) / len(rows):.2f}" for k in (0, 1, 2))
            for rows in (pos, neg)
        ]
        print(f"{t:.2f} | {shares[0]} | {shares[1]}")


if __name__ == "__main__":
    main()
