"""Quotations and reported speech: the seed article, German and English cases, odd input."""

from __future__ import annotations

import gc
import os
import time
from pathlib import Path

import pytest

from quizgen.model import Analysis, Article, Quote, Sentence, Token
from quizgen.nlp.quotes import find_quotes, quote_spans

from .helpers import body_article

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("QUIZGEN_SHARED", ROOT / ".." / "shared"))
SEED = SHARED / "articles" / "de_kasachstan_ovks.txt"


def article(text: str, language: str = "de") -> Article:
    return body_article(text, language)


def analyse(text: str, language: str = "de") -> Analysis:
    """The whole pipeline (entities and coreference included)."""
    from quizgen.pipeline import analyze

    return analyze(article(text, language))


def tokens_only(text: str, language: str = "de") -> Analysis:
    """Sentences and tokens, no entity layer: quotes must work on tokens alone."""
    from quizgen.nlp.pipeline import sentences_of

    art = article(text, language)
    a = Analysis(article=art, sentences=sentences_of(art))
    a.quotes = find_quotes(a)
    return a


def spoken(a: Analysis, q: Quote) -> str:
    return a.article.text[q.speaker_span[0]:q.speaker_span[1]] if q.speaker_span else ""


def check_spans(a: Analysis, quotes: list[Quote]) -> None:
    text = a.article.text
    for q in quotes:
        assert text[q.content_span[0]:q.content_span[1]] == q.content
        assert 0 <= q.sentence < len(a.sentences)
        if q.cue_span:
            assert q.cue.split()[0] in text[q.cue_span[0]:q.cue_span[1]]


# --------------------------------------------------------------------------- seed article


@pytest.fixture(scope="module")
def seed() -> Analysis:
    if not SEED.exists():
        pytest.skip(f"shared seed article not found at {SEED}")
    from quizgen.pipeline import analyze, load_article

    return analyze(load_article(SEED))


def one(quotes: list[Quote], **want) -> Quote:
    """The single quote whose fields contain the wanted substrings."""
    hits = [q for q in quotes if all(v in (getattr(q, k) or "") for k, v in want.items())]
    assert len(hits) == 1, (want, [(q.speaker, q.cue, q.content[:40]) for q in quotes])
    return hits[0]


def test_seed_spans_are_consistent(seed):
    check_spans(seed, seed.quotes)


def test_seed_tokajew_speaks_of_terrorist_gangs(seed):
    q = one(seed.quotes, content="terroristischer Banden")
    assert "Tokajew" in q.speaker and q.cue == "sprach von"
    assert spoken(seed, q) == "Staatschef Tokajew"


def test_seed_schoigu_calls_the_deployment_a_success(seed):
    q = one(seed.quotes, content="als Erfolg")
    assert "Schoigu" in q.speaker and q.cue.startswith("bezeichnet")


def test_seed_nilsson_direct_quote_through_express(seed):
    q = one(seed.quotes, content="Wladimir Putin ist zweifelsohne besorgt")
    assert q.kind == "direct" and "Nilsson" in q.speaker
    assert q.outlet == "Express.co.uk" and q.cue == "äußert sich"


def test_seed_nilsson_indirect_and_pronoun(seed):
    added = one(seed.quotes, content="Dominoeffekt")
    assert added.kind == "indirect" and added.cue == "fügte hinzu"
    assert "Nilsson" in added.speaker
    said = one(seed.quotes, content="ähnlichen Ausbruch von Protesten")
    assert spoken(seed, said) == "Er" and "Nilsson" in said.speaker
    expert = one(seed.quotes, content="Putins Sorgen")
    assert spoken(seed, expert) == "der Experte" and "Nilsson" in expert.speaker


def test_seed_putin_claims_outside_attack_via_express(seed):
    indirect = one(seed.quotes, content="die Unruhen seien das Ergebnis")
    direct = one(seed.quotes, content="Die Ereignisse in Kasachstan sind nicht der erste")
    for q in (indirect, direct):
        assert "Putin" in q.speaker and q.outlet == "Express.co.uk"
        assert q.cue == "behauptete"
    assert indirect.kind == "indirect" and direct.kind == "direct"
    said = one(seed.quotes, content="Militärbündnis habe")
    assert "Putin" in said.speaker and said.cue == "sagte"
    worried = one(seed.quotes, content="Es sei ein versuchter Angriff")
    assert "Putin" in worried.speaker and worried.cue == "zeigt sich besorgt"


def test_seed_leadership_source_and_no_speech_in_calls_for_help(seed):
    q = one(seed.quotes, content="stabilisiert sich die Lage")
    assert q.speaker.startswith("der Führung") and q.cue == "Nach Angaben"
    assert not [q for q in seed.quotes if "Hilfe gerufen" in seed.sentences[q.sentence].text]


def test_seed_scare_quotes_are_not_speech(seed):
    for q in seed.quotes:
        assert q.content.strip("\"„“") not in ("Friedenssoldaten", "hoch", "von außen")
    teaser = next(s.index for s in seed.sentences if "Lesen Sie auch" in s.text)
    assert all(q.sentence != teaser for q in seed.quotes)
    planes = next(s.index for s in seed.sentences if "Friedenssoldaten" in s.text)
    assert all(q.sentence != planes for q in seed.quotes)


# --------------------------------------------------------------------------- German


def test_german_direct_quote_before_cue():
    a = analyse("„Wir werden nicht aufgeben“, sagte Bürgermeisterin Anna Weber am Montag.")
    q = one(a.quotes, content="Wir werden nicht aufgeben")
    assert q.kind == "direct" and q.cue == "sagte"
    assert "Anna Weber" in spoken(a, q)
    check_spans(a, a.quotes)


