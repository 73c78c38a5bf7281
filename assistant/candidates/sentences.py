"""The retrieved text read as sentences, and the word-level tests every rule shares: names, numbers, the relation."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from assistant.question import (
    ABBREVIATED_ROLES,
    PLANS,
    takes_do,
)
from index.annotate import parse
from index.text import MONTHS, STOP_WORDS, demonyms

if TYPE_CHECKING:
    from assistant.question import Analysis
    from index.types import Chunk, Hit


# A word; a trailing "+" is part of a name ("Disney+" is not "Disney").
_WORD = re.compile(r"[a-z0-9]+\+*")
# "the first since 2018": a year after "since" dates an earlier event the sentence measures from, not its own.
_SINCE_YEAR = re.compile(r"\bsince\s+(1[5-9]|20)\d\d\b", re.I)
_POSSESSIVE = re.compile(r"['’]s$")
# Closed class: small numbers are written as words and ordinals as often as in digits ("season 4" is the
# "fourth season", "4th season" or "season four").
_CARDINALS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty"
).split()
_ORDINALS = (
    "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
_SUFFIX = {1: "st", 2: "nd", 3: "rd"}
_NUMBER_FORMS = {
    str(i): {str(i), _CARDINALS[i], _ORDINALS[i], f"{i}{_SUFFIX.get(i % 10 if i // 10 != 1 else 0, 'th')}"}
    for i in range(len(_CARDINALS))
}
# Closed class: the verb a role noun's holder is the doer of, where it is not the noun's own stem ("winner" and
# "director" are "win"'s and "direct"'s): "France are world champions" says France won; one plays a role, and faces
# an opponent.
_ROLE_VERBS = {"champion": "win", "author": "write", "role": "play", "opponent": "face"}
# Closed class: verbs of speaking to someone, which say the same relation ("spoke to AFP", "told AFP").
_REPORTING_VERBS = frozenset("say tell speak talk".split())
# Closed class: verbs of buying, whose subject is the buyer, and their nouns ("Facebook bought Instagram for $1
# billion", "Facebook's acquisition of Instagram"): each says who acquired what and what was paid. Not "sell",
# whose subject is the seller.
_BUYING = frozenset("buy purchase acquire acquisition pay".split())
# Closed class: a prize's converse verbs: who "received" it is who it "was awarded" to.
_RECEIVING = frozenset("receive award".split())
# Closed classes of verbs that say one relation: of winning a prize or a title ("claimed the crown", "captured
# the title"), and of making a thing known ("unveiled the phones", "announced the phones").
_WINNING = frozenset("win claim capture clinch".split())
_MAKING_KNOWN = frozenset("announce unveil reveal introduce".split())
# Closed class: verbs of founding an organisation ("founded", "established", "co-founded").
_FOUNDING = frozenset("found establish cofound".split())
# Closed class: verbs of arriving somewhere ("coming to PC", "arrived on PC", "reached stores").
_ARRIVING = frozenset("come arrive reach".split())
# Closed class: what a thing's price is said and asked with ("How much does it cost?": "its price is $599").
_PRICING = frozenset("cost price charge".split())
# Closed classes: verbs of leading an organisation, and the offices whose holder leads it ("Tim Cook is Apple's CEO"
# says he runs Apple; "the sixth and current president of ... Nintendo" that he leads it).
_LEADING = frozenset("lead run head".split())
_LEADERS = frozenset("ceo president head leader chief".split())  # not a board's chair: the board is not run by it
# Closed classes: verbs of beating someone, which say one relation ("swept Weibo Gaming" for whom T1 beat), and of
# meeting an opponent, which beating one entails ("Kerber defeated Serena Williams in the final" says whom she
# faced); not the converse: facing is no win.
_BEATING = frozenset("beat defeat sweep overcome rout topple upset".split())
_FACING = frozenset("face meet".split())
# A death said by its verb, its adjective or its noun ("How many people died?": "with 108 already dead").
_DYING = frozenset("die dead death".split())
_SAME_RELATION = (
    _REPORTING_VERBS, _BUYING, _RECEIVING, _WINNING, _MAKING_KNOWN, _FOUNDING, _ARRIVING, _PRICING, _LEADING, _BEATING,
    _DYING,
)  # fmt: skip
# The plan verbs that say a plan in a sentence whatever follows them: "go" and "set" do only as "going to" and "set
# to" ("continuing to go strong", "set a record").
_PLANNED = PLANS - {"go", "set"}
# Derivations a relation word takes ("win" -> "winner", "direct" -> "director", "release" -> "released").
_MAX_SUFFIX = 4
# The endings of a word whose plural clips a name ("Olympics", "Emmys").
_CLIPPED = ("ic", "y")


@dataclass(frozen=True)
class _Sentence:
    chunk: Chunk
    text: str
    start: int
    end: int
    lemmas: set[str]
    words: set[str]
    paragraph: tuple[str, int]


def _mentions(text: str, doc: Any) -> list[Any]:
    """The proper-noun tokens of `doc` that are words of the name `text`."""
    words = set(_words(text))
    return [t for t in doc if t.lower_.replace(".", "") in words and t.pos_ == "PROPN"]


def _name_head(token: Any, through_nouns: bool = False) -> Any:
    """Up a name's own words ("Liu" -> "Yifei"), not into a noun it modifies ("Disney fans"); `through_nouns`, up
    its compounds whatever the tagger calls their head ("O’Connor", a noun, heads "Sandra Day"), and up the parts
    the tagger splits a name into ("Gentium S.p.A.")."""
    while (
        token.dep_ in ("compound", "flat", "amod", *(("nmod",) if through_nouns else ()))
        and token.head.i != token.i
        and (token.head.pos_ == "PROPN" or (through_nouns and token.dep_ == "compound"))
    ):
        token = token.head
    return token


def _says(verb: Any, related: Callable[[Any], bool]) -> bool:
    """The verb says the relation, or a clause it governs does ("defeated Djokovic to win the US Open"), or it
    gives its subject the role ("is the winner", "stood atop the podium as champion"), or a verb joined to it
    with the same subject does ("resigned as CEO and became chairman")."""
    for c in verb.children:
        if c.dep_ in ("xcomp", "advcl", "ccomp", "conj", "attr", "oprd") and related(c):
            return True
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and _says(c, related):
            return True
        if c.dep_ == "prep" and c.lower_ == "as" and any(related(o) for o in c.children if o.dep_ == "pobj"):
            return True
    return related(verb)


def _negated(verb: Any) -> bool:
    """The verb has "not" or "never", or its subject is "nobody", "none", "nothing" or "no ..."."""
    for c in verb.children:
        if c.dep_ == "neg" or c.lower_ in ("nobody", "none", "nothing"):
            return True
        if c.dep_ in ("nsubj", "nsubjpass") and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children):
            return True
    return False


def _noun_phrase(head: Any) -> list[Any]:
    """The head noun with its modifiers, without the clauses and phrases that follow it ("music videos", not
    "music videos whose work included ...")."""
    cut = {t.i for c in head.children if c.dep_ in ("relcl", "acl", "prep") for t in c.subtree}
    return [t for t in head.subtree if t.i not in cut]


# Closed class: the legal forms that end a company's registered name ("Inc", "Plc", "N.V."), as words.
_LEGAL_FORMS = frozenset("inc corp corporation co ltd plc llc lp nv ag sa spa gmbh bv kk ab".split())


def _people(sentences: list[_Sentence], kind: str = "PERSON") -> set[str]:
    """The people (or the names of another `kind`) the retrieved sentences name, as they name them."""
    return {
        _entity_text(s.chunk, start, end)
        for s in sentences for start, end, label in s.chunk.entities if label == kind and s.start <= start < s.end
    }  # fmt: skip


def _sentences(hits: Sequence[Hit], since: bool = False) -> list[_Sentence]:
    """Every sentence of the hits once, in article order per document, with its paragraph number. A year after
    "since" is left out of a sentence's words unless the question asks `since` a year too ("Who has led X since
    2018?")."""
    out: dict[tuple[str, int], _Sentence] = {}
    paragraph_of = _paragraphs(hits)
    for hit in hits:
        c = hit.chunk
        for k, (text, start, end) in enumerate(c.sentence_texts()):
            lemmas = set((c.lemmas or [""] * len(c.sentences))[k].split())
            paragraph = (c.doc_id, paragraph_of(c.doc_id, start))
            out.setdefault(
                (c.doc_id, start),
                _Sentence(
                    c, text, start, end, lemmas, set(_words(text if since else _SINCE_YEAR.sub(" ", text))), paragraph
                ),
            )
    return sorted(out.values(), key=lambda s: (s.chunk.doc_id, s.start))


