"""Shared fixtures, in the style of Flask's tutorial: an app per test, its client and runner."""

from __future__ import annotations

import functools
import os
import shutil
import uuid
from html.parser import HTMLParser
from pathlib import Path

import pytest
from play_questions import PLAY_QUESTIONS

from quiz.bank import load_bank
from quiz.config import PROJECT_ROOT

QUESTIONS = PROJECT_ROOT / "questions"


@pytest.fixture(scope="session")
def bank():
    """The real bank, loaded once: tests read it, never change it."""
    loaded = load_bank(QUESTIONS)
    assert not loaded.problems, "\n".join(map(str, loaded.problems))
    return loaded


@pytest.fixture
def tmp_questions(tmp_path: Path) -> Path:
    """A questions folder of its own: the real corpus, no question files yet."""
    folder = tmp_path / "questions"
    shutil.copytree(QUESTIONS / "sources", folder / "sources")
    (folder / "curated").mkdir()
    (folder / "generated").mkdir()
    return folder


@pytest.fixture
def check_file(tmp_questions, monkeypatch):
    """check_file(text): `quiz check` of a bank whose one curated file holds `text`; its
    problem lines with the path `questions/curated/f.yaml:` taken off (exit 1 iff any)."""
    from click.testing import CliRunner

    from quiz.cli import main

    def check(text: str) -> list[str]:
        (tmp_questions / "curated" / "f.yaml").write_text(text, encoding="utf-8")
        monkeypatch.chdir(tmp_questions.parent)
        monkeypatch.setenv("QUIZ_QUESTIONS_DIR", "questions")
        result = CliRunner().invoke(main, ["check"], catch_exceptions=False)
        assert "Traceback" not in result.output
        out = result.stdout.splitlines()
        assert result.exit_code == (1 if out else 0), result.output
        return [line.removeprefix("questions/curated/f.yaml:") for line in out]

    return check


@pytest.fixture
def review_questions(tmp_questions: Path) -> Path:
    """The real corpus, three drafts in generated/ and one curated question: a bank to review."""
    fixtures = Path(__file__).parent / "fixtures"
    shutil.copy(fixtures / "review_drafts.yaml", tmp_questions / "generated" / "story-world.yaml")
    shutil.copy(fixtures / "review_curated.yaml", tmp_questions / "curated" / "music.yaml")
    return tmp_questions


