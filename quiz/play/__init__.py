"""The play service: rounds, answers and scores.

Shared by the HTML views and the JSON API: plain values in, plain results out, never
`request`. Callers import from here (`from quiz import play`, `play.start_round(...)`). A
round is a row of its table's columns everywhere; a page or an API call reaches its own
round through a `Claim` (quiz.play.owned), checked in the statement that reads the round.
"""

from quiz.play.daily import played_daily_on
from quiz.play.draw import candidates, daily_question_ids, order_fits, playable, question_hash
from quiz.play.finish import finish_round
from quiz.play.owned import Claim, read_round, review_answer, show_question
from quiz.play.questions import QuestionView, question_view
from quiz.play.review import Review, review_round
from quiz.play.rounds import record_answer, start_round
from quiz.play.rules import (
    DIFFICULTY_CHOICES,
    KINDS,
    PLAYABLE_TYPES,
    POINTS,
    ROUND_SIZE,
    SCORING_RULE,
    SPEED_BONUS,
    TIME_LIMIT_S,
    BadAnswer,
    DailyOpen,
    NoQuestions,
    OutOfOrder,
    PlayError,
    RoundOver,
    answer_text,
    grade,
    speed_bonus,
)

__all__ = [
    "BadAnswer", "Claim", "DailyOpen", "DIFFICULTY_CHOICES", "KINDS", "NoQuestions", "OutOfOrder",
    "PLAYABLE_TYPES", "POINTS", "PlayError", "QuestionView", "ROUND_SIZE", "Review", "RoundOver",
    "SCORING_RULE", "SPEED_BONUS", "TIME_LIMIT_S", "answer_text", "candidates",
    "daily_question_ids", "finish_round", "grade", "order_fits", "playable", "played_daily_on",
    "question_hash", "question_view", "read_round", "record_answer", "review_answer",
    "review_round", "show_question", "speed_bonus", "start_round",
]
