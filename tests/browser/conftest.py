"""Browser-only fixtures: one app server for the session, one Chromium for all browser tests.

The app runs in this process under werkzeug's threaded server on a loopback port, on a
temporary SQLite database built by the app's own migrations and on the small bank of
tests/conftest.py (`play_bank`), which holds every question type: a quick round draws all
of them. Tests tell their players apart by nickname, since they share the database.
"""

from __future__ import annotations

import itertools
import logging
import shutil
import threading
from dataclasses import dataclass
from pathlib import Path

import pytest

from quiz.config import PROJECT_ROOT

DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}
SCREENSHOTS = PROJECT_ROOT / "test-artifacts" / "screenshots"

# Debian's Chromium, launched the way a headless CI box needs it: no sandbox (containers),
# no GPU, and nothing that phones home, so the only traffic is to the loopback server.
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def chromium_path() -> str | None:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return None


class Gate:
    """WSGI middleware that holds POSTs while shut: a slow server, for double-submit tests."""

    def __init__(self, wsgi_app):
        self.wsgi_app = wsgi_app
        self.posts = 0  # POSTs that reached the server while shut
        self._open = threading.Event()
        self._open.set()

    def shut(self) -> None:
        self.posts = 0
        self._open.clear()

    def open(self) -> None:
        self._open.set()

    def __call__(self, environ, start_response):
        if environ["REQUEST_METHOD"] == "POST" and not self._open.is_set():
            self.posts += 1
            self._open.wait(timeout=30)
        return self.wsgi_app(environ, start_response)


@dataclass
class Live:
    url: str
    app: object
    bank: object
    gate: Gate

    def question(self, prompt: str):
        """The bank's question a page shows, found by its prompt."""
        wanted = " ".join(prompt.split())
        for question in self.bank.questions:
            if " ".join(question.prompt.split()) == wanted:
                return question
        raise AssertionError(f"no question in the bank reads {prompt!r}")


@pytest.fixture(scope="session")
def live(play_bank, tmp_path_factory):
    """The app, served over HTTP on 127.0.0.1 for the whole session."""
    from flask_migrate import upgrade
    from werkzeug.serving import make_server

    from quiz import create_app
    from quiz.database import db

    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # no line per request in reports
    folder = tmp_path_factory.mktemp("browser-db")
    app = create_app({
        "SECRET_KEY": "browser-tests-" + folder.name,
        "SQLALCHEMY_DATABASE_URI": f"sqlite:///{folder / 'quiz.sqlite'}",
        "BANK": play_bank,
        "RATE_LIMITS": "off",  # a test answers faster than any rate limit allows
    })
    with app.app_context():
        upgrade()
    gate = app.wsgi_app = Gate(app.wsgi_app)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, name="browser-test-server", daemon=True)
    thread.start()
    try:
        yield Live(f"http://127.0.0.1:{server.server_port}", app, play_bank, gate)
    finally:
        gate.open()
        server.shutdown()
        thread.join(timeout=10)
        with app.app_context():
            db.engine.dispose()


class Chromium:
    """One Chromium for all the browser tests, started by the first and stopped after the last.

    Not a session fixture: while Playwright's sync API is running it keeps an asyncio loop
    running in the thread, and the other tests that share this worker process and call
    asyncio.run() would fail. So the hook below stops it as soon as the next test is not
    a browser test; a later browser test would start it again.
    """

    def __init__(self):
        self._playwright = self._browser = None

    def get(self):
        if self._browser is None:
            path = chromium_path()
            if path is None:
                pytest.skip("Chromium is not installed (Debian: apt-get install chromium)")
            from playwright.sync_api import sync_playwright

            self._playwright = sync_playwright().start()
            self._browser = self._playwright.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        return self._browser

    def stop(self) -> None:
        if self._playwright is not None:
            self._browser.close()
            self._playwright.stop()
        self._playwright = self._browser = None


chromium = Chromium()


@pytest.hookimpl(trylast=True)  # after the test's own fixtures have closed their pages
def pytest_runtest_teardown(item, nextitem):
    here = Path(__file__).parent
    if nextitem is None or here not in nextitem.path.parents:
        chromium.stop()


@pytest.fixture
def browser():
    return chromium.get()


@pytest.fixture
def open_page(browser, live):
    """open_page(viewport=DESKTOP, **context options): a fresh page in a context of its own."""
    contexts = []

    def open_(viewport=DESKTOP, **options):
        context = browser.new_context(viewport=viewport, base_url=live.url, **options)
        context.set_default_timeout(10_000)
        contexts.append(context)
        return context.new_page()

    yield open_
    for context in contexts:
        context.close()


_numbers = itertools.count(1)


@pytest.fixture
def nickname(request):
    """A nickname no other test uses (the server's database is shared by the session)."""
    stem = "".join(ch for ch in request.node.name.title() if ch.isalnum())[:16]
    return f"{stem} {next(_numbers)}"


@pytest.fixture(scope="session")
def screenshots() -> Path:
    """Where the screenshots of every page type go: test-artifacts/screenshots/ (gitignored)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS


def _survey(live, screenshots, viewport, size):
    import vendor_axe
    from survey import survey

    browser = chromium.get()
    # reduced motion: no colour transitions, so axe reads the scheme's final colours at once
    context = browser.new_context(viewport=viewport, base_url=live.url, reduced_motion="reduce")
    context.set_default_timeout(10_000)
    try:
        axe = vendor_axe.source()
    except vendor_axe.AxeUnavailable as missing:
        context.close()
        pytest.skip(f"axe-core is not available: {missing}")
    context.add_init_script(axe)  # axe in every page, without touching the CSP
    try:
        # a player's name, since these screenshots also illustrate the README
        nickname = {"desktop": "Naomi fan", "phone": "Ruju fan"}[size]
        return survey(context.new_page(), live, nickname, size, screenshots)
    finally:
        context.close()


@pytest.fixture(scope="session")
def desktop_pages(live, screenshots):
    """Every page type at 1280x800, walked once: {name: survey.Visit}."""
    return _survey(live, screenshots, DESKTOP, "desktop")


@pytest.fixture(scope="session")
def phone_pages(live, screenshots):
    """Every page type at 390x844, walked once: {name: survey.Visit}."""
    return _survey(live, screenshots, PHONE, "phone")
