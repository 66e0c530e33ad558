"""The OpenTDB-compatible API: opentdb.com's parameters, response codes, JSON and tokens,
checked directly and through two OpenTDB client libraries pointed at a live local server."""

from __future__ import annotations

import asyncio
import base64
import html
import threading
import uuid
from dataclasses import replace
from urllib.parse import unquote, unquote_plus

import pytest
import requests
from werkzeug.serving import make_server

from quiz.bank import load_bank
from quiz.bank.model import Bank

ANIME = "Entertainment: Japanese Anime & Manga"
KEYS = ["type", "difficulty", "category", "question", "correct_answer", "incorrect_answers"]
DECODE = {
    None: html.unescape,
    "url3986": unquote,
    "urlLegacy": unquote_plus,
    "base64": lambda text: base64.b64decode(text).decode(),
}


@pytest.fixture(scope="module")
def bank(bank):
    """The real bank with each question also served twice more under another id and prompt:
    the API is exercised with more than its largest page (50) of every kind."""
    copies = [
        replace(q, id=f"{q.id}-copy{n}", prompt=f"{q.prompt} (copy {n})", fact=f"{q.fact}-copy{n}")
        for n in (2, 3) for q in bank.questions
    ]
    return Bank(sources=bank.sources, questions=(*bank.questions, *copies))


@pytest.fixture
def tdb(make_app, bank):
    return make_app(bank, OPENTDB="on")


def servable(bank) -> list:
    """What OpenTDB can carry: truefalse, and choice with 4+ choices; each prompt once."""
    out, prompts = [], set()
    for q in bank.questions:
        if q.type == "truefalse" or q.type == "choice" and len(q.choices) >= 4:
            if " ".join(q.prompt.casefold().split()) not in prompts:
                out.append(q)
            prompts.add(" ".join(q.prompt.casefold().split()))
    return out


def get(app, url: str) -> dict:
    response = app.test_client().get(url)
    assert response.status_code == 200 and response.mimetype == "application/json", response.data
    return response.json


def decoded(result: dict, encoding: str | None) -> dict:
    decode = DECODE[encoding]
    return {k: [decode(x) for x in v] if isinstance(v, list) else decode(v) for k, v in result.items()}


def check_result(bank, result: dict) -> None:
    """A decoded result is a servable bank question, in opentdb.com's shape."""
    assert list(result) == KEYS and result["category"] == ANIME
    matches = [q for q in servable(bank) if q.prompt == result["question"]]
    assert matches, result["question"]
    question = matches[0]
    assert result["difficulty"] == question.difficulty
    if question.type == "truefalse":
        assert result["type"] == "boolean"
        assert result["correct_answer"] == str(question.answer)
        assert result["incorrect_answers"] == [str(not question.answer)]
    else:
        assert result["type"] == "multiple" and result["correct_answer"] == question.answer
        wrong = [c for c in question.choices if c != question.answer]
        assert result["incorrect_answers"] == wrong[:3]


def test_questions_come_in_opentdb_shape_in_every_encoding(tdb, bank):
    for encoding in DECODE:
        url = "/api.php?amount=50" + (f"&encode={encoding}" if encoding else "")
        body = get(tdb, url)
        assert list(body) == ["response_code", "results"] and body["response_code"] == 0
        assert len(body["results"]) == 50
        for result in body["results"]:
            check_result(bank, decoded(result, encoding))
            if encoding == "base64":
                assert result["category"] == base64.b64encode(ANIME.encode()).decode()
            if encoding is None:
                assert result["category"] == "Entertainment: Japanese Anime &amp; Manga"


def test_the_default_encoding_is_html_entities_as_opentdb_sends_them(tdb, bank):
    quoted = [q for q in servable(bank) if '"' in q.prompt or "'" in q.prompt]
    assert quoted, "the bank has questions with quotes in their prompts"
    token = get(tdb, "/api_token.php?command=request")["token"]
    seen, left = [], len(servable(bank))
    while left:  # every question once, through a token
        body = get(tdb, f"/api.php?amount={min(left, 50)}&token={token}")
        seen += body["results"]
        left -= len(body["results"])
    texts = {r["question"] for r in seen}
    for question in quoted:
        entities = question.prompt.replace("&", "&amp;").replace('"', "&quot;").replace("'", "&#039;")
        assert entities in texts


