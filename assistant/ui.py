"""The Gradio chat UI: streamed answers, inline citations, a sources panel, documents, feedback."""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.errors import UserError
from assistant.types import Answer, Citation, Final, Token
from index.load import SUPPORTED
from index.store import StoreError

if TYPE_CHECKING:
    import gradio as gr

    from assistant.services import Services

EXAMPLES = [
    "What did David Sacks call the H20 chip?",
    "Which companies have deployed Huawei's Ascend chip?",
    "Which Nvidia chip did China authorize Alibaba to buy?",
    "What has Jensen Huang said about China's need for Nvidia's chips?",
    "How many H200 chips did Alibaba buy?",
]
CSS = """
.cite { font-weight: 600; text-decoration: none; padding: 0 1px; }
.unsupported { background: #fde8e8; border-bottom: 2px dashed #c0392b; }
.abstain { border-left: 4px solid #2471a3; padding: 4px 10px; background: #eaf2fb; }
.source { border: 1px solid #ddd; border-radius: 6px; padding: 8px 10px; margin-bottom: 10px; }
.source:target { border-color: #e67e22; box-shadow: 0 0 0 2px #f5b041; }
.source mark { background: #fff3b0; padding: 0 2px; }
.source .passage { color: #444; font-size: 0.92em; }
.outage { border-left: 4px solid #c0392b; background: #fdedec; padding: 6px 12px; font-weight: 600; }
"""
HEALTH_EVERY = 5.0  # seconds between the UI's health checks (its outage banner)
_DEPENDENCY = {"index": "The index store", "embedder": "The embedder", "llm": "The language model"}


def health_banner(report: dict[str, Any]) -> str:
    """A banner naming each dependency that fails and what it means for answers; empty when all are ok."""
    lines = []
    for name, check in report.get("checks", {}).items():
        if check.get("ok"):
            continue
        effect = (
            "answers are quoted from the articles without a written summary until it is back"
            if name == "llm"
            else "no question can be answered until it is back; nothing is lost, and asking again is safe"
        )
        lines.append(f"⚠️ {_DEPENDENCY.get(name, name)} is unavailable ({as_text(check.get('error', ''))}): {effect}.")
    return f'<div class="outage" role="alert">{"<br>".join(lines)}</div>' if lines else ""


# Characters that start Markdown (links, images, emphasis, code, headings, tables) or an autolink ("http:").
_MARKDOWN = str.maketrans({c: f"&#{ord(c)};" for c in "[]()!*_`#|~\\{}:"})


def as_text(text: str) -> str:
    """Article or model text for the chat, which renders Markdown and HTML: both escaped, so that
    `![x](http://host/pixel.png)` or `[x](javascript:...)` shows as those characters and loads or links nothing.
    (A character reference is literal text to a Markdown parser, never syntax.)"""
    return html.escape(text).translate(_MARKDOWN)


def answer_html(answer: Answer) -> str:
    """Chat markdown: sentences with clickable [n] markers; unsupported ones visibly marked. The only markup
    is what is written here; every text in it goes through as_text."""
    parts = []
    for s in answer.sentences:
        text = as_text(s.text)
        marks = "".join(f'<a class="cite" href="#src-{n}">[{n}]</a>' for n in s.citations)
        if not s.supported:
            parts.append(f'<span class="unsupported" title="{as_text(s.note)}">⚠️ {text}</span>')
        else:
            parts.append(f"{text} {marks}".strip())
    body = " ".join(parts)
    if answer.abstained:
        lead, _, rest = body.partition(". ")
        body = f'<div class="abstain">ℹ️ {lead}.</div>\n\n{rest}'
    if answer.error:
        body += f"\n\n*Note: {as_text(answer.error)}*"
    return body


def sources_html(answer: Answer | None) -> str:
    """The sources panel (HTML, no Markdown): escaped text, then nh3 keeps only the tags and http(s) links
    this module writes, so nothing an article carries can become live markup."""
    import nh3

    if answer is None or not answer.citations:
        return "<p><em>Sources for the latest answer appear here.</em></p>"
    built = "<h3>Sources</h3>" + "".join(_source(c) for c in answer.citations)
    return nh3.clean(built, tags=_PANEL_TAGS, attributes=_PANEL_ATTRIBUTES, url_schemes={"http", "https"})


