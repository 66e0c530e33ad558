"""Live rooms' pages: the host creates a room and runs it on the big screen, players join
with the PIN on their phones. Each page renders the room as the database has it (so a reload
or a restarted server shows where the game is); quiz.web.rooms_live then pushes the changes.
"""

from __future__ import annotations

import io

import segno
from flask import Blueprint, abort, flash, redirect, render_template, request, session, url_for

from quiz import play, players, rooms
from quiz.database import db
from quiz.extensions import limiter
from quiz.limits import address_key, configured
from quiz.models import Room
from quiz.web.common import bank, current_player, remember_player
from quiz.web.errors import error_page
from quiz.web.rooms_forms import HostForm, JoinForm, round_choices
from quiz.web.rooms_live import hosted
from quiz.web.rooms_state import host_state, player_state, public_state, results

bp = Blueprint("rooms", __name__)


# Making a room or joining one writes rows (a room, a player): limited per address as starting
# a round is, which a hall of 500 phones behind one router stays under.
@bp.route("/host", methods=["GET", "POST"])
@limiter.limit(configured("RATE_LIMIT_START_PER_ADDRESS"), key_func=address_key, methods=["POST"])
def host_new():
    form = HostForm()
    form.round.choices = round_choices(bank())
    if form.validate_on_submit():
        kind, scope = form.kind_and_scope()
        try:
            room = rooms.create_room(bank(), kind, scope, form.difficulty.data, int(form.size.data),
                                     int(form.seconds.data))
        except (play.PlayError, rooms.RoomError) as exc:
            flash(str(exc), "error")
        else:
            # the signed cookie is the host's key: only this browser runs the room
            session["hosting"] = [*session.get("hosting", [])[-19:], room.id]
            return redirect(url_for("rooms.host", room_id=room.id))
    status = 400 if form.errors else 200
    return render_template("rooms/new.html", form=form, rule=rooms.SCORING_RULE), status


def _hosted_room(room_id: int) -> Room:
    room = db.session.get(Room, room_id)
    if room is None or not hosted(room_id):
        abort(404, description="There is no such room, or this browser does not host it.")
    return room


@bp.get("/host/<int:room_id>")
def host(room_id: int):
    room = _hosted_room(room_id)
    return render_template("rooms/host.html", room=room, state=host_state(room), rule=rooms.SCORING_RULE)


@bp.get("/host/<int:room_id>/qr.svg")
def qr(room_id: int):
    room = _hosted_room(room_id)
    code = segno.make(url_for("rooms.join", pin=room.pin, _external=True), error="m")
    svg = io.BytesIO()
    # dark on white whatever the page's colours: phones' cameras read it either way
    code.save(svg, kind="svg", scale=8, border=2, light="white", xmldecl=False,
              title=f"Join address with PIN {room.pin}")
    return svg.getvalue(), 200, {"Content-Type": "image/svg+xml", "Cache-Control": "private, max-age=3600"}


@bp.route("/join", methods=["GET", "POST"])
@limiter.limit(configured("RATE_LIMIT_START_PER_ADDRESS"), key_func=address_key, methods=["POST"])
def join():
    player = current_player()
    form = JoinForm()
    if request.method == "GET":
        form.pin.data = request.args.get("pin", "")[:6]
        form.nickname.data = player.nickname if player else ""
    elif form.validate_on_submit():
        room = rooms.open_room(form.pin.data)
        if room is None:
            form.pin.errors = [*form.pin.errors, "No game is open with that PIN: check the big screen."]
        else:
            try:
                return _enter(room, player, form.nickname.data)
            except (players.NicknameError, rooms.RoomError) as exc:
                form.nickname.errors = [*form.nickname.errors, str(exc)]
    status = 400 if form.errors else 200
    return render_template("rooms/join.html", form=form), status


def _enter(room: Room, player, nickname: str):
    """Name the player (or rename them) as they typed, put them in the room, go to its page."""
    if player is None or players.clean_nickname(nickname)[0] != player.nickname:
        player = players.name_player(nickname, player)
        remember_player(player)
    rooms.join(room, player)
    return redirect(url_for("rooms.play_room", room_id=room.id))


@bp.get("/rooms/<int:room_id>/play")
def play_room(room_id: int):
    room = db.session.get(Room, room_id)
    player = current_player()
    member = rooms.membership(room_id, player.id) if room and player else None
    if member is None:
        if room is None or room.state == "ended":
            return error_page(404, "No such game", "There is no game here, or it is over.")
        return redirect(url_for("rooms.join", pin=room.pin))
    return render_template("rooms/play.html", room=room, state=public_state(room),
                           you=player_state(room, member), rule=rooms.SCORING_RULE)


@bp.get("/rooms/<int:room_id>/results")
def results_page(room_id: int):
    room = db.session.get(Room, room_id)
    if room is None:
        abort(404, description="There is no such game.")
    return render_template("rooms/results.html", room=room, **results(room))
