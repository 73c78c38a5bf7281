"""The local model's own process: llama.cpp's OpenAI-compatible server (xllamacpp) on a loopback port.

    python -m assistant.llm.server '{"model": "...gguf", "ctx": 8192, "parallel": 8, "threads": 2}'

Apart from the app because llama.cpp and torch load the same OpenMP runtime: once torch has run on two
threads in a process, llama.cpp's thread barriers there stop spinning and it decodes ~2x slower
(README, "Performance"). Prints {"url": ...} once serving, then runs until its stdin closes, so it
ends with the app that started it, however the app ends.
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any


def params(cfg: dict[str, Any]) -> Any:
    """llama.cpp server parameters from {"model", "ctx", "parallel", "threads"}."""
    import xllamacpp as xlc

    out = xlc.CommonParams()
    out.model.path = cfg["model"]
    out.n_ctx = cfg["ctx"]
    out.n_parallel = cfg["parallel"]
    out.n_threads_http = cfg["parallel"] + 2  # one per streaming request, or requests wait for a thread
    out.cpuparams.n_threads = cfg["threads"]
    out.cpuparams_batch.n_threads = cfg["threads"]
    out.sampling.temp = 0.0
    # Every prompt evaluated whole: a prefix reused from an earlier request was computed in other batches, and
    # that rounding was enough to change a greedy draft, so an answer depended on what had been asked before.
    out.cache_prompt = False
    out.verbosity = -1
    return out


def main() -> None:
    import xllamacpp as xlc

    server = xlc.Server(params(json.loads(sys.argv[1])))
    print(json.dumps({"url": str(server.listening_address)}), flush=True)
    sys.stdin.read()
    os._exit(0)  # the app is gone: no one waits for llama.cpp's orderly shutdown of its slots and threads


if __name__ == "__main__":
    main()
