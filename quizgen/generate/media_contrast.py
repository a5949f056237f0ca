"""Where a heading says more than the body: by meaning, not by shared words.

Tabloid headings overstate in a few recurring ways, and each leaves a trace in the body
that words can find:

* *restricts*: the heading says all ("komplette Fabrik", "whole county", "shut down
  completely") and a body sentence on the same thing restricts it ("in weiten Teilen",
  "most of them", "many of its services");
* *contrast*: the heading's verb has a counterpart in the body that says otherwise
  (zerstört / unbeschädigt, Verbot / erlaubt, Ende / weiterlaufen, shut down / running
  normally, kills / nobody was hurt);
* *uncertain*: the heading states as fact what the body calls open ("ignorierte alle
  Warnungen" / "Ob er Warnungen erhalten hatte, ist bisher unklar");
* *actor*: the heading gives an action to one person or body, and the body sentences on
  the same matter name another actor and not that one.

Each finding carries the heading words and the body sentence that show it, so a question
can say what the body actually says. Nothing here is asserted where no such sentence is
found: a heading without a finding is "not shown to overstate", never "supported".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizgen.generate.media_text import (
    HEADING_BLOCKS,
    content_stems,
    mention_spans,
    stem,
    stems_overlap,
)
from quizgen.model import Analysis, Sentence, Token
from quizgen.nlp.tokens import is_finite

TOTAL = {
    "de": {"ganz", "ganze", "ganzes", "ganzen", "ganzer", "gesamte", "gesamten", "gesamter",
           "gesamtes", "komplett", "komplette", "kompletten", "kompletter", "komplettes",
           "völlig", "vollständig", "restlos", "alle", "allen", "aller", "alles", "jede",
           "jeder", "jedes", "jeden", "überall"},
    "en": {"entire", "entirely", "whole", "all", "every", "everyone", "everything",
           "completely", "complete", "totally", "total", "nationwide"},
}
# all-words of degree or time, not of number: a ban "for good" or "completely" is what an
# exception contradicts; "at all schools" stays true when teachers may allow phones in class
DEGREE = {
    "de": {"komplett", "komplette", "kompletten", "völlig", "vollständig", "restlos", "total",
           "totales", "ganz", "gänzlich", "ausnahmslos"},
    "en": {"completely", "totally", "entirely", "complete", "total", "outright"},
}
TOTAL_PHRASES = {"de": ["für immer"], "en": ["for good", "forever"]}
# what limits 'for good' / 'für immer' is time ('vorerst', 'for now', 'could return next
# year'), not a count: 'after several large claims' does not restrict 'fete axed for good'
TIME_LIMIT = {
    "de": re.compile(r"\b(vorübergehend\w*|vorerst|vorläufig\w*|zunächst|bis auf Weiteres|"
                     r"befristet\w*|wieder (?:öffnen|geöffnet|aufmachen|stattfinden|zurück)|"
                     r"wiedereröffn\w*|im nächsten Jahr wieder|nur (?:in )?diese[ns]? (?:Jahr|"
                     r"Sommer|Winter|Saison))\b"),
    "en": re.compile(r"(?i)\b(temporar\w*|for now|for the time being|for this (?:year|season|"
                     r"summer|winter)|this (?:year|season) only|until further notice|"
                     r"(?:could|may|might|will|would) (?:return|reopen|resume|be back)|"
                     r"reopen\w*|at least until)\b"),
}
# the body saying the same: 'will not take place again', 'nie wieder', 'endgültig'
PERMANENT = {
    "de": re.compile(r"(?i)\b(nie wieder|nie mehr|nicht mehr (?:\w+ ){0,3}(?:stattfinden|"
                     r"öffnen|geben)|endgültig\w*|dauerhaft\w*|für immer)\b"),
    "en": re.compile(r"(?i)\b(not (?:\w+ ){0,2}(?:take place|run|open|return|be held) again|"
                     r"never (?:again|reopen|return)|permanently|for good|forever|for ever|"
                     r"no longer (?:\w+ ){0,2}(?:run|open|held|take place))\b"),
}


def permanence_backed(analysis: Analysis) -> bool:
    """Does the body itself say the end is for good ('will not take place again')?"""
    pattern = PERMANENT.get(analysis.language)
    return bool(pattern) and any(pattern.search(b.text) for b in analysis.body_sentences())
# the nouns of time an all-word counts out ('jeden Tag', 'every week', 'every Year 7')
_TIME_NOUNS = {"de": {"tag", "woche", "monat", "jahr", "nacht", "morgen", "abend", "stunde",
                      "minute", "wochenende"},
               "en": {"day", "week", "month", "year", "night", "morning", "evening", "hour",
                      "minute", "weekend"}}
RESTRICT = {
    "de": re.compile(r"\b(teilweise|weitgehend|zum Teil|weiten Teilen|Teilen|einige[nmrs]?|"
                     r"einzelne[nmrs]?|die meisten|meisten|nur|lediglich|Ausnahmen?|"
                     r"ausgenommen|außer|jedoch|dagegen)\b"),
    "en": re.compile(r"\b(partly|partially|largely|mostly|most of|parts of|some|several|"
                     r"many of|only|except|exceptions?|however|unaffected)\b", re.IGNORECASE),
}
# a heading that itself says the matter is open: nothing in it the body could call open. A
# dispute is open by its nature: 'Streit um einen Pfeil' over 'Ob der Pfeil tatsächlich vom
# Vereinsgelände stammte, ist nicht geklärt' reports the dispute the body reports (blind
# review 46 de_bogenschiessen #20/#22 keyed the subheading 'not confirmed by the text')
HEAD_OPEN = {
    "de": re.compile(r"(?i)\b(offene?[nrs]?|Fragen?|Fragezeichen|unklar\w*|ungeklärt\w*|"
                     r"ungewiss\w*|Rätsel\w*|rätselhaft\w*|unbekannt\w*|Streit(?:e?s)?|"
                     r"Streitfall\w*|Zoff|Vorw[uü]rfe?n?|umstritten\w*|Zweifel\w*|"
                     r"Verdacht\w*|Anschuldigung\w*)\b|\?"),
    "en": re.compile(r"(?i)\b(open|questions?|unclear|unknown|unanswered|uncertain\w*|"
                     r"mystery|puzzle|disputes?|disputed|rows?\s+(?:over|about)|claims?|"
                     r"alleg\w*|accus\w*|doubts?|suspect\w*|suspicions?|contested)\b|\?"),
}
# (what the heading says, what a body sentence says against it). A ban with exceptions is
# still a ban: it restricts only an "all"/"forever" of the heading, and only in a body
# sentence on the same thing ("Im Unterricht bleibt das Handy erlaubt, wenn ...")
BAN = "(?#ban)"
CONTRAST = {
    "de": [
        (r"zerst[öo]r|vernicht|verwüst|niedergebrannt|abgebrannt",
         r"unbeschädigt|unversehrt|intakt|verschont"),
        (r"lahm|stillstand|kollaps|legt\b.*\bstill",
         r"\bnormal\b|planmäßig|läuft weiter|laufen weiter|uneingeschränkt"),
        (r"\bEnde\b|-Aus\b|\bAus für\b",
         r"weiterlaufen|weiterläuft|läuft (vorerst )?weiter|weitergeführt|fortgeführt|"
         r"fortgesetzt|bleibt (vorerst )?geöffnet"),
        (r"verbot|verbann|verbiet", BAN + r"\berlaubt\b|Ausnahme|ausgenommen|gestattet|zulässig"),
        (r"\bTote\b|\bToten\b|getötet|sterben", r"niemand\b[^.]{0,30}\b(verletzt|getötet)|"
                                               r"keine (Toten|Verletzten)|unverletzt"),
        # a win by a wide margin against a close result
        (r"Erdrutsch|haushoch|Kantersieg", r"\bknapp(e[mnrs]?)?\b|hauchdünn"),
        # an alarm against the all-clear ('Gefährliche Tigermücke erobert Lindenau' over
        # '... ist lästig, aber nicht automatisch gefährlich', blind review 12)
        (r"gefährlich|\bGefahr\b|\btödlich|\bKiller",
         r"nicht (?:automatisch |unbedingt |besonders |akut |direkt )?gefährlich|"
         r"keine (?:akute |unmittelbare |direkte |große )?Gefahr|"
         r"kein Grund zur (?:Panik|Sorge|Beunruhigung)|ungefährlich|harmlos"),
    ],
    "en": [
        (r"destroy|wreck|devastat|razed|gutted|in ruins",
         r"undamaged|intact|unharmed|spared|unscathed"),
        (r"paralys|standstill|shut down|to its knees|grinds? to a halt|crippl",
         r"running normally|operating normally|as normal|still (open|running|working)"),
        (r"\bend of\b|closes? for good|gone for good", r"will continue|remains? open|"
                                                       r"keeps? running|carry on"),
        (r"\bbann?(ed|s)?\b|outlaw", BAN + r"\ballowed\b|exception|exempt|permitted"),
        (r"\bkills?\b|\bkilled\b|\bdead\b", r"(nobody|no one) was (seriously )?(hurt|injured|"
                                            r"killed)|no (deaths|injuries)|unhurt"),
        (r"landslide|\bthrash|\bcrushing (win|victory)", r"\bnarrow(ly)?\b|razor-thin"),
        (r"danger|deadly|\bkiller|\btoxic|\bpoison",
         r"not (?:necessarily |automatically |particularly |immediately )?dangerous|"
         r"no (?:immediate |real )?(?:danger|threat|risk) to|pose[sd]? no (?:danger|threat|risk)|"
         r"no (?:cause|reason|need) (?:for|to) (?:alarm|panic|concern|worry)|harmless"),
    ],
}
UNCERTAIN = {
    "de": re.compile(r"\b(unklar|ungeklärt|nicht bekannt|unbekannt|noch offen|"
                     r"nicht bestätigt|nicht geklärt)\b"),
    "en": re.compile(r"\b(unclear|not known|unknown|not yet (known|confirmed|clear)|"
                     r"too early to say|not been confirmed|unconfirmed)\b", re.IGNORECASE),
}


# an open how/why/when/where leaves the fact itself standing ('Wie das Virus ins Heim
# gelangt ist, ist unklar' under 'Virus legt Seniorenheim lahm', judged19 de_norovirus)
WH_OPEN = {
    "de": re.compile(r"(?i)(?:^|[,;:–]\s*)(?:wie|warum|wann|wo|woher|wieso|weshalb|weswegen)\b"
                     r"[^.;]*\b(?:unklar|ungeklärt|unbekannt|noch offen|nicht bekannt|"
                     r"nicht geklärt)\b|\b(?:unklar|ungeklärt|offen|nicht bekannt),\s*(?:wie|"
                     r"warum|wann|wo|woher|wieso|weshalb)\b"),
    # ('it was too early to say what had led to the collapse' under 'Parents face losing
    # hundreds of pounds after school trip firm collapses': the cause is open, not the
    # collapse; blind review 103 en_school_trip #16/#17 keyed the headline 'not backed')
    "en": re.compile(r"(?i)\b(?:unclear|not known|unknown|not yet (?:known|clear)|too early to "
                     r"(?:say|tell|know))\s+(?:exactly\s+)?(?:how|why|when|where|who|what "
                     r"(?:caused|had caused|has caused|led|had led|has led|happened|had happened|"
                     r"went wrong))\b|(?:^|[,;:]\s*)(?:how|why|when|where)\b"
                     r"[^.;]*\b(?:is|was|remains) (?:still )?(?:unclear|unknown|not known)\b"),
}


# what comes after the matter: whether it goes on, starts again, next year. Called open, it
# leaves a heading on the matter itself standing (an end the lead reports)
GOES_ON = {
    "de": re.compile(r"(?i)\b(?:weiter\w*|wieder\w*|künftig\w*|erneut|im (?:kommenden|nächsten) "
                     r"Jahr)\b"),
    "en": re.compile(r"(?i)\b(?:continu\w*|resum\w*|reopen\w*|again|next year|in future|"
                     r"carry on|go on)\b"),
}


@dataclass
class Finding:
    heading: Sentence
    kind: str  # restricts | contrast | uncertain | actor
    phrase: str  # the heading's words that say more
    body: Sentence  # the body sentence that says otherwise
    cue: str  # the body's word(s) that do

    @property
    def claim(self) -> str:
        """The part of the heading the finding is about ('Ganzes Viertel stundenlang ohne
        Strom'), for a prompt that quotes the heading's own words."""
        i = self.heading.text.find(self.phrase)
        return _part_at(self.heading.text, max(i, 0))


_BREAKS = frozenset({"–", "—", "-", ":", "!", "?", ",", ";", "|"})


def _phrase(tokens: list[Token], i: int, text: str) -> str:
    """The totality word and the noun or verb it reaches: 'komplette Fabrik', 'shut down
    completely'."""
    if tokens[i].pos == "ADV" or tokens[i].text.lower().endswith("ly"):
        k = i - 1
        while k >= max(0, i - 3) and tokens[k].pos != "VERB":
            k -= 1
        if k >= 0 and tokens[k].pos == "VERB":
            return text[tokens[k].start:tokens[i].end]
    j = i + 1
    while j < len(tokens) and j <= i + 3 and tokens[j].pos not in {"NOUN", "PROPN", "VERB"}:
        if tokens[j].text in _BREAKS:
            # 'komplett dicht – Kinder ohne Sport': the dash ends the claim ('komplett
            # dicht'); the noun after it belongs to the next part
            if j > i + 1:
                return text[tokens[i].start:tokens[j - 1].end]
            break
        j += 1
    if j < len(tokens) and tokens[j].pos in {"NOUN", "PROPN", "VERB"} and j <= i + 3 and \
            not any(t.text in _BREAKS for t in tokens[i + 1:j]):
        return text[tokens[i].start:tokens[j].end]
    k = i - 1  # "shut down completely": the verb before the adverb
    while k >= 0 and tokens[k].pos not in {"VERB"} and k >= i - 3:
        k -= 1
    if k >= 0 and tokens[k].pos == "VERB":
        return text[tokens[k].start:tokens[i].end]
    return tokens[i].text


def _names(analysis: Analysis) -> set[str]:
    return {stem(w, analysis.language) for e in analysis.entities
            for w in re.findall(r"\w+", " ".join([e.name, *e.aliases]))}


def _same_heads(a: set[str], b: set[str]) -> bool:
    """A noun of `a` met in `b` as the same word or as a compound's head: 'Absturzursache'
    (a cause) is no 'Flugzeugabsturz' (a crash) though both begin alike, 'Zugunglück' is an
    'Unglück'."""
    return any(x == y or (min(len(x), len(y)) >= 5 and (x.endswith(y) or y.endswith(x)))
               for x in a for y in b)


POINTS_BACK = re.compile(r"\s*(?:That|This|It|Das|Dies|Dieses|Diese|Dafür|Dazu)\s+(?:has|have|is|"
                         r"was|had|could|can|ist|wurde|sei|war|konnte|kann|lässt|ließ)\b")


def _open_on_heading(text: str, at: int, nouns: set[str], lang: str) -> bool:
    """Is what the body calls open ('unclear whether the club could field its own junior
    crews') about the heading's matter? Its clause names one of the heading's nouns, where
    the heading's subject is not counted (blind review 23 en_rowing_club #15/#16 keyed 'the
    body does not confirm' a headline the body fully backs, for a side question on junior
    crews). A clause that opens the sentence with 'Ob/Whether' counts with it ('Ob er
    Warnungen erhalten hatte, ist bisher unklar')."""
    start = 0 if re.match(r"(?i)\s*(?:ob|whether)\b", text) else \
        max(text.rfind(p, 0, at) for p in ",;:") + 1
    ends = [i for i in (text.find(p, at) for p in ",;:.") if i >= 0]
    clause = text[start:min(ends) if ends else len(text)]
    if POINTS_BACK.match(clause):
        return False  # 'That has not been confirmed by the council': the claim of the sentence
        # before is open, whatever the agent shares with the heading (blind review 36
        # en_by_election_draw Q17 keyed a headline the body backs 'not confirmed')
    found = {stem(w, lang) for w in re.findall(r"\w+", clause)}
    return any(x == y or (min(len(x), len(y)) >= 5 and (x.endswith(y) or y.endswith(x)))
               for x in nouns for y in found)


NEGATION = {"not", "never", "nicht", "nie", "niemals", "kaum", "hardly"}


def capitalised_name(toks: list[Token], k: int, lang: str) -> bool:
    """Is the German token at k capitalised inside its sentence part, as a name is ('an der
    Aller'), where an all-word is written small ('aller', 'alle')? Not after a sentence or
    part start ('Alle Schulen ...', '...: Jeder zweite ...') and not in capitals."""
    t = toks[k].text
    return lang == "de" and k > 0 and t[:1].isupper() and not t.isupper() and \
        toks[k - 1].text not in {":", "!", "?", ".", "–", "-", "—", "„", "\"", "“", "‚", "(",
                                 "|"}


# prepositions of place: the noun after them says where the heading's matter happens
PLACE_PREPS = {"de": {"im", "in", "am", "an", "auf", "beim", "bei", "vor"},
               "en": {"in", "at", "on", "inside", "outside"}}


def _setting_nouns(toks: list[Token], lang: str) -> set[str]:
    """Stems of the heading's nouns that stand only in a phrase of place ('im Freizeitpark',
    'at the pool'), an article or adjective stepped over."""
    places, others = set(), set()
    for k, t in enumerate(toks):
        if t.pos != "NOUN":
            continue
        j = k - 1
        while j >= 0 and toks[j].pos in {"DET", "ADJ"} and k - j <= 2:
            j -= 1
        place = j >= 0 and toks[j].text.lower() in PLACE_PREPS.get(lang, set())
        (places if place else others).add(stem(t.lemma or t.text, lang))
    return places - others


def findings(analysis: Analysis) -> list[Finding]:
    """All clear cases of a heading saying more than the body, best first per heading."""
    lang = analysis.language
    if lang not in TOTAL:
        return []
    text = analysis.article.text
    body = analysis.body_sentences()
    body_stems = {b.index: content_stems(b, lang) for b in body}
    names = _names(analysis)
    out: list[Finding] = []
    for h in [s for s in analysis.sentences if s.block in HEADING_BLOCKS and s.block != "caption"]:
        total_stems = {stem(w, lang) for w in TOTAL[lang]}
        # "Lindenau" alone does not make a sentence about the heading: names are left out
        topical = content_stems(h, lang, mention_spans(analysis, h)) - total_stems
        found: list[Finding] = []
        # contrast: the heading's verb against its counterpart
        for said, against in CONTRAST[lang]:
            m = re.search(said, h.text, re.IGNORECASE)
            if not m:
                continue
            phrase = _part_at(h.text, m.start())
            ban = against.startswith(BAN)
            if ban and not (any(w.lower() in DEGREE[lang] for w in re.findall(r"\w+", phrase))
                            or any(p in phrase.lower() for p in TOTAL_PHRASES[lang])):
                continue  # "Handy-Verbot an allen Schulen" is true with exceptions in class
            flags = re.IGNORECASE if lang == "en" else 0
            for b in body:
                c = re.search(against, b.text, flags)
                if c and not ban and _unrealised(b.text, c.start(), lang):
                    c = None  # 'He had hoped that one of his staff would carry on the
                    # business, but nobody was willing': a hope that failed, no counterpart
                if c and (not ban or stems_overlap(topical, body_stems[b.index])):
                    if not ban and _taken_back(analysis, b, said, against, flags):
                        break  # (a ban the body restates is what its exception restricts)
                    found.append(Finding(h, "restricts" if ban else "contrast", phrase, b,
                                         c.group(0)))
                    break
        # restricts: "all" in the heading, "some"/"parts" in a body sentence on the same thing
        toks = h.tokens
        for i, t in enumerate(toks):
            if t.text.lower() not in TOTAL[lang]:
                continue
            if capitalised_name(toks, i, lang):
                continue  # 'Neuer Deich an der Aller': a river, no 'aller'
            if i and toks[i - 1].text.lower() in NEGATION:
                continue  # "'Not everyone has a washing machine'": a negated all restricts
                # itself (blind review 36 en_launderette Q15 keyed it False)
            if i + 1 < len(toks) and re.match(
                    r"(?i)(?:zweit|dritt|viert|fünft|sechst|siebt|acht|zehnt)e[nmrs]?$|"
                    r"(?:second|third|fourth|fifth|sixth|seventh|eighth|tenth)$",
                    toks[i + 1].text):
                continue  # 'fast jeden fünften Briefkasten', 'every third branch': a share,
                # no 'all' (blind review 90 de_briefkaesten #21/#23 keyed the headline not
                # backed over 'rund 140 ihrer knapp 760 Briefkästen')
            if i + 1 < len(toks) and toks[i + 1].text.lower() in _TIME_NOUNS[lang]:
                continue  # 'jeden Tag', 'every week': how often, not how many; 'every Year 7'
                # (a school year) was matched to '£18,000 a year, ... partly by a grant' and
                # the heading keyed as not backed (blind review 55 en_sign_language #11/#12)
            phrase = _phrase(toks, i, text)
            # what the "all" is about: the content words of its own part of the heading
            part = _part_at(h.text, t.start - h.start)
            lo = h.start + h.text.find(part)
            about = {x for x in topical if any(
                lo <= u.start < lo + len(part) and stem(u.lemma or u.text, lang).startswith(x[:4])
                for u in toks)}
            best, best_n = None, 0
            for b in body:
                r = _restriction(b.text, about, lang, degree=t.text.lower() in DEGREE[lang])
                n = len(stems_overlap(about, body_stems[b.index]))
                if r and n > best_n:
                    best, best_n = (b, r), n
            if best:
                found.append(Finding(h, "restricts", phrase, best[0], best[1]))
        for p in TOTAL_PHRASES[lang]:
            i = h.text.lower().find(p)
            if i >= 0 and not permanence_backed(analysis):
                for b in body:
                    r = _restriction(b.text, topical, lang, TIME_LIMIT[lang])
                    if r:
                        found.append(Finding(h, "restricts", h.text[i:i + len(p)], b, r))
                        break
        # uncertain: what the heading states, the body calls open. A heading that itself
        # calls the matter open ('Offene Fragen zur Ursache', 'Cause still unclear') states
        # nothing the body could call open (fresh reading 39 schrottplatz Q13/Q14)
        nouns = {stem(t.lemma or t.text, lang) for t in toks if t.pos == "NOUN"} - names
        # the heading's first noun, mostly who it is about ('Rowing club counts the cost ...')
        subject = next((stem(t.lemma or t.text, lang) for t in toks if t.pos == "NOUN"), None)
        # and the nouns of its phrase up to the verb: 'Mieter der Siedlung Glückauf wehren
        # sich gegen Neubaupläne' is about tenants of the estate; 'Ob die Siedlung
        # abgerissen werden darf, ist offen' does not make their protest open (blind review
        # 66 de_zechensiedlung #18/#20 keyed a headline the lead states 'not confirmed')
        verb = next((k for k, t in enumerate(toks) if t.pos in {"VERB", "AUX"}), None)
        first = next((k for k, t in enumerate(toks) if t.pos == "NOUN"), None)
        own = {stem(t.lemma or t.text, lang) for t in toks[:verb] if t.pos == "NOUN"} \
            if verb is not None and first is not None and first < verb else set()
        own = own if nouns - own - names else set()  # a heading of nouns only keeps them
        # a noun that only sets the scene ('Schüler im Freizeitpark bis nach 22 Uhr im
        # Einsatz'): an open question on something else done there ('Ob gegen den
        # Freizeitpark ein Bußgeld verhängt wird, ist noch offen') leaves the heading's
        # claim standing (blind review 82 de_ferienjobs #15/#16 keyed the headline the body
        # backs 'not confirmed')
        setting = _setting_nouns(toks, lang)
        for b in () if HEAD_OPEN[lang].search(h.text) else _under(analysis, h, body):
            u = UNCERTAIN[lang].search(b.text)
            if u and WH_OPEN[lang].search(b.text):
                continue  # 'Wie das Virus ins Heim gelangt ist, ist unklar': how, not whether
            if u and WOULD_WORK[lang].match(b.text.strip()) and not MODAL_HEAD[lang].search(
                    h.text):
                continue  # 'Whether that would be enough to protect the lens has not been
                # confirmed': open is whether a plan would work, not what 'Villagers fight
                # plan to remove ... lens' reports (blind review 128 en_lighthouse_lens #15/16)
            if u and GOES_ON[lang].search(b.text[:u.start()]) and not GOES_ON[lang].search(
                    h.text):
                continue  # 'Ob der Fährbetrieb im kommenden Jahr weiterläuft, ist noch offen'
                # leaves 'Letzte Rheinfähre ... stellt Betrieb ein' standing: what comes after
            if u and _same_heads(nouns, body_stems[b.index]) and _open_on_heading(
                    b.text, u.start(), nouns - {subject} - own - setting, lang):
                found.append(Finding(h, "uncertain", _clause(h, nouns, body_stems[b.index], lang),
                                     b, u.group(0)))
                break
        seen: set[tuple[int, str]] = set()
        for f in found:
            if (f.body.index, f.kind) not in seen:
                seen.add((f.body.index, f.kind))
                out.append(f)
    return out


# what makes a counterpart a wish, a condition or a denial, not what happens: 'had hoped
# that one of his staff would carry on the business' under 'End of an era as ... butcher
# prepares to shut its doors' (blind review 70 en_butcher #18/#19 keyed the headline 'not
# confirmed by the body'), 'will not remain open', 'Er hatte gehofft, dass jemand den Laden
# weiterführt'
HOPED = {
    "de": re.compile(r"\b(?:[gG]ehofft|[hH]offt\w*|[wW]ünscht\w*|[gG]ewünscht|[wW]ollte\w*|"
                     r"[gG]ewollt|[fF]alls|[wW]enn|[oO]b|[sS]ofern)\b"),
    "en": re.compile(r"(?i)\b(?:hoped?|hoping|hopes|wish(?:ed|es)?|wanted|if|unless|whether)\b"),
}
DENIED = {"de": re.compile(r"\b(?:nicht|kein\w*|niemand|nie|niemals)\b"),
          "en": re.compile(r"(?i)\b(?:not|never|no|nobody|no one|cannot)\b|n't\b")}
# a turn after the wish: 'He had hoped to sell, but the shop will carry on' reports it
_TURN = re.compile(r"(?i)\b(?:but|however|yet|aber|doch|jedoch|dennoch|trotzdem)\b")


def _unrealised(text: str, at: int, lang: str) -> bool:
    """Is the body's counterpart at `at` only wished, supposed or denied? A wish or condition
    is looked for in the sentence before the counterpart, after its last turn ('but'); a
    denial in its own clause ('will not remain open', 'Nobody in the family will carry on')."""
    before = text[:at]
    turns = list(_TURN.finditer(before))
    if turns:
        before = before[turns[-1].end():]
    clause = re.split(r"[,;:]|\b(?:and|und|or|oder)\b", before)[-1]
    return bool(HOPED[lang].search(before) or DENIED[lang].search(clause))


def _taken_back(analysis: Analysis, b: Sentence, said: str, against: str, flags: int) -> bool:
    """Does a body sentence next to the one that says otherwise say what the heading says?
    'Für gesunde Erwachsene verläuft eine Listeriose meist harmlos. Für Schwangere ... kann
    sie aber gefährlich werden' backs 'Gefahr für Schwangere' (blind review 47 de_listerien
    #17/#19 keyed it a heading the text contradicts): the all-clear was for others."""
    for x in analysis.sentences[max(0, b.index - 1):b.index + 2]:
        if x.index != b.index and x.block == "body" and re.search(said, x.text, re.IGNORECASE) \
                and not re.search(against, x.text, flags):
            return True
    return False


def _under(analysis: Analysis, h: Sentence, body: list[Sentence]) -> list[Sentence]:
    """The body sentences a heading speaks for: all of them under the headline, those of its
    own section (up to the next subheading) under a subheading. 'Suche nach einem neuen
    Gelände' is not what the paragraph above it on a stray arrow calls open ('Ob der Pfeil
    tatsächlich vom Vereinsgelände stammte, ist nicht geklärt', blind review 46
    de_bogenschiessen #23)."""
    if h.block != "subheading":
        return body
    end = next((x.index for x in analysis.sentences[h.index + 1:] if x.block == "subheading"),
               len(analysis.sentences))
    return [b for b in body if h.index < b.index < end]


# an open question on what a plan or measure would do ('Whether that would be enough ...',
# 'Ob das ausreichen würde, ...'), and a heading that itself says what would or could be
WOULD_WORK = {"de": re.compile(r"(?i)^Ob\b[^.;:]{0,80}?\b(?:würde|würden|könnte|könnten|"
                               r"reicht|reichen|ausreicht|ausreichen)\b"),
              "en": re.compile(r"(?i)^Whether\b[^.;:]{0,80}?\b(?:would|could|might)\b")}
MODAL_HEAD = {"de": re.compile(r"(?i)\b(?:würde|würden|könnte|könnten|reicht|reichen)\b"),
              "en": re.compile(r"(?i)\b(?:would|could|might|enough)\b")}


# an event as a heading's subject ('Carol service moves ...', 'Weihnachtsmarkt zieht um')
EVENT_HEAD = {
    "en": re.compile(r"(?i)^(?:services?|concerts?|markets?|match(?:es)?|fairs?|fetes?|"
                     r"festivals?|parades?|shows?|races?|ceremon(?:y|ies)|part(?:y|ies)|"
                     r"galas?|carnivals?|processions?|fireworks|displays?|pantos?|"
                     r"pantomimes?|screenings?|exhibitions?|tournaments?|events?|quiz|"
                     r"discos?|balls?|fun ?runs?|recitals?|nativity|vigils?|jamborees?)$"),
    "de": re.compile(r"(?i)(?:gottesdienst|konzert|(?:weihnachts|wochen|floh|bauern|advents|"
                     r"jahr|kram|oster|herbst|kunsthandwerker)markt|fest|festival|turnier|"
                     r"umzug|feier|basar|aufführung|gala|veranstaltung|ausstellung|"
                     r"vorstellung|kirmes|kerwe|prozession|feuerwerk|krippenspiel|"
                     r"heimspiel|derby|(?:stadt|volks|spenden|silvester|benefiz|firmen|staffel)lauf)$"),
}


def actor_findings(analysis: Analysis) -> list[Finding]:
    """Headings that give an action to a named person or body the body does not name for it.

    The heading part must have a named subject before its finite verb (an entity, or a
    person's role word: "Bürgermeisterin"); the body sentences on the same act share the
    verb, or two content words of what follows it. When none of them names the heading's
    actor and one names another person or organisation, that one is who acts by the text.
    A generic subject ("Konzern", "Kenyan runner") is never compared: it may be anyone.
    """
    lang = analysis.language
    out: list[Finding] = []
    body = analysis.body_sentences()
    for h in [s for s in analysis.sentences if s.block in {"headline", "subheading"}]:
        toks = h.tokens
        fin = next((i for i, t in enumerate(toks) if t.pos == "VERB" and is_finite(t)),
                   None)
        if fin is None or fin == 0 or any(t.text in {":", "!", "?", "–"} for t in toks[:fin]):
            continue
        if lang == "en" and _passive_heading(toks, fin):
            continue  # 'Kitesurfers told to keep off ...': they are told, nobody's act
        subject = toks[:fin]
        if any(t.pos == "SCONJ" or (t.pos in {"VERB", "AUX"} and t.tag in _INFINITIVE)
               for t in subject):
            # 'College to axe German and French A-levels as language numbers fall': the
            # first finite verb is in a clause of its own, and what comes before it is no
            # subject (blind review 63 en_alevel #14 named that fragment as the actor)
            continue
        head = next((t.text for t in reversed(subject) if t.pos in {"NOUN", "PROPN"}), "")
        if EVENT_HEAD[lang].search(head):
            continue  # 'Carol service moves to school hall': an event is held somewhere, by
            # whoever; no actor to set against the body's (judged39 en_carols #11 named
            # 'Moorside Academy' as who acts)
        actor = _actor(analysis, h, subject)
        if actor is None:
            continue
        verb = stem(toks[fin].lemma or toks[fin].text, lang)
        rest = {stem(t.lemma or t.text, lang) for t in toks[fin + 1:]
                if t.pos in {"NOUN"} and len(t.text) > 2}
        same_act = []
        kin = _same_act(toks[fin], lang)
        for b in body:
            verbs = {stem(t.lemma or t.text, lang) for t in b.tokens if t.pos == "VERB"}
            if verb in verbs or len(stems_overlap(rest, content_stems(b, lang))) >= 2 or (
                    kin and any(t.pos == "VERB" and (t.lemma or t.text).lower() in kin
                                for t in b.tokens)):
                same_act.append(b)
        if not same_act or any(_names_actor(analysis, b, actor) for b in same_act):
            continue
        # a name the heading's subject holds ('Kingsmead pupils', 'Westbury student paper')
        # found in the body sentence on the act ('pupils from Kingsmead Academy', 'from
        # Hartley Community School in Westbury') is the same actor, named more fully
        names = {t.text for t in subject if t.pos == "PROPN" or any(
            m.sentence == h.index and m.start <= t.start < m.end for m in actor.mentions)}
        if names and any(names <= {t.text for t in b.tokens} for b in same_act):
            continue
        for b in same_act:
            other = _first_actor(analysis, b, actor)
            if other:
                phrase = analysis.article.text[subject[0].start:subject[-1].end]
                out.append(Finding(h, "actor", phrase, b, other))
                break
    return out


# infinitives (C5, STTS): a verb before a heading's first finite one ('College to axe ...')
_INFINITIVE = frozenset({"VVI", "VBI", "VDI", "VHI", "VVINF", "VVIZU", "VAINF", "VMINF"})


# verbs whose object comes before what follows ('told residents to leave'): with no object
# after them in a heading, the heading's subject is their object, in a passive with 'are' cut
# ('Kitesurfers told to keep off Sandmere beach', 'Farmers left waiting', blind review 54
# en_kitesurfing #17 named the kitesurfers as the actor of the ban)
_OBJECT_FIRST = frozenset({"tell", "ask", "order", "urge", "force", "warn", "advise", "allow",
                           "encourage", "invite", "require", "instruct", "permit", "forbid",
                           "bar", "ban", "make", "press", "persuade", "pressure", "compel",
                           "oblige", "leave", "expect"})


def _passive_heading(toks: list[Token], fin: int) -> bool:
    """An English heading's past form of such a verb with its 'are' cut: '... told to',
    '... left waiting'."""
    verb = toks[fin]
    if verb.tag not in {"VVD", "VVN"} or (verb.lemma or "").lower() not in _OBJECT_FIRST:
        return False
    nxt = toks[fin + 1] if fin + 1 < len(toks) else None
    # 'told to ...', 'left waiting', 'left stranded'; 'asked for' or 'told the council' is
    # the subject's own act
    return nxt is None or nxt.text.lower() == "to" or nxt.tag in {"VVG", "VVN"}


def _actor(analysis: Analysis, h: Sentence, subject: list[Token]):
    """The entity a heading's subject names, directly or by its role word."""
    start, end = subject[0].start, subject[-1].end
    for e in analysis.entities:
        if e.label in {"PER", "ORG"} and any(m.sentence == h.index and start <= m.start < end
                                             for m in e.mentions):
            return e
    words = {t.text.lower() for t in subject if t.pos in {"NOUN", "PROPN"}}
    for e in analysis.entities:
        if e.label == "PER" and e.role and e.role.split()[-1].lower() in words:
            return e
    return None


def _names_actor(analysis: Analysis, b: Sentence, actor) -> bool:
    if any(m.sentence == b.index for m in actor.mentions):
        return True
    return bool(actor.role) and actor.role.split()[-1].lower() in b.text.lower()


# verbs for one act: 'Mayor shuts ... footbridge' and 'The decision to close the bridge'
SAME_ACT = {
    "en": [frozenset({"shut", "close"}), frozenset({"axe", "scrap", "abolish"}),
           frozenset({"ban", "prohibit", "outlaw"}), frozenset({"sack", "fire", "dismiss"})],
    "de": [frozenset({"schließen", "sperren"}), frozenset({"streichen", "abschaffen"}),
           frozenset({"verbieten", "untersagen"}), frozenset({"entlassen", "feuern"})],
}


def _same_act(verb: Token, lang: str) -> frozenset[str]:
    lemma = (verb.lemma or verb.text).lower()
    return next((g for g in SAME_ACT.get(lang, ()) if lemma in g), frozenset())


# the agent of a passive ('was taken ... by the county council's highways department',
# 'wurde von der Gemeinde beschlossen'): a body of people, by its head noun
AGENT_PREP = {"en": {"by"}, "de": {"von", "vom", "durch"}}
AGENCY = {
    "en": re.compile(r"(?i)^(council|department|authority|government|ministry|police|"
                     r"agency|board|committee|trust|company|firm|operator|office|cabinet)$"),
    "de": re.compile(r"^(Gemeinde|Stadt|Stadtverwaltung|Verwaltung|Behörde|Landkreis|Kreis|"
                     r"Ministerium|Polizei|Gemeinderat|Stadtrat|Kreistag|Bauamt|Amt|Firma|"
                     r"Betreiber\w*|Regierung|Landesregierung|Bezirk\w*)$"),
}
_PASSIVE = {"en": re.compile(r"\b(?:was|were|been|is|are|be)\s+(?:\w+\s+)?\w+ed\b|"
                             r"\b(?:was|were|been|is|are|be)\s+(?:taken|made|shut|done)\b"),
            "de": re.compile(r"\b(?:wurde|wurden|worden|wird|werden)\b")}


def _passive_agent(analysis: Analysis, b: Sentence, actor) -> str | None:
    lang = analysis.language
    if not _PASSIVE.get(lang, re.compile("(?!)")).search(b.text):
        return None
    toks = b.tokens
    for k, t in enumerate(toks):
        if t.text.lower() not in AGENT_PREP.get(lang, ()):
            continue
        for e in analysis.entities:
            if e.id != actor.id and e.label in {"PER", "ORG"} and any(
                    m.sentence == b.index and m.kind != "pronoun" and
                    0 <= m.start - t.end <= 5 for m in e.mentions):
                return e.name
        j = k + 1
        head = None
        while j < len(toks) and (toks[j].pos in {"DET", "ADJ", "NOUN", "PROPN"} or
                                 toks[j].tag == "POS"):
            if toks[j].pos in {"NOUN", "PROPN"}:
                head = j
            j += 1
        if head is not None and AGENCY[lang].match(toks[head].text):
            return analysis.article.text[toks[k + 1].start:toks[head].end]
    return None


def _first_actor(analysis: Analysis, b: Sentence, actor) -> str | None:
    """The person or organisation a body sentence names before its finite verb, or as the
    agent of its passive."""
    fin = next((t for t in b.tokens if t.pos in {"VERB", "AUX"} and is_finite(t)), None)
    if fin is None:
        return None
    best = None
    for e in analysis.entities:
        if e.id == actor.id or e.label not in {"PER", "ORG"}:
            continue
        for m in e.mentions:
            if m.sentence == b.index and m.kind != "pronoun" and m.end <= fin.start and (
                    best is None or m.start < best[0]):
                best = (m.start, e.name)
    return best[1] if best else _passive_agent(analysis, b, actor)


def _restriction(text: str, topical: set[str], lang: str,
                 pattern: re.Pattern | None = None, degree: bool = False) -> str | None:
    """A restricting word in the clause that is about the heading's matter, or in the
    clause right after it ("... were affected, most of them in Bramley"); "fast nur" in a
    'weil' clause two clauses on restricts something else."""
    parts = re.split(r"[,;:–](?=\s)", text)
    about = [bool(stems_overlap(topical, {stem(w, lang) for w in re.findall(r"\w+", p)}))
             for p in parts]
    for i, part in enumerate(parts):
        if not (about[i] or (i > 0 and about[i - 1])):
            continue
        for r in (pattern or RESTRICT[lang]).finditer(part):
            if pattern is None and _NEGATED_BEFORE.search(part[max(0, r.start() - 30):r.start()]):
                continue  # 'the association could not make exceptions', 'keine Ausnahmen',
                # 'nicht nur': a negated restriction backs the 'all' (blind review 143
                # en_contest_points #21 keyed '"The rules apply to everyone"' not backed, D)
            if pattern is None and not degree and r.group(0).lower() in QUANTIFIERS[lang]:
                # 'some', 'einige' restrict the noun after them: 'Some passengers have
                # claimed ... the scooter that caught fire' restricts no 'ALL ... buses and
                # trains' (found on an invented article: the headline was keyed not backed);
                # 'most of them' points back, and 'shut down completely' (a degree) is
                # restricted by 'many of its online services' whatever they are
                after = re.findall(r"\w+", part[r.end():])[:3]
                if not (after and after[0].lower() in BACK_POINTING) and not stems_overlap(
                        topical, {stem(w, lang) for w in after}):
                    continue
            return r.group(0)
    return None


_NEGATED_BEFORE = re.compile(r"(?i)\b(?:not|no|never|without|nicht|keine?|ohne|nie)\s+"
                             r"(?:[\w-]+\s+){0,2}$|n't\s+(?:[\w-]+\s+){0,2}$")
# the restricting words that quantify a noun after them
QUANTIFIERS = {"de": {"einige", "einigen", "einiger", "einiges", "einzelne", "einzelnen",
                      "einzelner", "einzelnes", "die meisten", "meisten"},
               "en": {"some", "several", "many of", "most of"}}
BACK_POINTING = {"them", "these", "those", "which", "whom", "sie", "ihnen", "davon", "denen",
                 "diese", "dieser"}


def _part_at(text: str, at: int) -> str:
    """The part of a heading around a position, between colons, dashes and marks:
    'Feuer zerstört komplette Fabrik' of 'Feuer zerstört komplette Fabrik - Hunderte fliehen'."""
    start = 0
    for m in _PARTS.finditer(text):
        if m.end() <= at:
            start = m.end()
        elif m.start() >= at:
            return text[start:m.start()].strip()
    return text[start:].strip(" !?.")


_PARTS = re.compile(r"\s*[:–!?]\s*|\s+-\s+")


def _clause(h: Sentence, nouns: set[str], body: set[str], lang: str) -> str:
    """The heading's clause holding the shared noun ('Kapitän ignorierte alle Warnungen')."""
    shared = stems_overlap(nouns, body)
    parts = _PARTS.split(h.text)
    for part in parts:
        if any(stems_overlap({stem(w, lang)}, shared) for w in re.findall(r"\w+", part)):
            return part.strip()
    return h.text.strip()
