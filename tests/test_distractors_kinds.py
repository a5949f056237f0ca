"""Options of the answer's kind (blind review 6, patterns 5 and 'outside the 30'): a place or
company the entity finder took for a person is no person option, an option inside another
('Sprecherin' beside 'Sprecherin des Stadtelternrats') is none, and a bare role is no answer."""

from __future__ import annotations

from quizgen.generate import distractors, vocabulary
from quizgen.generate.common import choice_question, nested
from quizgen.model import Entity, Mention, Question
from quizgen.pipeline import analyze, load_article

CHESS = ("Schoolboy wins chess open\n\n"
         "Tom Keller from Harwick has won the city chess open ahead of four masters.\n\n"
         "Keller lost his first game but then won five games in a row. \"I was nervous,\" he "
         "said. Anna Berg, head coach at Harwick Chess Club, said he trains every day. Peter "
         "Lund, who lost to him in round six, said the boy had been lucky. Keller has "
         "reportedly received an offer from a chess academy in Port Ellis. His father, Sam "
         "Keller, a nurse, said the family had not yet decided.")


def _analysis_with_a_place_taken_for_a_person():
    a = analyze(load_article(CHESS))
    start = a.article.text.index("Port Ellis")
    sentence = next(s.index for s in a.sentences if s.start <= start < s.end)
    a.entities = [e for e in a.entities if e.name != "Port Ellis"]
    a.entities.append(Entity("X9", "PER", "Port Ellis",
                             [Mention(start, start + len("Port Ellis"), "Port Ellis", sentence)]))
    return a


def test_a_place_taken_for_a_person_is_no_person_option():
    a = _analysis_with_a_place_taken_for_a_person()
    keller = next(e for e in a.entities if e.name == "Tom Keller")
    options = distractors.entities(a, keller)
    assert "Port Ellis" not in options
    assert "Anna Berg" in options  # a role, a quotation: surely a person
    place = next(e for e in a.entities if e.name == "Port Ellis")
    assert not distractors.surely_person(a, place)


def test_a_place_taken_for_a_person_is_never_swapped_in_or_offered():
    from quizgen.select import candidates

    a = _analysis_with_a_place_taken_for_a_person()
    swapped = 0
    for q in candidates(a):
        assert "Port Ellis" not in q.options, q.prompt
        if q.type == "true_false" and q.family == "comprehension":
            said = " ".join(e.text for e in q.evidence)
            assert "Port Ellis" not in q.prompt or "Port Ellis" in said, q.prompt
            swapped += q.skill == "who" and q.answer == "False"
    assert swapped  # persons are swapped, only the place is not


def test_an_option_inside_another_is_left_out():
    assert nested("Sprecherin", "Sprecherin des Stadtelternrats")
    assert nested("Natarajan", "Priya Natarajan")
    assert nested("on Sunday", "on Saturday and Sunday")
    assert not nested("mehr als 400", "mehr als 4.400")
    assert not nested("am 2. Oktober", "am 12. Oktober")
    assert not nested("Anjali Natarajan", "Priya Natarajan")
    base = Question(id="q1", family="comprehension", type="short_answer", skill="role",
                    prompt="Welche Funktion hat Thomas Reinhardt?", answer="Leiter des Amts")
    mc = choice_question(base, "Leiter des Amts",
                         ["Sprecherin des Stadtelternrats", "Sprecherin", "Schülersprecher",
                          "Sprecherin der Frischeküche GmbH"], seed=1)
    assert mc is not None and "Sprecherin" not in mc.options
    assert choice_question(base, "Leiter des Amts",
                           ["Sprecherin des Stadtelternrats", "Sprecherin", "Leiter"],
                           seed=1) is None  # two fair options left: no multiple choice


def test_a_bare_role_is_no_answer_and_no_option():
    assert vocabulary.bare_role("Sprecherin") and vocabulary.bare_role("a spokesman")
    assert not vocabulary.bare_role("Sprecherin des Stadtelternrats")
    assert not vocabulary.bare_role("Verteidigungsminister")
    text = ("Kantine wird teurer\n\n"
            "Der neue Caterer der Schulen in Wernau verlangt ab November 4,90 Euro pro Essen. "
            "Sabine Kröger, Sprecherin des Stadtelternrats, kritisierte den Preis. Sprecherin "
            "Miriam Lenz kündigte an, das Unternehmen werde ab Januar ein vegetarisches "
            "Gericht anbieten. Thomas Reinhardt, Leiter des Schulamts, wies die Kritik zurück. "
            "Jonas Weber, Schülersprecher des Domgymnasiums, ist skeptisch. Karin Vogt, "
            "Direktorin der Grundschule Süd, will die Preise prüfen lassen.")
    a = analyze(load_article(text))
    assert any(e.role == "Sprecherin" for e in a.entities)  # what the finder gives today
    roles = [q for q in vocabulary.generate(a) if q.skill == "role"]
    assert roles and not any("Lenz" in q.prompt for q in roles)
    for q in roles:
        assert not any(vocabulary.bare_role(o) for o in [q.answer, *q.options]), q


