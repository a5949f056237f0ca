"""Wh-questions on invented sentences: 'was'/'what' on subject and object noun phrases,
coordinated verb phrases as clauses, and the cases where no question must be asked."""

from __future__ import annotations

import re

import pytest

from quizgen.generate import wh
from quizgen.generate.clauses import english_clauses, german_clauses, noun_phrases, tag_chunks
from quizgen.generate.common import render
from quizgen.model import Token
from quizgen.pipeline import analyze, load_article


def _questions(text: str) -> dict[str, str]:
    """prompt -> answer of the short-answer wh-questions."""
    analysis = analyze(load_article(text))
    return {q.prompt: q.answer for q in wh.generate(analysis) if q.type == "short_answer"}


def _answers(text: str) -> set[str]:
    return {a.lower() for a in _questions(text).values()}


def test_tag_chunks_match_like_a_regexp_parser():
    tags = ["ART", "ADJA", "NN", "VVFIN", "ART", "NN", "ART", "NN"]
    toks = [Token(str(i), i, i + 1, t, str(i), "X") for i, t in enumerate(tags)]
    assert tag_chunks(toks, "<ART>?<ADJA>*<NN>+") == [(0, 3), (4, 6), (6, 8)]
    assert tag_chunks(toks, "<V.*>") == [(3, 4)]


@pytest.mark.parametrize(("text", "lang", "phrases"), [
    ("Der Tunnel verbindet die beiden Ufer des breiten Flusses.", "de",
     ["Der Tunnel", "die beiden Ufer des breiten Flusses"]),
    ("The tunnel links most of the old town with the harbour and the station.", "en",
     ["The tunnel", "most of the old town", "the harbour and the station"]),
])
def test_noun_phrases_keep_genitives_and_coordination(text, lang, phrases):
    s = analyze(load_article(text)).sentences[0]
    assert [render(s.tokens[i:j]) for i, j in noun_phrases(s.tokens, lang)] == phrases


def test_german_what_on_subject_and_object():
    qs = _questions("Die Gemeinde Oberfeld liegt im Süden. Im Sommer eröffnete ein neues "
                    "Museum im alten Bahnhof. Der Tunnel verbindet seit 1998 die beiden "
                    "Ufer des breiten Flusses.")
    assert qs.get("Was verbindet seit 1998 die beiden Ufer des breiten Flusses?") == \
        "der Tunnel"
    assert qs.get("Was verbindet der Tunnel seit 1998?") == \
        "die beiden Ufer des breiten Flusses"
    # a phrase of the middle field is the subject when the Vorfeld is an adverbial
    assert qs.get("Was eröffnete im Sommer im alten Bahnhof?") == "ein neues Museum"


def test_german_what_not_for_datives_persons_or_plural_subjects():
    answers = _answers("Die Stiftung half dem kleinen Verein mit einer Spende. Der Lehrer "
                       "las eine lange Geschichte vor. Die alten Bäume verlieren im Herbst "
                       "ihre Blätter.")
    assert "dem kleinen verein" not in answers  # dative: 'was' cannot ask for it
    assert "der lehrer" not in answers  # a person is 'wer'
    assert "die alten bäume" not in answers  # 'Was verlieren ...?' would ask the object
    assert "ihre blätter" not in answers  # whose? the possessive points outside


def test_german_what_not_when_the_phrase_has_more_attached():
    answers = _answers("Der Verband verhängte ein Bußgeld von 5000 Euro gegen den Klub. "
                       "Die Firma kündigte an, eine neue Halle zu bauen. Die Behörde "
                       "äußerte den Verdacht, das Feuer sei gelegt worden.")
    assert "ein bußgeld" not in answers  # 'von 5000 Euro' belongs to it
    assert "eine neue halle" not in answers  # the object of the infinitive
    assert "den verdacht" not in answers  # the clause after it says which suspicion


def test_german_coordinated_verb_phrases_are_clauses():
    s = analyze(load_article("Die Stadt kaufte 40 neue Busse und verkaufte die alten "
                             "Fahrzeuge an eine Firma.")).sentences[0]
    clauses = german_clauses(s)
    assert [c.finite.text for c in clauses] == ["kaufte", "verkaufte"]
    assert render(clauses[1].vorfeld) == "Die Stadt" and clauses[1].coordinated
    assert render(clauses[0].middle) == "40 neue Busse"


def test_english_what_on_subject_object_and_copula():
    qs = _questions("The old bridge crosses the river near the harbour. Basalt is a dark "
                    "volcanic rock.")
    assert qs.get("What crosses the river near the harbour?") == "the old bridge"
    assert qs.get("What does the old bridge cross near the harbour?") == "the river"
    assert qs.get("What is basalt?") == "a dark volcanic rock"


def test_english_what_not_for_plural_present_persons_or_relatives():
    answers = _answers("Old trees lose their leaves early. The engineer designed the new "
                       "station. The council approved a plan that doubles the fares.")
    assert "old trees" not in answers  # 'What lose ...?' is not English
    assert "the engineer" not in answers  # a person is 'who'
    assert "a plan" not in answers  # the relative clause says which plan


def test_english_coordinated_verb_phrase():
    s = analyze(load_article("The company opened a factory in 2019 and hired 300 "
                             "workers.")).sentences[0]
    clauses = english_clauses(s)
    assert [render(c.verb) for c in clauses] == ["opened", "hired"]
    assert render(clauses[1].subject) == "The company" and render(clauses[0].rest) == \
        "a factory in 2019"


def test_years_the_analysis_counted_as_numbers_are_asked_with_the_year_as_answer():
    qs = _questions("Im Sommer 1781 baute der Müller eine neue Mühle am Fluss. Die alte "
                    "Brücke wurde im Jahr 1846 von der Stadt erneuert.")
    assert qs.get("In welchem Jahr wurde die alte Brücke von der Stadt erneuert?") == "1846"
    assert qs.get("Wann baute der Müller eine neue Mühle am Fluss?") == "im Sommer 1781"
    en = _questions("The town council repaired the old bridge in 1846. The new mill on the "
                    "river opened a year later.")
    assert en.get("In what year did the town council repair the old bridge?") == "1846"


def test_objects_after_an_adverbial_vorfeld_put_the_subject_first():
    qs = _questions("Im Sommer baute die Gemeinde eine neue Brücke. Und Olivetan "
                    "veröffentlichte eine französische Bibel.")
    assert qs.get("Was baute die Gemeinde im Sommer?") == "eine neue Brücke"
    assert qs.get("Was veröffentlichte Olivetan?") == "eine französische Bibel"


