"""Rouge Quiz: a trivia quiz built from news articles, citing the sentence behind every answer."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from quiz.config import PROJECT_ROOT, defaults, from_environment

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


def create_app(test_config: dict | None = None) -> Flask:
    from flask import Flask

    app = Flask(
        __name__,
        instance_path=str(PROJECT_ROOT / "instance"),
        template_folder=str(PROJECT_ROOT / "templates"),
        static_folder=str(PROJECT_ROOT / "static"),
    )
    app.config.from_mapping(defaults(app.instance_path))
    app.config.update(from_environment())
    if test_config:
        app.config.update(test_config)
    os.makedirs(app.instance_path, exist_ok=True)

    from quiz import caches, database, extensions, limits, metrics, request_log, security

    security.init_app(app)  # first: an unsafe production config stops here
    # before the limiter: a request it refuses still gets an id, a log line and a count
    request_log.init_app(app)
    metrics.init_app(app)

    database.init_app(app)
    extensions.csrf.init_app(app)
    caches.init_app(app)
    # Loaded once per process; the bank is immutable, so workers share nothing mutable.
    bank = app.config.get("BANK") or load_checked_bank(app.config["QUESTIONS_DIR"])
    app.extensions["quiz_bank"] = bank

    from quiz.web import register_blueprints

    limits.init_app(app)
    register_blueprints(app)
    return app
