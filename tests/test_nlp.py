"""The analysis: sentences, tokens, entities with aliases and roles, pronouns, dates, numbers.

Facts of the seed article (../shared/articles) and of short texts written here.
"""

from __future__ import annotations

import pytest

from quizgen.nlp.sentences import split_sentences
from quizgen.nlp.tokens import tokenize
from quizgen.pipeline import analyze, load_article

from .helpers import SEED, needs_shared


def test_punkt_keeps_abbreviations_ordinals_and_omissions_together():
    text = ("Dr. Rasmus Nilsson kam am 19. Januar z. B. mit Prof. Weber. Er sprach bzw. "
            "schrieb über den[...]Staat. Danach ging er.")
    spans = split_sentences(text, "de")
    assert [text[a:b] for a, b in spans] == [
        "Dr. Rasmus Nilsson kam am 19. Januar z. B. mit Prof. Weber.",
        "Er sprach bzw. schrieb über den[...]Staat.",
        "Danach ging er.",
    ]


def test_english_sentences_and_clitics():
    text = 'Mr. Smith met Gov. Jones on Jan. 5 in the U.S. capital. "It is bad," he said.'
    assert len(split_sentences(text, "en")) == 2
    words = [t.text for t in tokenize("Kazakhstan's president said it.", 0, "en")]
    assert words[:2] == ["Kazakhstan", "'s"]


def test_tokens_have_offsets_tags_and_lemmas():
    toks = tokenize("Es gab mehr als 10.000 Festnahmen.", 100, "de")
    assert [t.text for t in toks] == ["Es", "gab", "mehr", "als", "10.000", "Festnahmen", "."]
    assert toks[4].start == 100 + len("Es gab mehr als ")
    assert toks[4].pos == "NUM" and toks[1].lemma == "geben" and toks[5].pos == "NOUN"


@pytest.fixture(scope="module")
def seed():
    needs_shared()
    return analyze(load_article(SEED))


def _entity(analysis, name):
    return next(e for e in analysis.entities
                if e.name == name or name in e.aliases or name in e.name.split())


def test_seed_aliases_merge_into_one_entity(seed):
    putin = _entity(seed, "Putin")
    assert putin.name == "Wladimir Putin" and putin.label == "PER"
    assert "Kreml-Boss" in putin.aliases
    tokajew = _entity(seed, "Tokajew")
    assert tokajew.name == "Kassym-Schomart Tokajew"
    ovks = _entity(seed, "OVKS")
    assert ovks.name == "Organisation des Vertrags über die kollektive Sicherheit"
    assert ovks.label == "ORG"
    assert _entity(seed, "Almaty").label == "LOC"


def test_seed_roles(seed):
    assert "Dozent für Slawistik" in _entity(seed, "Nilsson").role
    assert "Verteidigungsminister" in _entity(seed, "Schoigu").role


def test_seed_pronoun_er_is_tokajew(seed):
    s = next(s for s in seed.sentences if s.text.startswith("Er hatte einen Schießbefehl"))
    tokajew = _entity(seed, "Tokajew")
    assert any(m.sentence == s.index and m.kind == "pronoun" for m in tokajew.mentions)


def test_seed_dates_and_quantities(seed):
    values = {d.text: d.value for d in seed.dates}
    assert values["am 19. Januar"] == "--01-19"
    assert values["am 6. Januar"] == "--01-06"
    assert "am Samstag" in values and "Anfang des Monats" in values
    texts = {q.text: q for q in seed.quantities}
    arrests = texts["mehr als 10.000 Festnahmen"]
    assert (arrests.hedge, arrests.value, arrests.unit) == ("mehr als", 10000, "Festnahmen")
    assert texts["Hunderte Verletzte"].value == 100
    assert texts["sechs Flugzeuge"].value == 6
    assert texts["mehr als 100 Tote"].unit == "Tote"


def test_seed_blocks_are_labelled(seed):
    kinds = {s.block for s in seed.sentences}
    assert {"headline", "body", "caption", "teaser", "promo", "source"} <= kinds
    assert seed.article.title.startswith("Wladimir Putin: 100 Tote")


EN_TEXT = """Storm hits coast

More than 200 firefighters were called out on Tuesday, officials said. Mayor Laura Grant \
said the city had opened three shelters. She added that about 1,500 residents had left \
their homes. The Coastal Relief Agency (CRA) sent 40 trucks on March 3.
"""


def test_english_analysis():
    a = analyze(load_article(EN_TEXT))
    assert a.language == "en"
    grant = _entity(a, "Laura Grant")
    assert grant.label == "PER" and grant.role == "Mayor"
    assert any(m.kind == "pronoun" and m.text == "She" for m in grant.mentions)
    assert _entity(a, "CRA").name == "Coastal Relief Agency"
    q = {x.text: x for x in a.quantities}
    assert q["More than 200 firefighters"].hedge == "More than"
    assert q["about 1,500 residents"].value == 1500
    assert {d.value for d in a.dates} >= {"Tuesday", "--03-03"}


def test_unresolvable_pronoun_is_marked():
    text = ("Anna Berg und Tom Krüger trafen sich am Montag in Köln. Die Gespräche dauerten "
            "lange, sagten Beobachter am Abend. Er sagte danach nichts mehr dazu.")
    a = analyze(load_article(text))
    assert any(m.text == "Er" for m in a.unresolved)


