"""Question generation: the seed's gold questions, well-formed questions on every article we
have, the same output for the same seed, and the JSON format round-tripping."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from quizgen.model import QuestionSet, Settings
from quizgen.pipeline import analyze, generate, load_article

from .helpers import DATA, SEED, SEED_GOLD, SHARED, needs_shared

ARTICLES = sorted((DATA / "articles").glob("*.txt"))


def _covers(item: dict, q: dict) -> bool:
    """The rule of ../shared/tools/gold_check.py."""
    answer = q["answer"] if isinstance(q["answer"], str) else " | ".join(q["answer"])
    flags = re.IGNORECASE | re.DOTALL
    return q["family"] == item["family"] and bool(
        re.search(item["prompt"], q["prompt"], flags)) and bool(
        re.search(item["answer"], answer, flags))


@pytest.fixture(scope="module")
def seed_set() -> QuestionSet:
    needs_shared()
    return generate(analyze(load_article(SEED)), Settings())


def test_seed_passes_gold_check_tool(seed_set, tmp_path):
    out = tmp_path / "q.json"
    out.write_text(seed_set.to_json(), encoding="utf-8")
    tool = SHARED / "tools" / "gold_check.py"
    run = subprocess.run([sys.executable, str(tool), str(SEED_GOLD), str(out)],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stdout


def test_seed_comprehension_items(seed_set):
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    questions = [q.to_dict() for q in seed_set.questions]
    comp = [i for i in gold["items"] if i["family"] == "comprehension"]
    covered = [i["id"] for i in comp if any(_covers(i, q) for q in questions)]
    assert len(covered) >= 10, covered
    assert {"csto_request", "withdrawal_end"} <= set(covered)


def test_seed_expected_questions(seed_set):
    by_prompt = {q.prompt: q for q in seed_set.questions}
    prompts = " ".join(by_prompt)
    assert "Wann soll der Abzug der Truppen abgeschlossen sein?" in by_prompt
    assert by_prompt["Wann soll der Abzug der Truppen abgeschlossen sein?"].answer == \
        "am 19. Januar"
    # the source sentence lacks its verb: never print it verbless
    assert "Der Abzug der Truppen am 19. Januar abgeschlossen sein" not in prompts
    who = [q for q in seed_set.questions if q.prompt.startswith("Wer hatte das von Russland")]
    assert who and who[0].answer == "Kassym-Schomart Tokajew"
    if who[0].type == "multiple_choice":
        assert {"Wladimir Putin", "Sergej Schoigu"} <= set(who[0].options)


def test_same_seed_same_output():
    needs_shared()
    a = analyze(load_article(SEED))
    one = generate(a, Settings(seed=3)).to_json()
    two = generate(analyze(load_article(SEED)), Settings(seed=3)).to_json()
    assert one == two


def test_settings_are_obeyed(seed_set):
    needs_shared()
    a = analyze(load_article(SEED))
    qs = generate(a, Settings(count=6, types=["cloze", "true_false"],
                              families=["comprehension"]))
    assert 0 < len(qs.questions) <= 6
    assert {q.type for q in qs.questions} <= {"cloze", "true_false"}
    assert {q.family for q in qs.questions} == {"comprehension"}


def test_json_round_trip(seed_set):
    again = QuestionSet.from_json(seed_set.to_json())
    assert again.to_dict() == seed_set.to_dict()
    assert json.loads(seed_set.to_json())["schema"] == "quizgen.questionset/1"


def _check_well_formed(qset: QuestionSet) -> None:
    text = qset.article["text"]
    for q in qset.questions:
        assert q.evidence, q.prompt
        for ev in q.evidence:
            assert text[ev.start:ev.end] == ev.text
        if q.type in {"multiple_choice", "true_false"}:
            assert len(set(q.options)) == len(q.options), q.options
            assert q.options.count(q.answer) == 1, (q.prompt, q.options)
        if q.type == "ordering":
            assert sorted(q.options) == sorted(q.answer) and 3 <= len(q.answer) <= 5
        if q.family == "comprehension" and q.type in {"short_answer", "multiple_choice"}:
            assert q.prompt.endswith("?"), q.prompt
            answer = q.answer if isinstance(q.answer, str) else ""
            assert answer and answer.lower() not in q.prompt.lower(), q.prompt
        if qset.language == "de":
            assert q.prompt.count("„") == q.prompt.count("“"), q.prompt
        else:
            assert q.prompt.count("“") == q.prompt.count("”"), q.prompt
        doubled = re.search(r"\b(\w+) \1\b", q.prompt)  # a slip of ours, unless the article
        assert not doubled or doubled.group() in text, q.prompt  # has it ("die die kleine")
        assert 1 <= q.difficulty <= 3


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_questions_on_articles_never_seen(path: Path):
    """Our own articles (tests/data/articles), not used to tune the generator."""
    qset = generate(analyze(load_article(path)), Settings())
    assert qset.language == path.name[:2]
    assert len(qset.questions) >= 12
    _check_well_formed(qset)
    comp = [q for q in qset.questions if q.family == "comprehension"]
    assert {q.skill for q in comp} >= {"who"}
    assert len({q.type for q in qset.questions}) >= 3


def test_seed_well_formed(seed_set):
    _check_well_formed(seed_set)


def test_cli_generate_json_and_text(tmp_path):
    needs_shared()
    out = tmp_path / "q.json"
    run = subprocess.run([sys.executable, "-m", "quizgen.cli", "generate", str(SEED), "-n",
                          "8", "-o", str(out)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data["questions"]) == 8
    run = subprocess.run([sys.executable, "-m", "quizgen.cli", "generate", str(SEED),
                          "--format", "text", "-n", "5"], capture_output=True, text=True)
    assert "Antwort:" in run.stdout


def test_cli_bad_input_exits_nonzero_with_one_line(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "quizgen.cli", "analyze", str(empty)],
                         capture_output=True, text=True)
    assert run.returncode != 0
    assert run.stderr.strip().count("\n") == 0 and "Traceback" not in run.stderr


def test_ordering_follows_the_dates_not_the_text():
    from quizgen.generate import ordering

    text = ("Neue Brücke in Kesselheim eröffnet\n\n"
            "Die neue Brücke über die Lahn wurde am 12. Mai 2026 feierlich eröffnet. Der Stadtrat "
            "hatte den Bau am 3. Februar 2026 beschlossen. Die Bauarbeiten begannen am "
            "20. März 2026 mit dem Abriss der alten Brücke. Die Kosten lagen bei rund "
            "4 Millionen Euro.")
    qs = ordering.generate(analyze(load_article(text)))
    assert len(qs) == 1
    q = qs[0]
    assert q.answer == ["Der Stadtrat hatte den Bau beschlossen",
                        "Die Bauarbeiten begannen mit dem Abriss der alten Brücke",
                        "Die neue Brücke über die Lahn wurde feierlich eröffnet"]
    assert sorted(q.options) == sorted(q.answer) and q.options != q.answer
    assert not any(re.search(r"\d", item) for item in q.answer)  # the dates are not given away


def _clozes(text: str) -> dict[str, str]:
    """Cloze answer -> prompt for an article given as text."""
    from quizgen.generate import cloze

    return {q.answer: q.prompt for q in cloze.generate(analyze(load_article(text)))}


def test_cloze_asks_german_numbers_with_their_noun_and_hedge_outside_the_gap():
    text = ("Stadt baut neue Straßenbahn\n\n"
            "Die Stadt Kesselheim baut eine neue Straßenbahnlinie. "
            "Die Kosten werden auf rund 240 Millionen Euro geschätzt, etwa 60 Prozent davon "
            "übernimmt das Land. Die Verkehrsbetriebe rechnen mit etwa 25.000 Fahrgästen pro "
            "Tag. Rund 1.400 der etwa 1.900 Arbeitsplätze am alten Standort fallen weg.")
    gaps = _clozes(text)
    assert "auf rund ________ Euro geschätzt" in gaps["240 Millionen"]  # 'davon' points inside
    assert "mit etwa ________ Fahrgästen" in gaps["25.000"]
    assert gaps["1.400"].startswith("Ergänze die Lücke: Rund ________ der etwa 1.900")


def test_cloze_money_after_its_sign_and_a_vote_result_as_one_answer():
    gaps = _clozes("Council backs new bridge\n\n"
                   "The council voted on Tuesday to build a new bridge over the river. "
                   "The bridge will cost around £2.5 million and open in the spring.")
    assert "around £________ and open" in gaps["2.5 million"]
    gaps = _clozes("Stadtrat beschließt neue Brücke\n\n"
                   "Der Stadtrat von Kesselheim hat am Dienstag mit 31 zu 22 Stimmen den Bau "
                   "einer neuen Brücke beschlossen.")
    assert "mit ________ Stimmen den Bau" in gaps["31 zu 22"]


def test_statements_need_their_antecedent_and_reported_speech_its_speaker():
    from quizgen.generate import statements

    text = ("Molkerei verliert vor Gericht\n\n"
            "Das Landgericht hat der Molkerei Grünthal eine Werbung verboten. "
            "Geschäftsführer Bernd Albers kündigte am Abend an, Berufung einzulegen. "
            "Die Molkerei habe den Ausstoß seit 2021 um rund 35 Prozent gesenkt, erklärte er. "
            "Die Aufträge seien im vergangenen Jahr um etwa 30 Prozent eingebrochen. "
            "Belege dafür nannte er im Gespräch mit Reportern nicht.")
    a = analyze(load_article(text))
    usable = {s.text.split()[1]: statements.usable(a, s) and
              statements.replacements(a, s) is not None for s in a.sentences}
    assert usable["Molkerei"]  # '..., erklärte er': Albers said it, which is a fact
    assert not usable["Aufträge"]  # whose claim? the sentence does not say
    assert not usable["dafür"]  # 'Belege dafür': for what?
    gaps = _clozes(text)
    assert gaps["35"].endswith("Prozent gesenkt, erklärte Albers.")


def test_one_number_with_or_without_its_hedge_is_one_fact():
    from quizgen.model import Evidence, Question
    from quizgen.select import same_fact

    def q(answer: str, sentence: int, qtype: str) -> Question:
        return Question(id=f"{qtype}{sentence}", family="comprehension", type=qtype,
                        skill="how_many", prompt="?", answer=answer,
                        evidence=[Evidence(sentence, 0, 1, "x")], score=0.7)

    assert same_fact(q("at least four", 2, "short_answer"), q("four", 7, "cloze"))
    assert not same_fact(q("four", 2, "short_answer"), q("forty", 7, "cloze"))


def test_a_prompt_showing_the_lead_number_ranks_below_the_question_asking_it():
    text = ("Waldbrand in der Heide\n\n"
            "Ein Waldbrand im Landkreis Ostheide hat sich über Nacht auf mehr als 400 Hektar "
            "ausgebreitet.\n\n"
            "Seit Montag kämpfen die Feuerwehren gegen das Feuer. Am Dienstagmorgen stand "
            "eine Fläche von mehr als 400 Hektar in Flammen. Rund 600 Bewohner wurden in "
            "einer Turnhalle untergebracht.")
    qs = generate(analyze(load_article(text)), Settings(families=["comprehension"]))
    asked = [q.answer for q in qs.questions]
    assert any(re.fullmatch(r"(mehr als )?400", a) for a in asked), asked


def _q(skill: str, prompt: str, answer: str, sentence: int, family: str = "comprehension",
       qtype: str = "short_answer"):
    from quizgen.model import Evidence, Question

    return Question(id=f"{skill}{sentence}{len(prompt)}", family=family, type=qtype,
                    skill=skill, prompt=prompt, answer=answer,
                    evidence=[Evidence(sentence, 0, 1, "x")], score=0.7)


def test_a_name_in_a_question_on_another_sentence_gives_no_who_answer_away():
    from quizgen.select import _gives_away

    who = _q("who", "Who said the players had been written off?", "Helen Carter", 16)
    role = _q("role", "What is Helen Carter's role according to the article?", "manager", 15)
    assert not _gives_away(role, who)
    same = _q("when", "When did Helen Carter say the players had been written off?",
              "on Monday", 16)
    assert _gives_away(same, who)  # the same sentence: the prompt tells who said it


def test_an_answer_the_question_quotes_itself_is_not_given_away():
    from quizgen.select import _gives_away

    loaded = _q("loaded_language", "Which word in this sentence judges? “Kahlschlag bei "
                "Velter: 2.000 Jobs weg!”", "Kahlschlag", 1, "media_literacy")
    headline = _q("headline", "Is the number “2.000” from the headline “Kahlschlag bei "
                  "Velter: 2.000 Jobs weg!” also in the article?", "False", 1, "media_literacy")
    assert not _gives_away(headline, loaded)
    verdict = _q("fact_opinion", "Is this statement a checkable fact or an opinion? “It is "
                 "shameful.”", "an opinion", 9, "media_literacy")
    which = _q("fact_opinion", "Which of these sentences holds an opinion rather than a "
               "fact?", "“It is shameful.”", 9, "media_literacy")
    assert _gives_away(which, verdict)  # the instruction names it: one such question a set


def test_cloze_blanks_the_number_before_the_weekday_of_a_sentence():
    from quizgen.generate import cloze

    text = ("Green candidate wins runoff\n\n"
            "Maya Lindqvist has won the runoff in Port Hallam. "
            "According to the official result announced on Monday, Lindqvist received 50.8 "
            "per cent of the vote.")
    by_answer = {q.answer: q.score for q in cloze.generate(analyze(load_article(text)))}
    assert by_answer["50.8"] > by_answer["Monday"]


def test_a_he_after_the_person_named_in_the_sentence_needs_no_resolving():
    gaps = _clozes("Rovers win the cup\n\n"
                   "Kingsport Rovers have won the cup after beating Ardmore City on penalties. "
                   "Goalkeeper Marek Novak then became the hero of the shoot-out when he saved "
                   "the decisive penalty.")
    assert gaps["Marek Novak"].startswith("Fill in the gap: Goalkeeper ________ then became")


def test_the_role_of_a_speaker_ranks_above_the_role_of_someone_who_only_acts():
    from quizgen.generate import vocabulary

    text = ("Rovers win the cup\n\n"
            "Kingsport Rovers have won the cup after beating Ardmore City on penalties. "
            "Goalkeeper Marek Novak saved the decisive penalty from striker Jonas Keller. "
            "Rovers manager Helen Carter said the team had shown incredible spirit.")
    roles = {q.prompt: q.score for q in vocabulary.generate(analyze(load_article(text)))
             if q.type == "short_answer" and q.skill == "role"}
    carter = next(v for k, v in roles.items() if "Carter" in k)
    novak = next(v for k, v in roles.items() if "Novak" in k)
    assert carter > novak


def test_cloze_number_in_a_relative_clause_is_a_side_detail():
    from quizgen.generate import cloze

    def twelve(sentence: str) -> float:
        text = "Green newcomer wins runoff\n\nMaya Lindqvist has won the runoff. " + sentence
        return next(q.score for q in cloze.generate(analyze(load_article(text)))
                    if q.answer == "twelve")

    assert twelve("Gordon Pike, who has led the city for twelve years, refused to concede.") \
        < twelve("Gordon Pike has led the city for twelve years and refused to concede.")


def test_cloze_date_with_apposition_takes_its_closing_comma():
    gaps = _clozes("Strom fällt aus\n\nAm Dienstag, dem 14. Oktober, fiel gegen 18.30 Uhr in "
                   "weiten Teilen von Lindenau der Strom aus. Rund 8.000 Haushalte waren "
                   "betroffen.")
    assert "Am ________ fiel gegen" in gaps["Dienstag, dem 14. Oktober"]


def test_cloze_year_of_a_participle_phrase_is_a_side_detail():
    from quizgen.generate import cloze

    text = ("Storm floods the valley\n\n"
            "Storm Edda swept across the valley on Thursday. "
            "The river reached a level of 5.2 metres at Millbridge, almost a metre above the "
            "previous record set in 2007.")
    by_answer = {q.answer: q.score for q in cloze.generate(analyze(load_article(text)))}
    assert by_answer["5.2"] > max(v for k, v in by_answer.items() if "2007" in k)


def test_cloze_class_noun_before_a_company_is_no_part_of_its_name():
    gaps = _clozes("Velter schließt Werk\n\n"
                   "Der Autozulieferer Velter Antriebstechnik hat am Montag angekündigt, sein "
                   "Werk in Kornbach bis Ende 2026 zu schließen. Rund 1.400 Stellen fallen weg.")
    assert gaps["Velter Antriebstechnik"].startswith(
        "Ergänze die Lücke: Der Autozulieferer ________ hat am Montag angekündigt")


def test_a_role_made_from_an_adjective_keeps_the_article_the_text_gives_it():
    from quizgen.generate import vocabulary

    text = ("Strom weg in Lindenau\n\n"
            "Am Dienstag fiel in Lindenau der Strom aus. Der Vorsitzende des "
            "Anwohnervereins Lindenau, Peter Brandt, widersprach der Darstellung.")
    answers = {q.answer for q in vocabulary.generate(analyze(load_article(text)))
               if q.skill == "role"}
    assert "der Vorsitzende des Anwohnervereins Lindenau" in answers


def test_a_surname_in_a_prompt_gives_the_full_name_away():
    """'Lindqvist promised ... £____' tells who promised it: 'Who promised ...? - Maya
    Lindqvist' and that cloze on the same sentence are never both in a set."""
    from quizgen.select import names_by_answer, select

    text = ("Green candidate wins\n\n"
            "Maya Lindqvist won the runoff on Monday with 50.8 per cent of the vote.\n\n"
            "Lindqvist promised free bus travel for under-18s and a review of the city's "
            "£40 million harbour plan. She will take office on November 1.")
    analysis = analyze(load_article(text))
    names = names_by_answer(analysis)
    assert "lindqvist" in [n.lower() for n in names.get("maya lindqvist", [])]
    who = _q("who", "Who promised free bus travel for under-18s?", "Maya Lindqvist", 3)
    gap = _q("how_many", "Fill in the gap: Lindqvist promised free bus travel for "
             "under-18s and a review of the city's £________ harbour plan.", "40 million", 3,
             qtype="cloze")
    other = _q("how_many", "Fill in the gap: Lindqvist won with ________ per cent.", "50.8",
               2, qtype="cloze")  # another sentence: says nothing about who promised
    settings = Settings(families=["comprehension"])
    chosen = select([who, gap, other], settings, None, names)
    assert (who in chosen) != (gap in chosen) and other in chosen
    # without the names too: the cloze prints the sentence the who-question is asked on
    assert len(select([who, gap, other], settings, None, {})) == 2


