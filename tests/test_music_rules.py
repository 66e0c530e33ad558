"""Theme songs, their titles and their singers, in the shapes news writes them."""

from __future__ import annotations

from pathlib import Path

from made_up_article import read_article


def read(tmp_path: Path, body: str, title: str = "Silver Tide Anime Reveals Its Theme Songs"):
    return read_article(tmp_path, "The new anime Silver Tide will premiere in 2025.\n\n" + body, title)


def themes(base):
    return sorted((f.qualifier, f.value, base.value("performer", f.value)) for f in base.of("theme"))


def test_whose_theme_the_article_says(tmp_path):
    base = read(tmp_path, (
        "The anime's opening theme song is \"Paper Moon\" by Rin Abe.\n\n"
        "The series' ending theme, \"Low Tide,\" is performed by Mio Sato.\n"
    ))
    assert themes(base) == [("ending", "Low Tide", "Mio Sato"), ("opening", "Paper Moon", "Rin Abe")]


def test_two_singers_of_one_song_are_not_one(tmp_path):
    base = read(tmp_path, "The anime's theme song \"Paper Moon\" is performed by Rin Abe and Mio Sato.\n\n"
                          "The ending theme is \"Low Tide\" by Ken Ogawa.\n")
    assert base.value("performer", "Paper Moon") is None  # Rin Abe alone would be half the answer
    assert base.value("performer", "Low Tide") == "Ken Ogawa"


def test_the_last_of_three_singers_is_not_the_singer(tmp_path):
    # a train shape: "A , B , and C are performing the show's opening theme song "Y"" (a comma
    # before "and", spaced as some outlets space it)
    base = read(tmp_path, "Rin Abe , Mio Sato , and Ken Ogawa are performing the show's opening theme "
                          "song \"Paper Moon.\"\n")
    assert base.value("performer", "Paper Moon") is None


def test_no_singer_is_asked_for_a_song_of_no_known_show(tmp_path):
    body = "Trailers were released today.\n\nRin Abe will be singing the ED song \"Low Tide\".\n"
    base = read_article(tmp_path, body, "Trailers Released Today")
    assert base.shows == {"made-up": ""}
    assert base.of("performer") == []


def test_a_performers_possessive_theme(tmp_path):
    base = read(tmp_path, (
        "The new video previews Rin Abe's opening theme song \"Paper Moon.\"\n\n"
        "It also previews Kuro-Bana 's ending theme song (ED) \"Low Tide.\"\n"
    ))
    assert themes(base) == [("ending", "Low Tide", "Kuro-Bana"), ("opening", "Paper Moon", "Rin Abe")]


def test_a_works_possessive_theme_names_no_singer(tmp_path):
    base = read(tmp_path, "The video previews Silver Tide's opening theme song \"Paper Moon.\"\n")
    assert base.of("performer") == [] and base.of("theme_artist") == []
    # a subtitle the article repeats, a part of the work: no singer either
    base = read(tmp_path, "Silver Tide: Harbor Saga is the sequel.\n\n"
                          "The video previews Harbor Saga's opening theme song \"Paper Moon.\"\n\n"
                          "It also previews Part 2's ending theme song \"Low Tide.\"\n")
    assert base.of("performer") == [] and base.of("theme_artist") == []


def test_a_performer_returning_to_perform(tmp_path):
    base = read(tmp_path, "Mio Sato will be returning once again to perform the opening song.\n\n"
                          "Kuro-Bana is returning to perform the new ending theme.\n")
    artists = sorted((f.qualifier, f.value) for f in base.of("theme_artist"))
    assert artists == [("ending", "Kuro-Bana"), ("opening", "Mio Sato")]


def test_a_later_seasons_theme_says_its_season(tmp_path):
    body = "Silver Tide Season 2 will premiere in 2025.\n\nRin Abe will sing the ending theme \"Low Tide.\"\n"
    base = read_article(tmp_path, body, "Silver Tide Reveals Its Ending Theme")
    assert themes(base) == [("second season ending", "Low Tide", "Rin Abe")]
    # the headline alone says which season the article is about
    body = "Silver Tide will return in 2025.\n\nRin Abe will sing the ending theme \"Low Tide.\"\n"
    base = read_article(tmp_path, body, "Silver Tide Season 2 Reveals Its Ending Theme")
    assert themes(base) == [("second season ending", "Low Tide", "Rin Abe")]


def test_a_later_cours_theme_is_not_the_shows(tmp_path):
    body = ("The second cour of Silver Tide will premiere in 2025.\n\n"
            "Rin Abe will sing the ending theme \"Low Tide.\"\n")
    base = read_article(tmp_path, body, "Silver Tide Reveals Its New Ending Theme")
    assert base.of("theme") == [] and base.value("performer", "Low Tide") == "Rin Abe"
    body = "Silver Tide will return in 2025.\n\nRin Abe will sing the ending theme \"Low Tide.\"\n"
    base = read_article(tmp_path, body, "Silver Tide Reveals 2nd Part Theme Songs")
    assert base.of("theme") == []


