"""`quiz check`: every broken rule reported as the exact `path:line:col: message`, never a traceback.

Each test builds a bank in a temporary folder (the real corpus copied into `sources/`), writes
question files into it, and runs the real command through click's test runner.
"""

from __future__ import annotations

import os
import pathlib
import shutil
import subprocess
import sys
import textwrap

import pytest
from click.testing import CliRunner

from quiz.bank.model import QUESTION_TYPES
from quiz.cli import main
from quiz.config import PROJECT_ROOT

QUESTIONS = PROJECT_ROOT / "questions"
KNOWN = (
    "known: bones-trailer-anime-expo, official-trailer-ruju-naomi, "
    "popverse-creators-roundtable, release-date-sci-fi-noir, special-music-clip"
)

GOOD_QUESTION = """\
  - id: {id}
    type: choice
    prompt: Who sings the ending theme "Scarlet"?
    answer: Dazbee
    choices: [Dazbee, Yu-ka, Taisei Iwasaki, Yume Miyamoto]
    explanation: The ending theme is "Scarlet", sung by Dazbee.
    sources:
      - source: official-trailer-ruju-naomi
        quote: Dazbee sings the ending theme, Scarlet.
"""


def question_file(*ids: str, topic: str = "music") -> str:
    return f"topic: {topic}\nquestions:\n" + "".join(GOOD_QUESTION.format(id=i) for i in ids)


@pytest.fixture
def bank(tmp_path, monkeypatch):
    """A bank folder `questions/` in a temporary working directory, with the real corpus."""
    folder = tmp_path / "questions"
    shutil.copytree(QUESTIONS / "sources", folder / "sources")
    (folder / "curated").mkdir()
    (folder / "generated").mkdir()
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("QUIZ_QUESTIONS_DIR", "questions")
    return folder


def write(bank, name: str, text: str | bytes) -> str:
    """Write a question file into curated/; returns its path as `quiz check` prints it."""
    path = bank / "curated" / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return f"questions/curated/{name}"


def check(*args: str):
    result = CliRunner().invoke(main, ["check", *args], catch_exceptions=False)
    assert "Traceback" not in result.output
    return result


def lines(result) -> list[str]:
    return result.stdout.splitlines()


def broken(bank, name: str, text: str | bytes) -> tuple[str, list[str]]:
    """Write one file, check the bank, expect a failure; (path, problem lines)."""
    path = write(bank, name, text)
    result = check()
    assert result.exit_code == 1, result.output
    return path, lines(result)


# -- one rule at a time ------------------------------------------------------------------


def test_a_good_file_passes(bank):
    write(bank, "music.yaml", question_file("c-scarlet"))
    result = check()
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert result.stderr == "ok: 1 question in 1 file, no problems found.\n"


def test_duplicate_id_in_two_files(bank):
    write(bank, "a.yaml", question_file("c-same"))
    path, out = broken(bank, "b.yaml", question_file("c-same"))
    assert out == [
        f"{path}:3:9: duplicate id 'c-same': already used at questions/curated/a.yaml:3"
    ]


def test_unknown_type(bank):
    text = question_file("c-x").replace("type: choice", "type: pick")
    path, out = broken(bank, "t.yaml", text)
    expected = ", ".join(QUESTION_TYPES)
    assert out == [f"{path}:4:11: unknown type 'pick'; expected one of {expected}"]


def test_missing_field(bank):
    text = question_file("c-x").replace("    answer: Dazbee\n", "")
    path, out = broken(bank, "m.yaml", text)
    assert out == [f"{path}:3:5: missing field 'answer' (a choice question needs it)"]


def test_missing_prompt_and_sources(bank):
    text = question_file("c-x").replace('    prompt: Who sings the ending theme "Scarlet"?\n', "")
    text = text.split("    sources:")[0]
    path, out = broken(bank, "m.yaml", text)
    assert out == [
        f"{path}:3:5: missing field 'prompt'",
        f"{path}:3:5: missing field 'sources': every question cites at least one quote",
    ]


