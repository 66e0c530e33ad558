"""The question-bank pipeline: corpus, facts, generation, validation.

Pure Python: nothing here imports Flask or the database, so authors' tools and the
generator run without the web app.
"""

from quiz.bank.model import Bank, Citation, Problem, Question, Source

__all__ = ["Bank", "Citation", "Problem", "Question", "Source", "load_bank"]


def __getattr__(name: str):
    # imported when first asked for: loading a bank brings in validation and the review,
    # which `quiz generate` never needs
    if name == "load_bank":
        from quiz.bank.load import load_bank

        return load_bank
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
