"""German middle field (comp session 11, seen on the XQuAD gap study), on invented text: the
fronted date goes after the whole subject ('der Landtag von Hessen', 'der Vorsitzende des
Vereins'), and no where-question on a place inside an attributive participle phrase."""

from __future__ import annotations

from quizgen.generate import wh
from quizgen.pipeline import analyze, load_article

DE = """Neues Gesetz für Handwerker

Am 12. Mai 1998 verabschiedete der Landtag von Hessen ein Gesetz zur Förderung der 240 noch \
in Kassel lebenden Handwerker. Am Montag stellte der Vorsitzende des Vereins die neuen Pläne \
vor.

Die Galerie stellt seit 1991 eine Sammlung der rund 600 Gemälde aus dem Nachlass aus. Am \
Dienstag besuchte die Ministerin die Baustelle des neuen Rathauses in Lindenau.
"""


def _asked(text: str) -> list[tuple[str, str]]:
    return [(q.prompt, q.answer) for q in wh.generate(analyze(load_article(text)))]


def test_fronted_date_goes_after_the_whole_subject() -> None:
    asked = _asked(DE)
    assert not any("Landtag am" in p or "Vorsitzende am" in p for p, _ in asked), asked
    assert any(p.startswith("Was verabschiedete der Landtag von Hessen am 12. Mai 1998")
               for p, _ in asked), asked


def test_no_where_inside_an_attributive_participle() -> None:
    asked = _asked(DE)
    assert not any(a == "in Kassel" for _, a in asked), asked


def test_a_genitive_stays_with_its_noun() -> None:
    asked = _asked(DE)
    # 'eine Sammlung der rund 600 Gemälde': no 'Was stellt die Galerie ... der rund 600 ...?'
    assert not any(a == "eine Sammlung" for _, a in asked), asked
    assert ("Was besuchte die Ministerin am Dienstag in Lindenau?",
            "die Baustelle des neuen Rathauses") in asked, asked
