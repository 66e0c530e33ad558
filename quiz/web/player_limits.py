"""Rate limits of the HTML pages that need the current player: new players, per network
address (the nickname page and the API count together); new rounds, whichever form starts
them; the player's key for the per-player limits.

A round may start from the start form or from the nickname form (the round asked for before
the nickname, in its `next`): both count against the same shared limits, so the nickname
form is no way around them. Per-player limits count the player the cookie proves
(quiz.web.common), so a forged cookie cannot use up another player's limits. The limits
themselves are in the app's config (quiz.limits).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import request, url_for

from quiz.extensions import limiter
from quiz.limits import address_key, configured
from quiz.web.common import current_player, current_player_id


def renaming() -> bool:
    """A nickname form sent by a signed-in player renames them: no new player."""
    return current_player() is not None


def starts_no_round() -> bool:
    """Whether this request cannot start a round: only the start form and a nickname form
    whose `next` is the start form's address do."""
    if request.method != "POST":
        return True
    if request.endpoint == "play.start":
        return False
    return urlsplit(request.form.get("next", "")).path != url_for("play.start")


def player_key() -> str:
    return f"player:{current_player_id()}"


def no_player() -> bool:
    # Without a player the view refuses the request anyway; the address limit still counts.
    return current_player_id() is None


def new_players_per_address(**options):
    return limiter.shared_limit(configured("RATE_LIMIT_NEW_PLAYER_PER_ADDRESS"), scope="new-player",
                                key_func=address_key, **options)


def rounds_per_address():
    return limiter.shared_limit(configured("RATE_LIMIT_START_PER_ADDRESS"), scope="start-address",
                                key_func=address_key, exempt_when=starts_no_round)


def rounds_per_player():
    # Without a player the start view refuses (or the nickname form makes one): the address
    # limit still counts.
    return limiter.shared_limit(configured("RATE_LIMIT_START"), scope="start-player", key_func=player_key,
                                exempt_when=lambda: starts_no_round() or no_player())
