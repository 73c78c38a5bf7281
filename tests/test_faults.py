"""The fault suite: real processes killed, racing, starved of disk. After each, the index must hold exactly
what a serial run would (the same documents, each with the same chunks, and no stray chunks)."""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.conftest import CORPUS, ROOT, free_port, start_chroma

ASSISTANT = str(Path(sys.executable).parent / "assistant")


def variants(root: Path, tags: list[str]) -> Path:
    """Copies of the bundled articles under new ids (one folder, four files per tag), each a new text."""
    root.mkdir(parents=True, exist_ok=True)
    for tag in tags:
        for f in CORPUS.glob("*.txt"):
            (root / f"{tag}_{f.name}").write_text(f.read_text() + f"\nEdition {tag}.\n")
    return root


def cli(data_dir: Path, *args: str, **env: str) -> subprocess.Popen[str]:
    environ = {**os.environ, "ASSISTANT_DATA_DIR": str(data_dir), **env}
    return subprocess.Popen([ASSISTANT, *args], env=environ, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def finish(*procs: subprocess.Popen[str]) -> list[tuple[int, str, str]]:
    outs = [(*p.communicate(timeout=900),) for p in procs]
    return [(p.returncode, out, err) for p, (out, err) in zip(procs, outs, strict=True)]


def contents(location: str) -> tuple[dict[str, int], int, set[str]]:
    """The manifest ({doc id: chunks}), the collection's chunk count, and the doc ids its chunks carry."""
    from assistant.settings import Settings
    from index.store import Store, connect

    store = Store(connect(location), Settings().collection, "all-MiniLM-L6-v2+int8", location)
    return {d: r.chunks for d, r in store.manifest().items()}, store.count(), store.chunk_doc_ids()


def lexical_results(data: Path) -> tuple[dict[str, int], list[list[tuple[str, float]]]]:
    """The data folder's lexical index, caught up with its Chroma as a replica would: chunks per document, and
    the ranked ids and BM25 scores of a few queries."""
    from assistant.settings import Settings
    from index.lexical import LexicalIndex
    from index.store import Store, connect

    settings = Settings(_env_file=None, data_dir=data)  # type: ignore[call-arg]
    store = Store(connect(str(settings.chroma_path)), settings.collection, "all-MiniLM-L6-v2+int8")
    lexical = LexicalIndex(settings.lexical_path)
    lexical.catch_up(store)
    per_doc = dict(
        lexical._db().execute("SELECT doc_id, count(*) FROM chunks GROUP BY doc_id").fetchall()  # noqa: SLF001
    )
    queries = ["Edition k7", "David Sacks outdated component", "Huawei Ascend SMIC Mate 60", "H20 export licence"]
    return per_doc, [[(cid, round(score, 6)) for cid, score in lexical.search(q, 20)] for q in queries]


def lexical_text(data: Path, chunk_id: str) -> str:
    from assistant.settings import Settings
    from index.lexical import LexicalIndex

    settings = Settings(_env_file=None, data_dir=data)  # type: ignore[call-arg]
    return LexicalIndex(settings.lexical_path).chunks([chunk_id])[chunk_id].text


def assert_serial(location: str, expected: dict[str, int]) -> None:
    manifest, count, chunk_docs = contents(location)
    assert manifest == expected
    assert count == sum(expected.values()) and chunk_docs == set(expected)  # nothing duplicated or stray


@pytest.fixture(scope="module")
def serial(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, dict[str, int]]]:
    """Every variant folder of this module indexed once, serially: the reference each fault is held to."""
    root = tmp_path_factory.mktemp("faults")
    src = root / "src"
    for name, tags in {"big": [f"k{i}" for i in range(30)], "a": ["a"], "b": ["b"], "c": ["c"], "d": ["d"]}.items():
        variants(src / name, tags)
    data = root / "serial"
    [(code, _, err)] = finish(cli(data, "--local", "index", str(src), str(CORPUS)))
    assert code == 0, err
    yield src, contents(str(data / "chroma"))[0]


def expect(reference: dict[str, int], *prefixes: str) -> dict[str, int]:
    return {d: n for d, n in reference.items() if d.startswith(prefixes)}


