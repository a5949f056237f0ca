"""Blind review 32 (en_blood_bikes): 'Rider Sian Evans, 34, a nursery teacher in Neath who
rides two nights a month, described a run in January when ...' became a quotation of 'a run'
(the object read as a speaker after the verb, as in '"...," said a spokesman'), and her
quotation through BBC Radio Wales in the next sentence went to 'a run' as well."""

from __future__ import annotations

from quizgen.pipeline import analyze, load_article

TEXT = ("Volunteers keep the night runs going\n\n"
        "A charity of volunteer riders says it may have to cut shifts.\n\n"
        "Rider Tom Hale, 41, a postman in Barry who rides three nights a month, described a run "
        "in March when he carried blood through a storm. \"Every run is somebody's test "
        "result,\" he told BBC Radio Wales. The committee described the cuts as \"a last "
        "resort\".")


def _quotes() -> list[tuple[str | None, str | None, str | None]]:
    analysis = analyze(load_article(TEXT))
    return [(q.speaker, q.cue, q.outlet) for q in analysis.quotes if q.sentence > 1]


def test_an_object_after_describe_is_no_speaker():
    found = _quotes()
    assert all(speaker != "a run" for speaker, _, _ in found), found
    assert ("Tom Hale", "told", "BBC Radio Wales") in found, found


def test_describe_as_still_reports_a_verdict():
    assert any(cue == "described" and speaker == "The committee" for speaker, cue, _ in
               _quotes())
