"""Credits said by a verb: "X is back to supervise the series scripts", "X returns to direct"."""

from __future__ import annotations

from pathlib import Path

from made_up_article import read_article


def read(tmp_path: Path, body: str, title: str = "Silver Tide Season 2 Staff Revealed"):
    return read_article(tmp_path, body, title)


def credits(base):
    return sorted((f.qualifier, f.value) for f in base.of("credit"))


def test_roles_said_by_the_verb_after_back_to(tmp_path):
    # a train sentence (ann-promised-neverland-season-2-myuk-ending), then invented ones
    base = read(tmp_path, (
        "The upcoming anime Silver Tide will premiere in 2025.\n\n"
        "Toshiya Ono is also back to supervise the series scripts, and is joined by original manga "
        "writer Shirai for the second season.\n\n"
        "Ken Ogawa returns to direct the second season.\n\n"
        "Mio Sato is returning to compose the music.\n"
    ))
    assert credits(base) == [("director", "Ken Ogawa"), ("music", "Mio Sato"),
                             ("series composition", "Toshiya Ono")]


def test_supervising_something_else_is_no_credit(tmp_path):
    base = read(tmp_path, (
        "The upcoming anime Silver Tide will premiere in 2025.\n\n"
        "Rin Abe is back to supervise the production.\n\nMio Sato returns to write the novel.\n"
    ))
    assert credits(base) == []


def test_a_firm_credited_with_a_persons_job_is_asked_among_firms(tmp_path):
    # train sentences (ann-shikizakura-ending-theme-artist, ann-our-last-crusade-season-2-delayed)
    base = read(tmp_path, (
        "The upcoming anime Silver Tide will premiere in 2025.\n\n"
        "K&K Design is credited for character designs.\n\n"
        "Kaori Sato was credited as both chief animation director and color designer.\n"
    ))
    assert sorted((f.qualifier, f.value, f.kind) for f in base.of("credit")) == [
        ("character design", "K&K Design", "company"),
        ("chief animation director", "Kaori Sato", "person"),
        ("color designer", "Kaori Sato", "person"),
    ]


def test_one_of_several_names_credited_together_is_not_asked(tmp_path):
    # train and dev shapes: "with A and B credited for animation production cooperation", "A and B
    # are credited for the anime's planning": the last name alone is half the answer
    base = read(tmp_path, (
        "The upcoming anime Silver Tide will premiere in 2025.\n\n"
        "Ken Ogawa is the chief director at Studio Kite, with Kite Works and MOONS credited for "
        "animation production cooperation.\n\n"
        "Mio Sato is the director and Rin Labs is credited for color design.\n"
    ))
    assert ("animation production cooperation", "MOONS") not in credits(base)
    assert ("color design", "Rin Labs") in credits(base)


def test_the_director_at_the_helm(tmp_path):
    # train and dev shapes: "X—who directed Y—is at the helm for this one", "with X at the helm
    # of the project as director", "X is helming the project at <studio>"; a past helm is another
    # work's
    base = read(tmp_path, (
        "The upcoming anime Silver Tide will premiere in 2025.\n\n"
        "Ken Ogawa\u2014who previously directed live-action dramas, as well as commercials\u2014is at "
        "the helm for this one.\n\n"
        "Mio Sato was at the helm of Paper Moon.\n"
    ))
    assert credits(base) == [("director", "Ken Ogawa")]
    base = read(tmp_path, (
        "The upcoming anime Silver Tide will premiere in 2025.\n\n"
        "They revealed the staff, with Rin Abe at the helm of the project as director.\n"
    ))
    assert credits(base) == [("director", "Rin Abe")]
    base = read(tmp_path, "The upcoming anime Silver Tide will premiere in 2025.\n\n"
                          "Ken Ogawa is helming the project at Studio Kite.\n")
    assert credits(base) == [("director", "Ken Ogawa")] and base.value("studio", "Silver Tide") == "Kite"


def test_who_oversees_the_series_scripts_composes_the_series(tmp_path):
    # train and dev shapes: "X ( works ) is overseeing the series scripts", "with X supervising
    # scripts", "with X overseeing the series' scripts"
    base = read(tmp_path, (
        "The upcoming anime Silver Tide will premiere in 2025.\n\n"
        "Mio Sato ( Paper Moon ) is supervising the series scripts.\n\n"
        "Ken Ogawa is directing, with Rin Abe overseeing the series' scripts.\n\n"
        "Aya Mori is overseeing the script of the third episode.\n"
    ))
    assert credits(base) == [("director", "Ken Ogawa"), ("series composition", "Mio Sato"),
                             ("series composition", "Rin Abe")]


