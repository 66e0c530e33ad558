"""The show's source work: when its manga or novels began, who launched a manga adaptation."""

from __future__ import annotations

from pathlib import Path

from made_up_article import read_article

from quiz.bank.distractors import Distractors


def read(tmp_path: Path, body: str, title: str = "Silver Tide Anime Announced"):
    return read_article(tmp_path, body, title)


def facts(base, relation):
    return sorted((f.qualifier, f.value) for f in base.of(relation))


def test_the_launch_of_the_manga_and_of_its_adaptation_are_dated(tmp_path):
    # train sentences (ann-kemono-jihen-cast-staff-2021, ann-our-last-crusade-season-2-delayed)
    base = read(tmp_path, (
        "The television anime of Shō Aimoto 's Silver Tide manga will premiere in 2021.\n\n"
        "Aimoto ( Hokenshitsu no Shinigami ) launched Silver Tide in Jump SQ. in December 2016.\n\n"
        "Okama launched the manga adaptation in Hakusensha 's Young Animal magazine in May 2018.\n"
    ))
    assert facts(base, "manga_launched") == [("manga", "December 2016"), ("manga adaptation", "May 2018")]
    # a pen name of one word is the adaptation's artist; the author's surname alone is not
    assert facts(base, "manga_artist") == [("", "Okama")]


def test_the_first_volume_of_the_novels_is_dated(tmp_path):
    base = read(tmp_path, (
        "The light novel series Silver Tide is getting a television anime.\n\n"
        "Araki published the first volume under Shueisha 's Dash X Bunko light novel label in "
        "January 2015, with illustrations by Haruyuki Morisawa.\n\n"
        "Kadokawa began publishing the novels in print in Japan in May 2017.\n"
    ))
    assert facts(base, "novels_began") == [("light novels", "January 2015"), ("novels", "May 2017")]


def test_a_date_of_another_clause_is_not_the_launch(tmp_path):
    base = read(tmp_path, (
        "The light novel series Silver Tide is getting a television anime.\n\n"
        "Koara Kishida launched a manga adaptation of the novels in Shueisha 's Ultra Jump magazine, "
        "and Shueisha shipped the manga's 12th compiled book volume on June 11.\n"
    ))
    assert facts(base, "manga_launched") == []
    assert facts(base, "manga_artist") == [("", "Koara Kishida")]


def test_the_title_in_the_other_language_in_parentheses(tmp_path):
    # train sentences (ann-kemono-jihen-cast-staff-2021, animeupdate-library-war-anime-film)
    base = read(tmp_path, (
        "The television anime of Shō Aimoto 's Kemono Jihen (Monster Incidents) manga will "
        "premiere in 2021.\n"
    ), title="Kemono Jihen Anime Reveals Cast")
    assert facts(base, "english_title") == [("", "Monster Incidents")]
    base = read(tmp_path, (
        "A theatrical film adaptation of Hiro Arikawa's Library War (Toshokan Sensō) light "
        "novels is in the works.\n"
    ), title="Library War Gets a Film")
    assert facts(base, "japanese_title") == [("", "Toshokan Sensō")]


def test_a_title_in_parentheses_of_no_clear_language_says_nothing(tmp_path):
    # two English titles, and another work's two titles: no title fact
    base = read(tmp_path, (
        "The light novel series Silver Tide (Blue Harbor) is getting a television anime.\n\n"
        "Kiiro Yumi draws the Library Wars: Love & War (Toshokan Sensō: Love & War) manga, a "
        "spinoff of Silver Tide.\n"
    ))
    assert facts(base, "english_title") == facts(base, "japanese_title") == []


def test_which_titles_read_as_romanised_japanese():
    from quiz.bank.rules.other_titles import language

    for title in ("Kemono Jihen", "Eiyū Kyōshitsu", "Atarashii Joushi wa Do Tennen", "Toshokan Sensō"):
        assert language(title) == "japanese", title
    for title in ("Monster Incidents", "Classroom For Heroes", "My New Boss Is Goofy", "Library War"):
        assert language(title) == "english", title
    assert language("Kimetsu no Yaiba Mugen Train") == ""  # words of both kinds