def test_indexer_killed_mid_run_then_rerun_equals_a_clean_index(tmp_path: Path, serial) -> None:  # type: ignore[no-untyped-def]
    src, reference = serial
    data = tmp_path / "var"
    run = cli(data, "--local", "-v", "index", str(src / "big"))
    assert run.stderr is not None
    for line in run.stderr:  # the first batch of documents is in: kill it there, mid-run
        if "wrote" in line:
            run.send_signal(signal.SIGKILL)
            break
    run.wait(timeout=60)
    assert run.returncode == -signal.SIGKILL
    done = contents(str(data / "chroma"))[0]
    assert 0 < len(done) < 120  # really mid-way
    [(code, out, err)] = finish(cli(data, "--local", "index", str(src / "big")))
    assert code == 0, err
    assert f"{120 - len(done)} indexed" in out and f"{len(done)} unchanged" in out
    assert_serial(str(data / "chroma"), expect(reference, "k"))
    clean = tmp_path / "clean"  # issue 12: the lexical index too ends as a clean run leaves it
    [(code, _, err)] = finish(cli(clean, "--local", "index", str(src / "big")))
    assert code == 0, err
    again, reference_lexical = lexical_results(data), lexical_results(clean)
    assert again == reference_lexical and sum(again[0].values()) == sum(expect(reference, "k").values())
    assert all(again[1]) and "Edition k7" in lexical_text(data, again[1][0][0][0])


def test_four_writers_on_one_embedded_folder_equal_a_serial_run(tmp_path: Path, serial) -> None:  # type: ignore[no-untyped-def]
    """Overlapping (a twice) and disjoint (b, c) folders: each waits its turn for the folder's lock."""
    src, reference = serial
    data = tmp_path / "var"
    results = finish(*(cli(data, "--local", "index", str(src / n)) for n in ("a", "b", "a", "c")))
    assert [r[0] for r in results] == [0, 0, 0, 0], results
    assert_serial(str(data / "chroma"), expect(reference, "a_", "b_", "c_"))


def _uploads_and_deletes(url: str, files: list[Path], doomed: list[str], errors: list[str]) -> threading.Thread:
    """Another user of the app: uploads files one by one and deletes documents, while the CLI indexes."""

    def work() -> None:
        with httpx.Client(base_url=url, timeout=300) as http:
            for f, doc in zip(files, doomed + [""] * len(files), strict=False):
                with f.open("rb") as fh:
                    r = http.post("/api/documents", files=[("files", (f.name, fh))])
                if r.status_code != 200:
                    errors.append(f"upload {f.name}: {r.status_code} {r.text}")
                if doc and (r := http.delete(f"/api/documents/{doc}")).status_code != 200:
                    errors.append(f"delete {doc}: {r.status_code} {r.text}")

    thread = threading.Thread(target=work)
    thread.start()
    return thread


@pytest.mark.parametrize("chroma", ["embedded", "server"])
def test_cli_writers_with_api_uploads_and_deletes_equal_a_serial_run(tmp_path: Path, serial, chroma: str) -> None:  # type: ignore[no-untyped-def]
    """Embedded: two CLI runs go through the app (its one writer) while a user uploads and deletes through
    the API. Server (`chroma run`): four CLI runs write to the server directly, overlapping (a twice) and
    disjoint, while an app replica on the same server takes uploads and deletes."""
    from tests.app.conftest import start_server, stop

    src, reference = serial
    env: dict[str, str] = {"ASSISTANT_CORPUS_DIR": str(CORPUS)}
    chroma_proc = None
    if chroma == "server":
        port = free_port()
        chroma_proc = start_chroma(tmp_path / "chroma-server", port)
        env["ASSISTANT_CHROMA_URL"] = f"http://127.0.0.1:{port}"
    app = start_server(tmp_path, **env)
    try:
        bundled = [d["doc_id"] for d in httpx.get(app.url + "/api/documents").json()]
        assert len(bundled) == 4
        errors: list[str] = []
        user = _uploads_and_deletes(app.url, sorted((src / "d").iterdir()), bundled, errors)
        if chroma == "server":
            writers = [cli(app.data_dir, "--local", "index", str(src / n), **env) for n in ("a", "b", "a", "c")]
        else:
            writers = [cli(app.data_dir, "index", str(src / n)) for n in ("a", "b")]
        results = finish(*writers)
        user.join(timeout=900)
        assert [r[0] for r in results] == [0] * len(writers) and not errors, (results, errors)
        expected = expect(reference, "a_", "b_", "d_", *(["c_"] if chroma == "server" else []))
        docs = {d["doc_id"]: d["chunks"] for d in httpx.get(app.url + "/api/documents").json()}
        assert docs == expected
        assert httpx.get(app.url + "/api/health").json()["chunks"] == sum(expected.values())
        stop(app)
        assert_serial(env.get("ASSISTANT_CHROMA_URL") or str(app.data_dir / "chroma"), expected)
    finally:
        stop(app)
        if chroma_proc:
            chroma_proc.kill()


