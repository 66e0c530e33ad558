"""Export formats (JSON, GIFT, Aiken, Open Trivia DB) and reading them back."""

from __future__ import annotations

import html
import json
from pathlib import Path

import pytest

from quiz.bank import load_bank
from quiz.bank.answers import parse_number
from quiz.bank.formats import EXPORT_FORMATS, IMPORT_FORMATS, export_bank, parse

# One question of every type, with the characters each format must escape.
SAMPLE = """\
topic: sample
questions:
  - id: opening-theme-singer
    type: choice
    difficulty: easy
    prompt: Who performs the opening theme "Rouge"?
    answer: Yu-ka
    choices: [Dazbee, Yu-ka, Taisei Iwasaki, 10GAUGE]
    explanation: The opening theme, Rouge, is by Yu-ka.
    sources:
      - source: official-trailer-ruju-naomi
        quote: the opening theme, Rouge, by Yu-ka
  - id: special-characters
    type: choice
    difficulty: hard
    prompt: 'Which studio''s 25th anniversary: {one} = "~#1" & café?'
    answer: 'Bones: 25 = {#1}'
    choices: ['Bones: 25 = {#1}', 'Sunrise ~ Inc.', 'MAPPA \\ 2 < 3', 'Trigger > "Co" -- 2']
    explanation: 'Studio Bones: its 25th anniversary.'
    sources:
      - source: official-trailer-ruju-naomi
        quote: Studio Bones will celebrate its 25th anniversary with an original anime, Metallic Rouge.
  - id: staff-directors
    type: multi
    prompt: Which of these people are on the staff of Metallic Rouge?
    answer: [Yutaka Izubuchi, Motonobu Hori]
    choices: [Yutaka Izubuchi, Hideo Kojima, Motonobu Hori]
    explanation: Izubuchi is the chief director and Hori the director.
    sources:
      - source: special-music-clip
        quote: 'Director: Motonobu Hori'
  - id: based-on-manga
    type: truefalse
    prompt: Metallic Rouge is based on an existing manga.
    answer: false
    explanation: It is an original property.
    sources:
      - source: popverse-creators-roundtable
        quote: An original property, not based on an existing manga or game
  - id: clip-composer
    type: text
    prompt: Who composed the music of the clip "Crimson Lightning"?
    answer: Taisei Iwasaki
    accept: [Iwasaki]
    explanation: Taisei Iwasaki composed the music and wrote the lyrics.
    sources:
      - source: special-music-clip
        quote: The anime's music composer Taisei Iwasaki composed the music
  - id: artificial-humans
    type: number
    prompt: How many artificial humans are Rouge and Naomi sent to kill?
    answer: 9
    accept: [nine]
    explanation: They are sent to Mars to kill nine artificial humans.
    sources:
      - source: bones-trailer-anime-expo
        quote: Together, they have been sent on a mission to Mars to kill nine artificial humans
  - id: bones-anniversary
    type: number
    prompt: Which anniversary does Studio Bones celebrate with Metallic Rouge?
    answer: twenty-five
    explanation: Metallic Rouge marks the studio's 25th anniversary.
    sources:
      - source: official-trailer-ruju-naomi
        quote: Studio Bones will celebrate its 25th anniversary
  - id: announcement-order
    type: order
    prompt: Put these events in order.
    items: [Fuji TV announces the title, A trailer shows Rouge, The series premieres]
    explanation: Announced in March 2023, trailer in July 2023, premiere in January 2024.
    sources:
      - source: bones-trailer-anime-expo
        quote: On March 22, 2023, Fuji TV, on their Anime Lineup Presentation 2023 Livestream
"""

SOURCE_KEYS = ["id", "title", "byline", "publication", "origin"]
QUESTION_KEYS = [
    "id", "fact", "type", "topic", "difficulty", "prompt", "choices", "answer", "accept", "explanation",
    "sources",
]
# the question types each format can carry
CARRIES = {
    "moodle": {"choice", "multi", "truefalse", "text", "number", "order"},
    "gift": {"choice", "multi", "truefalse", "text", "number"},
    "aiken": {"choice"},
    "opentdb": {"choice", "truefalse"},
}