def test_filters_by_type_difficulty_and_category(tdb, bank):
    assert {r["type"] for r in get(tdb, "/api.php?amount=30&type=boolean")["results"]} == {"boolean"}
    assert {r["type"] for r in get(tdb, "/api.php?amount=30&type=multiple")["results"]} == {"multiple"}
    assert {r["difficulty"] for r in get(tdb, "/api.php?amount=10&difficulty=hard")["results"]} == {"hard"}
    listed = get(tdb, "/api_category.php")["trivia_categories"]
    assert listed[0] == {"id": 31, "name": ANIME}
    topics = {c["id"]: c["name"] for c in listed[1:]}
    assert sorted(topics) == list(range(1001, 1001 + len(bank.topics)))
    music_id = next(i for i, name in topics.items() if name.endswith(": Music"))
    music = {q.prompt for q in servable(bank) if q.topic == "music"}
    body = get(tdb, f"/api.php?amount={min(len(music), 50)}&category={music_id}")
    assert body["response_code"] == 0 and {html.unescape(r["question"]) for r in body["results"]} <= music
    for everything in ("31", "0", "any", ""):
        assert get(tdb, f"/api.php?amount=50&category={everything}")["response_code"] == 0
    assert get(tdb, "/api.php?amount=1&category=9") == {"response_code": 1, "results": []}


@pytest.mark.parametrize("query", [
    "", "amount=0", "amount=51", "amount=ten", "amount=-1", "amount=1.5", "amount=%EF%BC%91",
    "amount=5&type=text", "amount=5&difficulty=extreme", "amount=5&encode=rot13",
    "amount=5&category=999", "amount=5&category=abc",
])
def test_an_invalid_parameter_is_response_code_2(tdb, query):
    assert get(tdb, f"/api.php?{query}") == {"response_code": 2, "results": []}


def test_asking_for_more_than_there_is_is_response_code_1(tdb, bank):
    easy_music = [q for q in servable(bank) if q.topic == "music" and q.difficulty == "easy"]
    music_id = 1001 + bank.topics.index("music")
    url = f"/api.php?amount={len(easy_music) + 1}&category={music_id}&difficulty=easy"
    assert get(tdb, url) == {"response_code": 1, "results": []}


def test_a_token_never_repeats_a_question_until_it_is_reset(tdb, bank):
    total = get(tdb, "/api_count.php?category=31")["category_question_count"]["total_question_count"]
    assert total == len(servable(bank))
    issued = get(tdb, "/api_token.php?command=request")
    assert issued["response_code"] == 0 and len(issued["token"]) == 64
    token, prompts = issued["token"], []
    while (body := get(tdb, f"/api.php?amount=50&token={token}"))["response_code"] == 0:
        prompts += [(r["question"], r["correct_answer"]) for r in body["results"]]
    assert body == {"response_code": 4, "results": []}
    assert len(prompts) == len(set(prompts)) == total - total % 50
    last = get(tdb, f"/api.php?amount={total % 50 or 50}&token={token}")
    assert (last["response_code"] == 0) == bool(total % 50)
    assert get(tdb, f"/api.php?amount=1&token={token}")["response_code"] == 4
    assert get(tdb, f"/api_token.php?command=reset&token={token}") == {"response_code": 0, "token": token}
    assert get(tdb, f"/api.php?amount=50&token={token}")["response_code"] == 0


def test_an_unknown_token_is_response_code_3(tdb):
    assert get(tdb, "/api.php?amount=1&token=nosuchtoken") == {"response_code": 3, "results": []}
    assert get(tdb, "/api_token.php?command=reset&token=nosuchtoken")["response_code"] == 3
    for odd in ("%00" * 64, "A" * 64, "0" * 63, "0" * 65):
        assert get(tdb, f"/api.php?amount=1&token={odd}")["response_code"] == 3
    assert get(tdb, "/api_token.php?command=forget")["response_code"] == 2


