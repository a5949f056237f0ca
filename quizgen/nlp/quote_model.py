"""A small learned speaker model that adds the reported speech the hand rules miss.

The rules in `quotes.py` find quotations with an explicit cue. What they miss is mostly speech
without one: Konjunktiv sentences whose speaker was named a sentence or two before, "Reported"
speech acts of many verbs, speakers that are plain noun phrases. For every body sentence the
rules left without a speaker, two logistic regressions score (1) whether the sentence holds
speech (its words and verbs, Konjunktiv, quotation marks, colon, distance to the last quote)
and (2) which candidate speaks (names, pronouns, noun phrases in the same or the previous two
sentences: distance, position to the finite verb, determiner, head noun, entity, whether
the rules made it a speaker just before). The best candidate becomes a quote's speaker when
P(speech) * P(speaker) passes the threshold chosen on train cross-validation; the content is
the whole sentence (cue None, kind indirect). A quotation the rules kept without a speaker
gets the candidate as its speaker instead of a second quote.

The weights are plain JSON (`quizgen/data/quote_model.json.gz`, trained by
`bench/quote_model_train.py` on quotes-de/train only), so no ML library is needed at run time.
QUIZGEN_QUOTE_MODEL=off switches the model off (used when training it).
"""

from __future__ import annotations

import gzip
import json
import math
import os
from pathlib import Path

from quizgen.model import Analysis, Entity, Quote, Sentence, Token
from quizgen.nlp.memo import for_process

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "quote_model.json.gz"

SAY = frozenset("""
    sagen erklären behaupten betonen hinzufügen äußern warnen kritisieren mitteilen berichten
    bestätigen dementieren ankündigen erläutern unterstreichen versichern zitieren schreiben
    melden antworten erwidern entgegnen bekräftigen einräumen zugeben verkünden beklagen
    bestreiten vorwerfen ergänzen hervorheben hinweisen ausführen schildern bekanntgeben
    angeben klarstellen feststellen nennen bezeichnen begründen kommentieren verlangen fordern
    auffordern sprechen glauben hoffen befürchten fürchten vermuten erwarten bezweifeln
    ablehnen zurückweisen drohen ankündigen beschließen planen wollen vorschlagen
""".split())
KONJ1 = frozenset("""
    sei seien habe werde könne müsse solle wolle dürfe möge wisse gebe liege gehe komme
    stehe bestehe gelte stamme brauche führe drohe fehle befinde
""".split())
KONJ2 = frozenset("hätte wäre würde könnte müsste dürfte hätten wären würden".split())
PEOPLE = tuple("""
    sprecher sprecherin minister ministerin ministerium polizei regierung gericht behörde
    experte experten forscher wissenschaftler präsident präsidentin chef chefin partei
    fraktion verband kommission staatsanwaltschaft anwalt kanzler kanzlerin vorsitzende
    leiter direktor bürgermeister vertreter beobachter kritiker zeuge zeugen ermittler arzt
    ärzte richter gewerkschaft konzern unternehmen verein organisation botschaft amt rat
    abgeordnete opposition militär armee polizisten feuerwehr agentur institut politiker
    union bundestag nasa uno nato sprecherin trainer spieler
""".split())
SPEAK_PRON = frozenset("er sie ich wir".split())
# a sentence naming a rumour as its source ("Im Internet kursiert die Behauptung, ...") is
# nobody's reported speech
RUMOUR = frozenset("kursieren gerücht gerüchte behauptung vermutung spekulation".split())
FINITE = frozenset("VVFIN VAFIN VMFIN".split())
AUX_LEMMAS = frozenset("haben sein werden".split())
NP_POS = frozenset("DET ADJ NOUN PROPN NUM".split())
HEAD_POS = frozenset("NOUN PROPN".split())


# --------------------------------------------------------------------------- features


def _konj1(t: Token) -> bool:
    w = t.text.lower()
    lemma = t.lemma.lower()
    return w in KONJ1 or (t.tag == "VVFIN" and lemma.endswith("en") and w == lemma[:-1])


