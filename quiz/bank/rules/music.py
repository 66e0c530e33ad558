"""Songs: theme songs and their singers, music clips and who made them."""

from __future__ import annotations

import re

from quiz.bank.rules import Reader, Sentence, pattern
from quiz.bank.rules.patterns import GOES_ON, HONORIFIC, MONTH_WORDS, NAME, PERSON

# (a title-case "Opening" too: "The new Opening theme of the anime is X performed by Y")
_KIND = r"(?P<k>opening|ending|insert|OP|ED|Opening|Ending)"
# whose theme it is, when the article says "the anime's" or "the film's"
_WHOSE = r"(?:(?:anime|film|movie|series|show|season)(?:'s|') )?"
_SONG = r"(?:theme song|theme|song)"
# a title in quotes ("Kiseki", "I will...") or, when the article does not quote it, a name
_TITLED = r"(?:,? (?:titled|called|entitled) |,? )"
_QUOTED = r"\"(?P<t>[^\"]+)\""
_TITLE = rf"(?:{_QUOTED}|(?P<t2>{NAME}))"
# an artist: a name, or a stage name such as "ReoNa", "May'n" or "GRANRODEO"; never a word
# that starts a sentence
_NOT_ARTIST = r"(?!(?:In|As|I|I'm|The|A|An|It|He|She|They|This|That|Also|But|And|Her|His|Its|Their)\b)"
# (never the tail of a longer name: "Alpha-Kyun" of "+α/Alpha-Kyun" is not the artist's name;
# a name may open with a word like an honorific, as a title may ("Dr. Stone"): "Mr. Children";
# a stage name may open in lower case when a capital follows inside it, as no English word
# does: "fripSide"; a dash glued to a word before the sentence goes on joins it to no name:
# "Sakamoto-who also voices the character Akira-will provide the ED song")
_WORD = rf"(?:[\w'&.]|-{GOES_ON})*[A-Za-z]"
_ARTIST = (rf"(?<![\w/+.'-]){_NOT_ARTIST}(?P<a>{HONORIFIC}(?:{NAME}|[A-Z]{_WORD})"
           rf"|{NAME}|[A-Z]{_WORD}|[a-z]+[A-Z]{_WORD})")
