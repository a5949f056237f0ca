"""A role question's wrong option that names the key's office ('Anwältin' beside the key
'Rechtsanwalt', both lawyers) is true as well: found reading judged13 (de_raserprozess)."""

from __future__ import annotations

from quizgen.generate import vocabulary
from quizgen.pipeline import analyze, load_article

TEXT = ("Prozess in Kelburg\n\nVor dem Landgericht Kelburg hat am Dienstag ein Prozess "
        "begonnen. Rechtsanwalt Jörg Bialas sagte, sein Mandant bereue die Tat. Anwältin "
        "Claudia Fenske sprach von einem wichtigen Verfahren. Richter Andreas Kröger will "
        "am Freitag weiter verhandeln. Bürgermeisterin Ines Hartwig sagte, die Stadt sei "
        "erschüttert. Pfarrer Tobias Lang betete für die Opfer.")


def test_role_options_never_name_the_key_office() -> None:
    qs = [q for q in vocabulary.generate(analyze(load_article(TEXT)))
          if q.skill == "role" and q.options]
    assert qs
    for q in qs:
        key = str(q.answer).lower().replace("ä", "a")
        for o in q.options:
            low = o.lower().replace("ä", "a").removesuffix("in")
            if o != q.answer:
                assert not key.removesuffix("in").endswith(low), (q.prompt, q.options)
