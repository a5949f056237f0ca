"""'Who says what?' matching: the statements are of one form (blind review 12: de_viertage-
woche, de_tigermuecke and en_sinkhole mixed 'erklärte am Mittwoch, ...' with bare
statements), never a narrative sentence the article does not give to the speaker, never one
that opens with an unresolved 'Its'/'Sie'. Articles invented."""

from __future__ import annotations

from quizgen.generate import media_sources
from quizgen.generate.media_text import claims
from quizgen.pipeline import analyze, load_article

DE = """Streit um die Kornauer Stadthalle

Die Stadthalle in Kornau bleibt bis zum Sommer geschlossen. Bürgermeisterin Anna Roth hat \
die Schließung am Montag bekannt gegeben. Die Reparatur des Daches koste rund 400.000 Euro. \
Die Vereine sollen in dieser Zeit die Turnhalle der Grundschule nutzen. Der Kassenwart Uwe \
Brandt sagte, die Vereinskasse reiche noch für zwei Monate. Das könne aber höchstens bis zum \
Sommer so weitergehen.

Der Vorsitzende des Sportvereins, Jan Weller, erklärte am Dienstag, die Turnhalle sei "viel \
zu klein für unsere Spiele". Die Architektin Petra Lang sagte dem Kornauer Boten, das Dach \
hätte schon vor Jahren saniert werden müssen. Der Hausmeister Tim Berg betonte, er habe die \
Stadt mehrfach auf die Schäden hingewiesen.
"""

EN = """Row over Tarnby town hall

Tarnby town hall will stay closed until the summer. Council leader Anna Roth announced the \
closure on Monday. She said the roof repairs would cost about £400,000.

Sports club chair Jan Weller said on Tuesday that the school gym was "far too small for our \
matches". Architect Petra Lang told the Tarnby Herald that the roof should have been \
repaired years ago. Some residents claim the roof was never inspected. There is no evidence \
for this, and caretaker Tim Berg said its gutters had been cleared in September.
"""


def _matching(text: str):
    a = analyze(load_article(text))
    return [q for q in media_sources.generate(a, claims(a)) if q.type == "matching"]


def _one_form(options: list[str]) -> bool:
    """All parts begin alike: all with the say-verb ('erklärte am Dienstag, ...'), or all
    bare statements (a capital or a quotation mark first)."""
    lower = [o[:1].islower() for o in options]
    return all(lower) or not any(lower)


def test_matching_parts_are_one_form_de():
    [q] = _matching(DE)
    assert _one_form(q.options), q.options
    # 'Die Vereine sollen ... nutzen' is the article's own report, not the mayor's words;
    # 'Das könne ...' leaves open what
    assert not any("Vereine sollen" in o or o.startswith("Das könne") for o in q.options), \
        q.options


def test_matching_parts_are_one_form_en():
    [q] = _matching(EN)
    assert _one_form(q.options), q.options
    assert not any(o.startswith("Its ") for o in q.options), q.options
