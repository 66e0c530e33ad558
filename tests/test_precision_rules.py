"""Rules that ask nothing when they are not sure, each written on real sentences of two or
more dev articles (bench/dev_questions.py) and shown here on made-up ones."""

from __future__ import annotations

from pathlib import Path

from made_up_article import read_article

from quiz.bank.corpus import parse_source
from quiz.bank.facts import build_from
from quiz.bank.generate import drafts


def read(tmp_path: Path, body: str, title: str = "Silver Tide Anime Reveals More"):
    return read_article(tmp_path, body, title)


def source(folder: Path, sid: str, title: str, body: str):
    text = f"---\nid: {sid}\ntitle: {title}\norigin: {sid}.txt\n---\n{body}"
    return parse_source(folder / f"{sid}.md", text)


def prompts(base) -> list[str]:
    return [d.prompt for d in drafts(base)]


def test_one_article_giving_two_premiere_dates_asks_no_dispute(tmp_path):
    # the shape of two dev articles: a world premiere screening beside the broadcast start
    base = read(tmp_path, (
        "Silver Tide is the new anime of the season.\n\n"
        "The anime will premiere on TBS in January 2024.\n\n"
        "The anime had its world premiere screening at an expo on November 17.\n"
    ))
    assert not [p for p in prompts(base) if p.startswith("The articles disagree")]


def test_a_date_the_article_writes_is_no_wrong_choice(tmp_path):
    # a dev article: the premiere asked among months, one of them the world premiere screening's
    base = read(tmp_path, (
        "Silver Tide is the new anime of the season.\n\n"
        "The anime will premiere on TBS in January 2024.\n\n"
        "The anime had its world premiere screening at an expo on November 17.\n"
    ))
    from quiz.bank.distractors import Distractors

    pick, fact = Distractors(base), base.of("premiere")[0]
    wrong = pick.dates(fact.value, [], "seed", n=8, written=pick.written_dates(fact))
    assert "November 2023" not in wrong and "October 2023" in wrong


def test_two_articles_that_disagree_are_asked_as_a_dispute(tmp_path):
    first = source(tmp_path, "one", "Silver Tide Gets a Date",
                   "Silver Tide is the new anime of the season.\n\nSilver Tide will premiere on April 4.\n")
    second = source(tmp_path, "two", "Silver Tide Moves",
                    "Silver Tide is the new anime of the season.\n\nSilver Tide will premiere on May 9.\n")
    base = build_from({"one": first, "two": second}, {})
    assert [p for p in prompts(base) if p.startswith("The articles disagree")]


def announced(tmp_path, body):
    return sorted(f.value for f in read(tmp_path, body).of("announced"))


def test_the_date_of_another_things_announcement_is_not_the_shows(tmp_path):
    # the shapes of five dev articles: cast, a song, a delay, a season, announcements to come
    for sentence in (
        "The official website for the Silver Tide anime announced three new cast members on Thursday, "
        "October 19, 2023.",
        "The official account for Silver Tide announced on March 5 that the band Kites will perform "
        "the anime's ending theme song.",
        "The film's official website announced on April 6 that the studio postponed the film's opening.",
        "The second season of Silver Tide was reportedly announced on Sunday, Nov. 26, at an event.",
        "Significant announcements about Silver Tide are set to come in the month of December 2023.",
        # and a dev3 one: the cast named first, the work it belongs to after "for"
        "On Friday, May 3, 2024, the English dub cast for the anime adaptation of Rin Abe's Silver "
        "Tide manga series was announced.",
    ):
        assert announced(tmp_path, f"Silver Tide is a new anime.\n\n{sentence}\n") == [], sentence


def test_the_date_the_work_itself_was_announced(tmp_path):
    for sentence in (
        "On March 22, 2023, Fuji TV announced the aforementioned title and provided a release window.",
        "On June 3, 2024, the publisher announced a new TV anime adaptation of the manga.",
        "On June 3, 2024, an anime adaptation of Rin Abe's Silver Tide manga series was announced.",
    ):
        assert announced(tmp_path, f"Silver Tide is a new anime.\n\n{sentence}\n"), sentence