def _paragraphs(hits: Sequence[Hit]) -> Callable[[str, int], int]:
    """Where a sentence's paragraph starts in its article, read from all the hits of the article together (the
    same for every chunk that holds the sentence); when the start lies before the retrieved text, a mark of
    where that text starts."""
    spans: dict[str, list[tuple[int, int]]] = {}
    breaks: dict[str, list[int]] = {}
    for hit in hits:
        c = hit.chunk
        spans.setdefault(c.doc_id, []).append((c.start, c.start + len(c.text)))
        breaks.setdefault(c.doc_id, []).extend(c.start + m.start() for m in re.finditer("\n", c.text))
    runs: dict[str, list[tuple[int, int]]] = {}
    for doc, parts in spans.items():
        for lo, hi in sorted(parts):
            if runs.get(doc) and lo <= runs[doc][-1][1]:
                runs[doc][-1] = (runs[doc][-1][0], max(hi, runs[doc][-1][1]))
            else:
                runs.setdefault(doc, []).append((lo, hi))

    def paragraph_of(doc: str, start: int) -> int:
        lo = max((a for a, b in runs[doc] if a <= start < b), default=start)
        before = [b for b in breaks[doc] if lo <= b < start]
        return max(before) + 1 if before else -1 - lo

    return paragraph_of


