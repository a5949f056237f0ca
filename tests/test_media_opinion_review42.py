"""mediaA fixes of blind reviews 40-42 (round 1 of 2026-11-28): the writer's opinion sentence
is found behind a relative clause's 'asks', a dass-clause with an infinitive, and before a
service line; an instruction to readers is no opinion. Sentences invented."""

from __future__ import annotations

from quizgen.generate.media_opinion import writers_opinion
from quizgen.pipeline import analyze, load_article

EN_RELATIVE_ASKS = """By Sam Hale | Monday 3 May 2027, 10:00 BST

Councillors vote themselves 12% pay rise

Councillors in Northby have voted to raise their own allowances by 12%, a month after \
agreeing to shut the town's two youth clubs.

The rise, approved by 30 votes to 21 on Thursday, takes the basic allowance from about \
£8,000 to just under £9,000 a year.

Council leader Anna Reid said many councillors gave up more than 15 hours a week to \
council work. "Nobody does this for the money," she said.

About 30 young people gathered outside the town hall before the meeting.

Whatever the arguments about pay, a council that asks teenagers to give up their clubs \
should have had the decency to wait.

Read more: Youth clubs to close by summer
"""

DE_DASS_UM_ZU = """Von Anna Berg | Montag, 3. Mai 2027, 10:00 Uhr

Stadt saniert altes Hallenbad

Der Stadtrat von Kirchtal hat beschlossen, das Hallenbad am Ring für rund vier Millionen \
Euro zu sanieren. Das Bad war im Januar wegen Schäden am Dach geschlossen worden.

Mit 21 zu 9 Stimmen fiel die Entscheidung am Mittwochabend. Die Arbeiten sollen im \
Herbst beginnen und etwa ein Jahr dauern.

Schwimmvereine und Schulen müssen bis dahin in das Bad der Nachbarstadt ausweichen. Der \
Vorsitzende des Schwimmvereins, Peter Lang, sagte, die Busfahrten kosteten den Verein \
viel Geld.

Dass die Stadt fast zehn Jahre gebraucht hat, um das marode Dach zu prüfen, ist \
allerdings kein Ruhmesblatt für die Verwaltung.

Mehr zum Thema: Diese Bäder in der Region sind geschlossen
"""

DE_SERVICE_LAST = """Von Anna Berg | Montag, 3. Mai 2027, 10:00 Uhr

Seltener Käfer im Stadtwald entdeckt – Wege gesperrt

Im Stadtwald von Kirchtal haben Forscher den seltenen Eremiten entdeckt, einen \
geschützten Käfer. Die Stadt hat zwei Wanderwege gesperrt.

Gefunden wurden die Tiere am 4. April in einer alten Eiche. Der Förster Jan Wolf sagte, \
der Baum sei mehr als 200 Jahre alt. Die Wege sollen bis Ende Juni gesperrt bleiben.

Viele Spaziergänger ärgern sich über die Umwege. Die Stadt bittet um Verständnis.

Die Sperrung ist richtig, auch wenn sie vielen Spaziergängern den Spaziergang verdirbt: \
Der Schutz der Käfer geht hier vor.

Wer weitere Käfer findet, soll sie nicht anfassen, sondern fotografieren und dem \
Forstamt melden.

Mehr zum Thema: Seltene Tiere in der Region
"""


def _writers(text: str) -> list[str]:
    a = analyze(load_article(text))
    from quizgen.generate.media import generate

    return [a.sentences[i].text for q in generate(a) if (i := writers_opinion(q)) is not None]


def test_the_writers_verdict_after_a_relative_asks_is_asked_en():
    # 'a council that asks teenagers to ...' is no advice passed on
    assert any("should have had the decency" in s for s in _writers(EN_RELATIVE_ASKS))


def test_the_writers_verdict_on_a_dass_clause_with_an_infinitive_is_asked_de():
    assert any("kein Ruhmesblatt" in s for s in _writers(DE_DASS_UM_ZU))


def test_no_number_cloze_on_the_writers_verdict_de():
    a = analyze(load_article(DE_DASS_UM_ZU))
    from quizgen.pipeline import generate as generate_set

    qs = generate_set(a).questions
    assert not any(q.family == "comprehension" and any("Ruhmesblatt" in e.text
                                                       for e in q.evidence) for q in qs)


def test_an_instruction_to_readers_is_no_opinion_and_the_verdict_before_it_is_asked_de():
    found = _writers(DE_SERVICE_LAST)
    assert not any(s.startswith("Wer weitere Käfer") for s in found), found
    assert any(s.startswith("Die Sperrung ist richtig") for s in found), found


DE_ORDINAL = """Alte Brücke entdeckt

Bei Bauarbeiten in Neudorf ist ein Rest der alten Steinbrücke aufgetaucht. Inzwischen steht \
fest, dass es sich um einen etwa 30 Meter langen Teil der Brücke handelt, die Neudorf seit dem \
15. Jahrhundert mit dem Umland verband.
"""


def test_a_fact_names_the_ordinal_date_whole_and_figures_before_a_place_de():
    from quizgen.generate.media_opinion import _anchors

    a = analyze(load_article(DE_ORDINAL))
    s = next(s for s in a.sentences if "30 Meter" in s.text)
    anchors = _anchors(a, s)
    assert "15. Jahrhundert" in anchors and "15" not in anchors, anchors
    assert anchors[0] == "etwa 30 Meter" and "Neudorf" not in anchors[:2], anchors


def test_the_verdict_before_a_service_line_is_not_called_the_last_paragraph_de():
    from quizgen.generate.media import generate

    a = analyze(load_article(DE_SERVICE_LAST))
    expl = [q.explanation for q in generate(a) if writers_opinion(q) is not None
            and a.sentences[writers_opinion(q)].text.startswith("Die Sperrung ist richtig")]
    assert expl and all("letzten Absatz" not in e and "Ende des Artikels" in e
                        for e in expl), expl
