"""Release facts tied to the event they date: a start abroad is not the premiere."""

from __future__ import annotations

from pathlib import Path

from made_up_article import read_article


def read(tmp_path: Path, body: str, title: str = "Silver Tide Gets a Date"):
    return read_article(tmp_path, body, title)


def values(base, relation, qualifier=None):
    return sorted(f.value for f in base.of(relation) if qualifier in (None, f.qualifier))


def test_a_start_outside_japan_is_not_asked_as_the_premiere(tmp_path):
    # a train sentence (comicbook-beastars-netflix-release-date), its show renamed
    base = read(tmp_path, (
        "Silver Tide was one of the most anticipated anime of the year.\n\n"
        "Netflix's official Twitter account has finally given us a concrete date as they have "
        "revealed that Silver Tide will begin streaming on the service outside of Japan on March 13th.\n"
    ))
    assert values(base, "premiere") == []
    assert values(base, "release_abroad", "outside of Japan") == ["March 13"]


def test_the_same_day_at_home_and_abroad_is_both(tmp_path):
    base = read(tmp_path, (
        "Silver Tide is a new summer anime.\n\n"
        "Scheduled to release in Japan on July 6th, Silver Tide will be streaming on July 6th "
        "outside of Japan as well.\n"
    ))
    assert values(base, "premiere") == ["July 6"]
    assert values(base, "release_abroad") == ["July 6"]


def test_a_release_overseas_after_the_premiere(tmp_path):
    base = read(tmp_path, (
        "Silver Tide will premiere in Japan on April 5, 2025. The series will then stream "
        "overseas from May 10, 2025.\n"
    ))
    assert values(base, "premiere") == ["April 5, 2025"]
    assert values(base, "release_abroad", "overseas") == ["May 10, 2025"]


def test_a_service_named_for_a_region_leaves_the_premiere_alone(tmp_path):
    # the region belongs to the service, not to the date (a Metallic Rouge sentence)
    base = read(tmp_path, (
        "Silver Tide will be released on January 11, 2024, on Fuji TV and Crunchyroll outside of Asia.\n"
    ))
    assert values(base, "premiere") == ["January 11, 2024"]
    assert values(base, "release_abroad") == []


def test_a_services_worldwide_listings_name_it_as_a_platform(tmp_path):
    base = read(tmp_path, (
        "Silver Tide is a new summer anime.\n\n"
        "Netflix's worldwide listings for July have confirmed that Silver Tide will be streaming "
        "on July 6th outside of Japan as well.\n"
    ))
    assert values(base, "platform") == ["Netflix"]
    # a service's own account is no listing of the show
    other = read(tmp_path, "Silver Tide is a new summer anime.\n\nNetflix's official account posted it.\n")
    assert values(other, "platform") == []


def test_a_film_opening_in_theaters_premieres(tmp_path):
    base = read(tmp_path, (
        "The anime Silver Tide is the studio's next work.\n\n"
        "The film will open in Japanese theaters on November 11, 2022.\n"
    ))
    assert values(base, "premiere") == ["November 11, 2022"]
    base = read(tmp_path, "The anime Silver Tide is the studio's next work.\n\n"
                          "Silver Tide hits theaters on May 3, 2024.\n")
    assert values(base, "premiere") == ["May 3, 2024"]


def test_a_dubs_start_is_not_the_premiere(tmp_path):
    base = read(tmp_path, (
        "The anime Silver Tide is the studio's next work.\n\n"
        "Silver Tide premieres in Japan on January 5.\n\n"
        "The English dub will premiere on Funimation on January 20.\n\n"
        "Crunchyroll will premiere its English dub on February 3.\n"
    ))
    assert values(base, "premiere") == ["January 5"]
    assert values(base, "platform") == ["Funimation"]


def test_the_seasonal_line_up_is_not_the_premieres_day(tmp_path):
    base = read(tmp_path, (
        "The anime Silver Tide is the studio's next work.\n\n"
        "Silver Tide is one of the new anime releases of the Spring 2025 anime schedule.\n\n"
        "Silver Tide premieres on April 6, 2025.\n\n"
        "The Winter 2025 anime season was a strong one.\n"
    ))
    assert values(base, "anime_season") == ["Spring 2025"]  # the line-up alone dates no show
    assert values(base, "premiere") == ["April 6, 2025"]


