"""Round 6 after blind reviews 75-82 (comprehension): broken prompts, names, keys.
Invented text."""

from __future__ import annotations

from quizgen.generate import wh

from .helpers import analysed


def _asked(text: str, language: str) -> dict[str, str]:
    return {q.prompt: str(q.answer) for q in wh.generate(analysed(text, language))}


def test_a_sum_named_before_is_asked_through_its_relative_clause_en():
    got = _asked("Parents at Elmfield School were relieved. Karen Holt, who chairs the parents' "
                 "group, said the trip was saved. She welcomed the £4,000 that will still go "
                 "to the minibus.", "en")
    assert not any("welcome the that" in p or p.endswith("welcome the?") for p in got), got
    assert got.get("How much will still go to the minibus?") == "£4,000", got


def test_a_sum_with_an_object_relative_is_not_asked_en():
    got = _asked("Owners spent the £800 which was left on new nets. The club thanked donors "
                 "for the £3,500 that the appeal raised.", "en")
    assert not any(p.startswith("How much") for p in got), got


def test_a_petition_set_up_by_a_named_teenager_is_asked_with_its_head_en():
    got = _asked("Since the closure became known, an online petition set up by the band's "
                 "youngest member, 16-year-old Amy Stone, has gathered more than 1,300 "
                 "signatures.", "en")
    assert not any(" did " in p and "has gathered" in p for p in got), got
    assert got.get("How many signatures has the online petition gathered?") == \
        "more than 1,300", got


def test_an_indefinite_subject_of_a_when_question_is_definite_en():
    got = _asked("A public inquiry into the flooding runs until 12 March. A man was arrested "
                 "on Monday.", "en")
    assert "Until when does a public inquiry into the flooding run?" not in got, got
    assert "When was the man arrested?" in got, got


def test_a_subject_and_a_bare_object_side_by_side_are_two_phrases_de():
    got = _asked("Der Verein will Patenschaften für Bänke vergeben. Im Gegenzug stellt der "
                 "Verein Farbe und eine Tafel mit dem Namen der Patin zur Verfügung.", "de")
    assert not any(v.startswith("der Verein Farbe") for v in got.values()), got
    assert got.get("Was stellt der Verein im Gegenzug zur Verfügung?") == \
        "Farbe und eine Tafel mit dem Namen der Patin", got


def test_a_pronoun_whose_person_the_sentence_names_later_stays_in_a_cloze_de():
    from quizgen.generate import cloze
    an = analysed("Rentner Karl Wiesner pflegt seit drei Jahren eine Linde vor seinem Haus. "
                  "Er habe im Juli fast jeden Abend drei Kannen Wasser zu dem Baum getragen, "
                  "erzählt Wiesner. Die Linde habe den Sommer gut überstanden.", "de")
    prompts = [q.prompt for q in cloze.generate(an)]
    assert not any("Wiesner habe" in p for p in prompts), prompts
    assert any(p.startswith("Ergänze die Lücke: Er habe im Juli") for p in prompts), prompts
    assert not any(p.endswith("erzählt ________.") for p in prompts), prompts


def _people(text: str, language: str) -> dict[str, str | None]:
    return {e.name: e.role for e in analysed(text, language).entities}


def test_a_surname_that_is_a_verb_stays_with_its_first_name_en():
    got = _people("Shop volunteer Doris Fell, 84, has sorted donations for 20 years. The shop "
                  "will close in May, Ms Fell said.", "en")
    assert "Doris Fell" in got and "Doris" not in got, got


def test_german_surnames_that_are_a_noun_or_a_pronoun_stay_de():
    got = _people("Stadtrat Tobias Brenner sagte, die Brücke sei marode. Bürgermeisterin "
                  "Kerstin Ihnen erklärte, man prüfe die Lage.", "de")
    assert got.get("Tobias Brenner") == "Stadtrat", got
    assert got.get("Kerstin Ihnen") == "Bürgermeisterin", got


