"""Broadcast channels: the channel a show airs on first, the channels of a broadcast schedule
and the programming block a channel airs it in.

A television channel is told from a streaming service by what the sentence says of it: a
time slot ("at 11:30 p.m."), its affiliates, a programming block, or a line of a schedule
("ABC TV: 10/2/2019 at 26:16"). A service that streams the show has none of these.
"""

from __future__ import annotations

import re

from quiz.bank.rules import Reader, Sentence, pattern
from quiz.bank.rules.patterns import MONTHS, NAME, WEEKDAYS, split_list
from quiz.bank.rules.tied import OTHER_START

# A line of a broadcast schedule: "ABC TV: 10/2/2019 at 26:16", "Tokyo MX: October 3 at 24:30",
# "AT-X: Fridays at 21:30".
SCHEDULE_LINE = pattern(
    "channels.schedule_line",
    rf"^(?P<c>{NAME}): (?:\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?|(?:{'|'.join(MONTHS)}) \d{{1,2}}|"
    rf"(?:{'|'.join(WEEKDAYS)})s?) at \d{{1,2}}:\d{{2}}\b",
    needs=(" at ",),
)
# The heading a schedule follows: "The full premiere schedule is as follows", "It will air on:"
_SCHEDULE_HEADING = re.compile(r"\b(?:premiere|broadcast|airing|air|TV) schedule\b|\b(?:air|premiere)s? on:$")
# "will premiere on AT-X at 11:30 p.m.", "premiered on October 8 on TV Asahi and its affiliates";
# the day may stand between the channel and its slot: "will premiere on Kobe TV on April 6 at 25:00"
_DAY = rf"(?: on (?:{'|'.join(MONTHS)}) \d{{1,2}}(?:st|nd|rd|th)?)"
PREMIERES_ON = pattern(
    "channels.premieres_on",
    r"\b(?:premier(?:e|es|ed|ing)|debut(?:s|ed|ing)?|air(?:s|ed|ing)?|broadcast(?:s|ing)?)\b"
    rf"{_DAY}? on (?P<c>{NAME})"
    rf"(?P<slot>{_DAY}? at \d{{1,2}}(?::\d{{2}})? ?[ap]\.?m\.?|{_DAY}? at \d{{1,2}}:\d{{2}}"
    r"| and its affiliates)?"
    # and the channel's block: "in the "NUMAnimation" programming block", "in its Noitamina block"
    rf"(?:[^.;]*? in (?:the|its|their) \"?(?P<b>{NAME})\"? (?:programming )?block\b)?",
    needs=("air", "broadcast", "debut", "premier"),
)
_NOT_A_CHANNEL = re.compile(rf"^(?:{'|'.join(MONTHS + WEEKDAYS)})\b")
# What a sentence names after "available on" or "airs on" that shows no show: a disc or a
# format, whatever follows it ("on CD and streaming", "on Blu-ray in March 2019", "Blu-ray
# Disc", a handheld's "PSP UMD"), or a nationality ("airs on Japanese television", the
# capitalised word alone a name)
_NO_SERVICE = re.compile(
    r"(?:CD|DVD|Blu-ray|BD|UHD|4K|VHS|LaserDisc|Vinyl|(?:PSP )?UMD)s?\b"
    r"|(?:Japanese|American|English|British|Chinese|Korean|French|German|Italian|Spanish|Canadian)"
    r"(?: TV| Television)?$",
    re.I,
)


def no_service(name: str) -> bool:
    """Whether a name read as a platform is a disc format or a nationality, never a service."""
    return _NO_SERVICE.match(name) is not None


_STREAM = re.compile(r"\bstream", re.I)
_EARLIER = re.compile(r"\b(?:first|previous|last|earlier) (?:season|series|anime)\b|\bre-?air|\brerun", re.I)


