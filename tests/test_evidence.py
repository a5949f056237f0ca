"""Evidence markers: unproven claims, hedges and one-sided attributions."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from quizgen.model import Analysis, Article, Block, EvidenceMarker
from quizgen.nlp.evidence import find_markers
from quizgen.nlp.quotes import find_quotes

from .helpers import body_article

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("QUIZGEN_SHARED", ROOT / ".." / "shared"))
SEED = SHARED / "articles" / "de_kasachstan_ovks.txt"


def analysis_of(text: str, language: str = "de") -> Analysis:
    """Sentences, tokens, quotes and markers; no entity layer needed."""
    from quizgen.nlp.pipeline import sentences_of

    art = body_article(text, language)
    a = Analysis(article=art, sentences=sentences_of(art))
    a.quotes = find_quotes(a)
    a.markers = find_markers(a)
    return a


def sentence_with(a: Analysis, words: str) -> int:
    return next(s.index for s in a.sentences if words in s.text)


def of_kind(a: Analysis, kind: str, sentence: int) -> list[EvidenceMarker]:
    return [m for m in a.markers if m.kind == kind and m.sentence == sentence]


def check_spans(a: Analysis) -> None:
    for m in a.markers:
        assert a.article.text[m.start:m.end] == m.text


# --------------------------------------------------------------------------- seed article


@pytest.fixture(scope="module")
def seed() -> Analysis:
    if not SEED.exists():
        pytest.skip(f"shared seed article not found at {SEED}")
    from quizgen.pipeline import analyze, load_article

    return analyze(load_article(SEED))


def test_seed_outside_attack_claim_has_no_evidence(seed):
    check_spans(seed)
    flag = sentence_with(seed, "Beweise legte der Kreml-Boss dafür nicht vor")
    claim = sentence_with(seed, "Putin selbst behauptete")
    [m] = of_kind(seed, "no_evidence", flag)
    assert m.claim_sentence == claim
    assert "nicht vor" in m.text


def test_seed_attributions(seed):
    lead = sentence_with(seed, "Nach Angaben der Führung")
    assert [m.text for m in of_kind(seed, "attributed", lead)] == ["Nach Angaben der Führung"]
    tokajew = sentence_with(seed, "terroristischer Banden")
    [m] = of_kind(seed, "attributed", tokajew)
    assert m.text.startswith("sprach von") and m.claim_sentence == tokajew


def test_seed_has_no_markers_in_teaser_or_plain_facts(seed):
    teaser = sentence_with(seed, "Lesen Sie auch")
    facts = sentence_with(seed, "Die Demonstrationen schlugen")
    assert not [m for m in seed.markers if m.sentence in (teaser, facts)]


# --------------------------------------------------------------------------- German


def test_german_no_evidence_flags_and_claim_sentence():
    a = analysis_of("Der Minister behauptete, die Opposition sei vom Ausland bezahlt. "
                    "Belege dafür legte er keine vor. "
                    "Die Partei warf ihm ohne Beweise Lügen vor. "
                    "Die Angaben lassen sich nicht unabhängig überprüfen.")
    check_spans(a)
    assert of_kind(a, "no_evidence", 1)[0].claim_sentence == 0
    same = of_kind(a, "no_evidence", 2)
    assert same and same[0].claim_sentence == 2  # the claim is made in the flagged sentence
    assert of_kind(a, "no_evidence", 3)[0].claim_sentence == 2


@pytest.mark.parametrize("flag", [
    "Belege nannte er dafür nicht.",
    "Belege dafür nannte sie nicht.",
    "Er nannte keine Belege.",
    "Das sagte er, ohne Belege zu nennen.",
    "Das wiederholte er, ohne Beweise vorzulegen.",
])
def test_german_no_evidence_word_orders(flag):
    a = analysis_of("Der Minister behauptete, die Wahl sei gefälscht worden. " + flag)
    check_spans(a)
    [m] = of_kind(a, "no_evidence", 1)
    assert m.claim_sentence in (0, 1)
    assert ("Belege" in m.text or "Beweise" in m.text) and len(m.text) > len("ohne Belege")


def test_evidence_that_is_given_is_no_flag():
    a = analysis_of("Die Anwältin legte Belege vor. Die Belege waren nicht vollständig. "
                    "Die Beweise nannten die Ermittler am Montag.")
    assert not [m for m in a.markers if m.kind == "no_evidence"]


def test_german_hedges():
    a = analysis_of("Der mutmaßliche Täter soll das Auto gestohlen haben. "
                    "Berichten zufolge wurde niemand verletzt. "
                    "So sollen Krisen künftig verhindert werden.")
    texts = [m.text for m in a.markers if m.kind == "hedge"]
    assert "mutmaßliche" in texts and "Berichten zufolge" in texts
    assert any(t.startswith("soll das Auto") for t in texts)
    assert not of_kind(a, "hedge", 2)  # a plan, not a reported claim


def test_german_attributed_to_party():
    a = analysis_of("Laut Regierung ist die Lage unter Kontrolle. "
                    "Nach Angaben des Verteidigungsministeriums wurden zwei Drohnen abgeschossen. "
                    "Nach Angaben von Augenzeugen brannte ein Haus.")
    assert of_kind(a, "attributed", 0) and of_kind(a, "attributed", 1)
    assert not of_kind(a, "attributed", 2)  # witnesses are no party to the conflict


def test_claim_sentence_skips_headings():
    from quizgen.nlp.pipeline import sentences_of

    body1 = "Der Minister behauptete, die Wahl sei gefälscht worden."
    head = "Streit um die Wahl"
    body2 = "Beweise legte er dafür nicht vor."
    text = f"{body1}\n\n{head}\n\n{body2}"
    b2 = text.index(body2)
    art = Article(text=text, language="de", title="", blocks=[
        Block("body", 0, len(body1), body1),
        Block("subheading", len(body1) + 2, len(body1) + 2 + len(head), head),
        Block("body", b2, len(text), body2)])
    a = Analysis(article=art, sentences=sentences_of(art))
    a.quotes = find_quotes(a)
    [m] = [m for m in find_markers(a) if m.kind == "no_evidence"]
    assert a.sentences[m.claim_sentence].text == body1


# --------------------------------------------------------------------------- English


def test_english_markers():
    a = analysis_of("Officials claimed the attack was carried out by rebels, but provided no "
                    "evidence. The video reportedly shows the convoy. "
                    "According to the government, 40 people were killed. "
                    "The figures could not be independently verified.", "en")
    check_spans(a)
    assert of_kind(a, "no_evidence", 0)[0].claim_sentence == 0
    assert [m.text for m in of_kind(a, "hedge", 1)] == ["reportedly"]
    assert of_kind(a, "attributed", 2)
    assert of_kind(a, "no_evidence", 3)[0].claim_sentence == 2


# --------------------------------------------------------------------------- odd input


@pytest.mark.parametrize("flag", [
    "The senator said the vote was rigged but offered no evidence.",
    "The senator said the vote was rigged, without providing any evidence.",
])
def test_english_no_evidence_phrasings(flag):
    a = analysis_of(flag, "en")
    check_spans(a)
    [m] = of_kind(a, "no_evidence", 0)
    assert m.text.endswith("evidence") and m.claim_sentence == 0


def test_empty_and_long_input():
    assert find_markers(analysis_of("")) == []
    words = ("Beweise keine ohne angeblich soll nach Angaben der Regierung laut "
             "according to the officials allegedly without ").split()
    text = " ".join(words[i % len(words)] for i in range(5000))
    art = body_article(text)
    from quizgen.model import Sentence

    a = Analysis(article=art, sentences=[Sentence(0, 0, len(text), text, "body", [])])
    t = time.perf_counter()
    markers = find_markers(a)
    assert time.perf_counter() - t < 1.0
    assert markers


@pytest.mark.parametrize(("text", "lang"), [
    ("Some fans claimed online that the roof had been damaged in an earlier storm. "
     "There is no evidence for this, and the club denies it.", "en"),
    ("Some councillors have claimed that the council ignored a warning last year. "
     "That claim has not been verified, and the report has not been published.", "en"),
    ("Some parents said on Facebook that the council knew about it in the summer. "
     "This has not been proven, the council says.", "en"),
    ("In Foren wird behauptet, die Frau sei den Behörden seit Jahren bekannt. "
     "Beweise dafür gibt es nicht, die Stadt äußerte sich dazu nicht.", "de"),
    ("Die Opposition wirft der Verwaltung vor, ein Gutachten zurückgehalten zu haben. "
     "Bewiesen ist das nicht; die Stadt bestreitet, dass es ein solches Gutachten gibt.", "de"),
])
def test_a_flag_that_points_back_is_about_the_claim_before(text, lang):
    """The rest of the flag's sentence ('and the club denies it', 'die Stadt bestreitet')
    is no claim of its own: the flag belongs to the sentence before (blind review 8: 'That
    claim has not been verified' was bound to an unrelated quotation)."""
    a = analysis_of(text, lang)
    check_spans(a)
    [m] = of_kind(a, "no_evidence", 1)
    assert m.claim_sentence == 0


@pytest.mark.parametrize(("text", "lang"), [
    ("The mayor spoke on Monday. Without offering any evidence, he claimed the vote was "
     "rigged.", "en"),
    ("The mayor spoke on Monday. He repeated unverified claims that the vote was rigged.",
     "en"),
    ("Der Bürgermeister sprach am Montag. Er behauptete ohne Belege, die Wahl sei "
     "manipuliert worden.", "de"),
])
def test_a_flag_inside_its_own_claim_stays_there(text, lang):
    a = analysis_of(text, lang)
    [m] = of_kind(a, "no_evidence", 1)
    assert m.claim_sentence == 1