def test_german_dass_clause_with_separable_verb():
    a = tokens_only("Die Polizei teilte am Abend mit, dass drei Menschen verletzt worden seien.")
    q = one(a.quotes, content="drei Menschen verletzt")
    assert q.kind == "indirect" and q.cue == "teilte mit"
    assert spoken(a, q) == "Die Polizei" and q.speaker == "Die Polizei"


def test_german_frames_laut_so_and_nach_angaben():
    a = tokens_only("Laut dem Innenministerium wurden 20 Personen festgenommen. "
                    "Die Lage sei ruhig, so ein Sprecher der Feuerwehr. "
                    "Nach Angaben der Stadtverwaltung blieb die Schule geschlossen.")
    assert "Innenministerium" in spoken(a, one(a.quotes, content="20 Personen"))
    assert spoken(a, one(a.quotes, content="Die Lage sei ruhig")) == "ein Sprecher der Feuerwehr"
    assert "Stadtverwaltung" in spoken(a, one(a.quotes, content="Schule geschlossen"))


def test_german_outlet_as_dative_and_continuation():
    a = tokens_only('Der Minister sagte der "Süddeutschen Zeitung", die Reform komme im '
                    "Herbst. Die Kosten seien noch offen.")
    first = one(a.quotes, content="die Reform komme")
    assert first.outlet == "Süddeutschen Zeitung" and spoken(a, first) == "Der Minister"
    cont = one(a.quotes, content="Die Kosten seien")
    assert cont.cue is None and cont.speaker_span == first.speaker_span


def test_german_outlet_name_ending_in_a_number():
    # quick reading 23: "dem Radiosender Bremen Eins" was the outlet "Radiosender Bremen"
    a = tokens_only("Schulleiterin Petra Hinrichsen sagte dem Radiosender Bremen Eins, der "
                    "Unterricht finde im Park statt. Der Trainer sagte dem Sender Bayern 3, die "
                    "Mannschaft sei bereit. Ein Sprecher sagte Radio Bremen 350 Proben seien "
                    "positiv gewesen.")
    assert one(a.quotes, content="der Unterricht").outlet == "Radiosender Bremen Eins"
    assert one(a.quotes, content="die Mannschaft").outlet == "Sender Bayern 3"
    # a number that goes on into a noun phrase is not part of the name before it
    assert all("350" not in (q.outlet or "") for q in a.quotes)


def test_english_outlet_with_a_verb_like_word_and_a_clause_opening_with_an_adjective():
    # quick reading 23 (en_sports_day_heat): no quotation was found in either sentence
    a = tokens_only("Dr Farah Iqbal, a GP in Castleford, told BBC Look North that schools "
                    "should plan outdoor events. A council spokesperson said new guidance "
                    "would be sent to all 150 schools. She said good things about the plan. "
                    "Islanders have been promised reliable ferries for a decade, and it is hard "
                    "to believe the next promise.", "en")
    told = one(a.quotes, content="schools should plan")
    assert told.outlet == "BBC Look North" and "Iqbal" in spoken(a, told)
    assert spoken(a, one(a.quotes, content="new guidance would be sent")) == \
        "A council spokesperson"
    assert not [q for q in a.quotes if "good things" in q.content]  # no clause, no quotation
    assert not [q for q in a.quotes if "reliable ferries" in q.content]  # an object, not a clause


def test_german_colon_quote_across_sentences():
    text = ("Der Trainer erklärte nach dem Spiel: „Wir waren heute zu langsam. "
            "Das müssen wir ändern.“ Danach fuhr die Mannschaft nach Hause.")
    a = tokens_only(text)
    q = one(a.quotes, content="zu langsam")
    assert q.kind == "direct" and "Das müssen wir ändern." in q.content
    assert spoken(a, q) == "Der Trainer"


def test_german_partitive_subject_and_bare_title_before_colon():
    a = tokens_only("Einer der beteiligten Feuerwehrmänner sagte: „Ich habe schon viele "
                    "Brände gesehen.“ BKA-Präsident Ziercke: „Wir setzen ein deutliches "
                    "Signal gegen die Täter.“")
    check_spans(a, a.quotes)
    assert [spoken(a, q) for q in a.quotes] == ["Einer der beteiligten Feuerwehrmänner",
                                                 "BKA-Präsident Ziercke"]


def test_german_outlet_as_subject_and_its_continuation():
    a = tokens_only("Die Leichen seien vier Tage lang ausgestellt worden, berichtet der "
                    "englische Independent. Erst am Montag sei die Vorführung beendet worden.")
    check_spans(a, a.quotes)
    assert [(spoken(a, q), q.sentence) for q in a.quotes] == [
        ("der englische Independent", 0), ("der englische Independent", 1)]


def test_german_any_verb_with_dass_clause_and_a_speaking_subject():
    a = tokens_only("Die Regierungen von Deutschland und Frankreich haben signalisiert, "
                    "dass ihre Länder einen Beitrag leisten können. "
                    "Die Polizei hatte die Blockade soweit geräumt, dass die Straße frei war. "
                    "Das führte dazu, dass die Kreuzung wieder befahrbar wurde. "
                    "Die Möglichkeit bestand, dass der Sturm die Küste erreicht.")
    check_spans(a, a.quotes)
    [q] = a.quotes
    assert spoken(a, q) == "Die Regierungen von Deutschland und Frankreich"
    assert q.content.startswith("ihre Länder") and q.kind == "indirect"


