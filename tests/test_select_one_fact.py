"""One fact once: a false true/false statement asks about the element it swapped, so it and a
cloze or wh-question on that element of the same sentence are one fact (blind review 6:
'More than ____ players ...' followed by 'More than 480 players ... True or false?')."""

from __future__ import annotations

from quizgen.model import Evidence, Question, Settings
from quizgen.pipeline import analyze, generate, load_article
from quizgen.select import _fact_key, candidates, same_fact, select, swapped_out

PLAYERS = "More than 240 players from about 40 countries took part."


def _q(qtype: str, prompt: str, answer: str, sentence: int = 5, text: str = PLAYERS,
       skill: str = "how_many") -> Question:
    return Question(id=f"{qtype}{len(prompt)}{answer}", family="comprehension", type=qtype,
                    skill=skill, prompt=prompt, answer=answer,
                    evidence=[Evidence(sentence, 0, len(text), text)], score=0.6)


CLOZE = _q("cloze", "Fill in the gap: More than ________ players from about 40 countries took "
           "part.", "240")
FALSE_PLAYERS = _q("true_false", "True or false? More than 480 players from about 40 "
                   "countries took part.", "False")
FALSE_COUNTRIES = _q("true_false", "True or false? More than 240 players from about 80 "
                     "countries took part.", "False")
TRUE = _q("true_false", "True or false? " + PLAYERS, "True")


def test_a_false_statement_is_about_the_element_it_swapped():
    assert swapped_out(FALSE_PLAYERS) == "240"
    assert swapped_out(FALSE_COUNTRIES) == "40"
    assert swapped_out(TRUE) == ""
    assert _fact_key(TRUE)[2] == "true_false"


def test_a_resolved_pronoun_is_no_swapped_element():
    said = "Eine Bestätigung werde es in zwei Wochen geben, sagte er."
    q = _q("true_false", "Richtig oder falsch? Eine Bestätigung werde es in vier Wochen geben, "
           "sagte Brandt.", "Falsch", text=said)
    assert swapped_out(q) == "zwei"


def test_cloze_and_false_statement_on_one_element_are_one_fact():
    assert same_fact(CLOZE, FALSE_PLAYERS)
    assert not same_fact(CLOZE, FALSE_COUNTRIES)  # another element of the sentence
    how_many = _q("short_answer", "How many players took part?", "more than 240")
    assert same_fact(how_many, FALSE_PLAYERS)
    chosen = select([CLOZE, FALSE_PLAYERS], Settings(families=["comprehension"]))
    assert len(chosen) == 1


def test_statements_on_one_sentence_are_one_fact():
    """The true statement shows every element; two statements on one sentence repeat it."""
    assert same_fact(TRUE, FALSE_PLAYERS)
    assert same_fact(FALSE_PLAYERS, FALSE_COUNTRIES)
    chosen = select([TRUE, FALSE_PLAYERS, FALSE_COUNTRIES],
                    Settings(families=["comprehension"]))
    assert len(chosen) == 1


def test_a_false_statement_whose_element_another_prompt_shows_is_dropped():
    other = "Rund 8.000 Haushalte waren nach Angaben der Stadtwerke ohne Strom."
    when = _q("short_answer", "Wann waren rund 8.000 Haushalte im Stadtteil ohne Strom?",
              "am Dienstag", sentence=3, text="Am Dienstag waren rund 8.000 Haushalte im "
              "Stadtteil ohne Strom.", skill="when")
    false = _q("true_false", "Richtig oder falsch? Rund 4.000 Haushalte waren nach Angaben der "
               "Stadtwerke ohne Strom.", "Falsch", sentence=6, text=other)
    chosen = select([when, false], Settings(families=["comprehension"]))
    assert len(chosen) == 1


# invented article: numbers, a date and people, each asked in several forms by the generators
ARTICLE = ("Schoolboy wins city chess open\n\n"
           "Tom Keller from Harwick has won the city chess open ahead of four masters.\n\n"
           "The 12-year-old finished the seven-round tournament on Sunday with 6 points. "
           "More than 180 players from about 30 clubs took part. Keller lost his first game "
           "but then won five games in a row.\n\n"
           "Anna Berg, head coach at Harwick Chess Club, said he trains for two hours a day. "
           "\"He could be a master within five years,\" Berg said. Peter Lund, who lost to "
           "him in round six, said the boy had been lucky. The next open starts on 14 May.")


def test_a_generated_set_asks_each_element_of_a_sentence_once():
    qs = generate(analyze(load_article(ARTICLE)), Settings(families=["comprehension"]))
    false = [q for q in qs.questions if swapped_out(q)]
    for f in false:
        element = _fact_key(f)[2]
        for q in qs.questions:
            if q is f or {e.sentence for e in q.evidence} != {e.sentence for e in f.evidence}:
                continue
            assert q.type != "true_false", (f.prompt, q.prompt)
            assert _fact_key(q)[2] != element, (f.prompt, q.prompt)


def test_a_person_swapped_out_by_another_name_is_the_who_answer():
    """'Who finished ...? - Tom Keller' and 'Berg finished ... True or false?' where the text
    says 'The 12-year-old': one person of one sentence, asked twice."""
    said = "The 12-year-old finished the tournament on Sunday with 6 points."
    who = _q("short_answer", "Who finished the tournament on Sunday with 6 points?",
             "Tom Keller", text=said, skill="who")
    false = _q("true_false", "True or false? Berg finished the tournament on Sunday with 6 "
               "points.", "False", text=said, skill="who")
    names = {"tom keller": ["Tom Keller", "The 12-year-old", "Keller"],
             "the 12-year-old": ["Tom Keller", "The 12-year-old", "Keller"],
             "keller": ["Tom Keller", "The 12-year-old", "Keller"]}
    settings = Settings(families=["comprehension"])
    assert len(select([who, false], settings, None, names)) == 1
    # and without them: the statement prints the sentence that answers the who-question
    assert len(select([who, false], settings, None, {})) == 1


def test_role_questions_with_one_set_of_options_are_one_multiple_choice():
    """Three 'Welche Funktion hat ...?' with the same four roles: a multiple choice shows
    the others' keys as its options, so it is never asked beside another role question
    (tests/test_select_roles.py); at most two role questions in a set."""
    roles = ["Sprecherin des Elternrats", "Leiter des Schulamts", "Schülersprecher",
             "Direktorin der Grundschule"]

    def role(name: str, answer: str, sentence: int, qtype: str) -> Question:
        q = _q(qtype, f"Welche Funktion hat {name} laut dem Artikel?", answer,
               sentence=sentence, text=f"{name}, {answer}, sagte etwas.", skill="role")
        q.options = roles if qtype == "multiple_choice" else []
        return q

    pool = [role(n, r, i, t) for i, (n, r) in enumerate(zip(
        ["Anna Kraft", "Olaf Brenner", "Jan Wolf"], roles[:3], strict=True)) for t in
        ("multiple_choice", "short_answer")]
    chosen = select(pool, Settings(families=["comprehension"]))
    assert 1 <= len(chosen) <= 2  # at most two role questions in a set
    assert len(chosen) == 1 or "multiple_choice" not in [q.type for q in chosen]


