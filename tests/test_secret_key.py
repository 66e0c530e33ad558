"""The signing key: never a public default, kept for every worker, strong when configured."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import time

import pytest
from flask.sessions import SecureCookieSessionInterface

from quiz import create_app
from quiz.config import PROJECT_ROOT
from quiz.security import ConfigError

STRONG_SECRET = "k3J9-xQ2vL7_pR5tZ8wN1mB4cF6hD0sA"


def app_with(tmp_path, bank, **config):
    return create_app({
        "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'quiz.sqlite'}",
        "SECRET_KEY_FILE": str(tmp_path / "instance" / "secret_key"),
        "BANK": bank,
        **config,
    })


def forged_cookie(secret: str, player_id: int) -> str:
    """A session cookie naming `player_id`, signed the way Flask signs them, with `secret`."""
    from flask import Flask

    forger = Flask("forger")
    forger.secret_key = secret
    return SecureCookieSessionInterface().get_signing_serializer(forger).dumps({"player_id": player_id})


@pytest.fixture
def no_debug_env(monkeypatch):
    monkeypatch.delenv("FLASK_DEBUG", raising=False)


def test_without_a_key_the_app_makes_one_kept_private_in_the_instance_folder(tmp_path, bank):
    app = app_with(tmp_path, bank)
    key_file = tmp_path / "instance" / "secret_key"
    assert app.secret_key == key_file.read_text().strip()
    assert len(app.secret_key) >= 32 and app.secret_key != "dev"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    # the next start (a restart, another worker) signs with the same key: sessions survive
    assert app_with(tmp_path, bank).secret_key == app.secret_key
    assert not [p for p in key_file.parent.iterdir() if p.name != "secret_key"]  # no drafts left


def test_a_cookie_signed_with_the_old_default_key_is_not_a_session(tmp_path, bank, players):
    """The attack: sign {"player_id": N} with the well-known key and become player N."""
    from flask_migrate import upgrade

    app = app_with(tmp_path, bank, TESTING=True)
    with app.app_context():
        upgrade()
    victim = players(app, "Victim")
    assert "Victim" in victim.client.get("/me").get_data(as_text=True)
    attacker = app.test_client()
    attacker.set_cookie("session", forged_cookie("dev", 1))
    assert "Victim" not in attacker.get("/me").get_data(as_text=True)
    # the victim's own cookie works in the attacker's client: the test can tell (a forgery
    # with the real key and a bare id is refused too: tests/test_sign_out.py)
    attacker.set_cookie("session", victim.client.get_cookie("session").value)
    assert "Victim" in attacker.get("/me").get_data(as_text=True)


def test_workers_starting_at_once_agree_on_one_key(tmp_path):
    """Eight processes race to make the key; every one of them ends with the same key."""
    key_file = tmp_path / "instance" / "secret_key"
    start_at = time.time() + 1.5
    script = (
        "import sys, time\n"
        "from quiz.secret_key import kept_key\n"
        f"time.sleep(max(0, {start_at} - time.time()))\n"
        "print(kept_key(sys.argv[1]))\n"
    )
    workers = [
        subprocess.Popen([sys.executable, "-c", script, str(key_file)], cwd=PROJECT_ROOT,
                         stdout=subprocess.PIPE, text=True)
        for _ in range(8)
    ]
    keys = {worker.communicate(timeout=60)[0].strip() for worker in workers}
    assert keys == {key_file.read_text().strip()}
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600


def test_a_kept_key_readable_by_others_is_made_private_again(tmp_path, bank):
    key_file = tmp_path / "instance" / "secret_key"
    key_file.parent.mkdir()
    key_file.write_text("k3J9-xQ2vL7_pR5tZ8wN1mB4cF6hD0sA-restored\n")
    key_file.chmod(0o644)
    assert app_with(tmp_path, bank).secret_key == "k3J9-xQ2vL7_pR5tZ8wN1mB4cF6hD0sA-restored"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600


def test_an_empty_key_file_is_refused_with_a_clear_message(tmp_path, bank):
    key_file = tmp_path / "instance" / "secret_key"
    key_file.parent.mkdir()
    key_file.write_text("\n")
    with pytest.raises(ConfigError, match="delete it"):
        app_with(tmp_path, bank)


@pytest.mark.parametrize(
    "secret",
    ["dev", "short-secret", "a" * 64, "ab" * 16, "0123456789" * 4,
     "passwordpasswordpasswordpassword1", "qwertyuiopasdfghjklzxcvbnm1234567890"],
)
def test_production_refuses_a_weak_configured_key(tmp_path, bank, no_debug_env, secret):
    with pytest.raises(ConfigError, match="QUIZ_SECRET_KEY"):
        app_with(tmp_path, bank, QUIZ_ENV="production", SECRET_KEY=secret)


def test_production_accepts_a_random_key_and_makes_one_when_none_is_set(tmp_path, bank, no_debug_env):
    import secrets

    configured = secrets.token_urlsafe(48)
    assert app_with(tmp_path, bank, QUIZ_ENV="production", SECRET_KEY=configured).secret_key == configured
    assert app_with(tmp_path, bank, QUIZ_ENV="production", SECRET_KEY=STRONG_SECRET)
    kept = app_with(tmp_path, bank, QUIZ_ENV="production")
    assert kept.secret_key == (tmp_path / "instance" / "secret_key").read_text().strip()


@pytest.mark.parametrize("env", ["prod", "production ", "Production", "staging", ""])
def test_an_unknown_quiz_env_is_refused(tmp_path, bank, env):
    with pytest.raises(ConfigError, match="QUIZ_ENV"):
        app_with(tmp_path, bank, QUIZ_ENV=env, SECRET_KEY=STRONG_SECRET)


def run_quiz(tmp_path, **env_vars) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QUIZ_", "FLASK_"))}
    env.update(QUIZ_DATABASE_URL=f"sqlite:///{tmp_path / 'quiz.sqlite'}",
               QUIZ_SECRET_KEY_FILE=str(tmp_path / "secret_key"), **env_vars)
    return subprocess.run(
        [sys.executable, "-c", "from quiz.cli import main; main()", "run", "--port", "1"],
        cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=60,
    )


@pytest.mark.parametrize("env", ["prod", "production "])
def test_quiz_run_with_an_unknown_quiz_env_says_why_and_exits(tmp_path, env):
    done = run_quiz(tmp_path, QUIZ_ENV=env)
    assert done.returncode != 0
    assert f"QUIZ_ENV is {json.dumps(env)[1:-1]!r}" in done.stderr
    assert "development, production" in done.stderr
    assert "Traceback" not in done.stdout + done.stderr
