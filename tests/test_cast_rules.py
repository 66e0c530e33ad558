"""The cast: who voices whom, in the shapes news writes it, on made-up sentences."""

from __future__ import annotations

from pathlib import Path

from made_up_article import read_article


def read(tmp_path: Path, body: str, title: str = "Silver Tide Anime Reveals Its Cast"):
    return read_article(tmp_path, "The upcoming anime Silver Tide will premiere in 2025.\n\n" + body, title)


def cast(base):
    return sorted((f.subject, f.value) for f in base.of("cast"))


def members(base):
    return sorted(f.value for f in base.of("cast_member"))


def test_pairs_after_the_cast_includes(tmp_path):
    base = read(tmp_path, "The cast includes Rin Abe as Lena and Mio Sato as Juno.\n")
    assert cast(base) == [("Juno", "Mio Sato"), ("Lena", "Rin Abe")]
    assert members(base) == []  # each has a role: asked as who voices whom


def test_a_list_without_roles_is_the_cast(tmp_path):
    base = read(tmp_path, "The cast includes Rin Abe, Mio Sato and Ken Ogawa.\n")
    assert members(base) == ["Ken Ogawa", "Mio Sato", "Rin Abe"]


def test_the_dub_a_role_is_voiced_in_is_no_part_of_the_name(tmp_path):
    base = read(tmp_path, "Jane Doe voices Lena Hart in the English dub.\n")
    assert cast(base) == [("Lena Hart", "Jane Doe")]


def test_voicing_the_character_named(tmp_path):
    base = read(tmp_path, "Aya Mori will voice the character Lena Hart.\n")
    assert cast(base) == [("Lena Hart", "Aya Mori")]


def test_an_actor_known_by_one_name(tmp_path):
    base = read(tmp_path, "Rin Abe as Lena Hart\nKEI as Juno Hart\n\nMiyu joins the cast as Ada Vale.\n\n"
                          "She joins the cast as Nora Vale.\n")
    assert cast(base) == [("Ada Vale", "Miyu"), ("Juno Hart", "KEI"), ("Lena Hart", "Rin Abe")]


def test_joining_the_cast_are(tmp_path):
    base = read(tmp_path, "Joining the cast are Rin Abe as Lena and Mio Sato as Juno.\n")
    assert cast(base) == [("Juno", "Mio Sato"), ("Lena", "Rin Abe")]


def test_who_voices_and_the_voice_of(tmp_path):
    base = read(tmp_path, "Rin Abe, who voices Lena Hart, thanked the fans.\n\n"
                          "Mio Sato will be the voice of Juno Hart.\n")
    assert cast(base) == [("Juno Hart", "Mio Sato"), ("Lena Hart", "Rin Abe")]


def test_voiced_by_between_commas_and_a_role_taken_up_again(tmp_path):
    base = read(tmp_path, "Lena Hart, voiced by Rin Abe, leads the crew.\n\n"
                          "Mio Sato reprises her role as Juno Hart.\n\n"
                          "Ken Ogawa returns as Director.\n")
    assert cast(base) == [("Juno Hart", "Mio Sato"), ("Lena Hart", "Rin Abe")]


def test_a_scriptwriter_named_as_a_role_is_no_character(tmp_path):
    # "scriptwriter" on four dev/dev3 articles; "X as Scriptwriter" read as a character on one
    base = read(tmp_path, "The staff return, with Ken Ogawa as Director, Rin Abe as Scriptwriter, "
                          "and Mio Sato as Script Writer.\n")
    assert cast(base) == []


def test_joined_the_cast_of_the_show_as(tmp_path):
    base = read(tmp_path, "Miyu has joined the cast of Silver Tide as Ada Vale.\n\n"
                          "Rin Abe joined the cast of the anime as Lena Hart.\n")
    assert cast(base) == [("Ada Vale", "Miyu"), ("Lena Hart", "Rin Abe")]


def test_the_character_in_brackets_in_a_cast_list(tmp_path):
    base = read(tmp_path, "The cast includes Rin Abe (Lena), Mio Sato (Juno Hart) and Ken Ogawa.\n")
    assert cast(base) == [("Juno Hart", "Mio Sato"), ("Lena", "Rin Abe")]
    assert members(base) == ["Ken Ogawa"]
    assert base.of("worked_on") == []  # a character in brackets is no earlier work


def test_actors_set_to_voice_taking_on_a_role_and_portraying(tmp_path):
    base = read(tmp_path, "Rin Abe is set to voice Lena Hart, a pilot.\n\n"
                          "Mio Sato will take on the role of Juno Vale.\n\n"
                          "Fans will meet Ken Ogawa, who will be portraying Ada Moss.\n\n"
                          "Aya Mori portrays Nora Hale in the film.\n")
    assert cast(base) == [("Ada Moss", "Ken Ogawa"), ("Juno Vale", "Mio Sato"),
                          ("Lena Hart", "Rin Abe"), ("Nora Hale", "Aya Mori")]


