"""A prompt ending in a title that ends in "?" keeps one question mark, as a reader writes it."""

from __future__ import annotations

from quiz.bank.phrasing import one_mark


def test_a_title_s_own_question_mark_ends_the_prompt():
    assert one_mark("Who is the director of The 8th son? Are you kidding me??") == (
        "Who is the director of The 8th son? Are you kidding me?")
    assert one_mark("Who directs Lantern?") == "Who directs Lantern?"
    # the "!" is the title's, the "?" the question's
    assert one_mark("Who directs Maesetsu!?") == "Who directs Maesetsu!?"