def test_answer_not_among_the_choices(bank):
    text = question_file("c-x").replace("answer: Dazbee", "answer: Scarlet")
    path, out = broken(bank, "a.yaml", text)
    assert out == [f"{path}:6:13: answer 'Scarlet' is not among the choices"]


def test_duplicate_choices_after_normalisation(bank):
    text = question_file("c-x").replace(
        "choices: [Dazbee, Yu-ka, Taisei Iwasaki, Yume Miyamoto]",
        "choices: [Dazbee, Yu-ka, dazbee.]",
    )
    path, out = broken(bank, "d.yaml", text)
    assert out == [
        f"{path}:7:30: duplicate choice 'dazbee.': same as 'Dazbee' "
        "once case and punctuation are ignored"
    ]


def test_unknown_source(bank):
    text = question_file("c-x").replace(
        "source: official-trailer-ruju-naomi", "source: official-trailer"
    )
    path, out = broken(bank, "s.yaml", text)
    assert out == [
        f"{path}:10:17: unknown source 'official-trailer' "
        f"(did you mean 'official-trailer-ruju-naomi'?); {KNOWN}"
    ]


def test_quote_not_in_the_source(bank):
    text = question_file("c-x").replace(
        "quote: Dazbee sings the ending theme, Scarlet.", "quote: Dazbee sings the opening theme."
    )
    path, out = broken(bank, "q.yaml", text)
    assert out == [
        f"{path}:11:16: quote not found in source 'official-trailer-ruju-naomi': "
        "'Dazbee sings the opening theme.'"
    ]


def test_quote_matches_across_curly_quotes_and_spacing(bank):
    # the article writes "they’re" with a curly apostrophe and single spaces
    text = question_file("c-x").replace(
        "quote: Dazbee sings the ending theme, Scarlet.",
        "quote: \"She reveals they're   tasked to carry out a government mission\"",
    )
    write(bank, "q.yaml", text)
    assert check().exit_code == 0


def test_quote_inside_a_skipped_passage(bank):
    text = question_file("c-x").replace(
        "quote: Dazbee sings the ending theme, Scarlet.",
        "quote: Jonnalyn is a book lover who discovers Netflix",
    )
    path, out = broken(bank, "k.yaml", text)
    assert out == [
        f"{path}:11:16: quote is inside a passage source 'official-trailer-ruju-naomi' "
        "marks skip (boilerplate or off-topic); cite the article itself"
    ]


def test_html_in_a_prompt(bank):
    text = question_file("c-x").replace(
        'prompt: Who sings the ending theme "Scarlet"?', "prompt: Who sings the <b>ending</b> theme?"
    )
    path, out = broken(bank, "h.yaml", text)
    assert out == [f"{path}:5:13: prompt contains HTML '<b>': question text is plain text only"]


def test_html_entity_in_an_explanation(bank):
    text = question_file("c-x").replace("sung by Dazbee.", "sung by Dazbee&nbsp;.")
    path, out = broken(bank, "h.yaml", text)
    assert out == [
        f"{path}:8:18: explanation contains HTML '&nbsp;': question text is plain text only"
    ]


def test_a_less_than_sign_is_not_html(bank):
    text = question_file("c-x").replace(
        'prompt: Who sings the ending theme "Scarlet"?',
        "prompt: Is it true that 2 < 3 and Dazbee < Yu-ka > Rouge in this list?",
    )
    write(bank, "lt.yaml", text)
    assert check().exit_code == 0


def test_bad_yaml_syntax(bank):
    text = question_file("c-x").replace(
        "choices: [Dazbee, Yu-ka, Taisei Iwasaki, Yume Miyamoto]", "choices: [Dazbee, Yu-ka"
    )
    path, out = broken(bank, "y.yaml", text)
    # shown where the list opened, not on the next line where the parser gave up
    assert out == [
        f"{path}:7:14: YAML syntax error: while parsing a flow sequence: "
        "expected ',' or ']', but got ':'; is the closing ']' missing?"
    ]


