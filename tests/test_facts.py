"""The fact table: typed facts the rules read from the articles, each with every quote."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from quiz.bank.corpus import locate, parse_source
from quiz.bank.facts import build, build_from, find_show
from quiz.cli import main
from quiz.config import PROJECT_ROOT

QUESTIONS = PROJECT_ROOT / "questions"


@pytest.fixture(scope="module")
def base():
    return build(QUESTIONS)


def values(base, relation, subject=None, qualifier=None):
    return sorted(f.value for f in base.of(relation, subject) if qualifier in (None, f.qualifier))


def one(base, relation, subject, value, qualifier=None):
    found = [f for f in base.of(relation, subject) if f.value == value and qualifier in (None, f.qualifier)]
    assert len(found) == 1, (relation, subject, value, base.of(relation, subject))
    return found[0]


def quotes(fact) -> list[str]:
    return [c.quote for c in fact.citations]


def test_credits_come_from_the_staff_list_and_from_prose(base):
    gladiators = values(base, "credit", "Metallic Rouge", "gladiator design")
    assert gladiators == ["Takayuki Takeya", "Tamotsu Shinohara"]
    assert values(base, "credit", "Metallic Rouge", "costume design cooperation") == ["Akihiro Yamada"]
    screenplay = one(base, "credit", "Metallic Rouge", "Toshizo Nemoto", "screenplay")
    assert any(q.startswith("Toshizo Nemoto wrote the screenplay") for q in quotes(screenplay))
    designs = one(base, "credit", "Metallic Rouge", "Toshihiro Kawamoto", "character design")
    assert any("with Toshihiro Kawamoto handling the character designs" in q for q in quotes(designs))
    assert "Character Design: Toshihiro Kawamoto" in quotes(designs)
    director = one(base, "credit", "Metallic Rouge", "Motonobu Hori", "director")
    assert any(q.startswith("Motonobu Hori directs") for q in quotes(director))
    assert values(base, "credit", "Metallic Rouge", "producer") == ["Masahiko Minami"]
    assert values(base, "president", "Bones") == ["Masahiko Minami"]
    assert values(base, "credit", "Metallic Rouge", "animation production") == ["Bones"]


def test_cast_songs_and_song_credits(base):
    assert values(base, "cast", "Rouge") == ["Yume Miyamoto"]
    assert values(base, "cast", "Naomi") == ["Tomoyo Kurosawa"]
    assert values(base, "full_name", "Rouge") == ["Rouge Redmaster"]
    assert values(base, "theme", "Metallic Rouge", "opening") == ["Rouge"]
    assert values(base, "theme", "Metallic Rouge", "ending") == ["Scarlet"]
    assert values(base, "performer", "Rouge") == ["Yu-ka"]
    assert values(base, "performer", "Scarlet") == ["Dazbee"]
    assert values(base, "composer", "Crimson Lightning") == ["Taisei Iwasaki"]
    assert values(base, "lyricist", "Crimson Lightning") == ["Taisei Iwasaki"]


def test_dated_events_in_every_spelling(base):
    announced = one(base, "announced", "Metallic Rouge", "March 22, 2023")
    assert announced.corroboration == 2
    assert any("22nd of March, 2023" in q for q in quotes(announced))
    trailer = one(base, "trailer_released", "Metallic Rouge", "July 3, 2023")
    # the date stands in one sentence, the trailer in the next: both are cited
    assert any("A trailer featuring Rogue" in q for q in quotes(trailer))
    premieres = values(base, "premiere", "Metallic Rouge")
    assert {"January 11, 2024", "January 2024", "Winter 2024"} <= set(premieres)


def test_places_counts_and_years(base):
    assert values(base, "mission_to", "Rouge") == ["Mars"]
    assert one(base, "mission_count", "Rouge", "9").corroboration == 4
    anniversary = one(base, "anniversary", "Bones", "25")
    assert anniversary.corroboration == 3
    assert any("For twenty five years" in q for q in quotes(anniversary))
    assert values(base, "reunion_years", "Yutaka Izubuchi") == ["19"]
    assert values(base, "setting_year", "Metallic Rouge") == ["2128"]
    assert values(base, "adapted_in", "Fullmetal Alchemist") == ["2003", "2009"]


def test_the_studio_its_earlier_works_and_peoples_earlier_works(base):
    assert values(base, "studio", "Metallic Rouge") == ["Bones"]
    assert values(base, "studio_work", "Bones") == [
        "Fullmetal Alchemist", "Mob Psycho 100", "My Hero Academia", "Space Dandy"
    ]
    bebop = one(base, "worked_on", "Toshihiro Kawamoto", "Cowboy Bebop")
    # "He has previously worked on ..." is Kawamoto, named in the sentence before
    assert any(q.startswith("He has previously worked") for q in quotes(bebop))
    assert values(base, "worked_on", "Motonobu Hori") == ["Carole & Tuesday", "Super Crooks"]


def test_platforms_and_broadcast_slots(base):
    assert values(base, "platform", "Metallic Rouge") == ["Crunchyroll", "Fuji TV"]
    assert values(base, "block", "Metallic Rouge") == ["+Ultra"]
    assert values(base, "block_of", "+Ultra") == ["Fuji TV"]
    assert values(base, "streams_in", "Crunchyroll") == ["outside of Asia"]
    assert values(base, "announced_by", "Metallic Rouge") == ["Fuji TV"]


def test_story_facts_who_is_sent_where_to_do_what(base):
    assert values(base, "companion", "Rouge") == ["Naomi"]
    assert values(base, "mission_target", "Rouge") == ["androids", "artificial humans"]
    assert values(base, "targets_hostile_to", "Rouge") == ["the government"]
    assert values(base, "species", "Rouge") == ["android"]
    assert values(base, "description", "Noid 262") == ["Guardian Bureau investigator"]
    assert values(base, "coexist", "Metallic Rouge") == ["androids"]


def test_every_quote_is_an_unskipped_sentence_of_its_article(base):
    for fact in base.facts:
        for citation in fact.citations:
            source = base.sources[citation.source]
            assert " ".join(citation.quote.split()) in " ".join(source.body.split())
            start, end, skipped = locate(source, citation.quote)
            assert not skipped, citation


def test_skipped_passages_state_no_facts(base):
    stated = " ".join(f"{f.subject} {f.value}" for f in base.facts)
    for boilerplate in ("Netflix", "One Piece", "August 6, 2023", "Sam Stone", "Persona"):
        assert boilerplate not in stated


def made_up(tmp_path: Path, body: str):
    text = f"---\nid: made-up\ntitle: Silver Tide Gets a Director\norigin: made-up.txt\n---\n{body}"
    return parse_source(tmp_path / "made-up.md", text)


def test_rules_read_an_article_they_have_never_seen(tmp_path):
    source = made_up(tmp_path, (
        "The upcoming original anime, Silver Tide, will premiere on April 5, 2025.\n\n"
        "Additionally, Hana Takeda is in charge of the character designs. "
        "She has previously worked on multiple projects, such as Blue Lagoon and Red Harbor.\n\n"
        "• Director: Ken Ogawa\n• Set Design: Mio Sato, Rin Abe\n"
    ))
    assert find_show(source)[0] == "Silver Tide"
    base = build_from({source.id: source}, {})
    assert values(base, "credit", "Silver Tide", "character design") == ["Hana Takeda"]
    assert values(base, "credit", "Silver Tide", "set design") == ["Mio Sato", "Rin Abe"]
    assert values(base, "worked_on", "Hana Takeda") == ["Blue Lagoon", "Red Harbor"]
    assert values(base, "premiere", "Silver Tide") == ["April 5, 2025"]


def test_facts_command_prints_each_fact_with_every_article_and_quote():
    result = CliRunner().invoke(main, ["facts"], env={"QUIZ_QUESTIONS_DIR": str(QUESTIONS)})
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    at = lines.index("credit [director]: Metallic Rouge -> Motonobu Hori  (3 articles)")
    cited = lines[at + 1 : at + 4]
    assert any(line.startswith("    bones-trailer-anime-expo: Monotobu Hori, who") for line in cited)
    assert "    special-music-clip: Director: Motonobu Hori" in cited
    assert any("comes from: Rouge -> Nairn" in line for line in lines)
    assert any("comes from: Rouge -> Nean" in line for line in lines)
