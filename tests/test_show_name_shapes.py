"""The show's name in shapes of news the older show-name tests do not hold: an address's
words before a season or a dub, a title holding an article and a possessive, a title ANN's
stored pages write with a space before its comma."""

from __future__ import annotations

import pytest
from made_up_article import article

from quiz.bank.show import find_show


def test_an_address_s_words_before_a_season_or_a_dub_that_the_text_writes(tmp_path):
    body = ("The Lantern Keepers has finally returned with its second season. Fans of The Lantern "
            "Keepers were treated to a new opening.")
    source = article(tmp_path, "The lantern keepers season 2 opening ending", body)
    assert find_show(source)[0] == "The Lantern Keepers"
    source = article(tmp_path, "The lantern keepers english dub cast", body)
    assert find_show(source)[0] == "The Lantern Keepers"


def test_an_address_s_marked_words_need_capitals_in_the_text_and_two_words(tmp_path):
    # written in the text, but not as a title
    body = "The lantern keepers of the town are back. The anime premieres in April."
    assert find_show(article(tmp_path, "The lantern keepers season 2 opening", body)) == ("", [])
    # one word may be any word an address starts with: its capital is the address's own
    body = ("In sad news for fans: Legendary voice actor Ken Sato, known for many roles in anime, "
            "has passed away at the age of 80.")
    source = article(tmp_path, "Legendary anime voice actor ken sato passes away at 80", body)
    assert find_show(source) == ("", [])


def test_a_title_opening_with_an_article_and_a_possessive(tmp_path):
    body = ("The studio confirmed a second season of A Wizard's Quiet Garden on Sunday.\n"
            "A Wizard's Quiet Garden anime premiered in October.")
    source = article(tmp_path, "A wizard s quiet garden anime confirms season 2", body)
    assert find_show(source)[0] == "A Wizard's Quiet Garden"
    source = article(tmp_path, "A Wizard's Quiet Garden Season 2 Announced!", body)
    assert find_show(source)[0] == "A Wizard's Quiet Garden"


def test_a_title_s_tail_after_an_article_and_a_possessive_is_no_show(tmp_path):
    # the article only starts sentences: where the title starts is not sure
    body = ("A Wizard's Quiet Garden anime premiered in October.\n"
            "A Wizard's Quiet Garden Season 2 was announced on Sunday.")
    source = article(tmp_path, "Quiet Garden Season 2 Announced", body)
    assert find_show(source)[0] == ""


def test_a_title_with_a_space_before_its_comma_as_stored_pages_keep_it(tmp_path):
    body = ("The second live special for Harbor Lights , the original television anime from the "
            "creator of Moon Rails , debuted the anime's first video on Saturday.")
    source = article(tmp_path, "Harbor lights idol anime posts 1st video", body)
    assert find_show(source)[0] == "Harbor Lights"


def test_a_title_the_headline_names_as_a_creator_s_credit_before_their_other_work(tmp_path):
    body = ("Netflix announced that Moon Rails manga creator Ken Sato 's debut one-shot manga "
            "Harbor Lights is getting an anime series.\nThe Harbor Lights anime's website opened.\n"
            "Sato later launched the Moon Rails manga, and Moon Rails manga sold well.")
    source = article(tmp_path, "Moon rails creator ken sato harbor lights one shot manga gets anime", body)
    assert find_show(source)[0] == "Harbor Lights"


def test_a_title_after_a_dub_and_hyphened_words(tmp_path):
    body = ("The studio is now streaming its simuldub of the much-loved Harbor Lights, and it named "
            "the English cast on Tuesday.\nFans of Harbor Lights can watch the first episode now.")
    source = article(tmp_path, "Studio announces English cast for now-streaming simuldub Harbor Lights", body)
    assert find_show(source)[0] == "Harbor Lights"


def test_a_caption_the_headline_holds_where_the_text_lost_every_linked_name(tmp_path):
    lost = ("The Lighthouse and the Fox\n"
            "'s new film topped the Japanese box office in its opening weekend.\n"
            "The film sold 900,000 tickets in its first three days.")
    source = article(tmp_path, "Ken sato the lighthouse and the fox opens at no.1", lost)
    assert find_show(source)[0] == "The Lighthouse and the Fox"
    # two films the headline names: a round-up, about neither
    body = lost + "\nHarbor Lights opened at #2, and Harbor Lights sold 500,000 tickets."
    source = article(tmp_path, "The lighthouse and the fox harbor lights top box office", body)
    assert find_show(source)[0] == ""


