"""quiz.bank is pure Python: authors' tools and the generator run without the web app."""

from __future__ import annotations

import json
import subprocess
import sys

from quiz.config import PROJECT_ROOT

# Imports the given package and every module under it in a fresh interpreter, then reports
# which modules it walked and everything that got loaded.
PROBE = """
import importlib, json, pkgutil, sys

package = importlib.import_module(sys.argv[1])
names = [package.__name__]
for info in pkgutil.walk_packages(getattr(package, "__path__", []), package.__name__ + "."):
    importlib.import_module(info.name)
    names.append(info.name)
print(json.dumps({"imported": names, "modules": sorted(sys.modules)}))
"""

FORBIDDEN = ("flask", "sqlalchemy", "flask_sqlalchemy")


def import_all(package: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, package],
        capture_output=True,
        text=True,
        cwd=PROJECT_ROOT,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def forbidden_in(modules: list[str]) -> list[str]:
    return sorted(m for m in modules if m.split(".")[0] in FORBIDDEN)


def test_no_module_of_quiz_bank_imports_flask_or_the_database():
    report = import_all("quiz.bank")
    # the walk really reached the modules the pipeline is made of
    assert {"quiz.bank.corpus", "quiz.bank.validate", "quiz.bank.load"} <= set(report["imported"])
    assert forbidden_in(report["modules"]) == []


def test_the_probe_sees_the_database_layer_when_it_is_imported():
    """The same probe on quiz.database finds Flask-SQLAlchemy, so an empty list above means something."""
    report = import_all("quiz.database")
    assert {"flask", "sqlalchemy", "flask_sqlalchemy"} <= set(forbidden_in(report["modules"]))