def _sentence_info(s: Sentence) -> dict:
    """Facts about one sentence shared by all candidates in and after it."""
    toks = s.tokens
    words = {t.text.lower() for t in toks}
    lemmas = {t.lemma.lower() for t in toks if t.pos in ("VERB", "AUX")}
    fin = next((i for i, t in enumerate(toks) if t.tag in FINITE), len(toks))
    fin_lemma = toks[fin].lemma.lower() if fin < len(toks) else "-"
    main = fin_lemma  # the main verb of the first clause, particle glued on ("gab ... bekannt")
    for t in toks[fin + 1:fin + 25]:
        if t.text in ",:;" or t.tag in ("VVPP", "VVINF", "VVIZU"):
            if t.tag in ("VVPP", "VVINF", "VVIZU") and fin_lemma in AUX_LEMMAS:
                main = t.lemma.lower()
            break
        if t.tag == "PTKVZ":
            main = t.text.lower() + fin_lemma
            break
    comma = next((i for i in range(fin + 1, len(toks)) if toks[i].text in ",:"), len(toks))
    after = toks[comma + 1:comma + 30]
    comp = "dass" if after and after[0].text.lower() in ("dass", "daß", "ob", "wonach") else (
        "colon" if comma < len(toks) and toks[comma].text == ":" else
        "zu" if any(t.tag == "VVIZU" or t.tag == "PTKZU" for t in after) else
        "konj" if any(t.tag in FINITE and _konj1(t) for t in after) else
        "clause" if after else "none")
    pre = [t for t in toks[:fin] if t.pos in ("NOUN", "PROPN")]
    pre_head = pre[-1].lemma.lower() if pre else "-"
    return {
        "main": main,
        "comp": comp,
        "pre_people": bool(pre) and (pre_head.endswith(PEOPLE) or pre[-1].pos == "PROPN"),
        "pre_pron": fin > 0 and toks[fin - 1].text.lower() in SPEAK_PRON or
        fin + 1 < len(toks) and toks[fin + 1].text.lower() in SPEAK_PRON,
        "konj1": any(_konj1(t) for t in toks if t.tag in FINITE),
        "konj2": any(t.text.lower() in KONJ2 for t in toks),
        "quote": any(t.text in "„“”\"»«" for t in toks),
        "colon": ":" in words,
        "dass": "dass" in words,
        "laut": bool(words & {"laut", "zufolge", "demnach"}),
        "soll": bool(words & {"soll", "sollen", "solle"}),
        "say": bool(lemmas & SAY),
        "verbs": sorted(lemmas)[:12],
        "words": sorted({(t.lemma if t.lemma and t.lemma != "<unknown>" else t.text).lower()
                         for t in toks if t.pos not in ("NUM", "PROPN")}),
        "first": toks[0].text.lower(),
        "fin": fin,
        "fin_lemma": toks[fin].lemma.lower() if fin < len(toks) else "-",
        "n": len(toks),
    }


def _candidates(s: Sentence) -> list[tuple[int, int, str]]:
    """(first token, last token + 1, kind) of names, pronouns and noun phrases."""
    toks = s.tokens
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.pos == "PRON" and t.text.lower() in SPEAK_PRON and t.tag == "PPER":
            out.append((i, i + 1, "pron"))
            i += 1
            continue
        if t.pos in NP_POS:
            j = i + 1  # a determiner after a noun starts the next phrase
            while j < len(toks) and toks[j].pos in NP_POS and not (
                    toks[j].pos == "DET" and toks[j - 1].pos in HEAD_POS):
                j += 1
            heads = [k for k in range(i, j) if toks[k].pos in HEAD_POS]
            # 'Peter Hollmann (SPD)': a party or place in brackets labels the phrase before
            # it and does not speak itself
            label = i >= 2 and toks[i - 1].text == "(" and j < len(toks) and \
                toks[j].text == ")" and toks[i - 2].pos in HEAD_POS
            if heads and not label:
                end = heads[-1] + 1
                kind = "name" if toks[heads[-1]].pos == "PROPN" else "np"
                out.append((i, end, kind))
            i = max(j, i + 1)
            continue
        i += 1
    return out