def test_a_surname_put_for_a_pronoun_gives_the_who_answer_away():
    """'She said ...' becomes 'Moore said ... True or false?': it shows the answer of 'Who
    said ...? - Rachel Moore', though the text never writes 'Moore' alone."""
    from quizgen.select import names_by_answer

    a = analyze(load_article(
        "Syrup recalled\n\nThree batches of a fever syrup have been recalled. Rachel Moore, "
        "chief safety officer at the agency, spoke on Monday. She said other batches were "
        "safe to use. Anna Moore, a pharmacist, and Tom Reed, a father, agreed."))
    names = names_by_answer(a)
    assert "Moore" not in names.get("rachel moore", [])  # two persons called Moore
    a.entities = [e for e in a.entities if e.name != "Anna Moore"]
    names = names_by_answer(a)
    assert "Moore" in names["rachel moore"]
    said = "She said other batches were safe to use."
    who = _q("short_answer", "Who said other batches were safe to use?", "Rachel Moore",
             text=said, skill="who")
    true = _q("true_false", "True or false? Moore said other batches were safe to use.",
              "True", text=said, skill="who")
    assert len(select([who, true], Settings(families=["comprehension"]), None, names)) == 1


def test_an_acronym_in_a_statement_gives_the_long_name_away():
    said = "Das LKA hat eine Belohnung von 20.000 Euro für Hinweise ausgesetzt."
    who = _q("short_answer", "Wer hat eine Belohnung von 20.000 Euro für Hinweise "
             "ausgesetzt?", "Landeskriminalamt", text=said, skill="who")
    true = _q("true_false", "Richtig oder falsch? " + said, "Richtig", text=said)
    names = {"landeskriminalamt": ["Landeskriminalamt", "LKA"],
             "lka": ["Landeskriminalamt", "LKA"]}
    settings = Settings(families=["comprehension"])
    assert len(select([who, true], settings, None, names)) == 1


def test_a_true_statement_and_any_question_on_its_sentence_are_one_fact():
    """'Das Feuer brach am Freitag, dem 7. November, gegen 6.45 Uhr ... aus. Richtig oder
    falsch?' shows the answer of 'Wann brach das Feuer ... aus?', however long it is."""
    said = ("Das Feuer brach am Freitag, dem 7. November, gegen 6.45 Uhr in einer Lagerhalle "
            "aus.")
    when = _q("multiple_choice", "Wann brach das Feuer in einer Lagerhalle aus?",
              "am Freitag, dem 7. November, gegen 6.45 Uhr", text=said, skill="when")
    true = _q("true_false", "Richtig oder falsch? " + said, "Richtig", text=said, skill="when")
    assert same_fact(when, true) and same_fact(true, when)
    other = _q("true_false", "Richtig oder falsch? Die Halle brannte ab.", "Richtig",
               sentence=9, text="Die Halle brannte ab.")
    assert not same_fact(when, other)


def test_a_set_asks_at_most_two_role_questions():
    """Four 'Welche Funktion hat ...?' on four people are one exercise spread over the set:
    two are kept, even when the other candidates score lower or run out."""
    roles = ["Sprecherin des Elternrats", "Leiter des Schulamts", "Schülersprecher",
             "Direktorin der Grundschule"]
    names = ["Anna Kraft", "Olaf Brenner", "Jan Wolf", "Eva Roth"]
    pool = [_q("short_answer", f"Welche Funktion hat {n} laut dem Artikel?", r, sentence=i,
               text=f"{n}, {r}, sagte etwas.", skill="role")
            for i, (n, r) in enumerate(zip(names, roles, strict=True))]
    for i, q in enumerate(pool):
        q.score = 0.9 - i / 100
    other = _q("short_answer", "Wie viele Spieler nahmen teil?", "240", sentence=9)
    other.score = 0.4
    chosen = select([*pool, other], Settings(families=["comprehension"], count=5))
    assert [q.skill for q in chosen].count("role") == 2
    assert other in chosen


CLAIM = ("Jo Lane, who runs a tenants' group, claimed that the boiler had been broken "
         "\"for months\", but she offered no evidence.")


def _media(qtype: str, prompt: str, answer: str, skill: str = "evidence",
           sentence: int = 7) -> Question:
    return Question(id=f"m{qtype}{skill}{sentence}", family="media_literacy", type=qtype,
                    skill=skill, prompt=prompt, answer=answer,
                    evidence=[Evidence(sentence, 0, len(CLAIM), CLAIM)], score=0.6)


def test_one_unproven_claim_is_asked_once_in_media_questions():
    """'The boiler had been broken for months - the article reports evidence. True or
    false?' and 'For which statement does the article say no evidence was given?' on one
    claim ask one thing twice (blind review 7, en_sinkhole #15/#16)."""
    statement = _media("true_false", "The boiler had been broken “for months” – The article "
                       "reports evidence for this claim.", "False")
    which = _media("multiple_choice", "For which statement does the article say explicitly "
                   "that no evidence was given?", "The boiler had been broken “for months”")
    assert same_fact(statement, which) and same_fact(which, statement)
    assert len(select([statement, which], Settings(families=["media_literacy"]))) == 1
    # another claim, or another kind of media question on the sentence, stays
    other = _media("multiple_choice", "For which statement ...?", "x", sentence=9)
    discuss = _media("open", "Why might Jo Lane say so?", "A good answer ...",
                     skill="discussion")
    assert not same_fact(statement, other) and not same_fact(statement, discuss)


