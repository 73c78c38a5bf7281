"""Plain-text forms of an Answer, for the terminal and the OpenAI-compatible API (the UI renders HTML)."""

from __future__ import annotations

from assistant.types import Answer, Citation


def citation_line(c: Citation) -> str:
    """`[n] Title (outlet, url): "quote"`."""
    where = ", ".join(x for x in (c.outlet, c.url) if x)
    return f'[{c.n}] {c.title}{" (" + where + ")" if where else ""}: "{c.quote}"'


def with_sources(answer: Answer) -> str:
    """The answer text with its [n] markers, then a numbered sources list with quotes."""
    if not answer.citations:
        return answer.answer
    return "\n".join([answer.answer, "", "Sources:", *(citation_line(c) for c in answer.citations)])
