"""Who did it, when the sentence is in the passive (XQuAD gap study, comp session 11), on
invented text: 'Die Brücke wurde 1907 von dem Ingenieur Karl Brandt entworfen' -> 'Von wem
wurde die Brücke 1907 entworfen?'; 'The novel was written by Anna Weber' -> 'Who wrote the
novel ...?'."""

from __future__ import annotations

from quizgen.generate import wh
from quizgen.pipeline import analyze, load_article

DE = """Die alte Brücke von Lindenau

Die Brücke wurde 1907 von dem Ingenieur Karl Brandt entworfen. Der Name Blauer Turm wurde \
später durch Anna Weber geprägt, deren Vater den Turm gebaut hatte.

Der Plan von Peter Kranz wurde abgelehnt. Das Geld wurde von Lena Berg und ihrer Schwester \
gespendet.
"""


def _asked(text: str) -> list[tuple[str, str]]:
    return [(q.prompt, q.answer) for q in wh.generate(analyze(load_article(text)))]


def test_by_whom_de() -> None:
    asked = _asked(DE)
    assert ("Von wem wurde die Brücke 1907 entworfen?", "Karl Brandt") in asked, asked
    assert ("Durch wen wurde der Name Blauer Turm später geprägt?", "Anna Weber") in asked, \
        asked


def test_no_by_whom_on_a_noun_or_a_pair_de() -> None:
    asked = _asked(DE)
    # 'der Plan von Peter Kranz': his plan, not by him; 'von Lena Berg und ihrer Schwester'
    assert not any(p.startswith(("Von wem", "Durch wen")) and a in {"Peter Kranz", "Lena Berg"}
                   for p, a in asked), asked


EN = """The old bridge of Lindfield

The bridge was designed by the engineer Karl Brandt in 1907. The novel was written by Anna \
Weber during the war. The hall has been bought by Ridgeway Estates for an undisclosed sum. \
The new wing will be opened by Mayor Tom Hale on Friday. Planning permission was granted by \
Lindfield Borough Council in October.

A book by Peter Kranz was published in 2019.
"""


def test_who_did_it_en() -> None:
    asked = _asked(EN)
    assert ("Who designed the bridge in 1907?", "Karl Brandt") in asked, asked
    assert ("Who wrote the novel during the war?", "Anna Weber") in asked, asked
    assert ("Who has bought the hall for an undisclosed sum?", "Ridgeway Estates") in asked, \
        asked
    assert ("Who will open the new wing on Friday?", "Tom Hale") in asked, asked
    # the patient opened the sentence: its capital goes
    assert ("Who granted planning permission in October?", "Lindfield Borough Council") in \
        asked, asked


def test_no_who_for_a_by_phrase_on_a_noun_en() -> None:
    asked = _asked(EN)
    assert not any(a == "Peter Kranz" and p.startswith("Who") for p, a in asked), asked


EN2 = """Boxing club must leave its hall

Planning permission was granted by Lindfield Borough Council in October. The hall is owned \
by Marsh Lane Properties. Coach Dennis Ford said the members were devastated. Former pupil \
Sami Khan told BBC WM that the club had "saved my life".
"""


def test_outlet_pieces_are_no_options() -> None:
    qs = wh.generate(analyze(load_article(EN2)))
    assert any(q.answer == "Lindfield Borough Council" for q in qs), [q.prompt for q in qs]
    for q in qs:
        if q.skill == "who" and q.options:
            assert not {"BBC", "WM"} & set(q.options), (q.prompt, q.options)


def test_present_passive_en() -> None:
    text = """Theatre roof

The Playhouse building is owned by Lindfield Borough Council. The farms are managed by the \
Kelby Waterways Trust.
"""
    asked = _asked(text)
    assert ("Who owns the Playhouse building?", "Lindfield Borough Council") in asked, asked
    assert any(p == "Who manages the farms?" for p, _ in asked), asked
