"""Articles led by a show-like name that is about no one show: several shows listed side by side
and named as often, a channel's programming block, a person the text calls by the family name.
No show rather than the wrong one; the one show of an article that lists it with its studio's
other works is still found; a licence ("the rights to X") names its work."""

from __future__ import annotations

from made_up_article import article

from quiz.bank.show import find_show


def test_shows_listed_side_by_side_and_named_as_often_are_a_round_up(tmp_path):
    body = ("New episodes of the Moon Rabbits , Iron Lantern, Star Cup, and Sky Harbor anime series are "
            "postponed because of the storm.\n"
            "The official Iron Lantern account said production has stopped for now.\n"
            "The Sky Harbor team said the same, and will announce when episodes resume.")
    headline = "New episodes of moon rabbits iron lantern and sky harbor anime postponed"
    source = article(tmp_path, headline, body)
    assert find_show(source)[0] == ""


def test_two_shows_joined_by_and_in_an_article_naming_neither_in_its_headline(tmp_path):
    body = ("Several broadcasts are paused this spring.\n"
            "Among them are the long-running series Sky Harbor and the new Iron Lantern remake.\n"
            "The studio will suspend both Sky Harbor and our new series Iron Lantern, it said.")
    assert find_show(article(tmp_path, "Storm puts many anime shows on hold: the full list", body))[0] == ""


def test_a_show_listed_with_its_studio_s_other_work_is_still_the_headline_s_show(tmp_path):
    body = ("The studio behind Iron Lantern has revealed a teaser for its new film Sky Harbor.\n"
            "Fans of Iron Lantern, Sky Harbor is for you.\n"
            "Iron Lantern director Ken Sato directs Sky Harbor, and Iron Lantern writer Jun Ito "
            "writes it.\n"
            "Iron Lantern aired in 2013.")
    assert find_show(article(tmp_path, "Sky Harbor teaser trailer released", body))[0] == "Sky Harbor"


def test_a_programming_block_is_no_show(tmp_path):
    body = ("Adult Night brings back Moonbeam, the network's block of anime programming.\n"
            "The Moonbeam anime block returns on Saturday, and the Moonbeam schedule lists "
            "Iron Lantern and Sky Harbor.")
    assert find_show(article(tmp_path, "Moonbeam Anime Block Officially Returns", body))[0] == ""


def test_a_person_the_text_calls_by_the_family_name_is_no_show(tmp_path):
    body = ("As the director of Iron Lantern and Sky Harbor, Kentarô Mizuno is one of the best "
            "known names in anime.\n"
            "What sets Mizuno's works apart is their colour, and Mizuno has been a pioneer of "
            "many techniques.\n"
            "When we met him in Tokyo, we asked about his next works.")
    assert find_show(article(tmp_path, "Kentaro mizuno", body))[0] == ""


def test_a_licence_names_the_work_it_is_to(tmp_path):
    body = ("Harbor Filmworks announced that they acquired the domestic rights to Iron Lantern.\n"
            "The company will release the title digitally first, then on disc.")
    assert find_show(article(tmp_path, "Harbor filmworks adds iron lantern", body))[0] == "Iron Lantern"


def test_a_company_the_text_calls_one_is_no_show(tmp_path):
    body = ("Kitefilm, Japan's oldest movie studio, revealed on April 1 that it has established an "
            "anime department. Kitefilm has acquired a small animation company. The department will "
            "fund anime productions for Kitefilm.")
    assert find_show(article(tmp_path, "Kitefilm Creates Anime Department", body)) == ("", [])
    body = ("Kitefilm acquired Lantern Studio on Monday. Kitefilm Co. Ltd will own every share of "
            "Kitefilm Lantern from June.")
    assert find_show(article(tmp_path, "Kitefilm Purchases Animation Company", body)) == ("", [])
