"""What the blueprints share: the bank, the current player, the session's claim to a round.

The session cookie names a player by id and carries a proof derived from the player's
session secret (quiz.players.proof): the cookie is signed with the app's key, but a cookie
forged with that key and a bare id, one from before the database was recreated, or one
signed out everywhere names nobody.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NoReturn, TypeVar

from flask import abort, current_app, flash, g, session

from quiz import play, players
from quiz.bank.model import Bank
from quiz.database import db
from quiz.models import Player

T = TypeVar("T")


def bank() -> Bank:
    """The app's question bank, loaded once by create_app (immutable)."""
    return current_app.extensions["quiz_bank"]


SESSION_KEYS = ("player_id", "player_proof", "nickname")


def remember_player(player: Player) -> None:
    """This browser plays as `player` from now on (until signed out)."""
    session.permanent = True  # the nickname outlives the browser session
    session["player_id"], session["nickname"] = player.id, player.nickname
    session["player_proof"] = players.proof(player, players.SESSION)


def forget_player() -> None:
    """This browser plays as nobody; other browsers of the player are untouched."""
    for key in SESSION_KEYS:
        session.pop(key, None)


def current_player() -> Player | None:
    """The player the session cookie names and proves, or None (a cookie that does not
    prove its player is forgotten, once: no session write on a good cookie)."""
    if "player" not in g:
        player_id = session.get("player_id")
        player = db.session.get(Player, player_id) if isinstance(player_id, int) else None
        if player is not None and not players.proves(player, players.SESSION, session.get("player_proof")):
            player = None
        g.player = player
        if player is None and player_id is not None:
            forget_player()
            flash("This browser was signed out: pick a nickname, or open your private sign-in link.")
    return g.player


def current_player_id() -> int | None:
    player = current_player()
    return None if player is None else player.id


def session_claim() -> play.Claim:
    """The player the session cookie names and the proof it carries, both unchecked: the play
    service checks them against the round's owner in the statement that reads the round."""
    return play.Claim(session.get("player_id"), session.get("player_proof"), players.SESSION)


def not_your_round() -> NoReturn:
    """The 404 for a round the session's claim does not reach: nobody's, somebody else's, or
    a cookie that no longer proves its player (forgotten here, once, with a word to say why)."""
    current_player()
    abort(404, description="There is no such round, or it is not yours.")


def app_memo(name: str, key: str, compute: Callable[[], T]) -> T:
    """compute(), kept under `name` while `key` stays the same, remade when it changes: one
    value per name, so a key a client sends (a mount prefix) can never make the memo grow."""
    memos = current_app.extensions.setdefault("quiz_app_memos", {})
    held = memos.get(name)
    if held is None or held[0] != key:
        held = memos[name] = (key, compute())
    return held[1]


def bank_memo(name: str, compute: Callable[[Bank], T]) -> T:
    """compute(bank), made once per bank and kept: the bank is immutable, so what is made
    from it never goes stale (a new bank, as in tests, starts afresh)."""
    current = bank()
    memos = current_app.extensions.setdefault("quiz_bank_memos", {})
    held = memos.get(name)
    if held is None or held[0] is not current:
        held = memos[name] = (current, compute(current))
    return held[1]
