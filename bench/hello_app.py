"""The baseline: the smallest Flask app, served by the same gunicorn settings as the quiz.

Every target in bench/run.py is a ratio of the quiz's requests/s to this app's, measured in
the same run, so the figures hold on a noisy or slower machine.
"""

from __future__ import annotations

from flask import Flask


def create_app() -> Flask:
    app = Flask(__name__)

    @app.get("/")
    def hello():
        return "Hello, World!"

    return app


app = create_app()
