"""Signing in and out: a player's private sign-in link, which takes their nickname to another
browser; signing this browser out; signing out everywhere.

The link carries a token signed with the app's secret key, holding the player's id and a
random secret stored with the player; revoking stores a new secret, so every link given
before stops working. The link is shown on the player's own /me page only. Signing out
everywhere changes the player's session secret (quiz.players), which every browser's cookie
and every API token must prove.
"""

from __future__ import annotations

import secrets

from flask import Blueprint, abort, current_app, flash, redirect, url_for
from itsdangerous import BadSignature, URLSafeSerializer

from quiz import players
from quiz.database import db
from quiz.models import Player
from quiz.web.common import current_player, forget_player, remember_player
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
    remember_player(player)
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


def _signed_in_player() -> Player:
    player = current_player()
    if player is None:
        abort(404, description="This browser plays as nobody: there is nothing to sign out of.")
    return player


@bp.post("/me/sign-out")
def sign_out_here():
    """This browser only: the player's other browsers and API tokens keep working."""
    nickname = _signed_in_player().nickname
    forget_player()
    flash(f"This browser no longer plays as {nickname}. Your private sign-in link brings it back.")
    return redirect(url_for("home.index"))


@bp.post("/me/sign-out-everywhere")
def sign_out_everywhere():
    """Every other browser and every API token of the player stop working, and so does the
    old sign-in link; this browser stays signed in with the new secret."""
    player = _signed_in_player()
    players.sign_out_everywhere(player)
    remember_player(player)
    flash("Every other browser is signed out, your API tokens are revoked and your old "
          "sign-in link no longer works. This browser still plays as you.")
    return redirect(url_for("board.me"))
