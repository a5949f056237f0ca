"""Sources and discussion: fixes of blind reviews 49-51 (mediaB, round of 2026-11-28
13:30). Sentences invented."""

from __future__ import annotations

from quizgen.generate import media_discussion as md
from quizgen.generate.media_text import claims
from quizgen.pipeline import analyze, load_article

KLEINGARTEN_DE = """Von Eva Berg | Montag, 7. Dezember 2026, 09:00 Uhr

Streit um die Kleingärten am Bahndamm in Kaltenbrunn

Die Stadt will auf dem Gelände der Kleingärten Wohnungen bauen. Viele Pächter sind dagegen.

Bürgermeister Jonas Wolf sagte, die Stadt brauche dringend Bauland.

Der Gartenbauverein Kaltenbrunn kündigte Widerstand an. Die Vorsitzende Petra Adler erklärte, \
viele Familien bewirtschafteten ihre Parzelle seit Jahrzehnten.

Ganz anders sieht das die Initiative „Wohnen für alle“, die seit Monaten Unterschriften \
sammelt. Ihr Sprecher Tim Roth sagte, die Stadt müsse an junge Familien denken.

Der Stadtrat entscheidet im März.
"""


def _voices_answer(text: str) -> str:
    a = analyze(load_article(text))
    qs = [q for q in md.generate(a, claims(a)) if q.type == "open" and "Wort" in q.prompt]
    assert qs, [q.prompt for q in md.generate(a, claims(a))]
    return qs[0].answer


def test_a_chair_of_the_club_named_in_the_sentence_before():
    # 'Der Tierschutzverein Wehrstedt kündigte Widerstand an. Die Vorsitzende Anja Petersen
    # erklärte ...' listed as '(Vorsitzende)' of nothing (blind reviews 49 de_nutria, 51
    # de_giftkoeder); 'Ganz anders sieht das die Bürgerinitiative „Unser Markt“ ... Ihr
    # Sprecher Walter Dierks' as '(Sprecher)' (blind review 50 de_skulptur)
    answer = _voices_answer(KLEINGARTEN_DE)
    assert "Petra Adler (Vorsitzende des Gartenbauvereins Kaltenbrunn)" in answer, answer
    assert "Tim Roth (Sprecher der Initiative „Wohnen für alle“)" in answer, answer


HALL_EN = """By Jo Hale | Monday 7 December 2026, 09:00 GMT

Village hall to be sold

The village hall in Dunmere may be sold to pay for a new roof on the church.

The Dunmere Hall Trust, which has run the hall since 1921, wrote to users last week. Its \
treasurer, retired banker Mark Bentley, said the repairs would cost at least £200,000.

The district council's leader, Green councillor Ruth Hale, said the council could not help. \
Playgroup leader Anna Kerr said the children had nowhere else to go.

Parish councillor Tom Reed said he would ask the bishop for a meeting.
"""


def _voices_en(text: str) -> str:
    a = analyze(load_article(text))
    qs = [q for q in md.generate(a, claims(a)) if q.type == "open" and "speak" in q.prompt]
    assert qs, [q.prompt for q in md.generate(a, claims(a))]
    return qs[0].answer


def test_an_office_before_a_title_is_the_role():
    # 'Its chairman, retired solicitor Graham Pell' listed as '(retired solicitor)', 'The
    # council's leader, Liberal Democrat Fiona Straker' as '(Liberal Democrat)' (blind review
    # 50 en_almshouses, en_ward_boundaries)
    answer = _voices_en(HALL_EN)
    assert "Mark Bentley (treasurer of the Dunmere Hall Trust, retired banker)" in answer, answer
    assert "Ruth Hale (leader of the district council, Green councillor)" in answer, answer


SIEDLUNG_DE = """Von Eva Berg | Montag, 7. Dezember 2026, 09:00 Uhr

Streit um Parkplätze in Kaltenbrunn

Die Stadt will in der Altstadt 80 Parkplätze streichen.

Bürgermeister Jonas Wolf sagte, die Gassen seien zu eng für Autos.

Besonders empört zeigt sich der Verein Haus & Grund Kaltenbrunn. Vorsitzender Karl Betz sagte, \
die Mieter verlören ihre Stellplätze.

Händlerin Petra Adler erklärte, ihre Kunden kämen mit dem Auto.
"""


def test_a_club_name_joined_by_an_ampersand_is_left_out_not_cut():
    # 'Der Verein Haus & Grund Lindenfeld ... Vorsitzender Klaus Brandt' gave 'Vorsitzender des
    # Vereins Haus' in this round's first try (blind28 de_grundsteuer)
    answer = _voices_answer(SIEDLUNG_DE)
    assert "Karl Betz (Vorsitzender des Vereins)" in answer, answer


SCHOOL_EN = """By Jo Hale | Monday 7 December 2026, 09:00 GMT

Teachers sent to Dunmere school

Two teachers from a sister school will help out at Dunmere Academy from January.

The Northfield Trust runs both schools. The trust's chief executive, Dr Mia Cole, said the \
teachers would stay for as long as they were needed.

Parent Sam Pike said the pupils had waited too long. Councillor Tom Reed said he was pleased.
"""


def test_an_honorific_after_the_office_is_no_title():
    # 'The trust's chief executive, Dr Helen Osei' gave '(chief executive of the trust, Dr)' in
    # this round's first try (judged16 en_supply_teachers)
    answer = _voices_en(SCHOOL_EN)
    assert "Mia Cole (chief executive of the trust)" in answer, answer