def test_english_leading_adverbial_moves_to_the_end():
    qs = _questions("In 1888, Tesla developed the induction motor. At the time, the council "
                    "repaired the old bridge.")
    assert qs.get("In what year did Tesla develop the induction motor?") == "1888"
    assert qs.get("What did the council repair at the time?") == "the old bridge"
    s = analyze(load_article("In the summer, the council repaired the old bridge near the "
                             "harbour.")).sentences[0]
    c = english_clauses(s)[0]
    assert render(c.subject) == "the council" and render(c.rest) == \
        "the old bridge near the harbour in the summer"


def test_a_number_before_a_noun_is_a_count_not_a_year():
    qs = _questions("Die Firma stellte 1500 Arbeiter ein. Die Stadt wuchs im Jahr 1900 stark.")
    assert "1500" not in [a for p, a in qs.items() if p.startswith(("Wann", "In welchem"))]
    assert qs.get("In welchem Jahr wuchs die Stadt stark?") == "1900"


def test_no_question_that_cuts_a_pair_or_a_relative_clause_apart():
    answers = _answers("Die Sammlung umfasste sowohl die angewandte Kunst als auch die "
                       "Wissenschaft. Das Gesetz trat 1962 in Kraft und der Vertrag 1958.")
    assert "die wissenschaft" not in answers and "die angewandte kunst" not in answers
    assert not {"1962", "1958"} & answers  # which year goes with which verb?
    en = _questions("The old colony has a written constitution enacted in 1975. The famous "
                    "inventor Tesla died in New York in 1943.")
    assert "1975" not in en.values()  # the year of the participle, not of 'has'
    assert not any(p.startswith("What died") for p in en)


def test_what_in_a_factual_subordinate_clause_but_not_a_conditional_one():
    qs = _questions("Die Straße war gesperrt, weil die Stadt im Sommer eine neue Brücke "
                    "baute. Wenn die Firma ein großes Werk baut, steigen die Preise.")
    assert qs.get("Was baute die Stadt im Sommer?") == "eine neue Brücke"
    assert "ein großes werk" not in {a.lower() for a in qs.values()}


def test_attribution_after_a_comma_is_not_a_coordinated_verb_phrase():
    s = analyze(load_article("Messungen hätten keine Schadstoffe ergeben, teilte das Amt "
                             "mit. Die Polizei nahm die Ermittlungen auf.")).sentences[0]
    clauses = german_clauses(s)
    assert all(not c.coordinated for c in clauses)
    assert "teilte" not in render(clauses[0].middle)
    qs = _questions("Messungen hätten keine Schadstoffe ergeben, teilte das Amt mit. Die "
                    "Wasserschutzpolizei ermittelt gegen den Kapitän.")
    assert "keine Schadstoffe" not in qs.values()  # Konjunktiv II: reported, not stated
    assert qs.get("Wer ermittelt gegen den Kapitän?") == "die Wasserschutzpolizei"
    assert not any(p.startswith("Was ermittelt") for p in qs)  # the police are 'wer'


def test_no_question_on_a_clause_cut_before_its_verb_or_on_an_echo_of_the_verb():
    answers = _answers("Der Verlauf der Mauer lässt sich nach Osten bis zur Festung – "
                       "wörtlich: „Ende der Mauer“ – und bis zur Anlage verfolgen. Der "
                       "Architekt entwarf im Jahr 1855 einen Entwurf für das Museum.")
    assert "der verlauf der mauer" not in answers  # 'verfolgen' would be missing
    assert "einen entwurf" not in answers  # 'Was entwarf ...? - einen Entwurf'


def test_no_question_with_a_possessive_that_has_no_name_before_it():
    qs = _questions("Sein Großvater hatte im Jahr 1958 die erste Backstube eröffnet. Der "
                    "Bäcker Lefevre verkaufte 1523 seine alte Mühle.")
    assert not any("sein Großvater" in p for p in qs)  # whose grandfather?
    assert qs.get("In welchem Jahr verkaufte der Bäcker Lefevre seine alte Mühle?") == "1523"


def test_who_on_a_class_noun_before_a_name():
    qs = _questions("Der Möbelhersteller Brandt Antriebstechnik will sein Lager in "
                    "Tiefenbach verkaufen. Die Schülerin Mara Lindholm hat den "
                    "Lesewettbewerb gewonnen. Das Lager Brandts wurde 1990 eröffnet.")
    assert qs.get("Wer will sein Lager in Tiefenbach verkaufen?") == "Brandt Antriebstechnik"
    assert qs.get("Wer hat den Lesewettbewerb gewonnen?") == "Mara Lindholm"
    assert not any(p.startswith("Wer wurde") for p in qs)  # 'das Lager Brandts' is no person


def test_a_date_with_an_apposition_at_the_start_of_the_middle_field_takes_its_comma():
    qs = _questions("Geschäftsführerin Anna Lorenz hat am Dienstag, dem 14. März, beim "
                    "Amtsgericht Lindau einen Antrag auf Förderung gestellt.")
    assert qs.get("Wann hat Geschäftsführerin Anna Lorenz beim Amtsgericht Lindau einen "
                  "Antrag auf Förderung gestellt?") == "am Dienstag, dem 14. März"
    assert not any("Lorenz," in p for p in qs)


def test_why_on_a_reason_phrase():
    qs = _questions("Der Brand war am Montag in einer Scheune ausgebrochen und hatte sich "
                    "wegen starker Böen schnell ausgebreitet. Wegen des Sturms fielen am "
                    "Dienstag alle Fähren aus. Wegen seiner Verletzung, die er sich im "
                    "Training zugezogen hatte, fehlte der Torwart.")
    assert qs.get("Warum hatte sich der Brand schnell ausgebreitet?") == "wegen starker Böen"
    assert qs.get("Warum fielen am Dienstag alle Fähren aus?") == "wegen des Sturms"
    assert not any("fehlte" in p for p in qs if p.startswith("Warum"))  # a clause hangs on it


def test_extraposed_zu_infinitive_after_a_participle_is_the_tail():
    text = ("Der Möbelhersteller Brandt Antriebstechnik hat am Freitag angekündigt, sein "
            "Lager in Tiefenbach zu verkaufen.")
    c = german_clauses(analyze(load_article(text)).sentences[0])[0]
    assert render(c.right) == "angekündigt"
    assert render(c.tail) == ", sein Lager in Tiefenbach zu verkaufen"
    qs = _questions(text)
    assert qs.get("Wer hat am Freitag angekündigt, sein Lager in Tiefenbach zu "
                  "verkaufen?") == "Brandt Antriebstechnik"
    assert qs.get("Wann hat der Möbelhersteller Brandt Antriebstechnik angekündigt, sein "
                  "Lager in Tiefenbach zu verkaufen?") == "am Freitag"


