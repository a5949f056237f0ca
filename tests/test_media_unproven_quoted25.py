"""The unproven-claim multiple choice prints its bare German options as the article's words in
quotation marks, all alike: 'Die Tiere seien aus einem Gehege ausgebrochen.' read as a
statement of the worksheet in the Konjunktiv (quick reading 25). Article invented."""

from __future__ import annotations

from quizgen.generate import media_claims
from quizgen.generate.media_text import claims
from quizgen.pipeline import analyze, load_article

DE = """Wildschweine im Stadtpark von Eichenau

Im Stadtpark von Eichenau sind seit Oktober immer wieder Wildschweine unterwegs. Die Tiere \
haben mehrere Beete zerwühlt.

Der Jäger Paul Gerber sagte, eine Rotte lerne schnell, Fallen zu meiden. Die Försterin Maria \
Lenz erklärte, die Stadt müsse Zäune fördern und Mülltonnen verschließen lassen. Einige \
Anwohner behaupten, die Tiere seien aus einem privaten Gehege ausgebrochen. Belege dafür gibt \
es nicht. Die Gärtnerin Eva Born meinte, die Schäden lägen bei etwa „5.000 Euro“.
"""


def test_bare_options_are_quoted_alike_de():
    a = analyze(load_article(DE))
    [q] = [q for q in media_claims.generate(a, claims(a))
           if q.type == "multiple_choice" and q.skill == "evidence"]
    # as the article has them, cut from their frames visibly and alike (review 39
    # de_oldtimertreffen: a capitalised cut clause in marks was no quotation)
    assert q.answer == "„… die Tiere seien aus einem privaten Gehege ausgebrochen.“", q.answer
    assert all(o.startswith("„… ") and o.endswith("“") and o.count("„") == 1
               for o in q.options), q.options
    assert "„… die Schäden lägen bei etwa ‚5.000 Euro‘.“" in q.options, q.options


DE_TF = """Markt zieht an den Stadtrand

Der Wochenmarkt in Birkenau zieht im Frühjahr auf den Festplatz. Das hat der Gemeinderat \
beschlossen.

Zudem behauptet die Verwaltung, der Markt habe in den letzten Jahren ohnehin viele Kunden \
verloren. Zahlen, die das belegen, hat sie jedoch nicht vorgelegt.
"""


def test_bare_claim_of_the_true_false_item_is_quoted_de():
    a = analyze(load_article(DE_TF))
    tfs = [q for q in media_claims.generate(a, claims(a))
           if q.type == "true_false" and q.skill == "evidence"]
    assert tfs
    for q in tfs:
        assert not q.prompt.startswith("Der Markt habe"), q.prompt
