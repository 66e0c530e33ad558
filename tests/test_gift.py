"""GIFT as Moodle writes it: numeric forms, every kind of feedback, text formats, categories."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from quiz.bank.formats import export_bank, parse
from quiz.cli import main

NUMBERS = """\
::n-exact::How many artificial humans are Rouge and Naomi sent to kill? {#9}

::n-tolerance::How many artificial humans? {#9:2}

::n-range::Which episode shows it? {#1..5}

::n-partial::How many artificial humans? {#
    =9:0      #Right: the Immortal Nine.
    =%50%9:2  #Close, but not exact.
}

::n-other::How many artificial humans? {#9~#Completely wrong}

::n-decimal::What is pi to three decimals? {#3.1415:0.0005}

::n-feedback::How many artificial humans? {#9#Nine, the Immortal Nine.####Count them.}
"""


def test_moodles_numeric_forms_are_read_and_what_is_lost_is_said():
    result = parse(NUMBERS, "n.gift", "gift")
    assert result.problems == []
    got = [(d.id, d.answer, d.accept, d.explanation) for d in result.drafts]
    assert got == [
        ("n-exact", 9, (), ""),
        ("n-tolerance", 9, ("7", "8", "10", "11"), ""),
        ("n-range", 3, ("1", "2", "4", "5"), ""),
        ("n-partial", 9, (), "9: Right: the Immortal Nine. 9 ± 2: Close, but not exact."),
        ("n-other", 9, (), "Any other answer: Completely wrong."),
        ("n-decimal", 3.1415, (), ""),
        ("n-feedback", 9, (), "Count them. 9: Nine, the Immortal Nine."),
    ]
    assert [str(n) for n in result.notes] == [
        "n.gift:3: the range 7..11 is kept as its whole numbers only",
        "n.gift:5: the range 1..5 is kept as its whole numbers only",
        "n.gift:7: partial credit not kept for '9:2' (50%)",
        "n.gift:14: the range 3.141..3.142 is not kept: only 3.1415 counts as right here",
    ]


CONTROL_CHARACTERS = """\
::GIFT Control Characters::
Which of the following is NOT a control character for the GIFT import format? {
   ~ \\~     # \\~ is a control character.
   ~ \\=     # \\= is a control character.
   ~ \\#     # \\# is a control character.
   ~ \\{     # \\{ is a control character.
   ~ \\}     # \\} is a control character.
   = \\\\     # Correct! \\\\ (backslash) is not a control character.
}
"""


def quiz(questions: Path, *args: str):
    return CliRunner().invoke(main, [str(a) for a in args], env={"QUIZ_QUESTIONS_DIR": str(questions)})


def test_choices_made_only_of_punctuation_stay_apart(tmp_questions, tmp_path):
    source = tmp_path / "control.gift"
    source.write_text(CONTROL_CHARACTERS, encoding="utf-8")
    (draft,) = parse(CONTROL_CHARACTERS, "control.gift", "gift").drafts
    assert (draft.answer, draft.choices) == ("\\", ("~", "=", "#", "{", "}", "\\"))
    assert draft.explanation.startswith("~: ~ is a control character. =: = is a control character.")
    out = tmp_questions / "curated" / "gift.yaml"
    done = quiz(tmp_questions, "import", source, "--format", "gift", "-o", out)
    assert done.exit_code == 0, done.stderr
    assert "1 question(s) written" in done.stderr


FORMATTED = """\
$CATEGORY: $course$/top/Music

::markdown::[markdown]Who sings **Scarlet**, the _ending_ theme? {
=Dazbee#**Yes**, Dazbee!
~Yu-ka#She sings the *opening* theme.
####See [the article](https://example.org) on __both__ themes.
}

::html::[html]<p>Is the caf&eacute; <b>open</b>?</p>{TRUE#<i>Wrong</i>: it is.#<b>Right</b>.}

$CATEGORY: Default for Metallic Rouge/Story world

::tf::Metallic Rouge is based on a manga.{FALSE#It is an original anime.}
"""


def test_markup_is_stripped_alike_and_true_false_feedback_is_kept():
    result = parse(FORMATTED, "f.gift", "gift")
    assert result.problems == [] and result.notes == []
    got = [(d.id, d.topic, d.prompt, d.answer, d.explanation) for d in result.drafts]
    assert got == [
        ("markdown", "music", "Who sings Scarlet, the ending theme?", "Dazbee",
         "See the article on both themes. Dazbee: Yes, Dazbee! Yu-ka: She sings the opening theme."),
        ("html", "music", "Is the café open?", True, "False: Wrong: it is. True: Right."),
        ("tf", "story-world", "Metallic Rouge is based on a manga.", False,
         "True: It is an original anime."),
    ]


def test_categories_are_written_per_topic_and_read_back_as_topics(bank):
    text = export_bank(bank, "gift").text
    assert "$CATEGORY: $course$/top/music\n" in text
    drafts = parse(text, "bank.gift", "gift").drafts
    carried = [q for q in bank.questions if q.type != "order"]
    assert [d.topic for d in drafts] == [q.topic for q in carried]


def test_notes_on_what_is_not_kept_reach_stderr(tmp_questions, tmp_path):
    source = tmp_path / "partial.gift"
    source.write_text("Difficult question.{~wrong answer ~%50%half credit answer =full credit answer}\n\n"
                      "Which two? {~%50%Grant ~%50%Grant's wife ~No one}\n", encoding="utf-8")
    done = quiz(tmp_questions, "import", source, "--format", "gift")
    assert done.exit_code == 0, done.stderr
    assert done.stderr.splitlines()[:2] == [
        f"{source}:1: partial credit not kept, these count as wrong: 'half credit answer' (50%)",
        f"{source}:3: weights other than ~%50% per right and ~%-50% per wrong answer: "
        "picks may score differently here",
    ]