@pytest.fixture
def sample_bank(tmp_questions: Path):
    (tmp_questions / "curated" / "sample.yaml").write_text(SAMPLE, encoding="utf-8")
    loaded = load_bank(tmp_questions)
    assert not loaded.problems, "\n".join(map(str, loaded.problems))
    return loaded


def assert_json_contract(data: dict) -> None:
    assert list(data) == ["sources", "questions"]
    for source in data["sources"]:
        assert sorted(source) == sorted(SOURCE_KEYS)
        assert all(isinstance(source[k], str) for k in ("id", "title", "origin"))
        assert all(source[k] is None or isinstance(source[k], str) for k in ("byline", "publication"))
    for q in data["questions"]:
        assert sorted(q) == sorted(QUESTION_KEYS), q["id"]
        text_fields = ("id", "type", "topic", "difficulty", "prompt", "explanation")
        assert all(isinstance(q[k], str) for k in text_fields)
        assert all(isinstance(c, str) for c in q["choices"] + q["accept"])
        assert q["sources"] and all(sorted(s) == ["quote", "source"] for s in q["sources"])
        answer = q["answer"]
        if q["type"] in ("multi", "order"):
            assert isinstance(answer, list) and all(isinstance(a, str) for a in answer)
        elif q["type"] == "truefalse":
            assert isinstance(answer, bool)
        elif q["type"] == "number":
            assert isinstance(answer, int | float) and not isinstance(answer, bool)
        else:
            assert isinstance(answer, str)


def test_json_export_keeps_the_contract_keys_and_types(sample_bank):
    data = json.loads(export_bank(sample_bank, "json").text)
    assert_json_contract(data)
    assert [s["id"] for s in data["sources"]] == sorted(sample_bank.sources)
    by_id = {q["id"]: q for q in data["questions"]}
    assert by_id["staff-directors"]["answer"] == ["Yutaka Izubuchi", "Motonobu Hori"]
    assert by_id["based-on-manga"]["answer"] is False
    assert by_id["artificial-humans"]["answer"] == 9
    assert by_id["bones-anniversary"]["answer"] == 25  # written as words, exported as a number
    assert by_id["announcement-order"]["answer"] == by_id["announcement-order"]["choices"]
    assert by_id["clip-composer"]["accept"] == ["Iwasaki"]


def test_json_export_of_the_whole_bank_keeps_the_contract(bank):
    data = json.loads(export_bank(bank, "json").text)
    assert_json_contract(data)
    assert [q["id"] for q in data["questions"]] == [q.id for q in bank.questions]


def test_gift_escapes_special_characters_and_keeps_the_citation(sample_bank):
    text = export_bank(sample_bank, "gift").text
    assert (
        "// difficulty: hard\n"
        "// source: official-trailer-ruju-naomi: Studio Bones will celebrate its 25th anniversary"
        " with an original anime, Metallic Rouge.\n"
        '::special-characters::Which studio\'s 25th anniversary\\: \\{one\\} \\= "\\~\\#1" & café? {\n'
        "=Bones\\: 25 \\= \\{\\#1\\}\n"
        "~Sunrise \\~ Inc.\n"
        "~MAPPA \\\\ 2 < 3\n"
        '~Trigger > "Co" -- 2\n'
        "####Studio Bones\\: its 25th anniversary.\n"
        "}\n"
    ) in text
    assert "~%50%Yutaka Izubuchi\n~%-50%Hideo Kojima\n~%50%Motonobu Hori\n" in text
    assert "{FALSE####It is an original property.}" in text
    assert "{\n=Taisei Iwasaki\n=Iwasaki\n####" in text
    assert "{#25####Metallic Rouge marks" in text


@pytest.mark.parametrize(
    ("fmt", "note"),
    [
        ("json", None),
        ("gift", "gift: skipped 1 question(s) the format cannot carry (1 order)"),
        (
            "aiken",
            "aiken: skipped 6 question(s) the format cannot carry "
            "(1 multi, 2 number, 1 order, 1 text, 1 truefalse)",
        ),
        (
            "opentdb",
            "opentdb: skipped 5 question(s) the format cannot carry (1 multi, 2 number, 1 order, 1 text)",
        ),
    ],
)
def test_export_counts_what_the_format_cannot_carry(sample_bank, fmt, note):
    assert export_bank(sample_bank, fmt).note(fmt) == note


