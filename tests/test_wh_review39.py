"""German what-questions (review 39), on invented text: a hedge before the object goes with
the key ('Was macht Ingrid Sauter ... an dem Wochenende rund?' left 'rund' behind)."""

from __future__ import annotations

from quizgen.generate import wh
from quizgen.pipeline import analyze, load_article

HEDGE = """Sorge um das Stadtfest

Die Stadt will das Stadtfest kürzen. Jana Koller, die am Rathausplatz eine Bäckerei betreibt, \
macht nach eigenen Angaben an dem Festwochenende rund ein Zehntel ihres Jahresumsatzes. Sie ist \
besorgt.
"""


def test_hedge_stays_with_the_key() -> None:
    qs = [q for q in wh.generate(analyze(load_article(HEDGE))) if "Koller" in q.prompt and
          q.prompt.startswith("Was macht")]
    assert qs, qs
    for q in qs:
        assert not q.prompt.endswith("rund?"), q.prompt
        assert q.answer.startswith("rund ein Zehntel"), q.answer


INVITED = """Streit um den Spielplatz

Der Spielplatz an der Lindenstraße bleibt seit dem 4. März gesperrt. Der Elternbeirat hat für \
Dienstag, 16. März, zu einer Versammlung in die Turnhalle der Grundschule eingeladen. Am \
Donnerstag, 11. März, hatte die Stadt den Plan vorgestellt.
"""


def test_fuer_a_date_asks_fuer_wann_and_no_option_repeats_fuer() -> None:
    # review 37 de_containerschule #5: 'Wann hat ... eingeladen? -> für Montag, 22. März'
    qs = [q for q in wh.generate(analyze(load_article(INVITED))) if "eingeladen" in q.prompt]
    assert qs, qs
    for q in qs:
        assert q.prompt.startswith("Für wann "), q.prompt
        assert q.answer == "Dienstag, 16. März", q.answer
        assert not any(o.startswith("für") for o in q.options), q.options
    assert any("für Dienstag, 16. März" in q.accepted_answers for q in qs)


ORDINAL = """Neue Fenster für die Kapelle

Die Gemeinde will neue Fenster einbauen. Zustimmen muss allerdings noch die Denkmalbehörde der \
Stadt, weil die Kapelle aus dem 15. Jahrhundert unter Denkmalschutz steht.
"""


def test_why_key_keeps_the_ordinal_dot() -> None:
    # review 37 de_kirchenfenster #9: 'aus dem 14 Jahrhundert'
    qs = [q for q in wh.generate(analyze(load_article(ORDINAL))) if q.skill == "why"]
    assert qs, qs
    assert all("15. Jahrhundert" in q.answer and q.answer.endswith("steht") for q in qs), \
        [q.answer for q in qs]
