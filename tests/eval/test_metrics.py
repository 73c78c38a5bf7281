"""Each metric moves the right way on hand-built cases."""

from eval.metrics import abstention_scores, alce_citation_scores, key_fact_score, mrr, ndcg, retrieval_recall

GOOD = "Sachs, Trump's AI advisor, said on CNBC that the H20 chip is an outdated component."
BAD = "Huawei introduced its AI training chip known as Ascend."
SENTENCE = "Sachs called the H20 an outdated component on CNBC."


def test_unsupporting_citation_lowers_citation_precision(embedder) -> None:  # type: ignore[no-untyped-def]
    from assistant.verify import SupportJudge, missing_facts

    judge = SupportJudge(embedder, 0.6)

    def entails(sentence: str, passages: list[str]) -> bool:
        sims = judge.similarities([sentence], passages)
        return float(sims.max()) >= judge.threshold and not missing_facts(sentence, " ".join(passages))

    clean = alce_citation_scores([(SENTENCE, [GOOD])], entails)
    padded = alce_citation_scores([(SENTENCE, [GOOD, BAD])], entails)
    wrong = alce_citation_scores([(SENTENCE, [BAD])], entails)
    assert clean == (1.0, 1.0)
    assert padded[0] == 1.0 and padded[1] == 0.5  # the Ascend citation is not needed
    assert wrong == (0.0, 0.0)


def test_uncited_sentence_lowers_citation_recall() -> None:
    always = lambda s, p: True  # noqa: E731
    assert alce_citation_scores([("a", ["x"]), ("b", [])], always) == (0.5, 1.0)


def test_correct_abstention_raises_abstention_recall() -> None:
    answerable = [True, True, False, False]
    before = abstention_scores([False, False, True, False], answerable)
    after = abstention_scores([False, False, True, True], answerable)
    assert after[1] > before[1] and after[0] == before[0] == 1.0
    assert abstention_scores([True, False, True, True], answerable)[0] < 1.0  # abstaining on an answerable one


def test_wrong_gold_source_lowers_retrieval_recall() -> None:
    ranked = ["a", "a", "b", "c", "d", "e", "f"]
    assert retrieval_recall(ranked, ["b"], 5) == 1.0
    assert retrieval_recall(ranked, ["f"], 5) == 0.0  # f is the 6th distinct document
    assert retrieval_recall(ranked, ["b", "z"], 5) == 0.5
    assert mrr(ranked, ["b"]) == 0.5 and mrr(ranked, ["z"]) == 0.0
    assert ndcg(ranked, ["a"]) == 1.0 > ndcg(ranked, ["b"]) > ndcg(ranked, ["z"]) == 0.0


def test_key_facts_case_insensitive() -> None:
    assert key_fact_score("It was an Outdated Component [1].", ["outdated component"]) == 1.0
    assert key_fact_score("ByteDance uses it.", ["ByteDance", "Baidu"]) == 0.5
