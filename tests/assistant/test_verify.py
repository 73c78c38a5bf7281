"""The support judge and the answerability gate, with the real bundled embedder."""

import pytest

from assistant.types import Evidence
from assistant.verify import SupportJudge, added_words, answerability, dates, entities, missing_facts, numbers
from index.text import sentence_spans
from index.types import Chunk

QUOTE = (
    'Sachs, Trump\'s AI advisor, defended it on Tuesday, saying on CNBC that the H20 chip is an "outdated component".'
)


def test_fact_extraction() -> None:
    assert numbers("50% of researchers; 50 percent; $2.19 on April 2nd") == {"50%", "2.19", "2"}
    assert dates("In May 2025 the chip may ship on Tuesday") == {"may", "2025", "tuesday"}
    assert entities("David Sacks’ view of Nvidia's H20 and the U.S. market") == {"david sacks", "nvidia", "h20", "us"}


@pytest.mark.parametrize(
    ("claim", "missing"),
    [
        ("Sachs said on CNBC that the H20 is outdated.", []),
        ("Sacks said on CNBC that the H20 is outdated.", []),  # one edit away: same person
        ("Sachs said on Fox News that the H20 is outdated.", ["fox news"]),
        ("Sachs said the H200 is outdated.", ["h200"]),
        ("Sachs said on Tuesday, May 5, that the H20 is outdated.", ["5", "may"]),
    ],
)
def test_missing_facts(claim: str, missing: list[str]) -> None:
    assert sorted(missing_facts(claim, QUOTE)) == sorted(missing)


MATE = "As Huawei's latest smartphone, the Mate 60, integrates advanced chips produced by SMIC, it reveals progress."


@pytest.mark.parametrize(
    ("claim", "missing"),
    [
        ("The Mate 60's advanced chips were produced by SMIC.", []),
        (
            "The Mate 60's chips were produced by the company's own team of engineers.",
            ["produced by company own team engineers"],
        ),
        (
            "The Mate 60's chips were produced by Huawei's chip production company, Huawei.",
            ["produced by huawei chip production company"],
        ),
        ("The Mate 60's chips were designed by Huawei.", []),  # the quote does not say who designed them
        ("Huawei produced the Mate 60's advanced chips.", ["huawei produced"]),  # the same reversal, active
        ("Huawei has itself produces the chips of the Mate 60.", ["huawei produces"]),
        ("SMIC produced the advanced chips in Huawei's Mate 60.", []),
        ("The chips in the Mate 60 are produced by SMIC, which Huawei uses.", []),
    ],
)
def test_who_did_it_must_match(claim: str, missing: list[str]) -> None:
    assert missing_facts(claim, MATE) == missing


def test_judge_needs_similarity_and_facts(embedder) -> None:  # type: ignore[no-untyped-def]
    judge = SupportJudge(embedder, 0.6)
    assert judge.supports("Trump's AI advisor Sachs called the H20 an outdated component on CNBC.", [QUOTE])[0]
    ok, score = judge.supports("Huawei sold Ascend chips to ByteDance.", [QUOTE])
    assert not ok and score < 0.6
    ok, score = judge.supports("Sachs called the H20 an outdated component on CNBC in 2019.", [QUOTE])
    assert not ok and score >= 0.6  # close in meaning, but the year is invented


def _ev(*quotes: str) -> list[Evidence]:
    chunk = Chunk(id="c", doc_id="d", text=" ".join(quotes), start=0, end=1)
    return [Evidence(n=i + 1, chunk=chunk, quote=q, start=0, end=len(q), relevance=0.6) for i, q in enumerate(quotes)]


@pytest.mark.parametrize(
    ("question", "ok", "reason"),
    [
        ("What did Sachs call the H20?", True, ""),
        ("When did Sachs defend the H20?", True, ""),
        ("What price does Nvidia charge for the H20?", False, "figure"),
        ("When will the H20 ship?", False, "date"),
        ("Who is the CEO of Nvidia?", False, "names the ceo"),
        ("Who is the AI advisor?", True, ""),
        ("What did AMD say about the H20?", False, "the articles do not mention AMD"),  # as the question spells it
    ],
)
def test_answerability_gate(question: str, ok: bool, reason: str) -> None:
    quotes = (
        (QUOTE, "Nvidia makes the H20 chip for China.")
        if "Sachs" in question or "advisor" in question
        else ("Nvidia makes the H20 chip for China.",)
    )
    got = answerability(question, _ev(*quotes), 0.35)
    assert got.ok is ok and reason in got.reason


