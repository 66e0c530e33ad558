"""A pattern's `needs` (the words one of which every match holds) never hides a sentence it
would read: gated or not, every rule pattern and show-name cue finds the same things in every
sentence of the bank's and the train articles, and in made-up ones."""

from __future__ import annotations

import pytest
from article_fixtures import FOLDER, split

from quiz.bank.corpus import load_sources
from quiz.bank.new_work import NAMING
from quiz.bank.rules import registry, sentences_of
from quiz.bank.rules.remembered import Remembered
from quiz.bank.title_cues import CUES
from quiz.config import PROJECT_ROOT


@pytest.fixture(scope="module")
def texts() -> list[str]:
    train = set(split()["train"])
    out = []
    for folder, wanted in ((PROJECT_ROOT / "questions" / "sources", None), (FOLDER, train)):
        sources, problems = load_sources(folder)
        assert not problems, problems
        for sid, source in sorted(sources.items()):
            if wanted is None or sid in wanted:
                out += [text for s in sentences_of(source) for text in (s.text, s.bare)]
    return out


def _gated() -> dict[str, Remembered]:
    """The rules' gated patterns, and the show-name cues' (title_cues.py, new_work.py)."""
    cues = {f"show cue {i}": cue for i, (_, cue) in enumerate(CUES)}
    cues.update({f"new work cue {i}": cue for i, cue in enumerate(NAMING)})
    return {name: p for name, p in sorted({**registry(), **cues}.items()) if p.needs}


def test_most_patterns_are_gated():
    assert len(_gated()) >= (len(registry()) + len(CUES)) * 3 // 4


def test_a_gate_never_skips_a_sentence_its_pattern_matches(texts):
    skipped_matches = [
        (name, text) for name, p in _gated().items() for text in texts
        if not p.could_match(text) and p.compiled.search(text)
    ]
    assert not skipped_matches


def test_gated_patterns_find_what_the_plain_regex_finds(texts):
    for name, p in _gated().items():
        for text in texts:
            assert [m.span() for m in p.finditer(text)] == [m.span() for m in p.compiled.finditer(text)], name


MADE_UP = {
    "music.theme_title_by": "The opening theme, Starlight Road, is performed by Hana Mori.",
    "music.kind_song_by": "Fans loved the ending theme song by Kaito Ren.",
    "studio.named": "The series is produced at Studio Kumo in Tokyo.",
    "story.companion": "Mika travels with her buddy Taro across the desert.",
    "source.illustrations_by": "The novels feature illustrations by Aya Sato.",
}


@pytest.mark.parametrize("name", sorted(MADE_UP))
def test_made_up_sentences_pass_the_gate_and_match(name):
    p = registry()[name]
    assert p.needs and p.could_match(MADE_UP[name])
    assert p.search(MADE_UP[name]) is not None


def test_a_sentence_without_the_words_is_not_searched():
    p = registry()["music.kind_song_by"]
    text = "Kaito Ren and Hana Mori star in the film, which premieres in May."
    assert not p.could_match(text)
    assert p.search(text) is None and list(p.finditer(text)) == [] and p.compiled.search(text) is None