_PANEL_TAGS = {"h3", "div", "strong", "small", "mark", "a", "p", "em"}
_PANEL_ATTRIBUTES = {"div": {"class", "id"}, "a": {"href", "target"}}


def _source(c: Citation) -> str:
    safe_url = c.url.startswith(("http://", "https://"))  # a javascript: or data: URL is shown, never linked
    link = (
        f'<a href="{html.escape(c.url)}" target="_blank">{html.escape(c.url)}</a>' if safe_url else html.escape(c.url)
    )
    outlet = f" · {html.escape(c.outlet)}" if c.outlet else ""
    passage = html.escape(c.passage)
    quote = html.escape(c.quote)
    highlighted = passage.replace(quote, f"<mark>{quote}</mark>", 1) if quote in passage else f"<mark>{quote}</mark>"
    return (
        f'<div class="source" id="src-{c.n}"><div><strong>[{c.n}] {html.escape(c.title)}</strong>{outlet}</div>'
        f"<div>{link}</div><div class='passage'>{highlighted}</div>"
        f"<div><small>document {html.escape(c.doc_id)} · support {c.score:.2f}</small></div></div>"
    )


def _text(message: dict[str, Any]) -> str:
    content = message.get("content", "")
    if isinstance(content, list):  # Gradio may hand back content as parts
        content = " ".join(p.get("text", "") if isinstance(p, dict) else str(p) for p in content)
    # The chat holds what answer_html wrote: tags and character references, which the chain reads as text.
    return html.unescape(re.sub(r"<[^>]+>", "", str(content)))


def build_ui(services: Services) -> gr.Blocks:
    import gradio as gr

    # Files uploaded but never indexed leave Gradio's cache within the hour.
    with gr.Blocks(title="News assistant", delete_cache=(600, 3600)) as demo:
        gr.Markdown(
            "## News assistant\nAnswers come only from the indexed articles. Every sentence is checked against "
            "a quoted source; unsupported sentences are marked ⚠️, and when the articles don't hold the answer it says so."
        )
        banner = gr.HTML("", elem_id="health")
        gr.Timer(HEALTH_EVERY).tick(lambda: health_banner(services.health()), None, banner, api_name=False)
        with gr.Tab("Ask"):
            _ask_tab(services)
        with gr.Tab("Documents"):
            _documents_tab(services)
        gr.api(_ask_api(services), api_name="ask")
    return demo


def _ask_tab(services: Services) -> None:
    """The chat, its examples and the sources panel."""
    import gradio as gr

    answers = gr.State([])
    with gr.Row():
        with gr.Column(scale=3):
            chat = gr.Chatbot(label="Conversation", elem_id="chat", height=480, sanitize_html=False)
            box = gr.Textbox(
                placeholder="Ask about the articles…", show_label=False, elem_id="question", submit_btn=True
            )
            gr.Examples(EXAMPLES, inputs=box, label="Try")
            clear = gr.Button("New conversation", size="sm")
        with gr.Column(scale=2):
            sources = gr.HTML(sources_html(None), elem_id="sources")
    box.submit(_respond(services), [box, chat, answers], [chat, sources, answers, box], api_name="chat")
    chat.like(_on_like(services), [chat, answers], None)
    clear.click(lambda: ([], sources_html(None), []), None, [chat, sources, answers], api_name=False)