def test_an_unproven_claim_is_asked_once_when_one_item_also_points_at_the_flag():
    """The true/false item points at the claim and the sentence that flags it, the multiple
    choice at the claim alone: still one claim asked twice (blind review 11, de_schulheizung
    #12/#17: „Ein Gutachten ... soll ... gewarnt haben“)."""
    flag = "Bewiesen ist das nicht."
    statement = _media("true_false", "Ein Gutachten soll gewarnt haben. – Für diese "
                       "Behauptung nennt der Artikel Beweise.", "Falsch")
    statement.evidence.append(Evidence(8, 0, len(flag), flag))
    which = _media("multiple_choice", "„Ein Gutachten soll gewarnt haben.“ – Stellt der "
                   "Artikel das als gesicherte Tatsache dar?", "Nein, nur als unbestätigte "
                   "Angabe")
    assert same_fact(statement, which) and same_fact(which, statement)
    assert len(select([statement, which], Settings(families=["media_literacy"]))) == 1
    # a claim of its own that the same sentence flags is another claim
    before = _media("multiple_choice", "„Die Heizung sei alt.“ – Stellt der Artikel das als "
                    "gesicherte Tatsache dar?", "Nein, nur als unbestätigte Angabe", sentence=6)
    before.evidence.append(Evidence(8, 0, len(flag), flag))
    assert not same_fact(statement, before)


def test_an_unproven_claim_is_asked_once_in_two_multiple_choice_items():
    """'Zu welcher Aussage schreibt der Artikel ausdrücklich, dass dafür keine Beweise
    vorgelegt wurden? - Das Unternehmen soll ... bezahlt haben' (claim and flag) and '„Das
    Unternehmen soll ... bezahlt haben.“ - Stellt der Artikel das als gesicherte Tatsache
    dar?' (blind review 13, de_schulbus #18/#21)."""
    flag = "Bewiesen ist das nicht."
    which = _media("multiple_choice", "Zu welcher Aussage schreibt der Artikel ausdrücklich, "
                   "dass dafür keine Beweise vorgelegt wurden?", "Das Unternehmen soll die "
                   "Fahrer unter Tarif bezahlt haben.")
    which.evidence.append(Evidence(8, 0, len(flag), flag))
    hedged = _media("multiple_choice", "„Das Unternehmen soll die Fahrer unter Tarif bezahlt "
                    "haben.“ – Stellt der Artikel das als gesicherte Tatsache dar?",
                    "Nein, nur als unbestätigte Angabe")
    assert same_fact(which, hedged) and same_fact(hedged, which)
    assert len(select([which, hedged], Settings(families=["media_literacy"]))) == 1


def test_a_bare_number_is_shown_only_with_its_noun():
    """'three cars' in one prompt does not give away 'closed for at least ____ months'
    (three); 'three months' in a prompt does (blind review 7, en_sinkhole lost the cloze)."""
    closed = "The council said the car park would stay closed for at least three months."
    cloze = _q("cloze", "Fill in the gap: The council said the car park would stay closed for "
               "at least ________ months.", "three", sentence=9, text=closed)
    cars = _q("short_answer", "When did a sinkhole open up, swallowing three cars?",
              "on Thursday night", sentence=2, text="A sinkhole opened up on Thursday night, "
              "swallowing three cars.", skill="when")
    months = _q("short_answer", "When did the council say the car park would stay closed "
                "for three months?", "on Friday", sentence=9, text=closed, skill="when")
    settings = Settings(families=["comprehension"])
    assert len(select([cars, cloze], settings)) == 2
    assert len(select([months, cloze], settings)) == 1


def test_a_role_question_does_not_give_a_who_answer_away():
    """'What is Roger Pell's role?' names him but not what he said: 'Who said the surveys
    would cost more than £250,000? - Roger Pell' on the same sentence is still a question."""
    said = ("Roger Pell, the council's cabinet member for highways, said surveys would cost "
            "more than £250,000.")
    role = _q("short_answer", "What is Roger Pell's role according to the article?",
              "the council's cabinet member for highways", text=said, skill="role")
    who = _q("short_answer", "Who said surveys would cost more than £250,000?", "Roger Pell",
             text=said, skill="who")
    names = {"roger pell": ["Roger Pell", "Pell"], "pell": ["Roger Pell", "Pell"]}
    assert len(select([role, who], Settings(families=["comprehension"]), None, names)) == 2
    # a prompt that says what he did still gives him away
    cloze = _q("cloze", "Fill in the gap: Roger Pell, the council's cabinet member for "
               "highways, said surveys would cost more than £________.", "250,000",
               text=said)
    assert len(select([who, cloze], Settings(families=["comprehension"]), None, names)) == 1


def test_the_narrowed_give_away_rules_only_fill_a_short_set():
    """A set that is full by the strict rules keeps them: the narrowed rules only recover
    questions when the set would otherwise fall short of the count."""
    said = ("Roger Pell, the council's cabinet member for highways, said surveys would cost "
            "more than £250,000.")
    role = _q("short_answer", "What is Roger Pell's role according to the article?",
              "the council's cabinet member for highways", text=said, skill="role")
    who = _q("short_answer", "Who said surveys would cost more than £250,000?", "Roger Pell",
             text=said, skill="who")
    other = _q("short_answer", "How many players took part?", "more than 240", sentence=9)
    names = {"roger pell": ["Roger Pell", "Pell"], "pell": ["Roger Pell", "Pell"]}
    full = select([role, who, other], Settings(families=["comprehension"], count=2), None,
                  names)
    assert len(full) == 2 and other in full
    short = select([role, who, other], Settings(families=["comprehension"], count=3), None,
                   names)
    assert len(short) == 3


def _hoffmeier_pool() -> list[Question]:
    texts = ["Hoffmeier rät: Die Polizei verlangt niemals Geld.",
             "Hoffmeier sagte, die Anrufer seien gut geschult.",
             "Hoffmeier warnte vor einer neuen Welle.",
             "Hoffmeier bat die Banken um Hilfe.",
             "Sabine Kruck kritisierte die Banken."]
    pool = [
        _q("cloze", "Ergänze die Lücke: ________ rät: Die Polizei verlangt niemals Geld.",
           "Hoffmeier", sentence=1, text=texts[0], skill="who"),
        _q("cloze", "Ergänze die Lücke: ________ sagte, die Anrufer seien gut geschult.",
           "Jens Hoffmeier", sentence=2, text=texts[1], skill="who"),
        _q("short_answer", "Wer warnte vor einer neuen Welle?", "Jens Hoffmeier", sentence=3,
           text=texts[2], skill="who"),
        _q("multiple_choice", "Wer bat die Banken um Hilfe?", "Jens Hoffmeier", sentence=4,
           text=texts[3], skill="who"),
        _q("short_answer", "Wer kritisierte die Banken?", "Sabine Kruck", sentence=5,
           text=texts[4], skill="who")]
    for q, score in zip(pool, (0.8, 0.75, 0.7, 0.65, 0.6), strict=True):
        q.score = score
    return pool


HOFFMEIER = {n: ["Jens Hoffmeier", "Hoffmeier"] for n in ("jens hoffmeier", "hoffmeier")}


