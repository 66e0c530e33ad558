"""Load the whole bank (corpus + question files) or check some files against it."""

from __future__ import annotations

from pathlib import Path

from quiz.bank.corpus import load_sources
from quiz.bank.files import read_yaml
from quiz.bank.model import Bank, Problem, Question
from quiz.bank.validate import FileChecker

QUESTION_FOLDERS = ("curated", "generated")


def question_files(paths: list[Path]) -> list[Path]:
    """The YAML files named, and those found under folders named, in a stable order."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*.y*ml") if p.suffix in (".yaml", ".yml")))
        else:
            files.append(path)
    return files


def bank_files(questions_dir: Path) -> list[Path]:
    return question_files([questions_dir / folder for folder in QUESTION_FOLDERS if (questions_dir / folder).is_dir()])


def check_files(files: list[Path], sources: dict, seen: dict[str, str] | None = None) -> tuple[list[Question], list[Problem]]:
    seen = {} if seen is None else seen
    questions: list[Question] = []
    problems: list[Problem] = []
    for path in files:
        doc, read_problems = read_yaml(path)
        problems.extend(read_problems)
        if doc is None:
            continue
        checker = FileChecker(str(path), sources, seen)
        questions.extend(checker.check(doc))
        problems.extend(checker.problems)
    return questions, problems


def load_bank(questions_dir: Path | str, files: list[Path] | None = None) -> Bank:
    """Read sources and question files; problems are collected, never raised."""
    questions_dir = Path(questions_dir)
    sources, problems = load_sources(questions_dir / "sources")
    if not (questions_dir / "sources").is_dir():
        problems.append(Problem(str(questions_dir / "sources"), 1, 1, "no sources folder: the corpus lives in questions/sources/"))
    if files is None:
        files = bank_files(questions_dir)
    questions, file_problems = check_files(files, sources)
    return Bank(sources=sources, questions=tuple(questions), problems=tuple(problems + file_problems))


def check_paths(questions_dir: Path | str, paths: list[Path]) -> list[Problem]:
    """Problems in the named files or folders; ids elsewhere in the bank count as taken."""
    questions_dir = Path(questions_dir)
    sources, problems = load_sources(questions_dir / "sources")
    wanted = question_files(paths)
    missing = [Problem(str(p), 1, 1, "no such file or folder") for p in paths if not p.exists()]
    wanted_set = {p.resolve() for p in wanted}
    seen: dict[str, str] = {}
    others = [p for p in bank_files(questions_dir) if p.resolve() not in wanted_set]
    check_files(others, sources, seen)  # only to learn the ids already taken
    _, file_problems = check_files([p for p in wanted if p.exists()], sources, seen)
    return missing + problems + file_problems
