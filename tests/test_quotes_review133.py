# ruff: noqa: E501  (an article as written, a paragraph a line)
"""quotes and coref, blind reviews 124 and 131:
- 124 de_paketboten: 'Ein 34-jähriger Bote, der seinen Namen nicht in der Zeitung lesen
  möchte, sagte, ...' went to the customs spokeswoman named before (an indefinite description
  was read like 'die 52-Jährige', someone already named);
- 131 en_honesty_box: 'A neighbour, retired carpenter Alan Hutchings, has offered ...
  "People have been so kind," she said.' went to him: his sex was unknown, so he fitted
  'she'. A first name with a clear sex now tells it where a pronoun is given a speaker
  (quotes.recent_person; coref keeps to what the text shows), and a person known not to fit
  sends the pronoun to the sentences before."""

from __future__ import annotations

from quizgen import pipeline
from quizgen.nlp.given_names import sex_of_first_name

BOTEN = """Von Jana Kruse | Freitag, 27. November 2026

Zoll kontrolliert Paketboten in Lindhorst

Der Zoll hat am Dienstag das Paketzentrum in Lindhorst kontrolliert. Betroffen seien vor allem Fahrer von Subunternehmen, sagte Zollsprecherin Anja Berger dem NDR.

Mehrere Fahrer berichteten von langen Tagen. Ein 34-jähriger Bote, der seinen Namen nicht in der Zeitung lesen möchte, sagte, an manchen Tagen arbeite er mehr als elf Stunden.

Quelle: Lindhorster Anzeiger
"""

STALL = """By Sarah Quinn | Friday 27 November 2026, 08:00

Honesty box stolen from farm stall

Thieves have taken the honesty box from a farm stall near Ashby for the third time this autumn. Stall owner Janet Mowbray said she had lost around £200.

Mrs Mowbray has not yet decided whether to reopen her stall. A neighbour, retired carpenter Alan Hutchings, has offered to build her a new one. "People have been so kind," she said.

Source: Ashby Courier
"""


def _speaker(text: str, opening: str) -> tuple[str | None, str | None]:
    analysis = pipeline.analyze(pipeline.load_article(text))
    names = {e.id: e.name for e in analysis.entities}
    index = next(s.index for s in analysis.sentences if opening in s.text)
    quote = next(q for q in analysis.quotes if q.sentence == index)
    return quote.speaker, names.get(quote.speaker_entity or "")


def test_an_indefinite_description_is_someone_new():
    assert _speaker(BOTEN, "Ein 34-jähriger Bote") == ("Ein 34-jähriger Bote", None)


def test_she_is_not_the_man_named_in_the_sentence_before():
    assert _speaker(STALL, "so kind")[1] == "Janet Mowbray"


def test_a_first_name_tells_the_sex_where_the_text_does_not():
    assert sex_of_first_name("Alan Hutchings") == "m"
    assert sex_of_first_name("Claire Hendry") == "f"
    assert sex_of_first_name("Sam Taylor") is None  # either sex
    assert sex_of_first_name("Hutchings") is None  # a surname alone


ZELLE = """Von Jana Kruse | Freitag, 27. November 2026

Telefonzelle am Marktplatz soll verschwinden

Die Telekom will die letzte Telefonzelle in Altheim abbauen. Der Heimatverein möchte sie als Bücherzelle erhalten, sagte Vorsitzender Jörg Lammers dem WDR.

Im Ort wird behauptet, die Telekom habe die Zelle absichtlich verfallen lassen. Belege dafür gibt es nicht; das Unternehmen wies den Vorwurf als "frei erfunden" zurück. Eine Bücherzelle wäre für den Marktplatz ein echter Gewinn, den sich der Rat nicht entgehen lassen sollte.

Quelle: Altheimer Bote
"""

STALL_DE = """Von Jana Kruse | Freitag, 27. November 2026

Streit um neuen Kuhstall in Osterwalde

Landwirt Hendrik Brüning will einen Stall für 180 Kühe bauen. Bürgermeister Uwe Freese sagte, er wünsche sich einen Kompromiss, etwa einen Standort weiter vom Dorf entfernt. Einen solchen hatte Brüning im Sommer allerdings abgelehnt, weil die Flächen dort zu nass seien.

Quelle: Osterwalder Zeitung
"""


def _quotes_in(text: str, opening: str) -> list:
    analysis = pipeline.analyze(pipeline.load_article(text))
    index = next(s.index for s in analysis.sentences if s.text.startswith(opening))
    return [q for q in analysis.quotes if q.sentence == index]


def test_a_konjunktiv_ii_after_a_quoted_word_is_the_writers():
    assert _quotes_in(ZELLE, "Eine Bücherzelle wäre") == []


def test_an_indicative_sentence_naming_another_person_does_not_go_on_with_the_speaker():
    assert [q.speaker for q in _quotes_in(STALL_DE, "Einen solchen hatte")] in ([], ["Hendrik Brüning"])


HOF = """Von Jana Kruse | Freitag, 27. November 2026

Hofladen muss Parkplätze schließen

Landwirt Markus Weiß darf vor seinem Hofladen künftig nur noch zehn Autos parken lassen. Eine Sprecherin des Landratsamts, Claudia Neumann, betonte, die Regeln gälten für alle Betriebe gleich. Man habe der Familie schon im Frühjahr schriftlich mitgeteilt, dass die Zahl der Plätze zu hoch sei.

Quelle: Altheimer Bote
"""


def test_a_feminine_noun_in_the_dative_is_no_description_of_a_man():
    # 'der Familie' read like 'der Kollege' went to Markus Weiß (judged32 de_hofladen)
    assert "Markus Weiß" not in [s for q in _quotes_in(HOF, "Man habe der Familie")
                                 for s in (q.speaker,)]
