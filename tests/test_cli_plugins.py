"""`quiz generate` and the bank's other commands start without importing the Flask plugins'
commands (flask_limiter's brings asyncio and rich along), and those commands still answer."""

from __future__ import annotations

import subprocess
import sys

from click.testing import CliRunner

from quiz.cli import main
from quiz.config import PROJECT_ROOT


def test_a_bank_command_imports_no_plugin():
    probe = ("import sys\nfrom quiz.cli import main\n"
             "try:\n    main(['generate', '--check'])\nexcept SystemExit:\n    pass\n"
             "print('flask_limiter' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", probe], cwd=PROJECT_ROOT, capture_output=True, text=True)
    assert done.stdout.strip() == "False", done.stderr


def test_a_plugin_command_still_answers():
    result = CliRunner().invoke(main, ["limiter", "--help"])
    assert result.exit_code == 0 and "Flask-Limiter" in result.output
    assert "limiter" in CliRunner().invoke(main, ["--help"]).output


def _console(*args: str) -> subprocess.CompletedProcess:
    """The installed `quiz` command, as its console script starts it."""
    probe = ("import sys\nfrom quiz.__main__ import run\n"
             "try:\n    run()\nfinally:\n    print('flask' in sys.modules, file=sys.stderr)")
    return subprocess.run([sys.executable, "-c", probe, *args], cwd=PROJECT_ROOT,
                          capture_output=True, text=True)


def test_the_bank_commands_start_without_flask():
    done = _console("check")
    assert done.returncode == 0 and "no problems found" in done.stderr
    assert done.stderr.strip().endswith("False")  # the web framework was never imported
    helped = _console("generate", "--help")
    assert helped.returncode == 0 and "Usage: quiz generate" in helped.stdout


def test_every_other_command_goes_to_the_app_group():
    listed = _console("--help")
    assert listed.returncode == 0
    for name in ("board", "check", "db", "generate", "run", "stats"):
        assert f"  {name} " in listed.stdout
    assert _console("board", "--help").stderr.strip().endswith("True")
    unknown = _console("frobnicate")
    assert unknown.returncode == 2 and "No such command 'frobnicate'" in unknown.stderr
