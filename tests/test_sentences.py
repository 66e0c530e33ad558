"""Sentences of an article: pysbd's boundaries, the article's own lines, and what news pages add."""

from __future__ import annotations

from pathlib import Path

from quiz.bank.corpus import parse_source, segment
from quiz.bank.model import Source
from quiz.bank.rules import sentences_of


def sentences(body: str, title: str = "News") -> list[str]:
    return [s.text for s in segment(body, [], title) if not s.fragment]


def test_every_sentence_is_the_articles_own_text():
    body = ("Natsuki Hanae as Taichi Yagami\n"
            "The anime.In other news, it airs in Apr. 2020. Tanaka said: \"It is hard. I know.\"\n")
    for seg in segment(body, []):
        assert body[seg.start:seg.end] == seg.text


def test_a_line_is_never_joined_with_the_next():
    body = ("The newly announced cast members are\nNatsuki Hanae as Taichi Yagami\n"
            "Yoshimasa Hosoya as Yamato Ishida")
    assert sentences(body) == [
        "The newly announced cast members are",
        "Natsuki Hanae as Taichi Yagami",
        "Yoshimasa Hosoya as Yamato Ishida",
    ]


def test_a_stop_glued_to_the_next_sentence_splits():
    body = "The tweet announced the director for the anime.In the teaser, the writer was revealed."
    assert sentences(body) == [
        "The tweet announced the director for the anime.",
        "In the teaser, the writer was revealed.",
    ]


def test_abbreviations_and_lower_case_do_not_split():
    body = ("The final chapter is scheduled to air in Apr. 2020. "
            "Aimoto launched Kemono Jihen in Jump SQ. in December 2016. The manga shipped on March 4.")
    assert sentences(body) == [
        "The final chapter is scheduled to air in Apr. 2020.",
        "Aimoto launched Kemono Jihen in Jump SQ. in December 2016.",
        "The manga shipped on March 4.",
    ]


def test_a_company_s_name_goes_on_after_its_abbreviation():
    body = ("Kite Bros. Japan has released a video for the film. Paper Co. Ltd. Europe will sell it. "
            "The film is produced by Kite Bros. It opens in 2017.")
    assert sentences(body) == [
        "Kite Bros. Japan has released a video for the film.",
        "Paper Co. Ltd. Europe will sell it.",
        "The film is produced by Kite Bros.",
        "It opens in 2017.",
    ]


def test_the_exclamation_mark_of_a_title_ends_no_sentence():
    body = ("Kazuki Nakashima (Kill la Kill!, Gurren Lagann) writes the scripts. "
            "The studio behind Kill la Kill! Season 2 is Trigger.\n"
            "The second season of Oshi no Ko! opens in July. Oshi no Ko! Season 2 has 13 episodes.")
    assert sentences(body) == [
        "Kazuki Nakashima (Kill la Kill!, Gurren Lagann) writes the scripts.",
        "The studio behind Kill la Kill! Season 2 is Trigger.",
        "The second season of Oshi no Ko! opens in July.",
        "Oshi no Ko! Season 2 has 13 episodes.",
    ]


def test_a_title_in_the_headline_keeps_its_exclamation_mark():
    body = "The studio adapts Love Live! Sunshine!! Nijigasaki as a film. It opens in June."
    assert sentences(body, title="Love Live! Sunshine!! Gets a Film")[0] == (
        "The studio adapts Love Live! Sunshine!! Nijigasaki as a film.")


def test_an_exclamation_ending_a_sentence_still_ends_it():
    body = ("A new trailer has been released this Sunday! "
            "Not only does it preview the film, it previews the song!")
    assert sentences(body) == [
        "A new trailer has been released this Sunday!",
        "Not only does it preview the film, it previews the song!",
    ]


def test_a_title_with_an_exclamation_mark_inside_is_not_cut_before_its_last_words():
    # a magazine named with a "!" on two dev3 articles, quoted and unquoted: the words after it
    # are too few to be a sentence of their own
    body = ("The manga runs in the magazine \"Yes! Evening.\" The anime opens in May.\n"
            "The series is published by Hoshisha in their Yes! Evening magazine. It has 9 volumes.")
    assert sentences(body) == [
        "The manga runs in the magazine \"Yes! Evening.\"",
        "The anime opens in May.",
        "The series is published by Hoshisha in their Yes! Evening magazine.",
        "It has 9 volumes.",
    ]


