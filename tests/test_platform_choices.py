"""Where a show is shown, asked among wrong options nothing in its articles can vouch for: the
well-known services lent to a show already out, and a programming block among services (made-up
articles in the shapes of train and dev ones)."""

from __future__ import annotations

from pathlib import Path

from made_up_article import read_article

from quiz.bank.generate import drafts

SERVICES = "Which of these services"


def platform_questions(tmp_path: Path, body: str):
    base = read_article(tmp_path, body, "Silver Tide Anime Reveals More")
    return [d for d in drafts(base) if d.prompt.startswith(SERVICES)]


def test_a_show_to_come_is_asked_among_lent_services(tmp_path):
    asked = platform_questions(tmp_path, (
        "Silver Tide is a new anime about the sea.\n\n"
        "Crunchyroll will stream the anime as it airs.\n"
    ))
    assert [d.answer for d in asked] == ["Crunchyroll"]
    assert len(asked[0].choices) == 4


def test_a_show_already_out_lends_no_service_as_a_wrong_option(tmp_path):
    # the shape of a train article (a dub starting on a service) and another (a rerun on a
    # block): a show that has premiered may be on the lent services too
    asked = platform_questions(tmp_path, (
        "Silver Tide is a new anime about the sea.\n\n"
        "The anime premiered on October 8 on TV Asahi.\n\n"
        "Crunchyroll is streaming the series as it airs.\n"
    ))
    assert asked == []


def test_a_show_already_out_that_streams_exclusively_still_lends(tmp_path):
    # a dev article: "it is streaming in Japan exclusively on Amazon Prime Video"
    asked = platform_questions(tmp_path, (
        "Silver Tide is a new anime about the sea.\n\n"
        "The anime premiered on October 8 on TV Asahi.\n\n"
        "Crunchyroll is streaming the series exclusively as it airs.\n"
    ))
    assert [d.answer for d in asked] == ["Crunchyroll"]


def test_a_programming_block_is_not_offered_among_services(tmp_path):
    # "Toonami" beside Disney+ and HIDIVE (train), "Noitamina" beside Netflix and Hulu (dev)
    skyline = "The Skyline programming block is known for its late-night dramas.\n\n"
    for block, said in (("Toonami", ""), ("Skyline", skyline)):
        asked = platform_questions(tmp_path, (
            f"Silver Tide is a new anime about the sea.\n\n{said}"
            f"The anime will premiere on {block} in April.\n"
        ))
        assert not [d for d in asked if d.answer == block], (block, [d.choices for d in asked])
