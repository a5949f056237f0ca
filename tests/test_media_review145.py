# ruff: noqa: E501
"""mediaA fixes of the second fix round of the session of 2026-11-29 (13:50): faults of the
blind reviews 134-145 in the media files, each as a general rule on an invented article."""

from __future__ import annotations

from quizgen.generate import media_headline, truefalse
from quizgen.generate.media import generate as media_generate


def _analysis(text: str):
    from quizgen.pipeline import analyze, load_article
    return analyze(load_article(text))


def _fact_opinion(text: str) -> list:
    return [q for q in media_generate(_analysis(text)) if q.skill == "fact_opinion"]


def _keyed(text: str, needle: str, key: str) -> list:
    return [q for q in _fact_opinion(text) if needle in q.prompt and key in str(q.answer)]


CHOIR = """By Helen Marsh | Tuesday 24 November 2026, 09:40 GMT

Village choir loses its rehearsal room after hall is sold

A village choir that has sung in Westcombe for more than 60 years has lost its rehearsal room after the parish hall was sold to a developer.

The Westcombe Singers, who have 31 members, were told on 2 November that they must leave the hall by the end of the year. The parish council said the sale had raised around £240,000 for repairs to the church roof.

Choir leader Ruth Penrose said the group had looked at four other rooms in the village, none of which could hold a piano. "We are not giving up," she said.

The school has offered its hall on Thursday evenings until Easter, and a local pub has offered its function room for the summer concert.

Small choirs like this one give far more to a village than they ever ask for, and they deserve every penny of that appeal.

Read more: Why rural choirs are struggling to find new voices

Source: Westcombe Gazette
"""


def test_a_comparison_with_ask_for_is_no_service_line():
    # blind review 143 en_scenery_fire: '... give far more to a village than they ever ask
    # for, and they deserve every penny of that appeal.' was taken for a service line (the
    # advice verb 'ask', the noun 'appeal'): the writer's last word was never asked
    assert _keyed(CHOIR, "deserve every penny", "opinion")


KIRMES = """Von Sabine Hartl | Dienstag, 24. November 2026, 10:20 Uhr

Streit um Kirmesorgel: Anwohner beschwert sich über Lärm

Die Drehorgel der Kirmesgesellschaft Oberwiesen soll künftig nur noch bis 20 Uhr spielen. Das hat das Ordnungsamt nach der Beschwerde eines Anwohners angeordnet.

Der Anwohner hatte sich im September schriftlich beschwert. Nach Angaben der Kirmesgesellschaft haben inzwischen mehr als 400 Menschen eine Unterschriftenliste für die Orgel unterzeichnet.

Vorsitzender Klaus Wendt sagte, man wolle mit dem Nachbarn sprechen. „Wir sind keine Störenfriede“, sagte er.

Ein Brauch, der seit 1961 besteht, verdient mehr als einen Bescheid vom Amt, nämlich ein Gespräch über den Gartenzaun.

Quelle: Oberwiesener Bote
"""


def test_a_verdient_beside_a_year_is_the_writers_verdict():
    # blind review 143 de_turmblasen: 'Eine Tradition, die seit 1958 besteht, verdient mehr
    # als einen Briefwechsel mit dem Amt, ...' - its year made 'verdient' read as money
    # earned, and the writer's last word was never asked
    assert _keyed(KIRMES, "verdient mehr als einen Bescheid", "Meinung")


BACKSTUBE = """Von Jörg Albers | Mittwoch, 25. November 2026, 08:30 Uhr

Bäckerei Hansen sucht Nachfolger

Die Bäckerei Hansen in Lindental sucht nach 40 Jahren einen Nachfolger. Inhaber Peter Hansen will im kommenden Sommer in den Ruhestand gehen.

Interesse hat ein junger Bäckermeister aus Kiel gezeigt. Finanziell ist die Übernahme allerdings noch nicht gesichert. Die Öfen, von denen einige älter als der Bewerber selbst sind, müssten zum Teil ersetzt werden. Hansen schätzt die Kosten auf rund 60.000 Euro.

Hilfe kommt womöglich aus der Stadt: Die Wirtschaftsförderung hat angeboten, einen Teil der Beratungskosten zu übernehmen. Die Umbaukosten beziffert Hansen auf weitere 20.000 Euro.

Jeden Tag kommen nach Hansens Angaben mehr als 300 Kundinnen und Kunden in den Laden.

Quelle: Lindentaler Zeitung
"""


def test_a_needed_repair_is_no_opinion():
    # blind review 144 de_schuhmacher_nachfolge #14 (D): 'Die Maschinen, ..., müssten zum
    # Teil ersetzt werden.' was keyed the author's opinion: the work a plan needs
    assert not _keyed(BACKSTUBE, "müssten zum Teil ersetzt werden", "Meinung")