def test_a_theme_song_s_show_named_after_for_or_of(tmp_path):
    body = ("The second ending theme for Paper Lantern Kids has been announced; it is called "
            "\u201cNight Parade\u201d by Moon Ferry. Paper Lantern Kids fans can hear it from "
            "January 9.")
    source = article(tmp_path, "New Paper Lantern Kids ED Theme Revealed!", body)
    assert find_show(source)[0] == "Paper Lantern Kids"
    # without the theme's cue, the headline's title the text names twice more is still the show
    plain = body.replace("ending theme for", "single by")
    assert find_show(article(tmp_path, "New Paper Lantern Kids ED Theme Revealed!", plain))[0] == \
        "Paper Lantern Kids"


def test_a_title_opening_with_an_honorific_or_numbering_its_hero(tmp_path):
    body = ("A new preview for Dr. Lantern has surfaced. The Dr. Lantern anime premieres in July, "
            "and the Lantern No. 8 anime follows it in the autumn.")
    source = article(tmp_path, "A New Preview for the Dr. Lantern Anime Has Surfaced", body)
    assert find_show(source)[0] == "Dr. Lantern"
    body = ("Studio Kite released a new trailer for the anime Lantern No. 8 on Friday. Lantern No. 8 "
            "premieres on April 13.")
    source = article(tmp_path, "New Trailer for Lantern No. 8 Anime Series", body)
    assert find_show(source)[0] == "Lantern No. 8"


def test_a_title_opening_with_a_possessive_the_text_never_writes_alone(tmp_path):
    body = ("Crunchyroll revealed the English voice cast of Kite's Garden on Monday. Kite's Garden "
            "is streaming on Crunchyroll, and Kite's Garden has 13 episodes.")
    source = article(tmp_path, "Kite's Garden English Voice Cast Revealed", body)
    assert find_show(source)[0] == "Kite's Garden"
    # an owner the text writes alone too is a company's, not the title's
    body = ("Netflix revealed the cast of Netflix's Garden Walk on Monday. Netflix's Garden Walk, "
            "the anime, streams on Netflix.")
    source = article(tmp_path, "Netflix's Garden Walk Cast Revealed", body)
    assert find_show(source)[0] == "Garden Walk"


def test_a_title_after_an_original_anime_work_or_project(tmp_path):
    body = ("Studio Kite announced director Ken Sato's new original anime work Lantern Garden on "
            "Wednesday. Sato previewed the anime at a festival.")
    source = article(tmp_path, "Ken Sato, Studio Kite Unveil Original Anime Project Lantern Garden", body)
    assert find_show(source)[0] == "Lantern Garden"


def test_a_page_titled_by_its_opening_words_names_its_show_where_the_text_does(tmp_path):
    opening = "\u201cLANTERN DAYS\u201d is a comedy action series by Ken Sato"
    body = (f"{opening} that has been serialized in \u201cWeekly Kite\u201d since 2020. The story "
            "follows Mika Aoi, a former courier. The teaser visual of the TV anime shows Mika Aoi.")
    # the opening words are no headline the text repeats: "... series by" is no title
    assert find_show(article(tmp_path, opening, body))[0] == "LANTERN DAYS"


def test_an_english_language_dub_is_no_title(tmp_path):
    body = ("The latest anime movie from director Ken Hosoda, Lantern, has a cast for its upcoming "
            "English-language version. Lantern has earned praise since Lantern premiered in July. Mika "
            "Aoi will voice Suzu in the upcoming English-language version.")
    assert find_show(article(tmp_path, "Lantern Announces English-Language Cast", body))[0] == "Lantern"


def test_a_translation_in_brackets_between_a_title_and_its_work(tmp_path):
    body = ("Studio Kite revealed a new idol anime on Friday. The studio is animating Ken Sato's "
            "Oshi no Kaze (If the Wind Took Us to the Budokan, We Would Fly) manga.")
    source = article(tmp_path, "Kite Announces New Idol Anime If the Wind Took Us to the Budokan, "
                     "We Would Fly", body)
    name, spellings = find_show(source)
    assert {name, *spellings} == {"Oshi no Kaze", "If the Wind Took Us to the Budokan, We Would Fly"}


def test_a_title_holding_the_a_fraction_or_a_mark_the_sentence_goes_on_after(tmp_path):
    cases = {
        "Lantern Taxi: In the Woods": "Anime film 'Lantern Taxi: In the Woods' releases trailer",
        "Lantern 1/2": "The fourth episode of the new anime of Lantern 1/2 airs",
        "Hibike! Lantern": "New Hibike! Lantern Anime In The Works",
    }
    for name, headline in cases.items():
        body = (f"The anime {name} will premiere in April. Fans of {name} saw a new trailer, and "
                f"{name} is animated by Studio Kite.")
        assert find_show(article(tmp_path, headline, body))[0] == name



