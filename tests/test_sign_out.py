"""Sessions and API tokens prove the player's secret: a cookie forged with the app's key and a
row id, or one from a database since recreated, names nobody; a player signs out of one
browser, or everywhere at once, which also revokes their API tokens."""

from __future__ import annotations

import re

from flask.sessions import SecureCookieSessionInterface
from flask_migrate import downgrade, upgrade

from quiz.database import db
from quiz.models import Player


def signed_cookie(app, data: dict) -> str:
    """A session cookie holding `data`, signed with the app's own key as Flask signs them."""
    return SecureCookieSessionInterface().get_signing_serializer(app).dumps(data)


def player_id(app, nickname: str) -> int:
    with app.app_context():
        return db.session.execute(db.select(Player.id).filter_by(nickname=nickname)).scalar_one()


def me(client) -> str:
    response = client.get("/me")
    assert response.status_code == 200
    return response.get_data(as_text=True)


def signin_link(client) -> str:
    return re.search(r'id="signin-link"[^>]*value="http://localhost([^"]+)"', me(client)).group(1)


def bearer(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


def test_a_cookie_forged_with_the_key_and_an_id_names_nobody(app, players):
    owner = players(app, "Zephyrine")
    round_id = owner.start()
    owner_id = player_id(app, "Zephyrine")
    forger = app.test_client()
    for forged in ({"player_id": owner_id, "nickname": "Zephyrine"},
                   {"player_id": owner_id, "player_proof": ""},
                   {"player_id": owner_id, "player_proof": ["not", "text"]}):
        forger.set_cookie("session", signed_cookie(app, forged))
        assert forger.get(f"/rounds/{round_id}").status_code == 404
        assert "Zephyrine" not in me(forger)
        assert forger.post(f"/rounds/{round_id}", data={"position": 0}).status_code in (400, 404)
    # the owner's own cookie, copied, is what plays as them: the test can tell the difference
    forger.set_cookie("session", owner.client.get_cookie("session").value)
    assert "Zephyrine's scores" in me(forger)
    assert forger.get(f"/rounds/{round_id}").status_code == 200


def test_a_refused_cookie_asks_for_a_nickname_again_with_a_message(app, players):
    stranger = app.test_client()
    stranger.set_cookie("session", signed_cookie(app, {"player_id": 1, "nickname": "Ghost"}))
    html = stranger.get("/nickname").get_data(as_text=True)
    assert "Pick a nickname" in html
    assert "This browser was signed out" in html
    assert "Ghost" not in stranger.get("/").get_data(as_text=True)  # the cookie was cleared


def test_old_cookies_and_tokens_name_nobody_after_the_database_is_recreated(app, players):
    naomi = players(app, "Naomi")
    token = app.test_client().post("/api/v1/players", json={"nickname": "Ruju"}).json["token"]
    with app.app_context():  # a database recreated, or a backup from before restored
        downgrade(revision="base")
        upgrade()
    newcomer = players(app, "Newcomer")
    assert player_id(app, "Newcomer") == 1  # the id Naomi's cookie names
    assert "Newcomer" not in me(naomi.client)
    assert "Naomi" not in me(naomi.client)
    response = app.test_client().get("/api/v1/players/me", headers=bearer(token))
    assert response.status_code == 401 and response.json["error"]["code"] == "unauthorized"
    assert "Newcomer's scores" in me(newcomer.client)


def test_signing_out_forgets_this_browser_only(app, players):
    naomi = players(app, "Naomi")
    round_id = naomi.start()
    phone = app.test_client()
    assert phone.get(signin_link(naomi.client)).status_code == 302
    token = app.test_client().post("/api/v1/players", json={"nickname": "Ruju"}).json["token"]

    response = naomi.post("/me/sign-out", {}, page="/me")
    assert response.status_code == 302
    html = naomi.client.get(response.headers["Location"]).get_data(as_text=True)
    assert "This browser no longer plays as Naomi" in html
    assert "You have not played yet" in me(naomi.client)
    assert naomi.client.get(f"/rounds/{round_id}").status_code == 404
    assert "Naomi's scores" in me(phone)  # the other browser still plays as Naomi
    assert phone.get(f"/rounds/{round_id}").status_code == 200
    assert app.test_client().get("/api/v1/players/me", headers=bearer(token)).status_code == 200


def test_signing_out_needs_the_csrf_token_and_a_player(app, players):
    naomi = players(app, "Naomi")
    assert naomi.client.post("/me/sign-out").status_code == 400
    assert naomi.client.post("/me/sign-out-everywhere").status_code == 400
    assert "Naomi's scores" in me(naomi.client)
    nobody = players(app)
    assert nobody.post("/me/sign-out", {}).status_code == 404


def test_signing_out_everywhere_ends_other_sessions_and_the_link_of_that_player_only(app, players):
    someone_else = app.test_client().post("/api/v1/players", json={"nickname": "Ruju"}).json["token"]
    naomi = players(app, "Naomi")
    link = signin_link(naomi.client)
    phone = app.test_client()
    assert phone.get(link).status_code == 302
    round_id = naomi.start()
    assert phone.get(f"/rounds/{round_id}").status_code == 200

    response = naomi.post("/me/sign-out-everywhere", {}, page="/me")
    assert response.status_code == 302
    html = naomi.client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Every other browser is signed out" in html
    assert "Naomi's scores" in me(naomi.client)  # this browser stays
    assert naomi.client.get(f"/rounds/{round_id}").status_code == 200
    assert phone.get(f"/rounds/{round_id}").status_code == 404  # the other browser is out
    assert "Naomi" not in me(phone)
    assert phone.get(link).status_code == 404  # the old link signs nobody in
    assert signin_link(naomi.client) != link
    other = app.test_client().get("/api/v1/players/me", headers=bearer(someone_else))
    assert other.status_code == 200  # another player's token is untouched


def test_revoking_through_the_api_ends_every_token_and_browser_of_the_player(app, players):
    api = app.test_client()
    first = api.post("/api/v1/players", json={"nickname": "Naomi"}).json["token"]
    round_id = api.post("/api/v1/rounds", json={}, headers=bearer(first)).json["round"]["id"]

    response = api.post("/api/v1/players/me/revoke", headers=bearer(first))
    assert response.status_code == 200
    assert response.json["player"]["nickname"] == "Naomi"
    fresh = response.json["token"]
    assert fresh != first
    refused = api.get(f"/api/v1/rounds/{round_id}", headers=bearer(first))
    assert refused.status_code == 401
    assert "revoked" in refused.json["error"]["message"]
    assert api.post("/api/v1/players/me/revoke", headers=bearer(first)).status_code == 401
    assert api.get(f"/api/v1/rounds/{round_id}", headers=bearer(fresh)).status_code == 200


def test_signing_out_everywhere_in_the_browser_revokes_the_players_api_tokens(app, players):
    naomi = players(app, "Naomi")
    owner_id = player_id(app, "Naomi")
    with app.app_context():  # a token for the browser's player, as the API would make it
        from quiz.web.api.auth import player_token

        with app.test_request_context():
            token = player_token(db.session.get(Player, owner_id))
    api = app.test_client()
    assert api.get("/api/v1/players/me", headers=bearer(token)).json["player"]["id"] == owner_id
    assert naomi.post("/me/sign-out-everywhere", {}, page="/me").status_code == 302
    assert api.get("/api/v1/players/me", headers=bearer(token)).status_code == 401
