"""Whether a sentence meets the question: its names, years and relation in the sentence or its paragraph, and none
of the signs that it speaks of another thing (another year, role, holder, part, work or gender)."""

from __future__ import annotations

import datetime
import re
from functools import lru_cache
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from assistant.candidates.asked import _OFFICES, _VERSION, TIMES, _asked
from assistant.candidates.constructions import _construed
from assistant.candidates.sentences import (
    _CARDINALS,
    _LEADERS,
    _LEADING,
    _LEGAL_FORMS,
    _NUMBER_FORMS,
    _ORDINALS,
    _PLANNED,
    _POSSESSIVE,
    _ROLE_VERBS,
    _acted_on,
    _called,
    _compounded,
    _derived,
    _entity_text,
    _first_conjunct,
    _folded,
    _governing_verb,
    _has,
    _initialled,
    _located,
    _modifying,
    _name_head,
    _named,
    _negated,
    _noun_phrase,
    _numerals,
    _phrase,
    _related,
    _says,
    _says_related,
    _says_relation,
    _Sentence,
    _stated,
    _tense_of_be,
    _token_at,
    _words,
)
from assistant.question import (
    AUXILIARIES,
    PLANS,
    ROLE_NOUNS,
    TYPE_WORDS,
    WORK_NOUNS,
    noun_kind,
    particle,
)
from index.annotate import parse
from index.text import MONTHS, STOP_WORDS
from index.text import YEAR as _YEAR
from index.text import YEAR_IN as _YEAR_IN
from index.text import date_line as _dated
from index.text import month_day as _day

if TYPE_CHECKING:
    from assistant.question import Analysis

_WEEKDAY = re.compile(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)
# A past copula, the regex precheck before a sentence is parsed for a role held once ("was the CEO").
_PAST_COPULA = re.compile(r"\b(was|were)\b", re.I)
# Closed class: words that put a role or title in another time or rank than the one asked about.
_MODIFIERS = TIMES | frozenset("vice deputy acting interim".split())
# Closed class: seasons, each of which names another event of a series ("the winter Olympic Games" are not the
# Summer ones).
_SEASONS = frozenset("summer winter spring autumn".split())
# Of those, the ones that put the role in the past: a question asked in the past tense ("Who was the president of
# FIFA when ...?") is answered by a former holder.
_PAST_MODIFIERS = frozenset("former ex late outgoing".split())
# Closed class: words that date the holder of an office, not which office it is ("the current president").
_TIMED = _MODIFIERS | frozenset("current present incumbent new sitting then".split())
# Of those, the ones that make a work another of its series ("the next Avengers movie").
_NEXT = frozenset("next future".split())
# ... of which these stand alone: "the sequel" is another work whatever follows it.
_OTHER_WORK = frozenset({"sequel"})
# Closed class: the determiners that point back to what the article names ("the game", "its release").
_BACK = frozenset("the this his her its their".split())
# The ordinal words, "first" to "twentieth".
_ORDINAL_WORDS = frozenset(_ORDINALS[1:])
# Closed class: the words that place a part in its whole by position, as a number does ("the final stage of").
_POSITIONS = frozenset(["last", "final", "opening", "closing"]) | _ORDINAL_WORDS
# A numbered part of a whole: "stage 13 of", "Game 7 of", "the final stage of".
_PART_OF = re.compile(rf"\b[A-Za-z]+\s+(\d+|[IVX]+)\s+of\b|\b({'|'.join(sorted(_POSITIONS))})\s+[a-z]+\s+of\b", re.I)
# Closed classes: the words that say a category is women's or men's, and the pronouns that say the same of a person.
_FEMALE = (
    frozenset("women woman ladies lady girls girl female womens".split()),
    frozenset("she her hers herself".split()),
)
_MALE = (frozenset("men man boys boy male mens gentlemen".split()), frozenset("he him his himself".split()))
_Gender = tuple[frozenset[str], frozenset[str]]  # its qualifiers, its pronouns
# What may join a name's words in a text ("Spider Man" is written "Spider-Man").
_ANY_SPACING = r"\W+"
_PRIZES = frozenset("award awards prize trophy medal cup ball".split())  # the head nouns that name an honour
_DIGITS = r"\d[\d,]*(?:\.\d+)?"  # "11", "9,145", "1.9"
_BARE_FIGURE = re.compile(rf"({_DIGITS})\.?")
_AFTER_A_FIGURE = re.compile(rf"(?:^|[.;·]\s){_DIGITS}\.\s*$")
# Verbs that say where an event or an organisation is: for them "the 2004 Olympic Games, held in Athens" and "the Games in Athens"
# state who hosted.
_LOCATIVE_VERBS = frozenset("host hold stage locate base headquarter".split())
# Verbs of occurring (and "take place"): any says when or where an event was held, played, staged or ran.
_OCCURRING = frozenset("hold play stage occur happen run".split())
# ... and hosting, which an event's occurring somewhere says ("the match was played at" the stadium that hosted it).
_HOSTED = _OCCURRING | {"host"}
# A record's fields as web snippets flatten them ("Director. Justin Kurzel ; Screenwriters. Bill Collage"): the
# separator between fields, and a bare key of one to three words that ends a sentence as its own field.
_FIELD_SEPARATOR = re.compile(r"\s[;|]\s")
_TRAILING_KEY = re.compile(r"\s[;|]\s+([A-Z][\w'’-]*(?:\s[\w'’-]+){0,2})\.$")
# What a verb says of its subject: its objects, complements and the clauses it governs.
_COMPLEMENTS = frozenset("dobj ccomp xcomp attr acomp advcl agent dative oprd parataxis conj".split())


def _leads_another(analysis: Analysis, s: _Sentence) -> bool:
    """For who leads a body the question names by a common noun ("Who led the commandos who stormed ...?"), a
    sentence that says leading only by a leader's title before a name, without that noun ("the residence of
    President Jean Bertrand Aristide"): the title says whom it heads where it says what ("party leader Kim
    Beazley"). Parsed only then."""
    if not set(analysis.relation) & _LEADING or not s.lemmas & _LEADERS or s.lemmas & (_LEADING - _LEADERS):
        return False
    asked = _asked(analysis)
    led = asked.made - asked.identified - asked.kind_nouns  # not what it asks for ("What company does X run?")
    return bool(led) and not led & s.lemmas and _only_as_titles(s, _LEADERS)


def _denies(analysis: Analysis, s: _Sentence) -> bool:
    """The sentence says the relation only as not happening ("no Nobel Prize will be awarded", "he did not win"):
    its verb negated, or its subject "no ..." or "nobody", or only planned once. Parsed here, on the sentences
    that meet the question."""
    if not analysis.relation or not any(_related(r, s.lemmas) for r in analysis.relation):
        return False
    if _asked(analysis).negated:
        return False  # "Who did not win ...?" is answered by a sentence that says so
    verbs = [t for t in parse(s.text) if _says_relation(analysis, t)]
    planned = not PLANS & {*analysis.relation, *analysis.terms}
    return bool(verbs) and all(_negated(v) or (planned and _planned_before(v)) for v in verbs)


def _planned_before(verb: Any) -> bool:
    """The verb is what a past plan was ("was originally scheduled to be held at Barclays Center"), which may not
    have happened as planned: for a question that asks what happened, not what was planned."""
    plan = verb.head
    past = plan.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in plan.children)
    return verb.dep_ == "xcomp" and plan.lemma_.lower() in _PLANNED and past


def _cut_at_verb(s: _Sentence) -> bool:
    """A snippet cut off right after its main verb, which has no object or clause of its own ("In 2019, Federer has
    ...", "Mark Cavendish wins ..."), does not say what its subject has or won; "..., Biden said ..." and "While
    Meta bought Instagram as the company was ..." do say something."""
    if not s.text.rstrip().endswith(("...", "…")):
        return False
    words = [t for t in parse(s.text) if not t.is_punct]
    verb = words[-1] if words else None
    if verb is None or verb.dep_ != "ROOT" or verb.pos_ not in ("VERB", "AUX"):
        return False
    return not any(c.dep_ in _COMPLEMENTS for c in verb.children)


def _narrowed_role(analysis: Analysis, s: _Sentence) -> bool:
    """The sentence names the role the question asks about ("Who is the director of X?"), or the one its verb
    gives ("founder" for "Who founded X?"), only as another one: narrowed by a noun the question lacks ("video
    director") or held of something the question does not name ("a director of music videos", "founder and CEO
    of Illumination")."""
    roles = set(analysis.relation) & ROLE_NOUNS
    verbs = set(analysis.relation) - ROLE_NOUNS
    holders = {w for w in s.lemmas if w not in verbs and any(_derived(v, w) for v in verbs)}  # "founder": "found"
    holders |= {w for w in s.lemmas & ROLE_NOUNS if _ROLE_VERBS.get(w) in verbs}  # "champion": "win"
    if not (roles | holders) & s.lemmas:
        return False
    doc = parse(s.text)
    if not roles & s.lemmas and any(_says_relation(analysis, t) for t in doc):
        return False  # the verb itself says it ("founded"), whoever else the sentence calls a founder
    said = [t for t in doc if t.lemma_.lower() in roles | holders and t.pos_ in ("NOUN", "PROPN")]
    return bool(said) and not any(_own_role(t, _asked(analysis).words) for t in said)


