"""Security settings: response headers, cookie flags, production checks, trusted proxies."""

from __future__ import annotations

from flask import Flask
from flask.helpers import get_debug_flag
from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.routing import IntegerConverter

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
# made once: each pair SecurityHeaders adds beside its name as HTTP compares it
HEADER_PAIRS = tuple((name.lower(), (name, value)) for name, value in HEADERS.items())
HSTS_NAME = HSTS[0].lower()


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
            headers.extend(pair for name, pair in HEADER_PAIRS if name not in present)
            # behind QUIZ_PROXIES, ProxyFix (outside this) has set the client's scheme
            if environ.get("wsgi.url_scheme") == "https" and HSTS_NAME not in present:
                # browsers that have seen the site over HTTPS refuse plain HTTP for a year
                headers.append(HSTS)
            return start_response(status, headers, exc_info)

        return self.wsgi_app(environ, start_with_headers)


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