def test_one_name_is_the_gap_of_one_cloze():
    """'sagte ____' twice on Hoffmeier (blind review 8) is one exercise repeated: one cloze
    on the name is kept. A who-question on him stays (the seed's teacher expects two on
    Tokajew; a third on a person the story is not about is one too many), and so does a
    cloze on another person."""
    pool = _hoffmeier_pool()
    kruck = _q("cloze", "Ergänze die Lücke: Sabine ________ kritisierte die Banken.", "Kruck",
               sentence=6, text="Sabine Kruck kritisierte die Banken.", skill="who")
    kruck.score = 0.5
    chosen = select([*pool, kruck], Settings(families=["comprehension"]), None, HOFFMEIER)
    assert pool[0] in chosen and pool[1] not in chosen
    assert pool[2] in chosen and pool[3] not in chosen
    assert pool[4] in chosen and kruck in chosen


def test_one_day_is_asked_once():
    """The teaser's 'am Dienstagabend' and the body's 'am Dienstag, dem 14. Oktober' date one
    event: two when-questions on it repeat the set (blind sets stromausfall, fabrikbrand).
    Another thing done on a Tuesday is another fact."""
    lead = "Am Dienstagabend waren rund 8.000 Haushalte ohne Strom."
    body = "Am Dienstag, dem 14. Oktober, fiel gegen 18.30 Uhr der Strom aus."
    other = "Am Dienstag soll das Netz geprüft werden."
    first = _q("multiple_choice", "Wann waren rund 8.000 Haushalte ohne Strom?",
               "am Dienstagabend", sentence=1, text=lead, skill="when")
    second = _q("multiple_choice", "Wann fiel gegen 18.30 Uhr der Strom aus?",
                "am Dienstag, dem 14. Oktober", sentence=4, text=body, skill="when")
    third = _q("short_answer", "Wann soll das Netz geprüft werden?", "am Dienstag",
               sentence=6, text=other, skill="when")
    assert same_fact(first, second) and not same_fact(first, third)
    chosen = select([first, second, third], Settings(families=["comprehension"]))
    assert len(chosen) == 2 and third in chosen


def test_next_weeks_day_is_another_day():
    closed = _q("short_answer", "When did the head teacher close the school?", "on Wednesday",
                sentence=2, text="The head closed the school on Wednesday.", skill="when")
    reopens = _q("short_answer", "Until when will the school stay closed?",
                 "until next Wednesday", sentence=3,
                 text="The school will stay closed until next Wednesday.", skill="when")
    assert not same_fact(closed, reopens)


def test_a_question_that_keeps_its_attribution_is_dropped():
    said = ("Parking charges will rise from £2.50 to £5 an hour from 1 January, the trust has "
            "confirmed.")
    bad = _q("multiple_choice", "When will parking charges rise from £2.50 to £5 an hour, the "
             "trust has confirmed?", "from 1 January", text=said, skill="when")
    good = _q("short_answer", "How much will parking cost an hour from 1 January?", "£5",
              sentence=6, text=said, skill="how_many")
    de = _q("short_answer", "Wann steigen die Preise, sagte er?", "am Montag", sentence=7,
            text="Die Preise steigen am Montag, sagte er.", skill="when")
    chosen = select([bad, good, de], Settings(families=["comprehension"]))
    assert chosen == [good]


def test_a_question_that_tears_a_coordination_apart_is_dropped():
    said = "Das Gesundheitsamt hat am Montag 140 Schülerinnen und Schüler ausgeschlossen."
    torn = _q("multiple_choice", "Wie viele Schülerinnen hat das Gesundheitsamt am Montag und "
              "Schüler ausgeschlossen?", "140", text=said)
    whole = _q("short_answer", "Wie viele Schülerinnen und Schüler hat das Gesundheitsamt am "
               "Montag ausgeschlossen?", "140", sentence=6, text=said)
    police = "Aus einer Wohnung haben Polizei und Veterinäramt am Dienstag 60 Hunde geholt."
    moved = _q("short_answer", "Wann haben Polizei aus einer Wohnung und Veterinäramt 60 Hunde "
               "geholt?", "am Dienstag", sentence=7, text=police, skill="when")
    chosen = select([torn, whole, moved], Settings(families=["comprehension"]))
    assert chosen == [whole]


def test_a_cloze_on_half_a_name_is_dropped():
    said = "The drivers rejected a pay offer from the operator First West of England last week."
    half = _q("cloze", "Fill in the gap: The drivers rejected a pay offer from the operator First "
              "West of ________ last week.", "England", text=said, skill="where")
    city = _q("cloze", "Fill in the gap: The strike began in the city of ________ on Tuesday.",
              "Bristol", sentence=6, text="The strike began in the city of Bristol on Tuesday.",
              skill="where")
    assert select([half, city], Settings(families=["comprehension"])) == [city]


def test_questions_with_loose_words_are_dropped():
    """Blind review 9: 'What would drop them into the relegation zone?' (who are they?),
    'Wie viele Fälle hat seit Beginn des Schuljahres es von Cybermobbing gegeben?' ('es
    gibt' torn apart), 'Administrator Karen Doyle of the firm ____' (a speaker's firm)."""
    them = _q("short_answer", "What would drop them into the relegation zone?",
              "a 12-point penalty", sentence=1, text="A 12-point penalty would drop them into "
              "the relegation zone.", skill="what")
    es = _q("short_answer", "Wie viele Fälle hat seit Beginn des Schuljahres es von "
            "Cybermobbing gegeben?", "mindestens zwölf", sentence=2, text="Seit Beginn des "
            "Schuljahres habe es mindestens zwölf Fälle von Cybermobbing gegeben.")
    firm = _q("cloze", "Fill in the gap: Administrator Karen Doyle of the firm ________ said "
              "the club would face a points deduction.", "Bevan Price", sentence=3,
              text="Administrator Karen Doyle of the firm Bevan Price said the club would "
              "face a points deduction.", skill="who")
    of_them = _q("short_answer", "How many people visited the museum last year, about a "
                 "third of them tourists?", "around 45,000", sentence=4,
                 text="Around 45,000 people visited the museum last year, about a third of "
                 "them tourists.")
    chosen = select([them, es, firm, of_them], Settings(families=["comprehension"]))
    assert chosen == [of_them]


