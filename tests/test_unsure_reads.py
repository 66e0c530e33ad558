"""Reads the rules give up when a sentence's shape leaves them unsure, each seen on real
sentences of two or more train and dev articles and shown here on made-up ones."""

from __future__ import annotations

from pathlib import Path

from made_up_article import read_article


def read(tmp_path: Path, body: str, title: str = "Silver Tide Anime Reveals More"):
    return read_article(tmp_path, body, title)


def values(base, relation: str) -> list[str]:
    return sorted(f.value for f in base.of(relation))


def test_a_companys_web_channel_is_no_block_and_no_service(tmp_path):
    base = read(tmp_path, (
        "Silver Tide is the new anime of the season.\n\n"
        "The anime will premiere on April 3 on TBS, and will also stream on Harbor Films' YouTube "
        "channel.\n\n"
        "Silver Tide will also stream on Lantern 's Niconico channel and ABEMA starting on April 10.\n"
    ))
    assert values(base, "block") == []
    assert "Harbor Films" not in values(base, "platform") and "Lantern" not in values(base, "platform")
    assert "TBS" in values(base, "platform")


def test_a_channels_own_block_is_still_read(tmp_path):
    base = read(tmp_path, "Silver Tide will premiere on Fuji TV's Noitamina programming block in April.\n")
    assert values(base, "block") == ["Noitamina"]
