"""Cloze screens round 1 of this session narrowed too far (code review of cfa3f8a). Invented
text.

- 'Nach den am ____ vom Landesamt veröffentlichten Daten', '... am ____ erschienenen Zahlen':
  the day figures came out is their source, not a fact to learn; the narrowed screen only took
  one of five participles right after the date.
- '3 hours and ____ mins': the tail of a time is no gap; the 'smaller unit' test missed the
  abbreviated unit.

Blind reviews 130-133:
- 130 de_drohnen #5 (F): 'von der Landwirtschaftskammer ____' - Rheinland-Pfalz: a place
  inside an institution's name.
- 130 en_cider_orchard #5 (F): 'Westbrook Homes, based in ____, has confirmed ...': where a
  firm has its office is a side detail.
- 132 de_milchviehbetrieb #3 (F): 'Seit 1961 liefert die Familie ihre Milch nach ____': which
  family? #5 (F): 'oft von ____ Generationen gemeinsam' - zwei: guessed without reading.
"""

from __future__ import annotations

from quizgen.generate import cloze

from .helpers import analysed


def _gapped(text: str, language: str) -> list[tuple[str, str]]:
    return [(q.prompt, q.answer) for q in cloze.generate(analysed(text, language))
            if q.score >= 0.35]


def test_the_day_figures_came_out_with_an_agent_between_is_no_gap():
    text = ("Die Zahl der Wohnungsbrände im Landkreis Seedorf ist gestiegen. Nach den am 3. März "
            "vom Landesamt veröffentlichten Daten gab es 85 Brände. Die Feuerwehr will mehr "
            "Rauchmelder verteilen.")
    gaps = _gapped(text, "de")
    assert not any(a == "3. März" for _, a in gaps), gaps
    assert any(a == "85" for _, a in gaps), gaps


def test_the_day_figures_appeared_is_no_gap():
    text = ("Die Zahl der Wohnungsbrände im Landkreis Seedorf ist gestiegen. Nach den am 3. März "
            "erschienenen Zahlen des Landesamts gab es 85 Brände. Die Feuerwehr will mehr "
            "Rauchmelder verteilen.")
    gaps = _gapped(text, "de")
    assert not any(a == "3. März" for _, a in gaps), gaps


def test_the_day_of_a_decision_after_nach_is_still_a_gap():
    text = ("Die Brücke über die Seeve bleibt weiter gesperrt. Nach der am 3. März vom Kreistag "
            "beschlossenen Sperrung müssen Pendler einen Umweg fahren. Die Arbeiten dauern bis "
            "Mai.")
    gaps = _gapped(text, "de")
    assert any(a == "3. März" for _, a in gaps), gaps


def test_the_minutes_of_an_abbreviated_time_are_no_gap():
    text = ("The Harwood cycle sportive was held in strong wind on Saturday. Amy Price finished "
            "the course in 3 hours and 42 mins. About 800 riders took part.")
    gaps = _gapped(text, "en")
    assert not any(a == "42" for _, a in gaps), gaps
    assert any(a == "800" for _, a in gaps), gaps


def test_the_town_a_firm_is_based_in_is_no_gap():
    text = ("Campaigners in Ashwell want to buy the old orchard. Westbrook Homes, based in "
            "Worcester, has confirmed that it has made an offer for the land. The firm wants "
            "to build 40 homes.")
    gaps = _gapped(text, "en")
    assert not any(a == "Worcester" for _, a in gaps), gaps
    assert any(a == "Westbrook Homes" for _, a in gaps), gaps


def test_the_state_of_a_chamber_is_no_gap():
    text = ("Sieben Weingüter wollen im Frühjahr Drohnen einsetzen. Genehmigt werden muss der "
            "Einsatz von der Landwirtschaftskammer Rheinland-Pfalz. Eine Entscheidung soll im "
            "April fallen.")
    gaps = _gapped(text, "de")
    assert not any(a == "Rheinland-Pfalz" for _, a in gaps), gaps


def test_an_unnamed_family_is_no_gap():
    text = ("Für Christine Wagner kam der Brief kurz nach Weihnachten. Die Molkerei kündigte "
            "den Vertrag mit ihrem Hof in Oberhaslach. Seit 1961 liefert die Familie ihre Milch "
            "nach Sankt Alban, heute stehen rund 45 Kühe im Stall.")
    gaps = _gapped(text, "de")
    assert not any("liefert die Familie" in p for p, _ in gaps), gaps


def test_a_named_family_is_still_a_gap():
    text = ("In Oberhaslach schließt ein weiterer Hof. Die Familie Wagner hält rund 45 Kühe im "
            "Stall. Die Molkerei hat den Vertrag gekündigt.")
    gaps = _gapped(text, "de")
    assert any(a == "45" for _, a in gaps), gaps


def test_two_generations_is_no_gap():
    text = ("Im Landkreis gibt es noch 80 Milchviehbetriebe. Viele Höfe werden im Nebenerwerb "
            "geführt, oft von zwei Generationen gemeinsam. Der Bauernverband fordert Hilfe.")
    gaps = _gapped(text, "de")
    assert not any(a == "zwei" for _, a in gaps), gaps
    assert any(a == "80" for _, a in gaps), gaps


def test_a_family_as_an_object_is_still_a_gap():
    text = ("The Pengelly boatyard has been sold. Industry sources put the price at around "
            "£2 million, to be paid to the family over ten years. The new owners start in May.")
    gaps = _gapped(text, "en")
    assert any(a == "2 million" for _, a in gaps), gaps