def _words(text: str) -> list[str]:
    return _WORD.findall(_folded(text).replace(".", "").replace("'s", ""))


def _located(s: _Sentence, start: int) -> bool:
    """The place at article offset `start` follows "in" or "at" in the sentence."""
    return _preceded(s, start, " in ", " at ")


def _preceded(s: _Sentence, start: int, *words: str) -> bool:
    """The name at article offset `start` follows one of `words` (" in ") in the sentence."""
    if not s.start <= start < s.end:
        return False
    before = s.chunk.text[max(0, start - s.chunk.start - max(map(len, words))) : start - s.chunk.start].lower()
    return before.endswith(words)


def _stated(number: str, words: set[str]) -> bool:
    parts = _words(number)
    if len(parts) > 1:
        return all(_stated(p, words) for p in parts)  # a season, "2013/14" or "2013-14": each of its numbers
    if number.lower() in _CARDINALS:  # "season four" is the "fourth season", and "part two" no day "2"
        digits = str(_CARDINALS.index(number.lower()))
        return bool((_NUMBER_FORMS[digits] - {digits}) & words)
    return bool(_NUMBER_FORMS.get(number, {number.lower(), *parts}) & words)  # "11.3" is in words as _words has it


def _named(name: str, words: set[str]) -> bool:
    """A name is there: every word of a short one, two of three of a longer one ("World Cup" for "World Cup
    Final"), half of one of four or more; so "National Teacher" is not "State Teacher". A name clipped to its
    modifier's plural is the same name ("the Olympics": "the Olympic Games"; "the Emmys": "the Emmy Awards")."""
    return any(_named_as(form, words) for form in _clippings(name))


@lru_cache(maxsize=1024)
def _clippings(name: str) -> tuple[str, ...]:
    """`name`, and its other form when one is the plural clipping of the other: "Olympics" and "Olympic";
    "Olympic Games" and "Olympics"; "Emmy Awards" and "Emmys". Such a clipping pluralises an adjective in "-ic" or
    a name in "-y"; "Paris" and "Williams" are no plurals."""
    words = name.split()
    if len(words) == 2 and words[0].endswith(_CLIPPED) and words[1][:1].isupper() and words[1].endswith("s"):
        return name, f"{words[0]}s"
    if words and words[-1][:1].isupper() and words[-1].endswith(tuple(f"{end}s" for end in _CLIPPED)):
        return name, " ".join([*words[:-1], words[-1][:-1]])
    return (name,)


