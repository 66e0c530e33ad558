"""The citation finder: ranking corpus sentences that prove an answer, and `quiz cite`."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from quiz.bank.cite import Candidate, best_citation, number_words, rank, sources_yaml
from quiz.bank.corpus import load_sources
from quiz.cli import main
from quiz.config import PROJECT_ROOT

OPENING_THEME = (
    "From there, a fight begins while the opening theme, Rouge, by Yu-ka, plays in the background."
)


@pytest.fixture(scope="module")
def sources():
    loaded, problems = load_sources(PROJECT_ROOT / "questions" / "sources")
    assert not problems
    return loaded


def test_the_sentence_naming_the_answer_ranks_first(sources):
    ranked = rank(sources, 'Who performs the opening theme "Rouge"?', "choice", "Yu-ka")
    best = ranked[0]
    assert (best.source, best.quote, best.supports) == ("official-trailer-ruju-naomi", OPENING_THEME, True)
    assert best.line == 30  # the line of the source file, as an editor shows it
    assert best.score > ranked[1].score
    assert [c.score for c in ranked] == sorted((c.score for c in ranked), reverse=True)


def test_an_accept_alias_or_a_near_spelling_finds_the_sentence(sources):
    prompt = "Which company produced the special music clip?"
    assert best_citation(sources, prompt, "text", "Ten Gauge") is None
    alias = best_citation(sources, prompt, "text", "Ten Gauge", ("10GAUGE",))
    assert alias.quote == "10GAUGE produced the clip and BONES was in charge of the animation."
    typo = best_citation(sources, "Who wrote the lyrics of Crimson Lightning?", "text", "Taisei Iwasaky")
    assert typo.source == "special-music-clip" and "Taisei Iwasaki" in typo.quote


def test_numbers_match_their_words_but_never_a_near_number(sources):
    prompt = "How many artificial humans are Rouge and Naomi sent to kill?"
    best = best_citation(sources, prompt, "number", 9)
    assert "nine artificial humans" in best.quote
    assert best_citation(sources, "In which year does the series premiere?", "number", 2025) is None
    assert best_citation(sources, "In which year is the story set?", "number", 2128).quote == (
        "The trailer begins by showing an ultramodern world set in AD 2128."
    )


def test_a_true_false_statement_is_supported_by_the_sentence_sharing_its_words(sources):
    best = best_citation(sources, "Metallic Rouge is adapted from an existing manga.", "truefalse", False)
    assert "based on an existing manga" in best.quote
    assert best_citation(sources, "Pineapples grow underwater.", "truefalse", False) is None


def test_skipped_passages_are_never_cited(sources):
    # "Gear 5" stands only in the One Piece aside, which the article's front matter skips
    assert "Gear 5" in sources["release-date-sci-fi-noir"].body
    ranked = rank(sources, "Which One Piece episode had a teaser?", "text", "Gear 5", limit=50)
    assert all("Gear 5" not in c.quote for c in ranked)
    assert best_citation(sources, "Which One Piece episode had a teaser?", "text", "Gear 5") is None


def test_every_real_question_with_an_answer_in_one_sentence_gets_a_citation(bank):
    """Over the bank, the finder supports most answers with a quote the validator accepts."""
    from quiz.bank.corpus import locate

    supported = 0
    for q in bank.questions:
        best = best_citation(bank.sources, q.prompt, q.type, q.answer, q.accept)
        if best is not None:
            supported += 1
            place = locate(bank.sources[best.source], best.quote)
            assert place is not None and not place[2], q.id
    assert supported >= 0.8 * len(bank.questions)


def test_sources_yaml_is_ready_to_paste_under_a_question():
    candidate = Candidate("special-music-clip", "Director: Motonobu Hori", 28, 80.0, True)
    assert sources_yaml(candidate) == (
        "    sources:\n"
        "      - source: special-music-clip\n"
        "        quote: 'Director: Motonobu Hori'\n"
    )


@pytest.mark.parametrize(("n", "words"), [(9, "nine"), (25, "twenty five"), (100, "one hundred"),
                                           (342, "three hundred forty two")])
def test_number_words(n, words):
    assert number_words(n) == words


# ---------------------------------------------------------------- quiz cite

UNCITED = """\
topic: music
questions:
  - id: opening-theme-singer
    type: choice
    prompt: Who performs the opening theme "Rouge"?
    answer: Yu-ka
    choices: [Yu-ka, Dazbee, 10GAUGE]
    explanation: The opening theme is by Yu-ka.
  - id: hair-colour
    type: choice
    prompt: What colour is Rouge's hair?
    answer: Red
    choices: [Red, Blue]
    explanation: Red.
"""


def quiz(questions: Path, *args: str):
    return CliRunner().invoke(main, [str(a) for a in args], env={"QUIZ_QUESTIONS_DIR": str(questions)})


def test_cite_prints_ranked_sentences_and_yaml_that_makes_the_question_pass(tmp_questions):
    path = tmp_questions / "curated" / "music.yaml"
    path.write_text(UNCITED, encoding="utf-8")
    result = quiz(tmp_questions, "cite", "opening-theme-singer", "-n", "3")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == f'opening-theme-singer ({path}:3): Who performs the opening theme "Rouge"?'
    assert lines[1] == "answer: Yu-ka"
    assert lines[2] == f" 92.5* official-trailer-ruju-naomi:30  {OPENING_THEME}"
    assert all(re.match(r" *\d+\.\d[* ] [a-z-]+:\d+  \S", line) for line in lines[2:5])
    assert lines[5] == ""  # three sentences, as asked
    block = result.stdout.split("Best citation, ready to paste:\n")[1]
    assert block == (
        f"    sources:\n      - source: official-trailer-ruju-naomi\n        quote: {OPENING_THEME}\n"
    )
    # pasted under the question, it satisfies the validator
    text = UNCITED.replace("    explanation: The opening theme is by Yu-ka.\n",
                           "    explanation: The opening theme is by Yu-ka.\n" + block)
    path.write_text(text, encoding="utf-8")
    assert yaml.safe_load(textwrap.dedent(block))["sources"][0]["quote"] == OPENING_THEME
    check = quiz(tmp_questions, "check", path)
    hair_line = text.splitlines().index("  - id: hair-colour") + 1
    assert [line.split(":", 1)[1] for line in check.stdout.splitlines()] == [
        f"{hair_line}:5: missing field 'sources': every question cites at least one quote"
    ]  # only the question no sentence supports is left


def test_cite_says_when_no_sentence_holds_the_answer(tmp_questions):
    (tmp_questions / "curated" / "music.yaml").write_text(UNCITED, encoding="utf-8")
    result = quiz(tmp_questions, "cite", "hair-colour")
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: no sentence of the corpus holds the answer: check the answer, "
        "or add the article that states it\n"
    )
    assert "Best citation" not in result.stdout


def test_cite_refuses_an_unknown_id_and_suggests_a_near_one(tmp_questions):
    (tmp_questions / "curated" / "music.yaml").write_text(UNCITED, encoding="utf-8")
    near = quiz(tmp_questions, "cite", "opening-theme")
    assert near.exit_code == 1
    assert near.stderr == (
        "Error: unknown question id 'opening-theme' (did you mean 'opening-theme-singer'?)\n"
    )
    far = quiz(tmp_questions, "cite", "zzz")
    assert (far.exit_code, far.stderr) == (1, "Error: unknown question id 'zzz'\n")
