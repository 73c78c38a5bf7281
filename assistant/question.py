"""Analyse stage: what a question asks for, and what an answering sentence must also say.

spaCy parses the question (index/annotate.py has the pipeline). From it:
- the kind of answer wanted, from the question word and, for "which/what X" or a bare phrase ("Super Bowl
  2021 location"), from the noun X, through the closed classes below;
- its constraints: the names it mentions, its numbers and years, and its relation word: the verb
  ("won", "directed") or the role noun ("runner-up", "director", "CEO") that ties the answer to the names.
  A sentence that names the same things with another relation ("World Cup 2014 winner - Germany" for a
  runner-up question) does not answer it;
- its parts, when it joins two questions ("Who won X, and who won Y?", "Who directed A and B?").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from index.annotate import parse
from index.text import YEAR as _YEAR
from index.text import uncapitalised

# Closed classes: the noun a "which/what" question or a bare phrase names, and the answers it takes.
PERSON = frozenset({"PERSON"})
WHO = frozenset({"PERSON", "ORG", "GPE"})
PLACE = frozenset({"GPE", "LOC", "FAC"})
DATE = frozenset({"DATE", "TIME"})
NUMBER = frozenset({"CARDINAL", "MONEY", "QUANTITY", "PERCENT"})
# "How much ...?" asks for an amount (money, a measure, a share), not a count: "thousands of headsets" is none.
AMOUNT = NUMBER - {"CARDINAL"}
MONEY = frozenset({"MONEY"})
# Closed class: the nouns (and "worth") whose value is a sum of money: "How much was X's profit?" is no "25 per cent"
# (the change), "How much is the device worth?" no "4,500 miles", "What was the film's budget?" no "three".
MONEY_WORDS = frozenset("price cost budget salary wage fee fine revenue profit income earnings worth fortune".split())
ORG = frozenset({"ORG"})
TITLE = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "ORG", "PERSON"})
# A game's score, which the entity tagger does not label: the candidates stage finds it by its form.
SCORE = "SCORE"
# An age ("18-year-old", "aged 18"), which the tagger labels a date or a bare number: found by its form too.
AGE = "AGE"
# A duration ("a 30-minute show", "two hours"), which the tagger labels a time or a date: found by its form too.
DURATION = "DURATION"
# A count of occasions ("twice", "115 times", "on two occasions", "for the fifth time"), which answers "How many
# times ...?" and which the tagger leaves untagged: found by its form too.
TIMES = "TIMES"
# A rank ("46th"), which answers "Which number ...?": the tagger's label, though indexing keeps no such entity.
ORDINAL = "ORDINAL"
# Another name one is known by ("known as “Ms. Earth”"), which answers "What is X's nickname?": found by its form.
ALIAS = "ALIAS"
# Closed class: the units a duration is counted in.
TIME_UNITS = frozenset("second minute hour day week month year decade century".split())
NAME = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART"})
# What a "which/what N" question asks for when N is no kind above ("Which chipset ...?", "What was GPT-3's
# predecessor?"): the name or ordinal a sentence gives N ("Google Tensor chipset", "its predecessor GPT-2", "the
# 25th occurrence"), found by its place beside N.
NOUN_NAMED = "NOUN_NAMED"
# Closed class: the nouns for a work, whose title names one work ("the Assassin's Creed movie").
WORK_NOUNS = frozenset("movie film book song album game show series novel play musical".split())
_TYPE_NOUNS: dict[str, tuple[str, frozenset[str]]] = {
    **dict.fromkeys("date day year month time when".split(), ("date", DATE)),
    # A country, a state or a town is a political unit, which the tagger labels GPE: "Burswood Dome" is no country.
    **dict.fromkeys("city country state nation capital town".split(), ("place", frozenset({"GPE"}))),
    **dict.fromkeys(
        "place location venue region stadium arena theatre theater".split(),
        ("place", PLACE),
    ),
    **dict.fromkeys(
        "company firm organization organisation agency brand studio publisher network broadcaster manufacturer".split(),
        ("organisation", ORG),
    ),
    # A university is named as an organisation is ("the University of Oklahoma"). Not "school": a sports page's
    # school is its team, named by its state or site ("Kansas State quarterback Collin Klein"), and a school's
    # name is asked with the verb that places a person in it, which such a page does not say.
    **dict.fromkeys("university college institute".split(), ("organisation", ORG)),
    # A team is named by its club or by the country or city it plays for ("Germany won the World Cup").
    **dict.fromkeys("team club side squad".split(), ("organisation", ORG | {"GPE"})),
    **dict.fromkeys(
        "person man woman people player actor actress singer athlete character".split(), ("person", PERSON)
    ),
    **dict.fromkeys(WORK_NOUNS, ("title", TITLE)),
    **dict.fromkeys("amount number share size value total".split(), ("number", NUMBER)),
    **dict.fromkeys("percentage proportion".split(), ("number", frozenset({"PERCENT"}))),
    **dict.fromkeys(MONEY_WORDS, ("number", MONEY)),
    # Measures: "What is the battery capacity of X?" asks a quantity.
    **dict.fromkeys(
        "capacity weight height length width depth distance speed population".split(), ("number", NUMBER)
    ),  # fmt: skip
    # A game's score is a tally of two numbers ("1-0", "6–3, 6–3"), which the entity tagger does not label.
    **dict.fromkeys("score scoreline".split(), ("number", frozenset({SCORE}))),
    # An award is named, by its giver, its namesake or its category ("the Man Booker International Award").
    **dict.fromkeys("name award prize trophy".split(), ("name", NAME)),
    # Closed class: the nouns for another name one goes by, which a naming verb gives ("known as", "nicknamed").
    **dict.fromkeys("nickname alias moniker pseudonym".split(), ("name", frozenset({ALIAS}))),
    # A nationality is named by its adjective ("the Polish author"), which the tagger labels a group (NORP), or a
    # language when the two share it ("an English FA administrator").
    **dict.fromkeys("nationality citizenship".split(), ("name", frozenset({"NORP", "LANGUAGE"}))),
}
# Closed class: phrasal verbs and the one verb that says the same, which a question's relation is read as ("the
# game came out" when it "was released"; "will take on Argentina" when it "will face" it; "takes over the role from
# Olivia Colman" when she "replaces" her; "snapped up Instagram" when it "bought" it; "picked up the award" when one
# "won" it; "handed out" when "awarded"; "knocked out" when "beat").
PHRASAL = {
    ("come", "out"): "release", ("take", "on"): "face", ("take", "over"): "replace", ("snap", "up"): "buy",
    ("pick", "up"): "win", ("hand", "out"): "award", ("knock", "out"): "beat",
}  # fmt: skip
# Closed class: the verbs whose object is a sum of money ("What did Facebook pay ...?" asks how much).
_PAYING = frozenset("pay spend charge cost".split())
# The nouns that only say what kind of thing is meant ("film", "company"): no qualifier of a role.
TYPE_WORDS = frozenset(_TYPE_NOUNS)
# The label of a name that such a noun introduces ("the film Parasite", "the company Meta"), by the kind it asks.
INTRODUCED = {"person": "PERSON", "organisation": "ORG", "place": "GPE", "title": "WORK_OF_ART"}


def noun_kind(noun: str) -> str | None:
    """The kind of answer a noun names ("location": place), if it names one."""
    return _TYPE_NOUNS[noun][0] if noun in _TYPE_NOUNS else None


def naming_nouns(kind: str) -> frozenset[str]:
    """The nouns that say a name is of `kind` ("film", "movie" for a title); none for dates and figures."""
    return frozenset(n for n, (k, _) in _TYPE_NOUNS.items() if k == kind and k in INTRODUCED)


# Nouns for people's roles: "who is the director of X" asks for a person, and the role is the relation.
ROLE_NOUNS = frozenset(
    "ceo chief founder president chair chairman chairwoman director producer writer author actor actress star lead "
    "winner champion runner-up minister secretary governor mayor head leader coach captain owner creator "
    "designer editor manager spokesperson analyst advisor adviser host presenter teacher "
    "chancellor premier treasurer ambassador commissioner spokesman spokeswoman envoy speaker".split()
)
# Of those, a place in a contest, which a team or a country holds as often as a person: a bare phrase that asks for
# one ("2018 World Cup winner") reads as "Who won ...?" does.
RESULT_ROLES = frozenset("winner champion runner-up finalist".split())
# Of those, the ones a company, a team or a country holds as well as a person ("the owner of Instagram", "the host
# of the Olympics", "the market leader"): a question asking for one may be answered by any name.
SHARED_ROLES = RESULT_ROLES | frozenset("owner host leader head creator producer designer".split())
# Closed class: roles said as an abbreviation or in words ("CEO", "chief executive (officer)"), by their words.
ABBREVIATED_ROLES = {"ceo": ("chief", "executive"), "cfo": ("chief", "financial"), "coo": ("chief", "operating")}
# Closed classes: the verbs of a request that frames a question ("Can you tell me ..."), and the words that may
# come before them in the frame.
_REQUEST_VERBS = frozenset("tell know say explain show wonder remind name list give identify find".split())
_FRAME_WORDS = frozenset("can could would will do does did you i we please like to want need just 'd d".split())
# Verbs that carry no relation of their own ("was named among", "is called", "did ... say"): not constraints.
LIGHT_VERBS = frozenset("be have do get make take give name call know say tell consider include become".split())
# Closed classes: verbs whose complement is an event they begin ("When did X start writing Y?"), or that plan or
# expect it ("When is X expected to be released?", "is set to return"): the event's verb says what happens, and a
# sentence that dates the event ("X wrote Y in 1994", "X will be released on ...") answers. A plan asked in the
# past ("was supposed to be held") may not have happened as planned: there the event's own date or place is no
# answer.
_INCEPTIVES = frozenset("start begin commence".split())
# Closed class: the aspectual verbs, which say which end of an event is dated ("When did filming end?").
_ASPECTUALS = _INCEPTIVES | frozenset("end finish conclude stop cease resume".split())
# Closed class: the light verbs that take an event as their noun ("give a lecture", "make a debut", "take the title").
_EVENT_VERBS = frozenset("give make take get".split())
PLANS = frozenset("expect schedule suppose set plan go slate intend".split())
# Closed class: verbs of wanting and trying, whose complement is the event asked about ("Which company does X want to
# acquire?" asks what X acquires, as "applied to acquire" or "agreed to acquire" say).
_VOLITIONS = frozenset("want wish hope seek try attempt aim".split())
_WH = {"who": ("person", WHO), "whom": ("person", WHO), "whose": ("person", WHO), "when": ("date", DATE),
       "where": ("place", PLACE)}  # fmt: skip
# Closed class: adjectives that say which of a kind's values is meant ("the exact date", "the official figure"), not
# what happened on it; any other word before the kind noun qualifies it with an event ("the premiere date").
_GENERIC_QUALIFIERS = frozenset(
    "exact precise specific actual official expected scheduled planned tentative likely original new old final first "
    "last next previous current latest earliest right correct full total average".split()
)
# Closed class: the verbs of naming, whose complement is a name ("What was X called/named/dubbed?").
_NAMING_VERBS = frozenset("call name dub title nickname".split())
# Closed class: the auxiliaries a question puts before its subject ("what did X say", "is X ...").
AUXILIARIES = frozenset("is are was were do does did can could will would should has have had".split())
# Closed class: the words a question opens with that are lower case inside a sentence ("... do not say who won").
_CLAUSE_OPENERS = frozenset("who whom whose what which when where why how".split()) | AUXILIARIES
_CLOSING = frozenset({'"', "'", "”", "’", ")", "]"})
# The tags of a finite auxiliary, whose tense a verb takes when "do" is dropped.
_TENSED = frozenset({"VBD", "VBZ", "VBP", "MD"})
_QUANTITY = re.compile(r"^how (many|much|long|old|big|large|far|fast)\b", re.I)
_TOKEN = re.compile(r"[^\W_]+")
# Where a word starts a sentence its capital says nothing ("The ...").
_SENTENCE_START = re.compile(r"(^|[.!?:;\n\"“•·]\s*)$")
_CALENDAR = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.I)
FACTOID = frozenset({"person", "place", "date", "number", "organisation", "title", "name"})


@dataclass(frozen=True)
class Analysis:
    """What one question (or one part of one) asks for."""

    text: str
    kind: str
    """person, organisation, place, date, number, title, name; or description (why/what/how: no typed answer)."""
    labels: frozenset[str]
    """Entity labels an answer of that kind carries."""
    names: tuple[str, ...]
    """Named things the question mentions: an answering sentence (with its neighbours) names them too."""
    name_lemmas: tuple[str, ...]
    """The same names in spaCy's lemmas: "the 2020 and 2021 NBA Drafts" asks about each "NBA Draft"."""
    years: tuple[str, ...]
    """Years and other numbers outside names: an answering passage states them."""
    relation: tuple[str, ...]
    """Lemmas of the verb or role noun that ties the answer to the names ("win", "director")."""
    terms: tuple[str, ...]
    """The other content lemmas (qualifiers such as "women", "singles")."""
    wh: str
    """What is asked, in words, for saying what the articles do not say ("who won the 2019 Tour de France")."""

    @property
    def factoid(self) -> bool:
        return self.kind in FACTOID


