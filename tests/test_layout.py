"""The package's layout: every module imports, none imports itself back through others, none
grows past a reader's page count, and no library's private names are used."""

from __future__ import annotations

import ast
import importlib
import re

import pytest

from quiz.config import PROJECT_ROOT

PACKAGE = PROJECT_ROOT / "quiz"
MAX_LINES = 300


def module_name(path) -> str:
    parts = path.relative_to(PROJECT_ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {
    module_name(path): path
    for path in sorted(PACKAGE.rglob("*.py"))
    if "migrations" not in path.parts
}


def imported(path) -> set[str]:
    """The quiz modules `path` imports, anywhere in it (a function's import runs too), with
    the packages whose __init__ importing them runs."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join([*package.split(".")[: len(package.split(".")) - node.level + 1], base])
            targets = [base, *(f"{base}.{alias.name}" for alias in node.names)]
        else:
            continue
        for target in targets:
            while target.startswith("quiz"):
                if target in MODULES and target != name and not name.startswith(target + "."):
                    found.add(target)
                target = target.rpartition(".")[0]
    return found


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every import cycle a depth-first walk of `graph` (module -> modules it imports) meets."""
    found, state = [], {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = "open"
        for nxt in sorted(graph[node]):
            if state.get(nxt) == "open":
                found.append(trail[trail.index(nxt):] + [nxt] if nxt in trail else [node, nxt])
            elif nxt not in state:
                visit(nxt, [*trail, nxt])
        state[node] = "done"

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])
    return found


@pytest.mark.parametrize("name", sorted(MODULES))
def test_every_module_imports(name):
    importlib.import_module(name)


def test_no_module_imports_itself_back_through_others():
    assert cycles({name: imported(path) for name, path in MODULES.items()}) == []


def test_the_cycle_finder_finds_a_cycle_through_a_package():
    """A check that could never fail proves nothing: play -> boards -> play, as it once was."""
    graph = {"quiz.play": {"quiz.play.rounds"}, "quiz.play.rounds": {"quiz.boards"},
             "quiz.boards": {"quiz.play"}, "quiz.models": set()}
    assert cycles(graph) == [["quiz.boards", "quiz.play", "quiz.play.rounds", "quiz.boards"]]


def test_imports_are_read_with_the_packages_they_run():
    assert {"quiz.play", "quiz.play.rules"} <= imported(MODULES["quiz.web.play"])
    assert "quiz.boards" not in imported(MODULES["quiz.boards.ranking"])  # its own package: no cycle


# the web and service layers; the bank pipeline (quiz.bank) keeps its own house
SERVICE_AND_WEB = sorted(name for name in MODULES if not name.startswith("quiz.bank"))


@pytest.mark.parametrize("name", SERVICE_AND_WEB)
def test_modules_stay_short(name):
    lines = MODULES[name].read_text().count("\n")
    assert lines <= MAX_LINES, f"{name} has {lines} lines: split it by what its parts hold"


# a private attribute of another object (`thing._name`), where `thing` is not our own `self`/`cls`
PRIVATE = re.compile(r"(?<![\w.])(?!self\b|cls\b)([a-z_][\w]*(?:\.\w+)*)\._[a-z]\w*")


@pytest.mark.parametrize("name", SERVICE_AND_WEB)
def test_no_private_name_of_a_library(name):
    source = MODULES[name].read_text()
    own = {node.name for node in ast.walk(ast.parse(source))
           if isinstance(node, ast.FunctionDef | ast.ClassDef | ast.AsyncFunctionDef)}
    used = [m.group(0) for m in PRIVATE.finditer(source)
            if m.group(0).rpartition("._")[2].split("(")[0] not in {n.lstrip("_") for n in own}]
    assert used == [], f"{name} reaches into private names: {used}"


def test_the_private_name_check_sees_one():
    assert PRIVATE.search("data = {key: f for key, f in form._fields.items()}")
    assert PRIVATE.search("csrf._get_csrf_token()")
    assert not PRIVATE.search("self._holding = True") and not PRIVATE.search("cls._held")
