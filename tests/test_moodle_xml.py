"""Moodle XML: the bank written as Moodle's importer reads it, and Moodle's files read back."""

from __future__ import annotations

import html
import itertools
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from quiz.bank.formats import export_bank, parse
from quiz.bank.formats.gift import export as gift_export
from quiz.cli import main
from quiz.play.rules import grade

FIXTURES = Path(__file__).parent / "fixtures" / "moodle"
SAMPLE = """\
topic: staff
questions:
  - id: staff-three
    type: multi
    prompt: Which of these people are on the staff of Metallic Rouge?
    answer: [Yutaka Izubuchi, Motonobu Hori, Taisei Iwasaki]
    choices: [Yutaka Izubuchi, Hideo Kojima, Motonobu Hori, Taisei Iwasaki]
    explanation: Izubuchi is the chief director, Hori the director, Iwasaki the composer.
    sources:
      - source: special-music-clip
        quote: 'Director: Motonobu Hori'
  - id: release-order
    type: order
    difficulty: hard
    prompt: Put these events in order.
    items: [Fuji TV announces the title, A trailer shows Rouge, The series premieres]
    explanation: Announced in March 2023, trailer in July 2023, premiere in January 2024.
    sources:
      - source: bones-trailer-anime-expo
        quote: On March 22, 2023, Fuji TV, on their Anime Lineup Presentation 2023 Livestream
"""


def quiz(questions: Path, *args: str):
    return CliRunner().invoke(main, [str(a) for a in args], env={"QUIZ_QUESTIONS_DIR": str(questions)})


def exported(bank) -> ET.Element:
    return ET.fromstring(export_bank(bank, "moodle").text)


def test_export_is_moodle_xml_with_categories_and_every_type(bank):
    root = exported(bank)
    assert root.tag == "quiz"
    categories = [q.findtext("category/text") for q in root.iter("question") if q.get("type") == "category"]
    # a category element wherever the topic changes, in the bank's order
    topics = [topic for topic, _ in itertools.groupby(q.topic for q in bank.questions)]
    assert categories == [f"$course$/top/{t}" for t in topics]
    kinds = {q.get("type") for q in root.iter("question")} - {"category"}
    assert kinds == {"multichoice", "truefalse", "shortanswer", "numerical", "ordering"}
    questions = [q for q in root.iter("question") if q.get("type") != "category"]
    assert len(questions) == len(bank.questions)
    for element, q in zip(questions, bank.questions, strict=True):
        assert element.findtext("idnumber") == q.id
        # HTML-escaped, so Moodle shows the text as written
        assert element.findtext("generalfeedback/text") == html.escape(q.explanation, quote=False)


def test_ordering_lists_the_items_by_position_graded_by_absolute_position(tmp_questions):
    (tmp_questions / "curated" / "staff.yaml").write_text(SAMPLE, encoding="utf-8")
    quiz_result = quiz(tmp_questions, "export", "--format", "xml")
    assert quiz_result.exit_code == 0, quiz_result.output
    root = ET.fromstring(quiz_result.stdout)
    ordering = next(q for q in root.iter("question") if q.get("type") == "ordering")
    assert ordering.findtext("gradingtype") == "ABSOLUTE_POSITION"
    assert [(a.get("fraction"), a.findtext("text")) for a in ordering.iter("answer")] == [
        ("1", "Fuji TV announces the title"), ("2", "A trailer shows Rouge"), ("3", "The series premieres"),
    ]
    multi = next(q for q in root.iter("question") if q.get("type") == "multichoice")
    assert multi.findtext("single") == "false"
    fractions = [a.get("fraction") for a in multi.iter("answer")]
    assert fractions == ["33.33333", "-33.33333", "33.33333", "33.33333"]


def moodle_score(fractions: list[float]) -> float:
    """Moodle's multichoice (several answers): the picks' fractions added, kept in 0..1."""
    return min(1.0, max(0.0, sum(fractions) / 100))


def gift_fractions(bank) -> dict[str, list[float]]:
    out = {}
    for block in gift_export(bank).text.split("\n::")[1:]:
        qid = block.split("::", 1)[0]
        weights = [line.split("%")[1] for line in block.splitlines() if line.startswith("~%")]
        if weights:
            out[qid] = [float(w) for w in weights]
    return out


def xml_fractions(bank) -> dict[str, list[float]]:
    return {
        q.findtext("idnumber"): [float(a.get("fraction")) for a in q.iter("answer")]
        for q in exported(bank).iter("question") if q.findtext("single") == "false"
    }


@pytest.mark.parametrize("weights", [gift_fractions, xml_fractions], ids=["gift", "moodle"])
def test_every_pick_of_every_multi_question_scores_the_same_in_moodle_as_here(bank, weights):
    fractions = weights(bank)
    multis = [q for q in bank.questions if q.type == "multi"]
    assert multis and set(fractions) == {q.id for q in multis}
    for q in multis:
        shown = list(range(len(q.choices)))
        for size in range(1, len(q.choices) + 1):
            for picks in itertools.combinations(shown, size):
                _, credit, _ = grade(q, shown, list(picks))
                moodle = moodle_score([fractions[q.id][i] for i in picks])
                assert moodle == pytest.approx(credit, abs=1e-6), (q.id, picks)


