"""Credits in shapes news uses that the rules first missed, on made-up sentences: "The director
for this project is X", a job someone "will be responsible for", a pair of names before a verb
for one, a firm whose name reads like a person's, the studio said to animate the show."""

from __future__ import annotations

from pathlib import Path

from made_up_article import read_article


def read(tmp_path: Path, body: str, title: str = "Silver Tide Anime Reveals Its Staff"):
    return read_article(tmp_path, "The upcoming anime Silver Tide will premiere in 2025.\n\n" + body, title)


def credits(base):
    return sorted((f.qualifier, f.value, f.kind) for f in base.of("credit"))


def test_the_role_for_this_project(tmp_path):
    base = read(tmp_path, "The director for this project is Rin Abe.\n")
    assert credits(base) == [("director", "Rin Abe", "person")]


def test_a_pair_before_a_verb_for_one(tmp_path):
    # the first name closes the clause before it: only the second provides the designs
    base = read(tmp_path, (
        "The director for the series is Rin Abe and Mio Sato is providing the character designs.\n\n"
        "Ken Ogawa and Aya Mori are providing the character designs for the film.\n"
    ))
    assert credits(base) == [
        ("character design", "Aya Mori", "person"),
        ("character design", "Ken Ogawa", "person"),
        ("character design", "Mio Sato", "person"),
        ("director", "Rin Abe", "person"),
    ]


def test_a_job_someone_will_be_responsible_for(tmp_path):
    base = read(tmp_path, (
        "Rin Abe will be responsible for the character designs, and Mio Sato is responsible for "
        "the music.\n\n"
        "Ken Ogawa will be responsible for the direction of photography.\n\n"
        "Kumo Pictures will be responsible for the animation of the series.\n"
    ))
    assert credits(base) == [
        ("animation", "Kumo Pictures", "studio"),
        ("character design", "Rin Abe", "person"),
        ("direction of photography", "Ken Ogawa", "person"),
        ("music", "Mio Sato", "person"),
    ]
    assert [f.value for f in base.of("studio")] == ["Kumo Pictures"]


def test_responsible_for_what_is_not_sure_asks_nothing(tmp_path):
    base = read(tmp_path, (
        # a person or a studio's job: the words do not say which
        "Rin Abe will be responsible for the animation.\n\n"
        # a career: another work's credit
        "Mio Sato was responsible for the music in Blue Harbor.\n\n"
        "Ken Ogawa is responsible for the music in Blue Harbor.\n\n"
        "This studio is responsible for the animation.\n"
    ))
    assert credits(base) == []


def test_a_firm_credited_in_words_like_a_persons_is_a_firm(tmp_path):
    base = read(tmp_path, "Northwind Design Labo will be in charge of the general designs.\n")
    assert credits(base) == [("general designs", "Northwind Design Labo", "company")]


def test_a_job_named_without_its_article(tmp_path):
    base = read(tmp_path, (
        "Rin Abe (Blue Harbor) is helming character designs for the anime adaptation.\n\n"
        "Mio Sato will take charge of series composition and write the scripts.\n\n"
        "Ken Ogawa will provide music for the project.\n"
    ))
    assert credits(base) == [
        ("character design", "Rin Abe", "person"),
        ("music", "Ken Ogawa", "person"),
        ("series composition", "Mio Sato", "person"),
    ]


def test_designs_adapted_from_anothers_originals(tmp_path):
    base = read(tmp_path, (
        "Rin Abe is adapting Mio Sato's original game character designs for the anime.\n\n"
        "Ken Ogawa's original character designs are being adapted by Aya Mori, Jun Ito, and Kei Oda.\n"
    ))
    assert credits(base) == [
        ("character design", "Aya Mori", "person"),
        ("character design", "Jun Ito", "person"),
        ("character design", "Kei Oda", "person"),
        ("character design", "Rin Abe", "person"),
        ("original character design", "Ken Ogawa", "person"),
        ("original character design", "Mio Sato", "person"),
    ]


def test_directing_said_in_more_ways(tmp_path):
    base = read(tmp_path, (
        "The upcoming anime is directed by Rin Abe and written by Jun Ito.\n\n"
        "Mio Sato will write the show and Ken Ogawa will direct at Kumo studio.\n\n"
        "Aya Mori was tapped to direct the adaptation.\n"
    ))
    assert [(f.qualifier, f.value) for f in base.of("credit") if f.qualifier == "director"] == [
        ("director", "Aya Mori"), ("director", "Ken Ogawa"), ("director", "Rin Abe")]
    assert [f.value for f in base.of("studio")] == ["Kumo"]


def test_joining_director_names_the_director(tmp_path):
    # "joining director X": X is the director, and "joining director" is no job
    base = read(tmp_path, "Rin Abe will serve as character designer, joining director Mio Sato at Kumo.\n")
    assert credits(base) == [("character design", "Rin Abe", "person"), ("director", "Mio Sato", "person")]


def test_the_studio_animating_said_in_more_ways(tmp_path):
    for sentence in (
        "Kumo Pictures, which previously animated the TV special, is once again animating the project.",
        "Kumo Pictures will animate the new season.",
        "Rin Abe will compose the score, while Kumo Pictures will serve as the anime's animation studio.",
    ):
        base = read(tmp_path, sentence + "\n")
        assert [f.value for f in base.of("studio")] == ["Kumo Pictures"], sentence
    # a person animating a part of the show is no studio; one season's studio is not the show's
    assert read(tmp_path, "Rin Abe will animate the opening sequence.\n").of("studio") == []
    taking_over = read(tmp_path, "Kumo Pictures will animate the new season instead of Sora Works.\n")
    assert taking_over.of("studio") == []


def test_returning_and_continuing_in_a_job(tmp_path):
    base = read(tmp_path, (
        "The new season will feature the returning Rin Abe, who will be directing the new season for "
        "Kumo Pictures.\n\n"
        "Mio Sato is also returning to the anime as its character designer.\n\n"
        "Ken Ogawa will continue as the sound director.\n\n"
        # a clause on a past work is no credit on this show
        "Aya Mori, who directed the first season, is back.\n"
    ))
    assert credits(base) == [
        ("character design", "Mio Sato", "person"),
        ("director", "Rin Abe", "person"),
        ("sound director", "Ken Ogawa", "person"),
    ]
    assert [f.value for f in base.of("studio")] == ["Kumo Pictures"]
