"""The show an article is about: found from the article as a whole, never guessed."""

from __future__ import annotations

import re

import pytest
from made_up_article import article

from quiz.bank.corpus import CorpusError
from quiz.bank.facts import build_from
from quiz.bank.show import find_show


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
    """As for the extraction rules: no place a title may stand is written for one sentence
    of the corpus (the bank, the fixture articles, the labelled excerpts but the holdout)."""
    from article_fixtures import FOLDER

    from bench.show_names import as_source, labelled
    from quiz.bank.corpus import load_sources
    from quiz.bank.rules import sentences_of
    from quiz.bank.rules.patterns import NAMED_AS
    from quiz.bank.show import _BRACKET, _CUES
    from quiz.config import PROJECT_ROOT

    texts = []
    for folder in (PROJECT_ROOT / "questions" / "sources", FOLDER):
        sources, _ = load_sources(folder)
        texts += [s.text for source in sources.values() for s in sentences_of(source)]
    excerpts = [as_source(e) for e in labelled() if e["split"] != "holdout"]
    texts += [s.text for source in excerpts for s in sentences_of(source)]
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


def test_a_word_of_prose_after_a_title_is_no_part_of_it(tmp_path):
    # the headline and the text both write "has" after the title, but the text writes it
    # elsewhere too: it is the sentence's verb, not the title's last word
    source = article(tmp_path, "Star Voyage has a new trailer", (
        "Star Voyage has a new trailer, released on Friday by Studio Kite. "
        "Star Voyage has also named its cast.\n"
        "The anime Star Voyage premieres in April. The studio has more news soon."))
    assert find_show(source)[0] == "Star Voyage"


def test_a_title_only_the_headline_names_when_the_text_lost_every_name(tmp_path):
    # real sentences of a news page whose linked names were lost: the headline's "X Anime
    # 2nd Season" is the only place the show is named
    headline = "Our Last Crusade or the Rise of a New World Anime 2nd Season Delayed to 2024"
    source = article(tmp_path, headline, (
        "announced on Friday that the second season for the television anime ofand's) light novel "
        "series is delayed to 2024. The anime was previously slated to air this year.\n"
        "Crunchyroll will stream the new season.\n"
        "The first season premiered in October 2020."))
    assert find_show(source) == ("Our Last Crusade or the Rise of a New World", [])
    base = build_from({source.id: source}, {})
    assert {f.subject for f in base.facts} == {"Our Last Crusade or the Rise of a New World"}


def test_a_headline_alone_is_trusted_only_where_its_words_bound_the_title(tmp_path):
    body = "announced on Friday that the anime is delayed. The anime premiered in 2022."
    assert find_show(article(tmp_path, "Paper Moon Anime's 2nd Season Delayed", body))[0] == "Paper Moon"
    # a title starting after the headline's own words: where it starts is not sure
    headline = "A Blend of Sci-Fi and Noir in Upcoming Mecha Anime"
    assert find_show(article(tmp_path, headline, body)) == ("", [])
    # "Anime" in a title-case headline says nothing of the words after it
    assert find_show(article(tmp_path, "Spring Anime Wins Award", body)) == ("", [])
    # a company, not a title
    assert find_show(article(tmp_path, "Studio Kite Anime Gets Sequel", body)) == ("", [])
    # the text names part of the run ("Rin Sato"): an author's name stands in it
    source = article(tmp_path, "Rin Sato Paper Moon Light Novels Get TV Anime", (
        "Rin Sato 's light novels will get a television anime. The anime premieres in April."))
    assert find_show(source) == ("", [])
    # nothing in the text says it is about an anime or a series at all
    assert find_show(article(tmp_path, "Paper Moon Anime Delayed", "It was delayed to May.")) == ("", [])


def test_the_headline_s_verbs_bound_a_title_the_text_writes(tmp_path):
    # "Sings" is the headline's verb: the singer's name is no part of the title
    source = article(tmp_path, "Aoi Hana Sings Lantern Days Anime's Ending Theme", (
        "Singer Aoi Hana will perform the ending theme song. Lantern Days premiered in 2024."))
    assert find_show(source)[0] == "Lantern Days"
    # a verb of the title itself ("Is") stays where the text writes it so
    source = article(tmp_path, "My New Boss Is Goofy Manga Gets TV Anime Adaptation by A-1 Pictures", (
        "The anime adaptation was announced on Friday. My New Boss Is Goofy began in 2019 on Pixiv."))
    assert find_show(source)[0] == "My New Boss Is Goofy"


