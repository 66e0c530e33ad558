"""Players: a nickname, unique whatever its case and lookalike letters, and nothing else
(no login wall)."""

from __future__ import annotations

import hashlib
import hmac
import re
import unicodedata

from sqlalchemy.exc import IntegrityError

from quiz.database import db
from quiz.lookalikes import nickname_key
from quiz.models import Player, new_secret

NICKNAME_MAX = 24
# letters and digits of any script, spaces, and - _ .
_NICKNAME = re.compile(r"^[\w .-]+$")
NICKNAME_RULE = f"1 to {NICKNAME_MAX} letters, digits, spaces, '-', '_' or '.'"


class NicknameError(ValueError):
    """A nickname the rules refuse; the message is for the player."""


class NicknameTaken(NicknameError):
    pass


def clean_nickname(text: str) -> tuple[str, str]:
    """(nickname, its unique key), or NicknameError saying what is wrong with it."""
    nickname = " ".join(unicodedata.normalize("NFKC", str(text or "")).split())
    if not nickname:
        raise NicknameError("Pick a nickname.")
    key = nickname_key(nickname)  # lookalike letters and case folded: "Nаomi" is "naomi"
    if len(nickname) > NICKNAME_MAX or len(key) > NICKNAME_MAX:
        raise NicknameError(f"A nickname is at most {NICKNAME_MAX} characters.")
    if not _NICKNAME.match(nickname):
        raise NicknameError(f"A nickname uses only {NICKNAME_RULE}.")
    return nickname, key


def name_player(text: str, player: Player | None = None) -> Player:
    """Create a player with this nickname, or rename `player`; NicknameTaken if someone has it."""
    nickname, key = clean_nickname(text)
    taken = db.session.execute(db.select(Player).filter_by(nickname_key=key)).scalar_one_or_none()
    if taken is not None and taken is not player:
        raise NicknameTaken(f"The nickname {nickname!r} is taken: pick another.")
    if player is None:
        player = Player(nickname=nickname, nickname_key=key)
        db.session.add(player)
    else:
        player.nickname, player.nickname_key = nickname, key
    try:
        db.session.commit()
    except IntegrityError:  # someone took it between the check and the commit
        db.session.rollback()
        raise NicknameTaken(f"The nickname {nickname!r} is taken: pick another.") from None
    return player


# What a proof is for: a browser session's proof is not an API token's.
SESSION = "browser session"
API_TOKEN = "api token"


def proof(player: Player, purpose: str) -> str:
    """What a session cookie or API token carries to show it was given to this player since
    their secret was last changed: derived from the secret, which itself never leaves the
    database, so forging one takes more than the app's key and a row id."""
    if not player.session_secret:
        return ""
    return hmac.new(player.session_secret.encode(), purpose.encode(), hashlib.sha256).hexdigest()[:32]


def proves(player: Player, purpose: str, given: object) -> bool:
    expected = proof(player, purpose)
    return bool(expected) and isinstance(given, str) and hmac.compare_digest(given, expected)


def sign_out_everywhere(player: Player) -> None:
    """New secrets: every browser signed in as the player, every API token and the private
    sign-in link stop working (whoever calls this signs their own browser in again)."""
    player.session_secret = new_secret()
    if player.signin_secret:
        player.signin_secret = new_secret()
    db.session.commit()
