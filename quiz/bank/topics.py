"""Topic names as players read them: the question files name a topic by its slug.

One small mapping, read by the pages and the scoreboards; a topic not listed here reads as
its slug with spaces for the hyphens.
"""

from __future__ import annotations

TOPIC_TITLES = {
    "characters-cast": "Characters & cast",
    "music": "Music",
    "production": "Production",
    "release-broadcast": "Release & broadcast",
    "staff-production": "Staff & production",
    "story": "Story",
    "story-world": "Story & world",
    "studio": "Studio",
}


def topic_title(topic: str) -> str:
    """'characters-cast' -> 'Characters & cast'."""
    return TOPIC_TITLES.get(topic) or topic.replace("-", " ").capitalize()