def _own_role(role: Any, asked: frozenset[str]) -> bool:
    if role.dep_ == "poss" and role.i + 1 < len(role.doc) and role.nbor().tag_ == "POS":
        # "The Director's Cut", "the president's office": a thing of the role, not its holder; not when the
        # parser hangs a later name's "'s" on the role ("Director of Boston's Logan International Airport Tom ...")
        return False
    if role.head.lower_ == "for" and role.dep_ == "pobj":
        return False  # "won an Oscar for best director": what an award is for, not who holds the role
    works = WORK_NOUNS & asked
    if works and any(c.dep_ == "poss" and c.lemma_.lower() in WORK_NOUNS - works for c in role.children):
        return False  # "the movie's legendary director" for the musical's: the role of another work
    first = role.i
    while first >= 2 and role.doc[first - 1].text == "-" and not role.doc[first - 2].whitespace_:
        first -= 2  # "co-founder": a prefix of the role's own word, which the tokenizer splits off
    before = role.doc[first - 1] if first else None
    if before is not None and before.tag_ in ("NN", "NNS") and before.lower_ not in asked | TYPE_WORDS:
        return False
    # "founder and CEO of Illumination": the parser hangs the shared phrase on the first of the conjoined roles.
    shared = [t for t in role.head.rights if t.i > role.i] if role.dep_ == "conj" else []
    for prep in [*role.rights, *shared]:
        if prep.lower_ in ("of", "for", "at") and not _when(prep):
            said_of = [t for obj in prep.children for t in _noun_phrase(obj) if not (t.is_stop or t.is_punct)]
            if WORK_NOUNS & asked and any(
                o.dep_ == "pobj" and o.pos_ == "PROPN" and o.lower_.rstrip(".") not in asked for o in prep.children
            ):
                return False  # "creative director of Assassin's Creed Syndicate": a longer title is another work
            return (
                not said_of
                or any(t.lower_ in asked or t.lemma_.lower() in asked for t in said_of)
                or any(map(_described_again, prep.children))
            )
    return True


def _described_again(noun: Any) -> bool:
    """A definite description of a kind ("CEO of the company Jobs co-founded"): news names an organisation once,
    then by its kind, so it is the one the question names, not another."""
    definite = any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "its", "their") for c in noun.children)
    return definite and noun_kind(noun.lemma_.lower()) in ("organisation", "place", "title")


def _when(prep: Any) -> bool:
    """The phrase says when or how often, not of what ("champion for the first time", "coach for 2019")."""
    said = [t for obj in prep.children for t in _noun_phrase(obj)]
    return any(t.ent_type_ in ("DATE", "TIME", "ORDINAL") or t.lemma_.lower() == "time" for t in said)


def _continues(analysis: Analysis, s: _Sentence, words: set[str], article: set[str]) -> bool:
    """The paragraph's `words` name nothing of a name the question has, its `article` names it, and the subject
    of the sentence's verb that says the relation points back ("The match was played at ...", "It will take place
    ..."): the sentence continues its article's subject. A person ("she") or a role ("the director") is not it."""
    missing = _unsaid(analysis, words, article)
    if not missing:
        return False
    if not any(_related(r, s.lemmas) for r in analysis.relation) and not _occurs(analysis, s.lemmas):
        return False  # no word of the relation, so no verb of it: spare the parse

    def related(verb: Any) -> bool:
        said = [c for c in verb.children if c.dep_ == "dobj" or (verb.lemma_ == "be" and c.dep_ == "nsubj")]
        lemmas = {verb.lemma_.lower()} | {t.lemma_.lower() for c in said for t in c.subtree}  # "His base salary was"
        return any(_related(r, lemmas) for r in analysis.relation) or _occurs(analysis, lemmas)

    def points_back(t: Any) -> bool:
        if t.lower_ in ("it", "they"):
            return True
        # The noun phrase opens with "the" or a possessive pronoun, wherever the parser hung it ("The season 11
        # trilogy": "The" on "season"): a definite description, or one owned by whom the article names.
        opener = t
        while opener.i > 0 and opener.nbor(-1).pos_ in ("NOUN", "NUM", "ADJ", "DET") and opener.lower_ not in _BACK:
            opener = opener.nbor(-1)
        definite = opener.lower_ in _BACK or any(c.dep_ in ("det", "poss") and c.lower_ in _BACK for c in t.children)
        return definite and t.pos_ == "NOUN" and t.lemma_.lower() not in ROLE_NOUNS

    return any(
        t.dep_ in ("nsubj", "nsubjpass")
        and t.head.pos_ in ("VERB", "AUX")
        and points_back(t)
        and _says(t.head, related)
        for t in parse(s.text)
    )


def _anchored(
    analysis: Analysis, s: _Sentence, words: set[str], article: set[str], people: frozenset[str] = frozenset()
) -> bool:
    """The sentence names a person the question names, and its article names the question's other names that
    its paragraph leaves out ("Emma Stone plays Mia" for "Who plays Mia in La La Land?"; "Robyn M. Denholm has
    served as a director since August 2014" for "... a director of Tesla?"). A person's name holds the sentence to
    the question; a work or a company the snippet leaves unsaid is the article's context. A name that takes an
    article ("win an Oscar") is a thing, and one that owns a proper noun ("Assassin's Creed") is part of a title,
    not a person. The question's small tagger may miss a person that the passages tag one (`people`, folded):
    "Tadej Pogačar", an organisation in the question."""
    if not _left_to_article(analysis, words, article):
        return False
    asked = _people_asked(analysis.text)
    return any((n in asked or _folded(n) in people) and _called(n, s.words, s.text) for n in analysis.names)


# A person said by a pronoun of the third person singular.
_PRONOUN = re.compile(r"\b(he|she|him|her|his)\b", re.I)


def _spoken_of(analysis: Analysis, s: _Sentence, sentences: list[_Sentence], people: frozenset[str]) -> bool:
    """The sentence speaks of a person by a pronoun ("He spoke eight languages", "In 1885, he told his boss") before
    it names anyone, and the last person the sentences before it in its passage name is one the question asks of
    ("Tesla was a brilliant man."): a pronoun stands for the nearest person named before it."""
    pronoun = _PRONOUN.search(s.text)
    if pronoun is None or any(
        label == "PERSON" and s.start <= a < s.start + pronoun.start() for a, _, label in s.chunk.entities
    ):
        return False
    asked = _people_asked(analysis.text)
    missing = [
        n
        for n in analysis.names
        if (n in asked or _folded(n) in people or _person_shaped(n)) and not _called(n, s.words, s.text)
    ]
    if not missing:
        return False
    before = [x for x in sentences if x.chunk.doc_id == s.chunk.doc_id and x.end <= s.start]
    for x in sorted(before, key=attrgetter("start"), reverse=True):
        mentions = [(a, _entity_text(x.chunk, a, b)) for a, b, label in x.chunk.entities if label == "PERSON"]
        mentions += [
            (x.start + m.start(), m.group())
            for n in missing
            for m in re.finditer(rf"\b{re.escape(n.split()[-1])}\b", x.text)
        ]
        said = [(a, name) for a, name in mentions if x.start <= a < x.end]
        if said:
            last = max(said)[1]
            return any(_called(n, set(_words(last)), last) for n in missing)
    return False


def _person_shaped(name: str) -> bool:
    """Two or three capitalised words: the small tagger misses many a person in a question ("Nikola Tesla")."""
    words = name.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words)


def _elided(analysis: Analysis, s: _Sentence, words: set[str], article: set[str]) -> bool:
    """The paragraph's `words` leave out a name its `article` gives, and the sentence says, as a noun, the noun
    that name modifies in the question ("Croatia made it to their first ever final" for "their first ever World
    Cup final", "The season 11 trilogy ... part two launched on" for "The Walking Dead season 11", "as Chair since
    November 2018" for "the Chair of Tesla"): news drops a modifier its context has given, and keeps the noun.
    Not for a name of function words alone ("The Last of Us"), which no paragraph can be checked against."""
    missing = _unsaid(analysis, words, article)
    if not missing or not all(set(_words(n)) - STOP_WORDS for n in missing):
        return False
    heads = _modified(analysis.text, tuple(missing), tuple(analysis.names))
    if len(heads) != len(missing) or not all(h in s.lemmas or h in s.words for h in heads):
        return False
    doc = parse(s.text)
    said = [[t for t in doc if t.lemma_.lower() == h] for h in heads]
    return all(any(map(_nominal, ts)) and not any(map(_named_by_other, ts)) for ts in said)


def _described(analysis: Analysis, s: _Sentence, words: set[str], article: set[str]) -> bool:
    """The paragraph's `words` leave out a name of two words or more that its `article` gives, and the sentence
    speaks of it by its head noun after "the" ("dikes around the lake" for Dongting Lake): news names a thing in
    full once, then by a definite description of its kind. Not when another name fills the noun's slot for one
    ("the Poyang Lake"). Only "the": a possessive or the phrase-opener walk of _continues' subjects read more
    here and answered what test_an_episodes_release_is_not_the_season_premiere declines."""
    names = [_words(n) for n in _left_to_article(analysis, words, article)]
    heads = [ws[-1] for ws in names if len(ws) > 1]
    if not names or len(heads) != len(names) or not all(h in s.words and h not in STOP_WORDS for h in heads):
        return False
    doc = parse(s.text)
    return all(
        any(
            t.lower_ == h and not _named_by_other(t) and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
            for t in doc
        )
        for h in heads
    )


