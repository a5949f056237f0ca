"""Fact or opinion: what is offered as an opinion is one, what is offered as a fact is one.

The classifier is monkeypatched to fixed scores so that these tests check how the generator
combines score and cue words, not the model being retrained; one test runs the shipped
model on plain cases.
"""

from __future__ import annotations

import re

import pytest

from quizgen.generate import media
from quizgen.generate.media_opinion import classify, opinion_cues
from tests.test_media import build, by

DE_BRUECKE = """Brücke in Altstadt gesperrt

Die Fichtenbrücke in Altstadt ist seit Montag gesperrt. Die Brücke wurde im Jahr 1968 \
gebaut. Täglich fahren rund 12.000 Autos über die Fichtenbrücke. Angeblich prüft das Land \
bereits einen Neubau für 40 Millionen Euro. Die Arbeiten sollen voraussichtlich bis Mai 2027 \
dauern. Ausnahmen sind für Busse erlaubt. Es ist ein Armutszeugnis, dass eine so wichtige \
Brücke jahrelang vernachlässigt wurde. Bürgermeister Jan Roth sagte, die Stadt habe das Land \
gewarnt.
"""

EN_RACE = """Record in Dunmore

Anna Berg won the Dunmore half marathon on Sunday in 1:08:12. Around 4,000 runners took part \
in the race. The race is expected to return next year with a new course. It was the most \
exciting finish the town has seen in years. The council should have closed more roads for the \
runners. Organisers reportedly want to double the prize money.
"""


def _scores(table: dict[str, float], default: float):
    def score(sentences, language):
        return [next((v for k, v in table.items() if k in s), default) for s in sentences]
    return score


@pytest.fixture
def low_scores(monkeypatch):
    """A classifier that calls nearly everything a fact (as the shipped one does for many
    evaluative sentences without first-person or hedge words)."""
    import quizgen.nlp.subjectivity as subj

    monkeypatch.setattr(subj, "opinion_scores", _scores(
        {"Ausnahmen": 0.9, "Angeblich": 0.9, "reportedly": 0.9, "Armutszeugnis": 0.35,
         "exciting": 0.08, "should": 0.4}, 0.1), raising=False)


def _fo(qs, answer_part: str):
    return [q for q in by(qs, "fact_opinion") if q.type == "multiple_choice"
            and len(q.options) == 2 and answer_part in q.answer]


def test_authors_verdict_is_the_opinion_even_when_the_classifier_scores_it_low(low_scores):
    qs = media.generate(build(DE_BRUECKE, {"Jan Roth": {"role": "Bürgermeister"}}, [], []))
    [op] = _fo(qs, "Meinung")
    assert "Armutszeugnis" in op.prompt and "„Armutszeugnis“" in op.explanation
    facts = _fo(qs, "Tatsache")
    assert facts and all(re.search(r"1968|12\.000|seit Montag", q.prompt) for q in facts)
    assert op.score > max(q.score for q in facts)  # the opinion item is the one to keep


def test_hearsay_forecast_and_rules_are_neither_fact_nor_opinion(low_scores):
    qs = media.generate(build(DE_BRUECKE, {"Jan Roth": {"role": "Bürgermeister"}}, [], []))
    asked = " ".join(q.prompt for q in by(qs, "fact_opinion"))
    assert "Angeblich" not in asked  # high score, but hearsay: the hedge question's matter
    assert "voraussichtlich" not in asked  # low score, but a forecast is not checkable yet
    assert "Ausnahmen" not in asked  # high score, but no judging word to point at
    assert "gewarnt" not in asked  # a claim someone makes: whether it holds is open


def test_english_judgement_and_should(low_scores):
    qs = media.generate(build(EN_RACE, {"Anna Berg": {}}, [], []))
    ops = _fo(qs, "opinion")
    texts = " ".join(q.prompt for q in ops)
    assert "most exciting finish" in texts and "should have closed" in texts
    assert any("“should”" in q.explanation for q in ops)
    facts = _fo(qs, "fact")
    assert facts and all("expected" not in q.prompt and "reportedly" not in q.prompt
                         for q in facts)
    pick = by(qs, "fact_opinion", prompt="Which of these sentences")
    assert not pick or pick[0].answer in {q.prompt.split("? ", 1)[1] for q in ops}


