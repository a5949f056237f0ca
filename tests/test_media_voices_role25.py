"""The voices note prints a role that is a relative clause after a comma, as the article has
it ('Daniel Reyes, who has lived on the street for 22 years'), not in brackets as if it were a
job (quick reading 25, en_trees). Articles invented."""

from __future__ import annotations

from quizgen.generate import media_discussion
from quizgen.generate.media_text import claims
from quizgen.pipeline import analyze, load_article

EN = """Row over Elm Road car park

Elm Road car park in Talby is to close at the end of March, the council has confirmed.

Mary Holt, who has lived on Elm Road for 30 years, told the Talby Herald that older people \
would struggle to reach the shops. Council leader Peter Kent said the site was needed for \
new homes. "We have no other land in the town centre," he said.
"""

DE = """Streit um den Parkplatz an der Ulmenstraße

Der Parkplatz an der Ulmenstraße in Talheim wird Ende März geschlossen. Das hat der \
Gemeinderat beschlossen.

Maria Holt, die seit 30 Jahren an der Ulmenstraße wohnt, sagte der Talheimer Zeitung, ältere \
Menschen kämen dann kaum noch zum Einkaufen. Bürgermeister Peter Kant sagte, die Fläche werde \
für Wohnungen gebraucht. "Wir haben im Zentrum keine andere Fläche", sagte er.
"""


def _note(text: str) -> str:
    a = analyze(load_article(text))
    qs = [q for q in media_discussion.generate(a, claims(a)) if q.type == "open"
          and ("Zu Wort kommen" in str(q.answer) or "Quoted are" in str(q.answer))]
    assert qs
    return str(qs[0].answer)


def test_relative_role_after_a_comma_en():
    note = _note(EN)
    assert "(who " not in note, note
    assert "Mary Holt, who has lived on Elm Road for 30 years" in note, note


def test_relative_role_after_a_comma_de():
    note = _note(DE)
    assert "(die " not in note, note
