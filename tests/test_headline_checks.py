"""What a headline says of a name besides marking a title: a title with "and" in it, a title
named only as a person's credit; and the shapes that make a name no title of its own."""

from __future__ import annotations

import json
from pathlib import Path

from quiz.bank.corpus import parse_source
from quiz.bank.headline_checks import credited
from quiz.bank.show import find_show


def article(tmp_path: Path, title: str, body: str):
    text = f"---\nid: news\ntitle: {json.dumps(title)}\norigin: news.txt\n---\n{body}\n"
    return parse_source(tmp_path / "news.md", text)


def test_a_title_with_and_in_it_is_read_whole_where_the_headline_holds_it(tmp_path):
    source = article(tmp_path, "Anime Teased for Lantern Keeper and His Apprentice Manga", (
        "Manga creator Jun Sato posted the cover of the fifth volume of The Lantern Keeper and "
        "His Apprentice (Toumori to Deshi) series on Friday.\n"
        "The story of The Lantern Keeper and His Apprentice follows an old keeper and a boy."))
    assert find_show(source)[0] == "Lantern Keeper and His Apprentice"


def test_a_title_the_headline_names_as_a_persons_credit_is_not_the_show(tmp_path):
    source = article(tmp_path, "Former Night Harbor Director Reveals New Anime Project", (
        "He may be gone from Night Harbor Season 2, but director Jun Sato has a new anime.\n"
        "Flyers at the event announced the project, though they gave no title.\n"
        "Studio Kite produced Night Harbor, and Sato's team worked on Night Harbor too."))
    assert find_show(source)[0] == ""
    assert credited("Sky Lanterns", "Sky Lanterns's Jun Sato Announces New Anime")
    assert credited("Sky Lanterns", "Sky Lanterns Creator Launches New Manga")
    assert not credited("Sky Lanterns", "Sky Lanterns Anime Reveals New Cast")
    assert not credited("Sky Lanterns", "Sky Lanterns Staff Reveal New Anime Visual")
    assert not credited("Sky Lanterns", "Sky Lanterns Author Explains Why the Manga Ended")


def test_the_last_title_of_a_list_before_manga_is_not_the_show(tmp_path):
    source = article(tmp_path, "River Hounds, Sky Lanterns Creator Jun Sato Says He Is Making an Anime", (
        "Manga creator Jun Sato said in this week's magazine that he is making an anime.\n"
        "Sato's works include Moon Garden, Paper Boats, and Sky Lanterns manga. "
        "An anime based on Sky Lanterns was announced last year."))
    assert find_show(source)[0] == ""


def test_a_title_starting_with_an_ordinal_is_read_whole_from_the_headline(tmp_path):
    source = article(tmp_path, "22nd Century Kids Author Jun Sato Is Making an Anime", (
        "Jun Sato has drawn manga since 1990. His 22nd Century Kids and 23rd Century Kids ran "
        "for years, and 22nd Century Kids inspired a live-action film."))
    assert find_show(source)[0] != "Century Kids"


def test_a_theme_titled_for_the_anime_is_not_the_show(tmp_path):
    source = article(tmp_path, "the night harbor season 2 opening ending watch", (
        "Night Harbor has made its return for the second season with a new opening.\n"
        "The new opening theme for the anime is titled \"Lighthouse\" and is sung by Aoi Hana.\n"
        "Night Harbor's second season streams on Fridays, and \"Lighthouse\" plays over it."))
    assert find_show(source)[0] != "Lighthouse"


def test_two_titles_in_the_headline_the_text_calls_works_make_a_comparison(tmp_path):
    source = article(tmp_path, "moon garden beats paper boats at box office debuts", (
        "Two anime-related films made their debuts last weekend: the 5th Moon Garden film and "
        "the live-action Paper Boats film. The rankings show that Moon Garden took 1st place.\n"
        "Moon Garden the Movie: Tides sold 300,000 tickets. It beats out the live-action Paper "
        "Boats film to take the top spot. Paper Boats sold 290,000 tickets in its first four days."))
    assert find_show(source)[0] == ""
    # a headline name inside the other is the same title's ("Sky Lanterns" of "Sky Lanterns Zero")
    source = article(tmp_path, "Sky Lanterns Zero Reveals Cast", (
        "The staff of the upcoming Sky Lanterns Zero anime announced the cast on Friday.\n"
        "The film is a sequel of Sky Lanterns, and Sky Lanterns Zero premieres in May."))
    assert find_show(source)[0] == "Sky Lanterns Zero"


def test_an_obituary_names_titles_only_as_the_persons_credits(tmp_path):
    source = article(tmp_path, "'Moon Garden', 'Paper Boats' Voice Actor Jun Sato Passes Away", (
        "Today, the anime community mourns a well-known actor. Jun Sato passed away on May 2.\n"
        "Sato voiced the captain in Moon Garden Season 2, and the villain of Paper Boats.\n"
        "His co-star wrote: \"Jun was in Moon Garden and Paper Boats with me.\""))
    assert find_show(source)[0] == ""
    assert credited("Paper Boats", "Paper Boats Actor Jun Sato Has Died")
    assert credited("Moon Garden", "Moon Garden and Paper Boats Singer Aoi Hana Dies")
