# ruff: noqa: E501  (an article as written, a paragraph a line)
"""quotes, blind reviews 112 and 118 (de_behelfsbruecke, de_geraetehaus):
- 'Fraktionschef Bernd Aschoff hält den Entwurf für „überdimensioniert“' is his quoted verdict,
  but only 'halten für' with a content clause was read, so he was missing from the voices;
- 'In der Bürgerinitiative „Brücke jetzt“ heißt es, ...' went to the baker quoted before:
  'der Bürgerinitiative' (a dative after 'in') was read as a description of a man ('der
  Kollege'), and the group's quoted name was cut off its noun; '..., heißt es aus der
  Behörde.' went to the man named before in the same way."""

from __future__ import annotations

from quizgen import pipeline

ARTICLE = """Von Lena Bauer | Freitag, 27. November 2026

Gemeinderat streitet über neues Vereinsheim

Der Gemeinderat von Altheim will im Dezember über das neue Vereinsheim des TSV entscheiden. Nach Angaben der Verwaltung soll der Bau rund 1,8 Millionen Euro kosten.

Die CDU-Fraktion hat vorgeschlagen, kleiner zu bauen. Fraktionschef Jürgen Maaß hält den Entwurf für „viel zu groß“. Die Grünen halten es für möglich, dass der Bau noch teurer wird.

Vereinschef Tobias Rieger sagte, der Verein warte seit Jahren auf neue Räume. In der Elterninitiative „Sport für alle“ heißt es dagegen, der Verein habe die Pläne lange verschleppt. Belege dafür gibt es bislang nicht.

Landrat Michael Franke hat den Zuschuss des Kreises noch nicht zugesagt. Der Antrag werde derzeit geprüft, heißt es aus der Behörde.

Quelle: Altheimer Bote
"""


def _quote_in(opening: str):
    analysis = pipeline.analyze(pipeline.load_article(ARTICLE))
    names = {e.id: e.name for e in analysis.entities}
    index = next(s.index for s in analysis.sentences if s.text.startswith(opening))
    quotes = [q for q in analysis.quotes if q.sentence == index]
    return quotes, names


def test_a_quoted_verdict_after_halten_fuer_is_the_subjects():
    quotes, names = _quote_in("Fraktionschef Jürgen Maaß")
    assert [(names.get(q.speaker_entity or ""), q.kind, q.content) for q in quotes] == [
        ("Jürgen Maaß", "direct", "viel zu groß")]


def test_halten_fuer_with_a_content_clause_is_still_read():
    quotes, _ = _quote_in("Die Grünen halten es")
    assert [q.content for q in quotes] == ["der Bau noch teurer wird"]


def test_heisst_es_in_a_named_group_is_the_groups_not_the_last_speakers():
    quotes, _ = _quote_in("In der Elterninitiative")
    assert [(q.speaker, q.speaker_entity) for q in quotes] == [
        ("Elterninitiative „Sport für alle“", None)]


def test_heisst_es_aus_der_behoerde_is_no_description_of_the_man_named_before():
    quotes, _ = _quote_in("Der Antrag werde")
    assert [(q.speaker, q.speaker_entity) for q in quotes] == [("Behörde", None)]
