"""Roles that must carry their organisation (review 39 de_spargelernte Q5, 'Geschäftsführerin'
of the body the sentence before names in the genitive), on invented text."""

from __future__ import annotations

from quizgen.generate import vocabulary
from quizgen.pipeline import analyze, load_article

GENITIVE = """Zu wenige Helfer auf den Höfen

Auf den Höfen im Kreis fehlen Erntehelfer. Nach Angaben des Bauernverbands Oberhavel fehlen \
derzeit mehr als 400 Helfer, die bisher aus Polen kamen. Geschäftsführerin Marion Hensel sagte, \
viele Helfer arbeiteten lieber in Lagerhallen.
"""

NOUN_AND_PLACE = """Zu wenige Helfer

Auf den Höfen fehlen Erntehelfer. Nach Angaben des Landvereins Oberhavel fehlen derzeit mehr \
als 400 Helfer. Geschäftsführerin Marion Hensel sagte, viele Helfer arbeiteten lieber in \
Lagerhallen.
"""

DATIVE = """Zu wenige Helfer

Auf den Höfen fehlen Erntehelfer. Mit der Firma Kessler Logistik hat die Stadt einen Vertrag. \
Geschäftsführerin Marion Hensel sagte, viele Helfer arbeiteten lieber in Lagerhallen.
"""


def _role(text: str, name: str) -> str | None:
    return next(e.role for e in analyze(load_article(text)).entities if e.name == name)


def test_bare_role_takes_the_body_named_in_the_genitive() -> None:
    assert _role(GENITIVE, "Marion Hensel") == "Geschäftsführerin des Bauernverbands Oberhavel"


def test_noun_before_a_place_name_goes_with_the_body() -> None:
    assert _role(NOUN_AND_PLACE, "Marion Hensel") == "Geschäftsführerin des Landvereins Oberhavel"


def test_a_dative_body_is_not_the_employer() -> None:
    assert _role(DATIVE, "Marion Hensel") == "Geschäftsführerin"


def test_role_question_accepts_the_short_and_the_full_role() -> None:
    qs = [q for q in vocabulary.generate(analyze(load_article(GENITIVE)))
          if q.skill == "role" and q.type == "short_answer"]
    assert qs, qs
    assert qs[0].answer == "Geschäftsführerin des Bauernverbands Oberhavel"
    assert "Geschäftsführerin" in qs[0].accepted_answers


OPENING_DIE = """Teure Notdienste

Viele Kunden zahlen zu viel. Die Bürgerstiftung Lindenau rät, vorher einen Festpreis zu \
vereinbaren. Wer zu viel bezahlt habe, solle widersprechen, sagte Beraterin Helga Wendt.
"""

OPENING_PLURAL = """Teure Notdienste

Viele Kunden zahlen zu viel. Die Stadtwerke Lindenau raten, vorher einen Festpreis zu \
vereinbaren. Wer zu viel bezahlt habe, solle widersprechen, sagte Sprecherin Helga Wendt.
"""


def test_body_opening_with_die_takes_the_genitive_der() -> None:
    # review 36 de_schluesseldienst: 'Beraterin' of the body the sentence before opens with
    assert _role(OPENING_DIE, "Helga Wendt") == "Beraterin der Bürgerstiftung Lindenau"
    assert _role(OPENING_PLURAL, "Helga Wendt") == "Sprecherin der Stadtwerke Lindenau"


ITS_CHAIR = """Barn conversion approved

Ashford District Council's licensing committee approved the plan on Monday on the casting vote \
of its chair, Councillor Helen Price, after the members had split three to three. The barn will \
become six flats.
"""

ITS_OTHER = """Club sold

The company bought the club last year and its chair, Helen Price, resigned. The barn will become \
six flats.
"""


def test_its_role_takes_the_body_the_sentence_opens_with() -> None:
    # review 34 en_hmo_vicarage: 'councillor' for 'its chair' of the planning committee
    assert _role(ITS_CHAIR, "Helen Price") == \
        "chair of Ashford District Council's licensing committee"
    assert _role(ITS_OTHER, "Helen Price") is None