def test_the_director_of_the_anime_the_show_is_made_into(tmp_path):
    # train shapes: "X will adapt the series into a 24-episode anime directed by Y", "the project
    # debuted a short anime directed by acclaimed mecha animator Y"; a film the sentence only
    # names is another work
    base = read(tmp_path, (
        "The upcoming anime Silver Tide will premiere in 2025.\n\n"
        "Studio Kite will adapt the manga into a 12-episode anime directed by veteran Ken Ogawa.\n\n"
        "Its writer loved a film directed by Mio Sato.\n"
    ))
    assert credits(base) == [("director", "Ken Ogawa")]


def test_the_role_first_and_the_person_after_by(tmp_path):
    base = read(tmp_path, (
        "The upcoming anime Silver Tide will premiere in 2025.\n\n"
        "Music is by Rin Abe.\n\n"
        "Character designs are by Mio Sato.\n\n"
        "Ken Ogawa is directing the anime, with scripts by Aya Mori.\n"
    ))
    assert credits(base) == [("character design", "Mio Sato"), ("director", "Ken Ogawa"),
                             ("music", "Rin Abe"), ("script", "Aya Mori")]


def test_by_after_what_is_no_role_credits_nobody(tmp_path):
    # a song's lyrics are the song's, a novel is no job on the show
    base = read(tmp_path, (
        "The upcoming anime Silver Tide will premiere in 2025.\n\n"
        "The novel is by Rin Abe.\n\n"
        "The theme song comes with lyrics by Mio Sato.\n"
    ))
    assert credits(base) == []


def test_who_writes_and_directs_the_film_directs_it(tmp_path):
    base = read(tmp_path, (
        "The upcoming film Silver Tide will premiere in 2025.\n\n"
        "Ken Ogawa is writing and directing the film.\n"
    ))
    assert credits(base) == [("director", "Ken Ogawa")]
    base = read(tmp_path, "The upcoming film Silver Tide will premiere in 2025.\n\n"
                          "The film is written and directed by Ken Ogawa.\n")
    assert credits(base) == [("director", "Ken Ogawa")]


def test_what_a_maker_is_known_for(tmp_path):
    base = read(tmp_path, (
        "The upcoming anime Silver Tide will premiere in 2025.\n\n"
        "Ken Ogawa is directing the anime.\n\n"
        "Ogawa is best known for his work on Iron Harbor and Paper Moon.\n\n"
        "Mio Sato, who is known for composing the soundtracks of anime series such as Blue Orchard "
        "and Quiet Engine, is composing the music.\n\n"
        "Aya Mori is known for voicing Lena Hart.\n"
    ))
    known = sorted((f.subject, f.value) for f in base.of("known_for"))
    # the surname alone is the director named before; a voiced character is no work
    assert known == [("Ken Ogawa", "Iron Harbor"), ("Ken Ogawa", "Paper Moon"),
                     ("Mio Sato", "Blue Orchard"), ("Mio Sato", "Quiet Engine")]


def test_the_staff_includes_titled_names(tmp_path):
    base = read(tmp_path, (
        "The upcoming anime Silver Tide will premiere in 2025.\n\n"
        "The returning staff includes director Ken Ogawa and series composer Mio Sato.\n"
    ))
    assert credits(base) == [("director", "Ken Ogawa"), ("series composition", "Mio Sato")]


def test_with_a_person_directing_and_another_writing(tmp_path):
    base = read(tmp_path, (
        "The upcoming anime Silver Tide will premiere in 2025.\n\n"
        "The series is an original anime, with Ken Ogawa directing and Mio Sato writing the scripts.\n"
    ))
    assert credits(base) == [("director", "Ken Ogawa"), ("script", "Mio Sato")]


def test_a_role_in_brackets_after_the_name(tmp_path):
    base = read(tmp_path, (
        "The upcoming anime Silver Tide will premiere in 2025.\n\n"
        "Returning staff members include Ken Ogawa (Director), Mio Sato (series composition) and "
        "Rin Abe (Music).\n\n"
        "Aya Mori (Blue Lagoon episode director) and Jun Kato (Paper Moon) are also back.\n"
    ))
    assert credits(base) == [("director", "Ken Ogawa"), ("music", "Rin Abe"),
                             ("series composition", "Mio Sato")]


def test_a_staff_lines_earlier_work_in_brackets(tmp_path):
    base = read(tmp_path, "The upcoming anime Silver Tide will premiere in 2025.\n\n"
                          "Staff:\n\nDirector: Ken Ogawa (Blue Lagoon)\n")
    assert credits(base) == [("director", "Ken Ogawa")]


def test_a_songs_maker_after_by_is_no_credit_on_the_show(tmp_path):
    base = read(tmp_path, "The upcoming anime Silver Tide will premiere in 2025.\n\n"
                          "The ending theme is \"Low Tide\", with music by Rin Abe.\n")
    assert credits(base) == []


