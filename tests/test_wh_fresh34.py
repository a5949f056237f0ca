"""Fresh readings 34 and 35 (teachers' reads of twelve new articles): questions that point
back at what only the sentence before names ('das Gremium', 'die Behörde', 'bis dahin',
'dagegen protestiert', 'that began to change'). Invented text."""

from __future__ import annotations

from quizgen.model import Article, Block
from quizgen.pipeline import analyze
from quizgen.select import candidates


def _article(text: str, language: str, headline: str = "") -> Article:
    full = (headline + "\n\n" if headline else "") + text
    blocks = [Block("headline", 0, len(headline), headline)] if headline else []
    body = len(full) - len(text)
    blocks.append(Block("body", body, len(full), text))
    return Article(text=full, language=language, title=headline, blocks=blocks)


def _questions(text: str, language: str = "de", headline: str = "") -> list:
    return [q for q in candidates(analyze(_article(text, language, headline)))
            if q.family == "comprehension"]


def _kept(text: str, language: str = "de", headline: str = "") -> list[str]:
    return [q.prompt for q in _questions(text, language, headline) if q.score >= 0.35]


def test_the_body_is_named():
    text = ("Nach dem Willen des Kreistags soll die Brücke bei Felsheim erneuert werden. "
            "Mit 31 zu 12 Stimmen beschloss das Gremium am Mittwochabend, die alte "
            "Stahlbrücke über die Lauter abzureißen.")
    prompts = _kept(text)
    assert not [p for p in prompts if "das Gremium" in p], prompts
    assert [p for p in prompts if "beschloss der Kreistag" in p], prompts


def test_the_headline_body_wins_over_the_one_it_writes_to():
    headline = "Seniorenbeirat trifft sich zum ersten Mal"
    text = ("In Hollstadt hat sich am Montag der Seniorenbeirat zum ersten Mal getroffen. "
            "Die neun Mitglieder schickten zwei Anträge an den Stadtrat. "
            "Gewählt worden war das Gremium Mitte September.")
    prompts = _kept(text, headline=headline)
    assert not [p for p in prompts if "das Gremium" in p], prompts
    assert [p for p in prompts if "Gewählt worden war der Seniorenbeirat ________" in p], \
        prompts


def test_two_bodies_and_no_headline_leave_it_unasked():
    text = ("Der Stadtrat und der Bauausschuss haben über die Halle beraten. "
            "Gewählt worden war das Gremium im Mai 2024.")
    prompts = [q.prompt for q in _questions(text)]
    assert not [p for p in prompts if "das Gremium" in p], prompts


def test_the_authority_is_named():
    text = ("Die Eigentümer hatten sich nach Auskunft des Landesamts für Archäologie auf "
            "einen alten Plan berufen. Die Behörde hält den Bau für zulässig, weil er "
            "außerhalb der Grabungsfläche liege.")
    prompts = [q.prompt for q in _questions(text)]
    assert not [p for p in prompts if "die Behörde" in p], prompts
    assert "Warum hält das Landesamt für Archäologie den Bau für zulässig?" in prompts, \
        prompts


def test_until_then_and_against_it_point_back():
    text = ("Der Stadtrat entscheidet am 14. März über den neuen Busbahnhof. "
            "Mehr als 60 Anwohner haben dagegen protestiert. "
            "Die Initiatorin Helga Brenner will bis dahin weitere Unterschriften sammeln.")
    prompts = _kept(text)
    assert not [p for p in prompts if "dagegen" in p or "bis dahin" in p], prompts


def test_a_contrast_dagegen_stays():
    text = ("Der Verkehrsverein lobt die neue Strecke. Der Einzelhandelsverband dagegen "
            "fordert eine Umleitung über die Bahnhofstraße bis zum 1. Mai.")
    prompts = _kept(text)
    assert [p for p in prompts if "dagegen" in p or "Umleitung" in p], prompts


def test_that_as_a_subject_points_back():
    text = ("For years nobody could walk the old mill track. On Tuesday, that began to "
            "change, when the county council agreed to open it again.")
    prompts = [q.prompt for q in _questions(text, "en") if q.score >= 0.35]
    assert not [p for p in prompts if "did that begin" in p or ", that began" in p], prompts