def test_a_name_the_rules_cut_at_a_stop_is_not_asked(tmp_path):
    # two dev articles: "directing the anime at Production I.G", "at J.C. Staff"
    for studio in ("Production I.G", "J.C. Staff"):
        base = read(tmp_path, (
            "Silver Tide is a new anime.\n\n"
            f"Aki Mori (Cold Harbor) is directing the anime at {studio} .\n"
        ))
        assert studio.split(".")[0] not in [f.value for f in base.of("studio")], studio
    base = read(tmp_path, "Silver Tide is a new anime.\n\nAki Mori is directing the anime at Studio Kite.\n")
    assert [f.value for f in base.of("studio")] == ["Kite"]


def cast(tmp_path, sentence):
    base = read(tmp_path, f"Silver Tide is a new anime.\n\n{sentence}\n")
    return sorted((f.subject, f.value) for f in base.of("cast"))


def test_actors_of_a_live_action_film_are_not_asked_as_voices(tmp_path):
    # two dev articles: a live-action film's actress, "actor X plays"
    assert cast(tmp_path, "The staff of the live-action film announced that actress Rin Abe will play "
                "Lena, while comedian Mio Sato will play Juno.") == []
    assert cast(tmp_path, "Abe is cast as Lena; actor Kai Mori plays Juno.") == []
    assert cast(tmp_path, "Vegeta voice actor Kai Mori will voice Lena.") == [("Lena", "Kai Mori")]


def test_two_actors_before_one_role_ask_nothing(tmp_path):
    # three dev articles: "A and B as X", "A and B will portray X", "A and B join the cast as X and Y"
    for sentence in (
        "The two new voice actors are Kai Mori and Rin Abe as Lena.",
        "Kai B. Mori and Rin Abe (Cold Harbor's Juno) will portray Lena.",
        "Kai Mori and Rin Abe join the cast as Lena (left) and Juno (right).",
    ):
        assert cast(tmp_path, sentence) == [], sentence
    # a character before "and", not an actor: each pair stands
    assert cast(tmp_path, "The cast includes Kai Mori as Lena Hart and Rin Abe as Juno.") == [
        ("Juno", "Rin Abe"), ("Lena Hart", "Kai Mori")]


def premieres(tmp_path, body, title="Silver Tide Anime Reveals More"):
    return sorted((f.value, f.qualifier) for f in read(tmp_path, body, title).of("premiere"))


def test_a_premiere_channel_by_channel_is_the_first_date(tmp_path):
    # two dev articles: "on A and B on January 9, and on C on January 10"; "on October 7 ... on
    # October 9 on D, and on October 11 on E"
    body = ("Silver Tide is a new anime.\n\n"
            "The anime will premiere on Kite TV and Wave on January 9, and on Sun TV on January 10.\n")
    assert premieres(tmp_path, body) == [("January 9", "")]
    body = ("Silver Tide is a new anime.\n\n"
            "The anime will debut on October 7 on Kite TV , on October 9 on Wave , "
            "and on October 11 on Sun TV .\n")
    assert premieres(tmp_path, body) == [("October 7", "")]


def test_a_premiere_in_an_article_about_a_later_season_is_that_seasons(tmp_path):
    # three dev articles: the headline names the 2nd season, the sentence only "the anime"
    start = "\n\nThe anime will premiere on April 4 at 11:30 p.m.\n"
    body = "Silver Tide's 2nd season reveals its theme songs." + start
    assert premieres(tmp_path, body, "Silver Tide Anime 2nd Season Reveals Theme Songs") == [
        ("April 4", "second season")]
    body = "Silver Tide's anime reveals its theme songs." + start
    assert premieres(tmp_path, body, "Silver Tide Anime Reveals Theme Songs") == [("April 4", "")]