def test_a_title_with_lower_case_words_or_a_different_case_in_the_text(tmp_path):
    source = article(tmp_path, "Kill la Kill Anime Gets New Film", (
        "A new film was announced on Friday. Kill la Kill aired in 2013."))
    assert find_show(source)[0] == "Kill la Kill"
    # the headline shouts the title; the text's own spelling is the show's
    source = article(tmp_path, "Project Kite Reveals Cast For New Anime BEAR PUNCH!", (
        "Ken Ogawa voices the hero of Bear Punch! in the anime, Project Kite revealed."))
    assert find_show(source)[0] == "Bear Punch!"


def test_a_sequel_beats_its_parent_and_a_season_stays_apart(tmp_path):
    source = article(tmp_path, "Lantern Days: Night Sky Anime Reveals Cast", (
        "Ken Ogawa returns for Lantern Days: Night Sky. Lantern Days aired in 2020."))
    assert find_show(source)[0] == "Lantern Days: Night Sky"
    source = article(tmp_path, "Lantern Days: Night Sky Anime Reveals Cast", (
        "Ken Ogawa returns for Lantern Days: Night Sky. The anime Lantern Days aired in 2020."))
    assert find_show(source) == ("Lantern Days: Night Sky", ["Lantern Days"])
    source = article(tmp_path, "Bungo Stray Dogs Season 5: How Many Episodes", (
        "Bungo Stray Dogs Season 5 premiered in July. Bungo Stray Dogs began in 2016."))
    assert find_show(source) == ("Bungo Stray Dogs", ["Bungo Stray Dogs Season 5"])


def test_a_studio_or_a_platform_the_headline_marks_is_not_the_show(tmp_path):
    source = article(tmp_path, "KITEWORKS Anime Gets Trailer", (
        "KITEWORKS is producing the anime. KITEWORKS revealed a trailer on Friday."))
    assert find_show(source) == ("", [])
    source = article(tmp_path, "Netflix Anime Series Gets Summer Date", (
        "Netflix will stream the anime on July 6. The series is directed by Ken Ogawa."))
    assert find_show(source) == ("", [])
    # the person who owns the manga is no title: the title starts after them
    source = article(tmp_path, "Ken Ogawa's Paper Moon Manga Gets TV Anime", (
        "The television anime of Ken Ogawa 's manga will premiere in April."))
    assert find_show(source) == ("Paper Moon", [])
    # an owner the text never names as one says nothing of where the title starts
    source = article(tmp_path, "Kite's Paper Moon Manga Gets TV Anime", (
        "The television anime of the manga will premiere in April."))
    assert find_show(source) == ("", [])


def test_every_headline_marker_reads_two_headlines_of_the_corpus():
    """As for the cues in the text: no way a headline marks a title is written for one headline."""
    from article_fixtures import FOLDER

    from quiz.bank.corpus import load_sources
    from quiz.bank.rules import sentences_of
    from quiz.bank.rules.patterns import TITLE
    from quiz.bank.titles import _LEAD, _QUOTED, MARKER, OWNER
    from quiz.config import PROJECT_ROOT

    headlines, texts = [], []
    for folder in (PROJECT_ROOT / "questions" / "sources", FOLDER):
        sources, _ = load_sources(folder)
        headlines += [source.title for source in sources.values()]
        texts += [s.text for source in sources.values() for s in sentences_of(source)]
    # an author owning a title ("Hiro Arikawa's Library War (...) light novels") is written
    # so in the text more often than in headlines
    owned = re.compile(rf"{OWNER} {TITLE}(?: \([^)]*\))? "
                       r"(?i:(?:TV |television )?(?:anime|manga|light novels?|novels?|film|movie))\b")
    counts = {
        "kind of work": sum(any(m["work"] for m in MARKER.finditer(h)) for h in headlines),
        "what is shown": sum(any(not m["work"] for m in MARKER.finditer(h)) for h in headlines),
        "anime before": sum(bool(_LEAD.search(h)) for h in headlines),
        "quoted": sum(bool(_QUOTED.search(h)) for h in headlines),
        "owner's": sum(bool(owned.search(t)) for t in headlines + texts),
    }
    print("\nheadlines each marker reads:", counts)
    assert min(counts.values()) >= 2, counts


