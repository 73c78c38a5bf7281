"""Embed stage: texts -> normalised vectors, with the bundled all-MiniLM-L6-v2 by default.

By default the embedder runs as an int8 ONNX export of its own weights (index/onnx_export.py), built once
and cached; it then needs neither torch nor sentence-transformers at run time. fp32 torch stays behind a
setting. The two give slightly different vectors, so an index records which one built it.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from index.artifacts import built_once, source_key

if TYPE_CHECKING:
    import numpy as np

log = logging.getLogger("index")
_CACHE_SIZE = 50_000
_WEIGHTS = ("model.safetensors", "pytorch_model.bin")


class _Runner(Protocol):
    window: int
    dimension: int

    def encode(self, texts: list[str], batch_size: int) -> np.ndarray: ...
    def count(self, texts: list[str], special: bool) -> list[int]: ...


class Embedder:
    """One embedding model per process, loaded on first use, never from the network."""

    def __init__(self, model: str, batch_size: int = 8, int8: bool = True, cache_dir: Path | None = None) -> None:
        self.model_ref = model
        self.batch_size = batch_size
        self.int8 = int8
        self.cache_dir = cache_dir
        self._runner: _Runner | None = None
        self._lock = threading.Lock()
        self._cache: dict[str, np.ndarray] = {}

    @property
    def name(self) -> str:
        """A stable name recorded in the collection: the model folder's name (or hub id), and int8 if so."""
        path = Path(self.model_ref)
        base = self.model_ref
        if path.exists():
            base = "all-MiniLM-L6-v2" if path.name == "model" and "minilm" in str(path).lower() else path.name
        return f"{base}+int8" if self.int8 else base

    @property
    def runner(self) -> _Runner:
        if self._runner is None:
            with self._lock:
                if self._runner is None:
                    self._runner = _OnnxRunner(self._int8_export()) if self.int8 else _TorchRunner(self.model_ref)
        return self._runner

    @property
    def dimension(self) -> int:
        return self.runner.dimension

    @property
    def window(self) -> int:
        return self.runner.window

    def encode(self, texts: Sequence[str], batch_size: int | None = None) -> np.ndarray:
        return self.runner.encode(list(texts), batch_size or self.batch_size)

    def encode_cached(self, texts: Sequence[str]) -> np.ndarray:
        """Like encode, remembering vectors of texts seen before (article sentences recur across questions)."""
        import numpy as np

        missing = list(dict.fromkeys(t for t in texts if t not in self._cache))
        if missing:
            # One text per run: int8 activations are scaled per batch, so a vector depended on its batch mates
            # (cosine 0.992 to itself alone) and a verdict near a threshold on what else was asked. As fast
            # for sentences.
            for text, vec in zip(missing, self.encode(missing, 1), strict=True):
                if len(self._cache) >= _CACHE_SIZE:
                    self._cache.pop(next(iter(self._cache)))
                self._cache[text] = vec
        return np.asarray([self._cache[t] for t in texts])

    def count_wordpieces(self, texts: Sequence[str], special: bool = False) -> list[int]:
        """Word pieces per text: what the embedder's window is counted in (with `special`, as the model sees
        them: [CLS] and [SEP] included)."""
        return self.runner.count(list(texts), special)

    def _int8_export(self) -> Path:
        """The cached int8 export of this model, built from its weights on first use (about 10 s)."""
        folder = Path(self.model_ref)
        weights = [folder / w for w in _WEIGHTS if (folder / w).exists()]
        key = source_key(*weights) if weights else source_key(folder) if folder.exists() else self.model_ref
        cache = self.cache_dir or Path.home() / ".cache" / "news-assistant"
        target = cache / f"{self.name.replace('/', '_')}.{key[:12]}.onnx"
        if not target.exists():
            log.info("exporting the embedder to int8 ONNX into %s (once, about 10 s)", target)
        return built_once(target, lambda partial: _build_export(self.model_ref, partial))


def _build_export(model_ref: str, folder: Path) -> None:
    from index.onnx_export import export_int8

    export_int8(_TorchRunner(model_ref).model, folder)


class _TorchRunner:
    """fp32 sentence-transformers on torch."""

    def __init__(self, model_ref: str) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        hf_logging.set_verbosity_error()
        hf_logging.disable_progress_bar()
        try:
            self.model = SentenceTransformer(model_ref, device="cpu")
        except OSError as exc:
            raise RuntimeError(
                f"Cannot load embedder '{model_ref}' offline: {exc}. "
                "Set ASSISTANT_EMBED_MODEL to a local sentence-transformers folder."
            ) from exc
        self.window = int(self.model.max_seq_length)
        self.dimension = int(self.model.get_embedding_dimension() or 0)

    def encode(self, texts: list[str], batch_size: int) -> np.ndarray:
        return self.model.encode(
            texts, batch_size=batch_size, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False
        )

    def count(self, texts: list[str], special: bool) -> list[int]:
        encoded = self.model.tokenizer(texts, add_special_tokens=special, truncation=False)["input_ids"]
        return [len(ids) for ids in encoded]


class _OnnxRunner:
    """The int8 export on ONNX Runtime, with the model's own tokenizer and pooling."""

    def __init__(self, folder: Path) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        meta: dict[str, Any] = json.loads((folder / "embedder.json").read_text())
        self.window, self.dimension, self.pooling = int(meta["window"]), int(meta["dimension"]), meta["pooling"]
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.no_truncation()
        options = ort.SessionOptions()
        options.intra_op_num_threads = os.cpu_count() or 1
        # Idle threads sleep instead of spinning: while indexing, spaCy annotates the next group on the other
        # core, and spinning threads took its time (whole pipeline 24.5 s -> 20.9 s, bench/bench_embed.py).
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        options.log_severity_level = 3
        self.session = ort.InferenceSession(str(folder / "model.onnx"), options, providers=["CPUExecutionProvider"])
        self.inputs = {i.name for i in self.session.get_inputs()}

    def encode(self, texts: list[str], batch_size: int) -> np.ndarray:
        import numpy as np

        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        # Batches of similar lengths: padding is wasted work (sentence-transformers sorts the same way).
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for start in range(0, len(texts), batch_size):
            rows = order[start : start + batch_size]
            encoded = self.tokenizer.encode_batch([texts[i] for i in rows])
            width = min(self.window, max(len(e.ids) for e in encoded))
            feed = {
                n: np.zeros((len(rows), width), dtype=np.int64)
                for n in ("input_ids", "attention_mask", "token_type_ids")
            }
            for r, e in enumerate(encoded):
                ids = e.ids if len(e.ids) <= width else [*e.ids[: width - 1], e.ids[-1]]  # keep [SEP] when cut
                feed["input_ids"][r, : len(ids)] = ids
                feed["attention_mask"][r, : len(ids)] = 1
                feed["token_type_ids"][r, : len(ids)] = e.type_ids[: len(ids)]
            hidden = self.session.run(None, {k: v for k, v in feed.items() if k in self.inputs})[0]
            mask = feed["attention_mask"][..., None].astype(np.float32)
            pooled = (
                hidden[:, 0] if self.pooling == "cls" else (hidden * mask).sum(1) / np.clip(mask.sum(1), 1e-9, None)
            )
            out[rows] = pooled / np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)
        return out

    def count(self, texts: list[str], special: bool) -> list[int]:
        return [len(e.ids) for e in self.tokenizer.encode_batch(texts, add_special_tokens=special)]