def test_a_director_at_a_studio_with_others_providing_their_parts(tmp_path):
    base = read(tmp_path, (
        "The upcoming anime Silver Tide will premiere in 2025.\n\n"
        "Ken Ogawa will direct the project at Studio Marrow, with Mio Sato providing character "
        "designs and Rin Abe handling the music.\n"
    ))
    assert credits(base) == [("character design", "Mio Sato"), ("director", "Ken Ogawa"),
                             ("music", "Rin Abe")]
    assert [f.value for f in base.of("studio")] == ["Marrow"]


def test_returning_for_roles_and_to_direct_at_a_studio_named_with_a_number(tmp_path):
    base = read(tmp_path, (
        "The upcoming anime Silver Tide will premiere in 2025.\n\n"
        "Jun Kato is returning to direct the sequel at 4-Leaf.\n\n"
        "Aya Mori is returning for composition and scripts.\n\n"
        "Rin Abe is returning for the second season.\n"
    ))
    assert credits(base) == [("director", "Jun Kato"), ("script", "Aya Mori"),
                             ("series composition", "Aya Mori")]
    assert [f.value for f in base.of("studio")] == ["4-Leaf"]


def test_who_supervises_and_writes_the_scripts_composes_the_series(tmp_path):
    base = read(tmp_path, "The upcoming anime Silver Tide will premiere in 2025.\n\n"
                          "Aya Mori is supervising and writing the series scripts.\n")
    assert credits(base) == [("script", "Aya Mori"), ("series composition", "Aya Mori")]


def test_a_job_shared_in_the_plural_is_each_persons(tmp_path):
    base = read(tmp_path, (
        "The upcoming anime Silver Tide will premiere in 2025.\n\n"
        "Rin Abe and Jun Kato are the chief animation directors.\n\n"
        "Mio Sato and Ken Ito are also prop designers.\n\n"
        "Aya Mori and Dan Ross are old friends.\n"
    ))
    assert credits(base) == [("chief animation director", "Jun Kato"),
                             ("chief animation director", "Rin Abe"),
                             ("prop designer", "Ken Ito"), ("prop designer", "Mio Sato")]


def test_dub_and_sound_jobs_named_by_an_acronym_or_an_engineer(tmp_path):
    base = read(tmp_path, (
        "The upcoming anime Silver Tide will premiere in 2025.\n\n"
        "Dan Ross is the ADR Director with assistant Eva Lin.\n\n"
        "Ivo Park is the sound engineer.\n\nLena Hart is the story adviser.\n"
    ))
    assert credits(base) == [("ADR director", "Dan Ross"), ("sound engineer", "Ivo Park"),
                             ("story adviser", "Lena Hart")]


def test_an_engineers_credit_is_read_but_never_asked(tmp_path):
    # "Who is the ADR engineer of X?" (a train article's dub crew): trivia no fan asks
    from quiz.bank.generate import drafts
    from quiz.bank.select import fair

    base = read(tmp_path, (
        "The upcoming anime Silver Tide will premiere in 2025.\n\n"
        "Dan Ross is the ADR Director with assistant Eva Lin.\n\n"
        "Ivo Park is the sound engineer.\n"
    ))
    asked = {d.facts[0].qualifier for d in drafts(base) if d.key[0] == "credit" and fair(d, set())}
    assert "ADR director" in asked and "sound engineer" not in asked


def test_original_illustrations_are_a_credit(tmp_path):
    base = read(tmp_path, "The upcoming anime Silver Tide will premiere in 2025.\n\n"
                          "Novelist Mio Sato is credited with the original illustrations.\n")
    assert credits(base) == [("original illustrations", "Mio Sato")]


def test_the_shows_role_then_the_name(tmp_path):
    base = read(tmp_path, (
        "The upcoming anime Silver Tide will premiere in 2025.\n\n"
        "Fans thanked the anime's director, Ken Ogawa, for the finale.\n\n"
        "The film's music composer Mio Sato spoke at the event.\n\n"
        "The 2003 anime's director, Rin Abe, also attended.\n"
    ))
    assert credits(base) == [("director", "Ken Ogawa"), ("music", "Mio Sato")]


def test_a_staff_lists_role_in_the_plural_is_each_names(tmp_path):
    base = read(tmp_path, "The upcoming anime Silver Tide will premiere in 2025.\n\nStaff:\n\n"
                          "Producers: Ken Ogawa, Mio Sato\n\nCharacter Designers: Rin Abe, Jun Kato\n")
    assert credits(base) == [("character design", "Jun Kato"), ("character design", "Rin Abe"),
                             ("producer", "Ken Ogawa"), ("producer", "Mio Sato")]