def test_a_title_the_headline_quotes_and_the_text_writes(tmp_path):
    source = article(tmp_path, "\u2018Lantern Days\u2019 Returns With Night Sky Arc", (
        "The arc adapts the manga's final volumes. Lantern Days returned on Friday with a trailer."))
    assert find_show(source)[0] == "Lantern Days"
    source = article(tmp_path, "Lantern Days Second Season Gets Summer Date", (
        "The new season starts in July. Lantern Days first aired in 2020."))
    assert find_show(source)[0] == "Lantern Days"
    # a song the headline quotes is not the show
    source = article(tmp_path, "Aoi Hana's New Single 'Paper Moon' Tops the Charts", (
        "Paper Moon sold 10,000 copies in a week. Fans can stream Paper Moon now."))
    assert find_show(source) == ("", [])


def test_a_headline_that_says_a_title_stands_there_as_a_sentence_would(tmp_path):
    source = article(tmp_path, "Sword of Dawn hits theaters in November", (
        "The film's trailer was released on Friday. Sword of Dawn sold a million tickets in Japan."))
    assert find_show(source)[0] == "Sword of Dawn"
    # the same words with nothing in the text naming the title: not sure
    source = article(tmp_path, "Sword of Dawn hits theaters in November",
                     "The film's trailer was released on Friday.")
    assert find_show(source) == ("", [])


def test_a_title_of_lower_case_words_the_headline_and_the_text_share(tmp_path):
    """No capitalised-word pattern reads "The 9th Prince? You Must Be Joking?": the text calls
    it an anime and the headline holds the same words, so it is the title as the text writes it."""
    source = article(tmp_path, "The 9th prince you must be joking anime english dub reveals cast", (
        "Studio Kite announced the English dub cast for The 9th prince? You must be joking? anime.\n"
        "The anime premiered in April."))
    assert find_show(source)[0] == "The 9th prince? You must be joking?"


def test_a_name_written_only_inside_a_longer_title_is_not_the_show(tmp_path):
    source = article(tmp_path, "Someday I'm flying to the moon with you manga gets anime", (
        "Rin Sato's manga series, Someday, I'm Flying to the Moon With You, is getting an anime.\n"
        "Fans of Someday, I'm Flying to the Moon With You manga are thrilled."))
    assert find_show(source)[0] == "Someday, I'm Flying to the Moon With You"


def test_a_title_in_quotes_with_small_lower_case_words(tmp_path):
    source = article(tmp_path, "Walk on water season 2 new trailer", (
        "Studio Kite has released another trailer for Season 2 of the series, 'Walk on Water,' today.\n"
        '"Walk on Water" is an anime series adapted from a manga.'))
    assert find_show(source)[0] == "Walk on Water"


def test_a_round_up_of_several_shows_names_none(tmp_path):
    source = article(tmp_path, "Anime news: Paper Moon season 2 key visual, more", (
        "The key visual for the second season of the anime series Paper Moon was released.\n"
        "Star Breakers, the new original anime, has a release date. Star Breakers will be released "
        "on October 13 and Star Breakers will stream worldwide."))
    assert find_show(source) == ("", [])


def test_plural_nouns_after_new_anime_in_a_headline_are_no_title(tmp_path):
    source = article(tmp_path, "Studio Kite Announces 3 New Anime Movies Coming To Cinemas", (
        "The studio revealed three new films. The film slate opens in May."))
    assert find_show(source) == ("", [])


