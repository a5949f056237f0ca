"""A sports club is one organisation: 'EC Rabenau' split into an acronym and a town made
'Rabenau' a person (with the club's role 'Tabellenzweiter der Oberliga Süd') and an option of
'Wer erklärte ...?' beside the real speaker (fresh batch 14)."""

from __future__ import annotations

from quizgen.generate import distractors
from quizgen.pipeline import analyze, load_article

TEXT = """Halle gesperrt

Der TSV Hellweiler muss seine Heimspiele woanders austragen. Für den TSV Hellweiler, \
Tabellenführer der Landesliga, ist das ein harter Schlag. „Das ist bitter“, sagte \
Vereinschef Jens Albrecht. Baudezernentin Karin Moll erklärte, die Reparatur dauere. Der TSV \
Hellweiler hofft auf den Januar. Spieler des TSV Hellweiler trainieren in Sandau.
"""


def test_club_is_one_organisation_and_no_person_option() -> None:
    a = analyze(load_article(TEXT))
    names = {e.name: e.label for e in a.entities}
    assert names.get("TSV Hellweiler") == "ORG", names
    assert "Hellweiler" not in names, names
    moll = next(e for e in a.entities if e.name == "Karin Moll")
    assert not any("Hellweiler" in o for o in distractors.entities(a, moll))