def by_noun(analysis: Analysis) -> Analysis | None:
    """A description question that names what it asks for with a noun of no known kind, read as asking for what
    a sentence names by that noun (NOUN_NAMED), or for the doer of its verb when the noun is the verb's subject;
    None for any other question."""
    if analysis.kind != "description" or len(analysis.relation) != 1:
        return None
    doc = parse(analysis.text)
    nouns = _naming_nouns(doc, _wh_word(doc))
    if not nouns or analysis.relation[0] in ROLE_NOUNS:
        return None
    if nouns[0].lemma_.lower() == analysis.relation[0]:
        return replace(analysis, kind="name", labels=frozenset({NOUN_NAMED}))
    noun = nouns[0]
    verb = noun.head
    # "did China authorize": after "do" the subject is another ("Which chip did China authorize ...?").
    subject = noun.dep_ == "nsubj" and not takes_do(verb)
    if subject and verb.pos_ == "VERB" and verb.lemma_.lower() == analysis.relation[0]:
        # "Which streaming service released X?": what does the action may be its agent, a company or a person;
        # with no such name in the passages, the question is drafted as any description is ("Which sector ...
        # could diversify ...?" names no agent).
        return replace(analysis, kind="organisation", labels=WHO)
    return None


def analyse(question: str) -> Analysis:
    return _analyse(_untitled(_expanded(question.strip())))


def _untitled(question: str) -> str:
    """The capitalised title of an office the question asks about, in lower case but for the names in it: "Who is
    the US Defense Secretary?" asks for whoever holds the office, as "Who is the US defense secretary?" does; read
    as written, "Defense Secretary" was a name that the answer's sentence had to hold, and its role no relation.
    A title is a run of capitalised words that ends in a role noun and titles no name after it ("Prime Minister
    Scott Morrison"); its words of a place, a people or an organisation, and acronyms, stay ("US", "Apple")."""
    doc = parse(question)
    lowered: set[int] = set()
    for t in doc:
        after = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if t.i == 0 or not t.is_title or t.lower_ not in ROLE_NOUNS or (after is not None and after.is_title):
            continue
        if _name_goes_on(doc, t.i + 1):
            continue  # "National Teacher of the Year", "Secretary of State": a name with "of" inside
        run = [t]
        while run[0].i > 1 and (x := doc[run[0].i - 1]).is_alpha and (x.is_title or x.is_upper) and not x.is_stop:
            run.insert(0, x)
        title = [x for x in run if not x.ent_type_ and not x.is_upper]
        if len(run) > 1 and len(title) > 1:
            lowered |= {x.i for x in title}
    return "".join(x.lower_ + x.whitespace_ if x.i in lowered else x.text_with_ws for x in doc) if lowered else question


def _name_goes_on(doc: Any, i: int) -> bool:
    """After "of" (and an article), a capitalised word that names no place, people or organisation of its own."""
    if i + 1 >= len(doc) or doc[i].lower_ != "of":
        return False
    j = i + 2 if doc[i + 1].lower_ == "the" else i + 1
    return j < len(doc) and doc[j].is_title and doc[j].ent_type_ not in ("GPE", "NORP", "ORG", "LOC")


# Closed class: an auxiliary's clitic after a wh-word and the word it stands for ("What's" is "What is"); "'s"
# before a participle is "has" ("Who's won"), "'d" before a bare verb is "did" ("What'd X pay").
_CLITICS = {"'s": "is", "'re": "are", "'ll": "will", "'ve": "have", "'d": "would", "'m": "am"}


def _expanded(question: str) -> str:
    """A question whose wh-word takes a contracted auxiliary, with the auxiliary spelled out: "What's X's real
    name?" -> "What is X's real name?". The clitic is no word of its own to the parser's word order, so the
    question read or put in embedded order ("what X's real name is") needs the full form."""
    doc = parse(question)
    if len(doc) < 3 or not doc[0].tag_.startswith("W") or doc[0].whitespace_:
        return question
    clitic = doc[1].text.replace("’", "'").lower()
    if clitic not in _CLITICS:
        return question
    full = _CLITICS[clitic]
    if clitic == "'s" and doc[2].tag_ == "VBN":
        full = "has"
    elif clitic == "'d" and any(t.tag_ == "VB" for t in doc[2:]) and not any(t.tag_ == "VBN" for t in doc[2:]):
        full = "did"
    return f"{doc[0].text} {full}{doc[1].whitespace_}{doc[2:].text}"


def unframe(question: str) -> str:
    """The question inside a request: "Can you tell me who won X?", "Do you know when X was released?", "I
    wonder who directed X", "Please tell me the location of X", "Name the director of X" ask what follows
    the frame. A frame is a verb of
    telling or knowing (closed class) with the asker or the listener ("me", "you", "I") around it, or alone as
    an imperative; "Tell me about X" asks for a description, and stays."""
    doc = parse(question.strip())
    for t in doc[:6]:
        if t.lemma_.lower() not in _REQUEST_VERBS or t.pos_ not in ("VERB", "AUX"):
            continue
        before = doc[: t.i]
        if not all(w.lower_ in _FRAME_WORDS or w.is_punct for w in before):
            return question
        end = t.i + 1
        while end < len(doc) and (doc[end].lower_ in ("me", "us") or doc[end].is_punct):
            end += 1
        rest = doc[end:].text.strip()
        if not rest or doc[end].lower_ in ("about", "that", "if", "whether"):
            return question
        return rest[:1].upper() + rest[1:]
    return question


def resolve(question: str, said: Sequence[str]) -> str | None:
    """A follow-up's third-person pronoun replaced by what it refers to in the last exchange (`said`: the answer,
    then the question before it): "he" by the first person named there, "it" by the first proper noun that is
    not a person's ("Which companies use it?" after "Ascend [1]." asks which companies use Ascend). None unless
    every such pronoun is resolved: "they" may be any plural, "that" a whole statement."""
    doc = parse(question)
    out, done = [], True
    for t in doc:
        word = t.text
        gender = t.morph.get("Gender")
        if t.pos_ == "PRON" and t.morph.get("Person") == ["3"] and t.morph.get("Number") != ["Plur"] and gender:
            found = _antecedent(said, person=gender != ["Neut"], skip=question)
            possessive = t.morph.get("Poss") == ["Yes"] or t.tag_ == "PRP$"
            word = (f"{found}'s" if possessive else found) if found else word
            done = done and bool(found)
        elif t.pos_ == "PRON" and (t.morph.get("Person") == ["3"] or t.morph.get("PronType") == ["Dem"]):
            done = False
        out.append(word + t.whitespace_)
    return "".join(out) if done and "".join(out) != doc.text else None


