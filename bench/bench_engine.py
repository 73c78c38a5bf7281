"""llama.cpp alone, in a fresh process per case: bundled Q4_1 vs repacked Q8_0 weights, with and without
torch having run in the same process first (the reason the local model runs in its own process).

    python bench/bench_engine.py [--repeats 3]

Each case reads one ~300-token prompt (no cache) and writes 100 tokens (median of the repeats), then lets
8 requests write 100 tokens each at once: time per decoding step of all 8, against one token alone.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from scratch import scratch  # noqa: E402  (bench/ is on the path of a script run from it)


def case(model: str, torch_first: bool, repeats: int) -> dict[str, float]:
    """Run in a child so each case starts with clean thread pools."""
    if torch_first:
        import torch

        a = torch.randn(256, 256)
        (a @ a).sum()  # any multi-threaded torch op, like the embedder's
    import xllamacpp as xlc

    from assistant.llm.server import params
    from assistant.settings import Settings

    server = xlc.Server(params({"model": model, "ctx": 8192, "parallel": 8, "threads": 2}))
    text = " ".join(p.read_text() for p in sorted(Settings(_env_file=None).corpus_dir.glob("*.txt"))).split()  # type: ignore[call-arg]
    prompt_ms, token_ms = [], []
    for r in range(repeats + 1):
        words = " ".join(text[r * 300 : r * 300 + 230])  # a different prompt each time: nothing cached
        reply = server.handle_chat_completions(
            {
                "messages": [{"role": "user", "content": f"Summarise: {words}"}],
                "max_tokens": 100,
                "temperature": 0.0,
                "ignore_eos": True,
            }
        )
        if r:  # the first is a warm-up
            prompt_ms.append(reply["timings"]["prompt_ms"])
            token_ms.append(reply["timings"]["predicted_per_token_ms"])

    # Batching: 8 short prompts writing 100 tokens together; wall time per step of all 8.
    def write(i: int) -> None:
        request = {"messages": [{"role": "user", "content": f"Count to {i}."}], "max_tokens": 100}
        server.handle_chat_completions({**request, "temperature": 0.0, "ignore_eos": True})

    threads = [threading.Thread(target=write, args=(i,)) for i in range(8)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return {
        "prompt_ms": statistics.median(prompt_ms),
        "decode_ms_per_token": statistics.median(token_ms),
        "batch8_ms_per_step": (time.perf_counter() - started) * 1000 / 100,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--case", nargs=2, help=argparse.SUPPRESS)  # internal: MODEL torch|none
    args = ap.parse_args()
    if args.case:
        print(json.dumps(case(args.case[0], args.case[1] == "torch", args.repeats)))
        return

    from assistant.llm.weights import repacked
    from assistant.settings import Settings

    bundled = Settings(_env_file=None).gguf_path()  # type: ignore[call-arg]
    models = {"Q4_1 (bundled)": bundled, "Q8_0 (repacked)": repacked(bundled, scratch("bench-engine-"))}
    print("| weights | torch ran first in the process | prompt (ms) | decode (ms/token) | 8 at once (ms/step) |")
    print("|---|---|---|---|---|")
    for name, path in models.items():
        for torch_first in (False, True):
            out = (
                subprocess.run(
                    [
                        sys.executable,
                        __file__,
                        "--repeats",
                        str(args.repeats),
                        "--case",
                        str(path),
                        "torch" if torch_first else "none",
                    ],
                    capture_output=True,
                    text=True,
                    check=True,
                )
                .stdout.strip()
                .splitlines()[-1]
            )
            r = json.loads(out)
            print(
                f"| {name} | {'yes' if torch_first else 'no'} | {r['prompt_ms']:.0f} | {r['decode_ms_per_token']:.1f} "
                f"| {r['batch8_ms_per_step']:.1f} |"
            )


if __name__ == "__main__":
    main()