def test_one_cloze_per_sentence():
    """Two gaps in one sentence print it twice (blind review 10: 'In der Fraktion der ____
    heißt es, die VBN ...' and '... der CDU heißt es, die ____ ...'). A cloze on another
    sentence stays."""
    text = "In der Fraktion der CDU heißt es, die VBN hätten Warnungen ignoriert."
    first = _q("cloze", "Ergänze die Lücke: In der Fraktion der CDU heißt es, die ________ "
               "hätten Warnungen ignoriert.", "VBN", sentence=3, text=text, skill="who")
    second = _q("cloze", "Ergänze die Lücke: In der Fraktion der ________ heißt es, die VBN "
                "hätten Warnungen ignoriert.", "CDU", sentence=3, text=text, skill="who")
    other = "Die Bahnen kosteten rund 80 Millionen Euro."
    third = _q("cloze", "Ergänze die Lücke: Die Bahnen kosteten rund ________ Euro.",
               "80 Millionen", sentence=4, text=other)
    for q, score in zip((first, second, third), (0.8, 0.75, 0.7), strict=True):
        q.score = score
    chosen = select([first, second, third], Settings(families=["comprehension"]))
    assert first in chosen and second not in chosen
    assert third in chosen


def test_a_cloze_on_the_headline_place_and_a_sentence_pointing_back_are_left_out():
    """'verkürzt die Stadt ____ ...' - Kassel under the headline 'Eltern-Wut in Kassel!'
    tests nothing; 'Since then, the island's ____ residents ...' needs the sentence before
    it (fresh articles judged by a teacher). Other clozes stay."""
    text = "Weil Erzieher fehlen, verkürzt die Stadt Kassel ab Januar die Öffnungszeiten."
    place = _q("cloze", "Ergänze die Lücke: Weil Erzieher fehlen, verkürzt die Stadt ________ "
               "ab Januar die Öffnungszeiten.", "Kassel", sentence=1, text=text, skill="where")
    since = "Since then, the island's 1,800 residents have relied on a small boat."
    back = _q("cloze", "Fill in the gap: Since then, the island's ________ residents have "
              "relied on a small boat.", "1,800", sentence=2, text=since)
    plain = _q("cloze", "Fill in the gap: The island has ________ residents.", "1,800",
               sentence=3, text="The island has 1,800 residents.")
    headline = "Eltern-Wut in Kassel! Stadt kürzt Kita-Zeiten"
    article = {"text": headline, "blocks": [{"kind": "headline", "start": 0,
                                             "end": len(headline)}]}
    chosen = select([place, back, plain], Settings(families=["comprehension"]), article)
    assert chosen == [plain]
    assert place in select([place], Settings(families=["comprehension"]), None)


def test_one_multiple_choice_who_question_per_person():
    """Two multiple-choice who-questions on Lucy Harper offer nearly the same options twice
    in a row; a short-answer who-question on her may stay."""
    first = _q("multiple_choice", "Who says rats ran across the worktops?", "Lucy Harper",
               sentence=2, text="Lucy Harper says rats ran across the worktops.", skill="who")
    second = _q("multiple_choice", "Who signed the petition?", "Lucy Harper", sentence=3,
                text="Lucy Harper signed the petition.", skill="who")
    short = _q("short_answer", "Who signed the petition?", "Lucy Harper", sentence=3,
               text="Lucy Harper signed the petition.", skill="who")
    for q in (first, second, short):
        q.options = ["Lucy Harper", "Joanne Pike", "Karen Bellamy", "Graham Whitlock"] \
            if q.type == "multiple_choice" else []
    first.score, second.score, short.score = 0.8, 0.75, 0.7
    chosen = select([first, second], Settings(families=["comprehension"]))
    assert chosen == [first]
    assert short in select([first, short], Settings(families=["comprehension"]))


def test_one_gap_is_not_asked_in_both_families():
    """'Campbell told ____' as a comprehension cloze and as the media item on the outlet
    (a fresh article asked for BBC Radio Scotland twice): one of them is enough. The same
    outlet in another sentence is another fact."""
    text = "“We feel forgotten,” Morag Campbell told BBC Radio Scotland."
    cloze = _q("cloze", "Fill in the gap: “We feel forgotten,” Morag Campbell told ________.",
               "BBC Radio Scotland", sentence=4, text=text, skill="who")
    source = _q("multiple_choice", "The article takes this information from another medium: "
                "“‘We feel forgotten,’ she told ___.” Which medium fills the gap?",
                "BBC Radio Scotland", sentence=4, text=text, skill="source")
    source.family, source.options = "media_literacy", ["BBC Radio Scotland", "Reuters",
                                                       "PA Media", "The Herald"]
    cloze.score, source.score = 0.6, 0.7
    chosen = select([cloze, source], Settings())
    assert chosen == [source]
    other = _q("cloze", "Fill in the gap: Later, the minister told ________ she would visit.",
               "BBC Radio Scotland", sentence=9,
               text="Later, the minister told BBC Radio Scotland she would visit.", skill="who")
    assert other in select([cloze, source, other], Settings())


def test_one_weekday_told_twice_in_other_words_is_one_fact():
    """'Wer am ____ die 112 wählte, hörte nur ein Besetztzeichen' - Mittwochmorgen and 'Wann
    hat eine Störung den Notruf lahmgelegt? - am Mittwoch' share no event word, but tell
    one day twice (a fresh dpa article); so does the same day with its date (blind review 29:
    'seit ____ drei Männer' - Montag beside '... begonnen? - am Montag, 8. März'). A day
    still ahead stays."""
    lead = "Wer am Mittwochmorgen die 112 wählte, hörte nur ein Besetztzeichen."
    body = "Eine Störung hat am Mittwoch den Notruf lahmgelegt."
    first = _q("cloze", "Ergänze die Lücke: Wer am ________ die 112 wählte, hörte nur ein "
               "Besetztzeichen.", "Mittwochmorgen", sentence=1, text=lead, skill="when")
    second = _q("multiple_choice", "Wann hat eine Störung den Notruf lahmgelegt?",
                "am Mittwoch", sentence=4, text=body, skill="when")
    assert same_fact(first, second)
    dated = _q("multiple_choice", "Wann hat eine Störung den Notruf lahmgelegt?",
               "am Mittwoch, dem 3. Dezember", sentence=4, text=body, skill="when")
    ahead = _q("short_answer", "Wann soll das Netz geprüft werden?", "am Mittwoch",
               sentence=6, text="Am Mittwoch soll das Netz geprüft werden.", skill="when")
    assert same_fact(first, dated) and not same_fact(first, ahead)


def test_two_attribution_items_with_the_same_options_are_one():
    """'Wer sprach von ...?' and 'Wer kündigte an ...?' each offering the same four speakers
    (a fresh article) are a matching exercise spread out: each answer rules itself out."""
    people = ["Thomas Kellermann", "Dieter Rohlfs", "Verena Lutz", "Claudia Brenner"]
    first = _q("multiple_choice", "Wer sprach von einem „ernsten Vorfall“?",
               "Thomas Kellermann", sentence=2, skill="attribution",
               text="Thomas Kellermann sprach von einem „ernsten Vorfall“.")
    second = _q("multiple_choice", "Wer kündigte eine Sondersitzung an?", "Claudia Brenner",
                sentence=9, skill="attribution",
                text="Claudia Brenner kündigte eine Sondersitzung an.")
    for q in (first, second):
        q.family, q.options = "media_literacy", list(people)
    first.score, second.score = 0.7, 0.65
    assert select([first, second], Settings(families=["media_literacy"])) == [first]