def _named_as(name: str, words: set[str]) -> bool:
    parts = [w for w in _words(name) if w not in STOP_WORDS]
    share = 2 if len(parts) >= 4 else 3  # a long title is often shortened: half of it will do
    if not all(_stated(n, words) for n in _numerals(name)):
        return False  # "Super Bowl LIX" is not "Super Bowl 2021", nor "GPT-2" "GPT-3": a name's number is all of it
    if not all(_has(w, words) for w in _variant(name)):
        return False  # "Pixel 6 Pro" is not the "Pixel 6": a word after a name's number names a variant of it
    last = len(parts) - 1  # only a name's head takes a plural: "Oscars" names the Oscar, "Olympics" no Olympic Games
    return not parts or sum(_has(w, words, i == last) for i, w in enumerate(parts)) * share >= len(parts) * (share - 1)


def _has(word: str, words: set[str], plural: bool = False) -> bool:
    """`word` is among `words`; with `plural` also its plural ("Oscar" in "Oscars 2020"); a month also as its
    abbreviation ("February" in "Feb 9, 2020", "Sept"); a place as its people's adjective ("Nigerian President"
    for Nigeria)."""
    return (
        word in words
        or (plural and f"{word}s" in words)
        or (word in MONTHS and bool({word[:3], word[:4]} & words))
        or bool(demonyms(word) & words)
    )


# Closed class: the determiners, which make what follows them a common noun phrase ("An English FA administrator").
_DETERMINERS = frozenset("a an the this that these those my your his her its our their".split())


def _surnamed(name: str, text: str) -> bool:
    """A person's two-word name is named in a sentence by its last word alone, as news writes it after the first
    mention ("Musk, the founder and CEO of SpaceX"), not after another given name ("Kimbal Musk")."""
    parts = name.split()
    if len(parts) != 2 or not all(p[:1].isupper() and p.isalpha() for p in parts):
        return False
    return any(
        not (given := re.search(r"([A-Z][\w.]*)\s+$", text[: m.start()]))
        or (given.group(1).lower() in STOP_WORDS and given.group(1).lower() not in _DETERMINERS)
        for m in re.finditer(rf"\b{re.escape(parts[1])}\b", text)
    )  # "When Trump was questioned": a capitalised word of function is no given name; "An English FA" no person


def _called(name: str, words: set[str], text: str) -> bool:
    """The name is said in `text` (whose words are `words`): whole, a person's by the surname alone, a plural one
    in the singular a noun takes to modify another ("Tamil Tiger rebels" for the Tamil Tigers; "the ATP Ranking
    for" is not the ATP Rankings), or a long one by its initials ("EDS")."""
    return (
        _named(name, words)
        or _surnamed(name, text)
        or _attributive(name, text)
        or _initialled(name, text)
        or _spelled_out(name, text)
    )


def _initialled(name: str, text: str) -> bool:
    """A name of three capitalised words or more is in `text` by its initials ("EDS President Kim Brace" for
    Election Data Services), as news shortens a name it has given."""
    capitals = [w[0] for w in name.split() if w[:1].isupper()]
    return len(capitals) >= 3 and re.search(rf"\b{''.join(capitals)}\b", text) is not None


def _spelled_out(name: str, text: str) -> bool:
    """An acronym of three letters or more is in `text` by the capitalised words whose initials it spells, the
    function words between them aside ("Civil Aviation Safety Authority" for CASA, "Securities and Exchange
    Commission" for SEC), and no capitalised word right before or after them, which would make a longer name."""
    if not re.fullmatch(r"[A-Z]{3,6}", name):
        return False
    joined = r"\s+(?:(?:of|and|for|the|&)\s+)?".join(rf"{c}[a-z]+" for c in name)
    before = (
        re.search(r"([A-Z][\w'’-]*)\s+$", text[: m.start()]) for m in re.finditer(rf"\b{joined}\b(?!\s+[A-Z])", text)
    )
    return any(b is None or b.group(1).lower() in STOP_WORDS for b in before)  # "The Civil ...", not "Mr Andrew ..."


