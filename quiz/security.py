"""Security settings: CSRF on every POST, response headers, cookie flags, production checks."""

from __future__ import annotations

import hmac
import time

from flask import Flask, current_app, g, request, session
from flask.helpers import get_debug_flag
from flask.sessions import SecureCookieSessionInterface
from flask_wtf.csrf import CSRFProtect, generate_csrf, same_origin
from itsdangerous import BadSignature, URLSafeTimedSerializer
from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.routing import IntegerConverter


class RememberingCSRFProtect(CSRFProtect):
    """Flask-WTF's CSRF protection, remembering for a minute per process the tokens it has
    verified: checking the signed token was a tenth of an answer POST.

    A request takes the short way only when everything Flask-WTF checks is known to pass:
    the same signed token it verified before (under the same key, and still within its time
    limit), the session's own token behind it, and on HTTPS with WTF_CSRF_SSL_STRICT a
    referrer from this host. Anything else goes through Flask-WTF as before.
    """

    VERIFIED_FOR_S = 60.0
    MAX_VERIFIED = 20_000

    def protect(self, apply_exemptions=False):
        config = current_app.config
        if request.method not in config["WTF_CSRF_METHODS"]:
            # nothing to check; Flask-WTF 1.3 would look up the view's exemption first, a
            # twentieth of a question page, on every GET
            return None
        signed = self._get_csrf_token()
        if not signed:
            return super().protect(apply_exemptions)
        secret = config.get("WTF_CSRF_SECRET_KEY") or current_app.secret_key
        verified = current_app.extensions.setdefault("quiz_verified_csrf", {})
        known = verified.get((secret, signed))  # (valid until, the session's token)
        if known is not None and known[0] > time.time() and self._same_session(known[1]) \
                and self._referrer_passes():
            g.csrf_valid = True
            return None
        super().protect(apply_exemptions)  # raises CSRFError when anything is wrong
        if getattr(g, "csrf_valid", False):
            until = time.time() + self.VERIFIED_FOR_S
            limit = config.get("WTF_CSRF_TIME_LIMIT", 3600)
            if limit is not None:  # never past the token's own time limit
                _, signed_at = URLSafeTimedSerializer(secret, salt="wtf-csrf-token").loads(
                    signed, return_timestamp=True)
                until = min(until, signed_at.timestamp() + limit)
            if len(verified) >= self.MAX_VERIFIED:
                verified.clear()
            verified[(secret, signed)] = (until, session.get(config.get("WTF_CSRF_FIELD_NAME", "csrf_token")))
        return None

    @staticmethod
    def _same_session(raw) -> bool:
        current = session.get(current_app.config.get("WTF_CSRF_FIELD_NAME", "csrf_token"))
        return isinstance(current, str) and isinstance(raw, str) and hmac.compare_digest(current, raw)

    @staticmethod
    def _referrer_passes() -> bool:
        if not (request.is_secure and current_app.config["WTF_CSRF_SSL_STRICT"]):
            return True
        return bool(request.referrer) and same_origin(request.referrer, f"https://{request.host}/")


# Covers every POST, WTForms or not; the JSON API exempts its blueprint with csrf.exempt(bp)
# and checks its own header token instead.
csrf = RememberingCSRFProtect()

# Everything is served from this origin (no CDN), so nothing inline and nothing foreign is
# needed; 'unsafe-inline' stays out so an injected <script> or style="" would not run.
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)

HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


class DatabaseInt(IntegerConverter):
    """<int:...> in URLs, bounded by what an SQL INTEGER holds.

    A bigger number is simply not found (404), instead of overflowing the database driver.
    """

    def __init__(self, url_map, fixed_digits=0, min=None, max=2**31 - 1, signed=False):
        super().__init__(url_map, fixed_digits=fixed_digits, min=min, max=max, signed=signed)


class ConfigError(RuntimeError):
    """The configuration is unsafe for where the app runs; the message says what to change."""


