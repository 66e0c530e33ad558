"""A date tied to the event whose verb stands next to it, not to another event of its sentence."""

from __future__ import annotations

from pathlib import Path

from made_up_article import read_article

from quiz.bank.generate import published_for_show
from quiz.bank.hand_written import Curated


def read(tmp_path: Path, body: str, title: str = "Silver Tide Gets a Trailer"):
    return read_article(tmp_path, body, title)


def values(base, relation):
    return sorted(f.value for f in base.of(relation))


def test_a_release_date_beside_a_new_trailer_is_not_the_trailers(tmp_path):
    body = (
        "Silver Tide is a new anime.\n\n"
        "The Silver Tide anime, which is set to be released on October 2025, has shared more news "
        "this Monday, as the first promotional video of the series has been released.\n"
    )
    base = read(tmp_path, body)
    assert values(base, "trailer_released") == []
    assert values(base, "premiere") == ["October 2025"]


def test_a_trailer_dated_next_to_its_own_verb(tmp_path):
    body = "Silver Tide is a new anime.\n\nA new trailer for Silver Tide was released on March 3, 2025.\n"
    assert values(read(tmp_path, body), "trailer_released") == ["March 3, 2025"]


def test_a_sentence_dating_its_own_event_lends_the_next_no_date(tmp_path):
    body = (
        "Silver Tide is a new anime.\n\n"
        "The award-winning novel series Silver Tide is finally hitting the anime scene in "
        "October 2025. A key visual and a new promotional video have also been released.\n"
    )
    assert values(read(tmp_path, body), "trailer_released") == []


def test_a_date_opening_its_sentence_is_the_next_ones_event(tmp_path):
    body = (
        "Silver Tide is a new anime.\n\n"
        "Months later, on July 3, 2025, fans saw a big update on the Silver Tide website. "
        "A new trailer was released.\n"
    )
    assert values(read(tmp_path, body), "trailer_released") == ["July 3, 2025"]


def test_dates_as_news_agencies_cut_them(tmp_path):
    # "Sept." is how agencies cut September; a start abroad so cut is no premiere either
    body = (
        "Silver Tide is a new anime.\n\n"
        "The series premieres in Japan on Netflix on Sept. 25, and will make its way to Japanese "
        "TV broadcast networks on Oct. 1. The series will begin streaming in territories outside "
        "of Japan on Oct. 9.\n"
    )
    base = read(tmp_path, body)
    assert values(base, "premiere") == ["September 25"]
    assert values(base, "release_abroad") == ["October 9"]


def test_a_season_announced_is_not_the_shows_announcement(tmp_path):
    body = (
        "Silver Tide is a new anime.\n\n"
        "With the warm reception of season 1, Netflix announced in March 2024 that the anime series "
        "would be getting a second season.\n"
    )
    assert values(read(tmp_path, body), "announced") == []


def test_a_date_the_announcement_says_is_coming_is_not_the_announcements(tmp_path):
    body = (
        "Silver Tide is a new anime.\n\n"
        "Kite Stream announced on Monday that it will add the Spanish dub of the Silver Tide anime "
        "film on May 14 at noon.\n"
    )
    assert values(read(tmp_path, body), "announced") == []


def test_a_short_that_made_its_debut_dates_no_premiere_of_the_show(tmp_path):
    body = (
        "Silver Tide is a new television anime that will air this summer.\n\n"
        "The author's earlier manga inspired a short film by the same studio. The short made its "
        "world debut in May 2019 at a festival in Osaka.\n"
    )
    base = read(tmp_path, body)
    assert "May 2019" not in values(base, "premiere") + values(base, "premiered")


def test_the_show_announced_on_a_date(tmp_path):
    body = "Silver Tide is a new anime.\n\nOn March 5, 2024, Netflix announced a new anime, Silver Tide.\n"
    assert values(read(tmp_path, body), "announced") == ["March 5, 2024"]


def test_a_second_outlets_start_is_not_the_premiere(tmp_path):
    body = (
        "Silver Tide is a new anime.\n\n"
        "The anime will premiere in Japan on January 3 on TOKYO MX. The anime will also stream on "
        "Kite's YouTube channel starting on January 10.\n"
    )
    assert values(read(tmp_path, body), "premiere") == ["January 3"]


