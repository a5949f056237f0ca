"""Comp, tenth session (blind review 15): a gap on the town that is only the article's
setting ('More than 6,000 patients in ____ will lose ...') tests nothing a reader of the
first line does not know, while the number beside it stays shown; the number is asked."""

from __future__ import annotations

from quizgen.generate import cloze
from quizgen.pipeline import analyze, load_article
from quizgen.select import MIN_SCORE

EN = """Last bakery in town to close

More than 400 families in Dunmore will lose their only bakery next month after its owner \
gave up the lease. The shop on High Street has sold bread since 1952.

Around a quarter of homes in Dunmore have no car, so many residents walk to the shop. The \
Dunmore Gazette said a supermarket in Kelby, ten miles away, was the nearest alternative.
"""


def test_no_gap_on_the_setting_town_but_on_the_number() -> None:
    qs = [q for q in cloze.generate(analyze(load_article(EN))) if q.score >= MIN_SCORE]
    answers = {q.answer for q in qs}
    assert "Dunmore" not in answers, [(q.prompt, q.answer) for q in qs]
    assert "400" in answers, [(q.prompt, q.answer) for q in qs]
    # another place, named once, is still a fair gap
    assert "Kelby" in answers, [(q.prompt, q.answer) for q in qs]


EN_ONCE = """Vandals hit bowls club

A bowls club in Kirkby has been left devastated after vandals poured weedkiller across its \
green. Police said the vandals had fled towards Selby.
"""
# ('found on Sunday by a groundsman from Selby' was the other place here: where a person
# named by a noun comes from is a side detail, like 'ein Kfz-Mechaniker aus ____' below and
# 'Das Landeskriminalamt in ____' of blind review 79, see test_cloze_review82)


def test_the_only_place_of_the_lead_is_the_setting_even_named_once() -> None:
    qs = [q for q in cloze.generate(analyze(load_article(EN_ONCE))) if q.score >= MIN_SCORE]
    answers = {q.answer for q in qs}
    assert "Kirkby" not in answers, [(q.prompt, q.answer) for q in qs]
    assert "Selby" in answers, [(q.prompt, q.answer) for q in qs]


EN_AMOUNTS = """Band loses its hall

A property firm bought the band's hall in Dunmore last year for a reported £1.1 million. The \
firm said the building needed repairs costing several hundred thousand pounds. The band has \
around 60 members.
"""


def test_no_gap_in_a_vague_amount_and_no_dangling_reported() -> None:
    from quizgen.generate import wh

    a = analyze(load_article(EN_AMOUNTS))
    qs = [q for q in [*cloze.generate(a), *wh.generate(a)] if q.score >= MIN_SCORE]
    assert not any(q.answer == "thousand" for q in qs), [(q.prompt, q.answer) for q in qs]
    assert not any(q.prompt.endswith("for a reported?") for q in qs), [q.prompt for q in qs]
    assert any(q.answer == "60" for q in qs), [(q.prompt, q.answer) for q in qs]


def test_no_place_gap_in_a_sentence_of_no_comment() -> None:
    text = ("Klassenfahrt abgesagt\n\nDie Skifahrt der achten Klassen in Kornau ist abgesagt. "
            "Ein Sprecher des Reiseveranstalters Alpentours aus Kempten wollte sich auf Anfrage "
            "nicht zu den Preisen äußern. Die Fahrt hätte 780 Euro gekostet.\n")
    qs = [q for q in cloze.generate(analyze(load_article(text))) if q.score >= MIN_SCORE]
    assert not any(q.answer == "Kempten" for q in qs), [(q.prompt, q.answer) for q in qs]


def test_no_gap_on_a_persons_home_town() -> None:
    text = ("Raser vor Gericht\n\nIn Kassel hat der Prozess gegen einen 24-Jährigen begonnen. "
            "Der Angeklagte, ein Kfz-Mechaniker aus Baunatal, soll ein Rennen gefahren sein. "
            "Das Busunternehmen hat Fahrer aus Polen angeworben.\n")
    qs = [q for q in cloze.generate(analyze(load_article(text))) if q.score >= MIN_SCORE]
    answers = {q.answer for q in qs}
    assert "Baunatal" not in answers, [(q.prompt, q.answer) for q in qs]
    assert "Polen" in answers, [(q.prompt, q.answer) for q in qs]


def test_no_gap_on_a_persons_age() -> None:
    text = ("Betrug am Telefon\n\nBetrüger haben in Kornau eine Rentnerin um 30.000 Euro "
            "gebracht. Eine Nachbarin will einen etwa 25 Jahre alten Mann beobachtet haben. Die "
            "Polizei zählte seit Mittwoch mehr als 200 ähnliche Anrufe.\n")
    qs = [q for q in cloze.generate(analyze(load_article(text))) if q.score >= MIN_SCORE]
    answers = {q.answer for q in qs}
    assert "25" not in answers, [(q.prompt, q.answer) for q in qs]
    assert "200" in answers, [(q.prompt, q.answer) for q in qs]