def test_a_date_of_songs_an_episode_or_an_earlier_film_is_no_premiere(tmp_path):
    # four dev articles: songs debuting, an episode that premiered, an earlier film, a slated date
    for sentence in (
        "Both songs will debut on January 13 in the franchise's 291st overall episode.",
        "The anime had premiered episode 3 on October 21.",
        "Seven theaters will show the previous film, Silver Tide: Dawn , on March 18.",
        "The film was slated to open in Japan on April 24.",
    ):
        base = read(tmp_path, f"Silver Tide is a new anime.\n\n{sentence}\n")
        assert [f.value for f in base.facts if f.relation in ("premiere", "premiered")] == [], sentence


def performers(tmp_path, sentence):
    base = read(tmp_path, f"Silver Tide is a new anime.\n\n{sentence}\n")
    sung = sorted((f.subject, f.value) for f in base.of("performer"))
    return sung, sorted(f.value for f in base.of("theme"))


def test_a_singer_the_rule_reads_only_in_part_is_not_asked(tmp_path):
    # three dev articles: a group "from" another, a character's voice actress, a descriptor
    sung, themes = performers(tmp_path, 'THE KITES from WAVE TRIBE will perform the new opening song '
                              '"Blue Hour."')
    assert sung == [] and themes == ["Blue Hour"]
    sung, themes = performers(tmp_path, 'The video previews the opening theme song "Blue Hour" by '
                              "protagonist Lena's voice actress Rin Abe.")
    assert sung == [] and themes == ["Blue Hour"]
    sung, _ = performers(tmp_path, 'Singer-songwriter Rin Abe performs the opening theme song "Blue Hour."')
    assert sung == [("Blue Hour", "Rin Abe")]


def test_a_live_action_works_premiere_is_not_the_animes(tmp_path):
    # a dev3 article gives both; the credits of a live-action film are likewise not the anime's
    body = ("Silver Tide is a new anime.\n\n"
            "Beside the anime, a live-action drama of the story is set to premiere on May 2.\n\n"
            "The video confirmed a May 9 premiere for the anime.\n")
    assert premieres(tmp_path, body) == [("May 9", "")]


def test_the_date_a_work_was_revealed_is_not_its_premiere(tmp_path):
    # a dev3 article: the reveal dated, the premiere month said after it
    body = ("Silver Tide is a new anime.\n\n"
            "The original anime Silver Tide was revealed last May 26 and now it was announced that "
            "it will be airing this coming October.\n")
    assert premieres(tmp_path, body) == []


def test_a_platform_s_wrong_options_are_of_its_kind(tmp_path):
    # channels among channels, services among services: "Fuji TV" offered beside "Crunchyroll"
    # was a wrong option of another kind in several dev articles
    from quiz.bank.distractors import on_tv
    base = read(tmp_path, (
        "Silver Tide is the new anime of the season.\n\n"
        "The anime will premiere on ABC and TV Asahi in April.\n\n"
        "Crunchyroll will stream the anime as it airs.\n"
    ))
    asked = [d for d in drafts(base) if d.prompt.startswith("Which of these services")]
    assert {d.answer for d in asked} == {"ABC", "TV Asahi", "Crunchyroll"}
    for draft in asked:
        assert {on_tv(c) for c in draft.choices} == {on_tv(draft.answer)}, draft.choices


def test_another_work_holding_the_show_s_name_dates_no_premiere(tmp_path):
    # dev shapes: a film named with the show's name and a subtitle, a film titled "X Part 1"
    base = read(tmp_path, (
        "The second season of Silver Tide will premiere on TV Tokyo in October 2023.\n\n"
        "The Gekijoban Silver Tide Code: Blue film will also be released on December 22.\n\n"
        "The first of the three anime films is titled \"Silver Tide Part 1: Dawn\" and opens in "
        "Japanese theaters on Nov. 27.\n"
    ))
    assert [f.value for f in base.of("premiere")] == ["October 2023"]
    assert [f.value for f in base.of("part_title")] == ["Silver Tide Part 1: Dawn"]


