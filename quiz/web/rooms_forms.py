"""Flask-WTF forms of live rooms: the host's new room, and a player's PIN and nickname."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import SelectField, StringField
from wtforms.validators import InputRequired, Length, Regexp, ValidationError

from quiz import players, rooms
from quiz.bank.model import Bank
from quiz.bank.topics import topic_title
from quiz.web.forms import DIFFICULTY_LABELS, options


def round_choices(bank: Bank) -> list[tuple[str, str]]:
    """Every round kind as one choice: "quick", "daily", "topic:<topic>", "source:<id>"."""
    choices = [("quick", "Quick round: mixed topics"), ("daily", "Today's daily challenge")]
    choices += [(f"topic:{t}", f"Topic: {topic_title(t)}") for t in sorted(bank.topics)]
    choices += [(f"source:{s.id}", f"Article: {s.title}")
                for s in sorted(bank.sources.values(), key=lambda s: s.title.casefold())]
    return choices


class HostForm(FlaskForm):
    round = SelectField("Questions from", validators=[InputRequired()])
    difficulty = SelectField("Difficulty", choices=options(DIFFICULTY_LABELS.items()), default="any")
    size = SelectField("Number of questions", choices=options((str(n), str(n)) for n in rooms.SIZE_CHOICES),
                       default="10")
    seconds = SelectField("Seconds per question",
                          choices=options((str(n), f"{n} seconds") for n in rooms.SECONDS_CHOICES),
                          default="20")

    def kind_and_scope(self) -> tuple[str, str]:
        kind, _, scope = self.round.data.partition(":")
        return kind, scope


class JoinForm(FlaskForm):
    pin = StringField("Game PIN", validators=[
        InputRequired("Type the 6-digit PIN shown on the big screen."),
        Regexp(r"^\s*\d{6}\s*$", message="The PIN is 6 digits, as shown on the big screen."),
    ])
    nickname = StringField("Nickname", validators=[InputRequired("Pick a nickname."), Length(max=100)],
                           description=players.NICKNAME_RULE)

    def validate_nickname(self, field) -> None:
        try:
            players.clean_nickname(field.data)
        except players.NicknameError as exc:
            raise ValidationError(str(exc)) from None
