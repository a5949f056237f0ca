"""Indexes built once per finished analysis, for the generators and the annotators that
read one another's results."""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable
from typing import TypeVar

from quizgen.model import Analysis

T = TypeVar("T")


def for_process(load: Callable[..., T]) -> Callable[..., T]:
    """Decorator for a loader of data kept until the process ends (a tagger model, a
    lexicon, a table of place names): memoised like functools.cache, and what it built is
    frozen out of the cyclic garbage collector. Python's full collections walk every live
    container, and they come every few articles: with HanTa's model and the tables built
    from it in the heap each took about 50 ms, a tenth of the time from text to question set.
    ``gc.freeze`` moves everything alive at that moment to the permanent generation; what
    of it dies later is still freed by reference counting."""
    values: dict[tuple, T] = {}

    @functools.wraps(load)
    def loaded(*args: object) -> T:
        try:
            return values[args]
        except KeyError:
            value = values[args] = load(*args)
            gc.freeze()
            return value
    loaded.cache_clear = values.clear  # type: ignore[attr-defined]
    return loaded


def per_analysis(build: Callable[[Analysis], T]) -> Callable[[Analysis], T]:
    """Decorator for an index a generator derives from a finished analysis ("mentions by
    token start", "sentences by lemma"): built on the first call for an Analysis object and
    handed out again for that object, instead of once per candidate question.

    The value is kept on the analysis itself (not a field: to_dict and == ignore it) and built
    afresh if sentences, entities or unresolved pronouns were added since. Callers must not
    change the value; the annotators of quizgen.nlp.pipeline never use it, as they still
    change the analysis they work on (coref.umbrella_nouns is read by generators only).
    """
    @functools.wraps(build)
    def cached(analysis: Analysis) -> T:
        memo = analysis.__dict__.setdefault("_per_analysis", {})
        stamp = (len(analysis.sentences), len(analysis.entities), len(analysis.unresolved))
        hit = memo.get(build)
        if hit is None or hit[0] != stamp:
            hit = memo[build] = (stamp, build(analysis))
        return hit[1]
    return cached
