"""Cloze gaps a teacher would not keep, on invented sentences: the gap must be the fact the
sentence is about, not when something was said or a side date beside a number."""

from __future__ import annotations

from quizgen.generate import cloze
from quizgen.pipeline import analyze, load_article

KEEP = 0.35  # select.MIN_SCORE


def _gaps(text: str) -> dict[str, float]:
    """answer -> best score of the cloze questions with that answer."""
    out: dict[str, float] = {}
    for q in cloze.generate(analyze(load_article(text))):
        out[q.answer] = max(out.get(q.answer, 0.0), q.score)
    return out


def test_no_gap_on_the_day_a_quote_was_said():
    gaps = _gaps("Hackers have attacked the council of Kelby. Council leader Tom Riley "
                 "refused to pay. \"We will not pay criminals,\" Riley told a press "
                 "conference on Wednesday.")
    assert gaps.get("Wednesday", 0) < KEEP
    gaps = _gaps("Die Brücke in Lindau bleibt gesperrt. Die Reparatur werde mindestens "
                 "zwei Jahre dauern, sagte Bürgermeister Tom Kraus am Dienstag.")
    assert gaps.get("Dienstag", 0) < KEEP
    assert gaps.get("zwei", 0) >= KEEP  # what he said is the fact


def test_a_weekday_in_what_is_reported_still_counts():
    gaps = _gaps("The bridge in Kelby is closed. The council said the bridge would reopen "
                 "on Friday.")
    assert gaps.get("Friday", 0) >= KEEP


def test_the_number_beats_a_weekday_after_it():
    gaps = _gaps("A charity in Kelby is collecting money for the clubs. Its director, Tom "
                 "Riley, told the Kelby Courier that the charity had received donations of "
                 "more than £30,000 since Wednesday morning.")
    assert gaps["30,000"] > gaps["Wednesday morning"] + 0.1


def test_no_name_gap_on_a_common_noun_after_a_contracted_article():
    gaps = _gaps("Das Hallenbad in Lindau ist geschlossen. Geschäftsführer Tom Bad sagte, "
                 "die Keime seien gefährlich. Für Besucher, die im Bad waren, bestehe keine "
                 "Gefahr.")
    assert all(not (a == "Bad" and s >= KEEP) for a, s in gaps.items())


def test_no_gap_on_the_last_word_of_a_name_with_van_or_von():
    gaps = _gaps("Die Politikerin Ayaan Ali erhielt am Sonntag in Kassel einen Preis. Ali "
                 "wurde durch ihre Zusammenarbeit mit dem niederländischen Filmemacher Theo "
                 "van Gogh zum Ziel des Hasses. Van Gogh wurde 2004 ermordet.")
    assert "Gogh" not in gaps


def test_no_number_gap_in_an_amount_of_what_the_sentence_before_said():
    gaps = _gaps("An den Schulen fehlen Lehrkräfte. In manchen Regionen fällt jede zehnte "
                 "Stunde aus. Im vergangenen Schuljahr waren es landesweit etwa 6 Prozent.")
    assert "6" not in gaps
    gaps = _gaps("Schools are short of teachers. Many lessons are cancelled. Last year it was "
                 "around 6 per cent.")
    assert "6" not in gaps


def test_no_true_false_on_an_amount_of_what_the_sentence_before_said():
    from quizgen.generate import truefalse

    qs = truefalse.generate(analyze(load_article(
        "An den Schulen fehlen Lehrkräfte. In manchen Regionen fällt jede zehnte Stunde aus. "
        "Im vergangenen Schuljahr waren es landesweit etwa 6 Prozent.")))
    assert not any("waren es" in q.prompt for q in qs)


def test_a_span_of_years_in_a_quote_is_no_gap_worth_keeping():
    gaps = _gaps("Ein Wolf hat in der Lausitz 27 Schafe getötet. Schäfer Tom Kühn fand die "
                 "Tiere am Sonntag. \"So etwas habe ich in dreißig Jahren nicht erlebt\", "
                 "sagte Kühn.")
    assert gaps.get("dreißig", 0) < KEEP


def test_no_gap_on_a_date_list_piece_on_both_or_on_a_possessive_name():
    from tests.test_wh_teacher import RAIL

    gaps = _gaps(RAIL + " \"We have had no pay rise for years,\" said Aslef's regional "
                 "organiser, Dave Whitfield. Minister Louise Haig called on both sides to find "
                 "a deal.")
    assert not any("December" in a or a in {"Tuesday", "Tuesday 1"} for a in gaps)
    assert "both" not in gaps
    assert "Aslef" not in gaps


def test_no_cloze_on_a_bare_length_of_time_someone_expects():
    gaps = _gaps("Das Hallenbad in Lindau ist geschlossen. Die Leitungen müssen desinfiziert "
                 "werden. Amtsleiter Stefan Kraus rechnet mit mindestens drei Wochen.")
    assert "drei" not in gaps


def test_no_name_gap_on_a_common_noun_that_is_also_a_city():
    gaps = _gaps("Die Mosel ist in Cochem über die Ufer getreten. Bürgermeister Walter Schmitz "
                 "lobte die Hilfsbereitschaft. Viele Gastwirte hätten Essen für die Helfer "
                 "gebracht, sagte er.")
    assert "Essen" not in gaps


def test_a_year_after_in_is_the_gap_without_the_preposition():
    """'The club, founded ____' -> 'in 1886' accepted only with 'in' (blind review 9): the
    preposition stays in the sentence as with 'am ____', and the answer is the year."""
    from quizgen.generate import cloze
    from quizgen.pipeline import analyze, load_article

    a = analyze(load_article("Harwick Town has been placed into administration. The club, "
                             "founded in 1886, entered administration on Tuesday after failing "
                             "to pay a tax bill of around £640,000."))
    [q] = [q for q in cloze.generate(a) if q.answer.endswith("1886")]
    assert q.answer == "1886" and "founded in ________" in q.prompt


def test_an_organisation_that_says_it_is_its_own_antecedent():
    """'The UK Fireball Network said it had received more than 600 reports': the 'it' is the
    speaker named in the sentence, which stands alone (blind review 9: such sentences gave no
    question at all, and a set of 25 had 14); 'She said it weighed ...' still needs the rock."""
    from quizgen.generate import cloze
    from quizgen.pipeline import analyze, load_article

    text = ("A meteorite has been found in a field near Thirsk. The Fireball Watch Network "
            "said it had received more than 600 reports from across the north. Dr Jane Ross "
            "examined the stone on Tuesday. She said it weighed around 320 grams.")
    answers = {q.answer for q in cloze.generate(analyze(load_article(text)))}
    assert "600" in answers and "320" not in answers