def _antecedent(said: Sequence[str], person: bool, skip: str) -> str | None:
    """The first person, or the first named thing that is not a person, in `said` (of an answer, its first
    sentence, before the quotes, and only a name the question before it did not hold). An answer that is a bare
    name ("Ascend [1].", "The Mate 60 Pro [1].": a few words, each capitalised or a number) is that name,
    whatever the tagger makes of it alone."""
    for k, text in enumerate(said):
        doc = parse((text.split("[")[0] if k == 0 else text).strip().rstrip("."))
        people = [e for e in doc.ents if e.label_ == "PERSON"]
        words = [t for t in doc if not t.is_punct]
        bare = k == 0 and 0 < len(words) <= 5 and all(t.text[:1].isupper() or t.like_num for t in words)
        if person:
            names = [e.text for e in people]
        elif bare and not any(len(e) == len(words) for e in people):
            names = [" ".join(t.text for t in words if t.dep_ != "det")]
        else:
            taken = {t.i for e in people for t in e}
            names = [
                " ".join(
                    t.text for t in chunk if not (t.is_punct or t.dep_ == "det" or t.tag_ in ("WDT", "WP", "PRP$"))
                )
                for chunk in doc.noun_chunks
                if any(t.pos_ == "PROPN" and t.i not in taken for t in chunk)
            ]
        # What the answer adds to the question it answered is what the next question speaks of.
        known = " ".join([skip, *said[k + 1 :]] if k == 0 else [skip]).lower()
        names = [n for n in names if n and n.lower() not in known]
        if names:
            return names[0]
    return None


def truecase(question: str, texts: Iterable[str]) -> str:
    """The question with the case its words have in the retrieved passages, when it was typed without capitals:
    "which city hosted the olympic games" has no names for the parser ("Olympic Games") and so no constraints.
    A word is capitalised when none of its mid-sentence occurrences is in lower case and it has at least two,
    taking its most frequent form ("FIFA" over "Fifa"); "city" stays, for "the city" is written too, and "us"
    is a function word."""
    if not uncapitalised(question):
        return question  # the asker's own capitals say which words are names
    from spacy.lang.en.stop_words import STOP_WORDS  # spaCy's list is loaded with the pipeline

    texts = list(texts)

    # Function words keep their case: "us" is no "US".
    wanted = {m.group() for m in _TOKEN.finditer(question) if m.group().islower() and m.group() not in STOP_WORDS}
    if not wanted:
        return _titled_phrases(question, texts)
    forms: dict[str, Counter[str]] = {}
    for text in texts:
        for m in _TOKEN.finditer(text):
            word = m.group()
            if word.lower() in wanted and not _SENTENCE_START.search(text[max(0, m.start() - 3) : m.start()]):
                forms.setdefault(word.lower(), Counter())[word] += 1

    def recased(m: re.Match[str]) -> str:
        seen = forms.get(m.group().lower())
        if m.group() not in wanted or not seen or sum(seen.values()) < 2:
            return m.group()
        return m.group() if any(form.islower() for form in seen) else seen.most_common(1)[0][0]

    return _titled_phrases(_TOKEN.sub(recased, question), texts)


def _titled_phrases(question: str, texts: list[str]) -> str:
    """Two lower-case words of the question that the passages write as a title more often than not, and at least
    twice, take its capitals: "best animated" is "Best Animated" in "won Best Animated Feature", though "best"
    alone is written in lower case too."""
    words = list(_TOKEN.finditer(question))
    pairs = [
        f"{a.group()} {b.group()}" for a, b in zip(words, words[1:], strict=False)
        if a.group().islower() and b.group().islower() and question[a.end() : b.start()] == " "
        and not {a.group(), b.group()} & TYPE_WORDS  # "Release Date" heads a table, but "date" says the kind
    ]  # fmt: skip
    if not pairs:
        return question
    joined = " ".join(texts)
    out = question
    for pair in pairs:  # left to right: a word recased with the pair before it is not a lower-case pair again
        titled = pair.title()
        count = len(re.findall(rf"\b{re.escape(titled)}\b", joined))
        if count >= 2 and count > len(re.findall(rf"\b{re.escape(pair)}\b", joined)):
            out = re.sub(rf"\b{re.escape(pair)}\b", titled, out)
    return out


def particle(doc: Any, verb: str) -> str:
    """The particle the parsed question's `verb` takes ("out" in "come out"); "" for none. Before "of" the parser
    calls it a preposition ("knocked T1 out of Worlds"), one that heads another."""
    return next(
        (c.lower_ for t in doc if t.lemma_.lower() == verb for c in t.children if c.dep_ == "prt" or _stacked(c)), ""
    )


def _stacked(t: Any) -> bool:
    return t.dep_ == "prep" and t.lower_ in ("out", "up") and any(c.dep_ == "prep" for c in t.children)


# Closed class: the nouns a count of people is said by, which news leaves out after the figure of a toll.
_PERSONS = frozenset("people person".split())


@lru_cache(maxsize=1024)
def _analyse(question: str) -> Analysis:
    doc = parse(question)
    quantity = _quantity(doc)
    kind, labels, type_noun = _kind(doc, quantity)
    names, in_names = _names(doc)
    years = tuple(t.text for t in doc if t.like_num and t.i not in in_names and t.text.lower() not in ("one",))
    relation, terms = _relation_and_terms(doc, in_names, type_noun)
    relation = tuple(PHRASAL.get((r, particle(doc, r)), r) for r in relation)  # "snap up" asks what "buy" does
    if kind == "place" and (occupation := _as_occupation(doc)) and relation in ((), (occupation,)):
        relation = ("work",)  # "Where is X an adjunct professor?" asks where X works as one
    if kind == "person" and relation == ("start",):
        relation = ("found",)  # "Who started WhatsApp?": whoever starts a thing founds it ("When did X start?" stays)
    if kind == "description" and relation and relation[0] in ROLE_NOUNS and _first_word(doc) in ("who", "whom"):
        kind, labels = "person", PERSON
    if labels == WHO and relation and relation[0] in ROLE_NOUNS - SHARED_ROLES and _first_word(doc) in ("who", "whom"):
        labels = PERSON  # "Who is the chief executive of AMP?": the role a compound ("chief executive") says
    if quantity:
        sum_of = _asks_a_sum(doc)
        if sum_of and quantity.group(1).lower() == "much":
            labels = MONEY  # "How much was X's profit?" asks a sum, not the per cent it changed by
        # A sum's money noun is what it counts ("half-year profit" counts no years); "worth" is said by none.
        counted = sum_of or _counted(doc, in_names)
        counted = None if counted == "worth" else counted
        terms = tuple(t for t in terms if t != counted)
        if counted == "time":  # "How many times has X won?": its verb says the relation, a count of occasions answers
            labels = frozenset({TIMES})
        elif counted in _PERSONS:  # "How many people died?": "108 already dead" leaves the people unsaid
            verbs = [t.lemma_.lower() for t in doc if t.pos_ == "VERB" and t.lemma_.lower() not in LIGHT_VERBS]
            relation = tuple(dict.fromkeys([counted, *relation, *verbs]))
            terms = tuple(t for t in terms if t not in relation)
        elif counted:
            relation = (counted,)
        if counted in TIME_UNITS:
            labels = labels | {DURATION}  # "How many weeks ...?": "for 209 weeks" is a duration (tagged a date)
    lemma_of = {t.text: t.lemma_ for t in doc}
    name_lemmas = tuple(" ".join(lemma_of.get(w, w) for w in n.split()) for n in names)
    wh = _wh_phrase(question) if not is_bare_phrase(doc) or kind not in FACTOID else _phrase_asked(question, kind)
    return Analysis(question, kind, labels, names, name_lemmas, years, relation, terms, wh)


def _counted(doc: Any, in_names: set[int]) -> str | None:
    """What "how many/much" counts, which must be said where the figure is: the noun it modifies ("How many Grand
    Slam titles ...?"); none when it modifies the verb ("How much does X cost?": the verb is the relation) or when
    "did" takes a verb the tagger calls a noun ("How much did the prize money increase?"); else, the parser lost,
    the first common noun."""
    quantifier = doc[_how_at(doc) + 1]
    if quantifier.dep_ == "amod" and quantifier.head.pos_ == "NOUN":
        # "How much money will be awarded?": money is what a money figure is, not a word to find beside it.
        return None if quantifier.head.lemma_.lower() == "money" else quantifier.head.lemma_.lower()
    if quantifier.dep_ == "advmod" or any(_do_supported(t) for t in doc):  # "does a set of X cost"
        return None
    return next((t.lemma_.lower() for t in doc if t.pos_ == "NOUN" and t.i not in in_names), None)


def _first_word(doc: Any) -> str:
    return doc[0].lower_ if len(doc) else ""


@lru_cache(maxsize=1024)
def asks_count(question: str) -> bool:
    """ "How many ...?", with a preposition fronted with it or not ("By how many votes ...?", "For how many years
    ...?"), as the question's kind is read."""
    quantity = _quantity(parse(question))
    return quantity is not None and quantity.group(1).lower() == "many"


def _quantity(doc: Any) -> re.Match[str] | None:
    return _QUANTITY.match(doc[_how_at(doc) :].text)