def test_no_clear_sentence_gives_no_question(monkeypatch):
    """Scores in the middle and no cue words: nothing is clearly fact or opinion."""
    import quizgen.nlp.subjectivity as subj

    monkeypatch.setattr(subj, "opinion_scores", lambda s, lang: [0.5] * len(s), raising=False)
    text = ("Streit in Nordheim\n\nDer Gemeinderat hat am Montag über die Schule beraten. "
            "Viele Eltern waren gekommen. Die Sitzung dauerte bis in den Abend.\n")
    assert not by(media.generate(build(text, {}, [], [])), "fact_opinion")


def test_no_classifier_no_facts(monkeypatch):
    """Without scores no sentence is offered as a fact; a clear verdict still is an opinion."""
    import quizgen.generate.media_opinion as mo

    monkeypatch.setattr(mo, "_classifier", lambda *args, **kwargs: None)
    qs = media.generate(build(DE_BRUECKE, {"Jan Roth": {"role": "Bürgermeister"}}, [], []))
    assert not _fo(qs, "Tatsache")
    assert all("Armutszeugnis" in q.prompt for q in _fo(qs, "Meinung"))


@pytest.mark.parametrize("text,lang,p,verdict", [
    ("Es wäre fahrlässig, wenn das Werk den Betrieb sofort wieder aufnähme.", "de", 0.2,
     "opinion"),  # judging word in the evaluative frame: enough on its own
    ("Es ist höchste Zeit, dass die Stadt ihr Stromnetz endlich modernisiert.", "de", 0.2,
     "opinion"),
    ("The decision is short-sighted, because a library is one of the last free spaces.", "en",
     0.4, "opinion"),  # one judging word needs some support from the classifier ...
    ("The decision is short-sighted, because a library is one of the last free spaces.", "en",
     0.1, "unclear"),  # ... and is no clear case when the classifier disagrees strongly
    ("Ausnahmen sind für Busse erlaubt.", "de", 0.95, "unclear"),  # no cue: no opinion
    ("It is unclear whether the captain had been warned.", "en", 0.2, "unclear"),
    ("Es ist bisher unklar, ob der Kapitän gewarnt worden war.", "de", 0.2, "unclear"),
    ("Die Brücke wurde im Jahr 1971 gebaut.", "de", 0.2, "fact"),
    ("Die Brücke wurde im Jahr 1971 gebaut.", "de", 0.6, "unclear"),
    ("A measles case was reportedly confirmed at a nursery.", "en", 0.2, "unclear"),
    ("Talks with the union are expected to resume next week.", "en", 0.2, "unclear"),
    ("Mayor Ann Lee said the budget had been cut by 10 per cent.", "en", 0.2, "unclear"),
    ("Kritik an dem Prestigeprojekt kam von der Bürgerliste.", "de", 0.1, "unclear"),
    ("The chaos on the roads lasted until 9 pm on Friday.", "en", 0.1, "unclear"),
])
def test_classify_combines_score_and_cues(text, lang, p, verdict):
    assert classify(text, p, lang)[0] == verdict


def test_cue_words_are_named_and_frames_need_a_verdict():
    assert [c.text for c in opinion_cues("Das ist leider zu spät.", "de")] == ["leider"]
    assert not opinion_cues("Es ist geplant, dass die Schule im Mai öffnet.", "de")
    assert not opinion_cues("Die Kreisbrandmeister waren vor Ort.", "de")  # no superlative


def test_shipped_classifier_on_plain_cases():
    """The real model: a plain report is a fact, an evaluative frame an opinion."""
    from quizgen.nlp.subjectivity import opinion_scores

    fact = "Die Feuerwehr war am Montag mit 40 Einsatzkräften vor Ort."
    opinion = "Es ist ein Skandal, dass die Stadt die Warnungen jahrelang ignoriert hat."
    pf, po = opinion_scores([fact, opinion], "de")
    assert classify(fact, pf, "de")[0] == "fact"
    assert classify(opinion, po, "de")[0] == "opinion"


