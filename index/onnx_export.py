"""The embedder exported to ONNX and quantised to int8 with ONNX Runtime, from its own weights, on this machine.

Heavy (torch, onnx): imported only to build the cached export once. Per-channel int8 MatMul weights keep
the embeddings within a mean cosine of 0.99 of fp32; whole-graph per-tensor int8 measured only 0.956
(bench/bench_int8.py).
"""

from __future__ import annotations

import contextlib
import json
import logging
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

INPUTS = ["input_ids", "attention_mask", "token_type_ids"]


def export_int8(st: Any, folder: Path) -> None:
    """Write model.onnx (int8), tokenizer.json and embedder.json (window, dimension, pooling) into `folder`."""
    pooling = _pooling(st)
    folder.mkdir(parents=True)
    fp32 = folder / "fp32.onnx"
    with warnings.catch_warnings(), _quiet_root_logger():  # tracer and quantiser chatter, not problems
        warnings.simplefilter("ignore")
        _export(st, fp32)
        _quantise(fp32, folder / "model.onnx")
    fp32.unlink()
    st.tokenizer.backend_tokenizer.save(str(folder / "tokenizer.json"))
    meta = {"window": int(st.max_seq_length), "dimension": int(st.get_embedding_dimension()), "pooling": pooling}
    (folder / "embedder.json").write_text(json.dumps(meta))


def _export(st: Any, out: Path) -> None:
    import torch

    class LastHidden(torch.nn.Module):  # keyword arguments: transformers 5 takes no positional mask
        def __init__(self, model: Any) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            out = self.model(input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids)
            return out.last_hidden_state

    sample = st.tokenizer(["a short text", "and a somewhat longer one"], padding=True, return_tensors="pt")
    torch.onnx.export(
        LastHidden(st[0].auto_model.eval()), tuple(sample[n] for n in INPUTS), str(out),
        input_names=INPUTS, output_names=["hidden"], opset_version=17, dynamo=False,
        dynamic_axes={n: {0: "batch", 1: "tokens"} for n in [*INPUTS, "hidden"]},
    )  # fmt: skip


def _quantise(fp32: Path, out: Path) -> None:
    from onnxruntime.quantization import QuantType, quantize_dynamic

    quantize_dynamic(
        str(fp32), str(out), weight_type=QuantType.QInt8, per_channel=True, op_types_to_quantize=["MatMul"]
    )


@contextlib.contextmanager
def _quiet_root_logger() -> Iterator[None]:
    logging.disable(logging.WARNING)
    try:
        yield
    finally:
        logging.disable(logging.NOTSET)


def _pooling(st: Any) -> str:
    """The model's pooling, which the ONNX runner repeats: mean or CLS token, then normalised."""
    from sentence_transformers.sentence_transformer.modules import Pooling

    pool = next((m for m in st if isinstance(m, Pooling)), None)
    mode = str(getattr(pool, "pooling_mode", "")) if pool is not None else ""
    if mode not in ("mean", "cls"):
        raise RuntimeError(
            f"The int8 embedder supports mean or CLS pooling, not '{mode or 'none'}'; "
            "set ASSISTANT_EMBED_INT8=false to embed with fp32 torch."
        )
    return mode
