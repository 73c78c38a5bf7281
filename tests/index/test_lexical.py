"""The lexical index (issue 12): SQLite FTS5, persisted, changed per document."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.lexical import LexicalIndex
from index.types import Chunk


def _chunk(doc: str, n: int, text: str) -> Chunk:
    return Chunk(id=f"{doc}-{n}", doc_id=doc, text=text, start=n * 100, end=n * 100 + len(text), title=doc)


def test_a_reopened_index_answers_without_rebuilding(tmp_path: Path) -> None:
    first = LexicalIndex(tmp_path / "lex.sqlite")
    first.replace("a", "h1@1.000", [_chunk("a", 0, "Huawei ships Ascend chips"), _chunk("a", 1, "Weather today")])
    first.replace("b", "h2@2.000", [_chunk("b", 0, "Nvidia's H20 chips were banned")])
    again = LexicalIndex(tmp_path / "lex.sqlite")  # a restart: nothing is read from Chroma
    assert again.size == 3 and again.stamps() == {"a": "h1@1.000", "b": "h2@2.000"}
    assert {cid for cid, _ in again.search("chips", 5)} == {"a-0", "b-0"}
    assert again.chunks(["b-0"])["b-0"].text == "Nvidia's H20 chips were banned"
    assert [cid for cid, _ in again.search("chip", 5, doc_ids=["b"])] == ["b-0"]  # plural folded; filtered


def test_a_document_is_replaced_and_deleted_alone(tmp_path: Path) -> None:
    lex = LexicalIndex(tmp_path / "lex.sqlite")
    lex.replace("a", "1", [_chunk("a", 0, "old words about tariffs")])
    lex.replace("b", "1", [_chunk("b", 0, "tariffs on rare earths")])
    lex.replace("a", "2", [_chunk("a", 0, "new words about licences")])
    assert {c for c, _ in lex.search("tariffs", 5)} == {"b-0"} and lex.size == 2
    assert lex.length == LexicalIndex(tmp_path / "lex.sqlite").length == 6  # terms, for BM25's mean length
    lex.delete(["b"])
    assert lex.search("tariffs", 5) == [] and lex.stamps() == {"a": "2"} and lex.size == 1
    assert LexicalIndex(tmp_path / "lex.sqlite").length == 3


def test_query_syntax_in_a_question_is_only_words(tmp_path: Path) -> None:
    lex = LexicalIndex(tmp_path / "lex.sqlite")
    lex.replace("a", "1", [_chunk("a", 0, 'The "NEAR" AND OR NOT chips* (H20)')])
    for query in ['"unbalanced', "chips* AND (", "NEAR(chips h20)", "h20 OR", "-- ; DROP TABLE chunks", "'"]:
        lex.search(query, 5)  # no FTS5 syntax error
    assert lex.search("NEAR(chips h20)", 5)[0][0] == "a-0" and lex.size == 1


def test_in_a_large_index_terms_in_most_chunks_are_not_scored(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import index.lexical as lexical

    lex = LexicalIndex(tmp_path / "lex.sqlite")
    lex.replace("a", "1", [_chunk("a", i, f"export controls chapter {i}") for i in range(19)])
    lex.replace("b", "1", [_chunk("b", 0, "export controls on gallium")])
    assert len(lex.search("export gallium", 30)) == 20  # small: every term scored
    monkeypatch.setattr(lexical, "_PRUNE_FROM", 10)
    assert [c for c, _ in lex.search("export gallium", 30)] == ["b-0"]  # 'export' is in every chunk
    assert len(lex.search("export controls", 30)) == 20  # only common terms: the rarest is kept


def test_ranking_is_bm25s_lucene_so_an_article_s_shared_subject_still_counts(tmp_path: Path) -> None:
    """FTS5's own bm25() floors the idf of a term in over half the chunks at ~0: on four articles about one
    subject, their shared words stopped counting and two bundled questions lost their source from the top 5.
    The index ranks as bm25s (the library it replaced) does, on the bundled articles and questions."""
    import json

    import bm25s
    import numpy as np

    from index.lexical import lexical_terms
    from index.load import load_file
    from index.split import Splitter

    root = Path(__file__).resolve().parents[2]
    chunks = [
        c for f in sorted((root / "data" / "articles").glob("*.txt")) for c in Splitter().split(load_file(f, {}, 10**7))
    ]
    lex = LexicalIndex(tmp_path / "lex.sqlite")
    for doc in {c.doc_id for c in chunks}:
        lex.replace(doc, "1", [c for c in chunks if c.doc_id == doc])
    reference = bm25s.BM25()
    reference.index([lexical_terms(c.text) for c in chunks], show_progress=False)
    rows = [
        json.loads(x) for x in (root / "eval" / "datasets" / "articles.jsonl").read_text().splitlines() if x.strip()
    ]
    assert len(rows) > 20 and len(chunks) > 10
    for row in rows:
        terms = lexical_terms(row["question"])
        scores = np.asarray(reference.get_scores(terms) if terms else np.zeros(len(chunks)))
        top = [(chunks[i].id, float(scores[i])) for i in np.argsort(-scores, kind="stable")[:5] if scores[i] > 0]
        got = lex.search(row["question"].lower(), 5)  # the scoring alone: a capitalised place adds its adjectives
        if not top:
            assert got == [], row["question"]
            continue
        assert [s for _, s in got] == pytest.approx([s for _, s in top], abs=1e-3), row["question"]
        assert {c for c, s in got if s > top[-1][1] + 1e-3} <= {c for c, _ in top}, row["question"]  # ties aside


def test_a_file_of_the_earlier_layout_is_emptied_for_a_catch_up(tmp_path: Path) -> None:
    """Issue 12's first layout had no version, no chunk lengths and split "export-control" in two: such a
    file is emptied (the next catch-up refills it from Chroma), not read wrongly."""
    import sqlite3

    path = tmp_path / "lex.sqlite"
    old = sqlite3.connect(path)
    old.executescript(
        "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
        "CREATE TABLE docs(doc_id TEXT PRIMARY KEY, stamp TEXT NOT NULL);"
        "CREATE TABLE chunks(n INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, doc_id TEXT NOT NULL, data TEXT NOT NULL);"
        "CREATE VIRTUAL TABLE terms USING fts5(body, tokenize='unicode61 remove_diacritics 0');"
        "INSERT INTO docs VALUES ('a', 'h@1.000'); INSERT INTO chunks VALUES (1, 'a-0', 'a', '{}');"
        "INSERT INTO terms(rowid, body) VALUES (1, 'export-control');"
    )
    old.commit()
    old.close()
    lex = LexicalIndex(path)
    assert lex.size == 0 and lex.stamps() == {} and lex.search("export", 5) == []
    lex.replace("b", "h@2.000", [_chunk("b", 0, "New export-control rules")])
    assert [c for c, _ in lex.search("export-control", 5)] == ["b-0"] and lex.search("control", 5) == []


def test_a_place_asked_by_name_finds_a_chunk_that_names_it_by_its_peoples_adjective(tmp_path: Path) -> None:
    """Before (news-leeb I29): "Who is the President of Nigeria?" did not find "Nigerian President Olusegun
    Obasanjo said ...", the one chunk that answers. The adjective stands in for the name only where a chunk lacks
    the name: one that has both counts the name once."""
    lex = LexicalIndex(tmp_path / "lex.sqlite")
    lex.replace("a", "1", [_chunk("a", 0, "Nigerian President Olusegun Obasanjo said he would weep")])
    lex.replace("b", "1", [_chunk("b", 0, "The president of the club spoke")])
    lex.replace("c", "1", [_chunk("c", 0, "Nigeria and Nigerian exports: the president of Nigeria")])
    found = dict(lex.search("Who is the President of Nigeria?", 5))
    assert "a-0" in found and found["a-0"] > found["b-0"]
    assert found["c-0"] == pytest.approx(dict(lex.search("Who is the President of Nigeria", 5))["c-0"])
    assert dict(lex.search("who is the president of nigeria", 5))["a-0"] < found["a-0"]  # a name is capitalised