def test_the_service_a_show_is_made_for_is_no_studio(tmp_path):
    base = read(tmp_path, (
        "The upcoming anime Silver Tide will premiere in 2025 on Streamly.\n\n"
        "Ken Ogawa is directing the anime for Streamly.\n\n"
        "Mio Sato will direct the film for Studio Marrow.\n"
    ))
    assert [f.value for f in base.of("studio")] == ["Marrow"]


def test_roles_in_brackets_of_the_adapted_works_makers_are_no_credits(tmp_path):
    base = read(tmp_path, (
        "The upcoming anime Silver Tide will premiere in 2025.\n\n"
        "The anime adapts the manga series by Ken Ogawa (writer), Mio Sato (artist) and Rin Abe "
        "(storyboarding).\n\n"
        "Returning staff include Jun Kato (director) and Aya Mori (music).\n"
    ))
    assert credits(base) == [("director", "Jun Kato"), ("music", "Aya Mori")]


def test_the_original_work_is_a_credit(tmp_path):
    base = read(tmp_path, "The upcoming anime Silver Tide will premiere in 2025.\n\n"
                          "Ken Ogawa is credited with the original story.\n")
    assert credits(base) == [("original story", "Ken Ogawa")]


def test_the_director_of_a_live_action_film_is_not_the_shows(tmp_path):
    # two dev articles on live-action films of a manga with an anime: "X is directing the film",
    # "The film is directed by X"; the same article without "live-action" gives the credit
    for n, sentence in enumerate(("Rin Abe (Blue Hour) is directing the film.",
                                  "The film is directed by Rin Abe, whose works include Red Sky.")):
        for kind in ("live-action ", ""):
            base = read(tmp_path / f"{n}{kind}", f"A {kind}film of the Silver Tide manga opens in May."
                        f"\n\n{sentence}\n", title="Silver Tide Film Casts Mio Sato")
            assert credits(base) == ([] if kind else [("director", "Rin Abe")])
    base = read(tmp_path / "both", "The upcoming anime Silver Tide will premiere in 2025, a "
                "live-action film in 2026.\n\nKen Ogawa is directing the anime at Studio Kite.\n")
    assert credits(base) == [("director", "Ken Ogawa")]


def test_a_distributor_s_president_makes_it_no_studio(tmp_path):
    base = read(tmp_path, (
        "If you have been wanting to watch the anime movie PAPER MOON, then good news: Kite "
        "Films has acquired North American distribution rights for it!\n\n"
        "Kite Films President Ken Ogawa said in a statement, \"Paper Moon is a thrilling film.\"\n"
    ), title="Kite Films Is Bringing Paper Moon to U.S. Theaters This Year")
    assert not base.of("studio")
    assert [(f.subject, f.value) for f in base.of("president")] == [("Kite Films", "Ken Ogawa")]


def test_a_job_in_an_aside_is_no_earlier_work(tmp_path):
    base = read(tmp_path, (
        "The upcoming anime Silver Tide will premiere in 2025.\n\n"
        "Ken Ogawa ( Paper Moon script supervisor, 10 Kettle Days episodes ) is writing the "
        "screenplay.\n"
    ))
    assert "Paper Moon script supervisor" not in [f.value for f in base.of("worked_on")]
    assert credits(base) == [("screenplay", "Ken Ogawa")]


def test_writing_and_overseeing_the_scripts_is_the_series_composition(tmp_path):
    # train and dev shapes: "is both writing and overseeing the series scripts", an aside of
    # jobs ("Nyaruko original creator", "X anime franchise") that names no earlier work
    base = read(tmp_path, (
        "The upcoming anime Silver Tide will premiere in 2025.\n\n"
        "Mio Sato ( Paper Moon original creator ) is both writing and overseeing the series scripts.\n\n"
        "Ken Ogawa ( Kettle Days anime franchise , Lantern both seasons ) is directing the anime.\n"
    ))
    assert credits(base) == [("director", "Ken Ogawa"), ("script", "Mio Sato"),
                             ("series composition", "Mio Sato")]
    assert base.of("worked_on") == []


def test_names_with_letters_beyond_latin_1_are_credited_whole(tmp_path):
    # macrons of romanised Japanese, and the carons and ogoneks of other Latin names
    base = read(tmp_path, (
        "The upcoming anime Silver Tide will premiere in 2025.\n\n"
        "\u014ckubo Sh\u016bhei returns to direct the second season.\n\n"
        "Tom\u00e1\u0161 \u0141ukaszewicz is returning to compose the music.\n"
    ))
    assert credits(base) == [("director", "\u014ckubo Sh\u016bhei"),
                             ("music", "Tom\u00e1\u0161 \u0141ukaszewicz")]