def test_a_guess_joined_to_a_report_is_no_opinion():
    # blind review 143 de_wagenbauhalle #11 (D): 'Hilfe kommt womöglich aus dem Nachbarort:
    # Der Festausschuss ... hat angeboten, ...' was keyed an opinion
    assert not _keyed(BACKSTUBE, "womöglich", "Meinung")


def test_a_figure_someone_puts_on_a_cost_is_no_plain_fact():
    # blind review 142 de_agri_pv #11 (F): 'Die Kosten beziffert Brenneke auf mehr als fünf
    # Millionen Euro.' keyed a checkable fact: the applicant's own figure
    assert not _keyed(BACKSTUBE, "beziffert", "Tatsache")


CONTEST = """By Mark Elwood | Monday 23 November 2026, 11:00 GMT

Choir stripped of festival trophy over late entry form

A male voice choir from Cumbria has lost the trophy it won at a regional festival after organisers ruled that its entry form had arrived late.

Harrowdale Male Voice Choir won the open class at the Lakeland Music Festival in Kendal on Saturday 7 November. Four days later, on 11 November, the festival committee announced that the result had been withdrawn.

Choir secretary Alan Birkett said the form had been posted on 12 October. "We did everything we were asked to do," he said.

The festival's chair, Joan Fairley, said the entry rules were applied to every choir in exactly the same way, and the committee could not make exceptions. The trophy has gone to the second-placed Ambleside Singers.

Source: Lakeland Echo
"""


def test_a_date_tied_to_another_by_its_distance_is_not_swapped():
    # blind review 143 en_contest_points #3 (F): 'Five days later, on 30 October, ...' - the
    # swapped date contradicts 'Five days later' (after the 8 November contest)
    assert not any("Four days later" in p and "11 November" not in p
                   for p in (q.prompt for q in truefalse.generate(_analysis(CONTEST))))


def test_a_negated_exception_does_not_restrict_everyone():
    # blind review 143 en_contest_points #21 (D): '"The rules apply to everyone"' was keyed
    # not backed because of '... could not make exceptions'
    text = CONTEST.replace("The festival's chair,", '"The rules apply to everyone"\n\nThe festival\'s chair,')
    for q in media_headline.generate(_analysis(text)):
        assert "apply to everyone" not in q.prompt or q.type != "true_false", q.prompt
        assert "exceptions" not in str(q.answer), q.answer


REGATTA = """By Sarah Lowe | Monday 16 November 2026, 18:20 GMT

Kelsford Boat Race called off for 2027 after insurance bill nearly triples

One of the oldest boat races in the county will not take place next summer after organisers were quoted almost three times last year's price for insurance.

The decision was announced on Saturday by the race committee, which said it could not pay a premium of nearly £18,000. In 2026 the same policy cost around £6,500. Race chair Hugh Dawson said the committee had asked three other insurers for a quote.

In June, two boats collided near the finish, and a rower was taken to hospital with a broken arm. Some members of Kelsford Rowing Club believe the accident is the main reason for the higher quote. The insurer has not confirmed this, and the Kelsford Race committee, which reviewed the race, has not published its findings.

The club has since bought a second safety launch. "We have changed a lot," said club captain Amy Rudd.

Source: Kelsford Echo
"""


def test_a_note_on_a_belief_does_not_limit_the_headline():
    # blind review 145 en_rowing_regatta #16: 'The insurer has not confirmed this' is on the
    # members' belief that the accident raised the quote, not on the headline the lead backs
    an = _analysis(REGATTA)
    [note] = [b for b in an.body_sentences() if "has not confirmed this" in b.text]
    assert media_headline._on_the_claim_before(an, note)
    assert not any("has not confirmed this" in str(q.answer)
                   for q in media_headline.generate(an))



def test_a_then_after_without_its_first_step_is_no_statement():
    # blind review 142 de_eisabwurf #10 (F): 'Seibert will erst danach entscheiden, ob ...' -
    # after what? the meeting named in the sentence before; a true/false statement on it
    # points back to what it does not print
    from quizgen.generate.truefalse import _then_after
    assert _then_after("Bürgermeister Tobias Lenz will erst danach entscheiden, ob der Platz "
                       "vor Weihnachten wieder öffnet.")
    assert _then_after("Erst dann soll über den Neubau abgestimmt werden.")


def test_a_then_after_with_its_first_step_is_kept():
    # control: 'Zunächst ..., erst danach ...' gives its first step itself; 'erst dann, wenn'
    from quizgen.generate.truefalse import _then_after
    assert not _then_after("Zunächst müsse der Gutachter die Masten prüfen, erst danach könne "
                           "der Platz wieder freigegeben werden, sagte Kolb.")
    assert not _then_after("Die Gemeinde könne erst dann entscheiden, wenn ein Gutachten "
                           "vorliege.")
