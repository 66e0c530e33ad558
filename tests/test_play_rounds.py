"""Whole rounds through the browser forms: every question type, scores, feedback, citations."""

from __future__ import annotations

import re
import time
from datetime import timedelta
from html import unescape

import pytest
import round_rows

from quiz import play
from quiz.bank.model import Bank
from quiz.database import db
from quiz.models import Answer, Round, utcnow
from quiz.play.round_quality import round_sized_parts
from quiz.play.rules import speed_bonus
from quiz.players import name_player


@pytest.fixture(params=["fixture-bank", "real-bank"])
def game(request, make_app, play_bank, bank):
    """(app, bank): the small bank with every type, and the real bank once it has questions."""
    chosen = play_bank if request.param == "fixture-bank" else bank
    if not play.playable(chosen):
        pytest.skip("the real bank has no questions yet")
    return make_app(chosen, RATE_LIMITS="off"), chosen


def text_of(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def round_row(app, round_id: int) -> Round:
    with app.app_context():
        round_ = db.session.get(Round, round_id)
        db.session.expunge(round_)
        return round_


def expected_points(question, right: bool) -> int:
    """What the rule on the page promises for the answers QuizPlayer.answer_data sends."""
    if right:
        return play.POINTS
    if question.type == "order":  # reversed: only a middle item stays in its place
        items = list(question.answer)
        in_place = sum(a == b for a, b in zip(items, reversed(items), strict=True))
        return round(play.POINTS * in_place / len(items))
    return 0


def test_a_round_answered_right_scores_full_marks_and_cites_every_answer(game, players):
    app, bank = game
    player = players(app, "Naomi")
    round_id = player.start()
    size = round_row(app, round_id).size
    assert size == min(10, len(play.playable(bank)))
    pages = player.play_through(bank, round_id)
    assert len(pages) == size
    for position, page in enumerate(pages):
        question = bank.question(round_row(app, round_id).question_ids[position])
        text = text_of(page)
        assert "Right!" in text and "✔" in page
        assert f"Question {position + 1} of {size}" in text
        assert text_of(question.explanation) in text
        for citation in question.sources:
            source = bank.sources[citation.source]
            assert " ".join(citation.quote.split()) in text
            assert source.title in text
            assert source.byline is None or f"by {source.byline}" in text
            assert re.search(rf'href="/sources/{citation.source}#q-\d+"', page)
    results = player.client.get(f"/rounds/{round_id}/results")
    assert results.status_code == 200
    text = text_of(results.get_data(as_text=True))
    for qid in round_row(app, round_id).question_ids:  # every question, with its citations
        question = bank.question(qid)
        assert text_of(question.prompt) in text
        assert all(" ".join(c.quote.split()) in text for c in question.sources)
    assert f"{size * play.POINTS} points" in text
    assert f"{size} of {size} right" in text
    assert "Play again" in text
    assert round_row(app, round_id).finished_at is not None


def test_a_round_answered_wrong_shows_the_right_answer_and_scores_by_the_rule(game, players):
    app, bank = game
    player = players(app, "Ruju")
    round_id = player.start()
    pages = player.play_through(bank, round_id, right=lambda q: False)
    round_ = round_row(app, round_id)
    total = 0
    for position, page in enumerate(pages):
        question = bank.question(round_.question_ids[position])
        points = expected_points(question, right=False)
        total += points
        text = text_of(page)
        assert ("Partly right" if points else "Wrong") in text
        assert f"+{points} points" in text
        right = play.answer_text(question.answer)
        for part in right if isinstance(right, list) else [right]:
            assert part in text  # the correct answer, in words
    assert round_.score == total
    results = player.client.get(f"/rounds/{round_id}/results").get_data(as_text=True)
    assert f"{total} points" in text_of(results)


def test_every_question_type_is_played_and_scored(make_app, play_bank, players):
    app = make_app(play_bank)
    player = players(app, "Jean")
    round_id = player.start()
    types = {play_bank.question(qid).type for qid in round_row(app, round_id).question_ids}
    assert types == {"choice", "multi", "truefalse", "text", "number", "order"}
    player.play_through(play_bank, round_id, right=lambda q: q.type in ("multi", "order", "number"))
    with app.app_context():
        answers = db.session.execute(db.select(Answer).filter_by(round_id=round_id)).scalars().all()
        by_type = {play_bank.question(a.question_id).type: a for a in answers}
    assert by_type["multi"].points == 100 and by_type["multi"].correct
    assert by_type["order"].points == 100 and by_type["order"].correct
    assert by_type["number"].given == "9" and by_type["number"].correct
    assert by_type["truefalse"].points == 0 and by_type["truefalse"].given is False
    assert by_type["text"].points == 0 and by_type["text"].given == "certainly not this"


def answer_one(player, app, bank, round_id, data_for):
    html = player.question_page(round_id)
    question = bank.question(player.current_question_id(round_id))
    data = player.answer_data(question, html)
    data.update(data_for(question, html))
    return question, player.client.post(f"/rounds/{round_id}", data=data)


def test_multi_gives_partial_credit_and_wrong_picks_cost(make_app, play_bank, players):
    app = make_app(play_bank)
    question = play_bank.question("play-platforms")
    for picks, points in (([question.answer[0]], 50), ([question.answer[0], "Netflix"], 0),
                          ([*question.answer, "Hulu"], 50)):
        player = players(app, f"Multi{points}{len(picks)}")
        round_id = player.start(kind="topic", scope="production", difficulty="medium")
        html = player.question_page(round_id)
        labels = player.form(html).options("picks")
        data = player.answer_data(question, html)
        data["picks"] = [labels[p] for p in picks]
        response = player.client.post(f"/rounds/{round_id}", data=data)
        feedback = text_of(player.client.get(response.headers["Location"]).get_data(as_text=True))
        assert f"+{points} points" in feedback


def test_order_scores_the_share_of_items_in_place(make_app, play_bank, players):
    app = make_app(play_bank)
    question = play_bank.question("play-timeline")
    player = players(app, "Orderly")
    round_id = player.start(kind="topic", scope="production", difficulty="hard")
    html = player.question_page(round_id)
    data = player.answer_data(question, html)
    items = list(question.answer)
    swapped = [items[1], items[0], items[2]]
    for place, item in enumerate(swapped):
        data[f"place_{place}"] = player.form(html).options(f"place_{place}")[item]
    response = player.client.post(f"/rounds/{round_id}", data=data)
    assert "+33 points" in text_of(player.client.get(response.headers["Location"]).get_data(as_text=True))


def test_order_with_an_item_twice_is_refused_with_a_message(make_app, play_bank, players):
    app = make_app(play_bank)
    player = players(app, "Twice")
    round_id = player.start(kind="topic", scope="production", difficulty="hard")
    html = player.question_page(round_id)
    data = player.answer_data(play_bank.question("play-timeline"), html)
    data["place_1"] = data["place_0"]
    response = player.client.post(f"/rounds/{round_id}", data=data)
    assert response.status_code == 400
    assert "Put each item in exactly one place." in text_of(response.get_data(as_text=True))
    assert round_row(app, round_id).position == 0


def test_typed_answers_forgive_case_spelling_and_number_words(make_app, play_bank, players):
    app = make_app(play_bank)
    for topic, difficulty, typed in (("music", "medium", "yuka"), ("story", "hard", "nine")):
        player = players(app, f"Typist {typed}")
        round_id = player.start(kind="topic", scope=topic, difficulty=difficulty)
        _, response = answer_one(player, app, play_bank, round_id, lambda q, h, t=typed: {"text": t})
        assert "Right!" in text_of(player.client.get(response.headers["Location"]).get_data(as_text=True))


def test_question_pages_show_progress_and_label_every_input(make_app, play_bank, players):
    app = make_app(play_bank)
    player = players(app, "Labels")
    round_id = player.start()
    for position in range(8):
        html = player.question_page(round_id)
        assert f"Question {position + 1} of 8" in text_of(html)
        assert re.search(rf'<progress max="8" value="{position}"', html)
        form = player.form(html)
        assert form.fields["csrf_token"][0][0]
        visible = [i for i, (name, _) in form.ids.items() if name not in ("csrf_token", "position")]
        assert visible and all(form.labels.get(i) for i in visible)  # every input has its label
        question = play_bank.question(player.current_question_id(round_id))
        player.client.post(f"/rounds/{round_id}", data=player.answer_data(question, html))


def test_an_empty_answer_is_refused_with_a_message_and_nothing_stored(make_app, play_bank, players):
    app = make_app(play_bank)
    player = players(app, "Blank")
    round_id = player.start(kind="topic", scope="production", difficulty="easy")  # a choice question
    html = player.question_page(round_id)
    data = player.answer_data(play_bank.question("play-studio"), html)
    del data["choice"]
    response = player.client.post(f"/rounds/{round_id}", data=data)
    assert response.status_code == 400
    assert "Pick one of the choices." in text_of(response.get_data(as_text=True))
    with app.app_context():
        assert db.session.execute(db.select(db.func.count(Answer.id))).scalar_one() == 0


@pytest.mark.parametrize("position", [None, "", "first", "-1", "10", "99999999999999999999"])
def test_an_answer_that_does_not_say_which_question_is_refused(make_app, play_bank, players, position):
    app = make_app(play_bank)
    player = players(app, "Nowhere")
    round_id = player.start()
    html = player.question_page(round_id)
    data = player.answer_data(play_bank.question(player.current_question_id(round_id)), html, right=True)
    if position is None:
        del data["position"]
    else:
        data["position"] = position
    response = player.client.post(f"/rounds/{round_id}", data=data)
    assert response.status_code == 400
    assert "did not say which question it answers" in text_of(response.get_data(as_text=True))
    assert round_row(app, round_id).position == 0
    with app.app_context():
        assert db.session.execute(db.select(db.func.count(Answer.id))).scalar_one() == 0


def test_a_replayed_or_double_clicked_answer_changes_nothing(make_app, play_bank, players):
    app = make_app(play_bank)
    player = players(app, "Double")
    round_id = player.start()
    html = player.question_page(round_id)
    question = play_bank.question(player.current_question_id(round_id))
    right = player.answer_data(question, html, right=True)
    first = player.client.post(f"/rounds/{round_id}", data=right)
    second = player.client.post(f"/rounds/{round_id}", data=right)
    assert first.status_code == second.status_code == 302
    assert first.headers["Location"] == second.headers["Location"] == f"/rounds/{round_id}/feedback/0"
    after_double = round_row(app, round_id)
    assert (after_double.position, after_double.score) == (1, 100)
    # later, the first page's form is sent again with a different answer: still nothing changes
    player.play_through(play_bank, round_id)
    wrong = player.answer_data(question, html, right=False)
    replay = player.client.post(f"/rounds/{round_id}", data=wrong)
    assert replay.headers["Location"] == f"/rounds/{round_id}/feedback/0"
    final = round_row(app, round_id)
    assert final.score == final.size * 100
    with app.app_context():
        count = db.session.execute(db.select(db.func.count(Answer.id)).filter_by(round_id=round_id))
        assert count.scalar_one() == final.size


def test_another_players_round_is_not_found(make_app, play_bank, players):
    app = make_app(play_bank)
    owner, other = players(app, "Owner"), players(app, "Intruder")
    round_id = owner.start()
    html = owner.question_page(round_id)
    data = owner.answer_data(play_bank.question(owner.current_question_id(round_id)), html)
    data["csrf_token"] = other.token()
    assert other.client.get(f"/rounds/{round_id}").status_code == 404
    assert other.client.post(f"/rounds/{round_id}", data=data).status_code == 404
    owner.client.post(f"/rounds/{round_id}", data=owner.answer_data(
        play_bank.question(owner.current_question_id(round_id)), html))
    assert other.client.get(f"/rounds/{round_id}/feedback/0").status_code == 404
    assert other.client.get(f"/rounds/{round_id}/results").status_code == 404
    anonymous = app.test_client()
    assert anonymous.get(f"/rounds/{round_id}").status_code == 404
    assert round_row(app, round_id).position == 1


def test_the_first_view_starts_the_clock_and_nothing_else_moves_it(make_app, play_bank, players):
    app = make_app(play_bank)
    owner, other = players(app, "Clock Owner"), players(app, "Clock Watcher")
    round_id = owner.start(timed="1")
    assert round_row(app, round_id).question_shown_at is None  # drawn, not yet seen
    assert other.client.get(f"/rounds/{round_id}").status_code == 404
    assert round_row(app, round_id).question_shown_at is None  # another's look starts nothing
    owner.question_page(round_id)
    first_seen = round_row(app, round_id).question_shown_at
    assert first_seen is not None
    page = owner.question_page(round_id)  # a reload, or a second tab
    assert round_row(app, round_id).question_shown_at == first_seen
    assert 'data-remaining="' in page and "Question 1 of" in text_of(page)


def test_questions_are_answered_in_order(make_app, play_bank, players):
    app = make_app(play_bank)
    player = players(app, "Hasty")
    round_id = player.start()
    html = player.question_page(round_id)
    data = player.answer_data(play_bank.question(player.current_question_id(round_id)), html)
    data["position"] = "2"
    response = player.client.post(f"/rounds/{round_id}", data=data)
    assert response.status_code == 409
    assert "Answer question 1 first" in text_of(response.get_data(as_text=True))
    assert player.client.get(f"/rounds/{round_id}/feedback/2").status_code == 404
    assert round_row(app, round_id).position == 0
    data["position"] = "99"
    assert player.client.post(f"/rounds/{round_id}", data=data).status_code == 400


def test_no_answer_counts_after_the_round_has_ended(make_app, play_bank, players):
    app = make_app(play_bank)
    player = players(app, "Late")
    round_id = player.start()
    html = player.question_page(round_id)
    data = player.answer_data(play_bank.question(player.current_question_id(round_id)), html)
    with app.app_context():
        play.finish_round(play_bank, round_rows.round_row(round_id))
    response = player.client.post(f"/rounds/{round_id}", data=data)
    assert response.status_code == 409
    assert "This round is over" in text_of(response.get_data(as_text=True))
    assert player.client.get(f"/rounds/{round_id}").headers["Location"] == f"/rounds/{round_id}/results"
    ended = round_row(app, round_id)
    assert (ended.position, ended.score) == (0, 0)
    assert "8 question(s) left unanswered" in text_of(
        player.client.get(f"/rounds/{round_id}/results").get_data(as_text=True))


def test_timed_rounds_pay_a_speed_bonus_measured_by_the_server(make_app, play_bank, players):
    app = make_app(play_bank)
    for timed in ("1", "0"):
        player = players(app, f"Speedy {timed}")
        round_id = player.start(timed=timed)
        html = player.question_page(round_id)
        assert ("speed bonus" in text_of(html)) == (timed == "1")
        started = time.monotonic()
        with app.app_context():  # as if the question had been on screen for ten seconds
            round_ = db.session.get(Round, round_id)
            round_.question_shown_at = utcnow() - timedelta(seconds=10)
            db.session.commit()
        question = play_bank.question(player.current_question_id(round_id))
        response = player.client.post(f"/rounds/{round_id}", data=player.answer_data(question, html))
        # the server's clock ran for ten seconds plus however long this machine took to answer
        slowest_ms = 10_000 + int((time.monotonic() - started) * 1000) + 1
        feedback = text_of(player.client.get(response.headers["Location"]).get_data(as_text=True))
        points = int(re.search(r"\+(\d+) points", feedback).group(1))
        if timed == "1":
            assert speed_bonus(1.0, slowest_ms) <= points - 100 <= speed_bonus(1.0, 10_000)
            assert speed_bonus(1.0, 10_000) > 0 and "speed bonus" in feedback
        else:
            assert points == 100 and "speed bonus" not in feedback


def test_the_home_page_says_timed_mode_before_it_starts_and_states_the_rule(make_app, play_bank):
    page = text_of(make_app(play_bank).test_client().get("/").get_data(as_text=True))
    assert f"Timed ({play.TIME_LIMIT_S} s per question, speed bonus)" in page
    assert "Untimed" in page
    assert play.SCORING_RULE in page


def test_topic_article_and_difficulty_rounds_draw_only_matching_questions(make_app, play_bank, players):
    app = make_app(play_bank)
    player = players(app, "Picky")
    for kind, scope, difficulty, wanted in (
        ("topic", "music", "any", {"play-opening-singer", "play-composer"}),
        ("source", "official-trailer-ruju-naomi", "any",
         {"play-studio", "play-opening-singer", "play-ramen"}),
        ("quick", "", "easy", {"play-studio", "play-android", "play-ramen"}),
    ):
        round_id = player.start(kind=kind, scope=scope, difficulty=difficulty)
        assert set(round_row(app, round_id).question_ids) == wanted


def test_a_round_with_no_matching_question_says_so(make_app, play_bank, players):
    player = players(make_app(play_bank), "Nothing")
    response = player.post("/play", {"kind": "topic", "scope": "music", "difficulty": "easy", "timed": "0"})
    assert response.headers["Location"] == "/"
    assert "No questions match" in text_of(player.client.get("/").get_data(as_text=True))


@pytest.mark.parametrize(
    "form, message",
    [
        ({"kind": "bogus"}, "kind"),
        ({"kind": "topic", "scope": "no-such-topic"}, "There is no topic"),
        ({"kind": "source", "scope": "no-such-article"}, "There is no article"),
        ({"kind": "quick", "difficulty": "impossible"}, "difficulty"),
    ],
)
def test_a_bad_start_request_gets_a_clear_400(make_app, play_bank, players, form, message):
    player = players(make_app(play_bank), "Tamper")
    response = player.post("/play", form)
    assert response.status_code == 400
    page = text_of(response.get_data(as_text=True))
    assert message in page and "Traceback" not in page


def test_starting_without_a_nickname_asks_for_one(make_app, play_bank, players):
    stranger = players(make_app(play_bank))  # no nickname picked
    response = stranger.post("/play", {"kind": "quick"})
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/nickname")


def test_choices_are_shuffled_per_round_and_stored(make_app, play_bank, players):
    app = make_app(play_bank)
    player = players(app, "Shuffler")
    orders = set()
    for _ in range(12):
        round_ = round_row(app, player.start(kind="topic", scope="music"))
        for qid, order in zip(round_.question_ids, round_.choice_orders, strict=True):
            question = play_bank.question(qid)
            if question.id == "play-composer":
                assert sorted(order) == list(range(len(question.choices)))
                orders.add(tuple(order))
    assert len(orders) > 1  # 12 rounds showing 4 choices in one order: 1 in 13,824**11


def test_every_question_of_the_bank_takes_its_own_answer_and_cites_its_quotes(game, players, make_app):
    _, bank = game
    played = set()
    for n, part in enumerate(round_sized_parts(play.playable(bank))):
        part_bank = Bank(sources=bank.sources, questions=tuple(part))
        app = make_app(part_bank, ROUND_SIZE=len(part), RATE_LIMITS="off")
        player = players(app, f"Completist{n}")
        round_id = player.start()
        pages = player.play_through(part_bank, round_id)
        round_ = round_row(app, round_id)
        size = len(part)
        assert (round_.size, round_.correct, round_.score) == (size, size, size * play.POINTS)
        for qid, page in zip(round_.question_ids, pages, strict=True):
            text = text_of(page)
            assert "Right!" in text
            for citation in bank.question(qid).sources:
                assert " ".join(citation.quote.split()) in text
        played.update(round_.question_ids)
    assert played == {q.id for q in play.playable(bank)}


def test_simultaneous_posts_of_one_answer_count_once(make_app, play_bank):
    import threading

    app = make_app(play_bank)
    with app.app_context():
        player = name_player("Clicker")
        round_id = play.start_round(play_bank, player.id, "topic", "production", "easy", False).id
    barrier = threading.Barrier(5)
    verdicts, errors = [], []

    def click() -> None:
        try:
            with app.app_context():
                round_ = round_rows.round_row(round_id)
                barrier.wait()
                verdicts.append(play.record_answer(play_bank, round_, 0, 0))
        except Exception as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=click) for _ in range(5)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors and len(verdicts) == 5
    assert len({(v.points, v.given) for v in verdicts}) == 1  # all see the one stored answer
    with app.app_context():
        assert db.session.execute(db.select(db.func.count(Answer.id))).scalar_one() == 1
        round_ = db.session.get(Round, round_id)
        assert round_.position == 1 and round_.score == verdicts[0].points