def test_a_company_taken_for_a_person_is_no_person_option():
    """Named twice and never after 'in', but 'Pharma' makes it a company."""
    text = ("Syrup recalled\n\nThe maker Velmont Pharma recalled three batches of a syrup. "
            "Rachel Moore, chief safety officer at the agency, said other batches were safe. "
            "Velmont Pharma apologised. Tom Reed, a father, said he was worried.")
    a = analyze(load_article(text))
    starts = [i for i in range(len(a.article.text)) if a.article.text.startswith(
        "Velmont Pharma", i)]
    sentence = {i: next(s.index for s in a.sentences if s.start <= i < s.end) for i in starts}
    a.entities = [e for e in a.entities if "Velmont" not in e.name]
    a.entities.append(Entity("X8", "PER", "Velmont Pharma", [
        Mention(i, i + len("Velmont Pharma"), "Velmont Pharma", sentence[i]) for i in starts]))
    firm = a.entities[-1]
    assert len(firm.mentions) == 2 and not distractors.surely_person(a, firm)
    moore = next(e for e in a.entities if e.name == "Rachel Moore")
    assert "Velmont Pharma" not in distractors.entities(a, moore)


def test_date_options_have_the_answers_precision():
    """'on April 2027' is no option beside 'on 12 November': a month is no day."""
    a = analyze(load_article(
        "Clover helps bees, study finds\n\n"
        "A study from the University of Dunmore suggests that clover helps bumblebees. The "
        "results were published on 12 November in a journal. The team began its work on 3 "
        "May. A larger study could start in April 2027, the team said. A first report came "
        "out on 20 August.")
    )
    answer = next(d for d in a.dates if "12 November" in d.text)
    options = distractors.dates(a, answer)
    assert options and not any("2027" in o or "April" in o for o in options), options
    assert "on 3 May" in options and "on 20 August" in options


def test_number_options_keep_the_answers_scale_word():
    """'6,67 Milliarden' gets '5 Milliarden', never '5.002.500.000'; options stay distinct."""
    a = analyze(load_article(
        "Konzern mit Rekordumsatz\n\n"
        "Der Konzern Veltron hat im vergangenen Jahr einen Umsatz von 6,67 Milliarden Euro "
        "erzielt. Der Gewinn lag bei 1,2 Milliarden Euro. Das Unternehmen beschäftigt "
        "weltweit etwa 20.000 Mitarbeiter."))
    answer = next(q for q in a.quantities if q.number_text.startswith("6,67"))
    options = distractors.numbers(a, answer)
    assert len(options) >= 3 and len(set(options)) == len(options)
    assert all(o.endswith(" Milliarden") for o in options), options
    en = analyze(load_article(
        "Record deal\n\nThe firm paid 3 billion dollars for the site in 2020. It employs "
        "about 4,000 people in the region."))
    answer = next(q for q in en.quantities if q.number_text == "3 billion")
    options = distractors.numbers(en, answer)
    assert options and len(set(options)) == len(options) and "3 billion" not in options
    assert all(o.endswith(" billion") for o in options), options


def test_date_options_keep_the_answers_time_and_year():
    """'am 16. Oktober um 12 Uhr' beside 'am 19. Oktober' and 'am 22. Oktober 2006' gives the
    answer away: every option carries the answer's time, and only dates with a year like it
    come from the article."""
    a = analyze(load_article(
        "Stadtfest beginnt\n\n"
        "Am 16. Oktober um 12:00 Uhr wurde das Stadtfest in Lindau eröffnet. Der große "
        "Umzug folgt am 19. Oktober. Das Fest endet am 22. Oktober 2006 mit einem Feuerwerk."))
    answer = next(d for d in a.dates if "16. Oktober" in d.text)
    options = distractors.dates(a, answer)
    assert len(options) >= 3 and all("12:00 Uhr" in o for o in options), options
    assert not any("2006" in o for o in options)
