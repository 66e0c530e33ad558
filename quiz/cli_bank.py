"""The bank's own commands: `quiz check`, `generate`, `facts` and `cite`.

They read the question files and the articles and never the web app, so the `quiz` command
runs them without importing Flask (quiz/__main__.py): a tenth of a second of every
`quiz generate` on a quiet machine, as much as its slowest rule. Every other command, and `quiz` with an
option before the command's name, goes to the app's command group in quiz.cli, which lists
these commands too. They read their settings (QUIZ_QUESTIONS_DIR) from the environment only.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from quiz.config import questions_dir


@click.group()
def bank_commands() -> None:
    """The bank's commands, which need no app."""


@bank_commands.command("check")
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
        click.echo(f"{count(len(result.problems), 'problem')} in {count(files, 'file')}.", err=True)
        sys.exit(1)
    summary = f"{count(result.questions, 'question')} in {count(result.files, 'file')}"
    click.echo(f"ok: {summary}, no problems found.", err=True)


def _relative(path: str) -> str:
    """A path under the current folder is shown relative to it, as editors link it."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError):
        return path


def count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


@bank_commands.command("generate")
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
    click.echo(f"wrote {count(len(written), 'file')} in {folder / 'generated'}.", err=True)


@bank_commands.command("facts")
def facts_command() -> None:
    """Print the fact table: each fact, and every article and quote that states it."""
    from quiz.bank.facts import build, fact_table

    base = build(questions_dir())
    for problem in base.problems:
        click.echo(str(problem), err=True)
    click.echo("\n".join(fact_table(base)))
    click.echo(f"{count(len(base.facts), 'fact')} from {count(len(base.sources), 'article')}.", err=True)


@bank_commands.command("cite")
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