def _nominal(token: Any) -> bool:
    """A noun, or an adjective the parser reads as one ("their first ever final")."""
    return token.pos_ in ("NOUN", "PROPN") or token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "attr")


def _named_by_other(token: Any) -> bool:
    """A proper noun modifies `token`: its slot for the name is filled by another name ("The Walking Dead season
    11" for "The Last of Us season 2"), not left empty ("The CD")."""
    before = token.nbor(-1) if token.i > 0 else None
    named = any(c.dep_ in ("compound", "poss", "nmod") and c.pos_ == "PROPN" for c in token.children)
    return named or (before is not None and before.pos_ == "PROPN")


@lru_cache(maxsize=512)
def _modified(question: str, missing: tuple[str, ...], names: tuple[str, ...]) -> tuple[str, ...]:
    """The noun each `missing` name modifies in the question, as a lemma: the word after it ("final" in "World
    Cup final", "season" in "The Walking Dead season 11"), or the noun before its "of" ("Chair" in "the Chair of
    Tesla"). Read by position, since the small parser misreads
    title-cased questions. Not the word after a name that is itself possessed ("US Open women's singles title":
    the noun is further on), a word of another of the question's `names` ("National Teacher of the Year"), or the
    verb after an inverted subject ("did Donald Trump win")."""
    doc = parse(question)
    taken = {w for n in names for w in _words(n)}
    content = lambda t: t.is_alpha and t.lower_ not in STOP_WORDS | taken and t.pos_ in ("NOUN", "PROPN", "ADJ")  # noqa: E731
    heads = []
    for name in missing:
        said = _words(name)
        span = next((i for i in range(len(doc)) if _words(doc[i].text) == said[:1]), None)
        end = next((j for j in range(span or 0, len(doc)) if _words(doc[j].text) == said[-1:]), None)
        if span is None or end is None:
            continue
        after = doc[end + 1] if end + 1 < len(doc) else None
        before = [t for t in doc[max(0, span - 4) : span] if t.pos_ != "DET" and not t.like_num]
        inverted = bool(before) and before[-1].lower_ in AUXILIARIES  # "did Donald Trump win": the verb follows
        possessed = after is not None and after.i + 1 < len(doc) and after.nbor().tag_ == "POS"
        # After "do", the word that ends the question is its verb, whatever the tagger says ("How much does a set
        # of iRings cost?"): the name modifies the noun before its "of".
        verb = after is not None and after.i == len(doc) - 2 and any(t.lemma_ == "do" for t in doc[:span])
        if after is not None and content(after) and not possessed and not inverted and not verb:
            heads.append(after.lemma_.lower())
        elif len(before) >= 2 and before[-1].lower_ == "of" and content(before[-2]):
            heads.append(before[-2].lemma_.lower())
    return tuple(heads)


# Closed class: a company's designators, its legal form or the word for a group of companies, which news drops.
_DESIGNATORS = _LEGAL_FORMS | frozenset("company holding holdings group".split())


def _headless(analysis: Analysis, name: str, words: set[str], text: str) -> bool:
    """A name the question writes as one compound of three words or more ("NBA Draft Combine", "West Texas Sour")
    without its last word, its head, among the paragraph's `words`: what is left names the thing the head belongs
    to ("the NBA draft"), not the asked one. Not a name with a preposition or a subtitle ("Nobel
    Prize in Literature", whose head is not last), nor one the sentence `text` gives by its initials ("EDS"), nor a
    company's designator, which news drops ("Union Faith" for Union Faith Canada Holding)."""
    head = _compound_head(analysis.text, name)
    return bool(head) and not _has(head, words, True) and not _initialled(name, text)


@lru_cache(maxsize=512)
def _compound_head(question: str, name: str) -> str:
    """The head of `name` when `question` writes it as one compound of three words or more, numbers aside, and it
    is no designator (_headless); else none. Read once per question and name, not once per sentence."""
    numerals = _numerals(name)
    parts = [w.lower() for w in name.split() if w.lower() not in numerals and not any(c.isdigit() for c in w)]
    compound = re.search(r"\b" + r" ".join(map(re.escape, name.split())) + r"\b", question)
    return parts[-1] if len(parts) >= 3 and compound is not None and parts[-1] not in _DESIGNATORS else ""


def _unsaid(analysis: Analysis, words: set[str], article: set[str]) -> list[str]:
    """The question's names that the paragraph's `words` leave out, not one word of them said ("Super Bowl LVII"
    names another LV), when its `article` names them all; else none."""
    missing = _left_to_article(analysis, words, article)
    return [] if any(w in words for n in missing for w in _words(n) if w not in STOP_WORDS) else missing


def _left_to_article(analysis: Analysis, words: set[str], article: set[str]) -> list[str]:
    """The question's names the paragraph's `words` leave out, when its `article` names them all; else none."""
    missing = [n for n in analysis.names if not _named(n, words)]
    return missing if all(_named(n, article) for n in missing) else []


@lru_cache(maxsize=512)
def _people_asked(question: str) -> frozenset[str]:
    """The persons a question names, read once per question, not once per sentence."""
    doc = parse(question)
    return frozenset(_POSSESSIVE.sub("", e.text) for e in doc.ents if e.label_ == "PERSON" and _a_person(e))


def _a_person(name: Any) -> bool:
    """A name the tagger labels a person that no article ("an Oscar") or possessed proper noun ("Assassin's
    Creed") shows to be a thing."""
    determined = name.start > 0 and name.doc[name.start - 1].pos_ == "DET"
    return not determined and not (name.root.dep_ == "poss" and name.root.head.pos_ == "PROPN")


def _meets(analysis: Analysis, s: _Sentence, window: list[_Sentence], words: set[str]) -> bool:
    """Names and years anywhere in the paragraph's `words` (with the title); the relation in the sentence or
    beside it."""
    if _narrowed_role(analysis, s) or _without_particle(analysis, s):
        return False  # "will be coming to PC" does not say when it "came out"
    # A figure is said by its own clause: "Nadal has won 22 Grand Slam ..." beside "finished ... five times"; so is
    # a plan: "The draft was held on November 18" beside "was originally scheduled ... on June 25".
    beside = [s] if analysis.kind == "number" or PLANS & set(analysis.relation) else window
    if (label := _counted(analysis, s, window)) is not None:
        beside = [s, label]  # "11. Goals.": a counted figure's label is its clause
    lent = [x for x in beside if x is s or not (_narrowed_role(analysis, x) or _lends_to_another(analysis, x, s))]
    lemmas = set().union(*(x.lemmas | x.words for x in lent))
    if not all(
        (_called(n, words, s.text) or _named(lemma, words)) and not _headless(analysis, n, words, s.text)
        for n, lemma in zip(analysis.names, analysis.name_lemmas, strict=True)
    ):
        return False  # "The 2021 NBA draft was held on July 29" does not date the 2021 NBA Draft Combine
    if not all(_stated(y, words) or _numbered(analysis, y, s) for y in analysis.years):
        return False
    asked_years = {y for y in analysis.years if _YEAR.match(y)}
    if asked_years and (set(filter(_YEAR.match, s.words)) - asked_years) and not asked_years & s.words:
        return False  # the sentence dates itself to another year
    if _other_role(analysis, s) or _former_holder(analysis, s) or _rank_unsaid(analysis, s):
        return False  # "the former president" is not "the president", "the leader" not "the deputy leader"
    if _dated_beside(analysis, s, window):
        return False  # "Date: Nov. 18, 2020." beside "... negotiations will begin Friday": the beginning's own day
    if _dates_a_title(analysis, s):
        return False  # "Apple CEO Tim Cook received ... in fiscal 2021" dates the pay, not the office
    asked_season = _SEASONS & _asked(analysis).words
    if asked_season and (_SEASONS & s.words) - asked_season and not asked_season & s.words:
        return False  # "The winter Olympic Games were first held in 1924" for the Summer Games
    if _other_gender(analysis, words) or _names_another(analysis, s):
        return False  # "Djokovic ... he won't give up" for the women's No 1; "the Florida Republican Party"'s chair
    if _VERSION.search(s.text) and not _asked(analysis).versioned:
        return False  # "2.0.0 (Released September 13, 2018)": a numbered version the question does not ask about
    if _numbered_part(analysis, s) or _done_by_a_kind(analysis, s):
        return False  # "wins stage 13 of the Tour de France": not who won the Tour; "ships which spill oil": no ship
    if _counted_not_numbered(analysis, s) or _another_ordinal(analysis, s):
        return False  # "After 21 frantic stages ..." for who won stage 21; "the first Test" for the third
    if _other_theme(analysis, s) or _subtitled(analysis, s) or _without_subtitle(analysis, s):
        return False  # "OpenAI released GPT-3 in June 2020, in contrast to GPT-2" does not date GPT-2
    return (
        not analysis.relation
        or any(_related(r, lemmas) for r in analysis.relation)
        or _locates(analysis, s)
        or _construed(analysis, s, lemmas)
        or _occurs(analysis, lemmas)
        or _counts_by_name(analysis, s)
        or _prize_field(analysis, s)
    )


