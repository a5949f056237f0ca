"""Open discussion prompts with a teacher's note built from the article's own claims and sources.

The prompt asks; the note (the question's answer and explanation) lists what a good answer
contains, quoting the sentences it rests on. Nothing here judges a speaker: the prompts ask
*why* someone could present events a certain way and *what evidence* would settle it.
"""

from __future__ import annotations

from quizgen.generate.common import distinct
from quizgen.generate.media_text import (
    Claim,
    cite,
    independent_of,
    join_names,
    make,
    quoted,
)
from quizgen.model import Analysis, Question

T = {
    "de": {
        "why": "{claim} Der Artikel merkt an, dass dafür keine Beweise vorgelegt wurden. "
               "Warum könnte {speaker} die Ereignisse so darstellen? Welche Belege bräuchte "
               "man, um die Behauptung zu prüfen?",
        "why_note": "Eine gute Antwort (1) nennt, wer spricht{role}, und überlegt, welches "
                    "Interesse diese Seite an der Darstellung haben könnte; (2) zeigt, dass der "
                    "Artikel selbst auf fehlende Beweise hinweist: {marker}; (3) nennt Belege, "
                    "mit denen man die Behauptung prüfen könnte, etwa überprüfbare Dokumente, "
                    "unabhängige Beobachter oder Berichte von Journalisten vor Ort.{outlet}",
        "why_expl": "Eine Behauptung ohne Beleg ist noch keine Tatsache; der Artikel sagt "
                    "selbst, dass Beweise fehlen.",
        "voices_expl": "Wer zu Wort kommt und woher die Aussagen stammen, prägt das Bild, "
                       "das ein Artikel vermittelt.",
        "outlet": " Außerdem: Die Aussage kommt aus zweiter Hand, über {outlet}.",
        "voices": "Der Artikel lässt {names} zu Wort kommen. Wessen Sicht fehlt, und wie "
                  "könnte man die Angaben unabhängig prüfen?",
        "voices_note": "Eine gute Antwort ordnet die Stimmen ein: {list}. Sie bemerkt, dass "
                       "{second}kaum unabhängige Stimmen vorkommen, und schlägt weitere Quellen "
                       "vor, etwa Betroffene, unabhängige Beobachter oder eigene Recherche vor "
                       "Ort.",
        "second": "manche Aussagen nur aus zweiter Hand stammen ({outlets}) und ",
        "official": "Beteiligter",
        "expert": "Experte",
        "other": "Stimme",
    },
    "en": {
        "why": "{claim} The article notes that no evidence was given for this. Why might "
               "{speaker} present events this way? What evidence would be needed to check the "
               "claim?",
        "why_note": "A good answer (1) names who is speaking{role} and considers what interest "
                    "that side could have in this account; (2) points out that the article "
                    "itself notes the missing evidence: {marker}; (3) names evidence that could "
                    "check the claim, such as verifiable documents, independent observers or "
                    "reporters on the ground.{outlet}",
        "why_expl": "A claim without evidence is not yet a fact; the article itself says the "
                    "evidence is missing.",
        "voices_expl": "Who gets to speak and where statements come from shapes the picture an "
                       "article gives.",
        "outlet": " Also: the statement comes second-hand, via {outlet}.",
        "voices": "The article lets {names} speak. Whose view is missing, and how could the "
                  "information be checked independently?",
        "voices_note": "A good answer places the voices: {list}. It notices that {second}few "
                       "independent voices appear, and suggests further sources, such as people "
                       "affected, independent observers or own reporting on the ground.",
        "second": "some statements come only second-hand ({outlets}) and ",
        "official": "involved party",
        "expert": "expert",
        "other": "voice",
    },
}


def generate(analysis: Analysis, cs: list[Claim]) -> list[Question]:
    lang = analysis.language
    if lang not in T:
        return []
    return _why(analysis, cs) + _voices(analysis, cs)


def _why(analysis: Analysis, cs: list[Claim]) -> list[Question]:
    lang = analysis.language
    t = T[lang]
    out = []
    done: set[str] = set()
    for c in cs:
        if not c.unsupported or c.entity is None or c.pronoun_speaker or c.key in done:
            continue
        claim = c.sentence_form(lang) or (
            f"{c.speaker}: {c.statement}" if c.statement else None)
        if claim is None:
            continue
        done.add(c.key)
        msent = analysis.sentences[c.unsupported[0].sentence]
        role = f" ({c.entity.role})" if c.entity.role and c.entity.role[:1].isupper() else ""
        outlet = t["outlet"].format(outlet=quoted(c.outlet, lang)) if c.outlet else ""
        note = t["why_note"].format(role=role,
                                    marker=cite(analysis, msent),
                                    outlet=outlet)
        out.append(make(analysis, "why", "open", "discussion",
                        t["why"].format(claim=claim, speaker=c.speaker), note,
                        [c.sentence, msent], t["why_expl"], difficulty=3, score=0.6))
    return out


def _voices(analysis: Analysis, cs: list[Claim]) -> list[Question]:
    lang = analysis.language
    t = T[lang]
    speakers: dict[str, Claim] = {}
    for c in cs:
        if c.entity is not None and c.entity.label == "PER" and not c.pronoun_speaker and \
                c.speaker not in speakers:
            speakers[c.speaker] = c
    if len(speakers) < 2:
        return []
    items = []
    for name, c in speakers.items():
        ind = independent_of(c.entity, c.quote.speaker)
        what = c.entity.role if c.entity.role and c.entity.role[:1].isupper() else (
            t["expert"] if ind else t["official"] if ind is False else None)
        items.append(f"{name} ({what})" if what else name)
    outs = distinct([c.outlet for c in cs if c.outlet])
    second = t["second"].format(outlets=", ".join(quoted(o, lang) for o in outs)) if outs \
        else ""
    note = t["voices_note"].format(list="; ".join(items), second=second)
    names = list(speakers)[:4]
    return [make(analysis, "voices", "open", "discussion",
                 t["voices"].format(names=join_names(names, lang)), note,
                 [speakers[n].sentence for n in names], t["voices_expl"], difficulty=3,
                 score=0.5)]
