"""Articles about several works, or about a work their text names less than an earlier one:
no show rather than the wrong one. A headline that names a title the text writes, while the
text names another work more often, or a headline naming none of the works the text calls
titles, leaves the show unsure; so does a headline naming two of the works the text shows or
lists one per line."""

from __future__ import annotations

from made_up_article import article

from quiz.bank.show import find_show


def test_an_earlier_work_named_more_often_than_the_headline_s_title_is_no_show(tmp_path):
    body = ("The producers of the surprise hit Starlit Days anime series are teasing a new movie, "
            "Paper Moonrise (Moon Words).\n"
            "The movie was announced at a screening of the Starlit Days movie.\n"
            "Knowing the bittersweet feel of the Starlit Days (2011) series, the visual is striking.")
    assert find_show(article(tmp_path, "Paper moonrise trailer is out", body))[0] == ""


def test_a_headline_naming_none_of_the_works_the_text_calls_titles(tmp_path):
    body = ("The streaming platform announced Drifting Lanterns, the next feature film by Studio "
            "Kite.\n"
            "Drifting Lanterns is an original story about two childhood friends.\n"
            "There are previously announced projects like Bright: Paper Soul, an anime spin-off.\n"
            "Fans got a glimpse at returning series, including Kettle Girl Season 4.\n"
            "Kettle Girl Season 4 will be released in December.\n"
            "The original story of Kettle Girl is by Sanrio.")
    source = article(tmp_path, "Streamer announces an array of anime offerings at its fan event", body)
    assert find_show(source)[0] == ""


def test_a_title_the_headline_does_not_name_is_still_the_show_when_it_is_the_only_one(tmp_path):
    body = ("The anime Paper Lantern will premiere in April.\n"
            "Paper Lantern adapts the manga by Ken Sato.")
    assert find_show(article(tmp_path, "New trailer released for spring", body))[0] == "Paper Lantern"


def test_a_headline_naming_two_films_the_text_shows_one_by_one(tmp_path):
    body = ("Gekijoban Harbor Lights : Tenshi no Namida\n"
            "The new Harbor Lights anime film ranked at #1 in its opening weekend.\n"
            "Harbor Lights franchise director Ken Sato directed the new film.\n"
            "The film revolves around the past of Ryo Saeba.\n"
            "The Glass Heron\n"
            "The film dropped from #5 to #6 at the Japanese box office in its ninth weekend.")
    headline = "New harbor lights anime film debuts at no.1 the glass heron drops to no.6"
    source = article(tmp_path, headline, body)
    assert find_show(source)[0] == ""


def test_a_headline_naming_two_works_of_a_listed_slate(tmp_path):
    body = ("The streaming service announced the release dates of several anime series.\n"
            "Kettle: City of Steam: 18th July\n"
            "Moss Ashura: Later this year\n"
            "Paper Pilot: 21st September\n"
            "The second Kettle film will continue where the first film left off.\n"
            "However, this time, Kettle is about to take on the might of Mecha Kettle!\n"
            "Meanwhile, Paper Pilot follows Hisone Amakasu, a rookie pilot.")
    headline = "Streamer reveals premiere dates for 2nd kettle anime film paper pilot and more"
    source = article(tmp_path, headline, body)
    assert find_show(source)[0] == ""


def test_a_caption_of_the_show_itself_is_no_round_up(tmp_path):
    body = ("Paper Lantern\n"
            "The anime Paper Lantern will premiere in April.\n"
            "Paper Lantern adapts the manga by Ken Sato.")
    source = article(tmp_path, "Paper Lantern Anime Reveals April Premiere", body)
    assert find_show(source)[0] == "Paper Lantern"


def test_a_holiday_before_anime_in_the_headline_is_when_the_releases_come_not_a_show(tmp_path):
    source = article(tmp_path, "Christmas Anime Releases on DVD and Blu-ray", (
        "Christmas sees the sequel to Studio Kite's Paper Moon, a film and an OVA.\n"
        "Harbor Lights, one of the Christmas releases, is the sequel to the adventure series.\n"
        "The final instalment of The Girl Who Leapt Through Space also ships on Christmas."))
    assert find_show(source)[0] == ""


def test_a_headline_counting_the_works_is_a_round_up(tmp_path):
    body = ("Kiteflix anime Harbor Lights, coming up in 2021, is set in a port city where "
            "lanterns hide spirits.\n"
            "Kiteflix has revealed twelve new anime projects slated for 2021 and beyond, among "
            "them Paper Moon and The Way of the Kettle.")
    for headline in ("Kiteflix announces 12 anime series, aims to be home for anime fans",
                     "Kiteflix Announces Three Original Anime Projects!"):
        assert find_show(article(tmp_path, headline, body))[0] == ""
    # a number inside a title counts nothing
    body = ("The third season of the Kite Psycho 100 anime premieres in October.\n"
            "Kite Psycho 100 is based on the manga by Mei Kudo.")
    source = article(tmp_path, "Kite Psycho 100 Anime Gets Third Season", body)
    assert find_show(source)[0] == "Kite Psycho 100"
