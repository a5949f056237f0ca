"""Round 4 after blind reviews 64-71 (comprehension): pieces of the sentence left in prompts,
unclear references, entities, roles and gaps. Invented text."""

from __future__ import annotations

from quizgen.generate import wh

from .helpers import analysed


def _asked(text: str, language: str) -> dict[str, str]:
    return {q.prompt: str(q.answer) for q in wh.generate(analysed(text, language))}


def test_a_count_after_a_second_verb_goes_with_that_verb_en():
    got = _asked("Blue Kiln Ltd, which was set up in 2018 in a former garage unit, currently "
                 "employs 17 people and fires around 3,000 mugs a day.", "en")
    assert not any("employ 17 people" in p for p in got), got
    assert any(p.startswith("How many mugs a day does") and p.endswith(" fire?")
               for p in got), got


def test_a_count_of_two_joined_things_is_not_split_en():
    got = _asked("The bakery employs six staff and sells about 500 pies and cakes a week.", "en")
    assert not any(p.startswith("How many") and "and cakes" in p for p in got), got


def test_the_value_of_counted_things_is_no_sum_the_verb_takes_en():
    got = _asked("Thieves have stolen around 30 wheels of aged Gouda worth more than £12,000 "
                 "from a farm shop near Ludlow in Shropshire. Thieves have also taken 12 sheep "
                 "worth about £3,000 from a farm near Ludlow.", "en")
    assert not any(p.startswith("How much") for p in got), got
    assert not any("worth" in p for p in got if p.startswith("How many")), got


def test_a_place_after_a_new_thing_goes_with_the_answer_de():
    got = _asked("Bei der Umfrage unter den Eltern liegt ein neuer Spielplatz am Stadtpark "
                 "klar vorn.", "de")
    assert not any("am Stadtpark" in p for p in got), got
    assert "ein neuer Spielplatz am Stadtpark" in got.values(), got


def test_against_what_and_in_whose_place_are_unclear_de():
    text = ("Die Stadt will den Bolzplatz an der Lindenstraße schließen. Mehr als 300 Anwohner "
            "wehren sich dagegen. Nach den Plänen sollen 30 der alten Garagen fallen. An ihrer "
            "Stelle sollen vier Wohnhäuser mit zusammen rund 60 Wohnungen entstehen.")
    from quizgen.generate import cloze
    from quizgen.select import MIN_SCORE

    a = analysed(text, "de")
    kept = [q.prompt for m in (wh, cloze) for q in m.generate(a) if q.score >= MIN_SCORE]
    assert not any("dagegen" in p or "An ihrer Stelle" in p for p in kept), kept


def test_a_street_after_its_residents_is_no_person_en():
    a = analysed("Tenants of Cedar Close said the noise was worse in summer. Mr Pike said "
                 "nothing.", "en")
    assert ("Cedar Close", "PER") not in [(e.name, e.label) for e in a.entities], a.entities


def test_a_role_keeps_whose_it_is_and_drops_its_clause_en():
    from quizgen.generate import vocabulary

    a = analysed("Local solicitor Hannah Brooke, who has represented clients at Medford for "
                 "almost 20 years, said the plan ignored how people lived. Among the critics "
                 "is children's author Tom Fallow, who had been booked to open the festival.",
                 "en")
    got = {q.prompt: q.answer for q in vocabulary.generate(a) if q.type == "short_answer"}
    assert got.get("What is Hannah Brooke's role according to the article?") == \
        "local solicitor", got
    assert got.get("What is Tom Fallow's role according to the article?") == \
        "children's author", got


def test_a_person_after_the_subject_is_no_part_of_it_de():
    got = _asked("Härter als jeden anderen trifft die Schließung Torsten Bramberg. Seit 2011 "
                 "betreibt er in Kirchdorf eine Bäckerei.", "de")
    assert not any("Bramberg" in a and "Schließung" in a for a in got.values()), got


def test_ordering_items_keep_date_pairs_and_infinitives_whole_de():
    from quizgen.generate import ordering

    a = analysed("Bereits in den Nächten zum 12. und zum 19. März waren im benachbarten Talheim "
                 "zwei Ställe abgebrannt. Ein Autofahrer bemerkte am 9. April 2026 die Flammen "
                 "auf einem Feld. Am 15. April 2026 soll der Gemeinderat eine Resolution "
                 "beschließen, in der das Land aufgefordert wird, mehr Polizisten zu schicken. "
                 "Am 20. April 2026 tagt der Kreistag in Berghausen. Die Polizei hatte am "
                 "3. April 2026 einen Verdächtigen festgenommen.", "de")
    items = [i for q in ordering.generate(a) for i in q.answer]
    assert items, items
    assert not any(i.endswith(("12.", "zu schicken")) or "12. und" in i for i in items), items


def test_a_gap_holds_one_fact_and_no_grade_number_en():
    from quizgen.generate import cloze

    a = analysed("The walk-in clinic at Belford Cottage Hospital will close between 9pm and 7am "
                 "from 1 April, health bosses have confirmed. The Grade II listed building is "
                 "owned by a trust based in Leeds.", "en")
    answers = [q.answer for q in cloze.generate(a)]
    assert "9pm and 7am from 1 April" not in answers and "1 April" in answers, answers
    assert "II" not in answers, answers


def test_over_a_number_of_years_is_a_period_en():
    got = _asked("The rest will be borrowed by the trust and repaid from ticket sales over "
                 "25 years. The loan will be paid back over 10 years.", "en")
    assert got.get("Over how many years will the loan be paid back?") == "10", got
    assert got.get("Over how many years will the rest be repaid from ticket sales?") == "25", got
    assert "over 10" not in got.values(), got


