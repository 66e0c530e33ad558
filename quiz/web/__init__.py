"""Blueprints: the HTML pages (home, play, sources, boards), the JSON API, the
OpenTDB-compatible API, health and error pages."""

from __future__ import annotations

from flask import Flask


def register_blueprints(app: Flask) -> None:
    from quiz.web import api, board, errors, health, home, opentdb, play, signin, sources

    blueprints = (home.bp, play.bp, sources.bp, errors.bp, health.bp, board.bp, signin.bp, api.bp, opentdb.bp)
    for blueprint in blueprints:
        app.register_blueprint(blueprint)