def test_reads_the_shapes_moodle_writes():
    result = parse((FIXTURES / "metallic-rouge.xml").read_text(encoding="utf-8"), "m.xml", "moodle")
    assert result.problems == []
    got = [(d.line, d.id, d.type, d.topic, d.prompt, d.answer, d.choices, d.accept) for d in result.drafts]
    order = ("Fuji TV announces the title", "A trailer is released", "The series is released")
    assert got == [
        (16, "Opening theme", "choice", "music", 'Who performs the opening theme "Rouge"?', "Yu-ka",
         ("Yu-ka", "Dazbee", "Taisei Iwasaki"), ()),
        (66, "staff-two", "multi", "music", "Which of these people are on the staff of Metallic Rouge?",
         ("Yutaka Izubuchi", "Motonobu Hori"), ("Yutaka Izubuchi", "Motonobu Hori", "Hideo Kojima"), ()),
        (105, "Original property", "truefalse", "story-world",
         "Metallic Rouge is based on an existing manga.", False, (), ()),
        (134, "Composer", "text", "story-world",
         'Who composed the music of the clip "Crimson Lightning"?', "Taisei Iwasaki", (), ("Iwasaki",)),
        (170, "Artificial humans", "number", "story-world",
         "How many artificial humans are Rouge and Naomi sent to kill?", 9, (), ("8", "10")),
        (207, "Release steps", "order", "story-world", "Put these steps in order, earliest first.",
         order, order, ()),
    ]
    # general feedback first, then every answer's own feedback: none is dropped
    assert [d.explanation for d in result.drafts] == [
        "The opening theme, Rouge, is by Yu-ka. Yu-ka: Right: she sings it. "
        "Dazbee: Dazbee sings the ending theme.",
        "Yutaka Izubuchi: Chief director. Motonobu Hori: Director. Hideo Kojima: Not on this show.",
        "It is an original property. True: No: Bones made it up.",
        "Taisei: Only his first name.",
        "9: Nine. Any other answer: Count the Immortal Nine.",
        "Title, trailer, then release.",
    ]
    assert [str(n) for n in result.notes] == [
        "m.xml:16: not kept: pictures and files",
        "m.xml:66: Moodle's weights differ from the scoring here (50% per right pick, -50% per wrong "
        "pick): the same picks may score differently",
        "m.xml:134: partial credit not kept, these count as wrong: 'Taisei' (50%)",
        "m.xml:170: the range 8..10 is kept as its whole numbers only",
        "m.xml:239: skipped: Moodle's essay questions have no Rouge Quiz form",
        "m.xml:251: skipped: Moodle's matching questions have no Rouge Quiz form",
    ]


def test_reads_a_lone_ordering_question_as_moodle_tests_keep_them():
    text = (FIXTURES / "ordering-question.xml").read_text(encoding="utf-8")
    result = parse(text, "o.xml", "moodle")
    assert result.problems == []
    assert [str(n) for n in result.notes] == ["o.xml:1: not kept: correctfeedback, hints"]
    (draft,) = result.drafts
    assert (draft.id, draft.type, draft.answer) == ("myid", "order", ("Modular", "Object", "Oriented"))
    assert draft.explanation == (
        'The answer is "Modular Object Oriented". Modular: Modular is first. Object: Object is second. '
        "Oriented: Oriented is third."
    )


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE quiz [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<quiz><question type="truefalse"><questiontext><text>&b;</text></questiontext></question></quiz>
"""
EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE quiz [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<quiz><question type="truefalse"><questiontext><text>&secret;</text></questiontext></question></quiz>
"""


@pytest.mark.parametrize("text", [BILLION_LAUGHS, EXTERNAL], ids=["expansion", "external"])
def test_entity_declarations_are_refused_not_expanded(text):
    result = parse(text, "evil.xml", "moodle")
    assert result.drafts == []
    assert [str(p) for p in result.problems] == [
        "evil.xml:1: the file declares XML entities or a DTD, which are refused: Moodle never writes them"
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("<quiz>\n<question type='truefalse'>\n</quiz>",
         "bad.xml:3: not well-formed XML: mismatched tag (column 3)"),
        ("<html><body/></html>", "bad.xml:1: expected Moodle XML: a <quiz> element, not <html>"),
        ("<quiz>\n<question type='multichoice'><questiontext><text>Q?</text></questiontext>\n"
         "<answer fraction='lots'><text>A</text></answer></question></quiz>",
         "bad.xml:3: fraction 'lots' is not a number"),
        ("<quiz>\n<question type='multichoice'><questiontext><text>Q?</text></questiontext>\n"
         "<answer fraction='0'><text>A</text></answer></question></quiz>",
         "bad.xml:2: no answer with fraction 100: a choice question has one right answer"),
    ],
)
def test_broken_files_are_reported_at_their_line(text, message):
    result = parse(text, "bad.xml", "moodle")
    assert [str(p) for p in result.problems] == [message]


def test_import_command_takes_moodle_or_xml_and_writes_a_file_check_accepts(tmp_questions, tmp_path):
    for name in ("moodle", "xml"):
        out = tmp_questions / "curated" / f"from-{name}.yaml"
        done = quiz(tmp_questions, "import", FIXTURES / "metallic-rouge.xml", "--format", name, "-o", out)
        assert done.exit_code == 0, done.output
        assert "m.xml" not in done.stderr and "metallic-rouge.xml:170: the range 8..10" in done.stderr
        text = out.read_text(encoding="utf-8")
        assert "topic: music" in text and "topic: story-world" in text
        out.unlink()


def test_the_whole_bank_survives_export_and_import_as_a_question_file(tmp_questions, tmp_path, bank):
    xml_file = tmp_path / "bank.xml"
    xml_file.write_text(export_bank(bank, "moodle").text, encoding="utf-8")
    out = tmp_path / "again.yaml"
    done = quiz(tmp_questions, "import", xml_file, "--format", "moodle", "-o", out, "--topic", "imported")
    assert done.exit_code == 0, done.stderr
    assert f"{len(bank.questions)} question(s) written" in done.stderr
    assert f"{len(bank.questions)} cited, 0 without sources" in done.stderr
