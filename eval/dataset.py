"""Labelled questions: load a JSONL dataset, reporting each bad line by number and field."""

from __future__ import annotations

import json
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path

BUNDLED = Path(__file__).resolve().parent / "datasets" / "articles.jsonl"
_FIELDS: dict[str, type | tuple[type, ...]] = {
    "id": str,
    "question": str,
    "answer": str,
    "key_facts": list,
    "sources": list,
    "answerable": bool,
}


Gold = list[list[str]]
"""RGB's answer format: required parts, each a list of accepted spellings."""


@dataclass
class Part:
    """One part of a multi-part question, as its own question with its own gold."""

    question: str
    answerable: bool
    gold: Gold


@dataclass
class Item:
    id: str
    question: str
    answer: str
    key_facts: list[str]
    sources: list[str]
    answerable: bool
    history: list[dict[str, str]] = field(default_factory=list)
    line: int = 0
    gold: Gold | None = None
    parts: list[Part] = field(default_factory=list)


@dataclass
class Problem:
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.field}: {self.message}"


def load_dataset(path: Path | str, known_docs: Collection[str] | None = None) -> tuple[list[Item], list[Problem]]:
    """Valid items, and a Problem for every line that was skipped; `path` is a JSONL file or its text."""
    text = path.read_text(encoding="utf-8") if isinstance(path, Path) else path
    items: list[Item] = []
    problems: list[Problem] = []
    seen: set[str] = set()
    for n, raw in enumerate(text.splitlines(), 1):
        if not raw.strip():
            continue
        try:
            row = json.loads(raw)
        except json.JSONDecodeError as exc:
            problems.append(Problem(n, "json", f"not valid JSON ({exc.msg} at column {exc.colno})"))
            continue
        if not isinstance(row, dict):
            problems.append(Problem(n, "json", "each line must be a JSON object"))
            continue
        bad = _check_fields(row)
        if bad:
            problems.append(Problem(n, *bad))
            continue
        if row["id"] in seen:
            problems.append(Problem(n, "id", f"duplicate id '{row['id']}'"))
            continue
        unknown = [d for d in row["sources"] if known_docs is not None and d not in known_docs]
        if unknown:
            problems.append(
                Problem(n, "sources", f"unknown doc id {', '.join(map(repr, unknown))} (see `assistant docs`)")
            )
            continue
        seen.add(row["id"])
        items.append(
            Item(
                id=row["id"], question=row["question"], answer=row["answer"], key_facts=row["key_facts"],
                sources=row["sources"], answerable=row["answerable"], history=row.get("history") or [], line=n,
                gold=row.get("gold"),
                parts=[Part(p["question"], p["answerable"], p["gold"]) for p in row.get("parts") or []],
            )
        )  # fmt: skip
    return items, problems


def _check_fields(row: dict[str, object]) -> tuple[str, str] | None:
    for name, kind in _FIELDS.items():
        if name not in row:
            return name, "missing"
        if not isinstance(row[name], kind):
            return name, f"must be {getattr(kind, '__name__', kind)}, got {type(row[name]).__name__}"
    if not all(isinstance(k, str) for k in row["key_facts"]):  # type: ignore[attr-defined]
        return "key_facts", "must be a list of strings"
    if not all(isinstance(s, str) for s in row["sources"]):  # type: ignore[attr-defined]
        return "sources", "must be a list of doc ids"
    if row["answerable"] and not row["sources"]:
        return "sources", "an answerable question needs at least one gold doc id"
    history = row.get("history", [])
    if not isinstance(history, list) or not all(
        isinstance(m, dict) and {"role", "content"} <= m.keys() for m in history
    ):
        return "history", "must be a list of {role, content} messages"
    if "gold" in row and not _is_gold(row["gold"]):
        return "gold", "must be a list of required parts, each a non-empty list of accepted spellings"
    parts = row.get("parts", [])
    if not isinstance(parts, list) or not all(
        isinstance(p, dict) and isinstance(p.get("question"), str) and isinstance(p.get("answerable"), bool)
        and _is_gold(p.get("gold"))
        for p in parts
    ):  # fmt: skip
        return "parts", "must be a list of {question, answerable, gold} objects"
    return None


def _is_gold(value: object) -> bool:
    return isinstance(value, list) and all(
        isinstance(part, list) and part and all(isinstance(s, str) and s for s in part) for part in value
    )


# A question as the bare phrase typed into a search box ("Who won the 2021 Tour de France?" -> "2021 Tour de France
# winner"), by its template; a question no template fits is asked as it is.
_PHRASES = [
    (r"^Who won (?:the )?(.+)$", r"\1 winner"),
    (r"^(?:Who|What) was awarded (?:the )?(.+)$", r"\1 winner"),
    (r"^What (?:movie|film) won (?:the )?(.+)$", r"\1 winner"),
    (r"^Who was named (?:the )?(.+)$", r"\1"),
    (r"^Who acquired (.+)$", r"acquirer of \1"),
    (r"^Who directed (.+)$", r"director of \1"),
    (r"^Who will be playing the role of (.+)$", r"actor playing \1"),
    (r"^Who is starring as (.+)$", r"star playing \1"),
    (r"^Which city hosted (?:the )?(.+)$", r"host city of the \1"),
    (r"^When (?:was|is) (.+) released$", r"\1 release date"),
    (r"^When (?:was|is) (.+) announced$", r"\1 announcement date"),
    (r"^When does (.+) premiere$", r"\1 premiere date"),
    (r"^(?:Who|What) (?:is|was) (?:the )?(.+)$", r"\1"),
]


def as_phrase(question: str) -> str:
    """`question` as the bare phrase a search box gets, by the first template that fits; else as it is."""
    bare = question.strip().rstrip("?").strip()
    for pattern, phrase in _PHRASES:
        if re.match(pattern, bare, re.I):
            return re.sub(pattern, phrase, bare, flags=re.I)
    return question