def features(analysis: Analysis, index: int, infos: dict, rule_spk: list, ent_of,
             cands_of, keep=None) -> tuple[list[str], list[tuple[tuple[int, int], list[str]]]]:
    """Features of sentence `index`, and its speaker candidates with theirs (none when
    `keep(sentence features)` says the sentence cannot pass the threshold)."""
    sents = analysis.sentences
    target = infos[index]
    last_rule = max((q.sentence for q in rule_spk if q.sentence < index), default=-9)
    gap = index - last_rule
    sfeat = [f"k1={target['konj1']}", f"k2={target['konj2']}", f"q={target['quote']}",
             f"colon={target['colon']}", f"dass={target['dass']}", f"laut={target['laut']}",
             f"soll={target['soll']}", f"say={target['say']}",
             f"gap={min(gap, 4)}", f"gapk1={min(gap, 4)}&{target['konj1']}"]
    sfeat += [f"v={v}" for v in target["verbs"]] + [f"w={w}" for w in target["words"]]
    sfeat += [f"main={target['main']}", f"comp={target['comp']}",
              f"main&comp={target['main']}&{target['comp']}",
              f"pre={target['pre_people']}&{target['comp']}", f"prepron={target['pre_pron']}",
              f"prek1={target['pre_people'] or target['pre_pron']}&{target['konj1']}"]
    sfeat.append(f"first={target['first']}")
    prev = infos.get(index - 1)
    if prev is not None:
        sfeat += [f"psay={prev['say']}", f"pk1={prev['konj1']}", f"pq={prev['quote']}",
                  f"pcolon={prev['colon']}"]
    out: list[tuple[tuple[int, int], list[str]]] = []
    if keep is not None and not keep(sfeat):
        return sfeat, out
    for d in (0, 1, 2):
        k = index - d
        if k < 0 or sents[k].block != "body" or not sents[k].tokens:
            break
        s = sents[k]
        info = infos[k]
        toks = s.tokens
        near = [q for q in rule_spk if index - 3 <= q.sentence <= index]
        for rank, (a, b, kind) in enumerate(cands_of(k)):
            span = (toks[a].start, toks[b - 1].end)
            head = toks[b - 1]
            hl = head.lemma.lower() if head.lemma and head.lemma != "<unknown>" else \
                head.text.lower()
            ent = ent_of(k, span)
            prev = toks[a - 1] if a else None
            prevw = prev.text.lower() if prev and prev.pos in ("ADP", "SCONJ", "PUNCT") else "-"
            first = toks[a].text.lower()
            rel = "before" if b <= info["fin"] else ("after1" if a == info["fin"] + 1
                                                      else "after")
            in_rule = any(q.speaker_span[0] < span[1] and span[0] < q.speaker_span[1]
                          for q in near if index - 2 <= q.sentence)
            same_ent = bool(ent and any(q.speaker_entity == ent for q in near
                                        if q.sentence < index))
            f = [f"d={d}", f"kind={kind}", f"d&kind={d}&{kind}", f"ent={ent is not None}",
                 f"d&rel={d}&{rel}", f"rel={rel}", f"rank={min(rank, 3)}",
                 f"d&rank={d}&{min(rank, 3)}", f"head={hl}", f"suf={hl[-4:]}",
                 f"people={hl.endswith(PEOPLE)}", f"first={first if toks[a].pos == 'DET' else '-'}",
                 f"prev={prev.pos if prev else '^'}",
                 f"prevw={prevw}",
                 f"len={min(b - a, 4)}", f"inrule={in_rule}", f"sameent={same_ent}",
                 f"d&ent={d}&{ent is not None}", f"d&k1={d}&{target['konj1']}",
                 f"d&say={d}&{target['say']}", f"d&q={d}&{target['quote']}",
                 f"kind&rel={kind}&{rel}", f"d&inrule={d}&{in_rule}",
                 f"srcsay={info['say']}&{d}", f"srck1={info['konj1']}&{d}",
                 f"vrel={info['fin_lemma']}&{rel}", f"prevw&kind={prevw}&{kind}",
                 f"first&rel={first if toks[a].pos == 'DET' else '-'}&{rel}",
                 f"people&rel={hl.endswith(PEOPLE)}&{rel}&{d}",
                 f"main&rel={info['main']}&{rel}&{d}", f"comp&rel={info['comp']}&{rel}&{d}"]
            out.append((span, f))
    return sfeat, out