def test_an_answer_asked_out_of_a_relative_clause_the_prompt_keeps_is_left_out():
    """'Wie viele Personen hatte die Regierung nach dem Zusammenstoß, bei dem bei Wenzhou
    getötet wurden, eine Überprüfung angeordnet?' - 40 (a Wikinews article): the clause lost
    its subject. A number after an article that only looks like a relative pronoun stays."""
    text = ("Die Regierung hatte nach dem Zusammenstoß zweier Züge, bei dem bei Wenzhou 40 "
            "Personen getötet wurden, eine Überprüfung angeordnet.")
    broken = _q("short_answer", "Wie viele Personen hatte die Regierung nach dem "
                "Zusammenstoß zweier Züge, bei dem bei Wenzhou getötet wurden, eine Überprüfung "
                "angeordnet?", "40", sentence=2, text=text)
    plan = "Gebaut wird ab 2027, die ersten Bahnen könnten nach Plänen der Stadt Ende 2030 fahren."
    fine = _q("short_answer", "Wann könnten die ersten Bahnen nach Plänen der Stadt fahren?",
              "Ende 2030", sentence=3, text=plan, skill="when")
    assert select([broken, fine], Settings(families=["comprehension"])) == [fine]


def test_a_question_that_points_back_is_left_out():
    """'Was erfolgte danach mit der Polizei?' (a Wikinews article): after what?"""
    text = "Danach erfolgte ein Schusswechsel mit der Polizei."
    vague = _q("short_answer", "Was erfolgte danach mit der Polizei?", "ein Schusswechsel",
               sentence=2, text=text, skill="what")
    clear = _q("short_answer", "Wie viele Geiseln nahmen Rebellen in Jammu?", "sieben",
               sentence=1, text="Rebellen nahmen in Jammu sieben Geiseln.")
    assert select([vague, clear], Settings(families=["comprehension"])) == [clear]


def test_a_question_on_a_verb_of_saying_without_what_was_said_is_left_out():
    """'Wo hatte Rice bei ihrem Aufenthalt erklärt?' (a Wikinews article): explained what?"""
    text = "Rice hatte bei ihrem Aufenthalt in der Ukraine erklärt, die USA folterten nicht."
    bare = _q("multiple_choice", "Wo hatte Rice bei ihrem Aufenthalt erklärt?",
              "in der Ukraine", sentence=2, text=text, skill="where")
    said = _q("short_answer", "Wer hatte erklärt, die USA folterten nicht?", "Rice",
              sentence=2, text=text, skill="who")
    assert select([bare, said], Settings(families=["comprehension"])) == [said]


def test_one_quotation_is_not_asked_as_who_and_as_whose_account():
    """'Wer sprach von einem „schweren Vertrauensbruch“? - Anja Reimers' and 'Welche
    Darstellung gibt der Artikel als Aussage von Anja Reimers wieder?' on one sentence ask
    one quotation twice (a fresh article)."""
    text = "Kultusministerin Anja Reimers sprach von einem „schweren Vertrauensbruch“."
    who = _q("short_answer", "Wer sprach von einem „schweren Vertrauensbruch“?",
             "Anja Reimers", sentence=3, text=text, skill="who")
    account = _q("multiple_choice", "Welche Darstellung gibt der Artikel als Aussage von Anja "
                 "Reimers wieder? Ergänze: Anja Reimers …",
                 "sprach von einem „schweren Vertrauensbruch“", sentence=3, text=text,
                 skill="interested_party")
    account.family, account.options = "media_literacy", [
        "sprach von einem „schweren Vertrauensbruch“", "lobte die Schulen",
        "forderte Neuwahlen", "schwieg"]
    who.score, account.score = 0.7, 0.6
    assert select([who, account], Settings()) == [who]


def test_a_copy_of_the_sentence_does_not_fill_the_outlet_gap_of_a_media_item():
    """'Mr Pike told BBC Radio Westmoor that ...' as a true/false statement or a cloze prints
    the outlet that 'Mr Pike told ___ that ... Which medium fills the gap?' asks for
    (judged15, en_potholes): one of them goes. So does a who-question that names the outlet
    ("Who told BBC Radio Westmoor ...?" fills the gap too; tests/test_select_outlet.py); a
    cloze on another sentence stays."""
    said = "Mr Pike told BBC Radio Westmoor that his group had logged more than 900 potholes."
    source = Question(id="src", family="media_literacy", type="multiple_choice",
                      skill="source", prompt="The article takes this information from another "
                      "medium: “Mr Pike told ___ that his group had logged more than 900 "
                      "potholes.” Which medium fills the gap?", answer="BBC Radio Westmoor",
                      options=["BBC Radio Westmoor", "PA Media", "Reuters", "Westmoor Echo"],
                      evidence=[Evidence(6, 0, len(said), said)], score=0.7)
    statement = _q("true_false", "True or false? Mr Pike told BBC Radio Westmoor that his "
                   "group had logged more than 1,800 potholes.", "False", sentence=6, text=said)
    cloze = _q("cloze", "Fill in the gap: Mr Pike told BBC Radio Westmoor that his group had "
               "logged more than ________ potholes.", "900", sentence=6, text=said)
    who = _q("short_answer", "Who told BBC Radio Westmoor that his group had logged more "
             "than 900 potholes?", "Graham Pike", sentence=6, text=said, skill="who")
    elsewhere = _q("cloze", "Fill in the gap: BBC Radio Westmoor reported ________ crashes.",
                   "12", sentence=9, text="BBC Radio Westmoor reported 12 crashes.")
    for copy in (statement, cloze):
        chosen = select([source, copy], Settings())
        assert len(chosen) == 1, [q.prompt for q in chosen]
    assert len(select([source, who], Settings())) == 1
    assert len(select([source, elsewhere], Settings())) == 2


