"""A cast named without roles is asked even when the show's articles name no other actor."""

from __future__ import annotations

from made_up_article import read_article

from quiz.bank.generate import published_for_show
from quiz.bank.hand_written import Curated


def test_a_cast_without_roles_is_asked_as_any_one_of_its_actors(tmp_path):
    base = read_article(tmp_path, (
        "The upcoming anime Silver Tide will premiere in 2025.\n\n"
        "The cast for the anime includes Rin Abe, Mio Sato, Ken Ogawa and Aya Mori.\n\n"
        "Nora Hale will voice Lena Hart.\n"
    ), "Silver Tide Anime Reveals Its Cast")
    asked = [d for d in published_for_show(base, Curated()) if d.facts[0].relation == "cast_member"]
    assert len(asked) == 1
    question = asked[0]
    # no other actor to offer as a wrong choice: typed, any actor of the cast accepted
    assert question.type == "text"
    assert question.prompt == "Name a voice actor the articles list in the cast of Silver Tide."
    assert sorted([question.answer, *question.accept]) == [
        "Aya Mori", "Ken Ogawa", "Mio Sato", "Nora Hale", "Rin Abe"]
    assert "Rin Abe" in question.citations[0].quote or question.answer in question.citations[0].quote


def test_who_voices_whom_is_not_explained_by_being_in_the_cast(tmp_path):
    base = read_article(tmp_path, (
        "The upcoming anime Silver Tide will premiere in 2025.\n\n"
        "The studio said that Rin Abe and Mio Sato will be lending their voices to the anime.\n\n"
        "Rin Abe will voice Lena Hart. Mio Sato will voice Juno Vale.\n"
    ), "Silver Tide Anime Reveals Its Cast")
    voices = [d for d in published_for_show(base, Curated()) if d.facts[0].relation == "cast"]
    assert voices
    # "Rin Abe is in the cast of Silver Tide" says less than the answer already did
    assert not any("is in the cast" in d.explanation for d in voices)


def test_a_dub_s_voice_is_asked_as_the_dub_s(tmp_path):
    # train and dev shapes: a list under "English Language Dub Cast", "The Japanese dub of the
    # anime stars:"; the show's own cast stays the show's
    base = read_article(tmp_path, (
        "The television anime of Ken Sato's Silver Tide manga premieres in April.\n\n"
        "Mio Abe voices Haru in the anime.\n\n"
        "Kite has also announced the English language cast for the film:\n\nEnglish Language Dub Cast\n\n"
        "Haru: Adam Reed\n\nNatsu: Laura Stahl\n\n"
        "The Japanese dub of the film stars:\n\nRin Ito as Kaito\n"
    ), "Silver Tide English Dub Cast Revealed")
    prompts = {d.prompt: d.answer for d in published_for_show(base, Curated())}
    assert prompts["Who voices Haru in the English dub of Silver Tide?"] == "Adam Reed"
    assert prompts["Who voices Kaito in the Japanese dub of Silver Tide?"] == "Rin Ito"
    assert prompts["Who voices Haru in Silver Tide?"] == "Mio Abe"


def test_who_sings_a_theme_names_its_show_and_season(tmp_path):
    # a song's title alone ("1", "Winner") may be any show's: the question says whose it is
    base = read_article(tmp_path, (
        "The television anime of Ken Sato's Silver Tide manga revealed the theme songs of its "
        "second season on Friday.\n\n"
        "The band SORA will perform the second season's opening theme song \"Winner.\"\n"
    ), "Silver Tide Season 2 Reveals Theme Songs")
    prompts = [d.prompt for d in published_for_show(base, Curated()) if d.facts[0].relation == "performer"]
    assert prompts == ['Who sings the opening theme "Winner" for the second season of Silver Tide?']


def test_who_voices_a_character_in_another_dub_is_never_a_wrong_choice(tmp_path):
    base = read_article(tmp_path, (
        "The upcoming anime Silver Tide will premiere in 2025.\n\n"
        "The English dub cast includes:\n\n- Amy Rowe as Lena\n- Tom Hale as Juno\n- Sam Reed as Ada\n"
        "- Kim Lee as Nora\n\n"
        "The Japanese cast includes:\n\n- Rin Abe as Lena\n- Mio Sato as Juno\n- Ken Ogawa as Ada\n"
        "- Aya Mori as Nora\n"
    ), "Silver Tide Reveals Its English Dub Cast")
    voices = {"Lena": {"Amy Rowe", "Rin Abe"}, "Juno": {"Tom Hale", "Mio Sato"},
              "Ada": {"Sam Reed", "Ken Ogawa"}, "Nora": {"Kim Lee", "Aya Mori"}}
    asked = [d for d in published_for_show(base, Curated()) if d.facts[0].relation == "cast"]
    assert len(asked) == 8  # each character, in the show's own cast and in the dub
    for question in asked:
        # "Who voices Lena in Silver Tide?": Amy Rowe voices her too, in the dub
        assert not (set(question.choices) - {question.answer}) & voices[question.facts[0].subject]


def test_the_original_designer_is_never_a_wrong_choice_for_who_designs_the_characters(tmp_path):
    base = read_article(tmp_path, (
        "The upcoming anime Silver Tide will premiere in 2025.\n\n"
        "Rin Abe is directing the anime, with Ken Ogawa doing the scripts.\n\n"
        "Mio Sato is adapting Aya Mori's original character designs for the anime.\n"
    ), "Silver Tide Reveals Its Staff")
    designs = [d for d in published_for_show(base, Curated())
               if d.facts[0].relation == "credit" and "character design" in d.facts[0].qualifier]
    assert designs
    for question in designs:  # Mio Sato and Aya Mori both designed the characters
        assert not (set(question.choices) - {question.answer}) & {"Mio Sato", "Aya Mori"}
