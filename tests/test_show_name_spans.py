"""A title the reading patterns cut at a possessive, a comma or a "!" inside it, which the
headline and the text both write whole: the whole is the show's name."""

from __future__ import annotations

from made_up_article import article

from quiz.bank.show import find_show


def test_a_title_with_commas_inside_is_named_whole(tmp_path):
    source = article(tmp_path, "At Last! Rika, The Fox, and The Moon Gets May Debut in Europe!", (
        "Rika, The Fox, and The Moon is one of the gentlest anime films of the year.\n"
        "The anime film Rika, The Fox, and The Moon will open in European cinemas on May 3.\n"
        "It is a quiet story about Rika, a girl who lives by the sea."))
    assert find_show(source)[0] == "Rika, The Fox, and The Moon"


def test_a_title_with_a_mark_inside_is_named_whole(tmp_path):
    source = article(tmp_path, "Hello to Lantern Town! Kota-kun Receives 2nd Season", (
        "The official account announced today that the series Hello to Lantern Town! Kota-kun "
        "will receive a second season.\n"
        "Hello to Lantern Town! Kota-kun Season 2 has no broadcast date yet."))
    assert find_show(source)[0] == "Hello to Lantern Town! Kota-kun"


def test_a_spinoff_the_headline_names_whole_is_not_its_franchise(tmp_path):
    source = article(tmp_path, "Paper Birds at Play! Night Shift Manga Gets TV Anime Adaptation", (
        "The new issue of the magazine announces an anime adaptation of Paper Birds at Play! Night "
        "Shift, a spinoff of the hit manga.\n"
        "The original Paper Birds at Play! anime aired in 2019 and ran for 13 episodes."))
    assert find_show(source)[0] == "Paper Birds at Play! Night Shift"


def test_news_words_after_a_title_are_no_part_of_it(tmp_path):
    source = article(tmp_path, "Rika, The Fox, and The Moon Stage Play Cast Revealed", (
        "The stage play of Rika, The Fox, and The Moon has cast its leads.\n"
        "Rika, The Fox, and The Moon Stage Play tickets go on sale in May; the anime film "
        "Rika, The Fox, and The Moon opened in 2021.\n"
        "It is a quiet story about Rika, a girl who lives by the sea."))
    assert find_show(source)[0] == "Rika, The Fox, and The Moon"


def test_a_persons_possessive_before_a_title_is_no_part_of_it(tmp_path):
    source = article(tmp_path, "Mei Kudo's Lantern Fox Manga Gets TV Anime", (
        "Mei Kudo's Lantern Fox manga is getting a television anime, the magazine announced.\n"
        "The anime of Lantern Fox will premiere in 2026; Mei Kudo's Lantern Fox has sold a "
        "million copies."))
    assert find_show(source)[0] == "Lantern Fox"


def test_a_title_opening_with_an_honorific_and_a_possessive_is_named_whole(tmp_path):
    # "Miss Tanaka's" every time, and so in the headline: the title's own words, not a person
    source = article(tmp_path, "Miss Tanaka\u2019s Paper Crane New Trailer Released", (
        "Miss Tanaka\u2019s Paper Crane New Trailer Released\n"
        "Studio Kite confirmed Miss Tanaka's Paper Crane second season's premiere date.\n"
        "It is the second season of the hit series Miss Tanaka's Paper Crane, and the new "
        "season will premiere on July 8."))
    assert find_show(source)[0] == "Miss Tanaka's Paper Crane"


def test_a_seasons_own_name_after_season_is_asked_of_as_the_show(tmp_path):
    source = article(tmp_path, "Kite Band Performs Theme Song for Paper Birds!! Over The Hill", (
        "The official website for the Paper Birds!! TV anime announced the theme song for its "
        "coming third season Paper Birds!! Over The Hill today.\n"
        "Kite Band also sang a theme for the Paper Birds!! anime's second season."))
    assert find_show(source)[0] == "Paper Birds!!"


def test_an_opening_theme_after_a_title_is_no_part_of_it(tmp_path):
    source = article(tmp_path, "Paper Moon Academy: The Fox of Winter OP English version released", (
        "An English version of the Paper Moon Academy: The Fox of Winter OP theme song video has "
        "been released by the band. The opening song is titled \u201cLantern\u201d.\n"
        "The Paper Moon Academy: The Fox of Winter OP single went on sale on November 9."))
    assert find_show(source)[0] == "Paper Moon Academy: The Fox of Winter"


def test_a_headline_title_with_marks_inside_that_the_text_writes_is_the_show(tmp_path):
    source = article(tmp_path, "Kite Dance! Starlight!! 3rd Season Announced", (
        "Kite Dance is one of the best-loved idol franchises, and Kite Dance! Starlight!! is its "
        "newest series.\n"
        "At the end of the final episode of the Kite Dance! Starlight!! 2nd season, a Kite Dance! "
        "Starlight!! 3rd season was announced for an unknown date."))
    assert find_show(source)[0] == "Kite Dance! Starlight!!"
