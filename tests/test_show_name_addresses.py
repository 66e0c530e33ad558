"""An address's words name a title after "for", up to a kind of work or to the address's end,
where the text writes those words as a title, with capitals; never words the text writes in
lower case."""

from __future__ import annotations

from made_up_article import article

from quiz.bank.show import find_show


def test_a_title_after_for_and_before_its_kind_of_work(tmp_path):
    body = ("The official account for the second anime series of Ken Sato's Kettle 2nd baseball "
            "manga announced that the band SHE'S will perform the ending theme song.\n"
            "The anime will premiere on April 4.")
    source = article(tmp_path, "Piano rock band she perform ending for kettle 2nd anime", body)
    assert find_show(source)[0] == "Kettle 2nd"


def test_a_title_after_for_at_the_address_s_end(tmp_path):
    body = ("Another Ken Sato work, “Shikkaku Mon no Kettle Kenja” will likewise be getting the TV "
            "anime treatment!\n"
            "The popular light novel series has exceeded 4 million copies in print.")
    source = article(tmp_path, "Tv anime adaptation announced for shikkaku mon no kettle kenja", body)
    assert find_show(source)[0] == "Shikkaku Mon no Kettle Kenja"


def test_words_after_for_the_text_writes_in_lower_case_are_no_title(tmp_path):
    body = ("The anime revealed the theme song artists for its second half.\n"
            "The anime will return in October.")
    source = article(tmp_path, "Kettle anime reveals theme song artists for second half", body)
    assert find_show(source)[0] != "Second Half"