def is_production(app: Flask) -> bool:
    return str(app.config.get("QUIZ_ENV", "")).lower() == "production"


def check_production(app: Flask) -> None:
    """Refuse to start in production with the debugger on (the key: quiz.secret_key)."""
    # FLASK_DEBUG would make `flask run` serve the interactive debugger: code execution.
    if app.config.get("DEBUG") or get_debug_flag():
        raise ConfigError("QUIZ_ENV=production never runs in debug mode: unset FLASK_DEBUG")


HSTS = ("Strict-Transport-Security", "max-age=31536000")


class SecurityHeaders:
    """WSGI middleware adding HEADERS to every response a view has not set them on.

    As middleware rather than an after_request hook, the headers are added to a plain list
    once per response (a hook goes through werkzeug's Headers, a fifth of an empty page's
    cost), and they are on every response: static files and error pages alike.
    """

    def __init__(self, wsgi_app) -> None:
        self.wsgi_app = wsgi_app

    def __call__(self, environ, start_response):
        def start_with_headers(status, headers, exc_info=None):
            present = {name.lower() for name, _ in headers}
            headers.extend(pair for pair in HEADERS.items() if pair[0].lower() not in present)
            # behind QUIZ_PROXIES, ProxyFix (outside this) has set the client's scheme
            if environ.get("wsgi.url_scheme") == "https" and HSTS[0].lower() not in present:
                # browsers that have seen the site over HTTPS refuse plain HTTP for a year
                headers.append(HSTS)
            return start_response(status, headers, exc_info)

        return self.wsgi_app(environ, start_with_headers)


class SessionCookies(SecureCookieSessionInterface):
    """Flask's signed session cookie, its serializer built once and checked cookies remembered.

    Flask builds a new serializer for every request, and building one serialises an empty
    dict to check the JSON serializer returns text: a fifth of what an empty page cost.
    Checking a cookie's signature and decoding it was then two fifths of an empty page, and
    a player sends the same cookie with every request until it changes; so each process
    remembers, for VERIFIED_FOR_S seconds, the values of the cookies it has verified. Only
    the exact string that passed the check is remembered, under the keys that checked it,
    and only sessions of plain values (a flashed message's list is mutable: it is decoded
    afresh). A cookie past its lifetime is refused at most VERIFIED_FOR_S seconds late.
    """

    VERIFIED_FOR_S = 60.0
    MAX_VERIFIED = 20_000  # a process's worth of players; started afresh past that
    # ((secret key, fallbacks), serializer, {cookie: (verified until, session values)})
    _held: tuple | None = None

    def _current(self, app: Flask) -> tuple | None:
        if not app.secret_key:
            return None
        keys = (app.secret_key, tuple(app.config.get("SECRET_KEY_FALLBACKS") or ()))
        held = self._held
        if held is None or held[0] != keys:
            held = self._held = (keys, super().get_signing_serializer(app), {})
        return held

    def get_signing_serializer(self, app: Flask):
        held = self._current(app)
        return None if held is None else held[1]

    def open_session(self, app: Flask, request):
        held = self._current(app)
        if held is None:
            return None
        _, serializer, verified = held
        now = time.monotonic()
        # A browser sends the same Cookie header with every request: a remembered one is
        # found before it is parsed (parsing was a twentieth of a question page). A long
        # header (other cookies beside the session's) is remembered by its session cookie
        # alone, so that what each entry keeps stays the size of one cookie.
        header = request.environ.get("HTTP_COOKIE", "")
        key = header if len(header) <= MAX_REMEMBERED_HEADER else None
        if key is not None and (values := _remembered(verified, key, now)) is not None:
            return self.session_class(values)  # a copy: the request may change its own
        cookie = request.cookies.get(self.get_cookie_name(app))
        if not cookie:
            return self.session_class()
        if key is None:
            key = ("cookie", cookie)
            if (values := _remembered(verified, key, now)) is not None:
                return self.session_class(values)
        try:
            data = serializer.loads(cookie, max_age=int(app.permanent_session_lifetime.total_seconds()))
        except BadSignature:
            return self.session_class()
        if isinstance(data, dict) and all(isinstance(v, PLAIN) for v in data.values()):
            if len(verified) >= self.MAX_VERIFIED:
                verified.clear()
            verified[key] = (now + self.VERIFIED_FOR_S, data)
        return self.session_class(data)

    def save_session(self, app: Flask, session, response) -> None:
        # Most responses leave the session as it came: then there is no cookie to write, and
        # Flask would still read six cookie settings to find that out.
        if not session.modified and not (session.permanent and app.config["SESSION_REFRESH_EACH_REQUEST"]):
            if session.accessed:
                if "Vary" in response.headers:
                    response.vary.add("Cookie")
                else:  # the common case, without parsing an empty header into a set first
                    response.headers["Vary"] = "Cookie"
            return
        super().save_session(app, session, response)


