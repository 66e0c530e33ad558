"""The corpus: each article kept verbatim, with honest front matter and the right passages skipped."""

from __future__ import annotations

import hashlib
import re

import pytest
import yaml

from quiz.bank.corpus import load_sources, locate, skipped_lines, unmatched_skips
from quiz.bank.text import plain
from quiz.config import PROJECT_ROOT

SOURCES = PROJECT_ROOT / "questions" / "sources"

# The seed texts the corpus was made from: file name -> (SHA-256, length in bytes).
# Recorded once from the seed files; a body that differs by one byte fails here.
SEEDS = {
    "000_74fcc8b538c93b4b.txt": (
        "e1e4e5b67158329de0cb42945d05e1008af90939e31e13d193fce05a9eee9155", 3027,
    ),
    "001_826a7537474dfdfe.txt": (
        "ee9fe0888b0bdcfa438fbc3909a128ffdc6e439ee47ba349fad490413214722f", 3585,
    ),
    "002_5fd88b6d6a8097ad.txt": (
        "4c54d3abe1ebedebd30da1fe9b2b4cae5f279bc89a9101e48c8b127f168b7752", 4041,
    ),
    "003_85b7bbfd3cef8412.txt": (
        "02cf5a6cca17d4601fd7f0b25fd990d5ebf9a6eb0cc9c58a5321949a2e8e0f5c", 2670,
    ),
    "004_591df007a0579f5a.txt": (
        "9b5e588ee980e71c156e0fb85f35f79e19a551d8df44ea55af7126ec11cdf994", 2906,
    ),
}

HEADLINES = {
    "bones-trailer-anime-expo":
        "Studio Bones releases new trailer for original anime Metallic Rouge",
    "official-trailer-ruju-naomi":
        "Metallic Rouge Official Trailer Shows Ruju and Naomi Performing Their Top-Secret Work",
    "popverse-creators-roundtable":
        "Metallic Rouge: Everything you need to know about your new favorite anime, "
        "according to the creators",
    "release-date-sci-fi-noir":
        "Metallic Rouge Release Date: A Promising Blend of Sci-Fi and Noir in Upcoming Mecha Anime",
    "special-music-clip": "Metallic Rouge Anime Gets a New Special Music Clip",
}

# Passages that are not about the series: each must be inside a skipped passage.
NOT_ABOUT_THE_SERIES = {
    "affiliate disclaimer": (
        "popverse-creators-roundtable",
        "If you click on a link and make a purchase we may receive a small commission.",
    ),
    "Popverse author bio": (
        "popverse-creators-roundtable",
        "Sam Stone is an entertainment journalist based out of the Washington, D.C. area",
    ),
    "Popverse paywall": ("popverse-creators-roundtable", "Subscribe to Popverse to read this article"),
    "trailer article author bio": (
        "official-trailer-ruju-naomi",
        "Jonnalyn is a book lover who discovers Netflix",
    ),
    "trailer article author credit": ("official-trailer-ruju-naomi", "1413 Articles Published"),
    "music clip author bio": (
        "special-music-clip",
        "Saras is a passionate creative writer, with a love for immersive sims",
    ),
    "One Piece aside": (
        "release-date-sci-fi-noir",
        "One Piece fans all across the world excitedly awaited the publication",
    ),
    "image credit": ("bones-trailer-anime-expo", "(Image via Bones Studios)"),
}


def read(path):
    """(front matter, body) split by hand: the body is everything after the closing '---' line."""
    text = path.read_bytes().decode("utf-8")
    assert text.startswith("---\n"), path.name
    front, body = text[4:].split("\n---\n", 1)
    return yaml.safe_load(front), body


FILES = sorted(SOURCES.glob("*.md"))


@pytest.fixture(scope="module")
def sources():
    loaded, problems = load_sources(SOURCES)
    assert not problems, problems
    return loaded


def test_the_corpus_is_the_five_seed_articles():
    assert [p.stem for p in FILES] == sorted(HEADLINES)
    assert sorted(read(p)[0]["origin"] for p in FILES) == sorted(SEEDS)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_each_body_equals_its_seed_text_byte_for_byte(path):
    meta, body = read(path)
    digest, length = SEEDS[meta["origin"]]
    data = body.encode("utf-8")
    assert len(data) == length
    assert hashlib.sha256(data).hexdigest() == digest


def test_the_loader_keeps_each_body_verbatim(sources):
    for path in FILES:
        assert sources[path.stem].body == read(path)[1]


def test_every_origin_names_a_distinct_seed_file():
    origins = [read(p)[0]["origin"] for p in FILES]
    assert len(set(origins)) == len(origins)
    assert all(re.fullmatch(r"\d{3}_[0-9a-f]{16}\.txt", o) for o in origins)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_titles_are_the_real_headlines(path, sources):
    source = sources[path.stem]
    assert source.id == path.stem
    assert source.title == HEADLINES[path.stem]
    # the headline is the first line of the article that is not skipped
    lines = source.body.split("\n")
    skipped = skipped_lines(source.body, list(_skip(path)))
    first = next(ln.strip() for i, ln in enumerate(lines) if ln.strip() and i not in skipped)
    assert plain(first) == plain(source.title)  # the article has a no-break space in one