def test_the_illustrator_of_the_novels_and_not_of_an_authors_own_manga(tmp_path):
    # a train sentence (ann-classroom-for-heroes-novels-anime)
    base = read(tmp_path, (
        "The television anime of Shin Araki 's Silver Tide light novels will premiere in 2025.\n\n"
        "Araki published the first volume under Shueisha 's Dash X Bunko light novel label in "
        "January 2015, with illustrations by Haruyuki Morisawa ( The Princess and the Pilot ).\n"
    ))
    assert facts(base, "illustrator") == [("light novels", "Haruyuki Morisawa")]
    base = read(tmp_path, (
        "The upcoming anime Silver Tide will premiere in 2025.\n\n"
        "The manga series, written and illustrated by Ai Morinaga, follows a young woman.\n"
    ))
    assert facts(base, "illustrator") == []
    assert [f.value for f in base.of("source_author")] == ["Ai Morinaga"]


def test_the_english_publisher_of_the_source_and_not_of_a_spinoff(tmp_path):
    # train sentences (ann-our-last-crusade-season-2-delayed, animeupdate-library-war-anime-film)
    base = read(tmp_path, (
        "The light novel series Silver Tide is getting a television anime.\n\n"
        "Yen Press is publishing the light novels and their manga adaptation in English.\n\n"
        "Viz Media is publishing the fifth volume of Kiiro Yumi's ongoing Blue Harbor manga "
        "adaptation in North America.\n"
    ))
    assert facts(base, "english_publisher") == [("light novels", "Yen Press")]


def test_a_service_or_an_abbreviation_in_parentheses_is_no_title(tmp_path):
    base = read(tmp_path, (
        "The television anime of Shō Aimoto 's Kemono Jihen (TV) manga will premiere in 2021.\n\n"
        "Kemono Jihen (Crunchyroll Originals) will also stream on Crunchyroll Originals.\n"
    ), title="Kemono Jihen Anime Reveals Cast")
    assert facts(base, "english_title") == facts(base, "japanese_title") == []


def test_the_novels_of_another_series_just_named_are_not_dated(tmp_path):
    base = read(tmp_path, (
        "The light novel series Silver Tide is getting a television anime.\n\n"
        "Araki previously wrote the GJ Club light novel series. Shogakukan began publishing "
        "the novels in May 2008.\n"
    ))
    assert facts(base, "novels_began") == []


def test_the_new_adaptation_an_article_announces(tmp_path):
    # train sentences (animeupdate-library-war-anime-film, comicbook-beastars-netflix-release-date)
    base = read(tmp_path, (
        "The June flyer for Kadokawa Shoten's Kadokawa Bunko imprint is announcing that a theatrical "
        "film adaptation of Hiro Arikawa's Library War (Toshokan Sensō) light novels is in the works.\n"
    ), title="Library War Gets a Film")
    assert facts(base, "adaptation") == [("", "theatrical film")]
    base = read(tmp_path, (
        "The upcoming anime Silver Tide will premiere in 2025.\n\n"
        "Silver Tide will also be getting a live-action stage play adaptation as well.\n\n"
        "Meanwhile a film adaptation of Blue Lagoon is in the works.\n"
    ))
    # another work's film is not the show's
    assert facts(base, "adaptation") == [("", "live-action stage play")]


def test_a_magazine_name_ends_before_in_and_a_year(tmp_path):
    base = read(tmp_path, (
        "The new anime Silver Tide will premiere in 2025.\n\n"
        "Rin Abe launched the manga in Weekly Harbor Magazine in 2016.\n"
    ))
    assert [f.value for f in base.of("manga_magazine")] == ["Weekly Harbor Magazine"]


def test_the_original_manga_by_its_author(tmp_path):
    base = read(tmp_path, (
        "The new anime Silver Tide will premiere in 2025.\n\n"
        "The original manga by Rin Abe has sold over 3 million copies.\n"
    ))
    assert facts(base, "source_author") == [("manga", "Rin Abe")]


def test_the_show_is_a_series_written_by_its_author(tmp_path):
    base = read(tmp_path, (
        "The new anime Silver Tide will premiere in 2025.\n\n"
        "Silver Tide is a light novel series written by Rin Abe and illustrated by Mio Sato.\n\n"
        "Blue Lagoon is a manga series written by Ken Ogawa.\n"
    ))
    assert facts(base, "source_author") == [("light novel", "Rin Abe")]
    assert facts(base, "illustrator") == [("light novels", "Mio Sato")]


