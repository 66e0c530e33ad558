"""Authors' review of drafts: the review.yaml format, what is played, and what check and stats say."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from quiz.bank import load_bank
from quiz.bank.curate import check_text, copy_draft
from quiz.bank.review import (
    APPROVED,
    CHANGED,
    EDITED,
    REJECTED,
    UNREVIEWED,
    Decision,
    content_hash,
    dump,
    load,
    play_mode,
    played,
    review_path,
    save,
    status,
)
from quiz.bank.review_desk import Desk
from quiz.cli import main


def decide(folder: Path, **decisions: tuple) -> None:
    """Write review.yaml: id=(decision, reason) for drafts of the bank in `folder`."""
    bank = load_bank(folder)
    entries = {}
    for qid, (decision, reason) in decisions.items():
        qid = qid.replace("_", "-")
        entries[qid] = Decision(decision, content_hash(bank.question(qid)), reason)
    save(review_path(folder), entries)


# -- the file ----------------------------------------------------------------------------


def test_one_sorted_line_per_decision_whatever_the_order_they_were_made(tmp_path):
    first = {"g-b": Decision(REJECTED, "0a1b2c3d4e5f", "trivial"), "g-a": Decision(APPROVED, "ffeeddccbbaa")}
    second = dict(reversed(list(first.items())))
    assert dump(first) == dump(second)
    lines = dump(first).splitlines()
    assert lines[-3:] == [
        "decisions:",
        "  g-a: {decision: approved, hash: 'ffeeddccbbaa'}",
        "  g-b: {decision: rejected, reason: trivial, hash: '0a1b2c3d4e5f'}",
    ]


def test_saved_decisions_read_back_the_same(tmp_path):
    path = tmp_path / "review.yaml"
    decisions = {
        "g-a": Decision(APPROVED, "012345678901"),  # all digits, a leading zero: still text
        "g-b": Decision(REJECTED, "abcdefabcdef", "disputed"),
        "g-c": Decision(EDITED, "a1a1a1a1a1a1", curated="c-c"),
    }
    save(path, decisions)
    read, problems = load(path)
    assert problems == []
    assert {k: replace(v, line=0) for k, v in read.items()} == decisions
    assert [read[k].line for k in ("g-a", "g-b", "g-c")] == [6, 7, 8]
    before = path.read_bytes()
    save(path, read)
    assert path.read_bytes() == before


def test_no_file_and_an_empty_file_are_no_decisions(tmp_path):
    assert load(tmp_path / "review.yaml") == ({}, [])
    (tmp_path / "review.yaml").write_text("# nothing reviewed yet\n")
    assert load(tmp_path / "review.yaml") == ({}, [])


@pytest.mark.parametrize("entry, at, message", [
    ("{decision: approve, hash: 'abcdefabcdef'}", "approve",
     "decision must be one of approved, rejected, edited"),
    ("{decision: rejected, hash: 'abcdefabcdef'}", "{",
     "a rejection needs a reason: one of wrong, trivial, awkward, duplicate, disputed"),
    ("{decision: rejected, reason: boring, hash: 'abcdefabcdef'}", "boring", "a rejection needs a reason"),
    ("{decision: approved, reason: wrong, hash: 'abcdefabcdef'}", "reason",
     "only a rejected draft has a reason"),
    ("{decision: approved, hash: 1234}", "1234", "hash must be the hex digest `quiz review` wrote"),
    ("{decision: approved, hash: 'abcdefabcdef', note: hi}", "note", "unknown field 'note'"),
    ("approved", "approved", "each decision is a mapping like {decision: approved, hash: ...}"),
])
def test_a_broken_entry_is_reported_at_its_line_and_column(tmp_path, entry, at, message):
    path = tmp_path / "review.yaml"
    path.write_text(f"decisions:\n  g-a: {entry}\n  g-b: {{decision: approved, hash: 'abcdefabcdef'}}\n")
    decisions, problems = load(path)
    col = len("  g-a: ") + entry.index(at) + 1
    assert [str(p) for p in problems][0].startswith(f"{path}:2:{col}: {message}")
    assert list(decisions) == ["g-b"]  # the good entries still count


def test_a_review_file_without_decisions_is_reported(tmp_path):
    path = tmp_path / "review.yaml"
    path.write_text("approved: [g-a]\n")
    assert [str(p) for p in load(path)[1]] == [f"{path}:1:1: a review file is a mapping with 'decisions:'"]


# -- hashes and statuses -----------------------------------------------------------------


def test_the_hash_follows_what_a_player_sees_not_the_id_or_rule(review_questions):
    question = load_bank(review_questions).question("g-android-true")
    assert content_hash(replace(question, id="g-other", rule="other/true")) == content_hash(question)
    assert content_hash(replace(question, prompt="Rouge is a robot.")) != content_hash(question)
    sources = (replace(question.sources[0], quote="It's a story about an android girl named Rouge"),)
    assert content_hash(replace(question, sources=sources)) != content_hash(question)


def test_a_draft_changed_after_its_review_comes_back(review_questions):
    decide(review_questions, g_android_true=(APPROVED, ""))
    file = review_questions / "generated" / "story-world.yaml"
    file.write_text(file.read_text().replace("prompt: Rouge is an android.", "prompt: Rouge is a robot."))
    decisions, _ = load(review_path(review_questions))
    question = load_bank(review_questions).question("g-android-true")
    assert status(question, decisions) == CHANGED
    assert status(load_bank(review_questions).question("g-ramen-text"), decisions) == UNREVIEWED


# -- what is played ----------------------------------------------------------------------


def test_reviewed_plays_curated_and_approved_drafts_only(review_questions):
    decide(review_questions, g_android_true=(APPROVED, ""), g_targets_number=(REJECTED, "trivial"))
    bank = load_bank(review_questions)
    decisions, _ = load(review_path(review_questions))
    assert [q.id for q in played(bank, decisions).questions] == ["c-composer", "g-android-true"]


def test_play_mode_is_reviewed_once_a_review_file_exists(review_questions):
    assert play_mode(None, review_questions) == "all"
    assert play_mode("reviewed", review_questions) == "reviewed"
    decide(review_questions, g_android_true=(APPROVED, ""))
    assert play_mode(None, review_questions) == "reviewed"
    assert play_mode("all", review_questions) == "all"
    with pytest.raises(ValueError, match="QUIZ_PLAY='some'"):
        play_mode("some", review_questions)


@pytest.mark.parametrize("setting, expected, story_world", [
    ("reviewed", {"c-composer", "g-android-true"}, 1),
    ("all", {"c-composer", "g-android-true", "g-targets-number", "g-ramen-text"}, 3),
    (None, {"c-composer", "g-android-true"}, 1),  # a review file exists
])
def test_the_site_plays_what_quiz_play_says(review_questions, make_app, setting, expected, story_world):
    decide(review_questions, g_android_true=(APPROVED, ""), g_targets_number=(REJECTED, "wrong"))
    app = make_app(None, QUESTIONS_DIR=str(review_questions), QUIZ_PLAY=setting)
    assert {q.id for q in app.extensions["quiz_bank"].questions} == expected
    topics = app.test_client().get("/api/v1/topics").get_json()["topics"]
    assert {t["id"]: t["questions"] for t in topics} == {"music": 1, "story-world": story_world}


def test_without_a_review_file_every_draft_is_played(review_questions, make_app):
    app = make_app(None, QUESTIONS_DIR=str(review_questions))
    assert len(app.extensions["quiz_bank"].questions) == 4


def test_a_bad_quiz_play_setting_stops_the_app_with_a_clear_message(review_questions):
    from quiz import create_app
    from quiz.security import ConfigError

    with pytest.raises(ConfigError, match="expected one of reviewed, all"):
        create_app({"QUESTIONS_DIR": str(review_questions), "QUIZ_PLAY": "drafts", "SECRET_KEY": "t"})


# -- quiz check and quiz stats -----------------------------------------------------------


def test_check_warns_of_stale_and_changed_reviews_and_passes(review_questions, monkeypatch):
    decide(review_questions, g_android_true=(APPROVED, ""), g_ramen_text=(REJECTED, "trivial"))
    review = review_path(review_questions)
    gone = "  g-gone: {decision: rejected, reason: wrong, hash: 'abcdefabcdef'}\n"
    review.write_text(review.read_text() + gone)
    file = review_questions / "generated" / "story-world.yaml"
    file.write_text(file.read_text().replace("answer: ramen", "answer: noodles"))
    monkeypatch.setenv("QUIZ_QUESTIONS_DIR", str(review_questions))
    result = CliRunner().invoke(main, ["check"])
    assert result.exit_code == 0, result.output
    assert f"{file}:27:5: warning: 'g-ramen-text' changed since it was rejected" in result.output
    gone = f"{review}:8:3: warning: the review of 'g-gone' names a question the bank no longer has"
    assert gone in result.output


def test_check_fails_on_a_malformed_review_file(review_questions, monkeypatch):
    entry = "  g-android-true: {decision: maybe, hash: 'abcdefabcdef'}\n"
    review_path(review_questions).write_text("decisions:\n" + entry)
    monkeypatch.setenv("QUIZ_QUESTIONS_DIR", str(review_questions))
    result = CliRunner().invoke(main, ["check"])
    assert result.exit_code == 1
    assert f"{review_path(review_questions)}:2:30: decision must be one of" in result.output


def test_stats_counts_decisions_per_article_and_rejections_per_rule(review_questions, monkeypatch):
    decide(review_questions, g_android_true=(APPROVED, ""), g_targets_number=(REJECTED, "trivial"),
           g_ramen_text=(REJECTED, "awkward"))
    monkeypatch.setenv("QUIZ_QUESTIONS_DIR", str(review_questions))
    out = CliRunner().invoke(main, ["stats"]).output
    assert ("  bones-trailer-anime-expo: 2 drafts, 1 approved, 1 rejected (1 trivial), 0 edited, "
            "0 not yet reviewed, 50% approved") in out
    assert ("  official-trailer-ruju-naomi: 1 drafts, 0 approved, 1 rejected (1 awkward), 0 edited, "
            "0 not yet reviewed, 0% approved") in out
    assert "  popverse-creators-roundtable: " not in out.split("Review of the drafts")[1]
    assert "  eats/text: 1 rejected (1 awkward)\n  mission/number: 1 rejected (1 trivial)" in out


# -- edits and the walk ------------------------------------------------------------------


def test_an_edit_copies_the_draft_with_its_fact_under_a_curated_id(review_questions):
    bank = load_bank(review_questions)
    path, qid = copy_draft(review_questions, bank.question("g-android-true"), {q.id for q in bank.questions})
    assert (qid, path.name) == ("c-android-true", "bones-trailer-anime-expo.yaml")
    copied_item = "  - id: c-android-true\n    fact: description-rouge-android\n    type: truefalse\n"
    assert copied_item in path.read_text()
    path2, qid2 = copy_draft(review_questions, bank.question("g-targets-number"), {"c-android-true"})
    assert path2 == path and qid2 == "c-targets-number"
    assert "rule" not in path.read_text()  # a curated question is the author's, not a rule's
    # The edit's own check passes: the drafts it replaces are gone at the next `quiz generate`.
    assert check_text(review_questions, path, path.read_text()) == []
    copied = load_bank(review_questions)
    assert copied.question("c-targets-number").answer == 9
    # Until then the whole bank says which drafts to regenerate away, and nothing else.
    assert sorted((p.line, p.message.split(":")[0]) for p in copied.problems) == [
        (4, "fact 'description-rouge-android' is asked by the hand-written question 'c-android-true'"),
        (15, "fact 'mission-targets-count' is asked by the hand-written question 'c-targets-number'"),
    ]
    assert all("run `quiz generate`" in p.message for p in copied.problems)


def test_an_edit_is_checked_with_the_rules_of_quiz_check(review_questions):
    bank = load_bank(review_questions)
    path, _ = copy_draft(review_questions, bank.question("g-ramen-text"), {q.id for q in bank.questions})
    text = path.read_text().replace("seen eating ramen", "seen eating udon")
    text = text.replace("id: c-ramen-text", "id: c-composer")
    problems = [str(p) for p in check_text(review_questions, path, text)]
    assert problems[0].startswith(f"{path}:5:9: duplicate id 'c-composer': already used at ")
    assert problems[1].startswith(f"{path}:14:16: quote not found in source 'official-trailer-ruju-naomi'")
    bad_fact = path.read_text().replace("fact: eats-naomi-ramen", "fact: Naomi eats ramen")
    assert [str(p) for p in check_text(review_questions, path, bad_fact)] == [
        f"{path}:5:5: fact 'Naomi eats ramen' must be a lower-case slug like 'credit-director-show'"
    ]
    assert check_text(review_questions, path, path.read_text()) == []


def test_quiz_generate_stops_drafting_a_fact_an_edit_copied(tmp_questions, monkeypatch):
    monkeypatch.setenv("QUIZ_QUESTIONS_DIR", str(tmp_questions))
    assert CliRunner().invoke(main, ["generate"]).exit_code == 0
    drafted = load_bank(tmp_questions)
    draft = next(q for q in drafted.questions if q.type == "text")
    _, qid = copy_draft(tmp_questions, draft, {q.id for q in drafted.questions})
    assert CliRunner().invoke(main, ["generate"]).exit_code == 0
    after = load_bank(tmp_questions)
    assert after.problems == ()
    assert [q.id for q in after.questions if q.fact == draft.fact] == [qid]


def test_the_walk_goes_article_by_article_and_skips_what_is_decided(review_questions):
    desk = Desk.open(review_questions)
    assert [q.id for q in desk.drafts()] == ["g-android-true", "g-targets-number", "g-ramen-text"]
    desk.decide(desk.bank.question("g-android-true"), APPROVED)
    assert desk.next_pending().id == "g-targets-number"
    ramen = desk.bank.question("g-ramen-text")
    assert desk.next_pending(after=ramen).id == "g-targets-number"  # wraps round to what is left
    progress = {p.source.id: (p.reviewed, p.drafts) for p in Desk.open(review_questions).progress()}
    assert progress["bones-trailer-anime-expo"] == (1, 2)
    assert progress["official-trailer-ruju-naomi"] == (0, 1)
    with pytest.raises(ValueError, match="needs a reason"):
        desk.decide(ramen, REJECTED, reason="boring")


def test_preview_shows_drafts_whatever_the_review_says(review_questions, tmp_path):
    from quiz.preview import create_preview_app

    decide(review_questions, g_android_true=(REJECTED, "wrong"))
    app = create_preview_app(review_questions / "generated", review_questions, tmp_path / "preview")
    ids = {q.id for q in app.extensions["quiz_bank"].questions}
    assert ids == {"g-android-true", "g-targets-number", "g-ramen-text"}
