"""Number gaps and gap sentences a teacher would not set (blind reviews 97, 100, 101).
Invented text.

- 97 en_noticeboard: 'Doreen Whitlock, 84, who has lived on the green for more than ___ years'
  - how long a private person has done something is a side detail; the age between commas
  hid the name from the rule of review 95.
- 100 en_spire_restoration: 'For Mr Price, who has spent most of the past ___ months on the
  scaffolding' - the same, after a surname alias.
- 97 de_gemeindebrief: 'Die 79-Jährige, die seit 1987 ..., hat ... mehr als ___ Unterschriften
  gesammelt' - the gap sentence did not say who; the age description now gives way to the name.
- 101 en_farriers #3 (F): 'fallen from around 95 in ___ to fewer than 70 this year' - the base
  year of a change is a side detail.
"""

from __future__ import annotations

from quizgen.generate import cloze

from .helpers import analysed


def _gapped(text: str, language: str, floor: float = 0.35) -> list[str]:
    return [q.prompt for q in cloze.generate(analysed(text, language)) if q.score >= floor]


def test_years_of_a_person_with_an_age_between_commas():
    text = ("A bench on the village green has been removed. Margaret Hollis, 81, who has lived "
            "beside the green for more than fifty years, started a petition the next day. The "
            "parish council will discuss the bench on 3 March.")
    prompts = _gapped(text, "en")
    assert not any("more than ________ years" in p for p in prompts), prompts
    assert any("discuss the bench on ________" in p for p in prompts), prompts


def test_months_of_a_person_named_by_title_and_surname():
    text = ("Joiner Tom Reddy has rebuilt the church porch. For Mr Reddy, who has spent most of "
            "the past 14 months on the porch, the job has been the highlight of his career. The "
            "porch will reopen on 6 April.")
    prompts = _gapped(text, "en")
    assert not any("past ________ months" in p for p in prompts), prompts


def test_age_description_gives_way_to_the_name_de():
    text = ("Die Gemeinde will den Seniorenbus einstellen. Dagegen wehrt sich Helga Brinkmann. "
            "Die 77-Jährige, die seit 2001 im Seniorenbeirat sitzt, hat innerhalb von zwei "
            "Wochen mehr als 400 Unterschriften gesammelt. Der Gemeinderat entscheidet am "
            "9. Februar.")
    prompts = [p for p in _gapped(text, "de", 0.0) if "Unterschriften" in p]
    assert prompts, _gapped(text, "de", 0.0)
    assert all("Helga Brinkmann, die seit" in p and "77-Jährige" not in p for p in prompts), \
        prompts


def test_base_year_of_a_change_is_no_gap():
    text = ("The number of registered blacksmiths in the county has fallen from around 80 in "
            "2018 to fewer than 50 this year, according to the guild. The guild will publish "
            "new figures on 4 May.")
    prompts = _gapped(text, "en")
    assert not any("in ________ to fewer" in p for p in prompts), prompts
    assert any("on ________" in p for p in prompts), prompts


def test_no_gap_in_an_unnamed_groups_unproven_claim_about_bodies():
    # 103 de_schulobst #5 (F): 'Elternvertreter behaupten, der Kreis habe die Fördergelder der
    # ___ ... beantragt' - EU: an unproven claim by nobody named, only bodies inside it
    text = ("Der Landkreis will das Schulmilchprogramm streichen. Anwohner behaupten, die Stadt "
            "habe die Zuschüsse der KfW schon im Mai erhalten und wolle sie für den "
            "Straßenbau nutzen. Belege dafür gibt es bislang nicht. Der Kreistag entscheidet "
            "am 14. Dezember.")
    prompts = _gapped(text, "de", 0.0)
    assert not any("Zuschüsse der" in p and "Anwohner behaupten" in p for p in prompts), prompts
    assert any("entscheidet am ________" in p for p in prompts), prompts


def test_a_time_the_headline_prints_is_no_gap():
    # 104 en_night_market #3 (F): 'on ___ rose by around 40 per cent' - Thursday evenings,
    # under a headline on the Thursday evening market
    from quizgen.model import Article, Block
    from quizgen.pipeline import analyze

    head = "Saturday morning swap shop to stay after busy trial"
    body = ("Figures suggest that the number of people in the high street on Saturday mornings "
            "rose by around 30 per cent compared with last year. Traders will meet the council "
            "on 8 December.")
    text = head + "\n\n" + body
    art = Article(text=text, language="en", title=head,
                  blocks=[Block("headline", 0, len(head), head),
                          Block("body", len(head) + 2, len(text), body)])
    prompts = [q.prompt for q in cloze.generate(analyze(art)) if q.score >= 0.35]
    assert not any("high street on ________" in p for p in prompts), prompts
    assert any("around ________ per cent" in p for p in prompts), prompts
