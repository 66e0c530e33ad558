"""The Flask extensions, created here without an app and init_app'd in create_app."""

from __future__ import annotations

from flask_caching import Cache
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_socketio import SocketIO
from flask_wtf.csrf import CSRFProtect

from quiz.database import db, migrate

# Covers every POST, WTForms or not; the JSON API exempts its blueprint with csrf.exempt(bp)
# and checks its bearer token instead.
csrf = CSRFProtect()
# the named timed caches of quiz.caches
cache = Cache()
# limits are set per view (quiz.limits); storage and on/off come from the app's config
limiter = Limiter(
    key_func=get_remote_address,
    # exact counts over the last window, not a calendar minute that allows a double burst
    strategy="moving-window",
    headers_enabled=True,  # Retry-After tells a client how long to wait
)

# live rooms' WebSockets (quiz.web.rooms_live), sharing rooms across workers through Redis
socketio = SocketIO()

__all__ = ["cache", "csrf", "db", "limiter", "migrate", "socketio"]
