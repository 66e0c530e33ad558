"""The fixture corpus stays honest: every article loads through the corpus loader, every
listed fact is proved by a sentence found verbatim in its article, and the index and the
split cover exactly the articles there are."""

from __future__ import annotations

from collections import Counter

import pytest
from article_fixtures import FOLDER, all_facts, article_paths, index, split

from quiz.bank.corpus import load_sources, locate


@pytest.fixture(scope="module")
def sources():
    loaded, problems = load_sources(FOLDER)
    assert not problems, "\n".join(map(str, problems))
    return loaded


@pytest.fixture(scope="module")
def facts():
    return all_facts()


def test_every_article_loads_through_the_corpus_loader(sources):
    assert sorted(sources) == sorted(path.stem for path in article_paths())
    assert len(sources) >= 29
    for source in sources.values():
        assert any(not segment.skipped for segment in source.segments), source.id


def test_every_fact_is_proved_by_a_sentence_of_its_article(sources, facts):
    missing = []
    for article, listed in facts.items():
        source = sources[article]
        for fact in listed.facts:
            for proof in fact.proofs:
                place = locate(source, proof)
                if place is None or place[2]:  # not in the text, or only in a skipped passage
                    missing.append(f"{article} {fact.id}: {proof!r}")
    assert not missing, "\n".join(missing)


def test_every_article_has_its_facts_written_down(sources, facts):
    assert sorted(facts) == sorted(sources)
    for article, listed in facts.items():
        ids = [fact.id for fact in listed.facts]
        assert len(ids) == len(set(ids)), f"{article}: a fact id twice"
        assert len(ids) >= 5, f"{article}: only {len(ids)} facts"
        assert all(fact.answers and fact.question.strip() for fact in listed.facts), article


def test_index_names_outlet_and_address_of_every_article(sources):
    entries = index()
    assert sorted(entries) == sorted(sources)
    for article, entry in entries.items():
        assert entry["url"].startswith(("http://", "https://")), article
        assert sources[article].origin == entry["url"], article
        assert entry["title_from"] in ("text", "address", "first-sentence"), article
    assert len({entry["outlet"] for entry in entries.values()}) >= 8


def test_split_is_at_least_16_train_and_8_test_with_several_shapes_and_outlets(sources):
    parts = split()
    entries = index()
    assert len(parts["train"]) >= 16 and len(parts["test"]) >= 8
    assert not set(parts["train"]) & set(parts["test"])
    assert set(parts["train"]) | set(parts["test"]) == set(sources)
    for name in ("train", "test"):
        chosen = [entries[article] for article in parts[name]]
        shapes = Counter(shape for entry in chosen for shape in entry["shapes"])
        assert len(shapes) >= 5, f"{name}: shapes {dict(shapes)}"
        assert len({entry["outlet"] for entry in chosen}) >= 5, name


def test_the_title_is_in_the_text_when_the_index_says_so(sources):
    for article, entry in index().items():
        source = sources[article]
        if entry["title_from"] == "text":
            assert locate(source, source.title) is not None, article
