"""The play service: rounds, answers, scores and players.

Shared by the HTML views and the JSON API: plain values in, plain results out, never
`request`. Callers import from here (`from quiz import play`, `play.start_round(...)`).
"""

from quiz.play.draw import candidates, daily_question_ids, playable, question_hash
from quiz.play.players import NICKNAME_MAX, NICKNAME_RULE, NicknameTaken, clean_nickname, name_player
from quiz.play.rounds import (
    QuestionView,
    Review,
    RoundState,
    Verdict,
    current_question,
    finish_round,
    question_view,
    record_answer,
    review,
    review_position,
    review_round,
    round_state,
    round_with_answer,
    show_question,
    start_round,
    stored_verdict,
)
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
    NoQuestions,
    OutOfOrder,
    PlayError,
    RoundOver,
    answer_text,
    grade,
    speed_bonus,
)

__all__ = [
    "BadAnswer", "DIFFICULTY_CHOICES", "KINDS", "NICKNAME_MAX", "NICKNAME_RULE", "NicknameTaken",
    "NoQuestions", "OutOfOrder", "PLAYABLE_TYPES", "POINTS", "PlayError", "QuestionView", "ROUND_SIZE",
    "Review", "RoundOver", "RoundState", "SCORING_RULE", "SPEED_BONUS", "TIME_LIMIT_S", "Verdict",
    "answer_text", "candidates", "clean_nickname", "current_question", "daily_question_ids",
    "finish_round", "grade", "name_player", "playable", "question_hash", "question_view",
    "record_answer", "review", "review_position", "review_round", "round_state", "round_with_answer",
    "show_question", "speed_bonus", "start_round", "stored_verdict",
]