def test_gate_refuses_weak_evidence() -> None:
    weak = _ev("Nvidia makes the H20 chip for China.")
    weak[0].relevance = 0.1
    assert not answerability("What did Nvidia make?", weak, 0.35).ok
    assert not answerability("What did Nvidia make?", [], 0.35).ok


def test_a_questions_first_word_is_not_a_name() -> None:
    """ "Under which administration ..." once made the gate abstain: "the articles do not mention under"."""
    assert entities("Under which administration were the regulations imposed?") == set()
    assert entities("Sachs said on Fox News that in May it was outdated.") == {"sachs", "fox news", "may"}


def test_a_question_typed_without_capitals_still_names_its_subject() -> None:
    """The bundled set typed in lower case answered "what did amd say about the export controls?" and "what did the
    european union decide ...?" by quoting other sentences: without capitals no name was seen, so none was missing.
    The subject after the auxiliary is taken as the name; the asked phrase and "the articles" are not."""
    ev = _ev(QUOTE, "Nvidia makes the H20 chip for China.")
    for question, ok, reason in [
        ("what did amd say about the h20 chip?", False, "amd"),
        ("what did the european union decide about the h20 chip?", False, "european union"),
        ("what did sachs call the h20 chip?", True, ""),
        ("on which tv network did sachs defend the h20 chip?", True, ""),
        ("which chips for china do the articles discuss?", True, ""),
    ]:
        gate = answerability(question, ev, 0.35)
        assert gate.ok is ok and reason in gate.reason, question


PREMISE = (
    "During the most intense period of Sino-US trade confrontation, the US suddenly agreed to sit down for "
    "negotiations in early May."
)


def test_padding_the_quote_with_invented_detail_is_not_support(embedder) -> None:  # type: ignore[no-untyped-def]
    question = "What was an important reason the US agreed to negotiate in early May?"
    padded = "The US agreed to negotiate in early May to avoid a trade war with China, a major issue in the talks."
    added, share = added_words(padded, PREMISE, question)
    assert {"avoid", "war", "major", "issue"} <= set(added) and share < 0.6
    judge = SupportJudge(embedder, 0.6, 0.6)
    ok, score = judge.supports(padded, [PREMISE], question)
    assert not ok and score >= 0.6  # close in meaning: only the word check catches it
    # Restating the question is not padding: its words are given.
    assert judge.supports(
        "The US agreed to negotiate in early May, during the trade confrontation.", [PREMISE], question
    )[0]


def test_an_articles_question_supports_no_assertion(embedder) -> None:  # type: ignore[no-untyped-def]
    asked = (
        "Has this forced self-reliance accelerated China's capabilities to a point where external reliance diminishes?"
    )
    judge = SupportJudge(embedder, 0.6, 0.6)
    assert not judge.supports(
        "Forced self-reliance accelerated China's capabilities to a point where external reliance diminishes.", [asked]
    )[0]
    assert judge.supports(f'"{asked}"', [asked])[0]  # quoting the question itself is fine


def test_the_questions_relation_is_a_claim() -> None:
    """Before: the question's words were exempt, so "runner-up" could be attached to the winner."""
    from assistant.verify import unsaid_relation

    question = "Who was the runner-up of the 2014 World Cup?"
    from assistant.question import analyse

    relation = analyse(question).relation
    assert unsaid_relation(
        "The runner-up of the 2014 World Cup was Germany.", "World Cup 2014 winner - Germany.", relation
    )
    assert not unsaid_relation("The runner-up was Argentina.", "Champions Germany Runners-up Argentina", relation)


def test_the_second_quote_says_what_the_first_leaves_out() -> None:
    """Held-out "What unintended effect might the export controls have on innovation inside China?": the second
    most similar sentence says export controls again; the third, nearly as close, says what they do to innovation."""
    from assistant.assemble import Assembler

    ev = _ev(
        "In parallel to the challenges posed by export controls, there has been a noticeable shift in China's "
        "semiconductor industry.",
        "For several years, the United States government has implemented a series of export controls on China.",
        "While the regulations seek to stall China's technological ambitions, they may simultaneously be propelling "
        "innovation within the country as firms are compelled to develop independently.",
    )
    for e, relevance in zip(ev, (0.675, 0.655, 0.653), strict=True):
        e.relevance = relevance
    question = "What unintended effect might the export controls have on innovation inside China?"
    quoted = [cited[0].quote for _, cited in Assembler(None).extractive(ev, question)]  # type: ignore[arg-type]
    assert quoted == [ev[0].quote, ev[2].quote]
    # Far less relevant, it is not quoted, whatever it adds; without the question the next best is.
    ev[2].relevance = 0.5
    assert [c[0].quote for _, c in Assembler(None).extractive(ev, question)] == [ev[0].quote, ev[1].quote]  # type: ignore[arg-type]
    assert len(Assembler(None).extractive(ev)) == 1  # type: ignore[arg-type]


