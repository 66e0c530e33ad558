"""The `quiz` command. Thin adapters: each subcommand calls the bank or the app and prints."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

import click
from flask.cli import FlaskGroup

from quiz.cli_bank import bank_commands, count
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
        click.echo(f"note: {count(len(bank.problems), 'problem')} in the bank; see `quiz check`.",
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
for _command in bank_commands.commands.values():
    main.add_command(_command)


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
        click.echo(f"{count(shown['questions'], 'question')} from {shown['path']}, "
                   f"{count(len(shown['problems']), 'problem')}.", err=True)
        click.echo(f"Preview on http://{host}:{port}/ (Ctrl+C to stop)")
        serve(app, host, port)
