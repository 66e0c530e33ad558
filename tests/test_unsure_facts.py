"""Facts a sentence states but cannot vouch for. A Japanese name an article writes with a
letter dropped ("Yosuke Kurod", "Chkara Sakura", "Kent Itou": two dev articles and a train one), a
Japanese cast line written backwards ("Mia Cyrus as Eriko Matsui") and a guess ("films which
likely belong to X's novel") are asked of nobody; Western names and dubs are read as before."""

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


def test_a_japanese_cast_line_written_backwards_voices_no_one(tmp_path):
    base = read_article(tmp_path, (
        "Silver Tide is the new anime of the season.\n\n"
        "The cast includes Nora Whitfield as Haruka Tominaga and Riko Anzai as Tomo.\n"
    ), "Silver Tide Anime Reveals Cast")
    assert {(f.subject, f.value) for f in base.of("cast")} == {("Tomo", "Riko Anzai")}


def test_a_guess_is_asked_of_nobody(tmp_path):
    base = read_article(tmp_path, (
        "Silver Tide is the new anime of the season.\n\n"
        "Two trailers for new films likely belong to author Mina Arakawa's Silver Tide novel.\n\n"
        "Riko Anzai is likely best known as the voice of Tomo in Harbor Lights.\n"
    ), "Silver Tide Trailers Streamed")
    assert not base.of("source_author") and not base.of("source_kind")
