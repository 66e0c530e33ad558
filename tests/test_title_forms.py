"""The forms one title takes: with a season spelled in words, two spellings a slash joins."""

from __future__ import annotations

import json
from pathlib import Path

from quiz.bank.corpus import parse_source
from quiz.bank.show import find_show
from quiz.bank.title_forms import slashed, with_seasons


def article(tmp_path: Path, title: str, body: str):
    text = f"---\nid: news\ntitle: {json.dumps(title)}\norigin: news.txt\n---\n{body}\n"
    return parse_source(tmp_path / "news.md", text)


def test_a_slash_between_two_titles_joins_two_spellings_of_one_show(tmp_path):
    source = article(tmp_path, "Sea of Lanterns Season Two Set to Premiere in April", (
        "Sea of Lanterns Season Two is set to premiere in April.\n"
        "The official website for the anime adaptation of Toumyou no Umi/Sea of Lanterns manga "
        "series by Rin Sato has revealed a new visual.\n"
        "The first season aired for 12 episodes last year."))
    assert find_show(source) == ("Sea of Lanterns", ["Sea of Lanterns Season Two", "Toumyou no Umi"])


def test_a_season_in_words_is_no_title_of_its_own(tmp_path):
    # "Season Two is set to premiere" says nothing of a title; the headline's season marks one
    source = article(tmp_path, "Night Harbor Season Two Reveals Premiere Date", (
        "Night Harbor Season Two is set to premiere on October 4.\n"
        "The first season of the anime aired last year at Studio Kite.\n"
        "Season Two will have 12 episodes."))
    assert find_show(source) == ("Night Harbor", ["Night Harbor Season Two"])


def test_one_title_holding_a_slash_is_not_split():
    assert slashed("Fate/Zero") is None
    assert slashed("Fate/Grand Order") is None
    assert slashed("Shingeki no Kyojin/Attack on Titan") == ("Shingeki no Kyojin", "Attack on Titan")


def test_a_season_in_words_is_a_spelling_of_the_show():
    assert with_seasons("Night Harbor", "Night Harbor Season Two and Night Harbor 2nd Season") == {
        "Night Harbor Season Two", "Night Harbor 2nd Season"}