def test_a_title_between_commas_after_the_work_it_names(tmp_path):
    # the commas bound the title as quotes would: small lower-case words may stand in it
    body = ("Rin Sato's bestselling manga, Lantern Days in Like a Summer, is getting a TV anime.\n"
            "Studio Kite will animate the anime.")
    source = article(tmp_path, "Lantern Days in Like a Summer Manga Gets TV Anime", body)
    assert find_show(source)[0] == "Lantern Days in Like a Summer"
    # named once, not in the headline: not sure, and the headline's first word is no title
    # when the text names one
    source = article(tmp_path, "Award-winning manga gets TV anime by Studio Kite", body)
    assert find_show(source) == ("", [])
    # a translation in brackets may stand between a title and what it is
    source = article(tmp_path, "Kami no Tsuki Anime Reveals Cast", (
        "The official website for Kami no Tsuki (Paper Moon), an original television anime by "
        "Ken Ogawa, revealed the cast on Friday."))
    assert find_show(source)[0] == "Kami no Tsuki"
    # a list between commas is no title
    source = article(tmp_path, "Studio Kite reveals slate", (
        "Studio Kite's next anime, Paper Moon and Star Breakers, will air in 2026."))
    assert find_show(source) == ("", [])


def test_the_author_after_of_is_no_part_of_the_title(tmp_path):
    # a translated article's "the manga X of its author", the author named again by family name
    source = article(tmp_path, "Hoshi kuzushi of rin", (
        "The magazine announced that the manga, Hoshi Kuzushi of Rin Sato, will have its anime series.\n"
        "Sato began the manga in 2013."))
    assert find_show(source)[0] == "Hoshi Kuzushi"
    # a name the text never writes alone stays part of the title
    source = article(tmp_path, "Legend of mount kite anime premieres", (
        "The anime, Legend of Mount Kite, will premiere in April. Legend of Mount Kite is a "
        "fantasy."))
    assert find_show(source)[0] == "Legend of Mount Kite"


def test_a_publisher_is_not_the_show(tmp_path):
    source = article(tmp_path, "Hoshi kuzushi of rin", (
        "The magazine Gangan from Star Press announced that the manga, Hoshi Kuzushi, will get an "
        "anime.\nIts fifth volume, published by Star Press will be released November 21."))
    assert find_show(source)[0] == "Hoshi Kuzushi"


def test_an_address_s_words_as_the_headline(tmp_path):
    """A page whose headline is lost gives its address's words: no capitals, small words maybe
    dropped. The title the address starts with, up to the work and its verb, counts where the
    text writes it, or, when the text lost every name, alone."""
    lost = ("The official website for the television anime ofand'smanga revealed the theme song "
            "artists on Tuesday. The anime premiered on April 10.")
    source = article(tmp_path, "Lantern days of dawn anime reveals theme song artists", lost)
    assert find_show(source)[0] == "Lantern Days of Dawn"
    source = article(tmp_path, "Lantern days of dawn season 2 confirms fall release", lost)
    assert find_show(source)[0] == "Lantern Days of Dawn"
    # the address drops "in" and "a": the title the text writes is still the headline's
    source = article(tmp_path, "Award winning lantern days summer manga gets tv anime", (
        "Rin Sato's manga, Lantern Days in a Summer, is getting a TV anime adaptation."))
    assert find_show(source)[0] == "Lantern Days in a Summer"
    # as written in the text, with accents and capitals
    source = article(tmp_path, "Maho no tsuki anime video reveals cast", (
        "The official website revealed a video for Mahō no Tsuki on Friday. The anime premieres in "
        "April."))
    assert find_show(source)[0] == "Mahō no Tsuki"


def test_an_address_s_first_words_are_no_title_when_unsure(tmp_path):
    lost = "The official website revealed the anime's premiere on Tuesday."
    # one word: any word may start an address
    assert find_show(article(tmp_path, "Popular anime gets second season", lost)) == ("", [])
    # a platform the text names as one
    body = lost + " Crunchyroll is streaming the anime."
    assert find_show(article(tmp_path, "Crunchyroll exclusive anime gets sequel", body)) == ("", [])
    # written in the text, but not as a title
    body = "Award-winning, the manga will be adapted. The anime premieres in April."
    assert find_show(article(tmp_path, "Award winning manga gets tv anime", body)) == ("", [])
    # no verb after the work: where the title ends is not sure
    assert find_show(article(tmp_path, "Lantern days of dawn anime theme song", lost)) == ("", [])


def test_a_translation_in_brackets_before_a_headline_s_season(tmp_path):
    body = "We have been working together on this project for a while, so we get along well."
    source = article(tmp_path, "Rin Sato – Interview on Hoshi Kuzushi (Star Breakers) Season 2", body)
    assert find_show(source)[0] == "Star Breakers"
    # one word in brackets may be any note ("Updated")
    source = article(tmp_path, "Interview on Hoshi Kuzushi (Updated) Season 2", body)
    assert find_show(source) == ("", [])