def test_german_als_first_and_the_cited_one_speaks():
    a = tokens_only("Als „unerwartetes Geschenk“ bezeichnet die Archäologin Maria Sanz den "
                    "Fund. „Das wird das größte Update aller Zeiten“, zitiert die "
                    "„Computerwoche“ Kevin Lynch in einem Bericht.")
    check_spans(a, a.quotes)
    first, second = a.quotes
    assert spoken(a, first) == "die Archäologin Maria Sanz"
    assert "unerwartetes Geschenk" in first.content
    assert spoken(a, second) == "Kevin Lynch" and second.outlet == "Computerwoche"


def test_german_coordinated_cue_shares_the_speaker():
    a = tokens_only("Die Ministerin räumte zwar ein, es könnten Arbeitsplätze verloren gehen, "
                    "sprach aber bei der Entscheidung von einem ergebnisoffenen Prozess.")
    check_spans(a, a.quotes)
    assert [spoken(a, q) for q in a.quotes] == ["Die Ministerin", "Die Ministerin"]
    assert a.quotes[1].cue.startswith("sprach")


def test_german_wie_clause_with_apposition_and_leading_conjunction():
    a = tokens_only("Wie die Premierministerin von Queensland, Anna Bligh, erklärte, habe sie "
                    "den Zivilschutz in Bereitschaft versetzt. Denn wie die Zeitung in ihrer "
                    "Ausgabe berichtete, leidet der Schauspieler an Alzheimer.")
    check_spans(a, a.quotes)
    by_sentence = {q.sentence: q for q in a.quotes}
    assert spoken(a, by_sentence[0]).startswith("die Premierministerin")
    assert by_sentence[0].content.startswith("habe sie")
    assert spoken(a, by_sentence[1]) == "die Zeitung"
    assert by_sentence[1].content.startswith("leidet der Schauspieler")


# Patterns added after an error analysis on quotes-de/train (docs/quotes.md, "26 November,
# evening"); every sentence below is invented.


def _speakers(text: str) -> list[tuple[str, str]]:
    """(speaker span text, content) of each quote, tokens only."""
    a = tokens_only(text)
    check_spans(a, a.quotes)
    return [(spoken(a, q), q.content) for q in a.quotes]


def test_german_noun_phrase_with_a_phrase_inside():
    [(who, what)] = _speakers("„Wir freuen uns sehr auf das Turnier“, schrieb die in Hamburg "
                              "geborene Sängerin Lena Berg auf ihrer Webseite.")
    assert who == "die in Hamburg geborene Sängerin Lena Berg"
    assert what == "Wir freuen uns sehr auf das Turnier"


def test_german_wie_clause_broken_by_apposition_or_adverb():
    [(who, what)] = _speakers("Wie der Sprecher des Ministeriums, Jan Kowalski, in Warschau "
                              "mitteilte, sind drei Menschen verletzt worden.")
    assert who == "der Sprecher des Ministeriums" and what.startswith("sind drei Menschen")
    [(who, what)] = _speakers("Wie schon die Feuerwehr sagte, ist die Lage unter Kontrolle.")
    assert who == "die Feuerwehr" and what == "ist die Lage unter Kontrolle"


def test_german_coordinated_cue_takes_the_main_clause_subject():
    [(who, what)] = _speakers("Die Polizei bestätigte den Unfall, teilte aber mit, es sei "
                              "niemand verletzt worden.")
    assert who == "Die Polizei" and what == "es sei niemand verletzt worden"


def test_german_waehrend_tagged_as_preposition_opens_a_clause():
    found = _speakers("Während Lisa Brandt erklärte, sie sei mit dem Ergebnis zufrieden, "
                      "schwieg ihr Trainer.")
    assert found[0][0] == "Lisa Brandt" and found[0][1].startswith("sie sei")


def test_german_relative_pronoun_a_word_after_the_name():
    a = tokens_only("Beim Prozess war auch der frühere Minister Karl Huber anwesend, der den "
                    "Richtern vorwarf, die Akten nicht gelesen zu haben.")
    [q] = a.quotes
    assert spoken(a, q) == "der" and q.speaker == "der frühere Minister Karl Huber"
    assert q.content == "die Akten nicht gelesen zu haben"


def test_german_object_sie_and_object_first():
    [(who, what)] = _speakers("Der Trainer nannte sie „die beste Mannschaft der Liga“.")
    assert who == "Der Trainer" and "die beste Mannschaft der Liga" in what
    [(who, _)] = _speakers("Eine Verschiebung der Wahl bezeichnete Ministerin Sabine Roth als "
                           "gefährlich.")
    assert who == "Ministerin Sabine Roth"
    [(who, _)] = _speakers("Die Arbeit lobte sie ausdrücklich, sagte sie.")  # "sie" speaks
    assert who == "sie"


def test_german_demnach_after_a_sentence_that_names_its_source():
    a = tokens_only("Die Wahlkommission legte am Abend das vorläufige Ergebnis vor. "
                    "Demnach liegt die Regierungspartei mit 41 Prozent vorn.")
    [q] = a.quotes  # "vorlegen" is no verb of saying: the subject is found for "Demnach"
    assert spoken(a, q) == "Demnach"  # the mention in this sentence, as with a pronoun
    assert q.speaker == "Wahlkommission" and q.sentence == 1
    assert q.content == "liegt die Regierungspartei mit 41 Prozent vorn"
    a = tokens_only("Das Wetter war am Abend schön. Demnach liegt die Partei vorn.")
    assert a.quotes == []  # nothing before it could be a source


