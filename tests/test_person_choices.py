"""Wrong options for a person are people: a record label or another well-known company that a
staff list credits as people are credited ("Music Production: Flying Dog") is never offered among
them, while a singer of the same list of well-known names is a person (made-up articles in the
shape of a train staff list)."""

from __future__ import annotations

from pathlib import Path

from made_up_article import read_article

from quiz.bank.generate import drafts
from quiz.bank.industry import is_company, is_industry

STAFF = (
    "Silver Tide is a new anime about the sea.\n\n"
    "Director: Kenji Hara (Blue Harbor)\n"
    "Character Design: Aya Mori\n"
    "Series Composition: Ken Oda\n"
    "Music: Rui Sato\n"
    "Music Production: {label}\n"
)


def director_choices(tmp_path: Path, label: str) -> list[tuple[str, ...]]:
    base = read_article(tmp_path, STAFF.format(label=label), "Silver Tide Anime Reveals Staff")
    return [d.choices for d in drafts(base) if d.type == "choice" and d.answer == "Kenji Hara"]


def test_a_label_credited_in_a_staff_list_is_no_wrong_option_among_people(tmp_path):
    asked = director_choices(tmp_path, "Flying Dog")
    assert asked, "the director is asked"
    assert all("Flying Dog" not in choices for choices in asked), asked


def test_companies_are_the_industry_list_s_not_guessed_from_a_name_s_shape():
    assert is_company("Flying Dog") and is_company("Pony Canyon") and is_company("MAPPA")
    assert not is_company("Kenji Hara")


def test_a_singer_is_a_well_known_name_but_no_company():
    assert is_industry("LiSA") and not is_company("LiSA")
    assert is_industry("Nana Mizuki") and not is_company("Nana Mizuki")


def test_a_studio_spelled_without_its_apostrophe_is_still_a_company(tmp_path):
    # news sites write "Brain's Base" as "Brains Base" as often as not
    base = read_article(tmp_path, (
        "Silver Tide is a new anime about the sea.\n\n"
        "Kenji Hara directed the film, and Aya Mori is credited for the original character designs. "
        "Brains Base is also credited for the television version's production, while Ken Oda "
        "wrote the scripts and Rui Sato is the sound director.\n"
    ), "Silver Tide Film Reveals Staff")
    asked = [d.choices for d in drafts(base) if d.type == "choice" and d.answer == "Aya Mori"]
    assert asked, "the character designer is asked"
    assert all("Brains Base" not in choices for choices in asked), asked
    assert is_company("Brains Base") and is_company("Brain's Base")