def test_full_disk_is_a_clear_error_and_the_index_stays_intact(tmp_path: Path, serial) -> None:  # type: ignore[no-untyped-def]
    """The indexer may write at most 200 kB more (RLIMIT_FSIZE: the disk is full as far as it can tell)."""
    src, reference = serial
    data = tmp_path / "var"
    assert finish(cli(data, "--local", "index", str(CORPUS)))[0][0] == 0

    def full_disk() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a refused write is an error, not a killed process
        resource.setrlimit(resource.RLIMIT_FSIZE, (200_000, 200_000))

    environ = {**os.environ, "ASSISTANT_DATA_DIR": str(data)}
    starved = subprocess.run([ASSISTANT, "--local", "index", str(src / "big")], env=environ, capture_output=True,
                             text=True, timeout=900, preexec_fn=full_disk)  # fmt: skip
    assert starved.returncode == 1 and "Traceback" not in starved.stderr
    assert "the disk is full or the folder is read-only" in starved.stderr and "intact" in starved.stderr
    kept = json.loads(finish(cli(data, "--local", "docs", "--json"))[0][1])
    assert {d["doc_id"] for d in kept} >= set(expect(reference, "0"))  # what was indexed before is there
    [(code, _, err)] = finish(cli(data, "--local", "index", str(src / "big")))
    assert code == 0, err
    assert_serial(str(data / "chroma"), expect(reference, "0", "k"))


def test_read_only_data_folder_is_a_clear_error(tmp_path: Path) -> None:
    """A data folder on a read-only mount: every command says so and what to do; nothing is changed."""
    data = tmp_path / "var"
    assert finish(cli(data, "--local", "index", str(CORPUS)))[0][0] == 0
    before = contents(str(data / "chroma"))
    if os.geteuid() == 0:  # root writes through file modes: make the folder a read-only mount instead
        mounted = subprocess.run(["mount", "--bind", str(data), str(data)], capture_output=True)
        if mounted.returncode != 0:
            pytest.skip(f"running as root without the right to mount: {mounted.stderr.decode()}")
        subprocess.run(["mount", "-o", "remount,ro,bind", str(data)], check=True)
    else:
        subprocess.run(["chmod", "-R", "a-w", str(data)], check=True)
    try:
        for args in (["index", str(CORPUS)], ["docs"], ["search", "H20"]):
            [(code, _, err)] = finish(cli(data, "--local", *args))
            assert code == 1 and "Traceback" not in err, err
            assert "read-only" in err.lower() and ("make it writable" in err or "make the folder writable" in err), err
        app = subprocess.run([sys.executable, str(Path(__file__).parent.parent / "app.py")], capture_output=True,
                             text=True, timeout=120, env={**os.environ, "ASSISTANT_DATA_DIR": str(data),
                             "ASSISTANT_PORT": str(free_port())})  # fmt: skip
        assert app.returncode == 1 and "cannot write the data folder" in app.stderr
    finally:
        if os.geteuid() == 0:
            subprocess.run(["umount", str(data)], check=True)
        else:
            subprocess.run(["chmod", "-R", "u+w", str(data)], check=True)
    assert contents(str(data / "chroma")) == before


def test_a_server_a_test_starts_ends_with_pytest() -> None:
    """Before: an interrupted `make test` (its pytest killed) left its app servers, and their models, running.
    A stand-in for pytest starts a long-lived child the way the fixtures do and is killed outright."""
    import time

    script = (
        "import subprocess, sys; from tests.conftest import die_with_pytest; "
        "c = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(600)'], preexec_fn=die_with_pytest); "
        "print(c.pid, flush=True); time.sleep(600)"
    )
    runner = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert runner.stdout is not None
    child = int(runner.stdout.readline())
    os.kill(child, 0)  # running
    runner.kill()
    runner.wait()
    for _ in range(100):
        try:
            os.kill(child, 0)
        except ProcessLookupError:
            return
        if Path(f"/proc/{child}/stat").read_text().split(")")[1].split()[0] == "Z":
            return  # ended; only its process-table entry waits to be reaped
        time.sleep(0.1)
    os.kill(child, 9)
    raise AssertionError("the child outlived the runner")
