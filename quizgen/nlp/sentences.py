"""Sentence splitting with NLTK Punkt, using parameters built here (no downloaded data)."""

from __future__ import annotations

import re
from functools import cache

from quizgen.nlp.punkt import punkt_module
from quizgen.nlp.quotes import quote_spans

MONTHS = {
    "de": ("januar februar märz april mai juni juli august september oktober november "
           "dezember jänner").split(),
    "en": ("january february march april may june july august september october november "
           "december").split(),
}

# Lower-cased, without the final period, as Punkt stores them. Not the ones that are also
# words and end sentences ('Nicht alle sehen das so.', 'The council said no.', 'in the
# sun.'): Punkt would join the next sentence on; WORD_ABBREVIATIONS below takes them back
# where the abbreviation is meant ('am So. 12. Mai', 'No. 10 Downing Street').
ABBREVIATIONS = {
    "de": """dr prof dipl ing med phil jur rer nat hr fr frl st bzw ca evtl ggf inkl usw vgl
        z.b u.a d.h o.ä s.o s.u u.u z.t z.zt i.d.r m.e u.v.m v.a bspw sog etc abs nr art
        bd jh jhd mio mrd tsd bzgl zzgl abb anm gegr geb gest str tel max min mind insb
        allg jan feb febr mär apr jun jul aug sep sept okt nov dez mo di mi do fr sa
        a.d i.a o.g s.a v.chr n.chr gem lt kap kfz eu-komm inc ltd corp""".split(),
    "en": """mr mrs ms dr prof sr jr st mt ft gen col lt sgt capt cmdr gov sen rep rev hon
        inc ltd co corp bros vs etc e.g i.e u.s u.k u.n a.m p.m approx dept est fig
        jan feb apr jun jul aug sep sept oct nov dec mon tue thu fri
        assn ave blvd rd univ""".split(),
}
# the word-like abbreviations, as written when they abbreviate and a number follows
WORD_ABBREVIATIONS = {
    "de": re.compile(r"\bSo\.$"),
    "en": re.compile(r"\b(?:[Nn]o|Mar|Wed|Sat|Sun)\.$"),
}

_BRACKET_ELLIPSIS = re.compile(r"\[(?:\.\.\.|…)\]")


@cache
def _tokenizer(language: str):
    punkt = punkt_module()
    params = punkt.PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS.get(language, ABBREVIATIONS["en"]))
    # "am 19. Januar": a number-period followed by a month is an ordinal, not a sentence end.
    params.collocations = {("##number##", m) for m in MONTHS.get(language, [])}
    if language == "de":
        # German ordinals in dates are very common; "am 6." never ends a sentence here.
        params.ortho_context.clear()
    return punkt.PunktSentenceTokenizer(params)


def split_sentences(text: str, language: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of one paragraph-sized piece of text."""
    # Punkt treats "[...]" as a sentence end; hide it behind same-length filler.
    masked = _BRACKET_ELLIPSIS.sub(lambda m: "[" + "x" * (len(m.group()) - 2) + "]", text)
    spans = list(_tokenizer(language).span_tokenize(masked))
    return _inside_quotations(text, _merge_fragments(text, spans, language))


# A quotation longer than this stays split: its sentences are long enough on their own.
MAX_QUOTATION_CHARS = 320


def _inside_quotations(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join sentences that a short quotation runs across ('"She cried for two days. Now
    we're told it was a computer mistake," Ms Barker told BBC Radio Northfield.'): split,
    the second half started inside the quotation, its opening mark and first words lost, and
    questions printed it so."""
    quoted = [(a, b) for a, b in quote_spans(text) if b - a <= MAX_QUOTATION_CHARS]
    if not quoted:
        return spans
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and any(a < start < b for a, b in quoted):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


_ORDINAL_END = re.compile(r"(?:\b(?:am|vom|zum|bis|seit|ab|dem|den|der)\s+)?\d{1,2}\.$")
# "Die 3. Zivilkammer", "im 2. Halbjahr", "seit seinem 16. Lebensjahr" (blind review 84):
# after an article, a possessive or a preposition a number with a period is an ordinal,
# whatever follows
_ARTICLE_ORDINAL = re.compile(r"(?i)\b(?:der|die|das|dem|den|des|ein|eine|einer|einem|am|im|"
                              r"zum|zur|vom|beim|ins|seit|ab|bis|nach|vor|jede[rmns]?|"
                              r"(?:mein|dein|sein|ihr|unser|eur)(?:e|em|en|er|es))\s+"
                              r"\d{1,3}\.$")
# "Google Inc. weist ... aus": a short word with a period before a lower-case word is an
# abbreviation Punkt did not know, not a sentence end
_SHORT_WORD_END = re.compile(r"(?<![\w.])[A-Za-zÄÖÜäöü]{1,4}\.$")
_CLOSING = re.compile(r"^[\"“”»«'’)\]]+\s*$")
# '"... where would we go?" she told BBC Radio Kent.': a question or exclamation closing a
# quotation does not end the sentence when the attribution goes on in lower case; nor does
# a title's own mark ('whose own Oliver! runs until Saturday', blind review 143): a sentence
# opens with a capital
_QUOTED_QUESTION_END = re.compile(r"[?!][\"“”»«'’]$")


def _merge_fragments(text: str, spans: list[tuple[int, int]], language: str
                     ) -> list[tuple[int, int]]:
    """Undo Punkt's splits after an ordinal ("am 19.") and before a lone closing quote."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged:
            prev_start, prev_end = merged[-1]
            prev = text[prev_start:prev_end]
            piece = text[start:end]
            starts_lower = piece[:1].islower()
            if (language == "de" and _ORDINAL_END.search(prev) and
                    (piece.split()[0].lower().strip(",.") in MONTHS["de"] or starts_lower)) \
                    or (language == "de" and _ARTICLE_ORDINAL.search(prev)) \
                    or _CLOSING.match(piece) or (starts_lower and prev.endswith(("...", "…"))) \
                    or (starts_lower and _SHORT_WORD_END.search(prev)) \
                    or (starts_lower and _QUOTED_QUESTION_END.search(prev)) \
                    or (starts_lower and prev.endswith(("!", "?"))) \
                    or (piece[:1].isdigit() and language in WORD_ABBREVIATIONS
                        and WORD_ABBREVIATIONS[language].search(prev)):
                merged[-1] = (prev_start, end)
                continue
        merged.append((start, end))
    return merged