DE_RAT = """Rat stoppt Radweg

Der Stadtrat von Altstadt hat am Montag den Bau eines Radwegs gestoppt. Der Radweg sollte \
rund 2 Millionen Euro kosten. Täglich fahren etwa 3.000 Radfahrer über die Kreuzung. Wer so \
kurzsichtig entscheidet, verspielt die Zukunft der Stadt.
"""


def test_a_general_verdict_opened_by_wer_is_the_authors_opinion(low_scores, monkeypatch):
    import quizgen.nlp.subjectivity as subj

    monkeypatch.setattr(subj, "opinion_scores", _scores({"kurzsichtig": 0.66}, 0.1),
                        raising=False)
    [op] = _fo(media.generate(build(DE_RAT, {}, [], [])), "Meinung")
    assert "kurzsichtig" in op.prompt and "„kurzsichtig“" in op.explanation


EN_PARK = """Park closes early

The city council voted on Monday to close Riverside Park at 8 pm from April. The park has \
about 2,000 visitors a day. Residents deserve better than a notice pinned to the gate.
"""
DE_SCHULE = """Schule informiert spät

Der Schulrat hat am 3. Mai die Zusammenlegung der Klassen beschlossen. Betroffen sind etwa \
400 Schülerinnen und Schüler. Dass die Eltern erst danach davon erfuhren, ist schlechter Stil.
"""


@pytest.mark.parametrize("text,lang,phrase,answer", [
    (EN_PARK, "en", "deserve better", "opinion"),
    (DE_SCHULE, "de", "schlechter Stil", "Meinung"),
])
def test_the_writers_verdict_is_preferred_over_a_plain_fact(monkeypatch, text, lang, phrase,
                                                            answer):
    """A verdict in the writer's own voice ('deserve better', 'ist schlechter Stil') is asked
    as an opinion, above the plain facts, and the explanation says whose it is."""
    import quizgen.nlp.subjectivity as subj

    monkeypatch.setattr(subj, "opinion_scores", _scores(
        {"deserve": 0.5, "schlechter Stil": 0.4}, 0.1), raising=False)
    qs = media.generate(build(text, {}, [], []))
    [op] = _fo(qs, answer)
    assert phrase in op.prompt and phrase in op.explanation
    assert "writer of the article" in op.explanation or "Autor selbst" in op.explanation
    facts = _fo(qs, "fact" if lang == "en" else "Tatsache")
    assert facts and op.score > max(q.score for q in facts)  # a fact stays in the pool


@pytest.mark.parametrize("text,lang", [
    ("Nicht alle halten den Rekord für echt.", "de"),
    ("Viele Anwohner glauben, dass der Lärm zunimmt.", "de"),
    ("Some residents believe the tower is unsafe.", "en"),
])
def test_that_others_hold_a_view_is_no_opinion_of_the_writer(text, lang):
    """'Nicht alle halten ... für echt' reports that some people doubt something: a
    checkable statement about them, never keyed as an opinion, however high the score."""
    assert classify(text, 0.85, lang)[0] != "opinion"
    assert classify("Ich halte den Rekord für echt.", 0.85, "de")[0] == "opinion"


# The one sentence of comment a news story ends with, in a paragraph of its own: a verdict
# on anyone who does something, a "must" or "deserve" -- no judging adjective, and the
# classifier gives it only a middling score.
DE_BOOT = """Boote auf dem Mühlsee

Auf dem Mühlsee sind am Samstag 14 Segelboote gekentert. Die Wasserwacht brachte 31 \
Menschen an Land. Der Wetterdienst hatte für den Nachmittag Böen von 80 Kilometern pro Stunde \
gemeldet.

Wer bei Sturmwarnung noch ablegt, spielt mit dem Leben seiner Retter.
"""
EN_BRIDGE = """Bridge stays shut

The Elm Street bridge in Dunmore was closed on Monday after cracks were found. About 9,000 \
drivers a day now take a detour of 12 kilometres.

Commuters deserve a clear timetable for the repairs, not another round of vague promises.
"""
EN_SHELTER = """Dog shelter full

The Dunmore dog shelter took in 48 dogs in May. It has room for 40 animals.

A town that wants fewer strays must also pay for the shelter that takes them in.
"""


