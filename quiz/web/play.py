"""Playing in the browser: nickname, start a round, one question per page, feedback, results.

Each view validates a form, calls one service function in quiz.play and renders or
redirects. A round belongs to the session cookie that started it: any other visitor gets 404.
"""

from __future__ import annotations

from typing import NamedTuple
from urllib.parse import parse_qsl, urlsplit

from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)
from sqlalchemy import Row
from werkzeug.datastructures import MultiDict

from quiz import play, players
from quiz.extensions import limiter
from quiz.limits import address_key, configured
from quiz.models import utcnow
from quiz.play.rules import MAX_TEXT
from quiz.web.common import app_memo, bank, current_player, not_your_round, remember_player, session_claim
from quiz.web.control_chars import has_control_characters
from quiz.web.errors import error_page
from quiz.web.forms import AnswerInputs, NicknameForm, StartForm, answer_form, answer_inputs, given_answer
from quiz.web.player_limits import (
    new_players_per_address,
    no_player,
    player_key,
    renaming,
    rounds_per_address,
    rounds_per_player,
)
from quiz.web.sources import cite

bp = Blueprint("play", __name__)
bp.add_app_template_global(play.answer_text, "answer_text")


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


# Only a POST that makes a player counts: renaming does not, nor does showing the form. A
# round the nickname form starts counts as the start form's would (quiz.web.player_limits).
@bp.route("/nickname", methods=["GET", "POST"])
@rounds_per_address()
@rounds_per_player()
@new_players_per_address(methods=["POST"], exempt_when=renaming)
def nickname():
    player = current_player()
    form = NicknameForm()
    if request.method == "GET":
        form.next.data = safe_next(request.args.get("next")) or ""
        if player is not None:
            form.nickname.data = player.nickname
    elif form.validate_on_submit():
        try:
            player = players.name_player(form.nickname.data, player)
        except players.NicknameError as exc:
            form.nickname.errors = [*form.nickname.errors, str(exc)]
        else:
            remember_player(player)
            flash(f"You play as {player.nickname}.")
            target = safe_next(form.next.data)
            chosen = urlsplit(target or "")
            if chosen.path == url_for("play.start"):  # the round asked for before the nickname
                start_form = StartForm(formdata=MultiDict(parse_qsl(chosen.query)), meta={"csrf": False})
                if start_form.validate():
                    return _begin(start_form, player)
                target = None
            return redirect(target or url_for("home.index"))
    status = 400 if form.errors else 200
    return render_template("nickname.html", form=form, player=player), status


# The limit nearest the view is checked first: a start or an answer the player's own limit
# refuses does not use up what the address (a whole classroom) may send.
@bp.post("/play")
@rounds_per_address()
@rounds_per_player()
def start():
    form = StartForm()
    if not form.validate_on_submit():
        problems = "; ".join(f"{name}: {', '.join(errs)}" for name, errs in form.errors.items())
        return error_page(400, "That round cannot start", problems)
    player = current_player()
    if player is None:  # the choice rides along in `next`; saving the nickname starts it
        flash("Pick a nickname first: your round starts as soon as it is saved.")
        chosen = url_for("play.start", kind=form.kind.data, scope=form.scope.data or "",
                         difficulty=form.difficulty.data, timed=form.timed.data)
        return redirect(url_for("play.nickname", next=chosen))
    return _begin(form, player)


def _begin(form: StartForm, player):
    """Start the round a valid start form asks for, and go to its first question."""
    try:
        round_ = play.start_round(
            bank(), player.id, form.kind.data, form.scope.data or "", form.difficulty.data,
            form.timed.data == "1", size=current_app.config.get("ROUND_SIZE", play.ROUND_SIZE),
        )
    except play.NoQuestions as exc:
        flash(str(exc), "error")
        return redirect(url_for("home.index"))
    except play.DailyOpen as exc:  # back to the open attempt, where it was left
        flash(str(exc))
        return redirect(url_for("play.question", round_id=exc.round_id))
    except play.PlayError as exc:
        return error_page(400, "That round cannot start", str(exc))
    return redirect(url_for("play.question", round_id=round_.id))


def _question_page(view: play.QuestionView, inputs: AnswerInputs, status: int = 200):
    remaining = None
    if view.timed and view.shown_at is not None:
        spent = (utcnow() - view.shown_at).total_seconds()
        remaining = max(0, round(view.time_limit_s - spent))
    # the form posts back to the page's own address (GET shows the question, POST answers it)
    page = render_template("question.html", q=view, inputs=inputs, action=request.script_root + request.path,
                           remaining=remaining, max_text=MAX_TEXT)
    return page, status


