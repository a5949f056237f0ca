"""Names and roles the entity finder missed or misread (code review of the last session,
coordination notes). Invented text.

- 'Kritisch äußerte sich der Sportverein der Gemeinde. Dessen Vorsitzende ...': the '-in'
  test for a feminine head (a dative 'der') also threw out every '-verein', so the role stayed
  a bare 'Vorsitzende'.
"""

from __future__ import annotations

from .helpers import analysed


def _ents(text: str, language: str) -> dict[str, tuple[str, str | None]]:
    return {e.name: (e.label, e.role) for e in analysed(text, language).entities}


def test_dessen_points_to_a_club_after_the_verb():
    text = ("Die Gemeinde will die Turnhalle schließen. Kritisch äußerte sich der Sportverein der "
            "Gemeinde. Dessen Vorsitzende Ilse Warnke sagte, die Kinder hätten dann keinen Platz "
            "mehr.")
    ents = _ents(text, "de")
    assert ents.get("Ilse Warnke", ("", ""))[1] == \
        "Vorsitzende des Sportvereins der Gemeinde", ents


def test_a_surname_shaped_like_a_place_after_a_first_name():
    text = ("Die Feuerwehr in Lindhorst bekommt ein neues Gerätehaus. Ortsbrandmeister Thomas "
            "Kalkberg ist zufrieden. Kalkberg sagte, das alte Haus sei zu eng. Kalkberg lobte "
            "auch den Gemeinderat.")
    ents = _ents(text, "de")
    assert ents.get("Thomas Kalkberg", ("", ""))[0] == "PER", ents


def test_a_place_after_bad_stays_a_place():
    text = ("In Bad Kalkberg wird die Kurpromenade erneuert. Der Bürgermeister von Kalkberg "
            "sagte, die Arbeiten dauerten bis Mai.")
    ents = _ents(text, "de")
    assert ents.get("Bad Kalkberg", ("", ""))[0] == "LOC", ents


def test_an_owner_before_a_name_is_her_role():
    text = ("Shops on Quay Street were flooded again on Sunday. Shop owner Nisha Raman said "
            "the water had come in under the door. Landlord Colin Ware of the Anchor said trade "
            "was down.")
    ents = _ents(text, "en")
    assert ents.get("Nisha Raman", ("", ""))[1] == "shop owner", ents
    assert ents.get("Colin Ware", ("", ""))[1] == "landlord", ents


def test_a_job_opening_the_sentence_is_no_part_of_the_name():
    text = ("Farrier Owen Pritchard at work in a yard near Clunford. Horse owners say they wait "
            "up to six weeks for him.")
    ents = _ents(text, "en")
    assert ents.get("Owen Pritchard", ("", ""))[:2] == ("PER", "farrier"), ents


def test_a_practice_is_the_end_of_a_body_name():
    text = ("Vet Dr Hannah Cole, of the Teme Valley Equine Practice, said she had seen more "
            "lame horses this year.")
    ents = _ents(text, "en")
    assert ents.get("Teme Valley Equine Practice", ("", ""))[0] == "ORG", ents
    assert "Teme Valley Equine" not in ents, ents


def test_the_police_of_a_town_is_an_organisation():
    text = ("Ein Abgeordneter sprach von mehr als zehn Einsätzen am See. Die Polizei Harlingen "
            "spricht von drei Einsätzen in der ganzen Saison.")
    ents = _ents(text, "de")
    assert ents.get("Polizei Harlingen", ("", ""))[0] == "ORG", ents


def test_a_possessive_role_keeps_the_town_of_the_fire_brigade():
    text = ("Die Feuerwehr Moorbek bekommt ein neues Löschfahrzeug. Ihr Wehrführer, Jan "
            "Oltrogge, sagte, das alte Fahrzeug sei 31 Jahre alt.")
    ents = _ents(text, "de")
    assert ents.get("Jan Oltrogge", ("", ""))[1] == "Wehrführer der Feuerwehr Moorbek", ents