def test_a_screening_or_a_later_cour_is_not_the_premiere(tmp_path):
    body = (
        "Silver Tide is a new anime.\n\n"
        "The anime had its world premiere screening at a festival on November 17. The anime's "
        "second cour will premiere on TOKYO MX on July 17. The anime will premiere on TBS and BS11 "
        "in January 2024.\n"
    )
    base = read(tmp_path, body)
    assert values(base, "premiere") == ["January 2024"]
    assert {"BS11", "TBS"} <= set(values(base, "platform"))  # not "BS11 in January 2024"


def test_a_limited_release_abroad_is_not_the_premiere(tmp_path):
    body = (
        "Silver Tide is a new anime film.\n\n"
        "The film is receiving a limited North American release on April 7.\n"
    )
    assert values(read(tmp_path, body), "premiere") == []


def test_a_plan_that_slipped_is_not_the_premiere_year(tmp_path):
    body = "Silver Tide is a new anime.\n\nThe Japanese version was originally slated to premiere in 2023.\n"
    assert values(read(tmp_path, body), "premiere") == []


def test_a_games_debut_is_not_the_films_premiere(tmp_path):
    body = (
        "Silver Tide is a new anime film.\n\n"
        "The film is also inspiring a Switch game that will debut in Japan on March 5, a day before "
        "the film's opening.\n"
    )
    assert values(read(tmp_path, body), "premiere") == []


def test_a_show_that_premiered_has_its_coming_start_as_another_run(tmp_path):
    title = "Silver Tide Anime Airs in Japan on July 7"
    coming = (
        "Silver Tide is a Chinese anime series.\n\n"
        "The Kite channel will air the Silver Tide anime series beginning on July 7.\n"
    )
    assert values(read(tmp_path, coming, title), "premiere") == ["July 7"]
    base = read(
        tmp_path, coming + "\nThe show premiered in China in June 2023 and streamed on bilibili.\n", title
    )
    assert values(base, "premiered") == ["June 2023"]
    assert values(base, "premiere") == []


def test_a_films_opening_is_its_premiere(tmp_path):
    film = "Silver Tide is a new anime film.\n\n"
    assert values(read(tmp_path, film + "The film will open on March 6.\n"), "premiere") == ["March 6"]
    in_japan = film + "The film will open in Japan on April 24.\n"
    assert values(read(tmp_path, in_japan), "premiere") == ["April 24"]
    year = film + (
        "Silver Tide is an upcoming original anime movie by director Ken Arai "
        "which will open in theaters in 2027.\n"
    )
    assert values(read(tmp_path, year), "premiere") == ["2027"]


def test_what_opens_for_the_film_is_not_the_film(tmp_path):
    film = "Silver Tide is a new anime film.\n\n"
    for said in ("A pop-up shop for the film will open on March 6.",
                 "An exhibition of the art of the film will open in 2027."):
        assert values(read(tmp_path, film + said + "\n"), "premiere") == []


def test_a_film_of_a_show_that_aired_or_a_live_action_film_is_not_the_shows_premiere(tmp_path):
    aired = (
        "Silver Tide is a new anime film.\n\n"
        "The Silver Tide anime premiered in October 2018.\n\nThe film will open in 2027.\n"
    )
    assert values(read(tmp_path, aired), "premiere") == []
    live = "Silver Tide is a live-action film of the manga.\n\nThe film will open in Japan on December 18.\n"
    assert values(read(tmp_path, live), "premiere") == []


def test_the_manga_that_names_the_anime_is_no_event_of_its_own(tmp_path):
    body = (
        "Silver Tide is a new anime.\n\n"
        "The official website for the television anime of Ken Arai 's Silver Tide manga revealed on "
        "Friday that the anime will debut on April 4.\n"
    )
    assert values(read(tmp_path, body), "premiere") == ["April 4"]
    # the manga's own news keeps its date
    manga = "Silver Tide is a new anime.\n\nThe Silver Tide manga will end on April 4.\n"
    assert values(read(tmp_path, manga), "premiere") == []


def test_a_later_half_is_not_the_premiere(tmp_path):
    body = "Silver Tide is a new anime.\n\nThe show's second half will premiere in October 2026.\n"
    assert values(read(tmp_path, body), "premiere") == []