def _respond(services: Services):  # type: ignore[no-untyped-def]
    import gradio as gr

    def respond(message: str, history: list[dict[str, Any]], answers: list[dict[str, Any]]):  # type: ignore[no-untyped-def]
        prior = [{"role": m["role"], "content": _text(m)} for m in history]
        history = history + [{"role": "user", "content": message}, {"role": "assistant", "content": "…"}]
        draft = ""
        try:
            for event in services.chain.stream(message, prior):
                if isinstance(event, Token):
                    draft += event.text
                    history[-1]["content"] = (
                        f"*Drafting, then checking every sentence against the sources…*\n\n{as_text(draft)}"
                    )
                    yield history, gr.skip(), answers, ""
                elif isinstance(event, Final):
                    history[-1]["content"] = answer_html(event.answer)
                    yield history, sources_html(event.answer), answers + [event.answer.model_dump()], ""
        except (UserError, StoreError) as exc:  # bad input, or the index server is down: say which, not a trace
            history[-1]["content"] = f"⚠️ {as_text(str(exc))}"
            yield history, gr.skip(), answers + [{}], ""

    return respond


def _on_like(services: Services):  # type: ignore[no-untyped-def]
    import gradio as gr

    def on_like(data: gr.LikeData, history: list[dict[str, Any]], answers: list[dict[str, Any]]) -> None:
        index = data.index[0] if isinstance(data.index, (list, tuple)) else data.index
        ordinal = sum(1 for m in history[: index + 1] if m["role"] == "assistant") - 1
        if 0 <= ordinal < len(answers) and answers[ordinal] and index >= 1:
            rating = "up" if data.liked else "down"
            services.documents.feedback(_text(history[index - 1]), answers[ordinal], rating)
            gr.Info("Thanks: feedback recorded.")

    on_like.__annotations__["data"] = gr.LikeData  # Gradio finds the event payload by its (evaluated) annotation
    return on_like


def _documents_tab(services: Services) -> None:
    """Upload, list and delete documents."""
    import gradio as gr

    docs = services.documents

    def rows() -> list[list[Any]]:
        return [[r.doc_id, r.title, r.outlet, r.chunks] for r in docs.list()]

    def refresh():  # type: ignore[no-untyped-def]
        table = rows()
        return table, gr.update(choices=[r[0] for r in table], value=None)

    def upload(files: list[str] | None, progress: gr.Progress = gr.Progress()):  # type: ignore[no-untyped-def]  # noqa: B008
        if not files:
            return "Choose one or more files first.", *refresh()
        progress(0, desc="Indexing…")
        opened = [(Path(f).name, open(f, "rb")) for f in files]  # noqa: SIM115 - closed below
        try:
            result = docs.upload(opened, lambda i, n, name: progress(i / max(n, 1), desc=f"Indexing {name}"))
            message = "\n\n".join(result.summary())
        except (UserError, StoreError) as exc:
            message = f"⚠️ {exc}"
        finally:
            for _, f in opened:
                f.close()
            for f in files:  # Gradio's cached copy: nothing uploaded stays on disk once indexed or refused
                Path(f).unlink(missing_ok=True)
        return message, *refresh()

    def delete(doc_id: str | None):  # type: ignore[no-untyped-def]
        if not doc_id:
            return "Pick a document to delete.", *refresh()
        try:
            docs.delete(doc_id)
            message = f"Deleted {doc_id}."
        except UserError:
            message = f"No document {doc_id}."
        return message, *refresh()

    files = gr.File(label="Add articles (.txt .md .html .pdf)", file_count="multiple", file_types=sorted(SUPPORTED))
    add = gr.Button("Index files", variant="primary")
    status = gr.Markdown()
    table = gr.Dataframe(headers=["id", "title", "outlet", "chunks"], value=rows, interactive=False)
    with gr.Row():
        pick = gr.Dropdown(label="Document", choices=[r[0] for r in rows()])
        remove = gr.Button("Delete document", variant="stop")
    add.click(upload, [files], [status, table, pick], api_name=False)
    remove.click(delete, [pick], [status, table, pick], api_name=False)


def _ask_api(services: Services):  # type: ignore[no-untyped-def]
    def ask_api(question: str) -> dict[str, Any]:
        """Answer a question; returns the answer object (same as POST /api/ask)."""
        try:
            return services.chain.answer(question).model_dump()
        except UserError as exc:
            return {"error": str(exc)}

    return ask_api
