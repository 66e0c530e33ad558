"""Dates that are no premiere, on made-up sentences: a preview's and a ticket sale's."""

from __future__ import annotations

from pathlib import Path

from made_up_article import read_article


def premieres(tmp_path: Path, body: str):
    base = read_article(tmp_path, "The upcoming film Silver Tide comes to theaters soon.\n\n" + body,
                        "Silver Tide Film Gets a Date")
    return sorted(f.value for f in base.of("premiere"))


def test_a_previews_date_is_no_premiere(tmp_path):
    assert premieres(tmp_path, "A May 3 preview will screen the film with subtitles.\n") == []


def test_a_ticket_sale_is_no_premiere(tmp_path):
    assert premieres(tmp_path, "Tickets for the theatrical release of Silver Tide go on sale May 1.\n") == []


def test_a_video_that_previews_a_song_still_dates_the_premiere(tmp_path):
    body = "The video previews the anime's opening theme song and reveals the anime's May 9 premiere date.\n"
    assert premieres(tmp_path, body) == ["May 9"]


def test_the_release_beside_them_is_the_premiere(tmp_path):
    body = ("Tickets for the theatrical release of Silver Tide go on sale May 1.\n\n"
            "The film was released in Japanese theaters on June 4, 2021.\n")
    assert premieres(tmp_path, body) == ["June 4, 2021"]
