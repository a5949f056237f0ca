"""Quick reading 40: 'Oberbürgermeisterin Petra Haller sagte den Stuttgarter Nachrichten, ...'
named no outlet (a paper with a plural name takes 'den'), and 'Der Ortsvorsteher Klaus Dietrich
sagte dem Bayerischen Rundfunk, er habe den Betrieb auf Risse hingewiesen' gave a second
quotation whose speaker was 'er' and whose content was the frame 'Der Ortsvorsteher ... sagte
dem Bayerischen Rundfunk' (the evidence item printed that frame as a claim)."""

from __future__ import annotations

from quizgen.pipeline import analyze, load_article

HEAD = ("Streit um den Bolzplatz\n\n"
        "Die Gemeinde will den alten Bolzplatz verlegen, teilte die Verwaltung am Montag "
        "mit.\n\n")


def _quotes(sentence: str) -> list[tuple[str | None, str | None, str | None, str]]:
    analysis = analyze(load_article(HEAD + sentence))
    return [(q.speaker, q.cue, q.outlet, q.content) for q in analysis.quotes if q.sentence > 1]


def test_a_paper_with_a_plural_name_is_the_outlet():
    found = _quotes("Bürgermeister Jonas Ebert sagte den Kieler Nachrichten, er setze auf ein "
                    "Gespräch zwischen beiden Seiten.")
    assert [(s, o) for s, _, o, _ in found] == [("Jonas Ebert", "Kieler Nachrichten")]


def test_a_cue_inside_the_reported_clause_is_no_second_quotation():
    found = _quotes("Die Ortsvorsteherin Karin Wolf sagte dem Hessischen Rundfunk, sie habe die "
                    "Gemeinde schon 2021 auf die Schäden hingewiesen.")
    assert len(found) == 1, found
    speaker, cue, outlet, content = found[0]
    assert (speaker, cue, outlet) == ("Karin Wolf", "sagte", "Hessischen Rundfunk")
    assert content.startswith("sie habe die Gemeinde")


def test_a_quotation_with_its_cue_after_it_stays():
    found = _quotes("Die Schäden seien schon 2021 bekannt gewesen, sagte Karin Wolf dem "
                    "Hessischen Rundfunk.")
    assert [(s, o) for s, _, o, _ in found] == [("Karin Wolf", "Hessischen Rundfunk")]


def _english(sentence: str) -> list[tuple[str | None, str]]:
    text = ("Row over the old mill\n\nThe council wants to sell the old mill, officials said "
            "on Monday.\n\n" + sentence)
    analysis = analyze(load_article(text))
    return [(q.speaker, q.content) for q in analysis.quotes if q.sentence > 1]


def test_the_writers_comment_on_a_claim_is_not_part_of_it():
    found = _english("Councillor Ruth Black also claimed that the council had quietly sold the "
                     "land years ago, a suggestion the council described as \"nonsense\".")
    assert found == [("Ruth Black", "the council had quietly sold the land years ago")]
    german = _quotes("Die Anwohnerin Karin Wolf behauptete, die Stadt habe das Gelände längst "
                     "verkauft, was die Verwaltung zurückweist.")
    assert ("Karin Wolf", "die Stadt habe das Gelände längst verkauft") in [
        (s, c) for s, _, _, c in german]


def test_a_claim_that_goes_on_after_a_comma_keeps_its_end():
    found = _english("Councillor Ruth Black said the mill was sold in 1990, a year before the "
                     "fire.")
    assert found == [("Ruth Black", "the mill was sold in 1990, a year before the fire")]


def test_a_konjunktiv_ii_two_sentences_after_the_cue_is_the_writers():
    text = ("Streit um die Kapelle\n\nDie Stadt will die alte Kapelle verkaufen.\n\n"
            "Bürgermeisterin Anja Roth betonte am Dienstag, dass noch nichts entschieden sei. "
            "Bis dahin werde die Verwaltung alle Angebote prüfen. Ein Förderverein müsste "
            "allerdings auch die Sanierung bezahlen.")
    analysis = analyze(load_article(text))
    said = [q.content for q in analysis.quotes if q.speaker == "Anja Roth"]
    assert said == ["noch nichts entschieden sei",
                    "Bis dahin werde die Verwaltung alle Angebote prüfen"], said
