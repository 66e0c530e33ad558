"""Topic titles as players read them, for every topic of the real bank."""

from __future__ import annotations

from quiz.bank.topics import TOPIC_TITLES, topic_title
from quiz.boards.names import board_title


def test_every_topic_of_the_bank_has_a_title_that_keeps_its_ampersand(bank):
    missing = sorted(set(bank.topics) - set(TOPIC_TITLES))
    assert not missing, f"topics without a title in quiz/bank/topics.py: {missing}"
    assert topic_title("characters-cast") == "Characters & cast"
    assert topic_title("release-broadcast") == "Release & broadcast"


def test_an_unlisted_topic_reads_as_its_words():
    assert topic_title("new-topic") == "New topic"


def test_a_topic_board_is_named_by_its_title(bank):
    assert board_title("topic:staff-production", bank) == "Topic: Staff & production"
