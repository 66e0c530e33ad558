"""Error pages in the site's look, never a traceback; the base look every page shares."""

from __future__ import annotations

import logging
import re
from html import unescape

import pytest

from quiz.config import PROJECT_ROOT


def text_of(response) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", response.get_data(as_text=True))).split())


def assert_site_page(response, status: int, words: str) -> None:
    html = response.get_data(as_text=True)
    assert response.status_code == status
    assert response.mimetype == "text/html"
    assert '<main id="main"' in html and 'class="skip-link"' in html  # the site's own frame
    assert words in text_of(response)
    assert "Traceback" not in html and "werkzeug" not in html.lower()


def test_an_unknown_page_is_a_404_page(client):
    assert_site_page(client.get("/no/such/page"), 404, "Page not found")


def test_a_wrong_method_is_a_405_page_naming_the_allowed_ones(client):
    response = client.get("/play")
    assert_site_page(response, 405, "Method not allowed")
    assert "POST" in response.headers["Allow"]


def test_a_too_large_post_is_a_413_page(client):
    response = client.post("/nickname", data={"nickname": "x" * 200_000})
    assert_site_page(response, 413, "Too large")


def test_a_post_without_a_valid_csrf_token_is_a_400_page(client):
    response = client.post("/nickname", data={"nickname": "Forger", "csrf_token": "forged"})
    assert_site_page(response, 400, "Form expired")
    response = client.post("/play", data={"kind": "quick"})
    assert_site_page(response, 400, "nothing was saved")


def test_a_bad_request_is_a_400_page(app, players):
    player = players(app, "Bad Request")
    response = player.post("/play", {"kind": "quick", "timed": "maybe"})
    assert_site_page(response, 400, "That round cannot start")


def test_a_crash_is_a_500_page_and_is_logged(make_app, bank, caplog):
    app = make_app(bank, PROPAGATE_EXCEPTIONS=False)

    @app.get("/crash-for-test")
    def crash():
        raise RuntimeError("deliberate failure with a secret detail")

    with caplog.at_level(logging.ERROR):
        response = app.test_client().get("/crash-for-test")
    assert_site_page(response, 500, "Something went wrong")
    assert "secret detail" not in response.get_data(as_text=True)
    assert any("deliberate failure" in str(r.exc_info[1]) for r in caplog.records if r.exc_info)


def test_errors_under_the_api_prefix_answer_in_json(client):
    response = client.get("/api/no-such-thing")
    assert response.status_code == 404
    assert response.is_json and response.get_json()["error"]["code"] == "not_found"


@pytest.mark.parametrize("path", ["/", "/nickname", "/sources", "/sources/bones-trailer-anime-expo", "/nope"])
def test_pages_use_only_local_assets_and_share_the_accessible_frame(client, path):
    html = client.get(path).get_data(as_text=True)
    for url in re.findall(r'<(?:link|script|img)[^>]+(?:href|src)="([^"]+)"', html):
        assert url.startswith("/static/"), url
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html
    assert '<a class="skip-link" href="#main">' in html
    for landmark in ("<header", "<nav", '<main id="main"', "<footer"):
        assert landmark in html
    assert 'lang="en"' in html


def test_the_stylesheet_covers_dark_mode_focus_and_small_screens(client):
    css = client.get("/static/style.css").get_data(as_text=True)
    assert "@media (prefers-color-scheme: dark)" in css
    assert ":focus-visible" in css
    assert re.search(r"@media \(max-width: \d+rem\)", css)
    assert client.get("/static/play.js").status_code == 200
    assert not re.search(r"https?://", css)
    assert (PROJECT_ROOT / "static" / "play.js").read_text().count("http") == 0
