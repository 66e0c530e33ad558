"""Playing in the browser: nickname, start a round, one question per page, feedback, results.

Each view validates a form, calls one service function in quiz.play and renders or
redirects. A round belongs to the session cookie that started it: any other visitor gets 404.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    g,
    redirect,
    render_template,
    request,
    session,
    url_for,
)

from quiz import play
from quiz.db import db
from quiz.models import Player, Round, utcnow
from quiz.play.rules import MAX_TEXT
from quiz.prebuilt import one_connection
from quiz.security import csrf_token
from quiz.web import page_cache
from quiz.web.control_chars import has_control_characters
from quiz.web.errors import error_page
from quiz.web.forms import AnswerInputs, NicknameForm, StartForm, answer_form, answer_inputs, given_answer
from quiz.web.page_cache import slot

bp = Blueprint("play", __name__)
bp.add_app_template_global(play.answer_text, "answer_text")


def bank():
    return current_app.extensions["quiz_bank"]


def current_player() -> Player | None:
    """The player the session cookie names, or None (a stale id is forgotten)."""
    if "player" not in g:
        player_id = session.get("player_id")
        g.player = db.session.get(Player, player_id) if isinstance(player_id, int) else None
        if g.player is None and player_id is not None:
            session.pop("player_id", None)
            session.pop("nickname", None)
    return g.player


def owned_round(round_id: int) -> Round:
    return _owned(db.session.get(Round, round_id))


def owned_round_state(round_id: int) -> play.RoundState:
    """The round as plain values (cheaper than the ORM object): for the question and answer."""
    return _owned(play.round_state(round_id))


def _owned(round_):
    if round_ is None or round_.player_id != session.get("player_id"):
        abort(404, description="There is no such round, or it is not yours.")
    return round_


def safe_next(target: str | None) -> str | None:
    """Only a path on this site, so the nickname form cannot redirect elsewhere."""
    if target and has_control_characters(target):  # a newline would split the Location header
        abort(400, description="The return address contains control characters.")
    if not target or "\\" in target:
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return None
    return target


@bp.route("/nickname", methods=["GET", "POST"])
def nickname():
    player = current_player()
    form = NicknameForm()
    if request.method == "GET":
        form.next.data = safe_next(request.args.get("next")) or ""
        if player is not None:
            form.nickname.data = player.nickname
    elif form.validate_on_submit():
        try:
            player = play.name_player(form.nickname.data, player)
        except play.PlayError as exc:
            form.nickname.errors = [*form.nickname.errors, str(exc)]
        else:
            session.permanent = True  # the nickname outlives the browser session
            session["player_id"], session["nickname"] = player.id, player.nickname
            flash(f"You play as {player.nickname}.")
            return redirect(safe_next(form.next.data) or url_for("home.index"))
    status = 400 if form.errors else 200
    return render_template("nickname.html", form=form, player=player), status


@bp.post("/play")
def start():
    form = StartForm()
    if not form.validate_on_submit():
        problems = "; ".join(f"{name}: {', '.join(errs)}" for name, errs in form.errors.items())
        return error_page(400, "That round cannot start", problems)
    player = current_player()
    if player is None:
        flash("Pick a nickname first, then start your round.")
        return redirect(url_for("play.nickname", next=url_for("home.index")))
    try:
        round_ = play.start_round(
            bank(), player, form.kind.data, form.scope.data or "", form.difficulty.data,
            form.timed.data == "1", size=current_app.config.get("ROUND_SIZE", play.ROUND_SIZE),
        )
    except play.NoQuestions as exc:
        flash(str(exc), "error")
        return redirect(url_for("home.index"))
    except play.PlayError as exc:
        return error_page(400, "That round cannot start", str(exc))
    return redirect(url_for("play.question", round_id=round_.id))


def _question_page(view: play.QuestionView, inputs: AnswerInputs, status: int = 200):
    remaining = None
    if view.timed and view.shown_at is not None:
        spent = (utcnow() - view.shown_at).total_seconds()
        remaining = max(0, round(view.time_limit_s - spent))
    # the form posts back to the page's own address (GET shows the question, POST answers it)
    action = request.script_root + request.path
    if status != 200:  # a refused answer: the page shows what was picked and why it failed
        page = _render_question(view, inputs, action, remaining, csrf_token(), session.get("nickname"))
        return page, status
    values = {
        "number": view.number, "total": view.total, "position": view.position, "score": view.score,
        "remaining": view.time_limit_s if remaining is None else remaining, "action": action,
        "prompt": view.prompt, **{f"option_{i}": label for i, (_, label) in enumerate(inputs.options)},
    }
    # one rendering per shape of question page, its holes filled per request
    shape = (view.type, len(inputs.options), view.timed, bool(view.score), view.withdrawn)
    return page_cache.filled("question", bank(), shape, lambda csrf, nickname: _render_question(
        QuestionMarkers.of(view), inputs.marked(), slot("action"), slot("remaining"), csrf, nickname,
    ), values)


@dataclass(frozen=True)
class QuestionMarkers:
    """What question.html reads of a QuestionView, with markers (page_cache.slot) in place of
    the values that differ between pages of one shape."""

    number: str
    total: str
    position: str
    score: str | int
    timed: bool
    time_limit_s: int | None
    type: str
    prompt: str
    withdrawn: bool

    @classmethod
    def of(cls, view: play.QuestionView) -> QuestionMarkers:
        return cls(
            number=slot("number"), total=slot("total"), position=slot("position"),
            score=slot("score") if view.score else 0, timed=view.timed, time_limit_s=view.time_limit_s,
            type=view.type, prompt=slot("prompt"), withdrawn=view.withdrawn,
        )


def _render_question(q, inputs: AnswerInputs, action: str, remaining, csrf: str, nickname: str | None) -> str:
    return render_template("question.html", q=q, inputs=inputs, action=action, remaining=remaining,
                           max_text=MAX_TEXT, csrf=csrf, nickname=nickname)


@bp.get("/rounds/<int:round_id>")
def question(round_id: int):
    view = play.show_question(bank(), round_id, session.get("player_id"))  # one statement
    if view is None:  # finished, not this visitor's, or no such round: find out which
        round_ = owned_round_state(round_id)
        view = play.current_question(bank(), round_)
        if view is None:
            return redirect(url_for("play.results", round_id=round_.id))
    return _question_page(view, answer_inputs(view))


def _conflict(round_: Round | play.RoundState, exc: play.PlayError):
    if round_.finished:
        link = (url_for("play.results", round_id=round_.id), "See the results")
    else:
        link = (url_for("play.question", round_id=round_.id), f"Go to question {round_.position + 1}")
    return error_page(409, "Not that question", str(exc), link=link)


@bp.post("/rounds/<int:round_id>")
def answer(round_id: int):
    with one_connection(db.engine):  # the round read and the answer written: one pool checkout
        return _answer(round_id)


def _answer(round_id: int):
    round_ = owned_round_state(round_id)
    position = request.form.get("position", type=int)
    if position is None or not 0 <= position < round_.size:
        return error_page(400, "Which question?", "The answer did not say which question it answers.")
    if position < round_.position:
        # a replayed or double-clicked POST: questions go in order, so this one is answered
        return redirect(url_for("play.feedback", round_id=round_.id, position=position))
    if round_.finished:
        return _conflict(round_, play.RoundOver("This round is over: see the results."))
    if position != round_.position:
        return _conflict(round_, play.OutOfOrder(f"Answer question {round_.position + 1} first."))
    view = play.question_view(bank(), round_)
    form = answer_form(view)
    if not form.validate():
        return _question_page(view, answer_inputs(view, form), 400)
    try:
        play.record_answer(bank(), round_, position, given_answer(form, view))
    except (play.OutOfOrder, play.RoundOver) as exc:
        return _conflict(round_, exc)
    except play.BadAnswer as exc:
        form.form_errors.append(str(exc))
        return _question_page(view, answer_inputs(view, form), 400)
    return redirect(url_for("play.feedback", round_id=round_id, position=position))


@bp.get("/rounds/<int:round_id>/feedback/<int:position>")
def feedback(round_id: int, position: int):
    round_, answer = play.round_with_answer(round_id, position)  # one query for both
    _owned(round_)
    if answer is None:
        abort(404, description="That question has not been answered yet.")
    reviewed = play.review(bank(), round_, answer)
    shown = question_markup(reviewed.question) if reviewed.question is not None else None
    return render_template("feedback.html", round_=round_, r=reviewed, shown=shown)


@bp.get("/rounds/<int:round_id>/results")
def results(round_id: int):
    round_ = owned_round(round_id)
    if not round_.finished:
        return redirect(url_for("play.question", round_id=round_.id))
    reviews = play.review_round(bank(), round_)
    again = StartForm(formdata=None, kind=round_.kind, scope=round_.scope,
                      difficulty=round_.difficulty, timed="1" if round_.timed else "0")
    return render_template("results.html", round_=round_, reviews=reviews, again=again,
                           rule=play.SCORING_RULE)


# --- the feedback page: each question's fixed markup kept per bank ------------------------


def question_markup(question) -> dict:
    """The correct answer and the citation cards of a question, as the feedback page prints
    them: rendered once per bank (it is immutable) and per mount point of the app."""
    held = page_cache.per_bank("feedback_markup", bank())
    key = (request.script_root, question.id)
    markup = held.get(key)
    if markup is None:
        markup = held[key] = _render_question_markup(question)
    return markup


def _render_question_markup(question) -> dict:
    macros = current_app.jinja_env.get_template("_macros.html").module
    return {
        "answer": macros.answer_value(play.answer_text(question.answer), question.type == "order"),
        "sources": macros.citation_cards(question.sources),
    }
