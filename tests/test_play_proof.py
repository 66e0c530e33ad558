"""The play pages read a round together with its owner's session secret and check the
cookie's proof against it: a cookie that does not prove the owner sees none of the round's
pages, starts no clock and records no answer, exactly as before the pages read both at once."""

from __future__ import annotations

import re

from flask.sessions import SecureCookieSessionInterface

from quiz import players as players_module
from quiz.database import db
from quiz.models import Answer, Player, Round


def forged_client(app, owner_nickname: str):
    """A browser whose cookie names the owner by id, signed with the app's key, with a made-up proof."""
    with app.app_context():
        owner_id = db.session.execute(db.select(Player.id).filter_by(nickname=owner_nickname)).scalar_one()
    cookie = SecureCookieSessionInterface().get_signing_serializer(app).dumps(
        {"player_id": owner_id, "player_proof": "0" * 32, "nickname": owner_nickname})
    forger = app.test_client()
    forger.set_cookie("session", cookie)
    return forger


def csrf_token(client) -> str:
    html = client.get("/").get_data(as_text=True)
    return re.search(r'name="csrf_token"[^>]*value="([^"]+)"', html).group(1)


def round_state(app, round_id: int) -> tuple:
    with app.app_context():
        round_ = db.session.get(Round, round_id)
        answers = db.session.execute(db.select(db.func.count()).select_from(Answer)
                                     .where(Answer.round_id == round_id)).scalar_one()
        return round_.position, round_.question_shown_at, answers


def test_a_forged_proof_sees_no_page_of_the_round_and_changes_nothing(app, players, bank):
    owner = players(app, "Amelia")
    round_id = owner.start()
    html = owner.question_page(round_id)
    data = owner.answer_data(bank.question(owner.current_question_id(round_id)), html)
    assert owner.client.post(f"/rounds/{round_id}", data=data).status_code == 302
    assert owner.client.get(f"/rounds/{round_id}/feedback/0").status_code == 200
    before = round_state(app, round_id)
    assert before[1] is None  # the second question not shown yet: its clock not started

    forger = forged_client(app, "Amelia")
    refused = forger.get(f"/rounds/{round_id}")
    assert refused.status_code == 404
    # the refused cookie is forgotten, with a word to say why
    assert "This browser was signed out" in refused.get_data(as_text=True)
    for page in (f"/rounds/{round_id}/feedback/0", f"/rounds/{round_id}/results"):
        assert forged_client(app, "Amelia").get(page).status_code == 404
    forger = forged_client(app, "Amelia")
    token = csrf_token(forger)  # a valid form token: the answer reaches the view, which refuses it
    forged_answer = {**data, "csrf_token": token, "position": "1"}
    assert forger.post(f"/rounds/{round_id}", data=forged_answer).status_code == 404
    assert round_state(app, round_id) == before  # no clock started, no answer recorded

    assert owner.client.get(f"/rounds/{round_id}").status_code == 200  # the owner plays on
    assert round_state(app, round_id)[1] is not None


def test_a_browser_signed_out_everywhere_loses_the_feedback_and_results_pages(app, players, bank):
    naomi = players(app, "Naomi")
    phone = app.test_client()
    phone.set_cookie("session", naomi.client.get_cookie("session").value)
    round_id = naomi.start()
    naomi.play_through(bank, round_id)
    for page in (f"/rounds/{round_id}/feedback/0", f"/rounds/{round_id}/results"):
        assert phone.get(page).status_code == 200

    assert naomi.post("/me/sign-out-everywhere", {}, page="/me").status_code == 302
    for page in (f"/rounds/{round_id}/feedback/0", f"/rounds/{round_id}/results"):
        assert naomi.client.get(page).status_code == 200  # this browser stays signed in
        assert phone.get(page).status_code == 404


def test_an_api_tokens_proof_in_a_cookie_opens_none_of_the_rounds_pages(app, players):
    """The pages and the API check a proof by one path, each for what it was given for: the
    proof inside the owner's API token, put in a cookie signed with the app's key, is no
    browser session's."""
    owner = players(app, "Ruju")
    round_id = owner.start()
    with app.app_context():
        player = db.session.execute(db.select(Player).filter_by(nickname="Ruju")).scalar_one()
        token_proof = players_module.proof(player, players_module.API_TOKEN)
    cookie = SecureCookieSessionInterface().get_signing_serializer(app).dumps(
        {"player_id": player.id, "player_proof": token_proof, "nickname": "Ruju"})
    for page in (f"/rounds/{round_id}", f"/rounds/{round_id}/results"):
        borrowed = app.test_client()
        borrowed.set_cookie("session", cookie)
        refused = borrowed.get(page)
        assert refused.status_code == 404
        assert "This browser was signed out" in refused.get_data(as_text=True)
    assert round_state(app, round_id)[1] is None  # no clock started by the refused visits
    assert owner.client.get(f"/rounds/{round_id}").status_code == 200