def test_opentdb_export_is_html_escaped_like_the_api(sample_bank):
    data = json.loads(export_bank(sample_bank, "opentdb").text)
    assert data["response_code"] == 0
    special = data["results"][1]
    assert special == {
        "type": "multiple",
        "difficulty": "hard",
        "category": "Entertainment: Japanese Anime &amp; Manga",
        "question": "Which studio&#039;s 25th anniversary: {one} = &quot;~#1&quot; &amp; caf&eacute;?",
        "correct_answer": "Bones: 25 = {#1}",
        "incorrect_answers": ["Sunrise ~ Inc.", "MAPPA \\ 2 &lt; 3", "Trigger &gt; &quot;Co&quot; -- 2"],
    }
    assert html.unescape(special["category"]) == "Entertainment: Japanese Anime & Manga"
    boolean = data["results"][2]
    assert (boolean["type"], boolean["correct_answer"], boolean["incorrect_answers"]) == (
        "boolean", "False", ["True"],
    )
    assert [r["type"] for r in data["results"]] == ["multiple", "multiple", "boolean"]


def carried(q, fmt: str) -> bool:
    if fmt == "opentdb" and q.type == "choice":  # one right and three wrong answers there
        return len(q.choices) == 4
    return q.type in CARRIES[fmt]


def assert_round_trip(bank, fmt: str) -> None:
    """Exported then read back, each question the format carries comes back the same."""
    expected = [q for q in bank.questions if carried(q, fmt)]
    parsed = parse(export_bank(bank, fmt).text, f"export.{fmt}", fmt)
    assert parsed.problems == [] and parsed.notes == []
    assert len(parsed.drafts) == len(expected)
    for q, draft in zip(expected, parsed.drafts, strict=True):
        assert (draft.type, draft.prompt) == (q.type, " ".join(q.prompt.split())), q.id
        if q.type == "number":
            assert draft.answer == parse_number(q.answer), q.id
        else:
            assert draft.answer == q.answer, q.id
        if fmt == "opentdb":  # the API lists the right answer apart from the wrong ones
            assert sorted(draft.choices) == sorted(q.choices), q.id
            assert draft.difficulty == q.difficulty
        elif q.type != "order":  # an order question's items come back in the right order
            assert draft.choices == (q.choices if q.type in ("choice", "multi") else ()), q.id
        if fmt in ("gift", "moodle"):  # these also carry the id, feedback, aliases and citations
            assert draft.id == q.id
            assert (draft.difficulty, draft.explanation) == (q.difficulty, " ".join(q.explanation.split()))
            assert draft.accept == (q.accept if q.type == "text" else ()), q.id
            assert draft.sources == [{"source": c.source, "quote": c.quote} for c in q.sources]
        if fmt == "moodle":  # and the topic, as a category
            assert draft.topic == q.topic


@pytest.mark.parametrize("fmt", IMPORT_FORMATS)
def test_each_export_reads_back_as_the_same_questions(sample_bank, fmt):
    assert_round_trip(sample_bank, fmt)


@pytest.mark.parametrize("fmt", IMPORT_FORMATS)
def test_the_whole_bank_reads_back_from_each_export(bank, fmt):
    assert_round_trip(bank, fmt)


def test_export_formats_are_the_documented_ones():
    assert EXPORT_FORMATS == ("json", "moodle", "gift", "aiken", "opentdb")


# ---------------------------------------------------------------- GIFT as Moodle writes it

MOODLE_GIFT = """\
// Moodle ignores comment lines
::Q1:: What's between orange and green in the spectrum?
{ =yellow # right; good! ~red # wrong, it's yellow ~blue # wrong, it's yellow }

::Q2:: Two plus {=two =2} equals four.

When was Ulysses S. Grant born? {#1822:0}

$CATEGORY: tom/dick

::Q4::1+1\\=2 {T}

::Q5:: Which are primary colours? {
~%50%red
~%50%blue
~%-100%green
####Red and blue are; green is not.
}

::Q6::[html]Is the caf&eacute; open? {FALSE}

Write an essay about Metallic Rouge. {}

::Q8:: Which animal eats which food? { =cat -> cat food =dog -> dog food }

Instructions only: no answer block here.
"""


