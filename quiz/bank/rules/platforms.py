"""Platforms: the services that stream a show, the channels' programming blocks they air it
in, and where a service streams it ("Crunchyroll outside of Asia").

A service is named by the verb that shows the show there ("streamed the anime on A, B and C",
"premiere on Fuji TV's Noitamina programming block") or as the subject that streams it
("Crunchyroll will stream the new season"); never a day, a month, a disc or the show itself.
"""

from __future__ import annotations

import re

from quiz.bank.rules import Reader, Sentence, channels, pattern
from quiz.bank.rules.patterns import MONTHS, NAME, WEEKDAYS, find_dates, split_list
from quiz.bank.rules.tied import RELEASE

# "Fuji TV's +Ultra", "Fuji TV's esteemed +Ultra programming block"; not "Netflix's service"
_ITEM = rf"{NAME}(?:'s (?:(?:[a-z]+ )+{NAME} (?:programming )?block|{NAME}(?: (?:programming )?block)?))?"
_ITEMS = rf"(?P<list>{_ITEM}(?:(?:,? and |, ){_ITEM})*)"
_NOT_WHEN = rf"(?!(?:{'|'.join(m[:3] for m in MONTHS)})[a-z]*\b|(?:{'|'.join(WEEKDAYS)})\b)"
# "streamed the anime on Crunchyroll, Hulu, Funimation, and HIDIVE", "premiere on Fuji TV's
# Noitamina programming block"
ON_SERVICE = pattern(
    "platforms.shown_on",
    rf"\b(?:stream(?:s|ed|ing)?|air(?:s|ed|ing)?|broadcast(?:s|ing)?|premieres?|premiering|released?|"
    rf"available|watch)\b(?: [\w'+,-]+){{0,6}}? (?:on|via|through) {_NOT_WHEN}{_ITEMS}",
    needs=("air", "available", "broadcast", "premiere", "premiering", "release", "stream", "watch"),
)
# "Crunchyroll will stream the new season", "Crunchyroll has confirmed that they will be
# streaming the new episodes", "Crunchyroll, ready to broadcast the new episodes"
SERVICE_STREAMS = pattern(
    "platforms.service_streams",
    rf"(?P<p>{NAME}),? (?:(?:will|has (?:confirmed|announced) (?:that )?(?:they|it) will|"
    r"(?:already )?(?:confirmed|announced|revealed|confirming|announcing)(?: on \w+day)? "
    r"(?:that )?(?:they|it) will|"
    r"(?:is|are) (?:proud|happy|excited) to announce (?:that )?(?:they|it) will|is|are|has|ready|set|"
    r"poised|also|be|begin|to|exclusively|globally|simultaneously) )*"
    r"(?:stream|streams|streamed|streaming|broadcast|air|simulcast)\b "
    # the show, by a word for it, by its dub or by its name ("streaming PLUTO")
    rf"(?:the (?:new |first |second |whole )?(?:season|anime|series|episodes|film|show)\b"
    rf"|the English dub (?:for|of) the (?:television |TV )?(?:anime|series)\b|(?P<show>{NAME}))"
    # "stream the anime on Hulu" names the service after it; "on their platform" is the subject's
    r"(?! on (?!(?:the|their|its) (?:streaming )?(?:service|platform)\b))"
    # "Netflix's official Twitter account ... revealed that Beastars will begin streaming on the
    # service": the service is the one that opens the sentence
    rf"|^(?P<p2>{NAME})(?P<own>'s official (?:Twitter |X |YouTube )?(?:account|website|channel)\b| )"
    r"[^.;]*?\b(?:stream(?:s|ed|ing)?|released?|available) "
    r"on (?:the|their|its) (?:streaming )?(?:service|platform)\b",
    needs=("air", "broadcast", "platform", "service", "simulcast", "stream"),
)
_OWNED = re.compile(rf"^(?P<owner>{NAME})'s (?:[a-z]+ )*(?P<block>{NAME})(?: (?:programming )?block)?$")
_STREAMS = pattern(
    "platforms.plans_to_stream",
    rf"(?P<p>{NAME})(?: has confirmed its plans to stream|'s (?:global|worldwide|international) "
    r"(?:streaming|listings?|release schedule)\b)",
    needs=(" has confirmed its plans to stream", "global", "international", "worldwide"),
)
# where a service streams the show: "Crunchyroll outside of Asia"
_REGION = pattern(
    "platforms.streams_outside_of",
    rf"(?P<p>{NAME}) (?P<r>outside of {NAME})"
    rf"|(?P<r2>outside of {NAME})[^.]*?(?P<p2>{NAME}) has confirmed its plans to stream",
    needs=(" has confirmed its plans to stream", "outside of "),
)