def test_a_character_known_by_an_epithet(tmp_path):
    base = read(tmp_path, "Rin Abe will voice Toma the Grey Hunter, a soldier who hunts ghosts.\n\n"
                          "Mio Sato is set to voice Lio the Quiet.\n")
    assert cast(base) == [("Lio the Quiet", "Mio Sato"), ("Toma the Grey Hunter", "Rin Abe")]
    # a description after the epithet is the whole character's
    assert [f.subject for f in base.of("description")] == ["Toma the Grey Hunter"]


def test_the_voice_talents_of_x_as_a_quoted_character(tmp_path):
    base = read(tmp_path, "The film also features the voice talents of Rin Abe as Lena and "
                          "Mio Sato as \"Sensei\".\n")
    assert cast(base) == [("Lena", "Rin Abe"), ("Sensei", "Mio Sato")]


def test_actors_reprising_or_lending_their_voices_are_in_the_cast(tmp_path):
    base = read(tmp_path, "The studio said that Rin Abe and Mio Sato will be lending their voices to "
                          "the new season.\n\n"
                          "Veterans like Ken Ogawa and Aya Mori will reprise their roles.\n")
    assert members(base) == ["Aya Mori", "Ken Ogawa", "Mio Sato", "Rin Abe"]


def test_a_list_whose_paragraph_says_it_is_the_cast(tmp_path):
    base = read(tmp_path, "The website added three new cast members today. "
                          "The anime will add the following:\n"
                          "- Lena Hart: Rin Abe\n- Juno: K.I.T.\n- Ada Vale: Mio Sato\n\n"
                          "The website also revealed the staff today. The anime will credit the following:\n"
                          "- Screenplay: Ken Ogawa\n")
    # the second list follows a paragraph about the staff: its line is no character's
    assert cast(base) == [("Ada Vale", "Mio Sato"), ("Juno", "K.I.T."), ("Lena Hart", "Rin Abe")]


def test_a_list_two_sentences_after_the_cast_is_spoken_of(tmp_path):
    base = read(tmp_path, "Two more voice actors were announced on Friday. The news came with a new "
                          "visual. The anime will add the following:\n"
                          "- Lena Hart: Rin Abe\n- Juno: Mio Sato\n\n"
                          "The cast and staff were announced on Monday. The anime will add the following:\n"
                          "- Ada Vale: Ken Ogawa\n")
    # the second list might be either: its line is no character's
    assert cast(base) == [("Juno", "Mio Sato"), ("Lena Hart", "Rin Abe")]


def test_starring_x_as_the_titular_hero(tmp_path):
    base = read(tmp_path, "The anime is directed by Ken Ogawa. Starring Rin Abe as the titular witch, "
                          "Mio Sato as Juno and Aya Mori as Ada.\n")
    # "Starring" leads the sentence and is no part of the actor's name
    assert cast(base) == [("Ada", "Aya Mori"), ("Juno", "Mio Sato"), ("the titular witch", "Rin Abe")]


def test_what_the_character_is_before_its_name(tmp_path):
    base = read(tmp_path, "Previously announced was Rin Abe as protagonist Lena Tor.\n\n"
                          "Mio Sato as the talking sword Juno\n\n"
                          "Joining them is Ken Ogawa (Kai from Red Sky) as Daro.\n")
    assert cast(base) == [("Daro", "Ken Ogawa"), ("Juno", "Mio Sato"), ("Lena Tor", "Rin Abe")]


def test_no_character_after_as_well_as_or_a_capitalised_the(tmp_path):
    base = read(tmp_path, "The cast includes Rin Abe as well as Mio Sato.\n\n"
                          "Ken Ogawa as the Masked Hero\n\n"
                          "Aki Mori returns as part of Studio Kite.\n")
    assert cast(base) == []


def test_starring_and_costarring_as_a_character(tmp_path):
    # dev excerpts: "X stars in the series as Y, and Z costars as W"; "X (Work (2019)) is
    # starring as Y" (an aside holding an aside of its own)
    base = read(tmp_path, "Rin Abe stars in the series as Lena Hart, and Mio Sato costars as Juno Kai.\n\n"
                          "Ken Ogawa (Harbor Days (2019)) is starring as Kai Mori.\n")
    assert cast(base) == [("Juno Kai", "Mio Sato"), ("Kai Mori", "Ken Ogawa"), ("Lena Hart", "Rin Abe")]
    assert members(base) == []  # each has a role: asked as who voices whom
    # starring with no role named: in the cast
    base = read(tmp_path, "Rin Abe and Mio Sato will star in the anime.\n")
    assert members(base) == ["Mio Sato", "Rin Abe"] and cast(base) == []


