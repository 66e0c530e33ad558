"""The bank an editor would publish, measured: each figure `quiz stats --quality` prints is
held at its target here, on the committed bank."""

from __future__ import annotations

from collections import Counter

import pytest
import yaml
from click.testing import CliRunner

from quiz.bank import load_bank
from quiz.bank.facts import build
from quiz.bank.quality import STAFF_MAX, TRUE_BETWEEN, TRUEFALSE_MAX, measure, ranking
from quiz.cli import main
from quiz.config import PROJECT_ROOT
from quiz.play.draw import clash, daily_question_ids
from quiz.play.round_quality import ROUNDS, repeats, smallest_rounds
from quiz.play.rules import DIFFICULTY_CHOICES, ROUND_SIZE

QUESTIONS = PROJECT_ROOT / "questions"


@pytest.fixture(scope="module")
def bank():
    loaded = load_bank(QUESTIONS)
    assert not loaded.problems, "\n".join(map(str, loaded.problems))
    return loaded


@pytest.fixture(scope="module")
def base():
    return build(QUESTIONS)


def test_every_question_names_its_fact_and_no_fact_is_asked_more_than_twice(bank):
    files = sorted((QUESTIONS / "curated").glob("*.yaml")) + sorted((QUESTIONS / "generated").glob("*.yaml"))
    for path in files:
        items = yaml.safe_load(path.read_text(encoding="utf-8"))["questions"]
        assert items and all(item.get("fact") for item in items), path.name
    per_fact = Counter(q.fact for q in bank.questions)
    assert max(per_fact.values()) == measure(bank).per_fact <= 2
    for fact, n in per_fact.items():
        asking = [q for q in bank.questions if q.fact == fact]
        assert len({q.type for q in asking}) == n, fact  # two of one fact are of two types
        assert {q.id[:2] for q in asking} != {"c-", "g-"}, fact  # a curated fact is never drafted


def test_true_false_is_a_fifth_at_most_and_balanced(bank):
    quality = measure(bank)
    assert quality.truefalse <= TRUEFALSE_MAX
    assert TRUE_BETWEEN[0] <= quality.true <= TRUE_BETWEEN[1]


def test_staff_list_lines_are_a_tenth_at_most(bank):
    assert measure(bank).staff <= STAFF_MAX


def test_choice_questions_offer_four_options(bank):
    assert all(len(q.choices) == 4 for q in bank.questions if q.type == "choice")


def test_the_ranking_puts_the_show_before_minor_credits(base):
    order = [r.fact_id for r in ranking(base)]
    first = {"studio-metallic-rouge", "credit-director-metallic-rouge", "companion-rouge",
             "credit-music-metallic-rouge", "theme-opening-metallic-rouge", "premiere-metallic-rouge"}
    minor = {"credit-set-design-metallic-rouge", "credit-3dcg-supervisor-metallic-rouge",
             "credit-culture-investigation-metallic-rouge"}
    assert max(order.index(f) for f in first) < min(order.index(f) for f in minor)
    why = {r.fact_id: r.why for r in ranking(base)}
    assert "minor staff-list credit" in why["credit-culture-investigation-metallic-rouge"]


def test_no_drawn_round_repeats_a_fact_or_gives_an_answer_away(bank):
    # 10,000 quick rounds per difficulty and 1,000 days; `quiz stats --quality` also draws
    # 10,000 per topic and article choice (a minute's work: too long to repeat in every run)
    rows = repeats(bank, ROUNDS, kinds=("quick", "daily"))
    assert {(r.kind, r.difficulty) for r in rows} == {("quick", d) for d in DIFFICULTY_CHOICES} | {
        ("daily", "any")}
    rows += repeats(bank, ROUNDS // 10, kinds=("topic", "source"))
    assert {r.kind for r in rows} == {"quick", "topic", "source", "daily"}
    assert [r for r in rows if r.repeated] == []


def test_a_statement_that_answers_another_question_is_never_drawn_with_it(bank):
    by_id = {q.id: q for q in bank.questions}
    companion = next(q for q in bank.questions if q.prompt == "Who is Rouge's companion?")
    mission = next(q for q in bank.questions if "Rouge and Naomi" in q.prompt)
    assert clash(companion, mission)  # the second names Naomi, the first's answer
    ids = daily_question_ids(bank, "2026-01-01")
    drawn = [by_id[i] for i in ids]
    assert not any(clash(a, b) for i, a in enumerate(drawn) for b in drawn[i + 1:])


def test_every_home_page_choice_starts_a_round_and_quick_rounds_are_full(bank):
    sizes = smallest_rounds(bank, tries=20)
    assert min(sizes.values()) >= 1
    for difficulty in DIFFICULTY_CHOICES:
        assert sizes[("quick", "", difficulty)] == ROUND_SIZE, difficulty


def test_stats_quality_prints_every_measure():
    result = CliRunner().invoke(main, ["stats", "--quality", "--rounds", "50"],
                                env={"QUIZ_QUESTIONS_DIR": str(QUESTIONS)})
    assert result.exit_code == 0, result.output
    out = result.output
    for label in ("facts asked:", "Questions per fact (max): 2", "Share per type:", "True/false:",
                  "Staff-list share:", "Repeated facts over 50 drawn rounds", "quick / easy: 0 of 50",
                  "Smallest round a home-page choice starts:"):
        assert label in out, label
