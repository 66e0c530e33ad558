"""People's names and titles in every spelling news articles use."""

from __future__ import annotations

import re

import pytest

from quiz.bank.entities import Entities
from quiz.bank.interest import slug
from quiz.bank.model import Citation
from quiz.bank.names import full_name
from quiz.bank.rules.patterns import NAME, NAMED_AS, PERSON, TITLE
from quiz.bank.text import plain


def first(pattern: str, text: str) -> str | None:
    found = re.search(pattern, plain(text))
    return found.group(0) if found else None


@pytest.mark.parametrize(("sentence", "person"), [
    ("Shin'ya Sugai is directing the anime at Sublimation.", "Shin'ya Sugai"),
    ("Shin\u2019ichir\u014d Kamio joins the cast as the new character.", "Shin'ichir\u014d Kamio"),
    ("Y\u016bichi Nakamura plays the lead.", "Y\u016bichi Nakamura"),
    ("Kazumi K\u014dda will be the concept designer.", "Kazumi K\u014dda"),
    ("Jun'ichi Wada will be directing the anime at Satelight.", "Jun'ichi Wada"),
    ("The cast includes Umehara Yuuichiro and Kotaro Nishiyama.", "Umehara Yuuichiro"),
    ("Zo\u00eb \u00c9clair composes the music.", "Zo\u00eb \u00c9clair"),
    ("Jean-Luc Morel designs the mechas.", "Jean-Luc Morel"),
    # a dash glued to the name before the sentence goes on is no part of it
    ("the novels illustrated by Akihiro Yamada\u2014was recently given a date", "Akihiro Yamada"),
    ("Sakamoto\u2014who also voices the character Akira\u2014will provide the song", None),
])
def test_a_person_in_every_spelling(sentence, person):
    assert first(PERSON, sentence) == person


def test_a_possessive_is_not_part_of_a_name():
    assert first(PERSON, "Satelight's anime adaptation of Nekotaro Inui's Novel") == "Nekotaro Inui"


@pytest.mark.parametrize(("sentence", "title"), [
    ("Kazuki Nakashima is known for his work on Kill la Kill and Gurren Lagann.", "Kill la Kill"),
    ("Doga Kobo animates Oshi no Ko for its second season.", "Oshi no Ko"),
    ("the manga series Atarashii Joushi wa Do Tennen is popular", "Atarashii Joushi wa Do Tennen"),
    ("The Anime will be titled Sacks&Guns!!", "Sacks&Guns"),
])
def test_a_name_keeps_its_lower_case_particles(sentence, title):
    assert title in re.findall(NAME, plain(sentence))


@pytest.mark.parametrize(("text", "title"), [
    ("Uncle from Another World is directed by Shigeki Kawai.", "Uncle from Another World"),
    ("Re:Zero \u2212 Starting Life in Another World returns.", "Re:Zero - Starting Life in Another World"),
    ("To Your Eternity will premiere in April.", "To Your Eternity"),
    ("Our Last Crusade or the Rise of a New World returns.", "Our Last Crusade or the Rise of a New World"),
    ("The Anime will be titled Sacks&Guns!!", "Sacks&Guns!!"),
    ("the TV anime \u201cSword Art Online: Alicization\u201d airs", "Sword Art Online: Alicization"),
    ("The official website for Kettle's Raid: Ishi o Tsugumono-tachi began", "Raid: Ishi o Tsugumono-tachi"),
    ("the anime My Next Life as a Villainess premieres", "My Next Life as a Villainess"),
])
def test_a_title_in_every_shape(text, title):
    assert title in re.findall(TITLE, plain(text))


@pytest.mark.parametrize(("sentence", "stage"), [
    ("The theme is sung by popular anisong singer LiSA, who also sang Gurenge.", "LiSA"),
    ("The film will be animated by studio ufotable.", "ufotable"),
    ("singer-songwriter Myuk will perform the ending theme", "Myuk"),
    ("The opening is performed by the unit GRANRODEO.", "GRANRODEO"),
    ("The ending theme is by singer milet.", "milet"),
])
def test_a_stage_name_in_any_case_after_a_noun_that_announces_it(sentence, stage):
    assert NAMED_AS.search(plain(sentence))["stage"] == stage


def test_a_noun_followed_by_an_ordinary_word_names_no_one():
    assert NAMED_AS.search("the studio behind the show") is None
    assert NAMED_AS.search("the singer and the band") is None


@pytest.mark.parametrize("names", [
    ["Y\u016bichir\u014d Umehara", "Umehara Yuuichiro"],
    ["Shin'ichir\u014d Kamio", "Shinichiro Kamio"],
    ["Kouji Wada", "Koji Wada"],
    ["Kawahara Reki", "Reki Kawahara"],
])
def test_spellings_of_one_person_are_one_entity(names):
    entities = Entities({})
    for i, name in enumerate(names):
        entities.add("person", name, Citation(f"article-{i}", name))
    entities.build()
    assert len({entities.canonical("person", name) for name in names}) == 1


def test_different_people_stay_apart():
    entities = Entities({})
    for name in ("Hiro Shimono", "Hiroshi Kamiya"):
        entities.add("person", name, Citation("a", name))
    entities.build()
    assert entities.canonical("person", "Hiro Shimono") != entities.canonical("person", "Hiroshi Kamiya")


def test_a_name_with_macrons_or_an_apostrophe_is_a_full_name():
    assert full_name("Shin'ichir\u014d Kamio") and full_name("Kazumi K\u014dda")
    assert not full_name("TV Tokyo")


def test_ids_keep_the_letters_of_accented_names():
    assert slug("credit", "concept designer", "Kazumi K\u014dda") == "credit-concept-designer-kazumi-koda"
