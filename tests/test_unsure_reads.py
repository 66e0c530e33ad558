"""Reads the rules give up when a sentence's shape leaves them unsure, each seen on real
sentences of two or more train and dev articles and shown here on made-up ones."""

from __future__ import annotations

from pathlib import Path

from made_up_article import article, read_article

from quiz.bank.corpus import segment
from quiz.bank.show import find_show


def read(tmp_path: Path, body: str, title: str = "Silver Tide Anime Reveals More"):
    return read_article(tmp_path, body, title)


def values(base, relation: str) -> list[str]:
    return sorted(f.value for f in base.of(relation))


def test_a_companys_web_channel_is_no_block_and_no_service(tmp_path):
    base = read(tmp_path, (
        "Silver Tide is the new anime of the season.\n\n"
        "The anime will premiere on April 3 on TBS, and will also stream on Harbor Films' YouTube "
        "channel.\n\n"
        "Silver Tide will also stream on Lantern 's Niconico channel and ABEMA starting on April 10.\n"
    ))
    assert values(base, "block") == []
    assert "Harbor Films" not in values(base, "platform") and "Lantern" not in values(base, "platform")
    assert "TBS" in values(base, "platform")


def test_a_channels_own_block_is_still_read(tmp_path):
    base = read(tmp_path, "Silver Tide will premiere on Fuji TV's Noitamina programming block in April.\n")
    assert values(base, "block") == ["Noitamina"]


def described(base) -> list[tuple[str, str]]:
    return sorted((f.subject, f.value) for f in base.of("description"))


def test_a_description_the_sentence_leaves_unsure_asks_nothing(tmp_path):
    base = read(tmp_path, (
        "The upcoming anime Silver Tide will premiere in 2025.\n\n"
        "Last winter at Rosewood Academy, a first-year student was found asleep in the library.\n\n"
        "The story follows bright girl Mina, who learns something odd about the quiet boy in her club "
        "named Toru.\n\n"
        "The novels follow a young farm boy who travels to the capital to find that the famed general "
        "Ren Kaga is a little girl named Rena Kaga.\n\n"
        "Daichi Ono as Kenta Mori, the second-year student and club president\n"
    ))
    assert described(base) == []


def test_a_description_reads_without_the_work_it_is_in(tmp_path):
    base = read(tmp_path, (
        "The upcoming anime Silver Tide will premiere in 2025.\n\n"
        "Mai Sato will play Kiyoha, a cheerful girl in this anime.\n\n"
        "Aki, a young boy who has a strange air about him, joins the crew.\n"
    ))
    assert described(base) == [("Aki", "young boy who has a strange air about him"),
                               ("Kiyoha", "cheerful girl")]


def read_sentences(body: str) -> list[str]:
    return [s.text for s in segment(body, []) if not s.fragment]


def test_a_sentence_the_page_broke_is_read_by_no_rule():
    assert read_sentences(
        "The staff of the first season is returning: for the) is directing again at, and) is writing.\n"
        "Silver Tide” anime series announced by Studio Harbor, coming 2026\n"
    ) == []


def test_a_quoted_passage_closed_and_a_typo_bracket_stay():
    kept = [
        "Watch the anime, please.” and he praised the director, Ken Ogawa, for his care.",
        "It is directed by Ken Ogawa (Blue Harbor, Red Sky)) with scripts by Mai Sato (Kite).",
    ]
    assert " ".join(read_sentences("\n".join(kept) + "\n")).replace(". \u201d", ".\u201d") == " ".join(kept)


def credits(base) -> list[tuple[str, str]]:
    return sorted((f.value, f.qualifier) for f in base.of("credit"))


def test_a_role_before_a_comma_is_not_the_next_clauses_subjects(tmp_path):
    base = read(tmp_path, (
        "Silver Tide is the new anime of the season.\n\n"
        "The anime is directed by Ken Ogawa, with Mai Sato overseeing the series' scripts, Rie Kudo "
        "designing the characters, and Jun Abe composing the music.\n\n"
        "A veteran writer is in charge of the anime's script, Aya Mori is designing the props.\n"
    ))
    assert ("Rie Kudo", "script") not in credits(base) and ("Aya Mori", "script") not in credits(base)
    assert ("Rie Kudo", "character design") in credits(base)


