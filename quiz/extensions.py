"""The Flask extensions, created here without an app and init_app'd in create_app."""

from __future__ import annotations

from flask_wtf.csrf import CSRFProtect

from quiz.database import db, migrate

# Covers every POST, WTForms or not; the JSON API exempts its blueprint with csrf.exempt(bp)
# and checks its bearer token instead.
csrf = CSRFProtect()

__all__ = ["csrf", "db", "migrate"]
