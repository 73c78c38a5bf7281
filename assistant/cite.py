"""Cite stage: split the model's draft into sentences and parse the [n] markers each carries."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from index.text import content_words, sentence_spans

# What the assistant says when the articles hold no answer; the prompt asks the model for the same words.
ABSTAIN_TEXT = "The articles do not say"
_MARKER = re.compile(r"\[\s*(\d+(?:\s*[,;]\s*\d+)*)\s*\]")
# Echoed prompt scaffolding, not part of an answer.
_SCAFFOLD = re.compile(r"^\s*(sources?|question|answer|citations?|references?)\s*:?\s*$", re.I)
_ABSTAIN = re.compile(
    r"\b(do(es)? not (say|mention|contain|provide|specify)|no information|not (stated|mentioned|specified))\b", re.I
)


_LEAD_IN = re.compile(r"^(the )?(answer|response) (is|would be)\s*:\s*", re.I)


def _same(a: str, b: str) -> bool:
    key = lambda s: re.sub(r"\W+", " ", s.lower()).strip()  # noqa: E731
    return key(a) in key(b) or key(b) in key(a)


@dataclass
class DraftSentence:
    text: str
    """The sentence without its markers."""
    cited: list[int]
    """Valid source numbers, in order of appearance."""
    dropped: list[int]
    """Markers pointing outside the given sources."""


def parse_draft(draft: str, n_sources: int) -> list[DraftSentence]:
    """Sentences with their markers; a marker that opens the next sentence belongs to the previous one."""
    out: list[DraftSentence] = []
    for start, end in sentence_spans(draft):
        raw = draft[start:end]
        numbers = [int(n) for group in _MARKER.findall(raw) for n in re.split(r"\s*[,;]\s*", group)]
        text = re.sub(r"\s+([.,;:!?])", r"\1", _MARKER.sub("", raw)).strip()
        text = re.sub(r"\s{2,}", " ", text)
        if not re.search(r"\w", text) or _SCAFFOLD.match(text):
            if out and numbers:  # a lone "[2]." after a sentence
                out[-1].cited.extend(n for n in numbers if 1 <= n <= n_sources and n not in out[-1].cited)
            continue
        text = _LEAD_IN.sub("", text)
        cited = list(dict.fromkeys(n for n in numbers if 1 <= n <= n_sources))
        if is_degenerate(text) or any(_same(text, earlier.text) for earlier in out):  # small models loop
            continue
        out.append(DraftSentence(text, cited, [n for n in numbers if not 1 <= n <= n_sources]))
    return out


def is_abstention(text: str) -> bool:
    return bool(_ABSTAIN.search(text))


def is_degenerate(text: str) -> bool:
    """Model noise, not a claim: a run of bare numbers ("1, 2, 3, 4, ...") or one word over and over."""
    words = re.findall(r"[\w']+", text.lower())
    numbers = sum(w.isdigit() for w in words)
    content = content_words(text)
    repeats = max(Counter(content).values(), default=0)
    return (numbers >= 6 and numbers > 0.4 * len(words)) or (repeats >= 4 and repeats > 0.3 * len(content))
