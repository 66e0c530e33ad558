"""A credit asked of the show only when it is the show's: not one season's new holder of a job
said to replace another, nor a job on a manga adaptation."""

from __future__ import annotations

from pathlib import Path

from made_up_article import read_article


def read(tmp_path: Path, body: str, title: str = "Silver Tide Season 4 Staff Revealed"):
    return read_article(tmp_path, body, title)


def credits(base):
    return sorted((f.qualifier, f.value) for f in base.of("credit"))


def test_a_job_taken_over_from_another_is_not_the_shows(tmp_path):
    body = (
        "Silver Tide is getting a fourth season.\n\n"
        "Kenta Mori ( Blue Hill ) is the chief director, replacing director Aki Sato .\n"
    )
    assert credits(read(tmp_path, body)) == []


def test_a_job_said_to_be_new_is_asked_as_new(tmp_path):
    body = (
        "Silver Tide is getting a fourth season.\n\n"
        "Mika Ueda ( Red Field ) is the new character designer, replacing Jun Oda .\n"
    )
    assert credits(read(tmp_path, body)) == [("new character designer", "Mika Ueda")]


def test_the_staff_of_a_manga_adaptation_are_not_the_shows(tmp_path):
    body = (
        "Silver Tide is getting a TV anime.\n\n"
        "Aya Kino (art) and Rin Mase (script) launched a manga adaptation of the novels in 2022.\n"
    )
    assert credits(read(tmp_path, body)) == []


def test_roles_in_brackets_on_the_show_still_count(tmp_path):
    body = (
        "Silver Tide is getting a TV anime.\n\nThe staff includes Rin Mase (script) and Aya Kino (music).\n"
    )
    assert credits(read(tmp_path, body)) == [("music", "Aya Kino"), ("script", "Rin Mase")]