def test_a_video_released_before_its_date_is_the_videos(tmp_path):
    body = (
        "Silver Tide is a new anime.\n\n"
        "The television anime adaptation of Ken Arai's Silver Tide manga released a second "
        "promotional video for the series on Friday, January 29.\n"
    )
    base = read(tmp_path, body)
    assert values(base, "premiere") == []
    assert values(base, "trailer_released") == ["January 29"]
    # a date named by the premiere after it stays the premiere's
    dated = (
        "Silver Tide is a new anime.\n\n"
        "The studio released a new trailer for Silver Tide and revealed the show's April 13, 2026 "
        "broadcast date.\n"
    )
    assert values(read(tmp_path, dated), "trailer_released") == []


def test_a_trailer_of_a_title_opening_with_an_article_is_asked_as_a_trailer_for_it(tmp_path):
    body = "A Silver Tide is a new anime.\n\nA new trailer for A Silver Tide was released on March 3, 2026.\n"
    base = read_article(tmp_path, body, "A Silver Tide Gets a Trailer")
    asked = [d for d in published_for_show(base, Curated()) if d.facts[0].relation == "trailer_released"]
    assert [d.prompt for d in asked] == ["On what date did a trailer for A Silver Tide come out?"]


def test_a_date_named_by_the_premiere_after_it_is_the_premiere(tmp_path):
    trailer = (
        "Silver Tide is a new anime.\n\n"
        "A new trailer for Silver Tide was revealed on Wednesday ahead of the anime's October 5 "
        "premiere date.\n"
    )
    assert values(read(tmp_path, trailer), "premiere") == ["October 5"]
    year = "Silver Tide is a new anime.\n\nThe video reveals the main cast and the anime's 2026 premiere.\n"
    assert values(read(tmp_path, year), "premiere") == ["2026"]
    # a past debut is no coming premiere, nor a manga's
    past = "Silver Tide is a new anime.\n\nThe manga has sold well since its August 2016 debut.\n"
    assert values(read(tmp_path, past), "premiere") == []


def test_the_season_of_an_article_that_numbers_only_a_past_first_season_is_not_sure(tmp_path):
    body = (
        "Silver Tide III is a new anime.\n\n"
        "A new trailer for Silver Tide III was revealed on Wednesday ahead of the season's October 5 "
        "premiere date.\n\n"
        "The anime released its first season back in 2016.\n"
    )
    assert values(read(tmp_path, body), "premiere") == []


def test_a_dubs_or_an_ovas_date_is_not_the_premiere(tmp_path):
    for said in (
        "In its English-dubbed format, Silver Tide is set to premiere on February 23, 2026.",
        "The studio revealed the March 19 release date for the new original video anime ( OVA ) Silver "
        "Tide Extra.",
        "The Silver Tide OVA will premiere on March 19.",
    ):
        assert values(read(tmp_path, f"Silver Tide is a new anime.\n\n{said}\n"), "premiere") == []


def test_a_show_called_a_film_beside_its_name_is_asked_what_kind_of_work_it_is(tmp_path):
    body = (
        "Silver Tide is a new anime.\n\n"
        "A boy spends a strange summer in Silver Tide, a theatrical anime film based on the book by "
        "Ken Arai.\n"
    )
    base = read(tmp_path, body)
    assert values(base, "work_format") == ["film"]
    asked = [d for d in published_for_show(base, Curated()) if d.facts[0].relation == "work_format"]
    choice = next(d for d in asked if d.type == "choice")
    assert choice.prompt == "What kind of work is Silver Tide?" and choice.answer == "film"
    assert len(choice.choices) == 4
    # another work's film, or a new film of a franchise the title names, says nothing of the show
    for said in ("Fans of Silver Tide will like Moon Lane, an anime film by Ken Arai.",
                 "During the anniversary of Silver Tide, a new film for the franchise was announced."):
        assert values(read(tmp_path, f"Silver Tide is a new anime.\n\n{said}\n"), "work_format") == []


def test_an_announcement_still_to_come_dates_nothing(tmp_path):
    # the shape of a train sentence (sportskeeda-seiyu-radio-ura-omote-april-2024-cast), then others
    for body in (
        "The full release date has yet to be confirmed, and it will likely be announced in the "
        "weeks leading up to the start of the Spring 2025 anime season.\n",
        "More cast members will be announced on March 5, 2025.\n",
        "The theme song artist is yet to be announced, ahead of the April 2025 premiere.\n",
    ):
        assert values(read(tmp_path, f"Silver Tide is a new anime.\n\n{body}"), "announced") == [], body
