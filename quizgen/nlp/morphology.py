"""HanTa's word analysis (``analyze_forward``, ``analyze_viterbi``) step for step, with less
work per step: the same sums in the same order, so the same tags and lemmas come out.

Tagging and lemmatising are most of the analysis time, and most of that is HanTa segmenting
words into morphemes: for every split of a word and every morpheme tag that may follow, it
calls ``lp_m_t`` (a method call and up to six dictionary look-ups). Here

- the strict pass (known morphemes only) looks each split up once in an index morpheme ->
  {tag: log-probability} and visits only the tags the morpheme has, instead of asking every
  following tag and getting minus infinity for nearly all;
- the lenient pass (unknown morphemes guessed from their suffix) computes each split's
  suffixes once and each (split, tag) guess once per word, with the per-tag constants
  added in HanTa's order.

``fast_copy`` returns a shallow copy of a tagger whose two methods are these; anything else
(model, caches, ``_analyze``, ``_tag_word``) is HanTa's own. A model laid out differently
from HanTa 1.2 gets no copy (None) and the caller keeps HanTa's methods.
"""

from __future__ import annotations

import copy
import math
from typing import Any

_EMPTY, _START, _UNKNOWN, _END_UNKNOWN = 0, 1, 3, -3
_LOWERBOUND = -1e6
_NEEDED = ("LP_m_t", "LP_s_t", "LP_len_t", "Int_t", "LP_hapax_t", "LP_trans_nonfinal",
           "LP_trans_final", "reachability", "strict", "analyze_forward", "analyze_viterbi")


def fast_copy(hanta: Any) -> Any | None:
    """A shallow copy of the HanoverTagger `hanta` with the faster word analysis, or None
    if the model is not laid out as this module reads it."""
    from HanTa import HanoverTagger as ht

    markers = tuple(getattr(ht, n, None) for n in ("EMPTY", "START", "UNKNOWN", "END_UNKNOWN"))
    if markers != (_EMPTY, _START, _UNKNOWN, _END_UNKNOWN) or \
            not all(hasattr(hanta, a) for a in _NEEDED) or not isinstance(hanta.LP_m_t, dict):
        return None
    words = _WordAnalysis(hanta)
    fast = copy.copy(hanta)
    fast.analyze_forward = words.analyze_forward
    fast.analyze_viterbi = words.analyze_viterbi
    return fast