def test_a_cloze_on_the_day_the_headline_names_is_left_out():
    """'... wer ihre Kinder am ____ betreuen solle' - Freitag under the headline 'Schule
    schickt Schüler freitags nach Hause' (blind review 12): the headline gives the day."""
    text = "Viele Eltern wüssten nicht, wer ihre Kinder am Freitag betreuen solle."
    day = _q("cloze", "Ergänze die Lücke: Viele Eltern wüssten nicht, wer ihre Kinder am "
             "________ betreuen solle.", "Freitag", sentence=4, text=text, skill="when")
    plain = _q("cloze", "Ergänze die Lücke: Die Schule hat ________ Lehrkräfte.", "87",
               sentence=5, text="Die Schule hat 87 Lehrkräfte.")
    headline = "Realschule schickt ihre Schüler freitags nach Hause"
    article = {"text": headline, "blocks": [{"kind": "headline", "start": 0,
                                             "end": len(headline)}]}
    assert select([day, plain], Settings(families=["comprehension"]), article) == [plain]
    assert day in select([day, plain], Settings(families=["comprehension"]), None)


def test_a_cloze_answers_any_other_question_on_its_sentence():
    """The cloze prints its sentence: '... for up to ____ weeks, Mr Lowe said' answers 'Who
    will pay for temporary rooms?' beside it (blind review 12). Two questions on one
    sentence that print neither stay."""
    text = "The council will pay for temporary rooms for up to six weeks, Mr Lowe said."
    cloze = _q("cloze", "Fill in the gap: The council will pay for temporary rooms for up to "
               "________ weeks, Mr Lowe said.", "six", sentence=7, text=text)
    who = _q("short_answer", "Who will pay for temporary rooms?", "Hartby County Council",
             sentence=7, text=text, skill="who")
    cloze.score, who.score = 0.8, 0.7
    chosen = select([cloze, who], Settings(families=["comprehension"]))
    assert chosen == [cloze]
    said = "Council leader Tom Lowe said rooms would be paid for for up to six weeks."
    role = _q("short_answer", "What is Tom Lowe's role according to the article?",
              "council leader", sentence=8, text=said, skill="role")
    how_long = _q("short_answer", "For how many weeks will rooms be paid for?",
                  "up to six weeks", sentence=8, text=said)
    both = select([role, how_long], Settings(families=["comprehension"]))
    assert role in both and how_long in both


def test_one_date_is_asked_once():
    """'Ab wann ...? - ab dem 1. Januar' and 'Ob das Verbot am ____ in Kraft tritt' - 1.
    Januar, or a statement that changes that date ('am 4. Januar'), ask one fact twice
    (judged17). Another date stays."""
    first = _q("multiple_choice", "Ab wann dürfen in der Altstadt keine Roller mehr abgestellt "
               "werden?", "ab dem 1. Januar", sentence=2,
               text="Ab dem 1. Januar dürfen in der Altstadt keine Roller mehr abgestellt "
               "werden.", skill="when")
    again = "Ob das Verbot tatsächlich am 1. Januar in Kraft tritt, hängt von den Gerichten ab."
    cloze = _q("cloze", "Ergänze die Lücke: Ob das Verbot tatsächlich am ________ in Kraft "
               "tritt, hängt von den Gerichten ab.", "1. Januar", sentence=9, text=again,
               skill="when")
    changed = _q("true_false", "Richtig oder falsch? Ob das Verbot tatsächlich am 4. Januar in "
                 "Kraft tritt, hängt von den Gerichten ab.", "Falsch", sentence=9, text=again,
                 skill="when")
    other = _q("cloze", "Ergänze die Lücke: Die Klage wurde am ________ eingereicht.",
               "3. März", sentence=10, text="Die Klage wurde am 3. März eingereicht.",
               skill="when")
    first.score, cloze.score, changed.score, other.score = 0.9, 0.8, 0.7, 0.6
    chosen = select([first, cloze, changed, other], Settings(families=["comprehension"]))
    assert chosen == [first, other]


def test_one_place_is_the_gap_of_one_cloze():
    """'... disqualified from the Open in ____' and '... played in ____ on Sunday' - Coventry
    both (blind review 11): one exercise twice. A gap on another place stays."""
    first = _q("cloze", "Fill in the gap: A player was disqualified from the Open in ________ "
               "on Friday.", "Coventry", sentence=1, skill="where",
               text="A player was disqualified from the Open in Coventry on Friday.")
    second = _q("cloze", "Fill in the gap: The final round was played in ________ on Sunday.",
                "Coventry", sentence=6, skill="where",
                text="The final round was played in Coventry on Sunday.")
    other = _q("cloze", "Fill in the gap: The next Open will be held in ________.", "Leeds",
               sentence=9, skill="where", text="The next Open will be held in Leeds.")
    first.score, second.score, other.score = 0.8, 0.7, 0.6
    assert select([first, second, other], Settings(families=["comprehension"])) == \
        [first, other]


def test_no_comprehension_question_on_the_writers_own_opinion():
    """A true/false statement or cloze on the writer's judgement asks to learn an opinion as
    a fact ('Richtig oder falsch? Wer mit 120 Sachen durch die Stadt fährt, handelt
    rücksichtslos.' - Richtig, judged17). The fact-or-opinion item on it stays."""
    from quizgen.generate.media_opinion import T

    said = "It is shameful that a town of 40,000 people has no pool."
    statement = _q("true_false", "True or false? " + said, "True", sentence=20, text=said)
    cloze = _q("cloze", "Fill in the gap: It is shameful that a town of ________ people has "
               "no pool.", "40,000", sentence=20, text=said)
    plain = _q("cloze", "Fill in the gap: The pool closed after ________ years.", "41",
               sentence=3, text="The pool closed after 41 years.")
    opinion = Question(id="op", family="media_literacy", type="multiple_choice",
                       skill="fact_opinion", prompt="Is this statement from the article a "
                       "checkable fact or an opinion or assessment? " + said,
                       options=[T["en"]["fact"], T["en"]["opinion"]], answer=T["en"]["opinion"],
                       explanation="Words like 'shameful' show that someone judges"
                       + T["en"]["who_author"] + ".",
                       evidence=[Evidence(20, 0, len(said), said)], score=0.6)
    pool = [statement, cloze, plain, opinion]
    assert select(pool, Settings(families=["comprehension"])) == [plain]
    assert opinion in select(pool, Settings())
    # a quoted opinion's speaker is a fact: without the writer's mark the questions stay
    opinion.explanation = "Words like 'shameful' show that someone judges (here Ms Hale)."
    kept = select(pool, Settings(families=["comprehension"]))
    assert plain in kept and (cloze in kept or statement in kept)