def test_a_title_or_another_works_credit_is_no_credit_on_the_show(tmp_path):
    base = read(tmp_path, (
        "Silver Tide is the new anime of the season.\n\n"
        "Mai Sato, who previously worked on K-ON! and Kite and the Red Sky will serve as the scriptwriter "
        "for the new show.\n\n"
        "Its gross is 80% that of the 2015 Harbor Lights film, director Ken Ogawa's previous anime film.\n\n"
        "According to Lantern Films co-founder and producer Rie Kudo, she had the idea for the anime.\n"
    ))
    assert [c for c in credits(base) if c[0] in ("Red Sky", "Ken Ogawa", "Rie Kudo")] == []


def test_a_title_before_a_name_still_credits_it(tmp_path):
    base = read(tmp_path, (
        "Silver Tide is the new anime of the season.\n\n"
        "Lantern Films President and Silver Tide producer Rie Kudo spoke at the event.\n"
    ))
    assert credits(base) == [("Rie Kudo", "producer")]


def test_the_end_of_a_title_only_the_headline_writes_whole_is_no_show(tmp_path):
    # the text drops a small word of the title ("Rise of Lantern" for "Rise of a Lantern")
    body = ("Readers of Rise of Lantern learned in March that it is getting an anime adaptation.\n"
            "The Lantern anime will premiere in October on WOWOW.\n")
    headline = "Rise of a Lantern Anime Premiere Date Set"
    assert find_show(article(tmp_path, headline, body))[0] == ""
    whole = body.replace("Rise of Lantern", "Rise of a Lantern")
    assert find_show(article(tmp_path, headline, whole))[0] == "Rise of a Lantern"


def test_where_a_book_is_available_is_no_service(tmp_path):
    base = read(tmp_path, (
        "Silver Tide is the new anime of the season.\n\n"
        "An English edition of the manga is available through Harbor Press.\n\n"
        "The anime adaptation of the manga is available on Netflix.\n"
    ))
    assert values(base, "platform") == ["Netflix"]


def test_studio_inside_a_longer_name_is_no_studio(tmp_path):
    base = read(tmp_path, (
        "Silver Tide is the new anime of the season.\n\n"
        "The Harbor Studio NEO stage for the Silver Tide anime revealed the cast on Saturday.\n\n"
        "Anime studio Lantern Works is animating the anime.\n"
    ))
    assert values(base, "studio") == ["Lantern Works"]


def test_a_role_cut_before_what_it_is_based_on_is_no_role(tmp_path):
    base = read(tmp_path, (
        "Silver Tide is the new anime of the season.\n\n"
        "Rie Kudo is handling the anime character designs based on the original designs by Jun Abe.\n\n"
        "Mai Sato is handling the music adapted from the stage play.\n"
    ))
    assert credits(base) == []


def test_a_photos_credit_is_no_part_of_its_caption():
    assert read_sentences(
        "Silver Tide Official Site Key visual art for the upcoming anime series, based on the novels "
        "by Mai Sato.\n"
    ) == ["Key visual art for the upcoming anime series, based on the novels by Mai Sato."]


def test_a_photos_file_name_run_into_the_next_line_is_no_part_of_it(tmp_path):
    assert read_sentences(
        "2 min read\n\nsilver-tide-key-visualThe studio property Silver Tide is getting an anime.\n"
    ) == ["2 min read", "The studio property Silver Tide is getting an anime."]
    assert read_sentences("Mai Sato Headshot 001 - 20160321We have more cast news.\n") == [
        "We have more cast news."]
    body = "2 min read\n\nsilver-tide-key-visualThe studio property Silver Tide is getting an anime."
    source = article(tmp_path, "'Silver Tide' Anime Theme Song Performers Unveiled", body,
                     extra="skip:\n- 2 min read\n")
    assert find_show(source)[0] == "Silver Tide"


