"""Scoring against gold answers (RGB's format), without the chain's own judge."""

import json
from pathlib import Path

from assistant.types import Answer, Part, Provenance, Sentence
from eval.dataset import load_dataset
from eval.metrics import gold_match
from eval.run import _aggregate, _gold_scores


def test_gold_match_as_rgb_scores_it() -> None:
    date = [["November 17 2019", "Nov 17, 2019"]]
    assert gold_match("It opened on November 17th of 2019.", date)  # ordinal and "of" before a year ignored
    assert not gold_match("It opened on November 18, 2019.", date)
    assert gold_match("FACEBOOK bought it", [["Facebook"]]) and not gold_match("", [["Facebook"]])
    assert not gold_match("Joe Biden won", [["Joe Biden"], ["2020"]])  # every required part


def _answer(texts: list[str], parts: list[tuple[str, bool]], supported: bool = True) -> Answer:
    sentences = [Sentence(text=t, supported=supported) for t in texts]
    shown = [Part(question=q, abstained=a, sentences=[i]) for i, (q, a) in enumerate(parts)]
    return Answer(
        answer=" ".join(texts), sentences=sentences, parts=shown, abstained=all(a for _, a in parts),
        provenance=Provenance(question="q", standalone_question="q"),
    )  # fmt: skip


def _item(tmp_path: Path, row: dict):  # type: ignore[no-untyped-def]
    path = tmp_path / "d.jsonl"
    base = {"id": "x", "question": "q", "answer": "", "key_facts": [], "sources": [], "answerable": True}
    path.write_text(json.dumps(base | row) + "\n")
    items, problems = load_dataset(path)
    assert not problems, problems
    return items[0]


def test_headline_and_verified_wrong(tmp_path: Path) -> None:
    item = _item(tmp_path, {"gold": [["Argentina"]], "sources": ["d"]})
    wrong = _gold_scores(item, _answer(["Germany.", '"Champions Germany, runners-up Argentina"'], [("q", False)]))
    assert wrong == {"answer_accuracy": 1.0, "headline_accuracy": 0.0, "verified_wrong": 1.0}
    right = _gold_scores(item, _answer(["Argentina.", '"..."'], [("q", False)]))
    assert right["headline_accuracy"] == 1.0 and right["verified_wrong"] == 0.0


def test_parts_are_scored_part_by_part(tmp_path: Path) -> None:
    parts = [
        {"question": "a?", "answerable": True, "gold": [["Athens"]]},
        {"question": "b?", "answerable": False, "gold": [["Matsuyama"]]},
    ]
    item = _item(tmp_path, {"parts": parts, "sources": ["d"]})
    both = _gold_scores(item, _answer(["Athens.", "The articles do not say b."], [("a?", False), ("b?", True)]))
    assert both["part_accuracy"] == 1.0 and both["multi_accuracy"] == 1.0
    answered = _gold_scores(item, _answer(["Athens.", "Someone."], [("a?", False), ("b?", False)]))
    assert answered["part_accuracy"] == 0.5 and answered["multi_accuracy"] == 0.0


def test_rates_and_missing_gold_metrics() -> None:
    rows = [
        {"answerable": True, "abstained": True, "ttft_ms": 1, "answer_ms": 1},
        {"answerable": False, "abstained": True, "ttft_ms": 1, "answer_ms": 1},
        {"answerable": False, "abstained": False, "ttft_ms": 1, "answer_ms": 1},
    ]
    m = _aggregate(rows)
    assert m["rejection_rate"] == 0.5 and m["false_rejection_rate"] == 1.0
    assert m["answer_accuracy"] is None and m["verified_wrong"] is None  # no gold: not measured, not zero


def test_a_bad_gold_field_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl"
    base = {"id": "x", "question": "q", "answer": "", "key_facts": [], "sources": [], "answerable": False}
    path.write_text(json.dumps(base | {"gold": "Facebook"}) + "\n")
    items, problems = load_dataset(path)
    assert not items and problems[0].field == "gold"