def test_the_final_seasons_theme_says_so(tmp_path):
    body = "Silver Tide will return in 2025.\n\nRin Abe will sing the ending theme \"Low Tide.\"\n"
    base = read_article(tmp_path, body, "Silver Tide Final Season Reveals Its Theme Songs")
    assert themes(base) == [("final season ending", "Low Tide", "Rin Abe")]


def test_a_theme_named_without_the_or_without_its_kind(tmp_path):
    # dev excerpts: "X will perform opening theme song Y", "X will perform opening theme "Y"",
    # "singer X will return to perform the film's theme song "Y.""
    base = read(
        tmp_path,
        "Rin Abe will perform opening theme song Paper Moon (Kami no Tsuki).\n\n"
        'Band Low Tide will perform ending theme "Ebb", while Mio Sato will sing insert song "Flow".\n\n'
        'The website announced that singer KEN will return to perform the film\'s theme song "Harbor."\n',
    )
    assert themes(base) == [
        ("", "Harbor", "KEN"),
        ("ending", "Ebb", "Low Tide"),
        ("insert", "Flow", "Mio Sato"),
        ("opening", "Paper Moon", "Rin Abe"),
    ]


def test_a_song_of_no_kind_is_no_theme(tmp_path):
    # a bare "song" may be any song (a concert's, an album's): only a "theme song" is the show's
    base = read(tmp_path, 'Rin Abe will sing the song "Paper Moon" at the concert.\n')
    assert themes(base) == []


def test_a_theme_the_sentence_opens_with_or_writes_in_title_case(tmp_path):
    # dev excerpts: "Opening theme song X will be performed by Y", "The new Opening theme of the
    # anime is X performed by Y"
    base = read(
        tmp_path,
        "Opening theme song Paper Moon will be performed by Rin Abe.\n\n"
        "The new Ending theme of the anime is Low Tide performed by Mio Sato.\n",
    )
    assert themes(base) == [("ending", "Low Tide", "Mio Sato"), ("opening", "Paper Moon", "Rin Abe")]


def test_themes_sung_respectively_name_no_singer(tmp_path):
    # "A and B respectively": the first singer read alone would be the wrong one's
    base = read(
        tmp_path,
        'The opening theme titled "Harbor," and the ending theme titled "Ebb," will be performed by '
        "Rin Abe and Mio Sato respectively.\n",
    )
    assert base.of("performer") == []


def test_two_clauses_each_name_their_singer_but_two_singers_of_one_song_name_none(tmp_path):
    # dev excerpts: "Band X will perform the opening theme song "Y" and Z will perform the ending
    # theme song "W"" (what follows a title is another clause, no second singer)
    base = read(tmp_path, (
        'Rin Abe will perform the opening theme song "Paper Moon" and Mio Sato will perform the '
        'ending theme song "Low Tide."\n\n'
        'Ken Ogawa and Aki Mori will perform the insert song "Ebb."\n\n'
        "Ken Ogawa and Aki Mori will perform the anime's ending theme song.\n"
    ))
    assert base.value("performer", "Paper Moon") == "Rin Abe"
    assert base.value("performer", "Low Tide") == "Mio Sato"
    assert base.value("performer", "Ebb") is None  # Aki Mori alone is half the answer
    assert base.of("theme_artist") == []


def test_a_stage_name_opening_with_an_honorific_is_kept_whole(tmp_path):
    # "Mr. Children will perform ...": the band's name, never written without "Mr."
    base = read(tmp_path, 'Mr. Children will perform the opening theme song "Paper Moon."\n')
    assert base.value("performer", "Paper Moon") == "Mr. Children"
    # an honorific the article drops elsewhere is no part of the name
    base = read(tmp_path, 'Mr. Ogawa will perform the opening theme song "Paper Moon."\n\n'
                          "Ogawa said he loved the story.\n")
    assert base.value("performer", "Paper Moon") == "Ogawa"


def test_a_clause_on_the_artist_and_a_theme_named_by_its_kind_alone(tmp_path):
    # dev and train: "Linked Horizon, who performed the theme songs for the original series, will
    # return to provide the show's opening."; "Luck Life will provide the OP from the upcoming
    # archery anime"
    base = read(tmp_path, (
        "Rin Abe, who sang the themes of the original series, will return to provide the show's opening.\n\n"
        "Mio Sato will provide the ED from the upcoming anime.\n"
    ))
    artists = sorted((f.qualifier, f.value) for f in base.of("theme_artist"))
    assert artists == [("ending", "Mio Sato"), ("opening", "Rin Abe")]


