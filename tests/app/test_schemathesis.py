"""Property-based fuzzing of the API from its own OpenAPI schema: no input may cause a 5xx."""

import re
import subprocess
import sys
from pathlib import Path


def test_no_server_errors(server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    st = Path(sys.executable).parent / "schemathesis"
    run = subprocess.run(
        [str(st), "run", f"{server.url}/openapi.json", "--checks", "not_a_server_error", "--max-examples", "8",
         "--phases", "examples,fuzzing", "--seed", "1", "--request-timeout", "120", "--workers", "1",
         "--exclude-path", "/api/feedback"],
        capture_output=True, text=True, timeout=1200, cwd=tmp_path,
    )  # fmt: skip
    out = run.stdout + run.stderr
    assert run.returncode == 0, out[-4000:]
    counts = re.search(r"(\d+) generated, (\d+) passed", out)
    assert counts and counts.group(1) == counts.group(2) and int(counts.group(1)) >= 30, out[-2000:]
    assert re.search(r"Tested: (\d+)", out) and int(re.search(r"Tested: (\d+)", out).group(1)) >= 8  # type: ignore[union-attr]
