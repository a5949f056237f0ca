"""Headline and voice notes after blind review 9: a reaction the body reports is no
'reaction the text does not report', a quotation the heading makes up is named, 'jeden Tag'
is no exaggeration, a quoted private person gives the heading's group a voice, and a word a
heading shouts is no organisation."""

from __future__ import annotations

from quizgen.generate import media_discussion, media_headline, media_language
from quizgen.generate.media_text import claims
from quizgen.pipeline import analyze, load_article

DE_SCHULE = """Von Anna Berg - 25.11.2026, 10:00 Uhr

HANDY-HAMMER! Schule sperrt Smartphones weg – Eltern laufen Sturm

An der Realschule in Lindau müssen rund 600 Schüler ihre Handys seit Montag abgeben. \
Schulleiter Jan Roth sagte, der Unterricht sei ruhiger geworden.

Viele Eltern halten das für übertrieben. Eine Online-Petition gegen das Verbot hat mehr als \
800 Unterschriften. Die Schule will im Januar Bilanz ziehen.
"""

EN_ROCK = """By Sam Lee | Monday 23 November 2026, 09:00 GMT

SHOCK! Blazing fireball 'from another world' smashes into remote hillside sheep farm

A meteorite has been found in a sheep field near Thirsk, scientists have confirmed. Farmer \
Tom Hebden found the stone on Sunday morning. Dr Priya Raman said the rock was about \
4.5 billion years old.
"""

DE_BRUECKE = """Von Lea Kern - 24.11.2026, 08:00 Uhr

Marode Brücke dicht – 40.000 Autos müssen jeden Tag umfahren, Pendler verzweifelt

Die Lahnbrücke bei Weilstein ist seit Dienstag gesperrt. Die Brücke wird täglich von rund \
40.000 Fahrzeugen befahren. Projektleiterin Claudia Reuter sagte, die Sperrung sei \
unvermeidlich gewesen.

Die Krankenpflegerin Anja Seibert, 44, braucht für ihren Weg zur Arbeit fast doppelt so \
lange. „Ich fahre jetzt um halb sechs los“, sagte sie. Viele Pendler stehen im Stau.
"""

EN_CLUB = """By Huw Jones | Tuesday 24 November 2026, 18:00 GMT

FANS' FURY! Football club on the brink as owners 'walk away'

Harwick Town has been placed into administration. Captain Rhys Morgan said the players had \
not been paid for two months. Some fans have claimed that the owners moved money out of the \
club. There is no evidence for this.
"""


def _open(text: str) -> str:
    a = analyze(load_article(text))
    [q] = [q for q in media_headline.generate(a) if q.type == "open"]
    return q.answer


def test_a_reaction_the_body_reports_is_not_denied():
    note = _open(DE_SCHULE)
    assert "Von einer solchen Reaktion berichtet der Text nicht" not in note
    assert "Die Überschrift setzt „HANDY-HAMMER“ in Großbuchstaben" in note


def test_a_quotation_the_heading_makes_up_is_named():
    note = _open(EN_ROCK)
    assert "puts “from another world” in quotation marks" in note


def test_every_day_is_no_exaggeration():
    note = _open(DE_BRUECKE)
    assert "„jeden“" not in note


def test_a_quoted_private_person_gives_the_headings_group_a_voice():
    a = analyze(load_article(DE_BRUECKE))
    [q] = [q for q in media_discussion.generate(a, claims(a)) if q.skill == "discussion"]
    assert "Pendler" not in q.answer.split("Zu Wort kommen:")[1].split("Eine gute Antwort")[0] \
        or "niemand von ihnen" not in q.answer


def test_words_in_a_headline_quotation_are_no_neutral_option():
    for heading in ("SHOCK! Blazing fireball 'from another world' smashes into remote "
                    "hillside sheep farm", "SPACE ROCK SHOCK! Fireball 'from another world' "
                    "smashes into Yorkshire farm"):
        a = analyze(load_article(EN_ROCK.replace(EN_ROCK.split("\n\n")[1], heading)))
        qs = [q for q in media_language.generate(a) if q.skill == "loaded_language"]
        assert all("world" not in q.options and "another" not in q.options for q in qs)


