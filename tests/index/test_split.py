from pathlib import Path

from index.load import load_file
from index.split import Splitter
from index.text import count_tokens, sentence_spans
from index.types import Article
from tests.conftest import CORPUS


def _articles() -> list[Article]:
    return [load_file(p) for p in sorted(CORPUS.glob("*.txt"))]


def test_no_bundled_chunk_is_truncated_by_the_embedder(embedder) -> None:  # type: ignore[no-untyped-def]
    splitter = Splitter(160, 32, embedder.count_wordpieces, embedder.window)
    chunks = [c for a in _articles() for c in splitter.split(a)]
    assert len(chunks) >= 10
    # What the embedder really sees, special tokens included, must fit its window.
    lengths = embedder.count_wordpieces([c.text for c in chunks], special=True)
    assert max(lengths) <= embedder.window == 256
    assert max(count_tokens(c.text) for c in chunks) <= 160


def test_window_is_enforced_even_with_a_large_token_target(embedder) -> None:  # type: ignore[no-untyped-def]
    splitter = Splitter(1000, 32, embedder.count_wordpieces, embedder.window)
    text = " ".join(f"Sentence number {i} talks about H20 chips and export licences." for i in range(200))
    chunks = splitter.split(Article(id="long", title="t", text=text))
    lengths = embedder.count_wordpieces([c.text for c in chunks], special=True)
    assert len(chunks) > 1 and max(lengths) <= 256


def test_chunks_keep_spans_sentences_and_metadata() -> None:
    article = load_file(
        CORPUS / "000_b0153485063bb50e.txt", {"000_b0153485063bb50e": {"title": "T", "outlet": "O", "url": "U"}}
    )
    chunks = Splitter(80, 20).split(article)
    for c in chunks:
        assert article.text[c.start : c.end] == c.text
        assert (c.title, c.outlet, c.url, c.doc_id) == ("T", "O", "U", article.id)
        for s, e in c.sentences:
            assert c.start <= s < e <= c.end
    # Every sentence of the article lands in some chunk.
    covered = {span for c in chunks for span in c.sentences}
    assert set(sentence_spans(article.text)) <= covered


def test_overlap_repeats_trailing_sentences() -> None:
    article = load_file(CORPUS / "002_7b9cc7402f1a85e1.txt")
    chunks = Splitter(100, 40).split(article)
    assert any(set(a.sentences) & set(b.sentences) for a, b in zip(chunks, chunks[1:], strict=False))
    assert len({c.id for c in chunks}) == len(chunks)


def test_chunk_ids_are_content_derived() -> None:
    a = load_file(CORPUS / "003_2fb4cbee87364ccb.txt")
    assert [c.id for c in Splitter().split(a)] == [c.id for c in Splitter().split(a)]
    changed = a.model_copy(update={"text": a.text.replace("Newsera", "Newsroom")})
    assert [c.id for c in Splitter().split(changed)] != [c.id for c in Splitter().split(a)]


def test_sentence_splitter_respects_abbreviations() -> None:
    text = "The U.S. government acted. Mr. Huang said 2.5 times more. Prices rose!\nA new line"
    got = [text[s:e] for s, e in sentence_spans(text)]
    assert got == ["The U.S. government acted.", "Mr. Huang said 2.5 times more.", "Prices rose!", "A new line"]


def test_single_huge_sentence_is_broken_at_words(tmp_path: Path) -> None:
    text = "word " * 3000 + "end."
    chunks = Splitter(100, 10).split(Article(id="x", title="x", text=text))
    assert len(chunks) > 10 and all(count_tokens(c.text) <= 100 for c in chunks)


def test_every_chunk_carries_the_years_its_whole_article_names() -> None:
    """The grounding stage dates a paragraph by its article's one year (candidates._gathered), and sees only the
    retrieved chunks: so each chunk carries the years of the whole article, title included, each once. A count
    ("2,017 fans") names no year; a year joined to another word by a hyphen ("mid-2016") is one."""
    text = " ".join(f"Sentence {i} is filler about the awards." for i in range(60))
    article = Article(
        id="a",
        title="The 2017 awards",
        text=f"{text} It drew 2,017 fans in the 2017-18 season. {text} In 1998, mid-2016.",
    )
    chunks = Splitter(80, 20).split(article)
    assert len(chunks) > 2 and all(c.years == ["2017", "1998", "2016"] for c in chunks)