def test_a_translation_in_brackets_may_hold_is(tmp_path):
    # the headline's "War" is the end of the bracketed translation, no title alone
    source = article(tmp_path, "Hoshi-sama: Love is Light manga gets tv anime", (
        "Star Press announced that the manga Hoshi-sama wa Kagayaku (Hoshi-sama: Love is Light) of "
        "Rin Sato will receive a television anime."))
    assert find_show(source)[0] == "Hoshi-sama: Love is Light"
    # after a song, not a title the text calls one: no show
    source = article(tmp_path, "Summer Anime Endings Worth Waiting For", (
        "\u201cArrow\u201d (Lantern Days) is a fine ending. \u201cDoor\u201d (Star Breakers) is too."))
    assert find_show(source) == ("", [])


def test_an_address_s_words_before_its_verb_that_the_text_writes_after_the_anime(tmp_path):
    body = ("The team behind the anime lantern days shared a new preview of the second season of "
            "the anime.")
    source = article(tmp_path, "Lantern days reveals a preview of its second season", body)
    assert find_show(source)[0] == "Lantern Days"
    # the text never writes them after "the anime": any subject may start an address
    body = "A new preview of the second season of the anime lantern days was shared."
    source = article(tmp_path, "Big news reveals a preview of a second season", body)
    assert find_show(source) == ("", [])


def test_a_platform_that_announces_or_simulcasts_is_not_the_show(tmp_path):
    source = article(tmp_path, "Crunchyroll Announces New Simulcasts", (
        "Crunchyroll announces they will be streaming Paper Moon on Saturdays. Crunchyroll "
        "describes the series as a comedy.\n"
        "Star Breakers: Crunchyroll will stream this series in the UK. Crunchyroll describes the "
        "series as a drama."))
    assert find_show(source) == ("", [])
    # a broadcaster the headline names, whatever its case
    source = article(tmp_path, "Crunchyroll original anime fuji tv 2026", (
        "Crunchyroll and Fuji TV have a new show in the works. Fuji TV expects the series to debut "
        "in 2026, and Crunchyroll will simulcast the series. Fuji TV and Crunchyroll said more."))
    assert find_show(source) == ("", [])


def test_a_title_that_premiered_with_its_translation_in_brackets(tmp_path):
    source = article(tmp_path, "The Song of the Moon Beating Box Office Expectations", (
        "- From the creators of the famed Paper Moon anime, Tsuki no Uta (The Song of the Moon) "
        "premiered in theatres across Japan on September 19th.\n"
        "- This exceeds the Paper Moon movie over the same period."))
    assert find_show(source)[0] == "The Song of the Moon"


def test_a_person_with_their_credits_in_brackets_is_not_the_show(tmp_path):
    source = article(tmp_path, "Rin sato aoi hana join updated paper moon dub cast", (
        "Funimation announced that Rin Sato (Star Breakers, Lantern Days) and Aoi Hana (Sword of "
        "Dawn) are joining the cast of the updated dub. Rin Sato will play the lead. Rin Sato "
        "was also tapped to direct the adaptation."))
    assert find_show(source) == ("", [])


def test_one_word_only_the_headline_gives_is_no_title(tmp_path):
    body = "Some manga are at their final arc. Yona of Dawn is ending; the anime aired in 2014."
    source = article(tmp_path, "Climactic Manga Arcs and Exciting Anime Renewals Announced", body)
    assert find_show(source) == ("", [])


def test_a_title_between_a_comma_and_the_sentence_s_end(tmp_path):
    source = article(tmp_path, "Cast Announced for Funimation Dub of Sword of Dawn", (
        "Funimation announced the cast for its upcoming dub of Studio Kite's award-winning movie, "
        "Sword of Dawn."))
    assert find_show(source)[0] == "Sword of Dawn"
    # without the comma, a movie's name after "movie" may be another work's
    source = article(tmp_path, "Netflix Announces 3 Original Anime Series", (
        "One of the new projects is Bright Sword: Samurai Soul, a film inspired by the 2017 action "
        "movie Bright Sword. Exception is a space horror series."))
    assert find_show(source) == ("", [])
