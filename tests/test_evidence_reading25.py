"""Flags of an unproven claim that quick reading 25 found unread: five of its six articles
marked a claim as not proven in words the patterns did not know, so no media-literacy item
asked about it. Each flag is about the claim of the sentence before, also when its own
sentence quotes someone or says 'nach eigenen Angaben'. New sentences written here."""

from __future__ import annotations

import pytest

from tests.test_evidence import analysis_of, check_spans, of_kind


@pytest.mark.parametrize(("text", "lang"), [
    ("Der Hotelverband hatte erklärt, jeder Gast gebe im Ort etwa 80 Euro am Tag aus. "
     "Woher diese Zahl stammt, ist unklar; eine Umfrage ist der Gemeinde nach eigenen Angaben "
     "nicht bekannt.", "de"),
    ("Zudem behauptet der Landkreis, die Fähre werde kaum noch genutzt. Zahlen, die das "
     "belegen, hat er jedoch nicht vorgelegt; die Fährleute widersprechen.", "de"),
    ("The club also says that the tournament brings hundreds of visitors into the village. "
     "Shopkeepers have welcomed the claim, but it has never been tested: nobody has counted "
     "them.", "en"),
    ("The trust has also claimed that the hall was regularly used for fly-tipping. Police "
     "said they had no record of any such reports, and the trust has not produced any "
     "evidence for the claim.", "en"),
    ("She also said that closing the bridge would save the county about £40,000 a year. "
     "The county has not published the calculation behind that figure, and residents say "
     "it cannot be checked.", "en"),
    # quick reading 24's three unflagged claims
    ("Nach Angaben der Anwohner sollen in der Scheune Eulen brüten. Ein Gutachten dazu "
     "liegt bisher nicht vor, der Landkreis will das Gebäude prüfen lassen.", "de"),
    ("The nurses' union claimed that two patients had waited more than ten hours. The "
     "hospital has not confirmed those cases, and no report has been published.", "en"),
    ("The choir claimed the owner had promised them free use of the hall. No such promise "
     "appears in the documents made public, and the owner denies it.", "en"),
])
def test_the_flag_is_found_and_is_about_the_claim_before(text, lang):
    a = analysis_of(text, lang)
    check_spans(a)
    flags = of_kind(a, "no_evidence", 1)
    assert flags
    assert {m.claim_sentence for m in flags} == {0}


@pytest.mark.parametrize(("text", "lang"), [
    ("Die Gemeinde hat neue Zahlen zur Fähre vorgelegt. Woher die Fahrgäste kommen, wird "
     "eine Umfrage im Sommer klären.", "de"),
    ("The water in the lake has not been tested since June, the council said.", "en"),
    ("The council published the calculation in March.", "en"),
])
def test_plain_statements_are_no_flags(text, lang):
    assert not [m for m in analysis_of(text, lang).markers if m.kind == "no_evidence"]


@pytest.mark.parametrize(("text", "hedged"), [
    ("Das Hallenbad soll von März an auch sonntags geöffnet sein. Das hat der Rat "
     "beschlossen.", False),
    ("Bis Freitag sollen alle Ampeln wieder eingeschaltet sein, sagte der Sprecher.", False),
    ("Der Mann soll bewaffnet sein, teilte die Polizei mit.", True),
    ("Bis zum Abend soll der Fahrer ohne Pause unterwegs gewesen sein.", True),
])
def test_should_be_open_from_a_date_is_a_plan_not_hearsay(text, hedged):
    """'Die Stadtbibliothek soll von Januar an auch dann geöffnet sein, ...' (quick reading
    25) was asked as an unconfirmed claim: the committee had decided it."""
    a = analysis_of(text)
    assert bool(of_kind(a, "hedge", 0)) is hedged
