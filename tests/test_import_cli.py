"""`quiz import` and `quiz export`: files in, question files out, nothing half-written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from quiz.cli import main

UNCITED = "missing field 'sources': every question cites at least one quote"
ALL_CITED = "No sentence of the corpus holds"  # the start of the warning about uncited questions

GIFT = """\
// difficulty: easy
::opening-theme::Who performs the opening theme "Rouge"? {=Yu-ka ~Dazbee ~10GAUGE}

Who directs Metallic Rouge? {
=Motonobu Hori
~Yutaka Izubuchi
~Hideo Kojima
####Hori directs; Izubuchi writes.
}
"""

AIKEN = """\
Which snack does Naomi eat in the trailer?
A. Ramen
B. Sushi
ANSWER: A

What colour is Rouge's hair?
A. Red
B. Blue
ANSWER: A
"""

OPENTDB = (
    '{"response_code":0,"results":[{"type":"multiple","difficulty":"hard",'
    '"category":"Entertainment: Japanese Anime &amp; Manga",'
    '"question":"Which company produced the &quot;Crimson Lightning&quot; clip?",'
    '"correct_answer":"10GAUGE","incorrect_answers":["MAPPA","Sunrise","Trigger"]},'
    '{"type":"boolean","difficulty":"easy","category":"Entertainment: Japanese Anime &amp; Manga",'
    '"question":"Naomi is seen eating ramen in the official trailer.",'
    '"correct_answer":"True","incorrect_answers":["False"]}]}\n'
)


def quiz(questions: Path, *args: str):
    return CliRunner().invoke(main, [str(a) for a in args], env={"QUIZ_QUESTIONS_DIR": str(questions)})


def write(folder: Path, name: str, text: str | bytes) -> Path:
    path = folder / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_import_writes_a_cited_question_file_that_passes_check(tmp_questions, tmp_path):
    source = write(tmp_path, "moodle.gift", GIFT)
    out = tmp_questions / "curated" / "trivia.yaml"
    result = quiz(tmp_questions, "import", source, "--format", "gift", "-o", out)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert result.stderr == f"2 question(s) written to {out}, 2 cited, 0 without sources.\n"
    written = out.read_text(encoding="utf-8")
    assert written.startswith("# yaml-language-server: $schema=../schema.json\n")
    data = yaml.safe_load(written)
    assert data["topic"] == "trivia"  # from the file's name
    first, second = data["questions"]
    assert first == {
        "id": "opening-theme",
        "type": "choice",
        "difficulty": "easy",
        "prompt": 'Who performs the opening theme "Rouge"?',
        "answer": "Yu-ka",
        "choices": ["Yu-ka", "Dazbee", "10GAUGE"],
        "explanation": "The answer is Yu-ka.",
        "sources": [{
            "source": "official-trailer-ruju-naomi",
            "quote": "From there, a fight begins while the opening theme, Rouge, by Yu-ka, plays "
                     "in the background.",
        }],
    }
    assert second["id"] == "c-who-directs-metallic-rouge"
    assert second["explanation"] == "Hori directs; Izubuchi writes."
    assert second["sources"] == [{
        "source": "official-trailer-ruju-naomi",
        "quote": "Motonobu Hori directs Metallic Rogue, while Yutaka Izubuchi works on the series' "
                 "composition and serves as chief supervisor.",
    }]
    check = quiz(tmp_questions, "check")
    assert check.exit_code == 0, check.output


def test_import_without_output_prints_the_file(tmp_questions, tmp_path):
    source = write(tmp_path, "moodle.gift", GIFT)
    result = quiz(tmp_questions, "import", source, "--format", "gift")
    assert result.exit_code == 0, result.output
    data = yaml.safe_load(result.stdout)
    assert data["topic"] == "imported"
    assert [q["id"] for q in data["questions"]] == ["opening-theme", "c-who-directs-metallic-rouge"]
    assert "written to stdout" in result.stderr
    assert list((tmp_questions / "curated").iterdir()) == []


def test_import_never_overwrites_without_force(tmp_questions, tmp_path):
    source = write(tmp_path, "moodle.gift", GIFT)
    out = write(tmp_questions / "curated", "trivia.yaml", "keep me\n")
    refused = quiz(tmp_questions, "import", source, "--format", "gift", "-o", out)
    assert refused.exit_code == 1
    assert refused.stderr == f"Error: {out} already exists; add --force to overwrite it\n"
    assert out.read_text() == "keep me\n"
    forced = quiz(tmp_questions, "import", source, "--format", "gift", "-o", out, "--force")
    assert forced.exit_code == 0, forced.output
    assert yaml.safe_load(out.read_text())["topic"] == "trivia"


def test_reimporting_over_the_same_file_keeps_its_ids(tmp_questions, tmp_path):
    source = write(tmp_path, "moodle.gift", GIFT)
    out = tmp_questions / "curated" / "trivia.yaml"
    assert quiz(tmp_questions, "import", source, "--format", "gift", "-o", out).exit_code == 0
    again = quiz(tmp_questions, "import", source, "--format", "gift", "-o", out, "--force")
    assert again.exit_code == 0, again.output
    ids = [q["id"] for q in yaml.safe_load(out.read_text())["questions"]]
    assert ids == ["opening-theme", "c-who-directs-metallic-rouge"]


BROKEN_GIFT = """\
Who performs the opening theme "Rouge"? {=Yu-ka ~Dazbee

Who directs Metallic Rouge? {=Motonobu Hori =Yutaka Izubuchi ~Hideo Kojima}

Who sings the ending theme? {=Dazbee ~Yu-ka}
"""


def test_malformed_input_reports_every_problem_and_writes_nothing(tmp_questions, tmp_path):
    source = write(tmp_path, "broken.gift", BROKEN_GIFT)
    out = tmp_questions / "curated" / "trivia.yaml"
    result = quiz(tmp_questions, "import", source, "--format", "gift", "-o", out)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f"{source}:1: the answer block '{{' is never closed by '}}'",
        f"{source}:3: more than one '=' answer: a choice question has one right answer "
        "(for several, weight them: ~%50%A ~%50%B ~%-50%C)",
        "2 problem(s) found; nothing written.",
    ]
    assert not out.exists()
    existing = write(tmp_questions / "curated", "old.yaml", "keep me\n")
    forced = quiz(tmp_questions, "import", source, "--format", "gift", "-o", existing, "--force")
    assert forced.exit_code == 1
    assert existing.read_text() == "keep me\n"


def test_what_the_validator_refuses_is_reported_at_the_input_line(tmp_questions, tmp_path):
    source = write(tmp_path, "quiz.txt", (
        "Which studio made Metallic Rouge?\nA. BONES\nB. Bones\nANSWER: A\n\n"
        "Who directs Metallic Rouge?\nA. Motonobu Hori\nB. <i>Hideo</i>\nANSWER: A\n"
    ))
    cited = write(tmp_path, "cited.gift", (
        "// source: special-music-clip: Motonobu Hori directs everything\n"
        "Who directs Metallic Rouge? {=Motonobu Hori ~Hideo Kojima}\n"
    ))
    out = tmp_questions / "curated" / "trivia.yaml"
    result = quiz(tmp_questions, "import", source, "--format", "aiken", "-o", out)
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    # Aiken is plain text: the tag-like text is kept (noted), the duplicate is refused
    assert lines[0] == (f"{source}:6: text that reads as an HTML tag or entity is kept as text, "
                        "written with \u2039 \u203a \uff06 for < > &")
    assert lines[1].startswith(f"{source}:1: duplicate choice 'Bones'")
    assert lines[2:] == ["1 problem(s) found; nothing written."]
    result = quiz(tmp_questions, "import", cited, "--format", "gift", "-o", out)
    assert result.exit_code == 1
    assert result.stderr.startswith(
        f"{cited}:2: quote not found in source 'special-music-clip': 'Motonobu Hori directs everything'"
    )
    assert not out.exists()


def test_uncited_questions_are_written_without_sources_and_check_lists_them(tmp_questions, tmp_path):
    source = write(tmp_path, "quiz.txt", AIKEN)
    out = tmp_questions / "curated" / "snacks.yaml"
    result = quiz(tmp_questions, "import", source, "--format", "aiken", "-o", out)
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [
        f"2 question(s) written to {out}, 1 cited, 1 without sources.",
        "No sentence of the corpus holds the answer of the questions without sources: "
        "`quiz check` reports them until each cites a quote.",
    ]
    written = out.read_text(encoding="utf-8")
    first, second = yaml.safe_load(written)["questions"]
    assert first["sources"] == [{
        "source": "official-trailer-ruju-naomi",
        "quote": "Naomi then appears and is later seen eating ramen while Ruju watches her.",
    }]
    assert second["id"] == "c-what-colour-is-rouge-s-hair" and "sources" not in second
    line = written.splitlines().index("  - id: c-what-colour-is-rouge-s-hair") + 1
    check = quiz(tmp_questions, "check", out)
    assert check.exit_code == 1
    assert check.stdout.splitlines() == [f"{_shown(out)}:{line}:5: {UNCITED}"]


def _shown(path: Path) -> str:
    """How `quiz check` names a file: relative to the current folder when under it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def test_made_up_ids_are_unique_in_the_file_and_the_bank(tmp_questions, tmp_path):
    existing = quiz(tmp_questions, "import", write(tmp_path, "a.gift", GIFT), "--format", "gift",
                    "-o", tmp_questions / "curated" / "first.yaml")
    assert existing.exit_code == 0, existing.output
    twice = "Who directs Metallic Rouge?\nA. Motonobu Hori\nB. Hideo Kojima\nANSWER: A\n\n" * 2
    result = quiz(tmp_questions, "import", write(tmp_path, "b.txt", twice), "--format", "aiken")
    assert result.exit_code == 0, result.output
    ids = [q["id"] for q in yaml.safe_load(result.stdout)["questions"]]
    assert ids == ["c-who-directs-metallic-rouge-2", "c-who-directs-metallic-rouge-3"]
    carried = quiz(tmp_questions, "import", write(tmp_path, "c.gift", GIFT), "--format", "gift")
    assert carried.exit_code == 0, carried.output
    assert carried.stderr.splitlines()[0] == (
        f"{tmp_path / 'c.gift'}:2: id 'opening-theme' is already used: renamed 'opening-theme-2'"
    )


def test_topic_comes_from_the_option_or_the_output_name(tmp_questions, tmp_path):
    source = write(tmp_path, "q.gift", GIFT)
    chosen = quiz(tmp_questions, "import", source, "--format", "gift", "--topic", "music")
    assert yaml.safe_load(chosen.stdout)["topic"] == "music"
    bad = quiz(tmp_questions, "import", source, "--format", "gift", "--topic", "Bad Topic")
    assert bad.exit_code == 1
    assert bad.stderr == "Error: --topic 'Bad Topic' must be a lower-case slug like 'music'\n"
    odd_name = quiz(tmp_questions, "import", source, "--format", "gift", "-o", tmp_path / "My File.yaml")
    assert odd_name.exit_code == 0, odd_name.output
    assert yaml.safe_load((tmp_path / "My File.yaml").read_text())["topic"] == "imported"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            b"Question?\nA. caf\xff\nB. x\nANSWER: A\n",
            "2: not UTF-8 text (byte 0xff); save the file as UTF-8",
        ),
        (b"\n\n", "1: no questions found in this aiken file"),
    ],
)
def test_unreadable_or_empty_input_is_refused(tmp_questions, tmp_path, content, message):
    source = write(tmp_path, "in.txt", content)
    result = quiz(tmp_questions, "import", source, "--format", "aiken")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"{source}:{message}", "1 problem(s) found; nothing written."]