@pytest.mark.parametrize("text,lang,phrase,answer", [
    (DE_BOOT, "de", "spielt mit dem Leben", "Meinung"),
    (EN_BRIDGE, "en", "deserve", "opinion"),
    (EN_SHELTER, "en", "must", "opinion"),
])
def test_the_closing_comment_is_asked_as_the_writers_opinion(monkeypatch, text, lang, phrase,
                                                              answer):
    """The writer's own closing sentence (unquoted, unattributed, no number) is the opinion
    item, ranked above every plain fact, and the explanation names the judging words and
    says that nobody is given as its source."""
    import quizgen.nlp.subjectivity as subj

    monkeypatch.setattr(subj, "opinion_scores", _scores(
        {"Wer bei": 0.42, "Commuters": 0.42, "A town": 0.45}, 0.1), raising=False)
    qs = media.generate(build(text, {}, [], []))
    [op] = _fo(qs, answer)
    last = text.strip().splitlines()[-1]
    assert last in op.prompt and phrase in op.explanation
    assert "Quelle" in op.explanation or "no source" in op.explanation
    facts = _fo(qs, "fact" if lang == "en" else "Tatsache")
    assert all(op.score > q.score for q in facts)


def test_a_closing_rule_or_an_earlier_sentence_is_no_opinion(monkeypatch):
    """The closing slot only tips a middling score with a cue: a rule with a number ('Wer
    ohne Ticket fährt, zahlt 60 Euro') is no verdict, and the same general sentence in the
    middle of the article needs a score high enough on its own."""
    import quizgen.nlp.subjectivity as subj

    monkeypatch.setattr(subj, "opinion_scores", _scores({"Wer": 0.45}, 0.1), raising=False)
    rule = DE_BOOT.replace("Wer bei Sturmwarnung noch ablegt, spielt mit dem Leben seiner "
                           "Retter.", "Wer ohne Anmeldung ablegt, zahlt 60 Euro Strafe.")
    assert not _fo(media.generate(build(rule, {}, [], [])), "Meinung")
    middle = DE_BOOT.replace("Die Wasserwacht brachte 31 Menschen an Land.",
                             "Wer bei Sturmwarnung noch ablegt, spielt mit dem Leben seiner "
                             "Retter.").replace(
        "Wer bei Sturmwarnung noch ablegt, spielt mit dem Leben seiner Retter.\n",
        "Die Wasserwacht brachte am Abend die letzten Segler an Land.\n")
    assert middle.count("Wer bei") == 1
    assert not _fo(media.generate(build(middle, {}, [], [])), "Meinung")


@pytest.mark.parametrize("text,p", [
    ("Wer den Test nicht besteht, muss ihn im Mai wiederholen.", 0.5),  # a rule
    ("Wer den Test nicht besteht, muss ihn wiederholen.", 0.3),
    ("Visitors must buy a ticket at the gate.", 0.3),
])
def test_must_and_a_general_subject_are_weak_cues(text, p):
    """'must' and 'Wer ..., VERB' also state rules: alone, or together, they are one weak
    cue that a low score does not turn into an opinion."""
    assert classify(text, p, text.startswith("Wer") and "de" or "en")[0] != "opinion"


def test_verspielt_and_squanders_judge():
    """'Eine Stadt, die ihre Studierenden nicht mehr unterbringen kann, verspielt ihre
    Zukunft.' is the writer's verdict (a six-article check after blind review 8)."""
    assert any(c.kind == "judge" for c in opinion_cues(
        "Eine Stadt, die ihre Studierenden nicht mehr unterbringen kann, verspielt ihre "
        "Zukunft.", "de"))
    assert any(c.kind == "judge" for c in opinion_cues(
        "The council squandered a decade of warnings.", "en"))
