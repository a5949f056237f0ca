"""Quick reading 23 (comp faults), on invented text: a fronted object follows the subject in
the question; a verbless contrast after a comma is no question; a date inside a
zu-infinitive is not the day of the main verb; a date's 'two days before ...' apposition
does not stay behind in the when-question."""

from __future__ import annotations

from quizgen.generate import wh
from quizgen.pipeline import analyze, load_article
from quizgen.select import MIN_SCORE

DE = """Streit um die Ampel

Eltern fordern in Kornau eine Ampel an der Schulstraße. Einen Zebrastreifen gibt es nicht, \
nur eine Verkehrsinsel. Bürgermeister Jan Roth versprach, das Thema in der Ratssitzung am \
5. Februar zu behandeln. Einen Antrag will die Stadt bis Ende Mai stellen.
"""

EN = """Heat at sports day

Eleven pupils fell ill at a sports day in Dunmore on Friday. The Met Office had issued a \
heat warning for the region on Wednesday, two days before the event.
"""


def _asked(text: str) -> list[tuple[str, str]]:
    return [(q.prompt, q.answer) for q in wh.generate(analyze(load_article(text)))
            if q.score >= MIN_SCORE]


def test_fronted_object_follows_the_subject() -> None:
    prompts = [p for p, _ in _asked(DE)]
    assert "Bis wann will die Stadt einen Antrag stellen?" in prompts, prompts


def test_no_question_on_a_verbless_contrast() -> None:
    prompts = [p for p, _ in _asked(DE)]
    assert not any("nur eine Verkehrsinsel" in p for p in prompts), prompts


def test_date_of_a_zu_infinitive_is_not_the_promise_day() -> None:
    asked = _asked(DE)
    assert not any(p.startswith("Wann versprach") for p, _ in asked), asked


def test_relative_day_tail_leaves_the_when_question() -> None:
    asked = _asked(EN)
    when = [p for p, a in asked if a == "on Wednesday"]
    assert when and not any("two days before" in p for p in when), asked


DE2 = """Halle gesperrt

Wegen Schimmel im Keller ist die Turnhalle des Gymnasiums Süd in Kornau seit Mittwoch \
gesperrt. Bürgermeister Jan Roth will die Halle rasch öffnen. Zuständig sei allerdings auch \
der Landkreis, da die Halle dem Kreis gehöre, sagte Roth dem Kornauer Boten.
"""


def test_a_genitive_stays_with_its_noun_when_a_phrase_moves() -> None:
    prompts = [p for p, _ in _asked(DE2)]
    assert not any("im Keller des Gymnasiums" in p for p in prompts), prompts
    assert any(p.startswith("Seit wann ist") and "die Turnhalle des Gymnasiums Süd" in p
               for p in prompts), prompts


def test_fronted_predicate_and_saying_tail_of_a_why_question() -> None:
    why = [(p, a) for p, a in _asked(DE2) if p.startswith("Warum") and "Landkreis" in p]
    assert why, _asked(DE2)
    for p, a in why:
        assert p == "Warum ist laut Roth der Landkreis zuständig?", why
        assert "sagte" not in a, why


def test_no_what_question_on_the_label_campaign() -> None:
    text = ("Crossing patrols\n\nParents in Dunmore have launched a campaign to save the town's "
            "school crossing patrols. The council wants to cut all 14 posts.\n")
    asked = _asked(text)
    assert not any(a in {"a campaign", "campaign"} for _, a in asked), asked


def test_no_what_key_any_help_and_no_article_in_an_acronym_long_form() -> None:
    from quizgen.generate import vocabulary

    text = ("Wildschweine im Garten\n\nWildschweine haben in Kornau mehrere Gärten zerstört. "
            "Die Stadt will nun zwei Jäger einsetzen. Für die Familie Kessler kommt jede Hilfe "
            "ohnehin zu spät.\n\nDie Deutsche Lebens-Rettungs-Gesellschaft (DLRG) warnt "
            "Badegäste seit Jahren vor dem See.\n")
    a = analyze(load_article(text))
    assert not any(q.answer == "jede Hilfe" for q in wh.generate(a) if q.score >= MIN_SCORE)
    keys = [q.answer for q in vocabulary.generate(a) if q.skill == "vocabulary"]
    assert "Deutsche Lebens-Rettungs-Gesellschaft" in keys, keys


def test_a_firm_named_by_its_trade_is_asked_who() -> None:
    text = ("Toiletten\n\nDie Toiletten der Gesamtschule in Kornau sind marode. Eine "
            "Reinigungsfirma soll die Anlagen künftig zweimal am Tag putzen.\n")
    asked = _asked(text)
    assert any(p.startswith("Wer soll die Anlagen") for p, _ in asked), asked
    assert not any(p.startswith("Was soll die Anlagen") for p, _ in asked), asked


def test_no_what_question_on_a_measure() -> None:
    text = ("Wasserschaden\n\nNach einem Rohrbruch ist die Grundschule in Kornau geschlossen. "
            "Das Wasser stand im Keller nach Angaben der Feuerwehr fast einen Meter hoch.\n")
    asked = _asked(text)
    assert not any(a == "einen Meter" or p.endswith("fast hoch?") for p, a in asked), asked


def test_no_how_many_on_the_whole_of_a_part() -> None:
    text = ("Library hours cut\n\nBranch libraries in Northgate will open on only three days a "
            "week from January. The cuts will affect seven of the city's 11 libraries.\n")
    asked = _asked(text)
    assert not any(p.endswith("of the city's?") for p, _ in asked), asked