# "the opening theme, Rouge, by Yu-ka"; "the theme song "ANIMA" by ReoNa"; "The opening theme for
# X, entitled "Y" will be performed by Z", "The ending theme, entitled "Y." ("Tears."), will be
# performed by Z"
THEME_BY = pattern(
    "music.theme_title_by",
    rf"\b[Tt]he {_WHOSE}(?:new )?(?:{_KIND} )?{_SONG}(?: for (?:the )?{NAME}!*)?{_TITLED}{_TITLE}"
    rf"(?: \([^()]*\))?,? (?:is |as |will be |was )?(?:performed |sung )?by {_ARTIST}",
    needs=("song", "theme"),
)
# a clause on the artist before the verb: "Linked Horizon, who performed the theme songs for the
# original series, will return to provide the show's opening"
# (or between dashes: "Sakamoto—who also voices the character Akira—will provide the ED song")
_WHO = r"(?:(?:, who [^,.]+,)? |-who [^,.-]+-(?=will |is |also ))"
# the kind alone, where the clause ends on it: "will provide the OP from the upcoming archery
# anime", "will return to provide the show's opening." (never "the opening weekend")
_BARE = r"(?=[,.;]| from\b| for\b|$)"
# "Dazbee sings the ending theme, Scarlet."; "Myuk will perform the second season's ending theme
# song "Mahō""; "AiM will return for the first ending theme "I wish.""; "Aya Kuro will perform
# opening theme song Sakebe"; "TRUE will return to perform the film's theme song "WILL."" (a
# theme song of no kind: the film's one song, never a bare "song")
SINGS = pattern(
    "music.artist_performs_theme",
    rf"{_ARTIST}(?: \([^)]*\))?{_WHO}(?:will |is set to |is going to |is on board to |is |are )?(?:also )?"
    # "GRANRODEO is returning to perform", "Linked Horizon will be returning once again to perform"
    rf"(?:(?:be )?return(?:ing)?(?: once again| again)? (?:to )?|be )?"
    # "provide" a theme is to sing it ("Luck Life will provide the opening theme for the show")
    rf"(?P<v>sings?|singing|perform|performs|performing|performed|provides?|providing|for) "
    # whose theme, in a few words ("the second season's"): never a run over another clause
    # ("a second theme song", "the film's other theme song", "the as-yet-untitled ending theme song")
    rf"(?:(?:the|a) (?:(?:\w+ ){{0,3}}?\w+'s )?)?"
    rf"(?:(?:new|first|second|original|main|other|as-yet-untitled|untitled) )?"
    rf"(?:{_KIND}(?: {_SONG}|{_BARE})|theme song)"
    rf"(?:{_TITLED}{_TITLE})?",
    needs=("ED", "OP", "ending", "insert", "opening", "theme song"),
)
# "The opening theme is "Blue Hour" by Kaori Sato."; "The new opening theme for the season is
# titled "Kurogane no Ori" as performed by GRANRODEO"; "a new ending theme titled "Kiseki" as
# performed by Luck Life"; "The new theme song is entitled Homura and is sung by LiSA"; "Opening
# theme song Highlight will be performed by X" (the kind opening the sentence, no article); "The
# ending theme will be performed by X" (no title: who sings it, and which kind)
THEME_IS = pattern(
    "music.theme_is_titled",
    rf"(?:\b(?:[Tt]he|[Aa]) |^(?=(?:[Oo]pening|[Ee]nding|OP|ED) )){_WHOSE}(?:new )?(?:{_KIND} )?{_SONG}"
    r"(?: (?:for|of) the (?:season|series|film|anime))? "
    rf"(?:(?:is |will be )?(?:titled |called |entitled )?{_TITLE}(?: \([^)]*\))?,? (?:and is |as |will be )?"
    rf"(?:performed |sung )?"
    # no title: "The ending theme will be performed by X", the verb then says who sings it
    rf"|(?:is |was |will be )(?:performed|sung) )by (?:[a-z]+ ){{0,3}}{_ARTIST}",
    needs=("song", "theme"),
)
# "the artist Aoi Eir will ... be in charge of the ED song, titled "I will...""; "with the OP
# song by ReoNa": whose song is which, when the title comes later in the article
IN_CHARGE = pattern(
    "music.artist_in_charge",
    rf"{_ARTIST} [^.,]*?\bin charge of the {_KIND} {_SONG}(?:{_TITLED}{_QUOTED})?",
    needs=("in charge of the ",),
)
# "The video previews Liyuu's opening theme song "Magic Words.""; "Who-ya Extended 's opening theme
# song "Aufheben"": a performer's theme, as the owner of a possessive (never the show's own, see
# _owner_is_work)
OWNED = pattern(
    "music.artist_possessive_theme",
    rf"{_ARTIST} ?'s (?:new )?{_KIND} {_SONG}(?: \([A-Z]{{2}}\))?(?:,? {_QUOTED})?",
    needs=("ED", "OP", "ending", "insert", "opening"),
)
SONG_BY = pattern("music.kind_song_by", rf"\bthe {_KIND} {_SONG} by {_ARTIST}",
    needs=("ED", "OP", "ending", "insert", "opening"))
# Who wrote a song: "X composed the music and wrote the lyrics for "Y""; "Lyrics to Y were
# written by both A and (the composer) B"
SONG_CREDITS = pattern(
    "music.song_credits",
    rf"(?P<p>{PERSON}) (?P<w1>composed the music|wrote the lyrics)"
    r"(?: and (?P<w2>composed the music|wrote the lyrics))? for \"(?P<t>[^\"]+?)\.?\""
    rf"|\b[Ll]yrics (?:to|for) (?P<t2>{NAME}) were written by (?:both )?{_ARTIST}"
    rf"(?: and (?:[a-z ]+,? )?(?P<p2>{PERSON}))?",
    needs=(" for \"", " were written by "),
)
_MAKERS = {"composed the music": "composer", "wrote the lyrics": "lyricist"}


_KINDS = {"op": "opening", "ed": "ending"}
_MORE_ARTISTS = re.compile(r" (?:and|&|feat\.?|featuring|with|x) [A-Z]")
# a name and "and" before the artist ("Rin Abe and Mio Sato will perform", "A, B , and C are
# performing"): the artist read is the last of several; not a date ("in July and Mio Sato will")
# nor a song's closing quote
_ARTISTS_BEFORE = re.compile(rf"(?<![\w.])(?!(?:{MONTH_WORDS})\b)[A-Z][\w'.-]* ?,? (?:and|&) $")


