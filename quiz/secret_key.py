"""The key that signs sessions and API tokens, and the environment the app runs in.

A key that is configured (QUIZ_SECRET_KEY) is used as given, after a strength check in
production. Without one, the first start makes a random key and keeps it in a file in the
instance folder (readable by its owner only); every later start and every worker reads the
same file, so sessions survive restarts and are shared by all workers, and no one can sign a
cookie with a key found in the source code.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import tempfile

from flask import Flask
from zxcvbn import zxcvbn

from quiz.security import ConfigError

ENVIRONMENTS = ("development", "production")
MIN_LENGTH = 32
# zxcvbn's estimate of the guesses an attacker needs, as a power of ten: 10^24 is about 80
# bits. It sees through repeats, sequences, keyboard walks and words ("0123456789" * 4 is
# about 10^2), where counting characters or distinct characters does not.
MIN_GUESSES_LOG10 = 24
HINT = "generate one with: python -c \"import secrets; print(secrets.token_urlsafe(48))\""


def check_environment(app: Flask) -> None:
    """Refuse a QUIZ_ENV this app does not know: a typo must not run production as development."""
    env = app.config.get("QUIZ_ENV")
    if env not in ENVIRONMENTS:
        raise ConfigError(
            f"QUIZ_ENV is {env!r}: it must be exactly one of {', '.join(ENVIRONMENTS)}"
        )


def weakness(secret) -> str | None:
    """Why `secret` is too weak to sign production sessions, or None when it is fine."""
    if isinstance(secret, bytes):
        secret = secret.decode("utf-8", "replace")
    if not isinstance(secret, str) or not secret:
        return "QUIZ_SECRET_KEY is not set"
    if len(secret) < MIN_LENGTH:
        return f"QUIZ_SECRET_KEY is shorter than {MIN_LENGTH} characters"
    if zxcvbn(secret)["guesses_log10"] < MIN_GUESSES_LOG10:
        return "QUIZ_SECRET_KEY is guessable (repeats, sequences or words, not random characters)"
    return None


def kept_key(path: str) -> str:
    """The key kept in `path`, made on first use.

    Several workers may start at once: each writes a complete key to a file of its own and
    links it into place, which succeeds for one of them only; the others then read the
    winner's key. So the file is never seen half-written and every worker ends with one key.
    """
    try:
        return _read_key(path)
    except FileNotFoundError:
        pass
    folder = os.path.dirname(path) or "."
    os.makedirs(folder, exist_ok=True)
    descriptor, draft = tempfile.mkstemp(dir=folder, prefix=".secret_key-")  # mode 0600
    try:
        with os.fdopen(descriptor, "w", encoding="ascii") as file:
            file.write(secrets.token_urlsafe(48) + "\n")
            file.flush()
            os.fsync(file.fileno())
        with contextlib.suppress(FileExistsError):  # another worker was first: its key wins
            os.link(draft, path)
    finally:
        os.unlink(draft)
    return _read_key(path)


def _read_key(path: str) -> str:
    with contextlib.suppress(OSError):  # e.g. restored from a backup readable by all
        if os.stat(path).st_mode & 0o077:
            os.chmod(path, 0o600)
    with open(path, encoding="ascii") as file:
        key = file.read().strip()
    if weakness(key):
        raise ConfigError(f"{path} does not hold a usable secret key: delete it to make a new one")
    return key


def init_app(app: Flask) -> None:
    """Check QUIZ_ENV, then settle the key: the configured one, checked, or the kept one."""
    check_environment(app)
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = kept_key(app.config["SECRET_KEY_FILE"])
        return
    if app.config["QUIZ_ENV"] == "production":
        problem = weakness(app.config["SECRET_KEY"])
        if problem:
            raise ConfigError(f"QUIZ_ENV=production needs a strong secret key: {problem}; {HINT}")
