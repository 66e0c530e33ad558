"""Open Trivia DB compatibility: categories, counts, session tokens and drawing questions.

The bank answers as opentdb.com does, so its clients work by changing only their base URL.
Every question is in OpenTDB's category 31, "Entertainment: Japanese Anime & Manga"; the
bank's topics are further categories (1001, 1002, ... in topic order) for clients that filter.
Only choice questions with at least four choices ("multiple", three wrong answers: the first
three wrong choices of the file) and truefalse questions ("boolean") are served, each prompt
once.

Session tokens live in the database, so every worker knows every token; a token never
serves a question twice until it is reset, and is forgotten after six idle hours.
"""

from __future__ import annotations

import base64
import random
import re
import secrets
from datetime import timedelta
from urllib.parse import quote, quote_plus

from sqlalchemy.exc import IntegrityError

from quiz.bank.formats.opentdb import CATEGORY, escape
from quiz.bank.model import DIFFICULTIES, Bank, Question
from quiz.database import db
from quiz.models import TriviaToken, TriviaTokenQuestion, utcnow

ANIME = 31  # OpenTDB's id for CATEGORY: every question of the bank
TOPIC_IDS_FROM = 1001
OPENTDB_IDS = range(9, 33)  # opentdb.com's categories: valid to ask for, empty here but 31
TYPES = {"multiple": "choice", "boolean": "truefalse"}
ENCODINGS = ("default", "url3986", "urlLegacy", "base64")
MAX_AMOUNT = 50
TOKEN_IDLE = timedelta(hours=6)
TOKEN_PATTERN = re.compile(r"[0-9a-f]{64}")

SUCCESS, NO_RESULTS, INVALID_PARAMETER, TOKEN_NOT_FOUND, TOKEN_EMPTY, RATE_LIMIT = range(6)


# --- categories and questions ----------------------------------------------------------


def topic_label(topic: str) -> str:
    return topic.replace("-", " ").capitalize()


def categories(bank: Bank) -> list[tuple[int, str, str | None]]:
    """(id, name, topic or None for all) of every category the bank offers."""
    listed: list[tuple[int, str, str | None]] = [(ANIME, CATEGORY, None)]
    for number, topic in enumerate(bank.topics):
        listed.append((TOPIC_IDS_FROM + number, f"{CATEGORY}: {topic_label(topic)}", topic))
    return listed


def known_category(bank: Bank, category: int) -> bool:
    return category in OPENTDB_IDS or any(category == c for c, _, _ in categories(bank))


def servable(question: Question) -> bool:
    if question.type == "choice":
        return len(question.choices) >= 4
    return question.type == "truefalse"


def pool(bank: Bank, category: int | None = None, difficulty: str | None = None,
         kind: str | None = None) -> list[Question]:
    """The servable questions of a category (None or 0: all), difficulty and OpenTDB type."""
    topic = next((t for c, _, t in categories(bank) if c == category), None)
    if category not in (None, 0, ANIME) and topic is None:
        return []  # one of opentdb.com's other categories
    return [
        q for q in distinct(bank)
        if (topic is None or q.topic == topic)
        and (difficulty is None or q.difficulty == difficulty)
        and (kind is None or q.type == TYPES[kind])
    ]


def distinct(bank: Bank) -> list[Question]:
    """The servable questions, each prompt once (the first in bank order: curated before
    generated), so a client never sees the same question twice under two ids."""
    seen: set[str] = set()
    out = []
    for question in bank.questions:
        key = " ".join(question.prompt.casefold().split())
        # only questions set aside from rounds (quiz.bank.pools): an answer given here never scores
        if servable(question) and question.id in bank.set_aside and key not in seen:
            seen.add(key)
            out.append(question)
    return out


def result(question: Question) -> dict:
    """One question as opentdb.com lists it, not yet encoded."""
    if question.type == "truefalse":
        kind, right = "boolean", "True" if question.answer else "False"
        wrong = ["False" if question.answer else "True"]
    else:
        kind, right = "multiple", str(question.answer)
        wrong = [c for c in question.choices if c != question.answer][:3]
    return {
        "type": kind,
        "difficulty": question.difficulty,
        "category": CATEGORY,
        "question": question.prompt,
        "correct_answer": right,
        "incorrect_answers": wrong,
    }


