"""Blueprints: the HTML pages (home, play, sources, boards), the JSON API, the
OpenTDB-compatible API, health and error pages."""

from __future__ import annotations

from flask import Flask


def register_blueprints(app: Flask) -> None:
    from quiz.web import (
        api,
        board,
        errors,
        health,
        home,
        opentdb,
        play,
        rooms,
        rooms_live,
        signin,
        sources,
    )

    for blueprint in (home.bp, play.bp, sources.bp, errors.bp, health.bp, board.bp, signin.bp, api.bp,
                      rooms.bp):
        app.register_blueprint(blueprint)
    opentdb.init_app(app)  # off unless QUIZ_OPENTDB=on
    rooms_live.init_app(app)
