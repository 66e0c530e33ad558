"""The small bank of every question type that round-playing tests play on."""

from __future__ import annotations

# A small bank with every question type, on the real corpus: round-playing tests do not
# depend on which questions the curated and generated files hold at the moment.
PLAY_QUESTIONS = """\
topic: story
questions:
  - id: play-studio
    type: choice
    topic: production
    difficulty: easy
    prompt: Which studio makes Metallic Rouge?
    answer: Bones
    choices: [Bones, Sunrise, MAPPA, Madhouse]
    explanation: Studio Bones celebrates its 25th anniversary with Metallic Rouge.
    sources:
      - source: official-trailer-ruju-naomi
        quote: Studio Bones will celebrate its 25th anniversary with an original anime, Metallic Rouge.
  - id: play-platforms
    type: multi
    topic: production
    difficulty: medium
    prompt: Where can fans watch the anime? Pick every right answer.
    answer: [+Ultra, Crunchyroll]
    choices: [+Ultra, Crunchyroll, Netflix, Hulu]
    explanation: It airs on Fuji TV's +Ultra block and streams on Crunchyroll.
    sources:
      - source: bones-trailer-anime-expo
        quote: Fans can watch the sci-fi anime in January 2024 on Fuji TV's +Ultra, Crunchyroll,
          and other platforms.
  - id: play-android
    type: truefalse
    difficulty: easy
    prompt: Rouge is an android.
    answer: true
    explanation: The story is about an android girl named Rouge.
    sources:
      - source: bones-trailer-anime-expo
        quote: It's a story about an android girl named Rouge and her friend Naomi.
  - id: play-opening-singer
    type: text
    topic: music
    difficulty: medium
    prompt: Who sings the opening theme, Rouge?
    answer: Yu-ka
    accept: [Yuka]
    explanation: The opening theme Rouge is by Yu-ka.
    sources:
      - source: official-trailer-ruju-naomi
        quote: From there, a fight begins while the opening theme, Rouge, by Yu-ka, plays in the background.
  - id: play-targets
    type: number
    difficulty: hard
    prompt: How many artificial humans are Rouge and Naomi sent to kill?
    answer: 9
    explanation: Their mission on Mars is to kill nine artificial humans.
    sources:
      - source: bones-trailer-anime-expo
        quote: Together, they have been sent on a mission to Mars to kill nine artificial humans
          who are considered hostile to the government.
  - id: play-timeline
    type: order
    topic: production
    difficulty: hard
    prompt: Put these events in the order they happened, earliest first.
    items:
      - The title is announced
      - A trailer featuring the protagonist is released
      - The anime goes on air
    explanation: Announced on March 22, 2023, a trailer on July 3, 2023, on air in January 2024.
    sources:
      - source: bones-trailer-anime-expo
        quote: On March 22, 2023, Fuji TV, on their Anime Lineup Presentation 2023 Livestream,
          announced the aforementioned title and provided a release window.
      - source: bones-trailer-anime-expo
        quote: Months later, on July 3, 2023, fans saw a massive update on the Fuji TV and Bones
          Studio project.
      - source: bones-trailer-anime-expo
        quote: Fans can watch the sci-fi anime in January 2024 on Fuji TV's +Ultra, Crunchyroll,
          and other platforms.
  - id: play-composer
    type: choice
    topic: music
    difficulty: hard
    prompt: Who composes the music for the series?
    answer: Taisei Iwasaki
    choices: [Taisei Iwasaki, Dazbee, Yu-ka, Yoko Kanno]
    explanation: Taisei Iwasaki provides the music.
    sources:
      - source: bones-trailer-anime-expo
        quote: Furthermore, the music for the series will be provided by Taisei Iwasaki.
      - source: popverse-creators-roundtable
        quote: music composer Taisei Iwasaki
  - id: play-ramen
    type: text
    difficulty: easy
    prompt: What is Naomi seen eating in the trailer?
    answer: ramen
    explanation: Naomi eats ramen while Ruju watches her.
    sources:
      - source: official-trailer-ruju-naomi
        quote: Naomi then appears and is later seen eating ramen while Ruju watches her.
"""