def test_the_popverse_title_is_not_the_affiliate_disclaimer(sources):
    source = sources["popverse-creators-roundtable"]
    assert not source.title.startswith("If you click")
    assert source.body.startswith("If you click on a link")


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_front_matter_states_only_what_the_text_names(path):
    """A byline or publication is only filled in when the article itself names it."""
    meta, body = read(path)
    assert set(meta) <= {"id", "title", "byline", "publication", "origin", "skip"}
    for key in ("byline", "publication"):
        if meta.get(key) is not None:
            assert meta[key] in body, f"{key} {meta[key]!r} is not in the article"


@pytest.mark.parametrize("what", sorted(NOT_ABOUT_THE_SERIES))
def test_boilerplate_and_asides_are_skipped(what, sources):
    source_id, phrase = NOT_ABOUT_THE_SERIES[what]
    place = locate(sources[source_id], phrase)
    assert place is not None, f"{what} is not in {source_id}"
    assert place[2] is True, f"{what} in {source_id} can be cited"


def test_the_article_text_itself_is_not_skipped(sources):
    kept = {
        "popverse-creators-roundtable": "Metallic Rouge is set in a future where humanity",
        "release-date-sci-fi-noir": "Set within a world where humans coexist with androids",
        "official-trailer-ruju-naomi": "Dazbee sings the ending theme, Scarlet.",
        "special-music-clip": "Director: Motonobu Hori",
        "bones-trailer-anime-expo": "marks Bones Studio's 25th anniversary",
    }
    for source_id, phrase in kept.items():
        assert locate(sources[source_id], phrase)[2] is False, source_id


def _skip(path) -> list:
    return read(path)[0].get("skip") or []


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_no_skip_entry_is_unused(path):
    """Every entry starts a line of the article and skips a line no other entry skips."""
    _, body = read(path)
    entries = _skip(path)
    assert unmatched_skips(body, entries) == []
    for i, entry in enumerate(entries):
        own = skipped_lines(body, [entry])
        others = skipped_lines(body, entries[:i] + entries[i + 1:])
        assert own - others, f"skip entry {entry!r} adds nothing"
        if isinstance(entry, dict) and entry.get("to"):
            lines = [ln.strip() for ln in body.split("\n")]
            assert any(ln.startswith(entry["to"]) for ln in lines), f"'to' of {entry!r} starts no line"


# -- the hand-written questions built on the corpus -------------------------------------------

CURATED_TOPICS = {
    "story-world", "characters-cast", "staff-production", "music", "release-broadcast", "studio",
}
# Statements the articles disagree on: a question citing one must say which article it follows.
CONTESTED = (
    "a girl from Nairn",  # where Ruju/Rouge comes from (the others only say she goes to Mars)
    "Monotobu Hori",  # the director's name, spelled Motonobu in two other articles
    "Motonobu Hori",
    "known for his work on the Gundam",  # what Izubuchi is known for: three different lists
    "famous for projects such as Evangelion",
    "RahXephone and Rune Masquer",
)


@pytest.fixture(scope="module")
def curated(bank):
    return [q for q in bank.questions if "/curated/" in q.path.replace("\\", "/")]


def test_curated_questions_cover_every_topic_and_type(curated):
    assert len(curated) >= 48
    assert {q.topic for q in curated} == CURATED_TOPICS
    assert {q.type for q in curated} == {"choice", "multi", "truefalse", "text", "number", "order"}
    assert any(q.type == "text" and q.accept for q in curated)
    for topic in CURATED_TOPICS:
        assert sum(q.topic == topic for q in curated) >= 8, topic


def test_curated_files_are_one_per_topic_with_the_schema_line(curated):
    for path in sorted((PROJECT_ROOT / "questions" / "curated").glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        assert text.startswith("# yaml-language-server: $schema=../schema.json\n"), path.name
        assert yaml.safe_load(text)["topic"] == path.stem
    assert {pathlib_name(q.path) for q in curated} == {f"{t}.yaml" for t in CURATED_TOPICS}


def pathlib_name(path: str) -> str:
    return path.replace("\\", "/").rsplit("/", 1)[-1]


def test_curated_ids_start_with_c(curated):
    assert all(q.id.startswith("c-") for q in curated)


def test_every_curated_answer_cites_the_article_text(curated, sources):
    for q in curated:
        assert q.sources, q.id
        for cite in q.sources:
            place = locate(sources[cite.source], cite.quote)
            assert place is not None and not place[2], (q.id, cite.quote)


def test_contested_facts_are_asked_as_what_a_named_article_says(curated):
    contested = [
        q for q in curated if any(c in cite.quote for cite in q.sources for c in CONTESTED)
    ]
    assert len(contested) >= 5  # the bank does ask about them
    for q in contested:
        assert "article" in q.prompt.lower(), q.id
