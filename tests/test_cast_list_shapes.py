"""More shapes of a cast and of a show's source, on made-up sentences: a list headed by the
voice actresses who sing, a dub that "features" its voices, a character of three names before
"and", and praise before a genre ("ongoing shōjo manga")."""

from __future__ import annotations

from pathlib import Path

from made_up_article import read_article


def read(tmp_path: Path, body: str, title: str = "Silver Tide Anime Reveals Its Cast"):
    return read_article(tmp_path, "The upcoming anime Silver Tide will premiere in 2025.\n\n" + body, title)


def cast(base):
    return sorted((f.subject, f.value) for f in base.of("cast"))


def test_a_list_under_the_voice_actresses_who_sing_is_the_cast(tmp_path):
    base = read(tmp_path, "The theme song will be sung by all three voice actresses, and they are:\n\n"
                          "Lena Hart: Rin Abe\nJuno Vale: Mio Sato\nAda Moss: Ken Ogawa\n")
    assert cast(base) == [("Ada Moss", "Ken Ogawa"), ("Juno Vale", "Mio Sato"), ("Lena Hart", "Rin Abe")]


def test_a_list_under_a_heading_of_singers_alone_is_no_cast(tmp_path):
    base = read(tmp_path, "The theme song will be sung by three singers, and they are:\n\n"
                          "Lena Hart: Rin Abe\nJuno Vale: Mio Sato\n")
    assert cast(base) == []


def test_the_dub_features_its_voices(tmp_path):
    base = read(tmp_path, "The new English dub features Rin Abe as Lena and Mio Sato as Juno.\n")
    assert cast(base) == [("Juno", "Mio Sato"), ("Lena", "Rin Abe")]


def test_a_character_of_three_names_before_and_is_no_actor(tmp_path):
    base = read(tmp_path, "The main cast includes Rin Abe (Blue Hour) as Lena May Hart and Mio Sato "
                          "(Red Sky, Green Sea!) as Juno.\n")
    assert cast(base) == [("Juno", "Mio Sato"), ("Lena May Hart", "Rin Abe")]


def test_two_actors_before_one_role_still_share_it(tmp_path):
    base = read(tmp_path, "The cast includes Rin Abe and Mio Sato as Lena.\n")
    assert ("Lena", "Mio Sato") not in cast(base)


def test_praise_before_a_genre_keeps_the_author(tmp_path):
    base = read(tmp_path, "Silver Tide is based on Ken Ogawa's ongoing shōjo manga series of the same "
                          "name.\n\nThe anime will cover all 20 volumes of the best-selling shonen manga.\n")
    assert [(f.qualifier, f.value) for f in base.of("source_author")] == [("manga", "Ken Ogawa")]
