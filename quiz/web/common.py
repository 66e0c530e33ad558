"""What the blueprints share: the bank, the current player, a player's own round."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from flask import abort, current_app, g, session
from sqlalchemy import Row

from quiz import play
from quiz.bank.model import Bank
from quiz.database import db
from quiz.models import Player

T = TypeVar("T")


def bank() -> Bank:
    """The app's question bank, loaded once by create_app (immutable)."""
    return current_app.extensions["quiz_bank"]


def current_player() -> Player | None:
    """The player the session cookie names, or None (a stale id is forgotten)."""
    if "player" not in g:
        player_id = session.get("player_id")
        g.player = db.session.get(Player, player_id) if isinstance(player_id, int) else None
        if g.player is None and player_id is not None:
            session.pop("player_id", None)
            session.pop("nickname", None)
    return g.player


def owned_round(round_id: int) -> Row:
    """The round `round_id`, as a row of its columns, if the session's player started it;
    404 for anyone else."""
    round_ = play.read_round(round_id)
    if round_ is None or round_.player_id != session.get("player_id"):
        abort(404, description="There is no such round, or it is not yours.")
    return round_


def app_memo(name: str, compute: Callable[[], T]) -> T:
    """compute(), made once per app and kept: for what cannot change while the app runs."""
    memos = current_app.extensions.setdefault("quiz_app_memos", {})
    if name not in memos:
        memos[name] = compute()
    return memos[name]


def bank_memo(name: str, compute: Callable[[Bank], T]) -> T:
    """compute(bank), made once per bank and kept: the bank is immutable, so what is made
    from it never goes stale (a new bank, as in tests, starts afresh)."""
    current = bank()
    memos = current_app.extensions.setdefault("quiz_bank_memos", {})
    held = memos.get(name)
    if held is None or held[0] is not current:
        held = memos[name] = (current, compute(current))
    return held[1]
