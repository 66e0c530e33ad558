"""Flask-WTF forms: the nickname, starting a round, and one answer form per question type.

Answer forms carry opaque values only: the index of a choice in the round's shuffled order,
never its text, so a page's markup cannot tell which option is right.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from flask import request
from flask_wtf import FlaskForm
from wtforms import Form, HiddenField, RadioField, SelectField, SelectMultipleField, StringField
from wtforms.validators import AnyOf, InputRequired, Length, Optional, ValidationError
from wtforms.widgets import CheckboxInput, ListWidget

from quiz import play, players
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
        description=players.NICKNAME_RULE,
    )
    next = HiddenField()

    def validate_nickname(self, field) -> None:
        try:
            players.clean_nickname(field.data)
        except players.NicknameError as exc:
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


class AnswerForm(Form):
    """A plain WTForms form, not Flask-WTF's: CSRFProtect has checked the token before the
    view runs (quiz.extensions.csrf), and the view passes the posted data itself. FlaskForm would
    only add its own CSRF field (a second check, a fresh token signed on every answer) and
    look through the request for the data, a third of the form's cost.

    It holds the answer's own fields only: the hidden `position` is checked by the view
    before the form is built (which question it answers picks the form), and a field per
    form costs as much to bind and validate as the answer's."""


class MultiCheckboxField(SelectMultipleField):
    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


# The name of the answer's field per question type (order questions: place_0, place_1...).
ANSWER_FIELD = {"choice": "choice", "multi": "picks", "truefalse": "truth", "text": "text", "number": "text"}
TRUTH_OPTIONS = (("true", "True"), ("false", "False"))
NOT_AN_OPTION = "Not a valid choice."  # what a SelectField says of a value it does not offer


def _values(count: int) -> list:
    # Validation only looks at the values (the index in the shown order); the page prints
    # the labels from the question itself, so the form never holds the choice text.
    return options((str(i), str(i)) for i in range(count))


def _one_of(values, message: str) -> StringField:
    """A field that takes exactly one of `values`, refusing others as a select would.

    The page writes its radios and selects itself, so a field here only validates: a text
    field with AnyOf says the same as RadioField or SelectField (the message above when the
    value is not offered, `message` when it is missing) and costs about a third less to
    build and check, since a select field turns its choices into option objects on every
    answer, once when bound and again when validated."""
    return StringField(validators=[InputRequired(message), AnyOf(tuple(values), message=NOT_AN_OPTION)])


@functools.lru_cache(maxsize=64)
def answer_form_class(kind: str, count: int) -> type[AnswerForm]:
    """The form class that validates an answer to a question of this type and option count.

    Kept per (type, count): building a WTForms class costs as much as validating with it.
    """

    class Form(AnswerForm):
        pass

    indexes = [str(i) for i in range(count)]
    if kind == "choice":
        Form.choice = _one_of(indexes, "Pick one of the choices.")
    elif kind == "multi":
        Form.picks = MultiCheckboxField("Pick every right answer", choices=_values(count),
                                        validators=[InputRequired("Pick at least one answer.")])
    elif kind == "truefalse":
        Form.truth = _one_of((value for value, _ in TRUTH_OPTIONS), "Answer true or false.")
    elif kind in ("text", "number"):
        Form.text = StringField("Your answer", validators=[
            InputRequired("Type an answer."), Length(max=MAX_TEXT)])
    elif kind == "order":
        for place in range(count):
            setattr(Form, f"place_{place}", _one_of(indexes, f"Choose an item for place {place + 1}."))
    return Form


def answer_form(view: play.QuestionView) -> AnswerForm:
    """The submitted answer, bound to the request's form data, ready to validate."""
    return answer_form_class(view.type, len(view.options))(request.form)


@dataclass(frozen=True)
class AnswerInputs:
    """What the question page's form shows, for markup written in the template.

    The page prints its inputs itself instead of through WTForms widgets, which cost more
    than the rest of the page together; the names, ids and values are those the answer
    form validates. After a refused answer it also holds what the player had picked or
    typed, and the errors.
    """

    name: str  # the answer's field: choice, picks, truth or text (order: place_N)
    options: tuple[tuple[str, str], ...]  # (value, label) in the shown order
    chosen: frozenset[str] = frozenset()  # the values picked (choice, multi, truefalse)
    text: str = ""  # the text typed
    placed: tuple[str, ...] = ()  # order: the value chosen for each place
    errors: dict = field(default_factory=dict)  # field name -> messages
    form_errors: tuple[str, ...] = ()  # the form's own, not tied to one field

    @property
    def labelled(self):
        """Choice, multi and true/false: (value, label, the input's id) per option, the ids
        made once per field and count rather than by a loop counter in the template."""
        ids = _option_ids(self.name, len(self.options))
        return [(value, label, id_) for (value, label), id_ in zip(self.options, ids, strict=True)]

    def places(self):
        """Order questions: (field name, label, the value chosen) for each place."""
        for place in range(len(self.options)):
            chosen = self.placed[place] if place < len(self.placed) else ""
            yield f"place_{place}", f"Place {place + 1}", chosen


@functools.lru_cache(maxsize=64)
def _option_ids(name: str, count: int) -> tuple[str, ...]:
    return tuple(f"{name}-{i}" for i in range(count))


def answer_inputs(view: play.QuestionView, form: AnswerForm | None = None) -> AnswerInputs:
    if view.type == "truefalse":
        shown = TRUTH_OPTIONS
    else:
        shown = tuple((str(i), text) for i, text in enumerate(view.options))
    name = ANSWER_FIELD.get(view.type, "")
    if form is None:
        return AnswerInputs(name, shown)
    data = {bound.name: bound.data for bound in form}
    picked = data.get(name)
    errors = {bound.name: list(bound.errors) for bound in form if bound.errors}
    return AnswerInputs(
        name, shown,
        chosen=frozenset(picked if isinstance(picked, list) else [picked] if picked else []),
        text=data.get("text") or "",
        placed=tuple(data.get(f"place_{place}") or "" for place in range(len(view.options))),
        errors=errors,
        form_errors=tuple(form.form_errors),
    )


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