def _attributive(name: str, text: str) -> bool:
    """A name whose last word is plural is in `text` in the singular with a content word after it ("Tamil Tiger
    rebels"); a function word after it ("ATP Ranking for") leaves it a singular noun of its own."""
    *rest, last = name.split() or [""]
    if not last.endswith("s") or last.endswith("ss") or len(last) < 4:
        return False
    singular = " ".join([*rest, last[:-1]])
    return any(m.group(1).lower() not in STOP_WORDS for m in re.finditer(rf"\b{re.escape(singular)}\s+([a-z]+)", text))


def _numerals(name: str) -> list[str]:
    """The numbers in a name, in digits or Roman numerals ("Pixel 6", "Super Bowl LV"), with the letters a digit
    runs into ("Ocarina of Time 3D" is not "Ocarina of Time"); "I" only after a word ("Part I"), since it is a
    pronoun too."""
    return [w.lower() for w in re.findall(r"\b(?:\d+[a-z]*|[IVXLCDM]{2,}|[VX])\b|(?<=\w )I\b", name, re.I)]


def _variant(name: str) -> list[str]:
    """The words after a name's last number ("pro" of "Pixel 6 Pro", "pro" and "max" of "iPhone 13 Pro Max")."""
    words = name.split()
    numbered = [i for i, w in enumerate(words) if w.lower() in _numerals(w)]
    after = words[numbered[-1] + 1 :] if numbered else []
    return [w.lower() for w in after if w.isalpha() and w.lower() not in STOP_WORDS]


def _modifying(tokens: list[str], modifiers: frozenset[str], relation: tuple[str, ...]) -> set[str]:
    """The `modifiers` that the relation (or a word derived from it) follows within two words ("former chief
    executive", "deputy leader"): a modifier of the role, not of something else in the sentence."""
    return {
        w
        for i, w in enumerate(tokens)
        if w in modifiers and any(_related(r, set(tokens[i + 1 : i + 3])) for r in relation)
    }


def _related(relation: str, lemmas: set[str]) -> bool:
    if relation in lemmas:
        return True  # a two-letter verb ("go") is too short to test for derivations, not for itself
    if any(_ROLE_VERBS.get(lemma) == relation or _ROLE_VERBS.get(relation) == lemma for lemma in lemmas):
        return True
    if any(relation in verbs and verbs & lemmas for verbs in _SAME_RELATION):
        return True
    if _ROLE_VERBS.get(relation, relation) in _FACING and (_FACING | _BEATING) & lemmas:
        return True
    if relation in ABBREVIATED_ROLES and set(ABBREVIATED_ROLES[relation]) <= lemmas:
        return True  # "CEO" said "chief executive"
    if relation in _LEADING and _LEADERS & lemmas:
        return True  # "Which company does Tim Cook run?": "Tim Cook is Apple's CEO"
    if relation in PLANS and _PLANNED & lemmas:
        return True  # "was supposed to be held": "was scheduled to be held" states the same plan
    return any(_derived(*sorted((relation, lemma), key=len)) or _compounded(relation, lemma) for lemma in lemmas)


def _compounded(stem: str, word: str) -> bool:
    """`word` is a compound whose head is the agent noun of `stem` ("screenwriter", "songwriter": a writer)."""
    return any(
        _derived(stem, word[i:]) and word.endswith(("er", "or")) and word[i:] != stem
        for i in range(3, len(word) - len(stem) + 1)
    )


def _derived(stem: str, word: str) -> bool:
    """`word` is `stem`, or `stem` with a suffix ("winner", "director", "released"); a silent "e" drops before a
    suffix that opens with a vowel ("create" -> "creation", "produce" -> "producing")."""
    if stem.endswith("e") and word[len(stem) - 1 : len(stem)] in ("a", "i", "o", "u"):
        stem = stem[:-1]
    return word.startswith(stem) and len(word) - len(stem) <= _MAX_SUFFIX and len(stem) >= 3


def _phrase(head: Any) -> str:
    return " ".join(t.text for t in _noun_phrase(head))