def test_a_service_and_where_it_shows_the_anime(tmp_path):
    base = read(tmp_path, (
        "The anime Silver Tide is the studio's next work.\n\n"
        "The anime will be available on Netflix in Japan.\n\n"
        "Disney+ will exclusively stream the anime worldwide.\n"
    ))
    assert values(base, "platform") == ["Disney+", "Netflix"]


def test_an_earlier_season_that_aired(tmp_path):
    base = read(tmp_path, "The anime Silver Tide is the studio's next work.\n\n"
                          "The anime's first season aired in April 2021.\n")
    assert values(base, "earlier_premiere", "first season") == ["April 2021"]
    assert values(base, "premiere") == []


def test_a_sentence_dating_the_dub_as_well_dates_nothing(tmp_path):
    base = read(tmp_path, (
        "The anime Silver Tide is the studio's next work.\n\n"
        "Silver Tide premieres on January 5, with the English dub to stream on January 20.\n"
    ))
    assert values(base, "premiere") == []


def test_a_debut_sometime_in_a_year(tmp_path):
    base = read(tmp_path, "The anime Silver Tide is the studio's next work.\n\n"
                          "The anime will make its debut sometime in 2026.\n")
    assert values(base, "premiere") == ["2026"]


def test_a_show_that_hits_tv_or_opens_in_a_country_premieres_then(tmp_path):
    title = "Silver Tide Anime Reveals Its Date"
    for sentence, day in (
        ("Silver Tide hits Japanese TV on March 4.", "March 4"),
        ("Silver Tide is set to open in Japan on May 9.", "May 9"),
        ("Silver Tide sails into theaters in Japan in June of 2021.", "June 2021"),
        ("Silver Tide is set to premiere on 3 April 2016 , a month from now.", "April 3, 2016"),
    ):
        base = read(tmp_path, f"Silver Tide is a new anime.\n\n{sentence}\n", title)
        assert values(base, "premiere") == [day], sentence


def test_the_first_line_of_a_broadcast_schedule_is_the_first_channel(tmp_path):
    base = read(tmp_path, (
        "Silver Tide is a new anime.\n\n"
        "The broadcast schedule is as follows (All times JST):\n"
        "- Kobe TV: 4/6/2021 at 25:30 (4/7/2021 at 1:30AM)\n"
        "- Nagoya MX: 4/8/2021 at 23:00\n"
    ), "Silver Tide Anime Reveals Its Date")
    assert values(base, "first_channel") == ["Kobe TV"]
    assert values(base, "channel") == ["Kobe TV", "Nagoya MX"]


def test_a_premiere_in_a_time_slot_names_the_first_channel_and_its_block(tmp_path):
    base = read(tmp_path, (
        "Silver Tide is a new anime.\n\n"
        "The anime will premiere on Kobe TV at 10:00 p.m. and then on Nagoya MX at 11:00 p.m.\n\n"
        "The anime premiered on May 2 on Sapporo TV and its affiliates in the \"GEKIanime\" "
        "programming block.\n"
    ), "Silver Tide Anime Reveals Its Date")
    assert values(base, "first_channel") == ["Kobe TV"]
    assert values(base, "block") == ["GEKIanime"]
    assert values(base, "block_of") == ["Sapporo TV"]


def test_a_premiere_day_between_the_channel_and_its_slot(tmp_path):
    # the shape of two train articles (ann-blue-orchestra-nhk-cast-april, ann-obakegumi-yokai-gag-
    # shorts-april): "will premiere on <channel> on April 9 at 5:00 p.m."; a later cour's start
    # names a channel, not the one the show airs on first; a name the page broke apart ("BS- NTV",
    # ann-maesetsu-original-anime-staff-october) is no channel's spelling
    base = read(tmp_path, (
        "Silver Tide is a new anime.\n\n"
        "The series will premiere on BS- Kobe on April 5 at 12:00 a.m.\n\n"
        "The anime's second cour will premiere on Nagoya MX on July 11 at 1:30 a.m.\n\n"
        "The anime will premiere on Kobe TV on April 6 at 25:00 (effectively April 7 at 1:00 a.m.).\n"
    ), "Silver Tide Anime Reveals Its Date")
    assert values(base, "first_channel") == ["Kobe TV"]
    assert values(base, "channel") == ["Kobe TV", "Nagoya MX"]


