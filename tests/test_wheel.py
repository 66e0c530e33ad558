"""The built wheel, installed into a fresh virtual environment, runs the whole app from any folder.

The wheel is built from a copy of the checkout (pip fetches the build backend as a normal
`pip install .` does). The fresh environment sees the test run's site-packages for the
dependencies, so nothing is downloaded twice; the app itself comes only from the wheel.
"""

from __future__ import annotations

import os
import shutil
import site
import subprocess
import sys
import sysconfig
import time
import venv
from pathlib import Path

import pytest
import requests

from quiz.config import PROJECT_ROOT
from tests.live_server import csrf_token, free_port, reachable

pytestmark = pytest.mark.xdist_group("wheel")

LEFT_OUT = shutil.ignore_patterns(
    ".git", ".venv", "build", "dist", "instance", "test-artifacts", "*.egg-info", "__pycache__",
    ".pytest_cache", ".ruff_cache", ".hypothesis", "node_modules", "tests", "bench", "docs",
)
OWN_BANK = """\
topic: own
questions:
  - id: own-opening-singer
    type: choice
    prompt: Who performs the opening theme "Rouge"?
    answer: Yu-ka
    choices: [Dazbee, Yu-ka, Taisei Iwasaki]
    explanation: The opening theme, Rouge, is by Yu-ka.
    sources:
      - source: official-trailer-ruju-naomi
        quote: the opening theme, Rouge, by Yu-ka
"""


def run(args: list, cwd: Path, env: dict, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout
    )


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The bin/ folder of a fresh virtual environment holding the wheel."""
    root = tmp_path_factory.mktemp("wheel")
    source = root / "checkout"
    shutil.copytree(PROJECT_ROOT, source, ignore=LEFT_OUT)
    env = clean_env()
    built = run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", root / "dist", "."],
                source, env, timeout=300)
    assert built.returncode == 0, built.stderr
    try:
        venv.create(root / "venv", system_site_packages=True, with_pip=False)
    except (OSError, subprocess.CalledProcessError) as exc:
        pytest.skip(f"cannot create a virtual environment here: {exc}")
    python = root / "venv" / "bin" / "python"
    # the test run's own site-packages after the environment's: dependencies installed there
    # count, but a .pth file there (a development install of the project) is not run
    purelib = Path(sysconfig.get_path("purelib", vars={"base": str(root / "venv")}))
    (purelib / "test-dependencies.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    wheel = next((root / "dist").glob("rouge_quiz-*.whl"))
    # --ignore-installed: a development install of the project outside the venv is not reused
    added = run([python, "-m", "pip", "install", "--no-deps", "--ignore-installed", "-q", wheel],
                root, env)
    assert added.returncode == 0, added.stderr
    return root / "venv" / "bin"


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("QUIZ_", "FLASK_", "PYTHON", "VIRTUAL_ENV"))}
    env.update(extra)
    return env


def test_the_wheel_holds_the_app_not_the_checkout(installed, tmp_path):
    where = run([installed / "python", "-c", "import quiz; print(quiz.__file__)"], tmp_path, clean_env())
    assert where.stdout.startswith(str(installed.parent)), where.stdout + where.stderr
    assert not Path(where.stdout.strip()).is_relative_to(PROJECT_ROOT)


def test_db_upgrade_and_run_serve_the_bundled_bank_from_another_folder(installed, tmp_path):
    env = clean_env(QUIZ_RATE_LIMITS="off")
    upgraded = run([installed / "quiz", "db", "upgrade"], tmp_path, env)
    assert upgraded.returncode == 0, upgraded.stderr
    assert (installed.parent / "var" / "quiz-instance" / "quiz.sqlite").is_file()
    port = free_port()
    server = subprocess.Popen([installed / "quiz", "run", "--port", str(port)], cwd=tmp_path, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 60
        while not reachable("127.0.0.1", port):
            assert server.poll() is None and time.monotonic() < deadline, server.stdout.read()
            time.sleep(0.2)
        base = f"http://127.0.0.1:{port}"
        browser = requests.Session()
        home = browser.get(base + "/", timeout=30)
        assert home.status_code == 200 and "Metallic Rouge" in home.text
        assert browser.get(base + "/static/style.css", timeout=30).status_code == 200
        form = browser.get(base + "/nickname", timeout=30).text
        named = browser.post(base + "/nickname", timeout=30,
                             data={"csrf_token": csrf_token(form), "nickname": "Wheel"})
        assert named.status_code == 200, named.text[:500]
        started = browser.post(base + "/play", timeout=30, data={
            "csrf_token": csrf_token(home.text), "kind": "quick", "scope": "", "difficulty": "any",
            "timed": "0",
        })
        assert started.status_code == 200 and "/rounds/" in started.url, started.text[:500]
        assert 'name="position"' in started.text  # a question, with its answer form
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_quiz_questions_dir_points_the_installed_app_at_an_own_bank(installed, tmp_path):
    bank = tmp_path / "my-bank"
    (bank / "curated").mkdir(parents=True)
    shutil.copytree(PROJECT_ROOT / "questions" / "sources", bank / "sources")
    (bank / "curated" / "own.yaml").write_text(OWN_BANK, encoding="utf-8")
    env = clean_env(QUIZ_QUESTIONS_DIR=str(bank))
    checked = run([installed / "quiz", "check"], tmp_path, env)
    assert checked.returncode == 0 and "1 question in 1 file" in checked.stderr, checked.stderr
    exported = run([installed / "quiz", "export"], tmp_path, env)
    assert exported.returncode == 0, exported.stderr
    assert '"id": "own-opening-singer"' in exported.stdout and exported.stdout.count('"prompt"') == 1
    moodle = run([installed / "quiz", "export", "--format", "xml"], tmp_path, env)
    assert moodle.returncode == 0 and "<idnumber>own-opening-singer</idnumber>" in moodle.stdout
    (tmp_path / "own.xml").write_text(moodle.stdout, encoding="utf-8")
    back = run([installed / "quiz", "import", "own.xml", "--format", "moodle"], tmp_path, env)
    assert back.returncode == 0 and "1 question(s) written to stdout, 1 cited" in back.stderr, back.stderr
