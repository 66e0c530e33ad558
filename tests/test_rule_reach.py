"""Every extraction pattern reads at least two sentences of the whole corpus (the five
articles of the bank, the fixture articles and the labelled excerpts of show_names.yaml
that rules may be written on, never its holdout): a rule written for one sentence is a
quote in disguise, and would ask nothing of an article it was not written on.

Run with `-s` to see the table: each pattern and the number of sentences it matches.
"""

from __future__ import annotations

import pytest
from article_fixtures import FOLDER

from bench.show_names import as_source, labelled
from quiz.bank.corpus import load_sources
from quiz.bank.rules import registry, sentences_of
from quiz.config import PROJECT_ROOT

# its tests share one worker, which builds the module's costly fixture once (each
# worker would build its own)
pytestmark = pytest.mark.xdist_group("test_rule_reach")

MIN_SENTENCES = 2


@pytest.fixture(scope="module")
def corpus_sentences():
    sentences = []
    for folder in (PROJECT_ROOT / "questions" / "sources", FOLDER):
        sources, problems = load_sources(folder)
        assert not problems, problems
        for source in sources.values():
            sentences += sentences_of(source)
    for entry in labelled():
        if entry["split"] != "holdout":
            sentences += sentences_of(as_source(entry))
    return sentences


def reach(corpus_sentences) -> dict[str, int]:
    """Per pattern, the sentences it matches as written or without their asides in
    parentheses (some rules read the one, some the other)."""
    return {
        name: sum(bool(pattern.search(s.text) or pattern.search(s.bare)) for s in corpus_sentences)
        for name, pattern in sorted(registry().items())
    }


def test_the_registry_holds_every_rule_module():
    modules = {name.split(".")[0] for name in registry()}
    assert modules == {"cast", "channels", "credits", "music", "platforms", "publication", "release", "runs",
                       "source", "staff", "story", "studio"}


def test_every_extraction_pattern_reads_two_sentences_of_the_corpus(corpus_sentences):
    counts = reach(corpus_sentences)
    width = max(map(len, counts))
    print(f"\n{len(corpus_sentences)} sentences in the corpus; sentences each pattern matches:")
    for name, count in counts.items():
        print(f"  {name:<{width}}  {count}")
    lonely = {name: count for name, count in counts.items() if count < MIN_SENTENCES}
    assert not lonely, f"patterns matching fewer than {MIN_SENTENCES} sentences: {lonely}"


def test_a_pattern_that_reads_one_sentence_is_reported(corpus_sentences):
    """The count is of sentences, not of matches: one sentence matched twice counts once."""
    from quiz.bank.rules import PATTERNS, pattern

    probe = pattern("probe.once", r"\bKemono Jihen\b.*\bJump SQ\.")
    try:
        counts = reach(corpus_sentences)
        assert counts["probe.once"] == 1
    finally:
        del PATTERNS["probe.once"]
    assert probe.pattern.startswith(r"\bKemono")
