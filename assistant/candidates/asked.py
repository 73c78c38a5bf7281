"""What the question asks, read once per question: its words, its names, what its verb acts on, the kind of answer."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

from assistant.candidates.sentences import (
    _LEADING,
    _acted_on,
    _modifying,
    _negated,
    _phrase,
    _says_relation,
    _tense_of_be,
    _words,
)
from assistant.question import (
    ROLE_NOUNS,
    TYPE_WORDS,
    WORK_NOUNS,
    is_bare_phrase,
    naming_nouns,
)
from index.annotate import parse
from index.text import STOP_WORDS

if TYPE_CHECKING:
    from assistant.question import Analysis

# Closed class: the role nouns that name an office, held for a term and then by someone else; not a role in a work
# ("director", "star") nor one won at an event ("winner"), which a past tense does not take from its holder.
_OFFICES = frozenset(
    "ceo chief president chairman chairwoman minister secretary governor mayor head leader coach captain owner "
    "spokesperson manager".split()
)
# Closed class: the ranks below a role that make another office ("deputy leader" is not the leader), and the rank
# "assistant", which says it as often ("assistant secretary of state").
_RANKS = frozenset("vice deputy acting interim assistant".split())
# Closed class: the words that give a role another holder than the one who holds it now ("the former president",
# "the outgoing commander", "the next CEO").
TIMES = frozenset("former ex late next future incoming outgoing".split())
# A numbered version or update of a product ("2.0.0", "v1.5.2", "version 1.2", "Ver. 3"): another thing than the
# product, unless the question numbers one too.
_VERSION = re.compile(r"\bv?\d+\.\d+\.\d+\b|\b(version|ver\.|update|patch)\s+\d", re.I)


class _Asked(NamedTuple):
    words: frozenset[str]
    """Every word of the question."""
    named: frozenset[str]
    """The words of its names."""
    common: frozenset[str]
    """Its lower-case content words ("men", "tennis"): a name made of them is its topic."""
    negated: bool
    """It asks about what did not happen ("Who was not awarded ...?")."""
    versioned: bool
    """It numbers a version or an update ("version 1.2")."""
    holder: bool
    """It asks who holds an office, in the present tense ("Who is the CEO of X?")."""
    past: bool
    """It asks who held a role, in the past tense ("Who was the president of FIFA when ...?")."""
    acted_on: bool
    """Its wh-word is what its verb acts on ("Who is ranked No. 1?", "Who did Raducanu beat?"), not the doer."""
    doer: bool
    """Its wh-word is the subject of its verb ("Who won X?"): the doer, not what the verb acts on."""
    kind_nouns: frozenset[str]
    """The nouns it names its kind with ("film" in "Which film ...?"), which introduce a name of that kind."""
    one: bool
    """It names what it asks for with a singular noun ("Which company ...?", "Who is the CEO ...?")."""
    theme: tuple[str, ...]
    """The names its verb acts on, whole ("GPT-2" in "When was GPT-2 released?", "Oscar for Best Animated Film")."""
    roles: frozenset[str]
    """The role nouns its verb takes ("director" in "Who won best director?")."""
    made: frozenset[str]
    """The common nouns its verb acts on ("goal" in "Who scored the winning goal?"): "a goal by X" says who did."""
    affiliation: bool
    """It asks what its person plays, rides or works "for": a "for" whose object is the wh-phrase ("Which team
    does Wout van Aert ride for?")."""
    winner: frozenset[str]
    """The words of whom its "lose" is "to" ("Emma Raducanu" in "Who lost to Emma Raducanu?")."""
    stranded: str
    """The preposition it ends with, left without its object ("from" in "Which city did X move away from?")."""
    possessed: frozenset[str]
    """The nouns its "whose" determines ("life" in "Whose life does The Crown follow?"), as lemmas."""
    identified: frozenset[str]
    """The common nouns it asks a name for ("pimp" in "What is the name of the pimp ...?", "CEO" in "Who is the CEO
    of X?"), as lemmas."""
    ranks: frozenset[str]
    """The ranks it gives the role ("deputy" in "Who is the deputy leader of X?")."""
    times: frozenset[str]
    """The times it gives the role ("outgoing" in "Who was the outgoing space station commander?")."""
    passive: frozenset[str]
    """The verbs it says in the passive, as lemmas ("play" in "Where was the third Test played?")."""

    @property
    def theme_words(self) -> frozenset[str]:
        """The words of the names its verb acts on ("golden", "ball" in "Who won the Golden Ball?")."""
        return frozenset(w for n in self.theme for w in _words(n))

    @property
    def itself(self) -> frozenset[str]:
        """The words for the asked thing: its names, or a work's noun ("the film")."""
        return self.named | WORK_NOUNS


@lru_cache(maxsize=64)
def _asked(analysis: Analysis) -> _Asked:
    """What the question itself says, read once per question rather than once per sentence."""
    common = re.sub(r"\b[A-Z]\S*", "", analysis.text)
    doc = parse(analysis.text)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    themes = [set(_words(t)) for t in _themes(analysis, doc)]
    return _Asked(
        frozenset(_words(analysis.text)),
        frozenset(w for n in analysis.names for w in _words(n)),
        # Less what qualifies the asked kind ("comics" publisher): a name of that kind may hold it ("Fawcett Comics").
        frozenset(w for w in _words(common) if w not in STOP_WORDS | TYPE_WORDS | _kind_qualifiers(doc)),
        any(_negated(t) for t in doc),
        bool(_VERSION.search(analysis.text)),
        _asks_holder(analysis, root, doc),
        bool(set(analysis.relation) & ROLE_NOUNS) and _tense_of_be(root) == "past",
        any(w in _acted_on(w.head) or _fronted(w) for w in _asking(doc)),
        any(
            w.dep_ == "nsubj" and w not in _acted_on(w.head) and _says_relation(analysis, w.head) for w in _asking(doc)
        ),
        naming_nouns(analysis.kind) & frozenset(_words(analysis.text)),
        any(t.tag_ == "NN" for t in _asked_for(doc)),
        tuple(n for n in analysis.names if any(words & set(_words(n)) for words in themes)),
        frozenset(t.lemma_.lower() for t in doc if t.dep_ == "dobj" and t.lemma_.lower() in ROLE_NOUNS),
        frozenset(
            c.lemma_.lower() for v in doc if _says_relation(analysis, v) for c in _acted_on(v) if c.pos_ == "NOUN"
        ),
        analysis.kind in ("organisation", "place") and any(_asks_for(t) for t in doc),
        frozenset(
            w.lower_
            for t in doc
            if t.lemma_.lower() == "lose"
            for c in t.children
            if c.dep_ == "prep" and c.lower_ == "to"
            for w in c.subtree
            if w.pos_ == "PROPN"
        ),  # fmt: skip
        _stranded(doc),
        frozenset(t.head.lemma_.lower() for t in doc if t.lower_ == "whose" and t.dep_ == "poss"),
        frozenset(t.lemma_.lower() for t in _named_for(doc)),
        frozenset(_modifying(_words(analysis.text), _RANKS, analysis.relation)),
        frozenset(
            t.lower_
            for t in doc
            if t.lower_ in TIMES and t.dep_ == "amod" and t.head.lemma_.lower() in analysis.relation
        ),
        frozenset(t.head.lemma_.lower() for t in doc if t.dep_ in ("auxpass", "nsubjpass")),
    )


def _asks_holder(analysis: Analysis, root: Any, doc: Any) -> bool:
    """Who holds an office now: "Who is the CEO of X?", a bare phrase ("Nintendo CEO in 2021"), which asks of the
    present as "Who is ...?" does, or a verb of leading in the present tense ("Who heads Nintendo today?")."""
    relation = set(analysis.relation)
    if relation & _OFFICES and (_tense_of_be(root) == "present" or is_bare_phrase(doc)):
        return True
    return bool(relation & _LEADING) and root is not None and root.tag_ in ("VBZ", "VBP")


def _named_for(doc: Any) -> list[Any]:
    """The common nouns the question asks for ("Which team ...?", "Who is the CEO ...?"), and for a noun "name",
    whose name it is ("the name of the pimp")."""
    nouns = [t for t in _asked_for(doc) if t.pos_ == "NOUN"]
    named = [o for t in nouns if t.lemma_ == "name" for c in t.children if c.lower_ == "of" for o in c.children]
    return [t for t in nouns if t.lemma_ != "name"] + [o for o in named if o.pos_ == "NOUN"]


def _stranded(doc: Any) -> str:
    """The preposition the question ends with when it has no object of its own, or ""."""
    last = next((t for t in reversed(doc) if not t.is_punct), None)
    return last.lower_ if last is not None and last.dep_ == "prep" and not list(last.children) else ""


def _asks_for(token: Any) -> bool:
    """`token` is a "for" left without its object, or one whose object is the wh-phrase ("For which team ...")."""
    if token.lower_ != "for" or token.dep_ != "prep":
        return False
    return not list(token.children) or any(t.tag_.startswith("W") for c in token.children for t in c.subtree)


def _kind_qualifiers(doc: Any) -> set[str]:
    """The words that qualify the noun a question asks with ("Which comics publisher ...?" -> {"comics"})."""
    return {t.lower_ for t in doc if t.dep_ in ("compound", "amod", "nmod") and t.head.lemma_.lower() in TYPE_WORDS}


def _asking(doc: Any) -> list[Any]:
    """The phrase heads that ask: the wh-word, or the noun it determines ("which film")."""
    return [t.head if t.dep_ == "det" else t for t in doc if t.tag_.startswith("W") and t.head.i != t.i]


def _fronted(asking: Any) -> bool:
    """The wh-phrase stands before "do" and the subject after it: the verb's object ("Which company did Jazz
    acquire?"), whatever the parser made of it."""
    doc = asking.doc
    do = asking.i + 1 < len(doc) and doc[asking.i + 1].lemma_ == "do"
    return do and any(t.dep_ == "nsubj" and t.i > asking.i + 1 for t in doc)


def _asked_for(doc: Any) -> list[Any]:
    """The nouns that name what the question asks for: the one its wh-word determines ("which company"), or the
    one a copula equates with the wh-word ("Who is the CEO ...?")."""
    asking = _asking(doc)
    said = [c for t in asking if t.dep_ in ("nsubj", "attr") for c in t.head.children if c.dep_ in ("attr", "nsubj")]
    return [t for t in asking if t.pos_ == "NOUN"] + said


def _themes(analysis: Analysis, doc: Any) -> list[str]:
    """What the relation's verbs act on, one noun phrase each: their objects and passive subjects."""
    verbs = [t for t in doc if _says_relation(analysis, t)]
    return [_phrase(c) for v in verbs for c in _acted_on(v) if c.pos_ == "PROPN"]
