"""The layering of ../shared/ARCHITECTURE.md, checked on the source: dependencies point down only."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT

PACKAGES = ("assistant", "index", "eval")
# Functions allowed past 50 lines, each with the reason the README's layout section gives.
LONG_FUNCTIONS: dict[str, str] = {}


def _modules(*folders: str) -> list[Path]:
    return sorted(p for f in folders for p in (ROOT / f).rglob("*.py"))


def _imports(path: Path) -> set[str]:
    """Every module a file imports, at top level or inside functions (lazy imports count too)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found |= {f"{node.module}.{a.name}" for a in node.names}
    return found


def test_index_never_imports_assistant() -> None:
    offenders = {p.name: sorted(m for m in _imports(p) if m.split(".")[0] == "assistant") for p in _modules("index")}
    assert not {k: v for k, v in offenders.items() if v}


def test_the_chain_does_not_import_its_wiring_and_the_ui_not_the_rest_api() -> None:
    assert not any(m.startswith("assistant.services") for m in _imports(ROOT / "assistant" / "answer.py"))
    assert not any(m.startswith("assistant.api") for m in _imports(ROOT / "assistant" / "ui.py"))
    lower = _modules("assistant/llm")
    assert not any(m.startswith(("assistant.answer", "assistant.services")) for p in lower for m in _imports(p))


def test_nothing_reaches_into_another_objects_dict() -> None:
    files = [*_modules(*PACKAGES), ROOT / "app.py"]
    assert [str(p.relative_to(ROOT)) for p in files if "__dict__" in p.read_text()] == []


def test_functions_stay_short() -> None:
    long = []
    for path in [*_modules(*PACKAGES), ROOT / "app.py"]:
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                name = f"{path.relative_to(ROOT)}:{node.name}"
                if length > 50 and name not in LONG_FUNCTIONS:
                    long.append(f"{name} ({length} lines)")
    assert long == []


def test_the_candidates_stage_imports_down_its_own_order() -> None:
    """Each module of assistant/candidates/ imports only the ones before it (README's layout gives the order)."""
    order = ["sentences", "asked", "constructions", "meets", "spans", "rank", "__init__"]
    folder = ROOT / "assistant" / "candidates"
    assert sorted(p.stem for p in folder.glob("*.py")) == sorted(order)
    for i, name in enumerate(order):
        siblings = {m.split(".")[2] for m in _imports(folder / f"{name}.py") if m.startswith("assistant.candidates.")}
        assert siblings <= set(order[:i]), f"{name}.py imports {sorted(siblings - set(order[:i]))}"
