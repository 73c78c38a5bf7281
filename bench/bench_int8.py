"""Groundwork for issue 12: the bundled all-MiniLM-L6-v2 exported to ONNX and quantised to int8 on this
machine, against today's fp32 torch embedder, side by side on the same passages.

    python bench/bench_int8.py [--texts 600]

Exports the model from its bundled folder (torch.onnx), quantises its MatMul weights per channel with
ONNX Runtime's dynamic quantisation (whole-graph per-tensor int8 measured a mean cosine of only 0.956),
then encodes rgb-dev's passages with both and reports encode time and the cosine between the two
embeddings of each passage. `onnx` is in the `bench` extra (onnxruntime comes with chromadb). Nothing
is downloaded: the weights are the bundled ones.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
RGB = ROOT.parent / "shared" / "eval" / "rgb-dev" / "articles"


def passages(limit: int) -> list[str]:
    texts = [p for f in sorted(RGB.glob("*.txt")) for p in f.read_text().split("\n\n") if p.strip()]
    return texts[:limit]


def export_int8(st, folder: Path) -> Path:  # type: ignore[no-untyped-def]
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic

    class LastHidden(torch.nn.Module):  # keyword arguments: transformers 5 takes no positional mask
        def __init__(self, model) -> None:  # type: ignore[no-untyped-def]
            super().__init__()
            self.model = model

        def forward(self, input_ids, attention_mask, token_type_ids):  # type: ignore[no-untyped-def]
            out = self.model(input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids)
            return out.last_hidden_state

    names = ["input_ids", "attention_mask", "token_type_ids"]
    sample = st.tokenizer(["a short text", "and a somewhat longer one"], padding=True, return_tensors="pt")
    fp32, int8 = folder / "minilm.onnx", folder / "minilm-int8.onnx"
    torch.onnx.export(
        LastHidden(st[0].auto_model.eval()), tuple(sample[n] for n in names), str(fp32),
        input_names=names, output_names=["hidden"], opset_version=17, dynamo=False,
        dynamic_axes={n: {0: "batch", 1: "tokens"} for n in [*names, "hidden"]},
    )  # fmt: skip
    quantize_dynamic(
        str(fp32), str(int8), weight_type=QuantType.QInt8, per_channel=True, op_types_to_quantize=["MatMul"]
    )
    return int8


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--texts", type=int, default=600)
    args = ap.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import numpy as np
    import onnxruntime as ort
    from sentence_transformers import SentenceTransformer

    from assistant.settings import Settings

    st = SentenceTransformer(str(Settings().embed_model_path()), device="cpu")
    started = time.perf_counter()
    model = export_int8(st, Path(tempfile.mkdtemp(prefix="int8-")))
    built = time.perf_counter() - started
    session = ort.InferenceSession(str(model), providers=["CPUExecutionProvider"])

    def encode_int8(texts: list[str], batch: int = 64) -> np.ndarray:
        out = []
        for i in range(0, len(texts), batch):
            enc = st.tokenizer(texts[i : i + batch], padding=True, truncation=True, max_length=256, return_tensors="np")
            feed = {k: enc[k].astype(np.int64) for k in ("input_ids", "attention_mask", "token_type_ids")}
            hidden = session.run(None, feed)[0]
            mask = enc["attention_mask"][..., None].astype(np.float32)
            pooled = (hidden * mask).sum(1) / np.clip(mask.sum(1), 1e-9, None)  # mean pooling, as the model's config
            out.append(pooled / np.linalg.norm(pooled, axis=1, keepdims=True))
        return np.vstack(out)

    texts = passages(args.texts)
    fp32_s, int8_s = [], []
    for _ in range(3):  # alternate, three rounds each: the median of each
        t = time.perf_counter()
        a = st.encode(texts, batch_size=64, normalize_embeddings=True)
        fp32_s.append(time.perf_counter() - t)
        t = time.perf_counter()
        b = encode_int8(texts)
        int8_s.append(time.perf_counter() - t)
    cosine = (a * b).sum(1)
    print(f"export + quantise: {built:.1f} s; {len(texts)} rgb-dev passages")
    print("| | fp32 torch | int8 ONNX |\n|---|---|---|")
    print(f"| encode, median of 3 | {statistics.median(fp32_s):.2f} s | {statistics.median(int8_s):.2f} s "
          f"({statistics.median(fp32_s) / statistics.median(int8_s):.2f}x) |")  # fmt: skip
    print(f"| cosine to fp32: mean / min | 1 | {cosine.mean():.4f} / {cosine.min():.4f} |")


if __name__ == "__main__":
    main()