# "on Netflix in Japan": where the service shows it, no part of the service's name
_IN_REGION = re.compile(r" in (?:the )?[A-Z][\w.]*(?: [A-Z]\w*| \d{4})*$")  # or when: "in January 2024"
_STREAMED = re.compile(r"\b(?:streamed|aired|broadcasted)\b")
_FIRST_SEASON = re.compile(r"\b(?:first|previous) season\b")
# a holiday is a day too: "its cinema release on Christmas Day", "on New Year's Eve"
_HOLIDAY = re.compile(r"\b(?:Day|Eve|Christmas|Halloween)$")


def _service(reader: Reader, item: str) -> bool:
    """A name that can be a service: not a day, a month ("Apr."), a holiday, the show or another show."""
    first = item.split()[0].rstrip(".")
    if first in WEEKDAYS or any(m.startswith(first) for m in MONTHS if len(first) >= 3):
        return False
    if _HOLIDAY.search(item):
        return False
    known_show = item.lower() == reader.show.lower() or item in reader.known.get("show", ())
    return not known_show and not channels.no_service(item)  # not "CD", nor "Japanese" (TV)


def _of_this_show(reader: Reader, s: Sentence) -> bool:
    """Streamed in the past: the show's own earlier season only when the paragraph says so
    (else "the series" may be an earlier work the article has just named)."""
    if not _STREAMED.search(s.bare):
        return True
    before = reader.previous_sentence()
    return any(_FIRST_SEASON.search(t.text) for t in (s, before) if t is not None)


def _streams_this(reader: Reader, match: re.Match, service: str) -> bool:
    """The show by its own name, not another work's; a sentence's bare subject ("Fans ...
    on the service") only when the article names it as a service elsewhere."""
    found = match.groupdict()
    if found.get("show") and not reader.is_show(found["show"]):
        return False
    return found.get("own") != " " or service in reader.known.get("platform", ())


# A printed work the sentence speaks of, and no screened one: where it is available is no service
_PRINTED = re.compile(r"\b(?:manga|novels?|books?|volumes?|comics?|chapters?|webtoons?)\b")
_SCREENED = re.compile(r"\b(?:anime|adaptation|series|film|movie|show|episodes?|seasons?|OVA|dub)\b", re.I)
# what a company owns on the web ("Harbor Films' YouTube channel"): the company shows nothing itself
_WEB_OF = re.compile(r"'s? (?:official )?(?:YouTube|Niconico|Nico Nico|Twitch|TikTok)\b")


# A list that closes on others unnamed ("on TV Saitama and other stations"): the show airs on more
# channels than the article says, so the options beside the one named may air it too
_AND_OTHERS = re.compile(r",? and (?:many |several |various )?other (?:TV |television |local )?"
                         r"(?:stations|channels|networks|broadcasters)\b")


# A sentence about a video or a visual: where it can be seen is no service showing the show ("The
# promotional video is available only on NHK's website", "A new key visual ... focusing on X").
# A video's sentence that dates the show ("The video reveals the anime's premiere date on TV Tokyo")
# still says where it airs.
_A_VIDEO = re.compile(r"^(?:The|A|An|This|Its|Their) (?:[\w-]+ ){0,3}(?:videos?|trailers?|teasers?|PVs?"
                      r"|visuals?|commercials?)\b(?!.*\b(?:premier|air|broadcast|debut))")


def platforms(reader: Reader, s: Sentence) -> None:
    if not _of_this_show(reader, s) or _A_VIDEO.match(s.bare):
        return
    for match in ON_SERVICE.finditer(s.bare):
        if _PRINTED.search(s.bare, 0, match.start()) and not _SCREENED.search(s.bare, 0, match.start()):
            continue  # "The manga is available through VIZ Media": the book's publisher
        if _AND_OTHERS.match(s.bare, match.end("list")):
            continue
        items = split_list(match["list"])
        if _WEB_OF.match(s.bare, match.end("list")):
            items = items[:-1]  # "on Harbor Films' YouTube channel": the last is an owner, no service
        for item in (_IN_REGION.sub("", item) for item in items):
            if not _service(reader, item):
                continue
            owned = _OWNED.match(item)
            if owned and channels.WEB.search(owned["block"]):
                continue  # "on Kadokawa's YouTube channel": a company's web channel, no block, no service
            if owned:
                reader.add("platform", reader.show, owned["owner"], "platform")
                reader.add("block", reader.show, owned["block"], "block")
                reader.add("block_of", owned["block"], owned["owner"], "platform", "block")
            else:
                reader.add("platform", reader.show, item, "platform")
    for rule in (SERVICE_STREAMS, _STREAMS):
        for match in rule.finditer(s.bare):
            service = match["p"] or match.groupdict().get("p2")
            if not _service(reader, service) or not _streams_this(reader, match, service):
                continue
            reader.add("platform", reader.show, service, "platform")
    for match in _REGION.finditer(s.text) if RELEASE.search(s.text) else ():
        service = match["p"] or match["p2"]
        if _service(reader, service) and not find_dates(service):  # not "July 6th outside of Japan"
            reader.add("streams_in", service, match["r"] or match["r2"], "region", "platform")