# a noun before a performer's name that says one stands there ("Singer-songwriter Leo Ieiri")
_DESCRIBED = re.compile(r"^(?:Singer(?:-songwriter)?|Artist|Band|Unit|Duo|Rapper|Idol group) (?=[A-Z])")


def _of_a_group(text: str, found: re.Match) -> bool:
    """Whether the artist read is a group named as another's ("THE RAMPAGE from EXILE TRIBE")."""
    return text[:found.start("a")].endswith(" from ")


_RUNS_ON = re.compile(r", [A-Z][\w']*(?: [A-Z][\w']*)*!")


def _part_of_phrase(text: str, found: re.Match) -> bool:
    """Whether the artist the rule read is only a part of who sings: the group of someone, the
    owner of a possessive ("protagonist Wisteria's voice actress Ayana Taketatsu"), or a name
    whose words run on after a comma to an exclamation mark ("Wake Up, May'n!", "Wake Up, Girls!")."""
    rest = text[found.end("a"):]
    return _of_a_group(text, found) or rest.startswith(("'s ", "’s ")) or bool(_RUNS_ON.match(rest))


def _one_of_several(text: str, found: re.Match) -> bool:
    """Whether the artist read sings with others ("A and B will perform", "by A and B"): A or B
    alone is half the answer. What follows the song's title is another clause ("... "Y" and
    Mio Sato will perform ..."), no second artist."""
    return bool(_MORE_ARTISTS.match(text, found.end("a")) or _ARTISTS_BEFORE.search(text[:found.start("a")]))


def _artist(reader: Reader, found: re.Match) -> str:
    """The artist without a describing noun ("Singer-songwriter X") nor an honorific the text
    drops elsewhere ("Mr. Tanaka" then "Tanaka"); "Mr. Children", never written without "Mr.",
    keeps it."""
    artist = _DESCRIBED.sub("", found["a"])
    honorific = re.match(HONORIFIC, artist)
    if honorific:
        rest = re.compile(rf"(?<!{re.escape(honorific[0])}){re.escape(artist[honorific.end():])}\b")
        if any(rest.search(s.text) for s in reader.sentences):
            return artist[honorific.end():]
    return artist


# words before a stage name that are no given name ("Singer Aimer", "The Pillows")
_NOUNS = r"(?:Singer|Artist|Band|Unit|Duo|Group|Idol|Rapper|Vocalist|Musician|The|A|An)"


def _surname(reader: Reader, artist: str) -> bool:
    """Whether a one-word artist is the surname of a full name the article writes ("Sakamoto"
    after "Maaya Sakamoto"): the answer would be half the name, the full one not in the quote."""
    full = re.compile(rf"\b(?!{_NOUNS}\b)[A-Z][a-z]+ {re.escape(artist)}\b")
    return " " not in artist and any(full.search(s.text) for s in reader.sentences)


def _title(match: re.Match) -> str:
    """The title without the stop a sentence ends on inside the quotes ("Identity.")."""
    title = match.groupdict().get("t") or match.groupdict().get("t2") or ""
    return re.sub(r"(?<!\.)[.,]$", "", title.strip())


def _kind(reader: Reader, match: re.Match) -> str:
    kind = (match.groupdict().get("k") or "").lower()
    return _KINDS.get(kind, kind) or reader.song_kinds.get(match["a"], "")


# a later part of a show that is not a season: "the second cour", "the anime's second cours",
# "2nd Part Theme Songs"
_LATER_PART = re.compile(r"\b(?:2nd|3rd|[Ss]econd|[Tt]hird) (?:[Cc]ours?|[Pp]art)\b")
_FINAL = re.compile(r"\b[Ff]inal (?:anime )?[Ss]eason\b")
# a part beside the show's seasons: "the side story" film, an "OVA", "the special's opening theme"
_OTHER_PART = re.compile(r"\b(?:[Ss]ide[- ][Ss]tory|OVA|special's)\b")


# seasons the article recalls as past: "just as he did for the first two seasons"
_SEASONS_BEFORE = re.compile(r"\b(?:first|previous|past) (?:two|three|2|3) seasons\b")


def _article_season(reader: Reader) -> str | None:
    """The season the article is about: the one its text names most, but its headline's where the
    text names only a first season and the headline a later one ("Attack on Titan Season 2 ...":
    "who directed the show's first season" recalls the season before); None where the text
    names only a first season and recalls seasons before the one it is about ("the first two
    seasons"): a later one, which one unsaid."""
    headline = reader.season(reader.source.title)
    if reader.main_season == "first season":
        if headline:
            return headline
        if any(_SEASONS_BEFORE.search(s.text) for s in reader.sentences):
            return None
    return reader.main_season or headline


