"""The lexical index (issue 12): SQLite FTS5, persisted, changed per document."""

from __future__ import annotations

from pathlib import Path

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
    lex.delete(["b"])
    assert lex.search("tariffs", 5) == [] and lex.stamps() == {"a": "2"} and lex.size == 1


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