# --------------------------------------------------------------------------- model


@for_process
def load_model() -> dict | None:
    """The weights, or None when switched off or not trained."""
    if os.environ.get("QUIZGEN_QUOTE_MODEL", "").lower() == "off" or not MODEL_PATH.exists():
        return None
    with gzip.open(MODEL_PATH, "rt", encoding="utf-8") as fh:
        return json.load(fh)


def score(model: dict, feats: list[str]) -> float:
    """P(this sentence is speech) or P(this candidate is its speaker): logistic regression."""
    w = model["weights"]
    z = model["bias"] + sum(w.get(f, 0.0) for f in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def region(analysis: Analysis, q: Quote) -> set[int]:
    """Sentences a quote covers: its own and those its content overlaps."""
    out = {q.sentence}
    if q.content_span:
        a, b = q.content_span
        out |= {s.index for s in analysis.sentences if s.start < b and a < s.end}
    return out


def sentence_candidates(analysis: Analysis, rule_quotes: list[Quote], keep=None):
    """(sentence index, sentence features, [(candidate span, features)]) for each body
    sentence the rules left without a speaker."""
    sents = analysis.sentences
    covered: set[int] = set()
    for q in rule_quotes:
        if q.speaker_span is not None:
            covered |= region(analysis, q)
    rule_spk = [q for q in rule_quotes if q.speaker_span is not None]
    infos: dict[int, dict] = {}
    for s in sents:
        if s.tokens and s.block == "body":
            infos[s.index] = _sentence_info(s)

    mentions: dict[int, list[tuple[int, int, int]]] = {}  # by sentence, as entity_at sees
    for n, e in enumerate(analysis.entities):
        for m in e.mentions:
            mentions.setdefault(m.sentence, []).append((m.start, m.end, n))

    def ent_of(k: int, span: tuple[int, int]) -> str | None:
        n = min((n for a, b, n in mentions.get(k, ()) if a < span[1] and span[0] < b),
                default=None)
        e = analysis.entities[n] if n is not None else None
        return e.id if e is not None and e.label != "LOC" else None

    cache: dict[int, list] = {}

    def cands_of(k: int) -> list[tuple[int, int, str]]:
        if k not in cache:
            cache[k] = _candidates(sents[k])
        return cache[k]

    for s in sents:
        if s.index in covered or s.index not in infos:
            continue
        sfeat, cands = features(analysis, s.index, infos, rule_spk, ent_of, cands_of, keep)
        if cands:
            yield s.index, sfeat, cands


def _previous_speaker(analysis: Analysis, rule_quotes: list[Quote], index: int,
                      pronoun: str) -> Entity | None:
    """'Deren Sprecherin Nadine Ott sagte dem Radiosender ... Sie verlangt eine Staffelung
    ...': a speaking pronoun the coreference left open is the person who spoke in the
    sentence right before, if the pronoun fits her."""
    from quizgen.nlp.coref import gender

    before = [q for q in rule_quotes if q.sentence == index - 1 and q.speaker_entity]
    ent = next((e for e in analysis.entities if before and e.id == before[-1].speaker_entity
                and e.label == "PER"), None)
    wanted = {"er": "m", "sie": "f"}.get(pronoun.lower())
    if ent is None or pronoun == "Sie" and index > 0 and not analysis.sentences[
            index].text.startswith("Sie "):
        return None  # the polite 'Sie' inside a sentence addresses the reader
    return ent if gender(analysis, ent) in (None, wanted) else None


# what people are said to say when nobody is named ('Im Ort wird erzählt, ...'): the verb's
# lemma (quotes' rules) and its participle (the cue of the speakerless quotation they make)
TALK_DE = {"erzählen": "erzählt", "munkeln": "gemunkelt", "spekulieren": "spekuliert",
           "raunen": "geraunt", "tuscheln": "getuschelt", "behaupten": "behauptet"}


def _talk(q: Quote) -> bool:
    """A speakerless quotation the rules made from talk ('heißt es', 'wird erzählt'); the
    model leaves it without a speaker."""
    cue = (q.cue or "").lower()
    return cue == "heißt es" or cue.startswith(tuple(TALK_DE.values()))


def _about_another(analysis: Analysis, s: Sentence, speaker: Entity | None) -> bool:
    """'Einen solchen hatte Brüning im Sommer allerdings abgelehnt, weil die Flächen dort zu
    nass seien.' after the mayor's words: a main clause in the indicative that names another
    person tells of that person, it is not the last speaker going on (blind review 131
    de_melkroboter gave the sentence to the mayor)."""
    first = next((t for t in s.tokens if t.tag in FINITE), None)
    if first is None or _konj1(first) or first.text.lower() in KONJ2 or \
            s.tokens[0].tag in ("KOUS", "PRELS", "PWAV"):
        return False
    return any(e.label == "PER" and e is not speaker and any(
        m.sentence == s.index and m.kind != "pronoun" for m in e.mentions)
        for e in analysis.entities)


def _fronted_verdict(s: Sentence) -> bool:
    """'Dass ein Verein dieser Größe an ein paar Käferlarven zu scheitern droht, sollte der
    Gemeinde zu denken geben.': a sentence whose subject is a 'dass' clause, with no verb of
    saying and no Konjunktiv I, is the writer's judgement of a fact, nobody's speech (blind
    review 114 made it 'ein Verein's words, and the writer's verdict lost its fact/opinion
    item)."""
    toks = s.tokens
    if not toks or toks[0].text.lower() != "dass" or any(
            _konj1(t) for t in toks if t.tag in FINITE):
        return False
    # ('zu scheitern droht' says what may happen: 'drohen' speaks only on its own)
    return not any(t.pos in ("VERB", "AUX") and t.lemma.lower() in SAY and not (
        t.lemma.lower() == "drohen" and i and toks[i - 1].tag in ("VVINF", "VVIZU"))
        for i, t in enumerate(toks))


def add_quotes(analysis: Analysis, rule_quotes: list[Quote]) -> list[Quote]:
    """The rules' quotes plus the model's, in text order (rules' quotes unchanged)."""
    model = load_model()
    if model is None or analysis.language != "de" or not analysis.sentences:
        return rule_quotes
    text = analysis.article.text
    added = []
    threshold = model["threshold"]

    def keep(sfeat: list[str]) -> bool:  # P(speaker) <= 1, so a weak sentence cannot pass
        return score(model["sentence"], sfeat) >= threshold

    for index, sfeat, cands in sentence_candidates(analysis, rule_quotes, keep):
        p, span = max((score(model["speaker"], f), span) for span, f in cands)
        p *= score(model["sentence"], sfeat)
        if p < threshold:
            continue
        s = analysis.sentences[index]
        if any(t.lemma.lower() in RUMOUR for t in s.tokens) or _fronted_verdict(s):
            continue
        e = analysis.entity_at(*span)
        e = e if e is not None and e.label != "LOC" else None
        if not (s.start <= span[0] < s.end) and _about_another(analysis, s, e):
            continue
        if e is None and text[span[0]:span[1]].lower() in SPEAK_PRON:
            e = _previous_speaker(analysis, rule_quotes, index, text[span[0]:span[1]])
        orphan = next((q for q in rule_quotes if q.sentence == index and q.speaker is None),
                      None)
        if orphan is not None and _talk(orphan):
            continue  # 'Im Ort heißt es', 'In Hallwig wird erzählt': nobody's, on purpose
        if orphan is not None:  # a quotation the rules found but could not attribute
            orphan.speaker = e.name if e else text[span[0]:span[1]]
            orphan.speaker_span, orphan.speaker_entity = span, e.id if e else None
            continue
        added.append(Quote(speaker=e.name if e else text[span[0]:span[1]], cue=None,
                           content=s.text.strip(), kind="indirect", sentence=index,
                           speaker_entity=e.id if e else None, speaker_span=span,
                           content_span=(s.start, s.end)))
    if not added:
        return rule_quotes
    return sorted(rule_quotes + added, key=lambda q: (q.sentence, q.content_span or (0, 0)))