def test_womit_on_a_justification_and_no_vague_what_answer():
    qs = _questions("Die Stadtverwaltung begründete die Erhöhung der Gebühren mit gestiegenen "
                    "Kosten für Personal. Der Bürgermeister hat die Absage des Festes mit der "
                    "Hitze begründet. Die Direktorin begründete den Schritt mit Sparzwängen.")
    assert qs.get("Womit begründete die Stadtverwaltung die Erhöhung der "
                  "Gebühren?") == "mit gestiegenen Kosten für Personal"
    assert qs.get("Womit hat der Bürgermeister die Absage des Festes begründet?") == \
        "mit der Hitze"
    assert "den schritt" not in {a.lower() for a in qs.values()}  # says nothing on its own
    assert not any("den Schritt" in p for p in qs)


def test_a_possessive_in_the_subject_is_not_who_acts():
    qs = _questions("Landlord fined\n\nLandlord Tom Kerr was fined £20,000 on Monday. Kerr's "
                    "lawyer, Ruth Allen, said her client had repaired every flat since March.")
    assert all(answer != "Tom Kerr" for prompt, answer in qs.items() if "repaired" in prompt)


def test_no_option_is_a_person_the_question_names():
    from quizgen.model import Question

    analysis = analyze(load_article(
        "Landlord fined\n\nJudge Ann Keane fined landlord Tom Kerr £20,000 on Monday. "
        "Tenant Eva Lund said the flats had been damp for years. Council officer Sam Price "
        "said more checks would follow. Housing expert Mia Roth said fines were rare."))
    q = Question(id="q1", family="comprehension", type="short_answer", skill="who",
                 prompt="Who fined Kerr?", answer="Ann Keane", score=0.8)
    [_short, mc] = wh._with_choices(analysis, q, ["Tom Kerr", "Eva Lund", "Sam Price",
                                                  "Mia Roth"])
    assert "Tom Kerr" not in mc.options and "Ann Keane" in mc.options


def test_english_adverbial_clause_is_asked_on_its_own():
    qs = _questions("Flooded road\n\nAbout 400 people were evacuated from the town of "
                    "Dunmore after the River Kell burst its banks early on Sunday. Three "
                    "walkers died after Storm Ivo swept across the Kell Valley on Friday "
                    "night, police said.")
    # the main clause's question ends before the 'after' clause it does not ask about
    assert qs.get("How many people were evacuated from the town of Dunmore?") == "about 400"
    assert qs.get("When did the River Kell burst its banks?") == "early on Sunday"
    assert qs.get("When did Storm Ivo sweep across the Kell Valley?") == "on Friday night"
    # a place named after its kind: 'Which river', the answer keeps the name whole
    assert qs.get("Which river burst its banks early on Sunday?") == "the River Kell"


def test_english_no_adverbial_clause_question_when_conditional_quoted_or_reported():
    qs = _questions("Roads closed\n\nThe council will close the bridge if the River Kell "
                    "bursts its banks on Sunday. Tom Hale said the road was shut after a "
                    "lorry hit the wall on Friday. The school closed on Monday after "
                    "a seven-year-old pupil developed a high fever.")
    assert not any(p.startswith(("When did the River", "Which river")) for p in qs)  # if
    assert not any(p.startswith(("When did a lorry", "What hit")) for p in qs)  # Hale's words
    assert "a seven-year-old pupil" not in qs.values()  # a person is no 'what'


def test_its_stays_in_a_question_only_for_a_thing_named_in_its_clause():
    qs = _questions("Orchestra\n\nThe Dunmere Orchestra cancelled its tour on Monday. The "
                    "orchestra blamed a dispute with its musicians. The old mill lost its "
                    "roof on Friday.")
    assert qs.get("When did the old mill lose its roof?") == "on Friday"
    assert not any("its tour" in p or "its musicians" in p for p in qs)  # whose?


def test_german_main_clause_after_a_semicolon_and_which_places():
    qs = _questions("Hochwasser\n\nDie Dörfer Kellbach und Ruhmoor wurden am Abend geräumt; "
                    "rund 300 Bewohner kamen in einer Schule unter. Der Verein Kellbach "
                    "sammelte Spenden.")
    assert qs.get("Welche Dörfer wurden am Abend geräumt?") == "Kellbach und Ruhmoor"
    assert qs.get("Wie viele Bewohner kamen in einer Schule unter?") == "rund 300"
    # a name without its kind before it is no 'welche'
    assert not any(p.startswith("Welche") and "Verein" in p for p in qs)


def test_english_subject_relative_clause_says_what_the_thing_does():
    text = ("Fungus find\n\nA fungus that eats rubber has been found in Norway. Scientists at "
            "the University of Kelby have found a fungus that digests nylon, the plastic "
            "used in ropes. The fungus grows fast. The fungus was kept in a lab that "
            "belongs to the city. Nobody has tested the fungus outside.")
    qs = _questions(text)
    assert qs.get("What does the fungus digest?") == "nylon, the plastic used in ropes"
    # the main clause no longer shows that answer, and 'What ... found? - the fungus' (the
    # topic itself) is not asked
    assert not any("nylon" in p for p in qs)
    assert not any(p.startswith("What have scientists") for p in qs)
    # 'a lab that belongs to the city': after a preposition, the antecedent is unclear
    assert not any(p.startswith("What does the lab") for p in qs)


def test_english_where_and_when_of_one_clause_leave_each_other_out():
    qs = _questions("Rare fish\n\nThe fish was caught in the deep water of Lake Varra, a cold "
                    "mountain lake, in 2021. Tourists stay in Dunmore. Buses stop in "
                    "Dunmore. A hotel opened in Dunmore.")
    assert qs.get("Where was the fish caught?") == "in the deep water of Lake Varra"
    assert qs.get("In what year was the fish caught?") == "2021"
    # a place most sentences name is the story's setting, not worth a 'Where'
    assert not any(p.startswith("Where did a hotel") for p in qs)


def test_german_asyndetic_main_clause_after_a_comma_but_not_reported_speech():
    qs = _questions("Neue Linie\n\nGebaut werden soll ab dem Sommer 2027, die ersten Busse "
                    "könnten nach Plänen der Stadt Ende 2029 fahren. Jana Roth kündigte an, "
                    "die Firma werde ab Januar ein Menü anbieten.")
    assert qs.get("Wann könnten die ersten Busse nach Plänen der Stadt fahren?") == \
        "Ende 2029"
    assert not any("Menü" in p for p in qs)  # the firm's plan in Roth's words


