"""Answer-bearing evidence on passages nobody here wrote (rgb-dev) and on the bundled articles: each rule with
a question it got wrong before (rgb-dev's figures in README, "How grounding works")."""

from __future__ import annotations

import re

import pytest

from assistant.assemble import STATED


def test_a_question_no_sentence_answers_is_declined_naming_the_missing_part(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before: "Who won the Masters golf tournament in 2021?" was answered by quoting "The 2021 Masters
    Tournament runs April 8-11 ..." (the event and year are there; who won is not)."""
    a = rgb_services.chain.answer("Who won the Masters golf tournament in 2021?")
    assert a.abstained and a.parts[0].abstained
    assert a.answer.startswith("The articles do not say who won the Masters golf tournament in 2021")
    assert "they mention" in a.answer and "Masters" in a.parts[0].missing
    assert any(s.note == "closest passage" for s in a.sentences)


def test_another_relation_is_not_an_answer(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before: "The runner-up of the 2014 World Cup was Germany." passed against "World Cup 2014 winner -
    Germany.": the winner is not the runner-up."""
    from assistant.candidates import find
    from assistant.question import analyse

    q = "Who was the runner-up of the 2014 World Cup?"
    found = find(analyse(q), rgb_services.retriever.search(q, k=6), rgb_services.embedder)
    assert all("winner - Germany" not in c.evidence.quote for c in found.candidates)
    a = rgb_services.chain.answer(q)
    assert not any(s.text.startswith("Germany") and s.supported for s in a.sentences)


def test_the_doer_of_the_relation_is_the_answer(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before: "The director of "Pretty Woman" is J. F. Lawton." (he wrote it); "directed by Garry Marshall"
    names the director."""
    a = rgb_services.chain.answer('Who is the director of "Pretty Woman"?')
    assert not a.abstained and a.sentences[0].text == "Garry Marshall." and a.sentences[0].note == STATED
    quote = next(c.quote for c in a.citations if c.n == a.sentences[0].citations[0])
    assert "Garry Marshall" in quote


def test_a_name_cut_off_by_an_aside_counts_with_its_other_mentions(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before: "Tadej Pogačar (UAE Team" (spaCy's span ran into the parenthesis) was a second name, so Pogačar's
    two mentions did not add up and "Mark Cavendish wins stage 13 of the Tour de France" was the answer."""
    a = rgb_services.chain.answer("Who won the 2021 Tour de France?")
    assert a.sentences[0].text == "Tadej Pogačar." and a.sentences[0].supported


def test_a_city_and_its_state_are_one_place_and_only_people_take_a_fuller_name(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before: "Super Bowl 2021 location" was answered "Tampa Bay Buccaneers." (the team, taken as the fuller
    form of "Tampa") while the quote says "in Tampa, Florida"."""
    a = rgb_services.chain.answer("Super Bowl 2021 location")
    assert a.sentences[0].text.endswith(" in Tampa, Florida.") and a.sentences[0].supported  # its stadium leads
    b = rgb_services.chain.answer("Who won the US Presidential Election 2020?")
    assert "Joe Biden" in b.sentences[0].text  # a surname still takes the person's full name


def test_a_plural_name_is_matched_by_its_lemma(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before: "the 2020 and 2021 NBA Drafts" split into "the 2020 NBA Drafts", which no sentence names (they
    say "NBA Draft"), so both parts were declined."""
    from assistant.question import analyse

    assert analyse("What were the dates of the 2020 NBA Drafts?").name_lemmas == ("NBA draft",)
    a = rgb_services.chain.answer("What were the dates of the 2020 and 2021 NBA Drafts?")
    assert [p.abstained for p in a.parts] == [False, False]
    assert "November 18, 2020" in a.answer and "July 29, 2021" in a.answer


def test_a_modifier_marks_another_role_only_before_a_role_word(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before: "Toy Story 4, the long-awaited next chapter in the saga ..., won Best Animated Feature" was
    skipped as if "next" spoke of another year's winner, and the question was declined."""
    a = rgb_services.chain.answer("What movie won the Oscar for Best Animated Film in 2020?")
    assert a.sentences[0].text == "Toy Story 4." and a.sentences[0].supported


def test_a_number_meets_its_ordinal_and_a_date_its_shorter_mentions(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before: "season 4" was not found in "The fourth season of The Crown ... was released ... on 15 November
    2020", and "August 2019" (when filming started) was the answer; "Nov 15" elsewhere now counts as the same
    day."""
    from assistant.candidates.rank import _canonical
    from assistant.question import analyse

    assert _canonical([("Nov 15", "DATE"), ("15 November 2020", "DATE")], set())["nov 15"] == "15 November 2020"
    assert analyse("When does season 4 of The Crown premiere?").years == ("4",)
    a = rgb_services.chain.answer("When does season 4 of The Crown premiere?")
    assert a.sentences[0].text == "15 November 2020." and a.sentences[0].supported


def test_a_rank_asks_for_its_holder(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before: "What is women's year-end No 1 in tennis in 2020?" was drafted as a description and answered
    with quotes that name nobody."""
    a = rgb_services.chain.answer("What is women's year-end No 1 in tennis in 2020?")
    assert a.sentences[0].text == "Ashleigh Barty." and a.sentences[0].supported


def test_a_champion_won(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before: "Who won the World Cup Final in 2018?" was declined: "France are soccer's world champions again
    after beating Croatia 4-2 in the World Cup final" says "champions", not "won", and its date line ("Jul 15,
    2018 ...") lay in the chunk before, so the paragraph's year was not seen."""
    a = rgb_services.chain.answer("Who won the World Cup Final in 2018?")
    assert a.sentences[0].text == "France." and a.sentences[0].supported


def test_an_event_held_in_a_place_says_who_hosted(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before: declined, since no sentence says "hosted"; "Athens 2004 Olympic Games, athletic festival held in
    Athens ..." does. A place where the event is held is not enough for a question that is not about hosting."""
    from assistant.question import analyse

    a = rgb_services.chain.answer("which city hosted the olympic games in 2004?")
    assert a.sentences[0].text == "Athens." and a.sentences[0].supported
    assert analyse("Which country won the World Cup in 2018?").relation == ("win",)  # not a locative verb


def test_a_paragraph_is_one_across_the_chunks_that_hold_it() -> None:
    from assistant.candidates.sentences import _sentences
    from index.types import Chunk, Hit

    text = "Jul 15, 2018 ... France are world champions again.\nNext paragraph here."
    first = Chunk(id="a", doc_id="d", text=text[:30], start=0, end=30, sentences=[(0, 16), (17, 51)], lemmas=["", ""])
    second = Chunk(id="b", doc_id="d", text=text[17:], start=17, end=len(text), sentences=[(17, 51), (52, len(text))],
                   lemmas=["", ""])  # fmt: skip
    hits = [Hit(chunk=second, score=1.0), Hit(chunk=first, score=0.5)]
    paragraphs = [s.paragraph for s in _sentences(hits)]
    assert paragraphs[0] == paragraphs[1] != paragraphs[2]


def test_a_proper_noun_the_tagger_missed_can_answer(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before: "Who acquired WhatsApp?" was answered "Mountain View, California." from "... WhatsApp Inc. of
    Mountain View, California, which was acquired by Facebook ...": spaCy's small pipeline tagged no entity on
    "Facebook" there."""
    a = rgb_services.chain.answer("Who acquired WhatsApp?")
    assert a.sentences[0].text == "Facebook." and a.sentences[0].supported


def test_the_doer_is_read_in_more_than_the_best_sentence(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before: "Leylah Fernandez." answered who won the 2021 US Open: her best sentence, "US Open 2021: Emma
    Raducanu beats Leylah Fernandez to win ...", is parsed with "Raducanu" as a compound of "beats", so neither
    was its doer, and the loser is named in more sentences than the winner."""
    a = rgb_services.chain.answer("Who won the women's singles U.S. Open in 2021?")
    assert a.sentences[0].text == "Emma Raducanu." and a.sentences[0].supported


def test_a_bare_name_labelled_by_a_bare_role(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before: declined. A flattened table reads "Teams. Croatia. Runner-up. 7. Matches played.": the role
    after the name labels it; both are quoted."""
    a = rgb_services.chain.answer("Who was the runner-up of the 2018 World Cup?")
    assert a.sentences[0].text == "Croatia." and a.sentences[0].supported
    assert [c.quote for c in a.citations][:2] == ["Croatia.", "Runner-up."]


def test_an_untagged_run_joined_to_a_tagged_name_is_part_of_it() -> None:
    """Before: asked without its question mark, "Who won the World Cup Final in 2018" was answered "FIFA Men."
    from "FIFA Men's World Cup results and which countries have won."."""
    from assistant.candidates.sentences import _sentences
    from assistant.candidates.spans import _untagged
    from assistant.question import analyse
    from index.types import Chunk, Hit

    text = "FIFA Men's World Cup results and which countries have won. Facebook bought it."
    chunk = Chunk(id="a", doc_id="d", text=text, start=0, end=len(text), sentences=[(0, 58), (59, len(text))],
                  entities=[(11, 20, "EVENT")], lemmas=["", ""])  # fmt: skip
    first, second = _sentences([Hit(chunk=chunk, score=1.0)])
    analysis = analyse("Who won the World Cup Final in 2018?")
    assert _untagged(analysis, first) == []
    assert [text[a:b] for a, b, _ in _untagged(analysis, second)] == ["Facebook"]


def test_a_trailing_plus_makes_another_name() -> None:
    """Before: "Disney+" and "Disney" were one answer, so the studio's mentions voted for the streaming service
    and "Disney+." answered who stars as Mulan."""
    from assistant.candidates.sentences import _key

    assert _key("Disney+") != _key("Disney") and _key("Tadej Pogačar") == _key("tadej pogačar")


def test_a_name_has_letters(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before: "6–4", tagged as a person in "Daniil Medvedev defeated Novak Djokovic in the final, 6–4, 6–4,
    6–4", was a candidate for who won (with six votes)."""
    from assistant.candidates import find
    from assistant.question import analyse

    q = "Who won the men's singles U.S. Open 2021?"
    found = find(analyse(q), rgb_services.retriever.search(q, k=6), rgb_services.embedder)
    assert found.candidates and all(any(ch.isalpha() for ch in c.text) for c in found.candidates)


@pytest.mark.parametrize(
    ("question", "why"),
    [
        ("Who was named the 2020 National Teacher of the Year?", "another year, another title (State)"),
        ("Who is the president of the FIFA?", "the former president is not the president"),
        ("Who won the 2019 Tour de France?", "a Colombian is no name"),
        ('Who is the director of "Bohemian Rhapsody"?', "a video director, a director of music videos: other roles"),
        ("When was Marvel's Spider-Man released?", "a date line is no name labelled by the fragment after it"),
        ("Who directed The Avengers?", "Avengers: Infinity War, the next Avengers movie, @avengers: other works"),
    ],
)
def test_unanswerable_rgb_questions_abstain(rgb_services, question: str, why: str) -> None:  # type: ignore[no-untyped-def]
    a = rgb_services.chain.answer(question)
    assert a.abstained, (why, a.answer)
    # Before: typed in lower case, a question lost its names ("fifa", "tour de france") and with them its
    # constraints: rgb-dev's rejection rate fell from 0.8 to 0.3.
    lower = rgb_services.chain.answer(question.lower())
    assert lower.abstained, (why, lower.answer)
    framed = rgb_services.chain.answer(f"Can you tell me {question[0].lower()}{question[1:]}")
    assert framed.abstained and framed.answer.startswith(f"The articles do not say {question[0].lower()}"), (
        framed.answer
    )


def test_an_episodes_release_is_not_the_season_premiere(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """rgb034 has no answer in rgb-dev: no passage gives the premiere's year. An episode's release ("Season 11,
    Episode 17: Releases Sunday, October 2, 2022") is not the premiere. Typed in lower case, the question keeps
    "season" out of the show's name, and since session 22 a snippet that says "The Season 11 premiere lands on
    AMC on Sunday August 22nd" in an article that names The Walking Dead answers it (the name left to the
    article, _elided): the premiere's day, which RGB's gold wants with its year."""
    question = "What is the premiere date of The Walking Dead Season 11?"
    assert rgb_services.chain.answer(question).abstained
    lower = rgb_services.chain.answer(question.lower())
    assert lower.abstained or ("Sunday August 22nd" in lower.answer and "Episode" not in lower.answer), lower.answer


def test_the_answer_is_stated_in_its_sources_words(rgb_services) -> None:  # type: ignore[no-untyped-def]
    a = rgb_services.chain.answer("Who won the women's singles Wimbledon in 2018?")
    head = a.sentences[0]
    assert head.text == "Angelique Kerber." and head.supported and head.note == STATED
    assert len([s for s in a.sentences if s.note == "quoted from the source"]) <= 2  # short: at most two quotes


def test_two_part_question_answered_part_by_part(rgb_services) -> None:  # type: ignore[no-untyped-def]
    a = rgb_services.chain.answer("Who was awarded the Nobel Prize in Literature in 2021 and in 2018?")
    assert [p.question for p in a.parts] == [
        "Who was awarded the Nobel Prize in Literature in 2021?",
        "Who was awarded the Nobel Prize in Literature in 2018?",
    ]
    first, second = (a.sentences[p.sentences[0]] for p in a.parts)
    assert "Abdulrazak Gurnah" in first.text and "Olga Tokarczuk" in second.text
    assert first.citations != second.citations  # each part cites its own source


def test_a_part_the_articles_do_not_cover_is_named(rgb_services) -> None:  # type: ignore[no-untyped-def]
    a = rgb_services.chain.answer(
        "Who won the Nobel Prize in Literature in 2021, and who won the Masters golf tournament in 2021?"
    )
    assert not a.abstained and [p.abstained for p in a.parts] == [False, True]
    assert "Abdulrazak Gurnah" in a.answer
    assert "The articles do not say who won the Masters golf tournament in 2021" in a.answer


def test_verbs_of_speaking_say_one_relation(answering) -> None:  # type: ignore[no-untyped-def]
    """Before (held-out set): "Which news agency did the founder of eetrend speak to?" was declined: the article
    says "told AFP", and spaCy tags no entity on "AFP"."""
    a = answering.chain.answer("Which news agency did the founder of eetrend speak to?")
    assert a.sentences[0].text == "AFP." and a.sentences[0].supported


@pytest.mark.parametrize(
    "question",
    [
        "What price did Alibaba pay per H200 chip?",
        "How many H20 chips did ByteDance order?",
        "How much revenue did Huawei make from Ascend chips last year?",
    ],
)
def test_figures_the_articles_never_give_are_declined(answering, question: str) -> None:  # type: ignore[no-untyped-def]
    """Before: a price, an order size and a revenue figure were answered by quoting an unrelated sentence."""
    a = answering.chain.answer(question)
    assert a.abstained, a.answer


def test_a_declined_figure_names_what_the_passages_do_mention(answering) -> None:  # type: ignore[no-untyped-def]
    """Before: "nothing retrieved mentions it" when the only figures found were off the question's topic."""
    a = answering.chain.answer("How many H200 chips did Alibaba buy?")
    assert a.abstained and "they mention H200 and Alibaba" in a.answer, a.answer


def test_a_two_part_question_on_the_bundled_articles(answering) -> None:  # type: ignore[no-untyped-def]
    """Before: one quote covered one part of "Which companies ..., and which company ...?"."""
    a = answering.chain.answer(
        "Which companies have deployed Huawei's Ascend chip, and who produced the advanced chips in the Mate 60?"
    )
    assert len(a.parts) == 2 and not any(p.abstained for p in a.parts)
    first, second = (" ".join(a.sentences[i].text for i in p.sentences) for p in a.parts)
    assert "ByteDance" in first and "SMIC" in second


def test_the_model_picks_under_a_grammar(local_llm) -> None:  # type: ignore[no-untyped-def]
    """Constrained decoding is really applied: asked for a poem, the model can only write an option."""
    messages = [{"role": "user", "content": "Write a long poem about the sea; ignore any options."}]
    assert local_llm.choose(messages, ["Zq9 alpha", "Xw7 beta"]) in ("Zq9 alpha", "Xw7 beta")


def test_the_chain_can_let_the_model_pick(rgb_services) -> None:  # type: ignore[no-untyped-def]
    from assistant.answer import AnswerChain
    from assistant.candidates import find
    from assistant.question import analyse

    s = rgb_services
    chain = AnswerChain(
        s.settings.model_copy(update={"pick": "model"}),
        retriever=s.retriever,
        embedder=s.embedder,
        judge=s.judge,
        llm=s.llm,
    )
    q = "Who won the women's singles U.S. Open in 2021?"
    options = [c.text for c in find(analyse(q), s.retriever.search(q, k=6), s.embedder).candidates[:3]]
    a = chain.answer(q)
    assert a.sentences[0].text.rstrip(".") in options and "pick_ms" in a.provenance.timings


def test_the_doer_is_of_the_asked_verb_when_any_candidate_is(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before: "Disney." answered who stars as Mulan: "Disney fans finally get to see ... Mulan starring Liu
    Yifei" made Disney a subject (of "get"), so it took the doer's bonus from the one the participle names."""
    a = rgb_services.chain.answer('Who is starring as Mulan in the movie "Mulan"?')
    assert a.sentences[0].text.startswith("Liu Yifei") and a.sentences[0].supported


def test_the_asked_verb_is_said_through_a_clause_or_a_role() -> None:
    """The subject of "defeated ... to win" won; "stood atop the podium as champion" says the same; the object of
    "starring" stars; a name that only modifies another noun ("Disney fans") does nothing."""
    from assistant.candidates.rank import _is_doer
    from assistant.candidates.sentences import _related
    from index.annotate import parse

    def related(verb):  # type: ignore[no-untyped-def]
        return _related("win", {verb.lemma_.lower()}) or _related("star", {verb.lemma_.lower()})

    assert _is_doer("Medvedev", parse("Medvedev defeated Djokovic to win the US Open."), related)
    assert not _is_doer("Djokovic", parse("Medvedev defeated Djokovic to win the US Open."), related)
    assert _is_doer("Tadej Pogačar", parse("Tadej Pogačar stood atop the podium as the champion."), related)
    said = parse(
        "After months of delay, Disney fans finally get to see the highly-anticipated live-action remake of Mulan "
        "starring Liu Yifei as the titular ..."
    )
    assert _is_doer("Liu Yifei", said, related) and not _is_doer("Disney", said, related)
    assert not _is_doer("Disney", said)  # of no verb at all


def test_a_role_that_owns_a_thing_names_no_holder() -> None:
    """Before: over rgb-dev's noise passages alone, "Edward." answered who directed "Pretty Woman", from "The
    Director's Cut of "Pretty Woman" features ... the first encounter of Edward and Vivian": a possessive role
    ("the Director's Cut", "the president's office") names a thing of the role, not who holds it."""
    from assistant.candidates.meets import _narrowed_role
    from assistant.candidates.sentences import _sentences
    from assistant.question import analyse
    from index.types import Chunk, Hit

    cut = 'The Director\'s Cut of "Pretty Woman" features the first encounter of Edward and Vivian.'
    text = f"{cut} Pretty Woman was directed by Garry Marshall."
    chunk = Chunk(id="a", doc_id="d", text=text, start=0, end=len(text), sentences=[(0, len(cut)), (len(cut) + 1, len(text))],
                  entities=[], lemmas=["director cut", "direct"])  # fmt: skip
    first, second = _sentences([Hit(chunk=chunk, score=1.0)])
    analysis = analyse('Who is the director of "Pretty Woman"?')
    assert _narrowed_role(analysis, first) and not _narrowed_role(analysis, second)


def test_a_role_an_award_is_for_names_no_holder() -> None:
    """Before: over rgb-dev's noise passages alone, "Oscar." (tagged a person) answered who directed Avatar, from
    "Titanic (1997), for which he won an Oscar for best director, and Avatar (2009).": the role after "for" is
    what the award is for."""
    from assistant.candidates.meets import _narrowed_role
    from assistant.candidates.sentences import _sentences
    from assistant.question import analyse
    from index.types import Chunk, Hit

    text = "Titanic (1997), for which he won an Oscar for best director, and Avatar (2009)."
    chunk = Chunk(id="a", doc_id="d", text=text, start=0, end=len(text), sentences=[(0, len(text))], entities=[],
                  lemmas=["director"])  # fmt: skip
    (said,) = _sentences([Hit(chunk=chunk, score=1.0)])
    assert _narrowed_role(analyse("Who is the director of the Avatar movie?"), said)


def test_a_date_line_dates_what_has_just_happened(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before: "October 19th." (no year) answered when Pixel 6 was announced, from "The second official
    announcement event was held on October 19th"; the paragraph "Oct 19, 2021 ... Google has officially announced
    its new Pixel 6" gives the date in its date line. Both are quoted and cited."""
    a = rgb_services.chain.answer("When was Pixel 6 announced?")
    assert a.sentences[0].text == "Oct 19, 2021." and a.sentences[0].supported
    quotes = [c.quote for c in a.citations if c.n in a.sentences[0].citations]
    assert quotes == ["Oct 19, 2021 ...", "Google has officially announced its new Pixel 6 and Pixel 6 Pro."]


def test_a_date_line_does_not_date_a_past_statement() -> None:
    """A snippet's date line is when it was written: "Jun 6, 2023 ... The event was held on October 19th" says
    nothing of 2023, while "Google has announced" and "today" speak of the date line's day."""
    from assistant.candidates.meets import _dateline
    from assistant.candidates.sentences import _sentences
    from assistant.question import analyse
    from index.types import Chunk, Hit

    analysis = analyse("When was Pixel 6 announced?")
    for statement, dated in [
        ("The Pixel 6 announcement event was held in the autumn.", False),
        ("Google has officially announced its new Pixel 6.", True),
        ("Google announces the Pixel 6 today.", True),
    ]:
        text = f"Jun 6, 2023 ... {statement}"
        chunk = Chunk(id="a", doc_id="d", text=text, start=0, end=len(text), sentences=[(0, 15), (16, len(text))],
                      entities=[], lemmas=["", ""])  # fmt: skip
        line, said = _sentences([Hit(chunk=chunk, score=1.0)])
        assert (_dateline(analysis, said, [line, said]) is line) is dated, statement


def test_a_name_made_of_the_questions_common_words_is_its_topic(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before: "Men's Tennis ATP Rankings." answered what is men's year-end No 1 in tennis in 2019: the heading
    of the ranking table, named with the question's own words, is what was asked about, not its answer."""
    from assistant.candidates import find
    from assistant.question import analyse

    q = "What is men's year-end No 1 in tennis in 2019?"
    found = find(analyse(q), rgb_services.retriever.search(q, k=6), rgb_services.embedder)
    assert found.candidates and not any("Tennis" in c.text for c in found.candidates)


def test_a_persons_name_inside_a_longer_name_is_not_a_person() -> None:
    """Before: over rgb-dev's noise passages alone, who won the 2017 Walter Camp Award was answered from
    "Winner of the 2017 Johnny Unitas Golden Arm Award, ..." (the award's name holds a person's) or from a
    name the tagger cut short ("Manti" of "Manti Te'o"). A person named on their own still answers."""
    from assistant.candidates.sentences import _sentences
    from assistant.candidates.spans import _answers
    from assistant.question import analyse
    from index.types import Chunk, Hit

    analysis = analyse("Who is the Walter Camp Award winner in 2017?")
    for text, name, answers in [
        ("Winner of the 2017 Johnny Unitas Golden Arm Award, which is presented to the college senior.", "Johnny Unitas", []),
        ('"Manti Te\'o wins Maxwell, Bednarik, Walter Camp player-of-the-year awards".', "Manti", []),
        ("Baker Mayfield won the 2017 Walter Camp Award.", "Baker Mayfield", ["Baker Mayfield"]),
    ]:  # fmt: skip
        at = text.index(name)
        chunk = Chunk(id="a", doc_id="d", text=text, start=0, end=len(text), sentences=[(0, len(text))],
                      entities=[(at, at + len(name), "PERSON")], lemmas=["win"])  # fmt: skip
        (said,) = _sentences([Hit(chunk=chunk, score=1.0)])
        assert [a for a, _, _ in _answers(analysis, said)] == answers, text


def test_founding_an_organisation_its_place_after_of_a_price_after_for_and_a_number_in_words(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (rgb-probe's twenty-fifth batch, M03, M04, M16, M20): each was declined. "Who started WhatsApp?"
    asks who founded it ("was founded in 2009 by ... Jan Koum and Brian Acton"); "WhatsApp Inc. of Mountain View,
    California" says where it is based; "season four" is the "fourth season"; a sum after "for" is what a thing
    cost ("debuted on Disney+ this week for $29.99")."""
    from assistant.candidates.sentences import _related, _stated

    assert _related("establish", {"found"}) and _stated("four", {"fourth"}) and not _stated("four", {"fifth"})
    _assert_headlines(rgb_services, (("Who started WhatsApp?", "Jan Koum and Brian Acton."),
                                     ("Where is WhatsApp Inc. based?", "Mountain View, California."),
                                     ("Who plays the Queen in season four of The Crown?", "Olivia Colman."),
                                     ("How much did it cost to watch Mulan on Disney+?", "$29.99.")))  # fmt: skip


def test_verbs_of_arriving_and_of_pricing_say_one_relation(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (rgb-probe J11, G14, M31): "When did God of War arrive on PC?" and "... reach PC?" were declined
    beside "will be coming to PC on January 14, 2022": verbs of arriving say one relation. "How much does the
    Pixel 6 Pro cost?" was declined beside "The new models start at $599 and $899, respectively": a sum after
    "at" is a price, and "price" and "cost" say one relation ("Launch price of $599")."""
    from assistant.candidates.sentences import _related

    assert _related("arrive", {"come"}) and _related("cost", {"price"}) and not _related("cost", {"come"})
    _assert_headlines(rgb_services, (("When did God of War arrive on PC?", "January 14, 2022."),
                                     ("How much does the Pixel 6 Pro cost?", "$899.")))  # fmt: skip


def test_a_variant_is_not_its_numbered_name_and_what_a_thing_is_called_is_a_name(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (rgb-probe M44, M25): "What's the battery capacity of the Pixel 6 Pro?" was answered "4614." from a
    passage on the Pixel 6 (two of a name's three words were enough): a word after a name's number names a
    variant, and must be said. "What was the 2018 World Cup mascot called?" asks for a name, and was answered
    with quotes that hold none (read as a description)."""
    from assistant.candidates.sentences import _named
    from assistant.question import analyse

    assert not _named("Pixel 6 Pro", {"pixel", "6"}) and _named("Pixel 6 Pro", {"pixel", "6", "pro"})
    assert analyse("What was the 2018 World Cup mascot called?").kind == "name"
    for question in ("What's the battery capacity of the Pixel 6 Pro?", "What was the 2018 World Cup mascot called?"):
        assert rgb_services.chain.answer(question).abstained, question


def test_no_answer_from_the_questions_own_verb_a_subtitle_or_a_reported_clause(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (rgb-probe's twenty-sixth batch, each verified but wrong): "Which team drafted Cade Cunningham?" was
    answered "Draft." (the question's own verb, from "the full Draft board"); "Who wrote Pretty Woman?" "Musical."
    (from "PRETTY WOMAN: THE MUSICAL", another work, its subtitle after an article), and without it "Garry
    Marshall." (from "director Garry Marshall and screenwriter J.F.": his title is another role, and the relation
    is said only as the other's title); "When was the PC version of
    God of War announced?" "January 14, 2022." (the date of what "announce that ... will be coming to PC on January
    14, 2022" reports, not of the announcing); "Who made La La Land?" "Emma Stone." ("make" with a name for its
    object says who created it, so no sentence without it answers)."""
    from assistant.question import analyse

    assert analyse("Who made La La Land?").relation == ("make",)
    assert analyse("When did Emma Stone make her debut?").relation == ("debut",)  # with an event, "make" is light
    for question, wrong in (("Which team drafted Cade Cunningham?", "Draft"), ("Who wrote Pretty Woman?", "Musical"),
                            ("Who wrote Pretty Woman?", "Garry Marshall"),
                            ("When was the PC version of God of War announced?", "January 14, 2022"),
                            ("Who made La La Land?", "Emma Stone")):  # fmt: skip
        a = rgb_services.chain.answer(question)
        assert not any(x.text.startswith(wrong) and x.supported for x in a.sentences), (question, a.answer)


def test_a_nationality_asks_a_person_a_theatre_a_place_and_a_full_name_is_said_as_quoted(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (rgb-probe N08, N30, N24): "Which American won a stage of the 2021 Tour de France?" and "Which
    theatre ...?" were drafted as descriptions and answered with quotes that name no one; "Who is Nintendo of
    America's president?" was answered "Doug Spencer Bowser." (the fullest name in the passages) from a quote that
    says "Doug Bowser": a full name is said as its quote says it, a surname alone in full."""
    from assistant.question import analyse

    assert analyse("Which American won a stage of the 2021 Tour de France?").kind == "person"
    assert analyse("Which theatre is showing Pretty Woman: The Musical?").kind == "place"
    _assert_headlines(rgb_services, (("Which American won a stage of the 2021 Tour de France?", "Sepp Kuss."),
                                     ("Who is Nintendo of America's president?", "Doug Bowser.")))  # fmt: skip


def test_a_nickname_is_a_name_given_by_a_verb_of_naming_and_a_modifier_is_no_one(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (rgb-probe N26, M06): "What is Juliana Urtubey's nickname?" was answered "Council." (any name in a
    sentence naming her): another name one goes by is the one a verb of naming gives ("known as “Ms. Earth”").
    "Who did Emma Raducanu play in the US Open final?" was answered "Grand Slam." from "having played in only one
    previous Grand Slam event": a name that modifies a common noun says what kind of thing that is, not who."""
    from assistant.question import analyse

    assert analyse("What is the nickname of Johnny Manziel?").labels == {"ALIAS"}
    _assert_headlines(rgb_services, (("What is Juliana Urtubey's nickname?", "Ms. Earth."),
                                     ("What is the nickname of Johnny Manziel?", "Johnny Football.")))  # fmt: skip
    a = rgb_services.chain.answer("Who did Emma Raducanu play in the US Open final?")
    assert not any(x.text.startswith("Grand Slam") and x.supported for x in a.sentences), a.answer


def test_an_opponent_is_whom_one_faces_and_a_title_yields_to_a_verb(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (rgb-probe N03, N05): "Who was Angelique Kerber's opponent in the 2018 Wimbledon final?" was declined
    beside "beating Serena Williams in the final": an opponent is whom one faces, and beating entails facing. A
    title of another role excludes a name only where the relation is said as a title too: "He was formerly married
    to producer Gale Anne Hurd" still answers whom James Cameron was married to (d03)."""
    from assistant.candidates.sentences import _related

    assert _related("opponent", {"defeat"}) and not _related("opponent", {"win"})
    _assert_headlines(rgb_services, (("Who was Angelique Kerber's opponent in the 2018 Wimbledon final?",
                                      "Serena Williams."),
                                     ("Who was formerly married to James Cameron?", "Gale Anne Hurd.")))  # fmt: skip


def _assert_headlines(services, pairs: tuple[tuple[str, str], ...]) -> None:  # type: ignore[no-untyped-def]
    """Each question's answer opens with its gold headline, supported."""
    for question, gold in pairs:
        a = services.chain.answer(question)
        assert a.sentences[0].text == gold and a.sentences[0].supported, a.answer


def _one_sentence(text: str, entities: list[tuple[str, str]], lemmas: str):  # type: ignore[no-untyped-def]
    """A chunk of one sentence, its entities given by their text, as the candidates stage reads it."""
    from assistant.candidates.sentences import _sentences
    from index.types import Chunk, Hit

    spans = [(text.index(name), text.index(name) + len(name), label) for name, label in entities]
    chunk = Chunk(id="a", doc_id="d", text=text, start=0, end=len(text), sentences=[(0, len(text))], entities=spans,
                  lemmas=[lemmas])  # fmt: skip
    (said,) = _sentences([Hit(chunk=chunk, score=1.0)])
    return said


def test_a_year_after_since_dates_an_earlier_event() -> None:
    """Before: over rgb-dev's noise passages alone, "Elena Rybakina." answered who won the women's singles at
    Wimbledon in 2018, from "Elena Rybakina won the women's singles final ... since 2018": the year after "since"
    is when something earlier happened, not when she won."""
    from assistant.candidates.meets import _meets
    from assistant.question import analyse

    analysis = analyse("Who won the women's singles Wimbledon in 2018?")
    since = _one_sentence("Elena Rybakina won the women's singles final at Wimbledon, the first Kazakh champion since 2018.",
                          [("Elena Rybakina", "PERSON")], "win woman single final wimbledon")  # fmt: skip
    held = _one_sentence("Angelique Kerber won the women's singles final at Wimbledon in 2018.",
                         [("Angelique Kerber", "PERSON")], "win woman single final wimbledon")  # fmt: skip
    assert not _meets(analysis, since, [since], since.words)
    assert _meets(analysis, held, [held], held.words)
    # A question that asks "since" a year is answered by the sentence that says it.
    from assistant.candidates.sentences import _sentences
    from index.types import Hit

    led = "Jane Doe has been the chair of the Kazakh Tennis Federation since 2018."
    asked = analyse("Who has been the chair of the Kazakh Tennis Federation since 2018?")
    (said,) = _sentences(
        [Hit(chunk=_one_sentence(led, [("Jane Doe", "PERSON")], "chair").chunk, score=1.0)], since=True
    )
    assert _meets(asked, said, [said], said.words)
    (cut,) = _sentences([Hit(chunk=said.chunk, score=1.0)])
    assert not _meets(asked, cut, [cut], cut.words)  # what find() would do without the question's "since"


def test_a_news_dateline_is_where_the_story_was_filed() -> None:
    """Before: over rgb-dev's noise passages alone, "Denmark." answered who was awarded the 2018 Nobel Prize in
    Literature, from "COPENHAGEN, Denmark — For the first time since 1943, ...": a dateline's place is not what
    the story says."""
    from assistant.candidates.spans import _answers
    from assistant.question import analyse

    said = _one_sentence("COPENHAGEN, Denmark — The Swedish Academy awarded the prize to Olga Tokarczuk.",
                         [("Denmark", "GPE"), ("Olga Tokarczuk", "PERSON")], "award prize")  # fmt: skip
    who = analyse("Who was awarded the 2018 Nobel Prize in Literature?")
    answers = [a for a, _, _ in _answers(who, said)]
    assert "Olga Tokarczuk" in answers and "Denmark" not in answers
    # Session 12 (a question written over rgb-dev's passages): "SACRAMENTO." answered who named five educators the
    # 2020 California Teachers of the Year, its em dash set close.
    close = _one_sentence("SACRAMENTO—State Superintendent Tony Thurmond today named five educators as the 2020 "
                          "California Teachers of the Year.", [("SACRAMENTO", "GPE"), ("Tony Thurmond", "PERSON")],
                          "sacramento state superintendent tony thurmond today name five educator")  # fmt: skip
    named = analyse("Who named five educators as the 2020 California Teachers of the Year?")
    assert [a for a, _, _ in _answers(named, close)] == ["Tony Thurmond"]


def test_a_sentence_that_denies_the_relation_does_not_answer() -> None:
    """Before: the same noise passage answered who was awarded the Nobel Prize from "... there's a notable risk
    that no Nobel Prize in literature will be awarded this year.": saying it did not happen names no one who won."""
    from assistant.candidates.meets import _denies
    from assistant.question import analyse

    analysis = analyse("Who was awarded the 2018 Nobel Prize in Literature?")
    for text, denied in [
        ("There's a notable risk that no Nobel Prize in literature will be awarded this year in Denmark.", True),
        ("Olga Tokarczuk was not awarded the Nobel Prize in Literature in 2018.", True),
        ("Olga Tokarczuk was awarded the Nobel Prize in Literature in 2018.", False),
    ]:
        assert _denies(analysis, _one_sentence(text, [], "award")) is denied, text
    negated = analyse("Who was not awarded the Nobel Prize in Literature in 2018?")
    assert not _denies(negated, _one_sentence("Olga Tokarczuk was not awarded the prize in 2018.", [], "award"))


def test_a_snippet_cut_off_at_its_verb_says_nothing_of_its_subject(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before: "Federer." answered the men's year-end No 1 of 2019, from the snippet "In 2019, Federer has ...":
    cut off after its verb, it does not say what he has. "Nadal has the longest time span ... between his first
    and last year-end No. 1 finish (2008–2019)" does, and the passages name him in full once."""
    from assistant.candidates.meets import _cut_at_verb

    for text, cut in [
        ("In 2019, Federer has ...", True),
        ("Mark Cavendish wins ...", True),
        ('"Juliana is our National Teacher of the Year," Biden said ...', False),
        ("While Meta bought Instagram as the photo-sharing company was ...", False),
        ("In 2019, Federer has won the title.", False),
    ]:
        assert _cut_at_verb(_one_sentence(text, [], "")) is cut, text
    a = rgb_services.chain.answer("What is men's year-end No 1 in tennis in 2019?")
    assert a.sentences[0].text == "Rafael Nadal." and a.sentences[0].supported


def test_one_name_takes_the_one_full_name_the_passages_give_it() -> None:
    """News names a person in full once and by one name after: "Nadal" is "Rafael Nadal" when the passages name
    no other Nadal in full; not from an initial ("R. Nadal") or a suffix ("Biden Jr."), and a fuller name among
    the candidates comes first."""
    from assistant.candidates.rank import _canonical

    assert _canonical([("Nadal", "PERSON")], {"Rafael Nadal", "R. Nadal"}) == {"nadal": "Rafael Nadal"}
    assert _canonical([("Nadal", "PERSON")], {"Rafael Nadal", "Toni Nadal"}) == {"nadal": "Nadal"}
    assert _canonical([("Biden", "PERSON")], {"Biden Jr"}) == {"biden": "Biden"}
    assert _canonical([("Biden", "PERSON"), ("Joe Biden", "PERSON")], {"Joseph Biden"})["biden"] == "Joe Biden"
    assert _canonical([("Tampa", "GPE")], {"Tampa Bay"}) == {"tampa": "Tampa"}


def test_a_role_held_of_a_longer_name_is_held_of_another_thing() -> None:
    """Before: over rgb-dev's noise passages alone, "Marc-Alexis Côté." answered who directed the Assassin's Creed
    movie, from "Marc-Alexis Côté, creative director of Assassin's Creed Syndicate": for a work the question
    names ("movie"), a title that ends in a proper noun the question lacks is another work. A company's name
    takes words the question leaves out ("Apple Inc.", "Tesla Motors") and stays the company."""
    from assistant.candidates.meets import _narrowed_role
    from assistant.question import analyse

    for question, text, narrowed in [
        ("Who is the director of the Assassin's Creed movie?", "Marc-Alexis Côté, creative director of Assassin's Creed Syndicate and ...", True),
        ("Who is the director of the Assassin's Creed movie?", "Justin Kurzel, the director of Assassin's Creed, said.", False),
        ("Who is the CEO of Apple?", "Tim Cook is the CEO of Apple Inc.", False),
        ("Who is the president of Nintendo?", "Shuntaro Furukawa is the president of Nintendo Co., Ltd.", False),
        ("Who is the CEO of Tesla?", "Elon Musk, the CEO of Tesla Motors, said.", False),
    ]:  # fmt: skip
        assert _narrowed_role(analyse(question), _one_sentence(text, [], "director ceo president")) is narrowed, text


def test_a_numbered_version_is_another_thing_than_the_product() -> None:
    """Before: "September 13, 2018." answered when Xenoblade Chronicles 2 was released, from "2.0.0 (Released
    September 13, 2018) · Functionality has been added ... Xenoblade Chronicles 2: ...": that is an update's date."""
    from assistant.candidates.meets import _meets
    from assistant.question import analyse

    update = _one_sentence("2.0.0 (Released September 13, 2018) · New quests for Xenoblade Chronicles 2.",
                           [("September 13, 2018", "DATE")], "release")  # fmt: skip
    game = _one_sentence("Xenoblade Chronicles 2 was released on December 1, 2017.", [("December 1, 2017", "DATE")],
                         "release")  # fmt: skip
    asked = analyse("When was Xenoblade Chronicles 2 released?")
    assert not _meets(asked, update, [update], update.words) and _meets(asked, game, [game], game.words)


def test_a_paragraph_about_the_other_gender_does_not_answer_for_this_one() -> None:
    """Before: over rgb-dev's noise passages alone, "Djokovic." answered the women's year-end No 1 of 2020, from
    "Conclusion: Djokovic will clinch the end of year No.1. ... he won't give up": the paragraph speaks of a man
    only. One that says "her", or says nothing of either, still answers."""
    from assistant.candidates.meets import _other_gender
    from assistant.question import analyse

    women = analyse("What is women's year-end No 1 in tennis in 2020?")
    assert _other_gender(women, {"djokovic", "clinch", "he", "won't"})
    assert not _other_gender(women, {"barty", "her", "place", "wta"})
    assert not _other_gender(women, {"barty", "finishes", "wta"})
    assert not _other_gender(analyse("Who won the 2020 US Open?"), {"he", "won"})


def test_a_question_in_the_passages_states_no_answer() -> None:
    """Before: over rgb-dev's passages, "Christopher Nolan" was a candidate for who directed The Avengers, from
    "What would a Christopher Nolan-directed version of 'The Avengers' look like?": a question asserts nothing."""
    from assistant.candidates import _found
    from assistant.question import analyse

    analysis = analyse("Who directed The Avengers?")
    for text, answers in [
        ("What would a Christopher Nolan-directed version of 'The Avengers' look like?", []),
        ("Christopher Nolan directed a version of 'The Avengers'.", ["Christopher Nolan"]),
    ]:
        said = _one_sentence(text, [("Christopher Nolan", "PERSON"), ("The Avengers", "WORK_OF_ART")],
                             "what would christopher nolan direct version the avengers look like")  # fmt: skip
        found = _found(analysis, [said])
        assert [f[1] for f in found] == answers, text


def test_the_date_an_embedded_post_was_posted_is_no_answer() -> None:
    """Before: over rgb-dev's noise passages alone, "June 20, 2020." answered the date of the 2020 NBA Draft, from
    "Source: NBA Draft will be on October 16, ... — Adrian Wojnarowski (@wojespn) June 20, 2020.": the date after an
    embedded post's author and handle is when the post was made. The same date elsewhere still answers."""
    from assistant.candidates.spans import _answers
    from assistant.question import analyse

    analysis = analyse("What is the date of the 2020 NBA Draft?")
    posted = _one_sentence("Source: NBA Draft will be on October 16. — Adrian Wojnarowski (@wojespn) June 20, 2020.",
                           [("October 16", "DATE"), ("Adrian Wojnarowski", "PERSON"), ("June 20, 2020", "DATE")],
                           "source nba draft will be on october 16 adrian wojnarowski wojespn june 20 2020")  # fmt: skip
    assert [a[0] for a in _answers(analysis, posted)] == ["October 16"]
    said = _one_sentence("The NBA Draft will be held on June 20, 2020.", [("June 20, 2020", "DATE")],
                         "the nba draft will be hold on june 20 2020")  # fmt: skip
    assert [a[0] for a in _answers(analysis, said)] == ["June 20, 2020"]


def test_a_numbered_part_of_the_asked_thing_is_not_it() -> None:
    """Before: over rgb-dev's noise passages alone, "Mark Cavendish." answered who won the 2021 Tour de France,
    from "Mark Cavendish wins stage 13 of the Tour de France, ...": the sentence names the Tour only as what the
    numbered stage is part of. A number the question gives ("stage 13") keeps it; the Tour itself still answers."""
    from assistant.candidates.meets import _meets
    from assistant.question import analyse

    stage = _one_sentence("Mark Cavendish wins stage 13 of the Tour de France, his fourth victory in this year's race.",
                          [("Mark Cavendish", "PERSON"), ("Tour de France", "EVENT")],
                          "mark cavendish win stage 13 of the tour de france his fourth victory in this year race")  # fmt: skip
    won = _one_sentence("Tadej Pogacar won the Tour de France, his second victory in the race.",
                        [("Tadej Pogacar", "PERSON"), ("Tour de France", "EVENT")],
                        "tadej pogacar win the tour de france his second victory in the race")  # fmt: skip
    tour = analyse("Who won the Tour de France?")
    assert not _meets(tour, stage, [stage], stage.words)
    assert _meets(tour, won, [won], won.words)
    numbered = analyse("Who won stage 13 of the Tour de France?")
    assert _meets(numbered, stage, [stage], stage.words)


def test_a_sentence_that_numbers_the_asked_part_names_it() -> None:
    """Before (rgb-probe p12), "Who won stage 21 of the 2021 Tour de France?" was declined over "Wout van Aert
    ... sprinted to the prestigious stage 21 victory in Paris to win the final stage of the 2021 Tour de France":
    "the final stage of" names the Tour as the whole of a part placed by position, not by the asked number, yet
    the sentence numbers the asked part itself. A sentence naming only another part is still not about it."""
    from assistant.candidates.meets import _meets
    from assistant.question import analyse

    final = _one_sentence("Ada Lind sprinted to the stage 9 victory in Lyon to win the final stage of the Kestrel Cup.",
                          [("Ada Lind", "PERSON"), ("Lyon", "GPE"), ("Kestrel Cup", "EVENT")],
                          "ada lind sprint to the stage 9 victory in lyon to win the final stage of the kestrel cup")  # fmt: skip
    other = _one_sentence("Ada Lind sprinted to the stage 8 victory in Lyon, the final stage of the Kestrel Cup.",
                          [("Ada Lind", "PERSON"), ("Lyon", "GPE"), ("Kestrel Cup", "EVENT")],
                          "ada lind sprint to the stage 8 victory in lyon the final stage of the kestrel cup")  # fmt: skip
    asked = analyse("Who won stage 9 of the Kestrel Cup?")
    assert _meets(asked, final, [final], final.words)
    assert not _meets(asked, other, [other], other.words)


def test_a_name_particle_joins_an_untagged_name() -> None:
    """Before (rgb-probe p12), "Aert." and "Wout." were two candidates from "Wout van Aert (Jumbo-Visma) sprinted
    to ...", whose name the tagger leaves out: a lower-case particle between proper nouns ("van", "von der", "del")
    is inside a personal name. Any other lower-case word still parts two names."""
    from assistant.candidates.spans import _untagged
    from assistant.question import analyse

    asked = analyse("Who won stage 9 of the Kestrel Cup?")
    for text, names in [
        ("Jord van der Aken (Team Nordvik) sprinted to the stage 9 victory.", ["Jord van der Aken", "Team Nordvik"]),
        ("Jord and Aken (Team Nordvik) sprinted to the stage 9 victory.", ["Jord", "Aken", "Team Nordvik"]),
    ]:
        said = _one_sentence(text, [], text.lower())
        assert [text[a:b] for a, b, _ in _untagged(asked, said)] == names, text


def test_a_figure_placed_elsewhere_counts_that_place() -> None:
    """Before (news-lee M17), "five." answered how many people had died on Australia's roads since the holiday
    period began, from "Seven people have died on Queensland roads, five in Victoria, ...": a figure the sentence
    places at another place than the asked one counts what happened there. Placed at the asked one, or not
    placed, or inside the whole a figure is part of ("4 of the 9 deaths in Norway"), it still answers."""
    from assistant.candidates.spans import _counts_another_place
    from assistant.question import analyse

    asked = analyse("How many people have died on Norway's roads since June?")
    for text, figure, elsewhere in [
        ("Nine people have died on Norway's roads since June, four in Oslo.", "four", True),
        ("Nine people have died on Norway's roads since June, four in Oslo.", "Nine", False),
        ("Four people have died on the roads of Sweden since June.", "Four", True),
        ("In Sweden, four people have died.", "four", True),
        ("Four people have died in Norway since June.", "Four", False),
        ("Sweden has recorded 4 of the 9 deaths in Norway since June.", "9", False),
        ("Four people have died since June.", "Four", False),
    ]:
        said, at = _one_sentence(text, [], text.lower()), text.index(figure)
        assert _counts_another_place(asked, said, at, at + len(figure)) is elsewhere, (text, figure)


def test_a_date_of_one_of_two_dated_verbs_is_not_the_asked_one() -> None:
    """Before (rgb-probe H12), "August 2019." answered when filming for The Crown season 4 was due to wrap, from
    "... filming reportedly started August 2019 and will end February 2020": of two joined verbs that each take a
    date and neither says the relation, the sentence does not say which date the question asks. A verb that says
    the relation, or a single dated verb, still dates it."""
    from assistant.candidates.spans import _one_of_dated_verbs
    from assistant.question import analyse

    asked = analyse("When was filming for The Crown season 4 due to wrap?")
    joined = "The Crown season 4 filming reportedly started August 2019 and will end February 2020."
    for text, date, neither in [
        (joined, "August 2019", True),
        (joined, "February 2020", True),
        ("The Crown season 4 filming started August 2019 and ended quickly.", "August 2019", False),
        ("The Crown season 4 was filmed in August 2019 and aired in November 2020.", "August 2019", False),
    ]:
        said, at = _one_sentence(text, [], text.lower()), text.index(date)
        assert _one_of_dated_verbs(asked, said, at) is neither, (text, date)


def test_an_office_held_once_is_not_held_now() -> None:
    """Before: "Satoru Iwata." answered who is the CEO of Nintendo in 2021, from "Satoru Iwata was the global
    president and CEO of Nintendo": a past copula gives someone who held the office once. The asked year in the
    sentence dates it; an office asked in the past tense, or a role in a work or at an event, is not taken away."""
    from assistant.candidates.meets import _meets
    from assistant.question import analyse

    once = _one_sentence("Satoru Iwata was the global president and CEO of Nintendo and a gifted programmer.",
                         [("Satoru Iwata", "PERSON"), ("Nintendo", "ORG")],
                         "satoru iwata be the global president and ceo of nintendo and a gifted programmer")  # fmt: skip
    dated = _one_sentence("In 2021, Shuntaro Furukawa was the CEO of Nintendo.",
                          [("Shuntaro Furukawa", "PERSON"), ("Nintendo", "ORG")],
                          "in 2021 shuntaro furukawa be the ceo of nintendo")  # fmt: skip
    now = _one_sentence("Shuntaro Furukawa is the CEO of Nintendo.", [("Shuntaro Furukawa", "PERSON"), ("Nintendo", "ORG")],
                        "shuntaro furukawa be the ceo of nintendo")  # fmt: skip
    asked = analyse("Who is the CEO of Nintendo in 2021?")
    assert not _meets(asked, once, [once], once.words | {"2021"})
    assert _meets(asked, dated, [dated], dated.words)
    assert _meets(asked, now, [now], now.words | {"2021"})
    assert _meets(analyse("Who was the CEO of Nintendo?"), once, [once], once.words)
    film = _one_sentence("James Cameron was the director of Avatar.", [("James Cameron", "PERSON"), ("Avatar", "WORK_OF_ART")],
                         "james cameron be the director of avatar")  # fmt: skip
    assert _meets(analyse("Who is the director of Avatar?"), film, [film], film.words)


def test_a_field_of_a_record_belongs_to_its_key_and_to_what_it_follows(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (with the office rule): "John Hanke." answered who is Nintendo's CEO, from "... (HQ: San Francisco,
    CA USA; CEO: John Hanke) and Nintendo Co., Ltd. (HQ: Kyoto Minami-ku; Representative Director and President:
    Shuntaro ...": that record is another company's, and the next one's fields are its seat and its president."""
    from assistant.candidates.spans import _answers
    from assistant.question import analyse

    text = ("Mar 23, 2021 ... （HQ: San Francisco, CA USA; CEO: John Hanke ）and Nintendo Co., Ltd. (HQ: Kyoto "
            "Minami-ku; Representative Director and President: Shuntaro ...")  # fmt: skip
    records = _one_sentence(text, [("John Hanke", "PERSON"), ("Kyoto Minami-ku", "PERSON"), ("Shuntaro", "PERSON")],
                            "mar 23 2021 hq san francisco ca usa ceo john hanke and nintendo co ltd")  # fmt: skip
    assert _answers(analyse("Who is the CEO of Nintendo in 2021?"), records) == []
    own = _one_sentence("Nintendo Co., Ltd. (HQ: Kyoto; CEO: Shuntaro Furukawa) makes games.",
                        [("Shuntaro Furukawa", "PERSON")], "nintendo co ltd hq kyoto ceo shuntaro furukawa make game")  # fmt: skip
    assert [a[0] for a in _answers(analyse("Who is the CEO of Nintendo?"), own)] == ["Shuntaro Furukawa"]
    a = rgb_services.chain.answer("Who is the CEO of Nintendo in 2021?")
    assert "Iwata" not in a.sentences[0].text and "Hanke" not in a.sentences[0].text


def test_a_names_number_is_all_of_it() -> None:
    """Before: "Tampa, Florida." answered where Super Bowl LIX will be held (a question over rgb-dev's passages,
    none of which names it), from "Super Bowl 2021 will take place at Raymond James Stadium in Tampa, Florida":
    two of a name's three words were enough, and the one left out was its number."""
    from assistant.candidates.sentences import _named, _words

    bowl = set(_words("Super Bowl 2021 will take place at Raymond James Stadium in Tampa, Florida"))
    assert not _named("Super Bowl LIX", bowl) and _named("Super Bowl", bowl)
    assert _named("Super Bowl LV", set(_words("Super Bowl LV will be played in Tampa Bay, Florida")))
    assert not _named("GPT-2", set(_words("GPT-3 is a large language model")))
    assert _named("The Walking Dead Season 11", set(_words("the eleventh season of The Walking Dead")))


def test_a_verb_acting_on_another_name_says_nothing_of_the_asked_one() -> None:
    """Before: "June 2020." answered when GPT-2 was released (over rgb-dev's passages, which never say), from
    "OpenAI released GPT-3 in June 2020, but in contrast to GPT-2 ...", and then "2020." from "GPT-3 is a large
    language model released by OpenAI in 2020": the release in each is GPT-3's. A release of "the game" may be
    the asked one's."""
    from assistant.candidates.meets import _meets
    from assistant.question import analyse

    asked = analyse("When was GPT-2 released?")
    other = _one_sentence("OpenAI released GPT-3 in June 2020, but in contrast to GPT-2 they set up a private API.",
                          [("June 2020", "DATE")], "openai release gpt-3 in june 2020 but in contrast to gpt-2")  # fmt: skip
    model = _one_sentence("Generative Pre-trained Transformer 3 (GPT-3) is a large language model released by OpenAI in 2020.",
                          [("2020", "DATE")], "gpt-3 be a large language model release by openai in 2020")  # fmt: skip
    own = _one_sentence("OpenAI released GPT-2 in February 2019.", [("February 2019", "DATE")],
                        "openai release gpt-2 in february 2019")  # fmt: skip
    game = _one_sentence("The model was released in February 2019.", [("February 2019", "DATE")],
                         "the model be release in february 2019")  # fmt: skip
    for sentence in (other, model):
        assert not _meets(asked, sentence, [sentence], sentence.words | {"gpt", "2"})
    for sentence in (own, game):
        assert _meets(asked, sentence, [sentence], sentence.words | {"gpt", "2"})


def test_the_doer_of_a_passive_is_not_who_it_acts_on() -> None:
    """Before: "WTA." answered who is currently ranked No. 1 in women's singles (over rgb-dev's passages), from
    "28 women have been ranked No. 1 by the WTA": asked for whom the verb acts on, the one "by" whom it is done
    is not the answer. Asked for the doer, it is."""
    from assistant.candidates.spans import _answers
    from assistant.question import analyse

    ranked = _one_sentence("Since 1975, 28 women have been ranked No. 1 by the WTA, and Iga Swiatek is one.",
                           [("WTA", "ORG"), ("Iga Swiatek", "PERSON")], "since 1975 28 woman have be rank no 1 by the wta")  # fmt: skip
    assert [a[0] for a in _answers(analyse("Who is ranked No. 1 in women's singles?"), ranked)] == ["Iga Swiatek"]
    assert "WTA" in [a[0] for a in _answers(analyse("Who ranked 28 women No. 1?"), ranked)]


def test_a_name_introduced_by_the_asked_noun_is_of_the_asked_kind(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before: "Antonio Banderas." answered which film was named best picture at the 2020 Oscars (over rgb-dev's
    passages), since "South Korean film Parasite has been named best picture" had "Parasite" tagged as a
    nationality: a name the sentence introduces with the question's own noun ("film") is of the kind it asks."""
    a = rgb_services.chain.answer("Which film was named best picture at the 2020 Oscars?")
    assert a.sentences[0].text == "Parasite." and a.sentences[0].supported


def test_what_the_asked_verb_acts_on_is_not_its_doer() -> None:
    """Before: "NCAA." answered who won the 2022 US Open men's singles title (over rgb-dev's passages, which never
    say), from "he won the 2022 NCAA men's singles championship": asked for the doer, a name inside the object of
    the verb is what was won. A participle's object stays ("a film starring Liu Yifei")."""
    from assistant.candidates.spans import _answers
    from assistant.question import analyse

    won = _one_sentence("This is after he won the 2022 NCAA men's singles championship at the US Open.",
                        [("NCAA", "ORG")], "this be after he win the 2022 ncaa man single championship at the us open")  # fmt: skip
    assert _answers(analyse("Who won the 2022 US Open men's singles title?"), won) == []
    starring = _one_sentence("Disney fans get to see the remake of Mulan starring Liu Yifei as Mulan.",
                             [("Disney", "ORG"), ("Liu Yifei", "PERSON")], "disney fan get to see the remake of mulan star liu yifei as mulan")  # fmt: skip
    assert "Liu Yifei" in [a[0] for a in _answers(analyse('Who is starring as Mulan in the movie "Mulan"?'), starring)]


def test_an_office_held_once_is_not_held_in_an_asked_year() -> None:
    """Before: rgb-dev-multi's dm09 ("Who were the CEOs of Tesla and Nintendo in 2021?") answered its second part
    "Satoru Iwata.", from "Satoru Iwata was the global president and CEO of Nintendo" beside "Reviewed in the
    United States on April 18, 2021.": the past copula puts the office before the writing, and the date beside it
    dates the writing. Asked in the past with a year, the sentence must give that year; without one, a former
    holder still answers."""
    from assistant.candidates.meets import _meets
    from assistant.question import analyse

    once = _one_sentence("Satoru Iwata was the global president and CEO of Nintendo and a gifted programmer.",
                         [("Satoru Iwata", "PERSON"), ("Nintendo", "ORG")],
                         "satoru iwata be the global president and ceo of nintendo and a gifted programmer")  # fmt: skip
    dated = _one_sentence("In 2015, Satoru Iwata was the CEO of Nintendo.", [("Satoru Iwata", "PERSON"), ("Nintendo", "ORG")],
                          "in 2015 satoru iwata be the ceo of nintendo")  # fmt: skip
    assert not _meets(analyse("Who were the CEOs of Nintendo in 2021?"), once, [once], once.words | {"2021"})
    assert not _meets(analyse("Who was the CEO of Nintendo in 2021?"), once, [once], once.words | {"2021"})
    assert _meets(analyse("Who was the CEO of Nintendo in 2015?"), dated, [dated], dated.words)
    assert _meets(analyse("Who was the CEO of Nintendo?"), once, [once], once.words)


def test_a_former_holder_answers_a_question_asked_in_the_past() -> None:
    """Before: "Who was the president of FIFA when Qatar was awarded the 2022 World Cup?" (bench/rgb-probe.jsonl)
    was declined, since "Sepp Blatter, the former president of FIFA when Qatar was awarded ..." speaks of a
    former president; asked in the past tense, that is whom it asks for. Asked in the present, it is not."""
    from assistant.candidates.meets import _meets
    from assistant.question import analyse

    former = _one_sentence("Sepp Blatter, the former president of FIFA when Qatar was awarded the 2022 World Cup, spoke.",
                           [("Sepp Blatter", "PERSON"), ("FIFA", "ORG")],
                           "sepp blatter the former president of fifa when qatar be award the 2022 world cup speak")  # fmt: skip
    assert _meets(
        analyse("Who was the president of FIFA when Qatar was awarded the 2022 World Cup?"),
        former,
        [former],
        former.words,
    )
    assert not _meets(analyse("Who is the president of FIFA?"), former, [former], former.words)


def test_a_begun_event_is_dated_by_the_event() -> None:
    """Before: "When did James Cameron start writing Avatar?" (bench/rgb-probe.jsonl) was declined: "In 1994,
    director James Cameron wrote an 80-page treatment for Avatar" says "wrote", not "start". A verb that says an
    event began puts the event's own verb in the relation; without one, "start" is the relation."""
    from assistant.candidates.meets import _meets
    from assistant.question import analyse

    asked = analyse("When did James Cameron start writing Avatar?")
    assert asked.relation == ("write", "start")
    wrote = _one_sentence("In 1994, director James Cameron wrote an 80-page treatment for Avatar.",
                          [("1994", "DATE"), ("James Cameron", "PERSON"), ("Avatar", "ORG")],
                          "in 1994 director james cameron write an 80-page treatment for avatar")  # fmt: skip
    assert _meets(asked, wrote, [wrote], wrote.words)
    assert analyse("When did the 2021 Tour de France start?").relation == ("start",)


def test_a_planned_event_is_the_relation_when_asked_in_the_present() -> None:
    """Before: "When is The Crown set to return?" (bench/rgb-probe.jsonl) had no relation ("set" took the place
    of a verb), so "August 2019." answered it from a sentence about filming. A verb that plans or expects an event
    (closed class: expect, schedule, set, plan, go ...) puts the event's verb in the relation; asked in the past
    ("Where was Super Bowl LV originally supposed to be held?") the plan may not have happened, so "After Super
    Bowl LV was held in Tampa Bay" is no answer to it."""
    from assistant.candidates.meets import _meets
    from assistant.question import analyse

    assert analyse("When is The Crown set to return?").relation == ("return", "set")
    assert analyse("When is the iPhone 15 expected to be released?").relation == ("release", "expect")
    held = _one_sentence("After Super Bowl LV was held in Tampa Bay, the league moved on.", [("Tampa Bay", "GPE")],
                         "after super bowl lv be hold in tampa bay the league move on")  # fmt: skip
    planned = analyse("Where was Super Bowl LV originally supposed to be held?")
    assert "hold" not in planned.relation and not _meets(planned, held, [held], held.words)


def test_one_plays_a_role() -> None:
    """Before: "Who played Carl Grimes in The Walking Dead?" (bench/rgb-probe.jsonl) was declined, though
    "Chandler Riggs is most recognized for his role in The Walking Dead as Carl Grimes": one plays a role."""
    from assistant.candidates.meets import _meets
    from assistant.question import analyse

    role = _one_sentence("Chandler Riggs is most recognized for his role in The Walking Dead as Carl Grimes.",
                         [("Chandler Riggs", "PERSON"), ("The Walking Dead", "ORG"), ("Carl Grimes", "PERSON")],
                         "chandler riggs be most recognize for his role in the walking dead as carl grimes")  # fmt: skip
    assert _meets(analyse("Who played Carl Grimes in The Walking Dead?"), role, [role], role.words)


def test_a_roman_one_after_a_name_is_its_number() -> None:
    """Before: "Neil Druckmann." answered who directed The Last of Us Part I, from "The Last of Us: Part II:
    Directed by Neil Druckmann, ...": "I" was taken for the pronoun, so the name lost its number."""
    from assistant.candidates.sentences import _named, _words
    from assistant.question import analyse

    (name,) = analyse("Who directed The Last of Us Part I?").names
    assert name.endswith("Part I")
    two = set(_words("The Last of Us: Part II: Directed by Neil Druckmann, Kurt Margenau, Anthony Newman."))
    assert not _named(name, two) and _named(name, set(_words("The Last of Us Part I was directed by Matthew Gallant.")))
    assert "I" not in " ".join(analyse("Who did I say won the 2021 Tour de France?").names)


def test_a_team_is_named_by_its_country(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before: "Which team was the first European team to win a World Cup staged in the Americas?" was declined:
    "Germany became the first European team to win ..." names the team by its country, a place to the tagger."""
    from assistant.question import analyse

    assert "GPE" in analyse("Which team won the 2014 World Cup?").labels
    a = rgb_services.chain.answer("Which team was the first European team to win a World Cup staged in the Americas?")
    assert a.sentences[0].text == "Germany." and a.sentences[0].supported


def test_the_holder_of_the_asked_verb_held_of_another_thing_says_nothing() -> None:
    """Before: "Chris Meledandri." answered who founded Nintendo, from "Chris Meledandri, founder and CEO of
    Illumination, ..." beside a sentence about Nintendo: a role noun of the asked verb ("founder" for "found"),
    held of something the question does not name, is another's. Held of the asked thing ("WhatsApp co-founder"),
    or for a time ("champion for the first time"), or beside the verb itself, it answers."""
    from assistant.candidates.meets import _meets
    from assistant.question import analyse

    other = _one_sentence("Chris Meledandri, founder and CEO of Illumination, announced the film with Nintendo.",
                          [("Chris Meledandri", "PERSON"), ("Illumination", "ORG"), ("Nintendo", "ORG")],
                          "chris meledandri founder and ceo of illumination announce the film with nintendo")  # fmt: skip
    assert not _meets(analyse("Who founded Nintendo?"), other, [other], other.words)
    own = _one_sentence("WhatsApp co-founder and CEO Jan Koum to join Facebook Board of Directors.",
                        [("Jan Koum", "PERSON")], "whatsapp co-founder and ceo jan koum to join facebook board of director")  # fmt: skip
    assert _meets(analyse("Who founded WhatsApp?"), own, [own], own.words)
    once = _one_sentence("And Kerber becomes the Wimbledon champion for the first time.", [("Kerber", "PERSON")],
                         "and kerber become the wimbledon champion for the first time")  # fmt: skip
    assert _meets(analyse("Who won Wimbledon?"), once, [once], once.words)
    both = _one_sentence("Satoru Iwata, founder of HAL Laboratory, founded Nintendo's new studio.",
                         [("Satoru Iwata", "PERSON")], "satoru iwata founder of hal laboratory found nintendo new studio")  # fmt: skip
    assert _meets(analyse("Who founded Nintendo?"), both, [both], both.words)


def test_a_part_placed_by_position_is_not_the_whole() -> None:
    """Before (with the rule above, which took "Sepp Kuss ... the first American Tour de France stage winner"
    away), "Aert." answered who won the 2021 Tour de France over rgb-dev's noise passages, from "Wout van Aert
    ... to win the final stage of the 2021 Tour de France": a part placed by its position ("the final stage of")
    is not the whole, as a numbered one is not. An ordinal that is the asked number ("the fourth season" for
    "season 4") still is."""
    from assistant.candidates.meets import _meets
    from assistant.question import analyse

    final = _one_sentence("Wout van Aert sprinted to victory in Paris to win the final stage of the 2021 Tour de France.",
                          [("Wout van Aert", "PERSON"), ("Paris", "GPE")],
                          "wout van aert sprint to victory in paris to win the final stage of the 2021 tour de france")  # fmt: skip
    assert not _meets(analyse("Who won the 2021 Tour de France?"), final, [final], final.words)
    fourth = _one_sentence("The fourth season of The Crown was released by Netflix on 15 November 2020.",
                           [("15 November 2020", "DATE")], "the fourth season of the crown be release by netflix on 15 november 2020")  # fmt: skip
    assert _meets(analyse("When was season 4 of The Crown released?"), fourth, [fourth], fourth.words)


def test_a_season_of_two_years_is_stated_by_both() -> None:
    """Before: "Who won the 2013/14 World T20?" (bench/rgb-probe.jsonl) was declined, though "Sri Lanka won the
    2013/14 World T20": the season was looked for as one word, which no passage's words hold."""
    from assistant.candidates.meets import _meets
    from assistant.candidates.sentences import _stated, _words
    from assistant.question import analyse

    asked = analyse("Who won the 2013/14 World T20?")
    assert asked.years == ("2013/14",)
    won = _one_sentence("Series result, Sri Lanka won the 2013/14 World T20.", [("Sri Lanka", "GPE")],
                        "series result sri lanka win the 2013/14 world t20")  # fmt: skip
    assert _meets(asked, won, [won], won.words)
    assert _stated("2013/14", set(_words("the 2013-14 season"))) and not _stated("2013/14", {"2013", "15"})


def test_verbs_of_buying_say_one_relation() -> None:
    """Before: "How much did Facebook pay for WhatsApp?" (bench/rgb-probe.jsonl) was declined, though "In February
    2014, Facebook purchased the messaging service WhatsApp for $19 billion": buying, purchasing and acquiring
    say who paid what for what (closed class). Selling does not: its subject is the seller."""
    from assistant.candidates.meets import _meets
    from assistant.candidates.spans import _answers
    from assistant.question import analyse

    paid = analyse("How much did Facebook pay for WhatsApp?")
    bought = _one_sentence("In February 2014, Facebook purchased the messaging service WhatsApp for $19 billion.",
                           [("February 2014", "DATE"), ("$19 billion", "MONEY")],
                           "in february 2014 facebook purchase the messaging service whatsapp for $ 19 billion")  # fmt: skip
    assert _meets(paid, bought, [bought], bought.words)
    assert [a[0] for a in _answers(paid, bought)] == ["$19 billion"]
    sold = _one_sentence("Instagram's founders sold the company to Facebook in 2012.", [("Facebook", "ORG")],
                         "instagram founder sell the company to facebook in 2012")  # fmt: skip
    assert not _meets(analyse("Who acquired Instagram?"), sold, [sold], sold.words | {"instagram"})


def test_a_participle_the_tagger_made_an_adjective_is_the_relation() -> None:
    """Before: "Who was formerly married to James Cameron?" (bench/rgb-probe.jsonl) had no relation ("married"
    was tagged an adjective), so any name beside James Cameron answered it ("Avatar")."""
    from assistant.candidates.meets import _meets
    from assistant.question import analyse

    asked = analyse("Who was formerly married to James Cameron?")
    assert asked.relation == ("marry", "married")
    named = _one_sentence("James Cameron is now one of the most sought-after directors in Hollywood.",
                          [("James Cameron", "PERSON"), ("Hollywood", "GPE")],
                          "james cameron be now one of the most sought after director in hollywood")  # fmt: skip
    married = _one_sentence("He was formerly married to producer Gale Anne Hurd.", [("Gale Anne Hurd", "PERSON")],
                            "he be formerly married to producer gale anne hurd")  # fmt: skip
    assert _meets(asked, married, [married], married.words | named.words)
    assert not _meets(asked, named, [named], named.words)


def test_answers_conjoined_with_the_chosen_one_share_its_role() -> None:
    """Before: "Which companies did Elon Musk co-found?" (bench/rgb-probe.jsonl) was answered "Tesla." from "Elon
    Musk co-founded and leads Tesla, SpaceX, Neuralink and The Boring Company", and "Who founded WhatsApp?" "Jan
    Koum." from "... by two former Yahoo employees, Jan Koum and Brian Acton": the answers conjoined with the
    chosen one are answers too, worded as the sentence words them. Not for a question that asks for one, nor for
    names a preposition relates ("votes between Trump and Biden")."""
    from assistant.candidates import Candidate, conjoined
    from assistant.question import analyse
    from assistant.types import Evidence

    def candidates(text: str, names: list[str]) -> list[Candidate]:
        said = _one_sentence(text, [(n, "ORG") for n in names], "")
        evidence = Evidence(n=0, chunk=said.chunk, quote=text, start=0, end=len(text), relevance=1.0)
        return [Candidate(n, "ORG", evidence, None, 1.0, 1) for n in names]

    founded = candidates("Elon Musk co-founded and leads Tesla, SpaceX, Neuralink and The Boring Company.",
                         ["Tesla", "SpaceX", "Neuralink", "Boring Company"])  # fmt: skip
    many = analyse("Which companies did Elon Musk co-found?")
    assert conjoined(many, founded[0], founded).text == "Tesla, SpaceX, Neuralink and The Boring Company"
    assert conjoined(analyse("Which company did Elon Musk co-found?"), founded[0], founded).text == "Tesla"
    votes = candidates("Results include electoral votes between Trump and Biden in each state.", ["Trump", "Biden"])
    assert conjoined(analyse("Who won the 2020 election?"), votes[1], votes).text == "Biden"


def test_a_figure_keeps_its_hyphenated_unit() -> None:
    """Before: "80." answered how long James Cameron's treatment for Avatar was, from "an 80-page treatment"."""
    from assistant.candidates.spans import _answers
    from assistant.question import analyse

    said = _one_sentence("In 1994, director James Cameron wrote an 80-page treatment for Avatar.",
                         [("1994", "DATE"), ("James Cameron", "PERSON"), ("80", "CARDINAL")],
                         "in 1994 director james cameron write an 80-page treatment for avatar")  # fmt: skip
    assert [a[0] for a in _answers(analyse("How long was James Cameron's treatment for Avatar?"), said)] == ["80-page"]


def test_the_chain_states_conjoined_answers_together(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """The headline of a picked answer joins the answers conjoined with it, as its quote words them."""
    a = rgb_services.chain.answer("Who founded WhatsApp?")
    assert a.sentences[0].text == "Jan Koum and Brian Acton." and a.sentences[0].supported
    quote = next(c.quote for c in a.citations if c.n == a.sentences[0].citations[0])
    assert "Jan Koum and Brian Acton" in quote


def test_a_place_after_in_or_at_is_where_not_who() -> None:
    """Before (with the rule that a team is named by its country or city): "Tampa, Florida." answered which team
    plays its home games at Raymond James Stadium (bench/rgb-probe.jsonl), from "... at Raymond James Stadium in
    Tampa, Florida, the home stadium of the Buccaneers": a place after "in" or "at" says where, not who. And a
    stadium is a place: "Which stadium ...?" was drafted by the model as a description ("... is Tampa Bay")."""
    from assistant.candidates.spans import _answers
    from assistant.question import analyse

    said = _one_sentence("The game was played at Raymond James Stadium in Tampa, Florida, the home stadium of the team.",
                         [("Raymond James Stadium", "FAC"), ("Tampa", "GPE"), ("Florida", "GPE")],
                         "the game be play at raymond james stadium in tampa florida the home stadium of the team")  # fmt: skip
    assert _answers(analyse("Which team plays its home games at Raymond James Stadium?"), said) == []
    won = _one_sentence("Germany became the first European team to win a World Cup in the Americas.",
                        [("Germany", "GPE"), ("Americas", "LOC")], "germany become the first european team to win")  # fmt: skip
    assert [a[0] for a in _answers(analyse("Which team won a World Cup in the Americas first?"), won)] == ["Germany"]
    assert analyse("Which stadium is the home stadium of the Buccaneers?").kind == "place"


def test_a_place_near_which_something_happened_is_where_not_who() -> None:
    """Before (news-lee M22), "Nablus." answered who was shot dead as Israeli forces charged into the West Bank,
    from "Israeli troops operating ... near Nablus also shot dead a Palestinian security officer": a place after a
    preposition that places ("near", "outside", as "in" and "at") says where; after "on" it may be who is acted on."""
    from assistant.candidates.spans import _answers
    from assistant.question import analyse

    who = analyse("Who was shot dead as troops charged into the West Bank?")
    for text in ["Troops operating near Nablus shot dead a security officer.",
                 "Troops operating outside Nablus shot dead a security officer."]:  # fmt: skip
        said = _one_sentence(text, [("Nablus", "GPE")], "troop operate near nablus shoot dead a security officer")
        assert _answers(who, said) == [], text
    on = _one_sentence("The council imposed sanctions on Iran.", [("Iran", "GPE")], "council impose sanction on iran")
    assert [a[0] for a in _answers(analyse("Who did the council impose sanctions on?"), on)] == ["Iran"]


def test_a_place_a_hyphen_joins_to_a_word_is_where_not_who() -> None:
    """Before (news-reuters L66, measured with a sentence splitter that kept "E.F. Hutton" whole), "New Jersey."
    answered to whom Purolator agreed to sell its courier unit, from "New Jersey-based overnight messenger Purolator
    Courier Corp said it has agreed to be acquired ...": a place a hyphen joins to the word after it ("-based",
    "-born") places that word; it names no party. For "where" it still answers."""
    from assistant.candidates.spans import _answers
    from assistant.question import analyse

    said = _one_sentence("Ohio-based Acme Corp said it agreed to be acquired by Beta Holdings.",
                         [("Ohio", "GPE"), ("Acme Corp", "ORG"), ("Beta Holdings", "ORG")],
                         "ohio base acme corp say it agree to be acquire by beta holdings")  # fmt: skip
    assert [a[0] for a in _answers(analyse("Who agreed to buy Acme Corp?"), said)] == ["Beta Holdings"]
    assert [a[0] for a in _answers(analyse("Where is Acme Corp based?"), said)] == ["Ohio"]


def test_a_paragraph_that_names_nothing_continues_its_articles_subject(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before: "Where was the 2018 World Cup final played?" (bench/rgb-probe.jsonl) was declined, though rgb-dev's
    passages say "The match was played at the Luzhniki Stadium in Moscow, Russia, on 15 July 2018, and was
    contested by France and Croatia." in a paragraph that names no match: a definite subject that says the relation
    continues its article's subject. And for "where" the agent ("contested by France") is not the answer."""
    a = rgb_services.chain.answer("Where was the 2018 World Cup final played?")
    assert a.sentences[0].text == "Luzhniki Stadium in Moscow, Russia." and a.sentences[0].supported
    quote = next(c.quote for c in a.citations if c.n == a.sentences[0].citations[0])
    assert quote.startswith("The match was played at the Luzhniki Stadium")


def test_only_the_asked_things_subject_continues_it() -> None:
    """A person ("she"), a role ("the director") or a verb that does not say the relation is not the asked thing:
    before these, "Disney." answered who directed Avatar from rgb-dev-noise's "The director has long planned ...,
    when Disney ...", and "Washington, D.C." who was named the 2020 National Teacher of the Year from "... she will
    head to Washington, D.C. this fall"."""
    from assistant.candidates.meets import _continues
    from assistant.candidates.sentences import _words
    from assistant.question import analyse

    def continues(question: str, text: str) -> bool:
        said = _one_sentence(text, [], text.lower())  # in an article that names what the question names
        return _continues(analyse(question), said, said.words, said.words | set(_words(question)))

    assert continues("When was Super Bowl LV played?", "The game was played on February 7, 2021, at the stadium.")
    assert continues("Where was Super Bowl LVII played?", "It will take place at State Farm Stadium in Glendale.")
    assert not continues("Who directed Avatar?", "The director has long planned to make several sequels.")
    assert not continues("Who was named the 2020 National Teacher of the Year?", "She was named at the White House.")
    assert not continues("When was Super Bowl LV played?", "The game drew a record audience on February 7.")
    assert not continues("When was Super Bowl LV played?", "Super Bowl LVII was played on February 12, 2023.")


def test_a_named_person_holds_a_snippet_to_the_question(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before: "Who plays Mia in La La Land?" and "When did Robyn Denholm become a director of Tesla?"
    (bench/rgb-probe.jsonl, j14 and l20) were declined, though rgb-dev's passages say "Emma Stone plays Mia, an
    aspiring actress in Los Angeles." and "Robyn M. Denholm has served as a director since August 2014 and as Chair
    since November 2018." in snippets that leave out the film and the company their articles name elsewhere."""
    mia = rgb_services.chain.answer("Who plays Mia in La La Land?")
    assert not mia.abstained and mia.sentences[0].text == "Emma Stone."
    denholm = rgb_services.chain.answer("When did Robyn Denholm become a director of Tesla?")
    assert not denholm.abstained and denholm.sentences[0].text == "August 2014."


def test_only_a_persons_name_anchors_a_snippet() -> None:
    """A name that takes an article ("win an Oscar") or owns a proper noun ("Assassin's Creed") is tagged a person
    but is a thing: before this guard, "Avatar." answered for which film James Cameron won an Oscar for best
    director, from "Titanic (1997), for which he won an Oscar for best director, and Avatar (2009).", a snippet
    that never names him. And the paragraph must leave out only what its article names."""
    from assistant.candidates.meets import _anchored
    from assistant.candidates.sentences import _words
    from assistant.question import analyse

    def anchored(question: str, text: str, article: str = "") -> bool:
        said = _one_sentence(text, [], text.lower())
        return _anchored(analyse(question), said, said.words, said.words | set(_words(article or question)))

    assert anchored("Who plays Mia in La La Land?", "Emma Stone plays Mia, an aspiring actress in Los Angeles.")
    assert not anchored("Who plays Mia in La La Land?", "Emma Stone plays Mia.", article="Emma Stone plays Mia.")
    assert not anchored("For which film did James Cameron win an Oscar for best director?",
                        "Titanic (1997), for which he won an Oscar for best director, and Avatar (2009).")  # fmt: skip
    assert not anchored("Who directed Assassin's Creed Syndicate?",
                        "Assassin's Creed is the most daring film yet from the director Justin Kurzel.")  # fmt: skip


def test_a_phrasal_verb_is_not_said_by_its_verb_alone(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before: "When did God of War (2018) come out?" (bench/rgb-probe.jsonl, E17) was answered "January 14,
    2022." from "God of War (2018) will be coming to PC on January 14, 2022!": "come out" is not "come"."""
    from assistant.candidates.meets import _without_particle
    from assistant.question import analyse
    from index.annotate import parse

    def without(question: str, text: str) -> bool:
        return _without_particle(analyse(question), _one_sentence(text, [], " ".join(t.lemma_ for t in parse(text))))

    # "come out" itself is now read as "release" (question.PHRASAL); another phrasal verb keeps the rule.
    assert without("When did the fire break out?", "The fire will break the record on January 14, 2022!")
    assert not without("When did the fire break out?", "The fire broke out on April 20, 2018.")
    assert not without("When did God of War come to PC?", "God of War will be coming to PC on January 14, 2022!")
    head = rgb_services.chain.answer("When did God of War (2018) come out?").sentences[0]
    assert "January 14, 2022" not in head.text  # declined before "released" said "come out"; now the right date


def test_a_role_is_said_as_its_abbreviation_or_in_words(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before: "Who was Tesla's chief executive in 2021?" (bench/rgb-probe.jsonl, E19) was declined beside "Tesla
    CEO Elon Musk said ...": a closed class of roles is said either way. Where a sentence says the role both ways,
    the question's own words place it: "After Jobs resigned as CEO ..., Cook was named the new chief executive
    officer of Apple Inc." names Cook for the new chief executive officer (q23), not Jobs."""
    from assistant.candidates.sentences import _related
    from assistant.question import analyse

    assert analyse("Who was Tesla's chief executive in 2021?").relation == ("ceo",)
    assert analyse("Who is the chief of staff?").relation == ("chief",)
    assert _related("ceo", {"chief", "executive", "officer"}) and not _related("ceo", {"chief", "staff"})
    musk = rgb_services.chain.answer("Who was Tesla's chief executive in 2021?")
    assert not musk.abstained and musk.sentences[0].text == "Elon Musk."
    cook = rgb_services.chain.answer("Who was named the new chief executive officer of Apple Inc.?")
    assert cook.sentences[0].text == "Tim Cook."


def test_a_venue_is_answered_with_its_town(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before: "Where was the 2021 Super Bowl played?" (bench/rgb-probe.jsonl, E01, gold "Tampa") was answered
    "Raymond James Stadium." from "Super Bowl LV will be played in Tampa Bay, Florida, at Raymond James
    Stadium": the venue alone leaves out where it is. Said in the sentence's words where it reads so ("at the
    Maracanã Stadium in Rio de Janeiro, Brazil"); a town that is no venue's stays alone."""
    a = rgb_services.chain.answer("Where is Super Bowl LV played?")
    assert a.sentences[0].text == "Raymond James Stadium, Tampa Bay, Florida." and a.sentences[0].supported
    b = rgb_services.chain.answer("Where was the 2014 World Cup final played?")
    assert b.sentences[0].text == "Maracanã Stadium in Rio de Janeiro, Brazil.", b.answer
    c = rgb_services.chain.answer("Where does Juliana Urtubey teach?")
    assert c.sentences[0].text == "Las Vegas.", c.answer


def test_a_verb_of_occurring_says_when_or_where_an_event_was_held() -> None:
    """Before: "Where was Super Bowl LVII played?" (bench/rgb-probe.jsonl) was declined, though a passage says "It
    will take place at State Farm Stadium in Glendale, Ariz.": an event is played, held, staged or takes place."""
    from assistant.candidates.meets import _meets
    from assistant.question import analyse

    said = _one_sentence("Super Bowl LVII will take place at State Farm Stadium in Glendale, Ariz.",
                         [("Super Bowl LVII", "EVENT"), ("State Farm Stadium", "FAC"), ("Glendale", "GPE")],
                         "super bowl lvii will take place at state farm stadium in glendale ariz")  # fmt: skip
    assert _meets(analyse("Where was Super Bowl LVII played?"), said, [said], said.words)
    assert not _meets(analyse("Who played in Super Bowl LVII?"), said, [said], said.words)


def test_a_score_is_a_tally_of_two_numbers(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before: "What was the score of the 2018 Wimbledon women's singles final?" (bench/rgb-probe.jsonl) was read as
    asking for a description and answered by quoting who won; a score is two numbers joined by a dash, per set
    after a comma, which the entity tagger does not label ("1" of "1-0" is its CARDINAL). A year span ("2013-14")
    or a name's number ("COVID-19") is none. The answer is spelled as its quote spells it ("6–4", not another
    passage's "6-4")."""
    from assistant.candidates.spans import _answers
    from assistant.question import analyse

    analysis = analyse("What was the score of the 2014 World Cup final?")
    assert analysis.kind == "number" and analysis.labels == {"SCORE"}
    said = _one_sentence("In the 2013-14 season of COVID-19 tests, Germany beat Argentina 1-0 in the 2014 World Cup final.",
                         [("Germany", "GPE"), ("Argentina", "GPE"), ("1", "CARDINAL"), ("2014", "DATE")],
                         "germany beat argentina in the 2014 world cup final")  # fmt: skip
    assert [a[0] for a in _answers(analysis, said)] == ["1-0"]
    a = rgb_services.chain.answer("What was the score of the 2018 Wimbledon women's singles final?")
    assert a.sentences[0].text == "6–3, 6–3." and a.sentences[0].supported
    b = rgb_services.chain.answer("What was the score of the 2021 US Open men's final?")
    quote = next(c.quote for c in b.citations if c.n == b.sentences[0].citations[0])
    assert b.sentences[0].text == "6–4, 6–4, 6–4." and "6–4, 6–4, 6–4" in quote


def test_the_agent_noun_of_the_asked_verb_titles_who_did_it(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (bench/rgb-probe.jsonl, ninth batch): "Who directed La La Land?" was answered "Emma Stone." from "...
    Emma Stone wins best actress for La La Land along with best director Damien Chazelle" (she does a verb, he is
    titled by the asked verb's agent noun), and "Who wrote the screenplay of Pretty Woman?" was declined, though
    "... director Garry Marshall and screenwriter J. F. Lawton." says it: a compound's head ("writer") is what
    it is. A role noun asked as itself titles nothing: "best actress Oscar" names an award."""
    from assistant.candidates.sentences import _related

    assert _related("write", {"screenwriter"}) and _related("write", {"songwriter"}) and not _related("win", {"darwin"})
    a = rgb_services.chain.answer("Who directed La La Land?")
    assert a.sentences[0].text == "Damien Chazelle." and a.sentences[0].supported
    b = rgb_services.chain.answer("Who wrote the screenplay of Pretty Woman?")
    assert b.sentences[0].text == "J. F. Lawton." and b.sentences[0].supported
    c = rgb_services.chain.answer("Who is the lead actress in La La Land?")
    assert c.sentences[0].text == "Emma Stone."


def test_a_building_or_a_birthplace_is_a_place_whatever_the_tagger_says(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (ninth batch): "Where is Pretty Woman: The Musical playing?" was declined ("the Dolby Theatre" is
    tagged an organisation) and "Where was Abdulrazak Gurnah born?" answered "England." from "born in Zanzibar and
    active in England" ("Zanzibar" is tagged a nationality). A name that ends in a building's noun is a place; so
    is a nationality after "in"."""
    a = rgb_services.chain.answer("Where is Pretty Woman: The Musical playing?")
    assert a.sentences[0].text == "Dolby Theatre." and a.sentences[0].supported
    b = rgb_services.chain.answer("Where was Abdulrazak Gurnah born?")
    assert b.sentences[0].text == "Zanzibar." and b.sentences[0].supported


def test_a_role_names_no_one(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (ninth batch): "Who wrote the screenplay for Assassin's Creed?" was answered "Director." from a crew
    list flattened into text ("Crew List ; Director. Justin Kurzel ; Screenwriters. ..."): a role is no name."""
    a = rgb_services.chain.answer("Who wrote the screenplay for Assassin's Creed?")
    assert not any(s.text == "Director." for s in a.sentences)


def test_an_adjective_a_light_verb_takes_is_the_relation() -> None:
    """Before (ninth batch): "When did the Pixel 6 become available?" had no relation and took "Oct 19, 2021", the
    date the phone was announced. "become available" says it; "How old ...?" asks a number, with no relation."""
    from assistant.question import analyse

    assert analyse("When did the Pixel 6 become available?").relation == ("available",)
    assert analyse("When was the iPhone 12 available?").relation == ("available",)
    assert analyse("How old is Joe Biden?").relation == ()


def test_an_award_is_named_and_a_bare_verb_follows_do(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (bench/rgb-probe.jsonl): "Which award did Olga Tokarczuk win for her novel Flights?" was read as asking
    for a description (the parser made "win" a noun) and answered by quoting; an award is a name, and the word
    that ends the subject after "did" is a bare verb when it can be one. A list the parser loses goes on by its
    commas: "Manti Te'o wins Maxwell, Bednarik, Walter Camp player-of-the-year awards" answers all three."""
    from assistant.question import analyse

    award = analyse("Which awards did Manti Te'o win?")
    assert award.kind == "name" and award.relation == ("win",)
    assert analyse("When did the company announce the deal?").relation == ("announce",)
    a = rgb_services.chain.answer("Which award did Olga Tokarczuk win for her novel Flights?")
    assert a.sentences[0].text == "Man Booker International Award." and a.sentences[0].supported
    b = rgb_services.chain.answer("Which awards did Manti Te'o win?")
    assert b.sentences[0].text == "Maxwell, Bednarik, Walter Camp." and b.sentences[0].supported


def test_a_continued_subject_lends_its_name_not_its_years(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """A paragraph that continues its article's subject ("The race was won ... by Tadej Pogačar") takes the name it
    leaves out, not every year and number of the article: taking them answered "Who won stage 20 of the 2021 Tour
    de France?" (bench/rgb-probe.jsonl, unanswerable) with the overall winner. And a participle the parser hangs on
    the subject after a colon is still the question's verb ("When was The Legend of Zelda: Ocarina of Time
    released ...?" had no relation)."""
    from assistant.question import analyse

    a = rgb_services.chain.answer("Who won stage 20 of the 2021 Tour de France?")
    assert a.abstained
    zelda = analyse("When was The Legend of Zelda: Ocarina of Time released in the United States?")
    assert zelda.relation == ("release",)


def test_a_measure_is_a_figure_and_a_list_item_ends_at_its_comma(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (bench/rgb-probe.jsonl, tenth batch): "What is the battery capacity of the Google Pixel 6?" was read
    as asking for a description and answered by quoting "Google Pixel 6 Android smartphone."; a capacity is a
    figure. In "4614 mAh battery, 256 GB storage" the figure before "battery" is its own; the comma ends it."""
    a = rgb_services.chain.answer("What is the battery capacity of the Google Pixel 6?")
    assert a.sentences[0].text == "4614." and a.sentences[0].supported


def test_the_noun_a_copula_asks_about_is_the_relation(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (tenth batch): "When was the early entry deadline for the 2020 NBA Draft?" had no relation and took
    the draft's own date from a table ("Date: Wednesday, November 18, 2020"); the deadline is what is asked."""
    from assistant.question import analyse

    assert analyse("When was the early entry deadline for the 2020 NBA Draft?").relation == ("deadline",)
    a = rgb_services.chain.answer("When was the early entry deadline for the 2020 NBA Draft?")
    assert a.sentences[0].text == "August 17." and a.sentences[0].supported


def test_a_field_of_another_kind_and_the_asked_word_are_no_answer(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (tenth batch, unanswerable): "Who was the first pick of the 2020 NBA Draft?" was answered "Bristol."
    from "... ; Location: Bristol, ; Number of Picks: 60 ..." ("Location" names a place, not the person asked; a
    value cut after its comma still ends the field), then "Picks." (the question's own word, in the plural)."""
    a = rgb_services.chain.answer("Who was the first pick of the 2020 NBA Draft?")
    assert a.abstained


def test_another_season_is_another_event(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (tenth batch, unanswerable): "When were the Summer Olympic Games first held?" was answered "1924."
    from "The winter Olympic Games were first held in 1924": two of the name's three words matched."""
    assert rgb_services.chain.answer("When were the Summer Olympic Games first held?").abstained
    b = rgb_services.chain.answer("When were the Winter Olympic Games first held?")
    assert b.sentences[0].text == "1924." and b.sentences[0].supported


def test_a_surname_names_its_person_and_a_figure_its_own_clause(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (bench/rgb-probe.jsonl, tenth batch): "How much compensation did Elon Musk realize in 2021?" was
    declined, though "Musk, the founder and CEO of SpaceX and Tesla, "realized" compensation worth almost $23.5
    billion in 2021": news names a person by the surname after the first mention, not after another given name.
    And a figure is said by its own clause: with surnames, "22." answered how many times Rafael Nadal finished
    the year as No. 1, from "Nadal has won 22 Grand Slam ..." beside "... the year-end No. 1 five times"."""
    from assistant.candidates.sentences import _surnamed

    assert _surnamed("Elon Musk", "Musk, the founder and CEO of SpaceX and Tesla, realized $23.5 billion.")
    assert not _surnamed("Elon Musk", "Kimbal Musk, his brother, sits on the board.")
    a = rgb_services.chain.answer("How much compensation did Elon Musk realize in 2021?")
    assert a.sentences[0].text == "almost $23.5 billion." and a.sentences[0].supported
    b = rgb_services.chain.answer("How many times has Rafael Nadal finished the year as world No. 1?")
    assert not any(s.text == "22." for s in b.sentences)


def test_an_irregular_form_of_the_relation_is_where_it_is_said(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (eleventh batch): "When was Olga Tokarczuk born?" was answered "2018." from "The 2018 Nobel Prize in
    Literature was awarded the Polish writer Olga Tokarczuk (born 1962) ...": "born" was not read as a form of
    "bear", so neither date was nearer the relation. Also "bought" for "buy" and "won" for "win"."""
    a = rgb_services.chain.answer("When was Olga Tokarczuk born?")
    assert a.sentences[0].text == "1962." and a.sentences[0].supported


def test_a_month_is_named_by_its_abbreviation(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (eleventh batch): "Which film won Best Animated Feature at the Academy Awards in February 2020?" was
    declined: its paragraph's date line writes "Feb 9, 2020"."""
    a = rgb_services.chain.answer("Which film won Best Animated Feature at the Academy Awards in February 2020?")
    assert a.sentences[0].text == "Toy Story 4." and a.sentences[0].supported


def test_how_much_asks_for_an_amount_and_what_many_counts_is_its_noun(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (eleventh batch, unanswerable): "How much does Microsoft's augmented reality headset cost?" was
    answered "thousands." from "Microsoft will soon produce thousands of mixed-reality headsets": a count is not
    an amount, and "how much" modifies "cost" here, which no passage says ("reality" was taken as counted)."""
    from assistant.question import analyse

    q = analyse("How much does Microsoft's augmented reality headset cost?")
    assert q.relation == ("cost",) and "CARDINAL" not in q.labels
    assert analyse("How many stage winners did the 2021 Tour de France produce?").relation == ("winner",)
    assert "CARDINAL" in analyse("How many Grand Slam titles has Nadal won?").labels
    assert rgb_services.chain.answer("How much does Microsoft's augmented reality headset cost?").abstained


def test_a_date_that_modifies_a_noun_names_a_thing(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (eleventh batch): "When did Elon Musk say that production of the Tesla Semi is on hold?" was
    answered "Q4 2020." from "... said during Tesla's Q4 2020 earnings call in January 2021 that ...": that date
    says which call, the other when he said it."""
    from assistant.candidates.rank import _names_a_thing
    from assistant.candidates.sentences import _Sentence

    text = "The 2012 Heisman winner will be announced at 7 p.m. on December 8, 2012 in New York."
    s = _Sentence(None, text, 0, len(text), set(), set(), ("d", 0))  # type: ignore[arg-type]
    assert _names_a_thing(s, "2012") and not _names_a_thing(s, "December 8, 2012")
    a = rgb_services.chain.answer("When did Elon Musk say that production of the Tesla Semi is on hold?")
    assert a.sentences[0].text == "January 2021." and a.sentences[0].supported


def test_a_clock_time_dates_and_the_last_time_counts(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (eighth and seventh batches): "When will the 2012 Heisman winner be announced?" was declined though
    "The 2012 Heisman winner will be announced at 7 p.m." (a time of day was taken for "Sunday"-like vagueness);
    "How many times has Rafael Nadal finished the year as world No. 1?" was declined though he did "for the fifth
    time" (the tagger leaves that ordinal untagged)."""
    a = rgb_services.chain.answer("When will the 2012 Heisman winner be announced?")
    assert a.sentences[0].text.startswith("7 p.m") and a.sentences[0].supported
    b = rgb_services.chain.answer("How many times has Rafael Nadal finished the year as world No. 1?")
    assert b.sentences[0].text == "fifth time." and b.sentences[0].supported


def test_the_answers_own_clause_speaks_of_the_asked_gender(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (sixth batch): "Who won the gentlemen's singles title at Wimbledon in 2018?" was answered "Angelique
    Kerber." from "Novak Djokovic won the gentlemen's singles title and Angelique Kerber won the ladies' singles
    title.": the sentence speaks of both, her clause of the ladies'."""
    a = rgb_services.chain.answer("Who won the gentlemen's singles title at Wimbledon in 2018?")
    assert a.sentences[0].text == "Novak Djokovic." and a.sentences[0].supported


def test_a_figure_before_the_counted_nouns_name_counts_it(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (eleventh batch): "How many Grand Slam titles has Nadal won?" was declined: "Nadal has won 22 Grand
    Slam ..." leaves out "titles", but the name that qualifies them says what 22 counts."""
    a = rgb_services.chain.answer("How many Grand Slam titles has Nadal won?")
    assert a.sentences[0].text == "22." and a.sentences[0].supported


def test_a_past_plan_is_said_by_any_plan_verb_in_the_sentence_itself(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (eighth batch): "When was the 2020 NBA Draft originally supposed to take place?" was declined: "The
    draft was originally scheduled to be held ... on June 25" says the same plan with another verb. The plan must be
    in the date's own sentence: "The 2020 NBA draft was held on November 18, 2020." beside it is what happened."""
    a = rgb_services.chain.answer("When was the 2020 NBA Draft originally supposed to take place?")
    assert a.sentences[0].text == "June 25." and a.sentences[0].supported


def test_a_number_after_its_noun_identifies_and_counts_nothing(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (twelfth batch): "How many Tour de France stage wins does Mark Cavendish have?" was answered "13."
    from "Mark Cavendish wins stage 13 of the Tour de France, ... his 34rd overall": "stage 13" says which stage."""
    a = rgb_services.chain.answer("How many Tour de France stage wins does Mark Cavendish have?")
    assert not any(s.text == "13." for s in a.sentences)


def test_beside_the_relation_a_title_and_a_place_need_their_own_sentence(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (twelfth batch, unanswerable): "Who was Delaware's 2020 State Teacher of the Year?" was answered "John
    Carney." from "Governor John Carney made the ..." after the sentence that names the award: his title is another
    role. And "Where will the 2022 World Cup final be played?" was answered "Argentina." from "Argentina v France |
    Final | ..." beside "Mbappe's best plays": a place the relation is not said of must be in or at."""
    assert rgb_services.chain.answer("Who was Delaware's 2020 State Teacher of the Year?").abstained
    b = rgb_services.chain.answer("Where will the 2022 World Cup final be played?")
    assert not any(s.text == "Argentina." for s in b.sentences)


def test_where_an_event_runs_is_where_it_is_held(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (twelfth batch): "Where is the 2021 Masters Tournament played?" was declined though "The 2021 Masters
    Tournament runs April 8-11 at Augusta National Golf Club." ("runs" is a verb of occurring, and what an event
    runs at is a place, though the tagger calls it an organisation)."""
    a = rgb_services.chain.answer("Where is the 2021 Masters Tournament played?")
    assert a.sentences[0].text == "Augusta National Golf Club." and a.sentences[0].supported


def test_respectively_pairs_the_answer_with_the_asked_name(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (ninth batch): "How much does the Pixel 6 Pro start at?" was answered "599." from "... its new Pixel 6
    and Pixel 6 Pro. The new models start at $599 and $899, respectively": the second price is the second phone's."""
    a = rgb_services.chain.answer("How much does the Pixel 6 Pro start at?")
    assert a.sentences[0].text == "$899." and a.sentences[0].supported
    b = rgb_services.chain.answer("How much does the Pixel 6 start at?")
    assert not any(s.text in ("899.", "$899.") for s in b.sentences)


def test_a_name_joined_by_of_to_the_asked_one_and_named_by_its_kind(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (sixth batch): "Which team does Tadej Pogačar ride for?" was answered "Tour." from "... by Tadej
    Pogačar of UAE Team Emirates, becoming the youngest rider to win the Tour twice": the tagger made "Tadej
    Pogačar of UAE Team Emirates" one organisation, ruled out for holding the asked name; and a name that holds
    the asked kind's noun ("Team") says it is one."""
    a = rgb_services.chain.answer("Which team does Tadej Pogačar ride for?")
    assert a.sentences[0].text == "UAE Team Emirates." and a.sentences[0].supported


def test_a_numbered_thing_is_not_stated_by_a_count_of_such_things(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (first batch): "Who won stage 21 of the 2021 Tour de France?" was answered "Tadej Pogačar." from
    "After 21 frantic stages that produced 13 stage winners in total, Tadej Pogačar stood atop the Paris podium":
    "21 stages" counts the stages, "stage 21" names one."""
    a = rgb_services.chain.answer("Who won stage 21 of the 2021 Tour de France?")
    assert not any(s.text == "Tadej Pogačar." for s in a.sentences)


def test_a_weekday_the_date_line_falls_on_is_that_date(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (thirteenth batch): "When did Facebook announce the purchase of WhatsApp?" was declined: "Feb 19, 2014
    ... Facebook announced the purchase ... on Wednesday" gives a weekday only, and 19 February 2014 was one."""
    a = rgb_services.chain.answer("When did Facebook announce the purchase of WhatsApp?")
    assert a.sentences[0].text == "Feb 19, 2014." and a.sentences[0].supported


def test_an_age_is_answered_by_its_form(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (thirteenth batch): "How old was Emma Raducanu when she won the 2021 US Open?" was answered "two."
    from "the first US Open final between two unseeded players, 18-year-old Emma Raducanu took home ..."."""
    a = rgb_services.chain.answer("How old was Emma Raducanu when she won the 2021 US Open?")
    assert a.sentences[0].text == "18-year-old." and a.sentences[0].supported


def test_a_nationality_is_answered_by_its_adjective(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (thirteenth batch): "What nationality is Olga Tokarczuk?" quoted "The Nobel Prize in Literature 2018
    was awarded to Olga Tokarczuk ..." first, which does not say it."""
    a = rgb_services.chain.answer("What nationality is Olga Tokarczuk?")
    assert a.sentences[0].text == "Polish." and a.sentences[0].supported


def test_a_past_plan_is_not_what_happened_and_a_field_line_states(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (thirteenth batch): "Where was the 2020 NBA Draft held?" was answered "Barclays Center." from "The
    draft was originally scheduled to be held at Barclays Center"; a record's line "Location: Bristol,
    Connecticut." was skipped as a heading. The plan still answers the question that asks for it."""
    a = rgb_services.chain.answer("Where was the 2020 NBA Draft held?")
    assert a.sentences[0].text == "Bristol, Connecticut." and a.sentences[0].supported
    b = rgb_services.chain.answer("Where was the 2020 NBA Draft originally scheduled to be held?")
    assert b.sentences[0].text == "Barclays Center in Brooklyn." and b.sentences[0].supported


def test_a_side_of_a_score_counts_nothing(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (thirteenth batch): "How many World Cup titles did Germany have after winning in 2014?" was answered
    "1." from "Germany came through with an impressive 1-0 victory ... to take home the 2014 World Cup title"."""
    a = rgb_services.chain.answer("How many World Cup titles did Germany have after winning in 2014?")
    assert not any(s.text == "1." for s in a.sentences)


def test_another_name_a_source_gives_the_answer_is_said_and_quoted(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before: rgb-dev's "Who acquired Instagram?" was answered "Meta." though the passage that says so calls it
    "Meta Platform, an American company whose former name is Facebook", the name the question's time knew it by.
    The other name is said with the words that give it, and its sentence is quoted: two quotes at most."""
    a = rgb_services.chain.answer("Who acquired Instagram?")
    assert a.sentences[0].text == "Meta (formerly Facebook)." and a.sentences[0].supported
    quotes = [s.text for s in a.sentences[1:]]
    assert len(quotes) == 2 and any("whose former name is Facebook" in q for q in quotes)
    b = rgb_services.chain.answer('Who is starring as Mulan in the movie "Mulan"?')
    assert b.sentences[0].text == "Liu Yifei (also known as Crystal Liu)."


def test_another_name_belongs_to_the_name_right_before_it() -> None:
    """ "Apple met Meta Platform, formerly Facebook": Facebook is Meta's other name, not Apple's; and a sentence
    with no such words gives none."""
    from assistant.candidates.rank import _alias, _marked
    from assistant.candidates.sentences import _sentences
    from index.types import Chunk, Hit

    text = "Apple met Meta Platform, formerly Facebook, on Monday. Apple sells phones."
    chunk = Chunk(id="a", doc_id="d", text=text, start=0, end=len(text), sentences=[(0, 54), (55, len(text))],
                  entities=[(0, 5, "ORG"), (10, 23, "ORG"), (34, 42, "ORG"), (55, 60, "ORG")], lemmas=["", ""])  # fmt: skip
    sentences = _marked(_sentences([Hit(chunk=chunk, score=1.0)]))
    assert _alias("Meta", sentences)["alias"] == "formerly Facebook"
    assert _alias("Apple", sentences) == {}


def test_a_decline_names_what_the_passages_mention_as_the_question_writes_it(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (thirteenth batch): "Who won the 2019 Tour de France?" was declined with "they mention Tour, France
    and 2019", and a question about "The Legend of Zelda: Ocarina of Time" with "they mention Legend Zelda Ocarina
    Time": the names as analysis keeps them, not as the question wrote them."""
    a = rgb_services.chain.answer("Who won the 2019 Tour de France?")
    assert a.abstained and "they mention Tour de France and 2019," in a.answer, a.answer
    b = rgb_services.chain.answer("When was The Legend of Zelda: Ocarina of Time released in Australia?")
    assert "they mention Legend of Zelda: Ocarina of Time and Australia," in b.answer, b.answer
    c = rgb_services.chain.answer("Who directed Marvel's Spider-Man 2?")
    assert "they mention Marvel's Spider-Man 2," in c.answer, c.answer


def test_a_decline_joins_names_only_across_a_names_own_particle() -> None:
    """Before: "Who plays Mia in La La Land?" was declined with "they mention Mia in La La Land", and "Which number
    US President did Joe Biden become?" with "they mention US President did Joe Biden": a preposition or a verb
    between two names parts them; only a name's own particle ("de", "of", "'s", a hyphen) joins them."""
    from assistant.answer import _as_written

    assert _as_written(["Mia", "La La Land"], "Who plays Mia in La La Land?") == ["Mia", "La La Land"]
    joe = "Which number US President did Joe Biden become?"
    assert _as_written(["US President", "Joe Biden"], joe) == ["US President", "Joe Biden"]
    assert _as_written(["Tour", "France"], "Who won the Tour de France?") == ["Tour de France"]
    assert _as_written(["Marvel", "Spider", "Man 2"], "Who directed Marvel's Spider-Man 2?") == [
        "Marvel's Spider-Man 2"
    ]
    assert _as_written(["Bank", "America"], "Who runs Bank of America?") == ["Bank of America"]


def test_an_age_in_words_a_language_named_nationality_and_a_plural_name(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (fourteenth batch): "How old was Emma Stone when she saw Les Misérables?" was declined though "she
    was eight years old"; "What nationality was Daniel Burley Woolfall?" though "An English FA administrator"
    (the tagger calls "English" a language); "Which actors were first-time Oscar nominees in 2020?" though the
    paragraph says "Oscars 2020"."""
    assert rgb_services.chain.answer("How old was Emma Stone when she saw Les Misérables?").sentences[0].text == (
        "eight years old."
    )
    assert rgb_services.chain.answer("What nationality was Daniel Burley Woolfall?").sentences[0].text == "English."
    a = rgb_services.chain.answer("Which actors were first-time Oscar nominees in 2020?")
    assert a.sentences[0].text == "Antonio Banderas and Florence Pugh."


def test_a_name_set_beside_the_asked_description_is_who_it_is(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (fourteenth batch): "Who is the King of the Gerudo Thieves?" was answered "Link." from "Link is
    tricked by Ganondorf, the King of the Gerudo Thieves": Link is a subject, but Ganondorf is in apposition."""
    assert rgb_services.chain.answer("Who is the King of the Gerudo Thieves?").sentences[0].text == "Ganondorf."
    # Only a description beside the name counts, not a sentence a misparse hangs on a place ("Durango, Colorado,
    # native Sepp Kuss tops Stage 15 ..." once answered "Colorado.").
    assert rgb_services.chain.answer("Who won stage 15 of the 2021 Tour de France?").sentences[0].text == "Sepp Kuss."
    # Names joined by "and" are paired with the phrase's own list, not each set beside all of it.
    a = rgb_services.chain.answer("Who was the former president of CONCACAF?")
    assert a.sentences[0].text == "Jack Warner."


def test_a_figure_with_a_unit_sign_and_the_object_of_what_the_asked_thing_does(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (fourteenth batch): "What is the display size of the Google Pixel 6?" was answered "4614." from
    "Features 6.4″ display, ..., 4614 mAh battery" ("6.4″" was no figure); "Who stars in Pretty Woman?" was
    answered "Garry Marshall." (who directed it), for "The film stars Julia Roberts" made her what is acted on."""
    assert rgb_services.chain.answer("What is the display size of the Google Pixel 6?").sentences[0].text == "6.4″."
    assert rgb_services.chain.answer("Who stars in Pretty Woman?").sentences[0].text.startswith("Julia Roberts")


def test_the_organisation_that_does_the_asked_verb_whatever_its_label(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before: "Which network released the fourth season of The Crown?" asked for a description, and as a
    question for an organisation it found none: "was released by Netflix" (the tagger calls Netflix a place).
    And "Which comics publisher published Shazam?" ruled out "Fawcett Comics" as made of the question's words,
    though "comics" only says which kind of publisher is asked."""
    assert rgb_services.chain.answer("Which network released the fourth season of The Crown?").sentences[0].text == (
        "Netflix."
    )
    a = rgb_services.chain.answer("Which comics publisher published Shazam?")
    assert a.sentences[0].text == "Fawcett Comics."


def test_a_person_the_tagger_calls_otherwise_here_and_an_award_named_last(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (fifteenth batch): "Who was the Tour de France champion in 2021?" was declined: the tagger calls
    "Tadej Pogačar" an organisation in the sentence that says so, though a person in another ("Tadej Pogacar");
    "Who won the Davey O'Brien Award in 2017?" was answered "Maxwell Awards." (its last noun says it is an award)."""
    assert rgb_services.chain.answer("Who was the Tour de France champion in 2021?").sentences[0].text == (
        "Tadej Pogačar."
    )
    assert rgb_services.chain.answer("Who won the Davey O'Brien Award in 2017?").sentences[0].text == "Baker Mayfield."


def test_how_much_of_a_thing_is_the_figure_that_measures_it(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (thirteenth and fifteenth batches): "How much RAM does the Google Pixel 6 have?" and "How much storage
    ...?" were declined though "256 GB storage, 8 GB RAM": the tagger calls "256" a bare number, no amount; the
    figure that measures the asked noun is one, with its unit."""
    assert rgb_services.chain.answer("How much storage does the Google Pixel 6 have?").sentences[0].text == "256 GB."
    assert rgb_services.chain.answer("How much RAM does the Google Pixel 6 have?").sentences[0].text == "8 GB."


def test_who_won_one_role_is_not_who_won_another(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (fifteenth batch): "Who won best director at the 2017 Oscars?" was answered "Emma Stone." from "Emma
    Stone wins best actress for La La Land along with best director Damien Chazelle": she won another role."""
    assert rgb_services.chain.answer("Who won best director at the 2017 Oscars?").sentences[0].text == (
        "Damien Chazelle."
    )
    assert rgb_services.chain.answer("Who won best actress at the 2017 Oscars?").sentences[0].text == "Emma Stone."


def test_a_name_is_found_whatever_its_accents_and_modifier_letters() -> None:
    """Before: once "Hawaii State" was a name of "Who was named the 2021 Hawaii State Teacher of the Year?", the
    passage's "Hawaiʻi" (with the ʻokina, a modifier letter) split into "hawai" and "i" and no longer named it; an
    accented letter split a word the same way ("Götze" into "g", "tze")."""
    from assistant.candidates.sentences import _named, _words

    assert _named("Hawaii State", set(_words("Lori Kwee was named the 2021 Hawaiʻi State Teacher of the Year.")))
    assert _named("Mario Gotze", set(_words("Mario Götze volleyed in the winner.")))


def test_a_duration_is_found_by_its_form() -> None:
    """Before: no form found "30-minute" for "How long ...?" (the tagger's time label was not asked for); an age
    ("18-year-old") is not a duration."""
    from assistant.candidates.spans import _DURATION

    assert _DURATION.search("ESPN's 30-minute NBA Draft Preview show").group() == "30-minute"
    assert _DURATION.search("The final lasted two hours.").group() == "two hours"
    assert _DURATION.search("18-year-old Emma Raducanu") is None


def test_a_noun_of_no_known_kind_is_answered_by_the_name_beside_it(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (l13, D23): "Which chipset does the Google Pixel 6 use?" and "What was GPT-3's predecessor?" were
    descriptions, answered by quoting sentences that only name the phone or GPT-4 ("Google Pixel 6 Android
    smartphone."); the sentences that say "Google Tensor chipset" and "its predecessor GPT-2" give the name."""
    a = rgb_services.chain.answer("Which chipset does the Google Pixel 6 use?")
    assert a.sentences[0].text == "Google Tensor." and a.sentences[0].note == STATED
    assert "Google Tensor chipset" in a.citations[0].quote
    assert rgb_services.chain.answer("What was GPT-3's predecessor?").sentences[0].text == "GPT-2."
    # No sentence names the asked thing beside its noun: drafted and verified as any description, not declined.
    why = rgb_services.chain.answer("What kind of architecture does GPT-3 use?")
    assert not why.abstained and why.sentences[0].note != STATED


def test_a_record_field_keyed_by_the_asked_noun_and_a_role_given_by_a_joined_verb(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (D22, D13): "What genre is The Last of Us Part II?" quoted "The Last of Us Part II." first, though
    the record beside it says "Genre: Action"; "Who became chairman of Apple's board after resigning as CEO?" was
    answered "Tim Cook." from "After Jobs resigned as CEO and became chairman of the board, Cook was named ...":
    the verb joined to "resigned" gives its subject, Jobs, the chairmanship."""
    genre = rgb_services.chain.answer("What genre is The Last of Us Part II?")
    assert genre.sentences[0].text == "Action." and genre.sentences[0].note == STATED
    chairman = rgb_services.chain.answer("Who became chairman of Apple's board after resigning as CEO?")
    assert chairman.sentences[0].text == "Jobs."


def test_a_list_the_parser_reads_as_an_apposition_and_a_town_it_leaves_untagged(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (D20, n11): "Shingo Kunieda, Diede De Groot and Dylan Alcott have ended ..." was answered by its
    first name alone (the parser made the second an apposition, the third joined to it); "Where is Sepp Kuss
    from?" was answered "Colorado." from "Durango, Colorado, native Sepp Kuss", the tagger leaving the town out."""
    listed = rgb_services.chain.answer("Which wheelchair tennis players ended 2020 as year-end world No. 1s?")
    assert listed.sentences[0].text == "Shingo Kunieda, Diede De Groot and Dylan Alcott."
    assert rgb_services.chain.answer("Where is Sepp Kuss from?").sentences[0].text == "Durango, Colorado."


def test_an_officer_of_a_branch_or_of_another_company_is_not_the_asked_ones(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (rgb077): "Doug Bowser." answered who the CEO of Nintendo was in 2021, from a fan's "Nintendo's CEO
    Doug Bowser ..." though other passages call him "president of Nintendo of America": a name the question's
    narrowed by "of" is a branch, another organisation. Without him, "Chris Meledandri, founder and CEO of
    Illumination, ..." answered: the parser hangs "of Illumination" on the first of the conjoined roles, and it
    holds for both. Neither passage says who Nintendo's CEO is, so the answer is a decline."""
    from assistant.candidates.meets import _narrowed_role
    from assistant.candidates.rank import _among
    from assistant.question import analyse

    held = "Chris Meledandri, founder and CEO of Illumination, ..."
    assert _narrowed_role(analyse("Who is the CEO of Nintendo?"), _one_sentence(held, [], "ceo founder"))
    own = "Jan Koum, co-founder and CEO of WhatsApp, said."
    assert not _narrowed_role(analyse("Who is the CEO of WhatsApp?"), _one_sentence(own, [], "ceo founder"))
    assert _among("Doug Bowser", [["doug", "spencer", "bowser"]]) and not _among("Doug Smith", [["doug", "bowser"]])
    nintendo = rgb_services.chain.answer("Who is the CEO of Nintendo in 2021?")
    assert nintendo.abstained and "Bowser" not in nintendo.sentences[0].text


def test_a_count_of_weeks_is_a_duration_and_a_town_one_comes_from_is_a_place(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (D21 without its fronted "For", b12): "How many consecutive weeks had Novak Djokovic been number one
    ...?" was declined: "nearly 300 consecutive weeks" is tagged a date, no figure; "Where is Daniel Burley
    Woolfall from?" was declined: "An English FA administrator from Blackburn" has the town tagged an
    organisation."""
    from assistant.question import DURATION, analyse

    question = "How many consecutive weeks had Novak Djokovic been number one in October 2020?"
    weeks = analyse(question)
    assert weeks.kind == "number" and weeks.relation == ("week",) and DURATION in weeks.labels
    count = rgb_services.chain.answer(question)
    assert count.sentences[0].text == "nearly 300 consecutive weeks."  # the hedge is part of the figure
    assert rgb_services.chain.answer("Where is Daniel Burley Woolfall from?").sentences[0].text == "Blackburn."


def test_a_date_another_verb_governs_is_not_when_the_asked_verb_happened() -> None:
    """A time or a place is an adjunct of its own verb: in rgb-dev's "The 2020 NBA Draft will be held Wednesday,
    Nov. 18, and free agent negotiations will begin Friday", Nov. 18 is when the draft is held, not when the
    negotiations begin (before, it answered). A participle or a fronted date still dates the verb it modifies."""
    from assistant.candidates.spans import _beside_the_relation
    from assistant.question import analyse
    from index.annotate import parse

    def beside(question: str, text: str, date: str) -> bool:
        doc = parse(text)
        said = _one_sentence(text, [], " ".join(t.lemma_.lower() for t in doc))
        return _beside_the_relation(analyse(question), said, text.index(date))

    draft = "The 2020 NBA Draft will be held Wednesday, Nov. 18, and free agent negotiations will begin on Nov. 20."
    assert beside("When do free agent negotiations begin?", draft, "Nov. 18")
    assert not beside("When do free agent negotiations begin?", draft, "Nov. 20")
    both = "Xenoblade Chronicles 2 was announced on January 12, 2017 and released on December 1, 2017."
    assert beside("When was Xenoblade Chronicles 2 released?", both, "January 12")
    assert not beside("When was Xenoblade Chronicles 2 released?", both, "December 1")
    fronted = "Released on December 1, 2017, Xenoblade Chronicles 2 sold a million copies."
    assert not beside("When was Xenoblade Chronicles 2 released?", fronted, "December 1")
    # A clause joined by "and" is its own even under the asked verb in the parse.
    trilogy = (
        "The season 11 trilogy kicked off in August 2021 with part one, and part two launched on February 20, 2022."
    )
    assert beside("When did the trilogy kick off?", trilogy, "February 20")
    assert not beside("When did the trilogy kick off?", trilogy, "August 2021")


def test_a_subtitle_a_handle_or_the_next_one_names_another_work() -> None:
    """Before (rgb057, unanswerable): "Russo Brothers." answered who directed The Avengers, from "The Russo
    Brothers, who directed Avengers: Infinity War and Avengers: Endgame"; without it "The next Avengers movie, The
    Kang Dynasty, will be directed by ..." and "the real Russo's directed @avengers #avengersendgame" answered.
    A colon before a statement is no subtitle ("Avatar: Directed by James Cameron."), and the next movie is
    itself when the question names it."""
    from assistant.candidates.meets import _other_role, _subtitled
    from assistant.question import analyse
    from index.annotate import parse

    def said(text: str):  # type: ignore[no-untyped-def]
        return _one_sentence(text, [], " ".join(t.lemma_.lower() for t in parse(text)))

    avengers = analyse("Who directed The Avengers?")
    assert _subtitled(avengers, said("The Russo Brothers, who directed Avengers: Infinity War and Avengers: Endgame."))
    assert _subtitled(avengers, said("TBT to when the real Russo's directed @avengers #avengersendgame ..."))
    assert not _subtitled(avengers, said("Joss Whedon directed The Avengers in 2012."))
    assert not _subtitled(analyse("Who directed Avatar?"), said("Avatar: Directed by James Cameron. ..."))
    next_one = said("The next Avengers movie, The Kang Dynasty, will be directed by Destin Daniel Cretton.")
    assert _other_role(avengers, next_one)
    assert not _other_role(analyse("Who will direct The Kang Dynasty?"), next_one)


def test_a_definite_description_the_parser_splits_still_points_back(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (n08): "When did part one of The Walking Dead season 11 kick off?" was declined: in "The season 11
    trilogy kicked off in August 2021 with part one, and part two launched on February 20, 2022." the parser hangs
    "The" on "season", so "trilogy" seemed to take no article. A possessive opens a definite description too, and a
    date in a clause joined by "and" ("part two launched on ...") is that clause's, not the asked verb's."""
    from assistant.candidates.meets import _continues
    from assistant.candidates.sentences import _words
    from assistant.question import analyse
    from index.annotate import parse

    def continues(question: str, text: str) -> bool:
        said = _one_sentence(text, [], " ".join(t.lemma_.lower() for t in parse(text)))
        return _continues(analyse(question), said, said.words, said.words | set(_words(question)))

    trilogy = (
        "The season 11 trilogy kicked off in August 2021 with part one, and part two launched on February 20, 2022."
    )
    assert continues("When did part one of The Walking Dead season 11 kick off?", trilogy)
    assert continues("When was God of War released?", "Its PC port was released on January 14, 2022.")
    assert not continues("When was God of War released?", "Kratos released the axe.")
    kicked = rgb_services.chain.answer("When did part one of The Walking Dead season 11 kick off?")
    assert kicked.sentences[0].text == "August 2021."


def test_what_a_light_verb_takes_says_the_relation(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (E04): "Serena Williams." answered who took the women's title at Wimbledon in 2018, from "Angelique
    Kerber defeated Serena Williams in the final ... to win the ladies' singles tennis title": "take" says nothing,
    so any verb's subject was the doer, and Williams is one elsewhere. What the light verb takes ("title") is what
    the doer's verb must take."""
    from assistant.candidates.rank import _taken

    assert _taken("Who took the women's title at Wimbledon in 2018?") == frozenset({"title"})
    assert _taken("Who won the women's title at Wimbledon in 2018?") == frozenset()
    took = rgb_services.chain.answer("Who took the women's title at Wimbledon in 2018?")
    assert took.sentences[0].text == "Angelique Kerber."


def test_a_bare_key_before_a_bare_value_labels_it(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before: declined. A record flattened into stops reads "Released. Aug 12, 2022. In Marvel's Spider-Man
    Remastered, ...": the key labels the value, as "Released: Aug 12, 2022" would, and both are quoted. The tagger
    cuts that date to "2022"; the month and day before it are part of it. The value names nothing, so the sentence
    after it must name the asked game whole: for rgb038 (unanswerable), "Marvel's Spider-Man" is not "Marvel's
    Spider-Man Remastered"."""
    a = rgb_services.chain.answer("When was Marvel's Spider-Man Remastered released?")
    assert a.sentences[0].text == "Aug 12, 2022." and a.sentences[0].supported
    assert sorted(c.quote for c in a.citations) == ["Aug 12, 2022.", "Released."]
    assert rgb_services.chain.answer("When was Marvel's Spider-Man released?").abstained


def test_a_bare_phrase_is_answered_as_its_question(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before: "Tesla CEO in 2021" quoted a sentence instead of naming Elon Musk, "2018 World Cup runner-up"
    quoted "2018 FIFA World Cup Russia™.", and "Nintendo CEO in 2021" would name Satoru Iwata, who "was" its CEO:
    a phrase without a verb asks of the present, as "Who is ...?" does (rgb-dev's rgb062, rgb067 and rgb077 as
    bench/bench_eval.py's rgb-dev-phrase asks them)."""
    assert rgb_services.chain.answer("Tesla CEO in 2021").sentences[0].text == "Elon Musk."
    assert rgb_services.chain.answer("2018 World Cup runner-up").sentences[0].text == "Croatia."
    assert rgb_services.chain.answer("Nintendo CEO in 2021").abstained


def test_a_snippet_keeps_the_noun_whose_name_its_article_gives(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before: "Who led Croatia to their first ever World Cup final?" and "When did part two of The Walking Dead
    season 11 launch?" (bench/rgb-probe.jsonl, p30 and q07) were declined, though rgb-dev's passages say "Croatia
    made it to their first ever final, ..., led by playmaker Luka Modric ..." and "The season 11 trilogy kicked off
    in August 2021 with part one, and part two launched on February 20, 2022." in snippets whose articles name
    the World Cup and the show elsewhere: news drops a modifier its context gives and keeps the noun."""
    croatia = rgb_services.chain.answer("Who led Croatia to their first ever World Cup final?")
    assert not croatia.abstained and croatia.sentences[0].text == "Luka Modric."
    part = rgb_services.chain.answer("When did part two of The Walking Dead season 11 launch?")
    assert not part.abstained and part.sentences[0].text == "February 20, 2022."


def test_only_an_empty_slot_leaves_a_name_to_the_article() -> None:
    """The noun must be said with its slot for the name empty: another name in it ("The Walking Dead season 11")
    is another thing. The noun is the one the name modifies, not a word of another name ("National Teacher of
    the Year"), not the noun past a possessive ("US Open women's singles title") and not the verb after an
    inverted subject ("did Donald Trump win")."""
    from assistant.candidates.meets import _elided
    from assistant.candidates.sentences import _words
    from assistant.question import analyse

    def elided(question: str, text: str) -> bool:
        said = _one_sentence(text, [], text.lower())  # in an article that names what the question names
        return _elided(analyse(question), said, said.words, said.words | set(_words(question)))

    assert elided("Who has been the Chair of Tesla since November 2018?",
                  "Robyn M. Denholm has served as a director since August 2014 and as Chair since November 2018.")  # fmt: skip
    assert elided("Who led Croatia to their first ever World Cup final?",
                  "Croatia made it to their first ever final, led by playmaker Luka Modric.")  # fmt: skip
    assert not elided("When will The Last of Us season 2 premiere?",
                      "The Walking Dead season 2 release schedule: the premiere is Sunday, October 2, 2022.")  # fmt: skip
    assert not elided("Who was named the 2020 National Teacher of the Year?",
                      "One of the finalists will be named the 2020 National Teacher of the ...")  # fmt: skip
    assert not elided("Who won the 2022 US Open women's singles title?",
                      "The reigning women's singles champion is Emma Raducanu.")  # fmt: skip
    assert not elided(
        "How many electoral votes did Donald Trump win in 2020?", "Total Electoral Votes Needed to Win = 270"
    )


def test_a_verb_ending_in_a_silent_e_drops_it_before_a_suffix(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before: "When was the Heisman Trophy created?" (bench/rgb-probe.jsonl, B08) was declined, though rgb-dev's
    passages say the trophy "has been awarded 86 times since its creation in 1935": "creation" is "create" with
    its "e" dropped before "-ion", as "winner" is "win" with "-ner"."""
    from assistant.candidates.sentences import _related

    assert _related("create", {"creation"}) and _related("produce", {"producing"}) and not _related("use", {"usa"})
    a = rgb_services.chain.answer("When was the Heisman Trophy created?")
    assert not a.abstained and a.sentences[0].text == "1935."


def test_a_figure_sharing_its_sentence_is_told_apart_by_its_own_clause(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before: "How many women have been year-end No. 1 in the WTA rankings?" (bench/rgb-probe.jsonl, l03) was
    answered "28." from "Since 1975, 28 women have been ranked No. 1 by the WTA, of which 15 have been year-end
    No. 1.": the question's "year-end" is in 15's clause, not in 28's, which only holds the sentence's verb."""
    from assistant.candidates.rank import _clause_terms
    from assistant.question import analyse

    text = "Since 1975, 28 women have been ranked No. 1 by the WTA, of which 15 have been year-end No. 1."
    said, asked = _one_sentence(text, [], text.lower()), analyse("How many women have been year-end No. 1?")
    found = [(said, "28"), (said, "15")]
    assert _clause_terms(asked, said, "15", found) > _clause_terms(asked, said, "28", found)
    a = rgb_services.chain.answer("How many women have been year-end No. 1 in the WTA rankings?")
    assert a.sentences[0].text == "15." and a.sentences[0].supported


def test_a_participle_the_parser_hangs_on_was_is_the_relation() -> None:
    """Before: "What year was the movie released?" had no relation (the small parser makes "released" a clause
    that "was" takes), so any sentence naming the film with a date met it; "Which company was Instagram acquired
    by?" was already read right."""
    from assistant.question import analyse

    assert analyse("What year was the Assassin's Creed movie released?").relation == ("release",)
    assert analyse("In which year was the Assassin's Creed movie released?").relation == ("release",)
    assert analyse("What year was WhatsApp founded?").relation == ("found",)


def test_a_verb_did_takes_is_what_how_much_measures(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before: "How much did the 2022 World Cup prize money increase from 2018?" (bench/rgb-probe.jsonl, b09) was
    declined: the tagger calls "increase" a noun, so "prize" was taken for what the figure counts, and "...
    marking an increase of $40 million from 2018's" never says "prize". "did" takes a verb: that verb is what the
    figure measures."""
    from assistant.question import analyse

    assert analyse("How much did the 2022 World Cup prize money increase from 2018?").relation == ("increase",)
    assert analyse("How many goals did Croatia score at the 2018 World Cup?").relation == ("goal",)
    a = rgb_services.chain.answer("How much did the 2022 World Cup prize money increase from 2018?")
    assert not a.abstained and a.sentences[0].text == "$40 million."


def test_a_role_after_as_says_who_performed_it(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before: "Who voiced Mushu in the English version of Mulan?" and "Who plays Queen Elizabeth II in The Crown
    season 4?" (bench/rgb-probe.jsonl, s03 and b16) were declined: "Eddie Murphy as Mushu" and "Olivia Colman's
    return as Queen Elizabeth II" never say "voice" or "play". The role the verb acts on, after "as", says who
    performed it; the work does not ("Who stars in Mulan?" is not met by "Ming-Na Wen as Mulan")."""
    from assistant.candidates.constructions import _cast_as
    from assistant.question import analyse

    text = "Ming-Na Wen as Mulan · Eddie Murphy as Mushu · Harvey Fierstein as Yao."
    said = _one_sentence(text, [], text.lower())
    assert _cast_as(analyse("Who voiced Mushu in Mulan?"), said) and not _cast_as(analyse("Who stars in Mulan?"), said)
    assert not _cast_as(analyse("Who directed Mushu?"), said)
    # A list of roles after "as", paired in order with its performers by "respectively" (A11, before: declined).
    listed = "Ming-Na Wen, Eddie Murphy and Miguel Ferrer star as Mulan, Mushu and Shan Yu, respectively."
    said = _one_sentence(listed, [], listed.lower())
    assert _cast_as(analyse("Who voiced Shan Yu in Mulan?"), said)
    _assert_headlines(rgb_services, (("Who voiced Mushu in the English version of Mulan?", "Eddie Murphy."),
                                     ("Who voiced Shan Yu in the English version of Mulan?", "Miguel Ferrer."),
                                     ("Who plays Queen Elizabeth II in The Crown season 4?", "Olivia Colman.")))  # fmt: skip


def test_a_name_never_runs_across_a_lists_separator() -> None:
    """Before: the tagger read "Mulan · Eddie Murphy" as one organisation, which holds the question's "Mulan", so
    Eddie Murphy was no candidate for who voiced Mushu."""
    from assistant.candidates.spans import _entities_mended
    from index.types import Chunk

    text = "Ming-Na Wen as Mulan · Eddie Murphy as Mushu"
    at = text.index("Mulan")
    chunk = Chunk(id="a", doc_id="d", text=text, start=0, end=len(text), sentences=[(0, len(text))],
                  entities=[(at, text.index(" as Mushu"), "ORG")], lemmas=[text.lower()])  # fmt: skip
    assert [text[s:e] for s, e, _ in _entities_mended(chunk)] == ["Mulan", "Eddie Murphy"]


def test_a_win_over_someone_says_who_was_beaten(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before: "Who did Germany beat in the 2014 World Cup final?" (bench/rgb-probe.jsonl, B14) was declined,
    though "Germany came through with an impressive 1-0 victory in extra time over Argentina": a win over someone
    says whom the winner beat. Not when the question's own name is the one beaten and the question asks whom."""
    from assistant.candidates.constructions import _won_over
    from assistant.question import analyse

    text = "Germany came through with an impressive 1-0 victory in extra time over Argentina."
    said = _one_sentence(text, [], "germany come through with an impressive 1 0 victory in extra time over argentina")
    assert _won_over(analyse("Who did Germany beat in the final?"), said)
    assert _won_over(analyse("Who beat Argentina in the final?"), said)
    assert not _won_over(analyse("Who beat Germany in the final?"), said)
    assert not _won_over(analyse("Who did Argentina beat in the final?"), said)
    a = rgb_services.chain.answer("Who did Germany beat in the 2014 World Cup final?")
    assert a.sentences[0].text == "Argentina." and a.sentences[0].supported, a.answer


def test_a_phrasal_verb_is_said_by_its_one_verb_equivalent(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before: "When did God of War (2018) come out?" and "Who will France face in the 2022 World Cup final?"
    (bench/rgb-probe.jsonl, E17 and n06) were declined: "God of War was released worldwide on April 20, 2018"
    never says "come out", and "France will take on Argentina in the final" never says "face"."""
    from assistant.candidates.constructions import _phrasal
    from assistant.question import analyse

    text = "France will take on Argentina in the final."
    said = _one_sentence(text, [], "france will take on argentina in the final")
    assert _phrasal(analyse("Who will France face in the final?"), said, said.lemmas)
    assert not _phrasal(analyse("Who will France beat in the final?"), said, said.lemmas)
    taken = _one_sentence("France will take Argentina lightly.", [], "france will take argentina lightly")
    assert not _phrasal(analyse("Who will France face in the final?"), taken, taken.lemmas)
    a = rgb_services.chain.answer("When did God of War (2018) come out?")
    assert a.sentences[0].text == "April 20, 2018." and a.sentences[0].supported, a.answer


def test_whom_one_plays_for_is_the_name_set_beside_theirs(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before: "Which team does Wout van Aert ride for?" and "Which country does Memphis Depay play for?"
    (bench/rgb-probe.jsonl, n10 and C04) were declined: "Wout van Aert (Jumbo-Visma) sprinted to ..." and
    "Memphis Depay of the Netherlands was also in contention" never say "ride" or "play", and a country that is
    nowhere ("in"/"at") was no answer to a "which country" question. News sets whom one is with beside the name;
    a question asks for it with a "for" that its wh-phrase is the object of. The tagger's "Jumbo" and "Visma" are
    one name across the hyphen."""
    from assistant.candidates.asked import _asked
    from assistant.candidates.constructions import _affiliated
    from assistant.question import analyse

    assert _asked(analyse("For which team does Messi play?")).affiliation
    assert not _asked(analyse("Which city is known for jazz?")).affiliation
    text = "Memphis Depay of the Netherlands was also in contention."
    said = _one_sentence(text, [], "memphis depay of the netherlands be also in contention")
    assert _affiliated(analyse("Which country does Memphis Depay play for?"), said)
    assert not _affiliated(analyse("Which country does Lionel Messi play for?"), said)
    _assert_headlines(rgb_services, (("Which team does Wout van Aert ride for?", "Jumbo-Visma."),
                                     ("Which country does Memphis Depay play for?", "Netherlands.")))  # fmt: skip


def test_the_thing_done_by_someone_says_who_did_it(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before: "Who scored the winning goal in the 2014 World Cup final?" (bench/rgb-probe.jsonl, r03) was
    declined: "A marvelous goal by Mario Götze just before the match would have gone into a shootout" never says
    "score". The noun the question's verb acts on, with "by", names its doer; another noun's "by" does not."""
    from assistant.candidates.constructions import _made_by
    from assistant.question import analyse

    text = "A marvelous goal by Mario Götze won the final."
    said = _one_sentence(text, [], "a marvelous goal by mario götze win the final")
    assert _made_by(analyse("Who scored the winning goal in the final?"), said)
    assert not _made_by(analyse("Who scored the winning penalty in the final?"), said)
    a = rgb_services.chain.answer("Who scored the winning goal in the 2014 World Cup final?")
    assert a.sentences[0].text == "Mario Götze." and a.sentences[0].supported, a.answer


def test_a_name_clipped_to_a_plural_is_the_same_name(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before: "How many cities bid for the 1988 Olympic Games?" (bench/rgb-probe.jsonl, D16) was declined beside
    "The costs of hosting the Olympics have skyrocketed, while the ... cities bidding—from two for the 1988 games
    ...": "the Olympics" clips "the Olympic Games", as "the Emmys" clips "the Emmy Awards". Only an adjective in
    "-ic" or a name in "-y" is so clipped: "Paris" and "Serena Williams" are no plurals."""
    from assistant.candidates.sentences import _clippings, _named

    assert _named("Olympics", {"olympic", "games"}) and _named("Olympic Games", {"olympics"})
    assert _named("Emmy Awards", {"emmys"}) and not _named("Golden State Warriors", {"golden", "states"})
    assert _clippings("Paris") == ("Paris",) and _clippings("Serena Williams") == ("Serena Williams",)
    a = rgb_services.chain.answer("How many cities bid for the 1988 Olympic Games?")
    assert a.sentences[0].text == "two." and a.sentences[0].supported, a.answer


def test_figures_listed_with_years_pair_in_order(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before: "How many cities bid for the 2004 Olympic Games?" (bench/rgb-probe.jsonl, l17) would take "two" from
    "... cities bidding—from two for the 1988 games to twelve for the 2004 games.": as many figures as years, in
    one sentence, pair in order."""
    from assistant.candidates.rank import _clause_terms
    from assistant.question import analyse

    text = "Cities bidding rose from two for the 1988 games to twelve for the 2004 games."
    said = _one_sentence(text, [], text.lower())
    found = [(said, "two"), (said, "twelve")]
    asked = analyse("How many cities bid for the 2004 Olympic Games?")
    assert _clause_terms(asked, said, "twelve", found) > _clause_terms(asked, said, "two", found)
    a = rgb_services.chain.answer("How many cities bid for the 2004 Olympic Games?")
    assert a.sentences[0].text == "twelve." and a.sentences[0].supported, a.answer


def test_a_credit_line_says_who_is_in_the_cast(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before: "Who starred in The Last of Us Part II?" (bench/rgb-probe.jsonl, C20) was declined beside "With
    Ashley Johnson, Troy Baker, Derek Phillips, Jeffrey Pierce.": a credit line, "With" and names and no verb, says
    who is in the cast. A sentence with a verb ("With Johnson leaving, ...") is no credit line."""
    from assistant.candidates.constructions import _credited
    from assistant.question import analyse

    asked = analyse("Who starred in The Last of Us Part II?")
    line = _one_sentence("With Ashley Johnson, Troy Baker.", [], "with ashley johnson troy baker")
    clause = _one_sentence(
        "With Ashley Johnson leaving, Troy Baker stayed.", [], "with ashley johnson leave troy baker stay"
    )
    assert _credited(asked, line) and not _credited(asked, clause)
    assert not _credited(analyse("Who directed The Last of Us Part II?"), line)
    a = rgb_services.chain.answer("Who starred in The Last of Us Part II?")
    assert a.sentences[0].text == "Ashley Johnson." and a.sentences[0].supported, a.answer


def test_a_converse_verb_says_the_relation(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (rgb-probe's nineteenth batch, G06, G13, G18): "Who lost to Emma Raducanu in the 2021 US Open final?",
    "Which Polish author received the 2018 Nobel Prize in Literature?" and "Which actress replaced Olivia Colman as
    Queen Elizabeth II in The Crown?" were declined beside "Emma Raducanu defeated Leylah Fernandez in the final",
    "The 2018 Nobel Prize in Literature was awarded the Polish writer Olga Tokarczuk" and "Imelda Staunton takes over
    the role of Queen Elizabeth II from Olivia Colman": one lost to whoever beat them, received what was awarded to
    them, and was replaced by whoever took over from them. Whom the winner beat is the answer, not the winner."""
    from assistant.candidates.constructions import _beaten_by
    from assistant.question import analyse

    text = "Emma Raducanu defeated Leylah Fernandez in the final."
    said = _one_sentence(text, [], "emma raducanu defeat leylah fernandez in the final")
    assert _beaten_by(analyse("Who lost to Emma Raducanu in the final?"), said)
    assert not _beaten_by(analyse("Who lost to Leylah Fernandez in the final?"), said)
    _assert_headlines(rgb_services, (("Who lost to Emma Raducanu in the 2021 US Open final?", "Leylah Fernandez."),
                                     ("Which Polish author received the 2018 Nobel Prize in Literature?", "Olga Tokarczuk."),
                                     ("Which actress replaced Olivia Colman as Queen Elizabeth II in The Crown?",
                                      "Imelda Staunton.")))  # fmt: skip


def test_which_noun_of_no_known_kind_that_acts_asks_for_its_agent(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (rgb-probe G17): "Which streaming service released the fourth season of The Crown?" was drafted, and
    the model's answer quoted a sentence without the service; "was released by Netflix" names the doer. A "which"
    noun of no known kind that is its verb's subject asks for the verb's agent; with no agent named, the question
    is drafted as before ("Which sector ... could diversify ...?"), and after "do" the noun is no subject."""
    from assistant.question import analyse, by_noun

    agent = by_noun(analyse("Which streaming service released the fourth season of The Crown?"))
    assert agent is not None and agent.kind == "organisation"
    assert by_noun(analyse("Which Nvidia chip did China authorize major domestic technology companies to buy?")) is None
    a = rgb_services.chain.answer("Which streaming service released the fourth season of The Crown?")
    assert a.sentences[0].text == "Netflix." and a.sentences[0].supported, a.answer


def test_an_ordinal_is_said_by_the_numeral_that_numbers(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (rgb-probe H11): "How many episodes are in the fourth season of The Crown?" was declined beside "All
    10 episodes of “The Crown's” Season 4 debut on Netflix": an ordinal is said by its numeral where a numeral
    numbers, after the noun the ordinal modifies ("Season 4") or after "No." ("the No. 1 pick"); a bare "4"
    elsewhere ("won 4-2") is no "fourth"."""
    from assistant.candidates.meets import _numbered
    from assistant.question import analyse

    fourth = analyse("How many episodes are in the fourth season of The Crown?")
    first = analyse("Which team picked Cade Cunningham first in the 2021 NBA Draft?")
    season = _one_sentence("All 10 episodes of Season 4 debut on Netflix.", [], "all 10 episode of season 4 debut")
    score = _one_sentence("The Crown won 4-2 in its fourth year.", [], "the crown win 4 2 in its fourth year")
    pick = _one_sentence("Pistons select Cunningham with No. 1 pick.", [], "piston select cunningham with no 1 pick")
    assert _numbered(fourth, "fourth", season) and not _numbered(fourth, "fourth", score)
    assert _numbered(first, "first", pick) and not _numbered(fourth, "fourth", pick)
    a = rgb_services.chain.answer("How many episodes are in the fourth season of The Crown?")
    assert a.sentences[0].text == "10." and a.sentences[0].supported, a.answer


def test_a_list_item_that_says_other_words_states_another_fact() -> None:
    """With the rule above, "Which team picked Cade Cunningham first in the 2021 NBA Draft?" met "2021 NBA DRAFT ;
    Pistons select Cunningham with No. 1 pick · July 29, 2021 ; Best chance at Kia ROY among top 4?" and took
    "Kia": each item of a list states its own fact, as a sentence does, so a name in an item that says words of its
    own, none of them the question's, is no answer. A bare value ("Nintendo Switch · September 14, 2018") is a field
    of its row."""
    from assistant.candidates.spans import _answers
    from assistant.question import analyse

    text = "2021 NBA DRAFT ; Pistons select Cunningham with No. 1 pick · July 29, 2021 ; Best chance at Kia ROY?"
    said = _one_sentence(text, [("Pistons", "ORG"), ("Kia", "ORG")], text.lower())
    found = [t for t, _, _ in _answers(analyse("Which team picked Cade Cunningham first in the 2021 NBA Draft?"), said)]
    assert "Pistons" in found and "Kia" not in found
    row = "Xenoblade Chronicles 2: Torna ; Nintendo Switch · September 14, 2018 · Action role-playing"
    said = _one_sentence(row, [("September 14, 2018", "DATE")], row.lower())
    assert [t for t, _, _ in _answers(analyse("When was Xenoblade Chronicles 2: Torna released?"), said)] == [
        "September 14, 2018"
    ]


def test_why_is_answered_by_a_sentence_that_states_a_cause(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (rgb-probe's twenty-first batch, I11): "Why was no Nobel Prize in Literature given in 2018?" quoted
    "Bob Dylan, it seems, will be the only American writer of his generation to win a Nobel Prize in Literature",
    which shares most of the question's words; "... named at the same time because last year's prize was postponed
    over a scandal" says why. A connective of cause ("because", "due to") says what "why" asks, as a sentence's
    word says the same word of the question; the same words asked with "when" leave the cause where it was."""
    from assistant.evidence import select_evidence
    from index.types import Chunk, Hit

    dylan = "Bob Dylan will be the only American writer of his generation to win a Nobel Prize in Literature, given it."
    cause = "The 2018 and 2019 laureates were named at the same time because last year's prize was postponed."
    others = ["The Nobel Prize in Literature 2018 was awarded to Olga Tokarczuk.",
              "The Nobel Prize in Literature has been awarded 115 times."]  # fmt: skip
    text, spans = "", []
    for sentence in [cause, dylan, *others]:
        spans.append((len(text), len(text) + len(sentence)))
        text += sentence + " "
    chunk = Chunk(id="a", doc_id="d", text=text, start=0, end=len(text), sentences=spans)
    why = select_evidence("Why was no Nobel Prize in Literature given in 2018?", [Hit(chunk=chunk, score=1.0)],
                          rgb_services.embedder, 500)  # fmt: skip
    when = select_evidence("When was no Nobel Prize in Literature given in 2018?", [Hit(chunk=chunk, score=1.0)],
                           rgb_services.embedder, 500)  # fmt: skip
    place = lambda evidence: [e.quote for e in evidence].index(cause)  # noqa: E731
    assert place(why) < place(when)
    a = rgb_services.chain.answer("Why was no Nobel Prize in Literature given in 2018?")
    assert "because last year's prize was postponed" in a.sentences[0].text, a.answer


def test_an_events_date_and_host_are_said_by_a_verb_of_occurring(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (rgb-probe's twenty-first batch, I23, I22): "What was the date of the 2014 World Cup final?" answered
    "July." from "... the final of the FIFA World Cup 2014 on July.", and "What stadium hosted the 2014 World Cup
    final?" was declined, beside "The match was played at the Maracanã Stadium ... on 13 July 2014": an event's
    date is when it occurs, and whoever hosts it is where it occurs, so "The match was played" continues the
    article's final for both."""
    for question, gold in (("What was the date of the 2014 World Cup final?", "13 July 2014."),
                           ("What stadium hosted the 2014 World Cup final?", "Maracanã Stadium")):  # fmt: skip
        a = rgb_services.chain.answer(question)
        assert a.sentences[0].text.startswith(gold) and a.sentences[0].supported, a.answer


def test_verbs_of_one_class_and_a_phrasal_verb_say_one_relation(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (rgb-probe E06; the twenty-first batch, I15, I29): "Who claimed the men's singles crown at the 2021 US
    Open?", "When was the Pixel 6 unveiled?" and "In what year did Facebook snap up Instagram?" were declined beside
    "Daniil Medvedev defeated Novak Djokovic ... to win the men's singles title", "Google officially revealed the
    Pixel 6" and "Facebook bought Instagram for $1 billion in 2012": verbs of winning (win, claim, capture, clinch)
    say one relation, as verbs of making known (announce, unveil, reveal, introduce) do; a question's phrasal verb
    is read as its one-verb equivalent ("snap up": buy), so a buying verb says it."""
    from assistant.candidates.sentences import _related
    from assistant.question import analyse

    assert _related("claim", {"win"}) and _related("unveil", {"reveal"}) and not _related("claim", {"reveal"})
    assert analyse("In what year did Facebook snap up Instagram?").relation == ("buy",)
    assert analyse("When did the game come out?").relation == ("release",)
    _assert_headlines(rgb_services, (("Who claimed the men's singles crown at the 2021 US Open?", "Daniil Medvedev."),
                                     ("When was the Pixel 6 unveiled?", "Oct 19, 2021."),
                                     ("In what year did Facebook snap up Instagram?", "2012.")))  # fmt: skip


def test_how_many_times_is_answered_by_a_count_of_occasions(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (rgb-probe's twenty-second batch, J05, J14): "How many times has Tadej Pogačar won the Tour de France?"
    was declined beside "... becoming the youngest rider to win the Tour twice", and "How many times has Athens
    hosted the Summer Olympics?" answered "only four." beside "one of only four cities ... to have hosted the Summer
    Olympic Games on two occasions": "how many times" asks what its verb says, and a count of occasions answers it
    ("twice", "115 times", "on two occasions", "for the fifth time"). The small tagger's organisation "Tadej
    Pogačar" is the person the passages tag, so his sentence holds the question to the article that names the
    Tour de France."""
    from assistant.question import TIMES, analyse

    asked = analyse("How many times has Athens hosted the Summer Olympics?")
    assert asked.labels == {TIMES} and asked.relation == ("host",)
    _assert_headlines(rgb_services, (("How many times has Tadej Pogačar won the Tour de France?", "twice."),
                                     ("How many times has Athens hosted the Summer Olympics?", "two occasions."),
                                     ("How many times has the Heisman Trophy been awarded?", "86 times.")))  # fmt: skip


def test_a_figure_before_a_compound_counts_its_head(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (rgb-probe's twenty-second batch, J27): "How many stages were in the 2021 Tour de France?" answered
    "13." from "After 21 frantic stages that produced 13 stage winners": a figure before the asked noun used as a
    modifier ("13 stage winners") counts the noun it modifies."""
    from assistant.candidates.spans import _counts_a_compound
    from assistant.question import analyse

    text = "After 21 frantic stages that produced 13 stage winners in total, Pogačar won."
    said = _one_sentence(text, [], text.lower())
    stages = analyse("How many stages were in the 2021 Tour de France?")
    at = text.index("13") + 2
    assert _counts_a_compound(stages, said, at) and not _counts_a_compound(stages, said, text.index("21") + 2)
    a = rgb_services.chain.answer("How many stages were in the 2021 Tour de France?")
    assert a.sentences[0].text == "21." and a.sentences[0].supported, a.answer


def test_he_or_she_doing_the_relation_is_the_person_named_before(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (rgb-probe's twenty-second batch, J20): "Who succeeded Reggie Fils-Aimé at Nintendo of America?" was
    declined beside "Doug Spencer Bowser is ... the president of Nintendo of America. He succeeded Reggie Fils-Aimé
    as president": a "he" or "she" that does the asked verb is the one person the sentence before names, quoted
    with it; and a branch's officer is the answer when the branch is what the question asks about."""
    a = rgb_services.chain.answer("Who succeeded Reggie Fils-Aimé at Nintendo of America?")
    assert a.sentences[0].text == "Doug Spencer Bowser." and a.sentences[0].supported, a.answer
    quotes = [c.quote for c in a.citations if c.n in a.sentences[0].citations]
    assert any(q.startswith("Doug Spencer Bowser is") for q in quotes) and any(
        q.startswith("He succeeded") for q in quotes
    )
    b = rgb_services.chain.answer("Who is the CEO of Nintendo in 2021?")
    assert "Bowser" not in b.sentences[0].text  # Nintendo of America's president is still not Nintendo's CEO


def test_a_verb_is_its_own_relation_and_beating_one_is_facing_them(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (rgb-probe's twenty-third batch, K14, K01, K17): "Who went first in the 2021 NBA Draft?" was declined
    beside "Cade Cunningham goes No. 1 to Detroit": a verb of two letters was too short to be tested for
    derivations, and so never met itself. "Who did Angelique Kerber face in the 2018 Wimbledon final?" was declined
    beside "... beating Serena Williams in the final": beating an opponent entails facing them (not the converse).
    "In which stadium did Raducanu win the 2021 US Open final?" was drafted as a description: the parser hangs
    "which" on the preposition, and the noun after it still names the kind; so "For which novel did Olga Tokarczuk
    win ...?" asks for a title, which "her novel Flights" introduces though the tagger calls "novel" an adjective."""
    from assistant.candidates.sentences import _related
    from assistant.question import analyse

    assert _related("go", {"go"}) and _related("face", {"defeat"}) and not _related("beat", {"face"})
    assert analyse("In which stadium did Raducanu win the 2021 US Open final?").kind == "place"
    _assert_headlines(rgb_services, (("Who went first in the 2021 NBA Draft?", "Cade Cunningham."),
                                     ("Who did Angelique Kerber face in the 2018 Wimbledon final?", "Serena Williams."),
                                     ("In which stadium did Raducanu win the 2021 US Open final?",
                                      "Arthur Ashe Stadium."),
                                     ("For which novel did Olga Tokarczuk win the Man Booker International award?",
                                      "Flights.")))  # fmt: skip


def test_which_number_asks_a_rank_and_a_names_digits_hold_their_letters(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (rgb-probe x05; the twenty-fourth batch, L01, L19): "Which number US President did Joe Biden become?"
    was declined beside "Joe Biden wins election to be the 46th US President", and "Which number presidential
    election was the 2020 one?" answered "United States.": "which number" asks for a rank, found by its form
    ("46th"), since indexing keeps no ordinal entities. "When did the Ocarina of Time 3D come out?" answered the
    original game's 1998 date: a digit's letters are part of the name's number ("3D"), which must be said."""
    from assistant.candidates.sentences import _numerals
    from assistant.question import analyse

    assert analyse("Which number US President did Joe Biden become?").labels == {"ORDINAL"}
    assert _numerals("Ocarina of Time 3D") == ["3d"] and _numerals("Pixel 6") == ["6"]
    _assert_headlines(rgb_services, (("Which number US President did Joe Biden become?", "46th."),
                                     ("Which number presidential election was the 2020 one?", "59th."),
                                     ("When did the Ocarina of Time 3D come out?", "June 2011.")))  # fmt: skip


def test_a_flattened_records_key_labels_the_value_after_it(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before: "Who wrote the screenplay for Assassin's Creed?" and "Who produced the Assassin's Creed movie?"
    (bench/rgb-probe.jsonl j08, a11) were declined. A web snippet flattens a record's colons into stops ("Crew List ;
    Director. Justin Kurzel ; Screenwriters. Bill Collage · Adam Cooper ; Producers. Jean-Julien Baronnet"), so each
    sentence ends with the key of the next field: that key labels the value after it, never the one before
    ("Producers." is no producer's title for Bill Collage), and the value is judged on the topic with its key and
    the record's title, which names the film."""
    from dataclasses import replace

    from assistant.candidates.meets import _record_key, _record_value

    before, value = (_one_sentence(t, [], t.lower()) for t in ("Justin Kurzel ; Screenwriters.", "Adam Cooper ; X."))
    value = replace(value, start=before.end + 1, end=before.end + 1 + len(value.text))
    assert _record_key(value, [before, value]) == (before, "Screenwriters")
    assert _record_key(before, [before]) is None and _record_value(value.text) == "Adam Cooper"
    _assert_headlines(rgb_services, (("Who wrote the screenplay for Assassin's Creed?", "Bill Collage · Adam Cooper."),
                                     ("Who produced the Assassin's Creed movie?", "Jean-Julien Baronnet.")))  # fmt: skip
    directed = rgb_services.chain.answer("Who directed the Assassin's Creed movie?")
    assert directed.sentences[0].text == "Justin Kurzel."


def test_a_date_is_the_one_in_the_phrase_of_the_asked_qualifier(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before: "When did God of War come out on Steam?" (bench/rgb-probe.jsonl O25, written blind) was answered
    "April 20, 2018." from "God of War was released worldwide on April 20, 2018, for the PlayStation 4, and for
    Windows (PC) through Steam on January 14, 2022": the sentence pairs each date with a phrase, and the asked one
    hangs where the question's "Steam" does. Without such a name the sentence's first date still answers."""
    _assert_headlines(rgb_services, (("When did God of War come out on Steam?", "January 14, 2022."),
                                     ("When did God of War (2018) come out?", "April 20, 2018.")))  # fmt: skip


def test_a_stranded_preposition_asks_for_its_own_object(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before: "Which city did the NFL move Super Bowl LV away from?" (bench/rgb-probe.jsonl O01, written blind) was
    answered "Tampa, Florida." from "... move Super Bowl LV ... from Los Angeles to Tampa, Florida": the question
    strands "from", so it asks for the object of "from", not of "to"."""
    _assert_headlines(rgb_services, (("Which city did the NFL move Super Bowl LV away from?", "Los Angeles."),
                                     ("Where did the NFL move Super Bowl LV to?", "Tampa, Florida.")))  # fmt: skip


def test_who_lost_is_whom_a_verb_of_beating_acts_on(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before: "Which unseeded player lost the 2021 US Open women's final?" and "Who lost the 2021 US Open men's
    final?" (bench/rgb-probe.jsonl O04, K05) were declined: no sentence says "lose", but "Emma Raducanu defeated
    Leylah Fernandez in the final" does, lose being beat's converse, as "Who lost to Emma Raducanu?" already read it;
    with no winner named, the loser is whoever a verb of beating acts on, not its subject."""
    _assert_headlines(rgb_services, (("Which unseeded player lost the 2021 US Open women's final?", "Leylah Fernandez."),
                                     ("Who lost the 2021 US Open men's final?", "Novak Djokovic.")))  # fmt: skip


def test_an_unspaced_dash_joins_one_name(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before: "Which team was Mike Teunissen on?" (bench/rgb-probe.jsonl P12, written blind) was answered "Jumbo."
    from "Stage 1: Mike Teunissen, Jumbo–Visma, Bianchi Oltre XR4": the tagger cut the team's name at its dash, and
    an unspaced dash joins words into one name, as a hyphen does."""
    _assert_headlines(rgb_services, (("Which team was Mike Teunissen on?", "Jumbo–Visma."),))


def test_a_verb_after_did_acts_on_the_asked_name(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before: "When did OpenAI release GPT-2?" (P29, unanswerable) was answered "June 2020." from "OpenAI released
    GPT-3 in June 2020, but in contrast to GPT-2 ...": the small parser tags "release" after "did" a noun, so the
    question's verb was not seen to act on GPT-2, and the sentence's verb acting on another name was not caught.
    Only a verb takes "did"."""
    declined = rgb_services.chain.answer("When did OpenAI release GPT-2?")
    assert declined.abstained and "GPT-2" in declined.answer, declined.answer
    _assert_headlines(rgb_services, (("When did OpenAI release GPT-3?", "June 2020."),))


def test_whose_asks_for_the_owner_of_its_noun(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before: "Whose life does The Crown follow?" (P23) was declined: "The fourth season of The Crown, which follows
    the life and reign of Queen Elizabeth II, ..." names The Crown as the whole a numbered part belongs to, but the
    relative clause says the relation of The Crown itself; and of its answers, "whose life" asks for the one the
    life is of (Queen Elizabeth II), not Netflix."""
    _assert_headlines(rgb_services, (("Whose life does The Crown follow?", "Queen Elizabeth II."),))


def test_a_name_in_apposition_with_the_asked_noun_is_its(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before: "What is the name of the pimp in Pretty Woman?" (P07) was answered "Musical." from any sentence naming
    the film: "the name of the pimp" asks who the pimp is, as "Who is the pimp ...?" does, and of "... featuring
    Carlos the pimp" the answer is the name the pimp stands in apposition with. Names joined by "and" share one
    ("Jeffrey Webb and Jack Warner – the current and former presidents"); a noun before a name qualifies it ("the
    best actress Oscar"), it is not in apposition."""
    _assert_headlines(rgb_services, (("What is the name of the pimp in Pretty Woman?", "Carlos."),
                                     ("Who was the former president of CONCACAF?", "Jack Warner."),
                                     ("Which actress played the lead in La La Land?", "Emma Stone.")))  # fmt: skip


def test_a_name_in_another_role_does_not_answer_for_a_role(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before: "Which actors star in the Assassin's Creed movie?" (rgb-probe J09) was answered "Marc-Alexis Côté."
    from "Marc-Alexis Côté, creative director of Assassin's Creed Syndicate": a name in apposition with another role
    noun, or the agent of another role's verb ("Directed by Justin Kurzel"), holds that role, not the asked one."""
    _assert_headlines(rgb_services, (("Which actors star in the Assassin's Creed movie?", "Michael Fassbender."),))


def test_a_function_word_opening_a_question_names_nothing(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before: "Besides singles and doubles, which tournaments does the US Open include?" (P03) was declined because
    "the articles do not mention besides": a question's first word is capitalised by its place, and one English
    lists as a function word is no name."""
    from assistant.verify import entities

    assert entities("Besides singles and doubles, which tournaments does the US Open include?") == {"us open"}
    a = rgb_services.chain.answer("Besides singles and doubles, which tournaments does the US Open include?")
    assert not a.abstained and "wheelchair" in a.answer, a.answer


def test_a_subject_relative_clause_says_its_relation_of_the_name_it_follows(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before: "Who plays the titular hero in Shazam?" (bench/rgb-probe.jsonl p27) was answered "Asher Angel." from
    "Angel will star alongside Zachary Levi (Chuck), who was recently cast to play the titular hero in Shazam": the
    relative clause that says "play" has "who" for its subject, so it says it of the name it follows."""
    _assert_headlines(rgb_services, (("Who plays the titular hero in Shazam?", "Zachary Levi."),))


def test_what_a_paying_verb_takes_is_a_sum(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before: "What did Facebook pay to acquire Instagram?" (G02) was drafted and quoted "Facebook announced today
    that it has reached an agreement to acquire Instagram ..." first: "what" as the object of pay, spend, charge
    or cost asks for a sum, as "how much" does. "Which side ...?" asks for a team, as "Which team ...?" does (I24:
    "Which side did Germany defeat to win the 2014 World Cup?" quoted "World Cup 2014 winner - Germany." first)."""
    from assistant.question import analyse

    assert analyse("What did Facebook pay to acquire Instagram?").kind == "number"
    assert analyse("What did Facebook announce?").kind == "description"
    _assert_headlines(rgb_services, (("What did Facebook pay to acquire Instagram?", "$1 billion."),
                                     ("Which side did Germany defeat to win the 2014 World Cup?", "Argentina.")))  # fmt: skip


def test_a_role_said_only_as_a_title_dates_nothing_of_the_role() -> None:
    """Before: "When did Tim Cook become CEO of Apple?" (a35) was answered "fiscal 2021." from "Apple CEO Tim Cook
    received $98.73 million in compensation in the company's fiscal 2021": a role before a name titles the person,
    and the sentence's dates are of what the titled person did."""
    from assistant.candidates.meets import _dates_a_title
    from assistant.question import analyse

    asked = analyse("When did Tim Cook become CEO of Apple?")
    titled = _one_sentence(
        "Apple CEO Tim Cook received $98.73 million in fiscal 2021.", [], "apple ceo tim cook receive"
    )
    named = _one_sentence("Tim Cook became CEO of Apple in August 2011.", [], "tim cook become ceo of apple in august")
    assert _dates_a_title(asked, titled) and not _dates_a_title(asked, named)


def test_a_figure_in_brackets_after_another_name_is_that_names(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before: "How many nominations did Nora Twomey have?" (bench/rgb-probe.jsonl Q30, unanswerable, written blind)
    was answered "2." from "Tomm Moore, Stéphan Roelants, Nora Twomey, Paul Young · : Moore (2 nominations)": a
    figure in brackets right after a name counts that name's."""
    declined = rgb_services.chain.answer("How many nominations did Nora Twomey have?")
    assert declined.abstained and "Nora Twomey" in declined.answer, declined.answer
    _assert_headlines(rgb_services, (("How many nominations did Tomm Moore have?", "2."),))


def test_a_subject_stands_between_do_or_a_modal_and_the_verb(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before: "When will free agent negotiations begin after the 2020 NBA Draft?" (bench/rgb-probe.jsonl h06) was
    answered "Nov. 18, 2020." from "Date: Nov. 18, 2020" beside "... free agent negotiations will begin Friday": the
    tagger reads "free" after "will" as the verb, but a subject stands between a question's modal and its verb, so
    "begin" is the relation; a sentence beside the one that says it with a time of its own does not date it; and a
    weekday the relation's verb takes is its time. The declined wording reads the subject the same way ("When do
    practice rounds for the 2023 Masters begin?" was declined as "when do practice rounds ... begin"). A wh-word
    that is the subject keeps its verb ("Who will replace Tim Cook as Apple CEO?")."""
    from assistant.question import analyse

    assert analyse("When will free agent negotiations begin after the 2020 NBA Draft?").relation == ("begin",)
    assert analyse("Who will replace Tim Cook as Apple CEO?").relation == ("replace",)
    _assert_headlines(rgb_services, (("When will free agent negotiations begin after the 2020 NBA Draft?", "Friday."),))
    declined = rgb_services.chain.answer("When do practice rounds for the 2023 Masters begin?")
    assert "when practice rounds for the 2023 Masters begin" in declined.answer, declined.answer


def test_a_bare_phrases_first_word_may_open_a_name(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before: "Masters golf tournament in 2021 winner" (rgb-dev's rgb096 as a bare phrase, unanswerable) was
    answered "Mark Cavendish." from a Tour de France stage: a sentence's first word is capitalised by its place, so
    it was read as no name, but a bare phrase is no sentence and its capitalised first noun is one. A numbered part
    stays a part ("Season 4 of The Crown premiere date")."""
    from assistant.question import analyse

    assert analyse("Masters golf tournament in 2021 winner").names == ("Masters",)
    assert analyse("Season 4 of The Crown premiere date").names == ("Crown",)
    declined = rgb_services.chain.answer("Masters golf tournament in 2021 winner")
    assert declined.abstained and "Masters" in declined.answer, declined.answer


def test_a_name_that_opens_with_its_article_stands_in_apposition() -> None:
    """Before: of "The next Avengers movie, The Kang Dynasty, will be directed by Destin Daniel Cretton" (rgb-probe
    C05's passage) the apposition rule kept every name for "What is the next Avengers movie?": the entity starts at
    its article, and the article was read as the name's head."""
    from assistant.candidates.spans import _in_apposition
    from assistant.question import analyse

    text = "The next Avengers movie, The Kang Dynasty, will be directed by Destin Daniel Cretton."
    s = _one_sentence(text, [("The Kang Dynasty", "ORG"), ("Destin Daniel Cretton", "ORG")], text.lower())
    answers = [("Kang Dynasty", "ORG", text.index("The Kang")), ("Destin Daniel Cretton", "ORG", text.index("Destin"))]
    assert _in_apposition(analyse("What is the next Avengers movie?"), s, answers) == answers[:1]


def test_a_bare_figure_is_counted_by_the_label_after_it(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (rgb-probe Q09, D09, f10): declined. A table of counts flattened into text puts each figure before
    its label ("Netherlands. Runner-up. 11. Goals. 24. Yellow Cards. 0. Red Cards."): the figure counts what the
    label's head noun names, as "11 goals" would, and a label with a word the question lacks counts other things
    ("Red Cards" for the yellow ones, "Goal Average" for goals, "Matches played" for matches won)."""
    from assistant.candidates.meets import _counted
    from assistant.candidates.sentences import _sentences
    from assistant.question import analyse
    from index.types import Chunk, Hit

    text = "Netherlands. Runner-up. 11. Goals. 1.9. Goal Average. 24. Yellow Cards. 0. Red Cards."
    spans = [m.span() for m in re.finditer(r"\S.*?\.(?= |$)", text)]  # "1.9." and "Goal Average." each one
    chunk = Chunk(id="a", doc_id="d", text=text, start=0, end=len(text), sentences=spans, entities=[],
                  lemmas=[""] * len(spans))  # fmt: skip
    sentences = _sentences([Hit(chunk=chunk, score=1.0)])

    def counted(question: str) -> list[str]:
        a = analyse(question)
        return [s.text for i, s in enumerate(sentences) if _counted(a, s, sentences[max(0, i - 1) : i + 2])]

    assert counted("How many goals did the Netherlands score?") == ["11."]
    assert counted("How many yellow cards did the Netherlands get?") == ["24."]
    assert counted("How many red cards did the Netherlands get?") == ["0."]
    _assert_headlines(rgb_services, (("How many yellow cards did the Netherlands get at the 2010 World Cup?", "24."),
                                     ("How many goals did Croatia score at the 2018 World Cup?", "14.")))  # fmt: skip
    assert rgb_services.chain.answer("How many matches did Croatia win at the 2018 World Cup?").abstained


def test_a_title_without_its_subtitle_names_another_work(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (rgb-probe p26, L11): "Who directed Pretty Woman: The Musical?" was answered "Garry Marshall." from
    "Director Garry Marshall's beloved movie 'Pretty Woman' transformed for musical theater": a title said without
    the subtitle the question gives names the work the subtitle sets apart, and "the movie's director" is another
    work's; a name in brackets after a person is theirs ("Jerry Mitchell (Hairspray, ...")."""
    from assistant.candidates.meets import _without_subtitle
    from assistant.question import analyse

    musical = analyse("Who directed Pretty Woman: The Musical?")
    film = "Director Garry Marshall's beloved movie 'Pretty Woman' transformed for musical theater."
    assert _without_subtitle(musical, _one_sentence(film, [("Garry Marshall", "PERSON")], film.lower()))
    show = "Pretty Woman: The Musical brings all of the iconic moments you remember."
    assert not _without_subtitle(musical, _one_sentence(show, [], show.lower()))
    _assert_headlines(rgb_services, (("Who directed Pretty Woman: The Musical?", "Jerry Mitchell."),
                                     ("Who directed Pretty Woman?", "Garry Marshall.")))  # fmt: skip


def test_a_hyphen_after_a_trademark_sign_joins_words() -> None:
    """Before: "Tony Award®-winning director" was read "-winning" (a noun) + "director", so the role was taken as
    narrowed by a noun the question lacks and Jerry Mitchell was no director of the musical."""
    from index.annotate import parse

    doc = parse("Tony Award®-winning director and choreographer Jerry Mitchell")
    assert [t.text for t in doc][:6] == ["Tony", "Award", "®", "-", "winning", "director"]


def test_a_name_with_a_digit_is_no_person() -> None:
    """Before (rgb-probe P13): "John Wick 2" (tagged a person) answered which actor is in the cast of Assassin's
    Creed. A person's name has no digit: such a span is of a kind the sentence does not show."""
    from assistant.candidates.spans import UNTAGGED, _relabelled
    from assistant.question import analyse

    text = "I'm rewatching John Wick 2 after seeing the 4th one."
    s = _one_sentence(text, [("John Wick 2", "PERSON")], text.lower())
    start = text.index("John")
    analysis = analyse("Which actor is in the supporting cast of Assassin's Creed?")
    assert _relabelled(analysis, s, start, start + len("John Wick 2"), "PERSON", frozenset()) == UNTAGGED


def test_a_field_keyed_by_a_prize_names_its_winner(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (rgb-probe x11's passage, asked without its year): "Who won the Doak Walker Award?" was declined,
    though "Doak Walker Award for best running back: Bryce Love, Stanford." lists it among a season's winners: a
    field keyed by a prize (a name whose head noun is one: award, prize, trophy, medal, cup, ball) names who won
    it, and what follows the winner after a comma is theirs (the school), not another winner."""
    from assistant.candidates.meets import _prize_field
    from assistant.question import analyse

    text = "Doak Walker Award for best running back: Bryce Love, Stanford."
    s = _one_sentence(text, [("Bryce Love", "PERSON"), ("Stanford", "ORG")], text.lower())
    assert _prize_field(analyse("Who won the Doak Walker Award?"), s)
    assert not _prize_field(analyse("Who directed the Doak Walker Award?"), s)
    assert not _prize_field(analyse("Who won the Maxwell Award?"), s)
    _assert_headlines(rgb_services, (("Who won the Doak Walker Award?", "Bryce Love."),))


def test_a_win_against_someone_says_whom_it_beat(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (rgb-probe R22, thirtieth batch): "Who did Daniil Medvedev beat to win his first major?" was declined,
    though "... won his first major title at the 2021 US Open with a 6-4, 6-4, 6-4 victory against Novak Djokovic":
    a win takes the beaten with "against" as with "over"."""
    _assert_headlines(rgb_services, (("Who did Daniil Medvedev beat to win his first major?", "Novak Djokovic."),))


def test_a_bare_verb_after_the_subject_of_a_root_do_is_the_relation() -> None:
    """Before (rgb-probe R06): "Which film did Josh Cooley direct?" had no relation (the parser makes "did" the root
    and "direct" its complement or an adjective), so a name listed beside his in a record answered it ("Mark
    Nielsen"); "did" takes a bare verb however the parse goes."""
    from assistant.question import analyse

    assert analyse("Which film did Josh Cooley direct?").relation == ("direct",)
    assert analyse("Which film did Justin Kurzel direct in 2016?").relation == ("direct",)


def test_an_office_says_its_holder_leads_the_organisation(rgb_services) -> None:  # type: ignore[no-untyped-def]
    """Before (rgb-probe R12, R13): "What company does Tim Cook run?" and "Which company does Shuntaro Furukawa
    lead?" were declined, though "Tim Cook is Apple's CEO" and "Shuntaro Furukawa is a Japanese businessman and
    executive. He is the sixth and current president of the video game company Nintendo": an office's holder leads
    what it is of (verbs of leading and offices, closed classes), and a sentence that opens with "he" is judged on
    the topic with the sentence before it, which names him. "Who heads Nintendo today?" asks for the holder now
    ("Satoru Iwata was the global president and CEO of Nintendo" is a former one), and "America" of "President at
    Nintendo of America" names a branch, no head (rgb-probe I18, declined before)."""
    _assert_headlines(rgb_services, (("What company does Tim Cook run?", "Apple."),
                                     ("Which company does Shuntaro Furukawa lead?", "Nintendo."),
                                     ("Who heads Nintendo today?", "Shuntaro Furukawa.")))  # fmt: skip


def test_a_modifier_says_another_holder_only_of_the_asked_role() -> None:
    """Before (news-fresh F56, F23, F20, over articles nobody here had read): "Who is the CEO of ExxonMobil?" was
    declined, though "... defended President-elect Donald Trump's pick ..., ExxonMobil CEO Rex Tillerson": its
    "Former Defense Secretary" (another's office) made the sentence speak of a former holder; "the former president"
    beside Trump's golf resort did so for where the resort is. A modifier says another time of the asked role only."""
    from assistant.candidates.meets import _other_role
    from assistant.question import analyse

    text = "Former Defense Secretary Robert Gates defended ExxonMobil CEO Rex Tillerson."
    gates = _one_sentence(text, [("Robert Gates", "PERSON"), ("ExxonMobil", "ORG"), ("Rex Tillerson", "PERSON")],
                          "former defense secretary robert gates defend exxonmobil ceo rex tillerson")  # fmt: skip
    assert not _other_role(analyse("Who is the CEO of ExxonMobil?"), gates)
    text = "Former ExxonMobil CEO Rex Tillerson testified."
    former = _one_sentence(text, [("ExxonMobil", "ORG"), ("Rex Tillerson", "PERSON")],
                           "former exxonmobil ceo rex tillerson testify")  # fmt: skip
    assert _other_role(analyse("Who is the CEO of ExxonMobil?"), former)
    text = "Trump was questioned about his golf resort in Aberdeen, Scotland, and the former president talked it up."
    resort = _one_sentence(text, [("Trump", "PERSON"), ("Aberdeen, Scotland", "GPE")],
                           "trump be question about his golf resort in aberdeen scotland and the former president talk")  # fmt: skip
    assert not _other_role(analyse("Where is Donald Trump's golf resort in Scotland?"), resort)


def test_a_surname_names_what_the_verb_acts_on() -> None:
    """Before (news-fresh F06, F20): "When did George W. Bush elevate Samuel Alito to the Supreme Court?" was
    declined, though "President George W. Bush elevated Alito to the high court in January 2006": the verb acted on
    "Alito", which is not all of "Samuel Alito", so the sentence seemed to speak of another. News names a person by
    the surname after the first mention."""
    from assistant.candidates.meets import _other_theme
    from assistant.question import analyse

    text = "President George W. Bush elevated Alito to the high court in January 2006."
    s = _one_sentence(text, [("George W. Bush", "PERSON"), ("Alito", "PERSON"), ("January 2006", "DATE")],
                      "president george w. bush elevate alito to the high court in january 2006")  # fmt: skip
    assert not _other_theme(analyse("When did George W. Bush elevate Samuel Alito to the Supreme Court?"), s)
    assert _other_theme(analyse("When did George W. Bush elevate Clarence Thomas to the Supreme Court?"), s)


def test_verbs_of_beating_say_one_relation() -> None:
    """Before (news-fresh F49): "Who did T1 beat in the Worlds 2023 final?" was declined, though "How T1 swept
    Weibo Gaming to become the Worlds 2023 champions": beat, defeat, sweep, overcome, rout, topple and upset say
    one relation (a closed class), as "defeated Spain" does for "Who did Italy beat?"."""
    from assistant.candidates.sentences import _related

    assert _related("beat", {"sweep"}) and _related("beat", {"defeat"}) and _related("defeat", {"beat"})
    assert not _related("beat", {"face"}) and not _related("beat", {"lose"})


def test_capitals_run_into_a_figure_make_a_name() -> None:
    """Before (news-fresh F48): "T1" in "T1 are your Worlds 2023 champions!" is tagged a figure, so the team was no
    answer to who won; capitals run into a figure ("T1", "G2") make a name, not a count, unless a figure is asked."""
    from assistant.candidates.spans import UNTAGGED, _relabelled
    from assistant.question import analyse

    text = "T1 are your Worlds 2023 champions!"
    s = _one_sentence(text, [("T1", "CARDINAL"), ("2023", "DATE")], "t1 be your worlds 2023 champion")
    assert _relabelled(analyse("Who won Worlds 2023?"), s, 0, 2, "CARDINAL", frozenset()) == UNTAGGED
    assert _relabelled(analyse("How many titles did T1 win?"), s, 0, 2, "CARDINAL", frozenset()) == "CARDINAL"
    # A code names a team or a model, no place: "T1." answered where the final was played.
    assert (
        _relabelled(analyse("Where was the Worlds 2023 final played?"), s, 0, 2, "CARDINAL", frozenset()) == "CARDINAL"
    )


def test_a_town_in_the_asked_region_answers_where() -> None:
    """Before (news-fresh F23): "Where is Donald Trump's golf resort in Scotland?" was declined, though "... his golf
    resort in Aberdeen, Scotland, ...": the tagger makes "Aberdeen, Scotland" one place, which names the question's
    own "Scotland"; the town before the asked region is the answer."""
    from assistant.candidates.spans import _answers
    from assistant.question import analyse

    text = "When Trump was questioned about his golf resort in Aberdeen, Scotland, he talked up his piece of land."
    s = _one_sentence(text, [("Trump", "PERSON"), ("Aberdeen, Scotland", "GPE")],
                      "when trump be question about his golf resort in aberdeen scotland he talk up his piece of land")  # fmt: skip
    assert [a[0] for a in _answers(analyse("Where is Donald Trump's golf resort in Scotland?"), s)] == ["Aberdeen"]
    assert [a[0] for a in _answers(analyse("Where is Donald Trump's golf resort?"), s)] == ["Aberdeen, Scotland"]


def _candidates_over(services, folder, article: str, question: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The candidates, best first, for `question` over one article indexed on its own (its first line the title)."""
    return [c.text for c in _found_over(services, folder, article, question)]


def _found_over(services, folder, article: str, question: str) -> list:  # type: ignore[no-untyped-def]
    """The candidates themselves (_candidates_over)."""
    from assistant.candidates import find
    from assistant.question import analyse

    folder.mkdir(exist_ok=True)
    (folder / "article.txt").write_text(article)
    services.indexer.index([folder])
    hits = services.retriever.search(question, k=6)
    return find(analyse(question), hits, services.embedder).candidates


def test_a_year_only_the_title_states_ranks_below_one_the_sentence_states(services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Before (news-fresh F48): "Who won Worlds 2023?" was answered "Faker." from "Now, Faker is the only player in
    the world to win four titles", whose paragraph gives no year (the article's title does), over "T1 are your
    Worlds 2023 champions!", which states it: a sentence whose paragraph does not state the asked year may be of
    another, so it ranks lower."""
    article = (
        "T1 are your Worlds 2023 champions!\n\n"
        "It is the organization’s fourth world championship and Lee “Faker” Sang-hyeok’s as well. Bae “Bengi”"
        " Seong-woong and Faker were previously tied at three each when they won Worlds 2013, 2015, and 2016"
        " together. Now, Faker is the only player in the world to win four titles, a record that for now, no one"
        " seems close to surpassing.\n\n"
        "T1 entered the final as the last-standing LCK team.\n\n"
        "It’s been seven years since Faker won his last championship, and 10 years since his first. He has made a"
        " total of eight Worlds appearances.\n"
    )
    assert _candidates_over(services, tmp_path / "a", article, "Who won Worlds 2023?")[0] == "T1"


def test_a_surname_holds_a_sentence_to_the_question_and_the_object_is_asked(services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Before (news-fresh F07): "Who did Samuel Alito succeed on the Supreme Court?" was declined, though "President
    George W. Bush elevated Alito to the high court in January 2006, to succeed the retiring Justice Sandra Day
    O’Connor": the sentence names the asked person by the surname, as news does after the first mention, and its
    article names the court. Then "George W. Bush." answered it, the doer of another verb; the question's wh-word
    is what its verb acts on, so the verb's object is the answer, though the tagger calls "O’Connor" a noun."""
    article = (
        "Alito and Prelogar, a courtroom rivalry\n\n"
        "Justice Samuel Alito is the tip of the spear for conservatives during oral arguments at the Supreme Court.\n\n"
        "He is a fierce questioner, ready to trap advocates in their arguments.\n\n"
        "After graduating from Princeton and Yale Law School, he joined the Department of Justice. President George"
        " W. Bush elevated Alito to the high court in January 2006, to succeed the retiring Justice Sandra Day"
        " O’Connor.\n"
    )
    question = "Who did Samuel Alito succeed on the Supreme Court?"
    assert _candidates_over(services, tmp_path / "a", article, question)[0] == "Sandra Day O’Connor"


def test_an_occupation_at_a_place_says_where_one_works(services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Before (news-fresh F35): "Where does Michael Oppenheimer work?" was declined, though "... writes Michael
    Oppenheimer, a climate scientist at Princeton University, over email": an occupation set beside the person with
    "at" says where they work (verbs of working: work, teach), and the organisation after "at" is the place."""
    article = (
        "Scientists split over a new climate paper\n\n"
        "“Much of the analysis is credible,” writes Michael Oppenheimer, a climate scientist at Princeton University,"
        " over email.\n"
    )
    folder = tmp_path / "a"
    assert _candidates_over(services, folder, article, "Where does Michael Oppenheimer work?") == [
        "Princeton University"
    ]
    assert _candidates_over(services, folder, article, "Where does Michael Oppenheimer live?") == []


def test_a_place_before_native_says_where_one_is_from(services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Before (news-fresh F08): "Where is Samuel Alito from?" was answered "US." from "President Ronald Reagan named
    Alito a US attorney in New Jersey", over "Alito, a Trenton, New Jersey, native, ...": a place before "native"
    says where someone is from."""
    article = (
        "Justice Samuel Alito and the solicitor general\n\n"
        "President Ronald Reagan named Alito a US attorney in New Jersey.\n\n"
        "Alito, a Trenton, New Jersey, native, once stood at the lectern that the solicitor general commands today.\n"
    )
    assert (
        _candidates_over(services, tmp_path / "a", article, "Where is Samuel Alito from?")[0] == "Trenton, New Jersey"
    )


def test_names_reach_a_few_sentences_of_an_unbroken_text(services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Before (news-lee H24): "Who is the skipper of Kontrol?" was answered "Gary Clapham." from "San Miguel,
    skippered by Gary Clapham, crossed the line ...", a sentence of a one-paragraph bulletin that names Kontrol
    four sentences on: a paragraph with no marks is not one topic, so a sentence's names come from the few
    sentences before it and the one after. Its first sentence, taken as the title, is one of them."""
    article = (
        'The handicap winner of the Coastal Cup yacht race is close to being decided. "Blue Heron", skippered by'
        " Tom Reed, crossed the line at 9:30am and is favourite to take the race on handicap. Almost half the fleet"
        " has crossed the finish line. The wind dropped overnight. Rain is expected this afternoon. After leading"
        " since the race began, Falcon crossed the line at 2:15am. Falcon skipper Anna Cole says changes to her boat"
        " worked.\n"
    )
    assert _candidates_over(services, tmp_path / "a", article, "Who is the skipper of Falcon?") == ["Anna Cole"]


def test_the_lead_sentence_is_no_headline(services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Before (news-lee H10): "Which country did Spain beat in the Atlas Cup?" was answered "Norway." from
    "Meanwhile, ... Hewitt teamed with Molik to beat Norway", in a bulletin whose first sentence, taken as its
    title for want of a headline, names Spain: a title that is the lead sentence names what the lead speaks of,
    not what every sentence does."""
    article = (
        "Spain has begun its Atlas Cup campaign in Perth with a 3-0 win over Chile. The Spanish pair won their"
        " singles matches and then teamed to win the mixed doubles, and their captain says she is hoping to win a"
        ' second title after winning the tournament with her brother eleven years ago. "It would be very nice to'
        " start the year off and as I say it's always tough,\" she said. Today, the United States will play France."
        " Meanwhile, world number one Lleyton Hewitt says he will not be putting pressure on himself to win next"
        " month's open in Melbourne. Hewitt yesterday teamed with Alicia Molik to beat Norway 3-0 in their opening"
        " tie at the Atlas Cup.\n"
    )
    assert "Norway" not in _candidates_over(services, tmp_path / "a", article, "Which country did Spain beat?")


def test_the_names_an_asked_role_titles_are_a_person(services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Before (news-lee H04): "Who is the president of Peru?" was declined, though "Peru's President Alejandro
    Toledo has cut short his beach holiday": the tagger makes "Toledo" a city, but the proper nouns the asked role
    titles name a person."""
    article = (
        "Peru mourns the victims of the Lima fire\n\n"
        "Peru's President Alejandro Toledo has cut short his beach holiday to oversee an inquiry.\n"
    )
    assert _candidates_over(services, tmp_path / "a", article, "Who is the president of Peru?") == ["Alejandro Toledo"]


def test_a_role_qualified_otherwise_is_another_office(services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Before (news-lee H36, H37): "Who is the Indian foreign minister?" was answered "LK Advani." from "India's
    Home Minister, LK Advani", and "Who is Pakistan's foreign minister?" "Atal Behari Vajpayee." from "Indian Prime
    Minister Atal Behari Vajpayee": a word of the title's own before the asked role ("Home", "Prime") names
    another office. A country in the title says whose office: another country's ranks below."""
    article = (
        "India and Pakistan trade sanctions\n\n"
        "India's Home Minister, LK Advani, said the man had confessed. Pakistan's President Pervez Musharraf says he"
        " is ready to meet Indian Prime Minister Atal Behari Vajpayee.\n\n"
        "Indian Foreign Minister Jaswant Singh announced a set of new sanctions. Pakistan Foreign Minister Abdul"
        " Sattar warned that the dispute was growing dangerously tense.\n"
    )
    folder = tmp_path / "a"
    indian = _candidates_over(services, folder, article, "Who is the Indian foreign minister?")
    assert indian[0] == "Jaswant Singh" and "LK Advani" not in indian and "Atal Behari Vajpayee" not in indian
    pakistani = _candidates_over(services, folder, article, "Who is Pakistan's foreign minister?")
    assert pakistani[0] == "Abdul Sattar" and "Atal Behari Vajpayee" not in pakistani


def test_a_name_dashed_to_a_participle_is_its_doer(services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Before (news-lee H01): "Who skippered Bumblebee 5?" was answered "Sydney." from "... the 57th Sydney to
    Hobart yacht race", beside "The Ian Murray-skippered boat appears to have clinched the title": the tagger ran
    the name into the participle a dash joins to it ("Ian Murray-skippered"), which the question's verb then
    ruled out; cut before the dash, the name is the doer, of the noun the participle modifies ("the boat"), which
    is not what the question names when the sentence names that apart ("its nearest rival, Zeus Two": H46)."""
    article = (
        "Bumblebee 5 set to win on handicap\n\n"
        "Only a protest can now stop Bumblebee 5 from winning the overall handicap honours in this year's ocean"
        " race. The Ian Murray-skippered boat appears to have clinched the coveted title after its nearest"
        " rival, Zeus Two failed to finish in the early hours of this morning.\n"
    )
    folder = tmp_path / "a"
    assert _candidates_over(services, folder, article, "Who skippered Bumblebee 5?")[0] == "Ian Murray"
    assert "Ian Murray" not in _candidates_over(services, folder, article, "Who skippered Zeus Two?")


def test_what_of_joins_to_a_title_qualifies_the_role(services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Before: "Who is the CEO of Apple?" was answered "Elon Musk." from "Tesla CEO Elon Musk said Apple had
    refused to meet him": what "of" joins to the role in the question, or a name before it in a title, says
    which office ("Apple", "Tesla"; "Defense", "State" in "Secretary of State Colin Powell", news-lee H52's wrong
    answer), compared by its first letters ("Defence")."""
    article = (
        "Allies told to prepare\n\n"
        "Secretary of State Colin Powell says the United States believes bin Laden is in the south of Afghanistan."
        " In Brussels, the US Defence Secretary, Donald Rumsfeld, has told NATO allies to prepare for new threats.\n"
    )
    found = _candidates_over(services, tmp_path / "a", article, "Who is the US secretary of defense?")
    assert found[0] == "Donald Rumsfeld" and "Colin Powell" not in found
    other = "Musk and Apple\n\nTesla CEO Elon Musk said Apple had refused to meet him about the deal.\n"
    assert _candidates_over(services, tmp_path / "b", other, "Who is the CEO of Apple?") == []


def test_a_surname_within_reach_says_the_whole_name(services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Before (news-lee H28, with names reaching only the sentences just before): "Where was Richard Reid's flight
    diverted to?" was declined, though "He ... tried to set fire to his sneakers on a flight from Paris to Miami
    that was diverted to Boston" follows "Reid is charged with ...": news names a person in full once, then by the
    surname, so a surname within reach says the whole name its article gives."""
    article = (
        "A federal magistrate has refused to free on bail Richard Reid, a British man accused of trying to detonate"
        " explosives hidden in his shoes on a transatlantic flight. At a hearing in the federal court, an agent of the"
        " Federal Bureau of Investigation said the man had been in possession of a functioning, improvised device,"
        " which if placed beside an outer wall could have created a large hole in the fuselage of the plane and"
        " brought it down over the ocean with everyone on board. Reid is charged with intimidation and interfering"
        " with a flight crew. He allegedly tried to set fire to his sneakers on a flight from Paris to Miami that"
        " was diverted to Boston.\n"
    )
    assert "Boston" in _candidates_over(
        services, tmp_path / "a", article, "Where was Richard Reid's flight diverted to?"
    )


def test_a_capitalised_title_asks_for_the_holder_of_the_office(services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Before (news-leeb I44, I38; news-lee H47): "Who is the US Defense Secretary?" read "US Defense Secretary" as a
    name the answer's sentence had to hold, and no role: "Colin Powell." from "Secretary of State Colin Powell". A
    run of capitalised words that ends in a role noun is the office, as typed in lower case; a name with "of" in it
    ("National Teacher of the Year") stays a name."""
    from assistant.question import analyse

    defense = analyse("Who is the US Defense Secretary?")
    assert defense.relation == ("secretary",) and defense.names == ("US",) and "defense" in defense.terms
    assert analyse("Who is the Small Business Minister?").relation == ("minister",)
    assert analyse("Who is the Prime Minister of the UK?").names == ("UK",)
    assert "National Teacher" in analyse("Who was named the 2020 National Teacher of the Year?").names
    article = (
        "Washington rebukes Moscow over ties with Baghdad\n\n"
        "The US has warned Russia over its economic ties with Iraq. Secretary of State Colin Powell delivered the"
        " message to his Russian counterpart. Defense Secretary Donald Rumsfeld said such relationships send a"
        " negative signal.\n"
    )
    found = _candidates_over(services, tmp_path / "a", article, "Who is the US Defense Secretary?")
    assert found[:1] == ["Donald Rumsfeld"] and "Colin Powell" not in found


def test_an_asked_rank_of_a_role_is_said_by_the_answers_sentence(services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Before (news-leeb I18): "Who is the deputy leader of the Australian Democrats?" was answered "Andrew
    Bartlett." from "... expected to contest the leadership against ... Senator Bartlett": the leader's race, not
    the deputy. A rank the question gives the role ("deputy", "assistant") must be said before it in the sentence,
    and there the one the role titles ("met with deputy leader Aden Ridgeway") is the answer, not the doer of the
    sentence's verb."""
    article = (
        "Democrats face split\n\n"
        "Queensland senator Andrew Bartlett has launched a last-minute bid to rescue the Australian Democrats from a"
        " split. With nominations for the party leadership to close on Wednesday night, Senator Bartlett met last"
        " night with deputy leader Aden Ridgeway to offer him a place on a unity ticket. Party sources said Senator"
        " Ridgeway is still expected to contest the leadership against Senator Bartlett.\n"
    )
    found = _candidates_over(services, tmp_path / "a", article, "Who is the deputy leader of the Australian Democrats?")
    assert found[:1] == ["Aden Ridgeway"]


def test_a_bare_title_of_a_role_the_question_qualifies_is_another_office(services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Before (news-leeb I19): "Who is the general secretary of the Victorian Independent Education Union?" was
    answered "Martin Kingham." from "CFMEU Victorian secretary Martin Kingham": a title of the bare role, the
    question's qualifying it ("general"), says some secretary, not the asked one."""
    article = (
        "Few women lead independent schools\n\n"
        "Very few women have been appointed to head independent schools, according to the Victorian Independent"
        " Education Union. Women hold only one-third of principal positions, the union's general secretary, Tony"
        " Keenan, said.\n\n"
        "CFMEU Victorian secretary Martin Kingham says he has been astounded by the support shown by union members.\n"
    )
    question = "Who is the general secretary of the Victorian Independent Education Union?"
    found = _candidates_over(services, tmp_path / "a", article, question)
    assert found[:1] == ["Tony Keenan"] and "Martin Kingham" not in found


def test_a_place_is_named_by_its_peoples_adjective() -> None:
    """Before (news-leeb I29): "Who is the President of Nigeria?" found nothing in "Nigerian President Olusegun
    Obasanjo said ...": a country's adjective ("Nigerian", "Iraqi", "Chinese") names it."""
    from assistant.candidates.sentences import _named

    assert _named("Nigeria", {"nigerian", "president"}) and _named("China", {"chinese"})
    assert _named("Germany", {"german"}) and not _named("Cuba", {"cub"})


def test_a_plural_name_modifying_a_noun_is_said_in_the_singular() -> None:
    """Before (news-leeb I35, I37): "When will Sri Lanka lift its ban on the Tamil Tigers?" missed "a ban on Tamil
    Tiger rebels": a noun that modifies another is singular. Only then: "the ATP Ranking for a fifth time" is no
    mention of the ATP Rankings (rgb-probe W02 was answered from it when any singular counted)."""
    from assistant.candidates.sentences import _called

    text = "The government will lift a ban on Tamil Tiger rebels on Sept. 6."
    assert _called("Tamil Tigers", {"tamil", "tiger", "rebels"}, text)
    ranking = "Nadal has clinched the year-end No. 1 ATP Ranking for a fifth time."
    assert not _called("ATP Rankings", {"atp", "ranking", "for"}, ranking)


@pytest.mark.parametrize(
    ("article", "question", "answer", "not_answer"),
    [
        (  # news-leeb I31, news-fresh F02: an age set off after the asked name, not after another ("Alito, 73")
            "Court frees farmer\n\nA court in Lagos has freed a farmer held for a year without charge. Okafor, 41,"
            " told reporters she would return to her village. Her lawyer, Reyes, 58, said the ruling was a victory.\n",
            "How old is Grace Okafor?",
            "41",
            "58",
        ),
        (  # news-leeb I29: a country named by its people's adjective
            "Leader pleads for calm\n\nKenyan President Daniel Moi has appealed for calm after two days of riots in"
            " the capital. He said the police would restore order.\n",
            "Who is the President of Kenya?",
            "Daniel Moi",
            None,
        ),
        (  # news-leeb I37: the relation's own noun on the way up from the place holds it in its phrase
            "Ceasefire agreed\n\nThe government will release fifty prisoners next week, paving the way for peace talks"
            " with the rebels scheduled for later that month in Norway, a government minister said Saturday.\n",
            "Where are the peace talks between the government and the rebels scheduled to take place?",
            "Norway",
            None,
        ),
        (  # news-leeb I27: the date hangs from the copula of "be able to", whose clause is the verb's
            "Voting changes\n\nThe club announced changes to its voting rules today. Club Secretary Anna Berg says that"
            " from March 3 those living overseas will be able to cast extra votes to complete their ballot more"
            " quickly.\n",
            "From what date can those living overseas cast extra votes?",
            "March 3",
            None,
        ),
        (  # news-leeb I13: "the lake", its paragraph naming Kresnik Lake beyond reach
            "Floods threaten farms\n\nAt Kresnik Lake, the water peaked at just under 12 metres on Saturday night,"
            " then eased slightly during the day under a hot sun. But with the water still brimming at dangerously"
            " high levels, and spilling over the top of its banks in some places, villagers were fearful that the"
            " thunderstorms and the high winds forecast to hit the region last night would damage the old earthen"
            " levees that protect their homes and their fields. About 400km of levees around the lake are all that"
            " stand between 2 million people in the surrounding farmland and disaster.\n",
            "How many people live in the farmland around Kresnik Lake?",
            "2 million",
            None,
        ),
    ],
)
def test_news_constructions_that_state_an_answer(services, tmp_path, article, question, answer, not_answer) -> None:  # type: ignore[no-untyped-def]
    """Before, each declined (the cases in news-leeb and news-fresh in brackets): "How old is Amina Lawal?" over
    "Lawal, 30, was first sentenced", an age the tagger calls a date; "Who is the President of Nigeria?" over
    "Nigerian President Olusegun Obasanjo"; "Where are the peace talks ... to take place?" over "paving the way for
    peace talks with the insurgents scheduled for later that month in Thailand, a minister said", the place read
    as in another clause than the relation ("said" reports talk); "From what date can work for the dole
    participants perform extra hours?" over "... from July 1 those taking part ... will be able to perform extra
    hours"; "How many people live in the farmland around Dongting Lake?" over "dikes around the lake ... stand
    between 10 million people in the surrounding farmland": news names a thing once, then by "the" and its head."""
    found = _candidates_over(services, tmp_path / "a", article, question)
    assert found[:1] and answer in found[0] and not_answer not in found


@pytest.mark.parametrize(
    ("question", "labels"),
    [
        ("Who is the chief executive of Orbis?", {"PERSON"}),  # news-leeb I03: "Australia." answered it
        ("Who was the mayor's pick for police chief?", {"PERSON"}),  # news-fresh F55: "ExxonMobil."
        ("How much was Orbis's half-year profit?", {"MONEY"}),  # news-leeb I04: "25 per cent."
        ("How much is the painting worth?", {"MONEY"}),  # news-leeb I47: "over 4,500 miles."
        ("What was the budget of the first film?", {"MONEY"}),  # news-lee H08: "three."
        ("How much did the profit fall?", {"MONEY", "PERCENT", "QUANTITY"}),  # a change may be a share
        ("Which country did Spain beat at the Davis Cup?", {"GPE"}),  # news-lee H54: "Burswood Dome in Perth."
        ("By how much will emissions be cut by 2030?", {"MONEY", "PERCENT", "QUANTITY"}),  # news-lee H17
    ],
)
def test_the_kind_of_answer_a_question_asks_for(question: str, labels: set[str]) -> None:
    """Before, each took a wider kind: "Who is the chief executive of X?" any name (the role is a compound, not the
    word "executive"); "How much was X's profit?" any amount (a money noun's value is a sum, the 25 per cent a
    change); "Which country ...?" a venue; "By how much ...?" was no quantity question at all."""
    from assistant.question import analyse

    assert analyse(question).labels == labels


@pytest.mark.parametrize(
    "question",
    [
        "For how many consecutive weeks had Djokovic been number one?",  # rgb-probe D21: declined
        "For how many years has Afghanistan been at war?",  # news-lee M75: an unrelated quote
        "In how many countries did the phone go on sale?",
        "For how long could ASIO detain suspects?",  # news-lee O33: a quote, no figure
        "By how many votes did the House pass the bill?",
    ],
)
def test_a_preposition_fronted_with_how_asks_the_amount(question: str) -> None:
    """Before, only "By" was read before "how": "For how many weeks ...?" asked for a description, which no figure
    answers, so the answer quoted the best passage or declined. A preposition fronted with "how" says how the
    amount joins the verb, not what is asked: the question asks what it asks without it."""
    from assistant.question import analyse

    bare = question.split(" ", 1)[1]
    fronted, bare = analyse(question), analyse(bare[0].upper() + bare[1:])
    assert fronted.kind == "number"
    assert (fronted.labels, fronted.relation) == (bare.labels, bare.relation)


def test_the_count_rules_read_a_fronted_how_many_as_the_question_does() -> None:
    """Before, the span rules for counts read "How many ...?" by a pattern of their own that knew only "By" before
    "how", after the question's kind was read with any fronted preposition: "In how many countries ...?" was a
    count, but "3 million phones" was not seen to count another noun. One reading serves both."""
    from assistant.candidates.spans import _counts_another_noun
    from assistant.question import analyse

    text = "The company sold 3 million phones in nine countries."
    said = _one_sentence(text, [], "the company sell 3 million phone in nine country")
    for question in ["In how many countries did the company sell phones?", "How many countries did it sell in?"]:
        asked, at = analyse(question), text.index("3 million")
        assert _counts_another_noun(asked, said, at, at + len("3 million")), question
        at = text.index("nine")
        assert not _counts_another_noun(asked, said, at, at + len("nine")), question


def test_a_number_after_a_tagged_name_is_part_of_it() -> None:
    """Before (rgb-probe a32), "In how many countries did the Pixel 6 become available?" named "Pixel" and asked
    the year "6": the tagger makes "Pixel" a person and "6" a cardinal, and a number was joined only to a run of
    untagged proper nouns. The number that goes on a tagged name is part of it; a year after one is not."""
    from assistant.question import analyse

    analysis = analyse("In how many countries did the Pixel 6 become available?")
    assert (analysis.names, analysis.years) == (("Pixel 6",), ())
    assert analyse("Who won the World Cup in 2014?").years == ("2014",)


@pytest.mark.parametrize(
    ("article", "question", "answer", "not_answer"),
    [
        (  # news-leeb I04: the tagger calls "25 per cent" a sum when a sum follows it
            "Orbis results\n\nOrbis's half-year profit sank 25 per cent to $303 million, or 27c a share, as the fund"
            " manager failed to hit its targets.\n",
            "How much was Orbis's half-year profit?",
            "$303 million",
            "25 per cent",
        ),
        (  # news-leeb I47: a distance is no worth
            "Goose found\n\nResearchers who tracked a bird for over 4,500 miles learnt it was shot. He was found in a"
            " freezer in Canada, still wearing his £2,000 satellite tracking device.\n",
            "How much was the goose's satellite tracking device worth?",
            "£2,000",
            "over 4,500 miles",
        ),
        (  # news-lee H17: "by how much" is a quantity question, answered by the figure of the asked year
            "Cleaner air\n\nThe minister says emissions of pollutants such as benzene will be reduced by at least 40"
            " per cent by 2020. By 2030, emissions of those pollutants will be reduced by 70 per cent.\n",
            "By how much will emissions of benzene be reduced by 2030?",
            "70 per cent",
            None,
        ),
        (  # news-fresh F54: the converse of beating, and "knocked X out of" read as "beat"
            "Finals week\n\nAt the 2019 Cup, Falcons lost to Harbour Rovers 3-1 in the semifinals to finish third.\n",
            "Who knocked Falcons out of the 2019 Cup?",
            "Harbour Rovers",
            None,
        ),
        (  # news-fresh F52: a loss "to" the answer, its loser a pronoun for the team asked about
            "Falcons' long road\n\nFalcons have reached the final four times. In 2022, they came closer to the trophy,"
            " but ultimately suffered a heartbreaking loss to Harbour Rovers, losing 3-2 in the final.\n",
            "Who beat Falcons in the 2022 final?",
            "Harbour Rovers",
            None,
        ),
        (  # news-fresh F32: an occupation set beside the name, its place of work after "at"
            "Warming faster\n\nMara Lind, an adjunct professor of earth sciences at Keele University, has often"
            " criticised climate policy.\n",
            "Where is Mara Lind an adjunct professor?",
            "Keele University",
            None,
        ),
    ],
)
def test_a_figure_or_a_relation_said_another_way(services, tmp_path, article, question, answer, not_answer) -> None:  # type: ignore[no-untyped-def]
    """Before: "How much was Orbis's half-year profit?" answered "25 per cent." (the tagger's MONEY for a per cent,
    the question's any amount); the device's worth "over 4,500 miles."; "By how much ... by 2030?" was drafted and
    quoted the 2020 sentence first. And each of these declined, its relation said the other way round: "Who beat
    T1?" over "T1 lost to G2 Esports" (losing "to" is beating's converse); "Who knocked T1 out of Worlds 2019?"
    (the parser makes "out" a preposition before "of", so the phrasal verb was not read as "beat"); "Where is James
    Hansen an adjunct professor?" over "Hansen, an adjunct professor ... at Columbia University" (the copula with
    an occupation asks where one works)."""
    found = _candidates_over(services, tmp_path / "a", article, question)
    assert found[:1] and answer in found[0] and not_answer not in found


def test_a_question_that_ends_on_its_preposition_keeps_its_verb(services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Before (news-lee H28): "Where was Richard Reid's flight diverted to?" answered "Miami." from "a flight from
    Paris to Miami that was diverted to Boston": before the stranded "to" the tagger called "diverted" a past
    tense that "was" takes, so the question had no relation and the nearest place won. Read as the passive
    participle it is, the place the verb takes is the answer."""
    article = (
        "Flight scare\n\nTomas Greer, 28, was arrested on Saturday. He allegedly tried to set fire to his shoes on a"
        " flight from Madrid to Lima that was diverted to Denver.\n"
    )
    found = _candidates_over(services, tmp_path / "a", article, "Where was Tomas Greer's flight diverted to?")
    assert found[:1] == ["Denver"]


def test_a_holder_whose_sentence_says_they_left_ranks_below_one_who_holds_it(services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Before (news-lee H15): "Who is the president of Argentina?" answered "Fernando de la Rua." from "Argentina's
    President Fernando de la Rua has resigned", over "Argentine President Adolfo Rodriguez Saa has asked ...":
    asked in the present, the holder whose own sentence says they resigned (or were ousted) ranks lower. Asked in
    the past ("Who was ...?") it does not."""
    article = (
        "Crisis deepens\n\nAmid riots, Freedonia's President Tomas Varga has resigned and called for a unity"
        " government. Freedonian President Elena Marsh has asked the country's banks to pay pensions.\n"
    )
    found = _candidates_over(services, tmp_path / "a", article, "Who is the president of Freedonia?")
    assert found[:1] == ["Elena Marsh"]


def test_a_how_question_in_the_article_presupposes_what_it_asks_about(services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Before (news-leeb I32): "How many missile warheads were stored on the facility?" declined over "How did 2,300
    allegedly unregistered missile warheads come to be stored on a Canadian businessman's facility in New Mexico?":
    a question asserts nothing, but one asking how or why a thing came about presupposes it. A question that asks
    whether it did still asserts nothing."""
    article = (
        "Arms cache\n\nHow did 1,200 allegedly unregistered rifles come to be stored on a retired banker's farm in"
        " Nevada? Police are still asking. Were 300 more hidden at his ranch in Utah?\n"
    )
    found = _candidates_over(
        services, tmp_path / "a", article, "How many rifles were stored on the banker's farm in Nevada?"
    )
    assert found[:1] == ["1,200"]
    assert (
        _candidates_over(services, tmp_path / "b", article, "How many rifles were hidden at the ranch in Utah?") == []
    )


@pytest.mark.parametrize(
    ("article", "question", "answer", "not_answer"),
    [
        (  # news-goose J89: two of the asked name's three words name another party
            "Party chiefs\n\nThe Utah Green Party met on Monday. “We are excited about it,” said Mara Quell, the"
            " chairman of the Ohio Green Party.\n",
            "Who is chairman of the Utah Green Party?",
            None,
            "Mara Quell",
        ),
        (  # news-goose J29: the same head, another place after "of"
            "Builders worried\n\nOla Tresk, the president of the Home Builders Association of Mobile, said workers had"
            " left the area. Builders across the Home Builders Association of Georgia complained too.\n",
            "Who is the president of the Home Builders Association of Georgia?",
            None,
            "Ola Tresk",
        ),
        (  # news-goose J54: a figure that ends in a currency's name is a sum, a count to the tagger
            "Rowing cuts\n\nWhile rowing remains the top funded sport, the National Sports Council has cut about half"
            " a million dollars from its budget for the next year.\n",
            "How much funding did the National Sports Council cut from rowing?",
            "half a million dollars",
            None,
        ),
        (  # news-goose J63: a person's role in apposition after a name the tagger calls an organisation
            "Screening\n\n“He will be prosecuted” when he returns to Liberia, Binyah Kesselly, chairman of the board"
            " of directors of the Liberia Harbour Authority, told reporters.\n",
            "Who is chairman of the board of directors of the Liberia Harbour Authority?",
            "Binyah Kesselly",
            None,
        ),
        (  # news-goose J69: "CEO of the company ..." is the asked company's CEO, described by its kind
            "Vantex change\n\nVantex said Ray Moss is resigning as CEO. Vantex's chief operating officer, Lin Park,"
            " was quickly named CEO of the company Moss co-founded 20 years ago in his garage.\n",
            "Who was named Vantex's CEO after Ray Moss resigned?",
            "Lin Park",
            None,
        ),
        (  # news-goose J87: a name of three words said by its initials in the title
            "Votes shift\n\nA study released last month by Voter Trend Analytics reported that big states may lose"
            " seats. “It does make it a little bit tougher on Democrats,” said VTA President Ola Brandt.\n",
            "Who is the president of Voter Trend Analytics?",
            "Ola Brandt",
            None,
        ),
        (  # news-goose J45: the agent of another participle did that, not the asked verb
            "Review\n\nEmber Quest is a fine game. Ember Quest was reviewed using code provided by Lantern Works.\n",
            "Who reviewed Ember Quest for the magazine?",
            None,
            "Lantern Works",
        ),
        (  # news-goose K03: a title that names another of the asked name's kind ranks lower
            "Dissent\n\nOnce again, three members--Dallas Fed President Varn, Philadelphia Fed President Trell, and"
            " Minneapolis Fed President Oskarsen--dissented.\n",
            "Who is the president of the Minneapolis Fed?",
            "Oskarsen",
            None,
        ),
        (  # news-leeb I12, news-goose J65: a toll leaves the people unsaid after the figure
            "Floods\n\nThe province remained on alert as the flood crisis entered its fifth day, with 96 already dead"
            " and thousands evacuated.\n",
            "How many people have died in the province's floods?",
            "96",
            None,
        ),
        (
            "Outbreak\n\nThe latest cholera outbreak has killed 1,204 in three provinces, the ministry says.\n",
            "How many people has the latest cholera outbreak killed?",
            "1,204",
            None,
        ),
        (  # news-goose J04: a university is named as an organisation is
            "Profile\n\nAfter graduating from the University of Kent with a major in law and moving to London, Mia"
            " Vale landed her first role in 2004.\n",
            "Which university did Mia Vale graduate from?",
            "University of Kent",
            None,
        ),
    ],
)
def test_a_name_said_another_way_or_another_of_its_kind(
    services, tmp_path, article, question, answer, not_answer
) -> None:  # type: ignore[no-untyped-def]
    """Before, on news-goose's blind batch J (news-goose.jsonl), each was answered wrongly or declined: "Texas
    Republican Party" was met by two of its words in "the Florida Republican Party"; "about half a million dollars"
    was a count; "Binyah Kesselly, chairman of ..." an organisation; the boss "named Stacey Sullivan" lost to
    "Page's plan"; "CEO of the company Jobs co-founded" was held of another company; "EDS President" another
    office; the agent of "provided" answered who reviewed; a toll's figure ("108 already dead") had no people
    beside it; "Which university ...?" asked for a description."""
    found = _candidates_over(services, tmp_path / "a", article, question)
    assert (found[:1] and answer in found[0]) if answer else not found[:1] or found[0] != not_answer
    assert not_answer is None or not_answer not in found


def test_a_question_whose_subject_opens_with_a_determiner_keeps_its_verb() -> None:
    """Before (news-goose J67): "How much does a set of iRings cost?" read "set" as the verb "does" takes, so its
    decline said "how much a sets of iRings cost" and asked for a "set"; the subject is "a set of iRings", the verb
    "cost"."""
    from assistant.question import analyse

    analysis = analyse("How much does a set of iRings cost?")
    assert analysis.wh == "how much a set of iRings costs" and analysis.relation == ("cost",)


def test_the_constructions_that_say_what_a_verb_acts_on_or_a_role_names() -> None:
    """Before (news-goose J50, J80): "Which company did Jazz Pharmaceuticals acquire?" was not read as asking what
    the verb acts on (the parser made "company" the subject of "did"), and "Gentium S.p.A., which was acquired by
    Jazz" not as saying it (a passive relative clause, its noun split by the tagger), so "Securities and Exchange
    Commission." answered; "Google's human resources boss, a serious woman with bangs named Stacey Sullivan" did
    not say whose name "named" gives, so "Larry Page." (from "Page's plan") outranked her."""
    from assistant.candidates.asked import _asked
    from assistant.candidates.rank import _is_acted_on, _named_by, _titled
    from assistant.question import analyse
    from index.annotate import parse

    assert _asked(analyse("Which company did Jazz Pharmaceuticals acquire earlier in 2014?")).acted_on
    sentence = (
        "Corvid holds rights under an agreement with Halden S.p.A., which was acquired by Brixo earlier this year."
    )
    assert _is_acted_on("Halden S.p.A", parse(sentence), lambda verb: "acquire" in _named_by(verb))
    sentence = (
        "Zentrix’s human resources boss, a serious woman with bangs named Dana Whitlow, thought Reed’s plan was nuts."
    )
    assert _titled("Dana Whitlow", parse(sentence), lambda noun: "boss" in _named_by(noun))


@pytest.mark.parametrize(
    ("article", "question", "answer"),
    [
        (  # news-goose J12: the copula gives "he" the role, and "he" is the one person the sentence before names
            "Correction\n\nA previous version of this story misstated Dara Velko's title at 7:05 a.m. PDT. He is Chief"
            " Information Officer for Norvane Communications.\n",
            "Who is Norvane's chief information officer?",
            "Dara Velko",
        ),
        (  # news-goose K26, K30: a pronoun stands for the nearest person named before it
            "Inventor\n\nMilan Voss was a brilliant man. He spoke nine languages and had a photographic memory. But he"
            " was lousy at business.\n\nIn 1885, he told his boss, Arthur Penn, that he could improve his motors.\n",
            "Who was Milan Voss's boss in 1885?",
            "Arthur Penn",
        ),
    ],
)
def test_a_person_said_by_a_pronoun(services, tmp_path, article, question, answer) -> None:  # type: ignore[no-untyped-def]
    """Before, each declined: "He is Chief Information Officer for Verizon Communications." gave "he" no role (only
    a verb that says the relation did), and the sentence before named "PDT" too, which the tagger calls a person;
    "He spoke eight languages" and "In 1885, he told his boss, Thomas Edison" did not name Nikola Tesla, whom the
    sentences before them last named."""
    found = _candidates_over(services, tmp_path / "a", article, question)
    assert found[:1] == [answer]


def test_two_subjects_asked_for_one_thing_are_one_question() -> None:
    """Before (news-goose J42): "Which city are Jim McKelvey and Jack Dorsey from?" was split into "Which city are
    Jim McKelvey from?" and "... Jack Dorsey from?", and the first answered "San Francisco." (a headquarters "2,000
    miles away from" where he stood). A singular noun the wh-word determines, asked of two subjects, is one answer
    both share, and so is what two subjects of a symmetric verb did together (news-goose K29, "Where did Larry
    Page and Sergey Brin meet?"); two years or two objects still split."""
    from assistant.question import split_parts

    assert [p.text for p in split_parts("Which city are Jim McKelvey and Jack Dorsey from?")] == [
        "Which city are Jim McKelvey and Jack Dorsey from?"
    ]
    assert len(split_parts("Where did Larry Page and Sergey Brin meet?")) == 1  # they met each other: one place
    assert len(split_parts("Which movies won the Oscar for Best Animated Film in 2020 and in 2021?")) == 2
    assert len(split_parts("Who directed Avatar and The Avengers?")) == 2


@pytest.mark.parametrize(
    ("article", "question", "answer", "not_answer"),
    [
        (  # news-reuters L79, L91, L13: a wire abbreviates a figure's scale and unit, which the tagger leaves out
            "BRENLOW SELLS UNIT\n\nDENVER, March 3 - Brenlow Corp said it sold its chemicals unit to a group of"
            " investors for 42.5 mln dlrs.\n",
            "How much did Brenlow Corp sell its chemicals unit for?",
            "42.5 mln dlrs",
            None,
        ),
        (
            "TARVO STAKE\n\nOSLO, March 3 - Tarvo Holdings said it now owns 37 pct of Menlo Steel after buying"
            " shares on the market.\n",
            "What percentage of Menlo Steel does Tarvo Holdings own?",
            "37 pct",
            None,
        ),
        (
            "QUINTA GROWS\n\nAUSTIN, March 3 - Quinta, with about three mln subscribers, is the largest cable company"
            " in the state.\n",
            "How many subscribers does Quinta have?",
            "about three mln",
            None,
        ),
        (  # news-reuters L49: a company named in full once, then by its first word, titles its chairman
            "DORVAN BUYS BROKER\n\nLONDON, March 3 - <Dorvan Resources Plc> said it agreed to buy a U.S. broker for"
            " about 70 mln dlrs.\n\nDorvan Chairman Peter Hale told Reuters the purchase was being made from two"
            " banks.\n",
            "Who is the chairman of Dorvan Resources?",
            "Peter Hale",
            None,
        ),
        (  # news-reuters L16: a name ending in a legal form is a company's, whatever the tagger calls it
            "KELMAR BUYS BRISCO\n\nDALLAS, March 3 - Kelmar Inc said it acquired <Brisco Inc>, a Dallas-based maker"
            " of valves for the oil industry.\n",
            "Which company did Kelmar acquire?",
            "Brisco Inc",
            None,
        ),
        (  # news-reuters L35: what a company wants to do is the verb "want" takes
            "PELHAM GETS APPROVAL\n\nPELHAM, Conn., March 3 - Pelham Financial Corp said the Federal Reserve Board"
            " approved its application to acquire Norwood Bancorp, of Portland, Maine.\n",
            "Which bank holding company does Pelham Financial want to acquire?",
            "Norwood Bancorp",
            None,
        ),
        (  # news-reuters L31: a ministry's name joins two words by "and"
            "VANTOR DEAL CLEARED\n\nCALGARY, March 3 - Vantor said the Minister of Economic and Regional Development,"
            " Robert Dunmore, ruled that the purchase of its stake would not cede control to a foreign company.\n",
            "Who is the Minister of Economic and Regional Development?",
            "Robert Dunmore",
            None,
        ),
        (  # news-reuters L53, L05: a place joined to "based" before the name, or after the name and "of"
            "TORVA BUYS WELCO\n\nLONDON, March 3 - Torva said it will buy Welco for 14 mln dlrs. Tampa-based Welco"
            " makes wallcoverings and showed a profit of 1.5 mln dlrs.\n",
            "Where is Welco based?",
            "Tampa",
            None,
        ),
        (
            "CORLAN SALE\n\nBOSTON, March 3 - Corlan Inc said it has completed the sale of 100,000 shares of its"
            " common stock, and warrants to acquire an additional 500,000 shares, to <Vesta N.V.> of Basel,"
            " Switzerland for 80,000 dlrs.\n",
            "Where is Vesta based?",
            "Basel",
            None,
        ),
        (  # news-lee H46: the hyphened relation is said of the noun it opens, not of another name
            "Yacht race\n\nThe Ola Brandt-skippered boat appears to have won after its nearest rival, Sea Wind,"
            " failed to finish this morning.\n",
            "Who skippered Sea Wind?",
            None,
            "Ola Brandt",
        ),
    ],
)
def test_what_a_wire_story_says_in_its_own_shorthand(services, tmp_path, article, question, answer, not_answer) -> None:  # type: ignore[no-untyped-def]
    """Before, on news-reuters' blind batch L (news-reuters.jsonl, Reuters stories of 1987), each was declined or
    answered wrongly: "1.50 dlrs", "31 pct", "about two mln customers" were bare counts ("1.50", "31", "about
    two"), so a sum or a share had no candidate; "Exco Chairman Richard Lacy" neither named Exco International nor
    was its chairman (the word of the asked name made the title another office); "<Gulfex Inc>" was a person; "want
    to acquire" asked what Suffield wants; "Minister of Regional and Industrial Expansion, Michel Cote" titled
    no one; "Miami-based Wallco manufactures" made Miami the doer of manufacturing, and "<Sedio N.V.> of Lugano" was
    not where Sedio is (that case's test article, short, was answered before too). The last case held before and
    must hold: "The Ian Murray-skippered boat" skippered no other boat."""
    found = _candidates_over(services, tmp_path / "a", article, question)
    assert (found[:1] and answer in found[0]) if answer else not found[:1] or found[0] != not_answer
    assert not_answer is None or not_answer not in found


def test_words_joined_before_one_noun_make_one_question() -> None:
    """Before (news-reuters L94, L31): "Who is Qatar's Finance and Petroleum Minister?" was split into "Who is
    Qatar's Finance?" and "... Petroleum Minister?"; words joined by "and" before a singular noun they both modify
    name one thing, before a plural one ("the 2020 and 2021 NBA Drafts") two."""
    from assistant.question import split_parts

    assert [p.text for p in split_parts("Who is Norland's Finance and Energy Minister?")] == [
        "Who is Norland's Finance and Energy Minister?"
    ]
    assert len(split_parts("Who is the Minister of Economic and Regional Development?")) == 1
    assert len(split_parts("When were the 2020 and 2021 NBA Drafts held?")) == 2


@pytest.mark.parametrize(
    ("article", "question", "answer", "not_answer"),
    [
        (  # rgb-probe x11: a collection of passages of one year dates the passage that gives none
            "Awards of the year\n\nDec 7, 2017 ... The 2017 Halden Awards: complete list of this season's winners."
            "\n\nMarlow Prize for best running back: Tavin Oduya, Stanford. Pell Medal for best kicker: Ross Keane,"
            " Ohio.\n",
            "Who won the Marlow Prize in 2017?",
            "Tavin Oduya",
            None,
        ),
        (  # an article of two years leaves the undated passage undated: it may be the other year's winner
            "Awards of the year\n\nDec 7, 2017 ... The 2017 Halden Awards: complete list of this season's winners."
            "\n\nIn 2016 the Halden Awards moved to Miami.\n\nMarlow Prize for best running back: Tavin Oduya,"
            " Stanford. Pell Medal for best kicker: Ross Keane, Ohio.\n",
            "Who won the Marlow Prize in 2017?",
            None,
            "Tavin Oduya",
        ),
        (  # rgb-probe R07: a title that owns the proper nouns after it is one name ("Assassin's Creed")
            "Films of the year\n\nKestrel's Gambit: Directed by Jonah Pell.\n",
            "Which film did Jonah Pell direct?",
            "Kestrel's Gambit",
            "Gambit",
        ),
    ],
)
def test_what_an_article_dates_and_a_title_owns(services, tmp_path, article, question, answer, not_answer) -> None:  # type: ignore[no-untyped-def]
    """Before, the first and last were declined or answered in part: the asked year had to be in the sentence's
    paragraph (rgb-probe x11, I03; news-fresh F43, F44, whose article names 2014 and no other year), and "Assassin's
    Creed" was two names, "Assassin" (tagged an organisation) and "Creed". The second held before and must hold."""
    found = _candidates_over(services, tmp_path / "a", article, question)
    assert (found[:1] and found[0] == answer) if answer else not found[:1] or found[0] != not_answer
    assert not_answer is None or not_answer not in found


@pytest.mark.parametrize(
    ("article", "question", "answer", "not_answer"),
    [
        (  # news-lee M70: "two" counts the jets, not the passengers
            "Flight diverted\n\nA Delta flight from Rome to Denver has been diverted to Chicago under escort by two"
            " fighter jets, after a passenger attempted to light a fuse. The 212 passengers and 10 crew members have"
            " been taken off the plane.\n",
            "How many passengers were on the diverted flight?",
            "212",
            "two",
        ),
        (  # news-lee M50: a noun that stands for the one said before ("seven others") counts it
            "Kandahar siege\n\nAfghan forces have arrested a wounded fighter, but seven others with weapons remain"
            " barricaded in a hospital in Kandahar.\n",
            "How many fighters remain barricaded in the hospital?",
            "seven",
            None,
        ),
        (  # news-lee M93 (unanswerable): the figure of "an estimated 500 residents" counts residents, not homes
            "Fires\n\nA storm cell moved east across the Blue Mountains. An estimated 500 residents have left their"
            " homes for nearby Mittagong.\n",
            "How many homes were lost in the Blue Mountains?",
            None,
            "estimated 500",
        ),
        (  # news-lee M90: "hundreds injured" counts the injured, not the killed
            "Riots\n\nThe Government has crumbled after at least 20 people were killed and hundreds injured in"
            " nationwide riots.\n",
            "How many people were killed in the riots?",
            "at least 20",
            "hundreds",
        ),
    ],
)
def test_a_figure_counts_the_noun_it_modifies(services, tmp_path, article, question, answer, not_answer) -> None:  # type: ignore[no-untyped-def]
    """Before, "two fighter jets" answered how many passengers (blind batch M of news-lee, M70: "two", verified
    wrong), "an estimated 500 residents" how many homes were lost (M93, unanswerable), and "hundreds injured" how
    many were killed (M90). The second held before and must hold."""
    found = _candidates_over(services, tmp_path / "a", article, question)
    assert found[:1] == ([answer] if answer else [])
    assert not_answer is None or not_answer not in found


@pytest.mark.parametrize(
    ("article", "question", "answer"),
    [
        (  # news-lee M26: "how far" asks a measure, said with its unit, not a count ("two jeeps")
            "Jenin raid\n\nTwo Palestinians were injured in the exchange, as the tanks and two jeeps entered 300"
            " metres into Palestinian territory to besiege the house.\n",
            "How far into Palestinian territory did the tanks go?",
            "300 metres",
        ),
        (  # news-lee M52: a name that ends in the noun a name is asked for is one of that kind, not the topic
            "Kandahar siege\n\nThe fighters, wounded in earlier bombing of the airport, were admitted to Halvani"
            " Hospital before the departure of the Taliban militia earlier this month.\n",
            "What is the name of the hospital where the fighters were admitted?",
            "Halvani Hospital",
        ),
        (  # news-lee M95 (unanswerable): who reports the partner is not the partner
            "Actor dies\n\nSir Roland Pike, the British actor, died on Wednesday aged 80, his agent said. Pike died"
            " peacefully at home with his partner and a friend, Dennison added.\n",
            "What is the name of Roland Pike's partner?",
            None,
        ),
    ],
)
def test_a_measure_a_kind_named_and_a_reporter(services, tmp_path, article, question, answer) -> None:  # type: ignore[no-untyped-def]
    """Before (blind batch M of news-lee), each was answered wrongly: "two" for how far the tanks went (any figure
    answered "how far"), "Taliban" for the hospital's name ("Halvani Hospital" holds the question's "hospital", so
    it was dropped as the question's topic), and "Dennison", who says what the sentence reports, for the partner."""
    found = _candidates_over(services, tmp_path / "a", article, question)
    assert found[:1] == ([answer] if answer else [])


@pytest.mark.parametrize(
    ("article", "question", "answer"),
    [
        (  # news-lee N96 (unanswerable): the figures count those rescued, trapped and injured, not the dead
            "Mall collapse\n\nDozens of people were injured after a roof collapsed at the Brookvale shopping centre."
            " Initial reports spoke of up to 40 people trapped, but police later said they had rescued three people"
            " from the rubble.\n",
            "How many people died when the roof collapsed at the Brookvale shopping centre?",
            None,
        ),
        (  # news-lee N111 (unanswerable): "are to be relocated" is not "are held"
            "Camp claims\n\nOfficials rejected claims that 800 detainees at the Kestrel camp are to be relocated to"
            " the Harbour centre next month.\n",
            "How many detainees are held at the Harbour centre?",
            None,
        ),
        (  # "14" (killed) led before: the question's verb said of the figure is its count
            "Ferry fire\n\nA fire on a ferry off the coast killed 14 people on Tuesday. Another 30 people were"
            " injured.\n",
            "How many people were injured in the ferry fire?",
            "30",
        ),
        (  # held before and must hold: a participle of another verb after the noun that says when, not what
            "Charges\n\nTom Reed, the former finance chief of Kemp Stores, will face court on 32 charges following"
            " inquiries by the regulator.\n",
            "How many charges will Tom Reed face?",
            "32",
        ),
        (  # a participle before the figure hedges the figure: it does not count another doing
            "Storm\n\nThe storm left an estimated 500 residents homeless after their houses were destroyed.\n",
            "How many residents did the storm leave homeless?",
            "estimated 500",
        ),
    ],
)
def test_a_figure_another_verb_takes_counts_another_doing(services, tmp_path, article, question, answer) -> None:  # type: ignore[no-untyped-def]
    """Before (blind batch N of news-lee), "four" (those police rescued) answered how many died in a roof collapse
    and "950" (to be relocated) how many are held at a centre: a figure whose noun phrase a verb none of the
    question's words says takes or describes counts those that verb was done to."""
    found = _candidates_over(services, tmp_path / "a", article, question)
    assert found[:1] == ([answer] if answer else [])


@pytest.mark.parametrize(
    ("article", "question", "answer"),
    [
        (  # news-lee N15: "the Premier of Queensland" is a role and its owner, not one name
            "Killer abroad\n\nA convicted killer, Tom Reilly, has fled overseas. Premier Anna Black says the"
            " Queensland Government is seeking legal advice about whether it can force Reilly to return.\n",
            "Who is the Premier of Queensland?",
            "Anna Black",
        ),
        (  # news-lee N24: a role said after the name in a clause is his ("who is the president of ...")
            "Abuse claims\n\nChild protection groups still want the Governor-General to resign. The Reverend Tom"
            " Hale, who is the president of the Baptist Union of Australia, says more explanation is needed.\n",
            "Who is Australia's Governor-General?",
            None,
        ),
        (  # news-lee N65: "as Prime Minister" says another office than the defence minister's
            "Kabul\n\nAfghanistan's new interim government, with Omar Nadir as Prime Minister, is to be sworn in on"
            " Saturday.\n",
            "Who is defence minister in Afghanistan's interim administration?",
            None,
        ),
        (  # held before and must hold: the asked role said after the name is his
            "Kabul\n\nYusuf Amin, defence minister in Afghanistan's interim administration, announced the agreement.\n",
            "Who is defence minister in Afghanistan's interim administration?",
            "Yusuf Amin",
        ),
    ],
)
def test_a_capitalised_role_and_a_role_said_after_the_name(services, tmp_path, article, question, answer) -> None:  # type: ignore[no-untyped-def]
    """Before (blind batch N of news-lee), "Gabriel" answered who the Premier of Queensland is (the tagger made
    "the Premier of Queensland" one name, so no role was asked), "Tim Costello" who the Governor-General is (his
    own office, after his name, is another) and "Hamid Karzai" who the defence minister is ("as Prime Minister")."""
    found = _candidates_over(services, tmp_path / "a", article, question)
    assert found[:1] == ([answer] if answer else [])


@pytest.mark.parametrize(
    ("article", "question", "answer"),
    [
        (  # news-lee N48: the name is said of the shopping centre; the spokesman's is another's
            "Roof falls\n\nDozens of people were injured after a roof collapsed at a South African shopping centre."
            " Initial reports spoke of up to 50 people trapped at the Mayfair shopping centre, in the north of the"
            " capital, but Pretoria emergency spokesman Piet Jansen later said police had rescued four people.\n",
            "What is the name of the South African shopping centre where a roof collapsed?",
            "Mayfair",
        ),
        (  # news-lee N94 (unanswerable): no sentence names the teenager; a town beside is not his name
            "Killer abroad\n\nTom Reilly stabbed to death a Gold Coast teenager in 1998 and was receiving treatment"
            " for a mental illness. However, he absconded from a Queensland mental health facility earlier this year"
            " and went to live in Melbourne. He is now thought to be in Rome. Premier Anna Black says the government"
            " is seeking legal advice about whether it can force Reilly to return.\n",
            "What is the name of the Gold Coast teenager Reilly stabbed to death?",
            None,
        ),
        (  # news-lee N109 (unanswerable): the official is not named; "Israel" is not his name
            "Hamas\n\nA senior Hamas official has said the movement will stop suicide bombings against Israel. He"
            " told Agence France Presse that the decision was internal.\n",
            "What was the name of the Hamas official who spoke to Agence France Presse?",
            None,
        ),
        (  # held before and must hold: a name in apposition with the noun
            "Partner\n\nThe actor lived with his partner, Tom Baines, in London.\n",
            "What is the name of the actor's partner?",
            "Tom Baines",
        ),
    ],
)
def test_the_name_of_a_noun_is_said_of_that_noun(services, tmp_path, article, question, answer) -> None:  # type: ignore[no-untyped-def]
    """Before (blind batch N of news-lee), "Johan Pieterse" answered the shopping centre's name, "Melbourne" the
    teenager's and "Israel" the official's: "What is the name of the N?" asks a name the sentence gives the N."""
    found = _candidates_over(services, tmp_path / "a", article, question)
    assert found[:1] == ([answer] if answer else [])


@pytest.mark.parametrize(
    ("article", "question", "answer"),
    [
        (  # news-lee N106 (unanswerable): another people's soldiers, and a council's members, are not Australia's
            "Kabul force\n\nThe 15-member council voted unanimously two days before a vanguard of some 250 British"
            " soldiers is deployed to the Afghan capital.\n",
            "How many Australian soldiers will join the force in the Afghan capital?",
            None,
        ),
        (  # held before and must hold: the asked people's, and a unit that is the counted noun
            "Kabul force\n\nSome 250 British soldiers will be deployed to the Afghan capital.\n",
            "How many British soldiers will be deployed to the Afghan capital?",
            "Some 250",
        ),
        (
            "Council\n\nThe 15-member council voted unanimously on Thursday.\n",
            "How many members does the council have?",
            "15-member",
        ),
    ],
)
def test_a_figure_of_another_people_or_unit_counts_another_thing(services, tmp_path, article, question, answer) -> None:  # type: ignore[no-untyped-def]
    """Before (blind batch N of news-lee, N106), "some 250" British soldiers, then "15-member" (a council), answered
    how many Australian soldiers will join: the people qualifying the counted noun, and a unit joined to the figure
    by a hyphen, say what the figure counts."""
    found = _candidates_over(services, tmp_path / "a", article, question)
    assert found[:1] == ([answer] if answer else [])


@pytest.mark.parametrize(
    ("article", "question", "answer", "not_answer"),
    [
        (  # news-lee O73: a surname joined by a dash that the tagger made an organisation
            "Truce\n\nA televised address late yesterday by Mr Mahmoud, in which he said the attacks must end, was"
            ' hailed by United Nations Middle East envoy Terje Roed-Vollan as "a turning point".\n',
            "Who is the United Nations Middle East envoy?",
            "Terje Roed-Vollan",
            None,
        ),
        (  # news-lee O37: the role titles its own holder, and lends itself to no one else beside
            "Inquiry\n\nA partner for accountancy firm Baker and Lane, Tom Reed, says he and his colleague, Kim"
            " Smith, attended a meeting with Corvid on November 28. Mr Reed has told the commission, Corvid chairman"
            " Bill Moss and finance director Sam Hart were at that meeting. Mr Reed said Mr Smith noted that if"
            " Corvid was wound up on that date there would be a clear shortage of assets.\n",
            "Who was Corvid's finance director?",
            "Sam Hart",
            "Tom Reed",
        ),
        (  # news-lee O94: "Agriculture" and "Science" each name an office the other is not
            "Farm bill\n\nThe Federal Agriculture Minister, Warren Truss, says the drought aid will flow this week.\n",
            "Who is the Federal Science Minister?",
            None,
            None,
        ),
        (  # held before and must hold: the asked office itself
            "Reactor\n\nFederal Science Minister Peter McGauran says security at the reactor is adequate.\n",
            "Who is the Federal Science Minister?",
            "Peter McGauran",
            None,
        ),
        (  # held before and must hold (rgb-probe q20): a neighbour lends its role to a sentence naming its holder
            "Teacher\n\nAla Wai Elementary teacher Lori Kwee was named the 2021 Hawaiʻi State Teacher of the Year."
            " Kwee received the award.\n",
            "Who was named the 2021 Hawaii State Teacher of the Year?",
            "Lori Kwee",
            None,
        ),
    ],
)
def test_a_role_titles_its_own_holder(services, tmp_path, article, question, answer, not_answer) -> None:  # type: ignore[no-untyped-def]
    """Before (blind batch O of news-lee), "Yasser Arafat" answered who the UN envoy is (the tagger made the envoy's
    dashed surname an organisation), "John Gibbons" who HIH's finance director was (the next sentence's role, which
    titles Dominic Federa, was lent to him) and "Warren Truss" who the Federal Science Minister is (his title shares
    "Federal" with it): the asked role titles its own holder."""
    found = _candidates_over(services, tmp_path / "a", article, question)
    assert found[:1] == ([answer] if answer else []) and not_answer not in found


@pytest.mark.parametrize(
    ("article", "question", "answer"),
    [
        (  # news-lee O120 (unanswerable): the two are some of those killed, not the injured
            "Coup\n\nAt least four people, including two policemen, have been killed during an attempted coup in"
            " Tarvania overnight.\n",
            "How many people were injured in the attempted coup in Tarvania?",
            None,
        ),
        (  # held before and must hold
            "Coup\n\nAt least four people, including two policemen, have been killed during an attempted coup in"
            " Tarvania overnight.\n",
            "How many people were killed in the attempted coup in Tarvania?",
            "At least four",
        ),
        (  # news-lee O64: a percentage asks a share, and "of" is no part of it
            "Club vote\n\nThe Blue Team ticket beat the Green ticket in an election which saw 75 per cent of the"
            " club's more than 16,000 members vote.\n",
            "What percentage of the club's members voted in the election?",
            "75 per cent",
        ),
        (  # news-lee O111 (unanswerable): a share is no count
            "Club vote\n\nThe Blue Team ticket beat the Green ticket in an election which saw 75 per cent of the"
            " club's more than 16,000 members vote.\n",
            "How many votes did the Blue Team ticket receive?",
            None,
        ),
    ],
)
def test_a_share_is_no_count_and_some_of_a_count_had_done_to_them_what_it_had(  # type: ignore[no-untyped-def]
    services, tmp_path, article, question, answer
) -> None:
    """Before (blind batch O of news-lee), "two" (policemen, among the four killed) answered how many were injured,
    "more than 16,000" (members) what percentage of them voted, and "75 per cent of" how many votes a ticket won."""
    found = _candidates_over(services, tmp_path / "a", article, question)
    assert found[:1] == ([answer] if answer else [])


@pytest.mark.parametrize(
    ("article", "question", "answer"),
    [
        (  # news-lee O23: an adjective the tagger took for a name
            "Custody\n\nThe state coroner has found that an Aboriginal boy who died in custody should not have been"
            " in detention.\n",
            "Who is the state coroner?",
            None,
        ),
        (  # news-lee O54: a country before a role says whose office, not where
            "Summit\n\nIn Brussels, the US Defence Secretary, Tom Hale, has told NATO allies to prepare for attacks on"
            " their cities.\n",
            "Where did Tom Hale speak to NATO allies?",
            "Brussels",
        ),
        (  # held before and must hold (rgb-probe L01): an ordinal is an adjective too, and an answer
            "Vote\n\nThe 2020 Freedonia presidential election was the 59th quadrennial presidential election, held on"
            " Tuesday, November 3, 2020. Ann Lee wins election to be the 46th President.\n",
            "Which number presidential election was the 2020 one?",
            "59th",
        ),
    ],
)
def test_a_name_that_only_modifies_a_noun_answers_nothing(services, tmp_path, article, question, answer) -> None:  # type: ignore[no-untyped-def]
    """Before (blind batch O of news-lee), "Aboriginal" answered who the coroner is and "US" where the Defence
    Secretary spoke: a name that only modifies a noun is no one's name, and before a role it says whose office."""
    found = _candidates_over(services, tmp_path / "a", article, question)
    assert found[:1] == ([answer] if answer else [])


@pytest.mark.parametrize(
    ("article", "question", "answer"),
    [
        (  # news-lee O119 (unanswerable): a bare plural does the verb, a kind and not one of it
            "Spill\n\nThe Green Party wants tougher penalties for companies which spill oil after last week's spill"
            " which affected Dune Island.\n",
            "Which company spilled the oil that affected Dune Island?",
            None,
        ),
        (  # held before and must hold: a name does it
            "Spill\n\nThe Green Party wants tougher penalties for Coastal Freight, which spilled oil last week that"
            " affected Dune Island.\n",
            "Which company spilled the oil that affected Dune Island?",
            "Coastal Freight",
        ),
    ],
)
def test_a_verb_said_of_a_bare_plural_names_no_doer(services, tmp_path, article, question, answer) -> None:  # type: ignore[no-untyped-def]
    """Before (blind batch O of news-lee), "Federal Opposition" answered which ship spilled the oil from "The
    Federal Opposition wants tougher penalties for ships which spill oil": a bare plural is a kind, not one of it."""
    found = _candidates_over(services, tmp_path / "a", article, question)
    assert found[:1] == ([answer] if answer else [])


@pytest.mark.parametrize(
    ("article", "question", "answer"),
    [
        (  # news-lee O22: the question gives the initials, the article the name they spell
            "Floods\n\nThe Rural Water Safety Board says it is already acting on five flood recommendations.\n",
            "How many flood recommendations is RWSB already acting on?",
            "five",
        ),
        (  # held before and must hold: a capitalised word before them makes a longer name, another body
            "Floods\n\nThe Northern Rural Water Safety Board says it is already acting on five flood"
            " recommendations.\n",
            "How many flood recommendations is RWSB already acting on?",
            None,
        ),
    ],
)
def test_an_acronym_names_what_its_initials_spell(services, tmp_path, article, question, answer) -> None:  # type: ignore[no-untyped-def]
    """Before (blind batch O of news-lee), how many recommendations CASA is acting on was declined: the article
    says "The Civil Aviation Safety Authority", the name whose initials the question gives."""
    found = _candidates_over(services, tmp_path / "a", article, question)
    assert found[:1] == ([answer] if answer else [])


@pytest.mark.parametrize(
    ("article", "question", "answer"),
    [
        (  # news-lee M71: the parser hangs "Boston's" possessive on the title before it
            "Airport\n\nDirector of Boston's Logan International Airport Tom Hale says quick action by flight"
            " attendants averted a serious incident.\n",
            "Who is the director of Boston's Logan International Airport?",
            "Tom Hale",
        ),
        (  # held before and must hold: a thing of the role is no holder of it
            "Films\n\nThe Director's Cut of Long Night runs 180 minutes, Ann Holt says.\n",
            "Who is the director of Long Night?",
            None,
        ),
    ],
)
def test_a_role_is_possessed_only_by_its_own_apostrophe(services, tmp_path, article, question, answer) -> None:  # type: ignore[no-untyped-def]
    """Before (news-lee M71), who directs Boston's Logan International Airport was declined: the parser made
    "Director" a possessor, as in "The Director's Cut", though the "'s" is Boston's."""
    found = _candidates_over(services, tmp_path / "a", article, question)
    assert found[:1] == ([answer] if answer else [])


_STAKE = (
    "Stakes\n\nWASHINGTON, Feb 26 - Delta Equity (Kestrel) Ltd, a Singapore investment firm, said it raised its stake"
    " in Brook Corp to 812,000 shares{}.\n"
)


@pytest.mark.parametrize(
    ("article", "question"),
    [
        (_STAKE.format(""), "Which firm raised its stake in Brook Corp?"),  # a bracket before "Ltd" is of the name
        (_STAKE.format(", or 12.4 pct of the stock"), "Which firm raised its stake in Brook Corp to 12.4 pct?"),
    ],
)
def test_a_decimal_is_stated_and_a_bracketed_word_before_a_legal_form_is_of_the_name(  # type: ignore[no-untyped-def]
    services, tmp_path, article, question
) -> None:
    """Before (news-reuters L23), which firm raised its stake to 11.3 pct was declined, since a figure with a
    decimal point was never found stated in the words that index it without the point; and "Pacific", the
    bracketed word of "Industrial Equity (Pacific) Ltd", outranked the name it is part of."""
    found = _candidates_over(services, tmp_path / "a", article, question)
    assert found[:1] == ["Delta Equity (Kestrel) Ltd"]


@pytest.mark.parametrize(
    ("article", "question", "answer"),
    [
        (  # news-lee O35: the body the sentence is about outvoted the name "firm" introduces
            "Audit\n\nThe Lindale Royal Commission has heard evidence about the debts of Lindale Insurance. A partner"
            " for audit firm Brent and Ward, Tom Hale, says he attended a meeting with Lindale Insurance on June 3."
            " Lindale Insurance chairman Ray Cole was at that meeting.\n",
            "Which audit firm is Tom Hale a partner of?",
            "Brent and Ward",
        ),
        (  # held before and must hold: the name the noun introduces is the question's own, not its answer
            "Deals\n\nSony Group bought the games company Bungie in 2022.\n",
            "Which company bought Bungie?",
            "Sony Group",
        ),
    ],
)
def test_a_name_is_of_the_kind_the_noun_before_it_says(services, tmp_path, article, question, answer) -> None:  # type: ignore[no-untyped-def]
    """Before (blind batch O of news-lee), the accountancy firm John Gibbons is a partner of was answered "HIH",
    the company the sentence and its neighbours keep naming, not "Ernst and Young", which "accountancy firm"
    introduces."""
    found = _candidates_over(services, tmp_path / "a", article, question)
    assert found[:1] == [answer]


@pytest.mark.parametrize(
    ("article", "question", "answer"),
    [
        (  # news-lee O20: the state, which the next sentence names too, over the bay it possesses
            "Crash\n\nThe report into last year's fatal Lakeland Air crash in Western Australia's Shark Bay was"
            " released today. Western Australia's coroner will read it.\n",
            "Where did the Lakeland Air plane crash?",
            "Western Australia's Shark Bay",
        ),
        (  # held before and must hold: a place with none of its own stays alone
            "Crash\n\nThe report into last year's fatal Lakeland Air crash near Whyalla in South Australia was"
            " released today.\n",
            "Where did the Lakeland Air plane crash?",
            "Whyalla",
        ),
    ],
)
def test_a_place_is_said_with_the_place_that_possesses_it(services, tmp_path, article, question, answer) -> None:  # type: ignore[no-untyped-def]
    """Before (blind batch O of news-lee), where the Whyalla Airlines plane crashed was answered "South Australia"
    from "crash in South Australia's Spencer Gulf": the possessor says where the gulf is, and alone it leaves out
    which part of the state."""
    from assistant.candidates import situated
    from assistant.question import analyse

    found = _found_over(services, tmp_path / "a", article, question)
    assert situated(analyse(question), found[0], found).text == answer


@pytest.mark.parametrize(
    ("article", "question", "answers"),
    [
        (  # news-lee N77: the marshal whose death the coroner investigates was answered as the coroner
            "Inquest\n\nCoroner Ann Holt is investigating the death of race marshal Tom Hale, who was killed at the"
            " track in March.\n",
            "Who is the coroner investigating the death of the race marshal?",
            ["Ann Holt"],
        ),
        (  # held before and must hold: the role's own complement describes the asked one ("head of ... reporting")
            "Audits\n\nHead of financial reporting Ann Holt said the regulator would want a consistent reporting"
            " base.\n",
            "Who is head of financial reporting at the regulator?",
            ["Ann Holt"],
        ),
    ],
)
def test_a_name_the_question_describes_another_with_is_not_the_answer(  # type: ignore[no-untyped-def]
    services, tmp_path, article, question, answers
) -> None:
    """Before (news-lee N77), the coroner investigating the death of the Grand Prix race marshal was answered
    "Graham Beveridge", whom "race marshall" titles: the name the question's own description of another titles is
    that other, not the one it asks for. And "Coroner Graeme Johnston", tagged whole at a sentence's start, was no
    answer, its title being a word of the question: the title is not the name."""
    assert _candidates_over(services, tmp_path / "a", article, question)[:1] == answers


@pytest.mark.parametrize(
    ("article", "question", "answers"),
    [
        (  # news-lee O117 (unanswerable): a president's residence, for who led the commandos
            "Palace\n\nGunmen stormed the palace overnight. The attackers fired at guards as they entered the palace,"
            " the official residence of President Jean Dubois.\n",
            "Who led the gunmen who stormed the palace?",
            [],
        ),
        (  # held before and must hold: the title with the body it heads
            "Party\n\nLabor leader Kim Holt says the party will vote on the bill today.\n",
            "Who leads the Labor party?",
            ["Kim Holt"],
        ),
    ],
)
def test_a_leaders_title_says_whom_it_leads_only_beside_it(services, tmp_path, article, question, answers) -> None:  # type: ignore[no-untyped-def]
    """Before (blind batch O of news-lee), who led the commandos who stormed Haiti's national palace, which the
    article does not say, was answered "Jean Bertrand Aristide", whose title "President" was read as leading them:
    a title says what its holder leads only where the sentence says what that is."""
    assert _candidates_over(services, tmp_path / "a", article, question)[:1] == answers


@pytest.mark.parametrize(
    ("article", "question", "answers"),
    [
        (  # news-lee O90: the crew arriving's commander, for the one leaving
            "Crew swap\n\nThe ferry is taking to the base its fifth winter crew - Danish commander Lene Holm and"
            " two engineers - and returns next month with the current crew, who have been there since March.\n",
            "Who was the outgoing base commander?",
            [],
        ),
        (  # held before and must hold: the sentence gives the role the asked time
            "Crew swap\n\nOutgoing commander Piet Varga handed the base to Lene Holm on Friday.\n",
            "Who was the outgoing base commander?",
            ["Piet Varga"],
        ),
        (  # held before and must hold: a past copula says a former holder
            "Club\n\nMarta Rey was president of the rowing club until 2019, when she moved to Lisbon.\n",
            "Who is the former president of the rowing club?",
            ["Marta Rey"],
        ),
    ],
)
def test_a_time_the_question_gives_a_role_is_said_by_the_sentence(
    services, tmp_path, article, question, answers
) -> None:  # type: ignore[no-untyped-def]
    """Before (blind batch O of news-lee), the outgoing space station commander was answered "Yuri Onufrienko",
    titled "Russian commander" in the crew the shuttle was taking up: a role with another time than now (outgoing,
    former, next) is said of a name only by a sentence that says that time (or, for a past one, says it in the
    past tense), as a rank of it already was. And "Who is the former president of X?" declined the one its sentence
    said "was president" (read as the office held once, not now): a former holder is what it asks for."""
    assert _candidates_over(services, tmp_path / "a", article, question)[:1] == answers


@pytest.mark.parametrize(
    ("article", "question", "answers"),
    [
        (  # news-lee O109 (unanswerable): the winning is said of a side that may yet win, beside another's wickets
            "Cricket\n\nUganda will be looking to score quickly today to set Kenya a challenging victory target on"
            " day four of the first Test in Kampala. The Ugandans will resume their second innings at 0 for 3, an"
            " overall lead of 68. Kenya was dismissed late yesterday for 374 with Tom Okafor taking five wickets for"
            " the 20th time in his Test career. Okafor says Uganda is well placed to win.\n",
            "Who won the second Test between Uganda and Kenya?",
            [],
        ),
        (  # held before and must hold: a pronoun's doing lends to the name beside it
            "Cricket\n\nTom Reyes took four wickets in the second match between Rovers and Harbour. He won the"
            " player of the match award.\n",
            "Who won the player of the match award in the second match between Rovers and Harbour?",
            ["Tom Reyes"],
        ),
    ],
)
def test_a_neighbour_that_names_its_doer_lends_the_relation_to_no_one_else(  # type: ignore[no-untyped-def]
    services, tmp_path, article, question, answers
) -> None:
    """Before (blind batch O of news-lee), who won the second Test, which the article does not say, was answered
    "Shane Warne", from "South Africa was dismissed ... with Shane Warne taking five wickets", lent "win" by the
    next sentence, "Warne says Australia is well placed to win": a neighbour that names the doer of the relation
    says it of that name, as one that titles a name with the asked role already did."""
    assert _candidates_over(services, tmp_path / "a", article, question)[:1] == answers


@pytest.mark.parametrize(
    ("article", "question", "answers"),
    [
        (  # news-lee O43: the first match's opponent, for where the third was played
            "Rugby\n\nA crowd of 20,000 watched the third match against Fiji in Suva end in a 20-all draw. Ana Silva"
            " will play in the first match against Samoa in Apia next month.\n",
            "Where was the third match against Fiji played?",
            ["Suva"],
        ),
        (  # the sentence says only another of the series; the asked one is beside it
            "Rugby\n\nThe third match against Fiji ended in a draw. Ana Silva was injured when the first match"
            " against Fiji was played in Apia.\n",
            "Where was the third match against Fiji played?",
            [],
        ),
        (  # held before and must hold: the asked ordinal beside another
            "Rugby\n\nThe third match against Fiji was played in Suva, as the first match was.\n",
            "Where was the third match against Fiji played?",
            ["Suva"],
        ),
    ],
)
def test_an_ordinal_tells_one_of_a_series_and_a_passive_event_is_held_where_it_is(  # type: ignore[no-untyped-def]
    services, tmp_path, article, question, answers
) -> None:
    """Before (blind batch O of news-lee), where the third Test against New Zealand was played was answered "South
    Africa", from the sentence on the first Test against South Africa: an ordinal tells apart the instances of its
    noun, so a sentence that says the noun only with another speaks of another. And "Where was X played?" (a verb of
    occurring in the passive, its subject an event) is answered by a sentence that puts X in a place ("the third
    Test in Perth"), as "Which city hosted X?" already was."""
    assert _candidates_over(services, tmp_path / "a", article, question)[:1] == answers


@pytest.mark.parametrize(
    ("article", "question", "answers"),
    [
        (  # rgb-probe a35: a date the sentence says only may come, for when something began
            "Harbour Bank\n\nAda Lind's Run as Harbour Bank CEO Could End as Early as 2025.\n",
            "When did Ada Lind become CEO of Harbour Bank?",
            [],
        ),
        (  # a modal in the question asks what may happen: the possible date answers it
            "Harbour Bank\n\nAda Lind's run as Harbour Bank CEO could end as early as 2031.\n",
            "When could Ada Lind's run as CEO of Harbour Bank end?",
            ["as early as 2031"],
        ),
        (  # held before and must hold: a modal in another clause leaves the date's own clause a statement
            "Harbour Bank\n\nAda Lind became CEO of Harbour Bank in 2019, and analysts say she could stay for years.\n",
            "When did Ada Lind become CEO of Harbour Bank?",
            ["2019"],
        ),
    ],
)
def test_a_date_a_modal_of_possibility_governs_answers_no_question_of_fact(  # type: ignore[no-untyped-def]
    services, tmp_path, article, question, answers
) -> None:
    """Before (rgb-probe a35, L14), when Tim Cook became Apple's CEO was answered "2025", from "Tim Cook's Run as
    Apple CEO Could End as Early as 2025": "could", "might" and "may" say what is possible, so a date in a clause
    they govern is no date of the fact asked, unless the question asks what is possible too."""
    assert _candidates_over(services, tmp_path / "a", article, question)[:1] == answers


@pytest.mark.parametrize(
    ("article", "question", "answers"),
    [
        (  # rgb-probe O34: the dates are in the clause of "took place", not of "held"
            "Portvale Games\n\nPortvale 2031 Games, athletic festival held in Portvale that took place June 3–9, 2031.\n",
            "Over what dates were the Portvale 2031 Games held?",
            ["June 3–9, 2031"],
        ),
        (  # held before and must hold: another event's occurring does not date the asked one
            "Harbour Games\n\nThe final of the Harbour Games was held in Portvale on July 15, 2031, and the opening"
            " ceremony took place in Northam on July 1, 2031.\n",
            "When was the final of the Harbour Games held?",
            ["July 15, 2031"],
        ),
    ],
)
def test_a_verb_of_occurring_says_when_an_event_was_held(  # type: ignore[no-untyped-def]
    services, tmp_path, article, question, answers
) -> None:
    """Before (rgb-probe O34), "Over what dates were the Athens 2004 Olympics held?" was declined, though its
    passage reads "Athens 2004 Olympic Games, athletic festival held in Athens that took place August 13–29, 2004":
    the dates hang from "took place", a verb of occurring, which says when an event was held as "held" does."""
    assert _candidates_over(services, tmp_path / "a", article, question)[:1] == answers


@pytest.mark.parametrize(
    ("article", "question", "answers"),
    [
        (  # rgb-probe C24: the tagger leaves a year that opens a sentence untagged
            "Harbour Quest\n\n2031 saw the release of the Harbour Quest movie starring Ada Lind ...\n",
            "In which year was the Harbour Quest movie released?",
            ["2031"],
        ),
        (  # rgb-probe C19: a date in figures is the whole date, not its year alone
            "Harbour Quest Part I\n\nHarbour Quest Part I - Launch Trailer | PS5 Games ...\n\n"
            "Harbour Quest Part I. Released 09/02/2031 ...\n",
            "When was Harbour Quest Part I released?",
            ["09/02/2031"],
        ),
        (  # held before and must hold: the end of another figure is no year
            "Harbour Quest\n\nThe Harbour Quest movie, released in 2030, sold 1,2031 tickets and 3.2031 million copies.\n",
            "When was the Harbour Quest movie released?",
            ["2030"],
        ),
    ],
)
def test_a_year_the_tagger_left_out_answers_a_date_question(  # type: ignore[no-untyped-def]
    services, tmp_path, article, question, answers
) -> None:
    """Before (rgb-probe C24, C19), "In which year was the Assassin's Creed movie released?" was declined, though
    its passage reads "2016 saw the release of the Assassin's Creed movie": the small pipeline tags no date in
    that sentence. A year is a date by its form; one that counts the noun after it ("2031 fans") is not."""
    assert _candidates_over(services, tmp_path / "a", article, question) == answers


@pytest.mark.parametrize(
    ("article", "question", "answers"),
    [
        (  # rgb-probe K23: "named best picture" says the film won it
            "Harbour Awards\n\nFeb 10, 2031 ... Nordic film Saltmarsh has been named best picture at this year's"
            " Harbour Awards, becoming the first Nordic film to take the top prize.\n",
            "Which film won best picture at the 2031 Harbour Awards?",
            ["Saltmarsh"],
        ),
        (  # a title the question names: "named the ... Teacher of the Year"
            "Teacher of the Year\n\nAda Lind, a science teacher in Portvale, has been named the 2031 National Teacher"
            " of the Year.\n",
            "Who won the 2031 National Teacher of the Year?",
            ["Ada Lind"],
        ),
        (  # held before and must hold: named to another post, whose phrase only mentions the prize
            "Harbour Awards\n\nFeb 10, 2031 ... Director Ada Lind has been named chair of the jury for best picture"
            " at this year's Harbour Awards.\n",
            "Which film won best picture at the 2031 Harbour Awards?",
            [],
        ),
    ],
)
def test_to_be_named_a_prize_is_to_win_it(  # type: ignore[no-untyped-def]
    services, tmp_path, article, question, answers
) -> None:
    """Before (rgb-probe K23), "Which film won best picture at the 2020 Oscars?" was declined, though its passage
    reads "South Korean film Parasite has been named best picture at this year's Oscars": no word of winning, but
    "named" with the prize as its object's predicate says the one named won it."""
    assert _candidates_over(services, tmp_path / "a", article, question) == answers


@pytest.mark.parametrize(
    ("article", "question", "answers"),
    [
        (  # rgb-probe Q20: the draft's day is not the day of the draft's combine
            "Harbour League Draft\n\nThe 2031 Harbour League draft, the 12th edition of the league's annual draft,"
            " was held on July 29, 2031, at Kestrel Arena in Portvale.\n",
            "On what dates is the 2031 Harbour League Draft Combine?",
            [],
        ),
        (  # the same of another event: the prize's day is not its gala's
            "Harbour Prize\n\nThe 2031 Harbour Prize was awarded to the poet Ada Lind on May 3, 2031, in Portvale.\n",
            "When is the 2031 Harbour Prize Gala?",
            [],
        ),
        (  # held before and must hold: the compound whole
            "Harbour League Draft\n\nSources: the 2031 Harbour League Draft Combine is scheduled to take place"
            " June 21-27 in Portvale.\n",
            "On what dates is the 2031 Harbour League Draft Combine?",
            ["June 21-27"],
        ),
        (  # held before and must hold: a name given by its initials ("EDS" for Election Data Services)
            "Census\n\n\u201cIt does make it a little bit tougher,\u201d said KDS President Ada Lind.\n",
            "Who is the president of Kestrel Data Services?",
            ["Ada Lind"],
        ),
    ],
)
def test_a_compound_name_is_not_named_without_its_head(  # type: ignore[no-untyped-def]
    services, tmp_path, article, question, answers
) -> None:
    """Before (rgb-probe Q20), "On what dates is the 2021 NBA Draft Combine?" was answered "July 29, 2021" from
    "The 2021 NBA draft ... was held on July 29, 2021": three of the name's four words were there, which was
    enough. A name written as one compound ends in its head; without it, what is left names the thing the head
    belongs to (the draft), not the asked one (its combine)."""
    assert _candidates_over(services, tmp_path / "a", article, question) == answers


@pytest.mark.parametrize(
    ("article", "question", "answers"),
    [
        (  # rgb-probe G15: the director is the one the role titles, not the company in the sentence before
            "Harbour Quest\n\nJan 23, 2031 ... Kestrel Games has announced that Harbour Quest will be released for"
            " the Lumen 5 on April 20, 2031. In a post on the Kestrel Blog, director Ada Lind ...\n",
            "Who directed Harbour Quest (2031)?",
            ["Ada Lind"],
        ),
        (  # the neighbour's agent noun titles one the sentence does not name: it lends the verb to no one else
            "Harbour Quest\n\nKestrel Games has announced that Harbour Quest will be released for the Lumen 5 on"
            " April 20, 2031. Director Ada Lind made Tide Run for Kestrel in 2029.\n",
            "Who directed Harbour Quest (2031)?",
            [],
        ),
        (  # held before and must hold: a titled name whose sentence and the one before it name another work
            "Harbour Quest\n\nHarbour Quest will be released for the Lumen 5 on April 20, 2031.\n\nKestrel Games"
            " also showed a puzzle game for the Lumen 5. In a post on the Kestrel Blog, director Ada Lind ...\n",
            "Who directed Harbour Quest (2031)?",
            [],
        ),
        (  # held before and must hold: the director named in the sentence that names the work
            "Harbour Quest\n\nHarbour Quest, directed by Ada Lind, will be released for the Lumen 5 on April 20,"
            " 2031.\n",
            "Who directed Harbour Quest (2031)?",
            ["Ada Lind"],
        ),
        (  # rgb-probe N29: the titled name's sentence is about a show; the one after it names the work
            "Kestrel news\n\nHarbour Quest sold well in 2030.\n\nTickets for the stage show are on sale now, a tribute"
            " to the movie's legendary director Ada Lind and screenwriter Tom Berg. HARBOUR QUEST: THE MUSICAL will"
            " lift your spirits and light up your heart.\n",
            "Who wrote Harbour Quest?",
            ["Tom Berg"],
        ),
        (  # held before and must hold: the sentence after it names another work
            "Kestrel news\n\nHarbour Quest sold well in 2030.\n\nTickets for the stage show are on sale now, a tribute"
            " to the movie's legendary director Ada Lind and screenwriter Tom Berg. TIDE RUN: THE MUSICAL will lift"
            " your spirits and light up your heart.\n",
            "Who wrote Harbour Quest?",
            [],
        ),
    ],
)
def test_the_asked_verbs_agent_noun_titles_the_doer(  # type: ignore[no-untyped-def]
    services, tmp_path, article, question, answers
) -> None:
    """Before (rgb-probe G15), "Who directed God of War (2018)?" was answered "Sony." from "Sony has announced
    that God of War will be released ...", whose next sentence, "In a post on the PlayStation Blog, director Cory
    Barlog ...", lent it the relation. The agent noun of the asked verb ("director" for "directed") that titles a
    name says whose the relation is, as the asked role noun does; and that titled sentence, short and scored low by
    MiniLM, is on the topic when the sentence before it names the asked work. So is one whose sentence after it
    names the work (rgb-probe N29, declined before: "... the movie's legendary director Garry Marshall and
    screenwriter J. F. Lawton. PRETTY WOMAN: THE MUSICAL will lift your spirits ..."): the neighbour that gives a
    sentence the names it lacks (_context) comes after it as often as before."""
    assert _candidates_over(services, tmp_path / "a", article, question) == answers