def _how_at(doc: Any) -> int:
    """Where "how" opens the question: after a preposition fronted with it ("By how much ...?" asks the amount of a
    change, "For how many years ...?" and "In how many countries ...?" a count), which says how the amount joins
    the verb, not what is asked."""
    return 1 if len(doc) > 2 and doc[0].pos_ == "ADP" else 0


def _kind(doc: Any, quantity: re.Match[str] | None) -> tuple[str, frozenset[str], int | None]:
    """The wanted kind, its labels, and the index of the noun that named it (not a constraint itself); `quantity`
    is the question's "how many/much/..." (_quantity)."""
    if quantity:
        asked = quantity.group(1).lower()
        # "How many" counts things: a sum is "how much" ("How many people worked there?" is no "$1 billion"), a share
        # no count; "how far" and "how fast" ask a measure, said with its unit ("400 metres", "80 kilometres an hour").
        labels = {
            "much": AMOUNT,
            "many": NUMBER - {"MONEY", "PERCENT"},
            "old": frozenset({AGE}),
            "long": NUMBER | {DURATION},
            "far": frozenset({"QUANTITY"}),
            "fast": frozenset({"QUANTITY"}),
        }.get(asked, NUMBER)
        return "number", labels, None  # "How long ...?": a length ("80-page") or a duration ("30-minute")
    wh = _wh_word(doc)
    if wh is not None and wh.i == 0 and len(doc) > 1 and doc[1].lower_ == "number":
        return "number", frozenset({ORDINAL}), 1  # "Which number US President ...?": a rank, "46th"
    if wh is not None and wh.lower_ in _WH and wh.i <= 2:
        kind, labels = _WH[wh.lower_]
        # "Who is the director of X?": a role noun asks for a person, not an organisation or a country.
        role = any(t.lemma_.lower() in ROLE_NOUNS and t.dep_ in ("nsubj", "attr") for t in doc)
        return (kind, PERSON if wh.lower_.startswith("who") and role else labels, None)
    # "What was the mascot called?" asks its name, as "What is its name?" does; "What did Sacks call the chip?"
    # may ask how he described it ("an outdated component"), so only the passive, ending on the verb, asks a name.
    naming = len(doc) - 2 if doc[-1].is_punct else len(doc) - 1
    called = doc[naming].lemma_.lower() in _NAMING_VERBS and doc[naming].pos_ == "VERB"  # not "X's nickname"
    if wh is not None and wh.lower_ == "what" and naming > wh.i + 1 and called:
        return "name", NAME, naming
    if wh is not None and wh.lower_ == "what" and wh.dep_ == "dobj" and wh.head.lemma_.lower() in _PAYING:
        return "number", AMOUNT, None  # "What did Facebook pay to acquire Instagram?": a sum, as "how much" asks
    if (wh is None or wh.lower_ in ("what", "which")) and _ranked(doc, bare=wh is None):
        return "person", WHO, None  # "What is the year-end No. 1?": the holder of a rank, a player or a team
    if wh is not None and wh.dep_ == "det" and wh.head.pos_ == "PROPN" and wh.head.ent_type_ == "NORP":
        return "person", PERSON, None  # "Which American won ...?": one of a nation's people, said of the answer
    # "which city ...", "what is the release date of ...", "Super Bowl 2021 location": the naming noun.
    for t in _naming_nouns(doc, wh):
        role = t.lemma_.lower() if t.lemma_.lower() in ROLE_NOUNS else _hyphened(t)
        if wh is None and role in ROLE_NOUNS:  # a bare phrase's role is what it asks: "lead actress in La La Land";
            # a place in a contest reads as its verb does ("2021 Tour de France winner": who won it, a team too)
            return "person", WHO if role in RESULT_ROLES else PERSON, None
        if wh is None and t.dep_ == "ROOT" and _agent_noun(t):
            return "person", WHO, None  # "acquirer of Instagram": who acquired it, a company as often as a person
        found = _TYPE_NOUNS.get(t.lemma_.lower())
        if found:
            return found[0], found[1], t.i
        if t.lemma_.lower() in ROLE_NOUNS:
            return "person", PERSON, None
    return "description", frozenset(), None


