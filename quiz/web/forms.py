"""Flask-WTF forms: the nickname, starting a round, and one answer form per question type.

Answer forms carry opaque values only: the index of a choice in the round's shuffled order,
never its text, so a page's markup cannot tell which option is right.
"""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import HiddenField, RadioField, SelectField, SelectMultipleField, StringField
from wtforms.validators import AnyOf, InputRequired, Length, Optional, ValidationError
from wtforms.widgets import CheckboxInput, ListWidget

from quiz import play
from quiz.play.rules import MAX_TEXT

try:  # WTForms 3.3 wants SelectChoice objects; older versions take (value, label) pairs
    from wtforms.fields import SelectChoice
except ImportError:  # pragma: no cover - depends on the installed WTForms
    SelectChoice = None


def options(pairs) -> list:
    pairs = list(pairs)
    return [SelectChoice(v, label) for v, label in pairs] if SelectChoice else pairs


DIFFICULTY_LABELS = {"any": "Any", "easy": "Easy", "medium": "Medium", "hard": "Hard"}
TIMED_LABELS = {"0": "Untimed", "1": f"Timed ({play.TIME_LIMIT_S} s per question, speed bonus)"}


class NicknameForm(FlaskForm):
    nickname = StringField(
        "Nickname",
        validators=[InputRequired("Pick a nickname."), Length(max=100)],
        description=play.NICKNAME_RULE,
    )
    next = HiddenField()

    def validate_nickname(self, field) -> None:
        try:
            play.clean_nickname(field.data)
        except play.PlayError as exc:
            raise ValidationError(str(exc)) from None


class StartForm(FlaskForm):
    kind = HiddenField(validators=[InputRequired("Choose a kind of round."), AnyOf(play.KINDS)])
    scope = StringField("Scope", validators=[Optional(), Length(max=80)])
    difficulty = SelectField(
        "Difficulty", choices=options(DIFFICULTY_LABELS.items()), default="any"
    )
    timed = RadioField("Timing", choices=options(TIMED_LABELS.items()), default="0")

    def validate_timed(self, field) -> None:
        # an old form or a script may leave it out: untimed, as on the page by default
        if field.data is None:
            field.data = "0"


class AnswerForm(FlaskForm):
    position = HiddenField(validators=[InputRequired()])


class MultiCheckboxField(SelectMultipleField):
    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


def _options(view: play.QuestionView) -> list:
    return options((str(i), text) for i, text in enumerate(view.options))


def answer_form_class(view: play.QuestionView) -> type[AnswerForm]:
    """A form class with the fields for this question's type."""

    class Form(AnswerForm):
        pass

    if view.type == "choice":
        Form.choice = RadioField("Your answer", choices=_options(view),
                                 validators=[InputRequired("Pick one of the choices.")])
    elif view.type == "multi":
        Form.picks = MultiCheckboxField("Pick every right answer", choices=_options(view),
                                        validators=[InputRequired("Pick at least one answer.")])
    elif view.type == "truefalse":
        Form.truth = RadioField("Your answer", choices=options([("true", "True"), ("false", "False")]),
                                validators=[InputRequired("Answer true or false.")])
    elif view.type in ("text", "number"):
        Form.text = StringField("Your answer", validators=[
            InputRequired("Type an answer."), Length(max=MAX_TEXT)])
    elif view.type == "order":
        blank = options([("", "Choose an item")])
        for place in range(len(view.options)):
            setattr(Form, f"place_{place}", SelectField(
                f"Place {place + 1}", choices=blank + _options(view),
                validators=[InputRequired(f"Choose an item for place {place + 1}.")]))
    return Form


def answer_form(view: play.QuestionView) -> AnswerForm:
    form = answer_form_class(view)()
    if not form.is_submitted():
        form.position.data = str(view.position)
    return form


def order_fields(form: AnswerForm, view: play.QuestionView) -> list:
    return [form[f"place_{place}"] for place in range(len(view.options))]


def given_answer(form: AnswerForm, view: play.QuestionView) -> object:
    """The player's answer as the play service takes it."""
    if view.type == "choice":
        return int(form.choice.data)
    if view.type == "multi":
        return [int(value) for value in form.picks.data]
    if view.type == "truefalse":
        return form.truth.data == "true"
    if view.type in ("text", "number"):
        return form.text.data
    if view.type == "order":
        return [int(field.data) for field in order_fields(form, view)]
    return None  # a withdrawn question: any answer skips it