def _acted_on(verb: Any) -> list[Any]:
    """The verb's object, or its subject when it is passive (the parser makes "GPT-2" in "When was GPT-2
    released?" a plain subject beside the passive auxiliary); for a participle that modifies a noun, that noun,
    or what a copula says it is ("GPT-3 is a model released by OpenAI": GPT-3); for a passive relative clause,
    the noun it modifies."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        noun = verb.head
        if noun.dep_ == "attr":
            return [c for c in noun.head.children if c.dep_ == "nsubj"]
        return [noun]
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if verb.dep_ == "relcl" and any(c.dep_ == "nsubjpass" and c.tag_ == "WDT" for c in verb.children):
        return [verb.head]  # "Gentium S.p.A., which was acquired by Jazz": the noun the relative pronoun stands for
    return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") or (passive and c.dep_ == "nsubj")]


def _tense_of_be(token: Any) -> str:
    """ "present" or "past" for a form of "be" ("is", "was"), "" for any other token or none."""
    if token is None or token.lemma_ != "be":
        return ""
    return "present" if token.tag_ in ("VBZ", "VBP") else "past" if token.tag_ == "VBD" else ""


def _folded(name: str) -> str:
    """A name without case, accents and modifier letters ("Pogačar" = "Pogacar", "Hawaiʻi" = "Hawaii")."""
    return "".join(
        c
        for c in unicodedata.normalize("NFKD", name)
        if not unicodedata.combining(c) and unicodedata.category(c) != "Lm"
    ).lower()


def _lemmas_and_forms(tokens: Any) -> set[str]:
    """The lemmas and lower-cased forms of parsed tokens, as a relation or a noun is compared with them."""
    return {w for t in tokens for w in (t.lemma_.lower(), t.lower_)}


def _token_at(s: _Sentence, start: int) -> Any:
    """The parsed token that starts at article offset `start`, if one does."""
    return next((t for t in parse(s.text) if s.start + t.idx == start), None)


def _governing_verb(token: Any) -> Any:
    """The nearest verb at or above `token` in its parse (the root when none is)."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


def _verb(token: Any) -> bool:
    """A verb, or a word the small parser tags a noun though an auxiliary "do" governs it (question.takes_do)."""
    return token.pos_ == "VERB" or (token.pos_ == "NOUN" and takes_do(token))


def _first_conjunct(token: Any) -> Any:
    """The first of the words `token` is joined to by "and" ("Jack Warner" -> "Jeffrey Webb"), or itself."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _says_related(analysis: Analysis, s: _Sentence) -> bool:
    """The sentence says the question's relation, by a word's lemma or its form."""
    return any(_related(r, s.lemmas | s.words) for r in analysis.relation)


def _says_relation(analysis: Analysis, verb: Any) -> bool:
    """The token is a verb that says the question's relation ("won" for "win"); not a compound agent noun the
    small parser tags a verb ("screenwriter J. F. Lawton")."""
    lemma = verb.lemma_.lower()
    return _verb(verb) and any(_related(r, {lemma}) and not _compounded(r, lemma) for r in analysis.relation)


def _entity_text(chunk: Chunk, start: int, end: int) -> str:
    """An entity's words, without the article before it, a possessive after it, an aside its span ran into or the
    brackets a wire sets a name in ("<Gulfex Inc>")."""
    text = chunk.text[start - chunk.start : end - chunk.start].strip(" ,.;:'\"()<>[]")
    text = re.sub(r"\s*\([^)]*$", "", text)  # a name's span ran into an aside: "Tadej Pogačar (UAE Team"
    text = re.sub(r"^(the|a|an)\s+", "", text, flags=re.I)
    return _POSSESSIVE.sub("", text)


def _tokens_span(s: _Sentence, tokens: list[Any]) -> tuple[int, int]:
    """The article span of a run of the sentence's parsed tokens."""
    return s.start + tokens[0].idx, s.start + tokens[-1].idx + len(tokens[-1].text)


def _key(text: str) -> str:
    """Answers compared by their words ("Tadej Pogačar" = "Pogačar"'s full form counts apart; case ignored)."""
    return " ".join(_words(text))
