"""Comprehension faults of blind reviews 94-97, each a general rule tested on invented text
(comp9, session of 2026-11-29, round 2)."""

from quizgen.pipeline import analyze, load_article
from quizgen.select import candidates


def _analysed(text: str):
    return analyze(load_article(text))


def _of(text: str, kind: str) -> list:
    return [q for q in candidates(_analysed(text)) if kind in (q.type, q.skill)]


def _prompts(text: str) -> list[str]:
    return [q.prompt for q in candidates(_analysed(text))]


CINEMA = """Von Jana Keller | Donnerstag, 26. November 2026, 09:30 Uhr

Kino in Kleinfeld schließt: Tonanlage defekt

Seit einem halben Jahr funktioniert die Tonanlage im Kino von Kleinfeld nicht mehr. Ältere \
Besucher können den Filmen des Programms kaum folgen. Ein Förderverein fordert nun eine neue \
Anlage, die Gemeinde verweist auf leere Kassen.

Besonders hart trifft die Schließung die Abschlussjahrgänge der beiden Kleinfelder Realschulen. \
Die Eintrittspreise liegen zwischen 6 und 9 Euro. „Wir sammeln seit Oktober Spenden“, sagte \
Obermeister Tobias Brandt von der Elektro-Innung Kleinfeld. Die Innung will die Arbeit kostenlos \
übernehmen.

Mitgeteilt wurde die Schließung den Mitarbeitern in einem Brief vom 2. November 2026. Darin heißt \
es, der Mietvertrag laufe Ende März 2027 aus. Der Gemeinderat soll sich am 14. Januar 2027 mit dem \
Kino befassen.
"""


def test_dative_object_is_asked_with_wem():
    """Blind review 94 de_hoerschleife #1 (F): 'Was können Menschen mit Hörgeräten kaum
    folgen? - den Sitzungen des Stadtrats': 'folgen' takes a dative, 'Wem ...?'."""
    prompts = _prompts(CINEMA)
    assert not any(p.startswith("Was können ältere Besucher") for p in prompts), prompts
    assert "Wem können ältere Besucher kaum folgen?" in prompts, prompts


def test_pupils_of_a_year_are_asked_with_wen():
    """Blind review 96 de_tanzschule #4 (F): 'Was trifft die Schließung besonders hart? -
    die Abiturjahrgänge ...': people, 'Wen ...?'."""
    prompts = _prompts(CINEMA)
    assert not any(p.startswith("Was trifft die Schließung") for p in prompts), prompts
    assert "Wen trifft die Schließung besonders hart?" in prompts, prompts


def test_second_main_clause_after_a_demand_is_not_kept():
    """Blind review 94 de_hoerschleife #2 (F): 'Wer fordert nun eine schnelle Reparatur, die
    Stadt verweist auf fehlendes Geld?'."""
    prompts = _prompts(CINEMA)
    assert not any("verweist" in p for p in prompts if p.startswith("Wer fordert")), prompts
    assert "Wer fordert nun eine neue Anlage?" in prompts, prompts


def test_range_of_prices_is_asked_how_high():
    """Blind review 95 de_raeumpflicht C4 (F): 'Wie viel liegen die Bußgelder?'."""
    prompts = _prompts(CINEMA)
    assert not any(p.startswith("Wie viel liegen") for p in prompts), prompts
    assert "Wie hoch sind die Eintrittspreise?" in prompts, prompts


def test_guild_master_role_names_the_guild():
    """Blind review 94 de_sehtest_schule #3 (F): key 'Obermeister' without the guild."""
    roles = [q for q in _of(CINEMA, "role") if "Tobias Brandt" in q.prompt]
    assert roles and all(q.answer == "Obermeister der Elektro-Innung Kleinfeld" for q in roles), \
        [q.answer for q in roles]


def test_ordering_items_are_indicative_and_no_fronted_participle():
    """Blind review 97 de_buergerfunk #4 (F): 'Die bisherige Lizenz laufe aus' and
    'Mitgeteilt wurde die Entscheidung dem Verein in einem Schreiben' as items."""
    items = [i for q in _of(CINEMA, "ordering") for i in q.answer]
    assert "Der Mietvertrag läuft aus" in items, items
    assert "Die Schließung wurde den Mitarbeitern in einem Brief mitgeteilt" in items, items
    assert not any("laufe" in i or i.startswith("Mitgeteilt") for i in items), items


HARBOUR = """By Tom Hale | Friday, 27 November 2026, 09:10

Storm Nerys: clean-up begins in Westbay after harbour flooded

A clean-up is under way in Westbay after Storm Nerys tore through the village over the weekend, \
flooding the harbour and damaging a dozen fishing boats.

Retired fisherman Owen Price, 71, was rescued by his neighbour from the flooded quay. Harbour \
master Julie Carr said the water had risen faster than ever before.

On a busy day, Carr said, more than 40 boats would use the harbour, many of which belong to \
local families. Councillor Mark Jessop said repairs would cost about £200,000.

Meanwhile, a group of volunteers is collecting donations for the families of the fishermen. Led \
by teacher Sarah Quinn, they hope to raise £20,000 by Christmas.

Ruth Ellis, who runs the harbour café, said trade had halved. Dan Moore, a boat owner, said the \
council had ignored warnings for years.
"""


def test_options_of_unknown_sex_lose_the_pronoun():
    """Blind review 94 en_hearing_aid_waits #3 (F): 'Who was referred by his GP in February?'
    with two women among the options: 'his' left a guess between two."""
    mcs = [q for q in _of(HARBOUR, "multiple_choice") if q.answer == "Owen Price"
           and "neighbour" in q.prompt]
    assert mcs, _prompts(HARBOUR)
    for q in mcs:
        assert " his " not in q.prompt and "their neighbour" in q.prompt, q.prompt


def test_fronted_adverbial_before_an_inserted_saying_stays_in_what_was_said():
    """Blind review 96 en_park_chess #5 (F): 'On a good day, Brightwell said, more than 30
    people would ...' -> '... many of whom had never played before on a good day?'."""
    prompts = [p for p in _prompts(HARBOUR) if "40 boats" in p and p.startswith("Who")]
    assert prompts, _prompts(HARBOUR)
    for p in prompts:
        assert p.startswith("Who said that on a busy day more than 40 boats"), p


def test_no_meanwhile_left_at_the_end():
    """Blind review 97 en_weekly_paper #9 (F): 'Who is drawing up plans ... meanwhile?'."""
    prompts = _prompts(HARBOUR)
    assert any("collecting donations" in p for p in prompts), prompts
    assert not any(p.rstrip("?").endswith("meanwhile") for p in prompts), prompts


def test_a_named_storm_is_no_who():
    """Blind review 95 en_storm_damage C1 (F): 'Who tore through the town over the
    weekend? - Storm Nerys'."""
    prompts = _prompts(HARBOUR)
    assert not any(p.startswith("Who tore") for p in prompts), prompts
    assert "Which storm tore through the village over the weekend?" in prompts, prompts
