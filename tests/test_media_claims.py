"""A 'no evidence' note belongs to the claim just before it, even when that claim's speaker
is unnamed ('One father claimed ...') or a pronoun the quote finder mistook ('Zudem
behauptete sie ...'): the question must not pin it on an earlier named speaker's claim."""

from __future__ import annotations

from quizgen.generate import media
from quizgen.generate.media_text import claims
from tests.test_media import build, by

EN_SCHOOL = """Measles at Eastwick school

Headteacher Colin Harwood told the Eastwick Gazette that the school had followed all official \
guidance. One father claimed that the school had known about the first case a week earlier. \
He gave no evidence for this. The school will stay closed until Monday.
"""

DE_BAECKEREI = """Bäckerei Kornmann insolvent

Gewerkschaftssekretärin Anja Weber sagte, die Geschäftsführung habe die Beschäftigten zu \
spät informiert. Zudem behauptete sie, Kornmann habe noch im Januar Geld aus dem Unternehmen \
abgezogen. Beweise für diesen Vorwurf nannte Weber nicht. Der Betrieb läuft vorerst weiter.
"""


def test_note_after_an_unnamed_speakers_claim_en():
    an = build(EN_SCHOOL, {"Colin Harwood": {"role": "Headteacher"}}, [
        dict(**{"in": "Harwood told"}, speaker="Colin Harwood", entity="Colin Harwood",
             speaker_text="Headteacher Colin Harwood", cue="told",
             content="the school had followed all official guidance", kind="indirect"),
        dict(**{"in": "One father"}, speaker="One father", speaker_text="One father",
             cue="claimed", content="the school had known about the first case a week earlier",
             kind="indirect")],
        [{"kind": "no_evidence", "text": "He gave no evidence for this",
          "claim": "One father"}])
    flagged = [c for c in claims(an) if c.unsupported]
    assert [c.speaker for c in flagged] == ["One father"]
    [tf] = by(media.generate(an), "evidence", "true_false")
    assert "a week earlier" in tf.prompt and "guidance" not in tf.prompt
    assert tf.answer == "False"


def test_pronoun_at_the_say_verb_is_the_speaker_de():
    an = build(DE_BAECKEREI, {"Anja Weber": {"role": "Gewerkschaftssekretärin",
                                             "aliases": ["Weber"],
                                             "pronouns": [("Zudem behauptete sie", "sie")]}}, [
        dict(**{"in": "Weber sagte"}, speaker="Anja Weber", entity="Anja Weber",
             speaker_text="Gewerkschaftssekretärin Anja Weber", cue="sagte",
             content="die Geschäftsführung habe die Beschäftigten zu spät informiert",
             kind="indirect"),
        # the quote finder took the noun of the sentence before for the speaker
        dict(**{"in": "Zudem behauptete"}, speaker="die Geschäftsführung",
             speaker_text="Zudem", cue="behauptete",
             content="Kornmann habe noch im Januar Geld aus dem Unternehmen abgezogen",
             kind="indirect")],
        [{"kind": "no_evidence", "text": "Beweise für diesen Vorwurf nannte Weber nicht",
          "claim": "Zudem behauptete"}])
    [c] = [c for c in claims(an) if c.unsupported]
    assert c.speaker == "Anja Weber" and "Geld" in c.content
    assert not any("Geschäftsführung behauptete" in q.prompt or "Geschäftsführung behauptete"
                   in str(q.answer) for q in media.generate(an))
    [tf] = by(media.generate(an), "evidence", "true_false")
    assert "Geld" in tf.prompt and "Geschäftsführung" not in tf.prompt
    assert "informiert" not in tf.prompt and tf.answer == "Falsch"


def test_a_separable_say_verb_gives_the_claim_its_speaker_de():
    from quizgen.pipeline import analyze, load_article

    text = ("Velter schließt Werk in Kornbach\n\n"
            "Der Autozulieferer Velter will sein Werk in Kornbach schließen. "
            "Bezirksleiterin Sabine Hartwig warf der Konzernführung vor, die Schließung seit "
            "Langem geplant zu haben. Belege dafür legte sie nicht vor. Die Gewerkschaft ruft "
            "für Donnerstag zu einer Kundgebung auf.")
    [c] = [c for c in claims(analyze(load_article(text))) if c.unsupported]
    assert c.sentence_form("de") == ("Sabine Hartwig warf der Konzernführung vor, die "
                                     "Schließung seit Langem geplant zu haben.")


def test_claims_as_options_are_main_clauses_de():
    from quizgen.pipeline import analyze, load_article

    a = analyze(load_article(
        "Urteil gegen Molkerei\n\nDas Landgericht Kesselheim hat der Molkerei Auental eine "
        "Werbung verboten. Richterin Eva Marx stellte klar, dass die Joghurts selbst nicht zu "
        "beanstanden seien und weiter verkauft werden dürften. Hinter der Klage steckten in "
        "Wahrheit Konkurrenten, behauptete Geschäftsführer Bernd Albers, ohne Beweise dafür "
        "vorzulegen."))
    statements = {c.statement for c in claims(a)}
    assert "Hinter der Klage steckten in Wahrheit Konkurrenten." in statements
    assert not any(s and s.startswith("Die Joghurts selbst") for s in statements)


def test_soll_with_a_due_date_clause_is_a_plan_not_hearsay():
    """'Genaue Zahlen sollen vorliegen, sobald Gutachter alle Flächen begutachtet haben.'
    (blind review 19, D): the 'haben' of the sobald-clause made the 'soll' hearsay."""
    from quizgen.generate.media_claims import HEARSAY_SOLL

    assert not HEARSAY_SOLL.search("Genaue Zahlen sollen vorliegen, sobald Gutachter alle "
                                   "Flächen begutachtet haben.")
    assert HEARSAY_SOLL.search("Die Firma soll bereits 2,5 Millionen Euro gefordert haben.")
    assert HEARSAY_SOLL.search("Der Mann soll gegen 2 Uhr weggefahren sein.")