def test_episode_counts_said_before_the_noun_and_as_a_plan(tmp_path):
    base = read(tmp_path, "The new anime Silver Tide will premiere in 2025.\n\n"
                          "The 12-episode anime will premiere in April.\n")
    assert [f.value for f in base.of("episodes")] == ["12"]
    base = read(tmp_path, "The new anime Silver Tide will premiere in 2025.\n\n"
                          "The series is slated for 13 episodes.\n")
    assert [f.value for f in base.of("episodes")] == ["13"]


def test_one_seasons_episode_count_is_not_the_shows_unless_it_says_which(tmp_path):
    # "The season aired ... with 25 episodes" (dev3); "The first cour ... aired for 12 episodes"
    # (train) is the same shape
    base = read(tmp_path / "a", "The new anime Silver Tide will premiere in 2025.\n\n"
                                "The season aired from May to June with 10 episodes.\n")
    assert base.of("episodes") == []
    base = read(tmp_path / "b", "The new anime Silver Tide will premiere in 2025.\n\n"
                                "The second season aired from May to June with 10 episodes.\n")
    assert [(f.value, f.qualifier) for f in base.of("episodes")] == [("10", "second season")]


def test_adapted_from_the_authors_work(tmp_path):
    base = read(tmp_path, "The new anime Silver Tide will premiere in 2025.\n\n"
                          "The anime is adapted from Rin Abe's award-winning manga series.\n")
    assert facts(base, "source_author") == [("manga", "Rin Abe")]


def test_the_kind_of_work_is_asked_from_a_sentence_naming_it_in_the_plural(tmp_path):
    from quiz.bank.generate import drafts

    base = read(tmp_path, "The new anime Silver Tide will premiere in 2025.\n\n"
                          "Silver Tide is based on the light novels by Rin Abe.\n")
    asked = [d for d in drafts(base) if d.key[0] == "source_kind" and d.type == "choice"]
    assert [d.answer for d in asked] == ["light novel"]
    assert "the light novels by Rin Abe" in asked[0].citations[0].quote


def test_a_manga_s_illustrator_is_asked_in_english_and_is_no_wrong_author(tmp_path):
    base = read(tmp_path, (
        "The new anime Silver Tide will premiere in 2025.\n\n"
        "Silver Tide is a manga series written by Rin Abe and illustrated by Mio Sato.\n"
    ))
    assert facts(base, "illustrator") == [("manga", "Mio Sato")]  # "the Silver Tide manga", not "mangas"
    author = base.of("source_author")[0]
    assert "Mio Sato" in Distractors(base).true_values(author)  # "whose manga": she drew it


def test_a_kind_of_work_the_article_also_names_is_no_wrong_choice(tmp_path):
    # a light novel that "began as a web novel" (a train article): "web novel" is also right
    base = read(tmp_path, (
        "The new anime Silver Tide will premiere in 2025.\n\n"
        "Silver Tide is based on the light novels by Rin Abe.\n\n"
        "The story first ran as a web novel on a reading site in 2015.\n"
    ))
    kind = base.of("source_kind")[0]
    truths = Distractors(base).true_values(kind)
    assert "web novel" in truths and "video game" not in truths


def test_a_series_of_novels_and_the_adaptation_of_a_manga_by_its_author(tmp_path):
    # the shapes of two train articles (ymjang-isekai-shokudo-theme-song-performers,
    # animemojo-scums-wish-sentai-english-dub) and of two labelled excerpts: "based on the series
    # of gourmet fantasy light novels written by X and illustrated by Y", "the anime adaptation of
    # the Japanese manga series written and illustrated by X"
    base = read(tmp_path / "a", (
        "The new anime Silver Tide will premiere in 2025.\n\n"
        "Silver Tide is an upcoming TV anime based on the series of gourmet fantasy light novels "
        "written by Rin Abe and illustrated by Mio Sato.\n"
    ))
    assert facts(base, "source_kind") == [("", "light novel")]
    assert facts(base, "source_author") == [("light novel", "Rin Abe")]
    assert facts(base, "illustrator") == [("light novels", "Mio Sato")]
    base = read(tmp_path / "b", (
        "The new anime Silver Tide will premiere in 2025.\n\n"
        "Silver Tide, the 12-episode anime adaptation of the Japanese manga series written and "
        "illustrated by Rin Abe will be receiving an English dub.\n"
    ))
    assert facts(base, "source_author") == [("manga", "Rin Abe")]


