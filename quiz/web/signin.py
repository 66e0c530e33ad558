"""A player's private sign-in link: it takes their nickname to another browser.

The link carries a token signed with the app's secret key, holding the player's id and a
random secret stored with the player; revoking stores a new secret, so every link given
before stops working. The link is shown on the player's own /me page only.
"""

from __future__ import annotations

import secrets

from flask import Blueprint, abort, current_app, flash, redirect, session, url_for
from itsdangerous import BadSignature, URLSafeSerializer

from quiz.database import db
from quiz.models import Player
from quiz.web.common import current_player
from quiz.web.errors import error_page

bp = Blueprint("signin", __name__)


def _serializer() -> URLSafeSerializer:
    return URLSafeSerializer(current_app.config["SECRET_KEY"], salt="sign-in link")


def signin_link(player: Player) -> str:
    """The player's link, making their secret the first time it is asked for."""
    if not player.signin_secret:
        player.signin_secret = secrets.token_urlsafe(32)
        db.session.commit()
    token = _serializer().dumps([player.id, player.signin_secret])
    return url_for("signin.sign_in", token=token, _external=True)


@bp.app_template_global()
def my_signin_link() -> str | None:
    """For /me: the signed-in player's own link, else None."""
    player = current_player()
    return signin_link(player) if player is not None else None


@bp.get("/signin/<token>")
def sign_in(token: str):
    try:
        player_id, secret = _serializer().loads(token)
    except (BadSignature, ValueError, TypeError):
        player_id = secret = None
    player = db.session.get(Player, player_id) if isinstance(player_id, int) else None
    if player is None or not player.signin_secret or not secrets.compare_digest(
            str(secret), player.signin_secret):
        return error_page(404, "That sign-in link no longer works",
                          "It was revoked, or mistyped. Ask for a new one on the My scores page "
                          "of the browser you play in.")
    session.permanent = True
    session["player_id"], session["nickname"] = player.id, player.nickname
    flash(f"This browser now plays as {player.nickname}.")
    return redirect(url_for("board.me"))


@bp.post("/me/signin-link")
def revoke():
    """A new secret: the old link, wherever it was sent, signs nobody in any more."""
    player = current_player()
    if player is None:
        abort(404)
    player.signin_secret = secrets.token_urlsafe(32)
    db.session.commit()
    flash("Your old sign-in link no longer works; here is a new one.")
    return redirect(url_for("board.me", _anchor="signin-h"))
