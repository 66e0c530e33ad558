"""The OpenTDB API never hands out the answer to a question a round can score.

The attack it stops: a bot reads `correct_answer` from /api.php, then plays the same
questions in a round and takes rank 1 on a board.
"""

from __future__ import annotations

import html

import pytest

from quiz import create_app, play
from quiz.security import ConfigError

OPENTDB_PATHS = ["/api.php?amount=5", "/api_token.php?command=request", "/api_category.php",
                 "/api_count.php?category=31", "/api_count_global.php"]


def harvest(client) -> list[dict]:
    """Everything /api.php will give one token, as a bot would collect it."""
    token = client.get("/api_token.php?command=request").json["token"]
    served = []
    while (body := client.get(f"/api.php?amount=50&token={token}").json)["response_code"] == 0:
        served += body["results"]
    small = client.get(f"/api.php?amount=1&token={token}").json
    while small["response_code"] == 0:  # the last few, fewer than 50
        served += small["results"]
        small = client.get(f"/api.php?amount=1&token={token}").json
    return [{k: html.unescape(v) if isinstance(v, str) else v for k, v in r.items()} for r in served]


@pytest.mark.parametrize("path", OPENTDB_PATHS)
def test_the_opentdb_api_is_off_by_default(client, path):
    assert client.get(path).status_code == 404


def test_turned_on_nothing_it_serves_is_ever_drawn_in_a_round(make_app, bank, players):
    app = make_app(bank, OPENTDB="on")
    served = harvest(app.test_client())
    assert served, "the API serves questions when it is on"
    served_prompts = {r["question"] for r in served}
    by_prompt = {q.prompt: q for q in bank.questions}
    served_quotes = {(c.source, c.quote) for p in served_prompts for c in by_prompt[p].sources}

    board_bank = app.extensions["quiz_bank"]
    drawable = set()
    for kind, scopes in (("quick", [""]), ("topic", bank.topics), ("source", list(bank.sources))):
        for scope in scopes:
            try:
                drawable |= {q.id for q in play.candidates(board_bank, kind, scope, "any")}
            except play.PlayError:
                continue  # every question of it is set aside: no round of that kind
    drawable |= set(play.daily_question_ids(board_bank, "2026-12-06"))
    for question_id in drawable:
        question = bank.question(question_id)
        assert question.prompt not in served_prompts, question.id
        assert not {(c.source, c.quote) for c in question.sources} & served_quotes, question.id

    # and a round a player (or the bot) actually starts holds none of them
    bot = players(app, "Bot")
    round_id = bot.start()
    with app.app_context():
        from quiz.database import db
        from quiz.models import Round

        drawn = db.session.get(Round, round_id).question_ids
    assert drawn and not {bank.question(i).prompt for i in drawn} & served_prompts


def test_turned_off_rounds_draw_from_the_whole_bank(make_app, bank):
    app = make_app(bank)
    assert len(play.candidates(app.extensions["quiz_bank"], "quick", "", "any")) == len(play.playable(bank))


@pytest.mark.parametrize("value", ["yes", "1", "enabled"])
def test_an_unknown_opentdb_switch_is_refused(tmp_path, bank, value):
    with pytest.raises(ConfigError, match="QUIZ_OPENTDB"):
        create_app({"SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'q.sqlite'}", "BANK": bank,
                    "SECRET_KEY": "x", "OPENTDB": value})
