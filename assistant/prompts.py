"""Prompts are files in prompts/: loaded and validated once, rendered into chat messages."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

_SECTION = re.compile(r"^## (system|user)\s*$", re.M)
_VARIABLE = re.compile(r"\{([a-z_]+)\}")
_COMMENT = re.compile(r"<!--.*?-->", re.S)


@dataclass(frozen=True)
class Prompt:
    name: str
    system: str
    user: str

    @property
    def variables(self) -> set[str]:
        return set(_VARIABLE.findall(self.system + self.user))

    def render(self, **values: str) -> list[dict[str, str]]:
        """Chat messages with every {variable} filled; article text is inserted verbatim, never re-parsed."""
        missing = self.variables - values.keys()
        if missing:
            raise ValueError(f"prompt '{self.name}' needs {', '.join(sorted(missing))}")

        def fill(template: str) -> str:
            return _VARIABLE.sub(lambda m: values[m.group(1)], template)

        return [{"role": "system", "content": fill(self.system)}, {"role": "user", "content": fill(self.user)}]


@lru_cache(maxsize=32)
def load_prompt(folder: Path, name: str, required: frozenset[str] = frozenset()) -> Prompt:
    path = folder / f"{name}.md"
    if not path.exists():
        raise FileNotFoundError(f"No prompt '{name}' in {folder}; set ASSISTANT_PROMPT to one of its .md files.")
    text = _COMMENT.sub("", path.read_text(encoding="utf-8"))
    parts = _SECTION.split(text)
    sections = {parts[i]: parts[i + 1].strip() for i in range(1, len(parts) - 1, 2)}
    if set(sections) != {"system", "user"}:
        raise ValueError(f"{path} must have a '## system' and a '## user' section")
    prompt = Prompt(name, sections["system"], sections["user"])
    if not required <= prompt.variables:
        raise ValueError(f"{path} must use {', '.join(sorted(required - prompt.variables))}")
    return prompt