def test_a_group_named_friends_of_a_place_keeps_its_whole_name_en():
    got = _people("The residents' group Friends of Elm Gardens has criticised the move.", "en")
    assert "Friends of Elm Gardens" in got and "Friends" not in got, got


def test_a_class_noun_opening_the_sentence_is_not_part_of_the_name_en():
    got = _people("Operator Valley Coaches said the route had lost money.", "en")
    assert "Valley Coaches" in got and "Operator Valley Coaches" not in got, got


def test_a_college_principal_role_names_the_college_en():
    got = _people("Students have been hit hardest. Ashby College principal Helen Ward said "
                  "that nearly 300 of her students crossed the bridge every day.", "en")
    assert got.get("Helen Ward") == "principal of Ashby College", got


def test_a_rank_in_capitals_keeps_its_capitals_in_the_role_en():
    from quizgen.generate import vocabulary
    an = analysed("Police believe that the fires are linked. PC Mark Kerr, a rural crime "
                  "officer with the force, said a single barn could be worth £3,000.", "en")
    answers = [str(q.answer) for q in vocabulary.generate(an)]
    assert "PC, a rural crime officer with the force" in answers, answers


def test_an_authority_that_acts_is_asked_with_wer_de():
    got = _asked("Nach einer unangemeldeten Prüfung hat die Bauaufsicht der Stadt einen "
                 "Baustopp verhängt. Das Landratsamt liegt am Stadtrand.", "de")
    assert got.get("Wer hat nach einer unangemeldeten Prüfung einen Baustopp verhängt?") == \
        "die Bauaufsicht der Stadt", got
    assert "Wer liegt am Stadtrand?" not in got, got


def test_a_what_question_whose_object_reads_as_its_subject_is_not_asked_de():
    got = _asked("Das Stadtbad habe das vergangene Jahr mit einem Minus von knapp 2 Millionen "
                 "Euro abgeschlossen, sagte Geschäftsführer Uwe Kramer.", "de")
    assert not any(p.startswith("Was hat das vergangene Jahr") for p in got), got


def test_what_is_weighed_goes_with_the_rate_de():
    got = _asked("Derzeit bekommen die Imker nach Angaben des Verbands rund 9,50 Euro pro Kilo "
                 "Honig.", "de")
    assert not any(p.endswith("Honig?") for p in got), got
    assert "rund 9,50 Euro pro Kilo Honig" in got.values(), got


def test_a_form_of_address_is_no_role_en():
    from quizgen.generate import vocabulary
    an = analysed("The breakwater is run by Wellby Harbour Trust. Its chair, Professor Alan "
                  "Cole, said the wall was safe. Cole added that repairs would start in May.",
                  "en")
    assert not any(str(q.answer).lower() == "professor" for q in vocabulary.generate(an))


def test_a_description_after_a_name_ending_the_prompt_is_cut_en():
    got = _asked("The crack was discovered on Thursday 19 November during a routine inspection "
                 "by engineers working for Wellby Harbour Trust, the charity that has run the "
                 "harbour since 1987.", "en")
    assert not any("the charity that" in p for p in got), got
    assert any(p.endswith("working for Wellby Harbour Trust?") for p in got), got


def test_a_fronted_adverb_loses_its_capital_de():
    got = _asked("Endgültig entscheiden soll der Gemeinderat am 9. März.", "de")
    assert "Wann soll der Gemeinderat endgültig entscheiden?" in got, got


def test_options_of_a_two_figure_bound_are_as_precise_as_the_key_en():
    an = analysed("An online petition has gathered more than 1,200 signatures.", "en")
    mc = [q for q in wh.generate(an) if q.type == "multiple_choice"]
    assert mc, mc
    others = [o for o in mc[0].options if o != mc[0].answer]
    assert any(o.replace(",", "").rstrip("0")[-2:].isdigit() and
               len(o.split()[-1].replace(",", "").rstrip("0")) == 2 for o in others), others


