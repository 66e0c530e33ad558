"""Fair grading of typed answers on the real bank: the forms a fair quizmaster accepts
("Studio Bones", "Kurosawa Tomoyo", "25th", a surname that names one person) and the ones
still refused (another person's surname, a shared surname, a wrong number, "Studio" alone)."""

from __future__ import annotations

import re
from html import unescape

import pytest

from quiz.bank import load_bank
from quiz.bank.names import bank_people
from quiz.play.rules import grade


def right(bank, question_id: str, typed: str) -> bool:
    question = bank.question(question_id)
    assert question is not None, question_id
    return grade(question, [], typed, bank_people(bank.questions))[2]


STUDIO_QUESTIONS = ("g-studio-metallic-rouge-bones-text", "c-clip-animation-studio")
ANNIVERSARY = ("g-anniversary-bones-25-number", "c-studio-anniversary")
KUROSAWA = "g-cast-naomi-tomoyo-kurosawa-text"  # no aliases: every form comes from the rules
HORI = "g-credit-director-metallic-rouge-motonobu-hori-text"
HARU_YAMADA = "g-credit-sound-director-metallic-rouge-haru-yamada-text"
AKIHIRO_YAMADA = "g-credit-costume-design-cooperation-metallic-rouge-akihiro-yamada-text"
ANNOUNCED = "c-announcement-date"  # answer March 22, 2023


@pytest.mark.parametrize("question_id", STUDIO_QUESTIONS)
@pytest.mark.parametrize("typed", ["Studio Bones", "Bones Studio", "studio BONES", "Bones", "bones studio."])
def test_a_studio_is_right_with_or_without_the_word_studio(bank, question_id, typed):
    assert right(bank, question_id, typed)


@pytest.mark.parametrize("question_id", STUDIO_QUESTIONS)
@pytest.mark.parametrize("typed", ["Studio", "studio", "Studio Ghibli", "Sunrise Studio"])
def test_studio_alone_or_another_studio_is_wrong(bank, question_id, typed):
    assert not right(bank, question_id, typed)


@pytest.mark.parametrize(
    ("question_id", "typed"),
    [
        (KUROSAWA, "Kurosawa Tomoyo"),
        ("c-naomi-voice-actor", "kurosawa tomoyo"),
        ("g-cast-rouge-yume-miyamoto-text", "Miyamoto Yume"),
        (HORI, "Hori Motonobu"),
        ("g-credit-music-metallic-rouge-taisei-iwasaki-text", "Iwasaki Taisei"),
        ("g-companion-rouge-naomi-text", "Orthmann Naomi"),  # the alias's full name, turned
    ],
)
def test_a_persons_names_are_right_in_either_order(bank, question_id, typed):
    assert right(bank, question_id, typed)


@pytest.mark.parametrize(
    ("question_id", "typed"),
    [
        (KUROSAWA, "Kurosawa"),
        (KUROSAWA, "kurosava"),  # a typo in a long surname, as for full names
        (HORI, "Hori"),
        ("g-credit-chief-director-metallic-rouge-yutaka-izubuchi-text", "Izubuchi"),
        ("g-president-bones-masahiko-minami-text", "Minami"),
        ("g-credit-character-design-metallic-rouge-toshihiro-kawamoto-text", "Kawamoto"),
    ],
)
def test_a_surname_that_names_one_person_of_the_bank_is_right(bank, question_id, typed):
    assert right(bank, question_id, typed)


@pytest.mark.parametrize(
    ("question_id", "typed"),
    [
        (KUROSAWA, "Miyamoto"),  # the other lead's voice actor
        (HORI, "Izubuchi"),  # the chief director, not the director
        ("g-credit-chief-director-metallic-rouge-yutaka-izubuchi-text", "Hori"),
        (HARU_YAMADA, "Yamada"),  # Haru and Akihiro Yamada are both in the bank
        (AKIHIRO_YAMADA, "Yamada"),
        (KUROSAWA, "Tomoyo"),  # a given name alone is not a surname
        (KUROSAWA, "Tomoyo Miyamoto"),
        ("g-full-name-naomi-naomi-orthmann-text", "Orthmann"),  # asks for the full name itself
    ],
)
def test_another_persons_name_a_shared_surname_or_a_given_name_is_wrong(bank, question_id, typed):
    assert not right(bank, question_id, typed)


@pytest.mark.parametrize("question_id", ANNIVERSARY)
@pytest.mark.parametrize("typed", ["25", "25th", "twenty-fifth", "Twenty Fifth", "the 25th", "twenty-five"])
def test_an_ordinal_is_right_for_its_number(bank, question_id, typed):
    assert right(bank, question_id, typed)


@pytest.mark.parametrize("question_id", ANNIVERSARY)
@pytest.mark.parametrize("typed", ["24th", "twenty-fourth", "26", "25.5", "2nd", "fifth", "twenty"])
def test_a_wrong_number_is_wrong_however_it_is_written(bank, question_id, typed):
    assert not right(bank, question_id, typed)


def test_ordinals_work_for_every_number_question_of_the_bank(bank):
    ordinal = {1: "st", 2: "nd", 3: "rd"}
    for question in bank.questions:
        if question.type == "number" and float(question.answer).is_integer():
            n = int(question.answer)
            suffix = "th" if 10 <= n % 100 <= 20 else ordinal.get(n % 10, "th")
            assert right(bank, question.id, f"{n}{suffix}"), question.id
            assert not right(bank, question.id, f"{n + 1}{suffix}"), question.id


@pytest.mark.parametrize(
    "typed", ["March 22, 2023", "22nd of March, 2023", "the 22nd of March 2023", "22 March 2023"]
)
def test_a_date_is_right_in_any_usual_spelling(bank, typed):
    assert right(bank, ANNOUNCED, typed)


@pytest.mark.parametrize("typed", ["2023", "22nd of March", "March 22", "22", "March 23, 2023"])
def test_part_of_a_date_or_another_date_is_wrong(bank, typed):
    assert not right(bank, ANNOUNCED, typed)


WHO_FILE = """\
topic: {topic}
questions:
  - id: c-{topic}
    type: text
    prompt: Who co-stars as Rouge's partner, Naomi Orthmann?
    answer: Tomoyo Kurosawa
    explanation: Tomoyo Kurosawa co-stars as Rouge's partner, Naomi Orthmann.
    sources:
      - source: special-music-clip
        quote: Tomoyo Kurosawa co-stars as her partner, Naomi Orthmann.
"""


@pytest.mark.parametrize(
    ("typed", "points"), [("Kurosawa Tomoyo", 100), ("Kurosawa", 100), ("Tomoyo", 0)]
)
def test_a_player_answering_family_name_first_or_by_surname_scores(
    tmp_questions, make_app, players, typed, points
):
    (tmp_questions / "curated" / "cast.yaml").write_text(WHO_FILE.format(topic="cast"), encoding="utf-8")
    played = load_bank(tmp_questions)
    assert not played.problems
    app = make_app(played)
    player = players(app, "Fair Judge")
    round_id = player.start(kind="topic", scope="cast")
    html = player.question_page(round_id)
    data = player.answer_data(played.question("c-cast"), html)
    data["text"] = typed
    response = player.client.post(f"/rounds/{round_id}", data=data)
    feedback = player.client.get(response.headers["Location"]).get_data(as_text=True)
    text = " ".join(unescape(re.sub(r"<[^>]+>", " ", feedback)).split())
    assert f"+{points} points" in text
    assert ("Right!" in text) == (points == 100)
