"""A name the headline gives and the text repeats with no cue: the show, unless it is a name of
the industry (industry.yaml), a person's, a part of a longer name or a phrase the text also
writes in lower case."""

from __future__ import annotations

from made_up_article import article

from quiz.bank.industry import is_industry
from quiz.bank.show import find_show


def test_a_name_of_the_industry_is_known_whatever_its_case_or_punctuation():
    assert is_industry("Warner Bros.") and is_industry("WARNER BROS") and is_industry("Netflix's")
    assert is_industry("Science SARU") and is_industry("Disney+")
    assert not is_industry("Disney Plus Day") and not is_industry("Harbor Lantern Romance")


def test_a_studio_the_headline_and_the_text_repeat_is_no_show(tmp_path):
    source = article(tmp_path, "Aniplex Teases a New Anime Movie for Next Summer", (
        "A short teaser for a new anime movie from Aniplex arrived on Friday.\n"
        "The film is the first Aniplex has funded alone, and more will follow.\n"
        "Fans of Aniplex expect a sequel to one of its earlier hits."))
    assert find_show(source)[0] == ""
