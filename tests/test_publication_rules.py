"""The show's source in print: its authors and year, the magazine its manga runs in, its
volumes and its publisher."""

from __future__ import annotations

from pathlib import Path

from made_up_article import read_article


def read(tmp_path: Path, body: str, title: str = "Silver Tide Anime Announced"):
    return read_article(tmp_path, body, title)


def facts(base, relation):
    return sorted((f.qualifier, f.value) for f in base.of(relation))


def test_the_year_and_the_authors_said_before_and_after_the_title(tmp_path):
    base = read(tmp_path, (
        "The 2011 seafaring adventure manga Silver Tide by Ana Mori and Ben Ito is finally getting "
        "an anime.\n\n"
        "The anime of Ana Mori and Ben Ito's Silver Tide sailing manga will premiere in 2025.\n"
    ))
    assert facts(base, "source_author") == [("manga", "Ana Mori"), ("manga", "Ben Ito")]
    assert facts(base, "manga_launched") == [("manga", "2011")]


def test_another_manga_by_its_title_is_not_the_source(tmp_path):
    base = read(tmp_path, (
        "Silver Tide is a new anime.\n\n"
        "The 1999 manga Iron Harbor by Cy Uno inspired its director.\n"
    ))
    assert facts(base, "source_author") == []


def test_the_magazine_and_the_date_of_a_launch_in_its_pages(tmp_path):
    base = read(tmp_path, (
        "Silver Tide is a new anime.\n\n"
        "Ana Mori's Silver Tide manga launched in the pages of Weekly Shonen Harbor in June 2014. "
        "The series currently spans nine collected volumes.\n"
    ))
    assert facts(base, "manga_magazine") == [("", "Weekly Shonen Harbor")]
    assert facts(base, "manga_launched") == [("manga", "June 2014")]
    assert facts(base, "volumes") == [("manga", "9")]


def test_a_manga_serialized_in_a_magazine_said_of_it(tmp_path):
    base = read(tmp_path, (
        "Silver Tide is a new anime.\n\n"
        "The original manga series is loved by readers. It has been serialized in Harborsha's "
        "\"Tide Monthly\" magazine since 2018, with seven tankobon volumes out so far.\n\n"
        "Silver Tide is a manga series by Ana Mori and ends on May 2 in Monthly Shonen Harbor.\n"
    ))
    assert facts(base, "serialized_in") == [("", "Monthly Shonen Harbor"), ("", "Tide Monthly")]
    assert facts(base, "volumes") == [("manga", "7")]


def test_a_count_the_next_volume_is_about_to_pass_is_not_asked(tmp_path):
    # the shape of a train article: "spans fourteen collected volumes, with volume 15 due to ship"
    base = read(tmp_path, (
        "Silver Tide is a new anime.\n\n"
        "Ana Mori's Silver Tide manga launched in the pages of Weekly Shonen Harbor in June 2014. "
        "The series currently spans nine collected volumes, with volume 10 due out on May 3.\n"
    ))
    assert facts(base, "volumes") == []


def test_volumes_an_adaptation_covers_are_not_counted(tmp_path):
    base = read(tmp_path, (
        "Silver Tide is a new anime based on the manga by Ana Mori.\n\n"
        "The anime will adapt the manga's first five volumes, with twelve volumes in print.\n"
    ))
    assert facts(base, "volumes") == []


def test_the_publisher_of_the_book_and_of_the_original_volumes(tmp_path):
    base = read(tmp_path, (
        "Silver Tide is an anime film based on the book by Ana Mori.\n\n"
        "Original work: Silver Tide by Ana Mori (published by Harbor Books)\n"
    ))
    assert facts(base, "source_author") == [("book", "Ana Mori")]
    assert facts(base, "source_kind") == []  # a book may be a novel or not
    assert facts(base, "publisher") == [("book", "Harbor Books")]
    base = read(tmp_path, (
        "Silver Tide is an anime based on the light novels by Ana Mori.\n\n"
        "Tide Bunko is reprinting the three original light novel volumes that were first "
        "published by Harbor Media.\n"
    ))
    assert facts(base, "first_publisher") == [("light novels", "Harbor Media")]



def test_a_publisher_abroad_or_of_another_kind_of_work_is_not_the_sources(tmp_path):
    base = read(tmp_path, (
        "Silver Tide is an anime based on the light novels by Ana Mori.\n\n"
        "The original light novels are published in English by Harbor Press.\n\n"
        "Silver Tide also has a manga adaptation, published by Tide Comics.\n"
    ))
    assert facts(base, "publisher") == []


def test_a_genre_word_with_a_hyphen_between_the_title_and_the_kind(tmp_path):
    # train and dev shapes: "X's <title> four-panel manga", "X's <title> boys-love manga"
    base = read(tmp_path, "The television anime of Ana Mori's Silver Tide four-panel manga will "
                          "premiere in 2025.\n")
    assert facts(base, "source_author") == [("manga", "Ana Mori")]


def test_the_magazine_as_the_subject_that_publishes_the_manga(tmp_path):
    # train shapes: "<publisher>'s <magazine> magazine publishes the manga", "Their <magazine>
    # magazine began serializing the manga five months ago"
    base = read(tmp_path, (
        "The television anime of Ana Mori's Silver Tide manga will premiere in 2025.\n\n"
        "Harbor Books's Monthly Comic Gull magazine publishes the manga.\n"
    ))
    assert facts(base, "serialized_in") == [("", "Monthly Comic Gull")]
    assert facts(base, "publisher") == [("manga", "Harbor Books")]
    base = read(tmp_path, (
        "The television anime of Ana Mori's Silver Tide manga will premiere in 2025.\n\n"
        "Their Comic Gull Star magazine began serializing the manga in spring.\n"
    ))
    assert facts(base, "manga_magazine") == [("", "Comic Gull Star")]
    assert facts(base, "publisher") == []


def test_a_magazine_publishing_the_manga_of_a_show_of_no_manga_is_not_read(tmp_path):
    base = read(tmp_path, (
        "Silver Tide is an original anime that will premiere in 2025.\n\n"
        "Harbor Books's Monthly Comic Gull magazine publishes the manga.\n"
    ))
    assert facts(base, "serialized_in") == [] and facts(base, "publisher") == []
