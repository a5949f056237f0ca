"""Blind review 51 (comprehension): a role keeps the 'former' before it. Invented text."""

from __future__ import annotations

from .helpers import analysed


def _roles(text: str, language: str = "en") -> dict[str, str | None]:
    return {e.name: e.role for e in analysed(text, language).entities if e.label == "PER"}


def test_former_stays_with_the_role():
    # review 51 en_escape_room #3: 'former prison officer Gareth Hughes' -> 'prison officer'
    roles = _roles("The café was set up by former police officer Dean Walsh and his sister "
                   "Kate, who bought the old station last year. Councillor Ruth Gale said the "
                   "committee would meet in May.")
    assert roles.get("Dean Walsh") == "former police officer", roles
    assert (roles.get("Ruth Gale") or "").lower() == "councillor", roles
