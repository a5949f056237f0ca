"""Blind reviews 24 and 25, role questions: a role the text writes with a possessive
("Pryce's solicitor") is keyed so, not as 'solicitor of Pryce'. Invented text."""

from __future__ import annotations

from quizgen.generate import vocabulary

from .helpers import analysed


def _roles(text: str, language: str = "en") -> dict[str, str]:
    return {q.prompt: q.answer for q in vocabulary.generate(analysed(text, language))
            if q.skill == "role" and q.type == "short_answer"}


def test_possessive_role_keyed_as_written():
    roles = _roles("Daniel Pryce, 52, of Hollins Lane, admitted taking the coins from the "
                   "field. Pryce's solicitor, Margaret Ellery, said her client had not known "
                   "that the land was protected. The judge adjourned the case until March.")
    keys = [k for p, k in roles.items() if "Margaret Ellery" in p]
    assert keys, roles
    assert all(" of Pryce" not in k for k in keys), roles