def test_no_comprehension_question_on_the_writers_opinion_in_an_article():
    text = ("Stadt sagt Sommerfest ab\n\n"
            "Die Stadt Hollbach hat ihr Sommerfest am Montag abgesagt. Die Sicherheitsauflagen "
            "seien zu teuer, sagte Bürgermeisterin Anna Weber.\n\n"
            "Das Fest hatte im vergangenen Jahr mehr als 20.000 Besucher.\n\n"
            "Für die rund 30 beteiligten Vereine ist die Absage ein harter Schlag.")
    analysis = analyze(load_article(text))
    last = analysis.sentences[-1].index
    # what the generators offer on it: 'Was ist die Absage für die Vereine? - ein harter
    # Schlag', '... ist die Absage ein harter Schlag.' - Richtig, a cloze on '30'
    assert any(q.family == "comprehension" and q.evidence[0].sentence == last
               for q in candidates(analysis))
    qs = generate(analysis, Settings()).questions
    assert any(q.skill == "fact_opinion" and q.evidence[0].sentence == last for q in qs)
    assert not any(q.family == "comprehension" and last in {e.sentence for e in q.evidence}
                   for q in qs)


def test_at_most_two_questions_ask_for_one_person_the_story_is_not_about():
    """'Welche Funktion oder Rolle hat Helga Brinkmann?', 'Wer begrüßte den Beschluss?', 'Wer
    hat seit Jahren auf das Problem hingewiesen?' - Brinkmann three times (judged17). The
    person the headline or first paragraph names may be asked for more often."""
    def pool() -> list[Question]:
        role = _q("short_answer", "Welche Funktion oder Rolle hat Helga Brinkmann laut dem "
                  "Artikel?", "Vorsitzende des Seniorenbeirats", sentence=6, skill="role",
                  text="Die Vorsitzende des Seniorenbeirats, Helga Brinkmann, lobte den Rat.")
        welcomed = _q("short_answer", "Wer begrüßte den Beschluss?", "Helga Brinkmann",
                      sentence=7, skill="who", text="Brinkmann begrüßte den Beschluss.")
        warned = _q("short_answer", "Wer hat seit Jahren auf das Problem hingewiesen?",
                    "Helga Brinkmann", sentence=8, skill="who",
                    text="Brinkmann hat seit Jahren auf das Problem hingewiesen.")
        for q, score in zip((role, welcomed, warned), (0.8, 0.7, 0.6), strict=True):
            q.score = score
        return [role, welcomed, warned]

    names = {n: ["Helga Brinkmann", "Brinkmann"] for n in ("helga brinkmann", "brinkmann")}
    settings = Settings(families=["comprehension"])
    role, welcomed, warned = pool()
    assert select([role, welcomed, warned], settings, None, names) == [role, welcomed]
    text = "Senioren jubeln\n\nDer Rat verbietet Roller. Helga Brinkmann ist zufrieden."
    article = {"text": text, "blocks": [{"kind": "headline", "start": 0, "end": 15},
                                        {"kind": "body", "start": 17, "end": len(text)}]}
    assert len(select(pool(), settings, article, names)) == 3


def test_a_question_whose_pronominal_adverb_points_back_is_left_out():
    """'Wer wird insofern entlastet?' (a Wikinews text): in which respect? 'Wann soll der
    Rat darüber beraten?': about what? 'darüber' before a clause that says what it stands
    for points nowhere."""
    text = "Er wird insofern entlastet, als die Abteilungen nicht mehr ihm berichten."
    vague = _q("short_answer", "Wer wird insofern entlastet?", "Louis Gallois",
               sentence=2, text=text, skill="who")
    about = _q("short_answer", "Wann soll der Rat darüber beraten?", "am Montag", sentence=4,
               text="Der Rat soll am Montag darüber beraten.", skill="when")
    therefore = _q("short_answer", "Who therefore cancelled the fair?", "the council",
                   sentence=6, text="The council therefore cancelled the fair.", skill="who")
    said = "Die Eltern setzen sich dafür ein, dass die Schule bleibt."
    clause = _q("short_answer", "Wer setzt sich dafür ein, dass die Schule bleibt?",
                "die Eltern", sentence=5, text=said, skill="who")
    chosen = select([vague, about, therefore, clause], Settings(families=["comprehension"]))
    assert chosen == [clause]


def test_one_number_in_digits_and_in_words_is_one_fact():
    """'... after at least ____ dogs were reported stolen' - 14 in the teaser and 'How many
    dogs have been reported stolen ...? - fourteen' in the body (blind review 19)."""
    teaser = "At least 12 ponies have gone missing from the moor since May."
    body = "Twelve ponies have been reported missing since May, the trust said."
    gap = _q("cloze", "Fill in the gap: At least ________ ponies have gone missing from the "
             "moor since May.", "12", sentence=1, text=teaser)
    asked = _q("short_answer", "How many ponies have been reported missing since May?",
               "twelve", sentence=6, text=body)
    assert same_fact(gap, asked)
    other = _q("short_answer", "How many foals were born?", "eleven", sentence=8,
               text="Eleven foals were born.")
    assert not same_fact(gap, other)
    assert len(select([gap, asked], Settings(families=["comprehension"]))) == 1


def test_a_cloze_that_opens_with_a_possessive_points_back():
    """'Ihre Sprecherin, die Heilpraktikerin Doris Wendland, übergab am ____ eine Liste ...'
    (blind review 19, F): whose spokeswoman? The sentence before says."""
    text = "Ihre Sprecherin Anna Roth übergab am Montag eine Liste mit 400 Unterschriften."
    gap = _q("cloze", "Ergänze die Lücke: Ihre Sprecherin Anna Roth übergab am ____ eine "
             "Liste mit 400 Unterschriften.", "Montag", sentence=3, text=text, skill="when")
    its = "Its director, Sam Reid, said the hall would reopen in May."
    other = _q("cloze", "Fill in the gap: Its director, ____, said the hall would reopen in "
               "May.", "Sam Reid", sentence=4, text=its, skill="who")
    plain = "The hall will reopen in May, the council said."
    kept = _q("cloze", "Fill in the gap: The hall will reopen in ____, the council said.",
              "May", sentence=5, text=plain, skill="when")
    assert select([gap, other, kept], Settings(families=["comprehension"])) == [kept]


def test_an_answer_that_is_only_another_one_says_nothing():
    """'Was gibt es seit Wochen in Hohenbrück kaum? - ein anderes Thema' (blind review 19, D):
    the stock phrase 'kaum ein anderes Thema' torn apart."""
    text = "Seit Wochen gibt es im Dorf kaum ein anderes Thema."
    torn = _q("short_answer", "Was gibt es seit Wochen im Dorf kaum?", "ein anderes Thema",
              sentence=2, text=text, skill="what")
    fine = _q("short_answer", "Wie viele Höfe sind betroffen?", "drei", sentence=3,
              text="Drei Höfe sind betroffen.")
    assert select([torn, fine], Settings(families=["comprehension"])) == [fine]