POSTGRES_URL = os.environ.get(
    "QUIZ_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


@functools.cache
def postgres_unavailable() -> str | None:
    """Why the PostgreSQL tests cannot run here, or None when the server answers."""
    try:
        import psycopg

        with psycopg.connect(POSTGRES_URL.replace("+psycopg", ""), connect_timeout=3):
            return None
    except Exception as exc:  # any failure means: skip, and say why
        return f"PostgreSQL is not reachable at {POSTGRES_URL}: {exc.__class__.__name__}: {exc}"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request, tmp_path: Path):
    """The test's own empty database: a SQLite file, or a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'quiz.sqlite'}"
        return
    reason = postgres_unavailable()
    if reason:
        pytest.skip(reason)
    import psycopg

    schema = f"test_{uuid.uuid4().hex[:16]}"
    conninfo = POSTGRES_URL.replace("+psycopg", "")
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    yield f"{POSTGRES_URL}?options=-csearch_path%3D{schema}"
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


def _test_app(database_url: str, bank, **config):
    from quiz import create_app

    return create_app(
        {
            "TESTING": True,
            "SECRET_KEY": "test-secret",
            "SQLALCHEMY_DATABASE_URI": database_url,
            "BANK": bank,
            # tests play faster than any person; tests/test_limits.py turns limits on
            "RATE_LIMITS": "off",
            **config,
        }
    )


@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory) -> Path:
    """An empty SQLite database made by the migrations, once per test process: a SQLite
    test's database starts as a copy of it, as running the migrations for every test took
    a few tenths of a second each (the migrations themselves are tested in test_db.py)."""
    from flask_migrate import upgrade

    from quiz.database import db

    path = tmp_path_factory.mktemp("migrated") / "quiz.sqlite"
    # the real bank, read here: a module may give the `bank` fixture another scope
    with _test_app(f"sqlite:///{path}", load_bank(QUESTIONS)).app_context():
        upgrade()
        db.engine.dispose()  # the last connection closed: the write-ahead log is in the file
    assert not path.with_name("quiz.sqlite-wal").exists()
    return path


@pytest.fixture
def make_app(database_url, migrated_sqlite):
    """make_app(bank, **config): an app on this test's database, its tables made by the
    migrations (a SQLite file, by copying the database they made once)."""
    from flask_migrate import upgrade

    from quiz.database import db

    made = []
    sqlite = database_url.startswith("sqlite:///")
    sqlite_file = Path(database_url.removeprefix("sqlite:///"))

    def make(bank, **config):
        copied = sqlite and not sqlite_file.exists()
        if copied:
            shutil.copyfile(migrated_sqlite, sqlite_file)
        app = _test_app(database_url, bank, **config)
        if not copied:
            with app.app_context():
                upgrade()
        made.append(app)
        return app

    yield make
    for app in made:  # close pooled connections, so the schema can be dropped
        with app.app_context():
            db.engine.dispose()


@pytest.fixture
def app(make_app, bank):
    """The app on the real bank, once on SQLite and once on PostgreSQL."""
    return make_app(bank)


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()




@pytest.fixture(scope="session")
def play_bank(tmp_path_factory):
    """The real corpus with PLAY_QUESTIONS: one or more questions of every type."""
    folder = tmp_path_factory.mktemp("play-bank")
    shutil.copytree(QUESTIONS / "sources", folder / "sources")
    (folder / "curated").mkdir()
    (folder / "curated" / "play.yaml").write_text(PLAY_QUESTIONS, encoding="utf-8")
    loaded = load_bank(folder)
    assert not loaded.problems, "\n".join(map(str, loaded.problems))
    return loaded


@pytest.fixture(scope="session")
def typed_bank(tmp_path_factory):
    """The real corpus with typed questions whose accepted forms come from the grading rules
    alone (no aliases): people (two sharing a surname), a studio, an anniversary number."""
    folder = tmp_path_factory.mktemp("typed-bank")
    shutil.copytree(QUESTIONS / "sources", folder / "sources")
    (folder / "curated").mkdir()
    shutil.copy(Path(__file__).parent / "fixtures" / "grading_typed.yaml", folder / "curated" / "typed.yaml")
    loaded = load_bank(folder)
    assert not loaded.problems, "\n".join(map(str, loaded.problems))
    return loaded


class FormParser(HTMLParser):
    """The inputs and selects of a page: name -> [(value, label text)], as a browser sees them."""

    def __init__(self):
        super().__init__()
        self.fields: dict[str, list[tuple[str, str]]] = {}
        self.labels: dict[str, str] = {}  # input id -> label text
        self.ids: dict[str, tuple[str, str]] = {}  # input id -> (name, value)
        self._label_for = self._select = self._option = None
        self._text: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "input" and a.get("name"):
            self.fields.setdefault(a["name"], []).append((a.get("value", ""), ""))
            if a.get("id"):
                self.ids[a["id"]] = (a["name"], a.get("value", ""))
        elif tag == "label":
            self._label_for, self._text = a.get("for"), []
        elif tag == "select":
            self._select = a.get("name")
            self.fields.setdefault(self._select, [])
            if a.get("id"):
                self.ids[a["id"]] = (self._select, "")
        elif tag == "option":
            self._option, self._text = a.get("value", ""), []

    def handle_data(self, data):
        self._text.append(data)

    def handle_endtag(self, tag):
        text = " ".join("".join(self._text).split())
        if tag == "label" and self._label_for:
            self.labels[self._label_for] = text
            self._label_for = None
        elif tag == "option" and self._select:
            self.fields[self._select].append((self._option, text))
        elif tag == "select":
            self._select = None

    def options(self, name: str) -> dict[str, str]:
        """label text -> value, for the radios/checkboxes or select options named `name`."""
        by_label = {
            self.labels[i]: value for i, (n, value) in self.ids.items() if n == name and i in self.labels
        }
        by_label.update({label: value for value, label in self.fields.get(name, []) if label})
        return by_label


def parse_form(html: str) -> FormParser:
    parser = FormParser()
    parser.feed(html)
    return parser


class QuizPlayer:
    """A browser on the site: a test client that reads forms and sends their CSRF token."""

    def __init__(self, app, nickname: str | None = None):
        self.app = app
        self.client = app.test_client()
        if nickname:
            response = self.post("/nickname", {"nickname": nickname}, page="/nickname")
            assert response.status_code == 302, response.get_data(as_text=True)

    @staticmethod
    def form(html: str) -> FormParser:
        return parse_form(html)

    def token(self, page: str = "/") -> str:
        return parse_form(self.client.get(page).get_data(as_text=True)).fields["csrf_token"][0][0]

    def post(self, url: str, data: dict, page: str | None = None):
        return self.client.post(url, data={"csrf_token": self.token(page or "/"), **data})

    def start(self, kind="quick", scope="", difficulty="any", timed="0") -> int:
        data = {"kind": kind, "scope": scope, "difficulty": difficulty, "timed": timed}
        response = self.post("/play", data)
        assert response.status_code == 302, response.get_data(as_text=True)
        location = response.headers["Location"]
        assert location.startswith("/rounds/"), location
        return int(location.rsplit("/", 1)[1])

    def question_page(self, round_id: int) -> str:
        response = self.client.get(f"/rounds/{round_id}")
        assert response.status_code == 200, response.status_code
        return response.get_data(as_text=True)

    def answer_data(self, question, html: str, right: bool = True) -> dict:
        """The form data a player who knows (or gets wrong) the answer would send."""
        form = parse_form(html)
        data = {"csrf_token": form.fields["csrf_token"][0][0], "position": form.fields["position"][0][0]}
        if question.type == "choice":
            labels = form.options("choice")
            pick = question.answer if right else next(c for c in question.choices if c != question.answer)
            data["choice"] = labels[pick]
        elif question.type == "multi":
            labels = form.options("picks")
            picks = question.answer if right else [c for c in question.choices if c not in question.answer]
            data["picks"] = [labels[p] for p in picks]
        elif question.type == "truefalse":
            data["truth"] = "true" if question.answer == right else "false"
        elif question.type in ("text", "number"):
            data["text"] = str(question.answer) if right else "certainly not this"
        elif question.type == "order":
            items = list(question.answer) if right else list(reversed(question.answer))
            for place, item in enumerate(items):
                data[f"place_{place}"] = form.options(f"place_{place}")[item]
        return data

    def play_through(self, bank, round_id: int, right=lambda question: True) -> list:
        """Answer every question of the round; returns the feedback pages' HTML."""
        pages = []
        while True:
            response = self.client.get(f"/rounds/{round_id}")
            if response.status_code == 302:
                assert response.headers["Location"].endswith(f"/rounds/{round_id}/results")
                return pages
            html = response.get_data(as_text=True)
            question = bank.question(self.current_question_id(round_id))
            data = self.answer_data(question, html, right(question))
            answered = self.client.post(f"/rounds/{round_id}", data=data)
            assert answered.status_code == 302, answered.get_data(as_text=True)
            pages.append(self.client.get(answered.headers["Location"]).get_data(as_text=True))

    def current_question_id(self, round_id: int) -> str:
        from quiz.database import db
        from quiz.models import Round

        with self.app.app_context():
            round_ = db.session.get(Round, round_id)
            return round_.question_ids[round_.position]


