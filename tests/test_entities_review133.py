"""Names the round-1 entity rules of this session misread (code review of c0887c9). Invented
text.

- 'Name, the <class noun> ...' made a body of 'Trinity House, the charity ...' and also of
  every person described that way ('Priya Shah, the developer behind ...'), who lost her role.
- 'die Polizei' as an institution took the accusative object as its town ('nahm die Polizei
  Stefan Brandt fest': an ORG 'Polizei Stefan Brandt' and a cloze gapping it).
- 'NOUN von X' made X a place and dropped X as the short name of a firm or club for the whole
  article ('Ein Sprecher von Kornfeld').
- 'Adeyemi and Sarah Lowe' gave a lone surname the next person's surname ('Adeyemi Lowe').
- A place whose first word is also a first name ('Maria Buchenfeld') after 'nach' / 'In'
  became a person.
- 'Farrier' as an occupation also took the surname of 'Dan Farrier'.

Blind review 130 en_cider_orchard #6: 'The company's land director, Neil Chapman, said ...'
after 'Westbrook Homes ... has confirmed ...': the role is 'land director of Westbrook Homes'
(the answer 'the company's land director' did not say which company).
"""

from __future__ import annotations

from .helpers import analysed


def _ents(text: str, language: str) -> dict[str, tuple[str, str | None]]:
    return {e.name: (e.label, e.role) for e in analysed(text, language).entities}


def _entity(text: str, language: str, name: str):
    found = next((e for e in analysed(text, language).entities if e.name == name), None)
    assert found is not None, (name, [e.name for e in analysed(text, language).entities])
    return found


def test_a_person_described_by_a_class_noun_stays_a_person():
    text = ("Priya Shah, the developer behind the new marina, said the berths were sold. Shah "
            "expects more interest next year.")
    ents = _ents(text, "en")
    assert ents.get("Priya Shah", ("", ""))[0] == "PER", ents
    assert ents["Priya Shah"][1] == "the developer behind the new marina", ents


def test_a_person_described_as_operator_stays_a_person():
    text = ("Gail Morton, the operator of the Kelby ferry, said the boat would return on "
            "Monday. Morton has run the ferry since 2015.")
    ents = _ents(text, "en")
    assert ents.get("Gail Morton", ("", ""))[0] == "PER", ents


def test_a_body_described_by_a_class_noun_is_still_a_body():
    text = ("Carrow House, the charity responsible for the old lighthouses, says the lens is "
            "no longer needed. Carrow House said it had received offers.")
    ents = _ents(text, "en")
    assert ents.get("Carrow House", ("", ""))[0] == "ORG", ents


def test_the_police_does_not_swallow_the_person_it_arrested():
    text = ("Am Montag nahm die Polizei Stefan Brandt in Kelsdorf fest. Brandt soll fünf "
            "Fahrräder gestohlen haben.")
    ents = _ents(text, "de")
    assert "Polizei Stefan Brandt" not in ents, ents
    assert ents.get("Stefan Brandt", ("", ""))[0] == "PER", ents


def test_the_police_of_a_town_is_still_an_organisation():
    text = ("Ein Abgeordneter sprach von mehr als zehn Einsätzen am See. Die Polizei Harlingen "
            "spricht von drei Einsätzen in der ganzen Saison.")
    ents = _ents(text, "de")
    assert ents.get("Polizei Harlingen", ("", ""))[0] == "ORG", ents


def test_a_spokesman_von_a_firm_keeps_its_short_name():
    text = ("Die Brauerei Kornfeld schließt ihr Werk in Altheim. Ein Sprecher von Kornfeld "
            "bestätigte das am Montag. Kornfeld nennt hohe Kosten als Grund.")
    firm = _entity(text, "de", "Brauerei Kornfeld")
    assert "Kornfeld" in firm.aliases, firm
    assert "Kornfeld" not in _ents(text, "de"), _ents(text, "de")


def test_the_board_von_a_club_keeps_its_short_name():
    text = ("Der Ruderverein Sandhorst hat 200 Mitglieder. Sandhorst fordert ein neues "
            "Bootshaus. Der Vorstand von Sandhorst berät am Montag darüber.")
    club = _entity(text, "de", "Ruderverein Sandhorst")
    assert "Sandhorst" in club.aliases, club
    assert _ents(text, "de").get("Sandhorst", ("", ""))[0] != "LOC", _ents(text, "de")


