"""Who writes the show's score is its composer, on made-up sentences: "X will pen the score",
"X will score the show's soundtrack", "X will be composing the score"."""

from __future__ import annotations

from pathlib import Path

from made_up_article import read_article


def music(tmp_path: Path, body: str) -> set[str]:
    base = read_article(tmp_path, "Silver Tide is the new anime of the season.\n\n" + body,
                        "Silver Tide Anime Announced")
    return {f.value for f in base.facts if f.relation == "credit" and f.qualifier == "music"}


def test_penning_the_score(tmp_path):
    assert music(tmp_path, "Blue Harbor composer Ren Mori will pen the score.\n") == {"Ren Mori"}


def test_scoring_the_shows_soundtrack(tmp_path):
    assert music(tmp_path, "Aya Kuro will score the show's soundtrack.\n") == {"Aya Kuro"}


def test_composing_the_score(tmp_path):
    assert music(tmp_path, "Kei Sora will be composing the score.\n") == {"Kei Sora"}
