"""A reason phrase keeps the prepositional phrase that hangs on its noun (fresh batch 14:
'Warum bleibt die Eissporthalle am Lindenhof an der Kälteanlage bis mindestens Februar
geschlossen? -> wegen eines Defekts' split 'wegen eines Defekts an der Kälteanlage')."""

from __future__ import annotations

from quizgen.generate import wh
from quizgen.pipeline import analyze, load_article

TEXT = """Halle bleibt zu

Die Eissporthalle am Rosenhof bleibt wegen eines Defekts an der Kälteanlage bis mindestens \
März geschlossen. Der Verein muss nun woanders spielen.

Die Stadt prüft eine Reparatur. Der Schaden ist groß.
"""


def test_reason_keeps_its_pp_and_the_date_stays_in_the_prompt() -> None:
    qs = [q for q in wh.generate(analyze(load_article(TEXT))) if q.skill == "why"]
    assert qs
    q = qs[0]
    assert q.answer == "wegen eines Defekts an der Kälteanlage", q.answer
    assert "Kälteanlage" not in q.prompt and "bis mindestens März" in q.prompt, q.prompt
