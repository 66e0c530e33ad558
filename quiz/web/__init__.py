"""Blueprints: the HTML pages and the JSON API."""

from __future__ import annotations

from flask import Flask


def register_blueprints(app: Flask) -> None:
    from quiz.web import control_chars, errors, health, home, links, play, sources

    links.init_app(app)
    control_chars.init_app(app)

    app.register_blueprint(home.bp)
    app.register_blueprint(play.bp)
    app.register_blueprint(sources.bp)
    app.register_blueprint(errors.bp)
    app.register_blueprint(health.bp)

    from quiz.web import board

    app.register_blueprint(board.bp)

    from quiz.web import api, opentdb

    app.register_blueprint(api.bp)
    opentdb.init_app(app)  # off unless QUIZ_OPENTDB=on
