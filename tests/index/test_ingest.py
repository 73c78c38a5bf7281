from pathlib import Path

import pytest

from index.store import StoreError
from tests.conftest import CORPUS, make_settings


class CountingEmbedder:
    """The real embedder, counting what it is asked to embed."""

    def __init__(self, inner) -> None:  # type: ignore[no-untyped-def]
        self.inner = inner
        self.embedded = 0

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(self.inner, name)

    def encode(self, texts, batch_size=None):  # type: ignore[no-untyped-def]
        self.embedded += len(texts)
        return self.inner.encode(texts, batch_size)


def _consistent(services) -> None:  # type: ignore[no-untyped-def]
    """Every chunk belongs to a manifest document whose count matches, and no id is duplicated."""
    manifest = services.store.manifest()
    chunks = services.store.all_chunks()
    assert len({c.id for c in chunks}) == len(chunks)
    per_doc: dict[str, int] = {}
    for c in chunks:
        per_doc[c.doc_id] = per_doc.get(c.doc_id, 0) + 1
    assert per_doc == {d: r.chunks for d, r in manifest.items() if r.chunks}


def test_reindex_unchanged_embeds_nothing(services, corpus_copy: Path, embedder) -> None:  # type: ignore[no-untyped-def]
    from assistant.services import Services

    counting = CountingEmbedder(embedder)
    services = Services(services.settings, embedder=counting)
    first = services.indexer.index([corpus_copy])
    assert len(first.indexed) == 4 and counting.embedded == first.chunks_added > 0
    counting.embedded = 0
    again = services.indexer.index([corpus_copy])
    assert counting.embedded == 0 and again.indexed == [] and len(again.unchanged) == 4
    _consistent(services)


def test_changed_file_replaces_its_chunks_and_removed_file_is_synced(services, corpus_copy: Path) -> None:  # type: ignore[no-untyped-def]
    services.indexer.index([corpus_copy])
    target = corpus_copy / "003_2fb4cbee87364ccb.txt"
    old_ids = {c.id for c in services.store.all_chunks() if c.doc_id == target.stem}
    target.write_text(target.read_text() + "\nHuang added that the Blackwell line is sold out.")
    report = services.indexer.index([corpus_copy])
    assert report.indexed == [target.stem] and len(report.unchanged) == 3
    new = [c for c in services.store.all_chunks() if c.doc_id == target.stem]
    assert any("Blackwell" in c.text for c in new) and {c.id for c in new} != old_ids
    (corpus_copy / "002_7b9cc7402f1a85e1.txt").unlink()
    report = services.indexer.index([corpus_copy])
    assert report.removed == ["002_7b9cc7402f1a85e1"]
    assert "002_7b9cc7402f1a85e1" not in {c.doc_id for c in services.store.all_chunks()}
    _consistent(services)


