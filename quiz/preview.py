"""Author preview: the app with only the questions of one file or folder.

`quiz preview PATH` checks PATH against the real corpus exactly as `quiz check PATH` does,
then serves the questions that passed on a throwaway SQLite database in a temporary folder.
Problems do not stop it: the home page lists them as `path:line:col: message`, so an author
can play the good questions while fixing the rest.
"""

from __future__ import annotations

import secrets
import tempfile
from pathlib import Path

from quiz.bank.load import load_bank, question_files, run_check
from quiz.bank.model import Bank


def _shown(path: str) -> str:
    """A path under the current folder relative to it, as `quiz check` prints it."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError):
        return path


def preview_bank(questions_dir: Path, path: Path) -> Bank:
    """The corpus, the questions in `path` that pass, and every problem found in `path`."""
    files = [f for f in question_files([path]) if f.is_file() and f.suffix in (".yaml", ".yml")]
    loaded = load_bank(questions_dir, files=files)
    problems = run_check(questions_dir, [path]).problems
    return Bank(sources=loaded.sources, questions=loaded.questions, problems=tuple(problems))


def preview_config(path: Path | str, questions_dir: Path | str, workdir: Path | str | None = None) -> dict:
    """create_app's config for previewing `path`: its bank, problems and a throwaway database."""
    path, questions_dir = Path(path), Path(questions_dir)
    workdir = Path(workdir or tempfile.mkdtemp(prefix="quiz-preview-"))
    workdir.mkdir(parents=True, exist_ok=True)
    bank = preview_bank(questions_dir, path)
    problems = sorted(
        (_shown(p.path), p.line, p.col, p.message) for p in bank.problems
    )
    return {
        "BANK": bank,
        "PREVIEW": {
            "path": _shown(str(path)),
            "questions": len(bank.questions),
            "problems": [f"{file}:{line}:{col}: {message}" for file, line, col, message in problems],
        },
        "QUESTIONS_DIR": str(questions_dir),
        "SQLALCHEMY_DATABASE_URI": f"sqlite:///{workdir / 'preview.sqlite'}",
        "SECRET_KEY": secrets.token_urlsafe(48),
        "QUIZ_ENV": "development",
        "REDIS_URL": None,
        "RATE_LIMITS": "off",  # one author trying things, not the public
    }


def create_preview_app(path: Path | str, questions_dir: Path | str, workdir: Path | str | None = None):
    """The preview app, its throwaway database created by the migrations."""
    from flask_migrate import upgrade

    from quiz import create_app

    app = create_app(preview_config(path, questions_dir, workdir))
    with app.app_context():
        upgrade()
    return app
