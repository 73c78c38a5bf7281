"""Unit tests of draft parsing: pure logic, no model."""

from assistant.cite import is_abstention, is_degenerate, parse_draft


def test_markers_are_parsed_and_out_of_range_dropped() -> None:
    got = parse_draft("Sachs called it outdated [1]. It was sold in China [2, 7]. Huawei competes [3][1].", 3)
    assert [(d.text, d.cited, d.dropped) for d in got] == [
        ("Sachs called it outdated.", [1], []),
        ("It was sold in China.", [2], [7]),
        ("Huawei competes.", [3, 1], []),
    ]


def test_lone_marker_attaches_to_previous_sentence_and_repeats_are_dropped() -> None:
    got = parse_draft("The H20 is outdated. [2]\nThe answer is: The H20 is outdated.\nSources:", 2)
    assert [(d.text, d.cited) for d in got] == [("The H20 is outdated.", [2])]


def test_abstention_phrases() -> None:
    assert is_abstention("The articles do not say.")
    assert is_abstention("The sources do not mention the price.")
    assert not is_abstention("Sachs said the chip is outdated.")


def test_degenerate_output_is_not_a_claim() -> None:
    assert is_degenerate("The source numbers are: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15")
    assert is_degenerate("The chip chip chip chip chip is here.")
    assert not is_degenerate("On April 2, 2025, the US cut exports of 3 chips by 50% to 12 firms in 4 cities.")
    assert not is_degenerate("The H20 chip is the chip that Nvidia made as a chip for China.")
