"""Prometheus metrics at /metrics: what they count, and who may read them."""

from __future__ import annotations

import pytest
from prometheus_client import REGISTRY
from prometheus_client.parser import text_string_to_metric_families
from test_api import ApiPlayer, answer_for, asked


@pytest.fixture
def database_url(tmp_path):
    """Metrics do not depend on the database: SQLite only."""
    return f"sqlite:///{tmp_path / 'quiz.sqlite'}"


@pytest.fixture
def metrics_app(make_app, play_bank):
    return make_app(play_bank, ROUND_SIZE=2)


def value(name: str, **labels) -> float:
    """A sample's value now; counters in this process grow over the whole test run, so tests
    compare before and after."""
    return REGISTRY.get_sample_value(name, labels) or 0.0


def scraped(client, **kwargs) -> dict[tuple[str, tuple], float]:
    """/metrics as a Prometheus server reads it: (sample name, sorted labels) -> value."""
    response = client.get("/metrics", **kwargs)
    assert response.status_code == 200, response.status
    assert response.content_type.startswith("text/plain")
    families = text_string_to_metric_families(response.get_data(as_text=True))
    return {(s.name, tuple(sorted(s.labels.items()))): s.value for f in families for s in f.samples}


def test_requests_are_counted_by_endpoint_method_and_status(metrics_app):
    client = metrics_app.test_client()
    ok = ("quiz_http_requests_total", dict(endpoint="api.topics", method="GET", status="200"))
    missing = ("quiz_http_requests_total", dict(endpoint="none", method="GET", status="404"))
    before_ok, before_missing = value(*ok[:1], **ok[1]), value(*missing[:1], **missing[1])
    for _ in range(3):
        assert client.get("/api/v1/topics").status_code == 200
    assert client.get("/no/such/page").status_code == 404
    assert value(ok[0], **ok[1]) == before_ok + 3
    assert value(missing[0], **missing[1]) == before_missing + 1
    # and the scrape shows the same figures
    samples = scraped(client)
    assert samples[ok[0], tuple(sorted(ok[1].items()))] == before_ok + 3


def test_latency_is_a_histogram_per_endpoint(metrics_app):
    client = metrics_app.test_client()
    before = value("quiz_http_request_duration_seconds_count", endpoint="api.sources")
    client.get("/api/v1/sources")
    client.get("/api/v1/sources")
    assert value("quiz_http_request_duration_seconds_count", endpoint="api.sources") == before + 2
    slowest = value("quiz_http_request_duration_seconds_bucket", endpoint="api.sources", le="+Inf")
    fastest = value("quiz_http_request_duration_seconds_bucket", endpoint="api.sources", le="0.005")
    assert slowest >= before + 2 and fastest <= slowest
    assert value("quiz_http_request_duration_seconds_sum", endpoint="api.sources") > 0


def test_answers_and_finished_rounds_are_counted(metrics_app, play_bank):
    player = ApiPlayer(metrics_app, "Counted")
    right, wrong = value("quiz_answers_recorded_total", correct="true"), value(
        "quiz_answers_recorded_total", correct="false")
    finished = value("quiz_rounds_finished_total", kind="quick")

    # a round played to its end: one right answer, one wrong, and it finishes by itself
    state = player.start()
    for position, is_right in enumerate((True, False)):
        shown = state["question"]
        given = answer_for(asked(play_bank, shown), shown, right=is_right)
        answered = player.answer(state["round"]["id"], position, given)
        state = player.get(f"/api/v1/rounds/{state['round']['id']}/question").json
    assert answered["round"]["finished"]
    # a replayed answer changes nothing, so it is not counted again
    player.post(f"/api/v1/rounds/{state['round']['id']}/answers", {"position": 1, "answer": given})
    # and a round ended early with the finish button
    early = player.start()["round"]["id"]
    assert player.post(f"/api/v1/rounds/{early}/finish").status_code == 200

    assert value("quiz_answers_recorded_total", correct="true") == right + 1
    assert value("quiz_answers_recorded_total", correct="false") == wrong + 1
    assert value("quiz_rounds_finished_total", kind="quick") == finished + 2


def test_rate_limit_refusals_are_counted(make_app, play_bank):
    app = make_app(play_bank, RATE_LIMITS="on", RATE_LIMIT_START="1 per minute",
                   RATE_LIMIT_START_PER_ADDRESS="1000 per minute")
    player = ApiPlayer(app, "Limited")
    before = value("quiz_rate_limited_total", endpoint="api.start_round")
    statuses = [player.post("/api/v1/rounds", {}).status_code for _ in range(3)]
    assert statuses == [201, 429, 429]
    assert value("quiz_rate_limited_total", endpoint="api.start_round") == before + 2
    assert value("quiz_http_requests_total", endpoint="api.start_round", method="POST", status="429") >= 2


def test_metrics_are_read_from_this_machine_only_without_a_token(metrics_app):
    client = metrics_app.test_client()
    assert client.get("/metrics").status_code == 200  # the test client comes from 127.0.0.1
    outside = client.get("/metrics", environ_base={"REMOTE_ADDR": "203.0.113.9"})
    assert outside.status_code == 404
    assert "quiz_http" not in outside.get_data(as_text=True)


def test_with_a_token_metrics_need_it_from_anywhere(make_app, play_bank):
    client = make_app(play_bank, METRICS_TOKEN="s3cret-scrape").test_client()
    far = {"REMOTE_ADDR": "203.0.113.9"}
    assert client.get("/metrics").status_code == 404  # loopback alone is not enough then
    wrong = client.get("/metrics", environ_base=far, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 404
    granted = client.get("/metrics", environ_base=far, headers={"Authorization": "Bearer s3cret-scrape"})
    assert granted.status_code == 200 and b"quiz_http_requests_total" in granted.data


def test_metrics_can_be_turned_off(make_app, play_bank):
    client = make_app(play_bank, METRICS="off").test_client()
    assert client.get("/metrics").status_code == 404
    assert client.get("/healthz").status_code == 200  # the rest of the app is untouched
