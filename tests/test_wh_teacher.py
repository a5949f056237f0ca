"""Rules from reading sets as a teacher would (the first five comprehension items of a set):
each test fails on the code before its rule, on invented sentences."""

from __future__ import annotations

from quizgen.generate import vocabulary
from quizgen.pipeline import analyze, load_article

ROLES_EN = (
    "By Jane Doe | Monday 2 March 2026\n\nFire closes harbour\n\n"
    "A fire has closed the harbour at Kelby. Harbour master Tom Riley said the blaze began "
    "in a warehouse. \"We were lucky,\" said fire chief Anna Brooks. Council leader Mark "
    "Dunn said the harbour would reopen on Friday.\n")


def test_only_one_persons_role_question_ranks_with_the_content():
    qs = [q for q in vocabulary.generate(analyze(load_article(ROLES_EN))) if q.skill == "role"]
    names = {q.prompt for q in qs}
    assert len(names) >= 2
    top = max(q.score for q in qs)
    assert len({q.prompt for q in qs if q.score == top}) == 1  # one person's role on top
    assert all(q.score >= 0.35 for q in qs)  # still there for a set that runs short


def _wh(text: str) -> dict[str, float]:
    """prompt -> score of every wh-question of the text."""
    from quizgen.generate import wh

    out: dict[str, float] = {}
    for q in wh.generate(analyze(load_article(text))):
        out[q.prompt] = max(out.get(q.prompt, 0.0), q.score)
    return out


KEEP = 0.35  # select.MIN_SCORE


def test_a_news_noun_that_points_back_is_no_subject_of_a_question():
    qs = _wh("Im Labor der Stadt wurden hohe Keimwerte gemessen. Die Nachricht erreichte die "
             "Stadtwerke Lindau am Freitagabend. Die Meldung über den Keimbefund erreichte "
             "die Schulen am Montag.")
    assert not any("die Nachricht" in p and s >= KEEP for p, s in qs.items())
    # a complement says which news: the question stands on its own
    assert any("die Meldung über den Keimbefund" in p and s >= KEEP for p, s in qs.items())


def test_a_bare_noun_subject_is_no_answer_worth_asking():
    qs = _wh("Drones closed the airport at Kelby for six hours on Sunday. Flights resumed "
             "shortly before 10.30pm.")
    assert all(s < KEEP for p, s in qs.items() if p.startswith("What resumed"))
    qs = _wh("In der Nacht liefen 3.000 Kubikmeter Abwasser in den Fluss. Ursache soll eine "
             "defekte Pumpe gewesen sein.")
    assert all(s < KEEP for p, s in qs.items() if p.startswith("Was soll eine defekte Pumpe"))


def test_no_dangling_words_after_the_asked_date():
    qs = _wh("The fire started at about 10.15am on Sunday, roughly 20 minutes after the "
             "ferry had left Portsmouth.")
    assert "When did the fire start?" in qs
    assert not any("roughly 20 minutes?" in p for p in qs)
    # an apposition that ends the sentence stays: it says where
    qs = _wh("The hole appeared at about 11pm on Thursday, 17 September, in the car park "
             "behind the shops.")
    assert any(p.startswith("When did the hole appear in the car park") for p in qs)


def test_who_on_a_bare_length_of_time_ranks_below_the_keep_line():
    qs = _wh("Das Hallenbad in Lindau bleibt geschlossen. Amtsleiter Stefan Kraus rechnet "
             "mit mindestens drei Wochen.")
    assert all(s < KEEP for p, s in qs.items() if p.startswith("Wer rechnet"))


def test_the_happy_news_and_a_negated_what_are_below_the_keep_line():
    qs = _wh("A baby elephant was born at Kelby Zoo on 9 June. The happy news has reopened a "
             "bitter dispute over the size of the enclosure. The zoo has not yet chosen a "
             "name for the calf.")
    assert all(s < KEEP for p, s in qs.items() if "the happy news" in p)
    assert all(s < KEEP for p, s in qs.items() if p.startswith("What has not"))


def test_a_hedge_that_the_answer_carries_makes_no_question():
    qs = _wh("Animal welfare groups have criticised Kelby Zoo. The group reportedly plans a "
             "protest outside the zoo gates on Saturday.")
    assert all(s < KEEP for p, s in qs.items() if p.startswith("Who plans"))


def test_no_role_option_that_is_the_same_office():
    text = ("Der Gemeinderat von Lindau hat den Windpark abgelehnt. Gemeinderätin Sabine Kern "
            "sagte, die Landschaft gehe vor. Der Grünen-Gemeinderat Tom Lenz sagte, das sei "
            "ein schwarzer Tag. Landrat Peter Hase sagte, er prüfe den Beschluss. "
            "Projektleiter Max Ober sagte, die Firma sei enttäuscht. Trainerin Eva Kurz "
            "sagte, der Verein sei dafür.")
    for q in vocabulary.generate(analyze(load_article(text))):
        if q.skill == "role" and q.options and q.answer == "Gemeinderätin":
            assert "Grünen-Gemeinderat" not in q.options


def test_no_what_answer_that_says_what_something_is_not():
    qs = {q.prompt: q.answer for q in __import__("quizgen.generate.wh", fromlist=["wh"])
          .generate(analyze(load_article(
              "Der Innenminister will die Bundeswehr im Inneren einsetzen. Gewerkschaftschef "
              "Konrad Frei lehnt das ab. Die Bundeswehr dürfe nicht zur Hilfspolizei werden, "
              "sagte er. Außerdem sei der Schutz der Weltmeisterschaft keine militärische "
              "Aufgabe.")))}
    assert not any(a.lower().startswith("keine") for a in qs.values())


