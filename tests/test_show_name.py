"""The show an article is about: found from the article as a whole, never guessed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quiz.bank.corpus import CorpusError, parse_source
from quiz.bank.facts import build_from
from quiz.bank.show import find_show


def article(tmp_path: Path, title: str, body: str, extra: str = ""):
    text = f"---\nid: news\ntitle: {json.dumps(title)}\norigin: news.txt\n{extra}---\n{body}\n"
    return parse_source(tmp_path / "news.md", text)


def test_the_tv_anime_of_a_manga_names_the_show(tmp_path):
    source = article(tmp_path, "Hoshi Kuzushi Anime Reveals More Cast, 2026 Debut", (
        "The official Twitter account for the television anime of Rin Sato 's Hoshi Kuzushi "
        "(Star Breakers) manga announced more cast members on Friday.\n"
        "Ken Ogawa is directing the anime at Studio Kite."))
    assert find_show(source) == ("Hoshi Kuzushi", ["Star Breakers"])


def test_a_title_with_lower_case_words_and_an_exclamation_mark(tmp_path):
    source = article(tmp_path, "Studio Reveals Staff For New Anime PAPER&INK!!", (
        "The official blog announced the staff of the anime adaptation. "
        "The Anime will be titled Paper&Ink!!\n"
        "Paper&Ink!! is slated for a 2026 broadcast."))
    assert find_show(source)[0] == "Paper&Ink!!"
    source = article(tmp_path, "Netflix Will Stream a New Anime on the Same Day as Japan", (
        "Netflix has been speeding up its anime releases.\n"
        "Ghost from Another Sea is directed by Ken Ogawa at Studio Kite. "
        "Netflix's official Twitter account confirmed that Ghost from Another Sea will be "
        "streaming on July 6th."))
    assert find_show(source)[0] == "Ghost from Another Sea"


def test_a_platform_in_the_headline_is_not_the_show(tmp_path):
    source = article(tmp_path, "Netflix Confirms Moonlit Paws Release Date", (
        "Netflix has been continuing its run of anime licenses. Moonlit Paws was released on "
        "Netflix's service in Japan last October.\n"
        "Netflix's official Twitter account revealed that Moonlit Paws will begin streaming on "
        "the service outside of Japan on March 13th."))
    assert find_show(source)[0] == "Moonlit Paws"


def test_a_singer_or_a_studio_at_the_start_of_the_headline_is_not_the_show(tmp_path):
    source = article(tmp_path, "Aoi Hana Sings The Silent Harbor Anime Season 2's Ending Theme", (
        "The official Twitter account for the television anime of Mei Kudo's The Silent Harbor "
        "manga announced on Friday that singer Aoi Hana will perform the ending theme song.\n"
        "The second season of The Silent Harbor will premiere on January 7."))
    assert find_show(source)[0] == "The Silent Harbor"


def test_a_quoted_headline_title_and_its_short_form_are_one_show(tmp_path):
    source = article(tmp_path, "\u201cSky Lanterns The Movie: Night Train\u201d Reveals Trailer", (
        "\u201cSky Lanterns The Movie: Night Train\u201d Reveals Trailer\n"
        "Get ready for the upcoming Sky Lanterns movie, as a new trailer has been released. "
        "Kenji Mori composed music for Sky Lanterns\u2019 TV anime series."))
    assert find_show(source) == ("Sky Lanterns The Movie: Night Train", ["Sky Lanterns"])


def test_a_season_number_is_not_part_of_the_show(tmp_path):
    source = article(tmp_path, "River Hounds Season 3: How Many Episodes", (
        "River Hounds Season 3 is gearing up for its premiere on July 12th. "
        "River Hounds Season 3 will be premiering in Japan on July 12th."))
    # the season's spelling is another name of the show, so rules reading it know the show
    assert find_show(source) == ("River Hounds", ["River Hounds Season 3"])


def test_an_article_naming_no_title_is_about_no_show(tmp_path):
    # the headline's first capitalised words are a studio, not a show: nothing is guessed
    source = article(tmp_path, "Studio Kite Announces New Original Anime Project", (
        "Studio Kite announced on Friday that it is producing a new original anime. "
        "The announcement does not reveal any further details on the project."))
    assert find_show(source) == ("", [])
    base = build_from({source.id: source}, {})
    assert base.facts == []


def test_the_front_matter_can_name_the_show(tmp_path):
    source = article(tmp_path, "Studio Kite Announces a Sequel", (
        "The sequel to Lantern Days will premiere in April 2026. Ken Ogawa directs Lantern Days."
    ), extra="show: Lantern Days\n")
    assert find_show(source)[0] == "Lantern Days"
    with pytest.raises(CorpusError, match="'show' must be"):
        article(tmp_path, "News", "Text.", extra="show: [a, b]\n")


def test_the_five_articles_are_about_metallic_rouge():
    from quiz.bank.corpus import load_sources
    from quiz.config import PROJECT_ROOT

    sources, _ = load_sources(PROJECT_ROOT / "questions" / "sources")
    assert {find_show(s)[0] for s in sources.values()} == {"Metallic Rouge"}


def test_a_title_in_italics_or_quotes_that_the_headline_names(tmp_path):
    # once in italics is not enough to be sure; twice, and named by the headline, is
    source = article(tmp_path, "Lantern Days Gets a Second Season", (
        "Studio Kite revealed a new visual for *Lantern Days* on Friday. "
        "Fans of *Lantern Days* cheered."))
    assert find_show(source)[0] == "Lantern Days"
    source = article(tmp_path, "Lantern Days Gets a Second Season", (
        'Studio Kite revealed a new visual for "Lantern Days" on Friday. '
        'Fans of "Lantern Days" cheered.'))
    assert find_show(source)[0] == "Lantern Days"
    source = article(tmp_path, "Lantern Days Gets a Second Season", (
        "Studio Kite revealed a new visual for *Lantern Days* on Friday."))
    assert find_show(source)[0] == ""


def test_two_titles_as_likely_make_no_show(tmp_path):
    source = article(tmp_path, "Studio Kite News Roundup", (
        "The anime Lantern Days will premiere in April. The anime Paper Moon will premiere in April."))
    assert find_show(source) == ("", [])


def test_a_rule_can_tell_a_sentence_about_the_show(tmp_path):
    from quiz.bank.rules import Reader

    source = article(tmp_path, "River Hounds Season 3: How Many Episodes", "Text.")
    reader = Reader(source, "River Hounds", {}, spellings=("River Hounds Season 3",))
    assert reader.names_show("River Hounds Season 3 will premiere on July 12th.")
    assert reader.names_show("The anime will premiere on July 12th.")
    assert not reader.names_show("Eve (Jujutsu Kaisen opening) contributed to the song.")
    assert not Reader(source, "", {}).names_show("The anime will premiere on July 12th.")


def test_a_streaming_service_that_will_be_streaming_is_not_the_show(tmp_path):
    source = article(tmp_path, "Crunchyroll Adds Lantern Days", (
        "Crunchyroll will be streaming the anime as it airs. Crunchyroll will be streaming it "
        "worldwide. Lantern Days will premiere on July 12th."))
    assert find_show(source)[0] == "Lantern Days"


def test_a_singer_or_a_company_named_like_a_title_is_not_the_show(tmp_path):
    source = article(tmp_path, "Aoi Hana Performs Lantern Days Opening", (
        "Singer Aoi Hana will perform the opening theme of the anime Lantern Days. "
        "Lantern Days will premiere in April."))
    assert find_show(source)[0] == "Lantern Days"
    source = article(tmp_path, "Kite Pictures Announces Paper Moon Anime", (
        "Kite Pictures, the anime studio behind Lantern Days, announced a new anime. "
        "Paper Moon, the anime adaptation of Rin Sato's manga, opens in April."))
    assert find_show(source)[0] == "Paper Moon"


def test_every_show_cue_reads_two_sentences_of_the_corpus():
    """As for the extraction rules: no place a title may stand is written for one sentence."""
    from article_fixtures import FOLDER

    from quiz.bank.corpus import load_sources
    from quiz.bank.rules import sentences_of
    from quiz.bank.rules.patterns import NAMED_AS
    from quiz.bank.show import _BRACKET, _CUES
    from quiz.config import PROJECT_ROOT

    texts = []
    for folder in (PROJECT_ROOT / "questions" / "sources", FOLDER):
        sources, _ = load_sources(folder)
        texts += [s.text for source in sources.values() for s in sentences_of(source)]
    cues = {f"cue {i} (weight {w})": c for i, (w, c) in enumerate(_CUES)}
    counts = {name: sum(bool(c.search(t)) for t in texts)
              for name, c in {**cues, "bracket": _BRACKET, "named as": NAMED_AS}.items()}
    print("\nsentences each show cue reads:", counts)
    assert min(counts.values()) >= 2, counts


def test_a_headline_title_the_text_repeats_is_the_show_without_a_cue(tmp_path):
    source = article(tmp_path, "Netflix Confirms Moonlit Paws Release Date in Japan", (
        "Netflix has been continuing its strong run of anime licenses. Moonlit Paws was a hit "
        "in Japan. Fans outside of Japan waited for Moonlit Paws.\n"
        "The opening of Moonlit Paws has been a big hit with fans in Japan."))
    assert find_show(source)[0] == "Moonlit Paws"


def test_a_studio_in_the_headline_the_text_repeats_is_not_the_show(tmp_path):
    source = article(tmp_path, "KITEWORKS Announces New Original Anime", (
        "KITEWORKS announced a new original anime on Friday. KITEWORKS was founded in 2011. "
        "Fans of KITEWORKS will learn more soon."))
    assert find_show(source) == ("", [])


def test_a_lower_case_word_the_headline_adds_to_a_title_is_part_of_it(tmp_path):
    source = article(tmp_path, "Star Voyage tri. is 6-part", (
        "The staff of the upcoming Star Voyage tri. announced the cast. The cast of "
        "Star Voyage tri. differs from the original Star Voyage anime."))
    # the shorter name is the earlier show, not another spelling of this one
    assert find_show(source) == ("Star Voyage tri", [])
