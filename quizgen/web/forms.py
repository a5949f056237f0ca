"""WTForms forms: validation and CSRF in one place; labels are translated lazily."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileAllowed, FileField
from wtforms import (
    BooleanField,
    EmailField,
    IntegerField,
    PasswordField,
    RadioField,
    SelectMultipleField,
    StringField,
    TextAreaField,
)
from wtforms.validators import EqualTo, InputRequired, Length, NumberRange, Optional
from wtforms.widgets import CheckboxInput, ListWidget

from quizgen.model import FAMILIES, TYPES
from quizgen.web.render import DIFFICULTY_LABELS, FAMILY_LABELS, TYPE_LABELS

try:  # WTForms >= 3.3 wants SelectChoice objects; plain tuples are deprecated there
    from wtforms.fields.choices import SelectChoice
except ImportError:  # pragma: no cover - older WTForms
    SelectChoice = None


def choices(pairs) -> list:
    """(value, label) pairs in the form the installed WTForms expects."""
    pairs = list(pairs)
    if SelectChoice is None:
        return pairs
    return [SelectChoice(value, label) for value, label in pairs]


class MultiCheckboxField(SelectMultipleField):
    """Checkboxes instead of a multi-select: easier on phones and with a keyboard."""

    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


class SignupForm(FlaskForm):
    email = EmailField(_l("Email address"), validators=[InputRequired(), Length(max=254)])
    password = PasswordField(_l("Password (at least 8 characters)"),
                             validators=[InputRequired(), Length(min=8, max=200)])
    confirm = PasswordField(_l("Repeat password"), validators=[
        InputRequired(), EqualTo("password", message=_l("The passwords do not match."))])


class LoginForm(FlaskForm):
    email = EmailField(_l("Email address"), validators=[InputRequired(), Length(max=254)])
    password = PasswordField(_l("Password"), validators=[InputRequired(), Length(max=200)])
    remember = BooleanField(_l("Stay signed in on this device"))


class NewSetForm(FlaskForm):
    title = StringField(_l("Title (optional)"), validators=[Optional(), Length(max=300)])
    text = TextAreaField(_l("Article text"), validators=[Optional()])
    upload = FileField(_l("… or upload a .txt or .html file"), validators=[
        FileAllowed(["txt", "html", "htm"], _l("Please upload a .txt or .html file."))])
    count = IntegerField(_l("Number of questions"), default=10,
                         validators=[InputRequired(), NumberRange(min=1, max=50)])
    families = MultiCheckboxField(_l("Question families"),
                                  choices=choices((f, FAMILY_LABELS[f]) for f in FAMILIES),
                                  default=list(FAMILIES))
    types = MultiCheckboxField(_l("Question types"),
                               choices=choices((t, TYPE_LABELS[t]) for t in TYPES),
                               default=[t for t in TYPES if t != "open"])
    difficulty = MultiCheckboxField(_l("Difficulty"),
                                    choices=choices((str(k), v)
                                                    for k, v in DIFFICULTY_LABELS.items()),
                                    default=["1", "2", "3"])


class ImportForm(FlaskForm):
    upload = FileField(_l("Question-set file (.json)"), validators=[
        InputRequired(), FileAllowed(["json"], _l("Please upload a .json file."))])


class PublishForm(FlaskForm):
    feedback_mode = RadioField(_l("Feedback"), default="immediate", choices=choices([
        ("immediate", _l("after each question (right or wrong, explanation, evidence)")),
        ("end", _l("at the end, when all questions are answered")),
    ]))
    show_article = BooleanField(_l("Students can read the article during the quiz"),
                                default=True)


class JoinForm(FlaskForm):
    code = StringField(_l("Join code"), validators=[InputRequired(), Length(max=16)])
    nickname = StringField(_l("Your nickname"), validators=[InputRequired(), Length(max=40)])
