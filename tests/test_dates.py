"""Dates on invented sentences: part-of-year phrases ('bis Ende 2026', 'ab dem Frühjahr
2027', 'by the end of 2026') are dates with their year as value, so questions can ask them."""

from __future__ import annotations

import pytest

from quizgen.pipeline import analyze, load_article


def _dates(text: str) -> dict[str, str | None]:
    return {d.text: d.value for d in analyze(load_article("Titel\n\n" + text)).dates}


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("Das Werk soll bis Ende 2026 schließen.", "bis Ende 2026", "2026"),
    ("Gebaut werden soll ab dem Frühjahr 2027.", "ab dem Frühjahr 2027", "2027"),
    ("Im Herbst 2025 begann der Umbau.", "Im Herbst 2025", "2025"),
    ("Die Halle soll Mitte 2028 öffnen.", "Mitte 2028", "2028"),
    ("The plant will close by the end of 2026.", "by the end of 2026", "2026"),
    ("Work starts in spring 2027.", "in spring 2027", "2027"),
    ("The line opens in late 2028.", "in late 2028", "2028"),
])
def test_part_of_a_year_is_a_date_with_the_year(text, phrase, value):
    assert _dates(text).get(phrase) == value


def test_part_of_a_month_or_week_still_has_no_value():
    dates = _dates("Ende des Monats kam der Bescheid. Die Frist endet Anfang März.")
    assert dates.get("Ende des Monats") is None
    assert dates.get("Anfang März") == "--03"
    assert "Sommer" not in " ".join(_dates("Im Sommer war es heiß."))  # no year: no date


@pytest.mark.parametrize(("text", "phrase"), [
    ("The alarm was raised at about 4.40pm on Sunday.", "at about 4.40pm on Sunday"),
    ("Trains ran again shortly before 10.30pm.", "10.30pm"),
    ("The meeting starts at 9:30 am.", "at 9:30 am"),
])
def test_english_clock_times_are_whole(text, phrase):
    """'4.40pm' is one time, never '40pm' cut from its hour (a cloze asked 'at about 4.____')."""
    dates = _dates(text)
    assert phrase in dates
    assert not any(d.startswith(("40", "30pm")) for d in dates)


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("Die Verhandlungen endeten am gestrigen Sonntag.", "am gestrigen Sonntag", "Sonntag"),
    ("Am heutigen Donnerstag öffnet die Messe.", "Am heutigen Donnerstag", "Donnerstag"),
    ("Der Brand brach am vergangenen Freitag aus.", "am vergangenen Freitag", "Freitag"),
    ("Das Urteil fällt am kommenden Montag.", "am kommenden Montag", "Montag"),
    ("Die Wahl ist für den kommenden Sonntag geplant.", "für den kommenden Sonntag",
     "Sonntag"),
    ("Die Sitzung wurde auf Dienstag verschoben.", "auf Dienstag", "Dienstag"),
    ("Die Truppe erreichte das Lager am frühen Samstag.", "am frühen Samstag", "Samstag"),
    ("In der Nacht von Mittwoch auf Donnerstag brannte die Scheune.",
     "In der Nacht von Mittwoch auf Donnerstag", "Donnerstag"),
    ("Die Feier war am gestrigen 12. Mai.", "am gestrigen 12. Mai", "--05-12"),
    ("Die Frist ist für den 24. April angesetzt.", "für den 24. April", "--04-24"),
    ("Der nächste Termin ist der 9. März.", "der 9. März", "--03-09"),
    ("Am frühen Morgen des 31. Juli stieg der Pegel.", "Am frühen Morgen des 31. Juli",
     "--07-31"),
    ("Der Vertrag läuft bis zum 30.06.2027 weiter.", "bis zum 30.06.2027", "2027-06-30"),
    ("Die Halle soll erst Anfang Juni 2027 öffnen.", "Anfang Juni 2027", "2027-06"),
    ("The talks began last Sunday.", "last Sunday", "Sunday"),
    ("The fire started on Sunday morning.", "on Sunday morning", "Sunday"),
])
def test_a_day_keeps_its_preposition_article_and_adjective(text, phrase, value):
    """'am gestrigen Sonntag' is one phrase: a when-question that took only 'Sonntag' kept
    'am gestrigen' in its prompt ('Wann begannen die Gespräche am gestrigen?') and offered
    bare weekdays as options."""
    dates = _dates(text)
    assert dates.get(phrase) == value, dates


@pytest.mark.parametrize(("text", "phrase"), [
    ("Der Unfall geschah gestern Abend in der Altstadt.", "gestern Abend"),
    ("Seit heute Nachmittag ist die Straße frei.", "Seit heute Nachmittag"),
    ("Die Feuerwehr rückte heute Morgen um sechs Uhr ab.", "heute Morgen um sechs Uhr"),
    ("Der Zug fuhr kurz nach 16:00 Uhr ab.", "kurz nach 16:00 Uhr"),
    ("Das Schiff legte am Samstag um 07:45 ab.", "am Samstag um 07:45"),
    ("Das Fest beginnt am 3. Oktober um 18.30 Uhr.", "am 3. Oktober um 18.30 Uhr"),
    ("Geöffnet ist von 10:00 Uhr bis 17:00 Uhr.", "von 10:00 Uhr bis 17:00 Uhr"),
])
def test_times_of_day_are_whole(text, phrase):
    """The part of the day and the clock time belong to the day ('gestern Abend', 'um sechs
    Uhr' written as a word), so no question keeps 'Abend' or 'Uhr' behind."""
    assert phrase in _dates(text)


def test_a_year_after_a_capitalised_preposition():
    assert _dates("Im Jahr 2019 kam die Wende.").get("Im Jahr 2019") == "2019"
    assert _dates("In 2019 the plant closed.").get("In 2019") == "2019"


def test_a_genitive_month_is_not_cut():
    """'des 11. Septembers 2001': the date was cut before the genitive -s, leaving 's 2001'."""
    assert _dates("Nach den Anschlägen des 11. Septembers 2001 änderte sich viel.").get(
        "des 11. Septembers 2001") == "2001-09-11"


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("Am vorgestrigen Mittwoch brannte die Halle.", "Am vorgestrigen Mittwoch", "Mittwoch"),
    ("Sie hat diesen Samstag ihren Rücktritt erklärt.", "diesen Samstag", "Samstag"),
    ("Das Verfahren läuft seit dem März 2021.", "seit dem März 2021", "2021-03"),
    ("Die Bilder entstanden von Mai 2020 bis Mai 2021.", "von Mai 2020 bis Mai 2021",
     "2020-05"),
    ("Die Taten fielen in die Zeit zwischen dem 3. Mai 2019 und dem 9. Juni 2020.",
     "zwischen dem 3. Mai 2019 und dem 9. Juni 2020", "2019-05-03"),
    ("Die Helfer blieben bis 4 Uhr morgens.", "bis 4 Uhr morgens", None),
    ("Ende des Jahres 2016 lag die Firma vorn.", "Ende des Jahres 2016", "2016"),
])
def test_more_leads_and_tails_of_real_news_dates(text, phrase, value):
    """Found on held-out Wikinews articles: 'Am vorgestrigen [Mittwoch]', 'seit dem [März
    2005]', 'Ende des Jahres [2016]' left half of the phrase in the sentence."""
    dates = _dates(text)
    assert phrase in dates and dates[phrase] == value, dates
