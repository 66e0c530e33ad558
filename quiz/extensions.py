"""The Flask extensions, created here without an app and init_app'd in create_app."""

from __future__ import annotations

from flask_caching import Cache
from flask_wtf.csrf import CSRFProtect

from quiz.database import db, migrate

# Covers every POST, WTForms or not; the JSON API exempts its blueprint with csrf.exempt(bp)
# and checks its bearer token instead.
csrf = CSRFProtect()
# the named timed caches of quiz.caches
cache = Cache()

__all__ = ["cache", "csrf", "db", "migrate"]
