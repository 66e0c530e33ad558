"""Fair grading of typed answers: the forms a fair quizmaster accepts ("Studio Bones",
"Kurosawa Tomoyo", "25th", a surname that names one person) and the ones still refused
(another person's surname, a shared surname, a wrong number, "Studio" alone).

Questions are picked by what they ask (a person, a studio, a number), from the real bank and
from `typed_bank`, whose answers carry no aliases, so every accepted form there comes from the
grading rules themselves."""

from __future__ import annotations

import re
from html import unescape

import pytest

from quiz.bank import load_bank
from quiz.bank.names import PERSON, STUDIO, answer_kind, bank_people, full_name
from quiz.play.rules import grade


def right(bank, question_id: str, typed: str) -> bool:
    question = bank.question(question_id)
    assert question is not None, question_id
    return grade(question, [], typed, bank_people(bank.questions))[2]


def typed_asking(bank, kind: str) -> list:
    """The bank's text questions whose answer is a PERSON or a STUDIO."""
    return [
        q for q in bank.questions
        if q.type == "text" and answer_kind(q.prompt, str(q.answer), q.accept) == kind
    ]


@pytest.fixture(params=["bank", "typed_bank"])
def either_bank(request):
    return request.getfixturevalue(request.param)


def test_both_banks_hold_typed_questions_of_every_kind(bank, typed_bank):
    for which in (bank, typed_bank):
        assert typed_asking(which, STUDIO)
        assert typed_asking(which, PERSON)
        assert any(q.type == "number" and q.answer == 25 for q in which.questions)


def test_the_real_banks_people_come_from_its_who_questions(bank):
    people = bank_people(bank.questions)
    for question in typed_asking(bank, PERSON):
        name = next(n for n in (str(question.answer), *question.accept) if full_name(n))
        assert people.by_surname(name.split()[-1].casefold(), name), name
    # Two people of the bank are called Yamada: the surname alone names neither.
    assert not people.by_surname("yamada", "Haru Yamada")
    assert not people.by_surname("yamada", "Akihiro Yamada")


def studio_forms_typed(answer: str) -> list[str]:
    bare = " ".join(re.sub(r"(?i)\bstudio\b", " ", answer).split())
    return [f"Studio {bare}", f"{bare} Studio", f"studio {bare.upper()}", bare, f"{bare.lower()} studio."]


def test_a_studio_is_right_with_or_without_the_word_studio(either_bank):
    for question in typed_asking(either_bank, STUDIO):
        for typed in studio_forms_typed(str(question.answer)):
            assert right(either_bank, question.id, typed), (question.id, typed)


@pytest.mark.parametrize("typed", ["Studio", "studio", "Studio Ghibli", "Sunrise Studio"])
def test_studio_alone_or_another_studio_is_wrong(either_bank, typed):
    for question in typed_asking(either_bank, STUDIO):
        assert not right(either_bank, question.id, typed), question.id


def test_a_persons_names_are_right_in_either_order(either_bank):
    for question in typed_asking(either_bank, PERSON):
        name = next(n for n in (str(question.answer), *question.accept) if full_name(n))
        turned = " ".join(reversed(name.split()))
        assert right(either_bank, question.id, turned), (question.id, turned)
        assert right(either_bank, question.id, turned.lower()), (question.id, turned)


@pytest.mark.parametrize(
    ("question_id", "typed"),
    [
        ("c-naomi-voice", "Kurosawa"),
        ("c-naomi-voice", "kurosava"),  # a typo in a long surname, as for full names
        ("c-director", "Hori"),
        ("c-chief-director", "Izubuchi"),
        ("c-bones-president", "Minami"),
        ("c-character-design", "Kawamoto"),
    ],
)
def test_a_surname_that_names_one_person_of_the_bank_is_right(typed_bank, question_id, typed):
    assert right(typed_bank, question_id, typed)


@pytest.mark.parametrize(
    ("question_id", "typed"),
    [
        ("c-naomi-voice", "Miyamoto"),  # the other lead's voice actor
        ("c-director", "Izubuchi"),  # the chief director, not the director
        ("c-chief-director", "Hori"),
        ("c-sound-director", "Yamada"),  # Haru and Akihiro Yamada are both in the bank
        ("c-costume-design", "Yamada"),
        ("c-naomi-voice", "Tomoyo"),  # a given name alone is not a surname
        ("c-naomi-voice", "Tomoyo Miyamoto"),
        ("c-naomi-full-name", "Orthmann"),  # asks for the full name itself
    ],
)
def test_another_persons_name_a_shared_surname_or_a_given_name_is_wrong(typed_bank, question_id, typed):
    assert not right(typed_bank, question_id, typed)


def anniversaries(bank) -> list:
    """The bank's number questions answered 25 (Bones' anniversary, its years as a studio)."""
    found = [q for q in bank.questions if q.type == "number" and q.answer == 25]
    assert found
    return found


@pytest.mark.parametrize("typed", ["25", "25th", "twenty-fifth", "Twenty Fifth", "the 25th", "twenty-five"])
def test_an_ordinal_is_right_for_its_number(either_bank, typed):
    for question in anniversaries(either_bank):
        assert right(either_bank, question.id, typed), question.id


@pytest.mark.parametrize("typed", ["24th", "twenty-fourth", "26", "25.5", "2nd", "fifth", "twenty"])
def test_a_wrong_number_is_wrong_however_it_is_written(either_bank, typed):
    for question in anniversaries(either_bank):
        assert not right(either_bank, question.id, typed), question.id


def test_ordinals_work_for_every_number_question_of_the_bank(either_bank):
    ordinal = {1: "st", 2: "nd", 3: "rd"}
    for question in either_bank.questions:
        if question.type == "number" and float(question.answer).is_integer():
            n = int(question.answer)
            suffix = "th" if 10 <= n % 100 <= 20 else ordinal.get(n % 10, "th")
            assert right(either_bank, question.id, f"{n}{suffix}"), question.id
            assert not right(either_bank, question.id, f"{n + 1}{suffix}"), question.id


def announced(bank):
    """The typed question answered by Metallic Rouge's announcement date."""
    return next(q.id for q in bank.questions if q.type == "text" and q.answer == "March 22, 2023")


@pytest.mark.parametrize(
    "typed", ["March 22, 2023", "22nd of March, 2023", "the 22nd of March 2023", "22 March 2023"]
)
def test_a_date_is_right_in_any_usual_spelling(bank, typed):
    assert right(bank, announced(bank), typed)


@pytest.mark.parametrize("typed", ["2023", "22nd of March", "March 22", "22", "March 23, 2023"])
def test_part_of_a_date_or_another_date_is_wrong(bank, typed):
    assert not right(bank, announced(bank), typed)


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
