"""Reading question YAML: the same meaning as editors (YAML 1.2), bounded work, located errors.

Files are checked through the real `quiz check` command (the `check_file` fixture), or read
with `read_yaml` where the budget itself is measured.
"""

from __future__ import annotations

import time
import tracemalloc

import pytest

from quiz.bank.files import MAX_ALIAS_EVENTS, read_yaml

QUESTION = """\
topic: music
questions:
  - id: c-example
    type: {type}
    prompt: Does Dazbee sing the ending theme "Scarlet"?
    answer: {answer}
    explanation: The ending theme is "Scarlet", sung by Dazbee.
    sources:
      - source: official-trailer-ruju-naomi
        quote: Dazbee sings the ending theme, Scarlet.
"""


def truth_word(word: str) -> str:
    return (
        f"{word!r} is a truth value only in YAML 1.1 (editors read it as text): "
        f"write true or false for a truth value, or put it in quotes ('{word}') for text"
    )


@pytest.mark.parametrize("word", ["yes", "no", "on", "off", "Yes", "NO", "On", "OFF"])
def test_a_yaml_1_1_truth_word_is_refused_where_it_stands(check_file, word):
    out = check_file(QUESTION.format(type="truefalse", answer=word))
    assert out == ["6:13: " + truth_word(word), "6:13: a truefalse answer is true or false"]


@pytest.mark.parametrize("word", ["true", "false", "True", "FALSE"])
def test_truth_values_both_versions_read_alike_pass(check_file, word):
    assert check_file(QUESTION.format(type="truefalse", answer=word)) == []


def test_quoted_truth_words_are_text_in_choices(check_file):
    text = QUESTION.format(type="choice", answer="'Yes'") + "    choices: ['Yes', \"No\", 'on']\n"
    assert check_file(text) == []


def test_each_bare_truth_word_of_an_inline_list_is_located(check_file):
    text = QUESTION.format(type="choice", answer="'Yes'") + "    choices: ['Yes', no, 'on', Off]\n"
    out = check_file(text)
    assert out == ["11:22: " + truth_word("no"), "11:32: " + truth_word("Off")]


@pytest.mark.parametrize(
    ("written", "read_as"),
    [("1:30", 90), ("010", 8), ("1_000", 1000), ("0b101", 5)],
)
def test_numbers_only_yaml_1_1_reads_are_refused(check_file, written, read_as):
    # "1:30" would otherwise become the text answer "90"
    out = check_file(QUESTION.format(type="text", answer=written))
    assert out == [
        f"6:13: {written!r} is the number {read_as} only in YAML 1.1 (editors read it otherwise): "
        f"write the number in plain digits, or put it in quotes ('{written}') for text"
    ]


def test_a_bare_date_is_refused_as_editors_read_it_as_text(check_file):
    out = check_file(QUESTION.format(type="text", answer="2024-01-11"))
    assert out == [
        "6:13: '2024-01-11' is a date only in YAML 1.1 (editors read it as text): "
        "put it in quotes ('2024-01-11')"
    ]
    assert check_file(QUESTION.format(type="text", answer="'2024-01-11'")) == []


def billion_laughs(levels: int = 9) -> str:
    lines = ['lol0: &lol0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for n in range(1, levels):
        lines.append(f"lol{n}: &lol{n} [" + ", ".join([f"*lol{n - 1}"] * 9) + "]")
    return "topic: music\n" + "\n".join(lines) + "\nquestions: *lol8\n"


def test_a_billion_laughs_file_is_refused_at_once_in_little_memory():
    tracemalloc.start()
    started = time.perf_counter()
    doc, problems = read_yaml("laughs.yaml", billion_laughs().encode())
    seconds = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert doc is None
    assert [str(p) for p in problems] == [
        f"laughs.yaml:6:14: aliases expand to more than {MAX_ALIAS_EVENTS:,} values "
        "(a 'billion laughs' file?); write the values out instead"
    ]
    # expanding the file would take hours: a generous bound tells refusing from expanding
    # without failing on a loaded machine (it takes a few hundredths of a second)
    assert seconds < 30.0
    assert peak < 20_000_000  # bytes: the expansion would need gigabytes


def test_quiz_check_reports_a_billion_laughs_file(check_file):
    out = check_file(billion_laughs())
    assert out == [
        f"6:14: aliases expand to more than {MAX_ALIAS_EVENTS:,} values "
        "(a 'billion laughs' file?); write the values out instead"
    ]


def test_anchors_and_aliases_within_the_budget_still_work(check_file):
    text = QUESTION.format(type="choice", answer="Dazbee").replace(
        "    sources:\n      - source", "    choices: &singers [Dazbee, Yu-ka, Taisei Iwasaki]\n"
        "    sources:\n      - source"
    )
    text += QUESTION.format(type="choice", answer="Yu-ka").split("questions:\n")[1].replace(
        "c-example", "c-other"
    ).replace("    sources:\n", "    choices: *singers\n    sources:\n")
    assert check_file(text) == []


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("a: &x [1, *x]\n", "1:11: alias '*x' is inside the value it names"),
        ("a: *nowhere\n", "1:4: alias '*nowhere' names no anchor ('&nowhere') above it"),
        ("a: 1\n---\nb: 2\n", "2:1: a question file holds one YAML document: remove the second '---'"),
        ("a: " + "[" * 100_000 + "]" * 100_000 + "\n", "1:67: nested more than 64 levels deep"),
    ],
    ids=["an alias inside its own anchor", "an unknown alias", "two documents", "deep nesting"],
)
def test_files_that_cannot_be_built_get_one_located_problem(text, problem):
    doc, problems = read_yaml("f.yaml", text.encode())
    assert doc is None
    assert [str(p) for p in problems] == [f"f.yaml:{problem}"]


def test_reading_files_again_and_again_keeps_no_memory():
    # a reader that remembered what it built would grow with every file a long-lived app reads
    text = ("numbers: [" + ", ".join(str(n) for n in range(2000)) + "]\n").encode()
    read_yaml("n.yaml", text)
    tracemalloc.start()
    for _ in range(50):
        doc, problems = read_yaml("n.yaml", text)
    del doc
    grown = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    assert problems == []
    assert grown < 1_000_000  # bytes still held after 50 reads of 2,000 numbers
