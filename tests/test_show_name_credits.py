"""A headline naming a title only as a person's credit while it speaks of their new work, in
the shapes an address gives it (no possessive "s", "to launch", "set launch") or with a role
such as "illustrator": the article is about the new work, never the credited show; a
headline about what is new of the show itself keeps it."""

from __future__ import annotations

from made_up_article import article

from quiz.bank.show import find_show

CREDIT_BODY = ("Manga creator Ken Sato teased a new manga serialization last Friday.\n"
               "Sato created the Kettle Riders manga, which inspired a live-action series in 2008, "
               "and the Kettle Riders: Graduation film in 2009.\n"
               "Sato's Moss Blues manga previously inspired a 1992 anime film.")



def test_an_address_s_credit_without_its_possessive(tmp_path):
    source = article(tmp_path, "Kettle riders ken sato teases new manga", CREDIT_BODY)
    assert find_show(source)[0] == ""


def test_a_credit_before_what_the_person_is_to_do(tmp_path):
    source = article(tmp_path, "Kettle riders ken sato to launch new manga serialization", CREDIT_BODY)
    assert find_show(source)[0] == ""


def test_an_illustrator_s_credit_before_a_new_series_of_a_magazine(tmp_path):
    body = ("News sources shared some news about The Lantern Keepers on Tuesday.\n"
            "The series' illustrator Mika Sato is preparing to launch a new manga series.\n"
            "The new series from The Lantern Keepers illustrator will be based on a game.\n"
            "Fans are excited to see Sato launch a first series since The Lantern Keepers.")
    source = article(tmp_path, "The lantern keepers illustrator set launch new shonen jump series", body)
    assert find_show(source)[0] == ""


def test_what_is_new_of_the_show_itself_keeps_it(tmp_path):
    body = ("The official website for the Kettle Riders anime revealed a new key visual on Monday.\n"
            "The second season of Kettle Riders will premiere in April.")
    source = article(tmp_path, "Kettle Riders Anime Reveals New Key Visual", body)
    assert find_show(source)[0] == "Kettle Riders"
    source = article(tmp_path, "Kettle Riders Season 2 Trailer Teases New Story Arc", body)
    assert find_show(source)[0] == "Kettle Riders"