class _WordAnalysis:
    def __init__(self, hanta: Any) -> None:
        self.h = hanta
        index: dict[str, dict[int, float]] = {}
        for tag, morphemes in hanta.LP_m_t.items():
            for morpheme, lp in morphemes.items():
                index.setdefault(morpheme, {})[tag] = lp
        self.index = index
        self._split_memo: dict[str, tuple] = {}
        self._forward_cache: dict[tuple, tuple[dict, list]] = {}  # state -> _steps
        self._viterbi_steps: dict[int, dict] = {}  # target tag -> state -> _steps
        # a tag whose unknown morphemes get a guess: its first two summands, as HanTa adds
        # them (Int_t + LP_hapax_t[t]), its length table and its suffix table
        self.guessable = {t: (hanta.Int_t + hanta.LP_hapax_t[t], hanta.LP_len_t[t],
                              hanta.LP_s_t[t])
                          for t in hanta.LP_m_t
                          if t in hanta.LP_hapax_t and t in hanta.LP_s_t}

    def _splits(self, word: str) -> tuple[list[list[tuple[int, str, dict | None]]],
                                          list[list[tuple[int, str, dict]]]]:
        """Per start i: (end j, morpheme word[i:j], its known tags or None); and the same
        with the known morphemes only (all the strict pass visits). Kept for the last words:
        a word is analysed for each tag it may have, each time in two passes."""
        found = self._split_memo.get(word)
        if found is None:
            if len(self._split_memo) >= 2048:
                self._split_memo.clear()
            n, index = len(word), self.index
            every = [[(j, word[i:j], index.get(word[i:j])) for j in range(i + 1, n + 1)]
                     for i in range(n + 1)]
            known = [[split for split in row if split[2] is not None] for row in every]
            found = self._split_memo[word] = every, known
        return found

    def _guess(self, m: str, tag: int, wlen: int) -> float:
        """HanTa's lp_m_t(m, tag, wlen, strict=False) for a morpheme m it does not know."""
        g = self.guessable.get(tag)
        mlen = len(m)
        if g is None or not (wlen < 4 or mlen > 2):
            return -math.inf
        base, lens, sufs = g
        if mlen > 4 and m[-4:] in sufs:
            lp_suf = sufs[m[-4:]]
        elif mlen > 3 and m[-3:] in sufs:
            lp_suf = sufs[m[-3:]]
        elif mlen > 2 and m[-2:] in sufs:
            lp_suf = sufs[m[-2:]]
        elif mlen > 1 and m[-1:] in sufs:
            lp_suf = sufs[m[-1:]]
        else:
            lp_suf = sufs[""]
        lp = base + lens[min(mlen, 24)] + lp_suf
        if wlen == mlen:
            lp -= 4.6
        return lp

    def _steps(self, followup: list[tuple[int, float]]
               ) -> tuple[dict[int, tuple[int, int, float]], list[tuple[int, int, float]]]:
        """A state's following tags as {tag: (position, tag, lp)} and the guessable ones as
        [(position, tag, lp)], both in HanTa's order."""
        by_tag = {t: (pos, t, lpt) for pos, (t, lpt) in enumerate(followup)}
        guessable = [(pos, t, lpt) for pos, (t, lpt) in enumerate(followup)
                     if t in self.guessable]
        return by_tag, guessable

    def _fill(self, table: list[dict], backpointer: list[dict] | None, word: str,
              steps: Any, strict: bool) -> None:
        """The rows 1..len(word) of HanTa's segmentation table. A morpheme HanTa does not
        know gets minus infinity for every tag in the strict pass and for all but a few
        tags in the lenient one, so only the tags with a finite value are visited, in
        HanTa's order: the same sums, compared in the same order."""
        wlen = len(word)
        splits, known_splits = self._splits(word)
        short_guess_fails = wlen >= 4  # see _guess: no morpheme of 1-2 letters is guessed
        guesses: dict[tuple[int, int, int], float] = {}  # (i, j, tag) -> lenient guess
        for i in range(wlen + 1):
            row = table[i]
            # only the 3 best states go on
            rowbound = sorted(row.values(), reverse=True)[3] - 1 if len(row) > 3 else _LOWERBOUND
            for state, lp in row.items():
                if lp < rowbound:
                    continue
                by_tag, guessable = steps(state)
                if not by_tag:
                    continue
                last = state[1]
                lenient = not strict and guessable
                for j, m, known in (splits[i] if lenient else known_splits[i]):
                    if not lenient:
                        visit = [by_tag[t] for t in known if t in by_tag]
                        if len(visit) > 1:
                            visit.sort()
                    elif known is None:
                        if short_guess_fails and len(m) <= 2:
                            continue  # every guess is minus infinity (_guess): no sum to make
                        visit = guessable
                    else:
                        visit = sorted({*guessable, *(by_tag[t] for t in known if t in by_tag)})
                    if not visit:
                        continue
                    tj = table[j]
                    bj = backpointer[j] if backpointer is not None else None
                    for _pos, tag1, lpt in visit:
                        lpm = known.get(tag1) if known is not None else None
                        if lpm is None:
                            key = (i, j, tag1)
                            lpm = guesses.get(key)
                            if lpm is None:
                                lpm = guesses[key] = self._guess(m, tag1, wlen)
                        lp1 = lp + lpt + lpm
                        if lp1 > _LOWERBOUND:
                            newstate = (last, tag1)
                            best = tj.get(newstate)
                            if best is None or lp1 > best:
                                tj[newstate] = lp1
                                if bj is not None:
                                    bj[newstate] = (state, i)

    def _forward_steps(self, state: tuple) -> tuple[dict, list]:
        found = self._forward_cache.get(state)
        if found is None:
            found = self._forward_cache[state] = self._steps(
                self.h.LP_trans_nonfinal.get(state, []))
        return found

    def analyze_forward(self, word: str) -> list[tuple[int, float]]:
        h = self.h
        wlen = len(word)
        table: list[dict] = [{(_EMPTY, _START): 0}] + [{} for _ in range(wlen + 1)]
        self._fill(table, None, word, self._forward_steps, h.strict)
        last = table[-1]
        for state, lp in table[-2].items():
            for tag1, lpt in h.LP_trans_final.get(state, []):
                lp1 = lp + lpt
                if lp1 > _LOWERBOUND:
                    newstate = (state[1], tag1)
                    if newstate not in last or lp1 > last[newstate]:
                        last[newstate] = lp1
        results: dict[int, float] = {}
        for state, lp in last.items():
            if lp == -math.inf:
                continue
            pos = -state[1]
            results[pos] = _logaddexp(results[pos], lp) if pos in results else lp
        out = sorted(results.items(), key=lambda kv: kv[1], reverse=True)
        return out or [(_UNKNOWN, 0)]

    def analyze_viterbi(self, word: str, targetpos: int) -> list[tuple[int, int]]:
        h = self.h
        wlen = len(word)
        reachable = h.reachability.get(targetpos, frozenset())
        cached = self._viterbi_steps.setdefault(targetpos, {})

        def steps(state: tuple) -> tuple[dict, list]:
            found = cached.get(state)
            if found is None:
                found = cached[state] = self._steps(
                    [(t, p) for t, p in h.LP_trans_nonfinal.get(state, []) if t in reachable])
            return found

        for strict in (True, False):
            table: list[dict] = [{(_EMPTY, _START): 0}] + [{} for _ in range(wlen + 1)]
            backpointer: list[dict] = [{} for _ in range(wlen + 2)]
            self._fill(table, backpointer, word, steps, strict)
            for state, lp in table[-2].items():
                for tag1, lpt in h.LP_trans_final.get(state, []):
                    if tag1 == targetpos:
                        lp1 = lp + lpt
                        if lp1 > _LOWERBOUND:
                            newstate = (state[1], tag1)
                            if newstate not in table[-1] or lp1 > table[-1][newstate]:
                                table[-1][newstate] = lp1
                                backpointer[-1][newstate] = (state, wlen)
                        break
            if table[-1]:
                break  # only an empty last row needs the lenient pass
        pmax = -math.inf
        beststate = (_EMPTY, _EMPTY)
        for state, lp in table[-1].items():
            if lp > pmax:
                pmax, beststate = lp, state
        i = len(backpointer) - 1
        if beststate == (_EMPTY, _EMPTY):
            states = [((_UNKNOWN, _END_UNKNOWN), i), ((_START, _UNKNOWN), i - 1)]
        else:
            states = [(beststate, i)]
            state = beststate
            while i > 0:
                state, i = backpointer[i][state]
                states.append((state, i))
            states = states[:-1]
        return [(state[1], i) for state, i in states[::-1]]


def _logaddexp(a: float, b: float) -> float:
    """numpy.logaddexp for two floats (HanTa's sum of two paths to one tag)."""
    from numpy import logaddexp

    return float(logaddexp(a, b))
