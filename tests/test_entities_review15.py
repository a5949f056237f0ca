"""Blind review 15 (comp): 'Mother of three Leanne Corrigan, 34, said' is a person named
Leanne Corrigan (the tagger took 'Leanne' for an adjective and left an organisation
'Corrigan'), 'Principal dentist X' has a role, and 'the council's cabinet member for
transport, Councillor X' has the office as the role, not the bare 'Councillor'."""
from pathlib import Path

from quizgen.pipeline import analyze, load_article

TEXT = "\n\n".join([
    "Village pharmacy to close after forty years",
    "A pharmacy in the village of Ashcombe will close next month, leaving hundreds of "
    "patients without a nearby chemist.",
    "Principal dentist Daniel Okafor said the decision had been \"painful\". He said the "
    "practice had lost money for years.",
    "Mother of three Leanne Hale, 41, said her daughter needed help every week and she did "
    "not know where to go now. In a statement, the council's cabinet member for health, "
    "Councillor Janet Mills, said the closure was \"deeply worrying\". The council said it "
    "would look for another pharmacy."]) + "\n"


def _people(tmp_path: Path) -> dict[str, str | None]:
    p = tmp_path / "a.txt"
    p.write_text(TEXT, encoding="utf-8")
    return {e.name: e.role for e in analyze(load_article(p)).entities if e.label == "PER"}


def test_first_name_after_mother_of_three(tmp_path: Path) -> None:
    assert "Leanne Hale" in _people(tmp_path)


def test_occupation_and_office_roles(tmp_path: Path) -> None:
    people = _people(tmp_path)
    assert people.get("Daniel Okafor") == "principal dentist", people
    assert people.get("Janet Mills") == "cabinet member for health", people


def test_adjectival_title_after_der_in_its_strong_form(tmp_path: Path) -> None:
    """'sagte der stellvertretende Vorsitzende Henning Faust': on its own, his role is
    'stellvertretender Vorsitzender' (the weak form read as a woman's); hers stays."""
    text = "\n\n".join([
        "Verein in Sorge",
        "Der Verein Nordlicht kämpft um sein Haus, sagte der stellvertretende Vorsitzende "
        "Henning Faust am Montag. Die Vorsitzende Henrike Lange will mit der Stadt reden."]
    ) + "\n"
    p = tmp_path / "v.txt"
    p.write_text(text, encoding="utf-8")
    people = {e.name: e.role for e in analyze(load_article(p)).entities if e.label == "PER"}
    assert people.get("Henning Faust") == "stellvertretender Vorsitzender", people
    assert people.get("Henrike Lange") == "Vorsitzende", people
