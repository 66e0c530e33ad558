"""A round drawn from an older bank stays playable after the bank changes and the app restarts:
a question that lost a wrong choice, or left the bank, is withdrawn from that round cleanly
(shown as withdrawn, skipped, scoring nothing); no page of the round, HTML or API, is a 500."""

from __future__ import annotations

import re
import shutil

import pytest
from play_questions import PLAY_QUESTIONS

from quiz.bank import load_bank
from quiz.config import PROJECT_ROOT

QUESTIONS = PROJECT_ROOT / "questions"

# what an author does between two starts of the app, each edit still passing `quiz check`
EDITS = [
    # a wrong choice removed from a choice question, and from a multi question
    ("    choices: [Bones, Sunrise, MAPPA, Madhouse]\n", "    choices: [Bones, Sunrise, MAPPA]\n"),
    ("    choices: [+Ultra, Crunchyroll, Netflix, Hulu]\n", "    choices: [+Ultra, Crunchyroll, Netflix]\n"),
]
REMOVED = "play-ramen"
CHANGED = {"play-studio", "play-platforms"}


@pytest.fixture(scope="module")
def edited_bank(tmp_path_factory):
    text = PLAY_QUESTIONS
    for old, new in EDITS:
        assert old in text
        text = text.replace(old, new)
    text = text[: text.index(f"  - id: {REMOVED}\n")]  # the last question, removed
    folder = tmp_path_factory.mktemp("edited-bank")
    shutil.copytree(QUESTIONS / "sources", folder / "sources")
    (folder / "curated").mkdir()
    (folder / "curated" / "play.yaml").write_text(text, encoding="utf-8")
    loaded = load_bank(folder)
    assert not loaded.problems, "\n".join(map(str, loaded.problems))
    assert loaded.question(REMOVED) is None
    return loaded


def ok(response, *allowed: int):
    assert response.status_code < 500, response.get_data(as_text=True)[-2000:]
    if allowed:
        assert response.status_code in allowed, response.status_code
    return response


def question_ids(app, round_id: int) -> list[str]:
    from quiz.database import db
    from quiz.models import Round

    with app.app_context():
        return db.session.get(Round, round_id).question_ids


def answered_before_the_change(drawn: list[str]) -> int:
    """How many questions the round answers on the older bank: up to and including the first
    one the edit changes, so the newer bank meets both an answered and an open changed one."""
    return next(n for n, qid in enumerate(drawn) if qid in CHANGED | {REMOVED}) + 1


def test_a_browser_round_from_the_older_bank_plays_on_and_scores_nothing_for_changed_questions(
        make_app, play_bank, edited_bank, players):
    before = make_app(play_bank, ROUND_SIZE=8)
    naomi = players(before, "Naomi")
    round_id = naomi.start()
    drawn = question_ids(before, round_id)
    assert CHANGED | {REMOVED} <= set(drawn)
    answered = answered_before_the_change(drawn)
    for position in range(answered):
        html = naomi.question_page(round_id)
        data = naomi.answer_data(play_bank.question(drawn[position]), html)
        ok(naomi.client.post(f"/rounds/{round_id}", data=data), 302)

    after = make_app(edited_bank, ROUND_SIZE=8)  # a restart on the edited bank, same database
    browser = after.test_client()
    browser.set_cookie("session", naomi.client.get_cookie("session").value)
    naomi.client = browser
    for position in range(answered):  # answered on the older bank: the verdict stands
        feedback = ok(browser.get(f"/rounds/{round_id}/feedback/{position}"), 200).get_data(as_text=True)
        assert "Right" in feedback or "withdrawn" in feedback
    withdrawn = 0
    for position in range(answered, len(drawn)):
        html = ok(browser.get(f"/rounds/{round_id}"), 200).get_data(as_text=True)
        if drawn[position] in CHANGED | {REMOVED}:
            assert "This question has been withdrawn from the bank." in html
            assert ">Skip</button>" in html
            token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', html).group(1)
            data = {"csrf_token": token, "position": str(position)}
            withdrawn += 1
        else:
            data = naomi.answer_data(edited_bank.question(drawn[position]), html)
        ok(browser.post(f"/rounds/{round_id}", data=data), 302)
        ok(browser.get(f"/rounds/{round_id}/feedback/{position}"), 200)
    assert withdrawn == 2
    results = ok(browser.get(f"/rounds/{round_id}/results"), 200).get_data(as_text=True)
    assert "withdrawn" in results
    ok(browser.get("/me"), 200)
    with after.app_context():
        from quiz.database import db
        from quiz.models import Answer

        answers = db.session.execute(db.select(Answer).filter_by(round_id=round_id)).scalars().all()
    skipped = [a for a in answers if a.position >= answered and a.question_id in CHANGED | {REMOVED}]
    assert len(skipped) == 2 and all(a.points == 0 and a.given is None for a in skipped)
    assert sum(a.points for a in answers) == sum(a.points for a in answers if a not in skipped)


def test_an_api_round_from_the_older_bank_plays_on_and_scores_nothing_for_changed_questions(
        make_app, play_bank, edited_bank):
    before = make_app(play_bank, ROUND_SIZE=8)
    old_api = before.test_client()
    created = old_api.post("/api/v1/players", json={"nickname": "Ruju"}).json
    auth = {"Authorization": f"Bearer {created['token']}"}
    round_id = old_api.post("/api/v1/rounds", json={}, headers=auth).json["round"]["id"]
    drawn = question_ids(before, round_id)
    answered = answered_before_the_change(drawn)

    def play(api, position: int) -> dict:
        shown = ok(api.get(f"/api/v1/rounds/{round_id}/question", headers=auth), 200).json["question"]
        answer = None if shown["withdrawn"] else {  # any well-formed answer
            "choice": 0, "multi": [0], "order": list(range(len(shown["options"]))),
            "truefalse": True, "text": "x", "number": "1"}[shown["type"]]
        response = api.post(f"/api/v1/rounds/{round_id}/answers", headers=auth,
                            json={"position": position, "answer": answer})
        return shown, ok(response, 200).json["verdict"]

    for position in range(answered):
        assert play(old_api, position)[0]["withdrawn"] is False
    api = make_app(edited_bank, ROUND_SIZE=8).test_client()
    ok(api.get(f"/api/v1/rounds/{round_id}", headers=auth), 200)  # mid-round, on the new bank
    for position in range(answered, len(drawn)):
        shown, verdict = play(api, position)
        changed = drawn[position] in CHANGED | {REMOVED}
        assert shown["withdrawn"] is changed
        if changed:
            assert verdict["points"] == 0 and verdict["correct"] is False
    result = ok(api.get(f"/api/v1/rounds/{round_id}", headers=auth), 200).json
    assert result["round"]["finished"] is True and len(result["answers"]) == len(drawn)
    first_changed = result["answers"][answered - 1]
    assert first_changed["changed"] is True or first_changed["question"] is None
    ok(api.post(f"/api/v1/rounds/{round_id}/finish", headers=auth), 200)