def _names_another(analysis: Analysis, s: _Sentence) -> bool:
    """The sentence names another of the kind an asked name of two words or more names, and not the asked one: a
    name with its head noun and a word of its own where the asked one has another ("the Florida Republican Party"
    for the Texas Republican Party, "the Home Builders Association of Tuscaloosa" for that of Alabama). A name's
    modifier picks one of its kind, so two of its three words ("Republican Party") are no longer the asked one."""
    tagged = [_entity_text(s.chunk, a, b) for a, b, _ in s.chunk.entities if s.start <= a < s.end]
    for name in analysis.names:
        asked = set(_words(name)) - STOP_WORDS
        if len(asked) < 2 or name.lower() in s.text.lower():
            continue
        first, last = name.split()[0], name.split()[-1]
        said = re.search(rf"{re.escape(first)}.*{re.escape(last)}", analysis.text, re.I)  # with its "of"
        head = _head(said.group() if said else name)
        for other in tagged:
            own = set(_words(other)) - STOP_WORDS
            if _head(other) == head and asked - own and own - asked:
                return True
    return False


def _head(name: str) -> str:
    """A name's head noun: its last word, or the one before "of" ("Association" in "Home Builders Association of
    Alabama")."""
    words = _words(name)
    return words[words.index("of") - 1] if "of" in words[1:] else words[-1] if words else ""


def _prize_field(analysis: Analysis, s: _Sentence) -> bool:
    """For who won a prize: a field keyed by the prize ("Doak Walker Award for best running back: Bryce Love,
    Stanford."), as a list of a season's winners reads. A prize is named by its head noun (a closed class)."""
    key, colon, _ = s.text.partition(": ")
    if not colon or analysis.kind not in ("person", "organisation"):
        return False
    if not any(_related(r, {"win"}) for r in analysis.relation):
        return False
    prizes = [n for n in analysis.names if _words(n)[-1:] and _words(n)[-1] in _PRIZES]
    return any(_named(n, set(_words(key))) for n in prizes)


def _numbered(analysis: Analysis, ordinal: str, s: _Sentence) -> bool:
    """An ordinal the question asks ("the fourth season", "ranked first") said by its numeral where a numeral
    numbers: after the noun the ordinal modifies ("Season 4") or after "No." ("No.1", "No. 1 pick")."""
    number = _ORDINALS.index(ordinal.lower()) if ordinal.lower() in _ORDINALS[1:] else 0
    if not number or str(number) not in s.words:
        return False
    nouns = "|".join(re.escape(n) for n in _ordered(analysis.text, ordinal.lower()))
    numbering = rf"\b(?:No\.?|Number|#)\s?{number}\b" + (rf"|\b(?:{nouns})s?\s+{number}\b" if nouns else "")
    return bool(re.search(numbering, s.text, re.I))


@lru_cache(maxsize=256)
def _ordered(question: str, ordinal: str) -> tuple[str, ...]:
    """The nouns an ordinal modifies in the question ("season" in "the fourth season of The Crown")."""
    return tuple(t.head.lower_ for t in parse(question) if t.lower_ == ordinal and t.head.pos_ == "NOUN")


def _without_particle(analysis: Analysis, s: _Sentence) -> bool:
    """The question's verb takes a particle ("come out", "break out") and the sentence says that verb without it:
    a phrasal verb means other than its verb alone. Parsed only when the sentence has the verb."""
    relation = analysis.relation[0] if analysis.relation else ""
    if relation not in s.lemmas or not (taken := particle(parse(analysis.text), relation)):
        return False
    verbs = [t for t in parse(s.text) if t.lemma_.lower() == relation]
    return bool(verbs) and not any(c.dep_ == "prt" and c.lower_ == taken for t in verbs for c in t.children)


def _counts_by_name(analysis: Analysis, s: _Sentence) -> bool:
    """ "How many Grand Slam titles ...?": a figure before the name that qualifies the counted noun counts it ("has
    won 22 Grand Slam ...", "22 Grand Slams"), the noun left out."""
    if analysis.kind != "number" or len(analysis.relation) != 1:
        return False
    counted = re.escape(analysis.relation[0])
    return any(
        re.search(rf"\b{re.escape(n)}\s+{counted}", analysis.text, re.I)
        and re.search(rf"(?<![\w.,])(\d[\d,]*|{'|'.join(_CARDINALS[2:])})\s+{re.escape(n)}\b", s.text, re.I)
        for n in analysis.names
    )


def _occurs(analysis: Analysis, lemmas: set[str]) -> bool:
    """When or where an event was held, played or staged: any verb of occurring says it ("It will take place at").
    So it does for a question with no verb ("What was the date of the final?"): an event's date is when it occurs;
    and for one that asks who hosted it ("Which stadium hosted the final?" when "the match was played at")."""
    if analysis.kind not in ("date", "place") or (analysis.relation and not {*analysis.relation} & _HOSTED):
        return False
    return bool(_OCCURRING & lemmas) or {"take", "place"} <= lemmas


def _counted_not_numbered(analysis: Analysis, s: _Sentence) -> bool:
    """The question numbers a thing ("stage 21", a number after its noun) and the sentence gives that number only
    as a count of such things ("21 frantic stages")."""
    for number in analysis.years:
        noun = re.search(rf"\b([a-z]+)\s+{re.escape(number)}\b", analysis.text)
        if not noun or noun.group(1) in STOP_WORDS:
            continue
        counted = re.search(rf"\b{re.escape(number)}\s+(?:[a-z-]+\s+)?{noun.group(1)}s\b", s.text, re.I)
        if counted and not re.search(rf"\b{noun.group(1)}\s+{re.escape(number)}\b", s.text, re.I):
            return True
    return False


def _another_ordinal(analysis: Analysis, s: _Sentence) -> bool:
    """The question picks one of a series by an ordinal ("the third Test") and the sentence says that noun only
    with another ("the first Test against South Africa"): an ordinal tells instances of one noun apart, so the
    sentence is of another. Parsed only when the sentence has another ordinal and not the asked one."""
    for ordinal in (y.lower() for y in analysis.years if y.lower() in _ORDINAL_WORDS):
        others = s.words & _ORDINAL_WORDS - {ordinal}
        if ordinal in s.words or not others or _numbered(analysis, ordinal, s):
            continue
        nouns = set(_ordered(analysis.text, ordinal))
        if any(t.lower_ in others and t.head.lower_ in nouns for t in parse(s.text)):
            return True
    return False


def _done_by_a_kind(analysis: Analysis, s: _Sentence) -> bool:
    """For who or which did the asked verb: each clause of the sentence that says the verb says it of a bare plural
    ("tougher penalties for ships which spill oil"), a kind and not one of it, so the sentence names no doer. A
    plural with a determiner, a number, a possessor or a name of its own ("the two ships", "Smith's rivals")
    is some of them. Parsed only when the sentence has the verb."""
    if not _asked(analysis).doer or not _says_related(analysis, s):
        return False
    verbs = [t for t in parse(s.text) if _says_relation(analysis, t)]
    subjects = [next((c for c in v.children if c.dep_ == "nsubj"), None) for v in verbs]
    # a relative pronoun stands for the noun its clause modifies ("ships which spill oil")
    doers = [
        v.head if c is not None and c.tag_ in ("WDT", "WP") and v.dep_ == "relcl" else c
        for v, c in zip(verbs, subjects, strict=True)
    ]
    return bool(verbs) and all(d is not None and _bare_plural(d) for d in doers)


def _bare_plural(noun: Any) -> bool:
    """A plural common noun with no determiner, number, possessor, name or apposition: said of a kind."""
    said = ("det", "nummod", "poss", "appos")
    return noun.tag_ == "NNS" and not any(c.dep_ in said or c.pos_ == "PROPN" for c in noun.children)


def _numbered_part(analysis: Analysis, s: _Sentence) -> bool:
    """The sentence names the question's thing only as the whole a numbered part belongs to ("stage 13 of the
    Tour de France", "Game 7 of the NBA Finals"), a number the question does not give; unless a relative clause
    says the relation of the thing itself ("The fourth season of The Crown, which follows the life of ..."). Parsed
    here, on the sentences that meet the question."""
    asked = _asked(analysis)
    if not _PART_OF.search(s.text) or not asked.named & s.words or _says_asked_part(analysis, s):
        return False
    mentions = [t for t in parse(s.text) if t.lower_ in asked.named]
    described = any(c.dep_ == "relcl" and _says_relation(analysis, c) for t in mentions for c in t.children)
    return bool(mentions) and not described and all(_part_of(t, asked.words) for t in mentions)


def _says_asked_part(analysis: Analysis, s: _Sentence) -> bool:
    """The question asks of a numbered part ("Who won stage 21 of the 2021 Tour de France?") and the sentence
    numbers that part itself ("sprinted to the prestigious stage 21 victory ... to win the final stage of the 2021
    Tour de France"): the whole it also names another way is the asked part's."""
    part = _asked_part(analysis.text)
    return part is not None and part.search(s.text) is not None