def test_german_count_after_a_dative_preposition_keeps_it():
    qs = _questions("Neue Linie\n\nDer Leiter der Kelltaler Busbetriebe, Jonas Falk, rechnet mit "
                    "etwa 12.000 Fahrgästen pro Tag. Eine Petition gegen den Bau wurde von mehr "
                    "als 2.000 Menschen unterschrieben. Am Montag stand eine Fläche von mehr als "
                    "300 Hektar unter Wasser. Pendler müssen mit bis zu 20 Minuten längeren "
                    "Fahrzeiten rechnen.")
    # the speaker by name only: the role is asked on its own
    assert qs.get("Mit wie vielen Fahrgästen rechnet Jonas Falk pro Tag?") == "etwa 12.000"
    assert qs.get("Von wie vielen Menschen wurde eine Petition gegen den Bau "
                  "unterschrieben?") == "mehr als 2.000"
    # a phrase of the noun before it, a count of the noun after it: no such question
    assert not any(p.startswith(("Von wie vielen Hektar", "Mit wie vielen Minuten"))
                   for p in qs)


def test_german_which_place_inside_a_prepositional_phrase():
    qs = _questions("Neue Linie\n\nDie neue Strecke soll den Hauptbahnhof mit dem Neubaugebiet "
                    "Kellfeld verbinden. Die Opposition spricht von einem Fehler, Anwohner "
                    "sammeln Unterschriften gegen die neue Trasse.")
    assert qs.get("Mit welchem Neubaugebiet soll die neue Strecke den Hauptbahnhof "
                  "verbinden?") == "Kellfeld"
    # 'gegen die Trasse' belongs to the second clause after the comma
    assert not any(p.startswith("Wogegen spricht") for p in qs)


def test_german_quoted_label_percent_change_and_connectives():
    qs = _questions("Urteil\n\nDas Amtsgericht Kellbach gab am Montag einer Klage des "
                    "Umweltvereins Nord statt. Die Brauerei Lohm darf ihr Bier demnach nicht mehr "
                    "mit dem Aufdruck „gesund“ verkaufen. Die Brauerei habe den Verbrauch seit "
                    "2020 um rund 20 Prozent gesenkt. Der Verein kündigte an, weitere Klagen "
                    "vorzubereiten.")
    # 'demnach' ties the sentence to the one before: left out, not a reason to drop it
    assert qs.get("Mit welchem Aufdruck darf die Brauerei Lohm ihr Bier nicht mehr "
                  "verkaufen?") == "mit dem Aufdruck „gesund“"
    assert qs.get("Um wie viel Prozent hat die Brauerei den Verbrauch seit 2020 "
                  "gesenkt?") == "um rund 20 Prozent"  # '20' is no give-away in '2020'
    # 'der Verein' is the one club named before
    assert qs.get("Wer kündigte an, weitere Klagen vorzubereiten?") == "Umweltverein Nord"


def test_german_who_question_not_with_ihre_for_the_answer():
    qs = _questions("Urteil\n\nDie Molkerei Sandau darf ihre Joghurts nicht mehr verkaufen. "
                    "Die Molkerei Sandau hat ihre Preise gesenkt.")
    assert not any(p.startswith("Wer") and " ihre " in p for p in qs)


def test_english_adverbial_clause_stays_when_a_focus_word_points_at_it():
    qs = _questions("Hack\n\nThe council only noticed the attack after the hackers had been in "
                    "the network for three weeks. The shop closed early after the storm hit the "
                    "town on Friday.")
    assert not any("only notice" in p and "after" not in p for p in qs)
    assert qs.get("When did the storm hit the town?") == "on Friday"


def test_no_question_with_a_cut_coordination_an_object_pronoun_or_a_symbol_unit():
    de = _questions("Unruhen\n\nDie Polizei hatte in der Millionenstadt Kellburg und anderen "
                    "Regionen die Kontrolle verloren. Der Verkehr wird seit Mittwoch umgeleitet. "
                    "Das Landesamt für Straßenbau und Verkehr prüft die Brücke.")
    assert not any(p.startswith("In welcher Millionenstadt") for p in de)
    assert not any(p.startswith("Wer wird seit Mittwoch") for p in de)  # 'der Verkehr'
    en = _questions("Chess\n\nAnna Lee, a coach at Kell Chess Club, has trained her since she "
                    "was six. The rail buckled after temperatures in the area had reached 33C "
                    "on Tuesday.")
    assert not any(p.startswith("Who has trained her") for p in en)
    assert not any(p.startswith("How many C") for p in en)


def test_new_shapes_do_not_fire_on_lists_copulas_partitives_or_relative_clauses():
    de = _questions("Zahlen\n\nLaut der Volkszählung waren von 7.988 Einwohnern 56 Prozent "
                    "Katholiken. Die Mannschaft präsentierte auch Tom Kerr, der mit 136 Toren "
                    "der beste Spieler war. Die Kellbacher sind eine Gruppe mit einer starken "
                    "Verbindung zu der Region Tynefeld. Die Familie erlangte das Fürstentum "
                    "Kapua und Kaiser Heinrich III.")
    assert not any(p.startswith(("Von wie vielen", "Mit wie vielen", "Zu welcher Region"))
                   for p in de)
    assert not any("Heinrich" in p for p in de)  # cut at the numeral's full stop
    en = _questions("Oxygen\n\nOxygen was discovered by Carl Scheele, in Uppsala, in 1773, and "
                    "by Joseph Priestley in Wiltshire in 1774. The collection is the largest "
                    "in Britain. No single solution has achieved wide acceptance. Q stands for "
                    "the Quaternary period.")
    assert not any(p.startswith("Where") for p in en)
    assert "no single solution" not in {a.lower() for a in en.values()}
    assert "Q" not in en.values()


def _scored(text: str) -> dict[str, tuple[str, float]]:
    """prompt -> (skill, score) of the short-answer wh-questions."""
    analysis = analyze(load_article(text))
    return {q.prompt: (q.skill, q.score) for q in wh.generate(analysis)
            if q.type == "short_answer"}


