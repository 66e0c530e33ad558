"""The `quiz` command. Thin adapters: each subcommand calls the bank or the app and prints."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click
from flask.cli import FlaskGroup


def _create_app():
    from quiz import create_app

    return create_app()


def questions_dir() -> Path:
    from quiz.config import PROJECT_ROOT

    return Path(os.environ.get("QUIZ_QUESTIONS_DIR") or PROJECT_ROOT / "questions")


@click.group(
    cls=FlaskGroup, create_app=_create_app, add_default_commands=False, add_version_option=False
)
def main() -> None:
    """Rouge Quiz: trivia from articles, with a citation for every answer."""


@main.command("check")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
def check(paths: tuple[Path, ...]) -> None:
    """Validate question files (default: the whole bank); exit 1 on any problem."""
    from quiz.bank.load import check_paths

    folder = questions_dir()
    problems = check_paths(folder, list(paths) or [folder / "curated", folder / "generated"])
    for problem in problems:
        click.echo(str(problem))
    if problems:
        click.echo(f"{len(problems)} problem(s) found.", err=True)
        sys.exit(1)
    click.echo("ok: no problems found.", err=True)


@main.command("run")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
def run(host: str, port: int) -> None:
    """Start the web app on the embedded SQLite database (created or upgraded first)."""
    from quiz import BankError, create_app

    try:
        app = create_app()
    except BankError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"Rouge Quiz on http://{host}:{port}/ (Ctrl+C to stop)")
    app.run(host=host, port=port, debug=False)
