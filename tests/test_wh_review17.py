"""Blind review 17 (comp), on invented text: a distance beside the place leaves the
where-question with the place ('Wo liegt der nächste Supermarkt zwölf Kilometer entfernt?')."""

from __future__ import annotations

from quizgen.generate import wh
from quizgen.pipeline import analyze, load_article

DE = """Die Post in Kleinbach schließt

Die Postfiliale in Kleinbach schließt Ende Januar. Das teilte die Deutsche Post am Montag mit.

Für die rund 700 Einwohner ist das ein Problem. Der nächste Bäcker liegt zwölf Kilometer \
entfernt in Bad Talheim, und der Bus fährt nur zweimal am Tag.
"""


def _asked(text: str) -> list[tuple[str, str]]:
    return [(q.prompt, q.answer) for q in wh.generate(analyze(load_article(text)))]


def test_where_question_drops_the_distance() -> None:
    asked = _asked(DE)
    assert ("Wo liegt der nächste Bäcker?", "in Bad Talheim") in asked, asked
    assert not any(p.startswith("Wo ") and "Kilometer" in p for p, _ in asked), asked


DE2 = """Streit um die Wehr

Die Feuerwehr in Talbach hat zu wenige Mitglieder. Die meisten Helfer arbeiten in Kornau \
oder Lindenfeld und sind tagsüber nicht erreichbar. Die Gemeinde Talbach prüft eine \
Pflicht. Dann könnten Einwohner zwischen 18 und 50 Jahren zum Dienst verpflichtet werden. \
In Burgheim hilft eine Prämie.
"""


def test_where_question_keeps_an_or_pair_whole() -> None:
    qs = wh.generate(analyze(load_article(DE2)))
    where = [q for q in qs if q.skill == "where" and "Helfer" in q.prompt]
    assert where, [q.prompt for q in qs]
    for q in where:
        assert "Lindenfeld" not in q.prompt, q.prompt
        assert not any(o.endswith("Lindenfeld") for o in q.options if o != q.answer), q.options


def test_no_how_many_on_an_age_range() -> None:
    prompts = [p for p, _ in _asked(DE2)]
    assert not any("Wie viele Jahren" in p for p in prompts), prompts


DE3 = """Eltern wollen die Schule retten

Die Grundschule in Kornau soll schließen. Zu einem Treffen im Gemeindehaus „Alte Schule" \
kamen am Montag nach Angaben der Organisatoren mehr als 80 Eltern. Sie sammeln nun \
Unterschriften.
"""


def test_how_many_keeps_where_they_came() -> None:
    asked = [(p, a) for p, a in _asked(DE3) if p.startswith("Wie viele Eltern")]
    assert asked and all("Treffen" in p for p, _ in asked), _asked(DE3)
