"""The int8 embedder (issue 12): built once from the bundled weights, close to fp32, and light at run time."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import CORPUS, ROOT


def _sentences() -> list[str]:
    from index.text import sentence_spans

    texts = [f.read_text() for f in sorted(CORPUS.glob("*.txt"))]
    return [t[s:e] for t in texts for s, e in sentence_spans(t)][:300]


def test_int8_vectors_stay_within_a_cosine_of_0_99_of_fp32(embedder) -> None:  # type: ignore[no-untyped-def]
    from index.embed import Embedder

    assert embedder.int8 and embedder.name == "all-MiniLM-L6-v2+int8"
    fp32 = Embedder(embedder.model_ref, int8=False)
    texts = _sentences()
    cosine = (embedder.encode(texts) * fp32.encode(texts)).sum(1)
    assert len(texts) >= 70 and cosine.mean() >= 0.99 and cosine.min() >= 0.95, (cosine.mean(), cosine.min())
    assert embedder.count_wordpieces(texts[:50]) == fp32.count_wordpieces(texts[:50])
    assert embedder.window == fp32.window == 256 and embedder.dimension == fp32.dimension == 384


def test_the_export_is_built_once_then_loaded_without_torch(embedder, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from index.embed import Embedder

    built = Embedder(embedder.model_ref, cache_dir=tmp_path)
    _ = built.dimension
    [folder] = [p for p in tmp_path.iterdir()]
    assert folder.name.endswith(".onnx") and (folder / "model.onnx").exists() and not list(tmp_path.glob("*.partial"))
    made = (folder / "model.onnx").stat().st_mtime_ns
    code = (
        "import sys; from pathlib import Path; from index.embed import Embedder; "
        f"e = Embedder({embedder.model_ref!r}, cache_dir=Path({str(tmp_path)!r})); v = e.encode(['a test']); "
        "print(v.shape, 'torch' in sys.modules, 'sentence_transformers' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.stdout.strip() == "(1, 384) False False", out.stderr[-2000:]
    assert (folder / "model.onnx").stat().st_mtime_ns == made  # reused, not rebuilt


def test_a_sentence_vector_does_not_depend_on_what_else_is_encoded(embedder) -> None:  # type: ignore[no-untyped-def]
    """Before: int8 activations are scaled per batch, so "Huawei" scored 0.60 against a quote when judged with
    the answer's other sentences and 0.64 alone: a verdict, and an evaluation's numbers, depended on the
    questions asked before (held-out key facts 0.688 after the bundled set, 0.625 alone)."""
    import numpy as np

    from assistant.verify import SupportJudge

    alone = embedder.encode(["Huawei builds the Ascend chip."], 1)[0]
    mates = [f"Sentence number {i} about export controls, Nvidia and the H20 chip in China." for i in range(12)]
    cached = embedder.encode_cached([*mates, "Huawei builds the Ascend chip."])[-1]
    assert np.allclose(alone, cached, atol=1e-6)
    judge = SupportJudge(embedder)
    quote = ["Chinese tech giants like Huawei have shown resilience."]
    assert np.isclose(judge.similarities(["Huawei"], quote)[0, 0], judge.similarities([*mates, "Huawei"], quote)[-1, 0])
