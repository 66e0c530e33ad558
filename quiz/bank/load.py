"""Load the whole bank (corpus + question files) or check some files against it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from quiz.bank.corpus import load_sources
from quiz.bank.fact_rules import check_facts
from quiz.bank.files import read_yaml
from quiz.bank.model import Bank, Problem, Question
from quiz.bank.review import check_review
from quiz.bank.validate import FileChecker

QUESTION_FOLDERS = ("curated", "generated")
_NO_SOURCES = "no sources folder: the corpus lives in questions/sources/"


def question_files(paths: list[Path]) -> list[Path]:
    """The YAML files named, and those found under folders named, in a stable order."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*.y*ml") if _is_yaml(p) and p.is_file()))
        else:
            files.append(path)
    return files


def _is_yaml(path: Path) -> bool:
    return path.suffix in (".yaml", ".yml")


def bank_files(questions_dir: Path) -> list[Path]:
    folders = [questions_dir / name for name in QUESTION_FOLDERS]
    return question_files([folder for folder in folders if folder.is_dir()])


def check_files(
    files: list[Path],
    sources: dict,
    seen: dict[str, str] | None = None,
    broken: frozenset[str] = frozenset(),
) -> tuple[list[Question], list[Problem]]:
    seen = {} if seen is None else seen
    questions: list[Question] = []
    problems: list[Problem] = []
    for path in files:
        doc, read_problems = read_yaml(path)
        problems.extend(read_problems)
        if doc is None and read_problems:
            continue  # unreadable: nothing more to say about it
        checker = FileChecker(str(path), sources, seen, broken)
        questions.extend(checker.check(doc))
        problems.extend(checker.problems)
    return questions, problems


def load_bank(questions_dir: Path | str, files: list[Path] | None = None) -> Bank:
    """Read sources and question files; problems are collected, never raised."""
    questions_dir = Path(questions_dir)
    sources, problems = load_sources(questions_dir / "sources")
    if not (questions_dir / "sources").is_dir():
        problems.append(Problem(str(questions_dir / "sources"), 1, 1, _NO_SOURCES))
    if files is None:
        files = bank_files(questions_dir)
    questions, file_problems = check_files(files, sources, broken=_broken(problems))
    file_problems += check_facts(questions)
    return Bank(
        sources=sources, questions=tuple(questions), problems=tuple(problems + file_problems)
    )


@dataclass(frozen=True)
class CheckResult:
    """What `quiz check` found: every problem, and how much was looked at."""

    problems: list[Problem]
    files: int = 0
    questions: int = 0
    warnings: tuple[Problem, ...] = ()  # worth a look, not a failure: the authors' review


def check_paths(questions_dir: Path | str, paths: list[Path]) -> list[Problem]:
    """Problems in the named files or folders; ids elsewhere in the bank count as taken."""
    return run_check(questions_dir, paths).problems


def run_check(questions_dir: Path | str, paths: list[Path] | None = None) -> CheckResult:
    """Check the named files or folders (default: the whole bank) against the corpus."""
    questions_dir = Path(questions_dir)
    if not questions_dir.is_dir():
        message = "questions folder not found; run from the project or set QUIZ_QUESTIONS_DIR"
        return CheckResult([Problem(str(questions_dir), 1, 1, message)])
    sources, problems = load_sources(questions_dir / "sources")
    if not (questions_dir / "sources").is_dir():
        problems.append(Problem(str(questions_dir / "sources"), 1, 1, _NO_SOURCES))
    if paths:
        problems += [p for p in map(_path_problem, paths) if p is not None]
        # each file once, even when named twice or also inside a folder named
        named = [p for p in question_files(paths) if p.is_file() and _is_yaml(p)]
        wanted = _unique(named)
    else:
        wanted = bank_files(questions_dir)
        if not wanted:
            message = "no question files (*.yaml) in curated/ or generated/"
            problems.append(Problem(str(questions_dir), 1, 1, message))
    wanted_set = {p.resolve() for p in wanted}
    seen: dict[str, str] = {}
    others = [p for p in bank_files(questions_dir) if p.resolve() not in wanted_set]
    # the rest of the bank only to learn the ids and facts already taken
    known, _ = check_files(others, sources, seen)
    questions, file_problems = check_files(wanted, sources, seen, _broken(problems))
    file_problems += check_facts([*known, *questions], report=questions)
    review, warnings = ([], []) if paths else check_review(questions_dir, questions)
    return CheckResult(problems + file_problems + review, len(wanted), len(questions), tuple(warnings))


def _broken(problems: list[Problem]) -> frozenset[str]:
    """Ids of the source files the problems are about (they exist but did not load)."""
    return frozenset(Path(p.path).stem for p in problems if p.path.endswith(".md"))


def _unique(paths: list[Path]) -> list[Path]:
    out: dict[Path, Path] = {}
    for path in paths:
        out.setdefault(path.resolve(), path)
    return list(out.values())


def _path_problem(path: Path) -> Problem | None:
    """Why a path named on the command line cannot be checked, if it cannot."""
    if path.is_dir():
        if not any(_is_yaml(p) for p in path.rglob("*.y*ml")):
            return Problem(str(path), 1, 1, "no question files (*.yaml or *.yml) in this folder")
        return None
    if not path.exists():
        return Problem(str(path), 1, 1, "no such file or folder")
    if not path.is_file():
        return Problem(str(path), 1, 1, "not a regular file")
    if not _is_yaml(path):
        return Problem(str(path), 1, 1, "not a question file: those end in .yaml or .yml")
    return None
