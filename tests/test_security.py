"""Security settings: headers, CSRF, cookie flags, body size, production start-up checks."""

from __future__ import annotations

import re
import subprocess
import sys
from html.parser import HTMLParser

import pytest

from quiz import create_app
from quiz.config import PROJECT_ROOT
from quiz.security import ConfigError

STRONG_SECRET = "k3J9-xQ2vL7_pR5tZ8wN1mB4cF6hD0sA"  # 32+ characters, many distinct
PAGES = ["/", "/healthz", "/no-such-page", "/static/style.css", "/nickname"]


def app_with(tmp_path, bank, **config):
    return create_app(
        {
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'quiz.sqlite'}",
            "BANK": bank,
            **config,
        }
    )


@pytest.fixture
def no_debug_env(monkeypatch):
    monkeypatch.delenv("FLASK_DEBUG", raising=False)


# --- headers -------------------------------------------------------------------------------


@pytest.mark.parametrize("path", PAGES)
def test_every_response_carries_the_security_headers(client, path):
    response = client.get(path)
    csp = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    assert "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Referrer-Policy"] in ("same-origin", "no-referrer")


def test_https_responses_tell_browsers_to_stay_on_https(client):
    assert "Strict-Transport-Security" in client.get("/", base_url="https://localhost").headers
    assert "Strict-Transport-Security" not in client.get("/").headers


def test_https_is_recognised_behind_a_trusted_proxy_only(tmp_path, bank):
    forwarded = {"X-Forwarded-Proto": "https", "X-Forwarded-For": "203.0.113.9"}
    behind_proxy = app_with(tmp_path, bank, PROXIES="1").test_client()
    assert "Strict-Transport-Security" in behind_proxy.get("/", headers=forwarded).headers
    # without QUIZ_PROXIES a client cannot claim HTTPS (or another address) by a header
    direct = app_with(tmp_path, bank).test_client()
    assert "Strict-Transport-Security" not in direct.get("/", headers=forwarded).headers


def test_a_proxy_count_that_is_not_a_number_stops_the_start(tmp_path, bank):
    with pytest.raises(ConfigError, match="QUIZ_PROXIES"):
        app_with(tmp_path, bank, PROXIES="two")


class InlineCode(HTMLParser):
    """Collects what the policy would block: inline scripts, styles and event handlers."""

    def __init__(self):
        super().__init__()
        self.found: list[str] = []
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        names = dict(attrs)
        if tag == "script" and not names.get("src"):
            self.found.append("<script> without src")
        if tag == "style":
            self.found.append("<style> element")
        self.found += [f"{tag} {name}=" for name in names if name == "style" or name.startswith("on")]
        href = names.get("href")
        if tag == "a" and href and href.startswith("/") and not href.startswith("//"):
            self.links.append(href)


def test_pages_keep_to_the_policy_no_inline_code(client):
    """Inline code would be refused by the browser under this policy: pages must not need it."""
    seen, queue = set(), ["/", "/nickname"]
    while queue and len(seen) < 40:
        path = queue.pop(0).split("#")[0]
        if path in seen:
            continue
        seen.add(path)
        response = client.get(path)
        if response.mimetype != "text/html":
            continue
        parser = InlineCode()
        parser.feed(response.get_data(as_text=True))
        assert parser.found == [], f"{path}: {parser.found}"
        queue += parser.links
    assert len(seen) >= 2


# --- CSRF, cookies, body size ----------------------------------------------------------------


def test_a_post_without_a_csrf_token_gets_a_400_page(tmp_path, bank):
    app = app_with(tmp_path, bank)
    response = app.test_client().post("/nickname", data={"nickname": "Naomi"})
    assert response.status_code == 400
    assert response.mimetype == "text/html"
    page = response.get_data(as_text=True)
    assert "did not come from this site" in page and "Traceback" not in page


def test_csrf_covers_every_post_not_only_wtforms_ones(tmp_path, bank):
    app = app_with(tmp_path, bank)
    # a view that never builds a FlaskForm, like any POST route added later
    app.add_url_rule("/plain-post", "plain_post", lambda: "done", methods=["POST"])
    response = app.test_client().post("/plain-post", data={"anything": "1"})
    assert response.status_code == 400
    assert b"done" not in response.data


def test_a_post_with_a_token_from_another_session_gets_a_400(tmp_path, bank):
    app = app_with(tmp_path, bank)
    page = app.test_client().get("/nickname").get_data(as_text=True)
    token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page).group(1)
    stranger = app.test_client()  # a forged cross-site post: it carries no session of its own
    response = stranger.post("/nickname", data={"nickname": "Naomi", "csrf_token": token})
    assert response.status_code == 400


def article_token(client) -> str:
    page = client.get("/sources/bones-trailer-anime-expo").get_data(as_text=True)
    return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)


