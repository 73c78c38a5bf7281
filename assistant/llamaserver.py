"""The local model's own process: llama.cpp's OpenAI-compatible server (xllamacpp) on a loopback port.

    python -m assistant.llamaserver '{"model": "...gguf", "ctx": 8192, "parallel": 8, "threads": 2}'

Apart from the app because llama.cpp and torch load the same OpenMP runtime: once torch has run on two
threads in a process, llama.cpp's thread barriers there stop spinning and it decodes ~2x slower
(README, "Performance"). Prints {"url": ...} once serving, then runs until its stdin closes, so it
ends with the app that started it, however the app ends.
"""

from __future__ import annotations

import json
import sys


def main() -> None:
    import xllamacpp as xlc

    cfg = json.loads(sys.argv[1])
    params = xlc.CommonParams()
    params.model.path = cfg["model"]
    params.n_ctx = cfg["ctx"]
    params.n_parallel = cfg["parallel"]
    params.n_threads_http = cfg["parallel"] + 2  # one per streaming request, or requests wait for a thread
    params.cpuparams.n_threads = cfg["threads"]
    params.cpuparams_batch.n_threads = cfg["threads"]
    params.sampling.temp = 0.0
    params.verbosity = -1
    server = xlc.Server(params)
    print(json.dumps({"url": str(server.listening_address)}), flush=True)
    sys.stdin.read()


if __name__ == "__main__":
    main()