@lru_cache(maxsize=256)
def _asked_part(question: str) -> re.Pattern[str] | None:
    """The numbered part a question asks of ("stage 21"), as a pattern, read once per question."""
    asked = _PART_OF.search(question)
    if asked is None or asked.group(1) is None:
        return None
    part = asked.group(0).rsplit(None, 1)[0]  # "stage 21"
    return re.compile(r"\b" + r"\s+".join(map(re.escape, part.split())) + r"\b", re.I)


def _other_theme(analysis: Analysis, s: _Sentence) -> bool:
    """The question's verb acts on a name ("When was GPT-2 released?") and each of the sentence's verbs that say
    the relation acts on another name ("OpenAI released GPT-3 ..."). A verb acting on a pronoun or a common noun
    ("the game was released") may be about the asked thing. Parsed here, on the sentences that meet the question."""
    theme = _asked(analysis).theme
    if not theme or not any(_related(r, s.lemmas) for r in analysis.relation):
        return False
    doc = parse(s.text)
    verbs = [t for t in doc if _says_relation(analysis, t)]
    acted = [_acted_on(v) for v in verbs]
    if not verbs or not all(objects and all(c.pos_ == "PROPN" for c in objects) for objects in acted):
        return False
    said = [_phrase(c) for objects in acted for c in objects]
    return not any(_called(name, set(_words(p)), p) for name in theme for p in said)  # "elevated Alito"


def _subtitled(analysis: Analysis, s: _Sentence) -> bool:
    """The sentence names the work the question's verb acts on only with a subtitle the question lacks
    ("directed Avengers: Infinity War and Avengers: Endgame" for "Who directed The Avengers?"): a title and a
    subtitle after its colon name another work of a series. Nor does an account's handle or a hashtag name it
    ("directed @avengers #avengersendgame")."""
    for name in _unsubtitled(analysis.text, _asked(analysis).theme):
        said = list(re.finditer(rf"(?<![\w@#]){re.escape(name)}\b", s.text, re.I))
        tags = re.search(rf"[@#]{re.escape(name)}", s.text, re.I)
        if (said or tags) and all(_subtitle_after(s, m.end()) for m in said):
            return True
    return False


def _without_subtitle(analysis: Analysis, s: _Sentence) -> bool:
    """The question names a work by its title and subtitle ("Who directed Pretty Woman: The Musical?") and the
    sentence names the title alone ("Director Garry Marshall's beloved movie 'Pretty Woman' transformed for musical
    theater"): that is the work the subtitle sets it apart from."""
    for title, subtitle in _subtitles(analysis.text, analysis.names):
        said = [m.end() for m in re.finditer(rf"(?<!\w){re.escape(title)}\b", s.text, re.I)]
        whole = rf"\W*(?:(?:the|a|an)\s+)?{re.escape(subtitle)}\b"
        if said and not any(re.match(whole, s.text[end:], re.I) for end in said):
            return True
    return False