def test_german_sprach_davon_dass_and_relative_clause_in_reported_speech():
    [(who, what)] = _speakers("Die Sprecherin sprach davon, dass die Verhandlungen gut "
                              "vorankämen.")
    assert who == "Die Sprecherin" and what == "die Verhandlungen gut vorankämen"
    [(who, what)] = _speakers("Die Zeitung meldet, der Bürgermeister, der seit Jahren im Amt "
                              "ist, habe seinen Rücktritt angeboten.")
    assert who == "Die Zeitung" and what.startswith("der Bürgermeister")


def test_german_passive_with_a_document_or_von_seiten():
    [(who, what)] = _speakers("In einer Pressemitteilung des Verbandes wurde gefordert, dass "
                              "die Gebühren sinken.")
    assert who == "einer Pressemitteilung des Verbandes" and what == "die Gebühren sinken"
    [(who, _)] = _speakers("Von Seiten der Gewerkschaft wurde kritisiert, dass die Löhne zu "
                           "niedrig seien.")
    assert who == "Seiten der Gewerkschaft"
    assert _speakers("In einem Stadion wurde gefeiert, dass die Mannschaft gewann.") == []


def test_german_participle_cut_off_by_an_apposition():
    text = ("Vor einer Woche hatte ein Sprecher der Bahn, Peter Lang, erklärt, die Strecke "
            "werde bis Montag gesperrt.")
    [(who, what)] = _speakers(text)
    assert who in "ein Sprecher der Bahn, Peter Lang" and who
    assert what == "die Strecke werde bis Montag gesperrt"


def test_german_age_noun_and_appositions_before_the_verb():
    [(who, _)] = _speakers("Am Montag sagte der 81-jährige in einem Interview, dass er sich "
                           "gut erholt habe.")
    assert who == "der 81-jährige"
    [(who, _)] = _speakers("Markus Stein, zuständig für den Verkehr, hatte angekündigt, die "
                           "Preise zu senken.")
    assert who == "Markus Stein"
    [(who, _)] = _speakers("Anna Kurz, deren Firma die Studie bezahlt hat, sagte, die "
                           "Ergebnisse seien eindeutig.")
    assert who == "Anna Kurz"
    found = _speakers("Die Opposition lehnte den Plan ab, der Sprecher der Grünen, Tom Weiß, "
                      "sagte: „Das ist ein Fehler.“")
    assert ("der Sprecher der Grünen", "Das ist ein Fehler.") in found


def test_german_verb_of_thinking_inside_reported_speech_is_no_second_quote():
    found = _speakers("Ein Sprecher der Feuerwehr erklärte, er gehe nicht davon aus, dass "
                      "jemand verletzt wurde.")
    assert found == [("Ein Sprecher der Feuerwehr",
                      "er gehe nicht davon aus, dass jemand verletzt wurde")]


def test_german_cue_after_a_reported_clause_keeps_the_first_speaker():
    a = tokens_only("Er sagte, die Stadt brauche mehr Geld, und fügte hinzu: „Wir werden "
                    "sparen müssen.“")
    added = one(a.quotes, cue="fügte")
    assert spoken(a, added) == "Er" and added.content == "Wir werden sparen müssen."
    assert all(spoken(a, q) == "Er" for q in a.quotes)


def test_german_name_with_a_phrase_before_the_colon_and_a_quoted_dass_clause():
    [(who, what)] = _speakers("Sängerin Nina Berger zur neuen Heimat: „Die meisten Kisten "
                              "sind schon gepackt.“")
    assert who == "Sängerin Nina Berger" and what == "Die meisten Kisten sind schon gepackt."
    [(who, _)] = _speakers("Koppelin wörtlich: „Sie ziehen den Bürgern das Geld aus der "
                           "Tasche.“")
    assert who == "Koppelin"
    assert _speakers("Das Wetter zur Mittagszeit: „Sonnig und warm.“") == []  # no name
    a = tokens_only("Der Bischof hofft aber, „dass die Kirche ihren Weg findet.“")
    [q] = a.quotes  # one quote, not an unattributed second one for the quotation
    assert spoken(a, q) == "Der Bischof" and q.kind == "direct"
    assert q.content == "die Kirche ihren Weg findet."


def test_pronoun_speaker_falls_back_to_last_speaker_without_entities():
    a = tokens_only("Anna Weber kritisierte, dass die Brücke zu spät gebaut werde. "
                    "Sie sagte, die Stadt habe zu lange gewartet.")
    q = one(a.quotes, content="die Stadt habe")
    assert spoken(a, q) == "Sie" and q.speaker == "Anna Weber"


def test_scare_quotes_and_titles_are_no_quotes():
    a = tokens_only('Die sogenannten "Querdenker" trafen sich vor dem Kino, wo der Film '
                    '„Das Boot“ lief.')
    assert a.quotes == []


# --------------------------------------------------------------------------- English

EN_1 = ('"We will not back down," Prime Minister Jane Doe told the BBC on Sunday. '
        "According to the ministry, more than 40 people were killed. "
        "Officials claimed the attack was carried out by rebels, but provided no evidence.")
EN_2 = ("The mayor said that the bridge would reopen in May. "
        '"It is safe," she added. '
        "John Smith, who runs the ferry, told Reuters he had lost half his customers.")


def test_english_direct_with_outlet_and_according_to():
    a = analyse(EN_1, "en")
    check_spans(a, a.quotes)
    q = one(a.quotes, content="We will not back down")
    assert q.kind == "direct" and q.outlet == "BBC" and "Jane Doe" in spoken(a, q)
    frame = one(a.quotes, content="more than 40 people")
    assert "ministry" in spoken(a, frame) and frame.cue == "According to"
    claim = one(a.quotes, content="the attack was carried out")
    assert spoken(a, claim) == "Officials" and claim.cue == "claimed"


