"""The committed review of the Metallic Rouge drafts decides what players meet."""

from __future__ import annotations

from quiz.bank import load_bank
from quiz.bank.review import APPROVED, load, review_path, status
from quiz.config import PROJECT_ROOT

QUESTIONS = PROJECT_ROOT / "questions"


def test_every_draft_of_the_bank_has_a_current_decision():
    bank = load_bank(QUESTIONS)
    decisions, problems = load(review_path(QUESTIONS))
    assert problems == []
    drafts = [q for q in bank.questions if q.id.startswith("g-")]
    assert drafts, "the generator drafts nothing: the review would be empty"
    undecided = [q.id for q in drafts if status(q, decisions) not in ("approved", "rejected", "edited")]
    assert undecided == [], "drafts not yet reviewed, or changed since review: run `quiz review`"


def test_players_meet_curated_questions_and_approved_drafts_only(make_app):
    bank = load_bank(QUESTIONS)
    decisions, _ = load(review_path(QUESTIONS))
    rejected = {qid for qid, d in decisions.items() if d.decision != APPROVED}
    assert rejected, "the committed review rejects some drafts"

    app = make_app(None, QUESTIONS_DIR=str(QUESTIONS))  # the bank as the site loads it
    played = {q.id for q in app.extensions["quiz_bank"].questions}
    assert played == {q.id for q in bank.questions} - rejected

    total = sum(t["questions"] for t in app.test_client().get("/api/v1/topics").get_json()["topics"])
    assert total == len(played)
