"""The show an article is about, found from the article as a whole.

An author may name it in the front matter (`show:`). Otherwise every name the article puts where a title
stands is a candidate: "the TV anime of X", "the anime X", "X manga", "titled X", "X will premiere",
"the second season of X", "X" in quotes or *X* in italics. A candidate gains from each such place, from
standing in the headline and from being named again in the text; a name used as a platform ("streaming
on Netflix", "Netflix's official Twitter account"), a person ("singer Myuk", "X joins the cast") or a
company ("Studio X", "A-1 Pictures") is none. A translation in brackets after a title ("Kemono Jihen
(Monster Incidents)") is another spelling of it. The headline's structure marks a title too ("X Anime
Reveals Cast", "X Season 2", "New Anime X": see titles.py), which counts where the text writes that
title. A name the headline alone gives is taken only when the headline marks it so, the text names no
title at all (some pages lose every linked name) and no part of the name stands in the text; when
nothing is sure, the show is "" and the article asks nothing that needs its name. A run of words the
headline and the text share before "anime" or "manga" is a title too, whatever its case ("The 8th son?
Are you kidding me? anime"); a name the text writes only inside a longer title is none; and an article
naming another title as surely, more often or in its headline, is a round-up about no one show. Commas
bound a title after its work as quotes do ("the manga, March Comes in Like a Lion, is"); an author after
"of", named again by family name, is no part of it. A headline of an address's words is read for them
(see titles.py). A title the headline names with more words after the best one is the article's own
work, the shorter an earlier one ("Trigun Stampede", "Fate/stay night"); the headline's comma may hold a
title ("Sore, Sunawachi Sketch"). See title_forms.py for those, slashed spellings and seasons in words,
headline_names.py for the headline's runs the text names, headline_checks.py for "A and B" titles
and credits ("X Director Reveals New Anime"), title_parts.py for "Titan" of "Attack on Titan",
subjects.py for shows side by side."""

from __future__ import annotations

import re
from collections import Counter

from quiz.bank import title_forms as forms
from quiz.bank.address_marks import address_marked, episode_marked, for_marked, is_address
from quiz.bank.headline_checks import captions, counts_works, credited, join_and, listed
from quiz.bank.headline_lines import without_headline
from quiz.bank.headline_names import headline_names, main_title_in, opening_in, quoted_inside, without_ends
from quiz.bank.headline_repeats import taken_as_show
from quiz.bank.model import Source
from quiz.bank.name_uses import COMPANY, drop_parts, not_a_show, without_author, without_owner
from quiz.bank.new_work import new_work
from quiz.bank.rules import sentences_of
from quiz.bank.rules.patterns import MONTHS, TITLE
from quiz.bank.rules.songs import songs_named, squeezed
from quiz.bank.subjects import called_by_family_name, side_by_side
from quiz.bank.text import CAPITAL_LETTER, count_whole, folded_words
from quiz.bank.title_cues import BEFORE_WORK as _BEFORE_WORK
from quiz.bank.title_cues import CAPITAL as _CAPITAL
from quiz.bank.title_cues import CUES as _CUES
from quiz.bank.title_cues import QUOTES as _QUOTES
from quiz.bank.title_cues import SMALL as _SMALL
from quiz.bank.title_cues import SONG_NAME
from quiz.bank.title_parts import widen_parts
from quiz.bank.title_spans import spanned
from quiz.bank.title_starts import widened
from quiz.bank.title_tails import cut_from_headline, quoted_whole, whole_title, without_sport
from quiz.bank.titles import LISTED, headline_titles, in_headline, shared_titles, unrepeated, written