@pytest.fixture
def players():
    """players(app, nickname): a QuizPlayer with its own cookie jar, nickname already picked."""
    return QuizPlayer


class ScoreMaker:
    """Players and finished rounds written straight to the database, for scoreboard tests.

    Rounds go through quiz.boards.record_finished_round, as quiz.play's finish does.
    Call inside an app context.
    """

    def player(self, nickname: str, hidden: bool = False):
        from quiz.database import db
        from quiz.models import Player

        player = Player(nickname=nickname, nickname_key=nickname.casefold(), hidden=hidden)
        db.session.add(player)
        db.session.commit()
        return player

    def round(self, player, score: int, time_ms: int, at, kind="quick", scope="", scored=True, timed=False):
        from datetime import timedelta

        from quiz.boards import record_finished_round
        from quiz.database import db
        from quiz.models import Round

        round_ = Round(
            player_id=player.id, kind=kind, scope=scope, question_ids=[], question_hashes=[],
            choice_orders=[], score=score, scored=scored, timed=timed, time_ms=time_ms,
            started_at=at - timedelta(minutes=2), finished_at=at,
        )
        db.session.add(round_)
        record_finished_round(round_)
        db.session.commit()
        return round_


@pytest.fixture
def scores():
    """scores.player(nickname) and scores.round(player, score, time_ms, finished_at, ...)."""
    return ScoreMaker()