def test_the_same_prompt_is_asked_once():
    """'Zu welcher Aussage schreibt der Artikel ausdrücklich, dass dafür keine Beweise
    vorgelegt wurden?' for two claims reads as one question with two answers."""
    from quizgen.select import select

    prompt = ("Zu welcher Aussage schreibt der Artikel ausdrücklich, dass dafür keine Beweise "
              "vorgelegt wurden?")
    one = _q("evidence", prompt, "Das Feuer sei absichtlich gelegt worden.", 12,
             "media_literacy", "multiple_choice")
    two = _q("evidence", prompt, "„Das war kein Zufall“", 13, "media_literacy",
             "multiple_choice")
    chosen = select([one, two], Settings(families=["media_literacy"]))
    assert len(chosen) == 1


def test_a_false_statement_never_repeats_a_value_its_sentence_already_has():
    from quizgen.generate import truefalse

    a = analyze(load_article(
        "Medicine recalled\n\nThe company Corvane recalled a fever syrup on Monday. The label "
        "on the bottles says 10 ml for children aged two to four, but the correct dose is 5 ml. "
        "About 40,000 bottles were sold in 2025."))
    for q in truefalse.generate(a):
        if "label" in q.prompt:
            assert "says 5 ml" not in q.prompt, q.prompt