def test_english_that_clause_pronoun_and_told():
    a = tokens_only(EN_2, "en")
    mayor = one(a.quotes, content="the bridge would reopen")
    assert spoken(a, mayor) == "The mayor" and mayor.kind == "indirect"
    added = one(a.quotes, content="It is safe")
    assert added.kind == "direct" and spoken(a, added) == "she"
    assert added.speaker == "The mayor"
    told = one(a.quotes, content="he had lost half")
    assert told.outlet == "Reuters" and "John Smith" in spoken(a, told)


EN_3 = ("Critics, including opposition leader Maria Lopez, argued the decision was unlawful. "
        "The ministry claimed, without evidence, that smugglers were behind the protests. "
        '"This is a disgrace," said Lopez. The weather was cold.')


def test_english_apposition_parenthesis_and_inversion():
    a = tokens_only(EN_3, "en")
    critics = one(a.quotes, content="the decision was unlawful")
    assert spoken(a, critics) == "Critics"
    ministry = one(a.quotes, content="smugglers were behind")
    assert spoken(a, ministry) == "The ministry" and ministry.cue == "claimed"
    lopez = one(a.quotes, content="This is a disgrace")
    assert lopez.kind == "direct" and spoken(a, lopez) == "Lopez"
    weather = next(s.index for s in a.sentences if "weather" in s.text)
    assert all(q.sentence != weather for q in a.quotes)


def test_english_outlets_and_source_phrases():
    a = tokens_only('He told CNN: "We are ready to talk." In an interview with CNN, the senator '
                    "said the bill would fail. According to a statement from the ministry, the "
                    "talks will resume on Friday. The company declined to comment.", "en")
    ready = one(a.quotes, content="We are ready to talk")
    assert ready.kind == "direct" and ready.outlet == "CNN" and spoken(a, ready) == "He"
    senator = one(a.quotes, content="the bill would fail")
    assert senator.outlet == "CNN" and spoken(a, senator) == "the senator"
    statement = one(a.quotes, content="the talks will resume")
    assert spoken(a, statement) == "a statement from the ministry"
    assert len(a.quotes) == 3


# --------------------------------------------------------------------------- odd input


def test_empty_and_quote_free_input():
    assert find_quotes(Analysis(article=article(""), sentences=[])) == []
    a = tokens_only("Der Zug kam pünktlich an. Es regnete den ganzen Tag.")
    assert find_quotes(a) == []


def test_unbalanced_quotation_marks():
    text = '„Das ist ein Test, sagte er. Und "noch einer. Dann » ohne Ende.'
    a = tokens_only(text)
    check_spans(a, find_quotes(a))
    assert quote_spans('a "b c" d "e') == [(2, 7)]
    assert quote_spans("„x y“ und „z") == [(0, 5)]


def _long_sentence(words: int) -> Analysis:
    """A 5,000-word sentence without punctuation, built from tokens directly (no tagger)."""
    # cue verbs, frames, quotation marks and commas: the worst case for the rules
    vocab = [("Der", "ART", "der", "DET"), ("Minister", "NN", "Minister", "NOUN"),
             ("sagte", "VVFIN", "sagen", "VERB"), ("laut", "APPR", "laut", "ADP"),
             ('"', "$(", '"', "PUNCT"), ("Beweise", "NN", "Beweis", "NOUN"),
             ("soll", "VMFIN", "sollen", "AUX"), ("nach", "APPR", "nach", "ADP"),
             ("Angaben", "NN", "Angabe", "NOUN"), ("sei", "VAFIN", "sein", "AUX"),
             ("angeblich", "ADV", "angeblich", "ADV"), ("er", "PPER", "er", "PRON"),
             (",", "$,", ",", "PUNCT"), ("dass", "KOUS", "dass", "SCONJ"),
             ("„", "$(", "„", "PUNCT"), ("wie", "PWAV", "wie", "ADV"),
             ("“", "$(", "“", "PUNCT"), (":", "$.", ":", "PUNCT")]
    parts, toks, pos = [], [], 0
    for i in range(words):
        w, tag, lemma, coarse = vocab[(i * 7) % len(vocab)]
        toks.append(Token(w, pos, pos + len(w), tag, lemma, coarse))
        parts.append(w)
        pos += len(w) + 1
    text = " ".join(parts)
    art = article(text)
    return Analysis(article=art, sentences=[Sentence(0, 0, len(text), text, "body", toks)])


def test_long_sentence_without_punctuation_is_fast():
    from quizgen.nlp.evidence import find_markers

    for words in (5000, 20000):  # CPU time, so a busy machine does not fail the test
        a = _long_sentence(words)
        # without the collector: late in the full suite a full collection of its heap landed
        # in this window (0.6 s at the CI dry run of 45f2eb1, 0.1 s alone); the bound is
        # for the rules, a backtracking pattern takes minutes
        gc.collect()
        gc.disable()
        try:
            t = time.process_time()
            a.quotes = find_quotes(a)
            a.markers = find_markers(a)
            spent = time.process_time() - t
        finally:
            gc.enable()
        assert spent < 0.5 * words / 5000
        check_spans(a, a.quotes)


# ------------------------------------------------------------ whose words (review 5 findings)

def _speaker_of(a: Analysis, words: str) -> str | None:
    return next(q.speaker for q in a.quotes if words in q.content)


def test_the_name_after_a_speaker_phrase_is_the_speaker():
    a = analyse("Gemeinderätin Anna Vogt lehnte den Plan ab. Die Sprecherin der Initiative "
                "„Rettet den Auwald“, Petra Sommer, sagte, der Plan gefährde seltene Vögel.")
    assert _speaker_of(a, "seltene Vögel") == "Petra Sommer"


