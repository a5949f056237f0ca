"""Media-literacy fixes of blind reviews 43-45 (mediaB, round 2 of 2026-11-28). Sentences
invented."""

from __future__ import annotations

from quizgen.generate import media_discussion as md
from quizgen.generate.media_text import claims
from quizgen.pipeline import analyze, load_article

HAFEN_DE = """Von Eva Berg | Montag, 7. Dezember 2026, 09:00 Uhr

Streit um den Yachthafen in Kaltenbrunn

Ein Investor will den alten Hafen von Kaltenbrunn ausbauen. Viele Anwohner sind dagegen.

Investor Peter Lamprecht will am Hafen 80 neue Liegeplätze bauen. „Der Hafen braucht \
das“, sagte Lamprecht.

Das sehen viele Nachbarn anders. Die Bürgerinitiative "Stilles Ufer" hat nach eigenen \
Angaben mehr als 400 Unterschriften gesammelt. Ihre Sprecherin Karin Vogt sagte, der Lärm \
werde unerträglich.

Unterstützung bekommt Lamprecht vom örtlichen Seglerverein. Dessen Vorsitzender Jörg Albers \
sagte, der Hafen sei zu klein.

Gemeinsam mit anderen Mietern hat sich Vogt an den örtlichen Mieterverein gewandt. Dessen \
Vorsitzende, die Rechtsanwältin Anna Weller, hält die Pläne für unzulässig. Die Stadt \
müsse jeden Einzelfall prüfen, sagte sie.
"""


def _voices(text: str):
    a = analyze(load_article(text))
    qs = [q for q in md.generate(a, claims(a)) if q.type == "open" and "speak" in q.prompt
          or "zu Wort" in q.prompt]
    assert qs, [q.prompt for q in md.generate(a, claims(a))]
    return qs[0]


def test_whose_spokeswoman_and_chair_with_an_adjective():
    # blind review 43 de_schweinestall #17: 'Sabine Kötter (Sprecherin)' after 'Die
    # Bürgerinitiative "..." hat ...', 'Martina Lührs (Vorsitzende)' after 'vom örtlichen
    # Bauernverband'; review 44 de_balkonkraftwerk #13: 'Stefan Brückner (Rechtsanwalt)' after
    # 'an den örtlichen Mieterverein'
    q = _voices(HAFEN_DE)
    assert "Karin Vogt (Sprecherin der Bürgerinitiative" in q.answer, q.answer
    assert "Jörg Albers (Vorsitzender des örtlichen Seglervereins)" in q.answer, q.answer
    assert "Anna Weller (Vorsitzende des örtlichen Mietervereins" in q.answer, q.answer


KANGAROO_EN = """By Jo Hale | Monday 7 December 2026, 09:00 GMT

Escaped kangaroo Skippy still on the run

A kangaroo that escaped from a farm park near Dunmere is still missing after ten days.

The young male, named Skippy by keepers, got out through a broken gate on 2 December. Park \
owner Tom Briggs said the team had nearly caught him twice. "He is very quick," Briggs told \
BBC Radio Kent. Vet Anna Reed said he could find enough food to survive for weeks.

Some residents have claimed on social media that Skippy was deliberately let out by \
protesters. There is no evidence for this, and the police said nothing suggested a break-in.
"""


def test_a_named_wallaby_is_asked_for_no_statement():
    # blind review 45 en_wallaby #18: 'Matilda is not heard ... ask Matilda for a statement'
    q = _voices(KANGAROO_EN)
    assert "Skippy is not heard" not in q.answer and "ask Skippy" not in q.answer, q.answer


BAEUME_DE = """Von Eva Berg | Montag, 7. Dezember 2026, 09:00 Uhr

Kranke Eschen im Stadtpark von Kaltenbrunn

Im Stadtpark von Kaltenbrunn müssen viele Bäume gefällt werden.

Nach Angaben der Unteren Naturschutzbehörde sind mehr als 30 Eschen krank. Allein im \
Stadtpark seien in der vergangenen Woche zwölf Bäume gefällt worden, teilte die Behörde mit.

„Der Pilz breitet sich schnell aus“, sagte Förster Peter Lamprecht. Anwohnerin Karin Vogt sagte \
dem NDR, der Park sei kaum wiederzuerkennen.
"""


def test_the_authority_is_named_not_pointed_at():
    # blind review 45 de_entnahmeverbot #17: 'Außerdem äußert sich laut Artikel die Behörde'
    # after 'Nach Angaben der Unteren Wasserbehörde ... teilte die Behörde mit'
    q = _voices(BAEUME_DE)
    assert "laut Artikel die Behörde" not in q.answer, q.answer
    assert "die Untere Naturschutzbehörde" in q.answer, q.answer


RAT_DE = """Von Eva Berg | Montag, 7. Dezember 2026, 09:00 Uhr

Kaltenbrunn bekommt einen Kletterpark

Der Gemeinderat von Kaltenbrunn hat am Dienstag mit zwölf zu acht Stimmen für einen \
Kletterpark gestimmt.

Bürgermeisterin Karin Vogt sagte dem SWR, der Park bringe Familien in den Ort. \
Investor Peter Lamprecht will rund zwei Millionen Euro investieren, sagte er.

Gemeinderat Jonas Weber (Grüne) kritisierte, der Rat habe entschieden, bevor alle Fragen \
geklärt seien.
"""


def test_a_councillor_quoted_is_the_council_heard():
    # blind review 45 de_sommerrodelbahn #19: 'der Rat selbst kommt aber nicht zu Wort' beside
    # the quoted Gemeinderat Florian Eckert
    q = _voices(RAT_DE)
    assert "Rat selbst" not in q.answer, q.answer