def test_a_kind_alone_is_no_theme_where_it_is_another_opening(tmp_path):
    # "the opening weekend", "sold in Japan for the film's opening": a release, no song
    base = read(tmp_path, "Ken Ogawa will perform the opening weekend show.\n\n"
                          "Tickets went on sale in Japan for the film's opening.\n")
    assert base.of("theme_artist") == [] and base.of("theme") == []


def test_a_first_season_recalled_is_not_the_season_the_headline_names(tmp_path):
    # dev: "Attack on titan season 2 visual ..." whose text recalls "the show's first season"
    body = ("Ken Ogawa, who directed the first season, returns.\n\n"
            "Rin Abe will sing the opening theme \"Paper Moon.\"\n")
    base = read_article(tmp_path, body, "Silver Tide Season 2 Reveals Its Opening Theme")
    assert themes(base) == [("second season opening", "Paper Moon", "Rin Abe")]


def test_a_first_season_recalled_with_the_seasons_after_it_says_no_season(tmp_path):
    # dev: "Mob Psycho 100 III ... just as he did for the first two seasons"; "its first season
    # back in 2016": the theme is a later season's, which one the text does not say
    body = ("The new anime Silver Tide III will premiere in 2025.\n\n"
            "The anime released its first season back in 2016.\n\n"
            "Ken Ogawa will compose the music just as he did for the first two seasons.\n\n"
            "The opening theme song \"Paper Moon\" by Rin Abe is featured in the trailer.\n")
    base = read_article(tmp_path, body, "Silver Tide III Reveals New Trailer")
    assert base.of("theme") == [] and base.value("performer", "Paper Moon") == "Rin Abe"


def test_a_side_storys_or_specials_theme_is_not_the_shows(tmp_path):
    # dev: "Violet Evergarden ... side story film reveals trailer": "the anime's theme song "Amy""
    # is the side story's, not Violet Evergarden's
    body = ("The new anime Silver Tide will premiere in 2025.\n\n"
            "Silver Tide will screen its side story in September.\n\n"
            "The new trailer previews the anime's theme song \"Paper Moon\" by Rin Abe.\n")
    base = read_article(tmp_path, body, "Silver Tide Side Story Film Reveals Trailer")
    assert base.of("theme") == [] and base.value("performer", "Paper Moon") == "Rin Abe"


def test_a_theme_entitled_then_performed_by(tmp_path):
    base = read_article(tmp_path, (
        "The television anime of Ken Sato's Silver Tide light novels will premiere in July.\n\n"
        "The opening theme for Silver Tide, entitled \"One in a Million\" will be performed by Mio Abe.\n\n"
        "The ending theme, entitled \"Namida.\" (\"Tears.\"), will be performed by Rin Ito.\n\n"
        "The insert song, entitled \"Kaze\" will be performed by Kite Up, Girls!, a voice unit.\n"
    ), "Silver Tide Reveals Theme Song Performers")
    assert sorted((f.subject, f.value) for f in base.of("performer")) == [
        ("Namida", "Rin Ito"), ("One in a Million", "Mio Abe")]


def test_a_stage_name_opening_in_lower_case_with_a_capital_inside(tmp_path):
    # the shape of a train article (ann-kings-raid-opening-october-premiere; the same band in
    # thehypedgeek-seraph-of-the-end-season-two-october): "the anime's opening theme song
    # "legendary future" by fripSide"
    base = read(tmp_path, (
        "The video previews the anime's opening theme song \"Paper Moon\" by tideWalk, and reveals "
        "the cast.\n"
    ))
    assert themes(base) == [("opening", "Paper Moon", "tideWalk")]


def test_a_dash_glued_to_the_next_clause_joins_no_artists_name(tmp_path):
    # the shape of a train article (crunchyroll-hikari-no-ou-maaya-sakamoto-ending): "Sakamoto—who
    # also voices the character Akira—will provide the ED song "Y."": Akira is no singer, and
    # "Sakamoto", after "Maaya Sakamoto", would be half the singer's name
    base = read(tmp_path, "Rin Abe will sing.\n\n"
                          "Abe-who also voices the character Lena-will provide the ED song \"Low Tide.\"\n")
    assert themes(base) == [("ending", "Low Tide", None)]


def test_who_performs_a_theme_said_in_more_ways(tmp_path):
    base = read(tmp_path, (
        "Rin Abe is on board to perform the ending theme song \"Low Tide\" for the show.\n\n"
        "Mio Sato will perform a second theme song titled \"Paper Moon\" for the film.\n\n"
        "Ken Ogawa will also perform the film's other theme song \"Birthday.\"\n\n"
        "The group Kumo Teikoku will perform the as-yet-untitled opening theme song.\n"
    ))
    assert themes(base) == [("", "Birthday", "Ken Ogawa"), ("", "Paper Moon", "Mio Sato"),
                            ("ending", "Low Tide", "Rin Abe")]
    assert [(f.qualifier, f.value) for f in base.of("theme_artist")] == [("opening", "Kumo Teikoku")]
