"""The checks of bench/article_quality.py count a fact as asked only when a question about
the right show asks it with the right answer and the proving sentence, and flag the
questions a reader would refuse on sight."""

from __future__ import annotations

import sys

import pytest
from article_fixtures import FOLDER, all_facts

from quiz.bank.corpus import load_sources
from quiz.config import PROJECT_ROOT

sys.path.insert(0, str(PROJECT_ROOT))  # bench/ is run as scripts, not installed

from bench.article_checks import judge_article  # noqa: E402

# its tests share one worker, which builds the module's costly fixture once (each
# worker would build its own)
pytestmark = pytest.mark.xdist_group("test_article_checks")

ARTICLE = "ann-shikizakura-ending-theme-artist"
DIRECTOR_QUOTE = "Shin'ya Sugai ( Walking Meat ) is directing the anime at Sublimation"
NOVEL_QUOTE = (
    "Hayato Aoki launched a manga adaptation in Futabasha 's Monthly Action magazine on December 25."
)


@pytest.fixture(scope="module")
def judge():
    sources, _ = load_sources(FOLDER)
    facts = all_facts()
    shows = {article: listed.names for article, listed in facts.items()}
    shows["special-music-clip"] = ("Metallic Rouge",)

    def run(*questions):
        result = judge_article(list(questions), sources[ARTICLE], facts[ARTICLE], shows)
        return result.judged, result.asked, result.asked_any

    return run


def choice(qid, prompt, answer, choices, quote, kind="choice"):
    question = {
        "id": qid,
        "type": kind,
        "prompt": prompt,
        "answer": answer,
        "choices": choices,
        "explanation": prompt,
        "sources": [{"source": ARTICLE, "quote": quote}],
    }
    if kind != "choice":
        del question["choices"]
    return question


PEOPLE = ["Shin'ya Sugai", "Tomoyasu Nishimura", "Hayato Aoki", "Yutaka Izubuchi"]


def test_a_right_question_about_the_show_asks_the_fact_and_passes(judge):
    good = choice("q-director", "Who is directing Shikizakura?", "Shin'ya Sugai", PEOPLE, DIRECTOR_QUOTE)
    judged, asked, _ = judge(good)
    assert asked["director"] == ["q-director"]
    assert judged[0].flags == [] and judged[0].names_show


def test_a_typed_spelling_and_a_true_statement_count(judge):
    text = choice("q-text", "Who directs Shikizakura?", "Shinya Sugai", [], DIRECTOR_QUOTE, "text")
    statement = choice("q-true", "Shin'ya Sugai directs Shikizakura.", True, [], DIRECTOR_QUOTE, "truefalse")
    _, asked, _ = judge(text, statement)
    assert asked["director"] == ["q-text", "q-true"]


def test_a_right_answer_to_another_question_is_not_the_fact(judge):
    # the sentence dates the manga, the prompt asks for the premiere: not the manga-launch fact
    wrong = choice(
        "q-premiere",
        "When does Shikizakura premiere?",
        "December 25",
        ["December 25", "January 7", "April 3", "July 6"],
        NOVEL_QUOTE,
    )
    judged, asked, asked_any = judge(wrong)
    assert not any(asked.values()) and not any(asked_any.values())
    assert judged[0].flags == []  # only a reader sees this one: it goes to the review sheet


def test_questions_about_the_wrong_show_ask_nothing_and_are_flagged_or_marked(judge):
    headline = choice(
        "q-headline",
        "Who is directing Shikizakura Anime Reveals Ending Theme Song Artist, 2nd Half of 2021 Premiere?",
        "Shin'ya Sugai",
        PEOPLE,
        DIRECTOR_QUOTE,
    )
    person = choice("q-person", "Which studio is behind Shin'ya Sugai?", "Sublimation",
                    ["Sublimation", "Bones", "Orange", "Satelight"], DIRECTOR_QUOTE)  # fmt: skip
    mixed = choice("q-mixed", "Who is directing Shikizakura?", "Shin'ya Sugai", PEOPLE, DIRECTOR_QUOTE)
    mixed["sources"].append({"source": "special-music-clip", "quote": "Director: Motonobu Hori"})
    judged, asked, asked_any = judge(headline, person, mixed)
    assert not any(asked.values())
    flags = {item.question["id"]: " | ".join(item.flags) for item in judged}
    assert "offers the headline as the show" in flags["q-headline"]
    assert "cites articles about different shows" in flags["q-mixed"]
    # a director offered as the show: right answer, proving quote, but not asked naming the show
    assert not judged[1].names_show
    assert asked_any == {**asked, "studio": ["q-person"]}