def test_the_harbour_von_a_town_is_still_the_town():
    text = ("Wer im Stadthafen von Kappeln-Süd ein Boot liegen hat, soll mehr zahlen. Beim "
            "Seglerverein Lütjenwerder, der etwa 300 Mitglieder hat, stößt das auf Kritik. "
            "Wer im Hafen von Lütjenwerder liegt, zahlt künftig 40 Prozent mehr.")
    club = _entity(text, "de", "Seglerverein Lütjenwerder")
    assert "Lütjenwerder" not in club.aliases, club
    assert _ents(text, "de").get("Lütjenwerder", ("", ""))[0] == "LOC", _ents(text, "de")


def test_a_lone_surname_before_and_a_full_name_gets_no_surname():
    text = ("The shop was opened by Adeyemi and Sarah Lowe in 2015. Adeyemi said trade was "
            "good.")
    ents = _ents(text, "en")
    assert "Adeyemi Lowe" not in ents, ents
    assert ents.get("Sarah Lowe", ("", ""))[0] == "PER", ents


def test_a_lone_surname_before_und_a_full_name_gets_no_surname():
    text = ("Der Laden wurde von Okonkwo und Jana Brehm gegründet. Okonkwo sagte, der Umsatz "
            "steige.")
    ents = _ents(text, "de")
    assert "Okonkwo Brehm" not in ents, ents


def test_two_first_names_before_one_surname_still_share_it():
    text = ("The café is run by Nadia and Marco Ferri. Nadia Ferri said the lease ends in May. "
            "Marco Ferri wants to stay.")
    ents = _ents(text, "en")
    assert ents.get("Nadia Ferri", ("", ""))[0] == "PER", ents
    assert "Nadia" not in ents, ents


def test_a_place_named_after_a_saint_after_nach_is_a_place():
    text = ("Die Prozession zieht in diesem Jahr nach Maria Buchenfeld. In Maria Buchenfeld "
            "werden 3000 Pilger erwartet.")
    ents = _ents(text, "de")
    assert ents.get("Maria Buchenfeld", ("", ""))[0] == "LOC", ents


def test_a_first_name_and_a_place_shaped_surname_is_still_a_person():
    text = ("Die Feuerwehr in Lindhorst bekommt ein neues Gerätehaus. Ortsbrandmeister Thomas "
            "Kalkberg ist zufrieden. Kalkberg sagte, das alte Haus sei zu eng.")
    ents = _ents(text, "de")
    assert ents.get("Thomas Kalkberg", ("", ""))[0] == "PER", ents


def test_a_surname_that_is_also_a_job_stays_the_surname():
    text = ("Dan Farrier runs the smithy in Kelby. Farrier said demand had doubled since 2020. "
            "Mr Farrier hopes to hire an apprentice.")
    person = _entity(text, "en", "Dan Farrier")
    assert "Farrier" in person.aliases, person


def test_the_job_farrier_before_a_name_is_still_a_role():
    text = ("Farrier Owen Pritchard at work in a yard near Clunford. Horse owners say they wait "
            "up to six weeks for him.")
    ents = _ents(text, "en")
    assert ents.get("Owen Pritchard", ("", ""))[:2] == ("PER", "farrier"), ents


def test_the_companys_role_names_the_company_before():
    text = ("Harwick Homes, based in Leeds, has bought the old mill. The company's sales "
            "director, Ruth Amin, said the flats would be ready in May.")
    ents = _ents(text, "en")
    assert ents.get("Ruth Amin", ("", ""))[1] == "sales director of Harwick Homes", ents


def test_the_companys_role_after_a_council_stays_as_written():
    text = ("Harwick Town Council has sold the old mill. The company's sales director, Ruth "
            "Amin, said the flats would be ready in May.")
    ents = _ents(text, "en")
    assert ents.get("Ruth Amin", ("", ""))[1] == "the company's sales director", ents


def test_the_edge_von_a_town_is_the_town():
    text = ("Der Imkerverein Gomadingen hat 40 Mitglieder. Wer den Lehrbienenstand am Ortsrand "
            "von Gomadingen besucht, trifft dort Imker. Gemeinsam mit der Grundschule "
            "Gomadingen plant der Verein eine Bienen-AG.")
    club = _entity(text, "de", "Imkerverein Gomadingen")
    assert "Gomadingen" not in club.aliases, club