def test_german_reason_ranks_below_the_fact_its_prompt_shows():
    qs = _scored("Urteil in Neuhof\n\nDie Stadtwerke Neuhof dürfen ihre Busse nicht mehr mit "
                 "dem Slogan „emissionsfrei“ bewerben, weil die Fahrzeuge noch mit Diesel "
                 "fahren. Der Zug hatte sich wegen eines Sturms stark verspätet.")
    which = qs["Mit welchem Slogan dürfen die Stadtwerke Neuhof ihre Busse nicht mehr bewerben?"]
    why = qs["Warum dürfen die Stadtwerke Neuhof ihre Busse nicht mehr mit dem Slogan "
             "„emissionsfrei“ bewerben?"]
    assert why[0] == "why" and 0 < why[1] < which[1]  # the why-prompt shows the slogan
    # beside a bare noun ('Was hatte sich ... verspätet? - der Zug') the reason stays first
    bare = qs["Was hatte sich wegen eines Sturms stark verspätet?"]
    assert qs["Warum hatte sich der Zug stark verspätet?"][1] > bare[1]


def test_german_no_who_for_a_class_noun_naming_the_headline_organisation():
    text = ("Brauerei Kellberg schließt Standort in Ostdorf\n\nDie Brauerei Kellberg hat ihren "
            "Standort in Ostdorf am Montag geschlossen. Die Brauerei habe den Wasserverbrauch "
            "seit 2020 um rund 20 Prozent gesenkt, erklärte Sprecherin Jana Holm. Schuld seien "
            "in Wahrheit die Behörden, behauptete Holm gegenüber der „Kellberger Allgemeinen“. "
            "Auch der Sportverein Ostdorf war betroffen. Der Verein kündigte an, eine Klage "
            "vorzubereiten.")
    qs = _questions(text)
    assert not any(p.startswith("Wer hat den Wasserverbrauch") for p in qs)
    assert qs["Um wie viel Prozent hat die Brauerei den Wasserverbrauch seit 2020 gesenkt?"] \
        == "um rund 20 Prozent"
    # 'der Verein' for an organisation the headline does not name is still asked
    assert qs["Wer kündigte an, eine Klage vorzubereiten?"] == "Sportverein Ostdorf"
    # a quoted outlet keeps its adjective (the quote finder stopped at 'Kellberger')
    outlets = {q.outlet for q in analyze(load_article(text)).quotes if q.outlet}
    assert outlets == {"Kellberger Allgemeinen"}


def _who(text: str) -> dict[str, list[str]]:
    """who-prompt -> [answer, *accepted answers], of the short-answer wh-questions."""
    analysis = analyze(load_article(text))
    return {q.prompt: [q.answer, *q.accepted_answers] for q in wh.generate(analysis)
            if q.skill == "who" and q.type == "short_answer"}


def test_a_speaker_for_the_company_is_named_by_the_company_or_not_asked():
    """'A spokeswoman for the company': 'the company' points back; the answer names the
    company the article introduced, and without one there is no who-question."""
    named = _who("Pill recall hits pharmacies\n\nThe maker, Halden Labs, apologised on Monday. "
                 "A spokeswoman for the company said the error had happened at a packing "
                 "plant in March.")
    said = [v for p, v in named.items() if p.startswith("Who said")]
    assert said == [["a spokeswoman for Halden Labs", "a spokeswoman for Halden Labs"]]
    unnamed = _who("Bank fined\n\nRegulators fined a bank on Monday. A spokesman for the "
                   "company said the fine would be paid in March.")
    assert not any("the company" in a for v in unnamed.values() for a in v)


def test_a_surname_two_persons_share_is_answered_with_the_full_name():
    """'Ostrova played ...' after only Maria Ostrova was named: the answer is her full name,
    and the shared surname is no accepted answer; once both were named, no question."""
    text = ("Young pianist wins contest\n\nMaria Ostrova from Dundee has won the Oslo Piano "
            "Prize. Ostrova played three sonatas in the final round. Her father, Ivan "
            "Ostrova, a teacher in Dundee, said the family was proud.")
    answers = [v for p, v in _who(text).items() if "sonatas" in p]
    assert answers and all(v[0] == "Maria Ostrova" and "Ostrova" not in v for v in answers)
    both = ("Young pianist wins contest\n\nMaria Ostrova and her father Ivan Ostrova came "
            "from Dundee to Oslo. Ostrova played three sonatas in the final round.")
    assert not any(a == "Ostrova" for v in _who(both).values() for a in v)


def test_a_verb_of_another_mood_continues_the_reported_clause_not_the_speaker():
    """'X sagte, der Hund habe ... und müsse ...': the dog must, not X."""
    text = ("Streit um Hund\n\nIn Lindenau hat ein Hund mehrere Hühner gerissen. "
            "Vereinschef Karl Brenner sagte gegenüber der Zeitung, der Hund habe jede Scheu "
            "verloren und müsse sofort eingefangen werden. Brenner leitet den Verein seit 2019.")
    qs = _questions(text)
    assert not any("eingefangen" in p and a == "Karl Brenner" for p, a in qs.items())
    clauses = german_clauses(analyze(load_article(text)).sentences[2])
    assert not any(c.finite.text == "müsse" for c in clauses)


def test_wer_takes_no_plural_verb_for_a_plural_noun_read_as_a_name():
    """'Schäfer fordern den Abschuss' (shepherds, or the surname Schäfer): no 'Wer fordern'."""
    text = ("Wolf reißt Schafe\n\nIn der Lausitz hat ein Wolf 27 Schafe getötet. Schäfer fordern "
            "den Abschuss des Tieres. Der Schäfer Thomas Kühnel sagte, er habe alles verloren.")
    assert not any(p.startswith("Wer fordern") for p in _questions(text))
    assert wh._plural_finite_de("forderten") and wh._plural_finite_de("sammeln")
    assert not wh._plural_finite_de("kann") and not wh._plural_finite_de("fordert")


def test_no_how_many_when_the_sentence_has_two_numbers_of_that_unit():
    """'How many metres did the service say the crater was about 20 metres wide and deep?'"""
    text = ("Crater in Ashford\n\nA sinkhole opened in Ashford on Thursday. The fire service said "
            "the crater was about 20 metres wide and up to eight metres deep. The council said "
            "300 homes had been checked.")
    prompts = [p for p in _questions(text) if p.startswith("How many metres")]
    assert prompts == []
    assert any(p.startswith("How many homes") for p in _questions(text))


def test_wer_for_a_group_takes_a_singular_verb_or_is_not_asked():
    """'Die Bewohner fordern eine Ampel' (-ern, not -en): no 'Wer fordern ...?'."""
    text = ("Streit um Ampel\n\nIn Kornbach ist die Kreuzung gefährlich. Die Bewohner fordern "
            "seit Monaten eine Ampel. Die Stadt hat eine Prüfung zugesagt.")
    assert not any(p.startswith("Wer fordern") for p in _questions(text))


