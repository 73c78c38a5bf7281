"""The three judges behind `assistant eval --judge`: embedding (default), llm, and a user's NLI model folder."""

from pathlib import Path

from eval.dataset import Item
from eval.judges import EmbeddingJudge, LLMJudge, NLIJudge, make_judge

QUOTE = "Sachs, Trump's AI advisor, said on CNBC that the H20 chip is an outdated component."


def test_embedding_judge(answering) -> None:  # type: ignore[no-untyped-def]
    judge = make_judge("embedding", answering)
    assert isinstance(judge, EmbeddingJudge) and "MiniLM" in judge.name
    assert judge.entails("Sachs called the H20 an outdated component.", [QUOTE])
    assert not judge.entails("Sachs called the H20 the best chip of 2031.", [QUOTE])
    assert not judge.entails("Anything.", [])


def test_llm_judge_runs_the_claim_and_verdict_prompts(answering) -> None:  # type: ignore[no-untyped-def]
    from eval.run import evaluate

    judge = make_judge("llm", answering)
    assert isinstance(judge, LLMJudge) and judge.name.startswith("llm (local")
    assert isinstance(judge.entails("Sachs called the H20 an outdated component.", [QUOTE]), bool)
    item = Item("q", "What did David Sacks call the H20 chip?", "An outdated component.", ["outdated component"],
                ["000_b0153485063bb50e"], True)  # fmt: skip
    results = evaluate(answering, [item], judge="llm")
    assert results.config["judge"].startswith("llm") and 0.0 <= results.metrics["faithfulness"] <= 1.0


def test_nli_judge_loads_a_local_model_folder(tmp_path: Path, embedder) -> None:  # type: ignore[no-untyped-def]
    from sentence_transformers import CrossEncoder

    # A stand-in NLI model built offline from the bundled MiniLM (its head is untrained: this checks the plumbing).
    model = CrossEncoder(embedder.model_ref, num_labels=3, device="cpu")
    model.model.config.id2label = {0: "contradiction", 1: "entailment", 2: "neutral"}
    model.save(str(tmp_path / "nli"))
    judge = NLIJudge(tmp_path / "nli")
    assert judge.entail_index == 1 and judge.name == "nli (nli)"
    assert isinstance(judge.entails("Sachs called the H20 outdated.", [QUOTE]), bool)