def test_killed_mid_index_is_completed_by_next_run(services, corpus_copy: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    store = services.store
    real_upsert = store.docs.upsert
    calls = {"n": 0}

    def dying_upsert(*args, **kwargs):  # type: ignore[no-untyped-def]
        # Die after the second document's chunks are written but before its manifest entry.
        if kwargs.get("metadatas") and "doc_id" in kwargs["metadatas"][0]:
            calls["n"] += 1
            if calls["n"] == 2:
                raise KeyboardInterrupt
        return real_upsert(*args, **kwargs)

    monkeypatch.setattr(store.docs, "upsert", dying_upsert)
    with pytest.raises(KeyboardInterrupt):
        services.indexer.index([corpus_copy])
    monkeypatch.setattr(store.docs, "upsert", real_upsert)
    assert len(store.manifest()) == 1 and len(store.chunk_doc_ids()) == 2  # one orphaned document's chunks
    report = services.indexer.index([corpus_copy])
    assert len(report.indexed) == 3 and len(report.unchanged) == 1
    _consistent(services)
    assert len(store.manifest()) == 4


def test_unchanged_files_are_not_even_parsed(services, corpus_copy: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import index.ingest as ingest

    services.indexer.index([corpus_copy])
    monkeypatch.setattr(ingest, "_load", lambda *a: pytest.fail("an unchanged file was parsed"))
    report = services.indexer.index([corpus_copy])
    assert len(report.unchanged) == 4 and not report.indexed


def test_bad_inputs_are_reported_and_the_rest_indexed(services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "good.txt").write_text("Nvidia resumed H20 sales to China in July. Analysts were surprised.")
    (folder / "copy_of_good.txt").write_text("Nvidia resumed H20 sales to China in July. Analysts were surprised.")
    (folder / "empty.txt").write_text("")
    (folder / "image.txt").write_bytes(b"\x00\x01\x02binary")
    (folder / "latin.txt").write_bytes("r\xe9sum\xe9".encode("latin-1"))
    (folder / "huge.txt").write_text("word " * 2_100_000)  # 10.5 MB
    report = services.indexer.index([folder, tmp_path / "does-not-exist"])
    reasons = dict(report.skipped)
    assert report.indexed == ["copy_of_good"] or report.indexed == ["good"]
    assert "no such file or folder" in reasons[str(tmp_path / "does-not-exist")]
    assert "is empty" in reasons[str(folder / "empty.txt")]
    assert "binary" in reasons[str(folder / "image.txt")]
    assert "UTF-8" in reasons[str(folder / "latin.txt")]
    assert "MB limit" in reasons[str(folder / "huge.txt")]
    assert any("same text as document" in r for r in reasons.values())
    _consistent(services)
    assert len(services.store.manifest()) == 1


def test_empty_folder_indexes_nothing(services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "empty").mkdir()
    report = services.indexer.index([tmp_path / "empty"])
    assert report.indexed == [] and report.skipped == [] and services.store.count() == 0


def test_unreachable_chroma_url_is_a_clear_error(tmp_path: Path, embedder) -> None:  # type: ignore[no-untyped-def]
    from assistant.services import Services
    from tests.conftest import free_port

    url = f"http://127.0.0.1:{free_port()}"
    services = Services(make_settings(tmp_path, chroma_url=url), embedder=embedder)
    with pytest.raises(StoreError, match=f"Cannot reach Chroma at {url}.*chroma run"):
        _ = services.store


def test_other_embedder_on_existing_index_is_a_clear_error(services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from index.store import Store

    services.indexer.index([CORPUS / "003_2fb4cbee87364ccb.txt"])
    with pytest.raises(StoreError, match="built with embedder 'all-MiniLM-L6-v2\\+int8'.*--rebuild") as info:
        Store(services.store.client, services.settings.collection, "some-other-model")
    assert "EMBED_INT8" not in str(info.value)


def test_an_index_built_int8_is_refused_by_fp32_and_rebuilt(tmp_path: Path) -> None:
    """Issue 12: the index records its embedder; the fp32 embedder refuses an int8 index, naming --rebuild
    and the setting that opens it as built; `--rebuild` makes a working fp32 index of it."""
    from assistant.services import Services

    int8 = Services(make_settings(tmp_path))
    int8.indexer.index([CORPUS / "003_2fb4cbee87364ccb.txt"])
    assert int8.embedder.name == "all-MiniLM-L6-v2+int8"
    fp32 = Services(make_settings(tmp_path, embed_int8=False))
    with pytest.raises(
        StoreError, match="was built with embedder 'all-MiniLM-L6-v2\\+int8'.*--rebuild.*EMBED_INT8=true"
    ):
        _ = fp32.store
    fp32.rebuild_index()
    fp32.indexer.index([CORPUS / "003_2fb4cbee87364ccb.txt"])
    assert fp32.embedder.name == "all-MiniLM-L6-v2"
    assert fp32.retriever.search("Nvidia H20 export licence", k=3)


def test_an_index_of_an_older_chunk_format_is_split_again(services, corpus_copy: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Chunks gain fields (their article's years); an index written before carries none, and the answering stage
    would silently go without: the next run splits and embeds those documents again, the rest untouched."""
    import index.ingest as ingest

    services.indexer.index([corpus_copy])
    monkeypatch.setattr(ingest, "CHUNK_FORMAT", ingest.CHUNK_FORMAT + 1)
    report = services.indexer.index([corpus_copy])
    assert len(report.indexed) == 4 and not report.unchanged
    assert {r.chunk_format for r in services.store.manifest().values()} == {ingest.CHUNK_FORMAT}
    assert not services.indexer.index([corpus_copy]).indexed
    _consistent(services)


def test_closed_services_hold_none_of_the_index_files(tmp_path: Path, embedder) -> None:  # type: ignore[no-untyped-def]
    """A process that opens many indexes (tests, benchmarks) must be able to let each one's files go."""
    import os

    from assistant.services import Services

    def held() -> list[str]:
        names = (os.path.realpath(f"/proc/self/fd/{fd}") for fd in os.listdir("/proc/self/fd"))
        return [name for name in names if name.startswith(str(tmp_path))]

    services = Services(make_settings(tmp_path / "var"), embedder=embedder)
    services.indexer.index(sorted(CORPUS.glob("*.txt"))[:1])
    assert services.retriever.search("Nvidia H20")
    assert held()
    services.close()
    assert held() == []