@lru_cache(maxsize=512)
def _subtitles(question: str, names: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """(title, subtitle) for each of the question's names that a colon and the next name follow ("Pretty Woman:
    The Musical")."""
    return tuple(
        (a, b)
        for a, b in zip(names, names[1:], strict=False)
        if re.search(rf"{re.escape(a)}\s*:\s*(?:(?:the|a|an)\s+)?{re.escape(b)}\b", question, re.I)
    )


@lru_cache(maxsize=512)
def _unsubtitled(question: str, theme: tuple[str, ...]) -> tuple[str, ...]:
    """The names the question's verb acts on that it gives no subtitle, read once per question."""
    return tuple(name for name in theme if not re.search(rf"{re.escape(name)}\s*:", question))


def _subtitle_after(s: _Sentence, end: int) -> bool:
    """A colon and a name, a capitalised noun or a number follow offset `end` of the sentence ("Avengers: Infinity
    War", "PRETTY WOMAN: THE MUSICAL"), not a statement ("Avatar: Directed by James Cameron")."""
    colon = re.match(r"\s*:\s*(?:(?:the|a|an)\s+)?", s.text[end:], re.I)  # "Pretty Woman: The Musical"
    token = _token_at(s, s.start + end + colon.end()) if colon else None
    return token is not None and (token.pos_ in ("PROPN", "NUM") or (token.pos_ == "NOUN" and token.text[:1].isupper()))


def _part_of(name: Any, asked: frozenset[str]) -> bool:
    t = name
    while t.dep_ in ("compound", "nmod", "amod") and t.head.i != t.i:
        t = t.head  # "Tour" -> "France" in "Tour de France"
    if t.dep_ != "pobj" or t.head.lower_ != "of":
        return False
    whole = t.head.head  # "stage" in "stage 13 of", or "13" when the parser hangs "of" on the number
    forms = set().union(*(_NUMBER_FORMS.get(w, {w}) for w in asked))  # "the fourth season" for "season 4"
    if whole.dep_ == "nummod":
        return whole.lower_ not in forms
    return whole.pos_ in ("NOUN", "PROPN") and any(
        (c.dep_ == "nummod" or c.lower_ in _POSITIONS) and c.lower_ not in forms for c in whole.children
    )


def _asks_where_based(analysis: Analysis) -> bool:
    """ "Where is X based?", "Which city hosted X?": a place asked by a verb of locating or hosting, or by one of
    occurring in the passive ("Where was the third Test played?"), whose subject is then an event that was held."""
    if analysis.kind != "place":
        return False
    if set(analysis.relation) <= _LOCATIVE_VERBS:
        return True
    return set(analysis.relation) <= _OCCURRING and bool(_asked(analysis).passive & _OCCURRING)


def _locates(analysis: Analysis, s: _Sentence) -> bool:
    """For "which city hosted the 2004 Olympic Games?": the sentence names the event and puts it in a place
    ("the 2004 Olympic Games, held in Athens", "the Games in Athens")."""
    if not _asks_where_based(analysis):
        return False
    named = all(_named(n, s.words) for n in analysis.names)
    named = named and all(_related(t, s.lemmas | s.words) for t in analysis.terms)
    return named and any(
        _located(s, start) or _of_place(analysis, s, start)
        for start, _, label in s.chunk.entities
        if label in analysis.labels
    )


# A company's legal form after its name ("Inc.", "N.V."), dots and all, as the text spells it.
_LEGAL_FORM = "(?: (?:" + "|".join(r"\.?".join(form) for form in sorted(_LEGAL_FORMS)) + r")\.?)?"


def _of_place(analysis: Analysis, s: _Sentence, start: int) -> bool:
    """The place at article offset `start` follows a name the question asks about and "of": "WhatsApp Inc. of
    Mountain View, California" says where WhatsApp Inc. is, and "<Sedio N.V.> of Lugano" where Sedio is."""
    before = s.chunk.text[max(0, s.start - s.chunk.start) : start - s.chunk.start].lower()
    names = "|".join(re.escape(n.lower()) for n in analysis.names)
    return (
        s.start <= start < s.end
        and bool(names)
        and re.search(rf"\b(?:{names}){_LEGAL_FORM}[>)\]]?,? of $", before) is not None
    )


def _label(analysis: Analysis, s: _Sentence, window: list[_Sentence]) -> _Sentence | None:
    """The bare role that follows a bare name, as a table reads when flattened into text ("Teams. Croatia.
    Runner-up. 7. Matches played."): it labels the name."""
    after = [x for x in window if x.start > s.start]
    if not after or not analysis.relation or analysis.kind in ("date", "number") or not s.text[:1].isupper():
        return None  # a date line ("Jun 20, 2023 ...") is no name
    return after[0] if _bare_relation(analysis, after[0]) else None


def _bare_relation(analysis: Analysis, x: _Sentence) -> bool:
    """The sentence is a bare word or two that says the relation ("Runner-up.", "Released."): a label."""
    return len(x.words) <= 2 and any(_related(r, x.words | x.lemmas) for r in analysis.relation)


def _keyed(analysis: Analysis, s: _Sentence, window: list[_Sentence]) -> _Sentence | None:
    """For a date or a figure: the bare key before a bare value, as a record reads when its colons are flattened
    into stops ("Released. Aug 12, 2022.", "Release date. December 1, 2017 ; No. of players."): it labels the
    value, as "Released: Aug 12, 2022" would."""
    before = [x for x in window if x.start < s.start]
    if not before or not analysis.relation or analysis.kind not in ("date", "number"):
        return None
    key = before[-1]
    if not key.text.rstrip().endswith(".") or not _bare_relation(analysis, key):
        return None
    if _AFTER_A_FIGURE.search(key.chunk.text[: key.start - key.chunk.start]):
        return None  # "11. Goals. 24.": a label after a bare figure is that figure's (_counted), not the next one's
    # The value names nothing: the sentence after it must name each of the question's names whole, not as the start
    # of a longer one ("Marvel's Spider-Man Remastered" is another game than "Marvel's Spider-Man").
    after = " ".join(x.text for x in window if x.start > s.start)
    whole = [rf"(?i:\b{_ANY_SPACING.join(map(re.escape, n.split()))}\b)(?!\W+[A-Z0-9])" for n in analysis.names]
    return key if after and all(re.search(w, after) for w in whole) else None


def _counted(analysis: Analysis, s: _Sentence, window: list[_Sentence]) -> _Sentence | None:
    """For "how many N": a bare figure and the bare label after it whose head noun is N, as a table of counts reads
    when flattened ("Netherlands. Runner-up. 11. Goals. 24. Yellow Cards."): the figure counts it, as "11 goals"
    would. A label whose head is another noun counts that ("1.9. Goal Average.")."""
    after = [x for x in window if x.start > s.start]
    if analysis.kind != "number" or not after or not _figure_alone(s.text) or len(after[0].words) > 3:
        return None
    doc = parse(after[0].text)
    chunks = list(doc.noun_chunks)
    if not chunks:
        return None
    head = chunks[0].root  # capitalised, a label's noun is tagged a name and keeps its plural: "Cards"
    if not {head.lower_, head.lower_.removesuffix("s"), head.lower_.removesuffix("es")} & set(analysis.relation):
        return None
    # Its other words are the question's: "Red Cards" counts other cards than the yellow ones, "Matches played"
    # other matches than those won.
    asked = set(_words(analysis.text)) | set(analysis.terms)
    others = [t for t in doc if t.i != head.i and not t.is_punct]
    return after[0] if all({t.lower_, t.lemma_.lower()} & asked for t in others) else None


def _figure_alone(text: str) -> str:
    """The figure a sentence is, and nothing else ("11." -> "11"), else ""."""
    return m.group(1) if (m := _BARE_FIGURE.fullmatch(text.strip())) else ""


def _record_key(s: _Sentence, window: list[_Sentence]) -> tuple[_Sentence, str] | None:
    """A record flattened into text, its colons turned to stops ("Crew List ; Director. Justin Kurzel ;
    Screenwriters. Bill Collage · Adam Cooper ; Producers. Jean-Julien Baronnet"), is split into sentences each of
    which ends with the key of the next field: the sentence before `s`, when it ends so, and its key
    ("Screenwriters"), which labels the value `s` opens with, not the value before it."""
    before = [x for x in window if x.end <= s.start]
    key = _record_key_of(before[-1].text) if before else None
    return (before[-1], key) if key else None


def _record_key_of(text: str) -> str | None:
    """The bare key a sentence ends with as its own field ("Justin Kurzel ; Screenwriters." -> "Screenwriters")."""
    key = _TRAILING_KEY.search(text)
    return key.group(1) if key else None


def _keys_relation(analysis: Analysis, key: str) -> bool:
    """The record's key says the question's relation ("Screenwriters" for who wrote it)."""
    lemmas = {t.lemma_.lower() for t in parse(key)} | set(_words(key))
    return any(_related(r, lemmas) for r in analysis.relation)


def _record_value(text: str) -> str:
    """A record's field value: the sentence up to the next field ("Bill Collage · Adam Cooper ; Producers." ->
    "Bill Collage · Adam Cooper")."""
    return _FIELD_SEPARATOR.split(text, maxsplit=1)[0]


def _dateline(analysis: Analysis, s: _Sentence, window: list[_Sentence]) -> _Sentence | None:
    """For "when": the date line that opens the paragraph ("Oct 19, 2021 ... Google has officially announced its
    new Pixel 6") dates a statement of what has just happened (the present perfect, or "today"), which gives no
    date of its own. A statement in the past tense is not dated by it ("Jun 6, 2023 ... The event was held on
    October 19th")."""
    before = [x for x in window if x.start < s.start]
    if analysis.kind != "date" or not before or not _dated(before[-1].text):
        return None
    doc = parse(s.text)
    now = any(t.lower_ == "today" for t in doc) or any(
        t.tag_ == "VBN" and any(a.dep_ == "aux" and a.tag_ in ("VBZ", "VBP") and a.lemma_ == "have" for a in t.children)
        for t in doc
    )
    # "Feb 19, 2014 ... Facebook announced ... on Wednesday": the weekday the date line falls on is that day.
    that_day = {w.lower() for w in _WEEKDAY.findall(s.text)} == {_weekday(_dated(before[-1].text))}
    return before[-1] if now or that_day else None


def _weekday(date: str) -> str:
    """The weekday stem of a date with day, month and year ("Feb 19, 2014" -> "wednes"), else ""."""
    day, year = _day(date), _YEAR_IN.search(date)
    if not day or not year:
        return ""
    month = next(i for i, m in enumerate(MONTHS, 1) if m.startswith(day[0]))
    try:
        return datetime.date(int(year.group()), month, int(day[1])).strftime("%A").lower().removesuffix("day")
    except ValueError:
        return ""  # "Feb 30": no such day


def _other_gender(analysis: Analysis, words: set[str]) -> bool:
    """The question asks about the women's or the men's (closed class: women, ladies, girls, female; men, boys,
    male) and the paragraph speaks only of the other: its qualifier or its pronouns, none of the asked one's."""
    genders = _genders(analysis)
    if genders is None:
        return False
    own, other = genders
    return bool(words & (other[0] | other[1])) and not words & (own[0] | own[1])


def _genders(analysis: Analysis) -> tuple[_Gender, _Gender] | None:
    """(the asked gender, the other), when the question asks about one of them only."""
    asked = _asked(analysis).words
    pairs = ((_FEMALE, _MALE), (_MALE, _FEMALE))
    return next(((own, other) for own, other in pairs if asked & own[0] and not asked & other[0]), None)


def _titled_otherwise(analysis: Analysis, s: _Sentence, start: int, said: bool) -> bool:
    """The answer is titled by another role than the asked one ("Governor John Carney"): in a sentence that does
    not say the relation itself, or (`said`) says it only as a role noun, another's title ("director Garry Marshall
    and screenwriter J.F." for who wrote it), that role is what it says of him; any other word of it says more
    ("He was formerly married to producer Gale Anne Hurd")."""
    role = _word_before(s, start).lower()
    if role not in ROLE_NOUNS or any(_related(r, {role}) for r in analysis.relation):
        return False
    if not said:
        return True
    sayers = [
        t.lemma_.lower() for t in parse(s.text) if any(_related(r, {t.lemma_.lower()}) for r in analysis.relation)
    ]
    return all(w in ROLE_NOUNS or any(_compounded(r, w) for r in analysis.relation) for w in sayers)


def _described_otherwise(analysis: Analysis, s: _Sentence, start: int) -> bool:
    """The answer is titled by a noun the question describes someone else with ("the death of the Grand Prix race
    marshal" beside "race marshall Graham Beveridge" for the coroner): that is whom the question speaks of, not
    whom it asks for. Nouns compared by their first letters, as spellings differ."""
    if analysis.kind not in ("person", "organisation"):
        return False
    title = _word_before(s, start)
    return len(title) > 1 and title.islower() and _alike({title}, _nouns_of_others(analysis))


@lru_cache(maxsize=256)
def _nouns_of_others(analysis: Analysis) -> frozenset[str]:
    """The common nouns a question describes another than the asked one with: what its prepositions take ("the
    death of the race marshal"), not a word of the relation, what "as" gives the asked one ("elected as leader"),
    what completes the asked role ("head of financial reporting") nor the noun it asks with. What a verb takes is
    what was done, which its doer's title may name ("won best director" beside "best director Damien Chazelle")."""
    asked = _asked(analysis)
    taken = [t for t in parse(analysis.text) if t.dep_ == "pobj" and t.pos_ == "NOUN" and t.head.lower_ != "as"]
    nouns = {
        t.lemma_.lower() for t in taken if not {t.lemma_.lower(), t.head.head.lemma_.lower()} & set(analysis.relation)
    }
    return frozenset(nouns - asked.identified - asked.kind_nouns)


def _word_before(s: _Sentence, start: int) -> str:
    """The word right before article offset `start` in the sentence ("marshall" of "race marshall Graham"), or ""."""
    before = re.search(r"([A-Za-z-]+)\s+$", s.text[: start - s.start])
    return before.group(1) if before else ""


def _ranked_otherwise(analysis: Analysis, s: _Sentence, start: int) -> bool:
    """The answer's title is the asked role with a word of its own, and not the word the question qualifies the
    role with ("India's Home Minister, LK Advani" or "Indian Prime Minister Atal Behari Vajpayee" for the foreign
    minister; "Secretary of State Colin Powell" for the Secretary of Defense): a qualified role is another office.
    A country's name or adjective, or a possessor, says whose office, not which ("Pakistan Foreign Minister Abdul
    Sattar"), and so do the initials of the asked one ("EDS President Kim Brace" for Election Data Services') or a
    word of its name ("Exco Chairman Richard Lacy" for Exco International's). So is a title with a word the
    question lacks that lacks one it has ("Federal Agriculture Minister" for the Federal Science one). Words
    are compared by their first letters, as spellings differ ("Defence", "Defense")."""
    asked = _role_qualifiers(analysis.text, analysis.relation)
    title = _title(analysis, s, start) if asked else None
    if title is None:
        return False
    named = {w for n in analysis.names for w in _words(n)} - asked  # the possessor's words, not the role's
    own = {w for w in title[0] if not any(_initialled(n, w.upper()) for n in analysis.names) and w.lower() not in named}
    if own:  # another office when each says a word the other does not ("Federal Agriculture" for "Federal Science")
        return not all(_alike({w}, asked) for w in own) and not all(_alike({w}, own) for w in asked)
    # The bare role, the question's qualifying it before ("CFMEU Victorian secretary Martin Kingham" for a union's
    # general secretary): no more than some secretary. Not "of": "the president, Gianni Infantino" for FIFA's.
    return bool(_role_qualifiers(analysis.text, analysis.relation, joined=False))


def _role_after(s: _Sentence, end: int) -> tuple[Any, Any] | None:
    """The answer's last word and the role noun said of it after it: by "as" ("with Hamid Karzai as Prime Minister"), in apposition
    ("Mohammad Qasim Fahim, defence minister in ...") or in a clause ("Tim Costello, who is the president of ...").
    Parsed only when a comma or "as" follows the answer."""
    if not re.match(r"(?:,|\s+as\s)", s.text[end - s.start :]):
        return None
    name = next((t for t in reversed(parse(s.text)) if s.start + t.idx < end), None)
    if name is None:
        return None
    # "as" right after the name, wherever the parser hung it ("government, with Hamid Karzai as Prime Minister").
    after = name.nbor() if name.i + 1 < len(name.doc) else name
    said = [x for x in after.children if x.dep_ == "pobj"] if after.lower_ == "as" else []
    said += [c for c in name.children if c.dep_ == "appos"]
    said += [x for c in name.children if c.dep_ == "relcl" and c.lemma_ == "be" for x in c.children if x.dep_ == "attr"]
    role = next((x for x in said if x.lemma_.lower() in ROLE_NOUNS), None)
    return (name, role) if role is not None else None


def _roles_of(role: Any) -> set[str]:
    """A role noun's lemmas, with the roles conjoined to it ("chairman and chief executive officer") and the
    words that modify each ("chief executive")."""
    roles = [role, *(c for c in role.subtree if c.dep_ == "conj")]
    return {x.lemma_.lower() for r in roles for x in [r, *r.children] if x.dep_ in ("compound", "amod") or x in roles}


def _appointed_otherwise(analysis: Analysis, s: _Sentence, end: int) -> bool:
    """The role said of the answer after it (_role_after) is another than the asked one ("Tim Costello, who is the
    president of ..." for the Governor-General), or the asked role with a word of its own and not the one the
    question qualifies it with ("with Hamid Karzai as Prime Minister" for the defence minister): another office,
    as a title before the name is (_titled_otherwise, _ranked_otherwise)."""
    if not set(analysis.relation) & ROLE_NOUNS or (said := _role_after(s, end)) is None:
        return False
    name, role = said
    if any(_related(r, {c.lemma_.lower()}) for c in name.children if c.dep_ == "compound" for r in analysis.relation):
        return False  # "OPEC President Rilwanu Lukman, who is also Nigerian Oil Minister": titled the asked role too
    if not any(_related(r, _roles_of(role)) for r in analysis.relation):
        return True
    asked = _role_qualifiers(analysis.text, analysis.relation)
    own = {c.lower_ for c in role.children if c.dep_ in ("amod", "compound") and c.lower_ not in _TIMED}
    return bool(asked and own - _asked(analysis).words) and not _alike(own, asked)


def _owned_otherwise(analysis: Analysis, s: _Sentence, start: int) -> bool:
    """The answer's title says whose the asked role is, a country the question does not ask of ("Indian Foreign
    Minister Jaswant Singh" for Pakistan's foreign minister). A country and its adjective share their first
    letters ("Pakistan", "Pakistani"); "France" and "French" do not, so this ranks and does not rule out. So does a
    title that names another of an asked name's kind ("Dallas Fed President Fisher" for the Minneapolis Fed's)."""
    owners = _role_owners(analysis.text)
    named = [_words(n) for n in analysis.names if len(_words(n)) > 1] if analysis.kind == "person" else []
    title = _title(analysis, s, start) if owners or named else None
    said = (title[0] | title[1]) if title is not None else set()
    proper = {w for w in said if re.search(rf"\b{re.escape(w.capitalize())}\b", s.text)}  # not "executive vice"
    if any(n[-1] in said and proper - _asked(analysis).named for n in named):
        return True  # "Dallas Fed President Fisher" for the Minneapolis Fed's: the name's other of its kind
    return title is not None and bool(owners) and bool(title[1]) and not _alike(title[1], owners)


# Closed classes: the verbs by which a holder leaves an office (with "step down", its particle), and those by which
# one is put out of it, said in the passive ("was ousted").
_LEAVING = frozenset("resign quit retire step".split())
_REMOVED = frozenset("oust depose sack dismiss fire remove topple overthrow".split())


def _left_office(analysis: Analysis, s: _Sentence, start: int) -> bool:
    """For "Who is the president of X?", asked in the present: the answer's own sentence says it left the office
    ("Argentina's President Fernando de la Rua has resigned"), so another may hold it now; not when it left another
    ("Jobs resigned as CEO and became chairman") or the question asks of the leaving itself. This ranks and does
    not rule out: "has resigned" may be news of the day the articles were written. Parsed only when the sentence
    has such a verb."""
    leaving_words = _LEAVING | _REMOVED
    if _asked(analysis).past or not set(analysis.relation) & ROLE_NOUNS or not leaving_words & s.lemmas:
        return False
    if leaving_words & (set(analysis.terms) | set(analysis.relation)):
        return False
    token = _token_at(s, start)
    verb = _governing_verb(_name_head(token)) if token is not None else None
    if verb is None or verb.lemma_.lower() not in leaving_words:
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    leaving = verb.lemma_.lower() != "step" or any(c.lower_ == "down" for c in verb.children)
    office = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children]
    if any(not any(_related(r, {x.lemma_.lower() for x in o.subtree}) for r in analysis.relation) for o in office):
        return False  # "resigned as CEO": another office than the asked one
    return leaving and subject is not None and token.i in {t.i for t in subject.subtree}


