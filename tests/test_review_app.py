"""The local review page, through Flask's test client: forms, CSRF, files written."""

from __future__ import annotations

import re

import pytest

from quiz.bank.review import load, review_path
from quiz.review_app import create_review_app


@pytest.fixture
def reviewer(review_questions):
    app = create_review_app(review_questions, {"TESTING": True})
    return app.test_client()


_HIDDEN = re.compile(r'<input[^>]*type="hidden"[^>]*>')


def form_of(client, url: str) -> dict[str, str]:
    """The hidden inputs of a page (its CSRF token and the hash of the draft shown)."""
    fields: dict[str, str] = {}
    for tag in _HIDDEN.findall(client.get(url).get_data(as_text=True)):
        name, value = re.search(r'name="([^"]+)"', tag), re.search(r'value="([^"]*)"', tag)
        fields.setdefault(name.group(1), value.group(1) if value else "")
    return fields


def decisions(folder):
    found, problems = load(review_path(folder))
    assert problems == []
    return {qid: (d.decision, d.reason, d.curated) for qid, d in found.items()}


def test_the_index_counts_drafts_per_article_and_starts_the_walk(reviewer):
    page = reviewer.get("/").get_data(as_text=True)
    assert '<span class="review-count">0 of 2</span>' in page  # the trailer article: two drafts
    assert '<span class="review-count">0 of 1</span>' in page
    assert 'href="/draft/g-android-true">Review the next draft' in page


def test_a_draft_page_shows_question_answer_rule_and_the_cited_sentence(reviewer):
    page = reviewer.get("/draft/g-targets-number").get_data(as_text=True)
    assert "How many artificial humans are Rouge and Naomi sent to kill?" in page
    assert '<dd class="review-answer-value">9</dd>' in page
    assert "mission/number" in page and "<dd>mission-targets-count</dd>" in page
    assert '<mark id="cited">Together, they have been sent on a mission to Mars' in page
    assert "1 of 2 reviewed" not in page and "0 of 2 reviewed" in page


def test_approve_records_the_draft_and_moves_to_the_next(reviewer, review_questions):
    fields = form_of(reviewer, "/draft/g-android-true")
    response = reviewer.post("/draft/g-android-true/approve", data=fields)
    assert response.location == "/draft/g-targets-number"  # the same article first
    assert decisions(review_questions) == {"g-android-true": ("approved", "", "")}
    assert "1 of 2 reviewed" in reviewer.get(response.location).get_data(as_text=True)


def test_reject_needs_one_of_the_reasons(reviewer, review_questions):
    fields = form_of(reviewer, "/draft/g-ramen-text")
    refused = reviewer.post("/draft/g-ramen-text/reject", data={**fields, "reason": "boring"})
    assert refused.location == "/draft/g-ramen-text"
    assert not review_path(review_questions).exists()
    reviewer.post("/draft/g-ramen-text/reject", data={**fields, "reason": "awkward"})
    assert decisions(review_questions) == {"g-ramen-text": ("rejected", "awkward", "")}


def test_a_post_without_the_csrf_token_is_refused(reviewer, review_questions):
    fields = form_of(reviewer, "/draft/g-android-true")
    response = reviewer.post("/draft/g-android-true/approve", data={"seen": fields["seen"]})
    assert response.status_code == 400
    assert not review_path(review_questions).exists()


def test_a_draft_changed_while_read_is_not_decided_blind(reviewer, review_questions):
    fields = form_of(reviewer, "/draft/g-android-true")
    file = review_questions / "generated" / "story-world.yaml"
    file.write_text(file.read_text().replace("Rouge is an android.", "Rouge is a robot."))
    response = reviewer.post("/draft/g-android-true/approve", data=fields, follow_redirects=True)
    assert "changed on disk while you read it" in response.get_data(as_text=True)
    assert not review_path(review_questions).exists()


def test_edit_copies_the_draft_and_saves_only_a_valid_file(reviewer, review_questions):
    fields = form_of(reviewer, "/draft/g-ramen-text")
    response = reviewer.post("/draft/g-ramen-text/edit", data=fields)
    assert response.location == "/curated/official-trailer-ruju-naomi?question=c-ramen-text"
    assert decisions(review_questions) == {"g-ramen-text": ("edited", "", "c-ramen-text")}
    path = review_questions / "curated" / "official-trailer-ruju-naomi.yaml"
    original = path.read_text()
    token = form_of(reviewer, response.location)["csrf_token"]
    broken = original.replace("answer: ramen", "answer: [ramen")
    refused = reviewer.post(response.location, data={"csrf_token": token, "text": broken})
    assert refused.status_code == 422
    assert "questions/curated/official-trailer-ruju-naomi.yaml:10:13: YAML syntax error" in refused.get_data(
        as_text=True)
    assert path.read_text() == original
    fixed = original.replace("answer: ramen", "answer: a bowl of ramen")
    saved = reviewer.post(response.location, data={"csrf_token": token, "text": fixed}, follow_redirects=True)
    assert "passes `quiz check`" in saved.get_data(as_text=True)
    assert "answer: a bowl of ramen" in path.read_text()


def test_a_second_edit_opens_the_copy_already_made(reviewer, review_questions):
    fields = form_of(reviewer, "/draft/g-ramen-text")
    first = reviewer.post("/draft/g-ramen-text/edit", data=fields).location
    again = reviewer.post("/draft/g-ramen-text/edit", data=fields).location
    assert first == again
    assert (review_questions / "curated" / "official-trailer-ruju-naomi.yaml").read_text().count("- id:") == 1


@pytest.mark.parametrize("name", ["music", "../generated/story-world", "nope"])
def test_only_files_the_review_made_or_curated_ones_open_in_the_editor(reviewer, name):
    status = reviewer.get(f"/curated/{name}").status_code
    assert status == (200 if name == "music" else 404)


def test_the_public_site_has_no_review_page(make_app, bank):
    client = make_app(bank).test_client()
    assert client.get("/draft/g-android-true").status_code == 404
    assert client.get("/curated/music").status_code == 404


def test_quiz_review_serves_on_the_loopback_address_only(review_questions, monkeypatch):
    from click.testing import CliRunner

    from quiz.cli import main

    served = {}
    monkeypatch.setattr("werkzeug.serving.run_simple",
                        lambda host, port, app, **options: served.update(host=host, port=port, app=app))
    monkeypatch.setenv("QUIZ_QUESTIONS_DIR", str(review_questions))
    result = CliRunner().invoke(main, ["review", "--port", "5123"])
    assert result.exit_code == 0, result.output
    assert (served["host"], served["port"]) == ("127.0.0.1", 5123)
    assert "Review on http://127.0.0.1:5123/" in result.output
    assert served["app"].config["QUESTIONS_DIR"] == str(review_questions)


def test_a_page_asked_for_under_another_host_name_is_refused(reviewer):
    assert reviewer.get("/", headers={"Host": "127.0.0.1:5002"}).status_code == 200
    assert reviewer.get("/", headers={"Host": "rebound.example:5002"}).status_code == 400
