"""Shapes the rules missed on dev articles they were not written on (bench/dev_questions.py),
each seen in three or more of them, shown here on made-up sentences."""

from __future__ import annotations

from pathlib import Path

from made_up_article import read_article


def facts(tmp_path: Path, body: str, title: str = "Silver Tide Anime Reveals More") -> set[tuple[str, str]]:
    base = read_article(tmp_path, body, title)
    return {(f.relation, f.value) for f in base.facts}


def test_an_author_named_with_a_role_and_epithets_before_the_manga_series(tmp_path):
    # "adaptation of author and illustrator X's popular original manga series of the same name"
    found = facts(tmp_path, (
        "Silver Tide is the new anime of the season.\n\n"
        "The Silver Tide anime is the official adaptation of author and illustrator Mika Sora's "
        "popular original manga series of the same name.\n"
    ))
    assert ("source_author", "Mika Sora") in found
    assert ("source_kind", "manga") in found


def test_an_adaptation_for_an_authors_manga_with_an_epithet(tmp_path):
    # "the latest television anime adaptation for author and illustrator X's legendary manga series"
    found = facts(tmp_path, (
        "Silver Tide returns this winter.\n\n"
        "The television anime adaptation for author and illustrator Ren Hoshino's legendary manga "
        "series is set to air in January.\n"
    ))
    assert ("source_author", "Ren Hoshino") in found


def test_the_show_named_after_the_authors_genre_manga(tmp_path):
    # "X's shoujo romance manga series, <the show>, is getting a TV anime"
    found = facts(tmp_path, (
        "Aya Kuro's shoujo romance manga series, Silver Tide, is getting a television anime.\n"
    ))
    assert ("source_author", "Aya Kuro") in found


def test_a_title_ending_in_an_exclamation_mark_before_the_kind(tmp_path):
    found = facts(tmp_path, (
        "A television anime of Kei Mori's Silver Tide! manga has been green-lit.\n"
    ), title="Silver Tide! Manga Gets TV Anime")
    assert ("source_author", "Kei Mori") in found


def test_an_authors_new_or_other_manga_is_not_the_shows_source(tmp_path):
    found = facts(tmp_path, (
        "Silver Tide is the new anime of the season.\n\n"
        "The anime of Aya Kuro's new romance manga series, Gold Sand, was also announced.\n\n"
        "Aya Kuro's popular romance manga series, Gold Sand, sold a million copies.\n"
    ))
    assert not [f for f in found if f[0] == "source_author"]


def test_a_live_action_adaptation_of_an_authors_manga_is_another_work(tmp_path):
    found = facts(tmp_path, (
        "Silver Tide topped the box office last weekend.\n\n"
        "The live-action adaptation of Aya Kuro's drama manga took third place.\n"
    ))
    assert not [f for f in found if f[0] == "source_author"]


def test_a_cast_line_with_an_aside_on_the_actors_other_roles(tmp_path):
    # "Eri Kitamura (Toradora's Ami Kawashima) as Kagari Izuriha", "• Daisuke Ono (Sebastian
    # Michaelis in Black Butler) as Erwin Smith"
    base = read_article(tmp_path, (
        "Silver Tide reveals two more cast members.\n\n"
        "Mika Sora (Gold Sand's Rina Kaze) as Aoi Tsuki\n\n"
        "Ren Hoshino (Kai Umi in Blue Harbor, Tomo Ishi from Red Cliff) as Daichi Mori, the quiet captain.\n"
    ), "Silver Tide Anime Adds Two to Its Cast")
    cast = {(f.subject, f.value) for f in base.facts if f.relation == "cast"}
    assert ("Aoi Tsuki", "Mika Sora") in cast
    assert ("Daichi Mori", "Ren Hoshino") in cast
    assert not [f for f in base.facts if f.relation == "cast" and "Rina Kaze" in (f.value, f.subject)]


def test_a_live_action_cast_list_with_asides_asks_no_voice(tmp_path):
    base = read_article(tmp_path, (
        "The live-action film of Silver Tide reveals its cast.\n\n"
        "Mika Sora (live-action Gold Sand) as Aoi Tsuki\n\n"
        "Ren Hoshino (Blue Harbor) as Daichi Mori\n"
    ), "Live-Action Silver Tide Film Reveals Cast")
    assert not [f for f in base.facts if f.relation == "cast"]


def test_the_sport_a_show_is_about_beside_its_title(tmp_path):
    # the shapes of two train articles (ann-blue-lock-english-dub-crew, ann-bokyaku-battery-baseball-
    # tv-anime) and of labelled excerpts: "X's Blue Lock soccer manga", "Baseball anime, Gurazeni,",
    # "the upcoming archery anime"; not another title's sport, nor a noun's article
    found = facts(tmp_path / "a", (
        "Silver Tide is the new anime of the season.\n\n"
        "Rin Abe 's Silver Tide volleyball manga is getting a television anime.\n"
    ))
    assert ("sport", "volleyball") in found
    found = facts(tmp_path / "b", "Silver Tide is the new anime of the season.\n\n"
                                  "Tennis anime, Silver Tide, has brought a realistic twist.\n")
    assert ("sport", "tennis") in found
    found = facts(tmp_path / "c", "Silver Tide is the new anime of the season.\n\n"
                                  "Mio Sato will sing the opening of the upcoming archery anime.\n")
    assert ("sport", "archery") in found
    found = facts(tmp_path / "d", (
        "Silver Tide is the new anime of the season.\n\n"
        "The creator of Ken Ogawa 's Blue Lagoon baseball manga drew the visual.\n\n"
        "The baseball manga ran for years. The manga was a hit.\n"
    ))
    assert not {value for relation, value in found if relation == "sport"}


def test_the_sport_is_asked_among_other_sports_never_its_other_name(tmp_path):
    from quiz.bank.generate import drafts

    base = read_article(tmp_path, "Silver Tide is the new anime of the season.\n\n"
                                  "Rin Abe 's Silver Tide soccer manga is getting a television anime.\n",
                        "Silver Tide Anime Announced")
    asked = [d for d in drafts(base) if d.key[0] == "sport" and d.type == "choice"]
    assert [(d.prompt, d.answer) for d in asked] == [("Which sport is Silver Tide about?", "soccer")]
    assert len(asked[0].choices) == 4 and "football" not in asked[0].choices