def test_an_organisation_answer_has_only_organisations_as_options():
    """'CHAOS' (a shouted headline word the analysis calls an organisation for want of a
    better label) is no option beside 'Dorset and Wiltshire Police'; organisations by their
    name are."""
    text = ("Drone CHAOS: flights diverted\n\nDorset and Wiltshire Police said two men "
            "had been arrested near the village of Felton on Monday. Several flights were "
            "diverted to Exeter and Plymouth, and passengers in Plymouth waited for hours. "
            "A spokesman "
            "for Devon County Council said the airport should have acted much sooner. "
            "Reporters from the Western Gazette and the Exmouth Journal were at the scene. "
            "Later the BBC reported that the men had been released.")
    analysis = analyze(load_article(text))
    mc = [q for q in wh.generate(analysis) if q.type == "multiple_choice"
          and q.answer == "Dorset and Wiltshire Police"]
    assert mc, [q.prompt for q in wh.generate(analysis)]
    assert "CHAOS" not in mc[0].options
    assert "Devon County Council" in mc[0].options


def test_a_possessive_names_its_owner_or_the_question_is_not_asked():
    """'Rund 40 Rehe werden nach seinen Angaben vermisst' after a sentence about Jens
    Albrecht: 'nach Albrechts Angaben' in the question; with nobody to own 'seinen' there is
    no question; a possessive its own clause explains ('der Förster ... in seinem Revier')
    stays."""
    text = ("Sturm im Stadtwald\n\nDer Förster Jens Albrecht aus Kornbach hat am Montag die "
            "Schäden gezählt. Rund 40 Rehe werden nach seinen Angaben noch vermisst. Die Wege "
            "im Stadtwald bleiben nach Angaben der Stadt bis Freitag gesperrt.")
    prompts = list(_questions(text))
    assert "Wie viele Rehe werden nach Albrechts Angaben noch vermisst?" in prompts
    assert not any("seinen" in p for p in prompts)
    nobody = text.replace("Der Förster Jens Albrecht aus Kornbach hat am Montag die Schäden "
                          "gezählt.", "Der Sturm hat am Montag im Stadtwald gewütet.")
    assert not any("Rehe" in p for p in _questions(nobody))
    local = ("Sturm im Stadtwald\n\nDer Förster Jens Albrecht ist seit 20 Jahren im Stadtwald "
             "von Kornbach tätig. Der Förster fand am Montag 30 umgestürzte Bäume in seinem "
             "Revier. Die Wege bleiben gesperrt.")
    assert any("in seinem Revier" in p for p in _questions(local))


def test_an_english_possessive_of_a_person_named_before_takes_the_name():
    """'Her team will start ...' after a sentence about Jane Albright: "Albright's team"; a
    'their' nothing in the article owns for sure drops the question."""
    text = ("Storm hits forest\n\nForester Jane Albright inspected the forest near Oakley on "
            "Monday. Her team will start clearing the paths on Friday. The paths will stay "
            "closed until then.")
    prompts = list(_questions(text))
    assert "When will Albright's team start clearing the paths?" in prompts
    assert not any(re.search(r"\bher\b", p, re.I) for p in prompts), prompts
    their = text.replace("Her team", "Their team")
    assert not any("team" in p for p in _questions(their))


def test_a_group_counted_by_a_number_from_an_earlier_sentence_is_not_asked():
    """'Die vier Familienmitglieder werden seit Samstag behandelt': which four? The same
    group explained in the question ('die vier Mitglieder der Familie Berger') is asked."""
    text = ("Vergiftung in Kornbach\n\nEine Frau aus Kornbach hat für ihre Familie Pilze "
            "gekocht. Die vier Familienmitglieder werden seit Samstag im Krankenhaus "
            "behandelt. Die Ärzte rechnen mit einer Entlassung in der kommenden Woche.")
    assert not any("vier Familienmitglieder" in p for p in _questions(text))
    explained = text.replace("Die vier Familienmitglieder werden",
                             "Die vier Mitglieder der Familie Berger werden")
    assert any("vier Mitglieder der Familie Berger" in p for p in _questions(explained))


def test_english_who_for_a_plural_group_takes_a_singular_verb():
    """'The residents blame the supplier' -> 'Who blames ...?', never 'Who blame ...?'
    ('Some residents blame ...' is not asked: 'some residents' names nobody)."""
    text = ("Water main blamed\n\nA sinkhole opened up in a car park in Ashcombe on Thursday. "
            "The residents blame the local water supplier for the damage. The car park will "
            "stay closed until March.")
    prompts = list(_questions(text))
    assert "Who blames the local water supplier for the damage?" in prompts
    assert not any(p.startswith("Who blame ") for p in prompts)


def test_a_described_person_from_the_sentence_before_is_named_in_the_question():
    """'Der 47-jährige Landwirt fand ...' after a sentence naming Jens Albrecht: the question
    asks 'Wer fand ...? - Jens Albrecht' and says 'Albrecht', not 'der 47-jährige Landwirt'
    (which farmer?)."""
    text = ("Sturm über Kornbach\n\nBetroffen ist vor allem der Hof von Jens Albrecht aus "
            "Kornbach. Der 47-jährige Landwirt fand am Montagmorgen zwölf tote Kühe im Stall. "
            "Die Feuerwehr war bis zum Abend im Einsatz.")
    questions = _questions(text)
    assert not any("47-jährige" in p for p in questions), list(questions)
    assert any(p.startswith("Wann fand Albrecht") for p in questions), list(questions)
    assert questions.get("Wer fand am Montagmorgen zwölf tote Kühe im Stall?") == "Jens Albrecht"


def test_a_condition_after_the_clause_stays_in_the_question_or_nothing_is_asked():
    """'..., ein Zuschuss werde nur gezahlt, wenn ...': 'Wer erklärte, ein Zuschuss werde
    nur gezahlt?' would change what she said; the condition goes with it. A question that
    cannot carry the condition is not asked."""
    text = ("Streit um Zuschüsse\n\nDie Ministerin Anna Berger erklärte am Montag, ein "
            "Zuschuss werde nur gezahlt, wenn die Gemeinde einen Plan vorlege. Die Stadt "
            "Kornbach zahlt jeder Familie künftig 500 Euro, wenn sie ein Lastenrad kauft. "
            "Die Gemeinde Kornbach will bis Freitag entscheiden.")
    prompts = list(_questions(text))
    who = [p for p in prompts if p.startswith("Wer erklärte")]
    assert who and all(p.endswith("wenn die Gemeinde einen Plan vorlege?") for p in who), \
        prompts
    assert not any("500 Euro" in p and "wenn" not in p for p in prompts), prompts