def test_an_unclosed_quote(bank):
    text = question_file("c-x").replace(
        'prompt: Who sings the ending theme "Scarlet"?', "prompt: 'Who sings the ending theme?"
    )
    path, out = broken(bank, "q.yaml", text)
    assert out == [
        f"{path}:5:13: YAML syntax error: while scanning a quoted scalar: "
        "found unexpected end of stream; is the closing quote missing?"
    ]


def test_unquoted_colon_gets_a_hint(bank):
    text = question_file("c-x").replace(
        'prompt: Who sings the ending theme "Scarlet"?', "prompt: Ending theme: who sings it?"
    )
    path, out = broken(bank, "c.yaml", text)
    assert out == [
        f"{path}:5:25: YAML syntax error: mapping values are not allowed here; "
        "put text that contains ': ' in quotes"
    ]


def test_a_tab_gets_a_hint(bank):
    path, out = broken(bank, "tab.yaml", "topic: music\nquestions:\n\t- id: c-x\n")
    assert out == [
        f"{path}:3:1: YAML syntax error: while scanning for the next token: "
        "found character '\\t' that cannot start any token; indent with spaces, not tabs"
    ]


def test_a_file_that_is_not_utf8(bank):
    data = question_file("c-x").replace("Who sings", "Qui chante (caf\u00e9)").encode("latin-1")
    path, out = broken(bank, "latin.yaml", data)
    assert out == [f"{path}:5:28: not UTF-8 text (byte 0xe9); save the file as UTF-8"]


@pytest.mark.parametrize("text", ["", "\n\n", "# yaml-language-server: $schema=../schema.json\n"])
def test_an_empty_file(bank, text):
    path, out = broken(bank, "empty.yaml", text)
    assert out == [f"{path}:1:1: the file is empty: it needs 'topic:' and 'questions:'"]


def test_a_file_with_no_questions(bank):
    path, out = broken(bank, "none.yaml", "topic: music\nquestions: []\n")
    assert out == [f"{path}:2:12: 'questions' is empty: list at least one"]


def test_a_file_that_is_not_a_mapping(bank):
    path, out = broken(bank, "list.yaml", "- id: c-x\n")
    assert out == [f"{path}:1:1: a question file is a mapping with 'topic:' and 'questions:'"]


def test_a_bad_number_answer(bank):
    text = """\
        topic: story-world
        questions:
          - id: c-n
            type: number
            prompt: How many?
            answer: [1, 2]
            explanation: Nine.
            sources:
              - source: release-date-sci-fi-noir
                quote: to eliminate nine artificial humans
        """
    path, out = broken(bank, "n.yaml", text)
    assert out == [f"{path}:6:13: a number answer is a number or number words, not [1, 2]"]


def test_a_broken_source_file_is_reported(bank):
    source = bank / "sources" / "special-music-clip.md"
    source.write_text(
        source.read_text(encoding="utf-8").replace("- from: Saras Rajpal", "- from: Sara Rajpal"),
        encoding="utf-8",
    )
    write(bank, "music.yaml", question_file("c-x"))
    result = check()
    assert result.exit_code == 1
    assert lines(result) == [
        "questions/sources/special-music-clip.md:2:1: "
        "skip entry 'Sara Rajpal' starts no line of the article"
    ]


def test_a_skip_range_that_never_ends_is_reported(bank):
    source = bank / "sources" / "official-trailer-ruju-naomi.md"
    text = source.read_text(encoding="utf-8")
    text = text.replace("- from: About the author", "- {from: About the author, to: Nobody}")
    source.write_text(text, encoding="utf-8")
    write(bank, "music.yaml", question_file("c-x"))
    result = check()
    assert result.exit_code == 1
    assert lines(result) == [
        "questions/curated/music.yaml:10:17: source 'official-trailer-ruju-naomi' could not be "
        "loaded: fix the problem reported for its file",
        "questions/sources/official-trailer-ruju-naomi.md:2:1: "
        "skip entry 'Nobody' starts no line of the article",
    ]