def test_a_genitive_authority_with_its_place():
    text = ("Wie das Straßenbauamt Kelheim am Dienstag mitteilte, muss die Ortsdurchfahrt "
            "von Aubach neu geplant werden. Ein Sprecher der Behörde sagte, man rechne mit "
            "einer Verzögerung von mindestens drei Jahren.")
    prompts = [q.prompt for q in _questions(text)]
    assert not [p for p in prompts if "der Behörde" in p], prompts
    assert [p for p in prompts if "des Straßenbauamts Kelheim" in p], prompts


def test_who_answers_with_the_body_not_the_umbrella_noun():
    text = ("Nach Auskunft des Landesamts für Archäologie ist der Fund nicht eindeutig "
            "datiert. Die Behörde hält die geplante Tiefgarage für vertretbar.")
    answers = {q.prompt: q.answer for q in _questions(text)}
    assert answers.get("Wer hält die geplante Tiefgarage für vertretbar?") in {
        None, "das Landesamt für Archäologie"}, answers
    assert "die Behörde" not in answers.values(), answers


def test_an_object_vorfeld_is_no_what_subject():
    text = ("Am Ende kostete die Sanierung der Kapelle rund 240.000 Euro. Den größten Teil "
            "der Kosten tragen das Bistum und die Deutsche Stiftung Denkmalschutz; die "
            "Gemeinde selbst zahlt knapp 30.000 Euro.")
    prompts = [q.prompt for q in _questions(text)]
    assert not [p for p in prompts if p.startswith("Was tragen")], prompts


def test_a_weekday_before_a_noun_is_no_time():
    text = ("Ms Okafor was appointed as the village's new bell-ringer in May. The bell-ringer "
            "will open the Saturday fair, lead the carol service and visit the primary "
            "school.")
    prompts = [q.prompt for q in _questions(text, "en")]
    assert not [p for p in prompts if p.startswith("When will the bell-ringer")], prompts


def test_a_when_on_one_of_coordinated_actions():
    text = ("Mr Patel was chosen from nine applicants in March. Mr Patel will ring the bell "
            "on Friday, greet visitors and read notices at the market cross.")
    prompts = [q.prompt for q in _questions(text, "en") if q.skill == "when"]
    assert not [p for p in prompts if "greet visitors" in p and "____" not in p], prompts


def test_the_headline_kind_as_an_indefinite_subject_is_no_question():
    headline = "Dormouse rescue runs out of room as winter sets in"
    text = ("A volunteer rescue in Ashcombe is caring for more than 90 dormice. A dormouse "
            "needs to weigh at least 20 to 25 grams before it can safely hibernate, "
            "according to the rescue.")
    kept = _kept(text, "en", headline)
    assert not [p for p in kept if p.startswith("What needs to weigh")], kept


def test_stock_phrases_are_not_worth_a_who():
    text = ("Die Gemeinde Talbach sucht seit Monaten einen neuen Hausarzt. Der Stadtrat will "
            "nun einen ungewöhnlichen Weg gehen. Die Vorsitzende Jana Krüger machte gleich "
            "zu Beginn klar, worum es aus ihrer Sicht gehen müsse.")
    kept = _kept(text)
    assert not [p for p in kept if "Weg gehen" in p or "worum es" in p], kept
    assert not [p for p in kept if p.endswith("nun gehen?")], kept  # 'Was will ... gehen?'


def test_an_authority_keeps_its_whole_name():
    from quizgen.nlp.coref import umbrella_nouns

    text = ("Am Montag ließ die Straßenbaubehörde Hessen Mobil die Brücke sperren. "
            "Nach Angaben der Behörde sind die Lager beschädigt.")
    a = analyze(_article(text, "de"))
    assert list(umbrella_nouns(a).values()) == [
        (text.index("Behörde sind") + len("Behörde"), "der Straßenbaubehörde Hessen Mobil")]


def test_the_amount_after_need_to_is_asked():
    text = ("A volunteer rescue in Ashcombe is caring for more than 90 dormice. A dormouse "
            "needs to weigh at least 20 grams before the winter, according to the rescue.")
    prompts = [q.prompt for q in _questions(text, "en")]
    assert [p for p in prompts if p.startswith("How many grams does a dormouse need to "
                                               "weigh")], prompts
