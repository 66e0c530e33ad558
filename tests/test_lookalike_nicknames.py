"""A nickname that looks like one already taken (a Cyrillic а for a Latin a) is taken too."""

from __future__ import annotations

import pytest
from flask_migrate import downgrade, upgrade
from sqlalchemy import text

from quiz.database import db
from quiz.lookalikes import nickname_key
from quiz.models import Player

CYRILLIC_A, CYRILLIC_O, CYRILLIC_I = "\u0430", "\u043e", "\u0456"
GREEK_ALPHA = "\u03b1"


@pytest.mark.parametrize("lookalike", [
    f"N{CYRILLIC_A}omi",  # one Cyrillic letter
    f"N{CYRILLIC_A}{CYRILLIC_O}m{CYRILLIC_I}",  # three
    f"N{GREEK_ALPHA}omi",  # a Greek alpha
    f"n{CYRILLIC_A}OMI",  # and a different case
])
def test_a_lookalike_of_a_taken_nickname_is_refused(app, players, lookalike):
    players(app, "Naomi")
    impostor = players(app)
    response = impostor.post("/nickname", {"nickname": lookalike}, page="/nickname")
    assert response.status_code == 400
    assert "is taken" in response.get_data(as_text=True)
    with app.app_context():
        assert db.session.execute(db.select(db.func.count()).select_from(Player)).scalar_one() == 1


def test_the_lookalike_first_blocks_the_latin_name_too(app, players):
    players(app, f"N{CYRILLIC_A}omi")
    response = players(app).post("/nickname", {"nickname": "Naomi"}, page="/nickname")
    assert response.status_code == 400 and "is taken" in response.get_data(as_text=True)


@pytest.mark.parametrize("name", ["Naomi2", "Noemi", "\u0418\u0432\u0430\u043d", "\u65e5\u672c", "Zo\u00eb"])
def test_other_names_in_any_script_are_still_free(app, players, name):
    players(app, "Naomi")
    response = players(app).post("/nickname", {"nickname": name}, page="/nickname")
    assert response.status_code == 302, response.get_data(as_text=True)


def test_the_key_is_what_a_reader_sees():
    assert nickname_key(f"N{CYRILLIC_A}omi") == nickname_key("NAOMI") == "naomi"
    assert nickname_key("Rouge") != nickname_key("Rogue")


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_the_migration_folds_the_keys_of_existing_players(make_app, bank):
    app = make_app(bank)
    with app.app_context():
        downgrade(revision="c4a1f07d2b3e")
        for nickname in (f"N{CYRILLIC_A}omi", "Ruju", f"R{CYRILLIC_O}uge", "Rouge"):
            db.session.execute(text("INSERT INTO player (nickname, nickname_key, hidden, created_at) "
                                    "VALUES (:n, :k, false, CURRENT_TIMESTAMP)"),
                               {"n": nickname, "k": nickname.casefold()})
        db.session.commit()
        upgrade()
        keys = dict(db.session.execute(text("SELECT nickname, nickname_key FROM player")).all())
    assert keys[f"N{CYRILLIC_A}omi"] == "naomi" and keys["Ruju"] == "ruju"
    # a lookalike pair that already exists keeps distinct keys: the unique index still holds
    assert keys["Rouge"] == "rouge" and keys[f"R{CYRILLIC_O}uge"] == f"r{CYRILLIC_O}uge"
