"""Embed stage: texts -> normalised vectors, with the bundled all-MiniLM-L6-v2 by default."""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    from sentence_transformers import SentenceTransformer


_CACHE_SIZE = 50_000


class Embedder:
    """One sentence-transformers model per process, loaded on first use, never from the network."""

    def __init__(self, model: str, batch_size: int = 64) -> None:
        self.model_ref = model
        self.batch_size = batch_size
        self._model: SentenceTransformer | None = None
        self._lock = threading.Lock()
        self._cache: dict[str, np.ndarray] = {}

    @property
    def name(self) -> str:
        """A stable name recorded in the collection: the model folder's name, or the hub id."""
        path = Path(self.model_ref)
        if path.exists():
            return "all-MiniLM-L6-v2" if path.name == "model" and "minilm" in str(path).lower() else path.name
        return self.model_ref

    @property
    def model(self) -> SentenceTransformer:
        if self._model is None:
            with self._lock:
                if self._model is None:
                    os.environ.setdefault("HF_HUB_OFFLINE", "1")
                    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
                    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
                    from sentence_transformers import SentenceTransformer
                    from transformers.utils import logging as hf_logging

                    hf_logging.set_verbosity_error()
                    hf_logging.disable_progress_bar()

                    try:
                        self._model = SentenceTransformer(self.model_ref, device="cpu")
                    except OSError as exc:
                        raise RuntimeError(
                            f"Cannot load embedder '{self.model_ref}' offline: {exc}. "
                            "Set ASSISTANT_EMBED_MODEL to a local sentence-transformers folder."
                        ) from exc
        return self._model

    @property
    def dimension(self) -> int:
        dim = self.model.get_embedding_dimension()
        assert dim is not None
        return int(dim)

    @property
    def window(self) -> int:
        return int(self.model.max_seq_length)

    def encode(self, texts: Sequence[str], batch_size: int | None = None) -> np.ndarray:
        return self.model.encode(
            list(texts),
            batch_size=batch_size or self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )

    def encode_cached(self, texts: Sequence[str]) -> np.ndarray:
        """Like encode, remembering vectors of texts seen before (article sentences recur across questions)."""
        import numpy as np

        missing = list(dict.fromkeys(t for t in texts if t not in self._cache))
        if missing:
            for text, vec in zip(missing, self.encode(missing), strict=True):
                if len(self._cache) >= _CACHE_SIZE:
                    self._cache.pop(next(iter(self._cache)))
                self._cache[text] = vec
        return np.asarray([self._cache[t] for t in texts])

    def count_wordpieces(self, texts: Sequence[str]) -> list[int]:
        """Word pieces per text, without special tokens: what the embedder's window is counted in."""
        encoded = self.model.tokenizer(list(texts), add_special_tokens=False, truncation=False)["input_ids"]
        return [len(ids) for ids in encoded]
