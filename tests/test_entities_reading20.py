"""Quick reading 20, on invented text: an English role before a title and a name is the role
without the title ('Licensing committee chair Councillor Mark Hensley' -> 'licensing committee
chair'); a bare title before the name stays what it was."""

from __future__ import annotations

from quizgen.pipeline import analyze, load_article

EN = """Bus fares to rise

Bus fares in Kelby will rise by 10p in January. Transport committee chair Councillor Ruth \
Adeyemi said the rise was fair. Councillor Tom Baines said he would vote against it.
"""


def _roles() -> dict[str, str | None]:
    return {e.name: e.role for e in analyze(load_article(EN)).entities if e.label == "PER"}


def test_the_title_before_the_name_is_not_part_of_the_role() -> None:
    roles = _roles()
    assert roles.get("Ruth Adeyemi") == "transport committee chair", roles


def test_a_bare_title_stays_the_role() -> None:
    roles = _roles()
    assert (roles.get("Tom Baines") or "").lower() == "councillor", roles
