"""The request id (X-Request-ID) and the access log that shows it."""

from __future__ import annotations

import logging
import re

import pytest
from click.testing import CliRunner
from flask.logging import default_handler

from quiz import request_log

FRESH = re.compile(r"^[0-9a-f]{32}$")


@pytest.fixture
def database_url(tmp_path):
    """The request id does not depend on the database: SQLite only."""
    return f"sqlite:///{tmp_path / 'quiz.sqlite'}"


@pytest.fixture
def log_app(make_app, play_bank):
    app = make_app(play_bank)

    @app.get("/boom")
    def boom():
        raise RuntimeError("kaboom")

    return app


def test_a_well_formed_incoming_id_is_kept_and_echoed(log_app):
    response = log_app.test_client().get("/healthz", headers={"X-Request-ID": "lb-7f3a:42"})
    assert response.headers["X-Request-ID"] == "lb-7f3a:42"


@pytest.mark.parametrize("sent", [None, "", "x" * 129, "bad id", "evil\u00e9", "a\\nb", "<script>"])
def test_a_missing_or_unsafe_id_is_replaced_by_a_fresh_one(log_app, sent):
    headers = {"X-Request-ID": sent} if sent is not None else {}
    response = log_app.test_client().get("/healthz", headers=headers)
    assert FRESH.match(response.headers["X-Request-ID"]), response.headers["X-Request-ID"]


def test_each_request_gets_its_own_id_even_when_refused(log_app):
    client = log_app.test_client()
    urls = ("/", "/healthz", "/nowhere", "/api/v1/nothing")
    ids = {client.get(url).headers["X-Request-ID"] for url in urls}
    assert len(ids) == 4
    refused = client.post("/api/v1/rounds", json={})  # no token: 401 from the API
    assert refused.status_code == 401 and FRESH.match(refused.headers["X-Request-ID"])


def test_the_error_log_line_names_the_request(log_app, caplog):
    log_app.config["PROPAGATE_EXCEPTIONS"] = False  # answer 500 and log, as in production
    response = log_app.test_client().get("/boom", headers={"X-Request-ID": "trace-boom-1"})
    assert response.status_code == 500 and response.headers["X-Request-ID"] == "trace-boom-1"
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert errors and all(r.request_id == "trace-boom-1" for r in errors), errors
    # as Flask's handler writes it (gunicorn's error log, the development server's console)
    written = default_handler.formatter.format(errors[-1])
    assert "request_id=trace-boom-1" in written and "kaboom" in written, written


def test_lines_logged_outside_a_request_still_format(log_app):
    record = logging.getLogger("quiz").makeRecord("quiz", logging.WARNING, __file__, 1, "starting", (), None)
    assert default_handler.formatter.format(record).endswith("request_id=- starting")


def test_the_access_log_has_a_line_per_request_with_its_id(log_app, caplog):
    log_app.config["ACCESS_LOG"] = "on"
    with caplog.at_level(logging.INFO, logger="quiz.access"):
        log_app.test_client().get("/api/v1/topics?x=1", headers={"X-Request-ID": "abc123"})
        log_app.test_client().get("/nowhere")
    lines = [r.getMessage() for r in caplog.records if r.name == "quiz.access"]
    assert len(lines) == 2, lines
    line = r'127\.0\.0\.1 - "GET /api/v1/topics\?x=1 HTTP/1\.1" 200 \d+ [\d.]+ms request_id=abc123'
    assert re.fullmatch(line, lines[0]), lines[0]
    assert '"GET /nowhere HTTP/1.1" 404' in lines[1] and re.search(r"request_id=[0-9a-f]{32}$", lines[1])


def test_the_access_log_is_off_unless_asked_for(log_app, caplog):
    with caplog.at_level(logging.INFO, logger="quiz.access"):
        log_app.test_client().get("/healthz")
    assert not [r for r in caplog.records if r.name == "quiz.access"]


@pytest.mark.parametrize(("environment", "expected"), [({}, "on"), ({"QUIZ_ACCESS_LOG": "off"}, "off")])
def test_quiz_run_turns_the_access_log_on_unless_told_not_to(log_app, monkeypatch, environment, expected):
    monkeypatch.delenv("QUIZ_ACCESS_LOG", raising=False)
    for name, setting in environment.items():
        monkeypatch.setenv(name, setting)
        log_app.config["ACCESS_LOG"] = setting
    request_log.on_dev_server(log_app)
    assert log_app.config["ACCESS_LOG"] == expected


def test_quiz_run_serves_with_the_access_log(monkeypatch, tmp_path):
    """`quiz run` itself: its server is asked to serve an app whose access log is on."""
    from quiz import cli

    served = {}
    monkeypatch.delenv("QUIZ_ACCESS_LOG", raising=False)
    monkeypatch.setenv("QUIZ_DATABASE_URL", f"sqlite:///{tmp_path / 'run.sqlite'}")
    monkeypatch.setattr(cli, "serve", lambda app, host, port: served.update(app=app))
    result = CliRunner().invoke(cli.main, ["run"])
    assert result.exit_code == 0, result.output
    assert served["app"].config["ACCESS_LOG"] == "on"
