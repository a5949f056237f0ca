"""Blind review 13, the patterns behind its faults, each on invented text: an option the
article says the same of (Mia Fennell 'learned to skate at Riverside' too), an outlet among
an organisation's options, a full verb's Konjunktiv I turned into the indicative with its owner
('Wie viele Euro kostet laut Hartkopf ...?', not 'koste' nor no question), a firm's bare role
('Geschäftsführer' of the firm the sentence before opens with; 'Schulleiterin ... vom
Gymnasium Kirchheim'), and a private person's day ranked below others."""

from __future__ import annotations

from quizgen.generate import wh
from quizgen.pipeline import analyze, load_article

EN = """Lido to close

Kelby Council wants to close the Hillside Lido. Council leader Graham Oduya defended the plans \
on Monday. Coach Tom Pike trained at Hillside for ten years. "It is our only pool," he said. His \
mother, Lisa Pike, said teenagers would end up on the streets. The petition was started by \
Olympic swimmer Mia Fennell, who also trained at Hillside as a child. "We need it," she said. \
Councillor Priya Shah said the vote would come in January.
"""

DE = """Busse fallen aus

Seit Montag fallen im Landkreis Talheim mehrere Schulbuslinien aus. Das Busunternehmen \
Wendtland Touristik begründet die Ausfälle mit Personalmangel. „Wir finden niemanden mehr“, \
sagte Geschäftsführer Jens Hartmann. Rund 15 Stellen seien unbesetzt. Neue Fahrer zu finden \
sei schwierig, weil der Führerschein für Busse mehr als 9.000 Euro koste. Schulleiterin Anna \
Kessler vom Gymnasium Talheim sagte, niemand werde bestraft. Rentner Peter Kowalski sollte am \
Mittwoch operiert werden. Landrat Otto Weber kündigte am Donnerstag einen Notfahrplan an.
"""


def _questions(text: str) -> list:
    return list(wh.generate(analyze(load_article(text))))


def test_no_option_the_article_says_the_same_of() -> None:
    qs = [q for q in _questions(EN) if q.skill == "who" and "trained at Hillside" in q.prompt]
    assert qs, "the who-question on Tom Pike is made"
    for q in qs:
        assert "Mia Fennell" not in q.options, q.options


def test_a_full_verbs_konjunktiv_becomes_indicative_with_its_owner() -> None:
    from quizgen.generate.wh import indicative_3sg

    prompts = [q.prompt for q in _questions(DE)]
    assert "Wie viel kostet laut Hartmann der Führerschein für Busse?" in prompts, prompts
    assert not any(" koste " in p for p in prompts), prompts
    assert [indicative_3sg(w) for w in ["koste", "sehe", "rechne", "bleibe", "schalte"]] == [
        "kostet", "sieht", "rechnet", "bleibt", "schaltet"]


def test_a_firms_bare_role_names_the_firm() -> None:
    ents = {e.name: e for e in analyze(load_article(DE)).entities}
    assert ents["Jens Hartmann"].role == "Geschäftsführer von Wendtland Touristik", \
        ents["Jens Hartmann"].role
    assert ents["Anna Kessler"].role == "Schulleiterin vom Gymnasium Talheim", \
        ents["Anna Kessler"].role


def test_a_private_persons_day_ranks_below_an_officials() -> None:
    whens = {q.prompt: q.score for q in _questions(DE) if q.skill == "when" and q.options}
    private = [s for p, s in whens.items() if "Kowalski" in p]
    official = [s for p, s in whens.items() if "Weber" in p]
    assert private and official, whens
    assert max(private) < min(official) - 0.1, whens


def test_no_what_question_on_a_mere_label() -> None:
    text = ("Streit um Busse\n\nDer Elternbeirat der Realschule Talheim erhebt schwere Vorwürfe. "
            "Die Eltern fordern mehr Busse. Eine Entscheidung wird im Frühjahr erwartet.")
    answers = [q.answer for q in _questions(text) if q.skill == "what"]
    assert "schwere Vorwürfe" not in answers and "eine Entscheidung" not in answers, answers


def test_a_count_after_a_preposition_is_asked_with_it() -> None:
    text = ("Ferry cancelled\n\nResidents have been without a regular ferry service for nine "
            "days after the boat broke down. Bottled water stations have been set up in five "
            "towns. The club has won the cup for the first time in 38 years. The old mill will "
            "be turned into eight flats.")
    qs = {q.prompt: q.answer for q in _questions(text) if q.skill == "how_many"}
    assert qs.get("How long have residents been without a regular ferry service?") == \
        "nine days", qs
    assert qs.get("In how many towns have bottled water stations been set up?") == "five", qs
    assert qs.get("Into how many flats will the old mill be turned?") == "eight", qs
    assert not any("38" in a or "how many years" in p for p, a in qs.items()), qs


