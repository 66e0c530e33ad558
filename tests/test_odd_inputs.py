"""Inputs that once made 500s: control characters in URLs, a question left open for weeks."""

from __future__ import annotations

from datetime import timedelta

import pytest

from quiz.database import db
from quiz.models import Answer, BestScore, Round, utcnow

CONTROL = ["%00", "%0A", "%0D%0A", "%1B", "%7F", "%C2%85"]  # NUL, LF, CRLF, ESC, DEL, NEL


@pytest.mark.parametrize("char", CONTROL)
def test_board_names_and_other_paths_with_control_characters_are_400(client, char):
    for path in (f"/scoreboard/topic:music{char}", f"/scoreboard/source:x{char}y",
                 f"/api/v1/boards/quick{char}", f"/sources/{char}", f"/rounds/1{char}"):
        response = client.get(path)
        assert response.status_code == 400, (path, response.status_code)
    api = client.get(f"/api/v1/boards/topic:{char}")
    assert api.json["error"]["code"] == "bad_request"  # the API answers in JSON, as always


def test_the_api_document_lists_the_400_a_control_character_in_a_round_path_gets(client):
    from quiz.web.api.openapi import openapi_document

    paths = openapi_document()["paths"]
    for suffix, method in (("", "get"), ("/question", "get"), ("/answers", "post"), ("/finish", "post")):
        response = client.open(f"/api/v1/rounds/1%06{suffix}", method=method.upper())
        assert response.status_code == 400, suffix
        assert "400" in paths[f"/rounds/{{round_id}}{suffix}"][method]["responses"], suffix


@pytest.mark.parametrize("char", CONTROL)
def test_query_parameters_with_control_characters_are_400(client, char):
    for path in (f"/scoreboard/quick?window=all{char}", f"/nickname?next=/sources{char}"):
        assert client.get(path).status_code == 400, path


@pytest.mark.parametrize("next_", ["/sources\nSet-Cookie: x=1", "/\r\nLocation: //evil.example", "/me\x00"])
def test_a_control_character_in_next_on_the_nickname_form_is_400(app, players, next_):
    newcomer = players(app)
    response = newcomer.post("/nickname", {"nickname": "Naomi", "next": next_}, page="/nickname")
    assert response.status_code == 400
    assert "control characters" in response.get_data(as_text=True)
    assert "Location" not in response.headers


def test_an_ordinary_next_still_leads_back(app, players):
    newcomer = players(app)
    response = newcomer.post("/nickname", {"nickname": "Naomi", "next": "/sources"}, page="/nickname")
    assert response.status_code == 302 and response.headers["Location"] == "/sources"


def test_a_question_left_open_for_25_days_is_scored_and_kept(make_app, play_bank, players):
    """25 days is more milliseconds than 2^31: a 32-bit column overflowed on PostgreSQL."""
    app = make_app(play_bank, ROUND_SIZE=1)
    naomi = players(app, "Naomi")
    round_id = naomi.start()
    naomi.question_page(round_id)  # the question is shown now...
    with app.app_context():
        round_ = db.session.get(Round, round_id)
        round_.question_shown_at = utcnow() - timedelta(days=25)  # ...and answered 25 days on
        db.session.commit()
    pages = naomi.play_through(play_bank, round_id)
    assert len(pages) == 1 and "Traceback" not in pages[0]
    assert naomi.client.get(f"/rounds/{round_id}/results").status_code == 200
    with app.app_context():
        answer = db.session.execute(db.select(Answer).filter_by(round_id=round_id)).scalar_one()
        best = db.session.execute(db.select(BestScore).filter_by(round_id=round_id)).scalars().first()
        round_ = db.session.get(Round, round_id)
    assert answer.elapsed_ms >= 25 * 86400 * 1000 > 2**31
    assert round_.time_ms >= 25 * 86400 * 1000
    assert best is not None and best.time_ms == round_.time_ms
    assert naomi.client.get("/scoreboard/quick").status_code == 200
