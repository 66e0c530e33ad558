"""What a headline says of where its title stands: in quotes, after "Staff for", before "Voice
Cast" or "5th Promo Video", after its author's possessive; and words that name no title there."""

from __future__ import annotations

from made_up_article import article

from quiz.bank.show import find_show


def test_a_title_the_headline_quotes_whole_is_named_whole(tmp_path):
    source = article(tmp_path, "‘The Paper Moon Rises with Grace’ Anime Adaptation Coming 2026", (
        "As announced during Kite Fest, an anime adaptation is on the way for Mei Kudo’s manga "
        "series The Paper Moon Rises with Grace. The anime, which will be produced by Studio Kite, "
        "is due to premiere in 2026.\n"
        "A teaser for the series has also been shared."))
    assert find_show(source)[0] == "The Paper Moon Rises with Grace"


def test_where_a_release_is_names_no_title(tmp_path):
    source = article(tmp_path, "New US Trailer for 'Ember in the Glass' Anime Theatrical Debut", (
        "Kite Films has revealed an official US trailer for a Japanese anime film titled Ember in "
        "the Glass, set to play in US theaters this summer. From director Ken Ogawa, Ember in the "
        "Glass is a drama about growing up.\n"
        "Here's the official US trailer for Ken Ogawa's Ember in the Glass:"))
    assert find_show(source)[0] == "Ember in the Glass"


def test_a_title_after_staff_for_at_the_headline_end_is_marked(tmp_path):
    source = article(tmp_path, "Kiteflix Reveals Dub Cast, Staff for Paper Lantern House", (
        "Kiteflix announced on Friday that it will stream the English dub for the television "
        "anime of mei-ku 's Paper Lantern House starting on Saturday.\n"
        "The anime premiered in Japan on April 10. Kiteflix describes the story:\n"
        "High atop a cliff sits the mansion known as Paper Lantern House, home to a faceless clan."))
    assert find_show(source)[0] == "Paper Lantern House"


def test_the_author_owning_a_title_is_no_part_of_it(tmp_path):
    source = article(tmp_path, "Rin Saiki's Kagura Shojo!! Musical Manga Gets TV Anime Adaptation in 2026", (
        "Rin Saiki's Kagura Shojo!! Musical Manga Gets TV Anime Adaptation in 2026\n\n"
        "Japanese publisher Hoshisha announced today that Rin Saiki's Kagura Shojo!! manga series "
        "will be adapted into a TV anime in 2026. Its story is set at Kagura High School.\n\n"
        "The series' first installment, Kagura Shojo! (with one exclamation mark) was serialized "
        "in a monthly magazine. After the magazine ceased publication, the series' second "
        "installment Kagura Shojo!! (with two exclamation marks) has been serialized in "
        "Hoshisha's MELODY magazine since 2015."))
    assert find_show(source)[0] == "Kagura Shojo!!"


def test_the_animation_ending_a_title_is_no_company(tmp_path):
    source = article(tmp_path, "Paper Saga 4 the Animation's 5th Promo Video Streamed", (
        "The teaser website for the Paper Saga 4 The Animation project began streaming the fifth "
        "promotional video on Friday. The anime will premiere on Kite TV on October 6.\n"
        "Director Ken Ogawa is adapting the Paper Saga 4 role-playing game into a series."))
    assert find_show(source)[0] == "Paper Saga 4 The Animation"


def test_a_title_before_voice_cast_is_marked(tmp_path):
    source = article(tmp_path, "Interview: Kite Weekly Talks to Ember Noir Voice Cast", (
        "Kiteflix is set to offer a fresh take on the sci-fi genre as they will stream EMBER: "
        "Noir on a simulcast basis starting this July.\n"
        "EMBER: Noir looks to offer something unique to the seasonal offerings.\n"
        "We asked the voice actors about the upcoming series and their characters."))
    assert find_show(source)[0] == "EMBER: Noir"


def test_a_headline_title_the_text_speaks_of_as_a_work_twice_is_the_show(tmp_path):
    source = article(tmp_path, "First Look: Harbor Lantern Romance", (
        "Premise\n"
        "Rei lives within the old harbor, working as a clerk and nursing a crush on a co-worker.\n"
        "The first thing that hits you watching Harbor Lantern Romance is that it looks old.\n"
        "If I'm sounding poetic, I'm just trying to say Harbor Lantern Romance is a mood."))
    assert find_show(source)[0] == "Harbor Lantern Romance"


