"""Aiken as Moodle reads it, and Open Trivia DB responses in each of the API's four encodings."""

from __future__ import annotations

import base64
import json
import urllib.parse
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from quiz.bank.formats import export_bank, parse
from quiz.cli import main

AIKEN = """\
Which studio made Metallic Rouge?
A.Bones
B.Sunrise
ANSWER: A. Bones

Which earlier series is the studio's?
A. <Space Dandy>
B. Cowboy Bebop & co
ANSWER: A
"""


def quiz(questions: Path, *args: str):
    return CliRunner().invoke(main, [str(a) for a in args], env={"QUIZ_QUESTIONS_DIR": str(questions)})


def test_aiken_reads_what_moodle_reads():
    result = parse(AIKEN, "a.txt", "aiken")
    assert result.problems == []
    assert [(d.prompt, d.answer, d.choices) for d in result.drafts] == [
        ("Which studio made Metallic Rouge?", "Bones", ("Bones", "Sunrise")),
        ("Which earlier series is the studio's?", "<Space Dandy>", ("<Space Dandy>", "Cowboy Bebop & co")),
    ]


def test_aiken_text_that_looks_like_html_is_kept_as_text(tmp_questions, tmp_path):
    source = tmp_path / "a.txt"
    source.write_text(AIKEN, encoding="utf-8")
    out = tmp_questions / "curated" / "aiken.yaml"
    done = quiz(tmp_questions, "import", source, "--format", "aiken", "-o", out)
    assert done.exit_code == 0, done.stderr
    assert f"{source}:6: text that reads as an HTML tag or entity is kept as text" in done.stderr
    assert "answer: ‹Space Dandy›" in out.read_text(encoding="utf-8")
    checked = quiz(tmp_questions, "check", out)
    assert "contains HTML" not in checked.output


# A response as the API sends it: https://opentdb.com/api.php?amount=2&encode=...
QUESTIONS = [
    {"type": "multiple", "difficulty": "hard", "category": "Entertainment: Japanese Anime & Manga",
     "question": "Which studio's 25th anniversary is \"Metallic Rouge\" (café + 100% ~ new)?",
     "correct_answer": "Bones", "incorrect_answers": ["Sunrise", "MAPPA", "Trigger & Co"]},
    {"type": "boolean", "difficulty": "easy", "category": "Entertainment: Japanese Anime & Manga",
     "question": "Naomi is seen eating ramen in the official trailer.",
     "correct_answer": "True", "incorrect_answers": ["False"]},
]
ENCODERS = {
    "default": lambda s: s.replace("&", "&amp;").replace('"', "&quot;").replace("'", "&#039;")
    .replace("é", "&eacute;"),
    "urlLegacy": lambda s: urllib.parse.quote_plus(s, safe=""),  # PHP's urlencode
    "url3986": lambda s: urllib.parse.quote(s, safe="~"),  # PHP's rawurlencode
    "base64": lambda s: base64.b64encode(s.encode()).decode(),
}


def response(encoding: str) -> str:
    encode = ENCODERS[encoding]
    results = [
        {key: [encode(v) for v in value] if isinstance(value, list) else encode(value)
         for key, value in item.items()}
        for item in QUESTIONS
    ]
    return json.dumps({"response_code": 0, "results": results}, indent=2)


def expected() -> list:
    plain = parse(json.dumps({"response_code": 0, "results": QUESTIONS}), "plain.json", "opentdb")
    return [(d.type, d.prompt, d.answer, d.choices, d.difficulty) for d in plain.drafts]


@pytest.mark.parametrize("encoding", list(ENCODERS))
@pytest.mark.parametrize("told", [False, True], ids=["detected", "named"])
def test_opentdb_reads_every_encoding_of_the_api(encoding, told):
    options = {"encoding": encoding} if told else {}
    result = parse(response(encoding), f"{encoding}.json", "opentdb", **options)
    assert result.problems == []
    got = [(d.type, d.prompt, d.answer, d.choices, d.difficulty) for d in result.drafts]
    assert got == expected()
    assert result.drafts[0].prompt == (
        "Which studio's 25th anniversary is \"Metallic Rouge\" (café + 100% ~ new)?"
    )


def test_opentdb_encoding_option_reaches_the_importer(tmp_questions, tmp_path):
    source = tmp_path / "b64.json"
    source.write_text(response("base64"), encoding="utf-8")
    done = quiz(tmp_questions, "import", source, "--format", "opentdb", "--encoding", "base64")
    assert done.exit_code == 0, done.stderr
    assert "café + 100% ~ new" in done.stdout
    wrong = quiz(tmp_questions, "import", source, "--format", "opentdb", "--encoding", "url3986")
    # base64 text is left as it is by URL decoding, and refused, not imported as garbage
    assert wrong.exit_code == 1
    assert "type must be 'multiple' or 'boolean', not 'bXVsdGlwbGU='" in wrong.stderr


def test_opentdb_reports_text_that_is_not_the_named_encoding():
    text = response("default").replace('"Sunrise"', '"not base64!"')
    result = parse(text, "x.json", "opentdb", encoding="base64")
    assert [str(p) for p in result.problems][:1] == [
        "x.json:4: cannot decode this result as base64 (--encoding names the API's encode= parameter)"
    ]


def test_opentdb_export_writes_only_questions_with_three_wrong_answers(bank):
    # The bank offers four options per choice question; a copy of one cut to three shows
    # what the export leaves out and says so.
    first = next(q for q in bank.questions if q.type == "choice")
    wrong = [c for c in first.choices if c != first.answer][:2]
    three = replace(first, id="c-three-options", prompt=f"{first.prompt} (three options)",
                    choices=(first.answer, *wrong))
    result = export_bank(replace(bank, questions=(*bank.questions, three)), "opentdb")
    data = json.loads(result.text)
    multiple = [r for r in data["results"] if r["type"] == "multiple"]
    assert multiple and all(len(r["incorrect_answers"]) == 3 for r in multiple)
    assert not any("(three options)" in r["question"] for r in data["results"])
    short = sum(1 for q in bank.questions if q.type == "choice" and len(q.choices) != 4)
    assert f"{short + 1} choice without exactly 4 choices" in result.note("opentdb")
