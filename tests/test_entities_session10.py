"""Comp, tenth session: a German surname the tagger takes for a common noun ('Brenner',
'Kranz', 'Baier') after a first name the lexicon knows, before a comma or full stop, is part
of the name; cut there, 'Holger' and 'Peter' became organisations that speak."""
from pathlib import Path

from quizgen.pipeline import analyze, load_article

TEXT = "\n\n".join([
    "Streit um die Schwimmhalle",
    "Die Stadt Kornau will ihre Schwimmhalle im Sommer schließen. Peter Kranz, dessen "
    "Tochter dort trainiert, kritisierte den Beschluss. Er habe davon aus der Zeitung "
    "erfahren, sagte er.",
    "Der Bäderberater Holger Brenner, ein früherer Schwimmtrainer, hält die Schließung für "
    "falsch. Die Halle sei noch zehn Jahre nutzbar, sagte Brenner."]) + "\n"


def _entities(tmp_path: Path, text: str = TEXT) -> dict[str, tuple[str, str | None]]:
    p = tmp_path / "a.txt"
    p.write_text(text, encoding="utf-8")
    return {e.name: (e.label, e.role) for e in analyze(load_article(p)).entities}


def test_first_name_and_noun_surname_before_a_comma(tmp_path: Path) -> None:
    ents = _entities(tmp_path)
    assert ents.get("Peter Kranz", ("", None))[0] == "PER", ents
    assert "Peter" not in ents and "Holger" not in ents, ents
    assert ents.get("Holger Brenner") == ("PER", "Bäderberater"), ents


def test_plural_noun_after_a_first_name_stays_out(tmp_path: Path) -> None:
    text = "Ein Besuch\n\nAm Montag brachte Anna Kinder, Eltern und Lehrer zusammen.\n"
    ents = _entities(tmp_path, text)
    assert "Anna Kinder" not in ents, ents
