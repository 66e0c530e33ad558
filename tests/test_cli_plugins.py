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
