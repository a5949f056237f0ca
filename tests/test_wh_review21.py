"""Blind review 21, comprehension: questions built across two clauses, a participle phrase
read as the verb, a fronted German adverb left before the subject, a one-word abstract key,
'who' asked of a firm or building in the passive. Invented text."""

from __future__ import annotations

from quizgen.select import candidates

from .helpers import analysed


def _questions(text: str, language: str) -> list:
    return [q for q in candidates(analysed(text, language)) if q.family == "comprehension"]


def _prompts(text: str, language: str) -> list[str]:
    return [q.prompt for q in _questions(text, language)]


def test_a_coordinated_clause_is_asked_on_its_own():
    text = ("Mill Road is a steep street with no crossing for half a mile, and a count paid "
            "for by the residents' association recorded up to 380 lorries a day in March. "
            "Residents want a weight limit.")
    prompts = [p for p in _prompts(text, "en") if p.startswith("How many")]
    assert prompts, _prompts(text, "en")
    assert all("steep street" not in p for p in prompts), prompts
    assert any(p.startswith("How many lorries a day did a count") for p in prompts), prompts


def test_a_participle_phrase_is_no_verb():
    text = ("A crowdfunding appeal set up by parents had raised more than £6,000 by Sunday "
            "evening. The school will reopen in January.")
    prompts = _prompts(text, "en")
    assert not [p for p in prompts if p.startswith("What set up")], prompts
    assert any(p.startswith("How much had a crowdfunding appeal set up by parents raised")
               for p in prompts), prompts


def test_a_fronted_adverb_follows_the_subject():
    text = ("Die Sanierung der Sporthalle soll rund zwei Millionen Euro kosten; abschließend "
            "berät der Kreistag am 4. März. Die Schulen warten seit Jahren.")
    prompts = [p for p in _prompts(text, "de") if p.startswith("Wann")]
    assert "Wann berät der Kreistag abschließend?" in prompts, prompts


def test_a_bare_abstract_noun_is_no_good_key():
    qs = _questions("Die Stadtwerke versprechen Besserung bis zum Sommer. Im Mai beginnen "
                    "die Arbeiten am Netz.", "de")
    keyed = [q for q in qs if q.answer == "Besserung"]
    assert all(q.score < 0.35 for q in keyed), [(q.prompt, q.score) for q in keyed]
    qs = _questions("The water company has promised action before the summer. Engineers "
                    "will start work in May.", "en")
    keyed = [q for q in qs if q.answer == "action"]
    assert all(q.score < 0.35 for q in keyed), [(q.prompt, q.score) for q in keyed]


def test_a_firm_taken_over_is_asked_which_firm():
    text = ("Die Firma Hollmann wurde im März von der Gruppe Sander übernommen. Die "
            "Belegschaft erfuhr es am Montag.")
    prompts = _prompts(text, "de")
    assert not [p for p in prompts if p.startswith("Wer wurde")], prompts
    assert "Welche Firma wurde im März von der Gruppe Sander übernommen?" in prompts, prompts


def test_a_school_in_the_passive_is_no_who():
    text = ("St Anne's School was inspected by Ofsted in June. Parents were told "
            "on Friday.")
    assert not [p for p in _prompts(text, "en") if p.startswith("Who was inspected")]


def test_a_firm_named_by_its_trade_is_no_person():
    text = ("Marston Engineering was bought by Coldwell Holdings in April. Staff were told "
            "on Monday.")
    assert not [p for p in _prompts(text, "en") if p.startswith("Who was bought")]


def test_a_second_clause_with_a_past_tense_taken_for_a_participle():
    text = ("The swimming pool has been shut since April, and parents collected more than "
            "3,000 signatures in a fortnight. The council meets on Monday.")
    prompts = _prompts(text, "en")
    assert not [p for p in prompts if ", and parents" in p and "gap" not in p], prompts
    assert "How many signatures did parents collect in a fortnight?" in prompts, prompts


def test_a_sum_inside_an_ing_phrase_is_not_the_verbs():
    text = ("The old bridge needs repairs costing up to £4 million. The county council "
            "owns it.")
    prompts = _prompts(text, "en")
    assert not [p for p in prompts if p.startswith("How much does the old bridge")], prompts


def test_a_fronted_adverb_follows_the_subject_in_more_questions():
    text = ("Künftig kostet der Eintritt für Erwachsene 4,50 Euro. Abschließend berät der "
            "Kreistag am 4. März über den Haushalt. Täglich nutzen rund 9.000 Menschen die "
            "Fähre.")
    prompts = _prompts(text, "de")
    assert "Wie viel kostet der Eintritt künftig für Erwachsene?" in prompts, prompts
    assert "Wann berät der Kreistag abschließend über den Haushalt?" in prompts, prompts
    # the count is the subject: the adverb stays before the object
    assert "Wie viele Menschen nutzen täglich die Fähre?" in prompts, prompts


def test_a_named_building_in_the_passive_is_no_who():
    text = ("Larch House was inspected by the Care Quality Commission in May. Brook Farm "
            "was visited by inspectors on Monday. The Royal Hotel was evacuated by "
            "firefighters on Sunday.")
    prompts = _prompts(text, "en")
    assert not [p for p in prompts if p.startswith(("Who was inspected", "Who was visited",
                                                    "Who was evacuated"))], prompts


def test_a_fronted_phrase_follows_a_definite_subject_but_not_an_indefinite_one():
    text = ("Nach dem neuen Zeitplan sollen die Arbeiten im Herbst 2027 abgeschlossen sein. "
            "Laut Stadtverwaltung soll in Hellbach eine neue Kita bis 2028 entstehen.")
    prompts = _prompts(text, "de")
    assert "Wann sollen die Arbeiten nach dem neuen Zeitplan abgeschlossen sein?" in prompts, \
        prompts
    assert not [p for p in prompts if p.startswith("Bis wann soll eine neue Kita")], prompts


def test_a_that_clause_with_a_coordinated_subject_stays_whole():
    text = ("Farmer Dan Hoyle lost twelve sheep. Mr Hoyle thinks that dogs or foxes were "
            "to blame. The police are looking into it.")
    prompts = _prompts(text, "en")
    assert not [p for p in prompts if p.endswith("that dogs?")], prompts


def test_a_fronted_object_follows_the_subject_with_its_genitive():
    text = ("Den ersten Fehler entdeckte ein Mitarbeiter der Sparkasse Hellbach am 3. März, "
            "als er die Konten prüfte. Seither ermittelt die Polizei.")
    prompts = _prompts(text, "de")
    assert not [p for p in prompts if "den ersten Fehler der Sparkasse" in p], prompts
    assert any(p.startswith("Wann entdeckte ein Mitarbeiter der Sparkasse Hellbach den ersten "
                            "Fehler") for p in prompts), prompts
