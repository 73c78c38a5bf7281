"""The `assistant` command as users run it: a real process, real env settings."""

import contextlib
import json
import os
import subprocess
import sys
from pathlib import Path

import httpx

from tests.conftest import CORPUS, ROOT, free_port

ASSISTANT = str(Path(sys.executable).parent / "assistant")


def run(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {**os.environ, "ASSISTANT_DATA_DIR": str(tmp_path / "var"), **env}
    return subprocess.run([ASSISTANT, *args], capture_output=True, text=True, env=environ, timeout=300)


def test_index_docs_search_rm(tmp_path: Path) -> None:
    out = run(tmp_path, "index", str(CORPUS))
    assert out.returncode == 0, out.stderr
    assert "4 indexed" in out.stdout
    docs = run(tmp_path, "docs")
    assert "000_b0153485063bb50e\t6 chunks" in docs.stdout or "000_b0153485063bb50e\t" in docs.stdout
    hits = json.loads(run(tmp_path, "search", "What did David Sacks call the H20 chip?", "-k", "3", "--json").stdout)
    assert len(hits) == 3 and hits[0]["doc_id"] == "000_b0153485063bb50e"
    assert {"doc_id", "chunk_id", "score", "title", "text"} <= set(hits[0])
    rm = run(tmp_path, "docs", "rm", "003_2fb4cbee87364ccb", "nope")
    assert rm.returncode == 1 and "removed 003_2fb4cbee87364ccb" in rm.stdout and "no such document: nope" in rm.stderr
    assert "003_2fb4cbee87364ccb" not in run(tmp_path, "docs").stdout


def test_bad_paths_and_unreachable_chroma(tmp_path: Path) -> None:
    missing = run(tmp_path, "index", str(tmp_path / "nowhere"))
    assert missing.returncode == 1 and "no such file or folder" in missing.stderr and "Traceback" not in missing.stderr
    (tmp_path / "empty").mkdir()
    empty = run(tmp_path, "index", str(tmp_path / "empty"))
    assert empty.returncode == 1 and "no supported files found" in empty.stderr
    down = run(tmp_path, "search", "chips", ASSISTANT_CHROMA_URL=f"http://127.0.0.1:{free_port()}")
    assert down.returncode == 1 and "Cannot reach Chroma" in down.stderr and "Traceback" not in down.stderr
    bad = run(tmp_path, "docs", ASSISTANT_CHROMA_URL="localhost:8000")
    assert bad.returncode == 1 and "ASSISTANT_CHROMA_URL" in bad.stderr


def _variant(src: Path, dst: Path, tag: str) -> Path:
    dst.mkdir()
    for f in src.glob("*.txt"):
        (dst / f"{tag}_{f.name}").write_text(f.read_text() + f"\nEdition {tag}.\n")
    return dst


def test_two_writers_at_once_lose_nothing(tmp_path: Path) -> None:
    """Before: two `assistant index` runs on one data folder both said "4 indexed" and the index kept 4 of 8."""
    a, b = _variant(CORPUS, tmp_path / "a", "a"), _variant(CORPUS, tmp_path / "b", "b")
    environ = {**os.environ, "ASSISTANT_DATA_DIR": str(tmp_path / "var")}
    runs = [
        subprocess.Popen([ASSISTANT, "index", str(folder)], env=environ, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for folder in (a, b)
    ]  # fmt: skip
    outs = [r.communicate(timeout=600) for r in runs]
    assert [r.returncode for r in runs] == [0, 0], outs
    docs = json.loads(run(tmp_path, "docs", "--json").stdout)
    assert len(docs) == 8
    serial = tmp_path / "serial"
    run(serial, "index", str(a))
    run(serial, "index", str(b))
    assert sum(d["chunks"] for d in docs) == sum(d["chunks"] for d in json.loads(run(serial, "docs", "--json").stdout))


def test_a_writer_waits_while_the_app_holds_the_folder(tmp_path: Path) -> None:
    from tests.app.conftest import start_server, stop

    app = start_server(tmp_path)
    try:
        folder = _variant(CORPUS, tmp_path / "extra", "x")
        environ = {**os.environ, "ASSISTANT_DATA_DIR": str(app.data_dir)}
        local = [ASSISTANT, "--local", "index", str(folder)]  # without --local it would go through the app
        writer = subprocess.Popen(local, env=environ, stderr=subprocess.PIPE, text=True)
        with contextlib.suppress(subprocess.TimeoutExpired):
            writer.wait(timeout=20)
        assert writer.poll() is None  # still waiting, not writing behind the app's back
        writer.terminate()
        assert "waiting: the index in" in writer.communicate(timeout=30)[1]
        assert len(httpx.get(app.url + "/api/documents").json()) == 4
        second = subprocess.run([sys.executable, str(ROOT / "app.py")], env={**environ, "ASSISTANT_PORT": str(free_port())},
                                capture_output=True, text=True, timeout=120)  # fmt: skip
        assert second.returncode == 1 and "being written by" in second.stderr
    finally:
        stop(app)


def _model_processes(parent: int) -> int:
    """Model processes started by this process (the app's own, or a second one the CLI would have made)."""
    found = 0
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            line = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode()
            ppid = int((proc / "stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        found += "assistant.llm.server" in line and ppid == parent
    return found


def test_the_cli_uses_the_running_app(tmp_path: Path) -> None:
    """With an app serving the data folder, ask/search/docs/docs rm/index/eval go through it: no second model
    process, no second embedder, no second writer; --local still runs here."""
    from eval.dataset import BUNDLED
    from tests.app.conftest import start_server, stop

    app = start_server(tmp_path)
    environ = {**os.environ, "ASSISTANT_DATA_DIR": str(app.data_dir)}

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([ASSISTANT, *args], capture_output=True, text=True, env=environ, timeout=300)

    try:
        asked = cli("ask", "What did David Sacks call the H20 chip?")
        assert asked.returncode == 0 and "outdated component" in asked.stdout, asked.stderr
        assert f"using the app at {app.url}" in asked.stderr and _model_processes(app.proc.pid) == 1
        hits = json.loads(cli("search", "H20 chip", "-k", "2", "--json").stdout)
        assert len(hits) == 2 and hits[0]["doc_id"]
        assert "000_b0153485063bb50e" in cli("docs").stdout
        rm = cli("docs", "rm", "nope")
        assert rm.returncode == 1 and "no such document: nope" in rm.stderr
        local = cli("--local", "docs")
        assert local.returncode == 0 and "using the app" not in local.stderr
        here = cli("--local", "-v", "ask", "What is the H200 chip designed to deliver?")
        assert here.returncode == 0 and "using the app's model process" in here.stderr, here.stderr
        folder = _variant(CORPUS, tmp_path / "extra", "x")
        indexed = cli("index", str(folder))
        assert indexed.returncode == 0 and "4 indexed" in indexed.stdout, indexed.stderr
        (folder / "x_000_b0153485063bb50e.txt").unlink()
        synced = cli("index", str(folder))
        assert "removed: x_000_b0153485063bb50e" in synced.stdout and "3 unchanged" in synced.stdout
        assert len(json.loads(cli("docs", "--json").stdout)) == 7
        rebuild = cli("index", "--rebuild", str(folder))
        assert rebuild.returncode == 1 and "stop the app first" in rebuild.stderr
        dataset = tmp_path / "two.jsonl"
        dataset.write_text("".join(BUNDLED.read_text().splitlines(keepends=True)[:2]))
        scored = cli("eval", str(dataset), "--out", str(tmp_path / "eval"))
        assert scored.returncode == 0 and "retrieval_recall@5" in scored.stdout, scored.stderr
        assert json.loads((tmp_path / "eval" / "results.json").read_text())["config"]["questions"] == 2
        assert _model_processes(app.proc.pid) == 1
        log = app.log.read_text()
        assert all(
            f"request from the CLI: {r}" in log
            for r in (
                "POST /api/ask/stream",
                "GET /api/search",
                "GET /api/documents",
                "POST /api/documents",
                "DELETE /api/documents/x_000_b0153485063bb50e",
                "POST /api/eval",
            )
        )
    finally:
        stop(app)
    assert not (app.data_dir / "app.json").exists()  # the app removes its port file when it stops


def test_cold_commands_load_only_what_they_need(tmp_path: Path) -> None:
    """`docs` never loads the embedder, `search` never the model, and nothing run here loads torch: the int8
    embedder runs on ONNX Runtime."""
    assert run(tmp_path, "index", str(CORPUS)).returncode == 0
    probe = """
import sys
from assistant.cli import app
sys.argv = ["assistant", "--local", sys.argv[1], *sys.argv[2:]]
try:
    app()
except SystemExit:
    pass
print("onnxruntime" in sys.modules, "assistant.llm.local" in sys.modules, "torch" in sys.modules, file=sys.stderr)
"""
    environ = {**os.environ, "ASSISTANT_DATA_DIR": str(tmp_path / "var")}

    def loaded(*args: str) -> str:
        out = subprocess.run(
            [sys.executable, "-c", probe, *args], capture_output=True, text=True, env=environ, timeout=300
        )
        return out.stderr.strip().splitlines()[-1]

    assert loaded("docs") == "False False False"
    assert loaded("search", "H20 chip") == "True False False"
