"""Coverage: the facts a fan could be asked (tests/fixtures/coverage_facts.yaml, written by
reading the articles) each have a question citing a quote that states them."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from quiz.bank import load_bank
from quiz.bank.corpus import locate
from quiz.bank.text import plain
from quiz.cli import main
from quiz.config import PROJECT_ROOT

QUESTIONS = PROJECT_ROOT / "questions"
FIXTURE = Path(__file__).parent / "fixtures" / "coverage_facts.yaml"
TOPICS = ("story-world", "characters-cast", "staff-production", "music", "release-broadcast", "studio")


@pytest.fixture(scope="module")
def facts() -> list[dict]:
    return yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))["facts"]


@pytest.fixture(scope="module")
def whole_bank():
    return load_bank(QUESTIONS)


def holds(quote: str, keywords: list[str]) -> bool:
    text = plain(quote).casefold()
    return all(plain(k).casefold() in text for k in keywords)


def covered(fact: dict, questions) -> bool:
    return any(
        c.source == fact["source"] and holds(c.quote, fact["keywords"])
        for q in questions for c in q.sources
    )


def test_the_fixture_lists_enough_facts_each_stated_by_its_article(facts, whole_bank):
    assert len(facts) >= 60
    assert len({f["id"] for f in facts}) == len(facts)
    for fact in facts:
        source = whole_bank.sources[fact["source"]]
        sentences = [s.text for s in source.segments if not s.skipped]
        assert any(holds(s, fact["keywords"]) for s in sentences), fact["id"]


def test_the_whole_bank_covers_nine_facts_in_ten(facts, whole_bank):
    missed = [f["id"] for f in facts if not covered(f, whole_bank.questions)]
    assert len(missed) <= len(facts) // 10, missed


def test_the_bank_cites_no_skipped_passage(whole_bank):
    for question in whole_bank.questions:
        for citation in question.sources:
            place = locate(whole_bank.sources[citation.source], citation.quote)
            assert place is not None and not place[2], (question.id, citation.quote)


def test_check_passes_on_the_whole_bank():
    result = CliRunner().invoke(main, ["check"], env={"QUIZ_QUESTIONS_DIR": str(QUESTIONS)})
    assert result.exit_code == 0, result.output


def test_stats_prints_coverage_per_article_and_topic_corroboration_and_conflicts(whole_bank):
    result = CliRunner().invoke(main, ["stats"], env={"QUIZ_QUESTIONS_DIR": str(QUESTIONS)})
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith(f"Bank: {len(whole_bank.questions)} questions")
    for source in whole_bank.sources:
        row = next(line for line in lines if line.startswith(f"  {source}: "))
        assert "sentences (" in row and "% )" not in row and "questions cite it" in row
    for topic in TOPICS:
        assert any(line.startswith(f"  {topic}: ") and "generated +" in line for line in lines), topic
    assert any(line.startswith("Corroboration (facts stated by n articles):") for line in lines)
    assert "  5 articles: studio: Metallic Rouge -> Bones" in lines
    assert any(line.startswith("Conflicts: ") for line in lines)
