"""`quiz export` and `quiz import`: the bank in other tools' formats, and back."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from quiz.bank.formats import ALIASES, EXPORT_FORMATS, IMPORT_FORMATS
from quiz.bank.formats.opentdb import ENCODINGS
from quiz.config import questions_dir


def _names(formats: tuple[str, ...]) -> list[str]:
    return [*formats, *(alias for alias, name in ALIASES.items() if name in formats)]


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(_names(EXPORT_FORMATS)), default="json",
              show_default=True, help="xml is Moodle XML, the same as moodle")
def export_command(fmt: str) -> None:
    """Print the whole bank to stdout; what a format cannot carry is counted on stderr."""
    from quiz.bank import load_bank
    from quiz.bank.formats import export_bank

    bank = load_bank(questions_dir())
    for problem in bank.problems:
        click.echo(str(problem), err=True)
    if bank.problems:
        raise click.ClickException(f"the bank has {len(bank.problems)} problem(s); nothing exported")
    result = export_bank(bank, fmt)
    click.echo(result.text, nl=False)
    if result.note(fmt):
        click.echo(result.note(fmt), err=True)


@click.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(_names(IMPORT_FORMATS)), required=True,
              help="moodle (or xml) is Moodle XML")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="question file to write, e.g. questions/curated/NAME.yaml (default: stdout)")
@click.option("--topic", help="topic of the questions (default: the output file's name)")
@click.option("--force", is_flag=True, help="overwrite the output file if it exists")
@click.option("--encoding", type=click.Choice(ENCODINGS), default="auto", show_default=True,
              help="opentdb: how the API encoded the text (its encode= parameter)")
def import_command(file: Path, fmt: str, output: Path | None, topic: str | None, force: bool,
                   encoding: str) -> None:
    """Convert FILE to a curated question file, citing the corpus for each answer."""
    from quiz.bank.formats.importer import default_topic, import_file, write_whole
    from quiz.bank.validate import TOPIC_PATTERN

    if output is not None and output.exists() and not force:
        raise click.ClickException(f"{output} already exists; add --force to overwrite it")
    topic = topic or default_topic(output)
    if not TOPIC_PATTERN.match(topic):
        raise click.ClickException(f"--topic {topic!r} must be a lower-case slug like 'music'")
    opentdb = ALIASES.get(fmt, fmt) == "opentdb"
    if encoding != "auto" and not opentdb:
        raise click.ClickException("--encoding is for --format opentdb only")
    options = {"encoding": encoding} if opentdb else {}
    result = import_file(file, fmt, questions_dir(), topic, output, **options)
    for line in [*result.notes, *result.problems]:
        click.echo(str(line), err=True)
    if result.problems:
        click.echo(f"{len(result.problems)} problem(s) found; nothing written.", err=True)
        sys.exit(1)
    if output is None:
        click.echo(result.text, nl=False)
    else:
        write_whole(output, result.text)
    uncited = len(result.uncited)
    click.echo(f"{len(result.drafts)} question(s) written to {output or 'stdout'}, "
               f"{len(result.drafts) - uncited} cited, {uncited} without sources.", err=True)
    if uncited:
        click.echo("No sentence of the corpus holds the answer of the questions without sources: "
                   "`quiz check` reports them until each cites a quote.", err=True)
