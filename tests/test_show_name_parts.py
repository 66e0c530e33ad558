"""A show whose title holds small words a capitalised-word pattern stops at ("on", "is",
"as a"): the show is the whole title the headline and the text share, never the piece the
pattern read; where the headline names no whole one, no show rather than a piece of it."""

from __future__ import annotations

from made_up_article import article

from quiz.bank.show import find_show


def test_a_title_with_on_in_it_is_named_whole_not_by_its_last_word(tmp_path):
    body = ("We lived in wait of more Raid on Pebble.\n"
            "The official Raid on Pebble anime website updated with a new visual for the second "
            "Raid on Pebble anime season.\n"
            "The image features Mira Pebble and Armored Pebble facing each other.")
    source = article(tmp_path, "Raid on pebble season 2 visual premiere date theme song", body)
    assert find_show(source)[0] == "Raid on Pebble"


def test_a_title_with_is_and_a_colon_in_it_is_named_whole(tmp_path):
    body = ("The third season of Tamaki-sama: Chess is Love ended on Friday.\n"
            "The official account of Tamaki-sama: Chess is Love then announced a new anime.")
    source = article(tmp_path, "Tamaki-sama: Chess is Love New Anime Announced", body)
    assert find_show(source)[0] == "Tamaki-sama: Chess is Love"
    source = article(tmp_path, "Tamaki sama chess is love season 2 announced", body)
    assert find_show(source)[0] == "Tamaki-sama: Chess is Love"


def test_an_address_that_lost_small_words_names_the_whole_title(tmp_path):
    # the address lost "That", "I" and "as a", as slugs do: the title is the text's whole one,
    # never a piece of it
    body = ("Keep an eye out for That Time I Became a Kettle as a Spoon, a light novel series.\n"
            "The twelfth volume of That Time I Became a Kettle as a Spoon ships on Friday.\n"
            "The anime adaptation of That Time I Became a Kettle as a Spoon premieres this fall.")
    source = article(tmp_path, "Time became kettle spoon gets green lit fall", body)
    assert find_show(source)[0] == "That Time I Became a Kettle as a Spoon"


def test_a_name_also_written_alone_keeps_its_own_spelling(tmp_path):
    # "Harbor Lights" stands alone too: "Harbor Lights TV" or "The Harbor Lights" is no longer title
    body = ("A new Harbor Lights TV anime was announced in June.\n"
            "The Harbor Lights manga ended in 2019.\n"
            "Harbor Lights will premiere in April.")
    source = article(tmp_path, "First harbor lights trailer released for the new anime", body)
    assert find_show(source)[0] == "Harbor Lights"


def test_a_widened_title_keeps_the_mark_the_text_always_writes_after_it(tmp_path):
    body = ("Kite Press picked up the manga Kite-chan is a Pilot! by Ken Sato. The anime of "
            "Kite-chan is a Pilot! premieres in January.")
    source = article(tmp_path, "\u2018Kite-chan is a Pilot!\u2019 Anime Reveals Opening Theme", body)
    assert find_show(source)[0] == "Kite-chan is a Pilot!"


def test_a_title_the_headline_spells_with_another_small_word_is_named_as_the_headline_spells_it(tmp_path):
    # the text drops the "a" of the title once: "Kettle" is only the title's end, never the show
    body = ("Readers of the Kite Books release of Journey of Kettle learned in March that it "
            "is getting an anime.\n"
            "The show is set for the fall season, with the official site revealing an October "
            "2nd premiere.")
    source = article(tmp_path, "Journey of a Kettle Anime Premiere Date Set", body)
    assert find_show(source)[0] == "Journey of a Kettle"


def test_the_end_of_a_title_the_headline_bounds_is_no_show_when_the_text_names_a_hero_so(tmp_path):
    # "Kitemaru" is the hero the text speaks of, and only the end of the title the headline
    # holds between "Review:" and "Season One"
    source = article(tmp_path, "English Dub Season Review: Ya Girl Kitemaru! Season One", (
        "Based on the manga series by Mei Kudo, the story follows Kitemaru, a kite maker.\n"
        "Kitemaru falls gravely ill, and wishes to be reborn in a more peaceful era.\n"
        "Kitemaru wakes up in modern-day Tokyo, and the series follows her new life."))
    assert find_show(source)[0] in ("", "Ya Girl Kitemaru!")
