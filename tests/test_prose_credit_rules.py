"""Credits, cast, theme artists and source works written in prose or as bullets of sentences,
shapes the rules missed on articles they were not written on ("The Director is X", "Name
portrayed by X", "X will provide the opening theme", "The ending theme will be performed by
X", "based on the shounen manga by X", "The anime is based on a Chinese web novel"), shown
here on made-up sentences."""

from __future__ import annotations

from pathlib import Path

from made_up_article import read_article

_TITLE = "Silver Tide Anime Announced"
_OPENING = "Silver Tide is the new anime of the season.\n\n"


def facts(tmp_path: Path, body: str, relation: str) -> set[tuple[str, str, str]]:
    """(subject, value, qualifier) of every fact of one relation the article gives."""
    base = read_article(tmp_path, _OPENING + body, _TITLE)
    return {(f.subject, f.value, f.qualifier) for f in base.facts if f.relation == relation}


def test_the_role_first_then_the_person_is_a_credit(tmp_path):
    found = facts(
        tmp_path,
        (
            "The staff for the series is:\n\n"
            "  • The Director is Aya Kuro\n"
            "  • The sound director is Ren Mori\n\n"
            "The director will be Kei Sora, who directed Blue Harbor.\n"
        ),
        "credit",
    )
    assert ("Silver Tide", "Aya Kuro", "director") in found
    assert ("Silver Tide", "Ren Mori", "sound director") in found
    assert ("Silver Tide", "Kei Sora", "director") in found


def test_a_role_first_sentence_naming_nobody_or_no_role_gives_no_credit(tmp_path):
    found = facts(
        tmp_path,
        (
            "The lead writer is one of the big names in the field.\n\n"
            "The protagonist is Mio Hana.\n\n"
            "The director is Kei Sora's old friend.\n"
        ),
        "credit",
    )
    assert not found


def test_a_character_portrayed_by_an_actor_in_a_cast_list(tmp_path):
    found = facts(
        tmp_path,
        (
            "The cast for the upcoming series is:\n\n"
            "  • Mio portrayed by Aya Kuro\n"
            "  • Juno played by Ren Mori\n"
        ),
        "cast",
    )
    assert ("Mio", "Aya Kuro", "") in found
    assert ("Juno", "Ren Mori", "") in found


def test_portrayed_by_under_a_staff_heading_is_no_cast(tmp_path):
    found = facts(tmp_path, "The staff for the series is:\n\n  • Mio portrayed by Aya Kuro\n", "cast")
    assert not found


def test_an_artist_providing_a_theme_and_a_theme_performed_by_an_artist(tmp_path):
    found = facts(
        tmp_path,
        (
            "Luna Park will provide the opening theme for the show.\n\n"
            "The staff for the series is:\n\n"
            "  • The ending theme will be performed by Mio Hana\n"
        ),
        "theme_artist",
    )
    assert ("Silver Tide", "Luna Park", "opening") in found
    assert ("Silver Tide", "Mio Hana", "ending") in found


def test_who_performed_a_theme_and_never_the_tail_of_a_longer_name(tmp_path):
    found = facts(
        tmp_path,
        (
            "+β/Beta-Kun performed the opening theme song and idol unit Star Jelly performed the "
            "ending theme song.\n"
        ),
        "theme_artist",
    )
    assert found == {("Silver Tide", "Star Jelly", "ending")}


def test_whose_theme_is_said_in_a_few_words_never_across_another_clause(tmp_path):
    # "provide the OP from ... while Mio Hana will perform the show's ending theme": the ending
    # theme is Mio Hana's, not Luna Park's (whose is the OP, named by its kind alone)
    found = facts(
        tmp_path,
        (
            "Luna Park will provide the OP from the upcoming archery anime while Mio Hana will "
            "perform the show's ending theme.\n"
        ),
        "theme_artist",
    )
    assert found == {("Silver Tide", "Mio Hana", "ending"), ("Silver Tide", "Luna Park", "opening")}


def test_based_on_a_work_by_its_author_with_a_genre_or_a_verb_between(tmp_path):
    found = facts(
        tmp_path,
        (
            "The anime, based on the shounen manga by Aya Kuro, premieres in July.\n\n"
            "Silver Tide is based on the manga of the same name by Ren Mori.\n\n"
            "It is based on the light novel series written by Kei Sora and illustrated by Mio Hana.\n"
        ),
        "source_author",
    )
    assert {(v, q) for _, v, q in found} == {
        ("Aya Kuro", "manga"),
        ("Ren Mori", "manga"),
        ("Kei Sora", "light novel"),
    }


