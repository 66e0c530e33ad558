"""The show's whole name where the name found is only its end, and theme abbreviations."""

from __future__ import annotations

from made_up_article import article

from quiz.bank.show import find_show


def test_a_title_the_text_also_shortens_is_named_whole(tmp_path):
    source = article(tmp_path, "A quiet little archive season 2 reveals new key visual and april premiere", (
        "And now, this April, A Quiet Little Archive Season 2 is returning as well! The staff "
        "unveiled a new key visual.\n"
        "Mei Kudo will be returning as Archive, while Rin Sato also comes back.\n"
        "Ken Ogawa, who directed the Archive film, is returning to direct the series at Studio "
        "Kite. The second season will continue where the first left off."))
    found, spellings = find_show(source)
    assert found == "A Quiet Little Archive"
    assert "Archive" not in spellings


def test_a_title_joined_by_and_the_is_named_whole(tmp_path):
    source = article(tmp_path, (
        "City Film Fest to Show Premiere of Yoru no Kami/Ember and the Paper Kite Anime Film"), (
        "The City Film Festival announced on Wednesday that it will screen the Yoru no Kami, "
        "Sky Garden, and Blue Rope anime films.\n"
        "The festival will screen the premiere of Yoru no Kami under the title Ember and the "
        "Paper Kite. The screening will take place on Sunday, March 19."))
    assert find_show(source)[0] == "Ember and the Paper Kite"


def test_a_title_starting_with_a_work_word_is_named_whole(tmp_path):
    source = article(tmp_path, "Studio streams two trailers from mei kudos anime kingdom novel", (
        "The studio began streaming two trailers for two anime films which likely belong to "
        "author Mei Kudo's Anime Kingdom (Doga Okoku!) novel.\n"
        "The first trailer is for the Paper Moon robot anime, a film from a character in the novel.\n"
        "Kite Books published Kudo's Anime Kingdom novel in August 2014."))
    assert find_show(source)[0] == "Anime Kingdom"


def test_a_singers_sentence_before_the_title_is_no_part_of_it(tmp_path):
    source = article(tmp_path, "Aoi Hana Sings The Silent Harbor Anime Season 2's Ending Theme", (
        "Aoi Hana Sings The Silent Harbor Anime Season 2's Ending Theme\n\n"
        "The official Twitter account for the television anime of Mei Kudo's The Silent Harbor "
        "manga announced on Friday that singer Aoi Hana will perform the ending theme song.\n"
        "The second season of The Silent Harbor will premiere on January 7."))
    assert find_show(source)[0] == "The Silent Harbor"


def test_an_opening_or_ending_theme_abbreviation_is_no_show(tmp_path):
    source = article(tmp_path, "New Silent Harbor ED Theme Revealed!", (
        "New Silent Harbor ED Theme Revealed!\n\n"
        "The 2nd ED theme for Silent Harbor has been announced; it is called \"Blue Rope\" by "
        "Aoi Hana. It shares its release date with the 2nd OP theme.\n"
        "Aoi Hana did the Paper Moon ED, so this is her second anime."))
    assert find_show(source)[0] not in {"ED", "OP"}


def test_a_quoted_title_with_its_translation_inside_the_quotes(tmp_path):
    source = article(tmp_path, "Hana kun does not sing latest news new promotional video previews choir", (
        "The first promotional video has been revealed for the upcoming romance-comedy anime "
        "series, \"Hana-kun wa Utawanai (Hana-kun Does Not Sing).\"\n"
        "Ken Ogawa is directing the series at Studio Kite, and Mei Kudo is writing the scripts."))
    assert find_show(source) == ("Hana-kun Does Not Sing", ["Hana-kun wa Utawanai"])


def test_an_actor_and_a_character_in_brackets_after_the_anime_are_no_title(tmp_path):
    source = article(tmp_path, "Silent Harbor Season 2 Stage Event Set for March", (
        "The stage event for the second season of Silent Harbor will feature the seiyuus from "
        "the anime, Ken Ogawa (Soma), Mei Kudo (Erina), and Rin Sato (Megumi).\n"
        "Silent Harbor Season 2 will premiere in April."))
    found, spellings = find_show(source)
    assert found == "Silent Harbor"
    assert "Ken Ogawa" not in spellings


def test_a_translation_with_an_apostrophe_inside_the_title_s_quotes(tmp_path):
    source = article(tmp_path, "Its hard to sing for a ghost latest news first video released", (
        "The first video has been released for the upcoming comedy anime series, "
        "\"Yurei ni Uta wa Muzukashii (It's Hard to Sing for a Ghost),\" based on the web "
        "manga by Mei Kudo.\n"
        "Ken Ogawa is directing the anime at Studio Kite."))
    assert find_show(source) == ("It's Hard to Sing for a Ghost", ["Yurei ni Uta wa Muzukashii"])


def test_a_genre_of_two_hyphened_words_is_no_part_of_the_title(tmp_path):
    source = article(tmp_path, "Harbor Boys-Love Manga Anime Release Date in July on Noitamina", (
        "A press event reported on Thursday that Mei Kudo's Harbor boys-love manga is getting a "
        "TV anime that will debut on Fuji TV's Noitamina block in July.\n"
        "Ken Ogawa is directing the anime at studio Kite."))
    assert find_show(source)[0] == "Harbor"
    source = article(tmp_path, "Still Falling in Love Manga Gets TV Anime", (
        "Mei Kudo's Still Falling in Love manga is getting a TV anime.\n"
        "Ken Ogawa is directing the anime at studio Kite."))
    assert find_show(source)[0] == "Still Falling in Love"


def test_a_year_before_a_title_is_no_part_of_it(tmp_path):
    body = ("The official website for the 2020 Lantern film announced that Moon Ferry will perform "
            "its theme song. The anime Lantern has run since 1979.")
    source = article(tmp_path, "Moon Ferry to Perform Theme Song for 2020 Lantern Anime Film", body)
    assert find_show(source)[0] == "Lantern"