def test_the_shows_own_release_date_beside_a_song(tmp_path):
    # the shape of two train articles (ann-kings-raid-opening-october-premiere, ann-break-of-dawn-
    # film-trailer-october): a video previews a song and reveals "the anime's October 2 premiere
    # date" or "the film's October 21 opening date"; the song does not make it the song's date
    for sentence, day in (
        ("The video previews the anime's opening theme song \"Tide\" by Ren Abe, and also reveals "
         "the anime's October 2 premiere date on Kobe TV.", "October 2"),
        ("The trailer reveals the film's October 21 opening date, and also previews the film's "
         "theme song \"Tide\" by Ren Abe.", "October 21"),
    ):
        base = read(tmp_path, f"Silver Tide is a new anime.\n\n{sentence}\n")
        assert values(base, "premiere") == [day], sentence
    base = read(tmp_path, "Silver Tide is a new anime.\n\nThe song's October 2 release date was set.\n")
    assert values(base, "premiere") == []


def test_a_records_release_is_not_the_premiere_and_a_passive_to_come_is(tmp_path):
    # the shapes of a train article (syncnet-rakugo-shinju-hayashibara-opening-single) and of
    # labelled excerpts: a single, an album or a CD ships on its own date; "to be aired from
    # January 8th 2016" is a premiere still to come, no past one
    for sentence in (
        "Rin Abe is going to release a new single titled \"Tide\" on February 3rd in 2026.",
        "The band's fourth album with the song will ship on May 13.",
        "Tide will ship to stores as a CD Single on November 21.",
    ):
        base = read(tmp_path, f"Silver Tide is a new anime.\n\n{sentence}\n")
        assert values(base, "premiere") == [], sentence
    base = read(tmp_path, ("Silver Tide is a new anime.\n\n"
                           "\"Tide\" is an opening theme of a TV anime, \"Silver Tide\" to be aired from "
                           "January 8th 2026.\n"))
    assert values(base, "premiere") == ["January 8, 2026"]


def test_a_streaming_service_is_the_subject_that_streams_the_show(tmp_path):
    base = read(tmp_path, (
        "Silver Tide is a new anime.\n\n"
        "Streamzone is happy to announce that it will be streaming Silver Tide on its platform.\n\n"
        "Wavecast's official Twitter account revealed that Silver Tide will begin streaming on "
        "the service outside of Japan in May.\n"
    ), "Silver Tide Anime Reveals Its Date")
    assert values(base, "platform") == ["Streamzone", "Wavecast"]


def test_a_season_delayed_to_a_year_premieres_then(tmp_path):
    base = read(tmp_path, (
        "Silver Tide is a new anime.\n\n"
        "Its producers announced that the second season of Silver Tide is delayed to 2026.\n"
    ), "Silver Tide Anime Reveals Its Date")
    assert [(f.qualifier, f.value) for f in base.of("premiere")] == [("second season", "2026")]


def test_the_end_of_the_anime_and_of_the_manga_by_the_kind_that_ends(tmp_path):
    base = read(tmp_path, (
        "Silver Tide is a new anime.\n\n"
        "On March 30, 2024, the Silver Tide TV anime came to an end in Japan.\n\n"
        "Silver Tide is a manga series by Ana Mori and will end on May 2 in its magazine.\n\n"
        "The first season of Silver Tide ended on June 1, 2022.\n"
    ), "Silver Tide Anime Reveals Its Date")
    assert [(f.qualifier, f.value) for f in base.of("run_ended")] == [("TV anime", "March 30, 2024")]
    assert [(f.qualifier, f.value) for f in base.of("run_ends")] == [("manga", "May 2")]