def test_a_name_inside_a_quotation_is_not_the_next_pronoun():
    text = ("New mayor for Dunmore\n\nJane Holt has beaten the sitting mayor Tom Reeve in "
            "Dunmore. Reeve had led the town for ten years. \"I will be a mayor for everyone, "
            "including Tom Reeve's voters,\" Holt told supporters on Sunday. She promised "
            "cheaper buses.")
    a = analyze(load_article(text))
    assert any(m.kind == "pronoun" and m.text == "She" for m in _entity(a, "Holt").mentions)
    assert not any(m.kind == "pronoun" for m in _entity(a, "Reeve").mentions)


def test_role_words_stand_for_a_person_only_with_a_definite_article():
    text = ("Wahl in Dunmore\n\nBürgermeister Tom Reeve hat die Wahl verloren. Jane Holt "
            "wird neue Bürgermeisterin. Sie will eine Bürgermeisterin für alle sein. Ob ein "
            "Bürgermeister das allein schaffen kann, ist offen. Der Bürgermeister gratulierte "
            "am Montag. The official result came on Monday.")
    a = analyze(load_article(text))
    role_mentions = [m.text for m in _entity(a, "Reeve").mentions if m.kind == "title"]
    assert role_mentions == ["Bürgermeister"]  # "Der Bürgermeister gratulierte", not "ein ..."
    assert not any(m.text.lower() == "the official" for e in a.entities for m in e.mentions)


def test_compound_acronyms_and_surnames_tagged_as_verbs():
    text = ("Fährbetrieb eingestellt\n\nDie Seeburger Schifffahrtsgesellschaft (SSG) hat den "
            "Betrieb am Montag eingestellt. Bürgermeister Tobias Wendt forderte am Donnerstag "
            "Busse. Der Geschäftsführer der Hohenfelder Verkehrsbetriebe (HVB), Jens Ohlsen, "
            "rechnet mit Verlusten.")
    a = analyze(load_article(text))
    assert _entity(a, "SSG").name == "Seeburger Schifffahrtsgesellschaft"
    assert _entity(a, "HVB").name == "Hohenfelder Verkehrsbetriebe"
    wendt = _entity(a, "Wendt")
    assert wendt.name == "Tobias Wendt" and wendt.label == "PER"
    assert _entity(a, "Ohlsen").role.startswith("Geschäftsführer der Hohenfelder")


def test_age_descriptions_refer_to_the_person_named_before():
    a = analyze(load_article("Marathon record in Harwick\n\nGrace Wanjiru won the Harwick "
                             "Marathon on Sunday in a course record. The 27-year-old finished "
                             "almost two minutes ahead of the field."))
    assert any(m.text == "The 27-year-old" for m in _entity(a, "Wanjiru").mentions)


@pytest.mark.parametrize("text, language, count", [
    ("Der Betreiber Google Inc. weist einen Gewinn aus. Das ist viel.", "de", 2),
    ("Die Firma Acme Ltd. meldet Verluste. Der Kurs fällt.", "de", 2),
    ("He works for Acme Co. based in Ohio. He likes it.", "en", 2),
    ("Sie arbeitet in den USA. Dort lebt sie seit 2010.", "de", 2),
])
def test_a_short_word_with_a_period_before_a_lower_case_word_ends_no_sentence(
        text: str, language: str, count: int):
    spans = split_sentences(text, language)
    assert len(spans) == count, [text[a:b] for a, b in spans]


@pytest.mark.parametrize("text, language, first", [
    ('"The bus never came. We waited an hour in the rain," Mrs Hale told the Echo. It was '
     'dark.', "en", '"The bus never came. We waited an hour in the rain," Mrs Hale told the '
     'Echo.'),
    ("„Der Bus kam nie. Wir haben eine Stunde im Regen gewartet“, sagte Hale dem Kurier. Es "
     "war dunkel.", "de", "„Der Bus kam nie. Wir haben eine Stunde im Regen gewartet“, sagte "
     "Hale dem Kurier."),
    ('The mayor said: "Buses will run again on Monday. Nobody will pay more." She left.', "en",
     'The mayor said: "Buses will run again on Monday. Nobody will pay more."'),
])
def test_a_short_quotation_is_not_split_into_sentences(text, language, first):
    """Split, the second half starts inside the quotation and questions print it without its
    opening mark ('Now we're told it was a computer mistake, Ms Barker told ___.', judged15)."""
    spans = split_sentences(text, language)
    assert [text[a:b] for a, b in spans][0] == first
    assert len(spans) == 2


def test_a_long_quotation_keeps_its_sentences():
    quote = " ".join(f"Sentence number {n} of the statement goes on for a while here." for n in
                     range(1, 7))
    text = f'"{quote}" she said. Then she left.'
    assert len(split_sentences(text, "en")) >= 6


@pytest.mark.parametrize("text", [
    "Notruf gestört\n\nBerlin (dpa) - Eine Störung hat am Mittwoch den Notruf lahmgelegt. "
    "Das BBK ermittelt.",
    "Ferry breaks down\n\nLONDON (PA) - A ferry broke down on Monday. Nobody was hurt.",
])
def test_an_agency_dateline_is_not_part_of_the_first_sentence(text):
    """'Wann hat Berlin (dpa) - Eine Störung den Notruf lahmgelegt?' (a fresh article): the
    dateline names the source; the sentence and its questions start after it, and the
    sentence's offsets still point at its text."""
    a = analyze(load_article(text))
    first = next(s for s in a.sentences if s.block == "body")
    assert first.text.startswith(("Eine Störung", "A ferry"))
    assert a.article.text[first.start:first.end] == first.text
    assert "(dpa)" in a.article.text or "(PA)" in a.article.text