# Words before a quoted title that make it a song's, not the show's.
_SONG = re.compile(r"\b(?:song|songs|theme|single|track|album|OP|ED|titled|entitled)\W*$", re.I)
# Words around a title that are not part of it, or that no title is made of alone.
_GENERIC = frozenset({"the", "anime", "tv", "series", "season", "film", "movie", "manga", "staff",
                      "cast", "new", "official", "part", "winter", "spring", "summer", "fall",
                      "autumn", "trailer", "teaser", "pv", "visual", "key", "video", "promotional",
                      "episode", "episodes", "opening", "ending", "theme", "song", "first", "second",
                      "op", "ed", "third", "final", "chapter", "cour", "volume", "premiere", "dub", "english",
                      "japanese", "language", "simulcast", "a", "an", "it", "this", "its", "novel", "novels",
                      "light", "us", "uk",  # where a release is ("New US Trailer", "Movie US Release Date")
                      *(m.lower() for m in MONTHS), *forms.NUMBER_WORDS,
                      # a sentence's first word before a comma ("Today, the anime community")
                      "today", "yesterday", "tomorrow", "meanwhile", "however", "recently", "now",
                      "i", "your", "our",  # a pronoun, capitalised anywhere ("Your Fall 2019 Anime Guide")
                      # a format, which an anime may come on ("an original anime DVD titled")
                      "dvd", "dvds", "blu", "ray", "rays", "cd", "ova", "oad", "ona"})
# Words a headline capitalises that name nothing on their own.
_HEADLINE_WORDS = frozenset({"a", "an", "and", "of", "for", "with", "by", "in", "on", "to", "at", "as",
                             "from", "after", "how", "many", "why", "what", "when", "where", "who",
                             "is", "are", "was", "will", "gets", "get", "reveals", "announces",
                             "confirms", "more", "date", "release", "news", "here", "that"})
_PLAIN = _GENERIC | _HEADLINE_WORDS
# A holiday is when a release comes ("Boxing Day Anime Releases", "Christmas Special"), no title.
_HOLIDAY = re.compile(r"(?:Christmas|Halloween|Easter|Thanksgiving|Boxing Day|Golden Week|Black Friday"
                      r"|Cyber Monday|New Year'?s?|Valentine'?s Day)(?: Day| Eve)?", re.I)
_TAIL = re.compile(
    rf"(?:,? (?:{forms.SEASON}|Part \d+|Anime|TV|Manga|Series|OP|ED|PV|OST)"
    rf"| (?:in|on) (?:{'|'.join(MONTHS)}|Winter|Spring|Summer|Fall|Autumn|Japan)\b.*)+$"
)
# Brackets bound a translation as quotes do: "is" may stand in it ("(Kaguya-sama: Love is War)").
_IN_BRACKETS = rf"{_CAPITAL}:?(?:(?: (?:{_SMALL}|is|and))* {_CAPITAL}:?)*[!?]*"
# Inside the quotes that bound a title, its brackets bound its translation, whatever its words
# ("Wotaku ni Koi wa Muzukashii (It's Difficult to Love an Otaku),").
# So do a title and the work it names ("Oshi ga Budoukan Ittekuretara Shinu (If My Favorite Pop
# Idol Made it to the Budokan, I Would Die) manga").
_BRACKET = re.compile(rf"(?P<a>{TITLE})\"? ?\( ?(?P<b>{TITLE}|{_IN_BRACKETS}) ?\)"
                      rf"|[\"\u201c](?P<qa>{TITLE}) ?\((?P<qb>[^()\"\u201d]+)\)[,.]?[\"\u201d]"
                      rf"|(?P<wa>{TITLE}) \((?P<wb>{CAPITAL_LETTER}[^()]+)\) "
                      r"(?:manga|light novels?|novels?)\b")
_GENRE_TAIL = re.compile(r"(?<=\w)(?: (?:baseball|soccer|football|basketball|volleyball|tennis|sports|"
                         r"boys-love|girls-love|yuri|romance|comedy|horror|fantasy|mystery|idol|mecha|"
                         r"cat|dog|gag|cooking|school|sci-fi|action|shojo|shoujo|shonen|shounen|seinen))+$")
