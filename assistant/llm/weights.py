"""Model weights for the local backend: 4-bit Q4_1 tensors repacked once to 8-bit Q8_0.

llama.cpp's CPU kernels have no fast matrix-matrix path for Q4_1, so prompt reading of the bundled
SmolLM2 runs 40-50% faster as Q8_0 (bench/bench_engine.py, README). Q8_0 keeps
more precision than the Q4_1 values it is made from, so answers stay the same in kind (docs/eval).
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any

from index.artifacts import built_once, source_key

log = logging.getLogger("assistant")

REPACKED = ("Q4_1",)  # source tensor types this module rewrites; anything else is copied as is


def repacked(path: Path, cache_dir: Path) -> Path:
    """The Q8_0 copy of `path` in `cache_dir`, made on first use; `path` itself when nothing needs repacking."""
    target = cache_dir / f"{path.stem}.{source_key(path)}.Q8_0.gguf"
    if target.exists():
        return target

    from gguf import GGUFReader

    reader = GGUFReader(str(path))
    if not any(t.tensor_type.name in REPACKED for t in reader.tensors):
        return path
    log.info("repacking %s to Q8_0 into %s (once, a few seconds)", path.name, cache_dir)
    started = time.perf_counter()
    built_once(target, lambda partial: _write_q8_0(reader, partial))
    log.info("repacked %s in %.1fs", path.name, time.perf_counter() - started)
    return target


def _write_q8_0(reader: Any, out: Path) -> None:
    from gguf import GGMLQuantizationType, GGUFValueType, GGUFWriter
    from gguf.quants import dequantize, quantize

    logging.getLogger("gguf.gguf_writer").setLevel(logging.WARNING)  # it logs every file it writes at INFO
    writer = GGUFWriter(str(out), arch=reader.fields["general.architecture"].contents())
    for field in reader.fields.values():
        if field.name == "general.architecture" or field.name.startswith("GGUF."):
            continue  # the writer adds these itself
        kind = field.types[0]
        writer.add_key_value(
            field.name, field.contents(), kind, sub_type=field.types[-1] if kind == GGUFValueType.ARRAY else None
        )
    for tensor in reader.tensors:
        if tensor.tensor_type.name in REPACKED:
            data = quantize(dequantize(tensor.data, tensor.tensor_type), GGMLQuantizationType.Q8_0)
            writer.add_tensor(tensor.name, data, raw_dtype=GGMLQuantizationType.Q8_0)
        else:
            writer.add_tensor(tensor.name, tensor.data, raw_dtype=tensor.tensor_type)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