def test_a_role_with_its_own_article_gets_no_second_one():
    text = ("Pat Quinn, der Gouverneur des US-Bundesstaates Illinois, hat heute ein Gesetz "
            "unterzeichnet. Quinn sagte, das Gesetz sei gerecht.")
    answers = [q.answer for q in vocabulary.generate(analyze(load_article(text)))
               if q.skill == "role"]
    assert answers and not any(a.startswith("der der ") for a in answers)


def test_no_question_that_ends_in_a_dangling_comparison():
    qs = _wh("Die Stadtwerke erhöhen den Wasserpreis. Geschäftsführer Bernd Kessler begründete "
             "den Schritt mit dem Zustand des Netzes. Mehr als ein Drittel der rund 600 "
             "Kilometer Rohre sei älter als 60 Jahre.")
    assert not any(p.endswith(("als?", "than?")) and s >= KEEP for p, s in qs.items())


def test_the_figures_point_back_too():
    qs = _wh("An den Schulen fehlen 820 Lehrkräfte. Bildungsminister Jan Riedel stellte die "
             "Zahlen am Dienstag im Landtag vor.")
    assert all(s < KEEP for p, s in qs.items() if "die Zahlen" in p)


def test_no_what_for_a_place_name_and_no_unresolved_its():
    qs = _wh("More than 200 passengers were evacuated from a ferry after a fire broke out in "
             "its engine room. The fire started on Sunday, after the Solent Star had left "
             "Portsmouth for Fishbourne.")
    assert not any(p.startswith("What had the Solent Star left") for p in qs)
    assert all(s < KEEP for p, s in qs.items() if p.startswith("What broke out in its"))


RAIL = ("Train drivers at Northern Lines will strike for three days next week. The walkouts "
        "will take place on Tuesday 1, Thursday 3 and Saturday 5 December. Northern Lines "
        "runs about 2,400 services a day across Yorkshire.")


def test_no_piece_of_a_list_of_dates_is_asked():
    qs = _wh(RAIL)
    assert not any(p.startswith("When will the walkouts") for p in qs)
    assert not any(p.startswith("What will the walkouts take") for p in qs)  # take place


def test_a_name_that_opens_with_an_adjective_keeps_its_capital():
    qs = _wh(RAIL)
    assert any("does Northern Lines run" in p for p in qs)


def test_fragments_of_a_saying_and_a_trailing_said():
    qs = _wh("Bird flu was found at a farm. The chief veterinary officer, Dr Karen Holloway, "
             "said the risk remained very low and that properly cooked poultry and eggs were "
             "safe to eat. Eleven people were treated for smoke inhalation, the ambulance "
             "service said.")
    assert not any(p.endswith("and that properly cooked poultry?") for p in qs)
    assert not any(p.endswith("the ambulance service said?") for p in qs)
    qs = _wh("Die Schulen suchen Lehrer. Landesvorsitzende Eva Gerth sagte der \"Volksstimme\", "
             "ohne Ausbildung würden Quereinsteiger überfordert. Ortsbürgermeisterin Heike "
             "Brandt sagte der Zeitung, an der Stelle habe es drei Beinahe-Unfälle gegeben.")
    assert not any(p.startswith("Wer sagte der") and "," not in p and s >= KEEP
                   for p, s in qs.items())
    assert not any(p.startswith("Wie viele Beinahe-Unfälle sagte") for p in qs)


def test_an_institution_is_asked_with_who_not_what():
    qs = _wh("Die Verwaltung hat Fehler gemacht. Die Fraktion der Freien Wähler wirft der "
             "Verwaltung vor, die Schäden übersehen zu haben.")
    assert not any(p.startswith("Was wirft") for p in qs)


def test_a_spokesman_of_an_organisation_is_the_answer_not_the_organisation():
    from quizgen.generate import wh

    qs = {q.prompt: q.answer for q in wh.generate(analyze(load_article(
        "Betrüger haben eine Rentnerin um 48.000 Euro gebracht. Die Frau hatte am Vormittag "
        "30.000 Euro bei ihrer Sparkasse abgehoben. Ein Sprecher der Sparkasse Bielefeld "
        "erklärte, die Mitarbeiter seien geschult.")))}
    answers = [a for p, a in qs.items() if p.startswith("Wer erklärte")]
    assert answers and all(a.startswith("ein Sprecher") for a in answers)


def test_dorthin_points_outside_the_question():
    qs = _wh("Die Stadt prüft, ob Klassen in die Bäder in Kolbermoor und Bad Aibling ausweichen "
             "können. Die Busfahrten dorthin würden allerdings rund 20 Minuten pro Strecke "
             "dauern.")
    assert all(s < KEEP for p, s in qs.items() if "dorthin" in p)


def test_no_man_among_the_options_of_a_question_about_her():
    from quizgen.generate import wh

    text = ("Priya Natarajan has won the chess open. She lost her first game but won the "
            "next eight. Viktor Lindqvist said he was impressed. Coach Martin Sykes said he "
            "was proud. Tom Hale said he had never seen anything like it.")
    for q in wh.generate(analyze(load_article(text))):
        if q.options and " her " in f" {q.prompt} ":
            assert not {"Viktor Lindqvist", "Martin Sykes", "Tom Hale"} & set(q.options)


def test_the_texts_own_words_for_an_organisation_are_accepted():
    from quizgen.generate import wh

    text = ("Cyber criminals have demanded around £2 million from Eastbridge Borough Council "
            "after a ransomware attack. The National Cyber Security Centre (NCSC) said it was "
            "working with the council. The council declined to comment on how the attackers "
            "had gained access.")
    qs = [q for q in wh.generate(analyze(load_article(text))) if q.prompt.startswith(
        "Who declined")]
    assert qs and all("the council" in q.accepted_answers for q in qs)
