"""A page that opens with its headline again: that copy says no more than the headline. Its
news words ("New Release Date For Season 2", "Still Plays the Flute in Season 2") are no title
the text writes, though a season's number follows them; only its quotes still bound a title."""

from __future__ import annotations

from made_up_article import article

from quiz.bank.show import find_show


def test_the_headline_copy_gives_no_title_of_its_news_words(tmp_path):
    headline = "WHY WOULD A CAT RUN A BAKERY?: New Release Date For Season 2 Announced"
    source = article(tmp_path, headline, (
        f"{headline}\n"
        "The long-awaited second season of Why Would a Cat Run a Bakery? has been announced.\n"
        "The anime has been a hit since its premiere in 2019."))
    assert find_show(source)[0] == "Why Would a Cat Run a Bakery?"


def test_a_headline_copy_that_rewords_the_title_names_the_text_s_title(tmp_path):
    # never "Kanae-chan Still Plays the Flute in" of "... in Season 2 Reveal": the text's one
    # title, which the headline names by its opening words (headline_names.opening_in)
    headline = "Kanae-chan Still Plays the Flute in Season 2 Reveal"
    source = article(tmp_path, headline, (
        f"{headline}\n"
        "Did you enjoy the first season of the Kanae-chan Plays the Flute! anime? Season two "
        "was announced after the final episode aired.\n"
        "Funimation streamed the series as it aired."))
    assert find_show(source)[0] == "Kanae-chan Plays the Flute!"


def test_the_headline_copy_still_quotes_a_title(tmp_path):
    headline = "\u201cLantern Town The Movie: Blue Hour\u201d Reveals Trailer"
    source = article(tmp_path, headline, (
        f"{headline}\n"
        "A new trailer has been released for the upcoming Lantern Town movie. "
        "Ken Mori composed the music for Lantern Town\u2019s TV anime series."))
    assert find_show(source) == ("Lantern Town The Movie: Blue Hour", ["Lantern Town"])


def test_a_headline_copy_with_curly_quotes_is_no_mention_of_its_words(tmp_path):
    # the copy is spelled with straight quotes and dashes in the text, the headline not: still
    # the headline, so "Tanuki" is named once, in passing, and is no show
    headline = "Don\u2019t Poke the Bear, Miss Tanuki 2nd Round \u2013 03 \u2013 Lunch Break"
    source = article(tmp_path, headline, (
        f"{headline}\n"
        "This is a week of Hiro taking the initiative. He heads down the hall and asks where "
        "Tanuki's classroom is.\n"
        "It dawns on him that he does not know her first name."))
    assert find_show(source)[0] == ""


def test_an_episode_reviews_headline_opens_with_the_title_the_text_writes(tmp_path):
    # a title and an episode's number: a review of the show the text names once
    source = article(tmp_path, "Kite Runners Sky Limit \u2013 01", (
        "Every season brings new contenders for our attention, and sequels to old favourites.\n"
        "With something like Kite Runners, it is more fitting to say you missed it until it came "
        "back, after four years."))
    assert find_show(source)[0] in ("Kite Runners", "Kite Runners Sky Limit")


def test_a_numbered_headline_of_plain_words_marks_no_title(tmp_path):
    source = article(tmp_path, "New Anime Picks \u2013 05", (
        "Here are our New Anime Picks for the week.\n"
        "Frieren tops the list again, and Frieren fans rejoice."))
    assert find_show(source)[0] != "New Anime Picks"