_TITLE = re.compile(TITLE)
SURE = 3  # cue weight a name needs
MARKED = 2  # cue weight of a title the headline marks ("X Anime") and the text writes
# How an article speaks of the work it is about without naming it.
_A_WORK = re.compile(r"\b(?:the|this|its) (?:[a-z]+ ){0,2}?(?:anime|series|film|movie|season|project)\b",
                     re.I)


def find_show(source: Source) -> tuple[str, list[str]]:
    """The show an article is about ("" when unsure), and the other spellings it uses for it."""
    texts = [s.text for s in sentences_of(source)]
    if source.show:
        return source.show, forms.near_spellings(source.show, _candidates(texts)[0])
    # the headline's copy at the top says no more than the headline: its news words read as a
    # title's cues ("X: New Release Date For Season 3" is no title "New Release Date For");
    # only its quotes still bound one
    kept = without_headline(texts, source.title)
    cues, alias = _candidates(texts, {i for i, t in enumerate(texts) if t not in kept})
    titled = any(weight >= SURE for weight in cues.values())  # the text itself names a title
    body = "\n".join(texts)
    title = folded_words(source.title)
    # the headline again is no mention of its words, nor the sentence whose opening words stand as the
    # headline of a page that kept none (its last word may run on: "Eureka Sevenannounced")
    opening = title[:title.rstrip().rfind(" ") + 1]
    rest = "\n".join(t for t in kept if not (len(title) > 40 and folded_words(t).startswith(opening)))
    # as the text spells them: "Fuji TV" is a broadcaster before _clean makes it "Fuji"
    runs = [n for n in headline_names(source.title, rest, _PLAIN) if not COMPANY.search(n)]
    from_headline = set(filter(None, map(_clean, runs))) - set(cues)
    # a run that is a part of a title the text calls one ("Sakamoto" of "SAKAMOTO DAYS") is that
    # title's word, whatever its case, not another name; a title's opening before its subtitle
    # ("I★CHU" of "I★CHU: Halfway Through The Idol" is its short form)
    from_headline -= {r for r in from_headline for n in cues if r != n and cues[n]
                      and in_headline(r.lower(), n.lower()) and not forms.subtitled(n, r)}
    cues.update(dict.fromkeys(from_headline, 0))  # candidates no place in the text calls titles
    marked, unwritten = headline_titles(source.title, rest)
    for find in (_cued, address_marked, for_marked, episode_marked):
        marked += find(source.title, rest)
    marked = set(filter(None, map(_clean, marked)))
    marked = without_ends(cues, marked, from_headline, unwritten)  # "Kongming" of "Ya Boy Kongming!"
    for name in marked:
        cues[name] += MARKED  # "X Anime Reveals ...": the headline says X is a title
    shared = shared_titles(source.title, [rest.replace("\n", " ")])
    shared += captions(rest.split("\n"), source.title, runs)
    for name in set(filter(None, (_clean(without_owner(n)) for n in shared))):
        cues[name] += MARKED  # "X manga" or a caption in the text, X word for word in the headline
    join_and(cues, rest, source.title)  # "Comic Artist and His Assistants": no "His Assistants"
    widen_parts(cues, rest, source.title)  # "Titan" of "Attack on Titan": the title, or none
    drop_parts(cues, " ".join(texts), forms.SUBTITLE)  # as one: a sentence may end inside a title ("son?")
    scores, named, called = {}, {}, tuple(n for n in cues if cues[n] >= SURE)
    whole = [n for n in cues if in_headline(n, source.title)]  # titles the headline names whole
    songs = {folded_words(m["s"]) for text in texts for m in SONG_NAME.finditer(text)}
    opened: set[tuple[str, ...]] = set()  # those it names by a short form only
    own = "\n".join(kept)  # the text without the headline's copy, which writes no short form alone
    for group in forms.groups(cues, alias):
        cue = sum(cues[n] for n in group)
        headline = any(in_headline(n, source.title) or main_title_in(n, source.title, _PLAIN)
                       or (cues[n] >= MARKED and quoted_inside(n, source.title, _PLAIN)) for n in group)
        if not headline and any(cues[n] >= MARKED and opening_in(n, source.title, _PLAIN, whole,
                                                                 cues[n] >= SURE, own) for n in group):
            headline = True  # by its opening words: the headline's short form of it
            opened.add(group)
        mentions = sum(count_whole(body, n) for n in group)
        # a title the headline names needs one place in the text, or to be named again as no
        # person or company is (headline_repeats.py); one it does not name must be named
        # twice, once as a title
        sure = cue >= SURE - headline or (headline and mentions >= 2
                                          and taken_as_show(group, source.title, rest, body))
        said = cue - MARKED * len(marked.intersection(group))  # what the text itself says
        if not sure or (not headline and mentions < 2) or not_a_show(group, body, said, said < cue) \
                or all(folded_words(n) in songs for n in group) \
                or any(credited(n, source.title, called) for n in group) \
                or (not said and called_by_family_name(group, body)):  # "X Director's New Anime"; a person
            continue
        scores[group] = cue + 2 * headline + min(mentions, 4)
        named[group] = (said, headline, mentions)
    if set(scores) - opened:  # a short form is the show only where the headline names no title whole
        scores = {g: score for g, score in scores.items() if g not in opened}
    if not scores:
        # no title the headline names is the show: a new work the text names may be
        return ("" if titled else _unwritten(unwritten, body)) or new_work(source.title, texts, body), []
    ranked = sorted(scores, key=lambda g: -scores[g])
    best = forms.longer(ranked[0], named, _PLAIN)
    if len(ranked) > 1 and scores[ranked[1]] == scores[ranked[0]] and best == ranked[0]:
        return "", []  # two titles as likely: the article may be about either
    if any(_rivals(g, best, named) and not forms.near_spellings(g[0], best)
           and not forms.goes_on(best, g, _PLAIN) for g in ranked if g != best) \
            or listed(best, rest.split("\n"), source.title) or side_by_side(best, body, source.title) \
            or counts_works(source.title):
        return "", []  # another title called one, named more, in the headline or listed: a round-up
    shown = _display(best, title, cues)
    name = forms.with_comma(widened(forms.extended(shown, source.title, body), body, source.title),
                            source.title, body)
    part, name = name, whole_title(name, [*cues, *alias, *alias.values()], body, source.title)
    name = without_sport(spanned(quoted_whole(name, body, source.title), rest, source.title), rest)
    if not name or cut_from_headline(name, rest, source.title):
        return "", []
    # a headline's run is no spelling; nor, once extended ("Digimon Adventure tri"), the
    # shorter name, which is the earlier show
    spellings = {*forms.near_spellings(name, cues), *forms.with_seasons(name, body)}
    others = (set(best) - (from_headline - set(alias))) | spellings
    others -= {part} - {name}  # "Index" of "A Certain Magical Index" is no spelling of it
    return name, sorted(n for n in others if n != name and not (name != shown and name.startswith(n)))