def test_the_adaptation_of_a_manga_by_an_author_in_a_round_up_is_another_shows(tmp_path):
    # a round-up names another show after the author ("..., Bocchi the Rock!, will premiere"), or
    # a sentence that does not speak of the show at all
    base = read(tmp_path, (
        "The new anime Silver Tide will premiere in 2025.\n\n"
        "The anime adaptation of the beloved four-panel manga series created by Rin Abe, Blue "
        "Lagoon, will premiere in just a couple of weeks.\n\n"
        "The adaptation of the popular manga series created by Ken Ogawa sold out.\n"
    ))
    assert facts(base, "source_author") == []


def test_the_manga_launched_on_a_website_or_in_an_app(tmp_path):
    # the shapes of two train articles (ann-bokyaku-battery-baseball-tv-anime, ann-blue-orchestra-
    # nhk-cast-april) and of labelled excerpts: "X launched on the Shonen Jump+ website in April
    # 2018", "Akui launched the ongoing manga in Shogakukan 's Manga ONE app in 2017", "The
    # record-setting manga launched in Shueisha 's Weekly Young Jump magazine in 2006"
    for sentence, where, when in (
        ("Silver Tide launched on the Harbor Jump+ website in April 2018.",
         ("manga_site", "Harbor Jump+", "website"), "April 2018"),
        ("Abe launched the ongoing manga in Harbor 's Manga TIDE app in 2017.",
         ("manga_site", "Manga TIDE", "app"), "2017"),
        ("The record-setting manga launched in Harbor 's Weekly Tide magazine in 2006.",
         ("manga_magazine", "Weekly Tide", ""), "2006"),
    ):
        base = read(tmp_path, f"The new anime Silver Tide will premiere in 2025.\n\n{sentence}\n")
        found = [(f.relation, f.value, f.qualifier) for f in base.facts if f.relation.startswith("manga_")
                 and f.relation != "manga_launched"]
        assert found == [where], sentence
        assert [f.value for f in base.of("manga_launched")] == [when], sentence
    base = read(tmp_path, "The new anime Silver Tide will premiere in 2025.\n\n"
                          "Blue Lagoon launched on the Harbor Jump+ website in April 2018.\n")
    assert base.of("manga_site") == []


def test_a_title_opening_with_the_takes_no_second_article(tmp_path):
    from quiz.bank.generate import drafts

    base = read(tmp_path, "The new anime The Silver Tide will premiere in 2025.\n\n"
                          "The Silver Tide launched on the Harbor Jump+ website in April 2018.\n")
    prompts = [d.prompt for d in drafts(base) if d.key[0] in ("manga_launched", "manga_site")]
    assert prompts and all("the The" not in p and "The Silver Tide manga" in p for p in prompts), prompts


def test_the_kind_of_work_said_with_the_shows_own_title(tmp_path):
    # the shapes of train articles (animekon-teekyuu-tennis-manga-tv-anime, animeph-taimadou-gakuen-
    # 35-light-novel-anime) and dev excerpts: "based on the X manga", "Y's action light novel
    # series X is getting an anime"; another title there is another work
    base = read(tmp_path, "Silver Tide is a new anime.\n\nThe anime is a new TV series based on the "
                          "Silver Tide manga, a comedy about a swim team.\n")
    assert facts(base, "source_kind") == [("", "manga")]
    base = read(tmp_path, "Publisher Kobe Books has announced that Rin Abe's fantasy-war light novel series "
                          "Silver Tide (Tide of Silver) is getting an anime adaptation.\n")
    assert facts(base, "source_kind") == [("", "light novel")]
    assert facts(base, "source_author") == [("light novel", "Rin Abe")]
    for body in ("Studio Kobe made the TV anime adaptation of the Ping Pong manga in 2014.\n",
                 "Rin Abe's light novel series Silver Tide Gaiden is getting a manga.\n"):
        base = read(tmp_path, f"Silver Tide is a new anime.\n\n{body}")
        assert facts(base, "source_kind") == [] and facts(base, "source_author") == [], body


