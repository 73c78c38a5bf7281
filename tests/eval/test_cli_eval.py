"""`assistant eval` as users run it, on a dataset with bad lines: they are reported, the rest scored."""

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import CORPUS

ASSISTANT = str(Path(sys.executable).parent / "assistant")


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ASSISTANT_DATA_DIR": str(tmp_path / "var")}
    return subprocess.run([ASSISTANT, "eval", *args], capture_output=True, text=True, env=env, timeout=600)


def test_bad_lines_are_reported_and_the_rest_scored(tmp_path: Path) -> None:
    good = {"id": "q1", "question": "Which smartphone uses chips made by SMIC?", "answer": "The Mate 60.",
            "key_facts": ["Mate 60"], "sources": ["002_7b9cc7402f1a85e1"], "answerable": True}  # fmt: skip
    no_answer = {
        "id": "q2",
        "question": "What is the capital of Australia?",
        "answer": "-",
        "key_facts": [],
        "sources": [],
        "answerable": False,
    }
    lines = [
        json.dumps(good),
        '{"id": "broken", "question": ',
        json.dumps({k: v for k, v in good.items() if k != "key_facts"} | {"id": "q3"}),
        json.dumps(good | {"id": "q4", "sources": ["not_a_doc"]}),
        json.dumps(no_answer),
    ]
    data = tmp_path / "set.jsonl"
    data.write_text("\n".join(lines) + "\n")
    out = tmp_path / "out"
    run = _run(tmp_path, str(data), "--out", str(out), "--fail-under", "abstention_recall=1.0")
    assert run.returncode == 0, run.stderr
    assert "line 2: json: not valid JSON" in run.stderr
    assert "line 3: key_facts: missing" in run.stderr
    assert "line 4: sources: unknown doc id 'not_a_doc'" in run.stderr
    results = json.loads((out / "results.json").read_text())
    assert [q["id"] for q in results["questions"]] == ["q1", "q2"]
    assert results["metrics"]["abstention_recall"] == 1.0 and len(results["problems"]) == 3
    assert (out / "metrics.png").exists() and (out / "report.md").exists()

    missed = _run(tmp_path, str(data), "--out", str(out), "--fail-under", "key_fact_accuracy=1.01")
    assert missed.returncode == 1 and "below floor: key_fact_accuracy" in missed.stderr
    unknown = _run(tmp_path, str(data), "--fail-under", "accuracy=0.5")
    assert unknown.returncode == 1 and "unknown metric 'accuracy'" in unknown.stderr
    assert CORPUS.exists()
