"""Bad input: markup, SQL, forged cookies, odd ids, wrong types, huge or broken bodies.

Each is a clear 4xx (or harmless plain text), never a 500; on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import base64
import json
import re
import shutil
import zlib

import pytest
from flask.sessions import SecureCookieSessionInterface

from quiz.bank import load_bank
from quiz.config import PROJECT_ROOT
from quiz.database import db
from quiz.models import Answer, Player

XSS = '<script>alert("xss")</script>'
ARTICLE = """\
---
id: odd-article
title: A <b>bold</b> title & "quotes"
byline: null
publication: null
origin: odd.txt
---
The studio said 1 < 2 & "Tom & Jerry" is a cartoon.

A visitor wrote <script>alert("xss")</script> and <img src=x onerror=alert(1)> in the comments.
"""
QUESTIONS = """\
topic: odd
questions:
  - id: odd-choice
    type: choice
    difficulty: easy
    prompt: Which is a cartoon, says the studio (1 < 2 & "so on")?
    answer: Tom & Jerry
    choices: [Tom & Jerry, 1 < 2, a > b, "it's \\"x\\""]
    explanation: The studio said 1 < 2 & "Tom & Jerry" is a cartoon.
    sources:
      - source: odd-article
        quote: The studio said 1 < 2 & "Tom & Jerry" is a cartoon.
  - id: odd-text
    type: text
    difficulty: medium
    prompt: What is a cartoon, says the studio?
    answer: Tom & Jerry
    explanation: The studio said so.
    sources:
      - source: odd-article
        quote: The studio said 1 < 2 & "Tom & Jerry" is a cartoon.
