"""Blind review 15 (comp): a Konjunktiv II of reported speech in a question ('Wie viele
Schulen hätten ... abgesagt?') becomes the indicative with its speaker ('haben laut Faust'),
and a trailing ', darunter ...' apposition of the count stays out of the question."""
import re
from pathlib import Path

from quizgen.generate import wh
from quizgen.pipeline import analyze, load_article

TEXT = "\n\n".join([
    "Sternwarte in Not",
    "Der Verein Astronomie Nordtal kämpft um seine Sternwarte. Das sagte der Vorsitzende "
    "Henning Faust am Montag.",
    "Im Januar hätten bereits fünf Vereine ihre Treffen abgesagt, berichtete Faust. Jedes "
    "Jahr kommen mehr als 2.000 Gäste in das Museum, darunter viele Familien aus dem ganzen "
    "Kreis. Die Stadt will im Frühjahr entscheiden."]) + "\n"


def _prompts(tmp_path: Path) -> list[str]:
    p = tmp_path / "a.txt"
    p.write_text(TEXT, encoding="utf-8")
    return [q.prompt for q in wh.generate(analyze(load_article(p)))]


def test_konjunktiv_ii_becomes_indicative_with_speaker(tmp_path: Path) -> None:
    prompts = _prompts(tmp_path)
    assert not any("hätten" in p for p in prompts), prompts
    assert "Wie viele Vereine haben laut Faust im Januar ihre Treffen abgesagt?" in prompts, \
        prompts


def test_darunter_apposition_left_out(tmp_path: Path) -> None:
    prompts = _prompts(tmp_path)
    assert not any("darunter" in p for p in prompts), prompts
    assert "Wie viele Gäste kommen jedes Jahr in das Museum?" in prompts, prompts


WHY = "\n\n".join([
    "Hitzefrei an vielen Schulen",
    "Die Hitzewelle trifft die Schulen im Landkreis hart. Viele Klassenzimmer sind schon am "
    "Morgen zu warm.",
    "\"So heiß war es bei uns noch nie\", sagte Schulleiterin Petra Brandt von der Realschule "
    "Nordhausen. Ihre Schule sei besonders betroffen, weil die Fenster sich nicht öffnen "
    "lassen. Die Stadt will im Sommer neue Fenster einbauen."]) + "\n"


def test_why_names_the_owner_of_a_sentence_initial_ihre(tmp_path: Path) -> None:
    """'Warum ist ihre Schule besonders betroffen?' left open whose school: a sentence's
    first 'Ihre' is no polite form, and its owner is named in the sentence before."""
    p = tmp_path / "b.txt"
    p.write_text(WHY, encoding="utf-8")
    prompts = [q.prompt for q in wh.generate(analyze(load_article(p)))]
    assert not any(re.match(r"Warum \w+ (seine|ihre) ", q) for q in prompts), prompts
    assert "Warum ist Brandts Schule besonders betroffen?" in prompts, prompts


def test_sentence_initial_ihre_is_not_a_mans(tmp_path: Path) -> None:
    """After a man, 'Ihre Schule' is theirs, not his: no 'Brandts' (and no bare 'ihre')."""
    p = tmp_path / "c.txt"
    p.write_text(WHY.replace("Schulleiterin Petra", "Schulleiter Markus"), encoding="utf-8")
    prompts = [q.prompt for q in wh.generate(analyze(load_article(p)))]
    assert not any(re.match(r"Warum \w+ (Brandts|ihre) ", q) for q in prompts), prompts
