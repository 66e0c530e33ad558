"""The local review app: `quiz review` serves it on 127.0.0.1 for one author.

Its own small Flask app, not the public site's: no database, no players, only the review
blueprint, CSRF protection on its forms, and a secret made afresh at every start.
"""

from __future__ import annotations

import secrets
from pathlib import Path

from flask import Flask
from flask_wtf.csrf import CSRFProtect

from quiz.config import DATA_ROOT


def create_review_app(questions_dir: Path | str, test_config: dict | None = None) -> Flask:
    app = Flask(
        __name__,
        template_folder=str(DATA_ROOT / "templates"),
        static_folder=str(DATA_ROOT / "static"),
    )
    app.config.update(
        SECRET_KEY=secrets.token_urlsafe(32),
        QUESTIONS_DIR=str(questions_dir),
        MAX_CONTENT_LENGTH=1024 * 1024,  # a curated file in a text box
        WTF_CSRF_TIME_LIMIT=None,  # an author may read one draft for a long time
        # only this machine's names: a web page elsewhere cannot reach the author's files by
        # pointing a host name of its own at 127.0.0.1 (DNS rebinding)
        TRUSTED_HOSTS=["127.0.0.1", "localhost"],
    )
    if test_config:
        app.config.update(test_config)
    CSRFProtect(app)

    from quiz.web import review

    app.register_blueprint(review.bp)
    return app
