"""The player's own page, /me: rounds, best scores and ranks, accuracy, questions missed."""

from __future__ import annotations

import re
from html import unescape

from quiz import boards as scoreboard
from quiz.database import db
from quiz.models import Answer, Player, Round, utcnow


def text_of(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def section(html: str, heading_id: str) -> str:
    """The HTML of the <section> labelled by the heading with this id."""
    match = re.search(rf'<section aria-labelledby="{heading_id}">(.*?)</section>', html, re.S)
    assert match, heading_id
    return match.group(1)


def test_without_a_player_yet_the_page_invites_to_play(client):
    response = client.get("/me")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert "You have not played yet" in text_of(html)
    assert 'class="button" href="/"' in html


def test_me_shows_rounds_best_scores_accuracy_and_the_questions_missed_most(make_app, play_bank, players):
    app = make_app(play_bank)
    naomi, rival = players(app, "Naomi"), players(app, "Rival")
    rival.play_through(play_bank, rival.start())  # 8 right: ahead of Naomi's best
    naomi.play_through(play_bank, naomi.start(), right=lambda q: q.topic != "music")
    naomi.play_through(play_bank, naomi.start(), right=lambda q: q.topic != "music")
    naomi.play_through(play_bank, naomi.start(), right=lambda q: q.topic == "music")
    naomi.play_through(play_bank, naomi.start(kind="topic", scope="music"))
    html = naomi.client.get("/me").get_data(as_text=True)
    text = text_of(html)
    assert "Naomi's scores" in text
    assert "4 rounds played" in text

    best = text_of(section(html, "best-h"))
    assert re.search(r"Quick round \d+ [\d.]+ s #2", best), best
    assert re.search(r"Topic: Music \d+ [\d.]+ s #1", best), best
    assert 'href="/scoreboard/topic:music"' in section(html, "best-h")

    # music: 2 questions x 3 quick rounds (right once) + 2 right in the topic round
    accuracy = text_of(section(html, "topics-h"))
    assert "Music 8 4 50%" in accuracy
    assert "Production 9 6 67%" in accuracy
    assert "Story 9 6 67%" in accuracy

    missed = section(html, "missed-h")
    items = re.findall(r'<li class="card review-item">(.*?)</li>', missed, re.S)
    music = {q.prompt for q in play_bank.questions if q.topic == "music"}
    prompts = [text_of(re.search(r'<p class="prompt">(.*?)</p>', item, re.S).group(1)) for item in items]
    first_two = set(prompts[:2])
    assert first_two == music
    assert all("Missed 2 of 4 times" in text_of(item) for item in items[:2])
    composer = play_bank.question("play-composer")
    assert composer.sources[0].quote in unescape(missed)  # the citation, quote and link
    assert 'href="/sources/bones-trailer-anime-expo#q-' in missed
    assert "Taisei Iwasaki" in text_of(missed)


def test_questions_no_longer_in_the_bank_are_shown_gracefully(make_app, play_bank, players):
    app = make_app(play_bank)
    naomi = players(app, "Naomi")
    with app.app_context():
        player = db.session.execute(db.select(Player).filter_by(nickname_key="naomi")).scalar_one()
        old = Round(player_id=player.id, kind="quick", scope="", question_ids=["retired-question"],
                    question_hashes=["h"], choice_orders=[[]], position=1, finished_at=utcnow(),
                    time_ms=1000)
        db.session.add(old)
        db.session.flush()
        db.session.add(Answer(round_id=old.id, position=0, question_id="retired-question",
                              given="x", correct=False, points=0))
        db.session.commit()
    response = naomi.client.get("/me")
    assert response.status_code == 200
    text = text_of(response.get_data(as_text=True))
    assert "This question ( retired-question ) is no longer in the bank" in text
    assert "Questions since withdrawn 1 0 0%" in text


def test_a_hidden_player_is_told_their_scores_are_kept_off_the_boards(make_app, play_bank, players):
    app = make_app(play_bank)
    naomi = players(app, "Naomi")
    naomi.play_through(play_bank, naomi.start())
    with app.app_context():
        scoreboard.set_hidden("Naomi", True)
        db.session.commit()
    html = naomi.client.get("/me").get_data(as_text=True)
    assert "A moderator has hidden your scores from the public boards" in text_of(html)
    assert "hidden" in text_of(section(html, "best-h")) and "#1" not in html
