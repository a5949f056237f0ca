"""Quick reading 38, true/false: a swapped-in person keeps the form of the name it replaces.
Invented text."""

from __future__ import annotations

import re

BAKERY = """Community bakery opens in Oldfield

A community bakery has opened in a former bank on Oldfield High Street.

The bakery was set up by Priya Nandakumar, a 41-year-old nurse who bakes at weekends, and \
retired teacher Colin Hargreaves.

Local shop owner Derek Walsh said the bakery had brought people back to the street. \
"It is busy from seven in the morning," he said.

Councillor Ruth Penrose said the council had agreed a low rent for the first two years.
"""


def test_a_full_name_is_swapped_for_a_full_name_en():
    from quizgen.generate import truefalse
    from quizgen.pipeline import analyze, load_article
    qs = [q for q in truefalse.generate(analyze(load_article(BAKERY)))
          if "set up by" in q.prompt and "Nandakumar" not in q.prompt]
    for q in qs:
        by = re.search(r"set up by ([A-Z][\w-]+(?: [A-Z][\w-]+)*),", q.prompt)
        assert by and " " in by.group(1), q.prompt
