"""Blind review 15, media faults on invented text: a party that speaks in the article and
only declines to comment on one matter is not called silent ('declined to comment on X');
an organisation's name before lower-case nouns in the speaker phrase ('The local NHS
integrated care board (ICB) said') does not make the organisation the speaker; German titles
declined like adjectives stand in the person's strong form beside the name
('Vereinsvorsitzender' for a man, 'Fraktionsvorsitzende' for a woman, 'Jugendlicher'); a
spokesperson named by the role alone right after an organisation's statement is that
organisation's voice."""

from __future__ import annotations

from quizgen.generate import media_discussion
from quizgen.generate.media_text import claims
from quizgen.pipeline import analyze, load_article


def _voices_note(text: str) -> tuple[str, str]:
    a = analyze(load_article(text))
    qs = [q for q in media_discussion.generate(a, claims(a)) if q.skill == "discussion"
          and ("Sicht fehlt" in q.prompt or "view is missing" in q.prompt)]
    assert qs, [q.prompt for q in media_discussion.generate(a, claims(a))]
    return qs[0].prompt, qs[0].answer


EN_CLINIC = """Town loses its last walk-in clinic

The walk-in clinic in Marlow Green will close at the end of January, leaving about 9,000 \
patients without a local service.

Practice manager Helen Cartwright said the clinic had lost money for years. "We cannot go \
on like this," she said.

Pensioner Derek Holt, 81, said the next clinic was a two-hour bus ride away.

The local NHS integrated care board (ICB), which pays for the service, said it was \
"actively looking" for a new provider. It did not say when a new clinic could open.

Some residents say the clinic was offered extra money last year but turned it down. There \
is no evidence for this, and the ICB said it would not comment on contract talks.
"""


def test_a_party_heard_elsewhere_is_not_called_silent_en():
    _, note = _voices_note(EN_CLINIC)
    assert "has not commented" not in note, note
    assert "declined to comment on contract talks" in note, note


def test_an_organisation_named_inside_a_speaker_phrase_is_not_the_speaker_en():
    a = analyze(load_article(EN_CLINIC))
    speakers = {c.speaker for c in claims(a)}
    assert "NHS" not in speakers, speakers
    _, note = _voices_note(EN_CLINIC)
    assert "what the NHS said" not in note, note


def test_a_party_that_speaks_nowhere_else_keeps_its_note_de():
    text = """Streit um Parkgebühren in Waldau

Die Parkgebühren in der Innenstadt von Waldau sollen sich im Frühjahr verdoppeln.

"Das trifft vor allem die Händler", sagte Gewerbevereinschef Tobias Lang. Anwohnerin Maria \
Sommer sagte, sie könne sich das Parken bald nicht mehr leisten.

Einige Händler behaupten, die Betreiberfirma habe die Preise diktiert. Die Betreiberfirma \
wollte sich zu den Vorwürfen nicht äußern.
"""
    _, note = _voices_note(text)
    assert "wollte sich laut Artikel zu den Vorwürfen nicht äußern" in note, note


def test_a_day_is_no_matter_one_declines_to_comment_on_en():
    text = """Pitch to be sold for housing

The council has agreed to sell the playing field on Mill Road to a developer.

"The sale will pay for a new library," council leader Tom Baxter said. Headteacher Sarah \
Collins said the pupils would lose their only green space.

The company did not respond to requests for comment on Wednesday.
"""
    _, note = _voices_note(text)
    assert "comment on Wednesday" not in note.split("“")[0], note


DE_ROLES = """Streit um neue Turnhalle in Bergheim

Die Gemeinde Bergheim will die alte Turnhalle abreißen.

Der Vorsitzende des Sportvereins, Jan Kühn, sagte, man brauche die Halle jeden Abend. \
Petra Lang, Vorsitzende des Elternrats, sagte, der Neubau sei zu teuer. Laut der \
Fraktionsvorsitzenden Eva Roth sei die Halle nicht barrierefrei. "Wir sind dagegen", sagte \
sie. Nach Angaben des Vereinskassierers, des Jugendlichen Tim Maas, fehle Geld. "Wir \
sammeln Spenden", sagte er. Der stellvertretende Vorsitzende Uwe Brand sagte, man prüfe das.
"""