def test_a_surname_with_a_capital_after_its_particle(tmp_path):
    # dev: "Kylie McNeill is set to voice the lead character Suzu" (also "Landon McDonald",
    # "Jason DeMarco" in other articles)
    base = read(tmp_path, "Kylie McNeill is set to voice the lead character Lena.\n\n"
                          "Ann DeMarco will voice Juno.\n")
    assert cast(base) == [("Juno", "Ann DeMarco"), ("Lena", "Kylie McNeill")]


def test_a_cast_list_line_with_its_colon_spaced_oddly(tmp_path):
    base = read_article(tmp_path, (
        "The television anime of Ken Sato's Silver Tide manga premieres in April.\n\n"
        "The cast includes:\n\nRoma: Adam Reed\n\nDrop :Jon Lee\n\nToto:  Nick Ward\n"
    ), "Silver Tide Reveals Cast")
    assert sorted((f.subject, f.value) for f in base.of("cast")) == [
        ("Drop", "Jon Lee"), ("Roma", "Adam Reed"), ("Toto", "Nick Ward")]


def test_a_bare_name_among_lines_with_roles_heads_a_group(tmp_path):
    # the shape of a dev article's cast list (ann-i-chu-idol-anime-cast-visuals): units' names
    # ("Twinkle Bell") head the "X as Y" lines of their members; a list of bare names is the cast
    base = read(tmp_path, (
        "The cast members include:\n\n"
        "- Rin Abe as Lena Hart\n- Silver Bell\n- Mio Sato as Juno Hart\n- Ken Ogawa as Ada Vale\n"
    ))
    assert members(base) == []
    assert cast(base) == [("Ada Vale", "Ken Ogawa"), ("Juno Hart", "Mio Sato"), ("Lena Hart", "Rin Abe")]
    base = read(tmp_path, "The cast members include:\n\n- Rin Abe\n- Mio Sato\n- Ken Ogawa\n")
    assert members(base) == ["Ken Ogawa", "Mio Sato", "Rin Abe"]


def test_a_cast_list_in_the_verb_is(tmp_path):
    base = read(tmp_path, (
        "The English dub cast includes:\n\n"
        "- Rin Abe is Lena\n- Mio Sato is Mr. Hart\n- Ken Ogawa is Juno the 3rd\n"
    ))
    assert sorted((f.subject, f.value, f.qualifier) for f in base.of("cast")) == [
        ("Juno the 3rd", "Ken Ogawa", "English dub"),
        ("Lena", "Rin Abe", "English dub"),
        ("Mr. Hart", "Mio Sato", "English dub"),
    ]


def test_actor_is_name_outside_a_cast_list_is_no_cast(tmp_path):
    # "X is Y" says many things; only a list the heading calls the cast is read
    base = read(tmp_path, "The staff includes:\n\n- Rin Abe is Director\n\nMio Sato is Lena\n")
    assert base.of("cast") == []


def test_the_list_beside_the_japanese_cast_is_the_dubs(tmp_path):
    # an article about a dub: the list headed in no language, beside "the Japanese cast", is the dub's
    body = (
        "The upcoming anime Silver Tide will premiere in 2025.\n\n"
        "Jane Doe will direct the following voice cast:\n\n- Amy Rowe as Lena\n- Tom Hale as Juno\n\n"
        "Here is the Japanese voice cast:\n\n- Rin Abe as Lena\n- Mio Sato as Juno\n"
    )
    dubbed = read_article(tmp_path, body, "Silver Tide Reveals Its English Dub Trailer")
    assert sorted((f.subject, f.value, f.qualifier) for f in dubbed.of("cast")) == [
        ("Juno", "Mio Sato", ""), ("Juno", "Tom Hale", "English dub"),
        ("Lena", "Amy Rowe", "English dub"), ("Lena", "Rin Abe", ""),
    ]
    # without a dub in the headline, nothing says which list is whose
    plain = read_article(tmp_path, body, "Silver Tide Reveals Its Cast")
    assert {f.qualifier for f in plain.of("cast")} == {""}


def test_a_surname_stands_for_the_full_name_given_before(tmp_path):
    base = read(tmp_path, (
        "The new cast members are Rin Abe and Mio Sato.\n\n"
        "Abe plays Lena Hart, a singer.\n\nSato joins as Juno Vale.\n\n"
        # a surname no full name was given for, or two people share: not sure who
        "Ogawa plays Ada Vale.\n\nKen Ito and Aya Ito star.\n\nIto plays Nora Hale.\n\n"
        # a role in another work, said by the surname
        "Abe voices the character Kai Rowe in the Star Harbor franchise.\n"
    ))
    assert cast(base) == [("Juno Vale", "Mio Sato"), ("Lena Hart", "Rin Abe")]