def test_a_possessive_names_someone_else_than_the_speaker():
    a = analyse("Landlord Tom Kerr was fined £20,000 on Monday. Kerr's lawyer, Ruth Allen, "
                "said her client had repaired every flat. She claimed that the tenants had "
                "caused the mould themselves.", "en")
    assert _speaker_of(a, "repaired every flat") == "Ruth Allen"
    assert _speaker_of(a, "caused the mould") == "Ruth Allen"
    allen = next(e for e in a.entities if e.name == "Ruth Allen")
    assert any(m.kind == "pronoun" for m in allen.mentions)  # "She" is Allen, not Kerr


def test_a_pronoun_after_a_newly_named_person_is_not_the_last_speaker():
    a = analyse("Geschäftsführerin Eva Brandl verteidigte den Schritt. Man habe keine Wahl "
                "gehabt, sagte sie. Betriebsrat Jan Dengler widersprach scharf. Die Firma habe "
                "den Onlinehandel verschlafen, sagte er.")
    assert _speaker_of(a, "Onlinehandel") == "Jan Dengler"
    assert _speaker_of(a, "keine Wahl") == "Eva Brandl"


def test_an_adverbial_infinitive_after_the_cue_is_not_what_was_said():
    a = analyse("Das Gericht verbot die Werbung. Hinter der Klage steckten in Wahrheit "
                "Konkurrenten, behauptete Geschäftsführer Bernd Albers, ohne Beweise dafür "
                "vorzulegen.")
    [q] = [q for q in a.quotes if q.cue == "behauptete"]
    assert q.content.startswith("Hinter der Klage") and "Beweise" not in q.content


@pytest.mark.parametrize("text", [
    "Beweise dafür gibt es nicht, die Stadt äußerte sich dazu nicht.",
    "Die Lage sei ernst, die Stadt äußerte sich dazu nicht.",
    "Er äußerte sich nicht zu den Vorwürfen.",
    "Er sagte nicht, wann die Brücke wieder öffnet.",
])
def test_a_negated_say_verb_is_no_quotation(text):
    """'..., die Stadt äußerte sich dazu nicht': the city said nothing, so the words beside
    the verb are nobody's (they were the city's, and a no-evidence note became its claim)."""
    assert find_quotes(tokens_only(text)) == []


@pytest.mark.parametrize("text", [
    "There is no evidence for this; the engineers have not yet said how long repairs take.",
    "The bridge may reopen in May, but the council did not say when.",
    "Repairs will be costly, the owners have never said otherwise.",
])
def test_a_negated_english_say_verb_is_no_quotation(text):
    """'There is no evidence for this; the engineers have not yet said ...': the engineers
    said nothing, so the no-evidence note must not become their claim."""
    assert find_quotes(tokens_only(text, "en")) == []


def test_a_negation_after_the_english_say_verb_keeps_the_quotation():
    [q] = find_quotes(tokens_only("The mayor said the bridge would not reopen before May.",
                                  "en"))
    assert q.cue == "said" and q.content.startswith("the bridge would not")


def test_a_negated_word_in_the_content_keeps_the_quotation():
    a = tokens_only("Freiberg begründete dies mit den nicht ausreichenden Kapazitäten. "
                    "Die Lage sei nicht ernst, sagte er am Montag.")
    assert [q.cue for q in find_quotes(a)][-1:] == ["sagte"]
    assert find_quotes(a)[0].cue == "begründete"


@pytest.mark.parametrize(("text", "speaker", "outlet"), [
    ("Schulen könnten Fehlen im Zeugnis vermerken, sagte ein Sprecher der Hannoverschen "
     "Allgemeinen Zeitung.", "ein Sprecher", "Hannoverschen Allgemeinen Zeitung"),
    ("Die Lage sei ernst, sagte ein Sprecher des Ministeriums der Süddeutschen Zeitung.",
     "ein Sprecher des Ministeriums", "Süddeutschen Zeitung"),
    ("Die Lage sei ernst, sagte ein Sprecher der Stadt.", "ein Sprecher der Stadt", None),
])
def test_a_spokesperson_tells_a_newspaper(text, speaker, outlet):
    """'sagte ein Sprecher der Hannoverschen Allgemeinen Zeitung': the newspaper is told
    (dative), it has no say of its own (a set asked whose view a newspaper's spokesman gave)."""
    [q] = analyse(text).quotes
    assert (q.speaker, q.outlet) == (speaker, outlet)


@pytest.mark.parametrize(("text", "outlet", "content"), [
    ("Pupils may reach for their phones more often, Dr Okoro told BBC Radio 4's Today "
     "programme.", "BBC Radio 4's Today programme", "Pupils may reach for their phones more "
     "often"),
    ("He told Channel 4 News that the plan had failed.", "Channel 4 News",
     "the plan had failed"),
    ("He told Parliament 300 jobs would go.", None, "300 jobs would go"),
])
def test_a_number_in_an_outlets_name(text, outlet, content):
    """'BBC Radio 4's Today programme' is one outlet: cut at the 4, the rest ("4's Today
    programme") became the quotation and the outlet 'BBC Radio' an option of a question."""
    [q] = analyse(text, "en").quotes
    assert (q.outlet, q.content) == (outlet, content)


@pytest.mark.parametrize(("text", "speaker"), [
    ("Angehörige von Patienten werfen der Aufsichtsbehörde vor, Hinweise jahrelang ignoriert "
     "zu haben.", "Angehörige von Patienten"),
    ("Anwohner werfen der Stadt vor, die Brücke vernachlässigt zu haben.", "Anwohner"),
])
def test_people_without_an_article_are_the_speaker(text, speaker):
    """A bare plural of people in front ('Angehörige von Patienten werfen der Behörde vor')
    speaks; the dative after the verb is the accused, not the speaker."""
    [q] = analyse(text).quotes
    assert q.speaker == speaker


