"""Load stage: files -> Article, with title/outlet/URL from the catalog or the text itself."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from urllib.parse import urlparse

from index.text import sentence_spans
from index.types import Article

SUPPORTED = {".txt", ".md", ".markdown", ".html", ".htm", ".pdf"}
_SOURCE_LINE = re.compile(r"^\s*(source|sourse|original|url|link)\s*:\s*(.+?)\s*$", re.I | re.M)
_DOC_ID = re.compile(r"[^A-Za-z0-9_.\-]+")


class LoadError(Exception):
    """A file that cannot be indexed; the message names the file and the fix."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


def doc_id_for(path: Path) -> str:
    """A document's id is its file stem, made safe for ids and URLs."""
    return _DOC_ID.sub("_", path.stem).strip("_") or "document"


def load_catalog(path: Path | None) -> dict[str, dict[str, str]]:
    if path is None or not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if isinstance(v, dict)}


def iter_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Every supported file under the given paths, in a stable order. Missing paths raise LoadError."""
    for p in paths:
        if not p.exists():
            raise LoadError(p, "no such file or folder; check the path")
        if p.is_dir():
            yield from sorted(f for f in p.rglob("*") if f.is_file() and not f.name.startswith("."))
        elif not p.is_file():  # reading a pipe waits for ever, a device may never end
            raise LoadError(p, "is not a regular file (a pipe, device or socket); only files are read")
        else:
            yield p


def load_file(path: Path, catalog: dict[str, dict[str, str]] | None = None, max_bytes: int = 20 << 20) -> Article:
    """Read one file into an Article, or raise LoadError saying why it was skipped."""
    suffix = path.suffix.lower()
    if not path.is_file():
        raise LoadError(path, "is not a regular file (a pipe, device or socket); only files are read")
    if suffix not in SUPPORTED:
        raise LoadError(path, f"unsupported file type '{suffix or 'none'}'; use one of {', '.join(sorted(SUPPORTED))}")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise LoadError(path, f"cannot be read ({exc.strerror or exc}); check its permissions") from exc
    if not raw.strip():
        raise LoadError(path, "is empty; add text or remove it")
    if len(raw) > max_bytes:
        raise LoadError(
            path,
            f"is {len(raw) / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit; split it or raise ASSISTANT_MAX_FILE_MB",
        )
    if suffix == ".pdf":
        text, html_title = _pdf_text(path, raw), ""
    else:
        if b"\x00" in raw[:8192]:
            raise LoadError(path, "looks binary (contains NUL bytes); only text, Markdown, HTML and PDF are indexed")
        try:
            decoded = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise LoadError(
                path, f"is not valid UTF-8 (byte {exc.start}); convert it, e.g. `iconv -f latin1 -t utf-8`"
            ) from exc
        text, html_title = _html_text(decoded) if suffix in {".html", ".htm"} else (decoded, "")
    text = _normalise(text)
    if not text:
        raise LoadError(path, "has no text to index")
    doc_id = doc_id_for(path)
    meta = (catalog or {}).get(doc_id) or derive_metadata(text)
    title = meta.get("title") or html_title or derive_metadata(text)["title"]
    return Article(
        id=doc_id, title=title, outlet=meta.get("outlet", ""), url=meta.get("url", ""), text=text, path=str(path)
    )


def derive_metadata(text: str) -> dict[str, str]:
    """Title from a short first line or the first sentence; URL/outlet from Source:-style lines."""
    first_line = text.split("\n", 1)[0].strip()
    if 0 < len(first_line) <= 150 and not first_line.endswith("."):
        title = first_line
    else:
        spans = sentence_spans(text)
        title = text[spans[0][0] : spans[0][1]] if spans else first_line
        if len(title) > 120:
            title = title[:117].rsplit(" ", 1)[0] + "..."
    url = outlet = ""
    for _, value in _SOURCE_LINE.findall(text):
        if value.startswith(("http://", "https://")):
            url = url or value
        elif not outlet and len(value) < 60:
            outlet = value
    if url and not outlet:
        outlet = urlparse(url).netloc.removeprefix("www.")
    return {"title": title, "outlet": outlet, "url": url}


def _normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    text = re.sub(r"[ \t]+\n", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _html_text(html: str) -> tuple[str, str]:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    for tag in soup(["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "template"]):
        tag.decompose()
    main = soup.find("article") or soup.find("main") or soup.find(attrs={"role": "main"}) or soup.body or soup
    blocks = [
        b.get_text(" ", strip=True) for b in main.find_all(["h1", "h2", "h3", "h4", "p", "li", "pre", "td", "dt", "dd"])
    ]
    text = "\n".join(b for b in blocks if b) or main.get_text("\n", strip=True)
    return text, title


def _pdf_text(path: Path, raw: bytes) -> str:
    import io

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(raw))
        return "\n".join(page.extract_text() or "" for page in reader.pages)
    except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds on broken or hostile files; each is this file's problem
        kind = "" if isinstance(exc, PdfReadError) else f"{type(exc).__name__}: "
        raise LoadError(path, f"is not a readable PDF ({kind}{exc}); re-export it or convert it to text") from exc
