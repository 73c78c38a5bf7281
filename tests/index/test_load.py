from pathlib import Path

import pytest

from index.load import LoadError, derive_metadata, load_catalog, load_file
from tests.conftest import CORPUS, ROOT

CATALOG = load_catalog(ROOT / "data" / "catalog.json")


def test_bundled_articles_are_copied_unchanged() -> None:
    shared = ROOT.parent / "shared" / "corpus"
    if not shared.exists():
        pytest.skip("../shared/corpus is not beside this checkout")
    for src in shared.glob("*.txt"):
        assert (CORPUS / src.name).read_bytes() == src.read_bytes()


def test_catalog_covers_bundled_articles() -> None:
    for path in CORPUS.glob("*.txt"):
        article = load_file(path, CATALOG)
        assert article.id == path.stem
        assert article.title and len(article.title) < 120
    rfi = load_file(CORPUS / "000_b0153485063bb50e.txt", CATALOG)
    assert rfi.outlet == "RFI" and rfi.url.startswith("https://www.toutiao.com/")
    wsj = load_file(CORPUS / "001_b230c61ee25d936d.txt", CATALOG)
    assert "wsj.com" in wsj.url


def test_metadata_is_derived_for_files_without_catalog_entry(tmp_path: Path) -> None:
    meta = derive_metadata((CORPUS / "001_b230c61ee25d936d.txt").read_text())
    assert meta["url"].startswith("https://www.wsj.com/") and meta["outlet"] == "wsj.com"
    assert meta["title"].startswith("China’s recent authorization")
    meta = derive_metadata((CORPUS / "000_b0153485063bb50e.txt").read_text())
    assert meta["title"].startswith("French media") and meta["outlet"] == "rfi"
    assert meta["url"] == "https://www.toutiao.com/article/1837760648102912/"
    plain = tmp_path / "plain.txt"
    plain.write_text("No source lines here. Just words.")
    article = load_file(plain)
    assert article.title == "No source lines here." and article.url == "" and article.outlet == ""


def test_html_uses_title_and_main_text(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Chip news</title><script>var x=1;</script></head><body>"
        "<nav>Home | About</nav><article><h1>Chip news</h1><p>Nvidia sold chips.</p><p>Huawei built Ascend.</p>"
        "</article><footer>(c) site</footer></body></html>"
    )
    article = load_file(page)
    assert article.title == "Chip news"
    assert "Nvidia sold chips." in article.text and "Huawei built Ascend." in article.text
    assert "var x" not in article.text and "Home | About" not in article.text and "(c) site" not in article.text


def test_markdown_and_pdf(tmp_path: Path) -> None:
    md = tmp_path / "note.md"
    md.write_text("# Export rules\n\nThe rules changed in May.\n")
    assert load_file(md).title == "# Export rules"
    pdf = tmp_path / "doc.pdf"
    pdf.write_bytes(_tiny_pdf("Ascend chips ship to Baidu."))
    assert "Ascend chips ship to Baidu." in load_file(pdf).text


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "is empty"),
        ("blank.txt", b"  \n\n ", "is empty"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "looks binary"),
        ("latin1.txt", "Caf\u00e9 au lait, na\u00efve r\u00e9sum\u00e9".encode("latin-1"), "not valid UTF-8"),
        ("sheet.xlsx", b"PK\x03\x04", "unsupported file type"),
        ("broken.pdf", b"%PDF-1.4 garbage", "not a readable PDF"),
    ],
)
def test_bad_files_raise_clear_errors(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(LoadError) as err:
        load_file(path)
    assert reason in str(err.value) and name in str(err.value)


def test_oversized_file_is_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("word " * 2_000_000)  # 10 MB
    with pytest.raises(LoadError, match="over the 5 MB limit"):
        load_file(big, max_bytes=5_000_000)


def _tiny_pdf(text: str) -> bytes:
    """A one-page PDF with a text layer, written by hand so the test needs no PDF library."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)