def test_a_reason_without_what_for_is_not_asked_de():
    from quizgen.select import MIN_SCORE
    an = analysed("Im Landkreis blieben im Herbst mehr als 300 Lehrstellen unbesetzt. "
                  "Kreishandwerksmeister Jörg Bauer sieht einen wesentlichen Grund in den hohen "
                  "Mieten.", "de")
    got = [q.prompt for q in wh.generate(an) if q.score >= MIN_SCORE]
    assert not any("einen wesentlichen Grund" in p and "für" not in p for p in got), got


def test_an_office_head_names_the_office_de():
    from quizgen.generate import vocabulary
    an = analysed("Wie viele Bäume geschädigt sind, hat das Grünflächenamt im Oktober erfassen "
                  "lassen. Mehr als jeder fünfte Baum zeige Schäden, sagte Amtsleiterin Petra "
                  "Lindholm. Lindholm will im Frühjahr neue Bäume pflanzen.", "de")
    answers = [str(q.answer) for q in vocabulary.generate(an)]
    assert "Leiterin des Grünflächenamts" in answers, answers


def test_a_town_after_a_spot_on_a_site_is_not_asked_where_en():
    got = _asked("Dozens of patients queued outside the surgery in Stanmoor.", "en")
    assert not any(p.startswith("Where") and "outside the surgery" in p for p in got), got


def test_a_clause_after_according_to_is_no_role_en():
    from quizgen.generate import vocabulary
    an = analysed("Ward councillor Priya Sandhu said she had asked for a new check. According "
                  "to Ms Sandhu, the original inspection was carried out on a Sunday morning in "
                  "August, when traffic was light.", "en")
    assert not any("inspection" in str(q.answer) for q in vocabulary.generate(an))


def test_no_men_among_the_options_for_one_of_the_first_women_en():
    an = analysed("Mary Hollis, who designed the pier in 1890, is thought to have been one of "
                  "the first women in Wales to work as an engineer. Her employer, Tom Garside, "
                  "took the credit. Council leader Peter Ash said a plaque would be unveiled. "
                  "Local historian Jane Reed said she found her letters. Councillor Amir Khan "
                  "backed the plaque.", "en")
    for q in wh.generate(an):
        if "first women" in q.prompt and q.type == "multiple_choice":
            assert not {"Tom Garside", "Peter Ash", "Amir Khan"} & set(q.options), q.options


def test_a_participle_after_the_counted_noun_is_not_left_behind_en():
    got = _asked("An online petition started by parents has gathered more than 1,300 signatures "
                 "calling for a temporary park to be set up in the car park.", "en")
    assert not any(p.startswith("How many") and "calling for" in p for p in got), got
    assert any(p.startswith("How many signatures") and p.endswith("gathered?")
               for p in got), got


def test_the_es_of_es_gibt_follows_the_verb_de():
    got = _asked("Ähnliche Programme gibt es bereits in Leipzig und Berlin. Eine Einführung für "
                 "neue Helfer gibt es am 3. Mai im Pfarrheim.", "de")
    assert not any(" es bereits?" in p or " es im Pfarrheim?" in p for p in got), got
    assert "Wo gibt es ähnliche Programme bereits?" in got, got


def test_one_reason_of_several_is_not_asked_why_de():
    from quizgen.select import MIN_SCORE
    an = analysed("Der Streit um die Läuse ist groß. Ärger gibt es auch wegen des Geldes.", "de")
    assert not any(q.skill == "why" and q.score >= MIN_SCORE for q in wh.generate(an))


def test_no_where_on_a_count_a_relative_clause_restricts_de():
    got = _asked("Nach Angaben der Bahn gibt es in Deutschland noch etwas mehr als 200 "
                 "Bahnübergänge, die von Hand bedient werden.", "de")
    assert not any(p.startswith("Wo ") for p in got), got