def test_tokens_are_shared_by_every_worker_through_the_database(make_app, bank):
    # two processes' worth of app, one database
    first, second = make_app(bank, OPENTDB="on"), make_app(bank, OPENTDB="on")
    token = get(first, "/api_token.php?command=request")["token"]
    seen = [r["question"] for r in get(first, f"/api.php?amount=50&token={token}")["results"]]
    seen += [r["question"] for r in get(second, f"/api.php?amount=50&token={token}")["results"]]
    assert len(seen) == len(set(seen)) == 100


def test_only_choice_questions_with_four_choices_and_truefalse_are_served(make_app, tmp_questions):
    quote = "Studio Bones will celebrate its 25th anniversary with an original anime, Metallic Rouge."
    source = f"    sources:\n      - source: official-trailer-ruju-naomi\n        quote: {quote}\n"
    items = {
        "five": "type: choice\n    answer: Bones\n    choices: [Sunrise, Bones, MAPPA, Madhouse, Trigger]",
        "three": "type: choice\n    answer: Bones\n    choices: [Bones, Sunrise, MAPPA]",
        "typed": "type: text\n    answer: Bones",
        "truth": "type: truefalse\n    answer: false",
    }
    text = "topic: studio\nquestions:\n" + "".join(
        f"  - id: q-{name}\n    {body}\n    difficulty: easy\n    prompt: Question {name}?\n"
        f"    explanation: Bones makes it.\n{source}"
        for name, body in items.items()
    )
    (tmp_questions / "curated" / "studio.yaml").write_text(text, encoding="utf-8")
    small = load_bank(tmp_questions)
    assert not small.problems, small.problems
    app = make_app(small, OPENTDB="on")
    assert get(app, "/api.php?amount=3")["response_code"] == 1
    results = {r["question"]: r for r in get(app, "/api.php?amount=2")["results"]}
    assert set(results) == {"Question five?", "Question truth?"}
    assert results["Question five?"]["incorrect_answers"] == ["Sunrise", "MAPPA", "Madhouse"]
    assert results["Question truth?"]["correct_answer"] == "False"
    assert get(app, "/api_count_global.php")["overall"]["total_num_of_questions"] == 2


def test_counts_agree_with_what_is_served(tdb, bank):
    overall = get(tdb, "/api_count_global.php")
    assert overall["overall"]["total_num_of_verified_questions"] == len(servable(bank))
    categories = overall["categories"]
    assert set(categories) == {"31", *(str(1001 + i) for i in range(len(bank.topics)))}
    topic_sum = sum(c["total_num_of_questions"] for key, c in categories.items() if key != "31")
    assert topic_sum == categories["31"]["total_num_of_questions"]
    music = get(tdb, f"/api_count.php?category={1001 + bank.topics.index('music')}")
    counted = music["category_question_count"]
    in_music = [q for q in servable(bank) if q.topic == "music"]
    assert counted["total_question_count"] == len(in_music)
    assert counted["total_hard_question_count"] == sum(q.difficulty == "hard" for q in in_music)
    assert get(tdb, "/api_count.php")["response_code"] == 2


def test_too_many_requests_is_response_code_5(make_app, bank):
    app = make_app(bank, OPENTDB="on", RATE_LIMITS="on", OPENTDB_RATE_LIMIT="2 per minute",
                   RATELIMIT_KEY_PREFIX=f"test-{uuid.uuid4().hex}")  # fresh counters, even in Redis
    client = app.test_client()
    assert [client.get("/api.php?amount=1").json["response_code"] for _ in range(2)] == [0, 0]
    limited = client.get("/api.php?amount=1")
    assert limited.status_code == 429 and limited.json == {"response_code": 5, "results": []}
    assert int(limited.headers["Retry-After"]) >= 1
    assert client.get("/api_category.php").status_code == 200  # only questions are limited


def test_tokens_during_a_database_outage_are_a_json_503_questions_still_come(bank, tmp_path):
    from quiz import create_app

    away = create_app({"TESTING": True, "BANK": bank, "RATE_LIMITS": "off", "OPENTDB": "on",
                       "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'gone' / 'quiz.sqlite'}"})
    client = away.test_client()
    refused = client.get("/api_token.php?command=request")
    assert refused.status_code == 503 and refused.json["error"]["code"] == "unavailable"
    assert client.get("/api.php?amount=5").json["response_code"] == 0  # no token, no database