def _alike(words: set[str] | frozenset[str], others: set[str] | frozenset[str]) -> bool:
    return any(a[:4] == b[:4] for a in words for b in others)


# The role titling a name: up to two words before it, the role, what "of" or "for" joins to it ("Secretary of State",
# "Minister of Regional and Industrial Expansion").
_TITLE_REACH = 80
_TITLE = re.compile(
    r"((?:[\w'’-]+\s+){0,2})([A-Za-z]+)(?:\s+(?:of|for)((?:\s+[A-Z][\w-]*){1,2}(?:\s+(?:and|&)(?:\s+[A-Z][\w-]*){1,2})?))?,?\s+$"
)


def _role_titled(analysis: Analysis, s: _Sentence) -> list[tuple[int, int, str]]:
    """For "who": the proper nouns the asked role titles ("Peru's President Alejandro Toledo", "Kontrol skipper
    Peter Blake", "envoy Terje Roed-Larsen") name a person, whatever the tagger made of them ("Toledo", a city;
    "Roed-Larsen", an organisation); so does the agent noun of the asked verb ("director Cory Barlog" for "Who
    directed ...?"). Parsed here, on the sentences that meet the question."""
    if "PERSON" not in analysis.labels:
        return []
    roles = {w for w in ROLE_NOUNS & s.lemmas if any(_related(r, {w}) for r in analysis.relation)}
    if not roles:
        return []
    doc = parse(s.text)
    out = []
    for t in doc:
        if t.lemma_.lower() not in roles or t.dep_ != "compound":
            continue
        run = _proper_run(doc, t.i + 1)
        if run and t.head in run:
            out.append((s.start + run[0].idx, s.start + run[-1].idx + len(run[-1].text), "PERSON"))
    return out


def _lends_to_another(analysis: Analysis, x: _Sentence, s: _Sentence) -> bool:
    return _titles_another(analysis, x, s) or _done_by_another(analysis, x, s)


def _titles_another(analysis: Analysis, x: _Sentence, s: _Sentence) -> bool:
    """A neighbour whose asked role titles a name `s` does not mention ("... and finance director Dominic Federa
    were at that meeting") says whose the role is: it lends the role to no one else."""
    return any(not set(_words(x.text[a - x.start : b - x.start])) & s.words for a, b, _ in _role_titled(analysis, x))


def _done_by_another(analysis: Analysis, x: _Sentence, s: _Sentence) -> bool:
    """So does a neighbour that says the relation only by verbs whose doer is a name `s` does not mention
    ("Warne says Australia is well placed to win" beside "... with Shane Warne taking five wickets"); a doer
    it leaves to a pronoun or a description ("He succeeded ...", "the company behind the plans has ...") may be
    the one `s` names."""
    if not _says_related(analysis, x):
        return False
    saying = [t for t in parse(x.text) if _says_related_word(analysis, t)]
    return bool(saying) and all(_says_relation(analysis, t) and _unmentioned(_doer(t), s) for t in saying)


def _says_related_word(analysis: Analysis, token: Any) -> bool:
    return any(_related(r, {token.lemma_.lower(), token.lower_}) for r in analysis.relation)


def _doer(verb: Any) -> Any:
    """The verb's subject, or, for an infinitive or a conjunct without one, its head's ("Australia is placed to
    win", "X arrived and won"); none for a passive, whose subject is what is done to."""
    subjects = ("nsubj",)
    while True:
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) and subjects == ("nsubj",):
            return None
        subject = next((c for c in verb.children if c.dep_ in subjects), None)
        if subject is not None or verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i:
            return subject
        verb, subjects = verb.head, ("nsubj", "nsubjpass")