def test_a_company_the_headline_names_twice_is_no_show(tmp_path):
    source = article(tmp_path, "Kiteflix Announces First Additions to Spring 2026 Anime Lineup", (
        "Kiteflix recently confirmed a delay in their current dubs.\n"
        "Kiteflix has officially announced the first additions to its spring lineup, which "
        "includes a new season of a hit series."))
    assert find_show(source)[0] == ""


def test_one_word_in_capitals_the_headline_marks_is_a_title_a_stripped_page_lost(tmp_path):
    source = article(tmp_path, "KITEFURI Anime's 2nd Season Delays 7th Episode by 2 Weeks", (
        "The official website for the anime based on'sseries revealed on Monday that the staff "
        "are delaying the seventh episode ofby two weeks. The episode will now air on March 8.\n"
        "The anime premiered on January 11, and Kiteflix is streaming the anime with subtitles."))
    assert find_show(source)[0] == "KITEFURI"


def test_one_capitalised_word_the_headline_marks_is_no_title_a_page_lost(tmp_path):
    source = article(tmp_path, "Climactic Manga Arcs Get Anime Next Year", (
        "The official website for the anime revealed on Monday that the staff will adapt the "
        "last arcs next year. The anime premiered on January 11."))
    assert find_show(source)[0] == ""


def test_a_title_the_text_says_is_based_on_a_work_is_the_show(tmp_path):
    # named once in the text, but as only a work is: "X is based on the manga by"
    body = ("The official website for the anime announced the cast on Friday.\n"
            "The anime will premiere in April on Tokyo MX.\n"
            "Blue Harbor is based on the manga by Ken Sato, and the anime stars Mei Kudo.")
    assert find_show(article(tmp_path, "Blue Harbor Reveals Cast, April Premiere", body))[0] == "Blue Harbor"
    body = body.replace("Blue Harbor is based on", "Blue Harbor, adapted from")
    assert find_show(article(tmp_path, "Blue Harbor Reveals Cast, April Premiere", body))[0] == "Blue Harbor"


def test_a_headline_naming_a_title_without_its_subtitle_names_it(tmp_path):
    body = ("Filed under:\n"
            "This Thursday, Kiteflix showed the first footage for a new animated series.\n"
            "Mei Kudo Nights: Tales of the Harbor is an adaptation of the work of horror artist "
            "Mei Kudo. It is set to release on Kiteflix on Jan. 19, 2023.\n"
            "Mei Kudo Nights: Tales of the Harbor adapts 20 stories from manga by Kudo.")
    headline = "Mei Kudo Nights\u2019 intro is a creepy first look at the Kiteflix anime"
    source = article(tmp_path, headline, body)
    assert find_show(source)[0] == "Mei Kudo Nights: Tales of the Harbor"


def test_a_headline_saying_titled_in_its_own_case_marks_the_title(tmp_path):
    body = ("Studio Kite will make a crossover anime of its games.\n"
            "During the online event, they announced that Kitenado will indeed happen.\n"
            "The characters of Harbor, Lantern and Paper Moon meet in it.")
    source = article(tmp_path, "Harbor, Lantern, Paper Moon Crossover Anime Titled Kitenado", body)
    assert find_show(source)[0] == "Kitenado"


def test_a_short_form_the_headline_quotes_names_the_text_s_longer_title_holding_it(tmp_path):
    headline = 'Theme Song Announced For Second "Kite Harbor" Movie'
    body = (f"{headline}\n"
            "The theme song for Bright Kite Harbor the Movie Part II: The Long Night has been "
            "revealed to be new Lantern number \"Full Light.\" The singers previously performed "
            "the TV series' second ending, \"Paper Moon\".")
    assert find_show(article(tmp_path, headline, body))[0] == \
        "Bright Kite Harbor the Movie Part II: The Long Night"


def test_a_song_the_text_calls_one_is_no_title_however_its_release_is_told(tmp_path):
    # the shape of a train article (an artist's single, then ""X" will be released on ..."), and
    # of theme-song news generally: the song is named in quotes after "single", "song", "theme"
    source = article(tmp_path, "Singer Aya Mori Releases Harbor Lights Anime Ending Theme “STAR & SEA”", (
        "Singer Aya Mori has unveiled her new single “STAR&SEA.”\n\n"
        "The song is the ending theme for the upcoming anime series Harbor Lights, which will begin "
        "streaming on October 2.\n\n"
        "“STAR&SEA” will be released on October 12 via Kite Records."))
    assert find_show(source)[0] == "Harbor Lights"  # never "STAR&SEA"
