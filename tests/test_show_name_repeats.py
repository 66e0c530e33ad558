"""A name the headline gives and the text repeats with no cue: the show, unless it is a name of
the industry (industry.yaml), a person's, a part of a longer name or a phrase the text also
writes in lower case."""

from __future__ import annotations

from made_up_article import article

from quiz.bank.headline_repeats import always_beside, common, credits_a_person, person_shaped
from quiz.bank.industry import is_industry
from quiz.bank.show import find_show


def test_a_name_of_the_industry_is_known_whatever_its_case_or_punctuation():
    assert is_industry("Warner Bros.") and is_industry("WARNER BROS") and is_industry("Netflix's")
    assert is_industry("Science SARU") and is_industry("Disney+")
    assert not is_industry("Disney Plus Day") and not is_industry("Harbor Lantern Romance")


def test_a_studio_the_headline_and_the_text_repeat_is_no_show(tmp_path):
    source = article(tmp_path, "Aniplex Teases a New Anime Movie for Next Summer", (
        "A short teaser for a new anime movie from Aniplex arrived on Friday.\n"
        "The film is the first Aniplex has funded alone, and more will follow.\n"
        "Fans of Aniplex expect a sequel to one of its earlier hits."))
    assert find_show(source)[0] == ""


def test_a_headline_title_the_text_repeats_is_the_show(tmp_path):
    source = article(tmp_path, "Harbor Lantern Romance Gets English Dub Cast", (
        "The English dub cast was revealed on Friday, and fans of Harbor Lantern Romance are pleased.\n"
        "Rei is voiced by Ann Kudo, and Taro by Ben Ode.\n"
        "Many expected Harbor Lantern Romance to get a dub sooner."))
    assert find_show(source)[0] == "Harbor Lantern Romance"


def test_a_person_the_interview_heads_by_family_name_is_no_show(tmp_path):
    source = article(tmp_path, "Yuto Kanda & Mei Ota – Talking About the Next Season", (
        "We met the two staff members in Tokyo.\n"
        "Kanda: Well, we've been working together for a while now.\n"
        "Ota: We first met on another show, and we still chat a lot.\n"
        "Kanda: Also, we're close in age."))
    assert find_show(source)[0] == ""
    assert person_shaped("Kanda", source.title, "\n".join([source.title, source.body]))


def test_a_person_named_again_and_again_is_no_show(tmp_path):
    source = article(tmp_path, "Ann Kudo Talks About Her Next Role", (
        "We met the voice actress after the screening.\n"
        "Kudo: Thank you for coming, it means a lot to me.\n"
        "Kudo: The role was a dream, and I hope to play her again.\n"
        "Kudo: Next year, I will sing the opening theme too."))
    assert find_show(source)[0] == ""


def test_a_person_is_known_by_what_they_say_or_do_or_by_an_honorific():
    assert person_shaped("Ann Kudo", "", "Ann Kudo said the role was a dream.")
    assert person_shaped("Ann Kudo", "", "Later, Kudo was tapped to play the lead.")
    assert person_shaped("Kudo", "Ann Kudo Interview", "We spoke with Kudo-san after the show.")
    assert not person_shaped("Dragon Pilot", "", "Dragon Pilot: 21st September\nDragon Pilot airs.")
    assert not person_shaped("Harbor Lantern Romance", "", "Harbor Lantern Romance premieres in April.")


def test_half_of_a_name_the_text_always_writes_whole_is_no_show(tmp_path):
    source = article(tmp_path, "Kite/blue Lantern Reveals English Dubbing Cast", (
        "The English dub cast was revealed on Friday.\n"
        "Rei is voiced by Ann Kudo, and Taro by Ben Ode.\n"
        "Fans of kite/blue Lantern expected a dub sooner, as kite/blue Lantern is a hit."))
    assert find_show(source)[0] == ""
    assert always_beside("Lantern", source.title, source.body)  # "kite/blue" before it each time
    assert always_beside("North", "Coming To North America", "in North America and North American")
    assert always_beside("Fake", "fate/strange fake reveals cast", "the 'Fate/strange' Fake dub")
    assert not always_beside("North", "Coming To North America", "North America and North, a show")
    # what of the work the news is about is no part of its name ("X OP theme song video")
    assert not always_beside("Kite Harbor", "Kite Harbor OP English version released",
                             "the Kite Harbor OP theme song video and the Kite Harbor OP single")


def test_a_phrase_the_text_writes_in_lower_case_too_is_no_title(tmp_path):
    source = article(tmp_path, "Cooking Night: A Gastronomic Adventure Awaits", (
        "Kiteflix will stream a cooking anime this winter, a real adventure for its fans.\n"
        "Adventure is what the trailer promises, and the stream starts in January.\n"
        "Adventure fans should tune in."))
    assert find_show(source)[0] == ""
    assert common("Adventure", source.body) and not common("Harbor", "Harbor Lantern")


def test_a_title_named_for_the_credit_of_a_person_the_text_speaks_of_is_their_credit():
    body = "Jun Sato said he is drawing again.\nSky Lanterns ran for years; Sky Lanterns ended in 2020."
    assert credits_a_person("Sky Lanterns", "Sky Lanterns Creator Jun Sato Says He Is Back", body)
    assert not credits_a_person("Sky Lanterns", "Sky Lanterns Creator Success Reaction", body)