def _unmentioned(doer: Any, s: _Sentence) -> bool:
    """The doer is a name, none of whose words `s` has."""
    if doer is None or doer.pos_ != "PROPN":
        return False
    name = {w.lower_ for w in doer.subtree if w.pos_ == "PROPN"}
    return not name & s.words


def _proper_run(doc: Any, i: int) -> list[Any]:
    """The capitalised proper nouns from token `i` on, with a dash that joins two of them unspaced ("Roed-Larsen")."""
    run: list[Any] = []
    for u in doc[i:]:
        joined = u.text in ("-", "–") and run and not run[-1].whitespace_ and not u.whitespace_ and u.i + 1 < len(doc)
        proper = doc[u.i + 1] if joined else u
        if (joined or u.pos_ == "PROPN") and proper.pos_ == "PROPN" and proper.text[:1].isupper():
            run.append(u)
        else:
            break
    return run


def _title(analysis: Analysis, s: _Sentence, start: int) -> tuple[set[str], set[str]] | None:
    """When the asked role titles the answer ("India's Home Minister, LK Advani", "Secretary of State Colin
    Powell"), the words that qualify it there and those that say whose it is (a possessor, a country or its
    adjective)."""
    offset = max(0, start - s.start - _TITLE_REACH)  # a title is a few words: a long sentence is not searched whole
    title = _TITLE.search(s.text[offset : max(0, start - s.start)])
    if title is None or not any(_related(r, {title.group(2).lower()}) for r in analysis.relation):
        return None
    countries = [(a, b) for a, b, label in s.chunk.entities if label in ("GPE", "NORP")]
    own: set[str] = set()
    whose: set[str] = set()
    for m in re.finditer(r"[\w'’]+", title.group(1) + " " * (title.start(3) - title.end(1)) + (title.group(3) or "")):
        word, where = m.group(), s.start + offset + title.start(1) + m.start()
        if word.endswith(("'s", "’s")) or any(a <= where < b for a, b in countries):
            whose.add(word.lower())
            own = set() if where < s.start + offset + title.start(2) else own  # a possessor opens the title anew
        elif word.lower() in STOP_WORDS:
            own = set()
        elif word.lower() not in _TIMED:
            own.add(word.lower())
    return own, whose


@lru_cache(maxsize=256)
def _role_owners(question: str) -> frozenset[str]:
    """The countries the question names, or their adjectives ("Pakistan's", "the Indian foreign minister")."""
    return frozenset(e.text.lower() for e in parse(question).ents if e.label_ in ("GPE", "NORP"))


@lru_cache(maxsize=256)
def _role_qualifiers(question: str, relation: tuple[str, ...], joined: bool = True) -> frozenset[str]:
    """The words that qualify the asked role in the question ("foreign" in "Pakistan's foreign minister", with
    `joined` "Defense" in "Secretary of Defense"), not a person, a country or its adjective, which say whose it is."""
    words = set()
    for t in parse(question):
        if t.lemma_.lower() not in relation or t.lemma_.lower() not in ROLE_NOUNS:
            continue
        objects = [p for c in t.children if c.dep_ == "prep" and c.lower_ in ("of", "for") for p in c.children]
        objects = objects if joined else []
        for c in [*t.children, *objects]:
            modifies = c.dep_ in ("amod", "compound") or c in objects
            if modifies and c.pos_ in ("ADJ", "NOUN", "PROPN") and c.ent_type_ not in ("GPE", "NORP", "PERSON"):
                words.add(c.lower_)
    words -= _TIMED
    return frozenset(words)


def _other_role(analysis: Analysis, s: _Sentence) -> bool:
    """The sentence speaks of another time or rank of the role ("former CEO", "vice president") or of another
    work ("the sequel"), and the question does not: a modifier counts when the relation (or a word derived from
    it) follows it within two words, so "the next chapter" is no "next CEO", and "the former president" or
    "Former Defense Secretary" beside the asked CEO or golf resort is another's office, not the asked one's."""
    asked = _asked(analysis).words
    if _OTHER_WORK & s.words - asked:
        return True
    modifiers = _MODIFIERS - _PAST_MODIFIERS if _asked(analysis).past else _MODIFIERS
    if not modifiers & s.words or _MODIFIERS & asked:
        return False
    tokens = _words(s.text)
    if _modifying(tokens, modifiers, analysis.relation):  # "former chief executive"
        return True
    for i, w in enumerate(tokens):
        following = set(tokens[i + 1 : i + 3])
        if w in _NEXT and WORK_NOUNS & following and _asked(analysis).named & following:
            return True  # "The next Avengers movie, The Kang Dynasty, will be ..." for The Avengers: another work
    return False


def _rank_unsaid(analysis: Analysis, s: _Sentence) -> bool:
    """The question asks for a rank of the role ("the deputy leader", "the assistant secretary of state") and the
    sentence says the role without it: "contest the leadership against ... Senator Bartlett" is of the leader. So
    for a time of the role ("the outgoing commander") the sentence does not say at all, unless a past one in the
    past tense ("X was the president"): "Russian commander Yuri Onufrienko" heads the crew arriving."""
    ranks, times = _asked(analysis).ranks, _asked(analysis).times
    if times and not times & s.words and not (times <= _PAST_MODIFIERS and _PAST_COPULA.search(s.text)):
        return True
    return bool(ranks) and not _modifying(_words(s.text), ranks, analysis.relation)


def _dated_beside(analysis: Analysis, s: _Sentence, window: list[_Sentence]) -> bool:
    """For "when": the sentence does not say the relation, and each sentence beside it that does gives a time of
    its own (a date or a weekday: "free agent negotiations will begin Friday"), so the sentence's dates are not
    the relation's ("Date: Nov. 18, 2020." is the draft's)."""
    if analysis.kind != "date" or not analysis.relation or _says_related(analysis, s):
        return False
    sayers = [x for x in window if x is not s and _says_related(analysis, x)]
    return bool(sayers) and all(
        _WEEKDAY.search(x.text) or any(x.start <= a < x.end and label == "DATE" for a, _, label in x.chunk.entities)
        for x in sayers
    )


def _dates_a_title(analysis: Analysis, s: _Sentence) -> bool:
    """For when someone took a role ("When did Tim Cook become CEO of Apple?", a role and no verb of its own): the
    sentence gives the role only as a title before a name ("Apple CEO Tim Cook received ... in fiscal 2021"), so
    its dates are of what the titled person did, not of the role. Parsed here, on the sentences that meet the
    question."""
    roles = set(analysis.relation)
    if analysis.kind != "date" or not roles or not roles <= ROLE_NOUNS or not roles & s.lemmas:
        return False
    return _only_as_titles(s, roles)


def _only_as_titles(s: _Sentence, roles: set[str] | frozenset[str]) -> bool:
    """The sentence says `roles` only as titles before a name ("Apple CEO Tim Cook", "President Jean Bertrand
    Aristide"). Parsed here."""
    said = [t for t in parse(s.text) if t.lemma_.lower() in roles]
    return bool(said) and all(t.dep_ in ("compound", "nmod") and t.head.pos_ == "PROPN" for t in said)


def _former_holder(analysis: Analysis, s: _Sentence) -> bool:
    """For who holds an office now ("Who is the CEO of X in 2021?") or held it in a given year: the sentence gives
    the office only with a past copula ("Satoru Iwata was the president and CEO of Nintendo") and no date of the
    asked year, so it names someone who held it once, before the time it was written; a date beside it ("Reviewed
    ... on April 18, 2021") dates the writing, not the office. Parsed here, on the sentences that meet the
    question."""
    roles = set(analysis.relation) & _OFFICES | (_LEADERS if set(analysis.relation) & _LEADING else set())
    if not _PAST_COPULA.search(s.text) or not roles & s.lemmas or set(analysis.years) & s.words:
        return False
    asked = _asked(analysis)
    if not asked.holder and not (asked.past and any(_YEAR.match(y) for y in analysis.years)):
        return False  # a past question with a year ("Who was the CEO of X in 2021?") asks for that year's holder too
    if asked.times & _PAST_MODIFIERS:
        return False  # "Who is the former president?" asks for one who held it once
    said = [t for t in parse(s.text) if t.lemma_.lower() in roles and t.pos_ in ("NOUN", "PROPN")]
    return bool(said) and all(_past_attribute(t) for t in said)


def _past_attribute(role: Any) -> bool:
    role = _first_conjunct(role)  # "president and CEO": the CEO is said as the president is
    return role.dep_ == "attr" and _tense_of_be(role.head) == "past"


def _context(analysis: Analysis, s: _Sentence, window: list[_Sentence]) -> _Sentence | None:
    """The neighbour that holds names or years the answering sentence lacks, if any."""
    lacking = [n for n in analysis.names if not _named(n, s.words)]
    lacking += [y for y in analysis.years if not _stated(y, s.words)]
    if not lacking:
        return None
    for x in window:
        if x is not s and any(_named(n, x.words) for n in lacking):
            return x
    return None


def _mentioned(analysis: Analysis, sentences: list[_Sentence]) -> list[str]:
    words = set().union(*(s.words for s in sentences)) if sentences else set()
    return [n for n in (*analysis.names, *analysis.years) if _named(n, words)]