def _remembered(verified: dict, key, now: float) -> dict | None:
    """The session values remembered under `key`, while they are still fresh."""
    known = verified.get(key)
    return known[1] if known is not None and known[0] > now else None


PLAIN = (str, int, float, bool, type(None))  # session values safe to share between requests
MAX_REMEMBERED_HEADER = 1024  # a session cookie is 150 to 300 characters


RESIGN_CSRF_AFTER_S = 300
# (secret key, the session's raw token) -> (when to sign again, the signed token)
_signed_tokens: dict[tuple, tuple[float, str]] = {}


def csrf_token() -> str:
    """Flask-WTF's CSRF token for this session, signed afresh at most every five minutes.

    `generate_csrf` signs the session's token again for every page, a fifth of an article
    page's cost. A signature a few minutes old is as good as a new one (Flask-WTF accepts
    it for WTF_CSRF_TIME_LIMIT, an hour by default), so each process keeps the last one
    it made per session token; Flask-WTF still makes and checks them all.
    """
    field = current_app.config.get("WTF_CSRF_FIELD_NAME", "csrf_token")
    raw = session.get(field)
    now = time.monotonic()
    held = _signed_tokens.get((current_app.secret_key, raw)) if raw else None
    if held is not None and held[0] > now:
        return held[1]
    signed = generate_csrf()  # makes the session's token first if it has none
    limit = current_app.config.get("WTF_CSRF_TIME_LIMIT", 3600)
    keep = RESIGN_CSRF_AFTER_S if limit is None else min(RESIGN_CSRF_AFTER_S, limit / 4)
    if len(_signed_tokens) > 50_000:  # a process's worth of visitors; start again past that
        _signed_tokens.clear()
    _signed_tokens[(current_app.secret_key, session[field])] = (now + keep, signed)
    return signed


def trust_proxies(app: Flask) -> None:
    """Take the client's address and scheme from the proxies' X-Forwarded-* headers."""
    try:
        count = int(app.config.get("PROXIES") or 0)
    except ValueError:
        raise ConfigError(f"QUIZ_PROXIES is a number of proxies, not {app.config['PROXIES']!r}") from None
    if count > 0:
        # only as many hops as there are proxies: a client could forge any further ones
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=count, x_proto=count, x_host=count)


def init_app(app: Flask) -> None:
    if is_production(app):
        check_production(app)
        app.debug = False
        app.config["SESSION_COOKIE_SECURE"] = True
    app.wsgi_app = SecurityHeaders(app.wsgi_app)
    trust_proxies(app)  # after: its ProxyFix runs first and sets the scheme the headers see
    app.url_map.converters["int"] = DatabaseInt  # before any route is added
    app.session_interface = SessionCookies()
    csrf.init_app(app)
    # in templates, in place of Flask-WTF's generate_csrf (a global and a context processor)
    app.jinja_env.globals["csrf_token"] = csrf_token
    app.context_processor(lambda: {"csrf_token": csrf_token})
