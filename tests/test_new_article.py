"""What an author is promised: drop a news article into sources/, run `quiz generate`, and get
questions that cite it, with no code change and nothing else in the bank disturbed.

Each article here is a real one about another show (tests/fixtures/articles/, TRAIN split
only: the test split is kept unread for measuring the generator), dropped on its own into a
copy of the bank. The tests assert what holds for any article the rules can read: how many
questions, or which, is the generator's business and is measured by
bench/article_quality.py, not fixed here.
"""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

import pytest
import yaml
from article_fixtures import FOLDER, split
from click.testing import CliRunner

from quiz.bank import load_bank
from quiz.bank.answers import normalize
from quiz.bank.corpus import locate
from quiz.bank.rules.patterns import parse_when
from quiz.cli import main
from quiz.config import PROJECT_ROOT

QUESTIONS = PROJECT_ROOT / "questions"
# Train articles of different shapes: a staff and cast announcement, a cast and staff list,
# theme-song news, a sequel's episode count and release.
ARTICLES = (
    "animemojo-sacks-and-guns-staff-cast",
    "ann-kemono-jihen-cast-staff-2021",
    "ann-shikizakura-ending-theme-artist",
    "comicbook-bungo-stray-dogs-season-5-episodes",
)


def run(folder: Path, *args: str):
    return CliRunner().invoke(main, list(args), env={"QUIZ_QUESTIONS_DIR": str(folder)})


def copy_bank(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("bank") / "questions"
    shutil.copytree(QUESTIONS, folder, ignore=shutil.ignore_patterns("generated"))
    return folder


def texts(questions) -> dict[str, str]:
    """Each question by id, as the full text of every field."""
    return {q["id"]: json.dumps(q, sort_keys=True, ensure_ascii=False) for q in questions}


def generated(folder: Path) -> list[dict]:
    result = run(folder, "generate")
    assert result.exit_code == 0, result.output
    out = []
    for path in sorted((folder / "generated").glob("*.yaml")):
        out += yaml.safe_load(path.read_text(encoding="utf-8"))["questions"]
    return out


def cites(question, article: str) -> bool:
    return any(c["source"] == article for c in question["sources"])


def test_the_articles_are_train_articles():
    assert set(ARTICLES) <= set(split()["train"])


@pytest.fixture(scope="module")
def before(tmp_path_factory) -> dict[str, str]:
    """The bank's generated questions as they are, without any new article."""
    return texts(generated(copy_bank(tmp_path_factory)))


@pytest.fixture(scope="module", params=ARTICLES)
def grown(request, tmp_path_factory):
    """(the article's id, the bank folder with it dropped in, every generated question)."""
    folder = copy_bank(tmp_path_factory)
    shutil.copy(FOLDER / f"{request.param}.md", folder / "sources")
    return request.param, folder, generated(folder)


def test_questions_cite_the_new_article(grown):
    article, _, questions = grown
    new = [q for q in questions if cites(q, article)]
    assert new, f"no question cites {article}"
    # each question is about one article's show: none mixes the new article with the others
    assert all(all(c["source"] == article for c in q["sources"]) for q in new)


def test_quiz_check_passes(grown):
    _, folder, _ = grown
    result = run(folder, "check")
    assert result.exit_code == 0, result.output


def test_quotes_stand_verbatim_in_the_article(grown):
    article, folder, _ = grown
    bank = load_bank(folder)
    assert not bank.problems, "\n".join(map(str, bank.problems))
    source = bank.sources[article]
    quotes = [c.quote for q in bank.questions for c in q.sources if c.source == article]
    for quote in quotes:
        place = locate(source, quote)
        assert place is not None, quote
        assert not place[2], f"quotes a passage the article marks skip: {quote}"


def test_every_answer_is_in_what_the_question_cites(grown):
    """A player who reads the cited sentences finds the answer there (in one of its spellings)."""
    article, _, questions = grown
    for question in (q for q in questions if cites(q, article)):
        if question["type"] not in ("choice", "text", "multi"):
            continue
        said = normalize(" ".join(c["quote"] for c in question["sources"]))
        answers = question["answer"] if isinstance(question["answer"], list) else [question["answer"]]
        for answer in answers:
            when = parse_when(str(answer))
            if when is not None and when.year:  # "April 2020" may stand as "Apr. 2020"
                assert str(when.year) in said, (question["id"], answer)
                continue
            spellings = [answer, *(question.get("accept") or [])]
            assert any(normalize(s) in said for s in spellings), (question["id"], answer)


def test_choices_are_four_distinct_options_with_the_answer(grown):
    article, _, questions = grown
    for question in (q for q in questions if cites(q, article) and q["type"] == "choice"):
        choices = [normalize(c) for c in question["choices"]]
        assert len(choices) == 4 and len(set(choices)) == 4, question["id"]
        assert normalize(question["answer"]) in choices, question["id"]


def test_no_fact_is_asked_more_than_twice(grown):
    article, _, questions = grown
    facts = Counter(q["fact"] for q in questions if cites(q, article))
    assert max(facts.values()) <= 2, facts


def test_nothing_about_the_other_articles_changes(grown, before):
    article, _, questions = grown
    others = texts(q for q in questions if not cites(q, article))
    assert others == before