def test_the_kind_of_work_the_show_adapts_without_an_author_named(tmp_path):
    found = facts(
        tmp_path,
        ("The science-fiction fantasy anime is based on a Chinese web novel by 银河.\n"),
        "source_kind",
    )
    assert found == {("Silver Tide", "web novel", "")}


def test_a_kind_said_of_something_else_than_the_show_is_not_its_source(tmp_path):
    found = facts(
        tmp_path,
        (
            "It is based on a novel set in 1920s England.\n\n"
            "The three episodes will be based on the manga's never-animated stories.\n\n"
            "Silver Tide isn't based on an existing manga.\n"
        ),
        "source_kind",
    )
    assert not found


def test_a_work_introduced_with_its_director_is_the_director_credit(tmp_path):
    found = facts(
        tmp_path,
        (
            "A studio released a video for Silver Tide, an upcoming original anime movie by director "
            "Aya Kuro "
            "which will open in 2027.\n\n"
            "Mio Hana, the film by director Ren Mori, opened last year.\n\n"
            "Kei Sora made a short film by director Luna Park.\n"
        ),
        "credit",
    )
    assert found == {("Silver Tide", "Aya Kuro", "director")}


def test_the_anime_s_role_is_the_role_and_a_singer_songwriter_is_named_alone(tmp_path):
    found = facts(
        tmp_path,
        (
            "Singer-songwriter Mio Hana will compose the anime's music.\n\n"
            "Manga creator Aya Kuro is the anime's original character designer.\n"
        ),
        "credit",
    )
    assert ("Silver Tide", "Mio Hana", "music") in found
    assert ("Silver Tide", "Aya Kuro", "original character design") in found


def test_animated_by_a_studio_opening_a_line(tmp_path):
    found = facts(
        tmp_path,
        "The staff for the series is:\n\n  • Animated by studio Kumo (formerly Studio Ame).\n",
        "studio",
    )
    assert found == {("Silver Tide", "Kumo", "")}


def test_a_character_who_will_be_voiced_by_an_actor(tmp_path):
    found = facts(
        tmp_path,
        (
            "The video focuses on the main characters Mio Hana, who will be voiced by Aya Kuro, and "
            "Juno Sato, who is being voiced by Ren Mori.\n"
        ),
        "cast",
    )
    assert found == {("Mio Hana", "Aya Kuro", ""), ("Juno Sato", "Ren Mori", "")}


def test_an_actor_returning_or_joining_to_voice_a_character(tmp_path):
    found = facts(
        tmp_path,
        (
            "Aya Kuro (Lena from Blue Harbor) returning to voice Mio Hana\n\n"
            "Ren Mori joins the cast to voice Juno Sato.\n"
        ),
        "cast",
    )
    assert found == {("Mio Hana", "Aya Kuro", ""), ("Juno Sato", "Ren Mori", "")}


def test_the_voice_of_an_actress_who_will_play_the_protagonist(tmp_path):
    found = facts(
        tmp_path,
        "The video features the voice of actress Aya Kuro, who will play the protagonist Mio Hana.\n",
        "cast",
    )
    assert found == {("Mio Hana", "Aya Kuro", "")}


def test_an_actress_on_screen_or_several_main_characters_give_no_voice(tmp_path):
    found = facts(
        tmp_path,
        (
            "The live-action film revealed that actress Aya Kuro will play the heroine Mio Hana.\n\n"
            "Ren Mori and Kei Sora will play the main characters Juno and Lena.\n"
        ),
        "cast",
    )
    assert not found


def test_the_original_plan_of_an_original_work_is_a_main_credit(tmp_path):
    # the shape of two train articles (ann-obakegumi-yokai-gag-shorts-april, ann-princession-
    # orchestra-four-parts-april): "X ( earlier work ) is credited with the original plan", asked
    # as a maker of the show, as "original work" and "original story" are
    from quiz.bank.interest import tier
    from quiz.bank.phrasing import credit_predicate

    found = facts(tmp_path, "Rin Abe ( Blue Lagoon ) is credited with the original plan and as the "
                            "illustrator.\n", "credit")
    assert found == {("Silver Tide", "Rin Abe", "original plan")}
    base = read_article(tmp_path, _OPENING + "Rin Abe is credited with the original plan.\n", _TITLE)
    assert [tier(f) for f in base.of("credit")] == [1]
    assert credit_predicate("original plan") == "is credited with the original plan of"