def _encoder(encoding: str):
    if encoding == "base64":
        return lambda text: base64.b64encode(text.encode()).decode("ascii")
    if encoding == "url3986":  # PHP's rawurlencode: all but A-Z a-z 0-9 - _ . ~
        return lambda text: quote(text, safe="")
    if encoding == "urlLegacy":  # PHP's urlencode: spaces as +, ~ encoded
        return lambda text: quote_plus(text, safe="").replace("~", "%7E")
    return escape  # HTML entities, as PHP's htmlentities(ENT_QUOTES)


def encode(item: dict, encoding: str = "default") -> dict:
    """Every text of a result in the encoding asked for, as opentdb.com does it."""
    convert = _encoder(encoding)
    return {
        key: [convert(v) for v in value] if isinstance(value, list) else convert(value)
        for key, value in item.items()
    }


def counts(questions: list[Question]) -> dict[str, int]:
    by = {d: sum(q.difficulty == d for q in questions) for d in DIFFICULTIES}
    return {
        "total_question_count": len(questions),
        "total_easy_question_count": by["easy"],
        "total_medium_question_count": by["medium"],
        "total_hard_question_count": by["hard"],
    }


def global_counts(questions: list[Question]) -> dict[str, int]:
    return {
        "total_num_of_questions": len(questions),
        "total_num_of_pending_questions": 0,
        "total_num_of_verified_questions": len(questions),
        "total_num_of_rejected_questions": 0,
    }


# --- session tokens ----------------------------------------------------------------------


def new_token() -> str:
    """A fresh session token; tokens idle for six hours are forgotten now."""
    _forget_idle()
    token = TriviaToken(token=secrets.token_hex(32))
    db.session.add(token)
    db.session.commit()
    return token.token


def _forget_idle() -> None:
    idle = db.select(TriviaToken.id).where(TriviaToken.used_at < utcnow() - TOKEN_IDLE)
    db.session.execute(db.delete(TriviaTokenQuestion).where(TriviaTokenQuestion.token_id.in_(idle)))
    db.session.execute(db.delete(TriviaToken).where(TriviaToken.used_at < utcnow() - TOKEN_IDLE))


def find_token(token: str) -> TriviaToken | None:
    if not TOKEN_PATTERN.fullmatch(token or ""):  # never send odd text (NUL...) to the database
        return None
    row = db.session.execute(db.select(TriviaToken).filter_by(token=token)).scalar_one_or_none()
    if row is not None and row.used_at < utcnow() - TOKEN_IDLE:
        return None
    return row


def reset_token(token: str) -> bool:
    """Forget what the token has served; False when there is no such token."""
    row = find_token(token)
    if row is None:
        return False
    db.session.execute(db.delete(TriviaTokenQuestion).filter_by(token_id=row.id))
    row.used_at = utcnow()
    db.session.commit()
    return True


def _lock(row: TriviaToken) -> None:
    """Write the token's row first, so requests with one token take turns: the writer lock
    on SQLite, the row lock on PostgreSQL, held until commit; what is served is read after."""
    db.session.execute(
        db.update(TriviaToken).where(TriviaToken.id == row.id).values(used_at=utcnow()),
        execution_options={"synchronize_session": False},
    )


def _served(row: TriviaToken) -> set[str]:
    query = db.select(TriviaTokenQuestion.question_id).filter_by(token_id=row.id)
    return set(db.session.execute(query).scalars())


def draw(
    questions: list[Question], amount: int, token: str | None = None, rng: random.Random | None = None
) -> tuple[int, list[Question]]:
    """(response code, questions): `amount` of `questions` at random, none the token has had."""
    rng = rng or random.Random()
    if token is not None and find_token(token) is None:
        return TOKEN_NOT_FOUND, []
    if len(questions) < amount:
        return NO_RESULTS, []
    if token is None:
        return SUCCESS, rng.sample(questions, amount)
    for _ in range(3):  # the primary key stops a repeat even if two requests still race
        row = find_token(token)
        if row is None:
            return TOKEN_NOT_FOUND, []
        _lock(row)
        served = _served(row)
        fresh = [q for q in questions if q.id not in served]
        if len(fresh) < amount:
            db.session.commit()  # the token was used: it stays alive six more hours
            return TOKEN_EMPTY, []
        picked = rng.sample(fresh, amount)
        db.session.add_all(TriviaTokenQuestion(token_id=row.id, question_id=q.id) for q in picked)
        try:
            db.session.commit()
        except IntegrityError:
            db.session.rollback()
            continue
        return SUCCESS, picked
    return TOKEN_EMPTY, []
