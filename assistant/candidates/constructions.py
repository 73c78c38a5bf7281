"""Constructions that say the question's relation without its word: a role after "as" ("Eddie Murphy as Mushu"
for who voiced Mushu), a win "over" someone, a phrasal verb's one-verb equivalent, whom one is "for" set beside
them, a noun's doer after "by", a credit line, a converse verb ("lost to X": X beat them), a prize one is "named"
(one won it). Each says whether a sentence holds it (_construed, for meets) and which candidate fills the answer's
place in it (_slot, for rank)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from assistant.candidates.asked import _asked
from assistant.candidates.sentences import _BEATING, _PRICING, _mentions, _name_head, _Sentence
from assistant.question import PHRASAL
from index.annotate import parse

if TYPE_CHECKING:
    from assistant.question import Analysis

# Closed class: verbs of performing a role, whose object is the role ("Who voiced Mushu?"); "Eddie Murphy as
# Mushu", as a cast list gives it, says who performed it.
_PERFORMING = frozenset("play voice portray star act".split())
# Closed class: verbs of being in a work's cast, which a credit line says with "With" and the names alone ("With
# Christopher Judge, Sunny Suljic, Jeremy Davies.").
_APPEARING = frozenset("star act appear".split())
# Closed class: the nouns of a win that take the beaten with "over" or "against" ("a 1-0 win over Argentina" says
# Germany beat Argentina); the verbs of beating are sentences._BEATING.
_WINS = frozenset("win victory triumph".split())
_OVER = frozenset("over against".split())  # "a 1-0 win over Argentina", "a 6-4, 6-4, 6-4 victory against Djokovic"
# Closed class: the verb and noun of a loss, which say a win the other way round with "to" ("T1 lost to G2 Esports",
# "suffered a loss to DRX": G2 Esports and DRX beat T1).
_LOSING = frozenset("lose loss".split())
# Closed class: verbs of working somewhere, which a person's occupation with "at" says ("Michael Oppenheimer, a
# climate scientist at Princeton University").
_WORKING = frozenset("work teach".split())
# A question that asks where someone is "from": a place before "native" says it.
_FROM = re.compile(r"\bfrom\W*$")
# "for" or "at", an adverb of approximation at most, and the currency sign the tagger may leave out of the sum.
_FOR_SUM = re.compile(r"\b(?:for|at)\s+(?:[a-z]+\s+)?(?:[A-Z]{0,3}[$€£¥])?$")


def _construed(analysis: Analysis, s: _Sentence, lemmas: set[str]) -> bool:
    """The sentence says the relation by one of the constructions; each checks its cheap signs before it parses."""
    return (
        _cast_as(analysis, s)
        or _won_over(analysis, s)
        or _phrasal(analysis, s, lemmas)
        or _affiliated(analysis, s)
        or _made_by(analysis, s)
        or _credited(analysis, s)
        or _beaten_by(analysis, s)
        or _priced(analysis, s)
        or _employed_at(analysis, s)
        or _lost_to(analysis, s)
        or _named_winner(analysis, s)
    )


def _named_winner(analysis: Analysis, s: _Sentence) -> bool:
    """For "Which film won best picture?": to be named a prize or title is to win it ("Parasite has been named best
    picture at this year's Oscars", "has been named the 2021 National Teacher of the Year"). The prize is what the
    question's verb acts on, its names, role and common nouns, all said in what "named" predicates of its object,
    whose head is one of them ("named chair of the jury for best picture" names no winner). Parsed only when the
    sentence has "named"."""
    if "win" not in analysis.relation or "named" not in s.words:
        return False
    question = _asked(analysis)
    prize = question.made | question.roles | question.theme_words
    predicates = [c for t in parse(s.text) if t.lower_ == "named" for c in t.children if c.dep_ == "oprd"]
    return bool(prize) and any(
        c.lemma_.lower() in prize and prize <= {x for w in c.subtree for x in (w.lower_, w.lemma_.lower())}
        for c in predicates
    )


def _lost_to(analysis: Analysis, s: _Sentence) -> bool:
    """For "Who beat T1?": the converse, the one beaten lost "to" the answer ("T1 lost to G2 Esports"). Parsed only
    when the sentence has "to" and a word of losing."""
    if not _BEATING & set(analysis.relation) or "to" not in s.words or not _LOSING & s.lemmas:
        return False
    beaten = _asked(analysis).theme_words
    return any(_loss_to(t, beaten) for t in parse(s.text))


def _loss_to(token: Any, beaten: frozenset[str]) -> bool:
    """`token` is what the "to" of a loss names ("lost to G2 Esports", "suffered a loss to DRX"), and the one who
    lost is the `beaten` the question names, or a pronoun for them, when it names one."""
    verb = token.head.head
    if token.dep_ != "pobj" or token.head.lower_ != "to" or token.head.head is token.head:
        return False
    lost = verb.lemma_.lower() in _LOSING or any(
        c.dep_ == "dobj" and c.lemma_.lower() in _LOSING for c in verb.children
    )
    losers = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return lost and (not beaten or any(c.pos_ == "PRON" or {x.lower_ for x in c.subtree} & beaten for c in losers))


def _employed_at(analysis: Analysis, s: _Sentence) -> bool:
    """For "Where does Michael Oppenheimer work?": the asked person's occupation, set beside the name, with "at" the
    place ("Michael Oppenheimer, a climate scientist at Princeton University"). Parsed only when the sentence has
    "at" and one of the person's words."""
    named = _asked(analysis).named
    if not _WORKING & set(analysis.relation) or "at" not in s.words or not named & s.words:
        return False
    return any(
        t.dep_ == "appos" and t.pos_ == "NOUN" and t.head.lower_ in named and any(c.lower_ == "at" for c in t.children)
        for t in parse(s.text)
    )


def _cast_as(analysis: Analysis, s: _Sentence) -> bool:
    """For "Who voiced Mushu?": the sentence gives the role the verb acts on after "as" ("Eddie Murphy as Mushu").
    Not for the work ("Who stars in Mulan?" is not met by "Ming-Na Wen as Mulan")."""
    if not _PERFORMING & set(analysis.relation):
        return False
    roles = [re.escape(role) for role in _asked(analysis).theme]
    if any(re.search(rf"\bas\s+{role}\b", s.text) for role in roles):
        return True
    # "... star as Mulan, Mushu, Shan Yu, and Captain Li Shang, respectively": one of the roles a list pairs in order
    # with its performers (spans._respective picks the one).
    return "respectively" in s.words and any(
        re.search(rf"\bas\s[^.;]*\b{r}\b[^.;]*\brespectively", s.text) for r in roles
    )


def _won_over(analysis: Analysis, s: _Sentence) -> bool:
    """For "Who did Germany beat?": a win "over" or "against" someone ("after a 1-0 win over Argentina"), and it is
    not over the question's own names unless the question says who was beaten. Parsed only when the sentence has
    such a noun and one of those words."""
    if not _BEATING & set(analysis.relation) or not _OVER & s.words or not _WINS & s.lemmas:
        return False
    wins = [t for t in parse(s.text) if t.pos_ == "NOUN" and t.lemma_.lower() in _WINS]
    beaten = [{w.lower_ for w in c.subtree} for t in wins for c in t.children if c.dep_ == "prep" and c.lower_ in _OVER]
    # The one the question's verb acts on is the one beaten ("Who beat Argentina?"); else the beaten is the answer.
    theme = _asked(analysis).theme_words
    return any((theme <= words) if theme else not _asked(analysis).named & words for words in beaten)


def _phrasal(analysis: Analysis, s: _Sentence, lemmas: set[str]) -> bool:
    """The question's verb is said by the sentence's phrasal one ("face": "take on"); a question's phrasal verb
    is read as its one-verb equivalent (question.PHRASAL). The sentence is parsed only when it has the verb."""
    relation = analysis.relation[0] if analysis.relation else ""
    verbs = [verb for (verb, _), same in PHRASAL.items() if same == relation and verb in s.lemmas]
    return bool(verbs) and any(
        c.dep_ == "prt" and (t.lemma_.lower(), c.lower_) in PHRASAL
        for t in parse(s.text)
        if t.lemma_.lower() in verbs
        for c in t.children
    )


def _affiliated(analysis: Analysis, s: _Sentence) -> bool:
    """For "Which team does Wout van Aert ride for?": the sentence sets a name beside the question's one, as news
    gives whom one plays or works for ("Wout van Aert (Jumbo-Visma)", "Memphis Depay of the Netherlands")."""
    question = _asked(analysis)
    if not question.affiliation or not question.named & s.words:
        return False
    return any(_affiliate(t, question.named) for t in parse(s.text))


def _affiliate(token: Any, named: frozenset[str]) -> bool:
    """`token` heads a proper noun in apposition to one of the `named` words, or after its "of"."""
    if token.pos_ != "PROPN":
        return False
    holder = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else token.head
    by = token.dep_ == "appos" or (token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.dep_ == "prep")
    return by and holder.i != token.i and holder.lower_ in named and holder.pos_ == "PROPN"


def _made_by(analysis: Analysis, s: _Sentence) -> bool:
    """For "Who scored the winning goal?": the noun the question's verb acts on, with its doer after "by" ("A
    marvelous goal by Mario Götze"). Parsed only when the sentence has the noun and "by"."""
    made = _asked(analysis).made
    if analysis.kind not in ("person", "organisation") or not made & s.lemmas or "by" not in s.words:
        return False
    return any(_maker(t, made) for t in parse(s.text))


def _maker(token: Any, made: frozenset[str]) -> bool:
    """`token` is a proper noun after the "by" of one of the `made` nouns ("a goal by Götze")."""
    by = token.head
    return token.pos_ == "PROPN" and token.dep_ == "pobj" and by.lower_ == "by" and by.head.lemma_.lower() in made


def _credited(analysis: Analysis, s: _Sentence) -> bool:
    """For "Who stars in God of War?": a credit line, "With" and names, no verb ("With Christopher Judge, Sunny
    Suljic.")."""
    if not _APPEARING & set(analysis.relation) or not s.text.startswith("With "):
        return False
    return not any(t.pos_ in ("VERB", "AUX") for t in parse(s.text))


def _beaten_by(analysis: Analysis, s: _Sentence) -> bool:
    """For "Who lost to Emma Raducanu?": the one it names after "to" beat someone ("Emma Raducanu defeated Leylah
    Fernandez"), lose being beat's converse; for "Who lost the final?", anyone did. Parsed only when the sentence
    has a verb of beating."""
    if "lose" not in analysis.relation or not _BEATING & s.lemmas:
        return False
    return any(_beater(t, _asked(analysis).winner) for t in parse(s.text))


def _priced(analysis: Analysis, s: _Sentence) -> bool:
    """For "How much did it cost to watch Mulan?": a sum after "for" or "at" is what a thing cost ("debuted on
    Disney+ this week for $29.99", "sold for about $1 billion", "The new models start at $599")."""
    if not _PRICING & set(analysis.relation):
        return False
    offset = s.chunk.start
    return any(
        label == "MONEY" and s.start <= start < s.end and _FOR_SUM.search(s.chunk.text[max(s.start, start - 30) - offset : start - offset])
        for start, _, label in s.chunk.entities
    )  # fmt: skip


def _beater(token: Any, winner: frozenset[str]) -> bool:
    """`token` is what a verb of beating acts on, and its subject is one of the `winner`'s words, when the question
    names one ("Raducanu defeated Fernandez": "Fernandez")."""
    verb = token.head
    if token.dep_ != "dobj" or verb.lemma_.lower() not in _BEATING:
        return False
    return not winner or any(c.dep_ == "nsubj" and {x.lower_ for x in c.subtree} & winner for c in verb.children)


def _slot(analysis: Analysis) -> Callable[[str, Any], bool] | None:
    """Whether a candidate fills the answer's place in a construction that says the relation without its word:
    a place before "native" for where one is from, a role after "as" for a verb of performing ("Who voiced
    Mushu?"), a name beside the question's person for whom one is "for" (_affiliate), whom the one a question's
    "lose" is "to" beat (_beater), a name after the "by" of the noun the verb acts on (_maker)."""
    question = _asked(analysis)
    if analysis.kind == "place" and _FROM.search(analysis.text):
        # "Where is Samuel Alito from?": "Alito, a Trenton, New Jersey, native", not "a US attorney in New Jersey".
        return lambda text, doc: bool(re.search(rf"{re.escape(text)},?\s+native\b", doc.text))
    if _PERFORMING & set(analysis.relation) and question.theme:
        role = question.theme_words
        return lambda text, doc: any(_cast(_name_head(t), role) for t in _mentions(text, doc))
    if question.affiliation:
        return lambda text, doc: any(_affiliate(_name_head(t), question.named) for t in _mentions(text, doc))
    if "lose" in analysis.relation:
        return lambda text, doc: any(_beater(_name_head(t), question.winner) for t in _mentions(text, doc))
    if _BEATING & set(analysis.relation):
        beaten = question.theme_words
        return lambda text, doc: any(_loss_to(_name_head(t), beaten) for t in _mentions(text, doc))
    if question.made and analysis.kind in ("person", "organisation"):
        return lambda text, doc: any(_maker(_name_head(t), question.made) for t in _mentions(text, doc))
    return None


def _cast(head: Any, role: frozenset[str]) -> bool:
    """`head` names who takes the role after "as": "Eddie Murphy as Mushu", "Olivia Colman's return as ..."."""
    holders = [head, head.head] if head.dep_ == "poss" else [head]
    roles = [c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "as"]
    return any(role <= {t.lower_ for t in r.subtree} for r in roles)
