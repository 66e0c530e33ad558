"""Players: a nickname, unique whatever its case and lookalike letters, and nothing else
(no login wall)."""

from __future__ import annotations

import re
import unicodedata

from sqlalchemy.exc import IntegrityError

from quiz.database import db
from quiz.lookalikes import nickname_key
from quiz.models import Player

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
