"""bench/article_quality.py counts a reader's verdict on a generated question only while the
question is the one the reader judged; a rewritten question comes back unjudged."""

from __future__ import annotations

import sys

from quiz.config import PROJECT_ROOT

sys.path.insert(0, str(PROJECT_ROOT))  # bench/ is run as scripts, not installed

from bench import article_judgements as judgements  # noqa: E402


def test_a_verdict_counts_while_the_question_is_unchanged(tmp_path):
    path = tmp_path / "judgements.yaml"
    verdicts: dict = {}
    assert judgements.add_stubs(verdicts, [("g-a", "art-1", "aaa111"), ("g-b", "art-2", "bbb222")]) == 2
    judgements.write(verdicts, path)
    text = path.read_text(encoding="utf-8")
    # a reader fills in the stubs
    text = text.replace("g-a: {article: art-1, hash: 'aaa111', publishable: null",
                        "g-a: {article: art-1, hash: 'aaa111', publishable: true")
    text = text.replace("publishable: null, reason: ''}",
                        "publishable: false, reason: 'wrong show: a headline'}")
    path.write_text(text, encoding="utf-8")
    read = judgements.read(path)
    assert judgements.current(read, "g-a", "aaa111") is True
    assert judgements.current(read, "g-b", "bbb222") is False
    assert read["g-b"].reason == "wrong show: a headline"
    # the generator rewrites g-a: its old verdict no longer counts, and a new stub says what it was
    assert judgements.current(read, "g-a", "ccc333") is None
    assert judgements.current(read, "g-new", "ddd444") is None
    assert judgements.add_stubs(read, [("g-a", "art-1", "ccc333"), ("g-b", "art-2", "bbb222")]) == 1
    judgements.write(read, path)
    again = judgements.read(path)
    assert again["g-a"].publishable is None and "judged publishable" in again["g-a"].reason
    assert again["g-b"].publishable is False


def test_no_file_means_no_verdicts(tmp_path):
    assert judgements.read(tmp_path / "absent.yaml") == {}


def test_a_reason_with_commas_and_quotes_is_written_back_whole(tmp_path):
    path = tmp_path / "judgements.yaml"
    reason = "the singer, not the song"  # a plain scalar outside a flow mapping
    verdicts = {"g-a": judgements.Verdict("art-1", "aaa111", False, reason)}
    judgements.write(verdicts, path)
    assert judgements.read(path)["g-a"].reason == reason


def test_the_verdict_files_read_back_as_written(tmp_path):
    # a reason typed by hand with a bare comma would load cut short, and the next rewrite
    # would keep it cut: the files must be exactly what the writer makes of what they hold
    from bench import dev_questions

    for path, header in ((judgements.FILE, judgements.HEADER),
                         (dev_questions.JUDGEMENTS, dev_questions.HEADER)):
        again = tmp_path / path.name
        judgements.write(judgements.read(path), again, header)
        assert again.read_text(encoding="utf-8") == path.read_text(encoding="utf-8"), path.name