def test_rounds_stay_readable_when_the_bank_changes(make_app, play_bank, players):
    from dataclasses import replace

    app = make_app(play_bank)
    player = players(app, "Archivist")
    round_id = player.start(kind="topic", scope="music")
    first, second = round_row(app, round_id).question_ids
    html = player.question_page(round_id)
    player.client.post(f"/rounds/{round_id}", data=player.answer_data(play_bank.question(first), html))
    # a new version of the bank: the answered question edited, the next one withdrawn
    edited = replace(play_bank.question(first), explanation="An edited explanation.")
    questions = tuple(edited if q.id == first else q for q in play_bank.questions if q.id != second)
    app.extensions["quiz_bank"] = replace(play_bank, questions=questions)
    html = player.question_page(round_id)
    assert "withdrawn from the bank" in text_of(html)
    form = player.form(html)
    skip = {"csrf_token": form.fields["csrf_token"][0][0], "position": "1"}
    response = player.client.post(f"/rounds/{round_id}", data=skip)
    assert response.headers["Location"] == f"/rounds/{round_id}/feedback/1"
    results = text_of(player.client.get(f"/rounds/{round_id}/results").get_data(as_text=True))
    assert "100 points" in results and "1 of 2 right" in results
    assert "An edited explanation." in results and "withdrawn from the bank" in results
    assert "edited since your round began" in text_of(
        player.client.get(f"/rounds/{round_id}/feedback/0").get_data(as_text=True))


