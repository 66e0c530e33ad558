"""GET /healthz: what a load balancer or an operator sees."""

from __future__ import annotations

from quiz import create_app
from quiz.database import db


def app_on(uri: str, bank):
    return create_app({"TESTING": True, "SQLALCHEMY_DATABASE_URI": uri, "BANK": bank})


def create_schema(app) -> None:
    with app.app_context():
        db.create_all()


def test_healthy_app_reports_ok_database_and_bank_size(tmp_path, bank):
    app = app_on(f"sqlite:///{tmp_path / 'quiz.sqlite'}", bank)
    create_schema(app)
    response = app.test_client().get("/healthz")
    assert response.status_code == 200
    assert response.json == {
        "status": "ok",
        "database": "ok",
        "bank": {"questions": len(bank.questions)},
    }


def test_a_database_without_the_schema_is_reported_with_the_fix(tmp_path, bank):
    app = app_on(f"sqlite:///{tmp_path / 'quiz.sqlite'}", bank)
    response = app.test_client().get("/healthz")
    assert response.status_code == 503
    assert response.json["status"] == "error"
    assert "schema missing" in response.json["database"]
    assert "quiz db upgrade" in response.json["database"]


def test_an_unopenable_database_is_reported_then_recovers_when_it_appears(tmp_path, bank):
    # e.g. the volume holding the database is not mounted yet
    folder = tmp_path / "not-mounted-yet"
    app = app_on(f"sqlite:///{folder / 'quiz.sqlite'}", bank)
    client = app.test_client()
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json == {
        "status": "error",
        "database": "unreachable",
        "bank": {"questions": len(bank.questions)},
    }
    folder.mkdir()
    create_schema(app)
    assert client.get("/healthz").json["status"] == "ok"


def test_healthz_is_json_and_never_cached(client):
    response = client.get("/healthz")
    assert response.mimetype == "application/json"
    assert "no-store" in response.headers.get("Cache-Control", "")