def test_import_reads_an_opentdb_response(tmp_questions, tmp_path):
    source = write(tmp_path, "api.json", OPENTDB)
    out = tmp_questions / "curated" / "opentdb.yaml"
    result = quiz(tmp_questions, "import", source, "--format", "opentdb", "-o", out)
    assert result.exit_code == 0, result.output
    choice, boolean = yaml.safe_load(out.read_text())["questions"]
    assert choice["prompt"] == 'Which company produced the "Crimson Lightning" clip?'
    assert (choice["difficulty"], choice["answer"]) == ("hard", "10GAUGE")
    assert sorted(choice["choices"]) == ["10GAUGE", "MAPPA", "Sunrise", "Trigger"]
    clip = "10GAUGE produced the clip and BONES was in charge of the animation."
    assert choice["sources"][0]["quote"] == clip
    assert (boolean["type"], boolean["answer"], boolean["difficulty"]) == ("truefalse", True, "easy")
    assert boolean["sources"][0]["source"] == "official-trailer-ruju-naomi"
    assert quiz(tmp_questions, "check").exit_code == 0


def test_export_prints_the_bank_and_counts_what_it_leaves_out(tmp_questions, tmp_path):
    out = tmp_questions / "curated" / "trivia.yaml"
    assert quiz(tmp_questions, "import", write(tmp_path, "q.gift", GIFT), "--format", "gift",
                "-o", out).exit_code == 0
    exported = quiz(tmp_questions, "export", "--format", "json")
    assert exported.exit_code == 0 and exported.stderr == ""
    data = json.loads(exported.stdout)
    assert [q["id"] for q in data["questions"]] == ["opening-theme", "c-who-directs-metallic-rouge"]
    assert quiz(tmp_questions, "export").stdout == exported.stdout  # json is the default
    aiken = quiz(tmp_questions, "export", "--format", "aiken")
    assert aiken.stdout.startswith('Who performs the opening theme "Rouge"?\nA. Yu-ka\n')
    assert aiken.stderr == ""
    # the export reads back in: GIFT keeps ids, so a second copy gets fresh ones
    gift = quiz(tmp_questions, "export", "--format", "gift")
    again = quiz(tmp_questions, "import", write(tmp_path, "again.gift", gift.stdout), "--format", "gift",
                 "-o", tmp_questions / "curated" / "again.yaml")
    assert again.exit_code == 0, again.output
    assert quiz(tmp_questions, "check").exit_code == 0


def test_export_refuses_a_bank_with_problems(tmp_questions):
    write(tmp_questions / "curated", "bad.yaml", "topic: bad\nquestions:\n  - id: x\n")
    result = quiz(tmp_questions, "export", "--format", "gift")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.splitlines()[-1].startswith("Error: the bank has ")
    assert result.stderr.splitlines()[-1].endswith(" problem(s); nothing exported")
