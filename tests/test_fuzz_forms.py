"""Hypothesis throws arbitrary form data, bodies and query strings at the pages: zero 5xx.

About 100 cases per test by default; QUIZ_LONG_TESTS=1 runs 1,000 or more.
"""

from __future__ import annotations

import os
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

LONG = os.environ.get("QUIZ_LONG_TESTS") == "1"
FUZZ = settings(
    max_examples=1000 if LONG else 100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

FIELDS = ["nickname", "next", "kind", "scope", "difficulty", "timed", "position", "choice",
          "picks", "truth", "text", "place_0", "place_1", "place_2", "place_9"]
TRICKY = [
    "", " ", "0", "1", "-1", "7", "2147483648", "99999999999999999999999", "1e309", "NaN",
    "0x10", "true", "false", "on", "quick", "topic", "source", "daily", "any", "easy", "hard",
    "music", "special-music-clip", '<script>alert("x")</script>', "' OR 1=1 --",
    "'; DROP TABLE answer; --", "\x00", "a\x00b", "%FF", "\ufffd", "../../etc/passwd",
    "//evil.example/", "https://evil.example/", "\\\\evil", "x" * 300, "\u202e\u0301",
]
values = st.one_of(st.sampled_from(TRICKY), st.text(max_size=40), st.integers().map(str))
forms = st.dictionaries(
    st.one_of(st.sampled_from(FIELDS), st.text(min_size=1, max_size=12)),
    st.one_of(values, st.lists(values, max_size=3)),
    max_size=8,
)
TOKEN = st.sampled_from(["valid", "valid", "valid", "missing", "garbage"])
CONTENT_TYPES = [
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=xyz",
    "multipart/form-data",
    "text/plain",
    "application/json",
    "application/x-www-form-urlencoded; charset=latin-1",
]


@pytest.fixture
def site(app, players):
    """Naomi mid-round, and Jean's round she must never touch."""
    naomi = players(app, "Naomi")
    jean = players(app, "Jean")
    return naomi, naomi.start(), jean.start()


def targets(rounds: tuple[int, int]) -> list[str]:
    mine, theirs = rounds
    return ["/nickname", "/play", f"/rounds/{mine}", f"/rounds/{theirs}", "/rounds/0",
            f"/rounds/{mine}/feedback/0", "/", "/scoreboard", "/sources"]


def assert_no_server_error(response, what) -> None:
    assert response.status_code < 500, (what, response.status_code)
    if response.mimetype == "text/html":
        assert "Traceback" not in response.get_data(as_text=True), what


def with_token(data: dict, token: str, real: str) -> dict:
    if token == "valid":
        return {**data, "csrf_token": real}
    if token == "garbage":
        return {**data, "csrf_token": "IjEyMyI.forged.token"}
    return {k: v for k, v in data.items() if k != "csrf_token"}


@FUZZ
@given(target=st.integers(0, 8), data=forms, token=TOKEN)
def test_any_form_data_posted_anywhere_is_never_a_5xx(site, target, data, token):
    naomi, *rounds = site
    path = targets(rounds)[target]
    response = naomi.client.post(path, data=with_token(data, token, naomi.token()))
    assert_no_server_error(response, (path, data))


@FUZZ
@given(target=st.integers(0, 8), body=st.binary(max_size=3000), content_type=st.sampled_from(CONTENT_TYPES),
       token=TOKEN)
def test_any_raw_body_is_never_a_5xx(site, target, body, content_type, token):
    naomi, *rounds = site
    path = targets(rounds)[target]
    if token == "valid" and content_type.startswith("application/x-www-form-urlencoded"):
        body = b"csrf_token=" + naomi.token().encode() + b"&" + body
    response = naomi.client.post(path, data=body, content_type=content_type)
    assert_no_server_error(response, (path, body[:200]))


@FUZZ
@given(target=st.integers(0, 8), query=forms)
def test_any_query_string_is_never_a_5xx(site, target, query):
    naomi, *rounds = site
    path = targets(rounds)[target]
    response = naomi.client.get(path, query_string=query)
    assert_no_server_error(response, (path, query))


@FUZZ
@given(segment=st.text(min_size=1, max_size=30), number=st.integers())
def test_any_path_is_never_a_5xx(site, segment, number):
    naomi, mine, _ = site
    segment = quote(segment, safe="")  # as a client sends it: "//x" must not become a host
    for path in (f"/sources/{segment}", f"/rounds/{mine}/{segment}", f"/{segment}",
                 f"/rounds/{number}", f"/rounds/{mine}/feedback/{number}",
                 f"/rounds/{number}/results"):
        assert_no_server_error(naomi.client.get(path), path)