def test_actors_named_with_their_earlier_works_voice_no_one(tmp_path):
    base = read(tmp_path, (
        "Silver Tide is the new anime of the season.\n\n"
        "The English cast for Silver Tide features some major stars, including Mai Sato (Blue Harbor), "
        "Jun Abe (Red Kite: The Long Night), and more.\n\n"
        "The cast includes Rin Abe (Lena), Mio Tanaka (Juno) and Ken Ogawa (Kai).\n"
    ))
    assert sorted((f.subject, f.value) for f in base.of("cast")) == [
        ("Juno", "Mio Tanaka"), ("Kai", "Ken Ogawa"), ("Lena", "Rin Abe")]
    assert values(base, "cast_member") == []


def test_an_actor_named_by_surname_after_the_full_name_voices_as_that_full_name(tmp_path):
    # never the surname alone as the answer: the one full name the article gave (surnames.py)
    base = read(tmp_path, (
        "Silver Tide is the new anime of the season.\n\n"
        "Popular voice actress Mio Tanaka has joined the cast.\n\n"
        "Tanaka joins as Rina Kudo, a radio host at the station.\n\n"
        "MAO joins the cast as Hikari Abe.\n"
    ))
    assert sorted((f.subject, f.value) for f in base.of("cast")) == [
        ("Hikari Abe", "MAO"), ("Rina Kudo", "Mio Tanaka")]


def test_a_surname_two_full_names_share_voices_no_one(tmp_path):
    base = read(tmp_path, (
        "Silver Tide is the new anime of the season.\n\n"
        "Mio Tanaka and Rei Tanaka have joined the cast.\n\n"
        "Tanaka joins as Rina Kudo, a radio host at the station.\n\n"
        "MAO joins the cast as Hikari Abe.\n"
    ))
    assert sorted((f.subject, f.value) for f in base.of("cast")) == [("Hikari Abe", "MAO")]


def test_a_job_the_sentence_gives_two_people_is_neithers(tmp_path):
    base = read(tmp_path, (
        "Silver Tide is the new anime of the season.\n\n"
        "At the con, Silver Tide director Ken Ogawa and producer Mai Sato, as well as Studio Kite "
        "producer Rie Kudo spoke about the anime.\n"
    ))
    assert credits(base) == [("Ken Ogawa", "director")]


def test_two_names_a_slash_joins_in_a_staff_line_hold_no_credit(tmp_path):
    base = read(tmp_path, (
        "Silver Tide is the new anime of the season.\n\n"
        "Director: Ken Ogawa (Blue Harbor)/Mai Sato (Red Kite Unit Dir.)\n\n"
        "Music: Jun Abe\n"
    ))
    assert credits(base) == [("Jun Abe", "music")]


def test_a_sport_written_after_a_title_is_no_part_of_it(tmp_path):
    body = ("KyoAni's Kazenami Archery is sure to be one of the most intriguing new shows this fall.\n"
            "The upcoming archery anime adapts the novel Kazenami: High School Archery Club.\n")
    headline = "The KAZENAMI ARCHERY Anime Announces Its Artists"
    assert find_show(article(tmp_path, headline, body))[0] == "Kazenami"
    kept = ("Studio Kite's Kuroko's Basketball is sure to be a hit this fall.\n"
            "The upcoming basketball anime adapts the manga Kuroko's Basketball.\n")
    assert find_show(article(tmp_path, "Kuroko's Basketball Anime Announces Its Artists", kept))[0] == \
        "Kuroko's Basketball"


def test_who_directs_the_adaptation_in_a_dubs_news_directs_the_dub(tmp_path):
    body = ("Silver Tide is the new anime of the season.\n\n"
            "Earlier today, Harbor Films announced the English dub cast for Silver Tide.\n\n"
            "Mai Sato is directing the adaptation, which features scripts by Jun Abe.\n")
    assert credits(read(tmp_path, body, "Harbor Films Announces Silver Tide English Dub Cast")) == []
    assert credits(read(tmp_path, body, "Silver Tide Anime Reveals More Staff")) == [
        ("Mai Sato", "director")]


def test_a_magazine_issue_s_release_dates_no_premiere(tmp_path):
    body = ("Silver Tide is the new anime of the season.\n\n"
            "The next issue, which will be released on April 26, will announce the anime's premiere date.\n")
    assert read(tmp_path, body).of("premiere") == []