def _rivals(group: tuple[str, ...], best: tuple[str, ...], named: dict) -> bool:
    """Whether a title vies with the best (`named`: the text's cues of each, whether the headline
    names it, its mentions): called a title and named more often; in the headline or called a
    title when the best is not in it ("Netflix Unveils Its Lineup"); or in the headline with the
    best, neither inside the other ("Digimon", "Digimon Adventure"), called a work and named
    again ("Pokemon Beats Gintama at Box Office": a comparison of two)."""
    (said, headline, mentions), top = named[group], named[best]
    part = any(in_headline(a, b) or in_headline(b, a) for a in group for b in best)
    return (said >= SURE and mentions > top[2]) or (not top[1] and (headline or said >= SURE)) \
        or (headline and top[1] and not part and said >= MARKED and mentions >= 2)


def _cued(headline: str, body: str) -> list[str]:
    """Titles the headline puts where a sentence of the text would say a title stands ("new
    trailer for original anime X", "X hits theaters"), as the text writes them."""
    # an address capitalises only its first word, which may be any word ("legendary anime")
    matches = (m for weight, cue in _CUES if weight > 1 and not is_address(headline)
               for m in cue.finditer(headline))
    found = (_clean(next(g for g in m.groups() if g)) for m in matches)
    return [written(name, body) for name in found if name]


