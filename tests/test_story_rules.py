"""Characters introduced by what they are, in the premise an article sums up."""

from __future__ import annotations

from pathlib import Path

from made_up_article import read_article


def read(tmp_path: Path, body: str, title: str = "Silver Tide Gets a Trailer"):
    return read_article(tmp_path, body, title)


def described(base):
    return sorted((f.subject, f.value) for f in base.of("description"))


def test_a_character_introduced_by_a_noun_for_a_person(tmp_path):
    # train sentences (comicbook-bungo-stray-dogs-season-5-episodes, ann-classroom-for-heroes-novels-anime)
    base = read(tmp_path, (
        "The upcoming anime Silver Tide will premiere in 2025.\n\n"
        "Kamui, the leader of Tenjin Goshui, is closing in on the Armed Detective Agency.\n\n"
        "Arnest Flaming, a girl who boasts the top record in the academy, is assigned to take care of him.\n"
    ))
    assert described(base) == [("Arnest Flaming", "girl who boasts the top record in the academy"),
                               ("Kamui", "leader of Tenjin Goshui")]


def test_places_makers_and_origins_are_no_characters_described(tmp_path):
    base = read(tmp_path, (
        "The upcoming anime Silver Tide will premiere in 2025.\n\n"
        "The series is set in Rosewood Academy, a school that trains future heroes.\n\n"
        "Silver Tide is directed by Ken Ogawa at Studio Orange, the same studio that made Blue Lagoon.\n\n"
        "Ruju, a girl from Nairn, starts a fight.\n"
    ))
    assert described(base) == []


def test_a_character_named_after_the_description(tmp_path):
    # train sentences (ann-kemono-jihen-cast-staff-2021)
    base = read(tmp_path, (
        "The upcoming anime Silver Tide will premiere in 2025.\n\n"
        "To resolve the incident, an odd-looking man from Tokyo who goes by the name \"Inugami\" "
        "comes to the town to investigate. In the town, he meets a young boy who has a mysterious "
        "air about him called \"Dorotabō.\"\n\n"
        "The story follows an android girl named Rouge.\n"
    ))
    # "an android girl" is too little to tell a character by
    assert described(base) == [("Dorotabō", "young boy who has a mysterious air about him"),
                               ("Inugami", "odd-looking man from Tokyo")]


def test_whom_the_story_follows_is_the_protagonist(tmp_path):
    base = read(tmp_path, (
        "The new anime Silver Tide will premiere in 2025.\n\n"
        "The manga series, written by Rin Abe, follows the story of Lena Hart, a young pilot who "
        "loses her ship.\n"
    ))
    assert [f.value for f in base.of("protagonist")] == ["Lena Hart"]
    # a name with nothing said of who it is may be a place or a group
    base = read(tmp_path, "The new anime Silver Tide will premiere in 2025.\n\n"
                          "The story follows Harbor Town.\n")
    assert base.of("protagonist") == []


def test_the_main_character_named_after_those_words_is_the_protagonist(tmp_path):
    # the shapes of a train article (thathashtagshow-pluto-netflix-anime) and of dev excerpts
    for sentence in (
        "Heck, the main character Lena Hart feels like a detective from an old film.",
        "The poster reveals a new look at the film's main character, Lena Hart, who wields a sword.",
        "Main character Lena Hart lives in a town that prospers through mining.",
    ):
        base = read(tmp_path, f"The new anime Silver Tide will premiere in 2025.\n\n{sentence}\n")
        assert [f.value for f in base.of("protagonist")] == ["Lena Hart"], sentence
    # several main characters, or a maker's role, name no protagonist
    for sentence in (
        "The video focuses on the main characters Lena Hart and Mira Sol.",
        "Rin Abe is the main character designer and chief animation director.",
    ):
        base = read(tmp_path, f"The new anime Silver Tide will premiere in 2025.\n\n{sentence}\n")
        assert base.of("protagonist") == [], sentence


def test_an_original_anime_is_the_shows_when_the_sentence_is_about_it(tmp_path):
    base = read(tmp_path, "The new anime Silver Tide will premiere in 2025.\n\n"
                          "Silver Tide is an original TV anime.\n")
    assert [f.value for f in base.of("original")] == ["original"]
    base = read(tmp_path, "The new anime Silver Tide will premiere in 2025.\n\n"
                          "Ken Ogawa directed the original anime Blue Lagoon in 2019.\n")
    assert base.of("original") == []


def test_a_maker_introduced_by_a_staff_role_is_no_character(tmp_path):
    # the shapes of a dev4 article (a director) and a train one (a studio), the names unknown as makers
    base = read(tmp_path, (
        "The upcoming anime Silver Tide will premiere in 2025.\n\n"
        "The anime adaptation will be directed by Aoki Ren, the director for Blue;Lagoon and Red Harbor, "
        "with Mori Yui doing character designs, Kato Ken as series director.\n\n"
        "The new trailer shows Kumo Works, the same studio that made Blue Lagoon, at its best.\n\n"
        "The story shows Kai, the boy who hears the sea, talking to it.\n"
    ))
    assert described(base) == [("Kai", "boy who hears the sea")]


def test_a_description_cut_before_its_clause_is_no_description(tmp_path):
    base = read_article(tmp_path, (
        "The new anime Silver Tide will premiere in 2025.\n\n"
        "Silver Tide follows Mika Aoi, a young student who, after waking one day, can see spirits.\n"
    ), "Silver Tide Anime Announced")
    assert [f.value for f in base.of("description")] == []
