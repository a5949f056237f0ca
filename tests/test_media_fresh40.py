"""Media-literacy fixes of session 40 (blind reviews 29 and 30). Articles invented."""

from __future__ import annotations

from quizgen.generate import media_sources
from quizgen.generate.media_text import claims
from quizgen.pipeline import analyze, load_article

SOURCE_EN = """Library opening hours cut in Marbury

Marbury's central library will close on Mondays from next month, the council has announced.

Council leader Tom Ridley told the Marbury Echo that the savings of £40,000 a year were \
unavoidable. Readers have started a petition against the cut.
"""

SOURCE_DE = """Kürzere Öffnungszeiten in der Stadtbücherei Marbach

Die Stadtbücherei Marbach schließt ab dem kommenden Monat montags. Das hat der Stadtrat \
beschlossen.

Schatzmeisterin Petra Hufnagel sagte der Marbacher Zeitung, die Einsparung von 40.000 Euro \
im Jahr sei unvermeidlich. Leser sammeln inzwischen Unterschriften gegen die Kürzung.
"""

SOURCE_DE_AFTER = """Streit um den Schulgarten in Kellbach

Der Schulgarten der Grundschule Kellbach soll einem Parkplatz weichen. Das hat der Gemeinderat \
beschlossen.

„Die Kinder haben dort drei Jahre lang Gemüse gezogen“, sagte Ines Balk, Vorsitzende des \
Elternbeirats, dem Kellbacher Anzeiger. Die Gemeinde will im Herbst entscheiden.
"""


def _source_prompts(text: str) -> list[str]:
    a = analyze(load_article(text))
    return [q.prompt for q in media_sources.generate(a, claims(a)) if "___" in q.prompt]


def test_source_item_leaves_out_the_role_before_the_name_en():
    prompts = _source_prompts(SOURCE_EN)
    assert prompts
    assert "Tom Ridley told the ___" in prompts[0], prompts
    assert "leader" not in prompts[0], prompts


def test_source_item_leaves_out_the_role_before_the_name_de():
    prompts = _source_prompts(SOURCE_DE)
    assert prompts
    assert "„Petra Hufnagel sagte der ___" in prompts[0], prompts
    assert "Schatzmeisterin" not in prompts[0], prompts


def test_source_item_leaves_out_the_role_after_the_name_de():
    prompts = _source_prompts(SOURCE_DE_AFTER)
    assert prompts
    assert "sagte Ines Balk dem ___" in prompts[0], prompts
    assert "Vorsitzende" not in prompts[0], prompts
