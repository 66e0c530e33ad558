"""A headline naming the show short: by its opening words, or without its article; a song's name
is none."""

from __future__ import annotations

from made_up_article import article

from quiz.bank.show import find_show


def test_a_headline_naming_a_long_title_by_its_opening_words(tmp_path):
    body = ("The studio behind the TV anime The Lantern Keeper Sleeps Until Noon confirmed a second "
            "season on Sunday. Yen Press publishes the light novels in English.")
    source = article(tmp_path, "The Lantern Keeper' Anime Greenlit for Season 2", body)
    assert find_show(source)[0] == "The Lantern Keeper Sleeps Until Noon"


def test_the_headline_s_copy_atop_the_text_is_no_use_of_its_opening_words_alone(tmp_path):
    # a stored page opens with its headline again: that copy names no shorter work
    headline = "The Lantern Keeper' Anime Greenlit for Season 2"
    body = (f"{headline}\n\nThe studio behind the TV anime of Mina Kato's light novel series "
            "\u201cThe Lantern Keeper Sleeps Until Noon\u201d (Chouchin-ban wa Hiru made Nemuru) "
            "confirmed a second season on Sunday.")
    assert find_show(article(tmp_path, headline, body))[0] == "The Lantern Keeper Sleeps Until Noon"


def test_a_headline_dropping_a_title_s_article(tmp_path):
    body = ("The staff of The Paper Lanterns revealed the opening theme on Friday. Fans of The "
            "Paper Lanterns cheered.")
    source = article(tmp_path, "Rina Sato Sings Opening Theme of Paper Lanterns Anime", body)
    assert find_show(source)[0] == "The Paper Lanterns"


def test_no_short_form_without_a_strong_cue_or_beside_a_title_the_headline_names_whole(tmp_path):
    # "season of X" says less than "the anime X": the headline's two words may be another name's
    body = "Fans are waiting for the new season of Lantern Keepers Academy, which has no date yet."
    assert find_show(article(tmp_path, "Lantern Keepers Sequel Rumors Grow", body)) == ("", [])
    # the headline writes another title whole that holds the opening words
    body = ("Sony will release Lantern Keepers on Blu-ray. The story goes on in this new season "
            "of the anime Lantern Keeper Academy, out in May.\nLantern Keepers is a hit.")
    found = find_show(article(tmp_path, "Lantern Keepers S2 Released Monday", body))[0]
    assert found != "Lantern Keeper Academy"


def test_a_name_the_text_quotes_as_a_song_is_no_show(tmp_path):
    headline = "Singer Mio Abe Releases Harbor Tamer Anime Ending Theme \u201cGLOW&TIDE\u201d"
    body = ("Singer Mio Abe has unveiled her new single \u201cGLOW&TIDE.\u201d\n\n"
            "The song is the ending theme for the upcoming anime series Kaizoku no Harbor (a.k.a harbor "
            "tamer), which begins streaming on October 2.\n\n"
            "\u201cGLOW&TIDE\u201d will be released on October 12 via Nippon Records.")
    assert find_show(article(tmp_path, headline, body)) == ("", [])


def test_a_longer_title_is_another_work_where_the_text_writes_the_headline_s_words_alone(tmp_path):
    body = ("Copper Bell is a TV anime.\n\nIts first episodes were shown in theaters in a film "
            "titled Copper Bell -Reprise- last spring.")
    source = article(tmp_path, "Copper Bell Gets a Date", body)
    assert find_show(source)[0] != "Copper Bell -Reprise-"
