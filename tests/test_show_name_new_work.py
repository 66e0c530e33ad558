"""A headline naming a creator's earlier work for their credit, or a new project once: the
article is about the new work, the show when the text names it where it says what the new
work is called; an untitled new work, or two new titles, give none."""

from __future__ import annotations

from made_up_article import article

from quiz.bank.show import find_show


def test_the_upcoming_series_titled_after_a_creator_s_credit(tmp_path):
    source = article(tmp_path, "The Lantern Keepers Creator to Launch a New Manga Series", (
        "After the success of the now-ended manga series, The Lantern Keepers, manga creator "
        "Ken Sato is set to launch another manga series.\n"
        "The upcoming manga series is titled Kasa no Machi, which means \u201cUmbrella Town\u201d.\n"
        "This will be Sato's first new series since The Lantern Keepers ended in 2014."))
    assert find_show(source)[0] == "Kasa no Machi"


def test_an_adverb_before_entitled_in_an_address(tmp_path):
    source = article(tmp_path, "The lantern keepers illustrator set launch new shonen jump series", (
        "A news account shared some interesting news about The Lantern Keepers on Tuesday.\n"
        "The series' illustrator Mei Kudo is preparing to launch a new manga series.\n"
        "There is no word on when the illustrator's new manga, allegedly entitled Copper Road, "
        "will be released.\n"
        "Fans are excited to see Kudo's first manga since The Lantern Keepers."))
    assert find_show(source)[0] == "Copper Road"


def test_its_title_where_the_headline_names_the_project(tmp_path):
    source = article(tmp_path, "ken sato reveals his post lantern keepers project velvet gate", (
        "With The Lantern Keepers ending its run last year, mangaka Ken Sato has been busy.\n"
        "This new project is a collaboration with two companies. Its title is Velvet Gate, and "
        "they even revealed a teaser video."))
    assert find_show(source)[0] == "Velvet Gate"


def test_an_untitled_new_work_or_two_titles_give_none(tmp_path):
    untitled = ("Manga creator Ken Sato teased on Twitter that his new manga serialization is coming.\n"
                "Sato created the Lantern Keepers manga, which inspired a live-action series.")
    source = article(tmp_path, "Lantern keepers ken sato to launch new manga serialization", untitled)
    assert find_show(source)[0] == ""
    two = ("Ken Sato is set to launch two manga series.\n"
           "The first new manga is titled Copper Road. The second new series is titled Velvet Gate.\n"
           "Sato created The Lantern Keepers manga.")
    source = article(tmp_path, "The Lantern Keepers Creator to Launch Two New Manga Series", two)
    assert find_show(source)[0] == ""


def test_a_title_named_so_where_the_headline_speaks_of_no_new_work(tmp_path):
    source = article(tmp_path, "Ken Sato Talks About His Career at Anime Expo", (
        "Ken Sato spoke about his career at a panel on Saturday.\n"
        "His next project is titled Copper Road, he said, without saying more."))
    assert find_show(source)[0] == ""


def test_a_headline_counting_new_works_is_a_round_up(tmp_path):
    source = article(tmp_path, "Streamer Reveals 5 New Anime Series for 2026", (
        "The streamer revealed five new anime series on Saturday.\n"
        "One new series is titled Copper Road, and is directed by Ken Sato.\n"
        "The others have no titles yet."))
    assert find_show(source)[0] == ""