def test_a_review_s_headline_names_its_title_after_the_colon(tmp_path):
    # the page lost its linked names: only the headline writes the title
    body = ("Based on the manga by Ken Sato, the story follows Mika, a shy archer. The series was "
            "produced by Studio Kite, and the dub is a delight.")
    source = article(tmp_path, "English Dub Season Review: The Lantern Keeper Season One", body)
    assert find_show(source)[0] == "The Lantern Keeper"


def test_a_title_holding_is_a(tmp_path):
    body = ("Almost a decade after its debut, The Lantern is a part-timer!! returns with a second "
            "season. The poster of The Lantern is a Part-Timer!! 2 arrived in December.")
    source = article(tmp_path, "The Lantern is a Part-Timer!! Season 2 Poster and Details", body)
    assert find_show(source)[0] == "The Lantern is a Part-Timer!!"


def test_a_page_titled_by_its_opening_words_whose_last_word_runs_on(tmp_path):
    opening = "I study KITE known among fans for animating series such as Lantern Days"
    body = (f"{opening}\n{opening}announced today the anime of the manga by Ken Sato, Paper Moon. "
            "The series will debut in 2025.")
    assert "I study" not in find_show(article(tmp_path, opening, body))[0]


def test_a_season_s_guide_names_no_show(tmp_path):
    body = ("The new anime season is here, and the anime on offer are many. Here is what to watch, "
            "from sports to romance.")
    assert find_show(article(tmp_path, "Your Fall 2019 Anime Guide", body)) == ("", [])


@pytest.mark.parametrize("name", ["PAPER×MOON", "I★KITE"])
def test_a_title_joined_by_a_cross_or_a_star_is_one_name(tmp_path, name):
    body = (f"Studio Kite will stream the second season of the popular anime series, {name}, "
            f"starting on October 7. The second season of {name} will premiere on TV Tokyo.")
    assert find_show(article(tmp_path, f"Studio Kite to Stream {name} Season 2", body))[0] == name


def test_a_disc_is_no_title(tmp_path):
    body = ("Kite Shoten announced that the sixth volume of Ken Sato's Paper Moon manga will come "
            "with an original anime DVD titled \"Episode 12.5\". The manga already inspired a "
            "Paper Moon television anime series and an earlier anime DVD.")
    assert find_show(article(tmp_path, "Paper Moon Will Have a Special Episode", body))[0] == "Paper Moon"


def test_a_subtitled_title_with_its_own_account_is_still_the_show(tmp_path):
    body = ("The third season of Paper Moon: Ink Is War drew to a close on Friday. Fans can keep "
            "an eye on Paper Moon: Ink Is War's Twitter page for the news.")
    source = article(tmp_path, "Paper moon ink is war announces new project", body)
    assert find_show(source)[0] == "Paper Moon: Ink Is War"


def test_a_word_of_a_quoted_title_is_no_other_name(tmp_path):
    # the headline is the opening sentence: the text writes the title only there
    opening = "\u201cPAPER DAYS\u201d is a comedy action series by Ken Sato"
    body = (f"{opening} that has been serialized in \u201cWeekly Shonen Kite\u201d since 2020.\n"
            "The story follows Taro Paper, a former assassin. The teaser shows Taro Paper in his "
            "present and past, and the members of Paper Shoten around Taro Paper.")
    assert find_show(article(tmp_path, opening, body))[0] == "PAPER DAYS"


def test_a_title_in_single_quotes(tmp_path):
    body = ("Kite shared a new video for the upcoming original anime called \u2018Paper Moon.\u2019 "
            "The series is a science fiction story.\n"
            "Mark your calendars because \u2018Paper Moon\u2019 is set to premiere on April 5!")
    assert find_show(article(tmp_path, "Exciting News in the Anime World", body))[0] == "Paper Moon"


def test_the_anime_movie_names_its_title(tmp_path):
    body = ("If you have been wanting to watch the anime movie PAPER MOON, then good news: Kite "
            "Films has acquired the rights for it! The film came out in Japan earlier this year.")
    source = article(tmp_path, "Kite Films Is Bringing Paper Moon to U.S. Theaters This Year", body)
    assert find_show(source)[0] == "PAPER MOON"


def test_a_title_holding_as_a(tmp_path):
    body = ("The television anime of Ken Sato's My Next Life as a Kettle light novels revealed its "
            "cast on Friday. My Next Life as a Kettle will premiere in April.")
    source = article(tmp_path, "New Anime Reveals Cast", body)
    assert find_show(source)[0] == "My Next Life as a Kettle"


def test_a_title_holding_a_possessive_after_its_first_word(tmp_path):
    body = ("The official website of the upcoming anime Kettle\u2019s End Harbor announced on Friday "
            "that the anime has been delayed to January. Kettle\u2019s End Harbor will have 11 episodes.")
    source = article(tmp_path, "Kettle\u2019s End Harbor Episode 2 Delayed Till January", body)
    assert find_show(source)[0] == "Kettle's End Harbor"


