"""The `quiz` command. Thin adapters: each subcommand calls the bank or the app and prints."""

from __future__ import annotations

import sys
from importlib import metadata
from pathlib import Path

import click
from flask.cli import FlaskGroup

from quiz.cli_formats import export_command, import_command
from quiz.cli_review import review
from quiz.config import questions_dir


def _create_app():
    from quiz import create_app

    return create_app()


class _Commands(FlaskGroup):
    """Flask's command group, finding the project's own commands without importing every
    installed plugin's first (flask_limiter's `limiter` brings in asyncio and rich: a tenth of
    a second of each `quiz generate`). A plugin's command of the same name as one of ours still
    takes its place, as it does in FlaskGroup; `quiz --help` lists the plugins' as before."""

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        own = click.Group.get_command(self, ctx, name)
        if own is not None and name not in _plugin_command_names():
            return own
        return super().get_command(ctx, name)


def _plugin_command_names() -> set[str]:
    """The names installed Flask plugins give their commands, read without importing them."""
    return {entry.name for entry in metadata.entry_points(group="flask.commands")}


@click.group(cls=_Commands, create_app=_create_app, commands=[review],
             add_default_commands=False, add_version_option=False)
def main() -> None:
    """Rouge Quiz: trivia from articles, with a citation for every answer."""


@main.command("check", with_appcontext=False)  # a broken bank must not stop its own check
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
def check(paths: tuple[Path, ...]) -> None:
    """Validate question files (default: the whole bank); exit 1 on any problem."""
    from quiz.bank.load import run_check

    # relative to the current folder when inside it, so every path printed is short
    result = run_check(Path(_relative(str(questions_dir()))), list(paths))
    found = [*result.problems, *result.warnings]  # warnings (the review) never fail the bank
    for path, line, col, message in sorted((_relative(p.path), p.line, p.col, p.message) for p in found):
        click.echo(f"{path}:{line}:{col}: {message}")
    if result.problems:
        files = len({p.path for p in result.problems})
        click.echo(f"{_count(len(result.problems), 'problem')} in {_count(files, 'file')}.", err=True)
        sys.exit(1)
    summary = f"{_count(result.questions, 'question')} in {_count(result.files, 'file')}"
    click.echo(f"ok: {summary}, no problems found.", err=True)