# -- several problems, order, summary ------------------------------------------------------


def test_several_problems_in_one_file_are_all_reported_sorted_by_line(bank):
    text = """\
        topic: music
        questions:
          - id: c-many
            type: choice
            prompt: Who sings <i>Scarlet</i>?
            choices: [Dazbee, DAZBEE]
            hint: not a field
            explanation: Dazbee.
            sources:
              - source: popverse
                quote: Dazbee sings the ending theme, Scarlet.
          - id: c-many
            type: truefalse
            difficulty: trivial
            prompt: Dazbee sings the ending theme.
            answer: "yes"
            explanation: It says so.
            sources:
              - source: official-trailer-ruju-naomi
                quote: Dazbee sings the opening theme.
        """
    path, out = broken(bank, "many.yaml", text)
    assert out == [
        f"{path}:3:5: missing field 'answer' (a choice question needs it)",
        f"{path}:5:13: prompt contains HTML '<i>': question text is plain text only",
        f"{path}:6:23: duplicate choice 'DAZBEE': same as 'Dazbee' "
        "once case and punctuation are ignored",
        f"{path}:7:5: unknown field 'hint'",
        f"{path}:10:17: unknown source 'popverse' "
        f"(did you mean 'popverse-creators-roundtable'?); {KNOWN}",
        f"{path}:12:9: duplicate id 'c-many': already used at {path}:3",
        f"{path}:14:17: difficulty must be one of easy, medium, hard",
        f"{path}:16:13: a truefalse answer is true or false",
        f"{path}:20:16: quote not found in source 'official-trailer-ruju-naomi': "
        "'Dazbee sings the opening theme.'",
    ]


def test_problems_in_several_files_are_sorted_by_path(bank):
    write(bank, "b.yaml", "")
    write(bank, "a.yaml", question_file("c-a").replace("type: choice", "type: pick"))
    (bank / "generated" / "g.yaml").write_text("", encoding="utf-8")
    result = check()
    assert result.exit_code == 1
    paths = [line.split(":")[0] for line in lines(result)]
    assert paths == [
        "questions/curated/a.yaml",
        "questions/curated/b.yaml",
        "questions/generated/g.yaml",
    ]
    assert result.stderr == "3 problems in 3 files.\n"


# -- what to check -------------------------------------------------------------------------


def test_checking_a_single_file(bank):
    good = write(bank, "good.yaml", question_file("c-good"))
    write(bank, "bad.yaml", "")
    result = check(good)
    assert result.exit_code == 0, result.output
    assert result.stderr == "ok: 1 question in 1 file, no problems found.\n"
    bad = check("questions/curated/bad.yaml")
    assert bad.exit_code == 1
    assert lines(bad) == [
        "questions/curated/bad.yaml:1:1: the file is empty: it needs 'topic:' and 'questions:'"
    ]


def test_a_single_file_still_sees_ids_taken_elsewhere_in_the_bank(bank):
    write(bank, "a.yaml", question_file("c-same"))
    b = write(bank, "b.yaml", question_file("c-same", "c-other"))
    result = check(b)
    assert result.exit_code == 1
    assert lines(result) == [
        f"{b}:3:9: duplicate id 'c-same': already used at questions/curated/a.yaml:3"
    ]


def test_checking_a_folder(bank, tmp_path):
    folder = tmp_path / "drafts"
    (folder / "deep").mkdir(parents=True)
    (folder / "one.yaml").write_text(question_file("c-one"), encoding="utf-8")
    (folder / "deep" / "two.yml").write_text(question_file("c-two", "c-three"), encoding="utf-8")
    (folder / "notes.txt").write_text("not a question file", encoding="utf-8")
    result = check("drafts")
    assert result.exit_code == 0, result.output
    assert result.stderr == "ok: 3 questions in 2 files, no problems found.\n"
    (folder / "deep" / "two.yml").write_text(question_file("c-one"), encoding="utf-8")
    clash = check("drafts")
    assert clash.exit_code == 1
    assert lines(clash) == [
        "drafts/one.yaml:3:9: duplicate id 'c-one': already used at drafts/deep/two.yml:3"
    ]


