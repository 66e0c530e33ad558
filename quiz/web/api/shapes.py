"""The API's JSON shapes: a question (never its answer), a round, a verdict with citations.

The shapes are documented in quiz/web/api/openapi.py; tests validate every response against it.
"""

from __future__ import annotations

from datetime import datetime

from flask import request
from sqlalchemy import Row

from quiz import boards, play
from quiz.bank.model import Bank, Question
from quiz.web.sources import citation_href

# what `answer` holds in POST /rounds/{id}/answers, per question type
ANSWER_FORMATS = {
    "choice": "the index (0-based) of one of the options",
    "multi": "a list of the indexes of every option you pick",
    "truefalse": "true or false",
    "text": "the answer as a string",
    "number": "the number, as a number or a string",
    "order": "the options' indexes in your order, first place first",
    "withdrawn": "anything (null is fine): the question is skipped",
}


def timestamp(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat(timespec="seconds") + "Z"


def question_json(view: play.QuestionView) -> dict:
    """The question to answer: prompt and shuffled options, no id and no answer."""
    return {
        "position": view.position,
        "number": view.number,
        "total": view.total,
        "type": view.type,
        "topic": view.topic,
        "difficulty": view.difficulty,
        "prompt": view.prompt,
        "options": list(view.options),
        "timed": view.timed,
        "time_limit_s": view.time_limit_s,
        "withdrawn": view.withdrawn,
        "answer_format": ANSWER_FORMATS[view.type],
    }


def round_json(round_: Row) -> dict:
    finished = round_.finished_at is not None
    ranked = boards.rank_of(round_) if finished else None
    return {
        "id": round_.id,
        "kind": round_.kind,
        "scope": round_.scope,
        "difficulty": round_.difficulty,
        "timed": round_.timed,
        "size": len(round_.question_ids),
        "position": round_.position,
        "score": round_.score,
        "correct": round_.correct,
        "scored": round_.scored,
        "finished": finished,
        "started_at": timestamp(round_.started_at),
        "finished_at": timestamp(round_.finished_at),
        "time_ms": round_.time_ms,
        "board": boards.board_of(round_.kind, round_.scope, round_.timed),
        "rank": ranked[1] if ranked else None,
    }


def citation_json(bank: Bank, citation) -> dict:
    source = bank.sources.get(citation.source)
    return {
        "source": citation.source,
        "title": source.title if source else citation.source,
        "byline": source.byline if source else None,
        "publication": source.publication if source else None,
        "quote": citation.quote,
        "url": request.host_url.rstrip("/") + citation_href(citation),
    }


def _plain(value):
    return list(value) if isinstance(value, list | tuple) else value


def correct_options(question: Question, order: list[int]) -> list[int] | None:
    """The right options as indexes into the order the round showed them in."""
    if question.type not in ("choice", "multi", "order"):
        return None
    shown = [question.choices[i] for i in order]
    if question.type == "choice":
        return [shown.index(question.answer)]
    if question.type == "multi":
        return [i for i, choice in enumerate(shown) if choice in question.answer]
    return [shown.index(item) for item in question.answer]


def verdict_json(bank: Bank, round_: Row, review: play.Review, replayed: bool = False) -> dict:
    """An answered question: the verdict, the right answer, the explanation, the citations."""
    question = review.question
    order = round_.choice_orders[review.position]
    # a question edited to other choices since the round drew it: shown as it reads now,
    # in the bank's order, since the round's shuffle no longer fits it
    fits = question is not None and play.order_fits(question, order)
    about = None
    if question is not None:
        about = {
            "id": question.id, "type": question.type, "topic": question.topic,
            "difficulty": question.difficulty, "prompt": question.prompt,
            "options": [question.choices[i] for i in order] if fits else list(question.choices),
        }
    return {
        "position": review.position,
        "number": review.number,
        "correct": review.correct,
        "points": review.points,
        "bonus": review.bonus,
        "credit": (review.points - review.bonus) / play.POINTS,
        "elapsed_ms": review.elapsed_ms,
        "given": _plain(review.given),
        "answer": _plain(question.answer) if question else None,
        "answer_text": play.answer_text(question.answer) if question else None,
        "correct_options": correct_options(question, order) if fits else None,
        "explanation": question.explanation if question else None,
        "citations": [citation_json(bank, c) for c in question.sources] if question else [],
        "question": about,
        "changed": review.changed,
        "replayed": replayed,
    }


def results_json(bank: Bank, round_: Row) -> dict:
    return {
        "round": round_json(round_),
        "answers": [verdict_json(bank, round_, r) for r in play.review_round(bank, round_)],
    }
