"""The authors' review page: walk the drafts, approve, reject with a reason, or edit a copy.

Registered only by the local review app (quiz/review_app.py), never by the public site.
Every page reads the bank and questions/review.yaml afresh (a Desk), so a regenerated or
hand-edited file shows at the next page.
"""

from __future__ import annotations

import re
from pathlib import Path

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for

from quiz.bank.curate import FOLDER, check_text, line_of, write_text
from quiz.bank.review import APPROVED, EDITED, REASONS, REJECTED, content_hash, pending
from quiz.bank.review_desk import Desk
from quiz.web.review_forms import SHORTCUTS, DecisionForm, EditForm, RejectForm, marked_paragraphs

bp = Blueprint("review", __name__)
_FILE_NAME = re.compile(r"^[a-z0-9][a-z0-9-]{0,79}$")


def _desk() -> Desk:
    cache = current_app.extensions.setdefault("quiz_review_bank", {})
    return Desk.open(current_app.config["QUESTIONS_DIR"], cache)


def _shown(path: Path | str) -> str:
    """A path as `quiz check` prints it: relative to the questions folder's parent."""
    root = Path(current_app.config["QUESTIONS_DIR"]).resolve().parent
    try:
        return str(Path(path).resolve().relative_to(root))
    except ValueError:
        return str(path)


@bp.get("/")
def index():
    desk = _desk()
    problems = [f"{_shown(p.path)}:{p.line}:{p.col}: {p.message}" for p in desk.problems]
    first = desk.next_pending()
    return render_template("review/index.html", progress=desk.progress(), problems=problems, first=first)


@bp.get("/article/<source_id>")
def article(source_id: str):
    """The first draft of the article still waiting for a decision."""
    desk = _desk()
    waiting = [q for q in desk.drafts(source_id) if pending(desk.status(q))]
    if not waiting:
        flash(f"Every draft of {source_id} is reviewed.", "ok")
        return redirect(url_for(".index"))
    return redirect(url_for(".draft", qid=waiting[0].id))


@bp.get("/draft/<qid>")
def draft(qid: str):
    desk = _desk()
    question = desk.draft(qid) or abort(404, description=f"There is no draft {qid!r}.")
    source = desk.bank.sources[question.sources[0].source]
    others = [c for c in question.sources if c.source != source.id]
    return render_template(
        "review/draft.html", question=question, source=source, others=others, desk=desk,
        status=desk.status(question), decision=desk.decisions.get(qid), seen=content_hash(question),
        progress=desk.article_progress(source.id), paragraphs=marked_paragraphs(source, question),
        next_draft=desk.next_pending(after=question), fact=getattr(question, "fact", None),
        shortcuts=SHORTCUTS, reasons=REASONS,
    )


def _decided(desk: Desk, qid: str, form: DecisionForm):
    """The draft, when the form is valid and the author saw its current content; else None."""
    question = desk.draft(qid) or abort(404, description=f"There is no draft {qid!r}.")
    if not form.validate_on_submit():
        flash("That decision was not understood; pick it again.", "error")
        return None
    if form.seen.data != content_hash(question):
        flash("This draft changed on disk while you read it; here it is as it stands now.", "error")
        return None
    return question


def _onward(desk: Desk, question, message: str):
    flash(message, "ok")
    following = desk.next_pending(after=question)
    if following is None:
        flash("Every draft is reviewed.", "ok")
        return redirect(url_for(".index"))
    return redirect(url_for(".draft", qid=following.id))


@bp.post("/draft/<qid>/approve")
def approve(qid: str):
    desk = _desk()
    question = _decided(desk, qid, DecisionForm())
    if question is None:
        return redirect(url_for(".draft", qid=qid))
    desk.decide(question, APPROVED)
    return _onward(desk, question, f"Approved {qid}.")


@bp.post("/draft/<qid>/reject")
def reject(qid: str):
    desk = _desk()
    form = RejectForm()
    question = _decided(desk, qid, form)
    if question is None:
        return redirect(url_for(".draft", qid=qid))
    desk.decide(question, REJECTED, reason=form.reason.data)
    return _onward(desk, question, f"Rejected {qid} ({form.reason.data}).")


@bp.post("/draft/<qid>/edit")
def edit(qid: str):
    desk = _desk()
    question = _decided(desk, qid, DecisionForm())
    if question is None:
        return redirect(url_for(".draft", qid=qid))
    earlier = desk.decisions.get(qid)
    if desk.status(question) == EDITED and earlier.curated and desk.bank.question(earlier.curated):
        copy = desk.bank.question(earlier.curated)
        path, copy_id = Path(copy.path), copy.id
    else:
        path, copy_id = desk.edit(question)
        flash(f"Copied {qid} into {_shown(path)} as {copy_id}: the draft is no longer played.", "ok")
    return redirect(url_for(".curated", name=path.stem, question=copy_id))


@bp.route("/curated/<name>", methods=["GET", "POST"])
def curated(name: str):
    """A curated file in a text box, saved only once `quiz check` would pass it."""
    folder = Path(current_app.config["QUESTIONS_DIR"]) / FOLDER
    path = folder / f"{name}.yaml"
    if not _FILE_NAME.match(name) or not path.is_file():
        abort(404, description=f"There is no curated file {name}.yaml.")
    form = EditForm()
    problems: list[str] = []
    if form.validate_on_submit():
        text = form.text.data.replace("\r\n", "\n")
        found = check_text(current_app.config["QUESTIONS_DIR"], path, text)
        problems = [f"{_shown(p.path)}:{p.line}:{p.col}: {p.message}" for p in found]
        if not problems:
            write_text(path, text)
            flash(f"Saved {_shown(path)}: it passes `quiz check`.", "ok")
            return redirect(url_for(".curated", name=name))
    elif not form.is_submitted():
        form.text.data = path.read_text(encoding="utf-8")
    wanted = request.args.get("question", "")
    return render_template(
        "review/edit.html", form=form, name=name, shown=_shown(path), problems=problems,
        line=line_of(form.text.data or "", wanted) if wanted else 1, next_draft=_desk().next_pending(),
    ), (422 if problems else 200)
