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


def test_a_hedge_the_same_paragraph_exposes_as_a_deception_is_not_asked_de():
    """'Am Apparat war angeblich ein Kriminalkommissar ... flog der Schwindel auf': the
    article refutes the hedged report, so 'nur als unbestätigte Angabe' would be a wrong key
    (blind review 8); a hedge nothing refutes is still asked."""
    from quizgen.generate import media
    from quizgen.pipeline import analyze, load_article

    def hedge_items(text: str) -> list[str]:
        qs = media.generate(analyze(load_article("Betrug in Lindau\n\n" + text)))
        return [q.prompt for q in qs if q.skill == "evidence" and "angeblich" in q.prompt]

    assert not hedge_items(
        "Am Dienstag rief ein Mann eine Rentnerin in Lindau an. Am Apparat war angeblich ein "
        "Kriminalkommissar, der Geld verlangte. Die Frau zahlte 20.000 Euro. Erst am Abend "
        "flog der Schwindel auf.")
    assert hedge_items(
        "Am Dienstag brannte in Lindau eine Scheune. Das Feuer soll angeblich von Kindern "
        "gelegt worden sein. Die Polizei ermittelt. Der Schaden liegt bei 20.000 Euro.")