def test_an_explanation_restating_the_headline_is_no_headline_offered_as_the_show(judge):
    question = choice("q-restated", "Who is directing Shikizakura?", "Shin'ya Sugai", PEOPLE, DIRECTOR_QUOTE)
    question["explanation"] = "Shikizakura anime reveals ending theme song artist; Shin'ya Sugai directs it."
    judged, asked, _ = judge(question)
    assert judged[0].flags == [] and asked["director"] == ["q-restated"]


def test_few_choices_an_answer_missing_from_its_quote_and_repeats_are_flagged(judge):
    few = choice("q-few", "Who is directing Shikizakura?", "Shin'ya Sugai", PEOPLE[:3], DIRECTOR_QUOTE)
    producer = "Tomoyasu Nishimura"
    unquoted = choice("q-unquoted", "Who is producing Shikizakura?", producer, PEOPLE, DIRECTOR_QUOTE)
    third = choice("q-third", "Who directs the anime Shikizakura?", "Shin'ya Sugai", PEOPLE, DIRECTOR_QUOTE)
    again = choice("q-again", "Who directs Shikizakura?", "Shin'ya Sugai", PEOPLE, DIRECTOR_QUOTE)
    judged, asked, _ = judge(few, unquoted, third, again)
    flags = {item.question["id"]: " | ".join(item.flags) for item in judged}
    assert flags["q-few"] == "3 choices"
    assert "answer not in its quote" in flags["q-unquoted"]
    assert asked["director"] == ["q-few", "q-third", "q-again"]
    assert "question 3 or later on fact director" in flags["q-again"]
    assert "q-third" in flags and "question 3" not in flags["q-third"]


def test_a_song_title_in_quotes_names_the_subject_and_a_bare_one_does_not(judge):
    song = 'Which artist performs the opening theme song "BELIEVE MYSELF"?'
    quote = 'Asaka is performing the anime\'s opening theme song "BELIEVE MYSELF."'
    singers = ["Asaka", "May'n", "Yu-ka", "Dazbee"]
    quoted = choice("q-quoted", song, "Asaka", singers, quote)
    bare = choice("q-bare", "Who performs the opening theme song of BELIEVE MYSELF?", "Asaka", singers, quote)
    judged, asked, asked_any = judge(quoted, bare)
    assert [item.names_show for item in judged] == [True, False]
    assert asked["opening-artist"] == ["q-quoted"]
    assert asked_any["opening-artist"] == ["q-quoted", "q-bare"]


def test_a_date_answer_stands_in_a_quote_that_spells_it_the_articles_way(judge):
    """ "July 6" is in "on July 6th", "April 2020" in "in Apr. 2020", "May 2021" in "in May of
    2021"; another day is not."""
    quote = "It begins streaming on July 6th, and the film follows in Apr. 2020, the book in May of 2021."
    day = choice("q-day", "When does it begin streaming?", "July 6", [], quote, kind="text")
    month = choice("q-month", "When does the film follow?", "April 2020", [], quote, kind="text")
    book = choice("q-book", "When does the book follow?", "May 2021", [], quote, kind="text")
    other = choice("q-other", "When does it begin streaming?", "July 7", [], quote, kind="text")
    judged, _, _ = judge(day, month, book, other)
    flags = {item.question["id"]: " | ".join(item.flags) for item in judged}
    assert "answer not in its quote" not in flags.get("q-day", "")
    assert "answer not in its quote" not in flags.get("q-month", "")
    assert "answer not in its quote" not in flags.get("q-book", "")
    assert "answer not in its quote" in flags["q-other"]


def test_a_kind_of_work_stands_in_a_quote_that_names_it_in_the_plural(judge):
    """ "novel" is in "based on the novels of X"; "manga" is not."""
    quote = "The series is based on the novels of Hana Mori."
    kinds = ["novel", "manga", "video game", "card game"]
    novel = choice("q-novel", "What kind of work is it based on?", "novel", kinds, quote)
    manga = choice("q-manga", "What kind of work is it based on?", "manga", kinds, quote)
    judged, _, _ = judge(novel, manga)
    flags = {item.question["id"]: " | ".join(item.flags) for item in judged}
    assert "answer not in its quote" not in flags.get("q-novel", "")
    assert "answer not in its quote" in flags["q-manga"]