def test_a_level_is_asked_how_high() -> None:
    text = ("Sturm im Kreis\n\nDer Schaden liegt nach Angaben der Polizei bei rund 40.000 Euro. "
            "Die Wartezeit in der Notaufnahme lag am Montag bei etwa drei Stunden. Die Kosten "
            "belaufen sich auf mehr als 2.000 Euro.")
    qs = {q.prompt: q.answer for q in _questions(text)}
    assert qs.get("Wie hoch ist der Schaden nach Angaben der Polizei?") == "rund 40.000 Euro", qs
    assert qs.get("Wie lang war die Wartezeit in der Notaufnahme am Montag?") == \
        "etwa drei Stunden", qs
    assert qs.get("Wie hoch sind die Kosten?") == "mehr als 2.000 Euro", qs
    assert not any(p.startswith("Was liegt") or p.startswith("Was belaufen") for p in qs), qs


def test_a_sum_of_money_is_asked_how_much() -> None:
    text = ("Bridge repairs\n\nThe repairs will cost at least £400,000. The council spent "
            "roughly £2.5 million on the bridge. A crowdfunding page set up by student Kai Lee "
            "had raised more than £8,000 by Wednesday. Okafor said the tour left the orchestra "
            "with a loss of £1.2 million.")
    qs = {q.prompt: q.answer for q in _questions(text) if q.skill == "how_many"}
    assert qs.get("How much will the repairs cost?") == "at least £400,000", qs
    assert qs.get("How much did the council spend on the bridge?") == "roughly £2.5 million", qs
    assert not any("had raised" in p or "loss of" in p for p in qs), qs


def test_no_verb_inside_a_name_and_no_one_word_body_among_persons() -> None:
    text = ("School in special measures\n\nHollins Cross Primary School has been placed in "
            "special measures. Head teacher Claire Dunn said she was disappointed. Council "
            "leader Tom Ash said the council would help. Ofsted said its inspectors were fair. "
            "Parent Jo Reed said the report was unfair.")
    qs = _questions(text)
    assert not any(q.prompt.startswith("What do hollins") for q in qs), [q.prompt for q in qs]
    for q in qs:
        if q.skill == "who" and q.options:
            assert "Ofsted" not in q.options, q.options


def test_a_body_named_as_subject_is_asked_who() -> None:
    text = ("Crossing fails\n\nThe barriers failed on Monday. Network Rail will hold a drop-in "
            "session in the village hall on Tuesday. Parents are worried.")
    prompts = [q.prompt for q in _questions(text)]
    assert not any(p.startswith("What will hold") for p in prompts), prompts


def test_no_vague_count_and_a_reported_count_names_its_owner() -> None:
    text = ("Heim unter Druck\n\nTausende Pendler müssen auf Busse umsteigen. Stefan Roth, "
            "Pflegedienstleiter des Hauses, sagte am Montag, die Lage sei ernst. Das Heim sei "
            "mit rund 60 Pflegekräften gut besetzt. Die Lage bleibt angespannt.")
    qs = {q.prompt: q.answer for q in _questions(text) if q.skill == "how_many"}
    assert "tausende" not in {a.lower() for a in qs.values()}, qs
    assert "Mit wie vielen Pflegekräften ist das Heim laut Roth gut besetzt?" in qs, qs


def test_year_options_stay_near_the_key() -> None:
    text = ("Pier closed\n\nThe council closed the pier on Wednesday 25 November 2026. The pier "
            "opened in 1886. Repairs were last made in 2020.")
    for q in _questions(text):
        if q.answer == "1886" and q.options:
            assert not {"2020", "2026"} & set(q.options), q.options
            break
    else:
        raise AssertionError("no year question on the opening")


def test_no_which_question_on_a_nouns_own_phrase() -> None:
    text = ("Protest vor dem Rathaus\n\nAm Mittwochabend versammelten sich mehr als 200 Menschen "
            "vor dem Rathaus. Viele trugen Schilder mit der Aufschrift „Kurze Wege“. Die Stadt "
            "darf die Joghurts nicht mehr mit dem Aufdruck „klimaneutral“ verkaufen.")
    prompts = [q.prompt for q in _questions(text)]
    assert not any(p.startswith("Mit welcher Aufschrift") for p in prompts), prompts
    assert any(p.startswith("Mit welchem Aufdruck") for p in prompts), prompts


def test_a_naming_number_stays_with_its_noun() -> None:
    text = ("Bahn gesperrt\n\nWegen Bauarbeiten wird die Regionalbahnlinie RB 47 zwischen "
            "Weilstadt und Hohenfurt ab dem 11. Januar gesperrt. Pendler sind verärgert.")
    prompts = [q.prompt for q in _questions(text)]
    assert not any("RB wegen" in p for p in prompts), prompts


def test_a_clock_time_am_is_no_verb() -> None:
    text = ("Crossing fails\n\nThe driver of the 7.32am service from Kingsmead to Porthaven "
            "spotted the raised barriers and stopped the train at least 200 metres before the "
            "crossing. Nobody was hurt.")
    prompts = [q.prompt for q in _questions(text)]
    assert not any("of the 7.32 " in p for p in prompts), prompts