def test_a_premiere_told_in_the_past_is_the_shows_own_only_when_it_has_no_other_run(tmp_path):
    body = (
        "Streamzone will stream the English dub of Silver Tide.\n\n"
        "The anime premiered on April 3 on Kobe TV.{more}\n"
    )
    base = read(tmp_path, body.format(more=""), "Silver Tide Anime Reveals Its Date")
    assert [f.value for f in base.of("premiered")] == ["April 3"]
    base = read(tmp_path, body.format(more=" A second season is in the works."),
                "Silver Tide Anime Reveals Its Date")
    assert base.of("premiered") == []


def test_a_season_spelled_in_words_dates_that_season(tmp_path):
    base = read(tmp_path, (
        "Silver Tide is a new anime.\n\n"
        "Silver Tide Season Two is set to premiere on 3 April 2016 , a month from now.\n"
    ), "Silver Tide Anime Reveals Its Date")
    assert [(f.qualifier, f.value) for f in base.of("premiere")] == [("second season", "April 3, 2016")]


def test_a_day_or_a_streaming_service_is_no_channel_and_a_shop_opening_no_premiere(tmp_path):
    base = read(tmp_path, (
        "Silver Tide is a new anime.\n\n"
        "The anime will premiere on Saturday at 10:00 p.m. in Japan.\n\n"
        "The anime will premiere on Streamzone at 9 a.m. PT, and Streamzone will stream it weekly.\n\n"
        "A Silver Tide pop-up shop opens in Tokyo on May 3.\n"
    ), "Silver Tide Anime Reveals Its Date")
    assert base.of("first_channel") == []
    assert base.of("premiere") == []


def test_a_disc_format_or_a_nationality_is_no_platform(tmp_path):
    # the shapes of three dev4 articles: a song "on CD", an anime "on DVD and Blu-ray", "Japanese TV"
    base = read(tmp_path, (
        "Silver Tide is a new anime.\n\n"
        "The opening song is already available on CD and streaming, and Wavecast streams the anime.\n\n"
        "The first season will be released on DVD and Blu-ray in the spring.\n\n"
        "The anime also airs on Japanese television, and streams on Streamzone.\n\n"
        "The film was previously released on DVD and PSP UMD by Harbor a few years back.\n"
    ), "Silver Tide Anime Reveals Its Date")
    assert values(base, "platform") == ["Streamzone", "Wavecast"]


def test_a_disc_release_date_is_not_the_premiere(tmp_path):
    # the shapes of two dev4 articles: unaired episodes on Blu-ray, a season's part on Blu-ray and DVD
    for sentence in (
        "The two unaired episodes of Silver Tide were released on Blu-ray in March 2019.",
        "The two unaired episodes of Silver Tide were released as a limited edition DVD in March 2019.",
    ):
        base = read(tmp_path, f"Silver Tide is a new anime.\n\n{sentence}\n")
        assert values(base, "premiere") == [] and values(base, "platform") == [], sentence
    base = read(tmp_path, "Silver Tide is a new anime.\n\nSilver Tide will premiere on May 4.\n")
    assert values(base, "premiere") == ["May 4"]


def test_channels_the_sentence_calls_so(tmp_path):
    one = (
        "Silver Tide is a new anime.\n\n"
        "This air date will be exclusive to the Kobe TV channel before its debut on other channels.\n"
    )
    base = read(tmp_path, one)
    assert values(base, "first_channel") == ["Kobe TV"]
    assert values(base, "channel") == ["Kobe TV"]
    # several: each airs it, none sure to be first; nor a later cour's one, nor a web channel
    several = (
        "Silver Tide is a new anime.\n\n"
        "The anime will premiere on July 15 on the Kobe TV and Nagoya MX channels.\n\n"
        "The anime's second cour will premiere on the Sapporo TV channel on July 17.\n\n"
        "The anime will also air on the official YouTube channel.\n"
    )
    base = read(tmp_path, several)
    assert values(base, "first_channel") == []
    assert values(base, "channel") == ["Kobe TV", "Nagoya MX", "Sapporo TV"]


