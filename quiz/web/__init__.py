"""Blueprints: the HTML pages and the JSON API."""

from __future__ import annotations

from flask import Flask


def register_blueprints(app: Flask) -> None:
    from quiz.web import home

    app.register_blueprint(home.bp)
