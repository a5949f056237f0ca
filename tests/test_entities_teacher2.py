"""Entity faults found reading judged12-14 as a teacher, on invented text: a word of a
headline in capitals became a person ('RAT HELL!' -> 'HELL', role 'RAT', offered as an option
of a who-question), a ship's prefix an organisation ('MV') and its name a person, and a
hyphenated German title took the first name and lost the surname ('BBK-Präsident Thomas')."""

from __future__ import annotations

from quizgen.pipeline import analyze, load_article


def _names(text: str) -> dict[str, tuple[str, str | None]]:
    return {e.name: (e.label, e.role) for e in analyze(load_article(text)).entities}


def test_shouted_headline_word_is_no_person() -> None:
    names = _names("RAT HELL! Gardeners forced to live with pests\n\nGardeners in Brindle say "
                   "rats are everywhere.\n\nA rat trap next to the bins in Brindle. (Photo)\n\n"
                   "Lucy Harper said the rats came in October. A rat trap did not help.")
    assert "HELL" not in names and "Lucy Harper" in names, names


def test_ship_prefix_is_no_organisation_and_ship_no_person() -> None:
    names = _names("Ferry broken\n\nThe MV Morven Star was taken out of service on Saturday. "
                   "Alan Brodie said the island was cut off.")
    assert "MV" not in names and "Morven Star" not in names and "Alan Brodie" in names, names


def test_hyphenated_german_title_keeps_the_surname() -> None:
    names = _names("Notruf gestört\n\nDer Notruf war gestört. BBK-Präsident Thomas Kellermann "
                   "sprach von einem ernsten Vorfall. Kellermann will das untersuchen.")
    assert names.get("Thomas Kellermann") == ("PER", "BBK-Präsident"), names
    assert not any(n.startswith("BBK-") for n in names), names


def test_hyphenated_german_thing_is_no_organisation() -> None:
    text = ("Zecken im Winter\n\nForscher der Universität Kelburg warnen vor Zecken. In fast "
            "jeder zwanzigsten Zecke fanden die Forscher das FSME-Virus. Die SPD-Fraktion "
            "fordert mehr Geld für Impfungen.")
    names = _names(text)
    assert "FSME-Virus" not in names, names
    assert "Universität Kelburg" in names, names


def test_english_role_from_the_sentence_start_in_lower_case() -> None:
    text = ("Choir loses its hall\n\nThe choir in Kelby has lost its hall. Choir chairman "
            "Alasdair Reid said the news was a shock. Labour councillor Tom Avery said the "
            "council would help.")
    roles = {e.name: e.role for e in analyze(load_article(text)).entities}
    assert roles.get("Alasdair Reid") == "choir chairman", roles
    assert roles.get("Tom Avery") in {"Labour councillor", None}, roles


def test_housing_company_and_newspaper_are_no_persons() -> None:
    names = _names("Rats on the estate\n\nTenants in Kelby say rats are everywhere. Their "
                   "landlord, Brindle Homes, says it is doing all it can. Lucy Harper told "
                   "the Kelby Mercury that nothing had changed. Brindle Homes declined to "
                   "comment further.")
    assert names.get("Brindle Homes", ("ORG",))[0] == "ORG", names
    assert names.get("Kelby Mercury", ("ORG",))[0] == "ORG", names
    assert names.get("Lucy Harper", ("",))[0] == "PER", names


def test_name_before_a_capitalised_facility_is_a_place() -> None:
    names = _names("Dry summer\n\nHarlow Down Reservoir, which supplies around 1.2 million "
                   "homes, was just 31 per cent full last week. Claire Hutchins said the ban "
                   "would last.")
    assert names.get("Harlow Down", ("LOC",))[0] == "LOC", names
    assert names.get("Claire Hutchins", ("",))[0] == "PER", names


def test_office_before_a_professor_is_the_role() -> None:
    names = _names("Bird flu\n\nBird flu was found at a farm near Kelby. The UK's Chief "
                   "Veterinary Officer, Professor James Carver, urged keepers to follow strict "
                   "hygiene rules. Carver said the risk was low.")
    assert names.get("James Carver") == ("PER", "Chief Veterinary Officer"), names