def test_a_service_already_announcing_it_will_stream(tmp_path):
    base = read(tmp_path, (
        "The anime of Ken Sato's Silver Tide manga begins in October 2021, with Kiteroll already "
        "announcing that they will be "
        "streaming the series as it airs in Japan.\n"
    ))
    assert "Kiteroll" in [f.value for f in base.of("platform")]


def test_a_season_without_its_year_dates_a_premiere_still_to_come(tmp_path):
    # the shapes of two train articles (ann-tokyo-esp-theme-songs-faylan, animemojo-tsurune-op-ed-
    # artists) and of labelled excerpts: "The anime will premiere this summer.", "The unusual sports
    # anime premieres this Fall."; asked among the other seasons
    from quiz.bank.generate import drafts

    base = read(tmp_path, "Silver Tide is a new anime.\n\nThe anime will premiere this summer.\n\n"
                          "A preview for the anime was streamed back in June.\n")
    assert "Summer" in values(base, "premiere")  # a past date ("back in June") dates it no closer
    asked = [d for d in drafts(base) if d.key[0] == "premiere" and d.type == "choice"]
    assert [(d.prompt, d.answer) for d in asked] == [("In which season does Silver Tide premiere?", "Summer")]
    assert sorted(asked[0].choices) == ["Fall", "Spring", "Summer", "Winter"]
    base = read(tmp_path, "Silver Tide is a new anime.\n\nThe anime premieres this Fall.\n")
    choices = [d.choices for d in drafts(base) if d.key[0] == "premiere" and d.type == "choice"]
    assert choices and "Autumn" not in choices[0]


def test_a_season_without_its_year_elsewhere_dates_nothing(tmp_path):
    # "announced earlier this Spring": no start's time; "this fall" beside the premiere's own day
    # says less than the day; a season is no announcement's date
    for body in (
        "First announced earlier this Spring, Silver Tide will debut during the Summer 2026 anime "
        "schedule.\n",
        "The anime will premiere on October 7 on Kobe TV.\n\nStreamzone will stream the anime this fall.\n",
        "A new short anime has been announced for this spring.\n",
    ):
        base = read(tmp_path, f"Silver Tide is a new anime.\n\n{body}")
        assert "Summer" not in values(base, "premiere") and "Fall" not in values(base, "premiere"), body
        assert values(base, "announced") == [], body


def test_a_holiday_is_no_platform(tmp_path):
    # the shape of a train article's film release (otaquest-josee-tiger-fish-extended-trailer)
    base = read(tmp_path, (
        "Silver Tide is a new anime film.\n\n"
        "Silver Tide is just weeks away from its Japanese cinema release on Christmas Day.\n\n"
        "The sequel premieres on New Year's Day, and streams on Streamzone.\n"
    ), "Silver Tide Film Gets a Trailer")
    assert values(base, "platform") == ["Streamzone"]



def test_a_day_written_before_its_month_dates_the_premiere(tmp_path):
    # as British outlets write a day (otaquest-josee-tiger-fish-extended-trailer's shape): asked
    # as the month-first spelling; a number range or an episode before a month is no day
    from quiz.bank.rules.patterns import find_dates

    base = read(tmp_path, (
        "Silver Tide is a new anime film.\n\n"
        "Silver Tide will open in Japanese cinemas on 14 February.\n"
    ), "Silver Tide Film Gets a Trailer")
    assert values(base, "premiere") == ["February 14"]
    assert [s for _, s in find_dates("It premieres on the 3rd of May.")] == ["3rd of May"]
    for text in ("Episodes 1-12 March on", "Episode 12 April", "Season 3 May Be Delayed",
                 "Season 2 April premiere", "the Top 10 April releases"):
        assert find_dates(text) == [], text


