"""Media-literacy questions: evidence, sources, fact and opinion, headlines, loaded language.

Each part lives in its own module (media_claims, media_sources, media_opinion,
media_headline, media_language, media_discussion) with `generate(analysis)`; this module
collects their scored candidates for quizgen.select. Every question has family
"media_literacy", evidence on the sentences it rests on, and a score that is lower where
the text gives the generator less to stand on.
"""

from __future__ import annotations

from quizgen.model import Analysis, Question


def generate(analysis: Analysis) -> list[Question]:
    from quizgen.generate import (
        media_claims,
        media_discussion,
        media_headline,
        media_language,
        media_opinion,
        media_sources,
    )
    from quizgen.generate.media_text import claims

    if analysis.language not in {"de", "en"}:
        return []
    cs = claims(analysis)  # the quotations as claims, found once for the parts that use them
    out: list[Question] = []
    for part in (media_claims, media_sources, media_opinion, media_headline, media_language,
                 media_discussion):
        takes_claims = part not in (media_headline, media_language)
        out.extend(part.generate(analysis, cs) if takes_claims else part.generate(analysis))
    # two quotations of one sentence can give the same question twice: keep the better one
    best: dict[tuple[str, str], Question] = {}
    for q in sorted(out, key=lambda q: -q.score):
        best.setdefault(_key(q), q)
    out = [q for q in out if best[_key(q)] is q]
    return _no_repeats(analysis, out)


def _no_repeats(analysis: Analysis, qs: list[Question]) -> list[Question]:
    """One question per matter (blind review 16, rubric 9): a loaded-word item on a
    headline word and the open headline comparison whose only point is that word's tone
    (the facts backed); two outlet-gap items of one template (the better scored stays)."""
    from quizgen.generate import media_headline, media_sources

    lang = analysis.language
    drop: set[int] = set()
    ranked = sorted(range(len(qs)), key=lambda i: -qs[i].score)  # stable: ties keep order
    # one outlet-gap item per set
    prefix = media_sources.T[lang]["outlet_fact"].split("{")[0]
    gaps = [i for i in ranked if qs[i].skill == "source" and qs[i].prompt.startswith(prefix)]
    drop |= set(gaps[1:])
    # the headline's tone asked twice
    th = media_headline.T[lang]
    # the note that backs the headline's facts and faults only its tone
    tone_only = (th["verdict_core_backed"].split("{")[0].strip(),)
    heads = {s.index for s in analysis.sentences if s.block == "headline"}
    loaded = {qs[i].answer.lower() for i in ranked if qs[i].skill == "loaded_language"
              and isinstance(qs[i].answer, str)
              and any(e.sentence in heads for e in qs[i].evidence)}
    for i, q in enumerate(qs):
        if q.type == "open" and q.skill == "headline" and isinstance(q.answer, str) and \
                any(v in q.answer for v in tone_only) and any(
                    f"{w}" in q.answer.lower() for w in loaded):
            drop.add(i)
    return [q for i, q in enumerate(qs) if i not in drop]


def _key(q: Question) -> tuple[str, str]:
    return q.prompt, q.answer if isinstance(q.answer, str) else "\n".join(q.answer)
