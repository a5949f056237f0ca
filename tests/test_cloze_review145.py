"""Gaps whose answer the rest of the sentence gives away (blind review 140; invented text).

- 'Each seat is divided into three by ____ curved steel armrests' - two: a thing divided into
  three parts has two dividers (blind review 140 en_bench_armrests #2, D). The same for the
  parts when the dividers are given ('divided into ____ by two armrests'), and in German
  ('durch zwei Trennwände in drei Bereiche unterteilt').

An account whose owner the sentence does not name (blind review 142):
- 'Nach seiner Darstellung könnten die Erträge ... um bis zu ____ Prozent steigen': whose?
  (142 de_agri_pv #5, F; the sentence before names him only as 'Für den 52-Jährigen').
"""

from __future__ import annotations

from quizgen.generate import cloze

from .helpers import kept


def _gapped(text: str, language: str) -> list[tuple[str, str]]:
    return kept(cloze, text, language)


def test_no_gap_on_the_dividers_of_a_partition():
    text = ("A new bike shelter has opened beside Harwell railway station. The shelter cost "
            "£40,000 and holds 48 bicycles. Each bay is divided into four by three steel rails. "
            "Cyclists had asked for it for years.")
    gapped = _gapped(text, "en")
    assert not any(a in {"three", "four"} for _, a in gapped), gapped
    assert any(a == "48" for _, a in gapped), gapped


def test_no_gap_on_a_partition_in_german():
    text = ("Die Stadtbibliothek Lindau hat am Montag ihren neuen Lesesaal eröffnet. Der Umbau "
            "hat 300.000 Euro gekostet. Der Saal ist durch zwei Glaswände in drei Bereiche "
            "unterteilt. Leser hatten sich seit Jahren mehr Ruhe gewünscht.")
    gapped = _gapped(text, "de")
    assert not any(a in {"zwei", "drei"} for _, a in gapped), gapped
    assert any(a == "300.000" for _, a in gapped), gapped


def test_a_partition_without_its_dividers_keeps_its_gap():
    text = ("The school hall was split into three classrooms after the fire on 4 March. "
            "About 90 pupils are taught there.")
    gapped = _gapped(text, "en")
    assert any(a == "three" for _, a in gapped), gapped


def test_no_gap_beside_an_unowned_account():
    text = ("Für den 61-Jährigen geht es vor allem um die Kosten. Der Stall sei zu alt, sagte "
            "Landwirt Jens Ohlsen dem NDR. Nach seiner Darstellung würde ein Neubau rund "
            "800.000 Euro kosten.")
    gapped = _gapped(text, "de")
    assert not any("seiner Darstellung" in p for p, _ in gapped), gapped