def test_a_prompt_in_other_words_for_the_same_thing_asks_the_fact(judge):
    # "ED song" is the ending theme, "released" the premiere: the same fact in news wording
    singers = ["May'n", "Asaka", "LiSA", "Aimer"]
    ending = choice("q-ed", "Who sings the ED song of Shikizakura?", "May'n", singers,
                    "announced on Wednesday that May'n will perform the anime's ending theme song.")
    release = choice("q-release", "When will Shikizakura be released?", "the second half of 2021",
                     [], "the anime will premiere in the second half of 2021.", "text")
    _, asked, _ = judge(ending, release)
    assert asked["ending-artist"] == ["q-ed"] and asked["premiere-window"] == ["q-release"]


def test_where_a_show_is_set_and_when_it_hits_screens_ask_the_fact(judge):
    # "Where is X set?" asks the region it is set in; a show "hits" TV the day it premieres
    regions = ["Tōkai region", "Kantō region", "Kansai region", "Tōhoku region"]
    where = choice(
        "q-where",
        "Where is Shikizakura set?",
        "Tōkai region",
        regions,
        "The anime is set in the Tōkai region",
    )
    hits = choice(
        "q-hits",
        "When does Shikizakura hit TV screens?",
        "the second half of 2021",
        [],
        "the anime will premiere in the second half of 2021.",
        "text",
    )
    _, asked, _ = judge(where, hits)
    assert asked["setting"] == ["q-where"] and asked["premiere-window"] == ["q-hits"]


def test_a_show_that_starts_or_begins_premieres(judge):
    quote = "the anime will premiere in the second half of 2021."
    starts = choice("q-start", "When does Shikizakura start?", "the second half of 2021", [], quote, "text")
    begins = choice("q-begin", "When will Shikizakura begin?", "the second half of 2021", [], quote, "text")
    _, asked, _ = judge(starts, begins)
    assert asked["premiere-window"] == ["q-start", "q-begin"]


def test_series_scripts_are_the_series_composition_and_a_studio_needs_no_generic_word():
    # train articles: one person's "series scripts" is the series composition credit the bank
    # asks; the bank names "Studio Gokumi" as "Gokumi"
    sources, _ = load_sources(FOLDER)
    facts = all_facts()
    shows = {article: listed.names for article, listed in facts.items()}
    scripts = "Taku Kishimoto ( Haikyu!! , Silver Spoon , 2019 Fruits Basket ) is supervising"
    studio = "is directing the anime at Studio Gokumi and AXsiZ"
    cases = (
        (
            "ann-blue-lock-english-dub-crew",
            "series-scripts",
            "Who handles the series composition?",
            "Taku Kishimoto",
            scripts,
        ),
        (
            "ann-maesetsu-original-anime-staff-october",
            "studios",
            "Which studio is behind Maesetsu!?",
            "Gokumi",
            studio,
        ),
    )
    for article, fact, prompt, answer, quote in cases:
        question = {
            "id": "q",
            "type": "text",
            "prompt": f"{prompt} ({facts[article].show})",
            "answer": answer,
            "explanation": prompt,
            "sources": [{"source": article, "quote": quote}],
        }
        result = judge_article([question], sources[article], facts[article], shows)
        assert result.asked[fact] == ["q"], article


def test_a_prompt_worded_as_the_listed_fact_asks_it_though_all_its_words_are_common():
    # "What kind of work is X?": every word is a common one, so no word is shared in other
    # words; the same wording is still the same question
    article = "crunchyroll-penguin-highway-anime-film-august"
    sources, _ = load_sources(FOLDER)
    facts = all_facts()
    shows = {name: listed.names for name, listed in facts.items()}
    quote = ("A 4th grade boy experiences an unforgettable and mysterious summer in Penguin Highway, a "
             "theatrical anime film based on the book by Tomihiko Morimi")
    question = {"id": "q-kind", "type": "choice", "prompt": "What kind of work is Penguin Highway?",
                "answer": "film", "choices": ["film", "OVA", "TV special", "web series"],
                "explanation": "", "sources": [{"source": article, "quote": quote}]}
    result = judge_article([question], sources[article], facts[article], shows)
    assert result.asked["format"] == ["q-kind"]
