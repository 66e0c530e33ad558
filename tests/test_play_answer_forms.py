"""What the answer form says to a value no page offers: each type's message, nothing stored."""

from __future__ import annotations

import re
from html import unescape

import pytest

from quiz.database import db
from quiz.models import Answer, Round


def text_of(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def answers_stored(app) -> int:
    with app.app_context():
        return db.session.execute(db.select(db.func.count(Answer.id))).scalar_one()


def at_question(app, player, round_id: int, question_id: str, bank) -> str:
    """The question page of `question_id`, answering the round's questions before it."""
    while True:
        html = player.question_page(round_id)
        current = player.current_question_id(round_id)
        if current == question_id:
            return html
        player.client.post(f"/rounds/{round_id}", data=player.answer_data(bank.question(current), html))


# (topic, difficulty, question, field, a value no option has, the message, the field left out)
CASES = [
    ("production", "easy", "play-studio", "choice", "7", "Not a valid choice.", "Pick one of the choices."),
    ("story", "easy", "play-android", "truth", "maybe", "Not a valid choice.", "Answer true or false."),
    ("production", "hard", "play-timeline", "place_1", "9", "Not a valid choice.",
     "Choose an item for place 2."),
]


@pytest.mark.parametrize("topic, difficulty, question_id, field, bad, refused, missing", CASES)
def test_a_value_no_option_has_and_a_missing_one_are_refused_by_name(
    make_app, play_bank, players, topic, difficulty, question_id, field, bad, refused, missing
):
    app = make_app(play_bank, RATE_LIMITS="off")
    player = players(app, f"Odd {field}")
    round_id = player.start(kind="topic", scope=topic, difficulty=difficulty)
    html = at_question(app, player, round_id, question_id, play_bank)
    before = answers_stored(app)
    data = player.answer_data(play_bank.question(question_id), html)
    for value, message in ((bad, refused), (None, missing)):
        posted = {k: v for k, v in data.items() if k != field}
        if value is not None:
            posted[field] = value
        response = player.client.post(f"/rounds/{round_id}", data=posted)
        assert response.status_code == 400
        page = response.get_data(as_text=True)
        assert message in text_of(page)
        assert 'name="position"' in page  # the question is shown again, to answer
    assert answers_stored(app) == before
    with app.app_context():
        round_ = db.session.get(Round, round_id)
        assert round_.question_ids[round_.position] == question_id  # still to answer
