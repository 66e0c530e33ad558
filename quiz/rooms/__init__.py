"""Live rooms: a host shows one question at a time on a big screen, a room of players answers
on their phones. The game's rules and state machine, on the database; no request in here
(the pages and the socket events are quiz.web.rooms and quiz.web.rooms_live)."""

from quiz.rooms.game import (
    answer,
    answered_count,
    create_room,
    end,
    join,
    membership,
    next_question,
    now_ms,
    open_room,
    pause,
    player_count,
    progress,
    resume,
    reveal,
    skip,
)
from quiz.rooms.rules import (
    ROOM_TYPES,
    SCORING_RULE,
    SECONDS_CHOICES,
    SIZE_CHOICES,
    TOP,
    AlreadyAnswered,
    LateAnswer,
    RoomError,
    options,
    points,
    right_option,
)
from quiz.rooms.standings import Standing, leaderboard, recomputed, standing_of, tally

__all__ = [
    "ROOM_TYPES", "SCORING_RULE", "SECONDS_CHOICES", "SIZE_CHOICES", "TOP", "AlreadyAnswered",
    "LateAnswer", "RoomError", "Standing", "answer", "answered_count", "create_room", "end", "join",
    "leaderboard", "membership", "next_question", "now_ms", "open_room", "options", "pause",
    "player_count", "points", "progress", "recomputed", "resume", "reveal", "right_option", "skip",
    "standing_of", "tally",
]
