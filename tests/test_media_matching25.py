"""'Wer sagt was?' prints each statement itself (quick reading 25, de_bibliothek: the right
column held 'wies das zurück: Keine Stelle werde gestrichen, versicherte er in der Sitzung'
and 'sagte dem Lindenauer Boten, ...'): a trailing 'versicherte er in der Sitzung' is no part
of the statement, and a reported 'dass' clause is put as a statement of its own ('Die Stadt
wolle ... einsparen.'). Articles invented."""

from __future__ import annotations

from quizgen.generate import media_sources
from quizgen.generate.media_text import claims
from quizgen.pipeline import analyze, load_article

DE = """Streit um das Hallenbad in Birkenau

Das Hallenbad in Birkenau soll im Winter nur noch an drei Tagen geöffnet sein. Das hat der \
Sportausschuss am Dienstag beschlossen.

Bademeisterin Karin Vogt sagte der Birkenauer Rundschau, viele Familien kämen vor allem am \
Wochenende. Der Vereinsvorsitzende Peter Sommer befürchtet, dass die Gemeinde das Bad bald \
ganz schließen wolle. Bürgermeister Martin Kessler wies das zurück: Das Bad bleibe erhalten, \
versicherte er in der Gemeinderatssitzung. Einen Beschluss dazu gibt es noch nicht.
"""



def _matching(text: str):
    a = analyze(load_article(text))
    return [q for q in media_sources.generate(a, claims(a)) if q.type == "matching"]


def test_matching_prints_the_statements_de():
    [q] = _matching(DE)
    pairs = dict(q.pairs)
    assert pairs["Martin Kessler"] == "Das Bad bleibe erhalten.", q.pairs
    assert pairs["Peter Sommer"] == "Die Gemeinde wolle das Bad bald ganz schließen.", q.pairs
    assert pairs["Karin Vogt"].startswith("Viele Familien kämen"), q.pairs
    assert not any("versicherte" in o or "Rundschau" in o for o in q.options), q.options



DE_WISH = """Streit um den Schulhund in Talheim

Der Schulhund der Grundschule Talheim darf vorerst nicht mehr in die Klassen. Schulleiterin \
Nina Berger sagte, der Hund bleibe bis zu einer Entscheidung zu Hause. Die Mutter Eva Krämer \
fordert, dass der Hund die Schule nicht mehr betritt. Der Elternsprecher Rolf Haas erklärte, \
viele Kinder vermissten das Tier. Die Tierärztin Jana Moll betonte, der Hund sei ruhig und gut \
erzogen.
"""


def test_matching_turns_no_demand_into_a_statement():
    # 'fordert, dass der Hund die Schule nicht mehr betritt' is no statement that he does not
    [q] = _matching(DE_WISH)
    assert not any(o.startswith("Der Hund betritt") for o in q.options), q.options