def test_a_denied_platform_or_date_is_not_asked(tmp_path):
    base = read(tmp_path, (
        "Silver Tide is the new anime of the season.\n\n"
        "It will not be available on Crunchyroll to stream, who was its distributor.\n\n"
        "The anime will stream on HIDIVE.\n"
    ))
    assert [f.value for f in base.of("platform")] == ["HIDIVE"]


def test_channels_named_beside_others_unnamed_are_not_asked(tmp_path):
    # train shapes: "will air on January 5 on <channel> and other stations", "will be broadcast on
    # <channel>, <channel>, and other channels": the options beside them may air the show too
    base = read(tmp_path, (
        "Silver Tide is the new anime of the season.\n\n"
        "The anime will air on April 2 on Kobe TV and other stations.\n\n"
        "It will be broadcast on Nagoya MX, Sapporo TV, and other channels from April 3.\n\n"
        "The anime will stream on HIDIVE.\n"
    ))
    assert [f.value for f in base.of("platform")] == ["HIDIVE"]


def test_an_earlier_adaptation_s_studio_and_staff_are_not_the_show_s(tmp_path):
    # train shapes: an event anime the manga inspired, a TV anime it was adapted into in 2006
    base = read(tmp_path, (
        "The television anime of Ken Sato's Silver Tide manga revealed its staff on Friday. Ken Ogawa "
        "is directing the anime at Studio Kite.\n\n"
        "The manga inspired an event anime adaptation by MAPPA in October 2020. Mio Sato directed "
        "the anime, and Rin Abe was the art director.\n\n"
        "The novel was previously adapted into a Studio DEEN produced TV anime in 2006.\n"
    ))
    assert [f.value for f in base.of("studio")] == ["Kite"]
    assert [(f.qualifier, f.value) for f in base.of("credit")] == [("director", "Ken Ogawa")]


def test_a_month_after_in_ends_a_name():
    import re

    from quiz.bank.rules.patterns import NAME
    assert re.match(NAME, "MAPPA in October 2020").group(0) == "MAPPA"
    assert re.match(NAME, "Ghost in the Shell").group(0) == "Ghost in the Shell"


def test_where_a_video_or_a_visual_is_seen_is_no_platform(tmp_path):
    # train and dev shapes: a video on a broadcaster's website, a visual "focusing on" a character
    base = read(tmp_path, (
        "The television anime of Ken Sato's Silver Tide manga revealed its cast on Friday.\n\n"
        "The promotional video is available only on NHK 's website.\n\n"
        "A new key visual has also been released focusing on Haru Amano.\n\n"
        "The video also reveals the anime's April 9 premiere on TV Tokyo.\n"
    ))
    assert [f.value for f in base.of("platform")] == ["TV Tokyo"]


def test_a_story_following_two_leads_names_no_one_protagonist(tmp_path):
    base = read(tmp_path, (
        "The television anime of Ken Sato's Silver Tide manga premieres in April.\n\n"
        "The manga follows Haru, a strong pitcher praised as perfect, and Kei, a skilled catcher "
        "who has lost his memory.\n"
    ))
    assert base.of("protagonist") == []


def test_a_company_credited_as_people_are_is_no_wrong_option_among_people(tmp_path):
    base = read(tmp_path, (
        "The television anime of Ken Sato's Silver Tide manga revealed its staff on Friday.\n\n"
        "Ken Ogawa is directing the anime. Mio Abe is designing the characters. Rin Ito is writing "
        "the scripts. Kite Garden is composing the music.\n\n"
        "Kite Garden's Aya Mori is the executive producer.\n"
    ))
    for draft in drafts(base):
        if draft.prompt == "Who is the director of Silver Tide?":
            assert "Kite Garden" not in draft.choices


def test_the_animation_produced_at_a_studio(tmp_path):
    base = read(tmp_path, (
        "The television anime of Ken Sato's Silver Tide manga revealed its staff on Friday.\n\n"
        "The animation is being produced at Studio Kite, the studio best known for Paper Moon.\n"
    ))
    assert [f.value for f in base.of("studio")] == ["Kite"]
