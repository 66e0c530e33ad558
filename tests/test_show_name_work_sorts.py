"""A title before the sort of work it is: "the X original television anime", "the X sequel
anime film", "the X spinoff manga" say X is a title as "the X anime" does; "a Netflix
original anime" names a platform's work, no title."""

from __future__ import annotations

from made_up_article import article

from quiz.bank.show import find_show
from quiz.bank.title_cues import BEFORE_WORK


def test_a_title_before_original_television_anime_is_the_show(tmp_path):
    body = ("A website opened on Friday to announce the Lantern Street ( Chōchin Dōri ) original "
            "television anime. The website posted the anime's first promotional video.\n\n"
            "The original anime's story follows a lamp maker in a small town.")
    source = article(tmp_path, "Lantern Street Original TV Anime Announced for April", body)
    assert find_show(source)[0] == "Lantern Street"


def test_original_names_a_title_only_before_a_tv_anime():
    # "a Kumo original anime" is a platform's or a company's work, no title's
    assert [m["n"] for m in BEFORE_WORK.finditer("It is the latest Kumo original anime.")] == []
    found = BEFORE_WORK.finditer("The Harbor Lights sequel anime film opened on Friday.")
    assert [m["n"] for m in found] == ["The Harbor Lights"]