def test_a_word_the_heading_shouts_is_no_organisation():
    a = analyze(load_article(EN_CLUB))
    assert not [e for e in a.entities if e.name in {"FANS", "FURY"}]
    notes = [q for q in media_discussion.generate(a, claims(a)) if q.skill == "discussion"]
    assert all("FANS" not in q.prompt + q.answer for q in notes)
    assert all(" owners is " not in q.answer for q in notes)


DE_KLASSE = """Von Anna Berg - 25.11.2026, 10:00 Uhr

Handyverbot an der Realschule Lindau

An der Realschule in Lindau müssen rund 600 Schüler ihre Handys seit Montag abgeben. \
Schulleiter Jan Roth sagte, der Unterricht sei deutlich ruhiger geworden. Die \
Elternbeiratsvorsitzende Eva Brandl sagte dem Bayerischen Rundfunk, die Schule greife zu weit.

Der Zehntklässler Jonas Ertl sieht das anders: Er fühle sich „wie im Gefängnis“, sagte er. \
Die Schule will im Januar Bilanz ziehen.
"""


def test_a_saying_is_no_part_of_the_claim():
    """'Wer sieht das anders: Er fühle sich „wie im Gefängnis“, sagte er?' (blind review 9):
    a predicate holding a second saying is no question, and a statement loses its ', sagte
    er'."""
    from quizgen.generate import media

    a = analyze(load_article(DE_KLASSE))
    for c in claims(a):
        assert not (c.statement or "").rstrip(".“").endswith("sagte er")
        assert "sagte er" not in (c.predicate or "")
    for q in media.generate(a):
        text = q.prompt + " " + (q.answer if isinstance(q.answer, str) else " ".join(q.answer))
        assert ", sagte er?" not in text and "“, sagte er." not in text


def test_pupils_are_not_schools():
    """'Tausende Schüler' in the heading was answered with '17 Schulen' (blind review 10):
    the stemmer makes both 'schul'."""
    text = ("Von Anna Berg - 25.11.2026, 10:00 Uhr\n\nCaterer pleite – Tausende Schüler ohne "
            "Mittagessen\n\nDer Caterer Frischküche Weser hat Insolvenz angemeldet. Seit Montag "
            "bekommen mehr als 4000 Kinder kein warmes Mittagessen mehr. Betroffen sind nach "
            "Angaben der Stadt 17 Schulen und sechs Kitas.\n")
    a = analyze(load_article(text))
    for q in media_headline.generate(a):
        answer = q.answer if isinstance(q.answer, str) else " ".join(q.answer)
        assert "17 Schulen" not in answer or "Schüler" not in q.prompt


def test_a_party_takes_its_article_and_a_quoted_student_is_heard():
    """Blind review 10: 'Außerdem äußern sich laut Artikel: CDU und SPD', 'Warum könnte CDU
    ...', and 'no passenger is quoted by name' beside 'Studentin Lea Marquardt, 22, ...
    „Ich komme fast jede Woche zu spät“, sagte sie'."""
    text = ("Von Anna Berg - 25.11.2026, 10:00 Uhr\n\nStraßenbahn-Chaos in Neustadt\n\n"
            "Die Stadt hat 24 neue Straßenbahnen gekauft, doch sie dürfen nicht fahren. "
            "Fahrgäste müssen weiter alte Bahnen nehmen. VBN-Sprecher Jonas Heller sagte, man "
            "arbeite an einer Lösung.\n\nDie CDU behauptete, die VBN hätten Warnungen ignoriert. "
            "Belege dafür hat die Fraktion nicht vorgelegt. Auch die SPD forderte Aufklärung.\n\n"
            "Studentin Lea Marquardt, 22, fährt täglich mit der Linie 3. Morgens sei die Bahn "
            "oft voll. „Ich komme fast jede Woche zu spät“, sagte sie.\n")
    a = analyze(load_article(text))
    qs = media_discussion.generate(a, claims(a))
    joined = " ".join(q.prompt + " " + q.answer for q in qs)
    assert " CDU und SPD" not in joined and "von CDU" not in joined
    assert "Warum könnte CDU" not in joined
    assert "niemand von ihnen wird namentlich zitiert" not in joined