def test_gift_reads_the_question_kinds_moodle_writes():
    result = parse(MOODLE_GIFT, "moodle.gift", "gift")
    assert result.problems == []
    got = [(d.line, d.id, d.type, d.prompt, d.answer, d.choices, d.accept) for d in result.drafts]
    assert got == [
        (2, "Q1", "choice", "What's between orange and green in the spectrum?", "yellow",
         ("yellow", "red", "blue"), ()),
        (5, "Q2", "text", "Two plus _____ equals four.", "two", (), ("2",)),
        (7, None, "number", "When was Ulysses S. Grant born?", 1822, (), ()),
        (11, "Q4", "truefalse", "1+1=2", True, (), ()),
        (13, "Q5", "multi", "Which are primary colours?", ("red", "blue"),
         ("red", "blue", "green"), ()),
        (20, "Q6", "truefalse", "Is the café open?", False, (), ()),
    ]
    assert result.drafts[4].explanation == "Red and blue are; green is not."
    # per-answer feedback is kept, after the answer it is for
    assert result.drafts[0].explanation == (
        "yellow: right; good! red: wrong, it's yellow. blue: wrong, it's yellow."
    )
    assert [d.topic for d in result.drafts] == [None, None, None, "dick", "dick", "dick"]
    assert [str(n) for n in result.notes] == [
        "moodle.gift:13: weights other than ~%50% per right and ~%-50% per wrong answer: "
        "picks may score differently here",
        "moodle.gift:22: skipped: an essay question ({}) has no answer to check",
        "moodle.gift:24: skipped: matching questions (a -> b) have no Rouge Quiz form",
        "moodle.gift:26: skipped: no { } answer block (a description, not a question)",
    ]


BROKEN_GIFT = """\
::unclosed title Who? {=a ~b}

Which one? {=a ~b

Two right? {=a =b ~c}

No right? {~a ~b}

Number range {#5..1}

Tolerance {#5:two}

Bad number {#five}

Missing blank line {=a ~b}
Next question {=c ~d}

// source: not a valid comment
Cited {=a ~b}

Empty answer {=a ~}

Text first {a =b}

Stray brace } here {=a ~b}
"""


def test_gift_reports_every_problem_at_its_line():
    result = parse(BROKEN_GIFT, "broken.gift", "gift")
    assert [str(p) for p in result.problems] == [
        "broken.gift:1: the title '::' is never closed by another '::'",
        "broken.gift:3: the answer block '{' is never closed by '}'",
        "broken.gift:5: more than one '=' answer: a choice question has one right answer "
        "(for several, weight them: ~%50%A ~%50%B ~%-50%C)",
        "broken.gift:7: no right answer: mark it with '=' (or several with ~%50%)",
        "broken.gift:9: '5..1' is not a number range (low..high)",
        "broken.gift:11: tolerance 'two' is not a number",
        "broken.gift:13: 'five' is not a number",
        "broken.gift:16: a second answer block: separate questions with a blank line",
        "broken.gift:18: a '// source:' comment reads '// source: SOURCE-ID: the quote'",
        "broken.gift:21: an empty answer after '~'",
        "broken.gift:23: cannot read the answers 'a =b': each answer starts with '=' (right) "
        "or '~' (wrong); or write T, F or #number",
        "broken.gift:25: '}' without an opening '{': write a literal brace as '\\}'",
    ]


# ---------------------------------------------------------------- Aiken

AIKEN = """\
What is the correct answer to this question?
A. Is it this one?
B) Maybe this answer?
C. Possibly this one?
ANSWER: B

Which studio made Metallic Rouge?
A. BONES
B. Sunrise
ANSWER: a
"""


def test_aiken_reads_questions_with_either_option_style():
    result = parse(AIKEN, "quiz.txt", "aiken")
    assert result.problems == []
    assert [(d.line, d.type, d.prompt, d.answer, d.choices) for d in result.drafts] == [
        (1, "choice", "What is the correct answer to this question?", "Maybe this answer?",
         ("Is it this one?", "Maybe this answer?", "Possibly this one?")),
        (7, "choice", "Which studio made Metallic Rouge?", "BONES", ("BONES", "Sunrise")),
    ]


