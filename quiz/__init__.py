"""Rouge Quiz: a trivia quiz built from news articles, citing the sentence behind every answer."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from quiz.config import DATA_ROOT, INSTALLED, PROJECT_ROOT, defaults, from_environment

if TYPE_CHECKING:  # imported in create_app, so `import quiz.bank` stays free of Flask
    from flask import Flask


class BankError(RuntimeError):
    """The question bank has problems; the message lists them as path:line:col lines."""


def load_checked_bank(questions_dir: str):
    from quiz.bank import load_bank

    bank = load_bank(Path(questions_dir))
    if bank.problems:
        lines = "\n".join(str(p) for p in bank.problems)
        raise BankError(f"the question bank has {len(bank.problems)} problem(s):\n{lines}")
    return bank


def load_played_bank(questions_dir: str, setting: str | None):
    """What players meet: curated questions and approved drafts, or every draft (QUIZ_PLAY)."""
    from quiz.bank.review import load, play_mode, played, review_path
    from quiz.security import ConfigError

    try:
        mode = play_mode(setting, questions_dir)
    except ValueError as exc:
        raise ConfigError(str(exc)) from None
    bank = load_checked_bank(questions_dir)
    if mode == "all":
        return bank
    decisions, problems = load(review_path(questions_dir))
    if problems:
        lines = "\n".join(str(p) for p in problems)
        raise BankError(f"the review file has {len(problems)} problem(s):\n{lines}")
    return played(bank, decisions)


def create_app(test_config: dict | None = None) -> Flask:
    from flask import Flask

    app = Flask(
        __name__,
        # installed: Flask's own choice, <prefix>/var/quiz-instance
        instance_path=None if INSTALLED else str(PROJECT_ROOT / "instance"),
        template_folder=str(DATA_ROOT / "templates"),
        static_folder=str(DATA_ROOT / "static"),
    )
    app.config.from_mapping(defaults(app.instance_path))
    app.config.update(from_environment())
    if test_config:
        app.config.update(test_config)
    os.makedirs(app.instance_path, exist_ok=True)

    from quiz import caches, database, extensions, limits, metrics, request_log, secret_key, security
    from quiz.web import request_hooks

    secret_key.init_app(app)  # first: an unknown QUIZ_ENV or a weak key stops here
    security.init_app(app)
    # before the limiter: a request it refuses still gets an id, a log line and a count
    request_log.init_app(app)
    metrics.init_app(app)
    request_hooks.init_app(app)

    database.init_app(app)
    extensions.csrf.init_app(app)
    caches.init_app(app)
    # Loaded once per process; the bank is immutable, so workers share nothing mutable.
    # A bank given ready-made (tests, `quiz preview`) is played as it is, drafts and all.
    config = app.config
    bank = config.get("BANK") or load_played_bank(config["QUESTIONS_DIR"], config.get("QUIZ_PLAY"))
    app.extensions["quiz_bank"] = bank

    from quiz.web import register_blueprints

    limits.init_app(app)
    register_blueprints(app)
    return app
