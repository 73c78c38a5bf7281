"""Evaluation: run the answer flow over a labelled dataset and score it."""
