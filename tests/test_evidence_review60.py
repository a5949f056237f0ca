"""Evidence and claim items of blind reviews 58-60 (mediaB, round of 2026-11-28 16:47).
Sentences invented."""

from __future__ import annotations

from quizgen.generate import media
from tests.helpers import kept

BAD_DE = """Von Lena Ott | Dienstag, 5. Mai 2026, 10:00 Uhr

Freibad in Morlingen bleibt im Sommer zu

Das Freibad in Morlingen öffnet in diesem Jahr nicht. Die Stadt will das Becken sanieren.

Seit 1971 schwimmen die Morlinger im Freibad an der Lauter. Der Gemeinderat hat am Montag \
beschlossen, das Bad für die ganze Saison zu schließen.

Bürgermeister Kai Brandt sagte, das Becken sei undicht. Eine Studie, die die Stadt im Winter \
bestellt hatte, soll andere Lösungen geprüft haben; vorgestellt wurde sie bislang nicht.

Der Förderverein sammelt nun Spenden für eine Sanierung im kommenden Jahr.
"""


def test_hearsay_quote_ends_before_a_plain_clause_after_the_semicolon():
    # blind review 58 de_minigolf #9 (F): '... soll andere Flächen geprüft haben;
    # veröffentlicht wurde es bislang nicht.' - the plain second clause is no part of the
    # hearsay asked about
    prompts = [p for p, _ in kept(media, BAD_DE) if "gesicherte Tatsache" in p]
    assert prompts, kept(media, BAD_DE)
    assert all("vorgestellt wurde" not in p for p in prompts), prompts
    assert any("soll andere Lösungen geprüft haben.“" in p for p in prompts), prompts


MARKT_DE = """Von Lena Ott | Dienstag, 5. Mai 2026, 10:00 Uhr

Neue Marktordnung in Hellbach

Der Wochenmarkt in Hellbach zieht im Juni vom Rathausplatz an den Hafen.

Der Stadtrat hat am Montag mit 19 zu 8 Stimmen beschlossen, den Markt zu verlegen. Am Hafen \
gebe es mehr Platz für die Stände, sagte Marktmeisterin Jana Pohl.

Kritik kommt vom Händlerbund. Dessen Sprecher Uwe Falk, der am Markt Käse verkauft, \
erklärte, viele Kunden würden den weiteren Weg scheuen. Im Händlerbund wird zudem behauptet, \
die Stadt wolle den Rathausplatz später an einen Investor verkaufen. Belegt ist das nicht: Ein \
Beschluss dazu liegt nach Auskunft der Stadt nicht vor.

Der erste Markttag am Hafen ist für den 6. Juni geplant.
"""


def test_a_claim_made_in_a_named_group_is_not_anonymous():
    # blind review 60 de_taubenschlag #12: 'Im Werbering wird zudem behauptet, ...' after
    # 'Kritik kommt vom Werbering' - the discussion said 'ohne zu sagen, wer sie aufstellt'
    from quizgen.generate import media_discussion
    from quizgen.generate.media_text import claims
    from tests.helpers import analysed

    a = analysed(MARKT_DE)
    prompts = [q.prompt for q in media_discussion.generate(a, claims(a))]
    assert any("keine Beweise" in p for p in prompts), prompts
    assert all("ohne zu sagen, wer sie" not in p for p in prompts), prompts


FUND_DE = """Von Lena Ott | Dienstag, 5. Mai 2026, 10:00 Uhr

Alte Münzen im Acker bei Rohrbach gefunden

Ein Landwirt hat bei Rohrbach einen Topf mit Silbermünzen ausgepflügt.

Am Freitag stieß Landwirt Emil Sauer beim Pflügen auf einen Tontopf. Darin lagen nach ersten \
Zählungen rund 150 Silbermünzen aus dem 17. Jahrhundert. Archäologin Karin Lorenz sagte dem \
SWR, der Fund sei „außergewöhnlich gut erhalten“. Man habe außerdem zwei Ringe geborgen.

Wer die Münzen vergraben hat, ist noch offen. Der Geschichtsverein vermutet, dass sie \
einem Kaufmann gehörten. Vereinschef Otto Brand verweist auf eine alte Chronik. Bewiesen ist \
das nicht; Lorenz erklärte, dafür müssten erst die Prägejahre aller Münzen bestimmt werden.

Die Münzen sollen im Herbst im Heimatmuseum gezeigt werden.
"""


def test_an_outlet_is_no_source_for_all_statements_of_a_speaker_who_spoke_elsewhere():
    # blind review 58 de_eiskeller #10 (F): 'Quelle für die Aussagen von Miriam Kessler'
    # while only her first statement went to the MDR ('Kessler erklärte, ...' later did not)
    from quizgen.generate import media_sources
    from quizgen.generate.media_text import claims
    from tests.helpers import analysed

    a = analysed(FUND_DE)
    # as in the review, the quote finder may miss 'Lorenz erklärte, ...' after the semicolon
    cs = [c for c in claims(a) if "erklärte" not in c.sentence.text]
    prompts = [q.prompt for q in media_sources.generate(a, cs)]
    assert all("Aussagen von Karin Lorenz" not in p for p in prompts), prompts
