"""The question-bank pipeline: corpus, facts, generation, validation.

Pure Python: nothing here imports Flask or the database, so authors' tools and the
generator run without the web app.
"""


from quiz.bank.load import load_bank
from quiz.bank.model import Bank, Citation, Problem, Question, Source

__all__ = ["Bank", "Citation", "Problem", "Question", "Source", "load_bank"]