BROKEN_AIKEN = """\
Question one?
A. x
B. y
ANSWER: E

Question two?
A. x
ANSWER: A

Question three?
A. x
B. y
Question four?
A. p
A. q
ANSWER: A
ANSWER: B
Question five?
A. x
B. y
ANSWER: AB
E. orphan
Last question?
A. x
B. y
"""


def test_aiken_reports_every_problem_at_its_line():
    result = parse(BROKEN_AIKEN, "broken.txt", "aiken")
    assert [str(p) for p in result.problems] == [
        "broken.txt:4: ANSWER: E names no option (options: A, B)",
        "broken.txt:6: a question needs at least 2 options (A. ..., B. ...)",
        "broken.txt:10: missing 'ANSWER:' line after this question's options",
        "broken.txt:15: option letter 'A' is used twice",
        "broken.txt:17: 'ANSWER:' line without a question before it",
        "broken.txt:21: 'ANSWER:' is followed by one option letter, not 'AB'",
        "broken.txt:22: option 'E.' has no question line before it",
        "broken.txt:23: missing 'ANSWER:' line after this question's options",
    ]
    assert result.drafts == []


# ---------------------------------------------------------------- Open Trivia DB

OPENTDB = """\
{"response_code":0,"results":[
{"type":"multiple","difficulty":"easy","category":"Entertainment: Japanese Anime &amp; Manga",
 "question":"In &quot;Metallic Rouge&quot;, who is Rouge&#039;s partner?",
 "correct_answer":"Naomi Orthmann","incorrect_answers":["Jean Junghardt","Noid 262","Ren&eacute;"]},
{"type":"boolean","difficulty":"hard","category":"Entertainment: Japanese Anime &amp; Manga",
 "question":"Metallic Rouge is set on Mars.","correct_answer":"True","incorrect_answers":["False"]}
]}
"""


def test_opentdb_reads_the_api_response_and_unescapes_it():
    result = parse(OPENTDB, "api.json", "opentdb")
    assert result.problems == []
    choice, boolean = result.drafts
    assert (choice.line, choice.type, choice.difficulty) == (2, "choice", "easy")
    assert choice.prompt == "In \"Metallic Rouge\", who is Rouge's partner?"
    assert choice.answer == "Naomi Orthmann"
    assert sorted(choice.choices) == ["Jean Junghardt", "Naomi Orthmann", "Noid 262", "René"]
    assert (boolean.line, boolean.type, boolean.answer, boolean.difficulty) == (5, "truefalse", True, "hard")


BROKEN_OPENTDB = """\
{
  "response_code": 0,
  "results": [
    {
      "type": "multiple",
      "question": "Fine?",
      "correct_answer": "A",
      "incorrect_answers": ["B"]
    },
    {
      "type": "text",
      "difficulty": "insane",
      "question": "",
      "correct_answer": "A",
      "incorrect_answers": []
    },
    {
      "type": "boolean",
      "question": "Sky is blue",
      "correct_answer": "Yes",
      "incorrect_answers": ["No"]
    },
    {
      "type": "multiple",
      "question": "Missing answers?"
    },
    "not an object"
  ]
}
"""


def test_opentdb_reports_every_problem_at_its_line():
    result = parse(BROKEN_OPENTDB, "bad.json", "opentdb")
    assert [str(p) for p in result.problems] == [
        "bad.json:11: type must be 'multiple' or 'boolean', not 'text'",
        "bad.json:12: difficulty must be easy, medium or hard, not 'insane'",
        "bad.json:13: 'question' must be non-empty text",
        "bad.json:15: 'incorrect_answers' must be a list of at least one text",
        "bad.json:20: a boolean question's correct_answer is 'True' or 'False', not 'Yes'",
        "bad.json:23: missing field 'correct_answer'",
        "bad.json:23: missing field 'incorrect_answers'",
        "bad.json:27: each result is an object with type, question, correct_answer, ...",
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"results": [}', "x.json:1: not valid JSON: Expecting value (column 14)"),
        ('[1, 2]', 'x.json:1: expected an Open Trivia DB response: an object with "results": [...]'),
        ('{"response_code": 1, "results": []}',
         "x.json:1: response_code 1 (no results): the response holds no questions"),
    ],
)
def test_opentdb_refuses_what_is_not_a_response(text, message):
    assert [str(p) for p in parse(text, "x.json", "opentdb").problems] == [message]
