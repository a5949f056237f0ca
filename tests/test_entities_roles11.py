"""Roles cut short (comp session 11), on invented text: 'Cabinet member for the environment,
David Hale,' had the role 'environment'; 'Deren Leiterin Sabine Roth' after 'Zuständig ist die
Untere Naturschutzbehörde des Landkreises' had 'Leiterin der Untere'."""

from __future__ import annotations

from quizgen.pipeline import analyze, load_article


def _roles(text: str) -> dict[str, str | None]:
    return {e.name: e.role for e in analyze(load_article(text)).entities if e.label == "PER"}


EN = """Gull fines

The council will fine visitors who feed gulls. Cabinet member for the arts, Rita Moss, \
told the meeting that the fines were a last resort. Head of the parks department, Mary \
Cole, said the signs would go up in May.
"""


def test_whole_office_before_an_apposition_en() -> None:
    roles = _roles(EN)
    assert roles.get("Rita Moss") == "cabinet member for the arts", roles
    assert roles.get("Mary Cole") == "head of the parks department", roles


DE1 = """Biber am Mühlbach

Ein Biber hat am Mühlbach einen Damm gebaut. Zuständig ist die Untere Wasserbehörde des \
Landkreises. Deren Leiterin Karin Vogt sagte, man prüfe den Fall.
"""

DE2 = """Unterschriften für den Radweg

Die örtliche Bürgerinitiative sammelt Unterschriften für einen Radweg. Deren Sprecherin Anna \
Weber sagte, man sei zuversichtlich.
"""


def test_whose_role_keeps_the_whole_noun_phrase_de() -> None:
    assert _roles(DE1).get("Karin Vogt") == \
        "Leiterin der Unteren Wasserbehörde des Landkreises", _roles(DE1)
    assert _roles(DE2).get("Anna Weber") == "Sprecherin der örtlichen Bürgerinitiative", \
        _roles(DE2)


EN2 = """Lights switch-on

The lights will be switched on on Friday. It will be led by a pupil, together with the mayor, \
Councillor Rita Moss.
"""


def test_office_before_an_honorific_at_the_sentence_end_en() -> None:
    assert _roles(EN2).get("Rita Moss") == "mayor", _roles(EN2)