def _as_occupation(doc: Any) -> str | None:
    """ "Where is X a professor?": the occupation the copula gives the subject with "a" (the parser may set it
    beside the subject, or make it a second subject), which is held at a place of work."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.lemma_.lower() != "be":
        return None
    return next(
        (
            t.lemma_.lower()
            for t in doc
            if t.pos_ == "NOUN"
            and t.dep_ in ("attr", "appos", "nsubj")
            and any(c.lower_ in ("a", "an") for c in t.children)
            and any(x.dep_ == "nsubj" for x in doc[: t.i])  # "Where is a hospital?" gives nobody one
        ),
        None,
    )


def _asks_a_sum(doc: Any) -> str | None:
    """The money word whose value "how much" asks with the copula ("How much is X worth?", "How much was X's
    profit?", "How much does X cost?"), which is a sum; None when it asks a change ("How much did profit fall?") or
    a share ("How much of the revenue ...?"), either of which may be a percentage. The parser attaches these words
    loosely ("worth" to the subject, "cost" a noun after "does"), so any of its places near the root counts."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.lemma_.lower() not in ("be", "do", "cost") or any(t.lower_ == "of" for t in doc[:3]):
        return None
    places = ("ROOT", "nsubj", "attr", "acomp", "amod")
    return next((t.lemma_.lower() for t in doc if t.lemma_.lower() in MONEY_WORDS and t.dep_ in places), None)


def _hyphened(t: Any) -> str:
    """The word a hyphen joins the token to, which the parser splits ("runner-up": "runner", "-", "up"), its first
    half as a lemma ("runners-up" is a "runner-up"); the token alone without one."""
    doc = t.doc
    if t.i + 2 < len(doc) and doc[t.i + 1].text == "-":
        return f"{t.lemma_.lower()}-{doc[t.i + 2].lower_}"
    if t.i >= 2 and doc[t.i - 1].text == "-":
        return f"{doc[t.i - 2].lemma_.lower()}-{t.lower_}"
    return t.lower_


def _capitalised_role(t: Any) -> bool:
    """A role noun, whole or hyphenated, that a capital or the tagger made look like a name ("President",
    "Runner-up")."""
    return t.lower_ in ROLE_NOUNS or _hyphened(t) in ROLE_NOUNS


def _wh_word(doc: Any) -> Any:
    """The question's first wh-word, if it has one."""
    return next((t for t in doc if t.tag_ in ("WP", "WP$", "WRB", "WDT")), None)


def _ranked(doc: Any, bare: bool = False) -> bool:
    """A copular question, or a `bare` phrase, about a rank that stands alone ("the year-end No. 1 in tennis");
    "the No. 1 reason" asks for the reason."""
    if not bare and not any(t.dep_ == "ROOT" and t.lemma_ == "be" for t in doc):
        return False
    return any(
        t.lower_.rstrip(".") in ("no", "number") and t.i + 1 < len(doc) and doc[t.i + 1].like_num
        and (t.i + 2 == len(doc) or doc[t.i + 2].pos_ not in ("NOUN", "PROPN"))
        for t in doc
    )  # fmt: skip


def _naming_nouns(doc: Any, wh: Any) -> list[Any]:
    if wh is not None and wh.lower_ in ("which", "what") and wh.i <= 2:
        if wh.dep_ == "det" and wh.head.pos_ == "NOUN":
            return [wh.head]
        if wh.tag_ == "WDT" and wh.i + 1 < len(doc) and doc[wh.i + 1].pos_ == "NOUN":
            return [doc[wh.i + 1]]  # "In which stadium ...?": the parser hangs "which" on the preposition
        # "What is the X of Y?": X is the subject or attribute of the copula ("What did X say?" names nothing).
        if not any(t.dep_ == "ROOT" and t.lemma_ == "be" for t in doc):
            return []
        return [t for t in doc if t.pos_ == "NOUN" and t.dep_ in ("nsubj", "attr", "nsubjpass") and t.i > wh.i][:1]
    if is_bare_phrase(doc):
        # A bare phrase: its head names the kind ("Tesla CEO in 2021", "Director of the Avatar movie"), else its last
        # common noun ("Super Bowl 2021 location").
        head = [
            t for t in doc if t.dep_ == "ROOT" and (t.pos_ == "NOUN" or t.is_lower or t.lemma_.lower() in ROLE_NOUNS)
        ]
        return head + [t for t in reversed(doc) if t.pos_ == "NOUN" and t not in head]
    return []


def _names(doc: Any) -> tuple[tuple[str, ...], set[int]]:
    """Entities and runs of proper nouns (with the numbers inside them: "Pixel 6", "Season 11"); an award and
    its category joined by "for" are one name ("the Oscar for Best Animated Film")."""
    spans: list[tuple[int, int, str]] = []  # first token, last token, the name's words
    inside: set[int] = set()
    for ent in doc.ents:
        if ent.label_ in ("DATE", "CARDINAL", "ORDINAL", "TIME") and all(
            t.like_num or t.text[0].isdigit() for t in ent
        ):
            continue
        if len(ent) == 1 and _capitalised_role(ent[0]):
            continue  # "Runner-up of the 2018 World Cup": a capitalised role the tagger made a person
        if not (ent := _without_role(ent)):
            continue  # "the Premier of Queensland": the role the tagger took into the name, before its owner
        if ent.label_ == "NORP" and ent.root.pos_ == "ADJ":
            inside |= {t.i for t in ent}  # "Chinese" is said "China's" as often: a qualifier, not a name to find
            continue
        if ent.label_ in ("DATE", "TIME") and not _CALENDAR.search(ent.text):
            continue  # "2021" is a year constraint, "the week" or "last quarter" no name; "May" stays
        whole = doc[ent.start : ent.end + _numbered_after(doc, ent)]
        words = [t for t in whole if not t.is_stop and not t.is_punct and not _YEAR.match(t.text)]
        if words:
            spans.append((whole.start, whole.end - 1, " ".join(t.text for t in words)))
            inside |= {t.i for t in whole if not _YEAR.match(t.text)}
    run: list[Any] = []
    for t in [*doc, None]:
        # A lone stop the tagger made a proper noun ("No. 1s") is no part of a name.
        wordlike = t is not None and t.text[0].isalnum() and not (t.dep_ == "ROOT" and _agent_noun(t))
        if wordlike and _role_compounded(t):
            wordlike = False  # "Governor-General": the second half of a capitalised role joined by a hyphen
        if wordlike and t.i not in inside and (t.pos_ == "PROPN" or _capitalised(t) or (run and _numbers_name(t))):
            run.append(t)
            continue
        if len(run) == 1 and _capitalised_role(run[0]):
            run = []  # "the Chair of Tesla", "the President of FIFA", "Runner-up of": a capitalised role, not a name
        if len(run) > 1 and run[-1].lower_ in ABBREVIATED_ROLES:
            run = run[:-1]  # "Tesla CEO in 2021": the role after the name, abbreviated, not part of it
        # A capitalised noun too ("the 2023 Masters"), or an acronym the tagger made an adjective ("WTA").
        if run and any(x.pos_ in ("PROPN", "NOUN") or _acronym(x) for x in run):
            spans.append((run[0].i, run[-1].i, " ".join(x.text for x in run)))
            inside |= {x.i for x in run}
        run = []
    merged: list[tuple[int, int, str]] = []
    for first, last, text in sorted(spans):
        if merged and first == merged[-1][1] + 2 and doc[first - 1].lower_ == "for":
            merged[-1] = (merged[-1][0], last, f"{merged[-1][2]} {text}")
        else:
            merged.append((first, last, text))
    return tuple(dict.fromkeys(text for _, _, text in merged)), inside


def _without_role(ent: Any) -> Any:
    """An entity without the capitalised role that opens it, whole or hyphened, and the "of" after it ("the
    Premier of Queensland", "the Governor-General of"): its owner's name, if any."""
    i = 1 if ent[0].lower_ == "the" else 0
    if i >= len(ent) or not _capitalised_role(ent[i]):
        return ent
    j = i + 1
    while j < len(ent) and (ent[j].text == "-" or _role_compounded(ent[j])):
        j += 1
    return ent[j + 1 :] if j == len(ent) or ent[j].lower_ == "of" else ent


def _role_compounded(t: Any) -> bool:
    """`t` ends a hyphened compound a capitalised role opens ("Governor-General", "Secretary-General")."""
    return t.i >= 2 and t.nbor(-1).text == "-" and not t.nbor(-1).whitespace_ and _capitalised_role(t.nbor(-2))


def _numbered_after(doc: Any, ent: Any) -> int:
    """1 when the number after an entity goes on its name ("the Pixel 6", the tagger's person "Pixel" and a
    cardinal), else 0."""
    after = doc[ent.end] if ent.end < len(doc) else None
    return int(
        after is not None and _numbers_name(after) and after.dep_ == "nummod" and ent.start <= after.head.i < ent.end
    )


def _numbers_name(t: Any) -> bool:
    """A number that goes on a name ("Pixel 6", "Season 11"), not a year; after a name, "I" is its Roman numeral
    ("The Last of Us Part I"), not the pronoun."""
    return (t.like_num and not _YEAR.match(t.text)) or t.text == "I"


def _capitalised(t: Any) -> bool:
    """A capitalised content word inside the sentence is part of a name whatever its tag ("for Best Animated Film":
    the tagger makes "Best" an adjective; "The Walking Dead": "Walking" a verb, but one that modifies a noun); so
    is an acronym ("the WTA year-end No. 1": the tagger makes "WTA" an adjective)."""
    if _acronym(t):
        return True
    # A sentence's first word is capitalised by its place; a bare phrase's is not ("Masters golf tournament in 2021
    # winner"), so there a capitalised noun opens a name, but for a numbered part ("Season 4 of The Crown ...").
    numbered = len(t.doc) > 1 and t.doc[1].like_num
    opening = t.i == 0 and not (t.pos_ in ("NOUN", "PROPN") and is_bare_phrase(t.doc) and not numbered)
    if opening or not t.is_title or t.is_stop or t.tag_.startswith("W"):
        return False
    return t.pos_ in ("ADJ", "NOUN") or (t.pos_ == "VERB" and t.dep_ in ("compound", "amod"))


def _acronym(t: Any) -> bool:
    """An all-capital word inside a question not typed in capitals ("WTA")."""
    return t.i > 0 and t.is_upper and t.is_alpha and len(t.text) > 1 and not t.doc.text.isupper()


def _relation_and_terms(doc: Any, in_names: set[int], type_noun: int | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The relation is the question's content verb ("won", "directed"); without one, its role nouns
    ("director", "runner-up") or what qualifies the kind ("release" date). The rest are terms."""
    verbs: list[str] = []
    roles: list[str] = []
    terms: list[str] = []
    participle: list[str] = []
    for t in doc:
        if t.i in in_names or t.i == type_noun or t.is_stop or t.is_punct or t.like_num or t.tag_.startswith("W"):
            continue
        lemma = t.lemma_.lower()
        if _adjectival_passive(t) and not verbs:
            from lemminflect import getLemma  # imported when first needed: nothing heavy at import time

            # "Who was married to X?": the tagger makes the participle an adjective; said as either in the passages
            participle = [*getLemma(t.lower_, upos="VERB")[:1], lemma]
            verbs.append(participle[0])
        elif _going_to(t):
            continue  # "was going to be released": a tense, as "will" is; the verb it takes is the relation
        elif t.tag_ == "VBD" and _inverted_passive(t) and not verbs:
            participle = [lemma, t.lower_]  # "Where was X diverted to?": a participle, said as either too
            verbs.append(lemma)
        elif (
            (t.pos_ == "VERB" and t.dep_ in ("ROOT", "conj") and not _before_its_subject(t))
            or (t.pos_ == "VERB" and t.dep_ == "ccomp" and _before_its_subject(t.head))
            or _do_supported(t)
            or _inverted_passive(t)
            or _wh_subject_verb(t)
            or (t.dep_ == "xcomp" and _going_to(t.head))
        ) and lemma not in LIGHT_VERBS:
            verbs.append(lemma)
        elif t.pos_ in ("NOUN", "ADJ", "VERB", "PROPN"):
            (roles if _role_word(t) else terms).append(lemma)
    said = _said(doc, in_names, type_noun)
    main, subordinate = _main_roles(doc, roles := _abbreviated(doc, roles))  # "chief executive" is the CEO
    relation = participle or verbs[:1] or main or said[:1] or _event_nouns(doc, in_names, type_noun)[:1]
    governing = _INCEPTIVES if any(t.lemma_ == "be" and t.tag_ == "VBD" for t in doc) else _INCEPTIVES | PLANS
    governing |= _VOLITIONS
    governed = [
        [c.lemma_.lower(), t.lemma_.lower()] for t in doc if t.lemma_.lower() in governing
        for c in t.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and c.lemma_.lower() not in LIGHT_VERBS
    ]  # fmt: skip
    if governed and (not relation or relation[0] in governing):
        relation = governed[0]  # "start writing": the writing, or its start
        relation = relation[:1] if relation[1] in _VOLITIONS else relation  # "want to acquire": the acquiring
    terms += [w for w in verbs[1:] + (roles if verbs else subordinate) if w not in relation]
    return tuple(dict.fromkeys(relation)), tuple(dict.fromkeys(terms))


def _said(doc: Any, in_names: set[int], type_noun: int | None) -> list[str]:
    """With no verb of its own, what a question's copula or light verb says of its subject, as lemmas."""
    # "When did the Pixel 6 become available?": with no verb of its own, the adjective a light verb takes says it.
    said = [
        t.lemma_.lower() for t in doc if t.dep_ == "acomp" and t.head.dep_ == "ROOT" and t.i not in in_names
        and not any(c.tag_.startswith("W") for c in t.children)  # "How old is X?" asks for a number
    ]  # fmt: skip
    # "When was the early entry deadline for X?": with nothing else, the noun the copula says is asked about.
    said += [
        t.lemma_.lower() for t in doc if t.dep_ in ("nsubj", "attr") and t.pos_ == "NOUN" and t.head.dep_ == "ROOT"
        and t.head.lemma_ == "be" and t.i not in in_names and t.i != type_noun and not t.is_stop and t.text[0].isalpha()
    ]  # fmt: skip
    # "What is the name of the pimp in X?" asks who the pimp is, as "Who is the pimp in X?" does.
    said += [
        t.lemma_.lower() for t in doc if t.dep_ == "pobj" and t.pos_ == "NOUN" and t.head.lower_ == "of"
        and t.head.head.i == type_noun and t.head.head.lemma_ == "name" and t.lemma_.lower() not in TYPE_WORDS
    ]  # fmt: skip
    return said


def _event_nouns(doc: Any, in_names: set[int], type_noun: int | None) -> list[str]:
    """ "When did X give his Nobel lecture?": the nouns an event's light verb takes, which say the event when the
    question has nothing else; not a bare one, an idiom's ("take place", "take part"). "Who made La La Land?":
    with a name for its object, "make" says who created the thing, which a sentence must say."""
    nouns = [
        c.lemma_.lower() for t in doc if t.dep_ == "ROOT" and t.lemma_.lower() in _EVENT_VERBS for c in t.children
        if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i not in in_names and c.i != type_noun
        and not any(x.tag_.startswith("W") for x in c.children) and any(x.dep_ in ("det", "poss") for x in c.children)
    ]  # fmt: skip
    made = any(
        t.lemma_.lower() == "make" and any(c.dep_ == "dobj" and c.i in in_names for c in t.children) for t in doc
    )
    return nouns or (["make"] if made else [])


def _abbreviated(doc: Any, roles: list[str]) -> list[str]:
    """ "chief executive" is the role "ceo", which passages say either way; its other words stay terms."""
    lemmas = [t.lemma_.lower() for t in doc]
    pairs = set(zip(lemmas, lemmas[1:], strict=False))
    said = next(((role, words) for role, words in ABBREVIATED_ROLES.items() if words in pairs), None)
    return [said[0] if said and r == said[1][0] else r for r in roles]


def _main_roles(doc: Any, roles: list[str]) -> tuple[list[str], list[str]]:
    """The roles of the main clause, and the others: "Who became chairman ... after resigning as CEO?" asks for the
    chairman; a role in a clause that only dates or qualifies the main one is a term. All are main when the main
    clause has none."""
    subordinate = {t.i for t in doc if any(a.dep_ in ("advcl", "pcomp", "relcl") for a in t.ancestors)}
    main = {t.lemma_.lower() for t in doc if t.i not in subordinate} & set(roles)
    return ([r for r in roles if r in main], [r for r in roles if r not in main]) if main else (roles, [])


def _inverted_passive(t: Any) -> bool:
    """ "When was The Legend of Zelda: Ocarina of Time released ...?": the parser, lost at the colon, hangs the
    participle on the subject of "was"; "What year was the movie released?": it makes the participle a clause
    that "was" takes. Either way it is the passive verb. Before a stranded preposition ("Where was X's flight
    diverted to?") the tagger may call the participle a past tense: its subject after "was" shows the inversion."""
    inverted = t.tag_ == "VBD" and any(c.dep_ == "nsubj" and c.i > t.head.i for c in t.children)
    if (t.tag_ == "VBN" or inverted) and t.dep_ == "ccomp":
        return t.head.dep_ == "ROOT" and t.head.lemma_ == "be"
    root = t.head.head
    return (
        t.tag_ == "VBN" and t.dep_ == "acl" and t.head.dep_ == "nsubj" and root.dep_ == "ROOT" and root.lemma_ == "be"
    )


def _going_to(t: Any) -> bool:
    """ "going" of the future "be going to V", with the verb it takes."""
    return (
        t.lemma_ == "go" and t.tag_ == "VBG" and any(c.lemma_ == "be" and c.dep_ == "aux" for c in t.children)
        and any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") for c in t.children)
    )  # fmt: skip


def _wh_subject_verb(t: Any) -> bool:
    """ "Which company partnered with X ...?": the parser makes "company" the root and hangs the finite verb on it
    as a clause; a question's wh-phrase has no clause of its own, so that verb is the question's."""
    head = t.head
    return (
        t.tag_ in ("VBD", "VBZ", "VBP") and t.dep_ == "acl" and head.dep_ == "ROOT" and t.i == head.i + 1
        and any(c.tag_ == "WDT" and c.dep_ == "det" for c in head.children)
    )  # fmt: skip


_SUBJECT_POS = frozenset("PROPN DET PRON NUM PART NOUN ADJ".split())


def _adjectival_passive(t: Any) -> bool:
    """An adjective at the root with a passive auxiliary ("Who was married to X?") is a passive participle."""
    return t.dep_ == "ROOT" and t.pos_ == "ADJ" and any(c.dep_ == "auxpass" for c in t.children)


def takes_do(t: Any) -> bool:
    """An auxiliary "do" governs the token: only a verb takes one, whatever the tagger calls it ("When did OpenAI
    release GPT-2?")."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "do" for c in t.children)


def _before_its_subject(t: Any) -> bool:
    """`t`, tagged a verb, comes right after the "do" or modal that opens the question and before a noun ("When
    will free agent negotiations begin ...?"): a subject stands between the two, so `t` is a word of the subject
    and the clause it is read to take holds the verb."""
    doc = t.doc
    if t.i < 2 or t.i + 1 >= len(doc) or doc[t.i + 1].pos_ not in ("NOUN", "PROPN", "ADJ"):
        return False
    aux = doc[t.i - 1]
    # Opened by a wh-phrase that is not itself the subject ("Who will replace Tim Cook?" has its subject).
    phrase = doc[: aux.i]
    opened = any(w.tag_.startswith("W") for w in phrase) and not any(w.dep_ in ("nsubj", "nsubjpass") for w in phrase)
    return aux.dep_ == "aux" and aux.head.i == t.i and (aux.lemma_.lower() == "do" or aux.tag_ == "MD") and opened


def _do_supported(t: Any) -> bool:
    """The root of "When did X premiere?" is a verb, whatever the tagger says: "did" takes a bare verb; so does
    the word that ends the subject after it ("Which awards did Manti Te'o win?", parsed as a noun), if it can be
    one; and so does an aspectual verb after an event noun ("When did filming of X end?"), which the event
    alone does not date: it has a start and an end."""
    aspect = _aspect(t.doc)
    if aspect is not None:
        return t.i == aspect.i
    modifier = t.pos_ == "ADJ" and t.i < len(t.doc) - 2  # "does the base Pixel 6 cost": an adjective, not the verb
    doc = t.doc
    do = _do_aux(doc)
    subject = doc[do.i + 1 : t.i] if do is not None and do.i < t.i else []
    # After "do", a verb has a subject before it, not a determiner alone: "does a set of iRings cost" does not "set".
    nominal = not subject or any(x.pos_ != "DET" for x in subject)
    if t.dep_ == "ROOT" and not modifier and nominal and takes_do(t):
        return True
    # Parsed as the main verb ("Which film did Josh Cooley direct?": "did" the root), "do" still takes a bare verb.
    tagged = ("NOUN", "VERB", "ADJ") if do is not None and do.dep_ == "ROOT" and t.is_lower else ("NOUN",)
    if not subject or not nominal or t.pos_ not in tagged or not all(_in_subject(x) for x in subject):
        return False
    if t.i + 1 < len(doc) and doc[t.i + 1].pos_ not in ("ADP", "PUNCT", "ADV"):
        return False  # the subject goes on
    return bool(_verb_lemmas(t.lower_))


def _in_subject(token: Any) -> bool:
    """A word a subject between "do" and its verb is made of; "of" between nouns too ("a set of iRings")."""
    return token.pos_ in _SUBJECT_POS or (token.lower_ == "of" and token.i > 0 and token.nbor(-1).pos_ == "NOUN")


def _verb_lemmas(word: str) -> tuple[str, ...]:
    """The verbs `word` is a form of, by lemminflect's lexicon ("sold" -> ("sell",)); none for a word no verb has."""
    from lemminflect import getAllLemmas  # imported when first needed: nothing heavy at import time

    return tuple(getAllLemmas(word, upos="VERB").get("VERB", ()))


def _do_aux(doc: Any) -> Any:
    """The tensed "do" of do-support ("did", "does", "do"), if the question has one."""
    return next((x for x in doc if x.lemma_.lower() == "do" and x.tag_ in ("VBD", "VBZ", "VBP")), None)


def _tensed_like(lemma: str, do: Any, fallback: str) -> str:
    """`lemma` in the tense of the "do" it stood after ("sell" after "did" -> "sold"; lemminflect)."""
    from lemminflect import getInflection  # imported when first needed: nothing heavy at import time

    return (getInflection(lemma, tag=do.tag_) or (fallback,))[0]


def _aspect(doc: Any) -> Any:
    """The aspectual verb ("start", "end") that ends the subject after "did" (nouns, names, determiners, "of"),
    which the tagger made a noun; None when a verb is tagged there."""
    do = _do_aux(doc)
    for x in doc[do.i + 1 :] if do is not None else []:
        ends = x.i + 1 == len(doc) or doc[x.i + 1].pos_ in ("ADP", "PUNCT", "ADV")  # else the subject goes on
        if x.pos_ == "NOUN" and x.i > do.i + 1 and ends and x.lower_ in _ASPECTUALS:
            return x
        if x.pos_ not in _SUBJECT_POS and x.lower_ != "of":
            break
    return None


def _is_role_compound(t: Any) -> bool:
    """A modifier of the noun that names the kind ("release" date), or the first half of a hyphenated role
    noun, which spaCy splits ("runner-up" is runner, -, up)."""
    if t.dep_ == "compound" and t.head.lemma_.lower() in _TYPE_NOUNS:
        return True
    if t.dep_ == "amod" and t.pos_ == "ADJ" and t.head.lemma_.lower() in _TYPE_NOUNS:
        return t.lower_ not in _GENERIC_QUALIFIERS  # the tagger makes "premiere" in "the premiere date" an adjective
    return t.i + 2 < len(t.doc) and t.doc[t.i + 1].text == "-" and _hyphened(t) in ROLE_NOUNS


def _role_word(t: Any) -> bool:
    """A role noun ("director", "runner-up"), or the agent noun that heads a bare phrase ("developer of God of War":
    who developed it)."""
    bare_head = t.dep_ == "ROOT" and is_bare_phrase(t.doc) and _agent_noun(t)
    return t.lemma_.lower() in ROLE_NOUNS or _is_role_compound(t) or bare_head


def _agent_noun(t: Any) -> bool:
    """A noun that names the doer of a verb by its suffix ("acquirer", "publisher", "developer"), by lemminflect's
    lexicon of verbs."""
    word = t.lower_
    if not (t.pos_ == "NOUN" or (t.pos_ == "PROPN" and t.is_lower)) or len(word) < 5 or not word.endswith(("er", "or")):
        return False  # a lower-case word the tagger calls a proper noun is a common one ("acquirer of Instagram")
    stems = [word[:-1], word[:-2]] + ([word[:-3]] if word[-3] == word[-4] else [])  # acquire-r, publish-er, win-ner
    return any(len(stem) >= 3 and _verb_lemmas(stem) for stem in stems)


def is_bare_phrase(doc: Any) -> bool:
    """A bare phrase, as typed into a search box ("Tesla CEO in 2021"): no wh-word, and it opens with no verb."""
    return len(doc) > 0 and _wh_word(doc) is None and doc[0].pos_ not in ("AUX", "VERB")


def _phrase_asked(question: str, kind: str) -> str:
    """A bare phrase as an embedded question, for saying what the articles do not say: "Tesla CEO in 2021" -> "who
    the Tesla CEO in 2021 is", "GPT-3 release date" -> "what the GPT-3 release date is"."""
    phrase = question.strip().rstrip("?.! ")
    phrase = phrase[4:] if phrase.lower().startswith("the ") else phrase
    return f"{'who' if kind == 'person' else 'what'} the {phrase} is"


def _wh_phrase(question: str) -> str:
    """The question as an embedded clause: "Who won X?" -> "who won X"; a part with the names it borrows from the
    other part ("Who was the runner-up in 2014? World Cup Final") -> "who was the runner-up in 2014 (World Cup
    Final)"."""
    asked, _, borrowed = question.strip().partition("? ")
    asked = _uninverted(asked.strip().rstrip("?.! "))
    text = f"{asked} ({borrowed.strip()})" if borrowed.strip() else asked
    first, *rest = text.split(" ", 2)
    # A preposition before the wh-word opens the clause too ("in which year ...", "for which film ...").
    opens = first.lower() in _CLAUSE_OPENERS or (
        bool(rest) and rest[0].lower() in _CLAUSE_OPENERS - AUXILIARIES and parse(question)[0].pos_ in ("ADP", "SCONJ")
    )
    return first.lower() + text[len(first) :] if opens else text


def _uninverted(question: str) -> str:
    """A direct question in the word order of an embedded one: the auxiliary after its subject ("when was X
    released" -> "when X was released"), or "do" dropped and its tense put on the verb ("how much did Alibaba
    pay" -> "how much Alibaba paid", lemminflect for the form). A question whose wh-word is its subject ("who
    won X") or that the parser does not read so is returned as it is, unless "do" stands before a subject and
    the bare verb that ends it, which the small parser may tag a noun ("how many goals did X score at Y")."""
    out = _uninverted_parsed(question)
    out = out if out != question else _undone(question)
    return out if out != question else _uninverted_by_tags(question)


def _uninverted_by_tags(question: str) -> str:
    """_uninverted when the parse tree is wrong but the tags are right. The wh-phrase runs to the first verb
    ("how many Tour de France stage wins does ..."); that verb, a tensed "be", "have", "do" or modal, goes after
    the subject. The subject ends at the first word that can be the clause's own verb: after "be" or "have" a
    participle ("where the 93rd Academy Awards ceremony was held"), or after "be" an adjective that ends the
    clause or takes "to" ("when the Pixel 6 was available to buy"); after "do" or a modal a bare verb that ends
    the question or comes before a preposition or particle ("how many tracks the Ocarina of Time CD contains"),
    which the tagger may call a noun. The subject holds a noun and no verb but inside a capitalised title ("The
    Walking Dead"); an existential "there" is one ("how many bids there were"). Otherwise the question is kept."""
    doc = parse(f"{question}?")
    wh = next((t.i for t in doc[:4] if t.tag_.startswith("W")), None)
    if wh is None:
        return question
    aux = next((t for t in doc[wh + 1 : -1] if t.tag_ in _TENSED or t.pos_ in ("VERB", "AUX")), None)
    if aux is None or (aux.lemma_.lower() not in ("be", "do", "have") and aux.tag_ != "MD"):
        return question
    words = [t.text_with_ws for t in doc[:-1]]
    if doc[aux.i + 1].lower_ == "there" and aux.lemma_.lower() == "be":  # the tagger may call it an adverb
        return "".join(words[: aux.i] + [doc[aux.i + 1].text + " ", aux.text_with_ws] + words[aux.i + 2 :]).strip()
    verb = next((t for t in doc[aux.i + 2 : -1] if _ends_subject(t, aux) and _subject(doc[aux.i + 1 : t.i])), None)
    if verb is None or doc[verb.i - 1].lower_ == "to":
        return question
    subject = doc[aux.i + 1 : verb.i]
    if aux.lemma_.lower() == "do":
        words[verb.i] = _tensed_like(_bare_lemma(verb), aux, verb.text) + verb.whitespace_
        return "".join(words[: aux.i] + words[aux.i + 1 :]).strip()
    end = max(t.i for t in subject if t.pos_ in ("NOUN", "PROPN", "NUM")) + 1  # an adverb after it stays after "was"
    return "".join(words[: aux.i] + words[aux.i + 1 : end] + [aux.text_with_ws] + words[end:]).strip()


def _ends_subject(t: Any, aux: Any) -> bool:
    """`t` can be the verb of the clause `aux` opens, the first word after its subject (_uninverted_by_tags)."""
    if t.is_title or not t.is_alpha:
        return False
    if aux.lemma_.lower() == "do" or aux.tag_ == "MD":
        return t.tag_ == "VB" or (_bare_verb(t) and t.nbor().tag_ in (".", "IN", "TO", "RP"))
    adjective = aux.lemma_.lower() == "be" and t.tag_ == "JJ" and t.nbor().tag_ in (".", "TO")
    return t.tag_ in ("VBN", "VBG", "VBD") or adjective


def _subject(span: Any) -> bool:
    """`span` can be a subject: it holds a noun, and no verb or wh-word but inside a capitalised title or before
    a noun it modifies ("free agent negotiations", the verb tag the tagger gives "free" there)."""
    return any(t.pos_ in ("NOUN", "PROPN") for t in span) and not any(
        (t.pos_ in ("VERB", "AUX") and not t.is_title and not _before_its_subject(t)) or t.tag_.startswith("W")
        for t in span
    )


def _bare_verb(token: Any) -> bool:
    """A lower-case word that is a verb's bare form (lemminflect's verbs), whatever the tagger called it."""
    return token.is_lower and token.is_alpha and token.lower_ in _verb_lemmas(token.lower_)


def _bare_lemma(verb: Any) -> str:
    """The verb "do" serves, which is its bare form: "found" after "did" is "found", not "find"."""
    lemmas = _verb_lemmas(verb.lower_)
    return verb.lower_ if verb.lower_ in lemmas else (lemmas or (verb.lemma_,))[0]


def _undone(question: str) -> str:
    """ "How many copies did X sell" -> "how many copies X sold": "do" dropped before a subject of no verb, its
    tense put on the bare verb the subject ends with (_do_supported); the question as it is otherwise."""
    doc = parse(f"{question}?")
    do = _do_aux(doc[1:5])  # after the wh-word
    verb = next((t for t in doc if t.i > do.i + 1 and _do_supported(t)), None) if do is not None else None
    if do is None or verb is None or any(t.pos_ in ("VERB", "AUX") for t in doc[do.i + 1 : verb.i]):
        return question
    lemma = _bare_lemma(verb)
    inflected = _tensed_like(lemma, do, verb.text)
    words = [t.text_with_ws for t in doc[:-1]]
    return "".join(
        [*words[: do.i], *words[do.i + 1 : verb.i], inflected + verb.whitespace_, *words[verb.i + 1 :]]
    ).strip()


def _uninverted_parsed(question: str) -> str:
    """_uninverted as the parse reads the question."""
    doc = parse(f"{question}?")  # parsed as the question it is
    aux = next((t for t in doc[1:6] if t.pos_ == "AUX" and t.tag_ in _TENSED), None)
    verb = aux.head if aux is not None and aux.dep_ in ("aux", "auxpass") else aux
    subject = next(
        (t for t in doc if t.dep_ in ("nsubj", "nsubjpass") and verb is not None and t.head.i == verb.i), None
    )
    if subject is None and verb is not None and verb.i == aux.i and doc[0].dep_ == "attr":
        # "Who is the current president of X?": the parser makes both sides of the copula attributes.
        subject = next((t for t in doc if t.dep_ == "attr" and t.head.i == verb.i and t.i > aux.i), None)
    if aux is None or verb is None or subject is None or subject.i < aux.i or subject.tag_.startswith("W"):
        return question
    if sum(1 for _ in doc.sents) > 1 or not re.fullmatch(r"[^\W_][\w.'’-]*", subject.text):
        return question  # not one question the parser reads whole (markup, a list of fragments): kept as typed
    end = subject.right_edge.i + 1
    if doc[end - 1].dep_ == "prep" and not list(doc[end - 1].children) and end - 1 > subject.i:
        end -= 1  # a stranded preposition stays after the verb: "where X is from", not "where X from is"
    while end < len(doc) - 1 and doc[end].is_punct and doc[end].text in _CLOSING:
        end += 1  # the quote or bracket that closes a title inside the subject ("the director of "Pretty Woman"")
    if end >= len(doc):
        return question  # the parser ran the subject into the question mark: no word order to trust
    if end < len(doc) - 1 and doc[end].is_punct:
        return question  # a title the parser cut at its colon or dash ("The Legend of Zelda: Ocarina of Time")
    copula = verb.i == aux.i
    participle = _passive_participle(doc, subject) if copula else None
    end = participle.i if participle is not None else end
    span = range(subject.left_edge.i, end)
    if aux.i + 1 != span.start or (not copula and verb.i < span.stop):
        return question  # something stands between the auxiliary and its subject, or the verb inside it
    words = [t.text_with_ws for t in doc[:-1]]
    moved = "".join(words[i] for i in span).rstrip()
    if aux.lemma_ == "do" and not copula:
        words[verb.i] = _tensed_like(verb.lemma_, aux, verb.text) + verb.whitespace_
        out = words[: aux.i] + [moved + " "] + words[span.stop :]
    elif copula:  # "what is the date of X" -> "what the date of X is"
        out = words[: aux.i] + [moved + " ", aux.text + doc[end - 1].whitespace_] + words[span.stop :]
    else:
        out = words[: aux.i] + [moved + " ", aux.text_with_ws] + words[span.stop :]
    return "".join(out).strip()


def _passive_participle(doc: Any, subject: Any) -> Any:
    """ "When was X elected President?": a copula asked "when" or "where" has no complement, so a participle the
    parser hung on the subject ("X elected President") is the passive verb ("when X was elected President"). So is
    a participle it hung deeper, on a pronoun it misread ("The Last of Us Part I released": "I" its subject), and
    after any wh-word one that ends the question ("What was the mascot called?"). None if there is no such verb."""
    participle = next(
        (
            t for t in subject.subtree if t.tag_ in ("VBN", "VBD")
            and ((t.dep_ == "acl" and t.head.i == subject.i) or (t.dep_ == "relcl" and t.i == len(doc) - 2))
        ),
        None,
    )  # fmt: skip
    if participle is None or participle.i <= subject.i:
        return None
    return participle if doc[0].tag_ == "WRB" or participle.i == len(doc) - 2 else None


@dataclass(frozen=True)
class PartText:
    """One part of a question: as shown, and as searched (with names the part leaves to the other one)."""

    text: str
    query: str


def split_parts(question: str) -> list[PartText]:
    """A question that joins two, as two; any other as itself.

    Two clauses ("Who won X, and who won Y?") split at the "and" before the second question word; the
    second borrows the first's names when it has none ("..., and who was the runner-up in 2014?"). Two
    parallel phrases ("Who directed A and B?", "in 2021 and in 2018", "the 2020 and 2021 NBA Drafts")
    become the same question about each: the phrase left of "and" that best matches the right one in
    shape (parts of speech, a capitalised title as one unit), when both name or number something.
    """
    text = question.strip()
    doc = parse(text)
    for t in doc:
        if t.lower_ == "and" and t.i + 1 < len(doc) and doc[t.i + 1].tag_ in ("WP", "WP$", "WRB", "WDT"):
            first = _as_question(doc[: t.i].text)
            second = _as_question(doc[t.i + 1].text.capitalize() + doc[t.i + 1 :].text[len(doc[t.i + 1].text) :])
            own = analyse(second).names
            borrowed = "" if own else " ".join(analyse(first).names)
            return [PartText(first, first), PartText(second, f"{second} {borrowed}".strip())]
    ands = [t.i for t in doc if t.lower_ == "and" and t.dep_ == "cc"]
    if (
        len(ands) == 1
        and not _one_holder(doc[ands[0]].head)
        and not _one_for_both(doc, doc[ands[0]].head)
        and not _one_modified(doc[ands[0]])
    ):
        parts = _parallel(doc, ands[0])
        if parts:
            return [PartText(p, p) for p in parts]
    # A question typed without its question mark is searched with it, as it is asked most often: the embedder
    # reads the two apart, enough to move a passage across the cut of the best few.
    asked = _as_question(text) if len(doc) and doc[0].lower_ in _CLAUSE_OPENERS and not doc[-1].is_punct else text
    return [PartText(text, asked)]


def _one_holder(first: Any) -> bool:
    """ "Who is the Representative Director and President of X?": two singular nouns under one determiner, the
    subject of a singular "is", are two titles of one holder; "Who were the director and the writer?" two."""
    second = next((t for t in first.children if t.dep_ == "conj"), None)
    be = first.head
    return (
        second is not None and first.dep_ in ("nsubj", "attr") and be.lemma_ == "be"
        and be.morph.get("Number") == ["Sing"] and first.tag_ in ("NN", "NNP") and second.tag_ in ("NN", "NNP")
        and not any(c.dep_ == "det" for c in second.children)
    )  # fmt: skip


def _one_modified(cc: Any) -> bool:
    """ "Who is Qatar's Finance and Petroleum Minister?", "the Minister of Regional and Industrial Expansion": words
    joined before a singular noun that they both modify describe one thing; "the 2020 and 2021 NBA Drafts" two."""
    first = cc.head
    head = first.head
    return first.dep_ in ("nmod", "compound", "amod") and head.i > cc.i and head.tag_ in ("NN", "NNP")


# Closed class: verbs whose plural subject does the one thing together, with each other (symmetric predicates).
_SYMMETRIC = frozenset("meet marry wed divorce collaborate partner merge agree".split())


def _one_for_both(doc: Any, first: Any) -> bool:
    """ "Which city are Jim McKelvey and Jack Dorsey from?": a singular noun the wh-word determines, asked of two
    subjects, is one answer both share, as is what two subjects of a symmetric verb did together ("Where did
    Larry Page and Sergey Brin meet?"); "Which movies won ... in 2020 and in 2021?" asks one for each."""
    asked = next((t.head for t in doc[:2] if t.tag_ == "WDT" and t.dep_ == "det"), None)
    # The parser may make the two an attribute of "are", the plural copula that only they can be the subject of.
    plural = first.dep_ == "attr" and first.head.lower_ in ("are", "were")
    subjects = first.dep_ in ("nsubj", "nsubjpass") or plural
    if subjects and first.head.lemma_.lower() in _SYMMETRIC:
        return True  # "Where did Larry Page and Sergey Brin meet?": they met each other, once
    return asked is not None and asked.tag_ == "NN" and subjects


def _parallel(doc: Any, at: int) -> list[str] | None:
    """Split "A x and y B" into "A x B" and "A y B" where x and y are the most alike phrases around "and".
    "between x and y" and "both x and y" relate the two: one question."""
    from difflib import SequenceMatcher

    if any(t.lower_ in ("between", "both", "among") for t in doc[:at]):
        return None
    end = len(doc) - 1 if doc[-1].is_punct else len(doc)
    units = _units(doc)
    best: tuple[float, int, int, int] | None = None
    for j in range(1, at):
        for k in range(at + 2, end + 1):
            left, right, tail = doc[j:at], doc[at + 1 : k], doc[k:end]
            if not (_is_named(left) and _is_named(right)) or not _clean_cut(right, tail):
                continue
            if units.get(j - 1) is not None and units.get(j - 1) == units.get(j):
                continue  # the left phrase would start inside a title
            if units.get(k - 1) is not None and units.get(k - 1) == units.get(k):
                continue  # the right phrase would end inside one ("the Pixel | 6 Pro")
            score = SequenceMatcher(None, _shape(left, units), _shape(right, units)).ratio()
            # Alike in shape first; then alike in length ("Tesla" with "Nintendo", not "CEOs of Tesla").
            key = (round(score, 6), -abs(len(left) - len(right)), len(left) + len(right))
            if best is None or key > best[0]:
                best = (key, j, k)  # type: ignore[assignment]
    if best is None or best[0][0] < 0.5:  # type: ignore[index]
        return None
    _, j, k = best  # type: ignore[misc]
    head, tail = doc[:j].text_with_ws, doc[k:end].text
    x, y = doc[j:at].text, doc[at + 1 : k].text
    return [_as_question(f"{head}{x} {tail}"), _as_question(f"{head}{y} {tail}")]


def _clean_cut(right: Any, tail: Any) -> bool:
    """The right phrase ends where a phrase can end: not before "'s", and before a noun only when it is a
    modifier of it ("2021" in "the 2020 and 2021 NBA Drafts")."""
    if not len(tail):
        return True
    first = tail[0]
    if first.pos_ == "PART" or first.text.startswith("'"):
        return False
    return first.pos_ not in ("NOUN", "PROPN") or all(t.like_num or t.pos_ == "ADJ" for t in right)


def _units(doc: Any) -> dict[int, int]:
    """Token index -> title id, for runs of capitalised words with "of"/"the" between ("God of War")."""
    units: dict[int, int] = {}
    run: list[int] = []
    for t in [*doc, None]:
        # A capitalised common noun ("CEOs of Tesla") is not part of a title.
        capital = (
            t is not None
            and t.i > 0
            and ((t.text[:1].isupper() and t.pos_ != "NOUN") or (t.text[:1].isdigit() and run))
        )
        joiner = t is not None and run and t.lower_ in ("of", "the", "de", "la", "del")
        if capital or joiner:
            run.append(t.i)
            continue
        while run and doc[run[-1]].lower_ in ("of", "the", "de", "la", "del"):
            run.pop()
        for i in run:
            units[i] = run[0]
        run = []
    return units


def _shape(span: Any, units: dict[int, int]) -> list[str]:
    """Parts of speech, a title or a capitalised word as one TITLE, punctuation left out."""
    shape: list[str] = []
    for t in span:
        if t.is_punct:
            continue
        if t.i in units or (t.i > 0 and t.text[:1].isupper()):
            starts = units.get(t.i, t.i) == t.i
            if starts or not shape or shape[-1] != "TITLE":
                shape.append("TITLE")
        else:
            shape.append("NUM" if t.like_num else t.pos_)
    return shape


def _is_named(span: Any) -> bool:
    """A phrase worth its own question: it holds a name, a number or a year."""
    return any(t.pos_ == "PROPN" or t.like_num or (t.text[:1].isupper() and t.i > 0) for t in span)


def _as_question(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,;")
    text = re.sub(r"\s+([?.,!)])", r"\1", text).replace("( ", "(")
    return text if text.endswith("?") else text + "?"