def test_a_possessive_owner_also_opening_another_name_is_still_the_title_s(tmp_path):
    # "King Kairu" is another name: "King" is not written alone, as a platform's name would be
    body = ("The official website for King's Kettle: Ishi o Tsugumono-tachi (Heirs of the Will), the "
            "anime of Vespa's King's Kettle game app, began streaming a video on Friday.\n"
            "The story is set a century after King Kairu defeated the demon king.")
    source = article(tmp_path, "King's Kettle Anime Video Previews Opening Song", body)
    assert find_show(source)[0] == "King's Kettle"


def test_a_photo_caption_of_a_person_is_no_listed_title(tmp_path):
    # the page repeats its headline, then a photo's caption names the singer
    body = ("Mio Sato to Release a Single Produced by Ken Abe \u201cKettle Rakugo Shinju\u201d Opening "
            "Theme.\nMio Sato\n"
            "Mio Sato is going to release a new single titled \u201cUsura\u201d on February 3rd.\n"
            "\u201cUsura\u201d is an opening theme of a TV anime, \u201cKettle Rakugo Shinju\u201d to be "
            "aired from January 8th. Sato is going to play the role of Miyo in this anime.")
    headline = body.split("\n")[0]
    assert find_show(article(tmp_path, headline, body))[0] == "Kettle Rakugo Shinju"


def test_a_singer_releasing_a_single_or_playing_a_role_is_no_show(tmp_path):
    body = ("Mio Sato is going to release a new single titled \u201cUsura\u201d on February 3. "
            "Mio Sato is going to play the role of Miyo in the new anime. Mio Sato wrote the lyrics.")
    assert find_show(article(tmp_path, "Mio Sato Sings for New Anime", body))[0] == ""


def test_the_headline_s_longer_title_is_the_article_s_work(tmp_path):
    # the shorter name is the earlier work; a season number or a headline word is no longer title
    body = ("At the convention, Kettle Stampede director Ken Sato spoke about the hit anime. The "
            "staff enjoyed the city with Kettle's author, Mio Abe. Sato works with Studio Kite on "
            "Kettle Stampede. The studio decided to work on a new Kettle anime for two reasons.")
    headline = "Studio Kite Reflects on the First Season of \u2018Kettle Stampede\u2019"
    source = article(tmp_path, headline, body)
    assert find_show(source)[0] == "Kettle Stampede"


@pytest.mark.parametrize(("headline", "body", "name"), [
    # a slash and lower-case words go on from the short name ("Fate/stay night" of "Fate")
    ("New Kettle/stay night Anime to Premiere This Fall",
     "New Kettle/stay night Anime to Premiere This Fall\nSome news surfaced on Studio Kite's upcoming "
     "Kettle/stay night anime adaptation. Ken Sato (episode director on Kettle/Zero) will direct.\n"
     "The Kettle/stay night visual novel was adapted into a TV anime in 2006, and the Kettle/stay "
     "night: Blade Works film followed in 2010.", "Kettle/stay night"),
    # a genre the text writes in lower case before "manga" is no part of the title
    ("Kettle Battery Baseball Manga Gets TV Anime",
     "The official website of Mio Abe's Kettle Battery baseball manga announced a TV anime on Friday. "
     "Kettle Battery will premiere in July.", "Kettle Battery"),
    # a title written only inside two longer ones is neither's part alone
    ("Blue Kettle TV Anime Reveals Main Cast",
     "The official website for the TV anime of Mio Abe's Ao no Kettle (The Blue Kettle) manga "
     "revealed the cast. The Blue Kettle will premiere on NHK in April.", "The Blue Kettle"),
    # a comma and the words after it, as the headline and the text write them
    ("Ken Sato is designing a web short anime titled Sore, Kettle Sketch",
     "Ken Sato is designing a web short anime titled Sore, Kettle Sketch, and the first episode "
     "premiered on YouTube on Wednesday:\nSato plans to debut new episodes on Wednesdays.",
     "Sore, Kettle Sketch"),
])
def test_a_title_s_whole_form(tmp_path, headline, body, name):
    assert find_show(article(tmp_path, headline, body))[0] == name


def test_a_list_after_a_comma_is_no_part_of_a_title(tmp_path):
    body = ("The anime Kettle Days tops the poll. Kettle Days, Paper Moon, and Silver Tide lead the "
            "season, and Kettle Days will premiere in April.")
    found = find_show(article(tmp_path, "Kettle Days, Paper Moon Top Anime Poll", body))[0]
    assert found != "Kettle Days, Paper Moon"