def test_a_possessive_role_names_its_body_en():
    from quizgen.generate import vocabulary

    a = analysed("Fewer than half of the owners have storm cover, according to the Kelmouth "
                 "Sailing Association. The association's chair, Brian Tully, said "
                 "the council had been warned.", "en")
    got = {q.prompt: q.answer for q in vocabulary.generate(a) if q.type == "short_answer"}
    assert got.get("What is Brian Tully's role according to the article?") == \
        "chair of the Kelmouth Sailing Association", got


def test_an_expected_cost_is_asked_without_its_apposition_en():
    got = _asked("The repairs are expected to cost more than £640,000, almost twice the figure "
                 "given last autumn.", "en")
    assert got.get("How much are the repairs expected to cost?") == "more than £640,000", got


def test_connectives_and_pronouns_carried_over_en_de():
    got = _asked("A public consultation runs until 9 April. The final plan, however, will be "
                 "approved by the cabinet on 12 March. A private firm will be paid around "
                 "£15,000 a year to clean and repair them.", "en")
    assert "When will the final plan be approved by the cabinet?" in got, got
    from quizgen.select import MIN_SCORE

    kept = [q.prompt for q in wh.generate(analysed(
        "A private firm will be paid around £15,000 a year to clean and repair them.", "en"))
        if q.score >= MIN_SCORE]
    assert not any(p.endswith("them?") for p in kept), kept
    kept = [q.prompt for q in wh.generate(analysed(
        "Die Grünen-Sprecherin Sabine Lorenz hält die Kontrollen zwar grundsätzlich für "
        "richtig. Sie kritisiert aber die Informationspolitik der Stadt.", "de"))
        if q.score >= MIN_SCORE]
    assert not any("zwar" in p for p in kept), kept


def test_a_gap_holds_the_hour_or_the_day_not_both_en():
    from quizgen.generate import cloze

    a = analysed("The fire broke out shortly after 4am on 12 October in a storage hall at the "
                 "depot.", "en")
    answers = [q.answer for q in cloze.generate(a)]
    assert "4am on 12 October" not in answers and "12 October" in answers, answers


def test_roles_and_long_forms_stand_on_their_own_en_de():
    from quizgen.generate import vocabulary

    a = analysed("Station manager Gwen Thomas, of Mid Wales Fire and Rescue Service, said the "
                 "cause was a faulty heater. Resident Tom Pike, of Mill Lane, said he heard a "
                 "bang.", "en")
    got = {q.prompt: q.answer for q in vocabulary.generate(a) if q.type == "short_answer"}
    assert got.get("What is Gwen Thomas's role according to the article?", "").lower() == \
        "station manager of mid wales fire and rescue service", got
    assert ("Mill Lane", "PER") not in [(e.name, e.label) for e in a.entities], a.entities
    a = analysed("Die Städtischen Verkehrsbetriebe (SVB) erhöhen die Preise. Ein Sprecher der "
                 "SVB bestätigte das.", "de")
    got = {q.prompt: q.answer for q in vocabulary.generate(a)}
    assert got.get("Wofür steht die Abkürzung „SVB“ im Text?") == \
        "Städtische Verkehrsbetriebe", got


def test_a_singular_object_first_goes_after_the_plural_subject_de():
    got = _asked("Das erste tote Reh hatten Jäger am 4. Mai im Wald entdeckt. Das Ergebnis "
                 "hatten die Prüfer am 5. Mai vorgelegt.", "de")
    assert "Wann hatten Jäger das erste tote Reh im Wald entdeckt?" in got, got
    assert "Wann hatten die Prüfer das Ergebnis vorgelegt?" in got, got


def test_a_bare_surname_two_people_share_is_the_first_named_en():
    a = analysed("The firm is run by managing director Karen Doukas. “We are busy,” Doukas "
                 "told BBC Radio Kent. The firm was founded by Doukas and her brother, chef "
                 "Stavros Doukas. Doukas said the new kitchen would open in May.", "en")
    people = {e.name: len(e.mentions) for e in a.entities if e.label == "PER"}
    assert "Doukas" not in people and people.get("Karen Doukas", 0) >= 3, people


def test_who_with_the_answers_own_motion_is_unclear_de():
    from quizgen.select import MIN_SCORE

    kept = [q.prompt for q in wh.generate(analysed(
        "Die SPD-Fraktion will die Sammlung in der leeren Schule zeigen. Fraktionschef Jonas "
        "Pieper will seinen Antrag in der nächsten Sitzung einbringen.", "de"))
        if q.score >= MIN_SCORE]
    assert not any("seinen Antrag" in p for p in kept), kept


def test_the_writers_summing_up_is_cut_from_the_prompt_en():
    got = _asked("Two climbers were brought to the surface early on Sunday after spending around "
                 "six hours trapped in a flooded passage near Harlow Crag, in what volunteers "
                 "described as one of their longest operations in years.", "en")
    assert got and not any("in what" in p for p in got), got


def test_no_gap_in_a_sentence_on_one_of_two_unnamed_de():
    from quizgen.generate import cloze

    a = analysed("Die Feuerwehr Talheim legt zwei Löschgruppen zusammen. Die Löschgruppen "
                 "Unterbach und Oberbach sollen zum 1. Juni fusionieren. Von den 31 aktiven "
                 "Mitgliedern der Löschgruppe arbeiten die meisten außerhalb. Die Löschgruppe "
                 "Unterbach hat 40 Mitglieder.", "de")
    prompts = [q.prompt for q in cloze.generate(a)]
    assert not any("Mitgliedern der Löschgruppe" in p for p in prompts), prompts
    assert any("Löschgruppe Unterbach hat" in p for p in prompts), prompts
