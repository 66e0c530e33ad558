"""Live rooms' socket events (Flask-SocketIO): who is on a socket comes from the Flask session
cookie sent when it connects (the host's rooms, the player's id), never from what a client
says. Every change of a room's state is pushed to its sockets; nobody polls.

Channels: "room-<id>-host" (the big screen), "room-<id>-players" (every phone), and
"member-<id>" (one player's phones, for their own verdict and place).
"""

from __future__ import annotations

import threading

from flask import Flask, current_app, session
from flask_socketio import ConnectionRefusedError, join_room

from quiz import rooms
from quiz.database import db
from quiz.extensions import socketio
from quiz.models import Room
from quiz.web.common import bank, current_player_id
from quiz.web.rooms_state import host_state, player_state, player_states, public_state


def init_app(app: Flask) -> None:
    # With QUIZ_REDIS_URL, every worker publishes its emits through Redis, so a room's host
    # and players may sit on different workers; without it, one process holds them all.
    redis_url = app.config.get("REDIS_URL")
    if redis_url:
        socketio.init_app(app, message_queue=redis_url, channel=app.config["ROOMS_CHANNEL"])
    else:
        # the extension keeps its options from one init_app to the next: an explicit in-process
        # manager, so an app without Redis never inherits an earlier app's queue (as in tests)
        socketio.init_app(app, message_queue=None, client_manager=None)


def host_channel(room_id: int) -> str:
    return f"room-{room_id}-host"


def players_channel(room_id: int) -> str:
    return f"room-{room_id}-players"


def member_channel(member_id: int) -> str:
    return f"member-{member_id}"


def hosted(room_id: object) -> bool:
    return isinstance(room_id, int) and room_id in session.get("hosting", [])


def broadcast(room: Room) -> None:
    """Push the room's new state: the big screen, every phone, then each player's own result."""
    socketio.emit("state", public_state(room), to=players_channel(room.id))
    socketio.emit("state", host_state(room), to=host_channel(room.id))
    if room.state in ("reveal", "ended"):
        for member_id, you in player_states(room).items():
            socketio.emit("you", you, to=member_channel(member_id))


@socketio.on("connect")
def connect(auth):
    room_id = auth.get("room") if isinstance(auth, dict) else None
    room = db.session.get(Room, room_id) if isinstance(room_id, int) else None
    if room is None:
        raise ConnectionRefusedError("There is no such room.")
    if auth.get("role") == "host":
        if not hosted(room.id):
            raise ConnectionRefusedError("Only the host's browser runs this room.")
        join_room(host_channel(room.id))
        socketio.emit("state", host_state(room), to=host_channel(room.id))
        return
    # the player the cookie proves (quiz.web.common), never a bare id from it
    member = rooms.membership(room.id, current_player_id())
    if member is None:
        raise ConnectionRefusedError("Join the room with its PIN first.")
    # this socket's own copy of the session: the cookie itself is left as it was
    session["live_room"], session["member_id"] = room.id, member.id
    join_room(players_channel(room.id))
    join_room(member_channel(member.id))
    # a reconnect may have missed updates: this socket gets where the game is now
    socketio.emit("state", public_state(room), to=member_channel(member.id))
    socketio.emit("you", player_state(room, member), to=member_channel(member.id))
    if room.state == "lobby":  # the big screen lists who has joined
        socketio.emit("joined", {"nickname": member.player.nickname}, to=host_channel(room.id))


# A room's answers come in a burst (500 taps in a few seconds), each event on a thread of its
# own. At most this many record theirs at once; the others wait here, asleep, rather than for a
# pooled connection (which times out) while the ones holding connections compete with them
# for the interpreter. Each answer is timed when it arrives, before this wait.
ANSWERS_AT_ONCE = 8
_answering = threading.BoundedSemaphore(ANSWERS_AT_ONCE)


@socketio.on("answer")
def on_answer(data):
    """A player's pick: {"position", "choice"}; answers {"ok"} or {"ok": false, "message"}."""
    arrived = rooms.now_ms()  # timed on arrival, not after waiting for a database connection
    with _answering:
        return _record(data, arrived)


def _record(data, arrived: int) -> dict:
    room_id, member_id = session.get("live_room"), session.get("member_id")
    room = db.session.get(Room, room_id) if isinstance(room_id, int) else None
    if room is None or not isinstance(member_id, int) or not isinstance(data, dict):
        return {"ok": False, "message": "Join the room with its PIN first."}
    try:
        done = rooms.answer(bank(), room, member_id, data.get("position"), data.get("choice"), arrived)
    except rooms.RoomError as exc:
        return {"ok": False, "message": str(exc)}
    socketio.emit("answered", {"answered": done.answered}, to=host_channel(room_id))
    # answers committing together do not see each other's: near the end, the counts are read
    # again after the commit, so the last answer always closes the question
    if done.answered + ANSWERS_AT_ONCE >= done.players:
        room = db.session.get(Room, room_id)
        if rooms.reveal(room):  # the last player to answer closes the question
            broadcast(room)
    return {"ok": True, "choice": data["choice"]}


@socketio.on_error_default
def on_error(exc):
    """A database that is down or too busy: the sender is told, the socket stays open."""
    db.session.rollback()
    current_app.logger.exception("live room event failed", exc_info=exc)
    return {"ok": False, "message": "The server is busy: try again."}


CONTROLS = {"next": rooms.next_question, "pause": rooms.pause, "resume": rooms.resume,
            "skip": rooms.skip, "end": rooms.end, "reveal": rooms.reveal}


@socketio.on("control")
def control(data):
    """The host's buttons: {"room", "action"}, action one of CONTROLS. "reveal" is asked by the
    big screen when its countdown ends; the server closes the question only if time is up."""
    room_id, action = (data.get("room"), data.get("action")) if isinstance(data, dict) else (None, None)
    if not hosted(room_id) or action not in CONTROLS:
        return {"ok": False, "message": "Only the host's browser runs this room."}
    room = db.session.get(Room, room_id)
    if room is None:
        return {"ok": False, "message": "There is no such room."}
    if not CONTROLS[action](room):
        return {"ok": False, "state": public_state(room)}
    broadcast(room)
    return {"ok": True}
