"""Where and since when the show's manga runs, on made-up sentences: "has been serialized in X
since 2017", and "<the author>'s manga began serialization in X magazine in 2008"."""

from __future__ import annotations

from pathlib import Path

from made_up_article import read_article


def read(tmp_path: Path, body: str, title: str = "Silver Tide Anime Announced"):
    return read_article(tmp_path, "The upcoming anime Silver Tide will premiere in 2025.\n\n" + body, title)


def facts(base, relation):
    return sorted((f.qualifier, f.value) for f in base.of(relation))


def test_serialized_since_a_year_dates_the_launch(tmp_path):
    base = read(tmp_path, "Silver Tide is based on Rin Abe's manga of the same name. The series has been "
                          "serialized in mirai Comic since 2017.\n")
    assert facts(base, "serialized_in") == [("", "mirai Comic")]
    assert facts(base, "manga_launched") == [("manga", "2017")]


def test_the_authors_manga_began_serialization(tmp_path):
    base = read(tmp_path, "The Silver Tide anime is an adaptation of author Rin Abe's manga of the "
                          "same name.\n\n"
                          "Abe's manga began serialization in Kobe's Tide Ward magazine in 2008.\n")
    # where it began, not where it runs now
    assert facts(base, "manga_magazine") == [("", "Tide Ward")]
    assert facts(base, "serialized_in") == []
    assert facts(base, "manga_launched") == [("manga", "2008")]


def test_another_authors_manga_is_not_the_shows(tmp_path):
    base = read(tmp_path, "The Silver Tide anime is an adaptation of author Rin Abe's manga of the "
                          "same name.\n\n"
                          "Sato's manga began serialization in Kobe's Tide Ward magazine in 2008.\n")
    assert facts(base, "manga_magazine") == [] and facts(base, "manga_launched") == []