def _relative(path: str) -> str:
    """A path under the current folder is shown relative to it, as editors link it."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError):
        return path


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


@main.command("generate", with_appcontext=False)
@click.option("--check", "check_only", is_flag=True,
              help="write nothing; exit 1 naming the files that are out of date")
@click.option("--jobs", type=click.IntRange(1), default=None,
              help="processes that read the shows side by side  [default: every core]")
def generate_command(check_only: bool, jobs: int | None) -> None:
    """Rebuild questions/generated/ from the corpus and questions/aliases.yaml."""
    from quiz.bank.generate import stale, write
    from quiz.bank.workers import generate_files

    folder = questions_dir()
    files, problems = generate_files(folder, jobs)
    if problems or not (folder / "sources").is_dir():
        for problem in problems:
            click.echo(str(problem), err=True)
        raise click.ClickException(f"cannot read the corpus in {folder}; nothing generated")
    if check_only:
        out_of_date = stale(folder, files)
        for line in out_of_date:
            click.echo(line)
        if out_of_date:
            click.echo("questions/generated/ is stale: run `quiz generate`.", err=True)
            sys.exit(1)
        click.echo("ok: questions/generated/ is up to date.", err=True)
        return
    written, removed = write(folder, files)
    for path in removed:
        click.echo(f"removed {path}")
    click.echo(f"wrote {_count(len(written), 'file')} in {folder / 'generated'}.", err=True)


@main.command("facts", with_appcontext=False)
def facts_command() -> None:
    """Print the fact table: each fact, and every article and quote that states it."""
    from quiz.bank.facts import build, fact_table

    base = build(questions_dir())
    for problem in base.problems:
        click.echo(str(problem), err=True)
    click.echo("\n".join(fact_table(base)))
    click.echo(f"{_count(len(base.facts), 'fact')} from {_count(len(base.sources), 'article')}.", err=True)


@main.command("stats", with_appcontext=False)
@click.option("--quality", is_flag=True, help="Print the bank's quality measures and draw many rounds.")
@click.option("--rounds", default=10_000, show_default=True, type=click.IntRange(1),
              help="With --quality: rounds drawn per kind and difficulty.")
def stats_command(quality: bool, rounds: int) -> None:
    """Print coverage per article and per topic, corroboration, conflicts and interest ranking."""
    from quiz.bank import load_bank
    from quiz.bank.facts import build
    from quiz.bank.review_report import review_stats
    from quiz.bank.stats import report

    folder = questions_dir()
    bank = load_bank(folder)
    if quality:
        from quiz.bank import quality as bank_quality
        from quiz.play import round_quality

        click.echo("\n".join(bank_quality.report(bank, build(folder)) + round_quality.report(bank, rounds)))
    else:
        click.echo("\n".join(report(build(folder), bank) + review_stats(folder, bank)))
    if bank.problems:
        click.echo(f"note: {_count(len(bank.problems), 'problem')} in the bank; see `quiz check`.",
                   err=True)


@main.command("run", with_appcontext=False)  # builds the app itself, to report why it cannot
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
def run(host: str, port: int) -> None:
    """Start the web app on the embedded SQLite database (created or upgraded first)."""
    from quiz import BankError, create_app, request_log
    from quiz.security import ConfigError

    try:
        app = create_app()
    except (BankError, ConfigError) as exc:
        raise click.ClickException(str(exc)) from None
    upgrade_database(app)
    request_log.on_dev_server(app)
    click.echo(f"Rouge Quiz on http://{host}:{port}/ (Ctrl+C to stop)")
    serve(app, host, port)


def serve(app, host: str, port: int) -> None:
    """Serve until Ctrl+C. (Flask's app.run() does nothing inside a Flask CLI command.)"""
    from werkzeug.serving import run_simple

    run_simple(host, port, app, threaded=True)


def upgrade_database(app) -> None:
    """Create the database, or bring it to the newest schema, through the migrations."""
    from flask_migrate import upgrade
    from sqlalchemy.exc import SQLAlchemyError

    from quiz.database import db

    with app.app_context():
        where = db.engine.url.render_as_string(hide_password=True)
        try:
            upgrade()
        except SQLAlchemyError as exc:
            reason = getattr(exc, "orig", None) or exc
            raise click.ClickException(f"cannot create or upgrade the database {where}: {reason}") from None
    click.echo(f"Database {where} is up to date.")


main.add_command(export_command)
main.add_command(import_command)


@main.command("cite", with_appcontext=False)
@click.argument("question_id")
@click.option("-n", "--limit", default=5, show_default=True, type=click.IntRange(1, 100))
def cite(question_id: str, limit: int) -> None:
    """Rank the corpus sentences proving QUESTION_ID's answer; print the best as `sources:`."""
    from quiz.bank.cite import find_question, question_ids, rank, report, sources_yaml, suggest
    from quiz.bank.corpus import load_sources

    folder = questions_dir()
    found = find_question(folder, question_id)
    if found is None:
        hint = suggest(question_id, question_ids(folder))
        raise click.ClickException(f"unknown question id {question_id!r}{hint}")
    sources, _ = load_sources(folder / "sources")
    candidates = rank(sources, found.prompt, found.type, found.answer, found.accept, limit)
    click.echo("\n".join(report(found, candidates)))
    if not candidates or not candidates[0].supports:
        raise click.ClickException("no sentence of the corpus holds the answer: "
                                   "check the answer, or add the article that states it")
    click.echo("\nBest citation, ready to paste:\n" + sources_yaml(candidates[0]), nl=False)


@main.group("board")
def board() -> None:
    """Moderate the scoreboards (players are hidden, never deleted)."""


def _set_hidden(nickname: str, hidden: bool) -> None:
    from sqlalchemy.exc import SQLAlchemyError

    from quiz.boards import set_hidden
    from quiz.database import db

    try:
        player = set_hidden(nickname, hidden)
        db.session.commit()
    except LookupError as exc:
        raise click.ClickException(str(exc)) from None
    except SQLAlchemyError as exc:  # no schema yet, server down: say so, no traceback
        where = db.engine.url.render_as_string(hide_password=True)
        reason = getattr(exc, "orig", None) or exc
        raise click.ClickException(f"cannot update the database {where}: {reason} "
                                   "(`quiz db upgrade` creates the tables)") from None
    state = "hidden from" if hidden else "shown on"
    click.echo(f"{player.nickname} is now {state} every scoreboard; their rounds and scores are kept.")


@board.command("hide")
@click.argument("nickname")
def board_hide(nickname: str) -> None:
    """Hide NICKNAME from every scoreboard (any letter case); their data is kept."""
    _set_hidden(nickname, True)


@board.command("unhide")
@click.argument("nickname")
def board_unhide(nickname: str) -> None:
    """Show NICKNAME on the scoreboards again."""
    _set_hidden(nickname, False)


@main.command("preview", with_appcontext=False)
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5001, show_default=True, type=int)
def preview(path: Path, host: str, port: int) -> None:
    """Play only the questions in PATH (a file or folder), on a throwaway database.

    Problems do not stop it: they are printed here and listed on the home page.
    """
    import tempfile

    from quiz.preview import create_preview_app

    with tempfile.TemporaryDirectory(prefix="quiz-preview-") as workdir:
        app = create_preview_app(path, questions_dir(), workdir)
        shown = app.config["PREVIEW"]
        for problem in shown["problems"]:
            click.echo(problem, err=True)
        click.echo(f"{_count(shown['questions'], 'question')} from {shown['path']}, "
                   f"{_count(len(shown['problems']), 'problem')}.", err=True)
        click.echo(f"Preview on http://{host}:{port}/ (Ctrl+C to stop)")
        serve(app, host, port)