def test_an_answer_that_only_points_back_is_named_or_not_kept():
    """'What has not yet chosen a name? - the zoo' names the zoo the article introduced
    ('Harlow Zoo'); 'the news' names nothing and stays below the keep line; a noun is no
    organisation because an organisation's name starts like it ('the rails' is not 'Network
    Rail')."""
    text = ("Elephant calf born\n\nA female elephant calf was born at Harlow Zoo on Sunday. "
            "The zoo has not yet chosen a name for the calf. The news has reopened a bitter "
            "dispute over the size of the enclosure. Eleven wagons of a freight train left "
            "the rails near Harlow on Monday, according to Network Rail.")
    analysis = analyze(load_article(text))
    questions = {q.prompt: q for q in wh.generate(analysis) if q.type == "short_answer"}
    answers = {q.answer: q.score for q in questions.values()}
    assert "Harlow Zoo" in answers and "the zoo" not in answers, answers
    assert answers.get("the news", 0) < 0.35
    assert "Network Rail" not in answers or all(
        "rails" not in p for p, q in questions.items() if q.answer == "Network Rail")


def test_a_company_noun_as_who_answer_is_not_kept():
    """'Wer ist in Schieflage geraten? - das Unternehmen': names nobody."""
    text = ("Bäckerei in Not\n\nDie Traditionsbäckerei aus Kornbach hat Insolvenz beantragt. "
            "Das Unternehmen ist wegen gestiegener Energiekosten in Schieflage geraten. Die "
            "Löhne sind bis Ende Januar gesichert.")
    analysis = analyze(load_article(text))
    low = [q for q in wh.generate(analysis) if q.answer == "das Unternehmen"]
    assert all(q.score < 0.35 for q in low)


def test_a_pronoun_chain_is_not_handed_to_a_name_in_a_phrase():
    """'Während des Besuchs von Ministerin Anna Berg wurde er überwacht. Zuletzt wohnte er
    in Ricklingen.': 'er' is the suspect the text called 'er' before, not Anna Berg (and a
    surname cut to an initial, 'Karim B.', keeps the whole name)."""
    text = ("Verdächtiger verschwunden\n\nKarim B. war in Kornbach als Koch tätig. 2015 kam er "
            "nach Deutschland. Während des Besuchs von Innenminister Tom Berg im April wurde "
            "er von der Polizei überwacht. Zuletzt wohnte er im Stadtteil Ricklingen.")
    prompts = list(_questions(text))
    assert not any("Berg" in p and "wohnte" in p for p in prompts), prompts
    assert not any(re.search(r"\bB\b(?!\.)", p) for p in prompts), prompts
    assert any("Karim B." in p for p in prompts), prompts


def test_how_many_never_cuts_a_range_or_a_hedged_prepositional_amount():
    """'um drei bis vier Prozentpunkte' is no 'Wie viele Prozentpunkte ... um drei bis
    nach? - vier'; 'einen Gewinn von umgerechnet 4,6 Milliarden Euro' no '... von umgerechnet
    aus?'."""
    text = ("Gewinn bei Kornbach Digital\n\nDie Firma Kornbach Digital weist für das Jahr einen "
            "Gewinn von umgerechnet 4,6 Milliarden Euro aus. Der Aktienkurs gab trotz der "
            "guten Zahlen um drei bis vier Prozentpunkte nach. Der Umsatz betrug 6,7 "
            "Milliarden Euro.")
    prompts = list(_questions(text))
    assert not any("drei bis nach" in p or "umgerechnet aus" in p for p in prompts), prompts
    assert any(p.startswith("Wie viel betrug der Umsatz") for p in prompts), prompts


def test_who_is_not_asked_of_a_name_that_is_an_organisation_only_by_default():
    """'Modesto is served by State Route 12': a town nothing marks as a place or an
    organisation is no 'Who is served by ...?' (a 'What ...?' may ask it)."""
    text = ("Roads in the valley\n\nModesto is served by State Route 12, the main road that "
            "connects the towns of the valley. Modesto is also the largest town without a "
            "railway station. The road will be widened next year.")
    prompts = _questions(text)
    assert not any(p.startswith("Who") for p, a in prompts.items() if a == "Modesto"), prompts


def test_english_how_many_only_where_the_unit_is_the_head():
    """'two absorption bands', '760 mm (2 ft 6 in) narrow gauge lines': the counted word is
    no head noun, so no 'How many absorption does ...?'; 'about 300 homes were' is asked.
    (Since round 2 after review 63 the compound is counted whole: 'How many absorption bands
    does the lamp show ...?' is right.)"""
    text = ("Valley news\n\nThe lamp shows two absorption bands in the red light. Two railways "
            "operate 760 mm (2 ft 6 in) narrow gauge lines in the hills. About 300 homes were "
            "flooded in Harlow on Monday.")
    prompts = list(_questions(text))
    assert not any(p.startswith(("How many absorption does", "How many absorption in",
                                 "How many mm")) for p in prompts), prompts
    assert any(p.startswith("How many homes") for p in prompts), prompts


def test_a_claim_in_konjunktiv_without_a_verb_of_saying_names_whose_it_is():
    """'Rund 300 Bäume seien in der Nacht umgestürzt' after '..., sagte Förster Jens
    Albrecht': the question says 'laut Albrecht' instead of stating his claim as fact."""
    text = ('Sturm im Stadtwald\n\n"Das ist eine Katastrophe für den Wald", sagte Förster '
            "Jens Albrecht am Montag. Rund 300 Bäume seien in der Nacht umgestürzt. Die Wege "
            "bleiben bis Freitag gesperrt.")
    prompts = list(_questions(text))
    assert "Wie viele Bäume sind laut Albrecht in der Nacht umgestürzt?" in prompts, prompts
    assert "Bis wann bleiben die Wege gesperrt?" in prompts  # the article's own fact


def test_a_measure_with_its_adjective_asks_how_high():
    """'Die Mauer ist 3,5 Meter hoch' -> 'Wie hoch ist die neue Mauer? - 3,5 Meter', not
    'Wie viele Meter ist die Mauer hoch?'; with a second predicate ('hoch und elektrisch
    gesichert') nothing clean can be asked."""
    text = ("Neue Mauer in Kornbach\n\nDie neue Mauer am Hafen ist 3,5 Meter hoch. Der Zaun "
            "am Hafen ist 1,80 Meter hoch und elektrisch gesichert. Die Stadt hat die Mauer "
            "im Mai gebaut.")
    qs = _questions(text)
    assert qs.get("Wie hoch ist die neue Mauer am Hafen?") == "3,5 Meter", qs
    assert not any(p.startswith("Wie viele Meter") for p in qs), qs


