"""A person's path through the UI in headless Chromium: ask, watch the answer stream, open a citation."""

import json
import shutil
from pathlib import Path

import httpx
import pytest

from tests.conftest import ROOT

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
SHOTS = ROOT / "tests" / "out"


@pytest.fixture(scope="module")
def page(server):  # type: ignore[no-untyped-def]
    if not Path(CHROMIUM).exists():
        pytest.fail("chromium is missing: `make test` installs it (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1300, "height": 950})
        page.goto(server.url + "/")
        page.wait_for_selector("#question textarea", timeout=60_000)
        yield page
        browser.close()


def test_ask_stream_and_open_citation(page) -> None:  # type: ignore[no-untyped-def]
    # Examples on first load; they render after the question box, later still on a loaded machine.
    page.get_by_text("What did David Sacks call the H20 chip?").first.wait_for(state="visible", timeout=30_000)
    page.fill("#question textarea", "What did David Sacks call the H20 chip?")
    page.keyboard.press("Enter")
    page.wait_for_selector("#chat >> text=Drafting", timeout=60_000)  # the draft streams in first
    page.wait_for_selector("#sources .source", timeout=120_000)
    cite = page.locator("#chat a.cite").first
    assert cite.inner_text() == "[1]"
    cite.click()
    target = page.locator("#src-1")
    assert target.is_visible()
    assert (
        "outdated component" in page.locator("#sources mark").all_inner_texts()[0]
        or "outdated component" in target.inner_text()
    )
    assert page.locator("#src-1 mark").count() == 1  # the quote is highlighted inside its passage
    assert "RFI" in target.inner_text() and target.locator("a[href^='https://www.toutiao.com']").count() == 1
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / "ui.png"), full_page=True)


def test_abstention_is_styled_and_follow_up_keeps_conversation(page) -> None:  # type: ignore[no-untyped-def]
    page.fill("#question textarea", "How many H200 chips did Alibaba buy?")
    page.keyboard.press("Enter")
    page.wait_for_selector("#chat .abstain", timeout=120_000)
    assert "do not say" in page.locator("#chat .abstain").last.inner_text()
    assert (
        page.locator("#chat .message-row, #chat [data-testid='user']").count() >= 2
        or page.get_by_text("David Sacks").count() >= 1
    )


def test_thumbs_up_is_logged(page, server) -> None:  # type: ignore[no-untyped-def]
    page.get_by_role("button", name="Like", exact=True).first.click()
    log = server.data_dir / "feedback.jsonl"
    rows: list[dict] = []
    for _ in range(60):  # the click reaches the server asynchronously; a loaded machine may take a while
        rows = [json.loads(line) for line in log.read_text().splitlines()] if log.exists() else []
        if any(
            r["rating"] == "up" and r["question"] == "What did David Sacks call the H20 chip?" and r["citations"]
            for r in rows
        ):
            return
        page.wait_for_timeout(500)
    pytest.fail(f"no thumbs-up row for the question in {log}: {rows}")


def test_documents_tab_uploads_and_lists(page, server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page.get_by_role("tab", name="Documents").click()
    article = tmp_path / "blackwell_ui.txt"
    article.write_text("Nvidia ships Blackwell chips\nNvidia shipped 18,000 Blackwell chips to Humain in May.\n")
    page.locator("input[type=file]").first.set_input_files(str(article))
    page.wait_for_selector("text=blackwell_ui.txt", timeout=30_000)  # uploaded to the component
    page.get_by_role("button", name="Index files").click()
    page.wait_for_selector("text=Indexed: blackwell_ui", timeout=60_000)
    assert page.get_by_role("grid").get_by_text("blackwell_ui").count() >= 1
    # Gradio's cached copy of the upload (its cache is where the test server puts it) is gone once indexed.
    cache = server.data_dir.parent / "gradio-cache"
    assert cache.is_dir() and not list(cache.rglob("blackwell_ui.txt"))
    httpx.delete(f"{server.url}/api/documents/blackwell_ui")  # leave the shared server as it was


def test_article_markdown_stays_text(page, server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Before: an article's ![pixel](http://HOST/track.png) and [x](javascript:...) became a live image (the
    browser fetched it) and a live link in the chat."""
    article = tmp_path / "pixel_story.txt"
    article.write_text(
        "Quantum chips reach Lisbon\n"
        "The Lisbon quantum chip plant opened in March with 400 workers ![pixel](http://127.0.0.9:9/track.png) "
        "according to [the plan](javascript:alert(1)) of the operator.\n"
    )
    r = httpx.post(server.url + "/api/documents", files={"files": (article.name, article.read_bytes())}, timeout=120)
    assert r.status_code == 200
    requests: list[str] = []
    page.on("request", lambda req: requests.append(req.url))
    page.get_by_role("tab", name="Ask").click()
    page.fill("#question textarea", "How many workers did the Lisbon quantum chip plant have when it opened?")
    page.keyboard.press("Enter")
    page.wait_for_selector("#sources >> text=Lisbon", timeout=120_000)  # this answer's sources, not the last one's
    page.wait_for_timeout(1000)
    chat = page.locator("#chat")
    assert "![pixel]" in chat.inner_text() or "track.png" in chat.inner_text()  # shown as text
    assert page.locator("#chat img[src*='track.png'], #sources img").count() == 0
    assert page.locator("a[href^='javascript:']").count() == 0
    assert not [u for u in requests if "127.0.0.9" in u]
    httpx.delete(f"{server.url}/api/documents/pixel_story")
