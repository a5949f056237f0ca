"""Sources named by the page: only a medium someone could quote is offered or accepted
(blind review 7: 'newsdesk' from the source line '/newsdesk/PA' was an option)."""

from __future__ import annotations

import pytest

from quizgen.generate import media
from quizgen.generate.media_sources import _medium
from tests.test_media import build, by

EN_FERRY = """Ferry runs aground

A ferry ran aground off Port Ellis on Sunday. Captain Ann Reid told the Harbour Times that \
the rudder had failed. All 212 passengers were brought ashore by lifeboats.

/newsdesk/PA
"""


@pytest.mark.parametrize("name,ok", [
    ("newsdesk", False), ("Redaktion", False), ("staff", False),
    ("PA", True), ("dpa", True), ("news.de", True), ("Harbour Times", True),
])
def test_a_desk_is_no_medium(name, ok):
    assert _medium(name) is ok


def test_the_source_line_gives_no_desk_as_option_or_answer():
    an = build(EN_FERRY, {"Ann Reid": {"role": "Captain"}}, [], [])
    an.article.source = an.article.source or "newsdesk/PA"
    qs = by(media.generate(an), "source")
    options = [o for q in qs for o in q.options]
    accepted = [a for q in qs for a in q.accepted_answers]
    assert "newsdesk" not in [*options, *accepted]
    line = [q for q in qs if q.type == "short_answer"]
    assert not line or "PA" in line[0].accepted_answers