def test_pages_query_the_database_a_fixed_number_of_times(make_app, play_bank, players, monkeypatch):
    """No N+1: whatever the round's size, each page costs the same few statements."""
    from sqlalchemy import event

    # ranks counted every time: the second round may reuse the first one's kept rank
    app = make_app(play_bank, RATE_LIMITS="off", PLAYER_RANK_TTL_S=0)
    with app.app_context():
        engine = db.engine
    statements = []
    event.listen(engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    player = players(app, "Counter")
    token = player.token()

    def request(method: str, url: str, data: dict | None = None):
        statements.clear()
        response = player.client.open(url, method=method, data=data)
        return response, len([s for s in statements if not s.startswith("PRAGMA")])

    results = {}
    for difficulty in ("any", "easy"):  # rounds of 8 and of 3 questions
        response, queries = request("POST", "/play", {"csrf_token": token, "kind": "quick",
                                                      "difficulty": difficulty})
        assert queries <= 4
        url = response.headers["Location"]
        round_id = int(url.rsplit("/", 1)[1])
        for _ in range(round_row(app, round_id).size):
            page, queries = request("GET", url)
            # the round with its owner's secret, the proof checked against it; without
            # UPDATE ... RETURNING, a read of the round then the usual update and read
            assert queries == (1 if engine.dialect.update_returning else 3), statements
            question = play_bank.question(player.current_question_id(round_id))
            data = player.answer_data(question, page.get_data(as_text=True))
            answered, queries = request("POST", url, data)
            assert queries <= 6
            assert request("GET", answered.headers["Location"])[1] == 1  # the round with its answer
        results[difficulty] = request("GET", f"{url}/results")[1]
    assert results["any"] == results["easy"] <= 6