def test_a_file_named_twice_is_checked_once(bank):
    path = write(bank, "music.yaml", question_file("c-once"))
    result = check(path, path, "questions/curated")
    assert result.exit_code == 0, result.output


def test_a_path_that_does_not_exist(bank):
    result = check("questions/curated/nope.yaml")
    assert result.exit_code == 1
    assert lines(result) == ["questions/curated/nope.yaml:1:1: no such file or folder"]


def test_a_folder_with_no_question_files(bank, tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "README.md").write_text("notes", encoding="utf-8")
    result = check("empty")
    assert result.exit_code == 1
    assert lines(result) == ["empty:1:1: no question files (*.yaml or *.yml) in this folder"]


def test_a_bank_with_no_question_files(bank):
    result = check()
    assert result.exit_code == 1
    assert lines(result) == [
        "questions:1:1: no question files (*.yaml) in curated/ or generated/"
    ]


def test_a_file_that_is_not_yaml(bank):
    result = check("questions/sources/special-music-clip.md")
    assert result.exit_code == 1
    assert lines(result) == [
        "questions/sources/special-music-clip.md:1:1: "
        "not a question file: those end in .yaml or .yml"
    ]


def test_a_missing_questions_folder(bank, monkeypatch):
    monkeypatch.setenv("QUIZ_QUESTIONS_DIR", "elsewhere")
    result = check()
    assert result.exit_code == 1
    assert lines(result) == [
        "elsewhere:1:1: questions folder not found; run from the project or set QUIZ_QUESTIONS_DIR"
    ]


def test_a_missing_sources_folder(bank):
    shutil.rmtree(bank / "sources")
    write(bank, "music.yaml", question_file("c-x"))
    result = check()
    assert result.exit_code == 1
    assert lines(result) == [
        "questions/curated/music.yaml:10:17: unknown source 'official-trailer-ruju-naomi'; "
        "known: none",
        "questions/sources:1:1: no sources folder: the corpus lives in questions/sources/",
    ]


def test_an_unreadable_file(bank, monkeypatch):
    path = write(bank, "locked.yaml", question_file("c-x"))
    real_read = pathlib.Path.read_bytes

    def refuse(self):
        if self.name == "locked.yaml":
            raise PermissionError(13, "Permission denied", str(self))
        return real_read(self)

    # root reads any file whatever its mode, so the refusal is made by hand
    monkeypatch.setattr(pathlib.Path, "read_bytes", refuse)
    result = check(path)
    assert result.exit_code == 1
    assert lines(result) == [f"{path}:1:1: cannot read file: Permission denied"]


# -- the real bank, through the installed entry point ----------------------------------------


def test_the_real_bank_is_ok():
    done = subprocess.run(
        [sys.executable, "-c", "from quiz.cli import main; main()", "check"],
        capture_output=True,
        text=True,
        cwd=PROJECT_ROOT,
        env={k: v for k, v in os.environ.items() if k != "QUIZ_QUESTIONS_DIR"},
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout == ""
    assert done.stderr.startswith("ok: ")
    assert done.stderr.endswith(" no problems found.\n")


def test_a_broken_bank_exits_1_without_a_traceback(tmp_path):
    folder = tmp_path / "questions"
    shutil.copytree(QUESTIONS / "sources", folder / "sources")
    (folder / "curated").mkdir()
    (folder / "curated" / "bad.yaml").write_text("topic: music\nquestions: [\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", "from quiz.cli import main; main()", "check"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "QUIZ_QUESTIONS_DIR": str(folder)},
        timeout=120,
        check=False,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stdout == (
        "questions/curated/bad.yaml:3:1: YAML syntax error: while parsing a flow node: "
        "expected the node content, but found '<stream end>'; "
        "is a closing ']' or '}' missing?\n"
    )
    assert done.stderr == "1 problem in 1 file.\n"
