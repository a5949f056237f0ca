"""Plain-text views of an analysis and a question set, for the terminal."""

from __future__ import annotations

from quizgen.model import Analysis, QuestionSet
from quizgen.render import ordered_right_items


def question_set_text(qset: QuestionSet) -> str:
    de = qset.language == "de"
    lines = [qset.title or qset.article.get("title", ""), ""]
    for n, q in enumerate(qset.questions, 1):
        lines.append(f"{n}. [{q.family}/{q.type}/{q.skill}] {q.prompt}")
        if q.type == "matching" and q.pairs:
            # the people to match on the left, numbered; their statements lettered, as printed
            lines += [f"   {i}. {pair[0]}" for i, pair in enumerate(q.pairs, 1)]
            lines += [f"   {chr(65 + i)}) {right}"
                      for i, right in enumerate(ordered_right_items(q))]
        elif q.type != "ordering":
            lines += [f"   - {o}" for o in q.options]
        if q.type == "ordering":
            for o in q.options:
                lines.append(f"   [ ] {o}")
        answer = q.answer if isinstance(q.answer, str) else " → ".join(q.answer)
        label = f"   {'Antwort' if de else 'Answer'}: "
        lines.append(label + answer.replace("\n", "\n" + " " * len(label)))
        lines.append("")
    return "\n".join(lines).rstrip()


def analysis_text(analysis: Analysis) -> str:
    lines = [f"{analysis.article.title}  [{analysis.language}]", ""]
    lines.append("Sentences:")
    for s in analysis.sentences:
        lines.append(f"  {s.index:3} {s.block:10} {s.text}")
    lines.append("Entities:")
    for e in analysis.entities:
        aliases = f" (= {', '.join(e.aliases)})" if e.aliases else ""
        role = f" — {e.role}" if e.role else ""
        lines.append(f"  {e.label} {e.name}{aliases}{role}: {len(e.mentions)} mentions")
    lines.append("Dates:")
    lines += [f"  {d.text} [{d.kind}] {d.value or ''}" for d in analysis.dates]
    lines.append("Quantities:")
    lines += [f"  {q.text} (value {q.value:g}, hedge {q.hedge}, unit {q.unit})"
              for q in analysis.quantities]
    lines.append("Quotes:")
    for q in analysis.quotes:
        via = f" via {q.outlet}" if q.outlet else ""
        lines.append(f"  {q.speaker} [{q.cue}, {q.kind}{via}]: {q.content}")
    lines.append("Evidence markers:")
    lines += [f"  {m.kind}: {m.text} (sentence {m.sentence})" for m in analysis.markers]
    return "\n".join(lines)