def test_a_who_question_keeps_the_clause_its_verb_needs():
    """'..., viele Eltern wüssten noch nicht, wo sie ...': not 'Wer sagte, viele Eltern
    wüssten noch nicht?'."""
    text = ("Impfstelle geschlossen\n\nDie Ärztin Anna Berg sagte am Montag, viele Eltern "
            "wüssten noch nicht, wo sie ihre Kinder impfen lassen können. Die Stadt Kornbach "
            "will bis Freitag entscheiden.")
    who = [p for p in _questions(text) if p.startswith("Wer sagte")]
    assert who and all(p.endswith("wo sie ihre Kinder impfen lassen können?") for p in who), who


def test_an_organisation_after_its_class_noun_and_a_government_under_a_condition():
    """'Die Billigfluggesellschaft Skyjet erwägt ...' is asked 'Wer erwägt ...? - Skyjet'
    (a class noun names its kind); 'Die spanische Regierung hat angekündigt, ..., wenn ...'
    keeps its condition."""
    text = ("Streit um Gebühren\n\nDie Billigfluggesellschaft Skyjet erwägt offenbar eine "
            "Gebühr für die Benutzung der Toiletten. Die spanische Regierung hat angekündigt, "
            "den Notstand auszurufen, wenn sich die Lage nicht verbessert. Die Fluglotsen "
            "streiken seit Freitag.")
    qs = _questions(text)
    assert qs.get("Wer erwägt offenbar eine Gebühr für die Benutzung der Toiletten?") == \
        "Skyjet", qs
    gov = [p for p, a in qs.items() if a == "die spanische Regierung"]
    assert gov and all(p.endswith("wenn sich die Lage nicht verbessert?") for p in gov), qs


def test_how_many_leaves_no_gap_after_an_adjective_or_inside_quotes():
    """'auf die nächsten drei Jahre', 'für weitere 10.000 Reservisten', 'sollen „fünf Farmen“
    gestürmt worden sein': no '... auf die nächsten ausgerichtet?', '... für weitere
    zugestimmt?', '... „“ gestürmt ...?'."""
    text = ("Streit um Lieferungen\n\nDie Lieferverträge der Firma Kornbach Gas sind auf die "
            "nächsten drei Jahre ausgerichtet. Das Parlament hat dem Einsatz für weitere 10.000 "
            'Reservisten zugestimmt. In der Region sollen „fünf Farmen“ gestürmt worden sein. '
            "Der Umsatz betrug 6,7 Milliarden Euro.")
    prompts = list(_questions(text))
    assert not any(re.search(r"nächsten ausgerichtet|weitere Reservisten|weitere zugestimmt|„“",
                             p) for p in prompts), prompts


def test_a_moved_prepositional_phrase_follows_the_subject_in_an_adverbial_question_de():
    """'Mit einer erfundenen Geschichte haben Betrüger in Bielefeld ...' -> 'Wo haben
    Betrüger mit einer erfundenen Geschichte ...?', not '... haben mit einer erfundenen
    Geschichte Betrüger ...' (blind review 8); a noun phrase that may go on with a
    preposition ('der Weg für die neue Linie') is not split."""
    from quizgen.generate import wh
    from quizgen.pipeline import analyze, load_article

    a = analyze(load_article(
        "Betrug in Bielefeld\n\n"
        "Mit einer erfundenen Unfallgeschichte haben Betrüger in Bielefeld eine Rentnerin um "
        "ihre Ersparnisse gebracht. Nach langem Streit ist der Weg für die neue Linie in "
        "Hohenfeld frei."))
    prompts = {q.prompt for q in wh.generate(a)}
    assert "Wo haben Betrüger mit einer erfundenen Unfallgeschichte eine Rentnerin um ihre " \
        "Ersparnisse gebracht?" in prompts, prompts
    assert not any("der Weg nach langem Streit" in p for p in prompts), prompts


def test_a_who_question_on_a_negated_predicate_is_not_kept():
    """'Who has not confirmed that any personal data was taken?' - nobody else confirmed it
    either (blind review 8); the same sentence without 'not' is asked."""
    from quizgen.generate import wh
    from quizgen.pipeline import analyze, load_article
    from quizgen.select import MIN_SCORE

    def kept(sentence: str) -> list[str]:
        a = analyze(load_article(
            "Council hit by hackers\n\nHackers have attacked Dunmore Borough Council on "
            f"Monday. {sentence} The police are investigating the attack."))
        return [q.prompt for q in wh.generate(a) if q.score >= MIN_SCORE]

    assert not any(p.startswith("Who has not") for p in kept(
        "The council has not confirmed that any personal data was taken."))
    assert any(p.startswith("Who has confirmed") for p in kept(
        "The council has confirmed that personal data was taken."))


def test_no_english_question_from_a_cut_reported_clause_or_a_placing_distance():
    """'Who said the carcass?' (the clause cut at ', which ...') and 'How many miles have
    some users blamed ... off the coast ...?' (a distance that places something) are not
    asked (blind review 8, outside the 30)."""
    from quizgen.generate import wh
    from quizgen.pipeline import analyze, load_article
    from quizgen.select import MIN_SCORE

    a = analyze(load_article(
        "Whale dies on beach\n\n"
        "A whale died on the beach at Cley on Sunday. The district council said the carcass, "
        "which weighs an estimated 20 tonnes, would be removed by Thursday. Some users have "
        "blamed surveys carried out for a wind farm around 40 miles off the coast. Police "
        "said 300 people came to see the whale."))
    kept = [q.prompt for q in wh.generate(a) if q.score >= MIN_SCORE]
    assert "Who said the carcass?" not in kept, kept
    assert not any(p.startswith("How many miles") for p in kept), kept
    assert any(p.startswith("How many people") for p in kept), kept


def test_no_how_many_question_on_a_duration_after_mit_de():
    """'Aigner rechnet mit mindestens drei Wochen' -> 'Mit wie vielen Wochen rechnet ...?'
    says not what lasts (blind review 8); a count after 'mit' is still asked."""
    from quizgen.generate import wh
    from quizgen.pipeline import analyze, load_article

    a = analyze(load_article(
        "Bad zu\n\nDas Hallenbad in Lindau bleibt geschlossen. Amtsleiter Stefan Aigner "
        "rechnet mit mindestens drei Wochen. Stadtsprecher Uwe Kern rechnet mit etwa 25.000 "
        "Fahrgästen pro Tag."))
    prompts = [q.prompt for q in wh.generate(a)]
    assert not any(p.startswith("Mit wie vielen Wochen") for p in prompts), prompts
    assert any(p.startswith("Mit wie vielen Fahrgästen") for p in prompts), prompts