def test_german_declined_titles_take_the_persons_strong_form():
    _, note = _voices_note(DE_ROLES)
    assert "Jan Kühn (Vorsitzender des Sportvereins)" in note, note
    assert "Petra Lang (Vorsitzende des Elternrats)" in note, note
    assert "Vorsitzender des Elternrats" not in note, note
    assert "Uwe Brand (stellvertretender Vorsitzender)" in note, note


def test_a_title_in_the_dative_becomes_the_mans_or_the_womans_form():
    text = """Streit um neue Turnhalle in Bergheim

Die Gemeinde Bergheim will die alte Turnhalle abreißen.

Laut dem Vereinsvorsitzenden Jan Kühn brauche man die Halle jeden Abend. "Das ist zu \
teuer", sagte er. Nach Angaben der Fraktionsvorsitzenden Petra Lang sei der Neubau zu \
teuer. "Wir sind dagegen", sagte sie. Der Jugendliche Tim Maas sagte, er trainiere dort \
jeden Tag.
"""
    _, note = _voices_note(text)
    assert "Vorsitzenden)" not in note, note
    assert "Jan Kühn (Vereinsvorsitzender)" in note, note
    assert "Petra Lang (Fraktionsvorsitzende)" in note, note
    assert "Tim Maas (Jugendlicher)" in note, note


def test_a_title_with_its_article_keeps_it():
    text = """Streit um neue Turnhalle in Bergheim

Die Gemeinde Bergheim will die alte Turnhalle abreißen.

Jan Kühn, der Vorsitzende des Sportvereins, sagte, man brauche die Halle jeden Abend. \
Petra Lang, Vorsitzende des Elternrats, sagte, der Neubau sei zu teuer.
"""
    _, note = _voices_note(text)
    assert "der Vorsitzender" not in note, note


def test_a_bare_spokesperson_after_a_companys_statement_speaks_for_it_en():
    text = """Broken street lights leave estate in the dark

More than 40 street lights on the Fernhill estate have not worked since October.

Resident Joan Pike, 70, said she no longer went out after dark. Councillor Mark Eddy said \
the council had complained to its contractor.

The lights are maintained by Lumora, a company that won the contract in 2023. Lumora told \
Radio Fernhill that new parts would arrive next week. A spokesperson said thieves had \
stolen cables from several lamp posts.
"""
    prompt, note = _voices_note(text)
    assert "a spokesperson for Lumora" in note, note
    assert "a spokesperson for Lumora" in prompt, prompt


def test_a_bare_spokesman_after_a_companys_statement_speaks_for_it_de():
    text = """Kaputte Laternen im Neubaugebiet

Im Neubaugebiet Am Hang in Waldau sind seit Oktober mehr als 40 Laternen dunkel.

Anwohnerin Erika Stein sagte, sie gehe abends nicht mehr vor die Tür. Ortsvorsteher Karl \
Mehl sagte, die Stadt habe sich beim Betreiber beschwert.

Die Laternen betreut die Firma Lumora. Lumora teilte dem Waldauer Boten mit, neue Teile \
kämen in der nächsten Woche. Ein Sprecher sagte, Diebe hätten Kabel gestohlen.
"""
    prompt, note = _voices_note(text)
    assert "ein Sprecher von Lumora" in note, note


def test_a_party_that_would_not_confirm_a_report_is_not_called_unheard_en():
    text = """Dental practice to go private

Rosebank Dental Practice will stop NHS treatment at the end of March.

Principal dentist Priya Raman said the decision had been "heartbreaking". Mother of three \
Leanne Corrigan said she could not afford private fees. Local MP Graham Ashworth said he had \
raised the issue in Parliament.

Rosebank is reportedly in talks with a larger dental chain about a takeover, although the \
practice would not confirm this when asked on Friday.
"""
    _, note = _voices_note(text)
    assert "is not heard" not in note, note
    assert "would not confirm this" in note.split("”")[-1], note