def _theme_season(reader: Reader, text: str) -> str | None:
    """The season a theme belongs to: the one its sentence names, else the one the article is
    about (its text or its headline: "Season 2's Ending Theme", "Final Season"), since a later
    season's theme is not the whole show's; None when the article is about a later part that
    is no season ("2nd cour") or a part beside them (a side story, an OVA): whose theme it is
    cannot be said."""
    season = reader.season(text) or _article_season(reader)
    if season is None or season:
        return season
    texts = (reader.source.title, *(s.text for s in reader.sentences))
    if any(_FINAL.search(t) for t in texts):
        return "final season"
    if any(_LATER_PART.search(t) or _OTHER_PART.search(t.replace(reader.show, " ")) for t in texts):
        return None
    return ""


_PART_OF_WORK = re.compile(r"\b(?:Season|Part|Cour|Arc|Movie|Film|Anime|Series|Episode|Game)\b")


def _owner_is_work(reader: Reader, owner: str) -> bool:
    """Whether "X's opening theme" is a work's or a character's theme ("Dandadan's", "Season
    2's"), not a performer's."""
    known = (*reader.known.get("show", ()), *reader.known.get("character", ()), *reader.spellings)
    # a title the article repeats is more likely a work ("Kyoto Saga's opening theme") than a singer
    if owner in known or _PART_OF_WORK.search(owner):
        return True
    return reader.names_show(owner) or reader.is_show(owner)


def _bare_kind(found: re.Match) -> bool:
    """Whether the theme is named by its kind alone ("the show's opening")."""
    return not re.match(rf" {_SONG}", found.string[found.end("k"):]) if found["k"] else False


def _matches(reader: Reader, text: str):
    """Each theme statement of a sentence, with whether who sings it is sure."""
    for rule in (THEME_BY, SINGS, THEME_IS, IN_CHARGE):
        for found in rule.finditer(text):
            if found.groupdict().get("v") == "for" and _bare_kind(found):
                continue  # "in Japan for the film's opening": a release, no song
            yield found, _part_of_phrase(text, found)
    for found in OWNED.finditer(text):
        if not _owner_is_work(reader, found["a"]) and not _of_a_group(text, found):
            yield found, False


def themes(reader: Reader, s: Sentence) -> None:
    for found in SONG_BY.finditer(s.text):
        reader.song_kinds[found["a"]] = _KINDS.get(found["k"].lower(), found["k"].lower())
    for found, cut in _matches(reader, s.text):
        kind, title, artist = _kind(reader, found), _title(found), _artist(reader, found)
        cut = cut or _surname(reader, artist)
        if not kind and not title:
            continue
        if kind:
            reader.song_kinds[artist] = kind
        # "the second season's opening theme": the season's, not every season's; a later cour's
        # theme is not the show's (season None), though who sings the song is still sure
        season = _theme_season(reader, s.text)
        slot = f"{season or ''} {kind}".strip()
        if not title:  # "May'n will perform the anime's ending theme song."
            sung = any(f.relation == "performer" and f.value == artist for f in reader.facts)
            if season is not None and not cut and not sung and not _one_of_several(s.text, found):
                reader.add("theme_artist", reader.show, artist, "artist", qualifier=slot)
            continue
        if not reader.show:
            continue  # whose theme it is, unknown: "Who sings "Y"?" would name neither show nor theme
        # the title named later: the untitled statement would ask the same thing again
        reader.facts = [f for f in reader.facts if (f.relation, f.value) != ("theme_artist", artist)]
        if season is not None:
            reader.add("theme", reader.show, title, "song", qualifier=slot)
        if not cut and not _one_of_several(s.text, found):
            reader.add("performer", title, artist, "artist", "song")


def song_credits(reader: Reader, s: Sentence) -> None:
    for match in SONG_CREDITS.finditer(s.text):
        if match["t2"]:
            for person in (match["a"], match["p2"]):
                if person:
                    reader.add("lyricist", match["t2"], person, "person", "song")
            continue
        for work in (match["w1"], match["w2"]):
            if work:
                reader.add(_MAKERS[work], match["t"], match["p"], "person", "song")


RULES = [themes, song_credits]
