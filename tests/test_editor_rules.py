"""What an editor would refuse, on articles the generator was not written for: a question on
another show named in passing, one answer asked twice from one sentence, a voice actor
offered as a director, "who" asked of a credit several people share, the show named twice.

The train articles of tests/fixtures/articles/ (the test split stays unread) go into an
empty bank together; the assertions hold for any article, whatever questions it gives.
"""

from __future__ import annotations

import math
import shutil
from collections import defaultdict
from pathlib import Path

import pytest
import yaml
from article_fixtures import FOLDER, split

from quiz.bank.facts import build
from quiz.bank.generate import write
from quiz.bank.interest import MAIN_ROLES, fact_id, is_staff_line, tier
from quiz.bank.select import STAFF_SHARE
from quiz.bank.workers import generate
from quiz.config import PROJECT_ROOT

# its tests share one worker, which builds the module's costly fixture once (each
# worker would build its own)
pytestmark = pytest.mark.xdist_group("test_editor_rules")


@pytest.fixture(scope="module")
def bank(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("editor") / "questions"
    (folder / "sources").mkdir(parents=True)
    shutil.copy(PROJECT_ROOT / "questions" / "aliases.yaml", folder / "aliases.yaml")
    for article in split()["train"]:
        shutil.copy(FOLDER / f"{article}.md", folder / "sources" / f"{article}.md")
    write(folder, generate(folder))
    return folder


@pytest.fixture(scope="module")
def questions(bank) -> list[dict]:
    out = []
    for path in sorted((bank / "generated").glob("*.yaml")):
        out += yaml.safe_load(path.read_text(encoding="utf-8"))["questions"]
    assert len(out) > 50  # the train articles give questions: the checks below check something
    return out


def test_no_question_asks_a_role_in_another_show(questions):
    assert [q["prompt"] for q in questions if q["rule"].startswith("known_role/")] == []


def test_one_answer_is_asked_once_from_one_sentence(questions):
    facts = defaultdict(set)
    for q in questions:
        if isinstance(q["answer"], str):
            facts[(q["answer"], q["sources"][0]["quote"])].add(q["fact"])
    assert {k: v for k, v in facts.items() if len(v) > 1} == {}


def test_staff_questions_offer_no_voice_actor(bank, questions):
    actors = {f.value for f in build(bank).facts if f.relation in ("cast", "cast_member")}
    staff = [q for q in questions if q["type"] == "choice" and q["rule"].startswith("credit/")
             and q["answer"] not in actors]
    assert staff
    assert [(q["prompt"], c) for q in staff for c in q["choices"] if c in actors] == []


def test_a_credit_several_people_share_is_not_asked_with_who(bank, questions):
    """ "Who wrote the lyrics?" when two people did asks for both; "Which of these people"
    asks for the one among the choices."""
    holders = defaultdict(set)
    for fact in build(bank).facts:
        holders[fact_id(fact)].add(fact.value)
    shared = {unit for unit, values in holders.items() if len(values) > 1}
    assert shared
    who = [q["prompt"] for q in questions if q["fact"] in shared and q["type"] in ("choice", "text")
           and q["prompt"].startswith("Who ")]
    assert who == []


def test_no_prompt_names_its_show_twice(bank, questions):
    shows = {name.casefold() for name in build(bank).shows.values() if name}
    twice = [q["prompt"] for q in questions for show in shows if q["prompt"].casefold().count(show) > 1]
    assert twice == []


def test_no_wrong_earlier_work_is_one_the_cited_sentence_credits(questions):
    """ "Which of these earlier works has X worked on?" never offers a work X's own sentence
    lists, even one its rules did not read as a credit ("episode animation director on Y")."""
    careers = [q for q in questions
               if q["type"] == "choice" and q["rule"].startswith(("worked_on/", "known_for/"))]
    assert careers
    named = [(q["prompt"], c) for q in careers for c in q["choices"] if c != q["answer"]
             and any(c.casefold() in s["quote"].casefold() for s in q["sources"])]
    assert named == []


def test_main_makers_only_a_staff_list_names_are_asked(bank, questions):
    """The staff-list share holds minor credits down, not the director or the music that a
    film's article lists as "Director: X" lines."""
    listed = {fact_id(f) for f in build(bank).facts
              if f.relation == "credit" and f.qualifier in MAIN_ROLES
              and all(is_staff_line(c.quote) for c in f.citations)}
    assert listed  # the train articles have such credits: the check below checks something
    assert sorted(listed - {q["fact"] for q in questions}) == []


def test_least_known_credits_stay_within_the_staff_share_however_worded(bank, questions):
    """A dub's mix engineer named in a sentence is no more a fan's question than one on a
    "Role: Name" line: every show's credits of the least-known roles (neither main makers nor
    well-known roles such as producer) stay within its one-in-ten staff share."""
    least_known = {fact_id(f) for f in build(bank).facts if f.relation == "credit" and tier(f) == 4}
    assert least_known  # the train articles name such credits, so the check checks something
    per_show: dict[str, list[dict]] = defaultdict(list)
    for question in questions:
        per_show[question["sources"][0]["source"]].append(question)
    for source, asked in per_show.items():
        minor = [q for q in asked if q["fact"] in least_known]
        assert len(minor) <= max(1, math.ceil(STAFF_SHARE * len(asked))), (source, [q["id"] for q in minor])