def test_a_body_in_front_speaks_to_the_people_after_the_verb():
    a = analyse("Die Stadt forderte die Anwohner auf, Fenster und Türen geschlossen zu halten.")
    assert [q.speaker for q in a.quotes] in ([], ["Die Stadt"])


def test_the_outlet_after_the_speaker_and_an_apposition():
    """'sagte Sandra Kühl, Vorsitzende des Stadtelternrats, dem „Kreisblatt“' (blind review
    10): the newspaper after the speaker's apposition is the outlet, and 'Kühl' (tagged as
    an adjective) is part of her name."""
    a = tokens_only("Eltern sind wütend. „Mein Sohn stand mittags vor der Mensa“, sagte "
                    "Sandra Kühl, Vorsitzende des Stadtelternrats, dem „Oldenstedter "
                    "Kreisblatt“.")
    [q] = find_quotes(a)
    assert (q.speaker, q.outlet) == ("Sandra Kühl", "Oldenstedter Kreisblatt")
    [q] = find_quotes(tokens_only("Eltern sind wütend. „Mein Sohn stand mittags vor der "
                                  "Mensa“, sagte Sandra Weber dem „Kreisblatt“."))
    assert q.outlet == "Kreisblatt"


def test_a_party_in_brackets_does_not_speak():
    """'Verkehrsdezernent Peter Hollmann (SPD) kündigte an, ...': the person speaks, not
    the party that labels him (blind review 10 listed 'die SPD' as a voice)."""
    a = analyse("Die Busse fahren nicht. Verkehrsdezernent Peter Hollmann (SPD) kündigte "
                "an, bis dahin zusätzliche Busse einzusetzen.")
    assert [q.speaker for q in a.quotes] == ["Peter Hollmann"]


def test_reported_speech_after_a_new_person_is_hers():
    """'Studentin Lea Marquardt, 22, fährt täglich mit der Linie 3. Morgens sei die Bahn oft
    so voll ...' (blind review 10): the Konjunktiv after a sentence that opens with a new
    person is hers, not the last speaker's; a Konjunktiv right after a quote still is his."""
    a = analyse("Werkstattleiter Ralf Gebauer sagte, manche Teile fehlten. Die Lage sei "
                "ernst. Studentin Lea Marquardt, 22, fährt täglich mit der Linie 3. Morgens "
                "sei die Bahn oft so voll, dass sie stehen bleiben müsse.")
    assert [q.speaker for q in a.quotes] == ["Ralf Gebauer", "Ralf Gebauer", "Lea Marquardt"]


def test_a_broadcaster_is_an_outlet():
    """'sagte er dem Hessischen Rundfunk', '... der Abendpost': broadcasters and German
    compound paper names are outlets, not what was said to someone."""
    a = tokens_only("Der Jäger hält den Einsatz für richtig. Wildschweine seien „die klügsten "
                    "Tiere im Wald“, sagte er dem Hessischen Rundfunk.")
    assert [q.outlet for q in find_quotes(a)] == ["Hessischen Rundfunk"]
    a = tokens_only("Die Lage sei ernst, sagte der Bürgermeister der Dorfener Abendpost.")
    assert [q.outlet for q in find_quotes(a)] == ["Dorfener Abendpost"]


@pytest.mark.parametrize(("text", "language", "speaker"), [
    ("Rats are everywhere. Tenants on the Orchard Park estate in Leicester say rats have "
     "chewed through walls.", "en", "Tenants on the Orchard Park estate in Leicester"),
    ("Der Fall ist offen. Das zuständige Wirtschaftsministerium in Düsseldorf teilte "
     "lediglich mit, es prüfe den Fall.", "de",
     "Das zuständige Wirtschaftsministerium in Düsseldorf"),
    ("Nobody knows. Berlin said the talks would go on.", "en", "Berlin"),
])
def test_a_place_inside_a_speaker_phrase_does_not_speak(text, language, speaker):
    [q] = analyse(text, language).quotes
    assert q.speaker == speaker


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("The association manages 900 homes. In a statement on Monday, its director of "
     "housing, Graham Whitlock, said pest controllers had visited more than 200 properties.",
     "Graham Whitlock", "pest controllers had visited more than 200 properties"),
    ("Growers are suffering. Fruit farmer Janet Pryce, 58, from near Tonbridge, said she "
     "had lost around a third of her apple crop.", "Fruit farmer Janet Pryce",
     "she had lost around a third of her apple crop"),
    ("The roof is safe, said the council on Monday.", "the council", "The roof is safe"),
    ("Nobody was hurt, said Chief Inspector Mark Hale, who led the search.",
     "Chief Inspector Mark Hale", "Nobody was hurt"),
])
def test_english_said_after_an_apposition_is_not_inverted(text, speaker, content):
    """'its director, Graham Whitlock, said pest controllers had visited ...' is not '...,
    said pest controllers': the noun after 'said' starts the content when a verb follows
    it (a fresh article made 'pest controllers' the speaker); a relative clause after an
    inverted speaker says who he is, not what he said."""
    [q] = find_quotes(tokens_only(text, "en"))
    assert (q.speaker, q.content) == (speaker, content)