def test_a_csrf_token_passes_only_every_check_flask_wtf_makes(make_app, bank, monkeypatch):
    """A player's own token starts rounds again and again; a tampered token, someone else's,
    a foreign referrer on HTTPS or a token past its time limit is refused."""
    import time

    app = make_app(bank, WTF_CSRF_TIME_LIMIT=30)
    player, stranger = app.test_client(), app.test_client()
    token = article_token(player)
    player.post("/nickname", data={"nickname": "Naomi", "csrf_token": token})
    start = {"kind": "quick", "scope": "", "difficulty": "any", "timed": "0"}

    def started(client, signed, **kwargs) -> int:
        return client.post("/play", data={**start, "csrf_token": signed}, **kwargs).status_code

    assert started(player, token) == 302 and started(player, token) == 302
    assert started(player, token[:-2] + ("AA" if not token.endswith("AA") else "BB")) == 400  # tampered
    article_token(stranger)  # a session with a token of its own
    assert started(stranger, token) == 400  # someone else's token
    https = {"base_url": "https://localhost", "headers": {"Referer": "https://evil.example/"}}
    assert started(player, token, **https) == 400  # the referrer check
    real_time = time.time
    monkeypatch.setattr(time, "time", lambda: real_time() + 40)
    assert started(player, token) == 400  # past its time limit


def session_cookie_header(response) -> str:
    cookies = [h for h in response.headers.getlist("Set-Cookie") if h.startswith("session=")]
    assert cookies, "the page set no session cookie"
    return cookies[0]


def test_session_cookie_is_httponly_and_samesite_lax(tmp_path, bank):
    app = app_with(tmp_path, bank)
    cookie = session_cookie_header(app.test_client().get("/nickname"))
    assert "HttpOnly" in cookie
    assert "SameSite=Lax" in cookie
    assert "Secure" not in cookie  # plain HTTP in development: a Secure cookie would be lost


def test_production_cookie_is_secure(tmp_path, bank, no_debug_env):
    app = app_with(tmp_path, bank, QUIZ_ENV="production", SECRET_KEY=STRONG_SECRET)
    response = app.test_client().get("/nickname", base_url="https://quiz.example")
    cookie = session_cookie_header(response)
    assert "Secure" in cookie and "HttpOnly" in cookie



def test_pages_read_from_the_session_tell_caches_they_vary_by_cookie(app, players):
    """A shared cache must not hand one player's page to another: every page that read the
    session says `Vary: Cookie`, and a view's own Vary keeps it beside its own."""
    naomi = players(app, "Naomi")
    round_id = naomi.start()
    for path in ("/", f"/rounds/{round_id}", "/scoreboard/quick", "/sources"):
        response = naomi.client.get(path)
        assert response.status_code == 200, path
        assert "Cookie" in response.vary, path


def test_a_views_own_vary_header_keeps_cookie_beside_it(tmp_path, bank):
    from flask import session

    app = app_with(tmp_path, bank)

    @app.get("/negotiated")
    def negotiated():
        return f"player {session.get('player_id')}", {"Vary": "Accept-Language"}

    response = app.test_client().get("/negotiated")
    assert set(response.vary) == {"Accept-Language", "Cookie"}


def test_a_ten_megabyte_post_gets_413(tmp_path, bank):
    app = app_with(tmp_path, bank)
    body = b"nickname=" + b"x" * (10 * 1024 * 1024)
    response = app.test_client().post(
        "/nickname", data=body, content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 413
    assert b"Traceback" not in response.data


# --- production start-up -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "secret",
    ["dev", "short-secret", "a" * 64, "abababababababababababababababab"],
)
def test_production_refuses_a_weak_secret_key(tmp_path, bank, no_debug_env, secret):
    with pytest.raises(ConfigError, match="QUIZ_SECRET_KEY"):
        app_with(tmp_path, bank, QUIZ_ENV="production", SECRET_KEY=secret)


def test_production_with_a_strong_key_starts_without_debug(tmp_path, bank, no_debug_env):
    app = app_with(tmp_path, bank, QUIZ_ENV="production", SECRET_KEY=STRONG_SECRET)
    assert app.debug is False
    assert app.config["SESSION_COOKIE_SECURE"] is True


def test_production_refuses_debug_mode(tmp_path, bank, monkeypatch):
    monkeypatch.setenv("FLASK_DEBUG", "1")
    with pytest.raises(ConfigError, match="debug"):
        app_with(tmp_path, bank, QUIZ_ENV="production", SECRET_KEY=STRONG_SECRET)
    monkeypatch.delenv("FLASK_DEBUG")
    with pytest.raises(ConfigError, match="debug"):
        app_with(tmp_path, bank, QUIZ_ENV="production", SECRET_KEY=STRONG_SECRET, DEBUG=True)


def run_quiz(tmp_path, **env_vars) -> subprocess.CompletedProcess:
    import os

    env = {k: v for k, v in os.environ.items() if not k.startswith(("QUIZ_", "FLASK_"))}
    env.update(QUIZ_DATABASE_URL=f"sqlite:///{tmp_path / 'quiz.sqlite'}", **env_vars)
    return subprocess.run(
        [sys.executable, "-c", "from quiz.cli import main; main()", "run", "--port", "1"],
        cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=60,
    )


@pytest.mark.parametrize("secret", ["dev", "too-short"])
def test_quiz_run_in_production_with_a_weak_key_says_why_and_exits(tmp_path, secret):
    done = run_quiz(tmp_path, QUIZ_ENV="production", QUIZ_SECRET_KEY=secret)
    assert done.returncode != 0
    assert "QUIZ_SECRET_KEY" in done.stderr
    assert "secrets.token_urlsafe" in done.stderr  # says how to make a good one
    assert "Traceback" not in done.stdout + done.stderr