# --- existing OpenTDB client libraries, unmodified but for their base URL ---------------------


@pytest.fixture
def live(tdb):
    """The app on a real loopback port; yields its base URL."""
    server = make_server("127.0.0.1", 0, tdb, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(10)


def test_concurrent_requests_with_one_token_never_share_a_question(live):
    token = requests.get(f"{live}/api_token.php?command=request", timeout=10).json()["token"]
    barrier = threading.Barrier(6)
    served: list[list[str]] = []

    def fetch() -> None:
        barrier.wait()
        body = requests.get(f"{live}/api.php?amount=20&token={token}", timeout=30).json()
        assert body["response_code"] == 0
        served.append([r["question"] for r in body["results"]])

    threads = [threading.Thread(target=fetch) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    prompts = [p for batch in served for p in batch]
    assert len(served) == 6 and len(prompts) == len(set(prompts)) == 120


def test_opentdb_py_client_plays_against_the_server(live, bank, monkeypatch):
    trivia = pytest.importorskip("trivia", reason="opentdb-py is in the test extra")
    monkeypatch.setattr(trivia, "API_BASE", live + "/")
    anime = trivia.Category.entertainment_japanese_anime_and_manga

    async def play() -> None:
        token = await trivia.Client.get_session_token()
        async with trivia.Client(token) as client:
            categories = await client.get_categories()
            assert {"id": 31, "name": ANIME} in categories["trivia_categories"]
            count = await client.get_category_questions_count(anime)
            total = count["category_question_count"]["total_question_count"]
            assert total == len(servable(bank))
            for encoding in trivia.ResponseEncoding:
                results = await client.get_questions(amount=5, category=anime, encoding=encoding)
                assert len(results) == 5
                for result in results:
                    check_result(bank, decoded(result, encoding.value))
            booleans = await client.get_questions(amount=3, question_type=trivia.QuestionType.true_false)
            assert {r["type"] for r in booleans} == {"boolean"}
            with pytest.raises(trivia.TokenEmpty):
                for _ in range(total):
                    await client.get_questions(amount=50)
            with pytest.raises(trivia.NoResults):
                await client.get_questions(amount=1, category=trivia.Category.sports)
            with pytest.raises(trivia.InvalidParameter):
                await client.get_questions(amount=99)
            overall = await client.get_global_questions_count()
            assert overall["overall"]["total_num_of_questions"] == total
        async with trivia.Client("unknown-token") as stranger:
            with pytest.raises(trivia.TokenNotFound):
                await stranger.get_questions(amount=1)

    asyncio.run(play())


def test_pyopentdb_client_plays_and_resets_its_token_against_the_server(live, bank, monkeypatch):
    pyopentdb = pytest.importorskip("pyopentdb", reason="pyopentdb is in the test extra")

    class LocalServer(requests.adapters.HTTPAdapter):
        """The library's https://opentdb.com base URL, pointed at the local server."""

        def send(self, request, **kwargs):
            request.url = request.url.replace("https://opentdb.com", live, 1)
            return super().send(request, **kwargs)

    original = requests.Session.__init__

    def session_init(self, *args, **kwargs):
        original(self, *args, **kwargs)
        self.mount("https://opentdb.com", LocalServer())

    monkeypatch.setattr(requests.Session, "__init__", session_init)
    anime = pyopentdb.Category.ENTERTAINMENT_JAPANESE_ANIME_MANGA
    client = pyopentdb.OpenTDBClient()
    total = client.get_question_count(anime)["category_question_count"]["total_question_count"]
    batches = []
    for _ in range(total // 50 + 1):
        questions = client.get_questions(amount=50, category=anime)
        assert len(questions) == 50 and all(q.category is anime for q in questions)
        for question in questions:
            assert question.answer in question.choices
            assert len(question.choices) == (4 if question.question_type.value == "multiple" else 2)
        batches.append([q.question for q in questions])
    before_reset = [prompt for batch in batches[:-1] for prompt in batch]
    assert len(set(before_reset)) == len(before_reset) == total - total % 50  # no repeats
    # then fewer than 50 were left: told "token empty", the library reset its token and
    # got a full batch again
    assert len(set(batches[-1])) == 50