def test_the_show_that_will_start_or_begin_premieres_then(tmp_path):
    # the shapes of a train article (honeysanime-asa-da-yo-kaishain-short-april) and a dev excerpt:
    # the show the subject of "will start" or "is slated to begin"; work on it starts nothing
    base = read(tmp_path, "Silver Tide is a new short anime.\n\nThe TV anime series will start on April 4, "
                          "with episodes each being a minute long.\n")
    assert values(base, "premiere") == ["April 4"]
    base = read(tmp_path, "Silver Tide is a new anime.\n\nThe show is slated to begin in April.\n")
    assert values(base, "premiere") == ["April"]
    base = read(tmp_path, "Silver Tide is a new anime.\n\nThe anime will begin production on April 4.\n")
    assert values(base, "premiere") == []


def test_a_network_the_sentence_calls_so_with_its_kind(tmp_path):
    # the shape of a train article (crunchyroll-hikari-no-ou-maaya-sakamoto-ending): "the X premium
    # satellite network"; other words before "network" say no channel ("a social network")
    base = read(tmp_path, "Silver Tide is a new anime.\n\nThe Silver Tide TV anime is scheduled to start "
                          "its broadcast in Japan on the Kobe TV premium satellite network on January 14 "
                          "at 10:30 PM.\n")
    assert values(base, "first_channel") == ["Kobe TV"]
    base = read(tmp_path, "Silver Tide is a new anime.\n\n"
                          "The anime's trailer debuted on the Kobe social network.\n")
    assert values(base, "channel") == []


def test_a_season_of_a_year_dates_the_premiere(tmp_path):
    # the shapes of a train article (ymjang-isekai-shokudo-theme-song-performers) and a dev
    # excerpt: "in the Summer season of 2017", "in the Fall Season of 2024"
    base = read(tmp_path, "Silver Tide is a new anime.\n\nThe series will begin broadcasting in Japan in the "
                          "Summer season of 2017.\n")
    assert values(base, "premiere") == ["Summer 2017"]
    base = read(tmp_path, "Silver Tide is a new anime.\n\n"
                          "The anime is set to air in the Fall Season of 2024.\n")
    assert values(base, "premiere") == ["Fall 2024"]


def test_a_film_called_by_the_shows_title_is_a_film(tmp_path):
    # the shapes of a train article (theouterhaven-weathering-with-you-trailer-radwimps) and a dev
    # excerpt: "a brand-new feature film called Y (X)", "a Japanese anime film titled X, set to
    # play"; a longer title there is another film ("a movie titled X -ReAwakening-", a recap)
    for body in ("Abe announced that he was working on a brand-new feature film called Gin no Shio "
                 "(Silver Tide).\n",
                 "Kobe Pictures revealed a US trailer for a Japanese anime film titled Silver Tide, set to "
                 "play in US theaters this summer.\n"):
        base = read(tmp_path, f"Silver Tide has a new trailer.\n\n{body}", "Silver Tide Gets a Trailer")
        assert values(base, "work_format") == ["film"], body
    base = read(tmp_path, "Silver Tide is a TV anime.\n\nThe first episodes were shown in a movie titled "
                          "Silver Tide -ReAwakening-.\n")
    assert values(base, "work_format") == []


def test_a_songs_release_is_not_the_shows_premiere(tmp_path):
    # a train article: the single named as one, then ""X" will be released on October 12"
    base = read(tmp_path, (
        "Silver Tide is the new anime of the season.\n\n"
        "Singer Aya Mori has unveiled her new single \"STAR&SEA.\"\n\n"
        "The song is the ending theme for Silver Tide.\n\n"
        "\"STAR&SEA\" will be released on October 12 via Kite Records.\n"
    ))
    assert values(base, "premiere") == []


def test_the_first_channel_of_a_later_season_is_that_seasons(tmp_path):
    # a second season's news: "The anime will premiere on <channel> at <time>" names no season,
    # but it is the second season that airs there first, as its premiere date is
    base = read(tmp_path, (
        "Silver Tide's second season was announced on Friday.\n\n"
        "The anime will premiere on Kobe TV on January 5 at 9:30 p.m. before airing on Nagoya MX.\n"
    ), "Silver Tide Season 2 Reveals Its Date")
    assert [(f.value, f.qualifier) for f in base.of("first_channel")] == [("Kobe TV", "second season")]