def _a_channel(reader: Reader, name: str) -> bool:
    """Not a day ("premieres on Saturday at 10 p.m."), not the show, and not a service the
    article says streams (a stream's start time is no broadcast slot)."""
    if _NOT_A_CHANNEL.match(name) or no_service(name) or name.lower() == reader.show.lower():
        return False
    if "- " in name:  # a word the page broke apart ("BS- NTV"): not the channel's own spelling
        return False
    return not any(name in t.text and _STREAM.search(t.text) for t in reader.sentences)


def _first(reader: Reader, channel: str, season: str) -> None:
    """The first channel the article names for the show's premiere, once; a sentence naming no
    season speaks of the later season the article is about, as its premiere date does ("the
    anime will premiere on X at 9 p.m." in a second season's news): where an earlier season
    aired first, unsaid."""
    main = reader.main_season
    season = season or ("" if main == "first season" else main)
    if not any(f.relation == "first_channel" for f in reader.facts):
        reader.add("first_channel", reader.show, channel, "channel", qualifier=season)


def schedule(reader: Reader, s: Sentence) -> None:
    """The channels of a schedule under its heading; the first line is where it airs first."""
    found = SCHEDULE_LINE.search(s.text)
    if not found or not _SCHEDULE_HEADING.search(reader.heading) or _EARLIER.search(reader.heading):
        return
    if not _a_channel(reader, found["c"]):
        return
    before = reader.previous_sentence()
    if before is not None and before.text == reader.heading:
        _first(reader, found["c"], reader.season(reader.heading))
    reader.add("channel", reader.show, found["c"], "channel")


def premiere_channel(reader: Reader, s: Sentence) -> None:
    """A premiere on a channel with a time slot or affiliates ("premiere on AT-X at 11:30
    p.m."), and the programming block the same sentence names."""
    if _EARLIER.search(s.bare):
        return
    season = reader.season(s.text)
    for found in PREMIERES_ON.finditer(s.bare):
        channel = found["c"]
        if not found["slot"] or not _a_channel(reader, channel):
            continue
        if not OTHER_START.search(s.bare):  # a later cour's start: not where the show airs first
            _first(reader, channel, season)
        reader.add("channel", reader.show, channel, "channel")
        if found["b"]:
            reader.add("block", reader.show, found["b"], "block")
            reader.add("block_of", found["b"], channel, "platform", "block")


# "will premiere on July 15 on the Tokyo MX and KBS Kyoto channels", "This air date will be exclusive
# to the WOWOW channel", "start its broadcast on the WOWOW premium satellite network": the word
# itself says they are television channels (a few words may say which kind)
NAMED_CHANNELS = pattern(
    "channels.named_channels",
    r"\b(?:premier\w*|debut\w*|air(?:s|ed|ing| date)?|broadcast\w*)\b[^.;]*? (?:on|to) (?:the )?"
    rf"(?P<list>{NAME}(?:(?:,? and |, ){NAME})*)"
    r"(?: (?:premium|satellite|terrestrial|cable|pay|broadcast)){0,2} (?P<n>channels?|network)\b",
    needs=("channel", "network"),
)
_PAST = re.compile(r"\b(?:premiered|aired|debuted|broadcasted)\b")
WEB = re.compile(r"\b(?:YouTube|Niconico|Nico Nico|Twitch|TikTok)$")  # a web channel, no broadcaster


def named_channels(reader: Reader, s: Sentence) -> None:
    """The channels a sentence calls so; the only one, named for a coming premiere (not a later
    cour's), is where the show airs first."""
    if _EARLIER.search(s.bare):
        return
    for found in NAMED_CHANNELS.finditer(s.bare):
        names = split_list(found["list"])
        if not all(_a_channel(reader, name) and not WEB.search(name) for name in names):
            continue  # a day, a service or a web channel among them: which are channels, not sure
        for name in names:
            reader.add("channel", reader.show, name, "channel")
        if len(names) == 1 and not _PAST.search(s.bare) and not OTHER_START.search(s.bare):
            _first(reader, names[0], reader.season(s.text))


RULES = [schedule, premiere_channel, named_channels]