def test_two_first_names_before_one_surname():
    text = ("Nadia and Marco Ferri outside the Riverside Café. The council has told Nadia Ferri "
            "that the lease will not be renewed. She runs the café with her husband Marco. "
            "The Ferris, she said, would apply again.")
    ents = _ents(text, "en")
    assert "Nadia" not in ents and "Ferris" not in ents, ents
    assert ents.get("Nadia Ferri", ("", ""))[0] == "PER", ents
    assert ents.get("Marco Ferri", ("", ""))[0] == "PER", ents


def test_its_office_before_a_councillor_by_title():
    text = ("Harwick Town Council, which owns the building, said it would help. Its deputy "
            "leader, Councillor Ruth Amin, said a unit had been offered rent-free.")
    ents = _ents(text, "en")
    assert ents.get("Ruth Amin", ("", ""))[1] == "deputy leader of Harwick Town Council", ents


def test_dessen_points_to_a_club_by_its_initials():
    text = ("Besonders hart trifft die Sperrung den TSV Moorbek. Dessen Vorsitzender Jan "
            "Oltrogge sagte, der Verein habe viel investiert.")
    ents = _ents(text, "de")
    assert ents.get("Jan Oltrogge", ("", ""))[1] == "Vorsitzender des TSV Moorbek", ents


def test_a_role_at_the_end_after_a_body_in_the_possessive():
    text = ("\"Ships now rely on satellites,\" said Dr Helen Marsh, Trinity House's director of "
            "operations. The light will stay on.")
    ents = _ents(text, "en")
    assert ents.get("Helen Marsh", ("", ""))[1] == "Trinity House's director of operations", ents


def test_a_body_described_by_a_class_noun_after_its_name():
    text = ("Carrow House, the charity responsible for the old lighthouses, says the lens is "
            "no longer needed. Carrow House said it had received offers. Carrow House "
            "heritage manager Dr Ben Adeyemi said the charity understood the feeling.")
    ents = _ents(text, "en")
    assert ents.get("Carrow House", ("", ""))[0] == "ORG", ents
    assert ents.get("Ben Adeyemi", ("", ""))[1] == "Carrow House heritage manager", ents


def test_a_limited_company_keeps_its_ltd():
    text = ("The crossing is run by Wendmoor Crossings Ltd, a company owned by the council. "
            "Repairs will take weeks.")
    ents = _ents(text, "en")
    assert ents.get("Wendmoor Crossings Ltd", ("", ""))[0] == "ORG", ents


def test_the_town_of_a_club_after_von_is_no_club():
    text = ("Wer im Stadthafen von Kappeln-Süd ein Boot liegen hat, soll mehr zahlen. Beim "
            "Seglerverein Lütjenwerder, der etwa 300 Mitglieder hat, stößt das auf Kritik. "
            "Wer im Hafen von Lütjenwerder liegt, zahlt künftig 40 Prozent mehr.")
    a = analysed(text, "de")
    club = next((e for e in a.entities if e.name == "Seglerverein Lütjenwerder"), None)
    assert club is not None, [e.name for e in a.entities]
    assert "Lütjenwerder" not in club.aliases, club
    town = next((e for e in a.entities if e.name == "Lütjenwerder"), None)
    assert town is not None and town.label == "LOC", [(e.name, e.label) for e in a.entities]


def test_the_board_after_a_named_board_is_it():
    from quizgen.generate import wh
    text = ("The Harbour Lights Board (HLB) runs the lighthouses on the Kelby coast. The board "
            "said the light at Kelby Point would be switched off in 2030. Fishermen in Kelby "
            "want it to stay on.")
    said = [(q.prompt, q.answer) for q in wh.generate(analysed(text, "en"))
            if q.prompt.startswith("Who said the light")]
    assert said and all(a == "Harbour Lights Board" for _, a in said), said