def test_a_quoted_subheading_does_not_continue_the_last_speaker():
    """A subheading '"Wir lassen niemanden im Graben stehen"' after Hombach's words is a
    line lifted from Reiners' quote below it, not more of Hombach (a fresh article)."""
    from quizgen.ingest import from_text
    from quizgen.pipeline import analyze

    text = ("Glasfaser-Firma pleite\n\nDie Rentnerin Gisela Hombach, 78, sagte dem "
            "Westfälischen Anzeiger, sie traue sich nicht mehr zum Bäcker.\n\n"
            "„Wir lassen niemanden im Graben stehen“\n\nDer Insolvenzverwalter Thomas "
            "Reiners will den Betrieb fortführen. „Wir lassen niemanden im Graben stehen“, "
            "sagte er am Mittwoch.")
    a = analyze(from_text(text))
    speakers = {q.speaker for q in a.quotes if q.content.startswith("Wir lassen")}
    assert "Thomas Reiners" in speakers and "Gisela Hombach" not in speakers


def test_an_english_verb_coordinated_with_a_cue_shares_its_speaker():
    """'Dr Nadia Rahman said ..., but added that there was no clear link': the second
    verb has no subject of its own (a fresh article left 'added' without a speaker)."""
    a = analyse("The estate is dirty. Local GP Dr Nadia Rahman said she had seen a handful "
                "of children with skin rashes, but added that there was no clear link to the "
                "rats.", "en")
    added = [q for q in a.quotes if q.cue == "added"]
    assert [q.speaker for q in added] == ["Nadia Rahman"]
    assert added[0].content == "there was no clear link to the rats"


def test_the_clause_before_a_coordinated_cue_is_not_its_content():
    """'Brenner hält den Einsatz für richtig, warnt aber vor zu großen Erwartungen': what
    he warned of is no clause, and his first statement is not the warning (a fresh article
    quoted the subject phrase as the content). 'teilten aber mit, es gebe ...' stays."""
    a = tokens_only("Der Kreisjagdberater Holger Brenner, ein erfahrener Jäger aus "
                    "Taunusstein, hält den Einsatz für richtig, warnt aber vor zu großen "
                    "Erwartungen.")
    assert find_quotes(a) == []
    [q] = find_quotes(tokens_only("Die UN bestätigten den Zwischenfall, teilten aber mit, es "
                                  "gebe keine Opfer."))
    assert q.content == "es gebe keine Opfer"


@pytest.mark.parametrize(("text", "content"), [
    ("Dr Fiona Mallory said the outbreak was preventable. Measles, she explained, is one "
     "of the most infectious diseases known.",
     "Measles is one of the most infectious diseases known"),
    ("The council, he said, had ignored the warnings for years.",
     "The council had ignored the warnings for years"),
])
def test_a_cue_inside_the_sentence_takes_the_whole_statement(text, content):
    """'Measles, she explained, is one of ...': what she explained is the whole sentence
    without the aside, not 'Measles' (blind review 10's measles article)."""
    assert find_quotes(tokens_only(text, "en"))[-1].content == content


def test_a_cue_after_a_whole_clause_keeps_its_content():
    [q, *_] = find_quotes(tokens_only("Die Lage sei ernst, sagte er, und verwies auf den "
                                      "Bericht."))
    assert (q.cue, q.content) == ("sagte", "Die Lage sei ernst")


def test_erzaehlen_is_a_verb_of_saying():
    """'Viele hätten schon gefeiert, erzählt sie.' is her quotation with its own cue, not
    the last speaker going on with the whole sentence, cue and all (a fresh article)."""
    a = analyse("Die Schüler sind verärgert. „Ich habe wochenlang gelernt“, sagt Lea "
                "Brinkmann. Viele hätten nach der Prüfung schon gefeiert, erzählt sie.")
    [q] = [q for q in a.quotes if q.content.startswith("Viele")]
    assert (q.speaker, q.cue, q.content) == ("Lea Brinkmann", "erzählt",
                                             "Viele hätten nach der Prüfung schon gefeiert")


def test_an_english_outlet_name_with_a_capitalised_adjective():
    """'told the East Anglian Courier that ...': the whole name is the outlet, and what was
    said starts after 'that' (a fresh article offered 'The East Anglian Courier that the
    consultation ...' as a claim)."""
    [q] = find_quotes(tokens_only("Its chairman, Rob Tennant, told the East Anglian Courier "
                                  "that the consultation had been hidden away.", "en"))
    assert (q.outlet, q.content) == ("East Anglian Courier",
                                     "the consultation had been hidden away")


@pytest.mark.parametrize("language, text, speaker, direct", [
    ("en", 'Coach Mara Lindell spoke after the match. Her players had trained hard all winter, '
           'she said, but "a cup run needs luck as well".', "Mara Lindell",
     "a cup run needs luck as well"),
    ("en", 'Ferry operator Colin Marsh met the council on Friday. The crossing had lost money '
           'for years, Marsh said, adding that "nobody wanted to admit it".', "Marsh",
     "nobody wanted to admit it"),
    ("de", "Trainerin Mara Lindell äußerte sich nach dem Spiel. Ihre Spielerinnen hätten den "
           "ganzen Winter hart trainiert, sagte Lindell, aber „ohne Glück gewinnt man keinen "
           "Pokal“.", "Lindell", "ohne Glück gewinnt man keinen Pokal"),
])
def test_quotation_joined_to_a_cue_of_its_sentence_is_that_speakers(language, text, speaker,
                                                                    direct):
    a = analyse(text, language)
    check_spans(a, a.quotes)
    q = one(a.quotes, content=direct)
    assert q.kind == "direct" and speaker in (q.speaker or "")
    # the quotation and the reported speech before it have one speaker
    assert len({x.speaker for x in a.quotes if x.sentence == q.sentence}) == 1