def _unwritten(names: list[str], body: str) -> str:
    """The title a headline alone marks ("X Anime 2nd Season Delayed"), when the text names
    no title at all but speaks of "the anime": one title, no part of it in the text (where
    it starts is then the headline's own word), no company's name, no word of it a name the
    text uses as a platform's, a person's or a place's ("crunchyroll exclusive anime gets");
    else ""."""
    names = sorted(set(filter(None, map(_clean, names))))
    if len(names) != 1 or (len(names[0].split()) < 2 and not re.fullmatch(r"[A-Z]{4,}", names[0])) \
            or not _A_WORK.search(body):
        return ""  # one word before "Manga" may be any adjective ("Climactic Manga Arcs"), not
        # one in capitals ("BOFURI Anime's 2nd Season")
    name = names[0]
    used = not_a_show(tuple(w for w in name.split() if len(w) > 2), body, 0)
    return name if unrepeated(name, body) and not COMPANY.search(name) and not used else ""


def _candidates(texts: list[str], copies: set[int] = frozenset()) -> tuple[Counter[str], dict[str, str]]:
    """Cue weight per title spelling, and bracketed spellings -> the spelling they follow; of the
    texts at `copies` (the headline again), only quotes."""
    cues: Counter[str] = Counter()
    alias: dict[str, str] = {}
    body = "\n".join(texts)
    for at, text in enumerate(texts):
        for weight, cue in ((1, _QUOTES),) if at in copies else _CUES:
            for match in cue.finditer(text):
                group = next(k for k, g in match.groupdict().items() if g)
                name = without_author(_clean(match[group]), body)
                cut = text[match.end(group) - 1:match.end(group) + 1]  # "Ken Ogaw" of "Ken Ogawa 's"
                listed = cue is _BEFORE_WORK and LISTED.search(text, max(0, match.start() - 5), match.start())
                if weight == 1 and _SONG.search(text[:match.start()]) or (len(cut) == 2 and cut.isalnum()) \
                        or listed:
                    continue
                pair = forms.slashed(name)  # "Owari no Seraph/Seraph of the End": a title and its translation
                for one in pair or ([name] if name else []):
                    cues[one] += weight
                if pair:
                    alias[pair[1]] = pair[0]
        for match in _BRACKET.finditer(text):
            a, b = (_clean(match[x] or match[f"q{x}"] or match[f"w{x}"]) for x in "ab")
            if a and b and a != b:
                alias[b] = a
    for b, a in alias.items():  # the translation of a sure title is one: a part of it is none
        cues[b] += cues[a] >= SURE
    songs = songs_named(body)
    for name in [n for n in cues if squeezed(n) in songs]:
        del cues[name]  # "her new single "X."" then ""X" will be released": a song's release
    return cues, alias


def _clean(name: str) -> str:
    """A title without the words around it ("Season 5", "anime", "in January", a lower-case
    genre the text puts before "manga": "Bokyaku Battery baseball manga", "Given boys-love manga")."""
    name = re.sub(r"\s+-$", "", _TAIL.sub("", name.strip(" .,:")).strip(" .,:"))
    name = _GENRE_TAIL.sub("", name)
    words = [w for w in re.split(r"\W+", name.lower()) if w and not w.isdigit()]
    return "" if not words or set(words) <= _GENERIC or _HOLIDAY.fullmatch(name) else name


def _display(group: tuple[str, ...], title: str, cues: Counter[str]) -> str:
    """The longest spelling the headline uses that the text writes as a title, else the
    longest the headline uses, else the longest."""
    in_title = [n for n in group if folded_words(n) in title]
    return max(in_title or group, key=lambda n: (cues[n] > 0, len(n), n))


