"""Scoreboards: best scores posted when a round finishes, pages and ranks read off an index.

A board is what a round was played for: "quick", "topic:<topic>", "source:<id>" or
"daily:<YYYY-MM-DD>", with "+timed" for a timed round (quiz.boards.names); quiz.boards.record
writes it, quiz.boards.ranking reads it, quiz.boards.player sums up one player's record.
"""

from quiz.boards.names import (
    TIE_RULE,
    TIMED_RULE,
    TIMINGS,
    WINDOWS,
    board_of,
    board_title,
    index_boards,
    is_timed,
    offered,
    parse_board,
    periods_for,
    utc_now,
    window_period,
    with_timing,
)
from quiz.boards.ranking import (
    PAGE_SIZE,
    BoardPage,
    Entry,
    board_page,
    cached_rank,
    count_query,
    daily_days,
    has_rows,
    leaders,
    player_entry,
    rank_of,
    rank_query,
    top_query,
)
from quiz.boards.record import record_finished_round, round_time_ms, score_rows, set_hidden

__all__ = [
    "PAGE_SIZE", "TIE_RULE", "TIMED_RULE", "TIMINGS", "WINDOWS", "BoardPage", "Entry", "board_of",
    "board_page", "board_title", "cached_rank", "count_query", "daily_days", "has_rows", "index_boards",
    "is_timed", "leaders", "offered", "parse_board", "periods_for", "player_entry", "rank_of",
    "rank_query", "record_finished_round", "round_time_ms", "score_rows", "set_hidden", "top_query",
    "utc_now", "window_period", "with_timing",
]
