"""How an article uses a name: as a platform's or a programming block's, a person's, a studio's,
a place's or a company's. A name used so is no show's, whatever the words around it elsewhere say.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from quiz.bank.industry import is_industry
from quiz.bank.rules.patterns import PERSON, TITLE
from quiz.bank.text import count_whole

# A name used as a platform or a company account: what streams something ("Crunchyroll
# will be streaming the anime"), not what is streamed ("Beastars will be streaming on ...").
_PLATFORM = (
    r"\b(?:stream\w*|air\w*|releas\w*|available|premier\w*|broadcast\w*|hits?|exclusive\w*)"
    r" (?:\w+ ){{0,3}}?(?:on|via|through) {n}\b",
    r"\b{n}'s (?:official |worldwide )?(?:Twitter|YouTube|website|service|listings|account|channel)",
    r"\b{n} (?:will (?:be )?|is |has been |began |begins )?(?:stream|simulcast)(?:s|ed|ing)? "
    r"(?:the|it|its|all|new|every|this|these|episodes?)\b",
    r"\b{n} (?:has|have) confirmed (?:that )?(?:they|it) will (?:be )?stream",
    r"\b{n} (?:announces|announced) (?:that )?(?:they|it) will (?:be )?(?:stream|simulcast)",
)
# A name used as a channel's programming block, not a show: "the X anime block", "the X
# schedule", "X's lineup".
_BLOCK_USE = (r"\b{n}(?:'s)? (?:anime |programming |late-night )?(?:block|lineup|line-up|schedule)\b",)
# A name used as a person's: a performer, an actor, a member of the staff.
_PERSON_USE = (
    r"\b(?:[Ss]inger(?:-songwriter)?|[Aa]rtist|[Aa]ctress|[Aa]ctor|[Dd]irector|[Cc]omposer|[Pp]roducer"
    r"|[Ww]riter|[Aa]uthor|[Cc]reator|[Ii]llustrator|[Mm]angaka|[Aa]nimator) {n}\b",
    r"\b{n} (?:joins|will join|stars|will star|voices|will voice|sings|will sing|performs|will perform"
    r"|directs|is directing|will direct|will be directing)\b",
    r"\b(?:sung|performed|voiced|directed|written|composed|illustrated|drawn|created) by {n}\b",
    r"\b{n} ?'s (?:new |latest |first )?(?:song|single|album|music|vocals|voice)\b",
    # "X is going to release a new single", "X will play the role of"
    r"\b{n} (?:is going to |will |to )?(?:release|releases|released) (?:a|her|his|their) "
    r"(?:new |debut |first )?(?:single|album|song|EP)\b",
    r"\b{n} (?:is going to |will )?play(?:s|ed)? the role\b",
)
# A name used as a studio's or a publisher's: where the anime is made, the manga printed.
_STUDIO_USE = (r"\b(?:(?:anime|series|film) at|animated by|animation by|produced by|animation studio)"
               r" {n}\b",
               r"\b{n} (?:is|are|will be) (?:producing|animating)\b",
               r"\b(?:published|serialized|serialised) (?:by|in) {n}\b")
# A name used as a company's: what a company does or is called ("Toho acquired TIA", "Toho Co.
# Ltd", "Nikkatsu, Japan's oldest movie studio").
_COMPANY_USE = (r"\b{n} (?:Co\.|Co\b|Ltd|Holdings|Corp\b)",
                r"\b{n} (?:has |have |will )?(?:acquir|purchas|merg|invest)(?:e|es|ed|ing|s)\b",
                r"\b{n}, (?:Japan's |one of the )?(?:[a-z]+ ){{0,3}}?(?:company|studio|publisher|distributor"
                r"|conglomerate)(?!')\b")
# A name used as a place's.
_PLACE_USE = (r"\b(?:in|outside(?: of)?|across|throughout|around|based in) {n}\b",)
# A person's name with their earlier works after it ("Sonny Strait (Fullmetal Alchemist,
# Assassination Classroom) was tapped to direct"), as staff and cast lists write it.
_CREDITED = r"\b{n} ?\( ?[^(),]+, [^()]+\)"
# A name that announces things: a studio, a publisher, a platform.
# An adverb may stand before the verb ("X recently confirmed", "X has officially announced").
_ANNOUNCER_USE = (r"\b{n} (?:has |have )?(?:[a-z]+ly )?"
                  r"(?:announc|reveal|confirm|unveil|post|shar|teas)(?:ed|es|s)\b",)
# A name used as a company's or a broadcaster's ("Fuji TV", "Nippon TV"); never "X the
# Animation", a title's own ("Persona 4 the Animation").
# compiled here, not by re.fullmatch: pysbd's many patterns push it out of re's own cache
_PERSON = re.compile(PERSON)
_SUBTITLED = re.compile(r"\w: \w")
COMPANY = re.compile(r"^Studio |\b(?<![Tt]he )(?:Pictures|Animation|Studios?|Inc|Entertainment|Productions?"
                      r"|Records|Corporation|Company|Works|TV)$")


def not_a_show(group: tuple[str, ...], body: str, cue: int, marked: bool = False) -> bool:
    """Whether the article uses a name of the group as a platform's, a person's or a company's
    (once is enough: precision before recall), or, for a name no place in the text calls a
    title (`cue` 0), as one that announces ("MAPPA announced") or, unless the headline marks
    it as one ("X Anime"), as a place's ("outside of Japan"), or as a person's with their
    credits."""
    patterns = _PLATFORM + _BLOCK_USE + _PERSON_USE + _STUDIO_USE + _COMPANY_USE
    if not cue:
        patterns += _ANNOUNCER_USE + (() if marked else _PLACE_USE)
    credited = not cue and any(_PERSON.fullmatch(n) and uses(_CREDITED, n, body) for n in group)
    # a name with a subtitle is a work's ("Kaguya-sama: Love Is War's Twitter page" is the show's
    # account): no platform, person or company is named so
    return credited or any(COMPANY.search(name) or is_industry(name) or (not _SUBTITLED.search(name)
                                                    and any(uses(p, name, body) for p in patterns))
                           for name in group)


def drop_parts(cues: Counter[str], body: str, subtitle: re.Pattern) -> None:
    """Forget a name the text writes only inside a longer one that is no form of it with a
    subtitle (`subtitle` says where one starts) ("Anyway" of "Anyway, I'm Falling in Love With
    You"): it is no title alone; never for a longer one no place in the text calls a title
    (an address's words running on into the author's: "hoshi kuzushi of rin")."""
    def count(name: str) -> int:
        return count_whole(body, name)
    for short in [n for n in cues if count(n)]:
        within = 0  # inside longer titles: "Orchestra" of "Ao no Orchestra" and "The Blue Orchestra"
        for long in cues:
            inside = count_whole(long, short)
            kept = long.startswith(short) and subtitle.match(long, len(short))  # its subtitled form
            kept = kept or (cues[short] > 0 and not cues[long])
            within += inside * count(long) if long != short and inside and not kept else 0
        if within and count(short) <= within:
            del cues[short]


def uses(pattern: str, name: str, text: str) -> list[str]:
    r"""Where a pattern about one name ({n} in it) matches the text, as `findall` gives them.

    The name is swapped in the text for a stand-in that begins and ends with the same kind of
    character (a letter, or the name's own "!"), so `\b` and `(?<!\w)` around it behave as
    around the name, and the pattern is compiled once for every name, not once per name: an
    article's candidate names are hundreds of patterns otherwise.
    """
    if name not in text:
        return []
    stand_in = _stand_in(name)
    return _compiled(pattern, stand_in).findall(text.replace(name, stand_in))


def _stand_in(name: str) -> str:
    first = "Q" if re.match(r"\w", name) else name[0]
    last = "Q" if re.search(r"\w$", name) else name[-1]
    return f"{first}\x00\x00{last}"


@lru_cache(maxsize=256)
def _compiled(pattern: str, stand_in: str) -> re.Pattern:
    return re.compile(pattern.format(n=re.escape(stand_in)))


_AUTHOR = re.compile(r"(?P<title>.+?) of (?P<given>\S+(?: \S+)?) (?P<family>[^\s']+)")


def without_author(name: str, body: str) -> str:
    """A title without the author a translated article puts after "of" ("the manga, Tanaka-kun
    wa Itsumo Kedaruge of Nozomi Uda, will"), when the text names that person again by the
    family name alone ("Uda, ..."), as one does a person and never a title's last word."""
    found = _AUTHOR.fullmatch(name)
    if not found or not _PERSON.fullmatch(f"{found['given']} {found['family']}"):
        return name
    again = rf"(?<!{re.escape(found['given'])} )(?<!\w){re.escape(found['family'])}(?!\w| [A-Z])"
    return found["title"] if re.search(again, body) else name


_OWNED = re.compile(rf"{PERSON} ?['\u2019]s (?P<t>{TITLE})")


def without_owner(name: str) -> str:
    """A title without the person owning it, who starts a run of words the headline and the
    text share ("Kumiko Saiki's Kageki Shojo!! manga"): the title starts after the possessive."""
    owned = _OWNED.fullmatch(name)
    return owned["t"] if owned else name
