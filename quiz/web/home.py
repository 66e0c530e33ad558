from __future__ import annotations

from flask import Blueprint, current_app, render_template

bp = Blueprint("home", __name__)


@bp.get("/")
def index():
    bank = current_app.extensions["quiz_bank"]
    return render_template("home.html", bank=bank)