def test_a_sentence_after_an_exclamation_after_a_name_stays_apart():
    body = "The film streams on Netflix! It had a long run in theaters before that."
    assert sentences(body) == ["The film streams on Netflix!",
                               "It had a long run in theaters before that."]


def test_sentences_inside_quotes_are_split():
    body = ('Tanaka said: "Just like in the first season, a lot will happen. '
            'I advise you to look carefully to the end."')
    assert sentences(body) == [
        'Tanaka said: "Just like in the first season, a lot will happen.',
        'I advise you to look carefully to the end."',
    ]
    body = "The composer wrote the lyrics for \u201cCrimson Lightning.\u201d 10GAUGE produced the clip."
    assert sentences(body) == [
        "The composer wrote the lyrics for \u201cCrimson Lightning.\u201d",
        "10GAUGE produced the clip.",
    ]


def test_a_page_date_stamp_is_not_part_of_a_quote():
    assert sentences("Jan 5, 2021 \u2014 The official website announced the cast. It airs in April.") == [
        "The official website announced the cast.", "It airs in April."]
    assert sentences(" date 2020-07-02 The official Twitter account announced the cast.") == [
        "The official Twitter account announced the cast."]
    assert sentences("March 3, 2021 - Crunchyroll will stream the anime.") == [
        "Crunchyroll will stream the anime."]


def test_a_list_wrapped_twice_is_read_once_per_credit():
    body = ("Natsumi Fujiwara as Kabane Kusaka (lower center)\n\n"
            "as Kabane Kusaka (lower center) Junichi Suwabe as Kohachi Inugami (upper center)\n\n"
            "as Kohachi Inugami (upper center) Ayumu Murase as Akira (right)")
    assert sentences(body) == [
        "Natsumi Fujiwara as Kabane Kusaka (lower center)",
        "Junichi Suwabe as Kohachi Inugami (upper center)",
        "Ayumu Murase as Akira (right)",
    ]


def test_a_sentence_broken_across_two_lines_is_a_fragment_no_rule_reads():
    body = ("The official website for the television anime of\n"
            "announced on Friday that the second season is delayed to 2024.\n"
            "Crunchyroll will stream the new season.")
    segs = segment(body, [])
    # both halves: the line broken off mid-sentence and the rest on the next line
    assert [s.fragment for s in segs] == [True, True, False]
    source = Source(id="a", title="News", body=body, origin="a", segments=segs)
    assert [s.text for s in sentences_of(source)] == ["Crunchyroll will stream the new season."]


def test_a_source_file_is_split_the_same_way(tmp_path: Path):
    text = ("---\nid: a\ntitle: Kill la Kill! Returns\norigin: a.txt\n---\n"
            "Trigger revealed Kill la Kill! Season 2 on Friday.It premieres in April.\n")
    source = parse_source(tmp_path / "a.md", text)
    assert [s.text for s in source.segments] == [
        "Trigger revealed Kill la Kill! Season 2 on Friday.", "It premieres in April."]


def test_an_embedded_tweet_with_its_link_debris_is_no_sentence_to_quote():
    # three articles (a train one, two dev3) keep a tweet's text with its t.co and pic links
    body = ("The anime premieres in May. Its broadcast starts in May (Kite) //t.co/Ab12Cd "
            "pic.twitter.com/Ef34Gh — fan (@fan) May 1, 2020\n"
            "Listen here https://t.co/Xy9 pic.twitter.com/Zz8\n")
    assert sentences(body) == ["The anime premieres in May."]


def test_a_line_with_quotes_and_abbreviations_around_plain_prose():
    # pysbd reads only the pieces it is needed for; the sentences are what it gives on the line
    body = ("The film opens in the U.S. on May 3. Its director said: \u201cIt is a dream. I love it.\u201d "
            "Tickets go on sale this week. The cast (led by A. Smith) returns. Fans cheered... "
            "The show airs at 1 a.m. on Fridays. It has twelve episodes.")
    assert sentences(body) == [
        "The film opens in the U.S. on May 3.", "Its director said: \u201cIt is a dream.",
        "I love it.\u201d", "Tickets go on sale this week.", "The cast (led by A. Smith) returns.",
        "Fans cheered...", "The show airs at 1 a.m. on Fridays.", "It has twelve episodes.",
    ]


def test_a_stop_after_a_title_s_exclamation_mark_stays_with_its_sentence():
    body = "Its theme song is by Kirin Wins!. In other words, the band is back."
    assert sentences(body) == ["Its theme song is by Kirin Wins!.", "In other words, the band is back."]
