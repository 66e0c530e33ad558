"""A Japanese name an article writes with a letter dropped ("Yosuke Kurod", "Chkara Sakura",
"Kent Itou": two dev articles and a train one) is asked of nobody and offered nowhere; names
that are simply not Japanese, and every dub's cast, are read as before."""

from __future__ import annotations

from made_up_article import read_article

from quiz.bank.rules.romaji import misspelt


def test_a_word_one_vowel_short_of_romaji_beside_romaji_is_a_typo():
    for name in ("Ryouta Kobayash", "Mkoto Shiina", "Kent Aoyama", "Hōjō Tanab"):
        assert misspelt(name), name


def test_japanese_western_and_mixed_names_are_no_typos():
    for name in ("Ryouta Kobayashi", "Jun'ichi Aoyama", "Hōchū Ohtake", "Yoh Shinada", "Homma Kenji",
                 "Kent Williams", "Mark Ishikawa", "Dan Ross", "Kenn", "Showtaro Aoyama", "M・A・O Tanaka"):
        assert not misspelt(name), name


def test_a_misspelt_credit_is_asked_of_nobody(tmp_path):
    base = read_article(tmp_path, (
        "Silver Tide is the new anime of the season.\n\n"
        "Mkoto Shiina is directing the anime, and Hanae Takemura is the sound director.\n\n"
        "The cast includes Riko Anzai as Tomo and Kent Aoyama as Daichi.\n"
    ), "Silver Tide Anime Reveals Staff")
    people = {f.value for f in base.facts if f.kind == "person"}
    assert "Hanae Takemura" in people and "Riko Anzai" in people
    assert not people & {"Mkoto Shiina", "Kent Aoyama"}


def test_a_dubs_cast_keeps_its_western_names(tmp_path):
    base = read_article(tmp_path, (
        "Silver Tide is the new anime of the season.\n\n"
        "English dub cast:\n\nRay Dalton as Tomo\n\nKaito Tang as Daichi\n"
    ), "Silver Tide English Dub Cast Revealed")
    assert "Kaito Tang" in {f.value for f in base.facts if f.kind == "person"}
