"""`quiz generate`'s pipeline, on every core: the shows of a big corpus read side by side.

Each show's questions are a function of its own articles alone (see per_show.py), so the
shows can be read in any order and in any process, and the files come out byte for byte as
one process writes them. The workers are forked once the rules are compiled, so each starts
with them; they read each show's articles for its drafts. Reading the articles and finding
each one's show needs no rule, so a first set of workers, forked before the rules compile,
does it while this process compiles them. A small corpus, or a machine with one core, is
read in this process: starting workers costs more than it saves there.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from quiz.bank.ask import Draft
from quiz.bank.corpus import load_source
from quiz.bank.entities import load_aliases
from quiz.bank.facts import build_from
from quiz.bank.generate import files_of, published_for_show
from quiz.bank.hand_written import Curated
from quiz.bank.model import Problem, Source
from quiz.bank.per_show import show_groups
from quiz.bank.rules import all_rules
from quiz.bank.show import find_show

# Fewer articles than this are read in one process: forking and sending the drafts back
# cost more than the second core gives (measured in bench/generate_time.py).
MIN_ARTICLES = 12

# What the forked workers read: set before the pool starts, so each inherits it unsent.
_SHARED: dict = {}


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def generate(questions_dir: Path | str, jobs: int | None = None) -> dict[str, str]:
    """File name -> text of every generated question file (none while a file of the corpus
    is broken: `generate_files` says what is wrong)."""
    return generate_files(questions_dir, jobs)[0]


def generate_files(questions_dir: Path | str,
                   jobs: int | None = None) -> tuple[dict[str, str], list[Problem]]:
    """File name -> text of every generated question file, read on `jobs` processes (every
    core by default); and what is wrong with the corpus's files (then no files)."""
    folder = Path(questions_dir)
    aliases, problems = load_aliases(folder / "aliases.yaml")
    paths = sorted((folder / "sources").glob("*.md"))
    jobs = jobs or cores() if len(paths) >= MIN_ARTICLES else 1
    _SHARED.update(aliases=aliases)
    try:
        with mapper(jobs) as run:
            reading = run(_read, paths, wait=False)
            # meanwhile, what only the drafts need: ready before their workers fork
            all_rules()
            _SHARED["curated"] = Curated(folder)
            read = reading()
        problems += [found for found, _ in read if isinstance(found, Problem)]
        if problems:
            return {}, problems
        # the drafts' workers inherit the articles read, rather than be sent them
        _SHARED["read"] = {source.id: (source, show) for source, show in sorted(read, key=lambda r: r[0].id)}
        with mapper(jobs) as run:
            return files_of(_drafts(run), run), []  # the files rendered side by side too
    finally:
        _SHARED.clear()


def _drafts(run: Callable) -> list[Draft]:
    """The drafts that go into the bank, show by show in the order of their names."""
    named = {sid: show for sid, (_, show) in _SHARED["read"].items()}
    groups = list(show_groups(named, _SHARED["aliases"]).values())
    # the biggest groups first, so that no worker is left with one at the end
    order = sorted(range(len(groups)), key=lambda i: -len(groups[i]))
    found = run(_published, [groups[i] for i in order])
    by_group = dict(zip(order, found, strict=True))
    return [draft for i in range(len(groups)) for draft in by_group[i]]


@contextmanager
def mapper(jobs: int) -> Iterator[Callable[..., list | Callable[[], list]]]:
    """A map over a list: in this process, or on `jobs` forked ones. With `wait=False` it
    gives a function that waits for the results, so this process may work meanwhile (in this
    process, the map is made when that function is called)."""
    if jobs <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        def here(work: Callable, items: list, wait: bool = True):
            return list(map(work, items)) if wait else lambda: list(map(work, items))
        yield here
        return
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        def forked(work: Callable, items: list, wait: bool = True):
            mapped = pool.map_async(work, items, chunksize=1)
            return mapped.get() if wait else mapped.get
        yield forked


def _read(path: Path) -> tuple[Source | Problem, tuple[str, list[str]]]:
    source = load_source(path)
    return source, ("", []) if isinstance(source, Problem) else find_show(source)


def _published(group: list[str]) -> list[Draft]:
    """The drafts of one show: `group`, the ids of its articles."""
    read = _SHARED["read"]
    sources = {sid: read[sid][0] for sid in group}
    named = {sid: read[sid][1] for sid in group}
    base = build_from(sources, _SHARED["aliases"], found=named)
    return published_for_show(base, _SHARED["curated"].about(set(base.sources)))
