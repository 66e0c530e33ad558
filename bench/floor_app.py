"""The quiz app plus one view that does nothing: what every page pays before its own work.

Served beside the quiz (same database, same secret key, so a player's cookie is valid on
both); bench/run.py reports it as the "floor" row. Session cookie, CSRF set-up, rate-limit
and security-header hooks all run; the view itself returns a constant.
"""

from __future__ import annotations

from quiz import create_app

EMPTY = "/__bench/empty"


def create():
    app = create_app()

    @app.get(EMPTY)
    def bench_empty():
        return "Hello, World!"

    return app
