"""Player tokens for API clients: `Authorization: Bearer <token>`.

A token is the player's id and a proof derived from the player's session secret
(quiz.players.proof), signed with the app's SECRET_KEY (itsdangerous): no token is stored,
and changing the secret (POST /players/me/revoke, or "sign out everywhere" on /me) revokes
every token given before. A cross-site form cannot send this header, which is why the API is
exempt from the cookie CSRF check.
"""

from __future__ import annotations

from typing import NoReturn

from flask import current_app, g, request
from itsdangerous import BadSignature, URLSafeSerializer
from sqlalchemy import Row

from quiz import play, players
from quiz.database import db
from quiz.models import Player
from quiz.web.api.errors import ApiError

SALT = "quiz.api.player"
CHALLENGE = {"WWW-Authenticate": 'Bearer realm="quiz"'}


def _serializer() -> URLSafeSerializer:
    return URLSafeSerializer(current_app.config["SECRET_KEY"], salt=SALT)


def player_token(player: Player) -> str:
    return _serializer().dumps({"player": player.id, "proof": players.proof(player, players.API_TOKEN)})


def _unauthorized(message: str) -> ApiError:
    return ApiError(401, "unauthorized", message, CHALLENGE)


def _bearer() -> str | None:
    header = request.headers.get("Authorization", "")
    if not header:
        return None
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise _unauthorized("Send the player token as 'Authorization: Bearer <token>'.")
    return token.strip()


def _player_from(token: str) -> tuple[Player, play.Claim]:
    """The token's player, and the token's claim to act as them (its id and proof)."""
    try:
        data = _serializer().loads(token)
    except BadSignature:
        raise _unauthorized("That player token is not valid: create a player for a new one.") from None
    player_id, proof = (data.get("player"), data.get("proof")) if isinstance(data, dict) else (None, None)
    player = db.session.get(Player, player_id) if isinstance(player_id, int) else None
    if player is None or not players.proves(player, players.API_TOKEN, proof):
        raise _unauthorized("That player token was revoked or its player no longer exists: "
                            "create a player for a new one.")
    return player, play.Claim(player_id, proof, players.API_TOKEN)


def optional_player() -> Player | None:
    """The player the bearer token names; None without a token; 401 for a bad one."""
    if "api_player" not in g:
        token = _bearer()
        g.api_player, g.api_claim = _player_from(token) if token else (None, None)
    return g.api_player


def required_player() -> Player:
    player = optional_player()
    if player is None:
        raise _unauthorized("This needs a player token: POST /api/v1/players with a nickname.")
    return player


def token_player_key() -> str:
    """The rate-limit key of the bearer token's player."""
    return f"player:{optional_player().id}"


def no_token_player() -> bool:
    return optional_player() is None


def owned_round(round_id: str) -> Row:
    """The player's round with this id (any text in the URL: a bad id is simply not found),
    read through the play service with the token's claim, as the pages read theirs."""
    claim = token_claim()  # a 401 without a token that proves its player, before any 404
    number = int(round_id) if round_id.isascii() and round_id.isdigit() and len(round_id) < 10 else 0
    round_ = play.read_round(number, claim) if number > 0 else None
    return round_ or round_not_found()


def token_claim() -> play.Claim:
    """The claim of the token `required_player` proved: the play service checks it again
    against the secret it reads with the round, so a revoke that lands meanwhile counts."""
    required_player()
    return g.api_claim


def round_not_found() -> NoReturn:
    raise ApiError(404, "not_found", "There is no such round, or it is not yours.")