"""


def no_500(response) -> str:
    page = response.get_data(as_text=True)
    assert response.status_code < 500, page
    assert "Traceback" not in page
    return page


@pytest.fixture(scope="module")
def odd_bank(tmp_path_factory):
    """A bank whose article and question text are full of characters that mean markup."""
    folder = tmp_path_factory.mktemp("odd-bank")
    (folder / "sources").mkdir()
    (folder / "sources" / "odd-article.md").write_text(ARTICLE)
    (folder / "curated").mkdir()
    (folder / "curated" / "odd.yaml").write_text(QUESTIONS)
    loaded = load_bank(folder)
    assert not loaded.problems, "\n".join(map(str, loaded.problems))
    return loaded


@pytest.fixture
def naomi(app, players):
    return players(app, "Naomi")


# --- markup ---------------------------------------------------------------------------------


def test_markup_in_a_nickname_is_refused_and_shown_back_escaped(app, players):
    visitor = players(app)
    page = no_500(visitor.post("/nickname", {"nickname": XSS}, page="/nickname"))
    assert XSS not in page
    assert "&lt;script&gt;" in page  # the refused value is shown back, as text


def test_html_in_a_question_file_is_a_validation_problem(tmp_path):
    folder = tmp_path / "questions"
    shutil.copytree(PROJECT_ROOT / "questions" / "sources", folder / "sources")
    (folder / "curated").mkdir()
    (folder / "curated" / "xss.yaml").write_text(
        QUESTIONS.replace("odd-article", "official-trailer-ruju-naomi")
        .replace("Which is a cartoon", f"{XSS} Which is a cartoon")
    )
    problems = [str(p) for p in load_bank(folder).problems]
    assert any("xss.yaml:" in p and "HTML" in p for p in problems), problems


def test_question_and_article_text_render_as_text(make_app, odd_bank, players):
    app = make_app(odd_bank)
    player = players(app, "Naomi")
    round_id = player.start(difficulty="easy")  # the choice question
    page = no_500(player.client.get(f"/rounds/{round_id}"))
    assert "1 < 2" not in page and "a > b" not in page
    assert "1 &lt; 2" in page and "a &gt; b" in page and "Tom &amp; Jerry" in page

    article = no_500(player.client.get("/sources/odd-article"))
    assert "<script>alert" not in article
    assert "<img src=x" not in article
    assert "&lt;script&gt;alert" in article
    assert "<b>bold</b>" not in article and "&lt;b&gt;bold&lt;/b&gt;" in article


# --- SQL metacharacters ---------------------------------------------------------------------


def test_sql_in_a_nickname_is_plain_text(app, players):
    refused = players(app)
    no_500(refused.post("/nickname", {"nickname": "x'); DROP TABLE player;--"}, page="/nickname"))
    player = players(app, "DROP TABLE player --")
    page = no_500(player.client.get("/nickname"))
    assert "DROP TABLE player --" in page
    with app.app_context():
        names = db.session.execute(db.select(Player.nickname)).scalars().all()
    assert names == ["DROP TABLE player --"]


def test_sql_in_a_typed_answer_is_stored_and_shown_as_typed(make_app, odd_bank, players):
    app = make_app(odd_bank)
    player = players(app, "Naomi")
    typed = "'; DELETE FROM answer; --"
    round_id = player.start(difficulty="medium")  # the text question
    html = player.question_page(round_id)
    data = {"csrf_token": player.form(html).fields["csrf_token"][0][0], "position": "0",
            "text": typed}
    answered = player.client.post(f"/rounds/{round_id}", data=data)
    assert answered.status_code == 302
    feedback = no_500(player.client.get(answered.headers["Location"]))
    assert "DELETE FROM answer" in feedback
    with app.app_context():
        given = db.session.execute(db.select(Answer.given)).scalars().all()
    assert given == [typed]


@pytest.mark.parametrize(
    "path",
    [
        "/sources/' OR 1=1 --",
        "/sources/x%27%3B%20DROP%20TABLE%20round%3B",
        "/rounds/1 OR 1=1",
        "/scoreboard?board=%27%20OR%20%271%27%3D%271&period=%27%3B--",
        "/nickname?next=%27%20OR%201%3D1",
    ],
)
def test_sql_in_urls_is_plain_text(naomi, path):
    no_500(naomi.client.get(path))


def test_sql_in_the_round_form_is_refused_with_a_message(naomi):
    for field, value in [("kind", "quick' OR 1=1"), ("difficulty", "any'--"),
                         ("scope", "'; DROP TABLE round; --")]:
        data = {"kind": "topic", "scope": "music", "difficulty": "any", "timed": "0", field: value}
        response = naomi.post("/play", data)
        assert response.status_code == 400, (field, response.status_code)
        no_500(response)


# --- cookies ---------------------------------------------------------------------------------


def signed_session(app, data: dict, key: str) -> str:
    signer = type("Signer", (), {"secret_key": key, "config": app.config})()
    return SecureCookieSessionInterface().get_signing_serializer(signer).dumps(data)


def with_player_id(cookie: str, player_id) -> str:
    """The cookie with another player id written into it, its signature left as it was."""
    compressed = cookie.startswith(".")  # itsdangerous zlib-compresses longer payloads
    payload, *signature = cookie.removeprefix(".").split(".")
    raw = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
    data = json.loads(zlib.decompress(raw) if compressed else raw)
    data["player_id"] = player_id
    forged = base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()
    return ".".join([forged, *signature])


def owner_and_intruder(app, players):
    """(owner, their round, their player id, the intruder, the intruder's own cookie)."""
    owner = players(app, "Zephyrine")
    round_id = owner.start()
    with app.app_context():
        owner_id = db.session.execute(db.select(Player.id)).scalar_one()
    intruder = players(app, "Jean")
    return owner, round_id, owner_id, intruder, intruder.client.get_cookie("session").value


@pytest.mark.parametrize("forgery", ["tampered", "wrong key", "garbage", "odd contents"])
def test_forged_session_cookies_get_nothing_of_anyone(app, players, forgery):
    _, round_id, owner_id, intruder, own = owner_and_intruder(app, players)
    value = {
        "tampered": with_player_id(own, owner_id),
        "wrong key": signed_session(app, {"player_id": owner_id}, key="dev"),
        "garbage": "%FF%FE\x7f;;=",
        # signed with the real key, yet nonsense inside: still nobody's round
        "odd contents": signed_session(
            app, {"player_id": "1 OR 1=1", "nickname": XSS}, key=app.secret_key
        ),
    }[forgery]
    intruder.client.set_cookie("session", value)
    response = intruder.client.get(f"/rounds/{round_id}")
    no_500(response)
    assert response.status_code == 404
    for page in ("/", "/me", "/nickname"):
        html = no_500(intruder.client.get(page))
        assert "Zephyrine" not in html, page
        assert XSS not in html, page


def playing_as(client) -> str:
    return re.search(r"Playing as <strong>([^<]*)</strong>", no_500(client.get("/"))).group(1)


def test_a_session_cookie_counts_only_as_itself(app, players):
    """A tampered copy of a cookie, a change made by a later request, or a new secret key count."""
    owner, round_id, owner_id, intruder, own = owner_and_intruder(app, players)
    assert playing_as(intruder.client) == "Jean"
    intruder.client.set_cookie("session", with_player_id(own, owner_id))
    assert intruder.client.get(f"/rounds/{round_id}").status_code == 404
    intruder.client.set_cookie("session", own)
    renamed = intruder.post("/nickname", {"nickname": "Jeanne"}, page="/nickname")
    assert renamed.status_code == 302 and intruder.client.get_cookie("session").value != own
    intruder.client.set_cookie("session", own)  # the cookie from before the change, sent again
    assert playing_as(intruder.client) == "Jean"
    assert owner.client.get(f"/rounds/{round_id}").status_code == 200
    app.secret_key = app.config["SECRET_KEY"] = "a-new-secret-key-after-a-leak-" + "x1y2z3" * 5
    assert owner.client.get(f"/rounds/{round_id}").status_code == 404  # signed with the old key



def test_a_session_cookie_among_other_cookies_counts_only_as_itself(app, players):
    """A browser may send other cookies beside the session's: the session is still read, a
    tampered one is still refused."""
    _, round_id, owner_id, intruder, own = owner_and_intruder(app, players)
    others = "; ".join(f"pref{i}={'v' * 40}" for i in range(30))  # some 1,500 characters
    browser = app.test_client(use_cookies=False)  # sends the Cookie header it is given

    def page_as(session_cookie: str, path: str):
        return browser.get(path, headers={"Cookie": f"{others}; session={session_cookie}"})

    for _ in range(2):
        assert re.search(r"Playing as <strong>Jean</strong>", no_500(page_as(own, "/")))
    assert page_as(with_player_id(own, owner_id), f"/rounds/{round_id}").status_code == 404
    assert page_as(own, f"/rounds/{round_id}").status_code == 404  # Jean's own: not the round
    short = browser.get("/", headers={"Cookie": f"session={with_player_id(own, owner_id)}"})
    assert "Zephyrine" not in no_500(short)


# --- ids, types, missing fields ----------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/rounds/999999", "/rounds/0", "/rounds/-1", "/rounds/abc", "/rounds/1.5",
        "/rounds/99999999999999999999999", "/rounds/2147483648",
        "/rounds/1/feedback/99999999999999999999", "/rounds/1/feedback/-1",
        "/rounds/1/feedback/0", "/sources/no-such-article",
    ],
)
def test_unknown_or_malformed_ids_are_404(naomi, path):
    naomi.start()  # round 1 exists, but nothing in it is answered yet
    response = naomi.client.get(path)
    no_500(response)
    assert response.status_code == 404