@bp.get("/rounds/<int:round_id>")
def question(round_id: int):
    claim = session_claim()
    view = play.show_question(bank(), round_id, claim)
    if view is None:  # finished (then to its results), or not this visitor's round
        round_ = play.read_round(round_id, claim) or not_your_round()
        return redirect(url_for("play.results", round_id=round_.id))
    return _question_page(view, answer_inputs(view))


def _conflict(round_: Row, exc: play.PlayError):
    if round_.finished_at is not None:
        link = (url_for("play.results", round_id=round_.id), "See the results")
    else:
        link = (url_for("play.question", round_id=round_.id), f"Go to question {round_.position + 1}")
    return error_page(409, "Not that question", str(exc), link=link)


@bp.post("/rounds/<int:round_id>")
@limiter.limit(configured("RATE_LIMIT_ANSWER_PER_ADDRESS"), key_func=address_key)
@limiter.limit(configured("RATE_LIMIT_ANSWER"), key_func=player_key, exempt_when=no_player)
def answer(round_id: int):
    claim = session_claim()
    round_ = play.read_round(round_id, claim) or not_your_round()
    position = request.form.get("position", type=int)
    if position is None or not 0 <= position < len(round_.question_ids):
        return error_page(400, "Which question?", "The answer did not say which question it answers.")
    if position < round_.position:
        # a replayed or double-clicked POST: questions go in order, so this one is answered
        return redirect(url_for("play.feedback", round_id=round_.id, position=position))
    if round_.finished_at is not None:
        return _conflict(round_, play.RoundOver("This round is over: see the results."))
    if position != round_.position:
        return _conflict(round_, play.OutOfOrder(f"Answer question {round_.position + 1} first."))
    view = play.question_view(bank(), round_)
    form = answer_form(view)
    if not form.validate():
        return _question_page(view, answer_inputs(view, form), 400)
    try:
        play.record_answer(bank(), round_, position, given_answer(form, view))
    except (play.OutOfOrder, play.RoundOver) as exc:  # lost a race: say where the round is now
        return _conflict(play.read_round(round_id, claim) or not_your_round(), exc)
    except play.BadAnswer as exc:
        form.form_errors.append(str(exc))
        return _question_page(view, answer_inputs(view, form), 400)
    return redirect(url_for("play.feedback", round_id=round_id, position=position))


@bp.get("/rounds/<int:round_id>/feedback/<int:position>")
def feedback(round_id: int, position: int):
    round_, reviewed = play.review_answer(bank(), round_id, position, session_claim()) or not_your_round()
    if reviewed is None:
        abort(404, description="That question has not been answered yet.")
    return render_template("feedback.html", round_=round_, r=reviewed, citation_cards=citation_cards())


@bp.get("/rounds/<int:round_id>/results")
def results(round_id: int):
    round_ = play.read_round(round_id, session_claim()) or not_your_round()
    if round_.finished_at is None:
        return redirect(url_for("play.question", round_id=round_.id))
    reviews = play.review_round(bank(), round_)
    again = StartForm(formdata=None, kind=round_.kind, scope=round_.scope,
                      difficulty=round_.difficulty, timed="1" if round_.timed else "0")
    return render_template("results.html", round_=round_, reviews=reviews, again=again,
                           rule=play.SCORING_RULE, citation_cards=citation_cards())


class Card(NamedTuple):
    """A citation card as quiz.web.sources.cite says it, read by attribute: Jinja tries a
    name as an attribute before a key, so each of a dict's five fields cost the card macro
    a failed attribute lookup (an exception raised and caught) on every page."""

    title: str
    byline: str | None
    publication: str | None
    quote: str
    href: str


def citation_cards() -> dict[str, tuple[Card, ...]]:
    """Every question's citation cards (quiz.web.sources.cite), question id -> cards, made
    once per bank and mount prefix instead of card by card on every page: a card's title,
    quote and link are the same for every reader. The key holds the bank itself, so a new
    bank (as in tests) gets its own cards; the prefix a client sends never grows the memo."""
    current = bank()
    return app_memo("play_citation_cards", (request.script_root, current), lambda: {
        question.id: tuple(Card(**cite(citation)) for citation in question.sources)
        for question in current.questions
    })
