"""Articles do not disturb each other: adding articles about other shows to the bank changes
no question about the five Metallic Rouge articles, not a choice, not a word of an
explanation, not which questions are kept.

The bank is copied into tmp_path and `quiz generate` run twice, without and with the
fixture articles of tests/fixtures/articles/ (real news about other shows) in sources/.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml
from article_fixtures import article_paths
from click.testing import CliRunner

from quiz.cli import main
from quiz.config import PROJECT_ROOT

# its tests share one worker, which builds the module's costly fixture once (each
# worker would build its own)
pytestmark = pytest.mark.xdist_group("test_articles_apart")

QUESTIONS = PROJECT_ROOT / "questions"


def generate(folder: Path) -> dict[str, dict]:
    """`quiz generate` in a questions folder; every generated question by id."""
    result = CliRunner().invoke(main, ["generate"], env={"QUIZ_QUESTIONS_DIR": str(folder)})
    assert result.exit_code == 0, result.output
    out = {}
    for path in sorted((folder / "generated").glob("*.yaml")):
        for question in yaml.safe_load(path.read_text(encoding="utf-8"))["questions"]:
            out[question["id"]] = question
    return out


def citing(questions: dict[str, dict], articles: set[str]) -> dict[str, str]:
    """The questions citing any of these articles, each as its full text (every field)."""
    return {
        qid: json.dumps(question, sort_keys=True, ensure_ascii=False)
        for qid, question in questions.items()
        if articles & {c["source"] for c in question["sources"]}
    }


@pytest.fixture(scope="module", params=["with curated questions", "generator alone"])
def both_ways(request, tmp_path_factory):
    """(questions without the fixtures, questions with them, the five articles' ids). The
    generator alone (no curated/ folder) drafts every fact, so more is at stake."""
    folder = tmp_path_factory.mktemp("bank") / "questions"
    shutil.copytree(QUESTIONS, folder, ignore=shutil.ignore_patterns("generated"))
    if request.param == "generator alone":
        shutil.rmtree(folder / "curated")
    home = {path.stem for path in (folder / "sources").glob("*.md")}
    before = generate(folder)
    for path in article_paths():
        shutil.copy(path, folder / "sources" / path.name)
    after = generate(folder)
    return before, after, home


def test_the_five_articles_questions_are_identical_with_the_fixtures_added(both_ways):
    before, after, home = both_ways
    alone, among_others = citing(before, home), citing(after, home)
    assert alone, "the five articles give no question at all"
    changed = sorted(qid for qid in alone.keys() & among_others.keys() if alone[qid] != among_others[qid])
    assert changed == [], f"changed by other shows' articles: {changed}"
    assert sorted(alone.keys() - among_others.keys()) == [], "gone once other articles were added"
    assert sorted(among_others.keys() - alone.keys()) == [], "new once other articles were added"


def test_the_fixtures_do_add_questions_of_their_own(both_ways):
    """The comparison above means something only if the added articles are read at all."""
    before, after, home = both_ways
    added = {path.stem for path in article_paths()}
    new = citing(after, added)
    assert new and not citing(before, added)
    # a question about another show never cites the five, nor the reverse
    assert not set(new) & set(citing(after, home))