def test_gate_wants_the_asked_year_in_a_close_passage() -> None:
    """Before: "What was Tim Cook's salary for 2019?" (over rgb-dev's passages, which never say) was answered by
    quoting his pay in 2021, and the 2026 World Cup's prize pool by Qatar 2022's: a year the question gives is
    said in one of the quotes, or the question is declined saying so."""
    pay = _ev(
        "Apple CEO Tim Cook received nearly $100 million in compensation in 2021.", "Cook's salary is $3 million."
    )
    got = answerability("What was Tim Cook's salary for 2019?", pay, 0.35)
    assert not got.ok and got.reason == "no passage close to the question speaks of 2019"
    assert answerability("What was Tim Cook's salary for 2021?", pay, 0.35).ok


_OPEN = "Harbour Open"  # the article's title names the event; the quotes need not


def _paragraphs(*paragraphs: str) -> list[Evidence]:
    """Each paragraph's last sentence as a quote, with its article offsets, from one chunk of them all (split
    into sentences as indexing splits it)."""
    text = "\n\n".join(paragraphs)
    chunk = Chunk(id="c", doc_id="d", text=text, start=0, end=len(text), title=_OPEN, sentences=sentence_spans(text))
    quotes = [p.rsplit("... ", 1)[-1] for p in paragraphs]
    return [
        Evidence(n=i + 1, chunk=chunk, quote=q, start=text.index(q), end=text.index(q) + len(q), relevance=0.6)
        for i, q in enumerate(quotes)
    ]


def test_this_year_is_the_year_of_the_date_line_its_paragraph_opens_with() -> None:
    """Before (rgb-probe a05, K18), "Which seed was Emma Raducanu at the 2022 US Open?" was declined for want of
    2022, though its passage reads "Aug 29, 2022 ... she's the No. 11 seed in this year's event": a search
    result's snippet is dated by its date line, which says which year "this year" is."""
    seeded = _paragraphs("Aug 29, 2022 ... Ana Silva is the No. 11 seed in this year's event.")
    assert answerability("Which seed is Ana Silva at the 2022 Harbour Open?", seeded, 0.35, _OPEN).ok
    got = answerability("Which seed is Ana Silva at the 2023 Harbour Open?", seeded, 0.35, _OPEN)
    assert not got.ok and got.reason == "no passage close to the question speaks of 2023"
    # A date line opens another paragraph than the quote's: it dates nothing the quote says.
    apart = _paragraphs("Aug 29, 2022 ... The draw was made.", "Ana Silva is the No. 11 seed in this year's event.")
    assert not answerability("Which seed is Ana Silva at the 2022 Harbour Open?", apart[1:], 0.35, _OPEN).ok


def test_a_sentence_beside_the_question_is_no_support(embedder) -> None:  # type: ignore[no-untyped-def]
    """Before (fourteenth batch): "The 2021 NBA Draft was the 2021 NBA Draft." passed as the answer to "Which
    edition of the NBA draft was the 2021 draft?", and "The Legend of Zelda: Ocarina of Time is a game ..." as
    the answer to "What kind of animal is Zabivaka?": one restates the question, the other names nothing it asks
    about. The same sentences without the question, and an answer that names its subject, still pass."""
    judge = SupportJudge(embedder, 0.6, 0.6)
    draft = "The 2021 NBA draft, the 75th edition of the National Basketball Association's annual draft, was held."
    asked = "Which edition of the NBA draft was the 2021 draft?"
    assert not judge.supports("The 2021 NBA Draft was the 2021 NBA Draft.", [draft], asked)[0]
    assert judge.supports("The 2021 NBA draft was the 75th edition of the draft.", [draft], asked)[0]
    zelda = "The Legend of Zelda: Ocarina of Time is an action-adventure game developed by Nintendo."
    claim = "The Legend of Zelda: Ocarina of Time is an action-adventure game."
    assert judge.supports(claim, [zelda])[0]
    assert not judge.supports(claim, [zelda], "What kind of animal is Zabivaka?")[0]


