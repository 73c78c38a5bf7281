"""The committed datasets are consistent with the articles they are about."""

import json
from pathlib import Path

import pytest

from tests.conftest import CORPUS, ROOT

DATASETS = sorted((ROOT / "eval" / "datasets").glob("*.jsonl"))


@pytest.mark.parametrize("path", DATASETS, ids=[p.name for p in DATASETS])
def test_key_facts_are_in_their_gold_articles(path: Path) -> None:
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    assert len({r["id"] for r in rows}) == len(rows), "ids repeat"
    for row in rows:
        if not row["answerable"]:
            assert not row["sources"] and not row["key_facts"], row["id"]
            continue
        gold = " ".join((CORPUS / f"{doc}.txt").read_text().lower() for doc in row["sources"])
        assert row["key_facts"], row["id"]
        for fact in row["key_facts"]:
            assert fact.lower() in gold, f"{row['id']}: {fact!r} is not in {row['sources']}"


def test_a_question_as_the_bare_phrase_a_search_box_gets() -> None:
    from eval.dataset import as_phrase

    assert as_phrase("Who won the 2021 Tour de France?") == "2021 Tour de France winner"
    assert as_phrase("Who is the CEO of Tesla in 2021?") == "CEO of Tesla in 2021"
    assert as_phrase("When was GPT-3 released?") == "GPT-3 release date"
    assert as_phrase("Super Bowl 2021 location") == "Super Bowl 2021 location"  # no template fits: as it is