def test_someone_elses_round_is_404(app, naomi, players):
    round_id = naomi.start()
    other = players(app, "Jean")
    assert other.client.get(f"/rounds/{round_id}").status_code == 404
    data = {"csrf_token": other.token(), "position": "0", "choice": "0"}
    assert other.client.post(f"/rounds/{round_id}", data=data).status_code == 404


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"kind": "bogus"},
        {"kind": "quick", "difficulty": "impossible"},
        {"kind": "quick", "timed": "maybe"},
        {"kind": "topic", "scope": "no-such-topic"},
        {"kind": "source", "scope": "x" * 500},
    ],
)
def test_wrong_or_missing_round_fields_are_400(naomi, data):
    response = naomi.post("/play", data)
    no_500(response)
    assert response.status_code == 400


@pytest.mark.parametrize(
    "fields",
    [
        {},
        {"position": "abc"},
        {"position": "-1"},
        {"position": "1e9"},
        {"position": "99999999999999999999999999"},
        {"position": "0", "choice": "abc", "truth": "maybe", "picks": "x", "text": ""},
        {"position": "0", "choice": "99", "truth": "2", "picks": ["99", "-1"], "place_0": "99"},
        {"position": ["0", "1"]},
    ],
)
def test_wrong_or_missing_answer_fields_are_4xx(naomi, fields):
    round_id = naomi.start()
    response = naomi.client.post(f"/rounds/{round_id}", data={"csrf_token": naomi.token(), **fields})
    no_500(response)
    assert 400 <= response.status_code < 500


# --- huge and broken bodies ------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/nickname", "/play", "/rounds/1"])
def test_ten_megabyte_bodies_are_413(naomi, path):
    naomi.start()
    body = b"csrf_token=x&text=" + b"a" * (10 * 1024 * 1024)
    response = naomi.client.post(path, data=body, content_type="application/x-www-form-urlencoded")
    no_500(response)
    assert response.status_code == 413


def test_a_ten_megabyte_upload_is_413(naomi):
    import io

    data = {"nickname": "Naomi", "file": (io.BytesIO(b"\0" * (10 * 1024 * 1024)), "big.bin")}
    response = naomi.client.post("/nickname", data=data, content_type="multipart/form-data")
    no_500(response)
    assert response.status_code == 413


@pytest.mark.parametrize(
    "body",
    [
        b"nickname=%FF%FE%FD",
        b"nickname=\xff\xfe\xfd",
        b"nickname=\xc3\x28&next=\xe2\x82",
        b"nickname=%ED%A0%80",  # an encoded UTF-16 surrogate
        b"\xff\xff\xff=\xff",
        b"nickname=a%00b",
    ],
)
def test_invalid_utf8_in_a_form_is_a_clear_400(naomi, body):
    token = naomi.token("/nickname").encode()
    response = naomi.client.post(
        "/nickname", data=b"csrf_token=" + token + b"&" + body,
        content_type="application/x-www-form-urlencoded",
    )
    no_500(response)
    assert response.status_code == 400


@pytest.mark.parametrize("path", ["/sources/%FF%FE", "/nickname?next=%FF%FE", "/?%C3%28=%E2%82"])
def test_invalid_utf8_in_a_url_is_not_an_error(naomi, path):
    no_500(naomi.client.get(path))


def test_an_answer_in_invalid_utf8_is_a_clear_4xx(naomi):
    round_id = naomi.start()
    token = naomi.token().encode()
    body = b"csrf_token=" + token + b"&position=0&choice=\xff&truth=\xff&text=\xff\xfe&picks=\xc3"
    response = naomi.client.post(f"/rounds/{round_id}", data=body,
                                 content_type="application/x-www-form-urlencoded")
    no_500(response)
    assert 400 <= response.status_code < 500 or response.status_code == 302
