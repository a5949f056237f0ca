"""The analysis: sentences, tokens, tags, entities, dates, numbers, quotes, claim markers.

Python's `re` module keeps the last 512 patterns compiled from strings (first in, first out).
The generators search with about 300 distinct patterns on an English article and 430 on a
German one, and a few more built from each article's names: with articles in turn, each one
pushed the other's out and about 300 were compiled again per article (60-100 ms, a tenth
of the time from text to question set; bench/speed.py, rows "mixed"). A larger cache keeps
them all; a Python without the setting simply keeps its own size.
"""

import re

if getattr(re, "_MAXCACHE", 4096) < 4096:
    re._MAXCACHE = 4096  # type: ignore[attr-defined]