def test_a_drafted_fragment_with_no_verb_asserts_nothing(embedder) -> None:  # type: ignore[no-untyped-def]
    """Before (A34): the model's fragment "The 2020 NBA Draft 2021 NBA" passed as the answer to "Which school has had
    players selected in 20 of the last 22 NBA Drafts?" (its words are the quote's), ahead of the quote that names
    the Blue Devils. A sentence with a verb, from the same words, is still judged on them."""
    quote = "The 2020 NBA Draft and the 2021 NBA Draft were held in Brooklyn."
    chunk = Chunk(id="c", doc_id="d", text=quote, start=0, end=len(quote))
    ev = [Evidence(n=1, chunk=chunk, quote=quote, start=0, end=len(quote), relevance=1.0)]
    judge = SupportJudge(embedder, 0.6, 0.6)
    asked = "Which school has had players selected in 20 of the last 22 NBA Drafts?"
    claims = ["The 2020 NBA Draft 2021 NBA", "The 2020 NBA Draft and the 2021 NBA Draft were held in Brooklyn."]
    sims = judge.similarities(claims, [quote])
    assert not judge.judge(claims[0], ev, sims[0], [0], asked).supported
    assert judge.judge(claims[1], ev, sims[1], [0], asked).supported


def test_a_quote_that_adds_all_the_best_one_adds_and_more_leads() -> None:
    """Before (x09): "Which school did Johnny Manziel play for when he won the Heisman Trophy?" was answered by
    quoting "Johnny Manziel won the 2012 Heisman Trophy." first (it adds only the year), the sentence that names
    Texas A&M second; the headline missed the school."""
    from assistant.assemble import Assembler

    ev = _ev(
        "Johnny Manziel won the 2012 Heisman Trophy.", "Johnny Manziel won the Heisman Trophy at Texas A&M in 2012."
    )
    ev[0].relevance, ev[1].relevance = 0.70, 0.65
    question = "Which school did Johnny Manziel play for when he won the Heisman Trophy?"
    quoted = [cited[0].quote for _, cited in Assembler(None).extractive(ev, question)]  # type: ignore[arg-type]
    assert quoted == [ev[1].quote, ev[0].quote]


def test_a_drafted_sentence_about_the_sources_asserts_nothing(embedder) -> None:  # type: ignore[no-untyped-def]
    """Before (bench/rgb-probe.jsonl, D19): the model's "The article concludes with the answer: The Athens 2004
    Olympic Games, athletic festival held in Athens ..." passed as the answer to why Athens lost the 1996 vote (its
    words after the colon are a quote's), ahead of the quote that gives the reason. A sentence whose subject is the
    article or the answer speaks of the sources, and asserts only a clause it says they say; "the text of a law"
    is a thing in the world."""
    from assistant.verify import _of_the_sources

    assert not _of_the_sources("The article discusses how export controls have intensified competition.")
    assert not _of_the_sources("The text of the law was published in 2020.")
    quote = "Athens 2004 Olympic Games, athletic festival held in Athens that took place August 13-29, 2004."
    chunk = Chunk(id="c", doc_id="d", text=quote, start=0, end=len(quote))
    ev = [Evidence(n=1, chunk=chunk, quote=quote, start=0, end=len(quote), relevance=1.0)]
    judge = SupportJudge(embedder, 0.6, 0.6)
    asked = "Why did Athens lose the vote for the 1996 Games?"
    claims = [
        f"The article concludes with the answer: {quote}",
        quote.replace(", athletic festival", " were an athletic festival"),
    ]
    sims = judge.similarities(claims, [quote])
    assert not judge.judge(claims[0], ev, sims[0], [0], asked).supported
    assert judge.judge(claims[1], ev, sims[1], [0], asked).supported


def test_the_names_asked_must_be_met_together_in_one_passage_quoted() -> None:
    """Before (news-leeb I60): "What is the HIV infection rate in Zambia?" was answered by quoting "The overall HIV
    infection rate in Malawi is 19 per cent": each name was somewhere in the retrieved text (another article
    lists Zambia among seven countries), none passage named both. A passage's title and outlet count as its own."""

    def passage(doc: str, text: str, outlet: str = "") -> Evidence:
        chunk = Chunk(id=doc, doc_id=doc, text=text, start=0, end=len(text), title=doc, outlet=outlet)
        return Evidence(n=1, chunk=chunk, quote=text, start=0, end=len(text), relevance=0.6)

    rate = passage("malawi", "The overall HIV infection rate in Malawi is 19 per cent, the ministry said.")
    hunger = passage("famine", "Up to 14 million people in Malawi, Zambia and Angola face starvation, the agency said.")
    gate = answerability("What is the HIV infection rate in Zambia?", [rate, hunger], 0.35)
    assert not gate.ok and gate.reason == "no passage speaks of HIV and Zambia together"
    assert answerability("What is the HIV infection rate in Malawi?", [rate, hunger], 0.35).ok
    piece = passage("piece", "For Beijing, it is a tightrope walk, the writer argues.", outlet="Newsera")
    asked = "What is Beijing's tightrope walk, according to the Newsera article?"
    assert answerability(asked, [piece], 0.35, context=f"piece Newsera {piece.chunk.text}").ok
