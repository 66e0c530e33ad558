"""`quiz generate --jobs N`: shows read side by side in forked processes write the very files
one process writes."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
import yaml
from article_fixtures import FOLDER
from click.testing import CliRunner

from quiz.bank import workers
from quiz.cli import main
from quiz.config import PROJECT_ROOT

QUESTIONS = PROJECT_ROOT / "questions"


def train_ids() -> list[str]:
    return yaml.safe_load((FOLDER / "SPLIT.yaml").read_text(encoding="utf-8"))["train"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The bank's five articles and enough others that `quiz generate` forks its workers."""
    out = tmp_path_factory.mktemp("many") / "questions"
    shutil.copytree(QUESTIONS / "sources", out / "sources")
    shutil.copy(QUESTIONS / "aliases.yaml", out / "aliases.yaml")
    for sid in train_ids()[:workers.MIN_ARTICLES]:
        shutil.copy(FOLDER / f"{sid}.md", out / "sources" / f"{sid}.md")
    return out


def generate(folder: Path, *args: str) -> dict[str, bytes]:
    result = CliRunner().invoke(main, ["generate", *args], env={"QUIZ_QUESTIONS_DIR": str(folder)})
    assert result.exit_code == 0, result.output
    files = {p.name: p.read_bytes() for p in sorted((folder / "generated").glob("*.yaml"))}
    shutil.rmtree(folder / "generated")
    return files


def test_two_processes_write_the_files_one_writes(corpus):
    one = generate(corpus, "--jobs", "1")
    assert len(one) == 6 and all(one.values())
    assert generate(corpus, "--jobs", "2") == one
    assert generate(corpus) == one  # every core, the default


def _pid(_item: int) -> int:
    return os.getpid()


def test_jobs_run_in_other_processes_and_in_order():
    with workers.mapper(2) as run:
        pids = run(_pid, list(range(8)))
        assert run(str, list(range(8))) == [str(i) for i in range(8)]
    assert os.getpid() not in pids
    with workers.mapper(1) as run:
        assert set(run(_pid, [1, 2])) == {os.getpid()}


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_map_can_be_waited_for_later_while_this_process_works(jobs):
    with workers.mapper(jobs) as run:
        results = run(str, list(range(8)), wait=False)
        assert callable(results)
        assert results() == [str(i) for i in range(8)]


def test_a_bad_jobs_count_is_refused_with_a_clear_error(corpus):
    result = CliRunner().invoke(main, ["generate", "--jobs", "0"], env={"QUIZ_QUESTIONS_DIR": str(corpus)})
    assert result.exit_code == 2
    assert "--jobs" in result.output and "Traceback" not in result.output


def test_a_broken_article_among_many_is_named_and_nothing_is_written(corpus, tmp_path):
    folder = tmp_path / "questions"
    shutil.copytree(corpus, folder)
    (folder / "sources" / "broken.md").write_bytes(b"---\nid: broken\ntitle: \xff\n---\nText.\n")
    result = CliRunner().invoke(main, ["generate"], env={"QUIZ_QUESTIONS_DIR": str(folder)})
    assert result.exit_code == 1
    assert "broken.md" in result.output and "not UTF-8" in result.output
    assert "Traceback" not in result.output and not (folder / "generated").exists()