def test_the_series_launched_in_a_magazine_with_its_genre(tmp_path):
    # the shape of a train article (ann-tokyo-esp-theme-songs-faylan): "the series", its genre
    # quoted or not; another series ("the spin-off series") is not the show's source
    base = read(tmp_path, "Silver Tide is a new anime.\n\nAbe launched the \"afterschool swimming action\" "
                          "series in Kobe Shoten's Monthly Kobe Ace magazine in 2011, shortly after ending "
                          "another series.\n")
    assert facts(base, "manga_magazine") == [("", "Monthly Kobe Ace")]
    assert facts(base, "manga_launched") == [("manga", "2011")]
    base = read(tmp_path, "Silver Tide is a new anime.\n\nAbe launched the spin-off series in Kobe Shoten's "
                          "Monthly Kobe Ace magazine in 2019.\n")
    assert facts(base, "manga_magazine") == [] and facts(base, "manga_launched") == []


def test_the_works_title_in_quotes_after_its_kind_and_an_illustrator_named_with_the_author(tmp_path):
    # the shape of a dev excerpt: "A and B's award-winning light novel series, "X," is ...", where
    # the article says B illustrated it: B is no author of the novels
    base = read(tmp_path, (
        "Rin Abe and Mio Sato's award-winning light novel series, \"Silver Tide,\" is finally hitting the "
        "anime scene in January 2018.\n\n"
        "The anime is based on the light novel series of the same name written by Rin Abe and illustrated "
        "by Mio Sato.\n"
    ))
    assert facts(base, "source_kind") == [("", "light novel")]
    assert facts(base, "source_author") == [("light novel", "Rin Abe")]


def test_the_title_the_show_is_known_by_in_english(tmp_path):
    # the shape of a train article (ymjang-isekai-shokudo-theme-song-performers) and of dev excerpts:
    # "X (known in English as Y)", "X, also known as Y in English"; said of another work, nothing
    base = read(tmp_path, "A new key visual has been revealed for Kemono Jihen (known in English as Monster "
                          "Incidents), an upcoming TV anime.\n", title="Kemono Jihen Anime Reveals Visual")
    assert facts(base, "english_title") == [("", "Monster Incidents")]
    base = read(tmp_path, "The cast of Kemono Jihen, also known as Monster Incidents in English, is "
                          "revealed.\n", title="Kemono Jihen Anime Reveals Cast")
    assert facts(base, "english_title") == [("", "Monster Incidents")]
    base = read(tmp_path, "Kemono Jihen stars the voice of Shion from Tensei Shitara, also known as "
                          "That Time I Got Reincarnated in English.\n",
                title="Kemono Jihen Anime Reveals Cast")
    assert facts(base, "english_title") == []


def test_a_name_both_titles_keep_does_not_hide_the_english_one(tmp_path):
    # train and dev shapes: "Yatogame-chan Kansatsu Nikki (Yatogame-chan Observation Diary)",
    # "Toilet-Bound Hanako-kun (Jibaku Shōnen Hanako-kun)": the name kept in both is of neither
    # language, the other words say which title is English
    base = read(tmp_path, "The television anime of Ana Mori's Mirai-chan Kansatsu Nikki (Mirai-chan "
                          "Observation Diary) manga will premiere in 2025.\n",
                "Mirai-chan Kansatsu Nikki Anime Announced")
    assert facts(base, "english_title") == [("", "Mirai-chan Observation Diary")]


def test_a_latin_subtitle_is_no_english_title(tmp_path):
    # a dev shape: "X's Bibliotheca Mystica de Dantalian (Dantalian no Shoka) light novel series"
    base = read(tmp_path, "The anime of Ana Mori's Liber Arcana de Mirai (Mirai no Shoseki) light novel "
                          "series will premiere in 2025.\n", "Mirai no Shoseki Anime Announced")
    assert facts(base, "english_title") == []
