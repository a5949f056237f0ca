"""Blind reviews 40-42 (comprehension): place options. Invented text."""

from __future__ import annotations

from quizgen.generate import distractors

from .helpers import analysed


def test_a_place_written_with_im_keeps_it_as_an_option():
    # review 41 de_feuersalamander #9: the option 'in Kallbachtal' for 'im Kallbachtal'
    text = ("Im Erlental sind seit Mai mehr als 30 tote Kröten gefunden worden. Der "
            "Landkreis hat zwei Wege im Erlental gesperrt. Ein Pilz hat in den "
            "Niederlanden ganze Bestände ausgelöscht. Die Kröten im Erlental werden nun "
            "untersucht.")
    analysis = analysed(text)
    answer = next(e for e in analysis.entities if e.name == "Niederlanden")
    options = distractors.places(analysis, answer, "in den Niederlanden")
    assert "im Erlental" in options, options
    assert "in Erlental" not in options, options
